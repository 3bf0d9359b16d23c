#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body blocks (strings) in a page's "body" list:
  plain text      -> <p>, gold paragraph
  "## text"       -> sub-heading, gold paragraph
  "- text"        -> list item (consecutive ones make one <ul>), gold paragraph
  "|a|b|c"        -> table row (consecutive rows make one <table>; first = header), gold "a b c"
  "> text"        -> quoted passage (<blockquote>), gold paragraph
  "!text"         -> photo (img alt + caption), not body
  "@text"         -> byline line on its own, not body
  "=text"         -> editor / source / 原标题 line inside the article box, not body
  "R:text"        -> raw HTML paragraph whose text (tags stripped) is a gold paragraph
"""
import html, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape

def strip_tags(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))

def render_body(blocks, style):
    out, gold, i = [], [], 0
    ind = style.get("indent", "")
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("- "):
            items = []
            while i < len(blocks) and blocks[i].startswith("- "):
                items.append(blocks[i][2:]); i += 1
            out.append("<ul class=\"lst\">" + "".join(f"<li>{E(t)}</li>" for t in items) + "</ul>")
            gold += items; continue
        if b.startswith("|"):
            rows = []
            while i < len(blocks) and blocks[i].startswith("|"):
                rows.append(blocks[i].strip("|").split("|")); i += 1
            t = ["<table class=\"dt\" border=\"1\" cellspacing=\"0\">"]
            for n, r in enumerate(rows):
                tag = "th" if n == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            out.append("".join(t) + "</table>"); continue
        if b.startswith("## "):
            out.append(f"<{style.get('h','h3')} class=\"sub\">{E(b[3:])}</{style.get('h','h3')}>"); gold.append(b[3:])
        elif b.startswith("> "):
            out.append(f"<blockquote><p>{E(b[2:])}</p></blockquote>"); gold.append(b[2:])
        elif b.startswith("!"):
            out.append(f"<div class=\"pic\"><img src=\"{GIF}\" alt=\"{E(b[1:])}\" width=\"1\" height=\"1\"><p class=\"cap\">{E(b[1:])}</p></div>")
        elif b.startswith("@"):
            out.append(f"<p class=\"byl\">{E(b[1:])}</p>")
        elif b.startswith("="):
            out.append(f"<p class=\"ed\">{E(b[1:])}</p>")
        elif b.startswith("R:"):
            out.append(f"<p>{b[2:]}</p>"); gold.append(strip_tags(b[2:]))
        else:
            out.append(f"<p>{ind}{E(b)}</p>"); gold.append(b)
        i += 1
    return "\n".join(out), gold

def lst(items, cls="rel"):
    return f"<ul class=\"{cls}\">" + "".join(f"<li><a href=\"#\">{E(x)}</a></li>" for x in items) + "</ul>"

def nav(items):
    return "<div class=\"nav\">" + " ".join(f"<a href=\"#\">{E(x)}</a>" for x in items) + "</div>"

def headline(p):
    parts = []
    if p.get("pre"):
        parts.append(f"<p class=\"yt\">{E(p['pre'])}</p>")
    tl = p.get("title_lines") or [p["title"]]
    parts.append(f"<{p.get('htag','h1')} class=\"tit\">" + "<br>".join(E(x) for x in tl) + f"</{p.get('htag','h1')}>")
    if p.get("subtitle"):
        parts.append(f"<p class=\"ft\">{E(p['subtitle'])}</p>")
    return "\n".join(parts)

CSS = {
 "table": "body{font:12px SimSun;margin:0}table{border-collapse:collapse}.nav a{margin:0 6px;color:#fff}.tit{font-size:20px;color:#b00;text-align:center}.info{text-align:center;color:#666}.dt td,.dt th{padding:3px}.foot{text-align:center;background:#eee}",
 "portal": "body{font:14px 'Microsoft YaHei';margin:0;background:#f4f4f4}.wrap{width:1100px;margin:0 auto;background:#fff}.nav{background:#1d5fa8;padding:8px}.nav a{color:#fff;margin:0 10px}.crumb{padding:6px;color:#555}.tit{font-size:26px;text-align:center}.info{color:#888;text-align:center;border-bottom:1px dashed #ccc}.side{float:right;width:260px}.foot{clear:both;background:#333;color:#ccc;padding:10px}",
 "modern": "body{font:16px/1.8 system-ui,'PingFang SC';margin:0;color:#222}header{display:flex;justify-content:space-between;padding:12px 24px;border-bottom:3px solid #c00}.nav{display:flex;gap:18px;padding:10px 24px}main{max-width:860px;margin:0 auto}.tit{font-size:30px}.info{color:#999;font-size:14px}.share a{margin-right:8px}footer{background:#0f1f3a;color:#aab;padding:20px}",
 "app": "body{font:17px/1.75 -apple-system,sans-serif;margin:0 auto;max-width:680px;padding:0 16px}.top{display:flex;justify-content:space-between;padding:8px 0}.tit{font-size:24px}.info{color:#999;font-size:13px}.open{background:#f04142;color:#fff;padding:6px 12px;border-radius:16px}",
 "epaper": "body{font:14px SimSun;margin:0}.l{float:left;width:300px;background:#eef}.r{margin-left:310px}.yt,.ft{color:#246;font-size:15px;text-align:center}.tit{text-align:center;font-size:24px;color:#000}.bm li{list-style:none}.foot{clear:both;text-align:center}",
 "en": "body{font:17px/1.6 Georgia,serif;margin:0}header{padding:10px 30px;border-bottom:1px solid #ddd}.nav a{margin-right:14px;text-transform:uppercase;font-size:13px}article{max-width:760px;margin:0 auto}.tit{font-size:34px}.info{color:#777;font-size:14px}footer{background:#222;color:#ccc;padding:16px}",
}

def render(p):
    lay = p["layout"]
    body_html, gold_body = render_body(p["body"], p.get("style", {}))
    info = p.get("info", "")
    pos = p.get("info_pos", "below")
    head = headline(p)
    art = []
    if pos == "above": art += [info, head]
    elif pos == "bottom": art += [head]
    else: art += [head, info]
    if p.get("lead"): art.append(p["lead"])
    art.append(f"<div class=\"content\">{body_html}</div>")
    if pos == "bottom": art.append(info)
    art += p.get("after", [])
    article = "\n".join(art)
    top = "\n".join(p.get("top", []))
    crumb = f"<div class=\"crumb\">{p['crumb']}</div>" if p.get("crumb") else ""
    side = "\n".join(p.get("side", []))
    foot = "\n".join(f"<p>{x}</p>" for x in p.get("footer", []))
    navh = nav(p.get("nav", []))
    if lay == "table":
        page = (f"<table width=\"1000\" align=\"center\"><tr><td>{top}</td></tr>"
                f"<tr><td bgcolor=\"#a00\">{navh}</td></tr><tr><td>{crumb}</td></tr>"
                f"<tr><td><table width=\"100%\"><tr><td valign=\"top\">{article}</td>"
                + (f"<td width=\"240\" valign=\"top\">{side}</td>" if side else "") +
                f"</tr></table></td></tr><tr><td class=\"foot\">{foot}</td></tr></table>")
    elif lay == "portal":
        page = (f"<div class=\"wrap\"><div class=\"top\">{top}</div>{navh}{crumb}"
                f"<div class=\"side\">{side}</div><div class=\"main\">{article}</div>"
                f"<div class=\"foot\">{foot}</div></div>")
    elif lay == "epaper":
        page = (f"<div class=\"top\">{top}</div>{navh}<div class=\"l\">{side}</div>"
                f"<div class=\"r\">{crumb}{article}</div><div class=\"foot\">{foot}</div>")
    elif lay == "app":
        page = (f"<div class=\"top\">{top}</div>{article}<div class=\"more\">{side}</div>"
                f"<div class=\"foot\">{foot}</div>")
    else:  # modern, en
        page = (f"<header>{top}</header>{navh}{crumb}<main><article>{article}</article>"
                f"<aside>{side}</aside></main><footer>{foot}</footer>")
    css = CSS[lay] + p.get("css", "")
    doc = (f"<!DOCTYPE html>\n<html lang=\"{'en' if p['lang']=='en' else 'zh-CN'}\"><head><meta charset=\"utf-8\">"
           f"<title>{E(p.get('doc_title', p['title']))}</title><style>{css}</style></head>\n<body>\n{page}\n</body></html>\n")
    gold = {"id": p["id"], "set": "zh-blind161", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
            "authors": p["authors"], "publish_time": p["publish_time"], "body_paragraphs": gold_body}
    return doc, gold

def all_pages():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    return pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES

def main():
    for p in all_pages():
        doc, gold = render(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")
    print("built", len(all_pages()), "pages")

if __name__ == "__main__":
    main()
