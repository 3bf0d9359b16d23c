"""``newsconv bundle`` from its options to an exit code: every input read once through the batch
runner (worker processes when there are many), a bad input reported and left out, the articles
put in order into one issue, each format written atomically, and, with ``--issue auto``, the
number recorded in newsconv.toml only once every output was written."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsconv.batch import plan, report
from newsconv.batch.command import Request as BatchRequest
from newsconv.batch.command import listed_inputs, read_stdin_input
from newsconv.batch.plan import Job
from newsconv.batch.progress import Progress
from newsconv.batch.run import DEFAULT_TIMEOUT, Engine, run_all
from newsconv.batch.work import Options, Result, Settings, display_name, read_job
from newsconv.bundle.compile import Piece, Sort, Summary, articles_of, compile_issue, sort_pieces
from newsconv.bundle.meta import Cover, Pairs, build_issue, is_markdown_name, read_cover, table_pairs
from newsconv.bundle.spool import ArticleStore
from newsconv.errors import InputError, OutputError, UsageError
from newsconv.model import Document, article_head

# Many inputs are read in worker processes; a few in this one (starting workers costs more).
PARALLEL_FROM = 8


@dataclass(slots=True)
class BundleRequest:
    """Everything ``newsconv bundle`` was asked."""

    inputs: list[str]
    output: str | None = None
    out_dir: Path | None = None
    to: str | list[str] | None = None
    globs: list[str] = field(default_factory=list)
    files_from: str | None = None
    from_format: str | None = None
    encoding: str | None = None
    keep_punctuation: bool = False
    profile: str = "briefing"
    metadata: Pairs = ()  # -M KEY=VALUE (the issue's keys)
    issue: str | None = None  # a number, or "auto"
    sort: Sort = "given"
    summary: Summary = "none"
    new_page: bool | None = None  # None: the profile's [bundle] new_page
    contents: bool | None = None  # None: the profile's [bundle] contents
    config: Path | None = None  # --config, else ./newsconv.toml
    overwrite: bool = False
    jobs: int = 1
    report: Path | None = None
    quiet: bool = False
    verbose: bool = False
    debug: bool = False
    stderr_is_terminal: Any = lambda: False
    check_fonts: Any = None  # told of the profile when PDF is asked for (stand-in fonts)


@dataclass(slots=True)
class ReadResult(Result):
    """A batch result that carries the document read (or the cover page found) back to the
    process that compiles the issue."""

    piece: Piece | None = None
    cover: Cover | None = None


def read_piece(job: Job, settings: Settings) -> Result:
    """Read and parse one input (a batch task: in this process or a worker); never raises."""
    from newsconv.batch.work import parse_article, recorded

    result = ReadResult(job.index, job.source, "converted")
    with recorded(result, job, settings):  # a bad input is left out, the issue goes on
        if job.problem is not None:
            raise job.problem
        data = read_job(job, settings)
        name = display_name(job) or "<stdin>"
        cover = read_cover(data, name) if is_markdown_name(name) else None
        if cover is not None:
            result.cover, result.title = cover, "(cover)"
        else:
            doc = parse_article(data, settings.options, name, result.warnings.append)
            result.piece = Piece(job.source, doc)
            result.title, result.source = doc.meta.title or "", doc.meta.source or ""
    return result


def config_path(req: BundleRequest) -> Path:
    """The newsconv.toml that --issue auto reads and writes: --config, else ./newsconv.toml."""
    return req.config if req.config is not None else Path("newsconv.toml")


def _formats(req: BundleRequest) -> list[str]:
    from newsconv.convert import format_for_suffix, parse_formats

    if req.output is not None and req.out_dir is not None:
        raise UsageError("use -o (one output file) or -d (an output folder), not both")
    if req.to:
        formats = parse_formats(req.to)
    elif req.output and (by_suffix := format_for_suffix(req.output)):
        formats = [by_suffix]
    else:
        raise UsageError("say which format to write: -o issue.pdf, or -t docx,pdf,html,md with -d DIR")
    if req.output is not None and len(formats) > 1:
        raise UsageError("-o names one file; for several formats use -d DIR")
    return formats


def _profile(req: BundleRequest) -> Any:
    from dataclasses import replace

    from newsconv.profiles import load_profile

    profile = load_profile(req.profile)
    changes = {k: v for k, v in (("new_page", req.new_page), ("contents", req.contents)) if v is not None}
    return replace(profile, bundle=replace(profile.bundle, **changes)) if changes else profile


def _issue_number(req: BundleRequest) -> tuple[str | None, int | None]:
    """(the number to print, the number to record afterwards with --issue auto)."""
    if req.issue is None:
        return None, None
    if req.issue.strip().lower() == "auto":
        from newsconv.bundle.numbering import next_issue

        number = next_issue(config_path(req))
        return str(number), number
    if not req.issue.strip():
        raise UsageError("--issue: give a number (--issue 12) or auto")
    return req.issue.strip(), None


def _jobs(req: BundleRequest) -> list[Job]:
    """The inputs, found as ``newsconv convert`` finds them (folders, --glob, --files-from, -)."""
    batch_req = BatchRequest(inputs=req.inputs, globs=req.globs, files_from=req.files_from)
    jobs = plan.expand_inputs(req.inputs, req.globs, listed_inputs(batch_req))
    if not jobs:
        globs = f" (--glob {' '.join(req.globs)})" if req.globs else ""
        raise UsageError(f"no files to bundle in the folders given{globs}")
    read_stdin_input(jobs, batch_req)
    return jobs


def _spooled(piece: Piece, store: ArticleStore) -> Piece:
    """The input's articles written to the spool; what stays in memory is its name, the
    metadata its ordering reads, and where its articles lie."""
    return Piece(piece.name, Document(article_head(piece.doc.meta), store.add(articles_of(piece.doc))))


def _read_all(jobs: list[Job], req: BundleRequest, settings: Settings, progress: Progress,
              store: ArticleStore) -> tuple[list[Result], str, float]:
    """Every input read; each one's articles go to ``store`` as its result arrives."""
    workers = 0 if len(jobs) < PARALLEL_FROM else max(1, min(req.jobs, len(jobs)))
    results: list[Result] = []

    def on_done(result: Result) -> bool:
        if isinstance(result, ReadResult) and result.piece is not None:
            result.piece = _spooled(result.piece, store)
        progress.finished(result)
        return True

    def on_ordered(result: Result) -> None:
        results.append(result)
        progress.report(result)

    start = time.perf_counter()
    outcome = run_all(jobs, settings, read_piece, Engine(workers, DEFAULT_TIMEOUT), on_done=on_done,
                      on_ordered=on_ordered, on_tick=progress.tick)
    return results, outcome, time.perf_counter() - start


