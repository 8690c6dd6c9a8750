"""Census of the `reference` misses of readable gold, by the form that names the missing side
and by what blocks it (session 35).

For each miss that ``error_categories.categorize_miss`` files under ``reference``: the side the
gold evidence does not name, the reference tokens of the evidence (he/she, his/her, they, it,
a definite or possessed description), and what the entity layer made of each: the missing
actor (resolved: the reference is not the blocker), another entity (resolved wrong), or
nothing (not resolved); and, since session 36, what the relation layer's argument resolver
makes of it ("I" and "we" of a quotation or release, "it", a group's "they" are its own), and
the assertions the rules made of the evidence sentence (``fired``), negated and hedged ones
too. Readable gold only; parse cache only, never parses.

    PYTHONPATH=. .venv/bin/python scripts/census_reference_misses.py --gold gold/dev.jsonl \
        [--gold-train ../shared/gold/train.jsonl] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from error_categories import _named_in, _names, _sentence, categorize_miss  # noqa: E402

from polkg.evaluate import assign_splits, corpus_of, load_gold, normalize_name, score  # noqa: E402
from polkg.extract.entities import find_entities  # noqa: E402
from polkg.extract.extractor import Extractor  # noqa: E402
from polkg.extract.relations import _speakers_and_resolver as speakers_and_resolver  # noqa: E402
from polkg.ingest import read_documents  # noqa: E402

PERSONAL = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "themselves"}
FIRST = {"i", "me", "my", "we", "us", "our"}
DETS = {"the", "this", "that", "these", "those"}


def hidden() -> set[str]:
    ids: set[str] = set()
    for path in filter(None, os.environ.get("POLKG_HIDDEN_IDS", "").split(":")):
        ids |= set(Path(path).read_text().split())
    return ids


def form_of(tok) -> str | None:  # type: ignore[no-untyped-def]
    low = tok.lower_
    if low in PERSONAL:
        return "possessive his/her" if tok.dep_ == "poss" or tok.tag_ == "PRP$" else "he/she/him"
    if low in PLURAL:
        return "they/them/their"
    if low in FIRST:
        return "first person"
    if low in {"it", "its"}:
        return "it"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "amod"):
        dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if any(c.lower_ in DETS for c in dets):
            mods = " ".join(t.text for t in tok.doc[dets[0].i + 1 : tok.i])
            return "definite noun" + (" +mods" if mods else "")
        if any(c.dep_ == "poss" for c in dets):
            return "possessed noun"
    return None


def _evidence(text: str, note: str) -> str:
    """The sentence of ``text`` holding the gold note, or one of its quoted fragments (dev's
    notes quote the evidence after a speaker: "Schumer: 'When President Trump says ...'")."""
    flat = " ".join(text.split())
    pieces = [note] + [p for p in re.findall(r"'([^']{15,})'", note)]
    for piece in pieces:
        probe = " ".join(piece.replace("...", "…").split("…")[0].split())[:40]
        if probe and probe in flat:
            return _sentence(text, piece)
    return note


def fired_in(result, why: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Every assertion (edges, negated and hedged ones too) whose evidence sentence overlaps the
    gold evidence: what the rules made of it, to tell what blocks a side already resolved."""
    flat = " ".join(why.split())
    out = []
    for a in result.assertions:
        evidence = " ".join(a.evidence.split())
        if flat[:40] in evidence or evidence[:40] in flat:
            mark = "" if a.positive else (" [negated]" if a.negated else " [hedged]")
            out.append(f"{a.subject} -{a.relation}-> {a.object} ({a.rule}){mark}")
    return out


def entities_in(ents, toks) -> list[str]:  # type: ignore[no-untyped-def]
    """The entities the entity layer found in the evidence, in order, once each."""
    seen: list[str] = []
    for t in toks:
        e = ents.entity_at(t.i)
        if e is not None and e.name not in seen:
            seen.append(e.name)
    return seen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", action="append", required=True)
    ap.add_argument("--gold-train", default="")
    ap.add_argument("--parse-cache", default="out/parse-cache")
    ap.add_argument("--json", type=Path)
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    hide = hidden()
    extractor = Extractor(parse_cache=Path(args.parse_cache))
    rows: list[dict] = []
    docs = {d.id: d for d in read_documents(args.paths) if d.id not in hide}
    for gpath in args.gold:
        gold = load_gold(gpath)
        chosen = [docs[i] for i in gold if i in docs]
        if "train" in gpath:
            parts = assign_splits({d.id: corpus_of(d) for d in chosen}, halves=True)
            chosen = [d for d in chosen if parts[d.id] == "tune-a"]
        chosen = [d for d in chosen if extractor.cache.holds(d.text)]
        for doc, document in extractor.cache.pipe((d.text, d) for d in chosen):
            ents = find_entities(doc, document)
            result = extractor.result(doc, document)
            _quotes, arguments = speakers_and_resolver(doc, ents, document)
            g = gold[document.id]
            report = score({document.id: g}, [result])
            predicted = {
                (normalize_name(g.resolve(a.subject) or a.subject), a.relation,
                 normalize_name(g.resolve(a.object) or a.object))
                for a in result.assertions if a.positive
            }  # fmt: skip
            for miss in report.misses:
                if categorize_miss(g, result, miss, predicted) != "reference":
                    continue
                why = _evidence(document.text, miss.note)
                pattern = r"\s+".join(re.escape(w) for w in why.split())
                m = re.search(pattern, doc.text)
                toks = [t for t in doc if m.start() <= t.idx < m.end()] if m else []
                sides = []
                for side, name in (("subject", miss.subject), ("object", miss.object)):
                    names = _names(g, name)
                    if not _named_in(why, names):
                        sides.append((side, name, names))
                refs = []
                for t in toks:
                    f = form_of(t)
                    if f is None:
                        continue
                    e = ents.entity_at(t.i)
                    # the relation layer's answer too: "I", "we", "it", "they" are its own
                    answers = [a.entity.name for a in arguments.resolve(t)]
                    refs.append((t.i, t.text, f, e.name if e else None, answers))
                for side, name, names in sides:
                    hit = [r for r in refs if r[3] and normalize_name(r[3]) in names]
                    if not hit:
                        # any token (a name variant) resolved to it
                        hit = [
                            (t.i, t.text, "name", ents.entity_at(t.i).name)
                            for t in toks
                            if ents.entity_at(t.i) is not None
                            and {normalize_name(ents.entity_at(t.i).name),
                                 *(normalize_name(a) for a in ents.entity_at(t.i).aliases)} & names
                        ]  # fmt: skip
                    argued = [r for r in refs if any(normalize_name(n) in names for n in r[4])]
                    status = (
                        "resolved"
                        if hit
                        else "resolved by the relation layer"
                        if argued
                        else ("refs wrong/none" if refs else "no ref token")
                    )
                    rows.append({
                        "gold": Path(gpath).name, "doc": document.id, "side": side,
                        "missing": name, "relation": miss.relation,
                        "triple": f"{miss.subject} -{miss.relation}-> {miss.object}",
                        "status": status, "hit": hit[:2],
                        "refs": refs, "why": " ".join(why.split())[:300],
                        "fired": fired_in(result, why), "named": entities_in(ents, toks),
                    })  # fmt: skip
    print(f"{len(rows)} missing sides")
    print(Counter(r["status"] for r in rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=0))


if __name__ == "__main__":
    main()
