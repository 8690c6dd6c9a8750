"""The subject of a clause above a pronoun (``governing_subjects.py``, session 22): a subject
that cannot be "he" or "she" hides no antecedent, a plural of persons points to its possessor,
and what its neighbours, a gapped clause and a generic bill noun, must not then produce.
Sentences from the allsides articles and audit batches 1-17; session 30: a plural subject
is never "him" or "his", which is then the nearest fitting person its sentence names before."""

from __future__ import annotations

import rule_edges
from referents import named

from polkg.extract import Extractor
from polkg.extract.syntax import gapped_clause


def _edges(nlp, text, date="2018-06-01"):
    return rule_edges.edges(Extractor(nlp), text, date)


def test_governing_subjects_a_plural_subjects_possessor_is_he(nlp):
    text = (
        "Leverage: it's the one thing Bernie Sanders' advisors and aides consistently point "
        "to when asked why, exactly, he's formally staying in the Democratic primary race "
        "that he's lost to Hillary Clinton."
    )
    assert ("Bernie Sanders", "opposes", "Hillary Clinton") in _edges(nlp, text, "2016-06-12")


def test_governing_subjects_we_hide_no_antecedent(nlp):
    text = (
        "For all of the national media attention on the radicalism of Alabama's wildly "
        "unfortunate GOP Senate candidate, Roy Moore, we hear little about his opponent, Doug "
        "Jones, who wants federal funding for abortion."
    )
    assert ("Doug Jones", "opposes", "Roy Moore") in _edges(nlp, text, "2017-12-01")


def test_governing_subjects_a_plural_without_possessor_still_blocks(nlp):
    # "Republicans urged him": not Biden, the subject of the sentence before (a plural subject
    # gives "him" only a person its own sentence names before it, and this one names nobody)
    text = (
        "Top US Democrats have called on Virginia Governor Ralph Northam to resign.\n\n"
        "Former Vice-President Joe Biden said Mr Northam had lost all moral authority. Black "
        'politicians in Virginia called it "disgusting" and Republicans also urged him to '
        "resign."
    )
    assert not any(o == "Joe Biden" for _, _, o in _edges(nlp, text, "2019-02-03"))


def test_governing_subjects_a_plural_subject_is_not_him(nlp):
    # fresh28 allsides (audit batch 5): "lawmakers such as Graham ..." cannot be "him", and
    # its listed members are that subject; the one it supports is Ratcliffe, named before
    text = (
        "His nominee to serve as director of national intelligence, John Ratcliffe, withdrew "
        "his name from consideration for the job in August of 2019. When Trump nominated "
        "Ratcliffe a second time for the nation\u2019s top intelligence job, Republican "
        "lawmakers such as Graham, then-Senate Intelligence Committee Chairman Richard Burr "
        "(R-N.C.) and Sen. Marco Rubio (R-Fla.) expressed stronger support for him, leaving "
        "observers baffled as to what had changed."
    )
    edges = _edges(nlp, text, "2020-03-01")
    assert ("Graham", "endorses", "John Ratcliffe") in edges
    assert ("Marco Rubio", "endorses", "John Ratcliffe") in edges


def test_governing_subjects_a_relative_on_a_plural_is_not_his(nlp):
    # audit batch 17: "Democrats who say his ...": his is Sessions', named before
    text = (
        "Sessions has drawn fire from Democrats who say his steadfast support of President "
        "Donald Trump's candidacy raises questions about whether he will be an independent "
        "attorney general."
    )
    assert ("Sessions", "endorses", "Donald Trump") in _edges(nlp, text, "2017-01-10")


def test_governing_subjects_a_plural_subject_under_another_persons_clause_blocks(nlp):
    # audit batch 12: whose rival, Trump's or the counsel's? Both are subjects above "his"
    text = (
        "Trump said he has not ruled out firing Robert Mueller. But he complained anew that "
        "the special counsel was hiring lawyers who donated to his general election rival "
        "Hillary Clinton and called him out for having interviewed for the job."
    )
    assert ("Hillary Clinton", "opposes", "Robert Mueller") not in _edges(nlp, text)


def test_governing_subjects_a_gapped_clause_names_no_objects(nlp):
    text = (
        "This should help their GOP opponents. It probably also will help Rep. Marsha "
        "Blackburn in her tough race against popular \u201cmoderate Democrat\u201d former Gov. "
        "Phil Bredesen in the race for the seat being vacated by Bob Corker, and perhaps Rick "
        "Scott in his race against Bill Nelson in Florida and Martha McSally against Kyrsten "
        "Sinema for Flake\u2019s opening seat in Arizona."
    )
    edges = _edges(nlp, text, "2018-10-01")
    assert ("Rick Scott", "opposes", "Bill Nelson") in edges
    assert not {("Rick Scott", "opposes", "Martha McSally")} & edges
    assert not {("Rick Scott", "opposes", "Kyrsten Sinema")} & edges


def test_governing_subjects_a_range_is_no_gapped_clause(nlp):
    doc = nlp(
        "Democrats have flocked to Clinton over the past week, from President Barack Obama "
        "to Sen. Elizabeth Warren to the AFL-CIO."
    )
    clinton = next(t for t in doc if t.text == "Clinton")
    assert gapped_clause(clinton) == frozenset()


def test_governing_subjects_his_legislation_is_no_constitution(nlp):
    text = (
        "\u201cThe president cannot erase the Constitution with an executive order,\u201d "
        "Ryan said.\n\n"
        "Sen. Lindsey Graham (R-S.C.) announced Tuesday that he would introduce legislation "
        "\u201calong the same lines as the proposed executive order from President Trump\u201d "
        "to end birthright citizenship, a policy change he has supported for years. It\u2019s "
        "unclear what his legislation would look like \u2015 and he has previously suggested "
        "such a change would require a constitutional amendment."
    )
    assert not any(o == "Constitution" for _, _, o in _edges(nlp, text, "2018-10-30"))


BETO = (
    "Those in the hacking group kept O'Rourke's participation a secret for years, according "
    "to Reuters. Some members have helped with political campaigning, including during his "
    "failed Senate race against Republican Ted Cruz."
)


def test_governing_subjects_a_plural_with_nobody_before_leaves_him_to_the_sentence_before(nlp):
    # recall-allsides (session 40): nobody before "his" in its sentence, the one man of the
    # sentence before is O'Rourke; Cruz inside "his ... race against" is not "his"
    edges = _edges(nlp, "Beto O'Rourke spoke on Friday. " + BETO, "2019-03-15")
    assert ("Beto O'Rourke", "opposes", "Ted Cruz") in edges


def test_governing_subjects_a_plural_leaves_him_open_when_another_may_be_meant(nlp):
    base = "Beto O'Rourke spoke on Friday. Those in the group kept O'Rourke's secret. "
    for second in (
        # a person after the pronoun, outside its phrase
        "Aides said his announcement would highlight Ted Cruz's skills.",
        # a name the layers gave nobody before it
        "Some members will vote for Rocky because of his hacking skills.",
        # an unnamed person before it
        "Some members want a president capable of his hacking skills.",
    ):
        assert named(nlp, base + second, "his") == [None], second
