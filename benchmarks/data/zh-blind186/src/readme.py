#!/usr/bin/env python3
"""Write README.md (page table from gold/)."""
import json, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
HEAD = '''# zh-blind186: 40 invented Chinese news pages (blind test set)

Invented pages imitating the HTML templates of Chinese government, media, self-media, e-paper and
institution sites in 上海, 河南, 宁夏 and 辽宁, as a press-office clerk would copy them out of a browser
(select-all + copy). Everything is made up: articles, names, numbers, 文号, phones, ICP/公网安备 numbers.

| kind | pages | ids |
|---|---|---|
| government | 12 | se-01 … se-12 |
| media (se-19, se-20 English) | 12 | se-13 … se-24 |
| self-media | 6 | se-25 … se-30 |
| e-paper | 5 | se-31 … se-35 |
| institution | 5 | se-36 … se-40 |

## Layout

- `html/<id>.html`: the page (UTF-8, one embedded `<style>`, no scripts, 1×1 data-URI GIF images with alt text; se-04 declares gb2312 as a re-saved page would).
- `raw-chromium/<id>.txt`: Chromium select-all + copy text (`/work/shared/tools/chromium_text.py`).
- `raw/<id>.txt`: `src/make_raw.py` normalisation of raw-chromium (tab runs -> one space, ASCII spaces at line edges stripped, U+3000 kept, blank-line runs collapsed, one final newline).
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: `pages_gov.py`, `pages_media.py`, `pages_other.py` (page data: one body text per page, the single source for html and gold), `build.py` (templates; writes html + gold), `make_raw.py`, `check.py`, `readme.py`.

## Rebuild

```
cd /work/scratch/zh-blind186
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py        # every gold string in raw-chromium/ and raw/ modulo white space; bodies >= 300 chars
python3 src/readme.py
```

## Gold conventions

- title = main headline only, as printed (no 引题/副题, no site name, no 【label】 prefix); e-paper: the 主题; a headline broken over two lines is joined with no space (se-09, se-32).
- authors = writers/reporters incl. 通讯员, printed order, spaced names unspaced; never 编辑/审核/摄影/来源/责任编辑; speech: the speaker (se-05); self-media without a named person: the account name (se-25, se-26, se-28); notices/documents without a writer: []; English: the `By` names, wire copy with only a source: [] (se-20).
- publish_time as printed, without its label.
- body: prose, sub-headings, list lines, table rows (non-empty cells joined by one space); for documents the 主送 line, 署名 and 成文日期 are body, the 文号 line is not; in-paragraph bylines stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.

## Features covered

- Site generations: 2010s table layouts (se-01, se-04, se-06, se-09, se-12, e-papers se-31…35), 2010s div portals (se-02, se-05, se-08, se-11, se-13, se-15, se-17, se-21, se-23), 信息公开 pages with index tables (se-03, se-07, se-10), responsive flex pages (se-14, se-16, se-18, se-22, se-24, se-19, se-20, se-36…40), app share pages (se-26, se-27, se-29), 公众号 (se-25, se-30), 微博 (se-28), e-paper frames with 版次 navigation and 本版标题 lists (se-31…35).
- Info bar glued (se-01, se-08, se-17, se-35, se-38), spaced (most), above the headline (se-05, se-13, se-16, se-20, se-24, se-31, se-34, se-37), below (most), at the bottom (se-07, se-11, se-22, se-33, se-39).
- Date forms: 2025-03-18 (se-01), 2025年04月02日 10:15 (se-02), 2025/09/15 (se-03), 2025.04.28 (se-04), with seconds (se-06, se-10, se-15, se-29, se-40), English dates (se-19, se-20).
- Bylines: info bar (se-01, se-13, se-38, se-40), first line 记者/文/ (se-09, se-18, se-29, se-34), 本报讯（记者 …） in the first paragraph (se-08, se-15, se-31), standalone closing line (se-06, se-11, se-16, se-23, se-33), end of last paragraph in parentheses (se-21, se-39), after the body 文：…图：… (se-37), （作者：…） (se-27), 引题/主题/副题 stacks (se-31, se-34; 主题+副题 se-32, se-35; 引题+主题 se-33).
- Official documents: 主送 line, 署名, 成文日期 (se-02, se-04, se-07, se-12), 文号 line (se-07), speech with speaker sub-line (se-05), 政策解读 (se-03), 公示 with table (se-04), 村务公开 (se-12).
- Furniture: 无障碍/长者模式 links, search boxes, breadcrumbs, 【字体：大 中 小】, 【打印】【关闭】, 浏览次数/点击, share buttons, QR captions, related lists, 上一篇/下一篇, hot lists, footers with 主办/承办/ICP/公网安备/网站标识码, editor lines (se-13, se-23, se-36), photo captions (se-01, se-06, se-14, se-18, se-23, se-25), sub-headings, lists (se-02, se-03, se-12, se-25, se-38), tables (se-04, se-10, se-12, se-40), quotes (se-25, se-37), 【导语】/【同期】 TV script (se-16), paragraph styles `<p>`, `<div>`, `<br><br>` (se-04, se-12, se-34).

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
'''
def main():
    rows = []
    for g in sorted((ROOT / 'gold').glob('*.json')):
        d = json.loads(g.read_text(encoding='utf-8'))
        rows.append(f"| {d['id']} | {d['kind']}{' (en)' if d['lang']=='en' else ''} | {d['title'].replace('|','/')} | {', '.join(d['authors'])} | {d['publish_time']} | {len(d['body_paragraphs'])} |")
    (ROOT / 'README.md').write_text(HEAD + '\n'.join(rows) + '\n', encoding='utf-8')
if __name__ == '__main__':
    main()
