#!/usr/bin/env python3
"""Generate html/<id>.html and gold/<id>.json from pages_data.PAGES."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages_data import PAGES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
E = html.escape

STYLES = {
 "table": "body{margin:0;font:12px/1.8 SimSun,serif;background:#eef2f6}table{border-collapse:collapse}.w{width:1000px;margin:0 auto;background:#fff}.top td{font-size:12px;color:#666}.nav td{background:#1b5aa8;color:#fff;text-align:center;padding:6px}.tit{font:bold 22px/1.6 SimHei;color:#c00;text-align:center}.info{text-align:center;color:#888;border-bottom:1px dashed #ccc}.con p{text-indent:2em;font-size:16px}.r{text-align:right}.c{text-align:center}.foot{font-size:12px;color:#555;text-align:center;background:#ddd}.grid td{border:1px solid #999;padding:3px 6px}",
 "div": "body{margin:0;font-family:'Microsoft YaHei',sans-serif;color:#333}.head{background:#b30000;color:#fff;padding:10px 40px}.bar{font-size:12px;background:#f5f5f5;padding:4px 40px}.main{width:1100px;margin:0 auto;display:flex;gap:30px}.art{flex:1}.side{width:280px;font-size:13px}h1{font-size:26px;text-align:center}.yin,.fu{text-align:center;color:#555}.meta{color:#999;font-size:13px;text-align:center;border-bottom:1px solid #eee;padding-bottom:8px}.txt p{text-indent:2em;line-height:2;font-size:17px}.txt .r{text-align:right}.txt .c{text-align:center}figure{text-align:center;margin:10px 0}figcaption{font-size:13px;color:#666}.foot{background:#333;color:#bbb;font-size:12px;text-align:center;padding:14px}.crumb{font-size:13px;color:#888}table.data{border-collapse:collapse;margin:auto}table.data td,table.data th{border:1px solid #aaa;padding:4px 8px}",
 "grid": "*{box-sizing:border-box}body{margin:0;font-family:'PingFang SC',sans-serif}header{display:grid;grid-template-columns:200px 1fr 200px;padding:10px 5%;border-bottom:3px solid #0b4ea2}nav a{margin:0 8px;color:#0b4ea2}.wrap{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,1fr);gap:32px;padding:20px 5%}h1{font-size:30px;line-height:1.35}.sub{color:#666;font-size:18px}.meta span{margin-right:14px;color:#888;font-size:14px}article p{font-size:18px;line-height:1.9}figure{margin:16px 0}figcaption{color:#777;font-size:14px}aside li{margin:6px 0}footer{padding:20px 5%;background:#f2f2f2;color:#666;font-size:13px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}",
 "app": "body{margin:0 auto;max-width:680px;font-family:-apple-system,sans-serif;color:#222;padding:0 16px}.dl{background:#f04142;color:#fff;padding:8px;text-align:center;font-size:14px}.acct{display:flex;gap:10px;align-items:center;margin:12px 0}.acct img{width:36px;height:36px;border-radius:50%}.acct .n{font-weight:bold}.acct .t{color:#999;font-size:12px}h1{font-size:22px}p{font-size:17px;line-height:1.8}.ops{color:#999;font-size:13px;display:flex;gap:18px}.more{border-top:8px solid #f4f4f4;padding-top:10px}figcaption{color:#999;font-size:13px;text-align:center}",
 "epaper": "body{margin:0;font-family:SimSun,serif;background:#f3efe6}.mast{background:#8b0000;color:#fff;padding:8px 20px}.cols{display:flex}.left{width:320px;padding:10px;font-size:13px;border-right:1px solid #ccc}.right{flex:1;padding:10px 30px;background:#fff}.yin,.fu{text-align:center;color:#444;font-size:16px}h1{text-align:center;font-size:28px;margin:6px 0}.right p{text-indent:2em;font-size:16px;line-height:1.9}.bm li{margin:3px 0}.foot{text-align:center;font-size:12px;color:#666;padding:10px}",
}

def body_html(paras, mode):
    out, rows, items = [], [], []
    def flush():
        nonlocal rows, items
        if rows:
            cls = ' class="grid"' if mode == "table" else ' class="data"'
            out.append(f"<table{cls}>" + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
            rows = []
        if items:
            out.append("<ul>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>")
            items = []
    for p in paras:
        if p.startswith("|"):
            if items: flush()
            rows.append(p.strip("|").split("|")); continue
        if p.startswith("- "):
            if rows: flush()
            items.append(p[2:]); continue
        flush()
        if p.startswith("##"):
            out.append(f"<h3>{E(p[2:])}</h3>" if mode != "table" else f"<p><strong>{E(p[2:])}</strong></p>")
        elif p.startswith("IMG:"):
            cap = p[4:]
            if mode in ("div", "grid", "app"):
                out.append(f'<figure><img src="{GIF}" alt="{E(cap)}" width="600" height="360"><figcaption>{E(cap)}</figcaption></figure>')
            else:
                out.append(f'<p class="c"><img src="{GIF}" alt="{E(cap)}" width="500" height="300"></p><p class="c">{E(cap)}</p>')
        elif p.startswith("WH:"):
            out.append(f'<p class="c">{E(p[3:])}</p>')
        elif p.startswith("R:"):
            out.append(f'<p class="r">{E(p[2:])}</p>')
        elif p.startswith("NB:"):
            out.append(f'<p>{E(p[3:])}</p>')
        else:
            out.append(f"<p>{E(p)}</p>")
    flush()
    return "\n".join(out)

def gold_body(paras):
    g = []
    for p in paras:
        if p.startswith(("IMG:", "WH:", "NB:")): continue
        if p.startswith("|"): g.append(" ".join(p.strip("|").split("|")))
        elif p.startswith("- "): g.append(p[2:])
        elif p.startswith("##"): g.append(p[2:])
        elif p.startswith("R:"): g.append(p[2:])
        else: g.append(p)
    return g

def title_html(pg, tag="h1"):
    t = pg["title"]
    if isinstance(t, list):
        inner = "<br>".join(E(x) for x in t)
    else:
        inner = E(t)
    return inner

def lst(items, cls=""):
    return f'<ul class="{cls}">' + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>"

def xxgk_table(pg):
    x = pg.get("xxgk")
    if not x: return ""
    cells = list(x.items())
    rows = []
    for i in range(0, len(cells), 2):
        pair = cells[i:i+2]
        rows.append("<tr>" + "".join(f"<th>{E(k)}：</th><td>{E(v)}</td>" for k, v in pair) + "</tr>")
    return '<table class="data xxgk">' + "".join(rows) + "</table>"

def page_table(pg):
    s = pg["site"]
    nav = "".join(f"<td>{E(n)}</td>" for n in pg.get("nav", ["首页", "政务公开", "政务服务", "互动交流", "走进" + s["short"]]))
    return f"""<table class="w top" width="1000"><tr><td>今天是：{E(s.get('today','2025年3月18日 星期二'))}</td><td align="right">无障碍浏览 | 长者模式 | 繁體 | 设为首页 | 加入收藏</td></tr></table>
