#!/usr/bin/env python3
"""Generator for the zh-blind23 set: templates + page data -> html/<id>.html and gold/<id>.json."""
import json, os, re, html as H
OUT = os.path.dirname(os.path.abspath(__file__))
E = H.escape

def body_html(p):
    out = []
    pics = p.get('pics') or p.get('f', {}).get('pics', {})
    for i, para in enumerate(p['body']):
        if i in pics:
            alt, cap = pics[i]
            out.append(f'<p class="pic" style="text-align:center"><img src="data:," alt="{E(alt)}" width="600" height="400"></p>')
            if cap:
                out.append(f'<p class="cap" style="text-align:center;color:#666">{E(cap)}</p>')
        if isinstance(para, tuple):
            rows = para[1]
            t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:auto">']
            for j, r in enumerate(rows):
                tag = 'th' if j == 0 else 'td'
                t.append('<tr>' + ''.join(f'<{tag}>{E(c)}</{tag}>' for c in r) + '</tr>')
            t.append('</table>')
            out.append(''.join(t))
        elif para.startswith('H|'):
            out.append(f'<p><strong>{E(para[2:])}</strong></p>')
        elif para.startswith('R|'):
            out.append(f'<p style="text-align:right">{E(para[2:])}</p>')
        elif para.startswith('L|'):
            out.append(f'<p>{E(para[2:])}</p>')
        else:
            out.append(f'<p style="text-indent:2em">{E(para)}</p>')
    return '\n'.join(out)

def gold_body(p):
    # gold text as the browser renders it: runs of ASCII spaces collapse to one ('储  敏' -> '储 敏')
    return [re.sub(' {2,}', ' ', x) for x in _gold_body(p)]

def _gold_body(p):
    g = []
    for para in p['body']:
        if isinstance(para, tuple):
            for r in para[1]:
                g.append(' '.join(r))
        elif para[:2] in ('H|', 'R|', 'L|'):
            g.append(para[2:])
        else:
            g.append(para)
    return g

def title_html(p, tag='h1', style=''):
    lines = p.get('title_lines') or [p['title']]
    return f'<{tag} class="title" style="{style}">' + '<br>'.join(E(x) for x in lines) + f'</{tag}>'

def title_text(p):
    return ''.join(p['title_lines']) if p.get('title_lines') else p['title']

def lis(items, cls=''):
    return f'<ul class="{cls}">' + ''.join(f'<li><a href="#">{E(x)}</a></li>' for x in items) + '</ul>'

def wrap(tt, css, inner):
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f'<title>{E(tt)}</title><style>{css}</style></head><body>\n{inner}\n</body></html>\n')

BASECSS = 'body{font-family:sans-serif;margin:0}ul{list-style:none;padding:0}li{display:inline-block;margin:0 8px}a{color:#222;text-decoration:none}.title{font-size:24px}'

# ---------- government, 2010s table layout ----------
def gov_old(p):
    f = p['f']
    nav = ''.join(f'<td><a href="#">{x}</a></td>' for x in f.get('nav', ['首页', '政务公开', '政务服务', '互动交流', '走进' + f['short']]))
    above = f'<tr><td style="color:#900">{E(f["above"])}</td></tr>' if f.get('above') else ''
    h = f'''<table width="1000" align="center" class="topbar"><tr><td>{f.get("topl","设为首页 | 加入收藏")}</td><td align="right">{f.get("topr","繁體 | 无障碍 | 手机版")}</td></tr></table>
<table width="1000" align="center" class="banner" bgcolor="#b22"><tr><td><font color="#fff" size="6"><b>{E(f["site"])}</b></font><br><font color="#fff">{E(f.get("site_en",""))}</font></td>
<td align="right"><input type="text" placeholder="{f.get("ph","请输入关键字")}"> <input type="submit" value="搜索"></td></tr></table>
<table width="1000" align="center" class="nav" bgcolor="#eee"><tr>{nav}</tr></table>
<table width="1000" align="center"><tr><td>{E(f["crumb"])}</td></tr></table>
<table width="1000" align="center" class="main" border="0">{above}
<tr><td align="center">{title_html(p,"span","font-size:22px;font-weight:bold;color:#c00")}</td></tr>
<tr><td align="center" class="info" style="border-bottom:1px solid #ccc">{f["info"]}</td></tr>
<tr><td class="content">{f.get("pre","")}{body_html(p)}{f.get("post","")}</td></tr>
<tr><td align="right">{f.get("tools","【字体：大 中 小】【打印】【关闭】")}</td></tr>
<tr><td>{f.get("prevnext","")}</td></tr></table>
{f.get("related","")}
<table width="1000" align="center" class="footer" bgcolor="#ddd"><tr><td align="center">{f["footer"]}</td></tr></table>'''
    return wrap(f.get('tt', p['title'] + '_' + f['site']), BASECSS + 'table{font-size:14px}', h)

# ---------- government, 2020s portal ----------
def gov_new(p):
    f = p['f']
    nav = lis(f.get('nav', ['首页', '新闻动态', '政务公开', '政务服务', '互动交流', '数据开放']), 'nav')
    xx = ''
    if f.get('xxgk'):
        colon = '：' if f.get('colon', True) else ''
        cells = f['xxgk']
        rows = []
        for i in range(0, len(cells), 2):
            rows.append('<tr>' + ''.join(f'<th>{k}{colon}</th><td>{E(v)}</td>' for k, v in cells[i:i+2]) + '</tr>')
        xx = '<table class="xxgk" border="1" cellspacing="0" style="width:100%;border-collapse:collapse">' + ''.join(rows) + '</table>'
    sticky = f'<div class="sticky" style="position:sticky;top:0;background:#fff">{f["sticky"]}</div>' if f.get('sticky') else ''
    above = f'<div class="above">{E(f["above"])}</div>' if f.get('above') else ''
    info = f'<div class="info">{f["info"]}</div>'
    head = (above + title_html(p) + f.get('sub', '') + info) if not f.get('info_first') else (info + above + title_html(p) + f.get('sub', ''))
    h = f'''<div class="top">{f.get("top","<span>欢迎访问"+E(f["site"])+"</span> <a>无障碍</a> <a>长者模式</a> <a>繁體</a> <a>登录</a> <a>注册</a>")}</div>
<header><div class="logo">{E(f["site"])}</div><form><input type="search" placeholder="{f.get("ph","搜索本站内容")}"><button>搜索</button></form></header>
{nav}{sticky}
<div class="crumb">{E(f["crumb"])}</div>
<main>{xx}{head}
<div class="share">{f.get("share","分享到： 微信 微博 QQ空间")}</div>
<div class="article">{f.get("pre","")}{body_html(p)}{f.get("post","")}</div>
<div class="tools">{f.get("tools","【打印本页】 【关闭窗口】")}</div>
<div class="pn">{f.get("prevnext","")}</div>
{f.get("related","")}
<div class="qr"><img src="data:," alt="二维码">扫一扫在手机打开当前页</div></main>
<footer>{f["footer"]}</footer>'''
    return wrap(f.get('tt', p['title'] + '-' + f['site']), BASECSS + '.top{background:#f3f3f3;font-size:12px}.logo{font-size:28px;color:#1a5fb4}.xxgk th{background:#eef}.info{color:#666;font-size:13px}', h)

# ---------- news portal ----------
def news(p):
    f = p['f']
    above = f'<div class="above">{f["above"]}</div>' if f.get('above') else ''
    video = f.get('video', '')
    h = f'''<div class="top">{f.get("top","")}</div>
<header><b class="logo">{E(f["site"])}</b> {lis(f["nav"],"nav")}<input placeholder="{f.get("ph","请输入搜索内容")}"></header>
<div class="crumb">{E(f.get("crumb",""))}</div>
<div class="art">{above}{title_html(p)}<div class="info">{f["info"]}</div>{f.get("sub","")}
{video}<div class="body">{f.get("pre","")}{body_html(p)}{f.get("post","")}</div>
<div class="ed">{f.get("ed","")}</div><div class="share">{f.get("share","分享到：")}</div></div>
<aside>{f.get("related","")}{f.get("hot","")}</aside>
<footer>{f["footer"]}</footer>'''
    return wrap(f.get('tt', p['title'] + '_' + f['site']), BASECSS + '.info{color:#888}.crumb{color:#555}', h)

# ---------- self media ----------
def selfm(p):
    f = p['f']
    h = f'''<div class="top">{f["top"]}</div>
{f.get("card_top","")}{title_html(p)}{f.get("card","")}
<div class="body">{f.get("pre","")}{body_html(p)}{f.get("post","")}</div>
{f.get("after","")}
<footer>{f.get("footer","")}</footer>'''
    return wrap(f.get('tt', p['title']), BASECSS + '.card{border:1px solid #eee;padding:6px}', h)

# ---------- e-paper ----------
def epaper(p):
    f = p['f']
    stack = ''
    if f.get('yin'):
        stack += f'<h3 class="yin">{E(f["yin"])}</h3>'
    stack += title_html(p)
    if f.get('fu'):
        stack += f'<h2 class="fu">{E(f["fu"])}</h2>'
    h = f'''<table width="100%" class="head"><tr><td><b>{E(f["paper"])}</b> 电子版</td><td>{E(f["date"])}</td><td>{E(f["ban"])}</td>
<td><a>上一版</a> <a>下一版</a> | <a>上一期</a> <a>下一期</a> | <a>往期回顾</a> <a>PDF下载</a></td></tr></table>
<table width="100%"><tr><td width="260" valign="top" class="banmian"><img src="data:," alt="版面缩略图" width="240" height="320"><div>本版标题导航</div>{lis(f["navtitles"])}</td>
<td valign="top" class="art">{stack}<div class="byl">{f.get("byline","")}</div>{f.get("pre","")}{body_html(p)}{f.get("post","")}
<div class="zb">{f.get("zb","")}</div></td></tr></table>
<footer>{f["footer"]}</footer>'''
    return wrap(f.get('tt', f['paper'] + '数字报'), BASECSS + '.yin,.fu{font-size:16px;font-weight:normal}', h)

# ---------- English news ----------
def en(p):
    f = p['f']
    h = f'''<div class="top">{f["top"]}</div><header><b class="logo">{E(f["site"])}</b>{lis(f["nav"],"nav")}<input placeholder="Search"></header>
<div class="crumb">{E(f["crumb"])}</div>
{f.get("above","")}{title_html(p)}<div class="info">{f["info"]}</div>{f.get("sub","")}
<div class="body">{body_html(p)}</div>{f.get("post","")}
{f.get("related","")}<footer>{f["footer"]}</footer>'''
    return wrap(p['title'] + ' - ' + f['site'], BASECSS, h)

TPL = dict(gov_old=gov_old, gov_new=gov_new, news=news, selfm=selfm, epaper=epaper, en=en)
PAGES = []

# ======================= GOVERNMENT (zx-01 .. zx-15) =======================
PAGES.append(dict(id='zx-01', kind='gov: 区政府 政务动态 (会议)', tpl='gov_new', lang='zh',
  title='区政府召开第42次常务会议', authors=[], time='2025-06-03 09:12',
  body=['6月2日下午，区长鲁红军主持召开区政府第42次常务会议，传达学习省、市有关会议精神，研究部署近期重点工作。副区长谭文斌、吴晓燕、郑国栋，区政府党组成员、区政府办公室主任彭涛出席会议。',
        '会议听取了全区一季度经济运行情况汇报。会议指出，今年以来，全区上下坚持稳中求进工作总基调，主要经济指标实现“开门红”，但也要清醒看到，部分企业订单不足、项目储备不够等问题依然存在。各部门要紧盯全年目标任务，逐月分析、逐项调度，确保上半年实现“双过半”。',
        '会议研究了《夷陵区2025年城区老旧小区改造实施方案（送审稿）》。会议强调，老旧小区改造是民生工程，也是发展工程，要坚持“先民生后提升”，优先解决雨污分流、电梯加装、停车难等群众反映强烈的问题，做到改造一个、群众满意一个。',
        '会议还研究了小溪塔街道农贸市场提档升级、区属国有企业负责人薪酬管理等事项。',
        '会议要求，当前已进入主汛期，各地各部门要压紧压实防汛责任，加强对黄柏河沿线、地质灾害隐患点的巡查值守，确保安全度汛。'],
  f=dict(site='宜昌市夷陵区人民政府', short='夷陵', crumb='您当前所在位置：首页 > 政务公开 > 政务动态 > 夷陵要闻',
    info='<span>发布时间：2025-06-03 09:12</span> <span>来源：区政府办公室</span> <span>浏览次数：1362</span> <span>字号：<a>大</a> <a>中</a> <a>小</a></span>',
    prevnext='上一篇：夷陵区开展“安全生产月”集中宣传咨询日活动<br>下一篇：区人大常委会调研乡村振兴工作',
    related='<div class="rel"><h4>相关阅读</h4>' + lis(['区政府召开第41次常务会议', '夷陵区一季度经济运行分析会召开', '鲁红军调研城区防汛工作']) + '</div>',
    footer='主办单位：宜昌市夷陵区人民政府办公室 承办单位：夷陵区政务服务和大数据管理局<br>网站标识码：4205060001 鄂ICP备05003716号-1 鄂公网安备 42050602000123号<br>联系电话：0717-7821234 地址：宜昌市夷陵区东湖大道18号')))

