"""Amendments named by their sponsors (session 29, docs/senate-recall.md "Session 29"): an
amendment the text tells by its sponsors ("offered by", "co-sponsored by") is named for them,
a sponsor's surname with an inner capital names one ("the DeMint amendment"), and "the bill"
beside "the original" act is the bill the release introduces. Sentences from Senate releases of
the audit batches and the session-28 fresh sample, shortened."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document


def _bills(nlp, text: str) -> list[str]:
    result = Extractor(nlp).process(Document(id="d", text=text))
    return [e.name for e in result.entities if e.type == "Legislation"]


def test_an_amendment_told_by_its_sponsors_is_named_for_them(nlp):
    text = (
        "Without the amendment, co-sponsored by U.S. Senators Dianne Feinstein (D-Calif.) and "
        "Kay Bailey Hutchison (R-Texas), seniors in eight states would be at risk. The amendment "
        "was endorsed by the American Medical Association."
    )
    assert "Feinstein-Hutchison amendment" in _bills(nlp, text)
    found = edges(Extractor(nlp), text)
    assert ("Dianne Feinstein", "endorses", "Feinstein-Hutchison amendment") in found
    assert ("American Medical Association", "endorses", "Feinstein-Hutchison amendment") in found


def test_an_amendment_offered_by_a_group_is_no_ones_amendment(nlp):
    text = (
        "Senate Majority Leader Mitch McConnell tabled the amendment offered by Senate Democrats "
        "and the National Rifle Association."
    )
    assert not any(name.endswith("amendment") for name in _bills(nlp, text))


def test_a_supporters_amendment_is_not_named_for_them(nlp):
    text = "Sen. Tim Johnson voted for an amendment supported by Senator Max Baucus (D-MT)."
    assert "Baucus amendment" not in _bills(nlp, text)


def test_a_surname_with_an_inner_capital_names_an_amendment(nlp):
    text = (
        "Sen. Jim DeMint (R-South Carolina) welcomed the vote. The amendment offered by Senator "
        "Daniel K. Inouye (D-Hawaii) only received 58 votes while the DeMint amendment received "
        "94 votes."
    )
    bills = _bills(nlp, text)
    assert "DeMint amendment" in bills
    assert "Inouye amendment" in bills


def test_the_bill_is_the_introduced_one_not_the_original_act(nlp):
    text = (
        "Senator Dianne Feinstein has introduced legislation to address a problem with the "
        "Combat Methamphetamine Epidemic Act. Senator Feinstein was the lead sponsor of the "
        "original Combat Meth Act, which limited sales. The Combat Methamphetamine Enhancement "
        "Act, introduced yesterday evening, would improve the self-certification process. The "
        "bill is co-sponsored by Senators Max Baucus (D-Mont.) and Barbara Boxer (D-Calif.)."
    )
    found = edges(Extractor(nlp), text)
    assert ("Max Baucus", "endorses", "Combat Methamphetamine Enhancement Act") in found
    assert ("Barbara Boxer", "endorses", "Combat Methamphetamine Enhancement Act") in found
    assert ("Max Baucus", "endorses", "Combat Meth Act") not in found
