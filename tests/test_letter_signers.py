"""Printed letters and their signers (polkg/extract/authors.py, session 39): a letter several
persons sign holds each signer's stance, whether its signature block lists them or the sentence
that introduces it names them; its addressee and a letter's recipient are no signers."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

# Texts in the style of the Senate press releases (written for these tests).

SIGNED_LETTER = (
    "SENATORS URGE NETWORK TO CANCEL MINISERIES\n"
    "Dear Mr. Iger,\n"
    "We write with serious concerns about the planned broadcast.\n"
    "Furthermore, that Disney would seek to use Scholastic to promote this misguided "
    "programming to American children is a disgrace.\n"
    "Sincerely,\n"
    "Senate Democratic Leader Harry Reid\n"
    "Assistant Democratic Leader Dick Durbin\n"
    "Senator Debbie Stabenow\n"
)


def test_a_judgement_in_a_signed_letter_is_every_signers(extractor: Extractor) -> None:
    found = edges(extractor, SIGNED_LETTER)
    for signer in ("Harry Reid", "Dick Durbin", "Debbie Stabenow"):
        assert (signer, "criticizes", "Disney") in found
    assert not any(s == "Iger" or s.endswith("Iger") for s, _r, _o in found)  # the addressee


INTRODUCED = (
    "Senators Olympia Snowe and Chuck Hagel sent the following letter to Majority Leader "
    "Harry Reid on Monday.\n"
    "Dear Harry:\n"
    "We strongly oppose Ted Cruz.\n"
    "Sincerely,\n"
    "OLYMPIA J. SNOWE CHUCK HAGEL\n"
)


def test_the_sentence_introducing_a_letter_names_its_signers(extractor: Extractor) -> None:
    # the signature line names both on one line: the introducing sentence says who signs
    found = edges(extractor, INTRODUCED)
    assert ("Olympia Snowe", "opposes", "Ted Cruz") in found
    assert ("Chuck Hagel", "opposes", "Ted Cruz") in found
    assert not any(s == "Harry Reid" for s, _r, _o in found)  # the addressee


def test_a_passive_letter_names_its_signers_by_its_agent(extractor: Extractor) -> None:
    text = (
        "The following is the text of the letter sent to Majority Leader Harry Reid by "
        "Senators Olympia Snowe and Chuck Hagel:\n"
        "Dear Harry:\n"
        "We strongly oppose Ted Cruz.\n"
        "Sincerely,\n"
        "OLYMPIA J. SNOWE CHUCK HAGEL\n"
    )
    found = edges(extractor, text)
    assert ("Olympia Snowe", "opposes", "Ted Cruz") in found
    assert ("Chuck Hagel", "opposes", "Ted Cruz") in found
    assert not any(s == "Harry Reid" for s, _r, _o in found)


def test_a_quoted_letter_several_sent_is_theirs(extractor: Extractor) -> None:
    text = (
        "Senators Chuck Grassley, John Thune and Mike Crapo sent the following letter to "
        "Chairman Tom Harkin:\n"
        '"We strongly oppose Ted Cruz."\n'
    )
    found = edges(extractor, text)
    for signer in ("Chuck Grassley", "John Thune", "Mike Crapo"):
        assert (signer, "opposes", "Ted Cruz") in found
    assert not any(s == "Tom Harkin" for s, _r, _o in found)


def test_the_narration_after_a_quoted_letter_is_not_the_signers(extractor: Extractor) -> None:
    text = (
        "Senators Chuck Grassley, John Thune and Mike Crapo sent the following letter to "
        "Chairman Tom Harkin:\n"
        '"We thank you for your attention to these concerns."\n'
        "Furthermore, that Disney would seek to use Scholastic to promote this programming "
        "is a disgrace.\n"
    )
    # the co-signed letter ends with its quotation: the release's paragraph after it is not
    # the co-signers' (statement_blocks still hands it to the one subject the parser names)
    assert not any(s in ("John Thune", "Mike Crapo") for s, _r, _o in edges(extractor, text))


def test_a_letter_its_recipient_received_is_not_his(extractor: Extractor) -> None:
    text = (
        "Senators Chuck Grassley and John Thune received the following letter from the "
        "governors on Monday:\n"
        "Dear Senators:\n"
        "We strongly oppose Ted Cruz.\n"
    )
    assert not any(s in ("Chuck Grassley", "John Thune") for s, _r, _o in edges(extractor, text))


def test_a_negated_stance_in_a_letter_stays_unasserted(extractor: Extractor) -> None:
    text = INTRODUCED.replace("We strongly oppose", "We do not oppose")
    assert not any(o == "Ted Cruz" for _s, _r, o in edges(extractor, text))


def test_joined_to_shares_the_infinitive_s_act(extractor: Extractor) -> None:
    # "joined Y to <verb> ...": Y shares the act, as in "joined Y in <gerund> ..."
    text = (
        "Murray and Cantwell joined Senator Daniel Akaka and 9 other senators earlier this year "
        "to back the Energy Policy Act."
    )
    found = edges(extractor, text)
    assert ("Daniel Akaka", "endorses", "Energy Policy Act") in found
    assert ("Murray", "endorses", "Energy Policy Act") in found


def test_joining_a_body_to_act_is_no_act_of_the_body(extractor: Extractor) -> None:
    # joining the Senate makes a member of it; the Senate does not share his later acts
    text = "Senator Daniel Akaka joined the Senate in 1990 to back the Energy Policy Act."
    assert not any(s == "U.S. Senate" or "Senate" in s for s, _r, _o in edges(extractor, text))
