#!/usr/bin/env python3
"""Write README.md: a fixed introduction plus the per-page features and the page table,
both generated from src/pages/ and gold/."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import load_pages  # noqa: E402

INTRO = """# zh-blind77: a blind test set of invented Chinese news pages

Forty invented web pages (`xz-01` … `xz-40`) for testing a raw-text article reader: a program that
gets a whole web page as a clerk selected and copied it in a browser (site banner, navigation,
breadcrumb, headline, info bar, body, share buttons, related lists, footer) and must find the
headline, the authors, the publish date and the body paragraphs. The pages imitate the templates
of kinds of real Chinese sites of 陕西, 甘肃, 贵州 and 湖南: county, city and provincial government
portals and their departments, 街道/乡镇 and village columns, provincial and city media portals, TV
and radio sites, central-media regional channels, two English pages of Chinese outlets, self-media
platforms, newspaper e-papers, a university, a hospital, a state enterprise, an association and a
court. All articles, people, numbers, 文号, phone numbers, ICP and 公网安备 numbers are made up;
no real article was copied. The set was made without reading the reader's code.

The set is weighted towards headlines as real sites print them: 引题/主题/副题 stacks in several
combinations and lengths, headlines broken over two lines by a narrow column, headlines repeated in
`<title>`, share text and title lists in slightly different forms (site name after it, 【栏目】
before it, punctuation changed), headlines opening with a place and a colon, with quotation marks,
numbers and English letters, and short headlines of six to ten characters.

| kind | pages | ids |
|---|---|---|
| government (portals, departments, 街道/乡镇, 村; news, 通知/公示/通报/批复, 政策解读, 讲话, 常务会议) | 12 | xz-01 … xz-12 |
| media (provincial/city portals, TV/radio sites, central-media channels; xz-17, xz-18 English) | 12 | xz-13 … xz-24 |
| self-media (头条号, 百家号, 网易号, 微信公众号, 澎湃号, 微博文章) | 6 | xz-25 … xz-30 |
| newspaper e-paper (数字报/电子版) | 5 | xz-31 … xz-35 |
| institutions (university, hospital, state enterprise, association, court) | 5 | xz-36 … xz-40 |

## Layout

