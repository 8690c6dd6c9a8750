"""The `polkg` command: a thin layer over the Python API.

Each command parses its options, makes one library call, and turns polkg's own errors into a
one-line ``Error: ...`` with exit code 1. Results go to stdout; progress and errors to stderr.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click
from tqdm import tqdm

from polkg.collector import collect_less_often
from polkg.errors import InputError, InputWarning, PolkgError

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_STORE = "polkg-data"  # polkg.store.DEFAULT_STORE; not imported: the CLI starts fast


class InputErrors:
    """Collects per-document input errors: each is printed as one line, the run goes on.

    Warnings (`InputWarning`: a duplicate id, an unreadable date) are printed too but do not
    make the exit code 1."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: InputError) -> None:
        if isinstance(error, InputWarning):
            tqdm.write(f"Warning: {error}", file=sys.stderr)
            return
        self.count += 1
        tqdm.write(f"Error: {error}", file=sys.stderr)

    def exit_if_any(self) -> None:
        if self.count:
            raise click.exceptions.Exit(1)


def user_errors(func: F) -> F:
    """Show `PolkgError`, or a dependency missing from the install, as one line on stderr with
    exit code 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PolkgError as error:
            click.echo(f"Error: {error}", err=True)
            raise click.exceptions.Exit(1) from None
        except ModuleNotFoundError as error:  # an install older than pyproject.toml's list
            click.echo(
                f"Error: the Python package {error.name!r} is missing: reinstall polkg "
                "(`make setup`, or `pip install -e .` in the repository)",
                err=True,
            )
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
        show_envvar=True,
        help="Run extraction on this Dask cluster (tcp://host:8786) instead of --jobs.",
    )(func)


def stance_option(func: F) -> F:
    return click.option(
        "--stance-model/--no-stance-model",
        "stance_model",
        default=None,
        help="Also add the learned stance model's edges (rule model:stance; off by default: "
        "on gold it did not train on it adds recall 0.254 -> 0.258 at precision 0.881 -> 0.834; "
        "see polkg/extract/stance/MODEL_CARD.md).",
    )(func)


def follow_links_option(func: F) -> F:
    return click.option(
        "--follow-links",
        is_flag=True,
        help="Also read symlinks in input folders that point outside them (skipped with a "
        "warning by default).",
    )(func)


def reading_options(func: F) -> F:
    """--encoding and --line-breaks: how the input's bytes and lines are read (extract, ingest)."""
    func = click.option(
        "--line-breaks",
        type=click.Choice(["auto", "join", "keep"]),
        default="auto",
        show_default=True,
        help="A line break ends a sentence; a hard-wrapped text (from a PDF or an e-mail) has "
        "the lines of each paragraph joined (auto, said in a warning), every text (join: only "
        "for texts you know are wrapped, as a heading is joined to its next line too), or none "
        "(keep).",
    )(func)
    return click.option(
        "--encoding",
        default="utf-8",
        show_default=True,
        callback=_encoding,
        help="Encoding of the input files, e.g. cp1252 for text saved on Windows (curly quotes "
        "as bytes 0x93/0x94).",
    )(func)


