"""Count stance sentences with an international actor that give no edge, by the link that fails.

Issue 12's cause 1: actors that are not US persons are not actors. In readable text
(``mine_unread_predicates.readable_ids``: audit batches 1-20, dev, tune-a, plus the recall
samples; never tune-b, measure, or a blind or fresh sample's article; parse cache only), for
every stance trigger (a CAMEO support / disapprove / reject verb, ``cameo_verbs.json``, or a
stance word of ``STANCE``) it takes the trigger's arguments from the parse (a verb's subject,
object and prepositional objects; a noun's possessor, nationality modifier, "by"/"from" agent
and "of"/"for"/"against"/"to" target; an adjective's copula subject and "of" object) and asks
whether one of them is international: a country, a capital, a nationality's government or
office ("the Iranian foreign minister", "Chinese officials"), a nationality group ("the
Chinese"), an international body (UN, EU, NATO ...), a party outside the US ("the SNP") or a
person titled with another country's demonym ("Ukrainian President Volodymyr Zelensky"). When
both sides are mentions (an entity, a model entity, a capitalised proper noun, a pronoun) and no
assertion of any polarity comes from the trigger's sentence, the first failing link is counted:
the international side is no actor (by its form), the other side is no actor, the trigger is
read by no rule, or everything is there and the rule does not fire (parse, modality, guard).
``--any`` counts every pair of mentions the same way (the international test dropped);
``--corpora`` limits the run to some inputs (folder names: wikinews, bbc_politics, basil ...).
Session 27's census: docs/wikinews-recall.md "Session 27".

    PYTHONPATH=. .venv/bin/python scripts/count_foreign_stance.py \
        --gold-train ../shared/gold/train.jsonl [--examples 4] [--any] [--corpora wikinews]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from spacy.tokens import Token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_unread_predicates import ROOT, readable_ids, readable_parses, rule_lemmas  # noqa: E402

from polkg.extract.countries import capital_country, country_code, demonym_code  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.lexicon import words  # noqa: E402

CAMEO = words("cameo_verbs")
STANCE = set(CAMEO["support"]) | set(CAMEO["disapprove"]) | set(CAMEO["reject"])
STANCE |= {
    "oppose", "opposition", "opponent", "support", "supporter", "reject", "rejection",
    "condemnation", "criticism", "critic", "critical", "praise", "backing", "backer",
    "endorsement", "denunciation", "accusation", "slam", "blast", "attack", "rebuke",
    "rebuff", "welcome", "warn", "urge", "veto", "sanction", "boycott", "protest",
    "accuse", "condemn", "criticize", "criticise", "denounce", "hail", "blame",
}  # fmt: skip
STANCE -= {"affect", "deal", "admit", "associate", "agree", "argue", "claim", "compete",
           "delay", "fail", "differ", "contrast", "compensate", "correlate", "bargain",
           "barter", "concert", "confess", "confide", "conform", "coordinate", "cooperate",
           "divulge", "haggle", "advertise", "advertize", "expose", "cry", "despair", "defer",
           "contend", "aver", "avow", "allege", "counter", "charge", "challenge", "decline",
           "breach", "defect", "object", "celebrate", "commemorate", "greet", "clap"}  # fmt: skip
READ = rule_lemmas()
ROLE_GROUPS = set(words("governments")["group_heads"])
ROLE_OFFICES = {
    "minister", "president", "premier", "chancellor", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "leader", "king", "queen", "prince", "foreign",
    "secretary", "embassy", "ministry", "military", "army", "forces", "parliament",
    "opposition", "prosecutor", "court", "police", "delegation", "mission", "junta",
}  # fmt: skip
INTERNATIONAL = {
    "UN", "U.N.", "United Nations", "EU", "E.U.", "European Union", "NATO", "African Union",
    "Arab League", "WHO", "World Health Organization", "IAEA", "Security Council",
    "UN Security Council", "U.N. Security Council", "European Commission", "OPEC", "ASEAN",
    "IMF", "World Bank", "International Criminal Court", "ICC", "European Parliament",
    "G7", "G20", "G8", "WTO", "UNESCO", "UNICEF", "Interpol", "European Council",
    "Human Rights Council", "UN Human Rights Council", "Amnesty International",
}  # fmt: skip
FOREIGN_PARTIES = {
    "Labour", "Labour Party", "Tories", "Tory", "Conservative Party",
    "Lib Dems", "Liberal Democrats", "SNP", "Scottish National Party", "UKIP", "Plaid Cymru",
    "Sinn Fein", "Sinn Féin", "DUP", "Likud", "AfD", "CDU", "ANC", "ZANU-PF", "Fidesz",
    "Hamas", "Hezbollah", "Taliban", "Brexit Party", "BNP",
}  # fmt: skip
PRONOUNS = {"he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "we", "i"}
OBJ_PREPS = {"against", "of", "for", "on", "at", "with", "to", "over", "toward", "towards"}


def phrase(tok: Token) -> str:
    """The token with its compound and flat modifiers ("Security Council", "Abu Dhabi")."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in {"compound", "flat"} and child.i < left.i:
            left = child
    start = left.left_edge.i if left.dep_ == "compound" else left.i
    return tok.doc[start : tok.i + 1].text


