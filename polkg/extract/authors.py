"""Who speaks in the first person outside quotation marks: a letter's signer, a release's author.

Press releases, statements and open letters say "I" and "my" without quotation marks ("I object
strongly to ... my legislation, S. 3661", "S.2156, ... of which I am a sponsor"). Quotations have
their speakers (``quotes``); for the rest of the text this module names the author:

- a letter reproduced in the document, from its salutation ("Dear Governor Schwarzenegger:") to
  its sign-off ("Sincerely," and the name on the next line), is the signer's when exactly one
  person of the document signs it;
- elsewhere, the office holder whose office published the document, when the record's ``outlet``
  says so ("Office of Sen. Feinstein (press release)") and exactly one person of the document
  has that surname.

A release also hands the rest of its text to one person with "Sen. X released the following
statement:" (or "made the following remarks", "sent the following letter"): from there on, that
person is the author, and a quotation paragraph with no speaker of its own is theirs
(``statement_blocks``). Elsewhere in a release its author's office published, a quotation that
opens its sentence and that no speech verb or noun gives to anyone is the author's: a senator's
release quotes the senator ("Isakson ... spoke on the Senate floor ...", then paragraphs of
quotation, "I applaud the White House for encouraging us"), and a quotation a speech verb gives
to someone unresolved ("..., a senior aide said") stays nobody's.

The narration of a release is about that office holder too: a "he" or "she" nothing else
resolves (the parser hung the senator's name on another phrase: "Senate Fisheries ... Chair
Olympia J. Snowe (R-Maine) today participated in a markup of the Magnuson-Stevens Act, which she
has co-sponsored"), outside quotations, letters and statements, is the office holder when the
pronoun's gender is the office holder's given name's (``narrator_at``; read by
``references.PronounResolver``).

A release whose text never names its office holder outside the title ("SEN. FEINSTEIN ISSUES
STATEMENT ON WORLD AIDS DAY", then "I co-sponsored the Kennedy-Feinstein-Feingold Amendment")
still speaks for him: its author is the one member of the outlet's chamber with that surname at the
release's date in the congress-legislators gazetteer (``legislators.member_by_surname``), for "I",
"my" and unattributed quotations, never for the narration's "he" or "she" (with no antecedent in
the text, someone else).

A letter several persons sign, one name line under another ("Sincerely, / Christopher Dodd /
Joseph I. Lieberman / Rosa L. DeLauro ..."), title lines between them ("United States Senator"),
speaks for all of them: its "we", "us" and "our" are the signers (``signers_at``, read by
``plurals.plural_referents``; session 36), and so is each paragraph it states and each
quotation of it that names one of them alone (session 39: "that Disney would seek to use
Scholastic ... is a disgrace" over five signatures is five criticisms). Where the signature block
does not list them, the sentence that introduces the letter may ("Snowe and Wyden ... sent HHS
Secretary Leavitt the following letter today", "The following is text of the letter sent to
Majority Leader Senator Harry Reid ... by Senators Snowe and Hagel": ``introduced_letters``):
its senders only, never its addressee or a recipient.

Precision first: no author when the signature names nobody in the document, or more than one, or
the outlet names someone neither the text nor (for a dated release) the gazetteer tells apart;
"we" stays unresolved but in a letter several sign. The words are data (``patterns/authors.json``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Doc, Token

from polkg.extract.legislators import member_by_surname
from polkg.extract.lexicon import word_sets
from polkg.extract.lexicon import words as lexicon_words
from polkg.extract.mentions import strip_suffix
from polkg.extract.quotes import QUOTE_MARKS, Quote, QuoteIndex, quote_lexicon
from polkg.extract.token_columns import token_columns
from polkg.model import Document, EntityRecord

SIGNATURE_TOKENS = 12  # the longest signature line read ("Kay Bailey Hutchison")
SIGNATURE_LINES = 40  # the most lines a signature block of co-signers is read for


class Authors:
    """The first-person author of each token outside quotations, if any."""

    def __init__(
        self,
        default: EntityRecord | None,
        letters: Sequence[tuple[int, int, EntityRecord | None]] = (),
        statements: Sequence[tuple[int, int, EntityRecord]] = (),
        narrated: bool = True,
        cosigned: Sequence[tuple[int, int, tuple[EntityRecord, ...]]] = (),
    ) -> None:
        self.default = default
        self.narrated = narrated  # the text names its author: its narration may be about him
        self.letters = list(letters)
        self.statements = list(statements)
        self.cosigned = list(cosigned)

    def signers_at(self, token_i: int) -> tuple[EntityRecord, ...]:
        """Everyone who signs the letter token ``token_i`` is in, when several persons sign it:
        whom its "we" and "our" stand for ("we are reiterating our strong and united opposition
        to the construction of Broadwater" over seven signatures); nobody elsewhere, nor in a
        letter one person signs (his "we" may be his office, his state or his party)."""
        for start, end, signers in self.cosigned:
            if start <= token_i < end:
                return signers
        return ()

    def at(self, token_i: int) -> EntityRecord | None:
        """The author of token ``token_i``: its letter's signer, else the person whose statement
        it is part of, else the document's author."""
        for start, end, signer in self.letters:
            if start <= token_i < end:
                return signer
        for start, end, person in self.statements:
            if start <= token_i < end:
                return person
        return self.default

    def narrator_at(self, token_i: int) -> EntityRecord | None:
        """The office holder a release's own narration is about, where token ``token_i`` is
        in no reproduced letter or statement (whose "he" and "she" are third persons to their
        signer): "Snowe ... participated in a markup of the Magnuson-Stevens Act, which she
        has co-sponsored" in Snowe's release; else None."""
        for start, end, _person in (*self.letters, *self.statements):
            if start <= token_i < end:
                return None
        return self.default if self.narrated else None

    def claim_quotes(self, index: QuoteIndex) -> None:
        """Give a reproduced statement's quotation paragraphs that name no speaker of their
        own to the statement's author, and elsewhere such a quotation, unless its speech verb
        names someone unresolved, to the document's author (a quotation inside a sentence is
        words the sentence's subject cites, left alone)."""
        doc = index.doc
        for q in index.quotes:
            signers = self.signers_at(q.start)
            said = {p.name for p in q.said_by()}
            if signers and said and said <= {p.name for p in signers}:
                q.speakers = signers  # one signer said to speak: the letter is all of theirs
                continue
            if q.speaker is not None or q.speakers or q.start == 0:
                continue
            person = next((p for s, e, p in self.statements if s <= q.start < e), None)
            signers = signers if person is None else ()
            if person is None and not signers and not q.said_by_other:
                person = self.default  # a release quotes the senator whose office issued it
            opening = doc[q.start].sent.start
            own = all(t.is_punct or t.is_space for t in doc[opening : q.start])
            if person is not None and own:
                q.speaker = person
            elif signers and own:
                q.speakers = signers  # the letter several persons sent, quoted whole

    def claim_statements(self, index: QuoteIndex) -> None:
        """Give each paragraph a known person states outside quotation marks to the quote
        layer as that person's quotation (``QuoteIndex.stated``): a paragraph of a reproduced
        statement ("Sen. X delivered the following remarks:") or of a signed letter ("that
        Disney would seek to use Scholastic to promote this misguided programming ... is a
        disgrace" in Reid's letter), and a release's paragraph that says "I" ("Unfortunately it
        appears that the former Secretary was able to take advantage of weak oversight ... And
        I know the board is aware of it" in Feinstein's hearing statement). A paragraph holding
        a quotation mark is left alone: its quotation has a speaker of its own, and the words
        around it are the narrator's report of that speech. So is the narration of a release
        that says no "I" (it reports the senator's deeds and words: "Snowe said the report was
        ..."), and, in an interview transcript that labels the author's turns ("LOTT: ..."),
        every turn another label opens ("HILL: Well, I'm sure ...")."""
        if self.default is None and not self.letters and not self.statements and not self.cosigned:
            return
        doc = index.doc
        first_person = quote_lexicon()["first_person"]  # "I", "my", "me", ...
        starts = _line_starts(doc)
        labels = [_turn_label(doc, i) for i in starts]
        turns = self.default is not None and _surname(self.default).upper() in labels
        label = None
        for k, start in enumerate(starts):
            label = labels[k] or label
            end = starts[k + 1] if k + 1 < len(starts) else len(doc)
            person = self.at(start)
            # a letter several sign states each paragraph for all of them
            signers = self.signers_at(start)
            if (person is None or person.type != "Person") and not signers:
                continue
            if turns and (person is None or label != _surname(person).upper()):
                continue  # the interviewer's turn
            text = doc[start:end]
            if any(mark in text.text for mark in QUOTE_MARKS):
                continue
            in_block = bool(signers) or any(
                s <= start < e for s, e, _p in (*self.letters, *self.statements)
            )
            says_i = any(t.lower_ in first_person and t.pos_ == "PRON" for t in text)
            if not in_block and not says_i:
                continue
            while end > start and doc[end - 1].is_space:
                end -= 1
            index.stated.append(
                Quote(
                    doc[start].idx,
                    doc[end - 1].idx + len(doc[end - 1]),
                    start,
                    end,
                    person,
                    speakers=signers,
                )
            )


def _turn_label(doc: Doc, i: int) -> str | None:
    """The speaker label a transcript's line opens with ("LOTT:", "HILL:"), else None."""
    tok = doc[i]
    if i + 1 < len(doc) and doc[i + 1].text == ":" and tok.is_upper and tok.is_alpha:
        return tok.text
    return None


def find_authors(
    doc: Doc,
    mentions: Sequence[tuple[int, int, EntityRecord]],
    document: Document | None,
    resolve: Callable[[Token], EntityRecord | None] | None = None,
    resolve_all: Callable[[Token], list[EntityRecord]] | None = None,
) -> Authors:
    """The letters of ``doc`` with their signers, the statements it reproduces (when
    ``resolve`` turns a subject token into its entity), the letters a sentence says several
    persons sent (when ``resolve_all`` turns a subject into all it names) and the document's
    author (module docstring)."""
    words = word_sets("authors")
    persons = {e.name: e for _s, _e, e in mentions if e.type == "Person"}
    author = _outlet_author(document, persons.values(), words)
    letters = _letters(doc, mentions, words)
    signed = [(start, end, signers) for start, end, _s, signers in letters if signers]
    if resolve_all is not None:
        # a signature block says who signs; the sentence that introduces the letter only
        # where the letter has none that lists several
        signed += [
            block
            for block in introduced_letters(doc, resolve_all, letters, words)
            if not any(s <= block[0] < e or block[0] <= s < block[1] for s, e, _p in signed)
        ]
    return Authors(
        author,
        [(start, end, signer) for start, end, signer, _signers in letters],
        statement_blocks(doc, resolve, words) if resolve is not None else [],
        # a "he" in a release that never names its author is someone else's
        narrated=author is None or author.name in persons,
        cosigned=signed,
    )


def introduced_letters(
    doc: Doc,
    resolve_all: Callable[[Token], list[EntityRecord]],
    letters: Sequence[tuple[int, int, EntityRecord | None, tuple[EntityRecord, ...]]],
    words: dict[str, frozenset[str]],
) -> list[tuple[int, int, tuple[EntityRecord, ...]]]:
    """(start, end, signers) of each letter or joint statement a sentence says several persons
    sent, signed or wrote, pointing to its text after it: "Snowe and Wyden ... sent HHS
    Secretary Leavitt the following letter today", "The following is text of the letter sent
    to Majority Leader Senator Harry Reid ... by Senators Snowe and Hagel", "The text of the
    letter, signed by Senate Democratic Leader Harry Reid, Assistant Democratic Leader Dick
    Durbin, and Senators Debbie Stabenow, Charles Schumer, and Byron Dorgan, is below". The
    text runs from the end of that sentence to the end of the first reproduced letter after it
    (``_letters``), else to the next such sentence or the document's end. Only the senders
    count: the subject of an active sending verb, or the "by" agent of a passive one; a letter
    someone "received" or that was "sent to" someone names no signer."""
    intros: list[tuple[int, tuple[EntityRecord, ...]]] = []
    for sent in doc.sents:
        if not any(t.lower_ in words["letter_pointers"] for t in sent):
            continue
        for noun in sent:
            if noun.lemma_.lower() not in words["cosigned_nouns"] or noun.pos_ != "NOUN":
                continue
            signers = _senders(noun, resolve_all, words)
            if len(signers) > 1:
                intros.append((sent.end, signers))
                break
    blocks: list[tuple[int, int, tuple[EntityRecord, ...]]] = []
    starts = _line_starts(doc)
    for k, (start, signers) in enumerate(intros):
        end = intros[k + 1][0] if k + 1 < len(intros) else len(doc)
        reproduced = [e for s, e, _p, _c in letters if start <= s < end]
        if reproduced:
            blocks.append((start, reproduced[0], signers))
            continue
        # a letter quoted whole: the quotation paragraphs right after the sentence
        quoted = start
        for j, line in enumerate(starts):
            if line < start:
                continue
            if line >= end or doc[line].text not in QUOTE_MARKS:
                break
            quoted = starts[j + 1] if j + 1 < len(starts) else len(doc)
        if quoted > start:
            blocks.append((start, min(quoted, end), signers))
    return blocks


def _senders(
    noun: Token,
    resolve_all: Callable[[Token], list[EntityRecord]],
    words: dict[str, frozenset[str]],
) -> tuple[EntityRecord, ...]:
    """The persons who sent, signed or wrote the letter ``noun`` names, when the sentence says
    (``introduced_letters``): two or more, persons only (a party or office among them leaves
    the letter's "we" open)."""
    verbs = words["sending_verbs"]
    heads: list[Token] = []
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in verbs:
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
    elif noun.dep_ == "nsubjpass" and verb.lemma_.lower() in verbs:
        heads = [p for a in verb.children if a.dep_ == "agent" for p in a.children]
    else:
        heads = [
            p
            for acl in noun.children
            if acl.dep_ == "acl" and acl.lemma_.lower() in verbs
            for a in acl.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
        ]
    # "Senators Chuck Grassley, John Thune and Mike Crapo": the names the title lists
    heads += [n for h in heads for a in h.children if a.dep_ == "appos" for n in (a, *a.conjuncts)]
    found: dict[str, EntityRecord] = {}
    for head in heads:
        for entity in resolve_all(head):
            if entity.type != "Person":
                return ()
            found.setdefault(entity.name, entity)
    return tuple(found.values())


def statement_blocks(
    doc: Doc,
    resolve: Callable[[Token], EntityRecord | None],
    words: dict[str, frozenset[str]],
) -> list[tuple[int, int, EntityRecord]]:
    """(start, end, person) of each text a sentence hands to one person: "Sen. Barbara A.
    Mikulski (D-Md.) released the following statement ...:" makes the rest of the document,
    up to the next such sentence, Mikulski's. Only a person who is the subject of the
    introducing verb counts ("the following letter was sent by Senators Feinstein and Boxer"
    names two, and "we" stays unresolved)."""
    intros: list[tuple[int, EntityRecord]] = []
    columns = token_columns(doc)
    for i, low in enumerate(columns.lower):
        if low not in words["statement_markers"] or columns.dep[i] != "amod":
            continue
        tok = doc[i]  # (a Token is made for the few statement markers only)
        noun = tok.head
        if noun.lemma_.lower() not in words["statement_nouns"] or noun.dep_ != "dobj":
            continue
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        person = resolve(subjects[0]) if len(subjects) == 1 else None
        if person is not None and person.type == "Person":
            intros.append((noun.sent.end, person))
    return [
        (start, intros[k + 1][0] if k + 1 < len(intros) else len(doc), person)
        for k, (start, person) in enumerate(intros)
    ]


def _line_starts(doc: Doc) -> list[int]:
    """Indices of the first word token of each line."""
    starts: list[int] = []
    new_line = True
    columns = token_columns(doc)  # (read without a Token per token)
    for i, (text, space, white) in enumerate(
        zip(columns.text, columns.is_space, columns.whitespace, strict=True)
    ):
        if space or not text.strip():
            new_line = new_line or "\n" in text
            continue
        if new_line:
            starts.append(i)
        new_line = "\n" in white
    return starts


def _letters(
    doc: Doc,
    mentions: Sequence[tuple[int, int, EntityRecord]],
    words: dict[str, frozenset[str]],
) -> list[tuple[int, int, EntityRecord | None, tuple[EntityRecord, ...]]]:
    """(start, end, signer, co-signers) of each letter: its one signer, from the line after the
    sign-off, and everyone its signature block lists when that is several persons."""
    letters: list[tuple[int, int, EntityRecord | None, tuple[EntityRecord, ...]]] = []
    opened: int | None = None
    starts = _line_starts(doc)
    for k, i in enumerate(starts):
        low = doc[i].lower_
        if low in words["salutations"]:
            opened = i
        elif low in words["sign_offs"] and opened is not None:
            # the signature is the line after the sign-off ("Sincerely," / "Ken Salazar")
            first = starts[k + 1] if k + 1 < len(starts) else len(doc)
            end = starts[k + 2] if k + 2 < len(starts) else len(doc)
            end = min(end, first + SIGNATURE_TOKENS)
            signers = {
                e.name: e for s, _e, e in mentions if first <= s < end and e.type == "Person"
            }
            signer = next(iter(signers.values())) if len(signers) == 1 else None
            block = _signature_block(doc, starts[k + 1 :], mentions, words)
            letters.append((opened, end, signer, block if len(block) > 1 else ()))
            opened = None
    return letters


def _signature_block(
    doc: Doc,
    lines: Sequence[int],
    mentions: Sequence[tuple[int, int, EntityRecord]],
    words: dict[str, frozenset[str]],
) -> tuple[EntityRecord, ...]:
    """The persons a signature block lists, one name line under another, from the first of
    ``lines`` (the starts of the lines after a sign-off): a name line holds one person's name
    and title words only ("Senator Maria Cantwell"), a title line title words only ("United
    States Senator", "Senate Democratic Leader": ``authors.json`` ``signature_title_words``);
    the block ends at the first other line ("Contact: ...", a paragraph)."""
    signers: dict[str, EntityRecord] = {}
    for k, first in enumerate(lines[:SIGNATURE_LINES]):
        end = lines[k + 1] if k + 1 < len(lines) else len(doc)
        if end - first > SIGNATURE_TOKENS:
            break
        named = [(s, e, p) for s, e, p in mentions if first <= s < end and p.type == "Person"]
        if len({p.name for _s, _e, p in named}) > 1:
            break
        covered = {i for s, e, _p in named for i in range(s, e)}
        rest = [t for t in doc[first:end] if t.i not in covered and not (t.is_punct or t.is_space)]
        if any(t.lower_ not in words["signature_title_words"] for t in rest):
            break
        for _s, _e, person in named:
            signers.setdefault(person.name, person)
    return tuple(signers.values())


def _outlet_author(
    document: Document | None,
    persons: Iterable[EntityRecord],
    words: dict[str, frozenset[str]],
) -> EntityRecord | None:
    """The person the outlet names by office ("Office of Sen. Feinstein"), if the text has
    exactly one person of that surname."""
    outlet = (document.outlet or "") if document is not None else ""
    parts = outlet.replace("(", " ").split()
    names = {
        parts[k + 1].strip(",.").lower()
        for k, w in enumerate(parts[:-1])
        if w.lower() in words["outlet_offices"]
    }
    if len(names) != 1:
        return None
    (surname,) = names
    found = [p for p in persons if _surname(p) == surname]
    if not found and document is not None and document.date:
        return _gazetteer_author(document, parts)
    return found[0] if len(found) == 1 else None


def _gazetteer_author(document: Document, parts: list[str]) -> EntityRecord | None:
    """The office holder an outlet names when the text never names him outside its title
    ("Office of Sen. Feinstein" over "SEN. FEINSTEIN ISSUES STATEMENT ON WORLD AIDS DAY", then
    "I co-sponsored the Kennedy-Feinstein-Feingold Amendment"): the one member of that chamber
    with that surname at the document's date in the congress-legislators gazetteer
    (``legislators.member_by_surname``), named by the gazetteer's given name and the outlet's
    surname ("Dianne Feinstein"); None for an office no chamber holds, or no single member.
    Only a dated release: undated, a former member's last term would fit any time."""
    chambers: dict[str, str] = lexicon_words("authors")["outlet_chambers"]
    for k, word in enumerate(parts[:-1]):
        chamber = chambers.get(word.lower())
        if chamber is None:
            continue
        surname = parts[k + 1].strip(",.")
        member = member_by_surname(surname, chamber, document.date)
        if member is None:
            return None
        given, party = member
        name = f"{given.title()} {surname}"
        return EntityRecord(name, "Person", [name, surname], party=party or None)
    return None


def _surname(person: EntityRecord) -> str:
    parts = strip_suffix(person.name.split())
    return parts[-1].lower() if parts else ""
