"""From a rule's subject/object token to the entities it stands for.

A relation rule matches tokens; the relation holds between entities. In between lie the
ordinary ways English hides who is meant: relative pronouns ("Tuberville, who is running
against Sessions"), pronouns ("touted his endorsement"), reflexives ("recuse himself"),
coordination ("X and Y endorsed Z"), appositions ("his 2017 opponent, Roy Moore"), control
("is running ... to take on Jones", "urged Sessions to recuse") and nouns that stand for their
possessor ("endorse Trump's presidential bid"). This module undoes those, syntactically, and
asks the entity layer (anything with ``entity_at(token_i)``) for the rest; pronouns go to
``polkg.extract.references`` and implicit clause subjects to ``polkg.extract.syntax``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Token

from polkg.extract.absence_kinds import kind_without
from polkg.extract.countries import demonym_code
from polkg.extract.deed_antecedents import antecedent_doer
from polkg.extract.deed_authors import by_author
from polkg.extract.generic_references import GENERIC_NOUNS, generic_referent
from polkg.extract.group_parts import ORGANIZATION_NOUNS as ORG_NOUNS
from polkg.extract.group_parts import (
    denotes_part,
    other_organization,
    reduced_relative,
    restricted_group,
    state_modifier,
)
from polkg.extract.lexicon import word_sets
from polkg.extract.listed_members import group_noun, listed_members, relative_list
from polkg.extract.mentions import APOSTROPHE_S
from polkg.extract.party_groups import group_actor, party_members
from polkg.extract.pronoun_binding import bound_by_quantifier
from polkg.extract.references import PronounResolver
from polkg.extract.relative_members import group_members
from polkg.extract.syntax import (
    clause_subject,
    time_word,
    tweet_signature,
    with_statement_subject,
)
from polkg.extract.tagged_lists import inner_list_names, tagged_list_names
from polkg.model import EntityRecord

RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which", "whose"})
ARGUMENT_WORDS = word_sets("arguments_words")
# nouns that, possessed, stand for their possessor as a political actor: "Trump's bid" = Trump
PROXY_NOUNS = ARGUMENT_WORDS["proxy_nouns"]
# what a party modifier makes the party's own: "Tory claims", "Republican policies" (not "the
# Trump administration" or "the Obama campaign", which are actors of their own)
MODIFIER_PROXIES = ARGUMENT_WORDS["modifier_proxies"]
# criticizing "Obama's foreign policy" or "Trump's remarks" criticizes their author
CRITICISM_PROXIES = PROXY_NOUNS | ARGUMENT_WORDS["criticism_proxies"]
# backing "Majority Leader Frist's efforts" backs Frist
ENDORSEMENT_PROXIES = PROXY_NOUNS | ARGUMENT_WORDS["endorsement_proxies"]
# criticizing "the scope of Mueller's probe" criticizes the probe
CRITICISM_OF_PROXIES = ARGUMENT_WORDS["criticism_of_proxies"]
AGENT_STANCE_NOUNS = ARGUMENT_WORDS["agent_stance_nouns"]
# criticizing "the way Mr Blunkett introduced the rules" criticizes Blunkett
MANNER_PROXIES = ARGUMENT_WORDS["manner_proxies"]
PARTITIVES = ARGUMENT_WORDS["partitives"]
# "passage of the bill", "the nomination of Judge Saad": the bill, the nominee
OF_PROXIES = ARGUMENT_WORDS["of_proxies"]
WEEKDAYS = ARGUMENT_WORDS["weekdays"]
# verbs whose object is a statement the subject makes: "offered a rebuke of X"
LIGHT_VERBS = ARGUMENT_WORDS["light_verbs"]
# verbs whose "as" phrase says what the subject is: "Warren has emerged as a Trump critic"
AS_PREDICATE_VERBS = ARGUMENT_WORDS["as_predicate_verbs"]
# heads of a partitive that picks members of a group: "one of the most outspoken Trump critics"
MEMBER_PARTITIVES = ARGUMENT_WORDS["member_partitives"]
# "neither A nor B": alternatives, each an actor of its own (no apposition of one another)
ALTERNATIVES = ARGUMENT_WORDS["alternative_conjunctions"]
# a court's or an investigating body's "accusation" or "backing" is a charge or a ruling
LEGAL_ACTOR_WORDS = ARGUMENT_WORDS["legal_actor_words"]
# entity types whose "effort"/"plan" is a measure, not the actor: "support Congress' effort",
# "backed the House GOP's plan to repeal and replace ObamaCare"
BODY_TYPES = frozenset({"GovernmentBody"})
MEASURE_OWNER_TYPES = BODY_TYPES | {"PoliticalParty"}


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
    inside quotes), or None; ``narrator_at(i)`` the office holder a release narrates about at
    token ``i`` (``authors.Authors.narrator_at``), for a "he" or "she" nothing else resolves.
    """

    def __init__(
        self,
        doc: Doc,
        entities: EntityIndex,
        speaker_at: Callable[[int], EntityRecord | None] | None = None,
        in_quote: Callable[[int], bool] | None = None,
        addressee_at: Callable[[int], EntityRecord | None] | None = None,
        speakers_at: Callable[[int], tuple[EntityRecord, ...]] | None = None,
        narrator_at: Callable[[int], EntityRecord | None] | None = None,
    ) -> None:
        self.doc = doc
        self.entities = entities
        self.pronouns = _pronoun_resolver(
            self, speaker_at, in_quote, addressee_at, speakers_at, narrator_at
        )

    # -- entities ---------------------------------------------------------------------------

    def entity(self, token: Token) -> EntityRecord | None:
        return self.entities.entity_at(token.i)

    def possessed_plan(self, tok: Token, rec: EntityRecord) -> bool:
        """``rec`` is a plan the text tells by its owner ("the President's strategy",
        ``possessed_plans``): a described entity on a possessed head (a described bill of its
        own clause never has a possessor)."""
        described: frozenset[str] = getattr(self.entities, "described", frozenset())
        return rec.name in described and any(c.dep_ == "poss" for c in tok.children)

    def resolve_all(self, token: Token) -> list[EntityRecord]:
        """Every entity ``token`` stands for: "Feinstein and Boxer wrote" is both."""
        return [a.entity for a in self.resolve(token)]

    def resolve(
        self,
        token: Token,
        *,
        exclude: Iterable[int] = (),
        proxies: frozenset[str] = PROXY_NOUNS,
        generic_types: tuple[str, ...] = (),
        conjuncts: bool = True,
        listed: bool = False,
    ) -> list[Argument]:
        """Entities ``token`` stands for, with its conjuncts ("X and Y") and listed members.

        ``proxies`` are nouns that stand for their possessor ("Trump's bid"); for each type in
        ``generic_types`` a generic noun ("the probe", "the bill") resolves to the document's
        only entity of that type.
        """
        skip = set(exclude)
        out: list[Argument] = []
        seen: set[str] = set()
        members = [token, *token.conjuncts] if conjuncts else [token]
        if conjuncts:
            members += [m for m in self._listed_appositions(members) if m not in members]
            # "Collins, R-Maine, Murkowski, R-Alaska, and Manchin": names hung on a tag's state
            members += [m for m in tagged_list_names(members, self.entity) if m not in members]
            # "the Council for Excellence in Government, the Sierra Club and ...": hung on a
            # word inside the first name
            members += [m for m in inner_list_names(members, self.entity) if m not in members]
            if token.lower_ in RELATIVE_PRONOUNS:  # "A and B, who have criticized Z"
                members += [m for m in relative_list(token) if m not in members]
            # a list in the "of" phrase that stands for the noun: "the nominations of A, B and C"
            of_object = self._standing_of_object(token, proxies)
            if of_object is not None:
                members += [m for m in of_object.conjuncts if m not in members]
        for cand in members:
            if cand.i in skip:
                continue
            if cand != token and cand.pos_ not in {"PROPN", "NOUN", "PRON"}:
                continue
            arg = self._resolve_one(cand, depth=0, proxies=proxies)
            for etype in generic_types if arg is None else ():
                if (rec := generic_referent(self.entities, cand, etype)) is not None:
                    arg = Argument(rec, cand)
                    break
            found = _standing_for(self, cand, arg, listed)
            if arg is not None:
                found += _coordinated_parties(self, cand, arg)
            for one in found:
                if one.entity.name not in seen:
                    seen.add(one.entity.name)
                    out.append(one)
        return out

    def _listed_appositions(self, members: list[Token]) -> list[Token]:
        """Names of a list the parser hung on a name as appositions: "from Dick Cheney, Mitt
        Romney, Paul Ryan and Mitch McConnell" (Romney an apposition of Cheney, Ryan its
        conjunct), "edging attorney Jacob Hornberger, performance artist Vermin Supreme and
        activist Adam Kokesh". Only a name apposed to a name of the same type, in a list."""
        found: list[Token] = []
        for m in members:
            rec = self.entity(m) if m.pos_ == "PROPN" else None
            if rec is None:
                continue
            # the same list read from its end: "thank ... Mr. Kerry, Ms. Dole, ... and Ms.
            # Landrieu for co-sponsoring" (Dole apposed to Kerry, Landrieu Dole's conjunct)
            head = m.head
            if m.dep_ == "appos" and head.pos_ == "PROPN" and m.conjuncts and head not in members:
                other = self.entity(head)
                if other is not None and other is not rec and other.type == rec.type:
                    found.append(head)
            for c in m.children:
                if c.dep_ != "appos":
                    continue
                # "performance artist Vermin Supreme": the name apposed to the description
                names = (
                    [c]
                    if c.pos_ == "PROPN"
                    else [a for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                )
                for name in names:
                    other = self.entity(name)
                    if other is None or other is rec or other.type != rec.type:
                        continue
                    if not (name.conjuncts or m.conjuncts):
                        continue  # "Trump, Clinton's rival" is no list
                    found += [name, *(t for t in name.conjuncts if t.pos_ == "PROPN")]
        return found

    def _resolve_entity(self, tok: Token, depth: int) -> EntityRecord | None:
        arg = self._resolve_one(tok, depth)
        return arg.entity if arg is not None else None

    def _resolve_one(
        self, tok: Token, depth: int, proxies: frozenset[str] = PROXY_NOUNS
    ) -> Argument | None:
        if depth > 4:
            return None
        low = tok.lower_
        if low in RELATIVE_PRONOUNS and low != "whose":
            verb = _relative_clause(tok)
            return _relative_antecedent(self, tok, verb, depth) if verb is not None else None
        if low == "whose" and tok.head.dep_ == "relcl":
            return self._resolve_one(tok.head.head, depth + 1)
        if tok.pos_ == "PRON" or tok.tag_ in {"PRP", "PRP$"}:
            if bound_by_quantifier(tok):
                return None  # "one of them was not shy about his disdain for Trump"
            rec = self.pronouns.pronoun(tok, depth)
            return Argument(rec, tok, via_pronoun=True) if rec else None
        rec = self.entity(tok)
        if rec is not None:
            if rec.type == "PoliticalParty" and party_members(tok):
                # "the embattled Alabama Republican" is a person, not the party: the person it
                # is apposed to ("Chaffetz, the Utah Republican who criticized Trump"), if any
                return _apposed_person(self, tok)
            if _part_or_modifier(rec, tok):
                return None  # "two-thirds of Latinos", "the House and then the Senate bills"
            if kind_without(tok, rec, self.entity):
                return None  # 'voted against a "no deal" Brexit': not Brexit
            if self.possessed_plan(tok, rec) and tok.lemma_.lower() in proxies:
                # "criticized Obama's plan" is Obama; "opposed the Pentagon's proposal" the plan
                return _proxy_owner(self, tok, depth, proxies) or Argument(rec, tok)
            return _possessed_person(self, tok, rec) or Argument(rec, tok)
        group = _group(self, tok)
        if group is not None:
            return group
        for child in tok.children:
            if child.dep_ == "appos" and not tweet_signature(child):
                rec = self.entity(child)
                if rec is not None and rec.type == "PoliticalParty" and party_members(child):
                    continue  # "Stan Brand, a Democrat": the name's party, not the actor
                if rec is not None:  # 'a "no deal" Brexit': "deal" and its apposition
                    return None if kind_without(tok, rec, self.entity) else Argument(rec, child)
        loose = self.loose_apposition(tok)
        if loose is not None:
            return loose
        of_object = self._standing_of_object(tok, proxies)
        if of_object is not None:
            return self._resolve_one(of_object, depth + 1, proxies)
        lemma = tok.lemma_.lower()
        if proxies is CRITICISM_PROXIES and lemma in MANNER_PROXIES:
            doer = _manner_doer(tok)
            if doer is not None:
                return self._resolve_one(doer, depth + 1, proxies)
        if tok.lemma_.lower() in proxies or tok.lower_ in proxies:
            owner = _proxy_owner(self, tok, depth, proxies)
            if owner is not None:
                return owner
        if proxies is CRITICISM_PROXIES:
            # "Trump fired Comey. Democrats decried the move": the doer the text told before
            doer = antecedent_doer(tok)
            if doer is not None:
                return self._resolve_one(doer, depth + 1)
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
            rec = self.entity(tok.head)
            if rec is not None:
                return Argument(rec, tok.head)
        if tok.dep_ == "appos" and tok.head != tok:
            # "Sanders, the Vermont senator who ...": the relative clause hangs on the apposition
            rec = self.entity(tok.head)
            if rec is not None and rec.type == "Person" and tok.lemma_.lower() in ORG_NOUNS:
                # "Sandberg, executive director of LPAC, an LGBTQ political organization that
                # backed Lightfoot": the organisation her title names, not Sandberg
                return _titled_organization(self, tok)
            if rec is not None:  # not "Justice Democrats, an advocacy group that backed ..."
                return None if _part_or_modifier(rec, tok.head) else Argument(rec, tok.head)
        if tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ in WEEKDAYS:
            # "fired back at President Trump Thursday": the parser made the day the head
            for child in tok.children:
                if child.dep_ == "compound" and (rec := self.entity(child)) is not None:
                    return Argument(rec, child)
        return None

    def _standing_of_object(self, tok: Token, proxies: frozenset[str]) -> Token | None:
        """The object of the "of" phrase that stands for ``tok``: of a part ("repeal every word
        of Obamacare", "parts of the bill"), of an act done to it ("praised passage of the act";
        "Trump's nomination of X" stays Trump's, "the Senate's confirmation of X" is X's: a
        body only carries out the act), of an aspect criticized ("the scope of Mueller's
        probe"; "the DOJ's handling of X" is the DOJ's); None when ``tok`` is none of these."""
        possessed = any(c.dep_ == "poss" for c in tok.children)
        lemma = tok.lemma_.lower()
        if not (
            lemma in PARTITIVES
            or (lemma in OF_PROXIES and not _person_possessed(self, tok))
            or (proxies is CRITICISM_PROXIES and lemma in CRITICISM_OF_PROXIES and not possessed)
        ):
            return None
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for p in child.children:
                    if p.dep_ == "pobj":
                        return p
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

    def nominal_subject(self, noun: Token, bound: Iterable[int] = ()) -> Token | None:
        """The one who voices a statement noun: "X's rebuke of Y", "criticism from X",
        "X offered a rebuke of Y", "X is a critic of Y", "X, a critic of Y"."""
        skip = set(bound)
        # "a Trump supporter from California": an agent noun's "from" names no voice
        voiced = noun.lemma_.lower() not in AGENT_STANCE_NOUNS
        for c in noun.children:
            if c.i in skip:
                continue
            if c.dep_ == "poss":
                return c
            if voiced and c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}:
                for p in c.children:
                    if p.dep_ == "pobj" and p.i not in skip and not time_word(p):
                        return p  # not "a Trump supporter from the moment he announced"
        noun = _member_of(noun)
        noun = _predicate_conjunct(noun, skip)
        among = noun.head
        if noun.dep_ == "pobj" and among.lower_ == "among" and among.head.lemma_ in _AMONG_VERBS:
            # "Blair was among the fiercest critics of Howard": the subject is one of them
            subj, _ = clause_subject(among.head)
            return subj
        if noun.dep_ == "attr" and noun.head.pos_ in {"VERB", "AUX"}:
            subj, _ = clause_subject(noun.head)
            return subj
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":
            verb = noun.head.head
            if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in AS_PREDICATE_VERBS:
                subj, demand = clause_subject(verb)
                return None if demand else subj
        if noun.dep_ == "appos" and noun.head.i not in skip:
            return noun.head
        if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i not in skip:
            return noun.head
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
            subj, demand = clause_subject(noun.head)
            return None if demand else subj
        loose = self.loose_apposition(noun)
        if loose is not None and loose.token.i not in skip:
            return loose.token
        opener = with_statement_subject(noun)
        return opener if opener is not None and opener.i not in skip else None