def modifier_country(tok: Token) -> str | None:
    """A demonym, country or possessed country qualifying a noun ("Russian", "Russia's")."""
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "nmod", "poss"}:
            text = tok.doc[child.left_edge.i : child.i + 1].text
            code = demonym_code(child.text) or country_code(text) or demonym_code(text)
            if code is not None:
                return code
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and country_code(phrase(obj)):
                    return country_code(phrase(obj))
    return None


def international(tok: Token) -> str | None:
    """The international form of an argument token, if any."""
    text = phrase(tok)
    bare = text.removeprefix("the ").removeprefix("The ")
    if bare in INTERNATIONAL or tok.text in INTERNATIONAL:
        return "international body"
    if tok.lower_ == "us" and tok.text != "US":
        return None
    if country_code(text) or (tok.ent_type_ == "GPE" and country_code(tok.text)):
        return (
            "country (USA)"
            if (country_code(text) or country_code(tok.text)) == "USA"
            else "country"
        )
    if tok.ent_type_ == "GPE" and capital_country(text):
        return "capital metonym"
    lemma = tok.lemma_.lower()
    if lemma in {"government", "regime", "administration"} and modifier_country(tok):
        return "named government"
    if tok.lower_ in ROLE_GROUPS and modifier_country(tok):
        return "nationality + group noun (officials)"
    if lemma in ROLE_OFFICES and modifier_country(tok):
        code = modifier_country(tok)
        return "nationality + office noun" + (" (USA)" if code == "USA" else "")
    if tok.ent_type_ == "NORP" and (tok.tag_ in {"NNPS", "NNS"} or tok.pos_ in {"PROPN", "NOUN"}):
        singular = tok.text[:-1] if tok.text.endswith("s") else tok.text
        code = demonym_code(tok.text) or demonym_code(singular)
        if tok.dep_ not in {"amod", "compound"} and code is not None:
            return "nationality group" + (" (USA)" if code == "USA" else "")
    if bare in FOREIGN_PARTIES or tok.text in FOREIGN_PARTIES:
        return "non-US party"
    if tok.ent_type_ == "PERSON":
        for left in tok.doc[tok.left_edge.i : tok.i]:
            code = demonym_code(left.text)
            if code is not None and code != "USA":
                return "foreign person (titled)"
    return None


def arguments(t: Token) -> tuple[list[Token], list[Token]]:
    """The subject-side and object-side argument heads of a stance trigger."""
    subs: list[Token] = []
    objs: list[Token] = []
    if t.pos_ in {"VERB", "AUX"}:
        passive = any(c.dep_ == "nsubjpass" for c in t.children)
        for c in t.children:
            if c.dep_ == "nsubj":
                subs.append(c)
            elif c.dep_ == "nsubjpass":
                objs.append(c)
            elif c.dep_ == "agent":
                subs += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in {"dobj", "obj"}:
                objs.append(c)
            elif c.dep_ == "prep" and c.lower_ in OBJ_PREPS and not passive:
                objs += [g for g in c.children if g.dep_ == "pobj"]
        if not subs and t.dep_ in {"xcomp", "conj", "advcl"}:
            subs += [c for c in t.head.children if c.dep_ == "nsubj"]
    elif t.pos_ == "NOUN":
        for c in t.children:
            if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and international(c)):
                subs.append(c)
            elif c.dep_ == "prep" and c.lower_ in {"by", "from"}:
                subs += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "prep" and c.lower_ in OBJ_PREPS:
                objs += [g for g in c.children if g.dep_ == "pobj"]
        if not subs and t.dep_ in {"dobj", "obj"}:
            subs += [c for c in t.head.children if c.dep_ == "nsubj"]
    elif t.pos_ == "ADJ":
        subs += [c for c in t.head.children if c.dep_ == "nsubj"]
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in OBJ_PREPS:
                objs += [g for g in c.children if g.dep_ == "pobj"]

    def with_conjuncts(toks: list[Token]) -> list[Token]:
        out = list(toks)
        for tok in toks:
            out += [c for c in tok.conjuncts if c.i > tok.i]
        return out

    return with_conjuncts(subs), with_conjuncts(objs)


