"""What a batch worker does with one input, wherever it runs (in the command's own process, a
worker process, a Dask worker): bytes and options in, bytes out, and a report row.

``convert_article`` is the whole conversion without files: an input's bytes and ``Options`` in,
``{format: bytes}`` and the article's metadata out. ``run_job`` adds the file I/O of a batch
(read the input, write the outputs atomically) and never raises for a bad input.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from newsconv.batch.plan import STDIO, Job
from newsconv.errors import InputError, InternalError, NewsconvError
from newsconv.files import INPUT_LIMIT

if TYPE_CHECKING:
    from newsconv.model import Document
    from newsconv.profiles import Profile


@dataclass(frozen=True, slots=True)
class Options:
    """How to convert an article: what ``convert_article`` needs besides the input's bytes."""

    formats: tuple[str, ...]
    profile: Profile | str = "news"  # a loaded profile, a built-in name or a profile file
    from_format: str | None = None  # the input format; default: from the name, else the bytes
    encoding: str | None = None
    lexicon: tuple[str, ...] = ()  # extra lexicon files (read where the conversion runs)
    keep_punctuation: bool = False  # leave punctuation as pasted
    metadata: tuple[tuple[str, str], ...] = ()  # given metadata (-M KEY=VALUE, [document]), over what was read
    letterhead: str = "print"  # "reserve": an official document's red 版头 left blank (套打)
    reference_docx: bytes | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """What every job of a batch needs; sent once to each worker."""

    options: Options
    overwrite: bool = False
    skip_existing: bool = False
    debug: bool = False
    max_input: int = INPUT_LIMIT
    return_outputs: bool = False  # send the outputs' bytes back instead of writing them (--dask-return)

    @property
    def formats(self) -> tuple[str, ...]:
        return self.options.formats


@dataclass(slots=True)
class Article:
    """An article converted: each format's bytes, and what the report says about it."""

    outputs: dict[str, bytes]
    title: str = ""
    date: str = ""
    authors: list[str] = field(default_factory=list)
    source: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Result:
    """What became of one input: one row of the report."""

    index: int
    input: str
    status: str  # converted, skipped, failed, not run (or, read back from a report, what it says)
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
    payloads: dict[str, bytes] = field(default_factory=dict)  # outputs the main process writes
    resumed: bool = False  # taken from a --resume report, not converted in this run

    def fail(self, error: NewsconvError, trace: str = "") -> Result:
        self.status, self.error, self.code, self.trace = "failed", str(error), int(error.exit_code), trace
        return self


# ---------------------------------------------------------------------------- one article


def convert_article(data: bytes, options: Options, name: str | None = None) -> Article:
    """Convert one article: its bytes in, each format's bytes out. No files, no clock, no
    printing, so any engine can run it (a process pool, Dask, Ray, Spark); ``name`` is the
    input's name, for messages and for choosing the reader by suffix."""
    from newsconv import convert
    from newsconv.model import format_published
    from newsconv.writers import WriteOptions

    article = Article({})
    doc = parse_article(data, options, name, article.warnings.append)
    profile = _profile(options.profile)
    write = WriteOptions(reference_docx=options.reference_docx, warn=article.warnings.append,
                         letterhead=options.letterhead)
    for fmt in options.formats:
        article.outputs[fmt] = convert.render(doc, fmt, profile, write)
    meta = doc.meta
    article.title, article.source = meta.title or "", meta.source or ""
    article.date = format_published(meta.published) or ""
    article.authors = list(meta.writers)
    return article


def parse_article(data: bytes, options: Options, name: str | None,
                  warn: Callable[[str], None] | None = None) -> Document:
    """An input's bytes read into the document model with the batch's options (what every output and
    a bundle are made from)."""
    from newsconv import convert
    from newsconv.readers import ReadOptions
    from newsconv.transforms import TransformOptions

    fmt = convert.input_format(name, data, options.from_format)
    opts = ReadOptions(encoding=options.encoding, source=name or "<input>", lexicon=options.lexicon, warn=warn)
    return convert.parse(data, fmt, opts, TransformOptions(keep_punctuation=options.keep_punctuation,
                                                          metadata=options.metadata))


_PROFILES: dict[str, Profile] = {}


def _profile(profile: Profile | str) -> Profile:
    """The profile object; a name or file is loaded once per process."""
    from newsconv.profiles import load_profile

    if not isinstance(profile, str):
        return profile
    if profile not in _PROFILES:
        _PROFILES[profile] = load_profile(profile)
    return _PROFILES[profile]


# ---------------------------------------------------------------------------- one job


def read_job(job: Job, settings: Settings) -> bytes:
    from newsconv.files import read_input

    if job.data is not None:
        return job.data
    return read_input(Path(job.source), settings.max_input)


