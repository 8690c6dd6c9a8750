"""Cross-document entity resolution: which per-document entities are the same real actor.

The input is a set of *fragments* (one entity of one document, or one node of an earlier graph);
the output a partition of them into clusters. The partition depends only on the set, never on
the order fragments arrived in, so ingesting documents in two batches gives the same graph as
one batch. Rules, in order:

1. A person fragment whose names the gazetteer links (name + document date, party, titles)
   joins everyone linked to the same gazetteer person; two gazetteer persons never merge.
2. Other full personal names join by name key ``first|last`` (nickname keys from parenthesised
   forms like "Robert (Bob) Mueller" included). A key shared by two gazetteer persons is
   ambiguous and links nobody to either.
3. A bare surname ("Trump", "Sessions") joins the one candidate with that surname: persons of
   steps 1-2 plus gazetteer persons in office near the document's date, narrowed by the titles
   the text uses ("President Trump", "Attorney General Sessions"). With several candidates it
   stays a separate surname node labelled by the surname: unresolved, never guessed.
4. Other entity types join when their names fold to the same key (articles and possessives
   dropped); proper-name aliases ("Department of Justice", "DOJ") count as names.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from polkg.graph.gazetteer import Gazetteer, GazetteerEntry
from polkg.graph.names import (
    entity_key,
    fold,
    looks_like_name,
    normalize_party,
    office_titles,
    parse_person,
    title_hints,
)

__all__ = ["Fragment", "Cluster", "resolve", "PRIOR_MIN_SHARE", "PRIOR_MIN_DOCUMENTS"]

# The prior of a bare surname (rule 3): the candidate named in full in >= 80% of the documents of
# the period that name any candidate in full, and in >= 3 of them, is "clearly dominant".
PRIOR_MIN_SHARE = 0.8
PRIOR_MIN_DOCUMENTS = 3
PRIOR_WINDOW_DAYS = 365


@dataclass
class Fragment:
    """One entity as one document (or one node of an earlier graph) knows it."""

    fid: int
    type: str
    canonical: str
    names: set[str]
    docs: set[str]
    date: str | None = None  # the latest document date, context for the gazetteer
    offices: list[dict[str, Any]] = field(default_factory=list)
    parties: set[str] = field(default_factory=set)
    wikidata: str | None = None
    bioguide: str | None = None
    frozen: bool = False  # a node of an earlier graph rather than a document's entity


@dataclass
class Cluster:
    """Fragments resolved to one real actor; ``entry`` when the gazetteer knows them."""

    fragments: list[Fragment]
    ident: str | None = None  # "wd:Q..", "bg:..", "gt:.." for gazetteer-linked persons
    entry: GazetteerEntry | None = None
    bare: bool = False  # only surname mentions, not resolvable to one person
    prior: bool = False  # a bare surname joined it by the prior (the most likely candidate)
    home: str = ""  # the cluster's key during resolution (what ``alternatives`` refer to)
    # other persons a bare surname of this cluster could denote: their home key, and the
    # gazetteer entry when the candidate is a gazetteer person (maybe without a cluster)
    alternatives: dict[str, GazetteerEntry | None] = field(default_factory=dict)


# offices the gazetteer records completely: a linked candidate who never held one is ruled out
_FEDERAL_TITLES = {"president", "vice president", "senator", "representative"}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))  # deterministic roots
            self.parent[hi] = lo


def _norm_title(title: str) -> str:
    key = fold(title)
    return office_titles().get(key, key)


def name_of(fragment: Fragment) -> str:
    """The canonical name, with party spellings unified ("GOP" -> "Republican Party")."""
    if fragment.type == "PoliticalParty":
        return normalize_party(fragment.canonical) or fragment.canonical
    return fragment.canonical


def person_keys(fragment: Fragment) -> set[str]:
    """Name keys of a person fragment, from names sharing the canonical name's surname."""
    canonical = parse_person(fragment.canonical)
    surname = canonical.last if canonical else None
    keys: set[str] = set()
    for name in fragment.names | {fragment.canonical}:
        parsed = parse_person(name)
        if parsed is None or parsed.bare:
            continue
        if surname is not None and parsed.last != surname:
            continue  # a stray alias of another person must not glue two people together
        keys |= parsed.keys()
    return keys


def surname_of(fragment: Fragment) -> str | None:
    parsed = parse_person(fragment.canonical)
    if parsed is not None:
        return parsed.last
    for name in sorted(fragment.names):
        parsed = parse_person(name)
        if parsed is not None:
            return parsed.last
    return None


