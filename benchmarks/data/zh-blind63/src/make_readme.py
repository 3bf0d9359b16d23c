#!/usr/bin/env python3
"""Write README.md from the page descriptions and the built gold files."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import all_pages  # noqa: E402

HEAD = """# zh-blind63: a blind test set of invented Chinese news pages

40 invented web pages (`xl-01` … `xl-40`) for testing a raw-text article reader: a program that
gets a whole page as a clerk selected and copied it in a browser and must find the headline, the
authors, the publish date and the body paragraphs. Every article, name, number, 文号, phone number,
ICP/公网安备 number and 网站标识码 is made up (the self-media and central-media pages carry the
names of the real platforms they imitate, 今日头条, 百家号, 网易号, 微信, 澎湃新闻, 微博, 新华网, but their
accounts, articles and numbers are invented); the page templates imitate kinds of real Chinese sites of
**湖北, 安徽, 江西 and 重庆** (portals, city news sites, TV/radio sites, self-media platforms, e-papers,
government and institution sites). The set was written without looking at the reader.

The set is weighted to heavy furniture inside and around the article: recommended items and 广告
boxes between paragraphs, `展开全文` and `打开APP阅读全文` cut-offs, hot lists and comment threads
with comments that read like prose, a rolling/live page with timestamped updates, pagination
`上一页 1 2 3 下一页` (page 1 of a speech, page 2 of a feature), a photo gallery with `1/8` counters,
a video page with a transcript, an 编者按, and related/hot lists that repeat the headline's words.

| kind | pages | ids |
|---|---|---|
| government (省/市/区县 portals and departments, 街道/乡镇, 村) | 12 | xl-01 … xl-12 |
| media (central, provincial and city media, portals, TV/radio; xl-23 and xl-24 in English) | 12 | xl-13 … xl-24 |
| self-media (头条号, 百家号, 网易号, 微信公众号, 澎湃号, 微博头条文章) | 6 | xl-25 … xl-30 |
| e-paper (电子版/数字报) | 5 | xl-31 … xl-35 |
| institution (university, hospital, state enterprise, association, procuratorate) | 5 | xl-36 … xl-40 |

## Layout

- `html/<id>.html`: the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no
  scripts, no external resources (images are `<img alt=…>` without `src` or 1×1 data-URI GIFs; every
  link is `href="#"`).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made with
  `../shared/tools/chromium_text.py` (Debian Chromium {chromium}; JavaScript and network off);
  `raw-chromium/_manifest.json` is that tool's log.
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from `raw-chromium/` by
  `src/make_raw.py`: each tab (with the spaces around it) becomes one space, spaces at line edges
  are stripped (leading U+3000 indents kept), every run of blank lines becomes one blank line,
  leading/trailing blank lines are dropped, one final newline. Nothing else changes.
- `gold/<id>.json`: `{{"id", "set": "zh-blind63", "lang", "kind", "title", "authors", "publish_time",
  "body_paragraphs"}}`.
- `src/`: `kit.py` (blocks and page model), `furniture.py` (shared site furniture),
  `pages_gov.py`, `pages_media.py`, `pages_self.py`, `pages_epaper.py`, `pages_inst.py` (one
  description per page: metadata, body blocks, template), `build.py`, `make_raw.py`, `check.py`,
  `make_readme.py`.
- `LICENSE`: CC0 1.0.

## Rebuild

    cd benchmarks/data/zh-blind63
    python3 src/build.py                      # html/ and gold/ from the page descriptions
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py                   # raw/ from raw-chromium/
    python3 src/check.py                      # must print "0 problems"
    python3 src/make_readme.py                # this file

(Here Chromium is `/usr/bin/chromium`; pass `--chromium /usr/bin/chromium` if `chromium` is not on
the PATH.) Each page is described once as a list of blocks (`P` paragraph, `H` sub-heading, `LI`
list, `TBL` table, `G` raw body HTML with its gold given, `X` furniture inside the article, `FIG`
photo + caption); the template renders the blocks with `page.body_html()`, and the same call
collects the gold body, so the gold body is exactly the text of the blocks rendered as body.

