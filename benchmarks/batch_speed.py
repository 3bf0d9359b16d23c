"""Batch speed: the corpus pages to DOCX, PDF, Markdown and HTML with `newsconv convert -j 2`,
against the pipeline a script would otherwise run: pandoc md → docx and md → html, one process
per file as a shell loop does, then LibreOffice docx → pdf.

    python benchmarks/batch_speed.py [--corpus ../shared/corpus] [--jobs 2] [--lo-loop N]

The pandoc pipeline converts newsconv's own Markdown of the same articles, so both sides make
the same four outputs from the same text. LibreOffice is timed converting all the DOCX in one
`soffice` run (its fastest use) and, for --lo-loop N files, one `soffice` per file as a loop
does (scaled to all files). Prints Markdown tables. Needs pandoc (pypandoc-binary ships it) and
LibreOffice for the comparison rows.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def newsconv_batch(corpus: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak memory of the largest process in MB) for the whole command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsconv", "convert", str(corpus / "raw"), "-t", "docx,pdf,md,html",
                    "-d", str(out), "-j", str(jobs), "-q", "--overwrite"], check=True)
    seconds = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return seconds, peak


def pandoc_loop(markdown: list[Path], out: Path) -> float:
    import pypandoc

    pandoc = pypandoc.get_pandoc_path()
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for md in markdown:
        subprocess.run([pandoc, "--quiet", str(md), "-o", str(out / f"{md.stem}.docx")], check=True)
        subprocess.run([pandoc, "--quiet", str(md), "-s", "-o", str(out / f"{md.stem}.html")], check=True)
    return time.perf_counter() - start


def libreoffice(docx_files: list[Path], out: Path, loop: int) -> tuple[float | None, float | None]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None, None
    profile = f"-env:UserInstallation=file://{out / 'lo-profile'}"
    subprocess.run([soffice, profile, "--headless", "--terminate_after_init"], capture_output=True, check=False)
    start = time.perf_counter()
    subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(out / "one-run"),
                    *map(str, docx_files)], capture_output=True, check=True)
    one_run = time.perf_counter() - start
    per_file = None
    if loop:
        start = time.perf_counter()
        for path in docx_files[:loop]:
            subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(out / "loop"),
                            str(path)], capture_output=True, check=True)
        per_file = (time.perf_counter() - start) / min(loop, len(docx_files))
    return one_run, per_file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--lo-loop", type=int, default=10, help="files to time with one soffice each (0: skip)")
    args = parser.parse_args()
    pages = sorted((args.corpus / "raw").glob("*.txt"))
    if not pages:
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    import newsconv

    compileall.compile_dir(Path(newsconv.__file__).parent, quiet=1)  # as `pip install .` leaves it
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        newsconv_batch(args.corpus, folder / "warm", args.jobs)  # font caches built, files in the page cache
        seconds, peak = newsconv_batch(args.corpus, folder / "newsconv", args.jobs)
        n = len(pages)
        print(f"| {n} corpus pages → docx + pdf + md + html | wall time | articles/s | peak memory |")
        print("|---|---:|---:|---:|")
        print(f"| newsconv convert -j {args.jobs} | {seconds:.2f} s | {n / seconds:.1f} | {peak:.0f} MB "
              "(largest process) |")
        markdown = sorted((folder / "newsconv").glob("*.md"))
        pandoc = pandoc_loop(markdown, folder / "pandoc")
        print(f"| pandoc md → docx and md → html, one process per file | {pandoc:.2f} s | {n / pandoc:.1f} | |")
        docx_files = sorted((folder / "pandoc").glob("*.docx"))
        one_run, per_file = libreoffice(docx_files, folder, args.lo_loop)
        if one_run is None:
            print("| LibreOffice docx → pdf (not installed) | | | |")
            return 0
        print(f"| LibreOffice docx → pdf, one soffice run | {one_run:.2f} s | {n / one_run:.1f} | |")
        if per_file is not None:
            print(f"| LibreOffice docx → pdf, one soffice per file ({args.lo_loop} timed) | "
                  f"{per_file * n:.1f} s (scaled) | {1 / per_file:.2f} | |")
        fastest = pandoc + one_run
        print(f"\npandoc + LibreOffice (one soffice run): {fastest:.1f} s, "
              f"{fastest / seconds:.1f} times newsconv's time")
        if per_file is not None:
            loop_total = pandoc + per_file * n
            print(f"pandoc + LibreOffice (one soffice per file, as a loop): {loop_total:.1f} s, "
                  f"{loop_total / seconds:.1f} times newsconv's time")
        print(f"\ncores: {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
