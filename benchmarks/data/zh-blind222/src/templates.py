"""Page templates: gov_table, gov_xxgk, media_div, media_app, selfmedia, epaper, inst, en."""
from common import e, GIF, render_body, page, ul, head_title

BASE = "body{font-family:'Microsoft YaHei',SimSun,sans-serif;margin:0;color:#222}a{color:#333;text-decoration:none}" \
       ".cap{text-align:center;color:#666;font-size:13px}.pic{text-align:center}.dt{border-collapse:collapse;margin:8px auto}" \
       ".dt td,.dt th{padding:4px 8px}.foot{background:#eee;font-size:12px;text-align:center;padding:12px;margin-top:20px}" \
       "ul.rel li,ul.nav li{display:inline-block;margin-right:12px}"


def info_bits(s):
    return " ".join(f"{k}：{e(v)}" for k, v in s.get("meta", []))


def byl(s, key):
    v = s.get(key)
    return f"<p class=\"byl\">{e(v)}</p>" if v else ""


def foot_gov(s):
    f = s["foot"]
    return (f"<div class=\"foot\"><p>主办：{e(f['org'])}　承办：{e(f.get('cb', f['org'] + '办公室'))}</p>"
            f"<p>地址：{e(f['addr'])}　电话：{e(f['tel'])}</p>"
            f"<p>{e(f['icp'])}　{e(f['ga'])}　网站标识码：{e(f['bsm'])}</p>"
            f"<p><img src=\"{GIF}\" alt=\"党政机关\" width=\"40\" height=\"40\"> <img src=\"{GIF}\" alt=\"政府网站找错\" width=\"80\" height=\"30\"></p></div>")


def gov_table(s, items):
    st = BASE + "table.w{width:980px;margin:0 auto}.tit{font-size:24px;font-weight:bold;text-align:center;padding:16px}" \
               ".inf{text-align:center;color:#666;font-size:12px;border-bottom:1px dashed #ccc}.ct p{text-indent:2em;line-height:2}"
    pre = f"<tr><td class=\"inf\" style=\"border:0\">{e(s['pre'])}</td></tr>" if s.get("pre") else ""
    sub = f"<tr><td style=\"text-align:center\">{e(s['sub'])}</td></tr>" if s.get("sub") else ""
    doc = f"<p style=\"text-align:center\">{e(s['docno'])}</p>" if s.get("docno") else ""
    b = f"""<table class="w"><tr><td><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a></td><td align="right">今天是：2025年 <a href="#">登录</a> <a href="#">注册</a></td></tr>
<tr><td colspan="2"><img src="{GIF}" alt="{e(s['site'])}" width="400" height="80"> <input type="text" placeholder="请输入关键字"> <button>搜索</button></td></tr>
<tr><td colspan="2">{ul(s.get('nav', ['首页','政务公开','政务服务','互动交流','走进' + s['site'][:2]]), 'nav')}</td></tr></table>
<table class="w"><tr><td>当前位置：{' &gt; '.join(e(x) for x in s['crumbs'])}</td></tr>
{pre}<tr><td class="tit">{head_title(s)}</td></tr>{sub}
<tr><td class="inf">{info_bits(s)}　浏览次数：{s.get('views', 1024)}　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="ct">{doc}{byl(s, 'byline_top')}{render_body(items)}{byl(s, 'byline_end')}</td></tr>
<tr><td align="right">{e(s.get('editline', ''))}</td></tr>
<tr><td align="center">【<a href="#">打印</a>】【<a href="#">关闭</a>】【<a href="#">收藏</a>】</td></tr>
<tr><td>上一篇：<a href="#">{e(s['prev'])}</a><br>下一篇：<a href="#">{e(s['next'])}</a></td></tr></table>
{foot_gov(s)}"""
    return page(s["title"] + "_" + s["site"], st, b)


