"""Actors the text describes instead of naming: bills, plans, investigations, campaigns.

Political news often gives a bill or an inquiry no name: "McCain announced his opposition to a
measure to repeal and replace the healthcare law", "Isakson voted against a nonbinding resolution
that condemned the President's strategy", "recuse himself from all investigations into the 2016
campaign". The phrase is then the only handle a reader (and the gold) has on it, so the phrase
becomes the entity: a Legislation or Investigation named by its words. The bill nouns proper
("legislation reauthorizing the Children's Health Insurance Program", "a bill to ...", "an amendment
that would ...") are such heads in a text that names no law, and after the text's first named law
when brought up anew with "a"/"an": before the name, "introduced legislation that would ..." is as
a rule that law, told before its name. Only a head whose own
clause (or "into" phrase) says what it is qualifies; a bare "the bill" is a reference (the
references layer), a possessed "Trump's plan" ``possessed_plans``' (a proxy of its owner where the
relation reads it so: the argument resolver).

A plan the text names by lower-case words before its head ("the stimulus bill", "the national
emergency declaration", "the CIA interrogation program") is named by those words (``labelled``,
session 31).

Campaigns are organisations of a person: "He blamed the Clinton campaign" targets the campaign
(Organization "Clinton campaign"), which no name finder tags. Heads and limits are data
(``patterns/descriptive_actors.json``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from polkg.extract.act_measures import (
    action_matter,
    bracketed_abbreviation,
    clause_cut,
    gerund_measures,
    is_action_head,
    quoted_modifier,
    told_on,
)
from polkg.extract.actors import Actors
from polkg.extract.authored_bills import act_end, told_by_act
from polkg.extract.described_references import back_references, named_positions
from polkg.extract.known_names import is_known_surname
from polkg.extract.lexicon import named_policy, word_sets, words
from polkg.extract.mentions import DocState, Owner, is_name_token
from polkg.extract.token_columns import token_columns

# canonical probe name -> the topic words that make a described probe that probe
TOPIC_PROBES = {
    probe: frozenset(w.lower() for w in topic)
    for probe, topic in words("descriptive_actors")["topic_probes"].items()
}


class DescriptiveActors:
    """Adds the described bills, plans, investigations and campaigns of a document (as
    clusters of ``actors``)."""

    def __init__(self, state: DocState, actors: Actors) -> None:
        self.state = state
        self.actors = actors
        self._names_laws = False  # the text names a law or scheme (before the descriptions)

    def descriptive_entities(self) -> None:
        data = word_sets("descriptive_actors")
        heads: list[tuple[int, tuple[str, str]]] = []
        self._names_laws = any(
            k[0] == "Legislation" and not named_policy(k[1]) for k in self.state.others
        )
        first_law = next(
            (
                i
                for i, o in enumerate(self.state.owner)
                if o is not None and o.other[0] == "Legislation" and not named_policy(o.other[1])
            ),
            len(self.state.owner),
        )
        columns = token_columns(self.state.doc)
        for i, pos in enumerate(columns.pos):
            if pos != "NOUN" or self.state.owner[i] is not None:
                continue
            lemma = columns.lemma[i].lower()
            label = (
                labelled(self.state, self.state.doc[i], data)
                if lemma in data["label_heads"]
                else None
            )
            if label is not None:
                self._add_labelled(self.state.doc[i], *label)
                continue  # "the stimulus bill", "the CIA interrogation program"
            action = is_action_head(lemma)  # "a ban on smoking", "the restoration of ties"
            bill = lemma in data["bill_heads"] and (
                not self._names_laws or (i > first_law and _introduced_anew(self.state.doc[i]))
            )
            if not (
                lemma in data["campaign_heads"]
                or lemma in data["legislation_heads"]
                or lemma in data["investigation_heads"]
                or bill
                or action
            ):
                continue
            tok = self.state.doc[i]  # (a Token is made for the few heads only)
            if bill and lemma not in data["legislation_heads"]:
                if _named_by_modifier(tok, data) or _demanded(tok):
                    continue  # "energy legislation that ...", "urged them to pass a bill that ..."
            if lemma in data["campaign_heads"]:
                self._campaign(tok)
                continue
            if lemma in data["legislation_heads"] or bill or action:
                etype = "Legislation"
            elif lemma in data["investigation_heads"]:
                etype = "Investigation"
            else:
                continue
            span = self._described_span(tok, etype, data)
            if span is not None:
                key = self._add_described(tok, span, etype)
                heads.append((tok.i, key))
                if etype == "Legislation" and told_by_act(tok):
                    self.state.authored_keys.add(key)  # sponsorship may reach it
        # "opposes legalizing same-sex marriage": a measure told by the gerund of its act
        for verb, span in gerund_measures(columns, self.state.owner):
            self._add_described(verb, span, "Legislation")
        self._described_back_references([h for h in heads if h[1][0] == "Legislation"])

    def _described_back_references(self, heads: list[tuple[int, tuple[str, str]]]) -> None:
        """ "the resolution" after "a resolution to establish ...": the one described measure
        (``described_references``), told after the last law the text names before it."""
        free = [o is None for o in self.state.owner]
        named_at = named_positions(self.state.owner, self.state.described_keys)
        refs = back_references(self.state.doc, heads, free, named_at, self._names_laws)
        for i, key in refs:
            form = self.state.doc[i - 1 : i + 1].text if i > 0 else self.state.doc[i].text
            self.actors.other_cluster(key, self.state.others[key].name, key[0], i, [form])
            self._own_head(self.state.doc[i], key)

    def _described_span(
        self, head: Token, etype: str, data: dict[str, frozenset[str]]
    ) -> tuple[int, int] | None:
        """The words of a described bill or investigation, or None when ``head`` is no
        description (no clause saying what it is, possessed, pointed back to, a modifier)."""
        if head.dep_ in ("compound", "nmod", "poss", "amod", "appos") or head.is_upper:
            return None  # "the bill signing", "the resolution's sponsors", a headline
        if any(c.dep_ == "appos" for c in head.children):
            return None  # "legislation to ..., the Food Act": the bill has a name
        action = is_action_head(head.lemma_.lower())
        content = self._told(head, etype, action, data)
        if content is None:
            return None
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        hung = (
            etype == "Investigation"
            and nxt is not None
            and nxt.dep_ == "prep"
            and nxt.lower_ in data["investigation_prepositions"]
            and nxt.head in head.ancestors
        )
        if not content and not hung:
            return None
        # "recuse himself from investigations into X": the parser may hang "into" on the verb
        told = content[0] if content else nxt
        keep = [head, *told.subtree] if told is not None else [head]
        if action:  # "a reduction in the legal limit from 24 weeks to 20"
            keep.extend(told_on(head, max(t.i for t in keep) + 1))
        for child in head.lefts:
            if child.dep_ not in data["left_deps"]:
                return None  # a left part the parser hung oddly: no clean description
            keep.extend(child.subtree)
        start = min(t.i for t in keep)
        end = _parallel_cut(head, max(t.i for t in keep) + 1)
        if action:  # "changes to the federal milk marketing orders" before "being considered by"
            end = clause_cut(head, end)
        cut = _stop_cut(head, end, action, data)
        if cut is None:
            return None
        end = cut
        if etype == "Legislation" and told_by_act(head):
            end = act_end(head, end)  # "a bill to extend the program" without its adjuncts
        limit = int(words("descriptive_actors")["max_tokens"])
        if end - start > limit:
            end = self._long_cut(head, end)  # a trailing "as part of ..." adjunct left out
        if end - start > limit or end <= head.i + 1:
            return None
        if self.state.doc[end - 1].lower_ in word_sets("sentence_abbreviations")["before_names"]:
            return None  # "... the work of former Wisconsin Sen." cut at a wrapped line
        return start, end

    def _told(
        self, head: Token, etype: str, action: bool, data: dict[str, frozenset[str]]
    ) -> list[Token] | None:
        """The children of ``head`` that tell what the described bill, plan, act or
        investigation is (a clause, an "into" phrase, a policy or act matter); None when ``head``
        is no description (possessed, pointed back to, generic)."""
        content = []
        speech = word_sets("cues_quotes")["speech_verbs"]
        for child in head.children:
            if child.dep_ == "poss" or child.lower_ in data["deictic"]:
                return None  # "Trump's plan to ...", "this bill": a proxy or a reference
            if action:
                if action_matter(head, child, self.state.owner):
                    content.append(child)  # "a ban on smoking in public places"
                elif etype == "Legislation" and child.lower_ in data["generic"]:
                    return None
                continue
            if (
                child.dep_ in data["content_deps"]
                and child.pos_ in ("VERB", "AUX")
                and child.left_edge.i == head.i + 1
                and child.lemma_.lower() not in speech
            ):  # the clause follows the head: "a measure to repeal", "a resolution that ..."
                # ("endorsed the legislation saying: ..." is the endorser's speech)
                content.append(child)
            elif (
                etype == "Investigation"
                and child.dep_ == "prep"
                and child.lower_ in data["investigation_prepositions"]
                and child.i == head.i + 1
            ):
                content.append(child)
            elif self._policy_matter(head, child, data):
                content.append(child)  # "plans for ID cards", "proposals on asylum"
            elif etype == "Legislation" and child.lower_ in data["generic"]:
                return None  # "any bill that raises taxes" is no bill in particular
        return content

    def _long_cut(self, head: Token, end: int) -> int:
        """Where a description too long to keep ends when cut at its first adjunct that a
        ``long_stops`` preposition opens inside the clause told of the head ("... troops to
        Iraq" before "as part of a strategy to ..."); ``end`` when there is none."""
        stops = word_sets("descriptive_actors")["long_stops"]
        for i in range(head.i + 2, end):
            tok = self.state.doc[i]
            if tok.lower_ in stops and tok.dep_ == "prep" and tok.head.i > head.i:
                before = self.state.doc[i - 1].pos_
                return end if before in ("ADJ", "DET", "CCONJ", "ADP") else i
        return end

    def _policy_matter(self, head: Token, child: Token, data: dict[str, frozenset[str]]) -> bool:
        """ "plans for ID cards": a plan or proposal told by the matter its preposition names
        (``policy_heads``, ``policy_prepositions``), unless an actor's name before the head
        makes it that actor's ("Tory plans for ...": a proxy of the party, ``arguments``)."""
        return (
            not self._names_laws  # "the plans for ID cards" in a text naming the ID card scheme
            and head.lemma_.lower() in data["policy_heads"]
            and child.dep_ == "prep"
            and child.lower_ in data["policy_prepositions"]
            and child.i == head.i + 1
            and any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in child.children)
            and not any(self.state.owner[c.i] is not None for c in head.lefts)
        )

    def _add_described(self, head: Token, span: tuple[int, int], etype: str) -> tuple[str, str]:
        """The described phrase as an entity, owning its head word only: the names inside it
        ("President Bush's plan") stay their own entities. A probe whose words name a known
        probe's topic is that probe under its canonical name, with the phrase as an alias
        ("any investigations involving the Trump campaign's contacts with Russia" is the
        "Russia investigation", ``topic_probes``): named, so not described."""
        phrase = self.state.doc[span[0] : span[1]]
        probe = _topic_probe(phrase) if etype == "Investigation" else None
        name = probe or phrase.text
        key = (etype, name.lower())
        self.actors.other_cluster(key, name, etype, head.i, [phrase.text])
        self._own_head(head, key)
        if probe is None:  # a known probe is named, not described
            self.state.described_keys.add(key)
        return key

    def _campaign(self, head: Token) -> None:
        """ "the Clinton campaign", "the Trump presidential campaign", "the Cruz camp": a
        candidate's name before the head, with no possessive, makes the campaign an
        organisation of its own, named "<name> campaign" ("Trump campaign", also for "the Trump
        camp"), its modifiers and head left to the aliases."""
        if any(c.dep_ == "poss" for c in head.children):
            return
        run = self._candidate_run(head)
        if run is None or not self._candidate_name(*run):
            return
        doc = self.state.doc
        first, end = run
        name = f"{doc[first:end].text} {words('descriptive_actors')['campaign_name']}"
        key = ("Organization", name.lower())
        phrase = doc[first : head.i + 1].text
        forms = [name] if phrase == name else [name, phrase]
        if first > 0 and doc[first - 1].lower_ == "the":
            forms.append(f"the {phrase}")
        self.actors.other_cluster(key, name, "Organization", first, forms)
        self._own_head(head, key)

    def _candidate_run(self, head: Token) -> tuple[int, int] | None:
        """Where the name before a campaign head stands: its one proper-noun compound ("the
        Clinton campaign", "Trump campaign adviser Carter Page"), or, where the parser read
        the name otherwise (a lone "Trump" as an adjective, a headline's noun "Sanders" in
        "Sanders campaign accuses Clinton"), up to three capitalised words right before the
        head that follow "the" or open the sentence; ``campaign_modifiers`` may stand between
        name and head ("the Trump presidential campaign")."""
        doc = self.state.doc
        end = head.i
        modifiers = word_sets("descriptive_actors")["campaign_modifiers"]
        while end > 0 and doc[end - 1].lower_ in modifiers:
            end -= 1
        names = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if len(names) == 1 and names[0].i == end - 1:
            first = names[0].left_edge.i
            return (first, end) if end - first <= 3 else None
        if names:
            return None
        first = end
        while first > 0 and end - first < 3:
            tok = doc[first - 1]
            if tok.pos_ == "DET" or not is_name_token(tok):
                break
            first -= 1
            if tok.is_sent_start:
                break
        if first == end or not (doc[first].is_sent_start or doc[first - 1].lower_ == "the"):
            return None
        return first, end

    def _candidate_name(self, start: int, end: int) -> bool:
        """Whether the words ``start:end`` before "campaign" name a candidate: a person the
        text names ("the Hillary Clinton campaign", its given name left unowned), or a name
        no entity of another kind took that is a known politician's surname or the model's
        person ("the Cruz campaign" in a text that never says "Ted Cruz"), also when the
        model misread the surname as an organisation of its own ("the Trump campaign": ORG
        "Trump"). A party, place, body or date before "campaign" is no candidate ("the
        Labour campaign", "the November campaign")."""
        doc = self.state.doc
        owned = [self.state.owner[i] for i in range(start, end)]
        owners = set(owned) - {None}
        owner = owners.pop() if len(owners) == 1 else None
        free = [doc[i] for i in range(start, end) if self.state.owner[i] is None]
        if not all(is_name_token(t) for t in free):
            return False
        if owner is not None and owner.is_person:
            return True
        run = doc[start:end]
        if owners or (owner is not None and owner.other != ("Organization", run.text.lower())):
            return False  # another kind of entity, or two of them
        return is_known_surname(doc[end - 1].text) or all(t.ent_type_ == "PERSON" for t in run)

    def _add_labelled(self, head: Token, name: str, forms: list[str]) -> None:
        """A plan named by its label (``labelled``) as a described entity owning its head."""
        key = ("Legislation", name.lower())
        self.actors.other_cluster(key, name, "Legislation", head.i, forms)
        self._own_head(head, key)
        _register_label(self.state, head, key)

    def _own_head(self, head: Token, key: tuple[str, str]) -> None:
        """Only the head word refers to the described entity: the names inside the phrase
        ("President Bush's plan", "the Clinton campaign") stay their own entities."""
        self.state.owner[head.i] = Owner.of_other(key)
        self.state.mentions.append((head.i, head.i + 1, Owner.of_other(key)))


