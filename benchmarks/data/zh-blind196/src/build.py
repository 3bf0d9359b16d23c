# -*- coding: utf-8 -*-
"""Build html/<id>.html and gold/<id>.json from the page data (one source of truth)."""
import os, json, html as H, hashlib
from pages_gov import PAGES as G
from pages_media import PAGES as M
from pages_other import PAGES as O

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = 'zh-blind196'
GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
e = H.escape

def img(alt, w=16, h=16, cls=''):
    return f'<img src="{GIF}" alt="{e(alt)}" width="{w}" height="{h}"{" class=%s" % cls if cls else ""}>'

def num(pid, n, mod):  # deterministic invented numbers
    return int(hashlib.md5(f'{pid}{n}'.encode()).hexdigest(), 16) % mod

ICP = {'广东': '粤', '四川': '蜀', '青海': '青', '黑龙江': '黑'}
CODE = {'广东': '44', '四川': '51', '青海': '63', '黑龙江': '23'}

def icp(p):
    return f'{ICP[p["prov"]]}ICP备{num(p["id"],1,90000000)+10000000:08d}号-{num(p["id"],2,5)+1}'

def gongan(p):
    return f'{ICP[p["prov"]]}公网安备 {CODE[p["prov"]]}{num(p["id"],3,10000):04d}02{num(p["id"],4,1000000):06d}号'

def title_html(p):
    return p['title']  # may contain <br>

def gold_title(p):
    return p['title'].replace('<br>', '')

def gold_para(x):
    if x.startswith('# '):
        return x[2:]
    if x.startswith('|'):
        return ' '.join(x[1:].split('|'))
    return x

def body_html(paras, indent=True, sub='h3', ptag='p', tablecls='tb'):
    out = []; rows = []
    def flush():
        if rows:
            t = [f'<table class="{tablecls}" border="1" cellspacing="0" cellpadding="4">']
            for i, r in enumerate(rows):
                cells = r[1:].split('|'); tg = 'th' if i == 0 else 'td'
                t.append('<tr>' + ''.join(f'<{tg}>{e(c)}</{tg}>' for c in cells) + '</tr>')
            t.append('</table>'); out.append('\n'.join(t)); rows.clear()
    for x in paras:
        if x.startswith('|'):
            rows.append(x); continue
        flush()
        if x.startswith('# '):
            out.append(f'<{sub} class="sub">{e(x[2:])}</{sub}>')
        else:
            st = ' style="text-indent:2em"' if indent else ''
            out.append(f'<{ptag}{st}>{e(x)}</{ptag}>')
    flush()
    return '\n'.join(out)

BASECSS = 'body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333}a{color:#333;text-decoration:none}ul{margin:0;padding:0;list-style:none}'

def doc(p, css, body, lang='zh-CN', charset='utf-8'):
    t = gold_title(p)
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(t)}_{e(p["site"])}</title>
<style>{BASECSS}{css}</style>
</head>
<body>
{body}
</body>
</html>
'''

# ---------------- government ----------------
def gov_table(p):
    v = p.get('variant', 0); b = p['bar']
    bar = f'发布时间：{p["time"]}&nbsp;&nbsp;来源：{b["src"]}'
    if b.get('author'): bar += f'&nbsp;&nbsp;作者：{b["author"]}'
    bar += f'&nbsp;&nbsp;浏览次数：{b["views"]}&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】'
    nav = ['首页', '政务要闻', '信息公开', '政务服务', '互动交流', '走进' + p['site'][:3]]
    first = f'<p class="by">{e(p["firstline"])}</p>' if p.get('firstline') else ''
    cap = ''
    if p.get('caption'):
        cap = f'<p align="center">{img("演练现场", 600, 360)}</p><p class="cap" align="center">{e(p["caption"])}</p>'
    css = ('.wrap{width:1000px;margin:0 auto}.banner{background:#b5121b;color:#fff;height:110px}.banner td{font-size:30px;font-weight:bold;padding-left:30px}'
           '.nav td{background:#c9242c;color:#fff;text-align:center;height:36px}.nav a{color:#fff}.pos{font-size:12px;padding:8px}'
           '.tit{font-size:24px;font-weight:bold;color:#b5121b;text-align:center;padding:20px 0 10px}.bar{font-size:12px;color:#666;text-align:center;border-bottom:1px dashed #ccc}'
           '.ct{padding:20px 40px;font-size:16px}.tb{border-collapse:collapse;margin:10px auto}.foot{background:#eee;font-size:12px;text-align:center;padding:12px}'
           '.by{text-align:center;color:#555}.cap{font-size:13px;color:#666}')
    if v == 1:
        css = css.replace('#b5121b', '#0b4f9c').replace('#c9242c', '#1767b8')
    if v == 2:
        css = css.replace('#b5121b', '#a05a00').replace('#c9242c', '#c77700')
    bannerimg = img(p['site'] + '门户网站', 80, 80)
    return doc(p, css, f'''<table class="wrap" cellspacing="0" cellpadding="0">
