# -*- coding: utf-8 -*-
"""Write README.md and LICENSE from pages.py and gold/."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pages import P
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def ids(f): return ", ".join(p["id"] for p in P if f(p))
rows = []
for p in P:
    g = json.load(open(os.path.join(ROOT, "gold", p["id"] + ".json"), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
feat = [
 ("2010s table layouts", ids(lambda p: p["tpl"] in ("gov_table", "gov_village", "epaper_table"))),
 ("2010s div portals", ids(lambda p: p["tpl"] in ("gov_div", "media_portal", "gov_speech"))),
 ("responsive flex pages", ids(lambda p: p["tpl"] in ("gov_resp", "media_resp", "media_news"))),
 ("app share pages / self-media", ids(lambda p: p["kind"] == "self-media")),
 ("e-paper frames, 版次 navigation, 本版标题, 引题/主题/副题", ids(lambda p: p["kind"] == "e-paper")),
 ("信息公开 index tables", ids(lambda p: p["tpl"] == "gov_xxgk")),
 ("official documents (主送, 署名, 成文日期; 文号 not body)", ids(lambda p: p["tpl"] in ("gov_doc", "gov_xxgk"))),
 ("speech (speaker = author)", ids(lambda p: p["tpl"] == "gov_speech")),
 ("byline in info bar", ids(lambda p: p["byline"] == "bar")),
 ("byline as first line", ids(lambda p: p["byline"] == "first")),
 ("byline in first paragraph 本报讯（记者 …）", ids(lambda p: p["byline"] == "inpara")),
 ("closing byline line （记者 …）", ids(lambda p: p["byline"] == "closing")),
 ("文/图 byline", ids(lambda p: p["byline"] == "wentu")),
 ("byline in parentheses at end of last paragraph", ids(lambda p: p["byline"] == "endparen")),
 ("self-media account as author", ids(lambda p: p["byline"] == "account")),
 ("no author", ids(lambda p: not p["authors"])),
 ("minority names with middle dot", ids(lambda p: any("·" in a for a in p["authors"]))),
 ("spaced names (unspaced in gold)", ids(lambda p: any("　" in a for a in p["authors"]))),
 ("English pages", ids(lambda p: p.get("lang") == "en")),
 ("tables in body", ids(lambda p: any(not isinstance(b, str) and b[0] == "tr" for b in p["body"]))),
 ("lists in body", ids(lambda p: any(not isinstance(b, str) and b[0] == "li" for b in p["body"]))),
 ("sub-headings", ids(lambda p: any(not isinstance(b, str) and b[0] == "h" for b in p["body"]))),
 ("quotes", ids(lambda p: any(not isinstance(b, str) and b[0] == "q" for b in p["body"]))),
 ("photo captions", ids(lambda p: p.get("photo"))),
 ("【字体：大 中 小】", ids(lambda p: p.get("font"))),
 ("【打印】【关闭】", ids(lambda p: p.get("print_close"))),
 ("浏览次数/点击数", ids(lambda p: p.get("views"))),
 ("editor lines (编辑/审核/一审二审三审)", ids(lambda p: p.get("editor"))),
 ("share buttons", ids(lambda p: p.get("share"))),
 ("related lists", ids(lambda p: p.get("related"))),
 ("上一篇/下一篇", ids(lambda p: p.get("prevnext") or p["kind"] == "e-paper")),
 ("【label】 title prefix", ids(lambda p: p.get("label"))),
]
readme = f"""# zh-blind191

A blind test set of 40 invented Chinese (and two English) news pages imitating the HTML templates of
government, media, self-media, e-paper and institution sites in 天津、浙江、云南 and 西藏, with the text a
browser's select-all + copy gives, and gold article fields (headline, writers, date, body paragraphs).
Everything is invented: articles, names, numbers, 文号, phone, ICP and 公网安备 numbers.

| kind | pages | ids |
|---|---|---|
| government | 12 | sj-01 … sj-12 |
| media | 12 | sj-13 … sj-24 (English: sj-19, sj-20) |
| self-media | 6 | sj-25 … sj-30 |
| e-paper | 5 | sj-31 … sj-35 |
| institution | 5 | sj-36 … sj-40 |

## Layout

- `html/<id>.html`: the page, UTF-8, one embedded `<style>`, no scripts, images as 1×1 data-URI GIFs with alt text.
- `raw-chromium/<id>.txt`: headless Chromium select-all + copy (`/work/shared/tools/chromium_text.py`), plus `_manifest.json`.
- `raw/<id>.txt`: from raw-chromium by `src/make_raw.py` (tab runs -> one space, ASCII spaces stripped at line
  edges, U+3000 kept, blank-line runs collapsed, no leading/trailing blank lines, one final newline).
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/pages.py`: the single source of truth (every page's article data); `src/build.py`: templates, writes html and gold;
  `src/make_raw.py`; `src/check.py`; `src/readme.py` writes this file and LICENSE.

## Rebuild

```
cd zh-blind191
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions

- title = the main headline only, as printed (no 引题/副题, no site name, no 【label】 prefix); in an e-paper
  引题/主题/副题 stack the title is the 主题; a headline broken over two lines is joined with no space.
- authors = writers/reporters including 通讯员, in printed order; spaced names unspaced; minority names keep the
  middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person
  is named; notices/documents without a writer: []; English: the `By` names, wire copy with only a source: [].
- publish_time as printed, without its label (发布时间：).
- body: prose, sub-headings, list lines, table rows (cells joined by one space); for official documents the 主送 line,
  署名 and 成文日期 are body, the 文号 line is not; in-paragraph bylines (本报讯（记者 …）) stay; standalone byline
  lines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered

| feature | ids |
|---|---|
""" + "\n".join(f"| {a} | {b} |" for a, b in feat) + """

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n\n## License\n\nCC0 1.0; see LICENSE.\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(readme)
open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8").write("""CC0 1.0 Universal

Everything in the zh-blind191 test set (pages, texts, names, numbers, gold files and scripts) was invented for
this test set. To the extent possible under law, the authors have dedicated all copyright and related and
neighboring rights to it to the public domain worldwide. It is distributed without any warranty.

See https://creativecommons.org/publicdomain/zero/1.0/legalcode for the full legal text.
""")
