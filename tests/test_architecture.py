"""The layout rules of docs/ARCHITECTURE.md, checked on the source (no model, no data needed).

Imports run one way (A <- B: B may import A): model <- ingest <- extract <- graph <- ontology
<- {store, exports} <- the application modules <- cli; store and exports are siblings; nothing
imports cli; no import cycle between modules, lazy (function-level) imports included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import polkg

ROOT = Path(polkg.__file__).parent
# layer rank of each top-level part; a module may import only its own rank or lower ones
RANKS = {
    "model": 0,
    "errors": 0,
    "ingest": 1,
    "extract": 2,
    "graph": 3,
    "ontology": 4,
    "store": 5,
    "exports": 5,
    "cli": 7,
}
APPLICATION = 6  # pipeline, evaluate, summary, ...: they tie the layers together for the CLI
SIBLINGS = {frozenset({"store", "exports"})}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path) -> set[str]:
    """Every polkg module ``path`` imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return {m for m in found if m == "polkg" or m.startswith("polkg.")}


MODULES = _modules()
GRAPH = {name: _imports(name, path) & set(MODULES) for name, path in MODULES.items()}


def _part(module: str) -> str:
    return module.split(".")[1] if "." in module else ""


def _rank(module: str) -> int:
    return RANKS.get(_part(module), APPLICATION)


def _violations() -> list[str]:
    bad = []
    for importer, imported in GRAPH.items():
        for target in sorted(imported - {"polkg"}):
            a, b = _part(importer), _part(target)
            if a == b:
                continue
            if b == "cli" or _rank(target) > _rank(importer):
                bad.append(f"{importer} imports {target}")
            elif frozenset({a, b}) in SIBLINGS:
                bad.append(f"{importer} imports its sibling {target}")
    return bad


def test_architecture_imports_run_one_way() -> None:
    assert _violations() == []


def test_architecture_has_no_import_cycle() -> None:
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(GRAPH[module] - {"polkg", module}):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_architecture_checker_sees_lazy_and_backward_imports(tmp_path: Path) -> None:
    """The checker itself: a function-level import of an upper layer is found."""
    fake = tmp_path / "polkg" / "ingest" / "fake.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("def f():\n    from polkg.graph import KnowledgeGraph\n    return 1\n")
    assert "polkg.graph" in _imports("polkg.ingest.fake", fake)
    assert _rank("polkg.graph.x") > _rank("polkg.ingest.fake")


