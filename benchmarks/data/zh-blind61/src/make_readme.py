#!/usr/bin/env python3
"""Write README.md from the text below plus the page descriptions and gold/."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from build import all_modules  # noqa: E402

HEAD = """# zh-blind61: a blind test set of invented Chinese news pages

40 invented web pages (`xj-01` … `xj-40`) in the page templates of Chinese government portals,
news media, self-media platforms, newspaper e-papers and institutions, with gold annotations for a
raw-text article reader: the page as a clerk selected and copied it in a browser (banner, navigation,
breadcrumb, headline, info bar, body, share buttons, related lists, comments, footer), from which
the reader must find the headline, the authors, the publish date and the body paragraphs.

The sites are set in 辽宁, 吉林, 黑龙江 and 内蒙古 (province departments, 地级市/盟, 区/县/旗,
街道/苏木, 社区/嘎查, and media, institutions and accounts of those regions). Every article, person,
number, 文号, phone number, address, e-mail address and ICP/公安备案 number is made up; no real article
was copied. Names of real places and of real kinds of outlets are used only to give the templates
their setting (see LICENSE).

The set is weighted to bodies that are hard to cut: articles followed by comments that read like
prose, a related story's first paragraph printed under the article, 编者按 and 延伸阅读 boxes, Q&A
interviews (问/答 and 记者/某某), long notices with numbered parts and 附件 lists, a body split over two
pages (`1 2 下一页`), paragraphs separated only by line breaks, inline photo captions between
paragraphs, 温馨提示 lists, and footers that open with a sentence (`如有疑问，请拨打…`).

## Layout

| path | what |
|---|---|
| `html/<id>.html` | the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts, no external resources (images are `<img alt>` without src or 1×1 data-URI GIFs) |
| `raw-chromium/<id>.txt` | Chromium's select-all + copy of the page, made by `../shared/tools/chromium_text.py` (Debian chromium, JavaScript and network off); `_manifest.json` records the Chromium build |
| `raw/<id>.txt` | "a clerk's paste from another browser", derived from raw-chromium by `src/make_raw.py`: each tab (with the spaces around it) becomes one space, spaces at line edges are stripped (leading U+3000 indents kept), every run of blank lines becomes one blank line, leading and trailing blank lines dropped, one final newline; nothing else changes |
| `gold/<id>.json` | `{"id", "set": "zh-blind61", "lang", "kind", "title", "authors", "publish_time", "body_paragraphs"}` |
| `src/pages/xj_NN.py` | one page description each: metadata, CSS, the page markup with `{{BODY}}` slots, and the body blocks |
| `src/lib.py` | the block types (`P` paragraph, `H` sub-heading, `L` list, `T` table, `G` gold text with hand-written markup; `IMG`, `CAP`, `RAW` and `P(..., gold=False)` for non-body markup inside the article) and their renderings |
| `src/build.py` | renders `html/` and writes `gold/` from the page descriptions; the gold body is made from the very blocks that are rendered as the body |
| `src/make_raw.py` | raw-chromium → raw |
| `src/check.py` | checks that the title, every author, the publish_time and every gold paragraph (in order) occur in both raw-chromium/ and raw/ modulo white space, and prints the body lengths |
| `src/make_readme.py` | writes this README from the page descriptions and gold |

kinds: `government` (xj-01 … xj-12), `media` (xj-13 … xj-24; xj-18 and xj-19 are English pages of
Chinese outlets, `lang: "en"`), `self-media` (xj-25 … xj-30), `e-paper` (xj-31 … xj-35),
`institution` (xj-36 … xj-40).

## Rebuild

    cd benchmarks/data/zh-blind61
    python3 src/build.py                                    # html/ and gold/
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py                                 # raw/
    python3 src/check.py                                    # must end with "0 problems"
    python3 src/make_readme.py                              # this file

(`src/rebuild.sh` runs all five.) The Chromium copies depend on the Chromium build; the one used
is named in `raw-chromium/_manifest.json`.

## Gold conventions

They follow `../shared/corpus/README.md`; in particular:

