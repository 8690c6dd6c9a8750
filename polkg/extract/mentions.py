"""Mentions: where a document names a person (full names from NER, titles and link cards).

Finds the token spans that are personal names, each on its own (``name_trims.py`` then reads
them against each other and cuts off headline and caption words), and says whether a single
capitalised word may be a name at all. Also the per-document state every later entity component
shares (``DocState``): the spans, the NER entities, the token owners.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from polkg.extract.countries import parties_out_of_context
from polkg.extract.headed_names import HeadedName, headed_names, spans_inside_headed_names
from polkg.extract.inner_names import spans_inside_longer_names
from polkg.extract.known_names import is_known_surname
from polkg.extract.lexicon import given_genders, word_sets, words
from polkg.extract.nlp import SPANS_KEY
from polkg.extract.peers import peer_name_spans
from polkg.extract.token_columns import token_columns
from polkg.model import Document, OfficeHeld

APOSTROPHE_S = {"'s", "’s", "'", "’"}
# a description or title in these positions describes (a modifier, an apposition, a predicate),
# so it refers to nobody: every description resolver skips it
NOT_REFERRING_DEPS = frozenset({"amod", "compound", "appos", "npadvmod", "attr", "acomp", "oprd"})
# a description restricted by what follows introduces someone new ("the top Democrat on the
# panel", "the candidate who ..."): every description resolver leaves it open
RESTRICTING_DEPS = frozenset({"prep", "appos", "acl", "relcl"})
# "BlackWomen", "PoorDonald", "HillarysHealth": hashtags, not names ("McCain", "DeSantis",
# "LeBron", "MacArthur" keep their inner capital after a name prefix)
_HASHTAG_WORD = re.compile(
    r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]{4,})+"
)
_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "and",
    "or",
    "by",
    "as",
    "with",
}
_OPEN_QUOTES = {"“", "‘‘"}
_CLOSE_QUOTES = {"”", "’’"}
# the tokens that may open or close a quotation (``_quote_mask``)
_QUOTE_MASK_MARKS = frozenset({*_OPEN_QUOTES, *_CLOSE_QUOTES, "``", "''", '"'})
# "Lt.", "Gov.": abbreviated titles, never the last word of a name (mentions._title_cut)
_TITLE_ABBREVIATIONS = word_sets("sentence_abbreviations")["before_names"]


def entity_words() -> dict[str, Any]:
    """``entities_words.json``: pronouns, status markers, role words, definite references."""
    data: dict[str, Any] = words("entities_words")
    return data


_DATELINE_DASHES = word_sets("entities_words")["dateline_dashes"]
# an indefinite article makes a name a type ("a Frankenstein", "another Nixon"), no person
INDEFINITE = word_sets("entities_words")["indefinite_determiners"]


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether a name candidate is a dateline opening its sentence: words in capitals, maybe a
    state or country after a comma, then a dash ("VESTAVIA HILLS, Alabama — Judge Roy Moore
    ..."): the place a story was filed from, no person ("him" later in the sentence is Moore)."""
    if not doc[start].is_sent_start or not all(
        t.text.isupper() for t in doc[start:end] if t.is_alpha
    ):
        return False
    k = end
    if k < len(doc) and doc[k].text == ",":
        k += 1
        while k < min(len(doc), end + 5) and doc[k].text[:1].isupper():
            k += 1  # "Alabama", "Fla."
    return k < len(doc) and doc[k].text in _DATELINE_DASHES


def _title_cut(doc: Doc, end: int) -> bool:
    """Whether a name candidate ends in a title abbreviation the tokenizer cut from its full
    stop ("Virginia Lt" "." "Gov."): the name follows the title, it does not end in it."""
    last = doc[end - 1]
    return (
        end < len(doc)
        and doc[end].text == "."
        and not last.whitespace_
        and last.lower_ + "." in _TITLE_ABBREVIATIONS
    )


def _photo_credit(doc: Doc, start: int, end: int, separators: list[str]) -> bool:
    """Whether a full name is glued to a credit separator and a capitalised outlet ("Patrik
    Jonsson/The Christian Science Monitor"): a photo credit run into a caption. A lone
    surname so glued is a pairing ("votes on Clinton/Sanders policies", "the Reagan/Thatcher
    counterrevolutions"), not a credit."""
    return (
        end - start >= 2
        and end + 1 < len(doc)
        and doc[end].text in separators
        and not doc[end - 1].whitespace_
        and doc[end + 1].text[:1].isupper()
    )