def _targets(req: BundleRequest, formats: list[str], title: str) -> dict[str, Path]:
    from newsconv.files import safe_name
    from newsconv.writers import suffix_for

    if req.output is not None:
        return {formats[0]: Path(req.output)}
    folder = req.out_dir or Path(".")
    stem = safe_name(title.replace(" ", "-"))
    return {fmt: folder / f"{stem}{suffix_for(fmt)}" for fmt in formats}


def _write_outputs(doc: Any, targets: dict[str, Path], profile: Any, options: Any, overwrite: bool) -> None:
    """Each format written straight into a temporary file beside its target (the PDF's pages
    as they are set), and the files named only once every one is complete: a failure while
    making any leaves none of them written."""
    from newsconv.convert import render_to
    from newsconv.files import PendingOutput

    pending: list[PendingOutput] = []
    try:
        for fmt, target in targets.items():
            output = PendingOutput(target, overwrite=overwrite)
            pending.append(output)
            try:
                render_to(doc, fmt, profile, options, output.file)
            except OSError as exc:  # the output folder's disk (full, gone)
                raise OutputError(f"cannot write ({exc.strerror})", path=str(target)) from None
        for output in pending:
            output.commit()
    finally:
        for output in pending:
            output.discard()


def bundle(req: BundleRequest) -> int:
    from newsconv.config import Config, load_config

    formats = _formats(req)
    profile = _profile(req)
    if "pdf" in formats and req.check_fonts is not None:
        req.check_fonts(profile)
    # a --config file that does not exist yet is made by --issue auto
    config = load_config(req.config) if req.config is None or req.config.exists() else Config(None, {})
    layers: list[Pairs] = [table_pairs(config.bundle or {}, str(config.path))]
    printed, to_record = _issue_number(req)  # a bad --issue or newsconv.toml stops here, before any reading
    options = Options(formats=tuple(formats), profile=profile, from_format=req.from_format, encoding=req.encoding,
                      keep_punctuation=req.keep_punctuation)
    settings = Settings(options, debug=req.debug)
    jobs = _jobs(req)
    progress = Progress(len(jobs), quiet=req.quiet, verbose=req.verbose, single=len(jobs) == 1,
                        terminal=req.stderr_is_terminal())
    # the articles wait in an anonymous file (no name: gone when it is closed, whatever happens)
    with tempfile.TemporaryFile(prefix="newsconv-articles-") as spool:
        return _compile_and_write(req, jobs, settings, progress, ArticleStore(spool), formats, profile, layers,
                                  (printed, to_record))


