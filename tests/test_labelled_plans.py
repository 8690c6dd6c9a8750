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