def is_name_token(tok: Token) -> bool:
    """A token that can be part of a personal name: capitalised word, initial, particle."""
    text = tok.text
    if not text or not text[0].isalpha():
        return False
    low = text.lower()
    if low in entity_words()["name_particles"]:
        return True
    if not text[0].isupper():
        return False
    if any(ch.isdigit() for ch in text) or _HASHTAG_WORD.fullmatch(text):
        return False
    if len(low) > 5 and low.endswith("ism"):
        return False  # "Trumpism"
    if tok.i > 0 and tok.nbor(-1).text in ("#", "@") and not tok.nbor(-1).whitespace_:
        return False  # "#PoorDonald", "@DavidShuster"
    return low not in entity_words()["name_stopwords"]


def strip_suffix(tokens: list[str]) -> list[str]:
    while len(tokens) > 1 and tokens[-1].lower().rstrip(",") in entity_words()["name_suffixes"]:
        tokens = tokens[:-1]
    return tokens


def _quote_mask(doc: Doc) -> list[bool]:
    """True for tokens inside quotation marks; quotes do not run across paragraph breaks.

    Only quotation marks and line-break tokens change the state; the tokens between two of
    them take the state as it stands, a slice at a time (no Python step per word)."""
    inside = False
    n = len(doc)
    mask = [False] * n
    columns = token_columns(doc)  # (read without a Token per token)
    texts, whitespace, is_space, is_punct = (
        columns.text,
        columns.whitespace,
        columns.is_space,
        columns.is_punct,
    )
    marks = _QUOTE_MASK_MARKS
    stops = [
        i
        for i, text in enumerate(texts)
        if text in marks or "\n" in text or "\n\n" in whitespace[i]
    ]
    done = 0  # tokens before ``done`` have their value
    for i in stops:
        if inside and done < i:
            mask[done:i] = [True] * (i - done)
        done = i + 1
        text = texts[i]
        if "\n\n" in whitespace[i] or (is_space[i] and "\n" in text):
            mask[i] = inside
            inside = False
            continue
        if text in _OPEN_QUOTES or text == "``":
            inside = True
        elif text in _CLOSE_QUOTES or text == "''":
            mask[i] = inside
            inside = False
            continue
        elif text == '"':
            # straight quote: opening when nothing but space/punct precedes it
            opening = i == 0 or bool(whitespace[i - 1]) or is_punct[i - 1]
            if inside and not (opening and not whitespace[i]):
                mask[i] = True
                inside = False
                continue
            inside = True
        mask[i] = inside
    if inside and done < n:
        mask[done:n] = [True] * (n - done)
    return mask


@dataclass
class PersonCluster:
    """A person cluster while the document is processed."""

    surname: str  # as written, e.g. "Sessions"
    givens: set[str] = field(default_factory=set)  # lowercase given names and nicknames
    middles: set[str] = field(default_factory=set)  # normalised middle names/initials seen
    names: list[str] = field(default_factory=list)  # personal-name forms seen in the text
    card_names: list[str] = field(default_factory=list)  # link-card full names
    card_short: str | None = None  # "Donald Trump" built from the card
    aliases: list[str] = field(default_factory=list)
    offices: list[OfficeHeld] = field(default_factory=list)
    party: str | None = None
    state: str | None = None  # US state from a party tag "(R-Wis.)" or "California Rep."
    first_token: int = 1 << 30
    suffix: str = ""  # "jr." keeps Donald Trump Jr. apart from Donald Trump
    genders: set[str] = field(default_factory=set)  # "male"/"female" evidence; 2 = unknown

    @property
    def gender(self) -> str | None:
        return next(iter(self.genders)) if len(self.genders) == 1 else None


@dataclass
class OtherCluster:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    first_token: int = 1 << 30


class OwnerKind(IntEnum):
    """What a token belongs to (ordered as the mentions are sorted on ties)."""

    OTHER = 0  # a non-person entity
    PERSON = 1  # a person cluster
    NOT_A_NAME = 2  # capitalised words that are nobody ("Is Trump Kinbote ...?")