def gov_xxgk(s, items):
    st = BASE + ".wrap{max-width:1100px;margin:0 auto}.idx{width:100%;border-collapse:collapse;font-size:13px}.idx td{border:1px solid #cde;padding:5px}" \
               ".tit{font-size:22px;text-align:center;font-weight:bold;margin:18px 0}.art p{line-height:1.9;text-indent:2em}.top{background:#b00;color:#fff;padding:4px}"
    ix = s["index"]
    rows = []
    keys = list(ix.keys())
    for j in range(0, len(keys), 2):
        cells = "".join(f"<td style=\"background:#f2f6fa\">{e(k)}：</td><td>{e(ix[k])}</td>" for k in keys[j:j+2])
        rows.append(f"<tr>{cells}</tr>")
    doc = f"<p style=\"text-align:center\">{e(s['docno'])}</p>" if s.get("docno") else ""
    sub = f"<p style=\"text-align:center\">{e(s['sub'])}</p>" if s.get("sub") else ""
    b = f"""<div class="top"><span>{e(s['site'])}</span> <span style="float:right"><a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">English</a> <a href="#">手机版</a></span></div>
<div class="wrap"><div><input type="search" placeholder="搜索本站内容"> <a href="#">高级检索</a></div>
<div>{ul(['首页','要闻动态','政府信息公开','政务服务','政民互动','数据开放'], 'nav')}</div>
<div class="crumb">您当前的位置：{' &gt; '.join(e(x) for x in s['crumbs'])}</div>
<table class="idx">{''.join(rows)}</table>
<div class="tit">{head_title(s)}</div>{sub}
<div class="inf" style="text-align:center;color:#888;font-size:12px">{info_bits(s)}　<span>阅读量：{s.get('views', 356)}</span>　<a href="#">打印本页</a>　<a href="#">关闭窗口</a></div>
<div class="art">{doc}{byl(s, 'byline_top')}{render_body(items)}{byl(s, 'byline_end')}</div>
{('<div class="att">附件：' + ul(s['attach'], 'att') + '</div>') if s.get('attach') else ''}
<div style="text-align:right;font-size:12px">{e(s.get('editline', ''))}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div><h4>相关文件</h4>{ul(s['related'])}</div>
<div><h4>相关解读</h4>{ul(s.get('related2', ['图解：' + s['title'][:12]]))}</div></div>
{foot_gov(s)}"""
    return page(s["title"], st, b)


def media_div(s, items):
    st = BASE + ".main{width:1000px;margin:0 auto;display:flex}.l{flex:1}.r{width:280px;margin-left:20px}.yt{color:#555;font-size:16px}" \
               "h1{font-size:28px;margin:6px 0}.ft{font-size:18px;color:#444}.inf{color:#999;font-size:13px;margin:8px 0}.art p{font-size:17px;line-height:1.9;text-indent:2em}.tp{background:#0a3c7a;color:#fff;padding:6px}"
    pre = f"<div class=\"yt\">{e(s['pre'])}</div>" if s.get("pre") else ""
    sub = f"<div class=\"ft\">{e(s['sub'])}</div>" if s.get("sub") else ""
    b = f"""<div class="tp">{e(s['site'])} <span style="float:right"><a href="#">登录</a> | <a href="#">注册</a> | <a href="#">客户端下载</a></span></div>
<div style="width:1000px;margin:0 auto">{ul(s.get('nav', ['首页','时政','经济','社会','文旅','视频','专题','评论']), 'nav')} <input type="text" placeholder="搜索新闻"></div>
<div style="width:1000px;margin:0 auto">{' &gt; '.join(e(x) for x in s['crumbs'])}</div>
<div class="main"><div class="l">{pre}<h1>{head_title(s)}</h1>{sub}
<div class="inf">{e(s['time_print'])}　{info_bits(s)}　<span>{e(s.get('views', '阅读 2.3万'))}</span></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
<div class="art">{byl(s, 'byline_top')}{render_body(items)}{byl(s, 'byline_end')}</div>
<p style="text-align:right">{e(s.get('editline', ''))}</p>
<div>上一篇：<a href="#">{e(s['prev'])}</a>　下一篇：<a href="#">{e(s['next'])}</a></div>
<div><h3>相关新闻</h3>{ul(s['related'], 'rl')}</div>
<div><img src="{GIF}" alt="扫码下载客户端" width="100" height="100"><p class="cap">扫一扫，下载{e(s['site'][:4])}客户端</p></div></div>
<div class="r"><h3>热点排行</h3><ol>{''.join('<li>'+e(x)+'</li>' for x in s.get('hot', ['全市春耕生产有序推进','文旅消费季活动启动','一季度经济数据发布']))}</ol></div></div>
<div class="foot">{e(s['foot']['copy'])}<br>{e(s['foot']['icp'])}　{e(s['foot']['ga'])}　互联网新闻信息服务许可证：{e(s['foot']['xkz'])}<br>违法和不良信息举报电话：{e(s['foot']['tel'])}</div>"""
    return page(s["title"] + "-" + s["site"], st, b)


