"""What the stance model adds to extraction time, on the articles `make bench` uses.

Extracts the first ``--docs`` articles of ../shared/corpus/allsides/articles.jsonl with the
Extractor, model off and on, in alternating rounds (the machine is shared, so the best round of
each is kept), and also times the model's own share inside the model-on runs (pair finding,
features, scoring, flags), which is less sensitive to other load on the machine.

Usage: python training/measure_stance_cost.py [--docs 40] [--rounds 3] [--model DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_encoder import load_model  # noqa: E402

from polkg.extract import Extractor  # noqa: E402
from polkg.extract.nlp import load_nlp  # noqa: E402
from polkg.extract.stance import pairs  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpus/allsides/articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--model", type=Path, help="a model folder (default: the shipped model)")
    args = parser.parse_args()

    documents = []
    for document in read_documents([str(args.corpus)]):
        documents.append(document)
        if len(documents) >= args.docs:
            break
    nlp = load_nlp()
    off = Extractor(nlp, stance_model=False)
    on = Extractor(nlp, stance_model=True)
    if args.model is not None:
        on.stance = load_model(args.model)
    list(on.pipe(documents[:2]))  # warm up both (model loading excluded, as bench does)

    model_time = [0.0]
    original = pairs.model_assertions

    def timed(*a, **k):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return original(*a, **k)
        finally:
            model_time[0] += time.perf_counter() - started

    import polkg.extract.extractor as extractor_module

    extractor_module.model_assertions = timed  # type: ignore[assignment]  # the Extractor's hook

    best = {"off": float("inf"), "on": float("inf")}
    shares = []
    added = 0
    words = sum(len(d.text.split()) for d in documents)
    for _ in range(args.rounds):
        for name, extractor in (("off", off), ("on", on)):
            model_time[0] = 0.0
            started = time.perf_counter()
            results = list(extractor.pipe(documents))
            elapsed = time.perf_counter() - started
            best[name] = min(best[name], elapsed)
            if name == "on":
                shares.append(model_time[0] / elapsed)
                added = sum(1 for r in results for a in r.assertions if a.rule == pairs.RULE)
    report = {
        "documents": len(documents),
        "words": words,
        "seconds_model_off_best": round(best["off"], 2),
        "seconds_model_on_best": round(best["on"], 2),
        "added_time_percent_wall": round(100 * (best["on"] / best["off"] - 1), 1),
        "model_share_of_on_time_percent": round(100 * min(shares), 1),
        "model_assertions": added,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