PAGES.append(dict(id='zx-02', kind='gov: 乡镇动态 with photo (old table layout)', tpl='gov_old', lang='zh',
  title='佛子岭镇：春茶开采忙 茶农增收有盼头', authors=['储敏'], time='2025年4月8日',
  body=['清明前后，正是黄芽采摘的黄金时节。走进佛子岭镇黄巢寺村的千亩茶园，层层叠叠的茶垄从山脚一直铺到山腰，村民们背着竹篓穿梭其间，指尖翻飞，一片片嫩芽被轻轻摘下。',
        '“今年开春雨水足、气温稳，芽头比去年密实不少。”茶农汪德胜一边过秤一边算账，鲜叶收购价每斤在60元到80元之间，家里六亩茶园一季下来能有三万多元收入。',
        '为帮助茶农把好茶卖出好价钱，镇里今年新建了两处标准化加工厂，引进名优茶自动化生产线4条，并联合县农业农村局组织技术人员进村入户，开展修剪、施肥、病虫害绿色防控等培训12场次，受益群众800余人次。',
        '与此同时，佛子岭镇依托水库景区客流，推出“采茶体验+民宿+农家宴”旅游线路，引导游客走进茶园、走进农家。截至目前，全镇已接待茶旅游客1.2万人次，带动农副产品销售额超过300万元。',
        '下一步，该镇将继续做好“茶”文章，推动茶产业与文旅、电商深度融合，让小茶叶真正成为群众增收致富的“金叶子”。（储  敏）'],
  pics={1: ('佛子岭镇黄巢寺村茶园', '图为茶农在黄巢寺村茶园采摘春茶')},
  f=dict(site='霍山县人民政府', site_en='www.ahhuoshan.gov.cn', short='霍山', crumb='当前位置：首页 >> 政务动态 >> 乡镇动态',
    topl='今天是：2025年4月8日 星期二', info='发布时间：2025年4月8日&nbsp;&nbsp;来源：佛子岭镇&nbsp;&nbsp;点击数：[ 438 ]',
    tools='【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】',
    prevnext='上一篇：但家庙镇召开2025年安全生产工作会议<br>下一篇：与儿街镇开展春季植树造林活动',
    footer='版权所有：霍山县人民政府 主办：霍山县人民政府办公室<br>皖ICP备09012345号 皖公网安备 34152502000057号 网站标识码：3415250003<br>建议使用1024×768分辨率浏览')))

PAGES.append(dict(id='zx-03', kind='gov: official document 通知 (xxgk table, colons)', tpl='gov_new', lang='zh',
  title='南通市海门区人民政府办公室关于做好2025年度秋冬季农业生产工作的通知', authors=[], time='2025-09-18',
  body=['L|各镇人民政府、街道办事处，海门经济技术开发区、海门港新区管委会，区各委、办、局，区各直属单位：',
        '为深入贯彻中央和省、市关于粮食安全的决策部署，扎实做好今年秋收秋种和冬季农业生产各项工作，确保明年夏粮丰产丰收，经区政府同意，现就有关事项通知如下。',
        'H|一、全力以赴抓好秋收',
        '各镇（街道）要密切关注天气变化，科学安排收获进度，做到成熟一块、收获一块。要提前做好收割机械检修和调度，确保水稻机收率稳定在98%以上。要加强粮食烘干能力建设，避免出现“湿谷”霉变损失。',
        'H|二、高质量完成秋播任务',
        '全区今年小麦播种面积稳定在32万亩以上，油菜种植面积不低于1.5万亩。要大力推广机械条播、宽幅精播等技术，适期适墒播种，力争11月15日前基本完成播种任务。',
        'H|三、强化组织保障',
        '各镇（街道）主要负责同志要亲自抓、负总责，区农业农村局要牵头做好督查指导，区财政局要及时足额拨付相关补贴资金。各地工作进展情况请于每周五下班前报区农业农村局。',
        'L|附件：1.2025年度秋播面积分解表',
        'L|2.秋冬季农业生产技术指导意见',
        'R|南通市海门区人民政府办公室',
        'R|2025年9月16日',
        'L|（此件公开发布）'],
  f=dict(site='南通市海门区人民政府', crumb='首页 > 政府信息公开 > 法定主动公开内容 > 区政府办文件',
    xxgk=[('索引号', '014203142/2025-00311'), ('分类', '农业、畜牧业、渔业'), ('发文机关', '南通市海门区人民政府办公室'), ('发文字号', '海政办发〔2025〕58号'), ('成文日期', '2025-09-16'), ('发布日期', '2025-09-18'), ('有效性', '有效'), ('主题词', '')],
    sub='<div style="text-align:center">海政办发〔2025〕58号</div>',
    info='<span>【字体：大 中 小】</span>', tools='【打印】【关闭】',
    footer='南通市海门区人民政府办公室主办 地址：海门区北京中路1号<br>苏ICP备05086610号-1 苏公网安备32068402000209号 网站标识码：3206840003<br>网站地图 | 联系我们 | 隐私声明')))

PAGES.append(dict(id='zx-04', kind='gov: official document 请示 (xxgk table, no colons)', tpl='gov_new', lang='zh',
  title='长葛市人民政府关于申请将长葛市列入省级县域城乡供水一体化试点的请示', authors=[], time='2024/11/05',
  body=['L|许昌市人民政府：',
        '近年来，我市深入实施城乡供水“规模化、市场化、水源地表化、城乡一体化”工程，已建成南水北调配套水厂2座，日供水能力达到12万吨，城区和14个乡镇（街道）集中供水覆盖率达到87.6%。但受管网老化、水源分散等因素影响，部分偏远村庄仍存在水压不足、水质不稳定等问题。',
        '根据《河南省县域城乡供水一体化推进方案》要求，我市对照试点申报条件进行了认真梳理：一是水源保障充足，南水北调年分配水量4000万立方米；二是前期工作扎实，专项规划已编制完成并通过专家评审；三是资金筹措方案可行，拟通过地方政府专项债券、银行贷款和社会资本等多渠道解决。',
        '为加快补齐农村供水短板，让群众喝上“同源、同网、同质、同价”的放心水，特申请将我市列入省级县域城乡供水一体化试点，并在项目审批、资金安排等方面给予支持。',
        '妥否，请批示。',
        'L|附件：长葛市县域城乡供水一体化试点实施方案',
        'R|长葛市人民政府',
        'R|2024年11月1日',
        'L|（联系人：孙红伟 联系电话：0374-6126033）'],
  f=dict(site='长葛市人民政府', crumb='当前位置：首页 / 信息公开 / 政府文件 / 长政文', top='<a>无障碍浏览</a> | <a>关怀版</a> | <a>繁體</a> | <a>个人登录</a> <a>法人登录</a>',
    colon=False, xxgk=[('索引号', '11411082005579012K/2024-01187'), ('主题分类', '水利'), ('发布机构', '长葛市人民政府'), ('文号', '长政文〔2024〕96号'), ('成文日期', '2024年11月01日'), ('发布日期', '2024年11月05日')],
    sub='<div style="text-align:center">长政文〔2024〕96号</div>', info='发布日期：2024/11/05&nbsp;&nbsp;&nbsp;浏览量：261',
    footer='主办：长葛市人民政府办公室 承办：长葛市行政服务中心<br>豫ICP备10013466号 豫公网安备 41108202000015号 网站标识码：4110820001')))

PAGES.append(dict(id='zx-05', kind='gov: official document 公告 with 特此公告', tpl='gov_old', lang='zh',
  title='关于寿光市城区部分路段实施临时交通管制的公告', authors=[], time='2025.06.03',
  body=['因寿光市圣城街（农圣东街至渤海路段）雨污管网改造工程施工需要，为确保施工安全和道路交通安全畅通，根据《中华人民共和国道路交通安全法》第三十九条之规定，决定对相关路段实施临时交通管制。现将有关事项公告如下：',
        '一、管制时间：2025年6月8日0时至2025年8月31日24时。',
        '二、管制路段：圣城街农圣东街路口至渤海路路口段，实行半幅封闭施工，禁止所有机动车由北向南通行；由南向北方向保持一条机动车道通行。',
        '三、绕行线路：由北向南行驶的车辆可经农圣东街、商务街或文圣街绕行。',
        '四、管制期间，执行紧急任务的警车、消防车、救护车、工程救险车不受上述规定限制。',
        '五、请过往车辆和行人遵守临时交通标志指示，服从现场交通民警和施工管理人员指挥。因管制给您出行带来的不便，敬请谅解。',
        '特此公告。',
        'R|寿光市公安局',
        'R|寿光市住房和城乡建设局',
        'R|2025年6月3日'],
  f=dict(site='寿光市人民政府', site_en='SHOUGUANG MUNICIPAL PEOPLE\'S GOVERNMENT', short='寿光', crumb='您现在的位置：首页 > 信息公开 > 通知公告',
    info='[2025.06.03]&nbsp;&nbsp;信息来源：寿光市公安局交通警察大队&nbsp;&nbsp;阅读次数：2087',
    tools='【<a>打印此页</a>】【<a>关闭窗口</a>】【<a>返回顶部</a>】', prevnext='上一条：寿光市2025年度城乡居民医疗保险集中缴费公告<br>下一条：关于公开征求《寿光市城市绿化管理办法（征求意见稿）》意见的公告',
    footer='主办：寿光市人民政府办公室 承办：寿光市大数据中心<br>网站标识码：3707830002 鲁ICP备05036621号 鲁公网安备 37078302000098号')))

PAGES.append(dict(id='zx-06', kind='gov: 公示 with a table', tpl='gov_old', lang='zh',
  title='关于2025年度婺城区“最美家庭”拟推荐对象的公示', authors=[], time='2025/5/12 16:40:05',
  body=['根据《关于开展2025年度“最美家庭”寻访活动的通知》要求，经各乡镇（街道）推荐、资格审查、实地走访和评审小组评议，确定以下6户家庭为2025年度婺城区“最美家庭”拟推荐对象，现予以公示。',
        ('table', [['序号', '家庭户主', '所在乡镇（街道）', '家庭类型'],
                   ['1', '方建平', '城东街道', '孝老爱亲'],
                   ['2', '叶秀琴', '城西街道', '崇德守法'],
                   ['3', '徐国良', '琅琊镇', '绿色环保'],
                   ['4', '楼晓红', '汤溪镇', '科学教子'],
                   ['5', '邵  斌', '雅畈镇', '创业创新'],
                   ['6', '黄丽萍', '白龙桥镇', '志愿服务']]),
        '公示期为2025年5月12日至5月18日（5个工作日）。公示期间，如对拟推荐对象有异议，可通过来信、来电或来访等方式向区妇联反映。反映问题应实事求是，以个人名义反映的须署真实姓名和联系方式。',
        '联系电话：0579-82468810',
        '联系地址：婺城区宾虹西路2666号区行政中心7楼区妇联办公室',
        'R|婺城区妇女联合会',
        'R|2025年5月12日'],
  f=dict(site='金华市婺城区人民政府', short='婺城', crumb='首页 ＞ 政务公开 ＞ 公示公告',
    info='发布时间：2025/5/12 16:40:05&nbsp;&nbsp;来源：区妇联&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】',
    tools='【<a>打印</a>】【<a>关闭</a>】',
    footer='金华市婺城区人民政府办公室 主办 版权所有<br>浙ICP备13012211号-2 浙公网安备 33070202000436号 网站标识码：3307020001<br>政府网站找错 | 网站地图')))

