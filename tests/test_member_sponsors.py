"""Only members introduce bills: a sponsor reached only through a pronoun who holds no seat (no
legislative office in the text, no term in the congress-legislators gazetteer) is the pronoun's
wrong antecedent, and the named co-sponsors stay (``authored_bills.member_sponsors``). Audit
batch 11's Adam Green, written anew."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

BILL = "a bill that would allow drug imports from Canada"


def test_an_activist_found_by_a_pronoun_sponsors_nothing(extractor: Extractor):
    found = edges(
        extractor,
        "Adam Green, the co-founder of the Progressive Change Campaign Committee, praised Cory "
        "Booker's jobs plan. A month later he joined Bernie Sanders and Sen. Bob Casey in "
        "introducing a bill that would allow drug imports from Canada.",
    )
    assert ("Adam Green", "endorses", BILL) not in found
    assert ("Bernie Sanders", "endorses", BILL) in found
    assert ("Bob Casey", "endorses", BILL) in found


def test_a_senator_found_by_a_pronoun_sponsors_the_bill(extractor: Extractor):
    found = edges(
        extractor,
        "Sen. Cory Booker spoke in Iowa on Friday. A month later he joined Bernie Sanders and "
        "Sen. Bob Casey in introducing a bill that would allow drug imports from Canada.",
    )
    assert ("Cory Booker", "endorses", BILL) in found
