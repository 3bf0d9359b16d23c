"""What every newsconv command shares: the Typer app, errors turned into messages and exit
codes, stdout that may be a full disk or a closed pipe, settings from newsconv.toml, inputs
read within their limits."""

from __future__ import annotations

import errno
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import typer

from newsconv.errors import EXIT_CODE_HELP, ExitCode, InputError, NewsconvError, OutputError, Terminated, UsageError

# "\b" keeps click's help formatter from re-wrapping the lines of a paragraph.
EXIT_TABLE = "\b\n" + "\n".join(f"{int(code):>3}  {text}" for code, text in EXIT_CODE_HELP)
STDIO = "-"

app = typer.Typer(
    name="newsconv",
    help="Turn raw news articles (pasted web pages) into clean DOCX, PDF, Markdown and HTML.",
    epilog=f"Exit codes:\n\n{EXIT_TABLE}",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

log = logging.getLogger("newsconv")




def setup_logging(quiet: bool, verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("newsconv: %(message)s"))
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.WARNING if quiet else (logging.DEBUG if verbose else logging.INFO))


def fail(exc: NewsconvError, debug: bool) -> NoReturn:
    if debug:
        traceback.print_exc(file=sys.stderr)
    typer.echo(f"newsconv: error: {exc}", err=True)
    raise typer.Exit(int(exc.exit_code))


def guarded(debug: bool, body: Callable[[], int]) -> NoReturn:
    """Run a command body; turn newsconv errors, Ctrl-C and bugs into messages and exit codes."""
    try:
        code = body()
        sys.stdout.flush()  # a full disk under `> file` shows here, not at exit
    except NewsconvError as exc:
        fail(exc, debug)
    except KeyboardInterrupt:
        typer.echo("newsconv: interrupted", err=True)
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except Terminated:
        typer.echo("newsconv: stopped by SIGTERM", err=True)
        raise typer.Exit(int(ExitCode.TERMINATED)) from None
    except BrokenPipeError:
        # the reader of stdout went away (| head): stop quietly, as Unix tools do
        silence_stdout()
        raise typer.Exit(int(ExitCode.OUTPUT)) from None
    except typer.Exit:
        raise
    except OSError as exc:
        if exc.errno not in WRITE_FAILURES:
            bug(exc, debug)
        # stdout is a full disk or a failing device (`> /dev/full`): what was asked for is not there
        silence_stdout()
        fail(OutputError(f"stdout: cannot write ({exc.strerror}); free some space or send it "
                          "elsewhere"), debug)
    except MemoryError:
        fail(InputError("ran out of memory: the input is too large for this machine's memory; "
                         "split it, or convert it on a machine with more memory"), debug)
    except Exception as exc:  # noqa: BLE001 - a bug: say so plainly, with the traceback under --debug
        bug(exc, debug)
    raise typer.Exit(code)


# Errors of writing to a file or device that is full or failing (newsconv's own output files
# report these as OutputError where they are written; what is left is stdout).
WRITE_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def bug(exc: BaseException, debug: bool) -> NoReturn:
    if debug:
        traceback.print_exc(file=sys.stderr)
    else:
        typer.echo(f"newsconv: internal error: {type(exc).__name__}: {exc} (rerun with --debug)", err=True)
    raise typer.Exit(int(ExitCode.INTERNAL)) from None


def silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (tests): nothing will flush to it


def pad(text: str, width: int) -> str:
    """``text`` cut and padded to ``width`` terminal columns (Chinese characters take two)."""
    import unicodedata

    out, used = [], 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * (width - used)



def read_source(source: str) -> bytes:
    from newsconv.files import INPUT_LIMIT, read_input, read_stream_limited

    if source == STDIO:
        return read_stream_limited(sys.stdin.buffer, INPUT_LIMIT, what="an article")
    return read_input(Path(source))


def lexicon_files(files: list[Path] | None) -> tuple[str, ...]:
    return tuple(str(f) for f in files or ())


def check_lexicon(files: list[Path] | None) -> None:
    if files:
        from newsconv.readers.text.lexicon import load_lexicon

        load_lexicon(lexicon_files(files))


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def setting(cli_value: object, config: dict[str, object], key: str, default: object) -> object:
    if cli_value is not None and cli_value != [] and cli_value != ():
        return cli_value
    return config.get(key, default)



def metadata_items(items: list[str] | None) -> tuple[tuple[str, str], ...]:
    from newsconv.transforms.metadata import parse_assignments

    return parse_assignments(items or ())


def letterhead_value(value: str) -> str:
    if value not in ("print", "reserve"):
        raise UsageError(f"--letterhead {value}: use print (the default) or reserve")
    return value


def check_stand_ins(profile: object, *, strict: bool, quiet: bool) -> None:
    """Fonts the profile names that are not installed: an error with --strict-fonts, else one
    warning for profiles that ask for it (gbt9704)."""
    from newsconv.errors import ConfigError
    from newsconv.profiles import Profile
    from newsconv.writers.pdf.fonts import stand_ins

    assert isinstance(profile, Profile)
    if not (strict or (profile.warn_stand_ins and not quiet)):
        return
    found = stand_ins(profile)
    if not found:
        return
    if strict:
        first = found[0]
        more = f" (and {len(found) - 1} more: newsconv fonts --profile {profile.name})" if len(found) > 1 else ""
        raise ConfigError(
            f"--strict-fonts: role {first.roles[0]} of profile {profile.name} needs {first.font}, which is not "
            f"installed (a stand-in, {first.used.label}, would draw it); install {first.font}{more}"
        )
    listed = "; ".join(
        f"{item.font} with {item.used.label} "
        f"({'every role' if len(item.roles) == len(profile.roles) else ', '.join(item.roles)})"
        for item in found
    )
    log.warning(
        "warning: not installed, drawn with stand-ins: %s. Install these fonts for the look profile %s names "
        "(newsconv fonts --profile %s; --strict-fonts refuses stand-ins)",
        listed, profile.name, profile.name,
    )


