"""Actors other than persons: parties, bodies, investigations, elections, laws, places.

From polkg's span patterns first, then the NER entities no person or pattern claimed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from polkg.extract.countries import (
    capital_country,
    country_code,
    demonym_code,
    government_name,
)
from polkg.extract.group_parts import CAUCUS_MODIFIERS, ORGANIZATION_NOUNS
from polkg.extract.inner_names import name_extent, qualified_start
from polkg.extract.known_names import is_known_surname
from polkg.extract.lexicon import word_sets, words
from polkg.extract.mentions import APOSTROPHE_S, INDEFINITE, DocState, OtherCluster, Owner
from polkg.extract.program_names import joined_start, keeps_possessive
from polkg.extract.state_bodies import state_body
from polkg.extract.token_columns import token_columns

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
# office and role nouns: a span of these alone names no organisation (entities_words.json)
_ROLE_ONLY = word_sets("entities_words")["role_only_words"]
# a capitalised "Bill" after these words is a person's given name or no bill's name
_TITLED_BILL_EXCLUDED = word_sets("bill_references")["titled_bill_excluded"]
_BILL_NAME_PARTICLES = word_sets("entities_words")["name_particles"]
_BILL_NAME_CONNECTORS = word_sets("bill_references")["bill_name_connectors"]
# capitalised heads besides "Bill" that name a measure: "the Economic Stimulus Package"
_TITLED_MEASURE_HEADS = word_sets("bill_references")["titled_measure_heads"]
_BILL_MENTION_NOUNS = word_sets("bill_references")["bill_mention_nouns"]


class Actors:
    """Adds the non-person entities of a document."""

    def __init__(self, state: DocState) -> None:
        self.state = state

    def add_other(self, start: int, end: int, name: str, etype: str) -> tuple[str, str]:
        state = self.state
        key = (etype, name.lower())
        if etype == "Legislation" and key not in state.others:
            key = _shorter_name_of(state, key)  # "the ID scheme" after "the ID card scheme"
        forms = [state.doc[start:end].text]
        if start > 0 and state.doc[start - 1].lower_ == "the":
            forms.append(state.doc[start - 1 : end].text)  # "the Justice Department"
        self.other_cluster(key, name, etype, start, forms)
        for i in range(start, end):
            if state.owner[i] is None:
                state.owner[i] = Owner.of_other(key)
        state.mentions.append((start, end, Owner.of_other(key)))
        return key

    def other_cluster(
        self, key: tuple[str, str], name: str, etype: str, first: int, forms: list[str]
    ) -> None:
        """The cluster of ``key`` (made on its first mention), its earliest token and aliases."""
        other = self.state.others.get(key)
        if other is None:
            other = self.state.others[key] = OtherCluster(name=name, type=etype)
        other.first_token = min(other.first_token, first)
        for alias in forms:
            if alias not in other.aliases:
                other.aliases.append(alias)

    def span_entities(self) -> None:
        """Parties, bodies, investigations, elections, legislation from polkg's patterns."""
        state = self.state
        doc = state.doc
        doc_form = ("LEGISLATION", "ORGANIZATION")
        # the text has a full name: as a span, or completed by the words before one ("the U.S.
        # Chamber of Commerce", a pattern for "Chamber of Commerce")
        spans = {sp.text.lower() for sp in state.spans if sp.label_ in doc_form and sp.id_}
        ids = {sp.id_.lower() for sp in state.spans if sp.label_ in doc_form}
        official_used = (spans & ids) | _completed(doc, state)
        for sp in state.spans:
            if sp.label_ == "BILL_BY_NAME":
                self._bill_by_name(sp.start, sp.end)
                continue
            if sp.label_ == "PARTY" and self._caucus(sp):
                continue
            etype = SPAN_TYPES.get(sp.label_)
            if etype is None:
                continue
            start = sp.start
            if sp.label_ == "ORGANIZATION" and not sp.id_:
                start = joined_start(doc, start, sp.end)  # "[Land and] Water ... Fund"
            elif sp.label_ == "ORGANIZATION":
                start = qualified_start(doc, sp)  # "[United States Hispanic] Chamber of ..."
            while start < sp.end and (
                state.owner[start] is not None or doc[start].text in APOSTROPHE_S
            ):
                start += 1  # "[Robert Mueller]'s investigation": the person keeps the name
            if start == sp.end or any(state.owner[i] is not None for i in range(start, sp.end)):
                continue
            s, e = name_extent(doc, start, sp.end)
            if s >= e:
                continue
            qualified = state_body(doc, sp) if sp.label_ == "BODY" and start == sp.start else None
            if qualified is not None and all(
                state.owner[i] is None for i in range(qualified[0], qualified[1])
            ):
                self.add_other(qualified[0], qualified[1], qualified[2], etype)
                continue  # "the Massachusetts Supreme Court" is no federal body
            other_name = start < sp.start  # "the Michigan Chamber of Commerce": not the pattern's
            name = doc[s:e].text if other_name else sp.id_ or doc[s:e].text
            if (
                not other_name
                and sp.label_ in doc_form
                and sp.id_
                and sp.id_.lower() not in official_used
            ):
                # "Obamacare" and "NRA" stay as written unless the text also has the full name
                name = state.legislation_ids.setdefault(sp.id_, doc[s:e].text)
            key = self.add_other(start, sp.end, name, etype)
            root = sp.root
            if etype in ("Investigation", "Election", "Legislation") and root.left_edge.i < start:
                phrase = doc[root.left_edge.i : sp.end]  # "the Justice Department's Russia ..."
                aliases = state.others[key].aliases
                if len(phrase) <= 8 and phrase.text not in aliases:
                    aliases.append(phrase.text)

    def _caucus(self, sp: Span) -> bool:
        """ "congressional Republicans": the named caucus "Congressional Republicans" (an
        Organization, as GUIDELINES.md types "House Democrats"), unless counted ("two ...")."""
        doc = self.state.doc
        root = doc[sp.end - 1]
        if sp.start == 0 or root.tag_ not in ("NNPS", "NNS") or _counted(root):
            return False
        modifier = doc[sp.start - 1]
        if modifier.lower_ not in CAUCUS_MODIFIERS:
            return False
        if modifier.head.i != root.i or modifier.dep_ not in ("amod", "compound"):
            return False
        if any(self.state.owner[i] is not None for i in range(modifier.i, sp.end)):
            return False
        name = f"{modifier.text.capitalize()} {doc[sp.start : sp.end].text}"
        self.add_other(modifier.i, sp.end, name, "Organization")
        return True

    def _bill_by_name(self, start: int, end: int) -> None:
        """ "the Coleman amendment", "the Snowe-Wyden amendment", "Coleman's amendment": a bill
        named for its sponsors, when every name is a person's surname ("the Senate bill" is
        not); also "the Warner resolution" and "the Stabenow-Levin legislation" (which
        `sponsor_named_bills` folds into the text's one titled bill). The possessive's person
        keeps the name, so "Coleman's amendment" is also an
        authorship the relation rules can read."""
        doc = self.state.doc
        head = doc[end - 1]
        possessive = doc[end - 2].text in APOSTROPHE_S
        names = [t for t in doc[start : end - 1] if t.is_alpha]
        known = [
            t.lower_ in self.state.by_surname or is_known_surname(t.text) or t.ent_type_ == "PERSON"
            for t in names
        ]
        # co-sponsors joined by "-" or "/" ("the Chambliss/Kyl amendment"): one known surname
        # names the pair, as the written join says it is one ("Kyl" is no listed surname)
        if not names or not (all(known) or (len(names) > 1 and any(known))):
            self._titled_bill(start, end)
            return
        first = end - 1 if possessive else start
        if any(self.state.owner[i] is not None for i in range(first, end)):
            return
        name = f"{_sponsors_joined(names)} {head.text}"
        self.add_other(first, end, name, "Legislation")
        if possessive:  # "Coleman's amendment", not a bare "amendment", is how it was named
            aliases = self.state.others[("Legislation", name.lower())].aliases
            aliases[:] = [a for a in aliases if a.lower() != head.lower_]
            aliases.append(doc[start:end].text)

    def _titled_bill(self, start: int, end: int) -> None:
        """A bill or measure named by capitalised words before its head (`_titled_start`)."""
        first = _titled_start(self.state, start, end)
        if first is not None:
            self.add_other(first, end, self.state.doc[first:end].text, "Legislation")

    def government_entities(self) -> None:
        """'the Afghan government', 'the UK government', 'the government of Iraq'; and a bare
        'the government' when the document's politics belong to one country: the one government
        it names, or the country of its parties ('the Tories' -> the UK government)."""
        state = self.state
        data = words("governments")
        named: dict[int, str] = {}
        bare: list[int] = []
        bare_groups: list[int] = []
        columns = token_columns(state.doc)
        for i, pos in enumerate(columns.pos):
            if pos != "NOUN" or state.owner[i]:
                continue
            low = columns.lower[i]
            if low not in data["group_heads"] and low not in data["heads"]:
                continue
            tok = state.doc[i]  # (a Token is made for the few government nouns only)
            if low in data["group_heads"]:
                # "Chinese officials", "Iranian leaders": the country's government speaking,
                # unless counted ("two U.S. officials", "some Israeli leaders")
                code = self._government_country(tok)
                if code is not None and not _counted(tok):
                    named[tok.i] = code
                elif code is None and low in data["bare_group_heads"] and _bare_group(tok):
                    bare_groups.append(tok.i)  # "He accused ministers of wasting money"
                continue
            code = self._government_country(tok)
            if code is not None:
                named[tok.i] = code
            elif _bare_government(tok, data["bare_modifiers"]):
                bare.append(tok.i)
        parties = data["party_countries"]
        by_party = {
            parties[other.name] for other in state.others.values() if other.name in parties
        } | {parties[p.party] for p in state.persons if p.party in parties}
        homes = set(named.values()) | by_party
        if len(homes) == 1:
            home = next(iter(homes))
            first = min((i for i, code in named.items() if code == home), default=state.n)
            # a named government is "the government" only after the text names it: the
            # Sotomayor "accused the government" of a text naming "the Mexican government"
            # at its end is the US one
            named |= {i: home for i in bare if home in by_party or first < i}
            if home in data["bare_group_homes"] and not _devolved(state, data["devolved_bodies"]):
                named |= {i: home for i in bare_groups}
        for i, code in sorted(named.items()):
            tok = state.doc[i]
            start = min([i] + [c.left_edge.i for c in tok.lefts if c.dep_ in ("amod", "compound")])
            if any(state.owner[k] is not None for k in range(start, i)):
                start = i
            self.add_other(start, i + 1, government_name(code), "GovernmentBody")

    def _government_country(self, tok: Token) -> str | None:
        """The country a 'government' token names by a modifier or an 'of' phrase, if any."""
        for child in tok.children:
            if child.dep_ in ("amod", "compound"):
                span = self.state.doc[child.left_edge.i : child.i + 1].text
                code = demonym_code(span) or country_code(span)
                if code is not None:
                    return code
            elif child.dep_ == "prep" and child.lower_ == "of":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if objects:
                    span = self.state.doc[objects[0].left_edge.i : objects[0].i + 1].text
                    return country_code(span)
        return None

    def ner_entities(self) -> None:
        """Organisations, places and laws the model found that no person or pattern claimed."""
        doc = self.state.doc
        for ent in token_columns(doc).ents:
            etype = NER_TYPES.get(ent.label_)
            if ent.label_ == "NORP" and _group_actor(doc, ent.start, ent.end):
                etype = "Organization"  # "Muslims criticized ...": a group acting
            if ent.label_ == "WORK_OF_ART" and _newspaper_title(ent):
                etype = "Organization"  # "the Evening Standard" the model calls a work
            if etype is None:
                continue
            span = range(ent.start, ent.end)
            if any(self.state.owner[i] is not None or self._claimed(i) for i in span):
                continue
            s, e = name_extent(doc, ent.start, ent.end)
            cut = next((i for i in range(s + 1, e - 1) if doc[i].text in APOSTROPHE_S), None)
            end = ent.end
            if cut is not None and not (
                (cut == s + 1 and doc[s].lower_ in self.state.words["human_nouns"])
                or keeps_possessive(doc, s, cut, e)  # "State Children's Health ... Program"
            ):
                # "New Hampshire Public Radio’s Stranglehold", not "People's Action"; what
                # follows the possessive is not the possessor ("Florida's Scott" is Scott)
                e = end = cut
            if s >= e:
                continue
            name = doc[s:e].text
            if not _good_proper_name(self.state, s, e):
                continue
            if e - s == 1 and doc[s].tag_ in ("NNPS", "NNS") and _residents(doc, doc[s]):
                continue
            if e - s == 1 and (
                doc[s].lower_ in self.state.by_surname or doc[s].lower_ in self.state.by_given
            ):
                continue  # an unresolved "Trump" the model calls ORG is no organisation
            if e - s == 1 and doc[s].lower_ in self.state.words["faith_names"]:
                continue  # "radical Islam is a grave threat": a creed, no actor
            if etype == "Organization" and any(
                c.dep_ == "det" and c.lower_ in INDEFINITE for c in doc[e - 1].children
            ):
                continue  # "a super PAC supporting Biden" names no organisation
            if etype == "Organization" and _unnamed_organization(doc, s, e):
                continue  # "the PAC spent ...", "I commend the Chairmen and Ranking Members"
            if etype == "Organization":
                last = doc[e - 1].text
                if any(doc[i].text in self.state.words["party_heads"] for i in range(s, e)):
                    etype = "PoliticalParty"  # "Labour Party", "People's Party of Canada"
                elif last in self.state.words["legislation_heads"] and e - s > 2:
                    etype = "Legislation"  # "Prevention of Terrorism Bill" the model calls ORG
                elif last in self.state.words["government_body_heads"] or (
                    doc[s].text in ("Ministry", "Department", "Office") and e - s > 2
                ):
                    etype = "GovernmentBody"  # "National Security Council", "Ministry of ..."
            elif etype == "Place" and ent.label_ == "GPE" and country_code(name):
                etype = "Country"  # a state, which can act: "Saudi Arabia started supporting"
            elif etype == "Place" and (country := capital_country(name)) is not None:
                if _capital_acting(doc, s, e):
                    etype, name = "Country", country  # "Moscow denied ...": Russia acting
            self.add_other(ent.start, end, name, etype)

    def _claimed(self, i: int) -> bool:
        """Whether a pattern claims token ``i`` (a bill-by-name span that named nobody does
        not: "the Prevention of Terror Bill" stays the model's)."""
        sp = self.state.span_at[i]
        return sp is not None and sp.label_ != "BILL_BY_NAME"


