#!/usr/bin/env python3
"""Write README.md: description, layout, rebuild steps, conventions, features and page table."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import load_pages
pages = load_pages()
out = ["""# zh-blind139: a blind test set of invented Chinese news pages

40 invented pages (`uj-01` … `uj-40`) imitating the page templates of Chinese sites in 山东, 海南,
甘肃 and 重庆: government portals and departments, 乡镇/街道/村 (12), central/provincial/city
media, portals and TV sites incl. 2 English pages (12), self-media (6), newspaper e-paper (5) and
institutions (5). All articles, names, numbers, 文号, phone numbers and ICP numbers are made up.
Each page carries its site furniture (banner, 无障碍/长者模式 links, search box, nav, breadcrumb,
info bar, share buttons, 上一篇/下一篇, related lists, QR captions, footer with ICP/公网安备/网站标识码).

## Layout

- `html/<id>.html`: saved page, UTF-8, one embedded `<style>`, no scripts, no external resources.
- `raw-chromium/<id>.txt`: Chromium select-all + copy (`../shared/tools/chromium_text.py`, Debian chromium).
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `build.py` (renderer + gold writer), `pages_gov.py`, `pages_media.py`, `pages_self_epaper.py`,
  `pages_inst.py` (one description per page), `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
    python3 src/make_raw.py
    python3 src/check.py
    python3 src/make_readme.py

The gold body is produced from the same blocks that are rendered as body (paragraphs, sub-headings,
list items, quoted passages, table rows), so html and gold cannot drift. `check.py` verifies that the
title, every author, the publish_time and every gold paragraph occur in both raw-chromium/ and raw/
(modulo white space) and that every body has at least 300 characters.

## Gold conventions

Following `../shared/corpus/README.md`, plus: title = 主标题 only (no 引题/副题/原标题/site label;
a headline broken over lines is joined with no space in Chinese, one space in English). Authors =
named writers/reporters incl. 通讯员 in printed order, spaced names without spaces; never editors
(责任编辑/编辑/审核/监制/责编/美编), photographers, 来源, 供稿 units or the outlet; a speech: the
speaker; self-media: the person if named, else the account name; official documents and wire copy
with only a source: `[]`. publish_time = as printed in the info bar without label (weekday kept where
printed next to it). Body: prose, sub-headings, list lines, quoted passages, table rows (cells joined
by one space, header row included); in official documents the 主送 line, 署名 and 成文日期 are body,
the 文号 line is not. Bylines inside a paragraph stay (`本报讯（记者 …）`, `新华社…电（记者…）`,
closing `（记者 X 通讯员 Y）`); byline lines of their own, 原标题 lines, captions, alt text, editor/source
lines, buttons, related lists and footers are not body.

## Features page by page
"""]
for p in pages:
    out.append("- **%s** (%s): %s" % (p["id"], p["kind"], p.get("features", "")))
out.append("\n## Pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|")
for p in pages:
    g = json.load(open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8"))
    out.append("| %s | %s | %s | %s | %s | %d |" % (g["id"], g["kind"] + (" (en)" if g["lang"] == "en" else ""),
               g["title"].replace("|", "/"), "、".join(g["authors"]) or "—", g["publish_time"], len(g["body_paragraphs"])))
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
print("README.md written")
