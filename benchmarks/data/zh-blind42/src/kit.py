"""Small HTML furniture kit for the zh-blind42 pages (no JS, embedded CSS only)."""
import html as H

def esc(s):
    return H.escape(s, quote=True)

def sp(name):
    """two-character name spaced out as many CMS print it: 王  静"""
    return name[0] + "&nbsp;&nbsp;" + name[1:] if len(name) == 2 else name

CSS = {
 "gov2010": "body{font:12px/1.8 SimSun,serif;margin:0;background:#eef3f8}table.lay{width:980px;margin:0 auto;background:#fff;border-collapse:collapse}"
            ".ban{background:#1d5ba8;color:#fff;font-size:26px;padding:18px}.nav a{color:#fff;margin:0 10px}.nav{background:#0f4186;padding:6px}"
            "h1{font-size:22px;color:#b00;text-align:center}.info{text-align:center;color:#666;border-bottom:1px dashed #ccc}.ft{text-align:center;background:#ddd}",
 "gov2020": "body{margin:0;font:16px/1.9 'Microsoft YaHei',sans-serif}.top{background:#f4f4f4;font-size:13px;padding:4px 40px}.top span{margin-right:14px}"
            ".sticky{position:sticky;top:0;background:#c7161e;color:#fff;padding:8px 40px}.wrap{width:1100px;margin:0 auto}"
            "h1{font-size:28px;text-align:center;line-height:1.5}.meta{color:#888;font-size:14px;text-align:center}.foot{background:#2b2b2b;color:#aaa;padding:20px;font-size:13px}"
            ".rec td{border:1px solid #ddd;padding:4px 10px;font-size:14px}.rec{border-collapse:collapse;width:100%;background:#f8fbff}",
 "news": "body{margin:0;font:16px/1.8 'PingFang SC',sans-serif}.hd{border-bottom:3px solid #d00;padding:10px 30px}.hd b{font-size:24px;color:#d00}"
         ".main{display:flex;width:1200px;margin:0 auto}.art{width:820px}.side{width:340px;margin-left:40px;font-size:14px}h1{font-size:30px}"
         ".src{color:#999;font-size:13px}.box{float:right;width:260px;border:1px solid #ccc;margin:0 0 10px 16px;padding:8px;font-size:13px}.ft{font-size:12px;color:#888;text-align:center}",
 "en": "body{margin:0;font:17px/1.7 Georgia,serif}.bar{background:#00467f;color:#fff;padding:6px 30px;font:13px Arial}.bar a{color:#fff;margin-right:12px}"
       ".wrap{width:960px;margin:0 auto}h1{font:700 34px/1.3 Georgia}.dek{font-style:italic;color:#444}.by{font:13px Arial;color:#666}.ft{font:12px Arial;color:#777;border-top:1px solid #ccc}",
 "self": "body{margin:0;font:17px/1.9 -apple-system,'PingFang SC',sans-serif;background:#f8f8f8}.plat{background:#fff;border-bottom:1px solid #eee;padding:8px 24px;font-size:14px}"
         ".card{width:680px;margin:14px auto;background:#fff;padding:20px 28px}h1{font-size:26px}.acc{font-size:13px;color:#576b95}.rec2{font-size:14px;color:#333}",
 "epaper": "body{margin:0;font:15px/1.8 SimSun,serif;background:#f1ece1}.mast{background:#8b0000;color:#fff;padding:8px 20px}.cols{display:flex}.lft{width:380px;font-size:13px}"
           ".rt{width:620px;background:#fff;padding:14px}.yin{color:#333;font-size:16px;text-align:center}h1{font-size:26px;text-align:center;margin:4px}.fu{text-align:center;font-size:17px}.ban{font-size:13px;color:#555}",
 "inst": "body{margin:0;font:15px/1.9 'Microsoft YaHei',sans-serif}.head{background:#004e9b;color:#fff;padding:14px 40px;font-size:24px}.menu{background:#e9eef5;padding:6px 40px}"
         ".menu a{margin-right:16px}.pos{font-size:13px;color:#666;padding:6px 40px}.body{width:900px;margin:0 auto}h2.t{text-align:center;font-size:24px}.m{text-align:center;font-size:13px;color:#777}.bottom{background:#0a2a55;color:#cfd8e6;font-size:12px;padding:16px 40px}",
}

def page(title_tag, css, inner):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">\n<title>%s</title>\n<style>%s</style></head>\n<body>\n%s\n</body></html>\n'
            % (esc(title_tag), CSS.get(css, css), inner))

def links(items, sep=""):
    return sep.join('<a href="#">%s</a>' % esc(i) for i in items)

def ul(items):
    return "<ul>" + "".join("<li>%s</li>" % i for i in items) + "</ul>"

def related(head, items, dates=None):
    if dates:
        lis = ['<a href="#">%s</a> <span>%s</span>' % (esc(t), d) for t, d in zip(items, dates)]
    else:
        lis = ['<a href="#">%s</a>' % esc(t) for t in items]
    return '<div class="rel"><h4>%s</h4>%s</div>' % (head, ul(lis))

def qr(alt, cap):
    return '<div class="qr"><img src="data:," alt="%s" width="90" height="90"><p>%s</p></div>' % (esc(alt), cap)

def rec_table(pairs, cols=2, colon=True):
    """information-disclosure record table; pairs = [(label, value)], `cols` pairs per row"""
    rows = []
    for i in range(0, len(pairs), cols):
        cells = "".join('<td class="l">%s%s</td><td>%s</td>' % (esc(l), "：" if colon else "", esc(v)) for l, v in pairs[i:i + cols])
        rows.append("<tr>%s</tr>" % cells)
    return '<table class="rec">%s</table>' % "".join(rows)

def body_html(items):
    """items -> (html, gold paragraphs). str: paragraph; ('h',s) sub-heading; ('tbl',rows[,head]) table;
    ('img',alt,caption) picture (not body); ('x',html) furniture in the text (not body);
    ('np',s) printed paragraph that is not body (credit/作者单位 lines); ('hb', html, text) body paragraph given as html."""
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append("<p>%s</p>" % esc(it)); gold.append(it)
        elif it[0] == "h":
            out.append("<p><strong>%s</strong></p>" % esc(it[1])); gold.append(it[1])
        elif it[0] == "h3":
            out.append("<h3>%s</h3>" % esc(it[1])); gold.append(it[1])
        elif it[0] == "tbl":
            trs = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r) for r in it[1])
            out.append('<table border="1" cellspacing="0" class="data">%s</table>' % trs)
            gold += [" ".join(r) for r in it[1]]
        elif it[0] == "img":
            out.append('<p style="text-align:center"><img src="data:," alt="%s" width="600" height="360"></p>' % esc(it[1]))
            if it[2]:
                out.append('<p class="cap" style="text-align:center;font-size:13px">%s</p>' % esc(it[2]))
        elif it[0] == "x":
            out.append(it[1])
        elif it[0] == "np":
            out.append("<p>%s</p>" % it[1])
        elif it[0] == "hb":
            out.append("<p>%s</p>" % it[1]); gold.append(it[2])
        else:
            raise ValueError(it)
    return "\n".join(out), gold
