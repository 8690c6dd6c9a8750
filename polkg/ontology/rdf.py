"""The lossless mapping between polkg's networkx graph and RDF.

``rdf_to_graph(graph_to_rdf(g))`` equals ``g``: nodes, node attributes, edges with their keys and
attributes, evidence lists in their order, and the graph's ``documents``. Every attribute of the
schema in docs/ARCHITECTURE.md maps to a proper RDF term; anything else (an extra key, ``None``
where a string is expected, a list that is not sorted) is kept in a ``pol:extra`` JSON literal on
the resource it belongs to, so nothing is ever lost and normal data carries no JSON at all.

Layout (see polkg/ontology/README.md for a worked example):

- default graph: entities (``ent:<slug>``), direct relation triples with their materialised
  super-properties (``pol:negativeStance``...), ``pol:Edge`` summaries, office holdings, documents
  and the ``pol:Dataset``;
- one named graph per document (``doc:<id>``): that document's ``pol:Assertion`` nodes and the
  ``pol:supportedBy`` links to them.

IRIs are stable: entities and documents percent-encode their key, assertions hash (doc, subject,
relation, object, start), edges hash (subject, key, object), so the same graph always gives the
same triples and re-ingesting a document is idempotent.

The mapping is written on pyoxigraph terms (the store bulk-loads them without going through
rdflib); ``graph_to_rdf`` and ``rdf_to_graph`` convert at the rdflib boundary.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote, unquote

import networkx as nx
import pyoxigraph as ox
import rdflib
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from polkg.errors import PolkgError
from polkg.ontology.vocab import BASE, DOC, ENT, POL

__all__ = [
    "PREFIXES",
    "graph_to_rdf",
    "rdf_to_graph",
    "graph_quads",
    "graph_from_quads",
    "entity_iri",
    "document_iri",
    "relation_property",
]

ASSERTION_NS = BASE + "assertion/"
EDGE_NS = BASE + "edge/"
HOLDING_NS = BASE + "holding/"
DATASET_IRI = BASE + "dataset"
WIKIDATA_NS = "http://www.wikidata.org/entity/"

PREFIXES = {
    "pol": str(POL),
    "ent": str(ENT),
    "doc": str(DOC),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "wd": WIKIDATA_NS,
    "assertion": ASSERTION_NS,
    "edge": EDGE_NS,
}

# Kept in step with polkg.extract.records.ENTITY_TYPES (a test checks it).
ENTITY_CLASSES = (
    "Person",
    "Organization",
    "PoliticalParty",
    "GovernmentBody",
    "Office",
    "Investigation",
    "Election",
    "Legislation",
    "Place",
)
KNOWN_RELATIONS = {
    "endorses": POL.endorses,
    "criticizes": POL.criticizes,
    "opposes": POL.opposes,
    "recused_from": POL.recusedFrom,
}
# Super-properties written next to every direct triple, so reasoning-free SPARQL finds them.
SUPER_PROPERTIES = {
    str(POL.endorses): (POL.positiveStance, POL.stance),
    str(POL.criticizes): (POL.negativeStance, POL.stance),
    str(POL.opposes): (POL.negativeStance, POL.stance),
}

_XSD_STRING = str(XSD.string)
_XSD_INTEGER = str(XSD.integer)
_XSD_DOUBLE = str(XSD.double)
_XSD_DATE = str(XSD.date)
_XSD_BOOLEAN = str(XSD.boolean)
_RDF_JSON = str(RDF.JSON)
_RDF_TYPE = str(RDF.type)
_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


@cache
def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _key_part(key: str) -> str:
    return quote(key, safe="-._~")


def entity_iri(key: str) -> str:
    """``ent:<slug>``; keys that are not IRI-safe are percent-encoded, so the map is injective."""
    return str(ENT) + _key_part(key)


def document_iri(doc_id: str) -> str:
    return str(DOC) + _key_part(doc_id)


def relation_property(relation: str) -> str:
    """``recused_from`` -> ``pol:recusedFrom``; unknown snake_case names get a camelCase term."""
    if relation in KNOWN_RELATIONS:
        return str(KNOWN_RELATIONS[relation])
    if _SNAKE.fullmatch(relation):
        head, *rest = relation.split("_")
        return str(POL) + head + "".join(part.capitalize() for part in rest)
    return str(POL.relation)


def _hash(*parts: object) -> str:
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


# ---------------------------------------------------------------------------------------------
# Literals


def _is_iso_date(value: str) -> bool:
    if len(value) != 10:
        return False
    try:
        return datetime.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _date_literal(value: str) -> ox.Literal:
    if _is_iso_date(value):
        return ox.Literal(value, datatype=_n(_XSD_DATE))
    return ox.Literal(value)


def _python(term: Any) -> Any:
    """The Python value of an RDF term as the mapping wrote it."""
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype == _XSD_INTEGER:
            return int(term.value)
        if datatype == _XSD_DOUBLE:
            return float(term.value)
        if datatype == _XSD_BOOLEAN:
            return term.value in ("true", "1")
        if datatype == _RDF_JSON:
            return json.loads(term.value)
        return term.value
    return term.value


# ---------------------------------------------------------------------------------------------
# Field specifications: which dict key maps to which predicate, for which Python values.


@dataclass(frozen=True)
class Field:
    """One dict key mapped to one predicate.

    ``fixed`` keys are always present in the schema: reading fills them with the default (None or
    an empty list) when no triple exists, so ``None`` needs no triple. Other keys are present only
    when a triple is.
    """

    key: str
    predicate: str
    kind: str  # str | int | float | date | url | doc | docs | strs | wikidata | class
    fixed: bool = False

    def accepts(self, value: Any) -> bool:
        kind = self.kind
        if value is None:
            return self.fixed and kind not in ("docs", "strs")
        if kind in ("str", "date", "url", "doc"):
            return type(value) is str
        if kind == "int":
            return type(value) is int
        if kind == "float":
            return type(value) is float and value == value  # NaN cannot round-trip by equality
        if kind in ("docs", "strs"):
            return (
                type(value) is list
                and all(type(item) is str for item in value)
                and value == sorted(set(value))
            )
        if kind == "wikidata":
            return type(value) is str and re.fullmatch(r"[QPL][1-9][0-9]*", value) is not None
        if kind == "class":
            return value in ENTITY_CLASSES
        raise AssertionError(kind)

    def objects(self, value: Any) -> list[Any]:
        kind = self.kind
        if value is None:
            return []
        if kind == "str":
            return [ox.Literal(value)]
        if kind in ("int", "float"):
            return [ox.Literal(value)]
        if kind == "date":
            return [_date_literal(value)]
        if kind == "url":
            try:
                return [ox.NamedNode(value)]
            except ValueError:
                return [ox.Literal(value)]
        if kind == "doc":
            return [_n(document_iri(value))]
        if kind == "docs":
            return [_n(document_iri(item)) for item in value]
        if kind == "strs":
            return [ox.Literal(item) for item in value]
        if kind == "wikidata":
            return [_n(WIKIDATA_NS + value)]
        if kind == "class":
            return [_n(str(POL) + value)]
        raise AssertionError(kind)

    def read(self, terms: list[Any]) -> Any:
        kind = self.kind
        if kind in ("docs", "strs"):
            values = [_doc_id(t) if kind == "docs" else t.value for t in terms]
            return sorted(values)
        if not terms:
            return None
        term = terms[0]
        if kind == "doc":
            return _doc_id(term)
        if kind == "wikidata":
            return term.value[len(WIKIDATA_NS) :]
        if kind == "class":
            classes = [t.value[len(str(POL)) :] for t in terms]
            return next(c for c in classes if c in ENTITY_CLASSES)
        return _python(term)


def _doc_id(term: Any) -> str:
    value = term.value
    if not value.startswith(str(DOC)):
        raise PolkgError(f"not a polkg document IRI: {value}")
    return unquote(value[len(str(DOC)) :])


NODE_FIELDS = (
    Field("type", _RDF_TYPE, "class", fixed=True),
    Field("label", str(RDFS.label), "str", fixed=True),
    Field("aliases", str(SKOS.altLabel), "strs", fixed=True),
    Field("documents", str(POL.mentionedIn), "docs", fixed=True),
    Field("wikidata", str(OWL.sameAs), "wikidata"),
    Field("bioguide", str(POL.bioguideId), "str"),
)
# handled by hand: "offices" (fixed, list of OfficeHolding) and "party" (pol:memberOf)
OFFICE_FIELDS = (
    Field("title", str(POL.title), "str", fixed=True),
    Field("status", str(POL.status), "str", fixed=True),
    Field("doc", str(PROV.wasDerivedFrom), "doc", fixed=True),
    Field("qualifier", str(POL.qualifier), "str"),
)
EDGE_FIELDS = (
    Field("n_documents", str(POL.documentCount), "int", fixed=True),
    Field("confidence", str(POL.confidence), "float", fixed=True),
    Field("first_date", str(POL.firstDate), "date"),
    Field("last_date", str(POL.lastDate), "date"),
)
# handled by hand: "relation" (equal to the key) and "evidence" (fixed, list of Assertion)
EVIDENCE_FIELDS = (
    Field("doc", str(PROV.wasDerivedFrom), "doc", fixed=True),
    Field("sentence", str(POL.evidence), "str", fixed=True),
    Field("start", str(POL.start), "int", fixed=True),
    Field("end", str(POL.end), "int", fixed=True),
    Field("date", str(DCTERMS.date), "date", fixed=True),
    Field("confidence", str(POL.confidence), "float", fixed=True),
    Field("rule", str(POL.rule), "str", fixed=True),
)
DOCUMENT_FIELDS = (
    Field("title", str(DCTERMS.title), "str", fixed=True),
    Field("date", str(DCTERMS.date), "date", fixed=True),
    Field("url", str(DCTERMS.source), "url", fixed=True),
    Field("outlet", str(POL.outlet), "str", fixed=True),
)


# ---------------------------------------------------------------------------------------------
# networkx -> quads


class _Residue:
    """What a resource's fields could not express: extra keys, and fixed keys that were absent."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.extra: dict[str, Any] = {}
        self.absent: list[str] = []

    def literal(self) -> ox.Literal | None:
        if not self.extra and not self.absent:
            return None
        data: dict[str, Any] = {}
        if self.extra:
            data["extra"] = self.extra
        if self.absent:
            data["absent"] = self.absent
        try:
            text = json.dumps(data, ensure_ascii=False, allow_nan=False)
            same = json.loads(text) == data
        except (TypeError, ValueError):
            same = False
        if not same:
            raise PolkgError(
                f"{self.where}: attributes {sorted(self.extra)} cannot be stored as RDF "
                "(only JSON values round-trip)"
            )
        return ox.Literal(text, datatype=_n(_RDF_JSON))


