#!/usr/bin/env python3
"""Write README.md: fixed text + per-page features + table generated from the page descriptions and gold."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
import pages_gov, pages_media, pages_self, pages_epaper, pages_inst  # noqa: F401
ROOT = os.path.dirname(HERE)

HEAD = """# zh-blind91: a blind test set of invented Chinese news pages

40 invented web pages (ids `wn-01` … `wn-40`) for testing a raw-text article reader: the reader gets
the whole page as a clerk selected and copied it in a browser and must find the headline, the
authors, the publish date and the body paragraphs. The pages imitate the templates of kinds of real
sites in 河北, 湖北, 贵州 and 青海 (county/district/city/provincial government portals and their
departments, 街道/乡镇/村 pages, central/provincial/city media, TV and radio sites, self-media
platforms, newspaper e-papers, universities, hospitals, state enterprises, associations, courts),
from 2010s table layouts to 2025 responsive and app-share designs. Every article, person, number,
文号, phone number, ICP/公网安备 number and 网站标识码 is made up; no real article was copied. The set
was made blind: without reading the reader's code, tests or other zh-blind sets.

| kind | pages | ids |
|---|---|---|
| government | 12 | wn-01 … wn-12 |
| media (wn-18, wn-19 English) | 12 | wn-13 … wn-24 |
| self-media | 6 | wn-25 … wn-30 |
| e-paper | 5 | wn-31 … wn-35 |
| institution | 5 | wn-36 … wn-40 |

## Layout

- `html/<id>.html`: the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no
  scripts, no external resources (images are `<img alt=…>` without src or 1×1 data-URI GIFs).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `../shared/tools/chromium_text.py` (Debian Chromium, JavaScript and network off); `_manifest.json` beside them.
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by `src/make_raw.py`
  (each tab with the spaces around it → one space, spaces at line edges stripped (U+3000 kept),
  runs of blank lines → one blank line, leading/trailing blank lines dropped, one final newline).
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `lib.py` (block rendering, gold body derivation), `pages_gov.py`, `pages_media.py`,
  `pages_self.py`, `pages_epaper.py`, `pages_inst.py` (one description + template function per page),
  `build.py` (writes html/ and gold/), `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    cd zh-blind91
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py          # every gold field found in raw-chromium/ and raw/; body lengths
    python3 src/make_readme.py

Each page is one list of body blocks (`p`, `h`, `li`, `table`, `quote`, `right`, plus `img` and `x`
for in-article furniture). The same blocks are rendered into the page and turned into the gold body,
so the gold body is exactly what is printed as body.

## Gold conventions

Follows `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only; no 引题, 副题, 原标题, site or section label. A headline
  printed on two lines (wn-32) is joined without a space.
- **authors**: named writers/reporters including 通讯员 and 撰稿, in printed order; never editors
  (责任编辑/编辑/责编/审核/审稿/终审/监制), photographers (图/摄影/图片), 来源, 供稿单位 or the outlet.
  Spaced-out names without the spaces (`王  静` → `王静`); minority names keep the middle dot
  (`韩·马力克`). A speech: the speaker (wn-06). Self-media: the person if one is named (wn-26, wn-27,
  wn-28), else the account name (wn-25, wn-29, wn-30). Official documents and notices with no writer:
  `[]` (wn-02, wn-03, wn-08, wn-09, wn-10); `作者：admin` is not a writer. English: the `By …` names;
  wire copy with only `Source: Xinhua`: `[]` (wn-19).
- **publish_time**: as printed in the info bar, without label or brackets; seconds and weekday kept
  when printed next to it; the location suffix of self-media lines (`·河北`, `湖北`, `贵州`) dropped.
  For government documents the 发布日期 (not the 成文日期); for e-papers the 刊期/日期 of the page.
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one per row including the header
  row, cells joined by one space) in reading order. Official documents: the 主送 line, 署名 and 成文日期
  are body; the 文号 line is not. Bylines inside a paragraph stay there (`本报讯（记者 …）`,
  `新华社西宁3月16日电（记者 …）`, closing `（王  静）`); byline lines on their own, 原标题 lines, speaker
  lines under a speech title, captions and alt text, editor/credit lines, source lines, buttons,
  related lists and footers are not body.

## Features page by page

"""


def main():
    pages = sorted(lib.PAGES, key=lambda p: p["id"])
    out = [HEAD]
    for p in pages:
        out.append(f"- **{p['id']}** ({p['kind']}): {p['features']}\n")
    out.append("\n## All pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for p in pages:
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        au = "、".join(g["authors"]) if g["authors"] else "[]"
        out.append(f"| {g['id']} | {g['kind']} | {g['title']} | {au} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    out.append("\n## License\n\nCC0 1.0: the pages are invented for this test set; see `LICENSE`.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
