"""Page layouts: 2010s table portal, div portal, responsive grid, app share page, e-paper."""
from furniture import *

def _title(s):
    return s.get('title_html') or f'<h1>{esc(s["title"])}</h1>'

def _common_tail(s):
    out = []
    if s.get('bottom'): out.append(s['bottom'])
    if s.get('share') is not None: out.append(share(s['share']))
    if s.get('pn'): out.append(prevnext(*s['pn']))
    if s.get('rel'): out.append(related(*s['rel']))
    if s.get('qr'): out.append(qr(s['qr']))
    return "\n".join(out)

def gov_table(s):
    b = f"""<table class="wrap" width="980" cellpadding="0" cellspacing="0"><tr><td>
{care_bar(s.get('bar',0))}
<table width="100%"><tr><td>{img(s['site']+'标志')}<b>{esc(s['site'])}</b></td><td align="right">{search_box(s.get('ph','请输入关键字'))}</td></tr></table>
{nav(s['nav'])}
<table width="100%"><tr><td class="crumb">{s['crumb']}</td></tr></table>
<table width="100%"><tr><td>
{s.get('info_top','')}
{_title(s)}
{s.get('info','')}
<div class="content">{body_html(s['body'], indent=True)}</div>
{_common_tail(s)}
</td></tr></table>
{s['footer']}
</td></tr></table>"""
    return page(s.get('tt', s['title']), STYLES[0], b, charset=s.get('charset','utf-8'))

def gov_div(s):
    b = f"""{care_bar(s.get('bar',1))}
<header><div>{img(s['site']+'logo')}<span class="sitename">{esc(s['site'])}</span></div>{search_box(s.get('ph','搜索本站'))}</header>
{nav(s['nav'])}
<div class="crumb">{s['crumb']}</div>
<main>
{s.get('xxgk','')}
{s.get('info_top','')}
{_title(s)}
{s.get('subt','')}
{s.get('info','')}
<article class="TRS_Editor">{body_html(s['body'])}</article>
{_common_tail(s)}
</main>
{s['footer']}"""
    return page(s.get('tt', s['title']), STYLES[1], b)

def grid(s):
    aside = s.get('aside', '')
    b = f"""{care_bar(s.get('bar',2))}
<div class="top">{img(s['site'])}<strong>{esc(s['site'])}</strong> {search_box(s.get('ph','搜索'))}</div>
{nav(s['nav'])}
<div class="grid"><div class="main">
<div class="crumb">{s['crumb']}</div>
{s.get('info_top','')}
{_title(s)}
{s.get('subt','')}
{s.get('info','')}
<div class="article-content">{body_html(s['body'])}</div>
{_common_tail(s)}
</div><aside>{aside}</aside></div>
{s['footer']}"""
    return page(s.get('tt', s['title']), STYLES[2], b, lang=s.get('htmllang','zh-CN'))

def app(s):
    b = f"""<div class="app">
{s.get('head','')}
{s.get('info_top','')}
{_title(s)}
{s.get('info','')}
<div class="rich_media_content">{body_html(s['body'])}</div>
{_common_tail(s)}
{s.get('footer','')}
</div>"""
    return page(s.get('tt', s['title']), STYLES[3], b)

def epaper(s):
    vers = "".join(f'<li><a href="#">{esc(v)}</a></li>' for v in s['versions'])
    titles = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in s['list'])
    b = f"""<table class="wrap" width="1000"><tr><td colspan="2">
<div class="topbar">{esc(s['paper'])} {esc(s['date_line'])} <a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<div class="vnav">{s['vnav']}</div></td></tr>
<tr><td width="300" valign="top">
<div>{img('版面缩略图')}</div>
<h4>版面导航</h4><ul>{vers}</ul>
<h4>本版标题</h4><ul class="tl">{titles}</ul>
</td><td valign="top">
<div class="art">
<p class="yin">{esc(s.get('pre',''))}</p>
{_title(s)}
<p class="fu">{esc(s.get('subt',''))}</p>
{s.get('info','')}
<div class="content">{body_html(s['body'], indent=True)}</div>
{_common_tail(s)}
</div></td></tr>
<tr><td colspan="2">{s['footer']}</td></tr></table>"""
    return page(s.get('tt', s['title']), STYLES[0] + "\n.yin,.fu{text-align:center;color:#444;font-size:14px}.tl li{font-size:13px}", b, charset=s.get('charset','utf-8'))

TPL = dict(gov_table=gov_table, gov_div=gov_div, grid=grid, app=app, epaper=epaper)
