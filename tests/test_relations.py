"""Relation rules on real news sentences, with entities given by hand.

The entity layer is replaced by a small name index so that these tests check the relation rules,
argument resolution and the modality cues, not the clustering of mentions; personal pronouns
come from the real entity layer, since both layers share its one rule set. Sentences are quoted
from the corpora in ../shared (allsides articles, the directed-sentiment training split, Wikinews)
or from the seed article; a few are shortened.
"""

from __future__ import annotations

import pytest

from polkg.errors import PolkgError
from polkg.extract.entities import find_entities
from polkg.extract.references import PERSON_PRONOUNS
from polkg.extract.relations import RelationMatcher
from polkg.extract.rules import load_rules, parse_rules
from polkg.model import Document, EntityRecord


class NameIndex:
    """Token -> entity by surface names: {"Jeff Sessions": ("Jeff Sessions", "Person"), ...};
    personal pronouns as the real entity layer resolves them (the one pronoun rule set)."""

    def __init__(self, doc, names: dict[str, tuple[str, str]]) -> None:
        self.entities: list[EntityRecord] = []
        by_name: dict[str, EntityRecord] = {}
        self._at: dict[int, EntityRecord] = {}
        for surface, (name, etype) in sorted(names.items(), key=lambda kv: -len(kv[0])):
            rec = by_name.get(name)
            if rec is None:
                rec = by_name[name] = EntityRecord(name=name, type=etype)
                self.entities.append(rec)
            start = 0
            while (found := doc.text.find(surface, start)) >= 0:
                start = found + len(surface)
                span = doc.char_span(found, found + len(surface), alignment_mode="contract")
                if span is None:
                    continue
                for tok in span:
                    self._at.setdefault(tok.i, rec)
        real = find_entities(doc)
        for tok in doc:
            found = real.entity_at(tok.i) if tok.lower_ in PERSON_PRONOUNS else None
            if found is not None:  # the hand-given record of a token the real one also covers
                same = [self._at[j] for j in self._at if real.entity_at(j) is found]
                self._at.setdefault(tok.i, same[0] if same else by_name.get(found.name, found))

    def entity_at(self, token_i: int) -> EntityRecord | None:
        return self._at.get(token_i)


P = "Person"
SESSIONS = {"Jeff Sessions": ("Jeff Sessions", P), "Sessions": ("Jeff Sessions", P)}
TRUMP = {"Donald Trump": ("Donald Trump", P), "Trump": ("Donald Trump", P)}
TUBERVILLE = {"Tommy Tuberville": ("Tommy Tuberville", P), "Tuberville": ("Tommy Tuberville", P)}


@pytest.fixture(scope="module")
def matcher(nlp):
    return RelationMatcher(nlp.vocab)


@pytest.fixture(scope="module")
def run(nlp, matcher):
    from polkg.extract.paragraphs import add_line_breaks

    add_line_breaks(nlp)

    def _run(text: str, names: dict[str, tuple[str, str]]):
        doc = nlp(text)
        return matcher(doc, NameIndex(doc, names), Document(id="t", text=text, date="2020-07-11"))

    return _run


def triples(assertions, positive_only=True):
    return {
        (a.subject, a.relation, a.object) for a in assertions if a.positive or not positive_only
    }


def flagged(assertions):
    return {(a.subject, a.relation, a.object): (a.negated, a.hedged) for a in assertions}


