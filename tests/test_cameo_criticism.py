"""CAMEO's disapproval verbs no other criticism rule read (patterns/relations_cameo22.jsonl;
constructions.json cameo_criticism_verbs, cameo_at_verbs)."""

from __future__ import annotations

from rule_edges import edges, positive_and_unasserted

from polkg.extract import Extractor


def test_booing_and_disavowing_criticize(nlp):
    ex = Extractor(nlp)
    assert ("Republican Party", "criticizes", "Adam Schiff") in edges(
        ex, "Republicans booed Adam Schiff on Tuesday."
    )
    assert ("Paul Ryan", "criticizes", "Donald Trump") in edges(
        ex, "On June 7, Paul Ryan disavowed Donald Trump's comments about the judge."
    )


def test_passive_and_at_forms(nlp):
    ex = Extractor(nlp)
    assert ("Republican Party", "criticizes", "Adam Schiff") in edges(
        ex, "Adam Schiff was heckled by Republicans."
    )
    assert ("Mitch McConnell", "criticizes", "Mitt Romney") in edges(
        ex, "Mitch McConnell sniped at Mitt Romney on Sunday."
    )


def test_cues_still_apply(nlp):
    # the rule reads each sentence (its triple is there) and the cue leaves it unasserted
    ex = Extractor(nlp)
    for text, triple in (
        (
            "Muslim groups say Paul Ryan should repudiate Ben Carson.",
            ("Paul Ryan", "criticizes", "Ben Carson"),
        ),
        ("Paul Ryan did not disavow Donald Trump.", ("Paul Ryan", "criticizes", "Donald Trump")),
        (
            "Donald Trump tried to discredit Robert Mueller.",
            ("Donald Trump", "criticizes", "Robert Mueller"),
        ),
    ):
        assert positive_and_unasserted(ex, text) == (set(), {triple}), text


def test_nominal_forms_and_praise_nouns(nlp):
    ex = Extractor(nlp)
    assert ("Mitt Romney", "criticizes", "Donald Trump") in edges(
        ex, "Mitt Romney's repudiation of Donald Trump was swift."
    )
    assert ("Donald Trump", "endorses", "Vladimir Putin") in edges(
        ex, "Donald Trump's praise for Vladimir Putin drew criticism."
    )
    # no holder, no edge; a denied praise is none
    assert not edges(ex, "Praise for Nancy Pelosi was muted.")
    withheld = "Donald Trump withheld his praise for Vladimir Putin."
    praise = ("Donald Trump", "endorses", "Vladimir Putin")
    assert positive_and_unasserted(ex, withheld) == (set(), {praise})