<table class="w"><tr><td><img src="{GIF}" alt="{E(s['name'])}" width="400" height="80"></td><td><input type="text" placeholder="请输入关键字"> 搜索</td></tr></table>
<table class="w nav"><tr>{nav}</tr></table>
<table class="w"><tr><td>您当前的位置：{E(' > '.join(pg.get('crumbs', ['首页', '政务公开', '通知公告'])))}</td></tr></table>
<table class="w"><tr><td>{xxgk_table(pg)}</td></tr>
<tr><td class="tit">{title_html(pg)}</td></tr>
<tr><td class="info">{E(pg['info'])}　【字体：大 中 小】</td></tr>
<tr><td class="con">{body_html(pg['paras'], 'table')}
{''.join(f'<p class="r">{E(x)}</p>' for x in pg.get('tail', []))}</td></tr>
<tr><td class="r">【打印本页】【关闭窗口】</td></tr>
<tr><td>{('相关文章' + lst(pg['related'])) if pg.get('related') else ''}</td></tr></table>
<table class="w foot"><tr><td>主办单位：{E(s['name'])}办公室　承办：{E(s['name'])}大数据中心<br>{E(s['icp'])}　{E(s['ga'])}　网站标识码：{E(s['bsm'])}<br>联系电话：{E(s['tel'])}　（建议使用1024×768以上分辨率浏览）</td></tr></table>"""

def page_div(pg):
    s = pg["site"]
    yin = f'<p class="yin">{E(pg["yin"])}</p>' if pg.get("yin") else ""
    fu = f'<p class="fu">{E(pg["fu"])}</p>' if pg.get("fu") else ""
    side = ""
    if pg.get("related"):
        side = f'<div class="side"><h4>{E(pg.get("related_h","相关新闻"))}</h4>{lst(pg["related"])}<p><img src="{GIF}" alt="扫一扫 关注{E(s.get("short", s["name"]))}" width="100" height="100"></p><p>扫码关注官方微信</p></div>'
    pn = ""
    if pg.get("prevnext"):
        a, b = pg["prevnext"]
        pn = f'<div class="pn"><p>上一篇：{E(a)}</p><p>下一篇：{E(b)}</p></div>'
    return f"""<div class="bar">无障碍 | 长者模式 | <a>登录</a> | <a>注册</a> <input placeholder="搜索本站内容"></div>
