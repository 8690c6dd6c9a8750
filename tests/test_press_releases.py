"""Press releases: sponsorship of bills, lists of supporters, bills named for their sponsors.

Short texts in the style of the Senate press releases of ../shared/corpus/senate_press.
"""

from __future__ import annotations

import pytest
from rule_edges import types_and_edges as run

from polkg.extract import Extractor
from polkg.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_press_plural_titles_and_cosponsor_stay_one_token() -> None:
    doc = load_nlp()("Congress approved it, sponsored by Sens. Jon Kyl and Dianne Feinstein.")
    assert "Sens." in [t.text for t in doc] and len(list(doc.sents)) == 1
    assert "co-sponsored" in [t.text for t in load_nlp()("Boxer co-sponsored the bill.")]


def test_press_sponsorship_is_endorsement(extractor: Extractor) -> None:
    text = (
        "The Crime Victims Rights Act was sponsored by Sens. Jon Kyl and Dianne Feinstein. "
        "Senator Barbara Boxer co-sponsored the Clean Air Act."
    )
    _, edges = run(extractor, text)
    assert edges == {
        ("Jon Kyl", "endorses", "Crime Victims Rights Act"),
        ("Dianne Feinstein", "endorses", "Crime Victims Rights Act"),
        ("Barbara Boxer", "endorses", "Clean Air Act"),
    }
    text = "Sen. Ken Salazar is a sponsor of S.2156, the Alternative Energy Refueling System Act."
    assert ("Ken Salazar", "endorses", "S.2156") in run(extractor, text)[1]
    # one introduces nominees too; and a sponsorship denied is none
    text = (
        "Sen. John Smith introduced the nominee, Tom Griffith. "
        "Sen. Dianne Feinstein did not cosponsor the Patriot Act."
    )
    assert run(extractor, text)[1] == set()


def test_press_relative_pronoun_under_a_preposition(extractor: Extractor) -> None:
    text = (
        "Sen. Ken Salazar spoke about the Alternative Energy Refueling System Act, of which "
        "Senator Barbara Boxer is a sponsor."
    )
    edges = run(extractor, text)[1]
    assert ("Barbara Boxer", "endorses", "Alternative Energy Refueling System Act") in edges


def test_press_bill_named_for_its_sponsor(extractor: Extractor) -> None:
    text = (
        "Sen. Norm Coleman spoke on Monday. Groups that have endorsed Coleman's amendment "
        "include: US Conference of Mayors and the American Medical Association."
    )
    types, edges = run(extractor, text)
    assert types["Coleman amendment"] == "Legislation" and types["Norm Coleman"] == "Person"
    assert edges == {
        ("Norm Coleman", "endorses", "Coleman amendment"),
        ("US Conference of Mayors", "endorses", "Coleman amendment"),
        ("American Medical Association", "endorses", "Coleman amendment"),
    }
    # "Groups" opening the sentence is no organisation; "the Senate bill" no bill by name
    assert "Groups" not in types
    types, _ = run(extractor, "Sens. Olympia Snowe and Ron Wyden won. The Senate bill failed.")
    assert "Senate bill" not in types
    types, _ = run(extractor, "Olympia Snowe and Ron Wyden won: the Snowe-Wyden amendment passed.")
    assert types["Snowe-Wyden amendment"] == "Legislation"


def test_press_an_unnamed_bill_is_not_the_named_one(extractor: Extractor) -> None:
    # the document names one bill; "a bill", "a similar measure", "the port security
    # legislation" and "legislation to repeal it" are others, "the measure" is it
    named = "Congress mandated the new formula under the Deficit Reduction Act. "
    for text in (
        "Sens. Pat Roberts and Ken Salazar today introduced an amendment to the SCHIP bill.",
        "Sens. Jon Corzine and Frank Lautenberg are cosponsors of a similar measure.",
        "The port security legislation was introduced by Senator Susan Collins.",
        "Sen. Pat Roberts today introduced legislation to repeal it.",
    ):
        assert run(extractor, named + text)[1] == set(), text
    text = named + "Sen. Pat Roberts is a cosponsor of the measure."
    assert run(extractor, text)[1] == {("Pat Roberts", "endorses", "Deficit Reduction Act")}


LETTER = (
    "Sen. Dianne Feinstein today wrote to the governor.\n"
    "Dear Governor Schwarzenegger:\n"
    "I write to urge you to sign AB 1471. I am a cosponsor of the Clean Air Act.\n"
    "Sincerely,\n"
    "Dianne Feinstein\n"
    "Contact: Scott Gerber, Howard Gantman\n"
)


