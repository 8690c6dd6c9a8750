"""The store: polkg's graph in Oxigraph on disk, SPARQL over it, SHACL checks, the endpoint."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from polkg.errors import PolkgError
from polkg.store.hints import term_hint
from polkg.store.params import parameter_bindings, rdflib_bindings
from polkg.store.results import FORMATS, format_results
from polkg.store.store import DEFAULT_STORE, NoStoreError, Store

QUERIES_DIR = Path(str(files("polkg.store") / "queries"))

__all__ = [
    "DEFAULT_STORE",
    "FORMATS",
    "NoStoreError",
    "QUERIES_DIR",
    "Store",
    "format_results",
    "parameter_bindings",
    "rdflib_bindings",
    "read_query",
    "serve",
    "term_hint",
    "validate",
]


def read_query(name_or_path: str | Path) -> str:
    """The text of a ``.rq`` file, or of a shipped query by name (``who-criticizes``)."""
    path = Path(name_or_path)
    if not path.is_file():
        shipped = QUERIES_DIR / f"{path.name.removesuffix('.rq')}.rq"
        if shipped.is_file():
            path = shipped
        else:
            names = ", ".join(sorted(p.stem for p in QUERIES_DIR.glob("*.rq")))
            raise PolkgError(f"no query file {name_or_path} (shipped queries: {names})")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PolkgError(f"cannot read {path}: {error}") from None


def __getattr__(name: str):  # noqa: ANN202 - lazy: the server and pyshacl are heavy imports
    if name == "serve":
        from polkg.store.server import serve

        return serve
    if name == "validate":
        from polkg.store.shacl import validate

        return validate
    raise AttributeError(name)
