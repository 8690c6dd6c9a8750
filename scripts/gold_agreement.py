"""Agreement between two annotators' gold files of the same articles, as counts only.

gold/README.md, "Blind samples: a second annotator (session 27)": the blind samples were annotated
twice, independently, under ../shared/gold/GUIDELINES.md; this script says how far the two agree.
Relations are matched the way `polkg evaluate` matches a predicted triple to a gold row: an
entity of one file is the entity of the other file that its canonical name, or else the first of
its aliases, resolves to (`Gold.resolve`: case, quotes, a leading "the" and a possessive do not
count), and two relations match when subject, relation and object then coincide. Agreement is
given as P / R / F1 of the first file (A) scored against the second (B): P is the share of A's
relations that B has, R the share of B's that A has. Two levels: required rows only, and every
row (required or not).

The script prints counts only (never a row, a name or a sentence), so that it can be run on the
blind samples without reading them. With ``--agreed`` it writes, next to each A file
(``blind-wikinews.jsonl`` -> ``blind-wikinews.agreed.jsonl``), the gold both annotators agree
on: required are the relations both require; every other relation of either file is kept with
``required`` false (acceptable, neither hit nor false when predicted), and each entity carries the
aliases of both files.

    .venv/bin/python scripts/gold_agreement.py \\
        gold/blind-wikinews.jsonl gold/blind-wikinews.second.jsonl \\
        gold/blind-senate_press.jsonl gold/blind-senate_press.second.jsonl --agreed
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from polkg.evaluate import Gold, GoldRelation, load_gold, normalize_name
from polkg.model import RELATIONS

Key = tuple[str, str, str]
DIFFERENCES = (
    "optional in the other",
    "reversed",
    "other relation",
    "no relation between the pair",
    "entity not in the other",
)
"""Why a required relation of one file is not required in the other, checked in this order."""


def align(source: Gold, target: Gold) -> dict[str, str]:
    """``{source entity name: target entity name}`` for the source entities the target knows:
    the target entity that the source's canonical name, or else its first alias that resolves,
    denotes (as `polkg evaluate` resolves a predicted name)."""
    aligned: dict[str, str] = {}
    for entity in source.entities:
        for name in (entity.name, *entity.aliases):
            hit = target.resolve(name)
            if hit is not None:
                aligned[entity.name] = hit
                break
    return aligned


def _key(relation: GoldRelation) -> Key:
    return (normalize_name(relation.subject), relation.relation, normalize_name(relation.object))


def _translated(relation: GoldRelation, aligned: Mapping[str, str]) -> Key | None:
    """The relation in the other file's names, or None when an entity has no counterpart."""
    subject, obj = aligned.get(relation.subject), aligned.get(relation.object)
    if subject is None or obj is None:
        return None
    return (normalize_name(subject), relation.relation, normalize_name(obj))


def difference(relation: GoldRelation, aligned: Mapping[str, str], other: Gold) -> str | None:
    """None when ``other`` requires the relation too, else the first of `DIFFERENCES` that holds."""
    key = _translated(relation, aligned)
    if key is None:
        return "entity not in the other"
    rows = {_key(r): r for r in other.relations}
    if key in rows:
        return None if rows[key].required else "optional in the other"
    subject, _, obj = key
    if any(k[0] == obj and k[2] == subject for k in rows):
        return "reversed"
    if any(k[0] == subject and k[2] == obj for k in rows):
        return "other relation"
    return "no relation between the pair"


@dataclass
class Side:
    """One file's relations at one level, and how many of them the other file has."""

    total: int = 0
    matched: int = 0

    def add(self, other: Side) -> None:
        self.total += other.total
        self.matched += other.matched


