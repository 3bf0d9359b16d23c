#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from the hand-written page data in pages_*.py."""
import json, os, html as H, importlib, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
E = H.escape
STYLE = {
 "gov_table": "body{font:12px 宋体,SimSun;margin:0;background:#f2f2f2}table{border-collapse:collapse}.w{width:980px;margin:0 auto;background:#fff}.top td{background:#b40000;color:#fff;padding:4px}.t{font-size:22px;color:#c00;text-align:center}td.c p{text-indent:2em;line-height:28px;font-size:16px}.idx td{border:1px solid #ccc;padding:3px 6px}",
 "gov_portal": "body{font:14px 'Microsoft YaHei';margin:0}.hd{background:#1f5fa6;color:#fff;padding:8px 40px}.nav a{color:#fff;margin-right:14px}.crumb{padding:8px 40px;color:#666}.main{width:1100px;margin:0 auto}.idx{width:100%;border:1px solid #d6e3f0;background:#f5f9fd}.idx td{padding:4px 8px}h1{font-size:26px;text-align:center}.info{text-align:center;color:#888}.art p{text-indent:2em;line-height:2}.ft{background:#eee;padding:16px;text-align:center;color:#555;font-size:12px}",
 "media": "body{font:16px/1.8 'PingFang SC',sans-serif;margin:0}.bar{display:flex;justify-content:space-between;padding:6px 24px;background:#222;color:#ddd;font-size:13px}.grid{display:grid;grid-template-columns:1fr 300px;gap:24px;max-width:1180px;margin:0 auto}h1{font-size:30px;line-height:1.4}.yin,.fu{color:#555;font-size:18px}.meta{color:#999;font-size:13px}.side li{font-size:14px}figure{margin:12px 0}figcaption{color:#666;font-size:13px;text-align:center}.ft{border-top:1px solid #ddd;color:#999;font-size:12px;padding:20px;text-align:center}",
 "self": "body{font:17px/1.75 -apple-system,sans-serif;margin:0 auto;max-width:680px;padding:0 16px}.app{background:#f7f7f7;padding:8px;font-size:13px;color:#666}h1{font-size:22px}.acct{color:#576b95;font-size:15px}.acct span{color:#999;margin-left:8px}.cmt{border-top:8px solid #f3f3f3;font-size:14px;color:#666}figcaption{font-size:13px;color:#999;text-align:center}",
 "epaper": "body{font:14px SimSun;margin:0}.hd{background:#8b0000;color:#fff;padding:6px}.wrap{display:flex}.left{width:360px;border-right:1px solid #ccc;padding:8px}.right{flex:1;padding:8px 24px}.yin,.fu{text-align:center;font-size:16px}h1{text-align:center;font-size:26px}.art p{text-indent:2em;line-height:1.9}.pl a{display:block}",
 "inst": "body{font:15px/1.9 'Helvetica Neue','Microsoft YaHei';margin:0}.hd{padding:14px 60px;border-bottom:3px solid #0a6b4f}.menu a{margin-right:18px;color:#0a6b4f}.box{max-width:960px;margin:0 auto}h1{font-size:24px}.meta{color:#888;border-bottom:1px dashed #ccc}.ft{background:#0a6b4f;color:#eef;padding:18px;font-size:12px}",
}
def fam(layout):
    return {"gov_table":"gov_table","gov_portal":"gov_portal"}.get(layout, layout)

def body_html(p):
    out = []; imgs = p.get("imgs", {}); ul = []
    def flush():
        if ul: out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in ul) + "</ul>"); ul.clear()
    for i, b in enumerate(p["body"]):
        if isinstance(b, list):
            flush(); out.append("<table border='1' cellspacing='0' cellpadding='4' class='dt'>" + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in b) + "</table>")
        elif b.startswith("- "):
            ul.append(b[2:])
        elif b.startswith("## "):
            flush(); out.append(f"<{p.get('sub','h3')}>{E(b[3:])}</{p.get('sub','h3')}>" if p.get('sub','h3')!='strong' else f"<p><strong>{E(b[3:])}</strong></p>")
        elif b.startswith("RAW:"):
            flush(); out.append(b[4:])
        else:
            flush(); out.append(f"<p{p.get('pattr','')}>{E(b)}</p>")
        if i in imgs:
            flush(); alt, cap = imgs[i]
            out.append(f"<figure><img src='{GIF}' alt='{E(alt)}' width='600' height='360'><figcaption>{E(cap)}</figcaption></figure>")
    flush()
    return "\n".join(out)

def gold_body(p):
    g = []
    for b in p["body"]:
        if isinstance(b, list): g += [" ".join(r) for r in b]
        elif b.startswith("- ") or b.startswith("## "): g.append(b.split(" ", 1)[1])
        elif b.startswith("RAW:"): g += p["rawgold"].pop(0)
        else: g.append(b)
    return g

def title_html(p, tag="h1", cls=""):
    t = "<br>".join(E(x) for x in p.get("tlines", [p["title"]]))
    s = f"<p class='yin'>{E(p['yin'])}</p>" if p.get("yin") else ""
    s += f"<{tag} class='t {cls}'>{t}</{tag}>"
    if p.get("fu"): s += f"<p class='fu'>{E(p['fu'])}</p>"
    return s