# ----------------------------------------------------------------- verbs, active and passive


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # directed_sentiment/train.txt
        (
            "Attorney General Jeff Sessions fired back at President Trump Thursday, insisting he "
            "will not let politics dictate Department of Justice investigations.",
            {**SESSIONS, **TRUMP},
            ("Jeff Sessions", "criticizes", "Donald Trump"),
        ),
        # seed article
        (
            "Former Attorney General Jeff Sessions shot back at President Trump over his decision "
            "to recuse himself.",
            {**SESSIONS, **TRUMP},
            ("Jeff Sessions", "criticizes", "Donald Trump"),
        ),
        # directed_sentiment/train.txt
        (
            "Republican presidential nominee Donald Trump lashed out at U. S. House Speaker Paul "
            "Ryan and other ”disloyal” Republicans on Tuesday.",
            {**TRUMP, "Paul Ryan": ("Paul Ryan", P)},
            ("Donald Trump", "criticizes", "Paul Ryan"),
        ),
        # allsides
        (
            "The attorney general's decision to recuse himself angered Trump, who has since "
            "repeatedly criticized Sessions.",
            {**TRUMP, **SESSIONS},
            ("Donald Trump", "criticizes", "Jeff Sessions"),
        ),
        # allsides (Wikipedia-style background paragraph)
        (
            "In the 2016 Republican primary election, Ryan faced businessman Paul Nehlen, who had "
            "been endorsed by Sarah Palin.",
            {
                "Ryan": ("Paul Ryan", P),
                "Paul Nehlen": ("Paul Nehlen", P),
                "Sarah Palin": ("Sarah Palin", P),
            },
            ("Sarah Palin", "endorses", "Paul Nehlen"),
        ),
        # directed_sentiment/train.txt
        (
            "Warren accused Bloomberg of buying the election.",
            {"Warren": ("Elizabeth Warren", P), "Bloomberg": ("Michael Bloomberg", P)},
            ("Elizabeth Warren", "criticizes", "Michael Bloomberg"),
        ),
        # wikinews 2020
        (
            "On Monday, Vermont Senator Bernie Sanders endorsed former Vice President Joe Biden "
            "for president.",
            {"Bernie Sanders": ("Bernie Sanders", P), "Joe Biden": ("Joe Biden", P)},
            ("Bernie Sanders", "endorses", "Joe Biden"),
        ),
    ],
)
def test_relations_verbs_find_real_sentences(run, text, names, expected):
    assert expected in triples(run(text, names))


def test_relations_passive_swaps_roles(run):
    found = triples(
        run(
            "Clinton was endorsed by Obama on Friday.",
            {"Clinton": ("Hillary Clinton", P), "Obama": ("Barack Obama", P)},
        )
    )
    assert found == {("Barack Obama", "endorses", "Hillary Clinton")}


def test_relations_dogged_by_criticism_from(run):
    # seed article
    text = (
        "Sessions, who held the Alabama Senate seat for 20 years before becoming attorney "
        "general, has been dogged by criticism from the president and his allies for his recusal."
    )
    found = triples(run(text, {**SESSIONS, "the president": ("Donald Trump", P)}))
    assert found == {("Donald Trump", "criticizes", "Jeff Sessions")}


# ----------------------------------------------------------------- phrasal verbs and idioms


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # seed article
        (
            "The president also touted his endorsement of former Auburn University football coach "
            "Tommy Tuberville, who is running against Sessions in the Senate race.",
            {"The president": ("Donald Trump", P), **TUBERVILLE, **SESSIONS},
            {
                ("Donald Trump", "endorses", "Tommy Tuberville"),
                ("Tommy Tuberville", "opposes", "Jeff Sessions"),
            },
        ),
        # seed article
        (
            "Sessions is running for the GOP nomination to take on Democratic Sen. Doug Jones.",
            {**SESSIONS, "Doug Jones": ("Doug Jones", P)},
            {("Jeff Sessions", "opposes", "Doug Jones")},
        ),
        # directed_sentiment/train.txt
        (
            "Some of Hollywood's biggest stars took to Twitter Tuesday to bash Republican Karen "
            "Handel and throw their support behind her Democratic opponent, Jon Ossoff, as voters "
            "head to the polls for Georgia's Sixth District special election.",
            {"Karen Handel": ("Karen Handel", P), "Jon Ossoff": ("Jon Ossoff", P)},
            {("Jon Ossoff", "opposes", "Karen Handel")},
        ),
        (
            "Trump threw his support behind Tuberville.",
            {**TRUMP, **TUBERVILLE},
            {("Donald Trump", "endorses", "Tommy Tuberville")},
        ),
        # allsides
        (
            "Romney also took aim at Obama's comment on Thursday at a Univision forum.",
            {"Romney": ("Mitt Romney", P), "Obama": ("Barack Obama", P)},
            {("Mitt Romney", "criticizes", "Barack Obama")},
        ),
        # allsides (225oahSObStcqGCY)
        (
            "The 45th President urged Alabama citizens to vote for GOP senate candidate Roy Moore.",
            {"The 45th President": ("Donald Trump", P), "Roy Moore": ("Roy Moore", P)},
            {("Donald Trump", "endorses", "Roy Moore")},
        ),
    ],
)
def test_relations_phrasal_and_idioms(run, text, names, expected):
    assert expected <= triples(run(text, names))


def test_relations_recusal_reflexive_from_decision(run):
    # seed article: his = himself = Sessions (the subject), not the nearer Trump
    text = (
        "Former Attorney General Jeff Sessions shot back at President Trump over his decision to "
        "recuse himself from the Justice Department's Russia investigation."
    )
    names = {**SESSIONS, **TRUMP, "Russia investigation": ("Russia investigation", "Investigation")}
    found = triples(run(text, names))
    assert ("Jeff Sessions", "recused_from", "Russia investigation") in found
    assert ("Donald Trump", "recused_from", "Russia investigation") not in found


