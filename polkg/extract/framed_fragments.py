"""Quoted fragments the narration frames: the framing verb's subject judges the fragment's owner.

"Trump fired back, bemoaning Romney's 'nasty' remarks", "Lee said she is speaking out because
of Trump's 'dangerousness'", "He said the 'phony' and 'nasty' Harris attacked Biden": a few
words in quotation marks inside the narrator's sentence, with no speech verb of their own, are
the words of the subject of the verb that frames them (a verb of speech, of characterizing or of
complaint, ``patterns/framed_fragments.json``). When those words judge what a named actor owns
or does, that subject criticizes the actor:

- the quoted words are a judging adjective on a deed noun the actor owns ("Romney's 'nasty'
  remarks": ``deed_judgements.is_deed``) or on the actor's name ("the 'phony' Harris"), or a
  whole noun phrase the actor owns ("Trump's 'dangerousness'", "what he called Barr's
  'unacceptable politicization'") or does ("'a witch hunt' by partisan prosecutors");
- the judging word is negative by the judgement lexicons (``lexicon.judgement_words``, the
  words that judge deeds, the offence nouns), no positive word or negation among the quoted
  words: a scare quote is no judgement by itself ("Obama's 'surge' plan");
- a label the owner coined is the owner's words, not the framer's: a quoted compound or name
  on the noun ("Clinton's 'deplorables' comment") is never read, nor an adjective after its
  noun (a predicate: the characterizing verbs read "called Sessions 'weak'");
- the owner's own verb frames nothing ("the 'phony' Harris attacked Biden": the nearest
  verb above whose subject the owner is not), and a speech verb frames what its clauses and
  phrases hold, not its direct object ("could continue Sessions' 'legacy of hostility'").

The framing verb's own negation, hedge or demand is the judgement's (``relations``), and a
noun told as alleged is no judgement ("an alleged 'corrupt intent' by Trump").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from polkg.extract.arguments import Argument, ArgumentResolver
from polkg.extract.co_members import outside_subject_list
from polkg.extract.cues import CueLexicon, modality
from polkg.extract.deed_authors import by_author
from polkg.extract.deed_judgements import DEED_WORDS, OFFENCE_NOUNS, is_deed
from polkg.extract.lexicon import judgement_words, word_sets
from polkg.extract.quotes import QuoteIndex, embedded_quote, quote_lexicon
from polkg.extract.rules import FRAMED_RULE, Rule
from polkg.extract.syntax import clause_subject, hyphenated

_LISTS = word_sets("framed_fragments")
_NEGATIONS = word_sets("cues_modality")["negation_particles"]
_HEDGES = word_sets("cues_modality")["hedge_noun_modifiers"]
_CLIMB = 8  # links between the judged noun and its framing verb, at most
_FRAGMENT = 8  # words of a framed fragment, at most: a longer quotation is a statement
# how a quoted adjective hangs on its noun: directly, or as a conjunct or misread determiner
_MODIFIER_LINKS = frozenset({"amod", "conj", "preconj"})
_SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_LINKS = frozenset({"dobj", "obj"})


@dataclass(frozen=True)
class FramedFragment:
    """ "X bemoaned Y's 'nasty' remarks": the framing verb, the owner's token and the quoted
    words (never the owner)."""

    verb: Token
    owner: Token
    phrase: frozenset[int]


def framing_verbs() -> frozenset[str]:
    """The verbs whose subject says a quoted fragment in their object: characterizing verbs
    and verbs of complaint (``framed_fragments.json``); speech verbs frame what their clauses
    and phrases hold (``_framing_verb``)."""
    return quote_lexicon()["characterizing_verbs"] | _LISTS["framing_verbs"]


def framed_fragments(doc: Doc, quotes: QuoteIndex) -> Iterator[FramedFragment]:
    """The quoted fragments of ``doc`` that judge a named actor's deed or conduct, with the
    verb that frames them."""
    verbs = framing_verbs()
    speech = quote_lexicon()["speech_verbs"]
    for q in quotes.quotes:
        words = [t for t in doc[q.start : q.end] if not t.is_punct]
        if not words or len(words) > _FRAGMENT or not embedded_quote(doc, q):
            continue
        inside = {t.i for t in words}
        noun = _judged_noun(doc, inside)
        if noun is None:
            continue
        owner = _owner(noun)
        if owner is None or owner.i in inside:
            continue
        if _judging_word(words) is None:
            continue
        verb = _framing_verb(noun, verbs, speech)
        if verb is None:
            continue
        yield FramedFragment(verb, owner, frozenset(inside))


def framed_arguments(
    doc: Doc, resolver: ArgumentResolver, quotes: QuoteIndex, cues: CueLexicon
) -> Iterator[tuple[Rule, Token, list[Argument], list[Argument], dict[str, Any]]]:
    """The rule, framing verb, speakers, judged owners and the framing verb's modality of each
    framed fragment of ``doc``, for the relation layer to pair."""
    for f in framed_fragments(doc, quotes):
        subj_tok, demand = clause_subject(f.verb)
        if subj_tok is None or subj_tok.i in f.phrase:
            continue
        mod = modality(f.verb, "criticizes", lexicon=cues)
        subjects = resolver.resolve(subj_tok, exclude=[f.owner.i])
        objects = resolver.resolve(f.owner, exclude=[subj_tok.i])
        objects = outside_subject_list(objects, subjects, f.owner)
        flags = {"negated": mod.negated, "hedged": mod.hedged or demand, "reasons": mod.reasons}
        yield FRAMED_RULE, f.verb, subjects, objects, flags


def _judged_noun(doc: Doc, inside: set[int]) -> Token | None:
    """The noun the quoted words judge: the noun a quoted adjective phrase modifies, when it is
    a deed ("Romney's 'nasty' remarks"), or the head noun of a quoted noun phrase ("the White
    House's 'evasiveness'"); None for a quoted label ("Clinton's 'deplorables' comment")."""
    roots = [doc[i] for i in sorted(inside) if doc[i].head.i not in inside or doc[i].head.i == i]
    if len(roots) != 1:
        return None  # the quoted words are no one phrase
    root = roots[0]
    if root.pos_ == "ADJ" and root.dep_ in _MODIFIER_LINKS:
        noun = _modified(root)
        if noun.i < root.i:
            return None  # an attributive adjective comes before its noun; this one is misparsed
        if noun.pos_ == "PROPN":
            return noun  # "what he says about the 'failing' New York Times": the name itself
        return noun if noun.pos_ == "NOUN" and is_deed(noun) else None
    if root.pos_ == "NOUN" and root.dep_ not in {"compound", "nmod", "npadvmod"}:
        return root
    return None


def _modified(adjective: Token) -> Token:
    """The noun a quoted adjective modifies, through the adjectives and the determiner the
    small parser may hang it on ("the 'phony' and 'nasty' Harris": "phony" on "the")."""
    tok = adjective.head
    for _ in range(3):
        if tok.pos_ not in {"ADJ", "DET", "CCONJ"} or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _owner(noun: Token) -> Token | None:
    """Who owns or does the judged noun: a name is itself ("the 'failing' New York Times"),
    else its possessor ("Romney's"), else the object of its "by" phrase ("tactics by Labour");
    none for a noun told as alleged or possible ("an alleged 'corrupt intent' by Trump")."""
    if noun.pos_ == "PROPN":
        return noun
    if any(c.dep_ == "amod" and c.lower_ in _HEDGES for c in noun.children):
        return None
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    return by_author(noun)


def _judging_word(words: list[Token]) -> Token | None:
    """The first negative word of the quoted words, unless a positive word or a negation is
    among them ("a 'bold but risky' plan", "'not reckless'")."""
    negative, positive = judgement_words()
    negative = negative | DEED_WORDS | OFFENCE_NOUNS
    hit = None
    for t in words:
        forms = {t.lower_, t.lemma_.lower()}
        if (whole := hyphenated(t)) != "":
            forms.add(whole)
        if t.dep_ == "neg" or forms & _NEGATIONS or forms & positive:
            return None
        if hit is None and forms & negative:
            hit = t
    return hit


def _framing_verb(noun: Token, verbs: frozenset[str], speech: frozenset[str]) -> Token | None:
    """The nearest verb above ``noun`` in its sentence whose subject says the fragment: a
    characterizing or complaining verb ("bemoaning Romney's 'nasty' remarks"), or a speech verb
    whose clause or phrase holds it ("said the legislation doesn't address the White House's
    'evasiveness'"); not a speech verb's direct object ("said Barr could continue Sessions'
    'legacy of hostility'": "continue" introduces quotations, here it frames nothing)."""
    tok = noun
    for _ in range(_CLIMB):
        if tok.head.i == tok.i:
            return None
        below, tok = tok, tok.head
        if below.dep_ in _SUBJECT_LINKS:
            continue  # "said the 'phony' Harris attacked Biden": Harris's own verb frames nothing
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = tok.lemma_.lower()
        if lemma in verbs or (lemma in speech and below.dep_ not in _OBJECT_LINKS):
            return tok
    return None