<tr class="banner"><td>{bannerimg}{e(p["site"])}</td><td align="right" style="font-size:12px;padding-right:20px"><a href="#" style="color:#fff">设为首页</a> | <a href="#" style="color:#fff">加入收藏</a> | <a href="#" style="color:#fff">无障碍浏览</a></td></tr>
<tr><td colspan="2"><table width="100%" class="nav" cellspacing="0"><tr>{"".join(f'<td><a href="#">{n}</a></td>' for n in nav)}</tr></table></td></tr>
<tr><td colspan="2" class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">政务要闻</a> &gt; <a href="#">部门动态</a></td></tr>
<tr><td colspan="2">
<table width="100%" cellspacing="0">
<tr><td class="tit">{title_html(p)}</td></tr>
<tr><td class="bar">{bar}</td></tr>
<tr><td class="ct">
{first}{cap}
{body_html(p["paras"])}
</td></tr>
<tr><td align="right" style="padding:10px 40px">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</td></tr>
</table>
</td></tr>
<tr><td colspan="2" class="foot">主办：{e(p["site"])}办公室　承办：{e(p["site"][:-4] if p["site"].endswith("人民政府") else p["site"])}大数据中心<br>
联系电话：0{num(p["id"],5,900)+100}-{num(p["id"],6,9000000)+1000000}　{icp(p)}　{gongan(p)}<br>网站标识码：{CODE[p["prov"]]}{num(p["id"],7,100000000):08d}　建议使用1024×768分辨率浏览</td></tr>
</table>''', charset='gb2312' if v == 1 else 'utf-8')

def gov_div(p):
    v = p.get('variant', 0); b = p['bar']
    top = (f'<div class="topbar"><div class="w"><span>今天是：2025年{p["time"][5:7] if p["time"][4] in "-./" else "07"}月</span>'
           '<span class="r"><a href="#">无障碍</a> <a href="#">长者模式</a> <a href="#">简</a>/<a href="#">繁</a> <a href="#">English</a></span></div></div>')
    head = (f'<div class="head"><div class="w">{img(p["site"]+"徽标",60,60)}<span class="sn">{e(p["site"])}</span>'
            '<form class="so"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div></div>')
    nav = '<div class="nav"><div class="w">' + ''.join(f'<a href="#">{n}</a>' for n in ['首页', '要闻动态', '政府信息公开', '政务服务', '政民互动', '专题专栏']) + '</div></div>'
    crumb = '<div class="crumb w">您当前的位置：<a href="#">首页</a> &gt; <a href="#">要闻动态</a> &gt; <span>工作动态</span></div>'
    parts = [f'<span>发布时间：{e(p["time"])}</span>', f'<span>信息来源：{e(b["src"])}</span>']
    if b.get('author'): parts.insert(1 if v == 2 else 2, f'<span>作者：{e(b["author"])}</span>')
    parts.append('<span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span>')
    if v in (1, 3):  # glued bar
        info = '<div class="info glued">' + ''.join(parts) + '</div>'
    else:
        info = '<div class="info">' + '\n'.join(parts) + '</div>'
    body = body_html(p['paras'])
    if p.get('docno'):
        body = f'<p class="docno">{e(p["docno"])}</p>\n' + body
    end = f'<p class="endby">{e(p["endline"])}</p>' if p.get('endline') else ''
    share = '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'
    pn = '<div class="pn"><p>上一篇：<a href="#">区政府召开第十次常务会议</a></p><p>下一篇：<a href="#">关于开展“安全生产月”活动的通知</a></p></div>'
    rel = '<div class="rel"><h4>相关阅读</h4><ul><li><a href="#">我区召开优化营商环境工作推进会</a></li><li><a href="#">全区重点项目建设观摩活动举行</a></li><li><a href="#">区领导带队开展安全生产检查</a></li></ul></div>'
    qr = f'<div class="qr">{img("政务微信二维码",90,90)}<p>扫一扫在手机上查看当前页面</p></div>'
    title_block = f'<h1 class="tt">{title_html(p)}</h1>'
    if v == 2:
        art = title_block + info
    elif v == 3:
        art = info + title_block
    else:
        art = title_block + info
    tail = f'<div class="edt">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>'
    if v == 1:
        tail = f'<div class="edt">责任编辑：王丽娜　　审核：刘勇</div>' + tail
    foot = (f'<div class="foot"><div class="w"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>'
            f'<p>主办单位：{e(p["site"])}　承办单位：{e(p["site"])}办公室</p>'
            f'<p>{icp(p)}　{img("公安备案图标",14,14)}{gongan(p)}　网站标识码：{CODE[p["prov"]]}{num(p["id"],7,100000000):08d}</p>'
            f'<p>{img("党政机关",40,48)} {img("政府网站找错",90,40)}</p></div></div>')
    css = ('.w{max-width:1200px;margin:0 auto;padding:0 15px}.topbar{background:#f2f2f2;font-size:12px;line-height:32px}.topbar .r{float:right}.topbar a{margin-left:10px}'
           '.head{background:linear-gradient(#1a5fb4,#2f7fd8);height:120px;color:#fff}.head .w{display:flex;align-items:center;height:120px}.sn{font-size:32px;font-weight:bold;margin-left:12px;flex:1}'
           '.so input{width:220px;height:30px;border:0}.so button{height:32px;border:0;background:#ff9900;color:#fff}'
           '.nav{background:#0d4a94}.nav .w{display:flex}.nav a{flex:1;text-align:center;color:#fff;line-height:46px;font-size:16px}.crumb{font-size:13px;padding:12px 15px;color:#666}'
           '.art{max-width:1100px;margin:0 auto;background:#fff;padding:30px 50px;border:1px solid #e5e5e5}.tt{text-align:center;font-size:26px;color:#1a1a1a;line-height:1.5}'
           '.info{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding:10px 0;margin-bottom:20px}.info span{margin:0 10px}.info.glued span{margin:0}'
           '.art p{font-size:16px;line-height:2}.docno{text-align:center;text-indent:0!important}.endby{text-align:right}.share{margin-top:20px;font-size:13px}'
           '.pn{border-top:1px dashed #ccc;margin-top:15px;font-size:14px}.pn p{margin:4px 0;font-size:14px!important}.rel h4{border-left:4px solid #1a5fb4;padding-left:8px}.qr{text-align:center;font-size:12px}'
           '.edt{text-align:right;font-size:13px;color:#666}.foot{background:#0d4a94;color:#dfe9f5;font-size:13px;text-align:center;padding:20px 0;margin-top:30px}.foot a{color:#fff}')
    if v == 2:
        css = css.replace('#1a5fb4', '#c8161d').replace('#2f7fd8', '#e03a3e').replace('#0d4a94', '#9e0f14')
    if v == 3:
        css = css.replace('#1a5fb4', '#157a5c').replace('#2f7fd8', '#2aa07c').replace('#0d4a94', '#0f5c45')
    return doc(p, css, f'''{top}{head}{nav}{crumb}
<div class="art">
{art}
<div class="content" id="zoom">
{body}
{end}
</div>
{tail}{share}{qr}{pn}{rel}
</div>
{foot}''')

def gov_xxgk(p):
    v = p.get('variant', 0)
    rows = [('索引号', p['index'], '主题分类', p['topic']), ('发布机构', p['organ'], '成文日期', p['made']),
            ('标题', gold_title(p), None, None), ('文号', p['docno'] or '无', '发布日期', p['time'])]
    tr = []
    for a, bb, c, d in rows:
        if c is None:
            tr.append(f'<tr><th>{a}：</th><td colspan="3">{e(bb)}</td></tr>')
        else:
            tr.append(f'<tr><th>{a}：</th><td>{e(bb)}</td><th>{c}：</th><td>{e(d)}</td></tr>')
    table = '<table class="idx">' + ''.join(tr) + '</table>'
    docno = f'<p class="dn">{e(p["docno"])}</p>' if p['docno'] else ''
    side = '<div class="side"><h3>政府信息公开</h3><ul>' + ''.join(f'<li><a href="#">{x}</a></li>' for x in ['信息公开指南', '信息公开制度', '法定主动公开内容', '政策文件', '政策解读', '财政信息', '依申请公开', '信息公开年报']) + '</ul></div>'
    css = ('.hd{background:#b30000;color:#fff;padding:18px 40px;font-size:28px;font-weight:bold}.hd small{font-size:14px;font-weight:normal;margin-left:20px}'
           '.nv{background:#8c0000;padding:8px 40px}.nv a{color:#fff;margin-right:26px}.main{display:flex;max-width:1200px;margin:15px auto}.side{width:220px;background:#f7f2f2;margin-right:20px}'
           '.side h3{background:#b30000;color:#fff;margin:0;padding:10px}.side li{border-bottom:1px solid #e5d5d5;padding:8px 14px}.cnt{flex:1}'
           '.idx{width:100%;border-collapse:collapse;background:#fafafa;font-size:13px;margin-bottom:20px}.idx th,.idx td{border:1px solid #ddd;padding:6px 8px;text-align:left}.idx th{width:80px;color:#666}'
           '.t1{text-align:center;font-size:24px;color:#b30000;margin:20px 0 10px}.dn{text-align:center;color:#333}.tb{border-collapse:collapse;margin:10px auto;min-width:70%}.tb td,.tb th{text-align:center}'
           '.cnt p{font-size:16px}.fj{margin-top:20px;font-size:14px}.ft{border-top:3px solid #b30000;text-align:center;font-size:12px;color:#666;padding:16px}')
    if v == 1:
        css = css.replace('#b30000', '#0e5aa7').replace('#8c0000', '#0a4584').replace('#f7f2f2', '#eef4fb')
    if v == 2:
        css = css.replace('#b30000', '#2d6a4f').replace('#8c0000', '#1b4332')
    extra = ''
    if v == 2:
        extra = '<p class="fj">附件：<a href="#">2024年度部门决算报表.xls</a></p>'
    if v == 1:
        extra = '<p class="fj">附件：<a href="#">2025年第二季度食品安全监督抽检不合格产品信息.pdf</a></p>'
    return doc(p, css, f'''<div class="hd">{img("国徽",50,50)}{e(p["site"])}<small>政府信息公开平台</small></div>
