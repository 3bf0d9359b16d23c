"""The PDF file written as it is made: each finished page's content stream compressed at once
and, given a spool, kept in that file until the PDF is assembled; then the file written object
by object into its output, the cross-reference offsets counted as the bytes go out.

reportlab keeps every page's stream until the end and then formats every object of the file
into a list of strings that it joins: a long issue was held twice over at the end, beside its
page streams. Here the objects, their order and their bytes are reportlab's own
(``PDFDocument.format``); only where they are kept and when they are written differ, so the
same document gives the same PDF bytes whether it is spooled, streamed or returned whole.
"""

from __future__ import annotations

import zlib
from array import array
from functools import cache
from typing import Any, BinaryIO

# reportlab's PDFFile starts every file with this header (the version, then bytes above 127 so
# that a transfer that mangles binary data shows).
_HEADER = b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"
# A page's attributes that reportlab reads as "none" when empty (no links, no extended graphics
# state, no colours or shadings of its own).
_EMPTY_IS_NONE = frozenset({"Annots", "ExtGState", "_colorsUsed", "_shadingUsed"})


def finish_page(page: Any, spool: BinaryIO | None) -> None:
    """Compress a finished page's content stream now rather than when the file is written, and
    put it in ``spool`` when there is one: reportlab otherwise keeps every page's drawing
    operators as text until then, several times the size of the finished PDF. Flate only:
    reportlab's default also wraps page streams in ASCII85 (for 7-bit channels a binary PDF
    never passes through), a quarter more bytes. Then the page keeps only what differs from a
    blank page's defaults."""
    if page.Contents is None and page.stream:
        if page.compression:
            data = zlib.compress(page.stream.encode("utf-8"))
            if spool is not None:  # the stream object is made when the page is written
                spool.seek(0, 2)
                page.spooled = (spool, spool.tell(), len(data))
                spool.write(data)
            else:
                page.Contents = _flate(_written_once()(content=data))
        else:
            page.Contents = _written_once()(content=page.stream)
            page.Contents.__Comment__ = "page stream"
        page.stream = None
    _slim(page)


def _flate(stream: Any) -> Any:
    """A page stream's dictionary: compressed with Flate (and only Flate)."""
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFZCompress

    stream.dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
    stream.__Comment__ = "page stream"
    return stream


