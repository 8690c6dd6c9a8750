"""Plans and bills the text names by lower-case words before the head ("the stimulus bill", "the
national emergency declaration"): descriptive_actors.labelled (session 31, bills31)."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document

# Sentences in the style of the allsides and Senate press corpora (written for these tests).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Chuck Grassley criticized the national emergency declaration on Friday.",
            ("Chuck Grassley", "criticizes", "national emergency declaration"),
        ),
        (
            "Senator Mitch McConnell opposes the CIA interrogation program.",
            ("Mitch McConnell", "opposes", "CIA interrogation program"),
        ),
        (
            "Democrats criticized the tax bill as a giveaway to the rich.",
            ("Democratic Party", "criticizes", "tax bill"),
        ),
    ],
)
def test_a_labelled_plan_is_an_object(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # no particular bill
        "Senator Chuck Schumer opposes a tax bill that cuts Medicaid.",
        # a party's plan: its owner's
        "Senator Chuck Schumer criticized the Republican tax plan.",
        # an adjective alone names nothing
        "Senator Chuck Schumer criticized the new bill.",
        # a plural
        "Senator Chuck Schumer criticized the spending bills.",
        # a headline
        "SCHUMER CRITICIZES THE TAX BILL",
    ],
)
def test_no_labelled_plan(extractor: Extractor, text: str) -> None:
    result = extractor.process(Document(id="d", text=text))
    names = [e.name for e in result.entities if e.type == "Legislation"]
    assert "tax bill" not in names and "new bill" not in names and "spending bills" not in names
    assert "tax plan" not in names and "Republican tax plan" not in names


# bills32: "the bill" after a label is the labelled bill, when that label is the nearest bill
# mention before it (allsides QXOaJ1, an audit article, shortened)
TAX_BILL = (
    "The tax bill was expected to add at least $1 trillion to the national debt over 10 years. "
    "For months, President Donald Trump has touted the bill as a middle-class tax cut."
)


def test_the_bill_after_a_label_is_the_labelled_bill(nlp):
    assert ("Donald Trump", "endorses", "tax bill") in edges(Extractor(nlp), TAX_BILL)


def test_the_bill_after_a_label_of_another_noun_stays_unresolved(nlp):
    text = TAX_BILL.replace("For months", "The spending plan was dropped. For months")
    assert not [e for e in edges(Extractor(nlp), text) if e[0] == "Donald Trump"]


def test_his_bill_is_the_bill_described_just_before(nlp):
    # allsides 8h7Yt, an audit article, shortened (bills32)
    text = (
        "In 1993, Senator Harry Reid introduced a bill that would have gotten rid of birthright "
        "citizenship for children of illegal immigrants born in the United States. Reid later "
        "referred to his bill as a \u201ctravesty\u201d and the \u201clow point\u201d of his "
        "career."
    )
    bill = (
        "a bill that would have gotten rid of birthright citizenship for children of illegal "
        "immigrants born in the United States"
    )
    assert ("Harry Reid", "criticizes", bill) in edges(Extractor(nlp), text)


# measures39: a label of capitalised names alone ("the AgJOBS bill", "the AFG program") names the
# measure too (fresh28-senate_press Feinstein448, shortened; the others written for these tests)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Senator Dianne Feinstein said: "I rise today to express my opposition to the AgJOBS '
            'bill as it is currently drafted."',
            ("Dianne Feinstein", "opposes", "AgJOBS bill"),
        ),
        (
            "Senator Barbara Mikulski supports the AFG program.",
            ("Barbara Mikulski", "endorses", "AFG program"),
        ),
    ],
)
def test_a_label_of_names_is_a_measure(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's, party's or body's plan is its owner's
        ("Senator Chuck Schumer criticized the Obama plan.", "Obama plan"),
        ("Senator Chuck Schumer criticized the Senate bill.", "Senate bill"),
        # a month says when, not which
        ("Senator Chuck Schumer criticized the January budget plan.", "January plan"),
        # a broadcast's show, no measure
        ("The MSNBC program reported that Trump will not pursue investigations.", "MSNBC program"),
        ("He made his comments on the BBC's flagship Today programme.", "Today programme"),
    ],
)
def test_no_label_of_names(extractor: Extractor, text: str, name: str) -> None:
    result = extractor.process(Document(id="d", text=text))
    assert name not in [e.name for e in result.entities if e.type == "Legislation"]


def test_a_labelled_bill_stays_a_rival_of_the_named_bill(nlp):
    # as fresh28-senate_press Feinstein448 (written for this test): "the bill" after "the AgJOBS
    # bill" is not the Act named before it, as when no entity held the AgJOBS bill
    text = (
        "Senator Mike Enzi introduced the Clean Water Restoration Act in March. On Tuesday the "
        "Senate took up the AgJOBS bill. Senator Tom Coburn opposed the bill."
    )
    found = edges(Extractor(nlp), text)
    assert ("Tom Coburn", "opposes", "Clean Water Restoration Act") not in found
