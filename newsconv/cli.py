"""The ``newsconv`` command line (Typer): flags to options, options to the library, errors to exit codes.

Heavy libraries (reportlab, python-docx, fontTools) are imported only by the writers that
need them, so ``newsconv --help`` stays fast. stdout carries document data only; messages go
to stderr.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from newsconv import __version__
from newsconv.errors import EXIT_CODE_HELP, ExitCode, InputError, NewsconvError, Terminated, UsageError

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
    except Terminated:
        typer.echo("newsconv: stopped by SIGTERM", err=True)
        raise typer.Exit(int(ExitCode.TERMINATED)) from None
    except BrokenPipeError:
        # the reader of stdout went away (| head): stop quietly, as Unix tools do
        _silence_stdout()
        raise typer.Exit(int(ExitCode.OUTPUT)) from None
    except typer.Exit:
        raise
    except MemoryError:
        _fail(InputError("ran out of memory: the input is too large for this machine's memory; "
                         "split it, or convert it on a machine with more memory"), debug)
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


def _read(source: str) -> bytes:
    from newsconv.files import INPUT_LIMIT, read_input, read_stream_limited

    if source == STDIO:
        return read_stream_limited(sys.stdin.buffer, INPUT_LIMIT, what="an article")
    return read_input(Path(source))


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


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _setting(cli_value: object, config: dict[str, object], key: str, default: object) -> object:
    if cli_value is not None and cli_value != [] and cli_value != ():
        return cli_value
    return config.get(key, default)


@app.command(
    epilog=(
        "Examples:\n\n\b\n"
        "newsconv convert article.txt -t docx,pdf     # article.docx, article.pdf beside it\n"
        "newsconv convert article.txt -o print.pdf    # the format from the suffix\n"
        "newsconv convert inbox/ -t docx,pdf,md,html -d out/ -j 2 --report report.csv\n"
        "newsconv convert inbox/ -t pdf -d out/ --name '{date}-{title}' --skip-existing\n"
        "find . -name '*.txt' | newsconv convert --files-from - -t epub -d out/\n"
        "newsconv convert notice.txt -t pdf,docx --profile gbt9704 -M doc_number=某政办发〔2024〕12号 -M issuer=某区人民政府办公室\n"
        "cat article.txt | newsconv convert - -t md > article.md\n\n"
        "Options not given are read from newsconv.toml in the current folder (or --config FILE).\n\n"
        f"Exit codes:\n\n{EXIT_TABLE}"
    )
)
def convert(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(metavar="INPUT...", help="Files or folders to convert; - reads stdin.", show_default=False),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option("-t", "--to", metavar="FORMAT[,FORMAT...]",
                     help="Output formats: docx, pdf, md, html, json, or any format pandoc writes (epub, odt, …)."),
    ] = None,
    output: Annotated[
        str | None, typer.Option("-o", "--output", metavar="FILE", help="Output file (one input); - is stdout.")
    ] = None,
    out_dir: Annotated[
        Path | None, typer.Option("-d", "--out-dir", metavar="DIR", help="Write outputs into this folder, "
                                  "mirroring the folders inputs were found in.")
    ] = None,
    name: Annotated[
        str | None, typer.Option("--name", metavar="TEMPLATE",
                                 help="Output names: {stem} (default), {title}, {date}, {source}, {format}.")
    ] = None,
    globs: Annotated[
        list[str] | None, typer.Option("--glob", metavar="PATTERN",
                                       help="Files to take from folders, e.g. '*.txt' (repeatable).")
    ] = None,
    files_from: Annotated[
        str | None, typer.Option("--files-from", metavar="FILE", help="Read input names from FILE, one a line (- is stdin).")
    ] = None,
    from_format: Annotated[
        str | None, typer.Option("-f", "--from", metavar="FORMAT", help="Input format: text, md, html, docx or json "
                                 "(default: by suffix).")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option("--encoding", metavar="NAME", help="Input encoding, e.g. gb18030 (default: detected).")
    ] = None,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option("--lexicon", metavar="FILE", help="Extra chrome phrases for the raw-text reader (TOML)."),
    ] = None,
    profile: Annotated[str | None, typer.Option("--profile", metavar="NAME|FILE", help="Look of the outputs (news).")] = None,
    keep_punctuation: Annotated[
        bool | None, typer.Option("--keep-punctuation/--fix-punctuation",
                                  help="Keep punctuation as pasted (default: half-width marks in Chinese text "
                                       "become full width, quotes are paired, ... becomes ……).")
    ] = None,
    reference_doc: Annotated[
        Path | None,
        typer.Option("--reference-doc", metavar="FILE", help="Take DOCX styles and page setup from this .docx."),
    ] = None,
    metadata: Annotated[
        list[str] | None,
        typer.Option("-M", "--metadata", metavar="KEY=VALUE",
                     help="Set metadata over what was read (repeatable): title, author, date, … and an official "
                          "document's issuer, doc_number, signer, recipients, cc, printed_by, printed_date, note, "
                          "seal=none, ….")
    ] = None,
    letterhead: Annotated[
        str | None, typer.Option("--letterhead", metavar="print|reserve",
                                 help="reserve: leave an official document's red mark and rule out, for paper with "
                                      "them printed; everything else stays where it would be (default: print).")
    ] = None,
    overwrite: Annotated[
        bool | None, typer.Option("--overwrite/--no-overwrite", help="Replace outputs that already exist.")
    ] = None,
    skip_existing: Annotated[
        bool | None, typer.Option("--skip-existing/--no-skip-existing",
                                  help="Leave outputs newer than their input alone (and replace older ones).")
    ] = None,
    jobs: Annotated[int | None, typer.Option("-j", "--jobs", metavar="N", min=1,
                                             help="Worker processes (default: the number of CPUs).")] = None,
    report: Annotated[
        Path | None, typer.Option("--report", metavar="FILE.json|FILE.csv", help="Write one row per input here.")
    ] = None,
    fail_fast: Annotated[bool | None, typer.Option("--fail-fast/--no-fail-fast", help="Stop at the first failure.")] = None,
    strict_fonts: Annotated[
        bool, typer.Option("--strict-fonts", help="Refuse to make a PDF when a font the profile names is not "
                           "installed and a stand-in would draw it (exit 5).")
    ] = False,
    config: Annotated[Path | None, typer.Option("--config", metavar="FILE", help="Defaults from this file "
                                                "(default: ./newsconv.toml).")] = None,
    quiet: Annotated[bool | None, typer.Option("-q", "--quiet", help="Print errors only.")] = None,
    verbose: Annotated[bool | None, typer.Option("-v", "--verbose", help="A line for every file.")] = None,
    timeout: Annotated[
        float | None, typer.Option("--timeout", metavar="SECONDS", min=0,
                                   help="Stop an input that takes longer and go on (default with several inputs: "
                                   "300; 0: no limit).")
    ] = None,
    max_input_size: Annotated[
        str | None, typer.Option("--max-input-size", metavar="SIZE", help="Refuse larger inputs (default 128M).")
    ] = None,
    shard: Annotated[
        str | None, typer.Option("--shard", metavar="K/N", help="Convert only the K-th of N parts of the inputs "
                                 "(for array jobs: --shard 1/4 … --shard 4/4 cover every input once).")
    ] = None,
    resume: Annotated[
        list[Path] | None, typer.Option("--resume", metavar="REPORT", help="Skip inputs an earlier --report lists as "
                                        "done whose outputs are still there (repeatable).")
    ] = None,
    dask: Annotated[
        str | None, typer.Option("--dask", metavar="tcp://HOST:PORT|local",
                                 help="Convert on a Dask cluster (pip install 'newsconv[dask]').")
    ] = None,
    dask_return: Annotated[
        bool, typer.Option("--dask-return", help="Dask workers send outputs back to be written here (no shared "
                           "file system).")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Convert articles to DOCX, PDF, Markdown, HTML, JSON or any pandoc format: one parse, many
    formats; files, folders and lists of files, in parallel."""

    def body() -> int:
        from newsconv.batch.command import Request
        from newsconv.batch.command import convert as run_convert
        from newsconv.config import load_config
        from newsconv.files import INPUT_LIMIT, parse_size

        loaded = load_config(config)
        conf = loaded.convert
        be_quiet = bool(_setting(quiet, conf, "quiet", False))
        be_verbose = bool(_setting(verbose, conf, "verbose", False))
        _setup_logging(be_quiet, be_verbose)
        size = _setting(max_input_size, conf, "max_input_size", None)
        request = Request(
            inputs=list(inputs or []), to=_setting(to, conf, "to", None), output=output,
            out_dir=_setting(out_dir, conf, "out_dir", None), template=str(_setting(name, conf, "name", "{stem}")),
            globs=list(_setting(globs, conf, "glob", [])), files_from=_setting(files_from, conf, "files_from", None),
            from_format=_setting(from_format, conf, "from", None), encoding=_setting(encoding, conf, "encoding", None),
            lexicon=list(_setting(lexicon, conf, "lexicon", [])), profile=str(_setting(profile, conf, "profile", "news")),
            keep_punctuation=bool(_setting(keep_punctuation, conf, "keep_punctuation", False)),
            metadata=loaded.document + _metadata(metadata),
            letterhead=_letterhead(str(_setting(letterhead, conf, "letterhead", "print"))),
            reference_doc=_setting(reference_doc, conf, "reference_doc", None),
            overwrite=bool(_setting(overwrite, conf, "overwrite", False)),
            skip_existing=bool(_setting(skip_existing, conf, "skip_existing", False)),
            jobs=int(_setting(jobs, conf, "jobs", os.cpu_count() or 1)),
            report=_setting(report, conf, "report", None), fail_fast=bool(_setting(fail_fast, conf, "fail_fast", False)),
            timeout=_setting(timeout, conf, "timeout", None),
            max_input=INPUT_LIMIT if size is None else (size if isinstance(size, int) else parse_size(str(size))),
            shard=shard, resume=list(resume or []), dask=_setting(dask, conf, "dask", None),
            dask_return=bool(_setting(dask_return or None, conf, "dask_return", False)),
            config=loaded.path, quiet=be_quiet, verbose=be_verbose, debug=debug,
            stdout_is_terminal=_stdout_is_terminal, stderr_is_terminal=_stderr_is_terminal,
            check_fonts=lambda loaded_profile: _check_stand_ins(loaded_profile, strict=strict_fonts, quiet=be_quiet),
        )
        return run_convert(request)

    _guarded(debug, body)


