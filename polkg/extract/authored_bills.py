"""Described bills a clause tells by what they do, which sponsorship may reach.

The sponsorship rules never take a described bill as their object (``descriptive_actors.json``
``authorship_rules``): "the resolution we'll be voting on", "a bill introduced last week" tell
nothing of the bill but who handles it, and a release naming its bill elsewhere is better read
there. A bill whose own clause says what it does is as specific as a name: "Kohl, Leahy, Grassley
and Schumer have introduced legislation to explicitly prohibit brand-name drug manufacturers from
...", "Klobuchar ... introduced a bill to require voting by mail in all states", "Udall, who has
proposed legislation that would limit the government's ability to collect data". Such a bill
(one of ``authored_heads``, told right after its head by a "to" infinitive, a relative clause
whose subject is the bill, a gerund, or a purpose participle: "legislation aimed at giving ...")
may be the object of sponsorship. Not a naming participle ("a plan called ..."), nor a clause
about someone's act on the bill ("that Senator Leahy introduced", "we'll be voting on"), nor a
plan, proposal or act (``action_heads``), which a text describes as often as a political line.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from spacy.tokens import Token

from polkg.extract.legislators import ever_member
from polkg.extract.lexicon import word_sets, words
from polkg.model import EntityRecord

_WORDS = word_sets("descriptive_actors")
# rules of authorship (sponsoring, introducing a bill), which reach a described bill only when
# it is told by what it does: a release describing its own bill names it elsewhere, and
# authorship is a weak stance
AUTHORSHIP_RULES = tuple(words("descriptive_actors")["authorship_rules"])
# "a bill called ...", "legislation known as ...": a name follows, not what the bill does
_NAMING_VERBS = word_sets("bill_namings")["naming_verbs"]
# offices whose holder sits in a legislature (``member_sponsors``)
_MEMBER_OFFICES = _WORDS["member_offices"]


class _Resolved(Protocol):
    """A rule argument resolved to an entity (``arguments.Argument``)."""

    @property
    def entity(self) -> EntityRecord: ...

    @property
    def via_pronoun(self) -> bool: ...


A = TypeVar("A", bound=_Resolved)
_RELATIVE_TAGS = ("WDT", "WP")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def authorship_barred(entities: object) -> frozenset[str]:
    """The names of the described entities of ``entities`` (a ``DocEntities``) no authorship
    rule takes as object: every described one but the bills told by what they do."""
    described: frozenset[str] = getattr(entities, "described", frozenset())
    return described - getattr(entities, "authorable", frozenset())


def member_sponsored(
    objects: list[A], subjects: list[A], entities: object
) -> tuple[list[A], list[A]]:
    """``objects`` without the bills told by their act (``authorable``) unless every sponsor in
    ``subjects`` is a member (``authored_sponsor_types``): a chamber or body never introduces or
    sponsors a bill, its members do ("On the day the House of Representatives was to debate ...,
    Rep. Tulsi Gabbard, D-Hawaii, introduced a resolution to censure him", where the parser gives
    "introduced" the House as subject); and ``subjects`` without a pronoun's seatless guess
    (``member_sponsors``)."""
    authorable: frozenset[str] = getattr(entities, "authorable", frozenset())
    if not all(s.entity.type.lower() in _WORDS["authored_sponsor_types"] for s in subjects):
        objects = [o for o in objects if o.entity.name not in authorable]
    return objects, member_sponsors(subjects)


def member_sponsors(subjects: list[A]) -> list[A]:
    """``subjects`` without a person reached only through a pronoun who holds no seat (no
    office of ``member_offices`` in the text, no term of the congress-legislators gazetteer)
    when a co-sponsor named with him does: a bill members of Congress introduce together is
    introduced by members, so an activist the pronoun's nearest guess lands on is its wrong
    antecedent ("Adam Green, the co-founder of the Progressive Change Campaign Committee ... A
    month later he joined Sanders and ... Sen. Bob Casey in introducing a bill": he is Cory
    Booker); the named co-sponsors stay. A sponsor alone keeps the pronoun's answer ("Lord Dubs
    agreed to withdraw his bill": the gazetteer knows no peer or MP)."""
    if not any(not s.via_pronoun and _seated(s.entity) for s in subjects):
        return subjects
    return [
        s
        for s in subjects
        if not (s.via_pronoun and s.entity.type == "Person") or _seated(s.entity)
    ]