def _sponsors_joined(names: list[Token]) -> str:
    """The sponsors' surnames of a bill named for them, joined as the text writes them when a
    slash or hyphen alone stands between each two ("the Bush/Enzi bill": a name is the text's
    own, never a spelling it does not use), else by hyphens ("Kyl and Cornyn")."""
    doc = names[0].doc
    pairs = list(zip(names, names[1:], strict=False))
    if pairs and all(
        b.i == a.i + 2 and doc[a.i + 1].text in {"/", "-"} and not a.whitespace_
        and not doc[a.i + 1].whitespace_
        for a, b in pairs
    ):  # fmt: skip
        return doc[names[0].i : names[-1].i + 1].text
    return "-".join(t.text for t in names)


def _titled_start(state: DocState, start: int, end: int) -> int | None:
    """ "the Finance Bill", "the Mental Capacity Bill", "Lord Dubs' Succession to the Crown
    Bill": a bill named by capitalised words before a capitalised "Bill" (the UK's way of
    naming a bill before Parliament), when no surname names it; so too a measure named
    before another capitalised head ("the Economic Stimulus Package", "the Volunteer for
    Safe Skies Program", `titled_measure_heads`). Not a person's given name
    ("Mayor Bill de Blasio", "Democrat Bill Nelson": a capitalised word or name particle
    after it; titles and a question's words before it, `titled_bill_excluded` of
    ``bill_references.json``), nor a headline's words ("Texas Senators Leaning Against
    Bill": a capitalised word before the name, or the name opening its sentence). The name's
    first token, or None."""
    doc = state.doc
    head = doc[end - 1]
    if head.text != "Bill" and not (head.is_title and head.lower_ in _TITLED_MEASURE_HEADS):
        return None
    if doc[end - 2].text in APOSTROPHE_S:
        return None
    after = doc[end : end + 2]
    if after and (
        after[0].is_title or after[0].lower_ in _BILL_NAME_PARTICLES or after[0].like_num
    ):
        return None  # "Bill Nelson", "Bill de Blasio"; "Assembly Bill 1899" is "AB 1899"
    if len(after) == 2 and after[0].lower_ in _BILL_NAME_CONNECTORS and after[1].is_title:
        return None  # "an Economic Bill of Rights" goes on
    first = i = end - 1
    while i > 0 and state.owner[i - 1] is None:
        j = i - 1
        while j > 0 and doc[j].lower_ in _BILL_NAME_CONNECTORS and doc[j].is_lower:
            j -= 1  # "Succession to the Crown Bill"
        tok = doc[j]
        if not tok.is_title or tok.lower_ in _TITLED_BILL_EXCLUDED or tok.is_sent_start:
            break
        if tok.lower_ in INDEFINITE or tok.lower_ == "the":
            break  # '"The Volunteer for Safe Skies Program is ...' after a quote mark
        if state.owner[j] is not None:
            break
        first = i = j
    if first == end - 1 or doc[first].lower_ in _TITLED_BILL_EXCLUDED:
        return None
    if head.text != "Bill" and not _own_measure(state, first, end):
        return None
    before = doc[first - 1].lower_ if first > 0 else ""
    if (
        before not in INDEFINITE
        and before != "the"
        and (not before or doc[first - 1].is_title or doc[first - 1].is_upper)
    ):
        return None
    return first


