"""Pronoun binding: the persons an object pronoun cannot be, for both layers.

A non-reflexive object pronoun ("him", "her") is none of its own clause's subjects: "Corbyn
attacked him" is not Corbyn, "Trump excoriated Sessions, calling him ..." not Trump, "Kelly urged
President Trump to fire him" not Trump (``object_pronoun_context``, which the entity layer's
``references.PronounReferences`` asks before it seeks an antecedent; where whose clause it is
cannot be told, it says so). Nor is the possessive of a rival a verb of backing takes as object
that verb's subject: "Markle backed his rival" is someone else's rival
(``backed_rival_subjects``). A rule's pronoun object that resolved to one of its clause's own
subjects is dropped (``unbound``): with several subjects ("candidates such as Santorum, Perry and
Graham have jabbed him") the antecedent found is often one of them, which it cannot be; a
reflexive may be ("recused themselves", ``arguments_words.json`` ``reflexive_endings``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.extract.syntax import (
    OBJECT_CONTROL,  # verbs of asking: "urged Sessions to recuse" (Sessions recuses)
    clause_subject,
    series_subject,
)
from polkg.model import EntityRecord

_WORDS = word_sets("arguments_words")
# a pronoun object ending so may be its own clause's subject ("recused themselves")
REFLEXIVE_ENDINGS = tuple(sorted(_WORDS["reflexive_endings"]))
# nobody backs their own rival: "Markle backed his rival" is someone else's rival
BACKED_RIVAL_NOUNS = _WORDS["backed_rival_nouns"]
BACKING_VERBS = _WORDS["backing_verbs"]
# ... but one may back a former rival: "Bloomberg endorsed his former rival, Joe Biden"
BYGONE_RIVAL_MODIFIERS = _WORDS["bygone_rival_modifiers"]
# "one of them was not shy about his disdain": the unnamed member binds the pronoun
PARTITIVE_QUANTIFIERS = _WORDS["partitive_quantifiers"]
_SINGULAR_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})


class _Argument(Protocol):
    @property
    def entity(self) -> EntityRecord: ...
    @property
    def token(self) -> Token: ...
    @property
    def via_pronoun(self) -> bool: ...


A = TypeVar("A", bound=_Argument)


def unbound(objects: list[A], subjects: list[A]) -> list[A]:
    """The objects but a pronoun that resolved to one of the clause's own subjects (a
    reflexive may: "recused themselves")."""
    names = {s.entity.name for s in subjects}
    return [
        o
        for o in objects
        if not (
            o.via_pronoun
            and o.entity.name in names
            and not o.token.lower_.endswith(REFLEXIVE_ENDINGS)
        )
    ]


def bound_by_quantifier(pronoun: Token) -> bool:
    """Whether a singular personal pronoun is bound by a partitive quantifier ("one of them",
    "each of the senators") that is the subject of the pronoun's clause, or of the clause that
    reports it ("one of them said he ..."): it then stands for the member nobody names, never a
    person of the group. A quantifier with a name apposed ("one of them, Senator Smith,") names
    its member, and binds nothing here."""
    if pronoun.lower_ not in _SINGULAR_PRONOUNS:
        return False
    clause = pronoun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    for _ in range(2):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject == pronoun:
            if clause.dep_ not in ("ccomp", "xcomp") or clause.head == clause:
                return False
            clause = clause.head  # "one of them said he ...": the reporting clause's subject
            continue
        return (
            subject.lower_ in PARTITIVE_QUANTIFIERS
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
            and not any(c.dep_ == "appos" for c in subject.children)
        )
    return False


def _object_verb(tok: Token) -> Token | None:
    """The verb an object pronoun ("him", "her") is the object of; also the verb of a small
    clause whose subject it is ("only to watch him lose to Mr. Moore", "saw her criticize"):
    like an object, never that verb's own subject (that would be "himself")."""
    if tok.lower_ not in ("him", "her"):
        return None
    if tok.dep_ in ("dobj", "dative", "iobj"):
        return tok.head
    if tok.dep_ == "pobj":
        return tok.head.head
    clause = tok.head
    if tok.dep_ == "nsubj" and clause.dep_ in ("ccomp", "xcomp") and clause.head.pos_ == "VERB":
        return clause.head
    return None


