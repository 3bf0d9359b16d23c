#!/usr/bin/env python3
"""Write README.md (conventions + per-page features + table) from gold/ and src/features.json."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
feat = json.load(open(os.path.join(ROOT, "src", "features.json"), encoding="utf-8"))
ids = sorted(feat)
golds = {i: json.load(open(os.path.join(ROOT, "gold", i + ".json"), encoding="utf-8")) for i in ids}
head = """# zh-blind103: a blind test set of invented Chinese news pages

40 invented pages (`wz-01` … `wz-40`) for testing a raw-text article reader: the whole page as a
clerk selects and copies it in a browser, with the reader asked for headline, authors, publish date
and body paragraphs. The sites are of 广西, 安徽, 陕西 and 吉林 (district/county governments, 乡镇,
a 村务公开 page, departments, city and provincial media, TV/radio sites, e-paper, self-media,
a university, a hospital, a court, an association, a state enterprise). The week is 14–18 April 2025.
Every article, name, number, 文号, phone, ICP/公安备案 number and 网站标识码 is made up; site names of
media, self-media accounts and institutions are invented or generic, templates are my own
imitations of kinds of sites (no real page was copied). Built blind: the reader (newsconv) and other
zh-blind sets were not looked at.

| kind | pages | ids |
|---|---|---|
| government | 12 | wz-01 … wz-12 |
| media (wz-18, wz-19 English) | 12 | wz-13 … wz-24 |
| self-media | 6 | wz-25 … wz-30 |
| e-paper | 5 | wz-31 … wz-35 |
| institution | 5 | wz-36 … wz-40 |

## Layout

- `html/<id>.html` saved page: UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts,
  no external resources (images: `<img alt>` with a 1×1 data-URI GIF or no src).
- `raw-chromium/<id>.txt` Chromium select-all + copy (`../shared/tools/chromium_text.py`, Debian
  chromium), plus its `_manifest.json`.
- `raw/<id>.txt` derived from raw-chromium by `src/make_raw.py` (tab with surrounding spaces → one
  space, line-edge spaces stripped but U+3000 kept, blank-line runs → one, one final newline).
- `gold/<id>.json` `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/` `lib.py` (renderer: one block list gives both the body HTML and the gold paragraphs),
  `pages_gov.py`, `pages_media.py`, `pages_self.py`, `pages_epaper.py`, `pages_inst.py` (one
  description per page), `build.py`, `make_raw.py`, `check.py`, `make_readme.py`, `features.json`.

## Rebuild

    cd zh-blind103
    python3 src/build.py                      # html/ + gold/
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py                   # raw/
    python3 src/check.py                      # every gold string is in raw-chromium/ and raw/ (modulo white space)
    python3 src/make_readme.py

`check.py` reports 0 problems on the shipped files (also checks body length 300–1200 chars and
the HTML rules).

## Gold conventions (after ../shared/corpus/README.md and the brief)

- title: 主标题 only (no 引题/肩题, 副题, 原标题, series kicker, site label). A headline printed on
  two lines (wz-31) is joined without a space.
- authors: writers/reporters incl. 通讯员, printed order; spaced names unspaced (覃  莉 → 覃莉);
  minority name keeps the middle dot (wz-21). Never 责任编辑/编辑/审核/校对/监制/终审, photographers
  (摄, 图/, 摄影), 来源, 供稿/发布单位. A speech: the speaker (wz-08). Self-media: the person if
  named (wz-26 `文 | 赵思远`, wz-27, wz-29), else the account (wz-25, wz-28, wz-30). Official
  documents, notices, 公示, 村务公开, 政策解读 and the association report with no writer: `[]`. English:
  the `By` names; wire copy with only `Source: Xinhua`: `[]` (wz-19). wz-03's info bar says
  `作者：柳林镇` (a unit, not a writer); its writer is the closing `文/图：杨帆`.
- publish_time: as printed in the info bar without label (seconds kept). Special cases: wz-10
  prints the date unlabelled in a tag row above the headline; wz-33 prints only the issue date in the
  e-paper masthead (`2025年04月17日`, weekday on the same line is not included); wz-34 prints
  `2025年4月18日 第2版` under the headline — gold is the date only; wz-02 has 成文日期 2025-04-14
  and 发布日期 2025-04-16 in the 信息公开 table — gold is the 发布日期; wz-08's `（2025年4月15日）` under
  the headline is the delivery date, the info bar's `2025-04-16 14:30` is gold.
- body_paragraphs: prose, sub-headings, list items and table rows (one per row incl. the header row,
  cells joined by one space). Official documents: 主送 line, 署名 and 成文日期 are body, the 文号 line
  is not. 公示/村务公开 contact and 公示时间 lines are body. Bylines inside a paragraph stay
  (本报讯（记者…）, 新华社…电（记者…）, closing （张 晨 刘洋）, （记者 … 报道）). Not body: own-line
  bylines (wz-03, wz-12, wz-20, wz-22, wz-26, wz-32, wz-33, wz-37, wz-38), 原标题 lines, captions and
  alt text, editor lines, 来源 lines, （作者系…）, （此件公开发布）, buttons, related lists, footers.
  Leading U+3000/nbsp indents are not part of gold paragraphs; an inner U+3000 or nbsp (e.g. in a
  spaced name inside a paragraph) is folded to one ASCII space in the gold.

## Notes for a scorer

- Bodies are on the short side of the brief's range (300–470 Chinese characters; the two English
  pages 730–950 characters).
- Hard spots on purpose: glued meta rows (wz-29 WeChat `原创李雯霍邱发布2025年4月17日 18:30安徽`; wz-07
  info bar without separators), info bar above the headline (wz-08, wz-10), 信息公开 table that
  repeats the title (wz-02), 本版标题 lists on e-paper that repeat the headline, related-link titles
  that look like headlines, headline in a hero band with date and byline (wz-40), the account name
  printed in an author card before the headline (wz-28).

## Pages: features
"""
lines = [head]
for i in ids:
    g = golds[i]
    lines.append(f"- **{i}** ({g['kind']}, {feat[i]['site']}): {feat[i]['features']}")
lines.append("\n## Table\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|")
for i in ids:
    g = golds[i]
    lines.append(f"| {i} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '[]'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("README.md written")
