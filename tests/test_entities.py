"""Entity layer on real text: the seed article end to end, and corpus sentences."""

from __future__ import annotations

import re

import pytest

from polkg.extract.entities import DocEntities, find_entities
from polkg.ingest.document import Document

SEED_PATH = "corpus/seed/hill-sessions-recusal.txt"
HOVER_NOISE = ("Toobin", "McCabe", "Pence", "Sacha Baron Cohen", "Karma", "National Guard")


def _clean(text: str) -> tuple[str, list[tuple[str, str]]]:
    """polkg.ingest's cleaner when present; else a minimal hover-card remover for these tests."""
    try:
        from polkg.ingest import clean_text  # type: ignore[attr-defined]
    except ImportError:
        try:
            from polkg.ingest.cleaning import clean_text
        except ImportError:
            clean_text = None
    if clean_text is not None:
        cleaned, aliases = clean_text(text)
        return cleaned, list(aliases)
    card = re.compile(
        r"(?P<sur>\b[A-Z][\w'’.-]*\w)(?P<full>(?:\(?[A-Z][\w'’.-]*\)? ){0,5}?(?P=sur))"
        r"(?=[A-Z0-9'\"‘“(])[^\n]{0,800}?[a-z0-9.!?'\"’”)] ?\bMORE\b"
    )
    aliases: list[tuple[str, str]] = []

    def keep(m: re.Match[str]) -> str:
        aliases.append((m["sur"], m["full"]))
        return m["sur"]

    return card.sub(keep, text), aliases


def _entities(nlp, text: str, aliases=(), doc_id: str = "t") -> tuple[object, DocEntities]:
    doc = nlp(text)
    return doc, find_entities(doc, Document(id=doc_id, text=text, aliases=tuple(aliases)))


@pytest.fixture(scope="module")
def seed(nlp, shared_dir):
    path = shared_dir / SEED_PATH
    if not path.exists():
        pytest.skip("seed article absent")
    text, aliases = _clean(path.read_text(encoding="utf-8"))
    return _entities(nlp, text, aliases, "hill-sessions-recusal")


def _by_name(ents: DocEntities, name: str):
    found = [e for e in ents.entities if e.name == name]
    assert found, f"{name} not among {[e.name for e in ents.entities]}"
    return found[0]


def test_entities_seed_person_clusters(seed):
    _doc, ents = seed
    persons = {e.name for e in ents.entities if e.type == "Person"}
    expected = {
        "Jeff Sessions",
        "Donald Trump",
        "Tommy Tuberville",
        "Doug Jones",
        "Roy Moore",
        "Robert Mueller",
    }
    assert expected <= persons
    assert len(persons) == len(expected), persons


def test_entities_seed_no_hover_card_names(seed):
    _doc, ents = seed
    every = " ".join(a for e in ents.entities for a in [e.name, *e.aliases])
    for name in HOVER_NOISE:
        assert name not in every


def test_entities_seed_every_sessions_token_is_jeff(seed):
    doc, ents = seed
    tokens = [t.i for t in doc if t.text == "Sessions"]
    assert len(tokens) >= 10
    for i in tokens:
        entity = ents.entity_at(i)
        assert entity is not None and entity.name == "Jeff Sessions", (i, doc[i].sent.text)


def test_entities_seed_the_president_is_trump(seed):
    doc, ents = seed
    hits = [t.i for t in doc if t.lower_ == "president" and doc[t.i - 1].lower_ == "the"]
    assert hits
    for i in hits:
        entity = ents.entity_at(i)
        assert entity is not None and entity.name == "Donald Trump"


def test_entities_seed_offices_party_and_card_aliases(seed):
    _doc, ents = seed
    sessions = _by_name(ents, "Jeff Sessions")
    assert [(o.title, o.status) for o in sessions.offices] == [("Attorney General", "former")]
    assert "Jefferson (Jeff) Beauregard Sessions" in sessions.aliases
    assert "Former Attorney General Jeff Sessions" in sessions.aliases
    trump = _by_name(ents, "Donald Trump")
    assert "Donald John Trump" in trump.aliases
    assert any(o.title == "President" for o in trump.offices)
    jones = _by_name(ents, "Doug Jones")
    assert jones.party == "Democratic Party"
    assert [o.title for o in jones.offices] == ["Senator"]
    mueller = _by_name(ents, "Robert Mueller")
    assert [(o.title, o.status) for o in mueller.offices] == [("Special Counsel", "former")]


def test_entities_seed_bodies_investigation_parties(seed):
    doc, ents = seed
    assert _by_name(ents, "Justice Department").type == "GovernmentBody"
    assert _by_name(ents, "Russia investigation").type == "Investigation"
    assert _by_name(ents, "Republican Party").type == "PoliticalParty"
    assert _by_name(ents, "White House").type == "GovernmentBody"
    # "recuse himself from the Justice Department's Russia investigation"
    i = next(t.i for t in doc if t.text == "investigation")
    assert ents.entity_of_span(doc[i - 4 : i + 1]).name == "Russia investigation"


def test_entities_seed_pronouns(seed):
    doc, ents = seed
    # "shot back at President Trump over his decision to recuse himself"
    his = next(t for t in doc if t.text == "his")
    assert ents.entity_at(his.i).name == "Jeff Sessions"
    himself = next(t for t in doc if t.text == "himself")
    assert ents.entity_at(himself.i).name == "Jeff Sessions"
    # "The president also touted his endorsement of ... Tommy Tuberville"
    touted = next(t for t in doc if t.text == "touted")
    assert ents.entity_at(touted.i + 1).name == "Donald Trump"
    # "Tommy Tuberville, who is running against Sessions"
    who = next(t for t in doc if t.text == "who" and doc[t.i - 2].text == "Tuberville")
    assert ents.entity_at(who.i).name == "Tommy Tuberville"


def test_entities_no_junk_entities(seed):
    _doc, ents = seed
    for e in ents.entities:
        assert e.name != "MORE"
        assert not e.name.isdigit()
        assert e.name[:1].isupper() or e.type in ("Election", "Investigation"), e
