"""The relation rule engine: rules as data in (``rules.py``), evidence-backed ``Assertion``s out."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from itertools import chain
from typing import Any

from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from polkg.extract.arguments import (
    CRITICISM_PROXIES,
    ENDORSEMENT_PROXIES,
    PROXY_NOUNS,
    Argument,
    ArgumentResolver,
    EntityIndex,
    described_by_clause,
    named_here,
)
from polkg.extract.authored_bills import AUTHORSHIP_RULES, authorship_barred, member_sponsored
from polkg.extract.authors import find_authors
from polkg.extract.bare_possessives import mark_bare_possessives
from polkg.extract.candidates import Candidate, assertions
from polkg.extract.captions import backstory
from polkg.extract.co_members import outside_subject_list
from polkg.extract.companions import companion_arguments, foil
from polkg.extract.counterfactuals import governing_opinion, quoted_blames
from polkg.extract.countries import physical_between_states
from polkg.extract.cues import (
    CueLexicon,
    Modality,
    declared_choice,
    default_cues,
    excluded_name,
    guessed_name,
    has_condition,
    modality,
    phrase_hedge,
    scheduled_contest,
)
from polkg.extract.denied_standing import quoted_denials
from polkg.extract.epithets import epithet_target
from polkg.extract.framed_fragments import framed_arguments
from polkg.extract.generic_references import generic_referent, implied_referent, named_of_type
from polkg.extract.group_parts import denotes_part
from polkg.extract.implied_sponsorship import implied_cosponsorships
from polkg.extract.imposed_beliefs import imposed_belief_over
from polkg.extract.inverted_conditions import is_question
from polkg.extract.judgements import characterizations, judged_at, reported_disparagements
from polkg.extract.lexicon import span_holds, word_sets
from polkg.extract.matching import TriggeredMatcher
from polkg.extract.plan_stances import plan_candidates
from polkg.extract.pronoun_binding import unbound
from polkg.extract.quotes import (
    OFFENCE_KIND,
    QuoteIndex,
    attribute_quotes,
    disparagements,
    locate_quotes,
)
from polkg.extract.recusal_scopes import scope_investigation
from polkg.extract.reported_claims import claimed_by_other
from polkg.extract.reporting_speakers import charging_speech_word
from polkg.extract.reproaches import REPROACH_KIND, quoted_reproaches
from polkg.extract.result_context import result_context
from polkg.extract.rules import (
    CHARACTERIZE_RULE,
    JUDGED_TYPES,
    PRAISE_DESCRIBE_RULE,
    PRAISE_QUOTE_RULE,
    VOTE_ANSWER_RULES,
    Rule,
    load_rules,
)
from polkg.extract.senses import (
    armed_sense,
    bodily_sense,
    floor_debate,
    margin_sense,
    other_sense,
    poll_sense,
)
from polkg.extract.syntax import (
    clause_subject,
    cut_apposition,
    document_agent,
    gapped_clause,
    past_charge,
    reported_to_hearer,
    staff_described,
    tweet_signature,
)
from polkg.extract.tallies import quoted_tallies
from polkg.extract.testimonials import described_praise, quoted_praise
from polkg.extract.vote_answers import vote_answers
from polkg.extract.wronged_speakers import wronged_speakers
from polkg.model import ACTOR_TYPES, Assertion, Document, EntityRecord

# the roles of a rule's pattern that are its arguments, not words of its phrase
_ARGUMENT_ROLES = frozenset({"subject", "object"})
# nouns standing for their possessor, by relation ("criticized Obama's policy" -> Obama)
_PROXIES = {"criticizes": CRITICISM_PROXIES, "endorses": ENDORSEMENT_PROXIES}
# a bare command in a quote hanging on one of these ("said to vote for Moore") is the speaker's
_COMMAND_REPORTING_VERBS = word_sets("cues_quotes")["command_reporting_verbs"]
PRONOUN_PENALTY = 0.9
QUOTED_PENALTY = 0.9
DISPARAGE_CONFIDENCE = 0.8


class RelationMatcher:
    """Apply relation rules to a parsed document whose entities are known."""

    def __init__(
        self,
        vocab: Vocab,
        rules: list[Rule] | None = None,
        cues: CueLexicon | None = None,
    ) -> None:
        self.rules = rules if rules is not None else load_rules()
        self.cues = cues or default_cues()
        self._by_key: dict[str, Rule] = {}
        self._names: dict[str, list[str]] = {}
        patterns: list[tuple[str, list[dict[str, Any]], str]] = []
        for rule in self.rules:
            if rule.pattern is None:
                continue
            key = rule.id
            k = 1
            while key in self._by_key:  # several lines may share an id (pattern variants)
                k += 1
                key = f"{rule.id}#{k}"
            self._by_key[key] = rule
            self._names[key] = [node["RIGHT_ID"] for node in rule.pattern]
            patterns.append((key, rule.pattern, rule.source))
        # the packaged rules' patterns are valid (tests/test_matching.py): no schema check
        self._matches = TriggeredMatcher(vocab, patterns, validate=rules is not None)
        self.surface_rules = [r for r in self.rules if r.regex is not None]
        self._text = ""

    def __call__(self, doc: Doc, entities: EntityIndex, document: Document) -> list[Assertion]:
        """All assertions of ``doc`` (parsed ``document.text``), deduplicated, in text order."""
        mark_bare_possessives(doc)  # "Sessions’ opposition to": a possessor, not a modifier
        quotes, resolver = _speakers_and_resolver(doc, entities, document)
        self._text = quotes.text
        found: list[Candidate] = []
        found.extend(self._dependency_matches(doc, resolver, quotes))
        found.extend(self._surface_matches(doc, resolver, quotes))
        found.extend(self._quote_matches(doc, resolver, quotes))
        framed = framed_arguments(doc, resolver, quotes, self.cues)  # "bemoaned Y's 'nasty' ..."
        for rule, verb, subj, obj, mod in chain(_characterized(doc, resolver, self.cues), framed):
            quoted = quotes.in_quote(verb.i)  # "X called Y 'despicable'": the narration's judgement
            found.extend(self._pairs(rule, subj, obj, verb, quoted=quoted, **mod))
        for rule, subj, obj, trigger, flags in _praised(doc, resolver, quotes, self.cues):
            found.extend(self._pairs(rule, subj, obj, trigger, quoted=False, **flags))
        told_before = chain(  # what a roll call or a release told just before is the object
            _answered_votes(doc, resolver, self.cues),
            implied_cosponsorships(doc, resolver, self.cues),
        )
        for rule, subj, obj, trigger, flags in told_before:
            quoted = quotes.in_quote(trigger.i)
            found.extend(self._pairs(rule, subj, obj, trigger, quoted=quoted, **flags))
        found.extend(plan_candidates(doc, found, entities))  # "backs Mr Phillips' proposal"
        return assertions(_without_yielding_offences(found), document)

    # -- rule kinds -------------------------------------------------------------------------

    def _dependency_matches(
        self, doc: Doc, resolver: ArgumentResolver, quotes: QuoteIndex
    ) -> Iterator[Candidate]:
        for match_id, token_ids in self._matches(doc):
            key = doc.vocab.strings[match_id]
            rule = self._by_key[key]
            roles = {name: doc[i] for name, i in zip(self._names[key], token_ids, strict=False)}
            trigger, obj_tok = roles["trigger"], roles[rule.object_is]
            if rule.requires_any and not span_holds(trigger.sent, rule.requires_any):
                if not (rule.result_context and result_context(trigger, rule.requires_any)):
                    continue  # "lost to Ronald Reagan in 1980": a race by its measure
            if (rule.unless and rule.cancelled(roles)) or other_sense(trigger):
                continue  # "a chemical attack on Syrians", "a professional rival"
            if rule.relation != "opposes" and margin_sense(trigger):
                continue  # "a poll showed Clinton pummeling him by 15 points": a lead
            if poll_sense(trigger):
                continue  # "Polls show him beating Markey": a standing, not a race
            if rule.relation == "opposes" and floor_debate(trigger):
                continue  # "onto the Senate floor, with Reid facing off against McConnell"
            if backstory(trigger):
                continue  # "Image caption Former President Obama campaigned for Mr Northam"
            subj_tok = roles.get("subject")
            demand = False
            if rule.imperative:
                subj_tok = _imperative_speaker(trigger, quotes)
            elif subj_tok is None:
                head = roles.get(rule.subject_of, trigger)
                if rule.subject_of == "speech" and reported_to_hearer(head, trigger):
                    continue  # "when told that Markle backed his rival": a deed heard of
                if head.pos_ in {"NOUN", "PROPN"}:
                    subj_tok = resolver.nominal_subject(head, bound=token_ids)
                else:
                    subj_tok, demand = clause_subject(head)
            if subj_tok is None or (rule.unless_staff_subject and staff_described(subj_tok)):
                continue  # "Sanders, who was a senior aide in the Trump campaign": no rival
            if cut_apposition(subj_tok) or tweet_signature(subj_tok):
                continue  # "John McCain (R-AZ), used her eulogy ...", "— Judd Legum (@JuddLegum)"
            if rule.relation == "criticizes" and (
                armed_sense(trigger, subj_tok) or bodily_sense(trigger)
            ):
                continue  # "under attack by ISIS ... forces", "pummeled him through the window"
            anchor = roles.get(rule.anchor, trigger)
            ignore = frozenset(roles[n].i for n in rule.ignore_cues if n in roles)
            mod = _rule_modality(rule, roles, anchor, ignore, self.cues)
            if rule.imperative:
                speaker = quotes.speaker_at(trigger.i)
                subjects = [Argument(speaker, subj_tok)] if speaker is not None else []
            else:
                clause = roles.get(rule.subject_of, trigger)
                subjects = _subjects(resolver, rule, trigger, subj_tok, obj_tok, clause)
            objects = unbound(_objects(rule, obj_tok, subj_tok, resolver), subjects)
            if rule.id.startswith(AUTHORSHIP_RULES):  # members sponsor bills, not bodies
                objects, subjects = member_sponsored(objects, subjects, resolver.entities)
            objects = outside_subject_list(objects, subjects, obj_tok)  # "critics ..., A and B"
            if _reported_claim(anchor, rule.relation, subjects, resolver):
                # "He said Harris attacked Biden": his claim, not the text's statement
                mod = Modality(mod.negated, True, mod.demand, (*mod.reasons, "reported claim"))
            if rule.relation == "recused_from" or (
                rule.relation == "opposes"
                and any(resolver.possessed_plan(o.token, o.entity) for o in objects)
            ):
                leaders = _leaders(obj_tok, resolver)
                subjects = [s for s in subjects if s.entity not in leaders]
            # a symmetric relation ("rivals") holds both ways: the objects' direction first
            directions = [(objects, subjects)] if rule.symmetric else []
            for holders, targets in [*directions, (subjects, objects)]:
                yield from self._pairs(
                    rule,
                    holders,
                    targets,
                    trigger,
                    negated=mod.negated,
                    hedged=mod.hedged or demand,
                    quoted=quotes.in_quote(trigger.i),
                    reasons=mod.reasons,
                )

    def _surface_matches(
        self, doc: Doc, resolver: ArgumentResolver, quotes: QuoteIndex
    ) -> Iterator[Candidate]:
        if not self.surface_rules:
            return
        for sent in doc.sents:
            text = self._text[sent.start_char : sent.end_char]  # sent.text, without a token walk
            for rule in self.surface_rules:
                if rule.requires_any and not span_holds(sent, rule.requires_any):
                    continue
                assert rule.regex is not None
                for m in rule.regex.finditer(text):
                    subj_tok = _token_at(doc, m, "subject", sent)
                    obj_tok = _token_at(doc, m, "object", sent)
                    if subj_tok is None or obj_tok is None:
                        continue
                    trigger = doc.char_span(
                        sent.start_char + m.start(),
                        sent.start_char + m.end(),
                        alignment_mode="expand",
                    )
                    if trigger is None:
                        continue
                    hedged = is_question(subj_tok)
                    yield from self._pairs(
                        rule,
                        resolver.resolve(subj_tok),
                        resolver.resolve(obj_tok),
                        trigger[0],
                        negated=False,
                        hedged=hedged,
                        quoted=quotes.in_quote(subj_tok.i),
                        reasons=("question",) if hedged else (),
                    )

    def _quote_matches(
        self, doc: Doc, resolver: ArgumentResolver, quotes: QuoteIndex
    ) -> Iterator[Candidate]:
        entity_at = _judged_at(resolver)
        speaker_of = functools.partial(_single_entity, resolver)
        conjunct_of = functools.partial(_single_entity, resolver, conjuncts=False)
        reported = reported_disparagements(doc, entity_at, quotes.in_quote, speaker_of, conjunct_of)
        quoted = [
            *disparagements(doc, quotes, entity_at),
            *quoted_blames(doc, quotes, entity_at),
            *quoted_reproaches(doc, quotes, entity_at),
            *quoted_denials(doc, quotes, entity_at),
            *quoted_tallies(doc, quotes, entity_at),
            *wronged_speakers(doc, quotes, entity_at),
        ]
        pairs = [(d, s) for d in [*quoted, *reported] for s in d.quote.said_by()]
        for d, speaker in pairs:  # co-signers each judge what they say together
            q = d.quote
            target = entity_at(d.target.i)
            if target is None:
                continue
            if target.type != "Person" and denotes_part(d.target):
                continue  # "his 17 Angry Democrats ... are a disgrace": not the party
            # "'I think Donald Trump is an idiot,' Lamonaca said": the speaker's own opinion;
            # "Smith claimed Jones lied": the speaker's charge, however sure the text is of it;
            # the judging word is the statement, no cue on it ("Obama was a total failure")
            cues = d.cues | governing_opinion(d.predicate, q) | {d.predicate.i}
            cues |= charging_speech_word(q.attribution, d.predicate)
            mod = modality(d.predicate, "criticizes", ignore=cues, lexicon=self.cues)
            if d in reported and q.attribution is not None:
                # "X did not say Y was wrong", "X may argue Y is weak"
                said = modality(q.attribution, "criticizes", lexicon=self.cues)
                mod = Modality(
                    mod.negated or said.negated, mod.hedged or said.hedged, mod.demand, mod.reasons
                )
            if not _types_ok(speaker, target, ACTOR_TYPES, JUDGED_TYPES):
                continue
            sent = d.target.sent
            # a release's quotation its author was given has no speech verb
            attr_sent = q.attribution.sent if q.attribution is not None else sent
            start, end = trimmed_span(
                self._text,
                min(sent.start_char, attr_sent.start_char),
                max(sent.end_char, attr_sent.end_char),
            )
            yield Candidate(
                f"criticize.quote.{d.kind}",
                "criticizes",
                speaker,
                target,
                start,
                end,
                DISPARAGE_CONFIDENCE,
                mod.negated,
                mod.hedged,
                mod.reasons,
                # a reproach is a statement of its own: the "should" it reads as the judgement
                # does not hedge it through the shame word's reading ("should be ashamed")
                trigger=d.predicate.i if d.kind == REPROACH_KIND else -1,
            )

    # -- assembling -------------------------------------------------------------------------

    def _pairs(
        self,
        rule: Rule,
        subjects: list,
        objects: list,
        trigger: Token,
        *,
        negated: bool,
        hedged: bool,
        quoted: bool,
        reasons: tuple[str, ...],
    ) -> Iterator[Candidate]:
        subj_types, obj_types = rule.types()
        sent = trigger.sent
        start, end = trimmed_span(self._text, sent.start_char, sent.end_char)
        for s in subjects:
            if _misparsed_subject(s.token):
                continue
            for o in objects:
                if not _types_ok(s.entity, o.entity, subj_types, obj_types):
                    continue
                if physical_between_states(trigger.lemma_, s.entity.type, o.entity.type):
                    continue
                guessed = guessed_name(s.token, self.cues) or guessed_name(o.token, self.cues)
                # "Other speakers, but not Michelle Obama, took direct shots at Romney"
                excluded = excluded_name(s.token, trigger) or excluded_name(o.token, trigger)
                why = (*(["guessed-name"] if guessed else []), *(["excluded"] if excluded else []))
                conf = rule.confidence
                if s.via_pronoun or o.via_pronoun:
                    conf *= PRONOUN_PENALTY
                if quoted:
                    conf *= QUOTED_PENALTY
                yield Candidate(
                    rule.id,
                    rule.relation,
                    s.entity,
                    o.entity,
                    start,
                    end,
                    round(conf, 3),
                    negated or excluded,
                    hedged or guessed,
                    (*reasons, *why),
                    s.via_pronoun or o.via_pronoun,
                    trigger.i,
                )


OFFENCE_RULE = f"criticize.quote.{OFFENCE_KIND}"


def _without_yielding_offences(found: list[Candidate]) -> list[Candidate]:
    """A wrong an actor owns in a quotation ("Hillary Clinton crimes") is the weakest reading of
    its sentence: negated it says nothing ("We reject Trump's lies" reads "reject" as a
    negation), and beside another rule's reverse reading ("Trump attacked Comey, and Comey
    said, 'Trump's lies are endless'") it would cancel that reading as a contradiction
    (``candidates._drop_contradictions``); in both cases it is left out."""
    others = {
        (c.subject.name, c.relation, c.object.name, c.start, c.end)
        for c in found
        if c.rule_id != OFFENCE_RULE
    }

    def yields(c: Candidate) -> bool:
        reverse = (c.object.name, c.relation, c.subject.name, c.start, c.end)
        return c.negated or reverse in others

    return [c for c in found if c.rule_id != OFFENCE_RULE or not yields(c)]


def _speakers_and_resolver(
    doc: Doc, entities: EntityIndex, document: Document
) -> tuple[QuoteIndex, ArgumentResolver]:
    """The document's quotations with their speakers, its author (``authors.py``), and the
    argument resolver that knows them: "I" and "my" are a quotation's speaker, outside
    quotations the author; "you" its addressee; a release's "he" or "she" its narrator."""
    quotes = locate_quotes(doc)
    # who said a quotation is found before the quotations' speakers are known
    attributing = ArgumentResolver(doc, entities, in_quote=quotes.in_quote)

    speaker = functools.partial(_single_entity, attributing)
    # "Feinstein and Boxer wrote": a quotation said together is every signer's
    everyone = attributing.resolve_all
    attribute_quotes(quotes, speaker, everyone)
    authors = find_authors(doc, getattr(entities, "mentions", ()), document, speaker, everyone)
    authors.claim_quotes(quotes)
    authors.claim_statements(quotes)

    def first_person(i: int) -> EntityRecord | None:
        """ "I" and "my": the quotation's speaker, outside quotations the author."""
        return quotes.speaker_at(i) if quotes.in_quote(i) else authors.at(i)

    def first_plural(i: int) -> tuple[EntityRecord, ...]:
        """ "we" and "our": the quotation's speakers, outside quotations a letter's signers."""
        return quotes.speakers_at(i) if quotes.in_quote(i) else authors.signers_at(i)

    resolver = ArgumentResolver(
        doc,
        entities,
        first_person,
        quotes.in_quote,
        quotes.addressee_at,
        first_plural,
        authors.narrator_at,
    )
    return quotes, resolver


