"""Check that a change to the raw-text reader leaves its output byte-identical to another tree's.

    python tools/reader_check.py --against /tmp/old-reader     # a copy of the reader before the change
    python tools/reader_check.py --against DIR --keep D --reuse  # again, DIR's dump kept in D reused
    python tools/reader_check.py --dump out.jsonl              # this tree's dump only

For every page of ../shared/corpus/raw and raw-chromium, its saved HTML (the HTML reader runs the
text reader's rules), the inputs of the blind sets under benchmarks/data/zh-blind* (pasted, as
Chromium copies them, and saved), a spread of ``--extra`` pages of ../shared/corpus-extra/raw and
one synthetic input long enough to take the very-long-input path, the dump holds the document
model as JSON and every line's decision (kind, rule, part, table). ``--against DIR`` makes the same
dump with DIR first on the import path, in a second process, and lists every page whose dump
differs; it exits 1 when any does. Pages are read one after another in one process, as the
batch runner and benchmarks/reader_speed.py read them, so per-page caches are exercised too.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pages(extra: int) -> Iterator[tuple[str, str, Path]]:
    """(label, reader, path) for every page checked, in a fixed order."""
    for folder in ("raw", "raw-chromium"):
        for path in sorted((SHARED / "corpus" / folder).glob("*.txt")):
            yield f"{folder}/{path.name}", "text", path
    for path in sorted((SHARED / "corpus" / "html").glob("*.html")):
        yield f"html/{path.name}", "html", path
    for blind in sorted((ROOT / "benchmarks" / "data").glob("zh-blind*")):
        for folder in ("raw", "raw-chromium"):
            for path in sorted((blind / folder).glob("*.txt")):
                yield f"{blind.name}/{folder}/{path.name}", "text", path
        for path in sorted((blind / "html").glob("*.html")):
            yield f"{blind.name}/html/{path.name}", "html", path
    more = sorted((SHARED / "corpus-extra" / "raw").glob("*.txt"))
    step = max(1, len(more) // extra) if extra else 0
    for path in more[::step][:extra] if step else ():
        yield f"extra/{path.name}", "text", path


def synthetic_input() -> str:
    """Corpus lines drawn at random and made unique, past the reader's close-reading limit."""
    lines = [line for path in sorted((SHARED / "corpus" / "raw").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n")]
    rng = random.Random(1)
    out = []
    while len(out) < 30_000 and lines:
        line = rng.choice(lines)
        if line.strip():
            tag = "".join(rng.choice("abcdefghij") for _ in range(5))
            line = f"{line} {tag}" if rng.random() < 0.5 else f"{tag} {line}"
        out.append(line)
    return "\n".join(out)


def dump(out: Path, extra: int) -> int:
    from newsconv.model import to_json
    from newsconv.readers import ReadOptions
    from newsconv.readers.html import explain_html, read_html
    from newsconv.readers.text import analyse, forget_lines

    def record(label: str, decisions: list, doc_json: str) -> str:
        lines = [[d.line.no, d.kind.value, d.rule, d.part, repr(d.table) if d.table is not None else None]
                 for d in decisions]
        return json.dumps({"page": label, "model": doc_json, "decisions": lines}, ensure_ascii=False)

    count = 0
    with out.open("w", encoding="utf-8") as f:
        for label, reader, path in pages(extra):
            data = path.read_bytes()
            opts = ReadOptions(source=path.name)
            if reader == "html":
                f.write(record(label, explain_html(data, opts), to_json(read_html(data, opts))) + "\n")
            else:
                try:
                    analysis = analyse(data, opts)
                finally:
                    forget_lines()
                f.write(record(label, analysis.decisions, to_json(analysis.document)) + "\n")
            count += 1
        if (SHARED / "corpus" / "raw").is_dir():
            try:
                analysis = analyse(synthetic_input(), ReadOptions())
            finally:
                forget_lines()
            f.write(record("synthetic 30,000 lines", analysis.decisions, to_json(analysis.document)) + "\n")
            count += 1
    return count


def dump_with(tree: Path, out: Path, extra: int) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    return subprocess.Popen([sys.executable, __file__, "--dump", str(out), "--extra", str(extra)], env=env, cwd=tree)


def compare(old: Path, new: Path) -> int:
    with old.open(encoding="utf-8") as a, new.open(encoding="utf-8") as b:
        before, after = a.read().split("\n")[:-1], b.read().split("\n")[:-1]  # (a page's text may hold U+2028)
    differ = 0
    if len(before) != len(after):
        print(f"page counts differ: {len(before)} before, {len(after)} after")
        differ += 1
    for x, y in zip(before, after):
        if x != y:
            page = json.loads(y)["page"]
            first, second = json.loads(x), json.loads(y)
            parts = [k for k in ("model", "decisions") if first[k] != second[k]]
            print(f"DIFFERS  {page}  ({', '.join(parts)})")
            differ += 1
    print(f"{min(len(before), len(after))} pages compared, {differ} differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, help="another source tree (holding newsconv/) to compare with")
    parser.add_argument("--dump", type=Path, help="write this tree's dump (JSON lines) here")
    parser.add_argument("--extra", type=int, default=300, help="pages of ../shared/corpus-extra to include")
    parser.add_argument("--keep", type=Path, help="keep both dumps in this folder")
    parser.add_argument("--reuse", action="store_true", help="with --keep: reuse the other tree's dump kept there")
    args = parser.parse_args()
    if args.dump:
        print(f"{dump(args.dump, args.extra)} pages dumped to {args.dump}", file=sys.stderr)
        return 0
    if not args.against:
        parser.error("give --against DIR or --dump FILE")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="reader-check-"))
    folder.mkdir(parents=True, exist_ok=True)
    old, new = folder / "before.jsonl", folder / "after.jsonl"
    jobs = [dump_with(ROOT, new, args.extra)]
    if not (args.reuse and args.keep and old.exists()):
        jobs.append(dump_with(args.against.resolve(), old, args.extra))
    if any(job.wait() for job in jobs):
        print("a dump failed", file=sys.stderr)
        return 2
    return compare(old, new)


if __name__ == "__main__":
    sys.exit(main())
