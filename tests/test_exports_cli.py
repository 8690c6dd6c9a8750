"""`polkg export` on a store saved from a hand-built graph: formats, folders, --all-actors, help."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdf_sample import seed_graph

from polkg.cli import EXPORT_FORMATS, main
from polkg.exports import FORMATS


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    from polkg.store import Store

    path = tmp_path_factory.mktemp("cli") / "store"
    s = Store(path)
    s.save_graph(seed_graph())
    s.close()
    return str(path)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_export_cli_leaves_out_actors_in_no_relation_unless_asked(store: str) -> None:
    g = seed_graph()
    related = {n for n in g if g.degree(n)}
    code, out, _ = run("export", "nodelink", "--store", store)
    assert code == 0 and {n["id"] for n in json.loads(out)["nodes"]} == related
    code, out, _ = run("export", "nodelink", "--store", store, "--all-actors")
    assert code == 0 and {n["id"] for n in json.loads(out)["nodes"]} == set(g)


@pytest.mark.parametrize("fmt", ["csv", "neo4j"])
def test_export_cli_folder_formats(store: str, tmp_path: Path, fmt: str) -> None:
    code, _, err = run("export", fmt, "--store", store)
    assert code == 1 and f"{fmt} writes several files: give -o FOLDER" in err
    code, _, err = run("export", fmt, "--store", store, "-o", str(tmp_path / "out"))
    assert code == 0, err
    rows = list(csv.DictReader((tmp_path / "out" / "nodes.csv").open(encoding="utf-8")))
    assert len(rows) == sum(1 for n in seed_graph() if seed_graph().degree(n))
    afile = tmp_path / "graph.csv"  # a file name given for a folder: was "File exists"
    afile.write_text("")
    code, _, err = run("export", fmt, "--store", store, "-o", str(afile))
    assert (
        code == 1
        and err == f"Error: {afile} is a file: {fmt} writes several files, give -o FOLDER\n"
    )


def test_export_cli_help_lists_every_format_with_an_example() -> None:
    code, out, _ = run("export", "--help")
    assert code == 0 and set(EXPORT_FORMATS) == set(FORMATS)
    for fmt in EXPORT_FORMATS:
        assert fmt in out, fmt
    assert "--all-actors" in out and "Examples:" in out and "polkg export csv -o" in out