<div class="nv"><a href="#">首页</a><a href="#">公开指南</a><a href="#">公开制度</a><a href="#">公开目录</a><a href="#">依申请公开</a><a href="#">公开年报</a></div>
<div class="main">{side}
<div class="cnt">
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 通知公告</div>
{table}
<h2 class="t1">{title_html(p)}</h2>
{docno}
{body_html(p["paras"])}
{extra}
<p style="text-align:right">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div></div>
<div class="ft">{e(p["site"])}　版权所有　{icp(p)}　{gongan(p)}<br>网站标识码：{CODE[p["prov"]]}{num(p["id"],7,100000000):08d}　地址：{e(p["site"][:3])}行政中心</div>''', charset='gb2312' if v == 1 else 'utf-8')

def gov_jiedu(p):
    css = ('.top{background:#004b8d;color:#fff;display:flex;justify-content:space-between;padding:12px 5%}.top b{font-size:24px}'
           '.crumb{padding:10px 5%;font-size:13px;background:#f5f7fa}.box{max-width:960px;margin:20px auto;padding:0 20px}.label{display:inline-block;background:#e84c3d;color:#fff;padding:2px 8px;font-size:13px}'
           'h1{font-size:26px;text-align:center}.meta{display:flex;justify-content:center;gap:24px;color:#777;font-size:13px}.sub{color:#004b8d}'
           '.links{background:#f2f6fb;padding:12px;margin-top:20px}.foot{text-align:center;color:#888;font-size:12px;border-top:1px solid #ddd;padding:16px}')
    return doc(p, css, f'''<div class="top"><b>{img("人社局徽标",36,36)}{e(p["site"])}</b><span><a href="#" style="color:#fff">长者模式</a> | <a href="#" style="color:#fff">无障碍</a> | <a href="#" style="color:#fff">登录</a></span></div>
<div class="crumb">首页 » 政策解读 » 部门解读</div>
<div class="box">
<span class="label">政策解读</span>
<h1>{title_html(p)}</h1>
<div class="meta"><span>{e(p["time"])}</span><span>来源：{e(p["bar"]["src"])}</span><span>浏览量：3,417</span></div>
<p style="text-align:center">{img("一图读懂长图",640,400)}</p>
{body_html([x if not (len(x) < 8 and x[1]=="、") else "# "+x for x in p["paras"]], sub="h3")}
<div class="links">相关文件：<a href="#">湛西市人民政府关于印发《湛西市稳就业促增收若干措施》的通知</a></div>
<p>扫一扫分享本页 {img("二维码",80,80)}</p>
</div>
<div class="foot">湛西市人力资源和社会保障局 主办　服务热线：12333　{icp(p)}　{gongan(p)}</div>''')

def gov_speech(p):
    css = ('.hd{background:#c00;color:#ff0;text-align:center;font-size:34px;font-family:KaiTi,serif;padding:20px}.nav{background:#900;text-align:center}.nav a{color:#fff;margin:0 16px;line-height:38px}'
           '.w{width:900px;margin:20px auto}.pos{font-size:12px;color:#666}h1{text-align:center;font-size:22px;margin-bottom:4px}.spk,.dt{text-align:center;font-family:KaiTi,serif;font-size:16px;margin:4px}'
           '.info{font-size:12px;color:#999;text-align:center;border-top:1px solid #eee;padding-top:6px}.ct p{font-size:16px;text-indent:2em}.sub{font-size:16px;font-weight:bold;text-indent:2em;margin:0}'
           '.ft{background:#900;color:#fff;text-align:center;font-size:12px;padding:14px;line-height:1.8}')
    return doc(p, css, f'''<div class="hd">{e(p["site"])}</div>
<div class="nav"><a href="#">首页</a><a href="#">领导之窗</a><a href="#">领导讲话</a><a href="#">政务公开</a><a href="#">办事服务</a></div>
<div class="w">
<div class="pos">首页 &gt; 领导之窗 &gt; 领导讲话</div>
<h1>{title_html(p)}</h1>
<p class="spk">{e(p["speaker"])}</p>
<p class="dt">{e(p["sub"])}</p>
<div class="info">发布日期：{e(p["time"])}　　来源：县政府办公室　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="ct">
{body_html([("# "+x) if (len(x)<20 and x[1]=="、") else x for x in p["paras"]], sub="p")}
</div>
<p style="text-align:center">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
</div>
<div class="ft">主办：{e(p["site"])}办公室　{icp(p)}<br>{gongan(p)}　网站标识码：{CODE[p["prov"]]}{num(p["id"],7,100000000):08d}</div>''')

# ---------------- media ----------------
def media_portal(p):
    v = p.get('variant', 0); b = p['bar']
    ch = ['首页', '时政', '本地', '社会', '财经', '文旅', '视频', '评论', '专题']
    auth = f'<span class="au">作者：{e(b["author"])}</span>' if b.get('author') else ''
    if v in (0, 2):
        info = f'<div class="info"><span class="time">{e(p["time"])}</span>　<span>来源：{e(b["src"])}</span>　{auth}</div>'
    else:
        info = f'<div class="info">{e(p["time"])}{"&nbsp;"*2}来源：{e(b["src"])}{"&nbsp;"*2}{auth}<span class="fr">字号：<a href="#">T</a>|<a href="#">T</a></span></div>'
    end = f'<p class="endby">{e(p["endline"])}</p>' if p.get('endline') else ''
    hot = '<div class="hot"><h3>热点排行</h3><ol>' + ''.join(f'<li><a href="#">{t}</a></li>' for t in ['今年高考报名人数公布', '多地发布高温预警', '这些新规下月起施行', '本周末天气早知道', '新一批重点项目名单出炉']) + '</ol></div>'
    css = ('.top{background:#222;color:#ccc;font-size:12px;padding:4px 20px}.logo{max-width:1200px;margin:0 auto;display:flex;align-items:center;padding:14px 10px}.logo b{font-size:34px;color:#c40000;margin-right:30px}'
           '.ch{background:#c40000}.ch div{max-width:1200px;margin:0 auto}.ch a{color:#fff;display:inline-block;padding:0 18px;line-height:42px;font-size:16px}'
           '.main{max-width:1200px;margin:20px auto;display:flex;gap:30px}.art{flex:1}.art h1{font-size:30px;line-height:1.4;margin:10px 0}.info{color:#888;font-size:14px;padding:8px 0;border-bottom:1px solid #eee}.fr{float:right}'
           '.art p{font-size:17px;line-height:1.9;margin:1em 0}.endby{text-align:right}.ed{text-align:right;color:#999;font-size:13px}.side{width:300px}.hot h3{border-bottom:2px solid #c40000}'
           '.ft{background:#f4f4f4;text-align:center;font-size:12px;color:#777;padding:20px}.rel li{line-height:2}')
    if v == 1:
        css = css.replace('#c40000', '#1b5e9e')
    if v == 2:
        css = css.replace('#c40000', '#008c8c')
    if v == 3:
        css = css.replace('#c40000', '#7a1f1f')
    crumb = '<div class="crumb">您的位置：<a href="#">首页</a> &gt; <a href="#">本地</a> &gt; 正文</div>'
    return doc(p, css, f'''<div class="top">{e(p["site"])}欢迎您！　<a href="#" style="color:#ccc">登录</a> | <a href="#" style="color:#ccc">注册</a> | <a href="#" style="color:#ccc">手机版</a></div>