def _pronoun_resolver(
    resolver: ArgumentResolver,
    speaker_at: Callable[[int], EntityRecord | None] | None,
    in_quote: Callable[[int], bool] | None,
    addressee_at: Callable[[int], EntityRecord | None] | None,
    speakers_at: Callable[[int], tuple[EntityRecord, ...]] | None,
    narrator_at: Callable[[int], EntityRecord | None] | None,
) -> PronounResolver:
    """The reference layer's pronoun answers for this resolver's rule arguments."""
    return PronounResolver(
        resolver.doc,
        resolver.entity,
        resolver._resolve_entity,
        speaker_at or (lambda i: None),
        in_quote or (lambda i: False),
        addressee_at or (lambda i: None),
        speakers_at or (lambda i: ()),
        resolver.resolve_all,  # "Feinstein and Boxer": both
        getattr(resolver.entities, "quoted_persons", lambda i: None),
        narrator_at or (lambda i: None),
        lambda t, depth: _antecedent_thing(resolver, t, depth),
    )


def _antecedent_thing(resolver: ArgumentResolver, tok: Token, depth: int) -> EntityRecord | None:
    """What the antecedent of "it" stands for: what any argument does, else, for a generic
    noun, the one bill or investigation the text names (``generic_referent``, as for a rule's
    own argument: "I am very pleased that this legislation has broad-based support. It has
    received endorsements from ...")."""
    found = resolver._resolve_entity(tok, depth)
    for etype in GENERIC_NOUNS if found is None else ():
        if (found := generic_referent(resolver.entities, tok, etype)) is not None:
            break
    return found