def _encoding(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    from polkg.ingest.readers import check_encoding

    try:
        return check_encoding(value)
    except PolkgError as error:
        raise click.BadParameter(str(error)) from None


def examples(*lines: str) -> str:
    """An epilog of example command lines, kept as written (click's \\b: no rewrapping)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def shipped_queries() -> list[str]:
    """Names of the queries in polkg/store/queries (read from the folder: no store import)."""
    return sorted(p.stem for p in (Path(__file__).parent / "store" / "queries").glob("*.rq"))


def progress(items: Iterator[Any], unit: str = "doc") -> Iterator[Any]:
    """A progress bar on stderr (only when it is a terminal), rate and count included."""
    return iter(tqdm(items, unit=unit, file=sys.stderr, disable=None, dynamic_ncols=True))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="polkg")
def main() -> None:
    """polkg: evidence-backed political knowledge graphs from news articles."""
    collect_less_often()


@main.command(
    epilog=examples(
        "polkg extract article.txt",
        "polkg extract corpus.jsonl --jobs 2 > assertions.jsonl",
    )
)
@click.argument("paths", nargs=-1, required=True)
@jobs_option
@scheduler_option
@stance_option
@follow_links_option
@reading_options
@user_errors
def extract(
    paths: tuple[str, ...],
    jobs: int,
    scheduler: str | None,
    stance_model: bool | None,
    follow_links: bool,
    encoding: str,
    line_breaks: str,
) -> None:
    """Print the relation assertions found in PATHS as JSON Lines.

    PATH is a .txt/.html file, a .jsonl/.csv corpus, a folder, or - for stdin. Negated and hedged
    statements are printed with their flags; they never become graph edges.
    """
    from polkg.ingest import read_documents
    from polkg.pipeline import extract_documents

    errors = InputErrors()
    read = read_documents(
        paths,
        on_error=errors,
        follow_links=follow_links,
        encoding=encoding,
        line_breaks=line_breaks,
    )
    documents = progress(read)
    for result in extract_documents(
        documents, jobs=jobs, scheduler=scheduler, on_error=errors, stance_model=stance_model
    ):
        for assertion in result.assertions:
            click.echo(json.dumps(assertion.to_dict(), ensure_ascii=False))
    errors.exit_if_any()


@main.command(
    epilog=examples(
        "polkg ingest examples/wikinews/articles.jsonl --store polkg-data",
        "polkg ingest corpus/ --gazetteer ../shared/gazetteer --jobs 2",
        "polkg ingest saved-on-windows.csv --encoding cp1252",
    )
)
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
    show_envvar=True,
    type=click.IntRange(1),
    help="Save the store (atomically) every N new documents.",
)
@follow_links_option
@reading_options
@user_errors
def ingest(
    paths: tuple[str, ...],
    store_path: Path,
    gazetteer: Path | None,
    jobs: int,
    scheduler: str | None,
    stance_model: bool | None,
    batch_documents: int,
    follow_links: bool,
    encoding: str,
    line_breaks: str,
) -> None:
    """Add the documents in PATHS to the store (documents already stored are skipped).

    PATH is a .txt/.html file, a .jsonl/.csv corpus (one article per record: id, title, date,
    url, outlet, text), a folder, or - for stdin. The summary line and errors go to stderr.
    """
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
        follow_links=follow_links,
        stance_model=stance_model,
        encoding=encoding,
        line_breaks=line_breaks,
    )
    click.echo(summary, err=True)
    errors.exit_if_any()


def limit_options(func: F) -> F:
    """--timeout, --max-memory and --max-result: what one query may take (serve and query)."""
    func = click.option(
        "--max-result",
        default=64,
        show_default=True,
        type=click.IntRange(1),
        metavar="MB",
        help="Largest serialized result; a larger one is stopped.",
    )(func)
    func = click.option(
        "--max-memory",
        default=1024,
        show_default=True,
        type=click.IntRange(0),
        metavar="MB",
        help="Memory a query may add to its process (0: no limit); past it the query is stopped.",
    )(func)
    return click.option(
        "--timeout",
        default=30.0,
        show_default=True,
        type=click.FloatRange(0.1),
        metavar="SECONDS",
        help="Longest a query may run; past it the query is stopped.",
    )(func)


def store_viewer(store_path: Path) -> Callable[[], str]:
    """The viewer page over the stored graph (``polkg.exports.html``, actors in no relation left
    out as by ``polkg export html``), rebuilt when the store changes; handed to the endpoint,
    which does not know the exports."""
    from polkg.exports import export_graph
    from polkg.store import Store
    from polkg.store.store import LIVE

    cache: dict[str, str] = {}

    def viewer() -> str:
        live = os.readlink(store_path / LIVE)
        if live not in cache:
            cache.clear()
            cache[live] = str(export_graph(Store(store_path).load_graph(), "html"))
        return cache[live]

    return viewer


def _parameters(pairs: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise PolkgError(f"--param takes NAME=VALUE, got {pair!r}")
        params[name.lstrip("$")] = value
    return params


@main.command(
    epilog=examples(
        'polkg query who-criticizes -p name="donald trump"',
        'polkg query edge-evidence -p subject="Jeff Sessions" -p relation=criticizes '
        '-p object="Donald Trump"',
        'polkg query "SELECT ?s ?o WHERE { ?s pol:negativeStance ?o }" --format csv',
    )
)
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
    help="Bind the query's $NAME placeholder to VALUE (a name in any case, or ent:/doc:/pol: "
    "or <IRI>); repeatable.",
)
@limit_options
@user_errors
def query(
    sparql: str,
    store_path: Path,
    fmt: str,
    params: tuple[str, ...],
    timeout: float,
    max_memory: int,
    max_result: int,
) -> None:
    """Run SPARQL (a query string, a .rq file, or a shipped query's name) on the store.

    Shipped queries (polkg/store/queries/README.md):

    \b
    {queries}

    The query runs in a child process under the same checks and limits as `polkg serve`.
    """
    from polkg.store import Store, read_query
    from polkg.store.guard import check_query
    from polkg.store.hints import name_hint, term_hint
    from polkg.store.limits import Limits, formatted_query, run_limited

    if sparql.endswith(".rq") or sparql.replace("-", "").isalnum():
        sparql = read_query(sparql)
    check_query(sparql)
    hint = term_hint(sparql)
    if hint:
        click.echo(f"Warning: {hint}", err=True)
    limits = Limits(timeout=timeout, max_memory=max_memory, max_result=max_result)
    bound = _parameters(params)
    args = (str(store_path), sparql, bound, fmt, limits)
    click.echo(run_limited(formatted_query, args, limits), nl=False)
    unnamed = name_hint(Store(store_path), sparql, bound)
    if unnamed:
        click.echo(f"Warning: {unnamed}", err=True)


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

"""
    + examples(
        "polkg export html -o graph.html",
        "polkg export gexf -o graph.gexf --since 2017-01-01 --min-documents 2",
        'polkg export graphml -o sessions.graphml --focus "Jeff Sessions" --depth 2',
        "polkg export csv -o gephi-tables/ --relation criticizes",
    )
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
    help="Keep only edges supported by at least N distinct documents.",
)
@click.option("--focus", help="Keep only the neighbourhood of this actor (name or id).")
@click.option(
    "--depth",
    default=1,
    show_default=True,
    type=click.IntRange(0),
    help="With --focus: keep actors up to N relations away (0: the actor alone).",
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

    FORMAT is one of: {formats}. Actors in no relation are left out unless --all-actors is
    given.
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
    if output is not None and output.is_file() and fmt in FOLDER_FORMATS:
        raise PolkgError(f"{output} is a file: {fmt} writes several files, give -o FOLDER")
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


@main.command(epilog=examples("polkg validate --store polkg-data"))
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
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=int, help="Port to listen on.")
@limit_options
@click.option(
    "--workers", default=3, show_default=True, type=click.IntRange(1), help="Query processes."
)
@click.option(
    "--queue",
    default=16,
    show_default=True,
    type=click.IntRange(0),
    help="Queries that may wait for a worker; one more gets 503.",
)
@click.option(
    "--per-client",
    default=4,
    show_default=True,
    type=click.IntRange(1),
    help="Queries one address may have waiting or running; one more gets 429.",
)
@click.option(
    "--cors",
    "cors",
    multiple=True,
    metavar="ORIGIN",
    help="Let web pages from ORIGIN (e.g. https://example.org, or *) read answers (repeatable; "
    "default: none).",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Also accept requests whose Host header is NAME (repeatable; e.g. behind a proxy).",
)
@click.option(
    "--max-connections",
    default=2000,
    show_default=True,
    type=click.IntRange(16),
    help="Open connections at once, idle ones included.",
)
@click.option(
    "--idle-timeout",
    default=30,
    show_default=True,
    type=click.IntRange(1),
    metavar="SECONDS",
    help="Close a connection idle this long.",
)
@user_errors
def serve(store_path: Path, host: str, port: int, **options: Any) -> None:
    """Serve the store: SPARQL 1.1 Protocol at /sparql (read-only), the viewer at /.

    Example: polkg serve --store polkg-data --timeout 10 --cors https://example.org
    """
    from polkg.store.server import serve as run_server

    run_server(
        store_path, host=host, port=port, viewer_html_factory=store_viewer(store_path), **options
    )


@main.command(
    epilog=examples(
        "polkg evaluate --gold gold/dev.jsonl examples/wikinews/articles.jsonl",
        "polkg evaluate --gold gold/dev.jsonl --split tune --tables-only examples/wikinews/",
        "polkg evaluate --audit gold/audit.jsonl examples/wikinews/articles.jsonl",
        "polkg evaluate --audit gold/audit.jsonl --audit gold/audit-2.jsonl "
        "examples/wikinews/articles.jsonl",
    )
)
@click.argument("paths", nargs=-1)
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold JSONL, one line per document (format: gold/README.md); scores the documents of "
    "PATHS it covers.",
)
@click.option(
    "--directed",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Directed-sentiment TSV (sentence, e1, e2, label): the stance classifier alone "
    "(accuracy, macro-F1, edges at its threshold), then the edges of the whole extractor.",
)
@click.option(
    "--audit",
    "audits",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Audit JSONL (gold/README.md): precision with its 95% interval, per corpus, on the "
    "judged edges of the audit's sample documents among PATHS; lists the edges not judged yet. "
    "Repeat it for several batches: one table each, then one for all of them.",
)
@click.option(
    "--hide",
    "hides",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold JSONL, or a list of ids (one per line, the last field): list none of these "
    "documents' edges under --audit (a sample scored as tables only); they still count in the "
    "tables. Repeatable.",
)
@click.option(
    "--split",
    "splits",
    multiple=True,
    type=click.Choice(["tune", "measure", "all", "tune-a", "tune-b"]),
    help="Score only this part of the gold documents (gold/README.md: the fixed split rule; "
    "tune-a and tune-b are the two halves of tune); repeat it to score several parts from one "
    "extraction. The measure part prints its tables only: its errors are never listed.",
)
@click.option(
    "--tables-only", is_flag=True, help="Print the tables, not the misses and false triples."
)
@click.option(
    "--parse-cache",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep parses in DIR and reuse them on the next run (only the rules run again).",
)
@jobs_option
@stance_option
@user_errors
def evaluate(
    paths: tuple[str, ...],
    gold: Path | None,
    directed: Path | None,
    audits: tuple[Path, ...],
    hides: tuple[Path, ...],
    splits: tuple[str, ...],
    tables_only: bool,
    parse_cache: Path | None,
    jobs: int,
    stance_model: bool | None,
) -> None:
    """Precision, recall and F1 per relation and per corpus (the input file's folder) against a
    gold file.

    PATH is a .txt/.html file, a .jsonl/.csv corpus, a folder, or - for stdin: the articles the
    gold file's documents are read from (their ids must match).
    """
    from polkg import evaluate as ev

    if gold is None and directed is None and not audits:
        raise PolkgError("give --gold FILE or --audit FILE with PATH..., or --directed FILE")
    if audits:
        _evaluate_audit(audits, paths, hides, tables_only, jobs, stance_model, parse_cache)
    if gold is not None:
        if not paths:
            raise PolkgError("--gold needs the PATHs of the documents to score")
        from polkg.ingest import read_documents
        from polkg.pipeline import extract_documents

        gold_docs = ev.load_gold(gold)
        errors = InputErrors()
        documents = [d for d in read_documents(paths, on_error=errors) if d.id in gold_docs]
        halves = ev.assign_splits({d.id: ev.corpus_of(d) for d in documents}, halves=True)
        parts = {doc: "tune" if part in ev.TUNE_HALVES else part for doc, part in halves.items()}
        wanted = set(splits) if splits and "all" not in splits else {"tune", "measure"}
        documents = [d for d in documents if {parts[d.id], halves[d.id]} & wanted]
        click.echo(f"{gold}: extracting {len(documents)} gold document(s)", err=True)
        results = list(
            extract_documents(
                progress(iter(documents)),
                jobs=jobs,
                stance_model=stance_model,
                parse_cache=parse_cache,
            )
        )
        for split in splits or ("all",):
            chosen = {
                doc: g
                for doc, g in gold_docs.items()
                if split == "all" or split in (parts.get(doc), halves.get(doc))
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
        whole = ev.evaluate_directed(directed, Extractor(stance_model=stance_model))
        click.echo(whole.format(details=not tables_only))


def _evaluate_audit(
    paths_of_audits: tuple[Path, ...],
    paths: tuple[str, ...],
    hides: tuple[Path, ...],
    tables_only: bool,
    jobs: int,
    stance_model: bool | None,
    parse_cache: Path | None,
) -> None:
    """Each audit batch's table (and its wrong and unjudged edges), then all batches together;
    the sample documents are extracted once; the edges of hidden documents are never listed."""
    from polkg.audit import hidden_documents, load_audit, merge_audits, score_audit
    from polkg.ingest import read_documents
    from polkg.pipeline import extract_documents

    if not paths:
        raise PolkgError("--audit needs the PATHs of the documents to score")
    audits = {path: load_audit(path) for path in paths_of_audits}
    hidden = hidden_documents(hides)
    merged = merge_audits(audits.values())
    documents = [d for d in read_documents(paths, on_error=InputErrors()) if d.id in merged.sample]
    click.echo(f"audit: extracting {len(documents)} sample document(s)", err=True)
    results = list(
        extract_documents(
            progress(iter(documents)), jobs=jobs, stance_model=stance_model, parse_cache=parse_cache
        )
    )
    for path, audit in audits.items():
        report = score_audit(audit, results)
        click.echo(f"== {path} ==")
        click.echo(report.table())
        if not tables_only:
            click.echo(report.details(hidden))
        click.echo()
    if len(audits) > 1:
        click.echo(f"== all audit batches ({', '.join(str(p) for p in audits)}) ==")
        click.echo(score_audit(merged, results).table())
        click.echo()


@main.command(epilog=examples("polkg summary --persons 20"))
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


@main.command(
    epilog=examples(
        "polkg analyze coalitions --top 10",
        'polkg analyze timeline --actor "Jeff Sessions" --actor "Donald Trump" --plot t.png',
    )
)
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
@click.option(
    "--min-documents",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Use only edges supported by at least N distinct documents.",
)
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

    SECTION is one of all (default), coalitions, balance, rankings, flips, timeline (the
    timeline needs --actor).
    """
    from polkg.exports import analysis
    from polkg.exports.filters import filter_graph, find_node
    from polkg.store import Store

    store = Store(store_path).require()
    if section == "timeline" and not actors:
        raise PolkgError("the timeline needs --actor NAME (once, or once per actor of a pair)")
    if fmt == "csv" and section == "all":
        raise PolkgError("--format csv writes one table: name a SECTION (e.g. coalitions)")
    graph = store.load_graph()
    if date_from or date_to:
        graph = filter_graph(graph, date_from=date_from, date_to=date_to)
    nodes = [find_node(graph, name, option="--actor") for name in actors]
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


def _fill_choices() -> None:
    """Name every choice in the help: export formats and shipped queries."""
    export.help = (export.help or "").replace("{formats}", ", ".join(EXPORT_FORMATS))
    names = textwrap.wrap(", ".join(shipped_queries()) + ".", 76, break_on_hyphens=False)
    query.help = (query.help or "").replace("{queries}", "\n    ".join(names))  # no break in a name


_fill_choices()

if __name__ == "__main__":
    main()
