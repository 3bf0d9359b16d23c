#!/usr/bin/env python3
"""Check the zh-blind75 set.

For every gold file: the title, every author, the publish_time and every body
paragraph must occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo white
space (all white space, including U+3000 and no-break spaces, is removed from both
sides before the substring test).  Also checked: the gold schema and the id/kind
plan, that the body paragraphs occur in order, that each body is 300-1200
characters, that raw/ is what make_raw.py makes from raw-chromium/, and that the
HTML is self-contained (utf-8 meta, one <style>, no scripts, no external resources).
Prints the body length of every page and, at the end, the problems found.
"""
from __future__ import annotations

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

KINDS = {}
for i in range(1, 41):
    KINDS[f"xx-{i:02d}"] = ("government" if i <= 12 else "media" if i <= 24 else "self-media" if i <= 30
                            else "e-paper" if i <= 35 else "institution")
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return WS.sub("", s.replace("\xa0", " ").replace("\u3000", " "))


def main() -> int:
    problems = []
    gold_dir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gold_dir) if fn.endswith(".json"))
    if ids != sorted(KINDS):
        problems.append(f"ids are not xx-01 ... xx-40: {ids}")
    en = 0
    print(f"{'id':6} {'kind':12} {'lang':4} {'paras':>5} {'chars':>6}")
    for pid in ids:
        with open(os.path.join(gold_dir, pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: gold keys {list(g)}")
        if g.get("set") != "zh-blind75" or g.get("id") != pid:
            problems.append(f"{pid}: set/id wrong")
        if g.get("kind") != KINDS.get(pid):
            problems.append(f"{pid}: kind {g.get('kind')} but plan says {KINDS.get(pid)}")
        en += g.get("lang") == "en"
        if not isinstance(g.get("title"), str) or not g["title"].strip():
            problems.append(f"{pid}: empty title")
        if not isinstance(g.get("authors"), list):
            problems.append(f"{pid}: authors not a list")
        if not isinstance(g.get("publish_time"), str):
            problems.append(f"{pid}: publish_time not a string")
        paras = g.get("body_paragraphs") or []
        if any(not p.strip() for p in paras):
            problems.append(f"{pid}: empty body paragraph")
        if len(set(paras)) != len(paras):
            problems.append(f"{pid}: repeated body paragraph")
        n = sum(len(p) for p in paras)
        print(f"{pid:6} {g.get('kind',''):12} {g.get('lang',''):4} {len(paras):5} {n:6}")
        if not 300 <= n <= 1200:
            problems.append(f"{pid}: body length {n} outside 300-1200")
        # html
        hp = os.path.join(ROOT, "html", pid + ".html")
        if not os.path.exists(hp):
            problems.append(f"{pid}: no html")
        else:
            h = open(hp, encoding="utf-8").read()
            low = h.lower()
            if '<meta charset="utf-8">' not in low:
                problems.append(f"{pid}: no utf-8 meta")
            if low.count("<style") != 1:
                problems.append(f"{pid}: {low.count('<style')} <style> elements")
            if "<script" in low or "<link" in low or "<iframe" in low:
                problems.append(f"{pid}: script/link/iframe in html")
            for m in re.finditer(r'\b(src|srcset|poster|data)\s*=\s*"([^"]*)"', h, re.I):
                if not m.group(2).startswith("data:"):
                    problems.append(f"{pid}: external resource {m.group(0)[:60]}")
            if re.search(r"url\((?!\s*\))", low):
                problems.append(f"{pid}: css url()")
            if re.search(r'href\s*=\s*"(?!#)', low):
                problems.append(f"{pid}: non-# href")
        # raw texts
        texts = {}
        for folder in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, folder, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: no {folder}/{pid}.txt")
                continue
            texts[folder] = open(p, encoding="utf-8").read()
        if "raw-chromium" in texts and "raw" in texts and convert(texts["raw-chromium"]) != texts["raw"]:
            problems.append(f"{pid}: raw/ is not make_raw(raw-chromium/)")
        for folder, text in texts.items():
            t = squash(text)
            items = [("title", g.get("title") or "")] + [("author", a) for a in g.get("authors") or []]
            items.append(("publish_time", g.get("publish_time") or ""))
            for what, s in items:
                if squash(s) not in t:
                    problems.append(f"{pid}: {what} {s!r} not in {folder}")
            pos = 0
            for i, para in enumerate(paras):
                s = squash(para)
                k = t.find(s)
                if k < 0:
                    problems.append(f"{pid}: body[{i}] not in {folder}: {para[:40]!r}")
                    continue
                k2 = t.find(s, pos)
                if k2 < 0:
                    problems.append(f"{pid}: body[{i}] out of order in {folder}: {para[:40]!r}")
                else:
                    pos = k2 + len(s)
    if en != 2:
        problems.append(f"{en} English pages, expected 2")
    print()
    if problems:
        print(f"problems found: {len(problems)}")
        for p in problems:
            print("  " + p)
        return 1
    print("problems found: none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
