"""The garbage collector's pace in the processes polkg starts itself (the command, pool workers).

Extraction makes millions of short-lived container objects (tokens, spans, match tuples) and
hardly any reference cycles, so CPython's default, a young-generation collection every 700 net
allocations, runs hundreds of collections that find next to nothing: 0.3 s of CPU in a
40-article ``polkg ingest`` on a loaded machine, 0.17 s with one every 10,000. Only the young
generation's threshold changes (the older ones keep their ratios), and only in processes polkg
owns: importing polkg as a library leaves the interpreter's settings alone.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000


def collect_less_often() -> None:
    """Collect the young generation every ``YOUNG_THRESHOLD`` net allocations (if fewer)."""
    young, middle, old = gc.get_threshold()
    if young and young < YOUNG_THRESHOLD:  # 0: collection is off, which stays so
        gc.set_threshold(YOUNG_THRESHOLD, middle, old)
