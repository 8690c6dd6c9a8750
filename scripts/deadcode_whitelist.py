"""Names vulture (``make deadcode``) cannot see used: they are reached by a framework, not by a
call in this repository. Keep one line per name, with why it is alive."""

# ruff: noqa
_ = None

_.ingest  # polkg/cli.py: a click command, reached as `polkg ingest`
_.make_longest_named_spans_filter  # polkg/extract/nlp.py: spaCy registry, named in the ruler config
_.__getattr__  # polkg/ontology and polkg/store __init__: lazy module attributes (PEP 562)
_.check_host  # polkg/store/server.py: flask before_request hook
_.cross_origin  # polkg/store/server.py: flask after_request hook
_.too_large  # polkg/store/server.py: flask error handler
_.pytestmark  # tests: pytest reads the module's marks
_.without_polkg_environment  # tests/conftest.py: an autouse pytest fixture
# polkg/ontology/vocab.py: POL is the ontology's DefinedNamespace; every term of polkg.ttl is
# declared there whether or not Python code spells it (rdf.py builds most IRIs from names)
_.Organization
_.PoliticalParty
_.GovernmentBody
_.Country
_.Office
_.Election
_.Legislation
_.Place
_.Edge
_.OfficeHolding
_.SurnameMention
_.endorsedBy
_.opposedBy
_.supportedBy
# polkg/extract/stance/pairs.py: Candidate's fields, unpacked by position in model_assertions
_.span_a
_.span_b
_.contraction_lemmas  # polkg/extract/contractions.py: a spaCy component, run by name from the pipeline
