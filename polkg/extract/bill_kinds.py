"""Which named laws a generic bill noun can refer back to: bills, not constitutions.

``generic_references.generic_referent`` reads "the bill" as the one bill a document names. A
press release often names other laws in passing ("a direct assault on California's
Proposition 65", "protected by the First Amendment", "the Constitution"), and then "This
legislation recklessly endangers the health of Americans" referred to nothing. A bill noun
("bill", "legislation", "measure") never means a constitution, one of its amendments, a treaty,
a convention or a ballot proposition, so those are left out of the candidates it chooses
from (``patterns/bill_kinds.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.introduced_bills import introduced_bill
from polkg.extract.lexicon import named_policy, word_sets, words
from polkg.extract.nearest_sentences import window_start
from polkg.model import EntityRecord

_KINDS = word_sets("bill_kinds")
BILL_NOUNS = _KINDS["bill_nouns"]
OTHER_LAW_WORDS = _KINDS["other_law_words"]
ORDINALS = _KINDS["constitutional_ordinals"]
BILL_HEADS = _KINDS["bill_heads"]
NEAR_SENTENCES = int(words("bill_kinds")["near_sentences"])
ANAPHORIC = _KINDS["anaphoric_determiners"]
AGREEMENT_WORDS = _KINDS["agreement_words"]
# a named "Plan", "Program", "resolution" is what "the plan", "the program", "the resolution"
# means, never "the bill"; and "the resolution" never means a named Act
MEASURE_KINDS: dict[str, list[str]] = words("bill_kinds")["measure_kinds"]
KIND_ONLY_NOUNS = _KINDS["kind_only_nouns"]
# "this amendment" among several named laws means the one named amendment
OWN_KIND_NOUNS: dict[str, list[str]] = words("bill_kinds")["own_kind_nouns"]


def bill_candidates(
    tok: Token, named: list[EntityRecord], entity_of: Callable[[Token], EntityRecord | None]
) -> list[EntityRecord]:
    """The laws of ``named`` that the bill noun ``tok`` can mean (all of them for another
    noun: "the law" may be any), one record for each bill named in several forms, and of
    several the one the text introduces (`introduced_bills`); a text naming one law keeps it.
    No generic noun means a named agreement between states (`agreement_words`), nor a measure
    of another kind (`kind_fits`)."""
    named = [
        rec for rec in named if not _agreement(rec) and not _policy(rec) and kind_fits(tok, rec)
    ]
    named = _own_kind(tok, named) or named
    if len(named) < 2:
        return named
    if tok.lemma_.lower() in BILL_NOUNS:
        named = [rec for rec in named if not _other_law(rec)]
    merged = same_bills(named)
    if len(merged) < len(named) and not _named_near(tok, named, entity_of):
        merged = named  # "an amendment that would expand treatment ... This legislation"
    # of several, the one the text introduces ("my legislation" beside the law it amends)
    own = introduced_bill(tok, merged, entity_of) if len(merged) > 1 else None
    if own is not None:
        return [own]
    if len(merged) > 1 and any(c.dep_ == "det" and c.lower_ in ANAPHORIC for c in tok.children):
        # "the bill" refers back: "approved the Magnuson-Stevens ... Reauthorization Act. The
        # bill was introduced by ..." is that Act, not the two laws the text names after it
        before = _named_before(tok, merged, entity_of)
        if before:
            return before
    return merged


def kind_fits(tok: Token, rec: EntityRecord) -> bool:
    """Whether the generic noun ``tok`` can mean the named law ``rec`` by their kinds: a measure
    named with a head of its own kind ("the Baghdad Security Plan", "the Warner resolution")
    only by a noun of that kind ("the plan", "the resolution"), and a kind-only noun ("the
    resolution", "the program") only such a measure (`measure_kinds`, `kind_only_nouns`)."""
    noun = tok.lemma_.lower()
    last = rec.name.split()[-1].lower() if rec.name else ""
    if last in MEASURE_KINDS:
        return noun in MEASURE_KINDS[last]
    return noun not in KIND_ONLY_NOUNS


def _own_kind(tok: Token, named: list[EntityRecord]) -> list[EntityRecord]:
    """The laws of ``named`` of the generic noun's own kind (`own_kind_nouns`): "this
    amendment" in a speech naming the Levin-Reed Amendment and the Defense Authorization Act
    is the amendment, never the Act it amends, nor a constitution's amendment ("the 25th
    Amendment"). Empty for another noun, or when the text names none of its kind."""
    marks = OWN_KIND_NOUNS.get(tok.lemma_.lower())
    if not marks:
        return []
    return [
        rec
        for rec in named
        if rec.name.split()[-1].lower() in marks
        and not _other_law(rec)
        and not re.match(r"^\d+(?:st|nd|rd|th)$", rec.name.split()[0].lower())
    ]


def _named_before(
    tok: Token, named: list[EntityRecord], entity_of: Callable[[Token], EntityRecord | None]
) -> list[EntityRecord]:
    """The laws of ``named`` the text mentions before ``tok``, in the order first mentioned."""
    ids = {id(rec) for rec in named}
    seen: dict[int, EntityRecord] = {}
    for t in tok.doc[: tok.i]:
        rec = entity_of(t)
        if rec is not None and id(rec) in ids:
            seen.setdefault(id(rec), rec)
    return list(seen.values())


def _named_near(
    tok: Token, named: list[EntityRecord], entity_of: Callable[[Token], EntityRecord | None]
) -> bool:
    """Whether one of ``named`` is mentioned in ``tok``'s sentence or the ``NEAR_SENTENCES``
    before it: a bill named in several forms is what a generic noun near it refers back to,
    not one named paragraphs earlier as the vehicle of an unnamed amendment."""
    doc = tok.doc
    start = window_start(tok, NEAR_SENTENCES).start
    return any(entity_of(t) in named for t in doc[start : tok.i])


def same_bills(named: list[EntityRecord]) -> list[EntityRecord]:
    """``named`` with the short forms of a bill left out when the text defined them: the "JOBS
    Act" or "JOBS bill" of "the Jumpstart Our Business Strength (JOBS) Act", and a spelling
    of a name with other spaces around its hyphen ("the Magnuson -Stevens Act")."""
    kept: list[EntityRecord] = []
    for rec in sorted(named, key=lambda r: -len(r.name)):
        if not any(_short_form(rec, other) or _spelling(rec) == _spelling(other) for other in kept):
            kept.append(rec)
    return [rec for rec in named if rec in kept]


def _spelling(rec: EntityRecord) -> str:
    """The name with no spaces around hyphens and no leading "the"."""
    text = re.sub(r"\s*-\s*", "-", rec.name.lower()).strip()
    return re.sub(r"^the ", "", text)


def _short_form(short: EntityRecord, full: EntityRecord) -> bool:
    """Whether ``short`` ("JOBS Act", "FIRE bill") is the acronym that ``full`` defines in
    parentheses ("Jumpstart Our Business Strength (JOBS) Act")."""
    words = short.name.split()
    if not words or len(words) > 2 or not words[0].isupper():
        return False
    if len(words) == 2 and words[1].lower() not in BILL_HEADS:
        return False
    defined = re.findall(r"\(([A-Z][A-Z-]+)\)", " ".join((full.name, *full.aliases)))
    return words[0] in defined


def _agreement(rec: EntityRecord) -> bool:
    """A trade deal, treaty or partnership between states ("NAFTA", "the Iran deal")."""
    return any(
        {w.strip(".,'’()").lower() for w in name.split()} & AGREEMENT_WORDS
        for name in (rec.name, *rec.aliases)
    )


def _policy(rec: EntityRecord) -> bool:
    """A named policy or slogan, no bill ("the War on Drugs", "a public option")."""
    return any(named_policy(name) for name in (rec.name, *rec.aliases))


def _other_law(rec: EntityRecord) -> bool:
    """A constitution, treaty, convention, proposition or constitutional amendment."""
    for name in (rec.name, *rec.aliases):
        words = [w.strip(".,'’()").lower() for w in name.split()]
        if set(words) & OTHER_LAW_WORDS:
            return True
        if len(words) >= 2 and words[-1] == "amendment" and words[-2] in ORDINALS:
            return True
    return False
