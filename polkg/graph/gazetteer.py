"""The congress-legislators gazetteer: who held which federal office when, with Wikidata ids.

Reads whatever copy of unitedstates/congress-legislators is in a directory: the YAML masters
(``legislators-current.yaml``, ``executive.yaml``, ...), the generated JSON or CSV files, and
excerpts such as ``legislators-historical.EXCERPT.yaml``. For each data set the fastest complete
format wins (JSON, then CSV for the historical list, then YAML); records of the same person from
several files are merged by their bioguide/govtrack/Wikidata ids.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from polkg.errors import PolkgError
from polkg.graph.names import (
    fold,
    gazetteer_term_titles,
    initials,
    normalize_party,
    parse_person,
    strip_titles,
)

__all__ = ["Gazetteer", "GazetteerEntry", "Term"]

DATASETS = ("legislators-current", "legislators-historical", "executive")
_FORMAT_RANK = {".json": 0, ".csv": 1, ".yaml": 2, ".yml": 2}
_NEAR_YEARS = 4  # a term still makes its holder newsworthy this many years after it ends
_MERGE_GAP = timedelta(days=90)  # consecutive terms closer than this form one office span
_UNDATED_BORN_AFTER = 1900  # undated texts are modern news
_TITLE_OF_TERM = {"prez": "president", "viceprez": "vice president", "sen": "senator"}
_TITLE_OF_TERM["rep"] = "representative"


@dataclass(frozen=True)
class Term:
    """One term of office as the gazetteer lists it."""

    type: str  # "sen", "rep", "prez", "viceprez"
    start: str
    end: str
    state: str | None = None
    district: int | None = None
    party: str | None = None

    @property
    def dated(self) -> bool:
        return bool(self.start and self.end)

    def covers(self, day: str) -> bool:
        return self.dated and self.start <= day <= self.end

    def near(self, day: str) -> bool:
        """Held at ``day`` or ended at most a few years before it."""
        return self.dated and self.start <= day <= _shift_years(self.end, _NEAR_YEARS)


@dataclass
class GazetteerEntry:
    """One person of the gazetteer: ids, name parts and terms (sorted by start)."""

    first: str
    last: str
    middle: str | None = None
    nickname: str | None = None
    suffix: str | None = None
    official_full: str | None = None
    birthday: str | None = None
    wikidata: str | None = None
    bioguide: str | None = None
    govtrack: str | None = None
    terms: tuple[Term, ...] = ()
    sources: tuple[str, ...] = field(default_factory=tuple)

    @property
    def key(self) -> str:
        """Identity used by resolution; two entries with the same key are one person."""
        if self.wikidata:
            return f"wd:{self.wikidata}"
        if self.bioguide:
            return f"bg:{self.bioguide}"
        return f"gt:{self.govtrack}"

    @property
    def name(self) -> str:
        """The name news use: nickname (else first name) and surname ("Joe Biden")."""
        return f"{self.nickname or self.first} {self.last}"

    def party_at(self, day: str | None) -> str | None:
        """Canonical party at ``day`` (else of the latest term that began before it, else last)."""
        terms = [t for t in self.terms if t.party]
        if not terms:
            return None
        chosen = terms[-1]
        if day:
            started = [t for t in terms if t.start <= day]
            covering = [t for t in started if t.covers(day)]
            chosen = (covering or started or terms[:1])[-1]
        return normalize_party(chosen.party)

    def titles(self, day: str | None = None) -> set[str]:
        """Normalised office titles held (near ``day`` when given)."""
        return {
            _TITLE_OF_TERM[t.type]
            for t in self.terms
            if t.type in _TITLE_OF_TERM and (day is None or not t.dated or t.near(day))
        }

    def executive_near(self, day: str) -> bool:
        """President or Vice President at ``day``, in the two years before, or a few years after."""
        return any(
            t.type in ("prez", "viceprez")
            and t.dated
            and t.start <= _shift_years(day, 2)  # the campaign before the term
            and day <= _shift_years(t.end, _NEAR_YEARS)
            for t in self.terms
        )

    def offices(self) -> list[dict[str, Any]]:
        """Office spans (consecutive terms merged) in the graph's ``offices`` entry format."""
        names = gazetteer_term_titles()
        spans: list[dict[str, Any]] = []
        for term in self.terms:
            qualifier = term.state
            if term.type == "rep" and term.state and term.district:
                qualifier = f"{term.state}-{term.district}"
            entry: dict[str, Any] = {
                "title": names.get(term.type, term.type),
                "source": "gazetteer",
            }
            if qualifier:
                entry["qualifier"] = qualifier
            if term.dated:
                entry["start"], entry["end"] = term.start, term.end
            last = spans[-1] if spans else None
            if (
                term.dated
                and last is not None
                and "end" in last
                and last["title"] == entry["title"]
                and last.get("qualifier") == entry.get("qualifier")
                and _date(entry["start"]) - _date(last["end"]) <= _MERGE_GAP
            ):
                last["end"] = max(last["end"], entry["end"])
                continue
            spans.append(entry)
        return spans

    def first_names(self) -> set[str]:
        """Folded first names a text may use: first, nickname, each part of a double first name."""
        names = {fold(self.first), fold(self.first).replace(" ", "")}
        names.update(fold(self.first).split(" ")[:1])
        if self.nickname:
            names.add(fold(self.nickname).replace(" ", ""))
        if self.official_full:  # "J.D. Vance", "A. Donald McEachin": first word as written
            words = fold(self.official_full).split(" ")
            if len(words) > 1:
                names.add(words[0])
        return {n for n in names if n}


