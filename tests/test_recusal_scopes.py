"""A recusal from a scope around an investigation is a recusal from the investigation
(polkg/extract/recusal_scopes.py): "recused himself from oversight of the Russia
investigation", "from all matters related to the Russia investigation", "from Russia-related
matters", "from questions about Russia". Sentences in the style of the allsides articles the
census read (session 33), written for these tests."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor

RECUSED = ("Jeff Sessions", "recused_from", "Russia investigation")
OPENING = "Attorney General Jeff Sessions testified about the Russia investigation. "


def test_oversight_of_the_investigation(extractor: Extractor) -> None:
    text = OPENING + "Sessions had recused himself from oversight of the Russia investigation."
    assert RECUSED in edges(extractor, text)
    involvement = text.replace("oversight of", "any involvement in")
    assert RECUSED in edges(extractor, involvement)


def test_matters_related_to_the_investigation(extractor: Extractor) -> None:
    text = OPENING + "Sessions recused himself from all matters related to the Russia probe."
    assert RECUSED in edges(extractor, text)


def test_matters_told_by_the_investigations_topic(extractor: Extractor) -> None:
    text = OPENING + "Mr. Sessions recused himself from Russia-related matters in March."
    assert RECUSED in edges(extractor, text)
    questions = OPENING + "Jeff Sessions recused himself from questions about Russia."
    assert RECUSED in edges(extractor, questions)


def test_a_topic_no_named_investigation_carries_is_nothing(extractor: Extractor) -> None:
    # the one investigation named is the email probe: "Russia-related matters" are not it
    text = (
        "Attorney General Jeff Sessions testified about the Clinton email investigation. "
        "Sessions recused himself from Russia-related matters in March."
    )
    assert not any(r == "recused_from" for _s, r, _o in edges(extractor, text))


def test_another_act_is_no_scope(extractor: Extractor) -> None:
    # the decision to name a special counsel is an act of its own, not the investigation
    text = OPENING + "Sessions recused himself from the decision to name that special counsel."
    assert RECUSED not in edges(extractor, text)


def test_the_criticized_one_recused_not_the_critic(extractor: Extractor) -> None:
    # implicit causality: "criticized Sessions since he recused" is Sessions's recusal
    text = (
        OPENING + "Donald Trump has mocked and harshly criticized Sessions since he recused "
        "himself from oversight of the Russia probe."
    )
    found = edges(extractor, text)
    assert RECUSED in found
    assert not any(s == "Donald Trump" and r == "recused_from" for s, r, _o in found)
