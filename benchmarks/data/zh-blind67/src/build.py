#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind67 from the page descriptions.

Usage: python3 src/build.py [--out DIR]   (DIR defaults to the set folder, the parent of src/)
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import importlib  # noqa: E402

MODULES = ["pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"]


def all_pages():
    pages = [fn() for m in MODULES for fn in importlib.import_module(m).PAGES]
    ids = [p.id for p in pages]
    assert ids == [f"xp-{i:02d}" for i in range(1, 41)], ids
    return pages


def lint_html(p) -> list:
    h = p.html
    probs = []
    if p.body not in h:
        probs.append("rendered body blocks not found in the page")
    if h.count("<style") != 1:
        probs.append("not exactly one <style>")
    if re.search(r"<script|<link|<iframe", h, re.I):
        probs.append("script/link/iframe present")
    for m in re.finditer(r'\s(?:src|href|srcset|action)="([^"]*)"', h):
        v = m.group(1)
        if v and not v.startswith(("#", "data:")):
            probs.append(f"external resource {v[:60]}")
    if re.search(r"url\((?!data:)", h):
        probs.append("css url()")
    if '<meta charset="utf-8">' not in h:
        probs.append("no utf-8 meta")
    return probs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(HERE))
    a = ap.parse_args()
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "gold"), exist_ok=True)
    bad = 0
    for p in all_pages():
        for prob in lint_html(p):
            print(f"{p.id}: {prob}")
            bad += 1
        with open(os.path.join(a.out, "html", p.id + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(p.html)
        with open(os.path.join(a.out, "gold", p.id + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(p.gold(), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"built 40 pages into {a.out}" + (f"; {bad} problems" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
