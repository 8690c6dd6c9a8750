"""Mechanisms behind the wrong edges of audit batch 20 (NewsMTSC sentences, gold/README.md) and
of the same mechanisms in batches 7, 9 and 10, on short real sentences: each wrong reading makes
no edge (or an unasserted one), its true twin still makes its edge."""

from __future__ import annotations

from rule_edges import edges, positive_and_unasserted

from polkg.extract import Extractor


def test_their_is_never_one_person(extractor: Extractor) -> None:
    # wrong-subject: "their" bound by a clause whose subject is one person is someone else's
    theirs = (
        "\u201cTheir criticisms of Senator Bernie Sanders have gone beyond dispassionate "
        "ideological disagreement,\u201d Mr. Brad Deutsch wrote."
    )
    assert edges(extractor, theirs) == set()
    own = (
        "\u201cMy criticisms of Senator Bernie Sanders have gone beyond ideological "
        "disagreement,\u201d Mr. Brad Deutsch wrote."
    )
    assert edges(extractor, own) == {("Brad Deutsch", "criticizes", "Bernie Sanders")}
    # batch 7: the other candidates' desire, given to Gabbard
    exposing = "Tulsi Gabbard is neatly exposing their desire to hammer Donald Trump on Syria."
    assert edges(extractor, exposing) == set()
    # a group, or persons listed together, may be "they"
    group = "Senate Democrats said their criticisms of Donald Trump were justified."
    assert edges(extractor, group) == {("Senate Democrats", "criticizes", "Donald Trump")}
    listed = "Chuck Schumer and Nancy Pelosi said their criticisms of Donald Trump were justified."
    assert ("Chuck Schumer", "criticizes", "Donald Trump") in edges(extractor, listed)


def test_what_an_idea_or_a_claim_holds_is_not_asserted(extractor: Extractor) -> None:
    # wrong-actor: the content of "the idea that ..." (a clause the parser took for a relative
    # one) is derided, not its names
    idea = 'Nunberg said the idea that Donald Trump colluded with Russia was the "biggest joke."'
    triple = ("Nunberg", "criticizes", "Donald Trump")
    assert positive_and_unasserted(extractor, idea) == (set(), {triple})
    said = "Nunberg said Donald Trump colluded with Russia."
    assert positive_and_unasserted(extractor, said) == ({triple}, set())
    # hedged (batch 7): a progressive clause with its own subject is the claims' content, not
    # a reduced relative
    claims = (
        "The programme investigated claims that TBWA was blaming Alastair Campbell for its posters."
    )
    blame = ("TBWA", "criticizes", "Alastair Campbell")
    assert positive_and_unasserted(extractor, claims) == (set(), {blame})
    plain = "TBWA was blaming Alastair Campbell for its posters."
    assert positive_and_unasserted(extractor, plain) == ({blame}, set())


def test_a_listed_noun_shares_the_claim_over_the_first(extractor: Extractor) -> None:
    # hedged: "a forklift driver and Trump supporter" is all what the Daily Beast claimed
    claimed = (
        "The Daily Beast claimed that John Brook is a forklift driver and Trump supporter who "
        "lived in the Bronx."
    )
    triple = ("John Brook", "endorses", "Trump")
    assert positive_and_unasserted(extractor, claimed) == (set(), {triple})
    stated = "John Brook is a forklift driver and Trump supporter who lived in the Bronx."
    assert positive_and_unasserted(extractor, stated) == ({triple}, set())
    # the first noun's negation stays its own
    contrast = "John Brook is not a Democrat but a Trump supporter."
    assert positive_and_unasserted(extractor, contrast) == ({triple}, set())


def test_a_sentence_cut_before_its_verb_has_no_speaker(extractor: Extractor) -> None:
    # wrong-speaker: NewsMTSC cut the verb and its subject; the name left is what was said of
    cut = (
        "Alexandria Ocasio-Cortez over the weekend as a \u201cpompous little twit,\u201d saying "
        "the Green New Deal plan she\u2019s advocating is \u201ccompletely crazy.\u201d"
    )
    assert edges(extractor, cut) == set()
    whole = (
        "Trump mocked Alexandria Ocasio-Cortez over the weekend as a \u201cpompous little "
        "twit,\u201d saying the Green New Deal plan she\u2019s advocating is \u201ccompletely "
        "crazy.\u201d"
    )
    assert ("Trump", "criticizes", "Alexandria Ocasio-Cortez") in edges(extractor, whole)
    own = 'Alexandria Ocasio-Cortez, speaking on Sunday, said Donald Trump is "completely crazy."'
    assert edges(extractor, own) == {("Alexandria Ocasio-Cortez", "criticizes", "Donald Trump")}


def test_a_verb_after_a_dash_aside_is_not_the_asides(extractor: Extractor) -> None:
    # wrong-subject (batch 7): "and has worked" is no conjunct of "hails" inside the dashes
    aside = (
        "In a phone interview, Steve Chabot noted that he's the dean of the Ohio delegation "
        "\u2014 the one from which Jim Jordan also hails \u2014 and has worked to support "
        "Republicans in the pivotal swing state."
    )
    assert ("Jim Jordan", "endorses", "Republican Party") not in edges(extractor, aside)
    plain = (
        "In a phone interview, Steve Chabot noted that he's the dean of the Ohio delegation and "
        "has worked to support Republicans in the pivotal swing state."
    )
    assert edges(extractor, plain) == {("Steve Chabot", "endorses", "Republican Party")}


def test_a_past_form_read_as_a_participle_is_no_conjunct_of_an_infinitive(
    extractor: Extractor,
) -> None:
    # wrong-subject (batch 10): "accused", tagged VBN without an auxiliary, goes with "demanded"
    demand = (
        "In his speech on Tuesday, Biden demanded Congress pass new laws to address police "
        "violence against racial minorities and accused Trump of mobilizing the military to "
        "punish protesters in an effort to gin-up excitement among his base."
    )
    assert edges(extractor, demand) == {("Biden", "criticizes", "Trump")}


def test_their_of_a_possessed_group_is_the_groups(extractor: Extractor) -> None:
    # wrong-actor (batch 7): the staff's support, not its possessor's
    staff = (
        "But the very same day, Stivers's NRCC staff was sending fundraising emails touting "
        "their solid support for Trump against nefarious left-wing protesters."
    )
    assert edges(extractor, staff) == set()
    own = (
        "Stivers was sending fundraising emails touting his solid support for Trump against "
        "nefarious left-wing protesters."
    )
    assert edges(extractor, own) == {("Stivers", "endorses", "Trump")}


def test_a_participle_on_the_addressee_of_a_written_memo_is_the_memos(
    extractor: Extractor,
) -> None:
    # wrong-speaker (batch 3): the memo Barr wrote to Rosenstein calls the probe misconceived
    memo = (
        "Specifically, they're referring to a controversial memo William Barr wrote last year to "
        'Rod Rosenstein calling the Russia investigation "fatally misconceived."'
    )
    assert edges(extractor, memo) == set()
    sent = (
        'Barr sent a memo to Rod Rosenstein calling the Russia investigation "fatally '
        'misconceived."'
    )
    assert edges(extractor, sent) == {("Barr", "criticizes", "Russia investigation")}
    own = 'Rod Rosenstein, calling the Russia investigation "fatally misconceived," wrote to Barr.'
    assert edges(extractor, own) == {("Rod Rosenstein", "criticizes", "Russia investigation")}
