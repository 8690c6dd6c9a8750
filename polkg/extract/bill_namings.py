"""A bill noun the text names at once is that bill; so is the bill a lead introduces by
description and names in the next sentence.

A bill is often brought up by what it does and named right after: "I have introduced a bill,
S. 1994, which would address ...", "Gardner and Cornyn even introduced legislation they dubbed
the Trust Act", "I introduced UN reform legislation with ... Senator Dick Lugar (R-IN), known as
the Coleman-Lugar UN Reform Bill". A Senate release's lead does the same across a sentence:
"Sen. Chuck Grassley and Rep. James Sensenbrenner today re-introduced legislation ... to create
an Inspector General for the Judicial Branch. The Judicial Transparency and Ethics Enhancement
Act of 2007 is nearly identical to ...". The bill noun resolved to nothing (a purpose clause
makes it another bill than a named one, ``generic_references``, or the text names several), so
the senators who introduce it made no edge. Here the noun becomes a mention of the named bill
when the name is set beside it (apposition) or given by a naming verb ("dubbed", "known as"),
or, for the text's first bill introduced by a sponsor verb, when the name is the subject of the
next sentence (or in apposition to a bill noun that is). A name elsewhere in that next sentence
is as often the law the bill amends ("Snowe aims to improve a landmark small business law, the
Small Business Regulatory Enforcement Fairness Act"), and a mention the entity layer merged into
a shorter name ("the New Homestead Act" into the Homestead Act of 1862) is another bill: both are
left alone. Word lists: ``patterns/bill_namings.json`` (the sponsor verbs are
``constructions.json`` ``sponsor_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from polkg.extract.bill_numbers import NUMBER
from polkg.extract.lexicon import word_sets, words
from polkg.extract.mentions import DocState, Owner
from polkg.extract.token_columns import token_columns

_WORDS = word_sets("bill_namings")
BILL_NOUNS = _WORDS["bill_nouns"]
SUBJECT_DEPS = _WORDS["subject_deps"]
NAMING_VERBS = _WORDS["naming_verbs"]
NAMING_FORMS = [f.split() for f in words("bill_namings")["naming_forms"]]
KIND_NOUNS: dict[str, list[str]] = words("bill_namings")["kind_nouns"]
SPONSOR_VERBS = word_sets("constructions")["sponsor_verbs"]
# the last word of a bill's title ("... Act", "... Bill"); a number ("S.1115") is a title too
TITLED_HEADS = word_sets("bill_kinds")["bill_heads"]
# how far after the lead its bill may be named: sentences, and paragraph breaks crossed
LEAD_SENTENCES = int(words("bill_namings")["lead_sentences"])
LEAD_PARAGRAPHS = int(words("bill_namings")["lead_paragraphs"])


def bill_namings(state: DocState) -> None:
    """Make each bill noun the text names at once a mention of that bill, and the lead's
    introduced bill noun a mention of the bill the next sentence names as its subject."""
    doc = state.doc
    bills = sorted(
        (start, end, owner)
        for start, end, owner in state.mentions
        if owner.is_other and owner.other[0] == "Legislation"
    )
    first = bills[0][0] if bills else len(doc)
    columns = token_columns(doc)  # a Token only for the singular bill nouns
    for i, (tag, lemma) in enumerate(zip(columns.tag, columns.lemma, strict=True)):
        if tag != "NN" or lemma.lower() not in BILL_NOUNS:
            continue
        tok = doc[i]
        if not _bill_noun(state, tok):
            continue
        named = _named_at_once(state, tok, bills)
        if named is None and tok.i < first and _introduced(tok):
            named = _named_next(tok, bills)
        if named is None:
            continue
        start, end, owner = named
        if not _titled_as_written(state, owner.other, doc[start:end]):
            continue
        if not _kind_fits(tok, state.others[owner.other].name):
            continue
        state.owner[tok.i] = owner
        state.mentions.append((tok.i, tok.i + 1, owner))
        cluster = state.others[owner.other]
        cluster.first_token = min(cluster.first_token, tok.i)


def _bill_noun(state: DocState, tok: Token) -> bool:
    """A singular bill noun no entity holds and no one possesses."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in BILL_NOUNS or state.owner[tok.i] is not None:
        return False
    return not any(c.dep_ == "poss" for c in tok.children)


def _introduced(tok: Token) -> bool:
    """The object of a sponsor verb with no determiner but "a"/"an" ("introduced legislation to
    ...", "introduced a bill that ...")."""
    if tok.dep_ not in {"dobj", "obj"} or tok.head.lemma_.lower() not in SPONSOR_VERBS:
        return False
    return not any(c.dep_ == "det" and c.lower_ not in {"a", "an"} for c in tok.children)


