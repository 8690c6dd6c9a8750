"""The one pass in document order that resolves every reference of the entity layer.

Each token that can refer (a party description, a bare name, a title, a definite noun, a
personal or relative pronoun) is asked of its resolver in document order, and every answer is
recorded before the next token is read, so that later references build on earlier ones
("Sessions ... he ... his"; "the president" once the text named him). The resolvers themselves
are their own modules (``names.py``, ``descriptions.py``, ``title_descriptions.py``,
``party_references.py``, ``references.PronounReferences``); this module only orders them and
records what they find.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from polkg.extract.descriptions import DescriptionReferences
from polkg.extract.handles import Handles
from polkg.extract.mentions import DocState, Owner
from polkg.extract.names import BareNames, NameReferences
from polkg.extract.party_references import PartyReferences
from polkg.extract.persons import Offices, PersonClusters
from polkg.extract.references import PronounReferences
from polkg.extract.role_descriptions import RoleDescriptions, role_nouns
from polkg.extract.syntax import in_dash_aside
from polkg.extract.title_descriptions import TitleDescriptions
from polkg.extract.token_columns import token_columns


@dataclass(frozen=True)
class Resolvers:
    """The components the document-order pass asks (and the person steps it extends)."""

    clusters: PersonClusters
    offices: Offices
    descriptions: DescriptionReferences
    bare: BareNames
    names: NameReferences
    titles: TitleDescriptions
    roles: RoleDescriptions
    definite: PartyReferences
    pronouns: PronounReferences
    handles: Handles


class EntityReferences:
    """One pass in document order resolving every reference (see ``scan``), asking each
    resolver in turn: party descriptions, bare names, titles (plain, then qualified), definite
    nouns, pronouns, relative pronouns, handles."""

    def __init__(self, state: DocState, resolvers: Resolvers) -> None:
        self.state = state
        self.clusters = resolvers.clusters
        self.offices = resolvers.offices
        self.descriptions = resolvers.descriptions
        self.bare = resolvers.bare
        self.names = resolvers.names
        self.titles = resolvers.titles
        self.roles = resolvers.roles
        self.definite = resolvers.definite
        self.pronouns = resolvers.pronouns
        self.handles = resolvers.handles

    def scan(self) -> None:
        """One pass in document order: bare names, 'the president', 'the probe', pronouns.

        Every resolution is available to the ones after it ("Sessions ... he ... his").
        """
        doc = self.state.doc
        definite = self.state.words["definite_references"]
        def_nouns: dict[str, dict[str, str]] = definite
        parsed = doc.has_annotation("DEP")  # pronouns need the parse; a bare Doc has none
        pronouns = self.state.words["pronoun_gender"] if parsed else {}
        relatives = set(self.state.words["relative_pronouns"]) if parsed else set()
        roles = role_nouns() if parsed else frozenset()
        if not parsed:
            def_nouns = {}
        known = sorted((st, ref) for st, _en, ref in self.state.mentions)
        ki = 0
        recent = self.state.recent  # person -> last token mentioning it
        recent_person: list[tuple[int, int]] = []  # (token, person) in order
        subjects: dict[int, int] = {}  # sentence start -> its person subject (outside quotes)
        for i in self._visited(set(def_nouns) | set(pronouns) | relatives | roles):
            tok = doc[i]
            while ki < len(known) and known[ki][0] <= i:
                pos, ref = known[ki]
                if ref.is_person:
                    recent[ref.person] = pos
                    recent_person.append((pos, ref.person))
                ki += 1
            if parsed and self._described(i, recent_person, subjects):
                continue  # "the California Republican"
            owner = self.state.owner[i]
            if owner is not None:
                if owner.is_person:
                    self._note_subject(tok, owner.person, subjects)
                continue
            low = tok.lower_
            bare = self.bare.bare_name(tok, recent)
            if bare is not None:
                self._bare_mention(tok, bare, recent_person, subjects)
                continue
            sp = self.state.span_at[i]
            if sp is not None and sp.label_ == "TITLE" and sp.start == i:
                self._title(sp, parsed, recent_person, subjects)
                continue
            if "@" in low and (handled := self.handles.handle(tok)) is not None:
                # ".@realDonaldTrump saying that he might not accept ...": a person named
                self._resolve(i, i + 1, handled, recent_person, alias=None)
                self._note_subject(tok, handled, subjects)
                continue
            if low in def_nouns and tok.pos_ == "NOUN":
                self._definite(tok, def_nouns[low])
                continue
            if low in roles and tok.pos_ == "NOUN" and sp is None:
                self._role(tok, (0, 0), recent_person, subjects)
                continue
            if low in pronouns and tok.tag_ in ("PRP", "PRP$"):
                referent = self.pronouns.pronoun(tok, pronouns[low], recent_person, subjects)
                if referent is not None:
                    self._resolve(i, i + 1, referent, recent_person, alias=None)
                    self._note_subject(tok, referent, subjects)
                continue
            if low in relatives and tok.tag_ in ("WP", "WP$"):
                head = self.names.relative(tok)
                if head is not None:
                    self._resolve(i, i + 1, head, recent_person, alias=None)
        for pos, ref in known[ki:]:  # the mentions after the last token visited
            if ref.is_person:
                recent[ref.person] = pos

    def _title(
        self, sp: Span, parsed: bool, recent_person: list[tuple[int, int]], subjects: dict[int, int]
    ) -> None:
        """Resolve the title span ``sp`` ("the president", "the Vermont senator") to the person
        who holds it, with its article or "former" as the alias."""
        doc = self.state.doc
        held, start = self.names.title_reference(sp), self.offices.title_of(sp)[1]
        if held is None and parsed:
            # "the Vermont senator", "his attorney general": a title holder named before
            held, start = self.titles.title_description(sp, recent_person) or (None, start)
        if held is None:
            if parsed:  # "the Senate candidate": a title that is a role the text gave
                self._role(sp.root, (sp.start, sp.end), recent_person, subjects)
            return
        while start > 0 and doc[start - 1].lower_ in ("the", "former"):
            start -= 1
        self._drop_parties(start, sp.start)  # "The Republican president": no party mention
        alias = doc[start : sp.end].text
        self._resolve(start, sp.end, held, recent_person, alias=alias)
        # "The president later tweeted ... 'X,' he wrote": a subject all the same
        self._note_subject(sp.root, held, subjects)

    def _role(
        self,
        head: Token,
        own: tuple[int, int],
        recent_person: list[tuple[int, int]],
        subjects: dict[int, int],
    ) -> None:
        """Resolve a role noun ("the nominee", "the California lawmaker") to the one person the
        text gave that role; a party word inside it is the description's, no party mention."""
        found = self.roles.role_description(head, own)
        if found is None:
            return
        k, start = found
        self._drop_parties(start, head.i)
        self._resolve(start, head.i + 1, k, recent_person, alias=None)
        self._note_subject(head, k, subjects)

    def _drop_parties(self, start: int, end: int) -> None:
        """Forget the party mentions between ``start`` and ``end``: the party word of a
        description resolved to a person is the description's ("the Republican nominee")."""
        for i in range(start, end):
            sp = self.state.span_at[i]
            if sp is not None and sp.label_ == "PARTY" and sp.start == i:
                self.descriptions.drop_party_mention(sp)

    def _definite(self, tok: Token, spec: dict[str, str]) -> None:
        """Resolve a definite noun ("the party", "the probe") to the entity it refers back to,
        with the noun and its phrase (up to ten tokens) as aliases."""
        named = self.definite.definite_reference(tok, spec)
        if named is None:
            return
        i, doc = tok.i, self.state.doc
        self.state.owner[i] = Owner.of_other(named)
        self.state.mentions.append((i, i + 1, Owner.of_other(named)))
        right = max([tok.i] + [c.right_edge.i for c in tok.children if c.dep_ == "prep"])
        phrase = doc[tok.left_edge.i : right + 1]
        aliases = self.state.others[named].aliases
        for alias in (tok.text, phrase.text if len(phrase) <= 10 else ""):
            if alias and alias not in aliases:
                aliases.append(alias)

    def _visited(self, resolvable: set[str]) -> Iterator[int]:
        """The tokens ``scan`` must look at, in order: every other token has no owner, is in
        no span, is none of the ``resolvable`` words and can be no bare name (asked when the
        pass reaches the token, since resolving one token may give later ones an owner or the
        document a new surname); read from the token columns, without a ``Token``."""
        columns = token_columns(self.state.doc)
        texts, lowers = columns.text, columns.lower
        span_at, owner = self.state.span_at, self.state.owner
        by_surname, by_given = self.state.by_surname, self.state.by_given
        particles = self.state.words["name_particles"]
        last = len(texts) - 1
        for i, low in enumerate(lowers):
            if (
                span_at[i] is None
                and owner[i] is None
                and low not in resolvable
                and (i == last or texts[i + 1] != "-")  # "Ocasio-Cortez": ``bare_name`` reads on
                and "@" not in low  # a handle: ``handles``
            ):
                word = texts[i].lower()
                if word not in by_surname and word not in by_given:
                    if i == last or low not in particles or lowers[i + 1] not in by_surname:
                        continue  # (a particle before a known surname: "La Riva")
            yield i

    def _bare_mention(
        self,
        tok: Token,
        bare: tuple[int, int],
        recent_person: list[tuple[int, int]],
        subjects: dict[int, int],
    ) -> None:
        """Record a bare name's person; count a bare surname no title or honorific decided
        (``bare_uses``: the bearer the text calls by the bare surname), once the text named
        that bearer: a headline's "Trump" read forward as the one Trump named in full later
        is a guess, not the text's usage."""
        i, (k, end) = tok.i, bare
        introduced = self.state.persons[k].first_token
        if (
            tok.lower_ == self.state.persons[k].surname.lower()
            and introduced < i
            and self.state.span_ending.get(i) is None
            and not (i > 0 and self.state.doc[i - 1].lower_ in self.state.words["honorific_gender"])
        ):
            self.state.bare_uses[k] = self.state.bare_uses.get(k, 0) + 1
        self.clusters.add_person_mention(i, end, k)
        if i < introduced < self.state.n:
            # a headline's guess at a person the text names only further on introduces nobody:
            # the bearer named first stays the one news keeps the bare surname for
            self.state.persons[k].first_token = introduced
        mention = self.offices.attach_titles([self.state.mentions.pop()])[0]
        self.state.mentions.append(mention)
        self.state.recent[k] = mention[0]
        recent_person.append((mention[0], k))
        self._note_subject(tok, k, subjects)

    def _described(self, i: int, recent: list[tuple[int, int]], subjects: dict[int, int]) -> bool:
        """Resolve a party description starting at token ``i`` to a person, if it is one."""
        sp = self.state.span_at[i]
        if sp is None or sp.label_ != "PARTY" or sp.start != i:
            return False
        described = self.descriptions.party_description(sp, recent, subjects)
        if described is None:
            return False
        k, end = described
        self.descriptions.drop_party_mention(sp)
        self._resolve(i, end, k, recent, alias=None)
        self._note_subject(self.state.doc[end - 1], k, subjects)
        return True

    def _note_subject(self, tok: Token, k: int, subjects: dict[int, int]) -> None:
        """Remember a sentence's person subject; the main clause's subject wins."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.state.quoted[tok.i]:
            return  # (an unparsed Doc has no dependencies, so nothing is noted)
        if in_dash_aside(tok):
            return  # "His references — think Henry Louis Gates — can ignite": not Gates
        sent = tok.sent
        if tok.head.i == sent.root.i:
            subjects[sent.start] = k
        else:
            subjects.setdefault(sent.start, k)

    def _resolve(
        self, start: int, end: int, k: int, recent: list[tuple[int, int]], alias: str | None
    ) -> None:
        for i in range(start, end):
            self.state.owner[i] = Owner.of_person(k)
        self.state.mentions.append((start, end, Owner.of_person(k)))
        recent.append((start, k))
        self.state.recent[k] = start
        if alias and alias not in self.state.persons[k].aliases:
            self.state.persons[k].aliases.append(alias)
