#!/usr/bin/env python3
"""Check the zh-blind63 set.

For every page: the gold title, every author, the publish_time and every gold body
paragraph must occur in raw-chromium/<id>.txt and in raw/<id>.txt modulo white space
(all white space removed on both sides); body paragraphs should also occur in reading
order.  Also checks the ids and kinds, the gold fields, the HTML rules (UTF-8 meta, one
<style>, no scripts or external resources) and that raw/ is exactly make_raw(raw-chromium/).
Prints the body length (characters, white space excluded) of every page.
Exit status 1 if any problem was found.
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
FIELDS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]
WS = re.compile(r"\s+")


def squash(s):
    return WS.sub("", s)


def main():
    problems = []
    warn = []
    ids = [f"xl-{i:02d}" for i in range(1, 41)]
    kind_of = {f"xl-{i:02d}": k for k, r in KINDS.items() for i in r}
    counts = {}
    rows = []
    for pid in ids:
        gp = os.path.join(ROOT, "gold", pid + ".json")
        hp = os.path.join(ROOT, "html", pid + ".html")
        if not os.path.exists(gp) or not os.path.exists(hp):
            problems.append(f"{pid}: missing gold or html")
            continue
        g = json.load(open(gp, encoding="utf-8"))
        if list(g) != FIELDS:
            problems.append(f"{pid}: gold fields {list(g)}")
        if g.get("id") != pid or g.get("set") != "zh-blind63":
            problems.append(f"{pid}: bad id/set")
        if g.get("kind") != kind_of[pid]:
            problems.append(f"{pid}: kind {g.get('kind')} != {kind_of[pid]}")
        counts[g.get("kind")] = counts.get(g.get("kind"), 0) + 1
        h = open(hp, encoding="utf-8").read()
        if '<meta charset="utf-8">' not in h:
            problems.append(f"{pid}: no utf-8 meta")
        if h.count("<style") != 1:
            problems.append(f"{pid}: {h.count('<style')} <style> elements")
        low = h.lower()
        for bad in ("<script", "<link", "<iframe", "@import", "<object", "<embed", "<video", "<audio"):
            if bad in low:
                problems.append(f"{pid}: html contains {bad}")
        for m in re.finditer(r'\b(?:src|href|srcset|poster)\s*=\s*"([^"]*)"', h):
            v = m.group(1)
            if m.group(0).startswith("href"):
                if v not in ("#", "") and not v.startswith("#"):
                    problems.append(f"{pid}: external href {v[:60]}")
            elif not v.startswith("data:"):
                problems.append(f"{pid}: external resource {v[:60]}")
        for m in re.finditer(r"url\(([^)]*)\)", h):
            if not m.group(1).strip("'\" ").startswith("data:"):
                problems.append(f"{pid}: css url {m.group(1)[:60]}")
        body = g["body_paragraphs"]
        if not body or any(not x.strip() for x in body):
            problems.append(f"{pid}: empty body or paragraph")
        if len(set(body)) != len(body):
            warn.append(f"{pid}: repeated body paragraph")
        for a in g["authors"]:
            if not a or re.search(r"\s{2,}", a) or a != a.strip():
                problems.append(f"{pid}: author {a!r}")
        blen = sum(len(squash(x)) for x in body)
        rows.append((pid, g["kind"], blen, len(body)))
        if not 300 <= blen <= 1200:
            warn.append(f"{pid}: body length {blen} outside 300-1200")
        rc = os.path.join(ROOT, "raw-chromium", pid + ".txt")
        rr = os.path.join(ROOT, "raw", pid + ".txt")
        if not os.path.exists(rc):
            problems.append(f"{pid}: no raw-chromium text")
            continue
        tc = open(rc, encoding="utf-8").read()
        if not os.path.exists(rr):
            problems.append(f"{pid}: no raw text")
            continue
        tr = open(rr, encoding="utf-8").read()
        if tr != convert(tc):
            problems.append(f"{pid}: raw/ is not make_raw(raw-chromium/)")
        for name, t in (("raw-chromium", tc), ("raw", tr)):
            st = squash(t)
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"] is not None:
                items.append(("publish_time", g["publish_time"]))
            for what, s in items:
                if squash(s) not in st:
                    problems.append(f"{pid}: {what} not in {name}: {s!r}")
            pos = 0
            for i, para in enumerate(body):
                sp = squash(para)
                k = st.find(sp, pos)
                if k < 0:
                    if sp in st:
                        warn.append(f"{pid}: paragraph {i} out of reading order in {name}")
                    else:
                        problems.append(f"{pid}: paragraph {i} not in {name}: {para[:50]!r}")
                    continue
                pos = k + len(sp)
    print("page   kind          body-chars  paragraphs")
    for pid, k, blen, n in rows:
        print(f"{pid}  {k:<13} {blen:>10}  {n:>10}")
    print("kinds:", counts)
    for w in warn:
        print("WARNING", w)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems, {len(warn)} warnings")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
