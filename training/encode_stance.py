"""Pooled MiniLM vectors of the stance training pairs, cached on disk (out/stance-encoder/).

The encoder is frozen, so its vectors are computed once per sentence and reused by every fit
(``training/train_stance.py --encoder-cache``). One file per split: ``<name>.npy`` (float32,
one row per pair in the split's order) and ``<name>.keys`` (a hash of each pair, so a stale cache
is noticed). Single-threaded and chunked (progress on stderr); a rerun reuses what is there.

Usage: python training/encode_stance.py [--cache out/stance-encoder] [--gold-pairs FILE.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

import numpy as np  # noqa: E402
from stance_data import load_training  # noqa: E402
from stance_encoder import PairEncoder, PairText  # noqa: E402

CHUNK = 512


def pair_key(pair: PairText) -> str:
    text, e1, e2 = pair
    return hashlib.sha1(f"{text}\t{e1[0]},{e1[1]}\t{e2[0]},{e2[1]}".encode()).hexdigest()[:16]


def cached(cache: Path, name: str, pairs: list[PairText]) -> np.ndarray | None:
    vec, keys = cache / f"{name}.npy", cache / f"{name}.keys"
    if vec.is_file() and keys.is_file():
        if keys.read_text().split() == [pair_key(p) for p in pairs]:
            return np.load(vec)
    return None


def encode(cache: Path, name: str, pairs: list[PairText], encoder: PairEncoder) -> np.ndarray:
    found = cached(cache, name, pairs)
    if found is not None:
        return found
    cache.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    parts = []
    for start in range(0, len(pairs), CHUNK):
        part_file = cache / f"{name}.part{start // CHUNK:04d}.npy"
        chunk = pairs[start : start + CHUNK]
        if part_file.is_file():
            parts.append(np.load(part_file))
            continue
        parts.append(encoder.features(chunk))
        np.save(part_file, parts[-1])
        done = start + len(chunk)
        rate = done / (time.perf_counter() - started)
        print(f"{name}: {done}/{len(pairs)} pairs ({rate:.1f}/s)", file=sys.stderr, flush=True)
    out = np.concatenate(parts) if parts else np.zeros((0, encoder.width), dtype=np.float32)
    np.save(cache / f"{name}.npy", out)
    (cache / f"{name}.keys").write_text("\n".join(pair_key(p) for p in pairs) + "\n")
    for part_file in cache.glob(f"{name}.part*.npy"):
        part_file.unlink()
    return out


def dataset_pairs(examples) -> list[PairText]:
    return [(ex.text, ex.e1, ex.e2) for ex in examples]


def gold_pair_texts(rows: list[dict]) -> list[PairText]:
    return [(r["text"], tuple(r["e1"]), tuple(r["e2"])) for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=ROOT / "out" / "stance-encoder")
    parser.add_argument("--gold-pairs", type=Path)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--only", action="append", help="splits to encode (default all)")
    args = parser.parse_args()
    encoder = PairEncoder.load(args.threads)
    train, valid_unseen, valid = load_training()
    splits = {
        "valid_unseen": dataset_pairs(valid_unseen),
        "train": dataset_pairs(train),
        "valid": dataset_pairs(valid),
    }
    if args.gold_pairs:
        rows = json.loads(args.gold_pairs.read_text(encoding="utf-8"))
        splits["gold_pairs"] = gold_pair_texts(rows)
    for name, pairs in splits.items():
        if args.only and name not in args.only:
            continue
        vectors = encode(args.cache, name, pairs, encoder)
        print(f"{name}: {vectors.shape}", file=sys.stderr)


if __name__ == "__main__":
    main()
