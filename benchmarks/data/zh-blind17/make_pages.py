#!/usr/bin/env python3
"""Generate the zh-blind17 pages (html/) and gold (gold/) from the specs below."""
import json, os, re, html as H

OUT = os.path.dirname(os.path.abspath(__file__))
SET = "zh-blind17"
e = H.escape

CSS = {
 "old": "body{font:12px 宋体,SimSun;margin:0}table{border-collapse:collapse}.w{width:980px;margin:0 auto}.hd{background:#b00;color:#fff;height:90px}.nav td{padding:4px 10px;background:#c33;color:#fff}.tit{font:bold 20px 黑体;text-align:center;color:#c00}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.ft{background:#eee;text-align:center;padding:10px}.zw p{text-indent:2em;line-height:28px;font-size:16px}",
 "new": "body{font:16px 'Microsoft YaHei';margin:0}.top{position:sticky;top:0;background:#f5f5f5;font-size:13px;padding:4px 20px}.top span{margin-right:14px}.banner{background:linear-gradient(#1a4fa0,#0d3a7a);color:#fff;padding:24px 40px}.banner h1{display:inline;font-size:30px}.nav a{display:inline-block;padding:10px 18px;color:#fff}.nav{background:#0d3a7a}.crumb{color:#666;font-size:14px;margin:10px 40px}.main{margin:0 40px}.art h1{font-size:26px;text-align:center}.meta{color:#888;font-size:14px;text-align:center}.meta span{margin:0 8px}.body p{text-indent:2em;line-height:1.9}.side{float:right;width:280px}.foot{clear:both;background:#0d3a7a;color:#ddd;padding:20px;font-size:13px}",
 "paper": "body{font:15px SimSun;margin:0;background:#f3efe4}.bar{background:#8b0000;color:#fff;padding:6px}.pane{display:flex}.left{width:360px;font-size:13px}.right{flex:1;background:#fff;padding:20px}.yt,.ft2{text-align:center;color:#333;font-size:16px}.zt{text-align:center;font-size:24px;font-weight:bold}.au{text-align:center;color:#555}",
 "media": "body{font:15px 'PingFang SC',sans-serif;margin:0}.hdr{display:flex;justify-content:space-between;padding:10px 30px;border-bottom:1px solid #eee}.wrap{width:1100px;margin:0 auto;display:flex}.l{flex:1}.r{width:300px;margin-left:30px}.t{font-size:28px;font-weight:700}.src{color:#999;font-size:13px}.c p{line-height:1.8}.cap{text-align:center;color:#666;font-size:13px}",
}

def body_html(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append("<p>%s</p>" % e(it))
        elif it[0] == "h":
            out.append("<p><strong>%s</strong></p>" % e(it[1]))
        elif it[0] == "c":   # centred/right paragraph (still body)
            out.append('<p style="text-align:%s">%s</p>' % (it[2] if len(it) > 2 else "right", e(it[1])))
        elif it[0] == "img":
            out.append('<p style="text-align:center"><img src="data:," alt="%s" width="500" height="300"></p><p class="cap">%s</p>' % (e(it[1]), e(it[2])))
        elif it[0] == "table":
            rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r) for r in it[1])
            out.append('<table border="1" cellpadding="4" style="margin:auto">%s</table>' % rows)
        elif it[0] == "raw":
            out.append(it[1])
    return "\n".join(out)

def gold_body(items):
    g = []
    for it in items:
        if isinstance(it, str):
            g.append(it)
        elif it[0] in ("h", "c"):
            g.append(it[1])
        elif it[0] == "table":
            g.extend(" ".join(r) for r in it[1])
    return g

def ul(xs, cls=""):
    return '<ul class="%s">%s</ul>' % (cls, "".join("<li><a href=\"#\">%s</a></li>" % e(x) for x in xs))

def title_html(title, tag="h1", cls=""):
    if isinstance(title, (list, tuple)):
        return '<%s class="%s">%s</%s>' % (tag, cls, "<br>".join(e(t) for t in title), tag)
    return '<%s class="%s">%s</%s>' % (tag, cls, e(title), tag)

# ---------------------------------------------------------------- templates
OLD_TOPS = ["设为首页 | 加入收藏 | 繁體版 | 无障碍", "今天是 | 简体中文 | 繁體中文 | English | 网站导航",
            "手机版 | 政务微博 | 政务微信 | 联系我们", "[ 设为首页 ] [ 加入收藏 ] [ 无障碍浏览 ]"]
OLD_PHS = ["请输入关键字", "站内搜索", "请输入检索内容", "关键词"]

