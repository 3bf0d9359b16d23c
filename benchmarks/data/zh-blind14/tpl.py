"""Page templates for the zh-blind14 set: compact imitations of Chinese site furniture."""
import html as H

E = H.escape
CSS = {
 'gov10': "body{font:12px SimSun,serif;background:#eee}table{border-collapse:collapse}.w{width:980px;margin:auto;background:#fff}td{padding:3px}.t{font-size:20px;font-weight:bold;color:#c00;text-align:center}.i{color:#666;text-align:center;border-bottom:1px dashed #ccc}.c p{text-indent:2em;line-height:2}",
 'gov20': "body{font:16px 'Microsoft YaHei',sans-serif;margin:0}.top{background:#f5f5f5;font-size:13px}.top span{margin-right:12px}.ban{background:#1b5fb1;color:#fff;padding:20px;font-size:28px}.nav a{margin:0 14px;color:#fff}.nav{background:#134a8e;padding:8px}.bc{font-size:13px;color:#666;margin:10px}.art{width:1000px;margin:auto}.art h1{text-align:center;font-size:26px}.info{text-align:center;color:#888;font-size:14px}.info span{margin:0 8px}.txt p{text-indent:2em;line-height:1.9}.foot{background:#333;color:#ccc;font-size:12px;padding:16px;text-align:center}.side li{font-size:14px}",
 'doc': "body{font:15px 'Microsoft YaHei',sans-serif}.rec{border:1px solid #ccc;width:900px;margin:10px auto}.rec td{border:1px solid #ddd;padding:4px 8px;font-size:13px}.dt{text-align:center;font-size:22px;color:#b00}.wh{text-align:center;color:#333}.doc{width:860px;margin:auto;font-family:FangSong,serif;font-size:17px}.doc p{text-indent:2em;line-height:1.8}.doc .r{text-align:right}.doc .n{text-indent:0}",
 'media': "body{font:16px sans-serif;margin:0}.hd{background:#c00;color:#fff;padding:6px}.hd a{color:#fff;margin-right:10px}.main{width:680px;float:left;margin:20px}.aside{width:300px;float:right;font-size:13px}.meta{color:#999;font-size:13px}.meta span{margin-right:10px}.body p{line-height:1.8}.rel li{font-size:14px}.cmt{color:#36c}",
 'self': "body{font:17px -apple-system,'PingFang SC',sans-serif;margin:0;background:#fafafa}.bar{height:48px;background:#fff;border-bottom:1px solid #eee}.col{max-width:700px;margin:20px auto;background:#fff;padding:24px}.acc{color:#406599}.m{color:#999;font-size:14px}.col p{line-height:1.75}",
 'epaper': "body{font:14px SimSun,serif;background:#f0ebe0}.pg{width:1100px;margin:auto}.lft{float:left;width:460px;border:1px solid #aaa;height:640px}.rgt{float:right;width:600px}.yt,.ft{color:#444;font-size:16px;text-align:center}.zt{text-align:center;font-size:24px;font-weight:bold}.rgt p{text-indent:2em;line-height:1.8}.bb{font-size:12px;color:#555}",
 'inst': "body{font:15px 'Microsoft YaHei',sans-serif;margin:0}.hd{background:#0a5c36;color:#fff;padding:18px;font-size:24px}.menu a{margin:0 10px}.wrap{width:1000px;margin:auto}.wrap h2{text-align:center}.ii{text-align:center;color:#777;font-size:13px}.ct p{text-indent:2em;line-height:1.9}.ft{background:#eee;font-size:12px;text-align:center;padding:12px}",
}

def body_html(items, ptag='p', indent=''):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f'<{ptag}>{indent}{E(it)}</{ptag}>')
        elif it[0] == 'img':
            _, alt, cap = it
            out.append(f'<p style="text-align:center"><img src="data:," alt="{E(alt)}" width="600" height="1"></p>')
            if cap:
                out.append(f'<p style="text-align:center;color:#666;font-size:13px">{E(cap)}</p>')
        elif it[0] == 'table':
            rows = it[1]
            t = ['<table border="1" cellspacing="0" style="margin:auto;border-collapse:collapse">']
            for r in rows:
                t.append('<tr>' + ''.join(f'<td>{E(c)}</td>' for c in r) + '</tr>')
            t.append('</table>')
            out.append(''.join(t))
        elif it[0] == 'h':
            out.append(f'<p><strong>{E(it[1])}</strong></p>')
        elif it[0] == 'r':
            out.append(f'<p class="r" style="text-align:right">{E(it[1])}</p>')
        elif it[0] == 'n':
            out.append(f'<p class="n" style="text-indent:0">{E(it[1])}</p>')
        elif it[0] == 'raw':
            out.append(it[1])
    return '\n'.join(out)

def gold_body(items):
    g = []
    for it in items:
        if isinstance(it, str):
            g.append(it)
        elif it[0] == 'table':
            g.extend(' '.join(r) for r in it[1])
        elif it[0] in ('h', 'r', 'n'):
            g.append(it[1])
    return g

