"""References: what a pronoun, a surname, a title or a description stands for.

Personal pronouns have ONE rule set, the entity layer's (``_PronounReferences._pronoun``): a
governing clause's subject, else the nearest fitting person, with guards that leave a pronoun
unresolved when the syntax cannot tell. ``PronounResolver`` answers for the relation layer from
that result, adding only quotation "I"/"you" and non-person "its"/"their" bound by their
clause's subject. The argument resolver hands it ``resolve`` (a token -> its entity) as a callable.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from polkg.extract.descriptions import DescriptionReferences
from polkg.extract.legislators import executive_at
from polkg.extract.lexicon import famous_holders, given_forms, given_name_gender, word_sets
from polkg.extract.mentions import Owner, PersonCluster
from polkg.extract.persons import NATIONAL, TITLE_CONTINUATIONS, famous_name, title_misfits
from polkg.extract.plurals import plural_referents
from polkg.extract.syntax import GRIEVANCE_WORDS, clause_subject, governing_verb
from polkg.model import EntityRecord, OfficeHeld

SPEECH_VERBS = word_sets("cues_quotes")["speech_verbs"]
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
POSSESSIVES = frozenset({"his", "her", "their", "its"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def _inside_grievance(tok: Token) -> bool:
    """Whether ``tok`` lies in what a word of grievance is about ("fumes at Sessions over his
    decision", "berating Sessions for his recusal"); the owner of the grievance noun itself
    ("their criticism of Barr") is its holder, and that is not this case."""
    prep = None
    for anc in tok.ancestors:
        if anc.i != tok.head.i and anc.lemma_.lower() in GRIEVANCE_WORDS:
            return True
        if anc.pos_ in {"VERB", "AUX"}:
            # "expressed anger at Sessions over his recusal", "fired Sessions over his recusal":
            # "over/about his ..." beside a person or a grievance as object ("for" is as often
            # praise: "commended Biden for his empathy"; "berated X for his ..." is caught above)
            if prep is not None and prep.lower_ in {"over", "about"}:
                for obj in anc.children:
                    if obj.dep_ in {"dobj", "obj"} and (
                        obj.pos_ == "PROPN" or obj.lemma_.lower() in GRIEVANCE_WORDS
                    ):
                        return True
            return False  # only up to the clause ("bash Handel and throw support behind her ...")
        if anc.dep_ == "prep" or anc.pos_ == "ADP":
            prep = anc
    return False


class PronounResolver:
    """The pronouns of one parsed document's rule arguments, as entities.

    One rule set: he/she/him/her/his/himself/herself are what the entity layer resolved them to
    (``_PronounReferences._pronoun``, gender by ``lexicon.given_name_gender``); this class adds
    only what the entity layer cannot know: "I" and "you" inside quotations, and the
    non-person "its"/"their"/"itself"/"themselves", bound by their clause's subject.

    ``entity(token)`` is the entity layer's answer for a token; ``resolve(token, depth)`` the
    argument resolver's (what a clause subject denotes); ``speaker_at(i)`` / ``addressee_at(i)``
    name the speaker / addressee of the quotation token ``i`` is in, for "I" and "you";
    ``speakers_at(i)`` everyone who says it, for "we" (``plural``); ``resolve_all(token)`` what
    a subject and its listed conjuncts denote, for "they".
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
    ) -> None:
        self.doc = doc
        self.entity = entity
        self.resolve = resolve
        self.speaker_at = speaker_at
        self.in_quote = in_quote
        self.addressee_at = addressee_at
        self.speakers_at = speakers_at
        self.resolve_all = resolve_all

    def plural(self, tok: Token) -> list[EntityRecord]:
        """What "we" or "they" stands for where the text says who (``plurals.py``)."""
        return plural_referents(tok, self.in_quote, self.speakers_at, self.resolve_all)

    def pronoun(self, tok: Token, depth: int = 0) -> EntityRecord | None:
        """The entity a pronoun refers to; None when the rules cannot tell.

        Non-person reflexives and possessives are bound by the subject of the clause that
        governs them ("the party ... its nominee").
        """
        low = tok.lower_
        if low in {"i", "me", "my", "mine", "myself"}:
            return self.speaker_at(tok.i)
        if low in {"you", "your", "yours", "yourself"}:
            return self.addressee_at(tok.i) if self.in_quote(tok.i) else None
        if low in PERSON_PRONOUNS:
            return self.entity(tok)  # the entity layer's one rule set for he/she/his/her
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
        if low in POSSESSIVES and tok.dep_ == "poss" and not _inside_grievance(tok):
            bound = self._binding_subject(tok, depth)
            if low == "its" and bound is not None and bound.type == "Person":
                return None  # "she called its assault on Cruz perplexing": not her assault
            return bound
        return None

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

    def _binding_subject(self, tok: Token, depth: int) -> EntityRecord | None:
        """The subject of the nearest clause above ``tok`` that does not contain ``tok``."""
        for anc in tok.ancestors:
            if anc.pos_ not in {"VERB", "AUX"}:
                continue
            subj, _ = clause_subject(anc)
            if subj is None or tok in subj.subtree or subj.lower_ in POSSESSIVES | REFLEXIVES:
                if anc.dep_ == "relcl":
                    return None  # do not bind across a relative clause boundary
                continue
            arg = self.resolve(subj, depth + 1)
            if arg is None:
                # "Trump's challenge ... was a throwback to its criticism": the possessor
                owner = next((c for c in subj.children if c.dep_ == "poss"), None)
                if owner is not None and owner != tok and owner.pos_ == "PROPN":
                    arg = self.resolve(owner, depth + 1)
            if arg is None:
                if anc.dep_ == "relcl":
                    return None
                continue
            return arg
        return None