def _single_entity(
    resolver: ArgumentResolver, tok: Token, conjuncts: bool = True
) -> EntityRecord | None:
    """The one entity ``tok`` stands for ("the Kentucky Republican" is no party), else None;
    without ``conjuncts``, ``tok`` alone ("Labour" of "Labour and the Liberal Democrats")."""
    args = resolver.resolve(tok, conjuncts=conjuncts)
    return args[0].entity if len(args) == 1 else None


def _bill(resolver: ArgumentResolver, tok: Token) -> EntityRecord | None:
    """The document's one named bill, which "this bill" refers to (``generic_referent``)."""
    return generic_referent(resolver.entities, tok, "Legislation")


def _characterized(
    doc: Doc, resolver: ArgumentResolver, cues: CueLexicon
) -> Iterator[tuple[Rule, Token, list[Argument], list[Argument], dict[str, Any]]]:
    """ "X called Y('s video) 'despicable'", "attacked Y as a 'far-left' politician": the
    speaker, the described actors, and the modality of the describing verb."""
    for c in characterizations(doc):
        subj_tok, demand = clause_subject(c.verb)
        if subj_tok is None:
            continue
        mod = modality(c.verb, "criticizes", lexicon=cues)
        subjects = resolver.resolve(subj_tok, exclude=[c.target.i])
        objects = [
            a
            for a in resolver.resolve(
                c.target,
                exclude=[subj_tok.i],
                proxies=CRITICISM_PROXIES,
                generic_types=("Investigation", "Legislation"),
            )
            if a.token.i not in c.phrase
        ]
        objects = outside_subject_list(objects, subjects, c.target)
        owner = next((t for t in c.target.children if t.dep_ == "poss"), None)
        if not objects and owner is not None and c.target.lemma_.lower() in CRITICISM_PROXIES:
            objects = resolver.resolve(owner)  # "Trump's position 'un-Republican'"
        if c.epithet:  # "called Antifa an 'idea'": name-calling is aimed at persons, parties
            objects = [a for a in objects if epithet_target(a.entity)]
        flags = {"negated": mod.negated, "hedged": mod.hedged or demand, "reasons": mod.reasons}
        yield CHARACTERIZE_RULE, c.verb, subjects, objects, flags


