"""The lossless mapping between polkg's networkx graph and RDF.

``rdf_to_graph(graph_to_rdf(g))`` equals ``g``: nodes, node attributes, edges with their keys and
attributes, evidence lists in their order, and the graph's ``documents``. Every attribute of the
schema in docs/ARCHITECTURE.md maps to a proper RDF term; anything else (an extra key, ``None``
where a string is expected, a list that is not sorted) is kept in a ``pol:extra`` JSON literal on
the resource it belongs to, so nothing is ever lost and normal data carries no JSON at all.

Layout (polkg/ontology/README.md has a worked example):

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
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote, unquote

import networkx as nx
import pyoxigraph as ox
import rdflib
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from polkg.errors import PolkgError
from polkg.graph.names import slugify
from polkg.model import ENTITY_TYPES
from polkg.ontology.vocab import BASE, DOC, ENT, POL

__all__ = [
    "PREFIXES",
    "RDF_MEDIA_TYPES",
    "graph_to_rdf",
    "rdf_to_graph",
    "graph_quads",
    "graph_from_quads",
    "graph_from_ntriples",
    "graph_nquads",
    "entity_iri",
    "document_iri",
    "relation_property",
]

ASSERTION_NS = BASE + "assertion/"
EDGE_NS = BASE + "edge/"
HOLDING_NS = BASE + "holding/"
MENTION_NS = BASE + "mention/"
DATASET_IRI = BASE + "dataset"
WIKIDATA_NS = "http://www.wikidata.org/entity/"
SCHEMA = "https://schema.org/"

# RDF media type -> short format name, for the endpoint's content negotiation and the exports.
RDF_MEDIA_TYPES = {
    "text/turtle": "ttl",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/n-quads": "nq",
    "application/trig": "trig",
    "application/ld+json": "jsonld",
}

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
    "schema": SCHEMA,
    "assertion": ASSERTION_NS,
    "edge": EDGE_NS,
}

# The ontology classes of entities are exactly extraction's entity types.
ENTITY_CLASSES = ENTITY_TYPES
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
# Terms. The mapping writes and reads RDF terms as N-Triples text ("<iri>", "\"lex\"^^<dt>"):
# that is what Oxigraph bulk-loads and dumps fastest, and it keeps Python object churn low.

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _iri(iri: str) -> str:
    return f"<{iri}>"


def _literal(text: str, datatype: str | None = None) -> str:
    quoted = '"' + text.translate(_ESCAPES) + '"'
    return quoted if datatype is None else f"{quoted}^^<{datatype}>"


def _double(value: float) -> str:
    if math.isinf(value):
        return _literal("INF" if value > 0 else "-INF", _XSD_DOUBLE)
    return _literal(repr(value), _XSD_DOUBLE)


def _is_iso_date(value: str) -> bool:
    if len(value) != 10:
        return False
    try:
        return datetime.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _date_literal(value: str) -> str:
    return _literal(value, _XSD_DATE if _is_iso_date(value) else None)


def _url_term(value: str) -> str:
    """An IRI when the URL is a valid absolute IRI, else a plain literal (nothing is lost)."""
    if not _IRI_FORBIDDEN.search(value):
        try:
            ox.NamedNode(value)
            return _iri(value)
        except ValueError:
            pass
    return _literal(value)


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        code = match.group(1) or match.group(2)
        return chr(int(code, 16)) if code else _ECHAR.get(match.group(3), match.group(3))

    return _UNESCAPE.sub(one, text)


def _split_literal(raw: str) -> tuple[str, str]:
    """(lexical form, datatype IRI) of an N-Triples literal (language tags: rdf:langString)."""
    end = raw.rindex('"')
    lexical = _unescape(raw[1:end])
    rest = raw[end + 1 :]
    if rest.startswith("^^<"):
        return lexical, rest[3:-1]
    if rest.startswith("@"):
        return lexical, str(RDF.langString)
    return lexical, _XSD_STRING


def _value(raw: str) -> Any:
    """The Python value of a term as the mapping wrote it (IRIs: the IRI string)."""
    if raw.startswith("<"):
        return raw[1:-1]
    if raw.startswith("_:"):
        return raw
    lexical, datatype = _split_literal(raw)
    if datatype == _XSD_INTEGER:
        return int(lexical)
    if datatype == _XSD_DOUBLE:
        return float(lexical)
    if datatype == _XSD_BOOLEAN:
        return lexical in ("true", "1")
    if datatype == _RDF_JSON:
        return json.loads(lexical)
    return lexical


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

    @property
    def raw(self) -> str:
        return _iri(self.predicate)

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
                and (self.fixed or bool(value))  # an optional empty list has no triple to read
                and all(type(item) is str for item in value)
                and value == sorted(set(value))
            )
        if kind == "wikidata":
            return type(value) is str and re.fullmatch(r"[QPL][1-9][0-9]*", value) is not None
        if kind == "class":
            return value in ENTITY_CLASSES
        raise AssertionError(kind)

    def objects(self, value: Any) -> list[str]:
        kind = self.kind
        if value is None:
            return []
        if kind == "str":
            return [_literal(value)]
        if kind == "int":
            return [_literal(str(value), _XSD_INTEGER)]
        if kind == "float":
            return [_double(value)]
        if kind == "date":
            return [_date_literal(value)]
        if kind == "url":
            return [_url_term(value)]
        if kind == "doc":
            return [_iri(document_iri(value))]
        if kind == "docs":
            return [_iri(document_iri(item)) for item in value]
        if kind == "strs":
            return [_literal(item) for item in value]
        if kind == "wikidata":
            return [_iri(WIKIDATA_NS + value)]
        if kind == "class":
            return [_iri(str(POL) + value)]
        raise AssertionError(kind)

    def read(self, terms: list[str]) -> Any:
        kind = self.kind
        if kind == "docs":
            return sorted(_doc_id(t) for t in terms)
        if kind == "strs":
            return sorted(_value(t) for t in terms)
        if not terms:
            return None
        term = terms[0]
        if kind == "doc":
            return _doc_id(term)
        if kind == "wikidata":
            return _value(term)[len(WIKIDATA_NS) :]
        if kind == "class":
            classes = [_value(t)[len(str(POL)) :] for t in terms]
            return next(c for c in classes if c in ENTITY_CLASSES)
        return _value(term)


def _doc_id(raw: str) -> str:
    value = _value(raw)
    if not isinstance(value, str) or not value.startswith(str(DOC)):
        raise PolkgError(f"not a polkg document IRI: {raw}")
    return unquote(value[len(str(DOC)) :])


NODE_FIELDS = (
    Field("type", _RDF_TYPE, "class", fixed=True),
    Field("label", str(RDFS.label), "str", fixed=True),
    Field("aliases", str(SKOS.altLabel), "strs", fixed=True),
    Field("documents", str(POL.mentionedIn), "docs", fixed=True),
    Field("wikidata", str(OWL.sameAs), "wikidata"),
    Field("bioguide", str(POL.bioguideId), "str"),
    Field("resolution", str(POL.resolution), "str"),
    Field("alternatives", str(POL.alternative), "strs"),
    Field("surname_aliases", str(POL.surnameAlias), "strs"),
)
# handled by hand: "surname_mentions" (list of SurnameMention, ranked)
MENTION_FIELDS = (
    Field("doc", str(PROV.wasDerivedFrom), "doc", fixed=True),
    Field("name", str(RDFS.label), "str", fixed=True),
    Field("aliases", str(SKOS.altLabel), "strs", fixed=True),
)
# handled by hand: "offices" (fixed, list of OfficeHolding) and "party" (pol:memberOf)
# Offices from the text carry status and doc; offices from the gazetteer carry source and the
# dates of the term (schema.org's Role pattern: schema:startDate/endDate).
OFFICE_FIELDS = (
    Field("title", str(POL.title), "str", fixed=True),
    Field("status", str(POL.status), "str"),
    Field("doc", str(PROV.wasDerivedFrom), "doc"),
    Field("qualifier", str(POL.qualifier), "str"),
    Field("source", str(DCTERMS.source), "str"),
    Field("start", SCHEMA + "startDate", "date"),
    Field("end", SCHEMA + "endDate", "date"),
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
# networkx -> N-Quads

_TYPE = _iri(_RDF_TYPE)
_P = {name: _iri(str(POL[name])) for name in POL.__annotations__}
_SUBJECT, _PREDICATE, _OBJECT = (
    _iri(str(RDF.subject)),
    _iri(str(RDF.predicate)),
    _iri(str(RDF.object)),
)
_LABEL = _iri(str(RDFS.label))
_IDENTIFIER = _iri(str(DCTERMS.identifier))


@cache
def _known_keys(fields: tuple[Field, ...]) -> frozenset[str]:
    return frozenset(f.key for f in fields)


class _Residue:
    """What a resource's fields could not express: extra keys, and fixed keys that were absent."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.extra: dict[str, Any] = {}
        self.absent: list[str] = []

    def literal(self) -> str | None:
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
        return _literal(text, _RDF_JSON)


