"""The PDF file written as it is made: each page goes into the output, with its content stream,
as soon as it is set, and what can only be complete at the end (fonts and their subsets, the
page tree, the contents' page-number forms and the pages that draw them, links, the outline)
is written then.

reportlab keeps every page, its stream and every bookmark until the end, then formats every
object of the file into a list of strings that it joins: a long issue was held whole in memory
several times over. Here each object is still reportlab's own and formatted by reportlab; what
newsconv decides is when it is written, and of a written object it keeps only its number (an
array of offsets for the cross-reference table, an array of page numbers for the page tree).
The outline is kept as one row per entry (level, title, page) and its entries are formatted and
written one at a time at the end, instead of reportlab's tree of objects made whole first.
"""

from __future__ import annotations

import zlib
from array import array
from functools import cache
from typing import Any, BinaryIO

# reportlab's PDFFile starts every file with this header (the version, then bytes above 127 so
# that a transfer that mangles binary data shows).
_HEADER = b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"


def finish_page(page: Any) -> None:
    """Compress a finished page's content stream now, with Flate only: reportlab's default
    also wraps page streams in ASCII85 (for 7-bit channels a binary PDF never passes through),
    a quarter more bytes."""
    if page.Contents is None and page.stream:
        from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress

        if page.compression:
            stream = PDFStream(content=zlib.compress(page.stream.encode("utf-8")))
            stream.dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
        else:
            stream = PDFStream(content=page.stream)
        stream.__Comment__ = "page stream"
        page.Contents = stream
        page.stream = None


@cache
def streaming_document() -> type:
    """reportlab's PDFDocument writing into a sink as it goes (``start``, then each page as the
    canvas adds it, then the rest by reportlab's own ``GetPDFData``, which ends in ``format``)."""
    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import PDFDocument, PDFIndirectObject, PDFTrailer, pdfdocEnc

    class StreamingDocument(PDFDocument):  # type: ignore[misc]
        _out: _Counted | None = None

        def start(self, sink: BinaryIO) -> None:
            """Write the header into ``sink``; from now on pages go there as they are set.
            Called before the first page."""
            if self.Pages.pages:
                raise ValueError("a PDF's sink is given after its first page was set")
            self._out = _Counted(sink)
            self._offsets = array("Q")  # by object number from 1; 0: not written yet
            self._version = self._pdfVersion
            self.Pages = self.Catalog.Pages = page_tree()()
            self.outline = self.Outlines = self.Catalog.Outlines = compact_outline()()
            self.idToObjectNumberAndVersion = _Numbers(self.idToObjectNumberAndVersion, self.Pages.numbers)
            self._out.write(pdfdocEnc(f"%PDF-{self._version[0]}.{self._version[1]}") + _HEADER)

        def addPage(self, page: Any) -> None:
            """A set page (the canvas's showPage): numbered, its stream compressed, and written
            now when it can be (``page_set``)."""
            name = self.thisPageName()
            super().addPage(page)
            self.Pages.numbers.append(self.idToObjectNumberAndVersion[name][0])
            finish_page(page)
            self.page_set(page)

        def page_set(self, page: Any) -> None:
            """Write a set page and its stream now, unless it draws a form not made yet (the
            contents' page numbers): such a page waits for the end."""
            xobjects = page.XObjects.dict.values() if page.XObjects is not None else ()
            if any(ref.name not in self.idToObjectNumberAndVersion for ref in xobjects):
                return
            self._write(page.__InternalName__, page, keep="nothing")
            self._write(page.Contents.__InternalName__, page.Contents, keep="nothing")

        def write_form(self, name: str) -> None:
            """Write a form as soon as it ends; the pages that draw it refer to it by name."""
            from reportlab.pdfbase.pdfdoc import xObjectName

            internal = xObjectName(name)
            self._write(internal, self.idToObject[internal], keep="number")

        def write_annotation(self, name: str) -> None:
            """Write a link annotation now that its destination's page has a number; the page
            that shows it, written later, refers to it by name."""
            self._write(name, self.idToObject[name], keep="number")

        def write_numbered(self, number: int, formatted: bytes) -> None:
            """Write an object formatted by its maker (an outline entry) under a number it
            reserved by counting past ``objectcounter``."""
            self._written_at(number)
            self._out.write(formatted)

        def _written_at(self, number: int) -> None:
            assert self._out is not None
            offsets = self._offsets
            if len(offsets) < number:
                offsets.extend([0] * (number - len(offsets)))
            if offsets[number - 1]:
                raise ValueError(f"object {number} written twice")
            offsets[number - 1] = self._out.offset

        def _write(self, name: str, obj: Any, keep: str = "row") -> None:
            """Format and write one object and let it go. ``keep``: "row", its rows in the object
            table (at the end, for the objects written after it that refer to it); "number",
            only its number (a link or a form that a page written later names); "nothing" (a
            page, whose number comes from the page tree's list from then on, and its stream)."""
            number = self.idToObjectNumberAndVersion[name][0]
            if not rl_config.invariant and rl_config.pdfComments:  # as reportlab does
                self._out.write(pdfdocEnc(f"% {ascii(name)}: class {obj.__class__.__name__[:50]} \n"))
            formatted = PDFIndirectObject(name, obj).format(self)
            self._written_at(number)
            self._out.write(formatted)
            if keep == "row":
                self.idToObject[name] = None
                return
            del self.idToObject[name], self.numberToId[number]
            if keep == "nothing":
                del self.idToObjectNumberAndVersion[name]

        def format(self) -> bytes:
            out = self._out
            if out is None:
                raise ValueError("a PDF is written into a sink given before its first page (start)")
            if self.encrypt.info():
                raise ValueError("an encrypted PDF cannot be written as it is made")
            self.Reference(self.Catalog)
            self.Reference(self.info)
            number = 0
            while number < self.objectcounter:  # objects formatting adds are written too
                number += 1
                if number <= len(self._offsets) and self._offsets[number - 1]:
                    continue
                name = self.numberToId[number]
                self._write(name, self.idToObject[name])
            if self._pdfVersion != self._version:
                raise ValueError(f"the PDF needs version {self._pdfVersion}, its header says {self._version}")
            xref = out.offset
            _write_xref(out, self._offsets)
            trailer = PDFTrailer(startxref=xref, Size=len(self._offsets) + 1, Root=self.Reference(self.Catalog),
                                 Info=self.Reference(self.info), ID=self.ID())
            out.write(trailer.format(self))
            return b""

    return StreamingDocument


