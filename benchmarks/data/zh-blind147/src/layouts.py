"""Page layouts. Every page passes its own furniture (banner, nav, crumb, info bar, footer...),
so each page has its own template; layouts only decide the generation of markup."""
from build import links, ul, rel_list, GIF

CSS = {
 "table_old": "body{margin:0;font:12px 宋体,SimSun}table.lay{width:980px;margin:0 auto}td{vertical-align:top}.tit{font-size:22px;color:#c00;text-align:center;font-weight:bold}.dt td,.dt th{border:1px solid #999;padding:3px}",
 "div_portal": "body{font:14px 微软雅黑}.wrap{width:1200px;margin:0 auto}.nav li{display:inline-block;margin:0 12px}.nav ul{padding:0}.art h1{font-size:26px;text-align:center}.info{color:#888;text-align:center}.side{float:right;width:300px}.dt td,.dt th{border:1px solid #ccc}",
 "html5": "body{font:16px system-ui;margin:0}header,footer{background:#f4f6f9;padding:12px}main{max-width:860px;margin:auto}nav a{margin-right:14px}.meta span{margin-right:16px;color:#777}",
 "app_share": "body{font:17px -apple-system;max-width:720px;margin:auto}.openapp{background:#e33;color:#fff;padding:8px}.author-card{display:flex;gap:8px}",
 "wechat": "body{font:17px -apple-system;max-width:677px;margin:auto}.rich_media_meta{color:#576b95;margin-right:8px}#js_content p{margin:0 0 16px}",
 "epaper": "body{font:14px 宋体}.ep{display:flex}.ep-l{width:300px}.ep-r{flex:1}.yt,.ft{color:#555}.zt{font-size:24px;font-weight:bold}",
}

def _info(p):
    items = p.get("info", [])
    sep = p.get("infosep", "&nbsp;&nbsp;&nbsp;")
    s = sep.join(items)
    if p.get("fontsize"):
        s += sep + p["fontsize"]
    return s

def _titles(p, cls="tit", tag="h1"):
    out = []
    if p.get("pre"): out.append(f'<p class="pre">{p["pre"]}</p>')
    out.append(f'<{tag} class="{cls}">{p["title"]}</{tag}>')
    if p.get("sub"): out.append(f'<p class="sub">{p["sub"]}</p>')
    return "\n".join(out)

def _after(p):
    return "\n".join(f'<p class="aft">{x}</p>' for x in p.get("after", []))

def _pn(p):
    pn = p.get("prevnext")
    if not pn: return ""
    return f'<div class="pn"><p>{pn[0]}</p><p>{pn[1]}</p></div>'

def _rel(p):
    r = p.get("related")
    if not r: return ""
    return f'<div class="relbox"><h4>{r[0]}</h4>{rel_list(r[1])}</div>'

def _foot(p):
    return "\n".join(f"<p>{x}</p>" for x in p.get("footer", []))

def _extra(p, key):
    return p.get(key, "")

def table_old(p, body):
    top = links(p.get("top", []), " | ")
    nav = "".join(f'<td><a href="#">{x}</a></td>' for x in p.get("nav", []))
    info_row = f'<tr><td class="info" align="center">{_info(p)}</td></tr>'
    titles = f'<tr><td>{_titles(p, "tit", "div")}</td></tr>'
    head = titles + info_row if p.get("infopos", "below") == "below" else info_row + titles
    return f"""<table class="lay" cellspacing="0" cellpadding="0"><tr><td>{top}</td><td align="right">{_extra(p,'topright')}</td></tr></table>
<table class="lay"><tr><td><img src="{GIF}" alt="{p.get('logoalt','')}" width="1" height="1"></td><td class="banner">{p.get('banner','')}</td></tr></table>
<table class="lay"><tr>{nav}</tr></table>
<table class="lay"><tr><td>{p.get('crumb','')}</td></tr></table>
<table class="lay" border="0"><tr><td>
<table width="100%">{head}
<tr><td class="content">{body}</td></tr>
<tr><td>{_after(p)}</td></tr>
<tr><td align="right">{_extra(p,'tools')}</td></tr>
<tr><td>{_pn(p)}</td></tr>
</table></td></tr></table>
{_rel(p)}
<table class="lay foot"><tr><td>{_foot(p)}</td></tr></table>"""