def _own_measure(state: DocState, first: int, end: int) -> bool:
    """Whether capitalised words before a measure head name a measure of their own: not
    a name that modifies a bill noun (`_names_a_bill`), nor a headline's words ("Wants to
    Renegotiate Climate Accord": a verb in it), nor an organisation's name or unit (an
    organisation noun or a pattern's actor in it: "the United Nations Environment
    Program"), nor the tail of a longer name the model
    found ("Children's Health Insurance Program", "the U.S. Institute for Environmental
    Conflict Resolution"), nor an organisation's unit a person holds a role in ("director
    of the Economic Studies Program", `role_only_words`)."""
    doc = state.doc
    head = doc[end - 1]
    if _names_a_bill(doc, end) or any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in ORGANIZATION_NOUNS for t in doc[first:end]
    ):
        return False  # "Wants to Renegotiate Climate Accord"; "Institute for ... Resolution"
    if any(
        (sp := state.span_at[k]) is not None and sp.label_ in SPAN_TYPES for k in range(first, end)
    ):
        return False  # "the United Nations Environment Program": a body's unit
    k = end - 1
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    if head.ent_type_ and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    if head.ent_type_ and k < first:
        return False
    role = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return role is None or role.lower_ not in _ROLE_ONLY


def _names_a_bill(doc: Doc, end: int) -> bool:
    """Whether the measure's name ending before ``end`` modifies a bill noun after it, an
    acronym in parentheses between ("Association Health Plan (AHP) legislation", "the New
    Deal program"): the name is then the bill's, not a measure's of its own."""
    head = doc[end - 1]
    if head.dep_ in ("compound", "nmod") and head.head.i > head.i:
        return True
    k = end + 3 if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" else end
    return k < len(doc) and doc[k].lower_ in _BILL_MENTION_NOUNS


