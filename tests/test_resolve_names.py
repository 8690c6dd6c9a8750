"""Name handling and resolution rules: titles, keys, namesakes, bare surnames, other types."""

from __future__ import annotations

import pytest

from polkg.graph.names import entity_key, parse_person, slugify, strip_titles, title_hints
from polkg.graph.resolve import Fragment, resolve


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Former Attorney General Jeff Sessions", "Jeff Sessions"),
        ("Democratic Sen. Doug Jones", "Doug Jones"),
        ("Alabama Sen. Doug Jones", "Doug Jones"),
        ("President Trump", "Trump"),
        ("Gov. Jim Justice", "Jim Justice"),  # "Justice" the surname survives
        ("Secretary of State Mike Pompeo", "Mike Pompeo"),
        ("Robert (Bob) Mueller", "Robert (Bob) Mueller"),
        ("Then-Sen. Barack Obama", "Barack Obama"),
        ("President Trump Thursday", "Trump"),
        ("Jean-Pierre Smith", "Jean-Pierre Smith"),
    ],
)
def test_resolve_strip_titles(written: str, name: str) -> None:
    assert strip_titles(written) == name


def test_resolve_title_hints() -> None:
    assert title_hints("President Trump") == {"president"}
    assert title_hints("Vice President Mike Pence") == {"vice president"}
    assert title_hints("Former Attorney General Jeff Sessions") == {"attorney general"}
    assert title_hints("Jeff Sessions") == set()
    assert title_hints("Then-Sen. Barack Obama") == {"senator"}
    assert title_hints("Former Vice-President Joe Biden") == {"vice president"}
    assert title_hints("President Trump Thursday") == {"president"}


def test_resolve_name_keys() -> None:
    assert parse_person("Donald John Trump").keys() == {"donald|trump"}
    assert parse_person("Donald Trump Jr.").keys() == {"donald|trump|jr"}
    assert parse_person("Jefferson (Jeff) Beauregard Sessions III").keys() == {
        "jefferson|sessions",
        "jeff|sessions",
    }
    assert parse_person("Sessions").bare
    assert parse_person("the president") is None


def test_resolve_names_differing_by_titles_are_parsed_once() -> None:
    """A person's forms that differ only by their titles are one nameparser parse (speed)."""
    from polkg.graph.names import _parse_untitled

    before = _parse_untitled.cache_info().misses
    titled = parse_person("Former Sen. Zebulon Q. Quxworthy")
    assert titled is not None and titled.keys() == {"zebulon|quxworthy"} and titled.middle == "Q"
    assert parse_person("Zebulon Q. Quxworthy") == titled
    assert parse_person("Sen. Zebulon Q. Quxworthy") == titled
    assert _parse_untitled.cache_info().misses == before + 1


def test_resolve_slugs_are_ascii_and_hyphenated() -> None:
    assert slugify("Donald Trump") == "donald-trump"
    assert slugify("Russia investigation") == "russia-investigation"
    assert slugify("Beto O'Rourke") == "beto-orourke"
    assert slugify("Ben Ray Luján") == "ben-ray-lujan"
    assert entity_key("the Justice Department's") == "justice department"


def frag(fid: int, name: str, *aliases: str, type_: str = "Person", titles=(), date=None):
    offices = [{"title": t, "status": "current", "doc": f"d{fid}"} for t in titles]
    return Fragment(fid, type_, name, {name, *aliases}, {f"d{fid}"}, date=date, offices=offices)


def groups(fragments) -> list[list[str]]:
    clusters = resolve(fragments)
    return sorted(sorted(f"{f.fid}:{f.canonical}" for f in c.fragments) for c in clusters)


def test_resolve_namesake_son_stays_apart() -> None:
    found = groups(
        [frag(0, "Donald Trump"), frag(1, "Donald Trump Jr."), frag(2, "Donald John Trump")]
    )
    assert found == [["0:Donald Trump", "2:Donald John Trump"], ["1:Donald Trump Jr."]]


def test_resolve_link_card_nickname_joins_both_names() -> None:
    found = groups(
        [
            frag(0, "Robert Mueller", "Robert (Bob) Mueller"),
            frag(1, "Bob Mueller"),
            frag(2, "Robert Mueller"),
        ]
    )
    assert found == [["0:Robert Mueller", "1:Bob Mueller", "2:Robert Mueller"]]


def test_resolve_bare_surname_with_relatives_needs_a_title() -> None:
    people = [frag(0, "Donald Trump", titles=("President",)), frag(1, "Ivanka Trump")]
    plain = groups([*people, frag(2, "Trump")])
    assert ["2:Trump"] in plain  # Donald or Ivanka? not guessed
    titled = groups([*people, frag(2, "Trump", "President Trump")])
    assert ["0:Donald Trump", "2:Trump"] in titled


def test_resolve_stray_alias_of_another_surname_does_not_merge() -> None:
    found = groups([frag(0, "Jeff Sessions", "Tommy Tuberville"), frag(1, "Tommy Tuberville")])
    assert found == [["0:Jeff Sessions"], ["1:Tommy Tuberville"]]


def test_resolve_other_types_merge_by_name_and_proper_aliases() -> None:
    found = groups(
        [
            frag(0, "Justice Department", "the Justice Department", type_="GovernmentBody"),
            frag(1, "Department of Justice", "DOJ", "Justice Department", type_="GovernmentBody"),
            frag(2, "the Justice Department", "Justice Department", type_="GovernmentBody"),
            frag(3, "Russia investigation", "investigation", type_="Investigation"),
            frag(4, "Mueller investigation", "investigation", type_="Investigation"),
        ]
    )
    assert found == [
        ["0:Justice Department", "1:Department of Justice", "2:the Justice Department"],
        ["3:Russia investigation"],
        ["4:Mueller investigation"],  # a common-noun alias glues nothing
    ]


def test_resolve_same_name_different_types_stay_apart() -> None:
    found = groups([frag(0, "Alabama", type_="Place"), frag(1, "Alabama", type_="Organization")])
    assert found == [["0:Alabama"], ["1:Alabama"]]


def test_resolve_party_spellings_are_one_party() -> None:
    found = groups(
        [
            frag(0, "GOP", type_="PoliticalParty"),
            frag(1, "Republican Party", "Republicans", type_="PoliticalParty"),
            frag(2, "Democrats", type_="PoliticalParty"),
        ]
    )
    assert found == [["0:GOP", "1:Republican Party"], ["2:Democrats"]]
