#!/usr/bin/env python3
"""Check the set.

For every gold/<id>.json: the title, every author, the publish_time and every
body paragraph must occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo
white space (all white space, including U+3000 and no-break spaces, is removed
from both sides before the substring test); body paragraphs must also occur in
gold order.  It also checks the gold schema, the ids and kind counts, the HTML
rules (UTF-8, <meta charset="utf-8">, one <style>, no scripts, no external
resources), that raw/ is what make_raw.py makes from raw-chromium/, and prints
the body length (characters of the joined body paragraphs) of each page.
Exit status 1 when anything fails.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

KINDS = {"government": range(1, 13), "media": range(13, 25), "self-media": range(25, 31),
         "e-paper": range(31, 36), "institution": range(36, 41)}
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
WS = re.compile(r"\s+", re.UNICODE)


def squash(s):
    return WS.sub("", s.replace("\u00a0", " ").replace("\u3000", " "))


def check_html(pid, path, problems):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append("%s: html is not UTF-8" % pid)
        return
    low = text.lower()
    if '<meta charset="utf-8">' not in low:
        problems.append("%s: no <meta charset=\"utf-8\">" % pid)
    if low.count("<style") != 1:
        problems.append("%s: %d <style> elements" % (pid, low.count("<style")))
    if "<script" in low or re.search(r"\son[a-z]+\s*=", low) or "javascript:" in low:
        problems.append("%s: script found" % pid)
    for m in re.finditer(r"""\s(src|srcset|data|poster|background)\s*=\s*["']([^"']*)["']""", text, re.I):
        if not m.group(2).startswith("data:image/gif"):
            problems.append("%s: external resource %s=%r" % (pid, m.group(1), m.group(2)[:60]))
    if re.search(r"<link\b|<iframe\b|<object\b|<embed\b|@import|url\(", low):
        problems.append("%s: link/iframe/object/@import/url() found" % pid)


def find_all(pid, g, texts, problems):
    items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
    if g["publish_time"] is not None:
        items.append(("publish_time", g["publish_time"]))
    for name, txt in texts.items():
        t = squash(txt)
        for what, s in items:
            if squash(s) not in t:
                problems.append("%s: %s %r not in %s" % (pid, what, s, name))
        pos = 0
        for n, para in enumerate(g["body_paragraphs"]):
            p = squash(para)
            i = t.find(p, pos)
            if i < 0:
                if p in t:
                    problems.append("%s: paragraph %d out of order in %s: %r" % (pid, n, name, para[:40]))
                else:
                    problems.append("%s: paragraph %d not in %s: %r" % (pid, n, name, para[:40]))
                continue
            pos = i + len(p)


def main():
    problems = []
    counts = {k: 0 for k in KINDS}
    ids = ["wj-%02d" % i for i in range(1, 41)]
    print("%-6s %-11s %5s %5s  %s" % ("id", "kind", "paras", "chars", "title"))
    for pid in ids:
        gp = os.path.join(ROOT, "gold", pid + ".json")
        if not os.path.exists(gp):
            problems.append("%s: no gold" % pid)
            continue
        with open(gp, encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != KEYS:
            problems.append("%s: gold keys %s" % (pid, list(g)))
        if g.get("id") != pid or g.get("set") != "zh-blind87":
            problems.append("%s: bad id/set" % pid)
        num = int(pid[3:])
        kind = g.get("kind")
        if kind not in KINDS or num not in KINDS[kind]:
            problems.append("%s: kind %r does not fit the id" % (pid, kind))
        else:
            counts[kind] += 1
        if g.get("lang") not in ("zh", "en"):
            problems.append("%s: lang %r" % (pid, g.get("lang")))
        if not isinstance(g.get("title"), str) or not g["title"].strip():
            problems.append("%s: no title" % pid)
        if not isinstance(g.get("authors"), list) or not all(isinstance(a, str) and a.strip() for a in g["authors"]):
            problems.append("%s: bad authors" % pid)
        if not isinstance(g.get("publish_time"), str):
            problems.append("%s: no publish_time" % pid)
        paras = g.get("body_paragraphs") or []
        if not paras or not all(isinstance(p, str) and p.strip() == p and p for p in paras):
            problems.append("%s: bad body_paragraphs" % pid)
        if len(set(paras)) != len(paras):
            problems.append("%s: duplicate body paragraphs" % pid)
        chars = len("".join(paras))
        if not 300 <= chars <= 1200:
            problems.append("%s: body length %d outside 300-1200" % (pid, chars))
        print("%-6s %-11s %5d %5d  %s" % (pid, kind, len(paras), chars, g.get("title")))
        hp = os.path.join(ROOT, "html", pid + ".html")
        if os.path.exists(hp):
            check_html(pid, hp, problems)
        else:
            problems.append("%s: no html" % pid)
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                problems.append("%s: no %s/%s.txt" % (pid, d, pid))
                continue
            with open(p, encoding="utf-8") as f:
                texts[d] = f.read()
        if "raw-chromium" in texts and "raw" in texts and convert(texts["raw-chromium"]) != texts["raw"]:
            problems.append("%s: raw/ is not make_raw.py of raw-chromium/" % pid)
        find_all(pid, g, texts, problems)
    print()
    print("pages per kind: " + ", ".join("%s %d" % kv for kv in counts.items()))
    extra = sorted(set(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json")) - set(ids))
    if extra:
        problems.append("unexpected gold files: %s" % extra)
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
