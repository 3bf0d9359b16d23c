#!/usr/bin/env python3
"""Write README.md (with the page table built from gold/)."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FEATURES = {
"ul-01": "county portal (云南弥渡), 2010s table layout; info bar below headline with seconds, 浏览次数, 【字体：大 中 小】; U+3000 indents; photo caption with 供图; 【打印本页】【关闭窗口】; 上一篇/下一篇; footer 主办/ICP/公网安备/网站标识码",
"ul-02": "prefecture portal (西藏林芝) 通告, responsive design; 藏文版/English links, search placeholder; table of road closures (header row); list items; 署名 and date right-aligned (body); no author",
"ul-03": "district portal (河南洛阳涧西); date glued with 来源 in info bar; separate `文/王  静　刘宇航` byline line; sub-headings; caption with `摄`; 【责任编辑：】 not an author; sidebar with QR caption",
"ul-04": "city government 批复 (黑龙江齐齐哈尔); 索引号/文号/成文日期 metadata table above a two-line red headline; 文号 line (not body); 主送 line, 署名, 成文日期 in body; （此件公开发布） not body; English/Русский links",
"ul-05": "county 政务服务中心 公告 (河南商城), old table layout with left column; two-line title joined; `点击：[ 562 ]`; paragraphs separated only by <br>; no author",
"ul-06": "街道 sub-site (云南昆明普吉街道); slash breadcrumb; info bar `单位 | 日期 | 阅读`; div paragraphs; sub-headings; closing `（段丽萍　杨  帆）` on its own line (not body; authors)",
"ul-07": "city education bureau 政策解读 (西藏拉萨); 相关文件 link box before body; sub-headings and list; `审核：` `编辑：` (not authors); no author",
"ul-08": "district 领导活动 (黑龙江哈尔滨道里区); bracketed glued info bar 【发布时间】…【来源】…【作者】…; spaced author name; sidebar of other 领导活动 items",
"ul-09": "乡镇 news in a mobile-style page (河南郸城宁平镇); `本网讯（通讯员 张  倩）` byline inside first paragraph; 编辑/初审/终审 chain; 相关阅读",
"ul-10": "speech (云南蒙自): headline, `——市委副书记、市长　李国华` speaker line and the date of the speech above the info bar; `同志们：` salutation; numbered sub-headings; author = speaker",
"ul-11": "乡 公示 (西藏日喀则江当乡); dotted date 2025.03.28; project table; 署名/date body; 监督电话 and attachment link after body (not body)",
"ul-12": "city department 通报 (黑龙江大庆市场监管局); two-line title; 主送 line; statistics table; 发布机构 in info bar; 署名 + 成文日期 (body)",
"ul-13": "provincial news portal (云南网); info bar with seconds, 作者 and 责任编辑 side by side; `云南网讯（记者 普  梅）` in first paragraph; caption `记者 … 摄`; related list and ranking sidebar",
"ul-14": "English page of a Chinese outlet (China Tibet Online): two-line headline joined with one space; `By A and B` byline; quoted speech; sub-heading; `Editor:` not an author",
"ul-15": "provincial portal (大河网), table layout; byline line on its own `大河报·豫视频记者 陈  曦 通讯员 赵一鸣` (not body; both authors incl. 通讯员); 责任编辑/审核/监审 chain",
"ul-16": "app share page (龙头新闻·黑龙江日报); short `02-28 21:03` date; `黑龙江日报全媒体记者 于  洋` line; 编辑/审核; 打开APP banner",
"ul-17": "regional media (西藏新闻网); 引题 above the headline (not title); Tibetan name with middle dot `旦增·曲珍`; `本报那曲讯` without names; [责任编辑：]",
"ul-18": "TV station site (大象新闻, 河南广播电视台); video player placeholder above the headline; dotted date with seconds; `大象新闻记者` in info bar; 责编/审核; likes/comments counters",
"ul-19": "provincial portal (东北网), old table layout, <br>-separated paragraphs; `东北网10月17日讯` dateline; 编辑 in info bar; 【我要纠错】【打印】【关闭】",
"ul-20": "city paper's app/web (掌上春城, 昆明日报); info bar placed below the body; section label `生态 | 春城` above headline; `记者 段  瑞` credit line inside the article (not body)",
"ul-21": "English page (China Daily Henan) of wire copy: `Xinhua | Updated: …` (date label dropped), no named author -> []",
"ul-22": "prefecture media (楚雄新闻网); fully glued info bar `发布时间：…来源：…作者：…点击数：…`; list of tasks; 编辑/二审/三审",
"ul-23": "TV station app page (大理发布); authors only in a `记者：` line after the body; 责任编辑; copyright statement",
"ul-24": "city paper site (佳木斯新闻网); date with U+3000 between date and time; `本报讯（记者 孙  亮）`; caption; 上一篇/下一篇",
"ul-25": "头条号 article; account name as author; sub-headings and list; 举报/反馈 and counters; 相关推荐",
"ul-26": "微信公众号 article: `原创  作者  公众号名  日期  地区` strip; section/span paragraphs; `图文丨刘小满` (author) and 编辑丨/校对丨 after body; 阅读原文/在看 buttons",
"ul-27": "百家号 article; account name author; short `发布时间：04-22`; `优质三农领域创作者` label; avatar alt text; 作者最新文章",
"ul-28": "网易号 article; date with seconds + `来源: 账号` + region; table of altitudes; Chinese and English platform disclaimers",
"ul-29": "澎湃号·政务 article; government account `松北发布` as author (no person named); `来源：松北区融媒体中心` line closing the article (not body); platform disclaimer",
"ul-30": "微博 article (头条文章); `@账号` + `3月30日 09:12 来自 iPhone客户端`; `作者：杨雨桐` line below headline; list; counters",
"ul-31": "e-paper (河南日报): 引题 / 主题 / 副题 stack (title = 主题 only); 版次 navigation; 本版标题导航 list repeating the headline; `本报记者 …` line on its own; sub-headings",
"ul-32": "e-paper (黑龙江日报): 引题 + two-line 主题 joined; version list; `本报讯（记者周  静）` glued; 本版新闻 list after the article",
"ul-33": "e-paper (云南日报): 主题 + 副题; `刊发日期：… 第3版 经济`; `本报记者 刘  晓` line; statistics table; 本版标题 list",
"ul-34": "e-paper (洛阳日报): 引题 + two-line 主题 + 副题; date with weekday as printed in masthead; `本报讯 记者 … 通讯员 …` without brackets in first paragraph; caption; ■ picture credit",
"ul-35": "e-paper (西藏日报): 标题导航 list before the article; 引题; bracketed glued info `【发布日期】…第2版【作者】…`",
"ul-36": "university news (云南民族大学); info bar with 作者 and 审核 side by side; 摄影 credit after body; list; 上一条/下一条",
"ul-37": "hospital (郑大一附院); authors only in a `供稿：科室　文：…　图：…` credit line after body; 编辑：宣传处; caption",
"ul-38": "intermediate court (黑龙江伊春中院), table layout; 作者 first in info bar; U+3000 indents; 典型案例 list",
"ul-39": "association (西藏摄影家协会), mobile layout; `发布于` label; `文/次仁央金`; 编审 after body; （图片由主办方提供）",
"ul-40": "state enterprise (河南能源集团); 来源 is a department; closing `（赵振宇　薛  磊）` line after body (authors, not body); 【责任编辑：】",
}

HEAD = """# zh-blind141: a blind test set of Chinese news pages

