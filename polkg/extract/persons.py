"""Persons: clustering name mentions into people, with the offices and parties the text gives.

"Former Attorney General Jeff Sessions", "Jeff Sessions" and a link card's "Jefferson (Jeff)
Beauregard Sessions" become one cluster; titles, party words and party tags around a name
become the person's offices and party.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from polkg.extract.countries import capital_country, country_code
from polkg.extract.known_names import is_dictionary_word, known_surnames
from polkg.extract.lexicon import famous_holders, given_forms, given_genders, us_state, words
from polkg.extract.mentions import DocState, NameFinder, Owner, PersonCluster, strip_suffix
from polkg.extract.name_trims import drop_sentence_initial_words, trim_to_known_names
from polkg.extract.peers import peer_gender, peer_rank
from polkg.extract.syntax import hyphenated
from polkg.extract.token_columns import token_columns
from polkg.model import OfficeHeld

_PARTY_WORDS_BEFORE_NAME = {"Republican", "Democrat", "Democratic", "GOP", "Libertarian"}
NATIONAL = {"U.S.", "US", "U.S", "United States", "America", "American", "the United States"}
TITLE_CONTINUATIONS = frozenset(words("entities_words")["title_continuations"])  # "president-elect"
# verbs whose "of" phrase after their object is the charge against it ("accused the prime
# minister of lying"), never a part of the object's title or description
CHARGE_VERBS = frozenset(words("entities_words")["charge_verbs"])


def charge_of(noun: Token) -> bool:
    """Whether an "of" phrase after ``noun`` is the charge of a verb of charging whose object
    ``noun`` is ("accused the prime minister of lying", "accused the Tory leader of behaving
    like an 'attack mongrel'"), not a part of its title or description ("the president of
    the club")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in CHARGE_VERBS


def _place_word(text: str) -> bool:
    """A country, US state or capital ("Washington", "Jackson" is no place word here)."""
    return bool(country_code(text) or us_state(text) or capital_country(text))


def card_parts(full: str) -> tuple[str, list[str], str | None]:
    """'Jefferson (Jeff) Beauregard Sessions' -> ('Sessions', ['Jefferson', ...], 'Jeff')."""
    nick_m = re.search(r"\(([^)]+)\)", full)
    nick = nick_m.group(1).strip() if nick_m else None
    plain = re.sub(r"\s*\([^)]*\)\s*", " ", full).split()
    plain = strip_suffix(plain)
    if not plain:
        return "", [], nick
    return plain[-1], plain[:-1], nick


def _middle(tokens: list[str]) -> str:
    """The middle part of a name, normalised ("H.W." -> "hw"), "" when none."""
    return "".join(tokens[1:-1]).replace(".", "").lower()


def _middles_clash(a: str, b: str) -> bool:
    """George W. Bush vs George H.W. Bush: both have middles and neither extends the other."""
    return bool(a and b) and not (a.startswith(b) or b.startswith(a))


def famous_name(p: PersonCluster) -> str | None:
    """'President Obama' alone in the text: Barack Obama (entities_famous.json)."""
    table = famous_holders()
    for office in p.offices:
        full = table.get(office.title, {}).get(p.surname.lower())
        if full and office.qualifier in (None, *NATIONAL):
            return full
    return None


def title_misfits(p: PersonCluster, gender: str | None, before: str, title: str) -> bool:
    """Whether a surname after the word ``before`` (an honorific's gender) or the office
    ``title`` cannot be person ``p`` (of ``gender``): "Mr. Obama" or "President Obama" in a
    text that names only Michelle Obama in full is her husband, never named in full there."""
    honorific = words("entities_words")["honorific_gender"].get(before)
    if honorific is not None:
        return gender not in (None, honorific)
    famous = famous_holders().get(title, {}).get(p.surname.lower())
    if not famous or not p.givens or any(o.title == title for o in p.offices):
        return False
    return not given_forms(famous.split()[0]) & p.givens


class Offices:
    """Titles, party words and party tags around a name become the person's attributes."""

    def __init__(self, state: DocState) -> None:
        self.state = state

    def title_of(self, sp: Span) -> tuple[str, int]:
        """A title span's office and first token: "acting attorney general" -> Acting ..."""
        title = sp.id_ or sp.text
        begin = sp.start
        if begin > 0 and self.state.doc[begin - 1].lower_ in self.state.words["title_modifiers"]:
            if not title.lower().startswith(self.state.doc[begin - 1].lower_):
                title = f"{self.state.doc[begin - 1].lower_.capitalize()} {title}"
            begin -= 1
        return title, begin

    def status_before(self, i: int) -> tuple[str, int]:
        """Status from a marker ending just before token ``i``: ('former', start) etc."""
        doc = self.state.doc
        j = i - 1
        if j >= 0 and doc[j].text in ("-", "–") and j - 1 >= 0:
            j -= 1
        if j >= 0:
            low = doc[j].lower_.rstrip("-")
            if low in self.state.words["former_markers"]:
                return "former", j
            if low in self.state.words["unknown_status_markers"]:
                return "unknown", j
        k = j
        while k >= 0 and self._title_qualifier(k):
            k -= 1  # "Former Republican Mayor Rudy Giuliani", "former New York Mayor X"
        if k < j and k >= 0 and doc[k].lower_.rstrip("-") in self.state.words["former_markers"]:
            return "former", i  # the party word or place stays the title's qualifier
        return "current", i

    def _hypothetical(self, begin: int) -> bool:
        """Whether an indefinite article opens the title before a name at ``begin``: "in the
        cross hairs of a President Romney", "whether a President Cruz would be as unbending"
        imagine an office the person does not hold, so it is no office of theirs (else "the
        president" of the text may become him)."""
        return (
            begin > 0
            and self.state.doc[begin - 1].lower_ in self.state.words["hypothetical_title_articles"]
        )

    def _title_qualifier(self, k: int) -> bool:
        """Whether token ``k`` is a party word or a place qualifying a title after it."""
        sp, ent = self.state.span_at[k], self.state.ent_at[k]
        return (sp is not None and sp.label_ == "PARTY") or (
            sp is None and ent is not None and ent.label_ in ("GPE", "NORP")
        )

    def attach_titles(self, mentions: list[tuple[int, int, Owner]]) -> list[tuple[int, int, Owner]]:
        """Titles, party words and party tags around a person's name become attributes."""
        doc = self.state.doc
        new_mentions = []
        for st, en, ref in mentions:
            if not ref.is_person:
                new_mentions.append((st, en, ref))
                continue
            p = self.state.persons[ref.person]
            start = st
            titled = False
            bounds: list[int] = []
            while True:
                sp = self.state.span_ending.get(start)
                if sp is not None and sp.label_ == "TITLE":
                    title, begin = self.title_of(sp)
                    status, s2 = self.status_before(begin)
                    qualifier, s2 = self._qualifier_before(sp, s2)
                    if not self._hypothetical(s2):
                        self._add_office(p, title, status, qualifier)
                    p.state = p.state or us_state(qualifier or "")
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
                before = doc[start - 1].text if start > 0 else ""
                adjective = words("governments")["party_adjectives"].get(before)
                if titled and adjective and self.state.owner[start - 1] is None:
                    p.party = p.party or adjective  # "Conservative leader Michael Howard"
                break
            # party tag right after the name: "(R-Ala.)", ", R-Texas,"
            j = en
            if j < self.state.n and doc[j].text in ("(", ","):
                j += 1
            sp = self.state.span_starting.get(j)
            if sp is not None and sp.label_ == "PARTY_TAG":
                p.party = p.party or sp.id_
                p.state = p.state or us_state(sp.text.split("-", 1)[-1].split("–", 1)[-1])
            self._appositive_attributes(p, doc[en - 1])
            if start < st:
                for i in range(start, st):
                    self.state.owner[i] = ref
                for b in bounds:  # "Democratic Sen. Doug Jones" and "Sen. Doug Jones"
                    alias = doc[b:en].text
                    if alias not in p.aliases:
                        p.aliases.append(alias)
            new_mentions.append((start, en, ref))
        return new_mentions

    def _qualifier_before(self, sp: Span, s2: int) -> tuple[str | None, int]:
        """The place, nation or organisation that qualifies the title ``sp`` right before its
        words (which start at token ``s2``), recorded with its kind, and where the qualified
        title starts: "Alabama Sen.", "French President", "NAACP president", "Women's March
        president Tamika Mallory"; (None, ``s2``) when nothing qualifies it."""
        doc = self.state.doc
        q = self.state.ent_at[s2 - 1] if s2 > 0 else None
        if (
            q is not None
            and q.label_ in ("GPE", "NORP", "ORG")
            and q.end == s2
            and self.state.span_at[s2 - 1] is None
        ):
            self.state.qualifier_kind[q.text] = q.label_  # "Alabama Sen.", "NAACP president"
            return q.text, q.start
        if (
            s2 > 0
            and sp.text.islower()
            and doc[s2 - 1].pos_ == "PROPN"
            and self.state.span_at[s2 - 1] is None
        ):
            qualifier = doc[s2 - 1].text  # "Women's March president Tamika Mallory"
            self.state.qualifier_kind[qualifier] = "ORG"
            return qualifier, s2
        return None, s2

    def _appositive_attributes(self, p: PersonCluster, head: Token) -> None:
        """ "Jones, a Democrat," / "Sessions, the former attorney general," / "the House
        speaker, Paul Ryan": a title or party heading an appositive describes the person."""
        described = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
        if head.dep_ == "appos" and head.head.i < head.i:
            described.append(head.head)
        for noun in described:
            if noun.left_edge.lower_ not in ("a", "an", "the") and noun.left_edge.i != noun.i:
                continue
            title = self.state.span_at[noun.i]
            if title is not None and title.label_ == "TITLE":
                name, begin = self.title_of(title)
                status, _ = self.status_before(begin)
                self._add_office(p, name, status, None)
            elif title is not None and title.label_ == "PARTY":
                p.party = p.party or title.id_
            role = (title is not None and title.label_ == "TITLE") or (
                noun.lower_ in self.state.words["human_nouns"]
                or noun.lower_ in self.state.words["role_words"]
            )
            for child in noun.children if role else ():
                # "a Republican senator", not "a longtime GOP target"
                sp = self.state.span_at[child.i]
                if sp is not None and sp.label_ == "PARTY" and child.dep_ in ("amod", "compound"):
                    p.party = p.party or sp.id_

    @staticmethod
    def _add_office(p: PersonCluster, title: str, status: str, qualifier: str | None) -> None:
        for office in p.offices:
            if office.title == title:
                if office.status == "current" and status == "former":
                    office.status = "former"
                if qualifier and not office.qualifier:
                    office.qualifier = qualifier
                return
        p.offices.append(OfficeHeld(title=title, status=status, qualifier=qualifier))


class PersonClusters:
    """Clusters full names into persons (cards, given names, surnames, suffixes): the names
    ``finder`` finds, with the titles around them (``offices``)."""

    def __init__(self, state: DocState, finder: NameFinder, offices: Offices) -> None:
        self.state = state
        self.finder = finder
        self.offices = offices

    def _person_for(self, given_tokens: list[str], surname: str, suffix: str = "") -> int:
        """Find or create the cluster for a full name (given name(s) + surname)."""
        first = given_tokens[0]
        forms = given_forms(first.rstrip("."))
        middle = _middle([*given_tokens, surname])
        for k, p in enumerate(self.state.persons):
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
        person = PersonCluster(surname=surname, givens=set(forms), suffix=suffix)
        if middle:
            person.middles.add(middle)
        self.state.persons.append(person)
        return len(self.state.persons) - 1

    def _add_cards(self) -> None:
        """Link-card full names: clusters with given names, nicknames and card aliases."""
        if self.state.document is None:
            return
        for shown, full in self.state.document.aliases:
            surname, givens, nick = card_parts(full)
            if not surname or not givens or len(shown.split()) < 2:
                continue  # a card needs "First Last" or "Title Last" shown in the text
            if shown.split()[-1] != surname:
                continue
            table = given_genders()
            if surname.lower() in table and givens[0].lower() not in table:
                continue  # "Rosenstein Rod": a card cut in the wrong place
            k = self._person_for([nick or givens[0]], surname)
            p = self.state.persons[k]
            p.givens |= given_forms(givens[0]) | ({nick.lower()} if nick else set())
            self.state.card_shown.setdefault(surname.lower(), []).append((shown, k))
            plain = " ".join([*givens, surname])
            short = f"{nick or givens[0]} {surname}"  # not "Ivana Trump" for Ivanka
            for alias in (full, plain, short, shown):
                if alias not in p.card_names:
                    p.card_names.append(alias)
            if p.card_short is None:
                p.card_short = f"{nick or givens[0]} {surname}"

    def add_person_mention(self, start: int, end: int, k: int) -> None:
        for i in range(start, end):
            self.state.owner[i] = Owner.of_person(k)
        self.state.mentions.append((start, end, Owner.of_person(k)))
        p = self.state.persons[k]
        p.first_token = min(p.first_token, start)
        self.state.name_mentions[k] = self.state.name_mentions.get(k, 0) + 1
        if start > 0:
            g = self.state.words["honorific_gender"].get(self.state.doc[start - 1].lower_)
            rank = peer_rank(self.state.doc, start - 1)
            if g:
                p.genders.add(g)
            elif rank is not None:
                p.genders.add(peer_gender(rank))

    def cluster_persons(self) -> None:
        """Full names first (NER, title + name, cards); bare names are left to the
        document-order pass (``EntityReferences.scan``)."""
        doc = self.state.doc
        self._add_cards()
        found = self.finder.collect_full_names()
        full = trim_to_known_names(self.state, drop_sentence_initial_words(self.state, found))
        singles: list[tuple[int, int]] = []
        for s, e in full:
            written = doc[s:e].text.split()
            toks = strip_suffix(written)
            suffix = written[-1].lower().rstrip(".") if len(toks) < len(written) else ""
            if len(toks) >= 2:
                k = self._person_for(toks[:-1], toks[-1], suffix)
                name = doc[s:e].text
                if name not in self.state.persons[k].names:
                    self.state.persons[k].names.append(name)
                self.add_person_mention(s, e, k)
            else:
                singles.append((s, e))
        # index of surnames and given names known in the document (pass over all full names)
        for k, p in enumerate(self.state.persons):
            for g in p.givens:
                self.state.by_given.setdefault(g, []).append(k)
            if p.suffix and any(
                q.surname == p.surname and not q.suffix for q in self.state.persons
            ):
                continue  # a bare "Trump" is not Donald Trump Jr. when Donald Trump is there
            self.state.by_surname.setdefault(p.surname.lower(), []).append(k)
        # single-token NER persons not matching a known person become single-name persons
        self.state.single_set = {s for s, _ in singles}
        tagged_count: dict[str, int] = {}
        for s, _e in singles:
            tagged_count[doc[s].lower_] = tagged_count.get(doc[s].lower_, 0) + 1
        placed: dict[str, int] = {}  # "Manchester" is a place when the model says so as often
        for ent in token_columns(doc).ents:
            if len(ent) == 1 and ent.label_ in ("GPE", "LOC", "FAC"):  # ORG: often a person
                placed[ent[0].lower_] = placed.get(ent[0].lower_, 0) + 1
        for s, _e in singles:
            titled = (sp := self.state.span_ending.get(s)) is not None and sp.label_ == "TITLE"
            honoured = s > 0 and (
                doc[s - 1].lower_ in self.state.words["honorific_gender"]
                or peer_rank(doc, s - 1) is not None  # "Baroness Scotland": a person
            )
            inside = doc[s].tag_ == "NNP" and not doc[s].is_sent_start
            if placed.get(doc[s].lower_, 0) >= tagged_count[doc[s].lower_] and not honoured:
                continue
            # one sentence-initial NER hit ("Arson ...") is not enough, unless the word is no
            # English word ("Comey criticized Trump") and no verbless line's head (the page's
            # "Slideshow (17 Images)")
            name_word = doc[s].dep_ != "ROOT" and not is_dictionary_word(doc[s].text)
            if tagged_count[doc[s].lower_] < 2 and not (titled or honoured or inside or name_word):
                continue
            if not titled and (doc[s].lower_ in given_genders() or doc[s].text.isupper()):
                continue  # a lone given name ("Robert") or acronym ("MAGA") is nobody yet
            tok = doc[s]
            low = tok.text.lower()
            if low in self.state.by_surname or low in self.state.by_given or tok.tag_ == "NNPS":
                continue
            if low.endswith("s") and low[:-1] in self.state.by_surname:
                continue  # "the Clintons": a family, not a person
            if s > 0 and doc[s - 1].lower_ in ("the", "a", "an"):
                continue  # "The Herald": names take no article
            if self._compared(s):
                continue  # "this wannabe Franco": a figure of comparison, nobody in the text
            # a peer's surname is a name whatever the model tags it ("Lord [Tebbit]" ORG),
            # hyphenated ones whole ("Lord Campbell-Savours")
            peer = peer_rank(doc, s - 1) is not None
            if not (peer or titled or honoured) and self._titled_pair(s):
                continue  # "Wolff's hearsay Fire and Fury suggested ...": a title
            if peer or self.finder.could_be_name(s, person_tagged=True):
                self._single_person(doc[s:_e].text if peer else tok.text)
        self._known_surnames()
        self.state.mentions = self.offices.attach_titles(self.state.mentions)
        table = given_genders()
        for p in self.state.persons:
            for given in [n.split()[0] for n in p.names + p.card_names]:
                gender = table.get(given.lower().strip("()"))
                if gender:
                    p.genders.add(gender)

    def _compared(self, i: int) -> bool:
        """Whether the lone name at ``i`` follows a word that makes it a figure of comparison
        ("this wannabe Franco", "a latter-day McCarthy": ``comparison_modifiers``). The
        tokenizer splits a hyphenated word ("latter", "-", "day"), so the word before the name
        is read whole (``syntax.hyphenated``)."""
        if i == 0:
            return False
        before = self.state.doc[i - 1]
        return (hyphenated(before) or before.lower_) in self.state.words["comparison_modifiers"]

    def _titled_pair(self, i: int) -> bool:
        """Whether the lone name at ``i`` is an English word joined by "and" to another
        capitalised English word no model calls a name: a title ("Fire and Fury", "Pride and
        Prejudice", ``title_conjunctions``), where a pair of persons has two names ("Brown and
        Warren": the model tags the second one too)."""
        doc = self.state.doc
        if i + 2 >= self.state.n or doc[i + 1].lower_ not in self.state.words["title_conjunctions"]:
            return False
        other = doc[i + 2]
        return (
            other.text.istitle()
            and other.ent_type_ == ""
            and is_dictionary_word(other.text)
            and is_dictionary_word(doc[i].text)
        )

    def _single_person(self, surname: str) -> None:
        """A person known by one name so far ("Comey", "Lord [Tebbit]")."""
        self.state.persons.append(PersonCluster(surname=surname))
        self.state.by_surname.setdefault(surname.lower(), []).append(len(self.state.persons) - 1)

    def _known_surnames(self) -> None:
        """A bare surname of a known politician is a person whatever the model tags it ("Trump
        slammed Sessions"): not a place, not after an article, not the start of a longer name."""
        doc = self.state.doc
        columns = token_columns(doc)
        known, lowers = known_surnames(), columns.lower
        for i in [i for i, text in enumerate(columns.text) if text in known]:
            low = lowers[i]
            if (
                low in self.state.by_surname
                or low in self.state.by_given
                or low in self.state.words["faith_names"]  # "radical Islam is a threat"
            ):
                continue
            tok = doc[i]  # (a Token is made for the few known surnames only)
            # "the Cotton harvest" is no person; in "a Trump supporter" the article is the noun's
            of_person = (
                tok.dep_ == "compound" and tok.head.lower_ in self.state.words["human_nouns"]
            )
            tags = ("NNP", "NN", "JJ") if of_person else ("NNP", "NN")
            # the model also calls a lone surname a plural noun ("Pence, more often playing
            # defense"), a verb ("Trump himself criticized Romney") or a place ("Kasich, for his
            # part, applauded Romney"): as the subject or object of its clause it is the
            # person, unless the word names a place
            argument = tok.dep_ in ("nsubj", "nsubjpass", "dobj") and not _place_word(tok.text)
            if tok.ent_type_ not in ("", "ORG", "PERSON") and not (
                argument and tok.ent_type_ == "GPE"
            ):
                continue
            if tok.tag_ not in tags and not (argument and tok.tag_ in ("NNS", "NNPS", "VB", "VBP")):
                continue
            if tok.i > 0 and doc[tok.i - 1].lower_ in ("the", "a", "an") and not of_person:
                continue
            if self._compared(tok.i):
                continue  # "this wannabe Franco"
            nxt = doc[tok.i + 1] if tok.i + 1 < self.state.n else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.tag_ in ("NNP", "NNPS"):
                continue  # "Trump Tower", "Brown University"
            if self.finder.could_be_name(tok.i, person_tagged=True):
                self.state.persons.append(PersonCluster(surname=tok.text))
                self.state.by_surname[low] = [len(self.state.persons) - 1]
