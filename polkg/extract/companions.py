"""Companions share the stance of the clause's subject: "Collins, along with Murkowski, opposed
the bill" and "McCain opposed the bill, as did Collins" state Murkowski's and Collins's
opposition too, although neither is the verb's subject.

Two constructions, both read off the subject token the rule found (``patterns/companions.json``):
a companion set off beside the subject ("along with", "together with", "alongside"), after it
or opening the clause right before it ("Along with Graham, McCain criticized the deal"), and the
subject of an elided repeat of the subject's verb: an "as" clause or a coordinated clause with
"so"/"too" whose verb is a bare auxiliary ("as did Collins", "and so did Graham"), the
pro-verb "do" or the auxiliary the repeated clause has ("had given ..., as had O'Malley"; not
"praised Brown as the best chancellor Britain has had"). A modal left
behind ("as will Collins") predicts, and an auxiliary with its own object or negation is a
clause of its own, so neither is read. The main clause's negation and hedges govern the
companions as they govern the subject (the caller applies one modality to all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from polkg.extract.arguments import Argument, ArgumentResolver
from polkg.extract.lexicon import word_sets

# heads climbed from a stance word to the gerund of "joined Y in <gerund> ...": "making (1)
# statements (2) of (3) support (4)" is the deepest form the readable text shows, plus a margin
JOIN_IN_DEPTH = 6


def companion_arguments(
    resolver: ArgumentResolver, subject: Token, trigger: Token, *, exclude: Iterable[int] = ()
) -> list[Argument]:
    """The entities that share ``subject``'s stance as companions or elided repeats."""
    skip = [*exclude, subject.i]
    # a companion group lists its members: "along with many cosponsors, including Senator
    # Feinstein and Senator McCain, I introduced this bill"
    return [
        a
        for tok in companions(subject, trigger)
        for a in resolver.resolve(tok, exclude=skip, listed=True)
    ]


def companions(subject: Token, trigger: Token) -> list[Token]:
    """Tokens standing beside ``subject`` ("along with Y") or subjects of an elided repeat of
    the clause that states the stance ("as did Y"): the verb ``subject`` is the subject of
    ("voted to block the bill, as did Collins"), or the trigger verb itself when the rule
    found the subject elsewhere ("had given the bill his support, as had O'Malley")."""
    verbs = {trigger} if trigger.pos_ in {"VERB", "AUX"} else set()
    if subject.dep_ in {"nsubj", "nsubjpass"}:
        verbs.add(subject.head)
    found = [*_beside(subject), *_fronted(subject), *_joined_in(trigger, subject)]
    found += [t for t in _cosponsors(subject, trigger) if t not in found]
    for verb in sorted(verbs, key=lambda t: t.i):
        found += [t for t in _elided_repeats(verb) if t not in found]
    return found


def _beside(subject: Token) -> list[Token]:
    lex = word_sets("companions")
    found: list[Token] = []
    for c in subject.children:
        if c.dep_ not in {"prep", "acl"} or c.i < subject.i:
            continue
        if c.dep_ == "prep" and c.lower_ in lex["companion_preps"]:
            found.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "acl" and c.lemma_.lower() in lex["joined_by_verbs"]:
            for w in c.children:
                if w.dep_ == "agent":
                    found.extend(p for p in w.children if p.dep_ == "pobj")
        elif c.lower_ in lex["companion_leads"]:
            for w in c.children:
                if w.dep_ == "prep" and w.lower_ == "with":
                    found.extend(p for p in w.children if p.dep_ == "pobj")
    return found


def _cosponsors(subject: Token, trigger: Token) -> list[Token]:
    """The names a sponsor verb introduces "with": its co-sponsors. "the Kids Safe Chemicals
    bill, S.1391, which I introduced with Senator Lautenberg", "The bill was introduced by Sen.
    Ted Stevens and Sen. Daniel Inouye, with Sens. Trent Lott, ...", "a proposal he has
    sponsored along with Sens. Lindsey Graham ...". The "with" phrase hangs on the verb, on its
    object or on the passive's agent (the parser's choices); only a name is read ("introduced
    the bill with bipartisan support" names nobody). Sponsor verbs: ``constructions.json``."""
    if trigger.lemma_.lower() not in word_sets("constructions")["sponsor_verbs"]:
        return []
    lex = word_sets("companions")
    heads = [trigger, *(c for c in trigger.children if c.dep_ in {"dobj", "obj"})]
    if subject.dep_ == "pobj" and subject.head.dep_ == "agent" and subject.head.head == trigger:
        heads.append(subject)
    heads += _sponsor_participles(trigger, heads)
    found: list[Token] = []
    for head in heads:
        for c in head.children:
            if c.dep_ != "prep" or c.i < trigger.i:
                continue
            if c.lower_ in lex["cosponsor_preps"]:
                withs = [c]
            elif c.lower_ in lex["companion_leads"]:  # "along with X" on the verb
                withs = [w for w in c.children if w.lower_ in lex["cosponsor_preps"]]
            else:
                continue
            found += [p for w in withs for p in w.children if p.dep_ == "pobj"]
    return [t for t in found if t.pos_ == "PROPN"]


