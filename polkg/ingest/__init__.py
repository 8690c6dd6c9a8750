"""Ingest: read articles from files, folders and stdin, and clean them into `Document`s."""

from polkg.ingest.cleaning import clean_text
from polkg.ingest.readers import make_document, read_documents, read_file
from polkg.model import Document

__all__ = ["Document", "clean_text", "make_document", "read_documents", "read_file"]
