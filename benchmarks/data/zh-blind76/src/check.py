#!/usr/bin/env python3
"""Check the zh-blind76 set.

For every page: the gold title, every author, the publish_time and every gold
body paragraph must occur in both raw-chromium/<id>.txt and raw/<id>.txt modulo
white space (all white space removed on both sides); body paragraphs must occur
in gold order.  Also checks the gold schema, the ids, the HTML rules (utf-8
meta, one <style>, no scripts, no external resources) and prints the body
length of every page (characters without white space; 300-1200 wanted).

Usage (from the set folder):  python3 src/check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
KINDS = {"government": range(1, 13), "media": range(13, 25), "self-media": range(25, 31),
         "e-paper": range(31, 36), "institution": range(36, 41)}


def squash(s: str) -> str:
    return "".join(s.split())


def main():
    problems = []
    ids = [f"xy-{i:02d}" for i in range(1, 41)]
    have = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
    if have != ids:
        problems.append(f"gold ids differ from xy-01..xy-40: {sorted(set(have) ^ set(ids))}")
    print(f"{'id':6} {'kind':12} {'lang':4} {'paras':>5} {'chars':>6}")
    total = 0
    for pid in ids:
        gp = os.path.join(ROOT, "gold", pid + ".json")
        if not os.path.exists(gp):
            continue
        g = json.load(open(gp, encoding="utf-8"))
        P = lambda m: problems.append(f"{pid}: {m}")  # noqa: E731
        if list(g) != KEYS:
            P(f"gold keys {list(g)}")
        if g.get("set") != "zh-blind76" or g.get("id") != pid:
            P("set/id wrong")
        num = int(pid[3:])
        if num not in KINDS.get(g.get("kind"), ()):
            P(f"kind {g.get('kind')} not allowed for this id")
        if not isinstance(g["authors"], list) or not all(isinstance(a, str) and a.strip() for a in g["authors"]):
            P("authors must be a list of names")
        if not g["title"] or not g["body_paragraphs"]:
            P("empty title or body")
        # html rules
        h = open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8").read()
        if '<meta charset="utf-8">' not in h:
            P("no <meta charset=\"utf-8\">")
        if len(re.findall(r"<style\b", h, re.I)) != 1:
            P("not exactly one <style>")
        if re.search(r"<script\b|\son[a-z]+\s*=", h, re.I):
            P("script or event handler in html")
        for m in re.finditer(r"""\b(?:src|srcset|background|poster|data)\s*=\s*["']?([^"'\s>]*)""", h, re.I):
            if not m.group(1).startswith("data:"):
                P(f"external resource {m.group(0)[:60]}")
        if re.search(r"<(?:link|iframe|embed|object|video|audio|source)\b", h, re.I):
            P("link/iframe/media element in html")
        if re.search(r"url\(\s*['\"]?(?!data:)", h, re.I) or "@import" in h:
            P("external url() in css")
        # occurrences in both raw texts
        for folder in ("raw-chromium", "raw"):
            fp = os.path.join(ROOT, folder, pid + ".txt")
            if not os.path.exists(fp):
                P(f"{folder}/{pid}.txt missing")
                continue
            text = squash(open(fp, encoding="utf-8").read())
            if squash(g["title"]) not in text:
                P(f"{folder}: title not found")
            for a in g["authors"]:
                if squash(a) not in text:
                    P(f"{folder}: author {a!r} not found")
            if g["publish_time"] and squash(g["publish_time"]) not in text:
                P(f"{folder}: publish_time {g['publish_time']!r} not found")
            pos = 0
            for n, para in enumerate(g["body_paragraphs"]):
                s = squash(para)
                k = text.find(s, pos)
                if k < 0:
                    where = "out of order" if s in text else "not found"
                    P(f"{folder}: paragraph {n} {where}: {para[:30]!r}")
                else:
                    pos = k + len(s)
        chars = sum(len(squash(p)) for p in g["body_paragraphs"])
        total += chars
        if not 300 <= chars <= 1200:
            P(f"body length {chars} outside 300-1200")
        print(f"{pid:6} {g['kind']:12} {g['lang']:4} {len(g['body_paragraphs']):5} {chars:6}")
    print(f"total body characters: {total}")
    for p in problems:
        print("PROBLEM", p)
    print(f"problems found: {len(problems) if problems else 'none'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
