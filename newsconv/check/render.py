"""A DOCX laid out by LibreOffice (``soffice --convert-to pdf``), for ``newsconv check --render``:
in a private profile folder, under a fontconfig file that draws the profile's Word font names
with the faces the profile means (``newsconv fonts --fontconfig``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from newsconv.errors import InputError, UsageError
from newsconv.profiles import Profile

TIMEOUT = 300  # seconds: a first run of LibreOffice sets up its profile folder


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_pdf(data: bytes, source: str, profile: Profile) -> bytes:
    from newsconv.fontconfig import aliases

    program = soffice()
    if program is None:
        raise UsageError("--render needs LibreOffice (soffice) on the PATH; check the DOCX without --render, "
                         "or install LibreOffice")
    with tempfile.TemporaryDirectory(prefix="newsconv-check-") as folder:
        work = Path(folder)
        (work / "fonts.conf").write_text(aliases(profile), encoding="utf-8")
        document = work / "document.docx"
        document.write_bytes(data)
        env = dict(os.environ, FONTCONFIG_FILE=str(work / "fonts.conf"), HOME=str(work))
        try:
            subprocess.run([program, f"-env:UserInstallation=file://{work / 'profile'}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(work), str(document)],
                           check=True, capture_output=True, env=env, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            raise InputError(f"LibreOffice did not lay it out within {TIMEOUT} s", path=source) from None
        except (subprocess.CalledProcessError, OSError) as exc:
            raise InputError(f"LibreOffice could not lay it out ({exc})", path=source) from None
        result = work / "document.pdf"
        if not result.is_file():
            raise InputError("LibreOffice could not lay it out (no PDF made); is it a Word document?", path=source)
        return result.read_bytes()
