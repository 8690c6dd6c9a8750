#!/bin/sh
# `make train-stance`: prepare splits, baseline, spaCy training, threshold choice, install.
# Seeded and CPU-only; niced and single-threaded because the machine is shared.
set -eu
PY=${PY:-.venv/bin/python}
BUILD=${BUILD:-training/build/stance}
OUT=${OUT:-polkg/stance/trained}
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1}
mkdir -p "$BUILD"
nice -n 10 "$PY" training/prepare_stance.py "$BUILD/data" --repeat-reverse 3
nice -n 10 "$PY" training/baseline_stance.py --out "$BUILD/baseline.json"
nice -n 10 "$PY" -m spacy train training/stance.cfg --output "$BUILD/spacy" \
    --paths.train "$BUILD/data/train.spacy" --paths.dev "$BUILD/data/dev.spacy"
nice -n 10 "$PY" training/export_stance.py "$BUILD/spacy/model-best" "$OUT" \
    --baseline "$BUILD/baseline.json"
