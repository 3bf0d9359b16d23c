"""`newsconv check` over the Chinese corpus: every page converted to a gbt9704 PDF and DOCX (and a
news PDF, which must fail), each checked against gbt9704; plus the official notice of the test
data with its parts given. Prints how many conform, the failed checks, and the time a check takes.

    python benchmarks/check_corpus.py            # from the project root
    python benchmarks/check_corpus.py --render   # the DOCX also laid out by LibreOffice (slow)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsconv.check import check_document  # noqa: E402
from newsconv.convert import parse, render  # noqa: E402
from newsconv.profiles import load_profile  # noqa: E402
from newsconv.readers import ReadOptions  # noqa: E402
from newsconv.transforms import TransformOptions  # noqa: E402
from newsconv.transforms.metadata import parse_assignments  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "raw"
NOTICE = ROOT / "tests" / "data" / "notice-pasted.txt"
GIVEN = ("doc_number=某政办发[2024]12号", "issuer=某区人民政府办公室", "cc=区委各部门，区人大常委会办公室",
         "printed_by=某区人民政府办公室", "printed_date=2024-03-19")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--render", action="store_true", help="lay the DOCX out with LibreOffice too")
    args = parser.parse_args()
    gbt, news = load_profile("gbt9704"), load_profile("news")
    pages = sorted(CORPUS.glob("zh*.txt")) + sorted(CORPUS.glob("seed*.txt"))
    docs = [(p.name, parse(p.read_bytes(), "text", ReadOptions(source=str(p)))) for p in pages]
    docs.append(("notice (official, -M)", parse(NOTICE.read_bytes(), "text", ReadOptions(),
                                                TransformOptions(metadata=parse_assignments(GIVEN)))))
    rows = []
    for label, fmt, profile, render_docx in (("gbt9704 PDF", "pdf", gbt, False), ("gbt9704 DOCX", "docx", gbt, False),
                                             ("gbt9704 DOCX, LibreOffice", "docx", gbt, True),
                                             ("news PDF", "pdf", news, False)):
        if render_docx and not args.render:
            continue
        conform, failed, seconds = 0, Counter(), []
        for name, doc in docs:
            data = render(doc, fmt, profile)
            start = time.perf_counter()
            report = check_document(data, name, gbt, render=render_docx)
            seconds.append(time.perf_counter() - start)
            conform += report.conforms
            failed.update({f.check for f in report.findings if f.status == "FAIL"})
        rows.append((label, len(docs), conform, statistics.median(seconds), failed))
    print(f"{'documents checked against gbt9704':<28} {'n':>3} {'conform':>8} {'check (median s)':>17}  failed checks")
    for label, n, conform, median, failed in rows:
        shown = ", ".join(f"{check} {count}" for check, count in sorted(failed.items())) or "-"
        print(f"{label:<28} {n:>3} {conform:>8} {median:>17.3f}  {shown}")


if __name__ == "__main__":
    main()
