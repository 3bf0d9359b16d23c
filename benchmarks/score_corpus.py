"""Score the raw-text reader (or, with --html, the HTML reader) on a corpus folder with the
corpus's own scorer.

    python benchmarks/score_corpus.py [--html] [--corpus ../shared/corpus] [--pred DIR] [--per-page FILE]

With --html the saved pages (``html/<id>.html``) are read instead of the pasted text; the
zh-seed pages have none and are not scored.

Reads every ``raw/<id>.txt`` with newsconv's raw-text reader, writes ``<id>.json`` predictions
in score.py's schema (title, authors, publish_time, body_paragraphs), then runs the corpus's
``score.py`` on them and prints its table. Pages the reader fails on are reported and scored
as empty predictions.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def prediction(path: Path) -> dict:
    from cross_site import paragraphs  # a table one row per paragraph, as the gold gives it

    from newsconv.model import format_published
    from newsconv.readers import ReadOptions
    from newsconv.readers.html import read_html
    from newsconv.readers.text import read_text

    read = read_html if path.suffix == ".html" else read_text
    doc = read(path.read_bytes(), ReadOptions(source=str(path)))
    return {
        "title": doc.meta.title,
        "authors": list(doc.meta.writers),
        "publish_time": format_published(doc.meta.published) or dict(doc.meta.extra).get("published_text"),
        "body_paragraphs": paragraphs(doc.blocks),
    }


def predict_all(corpus: Path, out: Path, html: bool = False) -> tuple[int, list[str], float]:
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.json"):
        stale.unlink()  # a page that fails now must not be scored on an old prediction
    failures: list[str] = []
    pages = sorted((corpus / "html").glob("*.html")) if html else sorted((corpus / "raw").glob("*.txt"))
    start = time.perf_counter()
    for page in pages:
        try:
            pred = prediction(page)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports every failure and goes on
            failures.append(f"{page.name}: {type(exc).__name__}: {exc}")
            continue
        (out / f"{page.stem}.json").write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(pages), failures, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pred", type=Path, help="keep predictions here (default: a temporary folder)")
    parser.add_argument("--per-page", help="write score.py's per-page scores to this JSON file")
    parser.add_argument("--html", action="store_true", help="read the saved HTML pages with the HTML reader")
    args = parser.parse_args()
    if not (args.corpus / "raw").is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pred = args.pred or Path(tmp)
        count, failures, seconds = predict_all(args.corpus, pred, args.html)
        for failure in failures:
            print(f"reader failed: {failure}", file=sys.stderr)
        print(f"{count} pages read in {seconds:.2f} s ({count / seconds:.0f} pages/s), {len(failures)} failures\n")
        command = [sys.executable, str(args.corpus / "score.py"), "--pred", str(pred)]
        if args.html:
            command += ["--sets", "zh,en"]
        if args.per_page:
            command += ["--per-page", args.per_page]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
