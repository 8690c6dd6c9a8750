"""A group that lists its named members stands for them, for every rule ("Rivals including
Biden and Bloomberg blasted Sanders", "has been endorsed by over 50 groups, including the
AARP", "criticism from the likes of Dick Cheney", "everyone from X to Y"). Sentences from the
audit articles and tune-a, names as there."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor


def test_members_listed_by_including_share_the_subject(nlp):
    text = (
        "Rivals including Joe Biden and former New York City Mayor Mike Bloomberg blasted "
        "Bernie Sanders for the remarks."
    )
    assert ("Joe Biden", "criticizes", "Bernie Sanders") in edges(Extractor(nlp), text)
    assert not edges(Extractor(nlp), "Rivals blasted Bernie Sanders for the remarks.")


def test_members_of_an_agent_group_endorse_the_bill(nlp):
    text = (
        '"The Pharmaceutical Market Access and Drug Safety Act" has been endorsed by over 50 '
        "groups nationwide, including the AARP and Families USA among others."
    )
    found = edges(Extractor(nlp), text)
    for group in ("AARP", "Families USA"):
        assert (group, "endorses", "Pharmaceutical Market Access and Drug Safety Act") in found


def test_the_likes_of_lists_the_critics(nlp):
    text = (
        "Donald Trump faced withering criticism from the likes of Dick Cheney, Mitt Romney and "
        "Paul Ryan."
    )
    found = edges(Extractor(nlp), text)
    for critic in ("Dick Cheney", "Mitt Romney", "Paul Ryan"):
        assert (critic, "criticizes", "Donald Trump") in found


def test_a_range_from_one_to_another_needs_its_end(nlp):
    ranged = (
        "Hillary Clinton has been endorsed by everyone from President Barack Obama to Sen. "
        "Elizabeth Warren to the AFL-CIO."
    )
    found = edges(Extractor(nlp), ranged)
    for backer in ("Barack Obama", "Elizabeth Warren", "AFL-CIO"):
        assert (backer, "endorses", "Hillary Clinton") in found
    assert not edges(Extractor(nlp), "Hillary Clinton was endorsed by everyone from Iowa.")


def test_a_named_group_keeps_its_own_edge_and_adds_its_members(nlp):
    text = "Republicans, including Sens. John McCain and Jeff Flake, criticized Donald Trump."
    found = edges(Extractor(nlp), text)
    assert ("Republican Party", "criticizes", "Donald Trump") in found
    assert ("John McCain", "criticizes", "Donald Trump") in found


def test_the_case_a_described_probe_speaks_of_is_not_that_probe(nlp):
    text = (
        "The House Ethics Committee is refusing to publicly release an outside counsel's "
        "findings following a probe into the panel's handling of the case against Democratic "
        "Rep. Maxine Waters (Calif.). Six other lawmakers, including Reps. Jo Bonner (R-Ala.) "
        "and Linda Sanchez (D-Calif.), have recused themselves from the case."
    )
    found = edges(Extractor(nlp), text)
    assert not any(relation == "recused_from" for _, relation, _ in found)


def test_a_range_set_off_after_the_clause_lists_its_subject(nlp):
    text = (
        "Each of the big-name Democrats and groups who steadfastly remained neutral in the "
        "primary have flocked to Hillary Clinton over the past week, from President Barack "
        "Obama to Sen. Elizabeth Warren to the AFL-CIO."
    )
    found = edges(Extractor(nlp), text)
    for backer in ("Barack Obama", "Elizabeth Warren", "AFL-CIO"):
        assert (backer, "endorses", "Hillary Clinton") in found


def test_a_range_set_off_after_the_group_lists_it(nlp):
    text = "Republicans, from Paul Ryan to Mitch McConnell, criticized Donald Trump on Tuesday."
    found = edges(Extractor(nlp), text)
    for critic in ("Paul Ryan", "Mitch McConnell", "Republican Party"):
        assert (critic, "criticizes", "Donald Trump") in found


def test_a_range_after_a_group_object_lists_the_object_not_the_subject(nlp):
    text = "Democrats have attacked Republicans, from Paul Ryan to Mitch McConnell."
    found = edges(Extractor(nlp), text)
    assert ("Democratic Party", "criticizes", "Paul Ryan") in found
    assert not any(s == "Paul Ryan" for s, _, _ in found)


def test_a_range_not_set_off_is_no_list_of_the_subject(nlp):
    text = "Republicans shifted their support from Donald Trump to Ted Cruz."
    assert not any(s == "Donald Trump" for s, _, _ in edges(Extractor(nlp), text))


def test_a_collection_lists_its_members_on_its_of_plural(nlp):
    text = (
        "On his first day, Joe Biden picked up endorsements from a handful of senators, "
        "including Sens. Tom Carper and Chris Coons."
    )
    found = edges(Extractor(nlp), text)
    for backer in ("Tom Carper", "Chris Coons"):
        assert (backer, "endorses", "Joe Biden") in found
    text = (
        "Yet a number of Senate Republicans, including majority leader Mitch McConnell, have "
        "called on Roy Moore to quit the race."
    )
    assert ("Mitch McConnell", "criticizes", "Roy Moore") in edges(Extractor(nlp), text)


def test_a_collection_alone_lists_nobody(nlp):
    text = "A handful of senators endorsed Joe Biden on his first day."
    assert not edges(Extractor(nlp), text)


def test_names_apposed_to_a_group_are_its_members(nlp):
    dashed = (
        "Three senators -- John McCain, Susan Collins and Lisa Murkowski -- opposed the "
        "Affordable Care Act."
    )
    found = edges(Extractor(nlp), dashed)
    for senator in ("John McCain", "Susan Collins", "Lisa Murkowski"):
        assert (senator, "opposes", "Affordable Care Act") in found
    text = (
        "Two leaders of the House Freedom Caucus, Reps. Mark Meadows (R-N.C.) and Jim Jordan "
        "(R-Ohio), called on Jeff Sessions to step aside in an op-ed Friday."
    )
    found = edges(Extractor(nlp), text)
    for critic in ("Mark Meadows", "Jim Jordan"):
        assert (critic, "criticizes", "Jeff Sessions") in found


def test_a_list_on_an_object_without_members_is_the_subject_groups(nlp):
    text = (
        "A coalition of organizations representing over 12 million employers has endorsed the "
        "Small Business Health Fairness Act, including the National Federation of Independent "
        "Business and the U.S. Chamber of Commerce."
    )
    found = edges(Extractor(nlp), text)
    for backer in ("National Federation of Independent Business", "U.S. Chamber of Commerce"):
        assert (backer, "endorses", "Small Business Health Fairness Act") in found


def test_a_list_on_an_object_with_members_stays_the_objects(nlp):
    text = (
        "Democrats criticized the Trump administration, including Secretary of State Mike Pompeo."
    )
    assert not any(s == "Mike Pompeo" for s, _, _ in edges(Extractor(nlp), text))