<div class="logo"><b>{img(p["site"]+" logo",48,48)}{e(p["site"])}</b><form><input type="text" value="" placeholder="搜索新闻"><input type="submit" value="搜索"></form></div>
<div class="ch"><div>{"".join(f'<a href="#">{c}</a>' for c in ch)}</div></div>
<div class="main"><div class="art">
{crumb}
<h1>{title_html(p)}</h1>
{info}
<div class="text">
{body_html(p["paras"], indent=False)}
{end}
</div>
<p class="ed">{e(p["editor"])}</p>
<div class="share">分享到：<a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a></div>
<div class="rel"><h3>相关新闻</h3><ul><li><a href="#">多条民生工程加快推进</a></li><li><a href="#">一季度全市经济运行稳中向好</a></li><li><a href="#">城市更新行动取得新进展</a></li></ul></div>
</div><div class="side">{hot}<p>{img("扫码下载客户端",120,120)}<br>扫码下载{e(p["site"])}客户端</p></div></div>
<div class="ft"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">违法和不良信息举报</a></p>
<p>互联网新闻信息服务许可证：{CODE[p["prov"]]}120{num(p["id"],8,100000):05d}　{icp(p)}　{gongan(p)}</p><p>Copyright © 2010-2025 {e(p["site"])} All Rights Reserved</p></div>''')

def media_flex(p):
    v = p.get('variant', 0); b = p['bar']
    first = f'<p class="byl">{e(p["firstline"])}</p>' if p.get('firstline') else ''
    end = f'<p class="endby">{e(p["endline"])}</p>' if p.get('endline') else ''
    if v == 1:  # info bar with author above title (kicker style)
        head = f'<div class="meta">{e(p["time"])} · {e(b["src"])}</div><h1>{title_html(p)}</h1><div class="meta">{e(b["author"])}</div>'
        bottom = ''
    elif v == 2:
        head = f'<h1>{title_html(p)}</h1>'
        bottom = f'<div class="meta bottom">来源：{e(b["src"])}<br>发布时间：{e(p["time"])}</div>'
    else:
        head = f'<h1>{title_html(p)}</h1>'
        bottom = f'<div class="meta bottom"><span>{e(b["src"])}</span> <span>{e(p["time"])}</span> <span>阅读 1.2万</span></div>'
    cap = f'<figure>{img("现场图片",720,405)}<figcaption>图片来源：{e(p["site"])}</figcaption></figure>'
    css = ('header{display:flex;justify-content:space-between;align-items:center;padding:12px 6%;border-bottom:1px solid #eee}header b{font-size:26px;color:#0a66c2}'
           'header nav a{margin-left:18px}main{max-width:760px;margin:0 auto;padding:24px 16px}h1{font-size:32px;line-height:1.35}.meta{color:#8a8a8a;font-size:14px}.meta span{margin-right:12px}'
           'main p{font-size:18px;line-height:1.85}figure{margin:16px 0;text-align:center}figcaption{font-size:13px;color:#888}.byl{color:#555}.endby{text-align:right}.bottom{border-top:1px solid #eee;padding-top:10px}'
           '.ed{color:#999;font-size:14px}.tags a{display:inline-block;background:#f1f3f5;padding:2px 10px;border-radius:12px;margin-right:6px;font-size:13px}.more li{border-bottom:1px solid #f0f0f0;padding:10px 0}'
           'footer{background:#111;color:#aaa;font-size:12px;text-align:center;padding:22px}')
    if v == 1: css = css.replace('#0a66c2', '#b8860b')
    if v == 2: css = css.replace('#0a66c2', '#d7000f')
    return doc(p, css, f'''<header><b>{img(p["site"],40,40)}{e(p["site"])}</b><nav><a href="#">要闻</a><a href="#">城市</a><a href="#">民生</a><a href="#">视频</a><a href="#">下载APP</a></nav></header>
<main>
<article>
{head}
{first}
{cap if v != 1 else ""}
{body_html(p["paras"], indent=False)}
{end}
{bottom}
<p class="ed">{e(p["editor"])}</p>
</article>
<div class="tags"><a href="#">#城市</a><a href="#">#民生</a></div>
<section class="more"><h3>更多推荐</h3><ul><li><a href="#">周末去哪儿｜城郊赏花地图来了</a></li><li><a href="#">这些路段下周起临时封闭</a></li><li><a href="#">暴雨蓝色预警生效中</a></li></ul></section>
</main>
<footer>© 2025 {e(p["site"])}　{icp(p)}　{gongan(p)}　违法和不良信息举报电话：0{num(p["id"],9,900)+100}-12345678</footer>''')

def media_tv(p):
    v = p.get('variant', 0); b = p['bar']
    first = f'<p class="byl">{e(p["firstline"])}</p>' if p.get('firstline') else ''
    end = f'<p class="endby">{e(p["endline"])}</p>' if p.get('endline') else ''
    au = f'　作者：{e(b["author"])}' if b.get('author') else ''
    if v == 2:
        info = f'<div class="info">{e(b["src"])}{au}<br>{e(p["time"])}</div>'
    else:
        info = f'<div class="info">来源：{e(b["src"])}{au}　　{e(p["time"])}</div>'
    css = ('.bg{background:#0c1c3a;color:#fff}.bar{max-width:1180px;margin:0 auto;display:flex;align-items:center;height:80px}.bar b{font-size:28px}.bar nav{margin-left:auto}.bar nav a{color:#cfe0ff;margin-left:16px}'
           '.live{background:#e60012;color:#fff;padding:4px 12px;border-radius:3px}.wrap{max-width:1000px;margin:20px auto}.player{background:#000;color:#bbb;height:420px;display:flex;align-items:center;justify-content:center}'
           'h1{font-size:28px}.info{color:#999;font-size:14px;margin-bottom:12px}.wrap p{font-size:17px;line-height:1.9;text-indent:2em}.byl,.endby{text-indent:0!important}.endby{text-align:right}'
           '.ed{text-align:right;color:#888}.list li{display:inline-block;width:30%;margin:1%;font-size:14px}.ft{background:#0c1c3a;color:#8fa3c7;text-align:center;font-size:12px;padding:20px;line-height:2}')
    if v == 1: css = css.replace('#0c1c3a', '#3b1f5c')
    if v == 2: css = css.replace('#0c1c3a', '#114d2e')
    player = f'<div class="player">{img("视频播放器",64,64)} 点击播放视频</div>' if v != 2 else ''
    return doc(p, css, f'''<div class="bg"><div class="bar"><b>{img(p["site"]+"台标",48,48)}{e(p["site"])}</b><nav><a href="#">新闻</a><a href="#">直播</a><a href="#">点播</a><a href="#">栏目</a><a href="#">专题</a></nav><span class="live">直播</span></div></div>