def _slim(page: Any) -> None:
    """A finished page's attributes in a dictionary of their own size, without those the
    page's class answers the same for (None, no links, no transition): some thirty set on
    every page, mostly to None."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary

    finished = _finished_page()
    kept = {}
    for name, value in page.__dict__.items():
        default = getattr(finished, name, page)  # the page itself: no default
        if value is default:
            continue
        if value is None and default is None:
            continue
        if name in _EMPTY_IS_NONE and not value and (default is None or default == {}):
            continue
        if name == "Trans" and type(value) is PDFDictionary and not value.dict:
            continue  # the class's own empty transition, formatted the same
        kept[name] = value
    page.__dict__ = kept
    page.__class__ = finished


@cache
def _finished_page() -> type:
    from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFPage

    class FinishedPage(PDFPage):  # type: ignore[misc]
        """A set page: what is the same on every page lives on the class; a spooled stream is
        made into a stream object only when the page is written."""

        Trans = PDFDictionary(None)  # reportlab gives each page an empty one
        Annots = ExtGState = spooled = None
        _shadingUsed: dict[str, str] = {}  # read only, when the page's resources are made

        def check_format(self, document: Any) -> None:
            if self.Contents is None and self.spooled is not None:
                self.Contents = _flate(_spooled()(*self.spooled))
                del self.spooled
            super().check_format(document)

    for name in PDFPage.__NoDefault__:
        if not hasattr(FinishedPage, name):
            setattr(FinishedPage, name, None)
    return FinishedPage


@cache
def _written_once() -> type:
    from reportlab.pdfbase.pdfdoc import PDFStream

    class WrittenOnce(PDFStream):  # type: ignore[misc]
        """A stream that lets go of its content once it is in the file (one copy, not two);
        formatting it twice would fail loudly ("stream content not set")."""

        def format(self, document: Any) -> bytes:
            formatted = super().format(document)
            self.content = None
            return formatted

    return WrittenOnce


@cache
def _spooled() -> type:
    from reportlab.pdfbase.pdfdoc import PDFStream

    class Spooled(PDFStream):  # type: ignore[misc]
        """A stream whose content waits in the spool file until it is written, read back
        then and let go again; formatting it twice fails loudly."""

        def __init__(self, spool: BinaryIO, offset: int, length: int) -> None:
            super().__init__()
            self.spool, self.offset, self.length = spool, offset, length

        def format(self, document: Any) -> bytes:
            if self.spool is None:
                raise ValueError("stream content not set")
            self.spool.seek(self.offset)
            self.content = self.spool.read(self.length)
            if len(self.content) != self.length:
                raise OSError(f"the spool file lost a page stream ({len(self.content)} of {self.length} bytes)")
            try:
                return super().format(document)
            finally:
                self.content = self.spool = None

    return Spooled


@cache
def streaming_document() -> type:
    """reportlab's PDFDocument, its ``format`` writing each object into ``sink`` as it is
    formatted (returning nothing) instead of collecting them all and returning the joined bytes."""
    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import (
        PDFDocument,
        PDFIndirectObject,
        PDFTrailer,
        pdfdocEnc,
    )

    class StreamingDocument(PDFDocument):  # type: ignore[misc]
        sink: BinaryIO | None = None

        def format(self) -> bytes:
            if self.sink is None:
                return bytes(super().format())
            if self.encrypt.info():
                raise ValueError("an encrypted PDF cannot be written as it is made")
            out = _Counted(self.sink)
            self.Reference(self.Catalog)
            self.Reference(self.info)
            out.write(pdfdocEnc(f"%PDF-{self._pdfVersion[0]}.{self._pdfVersion[1]}") + _HEADER)
            offsets = array("Q")  # by object number, from 1
            number = 0
            while (number := number + 1) in self.numberToId:  # objects formatting adds are written too
                name = self.numberToId[number]
                obj = self.idToObject[name]
                if not rl_config.invariant and rl_config.pdfComments:  # as reportlab does
                    out.write(pdfdocEnc(f"% {ascii(name)}: class {obj.__class__.__name__[:50]} \n"))
                formatted = PDFIndirectObject(name, obj).format(self)
                offsets.append(out.offset)
                out.write(formatted)
                _forget_formatted(obj)
                # written: the table keeps the name (references to it are formatted by name and
                # number), not the object, so outline entries and stream shells can go
                self.idToObject[name] = None
            if number - 1 != len(self.numberToId):
                raise ValueError(f"{number - 1} objects written of {len(self.numberToId)}")
            xref = out.offset
            _write_xref(out, offsets)
            trailer = PDFTrailer(startxref=xref, Size=len(offsets) + 1, Root=self.Reference(self.Catalog),
                                 Info=self.Reference(self.info), ID=self.ID())
            out.write(trailer.format(self))
            return b""

    return StreamingDocument


def _forget_formatted(obj: Any) -> None:
    """Let go of what formatting a page made and no later object needs (its resources and
    media box), so writing the file does not grow the pages again."""
    if isinstance(obj, _finished_page()):
        for name in ("Resources", "MediaBox", "Annots", "Contents", "Parent", "XObjects", "_colorsUsed",
                     "_shadingUsed"):
            obj.__dict__.pop(name, None)


def _write_xref(out: _Counted, offsets: array) -> None:
    """The cross-reference table, as reportlab writes it (one section from object 0), a few
    thousand entries at a time."""
    out.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode("ascii"))
    for start in range(0, len(offsets), 4096):
        out.write("".join(f"{offset:010d} 00000 n \n" for offset in offsets[start:start + 4096]).encode("ascii"))


class _Counted:
    """A binary sink that counts the bytes written into it (the next object's offset)."""

    def __init__(self, sink: BinaryIO) -> None:
        self.sink, self.offset = sink, 0

    def write(self, data: bytes) -> None:
        self.sink.write(data)
        self.offset += len(data)
