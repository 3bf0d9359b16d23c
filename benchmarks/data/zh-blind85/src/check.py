#!/usr/bin/env python3
"""Check zh-blind85: every gold title, author, publish_time and body paragraph must occur
in both raw-chromium/<id>.txt and raw/<id>.txt modulo white space (body paragraphs also
in gold order), raw/ must be exactly what make_raw.py derives from raw-chromium/, and the
set must have the planned ids and kinds. Prints body lengths. Exit status 1 on any problem.

    python3 src/check.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from make_raw import convert  # noqa: E402

PLAN = [("government", 1, 12), ("media", 13, 24), ("self-media", 25, 30),
        ("e-paper", 31, 35), ("institution", 36, 40)]
FIELDS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def squeeze(s):
    return "".join(ch for ch in s if not ch.isspace())


def main():
    problems = []
    rows = []
    expected = {}
    for kind, a, b in PLAN:
        for i in range(a, b + 1):
            expected[f"wh-{i:02d}"] = kind
    have = sorted(fn[:-5] for fn in os.listdir(os.path.join(ROOT, "gold")) if fn.endswith(".json"))
    if have != sorted(expected):
        problems.append(f"gold ids differ from plan: extra {sorted(set(have) - set(expected))}, "
                        f"missing {sorted(set(expected) - set(have))}")
    for pid in sorted(expected):
        gpath = os.path.join(ROOT, "gold", pid + ".json")
        if not os.path.exists(gpath):
            continue
        with open(gpath, encoding="utf-8") as f:
            g = json.load(f)
        if list(g) != FIELDS:
            problems.append(f"{pid}: gold fields {list(g)}")
        if g.get("set") != "zh-blind85" or g.get("id") != pid:
            problems.append(f"{pid}: bad id/set")
        if g.get("kind") != expected[pid]:
            problems.append(f"{pid}: kind {g.get('kind')} != {expected[pid]}")
        if not os.path.exists(os.path.join(ROOT, "html", pid + ".html")):
            problems.append(f"{pid}: no html")
        texts = {}
        for d in ("raw-chromium", "raw"):
            p = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(p):
                problems.append(f"{pid}: no {d}/{pid}.txt")
                continue
            with open(p, encoding="utf-8") as f:
                texts[d] = f.read()
        if "raw-chromium" in texts and "raw" in texts and convert(texts["raw-chromium"]) != texts["raw"]:
            problems.append(f"{pid}: raw/ is not make_raw.py(raw-chromium/)")
        for d, text in texts.items():
            s = squeeze(text)
            items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
            if g["publish_time"] is not None:
                items.append(("publish_time", g["publish_time"]))
            for what, val in items:
                if not val or squeeze(val) not in s:
                    problems.append(f"{pid} {d}: {what} not found: {val!r}")
            pos = 0
            for k, para in enumerate(g["body_paragraphs"]):
                q = squeeze(para)
                j = s.find(q, pos)
                if j < 0:
                    where = "not found" if q not in s else "out of order"
                    problems.append(f"{pid} {d}: paragraph {k} {where}: {para[:40]!r}")
                else:
                    pos = j + len(q)
        body = g["body_paragraphs"]
        rows.append((pid, g["kind"], len(body), sum(len(p) for p in body)))
    print(f"{'id':6} {'kind':12} {'paras':>5} {'chars':>6}")
    for pid, kind, n, c in rows:
        print(f"{pid:6} {kind:12} {n:5d} {c:6d}")
    counts = {}
    for _, kind, _, _ in rows:
        counts[kind] = counts.get(kind, 0) + 1
    print("pages per kind:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    if problems:
        print(f"\n{len(problems)} problems:")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK: all gold fields found in raw-chromium/ and raw/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
