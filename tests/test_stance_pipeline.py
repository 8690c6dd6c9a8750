"""The stance model in the Extractor: off switch, rule-only equivalence, flags, CLI, evaluate."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from polkg.cli import main
from polkg.evaluate import evaluate_directed_model
from polkg.extract import Extractor
from polkg.extract.entities import find_entities
from polkg.extract.relations import RelationMatcher
from polkg.extract.stance import DEFAULT_ON, StanceModel, stance_model_enabled
from polkg.extract.stance.pairs import RULE, flags
from polkg.model import Document

# A stance no relation rule catches ("thanked ... for his leadership"), and its negated and
# hedged variants: the model may score all three as positive, the flags must stop the last two.
PRAISE = "Senator Lindsey Graham thanked Mitt Romney for his leadership on Tuesday."
NEGATED = "Senator Lindsey Graham did not thank Mitt Romney for his leadership on Tuesday."
HEDGED = "Senator Lindsey Graham might thank Mitt Romney for his leadership on Tuesday."


@pytest.fixture(scope="module")
def with_model(nlp) -> Extractor:
    return Extractor(nlp, stance_model=True)


@pytest.fixture(scope="module")
def without_model(nlp) -> Extractor:
    return Extractor(nlp, stance_model=False)


@pytest.fixture(scope="module")
def seed_document(shared_dir) -> Document:
    from polkg.ingest import read_documents

    path = shared_dir / "corpus" / "seed" / "hill-sessions-recusal.txt"
    if not path.exists():
        pytest.skip("seed article absent")
    (document,) = list(read_documents([str(path)]))
    return document


def _rows(extractor: Extractor, text: str) -> list[dict]:
    result = extractor.process(Document(id="t", text=text))
    return [a.to_dict() for a in result.assertions]


def test_stance_switch_is_an_argument_with_a_package_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert stance_model_enabled(False) is False
    assert stance_model_enabled(True) is True
    assert stance_model_enabled() is DEFAULT_ON
    monkeypatch.setenv("POLKG_STANCE_MODEL", "1")  # the old variable is no longer read
    assert stance_model_enabled() is DEFAULT_ON


def test_stance_off_means_no_model(without_model: Extractor) -> None:
    assert without_model.stance is None


def test_stance_off_reproduces_rule_only_output_on_the_seed(
    nlp, seed_document: Document, with_model: Extractor, without_model: Extractor
) -> None:
    off = without_model.process(seed_document).assertions
    # the rule layer on its own, as it ran before the model existed
    doc = nlp(seed_document.text)
    rules = RelationMatcher(nlp.vocab)(doc, find_entities(doc, seed_document), seed_document)
    assert [a.to_dict() for a in off] == [a.to_dict() for a in rules]
    assert not any(a.rule == RULE for a in off)
    # with the model on, the rule assertions are exactly the same; the model only adds
    on = with_model.process(seed_document).assertions
    assert [a.to_dict() for a in on if a.rule != RULE] == [a.to_dict() for a in off]


def test_stance_model_adds_a_directed_edge_no_rule_finds(
    with_model: Extractor, without_model: Extractor
) -> None:
    assert _rows(without_model, PRAISE) == []
    rows = _rows(with_model, PRAISE)
    assert [(r["subject"], r["relation"], r["object"], r["rule"]) for r in rows] == [
        ("Lindsey Graham", "endorses", "Mitt Romney", RULE)
    ]
    row = rows[0]
    assert row["confidence"] >= with_model.stance.threshold  # type: ignore[union-attr]
    assert not row["negated"] and not row["hedged"]
    assert row["evidence"] == PRAISE


@pytest.mark.parametrize(("text", "flag"), [(NEGATED, "negated"), (HEDGED, "hedged")])
def test_stance_negated_or_hedged_never_becomes_a_positive_edge(
    with_model: Extractor, nlp, text: str, flag: str
) -> None:
    for row in _rows(with_model, text):
        assert row[flag] or row["rule"] != RULE
    doc = nlp(text)
    a = doc.char_span(text.index("Lindsey"), text.index("Graham") + len("Graham"))
    b = doc.char_span(text.index("Mitt"), text.index("Romney") + len("Romney"))
    assert a is not None and b is not None
    negated, hedged = flags(a, b, "endorses", with_model.relations.cues)
    assert {"negated": negated, "hedged": hedged}[flag]


def test_stance_cli_flag_turns_the_model_off(tmp_path: Path) -> None:
    article = tmp_path / "praise.txt"
    article.write_text(PRAISE + "\n", encoding="utf-8")
    runner = CliRunner()
    on = runner.invoke(main, ["extract", "--stance-model", str(article)])
    assert on.exit_code == 0, on.output
    assert RULE in on.output
    off = runner.invoke(main, ["extract", "--no-stance-model", str(article)])
    assert off.exit_code == 0, off.output
    assert RULE not in off.output
    default = runner.invoke(main, ["extract", str(article)])
    assert default.exit_code == 0, default.output
    assert RULE not in default.output  # rules only unless asked: precision first


@pytest.mark.slow
def test_stance_switch_reaches_worker_processes() -> None:
    from polkg.pipeline import extract_documents

    docs = [Document(id=f"d{i}", text=PRAISE) for i in range(2)]
    on = list(extract_documents(docs, jobs=2, batch_size=1, stance_model=True))
    off = list(extract_documents(docs, jobs=2, batch_size=1, stance_model=False))
    assert [[a.rule for a in r.assertions] for r in on] == [[RULE], [RULE]]
    assert [r.assertions for r in off] == [[], []]


class _FakeModel:
    threshold = 0.8

    def __init__(self, answers: list[tuple[str, float]]) -> None:
        self.answers = answers

    def predict_batch(self, items):  # type: ignore[no-untyped-def]
        assert len(list(items)) == len(self.answers)
        return [(label, {label: p}) for label, p in self.answers]


DIRECTED_TSV = (
    "[Lindsey Graham] thanked [Mitt Romney] for his leadership.\tLindsey Graham\tMitt Romney\t1\n"
    "[Mitt Romney] was harshly criticized by [Lindsey Graham].\tMitt Romney\tLindsey Graham\t4\n"
    "[Lindsey Graham] met [Mitt Romney] in Washington.\tLindsey Graham\tMitt Romney\t0\n"
    "[Graham] slammed [Romney].\tGraham\tRomney\t3\n"
)


def test_stance_evaluate_directed_model_figures(tmp_path: Path) -> None:
    data = tmp_path / "pairs.txt"
    data.write_text(DIRECTED_TSV, encoding="utf-8")
    answers = [("e1_pos_e2", 0.9), ("e2_neg_e1", 0.7), ("e1_pos_e2", 0.95), ("e1_neg_e2", 0.85)]
    report = evaluate_directed_model(data, _FakeModel(answers))
    assert report.gold == [1, 4, 0, 3]
    assert report.predicted == [1, 4, 1, 3]
    assert report.accuracy == 0.75
    # F1: neutral 0, e1_pos_e2 2/3, e2_pos_e1 0, e1_neg_e2 1, e2_neg_e1 1
    assert report.macro_f1 == pytest.approx((2 / 3 + 1 + 1) / 5)
    assert (report.edges, report.correct_edges) == (3, 2)  # 0.7 < 0.8 is not an edge
    assert report.edge_precision == pytest.approx(2 / 3)
    text = report.format()
    assert "macro-F1: 0.533" in text and "accuracy: 0.750" in text and "precision 0.667" in text


def test_stance_evaluate_directed_with_the_real_model(tmp_path: Path) -> None:
    data = tmp_path / "pairs.txt"
    data.write_text("".join(DIRECTED_TSV.splitlines(keepends=True)[:2]), encoding="utf-8")
    report = evaluate_directed_model(data, StanceModel.load())
    assert report.predicted == [1, 4], report.format()
    assert report.correct_edges == report.edges >= 1  # any edge it adds here is right


def test_stance_cli_evaluate_directed_prints_both_reports(tmp_path: Path) -> None:
    data = tmp_path / "pairs.txt"
    data.write_text(DIRECTED_TSV, encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--directed", str(data)])
    assert result.exit_code == 0, result.output
    assert "Stance classifier alone: 4 labeled pairs, 3 non-neutral." in result.output
    assert "Whole extractor" in result.output
    assert "Directed sentiment: 4 sentences" in result.output


def test_stance_skips_names_used_as_modifiers(nlp, with_model: Extractor) -> None:
    from polkg.extract.stance.pairs import _modifier

    text = "President Donald Trump endorsed U.S. Senate candidate Roy Moore on Monday."
    doc = nlp(text)
    senate = doc.char_span(text.index("Senate"), text.index("Senate") + len("Senate"))
    moore = doc.char_span(text.index("Roy"), text.index("Moore") + len("Moore"))
    assert senate is not None and moore is not None
    assert _modifier(senate)
    assert not _modifier(moore)
    rows = _rows(with_model, text)
    assert not any("Senate" in (r["subject"] + r["object"]) for r in rows if r["rule"] == RULE)
