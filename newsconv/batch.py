"""Batch conversion: inputs to jobs, jobs to worker processes, results to progress, a report
and an exit code.

The plan is made whole before anything is written: every input found, every output named
(``--name`` templates that use the article's title or date parse the inputs first), names made
safe for Windows and kept inside the output folder, collisions refused. Then each input is
read, parsed once and written in every format by a worker; outputs are written atomically,
so an interrupted batch leaves whole files only. Results are reported in input order.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from newsconv.errors import ExitCode, NewsconvError, OutputError, UsageError
from newsconv.files import read_input, safe_name, same_file

STDIO = "-"
TEMPLATE_FIELDS = ("stem", "title", "date", "source")
_FIELD = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class Settings:
    """What every job needs; sent once to each worker process."""

    formats: tuple[str, ...]
    profile: str = "news"
    from_format: str | None = None
    encoding: str | None = None
    lexicon: tuple[str, ...] = ()
    keep_punctuation: bool = False
    metadata: tuple[tuple[str, str], ...] = ()  # -M KEY=VALUE and newsconv.toml's [document]
    letterhead: str = "print"  # --letterhead reserve: an official document's red 版头 left blank
    reference_docx: bytes | None = None
    overwrite: bool = False
    skip_existing: bool = False
    debug: bool = False


@dataclass(slots=True)
class Job:
    """One input and where each of its formats goes (a path, or None for stdout)."""

    index: int
    source: str
    base: Path | None = None  # the folder it was found in, for mirroring under -d
    targets: dict[str, Path | None] = field(default_factory=dict)
    skip: set[str] = field(default_factory=set)  # formats whose output is newer than the input
    problem: NewsconvError | None = None  # found while planning: the job fails without running


@dataclass(slots=True)
class Result:
    """What became of one input: one row of the report."""

    index: int
    input: str
    status: str  # converted, skipped, failed, not run
    outputs: list[str] = field(default_factory=list)
    error: str = ""
    code: int = 0
    title: str = ""
    date: str = ""
    authors: list[str] = field(default_factory=list)
    source: str = ""
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    trace: str = ""  # the traceback of an internal error, for --debug


# ---------------------------------------------------------------------------- finding inputs


def expand_inputs(args: Iterable[str], globs: Iterable[str] = (), files_from: Iterable[str] = ()) -> list[Job]:
    """Jobs for the named inputs: files as given, folders walked (sorted, recursively) for files
    that match ``globs`` (default: every suffix newsconv reads), ``-`` for stdin. A name that
    does not exist becomes a job that fails with a clear message."""
    from newsconv.readers import SUFFIXES

    patterns = list(globs)
    jobs: list[Job] = []
    seen: set[str] = set()

    def add(source: str, base: Path | None = None) -> None:
        key = source if source == STDIO else os.path.abspath(source)
        if key not in seen:
            seen.add(key)
            jobs.append(Job(len(jobs), source, base))

    for arg in [*args, *files_from]:
        path = Path(arg)
        if arg != STDIO and path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
            for file in found:
                rel = file.relative_to(path)
                if patterns:
                    if any(rel.match(p) or file.match(p) for p in patterns):
                        add(str(file), path)
                elif file.suffix.lower() in SUFFIXES:
                    add(str(file), path)
        else:
            add(arg)
    return jobs


def _hidden(rel: Path) -> bool:
    """Hidden files and folders (``.git``, ``.DS_Store``) and newsconv's own temporary files."""
    return any(part.startswith(".") for part in rel.parts)


