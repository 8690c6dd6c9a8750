"""The entity layer's components work alone over one hand-made ``DocState``: a resolver reads
the state it is given (and the components it names), not a chain of ancestors, so a rule can
be tested on a small fixture without running the steps before it."""

from __future__ import annotations

from polkg.extract.descriptions import DescriptionReferences
from polkg.extract.mentions import DocState, OtherCluster, Owner, PersonCluster
from polkg.extract.organization_references import OrganizationReferences


def _organization_state(nlp, text: str, names: list[str]) -> DocState:
    """The state as discovery would leave it: each of ``names`` an organisation owning its
    tokens (no NER, no other step)."""
    doc = nlp(text)
    state = DocState(doc, None)
    for name in names:
        start = next(t.i for t in doc if doc[t.i : t.i + len(name.split())].text == name)
        key = ("Organization", name.lower())
        state.others[key] = OtherCluster(name=name, type="Organization", first_token=start)
        for i in range(start, start + len(name.split())):
            state.owner[i] = Owner.of_other(key)
        state.mentions.append((start, start + len(name.split()), Owner.of_other(key)))
    return state


def test_organization_references_alone_resolve_the_group(nlp):
    state = _organization_state(
        nlp,
        "New Florida Majority held a rally on Monday. The group endorsed Warren.",
        ["New Florida Majority"],
    )
    OrganizationReferences(state).organization_references()
    group = next(t for t in state.doc if t.lower_ == "group")
    key = Owner.of_other(("Organization", "new florida majority"))
    assert state.owner[group.i] == key
    assert (group.i, group.i + 1, key) in state.mentions
    assert "group" in state.others[key.other].aliases


def test_organization_references_alone_leave_two_candidates_open(nlp):
    state = _organization_state(
        nlp,
        "New Florida Majority and Color of Change held a rally. The group endorsed Warren.",
        ["New Florida Majority", "Color of Change"],
    )
    OrganizationReferences(state).organization_references()
    group = next(t for t in state.doc if t.lower_ == "group")
    assert state.owner[group.i] is None


def test_party_description_alone_finds_the_one_fitting_person(nlp):
    doc = nlp("Kamala Harris spoke on Monday. The California Democrat criticized the plan.")
    state = DocState(doc, None)
    state.persons.append(
        PersonCluster(
            surname="Harris",
            givens={"kamala"},
            names=["Kamala Harris"],
            party="Democratic Party",
            state="California",
        )
    )
    for i in (0, 1):
        state.owner[i] = Owner.of_person(0)
    party = next(sp for sp in state.spans if sp.label_ == "PARTY")
    found = DescriptionReferences(state).party_description(party, [(0, 0)])
    democrat = next(t for t in doc if t.text == "Democrat")
    assert found == (0, democrat.i + 1)
    # another state's Democrat is somebody else
    state.persons[0].state = "Texas"
    assert DescriptionReferences(state).party_description(party, [(0, 0)]) is None
