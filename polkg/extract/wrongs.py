"""Verbs of wronging a person: the one word list, and the one predicate, of two readings.

A speaker a named actor wronged accuses that actor ("'Bill Clinton raped me,' Broaddrick said":
``wronged_speakers``), and a sentence that says someone else persecuted a disparaged actor
defends that actor ('"Flynn lied and they destroyed his life," Trump said': ``defences``). Both
ask whether a verb wrongs its object: a listed lemma or form ("raped", which the small parser
lemmatizes "rap"), a listed verb with its particle ("put ... through", "sell ... out"), or
"treat" with a manner that makes it a wrong ("treated unfairly", "treated worse by the
media"). The defence asks only of persecution (``persecution=True``): one who was hurt or cost
something may have brought it on himself ("lied, and it hurt his career" still judges him).
Word lists: ``patterns/wrongs.json``.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets

_WORDS = word_sets("wrongs")
PERSECUTION_VERBS = _WORDS["persecution_verbs"]
ALL_WRONG_VERBS = PERSECUTION_VERBS | _WORDS["other_wrong_verbs"]


def _particles(entries: frozenset[str]) -> dict[str, frozenset[str]]:
    """Phrasal verbs by verb: "put through", "sell out" -> {"put": {"through"}, "sell": {"out"}}."""
    found: dict[str, frozenset[str]] = {}
    for entry in entries:
        verb, particle = entry.split()
        found[verb] = found.get(verb, frozenset()) | {particle}
    return found


PHRASAL = _particles(_WORDS["phrasal_verbs"])


def wronging(verb: Token, *, persecution: bool = False) -> bool:
    """Whether ``verb`` wrongs its object: any wrong, or with ``persecution`` only one that
    makes its object a victim ("destroyed his life", "treated unfairly")."""
    lemma = verb.lemma_.lower()
    listed = PERSECUTION_VERBS if persecution else ALL_WRONG_VERBS
    if lemma in listed or verb.lower_ in listed:
        return True
    if lemma in _WORDS["manner_verbs"] and any(
        c.dep_ in {"advmod", "oprd", "acomp"} and c.lower_ in _WORDS["manners"]
        for c in verb.children
    ):
        return True
    particles = frozenset() if persecution else PHRASAL.get(lemma, frozenset())
    return any(c.dep_ in {"prt", "prep"} and c.lower_ in particles for c in verb.children)
