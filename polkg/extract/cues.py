"""Modality cues: is a relation statement asserted, negated, hedged, or a demand on someone else?

"Trump did not endorse Romney", "Trump refused to endorse Romney", "Obama is expected to endorse
Biden", "If Trump endorses him, ..." and "Senators urged Sessions to recuse himself" all contain a
relation trigger, but none asserts the relation. The cue words live in
``patterns/cues_modality.json`` so a user can extend them without touching code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

import polkg.extract.misread_cues as misread
from polkg.extract.alternatives import rejected_alternative
from polkg.extract.inverted_conditions import word_order_hedges
from polkg.extract.lexicon import words
from polkg.extract.narrated_cues import past_event, quoted_governor

_CLIMB_DEPS = {"xcomp", "ccomp", "acomp"}
_MODAL_DEPS = {"aux", "auxpass"}
_OBJECT_DEPS = {"dobj", "dative", "obj", "iobj"}
_PARTICLE_DEPS = {"prt", "advmod"}
_PRESENT = {"VBP", "VBZ"}
# what may lie between a claim noun and a trigger inside its content clause: "the assertion
# that Nunes had no grounds to issue a subpoena because he had recused himself"
_CONTENT_INNER = {"advcl", "xcomp", "ccomp", "acl", "dobj", "pobj", "prep", "pcomp", "conj", "attr"}


@dataclass(frozen=True)
class Modality:
    """What the words around a trigger say about it; ``reasons`` name the cues (for debugging)."""

    negated: bool = False
    hedged: bool = False
    demand: bool = False
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class CueLexicon:
    """The cue word lists of ``cues_modality.json`` as frozensets of lower-case lemmas."""

    lists: dict[str, frozenset[str]]
    relation_exempt: dict[str, frozenset[str]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists.get(name, frozenset())

    @classmethod
    def _from_data(cls, data: dict) -> CueLexicon:
        lists = {
            k: frozenset(w.lower() for w in v)
            for k, v in data.items()
            if isinstance(v, list) and not k.startswith("_")
        }
        exempt = {
            rel: frozenset(w.lower() for w in words)
            for rel, words in data.get("relation_exempt", {}).items()
        }
        return cls(lists=lists, relation_exempt=exempt)


@lru_cache(maxsize=1)
def default_cues() -> CueLexicon:
    """The packaged cue lexicon (read once)."""
    return CueLexicon._from_data(words("cues_modality"))


def guessed_name(token: Token, lex: CueLexicon) -> bool:
    """An argument the text only guesses at: a hedge adverb on the name itself ("praised 'my
    pilot' -- presumably Dunkin", "apparently Trump"): who is meant is not asserted."""
    return any(
        c.dep_ == "advmod" and c.i < token.i and c.lower_ in lex["hedge_adverbs"]
        for c in token.children
    )


def excluded_name(token: Token, trigger: Token) -> bool:
    """An argument the sentence sets apart by its own "not" ("Other speakers, but not Michelle
    Obama, took direct shots at Romney", "Pence, not Trump, attacked ..."): the clause is denied
    of it, not what its own relative clause says ("Not Joe Donnelly, ..., who all voted to
    confirm Neil Gorsuch"); "not only Trump" adds (``_not_only``)."""
    return any(
        c.dep_ == "neg" and c.i < token.i and not _not_only(c) for c in token.children
    ) and not (token.left_edge.i <= trigger.i <= token.right_edge.i)


def phrase_hedge(phrase: Iterable[Token], lex: CueLexicon) -> str | None:
    """A hedge modifier on a noun of the rule's own phrase, beside its anchor ("Michelle Obama
    takes apparent shot at Donald Trump", "launched a possible swipe at"): the writer only takes
    the phrase to fit, as "his alleged rival" on an anchor noun (``hedge_noun_modifiers``)."""
    for word in phrase:
        if word.pos_ != "NOUN":
            continue
        for c in word.children:
            if _hedge_modifier(c, lex):
                return c.lower_
    return None


def _hedge_modifier(c: Token, lex: CueLexicon) -> bool:
    """Whether ``c`` is a hedging adjective on its noun ("his alleged rival", "a potential
    challenger", "apparent shot"; ``hedge_noun_modifiers``)."""
    return c.dep_ == "amod" and c.lower_ in lex["hedge_noun_modifiers"]


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _phrasal(token: Token, *lists: frozenset[str]) -> str | None:
    """The verb with the particle right after it ("back away", "walk back") when a list has it."""
    for c in token.children:
        if c.dep_ in _PARTICLE_DEPS and c.i == token.i + 1:
            phrase = f"{_lemma(token)} {c.lower_}"
            if any(phrase in words for words in lists):
                return phrase
    return None


def _verbal(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"}


def _condition_mark(clause: Token, lex: CueLexicon) -> str | None:
    """The "if"/"unless" that makes an adverbial clause a condition, if it has one."""
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ in lex["condition_clause_marks"]:
            return c.lower_
    return None


def has_condition(token: Token, lex: CueLexicon) -> bool:
    """Whether an "if"/"unless" clause hangs on ``token`` ("back Moore if he wins")."""
    return any(c.dep_ == "advcl" and _condition_mark(c, lex) for c in token.children)


def _demands_clause(verb: Token, lex: CueLexicon) -> bool:
    """A demand verb whose complement clause is the demand ("demanded that he resign"); what
    one tells ("told reporters Sessions was weak") is a statement."""
    return _lemma(verb) in lex["demand_verbs"] and _lemma(verb) not in lex["telling_verbs"]


def _alternative(tok: Token, lex: CueLexicon) -> bool:
    """One of two alternatives the speaker offers ("either X lied or ..."): a clause with a
    coordinated "or" whose first words hold "either"."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.children):
        return False
    return any(t.lower_ in lex["alternative_marks"] for t in tok.subtree if t.i < tok.i)


def _has_to(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _infinitive_root(col: _Collector, root: Token) -> None:
    """A "to"-infinitive as its sentence's root tells no act yet: a headline ("Obama to endorse
    Clinton") or a sentence cut at an abbreviation ("... calling for Ariz. | Gov. Jan Brewer to
    veto a controversial bill")."""
    if root.tag_ == "VB" and _has_to(root):
        col.hedge("infinitive-root")


class _Collector:
    def __init__(self, lex: CueLexicon, relation: str, ignore: frozenset[int]) -> None:
        self.lex = lex
        self.relation = relation
        self.exempt = lex.relation_exempt.get(relation, frozenset())
        self.ignore = ignore
        self.negated = False
        self.hedged = False
        self.demand = False
        self.reasons: list[str] = []

    def neg(self, why: str) -> None:
        self.negated = True
        self.reasons.append(f"negated:{why}")

    def hedge(self, why: str) -> None:
        if why.split(":")[-1] in self.exempt:
            return
        self.hedged = True
        self.reasons.append(f"hedged:{why}")

    def own_children(self, tok: Token, *, inherit_only_hedges: bool = False) -> None:
        """Cues attached directly to a verb, adjective or noun of the governing chain."""
        lex = self.lex
        for c in tok.children:
            if c.i in self.ignore:
                continue
            low = _folded(c)
            if not inherit_only_hedges and _negation(c, lex):
                self.neg(low)
            elif not inherit_only_hedges and c.dep_ in _SUBJECT_DEPS and _negated_subject(c, lex):
                self.neg(f"subject:{c.lower_}")  # "Not a single public poll showed Jones leading"
            elif c.dep_ in _SUBJECT_DEPS and (mark := misread.mark_in_subject(c, lex)):
                self.hedge(f"conditional:{mark}")  # "► Whether Trump had expressed ..."
            elif c.dep_ in _MODAL_DEPS and (
                low in lex["hedge_modals"] or _lemma(c) in lex["hedge_modals"]
            ):
                self.hedge(f"modal:{low}")
            elif (
                c.dep_ == "punct" and low in lex["contracted_modals"] and tok.tag_ in {"VB", "VBP"}
            ):
                self.hedge(f"modal:{low}")  # "he’d slavishly defend Trump" ("’d" as punct)
            elif c.dep_ == "advmod" and low in lex["hedge_adverbs"]:
                if not _degree_hedge(c):
                    self.hedge(f"adverb:{low}")
            elif c.dep_ == "mark" and low in lex["conditional_marks"]:
                if not past_event(tok, low, lex):
                    self.hedge(f"conditional:{low}")
            elif c.dep_ == "mark" and low in lex["prospective_marks"] and tok.tag_ in _PRESENT:
                self.hedge(f"prospective:{low}")  # "Before you vote to repeal the ACA, ..."
            elif _hedge_modifier(c, lex):
                self.hedge(f"modifier:{low}")  # "his alleged rival", "a potential challenger"
            elif c.dep_ == "parataxis" and _lemma(c) in lex["hedging_reporters"]:
                self.hedge(f"reporter:{_lemma(c)}")  # "X alleged, by way of example, Y had ..."
            elif c.dep_ == "advcl" and (mark := _condition_mark(c, lex)):
                self.hedge(f"condition:{mark}")  # "back X if he wins"
        for aux in (c for c in tok.children if c.dep_ in {"aux", "auxpass"}):
            # a modal the parser hung on another auxiliary: "how it can be best positioned"
            # ("can" and "it" under "be")
            for c in aux.children:
                if c.dep_ in _MODAL_DEPS and _lemma(c) in lex["hedge_modals"]:
                    self.hedge(f"modal:{c.lower_}")
                elif (
                    not inherit_only_hedges
                    and c.dep_ == "neg"
                    and c.i not in self.ignore
                    and _negation(c, lex)
                ):
                    # a contracted negation the parser hung on the auxiliary: "Republicans
                    # aren’t voting for Graham-Cassidy" ("n’t" under "are", not "voting")
                    self.neg(_folded(c))
        if _alternative(tok, lex):
            self.hedge("alternative")  # "Either Sessions lied or he is being framed"

    def lemma_cues(self, tok: Token) -> None:
        """Cues carried by the governing word itself ("refused to", "expected to", "likely to")."""
        if tok.i in self.ignore:
            return  # part of the statement itself ("I think" over the speaker's judgement)
        lex = self.lex
        lem = _lemma(tok)
        if any(
            c.dep_ == "advmod" and c.lower_ in lex["false_report_adverbs"] for c in tok.children
        ):
            self.hedge(f"false-report:{lem}")  # "Lee said, incorrectly, that Ryan had ..."
        if lem in lex["negating_verbs"] or lem in lex["negating_nouns"]:
            self.neg(lem)
        elif tok.pos_ in {"VERB", "AUX"} and (phrase := _phrasal(tok, lex["negating_verbs"])):
            self.neg(phrase)
        elif tok.pos_ == "ADJ" and lem in lex["negating_adjectives"]:
            self.neg(lem)
        elif tok.pos_ == "ADJ" and lem in lex["hedge_adjectives"]:
            self.hedge(f"adjective:{lem}")
        elif tok.pos_ in {"VERB", "AUX"} and lem in lex["hedge_verbs"]:
            if lem == "have" and not any(c.dep_ == "xcomp" for c in tok.children):
                return  # "has to endorse" hedges; "he has my strong support" asserts
            self.hedge(f"verb:{lem}")
        elif tok.pos_ in {"VERB", "AUX"} and (phrase := _phrasal(tok, lex["hedge_verbs"])):
            self.hedge(f"verb:{phrase}")  # "I look forward to supporting the President"
        elif tok.pos_ == "NOUN" and lem in lex["hedge_nouns"]:
            self.hedge(f"noun:{lem}")
        elif lem == "be" and (noun := _in_occasion(tok, lex)) is not None:
            self.hedge(f"occasion:{noun}")


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _in_occasion(copula: Token, lex: CueLexicon) -> str | None:
    """The occasion noun of a copula's "in" phrase ("Cruz is in the best position by far to
    ... defeat Clinton", the infinitive hung on "is"): what the standing permits, not done."""
    for prep in copula.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in prep.children:
                if noun.dep_ == "pobj" and _lemma(noun) in lex["occasion_nouns"]:
                    return _lemma(noun)
    return None


def _negated_subject(subject: Token, lex: CueLexicon) -> bool:
    """A subject that denies its clause: "Not a single poll showed ...", "No poll has shown
    ..." (not "Not only Trump ...": a negated focus adverb adds, it does not deny)."""
    for c in subject.children:
        if c.dep_ == "det" and c.lower_ == "no":
            return True
        if c.dep_ == "neg" and c.i < subject.i:
            after = subject.doc[c.i + 1] if c.i + 1 < len(subject.doc) else None
            if after is None or after.lower_ not in lex["focus_adverbs"]:
                return True
    return False


# arcs the parser may hang a negation particle on instead of "neg" ("never", "no")
_NEGATION_PARTICLE_DEPS = frozenset({"advmod", "det", "preconj", "punct"})


def _negation(c: Token, lex: CueLexicon) -> bool:
    """Whether the child ``c`` negates its head: a ``neg`` arc, or a negation particle the
    parser hung as an adverb, a determiner, a preconjunction or punctuation ("never", "no",
    "neither"; ``negation_particles``); never the "not" of "not only", which adds."""
    if c.dep_ != "neg" and not (
        c.dep_ in _NEGATION_PARTICLE_DEPS and _folded(c) in lex["negation_particles"]
    ):
        return False
    return not _not_only(c)


def _folded(c: Token) -> str:
    """A word's lower-case form with a curly apostrophe made straight ("n’t" -> "n't")."""
    return c.lower_.replace("’", "'")


def _not_only(negation: Token) -> bool:
    """ "Not only did Bannon cost us a seat, but ...": "not only" adds, it never denies."""
    doc = negation.doc
    return negation.i + 1 < len(doc) and doc[negation.i + 1].lower_ == "only"


def _degree_hedge(adverb: Token) -> bool:
    """A hedge adverb before a superlative hedges the degree, not the event: "faced perhaps
    the toughest challenge of his career from X" (he faced it; "the toughest" is hedged)."""
    doc = adverb.doc
    k = adverb.i + 1
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    return k < len(doc) and (doc[k].tag_ in {"JJS", "RBS"} or doc[k].lower_ == "most")


def _object_demand(col: _Collector, verb: Token) -> None:
    """A demand verb whose object is to do the clause below it ("urged him to recuse", "called
    on him to resign"); never one that is part of the rule's own phrase (``ignore``: the "tell"
    of "Tell Donald Trump to go to hell", an insult, quote_judgements.py)."""
    if _lemma(verb) not in col.lex["demand_verbs"] or verb.i in col.ignore:
        return
    controlled = any(c.dep_ in _OBJECT_DEPS for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "on" for c in verb.children
    )
    if controlled:
        col.demand = True
        col.hedge(f"demand:{_lemma(verb)}")


def modality(
    anchor: Token,
    relation: str,
    *,
    ignore: frozenset[int] = frozenset(),
    lexicon: CueLexicon | None = None,
    outer: bool = False,
) -> Modality:
    """Negation, hedging and demands that govern ``anchor``, the word that states the relation.

    Walks from the anchor up through the clauses that govern it (control and complement clauses,
    "to"-infinitives on nouns), collecting cues. Coordinated verbs inherit hedges (a shared modal)
    but not negation ("did not endorse X but backed Y"). ``ignore`` holds token indices that are
    part of the rule itself (the "not" of "should not trust Sessions"); ``outer``: see
    `_outer_noun_cues`.
    """
    lex = lexicon or default_cues()
    col = _Collector(lex, relation, ignore)
    _anchor_cues(col, anchor)
    tok = anchor
    if anchor.pos_ in {"NOUN", "PROPN"}:
        governor = _noun_governor(anchor, col, outer)
        if governor is None:
            return _done(col)
        tok = governor

    for _ in range(10):
        col.own_children(tok)
        _concessive_denial(col, tok)
        if tok != anchor:
            col.lemma_cues(tok)
        head = tok.head
        if head == tok or tok.dep_ in _CLIMB_DEPS and quoted_governor(tok, head):
            _infinitive_root(col, tok)  # "Gov. Jan Brewer to veto a controversial bill"
            break
        if tok.dep_ in _CLIMB_DEPS:
            _raising_hedge(col, tok, anchor)  # "appeared to blame the Republicans"
            if tok.dep_ == "xcomp":
                _object_demand(col, head)  # "urged him to recuse"
            if tok.dep_ == "ccomp" and _demands_clause(head, lex):
                col.demand = True
                col.hedge(f"demand:{_lemma(head)}")
            tok = head
        elif tok.dep_ in {"acl", "relcl"} and _has_to(tok):
            above = _infinitive_noun_governor(col, head)
            if above is None:
                break
            tok = above
        elif (
            tok.dep_ == "acl"
            and tok.tag_ == "VBG"
            and head.dep_ in _OBJECT_DEPS
            and not _own_subject(tok)
        ):
            # "(Sessions may join) a crowded field vying for ...": the joining governs (with a
            # subject of its own the clause is the noun's content: "claims that TBWA was
            # blaming him", `_content_hedge`)
            tok = head.head
        elif tok.dep_ == "pcomp":
            above = _pcomp_governor(col, head)
            if above is None:
                break
            tok = above
        elif tok.dep_ == "advcl" and _has_to(tok) and _lemma(head) in lex["demand_verbs"]:
            # "Democrats called for him to recuse himself"
            col.demand = True
            col.hedge(f"demand:{_lemma(head)}")
            break
        elif tok.dep_ == "advcl" and _has_to(tok) and _verbal(head):
            # a purpose clause: "will work overtime to render Tillis unacceptable"
            _predicate_adjective_cues(col, head)
            tok = head
        elif tok.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
            _conjunct_cues(col, tok, head)
            break
        else:
            _content_hedge(col, tok)
            break
    return _done(col)


def _anchor_cues(col: _Collector, anchor: Token) -> None:
    """Cues read from the anchor's place in its sentence: a question, an inverted condition
    ("should he get to the Senate"), a content clause of denied evidence ("no evidence that")."""
    for why in word_order_hedges(anchor, col.lex):
        col.hedge(why)
    if (evidence := misread.denied_evidence(anchor, col.lex)) is not None:
        col.neg(f"content:no {evidence}")


def _predicate_adjective_cues(col: _Collector, verb: Token) -> None:
    """An infinitive the parser hung on a copula ("is", "'s") belongs to its predicate
    adjective: in "he's not 'ready' at this point to support Trump" the "not" and the "ready"
    govern "support"."""
    for adjective in (c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"):
        col.own_children(adjective)
        col.lemma_cues(adjective)


def _concessive_denial(col: _Collector, verb: Token) -> None:
    """A "though" clause on ``verb`` that denies the same relation takes it back: "is urging its
    members to vote for Sanders ..., though it is not endorsing him" (``concessive_denials``);
    so does "rather than" before it: "to leave ballots blank rather than vote for Jones"."""
    alternative = rejected_alternative(verb)
    if alternative is not None:
        col.neg(f"alternative:{alternative}")
    denials = col.lex[f"concessive_denials_{col.relation}"]
    for clause in verb.children:
        if clause.dep_ != "advcl" or _lemma(clause) not in denials:
            continue
        marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if (
            marks & col.lex["concessive_marks"]
            and any(c.dep_ == "neg" for c in clause.children)
            and subject is not None
            and subject.pos_ == "PRON"
        ):
            col.neg(f"concessive:{_lemma(clause)}")


def _content_hedge(col: _Collector, tok: Token) -> None:
    """The content of a belief, claim or report is not asserted: "his belief that Ukraine
    meddled to ...", nor an adverbial clause (a reason, a time) inside it: "following reports
    that Sessions offered his resignation because the President blamed Sessions" reports the
    blame too, nor anything deeper in it but a relative clause on a named actor: "the assertion
    that Nunes had no grounds to issue a subpoena because he had recused himself"."""
    clause = tok
    while clause.head != clause and (
        clause.dep_ not in {"relcl", "parataxis"} or _content_clause(clause)
    ):
        nouns = {_lemma(clause.head)}
        if clause.dep_ == "acl":  # "all of the arguments, including Fusion's assertion that
            # Nunes had ...": the parser hung the clause on "all", the noun before "that" owns it
            nouns |= {_lemma(m.nbor(-1)) for m in clause.children if m.dep_ == "mark" and m.i}
        noun = min(nouns & col.lex["hedging_content_nouns"], default=None)
        if _presented(col, clause.head):
            noun = _lemma(clause.head)  # "as lead evidence that he ... were mocking Phillips"
        if (clause.dep_ in {"acl", "ccomp"} or _content_clause(clause)) and noun is not None:
            col.hedge(f"content:{noun}")
            return
        if clause.dep_ not in _CONTENT_INNER:
            return
        clause = clause.head
    _relative_content(col, clause)


def _own_subject(clause: Token) -> bool:
    """Whether ``clause`` has a subject of its own, which makes it a clause apart."""
    return any(c.dep_ in _SUBJECT_DEPS for c in clause.children)


def _content_clause(clause: Token) -> bool:
    """A clause the parser took for a relative one whose "that" is a mark, not a relative
    pronoun, and which has a subject of its own: the noun's content ("the idea that Trump or his
    campaign colluded with Russia"), not a description of it."""
    return (
        clause.dep_ == "relcl"
        and _own_subject(clause)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )


def _presented(col: _Collector, noun: Token) -> bool:
    """A noun offered "as" evidence or a sign of something: its content is that reading."""
    return (
        _lemma(noun) in col.lex["presented_content_nouns"]
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "as"
    )


def _relative_content(col: _Collector, clause: Token) -> None:
    """A relative clause that reports what a report or claim says holds its content too:
    "Hannity blasted a report that said Trump had tried to fire Mueller ... and accused the
    Times" leaves the accusation the report's (as "reports that ..."), not the text's."""
    while clause.dep_ in _CONTENT_INNER and clause.head != clause:
        clause = clause.head
    if (
        clause.dep_ == "relcl"
        and _lemma(clause.head) in col.lex["hedging_content_nouns"]
        and _lemma(clause) in col.lex["content_relative_verbs"]
        and any(c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in clause.children)
    ):
        col.hedge(f"content:{_lemma(clause.head)}")


def _raising_hedge(col: _Collector, tok: Token, anchor: Token) -> None:
    """The trigger itself as the infinitive right after "appear" (or a passive "was reported",
    "is said") is hedged: "he appeared to
    blame the Republicans"; not "appeared on television to criticize" (a purpose) nor the means of
    what appeared ("appeared to be defending Sessions by attacking the Post": he attacked)."""
    head = tok.head
    passive = _lemma(head) in col.lex["passive_raising_hedge_verbs"] and any(
        c.dep_ == "auxpass" for c in head.children
    )  # "Kelly was reported to frequently call the president an 'idiot'"
    if (
        tok == anchor
        and tok.dep_ == "xcomp"
        and (_lemma(head) in col.lex["raising_hedge_verbs"] or passive)
        and tok.left_edge.i == head.i + 1
    ):
        col.hedge(f"verb:{_lemma(head)}")
    if tok.dep_ == "ccomp" and (adverb := misread.false_report_before(tok, col.lex)):
        col.hedge(f"false-report:{adverb}")  # "Lee said, incorrectly, that Ryan had ..."


def _infinitive_noun_governor(col: _Collector, noun: Token) -> Token | None:
    """Cues of a noun a "to"-infinitive hangs on ("ways to oppose Trump", "time for Rubio to
    attack"), the act an occasion noun calls for hedged; the verb to climb to, if any."""
    lex = col.lex
    col.own_children(noun)
    col.lemma_cues(noun)
    if _lemma(noun) in lex["occasion_nouns"] and noun.dep_ not in _OBJECT_DEPS:
        col.hedge(f"occasion:{_lemma(noun)}")  # "when it came time for Rubio to attack"
    if noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"}:
        # "(may join a field) vying for the nomination to run against X"
        return noun.head.head
    particle = noun.head.head
    if (
        noun.dep_ == "pobj"
        and particle.dep_ in {"advmod", "prt"}
        and particle.pos_ in {"ADV", "ADP"}
        and particle.head.pos_ in {"VERB", "AUX"}
    ):
        # "appears to be backing away from his pledge to support Trump if ...": the parser
        # hangs "from" on the particle; the verb above it governs
        return particle.head
    if noun.dep_ not in _OBJECT_DEPS | {"attr"} or noun.head == noun:
        return None
    return noun.head  # "cannot find ways to oppose Trump": the finding governs


def _pcomp_governor(col: _Collector, prep: Token) -> Token | None:
    """Cues of a gerund's preposition and what it hangs on; the verb to climb to, if any."""
    lex = col.lex
    if prep.lower_ in lex["negating_preps"]:
        col.neg(prep.lower_)
        return None
    if prep.lower_ in lex["allegation_preps"] and _lemma(prep.head) in lex["allegation_verbs"]:
        col.hedge(f"allegation:{_lemma(prep.head)}")  # "accused Mr. Obama of being critical"
        return None
    if prep.lower_ == "to" and _lemma(prep.head) in lex["pledge_verbs"]:
        col.hedge(f"pledge:{_lemma(prep.head)}")  # "committed to stepping aside from ..."
        return None
    if prep.lower_ in lex["means_preps"] and _verbal(prep.head):
        return prep.head  # "will work ... by hitting him": the means shares its verb's modality
    if (light := misread.light_verb_hedge(prep, lex)) is not None:
        col.hedge(f"noun:{light}")  # "is taking a look at running against Jones"
        return prep.head
    if prep.dep_ == "prep" and prep.head.pos_ == "NOUN":
        # "had no intention of recusing himself": the noun's cues, then its verb's
        noun = prep.head
        col.own_children(noun)
        col.lemma_cues(noun)
        if noun.dep_ in _OBJECT_DEPS | {"attr"} and _verbal(noun.head):
            return noun.head
        return None
    if prep.lower_ in lex["intention_preps"] and _lemma(prep.head) in lex["hedge_verbs"]:
        return prep.head  # "I don't plan on starting things by criticizing other Republicans"
    if prep.lower_ in lex["content_preps"] and _verbal(prep.head):
        return prep.head  # "will return to attacking the press": what the verb is about
    return None


def _conjunct_cues(col: _Collector, tok: Token, head: Token) -> None:
    """A shared modal or hedge reaches a conjunct (a modal only one without a subject of its
    own), a negation does not (but "nor" negates its own conjunct); so does a demand or hedge
    governing the first conjunct ("faces calls to resign or recuse himself"), when both are
    bare infinitives ("tried to restrict X and denigrated Y": a finite verb is its own)."""
    if any(
        c.dep_ == "cc" and head.i < c.i < tok.i and c.lower_ in col.lex["negation_particles"]
        for c in head.children
    ):
        col.neg("coordinator")  # "have not endorsed the idea ... nor criticized Mueller"
    _relative_content(col, head)  # "a report that said X had tried ... and accused Y"
    sub = _Collector(col.lex, col.relation, col.ignore)
    sub.own_children(head, inherit_only_hedges=True)
    if (first := misread.series_first(head)).i != head.i:
        sub.own_children(first, inherit_only_hedges=True)
    own_clause = _own_subject(tok)
    if own_clause or _finite_after_infinitive(tok, head):
        # "Mr. Trump may have said some bad words, but Bill Clinton raped me": a conjunct with
        # its own subject is a clause of its own, out of reach of the first one's modal verb
        sub.reasons = [r for r in sub.reasons if not r.startswith("hedged:modal:")]
        sub.hedged = bool(sub.reasons)
    if sub.hedged:
        col.hedge("conj:" + ",".join(sub.reasons))
    # one complement clause of two verbs: what governs it governs both ("he mistakenly
    # believed Gattine heard those remarks and called him a racist"); of two bare infinitives,
    # a demand too
    complement = head.dep_ == "ccomp" and tok.tag_ == head.tag_
    # two bare infinitives, also when the parser took the first one's "to" for a preposition
    # ("to both win the nomination ... and to then go on and defeat Clinton")
    infinitive = (
        (_has_to(head) or (head.dep_ == "xcomp" and _has_to(tok)))
        and tok.tag_ == "VB"
        and head.tag_ == "VB"
    ) or _second_for_infinitive(tok, head)
    gerunds = misread.gerund_conjunct(tok, head)  # "of being booted ... and forced to spar"
    if not (complement or infinitive or gerunds):
        return
    above = modality(head, col.relation, ignore=col.ignore, lexicon=col.lex)
    demand = infinitive and above.demand
    if above.hedged or demand:
        col.demand = col.demand or demand
        col.hedge("conj:" + ",".join(above.reasons))


def _second_for_infinitive(tok: Token, head: Token) -> bool:
    """A second "for X to ..." after a first "to" clause is governed as that one is: "call for
    Obama's orders to be reversed and for the U.S. to exit NAFTA" demands both."""
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)
    return marked and tok.tag_ == "VB" and _has_to(head) and _has_to(tok)


def _finite_after_infinitive(tok: Token, head: Token) -> bool:
    """A tensed verb the parser coordinated with a modal's bare infinitive is no second
    infinitive under that modal, but the reporting clause's own next verb: "Blair said Labour
    would set out plans ... and attacked the Tory plans" (the attack happened). Only a form
    that shows its tense ("attacked", "praises"): "would get drunk and hit me" is one chain."""
    return tok.tag_ in {"VBD", "VBZ"} and head.tag_ == "VB" and tok.lower_ != tok.lemma_.lower()


def _noun_governor(anchor: Token, col: _Collector, outer: bool = False) -> Token | None:
    """Cues on a noun anchor and its governing verb ("their refusal to back X", "is against
    the nomination"); the verb to climb from, or None when no verb governs the noun (then,
    with ``outer``, the cues of a noun it complements: `_outer_noun_cues`)."""
    lex = col.lex
    col.own_children(anchor)
    if _lemma(anchor) in lex["negating_nouns"] and anchor.i not in col.ignore:
        col.neg(_lemma(anchor))  # "their refusal to back X"; not the rule's own word
    if anchor.dep_ == "conj" and anchor.head.pos_ in {"NOUN", "PROPN"}:
        _noun_conjunct_cues(col, anchor)
        return None
    gov = anchor.head
    if anchor.dep_ == "pobj" and gov.dep_ in {"prep", "agent"}:
        if gov.lower_ in lex["negating_preps"]:
            col.neg(gov.lower_)
        gov = gov.head
        if gov.dep_ in _PARTICLE_DEPS and gov.head.pos_ == "VERB":
            gov = gov.head  # "backed away from his support for X"
        elif gov.pos_ == "NUM" and gov.dep_ == "attr":
            gov = gov.head  # "was not one of Trump's supporters": the copula governs
    if gov == anchor or gov.pos_ not in {"VERB", "AUX"}:
        if outer:
            _outer_noun_cues(col, anchor)
        return None
    lem = _lemma(gov)
    phrase = _phrasal(gov, lex["noun_governor_negators"], lex["negating_verbs"])
    if lem in lex["noun_governor_negators"] or phrase:
        col.neg(f"governor:{phrase or lem}")
    elif lem in lex["noun_governor_hedges"]:
        col.hedge(f"governor:{lem}")
    return gov


def _noun_conjunct_cues(col: _Collector, anchor: Token) -> None:
    """A noun listed after another shares the hedges that govern the first one, as a verb's
    conjunct does (`_conjunct_cues`), not its negation ("is not a Democrat but a Trump
    supporter"): "The Daily Beast claimed that Brook is a forklift driver and Trump supporter"
    is the claim's content."""
    first = anchor
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"} and first.head != first:
        first = first.head
    above = modality(first, col.relation, ignore=col.ignore, lexicon=col.lex)
    if above.hedged:
        col.hedge("conj:" + ",".join(above.reasons))


def _outer_noun_cues(col: _Collector, anchor: Token) -> None:
    """A stance noun that is the "of" or "for" complement of another noun is asserted only as
    that noun is: "fears of Republican opposition" and "the prospect of GOP support" hedge it,
    "the lack of Democratic support" negates it (`outer_hedge_nouns`, `outer_negating_nouns`),
    and the outer noun's own modifiers and clause count too ("a possible wave of GOP criticism",
    "which will be ground zero for Democratic attacks on the president")."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
        return
    noun = prep.head
    if noun.pos_ != "NOUN":
        return
    lex = col.lex
    lem = _lemma(noun)
    if lem in lex["outer_negating_nouns"] or lem in lex["negating_nouns"]:
        col.neg(f"outer:{lem}")
    elif any(lem in lex[name] for name in _OUTER_HEDGES):
        col.hedge(f"outer:{lem}")
    above = modality(noun, col.relation, ignore=col.ignore, lexicon=lex, outer=True)
    col.negated = col.negated or above.negated
    col.hedged = col.hedged or above.hedged
    col.demand = col.demand or above.demand
    col.reasons += [f"outer:{r}" for r in above.reasons]


_OUTER_HEDGES = ("outer_hedge_nouns", "hedge_nouns", "hedging_content_nouns")


def _done(col: _Collector) -> Modality:
    return Modality(col.negated, col.hedged, col.demand, tuple(col.reasons))


def _without_own_future(trigger: Token, mod: Modality, lexicon: CueLexicon) -> Modality:
    """``mod`` without its hedge when that hedge is only a future modal ("will") of the
    trigger's own (also as a conjunct's, "I will support X, and I will be opposing Y");
    otherwise ``mod`` as it is."""
    hedges = [r for r in mod.reasons if r.startswith("hedged:")]
    modals = {f"hedged:modal:{w}" for w in lexicon["scheduled_modals"]}
    future = modals | {f"hedged:conj:{r}" for r in modals}
    if not hedges or any(r not in future for r in hedges):
        return mod
    own = {_folded(c) for c in trigger.children if c.dep_ == "aux"}
    if not own & lexicon["scheduled_modals"]:
        return mod  # the "will" governs another clause ("will say he faces ...")
    kept = tuple(r for r in mod.reasons if r not in future)
    return Modality(mod.negated, False, mod.demand, kept)


def scheduled_contest(trigger: Token, mod: Modality, lexicon: CueLexicon) -> Modality:
    """A contest already set is stated, not intended: a future "will" on a contest verb
    ("Walsh will challenge Trump", "McConnell will face Grimes in November"; GUIDELINES.md) is no
    hedge when it is the statement's only one; "would", "may", a condition or a hedge on a
    governing clause ("is expected to face") still hedge."""
    if not mod.hedged or mod.negated or _lemma(trigger) not in lexicon["scheduled_contest_verbs"]:
        return mod
    if trigger.dep_ in {"ccomp", "xcomp"} and _lemma(trigger.head) in lexicon.relation_exempt.get(
        "opposes", frozenset()
    ):
        return mod  # someone's wish: "Many hope he'll challenge Republican Sen. Cory Gardner"
    return _without_own_future(trigger, mod, lexicon)


def declared_choice(trigger: Token, mod: Modality, lexicon: CueLexicon) -> Modality:
    """A speaker's own declared vote or support is a stance taken, not an intention: "I will
    vote for Hillary Clinton", "we'll support Donald Trump" (a first-person subject, a future
    "will" of the verb's own, a verb of ``declared_choice_verbs``) are unhedged as "I'm going to
    vote for" already is; "would", "may", a condition ("If she wins, I will support her"), a
    hedge on a governing clause and any negation ("I will not vote for") stay. The speaker's
    vote a candidate will hold ("Donald will get my vote") is declared so too."""
    if not mod.hedged or mod.negated:
        return mod
    if _lemma(trigger) in lexicon["declared_choice_nouns"] and any(
        c.dep_ == "poss" and c.lower_ in lexicon["declaring_possessives"] for c in trigger.children
    ):
        return _without_own_future(trigger.head, mod, lexicon)
    if _lemma(trigger) not in lexicon["declared_choice_verbs"]:
        return mod
    subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or any(c.lower_ not in lexicon["declaring_subjects"] for c in subjects):
        return mod
    return _without_own_future(trigger, mod, lexicon)
