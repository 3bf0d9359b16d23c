#!/usr/bin/env python3
"""Write README.md for zh-blind67 from the page descriptions and the gold files.

Usage: python3 src/make_readme.py   (run after build.py; reads gold/ and raw-chromium/_manifest.json)
"""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import all_pages  # noqa: E402

KIND_NAMES = {"government": "government", "media": "media", "self-media": "self-media",
              "e-paper": "e-paper", "institution": "institution"}

HEAD = """# zh-blind67: a blind test set of invented Chinese news pages

40 invented web pages in the page templates of real kinds of Chinese sites, with gold annotations,
for testing a raw-text article reader: a program that gets a whole web page as a clerk selected and
copied it in a browser (banner, navigation, breadcrumb, headline, info bar, body, share buttons,
related lists, footer) and must find the headline, the authors, the publish date and the body
paragraphs. Every article, name, number, 文号, phone number, ICP/公网安备 number and 网站标识码 is made
up; outlet and account names are invented too (place names are real: 湖南, 江西, 贵州, 云南).
The set was made without looking at the reader.

What makes it different from the earlier sets: sites of 湖南, 江西, 贵州 and 云南 (province and city
media, county and district governments, 街道/乡镇/村, a university, a school, a hospital, a state
enterprise, a court, self-media accounts), weighted to pages that are mostly something other than
prose: photo stories with short captions between a few paragraphs (xp-03, xp-16, xp-37, and
xp-25/xp-30 on self-media), pages that are mostly a table with a short lead (xp-05, xp-11, xp-28,
xp-33), 公示 lists of names (xp-06, xp-38), timetables (xp-07, xp-20, xp-27, xp-39), a 快讯 of two
sentences inside a long page (xp-14), interviews in Q&A (xp-21, xp-34, and the Q&A 政策解读 xp-09),
a short article under a long comment thread (xp-18, and shorter threads on xp-25, xp-26, xp-28), and
articles of only three paragraphs between a large menu and a large footer (xp-02, xp-40).

## Layout

| path | what |
|---|---|
| `html/<id>.html` | the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts, no external resources (images are `<img alt=…>` with a 1×1 data-URI GIF, or no src) |
| `raw-chromium/<id>.txt` | the page as Debian Chromium's select-all + copy gives it (`../shared/tools/chromium_text.py`, JavaScript and network off); `_manifest.json` records the run |
| `raw/<id>.txt` | "a clerk's paste from another browser", derived from raw-chromium by `src/make_raw.py`: each tab (with the spaces around it) becomes one space, spaces at line edges are stripped (a leading U+3000 indent is kept), every run of blank lines becomes one blank line, leading/trailing blank lines dropped, one final newline |
| `gold/<id>.json` | `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}` |
| `src/kit.py` | the body block language and its renderer; `gold_paragraphs()` derives the gold body from the same blocks that are rendered as the article body |
| `src/furn.py` | shared site furniture (top bars, banners, menus, breadcrumbs, share bars, 上一篇/下一篇, QR boxes, footers) |
| `src/pages_*.py` | one function per page: the page description (site furniture, headline, info bar, body blocks, gold metadata) |
| `src/build.py` | writes html/ and gold/, and lints every page (body blocks present in the page, one `<style>`, no script or external resource) |
| `src/make_raw.py` | raw-chromium/ → raw/ |
| `src/check.py` | checks that the title, every author, the publish_time and every gold paragraph occur in both raw-chromium/ and raw/ modulo white space, that raw/ is exactly make_raw(raw-chromium/), and prints body lengths |
| `src/make_readme.py` | writes this README from the page descriptions and gold |

## Rebuild

    cd benchmarks/data/zh-blind67
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py
    python3 src/make_readme.py

Python 3 standard library only; the Chromium step needs Debian's `chromium`. The raw-chromium/
files in this folder were made with {chromium}.

## Body block language

Each page's article is written as one block a line: `P` paragraph, `H`/`HB` sub-heading, `L` list
line, `TH`/`T` table rows (cells separated by ` | `), `Q` quotation, `R`/`C` lines set right or
centred (署名, 成文日期) — these are body — and `IMG` picture, `CAP` caption, `X`/`XR` byline, editor,
原标题 or other non-body lines, `RAW` raw HTML — these are rendered inside the article but are not
body. A table row's gold paragraph is its cells joined by one space; `**x**` is bold in the page
and plain in the gold; two ASCII spaces inside body text (spaced names) are printed as two no-break
spaces.

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only: no 引题, 副题, 原标题, site or section label (快讯, 专访,
  组图 and 文字解读 badges are separate elements and not part of the title). A headline printed on
  two lines is joined with no space (Chinese: xp-31) or one space (English: xp-15, xp-22).
- **authors**: named writers/reporters incl. 通讯员, in printed order; never editors (编辑, 责任编辑,
  二审/三审, 审核, 监制), photographers (摄影, 图/, （… 摄）), 主播, 来源, 供稿单位, 发布者 offices or
  the outlet. Spaced-out names are given without the spaces (`刘  洋` → `刘洋`); the minority name
  keeps its middle dot (`格桑·卓玛`, xp-12). A speech: the speaker (xp-10). Interviews: the
  reporters, not the interviewee (xp-21, xp-34). Self-media: the person if one is named (xp-27,
  xp-29, xp-30), else the account name (xp-25, xp-26, xp-28). Official documents, notices and
  公示 with no writer: `[]` (a village or office printed after 作者： or 发布者： is not a writer:
  xp-06, xp-38, xp-39). English: the `By …` names; wire copy with only a source: `[]` (xp-22).
- **publish_time**: the date/time as printed in the info bar (or, for e-papers, the paper's date
  in the masthead or edition bar), without its label or brackets; weekday and seconds kept where
  printed next to it. Where a document page prints both 成文日期 and 发布日期, the publish date is
  the 发布 date (xp-04, xp-08).
- **body_paragraphs**: prose, sub-headings, list lines and table rows (header row included) in
  reading order. Official documents: the 主送 line, 署名, 成文日期 and （此件公开发布） are body; the
  文号 line under the headline and the metadata table are not. Bylines inside a paragraph stay
  there (`本报讯（记者 周  娜 通讯员 龙小凤）…`, `新华社贵阳5月20日电（记者王雪、吴长江）…`, closing
  `（刘  洋　谭晓军）`); byline lines on their own, 原标题 lines, captions and alt text, editor lines,
  source lines, disclaimers, buttons, related lists, comments and footers are not body.
- **kind**: government | media | self-media | e-paper | institution.

The 快讯 page xp-14 has a body of one two-sentence paragraph (about 120 characters) by design; every
other body is 300–1200 characters (English: letters).

## Pages and features

"""


def main() -> int:
    man = os.path.join(SET, "raw-chromium", "_manifest.json")
    chromium = "Chromium"
    if os.path.exists(man):
        with open(man, encoding="utf-8") as f:
            chromium = "Debian Chromium " + json.load(f).get("chromium", "").replace("Chrome/", "")
    out = [HEAD.replace("{chromium}", chromium)]
    pages = all_pages()
    for p in pages:
        out.append(f"- **{p.id}** ({p.kind}; {p.site}): {p.features}.\n")
    out.append("\n## All pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for p in pages:
        with open(os.path.join(SET, "gold", p.id + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        cell = lambda s: str(s).replace("|", "\\|")  # noqa: E731
        authors = "、".join(g["authors"]) if g["lang"] == "zh" else ", ".join(g["authors"])
        out.append(f"| {p.id} | {g['kind']} | {cell(g['title'])} | {cell(authors) or '—'} | "
                   f"{cell(g['publish_time'])} | {len(g['body_paragraphs'])} |\n")
    counts = {}
    for p in pages:
        counts[p.kind] = counts.get(p.kind, 0) + 1
    out.append("\nPages by kind: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + ".\n")
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
