""" "Impeachment" as an actor: the impeachment of the president of the day.

American reports of 2019 and 2020 speak of "impeachment" bare ("Pelosi ... came out against the
idea of impeachment", "Murkowski ... has dismissed impeachment as 'partisan'", "she is 'not for
impeachment'"): the reader takes it for the impeachment of the sitting president, as the gold
does (Investigation "impeachment of Donald Trump", session 41's actor misses: nine required
edges of the readable fresh samples). polkg's patterns read only "the impeachment inquiry", so
the bare noun was no actor and every stance on it was lost.

Here a bare "impeachment", or one modifying a process noun ("impeachment proceedings", "the
impeachment process", "impeachment hearings against President Trump"), is the impeachment of
the US president in office on the document's date (``legislators.executive_at``) when the text
names that president (in an undated text, a ninth of the AllSides articles, the one person it
titles "President" whom the gazetteer knows as one: "President Trump", not "former President
Clinton"), and when an "of"/"against" phrase or an owner names nobody else ("the
impeachment of President Clinton" in a 2019 story is no Trump impeachment). Never
"articles of impeachment" (a document, the gold's Legislation) nor a noun the head modifies
that is no process ("impeachment trial", "impeachment managers"). Told by a common noun, it is
a described entity (``DocState.described_keys``), never the named investigation a generic "the
probe" or a bare "recused himself" means. Words and the name are data
(``patterns/impeachments.json``).
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.actors import Actors
from polkg.extract.administrations import named_sitting_holder, persons_called, unclaimed_nouns
from polkg.extract.lexicon import word_sets, words
from polkg.extract.mentions import DocState


class Impeachments:
    """Adds the sitting president's impeachment for its bare mentions (as a cluster of
    ``actors``)."""

    def __init__(self, state: DocState, actors: Actors) -> None:
        self.state = state
        self.actors = actors

    def impeachment_entities(self) -> None:
        """Each bare "impeachment" as the sitting president's impeachment (module docstring)."""
        data = word_sets("impeachments")
        found = unclaimed_nouns(self.state, data["heads"])
        if not found:
            return
        if self.state.day:
            holder = named_sitting_holder(self.state, data["title"])
        else:  # an undated text: the one president it titles so ("President Trump")
            holder = titled_holder(self.state, data)
        if holder is None:
            return
        name = str(words("impeachments")["name"]).format(name=holder[0])
        for i in found:
            extent = self._extent(self.state.doc[i], data)
            if extent is not None and self._targets(extent, holder[1], data):
                key = self.actors.add_other(extent[0].i, extent[-1].i + 1, name, "Investigation")
                # told by a common noun, it is no named investigation: "the probe", "recused
                # himself" still mean the one the text names ("Sessions recused himself" in a
                # story of the Russia investigation and of impeachment)
                self.state.described_keys.add(key)

    def _extent(self, tok: Token, data: dict[str, frozenset[str]]) -> list[Token] | None:
        """The tokens naming the impeachment: the head alone, or the head and the process
        noun it modifies; None for a document's "of" phrase or another noun it modifies."""
        if tok.dep_ == "pobj" and tok.head.head.lower_ in data["excluded_governors"]:
            return None  # "articles of impeachment"
        if tok.dep_ != "compound":
            return [tok]
        head = tok.head
        if head.lower_ not in data["process_nouns"] or head.i != tok.i + 1:
            return None  # "impeachment trial", "impeachment managers"
        if self.state.owner[head.i] is not None:
            return None
        return [tok, head]

    def _targets(
        self, extent: list[Token], president: int, data: dict[str, frozenset[str]]
    ) -> bool:
        """Whether no "of"/"against" phrase or owner of the extent names anyone but the
        president: its head word must be his surname ("against President Trump"); a pronoun
        or another name is nobody this reading can vouch for."""
        surname = self.state.persons[president].surname.lower()
        for tok in extent:
            for child in tok.children:
                if child.dep_ == "poss":
                    named = [child]
                elif child.dep_ == "prep" and child.lower_ in data["target_preps"]:
                    named = [c for c in child.children if c.dep_ == "pobj"]
                else:
                    continue
                if not named or any(t.lower_ != surname for t in named):
                    return False  # "the impeachment of President Clinton", "his impeachment"
        return True


def titled_holder(state: DocState, data: dict[str, frozenset[str]]) -> tuple[str, int] | None:
    """For an undated text: (full name, person index) of the one US president it titles so as
    now in office ("President Trump", "President Donald Trump"; not "former President Clinton",
    ``past_modifiers``), read from the words; None for none or several presidents."""
    terms = [
        t
        for title in sorted(data["title"])
        for t in words("legislators")["executive"].get(title.title(), [])
    ]
    doc, found = state.doc, set()
    for tok in doc:
        if tok.lower_ not in data["title"] or not tok.text[0].isupper():
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_.strip("-") in data["past_modifiers"]:
            continue
        names = []
        for t in doc[tok.i + 1 : tok.i + 4]:
            if t.pos_ != "PROPN":
                break
            names.append(t.lower_)
        if names:
            found |= {
                (t[0], t[1])
                for t in terms
                if t[1] == names[-1] and (len(names) == 1 or names[0] in t[2:-2])
            }
    if len({name for name, _ in found}) != 1:
        return None
    name, surname = next(iter(found))
    givens = frozenset(g for t in terms if t[0] == name for g in t[2:-2])
    people = persons_called(state, surname, givens)
    return (name, people[0]) if len(people) == 1 else None