def test_relations_recusal_needs_an_investigation_object(run):
    found = triples(run("Sessions recused himself in March.", SESSIONS))
    assert found == set()


# ----------------------------------------------------------------- nouns


def test_relations_opponent_apposition_with_possessive(run):
    # seed article: his = Jones (the clause subject), Moore is the opponent
    text = (
        "Jones won his seat after his 2017 opponent, Roy Moore, faced a string of accusations "
        "that he sexually and romantically pursued underage girls."
    )
    found = triples(run(text, {"Jones": ("Doug Jones", P), "Roy Moore": ("Roy Moore", P)}))
    assert found == {("Roy Moore", "opposes", "Doug Jones")}


def test_relations_rival_as_predicate_of_relative_clause(run):
    # allsides (LoSUzVg5e1aBBAnm)
    text = (
        "Bernie Sanders, the socialist Vermont senator who is Clinton's nearest rival for the "
        "nomination, had already given the bill his support."
    )
    names = {"Bernie Sanders": ("Bernie Sanders", P), "Clinton": ("Hillary Clinton", P)}
    assert ("Bernie Sanders", "opposes", "Hillary Clinton") in triples(run(text, names))


def test_relations_critic_of(run):
    text = "Romney, a frequent critic of Trump, voted to convict."
    assert triples(run(text, {"Romney": ("Mitt Romney", P), **TRUMP})) == {
        ("Mitt Romney", "criticizes", "Donald Trump")
    }


def test_relations_endorsement_received(run):
    # directed_sentiment/train.txt (shortened)
    text = "Tuberville received Trump's endorsement in March."
    assert triples(run(text, {**TRUMP, **TUBERVILLE})) == {
        ("Donald Trump", "endorses", "Tommy Tuberville")
    }


def test_relations_criticism_from_faced(run):
    # directed_sentiment/train.txt
    text = (
        "After several days of controversy, Trump ultimately denounced Duke, but his "
        "equivocation drew criticism from Democrats and from Republicans."
    )
    names = {
        **TRUMP,
        "Duke": ("David Duke", P),
        "Democrats": ("Democratic Party", "PoliticalParty"),
    }
    found = triples(run(text, names))
    assert ("Donald Trump", "criticizes", "David Duke") in found


# ----------------------------------------------------------------- coordination


def test_relations_coordinated_subjects_and_objects(run):
    names = {n: (n, P) for n in ("Obama", "Biden", "Clinton", "Sanders")}
    found = triples(run("Obama and Biden endorsed Clinton and Sanders.", names))
    assert found == {(s, "endorses", o) for s in ("Obama", "Biden") for o in ("Clinton", "Sanders")}


def test_relations_coordination_with_a_common_noun_keeps_the_entity(run):
    # seed article: "Trump and other critics" names one critic, and no target here
    text = "His recusal, which Trump and other critics say led to the appointment of Mueller."
    assert triples(run(text, {**TRUMP, "Mueller": ("Robert Mueller", P)})) == set()


# ----------------------------------------------------------------- quotes and reported speech


def test_relations_quote_attribution_after(run):
    # seed article
    text = (
        "“Tuberville's a coward who is rightly too afraid to debate me. He says you're wrong on "
        "China & trade. Tuberville doesn't,” Sessions tweeted in a follow up Friday."
    )
    found = run(text, {**TUBERVILLE, **SESSIONS})
    assert triples(found) == {("Jeff Sessions", "criticizes", "Tommy Tuberville")}
    (a,) = found
    assert a.rule == "criticize.quote.disparage"
    assert text[a.start : a.end] == a.evidence and "Sessions tweeted" in a.evidence


def test_relations_quote_attribution_before(run):
    # directed_sentiment/train.txt, shape of "Trump later tweeted: “James Comey better hope ...”"
    text = 'Trump later tweeted: "James Comey is a liar and a leaker."'
    found = triples(run(text, {**TRUMP, "James Comey": ("James Comey", P)}))
    assert found == {("Donald Trump", "criticizes", "James Comey")}


def test_relations_quote_attribution_inside(run):
    text = '"Schiff is a disgrace," Trump said on Friday, "and everybody knows it."'
    found = triples(run(text, {**TRUMP, "Schiff": ("Adam Schiff", P)}))
    assert found == {("Donald Trump", "criticizes", "Adam Schiff")}


