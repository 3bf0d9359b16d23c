#!/usr/bin/env python3
"""Write README.md from the page descriptions and the gold files."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import all_pages  # noqa: E402

HEAD = """# zh-blind95: a blind test set of Chinese news pages

Forty invented web pages (`wr-01` … `wr-40`) imitating the page templates of real Chinese
sites of 广东, 福建, 山西 and 吉林: district/county/township/village government portals and
departments, city and provincial media, central media channels, TV/radio sites, two English pages
of Chinese outlets, self-media share pages, newspaper e-papers and institutions (university,
hospital, state enterprise, court, association). Each page has the furniture its kind of site has
(banners, 无障碍/长者模式 links, search boxes, nav, breadcrumbs, info bars in many forms, share
buttons, 上一篇/下一篇, related lists, QR captions, footers with 主办/ICP/公网安备/网站标识码). The
articles, names, numbers, 文号, phone numbers and ICP numbers are made up; site templates are
invented, one per page, from 2011 table layouts to 2025 responsive and app share pages.
The set was written without looking at the reader it is meant to test.

| kind | pages | ids |
|---|---|---|
| government | 12 | wr-01 … wr-12 |
| media (wr-17, wr-18 English) | 12 | wr-13 … wr-24 |
| self-media | 6 | wr-25 … wr-30 |
| e-paper | 5 | wr-31 … wr-35 |
| institution | 5 | wr-36 … wr-40 |

## Layout

- `html/<id>.html`: the page, UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts,
  no external resources (images are `<img alt=…>` with a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: Chromium select-all + copy of the page
  (`../shared/tools/chromium_text.py`, Debian chromium), plus its `_manifest.json`.
- `raw/<id>.txt`: "a clerk's paste from another browser", made from raw-chromium by
  `src/make_raw.py` (tab with its surrounding spaces → one space; spaces at line edges stripped,
  U+3000 indents kept; runs of blank lines → one; no leading/trailing blank lines; one final newline).
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_self.py`, `pages_epaper.py`, `pages_inst.py`
  (one description per page: chrome HTML with a `{BODY}` slot, body blocks, gold metadata,
  features), `build.py` (renders html/ and gold/; the gold body comes from the same blocks that are
  rendered as body), `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    cd benchmarks/data/zh-blind95
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py        # title, authors, publish_time, every paragraph in raw-chromium/ and raw/; body lengths
    python3 src/make_readme.py

## Gold conventions

Following `../shared/corpus/README.md`, plus:

- **title**: the main headline (主标题) only; no 引题, 副题, 原标题, section/program label
  (`一图读懂 |`, `[新闻联播]`, `江城·文旅`, `CITY`). A headline printed over two or three lines is
  joined with no space (Chinese) or one space (English). A space printed inside one headline line is kept (wr-39).
- **authors**: named writers/reporters including 通讯员, in printed order; never 责任编辑/编辑/审核/
  监制/值班主任, photographers (`摄影：`, `图/`, `… 摄`), 来源, 供稿 units or the outlet. Spaced names
  are given without the spaces (`王  静` → `王静`). A speech: the speaker (wr-07). Self-media: the
  person when one is named (`文 | 林晓雯`, 微信 `原创 王思琪`), else the account name. Official
  documents, notices and 公示 with no writer: `[]`; an office in the 作者 field (`作者：区人社局`,
  wr-11) is not a writer. English: the `By …` names; wire copy with only `Source: Xinhua`: `[]`.
- **publish_time**: as printed in the info bar (or, on e-papers, the issue date line), without its
  label or brackets; seconds and a weekday printed next to it are kept (wr-34).
- **body_paragraphs**: prose, sub-headings, list items and table rows (one paragraph per row incl.
  the header row, cells joined by one space) in reading order. Official documents: the 主送 line,
  署名 and 成文日期 are body (and the 抄送 line printed with the document, wr-10); the 文号 line is
  not. Bylines inside a paragraph (`本报讯（记者 …）`, `新华社太原3月11日电（记者 …）`, closing
  `（仁化县应急管理局 邓志强 黄丽萍）`, `（本报记者 温晓燕）`) stay; a byline on its own line
  (`（记者 孟繁宇）` after the body, wr-22; `记者 张  敏  通讯员 刘  洋` above it) is not body.
  Byline lines, 原标题 lines, captions and alt text, editor lines, source lines,
  buttons, related lists and footers are not body.

## Features page by page

"""


def main():
    ps = all_pages()
    out = [HEAD]
    for p in ps:
        out.append(f"- **{p['id']}** ({p['kind']}): {p['features']}\n")
    out.append("\n## All pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for p in ps:
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        t = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {t} | {', '.join(g['authors']) or '[]'} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    out.append("\n## License\n\nCC0 1.0: see `LICENSE`. All pages are invented for this test set.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
