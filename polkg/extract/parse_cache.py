"""A disk cache of parsed documents, so re-scoring the gold after a rule change skips the parser.

Evaluating the gold files parses the same few hundred articles again after every change to a
rule or word list, and parsing is most of that time. The cache keeps each text's ``Doc`` as the
statistical part of the pipeline left it (tokenizer, tagger, parser, entity recognizer and any
component placed among them) and re-runs only the components after the last statistical one
(polkg's span ruler), so pattern and rule edits still take effect.

A cache entry is keyed by the text and by a fingerprint of everything that shaped that ``Doc``:
spaCy's version, the model's name and version, the tokenizer's rules, each cached component's
serialized state, and for polkg's own components the source of their module plus every
``patterns/`` file that source names. Change any of these and the old entries are not used.
It is a development aid (``polkg evaluate --parse-cache DIR``); extraction never needs it.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from polkg.extract.lexicon import PATTERN_DIR


class ParseCache:
    """Parse texts with ``nlp``, reusing the statistical parse stored under ``folder``."""

    def __init__(self, folder: Path, nlp: Language) -> None:
        self.nlp = nlp
        names = nlp.pipe_names
        last = max(
            (i for i, (_, pipe) in enumerate(nlp.pipeline) if _statistical(pipe)), default=-1
        )
        self.cached = names[: last + 1]
        self.tail = names[last + 1 :]
        self.folder = Path(folder) / _fingerprint(nlp, self.cached)

    def pipe(
        self, items: Iterable[tuple[str, Any]], batch_size: int = 32
    ) -> Iterator[tuple[Doc, Any]]:
        """Like ``nlp.pipe(items, as_tuples=True)``: (Doc, context) pairs, in order."""
        batch: list[tuple[str, Any]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def holds(self, text: str) -> bool:
        """Whether the parse of ``text`` is stored (a tool that must never parse asks first)."""
        return self._path(text).exists()

    def _path(self, text: str) -> Path:
        return self.folder / f"{hashlib.sha256(text.encode()).hexdigest()}.spacy"

    def _batch(self, batch: list[tuple[str, Any]]) -> Iterator[tuple[Doc, Any]]:
        paths = [self._path(text) for text, _ in batch]
        docs: list[Doc | None] = [self._load(path) for path in paths]
        missing = [i for i, doc in enumerate(docs) if doc is None]
        if missing:
            with self.nlp.select_pipes(disable=self.tail):
                parsed = self.nlp.pipe(batch[i][0] for i in missing)
                for i, fresh in zip(missing, parsed, strict=True):
                    self._save(fresh, paths[i])
                    docs[i] = fresh
        for stored, (_, context) in zip(docs, batch, strict=True):
            assert stored is not None
            doc: Doc = stored
            for name in self.tail:
                doc = self.nlp.get_pipe(name)(doc)
            yield doc, context

    def _load(self, path: Path) -> Doc | None:
        if not path.exists():
            return None
        try:
            return next(iter(DocBin().from_disk(path).get_docs(self.nlp.vocab)))
        except (OSError, ValueError, StopIteration):
            return None  # a truncated entry: parse again

    def _save(self, doc: Doc, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        DocBin(docs=[doc], store_user_data=True).to_disk(partial)
        partial.replace(path)


def _statistical(pipe: Any) -> bool:
    return hasattr(pipe, "model") and hasattr(pipe, "to_bytes")


def _fingerprint(nlp: Language, names: list[str]) -> str:
    digest = hashlib.sha256()
    meta = nlp.meta
    digest.update(f"{spacy.__version__}|{meta.get('name')}|{meta.get('version')}".encode())
    tokenizer: Any = nlp.tokenizer
    digest.update(tokenizer.to_bytes(exclude=["vocab"]))
    for name in names:
        pipe: Any = nlp.get_pipe(name)
        digest.update(name.encode())
        if hasattr(pipe, "to_bytes"):
            digest.update(pipe.to_bytes(exclude=["vocab"]))
        else:
            digest.update(_source_and_data(pipe))
    return digest.hexdigest()[:16]


def _source_and_data(component: Any) -> bytes:
    """The module source of a function component, plus the pattern files it names (by the
    name without suffix, as ``lexicon.words("sentence_abbreviations")`` does)."""
    try:
        source = Path(inspect.getsourcefile(component) or "").read_bytes()
    except (OSError, TypeError):
        return repr(component).encode()
    data = b"".join(
        path.read_bytes()
        for path in sorted(PATTERN_DIR.glob("*.json*"))
        if path.name.split(".")[0].encode() in source
    )
    return source + data