def _completed(doc: Doc, state: DocState) -> set[str]:
    """The full names (lower case) of organisation and bill patterns whose span the one or two
    words before it complete: "the U.S. Chamber of Commerce" (a pattern for "Chamber of
    Commerce" named "U.S. Chamber of Commerce"), so the text has the full name."""
    return {
        sp.id_.lower()
        for sp in state.spans
        if sp.label_ in ("LEGISLATION", "ORGANIZATION")
        and sp.id_
        and any(
            doc[sp.start - k : sp.end].text.lower() == sp.id_.lower()
            for k in (1, 2)
            if sp.start >= k
        )
    }


def _shorter_name_of(state: DocState, key: tuple[str, str]) -> tuple[str, str]:
    """The key of a named law or scheme whose name holds every word of ``key``'s and ends
    the same ("ID scheme" of "ID card scheme"), else ``key``."""
    words = key[1].split()
    for other in state.others:
        if other[0] == key[0] and other[1].split()[-1:] == words[-1:]:
            if set(words) < set(other[1].split()) or set(other[1].split()) < set(words):
                return other
    return key


def _devolved(state: DocState, bodies: list[str]) -> bool:
    """Whether the document names a devolved body ("the Scottish Executive"), whose ministers
    a bare "ministers" may be."""
    names = {b.lower() for b in bodies}
    return any(etype == "GovernmentBody" and name in names for etype, name in state.others)


