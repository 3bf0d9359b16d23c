#!/usr/bin/env python3
"""Check the zh-blind79 set.

For every page: the gold file is well formed; the title, every author, the
publish_time and every body paragraph occur in raw-chromium/<id>.txt and in
raw/<id>.txt modulo white space (all white space, U+3000 included, removed
from both sides); the body paragraphs occur in that order; raw/ is exactly what
make_raw.py makes of raw-chromium/; the HTML is self-contained (utf-8 meta, one
<style>, no scripts, no external resources).  Prints the body length of every
page and, at the end, the problems found.

    python3 src/check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

SET = "zh-blind79"
KINDS = {}
for i in range(1, 41):
    KINDS[f"wb-{i:02d}"] = ("government" if i <= 12 else "media" if i <= 24 else "self-media" if i <= 30
                            else "e-paper" if i <= 35 else "institution")
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return WS.sub("", s)


def main():
    problems = []
    lengths = {}

    def bad(pid, msg):
        problems.append(f"{pid}: {msg}")

    for pid in sorted(KINDS):
        paths = {d: os.path.join(ROOT, d, pid + ext) for d, ext in
                 [("html", ".html"), ("gold", ".json"), ("raw-chromium", ".txt"), ("raw", ".txt")]}
        missing = [d for d, p in paths.items() if not os.path.exists(p)]
        if missing:
            bad(pid, f"missing {', '.join(missing)}")
            continue
        with open(paths["gold"], encoding="utf-8") as f:
            g = json.load(f)
        with open(paths["html"], encoding="utf-8") as f:
            h = f.read()
        with open(paths["raw-chromium"], encoding="utf-8") as f:
            rc = f.read()
        with open(paths["raw"], encoding="utf-8") as f:
            rw = f.read()

        # gold format
        if list(g.keys()) != KEYS:
            bad(pid, f"gold keys {list(g.keys())}")
        if g.get("id") != pid or g.get("set") != SET or g.get("kind") != KINDS[pid]:
            bad(pid, "id/set/kind wrong")
        if g.get("lang") not in ("zh", "en"):
            bad(pid, "lang")
        if not isinstance(g.get("title"), str) or not g["title"].strip():
            bad(pid, "empty title")
        if not isinstance(g.get("authors"), list) or not all(isinstance(a, str) and a.strip() for a in g["authors"]):
            bad(pid, "authors must be a list of names")
        if not isinstance(g.get("publish_time"), str) or not g["publish_time"].strip():
            bad(pid, "publish_time missing")
        paras = g.get("body_paragraphs") or []
        if not paras:
            bad(pid, "no body")
        for x in [g.get("title", "")] + g.get("authors", []) + [g.get("publish_time") or ""] + paras:
            if x != x.strip() or "\xa0" in x or "\t" in x or "\n" in x or "  " in x:
                bad(pid, f"untidy string {x[:30]!r}")
        if g.get("lang") == "zh":
            for a in g.get("authors", []):
                if re.search(r"[\u4e00-\u9fff]", a) and re.search(r"\s", a):
                    bad(pid, f"Chinese author with white space {a!r}")
        if len(set(paras)) != len(paras):
            bad(pid, "duplicate body paragraphs")
        if g.get("title") in paras:
            bad(pid, "title repeated as a body paragraph")
        blen = sum(len(squash(p)) for p in paras)
        lengths[pid] = (blen, len(paras))
        if not 300 <= blen <= 1200:
            bad(pid, f"body length {blen} outside 300-1200")

        # html self-contained
        if '<meta charset="utf-8">' not in h:
            bad(pid, "no utf-8 meta")
        if h.count("<style") != 1:
            bad(pid, "not exactly one <style>")
        if re.search(r"<script|<link|<iframe|<object|<embed|@import", h, re.I):
            bad(pid, "script/link/iframe/import in html")
        for m in re.finditer(r'\ssrc\s*=\s*"([^"]*)"', h):
            if not m.group(1).startswith("data:image/gif"):
                bad(pid, f"external src {m.group(1)[:40]}")
        if re.search(r"url\(", h):
            bad(pid, "url( in css")

        # raw derived from raw-chromium
        if convert(rc) != rw:
            bad(pid, "raw/ is not make_raw(raw-chromium/)")

        # presence, modulo white space
        for name, text in (("raw-chromium", rc), ("raw", rw)):
            s = squash(text)
            for label, val in [("title", g.get("title") or "")] + \
                    [("author", a) for a in g.get("authors", [])] + [("publish_time", g.get("publish_time") or "")]:
                if squash(val) not in s:
                    bad(pid, f"{label} {val!r} not in {name}")
            pos = 0
            for i, p in enumerate(paras):
                q = squash(p)
                j = s.find(q, pos)
                if j < 0:
                    if q in s:
                        bad(pid, f"paragraph {i + 1} out of order in {name}: {p[:30]!r}")
                    else:
                        bad(pid, f"paragraph {i + 1} not in {name}: {p[:30]!r}")
                    continue
                pos = j + len(q)

    print("body lengths (characters without white space, paragraphs):")
    for pid, (n, k) in lengths.items():
        print(f"  {pid}  {n:5d}  {k:3d}")
    if lengths:
        ns = [n for n, _ in lengths.values()]
        print(f"  min {min(ns)}  max {max(ns)}  mean {sum(ns) / len(ns):.0f}")
    print()
    if problems:
        for p in problems:
            print("PROBLEM", p)
        print(f"problems found: {len(problems)}")
        return 1
    print("problems found: none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