def labelled(
    state: DocState, head: Token, data: dict[str, frozenset[str]]
) -> tuple[str, list[str]] | None:
    """ "the stimulus bill", "the CIA interrogation program", "the national emergency
    declaration": a definite plan or bill noun whose own noun modifiers say which one it
    is (``label_heads``) is the text's short name for it, as a reader (and the gold) keeps
    it, and becomes an entity named by its words from the first modifier to the head (a
    number before them left to the aliases: "a $250 million private school choice
    initiative"). Not a plural, a headline, a modifier, a possessed or pointed-back noun, a
    clause or name beside it ("the tax bill that ..." is described, ``_described_span``), a
    noun whose modifiers hold a person or party ("the Obama health plan", "the Republican
    tax bill": their owners' proxies, ``arguments``), nor a modifier that is a body or a
    time ("the Senate bill", "the 2005 budget"), where the words say whose or when, not
    which. Its name and its forms, or None."""
    doc = state.doc
    if head.tag_ != "NN" or head.is_upper or head.is_title:
        return None
    if head.dep_ in ("compound", "nmod", "poss", "amod", "appos"):
        return None
    dets = [c for c in head.children if c.dep_ in data["determiner_deps"]]
    if len(dets) != 1 or dets[0].lower_ not in data["label_determiners"]:
        return None
    if any(c.dep_ in data["label_clause_deps"] and not _set_off(head, c) for c in head.children):
        return None
    lefts = [c for c in head.lefts if c.dep_ not in data["determiner_deps"]]
    if not lefts or any(c.dep_ not in data["left_deps"] for c in lefts):
        return None
    naming = [c for c in lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    proper = _proper_label(state, head, lefts, data)
    if not proper and (not naming or head.i - naming[-1].i != 1 or not naming[-1].is_lower):
        return None  # the word before the head is a lower-case noun: "tax bill"
    words = [c for c in lefts if c.dep_ not in data["label_number_deps"]]
    start = min(t.left_edge.i for t in words)
    full = min(t.left_edge.i for t in lefts)
    for t in doc[full : head.i]:
        owner = state.owner[t.i]
        if owner is not None and (
            owner.is_person or owner.other[0].lower() in data["label_owner_types"]
        ):
            return None
        if t.like_num and t.i >= start or t.is_space or t.lower_ in data["stops"]:
            return None
        if t.lower_ in data["label_non_names"]:
            return None
    name = doc[start : head.i + 1].text
    key = ("Legislation", name.lower())
    if key in state.others and key not in state.described_keys:
        return None  # "the economic stimulus package" of a text naming the Package
    return name, sorted({name, doc[full : head.i + 1].text, doc[dets[0].i : head.i + 1].text})


def _register_label(state: DocState, head: Token, key: tuple[str, str]) -> None:
    """A labelled plan is described; its sponsors may reach it (``authored_bills``) when a
    participle set off after it tells who brought it in: "The port security legislation,
    introduced by Senators Susan Collins and Patty Murray, ..." (the label names the bill, the
    participle says more of that bill). A relative clause tells what the bill does ("the 1994
    crime bill, which provided for ...") and leaves sponsorship as it was."""
    state.described_keys.add(key)
    if any(c.dep_ == "acl" and _set_off(head, c) for c in head.children):
        state.authored_keys.add(key)


def _set_off(head: Token, clause: Token) -> bool:
    """Whether ``clause`` is set off from ``head`` by a comma right after it ("The port security
    legislation, introduced by Senators Susan Collins and Patty Murray,"): a non-restrictive
    clause says more of the labelled plan, not which one it is."""
    return (
        clause.dep_ in ("acl", "relcl")
        and head.i + 1 < len(head.doc)
        and head.doc[head.i + 1].lower_ == ","
        and clause.left_edge.i == head.i + 2
    )


def _proper_label(
    state: DocState, head: Token, lefts: list[Token], data: dict[str, frozenset[str]]
) -> bool:
    """ "the AgJOBS bill", "the NMPF proposal", "the AFG program": a label made of capitalised
    names alone, no entity's but an organisation's (whose plan it is, as "the Pentagon's
    proposal"), is the measure's short name as well (``label_heads`` but not
    ``label_proper_broadcast_heads``: "programme" is mostly a broadcast, "the Today
    programme"); never a person's, party's, body's, place's or law's name, nor a
    politician's surname the text never names in full ("the Obama plan",
    "the Senate bill", "the Texas bill", "the Medicaid program": whose, where, or another law),
    a month or weekday ("the January budget", ``label_proper_non_names``) or an outlet's name
    ("the MSNBC program": a show, ``organization_references.json``'s media words)."""
    heads = data["label_heads"] - data["label_proper_broadcast_heads"]
    if head.lower_ not in heads or not lefts or lefts[-1].i != head.i - 1:
        return False
    if any(t.dep_ != "compound" or t.pos_ != "PROPN" or t.is_lower for t in lefts):
        return False
    media = word_sets("organization_references")
    if lefts[-1].lower_ in media["media_broadcast"] | media["media_print"]:
        return False
    allowed = data["label_proper_owner_types"]
    for t in head.doc[min(c.left_edge.i for c in lefts) : head.i]:
        if t.lower_ in data["label_proper_non_names"] or is_known_surname(t.text):
            return False
        owner = state.owner[t.i]
        if owner is not None and (owner.is_person or owner.other[0].lower() not in allowed):
            return False
    return True


def _stop_cut(head: Token, end: int, action: bool, data: dict[str, frozenset[str]]) -> int | None:
    """Where a description ends at its first stop after ``head`` (a comma, a dash, a
    parenthesis: ``stops``; an act's bracketed abbreviation is none, ``bracketed_abbreviation``,
    nor the quotation marks of a quoted modifier, ``quoted_modifier``);
    None when the cut falls inside its noun phrase or leaves a word's conjunct or object behind."""
    doc = head.doc
    bracketed: set[int] = set()
    for i in range(head.i + 1, end):
        if action and bracketed_abbreviation(doc, i, end):
            bracketed.update((i, i + 1, i + 2))  # "the Abandoned Mine Land (AML) fund"
        bracketed.update(quoted_modifier(doc, i, end))
        if i in bracketed:
            continue
        if doc[i].lower_ in data["stops"] or doc[i].is_space:
            if doc[i - 1].pos_ in ("ADJ", "DET", "CCONJ", "ADP"):
                return None  # cut inside its noun phrase: "an investigation into tired, ..."
            if any(
                c.dep_ in data["uncut_deps"] and c.i >= i
                for t in doc[head.i + 1 : i]
                for c in t.children
            ):
                return None  # "sponsored by Sens. Jon Kyl (R-AZ) and ...", "fund – travel"
            return i
    return end


def _named_by_modifier(head: Token, data: dict[str, frozenset[str]]) -> bool:
    """Whether a noun before a bill head already tells which bill it is ("federal energy
    legislation", "a broader criminal justice bill"): the text's own short name for it, which a
    reader keeps to (a clause after it comments on that bill), so it is no described bill."""
    return any(
        c.dep_ in data["bill_naming_deps"] and c.pos_ in ("NOUN", "PROPN") for c in head.children
    )


def _introduced_anew(head: Token) -> bool:
    """ "a bill that ...", "an amendment to ...": a bill brought up with "a"/"an" after the
    text named its law is another one (``bill_references.another_bill`` reads a restrictive
    clause so), not that law told before its name."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _demanded(head: Token) -> bool:
    """Whether ``head`` is the object of an act someone is asked for ("urged the upper chamber to
    pass legislation that resolves the issue"): an indefinite bill that does not exist yet,
    described by what it should do, is no bill in particular (the demand verbs are
    ``cues_modality.json`` ``demand_verbs``)."""
    if head.dep_ not in ("dobj", "obj") or any(
        c.dep_ == "det" and c.lower_ not in ("a", "an") for c in head.children
    ):
        return False
    act = head.head
    if act.dep_ not in ("xcomp", "ccomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in act.children
    ):
        return False
    return act.head.lemma_.lower() in word_sets("cues_modality")["demand_verbs"]


def _parallel_cut(head: Token, end: int) -> int:
    """Where a description ends when the parser hung the next clause of its governing verb on
    it: "opposing plans to raise the retirement age for collecting Social Security and
    criticizing plans to curtail Medicare" (a gerund conjunct inside the description of a
    gerund's object) ends before "and criticizing"; also through a preposition ("voting against
    a bill to inform patients ... and opposing Medicaid expansion" ends before "and opposing")."""
    gov = head.head
    if head.dep_ == "pobj" and gov.dep_ == "prep" and gov.head.i != gov.i:
        gov = gov.head
    if gov == head or gov.pos_ != "VERB" or gov.tag_ != "VBG":
        return end  # "blocked a resolution that would have kept ... and extended ...": its own
    for tok in head.doc[head.i + 1 : end]:
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.tag_ == gov.tag_ and tok.head != gov:
            cut = tok.left_edge.i
            while cut > head.i + 1 and head.doc[cut - 1].pos_ in {"CCONJ", "PUNCT"}:
                cut -= 1
            return cut
    return end


def _topic_probe(words: Iterable[Token]) -> str | None:
    """The canonical name of the known probe whose topic ``words`` name ("... contacts with
    Russia" -> "Russia investigation", ``descriptive_actors.json`` ``topic_probes``), or None."""
    lowers = {t.lower_ for t in words}
    for probe, topic in TOPIC_PROBES.items():
        if lowers & topic:
            return probe
    return None
