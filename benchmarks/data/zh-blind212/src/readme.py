"""Write README.md and LICENSE for zh-blind212 from gold/."""
import glob, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEAD = """# zh-blind212

A blind test set of 40 invented Chinese news-style web pages (re-19 and re-20 in English) imitating
sites from 上海、重庆、云南、青海, with gold answers (headline, writers, publish time, body paragraphs)
for a tool that reads the text a clerk gets by select-all + copy of the page in Chromium.
Every page, person, number, 文号, phone, ICP and 公网安备 number was invented for testing.

## Kinds

| kind | pages | ids |
|---|---|---|
| government | 12 | re-01 … re-12 |
| media | 12 | re-13 … re-24 (re-19, re-20 English) |
| self-media | 6 | re-25 … re-30 |
| e-paper | 5 | re-31 … re-35 |
| institution | 5 | re-36 … re-40 |

## Layout

- `html/<id>.html` – the page (UTF-8, one embedded `<style>`, no scripts, 1×1 data-URI GIF images with alt text).
- `raw-chromium/<id>.txt` – Chromium select-all + copy text, made by `/work/shared/tools/chromium_text.py` (with `_manifest.json`); never edited by hand.
- `raw/<id>.txt` – from raw-chromium by `src/make_raw.py`: tab runs → one space, ASCII spaces stripped at line edges (U+3000 kept), blank-line runs collapsed to one, trailing blank lines dropped.
- `gold/<id>.json` – keys `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/` – `furniture.py` (shared furniture), `pages_a.py` (government), `pages_b.py` (media), `pages_c.py` (self-media, e-paper, institution), `build.py` (writes html/ and gold/), `make_raw.py`, `check.py`, `readme.py`.

## Rebuild

```
cd /work/scratch/zh-blind212
python3 src/build.py
python3 /work/shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
python3 src/make_raw.py
python3 src/check.py
python3 src/readme.py
```

## Gold conventions

- title: the main headline only as printed (no 引题/副题, site name or 【label】); e-paper: the 主题 listed under 本版标题; a two-line headline is joined with no space.
- authors: writers/reporters incl. 通讯员 in printed order; spaced names unspaced (许　可 → 许可); minority names keep the middle dot; never 编辑/审核/摄影/来源/责任编辑; a speech: the speaker; self-media: the account name when no person is named; notices without a writer and wire copy with only a source: [].
- publish_time: as printed, without its label.
- body_paragraphs: prose, sub-headings, list lines, table rows (cells joined by one space); documents keep 主送, 署名 and 成文日期 but not the 文号 line; in-paragraph bylines stay; standalone byline lines, captions, editor/source lines, buttons, related lists and footers are not body.

`src/check.py` checks every gold file: all keys, `set`, body ≥ 300 characters, and that title, publish_time, each author and each body paragraph occur (white space removed) in both raw-chromium and raw; exactly 40 pages.

## Features covered

- 2010s table layouts: re-02, re-05, re-07, re-10 (re-10 declares gb2312); div portals with 无障碍/长者模式, search placeholders, login: re-01, re-03, re-04, re-06, re-08, re-09, re-11, re-12; responsive grid: re-15.
- 信息公开 index table (索引号/发布机构/文号): re-01; 文号 line excluded from body: re-01.
- Notices/通知/通告/公示/公告 with 主送, 署名, 成文日期: re-01, re-05, re-07, re-10, re-38.
- 政策解读 with list lines: re-04; speech (speaker as author): re-06; press conference with quotation block: re-12; interview Q&A: re-18; commentary: re-24; feature/essay: re-14, re-34.
- Tables in body: re-05, re-07, re-23, re-32, re-38, re-40; sub-headings: re-01, re-04, re-09, re-14, re-18, re-25, re-28, re-38; list items: re-04, re-09.
- Photos with captions (not body): re-03, re-13, re-18, re-19, re-25, re-27.
- Info bar above headline: re-03, re-15, re-22, re-28, re-39; below: most pages; at bottom: re-10, re-20; glued without spaces: re-21.
- Date forms: 2025-03-18 (re-01), 2025年04月02日 10:15 (re-02), 2025/09/15 16:42:08 (re-03), 2025.04.28 (re-04), 2025-5-6 9:30:00 (re-05), 2025-7-5 21:44 (re-28), 2025/4/18 (re-40), English Sept 3, 2025 (re-20).
- Bylines: info-bar 作者/记者 (re-02, re-13, re-16, re-23, re-36); first line (re-03, re-14, re-30, re-31, re-32); 本报讯（记者 …） (re-21, re-33, re-35); closing line (re-22, re-29, re-39); 文/ and 文/图 (re-18, re-22, re-24, re-27, re-39); names in parentheses ending the last paragraph (re-15, re-37); spaced names (re-08, re-14, re-16, re-24, re-30, re-35); minority names with · (re-16); account names (re-25, re-26, re-28); wire copy with only a source (re-17); English By-lines (re-19, re-20).
- 引题/主题/副题 and 本版标题 lists: re-31 … re-35; two-line headlines: re-04, re-33.
- Editor lines (编辑/责任编辑/审核/二审/三审): re-02, re-03, re-08, re-13, re-18, re-36; 上一篇/下一篇: re-01, re-03, re-04, re-06, re-08, re-11, re-12; 【字体：大 中 小】【打印】【关闭】: re-01, re-02, re-04; view counts: re-01, re-02, re-03, re-18, re-36, re-37, re-40; share buttons (user-select:none): media and institution pages; QR-code captions: re-13 … re-24, re-25, re-36 … re-40.
- Self-media: 微信公众号 re-25, 头条号 re-26, 百家号 re-27, 微博 article re-28, 澎湃号 re-29, app share page re-30.
- Institutions: university re-36, hospital re-37, association re-38, company re-39, museum re-40.

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
"""

LICENSE = """The pages in this set (zh-blind212) were invented for testing. Everything in them — sites,
people, numbers, document numbers, phone numbers, ICP and 公网安备 numbers — is made up.

The pages, gold files, raw texts and scripts are released under CC0 1.0 Universal
(https://creativecommons.org/publicdomain/zero/1.0/): to the extent possible under law, the
authors have waived all copyright and related or neighboring rights to this work.
"""


def main():
    rows = []
    for p in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
        g = json.load(open(p, encoding="utf-8"))
        esc = lambda s: s.replace("|", "\\|")
        rows.append(f"| {g['id']} | {g['kind']} | {esc(g['title'])} | {esc(', '.join(g['authors']))} | "
                    f"{g['publish_time']} | {len(g['body_paragraphs'])} |")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(HEAD + "\n".join(rows) + "\n")
    with open(os.path.join(ROOT, "LICENSE"), "w", encoding="utf-8") as f:
        f.write(LICENSE)
    print("README.md and LICENSE written,", len(rows), "pages")


if __name__ == "__main__":
    main()