def test_press_letter_signer_says_i(extractor: Extractor) -> None:
    _, edges = run(extractor, LETTER)
    assert edges == {
        ("Dianne Feinstein", "endorses", "AB 1471"),
        ("Dianne Feinstein", "endorses", "Clean Air Act"),
    }
    # unsigned, or signed by two people, the letter has no "I"
    assert run(extractor, LETTER.replace("Sincerely,\n", ""))[1] == set()
    two = LETTER.replace("Dianne Feinstein\n", "Dianne Feinstein, Barbara Boxer\n")
    assert run(extractor, two)[1] == set()


def test_press_release_author_from_the_outlet(extractor: Extractor) -> None:
    text = (
        "Sen. Kay Bailey Hutchison (R-TX) spoke today.\nThe DoJ reviewed my legislation, S. 3661."
    )
    edges = run(extractor, text, outlet="Office of Sen. Hutchison (press release)")[1]
    assert edges == {("Kay Bailey Hutchison", "endorses", "S. 3661")}
    # an outlet naming nobody in the undated text, or no outlet: no author
    assert run(extractor, text, outlet="Office of Sen. Cornyn (press release)")[1] == set()
    assert run(extractor, text)[1] == set()


def test_press_release_quotation_without_speech_verb_is_judged(extractor: Extractor) -> None:
    """A quotation a release gives its author (a statement's paragraph, or one that opens its
    sentence in the office holder's release) has no speech verb; its judgements are still the
    author's (a Reid release, audit batch 2)."""
    quote = (
        '"News that the Energy Department has been stealing water from our state is a slap in '
        'the face to the people of Nevada."'
    )
    outlet = "Office of Sen. Reid (press release)"
    expected = {("Harry Reid", "criticizes", "Energy Department")}
    statement = f"Sen. Harry Reid (D-Nev.) released the following statement today:\n{quote}"
    assert run(extractor, statement, date="2007-06-14")[1] == expected
    release = f"Sen. Harry Reid (D-Nev.) spoke today.\n{quote}"
    assert run(extractor, release, date="2007-06-14", outlet=outlet)[1] == expected
    assert run(extractor, release, date="2007-06-14")[1] == set()  # nobody's quotation


def test_press_release_author_the_text_never_names(extractor: Extractor) -> None:
    """A dated release that names its senator only in the title is the gazetteer's senator of
    that surname; its narration's "he" stays nobody's (no antecedent: someone else)."""
    outlet = "Office of Sen. Feingold (press release)"
    text = "Mr. President, I rise today to express my strong opposition to the Clean Air Act."
    expected = {("Russell Feingold", "opposes", "Clean Air Act")}
    assert run(extractor, text, date="2004-07-15", outlet=outlet)[1] == expected
    assert run(extractor, text, outlet=outlet)[1] == set()  # undated: not asked
    several = "Office of Sen. Smith (press release)"  # several senators Smith in 2004
    assert run(extractor, text, date="2004-07-15", outlet=several)[1] == set()
    narrated = "The senator spoke today. He co-sponsored the Clean Air Act."
    assert run(extractor, narrated, date="2004-07-15", outlet=outlet)[1] == set()


def test_press_urging_passage_is_the_urgers_stance(extractor: Extractor) -> None:
    text = (
        "Sen. Barbara Boxer urged the Senate to pass the DREAM Act. "
        "She also urged the House to reject the Patriot Act."
    )
    assert run(extractor, text)[1] == {
        ("Barbara Boxer", "endorses", "DREAM Act"),
        ("Barbara Boxer", "opposes", "Patriot Act"),
    }
    assert run(extractor, "Sen. Jon Kyl did not urge Congress to pass the DREAM Act.")[1] == set()


