"""Building blocks for the zh-blind67 pages.

A page description gives its article body as a small block language (one block a
line, a tag then the text); ``body_html`` renders those blocks and ``gold_paragraphs``
derives the gold body from the very same blocks, so the two cannot drift apart.

Block tags (the text after the tag may use **bold** for an inline <strong>):

  P    body paragraph                     H    body sub-heading (<h3>)
  HB   body sub-heading as bold <p>       L    body list line (consecutive L = one list)
  TH   table header row, cells " | "      T    table row (consecutive TH/T = one table)
  Q    body quoted passage (blockquote)   R    body line set right (署名, 成文日期)
  C    body line centred                  IMG  picture (alt text; not body)
  CAP  photo caption (not body)           X    other non-body line in the article
  XR   non-body line set right            RAW  raw HTML (not body)

Lines starting with # and empty lines are ignored (an empty line also ends a table or list).
"""
from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple, Union

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BODY_TAGS = {"P", "H", "HB", "L", "TH", "T", "Q", "R", "C"}
ALL_TAGS = BODY_TAGS | {"IMG", "CAP", "X", "XR", "RAW"}


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def attr(s: str) -> str:
    return _html.escape(s, quote=True)


def inline(s: str) -> str:
    """Escape, then turn **x** into <strong>x</strong>."""
    parts = s.split("**")
    out = []
    for i, p in enumerate(parts):
        out.append(("<strong>%s</strong>" if i % 2 else "%s") % esc(p))
    # a run of two ASCII spaces (spaced-out names such as 王  静) is printed, as real CMSs do,
    # with no-break spaces so that the browser keeps both
    return "".join(out).replace("  ", "&nbsp;&nbsp;")


def plain(s: str) -> str:
    return s.replace("**", "")


@dataclass
class Block:
    tag: str
    text: str

    @property
    def cells(self) -> List[str]:
        return [c.strip() for c in self.text.split(" | ")]


def parse(src: str) -> List[Block]:
    blocks: List[Block] = []
    for raw in src.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            blocks.append(Block("", ""))
            continue
        if line.startswith("#"):
            continue
        tag, _, text = line.partition(" ")
        if tag not in ALL_TAGS:
            raise ValueError(f"unknown block tag {tag!r} in line {raw!r}")
        blocks.append(Block(tag, text.strip()))
    return blocks


def gold_paragraphs(blocks: Sequence[Block]) -> List[str]:
    out = []
    for b in blocks:
        if b.tag in ("TH", "T"):
            out.append(" ".join(plain(c) for c in b.cells))
        elif b.tag in BODY_TAGS:
            out.append(plain(b.text))
    return out


def _group(blocks: Sequence[Block]):
    """Yield (kind, [blocks]) with consecutive table rows / list lines grouped."""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.tag in ("TH", "T") or b.tag == "L":
            kind = "table" if b.tag in ("TH", "T") else "list"
            j = i
            while j < len(blocks) and ((kind == "table" and blocks[j].tag in ("TH", "T")) or
                                       (kind == "list" and blocks[j].tag == "L")):
                j += 1
            yield kind, list(blocks[i:j])
            i = j
        else:
            yield b.tag, [b]
            i += 1