def _seated(entity: EntityRecord) -> bool:
    """Whether a person holds a seat the text tells (``member_offices``) or ever held one in
    Congress (the gazetteer)."""
    if entity.type != "Person":
        return False
    if any(o.title in _MEMBER_OFFICES for o in entity.offices):
        return True
    parts = entity.name.split()
    return len(parts) > 1 and ever_member(parts[:1], parts[-1])


def told_by_act(head: Token) -> bool:
    """Whether the bill ``head`` heads is told by a clause right after it saying what it does."""
    if head.lemma_.lower() not in _WORDS["authored_heads"]:
        return False
    return any(_act_clause(head, child) for child in head.rights)


def _act_clause(head: Token, clause: Token) -> bool:
    if clause.dep_ not in _WORDS["content_deps"] or clause.left_edge.i != head.i + 1:
        return False
    if clause.pos_ not in ("VERB", "AUX") or clause.lemma_.lower() in _NAMING_VERBS:
        return False
    first = head.doc[head.i + 1]
    if first.lower_ == "to" and first.head.i == clause.i:
        return True  # "a bill to require voting by mail"
    if clause.dep_ == "relcl":  # "legislation that would limit ...": the bill does it
        return any(c.dep_ in _SUBJECT_DEPS and c.tag_ in _RELATIVE_TAGS for c in clause.children)
    if clause.tag_ == "VBG":
        return True  # "legislation requiring ...", "a resolution expressing ..."
    return clause.tag_ == "VBN" and clause.lower_ in _WORDS["purpose_participles"]


def act_end(head: Token, end: int) -> int:
    """Where the name of a bill told by its act (``told_by_act``) ends: after the act's verb and
    its object, before a relative clause after the object or an adjunct of the act, as a reader
    (and the gold) names such a bill: "bipartisan legislation to extend the intelligence
    surveillance powers" (not "... that had passed the Senate easily"), "a bill to simply extend
    the current program" (not "... to cover kids at risk of losing coverage until ..."),
    "legislation to fully fill the FY07 shortfalls" (not "... before we adjourn"). What says what
    the act is stays: an infinitive on the object ("President Bush's plan to send more than
    20,000 additional troops to Iraq") or after an object-control verb ("direct the Treasury
    Department to study ..."), a prepositional phrase ("by mail in all states", "as part of a
    plan"), a contact clause ("the roadblocks the Bush Administration has erected"). ``end``
    when there is no such cut or the bill is told otherwise (``descriptive_actors.json``
    ``act_*``)."""
    clause = next((c for c in head.rights if _act_clause(head, c)), None)
    if clause is None:
        return end
    objects = [c for c in clause.rights if c.dep_ in _WORDS["act_objects"]]
    if not objects:
        return end
    doc = head.doc
    cut = end
    for tok in doc[objects[0].i + 1 : end]:
        opener = doc[tok.left_edge.i]
        relative = tok.dep_ == "relcl" and opener.tag_ in _WORDS["act_relatives"]
        adjunct = (
            tok.head.i == clause.i
            and tok.dep_ in _WORDS["act_adjuncts"]
            and opener.lower_ in _WORDS["act_adjunct_openers"]
            and not (opener.lower_ == "to" and clause.lemma_.lower() in _WORDS["act_control_verbs"])
        )  # (after "direct the Treasury", "to study ..." is the act: object control)
        if relative or adjunct:
            cut = min(cut, tok.left_edge.i)
    while cut > objects[0].i + 1 and doc[cut - 1].is_punct:
        cut -= 1
    return cut
