"""Within-document entities: spaCy NER + polkg's political spans, clustered into EntityRecords.

One document's mentions ("Former Attorney General Jeff Sessions", "Sessions", "he", "the
president") become one ``EntityRecord`` each entity, and every token that refers to an entity can
be looked up (``DocEntities.entity_at``), so relation rules work on entities, not strings.

The steps are linear in the document, one module and component each, all over one shared
state (``mentions.DocState``): collect name mentions (NER persons, title + proper nouns,
link-card aliases: ``mentions``), cluster persons by given name and surname and attach
titles/parties as offices and party (``persons``), add the other actors (``actors``), then
resolve bare surnames, "the president"-style references and pronouns conservatively, in
document order (``references``). ``EntityLayer`` builds the state and the components (each
given the state and the components it asks) and runs them in one fixed order; this module
turns the result into records. Precision first: an ambiguous surname or pronoun stays
unresolved.

Word lists are data in ``polkg/extract/patterns/`` (read by ``lexicon``): ``entities_words.json``
(pronouns, status markers, role words, definite references), ``entities_given_names.json``
(given names by gender: pronoun agreement and names the model misses),
``entities_nicknames.json`` (Bob = Robert) and ``entities_famous.json`` ("President Obama" alone
-> Barack Obama).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from polkg.extract.actors import Actors
from polkg.extract.administrations import BareAdministrations
from polkg.extract.bill_namings import bill_namings
from polkg.extract.bill_numbers import merge_numbered_bills
from polkg.extract.country_offices import CountryOffices
from polkg.extract.descriptions import DescriptionReferences
from polkg.extract.descriptive_actors import DescriptiveActors
from polkg.extract.handles import Handles
from polkg.extract.headed_entities import headed_entities
from polkg.extract.impeachments import Impeachments
from polkg.extract.laws_in_force import laws_in_force
from polkg.extract.leaderships import leadership_entities
from polkg.extract.mentions import DocState, NameFinder, Owner
from polkg.extract.names import BareNames, NameReferences
from polkg.extract.organization_mentions import OrganizationMentions
from polkg.extract.organization_references import OrganizationReferences
from polkg.extract.party_references import PartyReferences
from polkg.extract.peers import peer_name
from polkg.extract.persons import Offices, PersonClusters, famous_name
from polkg.extract.policy_issues import policy_issue_entities
from polkg.extract.possessed_plans import PossessedPlans
from polkg.extract.reference_pass import EntityReferences, Resolvers
from polkg.extract.references import PronounReferences
from polkg.extract.role_descriptions import RoleDescriptions
from polkg.extract.sponsor_named_bills import fold_sponsor_named_bills
from polkg.extract.sponsored_amendments import sponsored_amendments
from polkg.extract.title_descriptions import TitleDescriptions
from polkg.model import Document, EntityRecord


@dataclass
class DocEntities:
    """The entities of one parsed document and which tokens refer to which entity."""

    doc: Doc
    entities: list[EntityRecord]
    mentions: list[tuple[int, int, EntityRecord]]
    _token_entity: list[int] = field(repr=False, default_factory=list)
    described: frozenset[str] = frozenset()  # names of entities a phrase describes (no name)
    # names of the described bills a clause tells by what they do (``authored_bills``)
    authorable: frozenset[str] = frozenset()
    # quoted "he"/"she" the entity layer left open -> who the quotation's context names
    quoted_candidates: dict[int, tuple[EntityRecord, ...]] = field(default_factory=dict)
    # names of the laws in force before the document's year -> the year each was enacted
    in_force: dict[str, int] = field(default_factory=dict)
    # names of the policy phrases kept only as a stance's object (``policy_issues``)
    issues: frozenset[str] = frozenset()

    def quoted_persons(self, token_index: int) -> tuple[EntityRecord, ...] | None:
        """The persons a quoted "he"/"she" may be (``quoted_referents``); None: no answer."""
        return self.quoted_candidates.get(token_index)

    def entity_at(self, token_index: int) -> EntityRecord | None:
        """The entity token ``token_index`` refers to (name, title + name, resolved pronoun)."""
        if 0 <= token_index < len(self._token_entity):
            k = self._token_entity[token_index]
            return self.entities[k] if k >= 0 else None
        return None

    def entity_of_span(self, span: Span | Token) -> EntityRecord | None:
        """The entity a span denotes: its head token's entity, else an appositive's."""
        root = span if isinstance(span, Token) else span.root
        found = self.entity_at(root.i)
        if found is not None:
            return found
        if isinstance(span, Span):
            for child in root.children:
                if child.dep_ == "appos" and span.start <= child.i < span.end:
                    found = self.entity_at(child.i)
                    if found is not None:
                        return found
        return None

    def entity_named(self, name: str) -> EntityRecord | None:
        """The entity with this canonical name or alias (case-insensitive), if any."""
        low = name.lower()
        for entity in self.entities:
            if entity.name.lower() == low:
                return entity
        for entity in self.entities:
            if any(a.lower() == low for a in entity.aliases):
                return entity
        return None


def _with_ascii_apostrophes(aliases: set[str]) -> list[str]:
    """Sorted aliases, plus a straight-apostrophe twin of each curly one (for matching)."""
    out = set(aliases)
    out |= {a.replace("’", "'") for a in aliases if "’" in a}
    return sorted(out)


def _name_fullness(name: str) -> tuple[int, int]:
    """Rank name forms: more full words first; "Robert Mueller" before "Robert S Mueller"."""
    parts = name.split()
    initials = sum(1 for w in parts if len(w.rstrip(".")) <= 2 and w[:1].isupper())
    return len(parts) - initials, -initials


class EntityLayer:
    """The one reference layer of a document: its shared state (``DocState``) and the
    components over it, each given the state and the components it asks; ``build`` runs them
    in a fixed order. One instance per document."""

    def __init__(self, doc: Doc, document: Document | None) -> None:
        state = self.state = DocState(doc, document)
        finder = NameFinder(state)
        offices = Offices(state)
        self.clusters = PersonClusters(state, finder, offices)
        self.actors = Actors(state)
        self.country_offices = CountryOffices(state, self.clusters, self.actors)
        self.described = DescriptiveActors(state, self.actors)
        self.possessed = PossessedPlans(state, self.actors)
        self.administrations = BareAdministrations(state, self.actors)
        self.impeachments = Impeachments(state, self.actors)
        self.org_mentions = OrganizationMentions(state, self.actors)
        self.org_references = OrganizationReferences(state)
        descriptions = DescriptionReferences(state)
        bare = BareNames(state, finder)
        names = NameReferences(state, offices, bare)
        resolvers = Resolvers(
            clusters=self.clusters,
            offices=offices,
            descriptions=descriptions,
            bare=bare,
            names=names,
            titles=TitleDescriptions(state, offices, descriptions, names),
            roles=RoleDescriptions(state, descriptions),
            definite=PartyReferences(state, names),
            pronouns=PronounReferences(state, names, bare),
            handles=Handles(state),
        )
        self.references = EntityReferences(state, resolvers)

    def build(self) -> DocEntities:
        """Discovery, then resolution, in this order (each step sees what the ones before
        found): full names clustered into persons with their titles and parties; the actors
        of polkg's patterns, a bill's number apposed to its name folded into it, and a bill
        named by its sponsors into the one titled bill; governments;
        foreign heads named by the office ("the Turkish president"); a bare "impeachment" as
        the sitting president's; the one pass in document order over every reference (party
        descriptions, bare names, titles, definite nouns, pronouns); the model's entities
        nobody claimed; acronyms and apposed organisations; "the committee"; an amendment told
        by its sponsors, named for them; a bill noun the text names at once (or a lead's, in
        the next sentence); described bills, investigations and campaigns; plans told by their
        owner; policies named by a common noun phrase (kept only as a stance's object). Then
        the records."""
        self.clusters.cluster_persons()
        leadership_entities(self.state, self.actors)
        self.actors.span_entities()
        headed_entities(self.state, self.actors)
        merge_numbered_bills(self.state)
        fold_sponsor_named_bills(self.state)
        self.actors.government_entities()
        self.country_offices.country_office_entities()
        self.administrations.administration_entities()
        self.impeachments.impeachment_entities()
        self.references.scan()
        self.actors.ner_entities()
        self.org_mentions.organization_mentions()
        self.org_references.organization_references()
        sponsored_amendments(self.state, self.actors)
        bill_namings(self.state)
        self.described.descriptive_entities()
        self.possessed.possessed_entities()
        policy_issue_entities(self.state, self.actors)
        return self._entities()

    def _entities(self) -> DocEntities:
        """One record per entity something mentions, in order of its first token."""
        records: list[EntityRecord] = []
        index: dict[Owner, int] = {}
        order: list[tuple[int, Owner]] = [
            (p.first_token, Owner.of_person(k)) for k, p in enumerate(self.state.persons)
        ] + [(o.first_token, Owner.of_other(key)) for key, o in self.state.others.items()]
        counts: dict[Owner, int] = {}
        # each person's surface forms, gathered in one pass (not one pass per person)
        surfaces: dict[Owner, set[str]] = {}
        spans: dict[Owner, list[tuple[int, int]]] = {}
        for st, en, ref in self.state.mentions:
            counts[ref] = counts.get(ref, 0) + 1
            if ref.is_person:
                surfaces.setdefault(ref, set()).add(self.state.doc[st:en].text)
                spans.setdefault(ref, []).append((st, en))
        for _first, ref in sorted(order, key=lambda x: x[0]):
            if counts.get(ref, 0) == 0:
                continue
            index[ref] = len(records)
            peer = peer_name(self.state.doc, spans[ref]) if ref in spans else None
            records.append(self._record(ref, counts[ref], surfaces.get(ref, set()), peer))
        token_entity = [-1] * self.state.n
        for i, owner in enumerate(self.state.owner):
            if owner is not None and owner in index:
                token_entity[i] = index[owner]
        mentions = sorted(
            (st, en, records[index[ref]]) for st, en, ref in self.state.mentions if ref in index
        )
        described = frozenset(self.state.others[key].name for key in self.state.described_keys)
        quoted = {
            i: tuple(records[index[Owner.of_person(k)]] for k in ks)
            for i, ks in self.state.quoted_candidates.items()
            if all(Owner.of_person(k) in index for k in ks)
        }
        in_force = laws_in_force(self.state.doc, mentions, self.state.day)
        issues = frozenset(self.state.others[key].name for key in self.state.issue_keys)
        authorable = frozenset(self.state.others[key].name for key in self.state.authored_keys)
        return DocEntities(
            self.state.doc,
            records,
            mentions,
            token_entity,
            described,
            authorable,
            quoted,
            in_force,
            issues,
        )

    def _record(
        self, ref: Owner, count: int, surface: set[str], peer: str | None = None
    ) -> EntityRecord:
        """The record of ``ref``, mentioned ``count`` times; ``surface``: a person's mentions'
        texts; ``peer``: a person's name by rank ("Lord Goldsmith"), if the text writes one."""
        if ref.is_other:
            o = self.state.others[ref.other]
            official = {law for law, used in self.state.legislation_ids.items() if used == o.name}
            aliases = _with_ascii_apostrophes(set(o.aliases) | {o.name} | official)
            return EntityRecord(name=o.name, type=o.type, aliases=aliases, mentions=count)
        p = self.state.persons[ref.person]
        names = [n for n in p.names if len(n.split()) >= 2]
        if names:
            name = max(names, key=_name_fullness)
        elif p.card_short:
            name = p.card_short
        else:
            name = famous_name(p) or peer or p.surname  # a peer by rank: "Lord Janner"
        surface = {s for s in surface if s.lower() not in self.state.words["pronoun_gender"]} - {
            w for w in surface if w.lower() in self.state.words["relative_pronouns"]
        }
        peers = {peer} if peer else set()
        aliases = _with_ascii_apostrophes(
            set(p.names) | set(p.card_names) | set(p.aliases) | surface | {name} | peers
        )
        return EntityRecord(
            name=name,
            type="Person",
            aliases=aliases,
            offices=list(p.offices),
            party=p.party,
            mentions=count,
        )


def find_entities(doc: Doc, document: Document | None = None) -> DocEntities:
    """Cluster the mentions of one parsed document into entities (see the module docstring)."""
    return EntityLayer(doc, document).build()
