#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Body mini-syntax (one block per line): '## ' sub-heading, '- ' list line, '| a | b' table row,
'!img ALT|CAPTION' photo (alt + caption, not body), '> ' quoted passage, '@ ' right-aligned
署名/日期 line (body), other lines are paragraphs.  The gold body is taken from the same blocks."""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
e = html.escape

def parse_body(text):
    blocks = []
    for ln in text.strip().split("\n"):
        ln = ln.strip()
        if not ln: continue
        if ln.startswith("## "): blocks.append(("h", ln[3:]))
        elif ln.startswith("- "): blocks.append(("li", ln[2:]))
        elif ln.startswith("|"): blocks.append(("tr", [c.strip() for c in ln.strip("|").split("|")]))
        elif ln.startswith("!img "):
            a, _, c = ln[5:].partition("|"); blocks.append(("img", a, c))
        elif ln.startswith("> "): blocks.append(("q", ln[2:]))
        elif ln.startswith("@ "): blocks.append(("sig", ln[2:]))
        else: blocks.append(("p", ln))
    return blocks

def gold_body(blocks):
    out = []
    for b in blocks:
        if b[0] == "img": continue
        if b[0] == "tr": out.append(" ".join(b[1]))
        else: out.append(b[1])
    return out

def render_body(blocks, st):
    """st: style variant 0..5 controls markup generation of the body."""
    out, i = [], 0
    indent = st in (0, 3)
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "tr":
            rows = []
            while i < len(blocks) and blocks[i][0] == "tr":
                rows.append(blocks[i][1]); i += 1
            t = ['<table class="dt" border="1" cellspacing="0">']
            for r_i, r in enumerate(rows):
                tag = "th" if (r_i == 0 and st % 2 == 0) else "td"
                t.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
            t.append("</table>"); out.append("\n".join(t)); continue
        if b[0] == "li":
            items = []
            while i < len(blocks) and blocks[i][0] == "li":
                items.append(blocks[i][1]); i += 1
            if st in (1, 4):
                out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
            else:
                out.extend(f'<p{" style=&quot;text-indent:2em&quot;" if False else ""}>{e(x)}</p>' for x in items)
            continue
        k = b[0]
        if k == "p":
            if st == 3: out.append(f"<p>\u3000\u3000{e(b[1])}</p>")
            elif st == 5: out.append(f"<div class='para'>{e(b[1])}</div>")
            elif st == 2: out.append(f"<p>{e(b[1])}<br></p>")
            else: out.append(f'<p style="text-indent:2em">{e(b[1])}</p>')
        elif k == "h":
            if st in (0, 3): out.append(f"<p style='text-indent:2em'><strong>{e(b[1])}</strong></p>")
            elif st == 5: out.append(f"<h3 class='sub'>{e(b[1])}</h3>")
            else: out.append(f"<h4>{e(b[1])}</h4>")
        elif k == "q":
            out.append(f"<blockquote>{e(b[1])}</blockquote>")
        elif k == "sig":
            out.append(f"<p style='text-align:right'>{e(b[1])}</p>")
        elif k == "img":
            cap = f"<p class='cap' style='text-align:center'>{e(b[2])}</p>" if b[2] else ""
            if st in (1, 4):
                out.append(f"<figure><img src='{GIF}' alt='{e(b[1])}' width='600' height='1'><figcaption>{e(b[2])}</figcaption></figure>")
            else:
                out.append(f"<p style='text-align:center'><img alt='{e(b[1])}' src='{GIF}'></p>{cap}")
        i += 1
    return "\n".join(out)

def lines_html(items, tag="p", cls=""):
    return "\n".join(f"<{tag}{' class=%s' % cls if cls else ''}>{x}</{tag}>" for x in items)

CSS = {
 "table": "body{font:12px/1.8 SimSun,serif;margin:0;background:#eee}table{border-collapse:collapse}.w{width:1000px;margin:0 auto;background:#fff}.nav td{background:#b00;color:#fff;padding:4px 10px}.tit{font-size:20px;font-weight:bold;text-align:center;color:#c00}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.dt td,.dt th{border:1px solid #999;padding:2px 6px}.foot{text-align:center;color:#333;background:#ddd}",
 "div": "body{font:14px/1.9 'Microsoft YaHei',sans-serif;margin:0}.head{background:#1a5fb4;color:#fff;padding:10px 40px}.top{font-size:12px;background:#f3f3f3;padding:2px 40px}.nav a{color:#fff;margin:0 12px}.main{width:1100px;margin:0 auto;display:flex}.art{flex:1;padding:20px}.side{width:280px;border-left:1px solid #ddd;padding:10px}h1{font-size:26px;text-align:center}.info span{margin:0 10px}.dt td,.dt th{border:1px solid #aaa;padding:3px}.foot{background:#333;color:#ccc;padding:20px;text-align:center;font-size:12px}",
 "grid": "body{font:16px/1.8 'PingFang SC',sans-serif;margin:0;color:#222}header{display:grid;grid-template-columns:1fr 2fr 1fr;padding:12px 24px;border-bottom:3px solid #c8102e}nav ul{display:flex;list-style:none;gap:18px;padding:0}main{max-width:760px;margin:0 auto}h1{font-size:32px;line-height:1.3}.meta{color:#888;font-size:14px}.meta span+span:before{content:' · '}.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #ccc;padding:4px}aside{max-width:760px;margin:20px auto}footer{background:#111;color:#999;padding:24px;font-size:13px}",
 "app": "body{font:17px/1.75 -apple-system,sans-serif;margin:0 auto;max-width:640px;padding:0 16px;color:#191919}.bar{display:flex;justify-content:space-between;padding:8px 0;font-size:14px}h1{font-size:24px}.acct{display:flex;gap:8px;align-items:center;font-size:14px;color:#576b95}.ops{color:#999;font-size:13px}.dt td,.dt th{border:1px solid #ddd;padding:4px}.rec{border-top:8px solid #f5f5f5}",
 "epaper": "body{font:14px/1.7 SimSun,serif;margin:0;background:#f4efe3}.ep{display:flex}.left{width:320px;padding:8px}.right{flex:1;padding:12px;background:#fff}.bc{background:#8b0000;color:#fff;padding:4px}.yin,.fu{text-align:center;font-size:15px;color:#333}.zhu{text-align:center;font-size:26px;font-weight:bold}.dt td,.dt th{border:1px solid #999;padding:3px}.list li{font-size:13px}",
}

def render(p):
    L = p.get("layout", "div")
    st = p.get("bst", 0)
    blocks = parse_body(p["body"])
    title_lines = p["title"] if isinstance(p["title"], list) else [p["title"]]
    sep = "<br>" if len(title_lines) > 1 else ""
    title_html = sep.join(e(t) for t in title_lines)
    glue = p.get("glue", "")
    info_items = p.get("info", [])
    if p.get("info_raw"):
        info_html = p["info_raw"]
    else:
        joiner = {"": "&nbsp;&nbsp;&nbsp;", "tab": "\u3000\u3000", "glue": "", "bar": " | "}[glue] if glue in ("", "tab", "glue", "bar") else glue
        info_html = joiner.join(f"<span>{x}</span>" for x in info_items)
    pre = f"<div class='yin'>{e(p['pre'])}</div>" if p.get("pre") else ""
    sub = f"<div class='fu'>{e(p['sub'])}</div>" if p.get("sub") else ""
    byl = "".join(f"<p class='byl'>{x}</p>" for x in p.get("byline", []))
    after = "".join(f"<p class='ed'>{x}</p>" for x in p.get("after", []))
    before_body = "".join(f"<p class='pre'>{x}</p>" for x in p.get("before", []))
    bodyh = render_body(blocks, st)
    top = "".join(p.get("top", []))
    nav = p.get("nav", [])
    crumb = p.get("crumb", "")
    side = p.get("side", "")
    foot = "".join(f"<p>{x}</p>" for x in p.get("foot", []))
    tail = p.get("tail", "")
    infopos = p.get("info_pos", "below")
    infodiv = f"<div class='info'>{info_html}</div>" if info_html else ""
    head_block = pre + (f"<h1 class='tit'>{title_html}</h1>" if L != "epaper" else f"<div class='zhu'>{title_html}</div>") + sub
    if infopos == "above": art_head = infodiv + head_block + byl
    else: art_head = head_block + infodiv + byl
    art = f"{art_head}<div class='content'>{before_body}{bodyh}</div>{after}{tail}"
    site = p["site"]
    if L == "table":
        navrow = "".join(f"<td>{e(n)}</td>" for n in nav)
        body = f"""<table class='w' width='1000' align='center'><tr><td>{top}</td></tr>
