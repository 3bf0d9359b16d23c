"""The ``newsconv`` command line (Typer): flags to options, options to the library, errors to exit codes.

Heavy libraries (reportlab, python-docx, fontTools) are imported only by the writers that
need them, so ``newsconv --help`` stays fast. stdout carries document data only; messages go
to stderr. Commands live by kind: converting.py, reading.py, listing.py; common.py holds
what they share.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Annotated

import typer

from newsconv import __version__
from newsconv.cli.common import WRITE_FAILURES, app, silence_stdout
from newsconv.errors import ExitCode

__all__ = ["app", "main"]

# each module registers its commands, in the order --help lists them
for _module in ("converting", "reading", "listing"):
    import_module(f"newsconv.cli.{_module}")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsconv {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn raw news articles (pasted web pages) into clean DOCX, PDF, Markdown and HTML."""


def main() -> None:
    try:
        app()
        sys.stdout.flush()
    except OSError as exc:  # the commands that print a listing (formats, profiles, fonts) into a full disk
        if exc.errno not in WRITE_FAILURES:
            raise
        silence_stdout()
        typer.echo(f"newsconv: error: stdout: cannot write ({exc.strerror}); free some space or send it elsewhere",
                   err=True)
        sys.exit(int(ExitCode.OUTPUT))

