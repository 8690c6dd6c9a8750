"""A bill's number apposed to its name is one bill, so "this legislation" after them is that
bill (a Senate press release of tune-a and one of the audit articles, shortened)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document


def test_number_and_name_are_one_bill(nlp):
    text = (
        "Sen. Conrad Burns introduced S. 2315, the Methamphetamine Awareness and Prevention Act "
        "of 2006, on Thursday."
    )
    result = Extractor(nlp).process(Document(id="d", text=text))
    bills = [e for e in result.entities if e.type == "Legislation"]
    assert [b.name for b in bills] == ["S. 2315"]  # named as the text names it first
    assert "Methamphetamine Awareness and Prevention Act" in bills[0].aliases


def test_the_bill_after_its_number_and_name_is_that_bill(nlp):
    text = (
        "U.S. Senators Dianne Feinstein and Barbara Boxer wrote to the House leadership today. "
        '"We are writing to express our opposition to H.R. 4167, the National Uniformity for '
        'Food Act of 2005," the Senators wrote. Attorney General Bill Lockyer sent a memo '
        "opposing this legislation."
    )
    found = edges(Extractor(nlp), text)
    assert ("Bill Lockyer", "opposes", "H.R. 4167") in found


def test_two_numbers_side_by_side_stay_two_bills(nlp):
    text = "Sen. Conrad Burns introduced S. 2315, S. 2316 and S. 2317 on Thursday."
    result = Extractor(nlp).process(Document(id="d", text=text))
    assert len([e for e in result.entities if e.type == "Legislation"]) == 3


def test_a_number_beside_its_quoted_title_is_one_bill(nlp):
    # Snowe245 (session 29's fresh sample, readable since session 30), shortened (bills32)
    text = (
        "Sen. Olympia J. Snowe, lead Republican co-sponsor of bipartisan drug importation "
        'legislation, "The Pharmaceutical Market Access and Drug Safety Act," (S.2328), said '
        "that she is disappointed that a report released today failed to provide a set of "
        'constructive recommendations. "Our legislation will raise the bar for safety," said '
        "Snowe."
    )
    result = Extractor(nlp).process(Document(id="d", text=text))
    bills = [e for e in result.entities if e.type == "Legislation"]
    assert [b.name for b in bills] == ["Pharmaceutical Market Access and Drug Safety Act"]
    assert "S.2328" in bills[0].aliases
