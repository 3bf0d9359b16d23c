"""HTML skeletons for the zh-blind195 pages. Each takes (page, build-module) and returns the html."""
import html as H
E = H.escape

def info_html(p, cls="info"):
    return f'<div class="{cls}">{E(p["info"])}</div>' if p.get("info") else ""

def stack(p, B):
    o = ""
    if p.get("pre"): o += f'<div class="yt">{E(p["pre"])}</div>'
    t = p.get("title_html") or E(p["title"])
    o += f'<h1>{t}</h1>'
    if p.get("sub"): o += f'<div class="ft">{E(p["sub"])}</div>'
    return o

def place(p, head, info, body):
    pos = p.get("pos", "below")
    if pos == "above": return info + head + body
    if pos == "bottom": return head + body + info
    return head + info + body

# ---------------------------------------------------------------- government
def gov_table(p, B):
    css = """body{margin:0;font:14px/1.8 SimSun,serif;background:#e9eef3}
table.w{width:1000px;margin:0 auto;background:#fff;border-collapse:collapse}
.ban{height:110px;background:#b31b1b;color:#fff;font-size:30px;font-weight:bold;padding-left:30px}
.nav td{background:#8f1010;text-align:center}.nav a{color:#fff;text-decoration:none}
h1{font-size:22px;color:#b31b1b;text-align:center;margin:18px 0 6px}
.info{text-align:center;color:#666;font-size:12px;border-bottom:1px dashed #ccc;padding-bottom:6px}
.ct p{text-indent:2em;margin:6px 0}.ct{padding:10px 40px}.dt{border-collapse:collapse;margin:auto}.dt td{padding:2px 8px}
.tool{text-align:right;padding:0 40px}.footer{background:#8f1010;color:#fff;text-align:center;font-size:12px;padding:8px}.footer p{margin:2px}
.cap{text-align:center;text-indent:0!important;color:#555}.pn{padding:0 40px;font-size:13px}"""
    nav = "".join(f'<td><a href="#">{E(x)}</a></td>' for x in p.get("nav", ["首页","政务公开","政务动态","政策解读","办事服务","互动交流","走进本县"]))
    head = stack(p, B)
    body = f'<div class="ct">{B.body_html(p)}</div>'
    ed = f'<div class="tool">{E(p["ed"])}</div>' if p.get("ed") else ""
    main = place(p, head, info_html(p), body) + ed
    html = f"""<table class="w"><tr><td class="ban">{B.img(p['site']+'门户网站')}{E(p['site'])}</td></tr>
<tr><td><table class="nav" width="100%"><tr>{nav}</tr></table></td></tr>
<tr><td style="font-size:12px;padding:4px 20px">您现在的位置：{B.links(p.get('crumb',['首页','政务动态']),' &gt;&gt; ')} &gt;&gt; 正文</td></tr>
<tr><td>{main}</td></tr>
<tr><td class="tool">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td class="pn"><p>上一篇：{E(p.get('prev','无'))}</p><p>下一篇：{E(p.get('next','无'))}</p></td></tr>
<tr><td>{B.footer(p)}</td></tr></table>"""
    return B.page(p, css, html)