def test_relations_quote_without_attribution_says_nothing(run):
    text = '"Tuberville\'s a coward who is rightly too afraid to debate me."'
    assert triples(run(text, TUBERVILLE)) == set()


def test_relations_quote_first_person_is_the_speaker(run):
    text = '"I endorse Joe Biden," Sanders said.'
    names = {"Sanders": ("Bernie Sanders", P), "Joe Biden": ("Joe Biden", P)}
    assert ("Bernie Sanders", "endorses", "Joe Biden") in triples(run(text, names))


def test_relations_reported_speech_not_trust(run):
    # seed article: the "not" belongs to the advice, it does not negate the criticism
    text = (
        "The rare broadside came in response to a tweet from Trump telling Alabamians they "
        'should "not trust” Sessions because of his recusal.'
    )
    found = run(text, {**TRUMP, **SESSIONS})
    assert triples(found) == {("Donald Trump", "criticizes", "Jeff Sessions")}


# ----------------------------------------------------------------- negation, hedging, demands


@pytest.mark.parametrize(
    ("text", "names", "triple", "flag"),
    [
        # allsides
        (
            "Cruz even refused to endorse Cornyn, his home-state colleague, in the 2014 Texas "
            "Senate GOP primary.",
            {"Cruz": ("Ted Cruz", P), "Cornyn": ("John Cornyn", P)},
            ("Ted Cruz", "endorses", "John Cornyn"),
            "negated",
        ),
        (
            "Trump did not endorse Romney.",
            {**TRUMP, "Romney": ("Mitt Romney", P)},
            ("Donald Trump", "endorses", "Mitt Romney"),
            "negated",
        ),
        # directed_sentiment/train.txt
        (
            "Donald Trump is expected to endorse House Speaker Paul Ryan.",
            {**TRUMP, "Paul Ryan": ("Paul Ryan", P)},
            ("Donald Trump", "endorses", "Paul Ryan"),
            "hedged",
        ),
        (
            "Obama may endorse Biden next week.",
            {"Obama": ("Barack Obama", P), "Biden": ("Joe Biden", P)},
            ("Barack Obama", "endorses", "Joe Biden"),
            "hedged",
        ),
        (
            "Trump is reportedly considering endorsing Kemp.",
            {**TRUMP, "Kemp": ("Brian Kemp", P)},
            ("Donald Trump", "endorses", "Brian Kemp"),
            "hedged",
        ),
        (
            "If Trump endorses Kemp, the race is over.",
            {**TRUMP, "Kemp": ("Brian Kemp", P)},
            ("Donald Trump", "endorses", "Brian Kemp"),
            "hedged",
        ),
        (
            "Will Obama endorse Biden before the primary?",
            {"Obama": ("Barack Obama", P), "Biden": ("Joe Biden", P)},
            ("Barack Obama", "endorses", "Joe Biden"),
            "hedged",
        ),
        # directed_sentiment/train.txt
        (
            "Toomey, trying to ward off a strong challenge from Democrat Katie McGinty, has "
            "refused to endorse Trump but has not denounced him either.",
            {"Toomey": ("Pat Toomey", P), **TRUMP},
            ("Pat Toomey", "endorses", "Donald Trump"),
            "negated",
        ),
        # allsides
        (
            "Ayotte has said she will support Trump, but she has declined to endorse him.",
            {"Ayotte": ("Kelly Ayotte", P), **TRUMP},
            ("Kelly Ayotte", "endorses", "Donald Trump"),
            "negated",
        ),
        # senate_press (audit batch 1): support one looks forward to giving is not given yet
        (
            "Chambliss said he looks forward to supporting Trump on the issues where they agree.",
            {"Chambliss": ("Saxby Chambliss", P), **TRUMP},
            ("Saxby Chambliss", "endorses", "Donald Trump"),
            "hedged",
        ),
        # wikinews (examples/wikinews, wn2020_087): a phrasal verb governs the support noun
        (
            "West backed away from his previous support for President Trump, expressing "
            "disappointment at reports Trump hid in the White House basement during riots.",
            {"West": ("Kanye West", P), **TRUMP},
            ("Kanye West", "endorses", "Donald Trump"),
            "negated",
        ),
    ],
)
def test_relations_negation_and_hedging_are_flagged(run, text, names, triple, flag):
    found = run(text, names)
    negated, hedged = flagged(found)[triple]
    assert {"negated": negated, "hedged": hedged}[flag]
    assert triple not in triples(found)


