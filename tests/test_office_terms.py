"""The dated office terms of patterns/office_terms.json, built by scripts/build_office_terms.py
from the congress-legislators leadership roles, the Phoenix dictionary and the hand entries."""

from __future__ import annotations

import itertools
import json
import runpy
from pathlib import Path

import pytest

from polkg.extract.legislators import appointee_at, former_holders
from polkg.extract.lexicon import PATTERN_DIR

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SCRIPT = REPO / "scripts" / "build_office_terms.py"

PHOENIX = """\
# United States Secretaries of Defense
US_SECRETARY_OF_DEFENSE_
+US_DEFENSE_SECRETARY_
\t[USAGOVMIL]
WILLIAM_PERRY_  # CountryInfo.txt
\t[USAGOVMIL 940203-970123]
ROBERT_M._GATES_  # CountryInfo.txt
\t[USAGOVMIL 061218-110701]
\t[USASPY 19860418-19890320]
ASHTON_CARTER
\t[USAGOVMIL 20111006-20131203]
\t[USAGOVMIL >20150217]
# U.S. Attorneys General
JOHN_ASHCROFT_  # CountryInfo.txt
\t[USAGOV 010202-050203]
"""


def test_no_two_people_hold_one_office_on_one_day() -> None:
    holders: dict[str, list[list[str]]] = {}
    for name in ("office_terms.json", "office_holders.json"):
        for title, terms in json.loads((PATTERN_DIR / name).read_text())["holders"].items():
            holders.setdefault(title, []).extend(terms)
    clashes = [
        (title, a[0], b[0])
        for title, terms in holders.items()
        for a, b in itertools.combinations(terms, 2)
        if a[1] != b[1] and a[-2] < b[-1] and b[-2] < a[-1]
    ]
    assert clashes == []


def test_other_posts_filed_under_an_office_are_no_terms_of_it() -> None:
    # Phoenix files Rice's years as national security adviser and Jeh Johnson's as the
    # Pentagon's general counsel under the secretaries: the secretary of the day is one person
    assert appointee_at("Secretary of State", "2004-06-01")[0] == "Colin Powell"
    assert appointee_at("Secretary of Homeland Security", "2010-05-01")[0] == "Janet Napolitano"
    assert "talbott" not in {h[0] for h in former_holders("Secretary of State", "2016-01-01")}


def test_leadership_terms_from_the_gazetteer_join_at_the_turn_of_a_congress() -> None:
    # McConnell's roles as majority leader, one per Congress, are one term; Reid's hand-entered
    # term ends the day his begins (the gazetteer's day, not the Senate's first sitting)
    assert appointee_at("Senate Majority Leader", "2015-01-04")[0] == "Mitch McConnell"
    assert appointee_at("Senate Majority Leader", "2019-01-03")[0] == "Mitch McConnell"
    assert appointee_at("Senate Majority Leader", "2014-12-31")[0] == "Harry Reid"
    assert appointee_at("House Minority Leader", "2015-01-04")[0] == "Nancy Pelosi"
    assert ("reid", frozenset({"harry"})) in former_holders("Senate Minority Leader", "2018-05-01")


def test_phoenix_office_section_keeps_its_own_code_and_drops_other_posts() -> None:
    build = runpy.run_path(str(SCRIPT))
    excluded = [{"entry": "ASHTON_CARTER", "term": "20111006-20131203", "reason": "deputy"}]
    terms = build["phoenix_terms"](PHOENIX.splitlines(), excluded)
    # Perry began before 1997, Gates's CIA years have another code, Carter's deputy years are
    # excluded and his own term is open; the next section is not the office's
    assert terms == {"Secretary of Defense": [["Robert M. Gates", "gates", "robert", *GATES]]}


GATES = ["2006-12-18", "2011-07-01"]


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "gazetteer").is_dir(), reason="needs ../shared (gazetteer)")
def test_build_reproduces_the_shipped_file(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "office_terms.json"
    argv = [str(SCRIPT), "--shared", str(SHARED), "--out", str(out)]
    monkeypatch.setattr("sys.argv", argv)
    monkeypatch.chdir(REPO)
    runpy.run_path(str(SCRIPT), run_name="__main__")
    assert out.read_text() == (PATTERN_DIR / "office_terms.json").read_text()


HOLDERS_SCRIPT = REPO / "scripts" / "build_office_holders.py"

PHOENIX_CABINET = """\
# U.S. Secretaries of State
LAWRENCE_EAGLEBURGER_  # CountryInfo.txt
\t[USAGOV 19890120-19920823] # Dep Sec State
\t[USAGOV 920823-930119] # Secretary of State
WILLIAM_ROGERS_  # CountryInfo.txt
\t[USAGOV 690122-730903]
\t[USAGOV 571023-610120]
# United States Secretaries of Defense
ELLIOT_RICHARDSON_  # CountryInfo.txt
\t[USAGOVMIL 730130-730524]
\t[USAGOV 730525-731020]
# U.S. Attorneys General
ROBERT_H._BORK_  # CountryInfo.txt
\t[USAGOV 731020-740104]
WILLIAM_B._SAXBE_  # CountryInfo.txt
\t[USAGOV 740104-750114]
"""


def test_cabinet_holders_leave_out_acting_days_and_take_terms_filed_elsewhere() -> None:
    hand = json.loads((REPO / "scripts" / "office_terms_hand.json").read_text())
    found = runpy.run_path(str(HOLDERS_SCRIPT))["holders"](PHOENIX_CABINET.splitlines(), hand)
    # Eagleburger acted from August and was Secretary from December; Rogers's and Richardson's
    # years as attorney general are filed under other offices; Bork only acted
    assert found == {
        "Secretary of State": [
            ["William Rogers", "rogers", "william", "1969-01-22", "1973-09-03"],
            ["Lawrence Eagleburger", "eagleburger", "lawrence", "1992-12-08", "1993-01-19"],
        ],
        "Attorney General": [
            ["William Rogers", "rogers", "william", "1957-10-23", "1961-01-20"],
            ["Elliot Richardson", "richardson", "elliot", "1973-05-25", "1973-10-20"],
            ["William B. Saxbe", "saxbe", "william", "1974-01-04", "1975-01-14"],
        ],
    }


def test_an_acting_holder_holds_no_office_and_is_no_former_holder() -> None:
    assert appointee_at("Attorney General", "2007-10-01") is None  # Keisler acted
    assert appointee_at("Secretary of Homeland Security", "2002-06-01") is None  # Ridge advised
    assert appointee_at("Secretary of State", "1992-12-20")[0] == "Lawrence Eagleburger"
    former = {surname for surname, _ in former_holders("Attorney General", "2017-05-10")}
    assert {"richardson", "rogers", "holder"} <= former
    assert not {"keisler", "filip", "bork", "gerson"} & former