def gov_div(p, B):
    c = p.get("color", "#1a5aa6")
    css = f"""body{{margin:0;font:16px/1.9 "Microsoft YaHei",sans-serif;color:#333}}
.top{{background:#f2f2f2;font-size:12px;padding:4px 8%;display:flex;justify-content:space-between}}.top a{{margin:0 6px;color:#555}}
.hd{{background:{c};color:#fff;padding:26px 8%;display:flex;justify-content:space-between;align-items:center}}.hd .nm{{font-size:32px;font-weight:bold;letter-spacing:2px}}
.nav{{background:#fff;border-bottom:3px solid {c};padding:0 8%}}.nav a{{display:inline-block;padding:10px 18px;color:#222;text-decoration:none}}
.crumb{{padding:10px 8%;font-size:13px;color:#777}}.main{{margin:0 8%;border:1px solid #ddd;padding:30px 60px}}
h1{{font-size:26px;text-align:center;margin:0 0 12px;color:#222}}.yt,.ft{{text-align:center;color:#444}}
.info{{font-size:13px;color:#888;text-align:center;border-bottom:1px solid #e5e5e5;padding-bottom:10px;margin-bottom:18px}}
.fs{{font-size:13px;color:#888;text-align:right}}.ct p{{text-indent:2em;margin:0 0 12px}}.ct h3{{font-size:17px;margin:14px 0 8px}}
.dt{{border-collapse:collapse;width:100%;margin:8px 0}}.dt td{{border:1px solid #999;padding:4px 8px;font-size:14px}}
blockquote{{border-left:4px solid {c};margin:10px 0;padding:4px 14px;background:#f6f8fb}}.cap{{text-align:center;text-indent:0!important;font-size:14px;color:#666}}
.ed,.by{{text-align:right}}.tools{{text-align:right;font-size:13px;margin-top:20px}}.pn{{border-top:1px dashed #ccc;margin-top:16px;font-size:14px}}
.share{{font-size:13px;color:#666}}.qr{{font-size:12px;color:#999;text-align:center}}
.footer{{background:#333;color:#bbb;text-align:center;font-size:13px;padding:16px;margin-top:30px}}.footer p{{margin:2px}}"""
    head = stack(p, B)
    fs = '<div class="fs">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>' if p.get("fs", True) else ""
    body = f'<div class="ct">{B.body_html(p)}</div>'
    ed = f'<p class="ed">{E(p["ed"])}</p>' if p.get("ed") else ""
    rel = ""
    if p.get("related"):
        rel = '<div class="rel"><h4>相关阅读</h4><ul>' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in p["related"]) + "</ul></div>"
    html = f"""<div class="top"><span>欢迎访问{E(p['site'])}！今天是{E(p.get('today','2025年3月18日 星期二'))}</span><span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体版</a><a href="#">移动版</a></span></div>
<div class="hd"><span class="nm">{B.img(p['site'])}{E(p['site'])}</span><form><input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div>
<div class="nav">{B.links(p.get('nav',['首页','政务动态','信息公开','政务服务','政民互动','专题专栏']))}</div>
<div class="crumb">当前位置：{B.links(p.get('crumb',['首页','政务动态']),' &gt; ')}</div>
<div class="main">{place(p, head, info_html(p) + fs, body)}{ed}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="tools">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="pn"><p>上一篇：<a href="#">{E(p.get('prev','无'))}</a></p><p>下一篇：<a href="#">{E(p.get('next','无'))}</a></p></div>{rel}</div>
{B.footer(p)}
<div class="qr">{B.img('政务微信二维码')}扫一扫在手机打开当前页</div>"""
    return B.page(p, css, html)

def gov_xxgk(p, B):
    css = """body{margin:0;font:15px/1.8 "Microsoft YaHei",sans-serif;background:#f4f6f9}
.hd{background:linear-gradient(#1d4f91,#163d70);color:#fff;padding:20px 10%;font-size:28px;font-weight:bold}
.sub{background:#fff;padding:6px 10%;font-size:13px}.sub a{margin-right:14px}
.wrap{width:1100px;margin:14px auto;background:#fff;padding:24px 40px}
table.idx{width:100%;border-collapse:collapse;font-size:13px;margin-bottom:20px;background:#f8fbff}table.idx td{border:1px solid #cfdcec;padding:6px 10px}table.idx td.k{color:#1d4f91;width:90px;white-space:nowrap}
h1{text-align:center;font-size:24px;color:#c00;margin:20px 0 8px}.docno{text-align:center;font-size:15px}
.info{text-align:center;font-size:13px;color:#999}.ct p{text-indent:2em;margin:0 0 10px}.ct p.right{text-align:right}.ct h3{font-size:16px}
.dt{border-collapse:collapse;width:100%}.dt td{border:1px solid #666;padding:3px 6px;font-size:14px;text-align:center}
.att{margin-top:16px;font-size:14px}.footer{text-align:center;font-size:12px;color:#666;padding:16px}.footer p{margin:2px}"""
    idx = "".join(f'<tr><td class="k">{E(a)}</td><td>{E(b)}</td><td class="k">{E(c)}</td><td>{E(d)}</td></tr>' for a, b, c, d in p["idx"])
    docno = f'<div class="docno">{E(p["docno"])}</div>' if p.get("docno") else ""
    head = stack(p, B) + docno
    body = f'<div class="ct">{B.body_html(p)}</div>'
    att = f'<div class="att">附件：{B.links(p["att"], "<br>")}</div>' if p.get("att") else ""
    html = f"""<div class="hd">{E(p['site'])}·政府信息公开</div>
<div class="sub">{B.links(['信息公开指南','信息公开制度','法定主动公开内容','信息公开年报','依申请公开'])}<span>　搜索：<input type="text"></span></div>
<div class="wrap"><div style="font-size:13px;color:#888">当前位置：{B.links(p.get('crumb',['首页','政府信息公开','通知公告']),' &gt; ')}</div>
<table class="idx">{idx}</table>
{place(p, head, info_html(p), body)}{att}
<p style="text-align:right;font-size:13px">【<a href="#">打印</a>】【<a href="#">关闭</a>】　浏览次数：{p.get('views','1024')}</p></div>
{B.footer(p)}"""
    return B.page(p, css, html)

