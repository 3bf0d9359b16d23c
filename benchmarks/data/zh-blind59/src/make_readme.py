#!/usr/bin/env python3
"""Write README.md from the page descriptions (FEATURES) and gold/ (the page table).

Usage: python3 src/make_readme.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import modules  # noqa: E402

HEAD = """# zh-blind59: a blind test set of invented Chinese news pages

40 invented web pages (ids `xh-01` … `xh-40`) for testing a raw-text article reader: a program that
gets a whole web page as a clerk selected and copied it in a browser (banner, navigation,
breadcrumb, headline, info bar, body, share buttons, related lists, footer) and must find the
headline, the authors, the publish date and the body paragraphs. The pages imitate the page
templates of kinds of real Chinese sites in **河南, 湖南, 广西 and 海南** (province departments,
地级市, 区/县/县级市, 乡镇 and 村 pages; central, provincial and city media; self-media platforms;
newspaper e-papers; universities, hospitals, state enterprises, courts and associations). Every
article, name, number, 文号, phone number, ICP/公网安备 number and 网站标识码 is made up; place names
and the names of real outlets/platforms are used only to imitate their templates. No real article
was copied. The set was made without looking at the reader or at any other zh-blind set.

| kind | pages | ids |
|---|---|---|
| government | 12 | xh-01 … xh-12 |
| media (2 English pages: xh-23, xh-24) | 12 | xh-13 … xh-24 |
| self-media | 6 | xh-25 … xh-30 |
| e-paper | 5 | xh-31 … xh-35 |
| institution | 5 | xh-36 … xh-40 |

The set leans on headlines that are hard to find in text alone: 引题 (kicker) over the headline on
news sites as well as on e-papers (xh-13, 15, 18, 21, 31, 32, 33, 35), headlines ending in a
question mark (xh-06, 19, 27) or a quotation (xh-16, 37), a headline followed at once by a
one-sentence 摘要/导语 (xh-12, 14, 22, 28), breadcrumbs whose last item repeats the headline cut
short with … (xh-01, 17, 38), a `<title>` that differs from the printed headline (worded differently
in xh-12, 15, 20, 23, 26, 36; only the site name in xh-32, 33, 35; a prefix added in xh-06, 10), a photo story whose captions are the body (xh-07), a 政策解读 printing
the interpreted document's name under the headline (xh-04), a 公告 with a numbered list and a 落款
of two offices (xh-03), and an English page with a standfirst under the headline and a dateline in
the first paragraph (xh-23).

## Layout

- `html/<id>.html`: the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no
  scripts, no external resources (images are `<img alt=…>` without src or 1×1 data-URI GIFs).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `../shared/tools/chromium_text.py` (JavaScript and network off); `_manifest.json` records the
  Chromium build ({chromium}) and per-page details.
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by
  `src/make_raw.py`: each tab (with the spaces around it) becomes one space, spaces at line edges
  are stripped (leading U+3000 indents are kept), a line of only white space counts as blank, every
  run of blank lines becomes one blank line, leading/trailing blank lines are dropped, one final
  newline. Nothing else changes.
- `gold/<id>.json`: `{{"id", "set": "zh-blind59", "lang", "kind", "title", "authors",
  "publish_time", "body_paragraphs"}}`.
- `src/`: `lib.py` (body blocks), `pages/xhNN.py` (one description per page: the `<title>`, the
  printed headline lines, authors, time, CSS, the body blocks and the page furniture), `build.py`
  (writes html/ and gold/), `make_raw.py`, `check.py`, `make_readme.py` (this file).

## Rebuild

    cd benchmarks/data/zh-blind59
    python3 src/build.py                                   # html/ and gold/
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py                                # raw/ from raw-chromium/
    python3 src/check.py                                   # must end with "all checks passed"
    python3 src/make_readme.py                             # this README

The gold body is taken from the very blocks that are rendered as the article body (`P`, `H`, `LI`,
`TABLE`, `CAP` contribute paragraphs; `IMG` and `X` contribute nothing), so gold and page cannot
drift apart. `check.py` verifies that the title, every author, the publish_time and every gold
paragraph occur, in order, in both raw-chromium/ and raw/ modulo white space; it also checks the
gold fields, the id/kind plan, the HTML rules, and prints each page's body length (300–1200
characters for the Chinese pages).

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only: no 引题, 副题 (incl. `——…` lines), 原标题, site or
  section label, 摘要/导语, standfirst or interpreted-document line. A headline printed on two
  lines (xh-02, xh-32, xh-23) is joined with no space (Chinese) or one space (English). The
  `<title>` element is never used.
- **authors**: named writers/reporters in printed order, incl. 通讯员 and 实习生 (xh-35); spaced
  names without the spaces (`谭  伟` → `谭伟`); the Uyghur name in xh-36 keeps its middle dot. Never
  editors (责任编辑/编辑/审核/二审/三审/校对/值班编辑/本版编辑), photographers (摄/摄影/图/摄像),
  来源, 供稿/信息来源 units, CMS 发布者, or the outlet. A speech (xh-10): the speaker. Self-media: the
  person when one is named (xh-25, 27, 28, 29), else the account name (xh-26, 30). Official
  documents, notices and 公示 with no writer: `[]`. English: the `By …` names; wire copy with only a
  source (xh-24): `[]`.
- **publish_time**: the article's date/time as printed in its info bar (or e-paper issue line),
  without label or brackets; seconds and weekday kept when printed next to it (xh-33, xh-34).
  On 信息公开 pages the 发布日期 is used, not the 成文日期. "Today is …" dates in site top bars are
  not publish times.
- **body_paragraphs**: prose, sub-headings, list items and table rows (one paragraph per row incl.
  the header row, cells joined by one space) in reading order. Official documents: the 主送 line,
  the text of an attached plan, 附件 lines inside the text, 署名/落款 and 成文日期 are body; the 文号
  line is not. A speech's salutation (同志们：) is body; the speaker and date lines under its
  headline are not. Contact/监督电话 lines that are part of a 公告/公示 text are body; the closing
  解读机构/联系电话 lines of a 政策解读 are not. Bylines inside a paragraph stay there
  (`本报讯（记者 …）`, `新华社…电（记者…）`, `（李晓东 韩冰）`); byline/credit lines on their own
  (`文/图：…`, `作者 | …`, `■…记者 …`, `本报记者 …`), 原标题 lines, 摘要/导语/standfirst boxes, photo
  captions and alt text (except in the photo story xh-07, where the captions are the text),
  editor lines, source lines, `Enditem`, buttons, related lists, platform notices and footers are
  not body. Text is given with white space folded to single spaces.

## Features, page by page

"""


def main():
    mods = list(modules())
    chromium = "unknown"
    man = os.path.join(ROOT, "raw-chromium", "_manifest.json")
    if os.path.exists(man):
        with open(man, encoding="utf-8") as f:
            chromium = json.load(f).get("chromium", "unknown")
    out = [HEAD.replace("{chromium}", chromium).replace("{{", "{").replace("}}", "}")]
    for m in mods:
        out.append(f"- **{m.ID}** ({m.KIND}{', English' if m.LANG == 'en' else ''}): {m.FEATURES}\n")
    out.append("\n## Pages\n\n| id | kind | lang | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|---|\n")
    for m in mods:
        with open(os.path.join(ROOT, "gold", m.ID + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        authors = "、".join(g["authors"]) if g["authors"] else "[]"
        title = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {g['lang']} | {title} | {authors} | {g['publish_time']} | "
                   f"{len(g['body_paragraphs'])} |\n")
    out.append("\nLicense: CC0 1.0 (see `LICENSE`); all pages are invented for this test set.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