def test_press_urging_confirmation_is_the_urgers_support(extractor: Extractor) -> None:
    # an asked-for confirmation backs the nominee (GUIDELINES: "voted to confirm Y" endorses),
    # however many steps stand between the asking and the confirming
    text = (
        "Sen. Pete Domenici today urged his colleagues to join him in voting to confirm "
        "Alberto Gonzales. Sen. Orrin Hatch said he hopes that the Senate will treat the "
        "nominee with respect and move quickly to confirm Tom Griffith. "
        "Sen. Jon Kyl urged the Senate to vote to confirm Priscilla Owen."
    )
    assert run(extractor, text)[1] == {
        ("Pete Domenici", "endorses", "Alberto Gonzales"),
        ("Orrin Hatch", "endorses", "Tom Griffith"),
        ("Jon Kyl", "endorses", "Priscilla Owen"),
    }
    # a negated step, or a negated asking, backs nobody; the addressee never does
    for negated in (
        "Sen. Jon Kyl urged the Senate not to vote to confirm Priscilla Owen.",
        "Sen. Jon Kyl did not urge the Senate to confirm Priscilla Owen.",
    ):
        assert not any(r == "endorses" for _s, r, _o in run(extractor, negated)[1])


def test_press_following_statement_is_the_introduced_persons(extractor: Extractor) -> None:
    # "Sen. X released the following statement:": a quotation paragraph after it with no
    # speaker of its own is X's; the release's office holder (the outlet) is someone else
    text = (
        "Sen. Barbara Mikulski (D-Md.) released the following statement on the FDA:\n"
        '"When I supported Dr. Andrew von Eschenbach to head the FDA, I said the agency '
        'needed strong leadership."\n'
    )
    outlet = "Office of Sen. Cardin (press release)"
    edges = run(extractor, text, outlet=outlet)[1]
    assert edges == {("Barbara Mikulski", "endorses", "Andrew von Eschenbach")}
    # without the introducing sentence the quotation has no speaker and makes no edge
    plain = text.replace(" released the following statement on the FDA:", " spoke today.")
    assert run(extractor, plain, outlet=outlet)[1] == set()
    # two persons who sent the letter: nobody is its "I"
    two = text.replace(
        "Sen. Barbara Mikulski (D-Md.) released the following statement",
        "Sens. Barbara Mikulski and Ben Cardin sent the following letter",
    )
    assert run(extractor, two, outlet=outlet)[1] == set()


def test_press_unattributed_quotation_is_the_office_holders(extractor: Extractor) -> None:
    # a floor speech quoted in paragraphs that no speech verb attributes: in a release the
    # senator's office issued, the quotation is the senator's (Isakson's release, audit batch 3)
    text = (
        "Sen. Johnny Isakson (R-Ga.) today spoke on the Senate floor about spending.\n"
        '"There is not one of us here who likes the deficit. I applaud the White House for '
        'encouraging us, and I applaud Senator Judd Gregg for his leadership."\n'
    )
    outlet = "Office of Sen. Isakson (press release)"
    assert run(extractor, text, outlet=outlet)[1] == {
        ("Johnny Isakson", "endorses", "White House"),
        ("Johnny Isakson", "endorses", "Judd Gregg"),
    }
    # no office holder in the text, or a speech verb naming someone unresolved: nobody's
    assert run(extractor, text, outlet="Office of Sen. Cornyn (press release)")[1] == set()
    assert run(extractor, text)[1] == set()
    aide = text.replace('Gregg for his leadership."', 'Gregg for his leadership," an aide said.')
    assert run(extractor, aide, outlet=outlet)[1] == set()


def test_press_first_person_paragraph_is_judged_as_the_authors(extractor: Extractor) -> None:
    """A release's paragraph that says "I" outside quotation marks, or a paragraph of the
    statement a "following remarks" sentence hands to a person, is that person's own speech:
    the quote layer judges it as their quotation (a Reid release, audit batch 4; a Lott
    release, audit batch 5)."""
    outlet = "Office of Sen. Reid (press release)"
    opening = "Sen. Harry Reid (D-Nev.) spoke today.\n"
    said = (
        "I wrote to Disney today. That Disney would promote this misguided programming to "
        "children is a disgrace.\n"
    )
    expected = {("Harry Reid", "criticizes", "Disney")}
    assert run(extractor, opening + said, outlet=outlet)[1] == expected
    # the same words as the release's narration (no "I"), or with no author: nobody's judgement
    narrated = said.replace("I wrote to Disney today. ", "")
    assert run(extractor, opening + narrated, outlet=outlet)[1] == set()
    assert run(extractor, opening + said)[1] == set()
    # a paragraph with a quotation in it is the narrator's report of that speech: the
    # quotation's speaker judges, not the author
    quoted = said.replace("That Disney", 'Senator Smith said "that Disney').replace(".\n", '".\n')
    assert run(extractor, opening + quoted, outlet=outlet)[1] == {("Smith", "criticizes", "Disney")}
    # an interview transcript: the author's labelled turns are his, the interviewer's not
    turn = said.replace("I wrote to Disney today. ", "I think so. ")
    interview = f"{opening}REID: Thank you.\n{turn}HILL: Thanks.\n"
    assert run(extractor, interview, outlet=outlet)[1] == expected
    interview = f"{opening}REID: Thank you.\nHILL: Thanks.\n{turn}"
    assert run(extractor, interview, outlet=outlet)[1] == set()
    # "delivered the following remarks": the statement's paragraphs are the speaker's
    remarks = "Sen. Harry Reid (D-Nev.) delivered the following remarks today.\n" + narrated
    assert run(extractor, remarks)[1] == expected


