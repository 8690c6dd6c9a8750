"""Colours shared by every drawing format, kept as data (``style.json``) to change in one place."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def style() -> dict[str, Any]:
    """The colour table: relation -> colour, entity type -> colour (hex strings)."""
    data: dict[str, Any] = json.loads(files(__package__).joinpath("style.json").read_text("utf-8"))
    return data


def relation_color(relation: str) -> str:
    """Edge colour of a relation (endorses green, criticizes red, opposes orange, ...)."""
    return str(style()["relations"].get(relation, style()["relation_default"]))


def type_color(node_type: str | None) -> str:
    """Node colour of an entity type."""
    return str(style()["types"].get(node_type or "", style()["type_default"]))


def coalition_color(coalition: int | None) -> str:
    """Node colour of a coalition (0 = the largest); grey past the palette or in none."""
    palette = style()["coalitions"]
    if coalition is None or not 0 <= coalition < len(palette):
        return str(style()["coalition_default"])
    return str(palette[coalition])


def rgb(hex_color: str) -> tuple[int, int, int]:
    """``"#d62728"`` -> ``(214, 39, 40)``, for formats that want channels (GEXF viz)."""
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