<div class="wrap">
<p class="byl" style="font-size:13px">首页 / 新闻 / 本地</p>
<h1>{title_html(p)}</h1>
{info}
{player}
{first}
{body_html(p["paras"])}
{end}
<p class="ed">{e(p["editor"])}</p>
<h3>推荐视频</h3><ul class="list"><li>{img("视频缩略图",280,160)}<br>今日天气：全省大部晴转多云</li><li>{img("视频缩略图",280,160)}<br>民生热线：小区电梯加装进展如何</li><li>{img("视频缩略图",280,160)}<br>专题：乡村振兴新画卷</li></ul>
</div>
<div class="ft">{e(p["site"])} 版权所有　信息网络传播视听节目许可证：{num(p["id"],10,9000000)+1000000}号<br>{icp(p)}　{gongan(p)}</div>''')

def media_en(p):
    v = p.get('variant', 0); b = p['bar']
    by = ('By ' + ' and '.join(p['authors'])) if p['authors'] else ''
    if v == 0:
        meta = f'<div class="by">{e(by)} | {e(b["src"])} | Updated: {e(p["time"])}</div>'
    else:
        meta = f'<div class="by">Source: {e(b["src"])}</div><div class="by">{e(p["time"])}</div>'
    css = ('.mast{border-bottom:3px solid #003366;display:flex;align-items:baseline;padding:10px 5%}.mast b{font:700 34px Georgia,serif;color:#003366}.mast nav{margin-left:auto}.mast nav a{margin-left:14px;font:14px Arial}'
           '.wrap{max-width:820px;margin:20px auto;font-family:Georgia,serif}.sec{color:#a00;font:bold 13px Arial;text-transform:uppercase}h1{font-size:34px;line-height:1.25;margin:8px 0}'
           '.by{color:#666;font:14px Arial;margin:4px 0}.wrap p{font-size:18px;line-height:1.7}figure{margin:16px 0}figcaption{font:13px Arial;color:#777}.rel{border-top:1px solid #ddd;font:14px Arial}'
           '.ft{background:#003366;color:#cdd;text-align:center;font:12px Arial;padding:18px}')
    if v == 1: css = css.replace('#003366', '#5a0000')
    cap = f'<figure>{img("Photo",760,420)}<figcaption>A view of the site. [Photo provided to {e(p["site"])}]</figcaption></figure>'
    return doc(p, css, f'''<div class="mast"><b>{img(p["site"]+" logo",40,40)}{e(p["site"])}</b><nav><a href="#">China</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">中文</a></nav></div>
<div class="wrap">
<div class="sec">Home / Regional</div>
<h1>{title_html(p)}</h1>
{meta}
{cap}
{body_html(p["paras"], indent=False)}
<div class="by">Share: Facebook | X | LinkedIn | WeChat</div>
<div class="rel"><h3>Related Stories</h3><ul><li><a href="#">Trade routes boost regional economy</a></li><li><a href="#">New flights link northeast and south</a></li></ul></div>
</div>
<div class="ft">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to {e(p["site"])}.<br>{icp(p)}</div>''', lang='en')

# ---------------- self-media ----------------
def wechat(p):
    v = p.get('variant', 0)
    au = f'<span class="au">{e(p["wxauthor"])}</span> ' if p.get('wxauthor') else ''
    css = ('body{background:#fff}.rich{max-width:677px;margin:0 auto;padding:20px 16px}h1{font-size:22px;line-height:1.4;font-weight:400}.meta{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}'
           '.meta a{color:#576b95}.meta span{margin-right:8px}.rich p{font-size:17px;line-height:1.75;letter-spacing:.5px}.sub{color:#fff;background:#e07a5f;display:inline-block;padding:2px 10px;font-size:17px}'
           '.end{text-align:center;color:#999;font-size:14px}.qr{text-align:center;font-size:13px;color:#888}.tool{display:flex;justify-content:space-between;color:#576b95;font-size:14px;border-top:1px solid #eee;padding-top:12px}')
    if v == 1: css = css.replace('#e07a5f', '#3d7b2e')
    subs = 'h2' if v == 0 else 'p'
    return doc(p, css, f'''<div class="rich">
<h1>{title_html(p)}</h1>
<div class="meta">{"<span>原创</span>" if v==1 else ""}{au}<a href="#">{e(p["site"])}</a> <em>{e(p["time"])}</em> <span>{"广东" if p["prov"]=="广东" else "黑龙江"}</span></div>
<p style="text-align:center">{img("封面图",640,360)}</p>
{body_html(p["paras"], indent=False, sub=subs)}
<p class="end">— END —</p>
<div class="qr">{img("公众号二维码",160,160)}<p>长按识别二维码关注我们</p><p>编辑丨小梅　审核丨阿强</p></div>
<div class="tool"><span>阅读 3568</span><span>赞 126</span><span>分享</span><span>推荐 48</span></div>
<p style="font-size:14px;color:#999">留言 12</p>
</div>''')

def toutiao(p):
    css = ('.hd{height:56px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 24px}.hd b{color:#f04142;font-size:22px}.hd input{margin-left:40px;width:300px;height:30px;border:1px solid #ddd;border-radius:4px}'
           '.box{display:flex;max-width:1100px;margin:24px auto;gap:32px}.left{width:60px;text-align:center;color:#666;font-size:13px}.art{flex:1}h1{font-size:28px;line-height:1.4}'
           '.meta{color:#999;font-size:14px}.meta .nm{color:#222;margin-right:12px}.art p{font-size:18px;line-height:1.8}.right{width:300px}.card{border:1px solid #eee;padding:16px;text-align:center}'
           '.cm{border-top:1px solid #eee;margin-top:20px;color:#666}')
    return doc(p, css, f'''<div class="hd"><b>今日头条</b><input type="text" placeholder="搜索站内资讯、视频或用户"><span style="margin-left:auto">登录</span></div>
