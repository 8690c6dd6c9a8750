"""Build polkg/extract/patterns/known_surnames.json: surnames of known political persons.

A bare surname the statistical model tags ORG or nothing ("Trump slammed Sessions": 114 of 155
"Trump"s in the directed-sentiment test) is a person when it is the surname of a known political
figure. Sources: the congress-legislators gazetteer (CC0: current members, historical members born
after 1920, presidents and vice presidents), PETRARCH2's Phoenix country actors (MIT, see
NOTICE: world leaders, ministers, legislators), and the persons the directed-sentiment training
sentences (Park, Pan and Joo 2021, ``labeled/directed_sentiment/train.txt``) name in full, a given
name and a surname, in at least three sentences: the officials, advisers, judges and pundits of
2016-2020 news that neither list has ("Comey", "Bannon", "Gorsuch", "Spicer"). Left out:
surnames that are also given names ("Paul"), names of fewer than four letters, and surnames that
the news corpora mostly write in lower case (a common word: "young", "price", "long").

    .venv/bin/python scripts/build_known_surnames.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

NAME = re.compile(r"^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?$|^(?:Mc|Mac|O'|De|Di|La|Le)[A-Z][a-z]+$")
PHOENIX_PERSON = re.compile(r"^([A-Z][A-Z'-]+(?:_[A-Z][A-Z'.-]*)+)_\s*(?:#.*)?$")
# the newer entries end without "_" ("NARENDRA_MODI"); only a given name and a surname count
PHOENIX_NEW_PERSON = re.compile(r"^([A-Z][A-Z'-]+_[A-Z][A-Z'-]+)\s*(?:#.*)?$")
# companies, places and words that are also some politician's surname
NOT_PERSONS = {"Ford", "Disney", "Dell", "Hilton", "Marriott", "Boeing", "Chase", "Wells"}
NOT_PERSONS |= {"Jordan", "Georgia", "Israel", "Chad", "Niger", "Guinea", "Congress", "Senate"}
NOT_PERSONS |= {"Sudan", "University", "Sabha", "Sfsr"}  # SOUTH_SUDAN, LOK_SABHA: no persons


def gazetteer_surnames(root: Path) -> set[str]:
    names: set[str] = set()
    pages = root / "gh-pages"
    with open(pages / "legislators-current.csv", encoding="utf-8") as fh:
        names |= {row["last_name"] for row in csv.DictReader(fh)}
    with open(pages / "legislators-historical.csv", encoding="utf-8") as fh:
        names |= {
            row["last_name"]
            for row in csv.DictReader(fh)
            if row["birthday"][:4].isdigit() and int(row["birthday"][:4]) >= 1920
        }
    for person in json.loads((pages / "executive.json").read_text(encoding="utf-8")):
        names.add(person["name"]["last"])
    return names


def phoenix_surnames(path: Path) -> set[str]:
    names: set[str] = set()
    candidate = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("+") or not line.strip():
            continue
        if line[:1] in (" ", "\t"):
            # a person's entry has dated role codes ("\t[GBRGOV 970502-070627]"), a country's
            # a bare code ("[GBR]")
            if candidate and re.match(r"^\s+\[[A-Z]{6,}", line):
                names.add(candidate)
            candidate = None
            continue
        match = PHOENIX_PERSON.match(line) or PHOENIX_NEW_PERSON.match(line)
        candidate = match.group(1).split("_")[-1].capitalize() if match else None
    return names


# a given name before it, but no person: "Al Qaeda", "Charlie Hebdo", "Harry Potter"
NOT_NEWS_PERSONS = {"Qaeda", "Hebdo", "Potter"}
FULL_NAME = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?"
    r"((?:Mc|Mac|O'|De|Di|La|Le)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z])"
)


def news_person_surnames(path: Path, given: set[str], min_sentences: int = 3) -> set[str]:
    """Surnames of persons the directed-sentiment sentences name in full ("James Comey") in
    at least ``min_sentences`` distinct sentences, never written in lower case there, no
    nationality word ("Mark Cuban") and no family ("the Clintons")."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from polkg.extract.countries import demonym_code

    texts: set[str] = set()
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) == 4:
                texts.add(row[0].replace("[", "").replace("]", ""))
    full: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        full.update({m.group(2) for m in FULL_NAME.finditer(text) if m.group(1).lower() in given})
        lower.update(re.findall(r"\b[a-z][a-z'-]+", text))
    names = {s for s, n in full.items() if n >= min_sentences and not lower[s.lower()]}
    names = {s for s in names if not demonym_code(s) and s not in NOT_NEWS_PERSONS}
    return {s for s in names if not (s.endswith("s") and s[:-1] in full)}


def lowercase_share(corpora: list[Path], names: set[str]) -> dict[str, float]:
    """How often each name is written in lower case in the corpora (a common word if often)."""
    counts: Counter[tuple[str, bool]] = Counter()
    wanted = {n.lower() for n in names}
    for path in corpora:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                for word in re.findall(r"[A-Za-z'-]+", json.loads(line).get("text", "")):
                    low = word.lower()
                    if low in wanted:
                        counts[(low, word[0].islower())] += 1
    return {
        n: counts[(n.lower(), True)]
        / max(1, counts[(n.lower(), True)] + counts[(n.lower(), False)])  # type: ignore[index]
        for n in names
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out", default="polkg/extract/patterns/known_surnames.json")
    args = parser.parse_args()
    shared = Path(args.shared)
    names = gazetteer_surnames(shared / "gazetteer")
    names |= phoenix_surnames(shared / "lexicons" / "petrarch2" / "Phoenix.Countries.actors.txt")
    given_path = Path("polkg/extract/patterns/entities_given_names.json")
    given_data = json.loads(given_path.read_text(encoding="utf-8"))
    given = {g.lower() for key in ("female", "male") for g in given_data[key]}
    directed = shared / "labeled" / "directed_sentiment" / "train.txt"
    names |= news_person_surnames(directed, given)
    names = {n for n in names if NAME.match(n) and len(n) >= 4}
    names -= NOT_PERSONS
    names = {n for n in names if n.lower() not in given}
    corpora = sorted((shared / "corpus").glob("*/articles.jsonl"))
    share = lowercase_share(corpora, names)
    kept = sorted(n for n in names if share[n] < 0.2)
    data = {
        "_about": "Surnames of known political persons (congress-legislators gazetteer, CC0; "
        "PETRARCH2 Phoenix country actors, MIT, see NOTICE; persons the directed-sentiment "
        "training sentences of Park, Pan and Joo 2021 name in full), for bare surnames the "
        "model does not tag as persons. Generated by scripts/build_known_surnames.py; do not "
        "edit by hand.",
        "surnames": kept,
    }
    Path(args.out).write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"{len(kept)} surnames ({len(names) - len(kept)} common words left out) -> {args.out}")


if __name__ == "__main__":
    main()
