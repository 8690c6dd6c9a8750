"""Party and state of a US legislator the text names, from the congress-legislators gazetteer.

A description refers back to a legislator by party and state ("The Kentucky Republican said
...") in texts that never write "(R-Ky.)" after the name. ``patterns/legislators.json`` (built by
``scripts/build_legislators.py`` from the gazetteer, CC0) lists each legislator's runs of terms;
``affiliation`` answers only when every legislator of that name agrees at the document's date,
so a namesake never lends his party to someone else.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

from polkg.extract.lexicon import given_forms, us_state, words

_NEAR_YEARS = 6  # a former member is still described by party and state this long after


@functools.cache
def _people() -> dict[str, list[list[list[str]]]]:
    people: dict[str, list[list[list[str]]]] = words("legislators")["people"]
    return people


def fold_name(text: str) -> str:
    """The key form of a name in ``legislators.json``: lower-case ASCII letters, hyphens as
    spaces ("Ocasio-Cortez" -> "ocasio cortez"); the build script keys the file with it too."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\s+", " ", re.sub(r"[^a-z ]", "", text.lower().replace("-", " "))).strip()


def _run_at(runs: list[list[str]], day: str | None) -> list[str] | None:
    """The run of terms that describes the person at ``day``: the one covering it, else the
    last one begun before it if it ended at most ``_NEAR_YEARS`` before; undated runs (former
    members) count when the day is after their era is unknown, so the last one is taken."""
    if not day:
        return runs[-1]
    year = int(day[:4])
    # a run with an end but no start (a former member's last term that ended when a later
    # executive term began) is dated by its end
    dated = [r for r in runs if r[4]]
    for run in dated:
        if run[3] <= day <= run[4]:
            return run
    before = [r for r in dated if r[3] <= day and year - int(r[4][:4]) <= _NEAR_YEARS]
    if before:
        return before[-1]
    undated = [r for r in runs if not r[4]]
    return undated[-1] if undated and not dated else None


def _runs_at(givens: Iterable[str], surname: str, day: str | None) -> Iterator[list[str]]:
    """The run of terms at ``day`` of every legislator called ``given surname``, once each."""
    last = fold_name(surname)
    people = _people()
    seen: set[int] = set()
    for given in givens:
        for form in given_forms(fold_name(given)):
            for runs in people.get(f"{form} {last}", []):
                if id(runs) in seen:
                    continue
                seen.add(id(runs))
                run = _run_at(runs, day)
                if run is not None:
                    yield run


def affiliation(givens: Iterable[str], surname: str, day: str | None) -> tuple[str, str] | None:
    """(party, state) of the legislator called ``given surname`` at ``day`` ("Republican Party",
    "Kentucky"); None when nobody of that name, or namesakes who disagree, or no term near."""
    found = {
        (run[0], state)
        for run in _runs_at(givens, surname, day)
        if run[0] and (state := us_state(run[1]))
    }
    return next(iter(found)) if len(found) == 1 else None


def seat(givens: Iterable[str], surname: str, day: str | None) -> tuple[str, str] | None:
    """(chamber "sen"|"rep", state) of the legislator called ``given surname`` at ``day``, as
    ``affiliation`` answers party and state: "the Vermont senator" in 2016 may be Bernie
    Sanders; None when nobody of that name, or namesakes who disagree, or no term near."""
    found = {
        (run[2], state) for run in _runs_at(givens, surname, day) if (state := us_state(run[1]))
    }
    return next(iter(found)) if len(found) == 1 else None


def ever_member(givens: Iterable[str], surname: str) -> bool:
    """Whether anyone called ``given surname`` ever sat in Congress (any term of the gazetteer)."""
    return next(_runs_at(givens, surname, None), None) is not None


def seat_status(givens: Iterable[str], surname: str, chamber: str, day: str | None) -> str | None:
    """Whether the legislator called ``given surname`` sits in ``chamber`` ("sen" | "rep") at
    ``day``: "current", "former" (every dated run there ended by then: "the former Alabama
    senator" in 2018 is Jeff Sessions), "never" (dated runs, none there); None when nobody of
    that name, undated, a run without dates (the historical list's last term), or namesakes who
    disagree."""
    if not day:
        return None
    last = fold_name(surname)
    found: set[str] = set()
    seen: set[int] = set()
    for given in givens:
        for form in given_forms(fold_name(given)):
            for runs in _people().get(f"{form} {last}", []):
                if id(runs) in seen:
                    continue
                seen.add(id(runs))
                found.add(_status_in(runs, chamber, day[:10]))
    return next(iter(found)) if len(found) == 1 and "" not in found else None


def _status_in(runs: list[list[str]], chamber: str, day: str) -> str:
    """One person's ``seat_status`` ("" when a run there is undated)."""
    there = [r for r in runs if r[2] == chamber]
    if any(not r[4] or (not r[3] and day < r[4]) for r in there):
        return ""  # a run without dates, or one ending after the day whose start is unknown
    if any(r[3] and r[3] <= day < r[4] for r in there):
        return "current"
    if there and all(r[4] <= day for r in there):
        return "former"
    return "never" if not there and all(r[3] and r[4] for r in runs) else ""


