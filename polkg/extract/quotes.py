"""Quotations: where they are, who said them, and whom the speaker disparages in them.

"'Tuberville's a coward who is rightly too afraid to debate me,' Sessions tweeted" says that
Sessions criticizes Tuberville, although no relation word connects them. The attribution may
come after the quote, before it ("Sessions tweeted: '...'") or inside it ("'...,' Sessions
said, '...'"). Speech verbs, speech nouns and the disparaging words live in
``patterns/cues_quotes.json``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from polkg.extract.captions import doc_text
from polkg.extract.deed_judgements import (
    ERRING_NOUNS,
    OFFENCE_NOUNS,
    deed_word,
    erred,
    is_deed,
    owned_deed,
)
from polkg.extract.defences import wronged
from polkg.extract.harms import harm_word, own_pledge, prediction_cues
from polkg.extract.judged_objects import judged_object
from polkg.extract.lexicon import word_sets
from polkg.extract.quote_judgements import (
    judged_by_phrase,
    judging_phrase,
    negative_words,
    phrase_cues,
)
from polkg.extract.syntax import clause_subject, prep_object, speaking_subject, speech_agent
from polkg.model import EntityRecord

QUOTE_MARKS = '"“”„«»'
_QUOTE_RE = re.compile(f"[{QUOTE_MARKS}]")
_ATTRIBUTION_GAP = 16  # tokens between a quote mark and its attribution verb, at most
# ('"...," Rep. Tom Cole (R-Okla.), an ally of GOP leadership, told The Hill')
# "the war in Iraq": a place after these prepositions locates the subject; it is not judged
LOCATIVE_PREPS = word_sets("cues_quotes")["locative_preps"]
EVENT_PLACE_PREPS = word_sets("cues_quotes")["event_place_preps"]
RELATING_PREPS = word_sets("cues_quotes")["relating_preps"]
# the one list of negation words (the modality cues'), so praise, quoted judgements and relations
# read negation alike, "n’t" parsed as punctuation included (testimonials.py imports it)
NEGATIONS = word_sets("cues_modality")["negation_particles"]
PLACES = frozenset({"GPE", "LOC"})
# what is said of "X's opponent" or "X's lawyer" judges that person, not X
HUMAN_NOUNS = word_sets("entities_words")["human_nouns"]
# "respect", "regard": a quoted subject said to hold none is charged with it (``denied_regard``)
REGARD_NOUNS = word_sets("constructions")["regard_nouns"]


def quote_lexicon() -> dict[str, frozenset[str]]:
    """The packaged speech and disparagement word lists."""
    return word_sets("cues_quotes")


@dataclass
class Quote:
    """One quotation: character span of its content, token span, and attribution."""

    start_char: int
    end_char: int
    start: int  # first token inside the marks
    end: int  # one past the last token inside the marks
    speaker: EntityRecord | None = None
    speaker_token: Token | None = None
    attribution: Token | None = None  # the speech verb or noun
    addressee: EntityRecord | None = None  # "Sanders said to Biden: '...'": who "you" is
    # co-signers: "Schumer, Booker and Harris wrote" / "..., they wrote" (``speaker`` is None)
    speakers: tuple[EntityRecord, ...] = ()
    # its own speech verb names someone polkg cannot resolve ("..., a senior aide told Fox"):
    # the speaker of the quotation before is not its speaker
    said_by_other: bool = False
    # a reported clause read as a quotation ("Sanders said Nadler had 'opened up a ...'"): which
    # of its words are inside quotation marks, the speaker's own; every word of a quotation is
    marked_words: Callable[[int], bool] | None = None

    def contains(self, token_i: int) -> bool:
        return self.start <= token_i < self.end

    def marked(self, token_i: int) -> bool:
        """Whether token ``token_i`` is the speaker's own quoted word."""
        if not self.contains(token_i):
            return False
        return self.marked_words is None or self.marked_words(token_i)

    def governors(self, token: Token) -> Iterator[Token]:
        """``token`` and each word above it in the parse while they are inside the quotation:
        where a negation, condition or question mark that rules a quoted word can sit."""
        while self.contains(token.i):
            yield token
            if token.head.i == token.i:
                return
            token = token.head

    def said_by(self) -> tuple[EntityRecord, ...]:
        """Its one speaker, or the persons who say it together; nobody when unattributed."""
        return self.speakers or ((self.speaker,) if self.speaker is not None else ())


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside paired quotation marks, paired within each paragraph.

    Straight and curly marks are paired in order of appearance, since real pages mix them
    ('"not trust” Sessions'). An unclosed mark opens a quote that runs to the paragraph end.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for para in text.split("\n"):
        marks = [m.start() for m in _QUOTE_RE.finditer(para)]
        for k in range(0, len(marks), 2):
            open_at = marks[k] + 1
            close_at = marks[k + 1] if k + 1 < len(marks) else len(para)
            if close_at > open_at:
                spans.append((offset + open_at, offset + close_at))
        offset += len(para) + 1
    return spans


