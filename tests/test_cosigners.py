"""Who "we" and "they" are when several people say something together, and the given names and
generic nouns the reference layer resolves (polkg/extract/references.py, quotes.py)."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

# Sentences in the style of the Senate press releases and allsides articles (written for these
# tests).

LETTER = (
    "Following is the text of the letter sent by Senators Dianne Feinstein and Barbara Boxer "
    "to Senators Bill Frist and Harry Reid:\n"
    '"We are writing to express our opposition to H.R. 4167, the National Uniformity for '
    'Food Act."'
)


def test_a_letter_sent_by_two_senators_is_said_by_both(extractor: Extractor) -> None:
    found = edges(extractor, LETTER)
    assert ("Dianne Feinstein", "opposes", "H.R. 4167") in found
    assert ("Barbara Boxer", "opposes", "H.R. 4167") in found
    assert not any(s in ("Bill Frist", "Harry Reid") for s, _r, _o in found)  # addressees


def test_they_wrote_after_a_coordinated_subject_is_every_signer(extractor: Extractor) -> None:
    text = (
        "Chuck Schumer, Cory Booker and Kamala Harris sent a letter to Mitch McConnell on "
        "Tuesday.\n"
        '"We strongly oppose Ted Cruz," they wrote.'
    )
    found = edges(extractor, text)
    for signer in ("Chuck Schumer", "Cory Booker", "Kamala Harris"):
        assert (signer, "opposes", "Ted Cruz") in found
    assert not any(s == "Mitch McConnell" for s, _r, _o in found)


def test_they_after_a_mixed_subject_stays_unresolved(extractor: Extractor) -> None:
    # a party among the subjects: who "they" are is not only these persons
    text = (
        "Chuck Schumer and the Democrats sent a letter to Mitch McConnell on Tuesday.\n"
        '"We strongly oppose Ted Cruz," they wrote.'
    )
    assert not any(s == "Chuck Schumer" for s, _r, _o in edges(extractor, text))


def test_they_after_other_narration_stays_unresolved(extractor: Extractor) -> None:
    # "they" after narration of its own sentence may be anyone named there
    text = (
        "Chuck Schumer and Cory Booker sent a letter to Mitch McConnell on Tuesday. "
        "On Wednesday the protesters said they strongly oppose Ted Cruz."
    )
    assert not any(s in ("Chuck Schumer", "Cory Booker") for s, _r, _o in edges(extractor, text))


def test_we_in_one_speakers_quote_counts_the_speaker_in(extractor: Extractor) -> None:
    text = '"We strongly oppose Ted Cruz," Senator Tom Harkin said on Tuesday.'
    assert ("Tom Harkin", "opposes", "Ted Cruz") in edges(extractor, text)


def test_we_outside_a_quote_is_nobody(extractor: Extractor) -> None:
    text = "Senator Tom Harkin spoke on Tuesday. We strongly oppose Ted Cruz."
    assert not any(s == "Tom Harkin" for s, _r, _o in edges(extractor, text))


def test_a_policy_noun_is_never_a_named_act(extractor: Extractor) -> None:
    text = (
        "Under the Children Act, councils must protect children. Andrew Hogg, a spokesman "
        'for the Medical Foundation, said: "We strongly oppose the scheme."'
    )
    assert not any(o == "Children Act" for _s, _r, o in edges(extractor, text))


def test_a_given_name_is_its_main_bearer(extractor: Extractor) -> None:
    text = (
        "President Bush nominated Tom Griffith to the D.C. Circuit. Griffith served as Senate "
        "Legal Counsel, and Griffith worked with Senate Democratic Leader Tom Daschle. Griffith "
        'has wide support. According to David Kendall, "We support Tom and believe he will be '
        'an excellent judge."'
    )
    found = edges(extractor, text)
    assert ("David Kendall", "endorses", "Tom Griffith") in found
    assert ("David Kendall", "endorses", "Tom Daschle") not in found


def test_a_given_name_before_its_rare_namesake_is_the_main_bearer(extractor: Extractor) -> None:
    # the one "Tom" named so far, named in full far more often than the "Tom Daschle" to come
    text = (
        "President Bush nominated Tom Griffith to the D.C. Circuit. Richard Wiley wrote that "
        '"Tom is an outstanding lawyer." Tom Griffith served as Senate Legal Counsel. '
        "Tom Griffith is respected, and Tom Griffith worked with Senate Democratic Leader "
        "Tom Daschle."
    )
    assert ("Richard Wiley", "endorses", "Tom Griffith") in edges(extractor, text)
    # named as often as the other bearer, he is not the main one yet
    even = text.replace("Tom Griffith served", "Tom Daschle served").replace(
        "Tom Griffith is respected", "Tom Daschle is respected"
    )
    assert not any(s == "Richard Wiley" for s, _r, _o in edges(extractor, even))


def test_a_given_name_of_two_equal_bearers_stays_unresolved(extractor: Extractor) -> None:
    text = (
        "Tom Griffith and Tom Daschle spoke on Tuesday. "
        'According to David Kendall, "We support Tom."'
    )
    assert not any(s == "David Kendall" for s, _r, _o in edges(extractor, text))


def test_they_after_a_plural_title_listing_names_is_every_person_listed(
    extractor: Extractor,
) -> None:
    # the parser makes "Senators" the subject with the names its apposition, or leaves "Reps."
    # unattached: the persons listed are still who "they" are (plurals.json listing_titles)
    for opening in ("Senators Tom Harkin and Chuck Grassley", "Reps. Peter DeFazio and David Wu"):
        text = (
            f"{opening} sent a letter to the FDA on Monday. "
            "They criticized Michael Leavitt for the delay."
        )
        found = edges(extractor, text)
        for listed in opening.split(" ", 1)[1].split(" and "):
            assert (listed, "criticizes", "Michael Leavitt") in found


SIGNED = (
    "Dear Chairman Bingaman:\n"
    "We write to express our strong support for the nomination of John Roberts.\n"
    "Sincerely,\n"
)


def test_we_of_a_letter_several_persons_sign_is_every_signer(extractor: Extractor) -> None:
    # outside quotations a letter's "we" is its signers, name line under name line, title
    # lines between them (authors.json signature_title_words)
    text = SIGNED + "Christopher Dodd\nJoseph I. Lieberman\nUnited States Senator\n"
    found = edges(extractor, text)
    assert ("Christopher Dodd", "endorses", "John Roberts") in found
    assert ("Joseph I. Lieberman", "endorses", "John Roberts") in found
    assert not any(s == "Jeff Bingaman" for s, _r, _o in found)  # the addressee


def test_we_of_a_letter_one_person_signs_stays_unresolved(extractor: Extractor) -> None:
    # one signer's "we" may be his office, his state or his party: nobody
    assert not any(
        s == "Christopher Dodd" for s, _r, _o in edges(extractor, SIGNED + "Christopher Dodd\n")
    )
