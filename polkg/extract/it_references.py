""" "It" as a reference: the one thing its sentence names before it.

"He declared NATO relevant, after trashing it repeatedly" criticizes NATO, and "The Club for
Growth ... announced it had formally endorsed Cruz" is the Club's endorsement; a rule that reads
"it" as nobody loses both. But most "it"s stand for something no entity holds ("Asked about the
column ..., Trump called it a 'gutless editorial'", "Voters didn't buy the pitch, and Democrats
still rail against it") or for no referent at all ("it appears the governor took ...", "calls it
quits"). So "it" is a reference only where one thing fits: among the noun phrases its sentence
has before it (in its quotation context), leaving out persons, plurals, times and amounts, the
predicate nouns of a clause ("called it a disgrace") and the arguments of its own clause (an
object "it" is never its clause's subject: "the super PAC supporting it"), exactly one remains;
when none does, the one of the sentence before it in the same paragraph. That one is the
referent when an entity holds it that is no person; any other noun phrase in the window, named
or not, leaves "it" open. A subject "it" with a clause of its own after its verb is a dummy
subject ("it is unfair to accuse him"), and a few verbs take "it" idiomatically ("make it",
"take it"): both stay open. Word lists are data (``patterns/it_references.json``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Span, Token

from polkg.extract.lexicon import word_sets
from polkg.extract.paragraph_sentences import sentence_before
from polkg.extract.syntax import governing_verb
from polkg.model import EntityRecord


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    return word_sets("it_references")


@functools.cache
def _human_nouns() -> frozenset[str]:
    return word_sets("entities_words")["human_nouns"]


def _dummy(tok: Token) -> bool:
    """Whether ``tok`` ("it") refers to nothing: the subject of "appear"/"seem", or of a verb
    that extraposes a clause of its own after it ("it is unfair to accuse him", "it made
    perfect sense to recuse"), or an object a verb takes idiomatically ("make it", "take it",
    "calls it quits")."""
    words = _words()
    head = tok.head
    lemma = head.lemma_.lower()
    if tok.dep_ in ("nsubj", "nsubjpass"):
        if lemma in words["dummy_subject_verbs"]:
            return True
        clause = any(c.dep_ in words["clausal_deps"] and c.i > tok.i for c in head.children)
        return clause and lemma in words["extraposing_verbs"]
    if tok.dep_ == "dobj":
        idiom = any(c.lower_ in words["idiom_complements"] for c in head.children)
        return idiom or lemma in words["idiom_object_verbs"]
    return tok.dep_ not in words["referring_deps"]


def _agent(tok: Token) -> bool:
    """Whether ``tok`` ("it") is the subject of a verb of taking a stance ("it endorsed Cruz"):
    only an actor, a document or a body can be it."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _words()["agent_verbs"]


def _bound(tok: Token) -> set[int]:
    """The arguments of ``tok``'s own clause, which a non-reflexive "it" is not: its verb's
    subjects and objects, the controller of an infinitive ("urged the delegation to support
    it") and the noun a participle or relative clause hangs on ("the super PAC supporting it",
    "the law it replaced")."""
    verb = governing_verb(tok)
    if verb is None:
        return set()
    argument_deps = _words()["argument_deps"]
    heads = [verb]
    if verb.dep_ == "xcomp":
        heads.append(verb.head)
    out: set[int] = set()
    for head in heads:
        for c in head.children:
            if c.dep_ in argument_deps and c.i != tok.i:
                out |= {c.i} | {j.i for j in c.conjuncts}
    if verb.dep_ in ("acl", "relcl"):
        out.add(verb.head.i)
    return out