PAGES.append(dict(id='zx-07', kind='gov: 省厅 政策解读 Q&A', tpl='gov_new', lang='zh',
  title='《湖北省灵活就业人员参加企业职工基本养老保险办法》政策解读', authors=[], time='2025-03-21 15:30',
  body=['近日，省人力资源和社会保障厅、省财政厅联合印发《湖北省灵活就业人员参加企业职工基本养老保险办法》（以下简称《办法》）。为便于社会各界准确理解和把握政策内容，现就有关问题解读如下。',
        'H|一、《办法》出台的背景是什么？',
        '随着新就业形态快速发展，网约车司机、外卖骑手、网络主播等灵活就业人员数量持续增加。为进一步扩大养老保险覆盖面，推动灵活就业人员应保尽保，我省在总结前期工作经验的基础上，制定了本《办法》。',
        'H|二、哪些人员可以按灵活就业人员身份参保？',
        '年满16周岁、未达到法定退休年龄，在本省从事个体经营或灵活就业，且未在用人单位参加企业职工基本养老保险的人员，均可以按规定参保。《办法》取消了参保的户籍限制，外省户籍人员在我省就业的，可以在就业地参保。',
        'H|三、缴费基数和比例如何确定？',
        '灵活就业人员可在全省上年度全口径城镇单位就业人员平均工资的60%至300%之间自主选择缴费基数，缴费比例为20%，其中12%记入统筹基金，8%记入个人账户。',
        'H|四、缴费方式有哪些？',
        '参保人员可按月、按季、按半年或按年缴费，可通过“鄂汇办”APP、湖北税务微信公众号、银行网点等多种渠道办理，当年度缴费截止时间为12月31日。',
        'H|五、《办法》什么时候开始施行？',
        '《办法》自2025年4月1日起施行，有效期5年。此前有关规定与本《办法》不一致的，以本《办法》为准。'],
  f=dict(site='湖北省人力资源和社会保障厅', crumb='首页 > 政务公开 > 政策解读', top='<a>无障碍</a> <a>长者模式</a> <a>English</a> <a>个人中心</a>', ph='请输入您要搜索的内容',
    above='政策解读', info='<span>来源：养老保险处</span><span>|</span><span>发布时间：2025-03-21 15:30</span><span>|</span><span>【<a>大</a> <a>中</a> <a>小</a>】</span>',
    post='<p>相关文件：<a>湖北省人力资源和社会保障厅 湖北省财政厅关于印发《湖北省灵活就业人员参加企业职工基本养老保险办法》的通知</a></p>',
    prevnext='上一篇：图解：2025年湖北省职业技能提升行动 | 下一篇：一图读懂工伤保险待遇调整',
    footer='主办单位：湖北省人力资源和社会保障厅 地址：武汉市武昌区中北路138号<br>鄂ICP备05006287号 鄂公网安备42010602000661号 网站标识码：4200000039')))

PAGES.append(dict(id='zx-08', kind='gov: speech 同志们 (地级市)', tpl='gov_new', lang='zh',
  title='在全市优化营商环境暨“千名干部进千企”活动推进大会上的讲话', authors=['陈志远'], time='2025年2月18日 星期二',
  body=['同志们：',
        '今天，我们召开全市优化营商环境暨“千名干部进千企”活动推进大会，主要任务是总结去年工作，部署今年任务，动员全市上下进一步增强“人人都是营商环境、事事关系发展全局”的意识。刚才，四位同志作了交流发言，讲得很好，我都赞成。下面，我讲三点意见。',
        'H|一、正视差距，切实增强优化营商环境的紧迫感',
        '去年，我市营商环境评价在全省排名前进了5个位次，企业开办时间压缩到半天以内，“一件事一次办”事项达到42项。但我们也要看到，与南京都市圈先进城市相比，我们在政务服务效率、要素保障能力、政策兑现速度等方面还有不小差距。企业反映的“准入不准营”“政策找不到、看不懂”等问题仍然不同程度存在。',
        'H|二、聚焦重点，全力打造一流营商环境',
        '一要在政务服务上再提速。全面推行“高效办成一件事”，年底前实现企业高频事项全程网办。二要在要素保障上再加力。加快“标准地”出让，推动工业项目“拿地即开工”。三要在政策兑现上再突破。建立涉企政策“免申即享”清单，让企业少跑腿、早受益。',
        'H|三、压实责任，确保各项举措落地见效',
        '各县（市、区）党政主要负责同志是本地营商环境第一责任人，要亲自研究、亲自推动。“千名干部进千企”活动要坚持问题导向，帮扶干部每月至少走访企业一次，对企业反映的问题实行清单化管理、闭环式办理。市纪委监委要加强监督，对推诿扯皮、吃拿卡要的，发现一起、查处一起、通报一起。',
        '同志们，营商环境没有最好，只有更好。让我们以时不我待的精神，真抓实干，久久为功，为加快建设现代化新滁州作出新的更大贡献！'],
  f=dict(site='滁州市人民政府', crumb='当前位置：首页 > 政务公开 > 领导讲话', info_first=True,
    info='<span>2025年2月18日 星期二</span>&nbsp;<span>信息来源：市政府办公室</span>&nbsp;<span>浏览：3105次</span>',
    sub='<div style="text-align:center">（2025年2月17日）</div><div style="text-align:center">市长 陈志远</div>',
    sticky='滁州市人民政府 | 在全市优化营商环境暨“千名干部进千企”活动推进大会上的讲话',
    footer='主办：滁州市人民政府办公室 承办：滁州市数据资源管理局<br>皖ICP备05015311号 皖公网安备34110202000103号 网站标识码：3411000001')))

PAGES.append(dict(id='zx-09', kind='gov: 区 部门动态 (old table, 作者 in info bar)', tpl='gov_old', lang='zh',
  title='铜山区农业农村局开展“三夏”农机安全生产检查', authors=['刘洋'], time='2024-06-05',
  body=['为确保“三夏”期间农机安全生产形势平稳，近日，铜山区农业农村局组织农机安全监理人员，深入柳泉镇、棠张镇、单集镇等主要产麦区，开展农机安全生产专项检查。',
        '检查组重点对联合收割机、拖拉机等农业机械的牌证、驾驶操作证、安全防护装置以及驾驶员安全操作规范等情况进行了逐一检查，对发现的灯光不全、反光标识缺失等隐患当场督促整改，并现场讲解农机安全操作规程和事故应急处置知识。',
        '今年，全区预计投入各类收获机械2100余台，其中跨区作业机械300余台。区农业农村局在各镇设立农机服务站16个，开通24小时服务热线，为机手提供作业信息、维修保养、燃油供应等“一站式”服务，确保夏收夏种机械化作业高效、安全推进。',
        '截至目前，共检查农业机械460余台（次），发放安全宣传资料3000余份，排查整改安全隐患37处。'],
  f=dict(site='徐州市铜山区人民政府', short='铜山', crumb='首页>>政务公开>>部门动态',
    nav=['网站首页', '铜山概况', '政务公开', '网上办事', '公众参与', '专题专栏'],
    info='作者：刘  洋&nbsp;&nbsp;来源：区农业农村局&nbsp;&nbsp;发布时间：2024-06-05&nbsp;&nbsp;浏览次数：<font color=red>519</font>',
    tools='【<a>打印本页</a>】【<a>关闭窗口</a>】',
    footer='Copyright © 2013-2024 徐州市铜山区人民政府 All Rights Reserved<br>苏ICP备05006578号 网站标识码：3203120005 苏公网安备 32031202000061号')))

PAGES.append(dict(id='zx-10', kind='gov: 县 领导活动 (date line above title)', tpl='gov_new', lang='zh',
  title='县委书记沈建华赴莫干山镇调研民宿经济高质量发展', authors=['姚佳琪'], time='2025-07-14 18:06',
  body=['7月14日，县委书记沈建华赴莫干山镇调研民宿经济高质量发展工作。他强调，要坚持生态优先、品质引领，推动“洋家乐”从“一枝独秀”向“满园春色”转变，持续擦亮德清“国际化山地休闲旅游度假目的地”金名片。',
        '沈建华先后来到仙潭村、劳岭村等地，走进民宿集聚区、乡村运营中心，详细了解民宿入住率、客源结构、从业人员培训等情况。在劳岭村，他与民宿主、返乡创业青年面对面交流，听取大家对完善基础设施、规范市场秩序的意见建议。',
        '调研中，沈建华指出，民宿经济是德清共同富裕的重要载体。要加强规划引领，严格控制总量、优化存量，防止同质化、低水平竞争；要强化标准建设，完善民宿等级评定和星级管理，推动服务品质整体提升；要深化农文旅融合，把山水资源、人文历史转化为可感知、可消费的旅游产品，让更多村民在家门口吃上“旅游饭”。',
        '县领导蔡立新参加调研。'],
  f=dict(site='德清县人民政府', crumb='首页 > 新闻动态 > 领导活动', above='2025-07-14 星期一',
    info='来源：德清县新闻传媒中心　作者：姚佳琪　发布时间：2025-07-14 18:06　浏览次数：902　字体：[<a>大</a> <a>中</a> <a>小</a>]',
    prevnext='<a>上一篇：沈建华主持召开县委常委会会议</a> <a>下一篇：县政府与浙江工业大学签订战略合作协议</a>',
    footer='主办：德清县人民政府办公室 技术支持：德清县大数据发展管理局<br>浙ICP备11034457号-1 浙公网安备 33052102000128号 网站标识码：3305210001')))

PAGES.append(dict(id='zx-11', kind='gov: 街道动态 (通讯员 alone)', tpl='gov_new', lang='zh',
  title='洪家楼街道“家门口”议事会解决老旧小区停车难', authors=['马骏'], time='2024-10-22 10:05',
  body=['“以前晚上回来转三圈都找不着车位，现在小区里新划了40个停车位，还装了充电桩，方便多了！”10月20日，家住洪家楼街道花园路社区的居民王振华高兴地说。',
        '花园路社区辖区内多为上世纪九十年代建成的老旧小区，私家车数量逐年增加，车位紧张、乱停乱放问题突出。今年以来，街道依托“家门口”议事会机制，组织社区党组织、物业公司、居民代表和辖区单位多次协商，通过挖潜闲置空地、整合单位内部停车资源、实行错时共享等方式，逐步破解停车难题。',
        '在协商过程中，社区共收集居民意见建议126条，形成停车改造方案3套，最终经居民代表投票确定实施方案。辖区内两家企事业单位主动拿出内部停车场，在夜间和节假日向周边居民开放，新增共享车位85个。',
        '“议事会让居民从‘旁观者’变成了‘参与者’，大家的事大家商量着办，效果自然好。”街道相关负责人介绍，下一步将把这一做法推广到辖区其他老旧小区，让更多民生难题在“家门口”得到解决。'],
  f=dict(site='济南市历城区人民政府', crumb='当前位置：首页 - 政务动态 - 街道动态', top='<a>长者模式</a> | <a>无障碍</a> | <a>简</a>/<a>繁</a> | <a>登录</a> <a>注册</a>',
    info='发布时间：2024-10-22 10:05 信息来源：洪家楼街道 通讯员：马  骏 阅读量：327',
    footer='主办单位：济南市历城区人民政府办公室<br>网站标识码：3701120020 鲁ICP备12015519号-1 鲁公网安备 37011202000178号')))

