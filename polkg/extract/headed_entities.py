"""The organisation names whose extent the text fixes (``headed_names``) as entities.

Added after the pattern spans' actors (``Actors.span_entities``) and before the references and
the model's own organisations (``Actors.ner_entities``), which then skip their words: "the
Public and Commercial Services Union" is one organisation, not "Public" and "Commercial
Services Union". A bracketed acronym whose capitals are the name's initials is the name's alias
and, wherever the text uses it alone after the name, its mention ("the Software & Information
Industry Association (SIIA) ... SIIA said"); so too when a pattern's organisation holds the
whole name already.
"""

from __future__ import annotations

from polkg.extract.actors import Actors
from polkg.extract.headed_names import entity_type
from polkg.extract.mentions import DocState, Owner


def headed_entities(state: DocState, actors: Actors) -> None:
    """Adds each headed name no person or other actor holds a word of, and its acronym."""
    doc = state.doc
    for name in state.headed_names:
        owners = {state.owner[i] for i in range(name.start, name.end)}
        text = doc[name.start : name.end].text
        if owners == {None}:
            key = actors.add_other(name.start, name.end, text, entity_type(doc, name))
        elif len(owners) == 1 and (owner := owners.pop()) is not None and owner.is_other:
            key = owner.other  # a pattern's organisation over the whole name
        else:
            continue  # a person or another actor claimed a word first
        if name.acronym is None:
            continue
        other = state.others[key]
        actors.other_cluster(key, other.name, other.type, name.start, [name.acronym])
        for i in range(name.end, state.n):
            if doc[i].text == name.acronym and state.owner[i] is None:
                state.owner[i] = Owner.of_other(key)
                state.mentions.append((i, i + 1, Owner.of_other(key)))
