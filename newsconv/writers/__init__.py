"""Writers: one function per output format, listed by name and imported only when used.

Every writer has the shape ``write(doc, profile, options=None) -> bytes | str`` and never opens
files, prints or reads the clock: the command line and the batch runner do I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from newsconv.model import Document
    from newsconv.profiles import Profile

@dataclass(frozen=True, slots=True)
class WriteOptions:
    """What a writer may be given beside the document and the profile."""

    reference_docx: bytes | None = None  # a .docx whose styles and page setup the DOCX output takes
    letterhead: str = "print"  # "reserve": an official document's red 版头 left blank for pre-printed paper
    warn: Callable[[str], None] | None = None  # told of problems that do not stop the output

    def warning(self, message: str) -> None:
        if self.warn is not None:
            self.warn(message)


Writer = Callable[["Document", "Profile", "WriteOptions | None"], "bytes | str"]
StreamingWriter = Callable[["Document", BinaryIO, "Profile", "WriteOptions | None"], None]


@dataclass(frozen=True, slots=True)
class WriterInfo:
    module: str
    function: str
    suffix: str
    binary: bool
    description: str
    # writes into a binary file as the output is made: write(doc, sink, profile, options)
    streaming: str | None = None


# A literal table, so that `--help` and `newsconv formats` never import a writer.
WRITERS: dict[str, WriterInfo] = {
    "docx": WriterInfo("newsconv.writers.docx", "write_docx", ".docx", True, "Word document (python-docx)"),
    "pdf": WriterInfo("newsconv.writers.pdf", "write_pdf", ".pdf", True, "PDF for printing (reportlab)",
                      "write_pdf_to"),
    "md": WriterInfo("newsconv.writers.markdown", "write_markdown", ".md", False, "Markdown with YAML front matter"),
    "html": WriterInfo("newsconv.writers.html", "write_html", ".html", False, "standalone HTML5 with print CSS"),
    "json": WriterInfo("newsconv.writers.json", "write_json", ".json", False, "newsconv JSON (the document model)"),
}

# Other names people use for the same formats.
ALIASES: dict[str, str] = {"markdown": "md", "htm": "html", "word": "docx"}


def get_writer(name: str) -> Writer:
    """newsconv's own writer for a format, else pandoc's (``-t epub``, ``-t odt``, …)."""
    if name not in WRITERS:
        from functools import partial

        from newsconv.writers.pandoc import write_pandoc

        return partial(_pandoc, write_pandoc, name)
    info = WRITERS[name]
    writer: Writer = getattr(import_module(info.module), info.function)
    return writer


def get_streaming_writer(name: str) -> StreamingWriter | None:
    """The writer that writes ``name`` into a binary file as it makes it, if it has one."""
    info = WRITERS.get(name)
    if info is None or info.streaming is None:
        return None
    writer: StreamingWriter = getattr(import_module(info.module), info.streaming)
    return writer


def _pandoc(write: Callable[..., bytes], fmt: str, doc: Document, profile: Profile,
            options: WriteOptions | None = None) -> bytes:
    return write(doc, fmt, profile, options)


def suffix_for(name: str) -> str:
    """The output file suffix of a format (``.docx``; for pandoc's formats, ``.epub``, ``.tex``…)."""
    if name in WRITERS:
        return WRITERS[name].suffix
    from newsconv.writers.pandoc import suffix

    return suffix(name)


def is_binary(name: str) -> bool:
    if name in WRITERS:
        return WRITERS[name].binary
    from newsconv.writers.pandoc import BINARY

    return name in BINARY
