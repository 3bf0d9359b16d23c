"""Shared page furniture and renderer for zh-blind208 (all content invented)."""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
STYLE = """body{font-family:sans-serif;margin:0;color:#222}.w{width:1000px;margin:0 auto}
.top a,.nav a{margin:0 6px}.nav{background:#b00;color:#fff;padding:6px}.nav a{color:#fff}
.crumb{font-size:13px;color:#666;margin:8px 0}.info{color:#888;font-size:13px}.info span{margin-right:12px}
h1{font-size:24px;text-align:center}.foot{background:#eee;font-size:12px;padding:10px;text-align:center}
td,th{border:1px solid #ccc;padding:3px}table{border-collapse:collapse}.side{float:right;width:240px}
.cap{text-align:center;color:#555;font-size:13px}.sub{text-align:center;color:#666}.yin{text-align:center;color:#a00}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:8px}.tool{font-size:13px;color:#666}"""

def img(alt):
    return f'<img src="{GIF}" alt="{H.escape(alt)}" width="1" height="1">'

def body_html(paras):
    out = []
    for p in paras:
        if isinstance(p, str):
            out.append(f"<p>{p}</p>")
        elif p[0] == "h":
            out.append(f"<p><strong>{p[1]}</strong></p>" if len(p) < 3 else f"<h3>{p[1]}</h3>")
        elif p[0] == "li":
            out.append("<ul>" + "".join(f"<li>{x}</li>" for x in p[1]) + "</ul>")
        elif p[0] == "ol":
            out.append("<div>" + "".join(f"<div>{x}</div>" for x in p[1]) + "</div>")
        elif p[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in p[1])
            out.append(f'<table class="data">{rows}</table>')
        elif p[0] == "img":
            out.append(f'<p style="text-align:center">{img(p[1])}</p><p class="cap">{p[2]}</p>')
        elif p[0] == "raw":
            out.append(p[1])
        elif p[0] == "right":
            out.append(f'<p style="text-align:right">{p[1]}</p>')
    return "\n".join(out)

def gold_paras(paras):
    out = []
    for p in paras:
        if isinstance(p, str):
            out.append(strip_tags(p))
        elif p[0] in ("h", "right"):
            out.append(strip_tags(p[1]))
        elif p[0] in ("li", "ol"):
            out += [strip_tags(x) for x in p[1]]
        elif p[0] == "table":
            out += [" ".join(strip_tags(c) for c in r) for r in p[1]]
    return out

def strip_tags(s):
    import re
    return H.unescape(re.sub(r"<[^>]+>", "", s)).strip()

def page(title_tag, inner):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title_tag}</title>
<style>{STYLE}</style></head><body>
{inner}
</body></html>
"""

def gov_footer(site, prov, n):
    return f"""<div class="foot">
<p>主办：{site} 承办：{site}办公室 <a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>网站标识码：{4200 + n}0000{n:02d}  {prov}ICP备{1500 + n * 37}号-{n % 4 + 1}  {prov}公网安备 {42010202000000 + n * 131}号</p>
<p>{img('党政机关')} {img('政府网站找错')} 建议使用1366×768分辨率浏览</p></div>"""

def media_footer(site, prov, n):
    return f"""<div class="foot"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">版权声明</a> | <a href="#">违法和不良信息举报</a></p>
<p>Copyright © 2025 {site} All Rights Reserved. 互联网新闻信息服务许可证：{46120170000 + n * 7}  {prov}ICP备{2017 + n}0{n * 3}号  {prov}公网安备{52010302000000 + n * 97}号</p>
<p>{img('二维码')} 扫一扫关注{site}官方微信</p></div>"""

def render(spec):
    L = spec["layout"]
    return LAYOUTS[L](spec)

def _title(spec):
    return spec.get("title_html", spec["title"])

def _meta(spec, where):
    return spec["meta"] if spec.get("meta_pos", "below") == where else ""

def lay_gov_table(s):
    n = s["n"]
    inner = f"""<table width="1000" align="center"><tr><td>{img(s['site'] + '标志')}</td><td>{s['site']}</td>
<td><a href="#">设为首页</a> <a href="#">加入收藏</a> <a href="#">无障碍</a> <a href="#">繁體</a></td></tr>
<tr><td colspan="3" class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进{s['place']}</a></td></tr></table>
<table width="1000" align="center"><tr><td valign="top">
<div class="crumb">{s['crumb']}</div>
{_meta(s,'above')}
<h1>{_title(s)}</h1>
{_meta(s,'below')}
<div class="tool">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">{body_html(s['paras'])}</div>
{_meta(s,'bottom')}
<div class="tool">{s.get('after','')}</div>
<p class="tool">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
</td></tr></table>
{gov_footer(s['site'], s['prov'], n)}"""
    return page(s["title"] + "_" + s["site"], inner)

def lay_gov_div(s):
    n = s["n"]
    idx = s.get("index_table", "")
    inner = f"""<div class="top w"><span>{s.get('date_top','')}</span> <a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">登录</a> <a href="#">注册</a> <a href="#">English</a></div>
