#!/usr/bin/env python3
"""Print the per-page feature list and the page table for README.md."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import ALL
import render

SK = {"table": "2010s table layout", "div": "2010s div portal", "resp": "responsive 2020s page",
      "app": "app/mobile share page", "epaper": "e-paper two-column"}


def feats(p):
    t = p["tpl"]; f = [SK[t["skel"]], f"info bar {t.get('info_style')} {t.get('info_pos', 'below')} headline"]
    if p.get("pre"): f.append("引题")
    if p.get("sub"): f.append("副题")
    if p.get("title_lines") and len(p["title_lines"]) > 1: f.append("headline on two lines")
    if p.get("title_lines") and len(p["title_lines"]) == 1: f.append("label prefix on headline")
    kinds = {b[0] for b in p["body"]}
    for k, n in (("h", "sub-headings"), ("li", "list"), ("table", "table"), ("quote", "quoted speech"),
                 ("img", "photo/alt text"), ("right", "署名/成文日期"), ("note", "non-body byline/文号/credit lines")):
        if k in kinds: f.append(n)
    if t.get("editor"): f.append("editor/审核 line")
    if t.get("crumb"): f.append("breadcrumb")
    if t.get("qr"): f.append("QR caption")
    if t.get("side"): f.append("sidebar")
    if any("·" in a for a in p["authors"]): f.append("minority name with ·")
    return "; ".join(f)


print("## Features page by page\n")
for p in ALL:
    print(f"- **{p['id']}** ({p['tpl']['site']}): {feats(p)}")
print("\n## Pages\n")
print("| id | kind | title | authors | publish_time | paragraphs |")
print("|---|---|---|---|---|---|")
for p in ALL:
    g = render.gold(p)
    print(f"| {p['id']} | {p['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
