"""Render one page description (a dict) to HTML and to its gold record.

Body blocks are written as lines with a prefix; the same parsed blocks feed both the
HTML body and gold body_paragraphs, so the two cannot drift apart.

  p:  paragraph (body)          ip: paragraph with two U+3000 indent (body, indent not in gold)
  h:  sub-heading (body)        li: list line (body)
  t:  table row, cells split by | (body: cells joined by one space)
  sig: right-aligned 署名 / 日期 line (body)
  img: alt|caption (not body)   x:  other line inside the article (byline, editor, source; not body)
"""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def e(s):
    return H.escape(s, quote=True)


def parse_blocks(src):
    out = []
    for line in src.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        k, _, v = line.partition(":")
        assert k in ("p", "ip", "h", "li", "t", "sig", "img", "x"), line
        out.append((k, v))
    return out


def gold_body(blocks):
    g = []
    for k, v in blocks:
        if k in ("p", "h", "li", "sig"):
            g.append(v)
        elif k == "ip":
            g.append(v)
        elif k == "t":
            g.append(" ".join(c.strip() for c in v.split("|")))
    return g


def body_html(blocks, p):
    s = []
    i = 0
    lt = p.get("list_tag", "ul")
    while i < len(blocks):
        k, v = blocks[i]
        if k == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(f"<li>{e(blocks[i][1])}</li>")
                i += 1
            s.append(f"<{lt} class=\"lst\">" + "".join(items) + f"</{lt}>")
            continue
        if k == "t":
            rows = []
            first = True
            while i < len(blocks) and blocks[i][0] == "t":
                tag = "th" if first and p.get("th", True) else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{e(c.strip())}</{tag}>" for c in blocks[i][1].split("|")) + "</tr>")
                first = False
                i += 1
            s.append("<table class=\"dt\" border=\"1\" cellspacing=\"0\">" + "".join(rows) + "</table>")
            continue
        if k == "p":
            s.append(f"<p>{e(v)}</p>")
        elif k == "ip":
            s.append(f"<p class=\"ind\">\u3000\u3000{e(v)}</p>")
        elif k == "h":
            s.append(f"<{p.get('htag', 'h3')} class=\"sub\">{e(v)}</{p.get('htag', 'h3')}>")
        elif k == "sig":
            s.append(f"<p style=\"text-align:right\">{e(v)}</p>")
        elif k == "img":
            alt, _, cap = v.partition("|")
            s.append(f"<div class=\"pic\"><img src=\"{GIF}\" alt=\"{e(alt)}\" width=\"600\" height=\"1\">"
                     + (f"<p class=\"cap\">{e(cap)}</p>" if cap else "") + "</div>")
        elif k == "x":
            s.append(f"<div class=\"note\">{e(v)}</div>")
        i += 1
    return "\n".join(s)


def links(items, cls, sep=""):
    if not items:
        return ""
    return f"<div class=\"{cls}\">" + sep.join(f"<a href=\"#\">{e(x)}</a>" for x in items) + "</div>"


def ul(items, cls):
    if not items:
        return ""
    return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"#\">{e(x)}</a></li>" for x in items) + "</ul>"


def info_html(p):
    info = p.get("info") or []
    mode = p.get("info_mode", "spaced")
    if not info:
        return ""
    if mode == "glued":
        inner = "".join(f"<span>{e(x)}</span>" for x in info)
    elif mode == "spaced":
        inner = "&nbsp;&nbsp;&nbsp;".join(f"<span>{e(x)}</span>" for x in info)
    elif mode == "lines":
        inner = "".join(f"<div>{e(x)}</div>" for x in info)
    elif mode == "table":
        return "<table class=\"info\"><tr>" + "".join(f"<td>{e(x)}</td>" for x in info) + "</tr></table>"
    elif mode == "pipe":
        inner = " | ".join(e(x) for x in info)
    else:
        raise ValueError(mode)
    return f"<div class=\"info\">{inner}</div>"


def title_html(p):
    t = p["title"]
    lines = t if isinstance(t, list) else [t]
    tag = p.get("ttag", "h1")
    s = ""
    if p.get("kicker"):
        s += f"<div class=\"kicker\">{e(p['kicker'])}</div>"
    s += f"<{tag} class=\"tt\">" + "<br>".join(e(x) for x in lines) + f"</{tag}>"
    if p.get("subtitle"):
        s += f"<div class=\"subt\">{e(p['subtitle'])}</div>"
    return s


