"""Who "he", "she", "him", "his" or "her" inside a quotation can be: the persons its context
names, or whoever an earlier quoted pronoun of that gender there is (a second quotation of the
speaker continuing about the same person).

"Multrie ... did not like Moore. 'He's not a truthful man,' Multrie said." The entity layer
leaves a subject pronoun in a quotation unresolved when the quotation itself names nobody
before it (the narration's subject is usually the speaker). But the speaker is never the
referent of a third-person pronoun in his own quote, so once the speaker is known the other
person of that gender the context names last is (earlier in the quotation, else in the
narration that introduces it). The entity layer records here, for each such pronoun, every
person of its gender named in that context (the quotation up to the pronoun, the sentence it
opens in and the sentence before, a caption line passed over: ``captions``), nearest first;
the relation layer (``references.PronounResolver``), which knows the speaker, takes the
nearest but him.

Precision first: no candidates at all (None) when the context holds a person whose gender is
unknown, a person-like name polkg could not resolve, an unresolved pronoun of the same gender
in the narration, or two persons of that gender in one list: somebody else might be meant. A
word the name finder never takes for a name ("Twitter", which the parser often tags PERSON:
``entities_words.json`` junk_names) is no such name.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from spacy.tokens import Doc, Token

from polkg.extract.captions import in_caption
from polkg.extract.lexicon import words
from polkg.extract.mentions import Owner
from polkg.extract.syntax import clause_subject
from polkg.model import EntityRecord

# "my sister", "my brother": the speaker's kin, of a gender; "my" and the pronouns' genders
_KIN: dict[str, str] = words("entities_words")["speaker_kin_nouns"]
_PRONOUN_GENDER: dict[str, str] = words("entities_words")["pronoun_gender"]
# "on Twitter", "on Facebook": words the name finder never takes for a name (``mentions``), so
# the parser's PERSON tag on them is no person the context names unresolved
_JUNK_NAMES = frozenset(words("entities_words")["junk_names"])


def quote_context_start(tok: Token, quoted: Sequence[bool]) -> int:
    """The first token of the context of the quotation ``tok`` is in: the sentence before the
    sentence the quotation opens in (the introduction, "Multrie criticized Moore."), caption
    lines passed over."""
    doc = tok.doc
    start = tok.i
    while start > 0 and quoted[start - 1]:
        start -= 1
    opening = doc[start].sent.start
    before = opening
    while before > 0:
        before = doc[before - 1].sent.start
        if not in_caption(doc[before]):
            return before  # a caption line between them introduces nothing (``captions``)
    return opening


def context_persons(
    tok: Token,
    gender: str,
    quoted: Sequence[bool],
    owner: Sequence[Owner | None],
    recent: Sequence[tuple[int, int]],
    gender_of: Callable[[int], str | None],
    pronoun_gender: dict[str, str],
    earlier: dict[int, tuple[int, ...]],
) -> tuple[int, ...] | None:
    """The persons of ``gender`` named in the context of the quoted pronoun ``tok``, nearest
    first; None when someone there may be meant whom polkg does not know (see the module).
    ``earlier``: the candidates already recorded for the quoted pronouns before ``tok``."""
    doc = tok.doc
    start = quote_context_start(tok, quoted)
    chain = _chained(tok, gender, start, quoted, pronoun_gender, earlier)
    found: list[int] = []
    heads: list[Token] = []
    truncated = False  # the list ends at a person of unknown gender farther back
    nearest = tok.i  # where the nearest candidate is named
    for pos, k in reversed(recent):
        if pos >= tok.i:
            continue
        if pos < start or (chain is not None and pos < chain):
            break
        if in_caption(doc[pos]):
            continue  # "Media caption Roy Moore: ...": whoever is pictured, not the narration
        g = gender_of(k)
        if g is None:
            if not found or not all(quoted[j] for j in range(nearest, tok.i)):
                return None  # "Kelly" of unknown gender may be "she"
            # "Crooked Hillary Clinton ... 'My firing of James Comey ... He was a Crooked
            # Cop'": a person the quotation itself names before the pronoun ranks first
            # whatever her gender, so the list ends here
            truncated = True
            break
        if g == gender and k not in found:
            if not found:
                nearest = pos
            found.append(k)
            heads.append(_phrase_head(doc[pos]))
    if any(_coordinated(a, b) for a in heads for b in heads if a.i < b.i):
        return None  # "spoke about Moore and Jones": a list ranks nobody nearer
    for t in doc[start : tok.i]:
        if owner[t.i] is not None or in_caption(t):
            continue
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.lower_ not in _JUNK_NAMES:
            return None  # a name polkg could not resolve
        if not quoted[t.i] and pronoun_gender.get(t.lower_) == gender and t.tag_ == "PRP":
            return None  # "He said ...": someone unresolved of that gender
    if chain is not None and not truncated:
        # "'He's not a truthful man,' Multrie said. 'He talks about God ...'": the same man
        # as the earlier quoted pronoun, unless someone was named since
        found += [k for k in earlier[chain] if k not in found]
    return tuple(found)


def speakers_object(doc: Doc, pos: int, speaker_subjects: Collection[str]) -> bool:
    """Whether the mention starting at ``pos`` is the direct object of a clause whose subject
    is the speaker's own "I" or "we" (``quoted_speaker_subjects``): a subject "he" or "she"
    after it in the quotation cannot be that subject, so it continues the object ("'I had to
    fire General Flynn because he lied,' Trump wrote")."""
    t = doc[pos]
    while t.dep_ in ("compound", "flat", "amod") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "dobj":
        return False
    subject, demand = clause_subject(t.head)
    return subject is not None and not demand and subject.lower_ in speaker_subjects


def _chained(
    tok: Token,
    gender: str,
    start: int,
    quoted: Sequence[bool],
    pronoun_gender: dict[str, str],
    earlier: dict[int, tuple[int, ...]],
) -> int | None:
    """The nearest quoted pronoun of ``gender`` before ``tok`` in its context whose candidates
    are recorded (the entity layer left it to its quotation's context): ``tok`` continues
    whoever that one is."""
    for t in reversed(tok.doc[start : tok.i]):
        if quoted[t.i] and t.i in earlier and pronoun_gender.get(t.lower_) == gender:
            return t.i
    return None


def _phrase_head(tok: Token) -> Token:
    """The head of the name phrase ``tok`` starts ("Roy" of "Roy Moore" -> "Moore")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _coordinated(a: Token, b: Token) -> bool:
    """Whether two phrases are conjuncts of one list ("Moore and Jones", "Moore, Jones and
    Shelby")."""
    return (b.dep_ == "conj" and b.head.i == a.i) or (
        a.dep_ == "conj" and b.dep_ == "conj" and a.head.i == b.head.i
    )


def kin_referent(
    tok: Token,
    speaker: EntityRecord,
    candidates: Sequence[EntityRecord],
    in_quote: Callable[[int], bool],
) -> tuple[bool, EntityRecord | None]:
    """ "I love my sister, but she is dead wrong": after the speaker's own kin noun of the
    pronoun's gender earlier in the quotation, the pronoun is that relative, the one candidate
    who bears the speaker's family name (nobody when no candidate or several do). (whether the
    quotation names such a relative before ``tok``, the relative)."""
    gender = _PRONOUN_GENDER.get(tok.lower_)
    i = tok.i - 1
    while i >= 0 and in_quote(i):
        t = tok.doc[i]
        if _KIN.get(t.lower_) == gender and any(
            c.dep_ == "poss" and c.lower_ == "my" for c in t.children
        ):
            family = speaker.name.split()[-1]
            kin = [c for c in candidates if c.type == "Person" and c.name.split()[-1] == family]
            return True, kin[0] if len(kin) == 1 else None
        i -= 1
    return False, None
