"""The subject of a clause above a personal pronoun, as its antecedent.

``PronounReferences`` (``references.py``) asks first whether a clause that governs the pronoun
has a person subject before it: "Trump said he ..." is Trump's, "After days of focusing his
criticism on Jones, Trump ..." points forward to Trump, and an unidentified subject ("the
chancellor said he ...") leaves the pronoun open, but an unidentified plural one, which cannot be
"him" or "his", leaves them to the nearest fitting person named before in their sentence
("Republican lawmakers such as Graham ... expressed stronger support for him"). The walk up the
parse lives here; the nearest-person fallbacks stay in ``references.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from polkg.extract.mentions import DocState
from polkg.extract.names import BareNames, NameReferences
from polkg.extract.reporting_speakers import interrupted_subject, parenthetical_report

# ``GoverningSubjects.subject``'s answer for a pronoun whose antecedent is the one person of
# its gender the sentence before names, if any (``PronounReferences`` knows that sentence)
PREVIOUS_SENTENCE = -1


def mention_role(doc: Doc, pos: int) -> str:
    """The dependency of the phrase the mention starting at ``pos`` heads or is part of."""
    t = doc[pos]
    while t.dep_ in ("compound", "flat", "amod") and t.head.i != t.i:
        t = t.head
    return str(t.dep_)


def reported_persons(tok: Token, person_of: Callable[[Token], int | None]) -> set[int]:
    """The persons named in the clause that the speech verb of subject ``tok`` interrupts
    ("Donald Trump had failed the farmers, he said, but ..."): the reporter speaks of them in
    the third person, so none of them is "he"; a pronoun there may be the reporter himself
    ("He's been on the Rules Committee, he noted", "McSally, whose track coach she said abused
    her"). So too the subject a speech verb follows ("Bush, he said, seemed to enjoy ...",
    ``reporting_speakers.interrupted_subject``)."""
    report = None
    if tok.dep_ == "nsubj":
        report = parenthetical_report(tok.head) or interrupted_subject(tok.head)
    if report is None:
        return set()
    found = (
        person_of(t)
        for t in tok.doc[report[0] : report[1]]
        if t.pos_ != "PRON" and not t.tag_.startswith(("PRP", "WP", "WDT"))
    )
    return {k for k in found if k is not None}


def is_subject(doc: Doc, pos: int) -> bool:
    """Whether the mention starting at ``pos`` is (part of) a clause subject."""
    return mention_role(doc, pos) in ("nsubj", "nsubjpass")


def is_direct_object(doc: Doc, pos: int) -> bool:
    """Whether the mention starting at ``pos`` is (part of) a verb's direct object."""
    return mention_role(doc, pos) == "dobj"


def is_object(doc: Doc, pos: int) -> bool:
    """Whether the mention starting at ``pos`` is (part of) an object."""
    return mention_role(doc, pos) in ("dobj", "dative", "iobj", "pobj")


