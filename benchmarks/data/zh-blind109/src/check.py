#!/usr/bin/env python3
"""Check that the gold of every page occurs in raw-chromium/ and raw/ (modulo white space).

Checks title, every author, publish_time and every body paragraph; also the
set's own rules (ids, keys, kinds, html has no script/external resources, body
length 300-1200 characters). Prints body lengths. Exit 1 on any problem.
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"]


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = []
    counts = {}
    for i in range(1, 41):
        pid = f"vf-{i:02d}"
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        if list(g) != KEYS:
            problems.append(f"{pid}: keys {list(g)}")
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        html = open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8").read()
        if "<script" in html.lower() or re.search(r"(src|href)=\"(?!data:)", html) or html.count("<style") != 1 \
                or '<meta charset="utf-8">' not in html:
            problems.append(f"{pid}: html rules")
        blen = sum(len(squash(p)) for p in g["body_paragraphs"])
        if not 300 <= blen <= 1200:
            problems.append(f"{pid}: body length {blen}")
        for d in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, d, pid + ".txt")
            if not os.path.exists(path):
                problems.append(f"{pid}: missing {d}")
                continue
            raw = squash(open(path, encoding="utf-8").read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"para{j}", p) for j, p in enumerate(g["body_paragraphs"])]
            for what, s in items:
                if not s or squash(s) not in raw:
                    problems.append(f"{pid} {d}: {what} not found: {s!r:.60}")
            if d == "raw":
                rt = open(path, encoding="utf-8").read()
                if "\t" in rt or "\n\n\n" in rt or rt.startswith("\n") or not rt.endswith("\n") or rt.endswith("\n\n"):
                    problems.append(f"{pid} raw: format")
        print(f"{pid}  {g['kind']:<12} body {blen:5d} chars  {len(g['body_paragraphs']):3d} paras  {g['title']}")
    print("kinds:", counts)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