def test_relations_demand_is_not_a_recusal(run):
    text = "Senate Democrats urged Sessions to recuse himself from the Russia investigation."
    names = {**SESSIONS, "Russia investigation": ("Russia investigation", "Investigation")}
    found = run(text, names)
    assert ("Jeff Sessions", "recused_from", "Russia investigation") not in triples(found)


def test_relations_call_to_resign_is_criticism(run):
    # allsides (Ax3LMEYh4wjOHGJy)
    text = "RNC Chairman Reince Priebus called on Attorney General Eric Holder to resign."
    names = {"Reince Priebus": ("Reince Priebus", P), "Eric Holder": ("Eric Holder", P)}
    assert triples(run(text, names)) == {("Reince Priebus", "criticizes", "Eric Holder")}


# ----------------------------------------------------------------- types and distinctness


def test_relations_object_must_be_a_political_actor(run):
    text = "Trump attacked Alabama over its voting laws."
    assert triples(run(text, {**TRUMP, "Alabama": ("Alabama", "Place")})) == set()


def test_relations_party_word_for_one_member_is_not_the_party(run):
    # allsides (cdAnim6hLxUbClAe)
    text = (
        "President Donald Trump endorsed U.S. Senate candidate Roy Moore on Monday, throwing his "
        "weight behind the embattled Alabama Republican."
    )
    names = {
        **TRUMP,
        "Moore": ("Roy Moore", P),
        "Republican": ("Republican Party", "PoliticalParty"),
    }
    assert triples(run(text, names)) == {("Donald Trump", "endorses", "Roy Moore")}


def test_relations_evidence_is_the_sentence(run):
    text = "Congress met on Monday.\n\nTrump slammed Pelosi on Tuesday. Nothing else happened."
    (a,) = run(text, {**TRUMP, "Pelosi": ("Nancy Pelosi", P)})
    assert a.evidence == "Trump slammed Pelosi on Tuesday."
    assert text[a.start : a.end] == a.evidence
    assert a.date == "2020-07-11" and a.doc == "t" and 0 < a.confidence <= 1


def test_relations_identical_assertions_are_deduplicated(run):
    text = "Trump slammed and blasted Pelosi."
    found = run(text, {**TRUMP, "Pelosi": ("Nancy Pelosi", P)})
    assert len([a for a in found if a.relation == "criticizes"]) == 1


# ----------------------------------------------------------------- rules as data


def test_relations_packaged_rules_cover_every_relation():
    rules = load_rules()
    assert {r.relation for r in rules} == {"endorses", "criticizes", "opposes", "recused_from"}
    assert all(r.id.split(".")[0] in {"endorse", "criticize", "oppose", "recuse"} for r in rules)


def test_relations_user_rule_file_extends_behaviour(nlp, tmp_path):
    path = tmp_path / "relations_extra.jsonl"
    path.write_text(
        '{"id": "endorse.verb.anoint", "relation": "endorses", "pattern": ['
        '{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "anoint"}},'
        '{"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "object", '
        '"RIGHT_ATTRS": {"DEP": "dobj"}}]}\n'
    )
    matcher = RelationMatcher(nlp.vocab, load_rules([path]))
    text = "Trump anointed Tuberville."
    doc = nlp(text)
    found = matcher(doc, NameIndex(doc, {**TRUMP, **TUBERVILLE}), Document(id="t", text=text))
    assert [(a.subject, a.rule) for a in found] == [("Donald Trump", "endorse.verb.anoint")]


@pytest.mark.parametrize(
    "line",
    [
        "{not json",
        '{"id": "x", "relation": "likes", "pattern": []}',
        '{"id": "x", "relation": "endorses"}',
        '{"id": "x", "relation": "endorses", "regex": "(?P<subject>a)b"}',
        '{"id": "x", "relation": "endorses", "pattern": [{"RIGHT_ID": "trigger", '
        '"RIGHT_ATTRS": {"LEMMA": {"IN": "@nosuchlist"}}}]}',
    ],
)
def test_relations_bad_rule_lines_are_user_errors(line):
    with pytest.raises(PolkgError, match="rules.jsonl:1"):
        parse_rules([line], "rules.jsonl")


# ----------------------------------------------------------------- misparsed appositions


def test_relations_loose_apposition_names_the_object(run):
    # allsides (cdAnim6hLxUbClAe): the parser hangs "Doug Jones" on the verb
    text = (
        "Trump has slammed the Democratic candidate, former U.S. Attorney Doug Jones, as soft on "
        "crime and a potential puppet for Democratic leaders in Congress."
    )
    names = {**TRUMP, "Doug Jones": ("Doug Jones", P), "U.S.": ("United States", "Place")}
    assert triples(run(text, names)) == {("Donald Trump", "criticizes", "Doug Jones")}


