"""Lemmas of contractions written with a typographic apostrophe ("She’s not honest").

spaCy's small English lemmatizer knows "'s", "'re", "'m", "'ve", "'ll" and "'d", but not the
same words written with a right single quotation mark, which most allsides pages (and many
BASIL and NewsMTSC texts) use: "’s" keeps the lemma "’" or "’s", so "'I just don’t trust
Hillary Clinton. She’s not honest,' said Jane Ginsberg" holds no "be", and no rule or quoted
judgement that reads a copula ("is not honest", "is a liar") sees it. This component gives a
verb or auxiliary written so the lemma its straight twin gets (``patterns/contractions.json``).
It runs after the statistical pipeline, so the parse cache keeps its entries (parse_cache.py
re-runs the components after the last statistical one on every cached parse).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from polkg.extract.lexicon import words

COMPONENT = "polkg_contractions"
_DATA = words("contractions")
APOSTROPHES = frozenset(_DATA["apostrophes"])
LEMMAS: dict[str, str] = dict(_DATA["lemmas"])
PAST_LEMMAS: dict[str, str] = dict(_DATA["past_lemmas"])
VERB_POS = frozenset(_DATA["verb_pos"])


def contraction_lemma(text: str, pos: str, tag: str) -> str | None:
    """The lemma of a contracted verb written with a typographic apostrophe ("’s" -> "be",
    "’d" -> "would", or "have" when tagged past), or None for any other token."""
    if pos not in VERB_POS or len(text) < 2 or text[0] not in APOSTROPHES:
        return None
    ending = text[1:].lower()
    if tag == "VBD" and ending in PAST_LEMMAS:
        return PAST_LEMMAS[ending]
    return LEMMAS.get(ending)


@Language.component(COMPONENT)
def contraction_lemmas(doc: Doc) -> Doc:
    """Give each typographic contraction of ``doc`` its straight twin's lemma."""
    if not any(mark in doc.text for mark in APOSTROPHES):
        return doc
    for tok in doc:
        if tok.text[0] in APOSTROPHES:
            lemma = contraction_lemma(tok.text, tok.pos_, tok.tag_)
            if lemma is not None:
                tok.lemma_ = lemma
    return doc


def add_contraction_lemmas(nlp: Language) -> Language:
    """Add the component once, at the end of the pipeline so far (after the statistical
    components; ``nlp.load_nlp`` adds polkg's span ruler after it), so a stored parse gets it."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, last=True)
    return nlp
