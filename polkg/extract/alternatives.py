"""The alternative not taken: a verb right after "rather than".

"Republicans ... encouraged primary voters to leave ballots blank rather than vote for Jones"
states no vote for Jones, but the parser hangs "than" anywhere (here on "blank"), so the cue is
read from the words before the verb, its "to" between (``cues_modality.json``
``rejected_alternative_words``: the two words). ``cues`` asks.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets

_PAIR = word_sets("cues_modality")["rejected_alternative_words"]


def rejected_alternative(verb: Token) -> str | None:
    """The "rather than" right before ``verb`` (a "to" between them allowed), or None."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    doc, i = verb.doc, verb.i - 1
    if i >= 0 and doc[i].lower_ == "to":
        i -= 1
    if i < 1 or doc[i].lower_ == doc[i - 1].lower_:
        return None
    if doc[i].lower_ in _PAIR and doc[i - 1].lower_ in _PAIR:
        return f"{doc[i - 1].lower_} {doc[i].lower_}"
    return None
