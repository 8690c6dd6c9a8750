"""The command line: every command documented, one-line errors, exact exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from polkg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "hill-sessions-recusal.txt"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", sorted(main.commands))
def test_cli_every_command_has_help_and_is_in_the_readme(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.commands[command].help
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"polkg {command}\b", readme), f"polkg {command} is not in README.md"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_cli_every_help_shows_an_example_and_cites_only_repository_files(runner, command):
    text = runner.invoke(main, [command, "--help"]).output
    assert re.search(rf"Examples?:\s+polkg {command} ", text), text
    for cited in re.findall(r"[\w./-]+\.(?:md|jsonl|json|rq|ttl)\b", text):
        if not cited.startswith(("../", "/")) and "/" in cited:
            assert (ROOT / cited).exists(), f"{command} --help cites {cited}"
    if command == "evaluate":
        assert "../shared" not in text
    assert "%%" not in text, f"{command} --help shows a doubled % (click does not %-format help)"
    for option in main.commands[command].params:
        if isinstance(option, click.Option) and not option.hidden:
            assert option.help, f"{command} {option.opts[0]} has no help"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_cli_every_command_reading_paths_says_what_a_path_is(runner, command):
    """`ingest --help` (the command a new user runs on their own corpus) did not say it."""
    takes_paths = any(p.name == "paths" for p in main.commands[command].params)
    text = " ".join(runner.invoke(main, [command, "--help"]).output.split())
    assert takes_paths == ("PATH is a .txt/.html file, a .jsonl/.csv corpus" in text), command


def test_cli_help_lists_every_choice(runner):
    from polkg.cli import EXPORT_FORMATS, shipped_queries

    export_help = " ".join(runner.invoke(main, ["export", "--help"]).output.split())
    assert f"FORMAT is one of: {', '.join(EXPORT_FORMATS)}." in export_help
    # wide enough that click does not break a hyphenated name ("stance-" / "turns")
    wide = {"terminal_width": 400, "max_content_width": 400}
    query_help = " ".join(runner.invoke(main, ["query", "--help"], **wide).output.split())
    assert shipped_queries() == sorted(p.stem for p in (ROOT / "polkg/store/queries").glob("*.rq"))
    for name in shipped_queries():
        assert name in query_help
    analyze_help = " ".join(runner.invoke(main, ["analyze", "--help"]).output.split())
    assert "coalitions, balance, rankings, flips, timeline" in analyze_help


def test_cli_extract_prints_design_md_json_lines(runner, tmp_path):
    article = tmp_path / "warren.txt"
    article.write_text(
        "Elizabeth Warren endorsed Joe Biden on Wednesday. "
        "Bernie Sanders did not endorse Michael Bloomberg.",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    keys = "doc subject subject_type relation object object_type evidence start end "
    keys += "confidence negated hedged rule date"
    assert all(list(line) == keys.split() for line in lines)
    positive = [(x["subject"], x["relation"], x["object"]) for x in lines if not x["negated"]]
    assert positive == [("Elizabeth Warren", "endorses", "Joe Biden")]
    text = article.read_text(encoding="utf-8")
    for line in lines:
        assert line["doc"] == "warren"
        assert text[line["start"] : line["end"]] == line["evidence"]


def test_cli_extract_does_not_follow_a_scheduler_exported_outside_the_test(
    runner, tmp_path, monkeypatch
):
    """POLKG_SCHEDULER in the user's environment made the test above fail (a Dask cluster
    it could not reach); conftest clears it for every test. The variable itself still works."""
    import os

    assert "POLKG_SCHEDULER" not in os.environ
    monkeypatch.setattr("polkg.pipeline.CONNECT_TIMEOUT", 1)
    article = tmp_path / "a.txt"
    article.write_text("Elizabeth Warren endorsed Joe Biden.", encoding="utf-8")
    unreachable = {"POLKG_SCHEDULER": "tcp://127.0.0.1:9"}
    result = runner.invoke(main, ["extract", str(article)], env=unreachable)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("Error: ") and (
        "tcp://127.0.0.1:9" in result.stderr or "needs dask" in result.stderr
    )


def test_cli_bad_inputs_are_one_line_errors_and_the_rest_is_processed(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Elizabeth Warren endorsed Joe Biden on Wednesday.", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "ok1", "text": "Hello."}\n{"id": broken\n', encoding="utf-8")
    missing = tmp_path / "missing.txt"
    args = ["extract", str(missing), str(binary), str(empty), str(corpus), str(good)]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr.splitlines() == [
        f"Error: {missing}: no such file",
        f"Error: {binary}: not a text file (binary content)",
        f"Error: {empty}: empty text",
        f"Error: {corpus}:2: malformed JSON (Expecting value)",
    ]
    assert '"subject": "Elizabeth Warren"' in result.stdout


def test_cli_query_without_store_is_a_one_line_error(runner, tmp_path):
    result = runner.invoke(main, ["query", "SELECT * WHERE {?s ?p ?o}", "--store", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no store at") and result.stderr.count("\n") == 1


def test_cli_ingest_into_a_store_that_cannot_be_made_is_a_one_line_error(runner, tmp_path):
    """A --store under a file (or on a read-only mount) was a traceback from mkdir."""
    (tmp_path / "a-file").write_text("x")
    article = tmp_path / "a.txt"
    article.write_text("Sanders endorsed Biden on Monday.")
    store = tmp_path / "a-file" / "store"
    result = runner.invoke(main, ["ingest", str(article), "--store", str(store)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write store {store}: Not a directory\n"


def test_cli_ingest_summary_counts_the_inputs_skipped_and_names_empty_inputs(runner, tmp_path):
    """'(N already stored)' counted the store's documents, so a second, new article read as
    '1 documents added (1 already stored)'; an empty corpus or a folder of .json files said
    nothing and added nothing."""
    store = str(tmp_path / "store")
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Senator {name.upper()}mith endorsed Joe Biden.")
    first = runner.invoke(main, ["ingest", str(tmp_path / "a.txt"), "--store", store])
    assert "1 documents added (0 already stored)" in first.stderr
    second = runner.invoke(main, ["ingest", str(tmp_path / "b.txt"), "--store", store])
    assert second.exit_code == 0, second.output
    assert "1 documents added (0 already stored)" in second.stderr
    assert "store: 2 documents" in second.stderr
    both = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    third = runner.invoke(main, ["ingest", *both, "--store", store])
    assert "0 documents added (2 already stored)" in third.stderr
    (tmp_path / "empty.jsonl").write_text("\n")
    (tmp_path / "json").mkdir()
    (tmp_path / "json" / "articles.json").write_text('[{"id": "x", "text": "Hello."}]')
    paths = [str(tmp_path / "empty.jsonl"), str(tmp_path / "json")]
    empty = runner.invoke(main, ["ingest", *paths, "--store", store])
    assert empty.exit_code == 0, empty.output
    assert f"Warning: {tmp_path / 'empty.jsonl'}: no articles in it\n" in empty.stderr
    assert f"Warning: {tmp_path / 'json'}: no article files in it (polkg reads" in empty.stderr
    assert "0 documents added (0 already stored)" in empty.stderr


def test_cli_query_warns_of_a_bound_name_no_actor_has(runner, tmp_path):
    """A misspelled name printed "(0 rows)" like an actor nobody criticizes."""
    from rdf_sample import seed_graph

    from polkg.store import Store

    store = tmp_path / "store"
    Store(store).save_graph(seed_graph())
    base = ["query", "who-criticizes", "--store", str(store), "--format", "csv"]
    typo = runner.invoke(main, [*base, "-p", "name=Donald Trumpp"])
    assert typo.exit_code == 0 and typo.stdout.count("\n") == 1  # the header only
    assert typo.stderr == (
        "Warning: no actor in the store is named 'Donald Trumpp' ($name), "
        "in any label or alias and any case\n"
    )
    found = runner.invoke(main, [*base, "-p", "name=donald trump"])
    assert found.stderr == "" and "Jeff Sessions" in found.stdout
    # a query of the user's own may bind $name to anything: no warning
    own = "SELECT $name WHERE { ?s pol:criticizes ?o }"
    result = runner.invoke(main, ["query", own, "--store", str(store), "-p", "name=x"])
    assert result.exit_code == 0 and result.stderr == ""


def test_cli_evaluate_needs_gold_or_directed(runner):
    result = runner.invoke(main, ["evaluate"])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: give --gold FILE or --audit FILE with PATH..., or --directed FILE\n"
    )


def test_cli_missing_dependency_is_a_one_line_error(runner, tmp_path, monkeypatch):
    """An install older than pyproject.toml's dependency list (a lexicon package added later)."""
    import polkg.evaluate

    def missing(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'vaderSentiment'", name="vaderSentiment")

    monkeypatch.setattr(polkg.evaluate, "evaluate_directed_model", missing)
    tsv = tmp_path / "d.txt"
    tsv.write_text("Trump praised Pence.\tTrump\tPence\te1_pos_e2\n", encoding="utf-8")
    result = runner.invoke(main, ["evaluate", "--directed", str(tsv)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the Python package 'vaderSentiment' is missing")
    assert result.stderr.count("\n") == 1


def test_cli_evaluate_splits_and_corpora_on_a_small_fixture(runner, tmp_path):
    """Three articles in two corpus folders: tables per corpus; measure lists no errors."""
    texts = {
        ("news", "n1"): "Elizabeth Warren endorsed Joe Biden on Wednesday.",
        ("news", "n2"): "Ted Cruz praised the weather in Texas.",
        ("press", "p1"): "Senator Bernie Sanders endorsed Joe Biden on Tuesday.",
    }
    gold_rows = [{"doc": "n2", "kind": "empty"}]
    for (folder, doc), text in texts.items():
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    for doc, subject in (("n1", "Elizabeth Warren"), ("p1", "Bernie Sanders")):
        gold_rows += [
            {"doc": doc, "kind": "entity", "name": subject, "type": "Person", "aliases": []},
            {"doc": doc, "kind": "entity", "name": "Joe Biden", "type": "Person", "aliases": []},
            {"doc": doc, "kind": "relation", "subject": subject, "relation": "endorses"}
            | {"object": "Joe Biden", "required": True, "why": "endorsed"},
        ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(row) + "\n" for row in gold_rows), encoding="utf-8")
    folders = [str(tmp_path / "news"), str(tmp_path / "press")]
    result = runner.invoke(main, ["evaluate", "--gold", str(gold), *folders])
    assert result.exit_code == 0, result.output
    corpus_rows = {row[0]: row for row in map(str.split, result.stdout.splitlines()) if row}
    assert corpus_rows["news"][1:5] == ["1", "1", "1", "0"]  # gold pred tp fp
    assert corpus_rows["press"][1:4] == ["1", "1", "1"]
    assert "Misses (0)" in result.stdout
    args = ["evaluate", "--gold", str(gold), "--split", "tune", "--split", "measure", *folders]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "part tune ==" in result.stdout and "part measure ==" in result.stdout
    assert result.stdout.count("Misses (") == 1  # the tune part's; never the measure part's
    scored = re.findall(r"Scored (\d+) gold document", result.stdout)
    assert sorted(int(n) for n in scored) == [1, 2]  # n1/n2 ranks split 1:1 in news, p1 alone
    assert "extracting 3 gold document(s)" in result.stderr


def test_cli_seed_end_to_end(runner, tmp_path):
    """ingest -> query -> validate -> export -> summary on the seed article."""
    if not SEED.exists():
        pytest.skip("../shared is not available")
    store = str(tmp_path / "store")
    result = runner.invoke(main, ["ingest", str(SEED), "--store", store])
    assert result.exit_code == 0, result.output
    assert "1 documents added" in result.stderr
    again = runner.invoke(main, ["ingest", str(SEED), "--store", store])
    assert "0 documents added (1 already stored)" in again.stderr
    sparql = (
        "SELECT ?e WHERE { ent:jeff-sessions pol:criticizes ent:donald-trump . "
        "?a rdf:subject ent:jeff-sessions ; rdf:predicate pol:criticizes ; pol:evidence ?e }"
    )
    result = runner.invoke(main, ["query", sparql, "--store", store, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "shot back at President Trump" in result.stdout
    # shipped queries by name, in any case, and a hint for a misspelled ontology term
    result = runner.invoke(
        main, ["query", "who-criticizes", "-p", "name=donald trump", "--store", store]
    )
    assert result.exit_code == 0, result.output
    assert "Jeff Sessions" in result.stdout and result.stderr == ""
    result = runner.invoke(
        main, ["query", sparql.replace("criticizes", "criticises"), "--store", store]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("Warning: pol:criticises is not in the polkg ontology")
    assert "pol:criticizes" in result.stderr and result.stderr.count("\n") == 1
    result = runner.invoke(main, ["validate", "--store", store])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["export", "nodelink", "--store", store])
    assert result.exit_code == 0, result.output
    labels = {node["label"] for node in json.loads(result.stdout)["nodes"]}
    assert {"Jeff Sessions", "Donald Trump", "Tommy Tuberville"} <= labels
    result = runner.invoke(main, ["summary", "--store", store, "--persons", "3"])
    assert "Jeff Sessions --criticizes--> Donald Trump" in result.stdout
    assert '"Former Attorney General Jeff Sessions shot back' in result.stdout
    assert "[hill-sessions-recusal" in result.stdout  # where the evidence was said
    ranking = result.stdout.split("Best-connected persons")[1].splitlines()
    assert "jeff-sessions / Jeff Sessions /" in ranking[2]  # rank 1, after the header
