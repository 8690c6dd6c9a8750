"""The censuses' hook on the relation layer (scripts/mine_unread_predicates.watch_matches):
count_blocked_references.py and the miners wrap ``relations._subjects``, ``_objects`` and
``RelationMatcher._pairs``; a signature change there (cedad56 made ``_subjects`` take the clause
verb) must break this test, not a census run an hour in."""

from __future__ import annotations

import runpy
from pathlib import Path

import polkg.extract.relations as rel
from polkg.extract import Extractor
from polkg.model import Document


def test_watch_matches_sees_a_blocked_match(extractor: Extractor, monkeypatch) -> None:
    # restored after the test: watch_matches replaces these module attributes
    monkeypatch.setattr(rel, "_subjects", rel._subjects)
    monkeypatch.setattr(rel, "_objects", rel._objects)
    monkeypatch.setattr(rel.RelationMatcher, "_pairs", rel.RelationMatcher._pairs)
    miner = runpy.run_path(
        str(Path(__file__).resolve().parent.parent / "scripts" / "mine_unread_predicates.py")
    )
    seen: list[tuple[str, bool, str]] = []

    def record(rule, subs, objs, trigger, *, negated, hedged, quoted, subject, obj):  # type: ignore[no-untyped-def]
        seen.append((rule.relation, bool(subs), obj.text if obj is not None else ""))

    miner["watch_matches"](record)
    # "the plan" resolves to nothing: a match with its object blocked, as the census counts
    text = "Senator Chuck Schumer criticized the plan on Tuesday."
    result = extractor.process(Document(id="d", text=text))
    assert not [a for a in result.assertions if a.positive]
    assert ("criticizes", True, "plan") in seen
