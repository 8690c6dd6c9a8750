"""Charges of misconduct in reported clauses and quotations (``cues_quotes.json``
``disparaging_verbs``, session 25's misconduct verbs) and an attempt at one ("is trying to
exploit", ``attempt_verbs``) or a failed duty ("failed to act", ``failure_verbs``): the speaker
criticizes the verb's subject."""

from __future__ import annotations

import pytest
from rule_edges import flagged, positive_and_unasserted

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # reported clauses (audit batches 11 and 3)
        (
            "Justin Amash said Wednesday that Donald Trump abused the public trust by soliciting "
            "the aid of a foreign power.",
            ("Justin Amash", "Donald Trump"),
        ),
        (
            "Trey Gowdy said Reince Priebus had overstepped his expertise.",
            ("Trey Gowdy", "Reince Priebus"),
        ),
        # a quotation (audit batch 10)
        (
            '"The Democrats have exploited the Intelligence Committee for political purposes," '
            "Devin Nunes said.",
            ("Devin Nunes", "Democratic Party"),
        ),
        # an attempt at a misconduct is the charge, not a hedge (the allsides recall sample)
        (
            "Mitch McConnell insisted Barack Obama is trying to exploit the student-loan deadline.",
            ("Mitch McConnell", "Barack Obama"),
        ),
        # an attempt at a verb listed before session 25
        (
            '"Donald Trump is trying to cheat in that election," Jerrold Nadler said.',
            ("Jerrold Nadler", "Donald Trump"),
        ),
        # a failed duty ("X failed to V", ``failure_verbs``, session 36): in a quotation
        (
            '"Congress failed to act," Senator Elizabeth Warren added.',
            ("Elizabeth Warren", "Congress"),
        ),
        # ... and in reported clauses (the fresh BBC sample: Vince Cable on the chancellor)
        (
            'Vince Cable said Chancellor Gordon Brown had failed to deal with the "looming '
            'problems" of revaluation.',
            ("Vince Cable", "Gordon Brown"),
        ),
        (
            "President Donald Trump said Attorney General Jeff Sessions failed to take control "
            "of the Justice Department.",
            ("Donald Trump", "Jeff Sessions"),
        ),
    ],
)
def test_a_charge_of_misconduct_criticizes_the_subject(
    extractor: Extractor, text: str, edge: tuple[str, str]
) -> None:
    speaker, target = edge
    asserted, _ = positive_and_unasserted(extractor, text)
    assert (speaker, "criticizes", target) in asserted


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # denied
        (
            "Doug Collins said Donald Trump did not try to obstruct the investigation.",
            "Donald Trump",
        ),
        # a failed outcome is no failed duty (``unmet_outcomes``)
        ('"Mitt Romney failed to win the nomination," Senator John McCain said.', "Mitt Romney"),
        ("Senator Lindsey Graham said the FBI failed to find any significant evidence.", "FBI"),
        # a failed duty denied, conditional, asked
        ('"Jeff Sessions never failed to act," Senator John McCain said.', "Jeff Sessions"),
        ('"If Jeff Sessions fails to act, we will," Senator John McCain said.', "Jeff Sessions"),
        ('"Did Jeff Sessions fail to act?" Senator John McCain asked.', "Jeff Sessions"),
        # the speaker does not think it will happen
        (
            "Rand Paul said he doesn't think President Barack Obama will abuse the power.",
            "Barack Obama",
        ),
    ],
)
def test_a_denied_charge_is_not_asserted(extractor: Extractor, text: str, target: str) -> None:
    asserted, _ = positive_and_unasserted(extractor, text)
    assert not any(rel == "criticizes" and obj == target for _, rel, obj in asserted)


def test_meddling_is_left_out() -> None:
    """ "Meddle" and "interfere" mostly report an intelligence finding, not a judgement: they
    stay out of the list (a guard: adding them makes the finding a criticism)."""
    from polkg.extract.quotes import quote_lexicon

    verbs = quote_lexicon()["disparaging_verbs"]
    assert {"meddle", "interfere"}.isdisjoint(verbs)
    assert {"violate", "abuse", "exploit", "overstep", "usurp"} <= verbs


def test_a_finding_reported_as_a_plain_fact_is_no_charge(extractor: Extractor) -> None:
    text = "Mark Warner said Russia meddled in the 2016 election."
    assert not any(t[1] == "criticizes" for t in flagged(extractor, text))


def test_a_clause_reported_inside_another_is_the_inner_speakers(extractor: Extractor) -> None:
    """The nearer speech verb's own subject says the inner clause (reporting_speakers
    ``inner_reporter``, audit batch 9): the Board reports what a ruling said."""
    text = (
        "The National Labor Relations Board on Tuesday said it will ask the Supreme Court to "
        "overturn a lower-court ruling that said Barack Obama lied."
    )
    assert not any(t[1] == "criticizes" for t in flagged(extractor, text))


def test_the_same_speaker_may_report_his_own_words(extractor: Extractor) -> None:
    asserted, _ = positive_and_unasserted(
        extractor, "Donald Trump said he told reporters that James Comey lied."
    )
    assert ("Donald Trump", "criticizes", "James Comey") in asserted


def test_a_letters_addressee_is_asked_not_asking(extractor: Extractor) -> None:
    """The addressee of a letter that the parser made the subject of the participle after it
    ("sent a letter today to President George W. Bush asking that ...", ``syntax.
    addressed_gerund``) is asked; the letter asks, and its sender charges the failed duty
    (Cantwell's release of 16 June 2004, session 36's one wrong failed-duty edge)."""
    text = (
        "Sen. Maria Cantwell (D-WA) sent a letter today to President George W. Bush asking that "
        "he do everything possible to provide relief to Washington state consumers who have "
        "been gouged by Enron while the Federal Energy Regulatory Commission (FERC) failed to "
        "protect them from Enron's market manipulation."
    )
    found = flagged(extractor, text)
    assert ("Maria Cantwell", "criticizes", "Federal Energy Regulatory Commission", True) in found
    assert not any(s == "George W. Bush" for s, *_ in found)


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        # an "on" phrase of what the subject failed at (recall-wikinews wn2019_137)
        (
            'Trump responded to the ruling via Twitter: "The Radical Left Democrats have failed '
            'on all fronts, so now they are pushing local prosecutors to go get President Trump."',
            ("Donald Trump", "criticizes", "Democratic Party"),
        ),
        # a degree adverb, in a reported clause
        (
            "Mitt Romney said Barack Obama has failed miserably on the economy.",
            ("Mitt Romney", "criticizes", "Barack Obama"),
        ),
        # those the subject failed (bbc_politics_375's form)
        (
            'SNP leader Alex Salmond said Gordon Brown had failed the "tartan test".',
            ("Alex Salmond", "criticizes", "Gordon Brown"),
        ),
    ],
)
def test_a_failure_without_a_to_clause(extractor: Extractor, text: str, edge: tuple) -> None:
    asserted, _ = positive_and_unasserted(extractor, text)
    assert edge in asserted


@pytest.mark.parametrize(
    "text",
    [
        # an outcome not reached ("in his bid"), a failure denied, the speaker's own
        '"Jeb Bush failed in his bid for the nomination," Donald Trump said.',
        '"Barack Obama has not failed the country," Mitt Romney said.',
        '"The bill failed in the Senate," Senator Mitt Romney said.',
    ],
)
def test_a_failure_without_a_to_clause_not_asserted(extractor: Extractor, text: str) -> None:
    asserted, _ = positive_and_unasserted(extractor, text)
    assert not any(t[1] == "criticizes" for t in asserted)
