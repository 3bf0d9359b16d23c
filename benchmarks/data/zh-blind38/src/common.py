"""Shared helpers for the zh-blind38 page generator."""
import html as _h

PAGES = []

def esc(s):
    """HTML-escape; runs of 2+ ASCII spaces (spaced-out names) become no-break spaces so they survive rendering."""
    import re
    return re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group()), _h.escape(s, quote=True))

def page(pid, lang, title, authors, publish_time, body, markup, css=""):
    """Register a page. body: gold paragraphs. markup: the <body> inner HTML."""
    doc = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n"
           "<title>%s</title>\n<style>\nbody{margin:0;font:14px/1.7 'Microsoft YaHei',SimSun,sans-serif;color:#333}"
           "a{color:#333;text-decoration:none}ul{list-style:none;margin:0;padding:0}"
           "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}\n%s\n</style></head>\n<body>\n%s\n</body></html>\n"
           ) % ("en" if lang == "en" else "zh-CN", esc(title.replace("\n", "")), css, markup)
    # spaced-out two-character names written straight into markup ("韦  婷"): keep the spaces visible
    import re
    doc = re.sub(r"(?<=[\u4e00-\u9fff]) {2,}(?=[\u4e00-\u9fff])", lambda m: "&nbsp;" * len(m.group()), doc)
    PAGES.append(dict(id=pid, lang=lang, title=title, authors=authors,
                      publish_time=publish_time, body=body, html=doc))

def ps(paras, style=""):
    """paragraphs -> <p> markup (U+3000 indent is text, kept in gold too? no: use CSS indent)."""
    st = ' style="%s"' % style if style else ""
    return "\n".join("<p%s>%s</p>" % (st, esc(p)) for p in paras)

def table(rows, head=True, attrs='border="1" cellspacing="0" cellpadding="4"'):
    out = ["<table %s>" % attrs]
    for i, r in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def trows(rows):
    return [" ".join(r) for r in rows]

def ul(items, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "<ul%s>" % c + "".join("<li><a href=\"#\">%s</a></li>" % esc(i) for i in items) + "</ul>"

def ul_dated(items, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "<ul%s>" % c + "".join("<li><a href=\"#\">%s</a><span>%s</span></li>" % (esc(t), esc(d)) for t, d in items) + "</ul>"

def nav(items, cls="nav"):
    return '<div class="%s">' % cls + "".join('<a href="#">%s</a>' % esc(i) for i in items) + "</div>"

def search(ph, btn="搜索"):
    return '<div class="search"><input type="text" placeholder="%s"><button>%s</button></div>' % (esc(ph), esc(btn))

def gov_footer(host, code, icp, ga, extra=""):
    return ('<div class="footer"><p>主办单位：%s　承办单位：%s</p>'
            '<p>网站标识码：%s　<a href="#">%s</a>　<a href="#">%s</a></p>%s'
            '<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p></div>'
            ) % (esc(host[0]), esc(host[1]), code, esc(icp), esc(ga), extra)
