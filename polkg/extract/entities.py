"""Within-document entities: spaCy NER + polkg's political spans, clustered into EntityRecords.

One document's mentions ("Former Attorney General Jeff Sessions", "Sessions", "he", "the
president") become one ``EntityRecord`` each entity, and every token that refers to an entity can
be looked up (``DocEntities.entity_at``), so relation rules work on entities, not strings.

The steps are linear in the document: collect name mentions (NER persons, title + proper nouns,
link-card aliases), cluster persons by given name and surname, carry surnames and given names to
untagged later (and earlier) mentions, attach titles/parties as offices and party, then resolve
"the president"-style references and pronouns conservatively. Precision first: an ambiguous
surname or pronoun stays unresolved.

Word lists are data in ``polkg/extract/patterns/``: ``entities_words.json`` (pronouns, status
markers, role words, definite references), ``entities_given_names.json`` (given names by gender:
pronoun agreement and names the model misses), ``entities_nicknames.json`` (Bob = Robert) and
``entities_famous.json`` ("President Obama" alone -> Barack Obama).
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from polkg.extract.countries import country_code
from polkg.extract.known_names import is_known_surname
from polkg.extract.nlp import PATTERN_DIR, SPANS_KEY
from polkg.model import Document, EntityRecord, OfficeHeld

# polkg span labels -> entity types; TITLE / PARTY_TAG are attributes of persons, not entities.
SPAN_TYPES = {
    "PARTY": "PoliticalParty",
    "BODY": "GovernmentBody",
    "INVESTIGATION": "Investigation",
    "ELECTION": "Election",
    "LEGISLATION": "Legislation",
    "ORGANIZATION": "Organization",
}
NER_TYPES = {"ORG": "Organization", "GPE": "Place", "LOC": "Place", "LAW": "Legislation"}
_APOSTROPHE_S = {"'s", "’s", "'", "’"}
_PARTY_WORDS_BEFORE_NAME = {"Republican", "Democrat", "Democratic", "GOP", "Libertarian"}
_NATIONAL = {"U.S.", "US", "U.S", "United States", "America", "American", "the United States"}
# "BlackWomen", "PoorDonald", "HillarysHealth": hashtags, not names ("McCain", "DeSantis",
# "LeBron", "MacArthur" keep their inner capital after a name prefix)
_HASHTAG_WORD = re.compile(
    r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]{4,})+"
)
# a capitalised first word with these tags is a headline verb or adverb ("Removing Trump")
_NOT_NAME_TAGS = {"VB", "VBD", "VBG", "VBZ", "VBP", "RB", "UH", "MD", "IN", "DT"}
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


@functools.cache
def _words() -> dict[str, Any]:
    with open(PATTERN_DIR / "entities_words.json", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@functools.cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Given name (lowercase) -> the set of its equivalent forms (itself included)."""
    with open(PATTERN_DIR / "entities_nicknames.json", encoding="utf-8") as fh:
        groups = json.load(fh)["groups"]
    table: dict[str, set[str]] = {}
    for group in groups:
        members = {g.lower() for g in group}
        for name in members:
            table.setdefault(name, set()).update(members)
    return {name: frozenset(forms) for name, forms in table.items()}