def _reported_claim(
    anchor: Token, relation: str, subjects: list[Argument], resolver: ArgumentResolver
) -> bool:
    """Whether a rule's statement is a claim the text reports of a person none of its
    ``subjects`` is (``reported_claims.py``); a news outlet's report ("..., USA Today
    reported") is the text's source, not a claimant."""
    return claimed_by_other(
        anchor,
        relation,
        [s.entity.name for s in subjects],
        lambda t: [a.entity.name for a in resolver.resolve(t) if a.entity.type == "Person"],
    )


def _named_or_quoted(resolver: ArgumentResolver, i: int) -> EntityRecord | None:
    """What token ``i`` of a quoted judgement names: a name or resolved pronoun, else a
    quoted "he"/"she" its quotation's context decides (``quoted_referents``)."""
    found = resolver.entities.entity_at(i)
    return found or resolver.pronouns.quoted_referent(resolver.doc[i])


def _judged_at(resolver: ArgumentResolver) -> Callable[[int], EntityRecord | None]:
    """What a token of a quoted judgement names (``judgements.judged_at``), quoted "he"/"she"
    included."""
    named_at = functools.partial(_named_or_quoted, resolver)
    return judged_at(resolver.doc, named_at, functools.partial(_bill, resolver))


def _praised(
    doc: Doc, resolver: ArgumentResolver, quotes: QuoteIndex, cues: CueLexicon
) -> Iterator[tuple[Rule, list[Argument], list[Argument], Token, dict[str, Any]]]:
    """Testimonials: the speaker and the person praised in a quote ("'Henry Saad is an
    outstanding jurist,' Gribbs wrote") or by a describing verb ("described Saad as 'a
    brilliant lawyer'"), with the modality of the praise and of its attribution."""
    named_at = functools.partial(_named_or_quoted, resolver)
    for p in quoted_praise(doc, quotes, named_at):
        q = p.quote
        target = named_at(p.target.i)
        if q is None or q.speaker is None or q.attribution is None or target is None:
            continue
        mod = modality(p.word, "endorses", lexicon=cues)
        said = modality(q.attribution, "endorses", lexicon=cues)
        flags = {  # "We're supposed to believe that X is great": imposed_beliefs
            "negated": mod.negated or said.negated,
            "hedged": mod.hedged or said.hedged or mod.demand or imposed_belief_over(p.word, cues),
            "reasons": mod.reasons,
        }
        speaker = Argument(q.speaker, q.speaker_token or p.target)
        yield PRAISE_QUOTE_RULE, [speaker], [Argument(target, p.target)], p.target, flags
    for p in described_praise(doc):
        verb = p.verb
        if verb is None or quotes.in_quote(verb.i):
            continue
        subj_tok, demand = clause_subject(verb)
        if subj_tok is None:
            continue
        mod = modality(verb, "endorses", lexicon=cues)
        subjects = resolver.resolve(subj_tok, exclude=[p.target.i])
        objects = outside_subject_list(
            resolver.resolve(p.target, exclude=[subj_tok.i]), subjects, p.target
        )
        flags = {
            "negated": mod.negated,
            "hedged": mod.hedged or mod.demand or demand,
            "reasons": mod.reasons,
        }
        yield PRAISE_DESCRIBE_RULE, subjects, objects, verb, flags


