"""``newsconv check``: a finished document (PDF or DOCX, newsconv's or one made in Word or WPS)
measured against a profile (GB/T 9704 by default): margins, lines per page and characters per
line, the faces of each role, the title, page numbers, the red 版头, the 署名 and 成文日期, the
版记. One finding per check; the document conforms when no finding fails.

The PDF is read with pdfminer.six (imported only here, when a file is checked); a DOCX is
checked in its XML, and, with ``render``, laid out by LibreOffice and checked as a PDF too.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Literal

from newsconv.errors import InputError
from newsconv.profiles import Profile

Status = Literal["ok", "note", "FAIL"]
MM = 72 / 25.4


@dataclass(frozen=True, slots=True)
class Finding:
    """One check's result: ``ok``, ``note`` (conforms, but worth saying: a stand-in face, a part
    the document has not got) or ``FAIL``."""

    check: str
    status: Status
    message: str
    page: int | None = None

    def line(self) -> str:
        where = f" (page {self.page})" if self.page is not None else ""
        return f"{self.status:<4}  {self.check}: {self.message}{where}"


@dataclass(slots=True)
class Report:
    source: str
    kind: str  # "pdf" or "docx"
    profile: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not any(f.status == "FAIL" for f in self.findings)

    def add(self, check: str, status: Status, message: str, page: int | None = None) -> None:
        self.findings.append(Finding(check, status, message, page))

    def text(self) -> str:
        failed = sum(f.status == "FAIL" for f in self.findings)
        verdict = (f"conforms to {self.profile}" if self.conforms
                   else f"does not conform to {self.profile}: {failed} finding{'s' if failed > 1 else ''} failed")
        return "\n".join([*(f.line() for f in self.findings), f"{self.source}: {verdict}"]) + "\n"

    def json(self) -> str:
        data = {"file": self.source, "format": self.kind, "profile": self.profile, "conforms": self.conforms,
                "findings": [asdict(f) for f in self.findings]}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def kind_of(data: bytes, source: str) -> str:
    """``pdf`` or ``docx`` from the file's first bytes; anything else is an input error."""
    if data.startswith(b"%PDF") or data[:1024].lstrip().startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    raise InputError("not a PDF or a DOCX file; newsconv check measures finished documents", path=source)


def check_document(data: bytes, source: str, profile: Profile, *, render: bool = False) -> Report:
    """Measure a PDF or DOCX against ``profile``. ``render``: also lay a DOCX out with
    LibreOffice and measure the PDF it makes (a usage error when LibreOffice is not installed)."""
    kind = kind_of(data, source)
    report = Report(source, kind, profile.name)
    if kind == "pdf":
        from newsconv.check.pdf import check_pdf
        from newsconv.check.pdfread import read_pdf

        check_pdf(read_pdf(data, source), profile, report)
        return report
    from newsconv.check.docx import check_docx

    check_docx(data, source, profile, report)
    if render:
        from newsconv.check.pdf import check_pdf
        from newsconv.check.pdfread import read_pdf
        from newsconv.check.render import libreoffice_pdf

        laid_out = Report(source, "pdf", profile.name)
        check_pdf(read_pdf(libreoffice_pdf(data, source, profile), source), profile, laid_out)
        for f in laid_out.findings:
            status, message = f.status, f.message
            if f.check.startswith("face ") and status == "FAIL" and "not embedded" not in message:
                # the DOCX names its fonts (checked above); what LibreOffice draws an uninstalled one
                # with depends on the machine
                status, message = "note", f"{message}; LibreOffice's substitute on this machine"
            report.add(f"LibreOffice {f.check}", status, message, f.page)
    return report
