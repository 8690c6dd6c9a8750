"""The `polkg` command: a thin layer over the Python API.

Each command parses its options, makes one library call, and turns polkg's own errors into a
one-line ``Error: ...`` with exit code 1. Results go to stdout; progress and errors to stderr.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click
from tqdm import tqdm

from polkg.errors import InputError, PolkgError

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_STORE = "polkg-data"


class InputErrors:
    """Collects per-document input errors: each is printed as one line, the run goes on."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: InputError) -> None:
        self.count += 1
        tqdm.write(f"Error: {error}", file=sys.stderr)

    def exit_if_any(self) -> None:
        if self.count:
            raise click.exceptions.Exit(1)


def user_errors(func: F) -> F:
    """Show `PolkgError` as one line on stderr with exit code 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PolkgError as error:
            click.echo(f"Error: {error}", err=True)
            raise click.exceptions.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def store_option(func: F) -> F:
    return click.option(
        "--store",
        "store_path",
        default=DEFAULT_STORE,
        show_default=True,
        type=click.Path(file_okay=False, path_type=Path),
        help="Folder of the Oxigraph store.",
    )(func)


def jobs_option(func: F) -> F:
    return click.option(
        "--jobs",
        "-j",
        default=1,
        show_default=True,
        type=click.IntRange(1),
        help="Worker processes.",
    )(func)


def scheduler_option(func: F) -> F:
    return click.option(
        "--scheduler",
        metavar="ADDRESS",
        envvar="POLKG_SCHEDULER",
        help="Run extraction on this Dask cluster (tcp://host:8786) instead of --jobs.",
    )(func)


def stance_option(func: F) -> F:
    return click.option(
        "--stance-model/--no-stance-model",
        "stance_model",
        default=None,
        help="Also add the learned stance model's edges (rule model:stance; off by default: "
        "on gold it did not train on it adds recall 0.228 -> 0.232 at precision 0.856 -> 0.807; "
        "see polkg/extract/stance/MODEL_CARD.md).",
    )(func)


def progress(items: Iterator[Any], unit: str = "doc") -> Iterator[Any]:
    """A progress bar on stderr (only when it is a terminal), rate and count included."""
    return iter(tqdm(items, unit=unit, file=sys.stderr, disable=None, dynamic_ncols=True))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="polkg")
def main() -> None:
    """polkg: evidence-backed political knowledge graphs from news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@jobs_option
@scheduler_option
@stance_option
@user_errors
def extract(
    paths: tuple[str, ...], jobs: int, scheduler: str | None, stance_model: bool | None
) -> None:
    """Print the relation assertions found in PATHS as JSON Lines.

    PATH is a .txt/.html file, a .jsonl/.csv corpus, a folder, or - for stdin. Negated and hedged
    statements are printed with their flags; they never become graph edges.
    """
    from polkg.ingest import read_documents
    from polkg.pipeline import extract_documents

    errors = InputErrors()
    documents = progress(read_documents(paths, on_error=errors))
    for result in extract_documents(
        documents, jobs=jobs, scheduler=scheduler, on_error=errors, stance_model=stance_model
    ):
        for assertion in result.assertions:
            click.echo(json.dumps(assertion.to_dict(), ensure_ascii=False))
    errors.exit_if_any()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option(
    "--gazetteer",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="congress-legislators data folder, to link people to Wikidata and bioguide ids.",
)
@jobs_option
@scheduler_option
@stance_option
@click.option(
    "--batch-size",
    "batch_documents",
    default=200,
    show_default=True,
    envvar="POLKG_BATCH_SIZE",
    type=click.IntRange(1),
    help="Save the store (atomically) every N new documents.",
)
@user_errors
def ingest(
    paths: tuple[str, ...],
    store_path: Path,
    gazetteer: Path | None,
    jobs: int,
    scheduler: str | None,
    stance_model: bool | None,
    batch_documents: int,
) -> None:
    """Add the documents in PATHS to the store (documents already stored are skipped)."""
    from polkg.pipeline import ingest_paths

    errors = InputErrors()
    summary = ingest_paths(
        paths,
        store_path,
        gazetteer=gazetteer,
        jobs=jobs,
        on_error=errors,
        batch_documents=batch_documents,
        scheduler=scheduler,
        stance_model=stance_model,
    )
    click.echo(summary, err=True)
    errors.exit_if_any()


def _parameters(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise PolkgError(f"--param takes NAME=VALUE, got {pair!r}")
        params[name.lstrip("$")] = value
    return params


@main.command()
@click.argument("sparql")
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="json is SPARQL 1.1 Query Results JSON.",
)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Fill the query's $NAME placeholder (see polkg/store/queries/README.md).",
)
@user_errors
def query(sparql: str, store_path: Path, fmt: str, params: tuple[str, ...]) -> None:
    """Run SPARQL (a query string, a .rq file, or a shipped query's name) on the store."""
    from polkg.store import Store, format_results, read_query

    if sparql.endswith(".rq") or sparql.replace("-", "").isalnum():
        sparql = read_query(sparql)
    results = Store(store_path).query(sparql, _parameters(params))
    click.echo(format_results(results, fmt), nl=False)


EXPORT_FORMATS = [
    "graphml", "gexf", "cytoscape", "nodelink", "dot", "html", "png", "svg",
    "ttl", "nt", "nq", "trig", "jsonld", "xml",
]  # fmt: skip


