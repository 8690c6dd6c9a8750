"""Neo4j import files: ``nodes.csv`` and ``relationships.csv`` with neo4j-admin headers, and
``import.cypher``, a LOAD CSV script that loads the same files into a running database.

Bulk import into an empty database (files in the folder neo4j-admin is run from), with no option
beyond the files: the arrays use neo4j-admin's default array delimiter ``;``::

    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j

Or, with the files in Neo4j's ``import`` folder, run ``import.cypher`` (cypher-shell -f
import.cypher, or paste it into the Browser). Every actor is an ``:Actor`` with a label for its
type (``:Person``, ``:PoliticalParty``...); relations are ``CRITICIZES``, ``ENDORSES``, ``OPPOSES``,
``RECUSED_FROM`` with the number of documents, confidence, ISO dates and evidence sentences.
neo4j-admin has no escape for the array delimiter, so a ``;`` inside an item (an evidence
sentence's own semicolon) is written as the fullwidth ``；`` (U+FF1B), which neo4j-admin keeps and
``import.cypher`` turns back into ``;``. neo4j-admin reads a field on one line only (without
``--multiline-fields``), so a line break inside a value is written as a space. Plain Cypher only,
no APOC.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from polkg.exports.summary import canonical, edge_fields, edges, iso_date, node_fields
from polkg.exports.tables import csv_text, write_folder

__all__ = ["NODE_HEADER", "RELATIONSHIP_HEADER", "generate_neo4j", "write_neo4j"]

ARRAY = ";"  # neo4j-admin's default --array-delimiter, also between labels
IN_ITEM = "\uff1b"  # what an item's own ";" becomes (fullwidth semicolon)
NODE_HEADER = [
    "id:ID", ":LABEL", "name", "type", "party", "wikidata", "bioguide", "resolution",
    "aliases:string[]", "offices:string[]", "documents:string[]", "n_documents:int",
]  # fmt: skip
RELATIONSHIP_HEADER = [
    ":START_ID", ":END_ID", ":TYPE", "relation", "n_documents:int", "confidence:float",
    "first_date:date", "last_date:date", "evidence:string[]", "documents:string[]",
]  # fmt: skip


def relationship_type(relation: str) -> str:
    """``recused_from`` -> ``RECUSED_FROM`` (Neo4j's convention for relationship types)."""
    return relation.upper()


def generate_neo4j(g: nx.MultiDiGraph) -> dict[str, str]:
    """File name -> text: ``nodes.csv``, ``relationships.csv``, ``import.cypher``."""
    g = canonical(g)
    nodes = []
    for n in g:
        f = node_fields(g, n)
        row = {h: _cell(f.get(h.split(":")[0])) for h in NODE_HEADER}
        labels = ["Actor", str(f["type"])] if f["type"] else ["Actor"]
        row.update({"id:ID": _cell(n), ":LABEL": ARRAY.join(labels)})  # split like arrays
        row["name"] = _cell(f["label"])
        nodes.append(row)
    rows = []
    for u, v, relation, d in edges(g):
        f = edge_fields(g, relation, d)
        row = {h: _cell(f.get(h.split(":")[0])) for h in RELATIONSHIP_HEADER}
        row.update(
            {":START_ID": _cell(u), ":END_ID": _cell(v), ":TYPE": relationship_type(relation)}
        )
        row["first_date:date"] = iso_date(f.get("first_date")) or ""
        row["last_date:date"] = iso_date(f.get("last_date")) or ""
        rows.append(row)
    types = sorted({str(a.get("type")) for _, a in g.nodes(data=True) if a.get("type")})
    relations = sorted({relationship_type(r) for _, _, r, _ in edges(g)})
    return {
        "nodes.csv": csv_text(NODE_HEADER, nodes),
        "relationships.csv": csv_text(RELATIONSHIP_HEADER, rows),
        "import.cypher": cypher_script(types, relations),
    }


def write_neo4j(g: nx.MultiDiGraph, folder: str | Path) -> None:
    """Write the Neo4j import files for ``g`` into ``folder`` (created if missing)."""
    write_folder(folder, generate_neo4j(g))


def _cell(value: Any) -> str:
    """A CSV cell neo4j-admin reads with its defaults: lists ``;``-joined, one line."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY.join(_one_line(str(x)).replace(ARRAY, IN_ITEM) for x in value)
    return _one_line(str(value))


def _one_line(text: str) -> str:
    return " ".join(text.splitlines()) if "\n" in text or "\r" in text else text


def _array(column: str) -> str:
    # Cypher escapes, so that no statement splitter meets a ";" inside a string
    delimiter, in_item = (f"\\u{ord(c):04X}" for c in (ARRAY, IN_ITEM))
    items = f"[x IN split(row.`{column}`, '{delimiter}') | replace(x, '{in_item}', '{delimiter}')]"
    return f"CASE WHEN row.`{column}` = '' THEN [] ELSE {items} END"


def _optional(column: str, convert: str = "") -> str:
    value = f"row.`{column}`"
    return f"CASE WHEN {value} = '' THEN null ELSE {convert}({value}) END"


def cypher_script(types: list[str], relations: list[str]) -> str:
    """LOAD CSV statements for the files, with one label or relationship type per value."""
    labels = "\n".join(
        f"FOREACH (_ IN CASE WHEN row.type = '{t}' THEN [1] ELSE [] END | SET a:`{t}`)"
        for t in types
    )
    properties = (
        "r.relation = row.relation, r.n_documents = toInteger(row.`n_documents:int`), "
        "r.confidence = toFloat(row.`confidence:float`), "
        f"r.first_date = {_optional('first_date:date', 'date')}, "
        f"r.last_date = {_optional('last_date:date', 'date')}, "
        f"r.evidence = {_array('evidence:string[]')}, r.documents = {_array('documents:string[]')}"
    )
    merges = "\n".join(
        f"FOREACH (_ IN CASE WHEN row.`:TYPE` = '{r}' THEN [1] ELSE [] END |\n"
        f"  MERGE (s)-[r:`{r}`]->(o) SET {properties})"
        for r in relations
    )
    return f"""// polkg graph: CSV files in the import folder, then cypher-shell -f import.cypher
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (a:Actor {{id: row.`id:ID`}})
SET a.name = row.name, a.type = row.type,
    a.party = {_optional("party")}, a.wikidata = {_optional("wikidata")},
    a.bioguide = {_optional("bioguide")}, a.resolution = {_optional("resolution")},
    a.aliases = {_array("aliases:string[]")}, a.offices = {_array("offices:string[]")},
    a.documents = {_array("documents:string[]")},
    a.n_documents = toInteger(row.`n_documents:int`)
WITH a, row
{labels};

LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
MATCH (s:Actor {{id: row.`:START_ID`}}), (o:Actor {{id: row.`:END_ID`}})
{merges};
"""