def _metadata(items: list[str] | None) -> tuple[tuple[str, str], ...]:
    from newsconv.transforms.metadata import parse_assignments

    return parse_assignments(items or ())


def _letterhead(value: str) -> str:
    if value not in ("print", "reserve"):
        raise UsageError(f"--letterhead {value}: use print (the default) or reserve")
    return value


def _check_stand_ins(profile: object, *, strict: bool, quiet: bool) -> None:
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


# ---------------------------------------------------------------------------- parse


@app.command(
    epilog=(
        "Examples:\n\n\b\n"
        "newsconv parse article.txt > article.json\n"
        "newsconv parse --explain article.txt    # why each line was kept or dropped, and what was changed"
    )
)
def parse(
    input: Annotated[str, typer.Argument(metavar="INPUT", help="File to read; - reads stdin.")],
    explain: Annotated[
        bool, typer.Option("--explain", help="Print every input line with what it became and the rule that decided.")
    ] = False,
    from_format: Annotated[
        str | None, typer.Option("-f", "--from", metavar="FORMAT", help="Input format: text, md, html, docx or json.")
    ] = None,
    encoding: Annotated[str | None, typer.Option("--encoding", metavar="NAME", help="Input encoding (default: detected).")] = None,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option("--lexicon", metavar="FILE", help="Extra chrome phrases for the raw-text reader (TOML)."),
    ] = None,
    keep_punctuation: Annotated[
        bool, typer.Option("--keep-punctuation", help="Keep punctuation as pasted.")
    ] = False,
    metadata: Annotated[
        list[str] | None,
        typer.Option("-M", "--metadata", metavar="KEY=VALUE", help="Set metadata over what was read (repeatable).")
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Print the document model of an article as JSON (or, with --explain, the reader's decisions
    and every change the transforms made)."""
    _setup_logging(False, False)

    def body() -> int:
        from newsconv.convert import input_format
        from newsconv.convert import parse as parse_doc
        from newsconv.model import to_json
        from newsconv.readers import ReadOptions
        from newsconv.transforms import TransformOptions

        given = _metadata(metadata)
        data = _read(input)
        name = "<stdin>" if input == STDIO else input
        fmt = input_format(None if input == STDIO else input, data, from_format)
        _check_lexicon(lexicon)
        opts = ReadOptions(encoding=encoding, source=name, lexicon=_lexicon_files(lexicon))
        if explain:
            if fmt not in ("text", "html"):
                raise UsageError("--explain shows the raw-text reader's decisions; this input is not text or HTML")
            if fmt == "html":
                from newsconv.readers.html import explain_html as explain_lines
            else:
                from newsconv.readers.text import explain as explain_lines

            for d in explain_lines(data, opts):
                typer.echo(f"{d.line.no:>5}  {d.kind.value:<12} {_pad(d.line.text, 60)}  [{d.rule}]")
            notes: list[tuple[str, str]] = []
            parse_doc(data, fmt, opts, TransformOptions(note=lambda *n: notes.append(n), keep_punctuation=keep_punctuation,
                                                        metadata=given))
            if notes:
                typer.echo(f"\nChanges after reading ({len(notes)}):")
            for transform, message in notes:
                typer.echo(f"  {transform:<12} {message}")
            return int(ExitCode.OK)
        sys.stdout.write(to_json(parse_doc(data, fmt, opts, TransformOptions(keep_punctuation=keep_punctuation,
                                                                             metadata=given))))
        return int(ExitCode.OK)

    _guarded(debug, body)


# ---------------------------------------------------------------------------- check


@app.command(
    epilog=(
        "Examples:\n\n\b\n"
        "newsconv check notice.pdf                      # against GB/T 9704 (profile gbt9704)\n"
        "newsconv check notice.docx --render            # its XML, and LibreOffice's layout of it\n"
        "newsconv check article.pdf --profile news --json\n\n"
        "Exit codes:\n\n\b\n  0  the document conforms\n  1  it does not (the findings say what differs)\n"
        "  2  usage error (--render without LibreOffice)\n  3  the file cannot be read\n  5  invalid profile"
    )
)
def check(
    file: Annotated[str, typer.Argument(metavar="FILE.pdf|FILE.docx", help="The document to measure; - reads stdin.")],
    profile: Annotated[str, typer.Option("--profile", metavar="NAME|FILE", help="What to measure against.")] = "gbt9704",
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON.")] = False,
    render: Annotated[
        bool, typer.Option("--render", help="Also lay a DOCX out with LibreOffice and measure the pages it makes.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Measure a finished PDF or DOCX (newsconv's, or one made in Word or WPS) against a profile:
    page size and margins, lines per page and characters per line, the face of each role
    (embedded, the font named or a stand-in), the title, page numbers, the red 版头, the 署名 and
    成文日期, the 版记. One line per finding; exit 0 when it conforms, 1 when it does not."""
    _setup_logging(False, False)

    def body() -> int:
        from newsconv.check import check_document
        from newsconv.profiles import load_profile

        loaded = load_profile(profile)
        data = _read(file)
        name = "<stdin>" if file == STDIO else file
        report = check_document(data, name, loaded, render=render)
        sys.stdout.write(report.json() if as_json else report.text())
        return int(ExitCode.OK) if report.conforms else 1

    _guarded(debug, body)


# ---------------------------------------------------------------------------- formats


@app.command()
def formats() -> None:
    """List the input and output formats (pandoc's output formats included)."""
    from newsconv.readers import READERS, SUFFIXES
    from newsconv.writers import WRITERS

    typer.echo("Input formats:")
    for name in READERS:
        suffixes = " ".join(s for s, f in SUFFIXES.items() if f == name)
        typer.echo(f"  {name:<8} {suffixes}")
    typer.echo("Output formats:")
    for name, info in WRITERS.items():
        typer.echo(f"  {name:<8} {info.suffix:<7} {info.description}")
    try:
        from newsconv.writers.pandoc import output_formats, suffix

        typer.echo("Output formats through pandoc:")
        for name in output_formats():
            typer.echo(f"  {name:<22} {suffix(name)}")
    except NewsconvError as exc:
        typer.echo(f"  (pandoc is not available: {exc})")


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
        "newsconv fonts --profile gbt9704            # each role's face: installed, or a stand-in\n"
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
    """Show the face each role of a profile draws with in PDF output, and whether it is the
    font the profile names (installed) or a stand-in; for articles, the characters no font of
    the profile has (they would print as empty boxes)."""

    def body() -> int:
        from newsconv.profiles import load_profile

        loaded = load_profile(profile)
        if fontconfig:
            from newsconv.fontconfig import aliases

            sys.stdout.write(aliases(loaded))
            return int(ExitCode.OK)
        _list_fonts(loaded)
        for source in inputs or ():
            _report_coverage(source, loaded, from_format, encoding)
        return int(ExitCode.OK)

    _guarded(debug, body)


def _list_fonts(profile: object) -> None:
    """Per role, the face drawn for each font the profile names, and whether it is that font."""
    from newsconv.profiles import Profile
    from newsconv.writers.pdf.fonts import role_sources, stand_ins

    assert isinstance(profile, Profile)
    typer.echo(f"{'role':<12} {_pad('font', 16)} {'found':<9} drawn with")
    for role_name in profile.roles:
        role = profile.role(role_name)
        east_asian, latin, _ = role_sources(profile, role_name)
        for n, (name, source) in enumerate(((role.east_asian, east_asian), (role.latin, latin))):
            status = "stand-in" if source.stand_in else "installed" if source.found_as == "installed" else "named"
            typer.echo(f"{role_name if n == 0 else '':<12} {_pad(name, 16)} {status:<9} {source.describe()}")
    _, _, fallbacks = role_sources(profile, "body")
    for n, source in enumerate(fallbacks):
        typer.echo(f"{'fallback' if n == 0 else '':<12} {'':<16} {'':<9} {source.describe()}")
    missing = list(dict.fromkeys(item.font for item in stand_ins(profile)))
    if missing:
        typer.echo(f"\nNot installed, drawn with stand-ins: {', '.join(missing)}. Install them for the look "
                   "the profile names.")


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