def _answered_votes(
    doc: Doc, resolver: ArgumentResolver, cues: CueLexicon
) -> Iterator[tuple[Rule, list[Argument], list[Argument], Token, dict[str, Any]]]:
    """Votes told by their answer ("Sens. A of New York, ..., and E of Oregon voted 'no.'"),
    against (or for) what the roll call told before voted on (``vote_answers``); the answer
    word is the relation, not a negation."""
    for vote in vote_answers(doc):
        subj_tok, demand = clause_subject(vote.verb)
        if subj_tok is None:
            continue
        mod = modality(vote.verb, vote.relation, ignore=frozenset({vote.answer.i}), lexicon=cues)
        subjects = resolver.resolve(subj_tok, exclude=[vote.target.i], listed=True)
        subjects += companion_arguments(resolver, subj_tok, vote.verb, exclude=[vote.target.i])
        objects = resolver.resolve(
            vote.target, exclude=[subj_tok.i], generic_types=("Legislation",)
        )
        flags = {
            "negated": mod.negated,
            "hedged": mod.hedged or mod.demand or demand,
            "reasons": mod.reasons,
        }
        yield (
            VOTE_ANSWER_RULES[vote.relation],
            subjects,
            outside_subject_list(unbound(objects, subjects), subjects, vote.target),
            vote.verb,
            flags,
        )


