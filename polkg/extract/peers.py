"""UK peers named by rank and surname ("Lord Goldsmith", "Baroness Scotland").

British news calls a life peer by rank and surname and rarely writes the given name; the
gold names such a person "Lord Janner", "Baroness Scotland". The rank is no honorific the name
finder knew, so the model's bare surname was a person named "Janner", a place ("Scotland"),
an organisation ("Tebbit") or nothing ("Lord Moynihan"). Here the word after a rank
(``patterns/peers.json``) is a personal name, and a person whom the text names only so is
called by rank and surname, with the territorial designation when the text writes one ("Lord
Roberts of Conwy"). A full name elsewhere in the text stays the name ("Neil Kinnock", with
"Lord Kinnock" an alias).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from polkg.extract.lexicon import given_genders, words
from polkg.extract.token_columns import token_columns


@functools.cache
def _peers() -> tuple[dict[str, str], frozenset[str]]:
    data = words("peers")
    return dict(data["peer_ranks"]), frozenset(data["not_peer_names"])


def peer_rank(doc: Doc, i: int) -> str | None:
    """The rank token ``i`` writes ("Lord", "Baroness") when the next token starts a peer's
    name: capitalised, alphabetic, no office word ("Lord Chancellor") and no given name ("Lord
    John Prescott")."""
    ranks, not_names = _peers()
    if not 0 <= i < len(doc) - 1 or doc[i].text not in ranks:
        return None
    nxt = doc[i + 1]
    if not (nxt.text[:1].isupper() and nxt.is_alpha) or nxt.lower_ in not_names:
        return None
    if nxt.lower_ in given_genders() and nxt.i + 1 < len(doc) and doc[nxt.i + 1].text[:1].isupper():
        return None
    return doc[i].text


def peer_gender(rank: str) -> str:
    """ "male" for a Lord, "female" for a Baroness (``peers.json``)."""
    return _peers()[0][rank]


def peer_name_spans(doc: Doc) -> list[tuple[int, int]]:
    """The surname spans written after a rank: "Dubs" in "Lord Dubs", "Campbell-Savours" (a
    hyphen glued inside the name stays in)."""
    spans: list[tuple[int, int]] = []
    ranks = _peers()[0]
    texts = token_columns(doc).text  # ``peer_rank`` asked only at a rank word
    for i in range(len(doc) - 1):
        if texts[i] not in ranks or peer_rank(doc, i) is None:
            continue
        end = i + 2
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end].whitespace_
            and not doc[end - 1].whitespace_
            and doc[end + 1].text[:1].isupper()
        ):
            end += 2
        spans.append((i + 1, end))
    return spans


def peer_name(doc: Doc, mentions: list[tuple[int, int]]) -> str | None:
    """ "Lord Roberts of Conwy": rank, the mention's words and a territorial designation ("of"
    and capitalised words) of the first mention written after a rank; None if none is."""
    for start, end in sorted(mentions):
        rank = peer_rank(doc, start - 1) if start > 0 else None
        if rank is None:
            continue
        name = f"{rank} {doc[start:end].text}"
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper():
            j = end + 1
            while (
                j < len(doc)
                and j - end <= 3
                and doc[j].text[:1].isupper()
                and doc[j].is_alpha
                and doc[j].ent_type_ != "DATE"  # "the advice of Lord Goldsmith of March 7"
            ):
                j += 1
            if j == end + 1:
                return name
            name = f"{name} of {doc[end + 1 : j].text}"
        return name
    return None