PAGES.append(dict(id='zx-12', kind='gov: 县 政务动态 (old table, 撰稿 closing line, minority name)', tpl='gov_old', lang='zh',
  title='伊川县与新疆哈密市伊州区开展对口协作交流座谈', authors=['古丽娜尔·吐尔逊'], time='2024年9月26日 10:30',
  body=['9月24日至25日，新疆哈密市伊州区党政代表团一行来伊川县考察交流，双方围绕产业合作、劳务协作、人才交流等方面进行深入座谈。',
        '代表团一行先后参观了伊川县产业集聚区电解铝精深加工园、杜康酒文化产业园和白沙镇高标准农田示范区，实地了解当地产业发展、乡村振兴等情况。',
        '座谈会上，伊州区有关负责同志介绍了当地哈密瓜、红枣等特色农产品种植加工以及新能源产业发展情况。双方表示，将以此次交流为契机，进一步拓宽合作领域，在农产品产销对接、职业技能培训、干部互派挂职等方面建立常态化合作机制。',
        '会上，两地签署了《农产品产销对接合作框架协议》，伊川县3家商超企业与伊州区农产品企业达成采购意向，首批订单金额达600万元。'],
  f=dict(site='伊川县人民政府', short='伊川', crumb='您的位置：首页 → 政务动态 → 本地要闻',
    info='发布时间：2024年9月26日 10:30&nbsp;&nbsp;来源：县委宣传部',
    post='<p style="text-align:right">撰稿：古丽娜尔·吐尔逊</p><p style="text-align:right">审核：段卫东</p>',
    tools='【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】',
    footer='主办：中共伊川县委办公室 伊川县人民政府办公室<br>豫ICP备12345008号 网站标识码：4103290002 豫公网安备41032902000046号')))

PAGES.append(dict(id='zx-13', kind='gov: 人民日报 article reprinted on a district portal', tpl='gov_new', lang='zh',
  title='吴江：一根丝串起产业升级路', authors=['姚雪青', '白光迪'], time='2025-05-19',
  body=['初夏时节，走进苏州市吴江区盛泽镇的一家纺织企业，数百台喷水织机高速运转，一匹匹轻薄如翼的面料从生产线上缓缓输出。“这种面料采用再生聚酯纤维，每米能卖到30多元，比普通面料高出近一倍。”企业负责人指着样品介绍。',
        '盛泽被誉为“中国绸都”，丝绸纺织业是当地的传统支柱产业。面对原材料价格波动、国际订单转移等挑战，吴江推动纺织企业加快智能化改造和绿色化转型。近3年，全区累计实施纺织行业技改项目420余个，规上纺织企业数字化改造覆盖率超过85%。',
        '在东方丝绸市场，直播间里的主播正通过镜头向海外采购商展示新品。市场负责人介绍，目前入驻的1万多家商户中，超过六成开展了线上销售业务，跨境电商交易额连续两年保持两位数增长。',
        '“我们既要守住‘一根丝’，也要拉长产业链。”吴江区有关负责人说，下一步将重点发展功能性面料、产业用纺织品和时尚设计，推动纺织产业向高端化、品牌化迈进。'],
  f=dict(site='苏州市吴江区人民政府', post='<p>《 人民日报 》（ 2025年05月19日 10 版）</p>', crumb='首页 > 新闻中心 > 媒体看吴江',
    info='发布日期：2025-05-19　来源：人民日报　记者：姚雪青　白光迪　【字号：<a>大</a> <a>中</a> <a>小</a>】',
    prevnext='上一篇：新华日报｜吴江加快建设长三角生态绿色一体化示范区 下一篇：央视新闻｜太湖边的“新农人”',
    related='<div><h4>媒体看吴江</h4>' + lis(['光明日报：吴江古镇焕新颜', '经济日报：县域经济的“吴江样本”', '交汇点：吴江产业工人技能大赛开赛']) + '</div>',
    footer='主办：苏州市吴江区人民政府办公室 地址：吴江区中山南路1979号<br>苏ICP备10039961号-1 苏公网安备32050902101003号 网站标识码：3205090007')))

PAGES.append(dict(id='zx-14', kind='gov: 市 部门动态 (colon headline in two lines)', tpl='gov_new', lang='zh',
  title='', title_lines=['黄冈市生态环境局：', '“三个到位”筑牢汛期环境安全防线'], authors=['胡晓峰', '程静'], time='2024-06-27 11:48:20',
  body=['入汛以来，黄冈市生态环境局坚持底线思维，做到责任落实到位、隐患排查到位、应急准备到位，全力防范化解汛期突发环境事件风险。',
        'H|责任落实到位',
        '该局成立汛期环境安全工作专班，局主要负责同志任组长，各县（市、区）分局分别明确一名班子成员具体负责，实行24小时值班和领导带班制度，确保信息报送及时、指令传达畅通。',
        'H|隐患排查到位',
        '聚焦长江沿线化工企业、尾矿库、污水处理厂等重点领域，开展汛前环境安全隐患排查整治。截至目前，共出动执法人员620余人次，检查企业238家，发现并督促整改问题41个。',
        'H|应急准备到位',
        '更新完善突发环境事件应急预案，在浠水、蕲春等地储备吸附棉、围油栏、应急监测设备等物资，组织开展应急演练5次。同时加强与水利、应急管理等部门的信息共享，确保一旦发生险情能够快速响应、科学处置。（胡晓峰 程静）'],
  f=dict(site='黄冈市人民政府', crumb='首页 / 政务动态 / 部门动态',
    info='发布时间：2024-06-27 11:48:20来源：市生态环境局浏览次数：188',
    footer='主办：黄冈市人民政府办公室 承办：黄冈市政务服务和大数据管理局<br>鄂ICP备05001234号-2 鄂公网安备42110202000041号 网站标识码：4211000001')))

PAGES.append(dict(id='zx-15', kind='gov: 开发区 政务动态 (文/图 under title, exclamation headline)', tpl='gov_new', lang='zh',
  title='首台套！合肥高新区企业研制的大功率氢燃料电池堆下线', authors=['杨帆'], time='2025-01-09 17:25',
  body=['1月8日，位于合肥高新区的安徽氢源动力科技有限公司举行产品下线仪式，公司自主研制的300千瓦级大功率氢燃料电池电堆正式下线，填补了省内该领域空白，并入选安徽省首台套重大技术装备目录。',
        '据介绍，该电堆采用金属双极板技术，功率密度达到每升5.2千瓦，低温启动可至零下30摄氏度，主要应用于重型卡车、船舶和分布式发电等场景。与同类产品相比，电堆体积缩小约20%，寿命提高到2万小时以上。',
        '“从立项到下线，研发团队用了不到两年时间。”公司研发总监周一鸣说，高新区在人才引进、中试平台、首购首用等方面给予了大力支持，帮助企业跑出了研发“加速度”。',
        '近年来，合肥高新区围绕氢能“制、储、运、加、用”全链条布局，已集聚相关企业50余家，2024年氢能产业产值同比增长46%。'],
  f=dict(site='合肥高新技术产业开发区管理委员会', crumb='您所在的位置：首页 > 新闻中心 > 高新动态', top='<a>无障碍</a> <a>关怀模式</a> <a>English</a>',
    sub='<div class="au" style="text-align:center">文/图：杨  帆</div>',
    info='时间：2025-01-09 17:25 | 来源：高新区经贸局 | 字号 大 中 小 | 打印',
    pics={1: ('氢燃料电池电堆下线仪式现场', '')},
    footer='主办：合肥高新区管委会 网站标识码：3401000041<br>皖ICP备10200034号 皖公网安备 34019202000271号')))

# ======================= NEWS (zx-16 .. zx-25) =======================
NAVP = ['首页', '新闻', '时政', '财经', '社会', '文旅', '视频', '图片', '评论']
PAGES.append(dict(id='zx-16', kind='news: 新华社 通稿 reprinted on a provincial portal', tpl='news', lang='zh',
  title='湖北鄂州花湖机场国际货运航线增至16条', authors=['侯文坤', '喻珮'], time='2025-04-16 20:41',
  body=['新华社武汉4月16日电（记者侯文坤、喻珮）记者从湖北国际物流机场有限公司获悉，随着16日鄂州—布达佩斯全货机航线正式开通，亚洲首个专业货运枢纽机场鄂州花湖机场的国际货运航线已增至16条，通达欧洲、北美、东南亚等地区。',
        '据介绍，新开通的航线由波音767全货机执飞，每周往返3班，单程最大载货量约50吨，主要运输电子产品、跨境电商包裹和机械零部件等货物。',
        '花湖机场于2022年7月投运，截至今年3月底，累计完成货邮吞吐量超过300万吨。今年一季度，机场国际及地区货邮吞吐量同比增长62%。',
        '湖北国际物流机场有限公司相关负责人表示，机场将持续加密国际航线网络，完善“空铁水公”多式联运体系，打造面向全球的航空物流枢纽。'],
  f=dict(site='荆楚网', nav=NAVP, crumb='荆楚网 > 湖北新闻 > 正文', top='荆楚网（湖北日报网） | 客户端 | 登录 | 注册',
    info='2025-04-16 20:41　来源：新华社　　<a>评论(12)</a>', ed='责任编辑：余敏捷',
    related='<h4>相关新闻</h4>' + lis(['鄂州花湖机场开通首条至中东全货机航线', '一季度湖北外贸进出口同比增长11.2%', '湖北加快建设国际物流核心枢纽', '武汉天河机场恢复至伦敦直航']),
    hot='<h4>24小时热点</h4><ol><li>武汉樱花季接待游客超千万人次</li><li>湖北发布今年首个暴雨蓝色预警</li><li>襄阳至荆门高铁进入联调联试</li></ol>',
    footer='荆楚网版权所有 未经书面授权禁止转载<br>鄂ICP备08008044号-1 互联网新闻信息服务许可证：42120170001 违法和不良信息举报电话：027-86777788')))

PAGES.append(dict(id='zx-17', kind='news: 中新网 story', tpl='news', lang='zh',
  title='浙江义乌：“世界超市”迎来采购旺季 中东客商同比增三成', authors=['董易鑫'], time='2024年11月12日 14:53',
  body=['中新网义乌11月12日电（记者 董易鑫）11月的义乌国际商贸城人头攒动，来自世界各地的采购商穿梭在各个商铺之间。临近年底，圣诞用品、冬季服饰、家居饰品等商品进入出货高峰，“世界超市”迎来采购旺季。',
        '在国际商贸城二区，经营箱包生意的商户吴美玲一边用翻译软件和客户沟通，一边在订单上记下款式和数量。“今年中东客户特别多，一个沙特客户一次就订了两个货柜。”她说。',
        '义乌市商务局数据显示，今年1至10月，义乌接待境外采购商超过60万人次，其中来自中东地区的客商同比增长约30%。同期，义乌对“一带一路”共建国家进出口额占全市进出口总额比重超过一半。',
        '为便利外商采购，义乌今年推出了外籍人士“一站式”服务窗口，提供签证、住宿登记、支付结算等服务，并在市场内增设多语种导购标识和外币兑换点。',
        '“现在来义乌越来越方便了，用手机就能付款，还有翻译帮忙。”来自阿联酋的采购商穆罕默德说，他每年都会来义乌四五次，“这里几乎什么都能买到，价格也很有竞争力。”（完）'],
  f=dict(site='中国新闻网', nav=['首页', '时政', '国际', '财经', '社会', '大湾区', '华人', '文娱', '体育', '视频'], crumb='中新网 > 财经频道 > 正文',
    top='<a>中新网</a> | <a>中新视频</a> | <a>中新社</a> | 繁體 | English',
    info='2024年11月12日 14:53　来源：中国新闻网　<a>参与互动</a>', ed='【编辑:张令旗】',
    share='<span>分享到：</span> 微信 微博 <span style="user-select:none">QQ</span>',
    related='<h4>相关新闻</h4>' + lis(['义乌小商品出口额创新高', '浙江前10个月外贸进出口情况发布', '“义新欧”班列今年开行超2000列']),
    hot='<h4>图片</h4><div><img src="data:," alt="义乌国际商贸城">义乌国际商贸城</div>',
    footer='本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。<br>Copyright ©1999-2024 chinanews.com. All Rights Reserved')))