class _Numbers(dict):  # type: ignore[type-arg]
    """reportlab's table of object names to (number, version), which answers for a written page
    ("Page12") from the page tree's list of numbers instead of keeping a row for it."""

    def __init__(self, rows: dict[str, tuple[int, int]], pages: array) -> None:
        super().__init__(rows)
        self.pages = pages

    def __missing__(self, name: str) -> tuple[int, int]:
        if name.startswith("Page") and name[4:].isdigit() and 0 < int(name[4:]) <= len(self.pages):
            return self.pages[int(name[4:]) - 1], 0
        raise KeyError(name)


@cache
def page_tree() -> type:
    from reportlab.pdfbase.pdfdoc import PDFPages

    class PageTree(PDFPages):  # type: ignore[misc]
        """The page tree (one node, as reportlab makes it) holding the pages' object numbers,
        not the pages."""

        def __init__(self) -> None:
            self.numbers = array("L")
            self.pages = self.numbers  # reportlab asks whether there are pages, and how many

        def addPage(self, page: Any) -> None:
            pass  # the document records the page's number (``addPage``)

        def check_format(self, document: Any) -> None:
            self.Kids = _reference_array(self.numbers)  # bytes: reportlab writes them as they are
            self.Count = len(self.numbers)

    return PageTree


def _reference_array(numbers: Any) -> bytes:
    """``[1 0 R 2 0 R …]``, a line every ten references as reportlab breaks long arrays."""
    refs = [b"%d 0 R" % n for n in numbers]
    return b"[" + b"\n".join(b" ".join(refs[i:i + 10]) for i in range(0, len(refs), 10)) + b"]"


