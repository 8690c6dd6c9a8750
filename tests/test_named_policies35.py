"""Named policies as Legislation actors and surnames written with their particle (session 35,
Wikinews recall). The debate sentences are from Wikinews, "US 2020 elections: October round-up"
(wn2020_109), CC BY 2.5, shortened."""

from __future__ import annotations

from rule_edges import types_and_edges

from polkg.extract import Extractor

DEBATE = (
    "Party for Socialism and Liberation presidential nominee Gloria La Riva, Independent "
    "presidential nominee Brock Pierce and Green Party presidential nominee Howie Hawkins "
    "took part in a debate.\n"
    "Pierce called for an end to the War on Drugs, with which Hawkins and La Riva somewhat "
    "agreed.\n"
    "La Riva argued against Universal Basic Income (UBI), proposing minimum wage be increased "
    "to US$20 an hour.\n"
    "And Hawkins, the only candidate wearing a facemask, endorsed the Green New Deal and the "
    "Economic Bill of Rights."
)


def test_named_policies_are_legislation_their_critics_oppose(nlp):
    types, found = types_and_edges(Extractor(nlp), DEBATE)
    assert types.get("War on Drugs") == "Legislation"
    assert types.get("Universal Basic Income") == "Legislation"  # the model: an organisation
    assert ("Brock Pierce", "opposes", "War on Drugs") in found
    assert ("Howie Hawkins", "endorses", "Economic Bill of Rights") in found
    assert ("Howie Hawkins", "endorses", "Green New Deal") in found


def test_a_surname_with_its_particle_is_the_person_named_in_full(nlp):
    types, found = types_and_edges(Extractor(nlp), DEBATE)
    assert "La Riva" not in types  # not an organisation of its own
    assert ("Gloria La Riva", "opposes", "Universal Basic Income") in found


def test_the_top_two_policy_is_named_whole(nlp):
    text = (
        "Party for Socialism and Liberation presidential nominee Gloria La Riva spoke last.\n"
        "La Riva criticized the Top Two election policy in California."
    )
    types, found = types_and_edges(Extractor(nlp), text)
    assert types.get("Top Two election policy") == "Legislation"
    assert ("Gloria La Riva", "criticizes", "Top Two election policy") in found


def test_a_particle_joins_only_a_person_whose_name_has_it(nlp):
    text = "Paul Riva, a Miami lawyer, spoke first. La Riva criticized Joe Biden on Friday."
    _, found = types_and_edges(Extractor(nlp), text)
    assert ("Paul Riva", "criticizes", "Joe Biden") not in found


def test_lower_case_words_name_no_policy(nlp):
    text = "Senator Bernie Sanders criticized the top two candidates and a public school option."
    types, _ = types_and_edges(Extractor(nlp), text)
    assert not any(t == "Legislation" for t in types.values())


def test_a_bill_noun_never_means_a_named_policy(nlp):
    text = (
        "Senator Dick Durbin has long criticized the War on Drugs. On Tuesday, Durbin "
        "introduced legislation aimed at giving federal judges more discretion."
    )
    _, found = types_and_edges(Extractor(nlp), text)
    assert ("Dick Durbin", "criticizes", "War on Drugs") in found
    assert ("Dick Durbin", "endorses", "War on Drugs") not in found


def test_a_modal_reaches_the_last_verb_of_a_series(nlp):
    text = (
        "A columnist writes in the New York Post that Donald Trump should “split” the GOP, "
        "align himself with Democrats, and embrace Medicare for All."
    )
    _, found = types_and_edges(Extractor(nlp), text)
    assert ("Donald Trump", "endorses", "Medicare for All") not in found


def test_a_named_war_is_a_policy_its_opponents_oppose(nlp):
    # Wikinews, "US Congressman Elijah Cummings dies aged 68" (wn2019_147, CC BY 2.5), and
    # BBC-style: a war named by its country is the policy the gold's "Iraq War" rows oppose
    text = (
        "Elijah Cummings died on Thursday. He was among the Representatives who voted against "
        "the Iraq War in 2002.\n"
        "Barack Obama said he opposed the war in Iraq from the start."
    )
    types, found = types_and_edges(Extractor(nlp), text)
    assert types.get("Iraq War") == "Legislation"
    assert ("Elijah Cummings", "opposes", "Iraq War") in found
    assert ("Barack Obama", "opposes", "Iraq War") in found


def test_a_named_war_before_another_noun_is_no_object(nlp):
    text = "Senator Chris Dodd praised Iraq war veterans and criticized the Vietnam war memorial."
    _, found = types_and_edges(Extractor(nlp), text)
    assert not {e for e in found if e[2] in ("Iraq War", "Vietnam War")}
