"""Shared page furniture and body rendering for the zh-blind50 set."""
import html as _h
import zlib

CSS = ("body{font-family:'Microsoft YaHei',SimSun,sans-serif;margin:0;color:#333;font-size:15px}"
       "a{color:#1a3d7c;text-decoration:none}.w{width:1100px;margin:0 auto}"
       ".top{background:#f2f2f2;font-size:12px;padding:5px 0}.top a,.top span{margin:0 6px}"
       ".ban{background:#a40000;color:#fff;padding:18px 20px;font-size:26px}.ban input{width:220px}"
       ".nav{background:#c00}.nav a{color:#fff;display:inline-block;padding:8px 14px}"
       ".crumb{font-size:13px;padding:8px 0;border-bottom:1px solid #ddd}"
       "h1{font-size:24px;text-align:center;line-height:1.5}.info{font-size:13px;color:#777;text-align:center;margin:8px 0}"
       ".art p{text-indent:2em;line-height:1.9}.art .nt{text-indent:0}.art .r{text-align:right}"
       ".cap{text-align:center;color:#666;font-size:13px}.side{float:right;width:280px;font-size:13px}"
       ".main{float:left;width:780px}.clr{clear:both}.foot{background:#2b2b2b;color:#bbb;font-size:12px;padding:14px;text-align:center;clear:both}"
       "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 6px}ul{padding-left:20px}"
       ".share span{margin-right:8px;color:#999}.sticky{position:sticky;top:0;background:#fff;border-bottom:1px solid #eee}"
       ".qr{width:90px;height:90px;background:#ddd}.tag{color:#13386c;margin-right:6px}.pq{font-size:22px;border-left:4px solid #c00;padding-left:12px;margin:18px 40px}")


def esc(s):
    return _h.escape(s, quote=False)


def body(items):
    """Render body items; return (html, gold paragraphs).

    str            -> <p>, gold
    ('h', s)       -> sub-heading <h3>, gold
    ('b', s)       -> <p><strong>, gold
    ('nt', s)      -> un-indented <p> (主送 line), gold
    ('r', s)       -> right-aligned <p> (署名, 成文日期), gold
    ('li', [..])   -> <ul>, each item gold
    ('t', rows)    -> table (rows of cells), each row gold (cells joined by a space)
    ('img', alt, caption) -> image + caption, not gold
    ('x', html)    -> raw furniture inside the article, not gold
    """
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p>{esc(it)}</p>"); gold.append(it)
        elif it[0] == 'h':
            out.append(f"<h3>{esc(it[1])}</h3>"); gold.append(it[1])
        elif it[0] == 'b':
            out.append(f"<p><strong>{esc(it[1])}</strong></p>"); gold.append(it[1])
        elif it[0] == 'nt':
            out.append(f"<p class=nt>{esc(it[1])}</p>"); gold.append(it[1])
        elif it[0] == 'r':
            out.append(f"<p class=r>{esc(it[1])}</p>"); gold.append(it[1])
        elif it[0] == 'li':
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in it[1]) + "</ul>"); gold += it[1]
        elif it[0] == 't':
            rows = it[1]
            t = ["<table>"]
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                t.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
                gold.append(" ".join(r))
            t.append("</table>")
            out.append("".join(t))
        elif it[0] == 'img':
            out.append(f"<p class=cap><img alt=\"{esc(it[1])}\" width=600 height=10></p>")
            if it[2]:
                out.append(f"<p class=cap>{esc(it[2])}</p>")
        elif it[0] == 'x':
            out.append(it[1])
        else:
            raise ValueError(it)
    return "\n".join(out), gold


def doc(title, inner):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=utf-8>"
            f"<title>{esc(title)}</title><style>{CSS}</style></head>\n<body>\n{inner}\n</body></html>\n")


def topbar_new(extra=""):
    return ("<div class=top><div class=w><span>欢迎访问！今天是</span><a href=#>无障碍</a><a href=#>长者模式</a>"
            f"<a href=#>繁體</a><a href=#>English</a>{extra}<a href=#>登录</a><a href=#>注册</a></div></div>")


def nav(items):
    return "<div class=nav><div class=w>" + "".join(f"<a href=#>{x}</a>" for x in items) + "</div></div>"


def crumb(label, parts, sep=" > "):
    return f"<div class='w crumb'>{label}" + sep.join(f"<a href=#>{p}</a>" for p in parts) + "</div>"


def li(items, title=None, cls="side"):
    h = f"<h4>{title}</h4>" if title else ""
    return f"<div class={cls}>{h}<ul>" + "".join(f"<li><a href=#>{x}</a></li>" for x in items) + "</ul></div>"


def foot_gov(host, code, icp, ga, tel="", extra=""):
    return (f"<div class=foot><p><a href=#>网站地图</a> | <a href=#>联系我们</a> | <a href=#>隐私声明</a> | <a href=#>网站纠错</a></p>"
            f"<p>主办单位：{host}　{tel}</p><p>网站标识码：{code}　<a href=#>{icp}</a>　<a href=#>{ga}</a></p>{extra}"
            "<p>建议使用1366×768分辨率浏览本网站</p></div>")


def qr(text="扫一扫在手机打开当前页"):
    return f"<div><div class=qr></div><p>{text}</p></div>"