class _Writer:
    def __init__(self, g: nx.MultiDiGraph) -> None:
        self.g = g
        self.quads: list[ox.Quad] = []
        self.default = ox.DefaultGraph()
        self.placeholders: set[str] = set()
        self.assertions: set[str] = set()
        self.by_label: dict[str, str] = {}
        for key, attrs in sorted(g.nodes(data=True), key=_node_sort_key):
            label = attrs.get("label")
            if type(label) is str:
                known = self.by_label.get(label)
                if known is None or _party_rank(g, key) < _party_rank(g, known):
                    self.by_label[label] = key

    def add(self, s: str, p: str, o: Any, graph: Any = None) -> None:
        self.quads.append(ox.Quad(_n(s), _n(p), o, self.default if graph is None else graph))

    def fields(
        self,
        subject: str,
        data: dict[str, Any],
        fields: tuple[Field, ...],
        residue: _Residue,
        graph: Any = None,
        manual: tuple[str, ...] = (),
    ) -> None:
        known = {f.key for f in fields}
        for f in fields:
            if f.key not in data:
                if f.fixed:
                    residue.absent.append(f.key)
                continue
            value = data[f.key]
            if f.accepts(value):
                for obj in f.objects(value):
                    self.add(subject, f.predicate, obj, graph)
            else:
                residue.extra[f.key] = value
        for key, value in data.items():
            if key not in known and key not in manual:
                residue.extra[key] = value

    def finish(self, subject: str, residue: _Residue, graph: Any = None) -> None:
        literal = residue.literal()
        if literal is not None:
            self.add(subject, str(POL.extra), literal, graph)

    def write(self) -> list[ox.Quad]:
        self.write_dataset()
        for key, attrs in self.g.nodes(data=True):
            self.write_node(key, attrs)
        for u, v, key, attrs in self.g.edges(keys=True, data=True):
            self.write_edge(u, v, key, attrs)
        return self.quads

    def write_dataset(self) -> None:
        data = self.g.graph
        if not data:
            return
        residue = _Residue("graph")
        self.add(DATASET_IRI, _RDF_TYPE, _n(str(POL.Dataset)))
        documents = data.get("documents", None)
        if "documents" not in data:
            residue.absent.append("documents")
        elif _is_document_table(documents):
            for doc_id, meta in documents.items():
                iri = document_iri(doc_id)
                self.add(DATASET_IRI, str(POL.document), _n(iri))
                self.add(iri, _RDF_TYPE, _n(str(POL.Document)))
                self.add(iri, str(DCTERMS.identifier), ox.Literal(doc_id))
                doc_residue = _Residue(f"document {doc_id!r}")
                self.fields(iri, meta, DOCUMENT_FIELDS, doc_residue)
                self.finish(iri, doc_residue)
        else:
            residue.extra["documents"] = documents
        for key, value in data.items():
            if key != "documents":
                residue.extra[key] = value
        self.finish(DATASET_IRI, residue)

    def write_node(self, key: Any, attrs: dict[str, Any]) -> None:
        if type(key) is not str:
            raise PolkgError(f"node {key!r}: node keys must be strings (entity slugs)")
        iri = entity_iri(key)
        residue = _Residue(f"node {key!r}")
        self.add(iri, str(POL.slug), ox.Literal(key))
        self.fields(iri, attrs, NODE_FIELDS, residue, manual=("offices", "party"))
        self.write_offices(key, iri, attrs, residue)
        if "party" in attrs:
            self.write_party(iri, attrs["party"], residue)
        self.finish(iri, residue)

    def write_offices(self, key: str, iri: str, attrs: dict[str, Any], residue: _Residue) -> None:
        if "offices" not in attrs:
            residue.absent.append("offices")
            return
        offices = attrs["offices"]
        if type(offices) is not list or not all(type(o) is dict for o in offices):
            residue.extra["offices"] = offices
            return
        for rank, office in enumerate(offices):
            holding = f"{HOLDING_NS}{_key_part(key)}/{rank}"
            self.add(iri, str(POL.holdsOffice), _n(holding))
            self.add(holding, _RDF_TYPE, _n(str(POL.OfficeHolding)))
            self.add(holding, str(POL.rank), ox.Literal(rank))
            office_residue = _Residue(f"node {key!r} office {rank}")
            self.fields(holding, office, OFFICE_FIELDS, office_residue)
            self.finish(holding, office_residue)

    def write_party(self, iri: str, party: Any, residue: _Residue) -> None:
        """``pol:memberOf`` the party's node when one has that label, else a labelled stand-in."""
        if type(party) is not str:
            residue.extra["party"] = party
            return
        if party in self.by_label:
            self.add(iri, str(POL.memberOf), _n(entity_iri(self.by_label[party])))
            return
        slug = _slugify(party)
        if not slug or slug in self.g:
            residue.extra["party"] = party  # no usable stand-in IRI: keep the name as it is
            return
        target = entity_iri(slug)
        self.add(iri, str(POL.memberOf), _n(target))
        if target not in self.placeholders:
            self.placeholders.add(target)
            self.add(target, _RDF_TYPE, _n(str(POL.PoliticalParty)))
            self.add(target, str(RDFS.label), ox.Literal(party))

    def write_edge(self, u: str, v: str, key: Any, attrs: dict[str, Any]) -> None:
        if type(key) is not str:
            raise PolkgError(f"edge {u!r} -> {v!r}: edge keys must be relation names")
        s, o = entity_iri(u), entity_iri(v)
        relation = attrs.get("relation", key)
        predicate = relation_property(relation if type(relation) is str else key)
        edge = EDGE_NS + _hash(s, key, o)
        residue = _Residue(f"edge {u!r} -{key}-> {v!r}")
        self.add(s, predicate, _n(o))
        for super_property in SUPER_PROPERTIES.get(predicate, ()):
            self.add(s, str(super_property), _n(o))
        self.add(edge, _RDF_TYPE, _n(str(POL.Edge)))
        self.add(edge, str(RDF.subject), _n(s))
        self.add(edge, str(RDF.predicate), _n(predicate))
        self.add(edge, str(RDF.object), _n(o))
        self.add(edge, str(POL.key), ox.Literal(key))
        if "relation" not in attrs:
            residue.absent.append("relation")
        elif attrs["relation"] != key:
            residue.extra["relation"] = attrs["relation"]
        self.fields(edge, attrs, EDGE_FIELDS, residue, manual=("relation", "evidence"))
        evidence = attrs.get("evidence", None)
        if "evidence" not in attrs:
            residue.absent.append("evidence")
        elif type(evidence) is not list or not all(type(e) is dict for e in evidence):
            residue.extra["evidence"] = evidence
        else:
            for rank, item in enumerate(evidence):
                self.write_assertion(edge, s, predicate, o, key, rank, item)
        self.finish(edge, residue)

    def write_assertion(
        self, edge: str, s: str, predicate: str, o: str, key: str, rank: int, item: dict[str, Any]
    ) -> None:
        doc = item.get("doc")
        graph = _n(document_iri(doc)) if type(doc) is str else None
        iri = ASSERTION_NS + _hash(doc, s, key, o, item.get("start"))
        n = 1
        while iri in self.assertions:  # the same sentence twice in one edge's evidence
            n += 1
            iri = ASSERTION_NS + _hash(doc, s, key, o, item.get("start"), n)
        self.assertions.add(iri)
        self.add(edge, str(POL.supportedBy), _n(iri), graph)
        self.add(iri, _RDF_TYPE, _n(str(POL.Assertion)), graph)
        self.add(iri, str(RDF.subject), _n(s), graph)
        self.add(iri, str(RDF.predicate), _n(predicate), graph)
        self.add(iri, str(RDF.object), _n(o), graph)
        self.add(iri, str(POL.rank), ox.Literal(rank), graph)
        residue = _Residue(f"evidence {rank} of edge {s} -{key}-> {o}")
        self.fields(iri, item, EVIDENCE_FIELDS, residue, graph)
        self.finish(iri, residue, graph)


