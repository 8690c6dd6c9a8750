"""Build polkg/extract/patterns/office_holders.json: who held a US cabinet office, and when.

"The former secretary of state" in a 2016 article is the Hillary Clinton it names, though it
never writes "Secretary of State Clinton": a former holder of the office. Source: the dated
roles of the Phoenix actor dictionary (PETRARCH2, MIT licence, ../shared/lexicons/petrarch2):
the entries of its sections on US cabinet offices with a closed USAGOV term, names folded as
``legislators.fold_name`` does; less the terms of other posts the sections also hold (a
deputy's, an ambassador's, a national security adviser's: ``phoenix_not_the_office`` in
``scripts/office_terms_hand.json``, each with the reason). The dictionary ends about 2013, so
open terms ("Kerry [USAGOV >130201]") are left out: only former holders come from here, and the
President and Vice President come from the congress-legislators terms in ``legislators.json``.

    .venv/bin/python scripts/build_office_holders.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from polkg.extract.legislators import fold_name

# the dictionary's section headers -> polkg's title ids (patterns/titles.jsonl); not its
# "Secretaries of Defense", whose few dated entries are mostly other posts (John Brennan)
SECTIONS = {
    "# U.S. Secretaries of State": "Secretary of State",
    "# U.S. Attorneys General": "Attorney General",
    "# U.S. Secretaries of Homeland Security": "Secretary of Homeland Security",
}
TERM = re.compile(r"\[USAGOV (\d{6}|\d{8})-(\d{6}|\d{8})\]")


def iso(day: str) -> str:
    """'090121' -> '2009-01-21' (two-digit years up to 30 are this century), '20111006' too."""
    if len(day) == 6:
        year = int(day[:2])
        day = f"{2000 + year if year <= 30 else 1900 + year}{day[2:]}"
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def holders(lines: list[str], excluded: set[tuple[str, str]]) -> dict[str, list[list[str]]]:
    """{title: [[name, folded surname, folded given, start, end], ...]} in dictionary order,
    less the (entry, term) pairs of ``excluded``: another post filed under the office."""
    out: dict[str, list[list[str]]] = {}
    title, name, entry = None, None, ""
    for line in lines:
        if line.startswith("#"):
            title = SECTIONS.get(line.strip())
            continue
        if title is None or not line.strip():
            continue
        if not line[0].isspace() and not line.startswith("+"):
            entry = line.split("#")[0].strip()
            words = [w for w in entry.strip("_").split("_") if w]
            words = [w for w in words if w not in ("JR.", "SR.", "III", "II")]
            name = (
                " ".join(w.capitalize() for w in words).replace(",", "") if len(words) > 1 else None
            )
            continue
        if name is None:
            continue
        for start, end in TERM.findall(line):
            if (entry, f"{start}-{end}") in excluded:
                continue
            parts = fold_name(name).split()
            out.setdefault(title, []).append([name, parts[-1], parts[0], iso(start), iso(end)])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--hand", default="scripts/office_terms_hand.json")
    parser.add_argument("--out", default="polkg/extract/patterns/office_holders.json")
    args = parser.parse_args()
    source = Path(args.shared) / "lexicons" / "petrarch2" / "Phoenix.Countries.actors.txt"
    hand = json.loads(Path(args.hand).read_text(encoding="utf-8"))
    excluded = {(e["entry"], e["term"]) for e in hand["phoenix_not_the_office"]}
    data = {
        "_about": (
            "Former holders of US cabinet offices with their dated terms, from the Phoenix actor"
            " dictionary (PETRARCH2, MIT); built by scripts/build_office_holders.py. Entries:"
            " [name, folded surname, folded given name, start, end]."
        ),
        "holders": holders(
            source.read_text(encoding="utf-8", errors="replace").splitlines(), excluded
        ),
    }
    Path(args.out).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
