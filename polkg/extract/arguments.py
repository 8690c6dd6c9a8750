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

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol

from spacy.tokens import Doc, Token

from polkg.extract.quotes import speech_agent
from polkg.model import EntityRecord

RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which", "whose"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
POSSESSIVES = frozenset({"his", "her", "their", "its"})
PERSONAL = frozenset({"he", "she", "him", "her"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PERSON_PRONOUNS = frozenset({"who", "whom", "he", "him", "she", "her"})
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
GRIEVANCE_WORDS = frozenset(
    {
        *("criticize", "criticise", "criticism", "critic", "attack", "blast", "slam", "berate"),
        *("excoriate", "rebuke", "scold", "chide", "lambaste", "lambast", "assail", "bash"),
        *("blame", "fault", "mock", "ridicule", "deride", "condemn", "denounce", "decry"),
        *("castigate", "chastise", "knock", "hit", "fume", "rail", "lash", "complain"),
        *("complaint", "anger", "angry", "fury", "furious", "frustration", "frustrated"),
        *("resent", "resentment", "displeasure", "disappointment", "disappointed", "ire"),
        *("irritation", "upset", "grievance", "tirade", "broadside", "outburst", "hammer"),
        *("fulminate", "rage", "lament", "seethe", "vent", "sour"),
    }
)
"""Words of criticism or grievance: "anger at Sessions over his recusal", "criticizing his
decision to recuse": a possessive in what is criticized is rarely the critic's own."""

# what a party modifier makes the party's own: "Tory claims", "Republican policies" (not "the
# Trump administration" or "the Obama campaign", which are actors of their own)
MODIFIER_PROXIES = frozenset(
    {"claim", "policy", "plan", "proposal", "record", "agenda", "rhetoric", "position", "sum"}
)
# criticizing "Obama's foreign policy" or "Trump's remarks" criticizes their author
CRITICISM_PROXIES = PROXY_NOUNS | frozenset(
    {
        "policy",
        "policies",
        "handling",
        "record",
        "remarks",
        "remark",
        "comments",
        "comment",
        "decision",
        "agenda",
        "administration",
        "response",
        "statement",
        "statements",
        "conduct",
        "behavior",
        "behaviour",
        "actions",
        "tweets",
        "tweet",
        "rhetoric",
        "approach",
        "strategy",
        "stance",
        "position",
        "positions",
        "views",
        "plan",
        "proposal",
        "leadership",
        "tenure",
        "performance",
        "attacks",
        "claims",
        "claim",
        "assertion",
        "words",
        "speech",
        "order",
        "pick",
        "nominee",
        "criticism",
        "attack",
        "defense",
        "testimony",
    }
)
# "X joins/enters a field (of candidates) vying for ...": X does what the group does
JOIN_VERBS = frozenset({"join", "enter"})
# a party name used for one member ("the embattled Alabama Republican", "any other Democrat")
PARTY_MEMBER_WORDS = frozenset({"republican", "democrat", "independent", "libertarian", "tory"})
PARTITIVES = frozenset(
    {"word", "part", "portion", "provision", "piece", "element", "rest", "remainder", "all"}
)
WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"}
)
# generic nouns that, in a document naming one entity of the type, refer to it
GENERIC_NOUNS = {
    "Investigation": frozenset(
        {"investigation", "probe", "inquiry", "case", "matter", "investigations", "inquest"}
    ),
    "Legislation": frozenset(
        {"bill", "law", "legislation", "act", "measure", "proposal", "amendment", "package"}
    ),
}
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


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Given name -> "male"/"female", from the entity layer's word list (if present)."""
    try:
        text = (
            resources.files("polkg.extract")
            .joinpath("patterns/entities_given_names.json")
            .read_text(encoding="utf-8")
        )
    except OSError:
        return {}
    data = json.loads(text)
    out: dict[str, str] = {}
    for gender in ("male", "female"):
        for name in data.get(gender, []):
            out.setdefault(name.lower(), gender)
    return out


def _inside_grievance(tok: Token) -> bool:
    """Whether ``tok`` lies in what a word of grievance is about ("fumes at Sessions over his
    decision", "berating Sessions for his recusal"); the owner of the grievance noun itself
    ("their criticism of Barr") is its holder, and that is not this case."""
    prep = None
    for anc in tok.ancestors:
        if anc.i != tok.head.i and anc.lemma_.lower() in GRIEVANCE_WORDS:
            return True
        if anc.pos_ in {"VERB", "AUX"}:
            # "expressed anger at Sessions over his recusal", "fired Sessions over his recusal":
            # "over/for/about his ..." beside a person or a grievance as object
            if prep is not None and prep.lower_ in {"over", "for", "about"}:
                for obj in anc.children:
                    if obj.dep_ in {"dobj", "obj"} and (
                        obj.pos_ == "PROPN" or obj.lemma_.lower() in GRIEVANCE_WORDS
                    ):
                        return True
            return False  # only up to the clause ("bash Handel and throw support behind her ...")
        if anc.dep_ == "prep" or anc.pos_ == "ADP":
            prep = anc
    return False


def given_name_gender(name: str) -> str | None:
    return _given_names().get(name.lower())


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
        addressee_at: Callable[[int], EntityRecord | None] | None = None,
    ) -> None:
        self.doc = doc
        self.entities = entities
        self.speaker_at = speaker_at or (lambda i: None)
        self.addressee_at = addressee_at or (lambda i: None)
        self.in_quote = in_quote or (lambda i: False)

    # -- entities ---------------------------------------------------------------------------

    def entity(self, token: Token) -> EntityRecord | None:
        return self.entities.entity_at(token.i)

    def resolve(
        self,
        token: Token,
        *,
        exclude: Iterable[int] = (),
        proxies: frozenset[str] = PROXY_NOUNS,
        generic_types: tuple[str, ...] = (),
    ) -> list[Argument]:
        """Entities ``token`` stands for, including its coordinated conjuncts ("X and Y").

        ``proxies`` are nouns that stand for their possessor ("Trump's bid"); for each type in
        ``generic_types`` a generic noun ("the probe", "the bill") resolves to the document's
        only entity of that type.
        """
        skip = set(exclude)
        out: list[Argument] = []
        seen: set[str] = set()
        for cand in [token, *token.conjuncts]:
            if cand.i in skip:
                continue
            if cand is not token and cand.pos_ not in {"PROPN", "NOUN", "PRON"}:
                continue
            arg = self._resolve_one(cand, depth=0, proxies=proxies)
            for etype in generic_types if arg is None else ():
                arg = self._only_of_type(cand, etype)
                if arg is not None:
                    break
            if arg is not None and arg.entity.name not in seen:
                seen.add(arg.entity.name)
                out.append(arg)
        return out

    def _only_of_type(self, tok: Token, etype: str) -> Argument | None:
        """ "the probe" -> the document's investigation, when it names exactly one."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in GENERIC_NOUNS.get(etype, ()):
            return None
        if any(c.dep_ in {"compound", "nmod", "amod"} and c.pos_ == "PROPN" for c in tok.children):
            return None  # "the Cohen investigation" names another one
        if any(c.lower_ == "such" for c in tok.children) or tok.lower_ == "cases":
            return None  # "any such cases", "cases involving investigations": a court's cases
        found = [e for e in getattr(self.entities, "entities", []) if e.type == etype]
        if len(found) != 1:
            return None
        entity_at = getattr(self.entities, "entity_at", None)
        if entity_at is not None and any(
            entity_at(t.i) is found[0] for t in tok.sent if t.i != tok.i
        ):
            return None  # "opposed the spending bill because it lacked DACA": named apart
        return Argument(found[0], tok)

    def _resolve_one(
        self, tok: Token, depth: int, proxies: frozenset[str] = PROXY_NOUNS
    ) -> Argument | None:
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
            if rec.type == "PoliticalParty" and _party_members(tok):
                return None  # "the embattled Alabama Republican" is a person, not the party
            return Argument(rec, tok)
        for child in tok.children:
            if child.dep_ == "appos":
                rec = self.entity(child)
                if rec is not None:
                    return Argument(rec, child)
        loose = self.loose_apposition(tok)
        if loose is not None:
            return loose
        if tok.lemma_.lower() in PARTITIVES:
            # "repeal every word of Obamacare", "parts of the bill"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for p in child.children:
                        if p.dep_ == "pobj":
                            return self._resolve_one(p, depth + 1, proxies)
        if tok.lemma_.lower() in proxies or tok.lower_ in proxies:
            for child in tok.children:
                if child.dep_ == "poss":
                    arg = self._resolve_one(child, depth + 1)
                    if arg is not None:
                        return arg
            if proxies is CRITICISM_PROXIES and tok.lemma_.lower() in MODIFIER_PROXIES:
                # "derided Tory claims", "attacked Republican policies": the party's own
                for child in tok.children:
                    rec = self.entity(child) if child.dep_ in {"compound", "amod"} else None
                    if rec is not None and rec.type == "PoliticalParty":
                        return Argument(rec, child)
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            rec = self.entity(tok.head)
            if rec is not None:
                return Argument(rec, tok.head)
        if tok.dep_ == "appos" and tok.head is not tok:
            # "Sanders, the Vermont senator who ...": the relative clause hangs on the apposition
            rec = self.entity(tok.head)
            if rec is not None:
                return Argument(rec, tok.head)
        if tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ in WEEKDAYS:
            # "fired back at President Trump Thursday": the parser made the day the head
            for child in tok.children:
                if child.dep_ == "compound" and (rec := self.entity(child)) is not None:
                    return Argument(rec, child)
        return None

    def loose_apposition(self, tok: Token) -> Argument | None:
        """ "the Democratic candidate, former U.S. Attorney Doug Jones, ...": the small parser
        often hangs the name on the verb (npadvmod) instead of the noun; read it by position."""
        if tok.pos_ != "NOUN":
            return None
        j = tok.right_edge.i + 1
        doc = self.doc
        if j >= len(doc) - 1 or doc[j].text != "," or doc[j].sent != tok.sent:
            return None
        for k in range(j + 1, min(j + 8, len(doc))):
            cand = doc[k]
            if cand.is_punct:
                return None
            rec = self.entity(cand)
            if rec is not None and cand.pos_ == "PROPN":
                head = cand
                while head.dep_ in {"compound", "flat"} and head.head.i > head.i:
                    head = head.head
                named = self.entity(head)
                if named is not None and head.dep_ in {"appos", "npadvmod"}:
                    return Argument(named, head)
                return None
            if cand.pos_ not in {"PROPN", "ADJ", "NOUN", "DET"}:
                return None
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
        if low in {"you", "your", "yours", "yourself"}:
            return self.addressee_at(tok.i) if self.in_quote(tok.i) else None
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
            return None  # a reflexive is bound in its clause; no guessing
        if low in POSSESSIVES and tok.dep_ == "poss":
            if _inside_grievance(tok):
                return None  # "his" may be the critic's or the criticized's: no guessing
            rec = self._binding_subject(tok, depth)
            if rec is not None:
                return rec
        if low in {"he", "she"} and tok.dep_ in _SUBJECT_DEPS:
            if self._two_people_above(tok):
                return None  # "who enraged the President when he recused himself": either one
            # a subject pronoun continues the topic: the last person subject (centering)
            rec = self._salient_person(tok, depth, subjects_only=True)
            if rec is not None:
                return rec
        rec = self.entity(tok)
        if rec is not None and not self._clause_mate(tok, rec, depth):
            if rec.type != "Person" or self._fits(tok, rec):
                return rec
        if low in PERSONAL | {"his"}:
            return self._salient_person(tok, depth)
        return None

    def _two_people_above(self, tok: Token) -> bool:
        """Whether ``tok`` is the subject of an adverbial clause ("when he ...", "after he
        ...") attached to a clause whose subject and object are both people ("who enraged the
        President when he recused himself": either of them)."""
        verb = _governing_verb(tok)
        if verb is None or verb.dep_ != "advcl":
            return False
        head = verb.head
        args = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}]
        args += [
            p
            for c in head.children
            if c.dep_ in {"prep", "agent"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
        people = [
            a
            for a in args
            if a.lower_ in _PERSON_PRONOUNS
            or ((rec := self.entity(a)) is not None and rec.type == "Person")
        ]
        return len(people) >= 2

    def _clause_mate(self, tok: Token, rec: EntityRecord, depth: int) -> bool:
        """True when an object pronoun would denote its own clause's subject ("Corbyn
        attacked him": him is not Corbyn; that would be "himself")."""
        if tok.dep_ in _SUBJECT_DEPS or tok.dep_ == "poss":
            return False
        verb = _governing_verb(tok)
        subj = self.clause_subject(verb)[0] if verb is not None else None
        if subj is None or subj is tok:
            return False
        arg = self._resolve_one(subj, depth + 1)
        return arg is not None and arg.entity.name == rec.name

    def _binding_subject(self, tok: Token, depth: int) -> EntityRecord | None:
        """The subject of the nearest clause above ``tok`` that does not contain ``tok``."""
        want_person = tok.lower_ in {"his", "her"}
        for anc in tok.ancestors:
            if anc.pos_ not in {"VERB", "AUX"}:
                continue
            subj, _ = self.clause_subject(anc)
            if subj is None or tok in subj.subtree or subj.lower_ in POSSESSIVES | REFLEXIVES:
                if anc.dep_ == "relcl":
                    return None  # do not bind across a relative clause boundary
                continue
            arg = self._resolve_one(subj, depth + 1)
            if arg is None:
                # "Trump's challenge ... was a throwback to his criticism": the possessor
                owner = next((c for c in subj.children if c.dep_ == "poss"), None)
                if owner is not None and owner is not tok and owner.pos_ == "PROPN":
                    arg = self._resolve_one(owner, depth + 1)
            if arg is None:
                if anc.dep_ == "relcl":
                    return None
                continue
            if want_person and not self._fits(tok, arg.entity):
                continue
            return arg.entity
        return None

    def _salient_person(
        self, tok: Token, depth: int, subjects_only: bool = False
    ) -> EntityRecord | None:
        """Fallback for he/she/him/her/his: the most recent fitting person, preferring
        subjects; never the subject of the pronoun's own clause ("she declined to endorse
        him": him is not she)."""
        if depth > 4:
            return None
        exclude: set[str] = set()
        if tok.dep_ not in _SUBJECT_DEPS and tok.dep_ != "poss":
            verb = _governing_verb(tok)
            subj = self.clause_subject(verb)[0] if verb is not None else None
            if subj is None or subj is tok:
                # "..., criticized him for recusing": with no subject found for the clause,
                # nothing says "him" is not that subject, and salience would often pick it
                return None
            arg = self._resolve_one(subj, depth + 1)
            if arg is not None:
                exclude.add(arg.entity.name)
        start = max(0, tok.sent.start - 250)
        nearest_mention: EntityRecord | None = None
        for i in range(tok.i - 1, start - 1, -1):
            if i < tok.sent.start and nearest_mention is not None:
                # "Trump excoriated Sessions, ... blasting him": the name in the pronoun's own
                # sentence, not the subject of an earlier one
                return nearest_mention
            cand = self.doc[i]
            if self.in_quote(i) != self.in_quote(tok.i):
                continue
            if cand.dep_ not in _SUBJECT_DEPS:
                if (
                    not subjects_only
                    and nearest_mention is None
                    and i >= tok.sent.start
                    and cand.pos_ == "PROPN"
                ):
                    rec = self.entity(cand)
                    if rec is not None and self._fits(tok, rec) and rec.name not in exclude:
                        nearest_mention = rec
                continue
            if cand.lower_ in {"he", "she"}:
                rec = self.pronoun(cand, depth + 1)
            elif cand.pos_ == "PRON":
                continue
            else:
                rec = self.entity(cand)
            if rec is not None and self._fits(tok, rec) and rec.name not in exclude:
                return rec
        return nearest_mention

    @staticmethod
    def _fits(pronoun: Token, rec: EntityRecord) -> bool:
        """Person, and of the pronoun's gender when the given name tells."""
        if rec.type != "Person":
            return False
        gender = given_name_gender(rec.name.split()[0]) if rec.name else None
        low = pronoun.lower_
        if gender == "female" and low in {"he", "him", "his", "himself"}:
            return False
        if gender == "male" and low in {"she", "her", "hers", "herself"}:
            return False
        return True

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
            # a shared subject needs a real coordination ("X slammed A and praised B"); a conj
            # arc without "and/but/or" in between is usually a misparsed new clause
            between = self.doc[head.i + 1 : verb.i]
            if any(t.dep_ == "cc" or t.lower_ in {"and", "but", "or", "then"} for t in between):
                return self.clause_subject(head, _depth + 1)
            # "after Trump's first attorney general, Jeff Sessions, recused himself": the name
            # right before the verb, set off by commas, is its subject
            k = verb.i - 1
            while k > head.i and self.doc[k].is_punct:
                k -= 1
            name = self.doc[k]
            if (
                k > head.i
                and name.pos_ == "PROPN"
                and name.dep_ not in _OBJECT_DEPS | {"pobj", "poss"}
                and self.doc[k + 1].text == ","
            ):
                return name, False
            return None, False
        if dep in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"}:
            if to_inf:
                return self._noun_agent(head, _depth)
            if dep == "acl" and verb.tag_ == "VBG":
                # "a tweet from Trump telling ...", "Sessions, noting ..."
                agent = speech_agent(head)
                if agent is not None:
                    return agent, False
                if head.pos_ == "PROPN":
                    return head, False
                if head.dep_ in {"dobj", "obj"} and head.head.lemma_.lower() in JOIN_VERBS:
                    # "Sessions joins a crowded field vying for the nomination": he vies
                    return self.clause_subject(head.head, _depth + 1)
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
            if gov.pos_ == "PROPN" and head.lower_ == "for":
                return gov, False  # "(Trump berated) Sessions for recusing himself"
            if gov.pos_ == "NOUN":
                return self._noun_agent(gov, _depth)
            if gov.pos_ == "ADJ" and head.lower_ == "for":
                # "angry with Sessions for recusing himself"
                for c in gov.children:
                    if c.dep_ == "prep" and c.lower_ in {"with", "at"}:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                return p, False
        return None, False

    def _noun_agent(self, noun: Token, depth: int) -> tuple[Token | None, bool]:
        """Who does what a noun names: "his decision to", "the first senator to", "a bid to"."""
        if noun.lemma_.lower() in GRIEVANCE_WORDS:
            # "Trump's fury at Sessions for recusing himself": the one it is aimed at
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in {"at", "with", "toward", "towards"}:
                    return next((p for p in c.children if p.dep_ == "pobj"), None), False
            return None, False
        for c in noun.children:
            if c.dep_ == "poss":
                return c, False
        if noun.head.lemma_.lower() in GRIEVANCE_WORDS or (
            noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in GRIEVANCE_WORDS
        ):
            return None, False  # "complained about the decision to recuse": not the complainer's
        if noun.dep_ == "attr" and noun.head.pos_ in {"VERB", "AUX"}:
            return self.clause_subject(noun.head, depth + 1)
        if noun.dep_ == "appos":
            return noun.head, False
        if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
            return self.clause_subject(noun.head, depth + 1)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            gov = noun.head.head
            if gov.pos_ in {"VERB", "AUX"}:
                obj = _object_of(gov)
                if obj is not None and noun.head.lower_ == "for":
                    # "backing Gideon for the nomination to take on Collins": Gideon runs
                    return obj, False
                return self.clause_subject(gov, depth + 1)
        return None, False

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
        loose = self.loose_apposition(noun)
        if loose is not None and loose.token.i not in skip:
            return loose.token
        return None


def _party_members(tok: Token) -> bool:
    """A party word that denotes some members, not the party: "the Alabama Republican",
    "any other Democrat", "the four Democrats", "one of the Democrats who voted"."""
    if tok.lower_ in PARTY_MEMBER_WORDS:
        return True
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lower_ in {"one", "two", "three", "some", "many", "few", "several", "most"}
    )


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
