#!/usr/bin/env python3
"""Write README.md from the page descriptions and gold/ (run after build.py)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import all_pages  # noqa: E402

HEAD = """# zh-blind79: a blind test set of Chinese news pages

40 invented web pages in the page templates of real kinds of Chinese sites, with gold
annotations, for testing a raw-text article reader (a program that gets a whole page as a clerk
selected and copied it in a browser and must find the headline, the authors, the publish date
and the body paragraphs). The set was made without looking at the reader, its tests or other
test sets.

This set leans on **sites of 浙江, 上海, 江西 and 内蒙古** (ten pages each) and on **writers**:
bylines in the info bar, in the first paragraph and at the end of the text in the forms real pages
use, several writers with roles mixed with editors, photographers, 摄像 and 审核 lines,
self-media posts that name a person and posts that name only the account (the account printed in
a card above the headline, in a header line with date and province, in a side card, or in a note
under the text), comment sections and "related authors" boxes that print other names, and pages
with no writer at all.

All articles, people, numbers, 文号, phone numbers, ICP/公网安备 numbers and 网站标识码 are made up;
place names and outlet names are used only to imitate the look of the kinds of sites. No real
article was copied. See `LICENSE` (CC0).

## Layout

| path | what |
|---|---|
| `html/<id>.html` | the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts, no external resources (images are `<img alt=…>` without `src` or with a 1×1 data-URI GIF) |
| `raw-chromium/<id>.txt` | Chromium's select-all + copy of the page (`../shared/tools/chromium_text.py`, Debian chromium, JavaScript and network off); `_manifest.json` is that tool's log |
| `raw/<id>.txt` | "a clerk's paste from another browser", derived from raw-chromium by `src/make_raw.py`: each tab (with the spaces around it) becomes one space, spaces at line edges are stripped (leading U+3000 indents kept), runs of blank lines become one blank line, leading/trailing blank lines dropped, one final newline |
| `gold/<id>.json` | `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}` |
| `src/kit.py` | body-block rendering (`render_body`) and gold extraction (`gold_body`) from the same blocks, CSS themes, page wrapper |
| `src/pages/*.py` | one description per page: metadata, gold title/authors/date, body blocks and the page furniture (`gov.py` wb-01…12, `media.py` wb-13…24, `selfmedia.py` wb-25…30, `epaper.py` wb-31…35, `inst.py` wb-36…40) |
| `src/build.py` | writes `html/` and `gold/` |
| `src/make_raw.py` | writes `raw/` from `raw-chromium/` |
| `src/check.py` | checks the set (see below) and prints body lengths |
| `src/make_readme.py` | writes this README |

## Rebuild

    cd benchmarks/data/zh-blind79
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py
    python3 src/make_readme.py

`check.py` verifies that every gold file is well formed, that the title, every author, the
publish_time and every body paragraph occur in both `raw-chromium/` and `raw/` modulo white space
(paragraphs also in order), that `raw/` is exactly `make_raw` of `raw-chromium/`, that the HTML is
self-contained, and that every body has 300–1200 characters; it ends with `problems found: none`.

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only; no 引题, 副题 (`——…`), site or section label. A headline
  printed on two lines (wb-03, wb-10, wb-32) is joined with no space (Chinese). Full-width spaces
  inside a one-line headline are kept as printed.
- **authors**: named writers and reporters incl. 通讯员, 实习生, 见习记者 and 共享联盟 reporters, in
  printed order; never editors (编辑/责编/责任编辑/选稿), reviewers (审核/一审/二审/三审),
  photographers or camera operators (摄影/摄像/图/`…摄`), 来源, 供稿单位 or the outlet. Spaced-out
  names are written without the spaces (`朱　磊` → `朱磊`); Mongolian names keep the middle dot
  (`额尔敦·巴雅尔`). A speech: the speaker (wb-06). Self-media: the person if one is named
  (`文｜…`, `原创 <name> <account>`, `文 / …`), else the account name. Official documents,
  notices, 公示 and 通报 without a writer, wire copy and unsigned news: `[]`. English: the `By …`
  names; wire copy with only a source: `[]`.
- **publish_time**: as printed in the info bar (or the metadata table's 发布/公开日期, or the
  e-paper's date line), without its label; seconds, weekday and `UTC+8` kept where printed.
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row incl.
  the header row, cells joined by one space) in reading order. Official documents: the 主送 line,
  附件 lines, 署名 and 成文日期 are body; the 文号 line is not. Bylines inside a paragraph stay there
  (`本报南昌讯（记者 …）`, `新华社…电（记者…）`, closing `（钟丽萍　刘海涛）`); byline lines on their own,
  captions and alt text, editor lines, source lines, credits blocks, disclaimers, buttons, related
  lists, comments and footers are not body. TV scripts keep their `【导语】`/`【正文】`/`【同期】` markers.

## Kinds

| kind | pages |
|---|---|
| government (区县/市/省 portals and departments, 街道/社区, 乡镇, 嘎查; news, 通知, 公示, 政策解读, 讲话, 通报, 批复, 领导活动) | wb-01 … wb-12 |
| media (city/provincial/central media, portals, TV sites; wb-18 and wb-19 in English) | wb-13 … wb-24 |
| self-media (头条号, 百家号, 搜狐号, 微信公众号, 澎湃号, 微博文章) | wb-25 … wb-30 |
| newspaper e-paper (数字报/电子版) | wb-31 … wb-35 |
| institutions (university, hospital, state enterprise, association, court) | wb-36 … wb-40 |

"""


def main():
    pages = all_pages()
    rows = []
    feats = []
    for p in pages:
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        authors = "、".join(g["authors"]) if g["lang"] == "zh" else ", ".join(g["authors"])
        rows.append(f"| {g['id']} | {g['kind']} | {p['region']} | {g['title']} | {authors or '[]'} | "
                    f"{g['publish_time']} | {len(g['body_paragraphs'])} |")
        feats.append(f"- **{p['id']}** ({p['region']}, {p['site']}): {p['features']}")
    out = HEAD
    out += "## Features covered, page by page\n\n" + "\n".join(feats) + "\n\n"
    out += ("## Pages\n\n| id | kind | region | title | authors | publish_time | paragraphs |\n"
            "|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(out)
    print("README.md written")


if __name__ == "__main__":
    main()
