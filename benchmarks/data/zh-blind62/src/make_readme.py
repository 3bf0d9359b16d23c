#!/usr/bin/env python3
"""Write README.md from the fixed text below, the page descriptions (features) and the gold files."""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import all_ids, load  # noqa: E402

HEAD = """# zh-blind62: a blind test set of invented Chinese news and government pages

40 invented web pages in the style of real Chinese sites, for testing a raw-text article reader
(a program that gets the whole page as a clerk selected and copied it in a browser and must find
the headline, the authors, the publish date and the body paragraphs). The set was made without
reading the reader, its tests or any other zh-blind set.

This set leans to **official documents and the sites that carry them**, on sites of 山东, 河北,
北京 and 天津: 通知, 决定, 意见, 批复, 函, 通告, 会议纪要 and 印发/转发 notices whose attached
方案/办法/意见 follows the notice; 主送 lines on one or two lines, 附件 lists, 署名 of one to three
offices, 成文日期, （此件公开发布）, 抄送/分送 and 印发 lines; record tables (索引号/发布机构/成文日期/文号)
as a grid, as label-value pairs on one line, one pair per line and one cell per line; a 政策解读
that names its document; a document shown twice (摘要 and 全文); 文号 above and below the headline;
and news pages (领导活动, 会议) of the same kinds of sites.

Everything is made up: the articles, people, numbers, 文号, phone numbers, ICP/公网安备 numbers and
网站标识码. Site and outlet names imitate the kinds of real sites; some outlets are invented.

| kind | pages | ids |
|---|---|---|
| government (省/市/区县 portals and departments, 街道/乡镇) | 12 | xk-01 … xk-12 |
| media (central, provincial and city media, portals, TV/radio; xk-23 and xk-24 in English) | 12 | xk-13 … xk-24 |
| self-media (微信公众号, 头条号, 百家号, 搜狐号, 澎湃号·政务, 微博 article) | 6 | xk-25 … xk-30 |
| e-paper (数字报 with 引题/主题/副题, 版次 navigation, 本版标题) | 5 | xk-31 … xk-35 |
| institution (university, hospital, state enterprise, association, court) | 5 | xk-36 … xk-40 |

## Layout

- `html/<id>.html`: the saved page; UTF-8 with `<meta charset="utf-8">`, one embedded `<style>`, no
  scripts, no external resources (images are `<img alt=…>` without src or 1×1 data-URI GIFs).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `../shared/tools/chromium_text.py` (Debian Chromium, JavaScript and network off);
  `raw-chromium/_manifest.json` is that tool's log (Chromium version, method per page).
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by
  `src/make_raw.py`: each tab (with spaces around it) becomes one space, spaces at line edges are
  stripped (leading U+3000 indents are kept), runs of blank lines become one blank line, leading and
  trailing blank lines are dropped, one final newline. Nothing else changes.
- `gold/<id>.json`: `{"id", "set", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}`.
- `src/`: `lib.py` (block renderer, page furniture helpers, style sheets), `pages/xk-NN.py` (one page
  description each), `build.py` (html/ and gold/ from the descriptions; the gold body is made from the
  same blocks that are rendered as the article body), `make_raw.py`, `check.py`, `make_readme.py`.
- `LICENSE`: CC0.

## Rebuilding

    cd benchmarks/data/zh-blind62
    python3 src/build.py                      # html/ and gold/
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py                   # raw/ from raw-chromium/
    python3 src/check.py                      # every gold field in raw-chromium/ and raw/, body lengths
    python3 src/make_readme.py                # this file

`check.py` verifies that the title, every author, the publish_time and every gold paragraph occur in
both raw-chromium/ and raw/ modulo white space (paragraphs also in reading order), that bodies are
300–1200 characters, and that the HTML follows the rules above. It reports no problems for this set.

## Gold conventions

The conventions of `../shared/corpus/README.md`, plus:

- **title**: the main headline (主标题) only, without 引题, 副题, 原标题, site or section label. A headline
  printed on two lines is joined without a space (Chinese) or with one space (English). For documents it
  is the document title as printed in the headline, not the 文号.
- **authors**: named writers/reporters including 通讯员, in printed order, without the spaces of
  spaced-out names. Never editors (责任编辑, 编辑, 责编, 流程编辑), reviewers (审核), photographers
  (摄影, 图/, 摄像, … 摄), 签发人, contact persons, 来源/供稿 units or outlets. A speech: the speaker.
  Self-media: the person if one is named (meta author, `作者 |`, a 记者 in the closing 来源 line), else the
  account name. Official documents, notices, minutes and 解读 with no named writer, and English wire
  copy with only a source: `[]`.
- **publish_time**: the date/time as printed in the page's info bar, without its label or brackets
  (seconds and weekday kept when printed next to it). It is the 发布时间/发布日期 of the web page, not the
  成文日期 of the document, the meeting or speech date, or the dates in record tables and related lists.
  E-paper: the issue date as printed with the article (or in the top bar when that is the only date).
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row including
  the header row, cells joined by one space), in reading order; leading indents removed, other text
  as printed (internal U+3000 kept). Bylines inside a paragraph stay there.
- **official documents**, following the parts of a 公文 (GB/T 9704):
  - body (主体): the 主送 line (one paragraph even when printed on two lines), the text, the 附件说明
    lines (`附件：1.…` and following lines, one paragraph each), the 署名 (one paragraph per office
    line; offices printed side by side on one line are one paragraph joined by one space), the
    成文日期, and the 附注 such as （此件公开发布）/（此件主动公开） or a （联系人：…） line;
  - body too: an attached 方案/办法/意见/名单 that follows the notice, with its title, a bare `附件`
    label line, and in a 转发 notice the line of issuing departments under the attachment's title;
    in 会议纪要 the 出席/列席/请假 lines;
  - not body: the 文号 line (above or below the headline), 签发人 and 份号/类别 lines, the 版头 of a
    纪要 (期号, 印发机关 and date), and the 版记 (抄送, 分送 and 印发 lines) at the end;
  - not body: record tables (索引号, 发布机构, 成文日期, 文号, 主题分类, 标题 …), 内容摘要 boxes of a
    document shown twice (only the full text is body; its `全文` label is not), 附件下载 links,
    解读机构 and 相关文件 lines of a 政策解读.
- **speeches**: the salutation (各位委员，同志们：) is body; the 副题 `——在…上的讲话`, the speaker line
  and the （date） line are not.
- never body: byline/credit lines on their own, 原标题 lines, photo captions and alt text, editor and
  reviewer lines, 来源 lines, video/audio player text, share buttons, pull quotes, related lists,
  legal-explanation boxes (以案释法), platform disclaimers and footers.
"""


def main() -> int:
    rows, feats = [], []
    for pid in all_ids():
        page = load(pid)
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        n = sum(len(p) for p in g["body_paragraphs"])
        authors = "、".join(g["authors"]) if g["authors"] else "[]"
        title = g["title"].replace("|", "\\|")
        rows.append(f"| {pid} | {g['kind']} | {title} | {authors} | {g['publish_time']} | "
                    f"{len(g['body_paragraphs'])} | {n} |")
        feats.append(f"- **{pid}** ({g['kind']}): {page['features']}")
    text = (HEAD + "\n## Features page by page\n\n" + "\n".join(feats) +
            "\n\n## Pages\n\n| id | kind | title | authors | publish_time | paragraphs | body chars |\n"
            "|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"README.md written ({len(rows)} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