class _Writer:
    """Writes quads as (graph, "s p o") pairs of N-Triples terms; graph "" is the default."""

    def __init__(self, g: nx.MultiDiGraph) -> None:
        self.g = g
        self.quads: list[tuple[str, str]] = []
        self.placeholders: set[str] = set()
        self.assertions: set[str] = set()
        self.by_label: dict[str, str] = {}
        for key, attrs in sorted(g.nodes(data=True), key=_node_sort_key):
            label = attrs.get("label")
            # only an organisation can be a party ("Jackson", the Jacksonian party of a
            # gazetteer term, is not the person labelled "Jackson")
            if type(label) is str and attrs.get("type") in _PARTY_TYPES:
                known = self.by_label.get(label)
                if known is None or _party_rank(g, key) < _party_rank(g, known):
                    self.by_label[label] = key
        # Parties with no node of their own get a labelled stand-in ent:<slug>; the first name in
        # sorted order wins a slug, so the result does not depend on node order.
        self.stand_ins: dict[str, str] = {}
        taken: set[str] = set()
        parties = {a.get("party") for _, a in g.nodes(data=True)}
        for party in sorted(p for p in parties if type(p) is str and p not in self.by_label):
            slug = slugify(party, default="")
            if slug in g or slug in taken:
                slug = f"{slug}-party"  # "jackson" is a person's node: "jackson-party"
            if slug and slug not in g and slug not in taken:
                taken.add(slug)
                self.stand_ins[party] = slug

    def add(self, s: str, p: str, o: str, graph: str = "") -> None:
        self.quads.append((graph, f"{s} {p} {o}"))

    def fields(
        self,
        subject: str,
        data: dict[str, Any],
        fields: tuple[Field, ...],
        residue: _Residue,
        graph: str = "",
        manual: tuple[str, ...] = (),
    ) -> None:
        append = self.quads.append
        for f in fields:
            if f.key not in data:
                if f.fixed:
                    residue.absent.append(f.key)
                continue
            value = data[f.key]
            if f.accepts(value):
                predicate = f.raw
                for obj in f.objects(value):
                    append((graph, f"{subject} {predicate} {obj}"))
            else:
                residue.extra[f.key] = value
        known = _known_keys(fields)
        for key, value in data.items():
            if key not in known and key not in manual:
                residue.extra[key] = value

    def finish(self, subject: str, residue: _Residue, graph: str = "") -> None:
        literal = residue.literal()
        if literal is not None:
            self.add(subject, _P["extra"], literal, graph)

    def write(self) -> list[tuple[str, str]]:
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
        dataset = _iri(DATASET_IRI)
        residue = _Residue("graph")
        self.add(dataset, _TYPE, _P["Dataset"])
        documents = data.get("documents", None)
        if "documents" not in data:
            residue.absent.append("documents")
        elif _is_document_table(documents):
            for doc_id, meta in documents.items():
                iri = _iri(document_iri(doc_id))
                self.add(dataset, _P["document"], iri)
                self.add(iri, _TYPE, _P["Document"])
                self.add(iri, _IDENTIFIER, _literal(doc_id))
                doc_residue = _Residue(f"document {doc_id!r}")
                self.fields(iri, meta, DOCUMENT_FIELDS, doc_residue)
                self.finish(iri, doc_residue)
        else:
            residue.extra["documents"] = documents
        for key, value in data.items():
            if key != "documents":
                residue.extra[key] = value
        self.finish(dataset, residue)

    def write_node(self, key: Any, attrs: dict[str, Any]) -> None:
        if type(key) is not str:
            raise PolkgError(f"node {key!r}: node keys must be strings (entity slugs)")
        iri = _iri(entity_iri(key))
        residue = _Residue(f"node {key!r}")
        self.add(iri, _P["slug"], _literal(key))
        self.fields(
            iri, attrs, NODE_FIELDS, residue, manual=("offices", "party", "surname_mentions")
        )
        aliases = attrs.get("aliases")
        names = [attrs.get("label"), *(aliases if type(aliases) is list else [])]
        for name in {n for n in names if type(n) is str and n}:  # derived: the reader skips it
            self.add(iri, _P["name"], _literal(name))
        self.write_offices(key, iri, attrs, residue)
        self.write_mentions(key, iri, attrs, residue)
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
        kind = ("holdsOffice", "OfficeHolding", HOLDING_NS, "office")
        self.write_ranked(key, iri, offices, kind, OFFICE_FIELDS)

    def write_mentions(self, key: str, iri: str, attrs: dict[str, Any], residue: _Residue) -> None:
        if "surname_mentions" not in attrs:
            return
        mentions = attrs["surname_mentions"]
        if type(mentions) is not list or not mentions or not all(type(m) is dict for m in mentions):
            residue.extra["surname_mentions"] = mentions
            return
        kind = ("surnameMention", "SurnameMention", MENTION_NS, "surname mention")
        self.write_ranked(key, iri, mentions, kind, MENTION_FIELDS)

    def write_ranked(
        self,
        key: str,
        iri: str,
        items: list[dict[str, Any]],
        kind: tuple[str, str, str, str],
        fields: tuple[Field, ...],
    ) -> None:
        """One ranked node per list item (offices, surname mentions), so list order survives."""
        prop, cls, namespace, what = kind
        for rank, item in enumerate(items):
            node = _iri(f"{namespace}{_key_part(key)}/{rank}")
            self.add(iri, _P[prop], node)
            self.add(node, _TYPE, _P[cls])
            self.add(node, _P["rank"], _literal(str(rank), _XSD_INTEGER))
            item_residue = _Residue(f"node {key!r} {what} {rank}")
            self.fields(node, item, fields, item_residue)
            self.finish(node, item_residue)

    def write_party(self, iri: str, party: Any, residue: _Residue) -> None:
        """``pol:memberOf`` the party's node when one has that label, else a labelled stand-in."""
        if type(party) is not str:
            residue.extra["party"] = party
            return
        if party in self.by_label:
            self.add(iri, _P["memberOf"], _iri(entity_iri(self.by_label[party])))
            return
        if party not in self.stand_ins:
            residue.extra["party"] = party  # no usable stand-in IRI: keep the name as it is
            return
        target = _iri(entity_iri(self.stand_ins[party]))
        self.add(iri, _P["memberOf"], target)
        if target not in self.placeholders:
            self.placeholders.add(target)
            self.add(target, _TYPE, _P["PoliticalParty"])
            self.add(target, _LABEL, _literal(party))

    def write_edge(self, u: str, v: str, key: Any, attrs: dict[str, Any]) -> None:
        if type(key) is not str:
            raise PolkgError(f"edge {u!r} -> {v!r}: edge keys must be relation names")
        s, o = _iri(entity_iri(u)), _iri(entity_iri(v))
        relation = attrs.get("relation", key)
        predicate_iri = relation_property(relation if type(relation) is str else key)
        predicate = _iri(predicate_iri)
        edge = _iri(EDGE_NS + _hash(s[1:-1], key, o[1:-1]))
        residue = _Residue(f"edge {u!r} -{key}-> {v!r}")
        self.add(s, predicate, o)
        for super_property in SUPER_PROPERTIES.get(predicate_iri, ()):
            self.add(s, _iri(str(super_property)), o)
        self.add(edge, _TYPE, _P["Edge"])
        self.add(edge, _SUBJECT, s)
        self.add(edge, _PREDICATE, predicate)
        self.add(edge, _OBJECT, o)
        self.add(edge, _P["key"], _literal(key))
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
        graph = _iri(document_iri(doc)) if type(doc) is str else ""
        start = item.get("start")
        iri = _iri(ASSERTION_NS + _hash(doc, s[1:-1], key, o[1:-1], start))
        n = 1
        while iri in self.assertions:  # the same sentence twice in one edge's evidence
            n += 1
            iri = _iri(ASSERTION_NS + _hash(doc, s[1:-1], key, o[1:-1], start, n))
        self.assertions.add(iri)
        add = self.quads.append
        add((graph, f"{edge} {_P['supportedBy']} {iri}"))
        add((graph, f"{iri} {_TYPE} {_P['Assertion']}"))
        add((graph, f"{iri} {_SUBJECT} {s}"))
        add((graph, f"{iri} {_PREDICATE} {predicate}"))
        add((graph, f"{iri} {_OBJECT} {o}"))
        add((graph, f"{iri} {_P['rank']} {_literal(str(rank), _XSD_INTEGER)}"))
        residue = _Residue(f"evidence {rank} of edge {s} -{key}-> {o}")
        self.fields(iri, item, EVIDENCE_FIELDS, residue, graph)
        self.finish(iri, residue, graph)