<div class="w">{img(s['site'])}<b>{s['site']}</b> <form style="display:inline"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">数据发布</a></div></div>
<div class="w"><div class="crumb">{s['crumb']}</div>
{idx}
{_meta(s,'above')}
<h1>{_title(s)}</h1>
{_meta(s,'below')}
<div class="tool">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>  <a href="#">打印</a>  分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="TRS_Editor">{body_html(s['paras'])}</div>
{_meta(s,'bottom')}
<div class="tool">{s.get('after','')}</div>
<div>{s.get('attach','')}</div>
<p><a href="#">上一篇：{s.get('prev','关于做好春季农业生产工作的通知')}</a></p><p><a href="#">下一篇：{s.get('next','2025年第一季度政务公开工作情况')}</a></p>
<div><b>相关文章</b><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in s.get('related', ['全区安全生产工作会议召开','我区召开优化营商环境推进会']))}</ul></div>
</div>
{gov_footer(s['site'], s['prov'], n)}"""
    return page(s["title"] + "-" + s["site"], inner)

def lay_media(s):
    n = s["n"]
    en = s.get("lang") == "en"
    navs = ["Home", "China", "World", "Business", "Culture", "Travel"] if en else ["首页", "新闻", "时政", "经济", "社会", "文旅", "视频", "评论"]
    inner = f"""<div class="top w">{s.get('top', '<a href="#">登录</a> <a href="#">注册</a> <a href="#">客户端</a>')}</div>
<div class="w">{img(s['site'] + ' logo')} <input placeholder="{'Search' if en else '搜索新闻'}"></div>
<div class="nav"><div class="w">{''.join(f'<a href="#">{x}</a>' for x in navs)}</div></div>
<div class="w"><div class="side"><b>{'Most Read' if en else '热点排行'}</b><ol>{''.join(f'<li><a href="#">{x}</a></li>' for x in s.get('hot', ['省十四届人大常委会第十六次会议闭幕','春耕备耕进行时','一季度全省外贸进出口稳中有升']))}</ol></div>
<div class="crumb">{s['crumb']}</div>
{_meta(s,'above')}
<h1>{_title(s)}</h1>
{s.get('subtitle','')}
{_meta(s,'below')}
<div class="article">{body_html(s['paras'])}</div>
{_meta(s,'bottom')}
<div class="tool">{s.get('after','')}</div>
<div class="tool">{'Share: WeChat Weibo Facebook X' if en else '分享到： 微信 微博 QQ空间'}</div>
<div><b>{'Related Stories' if en else '相关新闻'}</b><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in s.get('related', ['多地出台措施促进消费','乡村振兴一线见闻']))}</ul></div>
</div>
{media_footer(s['site'], s['prov'], n)}"""
    return page(s["title"] + ("_" if not en else " - ") + s["site"], inner)

def lay_self(s):
    inner = f"""<div class="w" style="width:680px">
{s.get('head','')}
<h1 style="text-align:left">{_title(s)}</h1>
{s['meta']}
<div class="rich_media_content">{body_html(s['paras'])}</div>
{s.get('after','')}
<div class="tool">{s.get('tail','<p>阅读 1.2万 ｜ 赞 86 ｜ 推荐 31</p><p>' + img('二维码') + '长按识别二维码关注</p>')}</div>
</div>"""
    return page(s["title"], inner)

def lay_epaper(s):
    n = s["n"]
    toc = "".join(f'<li><a href="#">{x}</a></li>' for x in s["toc"])
    vers = "".join(f'<a href="#">第{i:02d}版：{v}</a> ' for i, v in enumerate(s["versions"], 1))
    inner = f"""<div class="w"><div>{img(s['site'])}<b>{s['site']}</b> {s['edate']} <a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<div class="crumb">{vers}</div>
<div class="side"><b>本版标题</b><ul>{toc}</ul><p>{img('版面缩略图')}</p></div>
<div class="yin">{s.get('yin','')}</div>
<h1>{_title(s)}</h1>
<div class="sub">{s.get('fu','')}</div>
{s.get('meta','')}
<div>{body_html(s['paras'])}</div>
{s.get('after','')}
<p><a href="#">上一篇</a>  <a href="#">下一篇</a>  <a href="#">返回目录</a></p></div>
<div class="foot">{s['site']}社版权所有 未经授权不得转载 {s['prov']}ICP备{1800 + n}号-1</div>"""
    return page(s["title"] + "--" + s["site"], inner)

def lay_inst(s):
    inner = f"""<div class="top w"><a href="#">信息门户</a> <a href="#">English</a> <a href="#">关怀版</a> <input placeholder="请输入搜索内容"></div>
<div class="w">{img(s['site'] + '校徽')}<b>{s['site']}</b></div>
<div class="nav"><div class="w">{''.join(f'<a href="#">{x}</a>' for x in s.get('navs', ['首页','概况','新闻','公告','服务','联系我们']))}</div></div>
<div class="w grid"><div><b>{s.get('col','栏目')}</b><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in s.get('cols', ['综合新闻','通知公告','媒体报道']))}</ul></div><div>
<div class="crumb">{s['crumb']}</div>
{_meta(s,'above')}
<h1>{_title(s)}</h1>
{_meta(s,'below')}
<div>{body_html(s['paras'])}</div>
{_meta(s,'bottom')}
<div class="tool">{s.get('after','')}</div>
<p><a href="#">上一条：{s.get('prev','关于开展安全隐患排查的通知')}</a><br><a href="#">下一条：{s.get('next','我院召开年度工作会议')}</a></p>
</div></div>
<div class="foot">版权所有 © {s['site']} 地址：{s.get('addr','')} 电话：{s.get('tel','')} {s['prov']}ICP备{1900 + s['n']}号 {s['prov']}公网安备{43010202001000 + s['n']}号</div>"""
    return page(s["title"] + "-" + s["site"], inner)

LAYOUTS = {"gov_table": lay_gov_table, "gov_div": lay_gov_div, "media": lay_media,
           "self": lay_self, "epaper": lay_epaper, "inst": lay_inst}
