"""Readers: one function per input format, listed by name and imported only when used.

Every reader has the shape ``read(data: bytes | str, opts: ReadOptions) -> Document`` and
never opens files, prints or reads stdin: the command line and the batch runner do I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsconv.model import Document


@dataclass(frozen=True, slots=True)
class ReadOptions:
    encoding: str | None = None  # override detection (utf-8, gb18030, big5, utf-16, ...)
    source: str | None = None  # the input's name, used in messages
    language: str | None = None  # override the detected language ("zh", "en")
    lexicon: tuple[str, ...] = ()  # extra lexicon files for the raw-text reader
    warn: Callable[[str], None] | None = None  # told of what was read past or left out

    def warning(self, message: str) -> None:
        if self.warn is not None:
            self.warn(message)


Reader = Callable[["bytes | str", ReadOptions], "Document"]

# Format name -> (module, function). A literal table, so that `newsconv formats` and
# `--help` can list formats without importing any reader.
READERS: dict[str, tuple[str, str]] = {
    "text": ("newsconv.readers.text", "read_text"),
    "md": ("newsconv.readers.markdown", "read_markdown"),
    "html": ("newsconv.readers.html", "read_html"),
    "docx": ("newsconv.readers.docx", "read_docx"),
    "json": ("newsconv.readers.json", "read_json"),
}

# Other names people use for the same formats.
READER_ALIASES: dict[str, str] = {"txt": "text", "markdown": "md", "htm": "html", "word": "docx"}

# Input suffix -> format.
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".json": "json",
}


def get_reader(name: str) -> Reader:
    module, function = READERS[name]
    reader: Reader = getattr(import_module(module), function)
    return reader