@main.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(EXPORT_FORMATS))
@store_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File.")
@click.option(
    "--relation", "relations", multiple=True, help="Keep only this relation (repeatable)."
)
@click.option("--since", "date_from", help="Keep evidence dated on or after this ISO date.")
@click.option("--until", "date_to", help="Keep evidence dated on or before this ISO date.")
@click.option("--min-documents", default=1, show_default=True, type=click.IntRange(1))
@click.option("--focus", help="Keep only the neighbourhood of this actor (name or id).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0))
@user_errors
def export(
    fmt: str,
    store_path: Path,
    output: Path | None,
    relations: tuple[str, ...],
    date_from: str | None,
    date_to: str | None,
    min_documents: int,
    focus: str | None,
    depth: int,
) -> None:
    """Write the graph as FORMAT to -o FILE (or stdout for text formats)."""
    from polkg.exports import export_graph, filter_graph
    from polkg.store import Store

    store = Store(store_path)
    if not store.exists():
        raise PolkgError(f"no store at {store_path}: run `polkg ingest` first")
    graph = filter_graph(
        store.load_graph(),
        relations=list(relations) or None,
        date_from=date_from,
        date_to=date_to,
        min_documents=min_documents,
        focus=focus,
        depth=depth,
    )
    if output is None and fmt == "png":
        raise PolkgError("png is binary: give -o FILE")
    text = export_graph(graph, fmt, output)
    if output is None and isinstance(text, str):
        click.echo(text, nl=False)


@main.command()
@store_option
@user_errors
def validate(store_path: Path) -> None:
    """Check the store against polkg's SHACL shapes; exit 1 on violations."""
    from polkg.store import Store
    from polkg.store.shacl import validate as validate_store

    conforms, report = validate_store(Store(store_path))
    click.echo(report)
    if not conforms:
        raise click.exceptions.Exit(1)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7878, show_default=True, type=int)
@user_errors
def serve(store_path: Path, host: str, port: int) -> None:
    """Serve the store: SPARQL 1.1 Protocol at /sparql (read-only), the viewer at /."""
    from polkg.store.server import serve as run_server

    run_server(store_path, host=host, port=port)


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold JSONL (DESIGN.md format); scores the documents of PATHS it covers.",
)
@click.option(
    "--directed",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Directed-sentiment TSV (sentence, e1, e2, label): the stance classifier alone "
    "(accuracy, macro-F1, edges at its threshold), then the edges of the whole extractor.",
)
@click.option(
    "--split",
    "splits",
    multiple=True,
    type=click.Choice(["tune", "measure", "all"]),
    help="Score only this part of the gold documents (gold/README.md: the fixed split rule); "
    "repeat it to score several parts from one extraction. The measure part prints its tables "
    "only: its errors are never listed.",
)
@click.option(
    "--tables-only", is_flag=True, help="Print the tables, not the misses and false triples."
)
@jobs_option
@stance_option
@user_errors
def evaluate(
    paths: tuple[str, ...],
    gold: Path | None,
    directed: Path | None,
    splits: tuple[str, ...],
    tables_only: bool,
    jobs: int,
    stance_model: bool | None,
) -> None:
    """Precision, recall and F1 per relation and per corpus (the input file's folder) against a
    gold file."""
    from polkg import evaluate as ev

    if gold is None and directed is None:
        raise PolkgError("give --gold FILE with PATH..., or --directed FILE")
    if gold is not None:
        if not paths:
            raise PolkgError("--gold needs the PATHs of the documents to score")
        from polkg.ingest import read_documents
        from polkg.pipeline import extract_documents

        gold_docs = ev.load_gold(gold)
        errors = InputErrors()
        documents = [d for d in read_documents(paths, on_error=errors) if d.id in gold_docs]
        parts = ev.assign_splits({d.id: ev.corpus_of(d) for d in documents})
        wanted = set(splits) if splits and "all" not in splits else {"tune", "measure"}
        documents = [d for d in documents if parts[d.id] in wanted]
        click.echo(f"{gold}: extracting {len(documents)} gold document(s)", err=True)
        results = list(
            extract_documents(progress(iter(documents)), jobs=jobs, stance_model=stance_model)
        )
        for split in splits or ("all",):
            chosen = {
                doc: g for doc, g in gold_docs.items() if split == "all" or parts.get(doc) == split
            }
            part = [r for r in results if r.document.id in chosen]
            report = ev.score(chosen, part)
            title = f"{gold}" + (f", part {split}" if splits else "")
            click.echo(f"== {title} ==")
            click.echo(ev.format_tables(report, ev.score_by_corpus(chosen, part)))
            if not tables_only and split != "measure":
                click.echo(report.details())
            click.echo()
    if directed is not None:
        from polkg.extract import Extractor
        from polkg.extract.stance import StanceModel

        click.echo(ev.evaluate_directed_model(directed, StanceModel.load()).format())
        click.echo("\nWhole extractor (the rules, and the model if it is on):")
        click.echo(ev.evaluate_directed(directed, Extractor(stance_model=stance_model)).format())


@main.command()
@store_option
@click.option("--limit", default=40, show_default=True, help="At most this many relations.")
@click.option(
    "--persons",
    default=0,
    show_default=True,
    help="Also list this many best-connected persons, with aliases and Wikidata ids.",
)
@user_errors
def summary(store_path: Path, limit: int, persons: int) -> None:
    """Print a readable summary of the store: entities, then relations with one evidence line."""
    from polkg.store import Store
    from polkg.summary import summarize

    store = Store(store_path)
    if not store.exists():
        raise PolkgError(f"no store at {store_path}: run `polkg ingest` first")
    click.echo(summarize(store.load_graph(), limit=limit, persons=persons), nl=False)


if __name__ == "__main__":
    main()
