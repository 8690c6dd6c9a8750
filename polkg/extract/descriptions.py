"""Descriptions that stand for a person named just before: "the California Republican".

News text names a politician, then refers back by party and state ("As majority leader, the
California Republican has the most direct path to the job. He's also picked up ..."). Left
alone, the party word is read as the party itself (a wrong actor) and the "he" after it finds
nobody, or someone else. A description resolves only when the persons of its own sentence and
the two before leave exactly one who fits (party and state equal or unknown) and whom the text
gave that party or state (a state from "(R-Wis.)" or "California Rep."); with several who fit,
only a known-state match decides ("the Ohio Republican"), or for a party role ("the Tory
leader") the one known member of the party. The member nouns ("republican", "democrat") are data
(``entities_words.json``, ``party_member_nouns``).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from polkg.extract.legislators import (
    affiliation,
    ever_nominee_party,
    nominee_party,
    seat_status,
)
from polkg.extract.lexicon import us_state, word_sets
from polkg.extract.mentions import INDEFINITE, NOT_REFERRING_DEPS, RESTRICTING_DEPS, DocState
from polkg.extract.persons import charge_of

SPEECH_VERBS = word_sets("cues_quotes")["speech_verbs"]


def _restricts(child: Token) -> bool:
    """Whether ``child`` restricts its description to someone new; never the "of" of a charge
    against it ("accused the Tory leader of behaving like an 'attack mongrel'")."""
    if child.dep_ not in RESTRICTING_DEPS:
        return False
    return not (child.lower_ == "of" and charge_of(child.head))


class DescriptionReferences:
    """ "the [State] Republican/Democrat", "the Tory leader" -> the one fitting person
    mentioned just before."""

    def __init__(self, state: DocState) -> None:
        self.state = state

    def party_description(
        self,
        sp: Span,
        recent: list[tuple[int, int]],
        subjects: Mapping[int, int] | None = None,
    ) -> tuple[int, int] | None:
        """The person (and end token) a party description starting with the PARTY span ``sp``
        means: a member noun heading its phrase ("the California Republican") or a party role
        ("the Tory leader", "the Lib Dem spokesman"); ``subjects`` (sentence start -> its person
        subject) lets a party head be the person the text goes on about (``_topic_person``)."""
        head, role = self._description_head(sp)
        if head is None or head.dep_ in NOT_REFERRING_DEPS or self.state.quoted[head.i]:
            return None  # "the Republican nominee", "Jones, a Democrat,", "is the Republican"
        if any(_restricts(c) for c in head.children) or self.named_after(head):
            return None  # "the top Democrat on the committee, Sen. Dianne Feinstein": new
        state = self.described_state(head, sp)
        if state is None:
            return None
        window = head.sent.start
        for _ in range(2):  # the two sentences before
            before = self._previous_sentence(self.state.doc[window : window + 1])
            window = before.start if before is not None else window
        if self._indefinite_before(head, window):
            return None  # "according to a Democrat familiar with ... 'X,' the Democrat said"
        seen = {k for pos, k in recent if window <= pos < sp.start and not self.state.quoted[pos]}
        seen -= self.clause_subjects(head)
        # a title's party is the gazetteer's too ("the GOP senator" is a Republican senator);
        # a nominee's or leader's is the text's only
        titled = role and head.lower_ in self.state.words["party_role_titles"]
        known = {k: self._party_and_state(k, role and not titled) for k in seen}
        if role and head.lower_ in self.state.words["nominee_role_nouns"]:
            known = {k: (known[k][0] or self.nominee_party_of(k), known[k][1]) for k in seen}
        fitting = [
            k
            for k in seen
            if known[k][0] in (None, sp.id_) and (not state or known[k][1] in (None, state))
        ]
        if titled:
            # "the GOP senator": a Republican who sits in the Senate, not Romney beside Heller
            title = self.state.words["party_role_titles"][head.lower_]
            fitting = [k for k in fitting if self._may_hold(k, title)]
        # only a person the text (or the gazetteer) gave that party or state: an unknown party
        # is no evidence ("'They're imploding,' the Democrat said" is an unnamed strategist)
        positive = [k for k in fitting if known[k][0] == sp.id_ or (state and known[k][1] == state)]
        if len(fitting) > 1 and state:
            positive = [k for k in positive if known[k][1] == state]
        elif len(fitting) > 1 and not role:
            return None
        if not positive and not role and not state and len(fitting) == 1:
            positive = self._against_rival(fitting[0], seen, known, (sp.id_, head), recent)
        if not positive and role and subjects is not None and len(fitting) == 1:
            positive = self._topic_person(head, fitting[0], subjects)
        return (positive[0], head.i + 1) if len(positive) == 1 else None

    def _indefinite_before(self, head: Token, window: int) -> bool:
        """Whether the window before the description introduced someone new by its head noun
        ("a Democrat familiar with the president's debate preparation", "Another Republican
        senator who requested anonymity"): "the Democrat" after it is that unnamed person,
        whoever of the party the text also names; an apposition or predicate describes someone
        named, no one new."""
        for t in self.state.doc[window : head.i]:
            if (
                t.lower_ == head.lower_
                and t.dep_ not in NOT_REFERRING_DEPS  # "McSally, a House Republican running"
                and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in t.children)
            ):
                return True
        return False

    def _topic_person(self, head: Token, k: int, subjects: Mapping[int, int]) -> list[int]:
        """``[k]`` when a party head ("the Tory leader", not "the Tory spokesman": data,
        ``party_head_nouns``) is its clause's subject and ``k``, the one person of its window
        who may be of that party, named in full, is the subject of the sentence right before:
        the text goes on about him ("Michael Howard has denied ... The Tory leader said ..."),
        though it never gave his party."""
        if head.lower_ not in self.state.words["party_head_nouns"]:
            return []
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return []
        before = self._previous_sentence(head.sent)
        p = self.state.persons[k]
        if before is None or subjects.get(before.start) != k or not (p.givens and p.names):
            return []
        return [k]

    def _against_rival(
        self,
        k: int,
        seen: set[int],
        known: dict[int, tuple[str | None, str | None]],
        described: tuple[str, Token],
        recent: list[tuple[int, int]],
    ) -> list[int]:
        """``[k]`` when "the Republican" means the one person of unknown party whom the text
        named in full in one sentence with a person it gave the other party ("Roy Moore's
        devastating loss to Democrat Doug Jones. Bannon was one of the Republican's earliest
        supporters" -> Moore); never a person known by a bare surname only ("Trump" beside
        Republican Sessions is no Democrat), nor as the subject of a speech verb ("'They're
        imploding,' the Democrat said" may be anyone)."""
        party, head = described
        if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in SPEECH_VERBS:
            return []
        p = self.state.persons[k]
        if not (p.givens and p.names):
            return []
        rivals = {j for j in seen if j != k and known[j][0] not in (None, party)}
        together = {self.state.doc[pos].sent.start for pos, j in recent if j == k and pos < head.i}
        beside = any(self.state.doc[pos].sent.start in together for pos, j in recent if j in rivals)
        return [k] if beside else []

    def _party_and_state(self, k: int, role: bool) -> tuple[str | None, str | None]:
        """A person's party and state: what the text says, else the congress-legislators
        gazetteer's at the document's date (``legislators``: "Mitch McConnell" -> Kentucky
        Republican), when the text gives a full name. Not for a party role: the gazetteer
        knows Mike Lee is a Republican, not that he is "the GOP nominee"."""
        p = self.state.persons[k]
        party, state = p.party, p.state
        if not role and (party is None or state is None) and p.givens and p.names:
            found = affiliation(sorted(p.givens), p.surname, self.state.day)
            if found is not None:
                party, state = party or found[0], state or found[1]
        return party, state

    def _may_hold(self, k: int, title: str) -> bool:
        """Whether person ``k`` holds ``title`` as far as anyone can tell: the text gives it to
        him (not as a former office), or, for a seat in Congress, the gazetteer's legislator of
        his full name sits in that chamber at the document's date by a dated term."""
        p = self.state.persons[k]
        if any(o.title == title and o.status != "former" for o in p.offices):
            return True
        chamber = self.state.words["state_title_chambers"].get(title)
        if not (chamber and p.givens and p.names):
            return False
        # a dated seat only: the historical list's undated last term may be years after the
        # text (Romney's Senate seat in a 2017 story)
        return seat_status(sorted(p.givens), p.surname, chamber, self.state.day) == "current"

    def known_party(self, k: int) -> str | None:
        """Person ``k``'s party as the text or public data knows it: the text's, else (for a
        full name) the gazetteer's legislator at the document's date, the presidential nominee
        of the day's party, or the one party whose presidential nominee the person ever was
        ("The Republican president" is the text's Donald Trump)."""
        party = self._party_and_state(k, role=False)[0] or self.nominee_party_of(k)
        p = self.state.persons[k]
        if party is not None or not (p.givens and p.names):
            return party
        return ever_nominee_party(sorted(p.givens), p.surname)

    def known_state(self, k: int) -> str | None:
        """Person ``k``'s US state: the text's, else the gazetteer's legislator's."""
        return self._party_and_state(k, role=False)[1]

    def nominee_party_of(self, k: int) -> str | None:
        """The party whose presidential nominee person ``k`` (named in full) was at the
        document's date: "the GOP nominee" in October 2016 is the Donald Trump the text just
        named, though it never calls him a Republican."""
        p = self.state.persons[k]
        if not (p.givens and p.names):
            return None
        return nominee_party(sorted(p.givens), p.surname, self.state.day)

    def _description_head(self, sp: Span) -> tuple[Token | None, bool]:
        """The noun a party description is about, and whether it is a party role."""
        last = self.state.doc[sp.end - 1]
        if sp.end - sp.start == 1 and last.lower_ in self.state.words["party_member_nouns"]:
            return last, False
        noun = last.head
        if (
            last.dep_ in ("amod", "compound")
            and noun.i == sp.end
            and noun.lower_ in self.state.words["party_role_nouns"]
        ):
            return noun, True
        return None, False

    def described_state(self, head: Token, sp: Span) -> str | None:
        """The state of "the California Republican" ("" for "the Republican"); None when the
        words before the head are anything but "the", a state, the party and adjectives."""
        left = [c for c in head.children if c.i < head.i]
        if not left or left[0].dep_ != "det" or left[0].lower_ != "the":
            return None
        words = [t for t in self.state.doc[left[0].i + 1 : head.i] if not sp.start <= t.i < sp.end]
        if any(t.pos_ not in ("PROPN", "ADJ", "PUNCT") for t in words):
            return None
        place = [t for t in words if t.pos_ == "PROPN"]
        if not place:
            return ""
        return us_state(" ".join(t.text for t in place))

    def clause_subjects(self, head: Token) -> set[int]:
        """The persons subject of the clauses around the description: it is someone else
        ("he ran ... (out-raised by the Democrat ...)")."""
        found: set[int] = set()
        for anc in head.ancestors:
            for child in anc.children:
                owner = self.state.owner[child.i]
                if child.dep_ in ("nsubj", "nsubjpass") and owner is not None and owner.is_person:
                    found.add(owner.person)
        return found

    def named_after(self, head: Token) -> bool:
        """Whether a person's name follows the description, set off by punctuation ("the top
        Democrat, Sen. X", "the Democratic candidate, former U.S. Attorney Doug Jones")."""
        nxt = head.i + 1
        if (
            nxt >= self.state.n
            or not self.state.doc[nxt].is_punct
            or self.state.doc[nxt].text == "."
        ):
            return False
        for t in self.state.doc[nxt + 1 : min(nxt + 8, self.state.n)]:
            owner = self.state.owner[t.i]
            if owner is not None and owner.is_person:
                return True
            if t.pos_ in ("VERB", "AUX") or t.text in (".", ";"):
                return False
        return False

    def _previous_sentence(self, sent: Span) -> Span | None:
        """The sentence before ``sent`` (skipping blank lines), if any."""
        prev = sent.start - 1
        while prev >= 0 and self.state.doc[prev].is_space:
            prev -= 1
        return self.state.doc[prev].sent if prev >= 0 else None

    def drop_party_mention(self, sp: Span) -> None:
        """Forget the party mention a resolved description held."""
        self.state.mentions = [
            m
            for m in self.state.mentions
            if not (m[0] == sp.start and m[1] == sp.end and m[2].is_other)
        ]
        for i in range(sp.start, sp.end):
            owner = self.state.owner[i]
            if owner is not None and owner.is_other:
                self.state.owner[i] = None
