"""The commands that convert: ``convert`` (one document per input) and ``bundle`` (one issue from
many inputs)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from newsconv.cli.common import (
    EXIT_TABLE,
    app,
    check_stand_ins,
    guarded,
    letterhead_value,
    metadata_items,
    setting,
    setup_logging,
    stderr_is_terminal,
    stdout_is_terminal,
)
from newsconv.errors import UsageError


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
        be_quiet = bool(setting(quiet, conf, "quiet", False))
        be_verbose = bool(setting(verbose, conf, "verbose", False))
        setup_logging(be_quiet, be_verbose)
        size = setting(max_input_size, conf, "max_input_size", None)
        request = Request(
            inputs=list(inputs or []), to=setting(to, conf, "to", None), output=output,
            out_dir=setting(out_dir, conf, "out_dir", None), template=str(setting(name, conf, "name", "{stem}")),
            globs=list(setting(globs, conf, "glob", [])), files_from=setting(files_from, conf, "files_from", None),
            from_format=setting(from_format, conf, "from", None), encoding=setting(encoding, conf, "encoding", None),
            lexicon=list(setting(lexicon, conf, "lexicon", [])), profile=str(setting(profile, conf, "profile", "news")),
            keep_punctuation=bool(setting(keep_punctuation, conf, "keep_punctuation", False)),
            metadata=loaded.document + metadata_items(metadata),
            letterhead=letterhead_value(str(setting(letterhead, conf, "letterhead", "print"))),
            reference_doc=setting(reference_doc, conf, "reference_doc", None),
            overwrite=bool(setting(overwrite, conf, "overwrite", False)),
            skip_existing=bool(setting(skip_existing, conf, "skip_existing", False)),
            jobs=int(setting(jobs, conf, "jobs", os.cpu_count() or 1)),
            report=setting(report, conf, "report", None), fail_fast=bool(setting(fail_fast, conf, "fail_fast", False)),
            timeout=setting(timeout, conf, "timeout", None),
            max_input=INPUT_LIMIT if size is None else (size if isinstance(size, int) else parse_size(str(size))),
            shard=shard, resume=list(resume or []), dask=setting(dask, conf, "dask", None),
            dask_return=bool(setting(dask_return or None, conf, "dask_return", False)),
            config=loaded.path, quiet=be_quiet, verbose=be_verbose, debug=debug,
            stdout_is_terminal=stdout_is_terminal, stderr_is_terminal=stderr_is_terminal,
            check_fonts=lambda loaded_profile: check_stand_ins(loaded_profile, strict=strict_fonts, quiet=be_quiet),
        )
        return run_convert(request)

    guarded(debug, body)




@app.command(
    epilog=(
        "Examples:\n\n\b\n"
        "newsconv bundle pasted/ -o 每日要闻.pdf -M name=每日要闻 -M office=某区委宣传部 --issue 12\n"
        "newsconv bundle pasted/*.txt -t pdf,docx -d out --issue auto   # the next number after newsconv.toml's\n"
        "newsconv bundle cover.md a.txt b.html --summary first-paragraph -o 摘报.pdf"
    )
)
def bundle(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(metavar="INPUTS...", help="Articles, folders or - (stdin); a Markdown cover page sets the "
                       "issue (front matter with name, number, office, … and no title)."),
    ] = None,
    to: Annotated[str | None, typer.Option("-t", "--to", metavar="FORMATS", help="docx,pdf,md,html,… (several with -d).")] = None,
    output: Annotated[str | None, typer.Option("-o", "--output", metavar="FILE", help="The issue's file (format from its suffix).")] = None,
    out_dir: Annotated[Path | None, typer.Option("-d", "--out-dir", metavar="DIR", help="Folder for the issue's files, "
                                                 "named from the issue (简报-第12期.pdf).")] = None,
    metadata: Annotated[
        list[str] | None,
        typer.Option("-M", "--metadata", metavar="KEY=VALUE", help="The issue: name, number, office, date, send_to (报送), "
                     "cc (抄送), distribute_to (发送), copies (印数), editor_note (编者按). Repeatable."),
    ] = None,
    issue: Annotated[str | None, typer.Option("--issue", metavar="N|auto", help="The issue's number; auto: one after "
                                              "[bundle] last_issue in newsconv.toml, recorded once written.")] = None,
    sort: Annotated[str, typer.Option("--sort", metavar="ORDER", help="given (default), date, title or name.")] = "given",
    summary: Annotated[str, typer.Option("--summary", metavar="FORM", help="none (default) or first-paragraph: each "
                                         "article's title, source and first paragraph only.")] = "none",
    new_page: Annotated[bool | None, typer.Option("--new-page/--no-new-page", help="Each article from a new page "
                                                  "(default: the profile's [bundle] new_page).")] = None,
    contents: Annotated[bool | None, typer.Option("--contents/--no-contents", help="The contents list (default: on).")] = None,
    profile: Annotated[str | None, typer.Option("-p", "--profile", metavar="NAME|FILE", help="Look: briefing (default), "
                                                "news, gbt9704 or a profile file.")] = None,
    globs: Annotated[list[str] | None, typer.Option("--glob", metavar="PATTERN", help="Files to take from folders.")] = None,
    files_from: Annotated[str | None, typer.Option("--files-from", metavar="FILE", help="A list of inputs, one a line.")] = None,
    from_format: Annotated[str | None, typer.Option("-f", "--from", metavar="FORMAT", help="Input format.")] = None,
    encoding: Annotated[str | None, typer.Option("--encoding", metavar="NAME", help="Input encoding.")] = None,
    keep_punctuation: Annotated[bool, typer.Option("--keep-punctuation", help="Leave punctuation as pasted.")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing issue file.")] = False,
    jobs: Annotated[int | None, typer.Option("-j", "--jobs", min=1, help="Worker processes reading the inputs.")] = None,
    report: Annotated[Path | None, typer.Option("--report", metavar="FILE", help="A row per input (.json, .jsonl, .csv).")] = None,
    config: Annotated[Path | None, typer.Option("--config", metavar="FILE", help="newsconv.toml to use (default: "
                                                "./newsconv.toml; --issue auto writes last_issue there).")] = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="Print errors only.")] = False,
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="A line for every input.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    """Compile articles into one issue (简报, 每日要闻): red masthead, 第N期, contents with page
    numbers, each article under its title and source, the 版记; a bad input is reported and left out."""

    def body() -> int:
        from newsconv.bundle.command import BundleRequest
        from newsconv.bundle.command import bundle as run_bundle
        from newsconv.bundle.compile import SORTS, SUMMARIES
        from newsconv.bundle.meta import parse_issue_assignments

        if sort not in SORTS:
            raise UsageError(f"--sort {sort}: use one of {', '.join(SORTS)}")
        if summary not in SUMMARIES:
            raise UsageError(f"--summary {summary}: use one of {', '.join(SUMMARIES)}")
        setup_logging(quiet, verbose)
        request = BundleRequest(
            inputs=list(inputs or []), output=output, out_dir=out_dir, to=to, globs=list(globs or []),
            files_from=files_from, from_format=from_format, encoding=encoding, keep_punctuation=keep_punctuation,
            profile=profile or "briefing", metadata=parse_issue_assignments(metadata or ()), issue=issue,
            sort=sort, summary=summary, new_page=new_page, contents=contents,  # type: ignore[arg-type]
            config=config, overwrite=overwrite, jobs=jobs or os.cpu_count() or 1, report=report,
            quiet=quiet, verbose=verbose, debug=debug, stderr_is_terminal=stderr_is_terminal,
            check_fonts=lambda loaded: check_stand_ins(loaded, strict=False, quiet=quiet),
        )
        return run_bundle(request)

    guarded(debug, body)