def _group_actor(doc: Doc, start: int, end: int) -> bool:
    """Whether a nationality or religious group the model tags NORP stands as an actor in
    its clause: a plural noun phrase of its own ("Muslims", "Evangelicals") that is a
    subject or object, not a modifier ("Muslim groups") and not a counted part of the group
    ("some Muslims", "two Americans"): the group, not some of its members."""
    root = doc[end - 1]
    data = words("groups")
    if root.tag_ not in ("NNPS", "NNS") or root.dep_ not in data["group_argument_deps"]:
        return False
    if _counted(root):
        return False  # "some Muslims", "two Americans", "one of the Muslims"
    return root.lower_ not in data["not_group_actors"]


def _good_proper_name(state: DocState, s: int, e: int) -> bool:
    """Reject junk: lowercase words, numbers, 'MORE', single letters."""
    doc = state.doc
    text = doc[s:e].text
    if text.lower() in state.words["junk_names"] or len(text) < 2:
        return False
    if e - s == 1 and doc[s].is_sent_start and doc[s].pos_ == "NOUN":
        return False  # "Groups that have endorsed ...": a capitalised common noun
    connectors = state.words["organization_connectors"]
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


def _unnamed_organization(doc: Doc, start: int, end: int) -> bool:
    """Whether a span the model calls ORG names no organisation: a generic noun alone ("the
    PAC spent ..."), or office and role nouns alone ("Chairmen and Ranking Members", "Senior
    Officials": the people who hold those roles, unnamed)."""
    if end - start == 1 and doc[start].lower_ in ORGANIZATION_NOUNS:
        return True
    connectors = words("entities_words")["organization_connectors"]
    roles = [t for t in doc[start:end] if t.lower_ not in connectors]
    return bool(roles) and all(t.lower_ in _ROLE_ONLY for t in roles)


