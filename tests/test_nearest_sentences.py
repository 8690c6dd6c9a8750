"""A bare "the party" / "the group" and the window of sentences where its referent is looked
for (``nearest_sentences``, shared by party_references and organization_references); sentences
in the style of the bbc_politics and allsides articles."""

from __future__ import annotations

from polkg.extract.mentions import DocState
from polkg.extract.nearest_sentences import bare_definite, window_start

TEXT = (
    "Labour met on Monday. The Tories met on Tuesday. Nobody else met. "
    "The party said the other party and the party of Lincoln were wrong."
)


def test_only_a_plain_the_before_an_unqualified_noun_is_bare(nlp):
    doc = nlp(TEXT)
    state = DocState(doc, None)
    parties = [t for t in doc if t.lower_ == "party"]
    assert [bare_definite(state, t) for t in parties] == [True, False, False]


def test_the_window_is_the_own_sentence_and_at_most_that_many_before(nlp):
    doc = nlp(TEXT)
    party = next(t for t in doc if t.lower_ == "party")
    assert window_start(party, 2).text == "The Tories met on Tuesday."
    assert window_start(party, 0) == party.sent
    assert window_start(party, 9).start == 0
