"""Regenerate docs/viewer.png: the seed graph in the offline viewer, Sessions -> Trump selected.

    make screenshot              # the seed article through the real pipeline (see Makefile)
    .venv/bin/python docs/screenshot.py --html out/demo-viewer.html    # any viewer file
    .venv/bin/python docs/screenshot.py  # the hand-built seed graph of tests/viewer_sample.py

Uses Debian's headless Chromium (/usr/bin/chromium) with the network blocked, like the tests.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from viewer_sample import chromium_path, offline_page, seed_graph  # noqa: E402

from polkg.exports.html import write_html  # noqa: E402

EDGE = "jeff-sessions:criticizes:donald-trump"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, help="viewer file to shoot (default: the seed graph)")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "viewer.png")
    parser.add_argument("--edge", default=EDGE, help="edge id to select (subject:relation:object)")
    args = parser.parse_args()
    if chromium_path() is None:
        print("error: no chromium binary (apt-get install chromium)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        html = args.html
        if html is None:
            html = Path(tmp) / "seed.html"
            write_html(seed_graph(), html, title="polkg: the seed article")
        with offline_page(Path(tmp), width=1400, height=820) as (page, requests):
            page.goto(html.resolve().as_uri())
            page.wait_for_selector("body[data-ready=true]", timeout=120_000)
            page.evaluate(
                """(id) => {
                  const e = polkg.cy.getElementById(id);
                  if (e.nonempty()) { e.select(); e.emit('tap'); }
                }""",
                args.edge,
            )
            page.wait_for_timeout(500)
            page.screenshot(path=str(args.output))
            if set(requests) != {html.resolve().as_uri()}:
                print(f"error: the viewer made requests: {requests}", file=sys.stderr)
                return 1
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
