"""Build patterns/country_offices.json: who may hold a country's office, from PETRARCH2's Phoenix.

A country's head of state or government named by the office alone ("the Turkish president",
"the president of Turkey") is the one person the text titles so for that country
(``extract/country_offices.py``); when the text titles nobody so, the office is an actor of its
own, unless the text names someone who may be its holder without the title ("Erdogan said ...;
the Turkish president ..."). Who may be the holder is read from the Phoenix country actor
dictionary (MIT, Open Event Data Alliance; credited in NOTICE): every person it files with a
role code of that country (``[TURGOV >030314]``, ``[RUSELI 700101-990809]``), by folded
surname. The dictionary files ministers and heads alike as ``GOV`` and ends in January 2014,
so it only ever blocks the office actor; it never names a holder.

    .venv/bin/python scripts/build_country_offices.py [--lexicons ../shared/lexicons/petrarch2]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from polkg.extract.legislators import fold_name  # noqa: E402

# a person's entry ("TONY_BLAIR_  # CountryInfo.txt", the newer "NARENDRA_MODI")
PERSON = re.compile(r"^([A-Z][A-Z'-]+(?:_[A-Z][A-Z'.-]*)+?)_?\s*(?:#.*)?$")
# a dated or role code of a country: "[GBRGOV 970502-070627]", "[TURGOV >030314]", "[RUSELI]"
ROLE = re.compile(r"^\s+\[([A-Z]{3})(?:GOV|ELI|OPP|LEG|MIL|JUD|PTY|SPY|COP|REB)")

SETTINGS = {
    "_titles": "TITLE ids a country's qualifier makes that country's office, and the office's name"
    " in the actor's label ('President of Turkey')",
    "titles": {
        "President": "President",
        "Prime Minister": "Prime Minister",
        "Vice President": "Vice President",
        "Deputy Prime Minister": "Deputy Prime Minister",
        "Chancellor": "Chancellor",
    },
    "_home": "the country whose offices polkg resolves by its own dated data (legislators, office"
    " terms): never a foreign office",
    "home": "USA",
    "_describing": "words between the article and a foreign title that still name the holder of"
    " the day ('the current Turkish president'); any other word ('former', 'new', 'late', 'next')"
    " may tell of another holder and leaves the title open",
    "describing": ["current", "sitting", "incumbent"],
}


def phoenix_persons(path: Path) -> dict[str, set[str]]:
    """Folded surnames of the persons Phoenix files with a role code, by country code."""
    found: dict[str, set[str]] = defaultdict(set)
    surname: str | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("+") or not line.strip() or line.startswith("#"):
            continue
        if line[:1] in (" ", "\t"):
            role = ROLE.match(line)
            if surname and role:
                found[role.group(1)].add(surname)
            continue
        match = PERSON.match(line)
        surname = None
        if match and "_" in match.group(1):
            last = fold_name(match.group(1).split("_")[-1])
            surname = last if len(last) > 2 else None
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--lexicons", default=str(ROOT.parent / "shared" / "lexicons" / "petrarch2")
    )
    args = parser.parse_args()
    persons = phoenix_persons(Path(args.lexicons) / "Phoenix.Countries.actors.txt")
    out = {
        "_about": "Foreign heads of state and government named by the office alone"
        " (extract/country_offices.py). 'possible_holders': the folded surnames of every person"
        " PETRARCH2's Phoenix country actor dictionary (MIT, Open Event Data Alliance; see NOTICE)"
        " files with a role code of the country (ministers and heads alike, to January 2014):"
        " a text naming one of them may mean him by the office, so the office is no actor of its"
        " own there. Built by scripts/build_country_offices.py; do not edit by hand.",
        **SETTINGS,
        "possible_holders": {code: sorted(names) for code, names in sorted(persons.items())},
    }
    target = ROOT / "polkg" / "extract" / "patterns" / "country_offices.json"
    target.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{target}: {len(persons)} countries, {sum(map(len, persons.values()))} surnames")


if __name__ == "__main__":
    main()
