#!/usr/bin/env python3
"""Check the set: title, every author, publish_time and every gold paragraph must occur in both
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; print body lengths.
Also checks the html files (utf-8 meta, one <style>, no scripts, no external resources)."""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fold(s):
    return re.sub(r"\s+", "", s)


def main():
    gold_dir = os.path.join(ROOT, "gold")
    problems = 0
    kinds = {}
    for fn in sorted(os.listdir(gold_dir)):
        g = json.load(open(os.path.join(gold_dir, fn), encoding="utf-8"))
        pid = g["id"]
        kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
        html = open(os.path.join(ROOT, "html", pid + ".html"), encoding="utf-8").read()
        low = html.lower()
        for bad, why in (("<script", "script"), ("src=\"http", "external src"), ("href=\"http", "external href"),
                         ("<link", "link element"), ("@import", "css import"), ("url(http", "css url")):
            if bad in low:
                print(f"{pid}: html has {why}"); problems += 1
        if low.count("<style") != 1 or '<meta charset="utf-8">' not in low:
            print(f"{pid}: html needs one <style> and <meta charset=\"utf-8\">"); problems += 1
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: missing {sub}"); problems += 1; continue
            t = fold(open(path, encoding="utf-8").read())
            items = [("title", g["title"]), ("publish_time", g["publish_time"])]
            items += [("author", a) for a in g["authors"]]
            items += [(f"para[{i}]", p) for i, p in enumerate(g["body_paragraphs"])]
            for what, s in items:
                if s is None:
                    continue
                if fold(s) not in t:
                    print(f"{pid} [{sub}]: {what} not found: {s[:60]}"); problems += 1
        n = sum(len(fold(p)) for p in g["body_paragraphs"])
        print(f"{pid} {g['kind']:12s} paras={len(g['body_paragraphs']):3d} body_chars={n:5d} authors={g['authors']}")
        if not (300 <= n <= 1200) and g["lang"] == "zh":
            print(f"{pid}: body length {n} outside 300-1200"); problems += 1
    print("kinds:", kinds)
    print(f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
