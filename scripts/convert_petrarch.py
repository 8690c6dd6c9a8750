"""Convert PETRARCH2's dictionaries into polkg's word lists (countries, CAMEO verb classes).

Reads ../shared/lexicons/petrarch2/Phoenix.Countries.actors.txt (MIT, Open Event Data Alliance;
credited in NOTICE) and writes polkg/extract/patterns/countries.json: every country's name and the
short forms of it that the dictionary lists (RUSSIAN_FEDERATION -> Russia, UNITED_STATES_OF_AMERICA
-> United States), each with its ISO 3166 alpha-3 code. Demonyms and city metonyms of the
dictionary's synonym lists ("BRITISH", "LONDON") are left out on purpose: a city is a Place, and
a nationality is a group, not the state acting.

The same file also gets each country's demonyms ("AFGHAN_", "BRITISH_": one-word synonyms with a
demonym ending that start like a word of the country's name, misspellings of the name left out),
and the name polkg gives its government ("Afghan government", "UK government"): a bare "the
government" is an actor only when the article's politics name one country (extract/actors.py).

It also writes polkg/extract/patterns/cameo_verbs.json from CAMEO.2.0.txt: the single-word verbs
of the CAMEO blocks by class (a synonym's own [code] overrides its block's): support/praise 05x,
disapprove/criticize/accuse 11x, reject 12x, and the physical ones (assault 18x, fight 19x, mass
violence 20x), which say nothing about a verbal stance ("Russia attacked Ukraine").

    .venv/bin/python scripts/convert_petrarch.py [--lexicons ../shared/lexicons/petrarch2]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

CODE = re.compile(r"\[([A-Z]+)")
SMALL = {"of", "and", "the", "da", "de"}
# Words of a long form a short form may leave out ("REPUBLIC_OF_SOUTH_AFRICA" -> "SOUTH_AFRICA").
GENERIC = {"REPUBLIC", "OF", "THE", "FEDERATION", "DEMOCRATIC", "ISLAMIC", "KINGDOM", "STATE"}
GENERIC |= {"UNITED", "PEOPLE'S", "PEOPLES", "SOCIALIST", "ARAB", "FEDERAL", "DARUSSALAM"}
# Left out: a US state ("Georgia" is mostly the state in US news), a city filed as a country,
# adjectives and fragments the short-form rule lets through.
EXCLUDE = {"Georgia", "Leipzig", "Central African", "Arab Emirates", "States of America"}
EXCLUDE |= {"Dominican", "Russian", "Czech", "Iraqi Kurdistan", "Russian Sfsr"}
# Everyday names the dictionary writes only as long forms or abbreviations.
EXTRA = {
    "RUS": ["Russia"],
    "GBR": ["Britain", "Great Britain", "UK", "U.K."],
    "USA": ["United States", "US", "U.S.", "USA", "U.S.A.", "America"],
    "KOR": ["South Korea"],
    "PRK": ["North Korea"],
    "COD": ["DR Congo", "Democratic Republic of Congo"],
    "CIV": ["Ivory Coast"],
    "MMR": ["Burma"],
    "CZE": ["Czechia"],
}

# Demonyms: an ending that makes an adjective of a name; everyday ones the rule misses; junk.
DEMONYM_END = re.compile(r"(IAN|EAN|AN|ISH|ESE|I|IC|OT|CH|ENE)$")
EXTRA_DEMONYMS = {"French": "FRA", "Dutch": "NLD", "Greek": "GRC", "Spanish": "ESP", "Swiss": "CHE"}
EXTRA_DEMONYMS |= {"Saudi": "SAU", "Irish": "IRL", "Danish": "DNK", "Swedish": "SWE"}
EXTRA_DEMONYMS |= {"Czech": "CZE"}
EXTRA_DEMONYMS |= {"Finnish": "FIN", "Polish": "POL", "Russian": "RUS", "Filipino": "PHL"}
EXTRA_DEMONYMS |= {"Philippine": "PHL", "South Korean": "KOR", "North Korean": "PRK"}
EXCLUDE_DEMONYMS = {"Frankreich", "Liech", "Mexicali", "Kinakutan", "Austurriki", "Georgian"}
# The short name of a government when it is not "<demonym> government".
GOVERNMENT_SHORT = {"GBR": "UK", "USA": "US"}
# Where the dictionary spells a country's demonym several ways ("TURKEI", "TURKISH"), the
# everyday one names its government ("Turkish government", not "Turkei government").
GOVERNMENT_DEMONYMS = {"Emirati", "Argentinian", "Armenian", "Australian", "Azerbaijani"}
GOVERNMENT_DEMONYMS |= {"Bangladeshi", "Belarusian", "Belizean", "Barbadian", "Bruneian"}
GOVERNMENT_DEMONYMS |= {"Bhutanese", "Czech", "Ecuadorian", "Ethiopian", "Grenadian", "Iraqi"}
GOVERNMENT_DEMONYMS |= {"Israeli", "Jamaican", "Burmese", "Mongolian", "Mozambican"}
GOVERNMENT_DEMONYMS |= {"Pakistani", "Philippine", "Portuguese", "Paraguayan", "Salvadoran"}
GOVERNMENT_DEMONYMS |= {"Somali", "Turkish", "Ukrainian", "Uruguayan", "Vietnamese"}
GOVERNMENT_DEMONYMS |= {"Zimbabwean"}


def title(name: str) -> str:
    words = name.replace("_", " ").split()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        out.append(low if i and low in SMALL else low.capitalize())
    return " ".join(out)


def _entries(path: Path) -> list[tuple[str, list[str], list[str]]]:
    """(name, synonyms, codes) of each dictionary entry: a name line, "+" synonym lines, then
    its codes, on the name line ("AFGHANISTAN_ [AFG]") or on indented lines ("\t[UKR >911221]")."""
    entries: list[tuple[str, list[str], list[str]]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#", 1)[0].rstrip()
        if not text:
            continue
        if line[:1] in (" ", "\t"):
            if entries:
                entries[-1][2].extend(CODE.findall(text))
        elif line.startswith("+"):
            if entries:
                entries[-1][1].append(text[1:].strip().rstrip("_"))
        else:
            name = text.split("[", 1)[0].strip().rstrip("_")
            entries.append((name, [], CODE.findall(text)))
    return entries


def demonyms(path: Path) -> dict[str, str]:
    """Demonym -> country code ("Afghan" -> "AFG", "British" -> "GBR")."""
    found: dict[str, str] = {}
    for head, synonyms, codes in _entries(path):
        states = [code for code in codes if len(code) == 3]
        if not states or not re.fullmatch(r"[A-Z][A-Z'._]*", head):
            continue
        code = states[-1]
        names = [w for w in head.split("_") if len(w) >= 4]
        names += [w.upper() for n in EXTRA.get(code, []) for w in n.split() if len(w) >= 4]
        for synonym in synonyms:
            if not re.fullmatch(r"[A-Z]+", synonym) or not DEMONYM_END.search(synonym):
                continue
            if len(synonym) > 12 or not any(synonym[:4] == w[:4] for w in names):
                continue
            if any(synonym[-3:] == w[-3:] for w in names):
                continue  # "AFGHANESTAN": a misspelling of the name, no adjective
            found.setdefault(title(synonym), code)
    for name, code in EXTRA_DEMONYMS.items():
        found.setdefault(name, code)
    return {n: c for n, c in sorted(found.items()) if n not in EXCLUDE_DEMONYMS}


def government_names(countries: dict[str, str], adjectives: dict[str, str]) -> dict[str, str]:
    """Country code -> its government's name: "UK government", "Afghan government"."""
    first: dict[str, str] = {
        code: name for name, code in adjectives.items() if name in GOVERNMENT_DEMONYMS
    }
    for name, code in [*adjectives.items(), *countries.items()]:
        first.setdefault(code, name)  # a demonym when there is one, else the country's name
    first |= GOVERNMENT_SHORT
    return {code: f"{name} government" for code, name in sorted(first.items())}


