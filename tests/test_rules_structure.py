"""Structural rules on hand-built parses: no statistical model, so each test fixes the parse
(words, heads, dependency labels, parts of speech, lemmas, entities) the rule is about, as
spaCy's own matcher tests do. A change of model cannot make these pass or fail."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from polkg.extract.cues import modality
from polkg.extract.entities import find_entities
from polkg.extract.grievance_possessives import Grievance, grievance
from polkg.extract.references import PronounResolver
from polkg.extract.syntax import clause_subject
from polkg.model import EntityRecord

VOCAB = spacy.blank("en").vocab  # lexical attributes (lower case, punctuation), no model


def parse(rows: list[tuple[str, int, str, str, str]], ents: list[str] | None = None) -> Doc:
    """A Doc from (word, head index, dep, POS, lemma) rows; tags follow the POS."""
    tags = {"PROPN": "NNP", "VERB": "VBD", "PRON": "PRP", "NOUN": "NN", "ADP": "IN"}
    words = [r[0] for r in rows]
    return Doc(
        VOCAB,
        words=words,
        spaces=[not w[:1].isalnum() or i + 1 < len(words) for i, w in enumerate(words)],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[tags.get(r[3], "XX") for r in rows],
        lemmas=[r[4] for r in rows],
        ents=ents,
    )


URGED = [  # "Senators urged Sessions to recuse"
    ("Senators", 1, "nsubj", "NOUN", "senator"),
    ("urged", 1, "ROOT", "VERB", "urge"),
    ("Sessions", 1, "dobj", "PROPN", "Sessions"),
    ("to", 4, "aux", "PART", "to"),
    ("recuse", 1, "xcomp", "VERB", "recuse"),
]


def test_rule_object_of_a_verb_of_asking_is_the_demanded_subject() -> None:
    doc = parse(URGED)
    subject, demand = clause_subject(doc[4])
    assert subject is not None and subject.text == "Sessions"
    assert demand  # urged to recuse: nobody says he did


def test_rule_coordinated_verb_shares_the_subject_only_across_and() -> None:
    rows = [  # "Trump slammed Sessions and praised Barr"
        ("Trump", 1, "nsubj", "PROPN", "Trump"),
        ("slammed", 1, "ROOT", "VERB", "slam"),
        ("Sessions", 1, "dobj", "PROPN", "Sessions"),
        ("and", 1, "cc", "CCONJ", "and"),
        ("praised", 1, "conj", "VERB", "praise"),
        ("Barr", 4, "dobj", "PROPN", "Barr"),
    ]
    subject, demand = clause_subject(parse(rows)[4])
    assert subject is not None and subject.text == "Trump" and not demand
    # the same arc without a conjunction is a misparsed new clause: its subject is unknown
    rows[3] = (",", 1, "punct", "PUNCT", ",")
    assert clause_subject(parse(rows)[4]) == (None, False)


@pytest.mark.parametrize(
    ("rows", "negated", "hedged"),
    [
        (
            [  # "Trump did not endorse Moore"
                ("Trump", 3, "nsubj", "PROPN", "Trump"),
                ("did", 3, "aux", "AUX", "do"),
                ("not", 3, "neg", "PART", "not"),
                ("endorse", 3, "ROOT", "VERB", "endorse"),
                ("Moore", 3, "dobj", "PROPN", "Moore"),
            ],
            True,
            False,
        ),
        (
            [  # "Trump may endorse Moore"
                ("Trump", 2, "nsubj", "PROPN", "Trump"),
                ("may", 2, "aux", "AUX", "may"),
                ("endorse", 2, "ROOT", "VERB", "endorse"),
                ("Moore", 2, "dobj", "PROPN", "Moore"),
            ],
            False,
            True,
        ),
        (
            [  # "Trump endorsed Moore"
                ("Trump", 1, "nsubj", "PROPN", "Trump"),
                ("endorsed", 1, "ROOT", "VERB", "endorse"),
                ("Moore", 1, "dobj", "PROPN", "Moore"),
            ],
            False,
            False,
        ),
    ],
    ids=["negated", "hedged", "asserted"],
)
def test_rule_modality_of_the_trigger(rows, negated: bool, hedged: bool) -> None:
    doc = parse(rows)
    trigger = next(t for t in doc if t.lemma_ == "endorse")
    found = modality(trigger, "endorses")
    assert (found.negated, found.hedged) == (negated, hedged)


SESSIONS = EntityRecord(name="Jeff Sessions", type="Person")


def pronouns(doc: Doc, named: dict[int, EntityRecord]) -> PronounResolver:
    """A resolver whose entity layer knows only the tokens in ``named``."""
    return PronounResolver(
        doc,
        lambda tok: named.get(tok.i),
        lambda tok, depth: named.get(tok.i),
        lambda i: None,
        lambda i: False,
        lambda i: None,
    )


def test_rule_non_person_reflexive_is_bound_by_its_clause_subject() -> None:
    doc = parse(  # "Google recused itself"
        [
            ("Google", 1, "nsubj", "PROPN", "Google"),
            ("recused", 1, "ROOT", "VERB", "recuse"),
            ("itself", 1, "dobj", "PRON", "itself"),
        ]
    )
    google = EntityRecord(name="Google", type="Organization")
    assert pronouns(doc, {0: google}).pronoun(doc[2]) == google


def test_rule_person_pronoun_is_the_entity_layers_answer() -> None:
    doc = parse(  # "Sessions recused himself": one rule set, the entity layer's
        [
            ("Sessions", 1, "nsubj", "PROPN", "Sessions"),
            ("recused", 1, "ROOT", "VERB", "recuse"),
            ("himself", 1, "dobj", "PRON", "himself"),
        ]
    )
    assert pronouns(doc, {0: SESSIONS, 2: SESSIONS}).pronoun(doc[2]) == SESSIONS
    # left unresolved by the entity layer: the rule layer does not guess a second answer
    assert pronouns(doc, {0: SESSIONS}).pronoun(doc[2]) is None


def test_rule_possessive_inside_a_grievance_is_the_target_s() -> None:
    doc = parse(  # "Trump attacked Sessions over his recusal": the recusal of the one attacked
        [
            ("Trump", 1, "nsubj", "PROPN", "Trump"),
            ("attacked", 1, "ROOT", "VERB", "attack"),
            ("Sessions", 1, "dobj", "PROPN", "Sessions"),
            ("over", 1, "prep", "ADP", "over"),
            ("his", 5, "poss", "PRON", "his"),
            ("recusal", 3, "pobj", "NOUN", "recusal"),
        ]
    )
    assert grievance(doc[4]) == Grievance(target=doc[2])
    assert grievance(doc[0]) is None


def test_rule_bare_surname_joins_the_full_name_of_the_document() -> None:
    rows = [  # "Jeff Sessions spoke . Sessions left ."
        ("Jeff", 1, "compound", "PROPN", "Jeff"),
        ("Sessions", 2, "nsubj", "PROPN", "Sessions"),
        ("spoke", 2, "ROOT", "VERB", "speak"),
        (".", 2, "punct", "PUNCT", "."),
        ("Sessions", 5, "nsubj", "PROPN", "Sessions"),
        ("left", 5, "ROOT", "VERB", "leave"),
        (".", 5, "punct", "PUNCT", "."),
    ]
    doc = parse(rows, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    found = find_entities(doc)
    assert [e.name for e in found.entities] == ["Jeff Sessions"]
    assert found.entity_at(4) is found.entity_at(1)