40 invented web pages (ids `ul-01` … `ul-40`) imitating page templates of Chinese sites of
云南, 西藏, 河南 and 黑龙江, for testing a raw-text article reader: each page's full select-all
copy (banner, navigation, breadcrumb, info bar, body, share buttons, related lists, footer) with
a gold annotation of headline, authors, publish time and body paragraphs. All articles, names,
numbers, 文号, phone, ICP and 公网安备 numbers are made up.

| kind | pages |
|---|---|
| government (county/district/city portals, departments, 街道, 乡镇, 乡) | ul-01 … ul-12 |
| media (provincial/city media, portals, TV sites; ul-14 and ul-21 English) | ul-13 … ul-24 |
| self-media (头条号, 微信公众号, 百家号, 网易号, 澎湃号, 微博) | ul-25 … ul-30 |
| newspaper e-paper | ul-31 … ul-35 |
| institutions (university, hospital, court, association, state enterprise) | ul-36 … ul-40 |

## Layout

- `html/<id>.html`: the page, UTF-8, one embedded `<style>`, no scripts, no external resources
  (images are `<img alt>` or 1×1 data-URI GIFs).
- `raw-chromium/<id>.txt`: Chromium's select-all + copy of the page
  (`../shared/tools/chromium_text.py`, Debian chromium), with `_manifest.json`.
