"""What the classifier reads about one entity pair: three text views of the parsed sentence.

Training (``training/train_stance.py``) and inference (:mod:`polkg.extract.stance.model`) both go
through :func:`pair_views` and :func:`analyze`, so what the classifier saw while it learned is
exactly what it sees in the pipeline. Entity 1 is always the entity that comes first in the
sentence (the dataset's convention); the direction is then one of the classes.

The views:

- ``marked``: the sentence with marker words around the two entities (:func:`mark_pair`);
- ``between``: the words between the two entities;
- ``dep``: symbols from spaCy's dependency parse: each entity's dependency label and governing
  word ("A_dep_nsubj_criticize", "B_pobj_by_praise"), whether the governing verb is passive, and
  the path between the two entities through their lowest common ancestor.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from polkg.extract.stance.inputs import mark_pair

VIEWS = ("marked", "between", "dep")

_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
_ANY_WORD = re.compile(r"(?u)\b\w+\b")
_NGRAMS = {"marked": (1, 3, _WORD), "between": (1, 3, _ANY_WORD)}
_MAX_CHAIN = 30


def _ngrams(text: str, low: int, high: int, pattern: re.Pattern[str]) -> list[str]:
    tokens = pattern.findall(text.lower())
    out: list[str] = []
    for n in range(low, high + 1):
        out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


def analyze(view: str, text: str) -> list[str]:
    """The features (terms) of one view's text; the training vectorizers use this as analyzer."""
    if view == "dep":
        return text.split()
    low, high, pattern = _NGRAMS[view]
    return _ngrams(text, low, high, pattern)


def head_chain(tok: Token) -> list[Token]:
    """``tok`` and its heads up to the root (spaCy makes a new Token object on every access, so
    the root is found by index, not identity; every caller only reads up to the first repeat)."""
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < _MAX_CHAIN:
        out.append(out[-1].head)
    return out


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower().replace(" ", "_")


def _role_features(role: str, root: Token) -> list[str]:
    head = root.head
    out = [f"{role}_dep_{root.dep_}", f"{role}_dep_{root.dep_}_{_lemma(head)}"]
    if root.dep_ == "pobj":
        out += [f"{role}_pobj_{head.lower_}_{_lemma(head.head)}", f"{role}_pobj_{head.lower_}"]
    if root.dep_ == "poss":
        out.append(f"{role}_poss_{_lemma(head)}")
    for tok in head_chain(root)[1:]:
        if tok.pos_ in ("VERB", "AUX"):
            out.append(f"{role}_verb_{_lemma(tok)}")
            if any(c.dep_ == "auxpass" for c in tok.children):
                out.append(f"{role}_verbpass")
            break
    return out


def lowest_common_ancestor(a: Token, b: Token) -> Token | None:
    """The lowest token that governs both ``a`` and ``b`` (or is one of them), if any."""
    above_b = {t.i for t in head_chain(b)}
    return next((t for t in head_chain(a) if t.i in above_b), None)


def dep_features(first: Span, second: Span) -> str:
    """The ``dep`` view: dependency symbols of entity 1 (``first``), entity 2 and their path."""
    a, b = first.root, second.root
    feats = _role_features("A", a) + _role_features("B", b)
    lca = lowest_common_ancestor(a, b)
    if lca is not None:
        chain_a, chain_b = head_chain(a), head_chain(b)
        up = chain_a[: [t.i for t in chain_a].index(lca.i) + 1]
        down = chain_b[: [t.i for t in chain_b].index(lca.i)]
        path = ["A", *(f"{t.dep_}^" for t in up[:-1]), _lemma(lca)]
        path += [f"v{t.dep_}" for t in reversed(down)] + ["B"]
        feats.append("path_" + "_".join(path[:8]))
        feats.append("lca_" + _lemma(lca))
        feats.append("lcadeps_" + "_".join(p for p in path if p.endswith("^") or p[0] == "v"))
        feats += ["pw_" + _lemma(t) for t in up[1:] + down[1:]]
        feats += ["upA_" + _lemma(t) for t in up[1:-1]]
        feats += ["downB_" + _lemma(t) for t in down[1:]]
        if any(c.dep_ == "auxpass" for c in lca.children):
            feats.append("lca_pass")
        if any(c.dep_ == "neg" for c in lca.children):
            feats.append("lca_neg")
    return " ".join(f.replace(" ", "_") for f in feats)


def pair_views(sent: Span, first: Span, second: Span) -> dict[str, str]:
    """The three views of one pair; ``first`` and ``second`` are spans inside ``sent``, in text
    order (``first`` is entity 1), not overlapping."""
    base = sent.start_char
    e1 = (first.start_char - base, first.end_char - base)
    e2 = (second.start_char - base, second.end_char - base)
    text = sent.text
    return {
        "marked": mark_pair(text, e1, e2),
        "between": text[min(e1[1], e2[1]) : max(e1[0], e2[0])],
        "dep": dep_features(first, second),
    }


def tfidf_row(
    terms: Iterable[str], vocabulary: dict[str, int], idf: list[float] | object
) -> dict[int, float]:
    """Sublinear TF-IDF with L2 norm of one text's terms (scikit-learn's TfidfVectorizer with
    ``sublinear_tf=True``); unknown terms are dropped. ``idf`` is indexable by column."""
    counts: dict[int, int] = {}
    for term in terms:
        column = vocabulary.get(term)
        if column is not None:
            counts[column] = counts.get(column, 0) + 1
    row = {c: (1.0 + math.log(n)) * float(idf[c]) for c, n in counts.items()}  # type: ignore[index]
    norm = math.sqrt(sum(v * v for v in row.values()))
    return {c: v / norm for c, v in row.items()} if norm > 0 else {}
