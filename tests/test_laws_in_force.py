"""Laws in force at a document's date are no referent of its bill nouns (laws_in_force.py,
session 33): "A bill introduced Thursday" is not the Freedom of Information Act the text cites,
unless the sentence tells the law's own passage ("backed the bill in 1965"), and an undated
text is read as before."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.extract.laws_in_force import enacted, title_year
from polkg.model import EntityRecord

# audit batch article ddr4J6Zo5QBEYBEw (allsides, 2016-11-19), its sentences in another order
CLARK = (
    "Democrats are trying to make points through legislation, too. A bill introduced Thursday "
    "by Massachusetts Rep. Katherine Clark, for example, would require both the president and "
    "vice president to put all their assets in a certified blind trust. Last Monday, American "
    "Bridge filed Freedom of Information Act requests for records involving Trump's campaign."
)
FOIA = ("Katherine Clark", "endorses", "Freedom of Information Act")
# audit batch article tidaHn0meursjvpd (allsides, 2017-08-23)
RASKIN = (
    "Rep. Jamie Raskin, D-Md., a former constitutional law professor at American University, "
    "sponsored legislation in April that would set up an independent commission. \"It's as if "
    'doctors have left their practices due to the Obamacare disaster," White House press '
    "secretary Sarah Sanders said."
)


def test_a_new_bill_is_no_law_in_force(extractor: Extractor) -> None:
    assert FOIA not in edges(extractor, CLARK, date="2016-11-19")
    assert ("Jamie Raskin", "endorses", "Obamacare") not in edges(
        extractor, RASKIN, date="2017-08-23"
    )


def test_an_undated_text_reads_its_one_law_as_before(extractor: Extractor) -> None:
    assert FOIA in edges(extractor, CLARK)


def test_a_law_year_before_the_text_leaves_its_bill(extractor: Extractor) -> None:
    """A named year ("of 2014") makes a law in force as the list does, once the bill of
    that year can no longer be pending."""
    text = (
        "The Border Schools Act of 2014 funds schools near the border. Senator John Cornyn "
        "introduced a bill on Tuesday."
    )
    edge = ("John Cornyn", "endorses", "Border Schools Act of 2014")
    assert edge in edges(extractor, text, date="2015-05-17")  # a title's year: maybe pending
    assert edge not in edges(extractor, text, date="2019-05-17")


def test_a_sentence_telling_the_passage_keeps_the_law(extractor: Extractor) -> None:
    text = (
        "The Foreign Sovereign Immunities Act of 1976 shields nations from lawsuits. Senator "
        "Chuck Schumer supported the bill in 1976."
    )
    law = "Foreign Sovereign Immunities Act of 1976"
    assert ("Chuck Schumer", "endorses", law) in edges(extractor, text, date="2016-05-17")


def test_enacted_years() -> None:
    def law(name: str, *aliases: str) -> EntityRecord:
        return EntityRecord(name=name, type="Legislation", aliases=list(aliases))

    assert enacted(law("Obamacare")) == 2010
    assert enacted(law("the Freedom of Information Act")) == 1966
    assert enacted(law("Energy Policy Act of 2005")) is None
    assert title_year(law("Energy Policy Act of 2005")) == 2005
    assert title_year(law("1996 Telecommunications Act")) == 1996
    assert title_year(law("Terrorism Act 2000")) == 2000
    assert title_year(law("Clean Water Restoration Act", "S. 1870")) is None


def test_the_year_after_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    """One reading of a title's year for laws_in_force and title_years: "of 2005" or a bare
    year, never a year a number follows; title_years asks for the preposition."""
    from polkg.extract.laws_in_force import year_after

    doc = nlp("the Energy Policy Act of 2005 passed and the Terrorism Act 2000 stands.")
    act = [t.i for t in doc if t.text == "Act"]
    assert year_after(doc, act[0] + 1) == ("of", 2005)
    assert year_after(doc, act[0] + 1, bare=False) == ("of", 2005)
    assert year_after(doc, act[1] + 1) == ("", 2000)
    assert year_after(doc, act[1] + 1, bare=False) is None
    doc = nlp("the Act of 2005 12 times")
    assert year_after(doc, 2) is None
