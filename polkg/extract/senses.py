"""Senses of a trigger word that state no political stance, as data (``patterns/senses.json``).

A criticism noun can name a deed ("Assad launched a chemical attack on Syrians"), an opposition
noun a business tie ("a professional rival of Murphy's"), and a disparaging word in a
describing phrase can be aimed at its "for" complement ("called the Senate a 'graveyard' for
'disastrous socialist policies'", praise of the Senate). These tests keep a rule's word for its
political sense: the word list of each sense is data, not a dropped trigger.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from polkg.extract.lexicon import words

_DATA = words("senses")
# trigger lemma -> modifiers that give it another sense
OTHER_SENSE_MODIFIERS = {
    noun: frozenset(w.lower() for w in mods)
    for noun, mods in _DATA["other_sense_modifiers"].items()
}
OTHER_SENSE_PARTICLES = {
    verb: frozenset(w.lower() for w in particles)
    for verb, particles in _DATA["other_sense_particles"].items()
}
OTHER_SENSE_DESTINATIONS = {
    verb: frozenset(w.lower() for w in preps)
    for verb, preps in _DATA["other_sense_destinations"].items()
}
RECEPTACLE_NOUNS = frozenset(w.lower() for w in _DATA["receptacle_nouns"])
MARGIN_NOUNS = frozenset(w.lower() for w in _DATA["margin_nouns"])
POLL_RESULT_VERBS = frozenset(w.lower() for w in _DATA["poll_result_verbs"])
POLL_NOUNS = frozenset(w.lower() for w in _DATA["poll_nouns"])
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
ARMED_TRIGGERS = frozenset(w.lower() for w in _DATA["armed_triggers"])
ARMED_AGENTS = frozenset(w.lower() for w in _DATA["armed_agents"])
BODILY_TRIGGERS = frozenset(w.lower() for w in _DATA["bodily_triggers"])
BODILY_NOUNS = frozenset(w.lower() for w in _DATA["bodily_nouns"])
FACE_OFF_VERBS = frozenset(w.lower() for w in _DATA["face_off_verbs"])
DEBATE_NOUNS = frozenset(w.lower() for w in _DATA["debate_nouns"])
CHAMBER_NOUNS = frozenset(w.lower() for w in _DATA["chamber_nouns"])


def other_sense(trigger: Token) -> bool:
    """Whether a noun trigger's modifier gives it a sense that is no stance: "a chemical
    attack", "air strikes", "a professional rival", "a business competitor"; or a verb
    trigger's particle: "was not 'backing off' his remarks" (a retreat, no backing), or its
    destination: "dispatched John Podesta ... to Beijing" (an envoy sent, no defeat)."""
    particles = OTHER_SENSE_PARTICLES.get(trigger.lemma_.lower())
    if trigger.pos_ == "VERB" and particles:
        return any(c.dep_ == "prt" and c.lower_ in particles for c in trigger.children)
    destinations = OTHER_SENSE_DESTINATIONS.get(trigger.lemma_.lower())
    if trigger.pos_ == "VERB" and destinations:
        return any(c.dep_ == "prep" and c.lower_ in destinations for c in trigger.children)
    mods = OTHER_SENSE_MODIFIERS.get(trigger.lemma_.lower())
    if trigger.pos_ != "NOUN" or not mods:
        return False
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in mods for c in trigger.children)


def armed_sense(trigger: Token, attacker: Token) -> bool:
    """Whether an attack word tells a military deed: its attacker, or a name listed with it, is
    an armed force ("Assad, who is under attack by ISIS and other Sunni opposition forces",
    "Syrian troops attacked the rebels"); a physical attack is no criticism."""
    if trigger.lemma_.lower() not in ARMED_TRIGGERS:
        return False
    return any(t.lemma_.lower() in ARMED_AGENTS for t in (attacker, *attacker.conjuncts))


def bodily_sense(trigger: Token) -> bool:
    """Whether a blow word tells a physical act: it, or a verb joined to it, has a thing or a
    body part as its object or a preposition's ("Brown slammed his squad car door on him and
    pummeled him through the window"); a fight is no criticism."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in BODILY_TRIGGERS:
        return False
    for verb in (trigger, *trigger.conjuncts):
        for c in verb.children:
            nouns = [c] if c.dep_ in {"dobj", "obj"} else []
            if c.dep_ == "prep":
                nouns = [p for p in c.children if p.dep_ == "pobj"]
            for n in nouns:
                words = [n, *(m for m in n.children if m.dep_ == "compound")]
                if any(w.lemma_.lower() in BODILY_NOUNS for w in words):
                    return True
    return False


