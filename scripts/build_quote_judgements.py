"""Derive the quoted-judgement lexicon (polkg/extract/patterns/quote_judgements.json).

Why: most quoted judgements polkg misses are in words no hand list or VADER rates ("beyond the
pale", "go to hell", "henchmen"). BASIL (Fan et al., EMNLP 2019) marks, in 300 US news
articles, the phrases that judge a named target, with their polarity; NewsMTSC (Hamborg and
Donnay, EACL 2021) rates the sentiment of 9,500 news sentences toward their targets. A phrase
that BASIL's annotators marked as judging someone, that sits inside such a mark wherever it
occurs in BASIL's articles, and that a second article or a negative NewsMTSC sentence attests,
is one speakers use to judge someone.

Kept (negative side): word n-grams (1-4 words) of BASIL's directly aimed negative spans that
  - are found in negative spans of at least one BASIL article and in no positive span,
  - are attested at least ``MIN_ATTESTATIONS`` times, counting BASIL articles with such a span
    and NewsMTSC sentences whose targets are all negative,
  - fall inside a negative span in at least ``MIN_INSIDE`` of their occurrences in BASIL's
    article bodies (a name or a topic word occurs mostly outside the marks),
  - are not found in more NewsMTSC sentences with a positive or neutral target than with a
    negative one,
  - neither start nor end with a function word, and hold no word the source capitalises (names);
single words need ``MIN_ATTESTATIONS_WORD`` (a word is more ambiguous than a phrase). BASIL
articles and NewsMTSC sentences that also occur in polkg's own corpus (``--corpus``) are left
out, so no gold or audit article feeds the list. A reviewed list of exclusions (``EXCLUDED``:
topics, events and feelings that judge nobody) is removed; the output keeps every count.

    python scripts/build_quote_judgements.py /work/shared/labeled/basil \
        /work/shared/labeled/newsmtsc --corpus /work/shared/corpus/*/articles.jsonl
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "polkg/extract/patterns/quote_judgements.json"
MAX_N = 4
MIN_ATTESTATIONS = 2
MIN_ATTESTATIONS_WORD = 3
MIN_INSIDE = 0.5
LABEL_WORDS = 8
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
SPACE = re.compile(r"\s+")
FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for with from as and or but if than that this these those it its
    is are was were be been being am has have had do does did will would can could should may might
    must shall not no n't he she they we you i me him her them us my his their our your who whom
    which what when where why how there here so very too just also all any some more most much such
    about into over up out off then only own same other s t don won said says say""".split()
)
# reviewed (session 13): what BASIL's negative marks hold but that judges nobody by itself: the
# narrator's own verbs of criticism (a relation of the narration, not a label), topics, events,
# moods, amounts and hedges; the words of a multiword entry are joined by "_" here
EXCLUDED = frozenset(
    w.replace("_", " ")
    for w in """
    accusation after_getting aggressively allege another_week assailed attacks_on_our_religious
    bank_accounts barely best_incomplete best_incomplete_statements blow bombshell bragging
    bunch chorus complained condemnation congressional_action country_is_going cry departed
    derided deserve_respect dipped dollar doubled doubled_down doubling_down dress_like
    dress_like_you_deserve enabled_him_to_avoid escalated fabric_of_the_relationship fewer
    fleeing flirted god_help hell heritage hostage implemented incomplete_statements
    inconsistent insist_that_she_made it's_destructive killing knowingly_and_unlawfully
    knowingly_and_unlawfully_lying labeled laden last-ditch leaking least_respect
    least_respect_the_part liberal_attacks like_many like_you_deserve like_you_deserve_respect
    little_class made_at_best made_at_best_incomplete mocking nowhere old-fashioned outrage
    part_you_play personal_bank policy_details prioritize_civil quell rabbit raising_his_voice
    refusal refuses religious_heritage respect_the_part scheme sexual_assault showing_a_little
    showing_a_little_class sick slammed staunchly stomach struggled supposedly swipes takeover
    tear testy theories think_they_re thrown took_a_swipe totally try_showing
    try_showing_a_little two_terms unfairly unpredictable uses utter wasted_no_time went_nowhere
    went_so_far wildly without_congressional without_offering without_providing
    """.split()
)


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _ngrams(tokens: list[str]) -> set[tuple[str, ...]]:
    return {
        tuple(tokens[i : i + n]) for n in range(1, MAX_N + 1) for i in range(len(tokens) - n + 1)
    }


def _in_corpus(text: str, corpus: str) -> bool:
    """Whether a passage (a paragraph, a sentence) also occurs in polkg's corpus."""
    key = SPACE.sub(" ", text).strip()[5:65]
    return len(key) > 40 and key in corpus