def convert(path: Path) -> dict[str, str]:
    countries: dict[str, str] = {}
    for head, synonyms, codes in _entries(path):
        states = [code for code in codes if len(code) == 3]  # "GBRGOV" is a role, "GBR" the state
        if not states or not re.fullmatch(r"[A-Z][A-Z'._]*", head):
            continue
        code = states[-1]  # the latest: [USRUKR <910824] [UKR >911221] -> UKR
        countries[title(head)] = code
        head_words = head.split("_")
        for synonym in synonyms:
            # a short form of the head name ("SOUTH_AFRICA" of "REPUBLIC_OF_SOUTH_AFRICA");
            # anything else is a demonym, a city or a misspelling
            words = synonym.split("_")
            if synonym == head or not re.fullmatch(r"[A-Z][A-Z'._]*", synonym):
                continue
            dropped = [w for w in head_words if w not in words]
            for kept in (head_words[-len(words) :], head_words[: len(words)]):
                if kept == words and set(dropped) <= GENERIC:
                    countries.setdefault(title(synonym), code)
    for code, names in EXTRA.items():
        for name in names:
            countries.setdefault(name, code)
    return {name: code for name, code in sorted(countries.items()) if name not in EXCLUDE}


CAMEO_CLASSES = {"05": "support", "11": "disapprove", "12": "reject"}
CAMEO_CLASSES |= {"18": "physical", "19": "physical", "20": "physical"}
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([-\d]+)\]\s+---")
VERB = re.compile(r"^([A-Z][A-Z]+)\s*(?:\{[^}]*\})?\s*(?:\[([-\d:]+)\])?\s*(?:#.*)?$")


