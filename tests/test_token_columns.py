"""The token columns hold what spaCy's Token attributes return, token by token."""

from __future__ import annotations

import json
from pathlib import Path

from polkg.extract.token_columns import token_columns

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "wikinews" / "articles.jsonl"

# quotation marks, a dash aside, line breaks, an entity, punctuation glued to words
TEXT = (
    "Senator Jane Doe criticized the Senate on Friday.\n\n“It is a disgrace,” she said — "
    "twice — of the \"Don't Tread\" bill.\nObama’s aide, Ms. Smith, didn't comment."
)


def _attributes(tok) -> tuple:
    return (
        tok.text,
        tok.lower_,
        tok.lemma_,
        tok.pos_,
        tok.tag_,
        tok.dep_,
        tok.ent_type_,
        tok.whitespace_,
        tok.is_alpha,
        tok.is_punct,
        tok.is_space,
    )


def _columns(doc, i: int) -> tuple:
    c = token_columns(doc)
    return (
        c.text[i],
        c.lower[i],
        c.lemma[i],
        c.pos[i],
        c.tag[i],
        c.dep[i],
        c.ent_type[i],
        c.whitespace[i],
        c.is_alpha[i],
        c.is_punct[i],
        c.is_space[i],
    )


def test_columns_are_the_token_attributes(nlp) -> None:
    texts = [TEXT] + [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    tokens = 0
    for doc in nlp.pipe(texts):
        for tok in doc:
            assert _columns(doc, tok.i) == _attributes(tok)
            tokens += 1
    assert tokens > 1000


def test_columns_follow_the_document_asked_about(nlp) -> None:
    first, second = nlp("Trump endorsed Tuberville."), nlp("Warren criticized the bill.")
    assert token_columns(first).text[0] == "Trump"
    assert token_columns(second).text[0] == "Warren"
    assert token_columns(first).text[0] == "Trump"
    assert token_columns(second).verbs({"criticize"}) == [second[1]]
    assert token_columns(nlp("")).text == []


def test_verbs_are_the_verb_tokens_of_the_lemmas(nlp) -> None:
    texts = [TEXT] + [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    asked = 0
    for doc in nlp.pipe(texts):
        lemmas = {t.lemma_.lower() for t in doc if t.pos_ == "VERB"}
        some = set(sorted(lemmas)[::2])  # every other verb lemma, and a word no token has
        for chosen in (lemmas, some | {"zzz"}, set()):
            expected = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in chosen]
            assert token_columns(doc).verbs(chosen) == expected
            asked += len(expected)
    assert asked > 100


def test_doc_text_is_the_documents_text(nlp) -> None:
    from polkg.extract.captions import doc_text, line_of

    texts = [TEXT] + [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    for text, doc in zip(texts, nlp.pipe(texts), strict=True):
        assert doc_text(doc) == doc.text == text
    doc = nlp("Headline here\n\nDonald Trump (Photo: AP)\nHe said so.")
    assert line_of(doc, doc[3]) == "Donald Trump (Photo: AP)"
    assert doc_text(nlp("")) == ""


def test_ents_are_the_documents_entities(nlp) -> None:
    texts = [TEXT] + [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    found = 0
    for doc in nlp.pipe(texts):
        ents = token_columns(doc).ents
        assert [(e.start, e.end, e.label_) for e in ents] == [
            (e.start, e.end, e.label_) for e in doc.ents
        ]
        assert token_columns(doc).ents is ents  # read once
        found += len(ents)
    assert found > 100


def _quote_mask_token_by_token(doc) -> list[bool]:
    """The quotation mask as session 34 computed it, one step per token (the reference
    ``mentions._quote_mask``, which steps only at quotation marks and line breaks, must equal)."""
    inside, mask = False, [False] * len(doc)
    for tok in doc:
        i, text = tok.i, tok.text
        if "\n\n" in tok.whitespace_ or (tok.is_space and "\n" in text):
            mask[i], inside = inside, False
            continue
        if text in ("“", "‘‘", "``"):
            inside = True
        elif text in ("”", "’’", "''"):
            mask[i], inside = inside, False
            continue
        elif text == '"':
            opening = i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_punct
            if inside and not (opening and not tok.whitespace_):
                mask[i], inside = True, False
                continue
            inside = True
        mask[i] = inside
    return mask


def test_quote_mask_steps_only_at_marks_and_breaks(nlp) -> None:
    from polkg.extract.mentions import _quote_mask

    texts = [
        TEXT,
        '"Unclosed quotation runs on\n\nto the paragraph break" and after "a "nested" one".',
        "He said “yes” and ``no'' then \"maybe\"",
        "“Open at the end",
        "",
    ] + [json.loads(line)["text"] for line in EXAMPLES.open(encoding="utf-8")]
    quoted = 0
    for doc in nlp.pipe(texts):
        mask = _quote_mask(doc)
        assert mask == _quote_mask_token_by_token(doc)
        quoted += sum(mask)
    assert quoted > 100