class _NameReferences(DescriptionReferences):
    """Bare surnames and given names, "the president", "the probe", relative pronouns."""

    def _bare_name(self, tok: Token, recent: dict[int, int]) -> tuple[int, int] | None:
        """The known person (and end token) a bare surname or given name refers to, if any."""
        i = tok.i
        if (
            i + 2 < self.n
            and self.doc[i + 1].text == "-"
            and not tok.whitespace_
            and not self.doc[i + 1].whitespace_
        ):
            compound = self.doc[i : i + 3].text.lower()  # "Ocasio-Cortez"
            cands = self.by_surname.get(compound)
            if cands and all(self.owner[j] is None for j in range(i, i + 3)):
                k = self._pick_person(i, cands, False, True, recent)
                return (k, i + 3) if k is not None else None
            return None
        found = self._bare_single(tok, recent)
        return (found, i + 1) if found is not None else None

    def _bare_single(self, tok: Token, recent: dict[int, int]) -> int | None:
        low = tok.text.lower()
        cands = self.by_surname.get(low)
        via_given = False
        if cands is None:
            cands = self.by_given.get(low)
            via_given = True
            if cands is None:
                return None
        tagged = tok.i in self.single_set or tok.ent_type_ == "PERSON"
        if not self._could_be_name(tok.i, person_tagged=tagged):
            return None
        return self._pick_person(tok.i, cands, via_given, tagged, recent)

    def _pick_person(
        self, i: int, cands: list[int], via_given: bool, tagged: bool, recent: dict[int, int]
    ) -> int | None:
        """Which known person a bare surname (or given name) at token ``i`` refers to."""
        if via_given:
            # a bare given name: only when one person has it, the NER calls it a person, and it
            # is not the first name of someone else ("Sarah Isgur Flores" is not Sarah Sanders)
            nxt = self.doc[i + 1] if i + 1 < self.n else None
            if nxt is not None and nxt.tag_ in ("NNP", "NNPS") and nxt.text[:1].isupper():
                return None
            if not tagged:
                return None
            if len(cands) == 1:
                return cands[0]
            # "Tom" in a release about Tom Griffith that once names Tom Daschle: the text's
            # main bearer of the name, when he clearly dominates and came up already
            return self._main_bearer(cands, recent)
        title = self.span_ending.get(i)
        if len(cands) == 1:  # "Mr. Obama" is not the text's one Michelle Obama
            office = title.id_ if title is not None and title.label_ == "TITLE" else ""
            k, before = cands[0], self.doc[i - 1].lower_ if i > 0 else ""
            return None if title_misfits(self.persons[k], self._gender(k), before, office) else k
        # the link card's own anchor text ("President Trump" carried a Donald John Trump card)
        for shown, k in self.card_shown.get(self.doc[i].lower_, []):
            n_words = len(shown.split())
            start = i
            while start > 0 and len(self.doc[start : i + 1].text.split()) < n_words:
                start -= 1
            if self.doc[start : i + 1].text == shown and k in cands:
                return k
        # shared surname (Jeff vs Pete Sessions): a title before it decides ("President Clinton")
        if title is not None and title.label_ == "TITLE":
            holders = [
                k for k in cands if any(o.title == title.id_ for o in self.persons[k].offices)
            ]
            if len(holders) == 1:
                return holders[0]
            famous = famous_holders().get(title.id_, {}).get(self.doc[i].lower_)
            named = [
                k
                for k in cands
                if famous and famous in self.persons[k].names + [self.persons[k].card_short or ""]
            ]
            if len(named) == 1:
                return named[0]  # "President Trump" with Ivanka Trump also in the text
        # "Ms. Clinton": the honorific's gender
        if i > 0 and (g := self.words["honorific_gender"].get(self.doc[i - 1].lower_)):
            fitting = [k for k in cands if self.persons[k].gender == g]
            if len(fitting) == 1:
                return fitting[0]
        seen = [(recent[c], c) for c in cands if c in recent]
        if not seen:
            return None  # nobody of that name mentioned yet: leave it unresolved
        # the document's main bearer of the name ("Trump" after one "Ivanka Trump"), else the
        # most recently mentioned one
        main = self._main_bearer(cands, recent)
        return main if main is not None else max(seen)[1]

    def _main_bearer(self, cands: list[int], recent: dict[int, int]) -> int | None:
        """The candidate named at least twice as often as any other (plus one), among those
        mentioned already; None when none dominates."""
        counts = sorted(
            ((self.name_mentions.get(c, 0), c) for c in cands if c in recent), reverse=True
        )
        if not counts or (len(counts) > 1 and counts[0][0] < 2 * max(counts[1][0], 1) + 1):
            return None
        if len(counts) == 1 and len(cands) > 1:
            return None  # the other bearer is still to come: no telling yet
        return counts[0][1]

    def _title_reference(self, sp: Span) -> int | None:
        """'the president' -> the person the document names as president."""
        doc = self.doc
        title, i = self._title_of(sp)
        if i == 0 or doc[i - 1].lower_ not in ("the",):
            # "former president" / "the former president"
            if not (i >= 2 and doc[i - 1].lower_ == "former" and doc[i - 2].lower_ == "the"):
                return None
        nxt = doc[sp.end] if sp.end < self.n else None
        if nxt is not None and (nxt.lower_ in TITLE_CONTINUATIONS or nxt.tag_ == "NNP"):
            return None
        cands = [k for k, p in enumerate(self.persons) if any(o.title == title for o in p.offices)]
        status, _ = self._status_before(i)
        fitting = [k for k in cands if self._status_of(k, title) == status] or (
            cands if status == "unknown" else []
        )
        if not fitting:
            # nobody named with the title: the holder of the day, if the text names him
            return self._holder_of_the_day(title) if status == "current" else None
        # "the president" is the national one: never "NAACP president X"; "French President X"
        # only when that is the one president the document names
        national = [k for k in fitting if (self._qualifier_of(k, title) or "U.S.") in NATIONAL]
        if not national:
            national = [
                k
                for k in fitting
                if self._qualifier_kind.get(self._qualifier_of(k, title) or "") in ("GPE", "NORP")
            ]
            if len(national) != 1:
                return None
        fitting = national
        if status == "current":
            # "President George W. Bush" once in a story about an untitled "Trump": a known
            # holder of the office named without the title makes "the president" ambiguous
            famous = famous_holders().get(title, {})
            for k, p in enumerate(self.persons):
                full = famous.get(p.surname.lower())
                if k in cands or full is None:
                    continue
                if not p.names or full in p.names or full == p.card_short:
                    # the holder of the day decides: "Trump" in 2018, "Bush" in 2005
                    return self._holder_of_the_day(title)
        # "the senator" with two senators in the text: nobody can tell which
        return fitting[0] if len(fitting) == 1 else None

    def _holder_of_the_day(self, title: str) -> int | None:
        """The person who held ``title`` (President, Vice President) on the document's date
        (``legislators.executive_at``): the text's one cluster of his surname whose given names,
        if any, are his ("Trump" or "Donald Trump", never "Melania Trump"); when the text does
        not name him, a new person of his full name, if the text is about US politics ("the
        President chose to nominate Tom Griffith" in a 2004 Senate release: George W. Bush)."""
        day = self.document.date if self.document is not None else None
        holder = executive_at(title, day)
        if holder is None:
            return None
        name, surname, givens = holder
        found = [
            k
            for k, p in enumerate(self.persons)
            if p.surname.lower() == surname
            and (not p.givens or any(given_forms(g) & givens for g in p.givens))
        ]
        if found or not self._about_us_politics():
            return found[0] if len(found) == 1 else None
        person = PersonCluster(surname=name.split()[-1], givens=set(givens), names=[name])
        person.offices.append(OfficeHeld(title=title))
        self.persons.append(person)
        return len(self.persons) - 1

    def _about_us_politics(self) -> bool:
        """Whether the text names a US federal body or a member of a US party ("the president"
        of a text about Belarus or Britain is not the US one)."""
        bodies = self.words["us_federal_bodies"]
        return any(o.name.lower() in bodies for o in self.others.values()) or any(
            p.party in self.words["us_parties"] for p in self.persons
        )

    def _qualifier_of(self, k: int, title: str) -> str | None:
        for office in self.persons[k].offices:
            if office.title == title:
                return office.qualifier
        return None

    def _status_of(self, k: int, title: str) -> str:
        for office in self.persons[k].offices:
            if office.title == title:
                return office.status
        return "unknown"

    def _definite_reference(self, tok: Token, spec: dict[str, str]) -> tuple[str, str] | None:
        """'the investigation' -> the one investigation the document named before it."""
        suffix = spec.get("name_endswith", "").lower()
        cands = [
            key
            for key, other in self.others.items()
            if key[0] == spec["type"] and key[1].endswith(suffix) and other.first_token < tok.i
        ]
        if len(cands) != 1:
            return None  # only when the document names exactly one of that kind
        key = cands[0]
        det = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if not det:
            return None
        d = det[0]
        if d.dep_ == "det" and d.lower_ != "the":
            return None
        if d.dep_ == "poss":
            owner = self.owner[d.i]
            if owner is None or not owner.is_other or owner.other[0] != "GovernmentBody":
                return None
        if any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children):
            return None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("into", "of", "on"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if not objs:
                    continue
                o = self.owner[objs[0].i]
                if o is None or not o.is_other or o.other[0] != "Election":
                    return None
        return key

    def _person_of_token(self, tok: Token) -> int | None:
        owner = self.owner[tok.i]
        if owner is not None and owner.is_person:
            return owner.person
        for child in tok.children:
            if child.dep_ == "appos":
                owner = self.owner[child.i]
                if owner is not None and owner.is_person:
                    return owner.person
        return None

    def _relative(self, tok: Token) -> int | None:
        """'Tuberville, who is running' -> Tuberville (the noun the relative clause modifies)."""
        clause = tok.head if tok.dep_ != "poss" else tok.head.head
        if clause.dep_ != "relcl":
            return None
        return self._person_of_token(clause.head)

    def _gender(self, k: int) -> str | None:
        """A person's gender from given names, honorifics, or the famous office holder."""
        p = self.persons[k]
        if p.gender is None and not p.genders and not p.names:
            famous = famous_name(p)  # "President Obama" alone: Barack
            if famous:
                return given_name_gender(famous.split()[0])
        return p.gender


class _PronounReferences(_NameReferences):
    """Personal pronouns, the one rule set of both layers: the nearest fitting person,
    conservatively (``PronounResolver`` reads its answers for rule arguments)."""

    def _pronoun(
        self, tok: Token, gender: str, recent: list[tuple[int, int]], subjects: dict[int, int]
    ) -> int | None:
        """Nearest fitting person: a governing clause's subject, else the last subject before.

        A person fits when their gender is unknown or matches the pronoun's.
        """
        if tok.dep_ == "poss" and _inside_grievance(tok):
            return None  # "his" may be the critic's or the criticized's: no guessing
        context = self._object_pronoun_context(tok)
        if context is None:
            return None
        excluded, seen_own_verb = context

        def fits(k: int) -> bool:
            return k not in excluded and self._gender(k) in (None, gender)

        # possessive in coordination with a person: "the president and his allies"
        if tok.tag_ == "PRP$":
            noun = tok.head
            if noun.dep_ == "conj" and noun.head.i < tok.i:
                k = self._person_of_token(noun.head)
                if k is not None and fits(k):
                    return k
        decided, k = self._governing_subject(tok, fits, recent, seen_own_verb)
        if decided:
            return k
        return self._earlier_person(tok, gender, fits, recent, subjects)

    def _object_pronoun_context(self, tok: Token) -> tuple[set[int], int | None] | None:
        """For an object pronoun: the persons it cannot be (its own clause's subjects) and its
        own verb; None when whose clause it is cannot be told."""
        excluded: set[int] = set()
        if tok.lower_ in ("him", "her") and tok.dep_ in ("dobj", "dative", "iobj", "pobj"):
            # "Corbyn attacked him": an object pronoun is not its own clause's subject
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            if verb.pos_ in ("VERB", "AUX"):
                seen_own_verb: int | None = verb.i
                has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                if not has_subject and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
                    # "she has declined to endorse him": the controlling clause's subject
                    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children)
                    if has_subject:
                        verb = verb.head
                named = self._named_participle_subject(verb) if not has_subject else None
                if named is not None:
                    # "Trump excoriated Sessions, ... blasting him": a named subject is not "him"
                    excluded.add(named)
                    return excluded, seen_own_verb
                if not has_subject and verb.dep_ in ("advcl", "xcomp", "acl"):
                    # "He ..., again referring to him" vs "he voted ..., opening him up":
                    # whose participle it is decides, and the parse does not say
                    return None
                governor = verb
                while not has_subject and governor.dep_ == "conj" and governor.head != governor:
                    # "Trump mocked Sessions ..., and criticized him": the shared subject
                    governor = governor.head
                    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in governor.children)
                if not has_subject and governor != verb:
                    return None  # "..., said he's ..., criticized him": whose verb is lost
                for child in [*verb.children, *governor.children]:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        k = self._person_of_token(child)
                        if k is not None:
                            excluded.add(k)
            else:
                seen_own_verb = None
        else:
            seen_own_verb = None
        return excluded, seen_own_verb

    def _named_participle_subject(self, verb: Token) -> int | None:
        """The named person subject of a subjectless participle's clause ("Trump excoriated
        Sessions, calling him ...")."""
        if verb.dep_ not in ("advcl", "conj", "xcomp", "acl"):
            return None
        subj, _ = clause_subject(verb)
        if subj is None or subj.pos_ != "PROPN":
            return None
        return self._person_of_token(subj)

    def _governing_subject(
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
        quoted = self.quoted[tok.i]
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
                        k = self._person_of_token(child)
                        if k is not None and fits(k):
                            return True, k
            if node.pos_ not in ("VERB", "AUX"):
                continue
            if seen_own or node.i == seen_own_verb:
                seen_own = False
                continue
            if came_from in ("attr", "acomp") and node.lemma_ == "be":
                continue  # "Moore had never been his candidate": not Moore's
            if came_from in ("prep", "advcl") and steps <= 3 and not quoted:
                k = self._fronted_subject(tok, node)
                if k is not None and fits(k):
                    return True, k
            for child in node.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or child.i >= tok.i:
                    continue
                k = self._person_of_token(child)
                if k is None:
                    title = self.span_at[child.i]
                    if self.owner[child.i] is None and (
                        child.tag_ in ("PRP", "WP", "NNP")
                        or child.lower_ in self.words["human_nouns"]
                        or (title is not None and title.label_ == "TITLE")
                    ):
                        return True, None  # governed by someone we could not identify
                    continue
                if self.quoted[child.i] != quoted or not fits(k):
                    continue
                if via_conj and any(
                    child.i < pos < tok.i
                    and other != k
                    and fits(other)
                    and not (continuing and self._is_object(pos))
                    for pos, other in recent
                ):
                    return True, None  # "X won ..., Y, faced ... that he": the parse can't tell
                return True, k
        return False, None

    def _fronted_subject(self, tok: Token, node: Token) -> int | None:
        """A fronted phrase points forward: "For his part, Sessions told ..." -> Sessions."""
        after = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.i]
        if not (after and tok.i < after[0].i and self._fronted(tok, node)):
            return None
        k = self._person_of_token(after[0])
        if k is None and self.owner[after[0].i] is None:
            ahead = self._bare_name(after[0], self.recent)  # not reached yet
            k = ahead[0] if ahead is not None else None
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
        quoted = self.quoted[tok.i]
        sent = tok.sent
        # the last fitting person in the same sentence before the pronoun, same quote context;
        # a subject pronoun continues a subject ("His politics clashed with Sanders; he ...")
        continuing = tok.dep_ in ("nsubj", "nsubjpass")
        passed_over = False
        for pos, k in reversed(recent):
            if pos < sent.start:
                break
            if pos < tok.i and self.quoted[pos] == quoted and fits(k):
                if continuing and not self._is_subject(pos):
                    passed_over = passed_over or self._is_direct_object(pos)
                    continue
                return k
        if quoted or passed_over:
            # "Clinton faulted Sanders ...; he faulted her": the object Sanders, or the subject
            # of an earlier sentence? The parse cannot tell, so nobody
            return None
        # the subject of the nearest earlier sentence (outside quotes) with a person subject
        prev_sent: Span | None = None
        prev = sent.start - 1
        hops = 0
        while prev >= 0 and hops < 3:
            s = self.doc[prev].sent
            if not all(self.quoted[j] or self.doc[j].is_punct for j in range(s.start, s.end)):
                hops += 1
                prev_sent = prev_sent or s
            if s.start in subjects:
                k = subjects[s.start]
                if fits(k):
                    return k
                break
            if self._unnamed_human_subject(s):
                return None  # "that evil murderer had to steal ... He": nobody we know
            if any(
                s.start <= pos < s.end and not self.quoted[pos] and fits(k) for pos, k in recent
            ):
                break  # someone else came up in between: only a unique fit below will do
            prev = s.start - 1
        # the one person of the pronoun's gender in the previous sentence
        if prev_sent is not None:
            people = {
                k
                for pos, k in recent
                if prev_sent.start <= pos < prev_sent.end and not self.quoted[pos]
            }
            if all(self._gender(k) is not None for k in people):
                matching = [k for k in people if self._gender(k) == gender]
                if len(matching) == 1:
                    return matching[0]
        return None

    def _mention_role(self, pos: int) -> str:
        """The dependency of the phrase the mention starting at ``pos`` heads or is part of."""
        t = self.doc[pos]
        while t.dep_ in ("compound", "flat", "amod") and t.head.i != t.i:
            t = t.head
        return str(t.dep_)

    def _is_subject(self, pos: int) -> bool:
        """Whether the mention starting at ``pos`` is (part of) a clause subject."""
        return self._mention_role(pos) in ("nsubj", "nsubjpass")

    def _is_direct_object(self, pos: int) -> bool:
        """Whether the mention starting at ``pos`` is (part of) a verb's direct object."""
        return self._mention_role(pos) == "dobj"

    def _is_object(self, pos: int) -> bool:
        """Whether the mention starting at ``pos`` is (part of) an object."""
        return self._mention_role(pos) in ("dobj", "dative", "iobj", "pobj")

    def _fronted(self, tok: Token, verb: Token) -> bool:
        """Whether ``tok`` sits in a phrase before ``verb``'s subject, set off by a comma."""
        subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        between = self.doc[tok.i : subject.left_edge.i]
        return any(t.text == "," for t in between) and not any(
            (owner := self.owner[t.i]) is not None and owner.is_person for t in between[1:]
        )

    def _unnamed_human_subject(self, sent: Span) -> bool:
        """Whether the main subject of ``sent`` is a person we could not identify."""
        for child in sent.root.children:
            if child.dep_ in ("nsubj", "nsubjpass") and self.owner[child.i] is None:
                if self.quoted[child.i]:
                    return False
                return child.lower_ in self.words["human_nouns"] or child.tag_ == "NNP"
        return False