# ---------------------------------------------------------------- media
def media_portal(p, B):
    c = p.get("color", "#c40000")
    css = f"""body{{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#222}}
.tb{{background:#f5f5f5;font-size:12px;padding:3px 40px}}.tb a{{margin-right:10px;color:#666}}
.hd{{display:flex;align-items:center;gap:30px;padding:14px 40px;border-bottom:2px solid {c}}}.logo{{font-size:30px;font-weight:bold;color:{c}}}
.nav a{{margin-right:16px;color:#333;text-decoration:none}}.wrap{{display:flex;gap:30px;padding:0 40px;max-width:1200px;margin:auto}}
.art{{flex:1}}.side{{width:300px;font-size:14px}}.crumb{{font-size:13px;color:#888;margin:12px 0}}
h1{{font-size:30px;line-height:1.4;margin:10px 0}}.yt,.ft{{color:#555;font-size:18px}}.info{{font-size:13px;color:#999;margin:8px 0 16px}}
.ct p{{margin:0 0 16px;text-indent:2em}}.ct h3{{font-size:18px;color:{c}}}.cap{{text-align:center!important;text-indent:0!important;color:#666;font-size:14px}}
.dt{{border-collapse:collapse;width:100%}}.dt td{{border:1px solid #ccc;padding:4px}}blockquote{{color:#555;border-left:3px solid #ccc;margin:0;padding-left:12px}}
.ed{{text-align:right;color:#999;font-size:13px}}.share span{{display:inline-block;border:1px solid #ddd;border-radius:12px;padding:0 10px;margin-right:6px;font-size:12px}}
.side h4{{border-left:4px solid {c};padding-left:8px}}.footer{{background:#222;color:#999;font-size:12px;text-align:center;padding:18px;margin-top:30px}}.footer p{{margin:2px}}"""
    head = stack(p, B)
    body = f'<div class="ct">{B.body_html(p)}</div>'
    ed = f'<p class="ed">{E(p["ed"])}</p>' if p.get("ed") else ""
    rel = "".join(f'<li><a href="#">{E(x)}</a></li>' for x in p.get("related", []))
    hot = "".join(f'<li><a href="#">{E(x)}</a></li>' for x in p.get("hot", []))
    html = f"""<div class="tb">{B.links(p.get('tb',['登录','注册','客户端','报料']))}</div>
<div class="hd"><span class="logo">{B.img(p['site']+' logo')}{E(p['site'])}</span><span class="nav">{B.links(p.get('nav',['首页','时政','本地','财经','社会','文旅','视频','评论']))}</span></div>
<div class="wrap"><div class="art"><div class="crumb">{B.links(p.get('crumb',['首页','本地新闻']),' &gt; ')} &gt; 正文</div>
{place(p, head, info_html(p), body)}{ed}
<div class="share">分享到：<span>微信</span><span>微博</span><span>QQ</span><span>复制链接</span></div>
<div class="rel"><h4>相关新闻</h4><ul>{rel}</ul></div></div>
<div class="side"><h4>热点排行</h4><ol>{hot}</ol><p>{B.img('下载客户端二维码')}</p><p>扫码下载{E(p['site'])}客户端</p></div></div>
{B.footer(p)}"""
    return B.page(p, css, html)