class Gazetteer:
    """Lookup of persons by name, preferring the one in office at the document's date."""

    def __init__(self, entries: Iterable[GazetteerEntry], files: Iterable[str] = ()) -> None:
        self.entries: list[GazetteerEntry] = sorted(entries, key=lambda e: e.key)
        self.files: tuple[str, ...] = tuple(files)
        self._by_name: dict[tuple[str, str], list[GazetteerEntry]] = defaultdict(list)
        self._by_full: dict[str, list[GazetteerEntry]] = defaultdict(list)
        self._by_last: dict[str, list[GazetteerEntry]] = defaultdict(list)
        self._by_id: dict[str, GazetteerEntry] = {}
        self._display_count: dict[str, int] = defaultdict(int)
        for entry in self.entries:
            last = fold(entry.last)
            self._by_last[last].append(entry)
            for first in entry.first_names():
                self._by_name[(first, last)].append(entry)
            if entry.official_full:
                self._by_full[fold(entry.official_full)].append(entry)
            for ident in (entry.wikidata, entry.bioguide, entry.govtrack):
                if ident:
                    self._by_id[ident] = entry
            self._display_count[fold(entry.name)] += 1
        self._given = {name for entry in self.entries for name in entry.first_names()}
        self._display: dict[str, str] = {}
        for entry in self.entries:
            name = entry.name
            middle = initials(entry.middle)
            if self._display_count[fold(name)] > 1 and middle:
                name = f"{entry.nickname or entry.first} {'. '.join(middle)}. {entry.last}"
            self._display[entry.key] = name
        self._display_count = defaultdict(int)
        for name in self._display.values():
            self._display_count[fold(name)] += 1

    def is_given_name(self, name: str) -> bool:
        """Some gazetteer person is called this as first name or nickname ("Ted", not "Team")."""
        return fold(name).replace(" ", "") in self._given

    def __len__(self) -> int:
        return len(self.entries)

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, directory: str | Path, cache: bool = True) -> Gazetteer:
        """Read every congress-legislators file found under ``directory``.

        When YAML masters are read, the parsed people are cached as JSON (``$POLKG_CACHE_DIR``,
        else ``~/.cache/polkg``), keyed by the files' paths, sizes and modification times:
        parsing the YAML takes seconds, reading the cache a tenth of one. Raises PolkgError when
        the directory is missing or holds none of the known files.
        """
        root = Path(directory)
        if not root.is_dir():
            raise PolkgError(f"gazetteer: {root} is not a directory")
        chosen = _choose_files(root)
        if not chosen:
            raise PolkgError(
                f"gazetteer: no congress-legislators files (legislators-current, "
                f"legislators-historical, executive as .json/.csv/.yaml) under {root}"
            )
        yaml_bytes = sum(p.stat().st_size for p in chosen if p.suffix.lower() in (".yaml", ".yml"))
        # JSON and CSV parse as fast as the cache reads: cache only what YAML would slow down
        cache_file = _cache_file(chosen) if cache and yaml_bytes > _CACHE_MIN_YAML else None
        entries = _read_cache(cache_file) if cache_file else None
        if entries is None:
            entries = _parse_files(chosen)
            if cache_file:
                _write_cache(cache_file, entries)
        return cls(entries, files=[str(p) for p in chosen])

    # -- lookup ----------------------------------------------------------------------------
    def by_id(self, ident: str | None) -> GazetteerEntry | None:
        """The entry with this Wikidata, bioguide or govtrack id."""
        return self._by_id.get(ident) if ident else None

    def display_name(self, entry: GazetteerEntry) -> str:
        """The node label of a linked person: "Jeff Sessions", "George W. Bush"."""
        return self._display.get(entry.key, entry.name)

    def name_is_unique(self, entry: GazetteerEntry) -> bool:
        """No other gazetteer person has the same display name (else slugs get the id)."""
        return self._display_count[fold(self.display_name(entry))] <= 1

    def candidates(self, name: str) -> list[GazetteerEntry]:
        """Every entry the (full) name may denote, by official name, first+last or nickname+last."""
        parsed = parse_person(name)
        if parsed is None or parsed.bare:
            return []
        found: dict[str, GazetteerEntry] = {}
        for entry in self._by_full.get(fold(strip_titles(name)), []):
            found[entry.key] = entry
        tokens = fold(parsed.display).split(" ")
        firsts = {parsed.first} | ({parsed.nickname} if parsed.nickname else set())
        lasts = {parsed.last}
        # multi-word surnames ("Debbie Wasserman Schultz"): every tail after the first name
        plain = [t for t in tokens if not t.startswith("(")]
        lasts.update(" ".join(plain[k:]) for k in range(1, len(plain)))
        for first in firsts:
            for last in lasts:
                for entry in self._by_name.get((first, last), []):
                    found[entry.key] = entry
        result = []
        for entry in found.values():
            entry_suffix = fold(entry.suffix or "")
            if parsed.suffix and parsed.suffix != entry_suffix:
                continue  # Donald Trump Jr. is not Donald Trump (Joe Biden is Joseph Biden Jr.)
            entry_middle = initials(entry.middle)
            if parsed.middle and entry_middle and not _same_initials(parsed.middle, entry_middle):
                continue  # George W. Bush is not George H. W. Bush
            result.append(entry)
        return sorted(result, key=lambda e: e.key)

    def lookup(
        self,
        name: str,
        date: str | None = None,
        party: str | None = None,
        titles: Iterable[str] = (),
    ) -> GazetteerEntry | None:
        """The one person ``name`` denotes in a text of ``date``, or None when unknown/ambiguous.

        Among name matches, prefers whoever held office at ``date`` (or shortly before), then the
        stated party and office titles; a tie between different people returns None.
        """
        candidates = [e for e in self.candidates(name) if _plausible(e, date)]
        return _best(candidates, date, normalize_party(party), set(titles))

    def famous(self, surname: str, date: str | None) -> list[GazetteerEntry]:
        """People with this surname in (or recently out of) office at ``date``."""
        if not date:
            return []
        last = fold(surname)
        return [
            e
            for e in self._by_last.get(last, [])
            if _plausible(e, date) and any(t.near(date) for t in e.terms)
        ]


