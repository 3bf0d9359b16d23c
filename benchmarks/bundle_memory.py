"""What an issue's PDF keeps in memory as the article count grows, measured in one process with
tracemalloc: the parsed articles, what is still alive when the last page is set (by the module
that allocated it), and the peak while the file is written, each for several counts, with the
growth per article between the first and the last count.

    python benchmarks/bundle_memory.py [--counts 50,200,400,800] [--corpus ../shared/corpus]

The articles are the raw corpus pages, parsed once and copied through pickle as the bundle's
worker processes send them, each input's articles spooled to a temporary file as the command
spools them ("parsed articles": what stays in memory of them); the issue is written as ``newsconv bundle -o issue.pdf`` writes it
(into a temporary file, each page as it is set).
tracemalloc counts Python's allocations only, not the allocator's unreturned pages that RSS
includes (benchmarks/bundle_speed.py measures RSS).
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import tempfile
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MB = 2**20


def parsed_corpus(corpus: Path) -> list[bytes]:
    from newsconv.convert import parse
    from newsconv.readers import ReadOptions

    paths = sorted((corpus / "raw").glob("*.txt"))
    if not paths:
        sys.exit(f"no corpus at {corpus}/raw")
    return [pickle.dumps(parse(p.read_bytes(), "text", ReadOptions(source=str(p)))) for p in paths]


def where(trace: Any) -> str:
    """The module an allocation came from: the innermost frame inside newsconv or reportlab."""
    for frame in reversed(trace.traceback):  # oldest first: the innermost call is last
        name = frame.filename
        for root in ("newsconv", "reportlab"):
            if f"/{root}/" in name:
                part = name.split(f"/{root}/", 1)[1]
                return f"{root}/{part.rsplit('/', 1)[0] + '/' if '/' in part else ''}{Path(part).stem}"
    return "other"


def measure(count: int, pickled: list[bytes]) -> dict[str, Any]:
    import newsconv.writers.pdf as pdf
    from newsconv.bundle.compile import articles_of, compile_issue
    from newsconv.bundle.spool import ArticleStore
    from newsconv.model import Document, article_head
    from newsconv.bundle.meta import build_issue
    from newsconv.profiles import load_profile

    profile = load_profile("briefing")
    issue = build_issue((("name", "每日要闻"), ("number", "1"), ("office", "某区委宣传部"), ("date", "2024-05-06"),
                         ("send_to", "区委、区政府领导"), ("copies", "50")))
    gc.collect()
    articles = tempfile.TemporaryFile()
    tracemalloc.start(6)
    base = tracemalloc.get_traced_memory()[0]
    store = ArticleStore(articles)
    docs = []
    for n in range(count):  # each input's articles spooled as its result arrives, as the command does
        read = pickle.loads(pickled[n % len(pickled)])
        docs.append(Document(article_head(read.meta), store.add(articles_of(read))))
    del read
    doc = compile_issue(docs, issue)
    del docs
    gc.collect()
    parsed = tracemalloc.get_traced_memory()[0] - base
    seen: dict[str, Any] = {}
    real = pdf._canvas_class

    def recording(stamp: str | None) -> Any:
        class Recording(real(stamp)):  # type: ignore[misc]
            def finish(self) -> None:
                gc.collect()
                seen["layout"] = tracemalloc.get_traced_memory()[0] - base
                seen["by module"] = tracemalloc.take_snapshot()
                tracemalloc.reset_peak()
                super().finish()
                seen["writing"] = tracemalloc.get_traced_memory()[1] - base

        return Recording

    pdf._canvas_class = recording
    try:
        with tempfile.TemporaryDirectory() as folder, open(Path(folder) / "issue.pdf", "wb") as sink:
            pdf.write_pdf_to(doc, sink, profile)
            size = sink.tell()
    finally:
        pdf._canvas_class = real
        articles.close()
    tracemalloc.stop()
    modules: Counter[str] = Counter()
    for trace in seen["by module"].traces:
        modules[where(trace)] += trace.size
    return {"count": count, "parsed": parsed, "layout": seen["layout"], "writing": seen["writing"],
            "size": size, "modules": modules}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="50,200,400,800")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    pickled = parsed_corpus(args.corpus)
    measure(len(pickled), pickled)  # every face and cache loaded before measuring
    rows = [measure(int(c), pickled) for c in args.counts.split(",")]
    print("tracemalloc, one process, briefing profile, each page written as it is set\n")
    print("| articles | PDF (MB) | parsed articles (MB) | alive when the last page is set (MB) "
          "| peak while writing the file (MB) |")
    print("|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['count']} | {r['size'] / MB:.1f} | {r['parsed'] / MB:.1f} | {r['layout'] / MB:.1f} "
              f"| {r['writing'] / MB:.1f} |")
    first, last = rows[0], rows[-1]
    per = last["count"] - first["count"]
    print(f"\nGrowth per article from {first['count']} to {last['count']} articles (KB), "
          "alive when the last page is set, by the module that allocated it:\n")
    print("| module | KB per article |")
    print("|---|---:|")
    growth = {m: (last["modules"][m] - first["modules"][m]) / per / 1024 for m in last["modules"] | first["modules"]}
    for module, kb in sorted(growth.items(), key=lambda item: -abs(item[1])):
        if abs(kb) >= 0.05:
            print(f"| {module} | {kb:.2f} |")
    total = (last["layout"] - first["layout"]) / per / 1024
    writing = (last["writing"] - first["writing"]) / per / 1024
    print(f"| total alive when the last page is set | {total:.2f} |")
    print(f"| peak while writing the file | {writing:.2f} |")


if __name__ == "__main__":
    main()
