"""Page furniture and rendering for the zh-blind48 set (compact templates)."""
import html as H

E = H.escape

CSS = {
 "gov2010": "body{font:12px SimSun;background:#eee;margin:0}table.w{width:1000px;margin:0 auto;background:#fff}"
            ".top td{background:#b30000;color:#fff}h1{font-size:22px;text-align:center;color:#333}"
            ".info td{border-bottom:1px dashed #ccc;font-size:12px}.ft{background:#b30000;color:#fff;text-align:center}",
 "gov2020": "body{margin:0;font:16px 'Microsoft YaHei'}.bar{position:sticky;top:0;background:#f5f5f5;display:flex;gap:16px;padding:4px 40px}"
            ".ban{background:#1554a3;color:#fff;padding:20px 40px;font-size:28px}.nav a{margin:0 12px;color:#fff}.nav{background:#0d3d7a;padding:8px 40px}"
            ".crumb{padding:10px 40px;color:#666}.main{width:1100px;margin:0 auto}h1{font-size:26px;text-align:center}"
            ".meta{color:#888;text-align:center;font-size:14px}.meta span{margin:0 8px}.side{float:right;width:280px}"
            ".ft{background:#0d3d7a;color:#ddd;padding:20px;text-align:center;font-size:13px;clear:both}table.gk{border-collapse:collapse;width:100%}"
            "table.gk td{border:1px solid #ccc;padding:4px}.art p{text-indent:2em;line-height:1.9}",
 "news": "body{margin:0;font:15px Arial,'PingFang SC'}.hd{background:#c00;color:#fff;padding:10px 30px}.hd a{color:#fff;margin-right:14px}"
         ".wrap{width:1200px;margin:0 auto;display:flex;gap:30px}.l{flex:1}.r{width:300px}h1{font-size:30px;line-height:1.4}"
         ".src{color:#999;font-size:13px}.src span{margin-right:10px}.rel li{margin:6px 0}.ft{background:#222;color:#aaa;padding:20px;font-size:12px}",
 "self": "body{margin:0;font:16px -apple-system,'PingFang SC';background:#fafafa}.box{max-width:680px;margin:0 auto;background:#fff;padding:20px}"
         "h1{font-size:22px}.acc{color:#576b95}.tool{color:#999;font-size:13px}.rec li{margin:8px 0}",
 "paper": "body{margin:0;font:14px SimSun;background:#e9e3d6}.ph{background:#8b0000;color:#fff;padding:8px 20px}.pw{display:flex;width:1180px;margin:0 auto;background:#fff}"
          ".pl{width:420px;border-right:1px solid #ccc;padding:10px}.pr{flex:1;padding:20px}.yt,.ft2{text-align:center;color:#333}h1{text-align:center;font-size:26px;margin:4px}"
          ".pr p{text-indent:2em;line-height:1.8}",
 "inst": "body{margin:0;font:14px 'Microsoft YaHei'}.ih{background:#0a5e3a;color:#fff;padding:16px 40px;font-size:24px}.inav{background:#084a2e;padding:6px 40px}"
         ".inav a{color:#fff;margin-right:18px}.ic{width:1000px;margin:0 auto}h1{font-size:22px;text-align:center}.im{text-align:center;color:#999;border-bottom:1px solid #eee}"
         ".ic p{line-height:2;text-indent:2em}.ift{background:#eee;padding:16px;text-align:center;color:#666;font-size:12px}",
}


def page(tabtitle, style, body_html):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            f"<title>{E(tabtitle)}</title><style>{CSS[style]}</style></head>\n<body>\n{body_html}\n</body></html>\n")


def links(items, sep=""):
    return sep.join(f'<a href="#">{E(x)}</a>' for x in items)


def ul(items, cls="rel"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + "</ul>"


def search(ph, btn="搜索"):
    return f'<form><input type="text" placeholder="{E(ph)}"><button type="button">{E(btn)}</button></form>'


def render_body(items):
    """items: str -> <p>; ('h',s) sub-heading; ('t',rows) table; ('li',list) numbered list;
    ('img',alt,caption) picture + caption (not body); ('raw',html) furniture inside article;
    ('pc', s) centred/right paragraph (still body, e.g. 署名/成文日期)."""
    out = []
    gold = []
    for it in items:
        if isinstance(it, str):
            out.append(f"<p>{E(it)}</p>")
            gold.append(it)
        elif it[0] == "h":
            out.append(f"<p><strong>{E(it[1])}</strong></p>")
            gold.append(it[1])
        elif it[0] == "pc":
            out.append(f'<p style="text-align:right">{E(it[1])}</p>')
            gold.append(it[1])
        elif it[0] == "t":
            rows = it[1]
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:10px auto">'
                       + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</table>")
            gold.extend(" ".join(r) for r in rows)
        elif it[0] == "li":
            out.append("<ol>" + "".join(f"<li>{E(x)}</li>" for x in it[1]) + "</ol>")
            gold.extend(it[1])
        elif it[0] == "img":
            out.append(f'<p style="text-align:center"><img src="data:," alt="{E(it[1])}" width="600" height="360"></p>')
            if it[2]:
                out.append(f'<p style="text-align:center;color:#666">{E(it[2])}</p>')
        elif it[0] == "raw":
            out.append(it[1])
        else:
            raise ValueError(it)
    return "\n".join(out), gold


def gov_footer(org, site_code, icp, gongan, extra=""):
    return (f'<div class="ft"><p>{links(["关于我们","网站地图","联系我们","隐私声明"], " | ")}</p>'
            f"<p>主办单位：{E(org)}　承办：{E(org)}办公室{E(extra)}</p>"
            f"<p>网站标识码：{site_code}　{E(icp)}　{E(gongan)}</p></div>")


def tools2010():
    return '<p style="text-align:right">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>'


def qr(text="扫一扫在手机打开当前页"):
    return f'<div><img src="data:," alt="二维码" width="90" height="90"><div>{E(text)}</div></div>'