def _unnamed_group(resolver: ArgumentResolver, tok: Token) -> list[Argument]:
    """Who a plural pronoun or a relative pronoun on a group names: "we" of a quotation's
    speakers, "they" of co-signers (``PronounResolver.plural``); "who" in "X was one of 14
    Republicans who voted ..." is X (``relative_members``)."""
    found = _plural_pronoun(resolver, tok) or [
        Argument(rec, tok, via_pronoun=True) for rec in resolver.pronouns.pair(tok)
    ]
    if found or tok.lower_ not in RELATIVE_PRONOUNS:
        return found
    verb = _relative_clause(tok)
    members = group_members(verb) if verb is not None else []
    return [a for m in members if m.i != tok.i for a in resolver.resolve(m)]


def _standing_for(
    resolver: ArgumentResolver, tok: Token, arg: Argument | None, listed: bool
) -> list[Argument]:
    """``arg``, else the group ``tok`` names (``_unnamed_group``); and with ``listed`` the
    members a group lists ("senators, including Collins and Murkowski"), when the group is
    nobody we can name or a plural one ("Republicans, including McCain")."""
    found = [arg] if arg is not None else _unnamed_group(resolver, tok)
    if not listed or (arg is not None and not group_noun(tok)):
        return found
    members = listed_members(tok, lambda t: getattr(resolver.entity(t), "type", None))
    return found + [a for m in members if m.i != tok.i for a in resolver.resolve(m)]


