"""Writes README.md of zh-blind80 (called by build.py)."""
import os

HEAD = """# zh-blind80: a blind test set of Chinese news pages

40 invented pages (`wc-01` … `wc-40`) imitating the page templates of the kinds of sites a district
press office in 湖北, 湖南, 安徽 and 江西 receives in an ordinary week: city/county/district
governments and their departments, a 街道, a 村; central-to-county media (incl. 融媒体中心 and TV
sites, 2 English pages); self-media; newspaper e-papers; institutions. Every article, name, number,
文号, phone number and ICP number is made up; no real article was copied. Each page has its own
invented template (own class names, own order of breadcrumb / headline / info bar, own footer).

## Layout

| path | what |
|---|---|
| `html/<id>.html` | the saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts, no external resources |
| `raw-chromium/<id>.txt` | Chromium select-all + copy (`../shared/tools/chromium_text.py`) |
| `raw/<id>.txt` | "another browser's paste", derived from raw-chromium by `src/make_raw.py` |
| `gold/<id>.json` | `{id, set, lang, kind, title, authors, publish_time, body_paragraphs}` |
| `src/` | `build.py` (renderer), `pages_*.py` (one description per page), `readme.py`, `make_raw.py`, `check.py` |

## Rebuild

    cd zh-blind80
    python3 src/build.py                      # html/, gold/, README.md
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py                   # raw/
    python3 src/check.py                      # must end with "problems found: none"

The gold body comes from the same blocks of the page description that are rendered as the
article body (`p`, `h`, `li`, `t`, `c`, `r` blocks are body; `img`, `x`, `raw` blocks are not).

## Gold conventions

As `../shared/corpus/README.md`, and: **title** is the 主标题 only (no 引题, 副题, 原标题 or site
label; a headline on two lines is joined without a space). **authors** are the named
writers/reporters incl. 通讯员 in printed order, without the spaces of spaced-out names, keeping
the middle dot of minority names; never editors, reviewers, photographers, 来源, 供稿单位 or the
outlet; a speech's author is the speaker; self-media without a named person: the account name;
official documents and notices with no writer: `[]`; English wire copy with only a source: `[]`.
**publish_time** is the date as printed in the info bar without label or brackets (seconds and
weekday kept when printed next to it; where a page prints both 成文日期 and 发布日期, the 发布日期).
**body_paragraphs**: prose, sub-headings, list lines, table rows (one per row incl. the header
row, cells joined by one space) in reading order; in official documents the 主送 line, 署名 and
成文日期 are body, the 文号 line is not. Byline lines on their own, 原标题 lines, captions, alt
text, editor/source lines, buttons, related lists and footers are not body; a byline inside a
paragraph stays in it. `kind` is one of government, media, self-media, e-paper, institution.

## Features page by page

"""


def write(pages, root):
    out = [HEAD]
    for pg in pages:
        out.append(f"- **{pg['id']}** ({pg['kind']}, {pg.get('site_name', '')}): {pg.get('feat', '')}\n")
    out.append("\n## All pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    from build import body_gold
    for pg in pages:
        t = pg["title"].replace("|", "｜")
        out.append(f"| {pg['id']} | {pg['kind']} | {t} | {', '.join(pg['authors']) or '—'} | {pg['time']} | {len(body_gold(pg['body']))} |\n")
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
