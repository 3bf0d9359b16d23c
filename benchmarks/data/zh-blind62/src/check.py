#!/usr/bin/env python3
"""Check the set: every gold title, author, publish_time and body paragraph must occur in
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; body paragraphs must occur in
reading order; the HTML must follow the rules of the brief.  Prints body lengths.

    python3 src/check.py          # exit status 1 if anything is wrong
"""
from __future__ import annotations

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def squeeze(s: str) -> str:
    return "".join(s.split())


def check_html(pid: str, problems: list[str]) -> None:
    path = os.path.join(ROOT, "html", pid + ".html")
    with open(path, "rb") as f:
        data = f.read()
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
    if "<script" in low or "javascript:" in low or re.search(r"\son[a-z]+=", low):
        problems.append(f"{pid}: script in html")
    for m in re.finditer(r'\b(src|href)="([^"]*)"', h):
        attr, val = m.groups()
        if attr == "src" and not val.startswith("data:image/gif;base64,"):
            problems.append(f"{pid}: external src {val[:40]}")
        if attr == "href" and re.match(r"(https?:)?//", val):
            problems.append(f"{pid}: absolute link {val[:40]}")
    if re.search(r"<link\b|@import|url\(", low):
        problems.append(f"{pid}: external resource reference")


def main() -> int:
    problems: list[str] = []
    ids = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    total = 0
    print(f"{'id':<7} {'kind':<11} {'paras':>5} {'chars':>6}  title")
    for pid in ids:
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append(f"{pid}: gold keys {list(g)}")
        if g["set"] != "zh-blind62" or g["id"] != pid:
            problems.append(f"{pid}: wrong id/set")
        check_html(pid, problems)
        paras = g["body_paragraphs"]
        n = sum(len(p) for p in paras)
        total += n
        print(f"{pid:<7} {g['kind']:<11} {len(paras):>5} {n:>6}  {g['title'][:50]}")
        if not 300 <= n <= 1200:
            problems.append(f"{pid}: body length {n} outside 300-1200")
        for p in paras:
            if p != p.strip() or not p or "\n" in p or "  " in p:
                problems.append(f"{pid}: untidy paragraph {p[:30]!r}")
        for folder in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, folder, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: missing {folder}/{pid}.txt")
                continue
            with open(path, encoding="utf-8") as f:
                text = squeeze(f.read())
            fields = [("title", g["title"])] + [("author", x) for x in g["authors"]]
            if g["publish_time"] is not None:
                fields.append(("publish_time", g["publish_time"]))
            for name, val in fields:
                if squeeze(val) not in text:
                    problems.append(f"{pid}: {folder}: {name} not found: {val!r}")
            pos = 0
            for i, p in enumerate(paras):
                sp = squeeze(p)
                j = text.find(sp, pos)
                if j < 0:
                    where = "not found" if sp not in text else "out of order"
                    problems.append(f"{pid}: {folder}: paragraph {i} {where}: {p[:40]!r}")
                    continue
                pos = j + len(sp)
    print(f"{len(ids)} pages, {total} body characters")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
