"""Two mechanisms behind wrong edges of the audit (docs/precision.md, session 27), on small texts
written for them: each wrong reading makes no edge (or the right one), its true twin still makes
its edge."""

from __future__ import annotations

import pytest
from rule_edges import edges

from polkg.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a his/her in the "on"/"for" phrase of a verb of congratulating is the object's: the
        # victory is the congratulated one's, never the caller's
        (
            "Doug Jones, a former federal prosecutor in Alabama, said Sunday that Donald Trump "
            "called to congratulate him on his victory over Republican Roy Moore.",
            {("Doug Jones", "opposes", "Roy Moore")},
        ),
        # "rebuff" is turning someone or something away (a refusal), no verbal criticism
        (
            "The commission found that baker Jack Phillips violated the state's "
            "anti-discrimination law by rebuffing gay couple David Mullins and Charlie Craig.",
            set(),
        ),
        (
            "Senator Jack Phillips rebuked David Mullins and Charlie Craig.",
            {
                ("Jack Phillips", "criticizes", "David Mullins"),
                ("Jack Phillips", "criticizes", "Charlie Craig"),
            },
        ),
    ],
)
def test_precision27_mechanisms(extractor: Extractor, text: str, expected: set) -> None:
    assert edges(extractor, text) == expected