<div class="box">
<div class="left"><p>12<br>赞</p><p>3<br>评论</p><p>收藏</p><p>分享</p></div>
<div class="art">
<h1>{title_html(p)}</h1>
<div class="meta"><span class="nm">{e(p["authors"][0])}</span><span>{e(p["time"])}</span> · <span>四川</span></div>
{body_html(p["paras"], indent=False)}
<p style="color:#999;font-size:14px">举报/反馈</p>
<div class="cm"><h3>评论 3</h3><p>成都吃货小王：第二家我也吃过，确实好吃！</p><p>老街坊：燃面yyds</p></div>
</div>
<div class="right"><div class="card">{img("头像",60,60)}<p><b>{e(p["authors"][0])}</b></p><p>美食领域创作者</p><p>2.3万粉丝 · 关注</p></div>
<h4>相关推荐</h4><ul><li>成都十大必吃小吃排行</li><li>这碗面，成都人吃了几十年</li></ul></div>
</div>''')

def weibo(p):
    css = ('body{background:#f2f2f5}.top{background:#fff;height:50px;display:flex;align-items:center;padding:0 5%;border-bottom:1px solid #e6e6e6}.top b{color:#ff8200;font-size:22px}'
           '.card{max-width:600px;margin:16px auto;background:#fff;border-radius:6px;padding:16px}.u{display:flex;align-items:center;gap:10px}.nm{font-weight:bold;color:#ff8200}.tm{font-size:12px;color:#939393}'
           '.txt p{font-size:15px;line-height:1.7;margin:.4em 0}.pics img{margin:2px}.act{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:10px;color:#636363;font-size:13px}'
           '.cmt{max-width:600px;margin:0 auto;background:#fff;padding:12px 16px;font-size:13px}')
    return doc(p, css, f'''<div class="top"><b>微博</b><input style="margin-left:30px" placeholder="搜索微博"><span style="margin-left:auto">首页 视频 发现 游戏 | 登录 注册</span></div>
<div class="card">
<div class="u">{img("头像",48,48)}<div><div class="nm">{e(p["authors"][0])}</div><div class="tm">{e(p["time"])} 来自 iPhone 15 Pro　已编辑</div></div><span style="margin-left:auto;color:#ff8200">+关注</span></div>
<div class="txt">
{body_html(p["paras"], indent=False)}
</div>
<div class="pics">{img("图片",180,180)}{img("图片",180,180)}{img("图片",180,180)}</div>
<p class="tm">{img("定位",12,12)}青海·茶卡盐湖</p>
<div class="act"><span>转发 86</span><span>评论 214</span><span>赞 1532</span></div>
</div>
<div class="cmt"><p><b>爱旅行的猫</b>：下周就要去了，感谢提醒！</p><p><b>西宁本地人</b>：夏天高原天气就是这样，说变就变。</p><p>查看全部214条评论 &gt;</p></div>''')

def baijia(p):
    css = ('.hd{background:#fff;box-shadow:0 1px 4px #ddd;padding:10px 8%;display:flex;align-items:center}.hd b{color:#2932e1;font-size:20px}'
           '.wrap{max-width:900px;margin:24px auto;padding:0 16px}h1{font-size:28px}.au{display:flex;align-items:center;gap:10px;color:#999;font-size:13px}.au b{color:#333;font-size:15px}'
           '.wrap p{font-size:18px;line-height:1.8}.stmt{font-size:13px!important;color:#aaa}.rec li{line-height:2}')
    return doc(p, css, f'''<div class="hd"><b>{img("百度",30,30)}百家号</b><span style="margin-left:auto">百度首页　登录</span></div>
<div class="wrap">
<h1>{title_html(p)}</h1>
<div class="au">{img("作者头像",40,40)}<div><b>{e(p["authors"][0])}</b><br>发布时间：{e(p["time"])}　广东　优质社会领域创作者</div><span style="margin-left:auto;border:1px solid #2932e1;color:#2932e1;padding:2px 12px">关注</span></div>
<p style="text-align:center">{img("书屋内景",640,400)}</p>
{body_html(p["paras"], indent=False)}
<p class="stmt">本文为作者原创，未经授权禁止转载。举报/反馈</p>
<div class="rec"><h3>相关推荐</h3><ul><li>深圳这家社区图书馆火了</li><li>退休后她做了一件暖心事</li><li>小区里的“邻里节”办起来了</li></ul></div>
</div>''')

def appshare(p):
    css = ('body{background:#f7f7f7}.open{position:sticky;top:0;background:#c8102e;color:#fff;display:flex;align-items:center;padding:8px 12px;font-size:14px}.open span{margin-left:auto;background:#fff;color:#c8102e;border-radius:14px;padding:2px 12px}'
           '.a{max-width:640px;margin:0 auto;background:#fff;padding:16px}h1{font-size:22px;line-height:1.45}.m{font-size:13px;color:#999}.a p{font-size:17px;line-height:1.8}'
           '.byl{color:#666;font-size:15px!important}.ft{text-align:center;font-size:12px;color:#999;padding:16px}')
    return doc(p, css, f'''<div class="open">{img("川观新闻",24,24)} {e(p["site"])} 打开APP阅读体验更佳<span>打开</span></div>
<div class="a">
<h1>{title_html(p)}</h1>
<div class="m">{e(p["site"])}　{e(p["time"])}　阅读 2.1万</div>
<p class="byl">{e(p["firstline"])}</p>
{body_html(p["paras"], indent=False)}
<p class="m">编辑：王璐　责任编辑：宋扬</p>
<p class="m">{img("点赞",16,16)} 赞 88　　{img("分享",16,16)} 分享</p>
<h4>推荐阅读</h4><ul><li>甘孜：高原学校的新学期</li><li>大学生暑期“三下乡”在行动</li></ul>
</div>
<div class="ft">下载川观新闻APP，看更多精彩内容</div>''')

# ---------------- e-paper ----------------
def epaper(p):
    v = p.get('variant', 0)
    eds = ['A01', 'A02', 'A03', 'A04', 'A05', 'A06'] if p['edition'].startswith('A') else ['第01版', '第02版', '第03版', '第04版', '第05版', '第06版']
    if v == 2: eds = ['第1版', '第2版', '第3版', '第4版']
    ednames = ['要闻', '本地新闻', '县域经济', '综合', '城事', '副刊']
    nav = ''.join(f'<li><a href="#">{x}：{ednames[i % len(ednames)] if x != p["edition"] else p["edname"]}</a></li>' for i, x in enumerate(eds))
    gt = gold_title(p)
    titles = [gt] + p['others']
    if v in (1, 3): titles = p['others'][:1] + [gt] + p['others'][1:]
    tl = ''.join(f'<li><a href="#">{e(t)}</a></li>' for t in titles)
    stack = ''
    if p.get('yinti'): stack += f'<h3 class="yt">{e(p["yinti"])}</h3>'
    stack += f'<h1 class="zt">{title_html(p)}</h1>'
    if p.get('futi'): stack += f'<h2 class="ft2">{e(p["futi"])}</h2>'
    first = f'<p class="byl">{e(p["firstline"])}</p>' if p.get('firstline') else ''
    end = f'<p class="endby">{e(p["endline"])}</p>' if p.get('endline') else ''
    datebar = f'<div class="date">{e(p["site"])}　{e(p["time"])}　{e(p["edition"])}：{e(p["edname"])}</div>'
    css = ('body{background:#e9e4d8}.mast{background:#8b0000;color:#fff;padding:10px 20px;display:flex;align-items:center}.mast b{font:bold 30px STKaiti,KaiTi,serif}.mast span{margin-left:auto;font-size:13px}'
           '.frame{display:flex;max-width:1280px;margin:10px auto;gap:10px}.l{width:200px;background:#fff;font-size:13px}.l h4,.r h4{background:#8b0000;color:#fff;margin:0;padding:6px}.l li{padding:4px 8px;border-bottom:1px dotted #ccc}'
           '.c{width:360px;background:#fff;text-align:center}.r{flex:1;background:#fff;padding:0 24px 20px}.yt{font-size:16px;color:#555;text-align:center;margin:16px 0 0}.zt{font-size:30px;text-align:center;margin:6px 0}'
           '.ft2{font-size:17px;color:#555;text-align:center;margin:0 0 10px;font-weight:normal}.r p{font-size:16px;line-height:1.9;text-indent:2em}.byl,.endby{text-indent:0!important;text-align:center}.endby{text-align:right!important}'
           '.date{font-size:13px;color:#8b0000;border-bottom:1px solid #ddd;padding:8px 0}.pager{text-align:center;font-size:13px}.bot{text-align:center;font-size:12px;color:#666;padding:10px}')
    if v == 2: css = css.replace('#8b0000', '#1f4e79')
    if v == 3: css = css.replace('#8b0000', '#2e5e3e')
    if v == 4: css = css.replace('#8b0000', '#6b3fa0')
    left = f'<div class="l"><h4>版面导航</h4><ul>{nav}</ul><p class="pager"><a href="#">上一版</a>　<a href="#">下一版</a></p><h4>往期回顾</h4><p>{img("日历",180,140)}</p></div>'
    center = f'<div class="c"><p>{e(p["edition"])}：{e(p["edname"])}</p>{img("版面缩略图",340,520)}<p><a href="#">PDF版下载</a></p><h4 style="text-align:left">本版标题</h4><ol style="text-align:left">{tl}</ol></div>'
    right = f'<div class="r">{datebar}{stack}{first}{body_html(p["paras"])}{end}<p class="pager"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p></div>'
    if v in (2, 4):
        frame = left + right + center
    else:
        frame = left + center + right
    return doc(p, css, f'''<div class="mast"><b>{e(p["site"])}</b><span>数字报　{e(p["time"])}　<a href="#" style="color:#fff">往期</a>　<a href="#" style="color:#fff">检索</a></span></div>
