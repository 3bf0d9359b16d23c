"""The ``newsconv`` command line (Typer): flags to options, options to the library, errors to exit codes.

Heavy libraries (reportlab, python-docx, fontTools) are imported only by the writers that
need them, so ``newsconv --help`` stays fast. stdout carries document data only; messages go
to stderr.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from newsconv import __version__
from newsconv.errors import EXIT_CODE_HELP, ExitCode, InputError, NewsconvError, OutputError, UsageError
from newsconv.writers import WriteOptions

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


# ---------------------------------------------------------------------------- plumbing


def _setup_logging(quiet: bool, verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("newsconv: %(message)s"))
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.WARNING if quiet else (logging.DEBUG if verbose else logging.INFO))


def _fail(exc: NewsconvError, debug: bool) -> NoReturn:
    if debug:
        traceback.print_exc(file=sys.stderr)
    typer.echo(f"newsconv: error: {exc}", err=True)
    raise typer.Exit(int(exc.exit_code))


def _guarded(debug: bool, body: Callable[[], int]) -> NoReturn:
    """Run a command body; turn newsconv errors, Ctrl-C and bugs into messages and exit codes."""
    try:
        code = body()
    except NewsconvError as exc:
        _fail(exc, debug)
    except KeyboardInterrupt:
        typer.echo("newsconv: interrupted", err=True)
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except BrokenPipeError:
        # the reader of stdout went away (| head): stop quietly, as Unix tools do
        _silence_stdout()
        raise typer.Exit(int(ExitCode.OUTPUT)) from None
    except typer.Exit:
        raise
    except Exception as exc:  # a bug: say so plainly, with the traceback under --debug
        if debug:
            traceback.print_exc(file=sys.stderr)
        else:
            typer.echo(f"newsconv: internal error: {type(exc).__name__}: {exc} (rerun with --debug)", err=True)
        raise typer.Exit(int(ExitCode.INTERNAL)) from None
    raise typer.Exit(code)


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (tests): nothing will flush to it


def _pad(text: str, width: int) -> str:
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


# ---------------------------------------------------------------------------- convert


@dataclass(slots=True)
class _Job:
    """One input and where each of its formats goes (a Path, or None for stdout)."""

    source: str
    targets: dict[str, Path | None] = field(default_factory=dict)


def _read(source: str) -> bytes:
    from newsconv.files import read_input

    if source == STDIO:
        data = sys.stdin.buffer.read()
        return data
    return read_input(Path(source))


def _plan(inputs: list[str], formats: list[str], output: str | None, out_dir: Path | None) -> list[_Job]:
    from newsconv.writers import WRITERS

    jobs: list[_Job] = []
    for source in inputs:
        job = _Job(source)
        for fmt in formats:
            if output is not None:
                job.targets[fmt] = None if output == STDIO else Path(output)
            elif source == STDIO and out_dir is None:
                job.targets[fmt] = None
            else:
                stem = "stdin" if source == STDIO else Path(source).stem
                folder = out_dir if out_dir is not None else Path(source).parent
                job.targets[fmt] = folder / f"{stem}{WRITERS[fmt].suffix}"
        jobs.append(job)
    return jobs


def _write_options(reference_doc: Path | None) -> WriteOptions | None:
    if reference_doc is None:
        return None
    from newsconv.files import read_input

    try:
        data = read_input(reference_doc)
    except InputError as exc:
        raise UsageError(f"--reference-doc {exc}") from None
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise UsageError(
            f"--reference-doc {reference_doc}: not a readable .docx file; save it from Word as .docx"
        ) from None
    return WriteOptions(reference_docx=data)


def _lexicon_files(files: list[Path] | None) -> tuple[str, ...]:
    return tuple(str(f) for f in files or ())


def _check_lexicon(files: list[Path] | None) -> None:
    if files:
        from newsconv.readers.text.lexicon import load_lexicon

        load_lexicon(_lexicon_files(files))


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _check_plan(jobs: list[_Job], overwrite: bool) -> None:
    """Refuse, before writing anything, outputs that would clobber an input or each other."""
    from newsconv.files import same_file
    from newsconv.writers import WRITERS

    seen: dict[Path, str] = {}
    to_stdout = [(job.source, fmt) for job in jobs for fmt, t in job.targets.items() if t is None]
    if len(to_stdout) > 1:
        raise UsageError("only one output can go to stdout; use -t with one format, or -o/-d for files")
    for source, fmt in to_stdout:
        if WRITERS[fmt].binary and _stdout_is_terminal():
            raise UsageError(f"refusing to write {fmt.upper()} to the terminal; use -o FILE or redirect stdout")
    sources = [Path(j.source) for j in jobs if j.source != STDIO]
    for job in jobs:
        for target in job.targets.values():
            if target is None:
                continue
            if any(same_file(target, s) for s in sources):
                raise UsageError(f"{target}: the output would overwrite an input; choose another name with -o or -d")
            key = target.resolve()
            if key in seen:
                raise UsageError(f"{target}: two outputs would be written here ({seen[key]} and {job.source})")
            seen[key] = job.source
            if target.exists() and not overwrite:
                raise OutputError("already exists; use --overwrite to replace it", path=str(target))


def _run_job(job: _Job, *, from_format: str | None, encoding: str | None, profile_name: str,
             overwrite: bool, lexicon: tuple[str, ...] = (), write_options: WriteOptions | None = None) -> list[str]:
    from newsconv.convert import input_format, parse, render
    from newsconv.files import atomic_write
    from newsconv.profiles import load_profile
    from newsconv.readers import ReadOptions

    data = _read(job.source)
    name = "<stdin>" if job.source == STDIO else job.source
    fmt = input_format(None if job.source == STDIO else job.source, data, from_format)
    doc = parse(data, fmt, ReadOptions(encoding=encoding, source=name, lexicon=lexicon))
    profile = load_profile(profile_name)
    options = replace(write_options or WriteOptions(),
                      warn=lambda message: log.warning("%s: warning: %s", name, message))
    written: list[str] = []
    for out_fmt, target in job.targets.items():
        payload = render(doc, out_fmt, profile, options)
        if target is None:
            sys.stdout.buffer.write(payload)
            sys.stdout.buffer.flush()
            written.append("stdout")
        else:
            atomic_write(target, payload, overwrite=overwrite)
            written.append(str(target))
    return written


@app.command(
    epilog=(
        "Examples:\n\n\b\n"
        "newsconv convert article.txt -t docx,pdf     # article.docx, article.pdf beside it\n"
        "newsconv convert article.txt -o print.pdf    # the format from the suffix\n"
        "newsconv convert *.txt -t docx,pdf,md,html -d out/\n"
        "cat article.txt | newsconv convert - -t md > article.md\n\n"
        f"Exit codes:\n\n{EXIT_TABLE}"
    )
)
def convert(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT", help="Files to convert; - reads stdin.", show_default=False)],
    to: Annotated[
        str | None, typer.Option("-t", "--to", metavar="FORMAT[,FORMAT...]", help="Output formats: docx, pdf, md, html, json.")
    ] = None,
    output: Annotated[
        str | None, typer.Option("-o", "--output", metavar="FILE", help="Output file (one input); - is stdout.")
    ] = None,
    out_dir: Annotated[
        Path | None, typer.Option("-d", "--out-dir", metavar="DIR", help="Write outputs into this folder.")
    ] = None,
    from_format: Annotated[
        str | None, typer.Option("-f", "--from", metavar="FORMAT", help="Input format: text or json (default: by suffix).")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", metavar="NAME", help="Input encoding, e.g. gb18030 (default: detected).")
    ] = None,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option("--lexicon", metavar="FILE", help="Extra chrome phrases for the raw-text reader (TOML)."),
    ] = None,
    profile: Annotated[str, typer.Option("--profile", metavar="NAME|FILE", help="Look of the outputs.")] = "news",
    reference_doc: Annotated[
        Path | None,
        typer.Option("--reference-doc", metavar="FILE", help="Take DOCX styles and page setup from this .docx."),
    ] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace outputs that already exist.")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="Print errors only.")] = False,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="Say more about each file.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Convert articles to DOCX, PDF, Markdown, HTML or JSON: one parse, many formats."""
    _setup_logging(quiet, verbose)

    def body() -> int:
        from newsconv.convert import format_for_suffix, parse_formats
        from newsconv.profiles import load_profile

        if output is not None and out_dir is not None:
            raise UsageError("use -o (one output file) or -d (an output folder), not both")
        if output is not None and len(inputs) > 1:
            raise UsageError("-o names one output file; with several inputs use -d DIR")
        if to:
            formats = parse_formats(to)
        elif output and output != STDIO and (by_suffix := format_for_suffix(output)):
            formats = [by_suffix]
        else:
            raise UsageError("say which format to write: -t docx,pdf,md,html or -o FILE with a known suffix")
        if output is not None and len(formats) > 1:
            raise UsageError("-o names one file; for several formats use -d DIR (or leave both out)")
        load_profile(profile)  # a bad profile, lexicon or reference is reported once, before any work
        _check_lexicon(lexicon)
        options = _write_options(reference_doc)
        jobs = _plan(inputs, formats, output, out_dir)
        _check_plan(jobs, overwrite)
        failures: list[NewsconvError] = []
        for job in jobs:
            try:
                written = _run_job(job, from_format=from_format, encoding=encoding, profile_name=profile,
                                   overwrite=overwrite, lexicon=_lexicon_files(lexicon), write_options=options)
            except (InputError, OutputError) as exc:
                if len(jobs) == 1:
                    raise
                failures.append(exc)
                typer.echo(f"newsconv: error: {exc}", err=True)
                continue
            if written != ["stdout"]:
                log.info("%s -> %s", job.source, ", ".join(written))
        if not failures:
            return int(ExitCode.OK)
        codes = {exc.exit_code for exc in failures}
        if len(failures) == len(jobs) and len(codes) == 1:
            return int(codes.pop())
        log.warning("%d of %d inputs failed", len(failures), len(jobs))
        return int(ExitCode.PARTIAL)

    _guarded(debug, body)


