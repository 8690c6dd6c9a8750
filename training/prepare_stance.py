"""Write the stance splits as spaCy DocBins (train, dev = valid.txt, heldout) for `spacy train`.

Each sentence is turned into the marked text of `polkg.stance.inputs.mark_pair`, the text the
model sees at inference too. With --swap, every training pair is added a second time with the
entity roles exchanged (label 1<->2, 3<->4): the reverse-direction classes are rare in the data,
and the swap is a label-preserving way to teach the model that the markers, not word order,
decide the direction.

Usage: python training/prepare_stance.py OUT_DIR [--swap]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402
from stance_data import HELDOUT_FRACTION, SEED, load_splits  # noqa: E402

from polkg.stance.inputs import LABELS, PairExample, mark_pair  # noqa: E402

SWAPPED_LABEL = {0: 0, 1: 2, 2: 1, 3: 4, 4: 3}


def swapped(example: PairExample) -> PairExample:
    """The same sentence with entity 1 and entity 2 exchanged, and the label to match."""
    return PairExample(example.text, example.e2, example.e1, SWAPPED_LABEL[int(example.label or 0)])


def write(examples: list[PairExample], path: Path) -> Counter[int]:
    nlp = spacy.blank("en")
    docbin = DocBin(store_user_data=False)
    counts: Counter[int] = Counter()
    for example in examples:
        doc = nlp.make_doc(mark_pair(example.text, example.e1, example.e2))
        label = int(example.label or 0)
        doc.cats = {name: float(i == label) for i, name in enumerate(LABELS)}
        docbin.add(doc)
        counts[label] += 1
    docbin.to_disk(path)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--swap", action="store_true", help="add role-swapped training pairs")
    parser.add_argument(
        "--repeat-reverse",
        type=int,
        default=1,
        help="repeat the rare reverse-direction pairs (labels 2, 4) this many times",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    train, heldout, valid = load_splits()
    train_set = train + [swapped(ex) for ex in train] if args.swap else list(train)
    train_set += [ex for ex in train if ex.label in (2, 4)] * (args.repeat_reverse - 1)
    summary = {
        "seed": SEED,
        "heldout_fraction": HELDOUT_FRACTION,
        "swap_augmentation": args.swap,
        "repeat_reverse": args.repeat_reverse,
        "train": dict(sorted(write(train_set, args.out / "train.spacy").items())),
        "dev": dict(sorted(write(valid, args.out / "dev.spacy").items())),
        "heldout": dict(sorted(write(heldout, args.out / "heldout.spacy").items())),
    }
    (args.out / "splits.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print("stance splits:", json.dumps(summary))


if __name__ == "__main__":
    main()
