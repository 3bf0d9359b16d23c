"""``newsconv convert`` from its options to an exit code: read the lists and settings (each with
its size limit), make and check the plan, run it on the chosen engine, print progress, write
the report. ``cli.py`` turns flags into a ``Request`` and errors into messages."""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsconv.batch import plan, report
from newsconv.batch.plan import STDIO, Job
from newsconv.batch.progress import Progress
from newsconv.batch.run import DEFAULT_TIMEOUT, Engine, run_all
from newsconv.batch.work import Options, Result, Settings, probe, resumed, run_job
from newsconv.errors import InputError, NewsconvError, Terminated, UsageError
from newsconv.files import (
    INPUT_LIMIT,
    LIST_LIMIT,
    REFERENCE_LIMIT,
    SameFiles,
    check_extra_output,
    read_bytes_limited,
    read_input,
    read_stream_limited,
)

if TYPE_CHECKING:
    from newsconv.profiles import Profile


@dataclass(slots=True)
class Request:
    """Everything ``newsconv convert`` was asked, flags and configuration file merged."""

    inputs: list[str]
    to: str | list[str] | None = None
    output: str | None = None
    out_dir: Path | None = None
    template: str = "{stem}"
    globs: list[str] = field(default_factory=list)
    files_from: str | None = None
    from_format: str | None = None
    encoding: str | None = None
    lexicon: list[Path] = field(default_factory=list)
    profile: str = "news"
    keep_punctuation: bool = False
    metadata: tuple[tuple[str, str], ...] = ()  # -M KEY=VALUE and newsconv.toml's [document]
    letterhead: str = "print"  # "reserve": an official document's red 版头 left blank (套打)
    reference_doc: Path | None = None
    overwrite: bool = False
    skip_existing: bool = False
    jobs: int = 1
    report: Path | None = None
    fail_fast: bool = False
    timeout: float | None = None  # None: the batch default; 0: no limit
    max_input: int = INPUT_LIMIT
    shard: str | None = None
    resume: list[Path] = field(default_factory=list)
    dask: str | None = None
    dask_return: bool = False
    config: Path | None = None  # the configuration file that was read, if any
    quiet: bool = False
    verbose: bool = False
    debug: bool = False
    stdout_is_terminal: Callable[[], bool] = lambda: False
    stderr_is_terminal: Callable[[], bool] = lambda: False
    check_fonts: Callable[[Profile], None] | None = None  # told of the profile when PDF is asked for


def convert(req: Request) -> int:
    settings = settings_for(req)
    active = plan_batch(req, settings)
    gc.freeze()  # the plan lives to the end: forked workers need not copy its pages, nor scan it
    try:
        to_run = [job for job in active if job.done_before is None]
        progress = Progress(len(to_run), quiet=req.quiet, verbose=req.verbose, single=len(active) == 1,
                            terminal=req.stderr_is_terminal())
        results, outcome, seconds = _run(to_run, settings, _engine(req, len(to_run)), req, progress)
    finally:
        gc.unfreeze()
    results.extend(resumed(job) for job in active if job.done_before is not None)
    results.sort(key=lambda r: r.index)
    summary = report.summarize(results, seconds)
    progress.close(summary, outcome)
    if req.report is not None:
        report.write_report(req.report, results, summary)
    return report.exit_code(results, outcome, fail_fast=req.fail_fast)


def plan_batch(req: Request, settings: Settings) -> list[Job]:
    """The jobs of this run (this shard), each with its outputs named and checked. Planning
    makes a few objects per input that live to the end, and no garbage cycles: the cyclic
    collector would only scan them again and again (a third of the time at 100,000 inputs)."""
    gc.disable()
    try:
        return _make_plan(req, settings)
    finally:
        gc.enable()


def _make_plan(req: Request, settings: Settings) -> list[Job]:
    jobs = plan.expand_inputs(req.inputs, req.globs, _listed(req))
    if not jobs:
        globs = f" (--glob {' '.join(req.globs)})" if req.globs else ""
        raise UsageError(f"no files to convert in the folders given{globs}")
    if req.output is not None and len(jobs) > 1:
        raise UsageError("-o names one output file; with several inputs use -d DIR")
    _read_stdin(jobs, req)
    active, others = _shard(jobs, req.shard)
    files = SameFiles([*(j.source for j in jobs if j.source != STDIO), *_settings_files(req)])
    _plan(active, others, settings, req, files)
    if req.report is not None:
        _check_report(req.report, files, req.resume)
    return active