def _node_sort_key(item: tuple[Any, dict[str, Any]]) -> str:
    return str(item[0])


_PARTY_TYPES = frozenset({"PoliticalParty", "Organization", "GovernmentBody"})


def _party_rank(g: nx.MultiDiGraph, key: str) -> tuple[bool, str]:
    """Prefer a PoliticalParty node, then the smallest key, when several nodes share a label."""
    return (g.nodes[key].get("type") != "PoliticalParty", key)


def _is_document_table(value: Any) -> bool:
    return type(value) is dict and all(type(k) is str and type(v) is dict for k, v in value.items())


def graph_nquads(g: nx.MultiDiGraph, *, union_default: bool = False, sort: bool = True) -> str:
    """``g`` as an N-Quads document, sorted (default graph first), so it is always identical.

    ``union_default``: also copy every named-graph triple into the default graph, so that the
    default graph holds the whole graph (what the store does: plain SPARQL then sees everything,
    without Oxigraph's slower union-of-graphs mode). ``sort=False``: faster, for bulk loads.
    """
    pairs = _Writer(g).write()
    if union_default:
        pairs += [("", spo) for graph, spo in pairs if graph]
    pairs = sorted(set(pairs)) if sort else pairs  # the store needs no order (nor dedupe)
    text = "".join(f"{spo} {graph} .\n" if graph else f"{spo} .\n" for graph, spo in pairs)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise PolkgError(f"graph text is not valid Unicode: {error.reason}") from None
    return text


