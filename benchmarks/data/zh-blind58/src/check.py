#!/usr/bin/env python3
"""Check the set: every gold title, author, publish_time and body paragraph must
occur (white space ignored) in raw-chromium/<id>.txt and in raw/<id>.txt, the
paragraphs in gold order; the HTML must follow the file rules (UTF-8, meta
charset, one <style>, no scripts, no external resources).  Prints the body length
of every page and a count by kind.  Exit status 1 if anything is wrong.

    python3 src/check.py
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SET = "zh-blind58"
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
KINDS = {"government": 12, "media": 12, "self-media": 6, "e-paper": 5, "institution": 5}


def squash(s):
    return "".join(ch for ch in s if not ch.isspace())


def check_html(pid, problems):
    path = os.path.join(ROOT, "html", pid + ".html")
    data = open(path, "rb").read()
    try:
        h = data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"{pid}: html is not UTF-8")
        return
    low = h.lower()
    if '<meta charset="utf-8">' not in low:
        problems.append(f"{pid}: no <meta charset=\"utf-8\">")
    if low.count("<style") != 1:
        problems.append(f"{pid}: {low.count('<style')} <style> elements")
    if "<script" in low:
        problems.append(f"{pid}: has a script")
    if "<link" in low or "<iframe" in low or "@import" in low or "url(" in low:
        problems.append(f"{pid}: external resource (link/iframe/import/url())")
    for m in re.finditer(r'\ssrc\s*=\s*"([^"]*)"', h):
        if not m.group(1).startswith("data:image/gif;base64,"):
            problems.append(f"{pid}: src not a data-URI GIF: {m.group(1)[:40]}")


def main():
    problems = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    want = [f"xg-{i:02d}" for i in range(1, 41)]
    if ids != want:
        problems.append(f"ids differ from xg-01..xg-40: {sorted(set(ids) ^ set(want))}")
    kinds = collections.Counter()
    print(f"{'id':7} {'kind':12} {'lang':4} {'paras':>5} {'chars':>6}  title")
    for pid in ids:
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        if list(g.keys()) != KEYS:
            problems.append(f"{pid}: keys {list(g.keys())}")
        if g["set"] != SET or g["id"] != pid:
            problems.append(f"{pid}: wrong set/id")
        kinds[g["kind"]] += 1
        check_html(pid, problems)
        chars = sum(len(p) for p in g["body_paragraphs"])
        flag = "" if 300 <= chars <= 1200 else "  <-- body length out of 300..1200"
        if flag:
            problems.append(f"{pid}: body {chars} chars")
        print(f"{pid:7} {g['kind']:12} {g['lang']:4} {len(g['body_paragraphs']):5} {chars:6}  {g['title'][:40]}{flag}")
        if not g["title"] or not g["publish_time"]:
            problems.append(f"{pid}: empty title or publish_time")
        for a in g["authors"]:
            if g["lang"] == "zh" and re.search(r"\s", a):
                problems.append(f"{pid}: author with white space {a!r}")
        if len(set(g["body_paragraphs"])) != len(g["body_paragraphs"]):
            problems.append(f"{pid}: duplicate body paragraphs")
        for folder in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, folder, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: no {folder}/{pid}.txt")
                continue
            text = open(path, encoding="utf-8").read()
            t = squash(text)
            for what, s in [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                           [("author", a) for a in g["authors"]]:
                if squash(s) not in t:
                    problems.append(f"{pid}/{folder}: {what} not found: {s!r}")
            pos = 0
            for i, para in enumerate(g["body_paragraphs"]):
                q = squash(para)
                k = t.find(q, pos)
                if k < 0:
                    where = "not found" if q not in t else "out of order"
                    problems.append(f"{pid}/{folder}: paragraph {i} {where}: {para[:50]!r}")
                else:
                    pos = k + len(q)
            if folder == "raw":
                if "\t" in text or "\n\n\n" in text or not text.endswith("\n") or text.endswith("\n\n") \
                        or text.startswith("\n"):
                    problems.append(f"{pid}/raw: not normalised")
                if any(line != line.strip(" ") for line in text.split("\n")):
                    problems.append(f"{pid}/raw: spaces at line edges")
    print()
    print("pages by kind:", dict(kinds))
    for k, n in KINDS.items():
        if kinds.get(k, 0) != n:
            problems.append(f"kind {k}: {kinds.get(k, 0)} pages, want {n}")
    if problems:
        print(f"\n{len(problems)} problems:")
        for p in problems:
            print("  " + p)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
