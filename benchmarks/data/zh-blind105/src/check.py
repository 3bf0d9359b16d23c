#!/usr/bin/env python3
"""Check the set: every gold title, author, publish_time and body paragraph occurs in both
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; the HTML follows the rules
(utf-8 meta, one <style>, no scripts, no external resources); print body lengths."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def squash(s):
    return "".join(s.split())


def main():
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    problems = 0
    kinds = {}
    for pid in ids:
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        h = open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8").read()
        errs = []
        if '<meta charset="utf-8">' not in h:
            errs.append("no utf-8 meta")
        if h.count("<style") != 1:
            errs.append("style count %d" % h.count("<style"))
        if re.search(r"<script|<link|<iframe|url\((?!\))", h, re.I):
            errs.append("script/link/iframe/url()")
        for m in re.finditer(r'src="([^"]*)"', h):
            if not m.group(1).startswith("data:"):
                errs.append("external src " + m.group(1))
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                errs.append(f"missing {d}")
                continue
            t = squash(open(p, encoding="utf-8").read())
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"]:
                items.append(("publish_time", g["publish_time"]))
            items += [(f"para{i}", x) for i, x in enumerate(g["body_paragraphs"])]
            for what, x in items:
                if not x or squash(x) not in t:
                    errs.append(f"{d}: {what} not found: {x[:40]!r}")
        blen = sum(len(x) for x in g["body_paragraphs"])
        flag = "" if 300 <= blen <= 1200 or g["lang"] == "en" else "  (body length out of 300-1200)"
        print(f"{pid} {g['kind']:<11} {g['lang']} paras={len(g['body_paragraphs']):2d} body_chars={blen:4d} authors={g['authors']}{flag}")
        for e in errs:
            print("   PROBLEM", e)
        problems += len(errs)
    print("kinds:", kinds)
    print(f"{len(ids)} pages, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
