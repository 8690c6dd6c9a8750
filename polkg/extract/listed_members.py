"""A group no entity names stands for the named members the text lists for it.

"Several senators, including Susan Collins and Lisa Murkowski, opposed the bill", "liberals
such as Sen. Elizabeth Warren have criticized the law", "withering criticism from the likes of
Dick Cheney, Mitt Romney and Paul Ryan", "endorsed by everyone from President Barack Obama to
Sen. Elizabeth Warren to the AFL-CIO", "backed by groups ranging from the NAACP to the Chamber of
Commerce": the argument of the relation is the group, which is nobody we can name, and the
relation was lost. What the group did (or had done to it), each listed member did. This is one
treatment of lists for every rule, used by the argument resolver whenever an argument resolves
to no entity, or to a plural party or group ("Republicans such as McCain": the party and
McCain). A member is a token the parser hangs in the listing phrase of the group noun itself,
or in a range set off by punctuation that the parser hangs on the comma after the group or on
the group's verb ("Republicans, from Paul Ryan to Mitch McConnell, criticized Trump", "the
big-name Democrats have flocked to Clinton, from President Barack Obama to Sen. Elizabeth
Warren to the AFL-CIO"): such a range belongs to the verb's object when that is a group
("attacked Democrats, from Pelosi to Schumer"), else to its subject. A group is also a
collection's singular noun ("a handful of senators, including Sens. Tom Carper and Chris Coons",
"A growing number of Democrats, including Dick Durbin", the list on the noun or on its "of"
plural); its members are also the names apposed to it ("Three senators -- John McCain, Susan
Collins and Lisa Murkowski -- opposed the bill", "Three Senate Republicans, Susan Collins
(Maine), Lisa Murkowski (Alaska) and Mitt Romney (Utah), ...": the first name apposed, the
others the conjuncts of the name or, as the parser often reads them, of the group noun); and a
list the parser hung on the verb's object when that object is one that has no members, a
person or a bill ("A coalition of organizations has endorsed the current AHP legislation,
including the National Federation of Independent Business and the U.S. Chamber of Commerce":
the caller says which object that is). Word lists: ``patterns/listed_members.json``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets

_WORDS = word_sets("listed_members")


def listed_members(
    group: Token, entity_type: Callable[[Token], str | None] = lambda t: None
) -> list[Token]:
    """The tokens naming the listed members of the group ``group``; empty when it is no
    plural, collection (or "everyone") or lists nobody. ``entity_type`` gives the type of the
    entity a token names, if any (an object without members lends its list to the subject)."""
    if not _is_group(group):
        return []
    found: list[Token] = []
    holders = _holders(group)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep":
                found += _listing(child)
            elif child.dep_ == "acl" and child.lemma_.lower() in _WORDS["range_verbs"]:
                found += [m for p in child.children if p.dep_ == "prep" for m in _range(p)]
    found += [m for h in holders for m in _apposed_names(h) if m not in found]
    if found:
        return found
    return [m for p in _detached_ranges(group) for m in _range(p, detached=True)] or [
        m for p in _object_listings(group, entity_type) for m in _objects(p)
    ]


def relative_list(pronoun: Token) -> list[Token]:
    """The other names of a list that a relative clause after the whole list speaks of, when
    the clause agrees with a plural only: "Sens. Susan Collins (Maine), Mitt Romney (Utah) and
    Lisa Murkowski (Alaska), who have criticized President Trump's conduct" (the parser hangs
    the clause on one name), "Fox hosts Sean Hannity and Laura Ingraham, who are both Trump
    supporters" (on a group noun, the names apposed to it as a list: ``_apposed_names``).
    ``pronoun`` is the clause's subject pronoun. A past tense agrees with anything
    ("former Sen. David Pryor, and Bill Clinton, who spent two days campaigning for him" is
    Clinton's alone) and a singular verb with the one name ("X and Y, who opposes Z"), so
    neither is read; a list of alternatives ("or") needs a floated "all"/"both"/"each"."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "relcl":
        return []
    antecedent = verb.head
    if group_noun(antecedent):  # "Fox hosts Sean Hannity and Laura Ingraham, who are ..."
        return _apposed_names(antecedent)
    first = antecedent
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    # the list before the clause: not "Collins, who has ..., and Murkowski", nor the
    # conjuncts after it ("..., who have criticized X, and colleagues in tough races")
    names = [n for n in [first, *first.conjuncts] if n.i < pronoun.i]
    if len(names) < 2 or any(n.pos_ != "PROPN" or n.tag_ == "NNPS" for n in names):
        return []  # "Republicans, who ..., and Democrats, who ...": each noun's own plural
    if not _plural_clause(pronoun, verb, alternatives=_alternatives(names)):
        return []
    return [n for n in names if n != antecedent]


def _alternatives(names: list[Token]) -> bool:
    return any(
        c.dep_ == "cc" and c.lower_ in _WORDS["alternative_conjunctions"]
        for n in names
        for c in n.children
    )


def _plural_clause(pronoun: Token, verb: Token, alternatives: bool) -> bool:
    """Whether a relative clause agrees with a plural subject only (``plural_clause_words``,
    a present tense of the plural, or a floated quantifier: ``plural_quantifiers``)."""
    near = [*pronoun.children, *verb.children]
    near += [g for c in verb.children if c.dep_ in {"attr", "acomp"} for g in c.children]
    if any(t.lower_ in _WORDS["plural_quantifiers"] for t in near):
        return True
    if alternatives:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    first = auxiliaries[0] if auxiliaries else verb
    return first.lower_ in _WORDS["plural_clause_words"] or first.tag_ == "VBP"


def _is_group(tok: Token) -> bool:
    return group_noun(tok) or tok.lower_ in _WORDS["group_pronouns"]


def group_noun(tok: Token) -> bool:
    """A plural noun or a collection's singular noun, which may list its members."""
    return tok.tag_ in {"NNS", "NNPS"} or _collective(tok)


def _collective(tok: Token) -> bool:
    """A collection's singular noun: "a handful of senators", "a coalition"."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in _WORDS["collective_heads"]


def _holders(group: Token) -> list[Token]:
    """The tokens a list of ``group``'s members may hang on: the group noun, and for a
    collection its "of" plural with that plural's conjuncts ("a broad coalition of education
    organizations and technology firms such as the NEA")."""
    if not _collective(group):
        return [group]
    plurals = [
        p
        for c in group.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.tag_ in {"NNS", "NNPS"}
    ]
    return [group, *plurals, *(c for p in plurals for c in p.conjuncts)]


def _apposed_names(group: Token) -> list[Token]:
    """Names apposed to the group noun, as a list: "Three senators -- McCain, Collins and
    Murkowski --" (the first apposed, the others its conjuncts) or "Three Senate Republicans,
    Collins (Maine), Murkowski (Alaska) and Romney (Utah)," (the others the group's own
    conjuncts in the parse). A single apposed name is the group's name, read by the resolver
    itself; only a list of two or more names is read here."""
    names = [c for c in group.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if not names:
        return []
    found = [*names, *(c for n in names for c in n.conjuncts if c.pos_ == "PROPN")]
    found += [c for c in group.conjuncts if c.pos_ == "PROPN" and c.i > names[0].i]
    return found if len(found) > 1 else []


def _object_listings(group: Token, entity_type: Callable[[Token], str | None]) -> list[Token]:
    """The listing prepositions hung on the object of the verb ``group`` is the subject of,
    when that object is an actor without members (``single_types``: a person, a bill): "A
    coalition ... has endorsed the current AHP legislation, including the NFIB and the U.S.
    Chamber of Commerce"."""
    if group.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    return [
        p
        for o in group.head.children
        if o.dep_ in {"dobj", "obj"} and (entity_type(o) or "").lower() in _WORDS["single_types"]
        for p in o.children
        if p.dep_ == "prep" and p.lower_ in _WORDS["listing_preps"] and p.i > o.i
    ]


def _detached_ranges(group: Token) -> list[Token]:
    """The "from" of a range set off by punctuation that elaborates ``group`` though the
    parser hung it elsewhere: on a comma after the group ("Republicans, from X to Y,"), or on
    the verb whose subject the group is, or one it shares its subject with ("endorsers have
    jumped off the bandwagon, ... endorsing Clinton — from X to Y"), unless that verb's object
    is a group itself; or on the verb whose object the group is, after it."""
    found = [
        p for punct in group.children if punct.is_punct for p in punct.children if _detached(p)
    ]
    if group.dep_ in {"nsubj", "nsubjpass"}:
        for verb in _sharing_subject(group.head):
            if not any(o.dep_ in {"dobj", "obj"} and _is_group(o) for o in verb.children):
                found += [p for p in verb.children if _detached(p) and p.i > group.i]
    elif group.dep_ in {"dobj", "obj"}:
        found += [p for p in group.head.children if _detached(p) and p.i > group.i]
    return found


def _sharing_subject(verb: Token) -> list[Token]:
    """``verb`` and the verbs coordinated with or subordinated to it that have no subject of
    their own ("have jumped ..., congratulating and ... endorsing Clinton")."""
    found, frontier = [verb], [verb]
    while frontier:
        for child in frontier.pop().children:
            if (
                child.dep_ in {"conj", "advcl", "xcomp"}
                and child.pos_ in {"VERB", "AUX"}
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
            ):
                found.append(child)
                frontier.append(child)
    return found


def _detached(prep: Token) -> bool:
    """A range opener set off by punctuation right before it (", from", "— from")."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in _WORDS["range_starts"]
        and prep.i > 0
        and prep.nbor(-1).is_punct
        and prep.nbor(-1).lower_ in _WORDS["range_setoffs"]
    )


def _listing(prep: Token) -> list[Token]:
    low = prep.lower_
    if low in _WORDS["range_starts"]:
        return _range(prep)
    listing = (
        low in _WORDS["listing_preps"]
        or (low in _WORDS["such_preps"] and any(c.lower_ == "such" for c in prep.children))
        or (low == "of" and prep.head.lower_ in _WORDS["likes_heads"])
    )
    return _objects(prep) if listing else []


def _range(prep: Token, detached: bool = False) -> list[Token]:
    """ "from X to Y to Z": X, Y and Z, when at least one "to" follows the "from"; and the
    ranges coordinated with it ("from X to Y, and from Z to W"). The parser hangs "to" on any
    of them or on the head of the "from"; when that head is the verb a range set off hangs on
    (``detached``), only a "to" right after the range's last name ("attacked Republicans, from
    Paul Ryan to Mitch McConnell"), never one set off after it: that is the verb's own."""
    if prep.lower_ not in _WORDS["range_starts"]:
        return []
    found = _objects(prep)
    ends = 0
    frontier = [prep, prep.head, *found]
    while frontier:
        node = frontier.pop()
        for c in node.children:
            if (
                c.dep_ == "prep"
                and c.lower_ in _WORDS["range_ends"]
                and c.i > prep.i
                and not (detached and node == prep.head and c.nbor(-1).is_punct)
            ):
                objects = _objects(c)
                ends += bool(objects)
                found += objects
                frontier += [c, *objects]
    conjoined = [m for c in prep.children if c.dep_ == "conj" for m in _range(c, detached)]
    return found + conjoined if ends else []


def _objects(prep: Token) -> list[Token]:
    """The prepositional object, and a name apposed to it ("President Barack Obama" parsed
    as "President" with "Obama" apposed)."""
    found = []
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        found.append(obj)
        found += [a for a in obj.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    return found
