"""Stance over time: monthly counts per pair and per actor, and the months where a stance turned.

Every count is of distinct documents, read from the dated evidence of the graph's edges (an
evidence item's own date, else its document's); undated evidence cannot be placed and is left
out. A month's stance is the sign of endorsing documents minus criticizing/opposing ones; a flip
is a run of positive months followed by a run of negative ones (or back), months of no or even
stance between them being skipped. Each flip carries the evidence sentences of both sides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from polkg.graph.signed import STANCE_SIGNS

__all__ = ["Flip", "Period", "actor_timeline", "pair_timeline", "stance_flips"]

STANCES = tuple(STANCE_SIGNS)


def _dated_evidence(
    g: nx.MultiDiGraph, u: str, v: str
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(month, relation, evidence item) for every dated stance evidence of ``u`` towards ``v``."""
    for key, data in (g.get_edge_data(u, v) or {}).items():
        relation = data.get("relation", key)
        if relation not in STANCE_SIGNS:
            continue
        for item in data.get("evidence", []):
            date = item.get("date")
            if date:
                yield str(date)[:7], relation, item


def _monthly(items: list[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
    documents: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for month, relation, item in items:
        documents[month][relation].add(str(item.get("doc")))
    rows = []
    for month in sorted(documents):
        row: dict[str, Any] = {"month": month}
        for relation in STANCES:
            row[relation] = len(documents[month][relation])
        row["net"] = sum(STANCE_SIGNS[r] * row[r] for r in STANCES)
        rows.append(row)
    return rows


def pair_timeline(g: nx.MultiDiGraph, source: str, target: str) -> list[dict[str, Any]]:
    """Documents per month in which ``source`` endorses, criticizes, opposes ``target``.

    Rows ``{"month": "2017-07", "endorses": 0, "criticizes": 3, "opposes": 1, "net": -4}``,
    months without any dated evidence left out.
    """
    return _monthly(list(_dated_evidence(g, source, target)))


def actor_timeline(g: nx.MultiDiGraph, actor: str, direction: str = "out") -> list[dict[str, Any]]:
    """Documents per month with a stance of ``actor`` towards anyone (``out``), or of anyone
    towards ``actor`` (``in``); a document counts once per relation and month."""
    if direction not in ("out", "in"):
        raise ValueError(f"direction is 'out' or 'in', not {direction!r}")
    pairs = g.out_edges(actor) if direction == "out" else g.in_edges(actor)
    items = [x for u, v in set(pairs) if u != v for x in _dated_evidence(g, u, v)]
    return _monthly(items)


@dataclass
class Period:
    """A run of consecutive months (with stance) of one sign."""

    sign: int
    first_month: str
    last_month: str
    documents: int
    evidence: list[dict[str, Any]]
    """That sign's evidence items of the period, nearest the flip first."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "stance": "positive" if self.sign > 0 else "negative",
            "first_month": self.first_month,
            "last_month": self.last_month,
            "documents": self.documents,
            "evidence": self.evidence,
        }


@dataclass
class Flip:
    """``source``'s stance towards ``target`` turned from ``before`` to ``after``."""

    source: str
    target: str
    before: Period
    after: Period

    def to_dict(self, g: nx.MultiDiGraph | None = None) -> dict[str, Any]:
        def label(n: str) -> str:
            return str(g.nodes[n].get("label", n)) if g is not None and n in g else n

        return {
            "source": self.source,
            "source_label": label(self.source),
            "target": self.target,
            "target_label": label(self.target),
            "direction": "positive->negative" if self.before.sign > 0 else "negative->positive",
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
        }


def _periods(items: list[tuple[str, str, dict[str, Any]]]) -> list[Period]:
    by_month: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for month, relation, item in items:
        by_month[month].append((relation, item))
    periods: list[Period] = []
    for month in sorted(by_month):
        docs: dict[int, set[str]] = {1: set(), -1: set()}
        for relation, item in by_month[month]:
            docs[STANCE_SIGNS[relation]].add(str(item.get("doc")))
        net = len(docs[1]) - len(docs[-1])
        if net == 0:
            continue
        sign = 1 if net > 0 else -1
        evidence = [item for relation, item in by_month[month] if STANCE_SIGNS[relation] == sign]
        evidence.sort(key=lambda e: (str(e.get("date")), str(e.get("doc")), e.get("start") or 0))
        if periods and periods[-1].sign == sign:
            last = periods[-1]
            last.last_month = month
            last.documents += len(docs[sign])
            last.evidence.extend(evidence)
        else:
            periods.append(Period(sign, month, month, len(docs[sign]), evidence))
    return periods


def stance_flips(
    g: nx.MultiDiGraph, min_documents: int = 1, pairs: list[tuple[str, str]] | None = None
) -> list[Flip]:
    """Every turn of a directed pair's monthly stance, positive to negative or back.

    A period (run of months of one sign) counts only with at least ``min_documents`` documents of
    its sign, so that one stray sentence does not make a flip. ``pairs`` limits the search.
    Sorted by source label, target label, then date.
    """
    if pairs is None:
        pairs = sorted({(u, v) for u, v, k in g.edges(keys=True) if k in STANCE_SIGNS and u != v})
    flips = []
    for u, v in pairs:
        periods = [
            p for p in _periods(list(_dated_evidence(g, u, v))) if p.documents >= min_documents
        ]
        merged: list[Period] = []
        for p in periods:  # dropping a thin period can join two of one sign
            if merged and merged[-1].sign == p.sign:
                merged[-1].last_month = p.last_month
                merged[-1].documents += p.documents
                merged[-1].evidence.extend(p.evidence)
            else:
                merged.append(p)
        for before, after in zip(merged, merged[1:], strict=False):
            flips.append(
                Flip(
                    u,
                    v,
                    Period(
                        before.sign,
                        before.first_month,
                        before.last_month,
                        before.documents,
                        list(reversed(before.evidence)),
                    ),
                    Period(
                        after.sign,
                        after.first_month,
                        after.last_month,
                        after.documents,
                        list(after.evidence),
                    ),
                )
            )

    def order(f: Flip) -> tuple[str, str, str]:
        return (
            str(g.nodes[f.source].get("label", f.source)),
            str(g.nodes[f.target].get("label", f.target)),
            f.after.first_month,
        )

    return sorted(flips, key=order)