def media_flex(p, B):
    c = p.get("color", "#0b5fa5")
    css = f"""*{{box-sizing:border-box}}body{{margin:0;font:17px/1.85 -apple-system,"PingFang SC",sans-serif;color:#1f1f1f;background:#fafafa}}
header{{display:flex;justify-content:space-between;align-items:center;padding:10px 5vw;background:{c};color:#fff}}header nav a{{color:#fff;margin-left:18px;text-decoration:none}}
.brand{{font-size:24px;font-weight:700}}main{{display:flex;flex-wrap:wrap;gap:40px;padding:30px 5vw}}
article{{flex:3 1 600px;background:#fff;padding:30px 40px;border-radius:6px}}aside{{flex:1 1 260px;font-size:14px}}
h1{{font-size:32px;line-height:1.35;margin:0 0 14px}}.yt,.ft{{font-size:18px;color:#666}}.info{{display:flex;gap:14px;font-size:14px;color:#888;margin-bottom:20px}}
.ct p{{margin:0 0 1.1em}}.ct h3{{border-left:4px solid {c};padding-left:10px}}.cap{{color:#777;font-size:14px;text-align:center}}
.dt{{border-collapse:collapse;width:100%}}.dt td{{border:1px solid #ddd;padding:6px}}blockquote{{background:#f3f6f9;margin:0 0 1em;padding:10px 16px}}
.ed{{color:#999;font-size:14px}}.tags a{{background:#eef3f8;margin-right:8px;padding:2px 8px;border-radius:4px;font-size:13px}}
footer{{background:#1c1c1c;color:#aaa;font-size:13px;text-align:center;padding:24px}}footer p{{margin:3px}}"""
    head = stack(p, B)
    if p.get("infoitems"):
        info = '<div class="info">' + "".join(f"<span>{E(x)}</span>" for x in p["infoitems"]) + "</div>"
    else:
        info = info_html(p)
    body = f'<div class="ct">{B.body_html(p)}</div>'
    ed = f'<p class="ed">{E(p["ed"])}</p>' if p.get("ed") else ""
    hot = "".join(f'<li><a href="#">{E(x)}</a></li>' for x in p.get("hot", []))
    f = p.get("foot", {})
    en = p["lang"] == "en"
    fl = "".join(f"<p>{E(x)}</p>" for x in f.get("lines", []))
    html = f"""<header><span class="brand">{B.img(p['site'])}{E(p['site'])}</span><nav>{B.links(p.get('nav',['要闻','本地','民生','经济','文旅','视频']))}</nav></header>
<main><article><div class="crumb" style="font-size:13px;color:#999">{B.links(p.get('crumb',['首页','要闻']),' / ')}</div>
{place(p, head, info, body)}{ed}
<div class="tags">{B.links(p.get('tags',[]))}</div>
<div class="share">{'Share:' if en else '分享：'} {B.links(['WeChat','Weibo','Facebook','X'] if en else ['微信','微博','QQ空间','复制链接'],' ')}</div></article>
<aside><h4>{'Most Read' if en else '热门推荐'}</h4><ol>{hot}</ol></aside></main>
<footer>{fl}</footer>"""
    return B.page(p, css, html, p.get("doctitle"))

# ---------------------------------------------------------------- self-media
def wechat(p, B):
    css = """body{margin:0;background:#fff;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:#333}
.rich{max-width:677px;margin:0 auto;padding:20px 16px}h1{font-size:22px;line-height:1.4;margin:0 0 14px}
.meta{font-size:15px;color:rgba(0,0,0,.5);margin-bottom:22px}.meta a{color:#576b95;text-decoration:none}.meta span{margin-right:8px}
.ct p{margin:0 0 18px;letter-spacing:.5px}.ct h3{font-size:17px;color:#fff;background:#c0392b;display:inline-block;padding:2px 10px}
.cap{font-size:13px;color:#999;text-align:center}.by{font-size:14px;color:#888}.ed{font-size:13px;color:#888}
.tail{font-size:14px;color:#576b95;display:flex;gap:20px;margin-top:30px}.qr{text-align:center;font-size:13px;color:#888;margin-top:30px}"""
    meta = p.get("meta_html") or E(p["info"])
    html = f"""<div class="rich"><h1>{E(p['title'])}</h1>
<div class="meta">{meta}</div>
<div class="ct">{B.body_html(p)}</div>
{f'<p class="ed">{E(p["ed"])}</p>' if p.get('ed') else ''}
<div class="qr">{B.img('公众号二维码')}<p>长按识别二维码　关注{E(p['acct'])}</p></div>
<div class="tail"><a href="#">阅读原文</a><span>阅读 {p.get('reads','1.2万')}</span><span>赞 {p.get('likes','86')}</span><span>分享</span><span>推荐</span><span>在看</span></div>
<div style="font-size:14px;color:#888;margin-top:20px">写留言</div></div>"""
    return B.page(p, css, html, p["title"])

