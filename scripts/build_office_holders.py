"""Build polkg/extract/patterns/office_holders.json: who held a US cabinet office, and when.

"The former secretary of state" in a 2016 article is the Hillary Clinton it names, though it
never writes "Secretary of State Clinton": a former holder of the office. Source: the dated
roles of the Phoenix actor dictionary (PETRARCH2, MIT licence, ../shared/lexicons/petrarch2):
the entries of its sections on US cabinet offices with a closed USAGOV term, names folded as
``legislators.fold_name`` does; less the terms of other posts the sections also hold (a
deputy's, an ambassador's, a national security adviser's: ``phoenix_not_the_office`` in
``scripts/office_terms_hand.json``, each with the reason), among them an acting holder's days
between two holders (left out as ``office_terms.json`` leaves them out: a day in an acting
period has no holder, and an acting attorney general is no "former attorney general"). A term
whose first days were another post (an acting secretary's, the White House homeland security
adviser's) starts on the day the holder took the office (``phoenix_later_starts``); a term the
dictionary files in another office's section is added to its office (``phoenix_other_sections``:
Elliot Richardson's months as attorney general, under the secretaries of defense). The
dictionary ends about 2013, so open terms ("Kerry [USAGOV >130201]") are left out: only former
holders come from here, and the President and Vice President come from the congress-legislators
terms in ``legislators.json``.

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


def holders(lines: list[str], hand: dict[str, list[dict[str, str]]]) -> dict[str, list[list[str]]]:
    """{title: [[name, folded surname, folded given, start, end], ...]} by start day, from the
    sections of ``SECTIONS`` less the (entry, term) pairs ``hand`` lists as another post's,
    starting a term on the day ``hand`` gives, plus the terms it moves from another section."""
    excluded = {(e["entry"], e["term"]) for e in hand["phoenix_not_the_office"]}
    starts = {(e["entry"], e["term"]): e["from"] for e in hand["phoenix_later_starts"]}
    moved = {(e["entry"], e["term"]): e["office"] for e in hand["phoenix_other_sections"]}
    out: dict[str, list[list[str]]] = {}
    title, name, entry = None, None, ""
    for line in lines:
        if line.startswith("#"):
            title = SECTIONS.get(line.strip())
            continue
        if not line.strip():
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
            key = (entry, f"{start}-{end}")
            office = moved.get(key, None if key in excluded else title)
            if office is None:
                continue
            parts = fold_name(name).split()
            first = starts.get(key, iso(start))
            out.setdefault(office, []).append([name, parts[-1], parts[0], first, iso(end)])
    return {office: sorted(terms, key=lambda t: (t[-2], t[0])) for office, terms in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--hand", default="scripts/office_terms_hand.json")
    parser.add_argument("--out", default="polkg/extract/patterns/office_holders.json")
    args = parser.parse_args()
    source = Path(args.shared) / "lexicons" / "petrarch2" / "Phoenix.Countries.actors.txt"
    hand = json.loads(Path(args.hand).read_text(encoding="utf-8"))
    data = {
        "_about": (
            "Former holders of US cabinet offices with their dated terms, from the Phoenix actor"
            " dictionary (PETRARCH2, MIT); built by scripts/build_office_holders.py. Acting"
            " holders are left out, as in office_terms.json (scripts/office_terms_hand.json)."
            " Entries: [name, folded surname, folded given name, start, end]."
        ),
        "holders": holders(source.read_text(encoding="utf-8", errors="replace").splitlines(), hand),
    }
    Path(args.out).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