def _plural_pronoun(resolver: ArgumentResolver, tok: Token) -> list[Argument]:
    """ "we" of a quotation's speakers, "they" of co-signers (``PronounResolver.plural``)."""
    if not (tok.pos_ == "PRON" or tok.tag_ in {"PRP", "PRP$"}):
        return []
    return [Argument(rec, tok, via_pronoun=True) for rec in resolver.pronouns.plural(tok)]


def _person_possessed(resolver: ArgumentResolver, tok: Token) -> bool:
    """Whether a person (not a body such as the Senate) possesses ``tok``."""
    for c in tok.children:
        if c.dep_ == "poss":
            rec = resolver.entity(c)
            return rec is None or rec.type == "Person"
    return False


def _relative_clause(tok: Token) -> Token | None:
    """The relative clause a relative pronoun opens: "who is running", "with whom he spoke",
    "of which I am a sponsor" (up through prepositions and nouns, never past another verb)."""
    node = tok
    for _ in range(4):
        if node.head == node:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node if node.dep_ == "relcl" else None
    return None


def named_here(entities: EntityIndex, arg: Argument) -> bool:
    """Whether ``arg`` is an entity its own token names or introduces: a mention of it holds
    the token and is a name (a proper noun in it) or the entity's first mention, the phrase
    that describes or labels it ("the amendment offered by Senator Daniel K. Inouye", "plans
    unveiled by the Conservatives"). A generic noun, a proxy or a reference back to a plan named
    before is none ("Udall proposed legislation that would limit ..." after the Patriot Act)."""
    mentions: list[tuple[int, int, EntityRecord]] = getattr(entities, "mentions", [])
    own = [m for m in mentions if m[2].name == arg.entity.name]
    i = arg.token.i
    for start, end, _ in own:
        if start <= i < end:
            doc = arg.token.doc
            named = any(t.pos_ == "PROPN" for t in doc[start:end])
            return named or start == min(s for s, _, _ in own)
    return False


