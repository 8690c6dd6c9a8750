"""scripts/quote_miss_stages.py: each quote miss gets the first link of its chain that fails."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "quote_miss_stages.py"
_SPEC = importlib.util.spec_from_file_location("quote_miss_stages", SCRIPT)
assert _SPEC is not None and _SPEC.loader is not None
quote_miss_stages = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(quote_miss_stages)

# (document text, the quoted evidence of the gold row John Smith -criticizes-> Mary Jones)
CASES = {
    # the speaker is known and the quotation names nobody: a description ("This") is the target
    "target": (
        "Mary Jones announced a new housing plan on Monday.\n"
        "Senator John Smith spoke later in the day.\n"
        '"This is a disgrace," Smith said.',
        "This is a disgrace",
    ),
    # a quoted "She" the entity layer leaves to its context, which the relation layer reads
    # as the one other woman named there: the target is named, the predicate is in no list
    "pronoun": (
        'Senator John Smith met Mary Jones on Monday.\n"She is a table," Smith said.',
        "She is a table",
    ),
    # speaker and target are there, and the predicate is in no list the quote layer reads
    "judgement": (
        'Senator John Smith spoke on Monday.\n"Mary Jones is a table," Smith said.',
        "Mary Jones is a table",
    ),
}


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> str:  # type: ignore[no-untyped-def]
    """The script's output on the two cases, as gold file ``sample.jsonl``."""
    corpus = tmp_path / "articles.jsonl"
    gold = tmp_path / "sample.jsonl"
    docs, rows = [], []
    for name, (text, why) in CASES.items():
        docs.append({"id": name, "title": "", "text": text, "date": "2019-05-01"})
        rows.append(
            {
                "doc": name,
                "kind": "relation",
                "subject": "John Smith",
                "relation": "criticizes",
                "object": "Mary Jones",
                "required": True,
                "why": why,
            }
        )
        for person in ("John Smith", "Mary Jones"):
            surname = person.split()[-1]
            rows.append(
                {
                    "doc": name,
                    "kind": "entity",
                    "name": person,
                    "type": "Person",
                    "aliases": [person, surname],
                }
            )
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    argv = ["quote_miss_stages.py", "--gold", str(gold), "--parse-cache", "", "--examples", "5"]
    monkeypatch.setattr(sys, "argv", [*argv, str(corpus)])
    quote_miss_stages.main()
    return capsys.readouterr().out


def test_each_miss_gets_its_first_failing_stage(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = _run(tmp_path, capsys, monkeypatch)
    lines = [line.strip() for line in out.splitlines()]
    assert any(line.startswith("target not named: [sample] target ") for line in lines), out
    assert any(
        line.startswith("judgement not recognised: [sample] judgement ") for line in lines
    ), out
    assert any(line.startswith("judgement not recognised: [sample] pronoun ") for line in lines), (
        out
    )
    # the table row: speaker 0, speaker other 0, target 1, judgement 2, guard 0, none 0
    assert "| sample | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 3 |" in lines, out


@pytest.mark.parametrize("gold", ["gold/blind-allsides.jsonl", "gold/fresh42-allsides.jsonl"])
def test_hidden_or_measure_gold_is_refused(monkeypatch, gold: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", ["x", "--gold", gold, "corpus"])
    with pytest.raises(SystemExit):
        quote_miss_stages.main()


def test_a_sample_not_checked_yet_is_refused(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a gold file holding a document of a POLKG_HIDDEN_IDS list ("<corpus> <id>" lines) is a
    # sample read as scores only until its check
    hidden = tmp_path / "unchecked-ids.txt"
    hidden.write_text("allsides target\n", encoding="utf-8")
    monkeypatch.setenv("POLKG_HIDDEN_IDS", str(hidden))
    with pytest.raises(SystemExit, match="not readable"):
        _run(tmp_path, capsys, monkeypatch)
    monkeypatch.delenv("POLKG_HIDDEN_IDS")
    assert "| sample |" in _run(tmp_path, capsys, monkeypatch)
