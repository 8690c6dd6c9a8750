"""`polkg analyze` output: the signed-network analysis as JSON-ready data, a table, or CSV.

:func:`analysis_data` runs the analyses of :mod:`polkg.graph.signed`, :mod:`polkg.graph.rankings`
and :mod:`polkg.graph.timeline` on a graph and returns plain dicts and lists;
:func:`format_table` and :func:`format_csv` render them.
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import Any

import networkx as nx

from polkg.errors import PolkgError
from polkg.graph.rankings import most_criticized, most_endorsed, most_polarizing
from polkg.graph.signed import coalition_summary, coalitions, signed_graph, structural_balance
from polkg.graph.timeline import actor_timeline, pair_timeline, stance_flips

__all__ = ["SECTIONS", "analysis_data", "format_csv", "format_json", "format_table"]

# A graph with no signed triad has no balance: printed instead of "0 of 0 = 0.000, p = 1".
_NO_TRIADS = (
    "no signed triad (three actors each tied to the other two by a stance), so no balance "
    "to measure"
)

SECTIONS = ("coalitions", "balance", "rankings", "flips", "timeline")
METHOD = "signed modularity (Traag & Bruggeman 2009), best of 30 Leiden runs (leidenalg)"


def analysis_data(
    g: nx.MultiDiGraph,
    sections: tuple[str, ...] = SECTIONS,
    actors: list[str] | None = None,
    seed: int = 0,
    runs: int = 1000,
    top: int = 20,
    min_documents: int = 1,
) -> dict[str, Any]:
    """The analyses named in ``sections`` of ``g`` as JSON-ready data.

    ``actors`` are node keys: one gives that actor's timeline (its stances and those towards it),
    two or more the timelines of every ordered pair among them. Flips keep periods with at
    least ``min_documents`` documents; coalitions and balance use edges with that many.
    """
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise PolkgError(f"unknown analysis {unknown[0]!r} (choose from {', '.join(SECTIONS)})")
    s = signed_graph(g, min_documents)
    data: dict[str, Any] = {
        "graph": {
            "documents": len(g.graph.get("documents", {})),
            "signed_actors": s.number_of_nodes(),
            "signed_pairs": s.number_of_edges(),
            "min_documents": min_documents,
        }
    }
    membership: dict[str, int] = {}
    if "coalitions" in sections or "rankings" in sections:
        result = coalitions(g, seed=seed, min_documents=min_documents)
        membership = result.membership
        rows = coalition_summary(g, result)
        if "coalitions" in sections:
            data["coalitions"] = {
                "method": METHOD,
                "seed": seed,
                "actors": len(membership),
                "alone": len(membership) - sum(r["size"] for r in rows),
                "frustration": round(result.frustration, 4),
                "frustrated_edges": result.frustrated,
                "edges": result.edges,
                "frustration_documents": round(result.frustration_documents, 4),
                "quality": round(result.quality, 4),
                "coalitions": rows,
            }
    if "balance" in sections:
        b = structural_balance(g, runs=runs, seed=seed, min_documents=min_documents)
        data["balance"] = {
            "triads": b.triads,
            "balanced": b.balanced,
            "share": round(b.share, 4),
            "weak_share": round(b.weak_share, 4),
            "counts": b.counts,
            "null_mean": round(b.null_mean, 4),
            "null_std": round(b.null_std, 4),
            "p_value": round(b.p_value, 4),
            "weak_null_mean": round(b.weak_null_mean, 4),
            "weak_p_value": round(b.weak_p_value, 4),
            "runs": b.runs,
            "seed": seed,
            "pairs": b.pairs,
            "positive_pairs": b.positive_pairs,
        }
    if "rankings" in sections:
        data["rankings"] = {
            "most_criticized": most_criticized(g, top),
            "most_endorsed": most_endorsed(g, top),
            "most_polarizing": most_polarizing(g, membership, top),
        }
    if "flips" in sections:
        pairs = None
        if actors:
            pairs = [(u, v) for u in actors for v in actors if u != v] if len(actors) > 1 else None
        flips = stance_flips(g, min_documents=min_documents, pairs=pairs)
        if actors and len(actors) == 1:
            flips = [f for f in flips if actors[0] in (f.source, f.target)]
        data["flips"] = [f.to_dict(g) for f in flips]
    if "timeline" in sections and actors:
        data["timeline"] = _timelines(g, actors)
    return data


def _label(g: nx.MultiDiGraph, node: str) -> str:
    return str(g.nodes[node].get("label", node)) if node in g else node


def _timelines(g: nx.MultiDiGraph, actors: list[str]) -> list[dict[str, Any]]:
    if len(actors) == 1:
        a = actors[0]
        return [
            {"source": a if d == "out" else "*", "target": "*" if d == "out" else a,
             "source_label": _label(g, a) if d == "out" else "anyone",
             "target_label": "anyone" if d == "out" else _label(g, a),
             "months": actor_timeline(g, a, d)}
            for d in ("out", "in")
        ]  # fmt: skip
    return [
        {"source": u, "target": v, "source_label": _label(g, u), "target_label": _label(g, v),
         "months": pair_timeline(g, u, v)}
        for u in actors for v in actors if u != v
    ]  # fmt: skip


# -- rendering ---------------------------------------------------------------------------------


def format_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _shorten(text: Any, width: int) -> str:
    return textwrap.shorten(" ".join(str(text or "").split()), width=width, placeholder=" …")


def format_table(data: dict[str, Any], width: int = 100, evidence: int = 1) -> str:
    """The analysis as readable text for a terminal."""
    info = data["graph"]
    lines = [
        f"{info['documents']} documents; {info['signed_actors']} actors in "
        f"{info['signed_pairs']} signed pairs (endorses +, criticizes/opposes -)"
    ]
    if "coalitions" in data:
        c = data["coalitions"]
        lines += [
            "",
            f"Coalitions ({c['method']}, seed {c['seed']}):",
            f"  frustration {c['frustration']:.3f} ({c['frustrated_edges']} of {c['edges']} stance "
            f"edges break the partition; {c['frustration_documents']:.3f} by documents); "
            f"{c['alone']} actors in no coalition",
            "    #  size   +in   -in  members (most tied first)",
        ]
        for row in c["coalitions"][:20]:
            members = _shorten(", ".join(row["members"]), width - 27)
            lines.append(
                f"  {row['coalition']:>3} {row['size']:>5} {row['positive_ties']:>5} "
                f"{row['negative_ties']:>5}  {members}"
            )
        if len(c["coalitions"]) > 20:
            lines.append(f"  … and {len(c['coalitions']) - 20} more coalitions")
    if "balance" in data and not data["balance"]["triads"]:  # 0 of 0 is no share, no p-value
        lines += ["", "Structural balance (signed triads):", f"  {_NO_TRIADS}"]
    elif "balance" in data:
        b = data["balance"]
        n = b["counts"]
        lines += [
            "",
            "Structural balance (signed triads; null model: signs shuffled over the pairs):",
            f"  {b['balanced']} of {b['triads']} triads balanced = {b['share']:.3f} "
            f"(+++ {n['+++']}, +-- {n['+--']}; unbalanced ++- {n['++-']}, --- {n['---']}); "
            f"weak balance {b['weak_share']:.3f}",
            f"  null model: {b['null_mean']:.3f} ± {b['null_std']:.3f} over {b['runs']} runs "
            f"(seed {b['seed']}); p = {b['p_value']:.4f} (one-sided, share >= observed); "
            f"weak: {b['weak_null_mean']:.3f}, p = {b['weak_p_value']:.4f}",
        ]
    if "rankings" in data:
        r = data["rankings"]
        for title, key, column in (
            ("Most criticized (distinct critics)", "most_criticized", "critics"),
            ("Most endorsed (distinct endorsers)", "most_endorsed", "endorsers"),
        ):
            lines += ["", f"{title}:", f"  {column:>9}  docs  actor"]
            for row in r[key]:
                lines.append(f"  {row[column]:>9} {row['documents']:>5}  {row['label']}")
        lines += [
            "",
            "Most polarizing (endorsed from one coalition, criticized from another):",
            "  score  endorsers (coal., docs)  critics (coal., docs)  actor",
        ]
        for row in r["most_polarizing"]:
            lines.append(
                f"  {row['score']:>5}  {row['endorsers']:>9} ({row['endorsing_coalition']:>3}, "
                f"{row['endorsing_documents']:>3})  {row['critics']:>7} "
                f"({row['criticizing_coalition']:>3}, {row['criticizing_documents']:>3})  "
                f"{row['label']}"
            )
    if "flips" in data:
        lines += ["", f"Stance flips ({len(data['flips'])}):"]
        for f in data["flips"]:
            before, after = f["before"], f["after"]
            lines.append(
                f"  {f['source_label']} -> {f['target_label']}: {before['stance']} "
                f"{before['first_month']}..{before['last_month']} ({before['documents']} docs), "
                f"then {after['stance']} {after['first_month']}..{after['last_month']} "
                f"({after['documents']} docs)"
            )
            for side in (before, after):
                for e in side["evidence"][:evidence]:
                    where = f" [{e.get('doc')}, {e.get('date')}]"
                    quoted = _shorten(e.get("sentence"), width - len(where) - 8)
                    lines.append(f'    {side["stance"][:3]}: "{quoted}"{where}')
    for t in data.get("timeline", []):
        lines += [
            "",
            f"Stance of {t['source_label']} towards {t['target_label']} (documents per month):",
            "  month     endorses criticizes opposes   net",
        ]
        for m in t["months"]:
            lines.append(
                f"  {m['month']}  {m['endorses']:>8} {m['criticizes']:>10} {m['opposes']:>7} "
                f"{m['net']:>5}"
            )
        if not t["months"]:
            lines.append("  (no dated evidence)")
    return "\n".join(lines) + "\n"


def _csv_rows(data: dict[str, Any], section: str) -> list[dict[str, Any]]:
    if section == "coalitions":
        c = data["coalitions"]
        return [
            {"coalition": row["coalition"], "size": row["size"], "rank": i, "node": node,
             "label": label, "frustration": c["frustration"]}
            for row in c["coalitions"]
            for i, (node, label) in enumerate(zip(row["nodes"], row["members"], strict=True), 1)
        ]  # fmt: skip
    if section == "balance":
        b = dict(data["balance"])
        counts = b.pop("counts")
        return [{**b, **{f"triads{k}": v for k, v in counts.items()}}]
    if section == "rankings":
        return [
            {"ranking": name, "rank": i, **row}
            for name, rows in data["rankings"].items()
            for i, row in enumerate(rows, 1)
        ]
    if section == "flips":
        rows = []
        for f in data["flips"]:
            row = {k: f[k] for k in ("source", "source_label", "target", "target_label")}
            row["direction"] = f["direction"]
            for side in ("before", "after"):
                p = f[side]
                first = p["evidence"][0] if p["evidence"] else {}
                row |= {
                    f"{side}_first_month": p["first_month"],
                    f"{side}_last_month": p["last_month"],
                    f"{side}_documents": p["documents"],
                    f"{side}_doc": first.get("doc"),
                    f"{side}_date": first.get("date"),
                    f"{side}_evidence": " ".join(str(first.get("sentence", "")).split()),
                }
            rows.append(row)
        return rows
    return [
        {"source": t["source"], "source_label": t["source_label"], "target": t["target"],
         "target_label": t["target_label"], **m}
        for t in data.get("timeline", [])
        for m in t["months"]
    ]  # fmt: skip


EMPTY_HEADERS = {
    "coalitions": ("coalition", "size", "rank", "node", "label", "frustration"),
    "balance": (),
    "rankings": ("ranking", "rank", "node", "label", "documents"),
    "flips": ("source", "source_label", "target", "target_label", "direction"),
    "timeline": ("source", "source_label", "target", "target_label", "month", "endorses",
                 "criticizes", "opposes", "net"),
}  # fmt: skip
"""Columns of a section's CSV when it has no rows (with rows, the rows' own keys)."""


def format_csv(data: dict[str, Any], section: str) -> str:
    """One section as a CSV table (a header even when it has no rows)."""
    if section not in SECTIONS:
        raise PolkgError(f"--format csv writes one table: name one of {', '.join(SECTIONS)}")
    rows = _csv_rows(data, section)
    fields: list[str] = [] if rows else list(EMPTY_HEADERS[section])
    for row in rows:
        fields += [k for k in row if k not in fields]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
