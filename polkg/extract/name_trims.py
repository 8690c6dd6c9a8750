"""Full names trimmed by the names the document writes elsewhere.

``NameFinder.collect_full_names`` (``mentions.py``) takes each candidate on its own; these two
passes read the candidates together, with the given names and the famous full names: a
capitalised first word before the surname of someone the document names in full is no given
name ("Longtime Obama aides ..."), and headline or caption words glued to a name the document
also writes on its own are cut off ("Add Donald Trump", "Jeff Sessions Forced Out").
``persons.PersonClusters`` clusters what is left.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from polkg.extract.lexicon import famous_full_names, given_genders
from polkg.extract.mentions import NOT_A_NAME, DocState
from polkg.extract.token_columns import token_columns

# a capitalised first word with these tags is a headline verb or adverb ("Removing Trump")
_NOT_NAME_TAGS = {"VB", "VBD", "VBG", "VBZ", "VBP", "RB", "UH", "MD", "IN", "DT"}


def drop_sentence_initial_words(
    state: DocState, names: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """ "Longtime Obama aides ...": a capitalised first word is not a given name when the
    rest is the surname of someone the document names in full."""
    doc = state.doc
    given = given_genders()
    auxiliaries = set(state.words["sentence_initial_auxiliaries"])
    firsts_of: dict[str, set[str]] = {}  # surname -> the first words written with it
    for s, e in names:
        if e - s >= 2 and (not doc[s].is_sent_start or doc[s].lower_ in given):
            firsts_of.setdefault(doc[e - 1].lower_, set()).add(doc[s].lower_)
    out = []
    for s, e in names:
        first = doc[s]
        for j in range(s + 2, e):
            if doc[j].text == first.text or (
                len(first.text) >= 3 and doc[j].text.startswith(first.text)
            ):
                e = j  # "John Kelly John Francis", "Jeff Sessions Jefferson (Jeff) ...":
                break  # a link card's leftover
        others = firsts_of.get(doc[e - 1].lower_, set()) - {first.lower_}
        if (
            e - s == 2
            and others
            # "Will Romney's words ...?", "3. Will Sessions invoke ...?": a question's
            # auxiliary, not the given name Will, when Mitt Romney is named in full
            and (
                (first.is_sent_start and first.lower_ not in given)
                or (
                    first.lower_ in auxiliaries
                    and (first.is_sent_start or (e < state.n and doc[e].tag_ == "VB"))
                )
            )
        ):
            s += 1
        out.append((s, e))
    return out


def trim_to_known_names(state: DocState, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut headline and caption words off a name the document also writes on its own:
    "Add Donald Trump", "CLOSE Donald Trump", "Jeff Sessions Forced Out", "Donald Trump
    Republican" -> the "Donald Trump" / "Jeff Sessions" written elsewhere. A leading verb
    or adverb ("Removing Trump", "Never Trump") is not a given name either. "Trump White
    House", "Trump Hotels": a name followed by a building or business word is not a person.
    A title written after the name ("Orrin G. Hatch Chairman, Senate ...") is cut off.
    """
    doc = state.doc
    given = given_genders()
    heads = set(state.words["non_person_heads"]) | set(state.words["non_person_next_words"])
    written = {
        tuple(t.lower_ for t in doc[s:e]) for s, e in names if e - s == 2 and doc[s].lower_ in given
    }
    known = written | famous_full_names()
    surnames = {k[-1] for k in written}  # of people this document names in full
    taken = {i for s, e in names for i in range(s, e)}
    auxiliaries = set(state.words["sentence_initial_auxiliaries"])
    counts = Counter(token_columns(doc).text)
    out = []
    for s, e in names:
        if e < state.n and doc[e].lower_ in heads and doc[e].pos_ != "VERB":
            continue  # "Trump White [House]", "Clinton [Foundation]"; not "Trump tweets"
        before = doc[s - 1] if s > 0 else None
        if (
            before is not None
            and before.tag_ == "NNP"
            and before.is_title
            and before.lower_ in given
            and before.lower_ not in auxiliaries
            and before.i not in taken
        ):
            s -= 1  # "Maryanne Trump Barry": the model cut off the given name
        if (
            e - s == 2
            and doc[s].lower_ in surnames
            and doc[s].lower_ not in given
            and tuple(t.lower_ for t in doc[s:e]) not in known
            and counts[doc[s].text] > 2 * counts[doc[s + 1].text]
            and not _titled_other(state, names, s)
        ):
            # "Is Trump Kinbote ...?", "Clinton Cash", "Maryanne Trump Barry" with its given
            # name cut off: a surname the text keeps using for someone it names in full,
            # before a word it seldom uses alone ("Emanuel Cleaver" next to Rahm Emanuel
            # stays a name: Cleaver recurs). Not a person, and not a bare mention either.
            for i in range(s, e):
                state.owner[i] = NOT_A_NAME
            continue
        if e - s >= 3 and tuple(t.lower_ for t in doc[s:e]) not in known:
            inner = [
                (a, a + 2)
                for a in range(s, e - 1)
                if tuple(t.lower_ for t in doc[a : a + 2]) in known
            ]
            suffixes = state.words["name_suffixes"]
            if len(inner) == 1:
                a, b = inner[0]
                extra = [t.lower_.rstrip(",") for t in [*doc[s:a], *doc[b:e]]]
                if not all(x in suffixes or x in (".", ",") for x in extra):
                    s, e = a, b  # "Donald Trump Jr." keeps its suffix
        while e - s >= 3 and doc[e - 1].lower_ in state.words["post_nominal_titles"]:
            e -= 1  # "Orrin G. Hatch Chairman, Senate Judiciary Committee"
        while e - s >= 2 and (
            (doc[s].tag_ in _NOT_NAME_TAGS and doc[s].lower_ not in given)
            or doc[s].lower_ in state.words["never_first_names"]  # "Never Trump"
        ):
            s += 1
        last = doc[e - 1].lower_
        if last.endswith("s") and (*(t.lower_ for t in doc[s : e - 1]), last[:-1]) in known:
            continue  # "the Donald Trumps of this world": not a person
        out.append((s, e))
    return out


def _titled_other(state: DocState, names: list[tuple[int, int]], s: int) -> bool:
    """Whether a title ends right before token ``s`` that the text never gives the bearer of
    that surname it names in full: "Rep. Lee Zeldin" beside "Sen. Mike Lee" is a
    representative's full name; "Sen. Cornyn Statement on ..." beside "Sen. John Cornyn" is
    the senator and a headline word."""
    title = _title_before(state, s)
    if title is None:
        return False
    surname = state.doc[s].lower_
    return not any(
        e - b >= 2
        and state.doc[e - 1].lower_ == surname
        and (other := _title_before(state, b)) is not None
        and other.id_ == title.id_
        for b, e in names
    )


def _title_before(state: DocState, s: int) -> Span | None:
    """The title span ending right before token ``s``, if any."""
    title = state.span_at[s - 1] if s > 0 else None
    return title if title is not None and title.label_ == "TITLE" else None
