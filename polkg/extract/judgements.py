"""Judgements in reported speech: "Mary Multrie said Roy Moore is dishonest" -> criticizes.

The quote layer finds disparaging predicates about a named actor inside quotation marks
("'Moore is dishonest,' Multrie said"). News reports the same judgements indirectly, as the
complement clause of a speech verb; this module treats that clause as the quote of the verb's
named subject, with the same word lists (``cues_quotes.json``) and the same predicate test.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from polkg.extract.counterfactuals import blame
from polkg.extract.deed_judgements import DEED_WORDS, owns_deed
from polkg.extract.defences import wronged
from polkg.extract.denied_standing import denied_standing
from polkg.extract.epithets import glued_epithet, pejorative_likeness, quoted_epithet
from polkg.extract.harms import own_pledge, prediction_cues
from polkg.extract.lexicon import judgement_words, word_sets
from polkg.extract.quote_judgements import idiom_at, judging_phrase
from polkg.extract.quotes import (
    QUOTE_MARKS,
    Disparagement,
    Quote,
    _disparaging_predicate,
    denied_virtue,
    quote_lexicon,
)
from polkg.extract.reporting_speakers import (
    coordinated_speakers,
    inner_reporter,
    made_to_seem,
    parenthetical_report,
    reporting_subject,
)
from polkg.extract.reproaches import reproach
from polkg.extract.senses import aimed_at_complement
from polkg.extract.syntax import hyphenated, prep_object
from polkg.extract.tallies import failed_tally
from polkg.extract.token_columns import token_columns
from polkg.extract.wronged_speakers import wrong_to_speaker
from polkg.model import EntityRecord

# a reported clause that asks one of these leaves the judgement open
OPEN_QUESTION_WORDS = word_sets("cues_modality")["open_question_words"]
# determiners of a noun that refers back to something named ("this bill", "the legislation")
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})


def judged_at(
    doc: Doc,
    named_at: Callable[[int], EntityRecord | None],
    bill_at: Callable[[Token], EntityRecord | None],
) -> Callable[[int], EntityRecord | None]:
    """What a token of a judgement names: a name, or a definite subject noun that refers back
    to a bill ("'This bill is not salvageable,' they wrote"); ``bill_at`` says which bill (the
    relation layer: the document's one named bill). "A very divisive measure" says what
    something is, not which bill. Each token's answer is kept: the judgement finders ask
    about the same tokens again and again (27,526 questions of 9,721 tokens in 40 articles),
    and ``named_at`` and ``bill_at`` read only what is settled before relations are found."""
    known: dict[int, EntityRecord | None] = {}

    def entity_at(i: int) -> EntityRecord | None:
        if i in known:
            return known[i]
        found = named_at(i)
        tok = doc[i]
        if found is None and tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"}:
            if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in tok.children):
                found = bill_at(tok)
        known[i] = found
        return found

    return entity_at


def reported_clause(
    verb: Token, subject: Token, speakers: tuple[EntityRecord, ...]
) -> Quote | None:
    """The complement clause of a speech verb as the subject's quotation, without marks
    ("X said Y was wrong"), said by one speaker or by the actors of a coordinated subject
    together; None when the verb has no such clause. When the first complement holds the
    subject (a parse that hangs the speaker inside it), the first complement that opens after
    the verb is read instead, or none ("Rubio slams Cuba agreement, says Obama is ...":
    ``syntax.series_subject``); so a complement that opens after the verb is read even when it
    holds the subject."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses and clauses[0].left_edge.i <= subject.i <= clauses[0].right_edge.i:
        clauses = [c for c in clauses if c.left_edge.i > verb.i]  # the clause after the verb
    clause = clauses[0] if clauses else None
    doc = verb.doc
    if clause is None:
        # "The policy had caused problems, he said, but ...": the clause the verb interrupts
        report = parenthetical_report(verb) if subject.head == verb else None
        if report is None:
            return None
        start, end = report
    else:
        start, end = clause.left_edge.i, clause.right_edge.i + 1
    return Quote(
        doc[start].idx,
        doc[end - 1].idx + len(doc[end - 1]),
        start,
        end,
        speaker=speakers[0] if len(speakers) == 1 else None,
        speakers=speakers if len(speakers) > 1 else (),
        speaker_token=subject,
        attribution=verb,
    )


def reported_disparagements(
    doc: Doc,
    entity_at: Callable[[int], EntityRecord | None],
    quoted: Callable[[int], bool],
    speaker_of: Callable[[Token], EntityRecord | None] | None = None,
    conjunct_of: Callable[[Token], EntityRecord | None] | None = None,
) -> list[Disparagement]:
    """Named actors a named speaker disparages in a reported clause ("X said Y was wrong").

    ``quoted`` tells whether a token is inside quotation marks: a name there is the quote
    layer's, but the clause about a name outside may be quoted ('said Obama "should have ..."').
    ``speaker_of`` resolves the speech verb's subject (the relation layer's argument resolver,
    which knows that "the Kentucky Republican" is a person, not the party); by default the
    entity at the subject token. ``conjunct_of`` names one conjunct of a coordinated subject
    read alone: "Labour and the Liberal Democrats have said ..." is said by both.
    """
    lex = quote_lexicon()
    found: list[Disparagement] = []
    for verb in token_columns(doc).verbs(lex["speech_verbs"]):
        subject = reporting_subject(verb)  # "... and added that", "..., saying"
        if subject is None:
            continue
        speaker = speaker_of(subject) if speaker_of is not None else entity_at(subject.i)
        speakers: tuple[EntityRecord, ...] = ()
        if speaker is not None:
            speakers = (speaker,)
        elif conjunct_of is not None:  # "Labour and the Liberal Democrats have said ..."
            speakers = coordinated_speakers(subject, conjunct_of)
        if not speakers:
            continue
        reported = reported_clause(verb, subject, speakers)
        if reported is None:
            continue
        reported.marked_words = quoted  # the speaker's own words: "had 'opened up a ...'"
        start, end = reported.start, reported.end
        names = {s.name for s in speakers}
        lowers = token_columns(doc).lower
        for i in range(start, end):
            target = entity_at(i)
            if target is None or target.name in names or quoted(i):
                continue  # a name inside quotation marks is the quote layer's
            if any(lowers[j] in OPEN_QUESTION_WORDS for j in range(start, i)):
                continue  # "maintain there is more to learn about whether Trump obstructed"
            if made_to_seem(doc[i], start, end):
                continue  # "that Cuomo made it seem like Washington had abandoned him"
            inner = inner_reporter(doc[i], verb, start, end, lex["speech_verbs"])
            if inner is not None and not _one_of(inner, speakers, speaker_of, entity_at):
                continue  # "to overturn a ruling that said Mr. Obama overstepped": the ruling's
            predicate = _target_predicate(doc[i], lex, reported)
            if predicate is not None and idiom_at(predicate) and not quoted(predicate.i):
                predicate = None  # an idiom counts in the speaker's own quoted words only
            if predicate is not None and wronged(doc[i], target, reported.contains, entity_at):
                predicate = None  # "said Flynn lied and they destroyed his life": his defence
            pledged = predicate is not None and any(
                own_pledge(predicate, s, target) for s in speakers
            )
            if predicate is not None and not pledged:
                cues = prediction_cues(predicate)  # "said Labour would raise taxes"
                found.append(Disparagement(doc[i], predicate, reported, cues))
            elif (denied := denied_virtue(doc[i], lex, reported)) is not None:
                # "Multrie said Moore is not a truthful man"
                virtue, negation = denied
                found.append(
                    Disparagement(doc[i], virtue, reported, frozenset({negation.i}), "denied")
                )
            # 'Obama "should have kept his mouth shut"', "said Y was a fine judge"
            found.extend(blame(doc[i], reported))
            # "Mr Biden said Mr Northam should resign immediately"
            found.extend(reproach(doc[i], reported))
            # "She added that Sens. Sanders ... 'cannot sit in judgment of the very President'"
            found.extend(denied_standing(doc[i], reported))
            # "Gordon Brown said the Lib Dem figures did not add up"
            found.extend(failed_tally(doc[i], reported))
            if speaker_of is not None and speaker is not None:
                # "Ford said Kavanaugh attacked her": she accuses him
                found.extend(wrong_to_speaker(doc[i], reported, _resolves_to(speaker_of, speaker)))
    return found


def _one_of(
    tok: Token,
    speakers: tuple[EntityRecord, ...],
    speaker_of: Callable[[Token], EntityRecord | None] | None,
    entity_at: Callable[[int], EntityRecord | None],
) -> bool:
    """Whether ``tok`` stands for one of ``speakers`` ("Trump said he told Comey that ...")."""
    found = speaker_of(tok) if speaker_of is not None else entity_at(tok.i)
    return found is not None and found.name in {s.name for s in speakers}


def _resolves_to(
    speaker_of: Callable[[Token], EntityRecord | None], speaker: EntityRecord
) -> Callable[[Token], bool]:
    """Whether a pronoun of the reported clause stands for its speaker ("her" = Ford)."""

    def is_speaker(tok: Token) -> bool:
        found = speaker_of(tok)
        return found is not None and found.name == speaker.name

    return is_speaker


def _target_predicate(tok: Token, lex: dict[str, frozenset[str]], q: Quote) -> Token | None:
    """The disparaging word of the reported clause about ``tok``; only a clause subject counts
    here, or its deed's possessor or party adjective ("said Conservative policies would cause
    economic failure"); an adjective on a name, "Crooked Hillary", is the quote layer's."""
    if tok.dep_ not in {"nsubj", "nsubjpass", "poss", "amod"}:
        return None
    return _disparaging_predicate(tok, lex, q)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Characterization:
    """ "X called Y('s video) 'despicable'": the verb, the object it describes, the word that
    makes the description a judgement."""

    verb: Token
    target: Token
    word: Token
    phrase: frozenset[int]  # the describing words, never the described actor
    epithet: bool = False  # an unrated quoted label ("Rocket Man"): persons and parties only


def characterizations(doc: Doc) -> list[Characterization]:
    """Objects of a characterizing verb ("call", "describe", "attack ... as", "compare ... to")
    whose complement holds a negative evaluative word and no positive one.

    Polarity comes from :func:`polkg.extract.lexicon.judgement_words` (VADER plus polkg's
    corrections); a negated complement ("called him not corrupt") judges nothing.
    """
    lex = quote_lexicon()
    negative, positive = judgement_words()
    found: list[Characterization] = []
    for verb in token_columns(doc).verbs(lex["characterizing_verbs"]):
        target = described_object(verb)
        if target is None:
            continue
        # "called his anticipated proposal 'a non-starter'": words that judge an act judge a deed
        judged = negative | DEED_WORDS if owns_deed(target) else negative
        rated = functools.partial(_judging_word, negative=judged, positive=positive)
        if (glued := glued_epithet(verb, target, positive, rated)) is not None:
            name, label, glued_word, epithet = glued  # 'called Kim Jong Un "Rocket Man"'
            indices = frozenset(t.i for t in label)
            found.append(Characterization(verb, name, glued_word, indices, epithet))
            continue
        for described in describing_phrases(verb, target):
            phrase = _without_circumstances(described, lex["circumstance_preps"])
            if _sufferer(phrase, lex["sufferer_nouns"]):
                continue  # "portrayed Ms. Machado as a victim of Mr. Trump's cruel insults"
            judging = _judging_word(phrase, judged, positive)
            epithet = judging is None
            judging = (
                judging
                or quoted_epithet(verb, target, phrase, positive)
                or pejorative_likeness(verb, phrase)  # "likening X to a concentration camp guard"
            )
            if judging is not None and not aimed_at_complement(phrase):
                indices = frozenset(t.i for t in phrase)
                found.append(Characterization(verb, target, judging, indices, epithet))
                break
    return found


def _sufferer(phrase: list[Token], nouns: frozenset[str]) -> bool:
    """Whether a describing phrase is headed by a noun of one wronged ("a victim of Mr.
    Trump's cruel insults", "the target of a smear"): its words judge the wrongdoer."""
    inside = {t.i for t in phrase}
    return any(t.head.i not in inside and t.lemma_.lower() in nouns for t in phrase)


def _without_circumstances(phrase: list[Token], preps: frozenset[str]) -> list[Token]:
    """The describing words, less a phrase of circumstances ("an island of stability amidst
    the chaos of the Trump administration": the chaos is the administration's, not the
    described man's), however the parser hung its preposition."""
    inside = {t.i for t in phrase}
    left: set[int] = set()
    for t in phrase:
        if t.dep_ == "prep" and t.lower_ in preps:
            left |= {d.i for d in t.subtree if d.i in inside}
    return [t for t in phrase if t.i not in left]


def described_object(verb: Token) -> Token | None:
    """What the verb describes: its direct object ("refer to Y as": the object of "to"); the
    small parser sometimes makes it an object predicate ("called Trump's video 'despicable'")."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ == "dobj":
            return c
    for c in verb.children:
        if lemma == "refer" and c.dep_ == "prep" and c.lower_ == "to":
            return prep_object(c)
    for c in verb.children:
        if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}:
            return c
    return None


def describing_phrases(verb: Token, target: Token) -> Iterator[list[Token]]:
    """The phrases that say what ``target`` is: object predicates, "as ..." and, for verbs of
    comparing, "to ..."; a quotation right after the object ("position 'un-Republican'"),
    which the small parser often cuts into pieces."""
    doc = target.doc
    if target.i + 1 < len(doc) and doc[target.i + 1].text in QUOTE_MARKS:
        end = target.i + 2
        while end < len(doc) and doc[end].text not in QUOTE_MARKS and end - target.i < 12:
            end += 1
        yield list(doc[target.i + 2 : end])
    comparing = verb.lemma_.lower() in quote_lexicon()["comparing_verbs"]
    for c in (*verb.children, *target.children):
        if c.i <= target.i:  # spaCy makes a new Token per access: compare indices, never `is`
            continue
        if c.head.i == verb.i and c.dep_ in {"attr", "xcomp", "acomp"}:
            yield list(c.subtree)
        elif (
            c.head.i == verb.i
            and c.dep_ == "oprd"
            and (target.pos_ in {"PROPN", "PRON"} or owns_deed(target))
        ):
            # "called Jeff Sessions weak", "labeled him 'beleaguered'": a named or pronoun
            # object, or an actor's deed ("called Trump's proposal a mistake"); another common
            # noun ("called the shooting a tragedy") is often no actor
            yield list(c.subtree)
        elif c.dep_ == "prep" and (c.lower_ == "as" or comparing and c.lower_ in {"to", "with"}):
            for p in c.children:
                if p.dep_ in {"pobj", "pcomp", "amod"}:
                    yield list(p.subtree)
        elif c.head.i == target.i and c.dep_ in {"amod", "appos"}:
            yield list(c.subtree)
        elif _second_object(c, verb, target):
            # "branded Jeff Sessions a disgrace", "branded the ID scheme a waste of money and
            # 'deeply flawed'": the small parser misreads the describing phrase
            yield [t for t in c.subtree if t.dep_ != "cc"]


def _second_object(tok: Token, verb: Token, target: Token) -> bool:
    """A describing phrase the parser attached as a second object: a noun hanging on the verb
    (npadvmod) or on the described noun (dobj), or an adjective conjoined to it."""
    if tok.head.i == verb.i:
        return tok.dep_ == "npadvmod" and tok.pos_ == "NOUN"
    if tok.head.i != target.i:
        return False
    return tok.dep_ == "dobj" or tok.dep_ == "conj" and tok.pos_ == "ADJ"


def _judging_word(
    words: list[Token], negative: frozenset[str], positive: frozenset[str]
) -> Token | None:
    """The first negative word of a phrase, unless a positive word or a negation is also there
    ("a brilliant machine for talking", "not corrupt"); hyphenated words the tokenizer split
    ("un-Republican") are read whole."""
    if not words or any(t.dep_ == "neg" or t.lower_ in {"not", "no", "never"} for t in words):
        return None
    hit = None
    for t in words:
        forms = {t.lower_, t.lemma_.lower()}
        if (whole := hyphenated(t)) in DEED_WORDS:
            forms.add(whole)  # "a non-starter", split by the tokenizer
        if forms & positive:
            return None
        if hit is None and forms & negative:
            hit = t
    joined = "".join(t.text_with_ws for t in words).lower().strip("\"'“”.,; ")
    if hit is None and joined in negative:
        hit = words[0]
    if hit is None:  # "compared them to hostage taking", "called him a false prophet"
        hit = judging_phrase(words)
    return hit
