"""Pronoun references: what a personal pronoun stands for, for the entity layer and for rules.

Personal pronouns have ONE rule set, the entity layer's (``PronounReferences.pronoun``): a
governing clause's subject, else the nearest fitting person, with guards that leave a pronoun
unresolved when the syntax cannot tell. ``PronounResolver`` answers for the relation layer from
that result, adding only quotation "I"/"you" and non-person "its"/"their" bound by their
clause's subject. The argument resolver hands it ``resolve`` (a token -> its entity) as a callable.
Whom an object pronoun cannot be (its own clause's subjects) is ``pronoun_binding``'s. Surnames,
titles and descriptions have resolvers of their own; ``reference_pass`` asks them all in document
order.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from polkg.extract.captions import in_caption
from polkg.extract.disjoint_reference import names_own_antecedent
from polkg.extract.governing_subjects import (
    PREVIOUS_SENTENCE,
    GoverningSubjects,
    is_direct_object,
    is_subject,
    mention_role,
    reported_persons,
)
from polkg.extract.grievance_possessives import grievance
from polkg.extract.implicit_causality import object_stimulus, stimulus
from polkg.extract.it_references import it_antecedent
from polkg.extract.lexicon import given_name_gender, word_sets, words
from polkg.extract.mentions import DocState
from polkg.extract.names import BareNames, NameReferences
from polkg.extract.nominations import nominates, nominee_possessor
from polkg.extract.plurals import one_person, pair_referents, plural_referents
from polkg.extract.pronoun_binding import backed_rival_subjects, object_pronoun_context
from polkg.extract.quoted_referents import context_persons, kin_referent, speakers_object
from polkg.extract.reported_reasons import reported_subject
from polkg.extract.syntax import clause_subject, governing_verb, in_dash_aside
from polkg.model import EntityRecord

SPEECH_VERBS = word_sets("cues_quotes")["speech_verbs"]
# "I", "me", "my", "mine", "myself": the speaker's words, as the quote layer reads them
FIRST_PERSON = word_sets("cues_quotes")["first_person"]
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
POSSESSIVES = frozenset({"his", "her", "their", "its"})
# a sentence opening or closing with one is an aside or an annotation ("... — Carrie Johnson]")
BRACKETS = frozenset({"[", "("})
CLOSERS = frozenset({"]", ")"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
# the gender each of them tells (entities_words.json), for a release's narrated office holder
PRONOUN_GENDER: dict[str, str] = words("entities_words")["pronoun_gender"]


def _unnamed_human_subject(state: DocState, sent: Span, gender: str) -> bool:
    """Whether the main subject of ``sent`` is a person we could not identify: a human
    noun, a name, a title ("the chancellor said"), or a pronoun of the same gender left
    unresolved ("He has sided with Trump. ... he has pressed the FBI": not Trump)."""
    for child in sent.root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and state.owner[child.i] is None:
            if state.quoted[child.i]:
                return False
            title = state.span_at[child.i]
            return (
                child.lower_ in state.words["human_nouns"]
                or child.tag_ == "NNP"
                or (title is not None and title.label_ == "TITLE")
                or state.words["pronoun_gender"].get(child.lower_) == gender
            )
    return False


def _wholly_quoted(state: DocState, sent: Span) -> bool:
    """Whether ``sent`` is quotation and punctuation only: no narration of its own."""
    return all(state.quoted[j] or state.doc[j].is_punct for j in range(sent.start, sent.end))


def _relative_subject_only(state: DocState, sent: Span, k: int) -> bool:
    """Whether the main subject of ``sent`` is one person told by a noun no entity holds ("This
    man", outside quotations; plurals, "Skeptics", are no one person) and person ``k``, the
    sentence's noted subject, is the subject of a relative clause inside it only ("a resolution
    that Senator Leahy introduced"), of no reported clause ("An official said Trump ...")."""
    main = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or state.quoted[main.i]:
        return False
    inside = {t.i for c in main.children if c.dep_ == "relcl" for t in c.subtree}
    if any(state.owner[t.i] is not None for t in main.subtree if t.i not in inside):
        return False  # "The congresswoman, Jill Long Thompson, for whom Buttigieg worked"
    if main.tag_ != "NN" or main.lower_ not in state.words["human_nouns"]:
        return False
    clauses = {
        t.head.dep_
        for t in sent
        if t.dep_ in ("nsubj", "nsubjpass")
        and (owner := state.owner[t.i]) is not None
        and owner.is_person
        and owner.person == k
    }
    return clauses == {"relcl"}


class PronounResolver:
    """The pronouns of one parsed document's rule arguments, as entities.

    One rule set: he/she/him/her/his/himself/herself are what the entity layer resolved them to
    (``PronounReferences.pronoun``, gender by ``lexicon.given_name_gender``); this class adds
    only what the entity layer cannot know: "I" and "you" inside quotations, and the
    non-person "its"/"their"/"itself"/"themselves", bound by their clause's subject.

    ``entity(token)`` is the entity layer's answer for a token; ``resolve(token, depth)`` the
    argument resolver's (what a clause subject denotes); ``speaker_at(i)`` / ``addressee_at(i)``
    name the speaker / addressee of the quotation token ``i`` is in, for "I" and "you";
    ``speakers_at(i)`` everyone who says it, for "we" (``plural``); ``resolve_all(token)`` what
    a subject and its listed conjuncts denote, for "they"; ``resolve_thing(token, depth)`` what
    the antecedent of "it" denotes, a generic bill or probe noun included (default ``resolve``).
    """

    def __init__(
        self,
        doc: Doc,
        entity: Callable[[Token], EntityRecord | None],
        resolve: Callable[[Token, int], EntityRecord | None],
        speaker_at: Callable[[int], EntityRecord | None],
        in_quote: Callable[[int], bool],
        addressee_at: Callable[[int], EntityRecord | None],
        speakers_at: Callable[[int], tuple[EntityRecord, ...]] = lambda i: (),
        resolve_all: Callable[[Token], list[EntityRecord]] = lambda t: [],
        quoted_candidates: Callable[[int], tuple[EntityRecord, ...] | None] = lambda i: None,
        narrator_at: Callable[[int], EntityRecord | None] = lambda i: None,
        resolve_thing: Callable[[Token, int], EntityRecord | None] | None = None,
    ) -> None:
        self.doc = doc
        self.entity = entity
        self.resolve = resolve
        self.speaker_at = speaker_at
        self.in_quote = in_quote
        self.addressee_at = addressee_at
        self.speakers_at = speakers_at
        self.resolve_all = resolve_all
        self.quoted_candidates = quoted_candidates
        self.narrator_at = narrator_at
        self.resolve_thing = resolve_thing or resolve

    def plural(self, tok: Token) -> list[EntityRecord]:
        """What "we" or "they" stands for where the text says who (``plurals.py``)."""
        return plural_referents(tok, self.in_quote, self.speakers_at, self.resolve_all)

    def pair(self, tok: Token) -> list[EntityRecord]:
        """The few persons "the two men", "both candidates", "the pair" stand for, where the
        text has just named exactly them (``plurals.pair_referents``)."""
        return pair_referents(tok, self.in_quote, self.entity)

    def pronoun(self, tok: Token, depth: int = 0) -> EntityRecord | None:
        """The entity a pronoun refers to; None when the rules cannot tell.

        Non-person reflexives and possessives are bound by the subject of the clause that
        governs them ("the party ... its nominee").
        """
        low = tok.lower_
        if low in FIRST_PERSON:
            return self.speaker_at(tok.i)
        if low in {"you", "your", "yours", "yourself"}:
            return self.addressee_at(tok.i) if self.in_quote(tok.i) else None
        if low in PERSON_PRONOUNS:
            # the entity layer's one rule set for he/she/his/her, then a quotation's context,
            # then the office holder whose release narrates; never a person its own clause
            # names ("he later broke with the president" is not the president)
            found = self.entity(tok) or self.quoted_referent(tok) or self.narrated(tok)
            if found is not None and names_own_antecedent(tok, found, self.entity, self.in_quote):
                return None
            return found
        if depth > 4:
            return None
        if low in REFLEXIVES:
            verb = governing_verb(tok)
            if verb is not None:
                subj, _ = clause_subject(verb)
                if subj is not None and subj != tok:
                    return self.resolve(subj, depth + 1)
            return None  # a reflexive is bound in its clause; no guessing
        if low == "they":
            return self._reported_group(tok, depth)
        if low == "it":
            return self._thing(tok, depth)
        if low in POSSESSIVES and tok.dep_ == "poss" and grievance(tok) is None:
            bound = self._binding_subject(tok, depth, plural=low == "their")
            if low == "its" and bound is not None and bound.type == "Person":
                return None  # "she called its assault on Cruz perplexing": not her assault
            return bound
        return None

    def narrated(self, tok: Token) -> EntityRecord | None:
        """ "he"/"she" outside quotations that nothing else resolves, in a release's narration:
        its office holder (``authors.Authors.narrator_at``), when the pronoun's gender is the
        one the holder's given name tells. Not in a sentence where the author speaks as "I"
        outside quotations: "I am confident that he will make a fine jurist. I urge my
        colleagues to vote to confirm him" in Hatch's floor statement are the nominee, never
        Hatch (session 36)."""
        if self.in_quote(tok.i) or self._author_speaks(tok.sent):
            return None
        person = self.narrator_at(tok.i)
        if person is None or person.type != "Person":
            return None
        gender = PRONOUN_GENDER.get(tok.lower_)
        given = person.name.split()[0]
        return person if gender is not None and given_name_gender(given) == gender else None

    def _author_speaks(self, sent: Span) -> bool:
        """Whether ``sent`` says "I", "me" or "my" outside quotations."""
        return any(
            t.lower_ in FIRST_PERSON and t.pos_ == "PRON" and not self.in_quote(t.i) for t in sent
        )

    def quoted_referent(self, tok: Token) -> EntityRecord | None:
        """ "he"/"she"/"him"/"his"/"her" in a quotation: the nearest person of that gender its
        context names other than the quotation's speaker ("Multrie ... did not like Moore. 'He's
        not a truthful man,' Multrie said" -> Moore; "'I admire him'"; ``quoted_referents``).
        Unknown speaker: nobody."""
        candidates = self.quoted_candidates(tok.i)
        if candidates is None:
            return None  # (most tokens: the speaker is not looked up)
        speaker = self.speaker_at(tok.i)
        if speaker is None:
            return None
        others = [c for c in candidates if c is not speaker]
        named, kin = kin_referent(tok, speaker, others, self.in_quote)
        if named:
            return kin  # "I love my sister, but she ...": the speaker's sister, or nobody
        return others[0] if others else None

    def _thing(self, tok: Token, depth: int) -> EntityRecord | None:
        """ "it": the one non-person entity its sentence (or the one before) names before it
        (``it_references``: "He declared NATO relevant, after trashing it"), or the one named
        measure a generic noun there stands for ("this legislation ... It has received
        endorsements", through ``resolve_thing``)."""
        antecedent = it_antecedent(tok, self.in_quote, self.entity)
        if antecedent is None:
            return None
        found = self.resolve_thing(antecedent, depth + 1)
        return found if found is not None and found.type != "Person" else None

    def _reported_group(self, tok: Token, depth: int) -> EntityRecord | None:
        """ "they" as the subject of a clause reported by a group: "Democrats said they would
        oppose the bill", "many Democrats ..., saying they had to take a hard line" -> the
        group (a party, body or organization; never one person). Elsewhere "they" is anyone."""
        own = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or own.dep_ != "ccomp":
            return None
        reporter = own.head
        if reporter.lemma_.lower() not in SPEECH_VERBS:
            return None  # "leading Republicans to ... what they accuse Reid of": not reported
        subj, _ = clause_subject(reporter)
        if subj is None or subj.lower_ in POSSESSIVES | REFLEXIVES | {"they"}:
            return None
        group = self.resolve(subj, depth + 1)
        return group if group is not None and group.type != "Person" else None

    def _binding_subject(self, tok: Token, depth: int, plural: bool = False) -> EntityRecord | None:
        """The subject of the nearest clause above ``tok`` that does not contain ``tok``; for a
        ``plural`` possessive ("their") never one person alone: "'Their criticisms of Senator
        Sanders have gone beyond ...,' Mr. Deutsch wrote" are others' criticisms, which Deutsch
        rebuts (``one_person``), and "Stivers's NRCC staff was sending emails touting their solid
        support for Trump" is the staff's, not its possessor's."""
        for anc in tok.ancestors:
            if anc.pos_ not in {"VERB", "AUX"}:
                continue
            subj, _ = clause_subject(anc)
            if subj is None or tok in subj.subtree or subj.lower_ in POSSESSIVES | REFLEXIVES:
                if anc.dep_ == "relcl":
                    return None  # do not bind across a relative clause boundary
                continue
            arg = self.resolve(subj, depth + 1)
            if plural and arg is not None and arg.type == "Person" and one_person(subj):
                return None
            if arg is None:
                # "Trump's challenge ... was a throwback to its criticism": the possessor
                owner = next((c for c in subj.children if c.dep_ == "poss"), None)
                if owner is not None and owner != tok and owner.pos_ == "PROPN":
                    arg = self.resolve(owner, depth + 1)
                    if plural and arg is not None and arg.type == "Person":
                        return None
            if arg is None:
                if anc.dep_ == "relcl":
                    return None
                continue
            return arg
        return None


class PronounReferences:
    """Personal pronouns, the one rule set of both layers: the nearest fitting person,
    conservatively (``PronounResolver`` reads its answers for rule arguments); who a token
    names is ``names``', a person's gender and a bare name ahead ``bare``'s."""

    def __init__(self, state: DocState, names: NameReferences, bare: BareNames) -> None:
        self.state = state
        self.names = names
        self.bare = bare
        self.governing = GoverningSubjects(state, names, bare)

    def pronoun(
        self, tok: Token, gender: str, recent: list[tuple[int, int]], subjects: dict[int, int]
    ) -> int | None:
        """Nearest fitting person: a governing clause's subject, else the last subject before.

        A person fits when their gender is unknown or matches the pronoun's.
        """
        if tok.dep_ == "poss" and (found := grievance(tok)) is not None:
            # "hammered Sessions over his decision": the one criticized, never the critic
            return self._grievance_owner(found.target, gender)
        if (congratulated := object_stimulus(tok)) is not None:
            # "congratulate him on his victory": the one congratulated, never the caller
            return self._grievance_owner(congratulated, gender)
        context = object_pronoun_context(tok, self.names.person_of_token)
        if context is None:
            return None
        excluded, seen_own_verb = context
        excluded |= backed_rival_subjects(tok, self.names.person_of_token)  # "backed his rival"
        excluded |= reported_persons(tok, self.names.person_of_token)  # "X erred, he said, but"
        if nominee_possessor(tok):  # "support his nomination to be our next Secretary of State"
            excluded |= {k for k, p in enumerate(self.state.persons) if nominates(p.offices)}

        def fits(k: int) -> bool:
            return k not in excluded and self.bare.gender(k) in (None, gender)

        if (k := stimulus(tok, self.names.person_of_token)) is not None and fits(k):
            return k  # "frustrated with Sessions after he recused himself": Sessions
        if (k := reported_subject(tok, self.names.person_of_token)) is not None and fits(k):
            return k  # "Sessions would not be a target, Nunes has said, because he recused"
        # possessive in coordination with a person: "the president and his allies"
        if tok.tag_ == "PRP$":
            noun = tok.head
            if noun.dep_ == "conj" and noun.head.i < tok.i:
                k = self.names.person_of_token(noun.head)
                if k is not None and fits(k):
                    return k
        decided, k = self.governing.subject(tok, fits, recent, seen_own_verb)
        if decided and k == PREVIOUS_SENTENCE:
            return self._one_before(tok.sent, gender, recent)
        if decided:
            return k
        return self._earlier_person(tok, gender, fits, recent, subjects)

    def _grievance_owner(self, target: Token | None, gender: str) -> int | None:
        """The person ``target`` of a grievance names (``grievance_possessives``), or the object
        of a verb of congratulating (``implicit_causality.object_stimulus``), when of the
        possessive's gender; None when no target is named before the reason."""
        k = self.names.person_of_token(target) if target is not None else None
        if k is None or self.bare.gender(k) not in (None, gender):
            return None
        return k

    def _earlier_person(
        self,
        tok: Token,
        gender: str,
        fits: Callable[[int], bool],
        recent: list[tuple[int, int]],
        subjects: dict[int, int],
    ) -> int | None:
        """The last fitting person of the pronoun's sentence, else an earlier sentence's subject,
        else the one person of the pronoun's gender in the previous sentence."""
        state = self.state
        quoted = state.quoted[tok.i]
        sent = tok.sent
        # the last fitting person in the same sentence before the pronoun, same quote context;
        # a subject pronoun continues a subject ("His politics clashed with Sanders; he ...")
        continuing = tok.dep_ in ("nsubj", "nsubjpass")
        passed_over = False
        skipped: list[tuple[int, int]] = []  # the fitting persons passed over, nearest first
        for pos, k in reversed(recent):
            if pos < sent.start:
                break
            if pos < tok.i and state.quoted[pos] == quoted and fits(k):
                if continuing and not is_subject(state.doc, pos):
                    passed_over = (
                        passed_over
                        or is_direct_object(state.doc, pos)
                        or (not quoted and not skipped and self._possessor_next(pos, tok.i))
                    )
                    skipped.append((pos, k))
                    continue
                return k
        if quoted and continuing and len({k for _pos, k in skipped}) == 1:
            pos, k = skipped[0]
            if speakers_object(state.doc, pos, state.words["quoted_speaker_subjects"]):
                # "'I had to fire General Flynn because he lied,' Trump wrote": the speaker's
                # "I" is never "he", so the one person passed over is
                return k
        if quoted and not passed_over and tok.lower_ in state.words["quoted_context_pronouns"]:
            # "'He's not a truthful man,' Multrie said": whoever else the context names
            # (``quoted_referents``; the relation layer knows the speaker and decides)
            pronoun_gender, known = state.words["pronoun_gender"], state.quoted_candidates
            found = context_persons(
                tok,
                gender,
                state.quoted,
                state.owner,
                recent,
                self.bare.gender,
                pronoun_gender,
                known,
            )
            if found is not None:
                state.quoted_candidates[tok.i] = found
        if quoted:
            return None
        earlier = self._sentences_before(sent, gender, fits, recent, subjects)
        if passed_over:
            # "Clinton faulted Sanders ...; he faulted her": the object Sanders, or the subject
            # of an earlier sentence? The parse cannot tell, so nobody; unless both are the one
            # person: "Judge Watson brings a wealth of trial and appellate experience ... . A
            # substantial majority of the ABA Committee rated him 'Qualified' ..., and I am
            # confident that he will make a fine jurist" (session 36)
            passed = {k for _pos, k in skipped}
            return earlier if earlier is not None and passed == {earlier} else None
        return earlier

    def _possessor_next(self, pos: int, i: int) -> bool:
        """Whether the mention starting at ``pos`` is a name in the possessive with no other
        person's noun between it and the pronoun at ``i``: "While colleagues have contributed
        to Cruz's campaign, he ...", "questions about Kavanaugh's temperament and whether he
        had lied": the one whose campaign or temperament it is is as likely the "he" as an
        earlier sentence's subject. Not when a person nobody named comes between ("Gorsuch's
        confirmation was a coup for the leader after he took heavy fire": the leader's), nor for
        the subject of a speech verb, who speaks of the possessor ("Commenting on Mr Makarov's
        case, he said")."""
        doc, state = self.state.doc, self.state
        if doc[pos].pos_ == "PRON" or mention_role(doc, pos) != "poss":
            return False
        if doc[i].head.lemma_.lower() in SPEECH_VERBS:
            return False  # "Mr Brown's stewardship would be an issue, he said": someone else
        return not any(
            state.owner[j] is None
            and (
                doc[j].lower_ in state.words["human_nouns"]
                or ((title := state.span_at[j]) is not None and title.label_ == "TITLE")
            )
            for j in range(pos + 1, i)
        )

    def _sentences_before(
        self,
        sent: Span,
        gender: str,
        fits: Callable[[int], bool],
        recent: list[tuple[int, int]],
        subjects: dict[int, int],
    ) -> int | None:
        """The person subject of the nearest earlier sentence (outside quotes) that fits, else
        the one person of the pronoun's gender in the previous sentence."""
        state = self.state
        # the subject of the nearest earlier sentence (outside quotes) with a person subject
        prev_sent: Span | None = None
        prev = sent.start - 1
        hops = 0
        while prev >= 0 and hops < 3:
            s = state.doc[prev].sent
            if in_caption(s[0]):
                prev = s.start - 1  # a caption or photo credit is no part of the narration
                continue
            if not _wholly_quoted(state, s):
                hops += 1
                prev_sent = prev_sent or s
            k = subjects.get(s.start)
            if k is not None and fits(k) and _relative_subject_only(state, s, k):
                # "This man ... spoke out against a resolution that Senator Leahy introduced.
                # He has called ...": the subject is a person nobody named, and the one a
                # relative clause inside names (the sentence's noted subject) is not it
                return None
            if s.start in subjects:
                k = subjects[s.start]
                if fits(k):
                    return k
                break
            if _unnamed_human_subject(state, s, gender):
                return None  # "that evil murderer had to steal ... He": nobody we know
            if any(
                s.start <= pos < s.end and not state.quoted[pos] and fits(k) for pos, k in recent
            ):
                break  # someone else came up in between: only a unique fit below will do
            prev = s.start - 1
        # the one person of the pronoun's gender in the previous sentence
        return self._one_of_gender(prev_sent, gender, recent) if prev_sent is not None else None

    def _one_before(self, sent: Span, gender: str, recent: list[tuple[int, int]]) -> int | None:
        """The one person of ``gender`` the nearest earlier narrated sentence names, else
        nobody. A caption, a sentence wholly quoted and a bracketed aside are no narration: an
        annotated speech's "[FBI Director James Comey had plenty of criticism for Clinton ...
        — Carrie Johnson]" names its annotator, never the "her" of the speech after it."""
        state = self.state
        prev = sent.start - 1
        while prev >= 0:
            s = state.doc[prev].sent
            words = [t for t in s if not t.is_space]
            aside = bool(words) and (words[0].text in BRACKETS or words[-1].text in CLOSERS)
            if not aside and not in_caption(s[0]) and not _wholly_quoted(state, s):
                return self._one_of_gender(s, gender, recent)
            prev = s.start - 1
        return None

    def _one_of_gender(self, sent: Span, gender: str, recent: list[tuple[int, int]]) -> int | None:
        """The one person of ``gender`` mentioned in ``sent`` (outside quotes and dash asides),
        when every person mentioned there has a known gender."""
        state = self.state
        people = {
            k
            for pos, k in recent
            if sent.start <= pos < sent.end
            and not state.quoted[pos]
            and not in_dash_aside(state.doc[pos])  # an aside's example, never the topic
        }
        if all(self.bare.gender(k) is not None for k in people):
            matching = [k for k in people if self.bare.gender(k) == gender]
            if len(matching) == 1:
                return matching[0]
        return None
