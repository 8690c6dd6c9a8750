"""Syntax helpers both the entity and the relation layer use: who is the subject of a clause.

spaCy's parse gives a verb its explicit subject; these helpers find the implicit ones too
(control: "urged Sessions to recuse", coordination: "X slammed A and praised B", participles:
"a tweet from Trump telling ...", nouns: "his decision to recuse"), the verb governing a token,
a verb's object, and who a speech noun belongs to.
"""

from __future__ import annotations

from spacy.tokens import Token

from polkg.extract.absolute_clauses import absolute_subject
from polkg.extract.lexicon import word_sets
from polkg.extract.token_columns import token_columns

OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj", "oprd"})
_LISTS = word_sets("arguments_words")
# words of criticism or grievance: "anger at Sessions over his recusal", "criticizing his
# decision to recuse": a possessive in what is criticized is rarely the critic's own
GRIEVANCE_WORDS = _LISTS["grievance_words"]
APPRAISAL_VERBS = _LISTS["appraisal_verbs"]
# verbs of asking: their object does what the infinitive says ("urged Sessions to recuse")
OBJECT_CONTROL = _LISTS["object_control"]
# "Kislyak approached Sessions to chat": the "to" clause is the subject's purpose
PURPOSE_VERBS = _LISTS["purpose_verbs"]
# tags of a finite verb, which a bare participle is no conjunct of
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})
# "X joins/enters a field (of candidates) vying for ...": X does what the group does
JOIN_VERBS = _LISTS["join_verbs"]
# "opened the forum with an attack on X": the 'with' object is the subject's own statement
WITH_STATEMENT_VERBS = _LISTS["with_statement_verbs"]
DOCUMENT_NOUNS = _LISTS["document_nouns"]
ISSUING_VERBS = _LISTS["issuing_verbs"]
# "Cruz's bid to secure ...": nouns of an effort whose infinitive is its possessor's act
EFFORT_NOUNS = word_sets("constructions")["effort_nouns"]
_STAFF_NOUNS = word_sets("constructions")["staff_nouns"]
# "the party's biggest donors throwing their support to Bush": nouns of persons, who do what
# their participle says themselves (``entities_words.json`` ``human_nouns``)
_HUMAN_NOUNS = word_sets("entities_words")["human_nouns"]
# "from the moment", "by Friday": nouns of time, which name no actor or bill
TIME_NOUNS = _LISTS["time_nouns"] | _LISTS["weekdays"]


def time_word(tok: Token) -> bool:
    """A word of time ("from the moment", "from the start", "by Friday"), never a voice or a
    bill: a date or time entity, or a noun of time."""
    return tok.ent_type_ in {"DATE", "TIME"} or tok.lemma_.lower() in TIME_NOUNS


def hyphenated(tok: Token) -> str:
    """The lower-cased hyphenated word ``tok`` is a piece of ("ill", "-", "advised" ->
    "ill-advised"), or "" when it is none (read by ``deed_judgements``, ``judgements`` and
    ``persons``)."""
    doc = tok.doc

    def glued(dash: int) -> bool:  # "-" with no space on either side
        return doc[dash].text == "-" and not doc[dash - 1].whitespace_ and not doc[dash].whitespace_

    start = end = tok.i
    while start >= 2 and glued(start - 1):
        start -= 2
    while end + 2 < len(doc) and glued(end + 1):
        end += 2
    return doc[start : end + 1].text.lower() if end > start else ""


