"""Experiment (not shipped): judgements in quotations read by a learned target-sentiment model.

"'.@realDonaldTrump saying that he might not accept election results is beyond the pale,'
tweeted Sen. Jeff Flake" criticizes Trump, but no word list of polkg holds "beyond the pale".
For every named actor inside a quotation whose speaker polkg attributes, the NewsMTSC model of
:mod:`polkg.extract.target_sentiment` scores the sentence's sentiment toward that actor; a
confident negative is the speaker's criticism. Questions, and clauses or attributions that are
negated, hedged or demanded, judge nobody (the relation layer's modality reads the clause; this
module reads the attribution). Praise is not read here: the model does not reach the precision
the guidelines' optional ``endorses`` asks for.

Run polkg with the mechanism switched in (the relation layer's ``quoted_blames`` is wrapped so
that its quotations also get the model's judgements):

    python training/quote_sentiment.py [--model DIR] [--threshold P] -- evaluate --tables-only ...

What it measured and why it is not shipped: training/TARGET_SENTIMENT.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spacy.tokens import Doc, Span, Token  # noqa: E402
from target_sentiment import MODEL_DIR, TargetSentiment  # noqa: E402

from polkg.extract import relations  # noqa: E402
from polkg.extract.counterfactuals import quoted_blames  # noqa: E402
from polkg.extract.cues import default_cues, is_question, modality  # noqa: E402
from polkg.extract.judgements import reported_clause  # noqa: E402
from polkg.extract.lexicon import judgement_words  # noqa: E402
from polkg.extract.quotes import (  # noqa: E402
    Disparagement,
    Quote,
    QuoteIndex,
    quote_lexicon,
    quoted_actors,
)
from polkg.model import EntityRecord  # noqa: E402

FIRST_PERSON = frozenset({"i", "we"})
EntityAt = Callable[[int], EntityRecord | None]


def sentiment_judgements(
    doc: Doc, index: QuoteIndex, entity_at: EntityAt, model: TargetSentiment | None = None
) -> list[Disparagement]:
    """Named actors the model reads a confident negative sentiment toward, in the sentence of
    an attributed quotation that names them (the first token of each mention is scored)."""
    found: list[Disparagement] = []
    said_ok: dict[int, bool] = {}
    for q, tok, rec in quoted_actors(doc, index, entity_at):
        if q.attribution is None or (tok.i > q.start and entity_at(tok.i - 1) is rec):
            continue  # later tokens of the same mention
        if q.start not in said_ok:
            said_ok[q.start] = _asserted(q.attribution)
        if not said_ok[q.start] or is_question(tok):
            continue
        end = tok.i + 1
        while end < min(q.end, tok.sent.end) and entity_at(end) is rec:
            end += 1
        mention = doc[tok.i : end]
        if not _judged_role(mention.root, q) or _describes_other(mention.root, q):
            continue
        if model is None:
            model = TargetSentiment.load()
        verdict = model.judgement(mention)
        head = _clause_head(mention.root, q)
        if verdict is not None and verdict[0] == "negative" and _evaluative(head, mention, q):
            found.append(Disparagement(tok, head, q, kind="sentiment"))
    return found


def reported_sentiment(
    doc: Doc, index: QuoteIndex, entity_at: EntityAt, model: TargetSentiment | None = None
) -> list[Disparagement]:
    """The same judgement in reported speech: the complement clause of a speech verb whose
    subject is a named actor ("Hotak also alleged the central government are hiding ...") is
    read as that actor's quotation; names inside quotation marks are the quote path's."""
    speech = quote_lexicon()["speech_verbs"]
    clauses: list[Quote] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech or index.in_quote(verb.i):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        speaker = entity_at(subject.i) if subject is not None else None
        if speaker is None or subject is None:
            continue
        reported = reported_clause(verb, subject, speaker)
        if reported is None or any(index.in_quote(i) for i in range(reported.start, reported.end)):
            continue
        clauses.append(reported)
    return sentiment_judgements(doc, QuoteIndex(doc, clauses, index.text), entity_at, model)


def _asserted(attribution: Token) -> bool:
    """Whether the speech verb states what it reports ("did not say", "may argue" do not)."""
    said = modality(attribution, "criticizes", lexicon=default_cues())
    return not (said.negated or said.hedged or said.demand)


def _describes_other(tok: Token, q: Quote) -> bool:
    """Whether ``tok`` sits in a clause that describes another noun ("the bill that Leader
    McConnell wants to put on the floor, it's not bold"): the sentence judges that noun."""
    node = tok
    for _ in range(12):
        if node.dep_ in {"relcl", "acl"}:
            return True
        if node.head.i == node.i or not q.contains(node.head.i):
            return False
        node = node.head
    return False


def _judged_role(tok: Token, q: Quote) -> bool:
    """Whether ``tok`` is who the clause is about: its subject, the possessor of its subject,
    or the agent of a deed ("an effort by Mitch McConnell"). An object or a place named in
    passing ("sealing from Congress", "in the United States") only shares the sentence."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return tok.dep_ == "nsubj"
    if tok.dep_ == "poss":  # "Flynn's life can be destroyed": the passive subject suffers
        return tok.head.dep_ == "nsubj"
    if tok.dep_ == "pobj" and tok.head.lower_ == "by":
        return not _patient(tok)
    return False


def _patient(tok: Token) -> bool:
    """Whether ``tok`` is what someone else's act befalls ("the environment has prevented the
    Senate from ...", "Comey totally protected Hillary Clinton"): a bad act judges its doer, not
    its object. The speaker's own acts ("I object to the Department") still judge the object."""
    verb, role = tok.head, tok.dep_
    if role == "pobj" and verb.dep_ == "prep" and verb.lower_ != "by":
        verb, role = verb.head, "prep"
    if role not in {"dobj", "dative", "prep"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "Comey lied and leaked and totally protected Clinton"
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(d.i != tok.i and d.lower_ not in FIRST_PERSON for d in doers)


def _evaluative(head: Token, mention: Span, q: Quote) -> bool:
    """Whether the clause about the target holds an evaluative negative word (VADER's, less
    the states and events that judge nobody: :func:`polkg.extract.lexicon.judgement_words`),
    so that the sentence's negativity is the clause's about the target, not a victim's lot
    ("The SDF suffered thousands of casualties") or another clause's."""
    negative, _ = judgement_words()
    return any(
        q.contains(t.i)
        and not mention.start <= t.i < mention.end
        and (t.lower_ in negative or t.lemma_.lower() in negative)
        for t in head.subtree
    )


def _clause_head(tok: Token, q: Quote) -> Token:
    """The verb of the quoted clause ``tok`` is part of, whose modality the judgement takes."""
    node = tok
    for _ in range(12):
        if node.pos_ in {"VERB", "AUX"} and q.contains(node.i):
            return node
        if node.head.i == node.i or not q.contains(node.head.i):
            break
        node = node.head
    return node


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL_DIR)
    parser.add_argument("--threshold", type=float, help="P(negative) to accept (default: metadata)")
    parser.add_argument("--reported", action="store_true", help="also read reported speech")
    parser.add_argument("polkg_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    model = TargetSentiment.load(args.model)
    if args.threshold is not None:
        model.metadata["thresholds"]["negative"] = args.threshold

    def with_sentiment(doc: Doc, index: QuoteIndex, entity_at: EntityAt) -> list[Disparagement]:
        return [
            *quoted_blames(doc, index, entity_at),
            *sentiment_judgements(doc, index, entity_at, model),
            *(reported_sentiment(doc, index, entity_at, model) if args.reported else ()),
        ]

    relations.quoted_blames = with_sentiment  # type: ignore[assignment]
    from polkg.cli import main as polkg_main

    polkg_main([a for a in args.polkg_args if a != "--"])


if __name__ == "__main__":
    main()
