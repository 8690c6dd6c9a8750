"""Structures of Senate press releases (and legislative news): bills named for their sponsors
with hyphens, acts a body carries out on a bill or nominee, criticism aimed at a bill."""

from __future__ import annotations

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "bill"),
    [
        (
            "Senator Olympia Snowe is a cosponsor of the Magnuson-Stevens Act.",
            "Magnuson-Stevens Act",
        ),
        ("Senator Olympia Snowe supports the Gramm-Leach-Bliley Act.", "Gramm-Leach-Bliley Act"),
        (
            "Senator Pete Domenici was an original cosponsor of the Native American Housing "
            "Assistance and Self-Determination Act.",
            "Native American Housing Assistance and Self-Determination Act",
        ),
    ],
)
def test_hyphenated_bill_names_stay_whole(extractor: Extractor, text: str, bill: str) -> None:
    found = edges(extractor, text)
    assert {o for _, r, o in found if r == "endorses"} == {bill}


def test_a_bodys_act_on_a_bill_or_nominee_is_about_them(extractor: Extractor) -> None:
    text = "Sen. Olympia J. Snowe today applauded the Senate's confirmation of Judge John Roberts."
    assert edges(extractor, text) == {("Olympia J. Snowe", "endorses", "John Roberts")}
    text = "Sen. Olympia J. Snowe praised the Senate's passage of the Energy Policy Act."
    assert edges(extractor, text) == {("Olympia J. Snowe", "endorses", "Energy Policy Act")}
    # a person's act stays the person's: praising it backs the person
    text = "Sen. Olympia J. Snowe praised President George Bush's nomination of John Roberts."
    assert ("Olympia J. Snowe", "endorses", "John Roberts") not in edges(extractor, text)


def test_criticism_of_a_bill_is_criticism(extractor: Extractor) -> None:
    text = "Senator Dianne Feinstein criticized the National Uniformity for Food Act."
    assert edges(extractor, text) == {
        ("Dianne Feinstein", "criticizes", "National Uniformity for Food Act")
    }
    text = "Senator Dianne Feinstein did not criticize the National Uniformity for Food Act."
    assert flagged(extractor, text) == {
        ("Dianne Feinstein", "criticizes", "National Uniformity for Food Act", False)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ted Kennedy signed on as a cosponsor of the Healthy Families Act.",
        "Senator Ted Kennedy joined Senator Olympia Snowe as an original cosponsor of the "
        "Healthy Families Act.",
        "Senator Ted Kennedy was among the cosponsors of the Healthy Families Act.",
    ],
)
def test_joining_as_or_being_among_the_cosponsors(extractor: Extractor, text: str) -> None:
    assert ("Ted Kennedy", "endorses", "Healthy Families Act") in edges(extractor, text)


def test_not_among_the_cosponsors_and_joining_as_no_stance(extractor: Extractor) -> None:
    text = "Senator Ted Kennedy was not among the cosponsors of the Healthy Families Act."
    assert not edges(extractor, text)
    assert not edges(extractor, "Senator Ted Kennedy joined the Senate as a freshman in 1962.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1992, with the Libertarian Party's backing, Jo Jorgensen ran for public office.",
            {("Libertarian Party", "endorses", "Jo Jorgensen", True)},
        ),
        (
            "The Healthy Families Act passed the Senate with the support of Senator Ted Kennedy.",
            {("Ted Kennedy", "endorses", "Healthy Families Act", True)},
        ),
        # modality of the act: a hypothetical run is no backing yet
        (
            "Jo Jorgensen would run with the support of the Libertarian Party.",
            {("Libertarian Party", "endorses", "Jo Jorgensen", False)},
        ),
        # little or no support is none
        ("Jo Jorgensen ran with little support from the Libertarian Party.", set()),
        ("Jo Jorgensen ran without the support of the Libertarian Party.", set()),
    ],
)
def test_backing_as_the_circumstance_of_an_act(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    assert flagged(extractor, text) == expected
