"""An amendment the text tells by its sponsors is named for them: "the Inouye amendment".

The Senate names an amendment or a resolution by its sponsors ("the DeMint amendment", "the
Warner resolution", ``actors.Actors._bill_by_name``), and a release often tells one that way
without the name: "the amendment offered by Senator Daniel K. Inouye (D-Hawaii) only received 58
votes", "an amendment offered by Sen. Cornyn which would have permanently barred all convicted
felons", "the amendment, co-sponsored by U.S. Senators Dianne Feinstein (D-Calif.) and Kay
Bailey Hutchinson (R-Texas)". Without an entity the amendment was no actor: its sponsors, the
cosponsors listed after it and the groups that endorsed it made no edge. A singular amendment or
resolution noun that no entity holds, with a past participle of a sponsoring verb right after
it whose "by" phrase names one or two persons of the text, becomes the Legislation named by
their surnames ("Inouye amendment", "Feinstein-Hutchinson amendment"), the form the annotators
use. A bill keeps its title and is left to the descriptions (``descriptive_actors``). Word lists:
``patterns/sponsored_amendments.json``.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.actors import Actors
from polkg.extract.lexicon import word_sets, words
from polkg.extract.mentions import DocState
from polkg.extract.token_columns import token_columns

_WORDS = word_sets("sponsored_amendments")
HEADS = _WORDS["heads"]
SPONSOR_VERBS = _WORDS["sponsor_verbs"]
MAX_SPONSORS = int(words("sponsored_amendments")["max_sponsors"])
# words a list of names holds besides names, titles and tags ("the Senator Max Baucus")
JOINERS = _WORDS["list_words"]
# entity types a title may hold before a name ("U.S. Senators Dianne Feinstein")
TITLE_PLACES = frozenset({"Country", "Place"})


def sponsored_amendments(state: DocState, actors: Actors) -> None:
    """Name each amendment or resolution the text tells by its sponsors for them."""
    doc = state.doc
    columns = token_columns(doc)  # a Token only for the singular head nouns
    for i, (tag, lemma) in enumerate(zip(columns.tag, columns.lemma, strict=True)):
        if tag != "NN" or lemma.lower() not in HEADS or state.owner[i] is not None:
            continue
        tok = doc[i]
        if any(c.dep_ == "poss" for c in tok.children):
            continue  # "Coleman's amendment" is the possessor's (``possessed_plans``)
        surnames = _sponsors(tok, state)
        if surnames:
            name = f"{'-'.join(surnames)} {tok.lower_}"
            key = actors.add_other(tok.i, tok.i + 1, name, "Legislation")
            state.others[key].aliases[:] = [state.others[key].name]  # never the bare noun


def _sponsors(tok: Token, state: DocState) -> list[str]:
    """The surnames of the persons the "by" phrase of a sponsoring participle right after
    ``tok`` names ("offered by Senator Daniel K. Inouye (D-Hawaii)", "co-sponsored by U.S.
    Senators Dianne Feinstein (D-Calif.) and Kay Bailey Hutchinson (R-Texas), ..."), in order;
    empty unless the phrase is persons only (`_listed_persons`), at most ``MAX_SPONSORS``."""
    for verb in tok.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in SPONSOR_VERBS:
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:
            return []
        persons = _listed_persons(agent, state)
        if not persons or len(persons) > MAX_SPONSORS:
            return []
        return [state.persons[k].surname for k in persons]
    return []


def _listed_persons(by: Token, state: DocState) -> list[int]:
    """The persons named right after ``by``, joined by commas and "and", with their titles
    ("U.S. Senators", "Sen.") and party-state tags; the run ends at the first lower-case word
    that is not "and" or "the" (`list_words`). Empty when anything else stands in it (a
    group: "offered by Senate Democrats")."""
    found: list[int] = []
    depth = 0
    for t in state.doc[by.i + 1 : by.sent.end]:
        owner = state.owner[t.i]
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth > 0 or t.is_punct or t.lower_ in JOINERS:
            continue
        elif owner is not None and owner.is_person:
            if owner.person not in found:
                found.append(owner.person)
        elif owner is not None and owner.other[0] not in TITLE_PLACES:
            return []  # "offered by Senate Democrats": no person's amendment
        elif not (t.is_title or t.is_upper):
            break
    return found
