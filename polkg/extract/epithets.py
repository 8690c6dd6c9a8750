"""Quoted epithets: a label the narrator quotes after a naming verb is the subject's jibe.

"Trump ... referring to him as 'Rocket Man'", "Steve Scalise ... calling the investigation into
Trump 'Soviet-style'", "comparing Democrats to 'hostage takers'": no lexicon rates these labels,
but news puts a label in quotation marks after "call", "dub" or "brand" when it repeats
someone's name-calling word for word. A quoted label of a few words, with no positive or
praising word, no negation, no name and no number, judges the named object as the rated words
of ``judgements.characterizations`` do (``patterns/epithets.json``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.lexicon import vader_valences, word_sets, words
from polkg.extract.quotes import NEGATIONS, QUOTE_MARKS
from polkg.model import EntityRecord

_LABEL_POS = frozenset({"DET", "NOUN", "PROPN"})
_NAMES = frozenset({"ORG", "GPE", "LOC", "FAC", "CARDINAL", "MONEY", "DATE", "LAW"})
# what makes a quoted label a described role right after it ("the key" to ..., "the face" of
# ...); not a circumstance or a reason the parser hangs on it ('called Tom Llamas "a sleaze"
# during a news conference', 'called Obama "an absentee president" for not visiting the border')
_CLAUSES = frozenset({"acl", "relcl"})
_COMPLEMENT_PREPOSITIONS = frozenset({"to", "of"})


@functools.cache
def _settings() -> tuple[frozenset[str], int]:
    data = words("epithets")
    return frozenset(data["naming_verbs"]), int(data["max_words"])


@functools.cache
def _target_types() -> frozenset[str]:
    return frozenset(words("epithets")["target_types"])


def epithet_target(entity: EntityRecord) -> bool:
    """Whether an unrated epithet may judge ``entity``: a party, or a person the text names in
    full ("called Antifa an 'idea'" labels a movement the entity layer took for a person; a
    lone name may be no person at all, as for testimonials)."""
    if entity.type not in _target_types():
        return False
    return entity.type != "Person" or len(entity.name.split()) > 1


def quoted_epithet(
    verb: Token, target: Token, phrase: list[Token], positive: frozenset[str]
) -> Token | None:
    """The first word of ``phrase`` when it is a quoted label after a naming ``verb`` that
    calls a person or party by name or pronoun ("referred to him as 'Rocket Man'", "comparing
    Democrats to 'hostage takers'"), else None. A thing's label ("called the plan an
    'aspirational document'") is left to the rated words."""
    verbs, max_words = _settings()
    if verb.lemma_.lower() not in verbs or target.pos_ not in {"PROPN", "PRON"}:
        return None
    label = [t for t in phrase if not (t.is_punct or t.is_space)]
    if not label or len(label) > max_words or not _quoted(label):
        return None
    if _completed(label):
        return None  # 'calling Kasich "the key" to stopping Trump': a role, not a name
    valences = vader_valences()
    for t in label:
        forms = {t.lower_, t.lemma_.lower()}
        if forms & positive or forms & NEGATIONS or t.dep_ == "neg":
            return None
        if forms & word_sets("testimonials")["praise_words"] or any(
            valences.get(f, 0.0) > 0 for f in forms
        ):
            return None  # "a decent man", "a man of impeccable credentials"
        if t.pos_ not in _LABEL_POS:
            return None  # "a decent man", "humble and soft-spoken", "a guy who works for me":
            # a modifier or a clause describes; a bare noun phrase calls a name
        if t.ent_type_ in _NAMES or t.like_num:
            return None  # "called the bill the 'Dream Act'", "dubbed it 'Mueller 2.0'"
    content = [t for t in label if t.pos_ in {"NOUN", "ADJ", "PROPN", "VERB"}]
    return content[0] if content else None


def _completed(label: list[Token]) -> bool:
    """Whether a word of the quoted label takes a complement right after the closing quotation
    mark ('"the key" to stopping Trump', '"the architect" of the war'): the label then describes
    a role, which a name never takes."""
    after = label[-1].i + 2  # the word after the closing quotation mark
    return any(
        c.i == after
        and (c.dep_ in _CLAUSES or c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPOSITIONS)
        for t in label
        for c in t.children
    )


def _quoted(label: list[Token]) -> bool:
    """Whether the label's words, an article aside, are exactly what a pair of quotation marks
    holds ('a "witch hunt"', '"Soviet-style"')."""
    doc = label[0].doc
    first = label[0]
    if first.pos_ == "DET" and len(label) > 1 and doc[first.i + 1].text in QUOTE_MARKS:
        first = label[1]
    before, after = first.i - 1, label[-1].i + 1
    if before < 0 or doc[before].text not in QUOTE_MARKS:
        return False
    while after < len(doc) and doc[after].is_punct and doc[after].text not in QUOTE_MARKS:
        after += 1  # '"witch hunt,"' with the comma inside the marks
    return after < len(doc) and doc[after].text in QUOTE_MARKS


@functools.cache
def _likenesses() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    data = words("epithets")
    return frozenset(data["likeness_verbs"]), tuple(tuple(w.split()) for w in data["likenesses"])


def pejorative_likeness(verb: Token, phrase: list[Token]) -> Token | None:
    """The first word of a tyrant's figure the object is likened to ("likening the reporter ...
    to a concentration camp guard", "comparing Assad to Hitler"), else None; only after a verb of
    comparing, and never with a negation in the phrase (``patterns/epithets.json``)."""
    verbs, figures = _likenesses()
    if verb.lemma_.lower() not in verbs:
        return None
    if any(t.lower_ in NEGATIONS or t.dep_ == "neg" for t in phrase):
        return None
    forms = [t.lower_ for t in phrase]
    for i in range(len(forms)):
        for figure in figures:
            if tuple(forms[i : i + len(figure)]) == figure:
                return phrase[i]
    return None


def glued_epithet(
    verb: Token, obj: Token, positive: frozenset[str], judged: Callable[[list[Token]], Token | None]
) -> tuple[Token, list[Token], Token, bool] | None:
    """'called Kim Jong Un "Rocket Man"', 'dubbed Sen. Elizabeth Warren "Pocahontas"': the small
    parser makes the quoted label the verb's object and hangs the name on it; (the name's head,
    the label, its judging word: a rated one by ``judged``, else an epithet, and whether it is an
    epithet), else None."""
    doc = obj.doc
    start = obj.left_edge.i
    while start <= obj.i and doc[start].text not in QUOTE_MARKS:
        start += 1
    if start > obj.i:
        return None  # the object is no quoted label
    end = obj.i + 1
    while end < len(doc) and doc[end].text not in QUOTE_MARKS:
        end += 1
    label = list(doc[start : min(end + 1, len(doc))])
    names = [
        c
        for c in obj.children
        if c.i < start and c.dep_ in {"nmod", "compound", "npadvmod", "appos"} and c.pos_ == "PROPN"
    ]
    if len(names) != 1:
        return None
    rated = judged(label)
    word = rated or quoted_epithet(verb, names[0], label, positive)
    return (names[0], label, word, rated is None) if word is not None else None