def body_html(blocks: Sequence[Block], mode: str = "p", table_attrs: str = 'class="tbl"',
              img_src: bool = True, h_tag: str = "h3", list_tag: str = "ul") -> str:
    """Render blocks.  mode: p | indent | ideo | nbsp | br | section | font."""
    pre = {"ideo": "\u3000\u3000", "nbsp": "&nbsp;&nbsp;&nbsp;&nbsp;"}.get(mode, "")
    out: List[str] = []
    brbuf: List[str] = []

    def flush_br():
        if brbuf:
            out.append('<p class="brp">' + "<br>\n".join(brbuf) + "</p>")
            brbuf.clear()

    def para(text: str, cls: str = "", style: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        st = f' style="{style}"' if style else ""
        if mode == "indent":
            st = f' style="text-indent:2em;{style}"'
        if mode == "section":
            return (f'<section{c}{st}><span style="font-size:15px;color:#333;letter-spacing:1px">'
                    f'{pre}{inline(text)}</span></section>')
        if mode == "font":
            return (f'<p{c}{st}><span style="font-family:仿宋_GB2312,仿宋;font-size:16pt">'
                    f'\u3000\u3000{inline(text)}</span></p>')
        return f"<p{c}{st}>{pre}{inline(text)}</p>"

    for kind, group in _group(blocks):
        b = group[0]
        if kind == "P" and mode == "br":
            brbuf.append("\u3000\u3000" + inline(b.text))
            continue
        flush_br()
        if kind == "":
            continue
        if kind == "P":
            out.append(para(b.text))
        elif kind == "H":
            out.append(f"<{h_tag} class=\"sub\">{inline(b.text)}</{h_tag}>")
        elif kind == "HB":
            out.append(para(f"**{plain(b.text)}**" if "**" not in b.text else b.text))
        elif kind == "Q":
            out.append(f'<blockquote>{para(b.text)}</blockquote>')
        elif kind == "R":
            out.append(para(b.text, style="text-align:right") if mode != "indent"
                       else f'<p style="text-align:right">{inline(b.text)}</p>')
        elif kind == "C":
            out.append(f'<p style="text-align:center">{inline(b.text)}</p>')
        elif kind == "list":
            items = "".join(f"<li>{inline(x.text)}</li>" for x in group)
            out.append(f'<{list_tag} class="blist">{items}</{list_tag}>')
        elif kind == "table":
            rows = []
            for r in group:
                cell = "th" if r.tag == "TH" else "td"
                rows.append("<tr>" + "".join(f"<{cell}>{inline(c)}</{cell}>" for c in r.cells) + "</tr>")
            out.append(f"<table {table_attrs}><tbody>" + "".join(rows) + "</tbody></table>")
        elif kind == "IMG":
            src = f' src="{GIF}"' if img_src else ""
            out.append(f'<p class="pic" style="text-align:center"><img{src} alt="{attr(b.text)}" '
                       f'width="640" height="400"></p>')
        elif kind == "CAP":
            out.append(f'<p class="pic-cap">{inline(b.text)}</p>')
        elif kind == "X":
            out.append(f'<p class="note">{inline(b.text)}</p>')
        elif kind == "XR":
            out.append(f'<p class="note" style="text-align:right">{inline(b.text)}</p>')
        elif kind == "RAW":
            out.append(b.text)
    flush_br()
    return "\n".join(out)


# ---------------------------------------------------------------- furniture

def img(alt: str, w: int = 120, h: int = 40, src: bool = True, cls: str = "") -> str:
    s = f' src="{GIF}"' if src else ""
    c = f' class="{cls}"' if cls else ""
    return f'<img{s}{c} alt="{attr(alt)}" width="{w}" height="{h}">'


def links(items: Sequence[str], sep: str = "\n") -> str:
    return sep.join(f'<a href="#">{esc(x)}</a>' for x in items)


def ul(items: Sequence[str], cls: str = "", link: bool = True) -> str:
    c = f' class="{cls}"' if cls else ""
    lis = "".join(f'<li><a href="#">{esc(x)}</a></li>' if link else f"<li>{esc(x)}</li>" for x in items)
    return f"<ul{c}>{lis}</ul>"


def dated_list(items: Sequence[Tuple[str, str]], cls: str = "dl") -> str:
    lis = "".join(f'<li><a href="#">{esc(t)}</a><span class="d">{esc(d)}</span></li>' for t, d in items)
    return f'<ul class="{cls}">{lis}</ul>'


def search(placeholder: str = "请输入关键词", button: str = "搜索") -> str:
    return (f'<form class="search" action="#"><input type="text" placeholder="{attr(placeholder)}">'
            f'<button type="button">{esc(button)}</button></form>')


def select(label: str, options: Sequence[str]) -> str:
    opts = "".join(f"<option>{esc(o)}</option>" for o in [label] + list(options))
    return f"<select>{opts}</select>"


def title_html(lines: Union[str, Sequence[str]], tag: str = "h1", cls: str = "title", sep: str = "<br>") -> str:
    if isinstance(lines, str):
        lines = [lines]
    return f'<{tag} class="{cls}">' + sep.join(esc(x) for x in lines) + f"</{tag}>"


def comments(items: Sequence[Tuple[str, str, str, str]], head: str = "网友评论", cls: str = "cmt") -> str:
    """items: (nick, place/time line, text, likes)."""
    out = [f'<div class="{cls}"><h3>{esc(head)}</h3><ul>']
    for nick, meta, text, likes in items:
        out.append(f'<li><div class="cu">{img("头像", 32, 32)}<span class="nick">{esc(nick)}</span></div>'
                   f'<p class="ct">{esc(text)}</p><div class="cm"><span>{esc(meta)}</span>'
                   f'<a href="#">回复</a><a href="#">赞 {esc(likes)}</a></div></li>')
    out.append("</ul></div>")
    return "".join(out)


def doc(title: str, css: str, body: str, lang: str = "zh-CN") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<style>\n{css.strip()}\n</style>\n</head>\n"
            f"<body>\n{body.strip()}\n</body>\n</html>\n")


@dataclass
class Page:
    id: str
    kind: str
    title: Union[str, List[str]]
    authors: List[str]
    publish_time: Optional[str]
    blocks: List[Block]
    html: str
    body: str                      # the rendered body HTML (must occur in html)
    lang: str = "zh"
    features: str = ""
    site: str = ""

    @property
    def gold_title(self) -> str:
        if isinstance(self.title, str):
            return self.title
        return (" " if self.lang == "en" else "").join(self.title)

    def gold(self) -> dict:
        return {"id": self.id, "set": "zh-blind67", "lang": self.lang, "kind": self.kind,
                "title": self.gold_title, "authors": list(self.authors),
                "publish_time": self.publish_time, "body_paragraphs": gold_paragraphs(self.blocks)}


BASE_CSS = """
body{margin:0;font-family:"Microsoft YaHei","PingFang SC",SimSun,sans-serif;font-size:14px;color:#333;background:#fff}
a{color:#333;text-decoration:none} ul{margin:0;padding:0;list-style:none}
img{border:0;background:#ddd} table{border-collapse:collapse}
.tbl td,.tbl th{border:1px solid #999;padding:4px 8px;text-align:center}
.blist{margin:0 0 12px 2em} .blist li{line-height:2}
.pic-cap{text-align:center;color:#666;font-size:13px} .note{color:#666}
.search input{width:180px;height:24px} .search button{height:28px}
"""
