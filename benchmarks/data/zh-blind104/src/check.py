#!/usr/bin/env python3
"""Check that title, every author, publish_time and every gold paragraph occur in
raw-chromium/<id>.txt and raw/<id>.txt modulo white space; print body lengths."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WS = re.compile(r"\s+")


def squash(s):
    return WS.sub("", s)


def main():
    problems = 0
    gdir = os.path.join(ROOT, "gold")
    ids = sorted(fn[:-5] for fn in os.listdir(gdir) if fn.endswith(".json"))
    total = 0
    for pid in ids:
        g = json.load(open(os.path.join(gdir, pid + ".json"), encoding="utf-8"))
        for k in ("id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"):
            if k not in g:
                print(f"{pid}: missing key {k}"); problems += 1
        blen = sum(len(squash(p)) for p in g["body_paragraphs"])
        total += blen
        items = [("title", g["title"])] + [("author", a) for a in g["authors"]]
        if g["publish_time"]:
            items.append(("publish_time", g["publish_time"]))
        items += [(f"para{i}", p) for i, p in enumerate(g["body_paragraphs"])]
        for sub in ("raw-chromium", "raw"):
            path = os.path.join(ROOT, sub, pid + ".txt")
            if not os.path.exists(path):
                print(f"{pid}: no {sub}/{pid}.txt"); problems += 1; continue
            raw = squash(open(path, encoding="utf-8").read())
            for what, s in items:
                if not s or squash(s) not in raw:
                    print(f"{pid} [{sub}] {what} not found: {s[:60]!r}"); problems += 1
        for p in g["body_paragraphs"]:
            if not p.strip() or p != p.strip():
                print(f"{pid}: empty or unstripped paragraph {p[:30]!r}"); problems += 1
        flag = "" if 300 <= blen <= 1200 else "  <-- outside 300-1200"
        if flag:
            problems += 1
        print(f"{pid}  {g['kind']:<12} paras={len(g['body_paragraphs']):>3} body_chars={blen:>5}{flag}")
    print(f"{len(ids)} pages, {total} body characters, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
