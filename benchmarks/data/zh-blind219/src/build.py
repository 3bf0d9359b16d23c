#!/usr/bin/env python3
"""Render html/<id>.html and gold/<id>.json from pages.py (all content invented)."""
import html, json, os, re
from pages import PAGES
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape
GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=='

CSS = {
 'gov_table': 'body{font:14px SimSun;margin:0}table{border-collapse:collapse}.top{background:#b00;color:#fff}.zw p{text-indent:2em;line-height:28px}.idx td{border:1px solid #ccc;padding:3px}.sig{text-align:right}',
 'gov_div': 'body{font-family:"Microsoft YaHei";margin:0}.hd{background:#1d4f91;color:#fff;padding:8px}.nav a{margin:0 8px}.wrap{width:1100px;margin:auto}.idx{display:grid;grid-template-columns:1fr 1fr}.art p{text-indent:2em;line-height:1.9}.sig{text-align:right}table.t td,table.t th{border:1px solid #999;padding:4px}',
 'media': 'body{margin:0;font-family:sans-serif}.grid{display:grid;grid-template-columns:3fr 1fr;gap:24px;max-width:1200px;margin:auto}.info span{margin-right:12px;color:#888}.article p{line-height:1.8;text-indent:2em}.cap{color:#666;text-align:center;font-size:13px}h3{color:#c00}table.t td,table.t th{border:1px solid #ccc}',
 'selfmedia': 'body{margin:0;background:#f5f5f5;font-family:-apple-system,sans-serif}.card{max-width:680px;margin:auto;background:#fff;padding:16px}.acct{display:flex;gap:8px;align-items:center}.article p{line-height:1.75}.btns span{margin-right:14px}',
 'epaper': 'body{margin:0;font-family:SimSun}.bm{float:left;width:260px}.main{margin-left:280px}.yt,.ft{color:#555;text-align:center}.zt{text-align:center;font-size:24px}.art p{text-indent:2em}',
 'inst': 'body{margin:0;font-family:"PingFang SC",sans-serif}header{background:#063;color:#fff;padding:10px}.crumb{color:#666}.content p{line-height:1.9;text-indent:2em}footer{background:#eee;font-size:12px}table.t td,table.t th{border:1px solid #aaa}',
 'en': 'body{margin:0;font-family:Georgia,serif}.masthead{border-bottom:3px solid #000}.story{max-width:760px;margin:auto}.story p{line-height:1.7}.byl{color:#555}.cap{font-size:13px;color:#666}',
}

def body_html(items):
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(f'<p>{E(it)}</p>'); gold.append(it)
        elif it[0] == 'h':
            out.append(f'<h3>{E(it[1])}</h3>'); gold.append(it[1])
        elif it[0] == 'hp':  # sub-heading in bold inside a p
            out.append(f'<p><strong>{E(it[1])}</strong></p>'); gold.append(it[1])
        elif it[0] == 'li':
            out.append('<ul>' + ''.join(f'<li>{E(x)}</li>' for x in it[1]) + '</ul>'); gold += it[1]
        elif it[0] == 'tbl':
            rows = it[1]
            r = [f'<tr>' + ''.join(f'<th>{E(c)}</th>' for c in rows[0]) + '</tr>']
            r += ['<tr>' + ''.join(f'<td>{E(c)}</td>' for c in row) + '</tr>' for row in rows[1:]]
            out.append('<table class="t">' + ''.join(r) + '</table>')
            gold += [' '.join(row) for row in rows]
        elif it[0] == 'img':
            out.append(f'<p style="text-align:center"><img src="{GIF}" alt="{E(it[1])}" width="600" height="380"></p><p class="cap">{E(it[2])}</p>')
        elif it[0] == 'to':
            out.append(f'<p style="text-indent:0">{E(it[1])}</p>'); gold.append(it[1])
        elif it[0] == 'sig':
            out.append(f'<p class="sig" style="text-align:right">{E(it[1])}</p>'); gold.append(it[1])
        elif it[0] == 'raw':  # non-body furniture placed inside article
            out.append(it[1])
    return '\n'.join(out), gold

