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
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from polkg.extract.lexicon import derived_judgement_words, words

_WORD = re.compile(r"[a-z][a-z'\-]*")
CLAUSES = frozenset({"ccomp", "advcl", "conj", "parataxis", "relcl", "acl", "csubj", "dep"})


@functools.cache
def _entries() -> tuple[frozenset[str], frozenset[tuple[str, ...]], int]:
    """(single words, multiword phrases as word tuples, longest phrase length): the derived
    entries and the hand-listed idioms of political criticism (``judgement_idioms.json``:
    "has something to hide", "turned a blind eye"), which BASIL marks too rarely to derive."""
    entries = [e.lower() for e in words("quote_judgements")["negative"]]
    entries += [e.lower() for e in words("judgement_idioms")["phrases"]]
    phrases = frozenset(tuple(e.split()) for e in entries if " " in e)
    return derived_judgement_words(), phrases, max((len(p) for p in phrases), default=1)


@functools.cache
def _lemma_phrases() -> frozenset[tuple[str, ...]]:
    """The multiword entries in lemmas ("go to hell" for "going to hell"), idioms included."""
    lemmas = [*words("quote_judgements")["lemmas"].values()]
    lemmas += words("judgement_idioms")["lemmas"].values()
    return frozenset(tuple(v.split()) for v in lemmas)


def negative_words() -> frozenset[str]:
    """The derived one-word judgements ("henchmen", "demagogue"), for the word lexicons."""
    return derived_judgement_words()


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
    return _lemma_phrase(tokens)


def _lemma_phrase(tokens: Sequence[Token]) -> Token | None:
    """The token where a multiword entry starts when read in lemmas ("Tell him to go to hell")."""
    lemma_phrases = _lemma_phrases()
    lemmas = [t.lemma_.lower() for t in tokens]
    for n in {len(p) for p in lemma_phrases}:
        for k in range(len(tokens) - n + 1):
            if tuple(lemmas[k : k + n]) in lemma_phrases:
                return tokens[k]
    return None


@functools.cache
def _idioms() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The hand-listed idioms as word tuples: (surface forms, lemma forms)."""
    data = words("judgement_idioms")
    surface = frozenset(tuple(p.lower().split()) for p in data["phrases"])
    return surface, frozenset(tuple(v.split()) for v in data["lemmas"].values())


def idiom_at(tok: Token) -> bool:
    """Whether a hand-listed idiom (``judgement_idioms.json``) starts at ``tok``: what a reported
    clause reads only inside quotation marks, as the speaker's own words ("He said Sessions was
    ... and Democrats are playing politics" is the reporter's wording, its "He" a narration
    pronoun)."""
    doc = tok.doc
    for forms, lemma in zip(_idioms(), (False, True), strict=True):
        for form in forms:
            span = doc[tok.i : tok.i + len(form)]
            seen = tuple((t.lemma_ if lemma else t.text).lower() for t in span)
            if seen == form:
                return True
    return False


def judged_by_phrase(tok: Token, inside: Callable[[int], bool]) -> Token | None:
    """A multiword judgement that is what ``tok`` does or is told to do: the verb phrase of its
    clause ("Trump can go to hell") or the infinitive it is told to ("Tell Donald Trump to go to
    hell"); only words ``inside`` the quotation, never ``tok``'s own words."""
    head = tok.head
    verb: Token | None
    if tok.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"} and head.lemma_ != "be":
        verb = head
    elif tok.dep_ == "dobj":
        verb = next((c for c in head.children if c.dep_ == "xcomp" and c.i > tok.i), None)
        if verb is None:
            return None
    else:
        return None
    # the verb's own phrase: not the clauses it governs ("Obama said they spread ...")
    clauses = {t.i for c in verb.children if c.dep_ in CLAUSES for t in c.subtree}
    phrase = [t for t in verb.subtree if t.i >= verb.i and t.i not in clauses and inside(t.i)]
    verbs = (head, *(t for t in phrase if t.pos_ in {"VERB", "AUX"}))
    if any(c.dep_ == "neg" for v in verbs for c in v.children):
        return None  # "Trump will not go to hell"
    singles = _entries()[0]
    found = judging_phrase(phrase)
    # one word as a verb ("stole the show", "wasted") reads either way: phrases only
    if found is None or found.lower_ in singles or found.lemma_.lower() in singles:
        return None
    if _named_owner(found):
        return None  # "the first step the Senate must take to deal with the Administration's
        # dangerous power grab": the Administration's deed is judged, not the Senate
    return found


def _named_owner(found: Token) -> bool:
    """Whether the noun phrase a judgement phrase starts in has a named possessor ("the
    Administration's dangerous power grab"): the phrase judges that owner's deed."""
    noun = found
    while noun.dep_ in {"compound", "amod"} and noun.head.i != noun.i:
        noun = noun.head
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def phrase_cues(tok: Token, found: Token, inside: Callable[[int], bool]) -> frozenset[int]:
    """The words of a judgement phrase's own frame that modality must not read as a hedge or a
    demand: the "tell" and the "can" of "Tell Trump to go to hell", "Trump can go to hell" (the
    idiom's form, not a request); empty unless ``found`` is such a phrase (``judged_by_phrase``),
    so "Warren could hurt the economy" stays hedged."""
    phrase = judged_by_phrase(tok, inside)
    if phrase is None or phrase.i != found.i:
        return frozenset()
    head = tok.head
    verb = head
    if tok.dep_ == "dobj":
        verb = next(c for c in head.children if c.dep_ == "xcomp" and c.i > tok.i)
    return frozenset({head.i, verb.i} | {c.i for c in verb.children if c.dep_ == "aux"})
