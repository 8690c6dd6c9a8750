"""A speech verb set inside the clause it reports ("X had caused problems, he said, but there
was ..."; the parser hangs "said" on the reported verb as a parataxis): its subject pronoun is
the reporter, never the reported clause's subject, and the clause it interrupts is its report
(session 40, references40). Text from fresh38's BBC politics sample (bbc_politics_127, readable
since its check), undated as the BBC's texts are; a country's office there needs a word of
that country: "UK", "Britain", "British" count (``office_terms.json`` ``context_words``)."""

from __future__ import annotations

from referents import named
from rule_edges import edges

BROWN = (
    'Next year will be "make or break" for development in poorer countries Gordon Brown will '
    "say as he sets out UK goals for its EU and G8 presidencies.\n\n"
    "The chancellor is due to outline a series of key targets the government will be judged "
    "on in 2005. Mr Brown also wants other G8 nations to match his target for overseas aid. "
    "The chancellor is travelling to America next week as part of his persuasion drive over "
    "the issue. Agreement in the Doha development talks could also give developing nations "
    "the trading ability they needed, he argued. The European Union's Common Agricultural "
    "Policy had caused aggravated trade problems, he said, but there was now an agreement to "
    "end export subsidies."
)


def test_a_uk_text_names_its_chancellor(nlp):
    assert named(nlp, BROWN, "chancellor") == ["Gordon Brown", "Gordon Brown"]


def test_a_parenthetical_reporter_is_not_the_reported_subject(nlp):
    # "he" of "he said" is Brown, the reporter named before; the clause's subject (the
    # policy) governs no pronoun of the verb that interrupts it
    assert named(nlp, BROWN, "he")[-1] == "Gordon Brown"


def test_the_interrupted_clause_is_the_report(extractor):
    assert ("Gordon Brown", "criticizes", "Common Agricultural Policy") in edges(extractor, BROWN)


def test_a_person_subject_of_the_report_is_not_its_reporter(nlp):
    text = (
        "Joe Biden spoke in Iowa on Monday. Donald Trump had failed the farmers of the state, "
        "he said, but there was still time to help them."
    )
    assert named(nlp, text, "he") == ["Joe Biden"]


def test_without_the_country_the_office_stays_open(nlp):
    text = BROWN.replace("UK goals", "goals")
    assert named(nlp, text, "chancellor") == [None, None]


def test_a_reporter_between_subject_and_verb_is_not_that_subject(nlp):
    # allsides (session 40): "Bush, he said, seemed ..." speaks of Bush; the pronoun is the
    # reporter named before, not the subject the speech verb follows
    text = (
        "Robert Gates wrote a memoir about both presidents. Bush, he said, seemed to genuinely "
        "enjoy meeting with them, but Obama did not seem to feel the same."
    )
    assert named(nlp, text, "he") == ["Robert Gates"]


def test_a_speech_verb_inside_a_relative_clause_interrupts_no_subject(nlp):
    # allsides: the parser hangs "said" on the main verb "issued" after it; no comma opens the
    # speech verb's phrase after the subject, so McSally stays the "she" of her own relative
    text = (
        "Rep. Martha McSally, a House Republican running for Senate in Arizona whose track "
        "coach she said sexually abused her in high school, has issued vague statements."
    )
    assert named(nlp, text, "she") == ["Martha McSally"]
