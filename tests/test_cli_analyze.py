"""`polkg analyze` through the real CLI on a store built from a synthetic signed graph."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from signed_sample import add_stance, planted_coalitions

from polkg.cli import main


def sample_graph() -> nx.MultiDiGraph:
    """Two planted camps, plus Sessions and Trump turning against each other."""
    g, _ = planted_coalitions(2, size=8, density=0.6, noise=0.0, seed=3)
    add_stance(g, "jeff-sessions", "donald-trump", "endorses", ("2016-02-28", "s1"))
    add_stance(g, "jeff-sessions", "donald-trump", "endorses", ("2016-08-01", "s2"))
    add_stance(g, "donald-trump", "jeff-sessions", "endorses", ("2016-11-18", "s3"))
    add_stance(g, "donald-trump", "jeff-sessions", "criticizes", ("2017-07-25", "s4"))
    add_stance(g, "donald-trump", "jeff-sessions", "criticizes", ("2018-08-23", "s5"))
    add_stance(g, "jeff-sessions", "donald-trump", "criticizes", ("2020-05-23", "s6"))
    g.nodes["jeff-sessions"]["label"] = "Jeff Sessions"
    g.nodes["donald-trump"]["label"] = "Donald Trump"
    g.nodes["donald-trump"]["aliases"] = ["Donald Trump", "Trump"]
    return g


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from polkg.store import Store

    path = tmp_path_factory.mktemp("analyze") / "store"
    Store(path).save_graph(sample_graph())
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["analyze", *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_analyze_table_shows_every_section(store: Path) -> None:
    code, out, _ = run("--store", str(store), "--runs", "100")
    assert code == 0
    for heading in ("Coalitions", "Structural balance", "Most criticized", "Most polarizing"):
        assert heading in out
    assert "Stance flips (2):" in out
    assert "Jeff Sessions -> Donald Trump: positive 2016-02..2016-08 (2 docs)" in out


def test_cli_analyze_json_recovers_camps_and_every_flip_has_evidence(store: Path) -> None:
    code, out, _ = run("--store", str(store), "--format", "json", "--runs", "100")
    assert code == 0
    data = json.loads(out)
    camps = [{n for n in row["nodes"] if n[0] == "a"} for row in data["coalitions"]["coalitions"]]
    assert {f"a{i:03d}" for i in range(8)} in camps
    assert {f"a{i:03d}" for i in range(8, 16)} in camps
    assert data["balance"]["runs"] == 100 and 0 < data["balance"]["p_value"] <= 1
    assert data["flips"]
    for flip in data["flips"]:
        assert flip["before"]["evidence"] and flip["after"]["evidence"]
        for side in ("before", "after"):
            assert all(e["sentence"] and e["doc"] for e in flip[side]["evidence"])


def test_cli_analyze_timeline_of_a_pair_by_name_any_case(store: Path) -> None:
    code, out, _ = run(
        "timeline", "--store", str(store), "--actor", "jeff sessions", "--actor", "TRUMP"
    )
    assert code == 0, out
    assert "Stance of Jeff Sessions towards Donald Trump" in out
    assert "Stance of Donald Trump towards Jeff Sessions" in out
    assert "2017-07" in out


def test_cli_analyze_csv_is_one_table(store: Path) -> None:
    code, out, _ = run("flips", "--store", str(store), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["source"], r["direction"]) for r in rows] == [
        ("donald-trump", "positive->negative"),
        ("jeff-sessions", "positive->negative"),
    ]
    assert all(r["before_evidence"] and r["after_evidence"] for r in rows)
    code, out, _ = run("coalitions", "--store", str(store), "--format", "csv")
    assert code == 0 and out.startswith("coalition,size,rank,node,label,frustration\n")


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_cli_analyze_plots_timeline_and_coalitions(
    store: Path, tmp_path: Path, suffix: str
) -> None:
    stance = tmp_path / f"stance{suffix}"
    code, _, err = run(
        "timeline", "--store", str(store), "--actor", "Jeff Sessions", "--actor", "Donald Trump",
        "--plot", str(stance),
    )  # fmt: skip
    assert code == 0 and f"wrote {stance}" in err
    graph = tmp_path / f"coalitions{suffix}"
    code, _, _ = run("balance", "--store", str(store), "--runs", "10", "--plot", str(graph))
    assert code == 0
    if suffix == ".png":
        assert stance.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert graph.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    else:
        svg = graph.read_text()
        assert "coalition 0" in svg and "negative tie" in svg
        assert "stroke-dasharray" in svg  # negative ties are dashed
        assert "Jeff Sessions towards Donald Trump" in stance.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline"], "the timeline needs --actor"),
        (["--format", "csv"], "--format csv writes one table"),
        (["--actor", "Nobody Here"], "--actor 'Nobody Here': no actor with that id, name or alias"),
        (["--plot", "out.pdf"], "give a .png or .svg file name"),
    ],
)
def test_cli_analyze_errors_are_one_line(store: Path, args: list[str], message: str) -> None:
    code, out, err = run(*args, "--store", str(store), "--runs", "5")
    assert code == 1
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_cli_analyze_without_store(tmp_path: Path) -> None:
    code, _, err = run("--store", str(tmp_path / "none"))
    assert code == 1 and "no store at" in err


def test_queries_pair_timeline_and_stance_turns_agree_with_analyze(store: Path) -> None:
    from polkg.graph.timeline import pair_timeline
    from polkg.store import Store, read_query

    saved = Store(store)
    params = {"subject": "donald TRUMP", "object": "Jeff Sessions"}  # names in any case
    rows = [
        (r["month"].value, r["relation"].value, int(r["documents"].value))
        for r in saved.query(read_query("pair-timeline"), params)
    ]
    expected = [
        (m["month"], relation, m[relation])
        for m in pair_timeline(sample_graph(), "donald-trump", "jeff-sessions")
        for relation in ("criticizes", "endorses", "opposes")
        if m[relation]
    ]
    assert (
        rows
        == expected
        == [
            ("2016-11", "endorses", 1),
            ("2017-07", "criticizes", 1),
            ("2018-08", "criticizes", 1),
        ]
    )
    turns = list(saved.query(read_query("stance-turns"), params))
    assert [(t["before"].value, t["beforeDoc"].value, t["afterDoc"].value) for t in turns] == [
        ("endorses", "s3", "s4")  # s5 is not next to an endorsement
    ]
    assert turns[0]["beforeEvidence"].value and turns[0]["afterEvidence"].value
    everyone = list(saved.query(read_query("stance-turns")))
    assert len(everyone) == 2  # Trump -> Sessions and Sessions -> Trump, no duplicate by alias


def test_cli_analyze_a_store_without_stances(tmp_path: Path) -> None:
    from polkg.store import Store

    g = nx.MultiDiGraph()
    add_stance(g, "a", "b", "recused_from", ("2020-01-01", "d1"))  # no sign
    Store(tmp_path / "store").save_graph(g)
    code, out, _ = run("--store", str(tmp_path / "store"), "--runs", "5")
    assert code == 0 and "Stance flips (0):" in out
    # 0 of 0 triads was printed as a share of 0.000 with p = 1: no triad is no measurement
    assert "  no signed triad (three actors each tied to the other two" in out
    assert "triads balanced" not in out and "p = " not in out
    code, out, _ = run("flips", "--store", str(tmp_path / "store"), "--format", "csv")
    assert (code, out) == (0, "source,source_label,target,target_label,direction\n")
