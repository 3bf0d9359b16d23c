"""Compiled issues: 1 to 1,600 corpus articles (copies, cycling through the raw corpus) bundled
into one PDF by `newsconv bundle`, as a clerk runs it: wall time of the whole command (reading
every input through the batch pool, laying the issue out, writing), the issue's pages and size,
and the peak resident memory of its largest process.

    python benchmarks/bundle_speed.py [--counts 1,50,100,200,400,800,1600] [--runs 3] [--jobs 2] [--corpus ../shared/corpus]

Each run is a fresh process; the table gives the median time and the largest peak memory of the
runs, and under it how much the peak grows per article from the second count to the last (the
fonts' subsets stop growing once every page of the corpus has been seen, from 101 articles). The
load average is printed too: on a shared machine other work slows every row.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A child that runs the command and reports its peak memory (the largest process it waited for).
_MEASURE = r"""
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:]).returncode
seconds = time.perf_counter() - start
print(code, seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def folder_of(count: int, corpus: Path, base: Path) -> Path:
    sources = sorted((corpus / "raw").glob("*.txt"))
    if not sources:
        sys.exit(f"no corpus at {corpus}/raw")
    folder = base / f"n{count}"
    folder.mkdir()
    for n in range(count):
        source = sources[n % len(sources)]
        (folder / f"{n:04d}-{source.name}").write_bytes(source.read_bytes())
    return folder


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def growth(rows: list[tuple[int, float]]) -> str:
    """Peak memory per article from the second row (the first is one article, in one process) to
    the last, and between the last two rows."""
    if len(rows) < 3:
        return ""
    (n0, m0), (n1, m1), (n2, m2) = rows[1], rows[-2], rows[-1]
    return (f"peak memory grows {(m2 - m0) / (n2 - n0):.3f} MB per article from {n0} to {n2} articles, "
            f"{(m2 - m1) / (n2 - n1):.3f} MB from {n1} to {n2}")


def run(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    command = [sys.executable, "-m", "newsconv", "bundle", str(folder), "-o", str(out), "--overwrite", "-q",
               "-j", str(jobs), "--issue", "1", "-M", "name=每日要闻", "-M", "office=某区委宣传部",
               "-M", "date=2024-05-06", "-M", "send_to=区委、区政府领导", "-M", "copies=50"]
    result = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True)
    code, seconds, peak = result.stdout.split()
    if code != "0":
        sys.exit(f"newsconv bundle failed ({code}) on {folder}")
    return float(seconds), float(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="1,50,100,200,400,800,1600")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    print(f"newsconv bundle -> PDF (briefing profile), -j {args.jobs}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at the start\n")
    print("| articles | pages | PDF (MB) | seconds (median) | per article (ms) | peak memory (MB) |")
    print("|---:|---:|---:|---:|---:|---:|")
    rows: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for count in counts:
            folder = folder_of(count, args.corpus, base)
            out = base / f"issue-{count}.pdf"
            times, peaks = [], []
            for _ in range(args.runs):
                seconds, peak = run(folder, out, args.jobs)
                times.append(seconds)
                peaks.append(peak)
            median = statistics.median(times)
            rows.append((count, max(peaks)))
            print(f"| {count} | {pages(out)} | {out.stat().st_size / 2**20:.1f} | {median:.2f} | "
                  f"{1000 * median / count:.0f} | {max(peaks):.0f} |", flush=True)
    print(f"\n{growth(rows)}\nload average {os.getloadavg()[0]:.1f} at the end; {time.strftime('%Y-%m-%d')}")


if __name__ == "__main__":
    main()
