#!/usr/bin/env python3
"""Generator for the zh-blind25 set: html/ pages + gold/ json (raw text made afterwards)."""
import json, os, random, html as H
OUT = os.path.dirname(os.path.abspath(__file__))
E = H.escape
POOL = ["全区召开安全生产工作调度会", "我市新增3家国家级专精特新“小巨人”企业", "关于开展2025年度“质量月”活动的通知",
 "市人大常委会开展食品安全法执法检查", "夏季防溺水安全提示", "区领导走访慰问困难退役军人", "全省农村人居环境整治现场会召开",
 "今年上半年全市GDP同比增长5.6%", "政务服务“一件事”再扩容", "市文旅局发布暑期旅游线路", "街道开展消防应急演练",
 "医保个人账户家庭共济政策问答", "第三届县域商业博览会开幕", "高校毕业生就业见习岗位征集公告", "村里来了“法律明白人”",
 "省生态环境厅通报典型案例", "老旧小区改造加速推进", "城区新增公共充电桩420个", "稳就业政策进基层宣讲活动启动",
 "防汛抗旱指挥部启动Ⅳ级应急响应", "龙舟赛点燃端午热情", "乡村振兴产业项目集中签约", "2025年义务教育招生政策发布",
 "全市重点项目观摩拉练活动举行", "早稻机收进度过半", "新能源汽车下乡活动走进县城", "社区“长者食堂”开张", "税费优惠政策直达快享"]
def pick(seed, n): r = random.Random(seed); return r.sample(POOL, n)
def ul(items, dated=None, cls="list"):
    out = []
    for i, t in enumerate(items):
        d = f'<span class="d">{dated[i % len(dated)]}</span>' if dated else ''
        out.append(f'<li><a href="#">{E(t)}</a>{d}</li>')
    return f'<ul class="{cls}">' + ''.join(out) + '</ul>'
CSS = """body{font-family:sans-serif;margin:0;font-size:15px;color:#222}a{color:#234;text-decoration:none}
.top{background:#eee;font-size:12px;padding:3px 20px}.top span{margin-right:12px}.banner{background:#b71c1c;color:#fff;padding:14px 20px}
.banner b{font-size:26px}.nav a{display:inline-block;padding:6px 14px}.nav{background:#c62828}.nav a{color:#fff}
.wrap{width:1000px;margin:0 auto}.main{width:700px;float:left}.side{width:260px;float:right}.clear{clear:both}
h1{font-size:24px;text-align:center}.info{color:#777;font-size:13px;text-align:center;border-bottom:1px solid #ddd;padding:6px}
.info span{margin:0 6px}.crumb{font-size:13px;padding:8px 0}.foot{background:#333;color:#ccc;font-size:12px;padding:16px;text-align:center;clear:both}
.list li{font-size:13px}.d{color:#999;margin-left:8px}.cap{text-align:center;font-size:13px;color:#555}table.data td,table.data th{border:1px solid #999;padding:3px 6px}
.share a{margin-right:8px;font-size:12px}.sticky{position:sticky;top:0;background:#fff}.dtbl td{border:1px solid #ccc;padding:4px;font-size:13px}
.epl{float:left;width:260px}.epr{margin-left:280px}.sub{font-size:17px;text-align:center;color:#444}.yin{font-size:15px;text-align:center;color:#444}"""
def page(title_tag, parts):
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' + E(title_tag) +
            '</title><style>' + CSS + '</style></head><body>' + '\n'.join(parts) + '</body></html>\n')