def clause_subject(verb: Token, _depth: int = 0) -> tuple[Token | None, bool]:
    """The token that acts as subject of ``verb``, and whether it came by a demand.

    The second value is True when the subject is the object of a verb of asking ("urged
    Sessions to recuse": Sessions is the subject of recuse, but nobody says he did).
    """
    if _depth > 6 or _possessed_noun(verb):
        return None, False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if subjects:
        c = _nearest_subject(subjects, verb)
        if _infinitive_object(c):
            return None, False
        return _asyndetic_subject(c, verb) or _stranded_object(c), False
    for aux in (c for c in verb.children if c.dep_ in {"aux", "auxpass"}):
        for c in aux.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                return c, False  # "how it can be best positioned": "it" hung on "be"
    series = series_subject(verb)
    if series is not None:
        return series, False
    head = verb.head
    if head == verb:
        return None, False
    dep = verb.dep_
    to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if dep == "xcomp" or (dep == "advcl" and to_inf and head.pos_ in {"VERB", "AUX"}):
        effort = _stranded_effort(verb) if to_inf else None
        if effort is not None:
            return _noun_agent(effort, _depth)
        if head.pos_ == "ADJ":
            if head.dep_ == "acomp":
                return clause_subject(head.head, _depth + 1)
            return None, False
        obj = object_of(head)
        if obj is not None and (
            head.lemma_.lower() in OBJECT_CONTROL
            or dep == "xcomp"
            and obj.pos_ != "NOUN"
            and head.lemma_.lower() not in PURPOSE_VERBS
        ):
            return obj, head.lemma_.lower() in OBJECT_CONTROL
        for c in head.children:
            if c.dep_ == "nsubjpass":
                # "Obama is expected to endorse": the passive subject controls
                return c, False
        return clause_subject(head, _depth + 1)
    if dep == "conj" and head.pos_ in {"VERB", "AUX"}:
        return _conjunct_subject(verb, head, _depth)
    if dep in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"}:
        return _noun_clause_subject(verb, head, to_inf, _depth)
    if dep == "advcl" and verb.tag_ in {"VBG", "VBN"} and head.pos_ in {"VERB", "AUX"}:
        if not any(c.dep_ == "mark" for c in verb.children):
            if (absolute := absolute_subject(verb, head)) is not None:
                return absolute, False  # "..., with Mr. Ryan introducing himself, showing ..."
            return clause_subject(_outside_aside(verb, head), _depth + 1)
        return None, False
    if dep == "pcomp" and head.dep_ == "prep":
        return _prepositional_subject(head, _depth)
    return None, False


def _noun_clause_subject(
    verb: Token, head: Token, to_inf: bool, _depth: int
) -> tuple[Token | None, bool]:
    """The subject of a clause ``verb`` heads on the noun ``head`` (``acl``, ``relcl``): an
    infinitive's is the noun's agent ("his decision to recuse"), a participle's the speaker of
    a speech noun ("a tweet from Trump telling ..."), a name's ("Sessions, noting ..."), or the
    subject of a verb of joining ("joins a crowded field vying for ...")."""
    if to_inf:
        return _noun_agent(head, _depth)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "a tweet from Trump telling ...", "Sessions, noting ..."; a person noun is its
        # participle's own subject, and its possessor only whom it serves ("the party's
        # biggest donors throwing their support to Bush", "the nation's top lawyer defending")
        agent = None if head.lower_ in _HUMAN_NOUNS else speech_agent(head)
        if agent is not None:
            return agent, False
        document = addressed_document(head)
        if document is not None:
            # "a memorandum from Lockyer to members of the delegation opposing this
            # legislation": the parser hung the participle on the addressee
            return speech_agent(document), False
        if head.pos_ == "PROPN":
            return head, False
        if head.dep_ in {"dobj", "obj"} and head.head.lemma_.lower() in JOIN_VERBS:
            # "Sessions joins a crowded field vying for the nomination": he vies
            return clause_subject(head.head, _depth + 1)
    return None, False


_DASHES = _LISTS["aside_dashes"]


def series_subject(verb: Token) -> Token | None:
    """The subject of a verb without one that the parser made the head of the verb phrase
    before it: in "Trump has mocked Sessions as 'beleaguered,' said he's 'very disappointed' in
    Sessions, criticized him ...", "mocked" is parsed as what "said" reports, but the two are
    a series of the one subject's verbs. Read so only when ``verb`` reports a clause of its own
    after it and the clause before it has its own subject, is set off by a comma and opens no
    quotation ('"...," said Smith' has a subject); an apposition ending that clause may be the
    speaker ("Mr Howard denied Mr Yeo, his spokesman, said the plans 'stink'"), so none may
    stand in it."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(before) != 1 or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    first, doc = before[0], verb.doc
    subject = next((c for c in first.children if c.dep_ == "nsubj" and c.i < first.i), None)
    k = verb.i - 1
    while k > first.i and doc[k].tag_ == "''":
        k -= 1  # "as 'beleaguered,' said"
    if subject is None or doc[k].text != "," or k <= first.i:
        return None
    if any(t.is_quote for t in doc[verb.sent.start : subject.left_edge.i]):
        return None
    if any(t.dep_ == "appos" for t in doc[first.i : k]):
        return None
    return subject


def _outside_aside(participle: Token, head: Token) -> Token:
    """The verb a participle after a closing dash serves: "McCready has focused on health care
    — the same issue that helped Democrats flip the House — attacking Bishop" (McCready
    attacks; the parser hangs the participle on the aside's verb)."""
    before = participle.i - 1
    if before <= head.i or participle.doc[before].text not in _DASHES:
        return head
    sent = participle.sent
    opening = [t for t in participle.doc[sent.start : head.i] if t.text in _DASHES]
    if not opening or opening[-1].head.pos_ not in {"VERB", "AUX"}:
        return head
    outer = opening[-1].head
    return outer if outer.i < opening[-1].i and outer != head else head


