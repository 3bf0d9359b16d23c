#!/usr/bin/env python3
"""Write README.md (features and page table come from the page descriptions and gold)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import all_pages, ROOT

HEAD = """# zh-blind120: a blind test set of invented Chinese news pages

40 invented pages (`vq-01` … `vq-40`) for testing a raw-text article reader: each page is a whole
web page as a clerk selected and copied it in a browser, and the reader must find the headline,
authors, publish date and body paragraphs. The sites imitate page templates of 四川, 贵州, 新疆 and
天津 sites (district/county governments, 街道/乡镇/村, departments, city and provincial media, TV and
radio sites, portals, self-media platforms, e-papers, universities, hospitals, state enterprises,
associations, courts), from 2010-era table layouts to 2025 responsive pages and app share pages.
All articles, names, numbers, 文号, phone numbers and ICP numbers are made up. Every page has its
own template; the set was written without looking at the reader.

| kind | pages | ids |
|---|---|---|
| government | 12 | vq-01 … vq-12 |
| media (vq-17, vq-18 English) | 12 | vq-13 … vq-24 |
| self-media | 6 | vq-25 … vq-30 |
| e-paper | 5 | vq-31 … vq-35 |
| institution | 5 | vq-36 … vq-40 |

## Layout

- `html/<id>.html`: the saved page (UTF-8, one embedded `<style>`, no scripts, no external resources;
  images are `<img alt=…>` with a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: Chromium select-all + copy, made by `../shared/tools/chromium_text.py`
  (Debian chromium, JavaScript and network off).
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by `src/make_raw.py`
  (tabs → one space, spaces at line edges stripped, U+3000 indents kept, blank-line runs → one).
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `common.py` (renderer: one page description → html + gold, so the gold body comes from the
  same blocks that are rendered as body), `pages_gov.py`, `pages_media.py`, `pages_other.py` (the 40
  page descriptions), `build.py`, `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    cd benchmarks/data/zh-blind120
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py        # title, authors, date, every paragraph in raw-chromium/ and raw/
    python3 src/make_readme.py

## Gold conventions

Follows `../shared/corpus/README.md`, plus:

- **title**: the main headline (主标题) only: no 引题, 副题, 原标题, site or column label (e.g. vq-15's
  【新春走基层】 is left out). A headline printed on two lines is joined with no space (vq-02, vq-11).
- **authors**: named writers/reporters incl. 通讯员, in printed order; never editors (责任编辑/编辑/审核),
  photographers (摄影, 图/), 来源, the outlet or a 发布者 account. Spaced names lose their spaces
  (`王  静` → 王静); minority names keep the middle dot. Speech: the speaker (vq-08). Self-media: the
  person if named, else the account name. Official documents and notices without a writer: `[]`.
  English: the `By …` names; wire copy with only a source: `[]` (vq-18).
- **publish_time**: as printed in the info bar, without label or brackets (seconds/weekday kept when
  printed with it; vq-35 keeps the e-paper's "2025-04-08 第04版" as printed).
- **body_paragraphs**: prose, sub-headings, list lines, quoted passages and table rows (one per row,
  header row included, cells joined by one space) in reading order. Official documents: 主送 line,
  署名 and 成文日期 are body, the 文号 line is not. Bylines inside a paragraph stay (vq-12, vq-13,
  vq-16, vq-34); byline lines on their own, 原标题 lines, captions, alt text, editor/source lines,
  buttons, related lists and footers are not body.

## Features page by page

"""

def main():
    pages = {p["id"]: p for p in all_pages()}
    out = [HEAD]
    for pid, p in pages.items():
        out.append("- **%s** (%s): %s\n" % (pid, p["kind"], p["features"]))
    out.append("\n## Pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for pid in pages:
        g = json.load(open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8"))
        out.append("| %s | %s | %s | %s | %s | %d |\n" % (pid, g["kind"], g["title"].replace("|", "\\|"),
                   "、".join(g["authors"]) or "—", g["publish_time"], len(g["body_paragraphs"])))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")

if __name__ == "__main__":
    main()