@dataclass
class Agreement:
    """Counts for one pair of files (or a sum of pairs)."""

    a: dict[str, Side] = field(default_factory=lambda: {"required": Side(), "all": Side()})
    b: dict[str, Side] = field(default_factory=lambda: {"required": Side(), "all": Side()})
    by_relation: dict[str, list[int]] = field(
        default_factory=lambda: {r: [0, 0, 0] for r in RELATIONS}
    )  # required in A, required in B, required in both
    differences: dict[str, Counter[str]] = field(
        default_factory=lambda: {"A": Counter(), "B": Counter()}
    )
    documents: int = 0
    empty_both: int = 0
    empty_one: int = 0

    def add(self, other: Agreement) -> None:
        for mine, theirs in ((self.a, other.a), (self.b, other.b)):
            for level, side in theirs.items():
                mine[level].add(side)
        for relation, counts in other.by_relation.items():
            mine_counts = self.by_relation.setdefault(relation, [0, 0, 0])
            for i, count in enumerate(counts):
                mine_counts[i] += count
        for who, counter in other.differences.items():
            self.differences[who].update(counter)
        self.documents += other.documents
        self.empty_both += other.empty_both
        self.empty_one += other.empty_one

    def scores(self, level: str) -> tuple[float, float, float]:
        """P, R, F1 of A scored against B at ``level`` ("required" or "all")."""
        a, b = self.a[level], self.b[level]
        p = a.matched / a.total if a.total else 0.0
        r = b.matched / b.total if b.total else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _side(mine: Gold, aligned: Mapping[str, str], other: Gold, required: bool) -> Side:
    rows = [r for r in mine.relations if r.required or not required]
    wanted = {_key(r) for r in other.relations if r.required or not required}
    keys = {_key(r): _translated(r, aligned) for r in rows}
    return Side(len(keys), sum(1 for k in keys.values() if k is not None and k in wanted))


def compare(a: Mapping[str, Gold], b: Mapping[str, Gold]) -> Agreement:
    """The agreement of two gold files over the documents both annotate."""
    result = Agreement()
    for doc in sorted(set(a) & set(b)):
        ga, gb = a[doc], b[doc]
        a_to_b, b_to_a = align(ga, gb), align(gb, ga)
        result.documents += 1
        result.empty_both += ga.empty and gb.empty
        result.empty_one += ga.empty != gb.empty
        for level, required in (("required", True), ("all", False)):
            result.a[level].add(_side(ga, a_to_b, gb, required))
            result.b[level].add(_side(gb, b_to_a, ga, required))
        for who, mine, aligned, other, column in (
            ("A", ga, a_to_b, gb, 0),
            ("B", gb, b_to_a, ga, 1),
        ):
            for relation in {_key(r): r for r in mine.relations if r.required}.values():
                counts = result.by_relation.setdefault(relation.relation, [0, 0, 0])
                counts[column] += 1
                why = difference(relation, aligned, other)
                if why is None and who == "A":
                    counts[2] += 1
                elif why is not None:
                    result.differences[who][why] += 1
                    result.differences[who][f"{why}/{relation.relation}"] += 1
    return result


def agreed_gold(a: Gold, b: Gold) -> list[dict[str, object]]:
    """The rows of the agreed gold of one document (see the module docstring), in A's names."""
    a_to_b, b_to_a = align(a, b), align(b, a)
    entities: dict[str, dict[str, object]] = {}
    taken: dict[str, str] = {}  # normalised name or alias -> entity that owns it
    for entity in a.entities:
        entities[entity.name] = {"name": entity.name, "type": entity.type, "aliases": []}
        for surface in (entity.name, *entity.aliases):
            taken.setdefault(normalize_name(surface), entity.name)
    for entity in a.entities:
        for alias in entity.aliases:
            _add_alias(entities[entity.name], alias, taken)
    for entity in b.entities:
        name = b_to_a.get(entity.name)
        if name is None:
            name = entity.name
            entities[name] = {"name": name, "type": entity.type, "aliases": []}
            taken.setdefault(normalize_name(name), name)
        for alias in entity.aliases:
            _add_alias(entities[name], alias, taken)
    b_required = {_key(r) for r in b.relations if r.required}
    relations: dict[Key, dict[str, object]] = {}
    for r in a.relations:
        both = r.required and _translated(r, a_to_b) in b_required
        relations.setdefault(_key(r), _relation(a.doc, r.subject, r, r.object, both))
    for r in b.relations:
        subject, obj = b_to_a.get(r.subject, r.subject), b_to_a.get(r.object, r.object)
        key = (normalize_name(subject), r.relation, normalize_name(obj))
        relations.setdefault(key, _relation(a.doc, subject, r, obj, False))
    used = {n for row in relations.values() for n in (row["subject"], row["object"])}
    rows: list[dict[str, object]] = []
    if not relations and a.empty and b.empty:
        rows.append({"doc": a.doc, "kind": "empty"})
    rows += relations.values()
    rows += [
        {"doc": a.doc, "kind": "entity", **entity}
        for name, entity in entities.items()
        if name in used or not relations
    ]
    forbidden = [n for n in dict.fromkeys([*a.forbidden, *b.forbidden]) if not _owned(n, taken)]
    if forbidden:
        rows.append({"doc": a.doc, "kind": "forbidden", "names": forbidden, "why": "either file"})
    return rows


