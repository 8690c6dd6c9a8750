from __future__ import annotations

from polkg.errors import one_line


def test_one_line_joins_lines_and_caps_length() -> None:
    assert one_line(ValueError("bad\n  query\tat line 3")) == "bad query at line 3"
    long = one_line(ValueError("x" * 1000), limit=50)
    assert len(long) == 50 and long.endswith("...")
    assert one_line(KeyError()) == "KeyError"  # an empty message still says what failed
