"""False-edge kinds of unseen news (issue 12): each makes no edge, its true twin still does."""

from __future__ import annotations

import pytest
from rule_edges import edges, positive_and_unasserted

from polkg.extract import Extractor


def test_praise_of_clubs_is_no_endorsement(extractor: Extractor) -> None:
    text = "First Minister Nicola Sturgeon praised Celtic and Rangers for their work."
    assert edges(extractor, text) == set()
    assert edges(extractor, "Ted Cruz praised Donald Trump on Monday.") == {
        ("Ted Cruz", "endorses", "Donald Trump")
    }


def test_urging_not_to_vote_for_is_no_endorsement(extractor: Extractor) -> None:
    text = "The imam Abdul Rahman urged Muslims not to vote for Labour in the election."
    assert edges(extractor, text) == set()
    assert edges(extractor, "Sarah Palin urged voters to vote for Donald Trump.") == {
        ("Sarah Palin", "endorses", "Donald Trump")
    }


def test_a_bill_named_apart_is_not_the_generic_bill(extractor: Extractor) -> None:
    text = (
        "Democrats opposed the short-term spending bill because it did not include "
        "protections for DACA recipients."
    )
    # no other bill: the label is the bill's own name (descriptive_actors.labelled, session 31)
    assert edges(extractor, text) == {("Democratic Party", "opposes", "short-term spending bill")}


def test_challenging_someone_to_act_is_no_contest(extractor: Extractor) -> None:
    text = "Donald Trump challenged Jeff Sessions to launch an investigation into the leaks."
    assert edges(extractor, text) == set()
    assert edges(extractor, "Joe Walsh is challenging Donald Trump in the primary.") == {
        ("Joe Walsh", "opposes", "Donald Trump")
    }


def test_coming_somewhere_after_an_event_is_no_attack(extractor: Extractor) -> None:
    text = "Khairi Saadallah came to the UK a number of years ago, after the Libyan Civil War."
    assert edges(extractor, text) == set()
    assert edges(extractor, "Rand Paul went after Donald Trump forcefully in the debate.") == {
        ("Rand Paul", "criticizes", "Donald Trump")
    }