def read_list(text: str) -> list[str]:
    """Paths from a ``--files-from`` list: one a line; blank lines and ``#`` comments skipped."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


# ---------------------------------------------------------------------------- naming outputs


def template_fields(template: str) -> list[str]:
    names = _FIELD.findall(template)
    unknown = [n for n in names if n not in TEMPLATE_FIELDS]
    if unknown:
        raise UsageError(f"--name: unknown field {{{unknown[0]}}}; use {', '.join('{' + f + '}' for f in TEMPLATE_FIELDS)}")
    if ".." in Path(_FIELD.sub("x", template)).parts or template.startswith(("/", "\\")):
        raise UsageError("--name: the template must name a file inside the output folder (no '..', no leading '/')")
    return names


def render_name(template: str, values: dict[str, str]) -> Path:
    """The relative path a template gives: each field's value made safe as one file name, each
    folder of the template likewise; never empty, never outside the output folder."""
    parts = []
    for segment in re.split(r"[/\\]", template):
        filled = _FIELD.sub(lambda m: safe_name(values.get(m.group(1), ""), fallback=""), segment)
        parts.append(safe_name(filled, fallback=values.get("stem") or "untitled"))
    return Path(*[p for p in parts if p]) if parts else Path(values.get("stem") or "untitled")


def plan_targets(jobs: list[Job], formats: Iterable[str], *, output: str | None, out_dir: Path | None,
                 template: str, fields: dict[int, dict[str, str]] | None = None) -> None:
    """Fill each job's targets: ``-o``, else ``out_dir`` (mirroring the folders inputs were
    found in), else beside the input, named by the template."""
    from newsconv.writers import suffix_for

    for job in jobs:
        for fmt in formats:
            if output is not None:
                job.targets[fmt] = None if output == STDIO else Path(output)
                continue
            if job.source == STDIO and out_dir is None:
                job.targets[fmt] = None
                continue
            stem = "stdin" if job.source == STDIO else Path(job.source).stem
            values = {"stem": stem, **((fields or {}).get(job.index, {}))}
            relative = render_name(template, values)
            if out_dir is not None:
                folder = out_dir
                if job.base is not None:
                    folder = out_dir / Path(job.source).parent.relative_to(job.base)
            else:
                folder = Path(job.source).parent
            target = folder / relative.parent / (relative.name + suffix_for(fmt))
            root = (out_dir if out_dir is not None else Path(job.source).parent).resolve()
            if not target.resolve().is_relative_to(root):
                raise UsageError(f"{target}: the name would leave the output folder {root}")
            job.targets[fmt] = target


def check_plan(jobs: list[Job], *, overwrite: bool, skip_existing: bool, binary_to_terminal: Callable[[str], bool]) -> None:
    """Refuse, before anything is written, outputs that would clobber an input or each other;
    mark outputs that exist (skipped when newer than the input with --skip-existing, else the
    job fails unless --overwrite)."""
    from newsconv.writers import is_binary

    to_stdout = [(job, fmt) for job in jobs for fmt, t in job.targets.items() if t is None]
    if len(to_stdout) > 1:
        raise UsageError("only one output can go to stdout; use -t with one format, or -o/-d for files")
    for _job, fmt in to_stdout:
        if is_binary(fmt) and binary_to_terminal(fmt):
            raise UsageError(f"refusing to write {fmt.upper()} to the terminal; use -o FILE or redirect stdout")
    sources = [Path(j.source) for j in jobs if j.source != STDIO]
    source_keys = {os.path.normcase(os.path.abspath(s)) for s in sources}
    seen: dict[str, tuple[Path, str]] = {}
    clashes: list[str] = []
    for job in jobs:
        for target in job.targets.values():
            if target is None:
                continue
            absolute = os.path.abspath(target)
            if os.path.normcase(absolute) in source_keys or any(same_file(target, s) for s in sources
                                                                if s.name == target.name):
                raise UsageError(f"{target}: the output would overwrite an input; choose another name with -o or -d")
            key = absolute.casefold()  # Windows and macOS folders ignore case
            if key in seen and seen[key][1] != job.source:
                clashes.append(f"{target} (from {seen[key][1]} and {job.source})")
            seen.setdefault(key, (target, job.source))
    if clashes:
        more = f" and {len(clashes) - 3} more" if len(clashes) > 3 else ""
        raise UsageError(f"two inputs would write the same file: {'; '.join(clashes[:3])}{more}; "
                         "use --name with {stem} or another field, or -d to keep folders apart")
    if overwrite and not skip_existing:
        return
    for job in jobs:
        for fmt, target in job.targets.items():
            if target is None or not target.exists():
                continue
            if skip_existing:
                try:
                    fresh = job.source != STDIO and target.stat().st_mtime >= Path(job.source).stat().st_mtime
                except OSError:
                    fresh = False
                if fresh:
                    job.skip.add(fmt)
            elif job.problem is None:
                job.problem = OutputError("already exists; use --overwrite to replace it, or --skip-existing",
                                          path=str(target))


# ---------------------------------------------------------------------------- running one job

_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    """In each worker: ignore Ctrl-C (the main process stops the batch; a worker finishes the
    file it is writing, so nothing is left half-written) and keep the settings."""
    global _SETTINGS
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _SETTINGS = settings


def _parse_job(job: Job, settings: Settings, warn: Callable[[str], None] | None = None) -> object:
    from newsconv import convert
    from newsconv.readers import ReadOptions
    from newsconv.transforms import TransformOptions

    data = sys.stdin.buffer.read() if job.source == STDIO else read_input(Path(job.source))
    name = "<stdin>" if job.source == STDIO else job.source
    fmt = convert.input_format(None if job.source == STDIO else job.source, data, settings.from_format)
    return convert.parse(data, fmt, ReadOptions(encoding=settings.encoding, source=name, lexicon=settings.lexicon,
                                                warn=warn),
                         TransformOptions(keep_punctuation=settings.keep_punctuation, metadata=settings.metadata))


def _describe(result: Result, doc: object) -> None:
    from newsconv.model import Document, format_published

    assert isinstance(doc, Document)
    meta = doc.meta
    result.title = meta.title or ""
    result.date = format_published(meta.published) or ""
    result.authors = list(meta.writers)
    result.source = meta.source or ""


def probe(job: Job, settings: Settings | None = None) -> tuple[int, dict[str, str] | NewsconvError]:
    """The template fields of an input (parsed once), or the error that stops it."""
    settings = settings or _SETTINGS
    assert settings is not None
    try:
        from newsconv.model import Document, format_published

        doc = _parse_job(job, settings)
        assert isinstance(doc, Document)
        published = format_published(doc.meta.published) or ""
        return job.index, {"title": doc.meta.title or "", "date": published[:10], "source": doc.meta.source or ""}
    except NewsconvError as exc:
        return job.index, exc


def run_job(job: Job, settings: Settings | None = None) -> Result:
    """Read, parse once, write every format; never raises for a bad input."""
    settings = settings or _SETTINGS
    assert settings is not None
    start = time.perf_counter()
    result = Result(job.index, job.source, "converted")
    try:
        if job.problem is not None:
            raise job.problem
        wanted = {fmt: t for fmt, t in job.targets.items() if fmt not in job.skip}
        if not wanted:
            result.status = "skipped"
            result.outputs = [str(t) for t in job.targets.values() if t is not None]
            return result
        from newsconv import convert
        from newsconv.files import atomic_write
        from newsconv.profiles import load_profile
        from newsconv.writers import WriteOptions

        doc = _parse_job(job, settings, result.warnings.append)
        _describe(result, doc)
        profile = load_profile(settings.profile)
        options = WriteOptions(reference_docx=settings.reference_docx, warn=result.warnings.append,
                               letterhead=settings.letterhead)
        for fmt, target in wanted.items():
            payload = convert.render(doc, fmt, profile, options)  # type: ignore[arg-type]
            if target is None:
                sys.stdout.buffer.write(payload)
                sys.stdout.buffer.flush()
                result.outputs.append("stdout")
            else:
                atomic_write(target, payload, overwrite=settings.overwrite or settings.skip_existing)
                result.outputs.append(str(target))
    except NewsconvError as exc:
        result.status, result.error, result.code = "failed", str(exc), int(exc.exit_code)
        if settings.debug:
            result.trace = traceback.format_exc()
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except MemoryError:
        result.status, result.code = "failed", int(ExitCode.INPUT)
        result.error = f"{job.source}: ran out of memory: too large for this machine's memory; split it"
    except Exception as exc:  # a bug in newsconv: this input fails, the batch goes on
        result.status, result.code = "failed", int(ExitCode.INTERNAL)
        result.error = f"{job.source}: internal error: {type(exc).__name__}: {exc} (rerun with --debug and report it)"
        result.trace = traceback.format_exc()
    finally:
        result.seconds = time.perf_counter() - start
    return result


# ---------------------------------------------------------------------------- running many


def warm(settings: Settings) -> None:
    """Import the writers and load the PDF fonts once, before the workers are forked, so that
    each worker starts with them instead of loading them again."""
    from newsconv.profiles import load_profile
    from newsconv.writers import WRITERS, get_writer

    profile = load_profile(settings.profile)
    for fmt in settings.formats:
        if fmt in WRITERS:
            get_writer(fmt)
    if "pdf" in settings.formats:
        from newsconv.writers.pdf.fonts import role_chain

        for role in ("body", "title", "heading 1", "meta"):
            role_chain(profile, role)
    if {"pdf", "docx", "html"} & set(settings.formats):
        # long Chinese titles are broken between words: load the word segmenter once, for every worker
        from newsconv.writers.titles import load_segmenter

        load_segmenter()
    from newsconv.transforms import TRANSFORMS

    for module, _ in TRANSFORMS.values():
        import_module(module)


def _pool(workers: int, settings: Settings) -> ProcessPoolExecutor:
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    if method == "fork":
        warm(settings)
    context = multiprocessing.get_context(method) if method else None
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                               initargs=(settings,))


def run_all(jobs: list[Job], settings: Settings, workers: int, task: Callable, *,  # type: ignore[type-arg]
            on_done: Callable[[object], bool] | None = None) -> Iterator[object]:
    """``task(job)`` for every job, in worker processes when ``workers`` > 1, yielding results in
    input order. At most a few jobs per worker are in flight, so memory stays flat however many
    inputs there are. ``on_done`` sees each result as it finishes (in any order) and returns
    False to stop the batch (--fail-fast)."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            result = task(job, settings)
            yield result
            if on_done is not None and not on_done(result):
                return
        return
    pool = _pool(workers, settings)
    pending: dict[Future, int] = {}  # type: ignore[type-arg]
    done: dict[int, object] = {}
    queue = iter(jobs)
    next_out = 0
    order = [job.index for job in jobs]
    stopping = False
    try:
        while True:
            while not stopping and len(pending) < workers * 4:
                job = next(queue, None)
                if job is None:
                    break
                pending[pool.submit(task, job)] = job.index
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending.pop(future)
                done[index] = future.result()
                if on_done is not None and not on_done(done[index]):
                    stopping = True
            while next_out < len(order) and order[next_out] in done:
                yield done.pop(order[next_out])
                next_out += 1
    except KeyboardInterrupt:
        # stop: cancel what has not started, let running files finish (workers ignore Ctrl-C)
        for future in pending:
            future.cancel()
        finished, _ = wait([f for f in pending if not f.cancelled()])
        for future in finished:
            done[pending[future]] = future.result()
        for index in order[next_out:]:
            if index in done:
                yield done.pop(index)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------------------- reports


