"""Shared helpers for the zh-blind39 page generator."""
import html as _h

def esc(s):
    return _h.escape(s, quote=False)

# ---- body items -------------------------------------------------------------
# A body is a list of items:
#   "text"              -> <p>text</p>, gold paragraph
#   ("h", text)         -> sub-heading <h3>/<p><strong>, gold paragraph
#   ("raw", html)       -> furniture inside the article (captions, images, editor lines), not gold
#   ("table", rows, hdr)-> table; each row (header too) is a gold paragraph, cells joined by a space
#   ("pi", text)        -> indented <p style=text-indent>, gold paragraph
#   ("div", text)       -> <div>text</div>, gold paragraph

def render_body(items, ptag="p", hstyle="strong"):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<{ptag}>{esc(it)}</{ptag}>")
        elif it[0] == "h":
            if hstyle == "strong":
                out.append(f"<p><strong>{esc(it[1])}</strong></p>")
            else:
                out.append(f"<{hstyle}>{esc(it[1])}</{hstyle}>")
        elif it[0] == "raw":
            out.append(it[1])
        elif it[0] == "pi":
            out.append(f'<p style="text-indent:2em">{esc(it[1])}</p>')
        elif it[0] == "div":
            out.append(f"<div>{esc(it[1])}</div>")
        elif it[0] == "right":
            out.append(f'<p style="text-align:right">{esc(it[1])}</p>')
        elif it[0] == "table":
            rows = it[1]
            t = ['<table class="dt" border="1" cellspacing="0">']
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        else:
            raise ValueError(it)
    return "\n".join(out)

def gold_body(items):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        elif it[0] in ("h", "pi", "div", "right"):
            out.append(it[1])
        elif it[0] == "table":
            out.extend(" ".join(r) for r in it[1])
    return out

def page(title, css, inner):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{esc(title)}</title>
<style>
body{{margin:0;font:14px/1.7 "Microsoft YaHei",sans-serif;color:#333}}
a{{color:#333;text-decoration:none}} ul{{list-style:none;padding:0;margin:0}}
.w{{width:1200px;margin:0 auto}} .dt{{border-collapse:collapse}} .dt td,.dt th{{padding:4px 8px}}
{css}
</style></head>
<body>
{inner}
</body></html>
"""

# ---- furniture --------------------------------------------------------------
def topbar_2020(site, extra=""):
    return f"""<div class="topbar"><div class="w">
<span>欢迎访问{esc(site)}！</span> <span id="date">2025年6月3日 星期二</span>
<ul class="tb-r"><li><a href="#">无障碍</a></li><li><a href="#">长者模式</a></li><li><a href="#">繁體</a></li><li><a href="#">English</a></li><li><a href="#">登录</a></li><li><a href="#">注册</a></li><li><a href="#">手机版</a></li></ul>{extra}
</div></div>"""

def topbar_2010(site):
    return f"""<table width="1000" align="center" class="top"><tr>
<td>设为首页 | 加入收藏 | 网站地图</td><td align="right">今天是：<span>2024年11月8日</span></td></tr></table>"""

def search(ph="请输入关键词", btn="搜索"):
    return f'<form class="search"><input type="text" placeholder="{esc(ph)}"><button type="button">{esc(btn)}</button></form>'

def nav(items):
    return '<div class="nav"><ul>' + "".join(f'<li><a href="#">{esc(i)}</a></li>' for i in items) + "</ul></div>"

def crumbs(parts, lead="您当前所在位置：", sep=" > "):
    return f'<div class="crumb">{esc(lead)}' + sep.join(f'<a href="#">{esc(p)}</a>' for p in parts) + "</div>"

def ullist(title, items, cls="side"):
    return f'<div class="{cls}"><h4>{esc(title)}</h4><ul>' + "".join(f'<li><a href="#">{esc(i)}</a></li>' for i in items) + "</ul></div>"

def gov_footer(host, code, icp, gongan, extra=""):
    return f"""<div class="footer"><div class="w">
<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办单位：{esc(host)}　　承办单位：{esc(host[:-3] if host.endswith("办公室") else host)}大数据中心</p>
<p>网站标识码：{code}　　<a href="#">{esc(icp)}</a>　　<a href="#">{esc(gongan)}</a></p>
{extra}
<p><img alt="政府网站找错" src="jiucuo.png"> <img alt="党政机关" src="dzjg.png"></p>
</div></div>"""

def qr(cap="扫一扫在手机打开当前页"):
    return f'<div class="qr"><img alt="二维码" src="qr.png"><p>{esc(cap)}</p></div>'

def prevnext(p, n, a="上一篇：", b="下一篇："):
    return f'<div class="pn"><p>{esc(a)}<a href="#">{esc(p)}</a></p><p>{esc(b)}<a href="#">{esc(n)}</a></p></div>'

def share(lead="分享到："):
    return f'<div class="share">{esc(lead)}<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>'
