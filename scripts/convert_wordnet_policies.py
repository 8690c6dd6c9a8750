"""Keep the policy nouns a broad vocabulary attests: writes the ``wordnet`` list of
polkg/extract/patterns/policy_issues.json.

Session 38 added to the Phoenix issue dictionary's phrases (``scripts/convert_phoenix_issues.py``)
the policy nouns of the readable gold rows the dictionary lacks. A list taken from our own gold's
misses is fitted to it, so session 39 keeps only those of them that WordNet 3.0 (Princeton
University, WordNet 3.0 licence; credited in NOTICE) lists as a noun of its own: a compound
English has lexicalised ("income tax", "tax cut", "identity card", "minimum wage", "gun
control"), not a phrase coined from our text ("compulsory mediation", "points system", "paid
family leave", "immigration reform": left out). WordNet's index.noun writes a compound's words
joined by ``_`` or ``-`` ("tax-increase"). A candidate is written in the Phoenix dictionary's
syntax: ``n:word`` is the noun and its plural, and WordNet is asked for the singular.

Debian ships WordNet 3.0 as ``wordnet-base`` (``apt-get install wordnet-base`` puts it in
/usr/share/wordnet):

    .venv/bin/python scripts/convert_wordnet_policies.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "polkg/extract/patterns/policy_issues.json"
# session 38's "readable" list (policy nouns of the readable gold rows), the candidates
CANDIDATES = (
    "compulsory mediation",
    "gun control",
    "paid family n:leave",
    "family n:leave",
    "paid maternity n:leave",
    "local income n:tax",
    "income n:tax",
    "council n:tax",
    "death n:tax",
    "estate n:tax",
    "poll n:tax",
    "tax n:cut",
    "tax n:break",
    "tax n:rise",
    "tax n:increase",
    "tax n:credit",
    "term n:limit",
    "identity n:card",
    "id n:card",
    "individual n:mandate",
    "line item n:veto",
    "immigration n:overhaul",
    "immigration n:reform",
    "welfare n:reform",
    "tax n:reform",
    "sentencing n:reform",
    "tuition n:fee",
    "student n:fee",
    "top up n:fee",
    "amnesty",
    "prorogation",
    "state funding",
    "citizenship n:question",
    "border n:wall",
    "free trade",
    "abortion",
    "same sex marriage",
    "gay marriage",
    "points n:system",
    "troop n:surge",
    "minimum n:wage",
    "voter n:registration",
    "electoral n:registration",
    "individual n:registration",
    "apprenticeships",
    "student loan n:repayment",
    "long term care",
    "long term n:care",
    "annexation",
)


def wordnet_nouns(index_noun: str) -> frozenset[str]:
    """The lemmas of WordNet's index.noun (license header lines start with spaces)."""
    return frozenset(
        line.split(" ", 1)[0] for line in index_noun.splitlines() if line and line[0] != " "
    )


def lemma_forms(phrase: str) -> set[str]:
    """How index.noun may write a candidate's singular: its words joined by ``_`` or ``-``."""
    words = [w.removeprefix("n:") for w in phrase.lower().split()]
    if len(words) == 1:
        return {words[0]}
    return {
        "".join(w + sep for w, sep in zip(words, joins, strict=False)) + words[-1]
        for joins in itertools.product("_-", repeat=len(words) - 1)
    }


def attested(candidates: tuple[str, ...], nouns: frozenset[str]) -> list[str]:
    """The candidates WordNet lists as nouns, in their own order."""
    return [c for c in candidates if lemma_forms(c) & nouns]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    nouns = wordnet_nouns((args.wordnet / "index.noun").read_text(encoding="latin-1"))
    data = json.loads(OUT.read_text(encoding="utf-8"))
    data["wordnet"] = attested(CANDIDATES, nouns)
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    left = [c for c in CANDIDATES if c not in data["wordnet"]]
    print(f"{OUT.name}: {len(data['wordnet'])} of {len(CANDIDATES)} candidates in WordNet")
    print("left out:", ", ".join(left))


if __name__ == "__main__":
    main()