def _to_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a "to" clause its governing verb's subject or object controls: a
    complement ("declined to endorse him"), or an infinitive of purpose the parser hangs as an
    adverbial clause on such a complement ("urge my colleagues to vote to confirm him"); never
    a participle ("opening him up"), nor a purpose clause on a finite verb, whose subject the
    parser may take from anywhere ("one that hinges on convincing superdelegates to back him":
    the relative "that", read as Clinton)."""
    if verb.dep_ == "xcomp":
        return True
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head_subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(c.tag_ in ("WDT", "WP") for c in head_subjects)


def object_pronoun_context(
    tok: Token, person_of: Callable[[Token], int | None]
) -> tuple[set[int], int | None] | None:
    """For an object pronoun: the persons it cannot be (its own clause's subjects) and its
    own verb; None when whose clause it is cannot be told."""
    excluded: set[int] = set()
    verb = _object_verb(tok)  # "Corbyn attacked him": not its own clause's subject
    if verb is not None:
        if verb.pos_ in ("VERB", "AUX"):
            seen_own_verb: int | None = verb.i
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            controller = verb
            while (
                not has_subject
                and _to_clause(controller)
                and controller.head.pos_ in ("VERB", "AUX")
            ):
                # "she has declined to endorse him": the controlling clause's subject, up a
                # chain of "to" clauses: "I urge my colleagues to vote to confirm him" (36)
                controller = controller.head
                has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in controller.children)
                if has_subject:
                    verb = controller
                elif any(c.dep_ == "dobj" for c in controller.children):
                    # "took to the floor to urge his colleagues to join him": the colleagues
                    # join, not the urging clause's lost subject: the climb stops (session 37)
                    break
            named = _named_participle_subject(verb, person_of) if not has_subject else None
            if named is not None:
                # "Trump excoriated Sessions, ... blasting him": a named subject is not "him"
                excluded.add(named)
                return excluded, seen_own_verb
            if not has_subject and verb.dep_ in ("advcl", "xcomp", "acl"):
                # "He ..., again referring to him" vs "he voted ..., opening him up":
                # whose participle it is decides, and the parse does not say
                return None
            governor = verb
            while not has_subject and governor.dep_ == "conj" and governor.head != governor:
                # "Trump mocked Sessions ..., and criticized him": the shared subject
                governor = governor.head
                has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in governor.children)
            series = None if has_subject else series_subject(governor)
            if series is not None:
                # "Trump has mocked Sessions ..., said he's ..., criticized him": the series'
                # subject, which the parser hung on the verb phrase before "said"
                has_subject = True
                k = person_of(series)
                if k is not None:
                    excluded.add(k)
            if not has_subject and governor != verb:
                return None  # whose verb is lost
            if tok.head.dep_ == "xcomp" and verb.lemma_.lower() in OBJECT_CONTROL:
                # "Kelly urged President Trump to fire him": Trump fires, so not "him"
                for child in verb.children:
                    k = person_of(child) if child.dep_ == "dobj" else None
                    if k is not None:
                        excluded.add(k)
            for child in [*verb.children, *governor.children]:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    k = person_of(child)
                    if k is not None:
                        excluded.add(k)
        else:
            seen_own_verb = None
    else:
        seen_own_verb = None
    return excluded, seen_own_verb


def backed_rival_subjects(tok: Token, person_of: Callable[[Token], int | None]) -> set[int]:
    """For a possessive on a rival noun that a verb of backing takes as object ("Markle backed
    his rival, Democrat Hillary Clinton"; "backed Clinton, his rival"): the persons of that
    verb's subject, whom the possessive cannot be (nobody backs their own rival, but a former
    one: "Bloomberg endorsed his former rival, Joe Biden")."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.lemma_.lower() not in BACKED_RIVAL_NOUNS:
        return set()
    if any(c.dep_ == "amod" and c.lower_ in BYGONE_RIVAL_MODIFIERS for c in noun.children):
        return set()  # "Bloomberg endorsed his former rival, Joe Biden": his own, once
    if noun.dep_ == "appos":
        noun = noun.head  # "backed Clinton, his rival"
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "voted for his rival"
    elif noun.dep_ not in ("dobj", "obj"):
        return set()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BACKING_VERBS:
        return set()
    subject, _ = clause_subject(verb)
    k = person_of(subject) if subject is not None else None
    return {k} if k is not None else set()


def _named_participle_subject(verb: Token, person_of: Callable[[Token], int | None]) -> int | None:
    """The named person subject of a subjectless participle's clause ("Trump excoriated
    Sessions, calling him ...")."""
    if verb.dep_ not in ("advcl", "conj", "xcomp", "acl"):
        return None
    subj, _ = clause_subject(verb)
    if subj is None or subj.pos_ != "PROPN":
        return None
    return person_of(subj)
