"""Mechanisms behind the wrong edges of audit batch 19 (NewsMTSC sentences, gold/README.md), on
short real sentences: each wrong reading makes no edge (or an unasserted one), its true twin
still makes its edge."""

from __future__ import annotations

from rule_edges import edges, flagged, positive_and_unasserted

from polkg.extract import Extractor


def test_a_negation_hung_on_the_auxiliary_negates(extractor: Extractor) -> None:
    # negation: the parser hangs a curly "n’t" on "are", not on "voting"
    triple = ("Republican Party", "endorses", "Graham-Cassidy")
    curly = "Republicans aren\u2019t voting for Graham-Cassidy."
    assert positive_and_unasserted(extractor, curly) == (set(), {triple})
    plain = "Republicans are voting for Graham-Cassidy."
    assert positive_and_unasserted(extractor, plain) == ({triple}, set())


def test_an_envoy_dispatched_somewhere_is_not_defeated(extractor: Extractor) -> None:
    # wrong-sense: "dispatch" with a destination sends
    envoy = (
        "As the campaign was turning against the Democrats last month, Mr. Obama quietly "
        "dispatched John Podesta, a senior adviser who oversees climate policy, to Beijing to "
        "try to finalize a deal."
    )
    assert edges(extractor, envoy) == set()
    race = "In the Senate primary, Smith easily dispatched Tom Jones, the incumbent."
    assert edges(extractor, race) == {("Smith", "opposes", "Tom Jones")}


def test_a_blow_is_no_criticism(extractor: Extractor) -> None:
    # wrong-sense: a blow word whose complement (or its conjunct's) is a thing or a body part
    fight = (
        "Wilson, who is much smaller than the 6-foot, 4-inch, 290-pound Brown was, told the "
        "panel of being attacked and in fear for his life as Brown slammed his squad car door "
        "on him and pummeled him through the window moments after Wilson confronted him "
        "walking in the middle of the street."
    )
    assert edges(extractor, fight) == set()
    words = "Trump slammed Hillary Clinton on the debate stage."
    assert edges(extractor, words) == {("Trump", "criticizes", "Hillary Clinton")}


_TOLD = (
    "Trump was unperturbed when told that Markle backed his rival, Democrat Hillary Clinton, in "
    'the 2016 U.S. election and has described him as "divisive."'
)


def test_a_backing_told_to_someone_is_not_theirs(extractor: Extractor) -> None:
    # wrong-subject: the one told of a backing (a passive "told", or an indicative "that"
    # clause with a subject of its own) is no backer
    found = edges(extractor, _TOLD)
    assert ("Trump", "endorses", "Hillary Clinton") not in found
    assert ("Markle", "endorses", "Hillary Clinton") in found
    report = "Trump told reporters that Markle backed Hillary Clinton."
    assert edges(extractor, report) == {("Markle", "endorses", "Hillary Clinton")}
    # an urging keeps its speaker
    urging = "Trump told voters that they should back Roy Moore."
    assert edges(extractor, urging) == {("Trump", "endorses", "Roy Moore")}
    # the speaker's own "I" (audit batch 5) and a thing as the clause's subject (batch 4)
    own = '"I do not trust President Obama," Candice Miller said.'
    assert flagged(extractor, own) == {("Candice Miller", "criticizes", "Barack Obama", True)}


def test_nobody_backs_their_own_rival(extractor: Extractor) -> None:
    # wrong-antecedent: "his rival" under "backed" is not Markle's, so it is Trump's
    found = edges(extractor, _TOLD)
    assert ("Hillary Clinton", "opposes", "Markle") not in found
    assert ("Hillary Clinton", "opposes", "Trump") in found
    # a rival met, not backed, is the subject's own
    own = "Trump met his rival, Democrat Hillary Clinton, in the 2016 election."
    assert edges(extractor, own) == {("Hillary Clinton", "opposes", "Trump")}
    # a former rival may be backed (audit batch 2)
    former = "Bloomberg endorsed his former rival, Joe Biden."
    assert ("Joe Biden", "opposes", "Bloomberg") in edges(extractor, former)


def test_a_subject_cut_off_by_a_lone_comma_is_no_subject(extractor: Extractor) -> None:
    # wrong-subject: NewsMTSC cut the sentence at its subject's apposition
    cut = (
        "John McCain (R-AZ), used her eulogy as a thinly-veiled way to criticize Trump and his "
        "\u201ccheap rhetoric\u201d while boasting about her father\u2019s life."
    )
    assert edges(extractor, cut) == set()
    whole = "John McCain (R-AZ) used the speech to criticize Trump."
    assert edges(extractor, whole) == {("John McCain", "criticizes", "Trump")}
    aside = "John McCain, 81, criticized Trump."
    assert edges(extractor, aside) == {("John McCain", "criticizes", "Trump")}
    # a clause the parser took for the subject is no apposition (audit batch 5)
    clause = (
        "Sessions at first demurred, noting that Comey is no longer the director of the FBI "
        "and praising the current director, Chris Wray."
    )
    assert edges(extractor, clause) == {("Sessions", "endorses", "Chris Wray")}


def test_portraying_someone_as_a_victim_is_no_criticism(extractor: Extractor) -> None:
    # wrong-speaker: the insults are Trump's; Clinton's portrayal of Machado is sympathy
    victim = (
        "Mr. Trump said that Mrs. Clinton, who has portrayed Ms. Machado as a victim of Mr. "
        "Trump\u2019s cruel insults, had \u201cmade this young lady into a girl scout when "
        "she was the exact opposite.\u201d"
    )
    assert ("Clinton", "criticizes", "Machado") not in edges(extractor, victim)
    insult = "Mrs. Clinton portrayed Ms. Machado as a cruel liar."
    assert edges(extractor, insult) == {("Clinton", "criticizes", "Machado")}


def test_an_infinitive_object_is_no_subject(extractor: Extractor) -> None:
    # tune-a's false edge (unrelated-pair): the parser joined "to defeat Trump" to the subject
    stolen = (
        "\"We're prepared to support whoever the candidate is to defeat Trump and his agenda of "
        "inequality and division and our members endorse Elizabeth Warren as the best candidate "
        'for the job."'
    )
    assert ("Trump", "endorses", "Elizabeth Warren") not in edges(extractor, stolen)
    own = "Democrats want to win and Sanders endorsed Hillary Clinton."
    assert edges(extractor, own) == {("Sanders", "endorses", "Hillary Clinton")}
