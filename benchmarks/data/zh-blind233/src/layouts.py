"""Page skeletons (chrome only). Every page supplies its own text for headline, meta and furniture."""
from common import e, doc, links, ul, render_body, GIF

def headline(p):
    h = []
    if p.get("yin"):
        h.append('<p class="yin">%s</p>' % e(p["yin"]))
    lines = p.get("hl") or [p["title"]]
    h.append('<h1>%s</h1>' % "<br>".join(e(x) for x in lines))
    if p.get("fu"):
        h.append('<p class="fu">%s</p>' % e(p["fu"]))
    return "\n".join(h)

def index_table(p):
    if not p.get("index"):
        return ""
    rows = p["index"]
    out = ['<table class="xxgk" cellspacing="0" cellpadding="3" border="1">']
    for i in range(0, len(rows), 2):
        pair = rows[i:i+2]
        out.append("<tr>" + "".join('<th>%s</th><td>%s</td>' % (e(k), e(v)) for k, v in pair) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def footer(p):
    return '<div class="ft">%s</div>' % "".join("<p>%s</p>" % e(x) for x in p["foot"])

def gov_table(p):
    st = ("body{font:14px SimSun,serif;margin:0}table.wrap{width:980px;margin:0 auto}.top{background:#b00;color:#fff}"
          "h1{font-size:22px;text-align:center;color:#b00}.meta{text-align:center;color:#666;border-bottom:1px solid #ccc}"
          "table.xxgk{width:100%;border-collapse:collapse;font-size:12px}.ft{text-align:center;font-size:12px;background:#eee}"
          ".sub{font-size:16px}")
    nav = links(p.get("nav", []), " | ")
    b = f'''<table class="wrap" cellspacing="0" cellpadding="0"><tr><td class="top">
<table width="100%"><tr><td><img src="{GIF}" width="300" height="60" alt="{e(p['site'])}"></td><td align="right">{e(p.get('topright','设为首页 | 加入收藏 | 无障碍浏览'))}</td></tr></table></td></tr>
<tr><td class="nav">{nav}</td></tr>
<tr><td class="crumb">当前位置：{links(p.get('crumb', ['首页']), ' &gt; ')}</td></tr>
<tr><td>{index_table(p)}
{headline(p)}
<p class="meta">{e(p['meta'])}</p>
<div class="con">
{render_body(p['items'])}
</div>
<p class="tools">{e(p.get('tools','【字体：大 中 小】 【打印本页】 【关闭窗口】'))}</p>
{('<p class="pn">' + e(p['prev']) + '<br>' + e(p['next']) + '</p>') if p.get('prev') else ''}
{('<div class="rl"><b>相关链接</b>' + ul(p['related']) + '</div>') if p.get('related') else ''}
</td></tr>
<tr><td>{footer(p)}</td></tr></table>'''
    return doc(p["doctitle"], st, b, p.get("charset", "utf-8"))

def gov_div(p):
    st = ("body{margin:0;font:16px 'Microsoft YaHei',sans-serif}.bar{background:#f3f3f3;font-size:12px;padding:4px 20px}"
          ".hd{background:#0a4ea1;color:#fff;padding:16px}.hd input{width:240px}.w{max-width:1100px;margin:0 auto}"
          "h1{text-align:center;font-size:26px}.yin,.fu{text-align:center}.info{color:#888;text-align:center;font-size:14px}"
          ".con p{text-indent:2em;line-height:2}.xxgk{width:100%;border-collapse:collapse;font-size:13px;margin:10px 0}"
          ".ft{background:#0a4ea1;color:#fff;font-size:12px;padding:10px;text-align:center}.sub{font-size:17px;text-indent:2em}"
          ".dt{border-collapse:collapse;margin:0 auto}.share span{margin-right:6px}")
    b = f'''<div class="bar">{e(p.get('bar','欢迎访问！ 无障碍 | 长者模式 | 繁体版 | 登录 | 注册'))}</div>
<div class="hd w"><span class="logo">{e(p['site'])}</span> <input type="text" placeholder="{e(p.get('ph','请输入关键词'))}"><button>搜索</button></div>
<div class="nav w">{links(p.get('nav', []))}</div>
<div class="crumb w">{e(p.get('crumbtext','您当前的位置：首页 > 新闻中心'))}</div>
<div class="w main">
{index_table(p)}
<div class="art">
{headline(p)}
<div class="info">{e(p['meta'])}</div>
<div class="share">{''.join('<span>%s</span>' % e(x) for x in p.get('share', []))}</div>
<div class="con">
{render_body(p['items'])}
</div>
{''.join('<p class="el">%s</p>' % e(x) for x in p.get('after', []))}
<p class="tools">{e(p.get('tools','【打印】 【关闭】'))}</p>
{('<div class="pn"><p>' + e(p['prev']) + '</p><p>' + e(p['next']) + '</p></div>') if p.get('prev') else ''}
{('<div class="rl"><h4>' + e(p.get('reltitle','相关阅读')) + '</h4>' + ul(p['related']) + '</div>') if p.get('related') else ''}
</div></div>
{footer(p)}'''
    return doc(p["doctitle"], st, b)

def media_grid(p):
    st = ("*{box-sizing:border-box}body{margin:0;font-family:'PingFang SC',sans-serif}.top{display:flex;justify-content:space-between;background:#222;color:#ccc;font-size:12px;padding:4px 16px}"
          ".grid{display:grid;grid-template-columns:2fr 1fr;gap:24px;max-width:1200px;margin:0 auto}h1{font-size:30px;line-height:1.4}"
          ".yin,.fu{color:#555;font-size:18px}.meta span{margin-right:12px;color:#999}.con p{line-height:1.9;font-size:17px}"
          ".side{border-left:1px solid #eee;padding-left:16px}.ft{background:#f5f5f5;font-size:12px;padding:16px;text-align:center}.cap{font-size:14px}"
          "@media(max-width:800px){.grid{grid-template-columns:1fr}}")
    b = f'''<div class="top"><span>{e(p.get('topl','客户端 | 微博 | 微信'))}</span><span>{e(p.get('topr','登录 注册'))}</span></div>
<header><div class="logo">{e(p['site'])}</div><nav>{links(p.get('nav', []))}</nav></header>
<div class="grid"><article>
<div class="crumb">{e(p.get('crumbtext',''))}</div>
{headline(p)}
<div class="meta">{''.join('<span>%s</span> ' % e(x) for x in p['metas'])}</div>
<div class="con">
{render_body(p['items'])}
</div>
{''.join('<p class="el">%s</p>' % e(x) for x in p.get('after', []))}
<div class="share">{e(p.get('sharetext','分享到：微信 微博 QQ空间'))}</div>
{('<div class="pn"><p>' + e(p['prev']) + '</p><p>' + e(p['next']) + '</p></div>') if p.get('prev') else ''}
</article>
<aside class="side"><h3>{e(p.get('sidetitle','热点排行'))}</h3>{ul(p.get('side', []), 'hot')}
<p><img src="{GIF}" width="120" height="120" alt="{e(p.get('qr','扫码下载客户端'))}"></p></aside></div>
{('<section class="rl"><h3>' + e(p.get('reltitle','相关新闻')) + '</h3>' + ul(p['related']) + '</section>') if p.get('related') else ''}
{footer(p)}'''
    return doc(p["doctitle"], st, b)

def app_share(p):
    st = ("body{margin:0;max-width:680px;margin:0 auto;font-family:-apple-system,sans-serif;background:#fff}.openapp{background:#f60;color:#fff;padding:8px;display:flex;justify-content:space-between}"
          "h1{font-size:24px;padding:0 14px}.acct{display:flex;align-items:center;gap:8px;padding:0 14px;color:#666;font-size:14px}"
          ".con{padding:0 14px}.con p{font-size:17px;line-height:1.8}.cap{font-size:13px}.stat{color:#999;font-size:13px;padding:0 14px}"
          ".cm{border-top:8px solid #f4f4f4;padding:14px}.ft{font-size:11px;color:#aaa;text-align:center}")
    b = f'''<div class="openapp"><span>{e(p.get('app','打开App，阅读体验更佳'))}</span><span>{e(p.get('appbtn','打开'))}</span></div>
{headline(p)}
<div class="acct"><img src="{GIF}" width="36" height="36" alt="头像"><div>{''.join('<div>%s</div>' % e(x) for x in p['metas'])}</div><span class="follow">{e(p.get('follow','+关注'))}</span></div>
<div class="con">
{render_body(p['items'])}
</div>
{''.join('<p class="stat">%s</p>' % e(x) for x in p.get('after', []))}
<div class="cm"><b>{e(p.get('cmtitle','评论'))}</b>{''.join('<p>%s</p>' % e(x) for x in p.get('comments', []))}</div>
{('<div class="rl"><b>' + e(p.get('reltitle','相关推荐')) + '</b>' + ul(p['related']) + '</div>') if p.get('related') else ''}
{footer(p)}'''
    return doc(p["doctitle"], st, b)

def epaper(p):
    st = ("body{margin:0;font:14px SimSun,serif;background:#efe9dc}.mast{background:#8b0000;color:#fff;padding:8px 16px}"
          ".wrap{display:flex;gap:12px;max-width:1200px;margin:0 auto}.left{width:360px}.right{flex:1;background:#fff;padding:16px}"
          ".yin,.fu{text-align:center;font-size:16px}h1{text-align:center;font-size:24px}.con p{text-indent:2em;line-height:1.9}"
          ".bm li{list-style:none}.ft{text-align:center;font-size:12px}")
    b = f'''<div class="mast">{e(p['site'])} <span>{e(p['issue'])}</span></div>
<div class="pagenav">{links(p.get('pagetools', ['上一期','下一期','往期回顾','PDF下载']), ' ')}</div>
<div class="wrap"><div class="left">
<p><img src="{GIF}" width="340" height="480" alt="{e(p['banmian'])}"></p>
<div class="bm"><b>版面导航</b>{ul(p['bmnav'], 'bmnav')}</div>
<div class="bt"><b>本版标题</b>{ul(p['btlist'], 'btlist')}</div>
</div>
<div class="right">
<p class="pos">{e(p['banmian'])}</p>
{headline(p)}
{''.join('<p class="mt">%s</p>' % e(x) for x in p.get('metas', []))}
<div class="con">
{render_body(p['items'])}
</div>
{''.join('<p class="el">%s</p>' % e(x) for x in p.get('after', []))}
</div></div>
{footer(p)}'''
    return doc(p["doctitle"], st, b)

def inst(p):
    st = ("body{margin:0;font-family:'Microsoft YaHei',sans-serif}.head{background:%s;color:#fff;padding:12px 24px;display:flex;justify-content:space-between}"
          ".main{display:flex;max-width:1180px;margin:20px auto;gap:20px}.lm{width:220px;background:#f7f7f7}.lm li{padding:6px}"
          ".art{flex:1}h1{font-size:24px;text-align:center}.yin,.fu{text-align:center}.meta{text-align:center;color:#999;font-size:13px;border-bottom:1px dashed #ccc}"
          ".con p{line-height:2;text-indent:2em}.dt{border-collapse:collapse;margin:0 auto}.ft{background:#333;color:#bbb;font-size:12px;padding:14px;text-align:center}") % p.get("color", "#1f4e79")
    b = f'''<div class="head"><span>{e(p['site'])}</span><span>{e(p.get('topr','EN | 校园网 | 信息门户'))}</span></div>
<nav class="nav">{links(p.get('nav', []), ' ')}</nav>
<div class="main"><div class="lm"><h3>{e(p.get('lmtitle','新闻中心'))}</h3>{ul(p.get('lm', []), 'lm')}</div>
<div class="art"><div class="crumb">{e(p.get('crumbtext',''))}</div>
{headline(p)}
<div class="meta">{e(p['meta'])}</div>
<div class="con">
{render_body(p['items'])}
</div>
{''.join('<p class="el">%s</p>' % e(x) for x in p.get('after', []))}
{('<div class="pn"><p>' + e(p['prev']) + '</p><p>' + e(p['next']) + '</p></div>') if p.get('prev') else ''}
</div></div>
{footer(p)}'''
    return doc(p["doctitle"], st, b)

def en_media(p):
    st = ("body{margin:0;font-family:Georgia,serif}.top{background:#003366;color:#fff;padding:10px 20px}.w{max-width:960px;margin:0 auto}"
          "h1{font-size:34px}.dek{font-size:19px;color:#444}.meta{color:#777;font-size:14px}.con p{font-size:18px;line-height:1.7}.cap{font-size:14px;color:#666}"
          ".ft{background:#eee;font-size:12px;padding:12px;text-align:center}")
    b = f'''<div class="top">{e(p['site'])} <span>{e(p.get('topr','中文 | Subscribe | Sign in'))}</span></div>
<nav class="w">{links(p.get('nav', []), ' ')}</nav>
<div class="w"><p class="crumb">{e(p.get('crumbtext',''))}</p>
{headline(p)}
{''.join('<p class="meta">%s</p>' % e(x) for x in p['metas'])}
<div class="con">
{render_body(p['items'])}
</div>
{''.join('<p class="el">%s</p>' % e(x) for x in p.get('after', []))}
<p class="share">{e(p.get('sharetext','Share: Facebook Twitter LinkedIn Copy link'))}</p>
{('<div class="rl"><h3>' + e(p.get('reltitle','Related Stories')) + '</h3>' + ul(p['related']) + '</div>') if p.get('related') else ''}
</div>
{footer(p)}'''
    return doc(p["doctitle"], st, b).replace('lang="zh-CN"', 'lang="en"')

LAYOUTS = dict(gov_table=gov_table, gov_div=gov_div, media_grid=media_grid, app_share=app_share,
               epaper=epaper, inst=inst, en_media=en_media)
