#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from src/pages/wl_NN.py."""
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib  # noqa: E402

KINDS = {"government": (1, 12), "media": (13, 24), "self-media": (25, 30),
         "e-paper": (31, 35), "institution": (36, 40)}


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def pages():
    d = os.path.join(HERE, "pages")
    for fn in sorted(os.listdir(d)):
        if re.fullmatch(r"wl_\d\d\.py", fn):
            yield load(os.path.join(d, fn))


def html_problems(h):
    probs = []
    if h.count("<style") != 1:
        probs.append("not exactly one <style>")
    if re.search(r"<script|<link\b|<iframe|<object|<embed|@import|url\(", h, re.I):
        probs.append("script / external resource")
    for m in re.finditer(r'\bsrc="([^"]*)"', h):
        if not m.group(1).startswith("data:"):
            probs.append("src not a data URI: " + m.group(1)[:40])
    if '<meta charset="utf-8">' not in h:
        probs.append("no meta charset")
    return probs


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    bad = 0
    n = 0
    for m in pages():
        P = dict(m.PAGE)
        pid = P["id"]
        lines = P.get("title_lines")
        if lines:
            P["title"] = ("" if P["lang"] == "zh" else " ").join(lines)
            P["title_html"] = "<br>".join(lib.esc(x) for x in lines)
        else:
            P["title_html"] = lib.esc(P["title"])
        num = int(pid[3:])
        lo, hi = KINDS[P["kind"]]
        if not lo <= num <= hi:
            print(f"{pid}: kind {P['kind']} outside its id range"); bad += 1
        body = lib.render_blocks(m.BLOCKS, **getattr(m, "R", {}))
        h = m.render(P, body)
        for p in html_problems(h):
            print(f"{pid}: {p}"); bad += 1
        gold = {"id": pid, "set": "zh-blind89", "lang": P["lang"], "kind": P["kind"],
                "title": P["title"], "authors": P["authors"], "publish_time": P["publish_time"],
                "body_paragraphs": lib.gold_body(m.BLOCKS)}
        with open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(h)
        with open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += 1
    print(f"built {n} pages" + (f", {bad} problems" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
