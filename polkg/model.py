"""polkg's data model, shared by every layer: documents in, entities and assertions out.

Every package imports these records downward (model <- ingest <- extract <- graph <- ...), so
the shape of a document, an entity or a `polkg extract` line is defined once, here.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """A cleaned article.

    ``id`` follows DESIGN.md: the record's ``id`` for JSONL/CSV, the file stem for .txt/.html.
    ``text`` is the cleaned body (page artefacts removed); extraction works on it.
    ``offsets`` maps it back to the text as the user gave it (runs of ``(clean_start,
    original_start, original_end)``, see `polkg.ingest.offsets`): the ``start``/``end`` of an
    assertion point into the user's text, not into ``text``. Empty: ``text`` is the original.
    ``aliases`` keeps what cleaning learned from link cards: pairs of (name as shown in the
    text, full name from the card), e.g. ("Jeff Sessions", "Jefferson (Jeff) Beauregard Sessions").
    ``source`` names where it came from (path, and ``:line`` for JSONL/CSV) for error messages.
    """

    id: str
    text: str
    title: str = ""
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    source: str = ""
    aliases: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    offsets: tuple[tuple[int, int, int], ...] = field(default_factory=tuple, repr=False)


RELATIONS = ("endorses", "criticizes", "opposes", "recused_from")

ENTITY_TYPES = (
    "Person",
    "Organization",
    "PoliticalParty",
    "GovernmentBody",
    "Country",
    "Office",
    "Investigation",
    "Election",
    "Legislation",
    "Place",
)

# the types that can hold a stance (subjects of every relation)
ACTOR_TYPES = ("Person", "PoliticalParty", "Organization", "GovernmentBody", "Country")


@dataclass
class Assertion:
    """One relation statement found in one sentence; serialises to a DESIGN.md JSON line."""

    doc: str
    subject: str
    subject_type: str
    relation: str
    object: str
    object_type: str
    evidence: str
    start: int
    end: int
    confidence: float
    negated: bool = False
    hedged: bool = False
    rule: str = ""
    date: str | None = None

    @property
    def positive(self) -> bool:
        """Only asserted, unhedged statements become graph edges."""
        return not (self.negated or self.hedged)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class OfficeHeld:
    """An office a person holds or held, as the text states it ("Former Attorney General")."""

    title: str  # normalised office title, e.g. "Attorney General", "Senator"
    status: str = "current"  # "current" | "former" | "unknown"
    qualifier: str | None = None  # e.g. "Alabama" in "Alabama Sen." when stated


@dataclass
class EntityRecord:
    """One entity of one document, after within-document clustering of its mentions."""

    name: str  # canonical name in this document (DESIGN.md: fullest personal name, no titles)
    type: str  # one of ENTITY_TYPES
    aliases: list[str] = field(default_factory=list)  # every surface form seen, incl. link cards
    offices: list[OfficeHeld] = field(default_factory=list)
    party: str | None = None  # canonical party name when the text states it ("Democratic Party")
    mentions: int = 0


@dataclass
class DocumentResult:
    """Everything extraction learned from one document; the graph merge consumes these."""

    document: Document
    entities: list[EntityRecord]
    assertions: list[Assertion]