<tr><td><table width='100%'><tr><td><img alt='{e(site)}' src='{GIF}'></td><td align='right'>{p.get('search','')}</td></tr></table></td></tr>
<tr><td><table class='nav' width='100%'><tr>{navrow}</tr></table></td></tr>
<tr><td>{crumb}</td></tr>
<tr><td><table width='100%'><tr><td valign='top'>{art}</td>{'<td width=220 valign=top>'+side+'</td>' if side else ''}</tr></table></td></tr>
<tr><td class='foot'>{foot}</td></tr></table>"""
    elif L == "div":
        navh = "".join(f"<a>{e(n)}</a>" for n in nav)
        body = f"""<div class='top'>{top}</div><div class='head'><div class='logo'>{e(site)}</div>{p.get('search','')}<div class='nav'>{navh}</div></div>
<div class='crumb'>{crumb}</div><div class='main'><div class='art'>{art}</div>{'<div class=side>'+side+'</div>' if side else ''}</div><div class='foot'>{foot}</div>"""
    elif L == "grid":
        navh = "".join(f"<li>{e(n)}</li>" for n in nav)
        body = f"""<header><div>{top}</div><div class='logo'><b>{e(site)}</b></div><div>{p.get('search','')}</div></header><nav><ul>{navh}</ul></nav>
<div class='crumb'>{crumb}</div><main><article>{art}</article></main><aside>{side}</aside><footer>{foot}</footer>"""
    elif L == "app":
        body = f"""<div class='bar'>{top}</div><article>{art}</article><div class='rec'>{side}</div><div class='foot'>{foot}</div>"""
    elif L == "epaper":
        body = f"""<div class='bc'>{top}</div><div class='ep'><div class='left'>{side}</div><div class='right'>{crumb}{art}</div></div><div class='foot'>{foot}</div>"""
    title_tag = p.get("html_title", "".join(title_lines) + "_" + site)
    lang = "en" if p["lang"] == "en" else "zh-CN"
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(title_tag)}</title>
<style>{CSS[L]}{p.get('css','')}</style></head>
<body>
{body}
</body></html>
"""

def main():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst, pages_more
    pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    for p in pages:
        if p["id"] in pages_more.MORE:
            ls = p["body"].strip().split("\n")
            ls.insert(1, pages_more.MORE[p["id"]])
            p["body"] = "\n".join(ls)
    for p in pages:
        title_lines = p["title"] if isinstance(p["title"], list) else [p["title"]]
        jt = (" " if p["lang"] == "en" else "").join(title_lines)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(render(p))
        g = {"id": p["id"], "set": "zh-blind97", "lang": p["lang"], "kind": p["kind"], "title": jt,
             "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold_body(parse_body(p["body"]))}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(pages), "pages")

if __name__ == "__main__":
    main()
