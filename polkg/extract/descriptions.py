"""Descriptions that stand for a person named just before: "the California Republican".

News text names a politician, then refers back by party and state ("As majority leader, the
California Republican has the most direct path to the job. He's also picked up ..."). Left
alone, the party word is read as the party itself (a wrong actor) and the "he" after it finds
nobody, or someone else. A description resolves only when the persons of the previous sentence
and of its own sentence leave exactly one who fits: the same party or none known, the same state
or none known (a state from "(R-Wis.)" or "California Rep."); with several, only a person whose
known state is the description's. The member nouns ("republican", "democrat") are data
(``entities_words.json``, ``party_member_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from polkg.extract.actors import Actors
from polkg.extract.lexicon import us_state

# a party word in these roles is no reference to a person: a modifier ("the Republican
# nominee"), an apposition or predicate ("Jones, a Democrat", "Who is the Democrat?")
_NOT_REFERRING = frozenset({"amod", "compound", "appos", "npadvmod", "attr", "acomp", "oprd"})
# a description restricted by what follows introduces someone ("the top Democrat on the panel")
_RESTRICTED = frozenset({"prep", "appos", "acl", "relcl"})


class DescriptionReferences(Actors):
    """ "the [State] Republican/Democrat" -> the one fitting person mentioned just before."""

    def _party_description(self, sp: Span, recent: list[tuple[int, int]]) -> int | None:
        """The person a party-member description (a PARTY span heading its noun phrase) means."""
        head = self.doc[sp.end - 1]
        if sp.end - sp.start != 1 or head.lower_ not in self.words["party_member_nouns"]:
            return None
        if head.dep_ in _NOT_REFERRING or self.quoted[head.i]:
            return None  # "the Republican nominee", "Jones, a Democrat,", "is the Republican"
        if any(c.dep_ in _RESTRICTED for c in head.children) or self._named_after(head):
            return None  # "the top Democrat on the committee, Sen. Dianne Feinstein": new
        state = self._described_state(head)
        if state is None:
            return None
        window = head.sent.start
        for _ in range(2):  # the two sentences before
            before = self._previous_sentence(self.doc[window : window + 1])
            window = before.start if before is not None else window
        seen = {k for pos, k in recent if window <= pos < sp.start and not self.quoted[pos]}
        seen -= self._clause_subjects(head)
        fitting = [
            k
            for k in seen
            if self.persons[k].party in (None, sp.id_)
            and (not state or self.persons[k].state in (None, state))
        ]
        if len(fitting) > 1 and state:
            fitting = [k for k in fitting if self.persons[k].state == state]
        return fitting[0] if len(fitting) == 1 else None

    def _described_state(self, head: Token) -> str | None:
        """The state of "the California Republican" ("" for "the Republican"); None when the
        words before the head are anything but "the", a state and adjectives."""
        left = [c for c in head.children if c.i < head.i]
        if not left or left[0].dep_ != "det" or left[0].lower_ != "the":
            return None
        place = [t for t in self.doc[left[0].i + 1 : head.i] if t.pos_ == "PROPN"]
        if any(t.pos_ not in ("PROPN", "ADJ", "PUNCT") for t in self.doc[left[0].i + 1 : head.i]):
            return None
        if not place:
            return ""
        return us_state(" ".join(t.text for t in place))

    def _clause_subjects(self, head: Token) -> set[int]:
        """The persons subject of the clauses around the description: it is someone else
        ("he ran ... (out-raised by the Democrat ...)")."""
        found: set[int] = set()
        for anc in head.ancestors:
            for child in anc.children:
                owner = self.owner[child.i]
                if child.dep_ in ("nsubj", "nsubjpass") and owner is not None and owner.is_person:
                    found.add(owner.person)
        return found

    def _named_after(self, head: Token) -> bool:
        """Whether a person's name follows the description ("the top Democrat, Sen. X")."""
        nxt = head.i + 1
        while nxt < self.n and self.doc[nxt].is_punct and self.doc[nxt].text != ".":
            nxt += 1
        owner = self.owner[nxt] if nxt < self.n else None
        return nxt > head.i + 1 and owner is not None and owner.is_person

    def _previous_sentence(self, sent: Span) -> Span | None:
        """The sentence before ``sent`` (skipping blank lines), if any."""
        prev = sent.start - 1
        while prev >= 0 and self.doc[prev].is_space:
            prev -= 1
        return self.doc[prev].sent if prev >= 0 else None

    def _drop_party_mention(self, sp: Span) -> None:
        """Forget the party mention a resolved description held."""
        self.mentions = [
            m for m in self.mentions if not (m[0] == sp.start and m[1] == sp.end and m[2].is_other)
        ]
        for i in range(sp.start, sp.end):
            owner = self.owner[i]
            if owner is not None and owner.is_other:
                self.owner[i] = None
