"""Shared page furniture and renderers for zh-blind209 (all content invented)."""
import html as H

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = H.escape


def img(alt):
    return f'<img src="{GIF}" alt="{E(alt)}" width="1" height="1">'


def body_html(body):
    """body items: str -> <p>; ('h',t) sub-heading; ('table',rows); ('img',alt,caption);
    ('ul',[lines]); ('raw',html) not-body html; ('pc', text) centred p (signature)."""
    out = []
    for it in body:
        if isinstance(it, str):
            out.append(f"<p>{E(it)}</p>")
        elif it[0] == "h":
            out.append(f"<h3>{E(it[1])}</h3>")
        elif it[0] == "hs":
            out.append(f"<p><strong>{E(it[1])}</strong></p>")
        elif it[0] == "pc":
            out.append(f'<p style="text-align:right">{E(it[1])}</p>')
        elif it[0] == "table":
            rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in it[1])
            out.append(f'<table class="dt" border="1" cellspacing="0">{rows}</table>')
        elif it[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ul>")
        elif it[0] == "img":
            out.append(f'<p class="pic">{img(it[1])}</p><p class="cap">{E(it[2])}</p>')
        elif it[0] == "raw":
            out.append(it[1])
    return "\n".join(out)


def body_gold(body):
    g = []
    for it in body:
        if isinstance(it, str):
            g.append(it)
        elif it[0] in ("h", "hs", "pc"):
            g.append(it[1])
        elif it[0] == "table":
            g.extend(" ".join(r) for r in it[1])
        elif it[0] == "ul":
            g.extend(it[1])
    return g


STYLE = """body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333;font-size:14px}
a{color:#333;text-decoration:none}.wrap{width:1000px;margin:0 auto}.top{background:#f2f2f2;font-size:12px;padding:4px}
.nav a{display:inline-block;padding:6px 12px;background:#b40000;color:#fff}.crumb{padding:8px 0;font-size:12px}
h1{font-size:24px;text-align:center}.info{text-align:center;color:#888;font-size:12px}.cap{text-align:center;font-size:12px}
.foot{background:#eee;font-size:12px;text-align:center;padding:10px;margin-top:20px}.side{float:right;width:260px}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr}.dt td{padding:3px 6px}.pre,.sub{text-align:center;font-size:16px}
.btn{display:inline-block;border:1px solid #ccc;padding:2px 6px;margin:2px}.rel li{font-size:13px}"""


def doc(title, inner, charset="utf-8", extra_style=""):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="{charset}"><title>{E(title)}</title>'
            f'<style>{STYLE}{extra_style}</style></head><body>\n{inner}\n</body></html>\n')


def lines(xs, tag="div", cls=None):
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<{tag}{c}>{x}</{tag}>" for x in xs)


def related(items, head="相关阅读"):
    return f'<div class="rel"><h4>{E(head)}</h4><ul>' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + "</ul></div>"


def render(p):
    """Generic renderer: a page spec is a dict; every piece of html is supplied by the spec
    except the article block which is built from title/info/body."""
    parts = [p.get("header", "")]
    art = []
    art.append(p.get("before_title", ""))
    if p.get("info_pos") == "above":
        art.append(p["info"])
    if p.get("pre"):
        art.append(f'<div class="pre">{E(p["pre"])}</div>')
    art.append(p.get("title_html") or f"<h1>{E(p['title'])}</h1>")
    if p.get("sub"):
        art.append(f'<div class="sub">{E(p["sub"])}</div>')
    if p.get("info_pos", "below") == "below":
        art.append(p.get("info", ""))
    art.append(p.get("after_info", ""))
    art.append(f'<div class="content">{p.get("lead","")}\n{body_html(p["body"])}\n{p.get("tail","")}</div>')
    if p.get("info_pos") == "bottom":
        art.append(p["info"])
    art.append(p.get("after", ""))
    parts.append(f'<div class="article">{"".join(art)}</div>')
    parts.append(p.get("footer", ""))
    return doc(p.get("doc_title", p["title"]), "\n".join(parts), p.get("charset", "utf-8"), p.get("style", ""))


def gov_footer(host, org, icp, gongan, code):
    return (f'<div class="foot"><p>主办：{E(host)}　承办：{E(org)}</p><p>网站标识码：{code}　{icp}　'
            f'{img("公安备案图标")}{gongan}</p><p>地址：（略）　联系电话：0000-0000000（示例）</p></div>')


def gov_header(site, crumb, care=True):
    t = '<div class="top"><span>无障碍</span> | <span>长者模式</span> | <a href="#">登录</a> | <a href="#">注册</a> | 今天是：2025年</div>' if care else ""
    return (f'{t}<div class="wrap"><div class="logo">{img(site+"标识")}<b>{E(site)}</b></div>'
            f'<form><input type="text" placeholder="请输入关键字"><button>搜索</button></form>'
            f'<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进本地</a></div>'
            f'<div class="crumb">{crumb}</div></div>')
