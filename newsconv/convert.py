"""The library entry point: bytes in, one parse, any number of output formats out.

    from newsconv.convert import convert
    outputs = convert(data, input_format="text", output_formats=["docx", "pdf"])

No file I/O happens here; ``files.py`` and the command line do it.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import PurePath
from typing import TYPE_CHECKING, BinaryIO

from newsconv.errors import InputError, UsageError
from newsconv.model import block_texts
from newsconv.readers import READER_ALIASES, READERS, SUFFIXES, ReadOptions, get_reader
from newsconv.transforms import TransformOptions
from newsconv.writers import ALIASES, WRITERS, WriteOptions, get_writer

if TYPE_CHECKING:
    from newsconv.model import Document
    from newsconv.profiles import Profile


def parse_formats(spec: str | Iterable[str]) -> list[str]:
    """Validated output format names from ``docx,pdf`` or a list; aliases resolved, order kept."""
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    formats: list[str] = []
    for item in items:
        name = ALIASES.get(item.strip().lower(), item.strip().lower())
        if not name:
            continue
        if name not in WRITERS and name not in _pandoc_formats():
            raise UsageError(
                f"unknown output format {item.strip()!r}; choose from {', '.join(WRITERS)} "
                "or a format pandoc writes (`newsconv formats` lists them)"
            )
        if name not in formats:
            formats.append(name)
    if not formats:
        raise UsageError(f"no output format given; choose from {', '.join(WRITERS)}")
    return formats


def _pandoc_formats() -> tuple[str, ...]:
    from newsconv.writers.pandoc import output_formats

    return output_formats()


def format_for_suffix(path: str) -> str | None:
    """The output format a file name's suffix asks for (``out.pdf`` -> ``pdf``)."""
    suffix = PurePath(path).suffix.lower()
    for name, info in WRITERS.items():
        if info.suffix == suffix:
            return name
    return ALIASES.get(suffix.lstrip(".")) or _PANDOC_BY_SUFFIX.get(suffix)


# -o names whose suffix picks one of pandoc's formats
_PANDOC_BY_SUFFIX = {
    ".epub": "epub", ".odt": "odt", ".tex": "latex", ".rst": "rst", ".typ": "typst", ".adoc": "asciidoc",
    ".org": "org", ".rtf": "rtf", ".txt": "plain", ".wiki": "mediawiki", ".textile": "textile", ".pptx": "pptx",
    ".fb2": "fb2", ".icml": "icml", ".ipynb": "ipynb", ".texi": "texinfo", ".dj": "djot", ".muse": "muse",
}


def input_format(name: str | None, data: bytes, explicit: str | None = None) -> str:
    """The reader for an input: ``--from``, else its suffix, else a look at its first bytes."""
    if explicit:
        key = READER_ALIASES.get(explicit.lower(), explicit.lower())
        if key not in READERS:
            raise UsageError(f"unknown input format {explicit!r}; choose from {', '.join(READERS)}")
        return key
    if name:
        by_suffix = SUFFIXES.get(PurePath(name).suffix.lower())
        if by_suffix:
            return by_suffix
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") and b'"newsconv"' in data[:400]:
        return "json"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:2000]:
        return "docx"
    if re.match(rb"(?i)<(!doctype html|html[\s>]|head[\s>]|meta\s)", head):
        return "html"
    return "text"


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a document is built: readers and the model make
    millions of small objects and no cycles, and the collector's repeated passes over them
    took two thirds of the time of a large input (21 s -> 8 s for a 400,000-cell table)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse(data: bytes | str, fmt: str, opts: ReadOptions, transform: TransformOptions | None = None) -> Document:
    """Read with the format's reader, then apply every transform (``newsconv.transforms``)."""
    from newsconv.transforms import apply

    with _collector_paused():
        doc = apply(get_reader(fmt)(data, opts), transform)
    if not doc.meta.title and not any(t.strip() for t in block_texts(doc.blocks)):
        hint = f"; `newsconv parse --explain {opts.source}` shows why each line was left out" if fmt in (
            "text", "html") and opts.source and opts.source != "<stdin>" else ""
        raise InputError(f"no article text found (no title and no paragraphs){hint}", path=opts.source)
    return doc


def render(doc: Document, fmt: str, profile: Profile, options: WriteOptions | None = None) -> bytes:
    result = get_writer(fmt)(doc, profile, options)
    return result.encode("utf-8") if isinstance(result, str) else result


def render_to(doc: Document, fmt: str, profile: Profile, options: WriteOptions | None, sink: BinaryIO) -> None:
    """``render`` written into ``sink``: a writer that can (PDF) writes as it makes the file
    (see ``write_pdf_to``)."""
    from newsconv.writers import get_streaming_writer

    streaming = get_streaming_writer(fmt)
    if streaming is None:
        sink.write(render(doc, fmt, profile, options))
    else:
        streaming(doc, sink, profile, options)


def convert(
    data: bytes | str,
    *,
    input_format: str = "text",
    output_formats: Iterable[str],
    options: ReadOptions | None = None,
    profile: Profile | str = "news",
    write_options: WriteOptions | None = None,
    transform_options: TransformOptions | None = None,
) -> dict[str, bytes]:
    """Parse once and write every requested format: ``{format: bytes}``."""
    from newsconv.profiles import load_profile

    loaded = load_profile(profile) if isinstance(profile, str) else profile
    doc = parse(data, input_format, options or ReadOptions(), transform_options)
    return {fmt: render(doc, fmt, loaded, write_options) for fmt in output_formats}
