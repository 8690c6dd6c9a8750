"""Gazetteer: reading ../shared/gazetteer (congress-legislators) and linking names to people."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polkg.errors import PolkgError
from polkg.graph import gazetteer as gazetteer_module
from polkg.graph.gazetteer import Gazetteer, GazetteerEntry, Term

GAZ_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    if not GAZ_DIR.is_dir():
        pytest.skip("../shared/gazetteer is not present")
    return Gazetteer.load(GAZ_DIR)


@pytest.mark.parametrize(
    ("name", "date", "wikidata", "bioguide"),
    [
        ("Jeff Sessions", "2020-07-11", "Q358443", "S001141"),
        ("Jefferson Beauregard Sessions III", "2020-07-11", "Q358443", "S001141"),
        ("Jefferson (Jeff) Beauregard Sessions", "2017-03-02", "Q358443", "S001141"),
        ("Former Attorney General Jeff Sessions", "2020-07-11", "Q358443", "S001141"),
        ("Pete Sessions", "2020-07-11", "Q437852", "S000250"),
        ("Donald Trump", "2020-07-11", "Q22686", None),
        ("Donald John Trump", "2018-01-01", "Q22686", None),
        ("Doug Jones", "2020-07-11", "Q30122825", "J000300"),
        ("Tommy Tuberville", "2020-07-11", "Q7819948", "T000278"),
        ("Chuck Schumer", "2019-01-01", "Q380900", "S000148"),  # nickname + last
        ("Bernie Sanders", "2019-01-01", "Q359442", "S000033"),
        ("Joe Biden", "2016-01-01", "Q6279", None),  # executive.json, listed as Jr.
        ("Kamala Harris", "2019-05-01", "Q10853588", "H001075"),
        ("Debbie Wasserman Schultz", "2016-07-25", "Q50104", "W000797"),  # two-word surname
    ],
)
def test_gazetteer_links_names_of_the_corpus(gaz, name, date, wikidata, bioguide) -> None:
    entry = gaz.lookup(name, date=date)
    assert entry is not None
    assert entry.wikidata == wikidata
    if bioguide:
        assert entry.bioguide == bioguide


@pytest.mark.parametrize(
    "name",
    [
        "Donald Trump Jr.",
        "Roy Moore",
        "Robert Mueller",
        "Sessions",
        "the president",
        "Ivanka Trump",
    ],
)
def test_gazetteer_does_not_link_who_it_does_not_know(gaz, name) -> None:
    assert gaz.lookup(name, date="2020-07-11") is None


def test_gazetteer_prefers_the_officeholder_at_the_document_date(gaz) -> None:
    senator = gaz.lookup("John Kennedy", date="2019-06-01")
    assert senator is not None and senator.bioguide == "K000393"  # John Neely Kennedy (LA)
    assert gaz.lookup("John Kennedy", date="1958-06-01") != senator
    assert gaz.lookup("John Kennedy") is None  # several John Kennedys, no date: ambiguous


def test_gazetteer_middle_initials_tell_the_bushes_apart(gaz) -> None:
    w = gaz.lookup("George W. Bush")
    hw = gaz.lookup("George H.W. Bush")
    assert w is not None and w.wikidata == "Q207"
    assert hw is not None and hw != w
    assert gaz.display_name(w) == "George W. Bush"


def test_gazetteer_terms_party_and_offices(gaz) -> None:
    sessions = gaz.lookup("Jeff Sessions", date="2020-07-11")
    assert sessions is not None
    assert sessions.party_at("2020-07-11") == "Republican Party"
    assert sessions.offices() == [
        {
            "title": "Senator",
            "source": "gazetteer",
            "qualifier": "AL",
            "start": "1997-01-07",
            "end": "2017-02-08",
        }
    ]
    trump = gaz.lookup("Donald Trump", date="2020-07-11")
    assert trump is not None
    assert [(o["title"], o["start"]) for o in trump.offices()] == [
        ("President", "2017-01-20"),
        ("President", "2025-01-20"),
    ]
    assert gaz.display_name(trump) == "Donald Trump"


def test_gazetteer_merges_records_of_one_person_across_files(gaz) -> None:
    harris = gaz.by_id("H001075")
    assert harris is not None and harris is gaz.by_id("Q10853588")
    assert {t.type for t in harris.terms} >= {"viceprez"}


def test_gazetteer_famous_surnames_near_a_date(gaz) -> None:
    assert [e.wikidata for e in gaz.famous("Trump", "2020-05-01")] == ["Q22686"]
    sessions = {e.bioguide for e in gaz.famous("Sessions", "2020-05-01")}
    assert sessions == {"S001141", "S000250"}


def test_gazetteer_reads_csv_when_json_is_absent(tmp_path) -> None:
    if not GAZ_DIR.is_dir():
        pytest.skip("../shared/gazetteer is not present")
    (tmp_path / "legislators-current.csv").write_text(
        (GAZ_DIR / "gh-pages" / "legislators-current.csv").read_text("utf-8"), "utf-8"
    )
    gaz = Gazetteer.load(tmp_path)
    pete = gaz.lookup("Pete Sessions", date="2022-01-01")
    assert pete is not None and pete.bioguide == "S000250"
    assert pete.party_at("2022-01-01") == "Republican Party"


def test_gazetteer_reads_yaml_excerpt(tmp_path) -> None:
    if not GAZ_DIR.is_dir():
        pytest.skip("../shared/gazetteer is not present")
    excerpt = GAZ_DIR / "legislators-historical.EXCERPT.yaml"
    (tmp_path / excerpt.name).write_text(excerpt.read_text("utf-8"), "utf-8")
    gaz = Gazetteer.load(tmp_path)
    assert len(gaz) == 2
    assert gaz.lookup("Jeff Sessions", date="2017-01-01").wikidata == "Q358443"


def test_gazetteer_without_files_is_a_clear_error(tmp_path) -> None:
    (tmp_path / "notes.txt").write_text("nothing here", "utf-8")
    with pytest.raises(PolkgError, match="no congress-legislators files"):
        Gazetteer.load(tmp_path)
    with pytest.raises(PolkgError, match="not a directory"):
        Gazetteer.load(tmp_path / "missing")


def test_gazetteer_broken_file_is_a_clear_error(tmp_path) -> None:
    (tmp_path / "executive.json").write_text("{not json", "utf-8")
    with pytest.raises(PolkgError, match="cannot read"):
        Gazetteer.load(tmp_path)


def test_gazetteer_party_breaks_a_tie_between_namesakes() -> None:
    def namesake(bioguide: str, party: str) -> GazetteerEntry:
        term = Term("rep", "2019-01-03", "2021-01-03", "TX", 1, party)
        return GazetteerEntry("John", "Smith", bioguide=bioguide, terms=(term,))

    gaz = Gazetteer([namesake("X000001", "Democrat"), namesake("X000002", "Republican")])
    assert gaz.lookup("John Smith", date="2020-01-01") is None
    found = gaz.lookup("John Smith", date="2020-01-01", party="Republican Party")
    assert found is not None and found.bioguide == "X000002"
    assert not gaz.name_is_unique(found)


def test_gazetteer_caches_parsed_yaml(tmp_path, monkeypatch) -> None:
    source = GAZ_DIR / "main" / "executive.yaml"
    if not source.is_file():
        pytest.skip("../shared/gazetteer/main is not present")
    data, cache = tmp_path / "data", tmp_path / "cache"
    data.mkdir()
    (data / source.name).write_text(source.read_text("utf-8"), "utf-8")
    monkeypatch.setenv("POLKG_CACHE_DIR", str(cache))
    monkeypatch.setattr(gazetteer_module, "_CACHE_MIN_YAML", 0)  # cache even a small file
    first = Gazetteer.load(data)
    (cached,) = cache.glob("gazetteer-*.json")
    assert first.lookup("Donald Trump", date="2020-01-01").wikidata == "Q22686"
    # the second load reads the cache, not the YAML: prove it by marking the cached copy
    people = json.loads(cached.read_text("utf-8"))
    for item in people:
        if item["wikidata"] == "Q22686":
            item["nickname"] = "Donnie"
    cached.write_text(json.dumps(people), "utf-8")
    assert Gazetteer.load(data).lookup("Donnie Trump", date="2020-01-01").wikidata == "Q22686"
    cached.write_text("{broken", "utf-8")  # a broken cache falls back to parsing
    assert Gazetteer.load(data).lookup("Donnie Trump", date="2020-01-01") is None
    assert Gazetteer.load(data).lookup("Donald Trump", date="2020-01-01") is not None


def test_gazetteer_undated_text_does_not_link_a_19th_century_namesake(gaz) -> None:
    assert gaz.lookup("Anthony Kennedy") is None  # a senator of 1857, not the Justice
    assert gaz.lookup("Jeff Sessions").wikidata == "Q358443"
    assert gaz.lookup("Abraham Lincoln", date="1862-01-01") is not None