- `raw/<id>.txt`: "a clerk's paste from another browser", from raw-chromium by `src/make_raw.py`
  (tabs with surrounding spaces -> one space, line-edge spaces stripped, U+3000 indents kept,
  blank-line runs -> one blank line, no leading/trailing blank lines, one final newline).
- `gold/<id>.json`: `{"id","set","lang","kind","title","authors","publish_time","body_paragraphs"}`.
- `src/`: `pages_a.py` … `pages_d.py` (one description per page: its own template HTML with
  `{{TITLE}}`/`{{BODY}}` slots and a body in a small line language), `build.py` (renders html/
  and gold/ from the same body blocks), `make_raw.py`, `check.py`, `make_readme.py`.

## Rebuild

    cd benchmarks/data/zh-blind141
    python3 src/build.py
    python3 ../shared/tools/chromium_text.py --html-dir html --out raw-chromium --chromium /usr/bin/chromium
    python3 src/make_raw.py
    python3 src/check.py        # every gold string occurs in raw-chromium/ and raw/ (modulo white space); body lengths
    python3 src/make_readme.py

## Gold conventions

Following `../shared/corpus/README.md`, and:
- **title**: the main headline (主标题) only, no 引题/副题/section label; a headline printed on
  two lines is joined with no space (Chinese) or one space (English).
- **authors**: named writers/reporters incl. 通讯员, in printed order; never editors (责任编辑,
  编辑, 审核, 初审/终审, 编审), photographers, 来源, 供稿单位 or the outlet. Spaced-out names
  without the spaces; minority names keep the middle dot (旦增·曲珍). A speech: the speaker.
  Self-media: the person if named, else the account name. Official documents/notices without a
  writer: `[]`. English: the `By …` names; wire copy with only a source: `[]`.
- **publish_time**: as printed in the info bar, without its label (seconds kept where printed).
  For e-paper pages, the issue date as printed next to the article.
- **body_paragraphs**: prose, sub-headings, list lines and table rows (one paragraph per row incl.
  the header row, cells joined by one space) in reading order. Official documents: 主送 line,
  署名 and 成文日期 are body; the 文号 line and （此件公开发布） are not. Bylines inside a paragraph
  stay; byline lines on their own, captions, alt text, editor/source lines, buttons, related lists
  and footers are not body.

## Features page by page

"""


def main():
    out = [HEAD]
    rows = []
    for f in sorted(os.listdir(os.path.join(ROOT, "gold"))):
        g = json.load(open(os.path.join(ROOT, "gold", f), encoding="utf-8"))
        out.append(f"- **{g['id']}** ({g['kind']}): {FEATURES[g['id']]}\n")
        rows.append(f"| {g['id']} | {g['kind']} | {g['title']} | {', '.join(g['authors']) or '—'} | "
                    f"{g['publish_time']} | {len(g['body_paragraphs'])} |")
    out.append("\n## Pages\n\n| id | kind | title | authors | publish_time | paragraphs |\n|---|---|---|---|---|---|\n")
    out.append("\n".join(rows) + "\n")
    out.append("\n## License\n\nCC0 1.0; the pages are invented for this test set (see LICENSE).\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("".join(out))


if __name__ == "__main__":
    main()