def _owned(name: str, taken: Mapping[str, str]) -> bool:
    return normalize_name(name) in taken


def _add_alias(entity: dict[str, object], alias: str, taken: dict[str, str]) -> None:
    """Add ``alias`` unless another entity already answers to it (so every alias stays unique)."""
    owner = taken.setdefault(normalize_name(alias), str(entity["name"]))
    aliases = entity["aliases"]
    assert isinstance(aliases, list)
    if owner == entity["name"] and alias not in aliases:
        aliases.append(alias)


def _relation(
    doc: str, subject: str, r: GoldRelation, obj: str, required: bool
) -> dict[str, object]:
    return {
        "doc": doc,
        "kind": "relation",
        "subject": subject,
        "relation": r.relation,
        "object": obj,
        "required": required,
        "why": r.why,
    }


def agreed_path(path: Path) -> Path:
    """``blind-wikinews.jsonl`` -> ``blind-wikinews.agreed.jsonl``."""
    return path.with_name(path.name.split(".")[0] + ".agreed.jsonl")


def write_agreed(a: Mapping[str, Gold], b: Mapping[str, Gold], path: Path) -> None:
    lines = (
        json.dumps(row, ensure_ascii=False)
        for doc in a
        if doc in b
        for row in agreed_gold(a[doc], b[doc])
    )
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def label(path: Path) -> str:
    """The corpus of a blind-sample file name (``blind-wikinews.jsonl`` -> ``wikinews``)."""
    return path.name.split(".")[0].removeprefix("blind-")


def format_report(rows: Iterable[tuple[str, Agreement]]) -> str:
    """Three plain-text tables: agreement per pair, required relations by kind, differences."""
    rows = list(rows)
    head = (
        f"{'':<14}{'docs':>5}{'empty':>7} | {'A req':>6}{'B req':>6}{'A in B':>7}{'B in A':>7}"
        f"{'P':>7}{'R':>7}{'F1':>7} | {'A all':>6}{'B all':>6}{'A in B':>7}{'B in A':>7}"
        f"{'P':>7}{'R':>7}{'F1':>7}"
    )
    lines = ["Agreement of A (first file) scored against B (second file)", head, "-" * len(head)]
    for name, agreement in rows:
        empty = f"{agreement.empty_both:>4}/{agreement.empty_one:<2}"
        cells = [f"{name:<14}{agreement.documents:>5}{empty}"]
        for level in ("required", "all"):
            a, b = agreement.a[level], agreement.b[level]
            p, r, f1 = agreement.scores(level)
            cells.append(
                f"{a.total:>6}{b.total:>6}{a.matched:>7}{b.matched:>7}{p:>7.3f}{r:>7.3f}{f1:>7.3f}"
            )
        lines.append(" | ".join(cells))
    lines.append("(empty: articles both files mark empty / one file only)")
    total = rows[-1][1]
    lines += ["", f"{'required by':<14}{'A':>5}{'B':>5}{'both':>6}"]
    for relation, (in_a, in_b, both) in total.by_relation.items():
        lines.append(f"{relation:<14}{in_a:>5}{in_b:>5}{both:>6}")
    kinds = "".join(f"{relation[:4]:>5}" for relation in RELATIONS)
    lines += ["", f"{'not required by the other':<30}{'A':>5}{'B':>5}   A: {kinds}   B: {kinds}"]
    for why in DIFFERENCES:
        cells = [f"{why:<30}{total.differences['A'][why]:>5}{total.differences['B'][why]:>5}"]
        for who in ("A", "B"):
            counts = total.differences[who]
            cells.append("".join(f"{counts[f'{why}/{relation}']:>5}" for relation in RELATIONS))
        lines.append("      ".join(cells))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="pairs of gold files: A1 B1 A2 B2 ...")
    parser.add_argument(
        "--agreed", action="store_true", help="write <A>.agreed.jsonl beside each A file"
    )
    args = parser.parse_args()
    if len(args.paths) % 2:
        parser.error("gold files come in pairs (A B)")
    rows: list[tuple[str, Agreement]] = []
    overall = Agreement()
    for path_a, path_b in zip(args.paths[::2], args.paths[1::2], strict=True):
        a, b = load_gold(path_a), load_gold(path_b)
        agreement = compare(a, b)
        rows.append((label(path_a), agreement))
        overall.add(agreement)
        if args.agreed:
            write_agreed(a, b, agreed_path(path_a))
    if len(rows) > 1:
        rows.append(("all", overall))
    print(format_report(rows))


if __name__ == "__main__":
    main()
