#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json for zh-blind78 from the page descriptions in src/pages/.

Each page description (src/pages/waNN.py) defines:

  ID, KIND, LANG            -- id, kind label, "zh" or "en"
  TITLE, AUTHORS, DATE      -- the gold headline, authors and publish_time (all must be printed on the page)
  CSS                       -- the one embedded stylesheet
  TEMPLATE                  -- the page's own HTML around the article; {{BODY}} marks where the
                               article blocks go, {{TITLE}} may be used for the headline
  FMT                       -- overrides of how each block kind is rendered on this site
  BLOCKS                    -- the article, one block per line (see parse_blocks)
  NOTES                     -- what the page covers (for the README)

Block lines ("kind: text"); body kinds give one gold paragraph each:

  p:    paragraph                         (body)
  pn:   paragraph in a second style (主送 line, unindented or boxed text)   (body)
  h:    sub-heading                       (body)
  li:   bullet item, ol: numbered item    (body; consecutive items form one list)
  th:   table header row, cells split by " | "   (body; one paragraph per row, cells joined by a space)
  tr:   table row                                (body)
  br:   line of a <br>-separated block; consecutive br: lines share one element   (body)
  q:    quoted passage                    (body)
  sign: 署名 / 成文日期 line, right aligned  (body)
  img:  image alt text                    (not body)
  cap:  photo caption                     (not body)
  doc:  文号 line                          (not body)
  nb:   any other line printed inside the article (byline, editor, source, 原标题 ...) (not body)
  x:    raw HTML inserted as is           (not body)

Inline HTML inside a block's text is rendered as is and stripped for the gold text.
"""
from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAGES = os.path.join(HERE, "pages")
SET = "zh-blind78"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

BODY_KINDS = {"p", "pn", "h", "li", "ol", "th", "tr", "br", "q", "sign"}
ALL_KINDS = BODY_KINDS | {"img", "cap", "doc", "nb", "x"}

DEFAULT_FMT = {
    "p": "<p>{t}</p>",
    "pn": "<p>{t}</p>",
    "h": "<p><strong>{t}</strong></p>",
    "ul": "<ul>\n{items}\n</ul>",
    "ol": "<ol>\n{items}\n</ol>",
    "li": "<li>{t}</li>",
    "table": '<table border="1" cellspacing="0" cellpadding="4">\n{rows}\n</table>',
    "tr": "<tr>{cells}</tr>",
    "td": "<td>{t}</td>",
    "th": "<th>{t}</th>",
    "br": "<p>{items}</p>",
    "br_item": "{t}",
    "br_join": "<br>\n",
    "q": "<blockquote>{t}</blockquote>",
    "sign": '<p style="text-align:right">{t}</p>',
    "img": '<p style="text-align:center"><img alt="{t}"></p>',
    "cap": '<p style="text-align:center">{t}</p>',
    "doc": '<p style="text-align:center">{t}</p>',
    "nb": "<p>{t}</p>",
}

TAG = re.compile(r"<[^>]+>")


def fill(f: str, **kw) -> str:
    """Put values into a FMT snippet ({t}, {items}, {rows}, {cells}); other braces stay literal."""
    for k, v in kw.items():
        f = f.replace("{" + k + "}", v)
    return f


def plain(s: str) -> str:
    """Gold text of a block: tags stripped, entities decoded, white space folded, indents dropped."""
    s = html.unescape(TAG.sub("", s))
    s = s.replace("\u00a0", " ")
    s = re.sub(r"[ \t\r\n]+", " ", s)
    return s.strip(" \u3000")


def parse_blocks(text: str):
    blocks = []
    for n, line in enumerate(text.strip("\n").split("\n"), 1):
        if not line.strip():
            continue
        m = re.match(r"^(\w+):\s?(.*)$", line)
        if not m or m.group(1) not in ALL_KINDS:
            raise ValueError(f"bad block line {n}: {line[:60]!r}")
        blocks.append((m.group(1), m.group(2)))
    return blocks


def render(blocks, fmt):
    """(html of the article blocks, list of gold paragraphs)."""
    out, gold = [], []
    i = 0
    while i < len(blocks):
        kind, t = blocks[i]
        if kind in ("li", "ol"):
            items = []
            while i < len(blocks) and blocks[i][0] == kind:
                items.append(fill(fmt["li"], t=blocks[i][1]))
                gold.append(plain(blocks[i][1]))
                i += 1
            out.append(fill(fmt["ul" if kind == "li" else "ol"], items="\n".join(items)))
            continue
        if kind in ("th", "tr"):
            rows = []
            while i < len(blocks) and blocks[i][0] in ("th", "tr"):
                k, row = blocks[i]
                cells = [c.strip() for c in row.split(" | ")]
                cell_fmt = fmt["th"] if k == "th" else fmt["td"]
                rows.append(fill(fmt["tr"], cells="".join(fill(cell_fmt, t=c) for c in cells)))
                gold.append(" ".join(plain(c) for c in cells))
                i += 1
            out.append(fill(fmt["table"], rows="\n".join(rows)))
            continue
        if kind == "br":
            items = []
            while i < len(blocks) and blocks[i][0] == "br":
                items.append(fill(fmt["br_item"], t=blocks[i][1]))
                gold.append(plain(blocks[i][1]))
                i += 1
            out.append(fill(fmt["br"], items=fmt["br_join"].join(items)))
            continue
        if kind == "x":
            out.append(t)
        else:
            out.append(fill(fmt[kind], t=t))
            if kind in BODY_KINDS:
                gold.append(plain(t))
        i += 1
    return "\n".join(out), gold


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def page_files():
    return sorted(os.path.join(PAGES, f) for f in os.listdir(PAGES) if re.match(r"wa\d\d\.py$", f))


def build_page(mod):
    fmt = dict(DEFAULT_FMT)
    fmt.update(getattr(mod, "FMT", {}))
    body_html, paras = render(parse_blocks(mod.BLOCKS), fmt)
    page = mod.TEMPLATE
    if "{{BODY}}" not in page:
        raise ValueError(f"{mod.ID}: template has no {{{{BODY}}}}")
    page = page.replace("{{BODY}}", body_html)
    page = page.replace("{{TITLE}}", html.escape(mod.TITLE, quote=False))
    page = page.replace("{{CSS}}", mod.CSS.strip("\n"))
    page = page.replace("{{GIF}}", GIF)
    if "{{" in page:
        raise ValueError(f"{mod.ID}: unreplaced placeholder {page[page.index('{{'):][:30]}")
    gold = {
        "id": mod.ID,
        "set": SET,
        "lang": mod.LANG,
        "kind": mod.KIND,
        "title": mod.TITLE,
        "authors": list(mod.AUTHORS),
        "publish_time": mod.DATE,
        "body_paragraphs": [p for p in paras if p],
    }
    return page.strip("\n") + "\n", gold


def main(argv):
    only = set(argv[1:])
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    n = 0
    for path in page_files():
        mod = load(path)
        if only and mod.ID not in only:
            continue
        page, gold = build_page(mod)
        with open(os.path.join(ROOT, "html", mod.ID + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(page)
        with open(os.path.join(ROOT, "gold", mod.ID + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n += 1
    print(f"built {n} pages")


if __name__ == "__main__":
    main(sys.argv)
