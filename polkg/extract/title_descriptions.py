"""Titles as descriptions of a person named before: "the Vermont senator", "his attorney general".

News text names a politician in full, then refers back by a title the text qualifies: by a US
state ("The Kentucky senator proceeded to ...") or by a possessor ("Trump's scathing tweet is the
latest ... rebukes the President has leveled against his attorney general"). ``names.py`` reads
only "the senator", "the attorney general"; these forms were left unresolved, so the relation
they carry was lost. Each resolves only when exactly one person named before it fits.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from polkg.extract.appointees import appointee
from polkg.extract.descriptions import DescriptionReferences
from polkg.extract.legislators import (
    executive_at,
    fold_name,
    former_holders,
    seat,
    seat_status,
)
from polkg.extract.lexicon import us_state
from polkg.extract.mentions import NOT_REFERRING_DEPS, RESTRICTING_DEPS, DocState
from polkg.extract.names import NameReferences
from polkg.extract.persons import Offices

# a title in these roles is no reference to a person: a modifier, an apposition, a predicate
# entity types of a word that makes a title another's: "the Russian president", "the DNC chair";
# an ordinal names its own holder: "the 39th president" is Carter, whoever the text titles so
_NAMED = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC", "ORDINAL"})


class TitleDescriptions:
    """ "the [former] <State> senator", "<possessor> [own|former] attorney general" -> the one
    fitting person named before (``title_description``); the state and clause tests are the
    party descriptions' (``descriptions``), the titles ahead ``names``'."""

    def __init__(
        self,
        state: DocState,
        offices: Offices,
        descriptions: DescriptionReferences,
        names: NameReferences,
    ) -> None:
        self.state = state
        self.offices = offices
        self.descriptions = descriptions
        self.names = names

    def title_description(self, sp: Span, recent: list[tuple[int, int]]) -> tuple[int, int] | None:
        """The person (and first token) a TITLE span ``sp`` qualified by a state or a possessor
        stands for; None when it is no such description or not exactly one person fits."""
        head = sp.root
        if (
            self.state.quoted[head.i]
            or head.dep_ in NOT_REFERRING_DEPS
            or self.descriptions.named_after(head)
        ):
            return None  # "the Vermont senator Bernie Sanders", "Holder, Obama's attorney general"
        if sp.end < self.state.n and self.state.doc[sp.end].tag_ == "NNP":
            return None
        possessor = next((c for c in head.children if c.dep_ == "poss" and c.i < sp.start), None)
        if possessor is not None:
            return self._possessed_title(sp, head, possessor)
        if sp.end - sp.start != 1 or any(c.dep_ in RESTRICTING_DEPS for c in head.children):
            return None
        if self.descriptions.described_state(head, sp):
            return self._state_title(sp, head, recent)
        return self._held_title(sp, head)

    def _state_title(
        self, sp: Span, head: Token, recent: list[tuple[int, int]]
    ) -> tuple[int, int] | None:
        """ "the [former] Vermont senator": the one person named before it anywhere in the text
        who holds that title for that state, by the text ("Vermont Sen.", "Sen. X (D-Vt.)") or
        the gazetteer's chamber and state at the document's date (``legislators.seat``); a
        holder of the title whose state nobody knows leaves it open."""
        chambers: dict[str, str] = self.state.words["state_title_chambers"]
        title = sp.id_ or sp.text
        state = self.descriptions.described_state(head, sp) if title in chambers else None
        if not state:
            return None
        start = next(c.i for c in head.children if c.dep_ == "det")
        seen = {k for pos, k in recent if pos < start and not self.state.quoted[pos]}
        seen -= self.descriptions.clause_subjects(head)
        former = any(
            t.lower_ in self.state.words["former_markers"] for t in self.state.doc[start : sp.start]
        )
        held = {k: self._held_for(k, title, chambers[title], former) for k in seen}
        fitting = [k for k in seen if held[k] == state]
        unknown = [
            k
            for k in seen
            if held[k] is None and any(o.title == title for o in self.state.persons[k].offices)
        ]
        if former:
            # "the former Alabama senator" in 2018: Sessions, not Jones who holds the seat now
            # (not who holds it now or never did; an undated text cannot tell, so keeps all)
            status = {k: self._status(k, title, chambers[title]) for k in seen}
            fitting = [k for k in fitting if _may_have_left(status[k])]
            unknown = [k for k in unknown if _may_have_left(status[k])]
        return (fitting[0], start) if len(fitting) == 1 and not unknown else None

    def _held_title(self, sp: Span, head: Token) -> tuple[int, int] | None:
        """ "the [former] [freshman] senator", "the two-term governor", "the president" where the
        text titles its holder only further on: the one person the whole text gives that title
        (a second holder leaves it open, as for a possessed title), named before the reference
        and no subject of the clauses around it ("Trump praised the freshman senator" is not
        Trump); "former" asks for a former holder, its absence for one not former. The words
        between the article and the title are adjectives, numbers and hyphens only, none of
        them one that tells of another holder ("the new senator", "the other governor":
        ``entities_words.json`` ``other_holder_modifiers``)."""
        det = next((c for c in head.children if c.dep_ == "det" and c.i < sp.start), None)
        if det is None or det.lower_ not in self.state.words["definite_determiners"]:
            return None
        between = self.state.doc[det.i + 1 : sp.start]
        parties = {p.id_ for t in between if (p := self._party_word(t)) is not None}
        if len(parties) > 1 or not all(
            self._describing(t) or self._party_word(t) is not None for t in between
        ):
            return None
        title, _ = self.offices.title_of(sp)
        former = any(t.lower_ in self.state.words["former_markers"] for t in between)
        seen = self.descriptions.clause_subjects(head)
        holders = {
            k: status
            for k, status in self._holders(title, former).items()
            if (status == "former") == former or status == "unknown"
        }
        if parties:
            # "The Republican president": every holder's party known, one of them that party
            known = {k: self.descriptions.known_party(k) for k in holders}
            if None in known.values():
                return None
            holders = {k: st for k, st in holders.items() if known[k] in parties}
        if len(holders) != 1 or (former and self.names.untitled_former(list(holders), title)):
            return None
        k = next(iter(holders))
        if k in seen or k not in self.state.recent or self.state.recent[k] > det.i:
            return None
        return k, det.i

    def _party_word(self, t: Token) -> Span | None:
        """The party span of ``t``, a party word before a title ("The Republican president")."""
        sp = self.state.span_at[t.i]
        return sp if sp is not None and sp.label_ == "PARTY" else None

    def _describing(self, t: Token) -> bool:
        """Whether a word between the article and a title only describes the holder: "former",
        an adjective ("freshman", "embattled"), a number or a hyphenated compound ("two-term");
        not a superlative ("the worst president"), a name, nationality or ordinal ("the Russian
        president", "the 39th president"), a noun of another institution ("the university
        president", "the trial judge", but "the freshman senator": ``describing_title_nouns``)
        nor a word of ``other_holder_modifiers`` ("the next president")."""
        words = self.state.words
        if t.lower_ in words["other_holder_modifiers"] or t.tag_ == "JJS" or t.ent_type_ in _NAMED:
            return False
        return self.state.describes_holder(t)

    def _held_for(self, k: int, title: str, chamber: str, former: bool = False) -> str | None:
        """The state for which person ``k`` holds (or held) ``title``: the text's qualifier
        ("Vermont Sen.") or party-tag state, else the gazetteer's seat ("" for a legislator of
        the other chamber), the last one he held when ``former`` ("the former Delaware senator"
        in 2019); None when unknown."""
        p = self.state.persons[k]
        for office in p.offices:
            if office.title == title:
                state = us_state(office.qualifier or "") or p.state
                if state:
                    return state
        if chamber and p.givens and p.names:
            found = seat(sorted(p.givens), p.surname, self.state.day)
            if found is None and former:
                found = seat(sorted(p.givens), p.surname, None)
            if found is not None:
                return found[1] if found[0] == chamber else ""
        return None

    def _possessed_title(self, sp: Span, head: Token, possessor: Token) -> tuple[int, int] | None:
        """ "his attorney general", "Trump's former chief of staff": the one person the text
        titles so (the whole text: a second holder leaves it open), named before it; "former"
        asks for a former holder. Not the possessor's own title, nor the title of a former
        president's government ("Obama's attorney general" in 2018)."""
        title, begin = self.offices.title_of(sp)
        if title not in self.state.words["possessed_titles"]:
            return None
        between = self.state.doc[possessor.right_edge.i + 1 : begin]
        if any(t.lower_ not in self.state.words["possessed_title_modifiers"] for t in between):
            return None  # "his first attorney general", "her Texas chief of staff"
        if any(_restricting(c) for c in head.children):
            return None  # "his attorney general, Jeff Sessions", "her chief of staff at State"
        former = any(t.lower_ in self.state.words["former_markers"] for t in between)
        holders = self._holders(title)
        if not holders and not former:
            return self._presidents_appointee(sp, title, possessor)
        if len(holders) != 1:
            return None
        k, status = next(iter(holders.items()))
        owner = self.state.owner[possessor.i]
        if (
            (former and status != "former")
            or k not in self.state.recent
            or self.state.recent[k] > possessor.i
            or (owner is not None and owner.is_person and owner.person == k)
            or self._former_government(possessor)
        ):
            return None
        return k, possessor.left_edge.i

    def _presidents_appointee(
        self, sp: Span, title: str, possessor: Token
    ) -> tuple[int, int] | None:
        """ "Trump called his attorney general 'very weak'" in a text that titles nobody so: the
        office's holder of the day named before it (``appointees.appointee``), when the
        possessor is the President of the day, whose government the office is."""
        state = self.state
        owner = state.owner[possessor.i]
        president = executive_at("President", state.day)
        if owner is None or not owner.is_person or president is None:
            return None
        if fold_name(state.persons[owner.person].surname) != president[1]:
            return None
        k = appointee(title, sp.text, state.day, state.persons, state.recent, state.doc)
        if k is None or k == owner.person or state.recent[k] > possessor.i:
            return None
        return k, possessor.left_edge.i

    def _holders(self, title: str, former: bool = False) -> dict[int, str]:
        """Every person the text gives ``title`` (by a full name or before a bare surname), with
        its status; asked for a former holder of a seat in Congress, also everyone the text
        names in full whom the gazetteer knows to have left that seat ("The former senator"
        for the Jeff Sessions a 2018 text titles only attorney general)."""
        found = dict(self.names.titled_ahead(title))
        for k, p in enumerate(self.state.persons):
            for office in p.offices:
                if office.title == title:
                    found[k] = office.status
        chamber = self.state.words["state_title_chambers"].get(title)
        if former and chamber:
            added = {
                k: self._status(k, title, chamber)
                for k in range(len(self.state.persons))
                if k not in found
            }
            # a person whose seat the gazetteer lists without dates (the historical list's last
            # term) may be the former member meant: "The former congressman" after Beto
            # O'Rourke is not Sanders, whose dated House terms ended in 2007
            if not any(st is None and self._seated(k, chamber) for k, st in added.items()):
                found.update({k: "former" for k, st in added.items() if st == "former"})
        return found

    def _seated(self, k: int, chamber: str) -> bool:
        """Whether the gazetteer seats person ``k`` (a full name) in ``chamber`` at some time."""
        p = self.state.persons[k]
        if not (p.givens and p.names):
            return False
        found = seat(sorted(p.givens), p.surname, None)
        return found is not None and found[0] == chamber

    def _status(self, k: int, title: str, chamber: str) -> str | None:
        """Whether person ``k`` holds ``title`` now ("current"), held it ("former"), or never
        did ("never"): the text's office, else the gazetteer's seat in ``chamber`` at the
        document's date (``legislators.seat_status``) for a full name; None when unknown."""
        p = self.state.persons[k]
        statuses = {o.status for o in p.offices if o.title == title}
        if statuses:
            return next(iter(statuses)) if len(statuses) == 1 else None
        if not (chamber and p.givens and p.names):
            return None
        return seat_status(sorted(p.givens), p.surname, chamber, self.state.day)

    def _former_government(self, possessor: Token) -> bool:
        """Whether the possessor is a former president at the document's date ("Obama's
        attorney general" in 2018 is not the text's Attorney General Sessions)."""
        owner = self.state.owner[possessor.i]
        if owner is None or not owner.is_person:
            return possessor.pos_ == "PROPN"  # an unknown name: whose government is unknown
        surname = fold_name(self.state.persons[owner.person].surname)
        current = executive_at("President", self.state.day)
        if current is not None and current[1] == surname:
            return False
        return any(surname == former[0] for former in former_holders("President", self.state.day))


def _restricting(child: Token) -> bool:
    """Whether a title's dependent says which holder it is: a prepositional phrase or clause,
    or an apposed name; a described apposition does not ("his attorney general, a man who
    broke with much of his party")."""
    if child.dep_ == "appos":
        return child.pos_ == "PROPN"
    return child.dep_ in RESTRICTING_DEPS


def _may_have_left(status: str | None) -> bool:
    """Whether a holder of ``status`` may be "the former X": not one who holds it now or never
    did (an unknown status may be either)."""
    return status != "current" and status != "never"