class QuoteIndex:
    """The attributed quotations of one document."""

    def __init__(self, doc: Doc, quotes: list[Quote], text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # ``doc.text`` walks every token
        self.quotes = quotes
        # a known person's own paragraphs outside quotation marks (``authors.Authors.claim_
        # statements``): judged as that person's quotations (``quoted_actors``), and inside
        # quotation marks for nothing else (pronouns, "I", reported clauses read them as text)
        self.stated: list[Quote] = []
        self._by_token: dict[int, Quote] = {}
        for q in quotes:
            for i in range(q.start, q.end):
                self._by_token[i] = q

    def quote_at(self, token_i: int) -> Quote | None:
        return self._by_token.get(token_i)

    def in_quote(self, token_i: int) -> bool:
        return token_i in self._by_token

    def speaker_at(self, token_i: int) -> EntityRecord | None:
        q = self._by_token.get(token_i)
        return q.speaker if q else None

    def addressee_at(self, token_i: int) -> EntityRecord | None:
        q = self._by_token.get(token_i)
        return q.addressee if q else None

    def speakers_at(self, token_i: int) -> tuple[EntityRecord, ...]:
        """Everyone who says the quotation token ``token_i`` is in: its one speaker, or the
        persons who say it together ("..., they wrote" after "Schumer, Booker and Harris sent
        a letter"); what "we" inside it stands for."""
        q = self._by_token.get(token_i)
        return q.said_by() if q is not None else ()


def locate_quotes(doc: Doc) -> QuoteIndex:
    """Locate the quotations of ``doc`` (speakers still unknown)."""
    quotes: list[Quote] = []
    text = doc_text(doc)  # the entity layer's pronoun walk has read it already
    for start_char, end_char in quote_spans(text):
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        start, end = span.start, span.end
        # expand may swallow the closing mark if tokenisation glued it on; trim marks
        while end > start and doc[end - 1].text in QUOTE_MARKS:
            end -= 1
        while start < end and doc[start].text in QUOTE_MARKS:
            start += 1
        if end <= start:
            continue
        quotes.append(Quote(start_char, end_char, start, end))
    return QuoteIndex(doc, quotes, text)


def attribute_quotes(index: QuoteIndex, resolve_speaker, resolve_all=None) -> QuoteIndex:  # type: ignore[no-untyped-def]
    """Attribute each quotation to a speaker, or to several persons who say it together.

    ``resolve_speaker(token) -> EntityRecord | None`` turns the subject of a speech verb into
    an entity (the relation layer passes its argument resolver); ``resolve_all(token) ->
    list[EntityRecord]`` into every entity it stands for ("Feinstein and Boxer wrote").
    """
    lex = quote_lexicon()
    inside = set(index._by_token)
    text = index.text
    previous: Quote | None = None
    for q in index.quotes:
        _attribute(index.doc, q, inside, lex, resolve_speaker, resolve_all, text)
        if (
            q.speaker is None
            and not q.speakers
            and not q.said_by_other
            and previous is not None
            and (previous.speaker is not None or previous.speakers)
            and not embedded_quote(index.doc, q)
            and not _signed(text, q, lex["signature_dashes"])
        ):
            # '"A," Sessions said in a video. "B."' or a quotation paragraph right after the
            # same speaker's quotation paragraph: the speaker goes on
            gap = text[previous.end_char : q.start_char]
            opens_paragraph = text[: q.start_char - 1].rstrip(" ").endswith("\n")
            same_paragraph = "\n" not in gap and len(gap) < 150
            if same_paragraph or (opens_paragraph and gap.count("\n") <= 2 and len(gap) < 120):
                q.speaker, q.speaker_token = previous.speaker, previous.speaker_token
                q.speakers = previous.speakers
                q.attribution = previous.attribution
                q.addressee = previous.addressee
        previous = q
    return index


def _signed(text: str, q: Quote, dashes: frozenset[str]) -> bool:
    """Whether a dash line signs the quotation ('"He is desperate ..." — Stacey Abrams'):
    then it is someone's own, not the previous quotation's speaker going on."""
    after = text[q.end_char + 1 :].split("\n", 1)[0].lstrip()
    return any(after.startswith(d) for d in dashes)


def embedded_quote(doc: Doc, q: Quote) -> bool:
    """Whether the quote is words inside a sentence of the narrator's ("who called Trump's video
    'despicable'"), not a statement of its own: such a quote was said by the subject of the
    sentence's verb, never by the speaker of an earlier quotation."""
    first = doc[q.start]
    for i in range(q.start - 1, first.sent.start - 1, -1):
        tok = doc[i]
        if not (tok.is_punct or tok.is_space):
            return True
    return False


def _opens_quote(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a colon right before a quotation mark ('added: "...')."""
    return doc[i].text == ":" and i + 1 < len(doc) and doc[i + 1].text in QUOTE_MARKS


def _speech_subject(
    tok: Token, lex: dict[str, frozenset[str]], colon: bool = False
) -> Token | None:
    """The subject of a speech verb or noun; with ``colon`` any verb introduces the quote
    ("He followed up: '...'")."""
    lemma = tok.lemma_.lower()
    if tok.lower_ == "according":  # "according to David Kendall, '...'"
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        return prep_object(to) if to else None
    if tok.pos_ in {"VERB", "AUX"} and (colon or lemma in lex["speech_verbs"]):
        for c in tok.children:
            if c.dep_ == "nsubj":  # not nsubjpass: "Trump was asked" names the addressee
                return speaking_subject(c)  # "sent a letter to Bush saying": its sender speaks
        if tok.tag_ == "VBG" and not colon:
            # "Trump ... rebuked Sessions, saying '...'": the participle's implied subject
            subject, demand = clause_subject(tok)
            return None if demand else subject
        return None
    if tok.pos_ == "NOUN" and lemma in lex["speech_nouns"]:
        return speech_agent(tok)
    return None


def _attribute(
    doc: Doc, q: Quote, inside: set[int], lex, resolve_speaker, resolve_all, text: str
) -> None:  # type: ignore[no-untyped-def]
    """Find the speech verb next to the quote: after it, else before it, in the same sentence."""
    candidates: list[Token] = []
    # after: '..., ' Sessions tweeted late Friday
    after = q.end
    while after < len(doc) and doc[after].text in QUOTE_MARKS:
        after += 1
    if after < len(doc) and not doc[after].is_space and "\n" not in doc[after - 1].whitespace_:
        sent = doc[after].sent
        for i in range(after, min(sent.end, after + _ATTRIBUTION_GAP)):
            if i in inside:
                break
            if _opens_quote(doc, i):
                # '"..." Liberal Democrat leader Charles Kennedy added: "People will not ...':
                # the verb before the colon introduces the next quotation, not this one
                candidates.clear()
                break
            candidates.append(doc[i])
    # before: Sessions tweeted: '...'
    if q.start > 0:
        sent = doc[q.start - 1].sent
        before = []
        for i in range(q.start - 1, max(sent.start, q.start - 1 - 3 * _ATTRIBUTION_GAP) - 1, -1):
            if i in inside:
                break
            before.append(doc[i])
        candidates.extend(before)
    colon_verb = None
    if q.start >= 2 and doc[q.start - 1].text in QUOTE_MARKS and doc[q.start - 2].text == ":":
        colon_verb = doc[q.start - 2].head
    colon = _paragraph_colon(doc, q, text)
    if colon is not None and colon_verb is None:
        # 'Mikulski explained:\n"I am pleased ..."': the paragraph before introduces the quote
        colon_verb = colon.head
        candidates.append(colon_verb)
        # "Following is the text of the letter sent by Senators Feinstein and Boxer:": its
        # speech nouns name who says it
        candidates.extend(
            t for t in colon.sent if t.pos_ == "NOUN" and t.lemma_.lower() in lex["speech_nouns"]
        )
    holder = _content_holder(doc, q)
    if holder is not None:
        # "Tapper said that Brazile's admission that '...' must shock Warren": Brazile's words
        rec = resolve_speaker(holder) if holder.i not in inside else None
        if rec is not None:
            q.speaker, q.speaker_token, q.attribution = rec, holder, holder.head
        else:
            q.said_by_other = True
        return
    governing = _governing_speech_verb(doc, q, inside, lex)
    if governing is not None and governing not in candidates:
        # '"...," Matt Blunt, president of ..., which represents ..., said at the hearing': the
        # speech verb the quotation hangs on, however far the speaker's description runs
        candidates.append(governing)
    for tok in candidates:
        if tok.i < q.start and tok.pos_ == "NOUN" and not _punct_between(doc, tok.i, q.start):
            continue  # "called Trump's video 'despicable'": the video did not say it
        colon_introduced = colon_verb is not None and tok.i == colon_verb.i
        subj = _speech_subject(tok, lex, colon=colon_introduced)
        if subj is None or subj.i in inside:
            continue
        rec = resolve_speaker(subj)
        if rec is not None:
            q.speaker, q.speaker_token, q.attribution = rec, subj, tok
            q.addressee = _addressee(tok, inside, resolve_speaker)
            return
        together = resolve_all(subj) if resolve_all is not None else []
        if len(together) > 1 and all(r.type == "Person" for r in together):
            q.speakers, q.speaker_token, q.attribution = tuple(together), subj, tok
            q.addressee = _addressee(tok, inside, resolve_speaker)
            return
        if tok.i > q.end and subj.pos_ in {"NOUN", "PROPN"}:
            q.said_by_other = True  # '"...," a senior Democratic aide told Fox News'


def _governing_speech_verb(
    doc: Doc, q: Quote, inside: set[int], lex: dict[str, frozenset[str]]
) -> Token | None:
    """The speech verb outside the quotation that the quotation's own words hang on (its
    clause a complement of "said"), in the sentence where the quotation ends."""
    last = q.end - 1
    while last > q.start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    sent = doc[last].sent
    for i in range(max(q.start, sent.start), q.end):
        head = doc[i].head
        if head.i == i or head.i in inside or not (sent.start <= head.i < sent.end):
            continue
        if head.pos_ == "VERB" and head.lemma_.lower() in lex["speech_verbs"]:
            return head
    return None


def _content_holder(doc: Doc, q: Quote) -> Token | None:
    """The possessor of the noun whose clause the quotation's words are ("Brazile's recent
    admission that 'the Clinton campaign ... did rig the ... process'"): the quotation tells
    what that noun's holder said or admitted, whoever reports it; None when its words hang on
    no possessed noun."""
    for i in range(q.start, q.end):
        head = doc[i].head
        if q.start <= head.i < q.end or head.i == i:
            continue
        if doc[i].dep_ == "acl" and doc[i].pos_ in {"VERB", "AUX"} and head.pos_ == "NOUN":
            return next((c for c in head.children if c.dep_ == "poss"), None)
        return None
    return None


def _paragraph_colon(doc: Doc, q: Quote, text: str) -> Token | None:
    """The colon that ends the paragraph right before a quotation opening a paragraph."""
    i = q.start - 1
    while i >= 0 and (doc[i].text in QUOTE_MARKS or doc[i].is_space):
        if doc[i].is_space and "\n" not in doc[i].text:
            return None
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    between = text[doc[i].idx + 1 : q.start_char]
    return doc[i] if between.count("\n") in {1, 2} else None


def _punct_between(doc: Doc, start: int, end: int) -> bool:
    """A colon or comma between two tokens ("in a statement: '...'")."""
    return any(doc[i].text in {":", ","} for i in range(start + 1, end))


def _addressee(verb: Token, inside: set[int], resolve_speaker) -> EntityRecord | None:  # type: ignore[no-untyped-def]
    """The person a quote is said to: "said to Biden", "told Biden", "wrote to Biden"."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    cands = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and verb.lemma_ == "tell"]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            cands.extend(p for p in c.children if p.dep_ == "pobj")
    for tok in cands:
        if tok.i in inside or tok.pos_ != "PROPN":
            continue
        rec = resolve_speaker(tok)
        if rec is not None and rec.type == "Person":
            return rec
    return None


# the rule id's last part of a wrong an actor owns in a quotation: criticize.quote.offence
OFFENCE_KIND = "offence"


@dataclass(frozen=True)
class Disparagement:
    """A named actor the quote's speaker disparages, and the word that does it. ``cues`` are
    words of the judgement itself that modality must not read as hedging or negation (the
    "should never have" of "Sessions should never have recused", counterfactuals.py)."""

    target: Token
    predicate: Token
    quote: Quote
    cues: frozenset[int] = frozenset()
    kind: str = "disparage"  # the last part of the rule id: disparage, counterfactual


def quoted_actors(
    doc: Doc, index: QuoteIndex, entity_at: Callable[[int], EntityRecord | None]
) -> Iterator[tuple[Quote, Token, EntityRecord]]:
    """The named actors inside attributed quotations, other than those who say them: what a
    quotation can judge, blame or praise (the speakers' own names are never their target),
    and inside the paragraphs a release's or a letter's author states without quotation marks
    (``QuoteIndex.stated``)."""
    for q in (*index.quotes, *index.stated):
        said_by = {r.name for r in q.said_by()}
        if not said_by:
            continue
        for i in range(q.start, q.end):
            rec = entity_at(i)
            if rec is not None and rec.name not in said_by:
                yield q, doc[i], rec


def quoted_judgements(
    doc: Doc,
    index: QuoteIndex,
    entity_at: Callable[[int], EntityRecord | None],
    judge: Callable[[Token, Quote], list[Disparagement]],
) -> list[Disparagement]:
    """What ``judge`` reads of each named actor inside an attributed quotation
    (``quoted_actors``): the blames, denials, failed tallies and wrongs of the modules that
    read one construction each (``counterfactuals``, ``denied_standing``, ``reproaches``,
    ``tallies``, ``wronged_speakers``)."""
    return [d for q, tok, _rec in quoted_actors(doc, index, entity_at) for d in judge(tok, q)]


def listed_head(tok: Token, q: Quote) -> Token:
    """The first item of the list (conjuncts, appositions) inside ``q`` that ``tok`` is part of:
    "Trump and Kushner should have reported", "how biased Facebook, Google and Twitter are"."""
    head = tok
    while head.dep_ in {"conj", "appos"} and q.contains(head.head.i):
        head = head.head
    return head


def disparagements(doc: Doc, index: QuoteIndex, entity_at) -> list[Disparagement]:  # type: ignore[no-untyped-def]
    """Named actors inside attributed quotes that are the subject of a disparaging predicate:
    "Tuberville's a coward", "Pelosi is weak", "Schiff lied", "Crooked Hillary"."""
    lex = quote_lexicon()
    found: list[Disparagement] = []
    for q, tok, rec in quoted_actors(doc, index, entity_at):
        pred = _disparaging_predicate(tok, lex, q)
        kind = "disparage"
        if pred is None and (pred := _owned_offence(tok, q)) is not None:
            kind = OFFENCE_KIND  # "Hillary Clinton crimes"
        group = listed_head(tok, q)
        if pred is None and group != tok and group.dep_ in {"nsubj", "nsubjpass"}:
            # "how biased Facebook, Google and Twitter are": a listed subject is judged as
            # one; "Crooked Hillary Clinton and the Democrats" judges only Clinton
            pred = _disparaging_predicate(group, lex, q)
        if pred is not None and rec.type != "Person" and entity_at(pred.i) is rec:
            continue  # "He was a Crooked Cop": a word of a thing's own name judges nobody
        if pred is not None and q.speaker is not None and own_pledge(pred, q.speaker, rec):
            continue  # "'Labour would raise taxes on the rich,' the Labour leader said"
        if pred is not None and wronged(tok, rec, q.contains, entity_at):
            continue  # '"Flynn lied and they destroyed his life," Trump said': his defence
        if pred is not None:
            found.append(
                Disparagement(
                    tok, pred, q, prediction_cues(pred) | phrase_cues(tok, pred, q.contains), kind
                )
            )
            continue
        denied = denied_virtue(tok, lex, q) or denied_regard(tok, lex, q)
        if denied is not None:
            virtue, negation = denied
            found.append(Disparagement(tok, virtue, q, frozenset({negation.i}), "denied"))
    return found


def denied_virtue(tok: Token, lex, q: Quote) -> tuple[Token, Token] | None:  # type: ignore[no-untyped-def]
    """ "He's not a truthful man", "Moore is not fit to serve": a virtue of the clause subject
    ``tok`` (``cues_quotes.json`` virtues: words of character and fitness, never of mood or
    will, so "he is not willing" judges nobody) denied by a negation; (virtue, negation)."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.lemma_ != "be" or not q.contains(head.i):
        return None
    negations = [c for c in head.children if c.dep_ == "neg"]
    for c in head.children:
        if c.dep_ not in {"attr", "acomp"} or not q.contains(c.i):
            continue
        negations += [m for m in c.children if m.dep_ == "neg"]
        if not negations or any(
            n.i + 1 < len(n.doc) and n.nbor().lower_ == "only" for n in negations
        ):
            return None  # "not only honest but ...": no denial
        if _other_negation(q, tok.doc, negations[0]):
            return None  # "I never said Moore is not honest": two negations, no reading
        for word in (c, *(m for m in c.children if m.dep_ == "amod")):
            if word.lemma_.lower() in lex["duty_virtues"] and any(
                p.dep_ == "prep" and p.lower_ == "for" for p in word.children
            ):
                continue  # "an official responsible for the release of foreign aid": a duty
            if word.lemma_.lower() in lex["virtues"] or word.lower_ in lex["virtues"]:
                return word, negations[0]
    return None


def denied_regard(tok: Token, lex, q: Quote) -> tuple[Token, Token] | None:  # type: ignore[no-untyped-def]
    """ "This legislation shows no respect for the efforts of states": the clause subject
    ``tok`` is said to hold no regard (``constructions.json`` regard_nouns, shown or held by a
    ``cues_quotes.json`` regard_showing_verbs verb) for anyone or anything, a charge against it;
    (regard noun, its negation). The regard held ("has great respect for") is praise of its
    object (relations_regard23.jsonl), not of the subject."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.lemma_.lower() not in lex["regard_showing_verbs"]:
        return None
    for noun in head.children:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in REGARD_NOUNS:
            continue
        if not q.contains(noun.i) or not any(p.lower_ == "for" for p in noun.children):
            continue
        negations = [c for c in (*head.children, *noun.children) if c.dep_ == "neg"]
        negations += [c for c in noun.children if c.dep_ == "det" and c.lower_ in NEGATIONS]
        if len(negations) == 1 and not _other_negation(q, tok.doc, negations[0]):
            return noun, negations[0]  # one negation: "never any respect ... not" reads no way
    return None


def _other_negation(q: Quote, doc: Doc, negation: Token) -> bool:
    """Whether the sentence of ``negation`` holds, inside quotation ``q``, a negation other than
    ``negation``: two negations make a denial that reads no way ("I never said Moore is not
    honest"). A negation in another sentence of the quotation is a statement of its own ("I
    just don't trust Hillary Clinton. She's not honest")."""
    sent = negation.sent
    start, end = max(q.start, sent.start), min(q.end, sent.end)
    return any(doc[i].dep_ == "neg" and i != negation.i for i in range(start, end))


def _is_disparaging(tok: Token, lex: dict[str, frozenset[str]]) -> bool:
    """A hand-listed disparaging word, or a one-word judgement derived from BASIL."""
    lem = tok.lemma_.lower()
    if lem in lex["disparaging"] or tok.lower_ in lex["disparaging"]:
        return True
    return lem in negative_words() or tok.lower_ in negative_words()


def _judging_complement(head: Token, q: Quote) -> Token | None:
    """A derived judgement phrase that makes up a complement of the copula ``head`` inside the
    quotation: "is beyond the pale", "is a false prophet", "is an attack dog"; never a denied
    one ("is not beyond the pale")."""
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in head.children):
        return None
    for c in head.children:
        if c.dep_ in {"attr", "acomp", "oprd"} or c.dep_ == "prep" and c.i > head.i:
            phrase = [t for t in c.subtree if q.contains(t.i)]
            if any(t.dep_ == "neg" for t in phrase):
                continue
            found = judging_phrase(phrase)
            if found is not None:
                return found
    return None


