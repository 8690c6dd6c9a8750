"""Stances on measures named by their act (``act_measures``: "a ban on smoking in public
places", "an upper limit on the number of people"): its maker backs a measure it imposes,
introduces, proposes or promises, and a call for it is its caller's backing
(``patterns/relations_measures37.jsonl``). Sentences in the style of the fresh samples' BBC and
allsides articles (written for these tests)."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor

BAN = "an all-out ban on smoking in public places"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"The Scottish Executive considered a range of options but agreed unanimously to "
            f"introduce {BAN}.",
            ("Scottish Executive", "endorses", BAN),
        ),
        (
            "The Tories have promised an upper limit on the number of people.",
            ("Conservative Party", "endorses", "an upper limit on the number of people"),
        ),
        (
            "Rep. Paul Ryan has proposed a partial privatization of the entitlement.",
            ("Paul Ryan", "endorses", "a partial privatization of the entitlement"),
        ),
        (
            "Senator Robert Sarvis calls for the legalization of marijuana.",
            ("Robert Sarvis", "endorses", "the legalization of marijuana"),
        ),
        (
            "Speaker Paul Ryan denounced Donald Trump's call for a ban on travel by Muslims.",
            ("Donald Trump", "endorses", "a ban on travel by Muslims"),
        ),
    ],
)
def test_the_maker_or_caller_of_a_measure_backs_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        f"Senator John Smith did not propose {BAN}.",
        f"Senator John Smith refused to introduce {BAN}.",
        f"Senator John Smith may propose {BAN}.",
        f"Senator John Smith warned that Labour would impose {BAN}.",
    ],
)
def test_a_denied_or_possible_making_is_no_backing(extractor: Extractor, text: str) -> None:
    assert not any(asserted and obj == BAN for _, _, obj, asserted in flagged(extractor, text))


def test_a_call_for_a_measure_to_be_lifted_is_no_backing(extractor: Extractor) -> None:
    """ "called for the ban ... to be lifted" is the caller's opposition (lexical32's rules)."""
    found = edges(extractor, "Senator John Smith called for the ban on smoking to be lifted.")
    assert not any(rel == "endorses" and "ban" in obj for _, rel, obj in found)


def test_a_plan_described_by_its_aim_stays_out_of_authorship(extractor: Extractor) -> None:
    """ "authored a plan to ban ...": a described plan, a political line as often as a measure
    (``authorship_rules``; a bill so told is reached since session 40, ``authored_bills``); only
    a measure named by its act is reached."""
    found = edges(extractor, "Senator John Smith authored a plan to ban smoking in bars.")
    assert not any(subj == "John Smith" for subj, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Hill asked whether the Lib Dems would match Labour's promise to spend pounds "
            "42bn on council homes.",
            ("Labour Party", "endorses", "Labour's promise to spend pounds 42bn on council homes"),
        ),
        (
            "Jeb Bush has pushed back on President Barack Obama's decision to normalize "
            "relations with Cuba.",
            (
                "Barack Obama",
                "endorses",
                "President Barack Obama's decision to normalize relations with Cuba",
            ),
        ),
    ],
)
def test_the_maker_of_a_decision_or_promise_to_act_backs_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    """The possessive says the owner decided or promised it (``plan_stances._makers``),
    whether or not anyone else takes a stance on it."""
    assert expected in edges(extractor, text)


def test_a_plan_named_by_its_owner_alone_is_no_backing(extractor: Extractor) -> None:
    """ "Ryan's proposal" may be dropped or disowned: only a stance on it says its owner backs
    it (``_owners``), not the possessive."""
    found = edges(extractor, "Reporters asked about Paul Ryan's proposal to cut Medicare.")
    assert not any(subj == "Paul Ryan" for subj, _, _ in found)


def test_a_name_cut_before_the_acts_object_is_no_backing(extractor: Extractor) -> None:
    """ "Comey's decision to reopen, briefly, the probe": the name ends at the verb, which says
    too little to be backed (``plan_stances._told_in``)."""
    found = edges(
        extractor,
        "He was helped by FBI Director James Comey's decision to reopen, briefly, the probe "
        "into Clinton's use of a private email server.",
    )
    assert not any(subj == "James Comey" for subj, _, _ in found)