def is_mention(tok: Token, entities) -> bool:  # type: ignore[no-untyped-def]
    return (
        entities.entity_at(tok.i) is not None
        or tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or (tok.pos_ == "PROPN" and tok.is_title)
        or tok.lower_ in PRONOUNS
        or international(tok) is not None
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold-train", type=Path, required=True)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / "out" / "parse-cache")
    parser.add_argument("--examples", type=int, default=4)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--any", action="store_true", help="count every pair of mentions")
    parser.add_argument("--corpora", nargs="*", help="only these inputs (folder names)")
    args = parser.parse_args()

    # the recall samples are readable; blind (and fresh) samples' articles never counted here
    ids = readable_ids(args.gold_train, samples=True)
    extractor = Extractor(parse_cache=args.parse_cache)
    table: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    rows = []
    ndocs: Counter = Counter()
    if args.corpora:
        for name in ("basil", "newsmtsc", "allsides", "bbc_politics", "senate_press", "wikinews"):
            if name not in args.corpora:
                ids["unread"] |= ids.get(name, set())
                ids[name] = set()
    for path, doc, document in readable_parses(ids, extractor):
        corpus = path.parent.name
        if args.corpora and corpus not in args.corpora:
            if corpus == "newsmtsc":
                break  # the last input: never load its parses for nothing
            continue
        ndocs[corpus] += 1
        entities = find_entities(doc, document)
        assertions = extractor.relations(doc, entities, document)
        asserted = [(a.start, a.end, a.positive) for a in assertions]
        done: set[int] = set()
        for t in doc:
            if t.lemma_.lower() not in STANCE or t.pos_ not in {"VERB", "NOUN", "ADJ"}:
                continue
            sent = t.sent
            if sent.start in done:
                continue
            subs, objs = arguments(t)
            subs = [s for s in subs if is_mention(s, entities)]
            objs = [o for o in objs if is_mention(o, entities)]
            if not subs or not objs:
                continue
            pairs = [
                (s, o)
                for s in subs
                for o in objs
                if args.any or international(s) or international(o)
            ]
            if not pairs:
                continue
            done.add(sent.start)
            s, o = pairs[0]
            foreign, other = (s, o) if international(s) or args.any else (o, s)
            kind = international(foreign) or "-"
            lo, hi = sent.start_char, sent.end_char
            found = [p for a, b, p in asserted if a < hi and b > lo]
            if any(found):
                outcome = "edge"
            elif found:
                outcome = "negated/hedged assertion"
            elif entities.entity_at(foreign.i) is None:
                side = "subject" if args.any else "international side"
                outcome = f"{side} no actor: {kind}" + (
                    f" {foreign.ent_type_ or foreign.pos_}" if args.any else ""
                )
            elif entities.entity_at(other.i) is None:
                other_kind = international(other) or (
                    "pronoun" if other.lower_ in PRONOUNS else f"{other.ent_type_ or other.pos_}"
                )
                outcome = ("object" if args.any else "other side") + f" no actor: {other_kind}"
            elif t.lemma_.lower() not in READ:
                outcome = "trigger read by no rule"
            else:
                outcome = "both actors, rule read: no edge (parse/modality/guard)"
            table[corpus][outcome] += 1
            kinds[corpus][kind] += 1
            key = f"{corpus}|{outcome}"
            text = sent.text.strip().replace("\n", " ")[:220]
            line = f"[{document.id}] {t.lemma_} {foreign.text}/{other.text}: {text}"
            if len(examples[key]) < args.examples:
                examples[key].append(line)
            rows.append({"doc": document.id, "corpus": corpus, "outcome": outcome,
                         "kind": kind, "trigger": t.lemma_, "foreign": foreign.text,
                         "other": other.text, "sentence": text})  # fmt: skip
    outcomes = sorted({k for c in table.values() for k in c}, key=lambda k: -sum(
        c[k] for c in table.values()))  # fmt: skip
    corpora = sorted(table)
    print("documents:", dict(ndocs))
    print("| outcome | " + " | ".join(corpora) + " | all |")
    for k in outcomes:
        cells = [table[c][k] for c in corpora]
        print(f"| {k} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    print("\nkind of the international side (all outcomes):")
    allk = sorted({k for c in kinds.values() for k in c}, key=lambda k: -sum(
        c[k] for c in kinds.values()))  # fmt: skip
    for k in allk:
        print(f"  {k}: " + ", ".join(f"{c} {kinds[c][k]}" for c in corpora))
    for key, lines in sorted(examples.items()):
        print(f"\n{key}")
        for line in lines:
            print("   ", line)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