def div_portal(p, body):
    info = f'<div class="info">{_info(p)}</div>'
    t = _titles(p)
    head = t + info if p.get("infopos", "below") == "below" else info + t
    side = ""
    if p.get("side"):
        side = "".join(f'<div class="side"><h4>{h}</h4>{rel_list(items)}</div>' for h, items in p["side"])
    return f"""<div class="topbar"><div class="wrap">{links(p.get('top', []), '<span>|</span>')}</div></div>
<div class="header wrap"><div class="logo">{p.get('banner','')}</div>{_extra(p,'search')}</div>
<div class="nav wrap">{ul(p.get('nav', []))}</div>
<div class="crumb wrap">{p.get('crumb','')}</div>
<div class="wrap main">{side}
<div class="art">{head}
<div class="TRS_Editor">{body}</div>
{_after(p)}
<div class="share">{_extra(p,'share')}</div>
<div class="tools">{_extra(p,'tools')}</div>
{_pn(p)}
</div>{_rel(p)}</div>
<div class="footer wrap">{_extra(p,'qr')}{_foot(p)}</div>"""

def html5(p, body):
    meta = f'<div class="meta">' + "".join(f"<span>{x}</span>" for x in p.get("info", [])) + (f'<span>{p["fontsize"]}</span>' if p.get("fontsize") else "") + "</div>"
    t = _titles(p, "title")
    head = t + meta if p.get("infopos", "below") == "below" else meta + t
    if p.get("infopos") == "bottom": head = t
    bottom_meta = meta if p.get("infopos") == "bottom" else ""
    return f"""<header><div class="access">{links(p.get('top', []), ' ')}</div>
<div class="brand">{p.get('banner','')}</div>{_extra(p,'search')}
<nav>{links(p.get('nav', []))}</nav></header>
<div class="crumbs">{p.get('crumb','')}</div>
<main><article>{head}
<section class="article-body">{body}</section>
{bottom_meta}{_after(p)}
<div class="share">{_extra(p,'share')}</div>
{_pn(p)}</article>
<aside>{_rel(p)}</aside></main>
<footer>{_extra(p,'qr')}{_foot(p)}</footer>"""

def app_share(p, body):
    return f"""<div class="openapp">{p.get('banner','')}</div>
{_titles(p, 'title')}
<div class="author-card">{p.get('authorcard','')}</div>
<div class="article">{body}</div>
{_after(p)}
<div class="share">{_extra(p,'share')}</div>
{_rel(p)}
<div class="foot">{_foot(p)}</div>"""

def wechat(p, body):
    return f"""<div id="page-content"><h1 class="rich_media_title">{p['title']}</h1>
<div id="meta_content">{p.get('authorcard','')}</div>
<div id="js_content">{body}</div>
{_after(p)}
<div class="bottom">{_extra(p,'share')}</div>
{_rel(p)}
<div class="foot">{_foot(p)}</div></div>"""

def epaper(p, body):
    pages = "".join(f'<li><a href="#">{x}</a></li>' for x in p.get("pages", []))
    titles = "".join(f'<li><a href="#">{x}</a></li>' for x in p.get("pagetitles", []))
    info = f'<div class="epinfo">{_info(p)}</div>'
    arts = []
    if p.get("pre"): arts.append(f'<p class="yt">{p["pre"]}</p>')
    arts.append(f'<p class="zt">{p["title"]}</p>')
    if p.get("sub"): arts.append(f'<p class="ft">{p["sub"]}</p>')
    tt = "\n".join(arts)
    head = info + tt if p.get("infopos") == "above" else tt + info
    if p.get("infopos") == "bottom": head = tt
    bottom = info if p.get("infopos") == "bottom" else ""
    left = f'<div class="ep-l"><div class="pagesel">{p.get("pagehead","")}<ul>{pages}</ul></div><div class="bmtitles"><h4>{p.get("bmhead","本版标题")}</h4><ul>{titles}</ul></div></div>'
    right = f'<div class="ep-r">{head}<div id="ozoom">{body}</div>{bottom}{_after(p)}{_pn(p)}</div>'
    order = left + right if p.get("leftfirst", True) else right + left
    return f"""<div class="ephead">{p.get('banner','')}<div>{links(p.get('top', []), ' ')}</div></div>
<div class="ep">{order}</div>
<div class="epfoot">{_foot(p)}</div>"""
