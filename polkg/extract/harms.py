"""Harm an actor does or is said to bring: the judgement of a warning.

Press releases and campaign news criticise by naming the damage an actor, its bill or its
policy does: "This legislation recklessly endangers the health of Americans" (a senator's
statement), "Labour would raise taxes in its post-election Budget" (the Tory leader), "Tony
Blair has said Conservative policies would cause economic failure". The quote layer reads a
clause subject's predicate as a disparagement (``quotes._disparaging_predicate``); this module
adds the harm predicates, from word lists in ``patterns/cues_quotes.json``:

- a verb of doing harm (``harm_verbs``: "endanger", "jeopardize", "gut", "shortchange"; of
  them the ``ergative_harm_verbs`` only with an object: "the United States' leadership ... is
  eroding" tells a loss, no harm done);
- a verb of causing (``causing_verbs``: "cause", "bring", "mean") whose object is a negative
  word of the polarity lexicon (``lexicon.judgement_words``: "failure", "chaos", "disaster");
- raising taxes (``tax_raising_verbs`` with ``tax_nouns``), the oldest charge of a campaign.

A harm foretold is still the speaker's judgement: the "would"/"will" of "Labour would raise
taxes" qualifies the harm, not the warning, so ``prediction_cues`` gives the modality layer
those auxiliaries to pass over ("could"/"may" still hedge; "if" still makes it conditional).
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.lexicon import judgement_words, word_sets
from polkg.model import EntityRecord

WORDS = word_sets("cues_quotes")
# auxiliaries of a foretold harm that do not hedge the warning itself
FORETELLING = frozenset({"will", "would", "'ll"})


def harm_word(verb: Token) -> Token | None:
    """``verb`` when its clause is a harm its subject does ("endangers", "would cause economic
    failure", "would raise taxes"), else None. The verb, not its object, carries the clause's
    modality ("failure" is a negating noun elsewhere: "his failure to back X")."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in WORDS["harm_verbs"]:
        # an ergative one without an object after it tells a loss: "our leadership is eroding"
        # (the parser may take a "that" before it for its object)
        if lemma not in WORDS["ergative_harm_verbs"] or any(o.i > verb.i for o in objects):
            return verb
    objects += [
        p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
    ]
    if lemma in WORDS["causing_verbs"]:
        negative, positive = judgement_words()
        for obj in objects:
            words = {t.lemma_.lower() for t in obj.subtree} | {t.lower_ for t in obj.subtree}
            negated = any(t.dep_ == "neg" or t.lower_ in {"no", "not"} for t in obj.subtree)
            if obj.lemma_.lower() in negative and not words & positive and not negated:
                return verb
    if lemma in WORDS["tax_raising_verbs"] and any(_is_tax(obj) for obj in objects):
        return verb
    return None


def _is_tax(tok: Token) -> bool:
    return tok.lemma_.lower() in WORDS["tax_nouns"] or tok.lower_ in WORDS["tax_nouns"]


def prediction_cues(predicate: Token) -> frozenset[int]:
    """The "would"/"will" of a harm or disparaging verb ("Labour would raise taxes", "would
    wreck the economy"), and the attempt a disparaging verb completes ("is trying to exploit
    the deadline": the attempt is the charge, ``attempt_verbs``): tokens the modality layer
    should not read as hedging."""
    if predicate.pos_ != "VERB":
        return frozenset()
    if harm_word(predicate) is None and predicate.lemma_.lower() not in WORDS["disparaging_verbs"]:
        return frozenset()
    cues = {c.i for c in predicate.children if c.dep_ == "aux" and c.lower_ in FORETELLING}
    head = predicate.head
    if predicate.dep_ == "xcomp" and head.lemma_.lower() in WORDS["attempt_verbs"]:
        cues.add(head.i)
    return frozenset(cues)


def own_pledge(predicate: Token, speaker: EntityRecord, target: EntityRecord) -> bool:
    """A party's member saying it would raise a tax states its policy, no charge against it:
    "Labour leader Tony Blair said Labour would raise taxes on the rich"."""
    if target.type != "PoliticalParty" or speaker.party != target.name:
        return False
    return predicate.lemma_.lower() in WORDS["tax_raising_verbs"] and any(
        c.dep_ == "dobj" and _is_tax(c) for c in predicate.children
    )