`check.py` verifies that the title, every author, the publish_time and every gold paragraph occur
in both `raw-chromium/` and `raw/` modulo white space (all white space removed on both sides), that
the body paragraphs occur in reading order, the ids/kinds/fields, the HTML rules, and that `raw/`
equals `make_raw(raw-chromium/)`; it prints the body length of every page. Current result:
0 problems; one warning (xl-07 has two tables with the same header row, so that row occurs twice
in the gold, as on the page).

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only, as printed: no 引题, 副题, 原标题, column tag
  (xl-14's `乡村振兴观察` tag is printed on its own line and is not part of the title), site or
  section label. A headline printed on two lines (xl-35, `<br>`) is joined with no space.
- **authors**: named writers/reporters incl. 通讯员 and 见习记者, in printed order, spaced names
  without the spaces (`王  静` → `王静`). Never editors (责任编辑/编辑/校对/审核), photographers (摄影/摄像/图/
  `… 摄`), 来源, 供稿单位 or an office/unit printed after `作者：` (xl-03 `作者：政策法规处`, xl-07
  `作者：石塘村` → `[]`; xl-39 `发布者：协会秘书处` → `[]`). A speech: the speaker (xl-08). Self-media:
  the person when one is named (xl-26 `文 | 许曼`, xl-28 `原创 刘欣然`), else the account name
  (xl-25, xl-27, xl-29, xl-30). Official documents and notices with no writer: `[]`. English: the
  `By …` names (xl-23); wire copy with only `Source: Xinhua` (xl-24): `[]`.
- **publish_time**: the date/time as printed in the info bar, without its label or brackets;
  seconds kept; a weekday printed next to the date is kept (e-paper mastheads xl-31, xl-32, xl-34,
  xl-35), the lunar date after it is not (xl-34). Where a page prints several dates the article's
  publish date is chosen: 发布时间/发布日期 over 成文日期/发文日期/生成日期 in the 信息公开 table
  (xl-01, xl-06, xl-09), the first publication over `最后更新` (xl-16).
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row incl.
  the header row, cells joined by one space) in reading order; white space inside a paragraph is
  folded to one space, leading U+3000 indents are dropped. Official documents: the 主送 line, the
  署名 and 成文日期 lines, 附件 notes, 联系人 lines and `（此件公开发布）` are body; the 文号 line is not.
  Bylines inside a paragraph stay there (`本报讯（记者 陈  曦 …）`, `新华社合肥6月5日电（记者 汪  鹏 程  晨）`,
  closing `（区政府办 杨  帆）`, `（本报记者 彭飞）`); byline lines on their own (`文 | 许曼`,
  `（记者 袁帅 通讯员 邱丽）`), 原标题 lines, captions and alt text, editor lines, source lines,
  buttons, ads, recommended boxes, related/hot lists, comments and footers are not body.
- Judgement calls, stated once: an 编者按 (xl-14), a 【摘要】 lead above a live feed (xl-16, like the
  corpus's `划重点`) and a video transcript's 【导语】 and （同期声） lines (xl-15) are body; each live
  update is one paragraph with its `【18:20】` time; in the gallery (xl-18) the text above the photos
  is the body and the `n/8` captions are not; a page cut off by `打开APP阅读全文` (xl-19) has only the
  paragraphs on the page as body; a paginated article (xl-08 page 1, xl-20 page 2) has only the
  paragraphs of the page shown; text hidden by a `展开全文` height limit but present on the page
  (xl-17, xl-26) is body.
"""


def main():
    pages = all_pages()
    man = json.load(open(os.path.join(ROOT, "raw-chromium", "_manifest.json"), encoding="utf-8"))
    chromium = man.get("chromium", "?").replace("Chrome/", "")
    out = [HEAD.format(chromium=chromium)]
    out.append("\n## Features page by page\n\n| id | site (imitated kind; names below city level, accounts and articles invented) | features |\n|---|---|---|")
    for p in pages:
        out.append(f"| {p.id} | {p.site} | {p.features} |")
    out.append("\n## Pages\n\n| id | kind | lang | title | authors | publish_time | paragraphs | body chars |\n|---|---|---|---|---|---|---|---|")
    for p in pages:
        g = json.load(open(os.path.join(ROOT, "gold", p.id + ".json"), encoding="utf-8"))
        chars = sum(len("".join(x.split())) for x in g["body_paragraphs"])
        au = "、".join(g["authors"]) if g["authors"] else "[]"
        out.append(f"| {p.id} | {g['kind']} | {g['lang']} | {g['title']} | {au} | {g['publish_time']} | {len(g['body_paragraphs'])} | {chars} |")
    out.append("\nBody chars: characters of the gold body without white space (300–1200 on every page; the English pages are also within 1200 characters with spaces).\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
