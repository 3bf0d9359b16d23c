"""Shared page furniture for zh-blind237. Body text lives in pages_*.py, one hand-written entry per page."""
import html, json, os

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
e = html.escape

CSS = {
 "table": "body{font:12px/1.8 SimSun,serif;margin:0;background:#eef}table{border-collapse:collapse}.w{width:980px;margin:0 auto;background:#fff}.t{font-size:20px;color:#b00;text-align:center;font-weight:bold}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}td{padding:3px}.ft{background:#c00;color:#fff;text-align:center}.nav a{color:#fff;margin:0 8px}.idx td{border:1px solid #ccc}",
 "div": "body{margin:0;font:14px/1.9 'Microsoft YaHei',sans-serif}.top{background:#f4f4f4;font-size:12px;padding:4px 20px}.head{background:#1a5ea8;color:#fff;padding:14px 20px}.nav{background:#134a86;padding:6px 20px}.nav a{color:#fff;margin-right:18px}.crumb{padding:8px 20px;color:#888}.main{width:1100px;margin:0 auto}.title{font-size:26px;text-align:center}.sub{text-align:center;color:#555}.bar{text-align:center;color:#888;font-size:13px}.art p{text-indent:2em}.idx{border:1px solid #ddd;width:100%;background:#fafafa}.foot{background:#333;color:#bbb;font-size:12px;padding:14px;text-align:center}.side{float:right;width:260px}.cap{text-align:center;color:#666;font-size:13px}",
 "app": "body{margin:0;font:16px/1.75 -apple-system,'PingFang SC',sans-serif;max-width:680px;margin:0 auto;padding:0 14px}.appbar{display:flex;justify-content:space-between;padding:10px 0;border-bottom:1px solid #eee}.title{font-size:22px;font-weight:700}.meta{color:#999;font-size:13px}.cap{color:#888;font-size:13px;text-align:center}.foot{color:#aaa;font-size:12px;text-align:center;padding:20px 0}.btn{background:#e33;color:#fff;border-radius:14px;padding:2px 10px}",
 "paper": "body{margin:0;font:14px/1.7 SimSun,serif;background:#f3efe6}.hd{background:#8b0000;color:#fff;padding:8px}.cols{display:flex}.left{width:320px;border-right:1px solid #ccc;padding:8px}.right{flex:1;padding:10px 24px;background:#fff}.yin,.fu{text-align:center;color:#444}.zhu{text-align:center;font-size:24px;font-weight:bold}.cap{text-align:center;color:#666}.foot{text-align:center;font-size:12px;color:#666;padding:10px}",
 "en": "body{margin:0;font:16px/1.6 Georgia,serif}.top{background:#002f5f;color:#fff;padding:10px 24px}.top a{color:#fff;margin-right:14px}.wrap{max-width:900px;margin:0 auto}.title{font-size:30px;font-family:Arial}.meta{color:#777;font-size:14px;font-family:Arial}.cap{font-size:13px;color:#555;font-style:italic}.foot{background:#eee;font-size:12px;padding:16px;text-align:center}",
}

def img(alt):
    return f'<img src="{GIF}" alt="{e(alt)}" width="600" height="360">'

def render_body(items, pstyle="p"):
    """items: str -> paragraph; ('h',t) sub-heading; ('li',[..]) list; ('table',rows); ('img',alt,caption);
    ('raw',html) non-body html; ('b',t) paragraph rendered with bold lead. Returns html and gold list."""
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p>{e(it)}</p>" if pstyle == "p" else f"<div class=\"para\">{e(it)}</div><br>")
            gold.append(it)
        elif it[0] == "h":
            out.append(f"<h3>{e(it[1])}</h3>"); gold.append(it[1])
        elif it[0] == "strong":
            out.append(f"<p><strong>{e(it[1])}</strong></p>"); gold.append(it[1])
        elif it[0] == "li":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in it[1]) + "</ul>"); gold += it[1]
        elif it[0] == "ol":
            out.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in it[1]) + "</ol>")
            gold += [f"{i+1}.{x}" if False else x for i, x in enumerate(it[1])]
        elif it[0] == "table":
            rows = it[1]
            out.append('<table border="1" cellspacing="0" cellpadding="4">' + "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
            gold += [" ".join(r) for r in rows]
        elif it[0] == "img":
            out.append(f'<p style="text-align:center">{img(it[1])}</p>')
            if len(it) > 2 and it[2]:
                out.append(f'<p class="cap">{e(it[2])}</p>')
        elif it[0] == "raw":
            out.append(it[1])
        elif it[0] == "right":
            out.append(f'<p style="text-align:right">{e(it[1])}</p>'); gold.append(it[1])
        else:
            raise ValueError(it)
    return "\n".join(out), gold

def write(p, page_html):
    """p: dict with id, kind, lang, title, authors, time, body. page_html: full document."""
    _, gold_body = render_body(p["body"])
    gold = {"id": p["id"], "set": "zh-blind237", "lang": p.get("lang", "zh"), "kind": p["kind"],
            "title": p["title"], "authors": p["authors"], "publish_time": p["time"],
            "body_paragraphs": gold_body}
    with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
        f.write(page_html)
    with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)

def doc(title, css, inner, charset="utf-8", lang="zh-CN"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="{charset}">'
            f"<title>{e(title)}</title><style>{CSS[css]}</style></head>\n<body>\n{inner}\n</body></html>\n")
