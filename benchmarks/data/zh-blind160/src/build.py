#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages/*.txt.

Description format: header lines `key: value` until a line `---`, then body lines:
  p: paragraph        h: sub-heading        li: list line        tr: cell|cell|cell (table row)
  img: alt text|caption (not body)          x: a non-body line inside the article (editor, source, byline)
Header keys: id kind lang layout v site sub nav crumb pre title subt authors time info(+) infopos
  tools share side(+) rel(+) foot(+) top(+) after(+)
Gold body comes from exactly the p/h/li/tr blocks that are rendered as body."""
import html, json, os, re, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
MULTI = {"info", "side", "rel", "foot", "top", "after"}

def parse(text):
    head, body, inbody = {}, [], False
    for ln in text.split("\n"):
        if not ln.strip():
            continue
        if ln.strip() == "---":
            inbody = True; continue
        k, _, v = ln.partition(":")
        k, v = k.strip(), v.strip() if not inbody else v.lstrip(" ")
        if inbody:
            body.append((k, v))
        elif k in MULTI:
            head.setdefault(k, []).append(v)
        else:
            head[k] = v
    return head, body

CSS = {
 "table": "body{font:12px/1.8 SimSun,serif;margin:0;background:#eef}table{border-collapse:collapse}.w{width:980px;margin:0 auto;background:#fff}.nav td{background:#b00;color:#fff;padding:4px 10px}.tit{font:bold 22px SimHei;color:#c00;text-align:center}.info{color:#666;text-align:center;border-bottom:1px dashed #ccc}.con p{text-indent:2em}.foot{background:#ddd;text-align:center;font-size:12px}",
 "div": "body{font:14px/1.9 'Microsoft YaHei',sans-serif;margin:0}.header{background:#1a5fb4;color:#fff;padding:10px}.menu a{margin:0 8px;color:#fff}.main{width:1200px;margin:0 auto;display:flex}.left{flex:3}.right{flex:1;border-left:1px solid #eee;padding-left:12px}h1{font-size:26px;text-align:center}.article p{text-indent:2em;margin:0 0 10px}.footer{background:#333;color:#ccc;padding:16px;text-align:center}",
 "article": "*{box-sizing:border-box}body{font:16px/1.75 -apple-system,'PingFang SC',sans-serif;margin:0;color:#222}header.top{display:flex;justify-content:space-between;padding:12px 24px;border-bottom:3px solid #c8102e}nav.main-nav ul{display:flex;gap:18px;list-style:none;padding:0}main{max-width:860px;margin:0 auto;padding:16px}h1{font-size:30px;line-height:1.3}.meta span{margin-right:14px;color:#888}figure{margin:12px 0}figcaption{color:#666;font-size:14px;text-align:center}aside{background:#f6f6f6;padding:12px}footer{background:#111;color:#aaa;padding:24px;font-size:13px}",
 "app": "body{font:17px/1.8 sans-serif;margin:0 auto;max-width:640px;padding:12px;color:#333}.acct{display:flex;gap:8px;align-items:center}.acct img{width:40px;height:40px;border-radius:50%}h1{font-size:22px}.meta{color:#999;font-size:13px}.rich p{margin:0 0 14px}.bar{position:sticky;bottom:0;background:#fff;border-top:1px solid #eee;display:flex;justify-content:space-around}",
 "epaper": "body{font:14px/1.8 SimSun;margin:0;background:#f3efe6}.wrap{width:1000px;margin:0 auto;display:flex}.pagenav{width:300px;background:#fff;padding:8px;font-size:12px}.content{flex:1;background:#fff;padding:16px}.yt,.ft{font-size:16px;color:#555;text-align:center}.zt{font-size:26px;font-weight:bold;text-align:center}.txt p{text-indent:2em}",
}

def title_html(t):
    return "<br>".join(E(x) for x in t.split("//"))

def body_html(blocks, lang, layout):
    out, gold, ul, tbl = [], [], [], []
    def flush():
        if ul:
            tag = "ol" if layout in ("article", "app") else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{E(x)}</li>" for x in ul) + f"</{tag}>"); ul.clear()
        if tbl:
            rows = []
            for i, r in enumerate(tbl):
                c = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{c}>{E(x)}</{c}>" for x in r) + "</tr>")
            out.append('<table border="1" cellpadding="4" class="dt">' + "".join(rows) + "</table>"); tbl.clear()
    for k, v in blocks:
        if k != "li" and ul or k != "tr" and tbl:
            flush()
        if k == "p":
            out.append(f"<p>{E(v)}</p>"); gold.append(v)
        elif k == "h":
            out.append(f"<p><strong>{E(v)}</strong></p>" if layout in ("table", "epaper") else f"<h3>{E(v)}</h3>"); gold.append(v)
        elif k == "li":
            ul.append(v); gold.append(v)
        elif k == "tr":
            cells = [c.strip() for c in v.split("|")]; tbl.append(cells); gold.append(" ".join(cells))
        elif k == "img":
            alt, _, cap = v.partition("|")
            if layout == "article":
                out.append(f'<figure><img src="{GIF}" alt="{E(alt)}"><figcaption>{E(cap)}</figcaption></figure>')
            else:
                out.append(f'<p style="text-align:center"><img src="{GIF}" alt="{E(alt)}"></p>' + (f'<p class="pic-note" style="text-align:center">{E(cap)}</p>' if cap else ""))
        elif k == "r":   # right-aligned body line (署名/成文日期)
            out.append(f'<p style="text-align:right">{E(v)}</p>'); gold.append(v)
        elif k == "x":
            out.append(f'<p class="note">{E(v)}</p>' if layout != "table" else f'<div class="note">{E(v)}</div>')
        elif k == "c":   # centered non-body line (文号)
            out.append(f'<p style="text-align:center">{E(v)}</p>')
        else:
            raise ValueError(k)
    flush()
    return "\n".join(out), gold

def links(s, sep=""):
    return sep.join(f'<a href="#">{E(x.strip())}</a>' for x in s.split("|")) if s else ""

def lines(L, tag="p"):
    return "\n".join(f"<{tag}>{E(x)}</{tag}>" for x in (L or []))

def lst(L):
    return "<ul>" + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in (L or [])) + "</ul>" if L else ""

def render(h, blocks):
    lay = h.get("layout", "div"); lang = h.get("lang", "zh")
    bhtml, gold = body_html(blocks, lang, lay)
    info = "".join(f'<div class="info">{E(x)}</div>' for x in h.get("info", []))
    pre = f'<div class="yt">{E(h["pre"])}</div>' if h.get("pre") else ""
    subt = f'<div class="ft">{E(h["subt"])}</div>' if h.get("subt") else ""
    t = title_html(h["title"])
    below = h.get("infopos", "below") == "below"
    tools = f'<div class="tools">{E(h["tools"])}</div>' if h.get("tools") else ""
    share = f'<div class="share">{E(h["share"])}</div>' if h.get("share") else ""
    top = lines(h.get("top"), "div")
    nav = links(h.get("nav", ""), " ")
    crumb = f'<div class="crumb">{E(h["crumb"])}</div>' if h.get("crumb") else ""
    after = lines(h.get("after"), "div")
    rel = lst(h.get("rel")); side = lines(h.get("side"), "div"); foot = lines(h.get("foot"))
    site = E(h.get("site", "")); sub = E(h.get("sub", ""))
    if lay == "table":
        head = f'<table class="w" width="980" align="center"><tr><td>{top}</td></tr><tr><td><h2>{site}</h2>{sub}</td></tr></table>\n<table class="w nav" align="center"><tr>' + "".join(f'<td><a href="#">{E(x)}</a></td>' for x in h.get("nav", "").split("|")) + "</tr></table>"
        art = f'<table class="w" align="center"><tr><td>{crumb}</td></tr><tr><td class="tit">{pre}{t}{subt}</td></tr>' + \
              (f'<tr><td>{info}</td></tr>' if below else "") + f'<tr><td class="con">{bhtml}</td></tr>' + \
              (f'<tr><td>{info}</td></tr>' if not below else "") + f'<tr><td>{tools}{share}{after}</td></tr><tr><td>{rel}{side}</td></tr></table>'
        tail = f'<table class="w foot" align="center"><tr><td>{foot}</td></tr></table>'
        return head + "\n" + art + "\n" + tail, gold
    if lay == "epaper":
        head = f'<div class="top">{top}<h2>{site}</h2>{sub}</div>'
        art = f'<div class="wrap"><div class="pagenav">{side}{rel}</div><div class="content">{crumb}{pre}<div class="zt">{t}</div>{subt}' + \
              (info if below else "") + f'<div class="txt">{bhtml}</div>' + (info if not below else "") + f'{tools}{share}{after}</div></div>'
        return head + "\n" + art + f'\n<div class="foot">{foot}</div>', gold
    if lay == "app":
        head = f'<div class="top">{top}</div><div class="acct"><img src="{GIF}" alt=""><b>{site}</b><span>{sub}</span></div>'
        art = f'{crumb}{pre}<h1>{t}</h1>{subt}' + (f'<div class="meta">{info}</div>' if below else "") + \
              f'<div class="rich">{bhtml}</div>' + (f'<div class="meta">{info}</div>' if not below else "") + f'{tools}{share}{after}<section class="rel">{rel}{side}</section>'
        return head + "\n" + art + f'\n<div class="bar">{foot}</div>', gold
    if lay == "article":
        head = f'<header class="top"><div class="logo">{site} {sub}</div><div class="util">{top}</div></header><nav class="main-nav"><ul>' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in h.get("nav", "").split("|")) + "</ul></nav>"
        art = f'<main>{crumb}<article>{pre}<h1>{t}</h1>{subt}' + (f'<div class="meta">{info}</div>' if below else "") + \
              f'<div class="article-body">{bhtml}</div>' + (f'<div class="meta">{info}</div>' if not below else "") + f'{tools}{share}{after}</article><aside>{rel}{side}</aside></main>'
        return head + "\n" + art + f'\n<footer>{foot}</footer>', gold
    head = f'<div class="header"><div class="toplinks">{top}</div><div class="logo">{site}<span>{sub}</span></div><div class="menu">{nav}</div></div>'
    art = f'<div class="main"><div class="left">{crumb}{pre}<h1>{t}</h1>{subt}' + (info if below else "") + \
          f'<div class="article">{bhtml}</div>' + (info if not below else "") + f'{tools}{share}{after}{rel}</div><div class="right">{side}</div></div>'
    return head + "\n" + art + f'\n<div class="footer">{foot}</div>', gold

def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True); os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    n = 0
    for fn in sorted(glob.glob(os.path.join(ROOT, "src", "pages", "*.txt"))):
        for chunk in open(fn, encoding="utf-8").read().split("\n=== ")[0:]:
            chunk = chunk.strip()
            if not chunk: continue
            if chunk.startswith("=== "): chunk = chunk[4:]
            pid, _, rest = chunk.partition("\n")
            h, blocks = parse(rest); pid = pid.strip()
            body, gold = render(h, blocks)
            lay = h.get("layout", "div")
            doc = f'<!DOCTYPE html>\n<html lang="{"en" if h.get("lang")=="en" else "zh-CN"}"><head><meta charset="utf-8"><title>{E(h["title"].replace("//", ""))}_{E(h.get("site",""))}</title><style>{CSS[lay]}{h.get("css","")}</style></head>\n<body>\n{body}\n</body></html>\n'
            open(os.path.join(ROOT, "html", pid + ".html"), "w", encoding="utf-8").write(doc)
            title = (" " if h.get("lang") == "en" else "").join(h["title"].split("//"))
            g = {"id": pid, "set": "zh-blind160", "lang": h.get("lang", "zh"), "kind": h["kind"], "title": h.get("gold_title", title),
                 "authors": [re.sub(r"[ \u3000]+", "", a) if h.get("lang") != "en" else a for a in h.get("authors", "").split("|") if a], "publish_time": h.get("time") or None,
                 "body_paragraphs": gold}
            json.dump(g, open(os.path.join(ROOT, "gold", pid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
            n += 1
    print("pages built:", n)
main()
