"""Coalition recovery on planted signed graphs: adjusted Rand index by camps and sign noise.

The graphs are those of tests/test_graph_signed.py (``tests/signed_sample.planted_coalitions``:
camps of ``--size`` actors, each pair tied with probability ``--density``, endorsing inside a
camp and criticizing or opposing across, then a share of the signs flipped). Prints a Markdown
table of the mean and minimum ARI over ``--seeds`` seeds. Not part of ``make bench``:
``.venv/bin/python bench/coalitions.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from signed_sample import planted_coalitions  # noqa: E402

from polkg.graph.signed import coalitions  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20)
    parser.add_argument("--density", type=float, default=0.5)
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    noises = (0.0, 0.05, 0.10, 0.15, 0.20)
    print(f"ARI mean (min) over {args.seeds} seeds; {args.size} actors per camp, "
          f"density {args.density}\n")  # fmt: skip
    print("| camps | " + " | ".join(f"noise {n:.0%}" for n in noises) + " |")
    print("|---" * (len(noises) + 1) + "|")
    for camps in (2, 3, 4, 5):
        cells = []
        for noise in noises:
            scores = []
            for seed in range(args.seeds):
                g, truth = planted_coalitions(camps, args.size, args.density, noise, seed)
                found = coalitions(g, seed=seed).membership
                nodes = sorted(truth)
                scores.append(
                    adjusted_rand_score([truth[n] for n in nodes], [found[n] for n in nodes])
                )
            cells.append(f"{sum(scores) / len(scores):.3f} ({min(scores):.3f})")
        print(f"| {camps} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
