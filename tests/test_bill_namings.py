"""A bill noun the text names at once is that bill, and a bill a lead introduces by description
is the one the next sentence names as its subject (session 30, docs/senate-recall.md "Session
30", `bill_namings.py`). Sentences from Senate releases of the audit batches and the session-27
fresh sample, and an allsides article, shortened."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.extract.entities import find_entities
from polkg.model import Document


def test_the_introduced_legislation_is_the_act_the_next_sentence_names(nlp):
    text = (
        "Sen. Chuck Grassley (R-IA) and Rep. James Sensenbrenner (R-WI) today re-introduced "
        "legislation in the Senate and House of Representatives to create an Inspector General "
        "for the Judicial Branch.\n"
        "The Judicial Transparency and Ethics Enhancement Act of 2007 is nearly identical to a "
        "bill that passed the House Judiciary Committee last September."
    )
    found = edges(Extractor(nlp), text)
    bill = "Judicial Transparency and Ethics Enhancement Act of 2007"  # with its year
    assert ("Chuck Grassley", "endorses", bill) in found
    assert ("James Sensenbrenner", "endorses", bill) in found


def test_a_number_apposed_to_the_subject_names_the_bill(nlp):
    text = (
        "Lisa Murkowski today introduced legislation to increase the amount of food donations "
        "going to Alaska Natives and American Indians.\n"
        "The Senator's legislation, S.1115, would amend the Federal tax code."
    )
    found = edges(Extractor(nlp), text)
    assert ("Lisa Murkowski", "endorses", "S.1115") in found


def test_a_law_the_next_sentence_names_elsewhere_is_not_the_bill(nlp):
    text = (
        "Today, Sen. Olympia J. Snowe (R-Maine) introduced a bill to aid small businesses in "
        "complying with federal regulations. Snowe aims to improve a landmark small business "
        "law, the Small Business Regulatory Enforcement Fairness Act (SBREFA)."
    )
    found = edges(Extractor(nlp), text)
    assert not any(o.startswith("Small Business Regulatory") for _s, _r, o in found)


def test_a_resolution_is_never_an_act(nlp):
    text = (
        "Sen. Ted Stevens today introduced a resolution honoring the Alaska Native Claims "
        "Settlement. The Alaska Native Claims Settlement Act was signed in 1971."
    )
    found = edges(Extractor(nlp), text)
    assert ("Ted Stevens", "endorses", "Alaska Native Claims Settlement Act") not in found


def test_the_name_a_naming_verb_gives_is_the_bill(nlp):
    text = (
        "GOP Sens. Cory Gardner of Colorado and John Cornyn of Texas even introduced legislation "
        "they dubbed the Trust Act, which would revoke the clearances by law."
    )
    found = edges(Extractor(nlp), text)
    assert ("Cory Gardner", "endorses", "Trust Act") in found
    assert ("John Cornyn", "endorses", "Trust Act") in found


REID = (
    "SEN. REID INTRODUCES BILL TO SPUR NEVADA'S RENEWABLE ENERGY INDUSTRY\n"
    " U.S. Senator Harry Reid of Nevada introduced a bill today that will provide additional "
    "financing options for building new power transmission lines.\n"
    ' "I recently came out in opposition to the proposed coal power plants," said Reid. "But I '
    "want to do more than just voice my opinion. I want to be part of the solution. The Clean "
    "Renewable Energy and Economic Development Act will help Nevada become the leader in "
    'renewable energy."'
)


def test_the_lead_bill_is_the_act_a_later_sentence_of_the_next_paragraph_names(nlp):
    # Reid273 (session 29's fresh sample), shortened (bills32)
    found = edges(Extractor(nlp), REID)
    bill = "Clean Renewable Energy and Economic Development Act"
    assert ("Harry Reid", "endorses", bill) in found


def _lead_bill_named(nlp, text: str) -> bool:
    """Whether the lead's "a bill" is a mention of the act the text names."""
    doc = nlp(text)
    found = find_entities(doc, Document(id="d", text=text))
    lead = next(t for t in doc if t.lower_ == "bill" and t.text == "bill")
    held = found.entity_at(lead.i)
    return held is not None and held.name.endswith("Development Act")


def test_the_lead_bill_is_named_within_the_next_paragraph_only(nlp):
    assert _lead_bill_named(nlp, REID)
    two_paragraphs = REID.replace('"I recently', '"Nevada is ready."\n "I recently')
    assert not _lead_bill_named(nlp, two_paragraphs)
