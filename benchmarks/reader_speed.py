"""Raw-text reader speed: a page, the whole corpus, and large synthetic inputs (time grows linearly).

    python benchmarks/reader_speed.py [--corpus ../shared/corpus]
    python benchmarks/reader_speed.py --against ../newsconv-old --runs 5   # a checkout of another revision

The synthetic inputs are corpus lines drawn at random, each made unique (so no cache helps), up
to 1, 5 and 20 MB. --against DIR reads the corpus in fresh processes with this tree and with
another source tree, run for run in turn, so that both see the machine at the same speed (a
shared machine's speed changes by half during a day). Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from newsconv.readers import ReadOptions
from newsconv.readers.text import read_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
NL = b"\n"


def synthetic(lines: list[str], megabytes: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        line = rng.choice(lines)
        if line.strip():
            tag = "".join(rng.choice("abcdefghij") for _ in range(5))
            line = f"{line} {tag}" if rng.random() < 0.5 else f"{tag} {line}"
        out.append(line)
        size += len(line.encode()) + 1
    return "\n".join(out)


def timed(data: bytes, runs: int = 1) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read_text(data, ReadOptions())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# A fresh process that reads the corpus pages one by one with the newsconv of the tree given
# (after the seed, as main() does), and prints the seconds the pages took.
_FROM_TREE = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import newsconv
assert newsconv.__file__.startswith(sys.argv[1]), newsconv.__file__
from newsconv.readers import ReadOptions
from newsconv.readers.text import read_text
read_text(Path(sys.argv[2]).read_bytes(), ReadOptions())
blobs = [Path(p).read_bytes() for p in json.loads(sys.argv[3])]
start = time.perf_counter()
for blob in blobs:
    read_text(blob, ReadOptions())
print(time.perf_counter() - start)
"""


def interleaved(runs: int, trees: list[Path], pages: list[Path]) -> list[list[float]]:
    """Corpus read times for each source tree, the trees taking turns."""
    for tree in trees:
        compileall.compile_dir(tree / "newsconv", quiet=1)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="")  # the byte-compiled modules are used, as installed
    seed = str(ROOT / "examples" / "dawa-tianjia.txt")
    listed = json.dumps([str(p) for p in pages])
    times: list[list[float]] = [[] for _ in trees]
    for _ in range(runs):
        for i, tree in enumerate(trees):
            done = subprocess.run([sys.executable, "-c", _FROM_TREE, str(tree), seed, listed],
                                  check=True, capture_output=True, text=True, env=env)
            times[i].append(float(done.stdout))
    return times


def against(tree: Path, runs: int, pages: list[Path]) -> None:
    ours, theirs = interleaved(runs, [ROOT, tree.resolve()], pages)
    print(f"| corpus, {len(pages)} pages one by one, runs in turn | median | best | worst |")
    print("|---|---:|---:|---:|")
    for label, times in (("this tree", ours), (str(tree), theirs)):
        rates = [len(pages) / t for t in times]
        print(f"| {label} ({runs} runs) | {statistics.median(rates):.0f} pages/s | {max(rates):.0f} pages/s "
              f"| {min(rates):.0f} pages/s |")
    ratios = sorted(b / a for a, b in zip(ours, theirs, strict=True))
    print(f"\nTime of {tree} over this tree's, run by run: median {statistics.median(ratios):.2f}, "
          f"from {ratios[0]:.2f} to {ratios[-1]:.2f}; load average {os.getloadavg()[0]:.1f}.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--against", type=Path, help="another source tree (holding newsconv/) to compare with")
    parser.add_argument("--runs", type=int, default=5, help="runs of each tree with --against")
    args = parser.parse_args()
    pages = sorted((args.corpus / "raw").glob("*.txt"))
    if args.against is not None:
        if not pages:
            parser.error(f"no corpus pages in {args.corpus / 'raw'}")
        against(args.against, args.runs, pages)
        return
    print("| input | size | lines | read time | throughput |")
    print("|---|---:|---:|---:|---:|")
    seed = ROOT / "examples" / "dawa-tianjia.txt"
    data = seed.read_bytes()
    t = timed(data, runs=9)
    print(f"| seed article | {len(data) / 1000:.1f} kB | {data.count(NL) + 1} | {t * 1000:.1f} ms | |")
    if pages:
        blobs = [p.read_bytes() for p in pages]
        start = time.perf_counter()
        for blob in blobs:
            read_text(blob, ReadOptions())
        total = time.perf_counter() - start
        size = sum(len(b) for b in blobs)
        print(f"| corpus, {len(pages)} pages one by one | {size / 1e6:.1f} MB | {sum(b.count(NL) + 1 for b in blobs)}"
              f" | {total:.2f} s | {len(pages) / total:.0f} pages/s |")
        lines = [line for b in blobs for line in b.decode("utf-8").split("\n")]
        for megabytes in (1, 5, 20):
            text = synthetic(lines, megabytes).encode("utf-8")
            t = timed(text)
            print(f"| synthetic, unique lines | {len(text) / 1e6:.0f} MB | {text.count(NL) + 1} | {t:.2f} s"
                  f" | {len(text) / 1e6 / t:.1f} MB/s |")


if __name__ == "__main__":
    main()
