#!/usr/bin/env python3
"""Check the zh-blind59 set.

For every gold/<id>.json: the title, every author, the publish_time and every
body paragraph must occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo
white space (all white space removed from both sides, U+3000 and no-break space
included); body paragraphs must also occur in that order.  Also checks the gold
fields, the id/kind plan, the HTML rules (meta charset utf-8, one <style>, no
scripts, no external resources) and prints each page's body length
(characters without white space; the brief asks for 300-1200).

Exit status 1 if anything is wrong.  Usage: python3 src/check.py
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = [("government", 1, 12), ("media", 13, 24), ("self-media", 25, 30), ("e-paper", 31, 35),
        ("institution", 36, 40)]
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def fold(s: str) -> str:
    return "".join(ch for ch in s if not ch.isspace())


def expected_kind(n: int) -> str:
    for k, a, b in PLAN:
        if a <= n <= b:
            return k
    return "?"


def check_html(pid, problems):
    p = os.path.join(ROOT, "html", pid + ".html")
    if not os.path.exists(p):
        problems.append(f"{pid}: no html")
        return
    raw = open(p, "rb").read()
    try:
        h = raw.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"{pid}: html not UTF-8")
        return
    low = h.lower()
    if '<meta charset="utf-8">' not in low:
        problems.append(f"{pid}: no <meta charset=\"utf-8\">")
    if low.count("<style") != 1:
        problems.append(f"{pid}: {low.count('<style')} <style> elements")
    if "<script" in low:
        problems.append(f"{pid}: has <script>")
    if re.search(r"<link\b", low) or "@import" in low or re.search(r"url\(", low):
        problems.append(f"{pid}: external resource (link/@import/url())")
    for m in re.finditer(r'\b(src|srcset|background|data)\s*=\s*"([^"]*)"', h, re.I):
        if not m.group(2).startswith("data:image/gif;base64,"):
            problems.append(f"{pid}: {m.group(1)}={m.group(2)[:40]!r}")
    for m in re.finditer(r"<(iframe|embed|object|video|audio|source)\b", low):
        problems.append(f"{pid}: <{m.group(1)}>")


def main() -> int:
    problems, rows = [], []
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    want = [f"xh-{n:02d}" for n in range(1, 41)]
    if ids != want:
        problems.append(f"ids: missing {sorted(set(want) - set(ids))}, extra {sorted(set(ids) - set(want))}")
    for pid in ids:
        g = json.load(open(os.path.join(gdir, pid + ".json"), encoding="utf-8"))
        if list(g) != KEYS:
            problems.append(f"{pid}: keys {list(g)}")
        if g.get("id") != pid or g.get("set") != "zh-blind59":
            problems.append(f"{pid}: id/set {g.get('id')}/{g.get('set')}")
        n = int(pid[3:])
        if g.get("kind") != expected_kind(n):
            problems.append(f"{pid}: kind {g.get('kind')} (plan: {expected_kind(n)})")
        if g.get("lang") not in ("zh", "en"):
            problems.append(f"{pid}: lang {g.get('lang')}")
        if not g.get("title") or not isinstance(g.get("authors"), list) or not g.get("publish_time"):
            problems.append(f"{pid}: empty title/authors/publish_time")
        paras = g.get("body_paragraphs") or []
        if not paras or any(not p or p != p.strip() for p in paras):
            problems.append(f"{pid}: empty or unstripped body paragraph")
        if g.get("title") in paras:
            problems.append(f"{pid}: title is also a body paragraph")
        check_html(pid, problems)
        for sub in ("raw-chromium", "raw"):
            tp = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(tp):
                problems.append(f"{pid}: no {sub} text")
                continue
            text = open(tp, encoding="utf-8").read()
            ft = fold(text)
            for what, val in [("title", g["title"]), ("publish_time", g["publish_time"])] + \
                    [("author", a) for a in g["authors"]]:
                if val and fold(val) not in ft:
                    problems.append(f"{pid} [{sub}]: {what} not found: {val!r}")
            pos = 0
            for i, para in enumerate(paras):
                fp = fold(para)
                at = ft.find(fp, pos)
                if at < 0:
                    where = "not found" if fp not in ft else "out of order"
                    problems.append(f"{pid} [{sub}]: paragraph {i} {where}: {para[:40]!r}")
                else:
                    pos = at + len(fp)
        blen = sum(len(fold(p)) for p in paras)
        if g.get("lang") == "zh" and not 300 <= blen <= 1200:
            problems.append(f"{pid}: body length {blen} outside 300-1200")
        rows.append((pid, g.get("kind"), g.get("lang"), len(paras), blen, len(g.get("authors", []))))
    print(f"{'id':6} {'kind':12} {'lang':4} {'paras':>5} {'body chars':>10} {'authors':>7}")
    for r in rows:
        print(f"{r[0]:6} {r[1]:12} {r[2]:4} {r[3]:5d} {r[4]:10d} {r[5]:7d}")
    kinds = {}
    for r in rows:
        kinds[r[1]] = kinds.get(r[1], 0) + 1
    print("pages by kind:", ", ".join(f"{k} {v}" for k, v in kinds.items()))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
