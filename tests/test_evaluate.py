"""Scoring rules of polkg.evaluate, and the integrity of the development gold set."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from polkg.errors import InputError
from polkg.evaluate import (
    Gold,
    GoldEntity,
    GoldRelation,
    assign_splits,
    corpus_of,
    directed_class,
    evaluate_directed,
    format_tables,
    load_gold,
    normalize_name,
    read_directed,
    score,
    score_by_corpus,
)
from polkg.model import Assertion, Document, DocumentResult, EntityRecord

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_GOLD = SHARED / "gold" / "seed.jsonl"
DEV_GOLD = REPO / "gold" / "dev.jsonl"
SEED = "hill-sessions-recusal"


def result(
    doc: str, *triples: tuple[str, str, str], source: str = "", **flags: bool
) -> DocumentResult:
    """A hand-made extraction result with one assertion per (subject, relation, object)."""
    assertions = [
        Assertion(doc, s, "Person", r, o, "Person", f"{s} {r} {o}.", 0, 10, 0.9, **flags)
        for s, r, o in triples
    ]
    return DocumentResult(Document(doc, "text", source=source), [], assertions)


@pytest.fixture(scope="module")
def seed_gold() -> dict[str, Gold]:
    """The seed annotations; a copy of their shape is built by hand when ../shared is absent."""
    if SEED_GOLD.exists():
        return load_gold(SEED_GOLD)
    gold = Gold(
        SEED,
        entities=[
            GoldEntity(
                "Jeff Sessions", "Person", ("Sessions", "Former Attorney General Jeff Sessions")
            ),
            GoldEntity("Donald Trump", "Person", ("Trump", "President Trump", "the president")),
            GoldEntity("Tommy Tuberville", "Person", ("Tuberville",)),
        ],
        relations=[
            GoldRelation("Jeff Sessions", "criticizes", "Donald Trump"),
            GoldRelation("Donald Trump", "criticizes", "Jeff Sessions"),
            GoldRelation("Tommy Tuberville", "opposes", "Jeff Sessions"),
            GoldRelation("Jeff Sessions", "opposes", "Tommy Tuberville", required=False),
        ],
        forbidden=["McCabe", "Mike Pence", "Pence"],
    )
    return {SEED: gold}


def test_evaluate_matches_aliases_case_insensitively(seed_gold: dict[str, Gold]) -> None:
    report = score(seed_gold, [result(SEED, ("sessions", "criticizes", "President Trump"))])
    assert report.relations["criticizes"].tp == 1
    assert report.relations["criticizes"].fp == 0
    assert report.false_triples == []


def test_evaluate_wrong_direction_is_false_and_miss_listed(seed_gold: dict[str, Gold]) -> None:
    report = score(seed_gold, [result(SEED, ("Tuberville", "endorses", "Jeff Sessions"))])
    assert report.relations["endorses"].fp == 1
    assert [t.line() for t in report.false_triples] == [
        f"{SEED}  Tommy Tuberville -endorses-> Jeff Sessions"
    ]
    missed = {(t.subject, t.relation, t.object) for t in report.misses}
    assert ("Tommy Tuberville", "opposes", "Jeff Sessions") in missed
    assert report.overall.recall == 0.0


def test_evaluate_required_false_is_neither_hit_nor_false_positive(
    seed_gold: dict[str, Gold],
) -> None:
    report = score(seed_gold, [result(SEED, ("Sessions", "opposes", "Tuberville"))])
    opposes = report.relations["opposes"]
    assert (opposes.tp, opposes.fp, opposes.acceptable) == (0, 0, 1)
    required = sum(r.required for r in seed_gold[SEED].relations if r.relation == "opposes")
    assert opposes.gold == required


def test_evaluate_ignores_negated_and_hedged_assertions(seed_gold: dict[str, Gold]) -> None:
    results = [
        result(SEED, ("Trump", "endorses", "Sessions"), negated=True),
        result(SEED, ("Trump", "opposes", "Sessions"), hedged=True),
    ]
    report = score(seed_gold, results)
    assert report.overall.predicted == 0
    assert report.overall.precision == 0.0


def test_evaluate_counts_duplicate_triples_once(seed_gold: dict[str, Gold]) -> None:
    triple = ("Trump", "criticizes", "Sessions")
    report = score(seed_gold, [result(SEED, triple, triple, ("the president", *triple[1:]))])
    assert report.relations["criticizes"].tp == 1
    assert report.overall.predicted == 1


def test_evaluate_reports_forbidden_names(seed_gold: dict[str, Gold]) -> None:
    report = score(seed_gold, [result(SEED, ("Trump", "criticizes", "Andrew McCabe"))])
    assert [t.note for t in report.forbidden] == ["McCabe"]
    assert report.relations["criticizes"].fp == 1
    assert "forbidden" in report.format()


def test_evaluate_document_without_relations_makes_every_triple_false() -> None:
    gold = {"quiet": Gold("quiet", entities=[GoldEntity("Joe Biden", "Person", ("Biden",))])}
    report = score(gold, [result("quiet", ("Biden", "endorses", "Bernie Sanders"))])
    assert report.overall.fp == 1
    assert report.overall.gold == 0
    assert report.documents == ["quiet"]


def test_evaluate_scores_only_gold_documents(seed_gold: dict[str, Gold]) -> None:
    other = result("not-in-gold", ("Trump", "criticizes", "Sessions"))
    report = score(seed_gold, [other])
    assert report.documents == []
    assert report.unscored == [SEED]
    assert report.overall.predicted == 0 and report.overall.gold == 0
    assert "Not scored" in report.format()


def test_evaluate_format_has_table_and_misses(seed_gold: dict[str, Gold]) -> None:
    text = score(seed_gold, [result(SEED, ("Sessions", "criticizes", "Trump"))]).format()
    for word in ("endorses", "criticizes", "opposes", "recused_from", "overall", "Misses"):
        assert word in text
    assert "Donald Trump -criticizes-> Jeff Sessions" in text  # a miss


def test_evaluate_normalize_name_handles_quotes_articles_possessives() -> None:
    assert normalize_name("the Justice Department\u2019s") == normalize_name("Justice Department")
    assert normalize_name("  President   TRUMP ") == "president trump"


def test_evaluate_load_gold_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    good = {"doc": "d", "kind": "entity", "name": "X", "type": "Person", "aliases": []}
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:2"):
        load_gold(path)
    path.write_text(json.dumps({"id": "d", "text": "an article, not a gold line"}) + "\n")
    with pytest.raises(InputError, match=r"gold\.jsonl:1: gold line needs 'doc' \(str\)$"):
        load_gold(path)
    path.write_text(json.dumps({**good, "kind": "relation", "relation": "likes"}) + "\n")
    with pytest.raises(InputError, match="unknown relation"):
        load_gold(path)
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(tmp_path / "missing.jsonl")


def test_evaluate_empty_kind_makes_every_prediction_false(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [
        {"doc": "quiet", "kind": "empty"},
        {"doc": "busy", "kind": "entity", "name": "Joe Biden", "type": "Person", "aliases": []},
        {"doc": "busy", "kind": "entity", "name": "Ed Markey", "type": "Person", "aliases": []},
        {"doc": "busy", "kind": "relation", "subject": "Joe Biden", "relation": "endorses"}
        | {"object": "Ed Markey", "required": True, "why": "Biden endorsed Markey"},
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    gold = load_gold(path)
    assert gold["quiet"].empty and not gold["busy"].empty
    report = score(gold, [result("quiet", ("Biden", "endorses", "Markey"))])
    assert report.documents == ["quiet"]
    assert (report.overall.fp, report.overall.gold) == (1, 0)
    path.write_text(json.dumps(rows[0]) + "\n" + json.dumps({**rows[3], "doc": "quiet"}) + "\n")
    with pytest.raises(InputError, match="marked empty but has relations"):
        load_gold(path)


def test_evaluate_corpus_is_the_input_files_folder() -> None:
    def doc(source: str) -> Document:
        return Document("d", "text", source=source)

    assert corpus_of(doc("../shared/corpus/allsides/articles.jsonl:12")) == "allsides"
    assert corpus_of(doc("/data/corpus/bbc_politics/001.txt")) == "bbc_politics"
    assert corpus_of(doc("-")) == "stdin"


def test_evaluate_scores_per_corpus(seed_gold: dict[str, Gold]) -> None:
    gold = dict(seed_gold)
    gold["quiet"] = Gold("quiet", entities=[GoldEntity("Joe Biden", "Person")], empty=True)
    results = [
        result(SEED, ("Sessions", "criticizes", "Trump"), source="corpus/seed/x.txt"),
        result("quiet", ("Biden", "endorses", "Obama"), source="corpus/bbc/a.jsonl:3"),
    ]
    by_corpus = score_by_corpus(gold, results)
    assert list(by_corpus) == ["bbc", "seed"]
    assert (by_corpus["bbc"].overall.fp, by_corpus["bbc"].overall.gold) == (1, 0)
    assert by_corpus["seed"].overall.tp == 1 and by_corpus["seed"].overall.fp == 0
    overall = score(gold, results)
    table = format_tables(overall, by_corpus)
    assert "bbc" in table and "seed" in table and "Misses" not in table
    rows = [line.split() for line in table.splitlines() if line.startswith("overall")]
    assert rows[-1][-1] == "2"  # documents scored in all corpora


def test_evaluate_split_is_stratified_stable_and_a_third() -> None:
    corpora = {f"a{i}": "allsides" for i in range(30)} | {f"b{i}": "bbc" for i in range(7)}
    parts = assign_splits(corpora)
    assert parts == assign_splits(dict(reversed(corpora.items())))  # order does not matter
    measure = [doc for doc, part in parts.items() if part == "measure"]
    assert sum(doc.startswith("a") for doc in measure) == 10
    assert sum(doc.startswith("b") for doc in measure) == 3  # ranks 0, 3, 6
    assert set(parts.values()) == {"tune", "measure"}
    # A document's part depends on its corpus's documents, not on other corpora.
    assert {d: p for d, p in assign_splits({**corpora, "c1": "x"}).items() if d != "c1"} == parts


def test_evaluate_tune_halves_cut_tune_and_leave_measure_alone() -> None:
    corpora = {f"a{i}": "allsides" for i in range(30)} | {f"b{i}": "bbc" for i in range(7)}
    parts = assign_splits(corpora)
    halves = assign_splits(corpora, halves=True)
    assert {d for d, p in halves.items() if p == "measure"} == {
        d for d, p in parts.items() if p == "measure"
    }
    a = {d for d, p in halves.items() if p == "tune-a"}
    b = {d for d, p in halves.items() if p == "tune-b"}
    assert a | b == {d for d, p in parts.items() if p == "tune"} and not a & b
    assert len(a) == len(b) == 10 + 2  # allsides ranks 1, 4, ... and 2, 5, ...; bbc 1, 4 / 2, 5


def test_evaluate_train_split_counts_match_gold_readme() -> None:
    """The split recorded in gold/README.md: a third of each corpus's train documents."""
    train = SHARED / "gold" / "train.jsonl"
    if not train.exists():
        pytest.skip("../shared/gold/train.jsonl is not available")
    corpora: dict[str, str] = {}
    for folder in ("allsides", "bbc_politics", "senate_press", "wikinews"):
        for line in (SHARED / "corpus" / folder / "articles.jsonl").open(encoding="utf-8"):
            corpora[json.loads(line)["id"]] = folder
    gold = load_gold(train)
    parts = assign_splits({doc: corpora[doc] for doc in gold})
    counts = {
        (corpora[doc], part): sum(
            1 for d, p in parts.items() if p == part and corpora[d] == corpora[doc]
        )
        for doc, part in parts.items()
    }
    readme = (REPO / "gold" / "README.md").read_text(encoding="utf-8")
    for (folder, part), count in counts.items():
        assert f"| {folder} | " in readme
        line = next(x for x in readme.splitlines() if x.startswith(f"| {folder} | "))
        tune, measure = (int(cell) for cell in line.strip("| ").split("|")[1:3])
        assert count == (tune if part == "tune" else measure), (folder, part)