class GoverningSubjects:
    """The person subject of the clauses above a pronoun (``subject``); who a token names is
    ``names``', a bare name ahead ``bare``'s."""

    def __init__(self, state: DocState, names: NameReferences, bare: BareNames) -> None:
        self.state = state
        self.names = names
        self.bare = bare

    def subject(
        self,
        tok: Token,
        fits: Callable[[int], bool],
        recent: list[tuple[int, int]],
        seen_own_verb: int | None,
    ) -> tuple[bool, int | None]:
        """Walk up the verbs above the pronoun; the first fitting person subject before it wins.

        Returns (decided, person): decided with None when an unidentified or ambiguous subject
        governs the pronoun, not decided when no governing subject says anything.
        """
        state = self.state
        quoted = state.quoted[tok.i]
        speaker_words = state.words["quoted_speaker_subjects"]
        context_words = state.words["quoted_context_pronouns"]
        node = tok
        seen_own = tok.dep_ in ("nsubj", "nsubjpass")
        continuing = seen_own  # a subject pronoun continues a subject, not an object
        steps = 0
        via_conj = False
        while node.head.i != node.i and steps < 12:
            via_conj = via_conj or node.dep_ == "conj"
            came_from = node.dep_
            node = node.head
            steps += 1
            if node.pos_ == "NOUN" and came_from not in ("poss", "compound"):
                # "Whitaker's refusal to discuss his ...", "Sessions' decision to recuse himself"
                for child in node.children:
                    if child.dep_ == "poss" and child.i < tok.i:
                        k = self.names.person_of_token(child)
                        if k is not None and fits(k):
                            return True, k
            if node.pos_ not in ("VERB", "AUX"):
                continue
            if seen_own and parenthetical_report(node) is not None:
                return False, None  # "X had caused problems, he said, but ...": not X's
            if seen_own or node.i == seen_own_verb:
                seen_own = False
                continue
            if came_from in ("attr", "acomp") and node.lemma_ == "be":
                continue  # "Moore had never been his candidate": not Moore's
            if came_from in ("prep", "advcl", "npadvmod") and not quoted:
                k = self._fronted_subject(tok, node)
                if k is not None and fits(k):
                    return True, k
            for child in node.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or child.i >= tok.i:
                    continue
                k = self.names.person_of_token(child)
                if k is None:
                    if quoted and child.lower_ in speaker_words and tok.lower_ in context_words:
                        continue  # "'I believe he is ...,' Bright said": the speaker, not him
                    said = self._unnamed_subject(child, tok, fits, recent)
                    if said is not None:
                        return said
                    continue
                if state.quoted[child.i] != quoted or not fits(k):
                    continue
                if via_conj and any(
                    child.i < pos < tok.i
                    and other != k
                    and fits(other)
                    and not (continuing and is_object(state.doc, pos))
                    for pos, other in recent
                ):
                    return True, None  # "X won ..., Y, faced ... that he": the parse can't tell
                return True, k
        return False, None

    def _unnamed_subject(
        self,
        child: Token,
        tok: Token,
        fits: Callable[[int], bool],
        recent: list[tuple[int, int]],
    ) -> tuple[bool, int | None] | None:
        """What a subject that names nobody tells of the pronoun ``tok`` it governs: (True,
        None) for a person or group we could not identify ("the chancellor said he ...", "they
        said he ..."); None (nothing) for a pronoun of no third person, which cannot be "he" or
        "she" and hides no antecedent ("It will help Rick Scott in his race", "we hear little
        about his opponent, Doug Jones");
        for a plural of persons, its person possessor for a subject pronoun, when no other
        fitting person comes between ("Bernie Sanders' advisors ... point to ... why he's
        staying in the race": Sanders; not a possessive or object pronoun, which may be a
        person the clause is about: "Trump's aides attacked Cruz over his remarks"); for an
        object or possessive pronoun under a plural without possessor, "they" or a relative on a
        plural head, the nearest fitting person named before it in its sentence outside that
        subject (``_nearest_outside``: "lawmakers such as Graham ... expressed support for him")."""
        state = self.state
        if state.owner[child.i] is not None:
            return None
        if child.tag_ == "PRP" and child.lower_ not in state.words["pronoun_gender"]:
            if child.lower_ != "they":
                return None  # "it", "we", "I", "you": no third person
            # "they" is a group we could not identify, as "Republicans also urged him" is
        title = state.span_at[child.i]
        if not (
            child.tag_ in ("PRP", "WP", "NNP")
            or child.lower_ in state.words["human_nouns"]
            or (title is not None and title.label_ == "TITLE")
        ):
            return None
        owner = next((c for c in child.children if c.dep_ == "poss" and c.i < tok.i), None)
        if child.tag_ == "NNS" and owner is not None and tok.dep_ in ("nsubj", "nsubjpass"):
            k = self.names.person_of_token(owner)
            if (
                k is not None
                and fits(k)
                and not any(owner.i < pos < tok.i and fits(other) for pos, other in recent)
            ):
                return True, k
        if tok.dep_ not in ("nsubj", "nsubjpass") and owner is None and self._plural(child):
            # a plural subject cannot be "him" or "his": the one it acts on or about is the
            # nearest fitting person its sentence names before, outside that subject; with
            # nobody fitting named before it there, the one person of its gender the sentence
            # before names ("Those in the group kept O'Rourke's participation a secret. Some
            # members have helped ... during his failed Senate race")
            if not self._named_before(tok, fits, recent) and self._nobody_else(tok):
                return True, PREVIOUS_SENTENCE
            return True, self._nearest_outside(child, tok, fits, recent)
        return True, None  # governed by someone we could not identify

    def _plural(self, child: Token) -> bool:
        """Whether an unidentified subject is plural, so never "he" or "she": "they", a plural
        noun ("Republican lawmakers such as Graham", "critics"), or a relative pronoun on one
        ("Democrats who had supported her", "those who ... are complaining about him")."""
        if child.lower_ == "they":
            return True
        if child.tag_ == "WP":
            clause = child.head
            if clause.dep_ != "relcl":
                return False
            head = clause.head
            return (
                head.tag_ in ("NNS", "NNPS")
                or head.lower_ in self.state.words["plural_relative_heads"]
            )
        return child.tag_ in ("NNS", "NNPS")

    def _named_before(
        self, tok: Token, fits: Callable[[int], bool], recent: list[tuple[int, int]]
    ) -> bool:
        """Whether a fitting person is named before ``tok`` in its sentence."""
        return any(tok.sent.start <= pos < tok.i and fits(k) for pos, k in recent)

    def _nobody_else(self, tok: Token) -> bool:
        """Whether the sentence of ``tok`` leaves its antecedent to the sentence before: it
        is narration, not a quotation (whose persons are the speaker's), and no other person
        may be meant there: no unnamed person before it ("to remove a president wholly capable
        of performing his constitutional duties"), no name the layers gave nobody or another
        entity ("vote for Rocky because of his Hispanic name", "Trump's White House"), no
        person after it outside its own phrase ("Aides said his announcement would highlight
        Cruz's oratorical skills"; "his failed Senate race against Republican Ted Cruz" names
        Cruz inside it)."""
        state = self.state
        if state.quoted[tok.i]:
            return False
        own = tok.head if tok.dep_ == "poss" else tok
        inside = range(own.left_edge.i, own.right_edge.i + 1)
        surnames = {p.surname for p in state.persons}
        for t in tok.sent:
            if t.i == tok.i or t.i in inside or state.quoted[t.i]:
                continue
            owner = state.owner[t.i]
            person = owner is not None and owner.is_person
            if t.i > tok.i and (person or t.ent_type_ == "PERSON"):
                return False
            if t.i < tok.i and not person and (t.ent_type_ == "PERSON" or t.text in surnames):
                return False  # "Members of Trump's White House ... blocked his moves"
            if t.i < tok.i and t.tag_ == "NNP" and owner is None and t.i > tok.sent.start:
                return False
            if t.i < tok.i and t.tag_ == "NN" and t.lower_ in state.words["human_nouns"]:
                return False
        return True

    def _nearest_outside(
        self,
        child: Token,
        tok: Token,
        fits: Callable[[int], bool],
        recent: list[tuple[int, int]],
    ) -> int | None:
        """The fitting person named last before ``tok`` in its sentence, in the same quotation
        context and outside the subject ``child``'s phrase (whose members are that subject);
        nobody when another fitting person is the subject of a clause above ``tok``: "he
        complained that the special counsel was hiring lawyers who donated to his rival" may be
        his own rival or the counsel's, and the parse cannot tell."""
        state = self.state
        quoted = state.quoted[tok.i]
        inside = range(child.left_edge.i, child.right_edge.i + 1)
        found = next(
            (
                k
                for pos, k in reversed(recent)
                if tok.sent.start <= pos < tok.i
                and pos not in inside
                and state.quoted[pos] == quoted
                and fits(k)
            ),
            None,
        )
        if found is None:
            return None
        for verb in tok.ancestors:
            for subject in verb.children:
                if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i in inside:
                    continue
                other = self.names.person_of_token(subject)
                if other is not None and other != found and fits(other):
                    return None
        return found

    def _fronted_subject(self, tok: Token, node: Token) -> int | None:
        """A fronted phrase points forward: "For his part, Sessions told ..." -> Sessions."""
        after = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i]
        if not (after and tok.i < after[0].i and self._fronted(tok, node)):
            return None
        k = self.names.person_of_token(after[0])
        if k is None and self.state.owner[after[0].i] is None:
            ahead = self.bare.bare_name(after[0], self.state.recent)  # not reached yet
            k = ahead[0] if ahead is not None else None
        return k

    def _fronted(self, tok: Token, verb: Token) -> bool:
        """Whether ``tok`` sits in a phrase before ``verb``'s subject, set off by a comma, with
        no person between them outside that phrase: "After days of focusing his criticism on
        Jones, Trump ..." (a person inside the phrase is its object, never the antecedent)."""
        state = self.state
        subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        phrase = next((a for a in [tok, *tok.ancestors] if a.head.i == verb.i), tok)
        between = state.doc[tok.i : subject.left_edge.i]
        return any(t.text == "," for t in between) and not any(
            (owner := state.owner[t.i]) is not None
            and owner.is_person
            and not phrase.left_edge.i <= t.i <= phrase.right_edge.i
            for t in between[1:]
        )