# ---------------------------------------------------------------------------- parse


@app.command(
    epilog=(
        "Examples:\n\n\b\n"
        "newsconv parse article.txt > article.json\n"
        "newsconv parse --explain article.txt    # why each line was kept or dropped"
    )
)
def parse(
    input: Annotated[str, typer.Argument(metavar="INPUT", help="File to read; - reads stdin.")],
    explain: Annotated[
        bool, typer.Option("--explain", help="Print every input line with what it became and the rule that decided.")
    ] = False,
    from_format: Annotated[
        str | None, typer.Option("-f", "--from", metavar="FORMAT", help="Input format: text or json.")
    ] = None,
    encoding: Annotated[str | None, typer.Option("--encoding", metavar="NAME", help="Input encoding (default: detected).")] = None,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option("--lexicon", metavar="FILE", help="Extra chrome phrases for the raw-text reader (TOML)."),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Print the document model of an article as JSON (or, with --explain, the reader's decisions)."""
    _setup_logging(False, False)

    def body() -> int:
        from newsconv.convert import input_format
        from newsconv.convert import parse as parse_doc
        from newsconv.model import to_json
        from newsconv.readers import ReadOptions

        data = _read(input)
        name = "<stdin>" if input == STDIO else input
        fmt = input_format(None if input == STDIO else input, data, from_format)
        _check_lexicon(lexicon)
        opts = ReadOptions(encoding=encoding, source=name, lexicon=_lexicon_files(lexicon))
        if explain:
            if fmt != "text":
                raise UsageError("--explain shows the raw-text reader's decisions; this input is not text")
            from newsconv.readers.text import explain as explain_lines

            for d in explain_lines(data, opts):
                typer.echo(f"{d.line.no:>5}  {d.kind.value:<12} {_pad(d.line.text, 60)}  [{d.rule}]")
            return int(ExitCode.OK)
        sys.stdout.write(to_json(parse_doc(data, fmt, opts)))
        return int(ExitCode.OK)

    _guarded(debug, body)


# ---------------------------------------------------------------------------- formats


@app.command()
def formats() -> None:
    """List the input and output formats."""
    from newsconv.readers import READERS, SUFFIXES
    from newsconv.writers import WRITERS

    typer.echo("Input formats:")
    for name in READERS:
        suffixes = " ".join(s for s, f in SUFFIXES.items() if f == name)
        typer.echo(f"  {name:<8} {suffixes}")
    typer.echo("Output formats:")
    for name, info in WRITERS.items():
        typer.echo(f"  {name:<8} {info.suffix:<7} {info.description}")


profiles_app = typer.Typer(
    help="List the built-in profiles, or print one to start your own.",
    epilog="Examples:\n\n\b\nnewsconv profiles\nnewsconv profiles show gbt9704 > office.toml",
    no_args_is_help=False,
    invoke_without_command=True,
)
app.add_typer(profiles_app, name="profiles")


@profiles_app.callback(invoke_without_command=True)
def profiles(ctx: typer.Context) -> None:
    """List the built-in profiles (the look of the outputs)."""
    if ctx.invoked_subcommand is not None:
        return
    from newsconv.profiles import builtin_names, load_profile

    for name in builtin_names():
        typer.echo(f"{name:<10} {load_profile(name).description}")


@profiles_app.command("show")
def profiles_show(name: Annotated[str, typer.Argument(help="A built-in profile's name.")]) -> None:
    """Print a built-in profile's TOML, to copy and change."""

    def body() -> int:
        from newsconv.profiles import builtin_text

        sys.stdout.write(builtin_text(name))
        return int(ExitCode.OK)

    _guarded(False, body)


@app.command(
    epilog=(
        "Examples:\n\n\b\n"
        "newsconv fonts --profile gbt9704            # the font file behind each role\n"
        "newsconv fonts article.txt                  # characters of the article no font has\n"
        "newsconv fonts --fontconfig --profile gbt9704 > ~/.config/fontconfig/conf.d/60-newsconv.conf"
    )
)
def fonts(
    inputs: Annotated[
        list[str] | None, typer.Argument(metavar="[INPUT]", help="Articles to check for characters no font has.")
    ] = None,
    profile: Annotated[str, typer.Option("--profile", metavar="NAME|FILE", help="The profile to look at.")] = "news",
    fontconfig: Annotated[
        bool, typer.Option("--fontconfig", help="Print a fontconfig file that draws the profile's fonts on Linux.")
    ] = False,
    from_format: Annotated[
        str | None, typer.Option("-f", "--from", metavar="FORMAT", help="Input format (default: by suffix).")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", metavar="NAME", help="Input encoding (default: detected).")
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Show the font file each role of a profile draws with in PDF output, and, for articles,
    the characters no font of the profile has (they would print as empty boxes)."""

    def body() -> int:
        from newsconv.profiles import load_profile

        loaded = load_profile(profile)
        if fontconfig:
            from newsconv.fontconfig import aliases

            sys.stdout.write(aliases(loaded))
            return int(ExitCode.OK)
        from newsconv.writers.pdf.fonts import role_sources

        for role_name in loaded.roles:
            role = loaded.role(role_name)
            east_asian, latin, _ = role_sources(loaded, role_name)
            typer.echo(f"{role_name:<12} {_pad(role.east_asian, 16)} {east_asian.describe()}")
            typer.echo(f"{'':<12} {_pad(role.latin, 16)} {latin.describe()}")
        _, _, fallbacks = role_sources(loaded, "body")
        for n, source in enumerate(fallbacks):
            typer.echo(f"{'fallback' if n == 0 else '':<12} {'':<16} {source.describe()}")
        for source in inputs or ():
            _report_coverage(source, loaded, from_format, encoding)
        return int(ExitCode.OK)

    _guarded(debug, body)


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (a Chinese character takes two)."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - used, 0)


def _report_coverage(source: str, profile: object, from_format: str | None, encoding: str | None) -> None:
    from newsconv.convert import input_format, parse
    from newsconv.readers import ReadOptions
    from newsconv.writers.pdf import describe_uncovered, document_flowables, uncovered

    data = _read(source)
    name = "<stdin>" if source == STDIO else source
    fmt = input_format(None if source == STDIO else source, data, from_format)
    doc = parse(data, fmt, ReadOptions(encoding=encoding, source=name))
    missing = uncovered(document_flowables(doc, profile))  # type: ignore[arg-type]
    if missing:
        typer.echo(f"{name}: no font has {describe_uncovered(missing, limit=1000)}")
    else:
        typer.echo(f"{name}: every character has a font")


def main() -> None:
    app()