# -- helpers ---------------------------------------------------------------------------------


def _best(
    candidates: list[GazetteerEntry], day: str | None, party: str | None, titles: set[str]
) -> GazetteerEntry | None:
    if not candidates:
        return None

    def score(entry: GazetteerEntry) -> tuple[int, int, int, int]:
        covers = int(bool(day) and any(t.covers(day) for t in entry.terms if day))
        near = int(bool(day) and any(t.near(day) for t in entry.terms if day))
        party_fit = int(party is not None and entry.party_at(day) == party)
        title_fit = int(bool(titles & entry.titles(day)))
        return (covers, near, party_fit, title_fit)

    scored = sorted(((score(e), e.key, e) for e in candidates), key=lambda s: (s[0], s[1]))
    top = scored[-1][0]
    best = [e for s, _, e in scored if s == top]
    return best[0] if len(best) == 1 else None


def _same_initials(written: str, listed: str) -> bool:
    """Middle initials agree: equal, or one a prefix of the other ("J" and "JR")."""
    return written.startswith(listed) or listed.startswith(written)


def _plausible(entry: GazetteerEntry, day: str | None) -> bool:
    """Alive and adult at ``day``, so a 19th-century namesake is not linked.

    Without a date, the text is taken to be modern news: people born before
    ``_UNDATED_BORN_AFTER`` (or, birthday unknown, out of office before it) are not linked.
    """
    try:
        born = int(entry.birthday[:4]) if entry.birthday else None
        year = int(day[:4]) if day else None
    except ValueError:
        return True
    if year is None:
        if born is not None:
            return born > _UNDATED_BORN_AFTER
        ends = [t.end for t in entry.terms if t.dated]
        return not ends or max(ends)[:4] > str(_UNDATED_BORN_AFTER + 30)
    if born is None:
        return True
    return year - 95 < born < year - 18