REPORT_COLUMNS = ("input", "status", "outputs", "error", "title", "date", "authors", "source", "warnings", "seconds")


def report_rows(results: list[Result]) -> list[dict[str, object]]:
    return [
        {"input": r.input, "status": r.status, "outputs": r.outputs, "error": r.error, "title": r.title,
         "date": r.date, "authors": r.authors, "source": r.source, "warnings": r.warnings,
         "seconds": round(r.seconds, 3)}
        for r in results
    ]


def write_report(path: Path, results: list[Result], summary: dict[str, object]) -> None:
    """``--report``: JSON (``.json``) or CSV that opens in Excel (UTF-8 with a BOM), written atomically."""
    import csv
    import io
    import json

    from newsconv import __version__
    from newsconv.files import atomic_write

    rows = report_rows(results)
    if path.suffix.lower() == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(REPORT_COLUMNS)
        for row in rows:
            writer.writerow(["; ".join(map(str, v)) if isinstance(v, list) else v for v in row.values()])
        data = ("\ufeff" + buffer.getvalue()).encode("utf-8")
    else:
        document = {"newsconv": __version__, "summary": summary, "files": rows}
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    atomic_write(path, data, overwrite=True)


def summarize(results: list[Result], seconds: float, total: int) -> dict[str, object]:
    count = {status: sum(r.status == status for r in results) for status in ("converted", "skipped", "failed")}
    return {**count, "not run": total - len(results), "inputs": total, "seconds": round(seconds, 3),
            "per_second": round(count["converted"] / seconds, 2) if seconds > 0 else None}


def exit_code(results: list[Result], total: int, interrupted: bool, *, fail_fast: bool = False) -> int:
    """130 when interrupted; 0 when nothing failed; the failure's own code when --fail-fast
    stopped the batch or every input failed the same way; else 1."""
    if interrupted:
        return int(ExitCode.INTERRUPTED)
    failed = [r for r in results if r.status == "failed"]
    if not failed:
        return int(ExitCode.OK)
    if fail_fast:
        return failed[0].code
    codes = {r.code for r in failed}
    if len(failed) == total and len(codes) == 1:
        return codes.pop()
    return int(ExitCode.PARTIAL)


__all__ = [
    "Job", "Result", "Settings", "check_plan", "expand_inputs", "exit_code", "plan_targets",
    "probe", "read_list", "render_name", "run_all", "run_job", "summarize", "template_fields", "write_report",
]
