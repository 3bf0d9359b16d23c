import json, html as H, os, re
OUT = os.path.dirname(os.path.abspath(__file__))
PAGES = []
CSS = """body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333;font-size:14px}
a{color:#333;text-decoration:none}.w{width:1100px;margin:0 auto}.top{background:#f2f2f2;font-size:12px;padding:4px 0}
.top span,.top a{margin-right:12px}.ban{background:#b71c1c;color:#fff;padding:18px 0}.ban h1{margin:0;font-size:30px}
.nav{background:#a11;}.nav a{color:#fff;display:inline-block;padding:8px 14px}.crumb{padding:8px 0;font-size:13px}
.info{color:#888;font-size:13px;text-align:center;border-bottom:1px dashed #ccc;padding:6px 0}.info span{margin:0 8px}
.art{font-size:16px;line-height:1.9}.art p{text-indent:2em;margin:0 0 12px}.cap{text-align:center!important;text-indent:0!important;font-size:13px;color:#666}
.rt{text-align:right!important}.tit{text-align:center;font-size:26px;font-weight:bold;margin:14px 0;color:#111}
.side{float:right;width:280px}.side li,.rel li{font-size:13px;line-height:2}.foot{background:#eee;font-size:12px;text-align:center;padding:14px 0;margin-top:30px;clear:both}
table{border-collapse:collapse;margin:10px auto}td,th{border:1px solid #999;padding:4px 8px;font-size:14px}
.tools a{margin-right:10px}.search input{width:200px}.gray{color:#999;font-size:12px}"""

def esc(s): return H.escape(s, quote=False)
def ul(items, cls="rel"):
    return '<ul class="%s">%s</ul>' % (cls, "".join("<li><a href=\"#\">%s</a></li>" % esc(i) if isinstance(i, str) else "<li><a href=\"#\">%s</a><span class=gray>%s</span></li>" % (esc(i[0]), esc(i[1])) for i in items))
def links(items, cls="nav", sep=""):
    return '<div class="%s"><div class=w>%s</div></div>' % (cls, sep.join('<a href="#">%s</a>' % esc(i) for i in items))
def top(items): return '<div class=top><div class=w>%s</div></div>' % "".join("<a href=\"#\">%s</a>" % esc(i) for i in items)
def search(ph, btn="搜索"): return '<div class=search><input type=text placeholder="%s"><button>%s</button></div>' % (esc(ph), btn)
def foot(lines): return '<div class=foot>%s</div>' % "".join("<p>%s</p>" % esc(l) for l in lines)
def body_html(items):
    out = []
    for it in items:
        if isinstance(it, str): out.append("<p>%s</p>" % esc(it)); continue
        k = it[0]
        if k == 'h': out.append("<h3 style='font-size:17px'>%s</h3>" % esc(it[1]))
        elif k == 'b': out.append("<p><strong>%s</strong></p>" % esc(it[1]))
        elif k == 'r': out.append("<p class=rt>%s</p>" % esc(it[1]))
        elif k == 'n': out.append("<p style='text-indent:0'>%s</p>" % esc(it[1]))
        elif k == 't':
            rows = it[1]
            out.append("<table>" + "".join("<tr>%s</tr>" % "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % esc(c) for c in r) if False else "<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for i, r in enumerate(rows)) + "</table>")
        elif k == 'img': out.append('<p style="text-align:center"><img src="p%d.jpg" alt="%s" width=600 height=20></p><p class=cap>%s</p>' % (len(out), esc(it[1]), esc(it[2])))
        elif k == 'x': out.append(it[1])
    return "\n".join(out)
def gold_body(items):
    g = []
    for it in items:
        if isinstance(it, str): g.append(it)
        elif it[0] in ('h', 'b', 'r', 'n'): g.append(it[1])
        elif it[0] == 't': g.extend(" ".join(r) for r in it[1])
    return g
def page(pid, kind, title, authors, ptime, before, body, after, lang="zh", css="", htitle=None):
    doc = '<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title><style>%s\n%s</style></head><body>\n%s\n<div class="art w" id=content>\n%s\n</div>\n%s\n</body></html>\n' % (
        "en" if lang == "en" else "zh-CN", esc(htitle or title), CSS, css, before, body_html(body), after)
    PAGES.append(dict(id=pid, kind=kind, html=doc, gold={"id": pid, "set": "zh-blind5", "lang": lang, "title": title,
        "authors": authors, "publish_time": ptime, "body_paragraphs": gold_body(body)}))
def write():
    for p in PAGES:
        open(os.path.join(OUT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(p["html"])
        json.dump(p["gold"], open(os.path.join(OUT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump({p["id"]: p["kind"] for p in PAGES}, open(os.path.join(OUT, "kinds.json"), "w"), ensure_ascii=False, indent=1)
    print(len(PAGES), "pages")