def _date(text: str) -> date:
    return date.fromisoformat(text[:10])


def _shift_years(text: str, years: int) -> str:
    return f"{int(text[:4]) + years:04d}{text[4:]}"


def _parse_files(chosen: list[Path]) -> list[GazetteerEntry]:
    import yaml  # only when a gazetteer is read (speed: its import is ~10 ms of every start-up)

    merged: dict[str, GazetteerEntry] = {}
    alias: dict[str, str] = {}
    for path in chosen:
        try:
            records = list(_read_records(path))
        except (OSError, ValueError, yaml.YAMLError, csv.Error) as exc:
            raise PolkgError(f"gazetteer: cannot read {path}: {exc}") from exc
        for entry in records:
            entry.sources = (path.name,)
            _merge_into(merged, alias, entry)
    return list(merged.values())


_CACHE_VERSION = 1
_CACHE_MIN_YAML = 200_000  # bytes of YAML worth caching


def _cache_file(chosen: list[Path]) -> Path | None:
    try:
        stamp = [[str(p.resolve()), p.stat().st_size, p.stat().st_mtime_ns] for p in sorted(chosen)]
    except OSError:
        return None
    key = json.dumps([_CACHE_VERSION, stamp]).encode("utf-8")
    base = os.environ.get("POLKG_CACHE_DIR") or str(Path.home() / ".cache" / "polkg")
    return Path(base) / f"gazetteer-{hashlib.sha1(key).hexdigest()[:16]}.json"


