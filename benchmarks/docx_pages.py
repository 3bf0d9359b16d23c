"""DOCX = PDF: the pages LibreOffice lays newsconv's DOCX out on against the pages of newsconv's own
PDF, for every Chinese corpus page, under the profile's fontconfig aliases (`newsconv fonts
--fontconfig`), and how many grid lines each title line takes in LibreOffice.

    python benchmarks/docx_pages.py [--profile gbt9704] [--corpus ../shared/corpus] [-v]

Prints a Markdown table. Needs LibreOffice (soffice).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def libreoffice_pdfs(docx_files: dict[str, bytes], profile_name: str, workdir: Path) -> dict[str, bytes]:
    from newsconv.fontconfig import aliases
    from newsconv.profiles import load_profile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is not installed")
    conf = workdir / "fonts.conf"
    conf.write_text(aliases(load_profile(profile_name)), encoding="utf-8")
    paths = []
    for name, data in docx_files.items():
        path = workdir / f"{name}.docx"
        path.write_bytes(data)
        paths.append(str(path))
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), HOME=str(workdir))
    subprocess.run([soffice, f"-env:UserInstallation=file://{workdir / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(workdir), *paths],
                   check=True, capture_output=True, env=env, timeout=900)
    return {name: (workdir / f"{name}.pdf").read_bytes() for name in docx_files}


def pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def title_steps(data: bytes, size: float) -> list[float]:
    """The distance between the tops of consecutive title lines (the lines set at the title's size)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = [c for c in pdf.pages[0].chars if abs(c["size"] - size) < 0.6]
    tops = sorted({round(c["top"], 1) for c in chars})
    return [b - a for a, b in zip(tops, tops[1:], strict=False)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--profile", default="gbt9704")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    from newsconv.convert import parse, render
    from newsconv.profiles import load_profile
    from newsconv.readers import ReadOptions
    from tests.pdfcheck import same_lines

    profile = load_profile(args.profile)
    docs = {p.stem: parse(p.read_bytes(), "text", ReadOptions(source=str(p)))
            for p in sorted((args.corpus / "raw").glob("zh*.txt"))}
    ours = {name: render(doc, "pdf", profile) for name, doc in docs.items()}
    docx_files = {name: render(doc, "docx", profile) for name, doc in docs.items()}
    with tempfile.TemporaryDirectory() as tmp:
        theirs = libreoffice_pdfs(docx_files, args.profile, Path(tmp))
    size = profile.role("title").size
    pitch = profile.role("title").line_spacing if profile.role("title").line_exact else None
    same = differ = 0
    lines_same = lines_total = 0
    two_lines = 0
    title_lines = 0
    for name in docs:
        a, b = pages(ours[name]), pages(theirs[name])
        steps = title_steps(theirs[name], size)
        title_lines += len(steps)
        matched, total = same_lines(ours[name], theirs[name])
        lines_same += matched
        lines_total += total
        if pitch is not None:
            two_lines += sum(1 for s in steps if s > pitch * 1.5)
        if a == b:
            same += 1
        else:
            differ += 1
        if args.verbose or a != b:
            print(f"{name}: PDF {a} pages, LibreOffice {b}; title line steps {[round(s, 1) for s in steps]}")
    total_ours = sum(pages(d) for d in ours.values())
    total_theirs = sum(pages(d) for d in theirs.values())
    print(f"\n| profile {args.profile} | articles | same page count | differ | pages PDF | pages LibreOffice "
          f"| lines the same | wrapped title lines taking two grid lines |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| Chinese corpus pages | {len(docs)} | {same} | {differ} | {total_ours} | {total_theirs} "
          f"| {lines_same} of {lines_total} ({lines_same / lines_total:.1%}) | {two_lines} of {title_lines} |")


if __name__ == "__main__":
    main()
