"""Descriptions read against the gazetteer's dated seats (session 35): "the former Alabama
senator" is the Jeff Sessions a 2018 text titles attorney general, not the Doug Jones who holds
the seat; "the former senator" the one person named in full who left the Senate; "the GOP
senator" someone who sits in the Senate, not the Republican beside him who does not. Texts are
written for the tests in the style of the allsides stories the census read."""

from __future__ import annotations

from referents import named

from polkg.extract.legislators import affiliation, seat, seat_status

SESSIONS = (
    "Attorney General Jeff Sessions spoke in Mobile on Tuesday. "
    "Sen. Doug Jones and Sen. Luther Strange were there. "
    "The former Alabama senator praised the president."
)


def test_former_state_senator_is_who_left_the_seat(nlp):
    # Jones holds the seat (the text titles him), Strange too as far as the text says; the
    # gazetteer's Sessions left the Senate in February 2017
    assert named(nlp, SESSIONS, "senator", "2018-11-25") == ["Jeff Sessions"]


def test_former_state_senator_is_never_the_one_who_holds_it(nlp):
    text = "Sen. Doug Jones spoke in Mobile on Tuesday. The former Alabama senator praised him."
    assert named(nlp, text, "senator", "2018-11-25") == [None]


def test_former_senator_is_the_one_named_who_left_the_senate(nlp):
    text = (
        "Attorney General Jeff Sessions spoke on Tuesday. "
        "The former senator praised President Donald Trump."
    )
    assert named(nlp, text, "senator", "2018-06-01") == ["Jeff Sessions"]
    # before he left it, nobody of the text is a former senator
    assert named(nlp, text, "senator", "2016-06-01") == [None]


def test_former_senator_with_two_who_left_is_nobody(nlp):
    text = (
        "Attorney General Jeff Sessions and Barack Obama spoke on Tuesday. "
        "The former senator praised President Donald Trump."
    )
    assert named(nlp, text, "senator", "2018-06-01") == [None]


def test_party_senator_sits_in_the_senate(nlp):
    # Romney, a Republican, held no seat in 2017: the GOP senator is Heller
    text = (
        "When a reporter asked Sen. Dean Heller on Tuesday if he agrees with Republican Mitt "
        "Romney's criticism of Roy Moore, the GOP senator attacked Moore."
    )
    assert named(nlp, text, "senator", "2017-12-06") == ["Dean Heller"]


def test_executive_record_keeps_the_seat_in_congress():
    # the gazetteer's merge once dropped the historical list's Senate term of everyone with an
    # executive record, so Biden, Obama and Harris had no party or state
    assert affiliation(["joe"], "Biden", "2005-03-01") == ("Democratic Party", "Delaware")
    assert seat(["barack"], "Obama", "2006-03-01") == ("sen", "Illinois")
    # the seat ended when the vice presidency began
    assert seat_status(["joe"], "Biden", "sen", "2019-06-01") == "former"
    assert seat(["joe"], "Biden", "2019-06-01") is None


def test_seat_status_reads_dated_terms_only():
    assert seat_status(["jeff"], "Sessions", "sen", "2018-11-25") == "former"
    assert seat_status(["jeff"], "Sessions", "sen", "2016-01-01") == "current"
    assert seat_status(["ted"], "Cruz", "rep", "2019-01-01") == "never"
    assert seat_status(["harry"], "Reid", "sen", "2016-01-01") is None  # undated last term
    assert seat_status(["jeff"], "Sessions", "sen", None) is None


def test_former_member_with_an_undated_seat_beside_is_nobody(nlp):
    # Beto O'Rourke's House seat is the historical list's undated last term: the former
    # congressman may be he as well as Sanders, whose dated House terms ended in 2007
    text = (
        "Bernie Sanders and Beto O'Rourke spoke on Tuesday. "
        "The former congressman believes that he can personalize every issue."
    )
    assert named(nlp, text, "congressman", "2019-10-16") == [None]


def test_party_noun_after_an_indefinite_twin_is_that_unnamed_person(nlp):
    # "a Democrat familiar with the president's debate preparation" is someone new: "the
    # Democrat" who then speaks is he, not the Democrat the text names
    text = (
        "Barack Obama is so primed for a comeback that the number one piece of advice he is "
        "getting, according to a Democrat familiar with his debate preparation, is not to "
        "overreact. \u201cYou've got to take on this guy,\u201d the Democrat said."
    )
    assert "Barack Obama" not in named(nlp, text, "Democrat", "2012-10-15")
