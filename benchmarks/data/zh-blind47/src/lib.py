"""Page renderer for zh-blind47: builds a full HTML page from furniture parts + article body.
Body items: str -> <p>; ('h', t) -> sub-heading (body); ('t', rows) -> table (each row a body
paragraph, cells joined by a space); ('img', alt, caption) -> figure (not body);
('raw', html) -> HTML not in body."""
import html as H

def esc(s): return H.escape(s, quote=False)

def render_body(items, pcls=""):
    out, gold = [], []
    for it in items:
        if isinstance(it, str):
            out.append(f'<p{pcls}>{esc(it)}</p>'); gold.append(it)
        elif it[0] == 'h':
            out.append(f'<p class="sub"><strong>{esc(it[1])}</strong></p>'); gold.append(it[1])
        elif it[0] == 't':
            rows = it[1]
            tr = []
            for i, r in enumerate(rows):
                tag = 'th' if i == 0 else 'td'
                tr.append('<tr>' + ''.join(f'<{tag}>{esc(c)}</{tag}>' for c in r) + '</tr>')
                gold.append(' '.join(r))
            out.append('<table class="dt" border="1" cellspacing="0">' + ''.join(tr) + '</table>')
        elif it[0] == 'img':
            out.append(f'<div class="fig"><img src="data:," alt="{H.escape(it[1])}" width="400" height="2"><p class="cap">{esc(it[2])}</p></div>' if it[2] else f'<div class="fig"><img src="data:," alt="{H.escape(it[1])}" width="400" height="2"></div>')
        elif it[0] == 'raw':
            out.append(it[1])
    return '\n'.join(out), gold

CSS = {
 'old': "body{font:12px SimSun;margin:0;background:#eee}table.lay{width:980px;margin:0 auto;background:#fff}.hd{background:#b00;color:#fff;font-size:28px;padding:18px}.nav a{color:#fff;margin:0 8px}.nav{background:#800;padding:6px}.tit{font-size:22px;color:#036;text-align:center;font-weight:bold;padding:12px}.info{text-align:center;border-bottom:1px dashed #999;color:#666;padding:6px}.ct p{text-indent:2em;line-height:2;font-size:16px}.dt td,.dt th{padding:4px}.ft{background:#ddd;text-align:center;padding:10px;line-height:1.8}",
 'new': "body{font-family:'Microsoft YaHei';margin:0}.top{background:#f5f5f5;font-size:13px;padding:4px 40px;position:sticky;top:0}.top span{margin-right:14px}.ban{background:linear-gradient(#1a5fb4,#3584e4);color:#fff;padding:24px 40px;font-size:30px}.ban input{font-size:13px;width:260px;float:right}.menu{display:flex;gap:24px;background:#0b4a8b;padding:10px 40px}.menu a{color:#fff}.wrap{width:1100px;margin:0 auto}.crumb{color:#666;padding:10px 0}.art h1{font-size:26px;text-align:center}.meta{color:#888;text-align:center;font-size:14px}.meta span{margin:0 8px}.ct p{text-indent:2em;line-height:1.9;font-size:17px}.rec{width:100%;border-collapse:collapse;background:#f7f9fc;font-size:14px}.rec td{border:1px solid #d9e1ec;padding:6px}.box{border:1px solid #cbd;padding:10px;display:flex;justify-content:space-between;align-items:center}.box h1{font-size:24px;margin:0}.foot{background:#163a66;color:#cfd8e6;padding:20px 40px;font-size:13px;line-height:2}.side{font-size:14px}",
 'news': "body{margin:0;font-family:sans-serif}.bar{background:#222;color:#ccc;font-size:12px;padding:4px 20px}.logo{font-size:32px;color:#c00;padding:14px 20px;font-weight:bold}.chan a{margin:0 10px;color:#333}.main{display:flex;gap:30px;padding:0 20px}.l{flex:3}.r{flex:1;font-size:13px}h1{font-size:30px}.src{color:#999;font-size:13px}.src span{margin-right:12px}.ct p{line-height:1.8;font-size:18px}.rel li{font-size:14px}.foot{border-top:2px solid #c00;font-size:12px;color:#777;padding:10px 20px}.dt td,.dt th{border:1px solid #ccc;padding:4px 8px}",
 'self': "body{margin:0;font-family:PingFang SC,sans-serif;background:#fafafa}.hdr{background:#fff;border-bottom:1px solid #eee;padding:10px 24px}.hdr input{width:300px}.col{width:680px;margin:20px auto;background:#fff;padding:20px 30px}h1{font-size:26px}.au{color:#576b95;font-size:14px}.ct p{line-height:1.75;font-size:17px}.acts span{margin-right:18px;color:#999}.cmt{border-top:1px solid #eee;padding-top:10px;font-size:14px}",
 'epaper': "body{margin:0;font-family:SimSun;background:#e9e4d8}.phd{background:#7a1010;color:#fff;padding:8px 16px}.phd a{color:#fc6;margin:0 6px}.pg{display:flex}.thumb{width:300px;font-size:12px;padding:8px}.art{flex:1;background:#fff;padding:16px 28px}.yt{color:#555;font-size:16px;text-align:center}.zt{font-size:28px;font-weight:bold;text-align:center;color:#000}.ft2{font-size:17px;text-align:center;color:#444}.by{text-align:center;font-size:14px;color:#333}.ct p{text-indent:2em;font-size:16px;line-height:1.9}.tl li{font-size:13px}",
 'inst': "body{margin:0;font-family:sans-serif}.ihd{background:#0f5d3a;color:#fff;padding:16px 30px;font-size:24px}.ihd small{font-size:13px;margin-left:20px}.inav a{margin:0 12px}.inav{background:#e8f1ec;padding:8px 30px}.ibox{width:960px;margin:16px auto}.ibox h2{font-size:24px;text-align:center}.im{color:#777;text-align:center;font-size:13px}.ct p{text-indent:2em;line-height:1.9}.ift{background:#333;color:#aaa;font-size:12px;padding:16px 30px;line-height:1.9}",
}

def page(title_tag, style, parts, body_html):
    s = CSS[style]
    body = parts.replace('{{BODY}}', body_html)
    return f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title_tag)}</title><style>{s}</style></head>\n<body>\n{body}\n</body></html>\n'