def test_relations_loose_apposition_of_a_rival(run):
    # allsides (cdAnim6hLxUbClAe)
    text = (
        "Trump had supported Moore's rival, U.S. Senator Luther Strange, in the Republican "
        "primary in September."
    )
    names = {**TRUMP, "Moore": ("Roy Moore", P), "Luther Strange": ("Luther Strange", P)}
    found = triples(run(text, names))
    assert ("Donald Trump", "endorses", "Luther Strange") in found
    assert ("Luther Strange", "opposes", "Roy Moore") in found
    assert ("Donald Trump", "endorses", "Roy Moore") not in found


def test_relations_asked_whether_is_no_endorsement(run):
    # allsides: an open question reported, not a vote announced
    text = (
        "Rep. Tim Huelskamp was coy when asked whether he would vote for Mr. Boehner for speaker."
    )
    names = {"Tim Huelskamp": ("Tim Huelskamp", P), "Boehner": ("John Boehner", P)}
    assert triples(run(text, names)) == set()


def test_relations_curly_apostrophe_negation(run):
    # allsides: the small parser reads "n’t" as punctuation
    text = (
        "Over coffee and waffles at a Waffle House here, 66-year-old Richard Barnett said he "
        "wasn’t a fan of Moore before the allegations surfaced."
    )
    names = {"Richard Barnett": ("Richard Barnett", P), "Moore": ("Roy Moore", P)}
    found = run(text, names)
    assert ("Richard Barnett", "endorses", "Roy Moore") in flagged(found)
    assert triples(found) == set()


def test_relations_race_between_is_symmetric(run):
    # allsides
    text = (
        "Polling in the matchup between Gardner and Hickenlooper has been scarce, though "
        "Republicans concede that their incumbent is in for a tough reelection fight."
    )
    names = {"Gardner": ("Cory Gardner", P), "Hickenlooper": ("John Hickenlooper", P)}
    assert triples(run(text, names)) == {
        ("Cory Gardner", "opposes", "John Hickenlooper"),
        ("John Hickenlooper", "opposes", "Cory Gardner"),
    }


def test_relations_vow_to_repeal_a_law_opposes_it(run):
    # allsides (8feL78fa6NG0gelL)
    text = 'He vowed to repeal "every word" of Obamacare, Cruz said.'
    text = "Cruz vowed to repeal Obamacare."
    names = {"Cruz": ("Ted Cruz", P), "Obamacare": ("Affordable Care Act", "Legislation")}
    assert triples(run(text, names)) == {("Ted Cruz", "opposes", "Affordable Care Act")}


def test_relations_party_members_are_not_the_party(run):
    # allsides
    text = "Mr. Manchin, one of the four Democrats who voted against the proposal, spoke."
    names = {
        "Democrats": ("Democratic Party", "PoliticalParty"),
        "the proposal": ("Green New Deal", "Legislation"),
    }
    assert triples(run(text, names)) == set()


def test_relations_quote_disparages_the_actor_inside_the_subject(run):
    # allsides (8PTS2lw4ZeSMdRCE): attribution ten tokens after the quote
    text = (
        "“What the Obama administration is doing is dangerous and, frankly, reckless,” "
        "McKeon, R-Calif., said."
    )
    names = {
        "Obama administration": ("Obama administration", "GovernmentBody"),
        "McKeon": ("Buck McKeon", P),
    }
    assert triples(run(text, names)) == {("Buck McKeon", "criticizes", "Obama administration")}


def test_relations_unwilling_to_challenge_is_negated(run):
    # allsides
    text = (
        "Such a move could test whether Republicans, who have largely been unwilling to "
        "challenge Trump in a primary, will stand by him."
    )
    names = {**TRUMP, "Republicans": ("Republican Party", "PoliticalParty")}
    found = run(text, names)
    assert triples(found) == set()


MOORE = {"Roy Moore": ("Roy Moore", P), "Moore": ("Roy Moore", P)}


def test_relations_quoted_command_to_vote_for_is_the_speakers_endorsement(run):
    # allsides (225oahSObStcqGCY)
    text = (
        '"We need somebody in that Senate seat who will vote for our agenda … So get out and '
        'vote for Roy Moore," Trump said.'
    )
    assert triples(run(text, {**TRUMP, **MOORE})) == {("Donald Trump", "endorses", "Roy Moore")}