class Owner(NamedTuple):
    """The entity a token or mention belongs to: a person cluster (its index in the document's
    persons) or another entity (its ``(type, lower-case name)`` key).

    A named tuple, not a dataclass: the entity layer hashes and compares tens of thousands of
    owners per 40 articles, and a tuple's hash, equality and order are computed in C (the same
    values and order a frozen, ordered dataclass of these fields gives, by Python calls)."""

    kind: OwnerKind
    person: int = -1
    other: tuple[str, str] = ("", "")

    @classmethod
    def of_person(cls, k: int) -> Owner:
        return cls(OwnerKind.PERSON, person=k)

    @classmethod
    def of_other(cls, key: tuple[str, str]) -> Owner:
        return cls(OwnerKind.OTHER, other=key)

    @property
    def is_person(self) -> bool:
        return self.kind is OwnerKind.PERSON

    @property
    def is_other(self) -> bool:
        return self.kind is OwnerKind.OTHER


NOT_A_NAME = Owner(OwnerKind.NOT_A_NAME)


@dataclass(eq=False)
class DocState:
    """One document's spans, entities and token owners: the one state every entity component
    reads and extends (discovery fills it, the resolvers after it read and add to it).

    Built from the parsed ``doc`` (and its ``document``, for the date and link cards); every
    other field starts empty or is derived from the parse.
    """

    doc: Doc
    document: Document | None
    # the document's date (ISO), which dated offices and terms are read at; None undated
    day: str | None = field(init=False)
    n: int = field(init=False)
    words: dict[str, Any] = field(init=False)
    spans: list[Span] = field(init=False)
    span_at: list[Span | None] = field(init=False)
    span_ending: dict[int, Span] = field(init=False)
    span_starting: dict[int, Span] = field(init=False)
    ent_at: list[Span | None] = field(init=False)
    persons: list[PersonCluster] = field(init=False, default_factory=list)
    others: dict[tuple[str, str], OtherCluster] = field(init=False, default_factory=dict)
    # the entity each token belongs to, and the mentions (start, end, owner) in found order
    owner: list[Owner | None] = field(init=False)
    mentions: list[tuple[int, int, Owner]] = field(init=False, default_factory=list)
    quoted: list[bool] = field(init=False)
    # quoted "he"/"she" -> the persons of its gender the quotation's context names
    quoted_candidates: dict[int, tuple[int, ...]] = field(init=False, default_factory=dict)
    by_surname: dict[str, list[int]] = field(init=False, default_factory=dict)
    by_given: dict[str, list[int]] = field(init=False, default_factory=dict)
    single_set: set[int] = field(init=False, default_factory=set)
    recent: dict[int, int] = field(init=False, default_factory=dict)  # person -> last token
    name_mentions: dict[int, int] = field(init=False, default_factory=dict)  # person -> names
    # person -> untitled bare-surname mentions so far
    bare_uses: dict[int, int] = field(init=False, default_factory=dict)
    # surname -> (shown, person)
    card_shown: dict[str, list[tuple[str, int]]] = field(init=False, default_factory=dict)
    qualifier_kind: dict[str, str] = field(init=False, default_factory=dict)  # "Alabama" -> GPE
    # law's name -> the word the text uses
    legislation_ids: dict[str, str] = field(init=False, default_factory=dict)
    # the entities a phrase describes instead of naming (``descriptive_actors``)
    described_keys: set[tuple[str, str]] = field(init=False, default_factory=set)
    # the described bills told by what they do, which sponsorship may reach (``authored_bills``)
    authored_keys: set[tuple[str, str]] = field(init=False, default_factory=set)
    # the policy phrases kept only as a stance's object (``policy_issues``)
    issue_keys: set[tuple[str, str]] = field(init=False, default_factory=set)
    headed_names: list[HeadedName] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        doc, document = self.doc, self.document
        self.day = document.date if document is not None else None
        self.n = len(doc)
        self.words = entity_words()
        self.spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
        # "Conservative" in "Conservative Political Action Conference"; "Chamber of Commerce" in
        # "the United States Hispanic Chamber of Commerce": part of a longer name, no span
        unbound = parties_out_of_context(self.spans) | spans_inside_longer_names(doc, self.spans)
        # "the [Public and] Commercial Services Union", "... Association (SIIA)": names whose
        # extent the text fixes (``headed_names``), and the pattern spans inside them
        self.headed_names = headed_names(doc, self.spans)
        unbound |= spans_inside_headed_names(self.spans, self.headed_names)
        self.spans = [sp for sp in self.spans if sp not in unbound]
        self.span_at = [None] * self.n
        self.span_ending = {}
        self.span_starting = {}
        for sp in self.spans:
            for i in range(sp.start, sp.end):
                self.span_at[i] = sp
            self.span_ending[sp.end] = sp
            self.span_starting[sp.start] = sp
        self.ent_at = [None] * self.n
        for ent in token_columns(doc).ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.owner = [None] * self.n
        self.quoted = _quote_mask(doc)

    def describes_holder(self, t: Token, nouns: Collection[str] = ()) -> bool:
        """Whether a word before a title or role noun only describes its holder: "former", an
        adjective ("freshman", "embattled"), a number, a hyphenated compound ("two-term") or a
        describing noun (``describing_title_nouns``, or the caller's ``nouns``). Title and role
        descriptions ask the same question and differ only in their guards before it."""
        if t.lower_ in self.words["former_markers"] or t.text == "-" or t.pos_ in ("ADJ", "NUM"):
            return True
        doc = self.doc
        hyphenated = (t.i > 0 and doc[t.i - 1].text == "-") or (
            t.i + 1 < self.n and doc[t.i + 1].text == "-"
        )
        return t.pos_ == "NOUN" and (
            hyphenated or t.lower_ in self.words["describing_title_nouns"] or t.lower_ in nouns
        )


