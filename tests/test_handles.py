"""Social-media handles as references to the persons the text names (``polkg/extract/handles.py``).
Sentences written for these tests, after the tune-a tweet quoted in the module docstring."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.extract.handles import handle_letters

DEBATE = (
    "Donald Trump would not say whether he would accept the result, and his daughter Ivanka "
    "Trump said she expected him to. "
)

TWEET = (
    '"{} refusing to accept election results is beyond the pale," tweeted Sen. Jeff Flake (R-Az.).'
)


def test_a_handle_names_the_person_whose_names_it_spells(extractor: Extractor) -> None:
    # Ivanka Trump shares the surname: the given name "Donald" decides
    text = DEBATE + TWEET.format("@realDonaldTrump")
    assert ("Jeff Flake", "criticizes", "Donald Trump") in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # "Trump" alone: Donald or Ivanka?
        DEBATE + TWEET.format("@TeamTrump"),
        # a handle that spells nobody the text names brings in nobody
        DEBATE + TWEET.format("@POTUS"),
    ],
)
def test_no_person_when_the_handle_does_not_decide(extractor: Extractor, text: str) -> None:
    found = edges(extractor, text)
    assert not {e for e in found if e[0] == "Jeff Flake" and e[1] == "criticizes"}


def test_handle_letters() -> None:
    assert handle_letters(".@realDonaldTrump") == "realdonaldtrump"
    assert handle_letters("@Sen_Schumer") == "senschumer"
    assert handle_letters("Trump") is None
    assert handle_letters("jeff@example.com") is None
