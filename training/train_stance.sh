#!/bin/sh
# `make train-stance`: baseline, in-article gold pairs, then the stance classifier (parse, fit,
# C and threshold chosen on valid_unseen.txt, install). Seeded and CPU-only; niced and
# single-threaded because the machine is shared.
set -eu
PY=${PY:-.venv/bin/python}
BUILD=${BUILD:-training/build/stance}
OUT=${OUT:-polkg/extract/stance/trained}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1}
mkdir -p "$BUILD"
nice -n 10 "$PY" training/baseline_stance.py --out "$BUILD/baseline.json"
nice -n 10 "$PY" training/gold_pairs.py "$BUILD/gold_pairs.json"
nice -n 10 "$PY" training/train_stance.py "$OUT" --baseline "$BUILD/baseline.json" \
    --cache "$BUILD/parsed" --gold-pairs "$BUILD/gold_pairs.json"