<div class="frame">{frame}</div>
<div class="bot">{e(p["site"])}社版权所有　未经书面授权不得转载　{icp(p)}<br>技术支持：方正电子</div>''', charset='gb2312' if v == 3 else 'utf-8')

# ---------------- institution ----------------
def inst_univ(p):
    b = p['bar']
    css = ('.hd{background:#00529b;color:#fff;padding:14px 6%;display:flex;align-items:center}.hd b{font-size:28px;margin-left:10px}.hd nav{margin-left:auto}.hd nav a{color:#fff;margin-left:18px}'
           '.ban{height:140px;background:linear-gradient(90deg,#00529b,#5fa3d9)}.wrap{max-width:1100px;margin:-60px auto 30px;background:#fff;padding:30px 60px;box-shadow:0 2px 10px #ccc}'
           'h1{text-align:center;font-size:26px}.info{text-align:center;color:#888;font-size:13px}.wrap p{font-size:16px;line-height:2;text-indent:2em}.cap{text-align:center;text-indent:0!important;color:#777;font-size:13px!important}'
           '.sig{text-align:right}.pn{font-size:14px;border-top:1px solid #eee}.ft{background:#003a70;color:#bcd;text-align:center;font-size:12px;padding:20px;line-height:2}')
    return doc(p, css, f'''<div class="hd">{img("校徽",56,56)}<b>{e(p["site"])}</b><nav><a href="#">学校概况</a><a href="#">新闻网</a><a href="#">教育教学</a><a href="#">科学研究</a><a href="#">招生就业</a><a href="#">English</a></nav></div>
<div class="ban"></div>
<div class="wrap">
<p style="text-indent:0;font-size:13px">首页 &gt; 校园要闻 &gt; 正文</p>
<h1>{title_html(p)}</h1>
<div class="info">作者：{e(b["author"])}　来源：{e(b["src"])}　发布时间：{e(p["time"])}　点击数：2356</div>
<p class="cap">{img("获奖合影",600,380)}</p>
<p class="cap">“南岭”机器人战队队员赛后合影（摄影：{e(p["photo"])}）</p>
{body_html(p["paras"])}
<p class="sig">{e(p["editor"])}</p>
<div class="pn"><p>上一条：我校举办2025年春季校园招聘会</p><p>下一条：学校召开本科教学工作会议</p></div>
</div>
<div class="ft">地址：广东省江门市学府路88号　邮编：529000　电话：0750-3{num(p["id"],11,1000000):06d}<br>版权所有 © {e(p["site"])}　{icp(p)}　{gongan(p)}</div>''')

def inst_hosp(p):
    b = p['bar']
    css = ('.t{background:#f0f8f6;font-size:12px;padding:6px 8%;color:#666}.hd{display:flex;align-items:center;padding:16px 8%}.hd b{font-size:26px;color:#00796b;margin-left:10px}.hd .tel{margin-left:auto;color:#00796b}'
           '.nv{background:#00796b}.nv a{color:#fff;display:inline-block;padding:0 22px;line-height:44px}.main{display:grid;grid-template-columns:240px 1fr;gap:24px;max-width:1180px;margin:20px auto}'
           '.side h3{background:#00796b;color:#fff;margin:0;padding:8px 12px}.side li{padding:8px 12px;border-bottom:1px solid #e0eeeb}h1{font-size:24px;text-align:center}.info{text-align:center;font-size:13px;color:#999;background:#f7f7f7;padding:6px}'
           '.art p{font-size:16px;line-height:1.9;text-indent:2em}.ft{background:#004d40;color:#b2dfdb;text-align:center;font-size:12px;padding:20px;line-height:2}')
    return doc(p, css, f'''<div class="t">欢迎访问{e(p["site"])}官方网站　<a href="#">长者模式</a>　<a href="#">无障碍</a></div>
