"""Relation rules as data: the rule file format, its parser and the packaged rule files.

Rules live in ``patterns/relations*.jsonl``, one JSON object per line:

``{"id": "criticize.verb.shoot_back_at", "relation": "criticizes", "confidence": 0.9,
"pattern": [<spaCy DependencyMatcher pattern with nodes named trigger, subject, object>]}``

- ``pattern`` is a DependencyMatcher pattern. The node ``trigger`` is the word that states the
  relation; ``object`` (required) and ``subject`` (optional) are the argument tokens. Without a
  ``subject`` node the subject is the trigger's clause subject (control, relative clauses,
  "to"-infinitives and "X's criticism" are followed).
- ``regex`` instead of ``pattern``: a surface rule, a regular expression over the sentence text
  with named groups ``subject`` and ``object`` (for constructions the parser gets wrong).
- optional: ``anchor`` (node whose clause carries negation/hedging, default ``trigger``),
  ``requires_any`` (words one of which must occur in the sentence, e.g. election context),
  ``result_context`` (true: a contest result's sentence without those words still counts when
  it states the result's measure, a year or a margin, or the words are in the sentence before
  or after it: "when he lost to Ronald Reagan in 1980"; result_context.py),
  ``subject_types`` / ``object_types`` (entity types allowed), ``ignore_cues`` (nodes that
  belong to the rule, such as the "not" of "should not trust X"), ``subject_of`` (node whose
  clause subject is the relation's subject when there is no ``subject`` node; default
  ``trigger``; "speech" for "X urged voters to vote for Y"), ``object_is`` (the node that is
  the object when it is not a node named ``object``: "trigger" for "my legislation, S. 3661",
  where the possessed noun states authorship and is the bill), ``symmetric`` (the relation
  also holds the other way: "the race between X and Y"), ``imperative`` (the trigger is a
  command inside an attributed quote, "So get out and vote for Roy Moore": the subject is the
  quote's speaker), ``object_conjuncts`` (false: the object's conjuncts are not objects too,
  for a modifier that qualifies one name only: "tea party-backed Greg Brannon and Mark
  Harris"), ``subject_conjuncts`` (false: likewise for the subject, for a modifier set off
  after one name of a list: "Sen. Mike Lee, long critical of Trump, ... as well as X"),
  ``outer_nouns`` (true: a noun trigger that is the "of" or "for" complement of another noun
  takes that noun's cues and its clause's: "fears of Republican opposition", "the prospect of
  GOP support", "the lack of Democratic support", "ground zero for Democratic attacks"; cues.py
  ``modality``), ``implied_object`` (an
  entity type: the object is the document's only entity of that type, for "Sessions recused
  himself" in an article about one investigation; the ``object`` node then marks where),
  ``scheduled`` (a future "will" on a trigger of ``cues_modality.json``'s
  ``scheduled_contest_verbs`` states a contest already set, not an intention: "Walsh will
  challenge Trump", "will face Democrat Alison Lundergan Grimes in November"; GUIDELINES.md),
  ``unless`` (children that cancel a match:
  ``{"node": "trigger", "dep": ["xcomp"], "lower": [...]}``; "challenged Sessions to launch
  an investigation" is no contest; with ``"pobj": "@games"`` only a preposition whose object
  is in the list: "beat me at golf"; with ``"lemma"`` only when the node is one of these
  words: "challenging Trump on the women who accused him" is no contest; with ``"other_than"``
  only a child that is none of these words: "called on the DOE to recuse the law firm" is no
  demand that the DOE step aside, "to recuse himself" is), ``unless_staff_subject`` (no
  match when the clause subject is described as a candidate's staff, ``syntax.staff_described``:
  a bare "rival X" read off "Sanders, who was a senior aide in the Trump campaign, was slamming
  presidential rival Hilary Clinton" is the principal's rival, not the aide's), ``object_named``
  (true: the object is only an entity this sentence names or introduces, never one a generic
  noun, a proxy or a reference resolves to: "Udall proposed legislation that would limit ..."
  is no proposal of the Patriot Act the article named before; ``arguments.named_here``),
  ``object_apart`` (true: the object is no phrase its own clause describes: "hopes of enacting
  major legislation backed by President Trump" names no bill apart from its backer;
  ``arguments.described_by_clause``).
- Any ``"@name"`` string inside the pattern stands for the word list ``name`` of
  ``cues_quotes.json`` (``{"LEMMA": {"IN": "@disparaging"}}``), of ``constructions.json``
  (``"@effort_nouns"``) or of ``predicates_mined.json``
  (the predicates scripts/mine_predicates.py derives from labelled sentences and CAMEO:
  ``"@criticize_dobj"``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from polkg.errors import PolkgError
from polkg.extract.lexicon import word_sets, words
from polkg.extract.quotes import quote_lexicon
from polkg.model import ACTOR_TYPES, RELATIONS

DEFAULT_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "endorses": (ACTOR_TYPES, (*ACTOR_TYPES, "Legislation")),
    # an investigation is criticised as such ("his attacks of the Mueller investigation")
    "criticizes": (ACTOR_TYPES, (*ACTOR_TYPES, "Investigation")),
    # one runs against a candidate or fights a bill, not a country ("opposing America's history")
    "opposes": (ACTOR_TYPES, (*[t for t in ACTOR_TYPES if t != "Country"], "Legislation")),
    "recused_from": (("Person",), ("Investigation",)),
}


@dataclass(frozen=True)
class Rule:
    """One relation rule, as read from a JSONL line."""

    id: str
    relation: str
    pattern: list[dict[str, Any]] | None = None
    regex: re.Pattern[str] | None = None
    confidence: float = 0.8
    anchor: str = "trigger"
    requires_any: frozenset[str] = frozenset()
    result_context: bool = False
    subject_types: tuple[str, ...] = ()
    object_types: tuple[str, ...] = ()
    ignore_cues: tuple[str, ...] = ()
    subject_of: str = "trigger"
    symmetric: bool = False
    imperative: bool = False
    unless: tuple[dict[str, Any], ...] = ()
    object_is: str = "object"
    object_conjuncts: bool = True
    subject_conjuncts: bool = True
    implied_object: str = ""
    scheduled: bool = False
    outer_nouns: bool = False
    unless_staff_subject: bool = False
    object_named: bool = False
    object_apart: bool = False
    source: str = ""

    def cancelled(self, roles: dict[str, Token]) -> bool:
        """Whether a child named by ``unless`` is there: the match says something else."""
        for cond in self.unless:
            node = roles.get(cond.get("node", "trigger"))
            if node is None or ("lemma" in cond and node.lemma_.lower() not in cond["lemma"]):
                continue
            deps, words, objects = cond.get("dep"), cond.get("lower"), cond.get("pobj")
            others = cond.get("other_than", ())
            for child in node.children:
                if (
                    (deps is None or child.dep_ in deps)
                    and (words is None or child.lower_ in words)
                    and child.lower_ not in others
                ):
                    if objects is None or any(
                        p.dep_ == "pobj" and p.lemma_.lower() in objects for p in child.children
                    ):
                        return True
        return False

    def types(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        subj, obj = DEFAULT_TYPES.get(self.relation, (ACTOR_TYPES, ACTOR_TYPES))
        return self.subject_types or subj, self.object_types or obj


# "X called Y 'despicable'", "'This bill is a disgrace,' X said": polarity decides (code)
JUDGED_TYPES = (*ACTOR_TYPES, "Investigation", "Legislation")
CHARACTERIZE_RULE = Rule(
    id="criticize.quote.characterize", relation="criticizes", object_types=JUDGED_TYPES
)
# framed fragments (framed_fragments.py): "X bemoaned Y's 'nasty' remarks" judges Y
FRAMED_RULE = Rule(id="criticize.quote.framed", relation="criticizes")
# testimonials (testimonials.py): a speaker's praise of a named person backs that person
PRAISE_QUOTE_RULE = Rule(
    id="endorse.quote.praise", relation="endorses", confidence=0.75, object_types=("Person",)
)
PRAISE_DESCRIBE_RULE = Rule(
    id="endorse.describe.praise", relation="endorses", confidence=0.75, object_types=("Person",)
)
# answer votes (vote_answers.py): "X, Y and Z voted 'no'" after "Senators voted 92-5 to confirm W"
VOTED_ON_TYPES = (*ACTOR_TYPES, "Legislation")
VOTE_ANSWER_RULES = {
    "opposes": Rule(
        id="oppose.vote.answer", relation="opposes", confidence=0.75, object_types=VOTED_ON_TYPES
    ),
    "endorses": Rule(
        id="endorse.vote.answer", relation="endorses", confidence=0.75, object_types=VOTED_ON_TYPES
    ),
}

# co-sponsorships told without their bill (implied_sponsorship.py): "thank ... Ms. Landrieu for
# co-sponsoring as well", "Senator Pete Domenici was a cosponsor": the measure told just before
IMPLIED_COSPONSOR_RULE = Rule(
    id="endorse.cosponsor.implied",
    relation="endorses",
    confidence=0.75,
    object_types=("Legislation",),
)


def _expand(value: Any, lists: dict[str, frozenset[str]], where: str) -> Any:
    """Replace "@name" by the word list ``name`` (sorted, for a stable pattern)."""
    if isinstance(value, dict):
        return {k: _expand(v, lists, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, lists, where) for v in value]
    if isinstance(value, str) and value.startswith("@"):
        name = value[1:]
        if name not in lists:
            raise PolkgError(f"{where}: unknown word list {value!r}")
        return sorted(lists[name])
    return value


def _measure_act_heads() -> dict[str, frozenset[str]]:
    """``@action_heads``: the nouns that name a measure by its act ("a ban on", "a reduction
    in"; ``descriptive_actors.json``), one list for the entity and the rules that read it."""
    return {"action_heads": frozenset(words("descriptive_actors")["action_heads"])}


def _policy_heads() -> dict[str, frozenset[str]]:
    """``@policy_heads``: the last words of the policy phrases ("control" of "gun control",
    "cuts" of "tax cuts"; ``policy_issues.json``), one list for the entity and the rules."""
    from polkg.extract.policy_issues import policy_heads

    return {"policy_heads": policy_heads()}


def parse_rules(lines: Iterable[str], source: str = "<rules>") -> list[Rule]:
    """Read rules from JSONL lines; blank lines and lines starting with // are skipped."""
    lists = {
        **quote_lexicon(),
        **word_sets("predicates_mined"),
        **word_sets("constructions"),
        **_measure_act_heads(),
        **_policy_heads(),
    }
    rules: list[Rule] = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        where = f"{source}:{n}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PolkgError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(data, dict) or "id" not in data or "relation" not in data:
            raise PolkgError(f"{where}: a rule needs 'id' and 'relation'")
        if data["relation"] not in RELATIONS:
            raise PolkgError(f"{where}: unknown relation {data['relation']!r}")
        pattern = data.get("pattern")
        regex = data.get("regex")
        if (pattern is None) == (regex is None):
            raise PolkgError(f"{where}: a rule needs exactly one of 'pattern' or 'regex'")
        compiled = None
        if regex is not None:
            try:
                compiled = re.compile(regex)
            except re.error as exc:
                raise PolkgError(f"{where}: bad regex ({exc})") from None
            if not {"subject", "object"} <= set(compiled.groupindex):
                raise PolkgError(f"{where}: a regex rule needs groups 'subject' and 'object'")
        else:
            pattern = _expand(pattern, lists, where)
            names = {node.get("RIGHT_ID") for node in pattern}
            if "trigger" not in names or data.get("object_is", "object") not in names:
                raise PolkgError(f"{where}: a pattern needs nodes 'trigger' and 'object'")
        rules.append(
            Rule(
                id=data["id"],
                relation=data["relation"],
                pattern=pattern,
                regex=compiled,
                confidence=float(data.get("confidence", 0.8)),
                anchor=data.get("anchor", "trigger"),
                requires_any=frozenset(w.lower() for w in data.get("requires_any", [])),
                result_context=bool(data.get("result_context", False)),
                subject_types=tuple(data.get("subject_types", ())),
                object_types=tuple(data.get("object_types", ())),
                ignore_cues=tuple(data.get("ignore_cues", ())),
                subject_of=data.get("subject_of", "trigger"),
                symmetric=bool(data.get("symmetric", False)),
                imperative=bool(data.get("imperative", False)),
                unless=tuple(_expand(data.get("unless", []), lists, where)),
                object_is=data.get("object_is", "object"),
                object_conjuncts=bool(data.get("object_conjuncts", True)),
                subject_conjuncts=bool(data.get("subject_conjuncts", True)),
                implied_object=str(data.get("implied_object", "")),
                scheduled=bool(data.get("scheduled", False)),
                outer_nouns=bool(data.get("outer_nouns", False)),
                unless_staff_subject=bool(data.get("unless_staff_subject", False)),
                object_named=bool(data.get("object_named", False)),
                object_apart=bool(data.get("object_apart", False)),
                source=where,
            )
        )
    return rules


def load_rules(paths: Iterable[str | Path] | None = None) -> list[Rule]:
    """The packaged rules (``patterns/relations*.jsonl``), or the rules in ``paths``."""
    if paths is None:
        return list(_packaged_rules())
    rules: list[Rule] = []
    for path in paths:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise PolkgError(f"{p}: cannot read rules ({exc.strerror})") from None
        rules.extend(parse_rules(text.splitlines(), str(p)))
    return rules


@lru_cache(maxsize=1)
def _packaged_rules() -> tuple[Rule, ...]:
    folder = resources.files("polkg.extract").joinpath("patterns")
    rules: list[Rule] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith("relations") and entry.name.endswith(".jsonl"):
            text = entry.read_text(encoding="utf-8")
            rules.extend(parse_rules(text.splitlines(), f"patterns/{entry.name}"))
    return tuple(rules)
