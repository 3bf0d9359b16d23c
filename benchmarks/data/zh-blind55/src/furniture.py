"""Page furniture helpers and the renderer for the zh-blind55 set (stdlib only)."""
import html as H
import re

CSS = {
 "gov20": "body{margin:0;font:16px/1.8 'Microsoft YaHei',sans-serif;color:#333}.top{background:#f3f3f3;font-size:12px;padding:4px 40px;position:sticky;top:0}.top span{margin-right:14px}.banner{background:#b31b1b;color:#fff;padding:18px 40px;font-size:28px}.srch{float:right}.nav a{display:inline-block;padding:8px 16px;color:#fff;background:#8d1111}.crumb{padding:8px 40px;font-size:13px;color:#666}.main{width:900px;margin:0 auto}h1{text-align:center;font-size:26px}.info{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd}.info span{margin:0 8px}.art p{text-indent:2em}.foot{background:#333;color:#ccc;font-size:12px;padding:16px 40px}.side{font-size:13px}.qr{font-size:12px}",
 "gov10": "body{font:12px/1.7 SimSun,serif;background:#e9eef5}table{border-collapse:collapse}.wrap{width:960px;margin:0 auto;background:#fff}.ttl{font-size:20px;font-weight:bold;color:#c00;text-align:center}.cnt p{font-size:14px;text-indent:2em}.bar{background:#dce6f2;text-align:center}.rec td{border:1px solid #bbb;padding:3px 8px}.foot{text-align:center;color:#666;border-top:2px solid #c00}",
 "news": "body{margin:0;font:15px/1.75 'PingFang SC',sans-serif}.hd{border-bottom:3px solid #1b5fad;padding:6px 30px}.hd a{margin-right:12px}.wrap{display:flex;width:1100px;margin:0 auto}.l{width:760px}.r{width:300px;margin-left:40px;font-size:13px}h1{font-size:30px;line-height:1.3}.meta{color:#999;font-size:13px}.meta span{margin-right:10px}.ft{font-size:12px;color:#999;text-align:center}.cap{font-size:13px;color:#666;text-align:center}",
 "en": "body{margin:0;font:17px/1.6 Georgia,serif}.hd{background:#0a2a5a;color:#fff;padding:8px 30px}.hd a{color:#fff;margin-right:14px}.wrap{width:860px;margin:0 auto}h1{font-size:34px;line-height:1.2}.by{font-size:14px;color:#555}.cap{font-size:13px;color:#777}.ft{font-size:12px;color:#777;border-top:1px solid #ccc}",
 "self": "body{margin:0;font:16px/1.8 -apple-system,'PingFang SC',sans-serif;color:#222}.bar{display:flex;justify-content:space-between;padding:8px 20px;border-bottom:1px solid #eee}.wrap{width:680px;margin:0 auto}h1{font-size:24px}.acc{display:flex;gap:10px;color:#576b95;font-size:14px}.rec{font-size:13px;color:#888}",
 "epaper": "body{margin:0;font:14px/1.8 SimSun,serif;background:#f6f1e6}.top{background:#7a1712;color:#fff;padding:6px 20px}.pg{display:flex}.lay{width:360px;font-size:12px;border-right:1px solid #ccc;padding:8px}.txt{width:700px;padding:10px 24px}.yin,.fu{font-size:16px;text-align:center;color:#444}h1{font-size:26px;text-align:center;margin:4px}.ed{font-size:12px;color:#777}.dy{font-weight:bold}.lk{border:1px solid #999;background:#fff;padding:8px 14px}",
 "inst": "body{margin:0;font:15px/1.8 'Microsoft YaHei',sans-serif}.top{background:#004d8c;color:#fff;padding:10px 40px;font-size:22px}.top small{font-size:12px;margin-left:30px}.menu a{margin:0 12px}.wrap{width:960px;margin:0 auto}h2{font-size:24px;text-align:center}.inf{text-align:center;color:#888;font-size:13px}.ft{background:#eee;font-size:12px;padding:14px;text-align:center}",
 "plain": "body{font:14px/1.6 sans-serif;margin:20px}",
}

def e(s):
    return H.escape(s, quote=False)

def links(items, sep=""):
    return sep.join(f'<a href="#">{e(x)}</a>' for x in items)

