"""Shared HTML chrome renderers. Page bodies are written per page in pages_*.py."""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

def e(s):
    return H.escape(s, quote=True)

def parse_body(src):
    """Lines: plain = paragraph; '## ' sub-heading; '|a|b' table row; '- ' list line;
    '!img:alt' image; '!cap:' caption; '!by:' standalone byline; '!wh:' 文号; '!x:' other non-body."""
    items = []
    for line in src.strip().split("\n"):
        line = line.strip()
        if line:
            items.append(line)
    return items

def gold_body(items):
    out = []
    for it in items:
        if it.startswith("!"):
            continue
        if it.startswith("## "):
            out.append(it[3:])
        elif it.startswith("|"):
            out.append(" ".join(c.strip() for c in it.strip("|").split("|")))
        elif it.startswith("- "):
            out.append(it[2:])
        else:
            out.append(it)
    return out

def render_body(items, pstyle=""):
    h = []
    i = 0
    while i < len(items):
        it = items[i]
        if it.startswith("|"):
            rows = []
            while i < len(items) and items[i].startswith("|"):
                rows.append(items[i]); i += 1
            h.append('<table class="dt" border="1" cellspacing="0" cellpadding="4">')
            for r in rows:
                h.append("<tr>" + "".join("<td>%s</td>" % e(c.strip()) for c in r.strip("|").split("|")) + "</tr>")
            h.append("</table>")
            continue
        if it.startswith("- "):
            lis = []
            while i < len(items) and items[i].startswith("- "):
                lis.append(items[i][2:]); i += 1
            h.append('<ul class="ls">' + "".join("<li>%s</li>" % e(x) for x in lis) + "</ul>")
            continue
        if it.startswith("## "):
            h.append('<h3 class="sub">%s</h3>' % e(it[3:]))
        elif it.startswith("!img:"):
            h.append('<p class="pic" style="text-align:center"><img src="%s" width="600" height="340" alt="%s"></p>' % (GIF, e(it[5:])))
        elif it.startswith("!cap:"):
            h.append('<p class="cap" style="text-align:center;color:#666">%s</p>' % e(it[5:]))
        elif it.startswith("!by:"):
            h.append('<p class="by">%s</p>' % e(it[4:]))
        elif it.startswith("!wh:"):
            h.append('<p class="wh" style="text-align:center">%s</p>' % e(it[4:]))
        elif it.startswith("!x:"):
            h.append('<p class="ex">%s</p>' % e(it[3:]))
        elif it.startswith("!r:"):
            h.append('<p style="text-align:right">%s</p>' % e(it[3:]))
        else:
            h.append('<p%s>%s</p>' % (pstyle, e(it)))
        i += 1
    return "\n".join(h)

def doc(title, style, body, charset="utf-8"):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="%s">\n<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n%s\n</body></html>\n'
            % (charset, e(title), style, body))

def links(items, sep=""):
    return sep.join('<a href="#">%s</a>' % e(x) for x in items)

def ul(items, cls="rel"):
    return '<ul class="%s">' % cls + "".join('<li><a href="#">%s</a></li>' % e(x) for x in items) + "</ul>"
