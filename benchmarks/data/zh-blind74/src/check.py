#!/usr/bin/env python3
"""Verify the zh-blind74 set.

For every page: the gold's title, every author, the publish_time and every body
paragraph must occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo white
space (all white space, U+3000 included, removed on both sides), and the body
paragraphs must occur in gold order.  Also checks the gold schema, the HTML
rules of the brief (UTF-8, meta charset, one <style>, no scripts, no external
resources) and the body length (300-1200 characters), and prints body lengths.
Ends with "problems found: none" or the list of problems.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
KINDS = {"government": 12, "media": 12, "self-media": 6, "e-paper": 5, "institution": 5}
WS = re.compile(r"\s+")


def squash(s):
    return WS.sub("", s)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    problems = []
    ids = [f"xw-{n:02d}" for n in range(1, 41)]
    kinds = {}
    print(f"{'id':6} {'kind':12} {'paras':>5} {'body':>5}  title")
    for pid in ids:
        def bad(msg):
            problems.append(f"{pid}: {msg}")
        paths = {d: os.path.join(ROOT, d, pid + ext) for d, ext in
                 (("html", ".html"), ("gold", ".json"), ("raw-chromium", ".txt"), ("raw", ".txt"))}
        missing = [d for d, p in paths.items() if not os.path.exists(p)]
        if missing:
            bad("missing " + ", ".join(missing))
            continue
        g = json.loads(read(paths["gold"]))
        if list(g) != KEYS:
            bad(f"gold keys {list(g)}")
        if g.get("id") != pid or g.get("set") != "zh-blind74":
            bad("gold id/set")
        if g.get("lang") not in ("zh", "en"):
            bad("gold lang")
        kinds[g.get("kind")] = kinds.get(g.get("kind"), 0) + 1
        if not g.get("title") or not g.get("publish_time"):
            bad("empty title or publish_time")
        if not isinstance(g.get("authors"), list):
            bad("authors not a list")
        for a in g.get("authors") or []:
            if g["lang"] == "zh" and " " in a:
                bad(f"author with a space: {a!r}")
            if not a.strip():
                bad("empty author")
        paras = g.get("body_paragraphs") or []
        if not paras:
            bad("no body paragraphs")
        for p in paras:
            if p != p.strip() or "\n" in p or "\t" in p:
                bad(f"paragraph white space: {p[:30]!r}")
        # HTML rules
        raw_bytes = open(paths["html"], "rb").read()
        try:
            h = raw_bytes.decode("utf-8")
        except UnicodeDecodeError:
            bad("html not UTF-8")
            h = raw_bytes.decode("utf-8", "replace")
        if '<meta charset="utf-8">' not in h:
            bad("no <meta charset=\"utf-8\">")
        if len(re.findall(r"<style\b", h, re.I)) != 1:
            bad("not exactly one <style>")
        if re.search(r"<script\b|<link\b|<iframe\b|<object\b|<embed\b|<video\b|<audio\b|<source\b|@import|url\(", h, re.I):
            bad("script or external resource in html")
        if re.search(r"\son\w+\s*=", h, re.I):
            bad("event handler attribute in html")
        for src in re.findall(r"\ssrc\s*=\s*[\"']([^\"']*)", h, re.I):
            if not src.startswith("data:image/gif;base64,"):
                bad(f"img src not a data-URI GIF: {src[:40]}")
        # presence in both raw texts
        for d in ("raw-chromium", "raw"):
            t = squash(read(paths[d]))
            if g.get("title") and squash(g["title"]) not in t:
                bad(f"title not in {d}")
            for a in g.get("authors") or []:
                if squash(a) not in t:
                    bad(f"author {a!r} not in {d}")
            if g.get("publish_time") and squash(g["publish_time"]) not in t:
                bad(f"publish_time {g['publish_time']!r} not in {d}")
            pos = 0
            for i, p in enumerate(paras):
                sp = squash(p)
                if sp not in t:
                    bad(f"paragraph {i} not in {d}: {p[:40]!r}")
                    continue
                k = t.find(sp, pos)
                if k < 0:
                    bad(f"paragraph {i} out of order in {d}: {p[:40]!r}")
                else:
                    pos = k + len(sp)
        n = sum(len(squash(p)) for p in paras)
        if not 300 <= n <= 1200:
            bad(f"body length {n} outside 300-1200")
        print(f"{pid:6} {g.get('kind', ''):12} {len(paras):5d} {n:5d}  {g.get('title', '')[:40]}")
    for k, n in KINDS.items():
        if kinds.get(k, 0) != n:
            problems.append(f"set: {kinds.get(k, 0)} pages of kind {k}, brief asks {n}")
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
