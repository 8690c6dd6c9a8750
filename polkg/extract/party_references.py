""" "The party" as a reference: the one party the nearest sentence before it names.

British and American reports name a party, then go on with "the party" ("Mr Blair derided Tory
claims they could cut £35bn ..., saying the party had got its sums wrong"; "Michael Howard ...
stayed in London to lead the party's opposition to the Prevention of Terrorism Bill" after "A
Tory government would sort out the 'shambles'"). ``names.definite_reference`` resolves a
definite noun only when the whole text names one entity of its kind, which a party story never
does. Here the noun is the party of the nearest sentence (its own, then up to two before) that
names a party, when that sentence names exactly one; parties that are the subject of a clause
around the noun are its speakers, not it ("Labour and the Liberal Democrats have said the
party's sums do not add up").
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.mentions import DocState
from polkg.extract.names import NameReferences
from polkg.extract.nearest_sentences import bare_definite, window_start

_PARTY = "PoliticalParty"
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "advcl", "conj"})


class PartyReferences:
    """ "the party" -> the one party of the nearest sentence before that names one
    (``definite_references`` entries with ``nearest_sentences``, ``entities_words.json``);
    every other definite noun is ``names``' to resolve."""

    def __init__(self, state: DocState, names: NameReferences) -> None:
        self.state = state
        self.names = names

    def definite_reference(self, tok: Token, spec: dict[str, str]) -> tuple[str, str] | None:
        if "nearest_sentences" not in spec:
            return self.names.definite_reference(tok, spec)
        return self._nearest_party(tok, int(spec["nearest_sentences"]))

    def _nearest_party(self, tok: Token, sentences: int) -> tuple[str, str] | None:
        """The party "the party" at ``tok`` refers to, if one sentence decides."""
        if not bare_definite(self.state, tok):
            return None  # "the other party", "the party of Lincoln", "the birthday party"
        speakers = self._subject_parties(tok)
        first = window_start(tok, sentences)
        found: set[tuple[str, str]] = set()
        sentence = None
        for j in range(tok.i - 1, first.start - 1, -1):
            if sentence is not None and j < sentence:
                break  # the nearest sentence that names a party decides
            owner = self.state.owner[j]
            if owner is None or not owner.is_other or owner.other[0] != _PARTY:
                continue
            if owner.other in speakers:
                continue
            sentence = self.state.doc[j].sent.start
            found.add(owner.other)
        return next(iter(found)) if len(found) == 1 else None

    def _subject_parties(self, tok: Token) -> set[tuple[str, str]]:
        """The parties named in the subjects of the clauses above ``tok`` that hold it in a
        complement, what they say ("Labour ... have said the party's sums do not add up"); not
        a clause that holds it in a phrase of its own: in "make some GOP lawmakers pay a price
        for the party's support" the party may well be the GOP."""
        found: set[tuple[str, str]] = set()
        for anc in tok.ancestors:
            if not any(c.dep_ in _COMPLEMENTS and tok in c.subtree for c in anc.children):
                continue
            for child in anc.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or tok in child.subtree:
                    continue
                for t in child.subtree:
                    owner = self.state.owner[t.i]
                    if owner is not None and owner.is_other and owner.other[0] == _PARTY:
                        found.add(owner.other)
        return found
