"""Who did a deed that a "by" phrase names: "the decision by the Justice Department".

"Criticized the Justice Department's decision" criticizes the department (a possessed deed noun
stands for its possessor, ``arguments``). English names the doer as often with "by": "the
decision by the Justice Department", "the comments made by Trump", "the methods used by the
Department of Justice" (a press release's "I object strongly to the methods used by the DoJ").
This module finds that doer, so the argument resolver treats such phrases as it treats the
possessive. A participle counts only when it makes or voices the deed (``authoring_verbs`` in
``patterns/deed_authors.json``): "the comments reported by CNN" or "the claims denied by the
White House" name somebody else than the author.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.extract.syntax import prep_object

AUTHORING_VERBS = word_sets("deed_authors")["authoring_verbs"]


def by_author(noun: Token) -> Token | None:
    """The object of the "by" phrase that names who did ``noun``: right on the noun ("the
    decision by X") or on a participle of an authoring verb ("the comments made by X")."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ == "by":
            return prep_object(child)
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in AUTHORING_VERBS:
            agent = next((a for a in child.children if a.dep_ == "agent"), None)
            if agent is not None:
                return prep_object(agent)
    return None