def _candidate(
    t: Token, it: Token, agent: bool, entity: Callable[[Token], EntityRecord | None]
) -> tuple[str, EntityRecord | None] | None:
    """The referent key of noun phrase head ``t`` if "it" (``it``) could stand for it, else
    None; for an ``agent`` "it" only what can take a stance counts: a named thing, a noun of
    ``agent_nouns`` or a name no entity holds."""
    words = _words()
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in words["non_referring_deps"]:
        return None
    if t.ent_type_ in words["amount_entity_types"] or t.lemma_.lower() in words["time_nouns"]:
        return None
    if it in t.subtree:
        return None  # "in favor of it": no phrase holds its own referent
    rec = entity(t)
    if rec is not None and rec.type == "Person":
        return None
    if rec is None and (t.ent_type_ == "PERSON" or t.lemma_.lower() in _human_nouns()):
        return None
    if t.tag_ in ("NNS", "NNPS") and (rec is None or rec.type not in words["plural_name_types"]):
        return None  # "attacks", "Democrats": never "it"
    if agent and rec is None and t.pos_ != "PROPN" and t.lemma_.lower() not in words["agent_nouns"]:
        return None  # "held its convention on Zoom. It nominated ...": no convention nominates
    return (rec.name if rec is not None else f"#{t.i}"), rec


def _fitting(
    sent: Span,
    it: Token,
    skip: set[int],
    in_quote: Callable[[int], bool],
    entity: Callable[[Token], EntityRecord | None],
) -> dict[str, tuple[Token, EntityRecord | None]]:
    """The referents "it" (``it``) could stand for among ``sent``'s tokens before it."""
    found: dict[str, tuple[Token, EntityRecord | None]] = {}
    quoted, agent = in_quote(it.i), _agent(it)
    for t in sent:
        if t.i >= it.i or t.i in skip or in_quote(t.i) != quoted:
            continue
        cand = _candidate(t, it, agent, entity)
        if cand is not None:
            found.setdefault(cand[0], (t, cand[1]))
    return found


def it_antecedent(
    tok: Token,
    in_quote: Callable[[int], bool],
    entity: Callable[[Token], EntityRecord | None],
) -> Token | None:
    """The token of the one non-person entity "it" (``tok``) stands for, or None."""
    if tok.lower_ != "it" or _dummy(tok):
        return None
    found = _fitting(tok.sent, tok, _bound(tok), in_quote, entity)
    if not found:
        prev = sentence_before(tok.sent)
        if prev is None:
            return None
        found = _fitting(prev, tok, set(), in_quote, entity)
    if len(found) != 1:
        return _continued_subject(tok, found)
    token, rec = next(iter(found.values()))
    return token if rec is not None or _measure_noun(token) else None


@functools.cache
def _generic_nouns() -> frozenset[str]:
    """The generic nouns of a bill or an investigation ("the bill", "this legislation", "the
    probe"), which the argument resolver reads as the one such entity a text names
    (``generic_references``): the same data, so "it" and the noun agree."""
    data = word_sets("arguments_words")
    return data["generic_legislation_nouns"] | data["generic_investigation_nouns"]


def _measure_noun(t: Token) -> bool:
    """Whether noun phrase head ``t`` is a bare generic bill or probe noun, which the caller
    resolves to the text's one named measure or investigation ("The Senate passed the bill
    today. Republicans had opposed it")."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in _generic_nouns()


def _continued_subject(
    tok: Token, found: dict[str, tuple[Token, EntityRecord | None]]
) -> Token | None:
    """A subject "it" continues the one measure or investigation its window names as a
    subject (a named one or a generic noun, which the caller resolves) when no other noun
    phrase of the window is an entity: "I am very pleased that this legislation has
    broad-based support. It has received endorsements from ..." (Feingold's release,
    session 37); "The Senate passed the bill. It goes to the House" names two entities and
    stays open, as does any "it" whose window has no such subject."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    types = _words()["continued_types"]
    held = [t for t, rec in found.values() if rec is not None]
    measures = [
        t
        for t, rec in found.values()
        if t.dep_ in ("nsubj", "nsubjpass")
        and ((rec is not None and rec.type.lower() in types) or (rec is None and _measure_noun(t)))
    ]
    if len(measures) != 1 or any(t is not measures[0] for t in held):
        return None
    return measures[0]