def convert_cameo(path: Path) -> dict[str, list[str]]:
    """Verb lemmas by CAMEO class; a verb listed under several classes keeps each."""
    classes: dict[str, set[str]] = {name: set() for name in CAMEO_CLASSES.values()}
    block_code = "---"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if match := BLOCK.match(line):
            block_code = match.group(2)
            continue
        if match := VERB.match(line.strip()):
            code = (match.group(2) or block_code).split(":")[0]
            name = CAMEO_CLASSES.get(code[:2]) if code[:1].isdigit() else None
            if name:
                classes[name].add(match.group(1).lower())
    return {name: sorted(verbs) for name, verbs in classes.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lexicons", default="../shared/lexicons/petrarch2")
    parser.add_argument("--out", default="polkg/extract/patterns/countries.json")
    args = parser.parse_args()
    countries = convert(Path(args.lexicons) / "Phoenix.Countries.actors.txt")
    adjectives = demonyms(Path(args.lexicons) / "Phoenix.Countries.actors.txt")
    data = {
        "_about": "Countries as actors: name -> ISO 3166 alpha-3 code; demonym -> code; code -> "
        "the name of its government. Generated by scripts/convert_petrarch.py from PETRARCH2's "
        "Phoenix.Countries.actors.txt (MIT, Open Event Data Alliance; see NOTICE). Do not edit "
        "by hand.",
        "countries": countries,
        "demonyms": adjectives,
        "governments": government_names(countries, adjectives),
    }
    Path(args.out).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(countries)} country names -> {args.out}")
    verbs = convert_cameo(Path(args.lexicons) / "CAMEO.2.0.txt")
    data = {
        "_about": "CAMEO verb classes (single-word verbs, lower case): support 05x, disapprove "
        "11x, reject 12x, physical 18x-20x. Generated by scripts/convert_petrarch.py from "
        "PETRARCH2's CAMEO.2.0.txt (MIT, Open Event Data Alliance; see NOTICE). Do not edit.",
        **verbs,
    }
    out = Path(args.out).with_name("cameo_verbs.json")
    out.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    print(", ".join(f"{len(v)} {k}" for k, v in verbs.items()) + f" verbs -> {out}")


if __name__ == "__main__":
    main()
