"""Publication dates as ISO 8601 days, whatever way the source wrote them.

Corpora write dates every way ("March 3, 2020", "2020-03-03T14:05:00Z", "Tue, 03 Mar 2020
14:05:00 GMT", "3/3/2020"); everything after ingest compares ISO strings, so they are parsed
here, once, by dateutil. Only a full day is kept: "March 2020" or "3 days ago" names no day and
is left out rather than guessed (the caller warns).
"""

from __future__ import annotations

import datetime as dt

from dateutil import parser

# Two different defaults: a field the string does not give takes the default, so it differs.
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` of ``value``, or None when it does not name one day.

    Numeric dates are read month first ("3/4/2020" is March 4), as in US sources; the time and
    time zone are ignored (the day as written)."""
    text = value.strip()
    if _iso_prefix(text):
        try:
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None  # "2020-02-30": a day that does not exist
    try:
        first, second = (parser.parse(text, default=d, ignoretz=True) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # a year, month or day missing
    return first.date().isoformat()


def _iso_prefix(text: str) -> bool:
    """True for "2020-03-03" alone or followed by a time ("T14:05", " 14:05:00+00:00")."""
    return len(text) >= 10 and (len(text) == 10 or text[10] in "T ") and text[4] == text[7] == "-"
