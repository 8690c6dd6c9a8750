"""The GraphML 1.0 XSD and the GEXF 1.3 RELAX NG schema from ../shared/schemas, as lxml validators.

The schemas are not copied into the repository (../shared/schemas/SOURCE.md); tests that use them
skip when ../shared is absent. GEXF's schema is RELAX NG compact syntax, converted in-process
with rnc2rng, so no Java (jing) is needed.
"""

from __future__ import annotations

import re
import tempfile
from functools import cache
from pathlib import Path

from lxml import etree

VIZ = "http://gexf.net/1.3/viz"
SCHEMAS = Path(__file__).resolve().parents[1].parent / "shared" / "schemas"


@cache
def graphml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml" / "graphml.xsd")))


@cache
def gexf_schema() -> etree.RelaxNG:
    """rnc2rng inlines the included files but knows no ``default namespace = inherit``: the
    copies it reads say the namespace of viz.rnc's elements (``viz:``) outright instead."""
    import rnc2rng

    with tempfile.TemporaryDirectory() as tmp:
        for source in (SCHEMAS / "gexf-1.3").glob("*.rnc"):
            text = source.read_text("utf-8").replace("default namespace = inherit\n", "")
            if source.name == "viz.rnc":
                text = f'namespace viz = "{VIZ}"\n' + re.sub(
                    r"\belement (\w)", r"element viz:\1", text
                )
            (Path(tmp) / source.name).write_text(text, "utf-8")
        rng = rnc2rng.dumps(rnc2rng.load(str(Path(tmp) / "gexf.rnc")))
    return etree.RelaxNG(etree.fromstring(rng.encode("utf-8")))


def errors(schema: etree.XMLSchema | etree.RelaxNG, text: str | bytes) -> list[str]:
    """The schema's complaints about a document (empty when it is valid)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    if schema.validate(etree.fromstring(data)):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log][:10]