@pytest.mark.parametrize(
    "text",
    [
        '"So get out and do not vote for Roy Moore," Trump said.',
        '"If you want, vote for Roy Moore," Trump said. ',
        '"They will vote for Roy Moore," Trump said.',
        "So get out and vote for Roy Moore.",  # no attributed quote: nobody's advice
    ],
)
def test_relations_quoted_vote_for_needs_a_plain_command(run, text):
    found = run(text, {**TRUMP, **MOORE})
    assert ("Donald Trump", "endorses", "Roy Moore") not in triples(found)


def test_relations_has_my_support_in_a_quote_is_an_endorsement(run):
    # allsides (KjEi5wxaqdWayhvg)
    # (the article names President Trump first; the entity layer resolves "he" only then)
    text = (
        "Sessions left President Trump's cabinet. "
        'Sessions said: "Second, the president is doing a great job for America and Alabama and '
        'he has my strong support."'
    )
    names = {**SESSIONS, **TRUMP, "the president": ("Donald Trump", P)}
    assert triples(run(text, names)) == {("Jeff Sessions", "endorses", "Donald Trump")}


def test_relations_has_to_support_stays_hedged(run):
    text = "Sessions has to support Trump, Sessions said."
    found = run(text, {**SESSIONS, **TRUMP})
    assert ("Jeff Sessions", "endorses", "Donald Trump") not in triples(found)


def test_relations_you_in_a_quote_said_to_someone_is_that_person(run):
    # wikinews (wn2020_049), shortened
    text = (
        'In a live-streamed statement, Sanders said to Biden: "Today, I am asking all Americans '
        'to come together in this campaign to support your candidacy, which I endorse."'
    )
    names = {"Sanders": ("Bernie Sanders", P), "Biden": ("Joe Biden", P)}
    assert ("Bernie Sanders", "endorses", "Joe Biden") in triples(run(text, names))


def test_relations_you_in_a_quote_to_nobody_named_is_nobody(run):
    text = 'Sanders said to reporters: "I do endorse your candidacy."'
    names = {"Sanders": ("Bernie Sanders", P), "Biden": ("Joe Biden", P)}
    assert triples(run(text, names)) == set()


def test_relations_joining_a_field_vying_to_run_against(run):
    # allsides (KjEi5wxaqdWayhvg)
    text = (
        "Sessions joins a crowded field vying for the Republican nomination to run against "
        "Democratic incumbent Doug Jones next year."
    )
    names = {**SESSIONS, "Doug Jones": ("Doug Jones", P)}
    assert triples(run(text, names)) == {("Jeff Sessions", "opposes", "Doug Jones")}


def test_relations_joining_a_field_that_may_run_against_is_hedged(run):
    text = (
        "Sessions may join a crowded field vying for the Republican nomination to run against "
        "Democratic incumbent Doug Jones next year."
    )
    names = {**SESSIONS, "Doug Jones": ("Doug Jones", P)}
    assert triples(run(text, names)) == set()


def test_relations_object_pronoun_of_a_misparsed_series_is_not_its_subject(run):
    # allsides (xCH1K6NXjwrha3AZ), shortened: the parser makes "said" the root with "has mocked"
    # its complement, and "criticized" a conjunct of "said"; once "him" fell back to the
    # salient subject (Trump), and Trump "recused himself". The series is Trump's
    # (syntax.series_subject), so "him" is not Trump: Sessions recused
    text = (
        "In recent days, Trump has mocked Sessions as “beleaguered,” said he’s “very "
        "disappointed” in Sessions, criticized him for recusing himself from the Russia probe, "
        "and complained that Sessions is weak."
    )
    names = {**SESSIONS, **TRUMP, "the Russia probe": ("Russia investigation", "Investigation")}
    found = triples(run(text, names), positive_only=False)
    assert ("Donald Trump", "criticizes", "Jeff Sessions") in found
    assert ("Donald Trump", "recused_from", "Russia investigation") not in found
    assert ("Jeff Sessions", "recused_from", "Russia investigation") in found


def test_relations_possessive_in_what_is_criticized_is_not_the_critics(run):
    # "criticizing his decision to recuse himself": the critic's own decision is not what one
    # criticizes; nothing in the sentence says whose it is, so no recusal edge for Trump
    text = (
        "Trump reiterated his frustration with Sessions in an interview, again criticizing his "
        "decision to recuse himself from the Russia probe."
    )
    names = {**SESSIONS, **TRUMP, "the Russia probe": ("Russia investigation", "Investigation")}
    found = triples(run(text, names), positive_only=False)
    assert ("Donald Trump", "recused_from", "Russia investigation") not in found


RUSSIA_PROBE = {"the Russia probe": ("Russia investigation", "Investigation")}


