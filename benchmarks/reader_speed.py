"""Raw-text reader speed: a page, the whole corpus, and large synthetic inputs (time grows linearly).

    python benchmarks/reader_speed.py [--corpus ../shared/corpus]

The synthetic inputs are corpus lines drawn at random, each made unique (so no cache helps), up
to 1, 5 and 20 MB. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import random
import statistics
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    pages = sorted((args.corpus / "raw").glob("*.txt"))
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