<div class="head"><img src="{GIF}" alt="{E(s['name'])}" width="300" height="60"> {E(s['name'])}</div>
<div class="bar">{' | '.join(E(n) for n in pg.get('nav', ['首页','要闻','时政','经济','社会','文旅','视频']))}</div>
<div class="main"><div class="art">
<p class="crumb">当前位置：{E(' > '.join(pg.get('crumbs', ['首页','正文'])))}</p>
{xxgk_table(pg)}
{yin}<h1>{title_html(pg)}</h1>{fu}
<div class="meta">{E(pg['info'])}　<span>分享到：微信 微博 QQ空间</span>　【字号 大 中 小】</div>
<div class="txt">{body_html(pg['paras'], 'div')}
{''.join(f'<p>{E(x)}</p>' for x in pg.get('tail', []))}</div>
{pn}<p>【打印】【关闭】</p></div>{side}</div>
<div class="foot">{E(s['name'])} 版权所有　{E(s['icp'])}　{E(s['ga'])}{('　网站标识码：' + E(s['bsm'])) if s.get('bsm') else ''}<br>地址：{E(s['addr'])}　电话：{E(s['tel'])}</div>"""

def page_grid(pg):
    s = pg["site"]
    en = pg["lang"] == "en"
    yin = f'<p class="sub">{E(pg["yin"])}</p>' if pg.get("yin") else ""
    fu = f'<p class="sub">{E(pg["fu"])}</p>' if pg.get("fu") else ""
    meta = "".join(f"<span>{E(m)}</span>" for m in pg["meta"])
    rel = f'<aside><h3>{E(pg.get("related_h", "Related Stories" if en else "相关阅读"))}</h3>{lst(pg.get("related", []))}<h3>{"Most Read" if en else "热门排行"}</h3>{lst(pg.get("hot", []))}</aside>'
    nav = pg.get("nav", ["Home","China","World","Business","Culture","Sports","Opinion"] if en else ["首页","要闻","区县","财经","民生","文旅","评论","视频"])
    return f"""<header><div><img src="{GIF}" alt="{E(s['name'])}" width="180" height="40"></div><nav>{''.join(f'<a>{E(n)}</a>' for n in nav)}</nav><div><input placeholder="{'Search' if en else '请输入搜索内容'}"> {'Sign in' if en else '登录'}</div></header>