def render(p):
    lay = p["layout"]; x = lambda k: p.get(k, "")
    bh = body_html(p)
    if lay == "gov_table":
        idx = ""
        if p.get("index"):
            rows = list(p["index"].items())
            idx = "<table class='idx' width='100%'>" + "".join(
                "<tr>" + "".join(f"<td>{E(k)}：</td><td>{E(v)}</td>" for k, v in rows[i:i+2]) + "</tr>" for i in range(0, len(rows), 2)) + "</table>"
        wh = f"<p style='text-align:center'>{E(p['wenhao'])}</p>" if p.get("wenhao") else ""
        inner = f"""<table class='w top' width='980'><tr><td>{x('top')}</td><td align='right'>无障碍浏览 | 长者模式 | 繁體 | 登录 | 注册</td></tr></table>
<table class='w'><tr><td><img src='{GIF}' alt='{E(p['site'])}' width='300' height='80'></td><td><form><input type='text' placeholder='请输入关键字'><button type='button'>搜索</button></form></td></tr>
<tr><td colspan='2'>{x('nav')}</td></tr>
<tr><td colspan='2'>当前位置：{x('crumb')}</td></tr></table>
<table class='w'><tr><td>{idx}</td></tr><tr><td>{title_html(p,'div')}</td></tr>
<tr><td align='center'>{x('info')}</td></tr><tr><td class='c'>{x('pre')}{wh}{bh}{x('post')}</td></tr>
<tr><td>{x('after')}</td></tr></table>
<table class='w'><tr><td align='center'>{x('footer')}</td></tr></table>"""
    elif lay == "gov_portal":
        idx = ""
        if p.get("index"):
            idx = "<table class='idx'>" + "".join(f"<tr><th>{E(k)}</th><td>{E(v)}</td></tr>" for k, v in p["index"].items()) + "</table>"
        wh = f"<div class='wh' style='text-align:center'>{E(p['wenhao'])}</div>" if p.get("wenhao") else ""
        inner = f"""<div class='hd'><div>{x('top')}<span style='float:right'>长者模式 无障碍 English 登录</span></div><h2>{E(p['site'])}</h2><div class='nav'>{x('nav')}</div><input placeholder='搜索本站内容'></div>
<div class='crumb'>{x('crumb')}</div><div class='main'>{idx}{title_html(p)}<div class='info'>{x('info')}</div>
<div class='art'>{x('pre')}{wh}{bh}{x('post')}</div>{x('after')}</div><div class='ft'>{x('footer')}</div>"""
    elif lay == "media":
        inner = f"""<div class='bar'><span>{x('top')}</span><span>登录 | 注册 | 客户端下载</span></div><header><h2>{E(p['site'])}</h2><nav>{x('nav')}</nav></header>
<div class='grid'><main><div class='crumb'>{x('crumb')}</div>{title_html(p)}<div class='meta'>{x('info')}</div>
<article>{x('pre')}{bh}{x('post')}</article>{x('after')}</main><aside class='side'>{x('side')}</aside></div><footer class='ft'>{x('footer')}</footer>"""
    elif lay == "self":
        inner = f"""<div class='app'>{x('top')}</div>{title_html(p)}<div class='acct'>{x('info')}</div>
<div class='content'>{x('pre')}{bh}{x('post')}</div><div class='cmt'>{x('after')}</div><div class='app'>{x('footer')}</div>"""
    elif lay == "epaper":
        inner = f"""<div class='hd'>{x('top')}</div><div class='wrap'><div class='left'>{x('nav')}<img src='{GIF}' alt='版面缩略图' width='340' height='480'><div class='pl'>{x('side')}</div></div>
<div class='right'><div class='crumb'>{x('crumb')}</div>{title_html(p)}<div class='info'>{x('info')}</div><div class='art'>{x('pre')}{bh}{x('post')}</div>{x('after')}</div></div><div class='ft'>{x('footer')}</div>"""
    elif lay == "inst":
        inner = f"""<div class='hd'><strong>{E(p['site'])}</strong> <span class='menu'>{x('nav')}</span> <span>{x('top')}</span></div><div class='box'><div class='crumb'>{x('crumb')}</div>{title_html(p)}<div class='meta'>{x('info')}</div>
<div class='art'>{x('pre')}{bh}{x('post')}</div>{x('after')}</div><div class='ft'>{x('footer')}</div>"""
    lang = "en" if p["lang"] == "en" else "zh-CN"
    return f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'><title>{E(p.get('htitle', p['title']+'_'+p['site']))}</title><style>{STYLE[lay]}</style></head><body>\n{inner}\n</body></html>\n"

def main():
    pages = []
    for m in ["pages_gov", "pages_media", "pages_self", "pages_epaper", "pages_inst"]:
        try: pages += importlib.import_module(m).PAGES
        except ModuleNotFoundError: pass
    for p in pages:
        with open(os.path.join(ROOT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f: f.write(render(p))
        g = {"id": p["id"], "set": "zh-blind231", "lang": p["lang"], "kind": p["kind"], "title": p["title"],
             "authors": [a.replace("\u3000", "").replace(" ", "") if p["lang"] == "zh" else a for a in p["authors"]], "publish_time": p["time"], "body_paragraphs": gold_body(p)}
        with open(os.path.join(ROOT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    print(len(pages), "pages")
if __name__ == "__main__": main()