- `html/<id>.html`: the saved page, UTF-8 with `<meta charset="utf-8">`, one embedded `<style>`,
  no scripts, no external resources (images are `<img alt=…>` without `src` or with a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: the page as Chromium's select-all + copy gives it, made by
  `../shared/tools/chromium_text.py` (Debian chromium, JavaScript and network off);
  `_manifest.json` is that tool's log.
- `raw/<id>.txt`: "a clerk's paste from another browser", made from raw-chromium by `src/make_raw.py`:
  each tab (with the spaces around it) becomes one space, spaces at line edges are stripped
  (leading U+3000 indents kept), every run of blank lines becomes one blank line, leading and
  trailing blank lines are dropped, one final newline. Nothing else changes.
- `gold/<id>.json`: `{"id", "set": "zh-blind77", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}`.
- `src/`: the generator. `src/pages/xz_NN.py` is one page description each (furniture as HTML
  strings, the headline as a `Headline` object, the article as a `Body` of blocks, plus the
  author and date judgements); `kit.py` renders the blocks and derives the gold title and body from
  the very blocks that are rendered; `styles.py` holds the style sheets of the site generations;
  `build.py` writes html/ and gold/; `make_raw.py` writes raw/; `check.py` checks everything;
  `make_readme.py` writes this file.

## Rebuild

    cd benchmarks/data/zh-blind77
    python3 src/build.py                                   # html/ and gold/
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py                                # raw/ from raw-chromium/
    python3 src/check.py                                   # must end with "problems found: none"
    python3 src/make_readme.py                             # this README

`check.py` verifies that every gold file is well formed, that the title, every author, the
publish_time and every gold paragraph (in order) occur in both raw-chromium/ and raw/ modulo white
space, that raw/ is exactly `make_raw.py` of raw-chromium/, that the HTML keeps the rules above, and
that every body is 300–1200 characters (Chinese; English pages 150–900 words); it prints the body
length of every page.

## Gold conventions

Following `../shared/corpus/README.md`, and:

- **title**: the main headline (主标题) only: no 引题, 副题, 原标题, site or section label, no
  【栏目】 prefix. A headline printed on two lines is joined with no space (Chinese) or one space
  (English). A space printed inside a one-line Chinese headline is kept.
- **authors**: named writers and reporters including 通讯员 and 实习生, in printed order; never
  editors (责任编辑/编辑/责编/审核), photographers (摄影, 图/, …摄), 主播, 剪辑, 来源, 供稿单位 or the
  outlet, and never an organisation printed in an 作者 field (xz-07: 作者：市统计局 → `[]`).
  Spaced-out names are written without the spaces (`赵  蕾` → `赵蕾`, `周　鹏`); a department before
  a name is dropped (`心内科 彭丽` → `彭丽`); minority names keep the middle dot (`热依拉·艾山`).
  A speech: the speaker. Self-media: the person if one is named (文丨…, the WeChat writer field,
  作者 | …), else the account name. Official documents and notices with no writer: `[]`. English:
  the `By …` names; wire copy with only a source: `[]`.
- **publish_time**: the date/time as printed in the article's info bar, without its label or
  brackets (`发布日期：[2024-09-20]` → `2024-09-20`), seconds and weekday kept when printed next to it.
  E-papers whose only date is the paper's date line use that line (`2024年05月17日 星期五`); xz-35
  has its own article info row and uses it. The 成文日期 of a document and dates in the page's top
  bar are not the publish time.
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row including
  the header row, non-empty cells joined by one space; a table title line and a note the document prints under
  its table are paragraphs) in reading order. Official documents: the 主送 line, 署名, 成文日期 and `（此件公开发布）` are body; the 文号 line is
  not. Bylines inside a paragraph stay there (`本网讯（记者 …）…`, `新华社贵阳3月5日电（记者 …）…`,
  a closing `（通讯员 …）`). Byline lines on their own, 讲话人 and 讲话日期 lines under a speech title,
  原标题 lines, photo captions and alt text, editor/source/credit lines, platform statements, buttons, related lists and footers are not body. Leading
  U+3000 indents are not part of a paragraph.
"""


def main():
    pages = load_pages()
    golds = {}
    for p in pages:
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8") as f:
            golds[p["id"]] = json.load(f)
    out = [INTRO, "## Features page by page\n"]
    for p in pages:
        feats = re.sub(r"(<[a-z0-9]+>)", r"`\1`", p["features"])
        out.append(f"- **{p['id']}** ({p['region']}, {p['site']}): {feats}")
    out.append("\n## Pages\n")
    out.append("| id | kind | title | authors | publish_time | paragraphs |")
    out.append("|---|---|---|---|---|---|")
    for p in pages:
        g = golds[p["id"]]
        authors = "、".join(g["authors"]) if g["authors"] else "[]"
        title = g["title"].replace("|", "\\|")
        out.append(f"| {g['id']} | {g['kind']}{' (en)' if g['lang'] == 'en' else ''} | {title} | "
                   f"{authors} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
    man = os.path.join(ROOT, "raw-chromium", "_manifest.json")
    if os.path.exists(man):
        with open(man, encoding="utf-8") as f:
            ver = json.load(f).get("chromium")
        if ver:
            out.append(f"\nraw-chromium/ was made with {ver} (as reported by the browser) on Debian's `chromium` package.")
    out.append("\n## License\n\nThe pages, texts and gold files are invented for this test set and dedicated to the "
               "public domain under CC0 1.0; see `LICENSE`.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print("wrote README.md")


if __name__ == "__main__":
    main()