def described_by_clause(arg: Argument) -> bool:
    """Whether ``arg``'s entity is named by a phrase that runs on into a clause on its token
    ("major legislation backed by President Trump", "legislation introduced Thursday by Sen.
    Daniel Akaka"): the clause says which one it is, so what the clause tells of it is no
    stance on a measure named apart. A described entity owns its head word only, so its name
    is what tells."""
    tok = arg.token
    doc = tok.doc
    for clause in tok.children:
        if clause.dep_ in ("acl", "relcl"):
            words = doc[clause.left_edge.i : clause.right_edge.i + 1].text
            if words and words in arg.entity.name:
                return True
    return False


def legal_actor(entity: EntityRecord) -> bool:
    """A court, police force or investigating body (no person): "the FBI", "the 10th U.S.
    Circuit Court of Appeals"."""
    if entity.type == "Person":
        return False
    name = f" {entity.name.lower()} "
    return any(f" {word} " in name for word in LEGAL_ACTOR_WORDS)


def _proxy_owner(
    resolver: ArgumentResolver, tok: Token, depth: int, proxies: frozenset[str]
) -> Argument | None:
    """Whose deed a proxy noun is: its possessor ("Trump's bid"), for criticism a party
    modifier ("Tory claims"), for criticism and praise the doer a "by" phrase names ("the
    decision by the DoJ", not "the nomination by Trump": the nominator is not the nominee);
    nobody's for an effort narrowed by its matter (`_narrowed_proxy`)."""
    if _narrowed_proxy(tok, proxies):
        return None
    for child in tok.children:
        if child.dep_ == "poss":
            arg = resolver._resolve_one(child, depth + 1)
            if arg is not None and _partisan_part(resolver, tok, arg):
                return None
            if arg is not None and not _body_measure(arg, proxies):
                return arg
    lemma = tok.lemma_.lower()
    if proxies is CRITICISM_PROXIES and lemma in MODIFIER_PROXIES:
        # "derided Tory claims", "attacked Republican policies": the party's own
        for child in tok.children:
            rec = resolver.entity(child) if child.dep_ in {"compound", "amod"} else None
            if rec is not None and rec.type == "PoliticalParty":
                return Argument(rec, child)
    if proxies is PROXY_NOUNS or lemma in OF_PROXIES:
        return None
    author = by_author(tok)
    if author is None:
        return None
    arg = resolver._resolve_one(author, depth + 1)
    return None if arg is None or _body_measure(arg, proxies) else arg


