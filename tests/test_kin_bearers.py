"""A bearer of a surname the text first names as someone's relative ("Bush thanked his mother
Barbara Bush") is not the one it calls by the bare surname, when the text used that surname bare
before naming anyone of it (``names._relatives_set_aside``); an honorific still decides
("Mrs. Bush"), and the famous office holder of the name is nobody's mere relative. Audit batch
11's wrong edge, written anew: Carter's praise of George W. Bush went to Barbara Bush, the first
bearer named in full."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor

CASES = [
    (  # the bare "Bush" before any bearer, then his mother named: Carter praised the son
        '"I am grateful," Bush said. Bush thanked his mother Barbara Bush for her support. '
        "Later, President George W. Bush greeted the crowd. Former President Jimmy Carter "
        "praised Bush for his work in Africa.",
        ("Jimmy Carter", "endorses", "George W. Bush"),
        ("Jimmy Carter", "endorses", "Barbara Bush"),
    ),
    (  # an honorific of her gender still names the relative
        "President George W. Bush thanked his mother Barbara Bush for her support. Mrs. Bush "
        "praised Senator Ted Cruz for his work on the library.",
        ("Barbara Bush", "endorses", "Ted Cruz"),
        None,
    ),
    (  # "the president's eldest son, Donald Trump": a misnamed son, the famous holder kept
        '"We will win," Trump said on Monday. The president\'s eldest son, Donald Trump, spoke '
        "next. His niece Mary Trump spoke too. Senator Ted Cruz criticized Trump for his remarks "
        "on trade.",
        ("Ted Cruz", "criticizes", "Donald Trump"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_a_relative_named_in_full_is_not_the_bare_surname(
    extractor: Extractor,
    text: str,
    present: tuple[str, str, str],
    absent: tuple[str, str, str] | None,
):
    found = edges(extractor, "The five presidents gathered in Dallas on Thursday. " + text)
    assert present in found
    assert absent is None or absent not in found
