"""Cues the parser hangs away from the clause they govern, read from the words around it.

Five misreadings that left a stance asserted (audit batches 2-5; session 35):

- a mark read as the subject's determiner: "► Whether Trump had expressed frustration at
  Sessions ...", a bullet glyph before "Whether" (``mark_in_subject``; the marks are
  ``cues_modality.json`` ``open_question_words``);
- a false-report adverb set off before a complement clause the parser hung on another verb:
  "The demonstrators cheered as Lee said, incorrectly, that House Speaker Paul Ryan had just
  called on Sessions to recuse himself" (``false_report_before``; ``false_report_adverbs``);
- a gerund's preposition hung on a light verb whose object is the hedge: "he is taking a look at
  running against Jones", "made an attempt at unseating" (``light_verb_hedge``; ``hedge_nouns``
  and ``considering_nouns``);
- a second participle of one preposition that the tagger read as a past form: "facing the
  prospect of being booted from the main debate stage and forced to spar with Lindsey Graham"
  (``gerund_conjunct``: the preposition's cues govern both);
- a content clause on a noun of evidence that the text denies: "he had seen no evidence that the
  Trump campaign colluded with ..." (``denied_evidence``; ``presented_content_nouns``).

``cues.modality`` asks each at the step of its walk where the cue belongs.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

_OBJECT_DEPS = frozenset({"dobj", "obj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CONTENT_DEPS = frozenset({"acl", "ccomp", "relcl"})
_CLIMB_STEPS = 8


class WordLists(Protocol):
    """The cue lexicon's word lists by name (``cues.CueLexicon``)."""

    def __getitem__(self, name: str) -> frozenset[str]: ...


def mark_in_subject(subject: Token, lex: WordLists) -> str | None:
    """A conditional mark the parser hung inside the clause's subject, at its left edge, as
    anything but a mark ("Whether" as the determiner of "Trump"), or None."""
    first = subject.left_edge
    if first.dep_ != "mark" and first.lower_ in lex["open_question_words"] and first != subject:
        return first.lower_
    return None


def false_report_before(clause: Token, lex: WordLists) -> str | None:
    """The false-report adverb right before the complement clause ``clause`` (punctuation
    between), whatever verb the parser hung it on: "said, incorrectly, that ...", or None."""
    doc = clause.doc
    i = clause.left_edge.i - 1
    while i >= clause.sent.start and doc[i].is_punct:
        i -= 1
    if i >= clause.sent.start and doc[i].lower_ in lex["false_report_adverbs"]:
        return doc[i].lower_
    return None


def light_verb_hedge(prep: Token, lex: WordLists) -> str | None:
    """The hedge noun a gerund's preposition belongs to when the parser hung the preposition on
    the verb that takes that noun as its object right before it ("taking a look at running",
    "made an attempt at unseating"), or None."""
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for c in verb.children:
        if c.dep_ in _OBJECT_DEPS and c.right_edge.i == prep.i - 1:
            lemma = c.lemma_.lower()
            if lemma in lex["hedge_nouns"] or lemma in lex["considering_nouns"]:
                return lemma
    return None


def denied_evidence(anchor: Token, lex: WordLists) -> str | None:
    """The noun of evidence whose content clause holds ``anchor``, when the text says there is
    none of it ("no evidence that the campaign colluded", "no sign that ..."), or None. Only
    that clause and what shares its subject is denied, not a clause of its own inside it: "no
    evidence Joe Biden did what Donald Trump has accused him of doing" tells the accusation."""
    tok = anchor
    for _ in range(_CLIMB_STEPS):
        noun = tok.head
        if tok.dep_ in _CONTENT_DEPS and noun.lemma_.lower() in lex["presented_content_nouns"]:
            if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
                return noun.lemma_.lower()
            return None
        if noun == tok or any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
            return None
        tok = noun
    return None


def gerund_conjunct(tok: Token, head: Token) -> bool:
    """Whether the conjunct ``tok`` shares the preposition of the gerund or participle ``head``:
    both of one form, or a past form after a passive participle ("of being booted ... and
    forced"), without a subject of its own."""
    if head.dep_ != "pcomp" or any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in head.children)
    return tok.tag_ == head.tag_ or (passive and tok.tag_ == "VBD" and head.tag_ == "VBN")


def series_first(head: Token) -> Token:
    """The first verb of a series the parser chained conjunct to conjunct: its modal reaches
    the last ("should 'split' the GOP, align himself with Democrats, and embrace ...")."""
    while head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"} and head.head != head:
        head = head.head
    return head
