"""Policies named by a common noun phrase ("opposes austerity", "support for gun control",
``policy_issues``): a Legislation entity only as the object of a stance, and a call for one is
its caller's backing (``patterns/relations_policies38.jsonl``). Sentences in the style of the
readable samples' articles (written for these tests; the first from fresh29's senate press
release), and the conversions of the Phoenix issue dictionary and of WordNet's nouns
(``scripts/convert_phoenix_issues.py``, ``scripts/convert_wordnet_policies.py``)."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from rule_edges import edges, flagged

from polkg.extract import Extractor
from polkg.extract.policy_issues import policy_phrases
from polkg.model import Document

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Texas was admitted to the Union over the objections of Senator Daniel Webster, who "
            "opposed annexation.",
            ("Daniel Webster", "opposes", "annexation"),
        ),
        (
            "Tory leader Michael Howard also faces a possible rebellion after deciding to back "
            "identity cards.",
            ("Michael Howard", "endorses", "identity cards"),
        ),
        (
            "Senator John Smith voted against sanctions on Russia.",
            ("John Smith", "opposes", "sanctions on Russia"),
        ),
        (
            "Republican presidential candidate Mitt Romney on Wednesday reiterated that he "
            "opposes same-sex marriage.",
            ("Mitt Romney", "opposes", "same-sex marriage"),
        ),
        (
            "Senator John Smith is an outspoken opponent of austerity.",
            ("John Smith", "opposes", "austerity"),
        ),
        (
            "Ben Carson argued for a two-tier minimum wage.",
            ("Ben Carson", "endorses", "two-tier minimum wage"),
        ),
        (
            "Senator John Smith called for tax cuts for the middle class.",
            ("John Smith", "endorses", "tax cuts for the middle class"),
        ),
        (
            "The Tories have promised pounds 4bn in tax cuts but have yet to say where they "
            "will fall.",
            ("Conservative Party", "endorses", "pounds 4bn in tax cuts"),
        ),
        (
            "President George W. Bush proposed $1.6 trillion in tax cuts.",
            ("George W. Bush", "endorses", "$1.6 trillion in tax cuts"),
        ),
        (
            '"Austerity is a disaster," said Senator John Smith.',
            ("John Smith", "criticizes", "austerity"),
        ),
    ],
)
def test_a_stance_on_a_policy_phrase_takes_it_as_object(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


def test_a_policy_phrase_no_stance_takes_is_no_entity(extractor: Extractor) -> None:
    result = extractor.process(
        Document(id="d", text="Senator John Smith spoke about austerity and gun control at length.")
    )
    assert [e.name for e in result.entities] == ["John Smith"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator John Smith did not support gun control.",
        "Senator John Smith may back tax cuts.",
        "Senator John Smith did not propose tax cuts.",
    ],
)
def test_a_denied_or_possible_stance_is_not_asserted(extractor: Extractor, text: str) -> None:
    found = flagged(extractor, text)
    assert found and not any(asserted for *_, asserted in found)


def test_a_call_for_a_policy_to_end_is_no_backing(extractor: Extractor) -> None:
    assert not edges(extractor, "Senator John Smith called for sanctions on Iran to be lifted.")


def test_an_owned_policy_is_its_owner_s_proxy(extractor: Extractor) -> None:
    found = edges(extractor, "Senator John Smith criticized Donald Trump's border wall.")
    assert ("John Smith", "criticizes", "Donald Trump") in found
    assert not any(obj == "border wall" for *_, obj in found)


def test_a_policy_phrase_does_not_come_between_a_bill_and_its_reference(
    extractor: Extractor,
) -> None:
    text = (
        "The tax bill was expected to add at least $1 trillion to the national debt, making it "
        "an unusual example of deficit spending on stimulative tax cuts. For months, Donald "
        "Trump has touted the bill as a middle-class tax cut."
    )
    assert ("Donald Trump", "endorses", "tax bill") in edges(extractor, text)


def test_phrases_are_expanded_as_the_dictionary_writes_them() -> None:
    phrases = policy_phrases()
    assert {("tax", "cut"), ("tax", "cuts"), ("same", "sex", "marriage")} <= phrases
    assert ("teacher",) not in phrases and ("poverty",) not in phrases
    assert ("compulsory", "mediation") not in phrases  # coined, in no broad vocabulary


def test_the_wordnet_converter_keeps_the_nouns_wordnet_lists() -> None:
    convert = runpy.run_path(str(REPO / "scripts" / "convert_wordnet_policies.py"))
    index_noun = (
        "  1 This software and database is being provided to you\n"
        "income_tax n 1 1 @ 1 0 06789012\ntax-increase n 1 1 @ 1 0 06789013\n"
        "amnesty n 3 2 @ ; 3 1 06789014\ncompulsory n 1 1 @ 1 0 06789015\n"
    )
    nouns = convert["wordnet_nouns"](index_noun)
    candidates = ("income n:tax", "tax n:increase", "compulsory mediation", "amnesty", "n:tax")
    assert convert["attested"](candidates, nouns) == ["income n:tax", "tax n:increase", "amnesty"]


def test_the_converter_keeps_policy_codes_only() -> None:
    convert = runpy.run_path(str(REPO / "scripts" / "convert_phoenix_issues.py"))
    text = "\n".join(
        [
            '<ISSUE CATEGORY="ECONOMIC" TYPE="ALL">',
            "austerity [AUSTERITY]",
            "n:privatization [PRIVATIZATION]",
            "v:privatize [PRIVATIZATION]",
            "bail+n:out [BAILOUT]",
            "poverty [POVERTY]",
            "n:teacher [TEACHERS]",
            "same+sex marriage [LGBT]",
            "n:homosexual [LGBT]",
            "~financial literacy",
            "</ISSUE>",
        ]
    )
    assert convert["policy_phrases"](text) == [
        "austerity",
        "bail out",
        "bail outs",
        "privatization",
        "privatizations",
        "same sex marriage",
    ]


def test_a_verb_coordinated_inside_a_noun_s_that_clause_has_no_subject(
    extractor: Extractor,
) -> None:
    # "advocated" may go on "confirmed" (Ryan's) as well as on "interfered": the parser hangs it
    # on the clause, whose subject would back sanctions against itself
    belief = "Paul Ryan confirmed his belief that the Russian government interfered"
    sanctions = "advocated for more economic sanctions against Russia."
    assert not edges(extractor, f"{belief} and {sanctions}")
    assert ("Paul Ryan", "endorses", "more economic sanctions against Russia") in edges(
        extractor, f"{belief}, and he {sanctions}"
    )