def test_press_narrated_pronoun_is_the_office_holders(extractor: Extractor) -> None:
    # the parser hangs the senator's name on the subcommittee, so "she" finds no antecedent; in
    # the senator's own release its narration is about her (three Snowe releases, audit batches)
    text = (
        "Senate Fisheries and the Coast Guard Subcommittee Chair Olympia J. Snowe (R-Maine) "
        "today participated in a full Commerce Committee markup of the reauthorization of the "
        "Magnuson-Stevens Act, which she has co-sponsored."
    )
    outlet = "Office of Sen. Snowe (press release)"
    assert run(extractor, text, outlet=outlet)[1] == {
        ("Olympia J. Snowe", "endorses", "Magnuson-Stevens Act")
    }
    # no office holder, or a pronoun of the other gender: nobody
    assert run(extractor, text)[1] == set()
    assert run(extractor, text.replace("which she has", "which he has"), outlet=outlet)[1] == set()


def test_press_votes_are_stances(extractor: Extractor) -> None:
    text = (
        "Last year, Sen. Norm Coleman voted in favor of the Deficit Reduction Act. "
        "Sen. Olympia Snowe voted to confirm Michael Hayden. "
        "Sen. Ron Wyden voted for the Clean Air Act. "
        "Republicans voted to repeal the Estate Tax Act."
    )
    assert run(extractor, text)[1] == {
        ("Norm Coleman", "endorses", "Deficit Reduction Act"),
        ("Olympia Snowe", "endorses", "Michael Hayden"),
        ("Ron Wyden", "endorses", "Clean Air Act"),
        ("Republican Party", "opposes", "Estate Tax Act"),
    }
    # refused, negated or future votes are no stance yet
    text = (
        "Sen. Norm Coleman refused to vote for the Deficit Reduction Act. "
        "Sen. Olympia Snowe did not vote to confirm Michael Hayden. "
        "Sen. Ron Wyden will vote for the Clean Air Act."
    )
    assert run(extractor, text)[1] == set()


def test_press_passage_and_nomination_of_stand_for_their_object(extractor: Extractor) -> None:
    text = (
        "Sen. George Allen today praised passage of the Tobacco Quota Buyout Act. "
        "Sen. Bill Frist hailed the appointment of Michael Butler to the foundation. "
        "Sen. Carl Levin opposed the nomination of Judge Henry Saad."
    )
    assert run(extractor, text)[1] == {
        ("George Allen", "endorses", "Tobacco Quota Buyout Act"),
        ("Bill Frist", "endorses", "Michael Butler"),
        ("Carl Levin", "opposes", "Henry Saad"),
    }
    # a passage of something no entity names is nobody's
    assert run(extractor, "Sen. Carl Levin praised passage of a provision.")[1] == set()


def test_press_narrated_pronoun_is_nobody_where_the_author_says_i(extractor: Extractor) -> None:
    # a release's narration "he" is its office holder, but not in a sentence where the author
    # speaks as "I": that "he" is someone else (Hatch's floor statement on a nominee, fresh29)
    opening = (
        "Senator Orrin Hatch spoke on the floor on Tuesday.\n"
        "The nominee has a wealth of experience. "
    )
    outlet = "Office of Sen. Hatch (press release)"
    narrated = opening + "He supports the Clean Air Act."
    assert run(extractor, narrated, outlet=outlet)[1] == {
        ("Orrin Hatch", "endorses", "Clean Air Act")
    }
    for spoken in (
        "I know that he supports the Clean Air Act.",
        "I am glad he supports the Clean Air Act.",
    ):
        assert run(extractor, opening + spoken, outlet=outlet)[1] == set()
