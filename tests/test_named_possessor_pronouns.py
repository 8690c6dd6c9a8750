"""A subject pronoun passes over a name in the possessive in its own sentence ("questions about
Kavanaugh's temperament and whether he had lied", "While colleagues have contributed to Cruz's
campaign, he ..."): the possessor is as likely its antecedent as an earlier sentence's subject,
so the pronoun is left open unless both are the one person (``references._named_possessor``).
Audit batch 4's two wrong edges, each written anew: Schumer's accusation went to McConnell, and
Cornyn's endorsement of Cruz to his rival O'Rourke."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_the_possessor_is_no_earlier_subject(extractor: Extractor):
    found = edges(
        extractor,
        "Judge Brett Kavanaugh was nominated to the Supreme Court in July. Senate Majority Leader "
        "Mitch McConnell said the vote was a pivotal day for the Senate. Democrats had pointed to "
        "questions about Kavanaugh's temperament and whether he had lied about his drinking in "
        "college. Senate Minority Leader Chuck Schumer accused him of being evasive.",
    )
    assert ("Chuck Schumer", "criticizes", "Mitch McConnell") not in found
    assert ("Chuck Schumer", "criticizes", "Brett Kavanaugh") in found


def test_a_rival_is_not_the_candidate_whose_campaign_it_is(extractor: Extractor):
    found = edges(
        extractor,
        "Ted Cruz is in a close race. Beto O'Rourke has spent $2.8 million on ads in the race. "
        "While colleagues have contributed to Cruz's campaign, he does not expect any of them to "
        'visit Texas. "Texans will decide this race," he said, noting that John Cornyn has '
        "endorsed him.",
    )
    assert ("John Cornyn", "endorses", "Beto O'Rourke") not in found