def fragment_titles(fragment: Fragment) -> set[str]:
    """Normalised office titles the text gives the fragment (offices and title prefixes)."""
    titles = {_norm_title(o["title"]) for o in fragment.offices if o.get("source") != "gazetteer"}
    for name in fragment.names:
        titles |= title_hints(name)
    return titles


class _Linker:
    """Gazetteer lookups, cached: the same name in the same context links the same way."""

    def __init__(self, gazetteer: Gazetteer | None) -> None:
        self.gazetteer = gazetteer
        self._cache: dict[tuple[Any, ...], GazetteerEntry | None] = {}

    def link(self, fragment: Fragment) -> tuple[str | None, GazetteerEntry | None]:
        gaz = self.gazetteer
        if fragment.wikidata or fragment.bioguide:  # an earlier graph already linked it
            entry = None
            if gaz is not None:
                entry = gaz.by_id(fragment.wikidata) or gaz.by_id(fragment.bioguide)
            if entry is not None:
                return entry.key, entry
            ident = f"wd:{fragment.wikidata}" if fragment.wikidata else f"bg:{fragment.bioguide}"
            return ident, None
        if gaz is None:
            return None, None
        party = min(fragment.parties) if len(fragment.parties) == 1 else None
        titles = tuple(sorted(fragment_titles(fragment)))
        entry = self._lookup(fragment.canonical, fragment.date, party, titles)
        if entry is None:
            found = {
                e.key: e
                for name in sorted(fragment.names)
                if (e := self._lookup(name, fragment.date, party, titles)) is not None
            }
            if len(found) == 1:
                entry = next(iter(found.values()))
        return (entry.key, entry) if entry is not None else (None, None)

    def _lookup(
        self, name: str, date: str | None, party: str | None, titles: tuple[str, ...]
    ) -> GazetteerEntry | None:
        assert self.gazetteer is not None
        parsed = parse_person(name)
        if parsed is None or parsed.bare:
            return None
        key = (name, date, party, titles)
        if key not in self._cache:
            self._cache[key] = self.gazetteer.lookup(name, date=date, party=party, titles=titles)
        return self._cache[key]


def resolve(
    fragments: Iterable[Fragment],
    gazetteer: Gazetteer | None = None,
    dates: Mapping[str, str | None] | None = None,
) -> list[Cluster]:
    """Partition fragments into clusters of one real actor each (see the module docstring).

    ``dates`` maps document ids to their dates (for the prior's period); a document it does not
    list takes the date of a single-document fragment that mentions it.
    """
    by_type: dict[str, list[Fragment]] = defaultdict(list)
    for fragment in fragments:
        by_type[fragment.type].append(fragment)
    clusters: list[Cluster] = []
    linker = _Linker(gazetteer)
    for type_, group in sorted(by_type.items()):
        if type_ == "Person":
            known = dict(dates or {})
            for f in group:
                if len(f.docs) == 1:
                    known.setdefault(next(iter(f.docs)), f.date)
            clusters.extend(_resolve_persons(group, linker, known))
        else:
            clusters.extend(_resolve_names(group))
    return clusters


def _resolve_names(fragments: list[Fragment]) -> list[Cluster]:
    uf = _UnionFind()
    for f in fragments:
        node = f"f:{f.fid}"
        uf.find(node)
        keys = {entity_key(name_of(f))}
        keys |= {entity_key(n) for n in f.names if looks_like_name(n)}
        for key in keys:
            if key:
                uf.union(node, f"k:{key}")
    groups: dict[str, list[Fragment]] = defaultdict(list)
    for f in fragments:
        groups[uf.find(f"f:{f.fid}")].append(f)
    return [Cluster(fragments=members, home=root) for root, members in sorted(groups.items())]


def _ordinal(day: str | None) -> int | None:
    if not day:
        return None
    try:
        return dt.date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


