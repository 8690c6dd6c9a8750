"""scripts/gold_agreement.py: two annotators' gold files matched through names and aliases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from polkg.evaluate import load_gold

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "scripts" / "gold_agreement.py"


def _entity(doc: str, name: str, aliases: list[str]) -> dict[str, object]:
    return {"doc": doc, "kind": "entity", "name": name, "type": "Person", "aliases": aliases}


def _relation(doc: str, s: str, r: str, o: str, required: bool) -> dict[str, object]:
    return {"doc": doc, "kind": "relation", "subject": s, "relation": r, "object": o,
            "required": required, "why": "w"}  # fmt: skip


# A: X criticizes Y and endorses Z (required), Y opposes X (optional); B names X "Xavier X"
# (the same entity through the alias "Mr. X"), requires Y opposes X, has no Z; d2 empty in both.
A_ROWS = [
    _relation("d1", "X", "criticizes", "Y", True),
    _relation("d1", "X", "endorses", "Z", True),
    _relation("d1", "Y", "opposes", "X", False),
    _entity("d1", "X", ["Mr. X"]),
    _entity("d1", "Y", ["Y"]),
    _entity("d1", "Z", ["Z"]),
    {"doc": "d2", "kind": "empty"},
]
B_ROWS = [
    _relation("d1", "Xavier X", "criticizes", "Y", True),
    _relation("d1", "Y", "opposes", "Xavier X", True),
    _entity("d1", "Xavier X", ["Xavier", "Mr. X"]),
    _entity("d1", "Y", ["Y"]),
    {"doc": "d2", "kind": "empty"},
]


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _run(tmp_path: Path) -> list[str]:
    a = _write(tmp_path / "blind-fixture.jsonl", A_ROWS)
    b = _write(tmp_path / "blind-fixture.second.jsonl", B_ROWS)
    args = [sys.executable, str(SCRIPT), str(a), str(b), "--agreed"]
    out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO)
    return out.stdout.splitlines()


def test_gold_agreement_matches_through_aliases_and_counts_both_levels(tmp_path: Path) -> None:
    lines = _run(tmp_path)
    row = next(line for line in lines if line.startswith("fixture"))
    required, every = (part.split() for part in row.split("|")[1:])
    # required: A 2, B 2, one shared (criticizes, X = Xavier X through "Mr. X"): P = R = 0.5
    assert required == ["2", "2", "1", "1", "0.500", "0.500", "0.500"]
    # all rows: A 3, B 2; B's required opposes is A's optional one: P 2/3, R 1
    assert every == ["3", "2", "2", "2", "0.667", "1.000", "0.800"]
    assert row.split()[1:3] == ["2", "1/0"]  # documents; empty in both / in one


def test_gold_agreement_says_why_a_required_relation_is_not_shared(tmp_path: Path) -> None:
    lines = _run(tmp_path)
    counts = {line[:30].strip(): line[30:].split() for line in lines[-5:]}
    # totals A, B, then A's and B's by relation kind (endorses, criticizes, opposes, recused_from)
    assert counts["optional in the other"] == ["0", "1", *"0000", *"0010"]  # B's opposes
    assert counts["entity not in the other"] == ["1", "0", *"1000", *"0000"]  # A's Z
    by_relation = {line.split()[0]: line.split()[1:] for line in lines if line[:1].islower()}
    assert by_relation["criticizes"] == ["1", "1", "1"]
    assert by_relation["opposes"] == ["0", "1", "0"]


def test_gold_agreement_writes_the_agreed_gold(tmp_path: Path) -> None:
    _run(tmp_path)
    agreed = load_gold(tmp_path / "blind-fixture.agreed.jsonl")
    assert agreed["d2"].empty and not agreed["d2"].relations
    required = {r.triple for r in agreed["d1"].relations if r.required}
    optional = {r.triple for r in agreed["d1"].relations if not r.required}
    assert required == {("X", "criticizes", "Y")}
    assert optional == {("X", "endorses", "Z"), ("Y", "opposes", "X")}
    assert agreed["d1"].resolve("Xavier") == "X"  # B's alias joins A's entity