def app_share(p, B):
    app = p.get("app", "今日头条")
    css = """body{margin:0;font:17px/1.8 -apple-system,"PingFang SC",sans-serif;background:#fff;color:#222}
.bar{position:sticky;top:0;display:flex;justify-content:space-between;align-items:center;padding:8px 14px;background:#fff;border-bottom:1px solid #eee;font-size:14px}
.bar .open{background:#f04142;color:#fff;border-radius:14px;padding:2px 12px}.w{max-width:640px;margin:auto;padding:16px}
h1{font-size:24px;line-height:1.4}.acct{display:flex;align-items:center;gap:10px;font-size:14px;color:#666}.acct b{color:#222}
.follow{border:1px solid #f04142;color:#f04142;border-radius:12px;padding:0 10px;font-size:13px}
.ct p{margin:0 0 16px}.cap{font-size:13px;color:#999;text-align:center}.by{color:#666}.ed{color:#999;font-size:13px}
.cmts{border-top:8px solid #f5f5f5;margin-top:20px;padding-top:10px;font-size:14px}.cmts p{margin:6px 0;color:#444}
.stat{font-size:13px;color:#999}.weibo .ct p{margin:0 0 8px}"""
    acct = p.get("acct_html") or f'{B.img(p["acct"]+"头像")}<b>{E(p["acct"])}</b><span>{E(p["info"])}</span><span class="follow">关注</span>'
    head = f"<h1>{E(p['title'])}</h1>" if not p.get("notitle_h1") else f"<p style='font-weight:bold'>{E(p.get('title_print', p['title']))}</p>"
    order = head + f'<div class="acct">{acct}</div>' if not p.get("acct_first") else f'<div class="acct">{acct}</div>' + head
    cm = "".join(f"<p>{E(x)}</p>" for x in p.get("comments", []))
    html = f"""<div class="bar"><span>{E(app)}</span><span class="open">打开App</span></div>
<div class="w {p.get('wcls','')}">{order}
<div class="ct">{B.body_html(p)}</div>{f'<p class="ed">{E(p["ed"])}</p>' if p.get('ed') else ''}
<p class="stat">{E(p.get('stat','举报/反馈'))}</p>
<div class="cmts"><b>评论 {len(p.get('comments',[]))}</b>{cm}</div>
<p style="text-align:center;color:#f04142">打开{E(app)}，查看更多精彩内容</p></div>"""
    return B.page(p, css, html, p["title"])

# ---------------------------------------------------------------- e-paper
def epaper(p, B):
    css = """body{margin:0;font:14px/1.8 SimSun,"Songti SC",serif;background:#e8e2d6}
.top{background:#7a0c0c;color:#fff;padding:8px 20px;display:flex;justify-content:space-between}.top .nm{font-size:26px;font-weight:bold}
.date{background:#fff;padding:4px 20px;font-size:13px;border-bottom:1px solid #ccc}
.frame{display:flex;gap:10px;padding:10px;max-width:1300px;margin:auto}
.l{width:330px;background:#fff;padding:8px}.l .pg{border:1px solid #999;height:440px;text-align:center;color:#999}
.bc a{display:inline-block;margin:2px 4px;font-size:13px}.c{flex:1;background:#fff;padding:20px 30px}
.r{width:250px;background:#fff;padding:8px;font-size:13px}.r li{margin:4px 0}
.yt{font-size:16px;text-align:center;color:#333}h1{font-size:28px;text-align:center;margin:6px 0;line-height:1.4}.ft{font-size:16px;text-align:center;color:#444}
.info{text-align:center;color:#666;font-size:13px;margin:8px 0 14px}.ct p{text-indent:2em;margin:0 0 8px;font-size:16px}.ct h3{font-size:16px;text-align:center}
.cap{text-indent:0!important;font-size:13px;color:#555;text-align:center}.by{text-indent:0!important}.dt{border-collapse:collapse;margin:auto}.dt td{border:1px solid #333;padding:2px 6px}
.footer{text-align:center;font-size:12px;color:#555;padding:10px}.footer p{margin:1px}"""
    pages = p.get("banci", ["01版：要闻", "02版：要闻", "03版：综合", "04版：经济", "05版：民生", "06版：文化", "07版：广告", "08版：副刊"])
    titles = "".join(f'<li><a href="#">{E(x)}</a></li>' for x in p["bbt"])
    head = stack(p, B)
    body = f'<div class="ct">{B.body_html(p)}</div>'
    html = f"""<div class="top"><span class="nm">{B.img(p['site']+'报头')}{E(p['site'])}</span><span>{B.links(['往期回顾','PDF下载','版面导航'],' | ')}</span></div>
<div class="date">{E(p['edate'])}　{E(p['cur'])}　<a href="#">上一版</a> <a href="#">下一版</a>　<a href="#">上一期</a> <a href="#">下一期</a></div>
<div class="frame"><div class="l"><div class="pg">{B.img('版面缩略图')}</div><div class="bc">{B.links(pages)}</div></div>
<div class="c">{place(p, head, info_html(p), body)}{f'<p class="ed">{E(p["ed"])}</p>' if p.get('ed') else ''}
<p style="text-align:right;font-size:12px"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p></div>
<div class="r"><b>本版标题</b><ul>{titles}</ul></div></div>
{B.footer(p)}"""
    return B.page(p, css, html)