<div class="hd">{img("医院院徽",60,60)}<b>{e(p["site"])}</b><span class="tel">预约挂号：0817-2{num(p["id"],12,1000000):06d}</span></div>
<div class="nv"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">健康科普</a></div>
<div class="main"><div class="side"><h3>新闻中心</h3><ul><li>医院新闻</li><li>媒体报道</li><li>通知公告</li><li>党建动态</li></ul>
<h3>快速通道</h3><ul><li>预约挂号</li><li>报告查询</li><li>门诊排班</li></ul></div>
<div class="art">
<h1>{title_html(p)}</h1>
<div class="info">发布时间：{e(p["time"])}　|　发布科室：{e(b["src"])}　|　作者：{e(b["author"])}　|　浏览：1027次</div>
<p style="text-align:center">{img("手术现场",560,360)}</p>
{body_html(p["paras"])}
<p style="text-align:right">初审：李倩　复审：周明　终审：杨建</p>
<p>上一篇：我院开展“世界献血者日”宣传活动<br>下一篇：医院召开2025年医疗质量安全工作会议</p>
</div></div>
<div class="ft">地址：四川省南充市文化路139号　急诊电话：120<br>{e(p["site"])} 版权所有　{icp(p)}　{gongan(p)}</div>''')

def inst_soe(p):
    css = ('table.frame{width:1000px;margin:0 auto;border-collapse:collapse}.logo{background:#154734;color:#fff;font-size:26px;font-weight:bold;height:90px;padding-left:20px}'
           '.nv td{background:#1f6b4e;text-align:center;color:#fff;line-height:36px}.sidebar{width:220px;vertical-align:top;background:#f3f7f5}.sidebar p{border-bottom:1px solid #d5e4dc;padding:6px 12px;margin:0}'
           '.ct{vertical-align:top;padding:16px 30px}.tit{font-size:22px;font-weight:bold;text-align:center;color:#154734}.inf{text-align:center;font-size:12px;color:#777;border-bottom:1px solid #ccc;padding-bottom:6px}'
           '.ct p{font-size:15px;line-height:2;text-indent:2em}.endby{text-align:right}.ft{background:#154734;color:#cde;text-align:center;font-size:12px;padding:14px}')
    return doc(p, css, f'''<table class="frame">
<tr><td class="logo" colspan="2">{img("集团标识",60,60)}{e(p["site"])}</td></tr>
<tr><td colspan="2"><table width="100%" class="nv"><tr><td>首页</td><td>集团概况</td><td>新闻中心</td><td>党建工作</td><td>产业板块</td><td>安全环保</td><td>人力资源</td></tr></table></td></tr>
<tr><td class="sidebar"><p><b>新闻中心</b></p><p>集团要闻</p><p>基层动态</p><p>媒体聚焦</p><p>图片新闻</p></td>
<td class="ct">
<p style="text-indent:0;font-size:12px">当前位置：首页 &gt;&gt; 新闻中心 &gt;&gt; 集团要闻</p>
<div class="tit">{title_html(p)}</div>
<div class="inf">日期：{e(p["time"])}　来源：{e(p["bar"]["src"])}　阅读：668</div>
{body_html(p["paras"])}
<p class="endby">{e(p["endline"])}</p>
<p style="text-indent:0">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</td></tr>
<tr><td colspan="2" class="ft">{e(p["site"])}　版权所有　地址：青海省格尔木市盐湖路1号<br>{icp(p)}　{gongan(p)}</td></tr>
</table>''', charset='gb2312')

def inst_court(p):
    css = ('.hd{background:#7b0c0c url() no-repeat;color:#f5d67b;padding:18px 8%;display:flex;align-items:center}.hd b{font-size:30px;margin-left:12px;font-family:SimHei}'
           '.nv{background:#a31919}.nv a{color:#fff;padding:0 20px;line-height:42px;display:inline-block}.w{max-width:1000px;margin:20px auto}.pos{font-size:13px;color:#888}'
           'h1{text-align:center;color:#7b0c0c;font-size:26px}.meta{display:flex;justify-content:center;gap:20px;font-size:13px;color:#888;border-bottom:2px solid #a31919;padding-bottom:8px}'
           '.w p{font-size:16px;line-height:2;text-indent:2em}.ft{background:#7b0c0c;color:#f1d9d9;text-align:center;font-size:12px;padding:18px;line-height:2}')
    return doc(p, css, f'''<div class="hd">{img("法徽",64,64)}<b>{e(p["site"])}</b></div>
<div class="nv"><a href="#">首页</a><a href="#">法院概况</a><a href="#">审判动态</a><a href="#">司法公开</a><a href="#">诉讼服务</a><a href="#">以案释法</a></div>
<div class="w">
<div class="pos">当前位置：首页 &gt; 审判动态</div>
<h1>{title_html(p)}</h1>
<div class="meta"><span>{e(p["time"])}</span><span>来源：{e(p["bar"]["src"])}</span><span>【<a href="#">大</a><a href="#">中</a><a href="#">小</a>】</span></div>
{body_html(p["paras"])}
<p style="text-align:right">责任编辑：周慧</p>
<p style="text-indent:0">上一篇：东湖法院召开2024年度工作总结会<br>下一篇：法官进社区开展普法宣传</p>
</div>
<div class="ft">{e(p["site"])}　地址：齐齐哈尔市东湖区法苑路6号　诉讼服务热线：12368<br>{icp(p)}　{gongan(p)}</div>''')

def inst_assoc(p):
    css = ('.hd{border-top:6px solid #d35400;display:flex;align-items:center;padding:14px 8%}.hd b{font-size:26px;color:#d35400;margin-left:10px}.hd form{margin-left:auto}'
           '.nv{background:#333}.nv a{color:#fff;display:inline-block;padding:0 18px;line-height:40px}.w{max-width:900px;margin:24px auto}.tag{color:#d35400;font-size:14px}'
           'h1{font-size:24px;text-align:center}.meta{text-align:center;color:#999;font-size:13px}.w p{font-size:16px;line-height:1.9}.ft{border-top:1px solid #ddd;text-align:center;font-size:12px;color:#888;padding:18px}')
    body = body_html(p['paras'], indent=True)
    return doc(p, css, f'''<div class="hd">{img("协会会徽",50,50)}<b>{e(p["site"])}</b><form><input placeholder="站内搜索"><button type="button">搜索</button></form></div>
<div class="nv"><a href="#">首页</a><a href="#">协会简介</a><a href="#">通知公告</a><a href="#">行业资讯</a><a href="#">粤菜师傅</a><a href="#">会员服务</a><a href="#">联系我们</a></div>
<div class="w">
<p class="tag">通知公告</p>
<h1>{title_html(p)}</h1>
<p class="meta">发布：{e(p["bar"]["src"])}　　时间：{e(p["time"])}</p>
{body}
<p>附件：<a href="#">第六届粤菜师傅技能大赛报名表.docx</a></p>
<p style="font-size:13px;color:#999">分享：微信　微博　复制链接</p>
</div>
<div class="ft">{e(p["site"])}　地址：广州市越秀区东风中路311号　电话：020-8356 2719<br>{icp(p)}　{gongan(p)}</div>''')

TPL = {k: v for k, v in globals().items() if callable(v) and k.split('_')[0] in ('gov', 'media', 'inst') or k in ('wechat', 'toutiao', 'weibo', 'baijia', 'appshare', 'epaper')}

def gold(p):
    return {'id': p['id'], 'set': SET, 'lang': p.get('lang', 'zh'), 'kind': p['kind'], 'title': gold_title(p),
            'authors': p['authors'], 'publish_time': p['time'], 'body_paragraphs': [gold_para(x) for x in p['paras']]}

def main():
    pages = G + M + O
    assert len(pages) == 40 and len({p['id'] for p in pages}) == 40
    os.makedirs(os.path.join(ROOT, 'html'), exist_ok=True); os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    for p in pages:
        with open(os.path.join(ROOT, 'html', p['id'] + '.html'), 'w', encoding='utf-8') as f:
            f.write(TPL[p['tpl']](p))
        with open(os.path.join(ROOT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold(p), f, ensure_ascii=False, indent=2); f.write('\n')
    print('built', len(pages))

if __name__ == '__main__':
    main()