def staff_described(name: Token) -> bool:
    """Whether the text sets a staff noun on ``name`` ("Sanders, who was a senior aide in the
    Trump campaign at the time, ...", "Kellyanne Conway, Trump's campaign manager,", "Trump
    adviser Stephen Miller"): one who works for a principal, no contestant of the principal's
    race (``constructions.json`` ``staff_nouns``)."""
    for c in name.children:
        if c.dep_ in {"appos", "compound"} and c.lemma_.lower() in _STAFF_NOUNS:
            return True
        if c.dep_ == "relcl" and c.lemma_ == "be":
            if any(a.dep_ == "attr" and a.lemma_.lower() in _STAFF_NOUNS for a in c.children):
                return True
    return False


def tweet_signature(name: Token) -> bool:
    """Whether ``name`` signs an embedded tweet ("> Spicer torching his credibility on DAY ONE >
    — Judd Legum (@JuddLegum) January 21, 2017"): the dash before it and the handle in brackets
    after it make it the tweet's author, no apposition to a noun of the tweet."""
    doc = name.doc
    start, end = name.left_edge.i, name.right_edge.i
    handle = any(t.text.startswith("@") and t.i > name.i for t in name.subtree) or (
        end + 2 < len(doc) and doc[end + 1].text == "(" and doc[end + 2].text.startswith("@")
    )
    # the parser may hang the dash on the name itself: then it opens the name's subtree
    dashed = doc[start].text in _DASHES or (start > 0 and doc[start - 1].text in _DASHES)
    return handle and dashed


def in_dash_aside(tok: Token) -> bool:
    """Whether ``tok`` lies between an opening and a closing dash of its sentence, an aside:
    in "His references to racial controversy — think Harvard professor Henry Louis Gates — can
    ignite debates" Gates is no subject of the sentence, whatever the parser hangs him on."""
    sent = tok.sent
    texts = token_columns(tok.doc).text  # (read without a Token per token)
    before = sum(1 for text in texts[sent.start : tok.i] if text in _DASHES)
    return before % 2 == 1 and any(text in _DASHES for text in texts[tok.i + 1 : sent.end])


def _possessed_noun(verb: Token) -> bool:
    """A plural's possessive apostrophe the tagger read as a closing quote makes the possessed
    noun a verb: in "Andy Vidak, on his colleagues’ jabs at Trump", "jabs" is the colleagues'
    noun, no verb of Vidak's (not "... ‘losers’ says Trump", a quotation closing)."""
    i, doc = verb.i, verb.doc
    if verb.tag_ != "VBZ" or i < 2 or doc[i - 1].text not in {"’", "'"}:
        return False
    plural = doc[i - 2]
    opened = any(t.text == "‘" for t in doc[verb.sent.start : i])
    return (
        doc[i - 1].tag_ == "''"
        and plural.tag_ in {"NNS", "NNPS"}
        and not (plural.whitespace_ or opened)
    )


