#!/usr/bin/env python3
"""Check zh-blind78: every gold field is on the page, in raw-chromium/ and raw/.

For each page: the title, every author, the publish_time and every gold body paragraph must occur
in raw-chromium/<id>.txt and in raw/<id>.txt modulo white space (all white space removed on both
sides).  Also checked: the gold file's fields, the HTML rules of the brief (one <style>, utf-8 meta,
no scripts or external resources), raw/ = make_raw(raw-chromium/), body length 300-1200 characters.
Prints the body length of every page and, at the end, the problems found.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

KINDS = {"government": 12, "media": 12, "self-media": 6, "e-paper": 5, "institution": 5}
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
WS = re.compile(r"\s+")


def squash(s):
    return WS.sub("", s)


def main():
    problems = []
    ids = [f"wa-{i:02d}" for i in range(1, 41)]
    kinds = {}
    print(f"{'id':6} {'kind':12} {'lang':4} {'paras':>5} {'chars':>5}  title")
    for pid in ids:
        def bad(msg):
            problems.append(f"{pid}: {msg}")
        paths = {d: os.path.join(ROOT, d, pid + ext) for d, ext in
                 (("html", ".html"), ("gold", ".json"), ("raw-chromium", ".txt"), ("raw", ".txt"))}
        missing = [d for d, p in paths.items() if not os.path.exists(p)]
        if missing:
            bad("missing " + ", ".join(missing))
            continue
        gold = json.load(open(paths["gold"], encoding="utf-8"))
        if list(gold) != KEYS:
            bad(f"gold keys {list(gold)}")
        if gold.get("id") != pid or gold.get("set") != "zh-blind78":
            bad("gold id/set")
        if gold.get("lang") not in ("zh", "en"):
            bad("gold lang")
        kinds[gold.get("kind")] = kinds.get(gold.get("kind"), 0) + 1
        if not isinstance(gold.get("title"), str) or not gold["title"].strip():
            bad("empty title")
        if not isinstance(gold.get("authors"), list):
            bad("authors not a list")
        if not isinstance(gold.get("publish_time"), str) or not gold["publish_time"]:
            bad("empty publish_time")
        paras = gold.get("body_paragraphs") or []
        if not paras:
            bad("no body")
        for p in paras:
            if p != p.strip() or "  " in p or "\n" in p or "\t" in p:
                bad(f"paragraph white space not folded: {p[:30]!r}")

        page = open(paths["html"], encoding="utf-8").read()
        if page.count("<style") != 1:
            bad("not exactly one <style>")
        if '<meta charset="utf-8">' not in page:
            bad('no <meta charset="utf-8">')
        if re.search(r"<script|<link\b|<iframe|<object|<embed|@import|url\(", page, re.I):
            bad("script or external resource")
        for m in re.finditer(r'\bsrc\s*=\s*"([^"]*)"', page):
            if not m.group(1).startswith("data:image/gif;base64,"):
                bad(f"img src {m.group(1)[:40]}")

        rc = open(paths["raw-chromium"], encoding="utf-8").read()
        raw = open(paths["raw"], encoding="utf-8").read()
        if convert(rc) != raw:
            bad("raw/ is not make_raw(raw-chromium/)")
        texts = {"raw-chromium": squash(rc), "raw": squash(raw)}
        fields = [("title", gold["title"]), ("publish_time", gold["publish_time"])]
        fields += [("author", a) for a in gold["authors"]]
        fields += [(f"paragraph {i + 1}", p) for i, p in enumerate(paras)]
        for name, value in fields:
            for d, t in texts.items():
                if squash(value) not in t:
                    bad(f"{name} not in {d}: {value[:40]!r}")
        # body in reading order
        for d, t in texts.items():
            pos = 0
            for i, p in enumerate(paras):
                k = t.find(squash(p), pos)
                if k < 0:
                    break
                pos = k + len(squash(p))
            else:
                continue
            if squash(p) in t:
                bad(f"paragraph {i + 1} out of reading order in {d}")
        chars = sum(len(squash(p)) for p in paras)
        if not 300 <= chars <= 1200:
            bad(f"body length {chars} outside 300-1200")
        print(f"{pid:6} {gold['kind']:12} {gold['lang']:4} {len(paras):5} {chars:5}  {gold['title'][:40]}")
    for k, n in KINDS.items():
        if kinds.get(k, 0) != n:
            problems.append(f"kind {k}: {kinds.get(k, 0)} pages, expected {n}")
    for k in kinds:
        if k not in KINDS:
            problems.append(f"unknown kind {k}")
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
