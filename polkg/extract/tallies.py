"""Failed tallies: "'The Lib Dems' sums don't add up,' Boateng said" -> criticizes.

A speaker who says an actor's sums, figures or costings do not add up (or stack up), or that
none of them do, says the actor's numbers are false: the standard charge against a rival's
spending plans ("Chancellor Gordon Brown said the Lib Dem figures did not add up"), a
criticism although no judging word is there and the clause is negated. The negation (or the
"none") is the judgement itself, so modality skips it, as it skips the "cannot" of denied
standing (``denied_standing.py``), and reads every other cue ("did not say the Tories' sums do
not add up"). The actor owns the numbers: their possessor ("the party's sums") or a modifier
right on the noun ("the Lib Dem figures"); "the sums do not add up" names nobody. Words:
``patterns/tallies.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from polkg.extract.counterfactuals import opinion_cues
from polkg.extract.lexicon import word_sets
from polkg.extract.quotes import NEGATIONS, Disparagement, Quote, QuoteIndex, quoted_judgements
from polkg.model import EntityRecord

_WORDS = word_sets("tallies")
TALLY_NOUNS = _WORDS["tally_nouns"]
TALLY_VERBS = _WORDS["tally_verbs"]
TALLY_PARTICLES = _WORDS["tally_particles"]
NONE_WORDS = _WORDS["none_words"]
OWNER_DEPS = _WORDS["owner_deps"]


def quoted_tallies(
    doc: Doc, index: QuoteIndex, entity_at: Callable[[int], EntityRecord | None]
) -> list[Disparagement]:
    """Named actors whose numbers an attributed quotation says do not add up."""
    return quoted_judgements(doc, index, entity_at, failed_tally)


def failed_tally(tok: Token, q: Quote) -> list[Disparagement]:
    """The failed tally ``q`` charges ``tok`` with: ``tok`` owns a numbers noun (possessor or
    modifier right on it) that is the subject of a negated "add up" or "stack up", or the
    object of the "of" of a "none" subject of one ("None of the Tories' figures add up")."""
    noun = tok.head
    if tok.dep_ not in OWNER_DEPS or noun.i == tok.i or not q.contains(noun.i):
        return []
    if noun.lemma_.lower() not in TALLY_NOUNS and noun.lower_ not in TALLY_NOUNS:
        return []
    subject, cues = noun, frozenset[int]()
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in NONE_WORDS:
        subject, cues = of.head, frozenset({of.head.i})  # "None of the Tories' figures"
    verb = subject.head
    if subject.dep_ != "nsubj" or not q.contains(verb.i) or not _tally(verb):
        return []
    cues |= {c.i for c in verb.children if c.dep_ == "neg" or c.lower_ in NEGATIONS}
    if not cues:
        return []  # "the day the Tory sums add up": no charge
    return [Disparagement(tok, verb, q, cues | opinion_cues(verb, q), "tally")]


def _tally(verb: Token) -> bool:
    """Whether ``verb`` is "add up" or "stack up"."""
    if verb.lemma_.lower() not in TALLY_VERBS:
        return False
    return any(c.dep_ == "prt" and c.lower_ in TALLY_PARTICLES for c in verb.children)