def _misparsed_subject(tok: Token) -> bool:
    """ "Trump berated Sessions privately and ... insulted him": the parser read "Trump berated"
    as modifiers of the subject "Sessions" (a capitalised nmod, then a past-tense verb as amod,
    then the noun). The clause's real subject is lost, so no rule may use this one."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False  # "... after Trump berated Sessions for recusing himself": still Sessions
    left = list(tok.lefts)
    return any(
        a.dep_ == "amod"
        and a.tag_ in ("VBD", "VBN")
        and any(n.i < a.i and n.dep_ in ("nmod", "compound") and n.text[:1].isupper() for n in left)
        for a in left
    )


def _imperative_speaker(trigger: Token, quotes: QuoteIndex) -> Token | None:
    """The speaker's token when ``trigger`` is a bare command in an attributed quote ("vote
    for Roy Moore", "get out and vote for Moore"); None for "to vote for", "we vote for"."""
    q = quotes.quote_at(trigger.i)
    if q is None or q.speaker is None or q.speaker_token is None:
        return None
    verb = trigger
    while True:
        if verb.tag_ != "VB" or not q.contains(verb.i):
            return None
        if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in verb.children):
            return None
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head
            continue
        if verb.dep_ in {"ROOT", "ccomp"} or verb.head.lemma_ in _COMMAND_REPORTING_VERBS:
            return q.speaker_token
        return None


