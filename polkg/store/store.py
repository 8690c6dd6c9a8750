"""The persistent store: an Oxigraph (RocksDB) database on disk, written atomically per batch.

Layout of a store folder (default ``./polkg-data``)::

    polkg-data/
      live -> db-000004     symlink to the current generation (what readers open)
      db-000004/            an Oxigraph store, never written again once ``live`` points to it
      db-000003/            the previous generation, kept for readers that still have it open
      write.lock            flock(2) lock taken by writers

Why generations: ``save_graph`` bulk-loads the whole graph into a fresh ``db-N`` folder, closes it,
then replaces the ``live`` symlink with one ``rename(2)`` (atomic on POSIX). A writer killed at
any point leaves ``live`` on the previous, complete generation, so an interrupted ingest never
leaves half a document; the next write removes the debris. Readers only ever open a generation
read-only, and no generation is written while ``live`` points to it, so readers never see a
write in progress (Oxigraph's read-only mode is undefined under a concurrent writer).

Graphs: each document's assertions live in the named graph ``doc:<id>`` and, copied, in the
default graph, so the default graph is the whole knowledge graph. Plain SPARQL sees everything and
``GRAPH ?g`` still tells which document a triple came from; this costs the assertion triples twice
on disk but runs queries several times faster than Oxigraph's union-default-graph mode.

Other tools can use a store directly: ``oxigraph serve-read-only --location polkg-data/live``.
"""

from __future__ import annotations

import errno
import fcntl
import gc
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from polkg.errors import PolkgError, one_line
from polkg.ontology.rdf import PREFIXES, graph_from_ntriples, graph_nquads
from polkg.store.params import parameter_bindings

__all__ = ["NoStoreError", "Store", "QueryResults", "DEFAULT_STORE"]

DEFAULT_STORE = Path("polkg-data")
LIVE = "live"
LOCK = "write.lock"
_GENERATION = re.compile(r"db-(\d{6,})")

QueryResults = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


class NoStoreError(PolkgError):
    """A command needs a store where nothing has been saved yet."""


