"""Score polkg on EndorsementDB's labelled endorser -> candidate pairs (gold/README.md).

Reads the corpus JSONL of ``scripts/endorsementdb_docs.py`` (``make endorsementdb``): one quote a
record, framed ``{endorser} said: "{quote}"``, with its ``endorser`` and ``position`` label. The
data is not dense (only the label's pairs are known), so only those pairs are scored and every
other edge is neither right nor wrong, only counted:

- a label maps to pairs ``endorser -> candidate`` with a polarity: "Endorses X" and "Endorses X
  over Y" endorse X; "Opposes X" and "Opposes X and Y" oppose each (``CANDIDATES`` names them in
  full). A label naming no candidate ("No endorsement", "Endorses another Republican",
  "Supports Trump without endorsing", "Unclear or undecided") is skipped and counted.
- a pair is a **true positive** when an asserted edge from the endorser to the candidate has the
  pair's polarity (``endorses`` for endorsement, ``opposes`` or ``criticizes`` for opposition),
  **false** when one has the other polarity (both may hold), a **miss** when none has its polarity.
- **other edges**: asserted edges that link no labelled pair (another target, another speaker).
- **unnamed**: misses whose candidate no entity of the quote names ("I'm with her", "Hillary.",
  "@HillaryClinton"): what no relation rule can find, a floor under the misses.

Names match as in the directed evaluation (``polkg.evaluate.same_entity``: containment either
way, "Clinton" for Hillary Clinton) or by equal first and last words ("Hillary Rodham Clinton").

The split is fixed: records ordered by ``sha256("polkg-endorsementdb:" + id)``, every third from
the first (ranks 0, 3, 6, ...) is **measure** (scores only: never its quotes, edges or errors),
the others **tune** (read to build rules). Without ``--tables-only`` the tune part's misses and
false pairs are listed with their quotes; the measure part never is.

    .venv/bin/python scripts/endorsementdb_eval.py --parse-cache out/parse-cache \\
        out/endorsementdb/articles.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from polkg.evaluate import normalize_name, same_entity
from polkg.model import Assertion, DocumentResult

SALT = "polkg-endorsementdb:"
PARTS = ("tune", "measure")
CANDIDATES = {
    "Clinton": "Hillary Clinton",
    "Trump": "Donald Trump",
    "Johnson": "Gary Johnson",
    "Stein": "Jill Stein",
    "McMullin": "Evan McMullin",
    "Pence": "Mike Pence",
    "Kaine": "Tim Kaine",
    "Sanders": "Bernie Sanders",
    "Rubio": "Marco Rubio",
    "Kasich": "John Kasich",
    "Cruz": "Ted Cruz",
    "Fiorina": "Carly Fiorina",
}
LABEL = re.compile(r"^(Endorses|Opposes) (.+?)(?: over .+)?$")
POLARITY = {"endorses": 1, "opposes": -1, "criticizes": -1}
KINDS = {1: "endorses", -1: "opposes"}


def parts_of(ids: Iterable[str]) -> dict[str, str]:
    """``{id: "tune" | "measure"}``: the fixed salted split (a third measure)."""
    order = sorted(ids, key=lambda i: hashlib.sha256((SALT + i).encode("utf-8")).hexdigest())
    return {doc: "measure" if rank % 3 == 0 else "tune" for rank, doc in enumerate(order)}


def labelled_pairs(position: str) -> list[tuple[str, int]] | None:
    """``[(candidate's full name, +1 endorse | -1 oppose)]`` of a label; None if it names no
    candidate of ``CANDIDATES``."""
    match = LABEL.match(position.strip())
    if match is None:
        return None
    names = [n.strip() for n in match.group(2).split(" and ")]
    if not all(n in CANDIDATES for n in names):
        return None
    polarity = 1 if match.group(1) == "Endorses" else -1
    return [(CANDIDATES[n], polarity) for n in names]


def same_name(predicted: str, labelled: str) -> bool:
    """Containment either way, or the same first and last words."""
    if same_entity(predicted, labelled):
        return True
    a, b = normalize_name(predicted).split(), normalize_name(labelled).split()
    return len(a) > 1 and len(b) > 1 and a[0] == b[0] and a[-1] == b[-1]


def _edges(result: DocumentResult) -> list[Assertion]:
    return [a for a in result.assertions if a.positive and a.relation in POLARITY]


@dataclass
class Tally:
    """Counts of one group of labelled pairs (its quotes, pairs, outcomes, other edges)."""

    quotes: int = 0
    pairs: int = 0
    tp: int = 0
    fp: int = 0
    other: int = 0
    unnamed: int = 0  # misses whose candidate no entity of the quote names

    @property
    def recall(self) -> float:
        return self.tp / self.pairs if self.pairs else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0


@dataclass
class Report:
    """Tallies for all pairs and by polarity, quotes skipped, and the errors (misses, false)."""

    tallies: dict[str, Tally] = field(default_factory=dict)
    skipped: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def table(self) -> str:
        lines = [
            f"{'pairs':<10}{'quotes':>7}{'pairs':>7}{'tp':>6}{'fp':>6}{'recall':>8}"
            f"{'precision':>10}{'other edges':>13}{'unnamed':>9}"
        ]
        for name, t in self.tallies.items():
            lines.append(
                f"{name:<10}{t.quotes:>7}{t.pairs:>7}{t.tp:>6}{t.fp:>6}{t.recall:>8.3f}"
                f"{t.precision:>10.3f}{t.other:>13}{t.unnamed:>9}"
            )
        lines.append(f"quotes with a label naming no candidate (skipped): {self.skipped}")
        return "\n".join(lines)

    def details(self) -> str:
        lines = [f"false pairs ({len(self.false)}):", *self.false, ""]
        lines += [f"misses ({len(self.misses)}):", *self.misses]
        return "\n".join(lines)


def _shown(result: DocumentResult, width: int = 300) -> str:
    text = " ".join(result.document.text.split())
    text = text if len(text) <= width else text[: width - 3] + "..."
    edges = "; ".join(f"{a.subject} {a.relation} {a.object} [{a.rule}]" for a in _edges(result))
    return f"    {text}\n    edges: {edges or '-'}"


def score(records: dict[str, dict[str, str]], results: Iterable[DocumentResult]) -> Report:
    """The report of ``results`` on the labelled pairs of ``records`` (id -> record)."""
    report = Report(tallies={"all": Tally(), "endorses": Tally(), "opposes": Tally()})
    for result in results:
        record = records[result.document.id]
        pairs = labelled_pairs(record["position"])
        if pairs is None:
            report.skipped += 1
            continue
        endorser = record["endorser"]
        edges = _edges(result)
        used: set[int] = set()
        kinds = {KINDS[p] for _, p in pairs} | {"all"}
        for kind in kinds:
            report.tallies[kind].quotes += 1
        for candidate, polarity in pairs:
            between = [
                i
                for i, a in enumerate(edges)
                if same_name(a.subject, endorser) and same_name(a.object, candidate)
            ]
            used.update(between)
            hit = any(POLARITY[edges[i].relation] == polarity for i in between)
            wrong = any(POLARITY[edges[i].relation] != polarity for i in between)
            named = any(same_name(e.name, candidate) for e in result.entities)
            for kind in (KINDS[polarity], "all"):
                tally = report.tallies[kind]
                tally.pairs += 1
                tally.tp += hit
                tally.fp += wrong
                tally.unnamed += not hit and not named
            what = f"  {result.document.id}: {endorser} {KINDS[polarity]} {candidate}"
            if wrong:
                report.false.append(f"{what}\n{_shown(result)}")
            if not hit:
                report.misses.append(f"{what}\n{_shown(result)}")
        for kind in kinds:
            report.tallies[kind].other += len(edges) - len(used)
    return report


def read_records(path: Path) -> dict[str, dict[str, str]]:
    """The file's records by id (in file order)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in (json.loads(line) for line in lines if line.strip())}


def _extract(path: Path, parse_cache: Path | None, jobs: int) -> Iterator[DocumentResult]:
    from polkg.ingest import read_documents
    from polkg.pipeline import extract_documents

    return extract_documents(read_documents([str(path)]), jobs=jobs, parse_cache=parse_cache)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", type=Path, help="out/endorsementdb/articles.jsonl")
    parser.add_argument("--parse-cache", type=Path, help="the parse cache folder")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--part", action="append", choices=PARTS, help="default: both")
    parser.add_argument("--tables-only", action="store_true", help="no misses or false pairs")
    args = parser.parse_args(argv)
    records = read_records(args.path)
    parts = parts_of(records)
    wanted = args.part or list(PARTS)
    print(f"{args.path}: extracting {len(records)} quotes", file=sys.stderr)
    results = list(_extract(args.path, args.parse_cache, args.jobs))
    for part in wanted:
        chosen = [r for r in results if parts[r.document.id] == part]
        report = score(records, chosen)
        print(f"== {args.path}, part {part} ({len(chosen)} quotes) ==")
        print(report.table())
        if not args.tables_only and part != "measure":
            print()
            print(report.details())
        print()


if __name__ == "__main__":
    main()