def _caused(verb: Token, lex) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``verb`` is the complement of a causative ("make the President look bad",
    "made Trump seem weak"): the state is what someone brings about, not the speaker's
    judgement of the clause's subject."""
    return verb.dep_ in {"ccomp", "xcomp"} and verb.head.lemma_.lower() in lex["causative_verbs"]


def _disparaging_predicate(tok: Token, lex, q: Quote) -> Token | None:  # type: ignore[no-untyped-def]
    """The word that disparages ``tok``, when ``tok`` is what the clause is about."""
    for c in tok.children:
        if c.dep_ in {"amod", "appos", "compound"} and _is_disparaging(c, lex) and q.contains(c.i):
            if c.dep_ != "compound" or c.i == tok.left_edge.i:
                return c
    head = tok.head
    if not q.contains(head.i):
        return None
    if _judged_deed(tok):
        # "Conservative policies would cause economic failure", "the President's budget
        # hurts our veterans": the actor's deed is what the clause judges
        return _disparaging_predicate(head, lex, q)
    if tok.dep_ == "nsubj" and (harm := harm_word(head)) is not None and q.contains(harm.i):
        return harm  # "This legislation endangers ...", "Labour would raise taxes"
    if tok.dep_ == "nsubj" and _caused(head, lex):
        return None  # "stories told to make the President look bad": an effect sought
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        if head.lemma_.lower() in lex["disparaging_verbs"] and head.pos_ == "VERB":
            if tok.dep_ == "nsubj":  # "Clinton was 'sabotaged'": the passive subject suffered it
                return head
        if tok.dep_ == "nsubj" and (attempted := _attempted_wrong(head, lex, q)) is not None:
            return attempted  # "Mr. Obama is trying to exploit the deadline"
        if tok.dep_ == "nsubj" and tok.lower_ not in lex["first_person"]:
            if (failure := _failed_duty(head, lex, q)) is not None:
                return failure  # "Congress failed to act"
        if head.lemma_.lower() in lex["light_verbs"]:
            # "Mr. Trump is doing the party a great disservice"
            for c in head.children:
                if c.dep_ == "dobj" and q.contains(c.i) and _is_disparaging(c, lex):
                    return c
        if tok.dep_ == "nsubj" and tok.lower_ not in lex["first_person"]:
            if (mistake := erred(head, q.contains)) is not None:
                return mistake  # "the attorney general made a terrible mistake"
        # "Trump's decision was a mistake", "his remarks were hurtful": words that judge a deed
        judging = functools.partial(_judges, lex=lex, deed=is_deed(tok))
        for c in head.children:
            if c.dep_ in {"attr", "acomp", "oprd"} and q.contains(c.i):
                if judging(c):
                    return c
                for m in c.children:
                    if m.dep_ == "amod" and judging(m):
                        # "he wasn't a petty leader": the noun carries the copula's negation
                        negated = any(
                            n.dep_ == "neg" or n.lower_ in NEGATIONS for n in head.children
                        )
                        return c if negated else m
        if head.lemma_ == "be" and (found := _judging_complement(head, q)) is not None:
            return found
    # "What the Obama administration is doing is dangerous", "Rice's position ... is wrong":
    # the actor is inside the subject of a disparaging predicate
    clause = _subject_clause_head(tok)
    if clause is not None and q.contains(clause.i):
        for c in clause.children:
            if c.dep_ in {"attr", "acomp"} and q.contains(c.i) and _is_disparaging(c, lex):
                return c
        if (found := _judging_complement(clause, q)) is not None:
            return found
    # "Donald Trump's bad idea and rhetoric", "This is Tony Blair's cheap gesture": what the
    # actor says or does, judged; "Trump's biggest mistake": an error the actor made
    if tok.dep_ == "poss" and q.contains(head.i) and owned_deed(tok) is not None:
        for c in head.children:
            if c.dep_ == "amod" and _judges(c, lex, deed=True):
                return c
    if tok.dep_ == "poss" and q.contains(head.i) and head.lemma_.lower() in ERRING_NOUNS:
        return head
    # "Tuberville's a coward": the small parser reads 's as a possessive of the predicate noun
    if tok.dep_ == "poss" and head.dep_ == "ROOT" and _is_disparaging(head, lex):
        if any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in tok.children):
            if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
                return head
    if tok.dep_ == "nsubj" and tok.lower_ not in lex["first_person"]:
        # "Nadler had 'opened up a disgraceful and abusive investigation'": read last, so any
        # other reading of the clause comes first ("That Disney would promote this misguided
        # programming to children is a disgrace")
        if (judged := judged_object(head, q.marked)) is not None:
            return judged
    # "Tell Donald Trump to go to hell": a derived judgement phrase is what the actor does or is
    # told to do
    return judged_by_phrase(tok, q.contains)


