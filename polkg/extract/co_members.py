"""Co-members of one list are not each other's target.

"told two of Congress's most outspoken critics of the efforts, Senators Ron Wyden of Oregon and
Mark Udall of Colorado": the rule's subject is the list of critics (Wyden, and Udall as his
conjunct), and its object "the efforts" was resolved, by the names set off after it, to Wyden,
the list's first member. Whatever the object node was resolved to, a name of the very list that
supplies the subjects is not what they criticize or back: those names are the holders, and a
list of critics or supporters is no list of each other's targets. A rule's own object node is
exempt: "the race between Jones and Moore" binds the object to the subject's conjunct by its
construction (the subject's conjuncts then include the object, which the symmetric reading
needs).
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from spacy.tokens import Token


class _Argument(Protocol):
    @property
    def token(self) -> Token: ...


A = TypeVar("A", bound=_Argument)


def outside_subject_list(objects: list[A], subjects: list[A], object_node: Token) -> list[A]:
    """The objects but those resolved onto a token of the subjects' own list (a token some
    subject argument stands on), unless it is the rule's object node itself."""
    held = {s.token.i for s in subjects}
    return [o for o in objects if o.token.i == object_node.i or o.token.i not in held]