def _nearest_subject(subjects: list[Token], verb: Token) -> Token:
    """Of two subjects the parser gave one verb, the one nearest before it when the other is a
    description split from its name ("civil rights leader the Rev. Jesse Jackson endorsed
    Sanders", "two former candidates -- Sens. Kamala Harris and Cory Booker -- have endorsed
    Biden") or a person in an absolute "with" clause, which never gives the main clause its
    subject ("With the moderator, ABC News' Martha Raddatz, opening the debate ..., Ryan
    criticized"). The first stays when the nearer one follows a conjunction (a list member the
    parser lost: "Rivals including Joe Biden and ... Mike Bloomberg blasted Sanders") or the
    first is another person ("Patrik Jonsson/The Christian Science Monitor Tiffany Cowley
    came ...": a photo credit run into its caption)."""
    before = [c for c in subjects if c.i < verb.i and not c.is_punct]
    if len(before) < 2:
        return before[-1] if before else subjects[0]
    first, nearest = before[0], before[-1]
    edge = nearest.left_edge.i
    if edge > 0 and nearest.doc[edge - 1].pos_ == "CCONJ":
        return first
    absolute = any(c.dep_ == "prep" and c.lower_ == "with" and c.i < first.i for c in verb.children)
    if first.ent_type_ == "PERSON" and not absolute:
        return first
    return nearest


def _asyndetic_subject(subj: Token, verb: Token) -> Token | None:
    """The subject of a clause the parser folded into ``verb``'s subject as a modifier: in
    "the day of the Cohen raid, Trump attacked Rosenstein, bashed the Russia investigation"
    ("attacked" an amod of "Rosenstein", "bashed" the root), Trump bashes, not Rosenstein; a
    finite verb with its own subject is no modifier, so the verbs after it are its asyndetic
    conjuncts."""
    for t in subj.subtree:
        if t.dep_ == "amod" and t.tag_ in FINITE_TAGS and t.i < verb.i:
            inner = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
            if inner is not None:
                return inner
    return None


_INFINITIVE_COMPLEMENTS = frozenset({"dobj", "obj", "ccomp", "xcomp", "attr", "prt"})


def _infinitive_object(subj: Token) -> bool:
    """Whether the parser's subject is the object of an infinitive left without one right
    before it: in "We're prepared to support whoever the candidate is to defeat Trump and his
    agenda ... and our members endorse Elizabeth Warren", "Trump" is what is defeated, and the
    subject it was joined to cannot be told apart."""
    before = subj.left_edge.i - 1
    if before < 0 or subj.head.i < subj.i:
        return False
    verb = subj.doc[before]
    return (
        verb.pos_ == "VERB"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in _INFINITIVE_COMPLEMENTS for c in verb.children)
    )


def _stranded_object(subj: Token) -> Token:
    """The subject the parser gave a clause, unless it is the object of a preposition left
    without one right before it: in "Speaking shortly after McConnell, Senate Minority Leader
    Chuck Schumer called ...", "McConnell" is no subject; the name apposed to it is."""
    before = subj.left_edge.i - 1
    if before < 0:
        return subj
    prep = subj.doc[before]
    if (
        prep.dep_ != "prep"
        or prep.pos_ != "ADP"
        or any(c.dep_ in {"pobj", "pcomp"} for c in prep.children)
    ):
        return subj
    # with no name apposed, the parse is read as it stands
    return next((a for a in subj.children if a.dep_ == "appos" and a.pos_ == "PROPN"), subj)


