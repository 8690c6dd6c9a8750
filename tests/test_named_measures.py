"""Named measures whose head is not "Act" or "Bill" (session 28, docs/senate-recall.md "Session
28: named plans"): a capitalised Plan, Program, Package, Resolution or Treaty head, a sponsor's
"resolution" or "legislation", and which generic noun may mean them. Sentences from Senate
releases of the audit batches and the session-27 fresh sample, shortened."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document


def _bills(nlp, text: str) -> list[str]:
    result = Extractor(nlp).process(Document(id="d", text=text))
    return [e.name for e in result.entities if e.type == "Legislation"]


def test_a_capitalised_program_is_a_measure_the_program_refers_to(nlp):
    text = (
        "Sen. Russ Feingold has announced that the Transportation Security Administration has "
        "implemented the Volunteer for Safe Skies Program he authored. The program, introduced "
        "by Feingold in 2001 and signed into law that year, allows first responders to register."
    )
    assert "Volunteer for Safe Skies Program" in _bills(nlp, text)
    found = edges(Extractor(nlp), text)
    assert ("Russ Feingold", "endorses", "Volunteer for Safe Skies Program") in found


def test_a_sponsors_resolution_is_a_measure(nlp):
    text = (
        "Sen. Ken Salazar is a cosponsor of the bipartisan Warner resolution, which stated in "
        "clear terms that the Senate disagrees with the President's plan."
    )
    found = edges(Extractor(nlp), text)
    assert ("Ken Salazar", "endorses", "Warner resolution") in found


def test_a_plan_naming_a_bill_is_no_measure_of_its_own(nlp):
    text = (
        "Sen. Kay Bailey Hutchison signed on as an original co-sponsor of Association Health "
        "Plan (AHP) legislation introduced this week on the Senate floor."
    )
    assert "Association Health Plan" not in _bills(nlp, text)


def test_an_organisations_program_is_no_measure(nlp):
    text = "Jane Doe, director of the Economic Studies Program at Brookings, said the rule failed."
    assert _bills(nlp, text) == []


def test_the_bill_never_means_a_named_plan(nlp):
    text = (
        "Sen. Jon Kyl said Iraqi leaders expressed cautious optimism about the new Baghdad "
        "Security Plan. Sen. Kyl introduced the Border Security Act on Monday. Sen. John Cornyn "
        "praised the bill."
    )
    found = edges(Extractor(nlp), text)
    assert ("John Cornyn", "endorses", "Border Security Act") in found


def test_sponsor_named_legislation_is_the_one_titled_bill(nlp):
    text = (
        "Sen. Ted Stevens will join Sen. Mary L. Landrieu in introducing new legislation. The "
        "First Response Broadcasters Act of 2007 would help local stations. The Landrieu-Stevens "
        "legislation would designate local stations as first response broadcasters."
    )
    bills = _bills(nlp, text)
    assert bills == ["First Response Broadcasters Act of 2007"]  # with its year (title_years)
