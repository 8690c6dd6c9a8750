"""A foreign head of state or government named by the office alone (country_offices.py,
patterns/country_offices.json built from PETRARCH2's Phoenix dictionary).

The Turkey sentence is from Wikinews, "On the campaign trail, September 2020" (2020, CC BY 2.5);
the others are written for the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rule_edges import types_and_edges as run

from polkg.extract import Extractor

DAY = "2020-10-29"


def test_country_offices_office_alone_is_an_actor_when_nobody_may_hold_it(
    extractor: Extractor,
) -> None:
    # the text names only US persons: the office itself vowed the support ("vow" as "pledge")
    text = (
        "President Trump commented on the fighting. The president of Turkey vowed support for "
        "Azerbaijan, while Russia called for a cessation of fighting."
    )
    types, edges = run(extractor, text, DAY)
    assert types["President of Turkey"] == "GovernmentBody"
    assert ("President of Turkey", "endorses", "Azerbaijan") in edges


@pytest.mark.parametrize(
    "text",
    [
        "Turkish President Recep Tayyip Erdoğan met European leaders on Monday. Later, the "
        "Turkish president criticized Emmanuel Macron over his remarks.",
        "President of Turkey Recep Tayyip Erdoğan met European leaders on Monday. Later, "
        "Turkey's president criticized Emmanuel Macron over his remarks.",
        "The Turkish president, Recep Tayyip Erdoğan, met European leaders on Monday. Later, "
        "the president of Turkey criticized Emmanuel Macron over his remarks.",
    ],
)
def test_country_offices_the_text_titled_holder(extractor: Extractor, text: str) -> None:
    types, edges = run(extractor, text, DAY)
    assert ("Recep Tayyip Erdoğan", "criticizes", "Emmanuel Macron") in edges
    assert not any(name.startswith("President of") for name in types)


@pytest.mark.parametrize(
    "text",
    [
        # a possible holder named without the title (Phoenix files Erdogan under Turkey)
        "Erdogan spoke in Ankara on Monday. Later, the Turkish president criticized Emmanuel "
        "Macron over his remarks.",
        # a holder titled without a country may be the one
        "President Erdogan spoke on Monday. Later, the Turkish president criticized Emmanuel "
        "Macron over his remarks.",
        # another holder: the former one, the next one
        "President Trump spoke. The former Turkish president criticized Emmanuel Macron.",
        "President Trump spoke. The next president of Turkey will criticize Emmanuel Macron.",
        # the US office is the dated US data's, never an office actor
        "Joe Biden spoke. The American president criticized Emmanuel Macron.",
        # two Turkish presidents titled: open
        "Turkish President Abdullah Gul and former Turkish President Ahmet Sezer met. Turkish "
        "President Recep Erdogan spoke. The Turkish president criticized Emmanuel Macron.",
    ],
)
def test_country_offices_left_open(extractor: Extractor, text: str) -> None:
    types, edges = run(extractor, text, DAY)
    assert not any(name.startswith("President of") for name in types)
    assert not any(s != "Emmanuel Macron" and o == "Emmanuel Macron" for s, _, o in edges)


def test_country_offices_possible_holders_are_built_from_phoenix() -> None:
    data = json.loads(
        (
            Path(__file__).parent.parent / "polkg" / "extract" / "patterns" / "country_offices.json"
        ).read_text(encoding="utf-8")
    )
    assert "erdogan" in data["possible_holders"]["TUR"]
    assert "putin" in data["possible_holders"]["RUS"]
    assert "blair" in data["possible_holders"]["GBR"]
    assert "USA" == data["home"]