# ---------------------------------------------------------------------------- settings


def settings_for(req: Request) -> Settings:
    """What the workers need, from the request; a bad option, profile, lexicon or reference
    document is reported here, once, before any work."""
    from newsconv.convert import format_for_suffix, parse_formats
    from newsconv.profiles import load_profile

    if req.output is not None and req.out_dir is not None:
        raise UsageError("use -o (one output file) or -d (an output folder), not both")
    if req.dask_return and req.dask is None:
        raise UsageError("--dask-return goes with --dask ADDRESS")
    if req.to:
        formats = parse_formats(req.to)
    elif req.output and req.output != STDIO and (by_suffix := format_for_suffix(req.output)):
        formats = [by_suffix]
    else:
        raise UsageError("say which format to write: -t docx,pdf,md,html or -o FILE with a known suffix")
    if req.output is not None and len(formats) > 1:
        raise UsageError("-o names one file; for several formats use -d DIR (or leave both out)")
    plan.template_fields(req.template)
    profile = load_profile(req.profile)  # a bad profile, lexicon or reference is reported once, before any work
    if "pdf" in formats and req.check_fonts is not None:
        req.check_fonts(profile)
    lexicon = tuple(os.path.abspath(f) for f in req.lexicon)
    if lexicon:
        from newsconv.readers.text.lexicon import load_lexicon

        load_lexicon(lexicon)
    options = Options(formats=tuple(formats), profile=profile, from_format=req.from_format, encoding=req.encoding,
                      lexicon=lexicon, keep_punctuation=req.keep_punctuation,
                      metadata=req.metadata, letterhead=req.letterhead,
                      reference_docx=_reference(req.reference_doc) if "docx" in formats else None)
    return Settings(options, overwrite=req.overwrite, skip_existing=req.skip_existing, debug=req.debug,
                    max_input=req.max_input, return_outputs=req.dask_return)