def render(p):
    blocks = parse_blocks(p["body"])
    lay = p.get("layout", "div")
    head = []
    if p.get("top"):
        head.append(links(p["top"], "topbar", p.get("top_sep", " | ")))
    if p.get("banner"):
        head.append(f"<div class=\"banner\"><img src=\"{GIF}\" alt=\"{e(p['banner'])}\" width=\"300\" height=\"1\">"
                    + (f"<span class=\"sitename\">{e(p['sitename'])}</span>" if p.get("sitename") else "") + "</div>")
    elif p.get("sitename"):
        head.append(f"<div class=\"banner\"><span class=\"sitename\">{e(p['sitename'])}</span></div>")
    if p.get("search", True):
        head.append(f"<form class=\"search\"><input type=\"text\" placeholder=\"{e(p.get('placeholder', '请输入关键字'))}\">"
                    f"<button type=\"button\">{e(p.get('search_btn', '搜索'))}</button></form>")
    if p.get("nav"):
        head.append(ul(p["nav"], "nav"))
    crumb = f"<div class=\"crumb\">{e(p['crumb'])}</div>" if p.get("crumb") else ""
    art = []
    pos = p.get("info_pos", "below")
    if pos == "above":
        art.append(info_html(p))
    art.append(title_html(p))
    if pos == "below":
        art.append(info_html(p))
    if p.get("font_tools"):
        art.append(f"<div class=\"tools\">{e(p['font_tools'])}</div>")
    if p.get("lead"):
        art.append(f"<div class=\"lead\">{e(p['lead'])}</div>")
    art.append(f"<div class=\"content\">{body_html(blocks, p)}</div>")
    for x in p.get("after", []):
        art.append(f"<div class=\"after\">{e(x)}</div>")
    if pos == "bottom":
        art.append(info_html(p))
    if p.get("share"):
        art.append(links(p["share"], "share", " "))
    if p.get("prevnext"):
        art.append("<div class=\"pn\">" + "".join(f"<div><a href=\"#\">{e(x)}</a></div>" for x in p["prevnext"]) + "</div>")
    if p.get("related"):
        rt, items = p["related"]
        art.append(f"<div class=\"rel\"><h4>{e(rt)}</h4>" + ul(items, "rl") + "</div>")
    side = ""
    if p.get("side"):
        st, items = p["side"]
        side = f"<div class=\"side\"><h4>{e(st)}</h4>" + ul(items, "sl") + "</div>"
    foot = "<div class=\"footer\">" + "".join(f"<p>{e(x)}</p>" for x in p.get("footer", [])) + "</div>"
    css = p.get("css", "") + "\n.pic img{display:block;background:#ddd}.dt td,.dt th{padding:2px 6px}"
    if lay == "table":
        main = ("<table width=\"1000\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td colspan=\"2\">"
                + "\n".join(head) + "</td></tr><tr><td colspan=\"2\">" + crumb + "</td></tr><tr>"
                + (f"<td width=\"240\" valign=\"top\">{side}</td>" if side else "")
                + "<td valign=\"top\">" + "\n".join(art) + "</td></tr><tr><td colspan=\"2\">" + foot + "</td></tr></table>")
    else:
        wrap = {"div": ("div", "div"), "article": ("main", "article"), "mobile": ("div", "section")}[lay]
        main = ("<header>" + "\n".join(head) + "</header>" + crumb
                + f"<{wrap[0]} class=\"wrap\"><{wrap[1]} class=\"art\">" + "\n".join(art) + f"</{wrap[1]}>" + side
                + f"</{wrap[0]}><footer>{foot}</footer>")
    pre = p.get("pre", "")
    title_tag = p.get("doc_title") or (p["title"] if isinstance(p["title"], str) else "".join(p["title"])) + "_" + p.get("sitename", p.get("banner", ""))
    doc = (f"<!DOCTYPE html>\n<html lang=\"{'en' if p.get('lang') == 'en' else 'zh-CN'}\"><head><meta charset=\"utf-8\">"
           f"<title>{e(title_tag)}</title><style>{css}</style></head><body>{pre}\n{main}\n</body></html>\n")
    t = p["title"]
    gold_title = p.get("gold_title") or ((" " if p.get("lang") == "en" else "").join(t) if isinstance(t, list) else t)
    gold = {"id": p["id"], "set": "zh-blind129", "lang": p.get("lang", "zh"), "kind": p["kind"],
            "title": gold_title, "authors": p["authors"], "publish_time": p["time"],
            "body_paragraphs": gold_body(blocks)}
    return doc, gold
