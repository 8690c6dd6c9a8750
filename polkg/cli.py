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
        "on the dev gold it adds recall 0.629 -> 0.657 at precision 1.000 -> 0.939).",
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
    "graphml", "gexf", "cytoscape", "nodelink", "csv", "neo4j", "dot", "html", "png", "svg",
    "ttl", "nt", "nq", "trig", "jsonld", "xml",
]  # fmt: skip
FOLDER_FORMATS = ("csv", "neo4j")


@main.command(
    epilog="""\b
Formats:
  graphml    GraphML (Gephi, yEd, Cytoscape desktop): label, weight, scalar attributes
  gexf       GEXF 1.3 with a timeline (Gephi)
  cytoscape  Cytoscape JSON (Cytoscape desktop, Cytoscape.js)
  nodelink   node-link JSON (networkx, D3): nx.node_link_graph(data) reads it
  csv        Gephi spreadsheet tables: FOLDER/nodes.csv, FOLDER/edges.csv
  neo4j      neo4j-admin import CSV files and import.cypher (LOAD CSV) in FOLDER
  dot        Graphviz DOT
  html       the offline viewer, one self-contained page
  png, svg   a static drawing with a legend
  ttl, nt, nq, trig, jsonld, xml   RDF (the store's layout: shipped queries work on them)

\b
Example:
  polkg export gexf --relation criticizes --since 2020-01-01 -o criticism.gexf"""
)
@click.argument("fmt", metavar="FORMAT", type=click.Choice(EXPORT_FORMATS))
@store_option
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (a folder for csv and neo4j); text formats go to stdout without it.",
)
@click.option(
    "--relation", "relations", multiple=True, help="Keep only this relation (repeatable)."
)
@click.option("--since", "date_from", help="Keep evidence dated on or after this ISO date.")
@click.option("--until", "date_to", help="Keep evidence dated on or before this ISO date.")
@click.option(
    "--min-documents",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Keep relations reported in at least this many documents.",
)
@click.option("--focus", help="Keep only the neighbourhood of this actor (name or id).")
@click.option(
    "--depth",
    default=1,
    show_default=True,
    type=click.IntRange(0),
    help="With --focus: how many relations away from the actor to keep.",
)
@click.option(
    "--all-actors",
    is_flag=True,
    help="Also keep actors in no relation (left out by default).",
)
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
    all_actors: bool,
) -> None:
    """Write the graph as FORMAT to -o FILE (or stdout for text formats).

    Actors in no relation are left out unless --all-actors is given.
    """
    from polkg.exports import export_graph
    from polkg.store import Store

    store = Store(store_path).require()
    if output is None and fmt == "png":
        raise PolkgError("png is binary: give -o FILE")
    if output is None and fmt in FOLDER_FORMATS:
        raise PolkgError(f"{fmt} writes several files: give -o FOLDER")
    if output is not None and output.is_dir() and fmt not in FOLDER_FORMATS:
        raise PolkgError(f"{output} is a folder: give -o FILE")
    text = export_graph(
        store.load_graph(),
        fmt,
        output,
        relations=list(relations) or None,
        date_from=date_from,
        date_to=date_to,
        min_documents=min_documents,
        focus=focus,
        depth=depth,
        all_actors=all_actors,
    )
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

    store = Store(store_path).require()
    click.echo(summarize(store.load_graph(), limit=limit, persons=persons), nl=False)


@main.command()
@click.argument(
    "section",
    default="all",
    type=click.Choice(["all", "coalitions", "balance", "rankings", "flips", "timeline"]),
)
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="csv writes one SECTION's table.",
)
@click.option(
    "--plot",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also draw FILE (.png/.svg): the --actor timeline, else the coalition graph.",
)
@click.option(
    "--actor",
    "actors",
    multiple=True,
    metavar="NAME",
    help="Timeline of this actor (repeat for the stances between actors); limits flips to them.",
)
@click.option("--since", "date_from", help="Use evidence dated on or after this ISO date.")
@click.option("--until", "date_to", help="Use evidence dated on or before this ISO date.")
@click.option("--min-documents", default=1, show_default=True, type=click.IntRange(1))
@click.option("--top", default=20, show_default=True, type=click.IntRange(1), help="Rank rows.")
@click.option("--seed", default=0, show_default=True, help="Seed of Leiden and the null model.")
@click.option(
    "--runs", default=1000, show_default=True, type=click.IntRange(1), help="Null-model runs."
)
@user_errors
def analyze(
    section: str,
    store_path: Path,
    fmt: str,
    plot: Path | None,
    actors: tuple[str, ...],
    date_from: str | None,
    date_to: str | None,
    min_documents: int,
    top: int,
    seed: int,
    runs: int,
) -> None:
    """Read the signed graph: coalitions, structural balance, rankings, stance flips, timelines.

    SECTION is one analysis, or all of them (default; the timeline needs --actor).
    """
    from polkg.exports import analysis
    from polkg.exports.filters import filter_graph, find_node
    from polkg.store import Store

    store = Store(store_path)
    if not store.exists():
        raise PolkgError(f"no store at {store_path}: run `polkg ingest` first")
    if section == "timeline" and not actors:
        raise PolkgError("the timeline needs --actor NAME (once, or once per actor of a pair)")
    if fmt == "csv" and section == "all":
        raise PolkgError("--format csv writes one table: name a SECTION (e.g. coalitions)")
    graph = store.load_graph()
    if date_from or date_to:
        graph = filter_graph(graph, date_from=date_from, date_to=date_to)
    nodes = [find_node(graph, name) for name in actors]
    sections = analysis.SECTIONS if section == "all" else (section,)
    options: dict[str, Any] = {"actors": nodes, "seed": seed, "runs": runs, "top": top}
    data = analysis.analysis_data(graph, sections, min_documents=min_documents, **options)
    if plot is not None:
        from polkg.exports import analysis_plots as plots

        drawn = "timeline" if nodes else "coalitions"
        if drawn not in data:
            data_drawn = analysis.analysis_data(
                graph, (drawn,), min_documents=min_documents, **options
            )
        else:
            data_drawn = data
        if nodes:
            fig = plots.stance_figure(data_drawn["timeline"])
        else:
            fig = plots.coalition_figure(graph, data_drawn["coalitions"])
        plots.save_figure(fig, plot)
        click.echo(f"wrote {plot}", err=True)
    if fmt == "json":
        click.echo(analysis.format_json(data), nl=False)
    elif fmt == "csv":
        click.echo(analysis.format_csv(data, section), nl=False)
    else:
        click.echo(analysis.format_table(data), nl=False)


if __name__ == "__main__":
    main()