@cache
def compact_outline() -> type:
    from reportlab.pdfbase.pdfdoc import PDFDestinationFit, PDFDictionary, PDFName, PDFObject, PDFString

    class CompactOutline(PDFObject):  # type: ignore[misc]
        """The document outline (bookmarks) as rows: each entry's level, whether it is closed,
        its title, its page (its index from 1, as in reportlab's "Page12") and how the page is shown (reportlab's destination
        format, None for the whole page). ``prepare`` numbers and writes every entry when the
        file is written; this object is the outline's root."""

        def __init__(self) -> None:
            self.levels, self.pages = array("b"), array("L")
            self.titles: list[str] = []
            self.fits: list[Any] = []
            self.closed: set[int] = set()
            self.first = self.last = self.count = 0
            self.ready = 0

        def add(self, level: int, title: str, page: int, fit: Any, closed: bool) -> None:
            previous = self.levels[-1] if self.levels else -1
            if level < 0 or level > previous + 1:
                raise ValueError(f"outline level {level} after level {previous} ({title!r}): levels go down one at a time")
            if closed:
                self.closed.add(len(self.titles))
            self.levels.append(level)
            self.pages.append(page)
            self.titles.append(title)
            self.fits.append(None if type(fit) is PDFDestinationFit else fit)

        def addOutlineEntry(self, *args: Any, **kwargs: Any) -> None:
            raise TypeError("bookmarks are added through the canvas's addOutlineEntry")

        def prepare(self, document: Any, canvas: Any) -> None:
            """Number the entries past the document's objects and write each now: the title,
            the destination, and the links (parent, siblings, first and last child, count of
            the open entries under it) worked out from the levels."""
            n = len(self.titles)
            if not n:
                self.ready = -1
                return
            root = document.Reference(self)
            base = document.objectcounter  # entry i is object base + 1 + i
            document.objectcounter += n
            parents, last_child, previous_sibling, next_sibling = _outline_links(self.levels)
            visible = _visible_counts(self.levels, self.closed)
            for i in range(n):
                entry = {"Title": PDFString(self.titles[i]),
                         "Parent": _ref(base + 1 + parents[i]) if parents[i] >= 0 else root,
                         "Dest": self._destination(i, document)}
                if previous_sibling[i] >= 0:
                    entry["Prev"] = _ref(base + 1 + previous_sibling[i])
                if next_sibling[i] >= 0:
                    entry["Next"] = _ref(base + 1 + next_sibling[i])
                if last_child[i] >= 0:
                    entry["First"], entry["Last"] = _ref(base + 2 + i), _ref(base + 1 + last_child[i])
                    entry["Count"] = -visible[i] if i in self.closed else visible[i]
                body = PDFDictionary(entry).format(document)
                document.write_numbered(base + 1 + i, b"%d 0 obj\n" % (base + 1 + i) + body + b"\nendobj\n")
            tops = [i for i in range(n) if self.levels[i] == 0]
            self.first, self.last = _ref(base + 1 + tops[0]), _ref(base + 1 + tops[-1])
            self.count = sum(1 + (visible[i] if i not in self.closed else 0) for i in tops)
            self.ready = 1

        def _destination(self, i: int, document: Any) -> bytes:
            page = _ref(document.Pages.numbers[self.pages[i] - 1])
            fit = self.fits[i]
            if fit is None:
                return b"[" + page + b" /Fit]"
            fit.page = page
            try:
                return fit.format(document)
            finally:
                fit.page = None

        def format(self, document: Any) -> bytes:
            return PDFDictionary({"Type": PDFName("Outlines"), "Count": self.count, "First": self.first,
                                  "Last": self.last}).format(document)

    return CompactOutline


def _ref(number: int) -> bytes:
    return b"%d 0 R" % number


def _outline_links(levels: array) -> tuple[list[int], list[int], list[int], list[int]]:
    """For each entry in document order: its parent, its last child, its previous and next
    sibling (indices; -1 for none), from the entries' levels."""
    n = len(levels)
    parents, last_child = [-1] * n, [-1] * n
    previous_sibling, next_sibling = [-1] * n, [-1] * n
    open_at: list[int] = []  # the last entry seen at each level above the current one
    for i, level in enumerate(levels):
        del open_at[level + 1:]
        if len(open_at) > level:  # a sibling at this level came before
            previous_sibling[i] = open_at[level]
            next_sibling[open_at[level]] = i
            open_at[level] = i
        else:
            open_at.append(i)
        if level:
            parents[i] = open_at[level - 1]
            last_child[open_at[level - 1]] = i
    return parents, last_child, previous_sibling, next_sibling


def _visible_counts(levels: array, closed: set[int]) -> list[int]:
    """For each entry, how many entries under it show when it is open: its children and, under
    each open child, that child's own (PDF 32000-1 §12.3.3, Count)."""
    n = len(levels)
    counts = [0] * n
    stack: list[int] = []
    for i in range(n + 1):
        level = levels[i] if i < n else -1
        while stack and levels[stack[-1]] >= level:  # the entries this one closes
            done = stack.pop()
            if stack and levels[stack[-1]] == levels[done] - 1:
                counts[stack[-1]] += 1 + (counts[done] if done not in closed else 0)
        if i < n:
            stack.append(i)
    return counts


def _write_xref(out: _Counted, offsets: array) -> None:
    """The cross-reference table, as reportlab writes it (one section from object 0), a few
    thousand entries at a time."""
    if 0 in offsets:
        raise ValueError(f"object {offsets.index(0) + 1} was numbered and never written")
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