- **title**: the main headline (主标题) only, without 引题, 副题, 原标题, site or section label. A headline
  printed on two lines is joined without a space (xj-33, xj-35). A place prefix that is part of the
  headline itself (`吉林梨树：…`, `黑龙江抚远：…`, `鄂尔多斯：…`) stays.
- **authors**: the named writers and reporters, 通讯员, 见习记者 and 实习生 included, in printed order;
  spaced-out names without the spaces (`王  静` → `王静`), the middle dot of minority names kept
  (`其其格·巴雅尔`). Never editors (责任编辑/编辑/责编), reviewers (审核/校对/监制), photographers (摄影,
  `… 摄`), 来源, 供稿 units, the outlet, or a CMS account (`作者：admin`, xj-11). A speech: the speaker
  (xj-07). Self-media: the person when one is named (`文/王  蕾`, `作者 | 赵一鸣`, `通讯员：刘  芳`),
  else the account name (xj-26, xj-28, xj-30). Official documents and notices with no writer, and
  `本报评论员` with no name (xj-33): `[]`. English: the `By …` names; wire copy with only
  `Source: Xinhua` (xj-19): `[]`.
- **publish_time**: the date/time as printed in the info bar, without its label or brackets, seconds
  kept; for e-papers the issue date in the paper's header, with the weekday when printed next to it
  (xj-31, xj-34). Self-media dates lose the IP province glued to them (`2024-05-21 07:45·黑龙江` →
  `2024-05-21 07:45`).
- **body_paragraphs**: prose, sub-headings, list items and table rows (one paragraph per row,
  header row included, non-empty cells joined by one space) in reading order.
  - Official documents: the 主送 line, the 附件 lines of the document (`附件：1.…`, `2.…`, one paragraph
    each), 署名 and 成文日期 are body; the 文号 line, the 政府信息公开 metadata table, `附件下载` links
    and `相关文件`/`相关解读` lists are not.
  - A byline inside a paragraph stays there (`新华社长春3月8日电（记者 张楠、李国栋）…`,
    `…氛围。（通讯员 刘  洋）`); byline lines of their own, 原标题 lines, speaker and date lines under a
    speech title, photo captions (also when they stand as lines between `<br>`-separated paragraphs,
    xj-38) and alt text, editor lines, source lines, buttons, pagers, related lists and footers are not.
  - An 编者按 printed at the head of the article is body, with its label (xj-14); so is an
    introductory lead set off in another typeface (xj-17, xj-29).
  - 延伸阅读 and 相关新闻 boxes are not body, even when they print another story's first paragraph
    (xj-13, xj-20, xj-22).
  - Comments (评论, 留言, 网友评论, 热门评论) are not body, however much they read like prose.
  - Q&A: every question and every answer is its own paragraph, with its label (`问一：…`, `答：…`,
    `记者：…`, `巴特尔：…`).
  - 温馨提示: the items are body; a `温馨提示：` label standing alone is a paragraph of its own (xj-35,
    xj-37), one ending a sentence stays in it (xj-06, xj-21).
  - A body split over pages: only the part on the saved page (xj-15, page 1 of 2).
"""


def main():
    mods = all_modules()
    lines = [HEAD, "## Features page by page\n"]
    for m in mods:
        p = m.PAGE
        lines.append(f"- **{p['id']}** ({p['kind']}{', English' if p.get('lang') == 'en' else ''}): {p['features']}")
    lines.append("\n## Pages\n")
    lines.append("| id | kind | title | authors | publish_time | paragraphs |")
    lines.append("|---|---|---|---|---|---|")
    for m in mods:
        pid = m.PAGE["id"]
        with open(os.path.join(ROOT, "gold", pid + ".json"), encoding="utf-8") as f:
            g = json.load(f)
        authors = "、".join(g["authors"]) if g["authors"] else "[]"
        title = g["title"].replace("|", "\\|")
        lines.append(f"| {pid} | {g['kind']} | {title} | {authors} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
    text = "\n".join(lines) + "\n"
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("README.md written")


if __name__ == "__main__":
    main()
