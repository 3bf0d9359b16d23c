"""Writer cost per article and format, in one process: the corpus's pages parsed once, then
each written to every format, timed in CPU seconds (so other jobs on the machine count less).

    python benchmarks/format_speed.py [--profiles news,gbt9704] [--rounds 3] [--corpus DIR]

Run it with another checkout's interpreter (its own editable install) to compare two versions
in the same minutes: the script imports whichever newsconv the interpreter has.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("docx", "pdf", "md", "html", "json")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", default="news,gbt9704")
    parser.add_argument("--rounds", type=int, default=3, help="the median of this many passes is printed")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "raw")
    args = parser.parse_args()

    import newsconv
    from newsconv.convert import parse, render
    from newsconv.profiles import load_profile
    from newsconv.readers import ReadOptions

    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        print(f"no pages in {args.corpus}", file=sys.stderr)
        return 2
    docs = [parse(f.read_bytes(), "text", ReadOptions(source=str(f))) for f in files]
    print(f"newsconv from {Path(newsconv.__file__).parent}, {len(docs)} articles, CPU ms per article "
          f"(median of {args.rounds})\n")
    print("| profile | " + " | ".join(FORMATS) + " |")
    print("|---|" + "---:|" * len(FORMATS))
    for name in args.profiles.split(","):
        profile = load_profile(name)
        row = []
        for fmt in FORMATS:
            render(docs[0], fmt, profile)  # templates, fonts and segmenter loaded before timing
            times = []
            for _ in range(args.rounds):
                start = time.process_time()
                for doc in docs:
                    render(doc, fmt, profile)
                times.append((time.process_time() - start) / len(docs) * 1000)
            row.append(f"{statistics.median(times):.1f}")
        print(f"| {name} | " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
