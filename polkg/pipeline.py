"""Run extraction over a stream of documents: in this process, in worker processes, or on Dask.

Extraction is a pure function of one `Document`, so workers need nothing but the document and
send back plain dataclasses (never spaCy objects). The merge into the graph stays a single,
ordered, deterministic reduce in this process, so every way of running gives the same store.

Memory stays flat in the corpus size: documents are read lazily and at most a small, fixed
window of batches is in flight at any time (``multiprocessing.Pool.imap`` would read the whole
input ahead, so it is not used). What grows is the graph itself.
"""

from __future__ import annotations

import os
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from polkg.collector import collect_less_often
from polkg.errors import InputError, InputWarning, PolkgError, one_line
from polkg.ingest.offsets import original_span
from polkg.ingest.readers import ErrorHandler
from polkg.model import Document

if TYPE_CHECKING:
    from polkg.extract import Extractor
    from polkg.model import DocumentResult

__all__ = ["ExtractionFailure", "extract_documents", "ingest_paths", "DEFAULT_BATCH_DOCUMENTS"]

# Documents parsed per task: big enough for nlp.pipe to batch, small enough to keep memory flat.
TASK_DOCUMENTS = 16
# Documents per task for worker processes: small, so that the last tasks of a run do not leave
# one worker parsing 16 articles while the other waits (40 articles: 16+16+8 -> 4+4+...).
POOL_TASK_DOCUMENTS = 4
# Batches in flight per worker: one being parsed, two queued, so no worker waits for input.
WINDOW_PER_WORKER = 3
DEFAULT_BATCH_DOCUMENTS = 200
# Seconds to wait for a Dask scheduler before giving up with a one-line error.
CONNECT_TIMEOUT = 30

_worker_extractors: dict[tuple[bool | None, Path | None], Extractor] = {}


@dataclass(frozen=True)
class ExtractionFailure:
    """A document extraction could not handle; sent back instead of a result (picklable)."""

    where: str
    message: str

    def error(self) -> InputError:
        return InputError(self.where, self.message)


def _extractor(stance_model: bool | None = None, parse_cache: Path | None = None) -> Extractor:
    """This process's Extractor, loaded on first use (once per worker process or Dask worker)."""
    key = (stance_model, parse_cache)
    if key not in _worker_extractors:
        from polkg.extract import Extractor

        _worker_extractors[key] = Extractor(stance_model=stance_model, parse_cache=parse_cache)
    return _worker_extractors[key]


def _where(document: Document) -> str:
    return document.source or document.id


def extract_batch(extractor: Extractor, documents: list[Document]) -> list[Any]:
    """One `DocumentResult` or `ExtractionFailure` per document, in order; never raises.

    The batch is parsed with ``nlp.pipe``; if that fails, each document is retried alone so
    that one bad document costs only itself.
    """
    limit = extractor.nlp.max_length
    out: list[Any] = [None] * len(documents)
    todo: list[int] = []
    for i, document in enumerate(documents):
        if len(document.text) > limit:
            out[i] = ExtractionFailure(
                _where(document),
                f"text too long to parse ({len(document.text):,} characters; "
                f"limit {limit:,}): split it into several documents",
            )
        else:
            todo.append(i)
    try:
        for i, result in zip(todo, extractor.pipe([documents[i] for i in todo]), strict=True):
            out[i] = result
    except Exception:  # noqa: BLE001 - isolate the failing document below
        for i in todo:
            if out[i] is not None:
                continue
            try:
                out[i] = extractor.process(documents[i])
            except Exception as error:  # noqa: BLE001 - reported as one line, run goes on
                out[i] = ExtractionFailure(
                    _where(documents[i]), f"extraction failed ({one_line(error)})"
                )
    for document, result in zip(documents, out, strict=True):
        _to_user_offsets(result, document)
    return out


def _to_user_offsets(result: DocumentResult | ExtractionFailure, document: Document) -> None:
    """Point each assertion's ``start``/``end`` into the text the user gave, not the cleaned one
    (the evidence sentence stays the cleaned one)."""
    for assertion in getattr(result, "assertions", ()):
        span = original_span(document.offsets, assertion.start, assertion.end)
        assertion.start, assertion.end = span