# ---------------------------------------------------------------- institutions
def inst(p, B):
    c = p.get("color", "#00468c")
    css = f"""body{{margin:0;font:15px/1.9 "Microsoft YaHei",sans-serif;color:#333;background:#fff}}
.hd{{background:{c};color:#fff;padding:16px 6%;display:flex;justify-content:space-between;align-items:center}}.hd .nm{{font-size:26px;font-weight:bold}}
.hd a{{color:#fff;margin-left:14px;font-size:13px}}.nav{{background:#f0f0f0;padding:0 6%}}.nav a{{display:inline-block;padding:10px 14px;color:#333}}
.box{{display:grid;grid-template-columns:220px 1fr;gap:30px;padding:20px 6%}}.left h4{{background:{c};color:#fff;margin:0;padding:10px}}.left a{{display:block;padding:8px 10px;border-bottom:1px solid #eee}}
.crumb{{font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:6px}}h1{{font-size:24px;text-align:center;color:{c};margin:18px 0 8px}}.yt,.ft{{text-align:center}}
.info{{text-align:center;font-size:13px;color:#999;background:#f7f7f7;padding:4px}}.ct p{{text-indent:2em;margin:0 0 12px}}.ct h3{{font-size:16px;color:{c}}}
.cap{{text-align:center;text-indent:0!important;color:#666;font-size:13px}}.dt{{border-collapse:collapse;width:100%}}.dt td{{border:1px solid #bbb;padding:4px 8px}}
.ed,.by{{text-align:right}}.pn p{{margin:2px 0;font-size:14px}}.footer{{background:#222;color:#aaa;text-align:center;font-size:12px;padding:16px}}.footer p{{margin:2px}}"""
    head = stack(p, B)
    body = f'<div class="ct">{B.body_html(p)}</div>'
    ed = f'<p class="ed">{E(p["ed"])}</p>' if p.get("ed") else ""
    html = f"""<div class="hd"><span class="nm">{B.img(p['site']+'标识')}{E(p['site'])}</span><span>{B.links(p.get('toplinks',['English','信息公开','校园网','无障碍']))}<input type="text" placeholder="搜索"></span></div>
<div class="nav">{B.links(p['nav'])}</div>
<div class="box"><div class="left"><h4>{E(p.get('col','新闻中心'))}</h4>{B.links(p.get('cols',['要闻','综合新闻','通知公告','媒体报道']))}</div>
<div class="r"><div class="crumb">当前位置：{B.links(p.get('crumb',['首页','新闻中心']),' » ')}</div>
{place(p, head, info_html(p), body)}{ed}
<div class="pn"><p>上一条：<a href="#">{E(p.get('prev','无'))}</a></p><p>下一条：<a href="#">{E(p.get('next','无'))}</a></p></div></div></div>
{B.footer(p)}"""
    return B.page(p, css, html)

TEMPLATES = dict(gov_table=gov_table, gov_div=gov_div, gov_xxgk=gov_xxgk, media_portal=media_portal,
                 media_flex=media_flex, wechat=wechat, app_share=app_share, epaper=epaper, inst=inst)
