"""The knowledge graph: cross-document entity resolution, gazetteer linking, graph analysis."""

from polkg.graph.gazetteer import Gazetteer, GazetteerEntry
from polkg.graph.knowledge_graph import KnowledgeGraph

__all__ = ["Gazetteer", "GazetteerEntry", "KnowledgeGraph"]
