"""scripts/recall_sample.py: the recall sample leaves out every gold document and is stable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "scripts" / "recall_sample.py"


def _sample(tmp_path: Path, n: int, gold: list[Path]) -> list[str]:
    corpus = tmp_path / "wikinews" / "articles.jsonl"
    if not corpus.exists():
        corpus.parent.mkdir()
        rows = [{"id": f"wn_{i:02d}", "text": f"Article {i} says little."} for i in range(12)]
        corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    args = [sys.executable, str(SCRIPT), "--corpus", "wikinews", "--n", str(n), str(corpus)]
    for path in gold:
        args += ["--gold", str(path)]
    out = subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO)
    return out.stdout.split()


def test_sample_skips_gold_documents_and_a_larger_n_keeps_the_smaller(tmp_path: Path) -> None:
    small = _sample(tmp_path, 3, [])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": small[0], "kind": "empty"}) + "\n", encoding="utf-8")
    without_gold = _sample(tmp_path, 3, [gold])
    assert len(small) == 3 and small[0] not in without_gold
    assert without_gold[:2] == small[1:]
    assert _sample(tmp_path, 5, [])[:3] == small
