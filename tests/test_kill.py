"""SIGKILL in the middle of `polkg ingest`: the store stays valid and a rerun completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg.cli import main
from polkg.pipeline import ingest_paths
from polkg.store import Store

pytestmark = pytest.mark.slow  # worker processes (make test-fast skips it)

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT / "examples" / "wikinews" / "articles.jsonl"


def _ingest(corpus: Path, store: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, POLKG_BATCH_SIZE="2")  # a save every two documents
    return subprocess.Popen(
        [sys.executable, "-m", "polkg.cli", "ingest", str(corpus), "--store", str(store)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def test_kill_ingest_after_first_batch_then_rerun_completes_it(tmp_path):
    corpus = tmp_path / "eight.jsonl"
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()[:8]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store_path = tmp_path / "store"

    proc = _ingest(corpus, store_path)
    deadline = time.monotonic() + 600
    while not (store_path / "live").is_symlink():  # the first batch has been saved
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "no batch was saved"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    store = Store(store_path)
    stored = store.documents()
    store.close()
    assert 2 <= len(stored) < 8  # killed mid-run: whole batches only
    assert len(stored) % 2 == 0
    check = CliRunner().invoke(main, ["validate", "--store", str(store_path)])
    assert check.exit_code == 0, check.output

    rerun = _ingest(corpus, store_path)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert f"({len(stored)} already stored)" in err.decode()

    ingest_paths([str(corpus)], tmp_path / "uninterrupted")
    resumed = sorted(map(str, Store(store_path).quads()))
    assert resumed == sorted(map(str, Store(tmp_path / "uninterrupted").quads()))
    assert len(Store(store_path).documents()) == 8