# ---------- body mini-language ----------
# lines: plain = paragraph; "## x" sub-heading; "| a | b" table row; "!img alt|caption" picture (not body);
# "~ x" non-body line kept in the article box (credits etc.), right-aligned; "^ x" non-body line rendered as a plain paragraph
def body_html(src, pclass=""):
    out, gold, rows = [], [], []
    def flush():
        if rows:
            out.append('<table class="data">' + ''.join('<tr>' + ''.join(f'<td>{E(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>')
            gold.extend(' '.join(r) for r in rows); rows.clear()
    for ln in [l.strip() for l in src.strip().split('\n') if l.strip()]:
        if ln.startswith('|'):
            rows.append([c.strip() for c in ln.strip('|').split('|')]); continue
        flush()
        if ln.startswith('## '):
            out.append(f'<p><strong>{E(ln[3:])}</strong></p>'); gold.append(ln[3:])
        elif ln.startswith('!img '):
            alt, cap = ln[5:].split('|', 1)
            out.append(f'<p style="text-align:center"><img src="data:," alt="{E(alt)}" width="600" height="1"></p>')
            if cap: out.append(f'<p class="cap">{E(cap)}</p>')
        elif ln.startswith('^ '):
            out.append(f'<p{pclass}>{E(ln[2:])}</p>')
        elif ln.startswith('~ '):
            out.append(f'<p style="text-align:right">{E(ln[2:])}</p>')
        elif ln.startswith('>'):
            out.append(f'<p style="text-align:right">{E(ln[1:])}</p>'); gold.append(ln[1:])
        else:
            out.append(f'<p{pclass}>{E(ln)}</p>'); gold.append(ln)
    flush()
    return '\n'.join(out), gold

# ---------- furniture ----------
def top_modern(extra=""): return f'<div class="top sticky"><span>无障碍</span><span>长者模式</span><span>繁體</span><span>English</span>{extra}<span style="float:right">登录 | 注册</span></div>'
def banner(name, ph="请输入关键词", sub=""): return f'<div class="banner"><b>{E(name)}</b> {E(sub)} <form style="display:inline;float:right"><input placeholder="{E(ph)}"><button>搜索</button></form></div>'
def nav(items): return '<div class="nav">' + ''.join(f'<a href="#">{E(i)}</a>' for i in items) + '</div>'
GOVNAV = ["首页", "政务公开", "政务服务", "互动交流", "走进本区", "专题专栏"]
def crumb(t): return f'<div class="crumb">{E(t)}</div>'
def share(s="分享到："): return f'<div class="share">{E(s)}<a>微信</a><a>微博</a><a>QQ空间</a></div>'
def prevnext(a, b, fmt=("上一篇：", "下一篇：")): return f'<div><p>{fmt[0]}<a href="#">{E(a)}</a></p><p>{fmt[1]}<a href="#">{E(b)}</a></p></div>'
def qr(t="扫一扫在手机打开当前页"): return f'<div class="cap"><img src="data:," alt="二维码" width="90" height="90"><br>{E(t)}</div>'
def foot_gov(host, code, icp, ga, extra=""):
    return (f'<div class="foot"><p>主办单位：{E(host)}　承办单位：{E(host)}办公室　{extra}</p><p>网站标识码：{code}　{icp}　{ga}</p>'
            '<p>建议使用1920×1080分辨率 IE10以上版本浏览器</p><p><img src="data:," alt="党政机关" width="40" height="40"> <img src="data:," alt="政府网站找错" width="80" height="30"></p></div>')
def side(title, items, dated=None): return f'<div class="side"><h3>{E(title)}</h3>{ul(items, dated)}</div>'

PAGES = []
def add(**k): PAGES.append(k)

# ---------- layouts ----------
TOOLS_NEW = '<div style="text-align:right;font-size:13px">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>'
def title_block(p):
    if p.get('title_html'): return p['title_html']
    return f'<h1>{E(p["title"])}</h1>'
def L_gov_modern(p, bh):
    t, i = title_block(p), p.get('info', '')
    head = [i, t] if p.get('info_first') else [t, i]
    return [top_modern(p.get('topx', '')), banner(p['site'], p.get('ph', '请输入关键词')), nav(p.get('nav', GOVNAV)),
            '<div class="wrap"><div class="main">', crumb(p['crumb']), *head, '<div class="art">', bh, '</div>',
            p.get('tail', ''), TOOLS_NEW, share(), prevnext(*pick(p['id'], 2)), '<h3>相关新闻</h3>', ul(pick(p['id'] + 'r', 5)),
            qr(), '</div>', side(p.get('side', '热点关注'), pick(p['id'] + 's', 6)), '</div>',
            foot_gov(p['host'], p['code'], p['icp'], p['ga'], p.get('fx', ''))]
def L_gov_old(p, bh):
    return [f'<table width="980" align="center"><tr><td><img src="data:," alt="{E(p["site"])}" width="980" height="2"></td></tr>',
            f'<tr><td>{nav(p.get("nav", GOVNAV))}</td></tr><tr><td>今天是：{p.get("today", "")}　<input placeholder="站内搜索"> 搜索</td></tr>',
            f'<tr><td class="crumb">{E(p["crumb"])}</td></tr><tr><td>{title_block(p)}</td></tr>',
            f'<tr><td><table width="100%"><tr><td>{p["info"]}</td><td align="right">【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr></table></td></tr>',
            f'<tr><td>{bh}</td></tr><tr><td>{p.get("tail", "")}</td></tr>',
            '<tr><td align="right">【<a>打印</a>】【<a>关闭</a>】【<a>返回顶部</a>】</td></tr>',
            f'<tr><td><b>相关链接</b>{ul(pick(p["id"], 4), ["2025-05-21", "2025-04-30"])}</td></tr></table>',
            f'<table width="980" align="center" class="foot"><tr><td>版权所有：{E(p["host"])}　地址：{E(p.get("addr", ""))}<br>{p["icp"]}　{p["ga"]}　网站标识码：{p["code"]}</td></tr></table>']
def disclosure(meta, colon=True):
    c = '：' if colon else ''
    cells = ''.join(f'<td>{E(k)}{c}</td><td>{E(v)}</td>' + ('</tr><tr>' if n % 2 else '') for n, (k, v) in enumerate(meta))
    return f'<table class="dtbl"><tr>{cells}</tr></table>'
def L_gov_doc(p, bh):
    return [top_modern(), banner(p['site'], '搜索政策文件'), nav(["首页", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"]),
            '<div class="wrap">', crumb(p['crumb']), disclosure(p['meta'], p.get('colon', True)), title_block(p),
            f'<p style="text-align:center">{E(p["wenhao"])}</p>' if p.get('wenhao') else '', bh, p.get('tail', ''),
            '<p>相关附件：</p>' + ul(p.get('files', [])) if p.get('files') else '',
            '<div>相关解读：<a href="#">图解</a> <a href="#">文字解读</a></div>', TOOLS_NEW, qr(), '</div>',
            foot_gov(p['host'], p['code'], p['icp'], p['ga'])]
def L_news(p, bh):
    return [f'<div class="top">{p.get("topline", "客户端 | 移动版 | 登录")}</div>', banner(p['site'], p.get('ph', '搜索新闻'), p.get('slogan', '')),
            nav(p.get('nav', ["首页", "时政", "经济", "社会", "文旅", "视频", "评论", "专题"])), '<div class="wrap"><div class="main">',
            crumb(p.get('crumb', '')), p.get('pre', ''), title_block(p), p.get('info', ''), p.get('lead', ''), bh, p.get('tail', ''), share(p.get('sharelbl', '分享到：')),
            f'<p>{p.get("comments", "")}</p>', '<h3>相关阅读</h3>', ul(pick(p['id'], 6)), '</div>',
            side(p.get('side', '热门排行'), pick(p['id'] + 's', 8)), '</div>',
            f'<div class="foot">{p.get("foot", "")}</div>']
def L_plain(p, bh):
    return p['parts_before'] + [title_block(p), p.get('info', ''), bh, p.get('tail', '')] + p['parts_after']

# ===================== GOVERNMENT (zz-01 .. zz-14) =====================
G = dict(icp="赣ICP备05004389号", ga="赣公网安备 36011102000123号")
add(id="zz-01", kind="gov:区县政务动态", L=L_gov_modern, site="南昌市青山湖区人民政府", host="南昌市青山湖区人民政府", code="3601110003", **G,
    crumb="您当前所在位置：首页 > 政务公开 > 政务动态",
    title="青山湖区启动“家门口就业”服务站建设 首批12个站点投入使用",
    info='<p class="info">记者 刘晓燕　2025-06-03 09:12</p><p class="info">来源：青山湖区融媒体中心　浏览次数：1362</p>',
    authors=["刘晓燕"], time="2025-06-03 09:12",
    body="""6月2日，青山湖区“家门口就业”服务站建设启动仪式在湖坊镇南钢社区举行，首批12个站点同步挂牌投入使用，覆盖全区7个镇（街道）和5个产业园区。
据了解，每个服务站按照“有场地、有人员、有岗位、有制度”的标准建设，配备专职就业指导员，提供政策咨询、岗位推荐、技能培训报名、零工对接等服务。辖区居民在家门口就能查询到区内300余家用工企业的实时岗位信息。
!img 湖坊镇南钢社区就业服务站工作人员为求职者介绍岗位|湖坊镇南钢社区就业服务站工作人员为求职者介绍岗位。
“以前找工作要跑人才市场，现在下楼就能问。”南钢社区居民熊丽萍当天就在服务站登记了求职意向，工作人员现场为她推荐了两家服装企业的质检岗位。
区人社局相关负责人介绍，今年全区计划建成“家门口就业”服务站30个，力争全年城镇新增就业9000人以上，帮助就业困难人员实现就业500人以上。""")
add(id="zz-02", kind="gov:街道动态(2010s table)", L=L_gov_old, site="长沙市岳麓区人民政府门户网站", host="长沙市岳麓区人民政府", code="4301040021",
    icp="湘ICP备05001234号-1", ga="湘公网安备 43010402000188号", addr="长沙市岳麓区金星中路383号", today="2024年11月18日 星期一",
    nav=["首页", "政务公开", "街道动态", "办事服务", "政民互动"], crumb="当前位置：首页 >> 街道动态 >> 望月湖街道",
    title="望月湖街道：“红色物业”让老旧小区焕新颜",
    info='发布时间：2024-11-18　信息来源：望月湖街道　点击数：[287]',
    authors=["周敏"], time="2024-11-18",
    body="""近日，望月湖街道岳麓区第一批“红色物业”示范小区授牌，望月湖第七片小区榜上有名。这个建成于上世纪80年代的老小区，楼道不再堆满杂物，车辆停放整齐有序，居民议事亭里常常坐满了人。
2023年以来，街道推动社区党委、业委会、物业服务企业“三方联动”，把党支部建在小区上，把党员骨干选进业委会，每月召开一次联席会议，协商解决停车难、加装电梯、管网改造等问题42件。
“过去有事找不到人，现在扫码就能报修，半小时内有人上门。”居民黄建华说。
下一步，望月湖街道将总结推广第七片小区经验，力争2025年底实现辖区物业服务全覆盖。""",
    tail='<p>文字：周敏　摄影：唐力　编辑：李娟</p><p>审核：龚晓峰</p>')
add(id="zz-03", kind="gov:公文-意见(一二三)", L=L_gov_doc, site="宜昌市人民政府", host="宜昌市人民政府办公室", code="4205000004",
    icp="鄂ICP备05000987号", ga="鄂公网安备 42050202000102号", crumb="首页 > 政府信息公开 > 法定主动公开内容 > 政府文件",
    meta=[("索引号", "011073240/2025-03118"), ("主题分类", "农业、林业、水利"), ("发文机关", "宜昌市人民政府办公室"), ("成文日期", "2025年03月12日"),
          ("标题", "市人民政府办公室关于加快发展柑橘产业的实施意见"), ("发文字号", "宜府办发〔2025〕6号"), ("发布日期", "2025-03-14"), ("有效性", "有效")],
    title="市人民政府办公室关于加快发展柑橘产业的实施意见", wenhao="宜府办发〔2025〕6号", authors=[], time="2025-03-14",
    body="""各县市区人民政府，宜昌高新区管委会，市政府各部门：
为推动全市柑橘产业提质增效，加快建设全国柑橘产业高质量发展示范区，经市人民政府同意，现提出如下意见。
## 一、总体要求
坚持品种优化、品质提升、品牌打造，到2027年，全市柑橘种植面积稳定在200万亩左右，总产量达到400万吨，全产业链产值突破600亿元。
## 二、重点任务
（一）优化品种结构。推进老旧果园改造，每年改造低效果园5万亩，早熟、晚熟品种比重提高到40%以上。
（二）提升加工能力。支持龙头企业建设精深加工生产线，商品化处理率达到85%以上。
（三）打响区域品牌。统一使用“宜昌蜜桔”区域公用品牌，组织企业参加国内外展销活动。
## 三、保障措施
各地要建立产业发展工作专班，市财政每年安排专项资金5000万元，对符合条件的新建基地、冷链仓储项目给予补助。市农业农村局负责牵头组织实施，每年底向市人民政府报告工作进展。
附件：宜昌市柑橘产业发展重点项目清单（2025—2027年）
>宜昌市人民政府办公室
>2025年3月12日
~ （此件公开发布）""")
add(id="zz-04", kind="gov:公文-通知(联系人)", L=L_gov_doc, site="佛山市南海区人民政府", host="佛山市南海区人民政府", code="4406050015",
    icp="粤ICP备11028399号", ga="粤公网安备 44060502002236号", crumb="您的位置：首页 > 信息公开 > 通知公告", colon=False,
    meta=[("索引号", "11440605MB2C12345X/2025-00791"), ("分类", "教育"), ("发布机构", "佛山市南海区教育局"), ("成文日期", "2025-04-21"),
          ("文号", "南教〔2025〕41号"), ("发布日期", "2025-04-23")],
    title="佛山市南海区教育局关于开展2025年中小学生科技节活动的通知", wenhao="南教〔2025〕41号", authors=[], time="2025-04-23",
    files=["附件1.南海区2025年中小学生科技节活动方案.docx", "附件2.参赛作品汇总表.xlsx"],
    body="""各镇（街道）教育局，区属各学校：
为激发中小学生科学兴趣，培养创新精神和实践能力，区教育局决定举办2025年南海区中小学生科技节。现将有关事项通知如下：
一、活动时间：2025年5月至6月。
二、活动内容：包括青少年科技创新大赛、机器人竞赛、科学实验展示和科普讲座进校园四项。
三、工作要求：各单位要高度重视，认真组织，于5月20日前将参赛作品汇总表报送区教师发展中心。
联系人：区教师发展中心 梁嘉欣，电话：0757-86281234，邮箱：nhkjj@163.com。
附件：1.南海区2025年中小学生科技节活动方案
2.参赛作品汇总表
>佛山市南海区教育局
>2025年4月21日""")
add(id="zz-05", kind="gov:公文-公告", L=L_gov_doc, site="晋江市人民政府", host="晋江市人民政府办公室", code="3505820001",
    icp="闽ICP备05026633号", ga="闽公网安备 35058202000077号", crumb="首页 > 政务公开 > 公示公告",
    meta=[("索引号", "003591234/2024-01652"), ("发布机构", "晋江市自然资源局"), ("生成日期", "2024-09-06"), ("文号", "晋自然资告〔2024〕18号"), ("主题词", "国有土地 出让")],
    title="晋江市自然资源局国有建设用地使用权挂牌出让公告", wenhao="晋自然资告〔2024〕18号", authors=[], time="2024-09-06",
    body="""经晋江市人民政府批准，晋江市自然资源局决定以挂牌方式出让1幅地块的国有建设用地使用权。现将有关事项公告如下：
一、挂牌出让地块的基本情况和规划指标要求
| 地块编号 | 土地位置 | 出让面积（平方米） | 土地用途 | 起始价（万元）
| P2024-31 | 陈埭镇岸兜村 | 21536 | 工业用地 | 1890
二、竞买申请人可于2024年9月27日至2024年10月16日登录福建省公共资源交易电子公共服务平台提交书面申请。
三、挂牌报价时间为2024年10月7日9时至2024年10月18日10时。
四、联系地址：晋江市世纪大道行政服务中心；联系电话：0595-85612345。
>晋江市自然资源局
>2024年9月6日""")
add(id="zz-06", kind="gov:公示名单", L=L_gov_modern, site="义乌市人民政府", host="义乌市人民政府办公室", code="3307820002",
    icp="浙ICP备05014498号", ga="浙公网安备 33078202000312号", crumb="首页 > 政务公开 > 公示公告",
    title="2025年度义乌市“最美家庭”拟表彰对象公示", info='<div class="info">信息来源：市妇联发布时间：2025/05/08 16:40:12访问次数：903字体：[ 大 中 小 ]</div>',
    authors=[], time="2025/05/08 16:40:12",
    body="""根据《关于开展2025年度义乌市“最美家庭”寻访活动的通知》要求，经镇街推荐、实地走访、评审委员会评议，确定以下10户家庭为2025年度义乌市“最美家庭”拟表彰对象，现予以公示。
| 序号 | 家庭 | 所在镇街
| 1 | 楼晓东家庭 | 稠城街道
| 2 | 吴美芬家庭 | 北苑街道
| 3 | 骆建平家庭 | 佛堂镇
| 4 | 何丽娟家庭 | 上溪镇
| 5 | 金国良家庭 | 大陈镇
公示时间：2025年5月8日至5月14日。公示期间如有异议，请以书面形式向市妇联反映，反映情况须实事求是，并提供真实姓名和联系方式。
联系电话：0579-85521234
>义乌市妇女联合会
>2025年5月8日""")
add(id="zz-07", kind="gov:政策解读(一图读懂)", L=L_gov_modern, site="赣州市医疗保障局", host="赣州市医疗保障局", code="3607000035",
    icp="赣ICP备16004545号-2", ga="赣公网安备 36070202000555号", crumb="当前位置：首页 > 政策解读 > 图解政策", info_first=True,
    info='<div class="info">【发布时间：2025-01-10】【来源：市医保局】【字号：大 中 小】</div>',
    title="一图读懂｜2025年度城乡居民医保参保缴费政策", authors=[], time="2025-01-10",
    body="""!img 一图读懂2025年度城乡居民医保参保缴费政策|
## 一、缴费标准是多少？
2025年度城乡居民基本医疗保险个人缴费标准为每人每年400元，财政补助标准不低于每人每年670元。
## 二、什么时候缴费？
集中缴费期为2024年9月1日至2025年2月28日，待遇享受期为2025年1月1日至12月31日。
## 三、哪些人员可以享受资助？
特困人员、低保对象、防止返贫监测对象等困难群众参加居民医保，按规定给予全额或定额资助。
## 四、怎么缴费？
可通过“赣服通”“江西税务”微信公众号、银行网点及村（社区）代收点缴纳。
~ 相关链接：《赣州市2025年度城乡居民基本医疗保险参保缴费工作通知》""")
add(id="zz-08", kind="gov:领导活动", L=L_gov_modern, site="株洲市人民政府", host="株洲市人民政府办公室", code="4302000001",
    icp="湘ICP备05003300号", ga="湘公网安备 43020202000419号", crumb="首页 > 政务动态 > 领导活动",
    title="市长阳卫国调研制造业重点项目建设",
    info='<div class="info">作者：株洲日报记者　谭  鹏　来源：株洲日报　发布时间：2025年6月3日 星期二　【字体：大 中 小】</div>',
    authors=["谭鹏"], time="2025年6月3日 星期二",
    body="""6月2日，市长阳卫国率队深入天元区、石峰区，调研轨道交通装备、航空动力等重点制造业项目建设情况。
在株洲高新区轨道交通城，阳卫国详细了解智能制造基地二期工程进度。他指出，要紧盯时间节点，倒排工期、挂图作战，确保项目早日竣工投产。
在某航空动力零部件项目现场，阳卫国与企业负责人深入交流，询问项目在用地、用工、融资方面遇到的困难。他要求各相关部门主动靠前服务，对企业诉求实行清单化管理、闭环式办理。
调研中，阳卫国强调，制造业是株洲的立市之本、强市之基，要坚定不移推进制造强市建设，以项目建设的加速度跑出高质量发展新成效。
副市长刘  芳，市政府秘书长陈辉参加调研。""")
add(id="zz-09", kind="gov:讲话", L=L_gov_modern, site="襄阳市樊城区人民政府", host="襄阳市樊城区人民政府", code="4206060002",
    icp="鄂ICP备09012345号", ga="鄂公网安备 42060602000014号", crumb="您当前所在位置：首页 > 政务公开 > 讲话",
    title="在全区优化营商环境大会上的讲话",
    info='<p style="text-align:center">区委书记　邵明华</p><p class="info">（2025年2月18日）</p><p class="info">发布日期：2025-02-20 11:05　来源：区委办公室</p>',
    authors=["邵明华"], time="2025-02-20 11:05",
    body="""同志们：
今天召开全区优化营商环境大会，主要任务是深入贯彻全市优化营商环境工作部署，总结去年工作，安排今年任务。刚才，区政府主要负责同志通报了营商环境评价情况，三家单位作了交流发言，讲得很好，我都同意。下面，我讲三点意见。
## 一、正视差距，切实增强优化营商环境的紧迫感
去年，我区在全市营商环境评价中排名第四，比上年前进两位，但与先进城区相比，在政务服务效率、涉企执法规范等方面仍有不小差距。企业反映的“办事环节多”“政策找不到”等问题还没有根本解决。
## 二、聚焦重点，全力打造一流营商环境
要深化“高效办成一件事”改革，年内实现企业开办、工程建设项目审批等20个事项一次办结。要建立领导干部包联企业制度，每名区级领导联系5家以上重点企业，每季度至少走访一次。
## 三、压实责任，确保各项任务落地见效
各单位主要负责同志要亲自抓、负总责。区委督查室要把营商环境工作纳入年度督查重点，对推诿扯皮、吃拿卡要的，发现一起、查处一起、通报一起。
同志们，营商环境只有更好，没有最好。让我们以更大的决心、更实的举措，推动全区营商环境持续向好，为建设现代化中心城区作出新的更大贡献！""")
add(id="zz-10", kind="gov:村务公开", L=L_gov_old, site="安吉县人民政府", host="安吉县天荒坪镇人民政府", code="3305230017",
    icp="浙ICP备05007777号", ga="浙公网安备 33052302000140号", addr="安吉县天荒坪镇天荒坪路66号", today="2025年7月9日",
    nav=["首页", "镇情概况", "村务公开", "党务公开", "便民服务"], crumb="首页 > 村务公开 > 余村村",
    title="余村村2025年第二季度村务公开", info='公开时间：[2025-07-09]　公开单位：余村村村务监督委员会　浏览：156次',
    authors=[], time="2025-07-09",
    body="""根据《浙江省村务公开条例》相关规定，现将余村村2025年第二季度村级财务收支及重大事项公开如下：
## 一、财务收支情况
| 项目 | 金额（万元） | 备注
| 集体经营性收入 | 186.4 | 含景区门票分成、物业租金
| 上级补助收入 | 52.0 | 美丽乡村建设专项
| 公益事业支出 | 73.8 | 道路养护、垃圾清运
| 管理费用支出 | 21.5 | 含村干部报酬
## 二、重大事项
1.经村民代表大会表决通过，启动竹林碳汇项目，预计年增收12万元。
2.村文化礼堂改造工程已完成招标，中标单位为湖州某建设有限公司，中标价87.6万元。
对以上公开内容如有疑问，请于公开之日起15日内向村务监督委员会反映。监督电话：0572-5012345。
>余村村股份经济合作社
>余村村村务监督委员会
>2025年7月9日""")
add(id="zz-11", kind="gov:部门动态(通讯员)", L=L_gov_modern, site="韶关市市场监督管理局", host="韶关市市场监督管理局", code="4402000040",
    icp="粤ICP备19012345号", ga="粤公网安备 44020302000088号", crumb="首页 > 工作动态 > 部门动态",
    title="市市场监管局开展端午节前食品安全专项检查", info='<div class="info">发布时间:2025-05-28 来源:本网 通讯员:欧阳晓晴 【大】【中】【小】</div>',
    authors=["欧阳晓晴"], time="2025-05-28",
    body="""为保障端午节期间群众“舌尖上的安全”，5月26日至27日，韶关市市场监督管理局组织执法人员对全市粽子生产企业、大型商超、农贸市场开展食品安全专项检查。
检查组重点检查粽子、咸鸭蛋、糕点等节令食品的原料进货查验、生产过程控制、标签标识等情况，现场抽检粽子样品26批次。对检查中发现的2家企业原料台账记录不规范问题，已责令立即整改。
下一步，市市场监管局将持续加大节日市场监管力度，畅通12315投诉举报渠道，及时处置消费者诉求。""")
add(id="zz-12", kind="gov:省厅动态(首段署名无括号)", L=L_gov_modern, site="福建省农业农村厅", host="福建省农业农村厅", code="3500000049",
    icp="闽ICP备05007090号", ga="闽公网安备 35010202000712号", crumb="首页 > 新闻中心 > 工作动态",
    title="全省茶产业高质量发展现场推进会在安溪召开", info='<div class="info">2025.04.16 来源：省农业农村厅 字号 大 中 小 打印</div>',
    authors=["黄志鹏", "林秀英"], time="2025.04.16",
    body="""本网讯 记者黄志鹏 通讯员林秀英 4月15日，全省茶产业高质量发展现场推进会在泉州市安溪县召开。会议总结去年全省茶产业发展成效，部署今年重点工作。
与会代表实地观摩了安溪县生态茶园建设、茶叶精深加工和茶文旅融合项目。去年，全省茶园面积达到340万亩，毛茶产量53.6万吨，全产业链产值超过1600亿元。
会议要求，各地要持续推进生态茶园建设，加快茶叶机械化和数字化改造，擦亮福建茶品牌，推动茶文化、茶产业、茶科技统筹发展。""")
add(id="zz-13", kind="gov:乡镇动态(中点名)", L=L_gov_modern, site="凤凰县人民政府", host="凤凰县人民政府", code="4331230008",
    icp="湘ICP备12003456号", ga="湘公网安备 43312302000060号", crumb="当前位置：首页 > 乡镇动态 > 廖家桥镇",
    title="廖家桥镇：苗绣工坊绣出致富路", info='<div class="info">发布时间：2024年10月22日 10:31 | 作者：麻阿妹·龙 | 来源：廖家桥镇 | 浏览量：641</div>',
    authors=["麻阿妹·龙"], time="2024年10月22日 10:31",
    body="""走进廖家桥镇菖蒲塘村苗绣工坊，二十多名苗族妇女正飞针走线，一幅幅色彩艳丽的绣品在她们手中渐渐成形。
2022年，镇里引进湘西某文化公司，采取“公司+工坊+绣娘”模式，由公司统一接单、统一设计、统一回收，绣娘们在家门口就能接活增收。目前工坊已带动周边120余名妇女就业，人均月增收1800元。
“既能照顾老人孩子，又能挣钱，还把老手艺传下去了。”绣娘吴秀兰笑着说。
镇党委负责人表示，下一步将推动苗绣与乡村旅游深度融合，打造集展示、体验、销售于一体的非遗街区。""")
add(id="zz-14", kind="gov:区县政务动态(空格名+供稿单位)", L=L_gov_old, site="九江市濂溪区人民政府", host="九江市濂溪区人民政府", code="3604020003",
    icp="赣ICP备17001122号", ga="赣公网安备 36040202000231号", addr="九江市濂溪区十里大道", today="2023年8月15日",
    crumb="首页 > 新闻中心 > 政务动态", title="濂溪区举办2023年夏季退役军人专场招聘会",
    info='作者：王  静　供稿单位：区退役军人事务局　审核：陈志强　发布时间：2023-08-15 15:20:07',
    authors=["王静"], time="2023-08-15 15:20:07",
    body="""8月12日，濂溪区2023年夏季退役军人专场招聘会在区人力资源市场举行，吸引了区内外46家企业参会，提供保安、驾驶、仓储管理、技术工人等岗位860余个。
招聘会现场设置了政策咨询区、创业指导区和法律援助区，工作人员为退役军人讲解就业创业扶持政策，发放宣传资料600余份。
当天共有320余名退役军人及家属进场求职，现场达成初步就业意向112人。""")

# ===================== NEWS (zz-15 .. zz-24) =====================
add(id="zz-15", kind="news:English (China Daily style)", lang="en", L=L_news, site="CHINA DAILY", ph="Search",
    topline="Global Edition | China | ASIA | 中文 | Sign in", nav=["HOME", "CHINA", "WORLD", "BUSINESS", "LIFESTYLE", "CULTURE", "TRAVEL", "SPORTS", "OPINION", "REGIONAL"],
    crumb="Home / China / Society", title="Jiangxi village turns idle farmhouses into guesthouses",
    info='<p class="info">By LIU XIN in Nanchang and HU MEIDONG in Wuyuan | chinadaily.com.cn | Updated: 2025-06-03 09:12</p>',
    authors=["LIU XIN", "HU MEIDONG"], time="2025-06-03 09:12", side="MOST VIEWED", sharelbl="Share: ", comments="",
    foot="Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).",
    body="""Dozens of century-old farmhouses in Likeng village in Wuyuan county, Jiangxi province, have been turned into boutique guesthouses, bringing new income to local residents.
!img Tourists walk past renovated farmhouses in Likeng village, Wuyuan county, Jiangxi province. [Photo by Zhu Haipeng/For China Daily]|Tourists walk past renovated farmhouses in Likeng village, Wuyuan county, Jiangxi province. [Photo by Zhu Haipeng/For China Daily]
The village, known for its white-walled and black-tiled Hui-style architecture, had seen many of its young people leave for jobs in coastal cities over the past two decades, leaving dozens of houses empty.
In 2021, the village cooperative began leasing idle houses from owners and inviting investors to renovate them under strict rules that preserve their original appearance.
"My house was falling apart. Now it earns me 30,000 yuan a year in rent, and I work at the front desk," said Wang Qiuling, 52.
Local officials said 38 guesthouses now operate in the village, and visitor numbers reached 420,000 last year, up 25 percent year-on-year.""")
add(id="zz-16", kind="news:English (CGTN/Xinhua style)", lang="en", L=L_news, site="Xinhua | english.news.cn", ph="Search",
    topline="Home | China | World | Business | Sci-Tech | Culture | Photos | Video", crumb="Source: Xinhua | 2024-12-09 20:17:05 | Editor: Huaxia",
    title="Feature: Hubei's crayfish farmers ride e-commerce wave",
    info='', authors=["Wang Jiayi", "Wu Zhizun"], time="2024-12-09 20:17:05", sharelbl="Share", side="Latest", comments="",
    foot="Copyright © 2000-2024 XINHUANET.com All rights reserved.",
    body="""QIANJIANG, Dec. 9 (Xinhua) -- At dawn, Liu Hongbing, 41, hauls his crayfish traps out of a paddy field in Qianjiang, a city in central China's Hubei province, while his wife livestreams the catch to thousands of online viewers.
"Orders come in before the crayfish are even sorted," Liu said. The couple sell about 500 kg a day during peak season through short-video platforms, shipping to customers as far as Beijing and Shenzhen.
Qianjiang, often called China's "crayfish capital," has developed a full industrial chain covering breeding, processing, catering and logistics. The industry's total output value exceeded 80 billion yuan last year, according to local authorities.
The city has also trained more than 3,000 farmers in livestreaming and e-commerce skills since 2022.
"E-commerce has shortened the distance between our fields and consumers' dining tables," said Zhou Lin, an official with the local agriculture bureau. (By Wang Jiayi, Wu Zhizun)""")
add(id="zz-17", kind="news:深度(小标题)", L=L_news, site="潮新闻·浙江在线", crumb="首页 > 深度 > 正文", ph="搜一搜",
    title="一座县城的“二次创业”：永康五金的转型样本",
    info='<div class="info">2025-03-18 07:30　来源：潮新闻　记者 叶  辰 施伟涛　　策划：何  蕾　监制：钱江涛　校对：吴芳</div>',
    authors=["叶辰", "施伟涛"], time="2025-03-18 07:30", comments="已有 36 人参与评论",
    foot="浙江在线新闻网站版权所有 | 增值电信业务经营许可证 浙B2-20080224 | 浙公网安备 33010602000016号",
    body="""永康，一座以五金闻名的县级市。这里生产了全国近四成的电动工具、三成的保温杯。但在几年前，低价竞争、订单外流让不少企业陷入困境。
## 从“贴牌”到“品牌”
走进位于永康经济开发区的一家杯壶企业，自动化生产线上机械臂正有序作业。企业负责人应建军告诉记者，五年前公司九成订单是代工，利润只有3%左右；如今自主品牌销售占比超过一半，利润率翻了一番。
## 从“单打独斗”到“抱团出海”
2023年起，永康组织企业组团参加海外展会，并在中东、东南亚设立海外仓。去年全市五金产品出口额达到682亿元，同比增长9.4%。
## 从“制造”到“智造”
当地设立了10亿元规模的产业基金，支持企业数字化改造。目前，全市规上工业企业数字化改造覆盖率已达到92%。
“转型没有终点。”永康市经信局一位负责人说，下一步将推动五金产业向高端装备延伸，让“小五金”撑起“大产业”。""")
add(id="zz-18", kind="news:访谈问答", L=L_news, site="荆楚网·湖北日报网", crumb="荆楚网 > 湖北 > 访谈", ph="请输入搜索内容",
    title="对话省文旅厅负责人：今年夏天来湖北怎么玩？", info='<div class="info">来源：荆楚网（湖北日报网）｜ 2025-07-01 08:45 ｜ 记者：熊  琳　通讯员：鲍晓东 ｜ 责任编辑：程璐</div>',
    authors=["熊琳", "鲍晓东"], time="2025-07-01 08:45", comments="",
    foot="荆楚网版权所有 鄂ICP备08100065号 互联网新闻信息服务许可证42120170001",
    body="""暑期旅游旺季来临，湖北推出了哪些新线路、新玩法？记者专访了湖北省文化和旅游厅相关负责人。
问：今年暑期湖北文旅有哪些亮点？
答：我们围绕“山水、研学、避暑、夜游”四大主题，推出了100条精品线路。恩施、神农架等地的避暑游，武汉、宜昌的城市夜游，以及长江三峡的游轮游都值得期待。
问：针对学生群体有哪些安排？
答：全省遴选了200家研学实践教育基地，包括博物馆、科技馆、红色教育基地等，不少景区对学生实行门票优惠。
问：如何保障游客的出行体验？
答：我们会同相关部门加强景区流量管控，推行分时预约，及时发布拥堵预警，同时开通24小时旅游投诉热线。""")
add(id="zz-19", kind="news:视频页", L=L_news, site="长沙广电·智慧长沙", crumb="首页 > 视频 > 新闻", ph="搜索视频",
    title="视频｜湘江夜游新航线开通 市民乘船看“橘洲烟火”",
    pre='<div style="background:#000;color:#fff;height:120px;text-align:center">00:00 / 02:36　<span>播放</span>　<span>全屏</span>　<span>倍速</span></div>',
    info='<div class="info">2025-05-01 21:40　长沙广电</div>', comments="点赞 208 ｜ 评论 17",
    authors=["刘雨晴", "唐浩"], time="2025-05-01 21:40",
    foot="长沙广播电视集团 版权所有 湘ICP备10007789号",
    body="""4月30日晚，湘江夜游新航线正式开通。游船从杜甫江阁码头出发，途经橘子洲、渔湾市码头，全程约70分钟，市民游客可在船上观赏橘洲焰火和两岸灯光秀。
据介绍，新航线每晚开行4个班次，节假日加密至6个班次，票价每人98元起。""",
    tail='<p>记者：刘雨晴 唐  浩</p><p>剪辑：周宁　编辑：罗丹　审核：彭磊</p>')
add(id="zz-20", kind="news:门户转载(原标题)", L=L_news, site="网易新闻", topline="网易首页 | 应用 | 网易新闻 | 登录", crumb="网易首页 > 新闻中心 > 国内新闻",
    title="广州南沙再添一条跨海通道，明年通车", info='<div class="info">2025-08-14 10:23:41　来源: 南方日报</div>',
    lead='<p>（原标题：南中高速万顷沙支线主体完工）</p>',
    authors=["吴少龙", "刘翠婷"], time="2025-08-14 10:23:41", comments="跟贴 1,245 参与 8,302",
    foot="©1997-2025 网易公司版权所有 About NetEase | 公司简介 | 联系方法",
    body="""南方日报讯 （记者/吴少龙 通讯员/刘翠婷）8月13日，随着最后一片箱梁架设到位，南中高速万顷沙支线主体工程完工，预计2026年上半年建成通车。
万顷沙支线全长约10.2公里，起于南沙区万顷沙镇，向西跨越洪奇沥水道，接入中山市。项目采用双向六车道高速公路标准建设，设计时速100公里。
建成后，南沙至中山的车程将由目前的40分钟缩短至15分钟左右，对完善粤港澳大湾区高速公路网具有重要意义。""",
    tail='<p style="text-align:right">本文来源：南方日报 责任编辑：陈思_NN5321</p>')
add(id="zz-21", kind="news:新华社通稿转载", L=L_news, site="红网", crumb="红网首页 > 新闻频道 > 国内", ph="输入关键字",
    title="洞庭湖区早稻开镰 湖南预计早稻总产稳中有增", info='<div class="info">来源：新华社 | 作者：| 编辑：曹  娴 | 2025-07-15 18:02:33</div>',
    authors=["周勉", "帅才"], time="2025-07-15 18:02:33", comments="",
    foot="红网版权所有 湘ICP备05003298号 互联网新闻信息服务许可证：43120170001",
    body="""新华社长沙7月15日电（记者周勉、帅才）连日来，湖南洞庭湖区的早稻陆续进入收割期。在益阳市南县，一台台收割机在金黄的稻田里来回穿梭。
湖南省农业农村厅数据显示，今年全省早稻播种面积约1950万亩，预计早稻总产稳中有增。目前湘南、湘中部分地区早稻收割已过两成。
为确保颗粒归仓，湖南组织调度农机具约8万台，开展跨区作业服务，同时加强烘干能力建设，减少因天气造成的损失。""")
add(id="zz-22", kind="news:央视转载(政府网站)", L=L_gov_modern, site="湖北省人民政府门户网站", host="湖北省人民政府办公厅", code="4200000024",
    icp="鄂ICP备05003828号", ga="鄂公网安备 42010602000192号", crumb="首页 > 新闻 > 媒体看湖北",
    title="【央视新闻】武汉：光谷“光芯屏端网”产业集群加速成长",
    info='<div class="info">信息来源：央视新闻客户端 发布时间：2025-04-08 07:55 【字体：大 中 小】</div>',
    authors=["王世玉", "赵雨"], time="2025-04-08 07:55",
    body="""在武汉东湖高新区，一条条光纤、一块块芯片正在从这里走向全球。今年一季度，光谷“光芯屏端网”产业实现营收超过1300亿元，同比增长12%。
在一家光通信企业的生产车间，总台记者看到，800G高速光模块正在批量下线。企业负责人介绍，今年订单已经排到了下半年。
目前，光谷已集聚光电子信息企业1.8万家，形成了从芯片设计、制造到终端应用的完整产业链。
（总台记者 王世玉 赵雨）""")
add(id="zz-23", kind="news:人民日报转载(政府网站)", L=L_gov_modern, site="江西省人民政府", host="江西省人民政府办公厅", code="3600000015",
    icp="赣ICP备05004410号", ga="赣公网安备 36010202000335号", crumb="首页 > 要闻动态 > 媒体看江西",
    title="江西景德镇——千年瓷都焕发新活力",
    info='<div class="info">来源：人民日报　发布时间：2024-11-27 08:30　浏览量：2031</div><p class="info">本报记者　朱  磊　郑少忠</p>',
    authors=["朱磊", "郑少忠"], time="2024-11-27 08:30",
    body="""冬日的景德镇陶溪川文创街区，游人如织。年轻的陶艺创客们在市集上摆开摊位，展示自己设计的茶器和花器。
近年来，景德镇依托千年制瓷历史，大力发展陶瓷文化创意产业。如今，全市有“景漂”人员超过5万人，陶瓷产业总产值突破700亿元。
“这里有完整的产业链，从拉坯、利坯到烧窑，什么工序都能找到师傅。”来自湖南的“景漂”青年曾佳说。
景德镇国家陶瓷文化传承创新试验区建设正在加快推进。当地负责人表示，将继续推动陶瓷产业与文化旅游、数字经济融合发展。
^ 《 人民日报 》（ 2024年11月27日 11 版）""")
add(id="zz-24", kind="news:城市媒体(策划统筹监制)", L=L_news, site="赣州新闻网", crumb="首页 > 赣南要闻", ph="站内搜索",
    title="赣南脐橙开园采摘 今年预计产量达150万吨",
    info='<div class="info">2024-11-05 17:12:09　来源：赣南日报</div><p class="info">出品：赣州市融媒体中心　策划：钟  华　统筹：邱建明</p>',
    authors=["阿依努尔·艾合买提", "曾庆明"], time="2024-11-05 17:12:09", comments="",
    foot="赣州新闻网 版权所有 赣ICP备09005555号",
    body="""11月5日，2024年赣南脐橙开园采摘活动在信丰县举行。当天，果农们穿梭在果园里，剪下一个个金黄饱满的脐橙。
今年赣南脐橙种植面积达到190万亩，预计产量150万吨。受益于良好的光照条件，今年果实糖度普遍在12度以上，口感较往年更好。
为确保脐橙卖得好、卖得远，赣州今年新建冷链仓储设施12万立方米，并与多家电商平台签订销售协议。""",
    tail='<p>记者：阿依努尔·艾合买提　曾庆明</p><p>编辑：刘婷　审核：黄晓东　监制：罗  勇</p>')

# ===================== SELF-MEDIA (zz-25 .. zz-30) =====================
def sm(top, side_html, after):
    return dict(L=L_plain, parts_before=[top, '<div class="wrap"><div class="main">'], parts_after=['</div>', side_html, '</div>'] + after)
add(id="zz-25", kind="self:头条号(仅账号)", title="岳阳这座小城的早餐，一碗米粉吃出了“仪式感”", authors=["岳阳吃货圈"], time="2025-03-22 07:46",
    info='<div class="info">岳阳吃货圈 2025-03-22 07:46 · 湖南 · 优质美食领域创作者</div><div>+关注</div>',
    **sm('<div class="top">今日头条　下载头条APP　<input placeholder="搜索站内资讯、视频或用户"> 登录</div>',
         '<div class="side"><p>岳阳吃货圈</p><p>1.2万粉丝 · 386获赞</p><button>关注</button><h3>相关推荐</h3>' + ul(pick("25", 4)) + '</div>',
         ['<div>举报</div><div>评论 46 · 收藏 · 分享</div><p>写下你的评论...</p>']),
    body="""在岳阳，早上不嗦一碗粉，一天都不踏实。
岳阳人的米粉讲究“码子”，牛肉、肉丝、酸辣鸡杂，每家店都有自己的招牌。城区南湖大道旁有一家开了二十多年的老店，每天早上六点不到就排起长队。
!img 一碗刚出锅的牛肉粉|
老板娘说，他们的汤底是用牛骨熬足八个小时的，粉是当天早上从米粉厂拉过来的湿粉，口感软滑不断。
一碗粉十二块，加个煎蛋两块。坐在小板凳上，看着洞庭湖边的晨雾，这大概就是岳阳人最朴素的“仪式感”。
你们家乡的早餐是什么？评论区聊聊。""")
add(id="zz-26", kind="self:网易号(具名)", title="在福州三坊七巷开了一家书店，我用五年学会了“慢”", authors=["林晓"], time="2024-09-14 21:03:17",
    info='<div class="info">2024-09-14 21:03:17　来源: 榕城闲话</div><p>福建</p>',
    **sm('<div class="top">网易首页 > 网易号 > 正文　申请入驻　<input placeholder="搜索"></div>',
         '<div class="side"><p>榕城闲话</p><p>网易号 · 文化领域</p><h3>热门推荐</h3>' + ul(pick("26", 5)) + '</div>',
         ['<p>特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p><p>跟贴 12 参与 90</p>']),
    body="""~ 文/林晓
2019年春天，我辞掉了在上海的工作，回到福州，在三坊七巷的一条小巷里开了一家二十平方米的书店。
很多朋友说我疯了。实体书店本来就难做，何况是在游客如织、租金不菲的老街区。
头两年确实很难。最惨的一个月，营业额只有三千多元，连房租都不够。我开始尝试做读书会、手工课，把书店变成一个邻里聊天的地方。
慢慢地，来的人多了。有附近的老人来看报纸，有学生放学后来写作业，也有游客专门找过来，只为买一张盖了书店印章的明信片。
五年过去，书店没有让我赚到大钱，却让我学会了“慢”。我想，这也是这座城市教给我的东西。""")
add(id="zz-27", kind="self:百家号(仅账号)", title="湖北十堰：武当山下的“茶旅融合”新探索", authors=["十堰发布厅"], time="2025-04-27 15:36",
    info='<div class="info">十堰发布厅</div><p class="info">2025-04-27 15:36湖北</p><p>优质政务领域创作者</p>',
    **sm('<div class="top">百度首页 | 登录 <input placeholder="百度一下"></div>',
         '<div class="side"><h3>作者最新文章</h3>' + ul(pick("27", 3), ["04-26", "04-25"]) + '<h3>相关文章</h3>' + ul(pick("27b", 4)) + '</div>',
         ['<p>举报/反馈</p><p>本文为百家号作者原创，未经授权禁止转载</p>']),
    body="""春茶飘香时节，位于武当山脚下的丹江口市官山镇吕家河村迎来了一拨又一拨游客。
游客们在茶园里体验采茶、制茶，品尝武当道茶，再去村里的民歌馆听一场吕家河民歌表演。“一杯茶、一首歌、一座山”的旅游线路今年已接待游客3.6万人次。
十堰市近年来大力推动茶产业与文化旅游融合发展。目前全市茶园面积达到110万亩，综合产值突破150亿元，建成茶旅融合示范点23个。""")
add(id="zz-28", kind="self:企鹅号(具名)", title="我在长沙做了三年外卖骑手，想说说这行的酸甜苦辣", authors=["彭志远"], time="2023-12-02 19:48",
    info='<div class="info">2023-12-02 19:48发布于湖南</div><p>星城故事会 · 企鹅号</p><p>作者：彭志远</p>',
    **sm('<div class="top">腾讯网 | 新闻 | 财经 | 科技 | 娱乐　下载腾讯新闻APP</div>',
         '<div class="side"><p>星城故事会</p><p>关注</p><h3>24小时热文</h3>' + ul(pick("28", 6)) + '</div>',
         ['<p>免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</p><p>举报</p>']),
    body="""2020年冬天，我从老家邵阳来到长沙，穿上了外卖骑手的衣服。
最开始最难的是认路。长沙的小区大、楼栋多，导航经常只能把你带到大门口。第一个月我超时了十几单，被扣了不少钱。
后来我在手机备忘录里记下每个小区的入口、电梯位置，哪个门晚上十点以后关，哪个保安好说话。慢慢地，我一天能跑五十多单。
这一行辛苦，但也有暖心的时候。有一次下暴雨，一位阿姨开门后硬塞给我一瓶热牛奶，说“孩子，慢点骑”。
现在我已经攒钱在县城付了房子首付。明年，我想回邵阳开一家自己的小店。""")
add(id="zz-29", kind="self:微信公众号(原创+作者)", title="这个夏天，杭州的公园里多了一群“萤火虫守护者”", authors=["徐欣然"], time="2025年7月12日 20:30",
    info='<div class="info">原创 徐欣然 杭州生活圈 <em>2025年7月12日 20:30</em> <em>浙江</em></div>',
    **sm('<div class="top"></div>', '<div class="side"><img src="data:," alt="" width="120" height="120"><p>微信扫一扫<br>关注该公众号</p></div>',
         ['<p>阅读 3.1万</p><p>在看 236</p><p>写留言</p><p>留言</p><p>暂无留言</p><p>已无更多数据</p>']),
    body="""入夜，西溪湿地的一片竹林旁，十几位志愿者打着红光手电，轻声提醒游客：“请不要用白光照，不要捕捉。”
这是“萤火虫守护者”志愿服务队今年夏天的第30次巡护。
## 萤火虫回来了
志愿者队长、浙江大学生态学专业研究生方晨告诉我们，萤火虫对环境要求很高，它们的回归说明湿地生态在变好。今年监测到的萤火虫数量比去年多了约四成。
## 给城市留一片黑暗
为了给萤火虫创造更好的栖息环境，园区关闭了部分步道的景观灯，并划定了夜间观赏区域。
“希望大家看萤火虫的时候，也能多一分敬畏。”方晨说。
~ 文字｜徐欣然　图片｜受访者提供　编辑｜陈果
~ 预览时标签不可点""")
add(id="zz-30", kind="self:澎湃号·政务(仅账号)", title="福州鼓楼：“15分钟便民生活圈”再扩容", authors=["鼓楼发布"], time="2025-02-19 18:05",
    info='<div class="info">鼓楼发布</div><p class="info">2025-02-19 18:05 来源：澎湃新闻·澎湃号·政务</p><p>字号</p>',
    **sm('<div class="top">澎湃新闻　要闻 深度 视频 澎湃号 科技 <input placeholder="搜索"> 下载客户端 登录</div>',
         '<div class="side"><p>鼓楼发布</p><p>福州市鼓楼区委宣传部官方账号</p><h3>澎湃号推荐</h3>' + ul(pick("30", 4)) + '</div>',
         ['<p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>']),
    body="""近日，鼓楼区温泉街道“15分钟便民生活圈”新增社区食堂、托育点、家政服务站等便民设施9处，居民步行15分钟即可满足日常生活需求。
据了解，2024年以来，鼓楼区累计建成便民生活圈27个，新增、改造便民网点380余个，覆盖全区所有街道。
下一步，鼓楼区将聚焦“一老一小”需求，推动更多优质服务资源下沉社区。""")

# ===================== E-PAPER (zz-31 .. zz-35) =====================
def ep(paper, date, ban, banname, editor, foot):
    left = (f'<div class="epl"><p>{E(paper)}</p><p>{E(date)}</p><p>第{ban}版：{E(banname)}</p><p><a>上一版</a>　<a>下一版</a></p>'
            f'<img src="data:," alt="版面缩略图" width="240" height="300"><p>本版导航</p>' + ul(pick(paper, 4)) + '<p>往期回顾</p><p><input placeholder="请输入检索内容"></p></div>')
    return dict(L=L_plain, parts_before=[f'<div class="top">{E(paper)}数字报 | {E(date)} | 首页 | 版面导航 | 标题导航</div>', left, '<div class="epr">'],
                parts_after=[f'<p>本版责编：{E(editor)}</p><p><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></p></div>', f'<div class="foot">{foot}</div>'])
add(id="zz-31", kind="epaper:引题/主标题/副题", title="“赣鄱粮仓”再夺丰收", authors=["钟端浪", "邹思雨"], time="2025年9月24日",
    title_html='<p class="yin">秋粮收获进度过七成，全省粮食总产有望连续12年稳定在430亿斤以上</p><h1>“赣鄱粮仓”再夺丰收</h1><p class="sub">——来自江西秋收一线的报道</p>',
    info='<p class="info">本报记者 钟端浪　通讯员 邹思雨</p>',
    **ep("江西日报", "2025年9月24日 星期三", "01", "要闻", "黄  蕾", "江西日报社版权所有 赣ICP备05002222号"),
    body="""金秋时节，从鄱阳湖平原到赣南丘陵，一派丰收繁忙景象。记者日前在南昌、上饶、吉安等地采访时看到，大型收割机在田间往来穿梭，粮食烘干中心机器轰鸣。
省农业农村厅最新调度显示，截至9月22日，全省中稻和一季晚稻已收获近七成，单产较去年略有提高。
“今年种的是优质稻‘野香优莉丝’，亩产1200多斤，每斤还比普通稻谷多卖两毛钱。”在余干县瑞洪镇，种粮大户邓金华算起了丰收账。
近年来，我省持续推进高标准农田建设，累计建成高标准农田3000多万亩，为粮食稳产增产打下坚实基础。""")
add(id="zz-32", kind="epaper:两行标题", title="长株潭都市圈通勤“一张网”加快织密城际轨道日均客流突破8万人次", authors=["李曼斯"], time="2025年05月16日",
    title_html='<h1>长株潭都市圈通勤“一张网”加快织密<br>城际轨道日均客流突破8万人次</h1>',
    info='<p class="info">湖南日报全媒体记者　李曼斯</p>',
    **ep("湖南日报", "2025年05月16日", "03", "综合新闻", "周小雷", "湖南日报社主办 湘ICP备09011021号"),
    body="""5月15日，记者从湖南省发展改革委获悉，长株潭城际轨道今年以来日均客流突破8万人次，较去年同期增长18%，成为三市市民通勤出行的重要选择。
今年以来，长株潭城际轨道优化运行图，早晚高峰发车间隔缩短至10分钟，并实现与长沙地铁、株洲和湘潭公交的“一码通行”。
按照规划，到2027年，长株潭都市圈将基本建成“1小时通勤圈”，三市间主要功能区实现半小时互通。""")
add(id="zz-33", kind="epaper:本报讯(记者 通讯员)", title="武汉新城再落地一批重大科创项目", authors=["汪洋", "李佳"], time="2024年12月10日",
    info='<p class="info">2024年12月10日</p>',
    **ep("长江日报", "2024年12月10日", "2", "要闻", "胡  蓉", "长江日报报业集团版权所有 鄂ICP备11022333号"),
    body="""本报讯（记者汪洋 通讯员李佳）12月9日，武汉新城一批重大科创项目集中签约，总投资约286亿元，涉及人工智能、生物医药、新能源等领域。
此次签约的项目包括一家国家级创新平台的华中分中心、两个半导体装备研发制造基地等。项目落地后，预计可新增就业岗位6000余个。
武汉新城自规划建设以来，已集聚各类科创企业3200余家，正加快打造具有全国影响力的科技创新策源地。""")
add(id="zz-34", kind="epaper:版次A05(作者在文末)", title="深圳前海跨境理财通业务规模突破千亿元", authors=["韩荣", "王晓琪"], time="2025-10-11",
    info='<p class="info">南方日报 2025-10-11 A05版 经济</p>',
    **ep("南方日报", "2025-10-11", "A05", "经济", "钱  程", "南方报业传媒集团 版权所有 粤ICP备09198339号"),
    body="""前海跨境金融创新持续提速。记者10日从前海管理局获悉，截至9月末，前海跨境理财通业务累计规模突破1000亿元，参与投资者超过12万人。
跨境理财通业务自2021年启动以来，前海多家银行机构陆续推出面向港澳居民的理财产品，覆盖存款、基金、债券等多个品类。
业内人士表示，随着试点扩容，跨境理财通将进一步便利粤港澳大湾区居民投资理财，促进区域金融市场互联互通。（韩荣 王晓琪）""")
add(id="zz-35", kind="epaper:作者行+摄影", title="温州瓯海：老厂房变身“数字工坊”", authors=["林立"], time="2025年03月28日",
    info='<p class="info">作者：林  立　摄影：黄宗治</p>',
    **ep("浙江日报", "2025年03月28日 星期五", "00007", "市县新闻", "方　敏", "浙江日报报业集团版权所有 浙ICP备05063542号"),
    body="""在温州市瓯海区娄桥街道，一座闲置多年的鞋厂厂房经过改造，成为集软件开发、直播电商、工业设计于一体的“数字工坊”。目前已有36家企业入驻，年产值超过5亿元。
!img 瓯海“数字工坊”内，年轻人在进行直播带货。|瓯海“数字工坊”内，年轻人在进行直播带货。　黄宗治　摄
“租金比写字楼便宜一半，配套又齐全。”一家工业设计公司负责人说。
近三年来，瓯海区累计盘活低效工业用地4200亩，腾出发展空间用于新产业、新业态。""")

# ===================== INSTITUTIONAL (zz-36 .. zz-40) =====================
def inst(name, navs, crumbtxt, foot, side_t="最新动态"):
    return dict(L=L_plain, parts_before=[f'<div class="top">{E(name)} | 设为首页 | 加入收藏 | 联系我们</div>', banner(name, "请输入关键字"), nav(navs),
                '<div class="wrap"><div class="main">', crumb(crumbtxt)],
                parts_after=[prevnext(*pick(name, 2), fmt=("上一条：", "下一条：")), '</div>', side(side_t, pick(name + "x", 5)), '</div>', f'<div class="foot">{foot}</div>'])
add(id="zz-36", kind="inst:中学", title="我校学子在福建省青少年科技创新大赛中获佳绩", authors=["陈雅婷"], time="2025-04-02",
    info='<div class="info">发布者：校团委 | 发布时间：2025-04-02 | 阅读：418</div>',
    **inst("厦门双十中学", ["学校首页", "学校概况", "校园新闻", "德育天地", "教学科研", "招生信息"], "当前位置：首页 > 校园新闻",
           "版权所有 © 厦门双十中学　地址：厦门市湖里区枋湖南路1999号　闽ICP备10012345号"),
    body="""3月29日至31日，第39届福建省青少年科技创新大赛在福州举行。我校学生的5项作品分获一等奖1项、二等奖2项、三等奖2项，学校获评优秀组织单位。
高二（3）班郑宇航同学的《基于图像识别的校园垃圾分类辅助装置》获得一等奖，并将代表福建省参加全国青少年科技创新大赛。
近年来，学校依托科技创新实验室和STEM课程，常态化开展科技社团活动，学生科技素养不断提升。""",
    tail='<p>文/图：陈雅婷　一审：林志坚　二审：黄  伟　三审：苏建华</p>')
add(id="zz-37", kind="inst:法院(通讯员)", title="“车贷”变“套路”，法院判了！", authors=["刘思彤", "向辉"], time="2024-06-18 16:52:04",
    info='<div class="info">作者：刘思彤 向  辉　发布时间：2024-06-18 16:52:04　来源：永顺县人民法院</div>',
    **inst("湖南省永顺县人民法院", ["首页", "法院概况", "审判动态", "司法公开", "法官说法", "诉讼服务"], "首页 > 审判动态 > 案例",
           "湖南省永顺县人民法院 版权所有 湘ICP备2021001234号 技术支持：湖南省高级人民法院信息技术处", "审判动态"),
    body="""近日，永顺县人民法院审结一起以“车贷”为名实施“套路贷”的诈骗案件，被告人田某等3人分别被判处有期徒刑四年至一年六个月不等，并处罚金。
经审理查明，2022年至2023年间，田某等人以汽车抵押贷款为名，诱骗被害人签订虚高借款合同，再以“违约金”“GPS安装费”等名义扣除大量费用，并恶意制造违约，收车后高价“赎车”，骗取多名被害人财物共计21万余元。
法院认为，被告人以非法占有为目的，采用虚构事实、隐瞒真相的方法骗取他人财物，数额巨大，其行为已构成诈骗罪。
法官提醒：借款时要选择正规金融机构，仔细核对合同条款，遇到“砍头息”“虚高借款”等情况要及时报警。""")
add(id="zz-38", kind="inst:税务", L=L_gov_modern, site="国家税务总局广东省税务局", host="国家税务总局广东省税务局", code="bm29060001",
    icp="京ICP备05062893号", ga="粤公网安备 44010402000210号", crumb="首页 > 新闻动态 > 基层动态", ph="请输入搜索内容",
    nav=["首页", "新闻动态", "信息公开", "纳税服务", "互动交流", "税收专题"],
    title="东莞市税务局：“税惠直达”护航外贸企业“出海”",
    info='<div class="info">日期：2025-08-20　来源：国家税务总局东莞市税务局　【字体：大 中 小】【打印】</div>', side="热点专题",
    authors=["叶家豪"], time="2025-08-20",
    body="""今年以来，国家税务总局东莞市税务局持续优化出口退税服务，正常出口退税平均办理时间压缩至3个工作日以内，一类、二类出口企业实现“即报即审”。
东莞某电子科技有限公司财务负责人表示：“上个月申报的200多万元退税款，三天就到账了，大大缓解了资金压力。”
上半年，东莞市税务局累计为外贸企业办理出口退税186亿元，同比增长11.2%。
~ 撰稿：叶家豪　审核：梁  斌""")
add(id="zz-39", kind="inst:银行", title="湖北农信：金融“活水”精准滴灌春耕备耕", authors=["周丽君"], time="2025/03/05",
    info='<div class="info">发布时间：2025/03/05 浏览量：775</div>',
    **inst("湖北省农村信用社联合社", ["首页", "走进农信", "新闻中心", "个人业务", "公司业务", "电子银行", "网点查询"], "您所在的位置：首页 > 新闻中心 > 系统动态",
           "湖北省农村信用社联合社 版权所有 客服热线：96568 鄂ICP备05002345号　温馨提示：本网站不会以任何形式要求您提供银行卡密码", "系统动态"),
    body="""春耕时节，湖北农信系统组织客户经理深入田间地头，为种粮大户、家庭农场和农民合作社提供“一对一”金融服务。
截至2月末，湖北农信今年已累计发放春耕备耕贷款286亿元，支持农户和新型农业经营主体5.2万户。其中，通过“楚天贷”线上渠道发放贷款占比超过六成，农户足不出村即可申贷用信。
在荆州市监利市，种粮大户郑国庆通过手机银行申请了30万元信用贷款，用于购买种子和化肥。“以前贷款要跑好几趟，现在手机上点几下就到账了。”
下一步，湖北农信将持续加大涉农信贷投放力度，全力保障粮食生产资金需求。（监利农商银行 周丽君）""")
add(id="zz-40", kind="inst:行业协会", title="浙江省电子商务促进会召开2025年会员大会", authors=["孙嘉怡"], time="2025年1月16日",
    info='<div class="info">2025年1月16日　点击：[ 329 ]</div>',
    **inst("浙江省电子商务促进会", ["首页", "协会概况", "协会动态", "行业资讯", "会员服务", "政策法规", "入会申请"], "协会动态",
           "浙江省电子商务促进会 地址：杭州市西湖区文三路90号 浙ICP备12054321号-1", "通知公告"),
    body="""1月15日，浙江省电子商务促进会2025年会员大会在杭州召开，来自全省的260余家会员单位代表参加会议。
会议审议通过了《2024年度工作报告》和《2024年度财务报告》，表彰了一批年度优秀会员企业和优秀电商人才。
会上，促进会发布了《浙江省跨境电商出海服务指南（2025版）》，并与省内5家产业园区签订合作协议，共同推动电商企业拓展海外市场。
促进会会长表示，2025年将围绕直播电商规范发展、跨境电商品牌出海、农村电商人才培育等重点，为会员单位提供更精准的服务。""",
    tail='<p>文：孙嘉怡　图：协会秘书处　责任编辑：韩露</p>')

# ===================== write =====================
def main():
    for d in ("html", "gold"): os.makedirs(os.path.join(OUT, d), exist_ok=True)
    for p in PAGES:
        bh, gold = body_html(p["body"])
        parts = p["L"](p, bh)
        with open(os.path.join(OUT, "html", p["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(page(p["title"] + (" - " + p["site"] if p.get("site") else ""), parts))
        g = {"id": p["id"], "set": "zh-blind25", "lang": p.get("lang", "zh"), "title": p["title"], "authors": p["authors"],
             "publish_time": p["time"], "body_paragraphs": gold, "kind": p["kind"]}
        with open(os.path.join(OUT, "gold", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(PAGES), "pages")
if __name__ == "__main__": main()
