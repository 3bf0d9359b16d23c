"""One error family for newsconv, and the one table of exit codes.

Library code raises these with a message a clerk can act on (naming the file and saying what
to do); only ``cli.py`` turns them into exit codes.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes; README.md and ``newsconv --help`` print this table."""

    OK = 0
    PARTIAL = 1  # a batch: some inputs failed, the others were converted
    USAGE = 2  # bad option, unknown format, output path equal to the input
    INPUT = 3  # missing, unreadable, undecodable, empty or binary input
    OUTPUT = 4  # output exists (no --overwrite) or cannot be written
    CONFIG = 5  # invalid profile or configuration file
    INTERNAL = 70  # a bug in newsconv, or its worker process was killed: please report it with --debug output
    TIMEOUT = 124  # an input took longer than --timeout (the code GNU timeout uses)
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    TERMINATED = 143  # stopped by SIGTERM (128 + SIGTERM), as a batch system stops a job


EXIT_CODE_HELP: tuple[tuple[ExitCode, str], ...] = (
    (ExitCode.OK, "every input converted"),
    (ExitCode.PARTIAL, "several inputs: some failed, the rest were converted"),
    (ExitCode.USAGE, "usage error: bad option, unknown format, output equal to input"),
    (ExitCode.INPUT, "input missing, unreadable, undecodable, empty or not text"),
    (ExitCode.OUTPUT, "output exists (use --overwrite) or cannot be written"),
    (ExitCode.CONFIG, "invalid profile or configuration"),
    (ExitCode.INTERNAL, "internal error, or a worker process was killed (rerun with --debug and report it)"),
    (ExitCode.TIMEOUT, "timed out: the input took longer than --timeout"),
    (ExitCode.INTERRUPTED, "interrupted (Ctrl-C)"),
    (ExitCode.TERMINATED, "stopped by SIGTERM"),
)


class NewsconvError(Exception):
    """Base of every error newsconv reports to a user."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path else message)


class UsageError(NewsconvError):
    """The command line asks for something newsconv cannot do."""

    exit_code = ExitCode.USAGE


class InputError(NewsconvError):
    """An input cannot be read as an article."""

    exit_code = ExitCode.INPUT


class OutputError(NewsconvError):
    """An output cannot be written."""

    exit_code = ExitCode.OUTPUT


class ConfigError(NewsconvError):
    """A profile or configuration file is invalid."""

    exit_code = ExitCode.CONFIG


class InternalError(NewsconvError):
    """A bug in newsconv or a worker process lost while converting an input; the batch goes on."""

    exit_code = ExitCode.INTERNAL


class TimedOut(NewsconvError):
    """An input took longer than its time limit and was stopped."""

    exit_code = ExitCode.TIMEOUT


class Terminated(BaseException):
    """SIGTERM while a batch runs (a BaseException, like KeyboardInterrupt: it is no error of an
    input's and must not be caught as one)."""
