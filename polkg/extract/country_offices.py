"""A foreign country's head of state or government named by the office alone.

International news names a leader once ("Turkish President Recep Tayyip Erdoğan") and then by
the office and the country ("the Turkish president", "Turkey's president", "the president of
Turkey"), or never names the holder at all ("The president of Turkey vowed support for
Azerbaijan"). ``names.py`` reads only the unqualified "the president", and
``title_descriptions.py`` leaves a title with a nationality open (it is another's), so the
stance such a reference carries was lost. Here the reference is the one person the text titles
with that office of that country; when the text titles nobody so and names nobody who may hold
it without the title, the office is an actor of its own ("President of Turkey"), as a
government is ("the Turkish government", ``actors.government_entities``). Who may hold it is
every person PETRARCH2's Phoenix dictionary files with a role of that country
(``patterns/country_offices.json``, ``scripts/build_country_offices.py``): that data files
ministers and heads alike and ends in 2014, so it only ever keeps the office open, never names
a holder. US offices are left to the dated US data (``appointees``, ``legislators``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Span

from polkg.extract.actors import Actors
from polkg.extract.countries import country_code, demonym_code
from polkg.extract.legislators import fold_name
from polkg.extract.lexicon import words
from polkg.extract.mentions import NOT_REFERRING_DEPS, RESTRICTING_DEPS, DocState
from polkg.extract.persons import PersonClusters

# a title in these roles is no reference to a holder: a modifier, an apposition, a predicate


@functools.cache
def _country_names() -> dict[str, str]:
    """Code -> the everyday name of a country ("TUR" -> "Turkey"): the shortest of its names
    that is no abbreviation ("Britain", not "UK" or "United Kingdom")."""
    names: dict[str, str] = {}
    for name, code in words("countries")["countries"].items():
        if name.isupper() or "." in name:
            continue
        if code not in names or len(name) < len(names[code]):
            names[code] = name
    return names


class CountryOffices:
    """ "the Turkish president", "Turkey's prime minister", "the president of Turkey": the one
    person the text titles so, else the office as an actor when nobody in the text may hold
    it (``country_office_entities``)."""

    def __init__(self, state: DocState, clusters: PersonClusters, actors: Actors) -> None:
        self.state = state
        self.clusters = clusters
        self.actors = actors

    def country_office_entities(self) -> None:
        """Resolve every foreign-office title reference of the document (before the document-
        order pass, so that pass and the pronouns after it see the holder)."""
        data = words("country_offices")
        for sp in self.state.spans:
            if sp.label_ != "TITLE" or sp.id_ not in data["titles"]:
                continue
            if any(self.state.owner[i] is not None for i in range(sp.start, sp.end)):
                continue  # "Turkish President Recep Tayyip Erdoğan": a person's title
            found = self._country(sp)
            if found is None or found[0] == data["home"]:
                continue
            code, start, end = found
            holder = self._titled_holder(sp.id_, code)
            if holder is not None:
                self.clusters.add_person_mention(start, sp.end, holder)
            elif not self._possible_holder(sp.id_, code):
                name = f"{data['titles'][sp.id_]} of {_country_names().get(code, code)}"
                key = self.actors.add_other(start, sp.end, name, "GovernmentBody")
                phrase = self.state.doc[start:end].text  # "the president of Turkey"
                if phrase not in self.state.others[key].aliases:
                    self.state.others[key].aliases.append(phrase)

    def _country(self, sp: Span) -> tuple[str, int, int] | None:
        """The country a title reference names, where the reference starts and ends: "the Turkish
        president" (a demonym or country before it, after "the"), "Turkey's president" (a
        country possessor), "the president of Turkey"; None when it names none, is no
        reference (a modifier, apposition or predicate), is followed by a name ("the Turkish
        president Erdoğan"), or a word before it may tell of another holder ("the former
        Turkish president", "the next president of Turkey")."""
        head = sp.root
        if head.dep_ in NOT_REFERRING_DEPS or self.state.quoted[head.i]:
            return None
        found = self._qualified(sp)
        if found is None or not any(c.dep_ in ("det", "poss") for c in head.lefts):
            return None
        end = max([sp.end - 1, *found[2]]) + 1
        if end < self.state.n and self.state.doc[end].tag_ == "NNP":
            return None  # "the Turkish president Erdoğan", "the president of France Macron"
        if any(c.dep_ in RESTRICTING_DEPS for c in head.rights if c.i not in found[2]):
            return None  # "the president of Turkey at the time", "..., Recep Tayyip Erdoğan"
        return found[0], found[1], end

    def _qualified(self, sp: Span) -> tuple[str, int, set[int]] | None:
        """The one country that qualifies a title span (a demonym or country before it, a
        country possessor, an "of <Country>" phrase after it), the first token of the
        qualified title, and the tokens of its "of" phrase; None when there is none or a word
        before the title other than "the", a country or ``describing``."""
        doc, head = self.state.doc, sp.root
        describing = set(words("country_offices")["describing"])
        codes: list[str] = []
        start, after = sp.start, set()
        for child in head.lefts:
            if child.i >= sp.start:
                continue
            if child.dep_ == "det" and child.lower_ == "the":
                start = min(start, child.i)
            elif child.dep_ in ("amod", "compound", "poss"):
                text = doc[child.left_edge.i : child.i + 1].text
                if child.dep_ == "poss":
                    text = text.removesuffix("'s").removesuffix("’s")
                code = demonym_code(text) or country_code(text)
                if code is None and child.lower_ not in describing:
                    return None
                if code is not None:
                    codes.append(code)
                    start = min(start, child.left_edge.i if child.dep_ != "poss" else sp.start)
            else:
                return None
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if not objects:
                    return None
                first, last = objects[0].left_edge.i, objects[0].i
                code = country_code(doc[first : last + 1].text)
                ent = self.state.ent_at[first]
                if code is None and ent is not None and ent.start == first:
                    code, last = country_code(ent.text), ent.end - 1  # "of France Emmanuel Macron"
                if code is None:
                    return None
                codes.append(code)
                after = set(range(child.i, last + 1))
        return (codes[0], start, after) if len(set(codes)) == 1 else None

    def _titled_holder(self, title: str, code: str) -> int | None:
        """The one person the text titles ``title`` of the country ``code``, not as a former
        holder ("Turkish President Recep Tayyip Erdoğan"); None when nobody or two are."""
        found = {
            k
            for k, p in enumerate(self.state.persons)
            for o in p.offices
            if o.title == title and o.status != "former" and _code(o.qualifier) == code
        }
        found |= self._apposed_holders(title, code)
        return found.pop() if len(found) == 1 else None

    def _apposed_holders(self, title: str, code: str) -> set[int]:
        """The persons a title of that country is said of next to their name, where the text's
        offices leave no qualifier: "President of France Emmanuel Macron", "Erdoğan, the
        Turkish president", "the Turkish president, Recep Tayyip Erdoğan"."""
        found: set[int] = set()
        owner = self.state.owner
        for sp in self.state.spans:
            if sp.label_ != "TITLE" or sp.id_ != title:
                continue
            qualified = self._qualified(sp)
            if qualified is None or qualified[0] != code:
                continue
            head = sp.root
            near = [
                max([sp.end - 1, *qualified[2]]) + 1,
                head.head.i if head.dep_ == "appos" else -1,
            ]
            near += [c.i for c in head.children if c.dep_ == "appos"]
            for i in near:
                o = owner[i] if 0 <= i < self.state.n else None
                if o is not None and o.is_person and i != head.i:
                    found.add(o.person)
        return found

    def _possible_holder(self, title: str, code: str) -> bool:
        """Whether someone the text names may hold the office: a person it gives the title
        of that country, or without any qualifier unless the US data knows him as a holder of
        the US office ("President Erdoğan", not "President Trump"), or a word of the text that
        is the surname of a person the Phoenix dictionary files with a role of that country."""
        home = {term[1] for term in words("legislators")["executive"].get(title, [])}
        for p in self.state.persons:
            for o in p.offices:
                if o.title == title and (
                    _code(o.qualifier) == code
                    or (not o.qualifier and fold_name(p.surname) not in home)
                ):
                    return True  # not "President Trump", whom the US data knows, nor a
                    # president of another body ("LULAC President Domingo Garcia")
        surnames = set(words("country_offices")["possible_holders"].get(code, ()))
        return any(t.pos_ == "PROPN" and fold_name(t.text) in surnames for t in self.state.doc)


def _code(qualifier: str | None) -> str | None:
    """The country a title's qualifier names ("Turkish", "France"), or None."""
    if not qualifier:
        return None
    return demonym_code(qualifier) or country_code(qualifier)