def title_html(p, tag='h1'):
    t = p.get('title_lines')
    inner = '<br>'.join(E(x) for x in t) if t else E(p['title'])
    s = ''
    if p.get('kicker'): s += f'<p class="yt">{E(p["kicker"])}</p>'
    s += f'<{tag} class="zt">{inner}</{tag}>'
    if p.get('subtitle'): s += f'<p class="ft">{E(p["subtitle"])}</p>'
    return s

def extras(p):
    s = ''
    if p.get('lead'): s_lead = f'<p class="lead">{E(p["lead"])}</p>'
    return s

def render(p):
    L = p['layout']; site = p['site']
    b, gold = body_html(p['body'])
    lead = f'<p class="lead" style="text-indent:0">{E(p["lead"])}</p>' if p.get('lead') else ''
    tail = f'<p class="tail">{E(p["tail"])}</p>' if p.get('tail') else ''
    meta = E(p.get('meta', ''))
    docno = f'<p style="text-align:center">{E(p["docno"])}</p>' if p.get('docno') else ''
    idx = ''
    if p.get('index'):
        cells = ''.join(f'<tr><td><b>{E(k)}：</b></td><td>{E(v)}</td></tr>' for k, v in p['index'])
        idx = f'<table class="idx" width="100%">{cells}</table>'
    related = ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in p.get('related', []))
    foot = E(p['footer'])
    edit = f'<p class="edit">{E(p["editor"])}</p>' if p.get('editor') else ''
    if L == 'gov_table':
        main = f'''<table width="1000" align="center"><tr class="top"><td>{E(site)}</td><td align="right">无障碍 | 长者模式 | 繁體 | <input placeholder="请输入关键字"> 搜索</td></tr>
<tr><td colspan="2">首页 | 政务公开 | 政务服务 | 互动交流 | 走进{E(p.get("place",""))}</td></tr>
<tr><td colspan="2">当前位置：首页 &gt; 政务公开 &gt; {E(p.get("column","通知公告"))}</td></tr>
<tr><td colspan="2">{idx}{docno}{title_html(p,"h1")}
<table width="100%"><tr><td align="center">{meta}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr></table>
<div class="zw">{lead}{b}{tail}</div>{edit}
<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
<p>上一篇：{E(p.get("prev","无"))}<br>下一篇：{E(p.get("next","无"))}</p></td></tr>
<tr><td colspan="2" align="center">{foot}</td></tr></table>'''
    elif L == 'gov_div':
        main = f'''<div class="hd"><div class="wrap"><span>{E(site)}</span> <span>长者模式</span> <span>无障碍浏览</span> <a href="#">登录</a> <a href="#">注册</a> <input placeholder="搜索本站"></div></div>
<div class="nav wrap"><a>首页</a><a>要闻动态</a><a>信息公开</a><a>政策文件</a><a>办事服务</a><a>政民互动</a></div>
<div class="wrap"><div class="crumb">您当前的位置：首页 &gt; 信息公开 &gt; {E(p.get("column","政策解读"))}</div>
{idx}<div class="art">{docno}{title_html(p,"h1")}<div class="info">{meta} <span>分享到：微信 微博</span> <span>【字号 大 中 小】</span></div>
{lead}{b}{tail}</div>{edit}<div>【打印】【关闭】</div>
<div class="rel"><h4>相关链接</h4><ul>{related}</ul></div>
<p><img src="{GIF}" alt="二维码" width="90" height="90">扫一扫在手机打开当前页</p></div>
<div class="ft">{foot}</div>'''
    elif L == 'media':
        main = f'''<div class="top"><span>{E(site)}</span> <a>首页</a> <a>时政</a> <a>经济</a> <a>社会</a> <a>文旅</a> <a>视频</a> <a>客户端</a> <input placeholder="搜索新闻"> <a>登录</a></div>
<div class="grid"><div class="article"><div class="crumb">{E(site)} &gt; {E(p.get("column","要闻"))} &gt; 正文</div>
{title_html(p,"h1")}<div class="info">{meta}</div>
{lead}{b}{tail}{edit}
<div class="share">分享到：微信 朋友圈 微博 QQ空间</div>
<div class="pn">上一篇：{E(p.get("prev","无"))}　下一篇：{E(p.get("next","无"))}</div></div>
<aside><h4>热点推荐</h4><ul>{related}</ul><p><img src="{GIF}" alt="客户端二维码" width="100" height="100">扫码下载客户端</p></aside></div>
<div class="foot">{foot}</div>'''
    elif L == 'selfmedia':
        main = f'''<div class="card"><div class="appbar">{E(site)} <a>打开APP</a></div>
{title_html(p,"h1")}<div class="acct"><img src="{GIF}" alt="头像" width="40" height="40"><span>{meta}</span> <a>+关注</a></div>
<div class="article">{lead}{b}{tail}</div>{edit}
<div class="btns"><span>阅读 {E(p.get("views","1.2万"))}</span><span>赞 {E(p.get("likes","86"))}</span><span>在看</span><span>分享</span></div>
<div class="rel"><p>相关推荐</p><ul>{related}</ul></div><p>{foot}</p></div>'''
    elif L == 'epaper':
        titles = ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in p['page_titles'])
        main = f'''<div class="bar">{E(site)}　{E(p["paper_date"])}　<a>往期回顾</a> <a>PDF下载</a></div>
<div class="bm"><p>版面导航</p><ul>{''.join(f"<li>{E(x)}</li>" for x in p["pages_nav"])}</ul><p><a>上一版</a> <a>下一版</a></p>
<p>本版标题</p><ul>{titles}</ul></div>
<div class="main"><div class="art">{title_html(p,"h2")}<div class="info">{meta}</div>{lead}{b}{tail}</div>
<p><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></p></div><div style="clear:both">{foot}</div>'''
    elif L == 'inst':
        main = f'''<header>{E(site)} <nav>首页 | 概况 | 新闻中心 | 通知公告 | 联系我们</nav> <input placeholder="站内搜索"></header>
<div class="crumb">当前位置：首页 &gt; {E(p.get("column","新闻中心"))} &gt; 正文</div>
<div class="content">{title_html(p,"h1")}<div class="info">{meta}</div>{lead}{b}{tail}{edit}
<p>上一条：{E(p.get("prev","无"))}</p><p>下一条：{E(p.get("next","无"))}</p></div>
<div class="rel"><ul>{related}</ul></div><footer>{foot}</footer>'''
    elif L == 'en':
        main = f'''<div class="masthead">{E(site)} <a>Home</a> <a>China</a> <a>Business</a> <a>Culture</a> <a>Travel</a> <input placeholder="Search"> <a>中文</a></div>
<div class="story"><div class="crumb">{E(p.get("column","Home / China"))}</div>{title_html(p,"h1")}<div class="byl">{meta}</div>
{lead}{b}{tail}{edit}<div>Share: Facebook X LinkedIn WeChat</div><h4>Related stories</h4><ul>{related}</ul></div>
<div class="foot">{foot}</div>'''
    lang = 'en' if p['lang'] == 'en' else 'zh-CN'
    doc = f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{E(p["title"])}_{E(site)}</title><style>{CSS[L]}</style></head><body>\n{main}\n</body></html>\n'
    return doc, gold

os.makedirs(os.path.join(base, 'html'), exist_ok=True); os.makedirs(os.path.join(base, 'gold'), exist_ok=True)
for p in PAGES:
    doc, gold = render(p)
    open(os.path.join(base, 'html', p['id'] + '.html'), 'w', encoding='utf-8').write(doc)
    g = dict(id=p['id'], set='zh-blind219', lang=p['lang'], kind=p['kind'], title=p['title'],
             authors=p['authors'], publish_time=p['time'], body_paragraphs=gold)
    json.dump(g, open(os.path.join(base, 'gold', p['id'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(PAGES), 'pages')
