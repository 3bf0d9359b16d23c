"""Line-breaking and page-breaking rules, measured in newsconv's PDFs of the whole corpus.

    python benchmarks/pdf_rules.py [--corpus ../shared/corpus] [--profile news --profile gbt9704]

Every corpus page is converted to PDF, and the PDF is read back (pdfplumber, test extras):
no line starts with a closing mark or ends with an opening one, —— and …… are not split, no
Latin word is cut (unless longer than a line), no paragraph ends with one character alone on
its last line; and, with widow control, no single line of a paragraph alone at the head or
foot of a page, no heading at the foot of a page. Prints a table of violations per rule.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsconv.convert import parse, render  # noqa: E402
from newsconv.model import block_texts  # noqa: E402
from newsconv.profiles import load_profile  # noqa: E402
from newsconv.readers import ReadOptions  # noqa: E402
from newsconv.writers.common import meta_line  # noqa: E402
from tests.pdfcheck import line_break_violations, page_break_violations  # noqa: E402


def check(corpus: Path, profile_name: str, verbose: bool) -> tuple[int, int, int, Counter[str]]:
    profile = load_profile(profile_name)
    body = profile.role("body")
    pages = lines = 0
    counts: Counter[str] = Counter()
    files = sorted((corpus / "raw").glob("*.txt"))
    for path in files:
        doc = parse(path.read_bytes(), "text", ReadOptions(source=str(path)))
        data = render(doc, "pdf", profile)
        source = "\n".join([doc.meta.title or "", meta_line(doc.meta, date_style=profile.date_style),
                            *block_texts(doc.blocks)])
        found = line_break_violations(data, source, margin_left=profile.page.margin_left,
                                      indent=body.first_line_indent * body.size)
        if body.widow_control:
            found += page_break_violations(data, margin_left=profile.page.margin_left,
                                           indent=body.first_line_indent * body.size)
        from tests.pdfcheck import body_lines_of

        read = body_lines_of(data)
        lines += len(read)
        pages += max((line.page for line in read), default=0)
        for violation in found:
            counts[violation.rule] += 1
            if verbose:
                print(f"  {path.stem} p{violation.page}: {violation.rule}: {violation.text}", file=sys.stderr)
    return len(files), pages, lines, counts


RULES = (
    "starts with a closing mark",
    "ends with an opening mark",
    "splits —— or ……",
    "splits a word",
    "a single character alone on a last line",
    "a paragraph's first line alone at the foot of a page",
    "a paragraph's last line alone at the head of a page",
    "a heading at the foot of a page",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--profile", action="append", dest="profiles")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each violation on stderr")
    args = parser.parse_args()
    if not (args.corpus / "raw").is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    profiles = args.profiles or ["news", "gbt9704"]
    results = {}
    for name in profiles:
        start = time.perf_counter()
        results[name] = (*check(args.corpus, name, args.verbose), time.perf_counter() - start)
    print("| rule | " + " | ".join(profiles) + " |")
    print("|---|" + "---:|" * len(profiles))
    for label, key in (("articles", 0), ("pages", 1), ("lines read back", 2)):
        print(f"| {label} | " + " | ".join(str(results[p][key]) for p in profiles) + " |")
    for rule in RULES:
        cells = []
        for p in profiles:
            widow_rule = "alone at" in rule or "heading at" in rule
            cells.append("n/a" if widow_rule and not load_profile(p).role("body").widow_control
                         else str(results[p][3][rule]))
        print(f"| {rule} | " + " | ".join(cells) + " |")
    total = sum(sum(r[3].values()) for r in results.values())
    print(f"\ntotal violations: {total}; time {sum(r[4] for r in results.values()):.1f} s")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