def _conditional(token: Token, cues: CueLexicon) -> bool:
    """ "asked whether he would vote for X": the reported content is an open question."""
    return any(c.dep_ == "mark" and c.lower_ in cues["conditional_marks"] for c in token.children)


def _types_ok(
    subj: EntityRecord, obj: EntityRecord, subj_types: tuple[str, ...], obj_types: tuple[str, ...]
) -> bool:
    return subj.name != obj.name and subj.type in subj_types and obj.type in obj_types


def _objects(rule: Rule, obj: Token, subj: Token, resolver: ArgumentResolver) -> list[Argument]:
    """The entities a rule's ``object`` node stands for (its implied entity, when the rule
    names a type, else the token resolved with the relation's proxy nouns)."""
    if rule.implied_object:
        implied = implied_referent(resolver.entities, obj, rule.implied_object)
        if implied is not None:
            return [Argument(implied, obj)]
    if past_charge(obj):  # "accused Yovanovitch of making each country ... -- Somalia --"
        return []
    _, obj_types = rule.types()
    found = resolver.resolve(
        obj,
        # "Scott in his race against Nelson and McSally against Sinema": a gapped clause's
        # names are no objects of the trigger (``syntax.gapped_clause``)
        exclude=[subj.i, *gapped_clause(obj)],
        # praise stays with what is praised ("commended Bush's efforts")
        proxies=PROXY_NOUNS if "praise" in rule.id else _PROXIES.get(rule.relation, PROXY_NOUNS),
        generic_types=tuple(t for t in ("Investigation", "Legislation") if t in obj_types),
        conjuncts=rule.object_conjuncts,
        listed=True,
    )
    if not found and rule.relation == "recused_from":
        # "recused himself from oversight of the Russia investigation", "from Russia-related
        # matters": the investigation the scope noun is about (``recusal_scopes``)
        scoped = scope_investigation(
            obj,
            lambda t: _scope_entity(resolver, t),
            named_of_type(resolver.entities, "Investigation"),
        )
        if scoped is not None:
            found = [Argument(*scoped)]
    if rule.object_named:  # "proposed legislation that would ...": not the act named before
        found = [o for o in found if named_here(resolver.entities, o)]
    if rule.object_apart:  # "major legislation backed by President Trump": no bill apart
        found = [o for o in found if not described_by_clause(o)]
    if rule.id.startswith(AUTHORSHIP_RULES):  # "introduced legislation to ...": unnamed, unless
        barred = authorship_barred(resolver.entities)  # it says what it does
        found = [o for o in found if o.entity.name not in barred]
    return found