def _sponsor_participles(trigger: Token, heads: list[Token]) -> list[Token]:
    """A sponsor participle set after the sponsor's clause or on its object, whose "with" names
    introduced the bill too: "Domenici is an original cosponsor of the National Affordable
    Housing Trust Fund Act of 2007, introduced in the Senate today with Senators John Kerry
    (D-Mass.), Bernie Sanders (I-Vt.), ..." (the parser hangs "introduced" on "is" or on the
    act). Only a past participle of a sponsor verb (``constructions.json``), after the trigger."""
    sponsor_verbs = word_sets("constructions")["sponsor_verbs"]
    holders = [
        *heads,
        trigger.head,
        *(p for c in trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"),
    ]
    return [
        c
        for h in holders
        for c in h.children
        if c.dep_ in {"acl", "advcl"}
        and c.tag_ == "VBN"
        and c.i > trigger.i
        and c.lemma_.lower() in sponsor_verbs
        and c not in heads
    ]


def _fronted(subject: Token) -> list[Token]:
    """A companion set off before the clause, right before its subject: "Along with Sen.
    Lindsey Graham, McCain criticized the deal", "Together with Pelosi, Schumer ...",
    "Alongside Pelosi, ...". The phrase hangs on the subject's verb and ends in the comma that
    stands right before the subject; a pronoun there is no companion read here."""
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    doc = subject.doc
    lex = word_sets("companions")
    found: list[Token] = []
    for c in subject.head.children:
        comma = c.right_edge.i if c.right_edge.text == "," else c.right_edge.i + 1
        if c.dep_ != "prep" or comma + 1 != subject.left_edge.i or doc[comma].text != ",":
            continue
        low = c.lower_
        if low in lex["companion_preps"]:
            found += [p for p in c.children if p.dep_ == "pobj"]
        elif low in lex["companion_leads"]:  # "Along with X": "with" hangs on "along"
            withs = [w for w in c.children if w.lower_ == "with"]
            found += [p for w in withs for p in w.children if p.dep_ == "pobj"]
        elif low == "with" and any(a.lower_ in lex["companion_leads"] for a in c.children):
            found += [p for p in c.children if p.dep_ == "pobj"]  # "Together with X"
    return [t for t in found if t.pos_ in {"PROPN", "NOUN"}]


def _joined_in(trigger: Token, subject: Token) -> list[Token]:
    """Who shares the act of the gerund of "joined Y in criticizing Z": the object Y, and the
    "with" phrase of "joined with Y" and "joined forces with Y" (lexical34; the passive "X was
    joined by Y in ..." gives the gerund no subject the rules read). ``trigger`` is the gerund, or a
    stance word inside its phrase when the stance's subject is the subject of "join": "has
    joined Sen. Ben Sasse in making public statements of support for Sessions". A clause of its
    own inside the phrase ("in blocking a bill that Trump supported": its subject is Trump) is
    no shared act."""
    gerund = _in_gerund(trigger)
    infinitive = _join_infinitive(trigger) if gerund is None else None
    act = gerund or infinitive
    if act is None:
        return []
    verb = act.head if infinitive is not None else act.head.head
    if verb.lemma_.lower() not in word_sets("companions")["join_in_verbs"]:
        return []
    if act != trigger and not (subject.dep_ == "nsubj" and subject.head == verb):
        return []
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if infinitive is not None:
        # "joined Akaka and 9 other senators to back a measure": named actors only; "joined
        # the Senate to ..." joins a body as its member, who shares no act of it
        objects = [o for o in objects if o.pos_ == "PROPN" and not _determined(o)]
    withs = [
        p
        for h in (verb, *objects)
        for w in h.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for p in w.children
        if p.dep_ == "pobj"
    ]
    return objects + withs


def _join_infinitive(trigger: Token) -> Token | None:
    """The "to" infinitive of "joined Y to <verb> ..." that holds ``trigger`` (session 39:
    "Murray and Cantwell joined Akaka and 9 other senators earlier this year to back a measure
    (S. 2305)", "Collins joined Democrats to vote against the bill"), climbing as ``_in_gerund``
    does (an adverbial clause is the infinitive itself, so no stop), else None."""

    def infinitive(node: Token) -> bool:
        return (
            node.dep_ in {"advcl", "xcomp"}
            and node.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and node.head.lemma_.lower() in word_sets("companions")["join_in_verbs"]
        )

    return _climb_to(trigger, infinitive, {"relcl", "ccomp", "conj", "parataxis"})


def _determined(tok: Token) -> bool:
    """Whether a name carries a determiner ("the Senate", "the Democratic Party")."""
    return any(c.dep_ == "det" for c in tok.children)


def _in_gerund(trigger: Token) -> Token | None:
    """The gerund of the "in" phrase that holds ``trigger`` (itself, or the gerund whose phrase
    it is in, climbing at most ``JOIN_IN_DEPTH`` heads and through no clause with a subject of
    its own), else None."""

    def gerund(node: Token) -> bool:
        return node.dep_ == "pcomp" and node.head.lower_ == "in" and node.head.dep_ == "prep"

    return _climb_to(trigger, gerund, {"relcl", "ccomp", "advcl", "conj", "parataxis"})


def _climb_to(trigger: Token, found: Callable[[Token], bool], stops: set[str]) -> Token | None:
    """The first of ``trigger`` and its heads that is ``found``, climbing at most
    ``JOIN_IN_DEPTH`` heads, through no clause with a subject of its own and through no arc
    of ``stops``; else None (``_in_gerund``, ``_join_infinitive``)."""
    node = trigger
    for _ in range(JOIN_IN_DEPTH):
        if found(node):
            return node
        if node != trigger and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            return None
        if node.dep_ in stops or node.head == node:
            return None
        node = node.head
    return None


def _elided_repeats(verb: Token) -> list[Token]:
    lex = word_sets("companions")
    found: list[Token] = []
    for clause in verb.children:
        if clause.i < verb.i or clause.lemma_.lower() not in lex["ellipsis_verbs"]:
            continue
        deps = {c.dep_ for c in clause.children}
        if deps & lex["clause_dependents"] or not _repeats(clause, verb, lex["pro_verbs"]):
            continue
        marked = clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lex["ellipsis_marks"] for c in clause.children
        )
        repeated = clause.dep_ == "conj" and any(
            c.dep_ == "advmod" and c.lower_ in lex["ellipsis_adverbs"] for c in clause.children
        )
        if marked or repeated:
            found.extend(c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"})
    return found


def _repeats(clause: Token, verb: Token, pro_verbs: frozenset[str]) -> bool:
    """Whether ``clause``'s verb can be the auxiliary left of ``verb``'s clause: a pro-verb
    ("as Collins has done", "as did Collins"), or the very auxiliary ``verb`` has ("had given
    the bill his support, as had O'Malley"). A "have" or "be" with an auxiliary of its own, or
    one ``verb``'s clause lacks, is a verb of a clause of its own: "heaped praise on him as the
    most successful chancellor Britain has had" is no "as has Britain"."""
    lemma = clause.lemma_.lower()
    if lemma in pro_verbs:
        return True
    if any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False
    own = {c.lemma_.lower() for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return lemma in own | {verb.lemma_.lower()}


def foil(subject: Token) -> bool:
    """Whether ``subject`` is the foil of a bare "Unlike" that opens its clause and the real
    subject is its conjunct: "Unlike Sen. John McCain, Sen. Susan Collins endorsed Trump" (the
    small parser leaves "Unlike" without an object, makes McCain the subject and Collins his
    conjunct). Only when the preposition has no object of its own and the subject comes right
    after it."""
    if subject.dep_ not in {"nsubj", "nsubjpass"} or not subject.conjuncts:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in word_sets("companions")["foil_preps"]
        and not any(g.dep_ == "pobj" for g in c.children)
        and subject.left_edge.i == c.i + 1
        for c in subject.head.children
    )
