"""A speech, report, complaint, brief or resolution speaks for whoever gives, files, drafts or
passes it (``arguments_words.json`` ``document_nouns``, ``issuing_verbs``; lexical38): "Trump
gave a speech attacking Clinton", "drafted a statement accusing Trump", "wrote an article
criticizing Trump", "The House passed a resolution condemning Trump". The participle or relative
clause on the document is the issuer's stance, as for "issued a statement condemning Trump"
(test_agents_described14). Sentences written after the directed-sentiment training split's
(``../shared/labeled/directed_sentiment/train.txt``) and the readable gold's forms."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # train.txt: "Donald Trump gave his first major speech of the election attacking ..."
        (
            "Donald Trump gave a speech attacking Hillary Clinton on Wednesday.",
            ("Donald Trump", "criticizes", "Hillary Clinton"),
        ),
        (
            "Senator John McCain delivered a speech praising Barack Obama.",
            ("John McCain", "endorses", "Barack Obama"),
        ),
        # train.txt: "European Union foreign ministers drafted a statement accusing Syria ..."
        (
            "Senator Elizabeth Warren drafted a statement accusing Donald Trump of lying.",
            ("Elizabeth Warren", "criticizes", "Donald Trump"),
        ),
        (
            "Senator Elizabeth Warren wrote an article criticizing Donald Trump.",
            ("Elizabeth Warren", "criticizes", "Donald Trump"),
        ),
        (
            "Senator Elizabeth Warren made a statement praising Joe Biden.",
            ("Elizabeth Warren", "endorses", "Joe Biden"),
        ),
        # a chamber's resolution, and its sponsor's
        (
            "The House of Representatives passed a resolution condemning Donald Trump.",
            ("House of Representatives", "criticizes", "Donald Trump"),
        ),
        (
            "Senator Chuck Schumer introduced a resolution condemning Donald Trump.",
            ("Chuck Schumer", "criticizes", "Donald Trump"),
        ),
        # remarks and testimony: "Comey's comments, delivered during testimony ..., turn up the
        # heat on the Trump administration" (allsides, audit-4)
        (
            "Donald Trump made comments praising Vladimir Putin.",
            ("Donald Trump", "endorses", "Vladimir Putin"),
        ),
        (
            "James Comey testified on Monday. Comey's testimony accused Donald Trump of lying.",
            ("James Comey", "criticizes", "Donald Trump"),
        ),
        # the document's own subject: a speech by its possessor (allsides, fresh s27: "Rubio's
        # concession speech rebuked Trump's divisive tactics")
        (
            "Barack Obama spoke in Ohio. Obama's speech attacked John McCain.",
            ("Barack Obama", "criticizes", "John McCain"),
        ),
    ],
)
def test_an_issued_document_speaks_for_its_issuer(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in edges(extractor, text)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # asked to give it: a demand, not a speech given
        (
            "Democrats urged Senator John McCain to give a speech condemning Donald Trump.",
            "John McCain",
        ),
        # read or received, not issued
        ("Senator John McCain read a report criticizing Donald Trump.", "John McCain"),
        ("Senator John McCain received a letter criticizing Donald Trump.", "John McCain"),
    ],
)
def test_a_document_not_issued_speaks_for_nobody(
    extractor: Extractor, text: str, subject: str
) -> None:
    assert not any(e[0] == subject and e[1] == "criticizes" for e in edges(extractor, text))