class EntityReferences(_PronounReferences):
    """One pass in document order resolving every reference (see ``_scan``)."""

    def _scan(self) -> None:
        """One pass in document order: bare names, 'the president', 'the probe', pronouns.

        Every resolution is available to the ones after it ("Sessions ... he ... his").
        """
        doc = self.doc
        definite = self.words["definite_references"]
        def_nouns: dict[str, dict[str, str]] = definite
        parsed = doc.has_annotation("DEP")  # pronouns need the parse; a bare Doc has none
        pronouns = self.words["pronoun_gender"] if parsed else {}
        relatives = set(self.words["relative_pronouns"]) if parsed else set()
        if not parsed:
            def_nouns = {}
        known = sorted((st, ref) for st, _en, ref in self.mentions)
        ki = 0
        recent = self.recent  # person -> last token mentioning it
        recent_person: list[tuple[int, int]] = []  # (token, person) in order
        subjects: dict[int, int] = {}  # sentence start -> its person subject (outside quotes)
        for tok in doc:
            i = tok.i
            while ki < len(known) and known[ki][0] <= i:
                pos, ref = known[ki]
                if ref.is_person:
                    recent[ref.person] = pos
                    recent_person.append((pos, ref.person))
                ki += 1
            if parsed and self._described(i, recent_person, subjects):
                continue  # "the California Republican"
            owner = self.owner[i]
            if owner is not None:
                if owner.is_person:
                    self._note_subject(tok, owner.person, subjects)
                continue
            low = tok.lower_
            bare = self._bare_name(tok, recent)
            if bare is not None:
                k, end = bare
                self._add_person_mention(i, end, k)
                mention = self._attach_titles([self.mentions.pop()])[0]
                self.mentions.append(mention)
                recent[k] = mention[0]
                recent_person.append((mention[0], k))
                self._note_subject(tok, k, subjects)
                continue
            sp = self.span_at[i]
            if sp is not None and sp.label_ == "TITLE" and sp.start == i:
                held = self._title_reference(sp)
                if held is not None:
                    start = self._title_of(sp)[1]
                    while start > 0 and doc[start - 1].lower_ in ("the", "former"):
                        start -= 1
                    alias = doc[start : sp.end].text
                    self._resolve(start, sp.end, held, recent_person, alias=alias)
                    # "The president later tweeted ... 'X,' he wrote": a subject all the same
                    self._note_subject(sp.root, held, subjects)
                continue
            if low in def_nouns and tok.pos_ == "NOUN":
                named = self._definite_reference(tok, def_nouns[low])
                if named is not None:
                    self.owner[i] = Owner.of_other(named)
                    self.mentions.append((i, i + 1, Owner.of_other(named)))
                    right = max(
                        [tok.i] + [c.right_edge.i for c in tok.children if c.dep_ == "prep"]
                    )
                    phrase = doc[tok.left_edge.i : right + 1]
                    aliases = self.others[named].aliases
                    for alias in (tok.text, phrase.text if len(phrase) <= 10 else ""):
                        if alias and alias not in aliases:
                            aliases.append(alias)
                continue
            if low in pronouns and tok.tag_ in ("PRP", "PRP$"):
                referent = self._pronoun(tok, pronouns[low], recent_person, subjects)
                if referent is not None:
                    self._resolve(i, i + 1, referent, recent_person, alias=None)
                    self._note_subject(tok, referent, subjects)
                continue
            if low in relatives and tok.tag_ in ("WP", "WP$"):
                head = self._relative(tok)
                if head is not None:
                    self._resolve(i, i + 1, head, recent_person, alias=None)

    def _described(self, i: int, recent: list[tuple[int, int]], subjects: dict[int, int]) -> bool:
        """Resolve a party description starting at token ``i`` to a person, if it is one."""
        sp = self.span_at[i]
        if sp is None or sp.label_ != "PARTY" or sp.start != i:
            return False
        described = self._party_description(sp, recent)
        if described is None:
            return False
        k, end = described
        self._drop_party_mention(sp)
        self._resolve(i, end, k, recent, alias=None)
        self._note_subject(self.doc[end - 1], k, subjects)
        return True

    def _note_subject(self, tok: Token, k: int, subjects: dict[int, int]) -> None:
        """Remember a sentence's person subject; the main clause's subject wins."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.quoted[tok.i]:
            return  # (an unparsed Doc has no dependencies, so nothing is noted)
        sent = tok.sent
        if tok.head.i == sent.root.i:
            subjects[sent.start] = k
        else:
            subjects.setdefault(sent.start, k)

    def _resolve(
        self, start: int, end: int, k: int, recent: list[tuple[int, int]], alias: str | None
    ) -> None:
        for i in range(start, end):
            self.owner[i] = Owner.of_person(k)
        self.mentions.append((start, end, Owner.of_person(k)))
        recent.append((start, k))
        self.recent[k] = start
        if alias and alias not in self.persons[k].aliases:
            self.persons[k].aliases.append(alias)