def _manner_doer(tok: Token) -> Token | None:
    """The doer of a deed whose manner is criticized: the active subject of the relative clause
    on "the way"/"the manner" ("the way Tony Blair's government operates"), not a relative
    pronoun's; none for a passive clause ("the way the war was sold")."""
    for clause in (c for c in tok.children if c.dep_ == "relcl"):
        for c in clause.children:
            if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS:
                return c
    return None


def _partisan_part(resolver: ArgumentResolver, tok: Token, owner: Argument) -> bool:
    """A body's party wing is not the body: "an earlier decision by the Senate Judiciary
    Committee's Republican leadership" is the committee's Republicans, on which Democrats sit too.
    """
    if owner.entity.type not in {"GovernmentBody", "Organization"}:
        return False
    return any(
        (rec := resolver.entity(c)) is not None and rec.type == "PoliticalParty"
        for c in tok.children
        if c.dep_ in {"amod", "compound"}
    )


def _body_measure(arg: Argument, proxies: frozenset[str]) -> bool:
    """A legislature's effort or plan is a measure, not the body as an actor to back: "I support
    Congress' effort to help producers" backs the relief, not Congress ("Frist's efforts" do
    stand for Frist)."""
    return proxies is ENDORSEMENT_PROXIES and arg.entity.type in MEASURE_OWNER_TYPES


