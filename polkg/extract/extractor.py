"""The extraction facade: ``Document`` in, ``DocumentResult`` (entities + assertions) out.

The CLI, the worker pool and the graph code only see this class; the spaCy pipeline, the
entity layer and the relation rules behind it can change freely.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from polkg.extract.paragraphs import add_line_breaks
from polkg.extract.parse_cache import ParseCache
from polkg.extract.policy_issues import stance_objects
from polkg.extract.relations import RelationMatcher
from polkg.extract.rules import load_rules
from polkg.extract.stance import StanceModel, model_assertions, stance_model_enabled
from polkg.extract.title_years import title_years, with_title_years
from polkg.model import Document, DocumentResult


class Extractor:
    """Parse documents, find their political entities and the relations between them.

    ``nlp`` defaults to :func:`polkg.extract.nlp.load_nlp` (loaded once per process);
    ``rule_paths`` replaces the packaged relation rules by the JSONL files given;
    ``stance_model`` turns the learned stance model (:mod:`polkg.extract.stance`) on or off
    (None: the package default, ``polkg.extract.stance.DEFAULT_ON``); ``parse_cache`` is a
    folder where :mod:`polkg.extract.parse_cache` keeps parses for re-runs on the same texts.

    Examples
    --------
    >>> from polkg.model import Document
    >>> ex = Extractor()
    >>> r = ex.process(Document(id="d", text="Trump endorsed Tommy Tuberville on Friday."))
    >>> [(a.subject, a.relation, a.object) for a in r.assertions]
    [('Trump', 'endorses', 'Tommy Tuberville')]
    """

    def __init__(
        self,
        nlp: Language | None = None,
        rule_paths: Iterable[str | Path] | None = None,
        stance_model: bool | None = None,
        parse_cache: Path | None = None,
    ) -> None:
        if nlp is None:
            from polkg.extract.nlp import load_nlp

            nlp = load_nlp()
        self.nlp = add_line_breaks(nlp)
        rules = load_rules(rule_paths) if rule_paths is not None else None
        self.relations = RelationMatcher(nlp.vocab, rules)
        self.stance = StanceModel.load() if stance_model_enabled(stance_model) else None
        self.cache = ParseCache(parse_cache, self.nlp) if parse_cache is not None else None

    def process(self, document: Document) -> DocumentResult:
        """Extract one document."""
        return self.result(self.nlp(document.text), document)

    def pipe(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[DocumentResult]:
        """Extract a stream of documents, parsing in batches (``nlp.pipe``); order is kept."""
        stream = ((d.text, d) for d in documents)
        if self.cache is not None:
            parsed = self.cache.pipe(stream, batch_size=batch_size)
        else:
            parsed = self.nlp.pipe(stream, as_tuples=True, batch_size=batch_size)
        for doc, document in parsed:
            yield self.result(doc, document)

    def result(self, doc: Doc, document: Document) -> DocumentResult:
        """Extract one document already parsed (by ``nlp`` or the parse cache): for tools that
        parse in batches of their own (``bench/digest.py``, ``scripts/directed_*.py``)."""
        from polkg.extract.entities import find_entities

        entities = find_entities(doc, document)
        assertions = self.relations(doc, entities, document)
        if self.stance is not None:
            found = model_assertions(
                doc, entities.mentions, assertions, document, self.stance, self.relations.cues
            )
            if found:
                assertions = sorted(
                    assertions + found, key=lambda a: (a.start, a.subject, a.relation, a.object)
                )
        # an act the text writes with its year is named with it, once every rule has run
        records, assertions = with_title_years(
            list(entities.entities), assertions, title_years(entities)
        )
        # a policy phrase is an entity only as the object of a stance
        records, assertions = stance_objects(records, assertions, entities.issues)
        return DocumentResult(document=document, entities=records, assertions=assertions)
