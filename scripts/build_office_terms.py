"""Build polkg/extract/patterns/office_terms.json: who held an office on a day, from data.

"The majority leader" in a 2018 article is Mitch McConnell because he held the office that day
(``appointees.appointee``). The dated terms come from three places, in this order:

1. the congressional leadership (Speaker, the chambers' majority and minority leaders): the
   ``leadership_roles`` of the congress-legislators gazetteer (CC0), for the people it holds
   (current members and the historical excerpt). It lists one role per Congress, a few days
   apart at the turn of a Congress; a person's roles in one office less than ``JOIN_DAYS`` apart
   are one term. A role still open is known to the gazetteer's snapshot day (``KNOWN_TO``).
2. PETRARCH2's Phoenix actor dictionary (MIT): the closed terms with the section's own code in
   the sections that name one office (``PHOENIX_SECTIONS``) begun since ``SINCE``, less those the
   hand file lists as another post's (``phoenix_not_the_office``, each with the reason).
3. ``scripts/office_terms_hand.json``: the terms no shipped source has, each office with the
   public source they were checked against; and the file's settings (generic forms and titles,
   context words), copied as they are.

A hand term that overlaps a derived term of the same office is an error (the build stops and
names both): a hand entry is kept only where no shipped source has the fact.

    .venv/bin/python scripts/build_office_terms.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

import yaml

from polkg.extract.legislators import fold_name
from polkg.graph.gazetteer import Gazetteer
from polkg.graph.names import fold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_office_holders import iso  # noqa: E402  (the dictionary's dates, read one way)

LEADERSHIP = (
    "Speaker of the House",
    "Senate Majority Leader",
    "Senate Minority Leader",
    "House Majority Leader",
    "House Minority Leader",
)
JOIN_DAYS = 7
KNOWN_TO = "2026-06-15"  # the gazetteer snapshot's day (../shared/gazetteer/SOURCE.md)
LEGISLATOR_FILES = ("main/legislators-current.yaml", "legislators-historical.EXCERPT.yaml")
# section header -> (polkg's title id, the dictionary's code for that office's holder)
PHOENIX_SECTIONS = {
    "# United States Secretaries of Defense": ("Secretary of Defense", "USAGOVMIL"),
}
SINCE = "1997-01-01"  # the years of the news corpora; earlier holders are office_holders.json's
TERM = re.compile(r"\[([A-Z]+) (\d{6}|\d{8})-(\d{6}|\d{8})\]")


def _days_between(end: str, start: str) -> int:
    return (datetime.date.fromisoformat(start) - datetime.date.fromisoformat(end)).days


def leadership_terms(shared: Path) -> dict[str, list[list[str]]]:
    """{title: [[name, surname, given names..., start, end], ...]} from the gazetteer's roles."""
    gazetteer = Gazetteer.load(shared / "gazetteer", cache=False)
    out: dict[str, list[list[str]]] = {}
    for filename in LEGISLATOR_FILES:
        for person in yaml.safe_load((shared / "gazetteer" / filename).read_text()):
            entry = gazetteer.by_id(person["id"].get("bioguide"))
            if entry is None:
                continue
            name = gazetteer.display_name(entry)
            givens = sorted(entry.first_names())
            for role in sorted(person.get("leadership_roles", []), key=lambda r: r["start"]):
                if role["title"] not in LEADERSHIP:
                    continue
                terms = out.setdefault(role["title"], [])
                end = role.get("end", KNOWN_TO)
                last = terms[-1] if terms else None
                if last and last[0] == name and _days_between(last[-1], role["start"]) < JOIN_DAYS:
                    last[-1] = end
                    continue
                terms.append([name, fold(entry.last), *givens, role["start"], end])
    return out


def phoenix_terms(lines: list[str], excluded: list[dict[str, str]]) -> dict[str, list[list[str]]]:
    """{title: [[name, surname, given, start, end], ...]} from the sections naming one office."""
    skip = {(e["entry"], e["term"]) for e in excluded}
    out: dict[str, list[list[str]]] = {}
    office, entry, name = None, "", ""
    for line in lines:
        if line.startswith("#"):
            office = PHOENIX_SECTIONS.get(line.strip())
            continue
        if office is None or not line.strip() or line.startswith("+"):
            continue
        if not line[0].isspace():
            entry = line.split("#")[0].strip()
            words = [w for w in entry.strip("_").split("_") if w not in ("JR.", "SR.", "III", "IV")]
            name = " ".join(w.capitalize() for w in words).replace(",", "")
            continue
        for code, start, end in TERM.findall(line):
            if code != office[1] or iso(start) < SINCE or (entry, f"{start}-{end}") in skip:
                continue
            parts = fold_name(name).split()
            out.setdefault(office[0], []).append([name, parts[-1], parts[0], iso(start), iso(end)])
    return out


def overlaps(hand: list[str], derived: list[str]) -> bool:
    return hand[-2] < derived[-1] and derived[-2] < hand[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--hand", default="scripts/office_terms_hand.json")
    parser.add_argument("--out", default="polkg/extract/patterns/office_terms.json")
    args = parser.parse_args()
    shared = Path(args.shared)
    hand = json.loads(Path(args.hand).read_text(encoding="utf-8"))
    phoenix = shared / "lexicons" / "petrarch2" / "Phoenix.Countries.actors.txt"
    lines = phoenix.read_text(encoding="utf-8", errors="replace").splitlines()
    derived = leadership_terms(shared)
    for title, terms in phoenix_terms(lines, hand["phoenix_not_the_office"]).items():
        derived.setdefault(title, []).extend(terms)
    holders: dict[str, list[list[str]]] = {}
    clashes = 0
    for title in sorted(set(derived) | set(hand["holders"])):
        kept = hand["holders"].get(title, {}).get("terms", [])
        for term in kept:
            for other in derived.get(title, []):
                if overlaps(term, other):
                    print(f"{title}: hand {term} overlaps derived {other}", file=sys.stderr)
                    clashes += 1
        holders[title] = sorted(derived.get(title, []) + kept, key=lambda t: (t[-2], t[0]))
    if clashes:
        sys.exit(f"{clashes} hand term(s) a source has: drop or correct them in {args.hand}")
    data = {
        "_about": (
            "Dated terms of offices held by appointment or election in the chambers: who 'the"
            " attorney general', 'the majority leader', 'the prime minister' is on a document's"
            " date (legislators.appointee_at, former_holders), for the years the news corpora"
            " cover. Built by scripts/build_office_terms.py from the congress-legislators"
            " gazetteer's leadership roles (CC0), PETRARCH2's Phoenix actor dictionary (MIT) and"
            " the hand entries of scripts/office_terms_hand.json (each office with its source);"
            " do not edit by hand. Acting holders are left out, so a day in an acting period has"
            " no holder. Entries as office_holders.json: [name, folded surname, folded given"
            " names..., start, end], the end day the first day out of office."
        ),
        **hand["settings"],
        "holders": holders,
    }
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"{sum(map(len, holders.values()))} terms of {len(holders)} offices -> {args.out}")


if __name__ == "__main__":
    main()