def title_html(lines, tag='h1', cls=''):
    c = f' class="{cls}"' if cls else ''
    return f'<{tag}{c}>' + '<br>'.join(E(x) for x in lines) + f'</{tag}>'

def ul(items, cls=''):
    return f'<ul class="{cls}">' + ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + '</ul>'

def page(p, inner):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{E(p["doc_title"])}</title>'
            f'<style>{CSS[p["layout"]]}</style></head><body>\n{inner}\n</body></html>\n')

def L(x):
    return '' if not x else x

# ---- layouts ----
def gov10(p):
    info = p['info_html']
    t = title_html(p['title_lines'], 'div', 't')
    head = f'<tr><td class="t">{t}</td></tr><tr><td class="i">{info}</td></tr>'
    if p.get('info_pos') == 'above':
        head = f'<tr><td class="i">{info}</td></tr><tr><td class="t">{t}</td></tr>'
    inner = f'''<table class="w" width="980"><tr><td><table width="100%"><tr><td><b style="font-size:26px;color:#a00">{E(p["site"])}</b></td>
<td align="right">{E(p.get("topright","设为首页 | 加入收藏 | 联系我们"))}</td></tr></table></td></tr>
<tr><td style="background:#a00;color:#fff">{" | ".join(E(x) for x in p["nav"])}</td></tr>
<tr><td>{E(p.get("crumb",""))}</td></tr>
<tr><td><table width="100%">{L(p.get("pre_html"))}{head}
<tr><td class="c">{L(p.get("under_html"))}{body_html(p["body"], indent="　　" if p.get("fw_indent") else "")}</td></tr>
<tr><td>{L(p.get("tail_html"))}</td></tr>
<tr><td align="right">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td>{L(p.get("prevnext"))}</td></tr>
<tr><td>{("相关信息" + ul(p["related"])) if p.get("related") else ""}</td></tr>
</table></td></tr>
<tr><td style="background:#ddd;text-align:center">{"<br>".join(E(x) for x in p["footer"])}</td></tr></table>'''
    return page(p, inner)

def gov20(p):
    t = title_html(p['title_lines'])
    info = f'<div class="info">{p["info_html"]}</div>'
    head = (info + t) if p.get('info_pos') == 'above' else (t + info)
    topbar = ''.join(f'<span>{E(x)}</span>' for x in p.get('topbar', ['无障碍', '长者模式', '繁體', '登录', '注册']))
    inner = f'''<div class="top">{E(p.get("welcome",""))}{topbar}</div>
<div class="ban">{E(p["site"])} <input type="text" placeholder="{E(p.get("ph","请输入关键词"))}"><button>搜索</button></div>
<div class="nav">{"".join(f'<a href="#">{E(x)}</a>' for x in p["nav"])}</div>
<div class="bc">{E(p.get("crumb",""))}</div>
<div class="art">{L(p.get("pre_html"))}{L(p.get("kick_html"))}{head}{L(p.get("under_html"))}
<div class="share">{E(p.get("share","分享到："))}<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="txt">{body_html(p["body"])}</div>
{L(p.get("tail_html"))}
<div class="qr">扫一扫在手机打开当前页</div>
<div>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
{L(p.get("prevnext"))}
<div class="side">{("<h4>" + E(p.get("related_h","相关阅读")) + "</h4>" + ul(p["related"])) if p.get("related") else ""}</div></div>
<div class="foot">{"<br>".join(E(x) for x in p["footer"])}</div>'''
    return page(p, inner)

def doc(p):
    colon = '：' if p.get('rec_colon', True) else ''
    rec = p['record']
    rows = []
    for i in range(0, len(rec), 2):
        rows.append('<tr>' + ''.join(f'<td><b>{E(k)}{colon}</b></td><td>{E(v)}</td>' for k, v in rec[i:i + 2]) + '</tr>')
    if p.get('rec_title_row'):
        rows.append(f'<tr><td><b>名{"　" if not colon else ""}称{colon}</b></td><td colspan="3">{E("".join(p["title_lines"]))}</td></tr>')
    t = title_html(p['title_lines'], 'div', 'dt')
    wh = f'<div class="wh">{E(p["wenhao"])}</div>' if p.get('wenhao') else ''
    order = (wh + t) if p.get('wh_first') else (t + wh)
    inner = f'''<div style="background:#f3f3f3;font-size:12px">{" ".join(E(x) for x in p.get("topbar", ["长者模式", "无障碍浏览", "简", "繁"]))}</div>
<div style="background:#b71c1c;color:#fff;font-size:26px;padding:16px">{E(p["site"])}<span style="float:right;font-size:13px"><input placeholder="{E(p.get("ph","搜索本站"))}"></span></div>
<div>{" ".join(f'<a href="#">{E(x)}</a>' for x in p["nav"])}</div>
<div style="font-size:13px;margin:8px">{E(p.get("crumb",""))}</div>
<table class="rec">{"".join(rows)}</table>
{order}
{L(p.get("under_html"))}
<div class="doc">{body_html(p["body"])}</div>
{L(p.get("tail_html"))}
<div style="text-align:center">{E(p.get("tools","【打印】【关闭】"))}</div>
{("<div>相关文件</div>" + ul(p["related"])) if p.get("related") else ""}
<div style="background:#444;color:#ddd;font-size:12px;text-align:center;padding:14px">{"<br>".join(E(x) for x in p["footer"])}</div>'''
    return page(p, inner)