@pytest.mark.parametrize(
    ("hedged", "asserted", "triple"),
    [
        (  # a means clause ("by criticizing") shares the future of the verb it serves
            "Chuck Schumer will work overtime to win the seat by criticizing Thom Tillis on "
            "health care.",
            "Chuck Schumer worked overtime to win the seat by criticizing Thom Tillis on "
            "health care.",
            ("Chuck Schumer", "criticizes", "Thom Tillis"),
        ),
        (  # a condition attached to the trigger's clause
            "Rand Paul said Donald Trump was hedging his bets to support Hillary Clinton if she "
            "wins the presidency.",
            "Rand Paul said Donald Trump was hedging his bets to support Hillary Clinton.",
            ("Donald Trump", "endorses", "Hillary Clinton"),
        ),
        (  # a parenthetical allegation
            "Richard Grenell alleged, by way of example, Mahan Air had contributed to human "
            "suffering by supporting Syrian President Bashar al-Assad.",
            "Richard Grenell said Mahan Air had contributed to human suffering by supporting "
            "Syrian President Bashar al-Assad.",
            ("Mahan Air", "endorses", "Bashar al-Assad"),
        ),
        (  # a hedging adjective on the relation noun
            "Gordon Brown joined his alleged rival Alan Milburn at an election poster launch.",
            "Gordon Brown joined his rival Alan Milburn at an election poster launch.",
            ("Alan Milburn", "opposes", "Gordon Brown"),
        ),
        (
            "Republican Mike Pence, a potential challenger to Donald Trump, spoke in Iowa.",
            "Republican Mike Pence, a challenger to Donald Trump, spoke in Iowa.",
            ("Mike Pence", "opposes", "Donald Trump"),
        ),
    ],
)
def test_unasserted_statements_make_no_edge(
    extractor: Extractor, hedged: str, asserted: str, triple: tuple[str, str, str]
) -> None:
    assert positive_and_unasserted(extractor, hedged) == (set(), {triple})
    assert positive_and_unasserted(extractor, asserted) == ({triple}, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # part of a group is not the group as an actor
        (
            "Last year, as about two-thirds of Latinos backed Democrats, Hispanic women were "
            "more likely to vote for them.",
            set(),
        ),
        (
            "Susan Collins drew the ire of Democrats who had supported her before she voted to "
            "confirm Brett Kavanaugh.",
            set(),
        ),
        (
            '"Bob Mueller is totally conflicted, and his 17 Angry Democrats that are doing his '
            'dirty work are a disgrace to USA!" Donald Trump tweeted.',
            {("Donald Trump", "criticizes", "Bob Mueller")},
        ),
        (
            "Democrats criticized Susan Collins for her vote.",
            {("Democratic Party", "criticizes", "Susan Collins")},
        ),
        # "X-backed" needs its hyphen
        (
            "Steve Bannon-backed candidate Roy Moore won the primary.",
            {("Steve Bannon", "endorses", "Roy Moore")},
        ),
        # games and polls are no contest and no support
        ("John Boehner beat Barack Obama at golf on Saturday.", set()),
        (  # a moderator's question is no contest
            "Moderator Chris Wallace opened a section of the debate by challenging Donald Trump "
            "on the women who have accused him.",
            set(),
        ),
        (
            "John Boehner beat Barack Obama in the race for the House seat.",
            {("John Boehner", "opposes", "Barack Obama")},
        ),
        (
            "And in polling, Joe Biden has fallen behind Massachusetts Sen. Elizabeth Warren in "
            "the primary.",
            set(),
        ),
        # organisation names: a possessive common noun is part of the name; "a super PAC" is none
        (
            "\u201cOur hope is he stays in the race,\u201d said Derrick Crowe of People\u2019s "
            "Action, an activist organization that has endorsed Bernie Sanders.",
            {("People\u2019s Action", "endorses", "Bernie Sanders")},
        ),
        ("A super PAC supporting Joe Biden has cropped up to address that deficit.", set()),
    ],
)
def test_groups_games_and_names_of_unseen_news(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


def test_its_is_never_a_person(extractor: Extractor) -> None:
    text = (
        "Kellyanne Conway praised The Wall Street Journal. "
        'But she called its "all-out assault" on Ted Cruz "perplexing."'
    )
    assert ("Kellyanne Conway", "criticizes", "Ted Cruz") not in edges(extractor, text)
    text = "The Club for Growth announced its support for Roy Moore."
    assert edges(extractor, text) == {("Club for Growth", "endorses", "Roy Moore")}


def test_a_possessor_does_not_own_what_follows_it(extractor: Extractor) -> None:
    # the model tags "Florida's Scott" as one organisation; Scott is not Florida
    text = (
        "Republican Rick Scott ran against Democratic Sen. Bill Nelson this year.\n\n"
        "Florida\u2019s Scott, who narrowly beat Nelson, tried to keep some distance from Trump "
        "in his ads, although he was among the first Republican leaders to embrace Trump's "
        "candidacy in 2016."
    )
    found = edges(extractor, text)
    assert ("Rick Scott", "opposes", "Bill Nelson") in found
    assert not {t for t in found if "Florida" in (t[0], t[2])}


@pytest.mark.parametrize(
    ("false", "true"),
    [
        (  # a negated noun governs the gerund
            "Matthew Whitaker had no intention of recusing himself from the Russia investigation.",
            "Matthew Whitaker recused himself from the Russia investigation.",
        ),
        (  # a negated verb governs the noun the infinitive hangs on
            "For now, the Democrats cannot find ways to oppose Donald Trump in Congress.",
            "The Democrats found ways to oppose Donald Trump in Congress.",
        ),
        (  # "return to attacking": the gerund shares the verb's future
            "Chris Christie will soon return to attacking the Democrats.",
            "Chris Christie returned to attacking the Democrats.",
        ),
        (  # "seem" hedges like "appear likely"
            "H.R. McMaster seemed to back Nikki Haley on Syria.",
            "H.R. McMaster backed Nikki Haley on Syria.",
        ),
        (  # "refrain from": the gerund after "from" shares the verb's negation (issue 12)
            "Mike Pence refrains from criticizing Barack Obama.",
            "Mike Pence moved from praising Barack Obama to criticizing him.",
        ),
    ],
)
def test_negation_and_hedges_reach_gerunds_and_infinitives_on_nouns(
    extractor: Extractor, false: str, true: str
) -> None:
    assert edges(extractor, false) == set()
    assert len(edges(extractor, true)) == 1


def test_an_unnamed_recusal_far_from_the_investigation_is_from_something_else(
    extractor: Extractor,
) -> None:
    near = "Robert Mueller leads the Russia investigation. Jeff Sessions recused himself."
    assert edges(extractor, near) == {("Jeff Sessions", "recused_from", "Russia investigation")}
    filler = " ".join(f"The governor spoke about roads on day {n}." for n in range(4))
    far = (
        "Robert Mueller leads the Russia investigation. "
        + filler
        + " Kevin O'Connor recused himself, leaving the case in John Durham's hands."
    )
    assert ("Kevin O'Connor", "recused_from", "Russia investigation") not in edges(extractor, far)


def test_asking_someone_to_recuse_another_is_no_demand_that_they_step_aside(
    extractor: Extractor,
) -> None:
    text = "Senator Harry Reid called on the Department of Energy to recuse the law firm."
    assert edges(extractor, text) == set()
    assert edges(extractor, "Senator Harry Reid called on Alberto Gonzales to recuse himself.") == {
        ("Harry Reid", "criticizes", "Alberto Gonzales")
    }


def test_a_weekday_after_a_name_is_not_part_of_it(extractor: Extractor) -> None:
    text = "Kanye West did lunch with President Trump Thursday. West said he supports Trump."
    assert edges(extractor, text) == {("Kanye West", "endorses", "Donald Trump")}


def test_after_must_follow_go_to_make_an_attack(extractor: Extractor) -> None:
    text = "England and France had gone light on military defense after WWI."
    assert edges(extractor, text) == set()
    assert edges(extractor, "Rand Paul has gone after Donald Trump for weeks.") == {
        ("Rand Paul", "criticizes", "Donald Trump")
    }


def test_beating_someone_in_poll_matchups_is_no_contest(extractor: Extractor) -> None:
    text = (
        "John Kasich argued that he should be the nominee because he handily beat Hillary "
        "Clinton in hypothetical head-to-head matchups."
    )
    assert edges(extractor, text) == set()
    assert edges(extractor, "Roy Moore defeated Sen. Luther Strange in the runoff.") == {
        ("Roy Moore", "opposes", "Luther Strange")
    }


def test_the_content_of_a_belief_is_not_asserted(extractor: Extractor) -> None:
    false = "Trump's belief that the Ukrainian government worked to oppose his candidacy is false."
    assert edges(extractor, false) == set()
    assert edges(
        extractor, "The Ukrainian government worked to oppose Donald Trump's candidacy."
    ) == {("Ukrainian government", "opposes", "Donald Trump")}


def test_a_venue_before_pushed_back_is_not_its_target(extractor: Extractor) -> None:
    text = "Bill Barr, on ABC News Thursday, pushed back on Donald Trump's tweet."
    assert edges(extractor, text) == {("Bill Barr", "criticizes", "Donald Trump")}


def test_a_place_in_the_judged_subject_is_not_judged(extractor: Extractor) -> None:
    # the country is no target; the named war is a policy he judges (session 36, named wars)
    text = '"I tell the truth. The war in Iraq was a disaster," Donald Trump said Wednesday.'
    assert edges(extractor, text) == {("Donald Trump", "criticizes", "war in Iraq")}
    text = '"I tell the truth. The people in Iraq had a disaster," Donald Trump said Wednesday.'
    assert edges(extractor, text) == set()
    text = '"The policies of Barack Obama were a disaster," Donald Trump said Wednesday.'
    assert edges(extractor, text) == {("Donald Trump", "criticizes", "Barack Obama")}


def test_a_reported_question_leaves_the_judgement_open(extractor: Extractor) -> None:
    said = "He accused Democrats of slandering Barr. Democrats, though, maintain there's still "
    false = said + "more to learn about the question of whether President Trump obstructed justice."
    true = said + "more to learn from the Russia probe, especially surrounding the fact that "
    true += "President Trump obstructed justice."
    assert ("Democratic Party", "criticizes", "Donald Trump") not in edges(extractor, false)
    assert ("Democratic Party", "criticizes", "Donald Trump") in edges(extractor, true)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quantified plural is some of the party's members, not the party
        (
            "Some Republicans, accusing the Obama administration of leaking information, have "
            "called for special counsels.",
            set(),
        ),
        (
            '"Many other Democrats and I opposed the so-called Protect America Act," Harry Reid '
            "said.",
            {("Harry Reid", "opposes", "Protect America Act")},
        ),
        ("Several Republicans criticized Donald Trump on Monday.", set()),
        ("A few Democrats backed the Affordable Care Act.", set()),
        (
            "Republicans criticized Donald Trump on Monday.",
            {("Republican Party", "criticizes", "Donald Trump")},
        ),
        # a legislature's effort is a measure, not the body; a person's effort is the person
        (
            '"I support Congress\' effort to help producers affected by hurricanes," Byron '
            "Dorgan said.",
            set(),
        ),
        (
            "Byron Dorgan supports Bill Frist's efforts to help farmers.",
            {("Byron Dorgan", "endorses", "Bill Frist")},
        ),
        # the state of a party tag is nobody
        (
            "The Fairness in Drug Sentencing Act, introduced by Sens. Dianne Feinstein (D-Calif.) "
            "and Arlen Specter (R-Penn.), aims to reduce the ratio to 20 to 1.",
            {
                ("Dianne Feinstein", "endorses", "Fairness in Drug Sentencing Act"),
                ("Arlen Specter", "endorses", "Fairness in Drug Sentencing Act"),
            },
        ),
        # a body's name before an elided bill noun is a modifier, not the body
        ("Donald Trump championed the House and then the Senate bills.", set()),
        (
            "Donald Trump criticized the House and the Senate.",
            {
                ("Donald Trump", "criticizes", "House of Representatives"),
                ("Donald Trump", "criticizes", "Senate"),
            },
        ),
        # a participle after a closing dash serves the clause outside the aside
        (
            "And instead, Dan McCready has focused on health care — the same issue that helped "
            "Democrats flip the House in 2018 — attacking Dan Bishop for voting against a bill.",
            {("Dan McCready", "criticizes", "Dan Bishop")},
        ),
        # a coordinator of two nouns does not share the first clause's subject with a verb
        (
            "Cynthia Kiecker is jailed in Mexico. She has maintained her innocence and her "
            "parents, from Bloomington, Minnesota, have vocally criticized the Mexican government.",
            set(),
        ),
        (
            "Cynthia Kiecker is jailed in Mexico. She has maintained her innocence and has "
            "vocally criticized the Mexican government.",
            {("Cynthia Kiecker", "criticizes", "Mexican government")},
        ),
        # the "to" clause of a verb of approaching is the subject's purpose
        (
            "Sergey Kislyak approached Jeff Sessions to praise him.",
            {("Sergey Kislyak", "endorses", "Jeff Sessions")},
        ),
        # what the FBI or a court "accuses" or "backs" is a charge or a ruling
        (
            "The FBI arrested Paul Manafort and accused him of illegally lobbying for Ukraine.",
            set(),
        ),
        (
            "Donald Trump accused Paul Manafort of illegally lobbying for Ukraine.",
            {("Donald Trump", "criticizes", "Paul Manafort")},
        ),
        (
            "The Michigan Association of Chiefs of Police endorsed Debbie Stabenow.",
            {("Michigan Association of Chiefs of Police", "endorses", "Debbie Stabenow")},
        ),
        # "beat up" is an assault, not an election win
        (
            "Keith Ellison, the Democratic candidate for attorney general, beat up Karen Monahan "
            "in 2016.",
            set(),
        ),
        (
            "Keith Ellison, the Democratic candidate for attorney general, beat Karen Monahan in "
            "2016.",
            {("Keith Ellison", "opposes", "Karen Monahan")},
        ),
        # a modified plural party name is some of its members (audit batch 4)
        ("His bid was opposed by conservative House Republicans of the Freedom Caucus.", set()),
        (
            'Donald Trump attacked Paul Ryan, accusing him and other "disloyal" Republicans of '
            "undermining his candidacy.",
            {("Donald Trump", "criticizes", "Paul Ryan")},
        ),
        ("Marco Rubio racked up endorsements from big-name Republicans.", set()),
        ("Iowa Democrats criticized Donald Trump.", set()),
        # some Democrats besides others named: a part of the party (audit batch 15)
        ("Other Democrats criticized Donald Trump.", set()),
        (
            "Most Democrats criticized Donald Trump.",
            {("Democratic Party", "criticizes", "Donald Trump")},
        ),
        (
            "The Department of Homeland Security blamed senior Russian officials for the breach.",
            {("Department of Homeland Security", "criticizes", "Russian government")},
        ),
        # a state party is not the national party; a named state party is itself
        ("The Florida state Democratic Party has compared Rick Scott to a dictator.", set()),
        (
            "The Alabama Republican Party also has backed Roy Moore.",
            {("Alabama Republican Party", "endorses", "Roy Moore")},
        ),
        # an organisation apposed to a person's title: its act is the organisation's
        (
            "A wave has not yet arrived, notes Stephanie Sandberg, executive director of LPAC, an "
            "LGBTQ political organization that backed Lori Lightfoot's candidacy.",
            {("LPAC", "endorses", "Lori Lightfoot")},
        ),
        (
            "Joe Biden attended a fund-raiser co-hosted by Mark Gilbert, a top executive at "
            "Barclays, who has raised hundreds of thousands of dollars for Barack Obama's "
            "re-election bid.",
            {("Mark Gilbert", "endorses", "Barack Obama")},
        ),
        (
            "Bernie Sanders, the Vermont senator who endorsed Hillary Clinton, spoke.",
            {("Bernie Sanders", "endorses", "Hillary Clinton")},
        ),
        # "Mr." and "President" are not the one woman of that surname the text names in full
        (
            "Michelle Obama spoke on Tuesday. In 2008, Mr. Obama defeated Hillary Clinton in a "
            "fierce battle.",
            set(),
        ),
        (
            "Michelle Obama spoke on Tuesday. Mrs. Obama praised Hillary Clinton on Wednesday.",
            {("Michelle Obama", "endorses", "Hillary Clinton")},
        ),
        # a modal the parser hangs on another auxiliary still hedges ("can" under "be")
        (
            "But Barack Obama is concerned about how his own party is responding, and how it can "
            "be best positioned to win in the midterms to beat back the president.",
            set(),
        ),
        # what one uses to criticize is no critic: the user criticizes
        (
            "Donald Trump used his State of the Union speech Tuesday to criticize Nancy Pelosi.",
            {("Donald Trump", "criticizes", "Nancy Pelosi")},
        ),
        # the means of what only appeared is still done
        (
            "While Donald Trump appeared to be defending Jeff Sessions by attacking the "
            "Washington Post, speculation swirled.",
            {("Donald Trump", "criticizes", "Washington Post")},
        ),
        # a body is no rival in a contest; candidates are
        (
            "A lame duck President Barack Obama facing a Congress he hates may become reckless.",
            set(),
        ),
        (
            "Donald Trump faced Hillary Clinton in the presidential debate.",
            {
                ("Donald Trump", "opposes", "Hillary Clinton"),
                ("Hillary Clinton", "opposes", "Donald Trump"),
            },
        ),
        # a generic noun named after something else is not the document's one investigation
        (
            "Robert Mueller leads the Clinton email investigation. Jeff Sessions recused himself "
            "from Russia-related matters.",
            set(),
        ),
        (
            "Robert Mueller leads the Clinton email investigation. Jeff Sessions recused himself "
            "from the matter.",
            {("Jeff Sessions", "recused_from", "Clinton email investigation")},
        ),
        # backing a party's plan or a legislature's act backs the measure, not the party or body
        # (a plan its owner tells is an entity of its own: possessed_plans.py)
        (
            "The Trump administration formally backed the House GOP's plan to repeal ObamaCare.",
            {
                # session 36: the plan is named with the infinitive that tells it
                ("Trump administration", "endorses", "House GOP's plan to repeal ObamaCare"),
                # session 35: the owner of a backed measure proposed it (plan_stances.py)
                ("Republican Party", "endorses", "House GOP's plan to repeal ObamaCare"),
            },
        ),
        ("Last week the Senate, with my support, passed legislation, Jon Kyl said.", set()),
        (
            "Roy Moore won the primary with the backing of Steve Bannon.",
            {("Steve Bannon", "endorses", "Roy Moore")},
        ),
    ],
)
def test_subgroups_measures_tags_and_senses(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert edges(extractor, text) == expected


@pytest.mark.parametrize(
    ("hedged", "asserted", "triple"),
    [
        (  # a report the text calls false
            # (the speaker's own criticism: one he reports of someone else is his claim either
            # way, reported_claims.py)
            "The demonstrators cheered as Mike Lee said, incorrectly, that he had criticized "
            "Jeff Sessions.",
            "The demonstrators cheered as Mike Lee said that he had criticized Jeff Sessions.",
            ("Mike Lee", "criticizes", "Jeff Sessions"),
        ),
        (  # what one assumes of someone else
            "Hillary Clinton automatically assumed that Jane Fonda was a Bernie Sanders supporter.",
            "Hillary Clinton said that Jane Fonda was a Bernie Sanders supporter.",
            ("Jane Fonda", "endorses", "Bernie Sanders"),
        ),
    ],
)
def test_false_and_assumed_reports_make_no_edge(
    extractor: Extractor, hedged: str, asserted: str, triple: tuple[str, str, str]
) -> None:
    assert positive_and_unasserted(extractor, hedged) == (set(), {triple})
    assert positive_and_unasserted(extractor, asserted) == ({triple}, set())


def test_falsely_on_the_accusation_itself_still_accuses(extractor: Extractor) -> None:
    text = "Donald Trump falsely accused Barack Obama of wiretapping Trump Tower."
    assert ("Donald Trump", "criticizes", "Barack Obama") in edges(extractor, text)


def test_what_an_accusation_alleges_is_not_asserted(extractor: Extractor) -> None:
    text = "Mr. Romney has accused Mr. Obama of being too critical of Israel."
    positive, hedged = positive_and_unasserted(extractor, text)
    assert positive == {("Romney", "criticizes", "Obama")}
    assert hedged == {("Obama", "criticizes", "Israel")}
    text = "Donald Trump attacked Jeff Sessions for recusing himself from the Russia investigation."
    assert edges(extractor, text) == {
        ("Donald Trump", "criticizes", "Jeff Sessions"),
        ("Jeff Sessions", "recused_from", "Russia investigation"),
    }


def test_appearing_to_blame_is_hedged(extractor: Extractor) -> None:
    triple = ("Donald Trump", "criticizes", "Republican Party")
    text = "Donald Trump appeared to blame the Republicans for the shutdown."
    assert positive_and_unasserted(extractor, text) == (set(), {triple})
    text = "Donald Trump blamed the Republicans for the shutdown."
    assert positive_and_unasserted(extractor, text) == ({triple}, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # BASIL (audit batch 15): a party word for one member, the member apposed to it
        (
            "Another leading Dem, Sen. Kristen Gillibrand of New York, who announced her White "
            'House bid on Jan. 15, said Donald Trump\'s offer was a "bad deal."',
            {("Kristen Gillibrand", "criticizes", "Donald Trump")},
        ),
        # BASIL (audit batch 15) and allsides (audit batch 6): the apposed member is the subject
        (
            "Another top Republican, Sen. Lindsey Graham of South Carolina, also lambasted Adam "
            "Schiff on Thursday.",
            {("Lindsey Graham", "criticizes", "Adam Schiff")},
        ),
    ],
)
def test_a_member_apposed_to_a_party_word_is_the_member(
    extractor: Extractor, text: str, expected: set
) -> None:
    """ "Another leading Dem, Sen. Kristen Gillibrand, said ..." is Gillibrand's, not the
    party's ("Dem" a member word like "Democrat"; the person apposed after it, as the one
    before it in "Chaffetz, the Utah Republican")."""
    assert edges(extractor, text) == expected