class _Prior:
    """How often each candidate is named in full, in documents of a period (rule 3's prior)."""

    def __init__(self, components: dict[str, list[Fragment]], dates: Mapping[str, str | None]):
        self.all: dict[str, int] = {}
        self.dated: dict[str, list[int]] = {}
        for root, members in components.items():
            docs = {d for f in members for d in f.docs}
            self.all[root] = len(docs)
            self.dated[root] = sorted(o for d in docs if (o := _ordinal(dates.get(d))) is not None)

    def count(self, home: str, day: str | None) -> int:
        """Documents naming ``home`` in full within the window around ``day`` (all if undated)."""
        when = _ordinal(day)
        if when is None:
            return self.all.get(home, 0)
        ordinals = self.dated.get(home, [])
        lo = bisect_left(ordinals, when - PRIOR_WINDOW_DAYS)
        return bisect_right(ordinals, when + PRIOR_WINDOW_DAYS) - lo

    def dominant(self, homes: Iterable[str], day: str | None) -> str | None:
        counts = sorted(((self.count(h, day), h) for h in homes), reverse=True)
        total = sum(n for n, _ in counts)
        if not counts or total == 0:
            return None
        best, home = counts[0]
        if best >= PRIOR_MIN_DOCUMENTS and best >= PRIOR_MIN_SHARE * total:
            return home
        return None


def _resolve_persons(
    fragments: list[Fragment], linker: _Linker, dates: Mapping[str, str | None]
) -> list[Cluster]:
    full: list[Fragment] = []
    bare: list[Fragment] = []
    keys: dict[int, set[str]] = {}
    for f in fragments:
        keys[f.fid] = person_keys(f)
        (full if keys[f.fid] else bare).append(f)

    # 1. gazetteer links of full names
    idents: dict[int, str] = {}
    entries: dict[str, GazetteerEntry] = {}
    for f in full:
        ident, entry = linker.link(f)
        if ident is not None:
            idents[f.fid] = ident
            if entry is not None:
                entries[ident] = entry
    key_idents: dict[str, set[str]] = defaultdict(set)
    for f in full:
        if f.fid in idents:
            for key in keys[f.fid]:
                key_idents[key].add(idents[f.fid])

    # 2. union by gazetteer identity and unambiguous name keys
    uf = _UnionFind()
    for f in full:
        node = f"f:{f.fid}"
        uf.find(node)
        linked = f.fid in idents
        if linked:
            uf.union(node, f"i:{idents[f.fid]}")
        for key in sorted(keys[f.fid]):
            if len(key_idents.get(key, ())) > 1:
                if not linked:
                    uf.union(node, f"u:{key}")
            else:
                uf.union(node, f"k:{key}")
    components: dict[str, list[Fragment]] = defaultdict(list)
    for f in full:
        components[uf.find(f"f:{f.fid}")].append(f)
    # a chain of unlinked names may still join two gazetteer persons: split such components
    for root, members in list(components.items()):
        found = {idents[f.fid] for f in members if f.fid in idents}
        if len(found) <= 1:
            continue
        del components[root]
        for f in members:
            split = f"i:{idents[f.fid]}" if f.fid in idents else f"u:{min(keys[f.fid])}"
            components[f"split:{split}"].append(f)

    comp_ident: dict[str, str | None] = {}
    for root, members in components.items():
        ids = sorted({idents[f.fid] for f in members if f.fid in idents})
        comp_ident[root] = ids[0] if ids else None

    # 3. bare surnames
    by_surname: dict[str, set[str]] = defaultdict(set)
    comp_titles: dict[str, set[str]] = defaultdict(set)
    comp_firsts: dict[str, set[str]] = defaultdict(set)
    for root, members in components.items():
        for f in members:
            for key in keys[f.fid]:
                by_surname[key.split("|")[1]].add(root)
                comp_firsts[root].add(key.split("|")[0])
            comp_titles[root] |= fragment_titles(f)
    ident_comp = {ident: root for root, ident in comp_ident.items() if ident}
    prior = _Prior(components, dates)
    bare_homes: dict[str, list[Fragment]] = defaultdict(list)
    by_prior: set[str] = set()
    alternatives: dict[str, dict[str, GazetteerEntry | None]] = defaultdict(dict)
    for f in bare:
        surname = surname_of(f)
        if surname is None:
            bare_homes[f"s:{fold(f.canonical)}"].append(f)
            continue
        home, candidates = _bare_home(
            f,
            surname,
            by_surname.get(surname, set()),
            comp_ident,
            comp_titles,
            comp_firsts,
            linker,
            entries,
        )
        if home is None and len(candidates) > 1:
            home = prior.dominant(candidates, f.date)
            if home is not None:
                by_prior.add(_canonical_home(home, ident_comp))
        elif home is not None:
            candidates = {}  # decided by the text, the gazetteer or the only candidate
        if home is not None:
            home = _canonical_home(home, ident_comp)
        target = home or f"s:{surname}"
        bare_homes[target].append(f)
        for candidate, entry in candidates.items():
            candidate = _canonical_home(candidate, ident_comp)
            if candidate != target:
                alternatives[target][candidate] = entry

    clusters: list[Cluster] = []
    for root in sorted(set(components) | set(bare_homes)):
        members = components.get(root, []) + bare_homes.get(root, [])
        ident = comp_ident.get(root)
        if ident is None and root.startswith("i:"):
            ident = root[2:]
        clusters.append(
            Cluster(
                fragments=members,
                ident=ident,
                entry=entries.get(ident) if ident else None,
                bare=root not in components and root.startswith("s:"),
                prior=root in by_prior,
                home=root,
                alternatives=dict(sorted(alternatives.get(root, {}).items())),
            )
        )
    return clusters