def basil(root: Path, corpus: str) -> tuple[list[dict], list[list[str]]]:
    """BASIL's directly aimed spans (article, polarity, words) and the article bodies' tokens,
    without the articles that polkg's corpus also holds."""
    bodies, skip = [], set()
    for path in sorted(root.glob("articles/*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        paras = [" ".join(p) if isinstance(p, list) else p for p in data["body-paragraphs"]]
        if any(_in_corpus(p, corpus) for p in paras):
            skip.add(path.stem)
            continue
        bodies.append(_tokens("\n".join(paras)))
    spans = []
    for path in sorted(root.glob("annotations/*/*_ann.json")):
        article = path.name.rsplit("_", 1)[0]
        if article in skip:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for row in data["phrase-level-annotations"]:
            words = WORD.findall(row["txt"])
            if row["aim"] == "dir" and words:
                label = row["bias"] == "lex" or len(words) <= LABEL_WORDS
                spans.append(
                    {
                        "article": article,
                        "polarity": row["polarity"],
                        "words": words,
                        "label": label,
                    }
                )
    return spans, bodies


def newsmtsc(root: Path, corpus: str) -> list[tuple[list[str], str]]:
    """NewsMTSC sentences (not in polkg's corpus) with their targets' polarity: neg, pos, neu
    or mixed."""
    label = {frozenset({2.0}): "neg", frozenset({6.0}): "pos", frozenset({4.0}): "neu"}
    out = []
    for path in sorted(root.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if _in_corpus(row["sentence_normalized"], corpus):
                continue
            pols = frozenset(t["polarity"] for t in row["targets"])
            out.append((_tokens(row["sentence_normalized"]), label.get(pols, "mixed")))
    return out


def _candidates(spans: list[dict]) -> tuple[dict, dict]:
    """n-gram -> BASIL articles with a negative span holding it; n-gram -> negative spans."""
    articles: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)
    n_spans: dict[tuple[str, ...], int] = collections.Counter()
    positive: set[tuple[str, ...]] = set()
    labels: set[tuple[str, ...]] = set()
    # names: words the spans write capitalised after their first word and never in lower case
    lower = {w for s in spans for w in s["words"] if w.islower()}
    capitalised = {w.lower() for s in spans for w in s["words"][1:] if w[0].isupper()} - lower
    for span in spans:
        grams = _ngrams([w.lower() for w in span["words"]])
        if span["polarity"] == "pos":
            positive |= grams
            continue
        if span["label"]:
            labels |= grams
        for g in grams:
            articles[g].add(span["article"])
            n_spans[g] += 1
    for g in list(articles):
        if (
            g not in labels
            or g in positive
            or g[0] in FUNCTION_WORDS
            or g[-1] in FUNCTION_WORDS
            or any(w in capitalised for w in g)
        ):
            del articles[g]
    return articles, n_spans


def derive(basil_root: Path, newsmtsc_root: Path, corpus: str) -> dict[str, dict]:
    spans, bodies = basil(basil_root, corpus)
    articles, n_spans = _candidates(spans)
    in_bodies: dict[tuple[str, ...], int] = collections.Counter()
    for toks in bodies:
        for n in range(1, MAX_N + 1):
            for i in range(len(toks) - n + 1):
                g = tuple(toks[i : i + n])
                if g in articles:
                    in_bodies[g] += 1
    votes: dict[tuple[str, ...], collections.Counter] = collections.defaultdict(collections.Counter)
    for toks, lab in newsmtsc(newsmtsc_root, corpus):
        for g in _ngrams(toks):
            if g in articles:
                votes[g][lab] += 1
    kept = {}
    for g, arts in sorted(articles.items()):
        need = MIN_ATTESTATIONS_WORD if len(g) == 1 else MIN_ATTESTATIONS
        v = votes[g]
        if " ".join(g) in EXCLUDED:
            continue
        if len(arts) + v["neg"] < need or v["pos"] + v["neu"] > v["neg"]:
            continue
        inside = n_spans[g] / max(in_bodies[g], n_spans[g])
        if inside < MIN_INSIDE:
            continue
        kept[" ".join(g)] = {
            "basil_articles": len(arts),
            "basil_inside": round(inside, 2),
            "newsmtsc": dict(sorted(v.items())),
        }
    return kept


def _lemmas(entries: list[str]) -> dict[str, str]:
    """Multiword entries whose lemmas differ from their words, with those lemmas."""
    from polkg.extract.nlp import load_nlp

    nlp = load_nlp()
    out = {}
    for entry in entries:
        if " " in entry:
            lemmas = " ".join(t.lemma_.lower() for t in nlp(entry))
            if lemmas != entry:
                out[entry] = lemmas
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("basil", type=Path)
    parser.add_argument("newsmtsc", type=Path)
    parser.add_argument("--corpus", type=Path, nargs="*", default=[], help="polkg's articles")
    parser.add_argument("--print", action="store_true", help="print, do not write")
    args = parser.parse_args()
    texts = []
    for path in args.corpus:
        for line in path.read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line).get("text", ""))
    corpus = SPACE.sub(" ", "\n".join(texts))
    kept = derive(args.basil, args.newsmtsc, corpus)
    if args.print:
        for phrase, stats in kept.items():
            print(phrase, stats)
        return
    data = {
        "_doc": " ".join(__doc__.split("\n\n")[1].split()),
        "_lemmas": "each multiword entry in spaCy's lemmas, where they differ ('going to hell' -> "
        "'go to hell'), so another inflection of the phrase matches too",
        "lemmas": _lemmas(sorted(kept)),
        "_source": "BASIL 2nd release (launchnlp/BASIL, commit 4fdbc4f, no licence stated); "
        "NewsMTSC (fhamborg/NewsMTSC, commit b9d9b79, MIT); by scripts/build_quote_judgements.py",
        "negative": sorted(kept),
        "_support": kept,
    }
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(kept)} phrases -> {OUT}")


if __name__ == "__main__":
    main()