@pytest.mark.parametrize(
    "text",
    [
        # a decision someone complains about is not the complainer's (allsides 1WjArGqjSGZZFMkG)
        "Mr. Trump has long complained about Mr. Sessions decision to recuse himself from the "
        "Russia probe.",
        # "V Sessions over his ...": the recusal of the one criticized, never the critic's
        "In an interview, President Donald Trump hammered Sessions over his decision to recuse "
        "himself from the Russia probe.",
        # "any such cases" are a court's cases, not the document's one investigation
        "The Russia probe goes on. Brett Kavanaugh is likely to face calls from Democrats to "
        "recuse himself from any such cases.",
    ],
)
def test_relations_no_recusal_edge_without_a_clear_recuser_and_matter(run, text):
    names = {**SESSIONS, **TRUMP, **RUSSIA_PROBE, "Brett Kavanaugh": ("Brett Kavanaugh", P)}
    found = triples(run(text, names))
    assert not any(rel == "recused_from" and subj != "Jeff Sessions" for subj, rel, _ in found), (
        found
    )


def test_relations_grievance_noun_points_at_the_recuser(run):
    text = "Trump's fury at Sessions for recusing himself from the Russia probe grew all year."
    found = triples(run(text, {**SESSIONS, **TRUMP, **RUSSIA_PROBE}))
    assert ("Jeff Sessions", "recused_from", "Russia investigation") in found
    assert ("Donald Trump", "recused_from", "Russia investigation") not in found


RECUSAL_RECORDS = ("dBuasboLgk0m2fCV", "sGGoV2bEkNViMG8C", "yAUZYqMZ7cSinuGn", "oVwO1DAkyl4ywFFY")


@pytest.mark.slow  # a whole corpus or many parses
def test_relations_only_the_recused_recuse_in_articles_about_the_recusal(shared_dir):
    """allsides articles where Trump attacks Sessions over his recusal. A full run once gave
    Trump, Reince Priebus and Mark Meadows recused_from the Russia investigation: "his" in
    "berating Sessions for his recusal" was bound to the critic, and "blasting him for
    recusing" took an earlier sentence's subject over the name in its own sentence."""
    from polkg.extract import Extractor
    from polkg.ingest import read_documents

    path = shared_dir / "corpus/allsides/articles.jsonl"
    if not path.exists():
        pytest.skip("allsides corpus absent")
    wanted = [d for d in read_documents([str(path)]) if d.id in RECUSAL_RECORDS]
    assert len(wanted) == len(RECUSAL_RECORDS)
    recused = set()
    for result in Extractor().pipe(wanted):
        for a in result.assertions:
            if a.relation == "recused_from" and a.positive:
                recused.add((a.doc, a.subject))
    assert {subject for _, subject in recused} == {"Jeff Sessions"}
    assert ("dBuasboLgk0m2fCV", "Jeff Sessions") in recused


MISPARSE_RECORDS = ("xCH1K6NXjwrha3AZ", "zGPkTK08uW5StAGN")


@pytest.mark.slow  # a whole corpus or many parses
def test_relations_misparses_do_not_reverse_an_edge(shared_dir):
    """Two allsides articles where Trump mocks and berates Sessions. The parser once read
    "Trump berated Sessions ... insulted him" with Sessions as subject, and "said he's ...,
    criticized him" with the roles swapped; neither may become "Sessions criticizes Trump", and
    the only recusal is Sessions'."""
    from polkg.extract import Extractor
    from polkg.ingest import read_documents

    path = shared_dir / "corpus/allsides/articles.jsonl"
    if not path.exists():
        pytest.skip("allsides corpus absent")
    wanted = [d for d in read_documents([str(path)]) if d.id in MISPARSE_RECORDS]
    assert len(wanted) == 2
    found = set()
    for result in Extractor().pipe(wanted):
        for a in result.assertions:
            if not (a.negated or a.hedged):
                found.add((a.doc, a.subject, a.relation, a.object))
    for doc in MISPARSE_RECORDS:
        assert (doc, "Jeff Sessions", "criticizes", "Donald Trump") not in found
    assert ("xCH1K6NXjwrha3AZ", "Donald Trump", "criticizes", "Jeff Sessions") in found
    # "criticized him for recusing himself": the series is Trump's, so "him" is Sessions (gold)
    recusals = {
        (s, o) for doc, s, rel, o in found if doc == MISPARSE_RECORDS[0] and rel == "recused_from"
    }
    assert recusals == {("Jeff Sessions", "Russia investigation")}