def t_old(p):
    """2010s table-layout government page."""
    k = int(p["id"][-2:])
    p.setdefault("top", OLD_TOPS[k % len(OLD_TOPS)])
    p.setdefault("ph", OLD_PHS[k % len(OLD_PHS)])
    nav = "".join("<td>%s</td>" % e(n) for n in p["nav"])
    t = p["title"]
    th = "<br>".join(e(x) for x in t) if isinstance(t, list) else e(t)
    return f"""<table class="w" width="980"><tr><td class="hd"><b style="font-size:30px">{e(p['site'])}</b></td>
<td class="hd" align="right">{e(p.get('top','设为首页 | 加入收藏 | 繁體版 | 无障碍'))}<br><input type="text" placeholder="{e(p.get('ph','请输入关键字'))}"><button>搜索</button></td></tr></table>
<table class="w nav"><tr>{nav}</tr></table>
<table class="w"><tr><td>{e(p['crumb'])}</td></tr></table>
<table class="w"><tr><td width="220" valign="top">{p.get('left','')}</td><td valign="top">
<table width="100%"><tr><td class="tit">{th}</td></tr>
<tr><td class="info">{p['info']}</td></tr>
<tr><td class="zw">{p.get('pre','')}{body_html(p['body'])}{p.get('post','')}</td></tr>
<tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td>{p.get('after','')}</td></tr></table></td></tr></table>
<table class="w"><tr><td class="ft">{p['foot']}</td></tr></table>"""

TOPS = ["<span>欢迎访问</span><span>无障碍</span><span>长者模式</span><span>繁體</span><span>English</span><span>登录</span><span>注册</span>",
        "<span>今天是：</span><span>政务微信</span> | <span>政务微博</span> | <span>无障碍浏览</span> | <span>关怀版</span> | <span>个人登录</span> <span>法人登录</span>",
        "<a href='#'>长者模式</a> <a href='#'>无障碍</a> <a href='#'>简</a>/<a href='#'>繁</a> <a href='#'>智能问答</a> <a href='#'>登录</a> <a href='#'>注册</a>",
        "<span>手机版</span>　<span>微信</span>　<span>微博</span>　<span>读屏专用</span>　<span>适老化服务</span>　<span>登录</span>",
        "<span>国务院</span> | <span>本省政府门户</span> | <span>无障碍</span> | <span>长者模式</span>"]
PHS = ["搜索本站内容", "请输入您要搜索的内容", "输入关键词搜索", "搜索政策、办事、新闻", "全站搜索"]

def t_new(p):
    """2020s portal with 长者模式 and sticky top bar."""
    k = int(p["id"][-2:])
    p.setdefault("top", TOPS[k % len(TOPS)])
    p.setdefault("ph", PHS[k % len(PHS)])
    nav = "".join('<a href="#">%s</a>' % e(n) for n in p["nav"])
    head_first = p.get("meta_first", False)
    tt = title_html(p["title"])
    meta = '<div class="meta">%s</div>' % p["info"]
    art = (meta + tt) if head_first else (tt + meta)
    return f"""<div class="top">{p.get('top','<span>欢迎访问</span><span>无障碍</span><span>长者模式</span><span>繁體</span><span>English</span><span>登录</span><span>注册</span>')}</div>
<div class="banner"><h1>{e(p['site'])}</h1> <input type="search" placeholder="{e(p.get('ph','搜索本站内容'))}"><button>{e(p.get('btn','搜索'))}</button></div>
<div class="nav">{nav}</div>
<div class="crumb">{e(p['crumb'])}</div>
<div class="main"><div class="side">{p.get('left','')}</div>
<div class="art">{p.get('label','')}{p.get('record','')}{art}
<div class="body">{p.get('pre','')}{body_html(p['body'])}{p.get('post','')}</div>
{p.get('after','')}</div></div>
<div class="foot">{p['foot']}</div>"""

def t_paper(p):
    """newspaper e-paper page."""
    return f"""<div class="bar">{e(p['site'])} 数字报 <span>{e(p['issue'])}</span> <a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<div class="pane"><div class="left"><img src="data:," alt="版面缩略图" width="340" height="480"><div>{e(p['edition'])}</div><div><a href="#">上一版</a> <a href="#">下一版</a></div>{p.get('left','')}</div>
<div class="right">{p.get('yt','')}<div class="zt">{e(p['title'])}</div>{p.get('ft','')}<div class="au">{p.get('au','')}</div>
<div class="c">{body_html(p['body'])}</div>{p.get('post','')}</div></div>
<div style="text-align:center;font-size:12px">{p['foot']}</div>"""

