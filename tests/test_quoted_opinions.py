"""The speaker's own "I think" over a quoted judgement states it, it does not hedge it
(counterfactuals.governing_opinion, read by relations._quote_matches; session 31)."""

from __future__ import annotations

import pytest
from rule_edges import flagged

from polkg.extract import Extractor

# Sentences in the style of the allsides and NewsMTSC texts (written for these tests after
# fresh29's "'I think Donald Trump is an idiot,' ... said as she voted", which was hedged).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“I think Donald Trump is an idiot,” Pam Lamonaca, a caregiver, said as she voted.",
            {("Pam Lamonaca", "criticizes", "Donald Trump", True)},
        ),
        (
            "“We believe the Trump administration has violated the Constitution and federal "
            "law,” state Attorney General Xavier Becerra told reporters in Sacramento.",
            {("Xavier Becerra", "criticizes", "Trump administration", True)},
        ),
    ],
)
def test_first_person_opinion_states_the_judgement(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert flagged(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the opinion denied: negated
        "“I don’t think Donald Trump is an idiot,” Pam Lamonaca, a caregiver, said.",
        # a modal of its own still hedges
        "“I think Donald Trump may be an idiot,” Pam Lamonaca, a caregiver, said.",
        # someone else's opinion, reported by the speaker: hedged
        "“People think Donald Trump is an idiot,” Pam Lamonaca, a caregiver, said.",
        "“He thinks Donald Trump is an idiot,” Pam Lamonaca, a caregiver, said.",
    ],
)
def test_other_opinions_and_modals_stay_unasserted(extractor: Extractor, text: str) -> None:
    found = flagged(extractor, text)
    assert ("Pam Lamonaca", "criticizes", "Donald Trump", False) in found
    assert not any(positive for *_, positive in found)