def executive_at(title: str, day: str | None) -> tuple[str, str, frozenset[str]] | None:
    """(name, folded surname, given names) of the US President or Vice President (``title``) in
    office at ``day`` (terms since 1945 from the gazetteer); None undated or for other titles."""
    if not day:
        return None
    for term in words("legislators")["executive"].get(title, []):
        if term[-2] <= day[:10] < term[-1]:
            return term[0], term[1], frozenset(term[2:-2])
    return None


@functools.cache
def _office_terms(title: str) -> tuple[tuple[str, ...], ...]:
    """Every dated term of ``title``: the gazetteer's Presidents and Vice Presidents, the
    Phoenix actor dictionary's cabinet officers (``patterns/office_holders.json``) and the
    later federal office holders of ``patterns/office_terms.json``."""
    terms = words("legislators")["executive"].get(title, [])
    terms = terms + words("office_holders")["holders"].get(title, [])
    terms = terms + words("office_terms")["holders"].get(title, [])
    return tuple(tuple(term) for term in terms)


def terms_of(title: str, surname: str) -> list[tuple[str, str]]:
    """The (first day, first day out) of every dated term in ``title`` of a holder of the
    folded ``surname``."""
    return [(term[-2], term[-1]) for term in _office_terms(title) if term[1] == surname]


def dated_offices() -> frozenset[str]:
    """The offices other than President and Vice President with dated terms."""
    return frozenset(words("office_holders")["holders"]) | frozenset(
        words("office_terms")["holders"]
    )


def appointee_at(title: str, day: str | None) -> tuple[str, str, frozenset[str]] | None:
    """(name, folded surname, given names) of the one holder of a federal office other than
    President and Vice President at ``day`` ("Attorney General" in 2018: Jeff Sessions), from
    the dated terms of ``office_holders.json`` and ``office_terms.json``; None undated, in an
    acting holder's days (none listed) or when two listed terms cover the day."""
    if not day or title in words("legislators")["executive"]:
        return None
    current = {term[1:]: term for term in _office_terms(title) if term[-2] <= day[:10] < term[-1]}
    people = {(term[0], term[1]) for term in current.values()}
    if len(people) != 1:
        return None
    term = next(iter(current.values()))
    return term[0], term[1], frozenset(term[2:-2])


def every_holder(title: str) -> list[tuple[str, str, frozenset[str]]]:
    """(name, folded surname, given names) of everyone with a dated term in an office other
    than President and Vice President: who an undated text may mean by "the chancellor"."""
    if title in words("legislators")["executive"]:
        return []
    return [(term[0], term[1], frozenset(term[2:-2])) for term in _office_terms(title)]


def former_holders(title: str, day: str | None) -> list[tuple[str, frozenset[str]]]:
    """(folded surname, given names) of everyone whose term in ``title`` ended by ``day``
    (President, Vice President, and the offices of ``office_holders.json`` and
    ``office_terms.json``: "the former FBI director" in 2018 may be Comey); empty when undated.
    Whoever holds it at ``day`` is no former holder."""
    if not day:
        return []
    terms = _office_terms(title)
    current = {term[1] for term in terms if term[-2] <= day[:10] < term[-1]}
    return [
        (term[1], frozenset(term[2:-2]))
        for term in terms
        if term[-1] <= day[:10] and term[1] not in current
    ]


def nominee_party(givens: Iterable[str], surname: str, day: str | None) -> str | None:
    """The party whose presidential nominee (presumptive or chosen) ``given surname`` was at
    ``day`` (``patterns/presidential_nominees.json``); None undated or when he was none."""
    if not day:
        return None
    last = fold_name(surname)
    forms = {form for given in givens for form in given_forms(fold_name(given))}
    for entry in words("presidential_nominees")["nominees"]:
        if entry[1] == last and forms & set(entry[2:-3]) and entry[-2] <= day[:10] <= entry[-1]:
            return str(entry[-3])
    return None


def ever_nominee_party(givens: Iterable[str], surname: str) -> str | None:
    """The one party whose presidential nominee ``given surname`` ever was
    (``patterns/presidential_nominees.json``): Donald Trump is a Republican in any year."""
    last = fold_name(surname)
    forms = {form for given in givens for form in given_forms(fold_name(given))}
    found = {
        str(entry[-3])
        for entry in words("presidential_nominees")["nominees"]
        if entry[1] == last and forms & set(entry[2:-3])
    }
    return next(iter(found)) if len(found) == 1 else None


def member_by_surname(surname: str, chamber: str, day: str | None) -> tuple[str, str] | None:
    """(given name, party) of the one member of ``chamber`` ("sen" | "rep") called ``surname``
    at ``day`` (a former member's last term counts, as in ``affiliation``): who "Office of Sen.
    Kyl" is when the release never writes his full name ("jon", "Republican Party"). Of one
    person's keys (a nickname and a given name with the same terms) the shortest given name
    ("chuck", not "charles"); None when nobody or several people fit."""
    last = fold_name(surname)
    found: dict[str, list[str]] = {}
    party = ""
    for key, persons in _people().items():
        if not key.endswith(f" {last}"):
            continue
        for runs in persons:
            run = _run_at(runs, day)
            if run is not None and run[2] == chamber:
                found.setdefault(repr(runs), []).append(key[: -len(last) - 1])
                party = run[0]
    if len(found) != 1:
        return None
    (givens,) = found.values()
    return min(givens, key=lambda g: (len(g), g)), party