Mention = tuple[int, int, Owner]


def _named_at_once(state: DocState, tok: Token, bills: list[Mention]) -> Mention | None:
    """The named bill set beside the noun ``tok``: its apposition ("a bill, S. 1994, which"), or
    the name a naming verb gives it ("dubbed the Trust Act", "known as the ... Bill", with no
    other bill noun between)."""
    doc = tok.doc
    starts = {start: (start, end, owner) for start, end, owner in bills}

    def mention_at(i: int) -> Mention | None:
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        return starts.get(i)

    for child in tok.children:
        if child.dep_ == "appos" or (child.dep_ in {"acl", "relcl"} and _naming(child)):
            for t in [child] if child.dep_ == "appos" else child.children:
                owner = state.owner[t.i] if t.dep_ != "prep" else None
                if t.dep_ in {"appos", "oprd", "dobj", "attr"} and owner is not None:
                    found = next((m for m in bills if m[2] == owner and m[0] <= t.i < m[1]), None)
                    if found is not None:
                        return found
    columns = token_columns(doc)  # (read without a Token per word)
    lemmas, pos, lowers = columns.lemma, columns.pos, columns.lower
    for i in range(tok.i + 1, tok.sent.end):
        if lemmas[i].lower() in BILL_NOUNS and pos[i] == "NOUN":
            return None  # another bill noun first: the name is that one's
        for form in NAMING_FORMS:
            if lowers[i : i + len(form)] == form:
                return mention_at(i + len(form))
    return None


def _naming(verb: Token) -> bool:
    return verb.lemma_.lower() in NAMING_VERBS


def _named_next(tok: Token, bills: list[Mention]) -> Mention | None:
    """The first bill named after ``tok``'s sentence, when its name is the subject of the
    sentence that names it (or in apposition to a subject bill noun) and that sentence is one
    of the ``lead_sentences`` after the lead, in the lead's paragraph or the next: "Senator
    Harry Reid of Nevada introduced a bill today that will provide ...", then a paragraph
    quoting him ("I recently came out in opposition to the proposed coal power plants," said
    Reid. ... "The Clean Renewable Energy and Economic Development Act will help Nevada ...").
    The first sentence naming a bill decides (bills32)."""
    doc = tok.doc
    sent = tok.sent
    nxt = _next_sentence(sent)
    paragraphs = 0
    for _ in range(LEAD_SENTENCES):
        if nxt is None:
            return None
        paragraphs += "\n" in doc.text[sent[-1].idx : nxt.start_char]
        if paragraphs > LEAD_PARAGRAPHS:
            return None
        named = next((m for m in bills if nxt.start <= m[0] < nxt.end), None)
        if named is not None:
            return named if _subject_side(doc[named[0] : named[1]].root) else None
        sent, nxt = nxt, _next_sentence(nxt)
    return None


def _next_sentence(sent: Span) -> Span | None:
    """The sentence after ``sent``, past any sentence of line breaks only."""
    i = sent.end
    while i < len(sent.doc):
        nxt = sent.doc[i].sent
        if nxt.text.strip():
            return nxt
        i = nxt.end
    return None


def _subject_side(root: Token) -> bool:
    """Whether a name is its clause's subject, or in apposition to a subject that is a bill
    noun ("The Senator's legislation, S.1115, would ..."; not to a person the parser hung it on:
    "Snowe aims to improve a landmark small business law, the Small Business Regulatory
    Enforcement Fairness Act")."""
    if root.dep_ in SUBJECT_DEPS:
        return True
    head = root.head
    return root.dep_ == "appos" and head.dep_ in SUBJECT_DEPS and head.lemma_.lower() in BILL_NOUNS


def _titled_as_written(state: DocState, key: tuple[str, str], span: Span) -> bool:
    """Whether the named bill is a titled one ("... Act", "... Bill", a number) whose name is
    the mention as written: a mention the entity layer merged into a shorter name ("the New
    Homestead Act" into the Homestead Act of 1862 the text also cites) is not read."""
    name = state.others[key].name
    written = span.text.lower().removeprefix("the ").strip()
    if name.lower() != written:
        return False
    return bool(NUMBER.match(name)) or name.split()[-1].lower() in TITLED_HEADS


def _kind_fits(tok: Token, name: str) -> bool:
    """A noun of a kind of its own ("a resolution") means only a name of that kind ("S. Res.
    49"); any other bill noun never means one."""
    low = name.lower()
    for noun, marks in KIND_NOUNS.items():
        of_kind = any(m in low.split() or low.endswith(m) for m in marks)
        if (tok.lemma_.lower() == noun) != of_kind:
            return False
    return True