def _read_cache(path: Path) -> list[GazetteerEntry] | None:
    """The cached entries, or None when absent or unreadable (then the files are parsed)."""
    try:
        data = json.loads(path.read_text("utf-8"))
        return [
            GazetteerEntry(
                **{k: v for k, v in item.items() if k not in ("terms", "sources")},
                terms=tuple(Term(**t) for t in item["terms"]),
                sources=tuple(item["sources"]),
            )
            for item in data
        ]
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _write_cache(path: Path, entries: list[GazetteerEntry]) -> None:
    """Best effort: a read-only home or full disk only costs the next run some seconds."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps([asdict(e) for e in entries]), "utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def _dataset(path: Path) -> str | None:
    stem = path.name.split(".")[0]
    return stem if stem in DATASETS else None


def _choose_files(root: Path) -> list[Path]:
    """Per (data set, variant) the best format present; excerpts count as their own variant."""
    best: dict[tuple[str, str], Path] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in _FORMAT_RANK:
            continue
        dataset = _dataset(path)
        if dataset is None:
            continue
        variant = ".".join(path.name.split(".")[1:-1])  # "" or "EXCERPT"
        slot = (dataset, variant)
        current = best.get(slot)
        if current is None or _rank(path, dataset) < _rank(current, dataset):
            best[slot] = path
    return [best[slot] for slot in sorted(best)]


def _rank(path: Path, dataset: str) -> int:
    rank = _FORMAT_RANK[path.suffix.lower()]
    if dataset != "legislators-historical" and path.suffix.lower() == ".csv":
        rank = 3  # the current CSV lacks Wikidata ids and earlier terms: YAML is better
    return rank


def _read_records(path: Path) -> Iterator[GazetteerEntry]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                entry = _from_csv(row)
                if entry is not None:
                    yield entry
        return
    with path.open(encoding="utf-8") as handle:
        if suffix == ".json":
            data = json.load(handle)
        else:
            import yaml

            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            data = yaml.load(handle, Loader=loader)  # noqa: S506 - safe loader
    if not isinstance(data, list):
        raise ValueError("expected a list of people")
    for record in data:
        entry = _from_record(record)
        if entry is not None:
            yield entry


def _s(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _from_record(record: Any) -> GazetteerEntry | None:
    if not isinstance(record, dict):
        return None
    ids, name, bio = record.get("id") or {}, record.get("name") or {}, record.get("bio") or {}
    if not name.get("first") or not name.get("last"):
        return None
    terms = []
    for term in record.get("terms") or []:
        if not term.get("start") or not term.get("end"):
            continue
        district = term.get("district")
        terms.append(
            Term(
                type=str(term.get("type", "")),
                start=str(term["start"]),
                end=str(term["end"]),
                state=_s(term.get("state")),
                district=int(district)
                if isinstance(district, int | str) and district != ""
                else None,
                party=_s(term.get("party")),
            )
        )
    return GazetteerEntry(
        first=str(name["first"]),
        last=str(name["last"]),
        middle=_s(name.get("middle")),
        nickname=_s(name.get("nickname")),
        suffix=_s(name.get("suffix")),
        official_full=_s(name.get("official_full")),
        birthday=_s(bio.get("birthday")),
        wikidata=_s(ids.get("wikidata")),
        bioguide=_s(ids.get("bioguide")),
        govtrack=_s(ids.get("govtrack")),
        terms=tuple(sorted(terms, key=lambda t: (t.start, t.type))),
    )


def _from_csv(row: dict[str, str]) -> GazetteerEntry | None:
    """A CSV row: one person with their latest term only (no Wikidata column upstream)."""
    if not row.get("first_name") or not row.get("last_name"):
        return None
    return GazetteerEntry(
        first=row["first_name"],
        last=row["last_name"],
        middle=_s(row.get("middle_name")),
        nickname=_s(row.get("nickname")),
        suffix=_s(row.get("suffix")),
        official_full=_s(row.get("full_name")),
        birthday=_s(row.get("birthday")),
        wikidata=_s(row.get("wikidata_id")),
        bioguide=_s(row.get("bioguide_id")),
        govtrack=_s(row.get("govtrack_id")),
        terms=(_csv_term(row),) if row.get("type") else (),
    )


def _csv_term(row: dict[str, str]) -> Term:
    """The CSV's one (latest) term, without dates: still says office, state and party."""
    district = row.get("district") or ""
    return Term(
        type=row["type"],
        start="",
        end="",
        state=_s(row.get("state")),
        district=int(district) if district.isdigit() else None,
        party=_s(row.get("party")),
    )


def _ids(entry: GazetteerEntry) -> list[str]:
    return [
        f"{kind}:{value}"
        for kind, value in (("bg", entry.bioguide), ("gt", entry.govtrack), ("wd", entry.wikidata))
        if value
    ]


def _merge_into(
    merged: dict[str, GazetteerEntry], alias: dict[str, str], new: GazetteerEntry
) -> None:
    """Fold ``new`` into the entry sharing one of its ids (fields missing there are filled in)."""
    ids = _ids(new)
    if not ids:
        return
    home = next((alias[i] for i in ids if i in alias), None)
    if home is None:
        home = ids[0]
        merged[home] = new
    else:
        old = merged[home]
        terms = {(t.type, t.start): t for t in old.terms + new.terms}
        # a CSV's dateless last term adds nothing beside dated terms of its own kind; beside
        # only an executive record's (Biden's vice presidency) it is the person's seat in
        # Congress, which the historical CSV alone lists
        dated_kinds = {t.type for t in terms.values() if t.dated}
        terms = {k: t for k, t in terms.items() if t.dated or t.type not in dated_kinds}
        merged[home] = GazetteerEntry(
            first=old.first,
            last=old.last,
            middle=old.middle or new.middle,
            nickname=old.nickname or new.nickname,
            suffix=old.suffix or new.suffix,
            official_full=old.official_full or new.official_full,
            birthday=old.birthday or new.birthday,
            wikidata=old.wikidata or new.wikidata,
            bioguide=old.bioguide or new.bioguide,
            govtrack=old.govtrack or new.govtrack,
            terms=tuple(sorted(terms.values(), key=lambda t: (t.start, t.type))),
            sources=tuple(sorted(set(old.sources + new.sources))),
        )
    for ident in _ids(merged[home]):
        alias[ident] = home
