"""Reporting speakers: who says a reported clause whose speech verb has no subject of its own.

"Pelosi spoke to reporters and added that Jeff Sessions is not fit to serve" and "Blair derided
Tory claims, saying Michael Howard was wrong" report Pelosi's and Blair's judgements, though
"added" and "saying" have no subject: a conjunct shares the subject of the verb it is
coordinated with, an adverbial participle the subject of its main verb
(``syntax.clause_subject`` finds both). A participle on a noun is different: "a memo ...
arguing that ..." is the memo's argument, a reduced relative clause, not a speech act of the
person the sentence names. So the climb from the speech verb stops at a noun's participle
(``acl``), at a participle right after a noun, whatever link the parser gave it ("had written a
memo to the Justice Department arguing that", parsed as an adverbial clause of the main verb),
and at a participle coordinated with a finite verb (where the parser puts one it could not
place). And a judgement inside what
someone made seem ("complaining that Cuomo made it seem like Washington had abandoned him") is
an appearance the clause's subject caused, not the speaker's judgement of that actor. A
coordinated subject says the clause together: "Labour and the Liberal Democrats have said the
party's sums do not add up" is both parties' charge, when each conjunct is one named actor. Word
lists: ``patterns/reporting_speakers.json``. A clause reported inside another one is said by the
nearer speech verb's subject: in "the Board said it will ask the Supreme Court to overturn a
lower-court ruling that said Mr. Obama overstepped the Constitution" the ruling says it, not the
Board (``inner_reporter``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from polkg.extract.lexicon import word_sets
from polkg.extract.syntax import (
    clause_subject,
    cut_participle,
    series_subject,
    speaking_subject,
)
from polkg.model import EntityRecord

_LISTS = word_sets("reporting_speakers")
_SHARED_LINKS = _LISTS["shared_subject_links"]
_APPEARANCE_VERBS = _LISTS["appearance_verbs"]
_CAUSATIVE_VERBS = _LISTS["causative_verbs"]
_MAX_CLIMB = 6
_NOMINALS = _LISTS["nominal_tags"]
# "Smith claimed Jones lied": the speaker's charge, not a hedged one
_CHARGING_SPEECH_VERBS = _LISTS["charging_speech_verbs"]
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_SPEECH_VERBS = word_sets("cues_quotes")["speech_verbs"]


def reporting_subject(verb: Token) -> Token | None:
    """The subject of a speech verb: its own, else the one it shares over a conjunct or an
    adverbial participle not right after a noun; None when the chain to a verb with a subject
    passes a noun's participle, a participle right after a noun or a participle coordinated
    with no participle (the parser's guess for a participle it could not place), or the
    subject is someone asked to act ("urged X to"); a letter's addressee the parser made the
    participle's subject is asked, not asking: the letter's sender speaks ("sent a letter to
    President Bush asking that ...", ``syntax.speaking_subject``)."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is not None:
        if cut_participle(own):
            return None  # a cut sentence's object, no speaker
        return speaking_subject(own)  # "sent a letter to Bush asking that": Bush is asked
    series = series_subject(verb)  # "Rubio slams Cuba agreement, says Obama is ..."
    if series is not None:
        return series
    if verb.dep_ not in _SHARED_LINKS:
        return None
    tok = verb
    for _ in range(_MAX_CLIMB):
        if tok.dep_ in {"acl", "relcl"}:
            return None  # "a memo ... citing X and arguing that": a reduced relative's
        if tok.dep_ not in _SHARED_LINKS or tok.head.i == tok.i:
            break
        if tok.dep_ == "advcl" and tok.tag_ in {"VBG", "VBN"} and not _set_off(tok):
            return None  # "question Nunes about his memo arguing that": the memo argues
        if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ != "VBG":
            return None  # "question Nunes, the author of a memo citing X and arguing that"
        tok = tok.head
        if any(c.dep_ == "nsubj" for c in tok.children):
            break  # "Trump, who said ... and added that": the shared subject is the relative's
    subject, demand = clause_subject(verb)
    return None if demand else subject


def coordinated_speakers(
    subject: Token, one_actor: Callable[[Token], EntityRecord | None]
) -> tuple[EntityRecord, ...]:
    """The actors of a coordinated subject who say a clause together ("Labour and the Liberal
    Democrats have said ..."), when ``one_actor`` names exactly one for each conjunct (read
    without its conjuncts); empty for a subject of one conjunct or a conjunct that is nobody
    we can name, so "Pelosi and her aides said" stays unattributed."""
    members = [subject, *subject.conjuncts]
    if len(members) < 2:
        return ()
    found: dict[str, EntityRecord] = {}
    for member in members:
        rec = one_actor(member)
        if rec is None:
            return ()
        found.setdefault(rec.name, rec)
    return tuple(found.values()) if len(found) > 1 else ()


def _set_off(participle: Token) -> bool:
    """Whether an adverbial participle stands apart from any noun it could modify: not right
    after a noun ("Blair derided Tory claims, saying"; "in 'wasteful spending' saying"), or
    before its main verb; right after a noun it may be that noun's reduced relative, whatever
    the parse ("had written a memo to the Justice Department arguing that")."""
    if participle.i < participle.head.i:
        return True
    return participle.doc[participle.i - 1].pos_.lower() not in _NOMINALS


def made_to_seem(tok: Token, start: int, end: int) -> bool:
    """Whether ``tok`` lies in what a causative made seem inside the clause ``start``-``end``
    ("Cuomo made it seem like Washington had abandoned him": no judgement of Washington)."""
    for above in tok.ancestors:
        if not start <= above.i < end:
            return False
        if (
            above.lemma_.lower() in _APPEARANCE_VERBS
            and above.head.lemma_.lower() in _CAUSATIVE_VERBS
            and above.head.i != above.i
        ):
            return True
    return False


def inner_reporter(
    tok: Token, verb: Token, start: int, end: int, speech_verbs: frozenset[str]
) -> Token | None:
    """The own subject of a speech verb nearer than ``verb`` whose complement clause holds
    ``tok`` (inside ``verb``'s reported clause ``start``-``end``): that subject says the inner
    clause ("a ruling that said Mr. Obama overstepped": "that", the ruling); None when no nearer
    speech verb with a subject of its own reports ``tok``."""
    for above in tok.ancestors:
        if above.i == verb.i or not start <= above.i < end:
            return None
        if above.pos_ != "VERB" or above.lemma_.lower() not in speech_verbs:
            continue
        if not any(
            c.dep_ == "ccomp" and c.left_edge.i <= tok.i <= c.right_edge.i for c in above.children
        ):
            continue
        return next((c for c in above.children if c.dep_ == "nsubj"), None)
    return None


def charging_speech_word(verb: Token | None, predicate: Token) -> frozenset[int]:
    """The speech verb ``verb`` of a quotation or reported clause, when it states a charge
    ("claimed", "alleged", ``charging_speech_verbs``) that its clause makes itself ("Smith
    claimed Jones lied", ``predicate`` the charging word): its word, a hedge verb elsewhere, is
    to be left out of the charge's modality (its negation, modal and adverbs still count:
    "Smith may claim"). Not a charge inside what the clause's own subject knows or does
    ("claim that the president knew about Flynn lying": the claim is about the president)."""
    if verb is None or verb.lemma_.lower() not in _CHARGING_SPEECH_VERBS:
        return frozenset()
    clause = predicate
    while clause.head.i != clause.i and not any(c.dep_ in _SUBJECTS for c in clause.children):
        clause = clause.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "suggested Kavanaugh was lying and hiding ties"
    return frozenset({verb.i}) if clause.head.i == verb.i != clause.i else frozenset()


def parenthetical_report(verb: Token) -> tuple[int, int] | None:
    """The token range of the clause a speech ``verb`` interrupts, from that clause's subject
    up to the verb's own phrase, when the verb is set inside the clause it reports: "The
    European Union's Common Agricultural Policy had caused aggravated trade problems, he said,
    but there was now ..." (the parser hangs "said" on "caused" as a parataxis). Not when the
    interrupted verb speaks itself ("Tony Parker warned about ... a 'black swan event,' he
    said": Parker's own words, said again) or comes after the speech verb ("President Obama,
    he said, 'can't tell you ...'": where the report begins, the parse cannot tell)."""
    head = _speech_aside_head(verb)
    if head is None or head.i > verb.i or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return None
    subject = _nominal_subject(head)
    if subject is None or subject.i > head.i:
        return None
    return subject.left_edge.i, verb.left_edge.i


def interrupted_subject(verb: Token) -> tuple[int, int] | None:
    """The token range of the subject a speech ``verb`` follows when it is set between that
    subject and its verb ("Bush, he said, seemed to genuinely enjoy meeting with them", "The
    Trump White House, she said, seems to want it both ways", the speech verb's phrase opening
    with a comma right after the subject's): the reporter speaks of that subject, so no person
    it names is the verb's own pronoun subject."""
    head = _speech_aside_head(verb)
    if head is None or head.i < verb.i:
        return None
    subject = _nominal_subject(head)
    start = verb.left_edge.i
    if subject is None or start != subject.right_edge.i + 1 or verb.doc[start].text != ",":
        return None  # "McSally, a Republican ... whose track coach she said abused her, has"
    return subject.left_edge.i, subject.right_edge.i + 1


def _speech_aside_head(verb: Token) -> Token | None:
    """The verb a speech ``verb`` is set into as an aside (the parser's parataxis: "..., he
    said, ..."), when that verb is no speech verb itself; else None."""
    head = verb.head
    if (
        verb.dep_ != "parataxis"
        or verb.lemma_.lower() not in _SPEECH_VERBS
        or head.pos_ not in ("VERB", "AUX")
        or head.lemma_.lower() in _SPEECH_VERBS
    ):
        return None
    return head


def _nominal_subject(verb: Token) -> Token | None:
    """The first active or passive nominal subject of ``verb``."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
