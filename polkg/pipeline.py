"""Run extraction over a stream of documents, in this process or in worker processes.

Extraction is a pure function of one `Document`, so workers need nothing but the document; the
merge into the graph stays a single, ordered, deterministic reduce in the parent.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from polkg.errors import InputError
from polkg.ingest.document import Document
from polkg.ingest.readers import ErrorHandler

if TYPE_CHECKING:
    from polkg.extract import Extractor
    from polkg.extract.records import DocumentResult

_worker_extractor: Extractor | None = None


def _init_worker() -> None:
    global _worker_extractor
    from polkg.extract import Extractor

    _worker_extractor = Extractor()


def _extract_batch(documents: list[Document]) -> list[DocumentResult]:
    assert _worker_extractor is not None
    return list(_worker_extractor.pipe(documents))


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_documents(
    documents: Iterable[Document], jobs: int = 1, batch_size: int = 16
) -> Iterator[DocumentResult]:
    """Yield one `DocumentResult` per document, in input order, using ``jobs`` processes."""
    if jobs <= 1:
        from polkg.extract import Extractor

        yield from Extractor().pipe(documents)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker) as pool:
        for results in pool.imap(_extract_batch, _batches(documents, batch_size)):
            yield from results


def ingest_paths(
    paths: Iterable[str],
    store_path: Path,
    *,
    gazetteer: Path | None = None,
    jobs: int = 1,
    on_error: ErrorHandler | None = None,
    batch_documents: int = 200,
) -> str:
    """Read, extract and merge ``paths`` into the store at ``store_path``; return a summary line.

    Documents already in the store are skipped, so ingesting again changes nothing. The graph is
    saved every ``batch_documents`` documents, each save atomic: an interrupted run keeps whole
    batches only, and rerunning the same command completes it.
    """
    from tqdm import tqdm

    from polkg.graph import KnowledgeGraph
    from polkg.ingest import read_documents
    from polkg.store import Store

    gaz = None
    if gazetteer is not None:
        from polkg.graph.gazetteer import Gazetteer

        gaz = Gazetteer.load(gazetteer)
    store = Store(store_path)
    kg = KnowledgeGraph(store.load_graph(), gazetteer=gaz)
    known = set(kg.g.graph.get("documents", {}))
    documents = (
        d for d in read_documents(paths, on_error=on_error or _raise_error) if d.id not in known
    )
    added = skipped = pending = 0
    bar = tqdm(unit="doc", disable=None, dynamic_ncols=True, desc="ingest")
    for result in extract_documents(documents, jobs=jobs):
        if kg.add_result(result):
            added += 1
            pending += 1
        else:
            skipped += 1
        bar.update()
        if pending >= batch_documents:
            store.save_graph(kg.g)
            pending = 0
    bar.close()
    if pending or not store.exists():
        store.save_graph(kg.g)
    g = kg.g
    return (
        f"{added} documents added ({len(known)} already stored); "
        f"graph: {g.number_of_nodes()} entities, {g.number_of_edges()} relations "
        f"in {store_path}"
    )


def _raise_error(error: InputError) -> None:
    raise error