def _compile_and_write(req: BundleRequest, jobs: list[Job], settings: Settings, progress: Progress,
                       store: ArticleStore, formats: list[str], profile: Any, layers: list[Pairs],
                       number: tuple[str | None, int | None]) -> int:
    from newsconv.writers import WriteOptions
    from newsconv.writers.issue import issue_title

    printed, to_record = number
    results, outcome, seconds = _read_all(jobs, req, settings, progress, store)
    pieces = [r.piece for r in results if isinstance(r, ReadResult) and r.piece is not None]
    covers = [r.cover for r in results if isinstance(r, ReadResult) and r.cover is not None]
    note = covers[0].note if covers else ()
    layers.extend(c.pairs for c in covers)
    layers.append(req.metadata)
    if printed is not None:
        layers.append((("number", printed),))
    summary = report.summarize(results, seconds)
    try:
        if outcome != "done":
            return report.exit_code(results, outcome)
        if not pieces:
            raise InputError("no input could be read as an article; nothing was written (see the messages above)",
                             path=", ".join(r.input for r in results[:3]) + (" …" if len(results) > 3 else ""))
        issue = build_issue(*layers, note=note)
        doc = compile_issue([p.doc for p in sort_pieces(pieces, req.sort)], issue, summary=req.summary)
        warnings: list[str] = []
        targets = _targets(req, formats, issue_title(issue))
        existing = [str(t) for t in targets.values() if t.exists()]
        if existing and not req.overwrite:  # before any is made: all of the issue's files or none
            raise UsageError(f"{existing[0]} exists; give --overwrite to replace it, or another -o or -d")
        _write_outputs(doc, targets, profile, WriteOptions(warn=warnings.append), req.overwrite)
        for message in dict.fromkeys(warnings):
            progress.say(f"newsconv: warning: {message}")
        written = [str(t) for t in targets.values()]
        if not req.quiet:
            progress.say(f"newsconv: {issue_title(issue)}: {len(doc.blocks)} articles -> {', '.join(written)}")
        for result in results:
            if result.status == "converted":
                result.outputs = written
        if to_record is not None:
            from newsconv.bundle.numbering import record_issue

            record_issue(config_path(req), to_record)
            if not req.quiet:
                progress.say(f"newsconv: {config_path(req)}: [bundle] last_issue = {to_record}")
    finally:
        progress.close(summary, outcome)
        if req.report is not None:
            report.write_report(req.report, results, summary)
    return report.exit_code(results, outcome)