def _extract_in_worker(
    documents: list[Document], stance_model: bool | None = None, parse_cache: Path | None = None
) -> list[Any]:
    """The task a worker process or Dask worker runs: its cached Extractor on one batch."""
    return extract_batch(_extractor(stance_model, parse_cache), documents)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _windowed(
    submit: Callable[[list[Document]], Any],
    collect: Callable[[Any], list[Any]],
    batches: Iterator[list[Document]],
    window: int,
) -> Iterator[Any]:
    """Keep at most ``window`` batches in flight; yield their outcomes in submission order."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from collect(pending.popleft())
    while pending:
        yield from collect(pending.popleft())


def _local_outcomes(
    documents: Iterable[Document],
    batch_size: int,
    stance_model: bool | None,
    parse_cache: Path | None = None,
) -> Iterator[Any]:
    from polkg.extract import Extractor

    extractor = Extractor(stance_model=stance_model, parse_cache=parse_cache)
    for batch in _batches(documents, batch_size):
        yield from extract_batch(extractor, batch)


def _pool_outcomes(
    documents: Iterable[Document],
    jobs: int,
    batch_size: int,
    stance_model: bool | None,
    parse_cache: Path | None = None,
) -> Iterator[Any]:
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # fork + spaCy/BLAS threads is unsafe
    with context.Pool(jobs, initializer=collect_less_often) as pool:
        yield from _windowed(
            lambda batch: pool.apply_async(_extract_in_worker, (batch, stance_model, parse_cache)),
            lambda handle: handle.get(),
            _batches(documents, min(batch_size, POOL_TASK_DOCUMENTS)),
            WINDOW_PER_WORKER * jobs,
        )


def _dask_outcomes(
    documents: Iterable[Document], scheduler: Any, batch_size: int, stance_model: bool | None
) -> Iterator[Any]:
    """Extraction on a dask.distributed cluster; ``scheduler`` is an address or a Client."""
    try:
        from distributed import Client
    except ImportError:
        raise PolkgError("--scheduler needs dask: pip install 'dask[distributed]'") from None
    own = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, timeout=CONNECT_TIMEOUT) if own else scheduler
    except (OSError, TimeoutError, ValueError) as error:
        raise PolkgError(f"cannot reach Dask scheduler {scheduler}: {one_line(error)}") from None
    try:
        threads = sum(client.nthreads().values()) or 1

        def collect(future: Any) -> list[Any]:
            try:
                return list(future.result())
            except PolkgError:
                raise
            except Exception as error:  # noqa: BLE001 - a worker-side failure, one line
                raise PolkgError(f"Dask worker failed: {one_line(error)}") from None

        yield from _windowed(
            lambda batch: client.submit(_extract_in_worker, batch, stance_model, pure=False),
            collect,
            _batches(documents, batch_size),
            WINDOW_PER_WORKER * threads,
        )
    finally:
        if own:
            client.close()


def extract_documents(
    documents: Iterable[Document],
    jobs: int = 1,
    batch_size: int = TASK_DOCUMENTS,
    *,
    scheduler: Any = None,
    on_error: ErrorHandler | None = None,
    stance_model: bool | None = None,
    parse_cache: Path | None = None,
) -> Iterator[DocumentResult]:
    """Yield one `DocumentResult` per document, in input order.

    ``jobs`` > 1 parses in that many worker processes; ``scheduler`` (a ``host:port`` address
    or a ``distributed.Client``) runs extraction on a Dask cluster instead. A document that
    cannot be extracted is handed to ``on_error`` as an `InputError` naming it (default:
    raised) and skipped. ``stance_model`` is the Extractor's switch for the learned stance
    model (None: the package default), handed to every worker; ``parse_cache`` a folder of
    stored parses (:mod:`polkg.extract.parse_cache`; local and worker processes only).
    """
    if scheduler is not None:
        outcomes = _dask_outcomes(documents, scheduler, batch_size, stance_model)
    elif jobs > 1:
        outcomes = _pool_outcomes(documents, jobs, batch_size, stance_model, parse_cache)
    else:
        outcomes = _local_outcomes(documents, batch_size, stance_model, parse_cache)
    handle = on_error or _raise_error
    for outcome in outcomes:
        if isinstance(outcome, ExtractionFailure):
            handle(outcome.error())
        else:
            yield outcome


def _estimate_total(paths: Iterable[str]) -> int | None:
    """Number of input documents when cheap to know (files only), for the progress bar's ETA."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-" or not path.is_file():
            return None
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif suffix == ".csv":
            return None  # quoted fields may span lines: no cheap count
        else:
            total += 1
    return total