def _conjunct_subject(verb: Token, head: Token, _depth: int) -> tuple[Token | None, bool]:
    """The subject of a verb coordinated with ``head``: the shared one, or a name before it."""
    if in_dash_aside(head) and not in_dash_aside(verb):
        # "he's the dean of the Ohio delegation — the one from which Jordan also hails — and
        # has worked to support Republicans": a verb after the closing dash is no conjunct of
        # the aside's verb, whatever the parser hangs it on
        return None, False
    small_clause = head.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in head.children)
    if verb.tag_ == "VBG" and (head.tag_ in FINITE_TAGS or small_clause) and not _has_aux(verb):
        # "noting that Comey is no longer director and praising Wray": a bare participle is
        # no conjunct of a finite verb, nor of a causee's participle ("working to get Clinton
        # elected and bashing Trump" is the worker's); it goes with the participle above
        above = next(
            (a for a in head.ancestors if a.tag_ == "VBG" and (small_clause or not _has_aux(a))),
            None,
        )
        return clause_subject(above, _depth + 1) if above is not None else (None, False)
    if (
        (verb.tag_ in {"VBD", "VBZ"} or (verb.tag_ == "VBN" and not _has_aux(verb)))
        and head.tag_ == "VB"
        and head.dep_ in {"ccomp", "xcomp"}
        and head.head.pos_ in {"VERB", "AUX"}
    ):
        # "Biden demanded Congress pass new laws ... and accused Trump": a finite verb is no
        # conjunct of an infinitive; it goes with the verb above ("demanded"; "Trump has
        # tried to restrict ... and denigrated immigrants" is Trump's); nor is a past form the
        # tagger read as a participle, with no auxiliary ("... to address police violence
        # against racial minorities and accused Trump": "accused" as VBN)
        return clause_subject(head.head, _depth + 1)
    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and _content_clause(head):
        # "Ryan confirmed his belief that Russian government interfered and advocated for more
        # sanctions": a verb coordinated with the verb of a noun's "that" clause may go on the
        # clause above as well (Ryan advocated); the parse cannot tell, so it has no subject
        return None, False
    # a shared subject needs a real coordination ("X slammed A and praised B"); a conj
    # arc without "and/but/or" in between is usually a misparsed new clause
    between = verb.doc[head.i + 1 : verb.i]
    if any(_joins_clauses(t) for t in between) or _series_member(verb, head):
        return clause_subject(head, _depth + 1)
    # "after Trump's first attorney general, Jeff Sessions, recused himself": the name
    # right before the verb, set off by commas, is its subject
    k = verb.i - 1
    while k > head.i and verb.doc[k].is_punct:
        k -= 1
    name = verb.doc[k]
    if (
        k > head.i
        and name.pos_ == "PROPN"
        and name.dep_ not in OBJECT_DEPS | {"pobj", "poss"}
        and verb.doc[k + 1].text == ","
    ):
        return name, False
    return None, False


def _series_member(verb: Token, head: Token) -> bool:
    """A middle verb of a series that a coordinator closes: in "mocked Sessions ..., criticized
    him ..., and complained that ...", "criticized" follows a comma and heads the "and" of the
    last verb, so it shares the first verb's subject although no "and" stands before it; not
    when a clause with its own subject stands between ("Pico is supportive of ... while Avila
    supports gun control ..., believes in climate change and opposes Trump": Avila's series)."""
    doc = verb.doc
    own_clause = any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ in {"advcl", "conj", "parataxis"}
        for t in doc[head.i + 1 : verb.i]
    )
    return (
        not own_clause
        and doc[verb.i - 1].text == ","
        and any(c.dep_ == "cc" and c.i > verb.i for c in verb.children)
        and any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in verb.children)
    )


def passive_participle(verb: Token) -> bool:
    """Whether ``verb`` is passive: "was told that ...", or a bare participle "when told that
    Markle backed his rival" (no "have" before it); its subject is whom it was done to, so a
    speech verb's subject is then its hearer, not its speaker."""
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    return verb.dep_ in {"advcl", "acl"} and not _has_aux(verb)


def cut_apposition(subject: Token) -> bool:
    """Whether a subject that opens its sentence is cut off from its verb by a lone comma
    ("John McCain (R-AZ), used her eulogy as a thinly-veiled way to criticize Trump"): a subject
    takes no comma before its verb, so the name is the apposition of a subject cut away (a
    sentence split from its context, as NewsMTSC's), and whose deed it tells is lost. A name
    only, with no verb before the comma (the parser may take a clause for the subject)."""
    if subject.dep_ not in {"nsubj", "nsubjpass"} or subject.left_edge.i != subject.sent.start:
        return False
    doc, comma = subject.doc, subject.right_edge.i  # the parser may hang the comma on it
    if doc[comma].text != ",":
        comma += 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    span = doc[subject.left_edge.i : comma]
    if subject.pos_ != "PROPN" or any(t.text == "," or t.tag_.startswith("VB") for t in span):
        return False  # "Smith, 45, said": a closed pair; "Sessions at first demurred, noting"
    return doc[comma + 1] == subject.head