def media_app(s, items):
    st = BASE + ".m{max-width:720px;margin:0 auto;padding:0 16px}.bar{display:flex;justify-content:space-between;background:#f5f5f5;padding:8px}" \
               "h1{font-size:22px;line-height:1.4}.au{color:#888;font-size:13px}.art p{font-size:17px;line-height:1.8}.tool{color:#666}"
    pre = f"<div class=\"au\">{e(s['pre'])}</div>" if s.get("pre") else ""
    sub = f"<div style=\"color:#555\">{e(s['sub'])}</div>" if s.get("sub") else ""
    b = f"""<div class="bar"><span><img src="{GIF}" alt="{e(s['site'])}logo" width="24" height="24"> {e(s['site'])}</span><a href="#">打开APP</a></div>
<div class="m">{pre}<h1>{head_title(s)}</h1>{sub}
<div class="au">{info_bits(s)}　{e(s['time_print'])}</div>
<div class="art">{byl(s, 'byline_top')}{render_body(items)}{byl(s, 'byline_end')}</div>
<p class="au">{e(s.get('editline', ''))}</p>
<div class="tool">{e(s.get('views', '阅读 8602'))}　<a href="#">赞 126</a>　<a href="#">分享</a>　<a href="#">举报</a></div>
<div><h3>更多精彩</h3>{ul(s['related'], 'ml')}</div>
<div style="text-align:center"><img src="{GIF}" alt="二维码" width="90" height="90"><p class="cap">长按识别二维码，打开{e(s['site'])}阅读全文</p></div>
<div class="foot">{e(s['foot']['copy'])}　{e(s['foot']['icp'])}</div></div>"""
    return page(s["title"], st, b)


def selfmedia(s, items):
    st = BASE + ".c{max-width:760px;margin:0 auto}.acc{display:flex;align-items:center;gap:8px;color:#555}h1{font-size:24px}.art p{line-height:1.9;font-size:16px}.plat{background:#fafafa;border-bottom:1px solid #eee;padding:8px}"
    p = s["platform"]
    b = f"""<div class="plat"><b>{e(p['name'])}</b>　{ul(p.get('nav', ['推荐','热榜','关注','视频']), 'nav')} <input placeholder="{e(p.get('ph', '搜索你感兴趣的内容'))}"> <a href="#">登录</a></div>
<div class="c"><h1>{head_title(s)}</h1>
<div class="acc"><img src="{GIF}" alt="头像" width="36" height="36"><span class="an">{e(s['account'])}</span> <span>{e(s['time_print'])}</span> <span>{e(p.get('loc', ''))}</span> <a href="#">+ 关注</a></div>
<div class="art">{byl(s, 'byline_top')}{render_body(items)}{byl(s, 'byline_end')}</div>
<p style="color:#999;font-size:12px">{e(p['stmt'])}</p>
<div>{e(p.get('stats', '点赞 231　评论 46　收藏 88　分享'))}　<a href="#">举报/反馈</a></div>
<div><h3>{e(p.get('relh', '相关推荐'))}</h3>{ul(s['related'], 'ml')}</div>
<div class="foot">{e(p['foot'])}</div></div>"""
    return page(s["title"], st, b)


def epaper(s, items):
    st = BASE + ".ep{display:flex;width:1180px;margin:0 auto}.lt{width:360px;font-size:13px}.rt{flex:1;padding-left:20px}.yt,.ft{font-size:16px;color:#333;text-align:center}" \
               "h1{text-align:center;font-size:26px;margin:6px}.art p{text-indent:2em;line-height:1.9}.hd{background:#8b0000;color:#fff;padding:8px}"
    pre = f"<div class=\"yt\">{e(s['pre'])}</div>" if s.get("pre") else ""
    sub = f"<div class=\"ft\">{e(s['sub'])}</div>" if s.get("sub") else ""
    ep = s["ep"]
    b = f"""<div class="hd">{e(s['site'])}　{e(ep['date'])}　{e(ep.get('week',''))}　<a href="#">往期回顾</a>　<a href="#">PDF下载</a></div>
<div class="ep"><div class="lt"><img src="{GIF}" alt="版面缩略图" width="340" height="480">
<div>{e(ep['cur'])}　<a href="#">上一版</a> <a href="#">下一版</a></div>
<h4>版面导航</h4>{ul(ep['pages'], 'bm')}
<h4>本版标题</h4><ol>{''.join('<li><a href="#">'+e(x)+'</a></li>' for x in ep['titles'])}</ol></div>
<div class="rt">{pre}<h1>{head_title(s)}</h1>{sub}
<div style="text-align:center;color:#666">{info_bits(s)}</div>
<div class="art">{byl(s, 'byline_top')}{render_body(items)}{byl(s, 'byline_end')}</div>
<div>上一篇：<a href="#">{e(s['prev'])}</a>　下一篇：<a href="#">{e(s['next'])}</a></div></div></div>
<div class="foot">{e(s['foot']['copy'])}<br>{e(s['foot']['icp'])}</div>"""
    return page(s["title"], st, b)


