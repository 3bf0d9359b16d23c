"""HTML layouts for zh-blind236. Bodies come from the page modules; these only wrap them."""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

CSS = {
 "table": "body{font:12px SimSun;margin:0}table.w{width:980px;margin:0 auto}td{vertical-align:top}.t{font-size:20px;font-weight:bold;text-align:center}.i{color:#666;text-align:center}.c p{text-indent:2em;line-height:28px}.ft{background:#eee;text-align:center}",
 "div": "body{font-family:Microsoft YaHei;margin:0}.top{background:#b00;color:#fff;padding:4px}.wrap{width:1200px;margin:0 auto}.idx{border:1px solid #ccc;width:100%}.idx td{border:1px solid #ddd;padding:4px}h1{text-align:center;font-size:24px}.art p{line-height:2;text-indent:2em}.foot{background:#333;color:#ccc;padding:20px;text-align:center}",
 "media": "body{margin:0;font-family:PingFang SC}.nav a{margin:0 8px}.main{display:flex;max-width:1180px;margin:auto}.left{flex:3}.right{flex:1;background:#f7f7f7}h1{font-size:30px}.yt,.ft2{color:#555}.meta span{margin-right:12px;color:#888}.cnt p{font-size:17px;line-height:1.9}.foot{font-size:12px;text-align:center;color:#999}",
 "grid": "body{margin:0;font-family:sans-serif}.g{display:grid;grid-template-columns:2fr 1fr;gap:24px;max-width:1100px;margin:auto}header,footer{padding:10px;background:#0a3d62;color:#fff}h1{font-size:28px}.meta{color:#777}article p{line-height:1.8}figure{margin:0}figcaption{color:#666;font-size:13px}",
 "app": "body{margin:0;max-width:640px;margin:auto;font-family:sans-serif}.bar{display:flex;justify-content:space-between;padding:8px;background:#fafafa}h1{font-size:22px;padding:0 14px}.au{padding:0 14px;color:#888}.ct{padding:0 14px}.ct p{font-size:16px;line-height:1.75}.open{background:#e33;color:#fff;text-align:center;padding:10px}",
 "epaper": "body{margin:0;font-family:SimSun}.hd{background:#7a0000;color:#fff;padding:6px}.cols{display:flex}.lf{width:300px;border-right:1px solid #ccc;padding:8px}.rt{flex:1;padding:12px}.yt,.ft{text-align:center;color:#333}h1{text-align:center;font-size:26px}.rt p{text-indent:2em;line-height:1.9}",
 "inst": "body{margin:0;font-family:Microsoft YaHei}.head{display:flex;justify-content:space-between;background:#1e5799;color:#fff;padding:10px}.crumb{color:#888;padding:6px 0}.box{width:1100px;margin:auto}.box h2{text-align:center}.box p{line-height:1.9;text-indent:2em}.bt{background:#1e5799;color:#ddd;padding:16px;text-align:center}",
}

def body_html(body, ptag="p"):
    out, rows, items = [], [], []
    def flush():
        if rows:
            out.append("<table border='1' cellspacing='0' cellpadding='4'>" + "".join(
                "<tr>" + "".join(f"<td>{H.escape(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
            rows.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{H.escape(i)}</li>" for i in items) + "</ul>")
            items.clear()
    for b in body:
        if isinstance(b, str):
            flush(); out.append(f"<{ptag}>{H.escape(b)}</{ptag}>")
        elif b[0] == "h":
            flush(); out.append(f"<h3>{H.escape(b[1])}</h3>")
        elif b[0] == "hs":  # sub-heading rendered as bold paragraph
            flush(); out.append(f"<p><strong>{H.escape(b[1])}</strong></p>")
        elif b[0] == "tr":
            if items: flush()
            rows.append(b[1])
        elif b[0] == "li":
            if rows: flush()
            items.append(b[1])
        elif b[0] == "img":
            flush(); out.append(f"<p style='text-align:center'><img src='{GIF}' alt='{H.escape(b[1])}' width='1' height='1'><br><span class='cap'>{H.escape(b[2])}</span></p>")
        elif b[0] == "raw":  # html not in gold (standalone byline, editor line...)
            flush(); out.append(b[1])
        elif b[0] == "right":  # signature/date lines, right aligned, in gold
            flush(); out.append(f"<p style='text-align:right'>{H.escape(b[1])}</p>")
    flush()
    return "\n".join(out)

def gold_body(body):
    g = []
    for b in body:
        if isinstance(b, str): g.append(b)
        elif b[0] in ("h", "hs", "li", "right"): g.append(b[1])
        elif b[0] == "tr": g.append(" ".join(b[1]))
    return g

def page(p):
    """p['html'] holds the page body markup with {BODY} where the article goes."""
    css = CSS[p["layout"]]
    charset = p.get("charset", "utf-8")
    inner = p["html"].replace("{BODY}", body_html(p["body"], p.get("ptag", "p")))
    return (f"<!DOCTYPE html>\n<html lang='{'en' if p['lang']=='en' else 'zh-CN'}'><head><meta charset='{charset}'>"
            f"<title>{H.escape(p['doctitle'])}</title><style>{css}</style></head>\n<body>\n{inner}\n</body></html>\n")