def cut_participle(subject: Token) -> bool:
    """Whether a name opening its sentence is the subject the parser gave a bare participle
    heading it, a comma between ("Alexandria Ocasio-Cortez over the weekend as a 'pompous little
    twit,' saying ..."): with no finite verb, the verb was cut away with its subject (NewsMTSC),
    and the name is what it took as object. "Trump, speaking in Ohio, said" has its verb."""
    verb = subject.head
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or verb.i < subject.i:
        return False
    if subject.left_edge.i != subject.sent.start or verb.dep_ != "ROOT":
        return False
    if verb.tag_ != "VBG" or _has_aux(verb):
        return False
    return any(t.text == "," for t in subject.doc[subject.i + 1 : verb.i])


def reported_to_hearer(speech: Token, clause: Token) -> bool:
    """Whether a speech verb tells its hearer of someone's deed rather than urging it: the
    speech verb is passive ("when told that Markle backed his rival": Trump heard it), or its
    "that" clause has a named subject of its own and an indicative verb ("told reporters that
    Markle backed Clinton"), not a modal or a subjunctive ("told voters they should back
    Moore", "urged that the Senate confirm him"); "I do not support ...," she said" is hers."""
    if passive_participle(speech):
        return True
    if clause.dep_ != "ccomp" or not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PROPN" for c in clause.children
    ):
        return False
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return clause.tag_ in {"VBD", "VBZ", "VBP"} or bool(auxes)


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _joins_clauses(tok: Token) -> bool:
    """A coordinator between two verbs, not one that joins two nouns: in "She has maintained
    her innocence and her parents ... have vocally criticized", "and" joins the nouns, and the
    parents, not she, criticize."""
    if not (tok.dep_ == "cc" or tok.lower_ in {"and", "but", "or", "then"}):
        return False
    return not (tok.dep_ == "cc" and tok.head.pos_ in {"NOUN", "PROPN", "PRON"})


def _prepositional_subject(head: Token, _depth: int) -> tuple[Token | None, bool]:
    """The subject of a gerund under the preposition ``head``: "attacked Sessions for recusing"."""
    gov = head.head
    if gov.pos_ in {"VERB", "AUX"}:
        obj = object_of(gov)
        if obj is None:
            obj = _complement_object(gov, head)
        if head.lower_ in {"for", "of", "into"} and obj is not None:
            # "attacked Sessions for recusing himself": Sessions recused; "accused Mr. Obama
            # of being too critical of Israel": Obama is the one said to be critical;
            # "coerce Manchin into voting against Kavanaugh": Manchin votes
            return obj, False
        return clause_subject(gov, _depth + 1)
    if gov.pos_ == "PROPN" and head.lower_ == "for":
        return gov, False  # "(Trump berated) Sessions for recusing himself"
    if gov.pos_ == "NOUN":
        return _noun_agent(gov, _depth)
    if gov.pos_ == "ADJ" and head.lower_ == "for":
        # "angry with Sessions for recusing himself"
        for c in gov.children:
            if (
                c.dep_ == "prep"
                and c.lower_ in {"with", "at"}
                and (obj := prep_object(c)) is not None
            ):
                return obj, False
    return None, False


def _complement_object(gov: Token, prep: Token) -> Token | None:
    """The object of a complement verb that ends right before ``prep`` when the parser hung the
    preposition on the verb above it: in "went on to attack Sessions -- his own appointee --
    for recusing himself", "for" belongs to "attack", and Sessions recused."""
    for c in gov.children:
        if c.dep_ not in {"xcomp", "advcl"} or not c.i < prep.i:
            continue
        gap = c.doc[c.right_edge.i + 1 : prep.i]
        if all(t.is_punct for t in gap) and (obj := object_of(c)) is not None:
            return obj
    return None


