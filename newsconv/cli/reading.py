"""The commands that read and report: ``parse`` (the document model, or how each line was
read) and ``check`` (a finished PDF or DOCX against a profile)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from newsconv.cli.common import (
    STDIO,
    app,
    check_lexicon,
    guarded,
    lexicon_files,
    metadata_items,
    pad,
    read_source,
    setup_logging,
)
from newsconv.errors import ExitCode, UsageError


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
    setup_logging(False, False)

    def body() -> int:
        from newsconv.convert import input_format
        from newsconv.convert import parse as parse_doc
        from newsconv.model import to_json
        from newsconv.readers import ReadOptions
        from newsconv.transforms import TransformOptions

        given = metadata_items(metadata)
        data = read_source(input)
        name = "<stdin>" if input == STDIO else input
        fmt = input_format(None if input == STDIO else input, data, from_format)
        check_lexicon(lexicon)
        opts = ReadOptions(encoding=encoding, source=name, lexicon=lexicon_files(lexicon))
        if explain:
            if fmt not in ("text", "html"):
                raise UsageError("--explain shows the raw-text reader's decisions; this input is not text or HTML")
            if fmt == "html":
                from newsconv.readers.html import explain_html as explain_lines
            else:
                from newsconv.readers.text import explain as explain_lines

            for d in explain_lines(data, opts):
                typer.echo(f"{d.line.no:>5}  {d.kind.value:<12} {pad(d.line.text, 60)}  [{d.rule}]")
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

    guarded(debug, body)




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
    setup_logging(False, False)

    def body() -> int:
        from newsconv.check import check_document
        from newsconv.profiles import load_profile

        loaded = load_profile(profile)
        data = read_source(file)
        name = "<stdin>" if file == STDIO else file
        report = check_document(data, name, loaded, render=render)
        sys.stdout.write(report.json() if as_json else report.text())
        return int(ExitCode.OK) if report.conforms else 1

    guarded(debug, body)


