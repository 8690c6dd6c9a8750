"""Two capitalised words after a title are a person's full name, even when the first is the
surname of someone else the text keeps naming ("Rep. Lee Zeldin" beside Sen. Mike Lee): the
trim that reads "Is Trump Kinbote ...?" as no name leaves such a titled pair alone, unless the
text gives that title to the surname's bearer it names in full ("Sen. Cornyn Statement on ..."
beside "Sen. John Cornyn"; ``name_trims._titled_other``). Audit batch 8's wrong edge, written
anew: Zeldin's quotation went to the speaker before him, Peter King, as Zeldin was nobody."""

from __future__ import annotations

from rule_edges import edges

from polkg.extract import Extractor
from polkg.model import Document

TWEETS = (
    "Sen. Mike Lee, R-Utah, pulled his endorsement from Roy Moore. Lee said the allegations were "
    "serious. Lee later spoke to reporters. Rep. Peter King spoke on Sunday. In a tweet, Rep. Lee "
    'Zeldin, R-N.Y., called for that "creepy Roy Moore dude" to step aside. "It is time for Roy '
    'Moore to go. He should step aside," he said.'
)


def test_a_titled_pair_is_a_full_name(extractor: Extractor):
    found = edges(extractor, TWEETS)
    assert ("Peter King", "criticizes", "Roy Moore") not in found
    assert ("Lee Zeldin", "criticizes", "Roy Moore") in found


def test_the_named_bearers_title_keeps_the_trim(extractor: Extractor):
    text = (
        "Sen. John Cornyn spoke on Monday. Cornyn said the bill was fair, and Cornyn praised it. "
        "Cornyn voted for it. STATEMENT: Sen. Cornyn Statement on Immigration Reform."
    )
    result = extractor.process(Document(id="d", text=text))
    assert "Cornyn Statement" not in {e.name for e in result.entities}
