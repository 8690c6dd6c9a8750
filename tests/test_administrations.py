"""A bare "the administration" as the sitting president's administration (extract/
administrations.py, patterns/administrations.json).

The sentences are evidence sentences of the gold and audit files (dev ``VwQmCrRjjGkoCX8X``,
audit batch 8 ``2jo6ao0Tc6STAXjm``), shortened; the others are written for the test.
"""

from __future__ import annotations

from rule_edges import types_and_edges as run

from polkg.extract import Extractor

ANGER = (
    "Donilon has been a key foreign policy adviser to President Barack Obama. Her selection is "
    "sure to anger congressional Republicans, who have accused the administration of "
    "inconsistency and a cover-up in the Benghazi attacks."
)


def test_administrations_the_administration_is_the_sitting_presidents(
    extractor: Extractor,
) -> None:
    types, edges = run(extractor, ANGER, "2013-06-05")
    assert types["Obama administration"] == "GovernmentBody"
    assert ("Congressional Republicans", "criticizes", "Obama administration") in edges
    text = (
        "Susan Rice moved President Barack Obama's advisers, and even Sen. John McCain, who "
        "later slammed the administration over Benghazi, praised her steadiness."
    )
    _, edges = run(extractor, text, "2013-06-05")
    assert ("John McCain", "criticizes", "Obama administration") in edges


def test_administrations_need_a_date_and_the_president_named(extractor: Extractor) -> None:
    types, _ = run(extractor, ANGER, None)  # undated: whose administration is unknown
    assert "Obama administration" not in types
    types, _ = run(extractor, ANGER, "2018-06-05")  # Trump's day, and the text names Obama
    assert not any(name.endswith("administration") for name in types)
    text = "Congressional Republicans have accused the administration of a cover-up."
    types, _ = run(extractor, text, "2013-06-05")  # the president is not named
    assert not any(name.endswith("administration") for name in types)


def test_administrations_a_named_administration_is_the_reference_layers(
    extractor: Extractor,
) -> None:
    text = (
        "President Barack Obama spoke on Monday. Republicans said the Bush administration had "
        "failed, and Sen. John McCain slammed the administration over the war."
    )
    types, edges = run(extractor, text, "2013-06-05")
    assert "Obama administration" not in types
    assert ("John McCain", "criticizes", "Obama administration") not in edges


def test_administrations_a_modified_administration_is_no_reference(extractor: Extractor) -> None:
    text = (
        "President Barack Obama spoke on Monday. Sen. John McCain criticized the administration "
        "of the vaccine program, and Rep. Paul Ryan criticized the previous administration."
    )
    types, edges = run(extractor, text, "2013-06-05")
    assert "Obama administration" not in types