def _owned_offence(tok: Token, q: Quote) -> Token | None:
    """The wrong ``tok`` owns inside quotation ``q``, the speaker's charge against it: its
    possessor or a name compounded on an offence noun ("a VERY weak position on Hillary
    Clinton crimes", "a constraint on the president's wrongdoing"). Read in quotations only,
    not in reported clauses, where the narrator's "X's crimes" is no one's charge."""
    head = tok.head
    if tok.dep_ in {"poss", "compound"} and q.contains(head.i) and _offence(head, q):
        return head
    return None


def _offence(noun: Token, q: Quote) -> bool:
    """Whether ``noun`` names a wrong done (``deed_judgements.json`` offence_nouns) that the
    quotation does not deny: no negation on it or on a word governing it inside ``q`` ("There
    is no evidence of Trump's crimes", "no crimes")."""
    if noun.pos_ != "NOUN" or not {noun.lower_, noun.lemma_.lower()} & OFFENCE_NOUNS:
        return False
    return not any(
        c.dep_ == "neg" or c.lower_ in NEGATIONS
        for word in q.governors(noun)
        for c in word.children
    )


def _attempted_wrong(verb: Token, lex: dict[str, frozenset[str]], q: Quote) -> Token | None:
    """The disparaging verb of an attempt ``verb``'s "to" clause inside ``q``: the attempt is
    the charge ("is trying to exploit", "sought to obstruct"; ``attempt_verbs``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex["attempt_verbs"]:
        return None
    for c in verb.children:
        if (
            c.dep_ == "xcomp"
            and c.pos_ == "VERB"
            and q.contains(c.i)
            and c.lemma_.lower() in lex["disparaging_verbs"]
        ):
            return c
    return None


def _failed_duty(verb: Token, lex: dict[str, frozenset[str]], q: Quote) -> Token | None:
    """``verb`` itself when it is a failing verb whose "to" clause inside ``q`` is a duty left
    undone, the charge against its subject ("the chancellor had failed to deal with the
    'looming problems'"; ``failure_verbs``); None for an outcome not reached ("failed to win
    the nomination", "failed to find any evidence": ``unmet_outcomes``); without a "to" clause,
    when it says whom the subject failed or at what ("failed the country", "failed on all
    fronts", "failed miserably")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex["failure_verbs"]:
        return None
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and q.contains(c.i):
            return None if c.lemma_.lower() in lex["unmet_outcomes"] else verb
    # without a "to" clause: "have failed the country", "has failed miserably", "have failed
    # on all fronts" (``failure_adverbs``, ``failure_domain_preps``); "failed in his bid" is not
    for c in verb.children:
        if not q.contains(c.i):
            continue
        if c.dep_ == "dobj" or (c.dep_ == "advmod" and c.lower_ in lex["failure_adverbs"]):
            return verb
        if c.dep_ == "prep" and c.lower_ in lex["failure_domain_preps"]:
            if any(o.dep_ == "pobj" for o in c.children):
                return verb
    return None


def _judged_deed(tok: Token) -> bool:
    """``tok`` owns a deed noun that is a clause subject: its possessor ("the President's
    budget") or a party adjective on it ("Conservative policies"; ``deed_judgements``)."""
    if tok.dep_ not in {"poss", "amod"}:
        return False
    deed = owned_deed(tok)
    return deed is not None and deed.dep_ == "nsubj"


def _judges(tok: Token, lex: dict[str, frozenset[str]], deed: bool) -> bool:
    """Whether ``tok`` disparages; of a deed (``deed``) also a word that judges an act ("a
    mistake", "hurtful", ``deed_judgements``)."""
    return _is_disparaging(tok, lex) or deed and deed_word(tok)


def _subject_clause_head(tok: Token) -> Token | None:
    """The copula whose subject phrase contains ``tok`` as its only named part (possessor of
    the subject noun, or subject of a clausal subject), or None."""
    node = tok
    for _ in range(4):
        head = node.head
        if head == node:
            return None
        if node.dep_ in {"nsubj", "csubj", "nsubjpass"} and head.lemma_ == "be":
            return head if node != tok else None
        if node.dep_ not in {"poss", "nsubj", "compound", "pobj", "prep", "csubj", "ccomp"}:
            return None
        if node.dep_ == "poss" and _person_noun(head):
            return None  # "Moore's Democratic opponent, Doug Jones, is a 'total puppet'": Jones
        if node.dep_ == "prep" and node.lower_ in LOCATIVE_PREPS and tok.ent_type_ in PLACES:
            return None  # "The war in Iraq was a disaster": a place, not the actor judged
        if node.dep_ == "prep" and node.lower_ in EVENT_PLACE_PREPS and _what_happens(node.head):
            return None  # "what's happening on Capitol Hill today is a disgrace": the place
        if node.dep_ == "prep" and node.lower_ in RELATING_PREPS:
            return None  # "any linkage between Israel and apartheid is nonsensical": the link
        node = head
    return None


def _person_noun(noun: Token) -> bool:
    """Whether ``noun`` names a person of its own (a human noun, or a name apposed to it): what
    is said of "X's opponent" or "X's lawyer" judges that person, not X."""
    if noun.lower_ in HUMAN_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def _what_happens(verb: Token) -> bool:
    """Whether ``verb`` heads a free relative with "what" as its subject ("what's happening on
    Capitol Hill"): an event, whose locative phrase names where it happens, not who is judged."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "what" for c in verb.children
    )
