#!/usr/bin/env python3
"""Write README.md from the page descriptions and gold files."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import specs
from lib import ROOT

HEAD = """# zh-blind105: a blind test set of invented Chinese news pages

40 invented web pages (`vb-01` … `vb-40`) imitating the page templates of kinds of real Chinese
sites from 河北, 广东, 四川 and 黑龙江, for testing a raw-text article reader (headline, authors,
publish date, body paragraphs). Every article, name, number, 文号, phone number, ICP/公网安备 number
and site name is made up; no real article was copied. Each page uses its own template (own markup,
class names and CSS); site generations run from 2010s table layouts to 2025 responsive pages and
app share pages.

| kind | pages | ids |
|---|---|---|
| government (县/区/市政府门户, 部门, 街道, 乡镇, 村) | 12 | vb-01 … vb-12 |
| media (省/市媒体、门户、电视/广播站；vb-17, vb-18 English) | 12 | vb-13 … vb-24 |
| self-media (头条号, 百家号, 微信公众号, 网易号, 澎湃号, 微博头条文章) | 6 | vb-25 … vb-30 |
| epaper (数字报/电子版) | 5 | vb-31 … vb-35 |
| institution (高校, 医院, 法院, 国企, 行业协会) | 5 | vb-36 … vb-40 |

## Layout

- `html/<id>.html`: the page, UTF-8, `<meta charset="utf-8">`, one embedded `<style>`, no scripts, no
  external resources (images are `<img alt=…>` with a 1×1 data-URI GIF).
- `raw-chromium/<id>.txt`: Chromium select-all + copy of the page, made by
  `python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium` (Debian chromium;
  `_manifest.json` records the version).
- `raw/<id>.txt`: "a clerk's paste from another browser", derived from raw-chromium by `src/make_raw.py`
  (tab with surrounding spaces → one space; spaces at line edges stripped, U+3000 indents kept; runs of
  blank lines → one; no leading/trailing blank lines; one final newline).
- `gold/<id>.json`: `{"id","set":"zh-blind105","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `lib.py` (block renderer and gold writer), `pages_gov.py`, `pages_media.py`, `pages_self.py`,
  `pages_epaper.py`, `pages_inst.py` (one description per page: metadata, body blocks, page shell),
  `build.py`, `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    python3 src/build.py                       # html/ and gold/
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py                    # raw/
    python3 src/check.py                       # every gold string in raw-chromium/ and raw/; body lengths
    python3 src/make_readme.py                 # this README

The gold body is produced from the same blocks that are rendered as body in the HTML, so the two
cannot drift apart. `check.py` reports 0 problems for all 40 pages.

## Gold conventions

Follows `../shared/corpus/README.md`, plus:

- **title**: the main headline (主标题) only; no 引题, 副题, 原标题, site or section label. A headline
  broken over lines with `<br>` (vb-22, vb-32) is joined with no space.
- **authors**: named writers/reporters incl. 通讯员, in printed order; never editors, 审核, photographers
  (摄影, 图/, `X 摄`), 来源, 供稿 units, 发布者 or the outlet. Spaced names lose their spaces (`马　玲` → `马玲`).
  A speech: the speaker (vb-06). Self-media: the person when named (vb-26, vb-27), else the account
  name (vb-25, vb-28, vb-29, vb-30). Documents and notices with no writer: `[]`; an `作者：` field that
  holds a department or office (vb-05 “东王庄镇乡村振兴办”, vb-10 “危化科”) or an unlabeled office
  (vb-40 “协会秘书处”) is not a person and gives `[]`. English: the `By …` names; wire copy with
  only a source: `[]` (vb-18).
- **publish_time**: as printed in the info bar (or, on e-paper pages, the issue date line), without label
  or brackets; seconds and weekday kept when printed next to it (vb-23, vb-31). Where a page prints two
  dates (成文日期 vs 发布日期, vb-09; 成文 3-05 vs 发布 3-06, vb-08) the publication date is used.
- **body_paragraphs**: prose, sub-headings, list lines, table rows (one paragraph per row incl. the header
  row, cells joined by one space), in reading order. Official documents: 主送 line, 署名 and 成文日期 are
  body; the 文号 line is not. Bylines inside a paragraph stay (`本报讯（记者 …）`, `新华社…电（…）`,
  closing `（记者 贾梦瑶）`); byline lines on their own, 原标题 lines, captions, alt text, editor/审核
  lines, source/供稿 lines, hashtags (vb-30), buttons, related lists and footers are not body. U+3000
  indents are removed from gold paragraphs.

## Things a scorer should know

- Judgement calls: vb-03's closing “如对《办法》有疑问…联系电话” sentence is body; vb-09's “（此件主动公开）”
  is body (it is part of the printed document); vb-11's “附件：…” line inside the notice is body while the
  download link is not; vb-22's interview turns (“记者：…”, “贺明远：…”) are body, and its
  “（本文根据…节目整理）” note is not.
- vb-17/vb-18 are English (`lang: "en"`); body length there is counted in characters of English text.
- Titles that contain a place prefix with a colon (vb-07, vb-13, vb-20, vb-33) keep it: it is part of the headline.
- In vb-24, vb-31, vb-35 the 引题 and (vb-24, vb-31) 副题 are printed around the headline; only the 主题 is gold.
- vb-19's page shows an “原标题：…” line; the gold title is the page's own headline.

## Pages: features

"""


def main():
    out = [HEAD]
    rows = []
    for s in specs():
        g = json.load(open(os.path.join(ROOT, "gold", s["id"] + ".json"), encoding="utf-8"))
        out.append(f"- **{s['id']}** ({s['kind']}) {s['site']}: {s['features']}\n")
        rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
    out.append("\n## Table of pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    out.append("\n".join(rows) + "\n")
    out.append("\n## License\n\nCC0 1.0: the pages are invented for this test set; see `LICENSE`.\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))
    print("README.md written")


if __name__ == "__main__":
    main()
