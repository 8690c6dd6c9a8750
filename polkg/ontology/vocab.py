"""polkg's vocabulary as Python terms, so code never spells an ontology IRI by hand.

The terms mirror ``polkg.ttl`` one to one (a test checks both directions); a misspelled term
raises ``AttributeError`` because ``_fail`` is set.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

BASE = "https://w3id.org/polkg/"
ENT = Namespace(BASE + "entity/")
DOC = Namespace(BASE + "doc/")


class POL(DefinedNamespace):
    """polkg ontology: political actors, their stances, and the evidence behind each statement."""

    _fail = True
    _NS = Namespace("https://w3id.org/polkg/ontology#")

    # classes of entities (the node ``type`` of the networkx graph)
    Entity: URIRef  # anything polkg keeps a node for
    Person: URIRef  # a human political actor
    Organization: URIRef  # an organisation that is not a party or a government body
    PoliticalParty: URIRef  # a political party
    GovernmentBody: URIRef  # a body of government (department, agency, chamber, court)
    Country: URIRef  # a state or its government acting as one actor
    Office: URIRef  # a public office named as an entity ("Attorney General")
    Investigation: URIRef  # an investigation or inquiry
    Election: URIRef  # an election or primary
    Legislation: URIRef  # a bill, act or law
    Place: URIRef  # a geographical or political place

    # classes of provenance and bookkeeping resources
    Document: URIRef  # one ingested article
    Assertion: URIRef  # one statement of a relation in one sentence of one document
    Edge: URIRef  # the merged relation between two entities, summarising its assertions
    OfficeHolding: URIRef  # a qualified "holds office" statement (title, status, source)
    Dataset: URIRef  # the knowledge graph as a whole (its documents and settings)
    SurnameMention: URIRef  # one document's mention of a person by a bare surname only

    # relations between entities (the stance hierarchy)
    relation: URIRef  # any relation polkg extracts between two entities
    stance: URIRef  # an attitude of one actor towards another
    positiveStance: URIRef  # a favourable stance
    negativeStance: URIRef  # an unfavourable stance
    endorses: URIRef  # publicly supports
    criticizes: URIRef  # publicly finds fault with
    opposes: URIRef  # works or votes against
    recusedFrom: URIRef  # stepped aside from overseeing
    endorsedBy: URIRef  # inverse of endorses
    criticizedBy: URIRef  # inverse of criticizes
    opposedBy: URIRef  # inverse of opposes

    # entity facts
    slug: URIRef  # the entity's stable key (the node key of the networkx graph)
    bioguideId: URIRef  # the Congressional Biographical Directory id
    resolution: URIRef  # "prior" or "surname-only": how a bare surname was resolved
    alternative: URIRef  # label of another person a bare surname of this node could denote
    surnameMention: URIRef  # links a person to a SurnameMention
    surnameAlias: URIRef  # an alias the person has only through its surname mentions
    memberOf: URIRef  # party membership as stated in the text or the gazetteer
    holdsOffice: URIRef  # links a person to an OfficeHolding
    title: URIRef  # the office title of an OfficeHolding ("Attorney General")
    status: URIRef  # "current", "former" or "unknown"
    qualifier: URIRef  # a qualifier of the office as stated ("Alabama")
    mentionedIn: URIRef  # a document that mentions the entity
    name: URIRef  # every name of the entity (label and aliases), for lookups by name

    # assertion and edge facts
    evidence: URIRef  # the evidence sentence
    confidence: URIRef  # extraction confidence in [0, 1]
    start: URIRef  # character offset where the evidence sentence starts
    end: URIRef  # character offset where the evidence sentence ends
    rule: URIRef  # the extraction rule that produced the assertion
    rank: URIRef  # position in an ordered list (evidence of an edge, offices of a person)
    supportedBy: URIRef  # links an Edge to each Assertion behind it
    key: URIRef  # the edge key in the networkx graph (the relation name)
    documentCount: URIRef  # number of distinct documents supporting an edge
    firstDate: URIRef  # date of the earliest supporting document
    lastDate: URIRef  # date of the latest supporting document

    # documents and the dataset
    outlet: URIRef  # the news outlet that published a document
    document: URIRef  # links the Dataset to each of its documents
    extra: URIRef  # attributes with no RDF mapping, kept as JSON so the mapping is lossless