def _scope_entity(resolver: ArgumentResolver, tok: Token) -> EntityRecord | None:
    """The entity a token inside a recusal's scope names, a generic "the probe" included."""
    found = resolver.resolve(tok, generic_types=("Investigation",), conjuncts=False)
    return found[0].entity if found else None


def _leaders(obj: Token, resolver: ArgumentResolver) -> list[EntityRecord]:
    """Who owns the investigation a recusal is from, or the plan opposed: nobody recuses from
    his own ("Robert Mueller's investigation, which he recused himself from" is Sessions's
    recusal) nor opposes his own ("resigning in protest to May's negotiated Brexit agreement"
    is not May's protest, whatever "resigning" was resolved to)."""
    if obj.tag_ in {"WDT", "WP"}:  # "which": the noun its relative clause is on
        relative = next((a for a in obj.ancestors if a.dep_ == "relcl"), None)
        obj = relative.head if relative is not None else obj
    owners = [c for c in obj.children if c.dep_ == "poss"]
    return [a.entity for c in owners for a in resolver.resolve(c, exclude=[obj.i])]


def _rule_modality(
    rule: Rule, roles: dict[str, Token], anchor: Token, ignore: frozenset[int], cues: CueLexicon
) -> Modality:
    """The modality of a dependency rule's match: its anchor's cues, and those of the rule's
    own words (the trigger when it is not the anchor, a noun of its phrase)."""
    trigger = roles["trigger"]
    mod = modality(anchor, rule.relation, ignore=ignore, lexicon=cues, outer=rule.outer_nouns)
    if rule.scheduled:
        mod = scheduled_contest(trigger, mod, cues)
    mod = declared_choice(trigger, mod, cues)
    phrase = [t for n, t in roles.items() if n not in _ARGUMENT_ROLES and t != anchor]
    if (hedge := phrase_hedge(phrase, cues)) is not None:
        # "takes apparent shot at Trump": a hedge on the rule's own noun
        mod = Modality(mod.negated, True, mod.demand, (*mod.reasons, f"phrase:{hedge}"))
    if anchor != trigger and _conditional(trigger, cues):
        mod = Modality(mod.negated, True, mod.demand, (*mod.reasons, "conditional"))
    if anchor != trigger and has_condition(trigger, cues):
        # "rushing to condemn Moore if the allegations are true" (the modality of the
        # anchor's clauses covers the anchor's own conditions)
        mod = Modality(mod.negated, True, mod.demand, (*mod.reasons, "if-clause"))
    if anchor != trigger and any(c.dep_ == "neg" and c.i not in ignore for c in trigger.children):
        # "urged Muslims not to vote for Labour": the reported content is negated
        mod = Modality(True, mod.hedged, mod.demand, (*mod.reasons, "negated content"))
    return mod


