"""Seed article benchmark: time and size of each output format, in one process and in fresh ones.

    python benchmarks/seed.py [--runs 7]

Prints a Markdown table. Run it twice: the first run ever converts the PDF serif font into the
cache (reported on stderr), which the fresh-process figures assume is already done.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "dawa-tianjia.txt"
FORMATS = ("docx", "pdf", "md", "html", "json")


def in_process(runs: int) -> dict[str, tuple[float, int]]:
    from newsconv.convert import parse, render
    from newsconv.profiles import load_profile
    from newsconv.readers import ReadOptions

    data = SEED.read_bytes()
    profile = load_profile("news")
    doc = parse(data, "text", ReadOptions())
    results: dict[str, tuple[float, int]] = {}
    for fmt in ("parse", *FORMATS):
        times = []
        size = 0
        for _ in range(runs + 1):  # the first run warms imports and font registration
            start = time.perf_counter()
            if fmt == "parse":
                parse(data, "text", ReadOptions())
            else:
                size = len(render(doc, fmt, profile))
            times.append(time.perf_counter() - start)
        results[fmt] = (statistics.median(times[1:]), size)
    return results


def fresh_process(fmt: str, runs: int) -> float:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            target = Path(tmp) / f"seed-{i}.{fmt}"
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "newsconv", "convert", str(SEED), "-o", str(target), "-q"],
                           check=True)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # byte-compile newsconv as `pip install .` does (an editable install under
    # PYTHONDONTWRITEBYTECODE would otherwise recompile every module on every run)
    import compileall

    import newsconv

    compileall.compile_dir(Path(newsconv.__file__).parent, quiet=1)
    fresh_process("pdf", 1)  # builds the font cache if this machine has none yet
    results = in_process(args.runs)
    print(f"Seed article ({SEED.name}, {SEED.stat().st_size} bytes), median of {args.runs} runs\n")
    print("| step | in one process (ms) | fresh process, whole command (ms) | output size (bytes) |")
    print("|---|---:|---:|---:|")
    for fmt, (seconds, size) in results.items():
        fresh = f"{fresh_process(fmt, args.runs) * 1000:.0f}" if fmt != "parse" else ""
        shown = str(size) if fmt != "parse" else ""
        print(f"| {fmt} | {seconds * 1000:.1f} | {fresh} | {shown} |")
    help_time = statistics.median(
        _timed([sys.executable, "-m", "newsconv", "--help"]) for _ in range(args.runs)
    )
    print(f"\n`newsconv --help` in a fresh process: {help_time * 1000:.0f} ms")


def _timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
