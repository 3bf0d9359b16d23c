#!/usr/bin/env python3
"""Write README.md: fixed text + per-page features + a table of all pages, from src/pages and gold/."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import modules  # noqa: E402

HEAD = """# zh-blind85: a blind test set of invented Chinese news pages

40 invented web pages imitating the page templates of kinds of real Chinese sites, made as a blind test
set for a raw-text article reader (a program that gets a whole page as a clerk selected and copied it
in a browser and must find the headline, the authors, the publish date and the body paragraphs). The
set was made without looking at the reader, its tests or any other zh-blind set.

Sites are from 山东, 安徽, 海南 and 宁夏: district and county governments, a town, a village column,
departments, a central portal, provincial and city papers, a TV and a radio site, app share pages,
county 融媒体, self-media platforms, e-papers, a university, a hospital, a state enterprise, a court
and a trade association, in site designs from 2008-style table layouts to 2025 responsive pages and
app share pages. Every site template was written for this set; no two pages share a template. Most
pages are dated in one ordinary week (17–23 November 2025). All articles, people, organisations below
province/city level, numbers, 文号, phone numbers, ICP/公网安备 numbers and 网站标识码 are made up.

| kind | pages | ids |
|---|---|---|
| government (区县/乡镇/村 sites, departments: news, 通知, 公告, 公示, 通报, 批复, 意见, 政策解读, 领导活动, 讲话) | 12 | wh-01 … wh-12 |
| media (central/provincial/city media, portals, TV/radio; wh-18 and wh-19 in English) | 12 | wh-13 … wh-24 |
| self-media (头条号, 百家号, 网易号, 微信公众号, 澎湃号, 微博 article) | 6 | wh-25 … wh-30 |
| e-paper (电子版/数字报 with 引题/主题/副题 stacks, 版次 navigation, 本版标题 lists) | 5 | wh-31 … wh-35 |
| institution (university, hospital, state enterprise, court, association) | 5 | wh-36 … wh-40 |

## Layout

- `html/<id>.html`: the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts, no
  external resources (images are `<img alt=…>` without src or 1×1 data-URI GIFs).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium` (Debian chromium;
  `_manifest.json` is that tool's log).
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by `src/make_raw.py`:
  each tab (with the spaces around it) becomes one space, spaces at line edges are stripped (leading
  U+3000 indents kept), every run of blank lines becomes one blank line, leading/trailing blank lines
  dropped, one final newline. Nothing else changes.
- `gold/<id>.json`: `{"id", "set": "zh-blind85", "lang", "kind", "title", "authors", "publish_time",
  "body_paragraphs"}`.
- `src/`: `lib.py` (block types, body renderer, gold extraction), `pages/whNN.py` (one page description
  each: metadata, the article as blocks, and the page's own template), `build.py` (writes html/ and gold/;
  the gold body is taken from the same blocks that are rendered as body), `make_raw.py`, `check.py`,
  `make_readme.py` (this file's feature list and table), `rebuild.sh`.

## Rebuild

    sh src/rebuild.sh          # = the five steps below
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/make_readme.py
    python3 src/check.py

`check.py` verifies that the title, every author, the publish_time and every gold paragraph (in gold
order) occur in both `raw-chromium/` and `raw/` modulo white space, that `raw/` is exactly
`make_raw.py(raw-chromium/)`, and that ids and kinds match the plan; it prints body lengths. It passes.

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only: never the 引题, 副题 (lines starting with —— under the
  headline), 原标题, site name, column label or chips such as 专访/文字解读 printed in the same line. A
  headline printed on two lines is joined without a space (Chinese) or with one space (English). A
  headline that itself contains a —— part on the same line (wh-39) keeps it.
- **authors**: named writers/reporters including 通讯员, in printed order; spaced-out names without
  the spaces; minority names keep the middle dot (wh-36). Never editors (责任编辑/编辑/责编), reviewers
  (审核/审校/校对/监制), photographers and cameramen (图/摄影/摄像/…摄), 发布人, 来源, 供稿 units or
  the outlet. A speech: the speaker (wh-06). Self-media: the person if one is named (文 | …, 作者 | …,
  原创 name), else the account name (wh-25, wh-30). Official documents and notices with no writer:
  `[]`. English: the `By …` names; wire copy with only a source: `[]` (wh-19).
- **publish_time**: the date/time as printed in the info bar (or, for e-papers, the issue date printed
  in the masthead), without its label or brackets; seconds and a weekday printed next to it are kept
  (wh-34); an IP-region suffix (·山东) is not part of it. A speech date or a 成文日期 is not the
  publish time.
- **body_paragraphs**: prose, sub-headings, list items (one paragraph each; list markers that Chromium
  does not copy are not in the gold, decorative bullets such as ◆ are left out) and table rows (one
  paragraph per row including the header row, cells joined by one space), in reading order. Official
  documents: the 主送 line, the 附件说明 line inside the document (wh-02), contact lines, 署名, 成文日期 and
  the 附注 （此件公开发布） are body; the 文号 line is not. A byline inside a paragraph stays there
  (`新华社…电（记者…）`, `本报讯（记者…）`, a closing `（杨  静　马文俊）`). Not body: byline lines on their
  own, 原标题 lines, photo captions and alt text, editor/reviewer lines, source lines, 解读机构/原文链接
  lines, pull quotes, 作者系… notes, hashtags, platform disclaimers, buttons, attachments offered as
  downloads, related lists and footers. Interview questions labelled 记者： are body (wh-24).

## Features page by page

"""


def main():
    pages = [m.PAGE for m in modules()]
    heads = {}
    for fn in sorted(os.listdir(os.path.join(HERE, "pages"))):
        if fn.startswith("wh") and fn.endswith(".py"):
            with open(os.path.join(HERE, "pages", fn), encoding="utf-8") as f:
                heads["wh-" + fn[2:4]] = f.readline().lstrip("# ").strip()
    out = [HEAD]
    for p in pages:
        out.append(f"- **{p['id']}** {heads.get(p['id'], '')}. {p['features']}\n")
    out.append("\n## All pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    for p in pages:
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        authors = "; ".join(g["authors"]) if g["authors"] else "[]"
        title = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']} | {title} | {authors} | {g['publish_time']} | {len(g['body_paragraphs'])} |\n")
    out.append("\n## License\n\nCC0 1.0; see `LICENSE`. The pages are invented for this test set.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
