#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

A page is a dict: id, kind, lang, title, authors, publish_time, doc_title (the <title>),
style (css variant: table|div|modern|epaper|app|en), and els: a list of blocks in page order.
Body blocks ('p', 'h', 'li', 'table', 'quote') are rendered as the article body AND written
to the gold body_paragraphs; every other block is furniture.
"""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

CSS = {
 "table": "body{font:12px/1.8 SimSun,serif;margin:0}table{border-collapse:collapse}td{padding:2px 6px}.w{width:980px;margin:0 auto}.nav a{margin:0 8px}.t{font-size:20px;font-weight:bold;text-align:center;color:#c00}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.foot{text-align:center;background:#eee}",
 "div": "body{font:14px/1.9 'Microsoft YaHei',sans-serif;margin:0}.w{width:1100px;margin:0 auto}.nav li{display:inline-block;margin:0 12px}h1{font-size:26px;text-align:center}.kick,.deck{text-align:center;color:#555}.info{color:#888;text-align:center}.foot{background:#1b4b8a;color:#fff;padding:10px}",
 "modern": "body{font:16px/1.8 system-ui,sans-serif;margin:0}.w{max-width:1200px;margin:0 auto}header{background:#b40000;color:#fff}.nav li{display:inline-block;margin:0 14px}h1{font-size:30px}.info span{margin-right:14px}.share a{margin:0 6px}.foot{background:#222;color:#ccc}",
 "epaper": "body{font:14px/1.7 SimSun,serif;margin:0}.l{float:left;width:300px}.r{margin-left:320px}.kick{font-size:16px}.deck{font-size:16px}h1{font-size:24px}.pn a{margin-right:6px}",
 "app": "body{font:17px/1.9 'PingFang SC',sans-serif;margin:0}.w{max-width:680px;margin:0 auto}h1{font-size:24px}.acct{color:#576b95}.foot{color:#999;font-size:13px}",
 "en": "body{font:16px/1.7 Georgia,serif;margin:0}.w{max-width:1000px;margin:0 auto}.nav li{display:inline-block;margin:0 10px}h1{font-size:32px}.byline,.date{color:#666}",
}
BODY_KINDS = ("p", "h", "li", "table", "quote", "sig")

def render_el(el):
    k = el[0]
    if k == "p":
        return "<p>%s</p>" % e(el[1])
    if k == "pi":  # paragraph with U+3000 indent kept in text? rendered same
        return "<p>%s</p>" % e(el[1])
    if k == "h":
        return "<h3>%s</h3>" % e(el[1])
    if k == "quote":
        return "<blockquote><p>%s</p></blockquote>" % e(el[1])
    if k == "sig":
        return '<p style="text-align:right">%s</p>' % e(el[1])
    if k == "li":
        return "<ul>%s</ul>" % "".join("<li>%s</li>" % e(x) for x in el[1])
    if k == "table":
        rows = el[1]
        out = ['<table border="1" class="data">']
        for i, r in enumerate(rows):
            tag = "th" if i == 0 else "td"
            out.append("<tr>%s</tr>" % "".join("<%s>%s</%s>" % (tag, e(c), tag) for c in r))
        return "".join(out) + "</table>"
    if k == "img":
        alt, cap = el[1], (el[2] if len(el) > 2 else None)
        s = '<div class="pic"><img alt="%s" src="%s" width="600" height="1">' % (e(alt), GIF)
        if cap:
            s += '<p class="cap">%s</p>' % e(cap)
        return s + "</div>"
    if k == "h1":
        parts = el[1] if isinstance(el[1], list) else [el[1]]
        return "<h1>%s</h1>" % "<br>".join(e(x) for x in parts)
    if k == "h1x":  # headline with a class but rendered as div (no h1 tag)
        parts = el[1] if isinstance(el[1], list) else [el[1]]
        return '<div class="t">%s</div>' % "<br>".join(e(x) for x in parts)
    if k in ("kick", "deck", "info", "crumb", "x", "byline", "editor", "acct", "date", "share"):
        return '<div class="%s">%s</div>' % (k, e(el[1]))
    if k == "banner":
        return '<div class="banner"><img alt="%s" src="%s" width="1" height="1"> %s</div>' % (e(el[1]), GIF, e(el[2]) if len(el) > 2 else "")
    if k == "links":
        return '<div class="links">%s</div>' % " ".join("<a>%s</a>" % e(x) for x in el[1])
    if k == "links|":
        return '<div class="links">%s</div>' % " | ".join("<a>%s</a>" % e(x) for x in el[1])
    if k == "nav":
        return '<ul class="nav">%s</ul>' % "".join("<li><a>%s</a></li>" % e(x) for x in el[1])
    if k == "search":
        return '<div class="search"><input type="text" placeholder="%s"><button>%s</button></div>' % (
            e(el[1] if len(el) > 1 else "请输入关键字"), e(el[2] if len(el) > 2 else "搜索"))
    if k == "related":
        return '<div class="rel"><h4>%s</h4><ul>%s</ul></div>' % (e(el[1]), "".join("<li><a>%s</a></li>" % e(x) for x in el[2]))
    if k == "foot":
        return '<div class="foot">%s</div>' % "".join("<p>%s</p>" % e(x) for x in el[1])
    if k == "qr":
        return '<div class="qr"><img alt="%s" src="%s" width="1" height="1"><p>%s</p></div>' % (e(el[1]), GIF, e(el[2]))
    if k == "rawhtml":
        return el[1]
    if k == "open":   # open a wrapper
        return el[1]
    if k == "close":
        return el[1]
    raise ValueError(k)

def body_of(els):
    out = []
    for el in els:
        k = el[0]
        if k in ("p", "h", "quote", "sig"):
            out.append(el[1])
        elif k == "li":
            out.extend(el[1])
        elif k == "table":
            out.extend(" ".join(r) for r in el[1])
    return out

def build(page):
    style = page.get("style", "div")
    parts = ['<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">' % ("en" if page["lang"] == "en" else "zh-CN"),
             "<title>%s</title>" % e(page["doc_title"]), "<style>%s</style></head>" % CSS[style],
             '<body class="%s">' % style]
    parts += [render_el(el) for el in page["els"]]
    parts.append("</body></html>\n")
    gold = {"id": page["id"], "set": "zh-blind70", "lang": page["lang"], "kind": page["kind"],
            "title": page["title"], "authors": page["authors"], "publish_time": page["publish_time"],
            "body_paragraphs": body_of(page["els"])}
    return "\n".join(parts), gold

def all_pages():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    ps = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    return ps

def main():
    ps = all_pages()
    ids = [p["id"] for p in ps]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for p in ps:
        h, g = build(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(h)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("built", len(ps), "pages")

if __name__ == "__main__":
    main()
