"""A backing of a plan the text tells by its owner holds for the plan, and the owner backs it.

"Abbott backs Mr Phillips' proposal of shortlists": the argument resolver reads the possessed
plan as a proxy of its owner (Abbott backs Phillips: ``arguments``), which a reader records too,
but the backing is first of all of the measure itself (the fresh samples' rows: the measure
required, the owner optional). So a candidate of ``plan_relations`` (backing) whose object is the
owner of a possessed measure (``possessed_plans``, ``measure_heads``) standing inside its
trigger's phrase is read again with the measure as its object, with the same cues; criticism of
"Trump's proposal" stays Trump's only (train.jsonl's gold records no measure criticized through
its owner). And the owner of a measure an asserted stance is taken on proposed it: "opposed the
Pentagon's proposal" is the Pentagon's, which backs it (the proposers of a government's or
party's measure endorse it, required in the fresh samples), once per sentence, never when the
owner itself takes a stance on it, never from a negated or hedged stance, never a company's or
group's plan (``owner_types``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from polkg.extract.arguments import EntityIndex
from polkg.extract.candidates import Candidate
from polkg.extract.lexicon import word_sets, words
from polkg.extract.token_columns import token_columns
from polkg.model import EntityRecord

OWNER_RULE = "endorse.plan.owner"
MAKER_RULE = "endorse.plan.maker"
PLAN_RULE_SUFFIX = ".possessed_plan"


def plan_candidates(doc: Doc, found: list[Candidate], entities: EntityIndex) -> list[Candidate]:
    """The readings ``found`` implies for possessed plans: the stance on the owner's plan read
    as a stance on the plan, the owner's backing of a plan a stance is taken on, and the maker's
    backing of its own decision, promise or move to act (``_makers``)."""
    on_plans = list(_on_plans(doc, found, entities))
    owners = list(_owners(doc, [*found, *on_plans], entities))
    return on_plans + owners + list(_makers(doc, [*found, *on_plans, *owners], entities))


def _plan_of(head: Token, entities: EntityIndex) -> tuple[EntityRecord, EntityRecord] | None:
    """The possessed plan ``head`` is and its owner, or None."""
    plan = entities.entity_at(head.i)
    described: frozenset[str] = getattr(entities, "described", frozenset())
    if plan is None or plan.type != "Legislation" or plan.name not in described:
        return None
    possessors = [c for c in head.children if c.dep_ == "poss"]
    if len(possessors) != 1:
        return None
    data = word_sets("possessed_plans")
    if head.lemma_.lower() not in data["measure_heads"]:
        return None  # "Walker's policies", "Trump's agenda": a line, read as its owner only
    owner = entities.entity_at(possessors[0].i)
    if owner is None or owner == plan or owner.type not in words("possessed_plans")["owner_types"]:
        return None  # "Delta Air Lines' plan": no government's or politician's measure
    return plan, owner


def _on_plans(doc: Doc, found: list[Candidate], entities: EntityIndex) -> Iterator[Candidate]:
    """A candidate on an owner whose possessed plan heads a phrase of the trigger's read again
    with the plan as its object ("backs Mr Phillips' proposal": the proposal)."""
    relations = word_sets("possessed_plans")["plan_relations"]
    for c in found:
        if c.trigger < 0 or c.object.type == "Legislation" or c.relation not in relations:
            continue
        trigger = doc[c.trigger]
        for tok in trigger.subtree:
            if tok.dep_ != "poss" or entities.entity_at(tok.i) != c.object:
                continue
            if tok.head.i == trigger.i:
                continue  # "Trump's criticism of ...": the trigger's own holder
            pair = _plan_of(tok.head, entities)
            if pair is None or pair[1] != c.object or pair[0] == c.subject:
                continue
            yield replace(c, object=pair[0], rule_id=c.rule_id + PLAN_RULE_SUFFIX)


def _owners(doc: Doc, found: list[Candidate], entities: EntityIndex) -> Iterator[Candidate]:
    """The owner's backing of each possessed plan an asserted stance is taken on."""
    taken = {(c.subject.name, c.object.name) for c in found}
    confidence = float(words("possessed_plans")["owner_confidence"])
    seen: set[tuple[str, str, int]] = set()
    for c in found:
        if c.negated or c.hedged or c.object.type != "Legislation" or c.trigger < 0:
            continue
        for tok in doc[c.trigger].sent:
            pair = _plan_of(tok, entities) if tok.pos_ == "NOUN" else None
            if pair is None or pair[0] != c.object:
                continue
            plan, owner = pair
            key = (owner.name, plan.name, c.start)
            if owner == c.subject or (owner.name, plan.name) in taken or key in seen:
                continue
            seen.add(key)
            yield Candidate(
                OWNER_RULE, "endorses", owner, plan, c.start, c.end, confidence,
                negated=False, hedged=False, trigger=tok.i,
            )  # fmt: skip


def _makers(doc: Doc, found: list[Candidate], entities: EntityIndex) -> Iterator[Candidate]:
    """The owner's backing of its own decision, promise, pledge, vow or move to act
    (``possessed_plans.json`` ``act_heads``, a measure only with a ``measure_acts`` infinitive):
    "Labour's promise to spend pounds 42bn on ... council homes", "President Obama's recent
    unilateral moves to reduce undocumented immigrant deportations". The possessive states that
    the owner decided or promised it, so no one else's stance is needed (the fresh samples'
    maker rows); a plan or proposal is only named by its owner, who may have dropped it."""
    taken = {(c.subject.name, c.object.name) for c in found}
    heads = word_sets("possessed_plans")["act_heads"]
    confidence = float(words("possessed_plans")["owner_confidence"])
    columns = token_columns(doc)  # (read without a Token per token)
    for i, (pos, lemma) in enumerate(zip(columns.pos, columns.lemma, strict=True)):
        if pos != "NOUN" or lemma.lower() not in heads:
            continue
        tok = doc[i]
        pair = _plan_of(tok, entities)
        if pair is None:
            continue
        plan, owner = pair
        if (owner.name, plan.name) in taken or not _told_in(tok, plan):
            continue
        taken.add((owner.name, plan.name))
        yield Candidate(
            MAKER_RULE, "endorses", owner, plan, tok.sent.start_char, tok.sent.end_char,
            confidence, negated=False, hedged=False, trigger=tok.i,
        )  # fmt: skip


def _told_in(head: Token, plan: EntityRecord) -> bool:
    """Whether the plan's name keeps what the act is, its infinitive, that verb's object and
    at least a word after the verb ("Trump's decision to freeze military aid"): a name cut to
    "Trump's decision" or "Comey's decision to reopen" by a comma or a bracket says too little
    to be backed."""
    words = plan.name.lower().split()
    return any(
        c.lower_ in words[:-1] and all(o.lower_ in words for o in c.children if o.dep_ == "dobj")
        for c in head.children
        if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    )