@pytest.mark.parametrize("limit", [800])
def test_architecture_extract_files_stay_readable(limit: int) -> None:
    """Largest file in extract/ under 800 lines, no class over 300, no function over 80."""
    too_long = []
    for path in sorted((ROOT / "extract").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") >= limit:
            too_long.append(f"{path.name}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                continue
            size = (node.end_lineno or node.lineno) - node.lineno + 1
            if isinstance(node, ast.ClassDef) and size > 300:
                too_long.append(f"{path.name}: class {node.name} {size} lines")
            elif isinstance(node, ast.FunctionDef) and size > 80:
                too_long.append(f"{path.name}: {node.name}() {size} lines")
    assert too_long == []


def test_architecture_word_lists_are_data() -> None:
    """No literal list of more than 20 words in extract/*.py: word lists live in patterns/."""
    literal = []
    for path in sorted((ROOT / "extract").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
                words = [e for e in node.elts if isinstance(e, ast.Constant)]
                words += [
                    w
                    for e in node.elts
                    if isinstance(e, ast.Starred) and isinstance(e.value, ast.Tuple)
                    for w in e.value.elts
                ]
                if len(words) > 20:
                    literal.append(f"{path.name}:{node.lineno} ({len(words)} words)")
    assert literal == []


def _small_word_lists(source: str) -> list[tuple[int, list[str]]]:
    """Literal collections of two or more words in ``source`` that hold a content word: a word
    that is no English function word (spaCy's stop words: pronouns, determiners, auxiliaries,
    prepositions), no spaCy label and no name polkg gives its own things (relations, rule
    roles). Function words and labels are the grammar the code is written in; content words
    ("eventually", "remain") are a lexicon, which belongs in patterns/."""
    import re

    from spacy.glossary import GLOSSARY
    from spacy.lang.en.stop_words import STOP_WORDS

    from polkg.model import RELATIONS

    grammar = set(STOP_WORDS) | {k.lower() for k in GLOSSARY} | set(RELATIONS)
    grammar |= {"subject", "object", "trigger"}
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            words = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant)
                and isinstance(e.value, str)
                and re.fullmatch(r"[a-z][a-z'’-]*", e.value)
            ]
            if len(words) >= 2 and any(w not in grammar for w in words):
                found.append((node.lineno, words))
    return found


def test_architecture_small_word_lists_are_data() -> None:
    """No literal list of content words in extract/*.py, however short (lexicon.py, the
    loader, names the keys of its files)."""
    literal = [
        f"{path.name}:{line} {words}"
        for path in sorted((ROOT / "extract").glob("*.py"))
        if path.name != "lexicon.py"
        for line, words in _small_word_lists(path.read_text(encoding="utf-8"))
    ]
    assert literal == []


def test_small_word_list_check_sees_short_lists_of_content_words() -> None:
    source = (
        'ADVERBS = {"then", "later", "finally"}\n'
        'POS = {"NOUN", "PROPN"}\n'
        'DEPS = {"nsubj", "dobj"}\n'
        'PREPS = ("of", "from", "by")\n'
    )
    assert _small_word_lists(source) == [(1, ["then", "later", "finally"])]


def test_no_merge_conflict_markers_are_committed() -> None:
    """A parallel landing once left a conflict block in docs/ARCHITECTURE.md."""
    repo = ROOT.parent
    files = [repo / "README.md", repo / "Makefile", *(repo / "docs").rglob("*.md")]
    for folder in ("polkg", "tests", "gold", "scripts", "bench"):
        files += [
            p for p in (repo / folder).rglob("*") if p.suffix in {".py", ".md", ".json", ".jsonl"}
        ]
    marked = [
        f"{path.relative_to(repo)}:{number}"
        for path in files
        if path.is_file()
        for number, line in enumerate(
            path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
        )
        if line.startswith(("<<<<<<< ", ">>>>>>> "))
    ]
    assert marked == []


# names the extract modules give spaCy tokens; spaCy builds a new Token object on every access
# (doc[0] is doc[0] is False), so `is` between tokens is always False: compare with ==
TOKEN_NAMES = {
    "anchor", "cand", "gov", "governor", "group", "head", "node", "noun", "outer", "owner",
    "pred", "prep", "subj", "tok", "token", "trigger", "verb",
}  # fmt: skip


def _token_identity_comparisons(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        operands = [node.left, *node.comparators]
        for op, left, right in zip(node.ops, operands, operands[1:], strict=False):
            if not isinstance(op, (ast.Is, ast.IsNot)) or isinstance(right, ast.Constant):
                continue
            names = {
                s.attr if isinstance(s, ast.Attribute) else getattr(s, "id", "")
                for s in (left, right)
            }
            if names & TOKEN_NAMES:
                lines.append(node.lineno)
    return lines


def test_extract_never_compares_tokens_by_identity() -> None:
    """`tok.head is tok` never held, so a root check and "not the anchor itself" silently failed."""
    found = [
        f"{path.name}:{line}"
        for path in sorted((ROOT / "extract").rglob("*.py"))
        for line in _token_identity_comparisons(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_token_identity_check_sees_is_and_is_not() -> None:
    source = "a = tok.head is tok\nb = verb is not None\nc = x is not anchor\nd = e is f\n"
    assert _token_identity_comparisons(source) == [1, 3]


def _module_table() -> list[str]:
    """The extract modules docs/ARCHITECTURE.md's module table names, one a row, in its order
    (``stance`` for the ``stance/`` package)."""
    import re

    lines = (ROOT.parent / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("| module | knows | main API |") + 2
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        cell = line.split("|")[1].strip()
        found = re.fullmatch(r"`([a-z_]+)(?:\.py|/)`", cell)
        rows.append(found.group(1) if found else cell)
    return rows


def test_architecture_table_lists_every_extract_module_above_its_importers() -> None:
    """The module table of docs/ARCHITECTURE.md has one row per module of polkg/extract and
    none of another name, and a module imports only those above it (its data-flow order):
    a new module or an import that turns the order round makes the table stale."""
    rows = _module_table()
    modules = {n.split(".")[2] for n in MODULES if n.startswith("polkg.extract.")}
    assert sorted(rows) == sorted(modules)
    position = {name: k for k, name in enumerate(rows)}
    below = [
        f"{name} imports {target.split('.')[2]}"
        for module, imported in GRAPH.items()
        if module.startswith("polkg.extract.") and (name := module.split(".")[2]) in position
        for target in imported
        if target.startswith("polkg.extract.")
        and target.split(".")[2] != name
        and position.get(target.split(".")[2], -1) > position[name]
    ]
    assert below == []
