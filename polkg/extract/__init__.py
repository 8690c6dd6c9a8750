"""Extraction: spaCy pipeline, political entities, relation rules (see ``Extractor``)."""

from polkg.extract.extractor import Extractor

__all__ = ["Extractor"]
