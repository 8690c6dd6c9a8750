"""Names as references: bare surnames and given names, "the president", "the probe", relatives.

A bare "Sessions" or "Tom" is the known person of that name the text names (a title or an
honorific decides between bearers); "the president" is the person the text titles so, else the
holder of the day; "the investigation" is the one investigation the text named. The pronoun rules
(``references.py``) build on these answers.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from polkg.extract.appointees import appointee, named_holder
from polkg.extract.bill_references import rival_probe_between
from polkg.extract.captions import doc_text, in_caption
from polkg.extract.legislators import executive_at, fold_name, former_holders
from polkg.extract.lexicon import (
    famous_full_names,
    famous_holders,
    given_forms,
    given_name_gender,
    us_state,
)
from polkg.extract.mentions import DocState, NameFinder, PersonCluster
from polkg.extract.peers import peer_rank
from polkg.extract.persons import (
    NATIONAL,
    TITLE_CONTINUATIONS,
    Offices,
    charge_of,
    famous_name,
    title_misfits,
)
from polkg.model import OfficeHeld

_YEAR = re.compile(r"(?:19|20)\d\d")
_SPACING = re.compile(r"[\s.]")


def _caption_only(person: PersonCluster, tok: Token) -> bool:
    """Whether ``person`` first comes up in a caption or photo-credit line after ``tok`` (a
    bare surname in the body): a picture further on is no antecedent of the body's "Trump"
    (a caption above the text, as the BBC's, introduces whom the body then calls "Mr Trump")."""
    first = person.first_token
    return tok.i < first < len(tok.doc) and in_caption(tok.doc[first]) and not in_caption(tok)


def _relatives_set_aside(state: DocState, i: int, cands: list[int]) -> list[int]:
    """The bearers of the bare surname at token ``i`` left once those the text first names as
    someone's relative are set aside, when it wrote the surname bare before naming anyone of
    it: "Bush quipped ... Bush thanked his mother Barbara Bush ... Carter praised Bush" is never
    she, the relative of the one it calls "Bush". An honorific still decides ("Mrs. Bush")."""
    kin = [k for k in cands if _kin_introduced(state, state.persons[k])]
    if not kin or (i > 0 and state.doc[i - 1].lower_ in state.words["honorific_gender"]):
        return cands
    if not _called_before_bearers(state, i, cands):
        return cands
    return [k for k in cands if k not in kin]


def _kin_introduced(state: DocState, person: PersonCluster) -> bool:
    """Whether the text first names ``person`` as someone's relative: right after a kin noun
    with a possessor ("his mother Barbara Bush", "Romney's wife, Ann Romney"); never the famous
    office holder of that name ("the president's eldest son, Donald Trump" is a misnamed son,
    and the person the text calls "Trump" all along)."""
    if any(tuple(n.lower().split()) in famous_full_names() for n in person.names):
        return False
    doc, j = state.doc, person.first_token - 1
    if 0 <= j < state.n and doc[j].text == ",":
        j -= 1
    if not 0 <= j < state.n or doc[j].lower_ not in state.words["kin_appositive_nouns"]:
        return False
    return any(c.dep_ == "poss" for c in doc[j].children) or (
        j > 0 and doc[j - 1].tag_ in ("PRP$", "POS")
    )


def _called_before_bearers(state: DocState, i: int, cands: list[int]) -> bool:
    """Whether the text writes the surname at token ``i`` bare, capitalized and owned by no one,
    before it names any of its bearers ``cands``: a person it takes as known, whom a bearer
    introduced later ("his mother Barbara Bush") need not be."""
    doc, owner = state.doc, state.owner
    first = min(state.persons[k].first_token for k in cands)
    low = doc[i].lower_
    return any(
        doc[j].lower_ == low and doc[j].text[:1].isupper() and owner[j] is None
        for j in range(min(first, i))
    )


class BareNames:
    """Bare surnames and given names: the known person of that name the text means (a word
    ``finder`` allows as a name)."""

    def __init__(self, state: DocState, finder: NameFinder) -> None:
        self.state = state
        self.finder = finder

    def bare_name(self, tok: Token, recent: dict[int, int]) -> tuple[int, int] | None:
        """The known person (and end token) a bare surname or given name refers to, if any."""
        i = tok.i
        if (
            not tok.whitespace_  # (tested first: most words have a space, and no Token is made)
            and i + 2 < self.state.n
            and self.state.doc[i + 1].text == "-"
            and not self.state.doc[i + 1].whitespace_
        ):
            compound = self.state.doc[i : i + 3].text.lower()  # "Ocasio-Cortez"
            cands = self.state.by_surname.get(compound)
            if cands and all(self.state.owner[j] is None for j in range(i, i + 3)):
                k = self._pick_person(i, cands, False, True, recent)
                return (k, i + 3) if k is not None else None
            return None
        particled = self._particle_surname(tok, recent)
        if particled is not None:
            return particled, i + 2
        found = self._bare_single(tok, recent)
        return (found, i + 1) if found is not None else None

    def _particle_surname(self, tok: Token, recent: dict[int, int]) -> int | None:
        """A surname written with its name particle, the known person whose full name has
        both ("La Riva" for Gloria La Riva, "De León" for Kevin de León): the person layer
        keys persons by the last word, and the model often tags the pair an organisation."""
        i = tok.i
        if i + 1 >= self.state.n or tok.lower_ not in self.state.words["name_particles"]:
            return None
        if not tok.text[:1].isupper():
            return None  # "de" inside a name is the full name's, found already
        surname = self.state.doc[i + 1]
        pair = f"{tok.lower_} {surname.lower_}"
        cands = [
            k
            for k in self.state.by_surname.get(surname.lower_, [])
            if any(f" {pair}" in f" {n.lower()}" for n in self.state.persons[k].names)
        ]
        if not cands or self.state.owner[i] is not None or self.state.owner[i + 1] is not None:
            return None
        return self._pick_person(i + 1, cands, False, True, recent)

    def _bare_single(self, tok: Token, recent: dict[int, int]) -> int | None:
        low = tok.text.lower()
        cands = self.state.by_surname.get(low)
        via_given = False
        if cands is None:
            cands = self.state.by_given.get(low)
            via_given = True
            if cands is None:
                return None
        tagged = tok.i in self.state.single_set or tok.ent_type_ == "PERSON"
        if via_given or tok.i == 0 or peer_rank(self.state.doc, tok.i - 1) is None:
            # (after a peer's rank the word is a name, whatever the model tags it: "Lord
            # [Dubs' Succession]" ORG, "[Lord Moynihan]" PERSON)
            if not self.finder.could_be_name(tok.i, person_tagged=tagged):
                return None
            if not via_given and self._other_given_name(tok, cands):
                return None  # "Khizr Khan blasted Trump" is not the text's Humayun Khan
        return self._pick_person(tok.i, cands, via_given, tagged, recent)

    def _other_given_name(self, tok: Token, cands: list[int]) -> bool:
        """Whether the surname follows a given name of its own that no candidate bears: a word
        the NER takes into the same person name, capitalized, not a title or an honorific."""
        if tok.i == 0 or tok.ent_iob_ != "I" or tok.ent_type_ != "PERSON":
            return False
        prev = self.state.doc[tok.i - 1]
        low = prev.lower_
        if not (prev.is_alpha and len(prev) > 1 and prev.text[:1].isupper()):
            return False
        if (
            self.state.span_at[prev.i] is not None
            or low in self.state.words["honorific_gender"]
            or (low in self.state.words["honorifics"])
        ):
            return False
        return not any(
            low in self.state.persons[k].middles
            or any(
                low in given_forms(g) or g in given_forms(low) for g in self.state.persons[k].givens
            )
            for k in cands
        )

    def _pick_person(
        self, i: int, cands: list[int], via_given: bool, tagged: bool, recent: dict[int, int]
    ) -> int | None:
        """Which known person a bare surname (or given name) at token ``i`` refers to."""
        if via_given:
            # a bare given name: only when one person has it, the NER calls it a person, and it
            # is not the first name of someone else ("Sarah Isgur Flores" is not Sarah Sanders)
            nxt = self.state.doc[i + 1] if i + 1 < self.state.n else None
            if nxt is not None and nxt.tag_ in ("NNP", "NNPS") and nxt.text[:1].isupper():
                return None
            if not tagged:
                return None
            if len(cands) == 1:
                return cands[0]
            # "Tom" in a release about Tom Griffith that once names Tom Daschle: the text's
            # main bearer of the name, when he clearly dominates and came up already
            return self._main_given_bearer(cands, recent)
        title = self.state.span_ending.get(i)
        fathers = {f for k in cands if (f := _famous_namesake(self.state, k))}
        cands = self._namesakes_kept(cands, i)
        # "Bush quipped ... Bush thanked his mother Barbara Bush ... Carter praised Bush"
        cands = _relatives_set_aside(self.state, i, cands)
        if not cands:
            return _famous_father(self.state, next(iter(fathers))) if len(fathers) == 1 else None
        if len(cands) == 1:  # "Mr. Obama" is not the text's one Michelle Obama
            office = title.id_ if title is not None and title.label_ == "TITLE" else ""
            k, before = cands[0], self.state.doc[i - 1].lower_ if i > 0 else ""
            if not title_misfits(self.state.persons[k], self.gender(k), before, office):
                return k
            # "President Trump" in a text that names only Ivanka Trump in full: her father
            return _famous_titled(self.state, i, office)
        # the link card's own anchor text ("President Trump" carried a Donald John Trump card)
        for shown, k in self.state.card_shown.get(self.state.doc[i].lower_, []):
            n_words = len(shown.split())
            start = i
            while start > 0 and len(self.state.doc[start : i + 1].text.split()) < n_words:
                start -= 1
            if self.state.doc[start : i + 1].text == shown and k in cands:
                return k
        # shared surname (Jeff vs Pete Sessions): a title before it decides ("President Clinton")
        if title is not None and title.label_ == "TITLE":
            held = self._title_holder(i, title.id_, cands)
            if held is not None:
                return held
        chosen, cands = self._honorific_choice(i, cands)
        if chosen is not None:
            return chosen
        seen = [(recent[c], c) for c in cands if c in recent]
        if not seen:
            return None  # nobody of that name mentioned yet: leave it unresolved
        called = [c for c in cands if c in recent and self.state.bare_uses.get(c)]
        if title is None and len(called) == 1:
            # the one bearer the text already calls by the bare surname: "Biden" after many a
            # "Biden" for Joe Biden and a "his son Hunter" is Joe, however recent Hunter is
            return called[0]
        # the document's main bearer of the name ("Trump" after one "Ivanka Trump"), else the
        # first one it introduced, when named in full as often as any other (news keeps the
        # bare surname for the person it introduced first: "Adams" after "John Quincy Adams"
        # twice and "Louisa Adams" once is the president), else the most recent one
        main = self.main_bearer(cands, recent)
        if main is None:
            first = min((c for _, c in seen), key=lambda c: self.state.persons[c].first_token)
            full = self.state.name_mentions.get(first, 0)
            if all(full >= self.state.name_mentions.get(c, 0) for _, c in seen):
                main = first
        return main if main is not None else max(seen)[1]

    def _title_holder(self, i: int, office: str, cands: list[int]) -> int | None:
        """Of several bearers of the surname at ``i``, the one its title ``office`` names: the
        holder of the year its paragraph names, the one bearer the text gives the office, or
        the famous holder of that name; None when the title does not decide."""
        persons = self.state.persons
        holders = [k for k in cands if any(o.title == office for o in persons[k].offices)]
        of_year = self.holder_of_year(i, office, cands)
        if of_year is not None:
            return of_year  # "1992: ... President Bush" is George H. W. Bush
        if len(holders) == 1:
            return holders[0]
        famous = famous_holders().get(office, {}).get(self.state.doc[i].lower_)
        named = [
            k
            for k in cands
            if famous and famous in persons[k].names + [persons[k].card_short or ""]
        ]
        if len(named) == 1:
            return named[0]  # "President Trump" with Ivanka Trump also in the text
        return None

    def _honorific_choice(self, i: int, cands: list[int]) -> tuple[int | None, list[int]]:
        """The one bearer of an honorific's gender ("Ms. Clinton"), and the candidates left
        for the other rules: none of the other gender ("Mr. Trump" is never the text's Melania
        Trump, however recent she is)."""
        g = self.state.words["honorific_gender"].get(self.state.doc[i - 1].lower_) if i else None
        if g is None:
            return None, cands
        fitting = [k for k in cands if self.gender(k) == g]
        if len(fitting) == 1:
            return fitting[0], cands
        return None, [k for k in cands if self.gender(k) in (None, g)]

    def _namesakes_kept(self, cands: list[int], i: int) -> list[int]:
        """The candidates left for a bare surname at token ``i``: no famous holder's "Jr."
        (the father is meant), nor a person named only in a caption ("... with Vanessa Trump
        lagging behind him. REUTERS/Leah Millis" is no antecedent of the body's "Trump")."""
        return [
            k
            for k in cands
            if not _famous_namesake(self.state, k)
            and not _caption_only(self.state.persons[k], self.state.doc[i])
        ]

    def holder_of_year(
        self, i: int, office: str, cands: list[int], clause_only: bool = False
    ) -> int | None:
        """The candidate who held ``office`` (President, Vice President) in the year the
        paragraph names before token ``i`` ("1992: ... President Bush had ..."), or with
        ``clause_only`` the year of the clause token ``i`` is in (``_clause_year``: "Pushed out
        of his job in 2006, he later broke with the president"), when the text names him in
        full with his initials; None when no year or no such candidate."""
        doc = self.state.doc
        line_start = doc_text(doc).rfind("\n", 0, doc[i].idx) + 1
        j = i - 1
        while j >= 0 and doc[j].idx >= line_start:
            t = doc[j]
            if (
                _YEAR.fullmatch(t.text)
                and (t.ent_type_ == "DATE" or doc[j + 1].text == ":")
                and (not clause_only or _clause_year(t, doc[i]))
            ):
                holder = executive_at(office, f"{t.text}-07-01")
                if holder is None:
                    return None
                key = _SPACING.sub("", holder[0].lower())
                found = [
                    k
                    for k in cands
                    if any(_SPACING.sub("", n.lower()) == key for n in self.state.persons[k].names)
                ]
                return found[0] if len(found) == 1 else None
            j -= 1
        return None

    def main_bearer(self, cands: list[int], recent: dict[int, int]) -> int | None:
        """The candidate named at least twice as often as any other (plus one), among those
        mentioned already; None when none dominates."""
        counts = sorted(
            ((self.state.name_mentions.get(c, 0), c) for c in cands if c in recent), reverse=True
        )
        if not counts or (len(counts) > 1 and counts[0][0] < 2 * max(counts[1][0], 1) + 1):
            return None
        if len(counts) == 1 and len(cands) > 1:
            return None  # the other bearer is still to come: no telling yet
        return counts[0][1]

    def _main_given_bearer(self, cands: list[int], recent: dict[int, int]) -> int | None:
        """The main bearer of a bare given name (``main_bearer``), also before its other bearer
        comes up: the one already named, when the whole text names him in full at least twice
        as often as every other bearer, plus one ("Tom is an outstanding lawyer" in a release
        naming Tom Griffith six times, before its one "Tom Daschle")."""
        main = self.main_bearer(cands, recent)
        if main is not None:
            return main
        seen = [c for c in cands if c in recent]
        if len(seen) != 1:
            return None
        most = max(self.state.name_mentions.get(c, 0) for c in cands if c != seen[0])
        return seen[0] if self.state.name_mentions.get(seen[0], 0) >= 2 * max(most, 1) + 1 else None

    def gender(self, k: int) -> str | None:
        """A person's gender from given names, honorifics, or the famous office holder."""
        p = self.state.persons[k]
        if p.gender is None and not p.genders and not p.names:
            famous = famous_name(p)  # "President Obama" alone: Barack
            if famous:
                return given_name_gender(famous.split()[0])
        return p.gender


def about_us_politics(state: DocState) -> bool:
    """Whether the text names a US federal body or a member of a US party ("the president"
    of a text about Belarus or Britain is not the US one)."""
    bodies = state.words["us_federal_bodies"]
    return any(o.name.lower() in bodies for o in state.others.values()) or any(
        p.party in state.words["us_parties"] for p in state.persons
    )


def _famous_namesake(state: DocState, k: int) -> str | None:
    """The famous office holder whose "Jr." person ``k`` is (Donald Trump Jr.: Donald
    Trump): a bare "Trump" is the father, whom the text may never name in full."""
    p = state.persons[k]
    if not p.suffix:
        return None
    for table in famous_holders().values():
        full = table.get(p.surname.lower()) if isinstance(table, dict) else None
        if full and given_forms(full.split()[0]) & p.givens:
            return str(full)
    return None


def _famous_titled(state: DocState, i: int, office: str) -> int | None:
    """The famous holder of ``office`` a titled surname at token ``i`` names when the text's
    one bearer of the surname cannot be him ("President Trump" beside the text's only full
    name "Ivanka Trump" is Donald Trump): a new person, whom later bare surnames find."""
    full = famous_holders().get(office, {}).get(state.doc[i].lower_) if office else None
    if not isinstance(full, str):
        return None
    k = _famous_father(state, full)
    if k is not None:
        state.persons[k].offices.append(OfficeHeld(title=office))
    return k


def _famous_father(state: DocState, full: str) -> int | None:
    """A new person of the famous holder's full name, in a text about US politics (as the
    holder of the day is); later bare surnames find him."""
    if not about_us_politics(state):
        return None
    surname = full.split()[-1]
    person = PersonCluster(surname=surname, givens={full.split()[0].lower()}, names=[full])
    if gender := given_name_gender(full.split()[0]):
        person.genders.add(gender)  # "Mr. Trump" after him and Melania Trump is him
    state.persons.append(person)
    k = len(state.persons) - 1
    state.by_surname.setdefault(surname.lower(), []).append(k)
    return k


def _clause_year(year: Token, title: Token) -> bool:
    """Whether ``year`` dates the clause ``title`` is in: the object of an "in" phrase of that
    clause's verb, of a verb above it, or of an adverbial clause under it ("Pushed out of his
    job in 2006, he later broke with the president"); not a year inside a noun phrase ("during
    the 2016 campaign, appearing to pursue the president's allegation")."""
    prep = year.head
    if year.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
        return False
    dated = prep.head
    verb = next((a for a in title.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not year.sent == title.sent:
        return False
    return (
        dated == verb or dated in verb.ancestors or (dated.dep_ == "advcl" and dated.head == verb)
    )


def _definite_title(state: DocState, sp: Span, i: int) -> bool:
    """Whether the title ``sp``, its title word at token ``i``, is a definite reference to
    a holder: "the president", "this president", "the former president"; not when office
    words or a proper noun continue it ("the president of the club"), unless its "of" says
    what the holder is charged with or names the nation."""
    doc = state.doc
    determiners = state.words["definite_determiners"]  # "the president", "this president"
    if i == 0 or doc[i - 1].lower_ not in determiners:
        # "former president" / "the former president"
        if not (i >= 2 and doc[i - 1].lower_ == "former" and doc[i - 2].lower_ == "the"):
            return False
    nxt = doc[sp.end] if sp.end < state.n else None
    if nxt is not None and (nxt.lower_ in TITLE_CONTINUATIONS or nxt.tag_ == "NNP"):
        if not (nxt.lower_ == "of" and _charged_with(state, sp)):
            if not _of_the_nation(state, sp.end):
                return False  # "accused the former vice president of changing ..." refers
    return True


def _charged_with(state: DocState, sp: Span) -> bool:
    """Whether the "of" after the title ``sp`` says what its holder does or is charged
    with, not whose office it is: a gerund after it, also inside quotation marks ("accused
    the former vice president of changing ...", 'accusing the prime minister of "hiding
    away ..."'), or the title the object of a verb of charging ("accused the prime minister
    of lying", ``persons.charge_of``)."""
    doc = state.doc
    k = sp.end + 1
    while k < state.n and doc[k].is_quote:
        k += 1
    return k < state.n and doc[k].tag_ == "VBG" or charge_of(doc[sp.end - 1])


def _of_the_nation(state: DocState, i: int) -> bool:
    """Whether an "of" phrase at token ``i`` names the nation itself ("the president of the
    United States"), which keeps the title a reference to its holder."""
    of = state.doc[i]
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if of.lower_ != "of" or obj is None:
        return False
    phrase = state.doc[obj.left_edge.i : obj.right_edge.i + 1].text.lower()
    return phrase in state.words["national_title_complements"]


class NameReferences:
    """ "the president" (titles read by ``offices``), "the probe", relative pronouns; the
    holder of a title among several bearers as ``bare`` picks the main one."""

    def __init__(self, state: DocState, offices: Offices, bare: BareNames) -> None:
        self.state = state
        self.offices = offices
        self.bare = bare

    def title_reference(self, sp: Span) -> int | None:
        """'the president' -> the person the document names as president."""
        title, i = self.offices.title_of(sp)
        if not _definite_title(self.state, sp, i):
            return None
        cands = [
            k for k, p in enumerate(self.state.persons) if any(o.title == title for o in p.offices)
        ]
        status, _ = self.offices.status_before(i)
        fitting = [k for k in cands if self._status_of(k, title) == status] or (
            cands if status == "unknown" else []
        )
        if not fitting:
            # nobody named with the title: the holder of the day, if the text names him
            if status == "former":
                return self._former_holder(title)
            return self._holder_of_the_day(title, sp.text) if status == "current" else None
        fitting = self._national(fitting, title)
        if not fitting or (status == "former" and self.untitled_former(fitting, title)):
            return None
        if len(fitting) > 1 and status == "current":
            # "Pushed out of his job in 2006, he later broke with the president" in a 2012
            # story naming Presidents Bush and Obama: the holder of the year its sentence names
            of_year = self.bare.holder_of_year(i, title, fitting, clause_only=True)
            if of_year is not None:
                return of_year
        if status == "current":
            # "President George W. Bush" once in a story about an untitled "Trump": a known
            # holder of the office named without the title makes "the president" ambiguous
            famous = famous_holders().get(title, {})
            for k, p in enumerate(self.state.persons):
                full = famous.get(p.surname.lower())
                if k in cands or full is None:
                    continue
                if not p.names or full in p.names or full == p.card_short:
                    # the holder of the day decides: "Trump" in 2018, "Bush" in 2005
                    return self._holder_of_the_day(title, sp.text)
        if len(fitting) > 1:
            # "the attorney general" in a 2018 story that names Sessions and Barr so: the
            # holder of the day (``appointees.appointee``); else nobody can tell which, unless
            # the text names one far more often ("The senator blamed ..." in a story about Sen.
            # Doug Jones that once quotes Sen. Ron Johnson)
            held = appointee(
                title,
                sp.text,
                self.state.day,
                self.state.persons,
                self.state.recent,
                self.state.doc,
            )
            if held in fitting and status == "current":
                return held
            return self.bare.main_bearer(fitting, self.state.recent)
        return self._seen_holder(fitting[0], title, status)

    def _national(self, fitting: list[int], title: str) -> list[int]:
        """The holders among ``fitting`` a bare title may mean: "the president" is the national
        one, never "NAACP president X"; "French President X" only when that is the one
        president the document names (else none). A state's senator is a US one too: "the
        senator" among "Florida Sen. Marco Rubio" and "Sen. Bernie Sanders" is either of them,
        not the one without a state."""
        national = [
            k
            for k in fitting
            if (q := self._qualifier_of(k, title) or "U.S.") in NATIONAL or us_state(q)
        ]
        if national:
            return national
        foreign = [
            k
            for k in fitting
            if self.state.qualifier_kind.get(self._qualifier_of(k, title) or "") in ("GPE", "NORP")
        ]
        return foreign if len(foreign) == 1 else []

    def _seen_holder(self, k: int, title: str, status: str) -> int | None:
        """The one holder the reference may mean, or rather the one person of the text mentioned
        before it whom the text gives the title further on by a bare surname, when ``k`` itself
        comes up only later: "Jeff Sessions did ... The attorney general, an early Trump
        supporter, ... Attorney General Sessions" is Sessions, not the Alberto Gonzales the text
        recalls at its end (a bare surname gets its title only when the pass reaches it)."""
        if k in self.state.recent:
            return k
        seen = [
            j
            for j, st in self.titled_ahead(title).items()
            if j in self.state.recent and st == status
        ]
        return seen[0] if len(seen) == 1 else k

    def titled_ahead(self, title: str) -> dict[int, str]:
        """Persons the text gives ``title`` right before a bare surname of one person of the
        text, unqualified ("Attorney General Sessions", not "AP President Pruitt"), with that
        title's status."""
        found: dict[int, str] = {}
        for j, sp in self.state.span_ending.items():
            if (
                sp.label_ != "TITLE"
                or j >= self.state.n
                or not self.state.doc[j].text[:1].isupper()
            ):
                continue
            cands = self.state.by_surname.get(self.state.doc[j].lower_)
            office, begin = self.offices.title_of(sp)
            if cands is None or len(cands) != 1 or office != title:
                continue
            if begin > 0 and self.state.doc[begin - 1].pos_ == "PROPN":
                continue  # a qualified title: "AP President Pruitt", "Texas Attorney General X"
            found.setdefault(cands[0], self.offices.status_before(begin)[0])
        return found

    def _holder_of_the_day(self, title: str, form: str = "") -> int | None:
        """The person who held ``title`` (President, Vice President) on the document's date
        (``legislators.executive_at``): the text's one cluster of his surname whose given names,
        if any, are his ("Trump" or "Donald Trump", never "Melania Trump"); when the text does
        not name him, a new person of his full name, if the text is about US politics ("the
        President chose to nominate Tom Griffith" in a 2004 Senate release: George W. Bush).
        Another federal office ("the attorney general") is its holder of the day only when the
        text named him before (``appointees.appointee``)."""
        holder = executive_at(title, self.state.day)
        if holder is None:
            return appointee(
                title, form, self.state.day, self.state.persons, self.state.recent, self.state.doc
            )
        name, surname, givens = holder
        found = [
            k
            for k, p in enumerate(self.state.persons)
            if p.surname.lower() == surname
            and (not p.givens or any(given_forms(g) & givens for g in p.givens))
        ]
        if found or not about_us_politics(self.state):
            return found[0] if len(found) == 1 else None
        person = PersonCluster(surname=name.split()[-1], givens=set(givens), names=[name])
        person.offices.append(OfficeHeld(title=title))
        self.state.persons.append(person)
        k = len(self.state.persons) - 1
        # later bare surnames may be him: "the president ... Trump" beside an "Ivanka Trump"
        self.state.by_surname.setdefault(person.surname.lower(), []).append(k)
        return k

    def untitled_former(self, titled: list[int], title: str) -> bool:
        """Whether the text named before, in full, a former holder of ``title`` it never titles
        so, besides the ``titled`` ones (``legislators.former_holders``): "the former
        president" in a story of George W. Bush that titles only his father "former President
        George H.W. Bush" may be either."""
        state = self.state
        held = former_holders(title, state.day)
        return any(
            k not in titled
            and p.names
            and any(
                fold_name(p.surname) == surname and any(given_forms(g) & givens for g in p.givens)
                for surname, givens in held
            )
            for k, p in enumerate(state.persons)
            if k in state.recent
        )

    def _former_holder(self, title: str) -> int | None:
        """'the former secretary of state' nobody in the text is titled so: the one person
        named in full before it who held the office before the document's date
        (``legislators.former_holders``): Hillary Clinton in 2016, Joe Biden as "the former
        vice president" in 2019; nobody in an undated text or when two such persons come up."""
        held = former_holders(title, self.state.day)
        if not held:
            return None
        return named_holder(held, self.state.persons, self.state.recent)

    def _qualifier_of(self, k: int, title: str) -> str | None:
        for office in self.state.persons[k].offices:
            if office.title == title:
                return office.qualifier
        return None

    def _status_of(self, k: int, title: str) -> str:
        for office in self.state.persons[k].offices:
            if office.title == title:
                return office.status
        return "unknown"

    def definite_reference(self, tok: Token, spec: dict[str, str]) -> tuple[str, str] | None:
        """'the investigation' -> the one investigation the document named before it."""
        suffix = spec.get("name_endswith", "").lower()
        cands = [
            key
            for key, other in self.state.others.items()
            if key[0] == spec["type"] and key[1].endswith(suffix) and other.first_token < tok.i
        ]
        if len(cands) != 1:
            return None  # only when the document names exactly one of that kind
        key = cands[0]
        det = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if not det:
            return None
        d = det[0]
        if d.dep_ == "det" and d.lower_ not in self.state.words["definite_determiners"]:
            return None  # "the administration", "this administration"; not "an", "every"
        if d.dep_ == "poss":
            owner = self.state.owner[d.i]
            if owner is None or not owner.is_other or owner.other[0] != "GovernmentBody":
                return None
        if any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children):
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("into", "of", "on"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if not objs:
                    continue
                o = self.state.owner[objs[0].i]
                if o is None or not o.is_other or o.other[0] != "Election":
                    return None
        if spec["type"] == "Investigation" and self._probe_rival(tok, key):
            return None
        return key

    def _probe_rival(self, tok: Token, key: tuple[str, str]) -> bool:
        """Whether the text introduces a probe of its own between the named probe ``key`` and
        "the investigation" (``bill_references.rival_probe_between``)."""
        other = self.state.others[key]
        known = {w.lower() for n in [other.name, *other.aliases] for w in n.split()}
        owner = self.state.owner

        def named_at(i: int) -> bool:
            found = owner[i]
            return found is not None and found.is_other and found.other == key

        return rival_probe_between(tok, known, named_at, lambda i: owner[i] is None)

    def person_of_token(self, tok: Token) -> int | None:
        owner = self.state.owner[tok.i]
        if owner is not None and owner.is_person:
            return owner.person
        for child in tok.children:
            if child.dep_ == "appos":
                owner = self.state.owner[child.i]
                if owner is not None and owner.is_person:
                    return owner.person
        return None

    def relative(self, tok: Token) -> int | None:
        """'Tuberville, who is running' -> Tuberville (the noun the relative clause modifies)."""
        clause = tok.head if tok.dep_ != "poss" else tok.head.head
        if clause.dep_ != "relcl":
            return None
        return self.person_of_token(clause.head)