def ul(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{e(x)}</a></li>' for x in items) + "</ul>"

def ul_dated(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{e(t)}</a><span>{e(d)}</span></li>' for t, d in items) + "</ul>"

def gov_top(site, nav, crumbs, elder=True, trad=True, login=True, placeholder="请输入关键字"):
    t = ['<div class="top">', '<span>欢迎访问' + e(site) + '！</span>']
    t.append('<span>无障碍</span>')
    if elder: t.append('<span>长者模式</span>')
    if trad: t.append('<span>繁體</span>')
    if login: t.append('<span>登录</span><span>注册</span>')
    t.append('</div>')
    t.append(f'<div class="banner">{e(site)}<form class="srch"><input type="text" placeholder="{e(placeholder)}"><button type="button">搜索</button></form></div>')
    t.append('<div class="nav">' + links(nav) + '</div>')
    t.append('<div class="crumb">' + crumbs + '</div>')
    return "\n".join(t)

def gov_foot(host, code, icp, gongan, extra=""):
    return (f'<div class="foot"><p>主办单位：{e(host)} {extra}</p>'
            f'<p>网站标识码：{code}　{e(icp)}　{e(gongan)}</p>'
            '<p>建议使用1280×800以上分辨率浏览本网站</p></div>')

def body_html(items):
    """Render body items. Returns (html, gold_paragraphs)."""
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p>{e(it)}</p>"); gold.append(it)
        elif it[0] == "h":      # sub-heading, body
            out.append(f"<p><strong>{e(it[1])}</strong></p>"); gold.append(it[1])
        elif it[0] == "h3":
            out.append(f"<h3>{e(it[1])}</h3>"); gold.append(it[1])
        elif it[0] == "pr":     # right-aligned paragraph (署名/日期), body
            out.append(f'<p style="text-align:right">{e(it[1])}</p>'); gold.append(it[1])
        elif it[0] == "ni":     # no-indent paragraph (主送 etc.), body
            out.append(f'<p style="text-indent:0">{e(it[1])}</p>'); gold.append(it[1])
        elif it[0] == "img":    # ("img", alt, caption or None) not body
            out.append(f'<p style="text-align:center"><img src="data:," alt="{H.escape(it[1])}" width="600" height="360"></p>')
            if it[2]: out.append(f'<p class="cap" style="text-align:center;text-indent:0">{e(it[2])}</p>')
        elif it[0] == "table":  # ("table", rows, header_is_body)
            rows = it[1]
            t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto">']
            for r in rows:
                t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            t.append("</table>")
            out.append("".join(t))
        elif it[0] == "x":      # raw html, not body
            out.append(it[1])
        elif it[0] == "g":      # raw html with its gold text
            out.append(it[1]); gold.append(it[2])
        else:
            raise ValueError(it)
    return "\n".join(out), gold

def page(p):
    body, gold = body_html(p["body"])
    title_html = p.get("title_html") or f"<h1>{e(p['title'])}</h1>"
    parts = [p.get("head", ""), p.get("pre", "")]
    if p.get("meta_first"):
        parts += [p.get("meta", ""), title_html]
    else:
        parts += [title_html, p.get("meta", "")]
    parts += [p.get("lead", ""), f'<div class="art">{body}</div>', p.get("after", ""), p.get("foot", "")]
    inner = "\n".join(x for x in parts if x)
    if p.get("wrap"):
        inner = p["wrap"].replace("{{}}", inner)
    doc = (f'<!DOCTYPE html>\n<html lang="{p.get("lang","zh")}">\n<head>\n<meta charset="utf-8">\n'
           f'<title>{e(p.get("doc_title", p["title"]))}</title>\n<style>{CSS[p["css"]]}</style>\n</head>\n<body>\n{inner}\n</body>\n</html>\n')
    # a spaced-out two-character name (`王  静`) is typed with &nbsp; on real pages, so it survives
    doc = re.sub(r"(?<=[\u4e00-\u9fff])  (?=[\u4e00-\u9fff])", "&nbsp;&nbsp;", doc)
    g = {"id": p["id"], "set": "zh-blind55", "lang": p.get("lang", "zh"), "title": p["title"],
         "authors": p["authors"], "publish_time": p["time"], "body_paragraphs": gold}
    return doc, g
