"""From a rule's subject/object token to the entities it stands for.

A relation rule matches tokens; the relation holds between entities. In between lie the
ordinary ways English hides who is meant: relative pronouns ("Tuberville, who is running
against Sessions"), pronouns ("touted his endorsement"), reflexives ("recuse himself"),
coordination ("X and Y endorsed Z"), appositions ("his 2017 opponent, Roy Moore"), control
("is running ... to take on Jones", "urged Sessions to recuse") and nouns that stand for their
possessor ("endorse Trump's presidential bid"). This module undoes those, syntactically, and
asks the entity layer (anything with ``entity_at(token_i)``) for the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Token

from polkg.extract.records import EntityRecord

RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which", "whose"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
POSSESSIVES = frozenset({"his", "her", "their", "its"})
PERSONAL = frozenset({"he", "she", "him", "her"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj", "oprd"})
# nouns that, possessed, stand for their possessor as a political actor: "Trump's bid" = Trump
PROXY_NOUNS = frozenset(
    {
        "bid",
        "candidacy",
        "campaign",
        "nomination",
        "reelection",
        "re-election",
        "presidency",
        "confirmation",
        "run",
        "appointment",
        "leadership",
    }
)
# verbs whose object is a statement the subject makes: "offered a rebuke of X"
LIGHT_VERBS = frozenset(
    {
        "offer",
        "issue",
        "deliver",
        "launch",
        "level",
        "voice",
        "express",
        "unleash",
        "lodge",
        "register",
        "make",
        "give",
        "lend",
        "throw",
        "announce",
        "reiterate",
        "renew",
        "repeat",
        "extend",
        "direct",
        "aim",
        "hurl",
        "fire",
        "pen",
        "write",
        "post",
        "tweet",
        "publish",
        "mount",
        "step",
        "escalate",
        "intensify",
        "continue",
        "sharpen",
    }
)
_OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "tell",
        "persuade",
        "convince",
        "force",
        "encourage",
        "pressure",
        "press",
        "push",
        "implore",
        "beg",
        "order",
        "invite",
        "challenge",
        "dare",
        "want",
        "need",
        "expect",
        "advise",
        "lobby",
        "allow",
        "help",
    }
)


class EntityIndex(Protocol):
    """What the relation layer needs from the entity layer."""

    def entity_at(self, token_i: int) -> EntityRecord | None: ...


@dataclass(frozen=True)
class Argument:
    """One entity a rule argument resolved to, and how."""

    entity: EntityRecord
    token: Token
    via_pronoun: bool = False


class ArgumentResolver:
    """Resolve rule argument tokens of one parsed document to entities.

    ``speaker_at(i)`` names the speaker of the quotation token ``i`` is in (for "I" and "me"
    inside quotes), or None.
    """

    def __init__(
        self,
        doc: Doc,
        entities: EntityIndex,
        speaker_at: Callable[[int], EntityRecord | None] | None = None,
        in_quote: Callable[[int], bool] | None = None,
    ) -> None:
        self.doc = doc
        self.entities = entities
        self.speaker_at = speaker_at or (lambda i: None)
        self.in_quote = in_quote or (lambda i: False)

    # -- entities ---------------------------------------------------------------------------

    def entity(self, token: Token) -> EntityRecord | None:
        return self.entities.entity_at(token.i)

    def resolve(self, token: Token, *, exclude: Iterable[int] = ()) -> list[Argument]:
        """Entities ``token`` stands for, including its coordinated conjuncts ("X and Y")."""
        skip = set(exclude)
        out: list[Argument] = []
        seen: set[str] = set()
        for cand in [token, *token.conjuncts]:
            if cand.i in skip:
                continue
            if cand is not token and cand.pos_ not in {"PROPN", "NOUN", "PRON"}:
                continue
            arg = self._resolve_one(cand, depth=0)
            if arg is not None and arg.entity.name not in seen:
                seen.add(arg.entity.name)
                out.append(arg)
        return out

    def _resolve_one(self, tok: Token, depth: int) -> Argument | None:
        if depth > 4:
            return None
        low = tok.lower_
        if low in RELATIVE_PRONOUNS and low != "whose":
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            if verb.dep_ == "relcl" and verb.head is not verb:
                return self._resolve_one(verb.head, depth + 1)
            return None
        if low == "whose" and tok.head.dep_ == "relcl":
            return self._resolve_one(tok.head.head, depth + 1)
        if tok.pos_ == "PRON" or tok.tag_ in {"PRP", "PRP$"}:
            rec = self.pronoun(tok, depth)
            return Argument(rec, tok, via_pronoun=True) if rec else None
        rec = self.entity(tok)
        if rec is not None:
            return Argument(rec, tok)
        for child in tok.children:
            if child.dep_ == "appos":
                rec = self.entity(child)
                if rec is not None:
                    return Argument(rec, child)
        if tok.lemma_.lower() in PROXY_NOUNS:
            for child in tok.children:
                if child.dep_ == "poss":
                    arg = self._resolve_one(child, depth + 1)
                    if arg is not None:
                        return arg
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            rec = self.entity(tok.head)
            if rec is not None:
                return Argument(rec, tok.head)
        return None

    # -- pronouns ---------------------------------------------------------------------------

    def pronoun(self, tok: Token, depth: int = 0) -> EntityRecord | None:
        """The entity a pronoun refers to, by syntax first, then the entity layer, then salience.

        Reflexives and possessives are bound by the subject of the clause that governs them
        ("Sessions shot back ... over his decision to recuse himself": his = himself = Sessions).
        """
        low = tok.lower_
        if low in {"i", "me", "my", "mine", "myself"}:
            return self.speaker_at(tok.i)
        if low not in REFLEXIVES | POSSESSIVES | PERSONAL | {"they", "them"}:
            return None
        if low in REFLEXIVES:
            verb = _governing_verb(tok)
            if verb is not None:
                subj, _ = self.clause_subject(verb)
                if subj is not None and subj is not tok:
                    arg = self._resolve_one(subj, depth + 1)
                    if arg is not None:
                        return arg.entity
        if low in POSSESSIVES and tok.dep_ == "poss":
            rec = self._binding_subject(tok, depth)
            if rec is not None:
                return rec
        rec = self.entity(tok)
        if rec is not None:
            return rec
        if low in PERSONAL:
            return self._salient_person(tok, depth)
        return None

    def _binding_subject(self, tok: Token, depth: int) -> EntityRecord | None:
        """The subject of the nearest clause above ``tok`` that does not contain ``tok``."""
        want_person = tok.lower_ in {"his", "her"}
        for anc in tok.ancestors:
            if anc.pos_ not in {"VERB", "AUX"}:
                continue
            subj, _ = self.clause_subject(anc)
            if subj is None or tok in subj.subtree or subj.lower_ in POSSESSIVES | REFLEXIVES:
                continue
            arg = self._resolve_one(subj, depth + 1)
            if arg is None:
                continue
            if want_person and arg.entity.type != "Person":
                continue
            return arg.entity
        return None

    def _salient_person(self, tok: Token, depth: int) -> EntityRecord | None:
        """Fallback for he/she: the most recent person subject outside quotations."""
        if depth > 4:
            return None
        start = max(0, tok.sent.start - 250)
        for i in range(tok.i - 1, start - 1, -1):
            cand = self.doc[i]
            if cand.dep_ not in _SUBJECT_DEPS or self.in_quote(i):
                continue
            if cand.lower_ in {"he", "she"}:
                rec = self.pronoun(cand, depth + 1)
            elif cand.pos_ == "PRON":
                continue
            else:
                rec = self.entity(cand)
            if rec is not None and rec.type == "Person":
                return rec
        return None

    # -- implicit subjects ------------------------------------------------------------------

    def clause_subject(self, verb: Token, _depth: int = 0) -> tuple[Token | None, bool]:
        """The token that acts as subject of ``verb``, and whether it came by a demand.

        The second value is True when the subject is the object of a verb of asking ("urged
        Sessions to recuse": Sessions is the subject of recuse, but nobody says he did).
        """
        if _depth > 6:
            return None, False
        for c in verb.children:
            if c.dep_ in {"nsubj", "csubj"}:
                return c, False
        head = verb.head
        if head is verb:
            return None, False
        dep = verb.dep_
        to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if dep == "xcomp" or (dep == "advcl" and to_inf and head.pos_ in {"VERB", "AUX"}):
            if head.pos_ == "ADJ":
                return (
                    self.clause_subject(head.head, _depth + 1)
                    if head.dep_ == "acomp"
                    else (
                        None,
                        False,
                    )
                )
            obj = _object_of(head)
            if obj is not None and (
                head.lemma_.lower() in _OBJECT_CONTROL or dep == "xcomp" and obj.pos_ != "NOUN"
            ):
                return obj, head.lemma_.lower() in _OBJECT_CONTROL
            for c in head.children:
                if c.dep_ == "nsubjpass":
                    # "Obama is expected to endorse": the passive subject controls
                    return c, False
            return self.clause_subject(head, _depth + 1)
        if dep == "conj" and head.pos_ in {"VERB", "AUX"}:
            return self.clause_subject(head, _depth + 1)
        if dep in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"}:
            if to_inf:
                return self._noun_agent(head, _depth)
            if dep == "acl" and verb.tag_ == "VBG":
                # "a tweet from Trump telling ...", "Sessions, noting ..."
                agent = self._speech_agent(head)
                if agent is not None:
                    return agent, False
                if head.pos_ == "PROPN":
                    return head, False
            return None, False
        if dep == "advcl" and verb.tag_ in {"VBG", "VBN"} and head.pos_ in {"VERB", "AUX"}:
            if not any(c.dep_ == "mark" for c in verb.children):
                return self.clause_subject(head, _depth + 1)
            return None, False
        if dep == "pcomp" and head.dep_ == "prep":
            gov = head.head
            if gov.pos_ in {"VERB", "AUX"}:
                obj = _object_of(gov)
                if head.lower_ == "for" and obj is not None:
                    # "attacked Sessions for recusing himself": Sessions recused
                    return obj, False
                return self.clause_subject(gov, _depth + 1)
            if gov.pos_ == "NOUN":
                return self._noun_agent(gov, _depth)
        return None, False

    def _noun_agent(self, noun: Token, depth: int) -> tuple[Token | None, bool]:
        """Who does what a noun names: "his decision to", "the first senator to", "a bid to"."""
        for c in noun.children:
            if c.dep_ == "poss":
                return c, False
        if noun.dep_ == "attr" and noun.head.pos_ in {"VERB", "AUX"}:
            return self.clause_subject(noun.head, depth + 1)
        if noun.dep_ == "appos":
            return noun.head, False
        if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
            return self.clause_subject(noun.head, depth + 1)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            gov = noun.head.head
            if gov.pos_ in {"VERB", "AUX"}:
                return self.clause_subject(gov, depth + 1)
        return None, False

    def _speech_agent(self, noun: Token) -> Token | None:
        for c in noun.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}:
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        return None

    def nominal_subject(self, noun: Token, bound: Iterable[int] = ()) -> Token | None:
        """The one who voices a statement noun: "X's rebuke of Y", "criticism from X",
        "X offered a rebuke of Y", "X is a critic of Y", "X, a critic of Y"."""
        skip = set(bound)
        for c in noun.children:
            if c.i in skip:
                continue
            if c.dep_ == "poss":
                return c
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}:
                for p in c.children:
                    if p.dep_ == "pobj" and p.i not in skip:
                        return p
        if noun.dep_ == "attr" and noun.head.pos_ in {"VERB", "AUX"}:
            subj, _ = self.clause_subject(noun.head)
            return subj
        if noun.dep_ == "appos" and noun.head.i not in skip:
            return noun.head
        if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i not in skip:
            return noun.head
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
            subj, demand = self.clause_subject(noun.head)
            return None if demand else subj
        return None


def _governing_verb(tok: Token) -> Token | None:
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"}:
            return anc
    return None


def _object_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in _OBJECT_DEPS:
            return c
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None