PAGES.append(dict(id='zx-18', kind='news: 快讯 with 电 dateline', tpl='news', lang='zh',
  title='快讯！济郑高铁山东段今日全线贯通运营', authors=['孙源'], time='2025年12月08日08:30',
  body=['人民网济南12月8日电 （记者孙源）12月8日8时，随着G2681次列车从济南西站驶出，济郑高铁山东段全线贯通运营，济南至郑州最快1小时51分可达。',
        '济郑高铁山东段起自济南西站，经聊城至山东、河南两省交界处，正线全长约167公里，设计时速350公里。开通运营后，鲁西地区将全面融入全国高铁网。'],
  f=dict(site='人民网', nav=['首页', '时政', '地方', '财经', '社会', '健康', '教育', '视频'], crumb='人民网 >> 山东频道 >> 时政',
    info='2025年12月08日08:30 | 来源：人民网－山东频道', ed='(责编：王萌、李博)',
    share='<a>分享让更多人看到</a>', above='<span style="color:#c00">【快讯】</span>',
    related='<h4>推荐阅读</h4>' + lis(['山东高铁运营里程突破3000公里', '聊城西站站房主体完工']),
    footer='人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 数据服务 | 网站声明 | 网站律师 | 信息保护 | 联系我们<br>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2025 by www.people.com.cn. all rights reserved')))

PAGES.append(dict(id='zx-19', kind='news: long feature with sub-headings (author line under title)', tpl='news', lang='zh',
  title='从“卖山林”到“卖风景” 一个浙西山村的二十年', authors=['王晨辉', '叶蓓蓓', '徐剑平'], time='2024-08-15 07:02',
  body=['盛夏的清晨，开化县大溪边乡上安村笼罩在一层薄雾里。65岁的村民郑樟富打开自家民宿的木门，把刚从菜园里摘下的豆角、茄子放进厨房。“今天有两拨上海客人要来，得早点准备。”',
        '二十年前，郑樟富还是村里有名的“砍树能手”。那时候，上安村人均耕地不到半亩，村民的收入主要靠上山砍木头、烧木炭。“山越砍越秃，钱却没见多。”他回忆说。',
        'H|一片山林的“转身”',
        '转折发生在2005年前后。随着钱江源国家级生态保护区的设立，上安村周边的山林被划入保护范围，砍伐被全面叫停。一时间，不少村民断了收入来源，只能外出打工。',
        '“那几年，村里只剩下老人和孩子，很多房子都空着。”村党支部书记汪建勇说。2013年，村里开始尝试发展林下经济，在竹林里套种黄精、三叶青等中药材；2017年，又借着全域旅游的东风，把闲置农房改造成民宿。',
        'H|一群年轻人的回归',
        '90后姑娘郑丽娜就是在这时候回到村里的。她在杭州做过几年酒店管理，回乡后和几位同学一起租下村里的老粮仓，改造成咖啡馆和自然教育基地。“城里的孩子来这里认识植物、观察萤火虫，一个暑假能接待两千多人次。”',
        '目前，上安村已有民宿32家，回乡创业青年40余人。去年，全村接待游客12万人次，村集体经营性收入达到86万元，村民人均可支配收入比十年前翻了一番多。',
        'H|一条绿色发展的路',
        '站在村口的观景台上，层层叠叠的竹海一直延伸到天边。汪建勇说，村里正在谋划建设一条串联周边5个村的森林步道，“我们不光要把风景守好，还要让更多人走进来、留下来。”',
        '从“卖山林”到“卖风景”，上安村的二十年，是浙江践行“绿水青山就是金山银山”理念的一个生动缩影。'],
  f=dict(site='潮新闻', nav=['首页', '浙江', '时政', '深度', '潮评', '视频', '直播'], crumb='首页 > 深度',
    top='<a>下载潮新闻客户端</a> | <a>登录</a>', info='2024-08-15 07:02 | 浙江日报',
    sub='<div class="au">潮新闻记者 王晨辉 叶蓓蓓 通讯员 徐剑平</div>',
    ed='编辑：陈佳琪　审核：朱晓红',
    pics={2: ('上安村民宿', '上安村一角。（拍友 许彩仙 摄）')},
    related='<h4>更多深度</h4>' + lis(['千万工程二十年｜乡村的新样子', '山区26县的共富密码', '一座小镇的咖啡经济']),
    footer='浙江日报报业集团主办 版权所有 未经授权不得转载<br>浙ICP备10042306号 互联网新闻信息服务许可证：33120170003')))

PAGES.append(dict(id='zx-20', kind='news: page with a video and its caption', tpl='news', lang='zh',
  title='郑州：“口袋公园”串起城市绿色生活圈', authors=['李梦琪'], time='2025-05-06 19:22:41',
  body=['5月初的郑州，绿意正浓。在金水区经三路与农业路交叉口附近，一座不足两千平方米的小公园里，老人在树荫下下棋，孩子们在沙坑里嬉戏，周边上班族也趁午休来这里散散步。',
        '这是郑州今年新建成的一批“口袋公园”之一。过去这里是一处闲置的边角地块，杂草丛生、垃圾堆积。经过改造，如今增设了健身步道、儿童游乐设施和休憩座椅，成了附近居民的“后花园”。',
        '据郑州市城市管理局介绍，近三年来，郑州利用城市边角地、拆违腾退地等建设口袋公园300余个，基本实现城区居民出门“300米见绿、500米见园”。',
        '“以前带孙子得坐两站公交去大公园，现在下楼走几步就到了。”家住附近的市民赵桂兰说。',
        '记者了解到，今年郑州还将新建改造口袋公园50个，并同步推进公园无障碍设施和适儿化改造，让更多市民在家门口享受城市绿意。'],
  f=dict(site='大象新闻', nav=['首页', '河南', '时政', '民生', '视频', '直播', '大象帮'], crumb='大象网 > 新闻 > 河南',
    top='河南广播电视台 | 大象新闻客户端下载', info='发布时间：2025-05-06 19:22:41 | 来源：大象新闻 | 记者：李梦琪',
    video='<div class="video" style="width:640px;height:360px;background:#000;color:#fff">▶ 00:00 / 01:48</div><p class="vcap" style="color:#666">视频：郑州口袋公园成居民休闲好去处（大象新闻记者 李梦琪 张建伟 拍摄）</p>',
    ed='编辑：刘晓　审核：马冬冬',
    related='<h4>猜你喜欢</h4>' + lis(['郑州新增绿道120公里', '河南发布城市更新行动方案', '五一假期郑州各大公园游人如织']),
    footer='大象新闻 版权所有 河南广播电视台主办<br>豫ICP备08100035号 豫公网安备 41010502003008号')))

PAGES.append(dict(id='zx-21', kind='news: portal reprint with 原标题', tpl='news', lang='zh',
  title='安徽这个县，把“土特产”卖到了40多个国家', authors=['汪永安', '刘良浩'], time='2025年03月14日 06:48:00',
  body=['一颗颗饱满的砀山酥梨被清洗、分拣、装箱，通过冷链运往港口，半个月后便出现在东南亚的超市货架上。今年以来，砀山县水果及其加工产品出口额同比增长21%，产品远销40多个国家和地区。',
        '砀山是全国闻名的“酥梨之乡”，水果种植面积近百万亩。过去，当地农产品以鲜果批发为主，附加值低、受市场波动影响大。近年来，砀山县大力发展果汁、罐头、梨膏等精深加工，培育规上农产品加工企业86家，农产品加工转化率提高到65%以上。',
        '在砀山经济开发区的一家食品企业，自动化生产线上黄桃罐头正在灌装封口。企业负责人介绍，企业产品已通过多个国际认证，去年出口额超过8000万元。',
        '“下一步，我们将继续在品牌建设、标准制定、跨境电商上下功夫，让更多‘砀山造’走向世界。”砀山县商务局负责人说。'],
  f=dict(site='凤凰网安徽', nav=['资讯', '财经', '娱乐', '体育', '时尚', '汽车', '房产', '科技', '读书', '文化'], crumb='凤凰网安徽 > 资讯 > 安徽新闻',
    top='<a>凤凰新闻客户端</a> <a>凤凰视频</a> <a>登录</a>',
    info='<span>2025年03月14日 06:48:00</span> <span>来源：安徽日报</span> <span>评论 <b>37</b></span>',
    sub='<p class="yuan" style="color:#666">原标题：砀山农产品出口额同比增长21%</p><p>本报记者 汪永安 本报通讯员 刘良浩</p>',
    ed='[责任编辑：李静]', share='分享到： 微信 QQ空间 微博',
    related='<h4>延伸阅读</h4>' + lis(['安徽外贸“新三样”出口增长强劲', '宿州：特色水果产业撑起乡村振兴', '合肥跨境电商综试区建设提速', '皖北农业大县的转型之路']),
    hot='<h4>热门排行</h4><ol><li>安徽高速新规4月起实施</li><li>黄山景区门票免费政策延长</li><li>合肥地铁新线开通时间确定</li></ol><p>0条评论 | 已有37人参与</p>',
    footer='凤凰网版权所有 Copyright © 2025 Phoenix New Media Limited All Rights Reserved.')))

PAGES.append(dict(id='zx-22', kind='news: question headline, 本报讯 in body', tpl='news', lang='zh',
  title='城市书房为何夜里十点还灯火通明？', authors=['许海燕', '陈立新'], time='2024-12-02 21:17',
  body=['本报讯（记者 许海燕 通讯员 陈立新）晚上九点半，常州市天宁区青果巷城市书房里依然座无虚席。有人埋头备考，有人翻阅杂志，还有几位老人戴着老花镜读报纸。“下班后来这里看两个小时书，是我一天中最放松的时刻。”在附近公司上班的张悦说。',
        '记者从常州市文广旅局了解到，目前常州已建成城市书房126家，其中110家实行24小时或延时开放，全年接待读者超过500万人次。书房统一采用“刷脸”或身份证进入，与市图书馆实现通借通还。',
        '为什么城市书房这么受欢迎？市图书馆馆长朱伟认为，一方面，书房选址多在社区、公园和商业街区，离群众近；另一方面，书房定期举办读书分享、亲子阅读、非遗体验等活动，让阅读空间变成了文化客厅。',
        '据悉，常州今年还将新建城市书房20家，并探索引入社会力量参与运营，进一步提升服务品质。'],
  f=dict(site='交汇点新闻', nav=['首页', '时政', '经济', '民生', '文化', '视频', '专题'], crumb='交汇点 > 文化',
    top='新华报业网 | 交汇点客户端 | 登录', info='新华日报·交汇点 2024-12-02 21:17 <span>阅读：2.3万</span>',
    ed='编辑：顾敏', share='<span>分享：</span>微信 微博 复制链接',
    related='<h4>相关阅读</h4>' + lis(['江苏公共文化服务体系建设跑出“加速度”', '苏州图书馆分馆突破百家']),
    footer='新华报业传媒集团主办 版权所有<br>苏ICP备17064713号 互联网新闻信息服务许可证：32120170001')))