def _counted(tok: Token) -> bool:
    """Whether a group noun is counted or partial: "two officials", "some leaders", "one of
    the Muslims" (``groups.json`` ``counted``)."""
    counted = words("groups")["counted"]
    return any(c.lower_ in counted or c.dep_ == "nummod" for c in tok.children) or (
        tok.head.lower_ == "of" and tok.head.head.lower_ in counted
    )


def _capital_acting(doc: Doc, start: int, end: int) -> bool:
    """Whether a capital stands for its country: the subject, object or possessor of its
    clause, or the agent or target of a preposition ("criticism by Moscow"), itself or as a
    conjunct of one ("Washington and Moscow"); never "in Moscow", "Moscow police"."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss"):
        return True
    prepositions = words("governments")["capital_prepositions"]
    return root.dep_ == "pobj" and root.head.lower_ in prepositions


def _bare_group(tok: Token) -> bool:
    """ "ministers" with no determiner, owner, modifier, number or "of" before it, as its
    clause's subject or object or a passive's agent ("accused ministers of ...", "plans
    unveiled by ministers"; not "lots of ministers", "the views of ministers", "ministers in
    the DfES", "Tory ministers")."""
    if tok.tag_ != "NNS" or any(c.dep_ != "relcl" for c in tok.children):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _bare_government(tok: Token, modifiers: list[str]) -> bool:
    """'the government', 'the central government': no owner, no other modifier, no noun
    it modifies ('the government plans' are plans)."""
    if tok.dep_ in ("compound", "amod", "nmod") or tok.text[:1].isupper() and tok.i == 0:
        return False
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ != "the":
        return False
    return all(
        c.dep_ not in ("poss", "compound", "amod", "nmod", "prep") or c.lower_ in modifiers
        for c in tok.children
    )


def _residents(doc: Doc, group: Token) -> bool:
    """A plural named after a state or a city, not a nation, is its residents or voters
    ("supported overwhelmingly by Montanans", "his fellow Yekaterinburgers"): a place's
    population, not a group acting as one ("Muslims", "Russians" stay actors)."""
    singular = group.text.removesuffix("s")
    if demonym_code(singular) is not None:
        return False
    base = singular
    for suffix in words("groups")["resident_suffixes"]:
        if base.endswith(suffix):
            base = base.removesuffix(suffix)
            break
    if len(base) < 3 or base == singular:
        return False
    places = [*words("us_states")["states"]]
    ents = token_columns(doc).ents
    places += [e.text for e in ents if e.label_ == "GPE" and not country_code(e.text)]
    return any(place.startswith(base) for place in places)


def _newspaper_title(ent: Span) -> bool:
    """A newspaper's name the model tags as a work ("the Evening Standard", "The Washington
    Post"): "the" and capitalised words ending in a newspaper's head word
    (``organization_references.json`` ``media_print``), the paper as an actor."""
    heads = words("organization_references")["newspaper_heads"]
    first = ent.doc[ent.start - 1] if ent.start > 0 else None
    definite = ent[0].lower_ == "the" or (first is not None and first.lower_ == "the")
    tokens = [t for t in ent if t.lower_ != "the"]
    return (
        definite
        and 1 <= len(tokens) <= 4
        and all(t.text[:1].isupper() for t in tokens)
        and tokens[-1].lower_ in heads
    )