def t_media(p):
    """news portal / self-media / institutional two-column page."""
    tt = title_html(p["title"], "h1", "t")
    meta = '<div class="src">%s</div>' % p["info"]
    art = (meta + tt) if p.get("meta_first") else (tt + meta)
    return f"""<div class="hdr"><div><b>{e(p['site'])}</b> {p.get('hnav','')}</div><div><input placeholder="{e(p.get('ph','搜索'))}"> {p.get('login','登录')}</div></div>
<div style="padding:4px 30px;color:#999">{e(p.get('crumb',''))}</div>
<div class="wrap"><div class="l">{p.get('label','')}{art}{p.get('under','')}
<div class="c">{p.get('pre','')}{body_html(p['body'])}{p.get('post','')}</div>{p.get('after','')}</div>
<div class="r">{p.get('left','')}</div></div>
<div style="background:#222;color:#aaa;padding:16px;font-size:12px">{p['foot']}</div>"""

TPL = {"old": t_old, "new": t_new, "paper": t_paper, "media": t_media}

def build(p):
    tpl = p["tpl"]
    css = CSS[{"old": "old", "new": "new", "paper": "paper", "media": "media"}[tpl]]
    lang = p.get("lang", "zh")
    doc = f"""<!DOCTYPE html>
<html lang="{'en' if lang == 'en' else 'zh-CN'}"><head><meta charset="utf-8"><title>{e(p.get('htitle', (''.join(p['title']) if isinstance(p['title'], list) else p['title']) + '_' + p['site']))}</title>
<style>{css}.cap{{text-align:center;color:#666;font-size:13px}}</style></head><body>
{TPL[tpl](p)}
</body></html>
"""
    # two-space gaps inside Chinese names (`王  静`) survive only as no-break spaces
    doc = re.sub(r"(?<=[\u4e00-\u9fff]) {2,}(?=[\u4e00-\u9fff])", lambda m: "&nbsp;" * len(m.group()), doc)
    title = "".join(p["title"]) if isinstance(p["title"], list) else p["title"]
    gold = {"id": p["id"], "set": SET, "lang": lang, "kind": p["kind"], "title": title,
            "authors": [re.sub(r"\s+", "", a) if re.fullmatch(r"[\u4e00-\u9fff·\s]+", a) else a for a in p["authors"]], "publish_time": p["time"], "body_paragraphs": gold_body(p["body"])}
    return doc, gold

# ---------------------------------------------------------------- furniture helpers
def gov_foot(org, icp, gongan, bsm, extra=""):
    k = int(bsm[-1])
    if k % 3 == 1:
        return f"<table width='100%'><tr><td><img src='data:,' alt='党政机关' width='40'></td><td>{org}主办<br>{icp}　{gongan}　网站标识码{bsm}</td><td><a href='#'>关于本网</a> | <a href='#'>网站纠错</a> | <a href='#'>适老化无障碍服务</a></td></tr></table>"
    if k % 3 == 2:
        return f"<div><a href='#'>网站声明</a>｜<a href='#'>联系我们</a>｜<a href='#'>网站地图</a></div><div>版权所有：{org}　{extra}</div><div>网站标识码：{bsm}　ICP备案：{icp}</div><div><img src='data:,' alt='' width='16'>{gongan}</div><div>建议使用IE9以上版本或Chrome浏览器浏览本站</div>"
    return f"主办单位：{org} 承办：{org}办公室 {extra}<br>网站标识码：{bsm} <a href='#'>{icp}</a> <img src='data:,' alt='公安备案图标' width='16' height='16'>{gongan}<br><a href='#'>网站地图</a> | <a href='#'>联系我们</a> | <a href='#'>隐私声明</a> <img src='data:,' alt='党政机关' width='40'><img src='data:,' alt='政府网站找错' width='80'>"

def qr(cap="扫一扫在手机打开当前页"):
    return f'<div><img src="data:," alt="二维码" width="100" height="100"><p>{cap}</p></div>'

def prevnext(a, b, p1="上一篇：", p2="下一篇："):
    return f'<div>{p1}<a href="#">{e(a)}</a></div><div>{p2}<a href="#">{e(b)}</a></div>'

def box(head, items):
    return f'<div><h3>{e(head)}</h3>{ul(items)}</div>'

def share(s="分享到："):
    return f'<div class="share">{s}<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'

PAGES = []
def page(**kw):
    PAGES.append(kw)

exec(open(os.path.join(OUT, "pages_data.py"), encoding="utf-8").read())

if __name__ == "__main__":
    os.makedirs(os.path.join(OUT, "html"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    for p in PAGES:
        doc, gold = build(p)
        with open(os.path.join(OUT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(doc)
        with open(os.path.join(OUT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(PAGES), "pages")