PAGES.append(dict(id='zx-23', kind='news: English page of a Chinese site (China Daily style)', tpl='en', lang='en',
  title='Jiangsu village turns silkworm farming into tourism draw', authors=['Yang Jun', 'Cang Wei'], time='2025-06-03 09:12',
  body=['Every May, when mulberry leaves are at their greenest, visitors begin arriving in Zhenze town on the southern shore of Taihu Lake to watch silkworms spin cocoons and try their hand at reeling silk.',
        'The town in Suzhou, Jiangsu province, has raised silkworms for more than 1,000 years. But as young people moved to cities for work, the number of households engaged in sericulture dropped sharply, according to local officials.',
        '"Ten years ago, only a few elderly farmers were still raising silkworms," said Shen Xiaoqin, who runs a family workshop in the town. "Now we host school groups almost every weekend."',
        'In 2021, the town launched a program that combines silkworm farming with study tours and homestays. It has renovated old cocoon warehouses into exhibition halls and opened 18 workshops where visitors can make silk quilts and fans.',
        'Last year, the town received more than 400,000 tourists, and sales of silk products reached 260 million yuan ($36 million), local authorities said.',
        '"The silk road of the past started from villages like ours," Shen said. "We want more people to see where silk comes from."'],
  f=dict(site='CHINA DAILY', top='Global Edition | ASIA | 中文 | 双语 | Français | Mobile | Subscribe | Sign in',
    nav=['Home', 'China', 'World', 'Business', 'Lifestyle', 'Culture', 'Travel', 'Opinion', 'Regional'], crumb='Home / China / Regional',
    info='By YANG JUN and CANG WEI in Suzhou, Jiangsu | chinadaily.com.cn | Updated: 2025-06-03 09:12',
    sub='<div class="share">Share - WeChat <span>Twitter</span> <span>Facebook</span></div>',
    pics={1: ('Visitors watch silkworms at a workshop in Zhenze', 'Visitors learn about silkworm farming at a workshop in Zhenze town, Suzhou, Jiangsu province, on May 28. [Photo by Zhu Xingxin/chinadaily.com.cn]')},
    post='<p>Contact the writers at yangjun@chinadaily.com.cn</p>',
    related='<h4>Related Stories</h4>' + lis(['Suzhou opens new museum of silk', 'Taihu Lake water quality improves for fifth year', 'Jiangsu rural tourism revenue hits record']),
    footer='<a>About China Daily</a> | <a>Advertise on Site</a> | <a>Contact Us</a> | <a>Job Offer</a><br>Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).')))

PAGES.append(dict(id='zx-24', kind='news: English page of a Chinese site (provincial English portal)', tpl='en', lang='en',
  title='Wuhan launches driverless bus route linking Optics Valley metro stations', authors=['Chen Siyu'], time='Jun 18, 2024 18:40',
  body=['Wuhan, capital of Central China\'s Hubei province, on Tuesday began trial operation of a driverless bus route connecting three metro stations in the East Lake High-tech Development Zone, also known as Optics Valley.',
        'The 9.6-kilometer route, served by six electric buses, runs from 7 am to 9 pm with a fare of 2 yuan, the same as regular city buses. Each vehicle carries a safety officer during the trial period.',
        'The buses are equipped with lidar, cameras and millimeter-wave radar, allowing them to detect pedestrians and vehicles up to 200 meters away, said Liu Hao, a technician with the operator.',
        'Wuhan has issued road-test permits for autonomous vehicles covering more than 3,000 kilometers of roads, one of the largest such networks in China.',
        'Passenger Zhou Min, who commutes to a software company in the zone, said the ride was "smoother than expected". "I was a bit nervous at first, but it stops gently at every crossing," she said.'],
  f=dict(site='Hubei Daily English', top='Home | 湖北日报 | About Us | Contact',
    nav=['News', 'Business', 'Culture', 'Travel', 'Photos', 'Videos'], crumb='Home > News > Hubei',
    above='<div class="sec" style="color:#06c">HUBEI</div>',
    info='Source: Hubei Daily | Writer: Chen Siyu | Editor: Tang Yuxin | Published: Jun 18, 2024 18:40',
    related='<h4>Latest News</h4>' + lis(['Yichang hosts Three Gorges tourism fair', 'Hubei exports of new energy vehicles surge', 'Wuhan marathon draws 30,000 runners']),
    footer='Copyright © Hubei Daily Media Group. All Rights Reserved. 鄂ICP备13005000号')))

PAGES.append(dict(id='zx-25', kind='news: city media page, exclamation headline, end-of-body byline', tpl='news', lang='zh',
  title='全市首家！这个社区食堂让老人吃上“暖心饭”', authors=['宋佳', '孔令文'], time='2025-10-11 16:03',
  body=['10月10日中午11点，位于临沂市兰山区银雀山街道的沂州路社区长者食堂里飘出阵阵饭香。红烧鱼块、清炒时蔬、冬瓜排骨汤……十多个菜品摆满了取餐台，前来就餐的老人们排起了长队。',
        '“一荤两素加米饭才8块钱，比自己在家做还省事。”72岁的居民韩秀英说，自从食堂开业后，她几乎每天都来这里吃午饭。',
        '据了解，该食堂是临沂市首家引入“中央厨房+社区配送”模式的长者食堂，由社区提供场地、专业餐饮企业运营，对60周岁以上老人给予每餐2元至4元补贴，对行动不便的高龄老人提供送餐上门服务。开业一个多月来，日均就餐人数达到260余人次。',
        '兰山区民政局相关负责人表示，年底前全区将建成长者食堂30处，织密15分钟养老服务圈。（齐鲁晚报·齐鲁壹点记者 宋佳 通讯员 孔令文）'],
  f=dict(site='齐鲁壹点', nav=['首页', '壹点号', '济南', '青岛', '临沂', '潍坊', '视频', '情报站'], crumb='首页 > 临沂',
    top='齐鲁晚报网 | 下载齐鲁壹点APP | 登录', info='齐鲁晚报·齐鲁壹点 2025-10-11 16:03 <span>浏览 8421</span>',
    ed='编辑：郑伟', hot='<h4>热榜</h4><ol><li>临沂今冬供暖时间确定</li><li>沂河两岸亮化工程完工</li></ol><p>评论 6</p>',
    footer='山东齐鲁晚报网络传媒有限公司 版权所有<br>鲁ICP备15001234号-1 互联网新闻信息服务许可证：37120180010')))

# ======================= SELF-MEDIA (zx-26 .. zx-31) =======================
PAGES.append(dict(id='zx-26', kind='self-media: 头条号, account only', tpl='selfm', lang='zh',
  title='阜阳人注意！这5条公交线路下周一起调整，别坐错了', authors=['皖北生活圈'], time='2025-08-29 20:15',
  body=['家人们，阜阳公交最近又有新变化啦！为了配合颍州路雨污分流改造施工，从9月1日起，市区有5条公交线路要临时调整走向，天天坐公交上班上学的朋友一定要看仔细。',
        'H|1路、6路',
        '原经颍州路（人民西路至清河路段）行驶，调整为经文峰路、清河路绕行，取消颍州路沿线3个站点，其他站点不变。',
        'H|12路、19路',
        '双向改经中清路行驶，临时增设“中清路口”站点。',
        'H|K3路',
        '首班车时间由6:00提前至5:40，方便早班职工出行。',
        '施工预计持续到11月底，恢复时间另行通知。大家出门前可以在“阜阳公交”小程序上查一下实时到站信息，少等一会儿是一会儿。',
        '另外提醒一下，调整期间颍州路沿线部分路口会设置临时围挡，开车的朋友也尽量提前绕行，早高峰这一段比较堵。',
        '你平时坐哪条线？评论区说说～'],
  f=dict(top='<a>今日头条</a> <a>首页</a> <a>下载头条</a> <a>登录</a>', tt='阜阳人注意！这5条公交线路下周一起调整，别坐错了 - 今日头条',
    card='<div class="card"><span>2025-08-29 20:15</span>·<span>皖北生活圈</span> <span>安徽</span></div>',
    after='<div class="card"><img src="data:," alt="皖北生活圈头像"><b>皖北生活圈</b><br>优质本地生活领域创作者 12.6万粉丝 <button>+ 关注</button></div><div>举报/反馈</div><h4>相关推荐</h4>' + lis(['阜阳西站将新增多趟高铁', '颍州区这所学校今年秋季招生', '阜阳一地发布停水通知']) + '<div>评论 56</div>',
    footer='© 2025 今日头条 中国互联网举报中心 京ICP证140141号')))

PAGES.append(dict(id='zx-27', kind='self-media: 百家号, person named as 文/ at start', tpl='selfm', lang='zh',
  title='洛阳老城十字街：夜里十点以后才是它最热闹的时候', authors=['李晓峰'], time='2024-07-21 22:48',
  body=['在洛阳住了三十多年，要说哪条街最有烟火气，我会毫不犹豫地说是老城十字街。',
        '白天的十字街很安静，青石板路两旁是上了年头的老店铺，卖铜器的、卖字画的，老板们坐在门口摇着蒲扇。可一到晚上七八点，整条街像被按下了开关，烧烤、不翻汤、浆面条、牛肉汤的摊子一个挨一个支起来，人挤人，热气腾腾。',
        '我最常去的是街口那家不翻汤，老板姓韩，在这儿摆摊二十多年了。一碗汤，薄如纸的绿豆饼打底，浇上酸辣的骨头汤，撒上虾皮、紫菜、韭菜，十二块钱，喝得人额头冒汗。',
        '这两年十字街改造后，路灯换成了仿古宫灯，沿街的老建筑也修缮了，外地游客越来越多。有人担心老街会变味，但在我看来，只要这些老摊子还在、这些老手艺还在，十字街的魂就在。',
        '如果你来洛阳，记得晚上十点以后再来十字街，那才是洛阳人自己的夜晚。'],
  f=dict(top='<a>百度首页</a> <a>登录</a>', tt='洛阳老城十字街：夜里十点以后才是它最热闹的时候',
    card='<div class="card"><img src="data:," alt="豫见洛阳"><b>豫见洛阳</b><br>2024-07-21 22:48河南<span>优质创作者</span> <button>关注</button></div>',
    pre='<p>文/李晓峰</p>', pics={2: ('洛阳老城十字街夜景', '')},
    after='<div>本文为百家号作者原创，未经授权，不得转载</div><div>豫见洛阳 2.1万获赞 3568粉丝</div><div>关注</div><h4>举报/反馈</h4>',
    footer='©2024 Baidu 使用百度前必读 百家号帮助')))

PAGES.append(dict(id='zx-28', kind='self-media: 网易号, account only', tpl='selfm', lang='zh',
  title='武汉东湖绿道骑行攻略：这条28公里的路线，一年四季都好看', authors=['江城旅行笔记'], time='2025-03-30 11:05:33',
  body=['说起武汉最适合骑行的地方，东湖绿道一定排在第一。全长100多公里的绿道环湖而建，今天给大家推荐一条我们骑了很多次的经典路线：湖中道—湖山道—磨山道，全程约28公里，普通人骑三个小时左右。',
        'H|起点：梨园广场',
        '建议从梨园广场出发，这里地铁4号线可以直达，广场旁边就有共享单车停放点和自行车租赁店，租一辆山地车半天30元左右。',
        'H|湖中道：最出片的一段',
        '湖中道两侧都是水，春天两旁的杉树刚发新芽，嫩绿色倒映在湖面上，随手一拍都是大片。这一段游客比较多，周末建议早上八点前到。',
        'H|磨山道：有点挑战',
        '磨山道有几个小坡，骑累了可以在磨山樱园附近歇歇脚。三月底到四月初是樱花季，樱园需要单独购票，旺季最好提前在网上预约。',
        '最后提醒一句：绿道上行人和骑车的人都多，下坡一定要减速，注意安全。'],
  f=dict(top='<a>网易首页</a> <a>新闻</a> <a>体育</a> <a>娱乐</a> <a>财经</a> <a>汽车</a> <a>科技</a> <a>登录</a>', tt='武汉东湖绿道骑行攻略：这条28公里的路线，一年四季都好看|湖中道|磨山_网易订阅',
    card='<div class="card">2025-03-30 11:05:33　来源: <a>江城旅行笔记</a>　湖北</div><div>举报</div>',
    after='<div>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div><div>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</div><div class="card"><b>江城旅行笔记</b> 网易号 <button>关注</button></div><h4>相关推荐</h4>' + lis(['武汉樱花季赏樱地图来了', '湖北五一自驾游路线推荐']) + '<div>跟贴 14 参与 203</div>',
    footer='网易公司版权所有 ©1997-2025')))

