"""The TF-IDF + logistic-regression baseline, scored on the same splits as the spaCy model.

Usage: python training/baseline_stance.py [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from stance_data import load_training, scores  # noqa: E402

from polkg.extract.stance.inputs import mark_pair  # noqa: E402


def run() -> dict[str, dict[str, float]]:
    """Fit on train.txt (with the same entity markers the model sees) and score."""
    train, valid_unseen, valid = load_training()

    def texts(examples):  # type: ignore[no-untyped-def]
        return [mark_pair(ex.text, ex.e1, ex.e2) for ex in examples]

    pipe = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True),
        LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced"),
    )
    pipe.fit(texts(train), [ex.label for ex in train])
    result = {}
    for name, examples in (("valid_unseen", valid_unseen), ("valid", valid)):
        pred = [int(p) for p in pipe.predict(texts(examples))]
        result[name] = scores([int(ex.label or 0) for ex in examples], pred)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    result = run()
    print("baseline tfidf+logreg:", json.dumps(result))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
