#!/usr/bin/env python3
"""Check zh-blind84.

For every gold/<id>.json: the title, every author, the publish_time and every
body paragraph must occur in raw-chromium/<id>.txt and raw/<id>.txt modulo
white space (all white space, U+3000 and U+00A0 included, removed on both
sides); the paragraphs must also occur in gold order.  Also checks the gold
fields, the HTML rules of the brief (UTF-8, <meta charset="utf-8">, one
embedded <style>, no scripts, no external resources), that raw/ is exactly
make_raw.py applied to raw-chromium/, the page counts per kind, and prints
body lengths (characters without white space; the brief asks for 300-1200).
Exit status 1 if any problem is found.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

KINDS = {"government": 12, "media": 12, "self-media": 6, "e-paper": 5, "institution": 5}
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
WS = re.compile(r"\s+", re.UNICODE)


def fold(s: str) -> str:
    return WS.sub("", s.replace("\u00a0", " ").replace("\u3000", " "))


def check_html(pid, path, problems):
    data = open(path, "rb").read()
    try:
        doc = data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"{pid}: html is not UTF-8")
        return
    low = doc.lower()
    if '<meta charset="utf-8">' not in low:
        problems.append(f"{pid}: no <meta charset=\"utf-8\">")
    if low.count("<style") != 1:
        problems.append(f"{pid}: {low.count('<style')} <style> elements")
    if "<script" in low or "javascript:" in low or re.search(r"\son[a-z]+\s*=", low):
        problems.append(f"{pid}: script found")
    if "<link" in low or "<iframe" in low or "@import" in low:
        problems.append(f"{pid}: external resource element")
    for m in re.finditer(r"\b(?:src|srcset|poster|data)\s*=\s*[\"']([^\"']*)", doc):
        if not m.group(1).startswith("data:"):
            problems.append(f"{pid}: resource attribute {m.group(0)[:60]}")
    for m in re.finditer(r"url\(([^)]*)\)", doc):
        if not m.group(1).strip("'\" ").startswith("data:"):
            problems.append(f"{pid}: css url {m.group(0)[:60]}")
    for m in re.finditer(r"<img\b[^>]*>", doc):
        if "alt=" not in m.group(0):
            problems.append(f"{pid}: img without alt")


def main() -> int:
    problems, warnings = [], []
    gold_dir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gold_dir) if fn.endswith(".json"))
    kinds = Counter()
    rows = []
    for pid in ids:
        g = json.load(open(os.path.join(gold_dir, pid + ".json"), encoding="utf-8"))
        if list(g.keys()) != KEYS:
            problems.append(f"{pid}: gold keys {list(g.keys())}")
        if g.get("id") != pid or g.get("set") != "zh-blind84":
            problems.append(f"{pid}: id/set wrong")
        if g.get("kind") not in KINDS:
            problems.append(f"{pid}: kind {g.get('kind')!r}")
        kinds[g.get("kind")] += 1
        if not isinstance(g.get("title"), str) or not g["title"].strip():
            problems.append(f"{pid}: no title")
        if not isinstance(g.get("authors"), list):
            problems.append(f"{pid}: authors not a list")
        if not isinstance(g.get("publish_time"), str) or not g["publish_time"].strip():
            problems.append(f"{pid}: no publish_time")
        paras = g.get("body_paragraphs") or []
        if not paras:
            problems.append(f"{pid}: empty body")
        for p in paras:
            if p != p.strip() or not p:
                problems.append(f"{pid}: paragraph with edge white space or empty: {p[:30]!r}")
        if len(set(paras)) != len(paras):
            warnings.append(f"{pid}: repeated gold paragraph")
        hp = os.path.join(ROOT, "html", pid + ".html")
        if not os.path.exists(hp):
            problems.append(f"{pid}: no html")
        else:
            check_html(pid, hp, problems)
        texts = {}
        for sub in ("raw-chromium", "raw"):
            tp = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(tp):
                problems.append(f"{pid}: no {sub}/{pid}.txt")
                continue
            texts[sub] = open(tp, encoding="utf-8").read()
        if "raw-chromium" in texts and "raw" in texts and convert(texts["raw-chromium"]) != texts["raw"]:
            problems.append(f"{pid}: raw/ is not make_raw(raw-chromium/)")
        for sub, text in texts.items():
            ft = fold(text)
            for label, val in [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                              [("author", a) for a in g["authors"]]:
                if not isinstance(val, str) or fold(val) not in ft:
                    problems.append(f"{pid}: {label} {val!r} not in {sub}")
            pos = 0
            for n, p in enumerate(paras):
                fp = fold(p)
                at = ft.find(fp, pos)
                if at < 0:
                    if fp in ft:
                        problems.append(f"{pid}: paragraph {n} out of order in {sub}: {p[:30]!r}")
                    else:
                        problems.append(f"{pid}: paragraph {n} not in {sub}: {p[:30]!r}")
                    continue
                pos = at + len(fp)
        blen = sum(len(fold(p)) for p in paras)
        if not 300 <= blen <= 1200:
            problems.append(f"{pid}: body length {blen} outside 300-1200")
        rows.append((pid, g.get("kind"), blen, len(paras), len(g["authors"]), g["title"]))
    print(f"{'id':7} {'kind':12} {'body':>5} {'paras':>5} {'auth':>4}  title")
    for r in rows:
        print(f"{r[0]:7} {r[1]:12} {r[2]:5d} {r[3]:5d} {r[4]:4d}  {r[5]}")
    print("pages per kind:", dict(kinds))
    for k, want in KINDS.items():
        if kinds[k] != want:
            problems.append(f"kind {k}: {kinds[k]} pages, brief asks {want}")
    for w in warnings:
        print("warning:", w)
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
