#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the hand-written page data in pages_*.py."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = html.escape

CSS = {
 "table2010": "body{font:12px/1.8 SimSun,serif;margin:0;background:#eef2f6}table{border-collapse:collapse}.wrap{width:980px;margin:0 auto;background:#fff}.top td{padding:4px 8px;background:#c00;color:#fff}.nav a{margin:0 8px}.tt{font-size:22px;color:#c00;text-align:center;font-weight:bold}.meta{text-align:center;color:#666;border-bottom:1px dashed #ccc}.art p{text-indent:2em}.foot{text-align:center;color:#666;background:#eee}.idx td{border:1px solid #bbb;padding:3px 6px}.dt td{border:1px solid #999;padding:3px}",
 "portal": "body{font:15px/1.9 'Microsoft YaHei',sans-serif;margin:0;color:#222}header,.bar{background:#0a4d8c;color:#fff;padding:6px 20px}.bar span{margin-right:14px}nav a{margin-right:18px;color:#fff}.crumb{padding:8px 20px;color:#888}.main{display:flex;gap:30px;padding:0 20px}.article{flex:3}aside{flex:1;border-left:1px solid #ddd;padding-left:14px}h1{font-size:26px;text-align:center}.meta{text-align:center;color:#888;font-size:13px}.content p{text-indent:2em;margin:0 0 12px}.idx{width:100%;border:1px solid #ccc;background:#f7f9fc}.idx td{padding:4px 8px}.dt{border-collapse:collapse;width:100%}.dt td{border:1px solid #999;padding:4px}footer{background:#333;color:#ccc;padding:16px;text-align:center;font-size:12px}",
 "grid": "body{font:16px/1.75 'PingFang SC',sans-serif;margin:0}.hd{display:grid;grid-template-columns:200px 1fr 260px;align-items:center;padding:10px 24px;border-bottom:3px solid #d4001c}.hd nav a{margin:0 10px}.container{max-width:1140px;margin:auto;display:grid;grid-template-columns:1fr 300px;gap:32px}h1{font-size:30px;line-height:1.35}.kicker,.sub{color:#666;font-size:17px}.info{color:#999;font-size:13px;display:flex;gap:16px;flex-wrap:wrap}.txt p{margin:0 0 1em}.txt h3{font-size:18px}.dt{border-collapse:collapse}.dt td{border:1px solid #ccc;padding:4px 8px}.side li{margin-bottom:8px}.ft{background:#f3f3f3;padding:20px;text-align:center;color:#777;font-size:12px}@media(max-width:800px){.container{grid-template-columns:1fr}}",
 "app": "body{font:17px/1.8 -apple-system,sans-serif;margin:0 auto;max-width:680px;padding:0 16px;color:#191919}.openapp{background:#f85959;color:#fff;padding:8px;text-align:center;border-radius:4px}.acct{display:flex;align-items:center;gap:10px;color:#555;font-size:14px}.acct img{width:36px;height:36px;border-radius:18px;background:#ddd}h1{font-size:23px}.art p{margin:0 0 18px}.art h3{font-size:18px}.dt{border-collapse:collapse}.dt td{border:1px solid #ddd;padding:4px}.tool{color:#888;font-size:13px;display:flex;gap:20px}.rec li{margin:6px 0}.ft{color:#aaa;font-size:12px;text-align:center;padding:20px}",
 "epaper": "body{font:14px/1.7 SimSun,serif;margin:0;background:#f0ebe0}.ptop{background:#8b0000;color:#fff;padding:6px 14px}.cols{display:grid;grid-template-columns:260px 1fr;gap:18px;padding:14px}.lft{background:#fff;padding:10px;border:1px solid #d8cdb8}.lft h4{margin:6px 0;color:#8b0000}.lft li{margin:3px 0}.art{background:#fff;padding:16px 26px;border:1px solid #d8cdb8}.yin,.fu{text-align:center;color:#444;font-size:16px}h1{text-align:center;font-size:28px;margin:6px 0}.art p{text-indent:2em}.dt{border-collapse:collapse}.dt td{border:1px solid #999;padding:3px}.pf{text-align:center;color:#777;font-size:12px;padding:12px}",
 "en": "body{font:17px/1.65 Georgia,serif;margin:0;color:#1a1a1a}.mast{display:flex;justify-content:space-between;padding:12px 28px;border-bottom:1px solid #ccc}.mast nav a{margin-left:16px;font-family:Arial,sans-serif;font-size:14px}.wrap{max-width:820px;margin:0 auto;padding:0 20px}h1{font-size:34px;line-height:1.2}.dek{font-size:19px;color:#555}.by{font-family:Arial,sans-serif;font-size:13px;color:#666}.body p{margin:0 0 1.1em}.body h3{font-family:Arial,sans-serif}.dt{border-collapse:collapse}.dt td{border:1px solid #bbb;padding:4px 8px}.more li{margin:6px 0}footer{background:#222;color:#aaa;padding:18px 28px;font-size:13px;font-family:Arial,sans-serif}",
}

