"""Plural pronouns of people who speak together: who "we" and "they" are when several persons
sign or say the same words ("Schumer, Booker and Harris sent a letter ... '...,' they wrote";
"'We support Tom,' Kendall wrote"), and who a plural reference to a few persons just named is
("the two men", "both candidates", "the three men", "them both": ``pair_referents``), and which
party a "they" or "them" stands for after its plural ("from Democrats when he accused them"). The
reference layer (``references.PronounResolver.plural`` and ``pair``) asks this module; it answers
only where the text says who, and otherwise nobody. Its words are data (``patterns/plurals.json``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from polkg.extract.lexicon import given_name_gender, word_sets, words
from polkg.model import EntityRecord

FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
GROUP_TYPES = frozenset({"PoliticalParty", "Organization", "GovernmentBody"})
_PAIRS = word_sets("plurals")
# a party's or body's members that speak for it ("Democratic senators"; not its "activists")
_GROUP_HEADS = _PAIRS["group_member_heads"]
# what may open a sentence before a continuing "they" ("So", "In particular", "And then")
_CONNECTIVES = _PAIRS["opening_connectives"]
# verbs whose subject speaks, so a "they" of theirs is persons (cues_quotes.json speech_verbs)
_SPEECH = word_sets("cues_quotes")["speech_verbs"]
_HUMAN = frozenset(w.lower() for w in words("entities_words")["human_nouns"])


def one_person(subject: Token) -> bool:
    """Whether a clause subject names one person alone: no listed conjuncts, no plural noun
    ("Mr. Deutsch", "he"; not "Collins and Murkowski", "the senators"), so a "their" it binds
    is someone else's."""
    return not subject.conjuncts and subject.tag_ not in {"NNS", "NNPS"}


def plural_referents(
    tok: Token,
    in_quote: Callable[[int], bool],
    speakers_at: Callable[[int], tuple[EntityRecord, ...]],
    resolve_all: Callable[[Token], list[EntityRecord]],
) -> list[EntityRecord]:
    """The several entities a plural pronoun stands for, where the text says who:

    - "we"/"us"/"our" inside a quotation: whoever says it, one speaker (who counts himself
      in) or co-signers (``speakers_at``); outside quotations, the persons who sign the
      letter it is in, when several do (``speakers_at`` too: ``authors.Authors.signers_at``);
    - "they" as a subject right after a sentence whose subject names two or more persons
      (``resolve_all``: a subject and its listed conjuncts), or is a plural noun read as one
      group ("Democratic senators ... . They had also condemned the White House");
    - "they", "them", "their" after a party's plural, the nearest plural of their own
      sentence ("drew groans from Democrats when he accused them": ``_sentence_party``).

    Empty when the text does not say (a "we" of nobody known, a "they" of anyone)."""
    low = tok.lower_
    if low in FIRST_PLURAL:
        if any(c.dep_ == "appos" for c in tok.children):
            return []  # "We Democrats": the apposition says who
        return list(speakers_at(tok.i))
    found: list[EntityRecord] = []
    if low == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
        found = _cosigners(tok, in_quote, resolve_all)
    if not found and low in _PAIRS["party_pronouns"]:
        found = _sentence_party(tok, in_quote, resolve_all)
    return found


def _sentence_party(
    tok: Token,
    in_quote: Callable[[int], bool],
    resolve_all: Callable[[Token], list[EntityRecord]],
) -> list[EntityRecord]:
    """The party a "they", "them" or "their" of narration stands for when the nearest plural
    its own sentence names before it is that party's plural ("Democrats", "Republicans", "the
    Tories"): "Scalise drew groans from Democrats when he accused them of ...", "substantial
    skepticism among Senate Republicans, but they later rallied around the checks proposal"
    (a party's group the text names by the party's plural is that group). Any other plural
    between them ("leading Republicans to change the rules ... what they accuse Reid of",
    "Republicans decrying them" after "his statements") or a coordination leaves it open, and
    so does a party plural the text restricts ("Democrats who ...", "the Democrats surveyed":
    a poll's respondents, whom the parser may make a clause's subject), one that is the
    subject of the pronoun's own clause ("Republicans criticized them", or stands where it
    would: ``_subject_place``) or one that only modifies a noun ("Democratic senators")."""
    if in_quote(tok.i):
        return []
    verb = tok.head
    own = {c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}
    # a "they" that speaks ("they accuse", "they say") is persons, never the rules or votes
    speaking = tok.lower_ == "they" and tok.dep_ == "nsubj" and verb.lemma_.lower() in _SPEECH
    doc = tok.doc
    for j in range(tok.i - 1, tok.sent.start - 1, -1):
        t = doc[j]
        if in_quote(j) or t.lower_ in _PAIRS["party_pronouns"]:
            continue  # a quotation's words, or the same group named again
        if t.dep_ == "conj" and t.head.pos_ in {"NOUN", "PROPN"}:
            return []  # "Schumer and Pelosi ... them": several, not one party
        if t.tag_ not in {"NNS", "NNPS"}:
            continue
        if speaking and _thing_plural(t, resolve_all):
            continue  # "leading Republicans to change the rules ... what they now accuse Reid of"
        if (
            j in own
            or _subject_place(t, verb)
            or t.dep_ == "compound"
            or t.nbor().lower_ in _PAIRS["sample_participles"]  # "the Democrats surveyed"
            or t.conjuncts
            or any(c.dep_ in {"acl", "relcl", "nummod"} for c in t.children)
        ):
            return []
        found = resolve_all(t)
        if len(found) == 1 and (
            found[0].type == "PoliticalParty"
            or (found[0].type in GROUP_TYPES and t.lower_ in _PAIRS["party_plurals"])
        ):
            return found  # the party, or its group named by it ("Senate Republicans")
        return []
    return []