def _canonical_home(home: str, ident_comp: dict[str, str]) -> str:
    """A gazetteer candidate (``i:<ident>``) that has a component is that component."""
    if home.startswith("i:") and home[2:] in ident_comp:
        return ident_comp[home[2:]]
    return home


def _bare_home(
    fragment: Fragment,
    surname: str,
    roots: set[str],
    comp_ident: dict[str, str | None],
    comp_titles: dict[str, set[str]],
    comp_firsts: dict[str, set[str]],
    linker: _Linker,
    entries: dict[str, GazetteerEntry],
) -> tuple[str | None, dict[str, GazetteerEntry | None]]:
    """The one component (or gazetteer person, as ``i:<ident>``) a bare surname denotes, and the
    candidates it was chosen from (home -> gazetteer entry or None).

    Titles written with the surname ("President Trump") pick the one candidate known to hold
    that office; the gazetteer's record of federal offices also rules candidates out ("Rep.
    Sessions" is not a man who never sat in the House). Other titles are incomplete knowledge
    and only ever choose, never exclude.
    """
    candidates: dict[str, tuple[set[str], GazetteerEntry | None]] = {}
    idents_seen = set()
    gaz = linker.gazetteer
    for root in sorted(roots):
        ident = comp_ident.get(root)
        entry = entries.get(ident) if ident else None
        if ident:
            idents_seen.add(ident)
        candidates[root] = (comp_titles.get(root, set()), entry)
    if gaz is not None:
        for entry in gaz.famous(surname, fragment.date):
            if entry.key not in idents_seen:
                entries.setdefault(entry.key, entry)
                candidates[f"i:{entry.key}"] = (set(), entry)
    if gaz is not None and len(candidates) > 1:
        # "Team Cruz", "Location Obama": extraction noise whose "first name" nobody in the
        # gazetteer bears does not make "Cruz" ambiguous next to a real person
        real = {
            home: c
            for home, c in candidates.items()
            if c[1] is not None or any(gaz.is_given_name(f) for f in comp_firsts.get(home, ()))
        }
        if real:
            candidates = real
    hints = fragment_titles(fragment)
    checkable = hints & _FEDERAL_TITLES
    if checkable:
        candidates = {
            home: (titles, entry)
            for home, (titles, entry) in candidates.items()
            if entry is None or checkable & (entry.titles() | titles)
        }
    if hints:
        confirmed = [
            home
            for home, (titles, entry) in candidates.items()
            if hints & (titles | (entry.titles() if entry else set()))
        ]
        if len(confirmed) > 1 and checkable:  # the gazetteer's record beats a text's slip
            confirmed = [
                home
                for home in confirmed
                if (entry := candidates[home][1]) is not None and checkable & entry.titles()
            ]
        if len(confirmed) == 1:
            return confirmed[0], _entries_of(candidates)
    if len(candidates) == 1:
        return next(iter(candidates)), _entries_of(candidates)
    # the President or Vice President of the day owns the surname in that day's news
    # ("Trump" in 2019 is not Melania or Donald Jr.); nobody else gets that benefit of doubt
    executive = [
        home
        for home, (_, entry) in candidates.items()
        if entry is not None and fragment.date and entry.executive_near(fragment.date)
    ]
    if len(executive) == 1:
        return executive[0], _entries_of(candidates)
    return None, _entries_of(candidates)


def _entries_of(
    candidates: dict[str, tuple[set[str], GazetteerEntry | None]],
) -> dict[str, GazetteerEntry | None]:
    return {home: entry for home, (_, entry) in candidates.items()}


def party_of(fragments: Iterable[Fragment]) -> str | None:
    """The stated party of a cluster without a gazetteer link (alphabetically first if several)."""
    parties = {p for f in fragments for p in f.parties if p}
    normalised = {normalize_party(p) for p in parties}
    return min((p for p in normalised if p), default=None)