def _node_sort_key(item: tuple[Any, dict[str, Any]]) -> str:
    return str(item[0])


def _party_rank(g: nx.MultiDiGraph, key: str) -> tuple[bool, str]:
    """Prefer a PoliticalParty node, then the smallest key, when several nodes share a label."""
    return (g.nodes[key].get("type") != "PoliticalParty", key)


def _slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _is_document_table(value: Any) -> bool:
    return type(value) is dict and all(type(k) is str and type(v) is dict for k, v in value.items())


def graph_quads(g: nx.MultiDiGraph) -> list[ox.Quad]:
    """All quads for ``g``, sorted, so every serialisation of the same graph is identical."""
    quads = _Writer(g).write()
    unique = {str(q): q for q in quads}
    return [unique[k] for k in sorted(unique)]


# ---------------------------------------------------------------------------------------------
# quads -> networkx


class _Reader:
    def __init__(self, quads: Iterable[ox.Quad]) -> None:
        self.props: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for quad in quads:
            subject = quad.subject
            if isinstance(subject, ox.NamedNode):
                self.props[subject.value][quad.predicate.value].append(quad.object)

    def typed(self, cls: Any) -> list[str]:
        cls = str(cls)
        return [
            s for s, p in self.props.items() if any(t.value == cls for t in p.get(_RDF_TYPE, ()))
        ]

    def read_fields(
        self, subject: str, fields: tuple[Field, ...], data: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        props = self.props[subject]
        data = {} if data is None else data
        for f in fields:
            terms = props.get(f.predicate, [])
            if f.kind == "class":
                terms = [t for t in terms if t.value.removeprefix(str(POL)) in ENTITY_CLASSES]
            if terms or f.fixed:
                data[f.key] = f.read(terms)
        return data

    def apply_residue(self, subject: str, data: dict[str, Any]) -> dict[str, Any]:
        for literal in self.props[subject].get(str(POL.extra), []):
            residue = json.loads(literal.value)
            data.update(residue.get("extra", {}))
            for key in residue.get("absent", []):
                data.pop(key, None)
        return data

    def ranked(self, subjects: Iterable[Any]) -> list[str]:
        items = [t.value for t in subjects]
        return sorted(items, key=lambda s: _python(self.props[s][str(POL.rank)][0]))

    def read(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        iri_to_key: dict[str, str] = {}
        nodes = []
        for subject, props in self.props.items():
            if str(POL.slug) in props:
                key = props[str(POL.slug)][0].value
                iri_to_key[subject] = key
                nodes.append((key, subject))
        label = str(RDFS.label)
        labels = {s: p[label][0].value for s, p in self.props.items() if label in p}
        for key, subject in sorted(nodes):
            attrs = self.read_fields(subject, NODE_FIELDS)
            props = self.props[subject]
            attrs["offices"] = [
                self.apply_residue(h, self.read_fields(h, OFFICE_FIELDS))
                for h in self.ranked(props.get(str(POL.holdsOffice), []))
            ]
            for party in props.get(str(POL.memberOf), []):
                attrs["party"] = labels[party.value]
            g.add_node(key, **self.apply_residue(subject, attrs))
        edges = []
        for edge in self.typed(POL.Edge):
            props = self.props[edge]
            u = iri_to_key[props[str(RDF.subject)][0].value]
            v = iri_to_key[props[str(RDF.object)][0].value]
            key = props[str(POL.key)][0].value
            attrs = {"relation": key}
            self.read_fields(edge, EDGE_FIELDS, attrs)
            attrs["evidence"] = [
                self.apply_residue(a, self.read_fields(a, EVIDENCE_FIELDS))
                for a in self.ranked(props.get(str(POL.supportedBy), []))
            ]
            edges.append((u, v, key, self.apply_residue(edge, attrs)))
        for u, v, key, attrs in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
            g.add_edge(u, v, key=key, **attrs)
        if DATASET_IRI in self.props:
            documents = {}
            for doc in self.props[DATASET_IRI].get(str(POL.document), []):
                doc_id = self.props[doc.value][str(DCTERMS.identifier)][0].value
                documents[doc_id] = self.apply_residue(
                    doc.value, self.read_fields(doc.value, DOCUMENT_FIELDS)
                )
            data = {"documents": dict(sorted(documents.items()))}
            g.graph.update(self.apply_residue(DATASET_IRI, data))
        return g


def graph_from_quads(quads: Iterable[ox.Quad]) -> nx.MultiDiGraph:
    """The networkx graph that ``graph_quads`` wrote (other triples are ignored)."""
    try:
        return _Reader(quads).read()
    except (KeyError, IndexError, StopIteration, ValueError) as error:
        problem = f"{type(error).__name__} {error}"
        raise PolkgError(f"RDF is not a complete polkg graph: {problem}") from None


# ---------------------------------------------------------------------------------------------
# rdflib boundary


def _to_rdflib(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))
    raise PolkgError(f"unsupported RDF term {term!r}")


def _to_oxigraph(term: Any) -> Any:
    if isinstance(term, rdflib.URIRef):
        return _n(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is None:
            return ox.Literal(str(term))
        return ox.Literal(str(term), datatype=_n(str(term.datatype)))
    raise PolkgError(f"unsupported RDF term {term!r}")


def graph_to_rdf(g: nx.MultiDiGraph) -> rdflib.Dataset:
    """``g`` as an rdflib Dataset: entities in the default graph, assertions per document graph."""
    ds = rdflib.Dataset()
    for prefix, namespace in PREFIXES.items():
        ds.bind(prefix, namespace)
    default = ds.default_graph
    for quad in graph_quads(g):
        triple = (_to_rdflib(quad.subject), _to_rdflib(quad.predicate), _to_rdflib(quad.object))
        if isinstance(quad.graph_name, ox.DefaultGraph):
            default.add(triple)
        else:
            ds.graph(_to_rdflib(quad.graph_name)).add(triple)
    return ds


def _rdflib_quads(rdf: rdflib.Graph) -> Iterator[ox.Quad]:
    if isinstance(rdf, rdflib.Dataset | rdflib.ConjunctiveGraph):
        for s, p, o, _context in rdf.quads((None, None, None, None)):
            yield ox.Quad(_to_oxigraph(s), _to_oxigraph(p), _to_oxigraph(o))
    else:
        for s, p, o in rdf:
            yield ox.Quad(_to_oxigraph(s), _to_oxigraph(p), _to_oxigraph(o))


def rdf_to_graph(rdf: rdflib.Graph | Iterable[ox.Quad]) -> nx.MultiDiGraph:
    """The networkx graph from RDF written by ``graph_to_rdf`` (rdflib) or ``graph_quads``."""
    quads: Iterable[ox.Quad]
    if isinstance(rdf, rdflib.Graph):
        quads = _rdflib_quads(rdf)
    else:
        quads = rdf
    return graph_from_quads(quads)