def _cosigners(
    tok: Token,
    in_quote: Callable[[int], bool],
    resolve_all: Callable[[Token], list[EntityRecord]],
) -> list[EntityRecord]:
    """The persons of the coordinated subject of the narration sentence right before the
    clause of "they" (quotations in between are skipped: they are what was said), or the one
    party, organisation or body its plural subject stands for ("Democratic senators")."""
    doc = tok.doc
    if not _opens_clause(tok, in_quote):
        return []  # narration before "they" in its own sentence: someone else may be meant
    j = tok.sent.start - 1
    while j >= 0 and (in_quote(j) or doc[j].is_punct or doc[j].is_space):
        j -= 1
    if j < 0:
        return []
    sent = doc[j].sent
    first = sent.start
    while first < sent.end and (doc[first].is_punct or doc[first].is_space):
        first += 1
    # the subject the sentence opens with (its root may be misparsed: "... said would not
    # happen" made "happen" the root of "Schumer, Booker and Harris sent a letter ...")
    subj = next(
        (
            t
            for t in sent
            if t.dep_ in ("nsubj", "nsubjpass")
            and (t.left_edge.i == first or _title_before(doc, first, t))
        ),
        None,
    )
    if subj is None or in_quote(subj.i) or subj.pos_ == "PRON":
        return []  # (a "they" before: no chains of guesses)
    found = resolve_all(_listed_under_title(subj))
    if (
        len(found) == 1
        and found[0].type in GROUP_TYPES
        and (subj.tag_ == "NNPS" or (subj.tag_ == "NNS" and subj.lemma_.lower() in _GROUP_HEADS))
        and not subj.conjuncts
    ):
        # "Democratic senators had previously assailed Kavanaugh ... They had also condemned
        # the White House": a plural group subject, read as its party or body, says who
        return found
    if any(rec.type != "Person" for rec in found):
        return []  # "Schumer and the Democrats": not only persons, so not sure who
    return found if len(found) > 1 else []


def _title_before(doc: Doc, first: int, subj: Token) -> bool:
    """Whether the sentence opens with a plural title the parser left off the subject's phrase,
    right before it: "Reps. Peter DeFazio and David Wu filed an amicus brief" ("Reps." read as
    an unattached word; ``plurals.json`` ``listing_titles``)."""
    return subj.left_edge.i == first + 1 and doc[first].lower_ in _PAIRS["listing_titles"]


def _listed_under_title(subj: Token) -> Token:
    """The names a plural title subject lists, which the parser made its apposition:
    "Senators Tom Harkin and Chuck Grassley sent a letter" ("Senators" the subject, "Harkin" its
    apposition, "Grassley" the apposition's conjunct); else the subject itself."""
    if subj.lower_ not in _PAIRS["listing_titles"]:
        return subj
    appos = [c for c in subj.children if c.dep_ == "appos"]
    return appos[0] if len(appos) == 1 and appos[0].conjuncts else subj


def _thing_plural(t: Token, resolve_all: Callable[[Token], list[EntityRecord]]) -> bool:
    """Whether the plural noun ``t`` names things, not people: a common noun no human-noun list
    holds and no entity resolves ("the rules", "the votes"), which a speaking "they" skips."""
    return (
        t.pos_ == "NOUN"
        and t.lemma_.lower() not in _HUMAN
        and t.lower_ not in _HUMAN
        and not resolve_all(t)
    )


def _opens_clause(tok: Token, in_quote: Callable[[int], bool]) -> bool:
    """Whether only quotations, punctuation and connectives stand before ``tok`` in its
    sentence: "They ...", "So they filibustered Pryor.", "In particular, they accused Obama
    ...". A connective names nobody, so the "they" still continues the sentence before; any
    other word ("Nevada was the rare example where they ...", "On Monday the senators said
    they ...") may bring someone else. Connectives are data (``plurals.json``
    ``opening_connectives``: single adverbs and conjunctions, and fixed phrases)."""
    doc = tok.doc
    words = [
        doc[j].lower_
        for j in range(tok.sent.start, tok.i)
        if not (in_quote(j) or doc[j].is_punct or doc[j].is_space)
    ]
    if not words:
        return True
    return " ".join(words) in _CONNECTIVES


