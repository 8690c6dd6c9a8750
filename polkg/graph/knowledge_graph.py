"""The KnowledgeGraph: every document's entities and assertions merged into one MultiDiGraph.

The graph is a pure function of the set of ingested documents (and the gazetteer): it is rebuilt
from the retained fragments whenever it is read after a change, so batch order never matters.
A graph given to the constructor (e.g. read back from the store) is taken apart into fragments,
one per node, and new documents are resolved against them. Schema: docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from copy import deepcopy
from typing import Any

import networkx as nx

from polkg.graph.gazetteer import Gazetteer
from polkg.graph.names import (
    entity_key,
    fold,
    normalize_party,
    parse_person,
    slugify,
)
from polkg.graph.resolve import (
    Cluster,
    Fragment,
    name_of,
    party_of,
    person_keys,
    resolve,
    surname_of,
)
from polkg.model import ENTITY_TYPES, DocumentResult

__all__ = ["KnowledgeGraph"]

# who keeps the plain slug when two types claim it ("Alabama" the place vs. an organisation)
_TYPE_PRIORITY = {
    t: i for i, t in enumerate(("Person", *[t for t in ENTITY_TYPES if t != "Person"]))
}
_EVIDENCE_KEYS = ("doc", "sentence", "start", "end", "date", "confidence", "rule")


class KnowledgeGraph:
    """Entities as nodes (keyed by stable slugs), relations as edges carrying their evidence.

    Examples
    --------
    >>> kg = KnowledgeGraph.from_results(results, gazetteer=Gazetteer.load("../shared/gazetteer"))
    ... # doctest: +SKIP
    >>> kg.g.nodes["donald-trump"]["wikidata"]  # doctest: +SKIP
    'Q22686'
    """

    def __init__(self, g: nx.MultiDiGraph | None = None, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer
        self._fragments: list[Fragment] = []
        self._assertions: list[tuple[int, int, str, dict[str, Any]]] = []  # subj, obj, rel, ev
        self._documents: dict[str, dict[str, Any]] = {}
        self._graph: nx.MultiDiGraph = nx.MultiDiGraph(documents={})
        self._node_of: dict[int, str] = {}
        self._dirty = g is not None
        if g is not None:
            self._freeze(g)

    # -- public API ----------------------------------------------------------------------------
    @property
    def g(self) -> nx.MultiDiGraph:
        """The merged graph (rebuilt on first read after new documents)."""
        if self._dirty:
            self._rebuild()
        return self._graph

    @g.setter
    def g(self, graph: nx.MultiDiGraph) -> None:
        """Replace the state by ``graph`` (as if constructed from it)."""
        self.__init__(graph, self.gazetteer)  # type: ignore[misc]

    @property
    def documents(self) -> set[str]:
        return set(self._documents)

    def add_result(self, result: DocumentResult) -> bool:
        """Add one document's entities and positive assertions; False if already ingested."""
        doc = result.document
        if doc.id in self._documents:
            return False
        self._documents[doc.id] = {
            "title": doc.title,
            "date": doc.date,
            "url": doc.url,
            "outlet": doc.outlet,
        }
        self._add_fragments(result)
        self._dirty = True
        return True

    def add_results(self, results: Iterable[DocumentResult]) -> int:
        """Add several documents; returns how many were new."""
        return sum(1 for result in results if self.add_result(result))

    @classmethod
    def from_results(
        cls, results: Iterable[DocumentResult], gazetteer: Gazetteer | None = None
    ) -> KnowledgeGraph:
        kg = cls(gazetteer=gazetteer)
        kg.add_results(results)
        return kg

    def node_for(self, name: str, type: str) -> str | None:
        """The node a name of this type resolves to in the current graph, or None."""
        g = self.g
        nodes = [n for n, d in g.nodes(data=True) if d["type"] == type]
        if type == "Person":
            parsed = parse_person(name)
            if parsed is None:
                return None
            if parsed.bare:
                own = [n for n in nodes if fold(g.nodes[n]["label"]) == parsed.last]
                persons = [n for n in nodes if self._surname(n) == parsed.last]
                found = own or persons
                return found[0] if len(found) == 1 else None
            wanted = parsed.keys()
            found = [n for n in nodes if self._person_keys(n) & wanted]
            if len(found) != 1 and self.gazetteer is not None:
                entry = self.gazetteer.lookup(name)
                if entry is not None:
                    found = [n for n in found or nodes if self._ident(n) == entry.key]
            return found[0] if len(found) == 1 else None
        key = entity_key(name)
        found = [
            n
            for n in nodes
            if key in {entity_key(a) for a in [g.nodes[n]["label"], *g.nodes[n]["aliases"]]}
        ]
        return found[0] if len(found) == 1 else None

    # -- ingest --------------------------------------------------------------------------------
    def _new_fragment(self, **kwargs: Any) -> Fragment:
        fragment = Fragment(fid=len(self._fragments), **kwargs)
        self._fragments.append(fragment)
        return fragment

    def _add_fragments(self, result: DocumentResult) -> None:
        doc = result.document
        cards: dict[str, set[str]] = defaultdict(set)
        for shown, full in doc.aliases:
            cards[shown].add(full)
        local: dict[tuple[str, str], Fragment] = {}
        for record in result.entities:
            names = {record.name, *record.aliases}
            if record.type == "Person":
                names |= {full for name in list(names) for full in cards.get(name, ())}
            fragment = local.get((record.name, record.type))
            if fragment is None:
                fragment = self._new_fragment(
                    type=record.type,
                    canonical=record.name,
                    names=set(),
                    docs={doc.id},
                    date=doc.date,
                )
                local[(record.name, record.type)] = fragment
            fragment.names |= {n for n in names if n and n.strip()}
            for office in record.offices:
                entry: dict[str, Any] = {"title": office.title, "status": office.status}
                if office.qualifier:
                    entry["qualifier"] = office.qualifier
                entry["doc"] = doc.id
                if entry not in fragment.offices:
                    fragment.offices.append(entry)
            party = normalize_party(record.party)
            if party:
                fragment.parties.add(party)

        by_name: dict[str, list[Fragment]] = defaultdict(list)
        for (name, _), fragment in local.items():
            by_name[name].append(fragment)

        def endpoint(name: str, type_: str) -> Fragment:
            found = local.get((name, type_))
            if found is None and len(by_name.get(name, [])) == 1:
                found = by_name[name][0]
            if found is None:  # an assertion about an entity extraction did not list
                found = self._new_fragment(
                    type=type_ if type_ in ENTITY_TYPES else "Organization",
                    canonical=name,
                    names={name},
                    docs={doc.id},
                    date=doc.date,
                )
                local[(name, type_)] = found
                by_name[name].append(found)
            return found

        for a in result.assertions:
            if not a.positive:
                continue  # negated or hedged statements never become edges
            subject = endpoint(a.subject, a.subject_type)
            obj = endpoint(a.object, a.object_type)
            evidence = {
                "doc": a.doc or doc.id,
                "sentence": a.evidence,
                "start": a.start,
                "end": a.end,
                "date": a.date or doc.date,
                "confidence": a.confidence,
                "rule": a.rule,
            }
            self._assertions.append((subject.fid, obj.fid, a.relation, evidence))

    def _freeze(self, g: nx.MultiDiGraph) -> None:
        """Take an existing graph apart: each node becomes one fragment, each edge its evidence."""
        documents = deepcopy(dict(g.graph.get("documents", {})))
        self._documents.update(documents)
        fid_of: dict[Any, int] = {}
        bare_of: dict[Any, dict[str, int]] = {}
        for node, data in g.nodes(data=True):
            docs = set(data.get("documents", []))
            bare: dict[str, int] = {}
            for mention in data.get("surname_mentions", []):
                doc = mention["doc"]
                fragment = self._new_fragment(
                    type="Person",
                    canonical=mention["name"],
                    names=set(mention["aliases"]),
                    docs={doc},
                    date=documents.get(doc, {}).get("date"),
                    offices=[deepcopy(o) for o in data.get("offices", []) if o.get("doc") == doc],
                )
                bare.setdefault(doc, fragment.fid)
            bare_of[node] = bare
            docs -= set(bare)
            if not docs and bare:
                continue  # only surname mentions: each is re-resolved on its own
            dates = [documents.get(d, {}).get("date") for d in docs]
            fragment = self._new_fragment(
                type=data.get("type", "Organization"),
                canonical=data.get("label", str(node)),
                names=set(data.get("aliases", [])) - set(data.get("surname_aliases", [])),
                docs=docs,
                date=max((d for d in dates if d), default=None),
                offices=[deepcopy(o) for o in data.get("offices", []) if o.get("doc") not in bare],
                parties={data["party"]} if data.get("party") else set(),
                wikidata=data.get("wikidata"),
                bioguide=data.get("bioguide"),
                frozen=True,
            )
            fid_of[node] = fragment.fid

        def fid(node: Any, doc: Any) -> int:
            bare = bare_of[node]
            if doc in bare:
                return bare[doc]
            return fid_of[node] if node in fid_of else bare[min(bare)]

        for u, v, key, data in g.edges(keys=True, data=True):
            relation = data.get("relation", key)
            for evidence in data.get("evidence", []):
                doc = evidence.get("doc")
                self._assertions.append((fid(u, doc), fid(v, doc), relation, dict(evidence)))

    # -- build ---------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        dates = {doc: meta.get("date") for doc, meta in self._documents.items()}
        clusters = resolve(self._fragments, self.gazetteer, dates)
        nodes = [self._node_data(c) for c in clusters]
        _add_alternatives(nodes, clusters, self.gazetteer)
        slugs = _assign_slugs(nodes, clusters, self.gazetteer)
        g = nx.MultiDiGraph(documents={k: dict(v) for k, v in sorted(self._documents.items())})
        self._node_of = {}
        for slug, cluster, data in sorted(zip(slugs, clusters, nodes, strict=True), key=_first):
            g.add_node(slug, **data)
            for fragment in cluster.fragments:
                self._node_of[fragment.fid] = slug
        edges: dict[tuple[str, str, str], dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
        for subj, obj, relation, evidence in self._assertions:
            u, v = self._node_of[subj], self._node_of[obj]
            if u == v:
                continue  # "Trump criticizes Trump" is an extraction slip, not a relation
            ev = {k: evidence.get(k) for k in _EVIDENCE_KEYS}
            ident = tuple(ev[k] for k in ("doc", "start", "end", "rule", "sentence"))
            edges[(u, v, relation)].setdefault(ident, ev)
        for u, v, relation in sorted(edges):
            g.add_edge(u, v, key=relation, **_edge_data(relation, edges[(u, v, relation)]))
        self._graph = g
        self._dirty = False

    def _node_data(self, cluster: Cluster) -> dict[str, Any]:
        fragments = cluster.fragments
        type_ = fragments[0].type
        documents = sorted({d for f in fragments for d in f.docs})
        dates = [self._documents.get(d, {}).get("date") for d in documents]
        last_date = max((d for d in dates if d), default=None)
        entry = cluster.entry
        data: dict[str, Any] = {"type": type_, "label": _label(cluster, self.gazetteer)}
        data["aliases"] = sorted({n for f in fragments for n in f.names})
        wikidata = entry.wikidata if entry else _min_attr(fragments, "wikidata")
        bioguide = entry.bioguide if entry else _min_attr(fragments, "bioguide")
        if wikidata:
            data["wikidata"] = wikidata
        if bioguide:
            data["bioguide"] = bioguide
        party = entry.party_at(last_date) if entry else None
        party = party or party_of(fragments)
        if party:
            data["party"] = party
        data["offices"] = _offices(fragments, entry, last_date)
        data["documents"] = documents
        if type_ == "Person":
            _add_surname_mentions(data, fragments)
        if cluster.bare:
            data["resolution"] = "surname-only"  # "Trump" in an undated text: not guessed
        elif cluster.prior:
            data["resolution"] = "prior"  # the most likely of several candidates
        return data

    # -- helpers for node_for ------------------------------------------------------------------
    def _person_keys(self, node: str) -> set[str]:
        data = self.g.nodes[node]
        fragment = Fragment(-1, "Person", data["label"], set(data["aliases"]), set())
        return person_keys(fragment)

    def _surname(self, node: str) -> str | None:
        data = self.g.nodes[node]
        return surname_of(Fragment(-1, "Person", data["label"], set(data["aliases"]), set()))

    def _ident(self, node: str) -> str | None:
        data = self.g.nodes[node]
        if data.get("wikidata"):
            return f"wd:{data['wikidata']}"
        return f"bg:{data['bioguide']}" if data.get("bioguide") else None


def _add_surname_mentions(data: dict[str, Any], fragments: list[Fragment]) -> None:
    """Record the node's bare-surname fragments, so a graph taken apart can re-resolve them.

    Only documents where the node has no full name are recorded (there the bare name is part of
    the document's mention of a known person). ``surname_aliases``: aliases only they brought.
    """
    full = {f.fid for f in fragments if person_keys(f)}
    full_docs = {d for f in fragments if f.fid in full for d in f.docs}
    mentions = []
    kept: set[str] = set()
    for f in fragments:
        if f.fid in full or f.docs & full_docs:
            kept |= f.names
            continue
        for doc in sorted(f.docs):
            mentions.append({"doc": doc, "name": f.canonical, "aliases": sorted(f.names)})
    if not mentions:
        return
    mentions.sort(key=lambda m: (m["doc"], m["name"], m["aliases"]))
    data["surname_mentions"] = mentions
    only = {n for m in mentions for n in m["aliases"]} - kept
    if only:
        data["surname_aliases"] = sorted(only)


def _add_alternatives(
    nodes: list[dict[str, Any]], clusters: list[Cluster], gazetteer: Gazetteer | None
) -> None:
    """Label the other persons a bare surname could denote (``alternatives``, sorted)."""
    label_of = {c.home: data["label"] for c, data in zip(clusters, nodes, strict=True)}
    for cluster, data in zip(clusters, nodes, strict=True):
        labels = set()
        for home, entry in cluster.alternatives.items():
            if home in label_of:
                labels.add(label_of[home])
            elif entry is not None and gazetteer is not None:
                labels.add(gazetteer.display_name(entry))
        labels.discard(data["label"])
        if labels and data.get("resolution") in ("prior", "surname-only"):
            data["alternatives"] = sorted(labels)


def _first(item: tuple[Any, ...]) -> Any:
    return item[0]


def _min_attr(fragments: list[Fragment], attr: str) -> str | None:
    return min((v for f in fragments if (v := getattr(f, attr))), default=None)


def _name_order(name: str) -> tuple[bool, int, int, bool, str, str]:
    """Which canonical name labels a node: written in mixed case, fewest words, the fuller first
    name, no stray punctuation, then alphabetical ("James Comey" before "JAMES COMEY").

    A minimum over a fixed order, so the label of a merged node does not depend on merge order.
    """
    words = name.split()
    shouting = name.isupper() or name.islower()
    odd = any(not (c.isalpha() or c in " .'-’") for c in name)
    return (shouting, len(words), -len(words[0]) if words else 0, odd, fold(name), name)


def _label(cluster: Cluster, gazetteer: Gazetteer | None) -> str:
    if cluster.entry is not None and gazetteer is not None:
        return gazetteer.display_name(cluster.entry)
    fragments = cluster.fragments
    linked = [f.canonical for f in fragments if f.frozen and (f.wikidata or f.bioguide)]
    if linked:  # labelled from the gazetteer by an earlier run: keep that name
        return min(linked, key=_name_order)
    if fragments[0].type == "Person":
        full = [
            f.canonical
            for f in fragments
            if (parsed := parse_person(f.canonical)) is not None and not parsed.bare
        ]
        if full:
            return min(full, key=_name_order)
        return min((f.canonical for f in fragments), key=_name_order)
    return min(
        (name_of(f) for f in fragments),
        key=lambda n: (len(n), n[:1].islower(), sum(c.isupper() for c in n), n),
    )


def _status(start: str | None, end: str | None, day: str | None) -> str:
    if not day or not start or not end:
        return "unknown"
    if start <= day <= end:
        return "current"
    return "former" if end < day else "unknown"


def _offices(fragments: list[Fragment], entry: Any, last_date: str | None) -> list[dict[str, Any]]:
    """Text offices (one per document and statement) and gazetteer terms, deduplicated."""
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    gazetteer_offices = entry.offices() if entry is not None else []
    for fragment in fragments:
        for office in fragment.offices:
            if office.get("source") == "gazetteer":
                if entry is None:  # kept from an earlier graph; else recomputed below
                    gazetteer_offices.append(office)
                continue
            key = tuple(sorted((k, str(v)) for k, v in office.items()))
            found[key] = dict(office)
    for listed in gazetteer_offices:
        office = dict(listed)
        office["status"] = _status(office.get("start"), office.get("end"), last_date)
        parts = ("gazetteer", office["title"], office.get("qualifier"), office.get("start"))
        found[tuple(("", str(k)) for k in parts)] = office
    return sorted(
        found.values(),
        key=lambda o: (
            o.get("source") == "gazetteer",
            o.get("doc", ""),
            o.get("start", ""),
            o["title"],
            o.get("qualifier") or "",
            o.get("status", ""),
        ),
    )


def _edge_data(relation: str, evidence: dict[tuple[Any, ...], dict[str, Any]]) -> dict[str, Any]:
    items = sorted(
        evidence.values(),
        key=lambda e: (e["date"] or "", e["doc"], e["start"], e["end"], e["rule"] or ""),
    )
    dates = sorted(e["date"] for e in items if e["date"])
    data: dict[str, Any] = {
        "relation": relation,
        "evidence": items,
        "n_documents": len({e["doc"] for e in items}),
        "confidence": max(float(e["confidence"]) for e in items),
    }
    if dates:
        data["first_date"], data["last_date"] = dates[0], dates[-1]
    return data


def _assign_slugs(
    nodes: list[dict[str, Any]], clusters: list[Cluster], gazetteer: Gazetteer | None
) -> list[str]:
    """Stable node keys: the label's slug; the highest-priority type keeps it on a collision.

    A gazetteer person whose display name another gazetteer person shares gets its id appended
    (``john-smith-q123``), so its key does not depend on which namesakes the corpus mentions.
    """
    bases: list[str] = []
    identities: list[str] = []
    for data, cluster in zip(nodes, clusters, strict=True):
        base = slugify(data["label"])
        if cluster.entry is not None and gazetteer is not None:
            if not gazetteer.name_is_unique(cluster.entry):
                base = f"{base}-{slugify(cluster.entry.wikidata or cluster.entry.bioguide or '')}"
            identities.append(f"0|{cluster.ident}")
        elif cluster.ident:
            identities.append(f"0|{cluster.ident}")
        else:
            identities.append("1|" + "\x1f".join(data["aliases"]))
        bases.append(base)
    claimants: dict[str, list[int]] = defaultdict(list)
    for i, base in enumerate(bases):
        claimants[base].append(i)
    slugs = list(bases)
    taken = set(bases)
    for base, members in sorted(claimants.items()):
        if len(members) == 1:
            continue
        members.sort(key=lambda i: (_TYPE_PRIORITY.get(nodes[i]["type"], 99), identities[i]))
        for i in members[1:]:
            owner_type = nodes[members[0]]["type"]
            candidate = base
            if nodes[i]["type"] != owner_type:
                candidate = f"{base}-{slugify(nodes[i]['type'])}"
            if candidate in taken:
                digest = hashlib.sha1(identities[i].encode("utf-8")).hexdigest()[:6]
                candidate = f"{candidate}-{digest}"
            taken.add(candidate)
            slugs[i] = candidate
    return slugs
