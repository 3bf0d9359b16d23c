#!/usr/bin/env python3
"""Build html/<id>.html and gold/<id>.json from the page descriptions in pages_*.py.

Each page is a dict; its body is a list of blocks, and the gold body is taken from
the same blocks that are rendered as body (p, h, ul/ol items, table rows)."""
import html, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
E = html.escape
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

BASE_CSS = {
 "table": "body{margin:0;font:12px/1.8 SimSun,serif;background:#eef2f6}table{border-collapse:collapse}td{vertical-align:top}.c{width:980px;margin:0 auto;background:#fff}",
 "div": "body{margin:0;font:14px/1.9 'Microsoft YaHei',sans-serif;color:#333}.w{width:1200px;margin:0 auto}.nav a{margin:0 12px}",
 "modern": "body{margin:0;font:16px/1.85 system-ui,'PingFang SC',sans-serif;color:#222}main{max-width:860px;margin:0 auto;padding:0 16px}header,footer{padding:12px 24px}",
 "app": "body{margin:0;font:17px/1.8 -apple-system,'PingFang SC',sans-serif;max-width:640px;margin:0 auto;padding:0 14px}",
}

def render_blocks(blocks, style):
    out, gold = [], []
    for b in blocks:
        k = b[0]
        if k in ("p", "pi", "h", "pb"):
            t = b[1]
            gold.append(t)
            if k == "h":
                out.append(f"<h3 class='sub'>{E(t)}</h3>" if style != "br" else f"<b>{E(t)}</b><br>")
            elif k == "pb":  # bold lead-in inside the paragraph
                a, c = t.split("|", 1) if "|" in t else (t, "")
                gold[-1] = a + c
                out.append(f"<p><strong>{E(a)}</strong>{E(c)}</p>")
            else:
                txt = ("\u3000\u3000" + E(t)) if (k == "pi" or style == "indent") else E(t)
                if style == "br":
                    out.append(txt + "<br><br>")
                elif style == "div":
                    out.append(f"<div class='para'>{txt}</div>")
                elif style == "pcenter":
                    out.append(f"<p style='text-indent:2em'>{txt}</p>")
                else:
                    out.append(f"<p>{txt}</p>")
        elif k in ("ul", "ol"):
            gold.extend(b[1])
            out.append(f"<{k} style='list-style:none;padding-left:1em'>" + "".join(f"<li>{E(i)}</li>" for i in b[1]) + f"</{k}>")
        elif k == "table":
            rows = b[1]
            gold.extend(" ".join(r) for r in rows)
            t = "<table border='1' cellpadding='4' style='border-collapse:collapse;margin:8px auto'>"
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t += "<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>"
            out.append(t + "</table>")
        elif k == "img":
            cap = f"<p class='cap' style='text-align:center;color:#666'>{E(b[2])}</p>" if len(b) > 2 and b[2] else ""
            out.append(f"<p style='text-align:center'><img alt='{E(b[1])}' src='{GIF}' width='1' height='1'></p>{cap}")
        elif k == "x":  # non-body html inside the article area
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out), gold

def page_html(p):
    body_html, gold_body = render_blocks(p["body"], p.get("style", "p"))
    lay = p["layout"]
    css = BASE_CSS[lay] + p.get("css", "")
    lang = "en" if p.get("lang") == "en" else "zh-CN"
    art = (p.get("crumbs", "") + p["head"] + "\n<div class='content' id='zoom'>\n" + body_html +
           "\n</div>\n" + p.get("after", ""))
    if lay == "table":
        page = (f"<table class='c' width='980' align='center'><tr><td>{p['top']}</td></tr>"
                f"<tr><td><table width='100%'><tr><td width='{p.get('side_w', 0) or 1}'>{p.get('side','')}</td>"
                f"<td style='padding:10px 30px'>{art}</td></tr></table></td></tr>"
                f"<tr><td>{p['bottom']}</td></tr></table>")
    elif lay == "div":
        page = (f"<div class='top'>{p['top']}</div><div class='w main'><div class='left'>{art}</div>"
                f"<div class='right'>{p.get('side','')}</div></div><div class='foot'>{p['bottom']}</div>")
    elif lay == "modern":
        page = (f"<header>{p['top']}</header><main><article>{art}</article><aside>{p.get('side','')}</aside></main>"
                f"<footer>{p['bottom']}</footer>")
    else:
        page = f"<div class='app-top'>{p['top']}</div><section class='art'>{art}</section>{p.get('side','')}<div class='app-foot'>{p['bottom']}</div>"
    doc = (f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset=\"utf-8\"><title>{E(p['doc_title'])}</title>"
           f"<style>{css}</style></head>\n<body>\n{page}\n</body></html>\n")
    # spaced two-character names (王  静) keep both spaces, as pages print them with &nbsp;
    import re
    doc = re.sub(r"(?<=[\u4e00-\u9fff]) {2}(?=[\u4e00-\u9fff])", "&nbsp;&nbsp;", doc)
    return doc, gold_body

def main():
    import pages_gov, pages_media, pages_self, pages_epaper, pages_inst
    pages = pages_gov.PAGES + pages_media.PAGES + pages_self.PAGES + pages_epaper.PAGES + pages_inst.PAGES
    ids = [p["id"] for p in pages]
    assert len(ids) == len(set(ids)), ids
    for p in pages:
        doc, gb = page_html(p)
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        g = {"id": p["id"], "set": "zh-blind123", "lang": p.get("lang", "zh"), "kind": p["kind"],
             "title": p["title"], "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gb}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(pages), "pages built")

if __name__ == "__main__":
    main()