PAGES.append(dict(id='zx-29', kind='self-media: 搜狐号, person named (作者 line)', tpl='selfm', lang='zh',
  title='县域中小企业融资难，问题到底出在哪？', authors=['周明远'], time='2024-05-17 08:40',
  body=['最近到苏北几个县调研，和二十多家中小制造企业老板聊了聊，大家提得最多的还是一个“钱”字。',
        '一家做汽车零部件的企业负责人告诉我，企业去年拿到了一笔800万元的新订单，需要提前采购原材料、扩充设备，但银行贷款审批流程走了两个多月，差点耽误交货。“不是银行不给贷，是我们拿不出合适的抵押物。”',
        '这种情况相当普遍。县域中小企业大多是轻资产运营，厂房多为租赁，设备折旧快，传统的不动产抵押模式很难满足它们的需求。与此同时，企业财务制度不健全、信息不透明，也让银行在风险评估时心存顾虑。',
        '破解这一难题，关键在于建立更适合中小企业的信用评价体系。一些地方已经在尝试，比如把企业的纳税、用电、社保缴纳等数据整合起来，形成“信用画像”，银行据此发放信用贷款，效果不错。',
        '此外，政府性融资担保机构也要发挥更大作用，适当降低担保费率、扩大代偿补偿比例，让银行“敢贷、愿贷”。',
        '说到底，金融活水能不能流到县域中小企业的“田间地头”，既考验银行的服务能力，也考验地方政府的营商环境建设水平。'],
  f=dict(top='<a>搜狐</a> <a>首页</a> <a>新闻</a> <a>财经</a> <a>登录</a>', tt='县域中小企业融资难，问题到底出在哪？_企业_银行_信用',
    card_top='<div class="card"><img src="data:," alt="">财经观察室<br>文章 1032 总阅读 586万 <button>查看TA的文章></button></div>',
    card='<div>2024-05-17 08:40 发布于：江苏省</div><p>作者：周明远</p>',
    after='<div>返回搜狐，查看更多</div><div>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div><div>阅读 (3875)</div><h4>推荐阅读</h4>' + lis(['江苏出台支持民营经济发展新政', '普惠金融如何更普惠']),
    footer='Copyright © 2024 Sohu All Rights Reserved.')))

PAGES.append(dict(id='zx-30', kind='self-media: 微信公众号 (原创 + author name)', tpl='selfm', lang='zh',
  title='@宿迁人，今年的洪泽湖大闸蟹开捕了！', authors=['张珂'], time='2025年9月22日 18:30',
  body=['9月21日上午，随着一声开捕令下，泗洪县临淮镇的洪泽湖水面上，数十条渔船驶向湖心，拉开了今年洪泽湖大闸蟹捕捞的序幕。',
        '“今年雨水适中、水草长得好，蟹子个头普遍比去年大一圈。”养殖户陈大勇捞起一网螃蟹，挑出一只公蟹放在秤上，足足有四两半。',
        '据了解，泗洪县今年螃蟹养殖面积约36万亩，预计总产量超过1.5万吨。为了让湖蟹更快走上市民餐桌，当地在临淮镇设立了集中交易市场，并联合快递企业开通“蟹农专线”，江浙沪地区最快次日达。',
        '想吃正宗洪泽湖大闸蟹的朋友，可以认准“泗洪大闸蟹”地理标志标识，谨防买到“洗澡蟹”。',
        '另外，10月中旬，泗洪县还将举办第二十届洪泽湖螃蟹节，届时会有螃蟹品鉴、渔家美食展、湿地摄影等活动，欢迎大家到时候去湖边走一走。'],
  f=dict(top='<span>微信公众平台</span>', tt='@宿迁人，今年的洪泽湖大闸蟹开捕了！',
    card='<div class="card"><span style="border:1px solid #999">原创</span> 张珂 <a>宿迁发布</a> <em>2025年9月22日 18:30</em> <em>江苏</em></div>',
    pics={1: ('', '')},
    post='<p>来源：泗洪县融媒体中心</p><p>编辑：吴倩 审核：刘春华</p>',
    after='<div>宿迁发布</div><div>宿迁市人民政府新闻办公室官方微信</div><div>阅读 1.2万 赞 86 分享 在看 32</div><div>写留言</div><div>微信扫一扫<br>关注该公众号</div>')))

PAGES.append(dict(id='zx-31', kind='self-media: 澎湃号·政务, account only', tpl='selfm', lang='zh',
  title='警惕！这种“刷单返利”新骗局，已有人中招', authors=['平安荆州'], time='2024-09-04 17:26',
  body=['近日，荆州市沙市区居民刘女士在某社交平台上看到一则“点赞关注就能赚佣金”的广告，添加对方联系方式后被拉进一个任务群。',
        '刚开始，刘女士按要求给指定视频点赞，每次能收到几元钱佣金，很快就赚了100多元。随后，群里的“导师”称有“高额回报任务”，需要先垫付资金，完成后连本带利返还。刘女士先后转账5次共计4.8万元，却被告知“操作失误需要解冻”，这才意识到被骗，立即报警。',
        'H|警方提示',
        '1.所有刷单都是诈骗！凡是要求先垫付资金的“兼职”，一律不要相信。',
        '2.不要轻易点击陌生链接、下载陌生APP，不要添加陌生人拉入的所谓“任务群”。',
        '3.一旦发现被骗，请立即拨打110报警，并保存好聊天记录、转账凭证等证据。'],
  f=dict(top='<a>澎湃新闻</a> <a>要闻</a> <a>深度</a> <a>澎湃号</a> <a>下载客户端</a> <a>登录</a>', tt='警惕！这种“刷单返利”新骗局，已有人中招_澎湃号·政务_澎湃新闻-The Paper',
    card_top='<div>澎湃号·政务 &gt;</div>',
    card='<div class="card"><img src="data:," alt="平安荆州"><b>平安荆州</b> <button>关注</button><br>荆州市公安局官方澎湃号</div><div>2024-09-04 17:26 来源：澎湃新闻·澎湃号·政务</div><div>字号</div>',
    after='<div>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.cn。</div><div>特别声明</div><h4>相关推荐</h4>' + lis(['冒充客服退款诈骗又出新花样', '暑期学生防诈指南']),
    footer='沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证：31120170006 © 2014-2024 上海东方报业有限公司')))

# ======================= E-PAPER (zx-32 .. zx-35) =======================
PAGES.append(dict(id='zx-32', kind='e-paper: 引题/主标题/副题 stack, 本报记者 + 通讯员 line', tpl='epaper', lang='zh',
  title='盐城滩涂上崛起千亿级风电产业集群', authors=['梅剑飞', '吉龙宝'], time='2025年6月3日 星期二',
  body=['初夏，在盐城大丰港经济开发区的一家风电装备企业总装车间里，一台台重达百吨的海上风电机组机舱整齐排列，等待装船发往广东、福建等地的海上风电场。',
        '“今年以来，我们的订单同比增长了40%，生产线满负荷运转。”企业总经理陆海峰说。',
        '盐城拥有江苏一半以上的海岸线和全省最大的滩涂资源，海上风电资源丰富。近年来，盐城坚持“发电端”和“装备端”两端发力，累计引进风电整机、叶片、塔筒、海缆等产业链重点企业60余家，形成了从研发设计、装备制造到运维服务的完整产业链。',
        '数据显示，2024年盐城新能源装备产业产值突破1200亿元，风电装机规模超过1200万千瓦，居全国设区市前列。今年，当地还将加快推进深远海风电示范项目建设，布局海上风电制氢等新业态。',
        '“既要建好风电场，更要做强产业链。”盐城市发展改革委负责人表示，盐城将以国家海上风电产业示范基地建设为抓手，努力打造具有全球影响力的新能源产业高地。'],
  f=dict(paper='新华日报', date='2025年6月3日 星期二', ban='第02版：要闻', yin='“向海图强”激活沿海发展新动能',
    fu='——盐城推动新能源装备产业链式发展见闻', byline='本报记者　梅剑飞　本报通讯员　吉龙宝',
    navtitles=['盐城滩涂上崛起千亿级风电产业集群', '全省夏粮收购工作会议召开', '南京都市圈一体化发展提速', '图片新闻'],
    zb='本版责编：蒋 茜　版式设计：刘 晶',
    footer='新华日报社 版权所有 未经书面授权 不得复制或建立镜像<br>苏ICP备09025681号')))

PAGES.append(dict(id='zx-33', kind='e-paper: 本报讯（记者…通讯员…） in body, section label between headline and body', tpl='epaper', lang='zh',
  title='南阳月季“开”进40多个国家和地区', authors=['王平', '王淑婷'], time='2025-05-08 星期四',
  body=['本报讯（记者 王平 通讯员 王淑婷）5月7日，在南阳市卧龙区石桥镇的一家月季苗木基地，工人们正忙着给即将发往荷兰的月季种苗打包。“这批货有3万多株，下周就要装柜出口。”基地负责人赵建伟说。',
        '南阳是我国最大的月季苗木繁育基地，种植面积达15万亩，年出圃月季苗木1.5亿株，占全国市场份额的80%以上。近年来，南阳持续推进月季产业标准化、品牌化发展，培育月季品种1000多个，产品远销美国、荷兰、日本等40多个国家和地区。',
        '为拓宽销售渠道，南阳还建成了月季电商产业园，引导花农通过直播带货、跨境电商等方式开拓市场。今年前4个月，全市月季苗木线上销售额同比增长35%。',
        '据悉，第十五届中国（南阳）月季花会将于5月中旬开幕，届时将举办月季新品种展、产销对接会等系列活动。'],
  f=dict(paper='河南日报', date='2025-05-08 星期四', ban='第06版：经济·区域', yin='',
    byline='', pre='<div style="color:#999">区域</div>',
    navtitles=['南阳月季“开”进40多个国家和地区', '许昌假发出口持续走俏', '漯河食品产业再添新项目'],
    zb='责任编辑：孙欣　美编：张小兵',
    footer='河南日报报业集团 版权所有 豫ICP备10013658号')))

PAGES.append(dict(id='zx-34', kind='e-paper: 文/图 byline, subtitle under the headline', tpl='epaper', lang='zh',
  title='十堰：汽车城驶入“新赛道”', authors=['龚晓平', '严英'], time='2024年12月16日',
  body=['冬日的十堰，东风商用车有限公司新能源重卡生产线上，机器人手臂上下翻飞，平均每8分钟就有一台新能源重卡下线。',
        '作为“东风”的发源地，十堰曾是全国重要的商用车生产基地。面对新能源转型浪潮，十堰加快推动汽车产业向电动化、智能化、网联化升级。今年1至11月，全市新能源汽车产量同比增长68%，占汽车总产量的比重提高到27%。',
        '在产业链上下游，一批配套企业也在加速转型。位于十堰经济技术开发区的一家零部件企业，原本主要生产燃油车发动机部件，如今已转向电驱动系统、热管理系统研发制造，产品配套国内多家主流新能源车企。',
        '“转型不是‘推倒重来’，而是在原有基础上‘长出新枝’。”十堰市经信局负责人说，下一步，十堰将重点在氢燃料电池汽车、智能网联汽车等领域发力，打造新能源汽车全产业链。'],
  f=dict(paper='湖北日报', date='2024年12月16日', ban='第05版：经济', yin='',
    fu='——全市新能源汽车产量同比增长68%', byline='文/图：湖北日报全媒记者 龚晓平 通讯员 严英',
    pics={1: ('东风商用车新能源重卡生产线', '东风商用车新能源重卡生产线一角。')},
    navtitles=['十堰：汽车城驶入“新赛道”', '宜昌磷化工向精细化迈进', '襄阳打造汉江流域物流枢纽'],
    zb='本版责编：周 琳',
    footer='湖北日报传媒集团 版权所有 鄂ICP备13005000号')))

