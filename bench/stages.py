"""CPU of each stage of a ``polkg ingest``'s work, in process, for A/B runs of two revisions.

usage: PYTHONPATH=WORKTREE python bench/stages.py ARTICLES.jsonl [--rounds N] [--json OUT]

Start-up stages once (``import spacy``, polkg's imports beyond it, ``spacy.load``, what
``load_nlp`` adds, ``Extractor()``), then per round: reading and cleaning, the tokenizer, each
pipeline component over all documents in batches of 16 (``TASK_DOCUMENTS``, as ``polkg ingest``
parses), extraction (``Extractor.result``), the graph and the store save. Process CPU
(``time.process_time``), so other load on the machine moves it less than wall time. The first
round is what a one-shot ``polkg ingest`` pays (caches cold: the lemmatizer's, the lexemes');
later rounds show the warm cost. Byte-compile the worktree's ``polkg`` first
(``python -m compileall -q polkg``), as ``bench/run.py`` does, or its imports count compiling.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

CPU = time.process_time


class Stages:
    """Stage name -> CPU seconds of each time it ran."""

    def __init__(self) -> None:
        self.seconds: dict[str, list[float]] = {}
        self.started = CPU()

    def done(self, name: str) -> None:
        now = CPU()
        self.seconds.setdefault(name, []).append(now - self.started)
        self.started = CPU()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()
    stages = Stages()
    import spacy

    stages.done("import spacy")
    import polkg.cli  # noqa: F401 - what the command imports before it runs
    from polkg.collector import collect_less_often
    from polkg.extract import Extractor
    from polkg.extract import nlp as nlp_module
    from polkg.graph import KnowledgeGraph
    from polkg.ingest import read_documents
    from polkg.pipeline import TASK_DOCUMENTS
    from polkg.store import Store

    collect_less_often()
    stages.done("import polkg beyond spacy")
    load = spacy.load
    loaded: list[float] = []

    def timed_load(*a: Any, **k: Any) -> Any:
        started = CPU()
        model = load(*a, **k)
        loaded.append(CPU() - started)
        return model

    nlp_module.spacy.load = timed_load  # type: ignore[attr-defined]
    started = CPU()
    nlp = nlp_module.load_nlp()
    stages.seconds["spacy.load"] = [loaded[0]]
    stages.seconds["load_nlp additions"] = [CPU() - started - loaded[0]]
    stages.started = CPU()
    extractor = Extractor()
    stages.done("Extractor() beyond load_nlp")
    for _ in range(args.rounds):
        documents = list(read_documents([str(args.articles)]))
        stages.done("read and clean")
        docs = list(nlp.tokenizer.pipe([d.text for d in documents]))
        stages.done("tokenizer")
        for name, component in nlp.pipeline:
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=TASK_DOCUMENTS))
            else:
                docs = [component(doc) for doc in docs]
            stages.done(name)
        results = [extractor.result(doc, d) for doc, d in zip(docs, documents, strict=True)]
        stages.done("extraction")
        with tempfile.TemporaryDirectory() as folder:
            store = Store(Path(folder) / "store")
            with store.writing():
                stages.started = CPU()
                graph = KnowledgeGraph(store.load_graph())
                for result in results:
                    graph.add_result(result)
                g = graph.g
                stages.done("graph (add, resolve)")
                store.save_graph(g)
                stages.done("store save")
    width = max(map(len, stages.seconds))
    for name, seconds in stages.seconds.items():
        row = " ".join(f"{s:7.3f}" for s in seconds)
        print(f"{name:{width}s} {row}   min {min(seconds):.3f}")
    if args.json:
        args.json.write_text(json.dumps(stages.seconds, indent=1))


if __name__ == "__main__":
    main()
