"""Laws already in force at a document's date, which its bill nouns never mean.

A text often cites a law in passing while it reports a new bill: "it filed Freedom of
Information Act requests ... A bill introduced Thursday by Rep. Katherine Clark would require
...", or a press secretary's "the Obamacare disaster" beside "Rep. Jamie Raskin sponsored
legislation in April that would set up an independent commission". Read as the one bill the
text names, "a bill introduced Thursday" became the Freedom of Information Act. A bill noun
("bill", "legislation", "measure": ``bill_kinds.json`` `bill_nouns`) is a bill still before a
legislature, so a law enacted in an earlier year than the document's is no referent of it: a
law listed with the year it was enacted (``patterns/laws_in_force.json``), or one whose name
carries a year ("the Foreign Sovereign Immunities Act of 1976", "the Terrorism Act 2000", "the
1996 Telecommunications Act") more than `title_year_pending_years` before the document's (a
title's year is the year its bill was written: Feinstein219's National Uniformity for Food Act
of 2005 was still a bill in 2006).

Not in a sentence that tells the law's own passage, by a year up to the law's or a time ago
("a co-sponsor of the original bill in 1991", "Obama, with his much-derided legislation seven
years ago"); not in an undated document (most BBC articles). "The law" may mean any law and is
left alone. Only the law is left out: where it was the one candidate, no other named law is
chosen instead (``generic_references``): of "DREAM Act" and "DACA", "Reid later referred to his
bill as a travesty" is neither, and stays the bill the text told before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from polkg.extract.lexicon import word_sets, words
from polkg.model import EntityRecord

_ENACTED: dict[str, int] = {k.lower(): int(v) for k, v in words("laws_in_force")["enacted"].items()}
_YEAR = r"(1[6-9]\d\d|20\d\d)"
_NAMED_YEARS = (
    re.compile(rf"\bof {_YEAR}$"),  # "the Energy Policy Act of 2005"
    re.compile(rf"^{_YEAR} "),  # "the 1996 Telecommunications Act"
    re.compile(rf"\b(?:act|bill) {_YEAR}$"),  # "the Terrorism Act 2000"
)
_SENTENCE_YEAR = re.compile(rf"^{_YEAR}$")
_PAST_WORDS = frozenset(w.lower() for w in words("laws_in_force")["past_words"])
# a title's year is the year a bill was written: it may still be pending the next year
_TITLE_YEAR_PENDING = int(words("laws_in_force")["title_year_pending_years"])
_TITLE_YEAR_PREPOSITIONS = word_sets("bill_kinds")["title_year_prepositions"]


def _key(name: str) -> str:
    text = " ".join(name.replace("\u2019", "'").lower().split())
    text = re.sub(r"^the ", "", text)
    return re.sub(r"'s?$", "", text)


def enacted(rec: EntityRecord) -> int | None:
    """The year the law ``rec`` was enacted by the list; None: not listed."""
    years = [_ENACTED[_key(name)] for name in (rec.name, *rec.aliases) if _key(name) in _ENACTED]
    return min(years) if years else None


def title_year(rec: EntityRecord) -> int | None:
    """The year the name of ``rec`` carries ("... Act of 2005", "the 1996 ... Act")."""
    years: list[int] = []
    for name in (rec.name, *rec.aliases):
        for pattern in _NAMED_YEARS:
            found = pattern.search(_key(name))
            if found:
                years.append(int(found.group(1)))
    return min(years) if years else None


def laws_in_force(
    doc: Doc, mentions: list[tuple[int, int, EntityRecord]], day: str | None
) -> dict[str, int]:
    """Name -> year enacted, for the Legislation entities of ``mentions`` enacted in a year
    before the document's ``day`` (an ISO date; none for an undated document). A title's year
    may stand after a mention ("the Energy Policy Act of 2005", "the Terrorism Act 2000"),
    where ``title_years`` puts it into the name only once every relation is found."""
    if not day or not re.match(r"^\d{4}", day):
        return {}
    year = int(day[:4])
    found: dict[str, int] = {}
    for _start, end, rec in mentions:
        if rec.type != "Legislation":
            continue
        listed = enacted(rec)
        if listed is not None and listed < year:
            found[rec.name] = listed
            continue
        after = year_after(doc, end)
        titled = [y for y in (title_year(rec), after[1] if after else None) if y is not None]
        if titled and min(titled) + _TITLE_YEAR_PENDING < year:
            found[rec.name] = min(titled + ([found[rec.name]] if rec.name in found else []))
    return found


def year_after(doc: Doc, end: int, bare: bool = True, since: int = 1600) -> tuple[str, int] | None:
    """The year written right after a law's mention ending at ``end`` and the word before it:
    ("of", 2005) for "of 2005" (``bill_kinds.json`` `title_year_prepositions`), ("", 2000) for
    a bare "2000" when ``bare``; never a year a number follows, nor one before ``since``. The
    one reading of a title's year for ``title_years`` (which names the act with it) and
    ``laws_in_force``."""
    joined = end < len(doc) and doc[end].lower_ in _TITLE_YEAR_PREPOSITIONS
    if not joined and not bare:
        return None
    at = end + 1 if joined else end
    if at < len(doc) and _SENTENCE_YEAR.match(doc[at].text) and int(doc[at].text) >= since:
        if at + 1 >= len(doc) or not doc[at + 1].like_num:
            return (doc[end].lower_ if joined else "", int(doc[at].text))
    return None


def tells_passage(tok: Token, law_year: int) -> bool:
    """Whether ``tok``'s sentence tells the law's own passage, when it was still a bill: a
    year up to ``law_year`` ("co-sponsor of the original bill in 1991") or a time ago ("with
    his much-derided legislation seven years ago", `past_words`)."""
    for t in tok.sent:
        if t.like_num and _SENTENCE_YEAR.match(t.text) and int(t.text) <= law_year:
            return True
        if t.lower_ in _PAST_WORDS and t.i > tok.sent.start and t.nbor(-1).lemma_ == "year":
            return True
    return False