def _subject_place(t: Token, verb: Token) -> bool:
    """Whether ``t`` stands where the subject of ``verb`` stands, right before it (adverbs and
    auxiliaries aside): "from Democrats praising his statements to Republicans decrying them",
    which the parser hangs under "praising", is still the Republicans' decrying."""
    between = t.doc[t.i + 1 : verb.i]
    return verb.i > t.i and all(x.pos_ in {"ADV", "AUX", "PART"} for x in between)


def pair_referents(
    tok: Token,
    in_quote: Callable[[int], bool],
    entity: Callable[[Token], EntityRecord | None],
) -> list[EntityRecord]:
    """The persons a plural reference to a few just-named persons stands for: "the two men",
    "both candidates", "the pair", "the trio" (``patterns/plurals.json``) are the persons of
    the nearest narration naming any, in the reference's own sentence before it (not a
    subject of a clause above it: "Liam Fox likened the two men to ..." are not Fox) or else
    in one of the two sentences before, when that names exactly as many (and none of the
    other gender for "men" or "women"): "Mr Brown allegedly said he could no longer believe
    anything Mr Blair told him. Conservative co-chairman Liam Fox likened the two men to
    'self-obsessed schoolboys'". A bare "both" ("Both issued statements", "condemned them
    both") may stand for anything two, so only for two persons the text coordinates ("Collins
    and Murkowski were not."). Empty when the text does not say."""
    size, gender, listed = _pair_form(tok)
    if size == 0 or in_quote(tok.i):
        return []
    doc = tok.doc
    bound = _clause_subjects(tok)
    found = _persons(doc[tok.sent.start : tok.i], in_quote, entity, bound, listed)
    sent = tok.sent
    for _ in range(2):
        if found is not None or sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        found = _persons(sent, in_quote, entity, set(), listed)
    if not found or len(found) != size:
        return []
    if gender is not None and any(_gender(rec) not in (None, gender) for rec in found):
        return []
    return found


def _pair_form(tok: Token) -> tuple[int, str | None, bool]:
    """How many persons ``tok`` refers to (0: no such reference), the gender its head tells,
    and whether they must be a coordinated list (a bare "both")."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    kids = {c.lower_ for c in tok.children if c.dep_ in {"det", "nummod", "appos"}}
    if low in {"they", "them"} and "both" in kids:
        return 2, None, True  # "condemned them both"
    if low == "both" and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        return 2, None, True  # "Both issued statements"
    if tok.tag_ == "NN" and kids & {"the", "this", "that"}:
        if lemma in _PAIRS["pair_collectives"]:
            return 2, None, False
        if lemma in _PAIRS["trio_collectives"]:
            return 3, None, False
    if tok.tag_ != "NNS" or lemma not in _PAIRS["pair_heads"]:
        return 0, None, False
    if any(c.i < tok.i and c.dep_ not in {"det", "nummod"} for c in tok.children):
        return 0, None, False  # "the two recess-appointed NLRB nominees": others, described
    gender = (
        "male"
        if lemma in _PAIRS["male_heads"]
        else "female"
        if lemma in _PAIRS["female_heads"]
        else None
    )
    if "both" in kids or (kids & {"the", "these", "those"} and "two" in kids):
        return 2, gender, False
    if kids & {"the", "these", "those"} and kids & _PAIRS["trio_numbers"]:
        return 3, gender, False
    return 0, None, False


def _clause_subjects(tok: Token) -> set[int]:
    """The subjects (and their conjuncts) of the clauses above ``tok``: who acts on or about
    the persons it names, never them."""
    out: set[int] = set()
    for anc in tok.ancestors:
        for c in anc.children:
            if c.dep_ in {"nsubj", "nsubjpass"} and c != tok:
                out |= {t.i for t in c.subtree}
    return out


def _persons(
    span: Span,
    in_quote: Callable[[int], bool],
    entity: Callable[[Token], EntityRecord | None],
    skip: set[int],
    listed: bool,
) -> list[EntityRecord] | None:
    """The distinct persons ``span`` names outside quotations and ``skip`` (None when it names
    none); with ``listed``, only a coordinated list of persons (else an empty list)."""
    found: list[EntityRecord] = []
    any_person = False
    for t in span:
        if in_quote(t.i):
            continue
        rec = entity(t)
        if rec is None or rec.type != "Person" or t.i in skip:
            continue
        any_person = True
        if all(rec is not f for f in found):
            found.append(rec)
    if not any_person:
        return None
    if listed:
        heads = [t for t in span if t.conjuncts and t.dep_ != "conj" and _is_person(t, entity)]
        lists = [[h, *h.conjuncts] for h in heads]
        lists = [m for m in lists if all(_is_person(x, entity) for x in m)]
        if len(lists) != 1 or len(found) != len(lists[0]):
            return []
    return found


def _is_person(t: Token, entity: Callable[[Token], EntityRecord | None]) -> bool:
    rec = entity(t)
    return rec is not None and rec.type == "Person"


def _gender(rec: EntityRecord) -> str | None:
    return given_name_gender(rec.name.split()[0]) if " " in rec.name else None