def _reference(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        data = read_bytes_limited(path, REFERENCE_LIMIT, error=UsageError, what="a reference document")
    except FileNotFoundError:
        raise UsageError(f"--reference-doc {path}: no such file; check the name and the folder") from None
    except OSError as exc:
        raise UsageError(f"--reference-doc {path}: cannot read ({exc.strerror})") from None
    except NewsconvError as exc:
        raise UsageError(f"--reference-doc {exc}") from None
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise UsageError(f"--reference-doc {path}: not a readable .docx file; save it from Word as .docx") from None
    return data


def _listed(req: Request) -> list[str]:
    """The names in --files-from (a file, or - for stdin), read with the list's size limit."""
    if req.files_from is None:
        if not req.inputs:
            raise UsageError("name the files or folders to convert (or --files-from FILE); see newsconv convert --help")
        return []
    from newsconv.readers.decode import decode

    name = str(req.files_from)
    if name == STDIO:
        if STDIO in req.inputs:
            raise UsageError("stdin cannot be both an input and --files-from -")
        data = read_stream_limited(sys.stdin.buffer, LIST_LIMIT, name="--files-from -", what="a list of files")
    else:
        try:
            data = read_bytes_limited(name, LIST_LIMIT, what="a list of files")
        except OSError:
            data = read_input(Path(name))  # its message for a missing or unreadable file
    try:
        listed = plan.read_list(decode(data, source=name)) if data else []
    except InputError:
        raise InputError("not a list of file names (one a line, as text)", path=f"--files-from {name}") from None
    if not req.inputs and not listed:
        raise UsageError(f"--files-from {name}: the list names no files")
    return listed


def _settings_files(req: Request) -> list[Path]:
    """Files the command reads besides the inputs: no output may replace them either."""
    named = [req.config, req.reference_doc, *req.lexicon, *req.resume]
    if req.files_from not in (None, STDIO):
        named.append(Path(str(req.files_from)))
    if os.path.isfile(req.profile):
        named.append(Path(req.profile))
    return [p for p in named if p is not None]


def _read_stdin(jobs: list[Job], req: Request) -> None:
    """stdin is read by this process, once, whatever engine converts it."""
    for job in jobs:
        if job.source == STDIO:
            try:
                job.data = read_stream_limited(sys.stdin.buffer, req.max_input, what="an article",
                                               hint="--max-input-size raises the limit")
            except InputError as exc:
                job.problem = exc


# ---------------------------------------------------------------------------- the plan


def _shard(jobs: list[Job], shard: str | None) -> tuple[list[Job], list[Job]]:
    if shard is None:
        return jobs, []
    k, n = plan.parse_shard(shard)
    mine = [plan.shard_of(job.shard_key, n) == k for job in jobs]
    return [j for j, m in zip(jobs, mine, strict=True) if m], [j for j, m in zip(jobs, mine, strict=True) if not m]


def _plan(active: list[Job], others: list[Job], settings: Settings, req: Request, files: SameFiles) -> None:
    """Name every output and check the plan. Names from the articles ({title}, {date}, {source})
    need each input read first, and only this shard's inputs are read: collisions with other
    shards are then checked only for names that do not come from the articles."""
    fields: dict[int, dict[str, str]] = {}
    from_articles = bool(set(plan.template_fields(req.template)) & plan.ARTICLE_FIELDS)
    if from_articles:
        fields = _probe(active, settings, req)
        others = []
    folder = Path(req.out_dir) if req.out_dir is not None else None
    for jobs in (active, others):
        plan.plan_targets(jobs, settings.formats, output=req.output, out_dir=folder, template=req.template,
                          fields=fields, files=files)
    if req.resume:
        plan.mark_done_before(active, report.read_reports(req.resume))
    plan.check_plan(active, files, overwrite=req.overwrite, skip_existing=req.skip_existing,
                    binary_to_terminal=lambda _fmt: req.stdout_is_terminal(), elsewhere=others)


def _probe(jobs: list[Job], settings: Settings, req: Request) -> dict[int, dict[str, str]]:
    """Read every input once for its title, date and source; an input that cannot be read (for
    any reason, a crash or a time-out included) fails alone, with its message."""
    fields: dict[int, dict[str, str]] = {}

    def seen(result: Result) -> None:
        if result.status == "failed":
            jobs_by_index[result.index].problem = _problem(result)
        elif result.status == "read":
            fields[result.index] = {"title": result.title, "date": result.date, "source": result.source}

    jobs_by_index = {job.index: job for job in jobs}
    outcome = run_all(jobs, settings, probe, _engine(req, len(jobs)), on_done=lambda _r: True, on_ordered=seen)
    if outcome == "terminated":
        raise Terminated
    if outcome != "done":
        raise KeyboardInterrupt
    return fields


def _problem(result: Result) -> NewsconvError:
    """The failure a probe reported, kept for the input's row (it is not read again)."""
    from newsconv.errors import ExitCode

    error = NewsconvError(result.error)
    error.exit_code = ExitCode(result.code)
    return error


def _check_report(path: Path, files: SameFiles, resume: list[Path]) -> None:
    """The report may replace a --resume report (that is how a resumed run keeps one report),
    never an input or an output."""
    read = files.read_by(path)
    if read is not None and any(os.path.samefile(read, r) for r in resume if os.path.exists(r)):
        files.claim(path, "the report")
        return
    check_extra_output(path, "report", files)


# ---------------------------------------------------------------------------- running


def _engine(req: Request, count: int) -> Engine:
    """Dask if asked; else worker processes, each input with a time limit; a single input with
    no --timeout runs in this process (no time limit: a clerk waits for one article)."""
    timeout = DEFAULT_TIMEOUT if req.timeout is None else (req.timeout or None)
    if req.dask is not None:
        return Engine(workers=max(1, req.jobs), timeout=timeout, dask=req.dask)
    if count <= 1 and req.timeout is None:
        return Engine(workers=0)
    return Engine(workers=max(1, min(req.jobs, count)), timeout=timeout)


def _run(jobs: list[Job], settings: Settings, engine: Engine, req: Request,
         progress: Progress) -> tuple[list[Result], str, float]:
    results: list[Result] = []

    def on_done(result: Result) -> bool:
        progress.finished(result)
        return not (req.fail_fast and result.status == "failed")

    def on_ordered(result: Result) -> None:
        results.append(result)
        progress.report(result)
        if req.debug and result.trace:
            sys.stderr.write(result.trace)

    start = time.perf_counter()
    outcome = "done"
    if jobs:
        try:
            outcome = run_all(jobs, settings, run_job, engine, on_done=on_done, on_ordered=on_ordered,
                              on_tick=progress.tick)
        except NewsconvError:
            raise
        except Exception as exc:  # the engine broke (a bug, a cluster gone): the report still covers what finished
            _write_partial_report(req, results, time.perf_counter() - start)
            raise exc
    return results, outcome, time.perf_counter() - start


def _write_partial_report(req: Request, results: list[Result], seconds: float) -> None:
    if req.report is not None:
        report.write_report(req.report, results, report.summarize(results, seconds))