def _stranded_effort(verb: Token) -> Token | None:
    """A possessed effort noun right before the infinitive's "to" whose infinitive the parser
    hung on a verb above: "driven by Cruz's bid to secure enough delegates to wrest the
    nomination from Trump" (Cruz secures and wrests, not the affairs "driven")."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    noun = verb.doc[to.i - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in EFFORT_NOUNS or verb.head == noun:
        return None
    if not any(c.dep_ == "poss" or _apostrophe_possessor(c, noun) for c in noun.children):
        return None
    return noun


def _noun_agent(noun: Token, depth: int) -> tuple[Token | None, bool]:
    """Who does what a noun names: "his decision to", "the first senator to", "a bid to"."""
    if noun.lemma_.lower() in GRIEVANCE_WORDS:
        # "Trump's fury at Sessions for recusing himself": the one it is aimed at
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in {"at", "with", "toward", "towards"}:
                return prep_object(c), False
        return None, False
    for c in noun.children:
        if c.dep_ == "poss" or _apostrophe_possessor(c, noun):
            return c, False
    if noun.head.lemma_.lower() in GRIEVANCE_WORDS or (
        noun.head.dep_ == "prep" and noun.head.head.lemma_.lower() in GRIEVANCE_WORDS
    ):
        return None, False  # "complained about the decision to recuse": not the complainer's
    if noun.dep_ == "attr" and noun.head.pos_ in {"VERB", "AUX"}:
        return clause_subject(noun.head, depth + 1)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in APPRAISAL_VERBS:
        return None, False  # "described the use of ... to attack Trump as sour grapes"
    if noun.dep_ == "appos":
        return noun.head, False
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        return clause_subject(noun.head, depth + 1)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        gov = noun.head.head
        if gov.pos_ in {"VERB", "AUX"}:
            obj = object_of(gov)
            if obj is not None and noun.head.lower_ == "for":
                # "backing Gideon for the nomination to take on Collins": Gideon runs
                return obj, False
            return clause_subject(gov, depth + 1)
    return None, False


def _apostrophe_possessor(tok: Token, noun: Token) -> bool:
    """A name the parser took for a modifier though a bare apostrophe marks it possessive
    ("Jeff Sessions’ decision to recuse himself": "Sessions" as nmod, "’" as its case)."""
    nxt = tok.nbor() if tok.i + 1 < noun.i else None
    return (
        tok.dep_ in {"nmod", "compound"}
        and tok.pos_ == "PROPN"
        and nxt is not None
        and nxt.text in {"’", "'"}
    )


def governing_verb(tok: Token) -> Token | None:
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"}:
            return anc
    return None


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition ("with [Sessions]"), or None when the parser left it out."""
    return next((p for p in prep.children if p.dep_ == "pobj"), None)


def object_of(verb: Token) -> Token | None:
    """The verb's object; a subordinating conjunction the parser labelled one (the "that" of
    "so concerned ... that he spent a lot of money urging ...") names nobody."""
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS and c.pos_ != "SCONJ":
            return c
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on" and (obj := prep_object(c)) is not None:
            return obj
    return None


def speech_agent(noun: Token) -> Token | None:
    """Who a speech noun belongs to: "Trump's tweet", "a tweet from Trump", "criticism by X"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if (
            c.dep_ in {"prep", "agent"}
            and c.lower_ in {"from", "by"}
            and (obj := prep_object(c)) is not None
        ):
            return obj
        if c.dep_ == "acl" and c.tag_ == "VBN":
            # "the letters sent by Senators Feinstein and Boxer", "a statement issued by X"
            for a in c.children:
                if a.dep_ == "agent":
                    return prep_object(a)
    return with_statement_subject(noun) or issued_by(noun)


def addressed_document(noun: Token) -> Token | None:
    """The document ``noun`` is (part of) the addressee of: "a memorandum from Lockyer to
    members of the California delegation", "sent a letter to members of the committee"
    (``document_nouns``); None when ``noun`` is no addressee."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "members of the delegation": the members
    if noun.dep_ != "pobj":
        return None
    return _document_sent_to(noun.head)


