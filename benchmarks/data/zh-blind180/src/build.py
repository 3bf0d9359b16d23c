#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages*.py."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def body_html(blocks, style):
    out = []; lis = []
    def flush():
        if lis:
            out.append("<ul class='lst'>" + "".join(f"<li>{e(x)}</li>" for x in lis) + "</ul>"); lis.clear()
    for b in blocks:
        t = b[0]
        if t != "li": flush()
        if t == "p":
            ind = "\u3000\u3000" if style.get("indent") else ""
            out.append(f"<p>{ind}{e(b[1])}</p>")
        elif t == "h":
            out.append(f"<p class='sub'><strong>{e(b[1])}</strong></p>" if style.get("hstrong") else f"<h3>{e(b[1])}</h3>")
        elif t == "li": lis.append(b[1])
        elif t == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f"<table class='dt' border='1'>{rows}</table>")
        elif t == "img":
            out.append(f"<p class='pic'><img src='{GIF}' alt='{e(b[1])}'></p>" + (f"<p class='cap'>{e(b[2])}</p>" if len(b) > 2 and b[2] else ""))
        elif t in ("x", "byline", "editor", "src", "orig"):  # shown, not body
            out.append(f"<p class='{t}'>{e(b[1])}</p>")
        elif t == "raw": out.append(b[1])
    flush()
    return "\n".join(out)

def gold_body(blocks):
    g = []
    for b in blocks:
        if b[0] in ("p", "h", "li"): g.append(b[1])
        elif b[0] == "table": g.extend(" ".join(r) for r in b[1])
    return g

def lines(xs, cls, tag="div"):
    return "".join(f"<{tag} class='{cls}'>{e(x)}</{tag}>" for x in xs)

def render(p):
    lay = p.get("layout", "div")
    st = p.get("style", {})
    title = p["title_lines"]
    th = "<br>".join(e(x) for x in title)
    pre = lines(p.get("pre", []), "yt")
    sub = lines(p.get("sub", []), "ft")
    info = p.get("info", [])
    infoh = f"<div class='info'>{p.get('info_sep', ' ').join('<span>'+e(x)+'</span>' for x in info)}</div>" if info else ""
    if p.get("info_raw"): infoh = p["info_raw"]
    head = pre + f"<h1>{th}</h1>" + sub
    art = (infoh + head) if p.get("info_above") else (head + infoh)
    art += p.get("after_head", "")
    art += f"<div class='content'>{body_html(p['body'], st)}</div>"
    art += lines(p.get("after", []), "aft")
    share = lines(p.get("share", []), "share")
    pn = lines(p.get("prevnext", []), "pn")
    rel = ""
    for hd, items in p.get("related", []):
        rel += f"<div class='rel'><h4>{e(hd)}</h4><ul>" + "".join(f"<li><a href='#'>{e(x)}</a></li>" for x in items) + "</ul></div>"
    top = lines(p.get("top", []), "top")
    site = f"<div class='logo'><img src='{GIF}' alt='{e(p.get('logo_alt', p['site']))}'><div class='sn'>{e(p['site'])}</div></div>"
    search = f"<div class='search'><input type='text' placeholder='{e(p.get('placeholder','请输入关键字'))}'><button>搜索</button></div>" if p.get("search", True) else ""
    nav = "<ul class='nav'>" + "\n".join(f"<li><a href='#'>{e(x)}</a></li>" for x in p.get("nav", [])) + "</ul>"
    crumb = f"<div class='crumb'>{e(p['crumb'])}</div>" if p.get("crumb") else ""
    side = ""
    for hd, items in p.get("side", []):
        side += f"<div class='sb'><h4>{e(hd)}</h4>" + "".join(f"<p><a href='#'>{e(x)}</a></p>" for x in items) + "</div>"
    foot = "<div class='foot'>" + "".join(f"<p>{e(x)}</p>" for x in p.get("footer", [])) + "</div>"
    css = "body{font-family:sans-serif;margin:0}.nav li{display:inline;margin:0 8px}.top{font-size:12px}.info span{margin-right:12px}.share,.pn{margin:6px 0}" + p.get("css", "")
    if lay == "table":
        main = (f"<table width='1000' align='center' cellpadding='0' cellspacing='0'><tr><td>{top}</td></tr><tr><td>{site}{search}</td></tr>"
                f"<tr><td>{nav}</td></tr><tr><td>{crumb}</td></tr><tr><td><table width='100%'><tr><td valign='top' width='760'>{art}{share}{pn}{rel}</td>"
                f"<td valign='top'>{side}</td></tr></table></td></tr><tr><td>{foot}</td></tr></table>")
    elif lay == "app":
        main = f"<div class='app'>{top}{site}<article>{art}</article>{share}{rel}{foot}</div>"
    else:
        main = (f"<header>{top}{site}{search}<nav>{nav}</nav></header><div class='wrap'>{crumb}<main><article>{art}</article>{share}{pn}{rel}</main>"
                f"<aside>{side}</aside></div><footer>{foot}</footer>")
        if lay == "flex": css += ".wrap{display:flex;gap:20px}main{flex:3}aside{flex:1}"
    doc = (f"<!DOCTYPE html>\n<html lang='{'en' if p.get('lang')=='en' else 'zh-CN'}'><head><meta charset=\"utf-8\"><title>{e(p.get('doctitle', ''.join(title)+'_'+p['site']))}</title>"
           f"<style>{css}</style></head><body>\n{p.get('pre_body','')}{main}\n</body></html>\n")
    return doc.replace("  ", "\u00a0\u00a0")  # spaced-out names as saved pages print them

def main():
    import pages1, pages2, pages3, pages4
    allp = pages1.PAGES + pages2.PAGES + pages3.PAGES + pages4.PAGES
    for p in allp:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(p))
        sep = " " if p.get("lang") == "en" else ""
        g = {"id": p["id"], "set": "zh-blind180", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": sep.join(p["title_lines"]), "authors": p["authors"], "publish_time": p["time"],
             "body_paragraphs": gold_body(p["body"])}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(allp), "pages")

if __name__ == "__main__":
    main()