def _subjects(
    resolver: ArgumentResolver,
    rule: Rule,
    trigger: Token,
    subject: Token,
    obj: Token,
    clause: Token,
) -> list[Argument]:
    """The entities ``subject`` stands for, with its companions ("X, along with Y,", "as did
    Y": companions.py). ``clause`` is the verb the rule takes its subject of (the trigger, or
    the asking verb of "urged Congress to pass X")."""
    # "Unlike McCain, Collins endorsed Trump": the parser's subject is the foil
    skip = [obj.i, subject.i] if foil(subject) else [obj.i]
    found = resolver.resolve(
        subject,
        exclude=skip,
        conjuncts=_conjuncts(rule, trigger, subject),
        # a group's members share what it does, not what a rule reads into its report ("Republicans,
        # including Shelby, said they won't support Moore")
        listed=rule.subject_of == "trigger",
    )
    own = _own_subject(subject, trigger) or subject.head == clause
    # "a letter signed by A and B urged Congress to pass X": the letter's signers ask
    author = document_agent(subject) if not found and own else None
    if author is not None:  # "a statement from the NAACP condemned Trump": its author
        found = resolver.resolve(author, exclude=skip)
    return found + companion_arguments(resolver, subject, trigger, exclude=[obj.i])


def _own_subject(subject: Token, trigger: Token) -> bool:
    """Whether ``subject`` is the trigger's own subject ("a statement ... condemned Trump",
    "Collins' first statement was an attack on Nadler"), not one it took by control ("hopes
    Trump's tweets spur voters to vote against Heller": the voters would)."""
    head = subject.head
    return head == trigger or (head == trigger.head and trigger.dep_ in {"attr", "acomp"})


def _conjuncts(rule: Rule, trigger: Token, subject: Token) -> bool:
    """Whether the subject's conjuncts share the relation: not when the trigger is a singular
    noun apposed to one conjunct ("Jacobsen, who sponsored H.B. 5061, and Sen. Darwin Booher,
    sponsor of S.B. 803": only Booher sponsors S.B. 803) or set before its name ("Barack Obama,
    Bill Clinton, Trump's 2016 presidential opponent Hillary Clinton": only she ran against
    him); a party tag the parser made a conjunct is no such name ("Ocasio-Cortez, D-N.Y., a
    co-sponsor of the legislation")."""
    apposed = (
        trigger.dep_ in {"appos", "compound"}
        and trigger.head == subject
        and trigger.tag_ == "NN"
        and subject.ent_type_ == "PERSON"
    )
    return rule.subject_conjuncts and not apposed


def _token_at(doc: Doc, m: re.Match[str], group: str, sent: Span) -> Token | None:
    """The token of a regex group: its last token for subjects (the head of a name), its
    first for objects."""
    start = sent.start_char + m.start(group)
    end = sent.start_char + m.end(group)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[-1] if group == "subject" else span[0]


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Character span without surrounding whitespace, so evidence is the sentence itself."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
