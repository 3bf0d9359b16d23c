"""Shared page furniture for zh-blind207 (all invented)."""
import html as H
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
CSS = {
 "table": "body{font:12px SimSun;margin:0}table{border-collapse:collapse}.w{width:980px;margin:0 auto}.nav td{background:#c00;color:#fff;padding:4px 10px}.f{color:#666;text-align:center}",
 "div": "body{font:14px 'Microsoft YaHei';margin:0}.top{background:#f2f2f2;padding:4px}.hd{background:#0b4ea2;color:#fff;padding:12px}.main{width:1100px;margin:0 auto}.side{float:right;width:260px}.ft{clear:both;background:#333;color:#ccc;padding:10px}",
 "grid": "body{font-family:system-ui;margin:0}.g{display:grid;grid-template-columns:1fr 300px;gap:20px;max-width:1200px;margin:auto}.card{border:1px solid #ddd;padding:8px}.tag{color:#c00}",
 "app": "body{font-family:-apple-system,PingFang SC;margin:0;max-width:680px;margin:auto;padding:0 16px}.bar{display:flex;justify-content:space-between;color:#888}.open{background:#07c160;color:#fff;padding:6px;text-align:center}",
 "epaper": "body{font:13px SimSun;margin:0}.left{float:left;width:400px}.right{margin-left:420px}.yt,.ft2{color:#555}.zt{font-size:24px;font-weight:bold}",
}
def e(s): return H.escape(s, quote=True)
def img(alt): return f'<img src="{GIF}" alt="{e(alt)}" width="1" height="1">'

def render_body(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p>{e(it)}</p>")
        elif it[0] == "h":
            out.append(f"<h3>{e(it[1])}</h3>")
        elif it[0] == "hs":
            out.append(f"<p><strong>{e(it[1])}</strong></p>")
        elif it[0] == "li":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in it[1]) + "</ul>")
        elif it[0] == "table":
            out.append('<table border="1">' + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in it[1]) + "</table>")
        elif it[0] == "img":
            out.append(f'<div class="pic" style="text-align:center">{img(it[1])}<p class="caption">{e(it[1])}</p></div>')
        elif it[0] == "raw":  # non-body html (byline lines, editor lines)
            out.append(it[1])
        elif it[0] == "c":   # centered prose (signature, date)
            out.append(f'<p style="text-align:right">{e(it[1])}</p>')
    return "\n".join(out)

def gold_body(items):
    out = []
    for it in items:
        if isinstance(it, str): out.append(it)
        elif it[0] in ("h", "hs", "c"): out.append(it[1])
        elif it[0] == "li": out.extend(it[1])
        elif it[0] == "table": out.extend(" ".join(r) for r in it[1])
    return out

def page(title_tag, style, inner, lang="zh-CN", charset="utf-8"):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{e(title_tag)}</title>
<style>{CSS[style]}</style></head>
<body>
{inner}
</body></html>
"""

def gov_footer(site, host, n):
    return (f'<div class="ft"><p>主办：{e(site)}　承办：{e(site)}办公室</p>'
            f'<p>地址：{e(host)}　联系电话：0{n%9+1}{n}-8{n:03d}{n*7%1000:03d}</p>'
            f'<p>苏ICP备{2016000000+n*1373:010d}号-{n%4+1}　<img src="{GIF}" alt="公网安备" width="1" height="1">公网安备 {32010202000000+n*911}号　网站标识码：{3201000000+n*37}</p></div>')