def _narrowed_proxy(tok: Token, proxies: frozenset[str]) -> bool:
    """A possessed effort or statement backed for what it is, not for its owner: narrowed by a
    noun that names its matter ("championed Bush's comprehensive immigration overhaul effort"
    backs the overhaul) or called untrue ("backing Flynn's false statements"); "supported
    Frist's efforts" and "backed Trump's bid" (`PROXY_NOUNS`) still back the person."""
    if proxies is not ENDORSEMENT_PROXIES or tok.lemma_.lower() in PROXY_NOUNS:
        return False
    return any(
        c.dep_ == "compound"
        and c.pos_ == "NOUN"
        or c.dep_ == "amod"
        and c.lower_ in ARGUMENT_WORDS["untrue_modifiers"]
        for c in tok.children
    )


def _part_or_modifier(rec: EntityRecord, tok: Token) -> bool:
    """A group's name used for some of its members ("Democrats who had supported her",
    `denotes_part`) or a body's name before an elided bill noun: not the entity as an actor."""
    if rec.type != "Person" and denotes_part(tok):
        return True
    if rec.type != "Person" and restricted_group(tok, rec.name) and not demonym_code(tok.text[:-1]):
        return True  # "big-name Republicans" (not "ethnic Albanians": a people)
    if rec.type == "PoliticalParty" and (other_organization(tok) or reduced_relative(tok)):
        return True  # "Justice Democrats, an advocacy group", "the Democrats complaining"
    if rec.type == "PoliticalParty" and any(
        state_modifier(c) and c.lower_ not in rec.name.lower() for c in tok.children
    ):
        return True  # "the Florida state Democratic Party" (not "the Alabama Republican Party")
    return rec.type in BODY_TYPES and _elided_modifier(tok)


def _possessed_person(resolver: ArgumentResolver, tok: Token, rec: EntityRecord) -> Argument | None:
    """The person an organisation's possessive names, when the parser made the organisation's
    name the head of the phrase and hung the person inside it: in "Americans for Tax Reform’s
    Grover Norquist is lashing out at ..." the subject is Norquist (the parser read "Americans"
    as the subject and "Norquist" as the object of "for"), not his organisation."""
    if rec.type == "Person":
        return None
    doc, i = tok.doc, tok.i
    while i + 1 < len(doc) and resolver.entity(doc[i + 1]) == rec:
        i += 1
    if i + 2 >= len(doc) or doc[i + 1].text not in APOSTROPHE_S:
        return None
    k = i + 2
    person = resolver.entity(doc[k])
    if person is None or person.type != "Person":
        return None
    while k + 1 < len(doc) and resolver.entity(doc[k + 1]) == person:
        k += 1
    if not any(t.i == k for t in tok.subtree):
        return None  # parsed right: the organisation is the person's possessor, not the head
    return Argument(person, doc[k])


def _elided_modifier(tok: Token) -> bool:
    """A body's name that modifies a bill noun of the next conjunct, elided after it: "the
    House and then the Senate bills" are two bills, not the House and a bill."""
    doc, i = tok.doc, tok.i + 1
    if i >= len(doc) or doc[i].lower_ not in {"and", "or"}:
        return False
    i += 1
    while i < len(doc) and doc[i].lower_ in ARGUMENT_WORDS["elided_bill_fillers"]:
        i += 1
    if i >= len(doc) or doc[i].dep_ != "compound":
        return False
    noun = doc[i].head
    return noun.tag_ == "NNS" and noun.lemma_.lower() in GENERIC_NOUNS["Legislation"]


def _predicate_conjunct(noun: Token, skip: set[int]) -> Token:
    """The first conjunct of a predicate or apposition ``noun`` is part of: "Finn, a veteran GOP
    campaign hand and outspoken Trump critic" (not "Trump and her former rival, Sanders", where
    the rival is an actor of its own, nor "Neither the press secretary, Stephanie Grisham, nor
    one of Mr. Trump's defenders, Kellyanne Conway": alternatives are other actors)."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
        if any(c.dep_ == "cc" and c.lower_ in ALTERNATIVES for c in first.head.children):
            break
        first = first.head
    if first.i != noun.i and first.dep_ in {"appos", "attr"} and first.i not in skip:
        return first
    return noun


def _apposed_person(resolver: ArgumentResolver, tok: Token) -> Argument | None:
    """The person a description is apposed to ("Chaffetz, the Utah Republican") or that is
    apposed to it ("One Republican, Sen. Bob Corker, has already signaled he's opposed",
    "Another leading Dem, Sen. Kristen Gillibrand of New York, ... said")."""
    if tok.dep_ == "appos" and tok.head != tok:
        rec = resolver.entity(tok.head)
        return Argument(rec, tok.head) if rec is not None and rec.type == "Person" else None
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i:
            rec = resolver.entity(child)
            if rec is not None and rec.type == "Person":
                return Argument(rec, child)
    return None


# "X was among the critics of Y": verbs whose "among" phrase says what the subject is
_AMONG_VERBS = ARGUMENT_WORDS["among_verbs"]


def _member_of(noun: Token) -> Token:
    """The token that stands in the clause for ``noun``: "one" in "one of the critics"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in MEMBER_PARTITIVES:
        return prep.head
    return noun