# --------------------------------------------------------------------------- directed sentiment


class FakeExtractor:
    """Stands in for the real Extractor: one fixed assertion per sentence text."""

    def __init__(self, answers: dict[str, tuple[str, str, str]]) -> None:
        self.answers = answers

    def pipe(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        for document in documents:
            triple = self.answers.get(document.text)
            triples = [triple] if triple else []
            yield DocumentResult(document, [], result(document.id, *triples).assertions)


def test_evaluate_directed_counts_direction_and_polarity(tmp_path: Path) -> None:
    rows = [
        ("[Sessions] shot back at [Trump] on Friday.", "Sessions", "Trump", 3),
        ("[Warren] endorsed [Biden] today.", "Warren", "Biden", 1),
        ("[Biden] was endorsed by [Kamala Harris’]s rival.", "Biden", "Kamala Harris’", 2),
        ("[Pelosi] met [Schumer].", "Pelosi", "Schumer", 0),
        ("[Cruz] praised [Trump].", "Cruz", "Trump", 1),
    ]
    path = tmp_path / "valid.txt"
    path.write_text("".join("\t".join(map(str, row)) + "\n" for row in rows), encoding="utf-8")
    answers = {
        "Sessions shot back at Trump on Friday.": ("Jeff Sessions", "criticizes", "Donald Trump"),
        "Warren endorsed Biden today.": ("Biden", "endorses", "Warren"),  # wrong direction
        "Biden was endorsed by Kamala Harris’s rival.": ("Kamala Harris", "endorses", "Biden"),
        "Pelosi met Schumer.": ("Pelosi", "opposes", "Schumer"),  # edge on a neutral sentence
    }
    report = evaluate_directed(path, FakeExtractor(answers))
    assert (report.sentences, report.labeled, report.with_edge, report.correct) == (5, 4, 4, 2)
    assert (report.wrong_direction, report.edge_on_neutral, report.wrong_polarity) == (1, 1, 0)
    assert report.precision == pytest.approx(0.5)
    assert report.recall == pytest.approx(0.5)
    # classes (labeled, edges): (3, 3) (1, 2) (2, 2) (0, 3) (1, 0): F1 0, 0, 2/3, 2/3, 0
    assert report.macro_f1 == pytest.approx((2 / 3 + 2 / 3) / 5)
    assert "Precision" in report.format()
    assert "5-class macro-F1 (no edge = neutral): 0.267" in report.format()
    # the wrong edges quote the selection set's sentences: --tables-only leaves them out
    assert "Wrong edges" in report.format()
    assert "Wrong edges" not in report.format(details=False)
    assert "macro-F1 (no edge = neutral): 0.267" in report.format(details=False)


def test_a_directed_sentence_scores_its_one_label_else_several_or_none() -> None:
    # macro-F1's classes: two labels for one pair are neither (-1), no edge is neutral (0)
    assert [directed_class(labels) for labels in (set(), {3}, {1, 2})] == [0, 3, -1]


def test_evaluate_directed_matches_a_labeled_span_by_any_form_of_the_entity(
    tmp_path: Path,
) -> None:
    # the labeled span "Moscow" names the entity Russia, whose alias it is
    path = tmp_path / "valid.txt"
    path.write_text("[Washington] accused [Moscow] of meddling.\tWashington\tMoscow\t3\n")

    class AliasExtractor:
        def __init__(self, aliases: bool) -> None:
            self.aliases = aliases

        def pipe(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
            for document in documents:
                entities = [
                    EntityRecord("United States", "Country", ["Washington"] * self.aliases),
                    EntityRecord("Russia", "Country", ["Moscow"] * self.aliases),
                ]
                found = result(document.id, ("United States", "criticizes", "Russia"))
                yield DocumentResult(document, entities, found.assertions)

    report = evaluate_directed(path, AliasExtractor(aliases=True))
    assert (report.with_edge, report.correct) == (1, 1)
    # without the aliases the same edge links no labeled entity
    assert evaluate_directed(path, AliasExtractor(aliases=False)).with_edge == 0


def test_evaluate_read_directed_valid_file() -> None:
    path = SHARED / "labeled" / "directed_sentiment" / "valid.txt"
    if not path.exists():
        pytest.skip("../shared/labeled is not available")
    sentences = read_directed(path)
    assert len(sentences) > 1000
    assert all("[" not in s.text and s.label in range(5) for s in sentences)
    assert all(s.e1.lower() in s.text.lower() for s in sentences[:200])


# --------------------------------------------------------------------------- the gold files


def corpus_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for folder in ("allsides", "wikinews"):
        path = SHARED / "corpus" / folder / "articles.jsonl"
        if not path.exists():
            pytest.skip("../shared/corpus is not available")
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    seed = SHARED / "corpus" / "seed" / f"{SEED}.txt"
    texts[SEED] = seed.read_text(encoding="utf-8")
    return texts


@pytest.mark.parametrize("path", [DEV_GOLD, SEED_GOLD], ids=["dev", "seed"])
def test_evaluate_gold_files_reference_corpus_documents(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not available")
    texts = corpus_texts()
    gold = load_gold(path)
    assert gold and set(gold) <= set(texts)


def test_evaluate_dev_gold_is_consistent() -> None:
    gold = load_gold(DEV_GOLD)
    texts = corpus_texts()
    assert SEED not in gold
    assert len(gold) >= 28
    assert sum(1 for g in gold.values() if not g.relations) >= 6
    for doc, g in gold.items():
        names = {e.name for e in g.entities}
        assert len(names) == len(g.entities), doc
        for relation in g.relations:
            assert {relation.subject, relation.object} <= names, (doc, relation)
            assert relation.why, (doc, relation)
        text = texts[doc].lower()
        for entity in g.entities:
            found = [a for a in (entity.name, *entity.aliases) if a.lower() in text]
            assert found, (doc, entity.name)
            assert all(a.lower() in text for a in entity.aliases), (doc, entity.name)
        for name in g.forbidden:
            assert g.resolve(name) is None, (doc, name)


@pytest.mark.parametrize("path", [DEV_GOLD, SEED_GOLD], ids=["dev", "seed"])
def test_evaluate_gold_scores_itself_perfectly_through_aliases(path: Path) -> None:
    """Every required relation, restated with surface forms (aliases), is found; none is false."""
    if not path.exists():
        pytest.skip(f"{path} is not available")
    gold = load_gold(path)
    results = []
    for doc, g in gold.items():
        surface = {e.name: (e.aliases[-1] if e.aliases else e.name) for e in g.entities}
        triples = [(surface[r.subject], r.relation, surface[r.object]) for r in g.relations]
        results.append(result(doc, *triples))
    report = score(gold, results)
    assert report.misses == [] and report.false_triples == []
    assert report.overall.precision == 1.0 and report.overall.recall == 1.0
    assert report.overall.acceptable == sum(
        not r.required for g in gold.values() for r in g.relations
    )