PAGES.append(dict(id='zx-35', kind='e-paper: city paper, two-line headline, byline at end in parentheses', tpl='epaper', lang='zh',
  title='', title_lines=['温州瓯海：“共享菜园”', '让城市居民过把种菜瘾'], authors=['潘珊珊', '郑伊'], time='2025.04.22 星期二',
  body=['春雨过后，瓯海区娄桥街道的“共享菜园”里一片生机。30多块整齐的小菜地上，青菜、生菜、小番茄长势喜人，不少居民趁着周末来给自家的菜地浇水、除草。',
        '“在城里住了大半辈子，退休后终于圆了种菜的梦。”居民陈阿姨认领了一块12平方米的菜地，每年只需缴纳少量管理费，种子和农具由菜园统一提供。',
        '据了解，这片菜园原本是一块闲置荒地，去年由街道牵头、村集体出资改造，每块菜地面积从10平方米到20平方米不等，通过线上预约方式向周边居民开放认领。菜园还定期邀请农技人员开展种植指导，组织亲子农耕体验活动。',
        '目前，瓯海区已建成“共享菜园”6处，累计吸引2000余户家庭参与。（记者 潘珊珊 通讯员 郑伊）'],
  f=dict(paper='温州日报', date='2025.04.22 星期二', ban='第7版：区域新闻', yin='', byline='',
    navtitles=['温州瓯海：“共享菜园”让城市居民过把种菜瘾', '乐清：海岛民宿迎来旅游旺季', '瑞安举办农民丰收节'],
    zb='本版编辑：林晓 校对：陈洁',
    footer='温州日报报业集团 版权所有 浙ICP备05003217号')))

# ======================= INSTITUTIONAL (zx-36 .. zx-40) =======================
PAGES.append(dict(id='zx-36', kind='institutional: 中学 news (文/图 + 审核 at end)', tpl='gov_old', lang='zh',
  title='我校学子在第41届全国中学生物理竞赛中斩获佳绩', authors=['孙  悦'.replace('  ', '')], time='2024-11-04',
  body=['近日，第41届全国中学生物理竞赛（决赛）成绩揭晓，我校高三（1）班顾子昂同学获得金牌，并入选国家集训队；高三（2）班何雨桐、高三（1）班陆思远同学分获银牌。这是我校连续五年在全国中学生物理竞赛决赛中获得金牌。',
        '本届决赛在湖南长沙举行，来自全国各省（区、市）的370余名选手参加了理论和实验两场考试。我校学生沉着应考，发挥出色，展现了扎实的学科功底和良好的心理素质。',
        '近年来，学校坚持“五育并举”，积极探索拔尖创新人才早期培养路径，组建了由特级教师领衔的学科竞赛指导团队，开设物理、化学、生物、信息学等学科拓展课程，为学有余力、学有所长的学生搭建成长平台。',
        '学校向获奖同学和指导教师表示热烈祝贺，希望同学们戒骄戒躁，再接再厉，在今后的学习中取得更大进步。'],
  f=dict(site='江苏省扬州中学', site_en='JIANGSU YANGZHOU HIGH SCHOOL', short='扬中', crumb='当前位置：首页 > 校园新闻',
    nav=['学校首页', '学校概况', '党建工作', '校园新闻', '教学科研', '德育天地', '招生信息', '校友之家'], topl='今天是 2024年11月4日', topr='<a>OA登录</a> | <a>English</a>',
    info='发布者：校办&nbsp;&nbsp;发布时间：2024-11-04&nbsp;&nbsp;浏览次数：1288',
    post='<p style="text-align:right">文/图：孙  悦</p><p style="text-align:right">审核：钱志刚</p>',
    pics={1: ('顾子昂同学在颁奖现场', '顾子昂同学（中）在颁奖现场')},
    tools='【<a>关闭</a>】', footer='版权所有：江苏省扬州中学 地址：扬州市淮海路40号 邮编：225001<br>苏ICP备05043221号 苏公网安备 32100202010187号')))

PAGES.append(dict(id='zx-37', kind='institutional: 医院 news (通讯员 alone)', tpl='gov_new', lang='zh',
  title='我院成功完成潍坊首例机器人辅助下全膝关节置换术', authors=['谭雪'], time='2025-02-26 16:10',
  body=['近日，我院关节外科团队在骨科手术机器人辅助下，为一名68岁的膝关节骨性关节炎患者成功实施全膝关节置换术。这是潍坊市首例机器人辅助下全膝关节置换手术，标志着我院关节外科迈入精准化、智能化新阶段。',
        '患者李大爷双膝疼痛十余年，近两年行走不足百米就需要停下休息，生活质量受到严重影响。入院后，关节外科主任医师高建军团队经过详细评估，决定为其实施机器人辅助下右膝关节置换术。',
        '手术中，团队借助术前CT三维重建数据，对截骨角度、假体型号和安放位置进行精确规划，机械臂在规划范围内完成截骨操作，误差控制在1毫米以内。手术历时约1小时，出血量较传统手术明显减少。术后第二天，患者即在医护人员指导下下地行走。',
        '高建军介绍，与传统手术相比，机器人辅助手术具有创伤小、精度高、恢复快等优势，能够有效延长假体使用寿命，提高患者满意度。'],
  f=dict(site='潍坊市人民医院', crumb='首页 > 新闻中心 > 医院新闻', top='<a>无障碍</a> <a>长者模式</a> <a>预约挂号</a> <a>智慧服务</a> <a>English</a>', ph='搜索科室、医生、疾病',
    nav=['首页', '医院概况', '新闻中心', '就医指南', '科室导航', '专家介绍', '健康科普', '人才招聘'],
    info='<span>发布日期：2025-02-26 16:10</span> <span>通讯员：谭雪</span> <span>点击量：2064</span>',
    footer='潍坊市人民医院 地址：潍坊市奎文区广文街151号 急救电话：0536-8192120<br>鲁ICP备09061825号 鲁公网安备 37070502000012号')))

PAGES.append(dict(id='zx-38', kind='institutional: 税务局 unit (供稿单位, 作者 under title)', tpl='gov_new', lang='zh',
  title='鄞州区税务局：“税务管家”上门服务助力专精特新企业成长', authors=['邬佳敏', '俞浩'], time='2024-08-09',
  body=['“没想到研发费用加计扣除政策还能这样享受，今年上半年我们预缴申报时就享受了优惠，省下的资金全部投入到了新产品研发上。”宁波一家精密模具企业财务负责人王丽华说。',
        '今年以来，国家税务总局宁波市鄞州区税务局针对辖区专精特新企业，组建“税务管家”服务团队，为120余家企业配备专属联络员，提供“一企一策”精准辅导。',
        '服务团队通过税收大数据分析，梳理企业在研发投入、进出口业务、股权激励等方面的涉税需求，形成个性化政策清单，并上门开展政策讲解和申报辅导。截至7月底，辖区专精特新企业累计享受研发费用加计扣除等税费优惠4.3亿元。',
        '下一步，该局将持续优化“税务管家”服务机制，助力更多中小企业走“专精特新”发展之路。'],
  f=dict(site='国家税务总局宁波市税务局', crumb='首页 > 税务新闻 > 基层动态', top='<a>无障碍</a> <a>长者模式</a> <a>电子税务局</a> <a>12366纳税服务平台</a>',
    info='日期：2024-08-09　　供稿单位：鄞州区税务局　　【字体：<a>大</a> <a>中</a> <a>小</a>】', info_first=True,
    sub='<div style="text-align:center">作者：邬佳敏　俞浩</div>',
    tools='【<a>打印</a>】 【<a>关闭</a>】', footer='主办：国家税务总局宁波市税务局 纳税服务热线：12366<br>浙ICP备05044213号 网站标识码：bm29450002')))

PAGES.append(dict(id='zx-39', kind='institutional: 银行 news ([date] form, section label above)', tpl='news', lang='zh',
  title='江苏银行发布“苏银科创贷”升级版 助力科技型企业“轻装快跑”', authors=['徐文静'], time='[2025-06-03]',
  body=['6月2日，江苏银行在南京举行科技金融产品发布会，正式推出“苏银科创贷”升级版，单户授信额度最高可达3000万元，进一步加大对科技型中小企业的信贷支持力度。',
        '据介绍，升级后的产品引入“人才+专利+订单”综合评价模型，企业可凭知识产权、研发投入、核心团队等要素获得纯信用贷款，最快3个工作日完成审批放款。',
        '截至5月末，江苏银行科技型企业贷款余额突破3000亿元，服务科技型企业超过2.8万户，其中专精特新企业8000余户。',
        '江苏银行相关负责人表示，将持续完善覆盖企业全生命周期的科技金融服务体系，当好科技企业的“成长伙伴”。',
        '发布会上，江苏银行还与南京、苏州、无锡等地的12家科技园区签署合作协议，将通过设立园区服务专员、联合举办投融资对接会等方式，为园区企业提供一站式综合金融服务。'],
  f=dict(site='江苏银行', nav=['首页', '个人金融', '公司金融', '普惠金融', '金融市场', '投资者关系', '关于我们'], crumb='首页 > 关于我们 > 新闻中心 > 本行动态',
    top='<a>网上银行登录</a> | <a>手机银行</a> | <a>信用卡</a> | 客服热线 95319', ph='请输入关键词',
    above='<div style="color:#1764b4">本行动态</div>', info='[2025-06-03]　　作者：徐文静　　来源：办公室',
    share='<a>【打印】</a> <a>【关闭】</a>',
    related='<h4>新闻中心</h4>' + lis(['江苏银行召开2024年度股东大会', '江苏银行荣获“年度普惠金融服务银行”', '江苏银行开展“金融知识进万家”宣传活动']),
    footer='江苏银行股份有限公司 版权所有 客服热线：95319<br>苏ICP备05004125号')))

PAGES.append(dict(id='zx-40', kind='institutional: 博物馆 (two-line headline, 撰稿 closing line)', tpl='gov_new', lang='zh',
  title='', title_lines=['“江淮遗珍——安徽出土青铜器精品展”', '在安徽博物院开幕'], authors=['方雨晴'], time='2025-09-28 10:00',
  body=['9月27日，“江淮遗珍——安徽出土青铜器精品展”在安徽博物院新馆开幕。展览遴选省内考古出土的商周至汉代青铜器精品160余件（套），其中一级文物30余件，是近年来我省规模最大的青铜器专题展。',
        '展览分为“礼乐中原”“群舒风采”“楚风东渐”“汉韵流芳”四个单元，系统展示了江淮地区青铜文化的发展脉络和地域特色。阜南出土的龙虎纹青铜尊、寿县蔡侯墓出土的蔡侯申尊等重量级展品集中亮相。',
        '为提升观展体验，展览还运用数字影像、三维扫描等技术，观众可通过触摸屏“把玩”青铜器，近距离观察器物纹饰和铭文细节。',
        '展览将持续至2026年3月，观众可通过“安徽博物院”微信公众号免费预约参观，周一闭馆（法定节假日除外）。'],
  f=dict(site='安徽博物院', crumb='首页 > 资讯 > 本院新闻', top='<a>参观预约</a> <a>English</a> <a>长者模式</a> <a>无障碍</a>',
    nav=['首页', '参观', '展览', '典藏', '研究', '教育', '文创', '资讯'], ph='搜索展览、藏品、活动',
    sticky='安徽博物院 | “江淮遗珍——安徽出土青铜器精品展”在安徽博物院开幕',
    info='2025-09-28 10:00 | 阅读 1530', post='<p style="text-align:right">撰稿：方雨晴</p><p style="text-align:right">摄影：唐  军</p>',
    pics={2: ('龙虎纹青铜尊', '龙虎纹青铜尊（阜南出土）')},
    share='分享：<a>微信</a> <a>微博</a>',
    footer='安徽博物院 版权所有 地址：合肥市怀宁路268号 开放时间：9:00-17:00（16:00停止入馆）<br>皖ICP备05009678号 皖公网安备34010402700813号')))

# ======================= write =======================
if __name__ == '__main__':
    assert len(PAGES) == 40 and len({p['id'] for p in PAGES}) == 40
    for p in PAGES:
        open(os.path.join(OUT, 'html', p['id'] + '.html'), 'w', encoding='utf-8').write(TPL[p['tpl']](p))
        g = dict(id=p['id'], set='zh-blind23', lang=p['lang'], title=title_text(p), authors=p['authors'],
                 publish_time=p['time'], body_paragraphs=gold_body(p))
        json.dump(g, open(os.path.join(OUT, 'gold', p['id'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'kinds.tsv'), 'w', encoding='utf-8') as fh:
        for p in PAGES:
            fh.write(f"{p['id']}\t{p['kind']}\t{p['tpl']}\n")
    print('wrote', len(PAGES))