def media(p):
    t = title_html(p['title_lines'])
    meta = f'<div class="meta">{p["info_html"]}</div>'
    head = (meta + t) if p.get('info_pos') == 'above' else (t + meta)
    inner = f'''<div class="hd">{"".join(f'<a href="#">{E(x)}</a>' for x in p["nav"])}<span style="float:right">{E(p.get("topright","登录 | 注册"))}</span></div>
<div style="font-size:30px;font-weight:bold;padding:10px">{E(p["site"])} <input placeholder="{E(p.get("ph","搜索"))}"></div>
<div style="font-size:13px">{E(p.get("crumb",""))}</div>
<div class="main">{L(p.get("pre_html"))}{L(p.get("kick_html"))}{head}{L(p.get("under_html"))}
<div class="body">{body_html(p["body"])}</div>
{L(p.get("tail_html"))}
<div class="cmt">{E(p.get("cmt",""))}</div>
{("<h3>" + E(p.get("related_h","相关新闻")) + "</h3>" + ul(p["related"], "rel")) if p.get("related") else ""}</div>
<div class="aside">{("<h3>" + E(p.get("hot_h","热点排行")) + "</h3>" + ul(p.get("hot", []))) if p.get("hot") else ""}</div>
<div style="clear:both;background:#222;color:#aaa;font-size:12px;padding:14px;text-align:center">{"<br>".join(E(x) for x in p["footer"])}</div>'''
    return page(p, inner)

def selfm(p):
    t = title_html(p['title_lines'])
    inner = f'''<div class="bar">{E(p["site"])} {" ".join(E(x) for x in p.get("nav", []))} <input placeholder="{E(p.get("ph","搜索"))}"> {E(p.get("topright","登录"))}</div>
<div class="col">{L(p.get("pre_html"))}{t}<div class="m">{p["info_html"]}</div>{L(p.get("under_html"))}
<div class="body">{body_html(p["body"])}</div>
{L(p.get("tail_html"))}
<div class="m">{E(p.get("cmt",""))}</div>
{("<h4>" + E(p.get("related_h","相关推荐")) + "</h4>" + ul(p["related"])) if p.get("related") else ""}
</div><div class="m" style="text-align:center">{"<br>".join(E(x) for x in p["footer"])}</div>'''
    return page(p, inner)

def epaper(p):
    kick = f'<div class="yt">{E(p["kicker"])}</div>' if p.get('kicker') else ''
    sub = f'<div class="ft">{E(p["subtitle"])}</div>' if p.get('subtitle') else ''
    t = title_html(p['title_lines'], 'div', 'zt')
    inner = f'''<div class="pg"><div style="font-size:28px;font-weight:bold">{E(p["site"])}</div>
<div>{p["info_html"]}</div>
<div><a href="#">上一期</a> <a href="#">下一期</a> <a href="#">往期回顾</a> <input placeholder="{E(p.get("ph","请输入检索内容"))}"> <a href="#">PDF版</a></div>
<div class="lft"><div>{E(p["ban"])}</div><a href="#">上一版</a> <a href="#">下一版</a>
{ul(p.get("list", []))}</div>
<div class="rgt">{kick}{t}{sub}{L(p.get("under_html"))}
{body_html(p["body"])}
{L(p.get("tail_html"))}</div>
<div style="clear:both;font-size:12px;text-align:center">{"<br>".join(E(x) for x in p["footer"])}</div></div>'''
    return page(p, inner)

def inst(p):
    t = title_html(p['title_lines'], 'h2')
    info = f'<div class="ii">{p["info_html"]}</div>'
    head = (info + t) if p.get('info_pos') == 'above' else (t + info)
    inner = f'''<div style="font-size:12px;background:#f4f4f4">{" | ".join(E(x) for x in p.get("topbar", []))}</div>
<div class="hd">{E(p["site"])} <input placeholder="{E(p.get("ph","站内搜索"))}"></div>
<div class="menu">{"".join(f'<a href="#">{E(x)}</a>' for x in p["nav"])}</div>
<div class="wrap"><div style="font-size:13px">{E(p.get("crumb",""))}</div>{L(p.get("pre_html"))}{head}{L(p.get("under_html"))}
<div class="ct">{body_html(p["body"])}</div>
{L(p.get("tail_html"))}
{L(p.get("prevnext"))}
{("<h4>" + E(p.get("related_h","相关新闻")) + "</h4>" + ul(p["related"])) if p.get("related") else ""}</div>
<div class="ft">{"<br>".join(E(x) for x in p["footer"])}</div>'''
    return page(p, inner)

LAYOUTS = dict(gov10=gov10, gov20=gov20, doc=doc, media=media, self=selfm, epaper=epaper, inst=inst)
