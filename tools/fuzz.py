"""Fuzz newsconv's five readers (and every writer behind them) with mutated real inputs.

    python tools/fuzz.py --inputs 50000 --jobs 2          # the release check: zero crashes, none over 2 s
    python tools/fuzz.py --inputs 2000 --seed 7 -v        # a quick run, printing each finding
    python tools/fuzz.py --replay fuzz-findings/          # run saved findings again

Seeds are real inputs: the examples, and, when ../shared/corpus is beside the project, its raw
pages and saved HTML; every seed is also converted to Markdown, DOCX, HTML and newsconv JSON so all
five readers get inputs of their own format. Each input is a seed with a few mutations: bytes
flipped, inserted, deleted or duplicated, hostile strings spliced in (control characters, lone
surrogates, bidi marks, deep nesting, huge numbers, YAML aliases, javascript: links), or, for a
DOCX, the same done to one XML part inside the zip. Each is converted to DOCX, PDF, Markdown,
HTML and JSON in-process, as ``newsconv convert`` would.

A finding is an input that raises anything but newsconv's own errors (the command line would
exit 70) or takes longer than ``--slow`` seconds. Findings are written to ``fuzz-findings/``
with the traceback, and the script exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import signal
import sys
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FORMATS = ("text", "md", "html", "docx", "json")
OUTPUTS = ("docx", "pdf", "md", "html", "json")

# Strings that have broken parsers and writers somewhere.
HOSTILE: tuple[bytes, ...] = tuple(s.encode("utf-8", "surrogatepass") for s in (
    "\x00", "\x0b", "\x1b[31m", "\x7f", "\ufffe", "\uffff", "\ud800", "\udfff", "\u202e", "\u2028", "\ufeff",
    "\U0001f600", "\ue000", "𠀀", "&#0;", "&#xD800;", "&lt;script&gt;", "<script>alert(1)</script>",
    "javascript:alert(1)", "[x](javascript:alert(1))", "<a href='file:///etc/passwd'>x</a>", "\\\\host\\share",
    "{{title}}", "%s%n", "\r\r\n\r", "\t" * 40, " " * 5000, "，" * 3000, "a" * 20000, "一" * 20000,
    "> " * 300, "- " * 300, "1. " * 300, "#" * 7, "*" * 500, "`" * 300, "|" * 500, "[" * 2000, "(" * 2000,
    "<blockquote>" * 300, "<table><tr><td>" * 100, "<div>" * 3000, "]]>", "<!--", "<?xml version='1.0'?>",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;&a;'>]>", "&b;" * 100,
    "---\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n---\n", "---\ndate: 2024-02-30\n---\n", "---\n- 1\n---\n",
    "9" * 5000, "-1e308", "NaN", "2024-13-45", "２０２４年１３月４５日", "\"start\": 99999999999999999999",
    '{"type": "quote", "blocks": [' * 200, '"role": []', '"level": 0', '"rows": [[[[]]]]',
))


@dataclass(frozen=True, slots=True)
class Case:
    fmt: str
    data: bytes
    origin: str


def seeds() -> list[Case]:
    """Real inputs of every format: pasted pages and saved HTML, and each of them converted."""
    from newsconv.convert import convert

    raw: list[tuple[str, bytes, str]] = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        raw.append(("text", path.read_bytes(), path.name))
    if (CORPUS / "raw").is_dir():
        for path in sorted((CORPUS / "raw").glob("*.txt"))[::4]:
            raw.append(("text", path.read_bytes(), path.name))
        for path in sorted((CORPUS / "html").glob("*.html"))[::8]:
            raw.append(("html", path.read_bytes(), path.name))
    cases = [Case(fmt, data, origin) for fmt, data, origin in raw]
    for fmt, data, origin in raw[::2]:
        try:
            outputs = convert(data, input_format=fmt, output_formats=["md", "docx", "json", "html"])
        except Exception:  # noqa: BLE001 - a seed newsconv cannot read is no seed
            continue
        # newsconv's own HTML too, so the HTML reader has seeds where the corpus is absent
        cases += [Case(f, outputs[f], f"{origin} as {f}") for f in ("md", "docx", "json", "html")]
    return cases


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        at = rng.randrange(len(buf) + 1)
        if op < 0.25 and buf:
            buf[min(at, len(buf) - 1)] = rng.randrange(256)
        elif op < 0.5:
            buf[at:at] = rng.choice(HOSTILE)
        elif op < 0.65 and buf:
            del buf[at:at + rng.randint(1, 200)]
        elif op < 0.8 and buf:
            piece = buf[at:at + rng.randint(1, 400)]
            buf[at:at] = bytes(piece) * rng.randint(2, 30)
        elif op < 0.9:
            buf = buf[: rng.randrange(len(buf) + 1)]  # cut short
        else:
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(buf)


def _mutate_docx(data: bytes, rng: random.Random) -> bytes:
    """One part of the zip mutated (usually document.xml), the zip itself left valid; or, now and
    then, the zip's own bytes."""
    if rng.random() < 0.15:
        return _mutate_bytes(data, rng)
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    names = sorted(parts)
    target = "word/document.xml" if rng.random() < 0.6 and "word/document.xml" in parts else rng.choice(names)
    parts[target] = _mutate_bytes(parts[target], rng)
    if rng.random() < 0.05:
        del parts[rng.choice(names)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, blob in parts.items():
            dst.writestr(name, blob)
    return out.getvalue()


def mutate(case: Case, rng: random.Random) -> Case:
    data = _mutate_docx(case.data, rng) if case.fmt == "docx" else _mutate_bytes(case.data, rng)
    return Case(case.fmt, data, case.origin)


class _TooSlow(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _TooSlow


def run_case(case: Case, slow: float = 2.0) -> tuple[str, float, str]:
    """('ok' | 'refused' | 'crash' | 'slow', seconds, detail) for one input, as the command line
    would treat it: newsconv's own errors are refusals; anything else is a crash."""
    from newsconv.convert import parse, render
    from newsconv.errors import NewsconvError
    from newsconv.profiles import load_profile
    from newsconv.readers import ReadOptions
    from newsconv.writers import WriteOptions

    profile = load_profile("news")
    start = time.perf_counter()
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, slow * 5)  # a hung input is stopped at five times the limit
    try:
        doc = parse(case.data, case.fmt, ReadOptions(source=case.origin, warn=lambda _: None))
        for fmt in OUTPUTS:
            render(doc, fmt, profile, WriteOptions(warn=lambda _: None))
        status, detail = "ok", ""
    except NewsconvError as exc:
        status, detail = "refused", str(exc)[:200]
    except _TooSlow:
        status, detail = "slow", f"stopped after {slow * 5:g} s"
    except MemoryError:
        status, detail = "refused", "out of memory (reported as such)"
    except Exception:  # noqa: BLE001 - that is the finding
        status, detail = "crash", traceback.format_exc()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    seconds = time.perf_counter() - start
    if status in ("ok", "refused") and seconds > slow:
        status, detail = "slow", f"{seconds:.2f} s"
    return status, seconds, detail


def _worker(args: tuple[int, int, float]) -> list[tuple[str, float, str, str, bytes]]:
    start, count, slow = args
    rng = random.Random(start)
    pool = _SEEDS
    out = []
    for _ in range(count):
        case = mutate(rng.choice(pool), rng)
        status, seconds, detail = run_case(case, slow)
        out.append((status, seconds, detail, case.fmt, case.data if status in ("crash", "slow") else b""))
    return out


_SEEDS: list[Case] = []


def _init(seed_cases: list[Case]) -> None:
    global _SEEDS
    _SEEDS = seed_cases


def fuzz(total: int, jobs: int, seed: int, slow: float, findings: Path, verbose: bool,
         say: Callable[[str], None] = print) -> dict[str, object]:
    cases = seeds()
    say(f"{len(cases)} seeds ({', '.join(f'{f}: {sum(c.fmt == f for c in cases)}' for f in FORMATS)})")
    batch = 100
    tasks = [(seed * 1_000_003 + n, min(batch, total - n), slow) for n in range(0, total, batch)]
    counts: dict[str, int] = {"ok": 0, "refused": 0, "crash": 0, "slow": 0}
    per_format: dict[str, dict[str, int]] = {f: dict.fromkeys(counts, 0) for f in FORMATS}
    worst = 0.0
    started = time.perf_counter()
    context = get_context("fork")
    with context.Pool(jobs, initializer=_init, initargs=(cases,), maxtasksperchild=20) as pool:
        for n, results in enumerate(pool.imap_unordered(_worker, tasks), 1):
            for status, seconds, detail, fmt, data in results:
                counts[status] += 1
                per_format[fmt][status] += 1
                worst = max(worst, seconds)
                if status in ("crash", "slow"):
                    findings.mkdir(parents=True, exist_ok=True)
                    name = f"{status}-{fmt}-{sum(counts.values()):06d}"
                    (findings / f"{name}.{ 'txt' if fmt == 'text' else fmt}").write_bytes(data)
                    (findings / f"{name}.log").write_text(detail)
                    if verbose:
                        say(f"{name}: {detail.strip().splitlines()[-1] if detail.strip() else ''}")
            if n % 10 == 0:
                done = sum(counts.values())
                say(f"{done:,} inputs, {done / (time.perf_counter() - started):.0f}/s, "
                    f"crashes {counts['crash']}, slow {counts['slow']}")
    return {"inputs": total, **counts, "slowest_s": round(worst, 2), "per_format": per_format,
            "seconds": round(time.perf_counter() - started, 1)}


def replay(folder: Path, slow: float) -> int:
    bad = 0
    for path in sorted(folder.iterdir()):
        if path.suffix == ".log":
            continue
        fmt = {".txt": "text"}.get(path.suffix, path.suffix.lstrip("."))
        status, seconds, detail = run_case(Case(fmt, path.read_bytes(), path.name), slow)
        print(f"{path.name}: {status} ({seconds:.2f} s) {detail.strip().splitlines()[-1] if detail.strip() else ''}")
        bad += status in ("crash", "slow")
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slow", type=float, default=2.0, help="seconds over which an input is a finding")
    parser.add_argument("--findings", type=Path, default=Path("fuzz-findings"))
    parser.add_argument("--replay", type=Path)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.replay:
        return replay(args.replay, args.slow)
    summary = fuzz(args.inputs, args.jobs, args.seed, args.slow, args.findings, args.verbose,
                   say=lambda s: print(s, file=sys.stderr))
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{summary['inputs']:,} inputs in {summary['seconds']} s: {summary['ok']} converted, "
              f"{summary['refused']} refused with a message, {summary['crash']} crashes, {summary['slow']} slow "
              f"(slowest {summary['slowest_s']} s)")
        for fmt, c in summary["per_format"].items():  # type: ignore[union-attr]
            print(f"  {fmt:<5} {c}")
    return 1 if summary["crash"] or summary["slow"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
