"""Mechanisms behind the wrong edges of audit batch 11 (gold/README.md, "Batch 11"), on small
texts written for them: each wrong reading makes no edge (or another, right one), its true twin
still makes its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "nor" negates its own conjunct
        (
            "Speaker Paul Ryan and Senate Majority Leader Mitch McConnell have not endorsed the "
            "idea of a second probe nor criticized Robert Mueller.",
            set(),
        ),
        (
            "Senate Majority Leader Mitch McConnell has endorsed the idea of a second probe and "
            "criticized Robert Mueller.",
            {("Mitch McConnell", "criticizes", "Robert Mueller")},
        ),
        # a lead "by 15 points" is a poll's, no criticism
        (
            "Donald Trump campaigned in Iowa.\n\nA Marist poll released Thursday showed Hillary "
            "Clinton pummeling him by 15 points, 48-33.",
            set(),
        ),
        (
            "Donald Trump campaigned in Iowa.\n\nOn Thursday Hillary Clinton pummeled him over "
            "his tax returns.",
            {("Hillary Clinton", "criticizes", "Donald Trump")},
        ),
        # the accusative subject of a small clause is never the matrix subject
        (
            "Roy Moore won the Republican primary.\n\nIn a Republican primary to fill the Senate "
            "seat vacated by Jeff Sessions, now the attorney general, Mr. Trump first endorsed "
            "Luther Strange, the choice of the party establishment, only to watch him lose to "
            "Mr. Moore, who was backed by Mr. Bannon.",
            {("Trump", "endorses", "Luther Strange"), ("Bannon", "endorses", "Roy Moore")},
        ),
        # implicit causality: the one a feeling is about did what its "after" clause says
        (
            "Donald Trump nominated William Barr to replace Attorney General Jeff Sessions, with "
            "whom the president became frustrated after he recused himself from the Russia "
            "investigation.",
            {("Jeff Sessions", "recused_from", "Russia investigation")},
        ),
        (
            "Donald Trump resented Jeff Sessions after he recused himself from the Russia "
            "investigation.",
            {("Jeff Sessions", "recused_from", "Russia investigation")},
        ),
        (
            "Jeff Sessions angered Donald Trump when he recused himself from the Russia "
            "investigation.",
            {("Jeff Sessions", "recused_from", "Russia investigation")},
        ),
        # "for" hung on the verb above the one whose object did it
        (
            "President Donald Trump spoke about Attorney General Jeff Sessions.\n\nThe president "
            "went on to attack Sessions — his own appointee — for recusing himself from the "
            "Russia investigation in March 2017.",
            {
                ("Donald Trump", "criticizes", "Jeff Sessions"),
                ("Jeff Sessions", "recused_from", "Russia investigation"),
            },
        ),
        # what others are to be coerced into is neither the coercer's nor done
        (
            "Judge Brett Kavanaugh was nominated.\n\nDemocratic activists have been hounding "
            "Senate Minority Leader Chuck Schumer to coerce Sen. Joe Manchin into falling on his "
            "sword by voting against Kavanaugh.",
            set(),
        ),
        # a description cut inside its noun phrase is no actor
        (
            "In a statement, White House Press Secretary Sarah Huckabee Sanders said Jerry Nadler "
            "had \u201copened up a disgraceful and abusive investigation into tired, false "
            "allegations already investigated by the special counsel.",
            # the judged object is Sanders' charge against Nadler (quotes37, judged_objects.py)
            {("Sarah Huckabee Sanders", "criticizes", "Jerry Nadler")},
        ),
        (
            "Chuck Schumer voted against Brett Kavanaugh.",
            {("Chuck Schumer", "opposes", "Brett Kavanaugh")},
        ),
        # a present-tense "before" clause tells a vote still to come
        (
            '"Before you vote to repeal Obamacare, every American has the right to know what you '
            'intend to replace it with," Mike Jones wrote to Kevin McCarthy.',
            set(),
        ),
        (
            "Before Kevin McCarthy voted to repeal Obamacare, he met with the president.",
            {("Kevin McCarthy", "opposes", "Obamacare")},
        ),
        # where something happens is not what is judged
        (
            "Vice President Mike Pence spoke in Michigan. \"Truthfully, friends, what's happening "
            'on Capitol Hill today is a disgrace," Pence said at an event.',
            set(),
        ),
        (
            'Vice President Mike Pence spoke in Michigan. "Truthfully, friends, what Nancy '
            'Pelosi is doing is a disgrace," Pence said at an event.',
            {("Mike Pence", "criticizes", "Nancy Pelosi")},
        ),
        # a caption's backstory is not reported; the pictured moment is
        (
            "Image copyright AFP/Getty Images Image caption Former President Barack Obama "
            "campaigned for Mr Northam in 2017\n\nRalph Northam is the governor of Virginia.",
            set(),
        ),
        (
            "Image caption Ann Trible (left), Nancy Wilson (centre), and Kay Lucien (right) "
            "travelled from Virginia to show their support for Brett Kavanaugh",
            {
                ("Nancy Wilson", "endorses", "Brett Kavanaugh"),
                ("Kay Lucien", "endorses", "Brett Kavanaugh"),
            },
        ),
        (
            "President Trump applauds Luther Strange after speaking at a campaign rally on Sept. "
            "22, 2017, in Huntsville, Ala. (Photo: Evan Vucci, AP)",
            {("Donald Trump", "endorses", "Luther Strange")},
        ),
        (
            "Former President Barack Obama campaigned for Ralph Northam in 2017.",
            {("Barack Obama", "endorses", "Ralph Northam")},
        ),
    ],
)
def test_batch11_mechanisms(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected


def test_nobody_recuses_from_his_own_investigation(extractor: Extractor) -> None:
    text = (
        "Attorney General Jeff Sessions testified. Sessions is also expected to answer questions "
        "Tuesday regarding Special Counsel Robert Mueller's investigation, which he recused "
        "himself from."
    )
    assert ("Robert Mueller", "recused_from", "Russia investigation") not in edges(extractor, text)
    assert edges(
        extractor,
        "Robert Mueller leads the Russia investigation. Attorney General Jeff Sessions recused "
        "himself from Mueller's investigation.",
    ) == {("Jeff Sessions", "recused_from", "Russia investigation")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reason after a parenthetical "X has said" explains the report, not the saying
        (
            "House Intelligence Committee Chairman Devin Nunes spoke on Sunday.\n\nAttorney "
            "General Jeff Sessions would not be a target of any contempt action by the committee, "
            "Nunes has said, because he recused himself from any investigation into charges that "
            "Russia meddled in the election.",
            {("Jeff Sessions", "recused_from", "Russia investigation")},
        ),
        # an apostrophe after an s-final name marks its possessor
        (
            "Deputy Attorney General Rod Rosenstein spoke.\n\n\u201cAttorney General Sessions had "
            "complied with a legal obligation to recuse himself from that investigation,\u201d "
            "Rosenstein said, referring to former Attorney General Jeff Sessions\u2019 decision to "
            "recuse himself from the Russia investigation due to his involvement with the Trump "
            "campaign.",
            {("Jeff Sessions", "recused_from", "Russia investigation")},
        ),
        # the possessor of a nomination to an office is the nominee, not the president
        (
            "Sen. Rand Paul flipped to endorse CIA Director Mike Pompeo after a personal appeal "
            'from President Donald Trump.\n\n"Having received assurances from President Trump '
            "and Director Pompeo that he agrees with the president on these important issues, I "
            'have decided to support his nomination to be our next Secretary of State," Paul '
            "said in a statement.",
            {("Rand Paul", "endorses", "Mike Pompeo")},
        ),
        (
            "Devin Nunes spoke on Sunday.\n\nNunes said he had recused himself from the Russia "
            "investigation.",
            {("Devin Nunes", "recused_from", "Russia investigation")},
        ),
    ],
)
def test_reports_and_nominations(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected
