"""Judgement phrases learned from broad data: what speakers call the actor they judge.

The hand list of disparaging words (``cues_quotes.json``) and VADER rate single words; many
quoted judgements are phrases ("beyond the pale", "a false prophet", "an attack dog") or words
neither rates ("henchmen", "demagogue", "complicit"). ``patterns/quote_judgements.json`` is
derived from BASIL's annotated judgements and NewsMTSC's target sentiment by
``scripts/build_quote_judgements.py`` (counts and sources in the file, licences in NOTICE);
quotes.py and judgements.py read it where they rate what is said about a named actor.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from spacy.tokens import Token

from polkg.extract.lexicon import words

_WORD = re.compile(r"[a-z][a-z'\-]*")


@functools.cache
def _entries() -> tuple[frozenset[str], frozenset[tuple[str, ...]], int]:
    """(single words, multiword phrases as word tuples, longest phrase length)."""
    entries = [e.lower() for e in words("quote_judgements")["negative"]]
    singles = frozenset(e for e in entries if " " not in e)
    phrases = frozenset(tuple(e.split()) for e in entries if " " in e)
    return singles, phrases, max((len(p) for p in phrases), default=1)


def negative_words() -> frozenset[str]:
    """The derived one-word judgements ("henchmen", "demagogue"), for the word lexicons."""
    return _entries()[0]


def judging_phrase(tokens: Sequence[Token]) -> Token | None:
    """The token where a derived judgement (a word or a phrase) starts in ``tokens``, read in
    the source's words, so the tokenizer's pieces of "cover-up" or "lyin'" still match."""
    if not tokens:
        return None
    singles, phrases, longest = _entries()
    starts, pos = [], 0
    for t in tokens:  # where each token starts in the joined text (``tokens`` may have gaps)
        starts.append(pos)
        pos += len(t.text_with_ws)
    text = "".join(t.text_with_ws for t in tokens).lower()
    found = [(m.start(), m.group().strip("'-")) for m in _WORD.finditer(text)]
    for k, (start, word) in enumerate(found):
        hit = word in singles or word.endswith("s") and word[:-1] in singles
        for n in range(2, longest + 1):
            if hit or k + n > len(found):
                break
            hit = tuple(w for _, w in found[k : k + n]) in phrases
        if hit:
            return tokens[max(i for i, s in enumerate(starts) if s <= start)]
    return None
