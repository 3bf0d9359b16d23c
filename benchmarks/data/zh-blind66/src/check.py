#!/usr/bin/env python3
"""Verify the set: every gold title, author, publish_time and body paragraph
must occur in raw-chromium/<id>.txt and raw/<id>.txt modulo white space (the
paragraphs also in gold order); the HTML must be self-contained (one <style>,
no scripts, no external resources, UTF-8 meta); prints body lengths.

    python3 src/check.py          # exit status 1 if anything is wrong
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"government", "media", "self-media", "e-paper", "institution"}
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def norm(s):
    return re.sub(r"\s+", "", s)


def check_html(pid, problems):
    path = os.path.join(ROOT, "html", pid + ".html")
    h = open(path, encoding="utf-8").read()
    if '<meta charset="utf-8">' not in h:
        problems.append("html: no <meta charset=\"utf-8\">")
    if len(re.findall(r"<style\b", h, re.I)) != 1:
        problems.append("html: not exactly one <style>")
    if re.search(r"<script\b|\son[a-z]+\s*=|javascript:", h, re.I):
        problems.append("html: script")
    if re.search(r"<(link|iframe|object|embed|video|audio|source)\b", h, re.I):
        problems.append("html: external-resource element")
    for src in re.findall(r"\bsrc\s*=\s*\"([^\"]*)\"", h, re.I):
        if not src.startswith("data:"):
            problems.append(f"html: src={src[:40]}")
    if re.search(r"url\(", h, re.I):
        problems.append("html: url( in CSS")


def main():
    gold_dir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gold_dir) if fn.endswith(".json"))
    bad = 0
    kinds = Counter()
    print(f"{'id':7} {'kind':12} {'paras':>5} {'chars':>6}  title")
    for pid in ids:
        g = json.load(open(os.path.join(gold_dir, pid + ".json"), encoding="utf-8"))
        problems = []
        if list(g) != KEYS:
            problems.append(f"gold keys {list(g)}")
        if g.get("set") != "zh-blind66" or g.get("id") != pid:
            problems.append("gold id/set")
        if g.get("kind") not in KINDS:
            problems.append(f"kind {g.get('kind')}")
        if not isinstance(g.get("authors"), list):
            problems.append("authors not a list")
        kinds[g.get("kind")] += 1
        check_html(pid, problems)
        body = g["body_paragraphs"]
        if any(not p or p != p.strip() or "  " in p for p in body):
            problems.append("empty / unstripped / double-spaced paragraph")
        for name, sub in (("raw-chromium", "raw-chromium"), ("raw", "raw")):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{name}: missing")
                continue
            text = norm(open(path, encoding="utf-8").read())
            if norm(g["title"]) not in text:
                problems.append(f"{name}: title not found")
            for a in g["authors"]:
                if norm(a) not in text:
                    problems.append(f"{name}: author {a!r} not found")
            if g["publish_time"] is not None and norm(g["publish_time"]) not in text:
                problems.append(f"{name}: publish_time {g['publish_time']!r} not found")
            pos = 0
            for i, p in enumerate(body):
                q = norm(p)
                j = text.find(q, pos)
                if j < 0:
                    where = "not found" if q not in text else "out of order"
                    problems.append(f"{name}: paragraph {i} {where}: {p[:30]}")
                else:
                    pos = j + len(q)
        chars = sum(len(norm(p)) for p in body)
        if not 300 <= chars <= 1200:
            problems.append(f"body length {chars} outside 300-1200")
        print(f"{pid:7} {g['kind']:12} {len(body):5} {chars:6}  {g['title'][:40]}")
        for p in problems:
            print(f"        PROBLEM: {p}")
        bad += bool(problems)
    print("pages by kind:", dict(kinds), "total", len(ids))
    print("pages with problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