def ingest_paths(
    paths: Iterable[str],
    store_path: Path,
    *,
    gazetteer: Path | None = None,
    jobs: int = 1,
    on_error: ErrorHandler | None = None,
    batch_documents: int = DEFAULT_BATCH_DOCUMENTS,
    scheduler: Any = None,
    follow_links: bool = False,
    stance_model: bool | None = None,
    encoding: str = "utf-8",
    line_breaks: str = "auto",
) -> str:
    """Read, extract and merge ``paths`` into the store at ``store_path``; return a summary line.

    ``encoding`` and ``line_breaks`` are `polkg.ingest.read_documents`'s.

    A path that does not exist is reported; when none exists, the store is not touched (no
    empty store is created).

    Documents already in the store are skipped, so ingesting again changes nothing. The graph is
    saved every ``batch_documents`` new documents, each save atomic: an interrupted run keeps
    whole batches only, and rerunning the same command completes it. The store's write lock is
    held for the whole run, so two ingests into one store cannot lose each other's documents.
    """
    from tqdm import tqdm

    from polkg.graph import KnowledgeGraph
    from polkg.ingest import read_documents
    from polkg.ingest.readers import check_encoding
    from polkg.store import Store

    check_encoding(encoding)  # before any store is created
    report = on_error or _raise_error
    paths = _existing(paths, report)
    if not paths:
        return f"nothing to ingest; {store_path} not touched"
    gaz = None
    if gazetteer is not None:
        from polkg.graph.gazetteer import Gazetteer

        gaz = Gazetteer.load(gazetteer)
    store = Store(store_path)
    with store.writing():
        kg = KnowledgeGraph(store.load_graph(), gazetteer=gaz)
        known = kg.documents
        read = read_documents(
            paths,
            on_error=report,
            follow_links=follow_links,
            encoding=encoding,
            line_breaks=line_breaks,
        )
        stored: list[str] = []  # ids of the input already in the store, skipped
        documents = _not_stored(read, known, stored)
        added = pending = 0
        total = _estimate_total(paths)
        bar = tqdm(
            total=None if total is None else max(0, total - len(known)),
            unit="doc",
            disable=None,
            dynamic_ncols=True,
            desc="ingest",
        )
        started = time.monotonic()
        for result in extract_documents(
            documents, jobs=jobs, scheduler=scheduler, on_error=report, stance_model=stance_model
        ):
            if kg.add_result(result):
                added += 1
                pending += 1
            bar.update()
            if pending >= batch_documents:
                bar.set_postfix_str("saving", refresh=True)
                store.save_graph(kg.g)
                bar.set_postfix_str("")
                pending = 0
        bar.close()
        if pending or not store.exists():
            store.save_graph(kg.g)
    g = kg.g
    seconds = time.monotonic() - started
    return (
        f"{added} documents added ({len(stored)} already stored) in {seconds:.1f} s; "
        f"store: {len(known) + added} documents, graph: {g.number_of_nodes()} entities, "
        f"{g.number_of_edges()} relations "
        f"in {store_path}"
    )


def _not_stored(read: Iterable[Document], known: set[str], stored: list[str]) -> Iterator[Document]:
    """The documents of ``read`` not in ``known``; the ids of the others go to ``stored``, so the
    summary counts the input's skipped documents (not the store's, which misread as skipped)."""
    for document in read:
        if document.id in known:
            stored.append(document.id)
        else:
            yield document


def _existing(paths: Iterable[str], on_error: ErrorHandler) -> list[str]:
    """``paths`` that exist (``-`` is stdin); each missing one is reported."""
    found = []
    for path in paths:
        if path == "-" or os.path.lexists(path):
            found.append(path)
        else:
            on_error(InputError(path, "no such file or folder"))
    return found


def _raise_error(error: InputError) -> None:
    if isinstance(error, InputWarning):
        warnings.warn(str(error), stacklevel=2)
        return
    raise error