def display_name(job: Job) -> str | None:
    return None if job.source == STDIO else job.source


@contextmanager
def recorded(result: Result, job: Job, settings: Settings) -> Iterator[None]:
    """One input's work, whatever task it is (converting, probing names, reading for a bundle):
    newsconv's errors and any other exception fail this input only, never the batch, and the
    time it took is recorded."""
    start = time.perf_counter()
    try:
        yield
    except NewsconvError as exc:
        result.fail(exc, traceback.format_exc() if settings.debug else "")
    except Exception as exc:  # noqa: BLE001 - a bug in newsconv or a library: this input fails, the batch goes on
        result.fail(_internal(job, exc), traceback.format_exc())
    finally:
        result.seconds = time.perf_counter() - start


def run_job(job: Job, settings: Settings) -> Result:
    """Read, convert, write every format of one input; never raises for a bad input."""
    result = Result(job.index, job.source, "converted")
    with recorded(result, job, settings):
        if job.problem is not None:
            raise job.problem
        wanted = {fmt: t for fmt, t in job.targets.items() if fmt not in job.skip}
        if not wanted:
            result.status = "skipped"
            result.outputs = [str(t) for t in job.targets.values() if t is not None]
            return result
        from dataclasses import replace

        from newsconv.files import atomic_write

        options = replace(settings.options, formats=tuple(wanted))
        article = convert_article(read_job(job, settings), options, display_name(job) or "<stdin>")
        _describe(result, article)
        for fmt, target in wanted.items():
            if target is None or settings.return_outputs:
                result.payloads[fmt] = article.outputs[fmt]
            else:
                atomic_write(target, article.outputs[fmt], overwrite=_may_replace(job, fmt, settings))
                result.outputs.append(str(target))
    return result


def probe(job: Job, settings: Settings) -> Result:
    """The template fields of an input ({title}, {date}, {source}), read once before anything is
    written; a failed result for an input that cannot be read, whatever the exception."""
    result = Result(job.index, job.source, "read")
    with recorded(result, job, settings):
        from newsconv.model import format_published

        doc = parse_article(read_job(job, settings), settings.options, display_name(job) or "<stdin>")
        result.title, result.source = doc.meta.title or "", doc.meta.source or ""
        result.date = (format_published(doc.meta.published) or "")[:10]
    return result


def _internal(job: Job, exc: Exception) -> NewsconvError:
    if isinstance(exc, MemoryError):
        return InputError("ran out of memory: too large for this machine's memory; split it, convert it with "
                          "fewer -j, or lower --max-input-size to refuse inputs this large", path=job.source)
    return InternalError(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug and report it)",
                         path=job.source)


def _describe(result: Result, article: Article) -> None:
    result.title, result.date, result.source = article.title, article.date, article.source
    result.authors = list(article.authors)
    result.warnings.extend(article.warnings)


def deliver(job: Job, result: Result, settings: Settings) -> None:
    """In the main process: write the outputs a worker sent back (stdout, or every output with
    --dask-return). A write that fails makes the input fail with that error."""
    from newsconv.files import atomic_write, write_stdout

    try:
        for fmt, payload in list(result.payloads.items()):
            target = job.targets.get(fmt)
            if target is None:
                write_stdout(payload)
                result.outputs.append("stdout")
            else:
                atomic_write(target, payload, overwrite=_may_replace(job, fmt, settings))
                result.outputs.append(str(target))
    except NewsconvError as exc:
        result.fail(exc)
    finally:
        result.payloads = {}


def _may_replace(job: Job, fmt: str, settings: Settings) -> bool:
    return settings.overwrite or settings.skip_existing or fmt in job.replace


def not_run(job: Job) -> Result:
    return Result(job.index, job.source, "not run")


def resumed(job: Job) -> Result:
    """The row a --resume report gave for an input, carried into this run's report."""
    row = job.done_before or {}

    def strings(key: str) -> list[str]:
        value = row.get(key) or []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]

    seconds = row.get("seconds")
    return Result(job.index, job.source, str(row.get("status", "converted")), outputs=strings("outputs"),
                  title=str(row.get("title") or ""), date=str(row.get("date") or ""), authors=strings("authors"),
                  source=str(row.get("source") or ""), warnings=strings("warnings"),
                  seconds=float(seconds) if isinstance(seconds, int | float) else 0.0, resumed=True)


def warm(settings: Settings) -> None:
    """Import the writers and load the PDF fonts once, before worker processes are forked, so
    that each worker starts with them instead of loading them again."""
    from newsconv.writers import WRITERS, get_writer

    profile = _profile(settings.options.profile)
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

