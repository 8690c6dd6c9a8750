"""The commands the docs show must run as written: every `make` target exists, every `polkg`
subcommand and option is one the CLI defines, every script or repository path named exists.
Docs drift as code moves (a removed option, a renamed target); this catches it on the text."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from polkg.cli import main

REPO = Path(__file__).resolve().parents[1]
DOCS = ["README.md", "docs/ARCHITECTURE.md", "docs/analysis.md", "bench/README.md"]
COMMAND = re.compile(r"(polkg|make|scripts/|bench/|training/)\S*")
PATH = re.compile(r"^(polkg|scripts|bench|training|tests|docs|examples|gold)/[\w./-]*\w$")


def commands(text: str) -> list[str]:
    """The command lines of a Markdown text: code-block lines and inline code spans that start
    with a command, comments after two spaces and a "#" dropped."""
    found: list[str] = []
    in_block = False
    for line in text.splitlines():
        if line.startswith("```"):
            in_block = not in_block
            continue
        for span in [line] if in_block else re.findall(r"`([^`]+)`", line):
            span = span.split("  #")[0].strip()
            if COMMAND.match(span):
                found.append(span)
    return found


def problems(command: str, targets: set[str]) -> list[str]:
    """What in one documented command does not exist."""
    try:
        argv = shlex.split(command)
    except ValueError:
        argv = command.split()
    if argv[0] == "make":
        return [f"no make target {a}" for a in argv[1:] if "=" not in a and a not in targets]
    if argv[0] == "polkg" and len(argv) > 1 and not argv[1].startswith("-"):
        sub = main.commands.get(argv[1])
        if sub is None:
            return [f"no subcommand polkg {argv[1]}"]
        opts = {o for p in sub.params for o in (*p.opts, *p.secondary_opts)} | {"-h", "--help"}
        flags = [re.sub(r"[\[=].*|[.,;:)\]]+$", "", a) for a in argv[2:] if a.startswith("-")]
        return [f"polkg {argv[1]} has no {f}" for f in flags if f not in opts | {"", "-", "--"}]
    if PATH.match(argv[0].split(":")[0]) and not (REPO / argv[0].split(":")[0]).exists():
        return [f"no file {argv[0]}"]
    return []


def make_targets() -> set[str]:
    return set(re.findall(r"^([\w-]+):", (REPO / "Makefile").read_text(encoding="utf-8"), re.M))


@pytest.mark.parametrize("doc", DOCS)
def test_every_command_a_doc_shows_exists(doc: str) -> None:
    text = (REPO / doc).read_text(encoding="utf-8")
    targets = make_targets()
    found = commands(text)
    assert found, f"{doc} shows no command (the parser broke?)"
    bad = [(c, p) for c in found for p in problems(c, targets)]
    assert not bad, bad


@pytest.mark.parametrize("doc", DOCS)
def test_every_repository_path_a_doc_names_exists(doc: str) -> None:
    text = (REPO / doc).read_text(encoding="utf-8")
    named = {s for s in re.findall(r"`([^`\s]+)`", text) if PATH.match(s) and "*" not in s}
    missing = sorted(p for p in named if not (REPO / p).exists())
    assert not missing, missing


def test_the_check_sees_a_wrong_option_target_and_file() -> None:
    text = (
        "```sh\npolkg evaluate --gold g.jsonl --no-such-option  # comment\n```\n"
        "Run `make no-such-target` or `scripts/no_such_script.py --x`; `polkg nosuch`."
    )
    found = commands(text)
    assert found == [
        "polkg evaluate --gold g.jsonl --no-such-option",
        "make no-such-target",
        "scripts/no_such_script.py --x",
        "polkg nosuch",
    ]
    reported = [p for c in found for p in problems(c, make_targets())]
    assert reported == [
        "polkg evaluate has no --no-such-option",
        "no make target no-such-target",
        "no file scripts/no_such_script.py",
        "no subcommand polkg nosuch",
    ]
    assert isinstance(main, click.Group) and problems("make test", make_targets()) == []