def inst(s, items):
    st = BASE + ".hd{background:#114b8b;color:#fff;padding:14px}.w{max-width:1100px;margin:0 auto}.sidebar{float:left;width:220px}.main{margin-left:240px}" \
               "h2{text-align:center}.inf{text-align:center;color:#777;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:6px}.art p{text-indent:2em;line-height:1.9}"
    sub = f"<p style=\"text-align:center\">{e(s['sub'])}</p>" if s.get("sub") else ""
    b = f"""<div class="hd"><img src="{GIF}" alt="{e(s['site'])}" width="260" height="60"> <span style="float:right"><a href="#">信息门户</a> | <a href="#">English</a> | <input placeholder="站内搜索"></span></div>
<div class="w">{ul(s.get('nav', ['首页','概况','新闻中心','服务指南','联系我们']), 'nav')}
<div class="sidebar"><h3>{e(s.get('side', '新闻中心'))}</h3>{ul(s.get('sidelinks', ['综合新闻','通知公告','媒体报道','图片新闻']), 'sl')}</div>
<div class="main"><div>当前位置：{' &gt; '.join(e(x) for x in s['crumbs'])}</div>
<h2>{head_title(s)}</h2>{sub}
<div class="inf">{info_bits(s)}　点击数：{s.get('views', 689)}</div>
<div class="art">{byl(s, 'byline_top')}{render_body(items)}{byl(s, 'byline_end')}</div>
<p style="text-align:right">{e(s.get('editline', ''))}</p>
<div>上一条：<a href="#">{e(s['prev'])}</a><br>下一条：<a href="#">{e(s['next'])}</a></div>
<p style="text-align:right">【<a href="#">打印此页</a>】【<a href="#">关闭窗口</a>】</p></div></div>
<div class="foot" style="clear:both">{e(s['foot']['copy'])}　{e(s['foot']['addr'])}<br>{e(s['foot']['icp'])}　{e(s['foot'].get('ga', ''))}</div>"""
    return page(s["title"] + "-" + s["site"], st, b)


def en(s, items):
    st = BASE + ".w{max-width:960px;margin:0 auto;font-family:Georgia,serif}h1{font-size:30px}.inf{color:#777;font-size:14px}.art p{font-size:17px;line-height:1.7}"
    b = f"""<div class="w"><div><b>{e(s['site'])}</b> {ul(['Home','China','World','Business','Culture','Travel','Opinion'], 'nav')} <input placeholder="Search"> <a href="#">中文</a></div>
<div>{' / '.join(e(x) for x in s['crumbs'])}</div>
<h1>{head_title(s)}</h1>
<div class="inf">{" ".join(k + ": " + e(v) for k, v in s.get("meta", []))} | Updated: {e(s['time_print'])}</div>
<div>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
<div class="art">{byl(s, 'byline_top')}{render_body(items)}{byl(s, 'byline_end')}</div>
<p class="inf">{e(s.get('editline', ''))}</p>
<div><h3>Related Stories</h3>{ul(s['related'], 'ml')}</div>
<div class="foot">{e(s['foot']['copy'])}<br>{e(s['foot']['icp'])}</div></div>"""
    return page(s["title"], st, b).replace('lang="zh-CN"', 'lang="en"')


TPL = dict(gov_table=gov_table, gov_xxgk=gov_xxgk, media_div=media_div, media_app=media_app,
           selfmedia=selfmedia, epaper=epaper, inst=inst, en=en)