def render_items(items, layout):
    out, gold, ul, tbl = [], [], [], []
    def flush():
        if ul:
            out.append("<ul>" + "".join(f"<li>{E(t)}</li>" for t in ul) + "</ul>"); ul.clear()
        if tbl:
            out.append('<table class="dt">' + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in tbl) + "</table>"); tbl.clear()
    for it in items:
        if isinstance(it, str):
            flush(); out.append(f"<p>{E(it)}</p>"); gold.append(it); continue
        k = it[0]
        if k != "li" and ul: flush()
        if k != "tr" and tbl: flush()
        if k == "h":
            out.append(f"<h3>{E(it[1])}</h3>" if layout in ("grid", "app", "en") else f"<p><strong>{E(it[1])}</strong></p>"); gold.append(it[1])
        elif k == "li": ul.append(it[1]); gold.append(it[1])
        elif k == "tr": tbl.append(it[1]); gold.append(" ".join(it[1]))
        elif k == "right": out.append(f'<p style="text-align:right;text-indent:0">{E(it[1])}</p>'); gold.append(it[1])
        elif k == "img":
            out.append(f'<p style="text-align:center;text-indent:0"><img src="{GIF}" alt="{E(it[1])}" width="600" height="360"></p><p style="text-align:center;text-indent:0;color:#555;font-size:13px">{E(it[2])}</p>')
        elif k == "raw": out.append(it[1])
    flush()
    return "\n".join(out), gold

def page(p):
    lay = p["layout"]
    body, gold = render_items(p["body"], lay)
    title_html = "<br>".join(E(t) for t in p.get("title_lines", [p["title"]]))
    yin = f'<div class="kicker yin">{E(p["kicker"])}</div>' if p.get("kicker") else ""
    fu = f'<div class="sub fu">{E(p["sub"])}</div>' if p.get("sub") else ""
    idx = ""
    if p.get("index"):
        cells = p["index"]
        rows = ["<tr>" + "".join(f"<td><b>{E(a)}：</b>{E(b)}</td>" for a, b in cells[i:i+2]) + "</tr>" for i in range(0, len(cells), 2)]
        idx = f'<table class="idx">{"".join(rows)}</table>'
    head = f'{idx}{yin}<h1 class="tt">{title_html}</h1>{fu}{p.get("meta","")}'
    doc = f"""<!DOCTYPE html>
<html lang="{'en' if p['lang']=='en' else 'zh-CN'}"><head><meta charset="utf-8"><title>{E(p.get('doctitle', p['title']))}</title>
<style>{CSS[lay]}</style></head>
<body>
{p['top']}
<div class="{ 'wrap' if lay in ('table2010','en') else 'page'}">
{p.get('crumb','')}
{'<div class="cols">' if lay=='epaper' else '<div class="main container">'}
{p.get('left','')}
<div class="article art">
{head}
{p.get('pre','')}
<div class="content txt body art">
{body}
</div>
{p.get('post','')}
</div>
{p.get('side','')}
</div>
</div>
{p['foot']}
</body></html>
"""
    g = {"id": p["id"], "set": "zh-blind227", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
         "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold}
    return doc, g

def all_pages():
    import pages_gov, pages_media, pages_self, pages_paper, pages_inst
    ps = []
    for m in (pages_gov, pages_media, pages_self, pages_paper, pages_inst):
        ps += m.PAGES
    return ps

if __name__ == "__main__":
    for p in all_pages():
        doc, g = page(p)
        open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(doc)
        json.dump(g, open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("built", len(all_pages()))
