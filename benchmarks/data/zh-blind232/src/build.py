#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the hand-written page data in pages_*.py."""
import json, os, html as H
from pages_gov import PAGES as G
from pages_media import PAGES as M
from pages_self import PAGES as S
from pages_epaper import PAGES as E
from pages_inst import PAGES as I

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw=="
e = H.escape

def img(alt):
    return f'<img src="{GIF}" alt="{e(alt)}" width="1" height="1">'

def body_html(p):
    out = []
    for b in p["body"]:
        if isinstance(b, str):
            out.append(f"<p>{e(b)}</p>")
        elif b[0] == "h":
            out.append(f"<h3>{e(b[1])}</h3>" if p.get("htag", "h3") == "h3" else f'<p><strong>{e(b[1])}</strong></p>')
        elif b[0] == "li":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table class="dt" border="1" cellspacing="0">{rows}</table>')
        elif b[0] == "img":
            out.append(f'<div class="pic">{img(b[1])}<p class="cap">{e(b[2])}</p></div>')
        elif b[0] == "raw":
            out.append(b[1])
        elif b[0] == "right":
            out.append(f'<p style="text-align:right">{e(b[1])}</p>')
        elif b[0] == "byline":
            out.append(f'<p class="by">{e(b[1])}</p>')
    return "\n".join(out)

def gold_body(p):
    out = []
    for b in p["body"]:
        if isinstance(b, str):
            out.append(b)
        elif b[0] in ("h", "right"):
            out.append(b[1])
        elif b[0] == "li":
            out.extend(b[1])
        elif b[0] == "table":
            out.extend(" ".join(r) for r in b[1])
    return out

CSS = {
"old": "body{font:12px SimSun,serif;margin:0;background:#eee}table.frame{width:960px;margin:0 auto;background:#fff}td{padding:4px}.nav a{color:#fff;margin:0 8px}.nav{background:#b00}.tit{font-size:22px;color:#b00;text-align:center;font-weight:bold}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.content p{text-indent:2em;line-height:2}.foot{text-align:center;color:#666;background:#ddd}table.dt td{border:1px solid #999}",
"portal": "body{margin:0;font:15px 'Microsoft YaHei',sans-serif;color:#333}.top{background:#f4f4f4;font-size:12px;padding:4px 40px;display:flex;justify-content:space-between}.head{background:#1d5fa8;color:#fff;padding:18px 40px;font-size:26px}.menu{display:flex;gap:20px;background:#174d88;padding:8px 40px}.menu a{color:#fff}.crumb{padding:10px 40px;font-size:13px}.main{width:1000px;margin:0 auto}.main h1{text-align:center;font-size:24px}.meta{text-align:center;color:#888;font-size:13px}.art p{text-indent:2em;line-height:1.9}.xxgk{width:100%;border-collapse:collapse;font-size:13px}.xxgk td{border:1px solid #cdd;padding:5px}.foot{background:#333;color:#bbb;font-size:12px;text-align:center;padding:20px;margin-top:30px}.cap{text-align:center;font-size:13px;color:#666;text-indent:0}table.dt{border-collapse:collapse;margin:auto}table.dt td{border:1px solid #999;padding:4px 8px}",
"grid": "*{box-sizing:border-box}body{margin:0;font:16px 'PingFang SC',sans-serif}header{display:grid;grid-template-columns:200px 1fr 240px;align-items:center;padding:10px 5%;border-bottom:3px solid #c00}nav ul{display:flex;gap:14px;list-style:none;padding:0}.wrap{display:grid;grid-template-columns:2fr 1fr;gap:40px;padding:20px 5%}article h1{font-size:30px;line-height:1.3}.kicker,.sub{color:#555}.info{font-size:13px;color:#999;display:flex;gap:16px;flex-wrap:wrap}article p{line-height:1.8}aside{border-left:1px solid #eee;padding-left:20px;font-size:14px}footer{background:#222;color:#aaa;padding:20px 5%;font-size:12px}.cap{font-size:13px;color:#777}table.dt{border-collapse:collapse}table.dt td{border:1px solid #ccc;padding:5px}",
"app": "body{margin:0 auto;max-width:640px;font:17px -apple-system,'PingFang SC',sans-serif;color:#222}.bar{display:flex;justify-content:space-between;padding:10px;background:#fafafa;font-size:13px}.acct{display:flex;gap:10px;align-items:center;padding:10px 16px}.acct b{font-size:15px}h1{font-size:22px;padding:0 16px}.c{padding:0 16px}.c p{line-height:1.75}.tools{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:10px;color:#666;font-size:13px}.cmt{padding:10px 16px;font-size:14px;color:#555}.cap{font-size:13px;color:#999;text-align:center}",
"epaper": "body{margin:0;font:14px SimSun,serif;background:#e9e4d8}.mast{background:#8b0000;color:#fff;padding:10px 20px;font-size:22px}.dateline{background:#fff;padding:5px 20px;font-size:12px}.cols{display:flex;gap:10px;padding:10px}.left{width:260px;background:#fff;padding:8px;font-size:13px}.mid{flex:1;background:#fff;padding:16px}.yin,.fu{text-align:center;color:#333;font-size:15px}.zhu{text-align:center;font-size:26px;font-weight:bold;margin:6px 0}.mid p{text-indent:2em;line-height:1.9}.ft{text-align:center;font-size:12px;color:#555;padding:10px}.cap{text-indent:0;text-align:center;font-size:12px}",
"inst": "body{margin:0;font:15px 'Microsoft YaHei',sans-serif;background:#fff}.hd{display:flex;justify-content:space-between;align-items:center;padding:14px 60px;background:#0b5d46;color:#fff}.hd a{color:#fff;margin-left:16px}.banner{height:60px;background:#e6efe9}.box{max-width:980px;margin:0 auto;padding:10px}.box h2{font-size:24px;text-align:center}.attr{text-align:center;color:#777;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:8px}.txt p{line-height:2;text-indent:2em}.side{font-size:13px}.ft{background:#0b5d46;color:#dfe;font-size:12px;padding:16px 60px}.cap{text-align:center;font-size:13px;color:#666;text-indent:0}table.dt{border-collapse:collapse;margin:auto}table.dt td{border:1px solid #888;padding:4px 10px}",
}

def page_html(p):
    style = CSS[p["style"]]
    tpl = p["tpl"]
    body = body_html(p)
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"%s\"><title>%s</title>"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><style>%s</style></head>\n<body>\n%s\n</body></html>\n") % (
        "en" if p["lang"] == "en" else "zh-CN", p.get("charset", "utf-8"), e(p["doctitle"]), style,
        tpl.replace("{{BODY}}", body).replace("{{IMG}}", img("二维码")))

def main():
    pages = G + M + S + E + I
    assert len(pages) == 40, len(pages)
    for p in pages:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page_html(p))
        gold = {"id": p["id"], "set": "zh-blind232", "lang": p["lang"], "kind": p["kind"],
                "title": p["title"], "authors": p["authors"], "publish_time": p["time"],
                "body_paragraphs": gold_body(p)}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
    print("built", len(pages))

if __name__ == "__main__":
    main()
