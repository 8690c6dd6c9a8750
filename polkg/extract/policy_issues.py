"""Policies the text names by a common noun phrase, as the objects of stances on them.

"Who opposed annexation", "after deciding to back identity cards", "called for sanctions against
Moscow": a policy or programme is often named by no title and no bill noun, only by the phrase
the debate uses for it (austerity, sanctions, same-sex marriage, tax cuts). GUIDELINES lets
"opposes"/"endorses" take a named policy as object, and the gold records such rows. The
phrases are data (``patterns/policy_issues.json``: the policy codes of the Phoenix issue
dictionary, converted by ``scripts/convert_phoenix_issues.py``, plus 19 policy nouns of the
readable gold's misses that WordNet lists as nouns of their own,
``scripts/convert_wordnet_policies.py``: chosen from our gold, so gains on it are fitted, but
none is a phrase our text coined).

A topic is no actor: the phrase becomes a Legislation entity only as the object of an asserted or
reported stance. ``policy_issue_entities`` makes one for every such phrase no other entity owns
(the head of its noun phrase, no owner's name or possessive on it: "the Bush tax cuts",
"Trump's border wall" are their owners' proxies), and ``stance_objects`` keeps it only when a
relation rule took it as its object, after every rule has run. They are described entities
(``described_keys``): "the bill" never refers to them, authorship rules never reach them.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from polkg.extract.actors import Actors
from polkg.extract.lexicon import word_sets, words
from polkg.extract.mentions import DocState, Owner
from polkg.model import Assertion, EntityRecord


@functools.cache
def policy_phrases() -> frozenset[tuple[str, ...]]:
    """Every policy phrase as a tuple of lower-case words (hyphens as spaces): the Phoenix
    phrases as converted, the WordNet ones expanded as the dictionary's ``n:`` (noun and
    plural) says."""
    data = words("policy_issues")
    phrases: set[tuple[str, ...]] = set()
    for phrase in [*data["phoenix"], *data["wordnet"]]:
        forms: list[list[str]] = [[]]
        for word in phrase.lower().split():
            if word.startswith("n:"):
                stem = word[2:]
                options = [stem, plural(stem)]
            else:
                options = [word]
            forms = [[*f, o] for f in forms for o in options]
        phrases.update(tuple(f) for f in forms)
    return frozenset(phrases)


@functools.cache
def policy_heads() -> frozenset[str]:
    """The last words of the policy phrases ("control" of "gun control", "cuts" of "tax
    cuts"): a noun no phrase ends in heads none (``_phrase_start``), and the rules'
    ``@policy_heads``."""
    return frozenset(phrase[-1] for phrase in policy_phrases())


def plural(word: str) -> str:
    """The regular plural, as the Phoenix dictionary's ``n:`` makes it."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(tuple(words("policy_issues")["plural_es_endings"])):
        return word + "es"
    return word + "s"


def _words(tokens: list[Token]) -> list[str]:
    """Lower-case words, a hyphenated word split at its hyphens ("same-sex" -> same, sex)."""
    out: list[str] = []
    for t in tokens:
        out.extend(w for w in t.lower_.replace("-", " ").split() if w)
    return out


def policy_issue_entities(state: DocState, actors: Actors) -> None:
    """A Legislation entity for each policy phrase that heads a noun phrase no entity owns (see
    the module docstring); ``state.issue_keys`` lists them for ``stance_objects``. A sum told
    in the policy is the object the stance takes ("promised pounds 4bn in tax cuts"), so it
    heads the name then."""
    data = word_sets("policy_issues")
    doc = state.doc
    for tok in doc:
        start = _phrase_start(tok, state, data)
        if start is None:
            continue
        end = _told_end(tok, data)
        if len(doc[start:end]) > int(words("policy_issues")["max_words"]):
            end = tok.i + 1
        head = _sum(tok, state) or tok
        if head.i != tok.i:
            start = head.left_edge.i
        name = doc[start:end].text
        if _first(doc[start]) and doc[start].is_title:
            name = name[:1].lower() + name[1:]  # "Austerity is a disaster"
        key = ("Legislation", name.lower())
        if key not in state.others:  # else the entity the text named so already
            state.described_keys.add(key)
            state.issue_keys.add(key)
        forms = [name, doc[head.left_edge.i : end].text]
        actors.other_cluster(key, name, "Legislation", start, forms)
        state.owner[head.i] = Owner.of_other(key)
        state.mentions.append((head.i, head.i + 1, Owner.of_other(key)))


def _phrase_start(tok: Token, state: DocState, data: dict[str, frozenset[str]]) -> int | None:
    """Where the name of the policy ``tok`` heads starts (its modifiers: "a federal 15
    dollar minimum wage"), or None when ``tok`` heads no policy phrase no entity owns."""
    if tok.pos_ != "NOUN" or state.owner[tok.i] is not None:
        return None
    if tok.dep_ in data["modifier_deps"] or tok.is_upper or (tok.is_title and not _first(tok)):
        return None  # "the tax cut debate": a modifier; "Austerity" in a heading, a name
    last = _words([tok])
    if last and last[-1] not in policy_heads():
        return None  # no policy phrase ends in this noun
    if any(c.dep_ == "poss" for c in tok.children):
        return None  # "Trump's border wall": a possessed plan, its owner's
    doc = tok.doc
    mods = [c for c in tok.lefts if c.dep_ in data["modifier_deps"]]
    start = min((c.left_edge.i for c in mods), default=tok.i)
    if any(state.owner[i] is not None for i in range(start, tok.i)):
        return None  # "the Bush tax cuts", "Republican tax cuts": an owner's proxy
    lower = _words(list(doc[start : tok.i + 1]))
    phrases = policy_phrases()
    if not any(tuple(lower[-k:]) in phrases for k in range(1, len(lower) + 1)):
        return None
    for t in doc[start : tok.i]:
        if t.pos_ == "CCONJ" or t.lower_ in data["stops"]:
            start = t.i + 1  # "abortion and gay marriage": the last conjunct only
    while start < tok.i and (
        (doc[start].like_num and doc[start + 1].text != "-")
        or doc[start].is_punct
        or doc[start].lower_ in data["not_names"]
    ):
        start += 1  # "22,000 state-funded apprenticeships", "$250 million ...", a quote
    return start


def _sum(tok: Token, state: DocState) -> Token | None:
    """The sum a policy is told in, when the policy is the "in" phrase right after it
    ("pounds 4bn in tax cuts", "$1.6 trillion in tax cuts"): the stance's object token."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.i != tok.left_edge.i - 1 or prep.i < 1:
        return None
    amount = tok.doc[prep.i - 1]
    if not (amount == prep.head or (amount.head == prep.head and amount.dep_ in ("dobj", "obj"))):
        return None  # the parser may hang "in" on the verb: "promised pounds 4bn in tax cuts"
    if state.owner[amount.i] is not None:
        return None
    if amount.ent_type_ == "MONEY" or any(ch.isdigit() for ch in amount.text):
        return amount
    return None


def _first(tok: Token) -> bool:
    """Whether ``tok`` opens its sentence (after quotation marks): capitalised as any word."""
    return all(t.is_punct for t in tok.doc[tok.sent.start : tok.i])


def _told_end(head: Token, data: dict[str, frozenset[str]]) -> int:
    """Where the policy's name ends: after the head, or after the prepositional phrase right
    after it that tells whom or what the policy is for or against ("tax cuts for the wealthy",
    "sanctions on Russia", ``told_prepositions``), up to a stop (a comma, a dash, a bracket)."""
    end = head.i + 1
    for child in head.rights:
        if child.i != head.i + 1 or child.dep_ != "prep":
            continue
        if child.lower_ not in data["told_prepositions"]:
            continue
        if not any(
            c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME") for c in child.children
        ):
            continue
        end = child.right_edge.i + 1
        for t in head.doc[child.i : end]:
            if t.lower_ in data["stops"] or t.dep_ in ("relcl", "acl"):
                end = t.i
                break
    while end > head.i + 1 and head.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
        end -= 1
    return end


def stance_objects(
    records: list[EntityRecord], assertions: list[Assertion], issues: frozenset[str]
) -> tuple[list[EntityRecord], list[Assertion]]:
    """The records and assertions of a document without the policy phrases no stance took as
    its object (``issues``: their names), nor any assertion with one as its subject: a topic
    stays out of the graph unless someone is said to back or oppose it."""
    if not issues:
        return records, assertions
    kept = [a for a in assertions if a.subject not in issues]
    objects = {a.object for a in kept}
    return [r for r in records if r.name not in issues or r.name in objects], kept
