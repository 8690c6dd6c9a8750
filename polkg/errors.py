"""polkg's user-facing errors: one class, one line each, shown without a traceback by the CLI."""

from __future__ import annotations


class PolkgError(Exception):
    """A user error (bad input, missing file, bad query): the CLI prints it as one line, exit 1."""


class InputError(PolkgError):
    """A file or record that cannot be read; ``where`` names the file (and line)."""

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}")


def one_line(error: BaseException, limit: int = 300) -> str:
    """``error``'s message on one line, at most ``limit`` characters, for one-line reports."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


class InputWarning(InputError):
    """Something in the input left out on purpose (a duplicate id, a date polkg cannot read, a
    symlink out of the input folder): reported as one ``Warning:`` line, the run still succeeds."""
