"""Plans and bills the text tells by their owner: "the President's strategy".

Senate releases oppose and back plans nobody names: "Reid ... opposed the Administration's
prescription drug bill", "Isakson supports the President's strategy", "Hatch lauded the Forest
Service's new rule". The possessed phrase is the only handle a reader (and the gold) has on the
plan, so it becomes an entity named by its words, from the possessor to the head (without a
leading "the"), owning its head word only (the possessor stays its own actor). Such an entity is
described (``DocState.described_keys``): "the bill" never refers back to it and authorship rules
never reach it. Where a relation reads the head as a proxy of its owner ("criticized Obama's
plan" is Obama, ``arguments.ENDORSEMENT_PROXIES``/``CRITICISM_PROXIES``) the owner still wins
(``arguments.ArgumentResolver``); the plan is the object where no owner is (opposition, praise,
a body's plan backed). Heads are data (``patterns/possessed_plans.json``): plan nouns in any
text, bill nouns only in a text that names no law, where "Cantwell's measure" is the named act.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.actors import Actors
from polkg.extract.lexicon import named_policy, word_sets, words
from polkg.extract.mentions import DocState, Owner
from polkg.extract.token_columns import token_columns


class PossessedPlans:
    """Adds the possessed plans and bills of a document (as clusters of ``actors``)."""

    def __init__(self, state: DocState, actors: Actors) -> None:
        self.state = state
        self.actors = actors

    def possessed_entities(self) -> None:
        data = word_sets("possessed_plans")
        names_laws = any(
            key[0] == "Legislation"
            and key not in self.state.described_keys
            and not named_policy(key[1])  # "cap-and-trade" is no law of the text's
            for key in self.state.others
        )
        heads = data["plan_heads"] if names_laws else data["plan_heads"] | data["bill_heads"]
        heads |= data["act_heads"]
        columns = token_columns(self.state.doc)
        for i, pos in enumerate(columns.pos):
            if pos != "NOUN" or columns.lemma[i].lower() not in heads:
                continue
            tok = self.state.doc[i]  # (a Token is made for the few heads only)
            start = self._owned_start(tok, data["left_deps"])
            if start is None:
                continue
            if columns.lemma[i].lower() in data["act_heads"] and not _told_act(tok, data):
                continue  # "Trump's decision to attend": no measure
            form_start = start
            form = self.state.doc[start : tok.i + 1].text
            if self.state.doc[start].lower_ == "the":  # named as a name: "White House's agenda"
                start += 1
            short = self.state.doc[start : tok.i + 1].text
            end = told_end(tok, data)
            name = self.state.doc[start:end].text
            key = ("Legislation", name.lower())
            forms = sorted({name, short, form, self.state.doc[form_start:end].text})
            self.actors.other_cluster(key, name, "Legislation", tok.i, forms)
            self.state.owner[tok.i] = Owner.of_other(key)
            self.state.mentions.append((tok.i, tok.i + 1, Owner.of_other(key)))
            self.state.described_keys.add(key)

    def _owned_start(self, head: Token, left_deps: frozenset[str]) -> int | None:
        """Where the possessed phrase of ``head`` starts (its possessor's first word), or None
        when ``head`` is no plan of a named actor: owned already, a modifier or headline word,
        given a name by an apposition, possessed by a pronoun or by no actor."""
        if self.state.owner[head.i] is not None or head.is_upper or head.is_title:
            return None
        if head.dep_ in ("compound", "nmod", "poss", "amod", "appos"):
            return None  # "the plan's critics"
        if any(c.dep_ == "appos" for c in head.children):
            return None  # "the President's plan, the Clear Skies Act": named
        possessors = [c for c in head.lefts if c.dep_ == "poss"]
        if len(possessors) != 1 or any(c.dep_ not in left_deps for c in head.lefts):
            return None
        poss = possessors[0]
        if poss.tag_ == "PRP$" or self.state.owner[poss.i] is None:
            return None  # "his plan", "the state's plan": nobody named
        if "\n" in self.state.doc[poss.left_edge.i : head.i + 1].text:
            return None  # a phrase across a wrapped line
        return poss.left_edge.i


def _told_act(head: Token, data: dict[str, frozenset[str]]) -> bool:
    """Whether a decision, promise or move (``act_heads``) is told by a "to" infinitive right
    after it whose verb makes or ends a measure (``measure_acts``): "Garcetti's decision to cut
    $150 million from the police budget", "Obama's promise to overhaul parts of the NSA's
    programs"; not "Trump's decision to attend"."""
    doc = head.doc
    if head.i + 1 >= len(doc) or doc[head.i + 1].lower_ != "to":
        return False
    return any(
        c.dep_ == "acl" and c.left_edge.i == head.i + 1 and c.lemma_.lower() in data["measure_acts"]
        for c in head.rights
    )


def told_end(head: Token, data: dict[str, frozenset[str]]) -> int:
    """Where the possessed plan's phrase ends: after what the words right after its head say
    the plan is, an "of"/"on"/"for" phrase or a "to" infinitive ("Mr Phillips' proposal of
    shortlists", "the Pentagon's proposal to close the 939th"), as a reader (and the gold)
    names it; right after the head when there is none, or when it runs past a stop
    (``told_stops``: a comma, a dash, a parenthesis) or past ``told_max_tokens`` words."""
    doc = head.doc
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if nxt is None:
        return head.i + 1
    infinitive = nxt.lower_ == "to" and any(
        c.dep_ == "acl" and c.left_edge.i == nxt.i for c in head.rights
    )  # ("to" hangs on the infinitive's verb)
    if nxt.head.i != head.i and not infinitive:
        return head.i + 1
    if not infinitive and not (nxt.dep_ == "prep" and nxt.lower_ in data["told_prepositions"]):
        return head.i + 1
    if any(c.ent_type_ in ("DATE", "TIME") for c in nxt.children if c.dep_ == "pobj"):
        return head.i + 1  # "the Pentagon's proposal on Monday": when, not what
    phrase = next(c for c in head.rights if c.left_edge.i == nxt.i)
    end = phrase.right_edge.i + 1
    limit = int(words("possessed_plans")["told_max_tokens"])
    stops = data["told_stops"]
    if end - head.i > limit or any(t.lower_ in stops or t.is_space for t in doc[nxt.i : end]):
        return head.i + 1
    return end