class _Headlines:
    """Whether token ``i`` is in a title-case line ("Clintons Face Scrutiny Ahead Of ..."):
    ``headlines(i)``; the lines are read once per document, on the first question."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._headline_cache: dict[int, bool] = {}
        self._line_of: list[int] = []

    def __call__(self, i: int) -> bool:
        if not self._line_of:
            # one walk: each line's count of words (alphabetic, no small word) and whether
            # every one of them is capitalised; a headline has four or more, all capitalised
            counts: dict[int, int] = {}
            capitalised: dict[int, bool] = {}
            line = 0
            c = token_columns(self.doc)  # (read without a Token per token)
            for text, low, alpha, space, white in zip(
                c.text, c.lower, c.is_alpha, c.is_space, c.whitespace, strict=True
            ):
                self._line_of.append(line)
                if alpha and low not in _SMALL_WORDS:
                    counts[line] = counts.get(line, 0) + 1
                    capitalised[line] = capitalised.get(line, True) and text[0].isupper()
                if "\n" in white or (space and "\n" in text):
                    line += 1
            for k, n in counts.items():
                self._headline_cache[k] = n >= 4 and capitalised[k]
        return self._headline_cache.get(self._line_of[i], False)


class NameFinder:
    """Finds the spans of a document that are personal names."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self._headline = _Headlines(state.doc)

    def _name_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Trim a candidate name span to its personal-name tokens; None when it is not a name."""
        state = self.state
        doc = state.doc
        while start < end and (
            state.span_at[start] is not None
            or doc[start].lower_ in state.words["former_markers"]
            or doc[start].lower_ in state.words["honorifics"]
            or doc[start].lower_ in state.words["role_words"]
            or doc[start].lower_ in state.words["elect_markers"]  # "President Elect Donald Trump"
            or doc[start].lower_ in state.words["name_leading_connectives"]  # "Plus Obama is"
            or doc[start].lower_ == "the"
            or doc[start].is_punct
            or "—" in doc[start].text  # "Fla.—President Donald Trump": a dateline glued on
        ):
            start += 1
        while end > start and (
            doc[end - 1].text in APOSTROPHE_S
            or doc[end - 1].is_punct
            or doc[end - 1].lower_
            in state.words["name_trailing_days"]  # "President Trump Thursday"
        ):
            end -= 1
        if start >= end or end - start > 5:
            return None
        for i in range(start, end):
            if is_name_token(doc[i]):
                continue
            glued = doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
            if not (glued and start < i < end - 1):
                return None  # only "Ocasio-Cortez"-style hyphens inside a name
        if not doc[end - 1].text[0].isupper():
            return None
        if end - start >= 2 and doc[end - 1].lower_ in state.words["non_person_heads"]:
            return None  # "Trump Tower", "Clinton Foundation"
        if _title_cut(doc, end) or _photo_credit(doc, start, end, state.words["credit_separators"]):
            return None  # "Virginia Lt[.] Gov. Justin Fairfax"; "Patrik Jonsson/The ... Monitor"
        if _dateline(doc, start, end):
            return None  # "VESTAVIA HILLS, Alabama — Judge Roy Moore ...": a place
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in doc[end - 1].children):
            return None  # "called Trump a 'fascist Frankenstein'": a type, nobody named
        return start, end

    def collect_full_names(self) -> list[tuple[int, int]]:
        """Name mentions from NER PERSON entities and from title + proper nouns: each source
        adds spans by their first token (``_widest``: the longer span wins, else the one found
        first), then a span overlapping an earlier one is dropped."""
        found: dict[int, int] = {}
        ents = token_columns(self.state.doc).ents  # (read once per document)
        self._person_entities(ents, found)
        self._names_tagged_org(ents, found)
        self._given_name_runs(found)
        self._titled_names(found)
        for span in peer_name_spans(self.state.doc):
            trimmed = self._name_tokens(*span)
            if trimmed:
                _widest(found, trimmed)  # "Lord Moynihan", "Baroness Scotland": a peer
        out: list[tuple[int, int]] = []
        last_end = -1
        for s, e in sorted(found.items()):
            if s >= last_end:
                out.append((s, e))
                last_end = e
        return out

    def _person_entities(self, ents: Sequence[Span], found: dict[int, int]) -> None:
        """The model's PERSON entities, with a given name or a role word's lower-case name the
        model left before them, trimmed to their name tokens; not in a title-case headline."""
        state = self.state
        doc = state.doc
        given = given_genders()
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            start = ent.start
            if start > 0 and doc[start - 1].lower_ in given and doc[start - 1].tag_ == "NNP":
                start -= 1  # "Sarah [Isgur Flores]"
            elif (
                start > 1
                and doc[start - 1].tag_ == "NNP"
                and doc[start - 1].text[1:].islower()
                and not doc[start - 1].ent_type_
                and state.span_at[start - 1] is None
                and doc[start - 2].lower_ in state.words["role_words"]
                and doc[start - 2].text.islower()
            ):
                start -= 1  # "spokesperson Barend [Leyts]"
            trimmed = self._name_tokens(start, ent.end)
            if not trimmed:
                continue
            if self._headline(ent.start) and doc[trimmed[0]].lower_ not in given:
                continue  # "Obama Needs ...": a title-case headline, not a name
            _widest(found, trimmed)

    def _names_tagged_org(self, ents: Sequence[Span], found: dict[int, int]) -> None:
        """Names the model tagged as something else: after an honorific ("Mr Balls" tagged
        ORG), or an ORG of a listed given name and one or two capitalised words, nothing else
        ("Sean Hannity")."""
        state = self.state
        doc = state.doc
        given = given_genders()
        honorifics = state.words["honorific_gender"]
        for ent in ents:
            if ent.label_ != "PERSON" and len(ent) >= 2 and ent[0].lower_ in honorifics:
                trimmed = self._name_tokens(ent.start + 1, ent.end)
                if trimmed:
                    _widest(found, trimmed)
        for ent in ents:
            if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or doc[ent.start].lower_ not in given:
                continue
            if any(state.span_at[i] is not None for i in range(ent.start, ent.end)):
                continue
            if all(t.tag_ == "NNP" and t.text[1:].islower() for t in ent) and not self._headline(
                ent.start
            ):
                found.setdefault(ent.start, ent.end)

    def _given_name_runs(self, found: dict[int, int]) -> None:
        """ "Arizona's Jeff Flake": a listed given name + capitalised proper noun(s) the model
        missed."""
        state = self.state
        doc = state.doc
        given = given_genders()
        cols = token_columns(doc)
        for i, low in enumerate(cols.lower):
            if low not in given or cols.ent_type[i] or cols.tag[i] != "NNP" or i + 1 >= state.n:
                continue
            j = i + 1
            while j < state.n and j - i < 3 and doc[j].tag_ == "NNP" and is_name_token(doc[j]):
                if state.span_at[j] is not None or doc[j].ent_type_ not in ("", "PERSON"):
                    break
                j += 1
            if j - i >= 2 and doc[j - 1].text[1:].islower() and not self._headline(i):
                found.setdefault(i, j)

    def _titled_names(self, found: dict[int, int]) -> None:
        """Up to four capitalised proper nouns after a title span ("Sen. Tim Scott")."""
        state = self.state
        doc = state.doc
        for sp in state.spans:
            if sp.label_ != "TITLE":
                continue
            i = sp.end
            j = i
            while j < state.n and j - i < 4 and is_name_token(doc[j]) and doc[j].tag_ == "NNP":
                if state.span_at[j] is not None or doc[j].ent_type_ in ("GPE", "NORP", "DATE"):
                    break
                j += 1
            if j > i:
                trimmed = self._name_tokens(i, j)
                if trimmed:
                    _widest(found, trimmed)

    def could_be_name(self, i: int, person_tagged: bool) -> bool:
        """Whether token ``i`` may be a name: capitalised, proper noun, not inside another span."""
        tok = self.state.doc[i]
        bare = tok.text.replace("'", "").replace("’", "").replace("-", "")
        if not tok.text[:1].isupper() or not bare.isalpha():
            return False
        if (
            tok.lower_ in self.state.words["name_stopwords"]
            or tok.lower_ in self.state.words["junk_names"]
        ):
            return False
        if (
            i > 0
            and is_name_token(self.state.doc[i - 1])
            and self.state.doc[i - 1].text[:1].isupper()
        ):
            if _photo_credit(self.state.doc, i - 1, i + 1, self.state.words["credit_separators"]):
                return False  # "Mark Wilson/Getty Images": no bare "Wilson" either
        sp = self.state.span_at[i]
        if sp is not None and sp.label_ not in ("TITLE", "PARTY_TAG", "BILL_BY_NAME"):
            return False
        if sp is not None and sp.label_ == "PARTY_TAG" and i > sp.start:
            return False  # the state of a party tag: "Arlen Specter (R-Penn.)"
        ent = self.state.ent_at[i]
        if ent is not None and ent[-1].text in APOSTROPHE_S and len(ent) == 2:
            ent = None  # "[Sessions’s]" tagged ORG is still one word
        if (
            ent is not None
            and len(ent) > 1
            and ent.label_ not in ("PERSON", "NORP")
            and ent[0].lower_ not in self.state.words["honorific_gender"]  # "[Mr Balls]" as ORG
        ):
            return False
        if ent is not None and ent.label_ in ("GPE", "LOC") and not person_tagged:
            # a known surname the model calls a place: not after "in" or "of", not "Jackson,
            # Miss."; after "for", "against" or "with" a politician's ("support for Biden")
            prev = self.state.doc[i - 1] if i > 0 else None
            if prev is not None and prev.dep_ == "prep":
                if prev.lower_ in self.state.words["place_prepositions"]:
                    return False
                if not is_known_surname(tok.text):
                    return False  # "a tremendous supporter of Linux" is no "Rocky Linux"
            if (
                i + 2 < self.state.n
                and self.state.doc[i + 1].text == ","
                and self.state.ent_at[i + 2] is not None
            ):
                return False
        if tok.tag_ not in ("NNP", "NNPS") and not person_tagged:
            # a known surname capitalised mid-sentence, or tagged as some noun ("Sessions fires"),
            # or a sentence's first word the parser makes its subject while tagging it a verb
            # ("Trump himself criticized Romney")
            subject = tok.dep_ in ("nsubj", "nsubjpass")
            return tok.pos_ in ("NOUN", "PROPN") or not tok.is_sent_start or subject
        return True


def _widest(found: dict[int, int], span: tuple[int, int]) -> None:
    """Record ``span`` by its first token, keeping the longer of two spans starting there."""
    found[span[0]] = max(found.get(span[0], 0), span[1])