def _group(resolver: ArgumentResolver, tok: Token) -> Argument | None:
    """A group that stands for an actor: "Tory MPs", "the party", "the government of X"
    (``party_groups.group_actor``)."""
    found = group_actor(tok, resolver.entity, resolver.entities.entity_at)
    return Argument(found[0], found[1]) if found is not None else None


def _coordinated_parties(resolver: ArgumentResolver, cand: Token, arg: Argument) -> list[Argument]:
    """ "Republican and Democratic lawmakers": the party the members' noun was read as
    (``_group``) and the parties coordinated with it, each the members' party."""
    if arg.entity.type != "PoliticalParty" or arg.token.head != cand or arg.token == cand:
        return []
    if arg.token.dep_ not in {"amod", "compound"}:
        return []
    found = []
    for other in arg.token.conjuncts:
        rec = resolver.entity(other)
        if rec is not None and rec.type == "PoliticalParty":
            found.append(Argument(rec, other))
    return found


def _relative_antecedent(
    resolver: ArgumentResolver, tok: Token, verb: Token, depth: int
) -> Argument | None:
    """What a relative pronoun stands for: the noun its clause hangs on; for "who" on an
    organisation inside a person's title, the person."""
    arg = resolver._resolve_one(verb.head, depth + 1)
    if tok.lower_ == "which" and arg is not None and arg.entity.type == "Person":
        if arg.token == verb.head:
            return None  # "material on Trump, which he dismissed as nonsense": "which" is no person
        if verb.head.dep_ == "appos" and verb.head.pos_ == "NOUN":
            # on a person's title, the organisation the title names: "Neil Sroka, a strategist
            # for Democracy for America, which has endorsed Sanders" is the group's endorsement
            # ("your candidacy, which I endorse" stays the candidate's)
            return _named_in_title(resolver, verb.head, tok)
    if tok.lower_ == "who" and arg is not None and arg.entity.type != "Person":
        return _titled_person(resolver, verb.head) or arg
    return arg


def _named_in_title(resolver: ArgumentResolver, noun: Token, relative: Token) -> Argument | None:
    """The last non-person actor named between a title noun and the relative pronoun after it
    ("a strategist for Democracy for America, which"); else nobody."""
    for i in range(relative.i - 1, noun.i, -1):
        rec = resolver.entities.entity_at(i)
        if rec is not None and rec.type not in {"Person", "Place"}:
            return Argument(rec, noun.doc[i])
    return None


def _titled_organization(resolver: ArgumentResolver, noun: Token) -> Argument | None:
    """The organisation named in the person's title right before ``noun``: "executive
    director of LPAC, an LGBTQ political organization" -> LPAC; else nobody."""
    for i in range(noun.left_edge.i - 1, noun.head.i, -1):
        rec = resolver.entities.entity_at(i)
        if rec is not None and rec.type not in {"Person", "Place"}:
            return Argument(rec, noun.doc[i])
    return None


def _titled_person(resolver: ArgumentResolver, name: Token) -> Argument | None:
    """The person whose title names the organisation ``name`` a "who" clause hangs on:
    "Mark Gilbert, a top executive at Barclays, who has raised ... for Mr. Obama" is
    Gilbert's act, not the bank's."""
    prep = name.head
    title = prep.head
    if name.dep_ != "pobj" or prep.dep_ != "prep" or title.dep_ != "appos":
        return None
    rec = resolver.entity(title.head)
    return Argument(rec, title.head) if rec is not None and rec.type == "Person" else None