def margin_sense(trigger: Token) -> bool:
    """Whether a verb trigger measures a lead in a race or poll by its "by" phrase ("a poll
    showed Clinton pummeling him by 15 points"): a contest's sense, no criticism or praise."""
    if trigger.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in MARGIN_NOUNS for p in c.children)
        for c in trigger.children
    )


def poll_sense(trigger: Token) -> bool:
    """Whether a race-result verb tells a poll's forecast: a clause that governs it (up to a
    relative clause, which asserts on its own) has a poll as its subject or in its subject's
    phrase ("Polls show him beating Markey", "a look at presidential preferences showed Hillary
    beating Vice President Biden 60 to 18") or cites one ("According to HuffPost Pollster,
    Huckabee ... slightly edging out Ben Carson"). A poll standing is no race between the two."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in POLL_RESULT_VERBS:
        return False
    node = trigger
    while True:
        for c in node.children:
            if c.dep_ in {"nsubj", "nsubjpass"} and _names_poll(c):
                return True  # "Polls show ...", "a look at presidential preferences showed ..."
            if c.dep_ == "prep" and c.lower_ == "according":
                if any(t.lower_ in POLL_NOUNS for t in c.subtree):
                    return True
        if node.dep_ not in _CLAUSE_LINKS or node.head == node:
            return False
        node = node.head


def _names_poll(noun: Token, depth: int = 0) -> bool:
    """Whether a subject noun is a poll or looks at one through its prepositional phrases ("a
    look at presidential preferences", "the results of the survey"); a clause on the noun names
    none ("Trump, defying the pundits and polls to the end, defeated Clinton" is a result)."""
    if noun.lemma_.lower() in POLL_NOUNS:
        return True
    return depth < 2 and any(
        _names_poll(o, depth + 1)
        for p in noun.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
    )


def floor_debate(trigger: Token) -> bool:
    """Whether a face-off verb tells a debate on a legislative floor, no electoral contest:
    the trigger's own phrase names a debate ("facing off against Sen. Mitch McConnell ... in a
    rare and acrid head-to-head debate") and its sentence sets it on a chamber's floor ("the
    back-and-forth spilled over onto the Senate floor", "on the floor of the House"). A
    candidates' debate names no floor ("faced off in their sole debate of the campaign")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in FACE_OFF_VERBS:
        return False
    debated = any(
        c.dep_ == "prep"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in DEBATE_NOUNS for p in c.children)
        for c in trigger.children
    )
    return debated and any(_chamber_floor(t) for t in trigger.sent if t.lower_ == "floor")


def _chamber_floor(floor: Token) -> bool:
    """ "the Senate floor", "the chamber's floor", "the floor of the House"."""
    if any(
        c.dep_ in {"compound", "poss", "nmod"} and c.lower_ in CHAMBER_NOUNS for c in floor.children
    ):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in CHAMBER_NOUNS for p in c.children)
        for c in floor.children
    )


def aimed_at_complement(phrase: Iterable[Token]) -> bool:
    """Whether a describing phrase is headed by a receptacle noun with a "for" complement ("a
    graveyard for disastrous policies", "the dumping ground for everybody else's problems"):
    what it disparages is the complement, not what the phrase describes."""
    for t in phrase:
        mods = [c.lower_ for c in t.children if c.dep_ in {"compound", "amod"}]
        forms = {t.lower_, t.lemma_.lower(), *(f"{m} {t.lower_}" for m in mods)}
        if forms & RECEPTACLE_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in t.children
        ):
            return True
    return False