<div class="wrap"><article>
<p class="crumb">{E(' > '.join(pg.get('crumbs', ['Home'] if en else ['首页'])))}</p>
{yin}<h1>{title_html(pg)}</h1>{fu}
<div class="meta">{meta}</div>
{body_html(pg['paras'], 'grid')}
{''.join(f'<p>{E(x)}</p>' for x in pg.get('tail', []))}
<p>{'Share: WeChat Weibo Facebook X' if en else '分享到：微信 朋友圈 微博'}</p>
</article>{rel}</div>
<footer>{E(s['copy'])}<br>{E(s.get('icp',''))} {E(s.get('ga',''))}</footer>"""

def page_app(pg):
    a = pg["acct"]
    yin = ""
    return f"""<div class="dl">打开{E(pg['platform'])}，阅读体验更佳　<b>打开APP</b></div>
<h1>{title_html(pg)}</h1>
<div class="acct"><img src="{GIF}" alt="{E(a)}头像"><div><div class="n">{E(a)}</div><div class="t">{E(pg['info'])}</div></div><b>+ 关注</b></div>
{body_html(pg['paras'], 'app')}
{''.join(f'<p>{E(x)}</p>' for x in pg.get('tail', []))}
<div class="ops"><span>{E(pg.get('stats','阅读 1.2万'))}</span><span>赞 326</span><span>在看 41</span><span>分享</span></div>
<div class="more"><p>{E(pg.get('decl','本文为作者独立观点，不代表平台立场。'))}</p><h4>相关推荐</h4>{lst(pg.get('related', []))}<p>写下你的评论…</p></div>"""

def page_epaper(pg):
    s = pg["site"]
    yin = f'<p class="yin">{E(pg["yin"])}</p>' if pg.get("yin") else ""
    fu = f'<p class="fu">{E(pg["fu"])}</p>' if pg.get("fu") else ""
    bm = "".join(f"<li>{E(b)}</li>" for b in pg["banmian"])
    titles = "".join(f"<li>{E(b)}</li>" for b in pg["bbtitles"])
    return f"""<div class="mast">{E(s['name'])}　{E(pg['issue'])}　<a>往期回顾</a> <a>PDF下载</a></div>
<div class="cols"><div class="left"><img src="{GIF}" alt="版面缩略图" width="300" height="420">
<p>{E(pg['curban'])}　<a>上一版</a> <a>下一版</a></p><h4>版面导航</h4><ul class="bm">{bm}</ul><h4>本版标题</h4><ul>{titles}</ul></div>
<div class="right">{yin}<h1>{title_html(pg)}</h1>{fu}
<p class="c">{E(pg['info'])}</p>
{body_html(pg['paras'], 'div')}
{''.join(f'<p>{E(x)}</p>' for x in pg.get('tail', []))}
<p>【返回目录】【放大】【缩小】</p></div></div>
<div class="foot">{E(s['copy'])}　{E(s['icp'])}</div>"""

LAYOUTS = {"table": page_table, "div": page_div, "grid": page_grid, "app": page_app, "epaper": page_epaper}

def main():
    for pg in PAGES:
        lay = pg["layout"]
        css = STYLES[lay]
        title_txt = pg["title"] if isinstance(pg["title"], str) else "".join(pg["title"])
        doc = f"""<!DOCTYPE html>
<html lang="{'en' if pg['lang']=='en' else 'zh-CN'}"><head><meta charset="utf-8"><title>{E(title_txt)}_{E(pg['site']['name'])}</title>
<style>{css}</style></head><body>
{LAYOUTS[lay](pg)}
</body></html>
"""
        with open(os.path.join(ROOT, "html", pg["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        gold = {"id": pg["id"], "set": "zh-blind220", "lang": pg["lang"], "kind": pg["kind"],
                "title": title_txt, "authors": pg["authors"], "publish_time": pg["time"],
                "body_paragraphs": gold_body(pg["paras"])}
        with open(os.path.join(ROOT, "gold", pg["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(PAGES), "pages")

if __name__ == "__main__":
    main()
