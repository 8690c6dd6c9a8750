"""A bare "impeachment" as the sitting president's impeachment (extract/impeachments.py,
patterns/impeachments.json).

The sentences are evidence sentences of the readable fresh samples (fresh29-allsides
``de9ewFAeZuzgNH0k`` and ``z3RcfeV7F6mCIxyE``, fresh31-allsides ``laA8xc0pegjwKdNI``),
shortened; the others are written for the test.
"""

from __future__ import annotations

from rule_edges import types_and_edges as run

from polkg.extract import Extractor

IMPEACHMENT = "impeachment of Donald Trump"
DISMISSED = (
    "President Donald Trump was acquitted. Even Lisa Murkowski has dismissed impeachment as "
    '"partisan" and something that has "degraded" Congress.'
)


def test_impeachments_bare_impeachment_is_the_sitting_presidents(extractor: Extractor) -> None:
    types, edges = run(extractor, DISMISSED, "2020-02-01")
    assert types[IMPEACHMENT] == "Investigation"
    assert ("Lisa Murkowski", "criticizes", IMPEACHMENT) in edges
    text = 'Trump also called impeachment a "terrible ordeal by some very dishonest people."'
    _, edges = run(extractor, text, "2020-02-01")
    assert ("Trump", "criticizes", IMPEACHMENT) in edges


def test_impeachments_a_process_noun_and_the_president_as_target(extractor: Extractor) -> None:
    text = (
        "In April she came out firmly against launching impeachment hearings against "
        "President Trump."
    )
    types, _ = run(extractor, text, "2019-10-01")
    assert types[IMPEACHMENT] == "Investigation"


def test_impeachments_need_the_president_and_no_other_target(
    extractor: Extractor,
) -> None:
    untitled = DISMISSED.replace("President Donald Trump", "Donald Trump")
    types, _ = run(extractor, untitled, None)  # undated, nobody titled: whose is unknown
    assert IMPEACHMENT not in types
    types, _ = run(extractor, DISMISSED, None)  # undated: the one president titled so
    assert types[IMPEACHMENT] == "Investigation"
    text = "President Donald Trump met President Barack Obama. Murkowski dismissed impeachment."
    types, _ = run(extractor, text, None)  # two presidents titled: either may be meant
    assert IMPEACHMENT not in types
    types, _ = run(extractor, DISMISSED, "2013-06-05")  # Obama's day, and the text names Trump
    assert not any(name.startswith("impeachment of") for name in types)
    text = "President Trump spoke. Republicans opposed the impeachment of President Bill Clinton."
    types, _ = run(extractor, text, "2019-10-01")
    assert not any(name.startswith("impeachment of") for name in types)


def test_impeachments_articles_and_trials_are_not_the_process(extractor: Extractor) -> None:
    text = (
        "President Trump spoke. The House passed two articles of impeachment, and the "
        "impeachment trial opened in the Senate."
    )
    types, _ = run(extractor, text, "2019-12-20")
    assert IMPEACHMENT not in types
