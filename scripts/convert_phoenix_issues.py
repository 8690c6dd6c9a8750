"""Convert the Phoenix issue dictionary into polkg's list of policy phrases.

Reads ../shared/lexicons/petrarch2/Phoenix.IssueCoding.txt (PETRARCH2, MIT, Open Event Data
Alliance; credited in NOTICE) and writes the ``phoenix`` list of
polkg/extract/patterns/policy_issues.json: the noun phrases of the issue codes that name a policy
or programme one can back or oppose (austerity, privatization, sanctions, same-sex marriage,
fracking), not a topic, a problem or a group ("teacher", "poverty", "refugees", "cocaine"). The
dictionary's syntax (dictionaries.rst.upstream, "Issues List"): ``n:word`` stands for the noun
and its plural, ``+`` joins two words by a space or a hyphen, ``v:`` marks verb forms (left
out: a verb is no object), a line starting ``~`` is an ignore phrase (left out). Phrases are
written lower case with hyphens as spaces, as ``policy_issues`` compares them. The file's other
keys (the ``wordnet`` list of ``scripts/convert_wordnet_policies.py``, the naming limits) are
kept as they are.

    .venv/bin/python scripts/convert_phoenix_issues.py [--lexicons ../shared/lexicons/petrarch2]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from polkg.extract.policy_issues import plural

OUT = Path(__file__).resolve().parent.parent / "polkg/extract/patterns/policy_issues.json"
# the issue codes whose phrases name a policy or programme (the rest name topics, problems,
# groups, events or organisations), less the phrases of theirs that name none
POLICY_CODES = frozenset(
    {
        "AUSTERITY",
        "BAILOUT",
        "DEREGULATION",
        "EDUCATION_REFORM",
        "FOREIGN_AID",
        "ID_ARMS_DEAL",
        "NATURAL_GAS",
        "NUCLEAR_ENERGY",
        "PRIVATIZATION",
        "SANCTIONS",
        "SUBSIDIES",
    }
)
NOT_POLICIES = frozenset(
    {
        "education reformer",
        "education reformers",
        "new curriculum",
        "methane",
        "natural gas",
        "frack",
        "shale gas",
        "nuclear reactor",
        "nuclear reactors",
        "nuclear plant",
        "nuclear plants",
        "international development",
        "international donor",
        "international donors",
        "donor aid",
        "usaid",
        "arms trade",
        "arms trades",
        "arms cargo",
        "arms cargos",
        "arms shipment",
        "arms shipments",
        "weapons cargo",
        "weapons cargos",
        "weapons shipment",
        "weapons shipments",
        "missile shipment",
        "missile shipments",
        "cargo of arm",
        "cargo of arms",
        "cargo of weapon",
        "cargo of weapons",
        "shipment of arm",
        "shipment of arms",
        "shipment of weapon",
        "shipment of weapons",
        "sanction",
    }
)
# codes that mostly name groups, events or institutions: the policies among their phrases
POLICIES_OF_CODE = {
    "LGBT": frozenset({"same sex marriage", "same sex marriages", "marriage equality"}),
    "LABOR_UNIONS": frozenset({"collective bargaining"}),
    "BANKRUPTCY": frozenset({"bailout", "bailouts"}),
    "PROPERTY_RIGHTS": frozenset({"eminent domain"}),
}


def expand(phrase: str) -> list[str]:
    """Every form a dictionary phrase stands for, lower case, hyphens as spaces; none for a
    phrase with a verb (``v:``)."""
    forms = [""]
    for word in phrase.split():
        if word.startswith("v:"):
            return []
        if "n:" in word:  # "n:sanction", "bail+n:out"
            stem = word.replace("n:", "").replace("+", " ")
            options = [stem, " ".join([*stem.split()[:-1], plural(stem.split()[-1])])]
        else:
            options = [word.replace("+", " ")]
        forms = [f"{f} {o}".strip() for f in forms for o in options]
    return sorted({re.sub(r"\s+", " ", f.replace("-", " ").replace("_", " ")) for f in forms})


def policy_phrases(text: str) -> list[str]:
    """The policy phrases of the issue dictionary's text (see the module docstring)."""
    found: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^([^\[~<]+?)\s*\[([A-Z_]+)\]$", line)
        if m is None:
            continue
        code = m.group(2)
        for form in expand(m.group(1).lower()):
            if code in POLICIES_OF_CODE:
                if form in POLICIES_OF_CODE[code]:
                    found.add(form)
            elif code in POLICY_CODES and form not in NOT_POLICIES:
                found.add(form)
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexicons", type=Path, default=Path("../shared/lexicons/petrarch2"))
    args = parser.parse_args()
    text = (args.lexicons / "Phoenix.IssueCoding.txt").read_text(encoding="utf-8")
    data = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    data["phoenix"] = policy_phrases(text)
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(data['phoenix'])} phrases from the Phoenix issue dictionary")


if __name__ == "__main__":
    main()