def graph_quads(g: nx.MultiDiGraph) -> list[ox.Quad]:
    """``g`` as pyoxigraph quads, in the order of ``graph_nquads``."""
    return list(ox.parse(graph_nquads(g), format=ox.RdfFormat.N_QUADS))


# ---------------------------------------------------------------------------------------------
# N-Triples -> networkx


class _Reader:
    def __init__(self, lines: Iterable[str]) -> None:
        self.props: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for line in dict.fromkeys(lines):
            if not line or line.startswith("#"):
                continue
            subject, predicate, rest = line.split(" ", 2)
            self.props[subject][predicate].append(rest[:-2].rstrip())

    def typed(self, cls: str) -> list[str]:
        return [s for s, p in self.props.items() if cls in p.get(_TYPE, ())]

    def read_fields(
        self, subject: str, fields: tuple[Field, ...], data: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        props = self.props[subject]
        data = {} if data is None else data
        for f in fields:
            terms = props.get(f.raw, [])
            if f.kind == "class":
                terms = [t for t in terms if _value(t).removeprefix(str(POL)) in ENTITY_CLASSES]
            if terms or f.fixed:
                data[f.key] = f.read(terms)
        return data

    def apply_residue(self, subject: str, data: dict[str, Any]) -> dict[str, Any]:
        for literal in self.props[subject].get(_P["extra"], []):
            residue = _value(literal)
            data.update(residue.get("extra", {}))
            for key in residue.get("absent", []):
                data.pop(key, None)
        return data

    def ranked(self, subjects: Iterable[str]) -> list[str]:
        return sorted(subjects, key=lambda s: _value(self.props[s][_P["rank"]][0]))

    def read(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        slug = _P["slug"]
        iri_to_key: dict[str, str] = {}
        nodes = []
        for subject, props in self.props.items():
            if slug in props:
                key = _value(props[slug][0])
                iri_to_key[subject] = key
                nodes.append((key, subject))
        labels = {s: _value(p[_LABEL][0]) for s, p in self.props.items() if _LABEL in p}
        for key, subject in sorted(nodes):
            attrs = self.read_fields(subject, NODE_FIELDS)
            props = self.props[subject]
            attrs["offices"] = [
                self.apply_residue(h, self.read_fields(h, OFFICE_FIELDS))
                for h in self.ranked(props.get(_P["holdsOffice"], []))
            ]
            mentions = props.get(_P["surnameMention"], [])
            if mentions:
                attrs["surname_mentions"] = [
                    self.apply_residue(m, self.read_fields(m, MENTION_FIELDS))
                    for m in self.ranked(mentions)
                ]
            for party in props.get(_P["memberOf"], []):
                attrs["party"] = labels[party]
            g.add_node(key, **self.apply_residue(subject, attrs))
        edges = []
        for edge in self.typed(_P["Edge"]):
            props = self.props[edge]
            u = iri_to_key[props[_SUBJECT][0]]
            v = iri_to_key[props[_OBJECT][0]]
            key = _value(props[_P["key"]][0])
            edge_attrs: dict[str, Any] = {"relation": key}
            self.read_fields(edge, EDGE_FIELDS, edge_attrs)
            edge_attrs["evidence"] = [
                self.apply_residue(a, self.read_fields(a, EVIDENCE_FIELDS))
                for a in self.ranked(props.get(_P["supportedBy"], []))
            ]
            edges.append((u, v, key, self.apply_residue(edge, edge_attrs)))
        for u, v, key, attrs in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
            g.add_edge(u, v, key=key, **attrs)
        dataset = _iri(DATASET_IRI)
        if dataset in self.props:
            documents = {}
            for doc in self.props[dataset].get(_P["document"], []):
                doc_id = _value(self.props[doc][_IDENTIFIER][0])
                documents[doc_id] = self.apply_residue(doc, self.read_fields(doc, DOCUMENT_FIELDS))
            data = {"documents": dict(sorted(documents.items()))}
            g.graph.update(self.apply_residue(dataset, data))
        return g


def graph_from_ntriples(text: str) -> nx.MultiDiGraph:
    """The networkx graph from N-Triples (Oxigraph's output: one triple per line, single spaces)."""
    try:
        return _Reader(text.split("\n")).read()
    except (KeyError, IndexError, StopIteration, ValueError, AttributeError) as error:
        problem = f"{type(error).__name__} {error}"
        raise PolkgError(f"RDF is not a complete polkg graph: {problem}") from None


def graph_from_quads(quads: Iterable[ox.Quad]) -> nx.MultiDiGraph:
    """The networkx graph that ``graph_quads`` wrote (other triples are ignored)."""
    text = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
    return graph_from_ntriples(bytes(text or b"").decode("utf-8"))


# ---------------------------------------------------------------------------------------------
# rdflib boundary


def _rdflib_term(term: Any) -> str:
    if isinstance(term, rdflib.URIRef):
        return _iri(str(term))
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    if isinstance(term, rdflib.Literal):
        if term.language:
            return f"{_literal(str(term))}@{term.language}"
        if term.datatype is None or str(term.datatype) == _XSD_STRING:
            return _literal(str(term))
        return _literal(str(term), str(term.datatype))
    raise PolkgError(f"unsupported RDF term {term!r}")


def _to_rdflib(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term."""
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


def rdf_to_graph(rdf: rdflib.Graph | Iterable[ox.Quad]) -> nx.MultiDiGraph:
    """The networkx graph from RDF written by ``graph_to_rdf`` (rdflib) or ``graph_quads``."""
    if not isinstance(rdf, rdflib.Graph):
        return graph_from_quads(rdf)
    if isinstance(rdf, rdflib.Dataset | rdflib.ConjunctiveGraph):
        triples = ((s, p, o) for s, p, o, _ in rdf.quads((None, None, None, None)))
    else:
        triples = iter(rdf)
    lines = (f"{_rdflib_term(s)} {_rdflib_term(p)} {_rdflib_term(o)} ." for s, p, o in triples)
    try:
        return _Reader(lines).read()
    except (KeyError, IndexError, StopIteration, ValueError, AttributeError) as error:
        problem = f"{type(error).__name__} {error}"
        raise PolkgError(f"RDF is not a complete polkg graph: {problem}") from None