class Store:
    """polkg's graph in an on-disk Oxigraph store.

    >>> store = Store(tmp_path / "kg")                      # doctest: +SKIP
    >>> store.save_graph(g); store.load_graph() == g        # doctest: +SKIP
    """

    def __init__(self, path: Path | str = DEFAULT_STORE) -> None:
        self.path = Path(path)
        self._reader: ox.Store | None = None
        self._reader_target: str | None = None
        self._lock_depth = 0
        self._lock_file: Any = None

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # -- reading ------------------------------------------------------------------------------

    def exists(self) -> bool:
        """True once a graph has been saved here."""
        return (self.path / LIVE).is_symlink()

    def require(self) -> Store:
        """``self`` once a graph has been saved here, else a one-line :class:`NoStoreError`."""
        self._check_folder()
        if not self.exists():
            raise NoStoreError(f"no store at {self.path}: run `polkg ingest` first")
        return self

    def _check_folder(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise PolkgError(f"store {self.path} is not a folder")
        if self.path.is_dir() and not self.exists():
            unexpected = [p.name for p in self.path.iterdir() if p.name != LOCK]
            if unexpected and not all(_GENERATION.fullmatch(n) for n in unexpected):
                raise PolkgError(
                    f"{self.path} is not a polkg store (no '{LIVE}' link); use an empty folder"
                )

    def _open(self) -> ox.Store:
        """The live generation, read-only; reopened when a writer has moved ``live`` on."""
        self.require()
        target = os.readlink(self.path / LIVE)
        if self._reader is None or target != self._reader_target:
            try:
                self._reader = ox.Store.read_only(str(self.path / target))
            except OSError as error:
                raise PolkgError(f"cannot open store {self.path}: {one_line(error)}") from None
            self._reader_target = target
        return self._reader

    def close(self) -> None:
        opened = self._reader is not None
        self._reader = None
        self._reader_target = None
        if opened:  # a full collection costs ~0.1 s in a process holding spaCy's model
            gc.collect()

    def load_graph(self) -> nx.MultiDiGraph:
        """The stored graph; an empty graph for a new store."""
        self._check_folder()
        if not self.exists():
            return nx.MultiDiGraph()
        triples = self._open().query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        assert isinstance(triples, ox.QueryTriples)
        text = triples.serialize(format=ox.RdfFormat.N_TRIPLES)
        return graph_from_ntriples(bytes(text or b"").decode("utf-8"))

    def quads(self, default_graph_only: bool = False) -> Iterator[ox.Quad]:
        """Every quad of the store (nothing for a new store)."""
        if not self.exists():
            return iter(())
        graph = ox.DefaultGraph() if default_graph_only else None
        return iter(self._open().quads_for_pattern(None, None, None, graph))

    def triple_count(self) -> int:
        """Number of distinct triples (those of the default graph; 0 for a new store)."""
        self._check_folder()
        if not self.exists():
            return 0
        rows = self._open().query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert isinstance(rows, ox.QuerySolutions)
        return int(next(iter(rows))["n"].value)

    def documents(self) -> set[str]:
        """Ids of the documents the store was built from."""
        if not self.exists():
            return set()
        rows = self.query("SELECT ?id WHERE { ?d a pol:Document ; dcterms:identifier ?id }")
        assert isinstance(rows, ox.QuerySolutions)
        return {row["id"].value for row in rows}

    def query(
        self,
        sparql: str,
        params: dict[str, str] | None = None,
    ) -> QueryResults:
        """Run a SPARQL query; ``$name`` parameters are bound to ``params`` (see README).

        Values are bound by Oxigraph itself (``substitutions``, see ``polkg.store.params``), never
        pasted into the query text.

        The default graph holds everything (see the module docstring); ``GRAPH ?g`` patterns see
        the per-document graphs. Raises PolkgError for a missing store or a malformed query.
        """
        substitutions = parameter_bindings(sparql, params or {})
        store = self._open()
        try:
            return store.query(sparql, prefixes=PREFIXES, substitutions=substitutions or None)
        except SyntaxError as error:
            raise PolkgError(f"malformed SPARQL: {one_line(error)}") from None
        except RuntimeError as error:
            if "SELECT projection" in str(error):  # pyoxigraph binds projected variables only
                names = ", ".join(sorted(f"${v.value}" for v in substitutions))
                raise PolkgError(
                    f"a bound parameter must be listed in the SELECT clause: add {names} to it"
                ) from None
            raise PolkgError(f"query failed: {one_line(error)}") from None
        except (OSError, ValueError) as error:
            raise PolkgError(f"query failed: {one_line(error)}") from None

    # -- writing ------------------------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """Hold the write lock across a load-merge-save, so two ingests cannot interleave."""
        self._check_folder()
        if self._lock_depth == 0:
            try:  # a folder that cannot be made (under a file, a read-only or missing mount)
                self.path.mkdir(parents=True, exist_ok=True)
                handle = open(self.path / LOCK, "a+")  # noqa: SIM115 - held until the block ends
            except OSError as error:
                reason = error.strerror or one_line(error)
                raise PolkgError(f"cannot write store {self.path}: {reason}") from None
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                handle.close()
                if error.errno in (errno.EAGAIN, errno.EACCES):
                    raise PolkgError(
                        f"store {self.path} is locked: another polkg process is writing to it"
                    ) from None
                raise PolkgError(f"cannot lock store {self.path}: {one_line(error)}") from None
            self._lock_file = handle
        self._lock_depth += 1
        try:
            yield self
        finally:
            self._lock_depth -= 1
            if self._lock_depth == 0:
                self._lock_file.close()
                self._lock_file = None

    def save_graph(self, g: nx.MultiDiGraph) -> None:
        """Replace the stored graph by ``g``, atomically (see the module docstring)."""
        # bad attributes fail here, before anything touches the disk
        nquads = graph_nquads(g, union_default=True, sort=False).encode("utf-8")
        with self.writing():
            live = os.readlink(self.path / LIVE) if self.exists() else None
            self.close()  # this process's reader must not hold a generation about to go
            self._remove_generations(keep={live})
            number = max(self._generation_numbers(), default=0) + 1
            name = f"db-{number:06d}"
            folder = self.path / name
            try:
                _bulk_load(folder, nquads)  # closed on return: readers may open it
                _fsync_tree(folder)
                link = self.path / f"{LIVE}.tmp"
                if link.is_symlink():
                    link.unlink()
                os.symlink(name, link)
                os.replace(link, self.path / LIVE)
                _fsync(self.path)
            except OSError as error:
                raise PolkgError(f"cannot write store {self.path}: {one_line(error)}") from None
            self._remove_generations(keep={name, live})

    def _generation_numbers(self) -> list[int]:
        return [
            int(m.group(1)) for p in self.path.iterdir() if (m := _GENERATION.fullmatch(p.name))
        ]

    def _remove_generations(self, keep: set[str | None]) -> None:
        for folder in self.path.iterdir():
            if _GENERATION.fullmatch(folder.name) and folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)


def _bulk_load(folder: Path, nquads: bytes) -> None:
    """A new Oxigraph store at ``folder`` holding ``nquads``, closed when this returns.

    RocksDB must be closed before the folder becomes visible to readers, and pyoxigraph's
    ``Store`` has no ``close()`` (nor takes a weak reference): it closes when its last reference
    goes. The store never leaves this function, so that reference is the local name, dropped on
    return; no garbage collection is needed (a full one costs tens of milliseconds in a process
    holding spaCy's model). ``tests/test_store.py`` opens each saved generation for writing,
    which RocksDB's lock refuses while this process still holds it open."""
    writer = ox.Store(str(folder))
    writer.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    writer.flush()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(folder: Path) -> None:
    for root, _dirs, names in os.walk(folder):
        for name in names:
            fd = os.open(os.path.join(root, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync(Path(root))
