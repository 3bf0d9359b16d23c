#!/usr/bin/env python3
"""Write README.md with the table of all pages from gold/."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FEAT = {
 "vw-01": "北京 街道, 2010s table layout (T1), br-separated body, spaced author 李  娜 in info bar, 审核/编辑 lines, 打印本页/关闭窗口",
 "vw-02": "河南 县政府 通知 (T2), 文号 line not body, 主送/署名/成文日期 body, table, 无障碍/长者模式, authors []",
 "vw-03": "青海 区 政策解读 (T3), sidebar ranking before article in DOM, info glued ABOVE the title, numbered list",
 "vw-04": "江西 县 领导活动 (T4), TV-style channel bar, glued info with two reporters, 扫一扫 QR caption, 责任编辑",
 "vw-05": "北京 区 公示 in an app share page (T5), signature of two bodies + date, image caption, comments",
 "vw-06": "河南 镇 news (T6), side card before article, 通讯员 byline line on its own (not body)",
 "vw-07": "青海 县 公众号-style page (T7), 原创 + account + date + 属地, closing （文/… 图/…） line not body, 编辑/审核",
 "vw-08": "江西 区 讲话 (T8): 副题 ——在…讲话 not title, speaker = author, 同志们：",
 "vw-09": "江西 村 财务公开 (T9), table rows, 编辑：村监委会 not author, 上一条/下一条",
 "vw-10": "河南 厅 通报 (T10), dl info bar, 文号 not body, authors []",
 "vw-11": "青海 厅 批复 (T11), 索引号/发文机关 info, 此复。 + 署名 + date body, contact line not body",
 "vw-12": "北京 区 政策解读 2025 design (T12), info chips incl. 发文日期 and 发布时间 (gold = 发布时间)",
 "vw-13": "河南 city portal, table layout (T1), 本报讯 记者… 通讯员 in info bar, U+3000 indents",
 "vw-14": "青海 provincial portal (T2), Tibetan name 才让卓玛, sub-heading, 编辑/审核 spaced names",
 "vw-15": "北京 portal (T3), sidebar first, byline only inside first paragraph （记者 陈思远）, table",
 "vw-16": "江西 TV site (T4), video alt, glued info, two reporters one spaced",
 "vw-17": "河南 news app share page (T5), author line 记者 杨  帆, photo caption, comments",
 "vw-18": "青海 radio site (T6), 记者 + 通讯员 in the meta line joined by ·",
 "vw-19": "central wire in a WeChat-like client page (T7), 新华社郑州…电（记者…、…） inside para",
 "vw-20": "central portal local channel (T8), 引题 and 副题 around the main title, （责编：…） not body",
 "vw-21": "江西 city media (T9), 作者 in info bar, （编辑：… 审核：…） not body",
 "vw-22": "北京 district 融媒 (T10), dl info, two reporters, caption (资料图)",
 "vw-23": "English page (T11), By A and B in City, Updated: date, photo caption with [Photo …]",
 "vw-24": "English page (T12), wire copy Source: Xinhua only → authors [], Editor not author",
 "vw-25": "头条号 share page (T5), account name as author, 属地 in meta",
 "vw-26": "百家号 (T6), account name vs 文｜person (person is author), list, caption",
 "vw-27": "微信公众号 (T7), 原创 + person + account, closing 作者 | / 编辑 | lines not body",
 "vw-28": "网易号 (T3), sidebar first, 来源: account glued to date, table, platform disclaimer",
 "vw-29": "澎湃号·政务 (T12), institution account as author, 原标题 line not body, list",
 "vw-30": "微博 头条文章 (T4), account as author, list, 阅读/转发/评论/赞 counts not body",
 "vw-31": "e-paper (T8): 版次 nav, 引题/主题/副题 stack, 本版标题 list repeats the title",
 "vw-32": "e-paper old table (T1), 第N版 nav as main nav, 副题 line ——… above the body",
 "vw-33": "e-paper (T2), headline on two lines (joined), 记者 + 特约通讯员",
 "vw-34": "e-paper (T10), 本报记者 with U+3000-spaced name, 肩题-like line not body, （本报…电） tail",
 "vw-35": "e-paper 2025 (T12), 引题 一线工匠 + 副题 ——记…, （作者单位…） not body",
 "vw-36": "university news (T9), 作者：宣传部 刘  洋, seconds in time, （摄影… 审核…）",
 "vw-37": "court site (T10), 【基本案情】 style sub-headings, （供稿：民一庭） not author",
 "vw-38": "hospital, old table layout (T1), div paragraphs, 作者：心内科 韩  梅, 浏览：<1024>",
 "vw-39": "state enterprise (T4), 作者 with department prefix, 编辑 not author",
 "vw-40": "association (T11), 文/陈  静 in info bar, photographer in caption not author",
}
rows = []
for name in sorted(os.listdir(os.path.join(ROOT, "gold"))):
    g = json.load(open(os.path.join(ROOT, "gold", name), encoding="utf-8"))
    rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {'、'.join(g['authors']) or '—'} | {g['publish_time']} | {len(g['body_paragraphs'])} |")
feat = "\n".join(f"- **{k}**: {v}" for k, v in FEAT.items())
readme = f"""# zh-blind126: a blind test set of invented Chinese news pages

40 invented pages (ids vw-01 … vw-40) imitating page templates of real Chinese sites of 北京, 河南,
青海 and 江西, for testing a raw-text article reader (headline, authors, publish date, body).
Every article, name, number, 文号, phone and ICP number is made up (see LICENSE, CC0).

| kind | pages |
|---|---|
| government (区县/乡镇/村/departments) | vw-01 … vw-12 |
| media (incl. 2 English pages: vw-23, vw-24) | vw-13 … vw-24 |
| self-media | vw-25 … vw-30 |
| e-paper | vw-31 … vw-35 |
| institution | vw-36 … vw-40 |

## Layout

- `html/<id>.html`: the page (UTF-8, one embedded style, no scripts, no external resources).
- `raw-chromium/<id>.txt`: Chromium select-all + copy, by `../shared/tools/chromium_text.py`.
- `raw/<id>.txt`: "another browser's paste", derived from raw-chromium by `src/make_raw.py`.
- `gold/<id>.json`: `id, set, lang, kind, title, authors, publish_time, body_paragraphs`.
- `src/`: `templates.py` (12 invented site templates T1–T12; within one kind no template is used
  twice), `pages_gov.py`, `pages_media.py`, `pages_other.py`, `pages_extra.py` (page descriptions),
  `build.py` (html + gold from the same blocks), `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium
    python3 src/make_raw.py
    python3 src/check.py        # title/authors/date/every paragraph present in raw-chromium and raw
    python3 src/make_readme.py

## Gold conventions

As `../shared/corpus/README.md`, plus: title = main headline only (no 引题/副题/site label; a
headline on two lines joined without space); authors = named writers/reporters incl. 通讯员, in
printed order, spaced names without spaces, never editors/reviewers/photographers/来源/供稿; a
speech's author is the speaker; self-media: the named person, else the account; official
documents and wire copy without a writer: `[]`; publish_time as printed in the info bar without
its label; body = prose, sub-headings, list items, table rows (cells joined by one space, header
row included), and for official documents the 主送 line, 署名 and 成文日期 (not the 文号 line).
Standalone byline lines, 原标题, captions/alt text, editor/source lines, buttons, related lists
and footers are not body. Bylines inside a paragraph stay there.

## Features page by page

{feat}

## Pages

| id | kind | title | authors | publish_time | paragraphs |
|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(readme)
print("README.md written")
