"""Title breaks on the corpus: how many titles wrap in each profile, the shortest line as a share of
the longest, and the shapes (GB/T 9704-2012 §7.3.1: trapezoid or diamond).

    python benchmarks/titles.py [--corpus ../shared/corpus] [-v]

Titles are the corpus's gold titles (as the reader finds them on every Chinese page), plus five
long official titles. Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OFFICIAL = (ROOT / "tests" / "data" / "official-titles.txt").read_text(encoding="utf-8").splitlines()


def shape(widths: list[float]) -> str:
    if len(widths) == 1:
        return "one line"
    steps = [0 if abs(b - a) <= 0.25 else (1 if b > a else -1) for a, b in zip(widths, widths[1:], strict=False)]
    if all(s == 0 for s in steps):
        return "rectangle"
    if all(s >= 0 for s in steps) or all(s <= 0 for s in steps):
        return "trapezoid"
    falls = [i for i, s in enumerate(steps) if s < 0]
    rises = [i for i, s in enumerate(steps) if s > 0]
    return "diamond" if max(rises) < min(falls) else "hourglass"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    from newsconv.profiles import load_profile
    from newsconv.writers.titles import em_width, has_chinese, load_segmenter, title_lines

    load_segmenter()  # timed on its own in benchmarks/segmenters.py

    titles = list(OFFICIAL)
    for path in sorted((args.corpus / "gold").glob("*.json")):
        title = json.loads(path.read_text(encoding="utf-8")).get("title")
        if title:
            titles.append(title)
    print("| profile | titles | wrapped (zh / en) | shortest line / longest: min | median | "
          "under 40 % | shapes of wrapped Chinese titles | time per wrapped title |")
    print("|---|---:|---:|---:|---:|---:|---|---:|")
    for name in ("gbt9704", "news"):
        profile = load_profile(name)
        ratios, shapes, wrapped_zh, wrapped_en = [], {}, 0, 0
        start = time.perf_counter()
        for title in titles:
            lines = title_lines(title, profile)
            if len(lines) < 2:
                continue
            widths = [em_width(line) for line in lines]
            ratios.append(min(widths) / max(widths))
            if has_chinese(title):
                wrapped_zh += 1
                kind = shape(widths)
                shapes[kind] = shapes.get(kind, 0) + 1
            else:
                wrapped_en += 1
            if args.verbose:
                print(f"{name}: {' / '.join(lines)}  {[round(w, 1) for w in widths]}", file=sys.stderr)
        seconds = time.perf_counter() - start
        wrapped = wrapped_zh + wrapped_en
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(shapes.items()))
        print(f"| {name} | {len(titles)} | {wrapped_zh} / {wrapped_en} | {min(ratios):.2f} | "
              f"{statistics.median(ratios):.2f} | {sum(r < 0.4 for r in ratios)} | {kinds} | "
              f"{seconds / max(wrapped, 1) * 1000:.1f} ms |")


if __name__ == "__main__":
    main()
