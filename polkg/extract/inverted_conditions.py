"""An auxiliary before its own subject: opening a sentence it asks, inside it it conditions.

English can state a condition without "if" by inverting an auxiliary and its subject: "Moore ...
promised to work to oust him as leader should he get to the Senate", "would oppose the bill were
it to reach the floor", "would have endorsed him had he asked". ``cues.has_condition`` reads only
"if"/"unless" clauses, and the parser often makes the inverted clause the sentence's root, so the
stance after which it stands was asserted (audit batch 4). Opening the sentence, the same order
asks ("Did I go on CNN and attack the president, nope."): ``is_question``.

The words are data (``cues_modality.json``): ``inverted_auxiliaries`` open a question,
``condition_auxiliaries`` (should, were, had) state a condition, and after one of
``inversion_openers`` ("so had he", "nor should he", "as were many") the inversion is no
condition. ``cues.modality`` asks both.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span, Token

from polkg.extract.lexicon import word_sets

_INVERTED = word_sets("cues_modality")["inverted_auxiliaries"]
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
# how an inverted clause hangs on a word above the verb it conditions ("would have endorsed him
# had he asked": "asked" a ccomp of "endorsed")
_HANGING_DEPS = frozenset({"advcl", "conj", "ccomp"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
# a clause of its own between the verb and the inverted auxiliary, which the condition ends
_LATER_DEPS = frozenset({"conj", "ccomp"})


class WordLists(Protocol):
    """The cue lexicon's word lists by name (``cues.CueLexicon``)."""

    def __getitem__(self, name: str) -> frozenset[str]: ...


def is_question(token: Token) -> bool:
    """A sentence that ends in a question mark, or opens with an inverted auxiliary ("Did I go
    on CNN and attack the president, nope."), asks; it does not assert."""
    sent = token.sent
    text = sent.text.rstrip(" \t\n\"'”’)")
    if text.endswith("?"):
        return True
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return (
        len(words) > 2
        and words[0].lower_ in _INVERTED
        and words[1].pos_ in {"PRON", "PROPN"}
        and words[0].dep_ in {"aux", "auxpass", "ROOT"}
    )


def word_order_hedges(anchor: Token, lex: WordLists) -> list[str]:
    """The hedges word order puts on ``anchor``: "question" when its sentence asks,
    "condition:<auxiliary>" when an inverted condition governs it."""
    hedges = ["question"] if is_question(anchor) else []
    if (auxiliary := inverted_condition(anchor, lex)) is not None:
        hedges.append(f"condition:{auxiliary}")
    return hedges


def inverted_condition(verb: Token, lex: WordLists) -> str | None:
    """The auxiliary of a condition told by inversion that governs ``verb``, or None: after the
    verb and inside its sentence, a ``condition_auxiliaries`` word right before its own subject,
    no ``inversion_openers`` word right before it, whose clause governs the verb or hangs
    (advcl, conj, ccomp) on a word that does, with no later clause between them."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    sent = verb.sent
    chain = [verb, *verb.ancestors]
    governing = {t.i for t in chain}
    for aux in sent.doc[verb.i + 1 : sent.end]:
        if aux.lower_ not in lex["condition_auxiliaries"] or aux.i == _first_word(sent):
            continue
        clause = _clause(aux)
        if clause is None or not _subject_follows(aux, clause):
            continue
        if aux.i > 0 and aux.doc[aux.i - 1].lower_ in lex["inversion_openers"]:
            continue
        if _later_clause(chain, verb, aux):
            continue
        if clause.i in governing or (clause.dep_ in _HANGING_DEPS and clause.head.i in governing):
            return aux.lower_
    return None


def _later_clause(chain: list[Token], verb: Token, aux: Token) -> bool:
    """Whether a conjunct or complement clause of a word above ``verb``, off its chain, stands
    between the verb and the auxiliary: the condition then ends that later clause, not the
    verb's ("has criticized Shaheen ... and vowed to work to unseat Schumer as leader should she
    win"; "said he would not have chosen Sessions ... had he known", the choosing's condition,
    not the saying's)."""
    on_chain = {t.i for t in chain}
    return any(
        c.dep_ in _LATER_DEPS and verb.i < c.i < aux.i and c.i not in on_chain
        for t in chain
        for c in t.children
    )


def _first_word(sent: Span) -> int:
    for t in sent:
        if not (t.is_punct or t.is_space):
            return t.i
    return sent.start


def _clause(aux: Token) -> Token | None:
    """The verb the auxiliary inverts: the one it is an auxiliary of ("had he asked"), or itself
    when it is the clause's verb with a "to"-infinitive ("were it to reach the floor"; a bare
    copula before its subject is a locative inversion: "Among those present were Smith and
    Jones")."""
    if aux.dep_ in _AUX_DEPS and aux.head.i > aux.i:
        return aux.head
    if aux.dep_ not in _AUX_DEPS and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in aux.children
    ):
        return aux
    return None


def _subject_follows(aux: Token, clause: Token) -> bool:
    """Whether the inverted clause's own subject starts right after ``aux``."""
    return any(c.dep_ in _SUBJECT_DEPS and c.left_edge.i == aux.i + 1 for c in clause.children)