def addressed_gerund(subject: Token) -> Token | None:
    """The document whose addressee the parser made the subject of a gerund after "to": in
    "Cantwell sent a letter today to President Bush asking that he ..." Bush is asked, the
    letter asks (and its sender speaks, ``speech_agent``); None when ``subject`` is no such
    addressee."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    return _document_sent_to(verb.head)


def speaking_subject(subject: Token) -> Token | None:
    """Who speaks for a speech verb's ``subject``: the subject itself, but for a letter's
    addressee the parser made a gerund's subject the letter's sender (``addressed_gerund``,
    ``speech_agent``; None when the letter names no sender)."""
    document = addressed_gerund(subject)
    return subject if document is None else speech_agent(document)


def _document_sent_to(prep: Token) -> Token | None:
    """The document a "to" phrase gives the addressee of: "a memorandum ... to members",
    "sent a letter to members of ...", "a memo Barr wrote last year to Rosenstein"."""
    if prep.lower_ != "to" or prep.dep_ not in {"prep", "dative"}:
        return None
    holder = prep.head
    if holder.pos_ == "NOUN" and holder.lemma_.lower() in DOCUMENT_NOUNS:
        return holder
    if holder.pos_ == "VERB":  # "sent a letter to members of ...": the verb's document
        sent = next(
            (
                c
                for c in holder.children
                if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in DOCUMENT_NOUNS
            ),
            None,
        )
        written = holder.head  # "a memo Barr wrote last year to Rosenstein calling ...": the
        if sent is None and holder.dep_ == "relcl" and written.pos_ == "NOUN":  # antecedent
            return written if written.lemma_.lower() in DOCUMENT_NOUNS else None
        return sent
    return None


def issued_by(noun: Token) -> Token | None:
    """Who issues the document ``noun`` is the object of: "The NAACP issued a statement
    condemning Trump", "Trump took out an advertisement that was critical of Reagan"
    (``document_nouns``, ``issuing_verbs``); never by a demand ("urged him to send a letter")."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "obj"} or noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemma = verb.lemma_.lower()
    if lemma not in ISSUING_VERBS and not any(f"{lemma} {p}" in ISSUING_VERBS for p in particles):
        return None
    subj, demand = clause_subject(verb)
    return None if demand else subj


def document_agent(tok: Token) -> Token | None:
    """The author a document noun speaks for when it is a clause's subject: "a statement from
    the NAACP condemned Trump", "Trump's new ad attacked Clinton", "an advertisement that was
    critical of Reagan" (the relative pronoun's antecedent); None for any other word."""
    if tok.lower_ in {"that", "which"} and tok.head.dep_ == "relcl":
        tok = tok.head.head
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    return speech_agent(tok)


def with_statement_subject(noun: Token) -> Token | None:
    """The speaker of a statement noun a verb of opening or answering takes with "with":
    "Fox opened the forum with an attack on Labour", "responded with a speech criticising"."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in WITH_STATEMENT_VERBS:
        return None
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None  # "Y was hit with criticism": Y is its target, not its author
    subj, demand = clause_subject(verb)
    return None if demand else subj


# "accused Yovanovitch of making ...": the phrase that gives the charge after the object
CHARGE_PREPOSITIONS = _LISTS["charge_prepositions"]


def past_charge(obj: Token) -> bool:
    """A direct object the parser hung on a verb past the verb's own charge phrase, after a
    first direct object: "accused Yovanovitch of making each country that she served in -- for
    instance Somalia -- worse", "accused Letwin of plotting cuts that were the equivalent of
    sacking every teacher, GP and nurse": the accused comes before "of", so a noun after it is
    the charge clause's (``CHARGE_PREPOSITIONS``), not a second target of the verb."""
    if obj.dep_ not in {"dobj", "obj"}:
        return False
    verb = obj.head
    charges = [c.i for c in verb.children if c.dep_ == "prep" and c.lower_ in CHARGE_PREPOSITIONS]
    firsts = [c.i for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i < obj.i]
    return any(f < p < obj.i for f in firsts for p in charges)


def gapped_clause(obj: Token) -> frozenset[int]:
    """The tokens of a gapped clause next to a prepositional object: a preposition repeated on
    the same head after a conjunct of its first object starts a clause whose verb and head are
    left out ("Rick Scott in his race against Bill Nelson and Martha McSally against Kyrsten
    Sinema": McSally runs against Sinema, not Scott against either); the conjunct and the
    repeated preposition's phrase are that clause. A range keeps its members ("flocked to
    Clinton ..., from Obama to Warren": no conjunct before the second "to")."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.dep_ != "prep" or prep.head == prep:
        return frozenset()
    same = [c for c in prep.head.children if c.dep_ == "prep" and c.lower_ == prep.lower_]
    if len(same) < 2:
        return frozenset()
    first = prep_object(same[0])
    if first is None:
        return frozenset()
    gapped = [c for c in first.conjuncts if first.i < c.i < same[1].i]
    if not gapped:
        return frozenset()
    return frozenset(t.i for c in [*gapped, *same[1:]] for t in c.subtree)


def _content_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a "that" clause telling a noun's content ("his belief that ...")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
