#!/usr/bin/env python3
"""Check the zh-blind72 set.

For every gold/<id>.json: the title, every author, the publish_time and every
body paragraph must occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo
white space (all white space, U+3000 included, is removed before matching), and
the body paragraphs must occur in that order.  Also checked: the gold fields,
the page counts per kind, raw/ == make_raw(raw-chromium/), and that every
html/<id>.html is UTF-8 with <meta charset="utf-8">, one embedded <style>, no
scripts and no external resources.  Prints the body length of every page (characters without
white space; English: with single spaces between words; the brief asks for 300-1200) and, at the end, the problems found.

Usage (from the set folder):  python3 src/check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
PLAN = {"government": range(1, 13), "media": range(13, 25), "self-media": range(25, 31),
        "e-paper": range(31, 36), "institution": range(36, 41)}
WS = re.compile(r"\s+")


def norm(s):
    return WS.sub("", s)


def check_html(pid, problems):
    path = os.path.join(ROOT, "html", pid + ".html")
    if not os.path.exists(path):
        problems.append(f"{pid}: no html")
        return
    raw = open(path, "rb").read()
    try:
        t = raw.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"{pid}: html is not UTF-8")
        return
    low = t.lower()
    if '<meta charset="utf-8">' not in low:
        problems.append(f"{pid}: no <meta charset=\"utf-8\">")
    if low.count("<style") != 1:
        problems.append(f"{pid}: {low.count('<style')} <style> elements")
    for bad in ("<script", "<link", "<iframe", "<object", "<embed", "<video", "<audio", "<source", "@import", "url("):
        if bad in low:
            problems.append(f"{pid}: html contains {bad}")
    for m in re.finditer(r"<img\b[^>]*>", t, re.I):
        tag = m.group(0)
        src = re.search(r'\ssrc="([^"]*)"', tag)
        if src and not src.group(1).startswith("data:image/gif;base64,"):
            problems.append(f"{pid}: img with external src: {tag[:80]}")
        if not re.search(r"\salt=", tag):
            problems.append(f"{pid}: img without alt")
    if re.search(r'\s(src|srcset|poster|background)="(?!data:)', t):
        problems.append(f"{pid}: external resource attribute")


def main():
    problems = []
    golds = sorted(fn for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    ids = [fn[:-5] for fn in golds]
    want = [f"xu-{n:02d}" for n in range(1, 41)]
    if ids != want:
        problems.append(f"ids are {ids[:3]}... ({len(ids)}), want xu-01..xu-40")
    print(f"{'id':6} {'kind':12} {'paras':>5} {'chars':>5}  title")
    total = 0
    for pid in ids:
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        if list(g) != KEYS:
            problems.append(f"{pid}: gold keys {list(g)}")
        if g.get("id") != pid or g.get("set") != "zh-blind72":
            problems.append(f"{pid}: id/set wrong")
        n = int(pid[3:])
        if g.get("kind") not in PLAN or n not in PLAN[g["kind"]]:
            problems.append(f"{pid}: kind {g.get('kind')} does not match the plan")
        if g.get("lang") not in ("zh", "en"):
            problems.append(f"{pid}: lang {g.get('lang')}")
        if not isinstance(g.get("authors"), list) or not isinstance(g.get("title"), str) \
                or not isinstance(g.get("publish_time"), str) or not g.get("body_paragraphs"):
            problems.append(f"{pid}: field types")
            continue
        check_html(pid, problems)
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: no {d}/{pid}.txt")
                continue
            texts[d] = open(p, encoding="utf-8").read()
        if "raw-chromium" in texts and "raw" in texts and convert(texts["raw-chromium"]) != texts["raw"]:
            problems.append(f"{pid}: raw/ is not make_raw(raw-chromium/)")
        for d, t in texts.items():
            nt = norm(t)
            for what, s in [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                    [("author", a) for a in g["authors"]]:
                if not norm(s) or norm(s) not in nt:
                    problems.append(f"{pid}: {what} {s!r} not in {d}")
            pos = 0
            for i, para in enumerate(g["body_paragraphs"]):
                q = norm(para)
                if not q:
                    problems.append(f"{pid}: empty paragraph {i}")
                    continue
                k = nt.find(q, pos)
                if k < 0:
                    where = "not" if q not in nt else "out of order"
                    problems.append(f"{pid}: paragraph {i} {where} in {d}: {para[:40]!r}")
                else:
                    pos = k + len(q)
        paras = g["body_paragraphs"]
        if len(set(paras)) != len(paras):
            problems.append(f"{pid}: repeated body paragraph")
        if g["title"] in paras:
            problems.append(f"{pid}: title is also a body paragraph")
        chars = sum(len(norm(p)) for p in paras)
        if g["lang"] == "en":  # English: characters with the spaces between words
            chars = len(" ".join(WS.sub(" ", p).strip() for p in paras))
        if not 300 <= chars <= 1200:
            problems.append(f"{pid}: body length {chars} outside 300-1200")
        total += chars
        print(f"{pid:6} {g['kind']:12} {len(paras):5d} {chars:5d}  {g['title'][:40]}")
    print(f"{len(ids)} pages, {total} body characters")
    if problems:
        print(f"problems found: {len(problems)}")
        for p in problems:
            print("  " + p)
        return 1
    print("problems found: none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
