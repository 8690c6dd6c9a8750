"""Train polkg's target-sentiment model on NewsMTSC, select it on NewsMTSC devtest, install it.

NewsMTSC (Hamborg and Donnay, EACL 2021; ../shared/labeled/newsmtsc) labels news sentences with
their sentiment toward a target mention (2 negative, 4 neutral, 6 positive). Features are
``training/target_sentiment.target_terms`` (shared with inference; the sentences are parsed
with polkg's spaCy pipeline for the dependency terms); the classifier is a
class-balanced multinomial logistic regression over sublinear TF-IDF of those terms. C is chosen
by macro-F1 on devtest_mt + devtest_rw together; the acceptance thresholds for negative and
positive are the lowest probabilities whose precision on devtest reaches ``--precision`` (a
higher bar for positive, which the guidelines do not require). Written as plain arrays.

Usage: python training/train_target_sentiment.py [NEWSMTSC_DIR] [OUT_DIR]
(defaults ../shared/labeled/newsmtsc and out/target-sentiment; about 2 minutes on one core)
(defaults ../shared/labeled/newsmtsc and out/target-sentiment; about 2 minutes on one core)
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from spacy.tokens import Span  # noqa: E402
from target_sentiment import LABELS, MODEL_DIR, TargetSentiment, target_terms  # noqa: E402

from polkg.extract.stance.model import load_parser  # noqa: E402

POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC's codes -> index in LABELS
C_GRID = (1.0, 3.0)
MIN_ACCEPTED = 30


def load(path: Path) -> tuple[list[list[str]], np.ndarray, list[Span]]:
    """Features, labels and parsed target spans of one NewsMTSC file (parsed as polkg parses)."""
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    sentences = [r["sentence_normalized"] for r in records]
    terms, labels, spans = [], [], []
    for record, doc in zip(records, load_parser().pipe(sentences, batch_size=256), strict=True):
        for t in record["targets"]:
            span = doc.char_span(t["from"], t["to"], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            terms.append(target_terms(doc.text, t["from"], t["to"], span))
            labels.append(POLARITY[float(t["polarity"])])
            spans.append(span)
    print(f"{path.name}: {len(labels)} targets", file=sys.stderr)
    return terms, np.array(labels), spans


def threshold(probs: np.ndarray, gold: np.ndarray, label: int, precision: float) -> float:
    """The lowest probability of ``label`` at which the accepted rows reach ``precision``."""
    order = np.argsort(-probs[:, label])
    best = 1.0
    hits = 0
    for n, row in enumerate(order, start=1):
        hits += int(gold[row] == label)
        if n >= MIN_ACCEPTED and hits / n >= precision:
            best = float(probs[row, label])
    return best


def report(name: str, probs: np.ndarray, gold: np.ndarray, cuts: dict[str, float]) -> dict:
    pred = probs.argmax(axis=1)
    out: dict = {
        "macro_f1": round(float(f1_score(gold, pred, average="macro")), 3),
        "accuracy": round(float((pred == gold).mean()), 3),
        "n": int(len(gold)),
    }
    for label, cut in cuts.items():
        k = LABELS.index(label)
        accepted = probs[:, k] >= cut
        right = int((gold[accepted] == k).sum())
        out[label] = {
            "threshold": round(cut, 3),
            "accepted": int(accepted.sum()),
            "precision": round(right / max(1, int(accepted.sum())), 3),
            "recall": round(right / max(1, int((gold == k).sum())), 3),
        }
    print(name, json.dumps(out), file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default="../shared/labeled/newsmtsc", type=Path)
    ap.add_argument("out", nargs="?", default=MODEL_DIR, type=Path)
    ap.add_argument("--neg-precision", type=float, default=0.85)
    ap.add_argument("--pos-precision", type=float, default=0.90)
    args = ap.parse_args()
    t0 = time.time()
    x_train, y_train, _ = load(args.data / "train.jsonl")
    dev = {name: load(args.data / f"{name}.jsonl") for name in ("devtest_mt", "devtest_rw")}
    x_dev = [t for name in dev for t in dev[name][0]]
    y_dev = np.concatenate([dev[name][1] for name in dev])
    vec = TfidfVectorizer(analyzer=lambda terms: terms, sublinear_tf=True, min_df=2)
    m_train = vec.fit_transform(x_train)
    m_dev = vec.transform(x_dev)
    best = None
    for c in C_GRID:
        clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        clf.fit(m_train, y_train)
        f1 = f1_score(y_dev, clf.predict(m_dev), average="macro")
        print(f"C={c}: devtest macro-F1 {f1:.3f}", file=sys.stderr)
        if best is None or f1 > best[0]:
            best = (f1, c, clf)
    assert best is not None
    _, c, clf = best
    probs = clf.predict_proba(m_dev)
    cuts = {
        "negative": threshold(probs, y_dev, 0, args.neg_precision),
        "positive": threshold(probs, y_dev, 2, args.pos_precision),
    }
    figures = {"devtest": report("devtest", probs, y_dev, cuts)}
    offset = 0
    for name in dev:
        n = len(dev[name][1])
        figures[name] = report(name, probs[offset : offset + n], dev[name][1], cuts)
        offset += n
    args.out.mkdir(parents=True, exist_ok=True)
    vocabulary = vec.get_feature_names_out()
    with gzip.open(args.out / "vocab.txt.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(f"{term}\n" for term in vocabulary)
    np.savez_compressed(
        args.out / "weights.npz",
        coef=clf.coef_.astype(np.float32),
        intercept=clf.intercept_.astype(np.float32),
        idf=vec.idf_.astype(np.float32),
    )
    metadata = {
        "labels": list(LABELS),
        "thresholds": {k: round(v, 4) for k, v in cuts.items()},
        "precision_targets": {"negative": args.neg_precision, "positive": args.pos_precision},
        "C": c,
        "terms": len(vocabulary),
        "train_targets": int(len(y_train)),
        "figures": figures,
        "scikit_learn": sklearn.__version__,
        "data": "NewsMTSC (Hamborg and Donnay 2021), fhamborg/NewsMTSC b9d9b79, MIT",
    }
    (args.out / "metadata.json").write_text(json.dumps(metadata, indent=1) + "\n")
    # the exported arrays must reproduce scikit-learn's probabilities
    model = TargetSentiment.load(args.out)
    _, _, raw = dev["devtest_mt"]
    for span, row in zip(raw[:200], probs[:200], strict=True):
        sentence = span.doc.text
        got = model.probabilities(sentence, span.start_char, span.end_char, span)
        assert abs(got["negative"] - row[0]) < 1e-3, (sentence, got, row)
    print(f"wrote {args.out} ({len(vocabulary)} terms, {time.time() - t0:.0f}s)", file=sys.stderr)


if __name__ == "__main__":
    main()