@functools.cache
def _given_gender() -> dict[str, str]:
    with open(PATTERN_DIR / "entities_given_names.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return {n: g for g in ("female", "male") for n in data[g]}


@functools.cache
def _famous() -> dict[str, dict[str, str]]:
    with open(PATTERN_DIR / "entities_famous.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v for k, v in data.items() if not k.startswith("_")}


@functools.cache
def _famous_full_names() -> frozenset[tuple[str, ...]]:
    """("jeff", "sessions"), ("donald", "trump"), ...: two-word names of famous office holders."""
    return frozenset(
        tuple(full.lower().split())
        for table in _famous().values()
        if isinstance(table, dict)
        for full in table.values()
        if isinstance(full, str) and len(full.split()) == 2
    )


def _given_forms(given: str) -> frozenset[str]:
    g = given.lower()
    return _nicknames().get(g, frozenset({g}))


# ----------------------------------------------------------------------------- data types


@dataclass
class _Person:
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
    first_token: int = 1 << 30
    suffix: str = ""  # "jr." keeps Donald Trump Jr. apart from Donald Trump
    genders: set[str] = field(default_factory=set)  # "male"/"female" evidence; 2 = unknown

    @property
    def gender(self) -> str | None:
        return next(iter(self.genders)) if len(self.genders) == 1 else None


@dataclass
class _Other:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    first_token: int = 1 << 30


@dataclass
class DocEntities:
    """The entities of one parsed document and which tokens refer to which entity."""

    doc: Doc
    entities: list[EntityRecord]
    mentions: list[tuple[int, int, EntityRecord]]
    _token_entity: list[int] = field(repr=False, default_factory=list)

    def entity_at(self, token_index: int) -> EntityRecord | None:
        """The entity token ``token_index`` refers to (name, title + name, resolved pronoun)."""
        if 0 <= token_index < len(self._token_entity):
            k = self._token_entity[token_index]
            return self.entities[k] if k >= 0 else None
        return None

    def entity_of_span(self, span: Span | Token) -> EntityRecord | None:
        """The entity a span denotes: its head token's entity, else an appositive's."""
        root = span if isinstance(span, Token) else span.root
        found = self.entity_at(root.i)
        if found is not None:
            return found
        if isinstance(span, Span):
            for child in root.children:
                if child.dep_ == "appos" and span.start <= child.i < span.end:
                    found = self.entity_at(child.i)
                    if found is not None:
                        return found
        return None

    def entity_named(self, name: str) -> EntityRecord | None:
        """The entity with this canonical name or alias (case-insensitive), if any."""
        low = name.lower()
        for entity in self.entities:
            if entity.name.lower() == low:
                return entity
        for entity in self.entities:
            if any(a.lower() == low for a in entity.aliases):
                return entity
        return None


# ----------------------------------------------------------------------------- helpers


def _is_name_token(tok: Token) -> bool:
    """A token that can be part of a personal name: capitalised word, initial, particle."""
    text = tok.text
    if not text or not text[0].isalpha():
        return False
    low = text.lower()
    if low in _words()["name_particles"]:
        return True
    if not text[0].isupper():
        return False
    if any(ch.isdigit() for ch in text) or _HASHTAG_WORD.fullmatch(text):
        return False
    if len(low) > 5 and low.endswith("ism"):
        return False  # "Trumpism"
    if tok.i > 0 and tok.nbor(-1).text in ("#", "@") and not tok.nbor(-1).whitespace_:
        return False  # "#PoorDonald", "@DavidShuster"
    return low not in _words()["name_stopwords"]


def _strip_suffix(tokens: list[str]) -> list[str]:
    while len(tokens) > 1 and tokens[-1].lower().rstrip(",") in _words()["name_suffixes"]:
        tokens = tokens[:-1]
    return tokens


def _quote_mask(doc: Doc) -> list[bool]:
    """True for tokens inside quotation marks; quotes do not run across paragraph breaks."""
    inside = False
    mask = [False] * len(doc)
    for tok in doc:
        text = tok.text
        if "\n\n" in tok.whitespace_ or (tok.is_space and "\n" in text):
            mask[tok.i] = inside
            inside = False
            continue
        if text in _OPEN_QUOTES or text == "``":
            inside = True
        elif text in _CLOSE_QUOTES or text == "''":
            mask[tok.i] = inside
            inside = False
            continue
        elif text == '"':
            # straight quote: opening when nothing but space/punct precedes it
            before = doc[tok.i - 1] if tok.i > 0 else None
            opening = before is None or bool(before.whitespace_) or before.is_punct
            if inside and not (opening and not tok.whitespace_):
                mask[tok.i] = True
                inside = False
                continue
            inside = True
        mask[tok.i] = inside
    return mask


def _card_parts(full: str) -> tuple[str, list[str], str | None]:
    """'Jefferson (Jeff) Beauregard Sessions' -> ('Sessions', ['Jefferson', ...], 'Jeff')."""
    nick_m = re.search(r"\(([^)]+)\)", full)
    nick = nick_m.group(1).strip() if nick_m else None
    plain = re.sub(r"\s*\([^)]*\)\s*", " ", full).split()
    plain = _strip_suffix(plain)
    if not plain:
        return "", [], nick
    return plain[-1], plain[:-1], nick


def _with_ascii_apostrophes(aliases: set[str]) -> list[str]:
    """Sorted aliases, plus a straight-apostrophe twin of each curly one (for matching)."""
    out = set(aliases)
    out |= {a.replace("’", "'") for a in aliases if "’" in a}
    return sorted(out)


def _name_fullness(name: str) -> tuple[int, int]:
    """Rank name forms: more full words first; "Robert Mueller" before "Robert S Mueller"."""
    parts = name.split()
    initials = sum(1 for w in parts if len(w.rstrip(".")) <= 2 and w[:1].isupper())
    return len(parts) - initials, -initials


def _middle(tokens: list[str]) -> str:
    """The middle part of a name, normalised ("H.W." -> "hw"), "" when none."""
    return "".join(tokens[1:-1]).replace(".", "").lower()


def _middles_clash(a: str, b: str) -> bool:
    """George W. Bush vs George H.W. Bush: both have middles and neither extends the other."""
    return bool(a and b) and not (a.startswith(b) or b.startswith(a))


# ----------------------------------------------------------------------------- the builder


class _Builder:
    """Builds the DocEntities of one document; one instance per document."""

    def __init__(self, doc: Doc, document: Document | None) -> None:
        self.doc = doc
        self.document = document
        self.n = len(doc)
        self.words = _words()
        self.spans: list[Span] = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
        self.span_at: list[Span | None] = [None] * self.n
        self.span_ending: dict[int, Span] = {}
        self.span_starting: dict[int, Span] = {}
        for sp in self.spans:
            for i in range(sp.start, sp.end):
                self.span_at[i] = sp
            self.span_ending[sp.end] = sp
            self.span_starting[sp.start] = sp
        self.ent_at: list[Span | None] = [None] * self.n
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.persons: list[_Person] = []
        self.others: dict[tuple[str, str], _Other] = {}
        # token -> ("P", idx), ("O", key) or ("X", -1) (not a name: "Trump Kinbote");
        # mention list (start, end, kind, ref)
        self.owner: list[Any] = [None] * self.n
        self.mentions: list[tuple[int, int, Any]] = []
        self.quoted = _quote_mask(doc)
        self.by_surname: dict[str, list[int]] = {}
        self.by_given: dict[str, list[int]] = {}
        self.single_set: set[int] = set()
        self.recent: dict[int, int] = {}
        self.name_mentions: dict[int, int] = {}  # person -> name mentions so far
        self.card_shown: dict[str, list[tuple[str, int]]] = {}  # surname -> (shown, person)
        self._headline_cache: dict[int, bool] = {}
        self._line_of: list[int] = []
        self._qualifier_kind: dict[str, str] = {}
        self._legislation_ids: dict[str, str] = {}  # law's name -> the word the text uses

    # ------------------------------------------------------------------ persons

    def _person_for(self, given_tokens: list[str], surname: str, suffix: str = "") -> int:
        """Find or create the cluster for a full name (given name(s) + surname)."""
        first = given_tokens[0]
        forms = _given_forms(first.rstrip("."))
        middle = _middle([*given_tokens, surname])
        for k, p in enumerate(self.persons):
            if p.surname.lower() != surname.lower() or p.suffix != suffix:
                continue
            if any(_middles_clash(middle, m) for m in p.middles):
                continue
            if middle and (not p.givens or p.givens & forms):
                p.middles.add(middle)
            if not p.givens or (p.givens & forms):
                p.givens |= forms
                return k
            # an initial ("J.") matches a given name starting with it
            if len(first.rstrip(".")) == 1 and any(g[0] == first[0].lower() for g in p.givens):
                return k
        person = _Person(surname=surname, givens=set(forms), suffix=suffix)
        if middle:
            person.middles.add(middle)
        self.persons.append(person)
        return len(self.persons) - 1

    def _add_cards(self) -> None:
        """Link-card full names: clusters with given names, nicknames and card aliases."""
        if self.document is None:
            return
        for shown, full in self.document.aliases:
            surname, givens, nick = _card_parts(full)
            if not surname or not givens or len(shown.split()) < 2:
                continue  # a card needs "First Last" or "Title Last" shown in the text
            if shown.split()[-1] != surname:
                continue
            table = _given_gender()
            if surname.lower() in table and givens[0].lower() not in table:
                continue  # "Rosenstein Rod": a card cut in the wrong place
            k = self._person_for([nick or givens[0]], surname)
            p = self.persons[k]
            p.givens |= _given_forms(givens[0]) | ({nick.lower()} if nick else set())
            self.card_shown.setdefault(surname.lower(), []).append((shown, k))
            plain = " ".join([*givens, surname])
            short = f"{nick or givens[0]} {surname}"  # not "Ivana Trump" for Ivanka
            for alias in (full, plain, short, shown):
                if alias not in p.card_names:
                    p.card_names.append(alias)
            if p.card_short is None:
                p.card_short = f"{nick or givens[0]} {surname}"

    def _name_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Trim a candidate name span to its personal-name tokens; None when it is not a name."""
        doc = self.doc
        while start < end and (
            self.span_at[start] is not None
            or doc[start].lower_ in self.words["former_markers"]
            or doc[start].lower_ in self.words["honorifics"]
            or doc[start].lower_ in self.words["role_words"]
            or doc[start].lower_ in self.words["elect_markers"]  # "President Elect Donald Trump"
            or doc[start].lower_ == "the"
            or doc[start].is_punct
            or "—" in doc[start].text  # "Fla.—President Donald Trump": a dateline glued on
        ):
            start += 1
        while end > start and (doc[end - 1].text in _APOSTROPHE_S or doc[end - 1].is_punct):
            end -= 1
        if start >= end or end - start > 5:
            return None
        for i in range(start, end):
            if _is_name_token(doc[i]):
                continue
            glued = doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
            if not (glued and start < i < end - 1):
                return None  # only "Ocasio-Cortez"-style hyphens inside a name
        if not doc[end - 1].text[0].isupper():
            return None
        if end - start >= 2 and doc[end - 1].lower_ in self.words["non_person_heads"]:
            return None  # "Trump Tower", "Clinton Foundation"
        return start, end

    def _drop_sentence_initial_words(self, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """ "Longtime Obama aides ...": a capitalised first word is not a given name when the
        rest is the surname of someone the document names in full."""
        doc = self.doc
        given = _given_gender()
        auxiliaries = set(self.words["sentence_initial_auxiliaries"])
        firsts_of: dict[str, set[str]] = {}  # surname -> the first words written with it
        for s, e in names:
            if e - s >= 2 and (not doc[s].is_sent_start or doc[s].lower_ in given):
                firsts_of.setdefault(doc[e - 1].lower_, set()).add(doc[s].lower_)
        out = []
        for s, e in names:
            first = doc[s]
            for j in range(s + 2, e):
                if doc[j].text == first.text or (
                    len(first.text) >= 3 and doc[j].text.startswith(first.text)
                ):
                    e = j  # "John Kelly John Francis", "Jeff Sessions Jefferson (Jeff) ...":
                    break  # a link card's leftover
            others = firsts_of.get(doc[e - 1].lower_, set()) - {first.lower_}
            if (
                e - s == 2
                and others
                # "Will Romney's words ...?", "3. Will Sessions invoke ...?": a question's
                # auxiliary, not the given name Will, when Mitt Romney is named in full
                and (
                    (first.is_sent_start and first.lower_ not in given)
                    or (
                        first.lower_ in auxiliaries
                        and (first.is_sent_start or (e < self.n and doc[e].tag_ == "VB"))
                    )
                )
            ):
                s += 1
            out.append((s, e))
        return out

    def _trim_to_known_names(self, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Cut headline and caption words off a name the document also writes on its own:
        "Add Donald Trump", "CLOSE Donald Trump", "Jeff Sessions Forced Out", "Donald Trump
        Republican" -> the "Donald Trump" / "Jeff Sessions" written elsewhere. A leading verb
        or adverb ("Removing Trump", "Never Trump") is not a given name either. "Trump White
        House", "Trump Hotels": a name followed by a building or business word is not a person.
        """
        doc = self.doc
        given = _given_gender()
        heads = set(self.words["non_person_heads"]) | set(self.words["non_person_next_words"])
        written = {
            tuple(t.lower_ for t in doc[s:e])
            for s, e in names
            if e - s == 2 and doc[s].lower_ in given
        }
        known = written | _famous_full_names()
        surnames = {k[-1] for k in written}  # of people this document names in full
        taken = {i for s, e in names for i in range(s, e)}
        auxiliaries = set(self.words["sentence_initial_auxiliaries"])
        counts = Counter(t.text for t in doc)
        counts = Counter(t.text for t in doc)
        out = []
        for s, e in names:
            if e < self.n and doc[e].lower_ in heads and doc[e].pos_ != "VERB":
                continue  # "Trump White [House]", "Clinton [Foundation]"; not "Trump tweets"
            before = doc[s - 1] if s > 0 else None
            if (
                before is not None
                and before.tag_ == "NNP"
                and before.is_title
                and before.lower_ in given
                and before.lower_ not in auxiliaries
                and before.i not in taken
            ):
                s -= 1  # "Maryanne Trump Barry": the model cut off the given name
            if (
                e - s == 2
                and doc[s].lower_ in surnames
                and doc[s].lower_ not in given
                and tuple(t.lower_ for t in doc[s:e]) not in known
                and counts[doc[s].text] > 2 * counts[doc[s + 1].text]
            ):
                # "Is Trump Kinbote ...?", "Clinton Cash", "Maryanne Trump Barry" with its given
                # name cut off: a surname the text keeps using for someone it names in full,
                # before a word it seldom uses alone ("Emanuel Cleaver" next to Rahm Emanuel
                # stays a name: Cleaver recurs). Not a person, and not a bare mention either.
                for i in range(s, e):
                    self.owner[i] = ("X", -1)
                continue
            if e - s >= 3 and tuple(t.lower_ for t in doc[s:e]) not in known:
                inner = [
                    (a, a + 2)
                    for a in range(s, e - 1)
                    if tuple(t.lower_ for t in doc[a : a + 2]) in known
                ]
                suffixes = self.words["name_suffixes"]
                if len(inner) == 1:
                    a, b = inner[0]
                    extra = [t.lower_.rstrip(",") for t in [*doc[s:a], *doc[b:e]]]
                    if not all(x in suffixes or x in (".", ",") for x in extra):
                        s, e = a, b  # "Donald Trump Jr." keeps its suffix
            while e - s >= 2 and (
                (doc[s].tag_ in _NOT_NAME_TAGS and doc[s].lower_ not in given)
                or doc[s].lower_ in self.words["never_first_names"]  # "Never Trump"
            ):
                s += 1
            last = doc[e - 1].lower_
            if last.endswith("s") and (*(t.lower_ for t in doc[s : e - 1]), last[:-1]) in known:
                continue  # "the Donald Trumps of this world": not a person
            out.append((s, e))
        return out

    def _headline(self, i: int) -> bool:
        """Whether token ``i`` is in a title-case line ("Clintons Face Scrutiny Ahead Of ...")."""
        if not self._line_of:
            line = 0
            for tok in self.doc:
                self._line_of.append(line)
                if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
                    line += 1
            lines: dict[int, list[Token]] = {}
            for tok in self.doc:
                if tok.is_alpha and tok.lower_ not in _SMALL_WORDS:
                    lines.setdefault(self._line_of[tok.i], []).append(tok)
            for k, words in lines.items():
                self._headline_cache[k] = len(words) >= 4 and all(
                    t.text[0].isupper() for t in words
                )
        return self._headline_cache.get(self._line_of[i], False)

    def _collect_full_names(self) -> list[tuple[int, int]]:
        """Name mentions from NER PERSON entities and from title + proper nouns."""
        doc = self.doc
        found: dict[int, int] = {}
        given = _given_gender()
        honorifics = self.words["honorific_gender"]
        for ent in doc.ents:
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
                and self.span_at[start - 1] is None
                and doc[start - 2].lower_ in self.words["role_words"]
                and doc[start - 2].text.islower()
            ):
                start -= 1  # "spokesperson Barend [Leyts]"
            trimmed = self._name_tokens(start, ent.end)
            if not trimmed:
                continue
            if self._headline(ent.start) and doc[trimmed[0]].lower_ not in given:
                continue  # "Obama Needs ...": a title-case headline, not a name
            found[trimmed[0]] = max(found.get(trimmed[0], 0), trimmed[1])
        # "Mr Balls" tagged ORG: an honorific makes it a name
        for ent in doc.ents:
            if ent.label_ != "PERSON" and len(ent) >= 2 and ent[0].lower_ in honorifics:
                trimmed = self._name_tokens(ent.start + 1, ent.end)
                if trimmed:
                    found[trimmed[0]] = max(found.get(trimmed[0], 0), trimmed[1])
        # "Sean Hannity" tagged ORG: a listed given name + 1-2 capitalised words, nothing else
        for ent in doc.ents:
            if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or doc[ent.start].lower_ not in given:
                continue
            if any(self.span_at[i] is not None for i in range(ent.start, ent.end)):
                continue
            if all(t.tag_ == "NNP" and t.text[1:].islower() for t in ent) and not self._headline(
                ent.start
            ):
                found.setdefault(ent.start, ent.end)
        # "Arizona's Jeff Flake": a listed given name + capitalised proper noun(s) the model missed
        for tok in doc:
            i = tok.i
            if tok.lower_ not in given or tok.ent_type_ or tok.tag_ != "NNP" or i + 1 >= self.n:
                continue
            j = i + 1
            while j < self.n and j - i < 3 and doc[j].tag_ == "NNP" and _is_name_token(doc[j]):
                if self.span_at[j] is not None or doc[j].ent_type_ not in ("", "PERSON"):
                    break
                j += 1
            if j - i >= 2 and doc[j - 1].text[1:].islower() and not self._headline(i):
                found.setdefault(i, j)
        for sp in self.spans:
            if sp.label_ != "TITLE":
                continue
            i = sp.end
            j = i
            while j < self.n and j - i < 4 and _is_name_token(doc[j]) and doc[j].tag_ == "NNP":
                if self.span_at[j] is not None or doc[j].ent_type_ in ("GPE", "NORP", "DATE"):
                    break
                j += 1
            if j > i:
                trimmed = self._name_tokens(i, j)
                if trimmed:
                    found[trimmed[0]] = max(found.get(trimmed[0], 0), trimmed[1])
        spans = sorted(found.items())
        out: list[tuple[int, int]] = []
        last_end = -1
        for s, e in spans:
            if s >= last_end:
                out.append((s, e))
                last_end = e
        return out

    def _add_person_mention(self, start: int, end: int, k: int) -> None:
        for i in range(start, end):
            self.owner[i] = ("P", k)
        self.mentions.append((start, end, ("P", k)))
        p = self.persons[k]
        p.first_token = min(p.first_token, start)
        self.name_mentions[k] = self.name_mentions.get(k, 0) + 1
        if start > 0:
            g = self.words["honorific_gender"].get(self.doc[start - 1].lower_)
            if g:
                p.genders.add(g)

    def _persons(self) -> None:
        """Full names first (NER, title + name, cards); bare names are left to ``_scan``."""
        doc = self.doc
        self._add_cards()
        full = self._trim_to_known_names(
            self._drop_sentence_initial_words(self._collect_full_names())
        )
        singles: list[tuple[int, int]] = []
        for s, e in full:
            written = doc[s:e].text.split()
            toks = _strip_suffix(written)
            suffix = written[-1].lower().rstrip(".") if len(toks) < len(written) else ""
            if len(toks) >= 2:
                k = self._person_for(toks[:-1], toks[-1], suffix)
                name = doc[s:e].text
                if name not in self.persons[k].names:
                    self.persons[k].names.append(name)
                self._add_person_mention(s, e, k)
            else:
                singles.append((s, e))
        # index of surnames and given names known in the document (pass over all full names)
        for k, p in enumerate(self.persons):
            for g in p.givens:
                self.by_given.setdefault(g, []).append(k)
            if p.suffix and any(q.surname == p.surname and not q.suffix for q in self.persons):
                continue  # a bare "Trump" is not Donald Trump Jr. when Donald Trump is there
            self.by_surname.setdefault(p.surname.lower(), []).append(k)
        # single-token NER persons not matching a known person become single-name persons
        self.single_set = {s for s, _ in singles}
        tagged_count: dict[str, int] = {}
        for s, _e in singles:
            tagged_count[doc[s].lower_] = tagged_count.get(doc[s].lower_, 0) + 1
        placed: dict[str, int] = {}  # "Manchester" is a place when the model says so as often
        for ent in doc.ents:
            if len(ent) == 1 and ent.label_ in ("GPE", "LOC", "FAC"):  # ORG: often a person
                placed[ent[0].lower_] = placed.get(ent[0].lower_, 0) + 1
        for s, _e in singles:
            titled = (sp := self.span_ending.get(s)) is not None and sp.label_ == "TITLE"
            honoured = s > 0 and doc[s - 1].lower_ in self.words["honorific_gender"]
            inside = doc[s].tag_ == "NNP" and not doc[s].is_sent_start
            if placed.get(doc[s].lower_, 0) >= tagged_count[doc[s].lower_] and not honoured:
                continue
            if tagged_count[doc[s].lower_] < 2 and not (titled or honoured or inside):
                continue  # one sentence-initial NER hit ("Arson ...") is not enough
            if not titled and (doc[s].lower_ in _given_gender() or doc[s].text.isupper()):
                continue  # a lone given name ("Robert") or acronym ("MAGA") is nobody yet
            tok = doc[s]
            low = tok.text.lower()
            if low in self.by_surname or low in self.by_given or tok.tag_ == "NNPS":
                continue
            if low.endswith("s") and low[:-1] in self.by_surname:
                continue  # "the Clintons": a family, not a person
            if s > 0 and doc[s - 1].lower_ in ("the", "a", "an"):
                continue  # "The Herald": names take no article
            if self._could_be_name(s, person_tagged=True):
                self.persons.append(_Person(surname=tok.text))
                self.by_surname.setdefault(low, []).append(len(self.persons) - 1)
        self._known_surnames()
        self.mentions = self._attach_titles(self.mentions)
        table = _given_gender()
        for p in self.persons:
            for given in [n.split()[0] for n in p.names + p.card_names]:
                gender = table.get(given.lower().strip("()"))
                if gender:
                    p.genders.add(gender)

    def _known_surnames(self) -> None:
        """A bare surname of a known politician is a person whatever the model tags it ("Trump
        slammed Sessions"): not a place, not after an article, not the start of a longer name."""
        doc = self.doc
        for tok in doc:
            low = tok.lower_
            if low in self.by_surname or low in self.by_given or not is_known_surname(tok.text):
                continue
            if tok.ent_type_ not in ("", "ORG", "PERSON") or tok.tag_ not in ("NNP", "NN"):
                continue
            if tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "a", "an"):
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < self.n else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.tag_ in ("NNP", "NNPS"):
                continue  # "Trump Tower", "Brown University"
            if self._could_be_name(tok.i, person_tagged=True):
                self.persons.append(_Person(surname=tok.text))
                self.by_surname[low] = [len(self.persons) - 1]

    def _bare_name(self, tok: Token, recent: dict[int, int]) -> tuple[int, int] | None:
        """The known person (and end token) a bare surname or given name refers to, if any."""
        i = tok.i
        if (
            i + 2 < self.n
            and self.doc[i + 1].text == "-"
            and not tok.whitespace_
            and not self.doc[i + 1].whitespace_
        ):
            compound = self.doc[i : i + 3].text.lower()  # "Ocasio-Cortez"
            cands = self.by_surname.get(compound)
            if cands and all(self.owner[j] is None for j in range(i, i + 3)):
                k = self._pick_person(i, cands, False, True, recent)
                return (k, i + 3) if k is not None else None
            return None
        found = self._bare_single(tok, recent)
        return (found, i + 1) if found is not None else None

    def _bare_single(self, tok: Token, recent: dict[int, int]) -> int | None:
        low = tok.text.lower()
        cands = self.by_surname.get(low)
        via_given = False
        if cands is None:
            cands = self.by_given.get(low)
            via_given = True
            if cands is None:
                return None
        tagged = tok.i in self.single_set or tok.ent_type_ == "PERSON"
        if not self._could_be_name(tok.i, person_tagged=tagged):
            return None
        return self._pick_person(tok.i, cands, via_given, tagged, recent)

    def _pick_person(
        self, i: int, cands: list[int], via_given: bool, tagged: bool, recent: dict[int, int]
    ) -> int | None:
        """Which known person a bare surname (or given name) at token ``i`` refers to."""
        if via_given:
            # a bare given name: only when one person has it, the NER calls it a person, and it
            # is not the first name of someone else ("Sarah Isgur Flores" is not Sarah Sanders)
            nxt = self.doc[i + 1] if i + 1 < self.n else None
            if nxt is not None and nxt.tag_ in ("NNP", "NNPS") and nxt.text[:1].isupper():
                return None
            return cands[0] if len(cands) == 1 and tagged else None
        if len(cands) == 1:
            return cands[0]
        # the link card's own anchor text ("President Trump" carried a Donald John Trump card)
        for shown, k in self.card_shown.get(self.doc[i].lower_, []):
            n_words = len(shown.split())
            start = i
            while start > 0 and len(self.doc[start : i + 1].text.split()) < n_words:
                start -= 1
            if self.doc[start : i + 1].text == shown and k in cands:
                return k
        # shared surname (Jeff vs Pete Sessions): a title before it decides ("President Clinton")
        title = self.span_ending.get(i)
        if title is not None and title.label_ == "TITLE":
            holders = [
                k for k in cands if any(o.title == title.id_ for o in self.persons[k].offices)
            ]
            if len(holders) == 1:
                return holders[0]
            famous = _famous().get(title.id_, {}).get(self.doc[i].lower_)
            named = [
                k
                for k in cands
                if famous and famous in self.persons[k].names + [self.persons[k].card_short or ""]
            ]
            if len(named) == 1:
                return named[0]  # "President Trump" with Ivanka Trump also in the text
        # "Ms. Clinton": the honorific's gender
        if i > 0 and (g := self.words["honorific_gender"].get(self.doc[i - 1].lower_)):
            fitting = [k for k in cands if self.persons[k].gender == g]
            if len(fitting) == 1:
                return fitting[0]
        seen = [(recent[c], c) for c in cands if c in recent]
        if not seen:
            return None  # nobody of that name mentioned yet: leave it unresolved
        # the document's main bearer of the name ("Trump" after one "Ivanka Trump"), else the
        # most recently mentioned one
        counts = sorted(((self.name_mentions.get(c, 0), c) for _pos, c in seen), reverse=True)
        if len(counts) > 1 and counts[0][0] >= 2 * max(counts[1][0], 1) + 1:
            return counts[0][1]
        return max(seen)[1]

    def _could_be_name(self, i: int, person_tagged: bool) -> bool:
        """Whether token ``i`` may be a name: capitalised, proper noun, not inside another span."""
        tok = self.doc[i]
        bare = tok.text.replace("'", "").replace("’", "").replace("-", "")
        if not tok.text[:1].isupper() or not bare.isalpha():
            return False
        if tok.lower_ in self.words["name_stopwords"] or tok.lower_ in self.words["junk_names"]:
            return False
        sp = self.span_at[i]
        if sp is not None and sp.label_ not in ("TITLE", "PARTY_TAG"):
            return False
        ent = self.ent_at[i]
        if ent is not None and ent[-1].text in _APOSTROPHE_S and len(ent) == 2:
            ent = None  # "[Sessions’s]" tagged ORG is still one word
        if (
            ent is not None
            and len(ent) > 1
            and ent.label_ not in ("PERSON", "NORP")
            and ent[0].lower_ not in self.words["honorific_gender"]  # "[Mr Balls]" as ORG
        ):
            return False
        if ent is not None and ent.label_ in ("GPE", "LOC") and not person_tagged:
            # a known surname the model calls a place: not after "in", not "Jackson, Miss."
            if i > 0 and self.doc[i - 1].dep_ == "prep":
                return False
            if i + 2 < self.n and self.doc[i + 1].text == "," and self.ent_at[i + 2] is not None:
                return False
        if tok.tag_ not in ("NNP", "NNPS") and not person_tagged:
            # a known surname capitalised mid-sentence, or tagged as some noun ("Sessions fires")
            return tok.pos_ in ("NOUN", "PROPN") or not tok.is_sent_start
        return True

    # ------------------------------------------------------------------ titles, parties

    def _title_of(self, sp: Span) -> tuple[str, int]:
        """A title span's office and first token: "acting attorney general" -> Acting ..."""
        title = sp.id_ or sp.text
        begin = sp.start
        if begin > 0 and self.doc[begin - 1].lower_ in self.words["title_modifiers"]:
            if not title.lower().startswith(self.doc[begin - 1].lower_):
                title = f"{self.doc[begin - 1].lower_.capitalize()} {title}"
            begin -= 1
        return title, begin

    def _status_before(self, i: int) -> tuple[str, int]:
        """Status from a marker ending just before token ``i``: ('former', start) etc."""
        doc = self.doc
        j = i - 1
        if j >= 0 and doc[j].text in ("-", "–") and j - 1 >= 0:
            j -= 1
        if j >= 0:
            low = doc[j].lower_.rstrip("-")
            if low in self.words["former_markers"]:
                return "former", j
            if low in self.words["unknown_status_markers"]:
                return "unknown", j
        return "current", i

    def _attach_titles(self, mentions: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
        """Titles, party words and party tags around a person's name become attributes."""
        doc = self.doc
        new_mentions = []
        for st, en, ref in mentions:
            if ref[0] != "P":
                new_mentions.append((st, en, ref))
                continue
            p = self.persons[ref[1]]
            start = st
            titled = False
            bounds: list[int] = []
            while True:
                sp = self.span_ending.get(start)
                if sp is not None and sp.label_ == "TITLE":
                    title, begin = self._title_of(sp)
                    status, s2 = self._status_before(begin)
                    qualifier = None
                    q = self.ent_at[s2 - 1] if s2 > 0 else None
                    if (
                        q is not None
                        and q.label_ in ("GPE", "NORP", "ORG")
                        and q.end == s2
                        and self.span_at[s2 - 1] is None
                    ):
                        qualifier = q.text  # "Alabama Sen.", "French President", "NAACP president"
                        self._qualifier_kind[qualifier] = q.label_
                        s2 = q.start
                    elif (
                        s2 > 0
                        and sp.text.islower()
                        and doc[s2 - 1].pos_ == "PROPN"
                        and self.span_at[s2 - 1] is None
                    ):
                        qualifier = doc[s2 - 1].text  # "Women's March president Tamika Mallory"
                        self._qualifier_kind[qualifier] = "ORG"
                    self._add_office(p, title, status, qualifier)
                    bounds.extend([begin, s2])
                    start = s2
                    titled = True
                    continue
                if (
                    sp is not None
                    and sp.label_ == "PARTY"
                    and (titled or sp.text in _PARTY_WORDS_BEFORE_NAME)
                ):
                    p.party = p.party or sp.id_
                    start = sp.start
                    bounds.append(start)
                    continue
                break
            # party tag right after the name: "(R-Ala.)", ", R-Texas,"
            j = en
            if j < self.n and doc[j].text in ("(", ","):
                j += 1
            sp = self.span_starting.get(j)
            if sp is not None and sp.label_ == "PARTY_TAG":
                p.party = p.party or sp.id_
            self._appositive_attributes(p, doc[en - 1])
            if start < st:
                for i in range(start, st):
                    self.owner[i] = ref
                for b in bounds:  # "Democratic Sen. Doug Jones" and "Sen. Doug Jones"
                    alias = doc[b:en].text
                    if alias not in p.aliases:
                        p.aliases.append(alias)
            new_mentions.append((start, en, ref))
        return new_mentions

    def _appositive_attributes(self, p: _Person, head: Token) -> None:
        """ "Jones, a Democrat," / "Sessions, the former attorney general," / "the House
        speaker, Paul Ryan": a title or party heading an appositive describes the person."""
        described = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
        if head.dep_ == "appos" and head.head.i < head.i:
            described.append(head.head)
        for noun in described:
            if noun.left_edge.lower_ not in ("a", "an", "the") and noun.left_edge.i != noun.i:
                continue
            title = self.span_at[noun.i]
            if title is not None and title.label_ == "TITLE":
                name, begin = self._title_of(title)
                status, _ = self._status_before(begin)
                self._add_office(p, name, status, None)
            elif title is not None and title.label_ == "PARTY":
                p.party = p.party or title.id_
            role = (title is not None and title.label_ == "TITLE") or (
                noun.lower_ in self.words["human_nouns"] or noun.lower_ in self.words["role_words"]
            )
            for child in noun.children if role else ():
                # "a Republican senator", not "a longtime GOP target"
                sp = self.span_at[child.i]
                if sp is not None and sp.label_ == "PARTY" and child.dep_ in ("amod", "compound"):
                    p.party = p.party or sp.id_

    @staticmethod
    def _add_office(p: _Person, title: str, status: str, qualifier: str | None) -> None:
        for office in p.offices:
            if office.title == title:
                if office.status == "current" and status == "former":
                    office.status = "former"
                if qualifier and not office.qualifier:
                    office.qualifier = qualifier
                return
        p.offices.append(OfficeHeld(title=title, status=status, qualifier=qualifier))

    # ------------------------------------------------------------------ other entities

    def _add_other(self, start: int, end: int, name: str, etype: str) -> None:
        key = (etype, name.lower())
        other = self.others.get(key)
        if other is None:
            other = self.others[key] = _Other(name=name, type=etype)
        other.first_token = min(other.first_token, start)
        forms = [self.doc[start:end].text]
        if start > 0 and self.doc[start - 1].lower_ == "the":
            forms.append(self.doc[start - 1 : end].text)  # "the Justice Department"
        for alias in forms:
            if alias not in other.aliases:
                other.aliases.append(alias)
        for i in range(start, end):
            if self.owner[i] is None:
                self.owner[i] = ("O", key)
        self.mentions.append((start, end, ("O", key)))

    def _clean_name(self, start: int, end: int) -> tuple[int, int]:
        doc = self.doc
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        while end > start and (doc[end - 1].text in _APOSTROPHE_S or doc[end - 1].is_punct):
            end -= 1
        return start, end

    def _span_entities(self) -> None:
        """Parties, bodies, investigations, elections, legislation from polkg's patterns."""
        doc = self.doc
        doc_form = ("LEGISLATION", "ORGANIZATION")
        official_used = {
            sp.text.lower() for sp in self.spans if sp.label_ in doc_form and sp.id_
        } & {sp.id_.lower() for sp in self.spans if sp.label_ in doc_form}
        for sp in self.spans:
            etype = SPAN_TYPES.get(sp.label_)
            if etype is None:
                continue
            start = sp.start
            while start < sp.end and (
                self.owner[start] is not None or doc[start].text in _APOSTROPHE_S
            ):
                start += 1  # "[Robert Mueller]'s investigation": the person keeps the name
            if start == sp.end or any(self.owner[i] is not None for i in range(start, sp.end)):
                continue
            s, e = self._clean_name(start, sp.end)
            if s >= e:
                continue
            name = sp.id_ or doc[s:e].text
            if sp.label_ in doc_form and sp.id_ and sp.id_.lower() not in official_used:
                # "Obamacare" and "NRA" stay as written unless the text also has the full name
                name = self._legislation_ids.setdefault(sp.id_, doc[s:e].text)
            self._add_other(start, sp.end, name, etype)
            root = sp.root
            if etype in ("Investigation", "Election", "Legislation") and root.left_edge.i < start:
                phrase = doc[root.left_edge.i : sp.end]  # "the Justice Department's Russia ..."
                aliases = self.others[(etype, name.lower())].aliases
                if len(phrase) <= 8 and phrase.text not in aliases:
                    aliases.append(phrase.text)

    def _ner_entities(self) -> None:
        """Organisations, places and laws the model found that no person or pattern claimed."""
        doc = self.doc
        for ent in doc.ents:
            etype = NER_TYPES.get(ent.label_)
            if etype is None:
                continue
            if any(
                self.owner[i] is not None or self.span_at[i] is not None
                for i in range(ent.start, ent.end)
            ):
                continue
            s, e = self._clean_name(ent.start, ent.end)
            cut = next((i for i in range(s + 1, e - 1) if doc[i].text in _APOSTROPHE_S), None)
            if cut is not None:
                e = cut  # "New Hampshire Public Radio’s Stranglehold"
            if s >= e:
                continue
            name = doc[s:e].text
            if not self._good_proper_name(s, e):
                continue
            if e - s == 1 and (doc[s].lower_ in self.by_surname or doc[s].lower_ in self.by_given):
                continue  # an unresolved "Trump" the model calls ORG is no organisation
            if etype == "Organization":
                last = doc[e - 1].text
                if any(doc[i].text in self.words["party_heads"] for i in range(s, e)):
                    etype = "PoliticalParty"  # "Labour Party", "People's Party of Canada"
                elif last in self.words["legislation_heads"] and e - s > 2:
                    etype = "Legislation"  # "Prevention of Terrorism Bill" the model calls ORG
                elif last in self.words["government_body_heads"] or (
                    doc[s].text in ("Ministry", "Department", "Office") and e - s > 2
                ):
                    etype = "GovernmentBody"  # "National Security Council", "Ministry of ..."
            elif etype == "Place" and ent.label_ == "GPE" and country_code(name):
                etype = "Country"  # a state, which can act: "Saudi Arabia started supporting"
            self._add_other(ent.start, ent.end, name, etype)

    def _good_proper_name(self, s: int, e: int) -> bool:
        """Reject junk: lowercase words, numbers, 'MORE', single letters."""
        doc = self.doc
        text = doc[s:e].text
        if text.lower() in self.words["junk_names"] or len(text) < 2:
            return False
        connectors = self.words["organization_connectors"]
        has_cap = False
        for i in range(s, e):
            t = doc[i].text
            if t.lower() in connectors:
                continue
            if not t[:1].isupper() or t.isdigit():
                return False
            if doc[i].pos_ in ("VERB", "AUX", "ADV", "PRON", "SCONJ"):
                return False  # a title-case headline, not a name
            has_cap = True
        return has_cap

    # ------------------------------------------------------------------ references

    def _scan(self) -> None:
        """One pass in document order: bare names, 'the president', 'the probe', pronouns.

        Every resolution is available to the ones after it ("Sessions ... he ... his").
        """
        doc = self.doc
        definite = self.words["definite_references"]
        def_nouns: dict[str, dict[str, str]] = definite
        parsed = doc.has_annotation("DEP")  # pronouns need the parse; a bare Doc has none
        pronouns = self.words["pronoun_gender"] if parsed else {}
        relatives = set(self.words["relative_pronouns"]) if parsed else set()
        if not parsed:
            def_nouns = {}
        known = sorted((st, ref) for st, _en, ref in self.mentions)
        ki = 0
        recent = self.recent  # person -> last token mentioning it
        recent_person: list[tuple[int, int]] = []  # (token, person) in order
        subjects: dict[int, int] = {}  # sentence start -> its person subject (outside quotes)
        for tok in doc:
            i = tok.i
            while ki < len(known) and known[ki][0] <= i:
                pos, ref = known[ki]
                if ref[0] == "P":
                    recent[ref[1]] = pos
                    recent_person.append((pos, ref[1]))
                ki += 1
            owner = self.owner[i]
            if owner is not None:
                if owner[0] == "P":
                    self._note_subject(tok, owner[1], subjects)
                continue
            low = tok.lower_
            bare = self._bare_name(tok, recent)
            if bare is not None:
                k, end = bare
                self._add_person_mention(i, end, k)
                mention = self._attach_titles([self.mentions.pop()])[0]
                self.mentions.append(mention)
                recent[k] = mention[0]
                recent_person.append((mention[0], k))
                self._note_subject(tok, k, subjects)
                continue
            sp = self.span_at[i]
            if sp is not None and sp.label_ == "TITLE" and sp.start == i:
                held = self._title_reference(sp)
                if held is not None:
                    start = self._title_of(sp)[1]
                    while start > 0 and doc[start - 1].lower_ in ("the", "former"):
                        start -= 1
                    alias = doc[start : sp.end].text
                    self._resolve(start, sp.end, held, recent_person, alias=alias)
                continue
            if low in def_nouns and tok.pos_ == "NOUN":
                named = self._definite_reference(tok, def_nouns[low])
                if named is not None:
                    self.owner[i] = ("O", named)
                    self.mentions.append((i, i + 1, ("O", named)))
                    right = max(
                        [tok.i] + [c.right_edge.i for c in tok.children if c.dep_ == "prep"]
                    )
                    phrase = doc[tok.left_edge.i : right + 1]
                    aliases = self.others[named].aliases
                    for alias in (tok.text, phrase.text if len(phrase) <= 10 else ""):
                        if alias and alias not in aliases:
                            aliases.append(alias)
                continue
            if low in pronouns and tok.tag_ in ("PRP", "PRP$"):
                referent = self._pronoun(tok, pronouns[low], recent_person, subjects)
                if referent is not None:
                    self._resolve(i, i + 1, referent, recent_person, alias=None)
                    self._note_subject(tok, referent, subjects)
                continue
            if low in relatives and tok.tag_ in ("WP", "WP$"):
                head = self._relative(tok)
                if head is not None:
                    self._resolve(i, i + 1, head, recent_person, alias=None)

    def _note_subject(self, tok: Token, k: int, subjects: dict[int, int]) -> None:
        """Remember a sentence's person subject; the main clause's subject wins."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.quoted[tok.i]:
            return  # (an unparsed Doc has no dependencies, so nothing is noted)
        sent = tok.sent
        if tok.head.i == sent.root.i:
            subjects[sent.start] = k
        else:
            subjects.setdefault(sent.start, k)

    def _resolve(
        self, start: int, end: int, k: int, recent: list[tuple[int, int]], alias: str | None
    ) -> None:
        for i in range(start, end):
            self.owner[i] = ("P", k)
        self.mentions.append((start, end, ("P", k)))
        recent.append((start, k))
        self.recent[k] = start
        if alias and alias not in self.persons[k].aliases:
            self.persons[k].aliases.append(alias)

    def _title_reference(self, sp: Span) -> int | None:
        """'the president' -> the person the document names as president."""
        doc = self.doc
        title, i = self._title_of(sp)
        if i == 0 or doc[i - 1].lower_ not in ("the",):
            # "former president" / "the former president"
            if not (i >= 2 and doc[i - 1].lower_ == "former" and doc[i - 2].lower_ == "the"):
                return None
        nxt = doc[sp.end] if sp.end < self.n else None
        if nxt is not None and (nxt.lower_ in ("of", "-", "elect") or nxt.tag_ == "NNP"):
            return None
        cands = [k for k, p in enumerate(self.persons) if any(o.title == title for o in p.offices)]
        if not cands:
            return None
        status, _ = self._status_before(i)
        fitting = [k for k in cands if self._status_of(k, title) == status] or (
            cands if status == "unknown" else []
        )
        # "the president" is the national one: never "NAACP president X"; "French President X"
        # only when that is the one president the document names
        national = [k for k in fitting if (self._qualifier_of(k, title) or "U.S.") in _NATIONAL]
        if not national:
            national = [
                k
                for k in fitting
                if self._qualifier_kind.get(self._qualifier_of(k, title) or "") in ("GPE", "NORP")
            ]
            if len(national) != 1:
                return None
        fitting = national
        if status == "current":
            # "President George W. Bush" once in a story about an untitled "Trump": a known
            # holder of the office named without the title makes "the president" ambiguous
            famous = _famous().get(title, {})
            for k, p in enumerate(self.persons):
                full = famous.get(p.surname.lower())
                if k in cands or full is None:
                    continue
                if not p.names or full in p.names or full == p.card_short:
                    return None
        # "the senator" with two senators in the text: nobody can tell which
        return fitting[0] if len(fitting) == 1 else None

    def _qualifier_of(self, k: int, title: str) -> str | None:
        for office in self.persons[k].offices:
            if office.title == title:
                return office.qualifier
        return None

    def _status_of(self, k: int, title: str) -> str:
        for office in self.persons[k].offices:
            if office.title == title:
                return office.status
        return "unknown"

    def _definite_reference(self, tok: Token, spec: dict[str, str]) -> tuple[str, str] | None:
        """'the investigation' -> the one investigation the document named before it."""
        suffix = spec.get("name_endswith", "").lower()
        cands = [
            key
            for key, other in self.others.items()
            if key[0] == spec["type"] and key[1].endswith(suffix) and other.first_token < tok.i
        ]
        if len(cands) != 1:
            return None  # only when the document names exactly one of that kind
        key = cands[0]
        det = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if not det:
            return None
        d = det[0]
        if d.dep_ == "det" and d.lower_ != "the":
            return None
        if d.dep_ == "poss":
            owner = self.owner[d.i]
            if owner is None or owner[0] != "O" or owner[1][0] != "GovernmentBody":
                return None
        if any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children):
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("into", "of", "on"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if not objs:
                    continue
                o = self.owner[objs[0].i]
                if o is None or o[0] != "O" or o[1][0] != "Election":
                    return None
        return key

    def _pronoun(
        self, tok: Token, gender: str, recent: list[tuple[int, int]], subjects: dict[int, int]
    ) -> int | None:
        """Nearest fitting person: a governing clause's subject, else the last subject before.

        A person fits when their gender is unknown or matches the pronoun's.
        """
        quoted = self.quoted[tok.i]
        sent = tok.sent

        excluded: set[int] = set()
        if tok.lower_ in ("him", "her") and tok.dep_ in ("dobj", "dative", "iobj", "pobj"):
            # "Corbyn attacked him": an object pronoun is not its own clause's subject
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            if verb.pos_ in ("VERB", "AUX"):
                seen_own_verb: int | None = verb.i
                has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                if not has_subject and verb.dep_ in ("advcl", "xcomp", "acl"):
                    # "He ..., again referring to him" vs "he voted ..., opening him up":
                    # whose participle it is decides, and the parse does not say
                    return None
                governor = verb
                while not has_subject and governor.dep_ == "conj" and governor.head != governor:
                    # "Trump mocked Sessions ..., and criticized him": the shared subject
                    governor = governor.head
                    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in governor.children)
                if not has_subject and governor is not verb:
                    return None  # "..., said he's ..., criticized him": whose verb is lost
                for child in [*verb.children, *governor.children]:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        k = self._person_of_token(child)
                        if k is not None:
                            excluded.add(k)
            else:
                seen_own_verb = None
        else:
            seen_own_verb = None

        def fits(k: int) -> bool:
            return k not in excluded and self._gender(k) in (None, gender)

        # possessive in coordination with a person: "the president and his allies"
        if tok.tag_ == "PRP$":
            noun = tok.head
            if noun.dep_ == "conj" and noun.head.i < tok.i:
                k = self._person_of_token(noun.head)
                if k is not None and fits(k):
                    return k
        # walk up the verbs above the pronoun; the first fitting person subject before it wins
        node = tok
        seen_own = tok.dep_ in ("nsubj", "nsubjpass")
        steps = 0
        via_conj = False
        while node.head.i != node.i and steps < 12:
            via_conj = via_conj or node.dep_ == "conj"
            came_from = node.dep_
            node = node.head
            steps += 1
            if node.pos_ == "NOUN" and came_from not in ("poss", "compound"):
                # "Whitaker's refusal to discuss his ...", "Sessions' decision to recuse himself"
                for child in node.children:
                    if child.dep_ == "poss" and child.i < tok.i:
                        k = self._person_of_token(child)
                        if k is not None and fits(k):
                            return k
            if node.pos_ not in ("VERB", "AUX"):
                continue
            if seen_own or node.i == seen_own_verb:
                seen_own = False
                continue
            if came_from in ("attr", "acomp") and node.lemma_ == "be":
                continue  # "Moore had never been his candidate": not Moore's
            if came_from in ("prep", "advcl") and steps <= 3 and not quoted:
                # a fronted phrase points forward: "For his part, Sessions told ..."
                after = [
                    c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i
                ]
                if after and tok.i < after[0].i and self._fronted(tok, node):
                    k = self._person_of_token(after[0])
                    if k is None and self.owner[after[0].i] is None:
                        ahead = self._bare_name(after[0], self.recent)  # not reached yet
                        k = ahead[0] if ahead is not None else None
                    if k is not None and fits(k):
                        return k
            for child in node.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or child.i >= tok.i:
                    continue
                k = self._person_of_token(child)
                if k is None:
                    title = self.span_at[child.i]
                    if self.owner[child.i] is None and (
                        child.tag_ in ("PRP", "WP", "NNP")
                        or child.lower_ in self.words["human_nouns"]
                        or (title is not None and title.label_ == "TITLE")
                    ):
                        return None  # governed by someone we could not identify ("a senator")
                    continue
                if self.quoted[child.i] != quoted or not fits(k):
                    continue
                if via_conj and any(
                    child.i < pos < tok.i and other != k and fits(other) for pos, other in recent
                ):
                    return None  # "X won ..., Y, faced ... that he": the parse can't tell
                return k
        # the last fitting person in the same sentence before the pronoun, same quote context
        for pos, k in reversed(recent):
            if pos < sent.start:
                break
            if pos < tok.i and self.quoted[pos] == quoted and fits(k):
                return k
        if quoted:
            return None
        # the subject of the nearest earlier sentence (outside quotes) with a person subject
        prev_sent: Span | None = None
        prev = sent.start - 1
        hops = 0
        while prev >= 0 and hops < 3:
            s = self.doc[prev].sent
            if not all(self.quoted[j] or self.doc[j].is_punct for j in range(s.start, s.end)):
                hops += 1
                prev_sent = prev_sent or s
            if s.start in subjects:
                k = subjects[s.start]
                if fits(k):
                    return k
                break
            if self._unnamed_human_subject(s):
                return None  # "that evil murderer had to steal ... He": nobody we know
            if any(
                s.start <= pos < s.end and not self.quoted[pos] and fits(k) for pos, k in recent
            ):
                break  # someone else came up in between: only a unique fit below will do
            prev = s.start - 1
        # the one person of the pronoun's gender in the previous sentence
        if prev_sent is not None:
            people = {
                k
                for pos, k in recent
                if prev_sent.start <= pos < prev_sent.end and not self.quoted[pos]
            }
            if all(self._gender(k) is not None for k in people):
                matching = [k for k in people if self._gender(k) == gender]
                if len(matching) == 1:
                    return matching[0]
        return None

    def _fronted(self, tok: Token, verb: Token) -> bool:
        """Whether ``tok`` sits in a phrase before ``verb``'s subject, set off by a comma."""
        subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        between = self.doc[tok.i : subject.left_edge.i]
        return any(t.text == "," for t in between) and not any(
            self.owner[t.i] is not None and self.owner[t.i][0] == "P" for t in between[1:]
        )

    def _gender(self, k: int) -> str | None:
        """A person's gender from given names, honorifics, or the famous office holder."""
        p = self.persons[k]
        if p.gender is None and not p.genders and not p.names:
            famous = self._famous(p)  # "President Obama" alone: Barack
            if famous:
                return _given_gender().get(famous.split()[0].lower())
        return p.gender

    def _unnamed_human_subject(self, sent: Span) -> bool:
        """Whether the main subject of ``sent`` is a person we could not identify."""
        for child in sent.root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and self.owner[child.i] is None:
                if self.quoted[child.i]:
                    return False
                return child.lower_ in self.words["human_nouns"] or child.tag_ == "NNP"
        return False

    def _person_of_token(self, tok: Token) -> int | None:
        owner = self.owner[tok.i]
        if owner is not None and owner[0] == "P":
            return int(owner[1])
        for child in tok.children:
            if child.dep_ == "appos":
                owner = self.owner[child.i]
                if owner is not None and owner[0] == "P":
                    return int(owner[1])
        return None

    def _relative(self, tok: Token) -> int | None:
        """'Tuberville, who is running' -> Tuberville (the noun the relative clause modifies)."""
        clause = tok.head if tok.dep_ != "poss" else tok.head.head
        if clause.dep_ != "relcl":
            return None
        return self._person_of_token(clause.head)

    # ------------------------------------------------------------------ output

    def build(self) -> DocEntities:
        self._persons()
        self._span_entities()
        self._scan()
        self._ner_entities()
        records: list[EntityRecord] = []
        index: dict[Any, int] = {}
        order: list[tuple[int, Any]] = [
            (p.first_token, ("P", k)) for k, p in enumerate(self.persons)
        ] + [(o.first_token, ("O", key)) for key, o in self.others.items()]
        counts: dict[Any, int] = {}
        for _st, _en, ref in self.mentions:
            counts[ref] = counts.get(ref, 0) + 1
        for _first, ref in sorted(order, key=lambda x: x[0]):
            if counts.get(ref, 0) == 0:
                continue
            index[ref] = len(records)
            records.append(self._record(ref, counts[ref]))
        token_entity = [-1] * self.n
        for i, owner in enumerate(self.owner):
            if owner is not None and owner in index:
                token_entity[i] = index[owner]
        mentions = sorted(
            (st, en, records[index[ref]]) for st, en, ref in self.mentions if ref in index
        )
        return DocEntities(self.doc, records, mentions, token_entity)

    @staticmethod
    def _famous(p: _Person) -> str | None:
        """'President Obama' alone in the text: Barack Obama (entities_famous.json)."""
        table = _famous()
        for office in p.offices:
            full = table.get(office.title, {}).get(p.surname.lower())
            if full and office.qualifier in (None, *_NATIONAL):
                return full
        return None

    def _record(self, ref: Any, count: int) -> EntityRecord:
        doc = self.doc
        if ref[0] == "O":
            o = self.others[ref[1]]
            official = {law for law, used in self._legislation_ids.items() if used == o.name}
            aliases = _with_ascii_apostrophes(set(o.aliases) | {o.name} | official)
            return EntityRecord(name=o.name, type=o.type, aliases=aliases, mentions=count)
        p = self.persons[ref[1]]
        names = [n for n in p.names if len(n.split()) >= 2]
        if names:
            name = max(names, key=_name_fullness)
        elif p.card_short:
            name = p.card_short
        else:
            name = self._famous(p) or p.surname
        surface = {doc[st:en].text for st, en, r in self.mentions if r == ref}
        surface = {s for s in surface if s.lower() not in self.words["pronoun_gender"]} - {
            w for w in surface if w.lower() in self.words["relative_pronouns"]
        }
        aliases = _with_ascii_apostrophes(
            set(p.names) | set(p.card_names) | set(p.aliases) | surface | {name}
        )
        return EntityRecord(
            name=name,
            type="Person",
            aliases=aliases,
            offices=list(p.offices),
            party=p.party,
            mentions=count,
        )


def find_entities(doc: Doc, document: Document | None = None) -> DocEntities:
    """Cluster the mentions of one parsed document into entities (see the module docstring)."""
    return _Builder(doc, document).build()
