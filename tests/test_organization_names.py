"""Organisation names the statistical model misses (`patterns/organizations.jsonl`): a run of
capitalised proper nouns ending in an organisation head ("Persist PAC", "the Problem Solvers
Caucus"), with its "of"/"for" phrase, and a website name ("MoveOn.org"), are Organization actors;
a pattern that knows an organisation's canonical name keeps it (real-style sentences from
allsides news and Senate press releases)."""

from __future__ import annotations

from rule_edges import edges

from polkg.model import Document


def _entities(extractor, text: str) -> dict[str, str]:
    result = extractor.process(Document(id="t", text=text))
    return {e.name: e.type for e in result.entities}


def test_a_capitalised_name_with_an_organisation_head_is_an_organization(extractor):
    found = edges(extractor, "Persist PAC endorsed Elizabeth Warren in February.")
    assert ("Persist PAC", "endorses", "Elizabeth Warren") in found
    # the model reads "Caucus" as a person's name
    text = "The Problem Solvers Caucus endorsed the FASTER Act."
    assert ("Problem Solvers Caucus", "endorses", "FASTER Act") in edges(extractor, text)
    assert ("MoveOn.org", "endorses", "Bernie Sanders") in edges(
        extractor, "MoveOn.org endorsed Bernie Sanders in January."
    )


def test_the_name_keeps_its_of_phrases(extractor):
    text = (
        "Stabenow was honored by the Michigan Association of Chiefs of Police as the "
        "organization's 2004 Legislator of the Year."
    )
    assert _entities(extractor, text).get("Michigan Association of Chiefs of Police") == (
        "Organization"
    )


def test_a_super_pac_named_for_its_candidate_is_no_organisation_name(extractor):
    # "Super PAC" is what it is, not what it is called
    names = _entities(extractor, "A pro-Trump Super PAC attacked Jeb Bush.")
    assert not any(name.endswith("Super PAC") for name in names)


def test_a_known_organisation_keeps_its_canonical_name(extractor):
    text = "While the NRA demonized Obama, the National Rifle Association endorsed Mitt Romney."
    found = edges(extractor, text)
    assert ("National Rifle Association", "endorses", "Mitt Romney") in found


def test_an_organisation_named_after_a_body_is_not_the_body(extractor):
    # the model's "the Senate Conservatives Fund" lost to the body pattern "Senate"
    text = (
        "Conservative Ben Sasse of Nebraska has been showered with support and endorsements "
        "recently from former Alaska Gov. Sarah Palin, as well as the backing of FreedomWorks, "
        "the Senate Conservatives Fund and Club for Growth."
    )
    found = edges(extractor, text)
    assert ("Senate Conservatives Fund", "endorses", "Ben Sasse") in found
    assert "Senate" not in _entities(extractor, text)


def test_the_words_before_a_short_pattern_complete_its_full_name(extractor):
    # the pattern reads "Chamber of Commerce" and knows the full name "U.S. Chamber of Commerce"
    text = "The U.S. Chamber of Commerce endorsed the National Infrastructure Improvement Act."
    names = _entities(extractor, text)
    assert names.get("U.S. Chamber of Commerce") == "Organization"
    assert "Chamber of Commerce" not in names
    # without the full name in the text the name stays as written
    text = "The Chamber of Commerce endorsed the National Infrastructure Improvement Act."
    assert "Chamber of Commerce" in _entities(extractor, text)
