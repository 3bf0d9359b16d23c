"""Generate the zh-blind13 pages (html/) and gold (gold/). Articles are invented."""
import json, os, re, html as H
OUT = os.path.dirname(os.path.abspath(__file__))
PAGES = []

def esc(s): return H.escape(s, quote=False)
def ps(paras, cls=""):
    return "".join(f'<p{cls}>{esc(p)}</p>' for p in paras)
def paras(txt): return [l.strip() for l in txt.strip().split("\n") if l.strip()]
def ws(s): return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()
CSS = """body{font-family:sans-serif;margin:0;font-size:14px;color:#333}a{color:#333;text-decoration:none}
.top{background:#f2f2f2;font-size:12px;padding:4px 20px}.top span{margin-right:12px}
.banner{background:#b40000;color:#fff;font-size:26px;padding:18px 20px}.nav a{display:inline-block;padding:6px 12px}
.nav{background:#c80000}.nav a{color:#fff}.crumb{padding:8px 20px;font-size:12px}.main{width:1000px;margin:0 auto}
h1{font-size:24px;text-align:center}.info{font-size:12px;color:#888;text-align:center;border-bottom:1px solid #ddd;padding:6px}
.side{float:right;width:260px}.art{width:700px}.foot{clear:both;background:#eee;font-size:12px;padding:12px;text-align:center}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px}.sticky{position:sticky;top:0;background:#fff}
"""
def page(pid, kind, lang, title, authors, pt, body, bodyhtml, note=""):
    doc = f"<!DOCTYPE html><html lang=\"{'en' if lang=='en' else 'zh-CN'}\"><head><meta charset=utf-8><title>{esc(ws(title))}</title><style>{CSS}</style></head><body>{bodyhtml}</body></html>"
    PAGES.append(dict(id=pid, kind=kind, lang=lang, html=doc, note=note,
        gold={"id": pid, "set": "zh-blind13", "lang": lang, "title": ws(title), "authors": authors,
              "publish_time": pt, "body_paragraphs": [ws(p) for p in body]}))

def top_modern(extra=""):
    return f'<div class="top sticky"><span>无障碍</span><span>长者模式</span><span>繁體</span><span>English</span>{extra}<span>登录</span><span>注册</span></div>'
def nav(items): return '<div class="nav">' + "".join(f"<a href='#'>{i}</a>" for i in items) + "</div>"
def search(ph): return f'<form><input type="text" placeholder="{ph}"><button type="button">搜索</button></form>'
def gov_foot(org, code, icp, gab):
    return (f'<div class="foot"><p>主办单位：{org}　承办：{org}办公室</p><p>网站标识码：{code}　'
            f'<a>{icp}</a>　<a>{gab}</a></p><p>网站地图 | 联系我们 | 隐私声明</p><p>扫一扫在手机打开当前页</p><img alt="二维码" src="x.png"></div>')
def related(head, items):
    return f'<div class="rel"><h3>{head}</h3><ul>' + "".join(f"<li><a>{i}</a></li>" for i in items) + "</ul></div>"

# ---------------- government ----------------
# zn-01 沈阳市和平区 政务动态: 2020s portal, headline first line after breadcrumb, info bar with spaced author
b = paras("""
6月2日，和平区召开“一网统管”城市运行平台建设推进会，通报平台试运行一个月以来的运行情况，部署下一阶段重点任务。
会议指出，平台试运行以来，共汇聚城管、市场监管、应急、住建等14个部门的视频点位3200余个，接入网格员上报事件1.7万件，事件平均处置时长由原来的38小时缩短到11小时，群众满意率达到96.4%。
会议要求，各街道、各部门要坚持问题导向，把平台用起来、用得好。一要抓数据共享，打破部门之间的数据壁垒，年底前完成剩余6类业务数据的接入；二要抓闭环处置，对平台派发的事件做到“即接即办、办结即评”，杜绝推诿扯皮；三要抓队伍建设，每个社区至少培养2名熟练使用平台的“明白人”。
会上，南湖街道、市场监督管理局和区城市管理综合执法局作了交流发言。区政府办公室、区营商局、区数据局等单位负责同志参加会议。
""")
h = top_modern() + '<div class="banner">沈阳市和平区人民政府</div>' + search("请输入关键词") + nav(["首页","政务公开","政务服务","互动交流","走进和平"]) + \
 '<div class="crumb">您当前所在位置：首页 &gt; 政务公开 &gt; 政务动态</div><div class="main">' + \
 '<h1>和平区召开“一网统管”城市运行平台建设推进会</h1><div class="info">发布时间：2025-06-03 09:12　来源：区数据局　作者：王&nbsp;&nbsp;静　浏览次数：1286　字号：<a>大</a> <a>中</a> <a>小</a></div>' + \
 '<div class="art">' + ps(b) + '<p>【打印本页】【关闭窗口】</p><p>上一篇：和平区开展夏季消防安全专项检查</p><p>下一篇：区领导督导防汛备汛工作</p></div>' + \
 related("相关链接", ["和平区2025年数字政府建设工作要点","南湖街道网格化管理经验在全市推广"]) + '</div>' + gov_foot("沈阳市和平区人民政府办公室","2101020001","辽ICP备05012345号","辽公网安备 21010202000123号")
page("zn-01","gov 政务动态 (district)","zh","和平区召开“一网统管”城市运行平台建设推进会",["王静"],"2025-06-03 09:12",b,h)

# zn-02 青岛市市北区 街道动态: 2010s table layout, 【字体：大 中 小】【打印】【关闭】, [date], byline closing last paragraph
b = paras("""
为进一步丰富辖区老年人的精神文化生活，5月29日上午，市北区辽宁路街道在新华社区党群服务中心举办“银龄学堂”开班仪式，首期开设智能手机使用、太极拳、书法三门课程，共有86名老人报名参加。
开班仪式上，街道社区服务中心负责人介绍了课程安排和管理办法。智能手机课程由辖区青岛某职业学院的志愿者授课，重点教老人使用健康码、网上挂号、视频通话和防范电信诈骗；太极拳和书法课程则邀请了区老年大学的退休教师担任指导。
“以前孩子教我用手机，教两遍就不耐烦了，这里的小老师一遍遍教，还给我们写了步骤卡。”72岁的居民张桂兰老人拿着手机高兴地说。
据了解，“银龄学堂”每周二、四下午开课，一期为期两个月，所有课程全部免费。街道还将根据老人们的需求，陆续增设营养膳食、防跌倒康复等实用课程。（通讯员 孙晓雯 刘&nbsp;&nbsp;洋）
""")
b[-1] = b[-1].replace("&nbsp;", "\u00a0")
h = ('<table width="980" align="center"><tr><td><img alt="市北区人民政府" src="logo.gif"> 青岛市市北区人民政府 &nbsp; <a>设为首页</a> | <a>加入收藏</a></td></tr>'
 '<tr><td>' + " | ".join(["首页","政务公开","区情概况","街道动态","办事服务","公众参与"]) + '</td></tr>'
 '<tr><td>当前位置：<a>首页</a>&gt;&gt;<a>街道动态</a>&gt;&gt;正文</td></tr>'
 '<tr><td align="center"><b style="font-size:20px">辽宁路街道“银龄学堂”开班 86名老人重返课堂</b></td></tr>'
 '<tr><td align="center">[2024-06-01] 【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</td></tr>'
 '<tr><td>' + "".join(f"<p>{p.replace(chr(160), '&nbsp;')}</p>" for p in b) + '</td></tr>'
 '<tr><td>相关文章：<br>· 敦化路街道开展端午节系列活动<br>· 市北区2024年老年教育工作会议召开</td></tr>'
 '<tr><td align="center">版权所有：青岛市市北区人民政府办公室　技术支持：青岛市大数据发展管理局<br>鲁ICP备05021872号-1　网站标识码：3702030009　鲁公网安备 37020302000456号</td></tr></table>')
page("zn-02","gov 街道动态 (2010s table layout)","zh","辽宁路街道“银龄学堂”开班 86名老人重返课堂",["孙晓雯","刘洋"],"2024-06-01",b,h)

# zn-03 郑州市人民政府办公厅 通知 (document, disclosure table with colons)
b = paras("""
各区县（市）人民政府，市人民政府各部门，各有关单位：
为深入贯彻落实河南省关于推进城市更新行动的部署要求，加快补齐城市基础设施短板，经市政府同意，现就做好2025年城镇老旧小区改造工作通知如下。
一、明确改造范围
2025年全市计划改造2000年底前建成、基础设施老化、配套不完善的城镇老旧小区312个，涉及居民4.6万户。各区县（市）要在6月底前完成项目清单复核，不得擅自扩大或缩小改造范围。
二、突出改造重点
优先实施供水、排水、供气、供热管网和电力、通信线路改造，同步推进加装电梯、无障碍设施和充电设施建设。对有条件的小区，可结合片区统筹配建养老、托育、便民市场等服务设施。
三、强化资金保障
市财政按照每户不超过8000元的标准给予补助，各区县（市）按不低于1∶1的比例落实配套资金。鼓励居民通过个人出资、使用住宅专项维修资金、让渡小区公共收益等方式参与改造。
四、加强组织实施
市住房保障和房地产管理局负责统筹协调和督导考核，每季度通报工作进展。各区县（市）要落实属地责任，严格施工安全和质量管理，改造完成后及时组织竣工验收并移交管理。
附件：1．2025年郑州市城镇老旧小区改造计划表
2．老旧小区改造项目竣工验收要点
郑州市人民政府办公厅
2025年5月26日
""")
h = (top_modern() + '<div class="banner">郑州市人民政府</div>' + nav(["首页","要闻动态","政务公开","政务服务","政民互动","数据开放"]) +
 '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 市政府办公厅文件</div><div class="main">' +
 '<table class="meta"><tr><td>索引号：</td><td>11410100005252863X/2025-00148</td><td>主题分类：</td><td>城乡建设、环境保护</td></tr>'
 '<tr><td>发文机关：</td><td>郑州市人民政府办公厅</td><td>成文日期：</td><td>2025年05月26日</td></tr>'
 '<tr><td>标　　题：</td><td colspan="3">郑州市人民政府办公厅关于做好2025年城镇老旧小区改造工作的通知</td></tr>'
 '<tr><td>发文字号：</td><td>郑政办〔2025〕21号</td><td>发布日期：</td><td>2025年05月30日</td></tr></table>' +
 '<h1>郑州市人民政府办公厅<br>关于做好2025年城镇老旧小区改造工作的通知</h1><p style="text-align:center">郑政办〔2025〕21号</p>' +
 '<div class="art">' + ps(b[:-4]) + f'<p>{b[-4]}</p><p style="padding-left:3em">{b[-3]}</p><p style="text-align:right">{b[-2]}</p><p style="text-align:right">{b[-1]}</p>' +
 '<p>（此件公开发布）</p></div><div>附件下载：<a>1.2025年郑州市城镇老旧小区改造计划表.xlsx</a></div><p>扫一扫在手机打开当前页</p></div>' +
 gov_foot("郑州市人民政府办公厅","4101000019","豫ICP备05010866号","豫公网安备 41010502002345号"))
page("zn-03","gov 通知 document (city, disclosure table with colons, two-line title)","zh","郑州市人民政府办公厅关于做好2025年城镇老旧小区改造工作的通知",[],"2025年05月30日",b,h,"title printed in two lines; joined with no space")

# zn-04 武汉市江汉区 通告: disclosure table WITHOUT colons (cells), date 2024.03.05
b = paras("""
为保障地铁12号线江汉段施工安全，维护道路交通秩序，根据《中华人民共和国道路交通安全法》等有关规定，决定对部分道路采取临时交通管制措施。现通告如下：
一、管制时间：2024年3月10日0时至2024年9月30日24时。
二、管制路段：新华路（建设大道至青年路段）由东向西方向封闭两条机动车道，保留一条机动车道通行；青年路与新华路交叉口禁止由北向东左转。
三、管制期间，过往车辆请提前绕行解放大道、建设大道，行人请按照现场标志和交通民警指挥通行。
四、对违反本通告规定的，由公安机关交通管理部门依法处理。
特此通告。
武汉市公安局交通管理局江汉区大队
武汉市江汉区城市管理执法局
2024年3月5日
""")
h = ('<div class="top">今天是：2024年3月5日　<a>无障碍浏览</a>　<a>关怀版</a>　<a>简</a>/<a>繁</a></div><div class="banner">武汉市江汉区人民政府 门户网站</div>' +
 search("搜索本站内容") + nav(["首页","政务公开","政务服务","互动交流","魅力江汉"]) +
 '<div class="crumb">首页 / 信息公开 / 法定主动公开内容 / 通知公告</div><div class="main">' +
 '<table><tr><th>索引号</th><td>011012345/2024-00312</td><th>分类</th><td>公安、安全生产</td></tr><tr><th>发布机构</th><td>江汉区城管执法局</td><th>发文日期</th><td>2024-03-05</td></tr>'
 '<tr><th>名称</th><td colspan="3">关于地铁12号线江汉段施工期间对新华路部分路段实施临时交通管制的通告</td></tr><tr><th>文号</th><td>江城管〔2024〕5号</td><th>主题词</th><td></td></tr></table>' +
 '<div style="float:right;font-size:12px">【<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】</div><p class="date">2024.03.05</p>' +
 '<h1>关于地铁12号线江汉段施工期间对新华路部分路段实施临时交通管制的通告</h1>' +
 '<div class="art">' + ps(b) + '</div><p>分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></p><p>相关附件：无</p></div>' +
 gov_foot("武汉市江汉区人民政府办公室","4201030004","鄂ICP备10014367号-1","鄂公网安备 42010302000789号"))
page("zn-04","gov 通告 document (district, record table without colons)","zh","关于地铁12号线江汉段施工期间对新华路部分路段实施临时交通管制的通告",[],"2024.03.05",b,h,"no 主送 (通告); 署名 two bodies")

# zn-05 四川省生态环境厅 办法 (provincial department document with 主送, 附件, 署名, 成文日期)
b = paras("""
各市（州）生态环境局，厅机关各处室、直属各单位：
《四川省生态环境违法行为举报奖励办法》已经厅党组会议审议通过，现印发给你们，请认真贯彻执行。
第一条　为鼓励公众参与生态环境保护监督，及时发现和查处生态环境违法行为，根据有关法律法规，结合我省实际，制定本办法。
第二条　本办法所称举报奖励，是指对向生态环境部门举报生态环境违法行为，经查证属实的实名举报人给予的奖励。
第三条　举报奖励实行一案一奖，同一违法行为被多人举报的，奖励第一个有效举报人。奖励金额根据违法行为的性质和危害程度确定，一般为500元至5000元；举报重大生态环境违法行为的，最高可奖励5万元。
第四条　生态环境部门应当依法保护举报人的合法权益，对举报人信息严格保密。泄露举报人信息的，依法依规追究相关人员责任。
第五条　本办法自2023年12月1日起施行，有效期5年。
附件：四川省生态环境违法行为举报奖励申领表
四川省生态环境厅
2023年11月14日
""")
h = ('<div class="top">四川省人民政府 | 生态环境部 　 <a>无障碍</a> <a>长者模式</a></div><div class="banner">四川省生态环境厅 Department of Ecology and Environment of Sichuan Province</div>' +
 nav(["首页","机构设置","政务公开","环境质量","政务服务","互动交流"]) + '<div class="crumb">当前位置 : 首页 &gt; 政务公开 &gt; 通知公告</div><div class="main">' +
 '<div class="title-box"><h1>四川省生态环境厅关于印发《四川省生态环境违法行为举报奖励办法》的通知</h1><p style="text-align:center">川环发〔2023〕18号</p>' +
 '<div class="info">发布日期：2023-11-20　信息来源：法规与标准处　【<a>打印</a>】【<a>关闭</a>】</div></div>' +
 '<div class="art">' + ps(b) + '</div><p>附件下载：<a>附件.docx</a></p>' + related("相关文件", ["四川省生态环境行政处罚裁量标准","关于进一步规范生态环境执法的意见"]) + '</div>' +
 gov_foot("四川省生态环境厅","5100000045","蜀ICP备05010002号","川公网安备 51010402000412号"))
page("zn-05","gov 办法 document (provincial department)","zh","四川省生态环境厅关于印发《四川省生态环境违法行为举报奖励办法》的通知",[],"2023-11-20",b,h)

# zn-06 西安市雁塔区 公示 with a table
rows = [["序号","姓名","性别","所在社区","拟认定称号"],["1","马秀英","女","电子城社区","雁塔区最美家庭"],["2","杜建军","男","长延堡社区","雁塔区最美家庭"],["3","古丽娜尔·吐尔逊","女","小寨东路社区","雁塔区最美家庭"],["4","韩晓东","男","曲江池社区","雁塔区最美家庭"]]
b = paras("""
根据《雁塔区2025年“最美家庭”评选活动方案》，经社区推荐、街道初审、评审委员会评议，拟认定以下4户家庭为雁塔区2025年“最美家庭”，现予以公示。
公示期为2025年9月26日至2025年10月3日（5个工作日）。公示期间，如对公示对象有异议，可通过来电、来信或来访等方式向区妇联反映。反映情况要实事求是，以真实姓名反映的优先受理。
""") + [" ".join(r) for r in rows] + paras("""
联系电话：029-85231234
通讯地址：西安市雁塔区雁塔路中段区政府大院2号楼301室
雁塔区妇女联合会
2025年9月26日
""")
tab = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
h = (top_modern('<span>关怀版</span>') + '<div class="banner">西安市雁塔区人民政府</div>' + nav(["首页","走进雁塔","新闻中心","政务公开","政务服务"]) +
 '<div class="main"><div class="crumb">首页 &gt; 新闻中心 &gt; 公示公告</div><div class="info">发布时间：2025/9/26 16:05:41 来源：区妇联 阅读量：562</div>' +
 '<h1>雁塔区2025年“最美家庭”拟认定名单公示</h1><div class="art">' + ps(b[:2]) + tab + ps(b[-4:]) + '</div><p>打印 | 关闭</p></div>' +
 gov_foot("西安市雁塔区人民政府","6101130008","陕ICP备05002231号","陕公网安备 61011302000118号"))
page("zn-06","gov 公示 with table (district; headline after date bar)","zh","雁塔区2025年“最美家庭”拟认定名单公示",[],"2025/9/26 16:05:41",b,h,"table rows are body, cells joined by a space")

# zn-07 杭州市 政策解读 Q&A, closing 撰稿： line
b = paras("""
近日，杭州市人民政府办公厅印发《杭州市支持低空经济高质量发展的若干措施》（以下简称《若干措施》）。现就有关内容解读如下。
一、出台背景是什么？
低空经济是培育发展新质生产力的重要方向。我市已集聚无人机整机、飞控系统、航空材料等相关企业200余家，但仍存在基础设施不足、应用场景开放不够等问题。为抢抓发展机遇，市发改委会同有关部门研究制定了《若干措施》。
二、主要支持哪些方面？
《若干措施》共四个方面18条，包括加快起降场和通信导航设施建设、支持企业研发首台（套）产品、开放城市管理和物流配送等应用场景、强化人才和金融保障。
三、企业如何申请补助？
符合条件的企业可通过“亲清在线”平台在线申报，由区、县（市）发改部门初审后报市发改委复核。对新建的公共起降场，按照建设投资额的30%给予最高300万元补助。
四、《若干措施》何时开始实施？
自2024年12月20日起施行，有效期至2027年12月31日。
撰稿：杭州市发展和改革委员会 周嘉怡
""")
h = (top_modern() + '<div class="banner">杭州市人民政府 门户网站</div>' + search("请输入您要搜索的内容") + nav(["首页","政务公开","政务服务","政民互动","数据发布"]) +
 '<div class="crumb">您当前所在位置：首页 &gt; 政务公开 &gt; 政策解读 &gt; 文字解读</div><div class="main"><h1>《杭州市支持低空经济高质量发展的若干措施》政策解读</h1>' +
 '<div class="info">发布日期：2024-12-18　信息来源：市发改委　字体：【<a>大</a>】【<a>中</a>】【<a>小</a>】　分享：<a>微信</a><a>微博</a></div>' +
 '<div class="art">' + "".join((f'<p><strong>{esc(p)}</strong></p>' if p.endswith("？") else f'<p>{esc(p)}</p>') for p in b[:-1]) + f'<p style="text-align:right">{b[-1]}</p>' +
 '<p>相关文件：<a>杭州市支持低空经济高质量发展的若干措施</a></p></div></div>' + gov_foot("杭州市人民政府办公厅","3301000063","浙ICP备05003254号","浙公网安备 33010202000123号"))
page("zn-07","gov 政策解读 Q&A (city); 撰稿 line","zh","《杭州市支持低空经济高质量发展的若干措施》政策解读",["周嘉怡"],"2024-12-18",b[:-1],h,"撰稿 line names the writer: author, not body")

# zn-08 南京市鼓楼区 政策解读 Q&A (图文解读 style, 供稿单位 only)
b = paras("""
问：什么是“家门口就业服务站”？
答：“家门口就业服务站”是依托社区党群服务中心设立的公共就业服务站点，为居民提供岗位推荐、政策咨询、技能培训报名和失业登记等服务，让居民在步行15分钟范围内就能办理就业相关事项。
问：哪些人员可以享受服务？
答：辖区内有就业意愿的登记失业人员、高校毕业生、退役军人、就业困难人员以及有招聘需求的企业，都可以到就近的服务站咨询办理。
问：2025年全区建设多少个服务站？
答：全区计划建成标准化服务站42个，实现社区全覆盖。其中，宁海路、湖南路等街道的8个服务站将试点开设夜间服务，每周三延长服务至晚上8点。
问：企业发布招聘信息需要收费吗？
答：不收费。企业可携带营业执照复印件到服务站登记，也可以通过“鼓楼就业”微信小程序免费发布岗位信息。
""")
h = ('<div class="top">南京市人民政府 | 鼓楼区人大 | 鼓楼区政协 <span>适老化无障碍服务</span></div><div class="banner">南京市鼓楼区人民政府</div>' + nav(["首页","鼓楼概况","政务公开","政务服务","互动交流"]) +
 '<div class="crumb">位置：首页 » 政务公开 » 政策解读</div><div class="main"><div class="info">发布日期：2025-03-12 　供稿单位：区人力资源和社会保障局 　编辑：区政府办</div>'
 '<h1>一图读懂｜鼓楼区“家门口就业服务站”建设</h1><img alt="一图读懂鼓楼区家门口就业服务站" src="x.jpg">' +
 '<div class="art">' + ps(b) + '</div><p>【<a>打印</a>】【<a>关闭</a>】</p><p>上一篇：鼓楼区2025年稳就业十条措施解读</p><p>下一篇：没有了</p></div>' +
 gov_foot("南京市鼓楼区人民政府办公室","3201060002","苏ICP备05004567号","苏公网安备 32010602010234号"))
page("zn-08","gov 政策解读 Q&A (district, 一图读懂; 供稿单位/编辑 only)","zh","一图读懂｜鼓楼区“家门口就业服务站”建设",[],"2025-03-12",b,h)

# zn-09 佛山市南海区 speech
b = paras("""
同志们：
今天召开全区安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。刚才，区应急管理局通报了有关情况，三个镇街作了表态发言，我都同意。下面，我讲三点意见。
一、清醒认识安全生产面临的严峻形势
去年以来，全区生产安全事故起数和死亡人数实现“双下降”，但我们也要看到，全区有工业企业2.3万家，“三小场所”数量多，出租屋人员密集，一些企业主体责任落实不到位，消防通道堵塞、违规电焊作业等问题屡查屡犯，稍有松懈就可能酿成大祸。
二、扎实抓好重点领域专项整治
要紧盯燃气、消防、交通运输、建筑施工、工贸等重点行业，深入开展隐患排查整治。对检查发现的问题，要建立台账、明确时限、逐项销号；对拒不整改的，要依法从严处罚，该停产的停产，该关闭的关闭。
三、压紧压实安全生产责任
各镇街、各部门主要负责同志是安全生产第一责任人，要亲自研究、亲自部署、亲自督导。要按照“三个必须”的要求，把责任落实到每一个岗位、每一名员工，真正做到守土有责、守土尽责。
同志们，安全生产没有休止符。让我们以更加务实的作风，坚决守住安全底线，为南海高质量发展营造安全稳定的环境。
""")
h = (top_modern() + '<div class="banner">佛山市南海区人民政府</div>' + nav(["首页","南海要闻","政务公开","领导之窗","政务服务"]) +
 '<div class="crumb">首页 &gt; 领导之窗 &gt; 领导讲话</div><div class="main"><h1>在全区安全生产工作会议上的讲话</h1>'
 '<p style="text-align:center">区长　黄志斌</p><p style="text-align:center">（2026年1月9日）</p>'
 '<div class="info">2026-01-12 10:30 　来源：南海区政府办公室 　【字号 <a>大</a> <a>中</a> <a>小</a>】</div>' +
 '<div class="art">' + ps(b) + '</div><p>打印本页　关闭窗口</p></div>' + gov_foot("佛山市南海区人民政府办公室","4406050001","粤ICP备05081234号","粤公网安备 44060502000345号"))
page("zn-09","gov leader's speech (district)","zh","在全区安全生产工作会议上的讲话",["黄志斌"],"2026-01-12 10:30",b,h,"speech: author = speaker")

# zn-10 上海市浦东新区 领导活动: 记者 in info bar, photographer too
b = paras("""
8月16日，区委副书记、区长杨建华率队赴张江科学城、金桥开发区，调研重点产业项目建设和企业经营情况。
在张江科学城，杨建华走进一家集成电路设计企业的研发中心，详细了解企业芯片研发进度和人才引进情况。企业负责人介绍，公司今年新招聘研发人员160名，一款车规级芯片已进入量产验证阶段。杨建华指出，要用好张江科学城的创新资源，完善“研发—中试—量产”全链条服务，帮助企业解决用地、用房和人才安居等实际问题。
在金桥开发区，杨建华察看了一家新能源汽车零部件企业的智能生产线。他强调，各部门要主动靠前服务，落实好惠企政策，推动项目早开工、早投产、早见效，为全年经济目标任务完成提供有力支撑。
区政府办公室、区发展改革委、区科经委等部门负责同志参加调研。
""")
h = ('<div class="top sticky">上海浦东 <a>无障碍</a> <a>长者模式</a> <a>English</a> <a>登录</a> <a>注册</a> <input placeholder="搜索"></div><div class="banner">上海市浦东新区人民政府</div>' +
 nav(["首页","浦东概况","政务公开","政务服务","互动","领导信息"]) + '<div class="crumb">首页 &gt; 领导信息 &gt; 领导活动</div><div class="main">' +
 '<div class="info" style="text-align:left">浦东新区人民政府 2022-08-17 14:21 记者：陈思远 摄影：许昊</div><h1>杨建华赴张江、金桥调研重点产业项目</h1>' +
 '<img alt="杨建华在企业研发中心调研" src="1.jpg"><p class="cap">杨建华在企业研发中心调研。许昊 摄</p>' +
 '<div class="art">' + ps(b) + '</div><p>责任编辑：李晓红</p><p>分享：微信 微博</p>' + related("相关新闻",["浦东新区召开重大项目推进会","区领导调研外高桥保税区"]) + '</div>' +
 gov_foot("上海市浦东新区人民政府","3100000034","沪ICP备09002453号","沪公网安备 31011502001234号"))
page("zn-10","gov 领导活动 (district; date line above headline)","zh","杨建华赴张江、金桥调研重点产业项目",["陈思远"],"2022-08-17 14:21",b,h)

# zn-11 淄博市张店区市场监管局 部门动态: 文/图：
b = paras("""
为切实保障学生“舌尖上的安全”，8月下旬以来，张店区市场监督管理局对辖区中小学校及幼儿园食堂开展秋季开学食品安全专项检查。
检查人员重点查看了食堂从业人员健康证明、食品原料进货查验记录、餐具清洗消毒、食品留样等情况，并通过“互联网+明厨亮灶”平台抽查了后厨视频画面。检查中发现，个别食堂存在留样记录不完整、冷藏设施温度记录缺失等问题，执法人员当场下达责令改正通知书，要求限期整改到位。
在一所小学食堂，执法人员使用快检设备对当天采购的蔬菜进行了农药残留抽检，并现场查看了食品添加剂“五专”管理情况。学校负责人表示，将严格落实校长陪餐制度，定期邀请家长代表参与食堂开放日活动，接受社会监督。
截至目前，共检查学校食堂156家，校外供餐单位9家，发现并督促整改问题23个。下一步，该局将联合教育部门持续开展“回头看”，确保问题整改清零。
""")
h = ('<div class="top">欢迎访问张店区人民政府网站！今天是2021年9月3日 星期五</div><div class="banner">张店区人民政府</div>' + nav(["首页","政务公开","部门动态","镇办动态","便民服务"]) +
 '<div class="crumb">首页 &gt; 新闻中心 &gt; 部门动态</div><div class="main"><h1>区市场监管局开展秋季开学学校食堂食品安全专项检查</h1>'
 '<div class="info">时间：2021-09-03　来源：张店区市场监督管理局　文/图：赵立新　点击：341　[<a>打印</a>] [<a>关闭</a>]</div>' +
 '<div class="art">' + ps(b) + '<img alt="检查现场" src="2.jpg"></div><p>审核：孙萌　编辑：刘畅</p></div>' +
 gov_foot("淄博市张店区人民政府办公室","3703030003","鲁ICP备05045678号-2","鲁公网安备 37030302000778号"))
page("zn-11","gov 部门动态 (district bureau; 文/图 in info bar)","zh","区市场监管局开展秋季开学学校食堂食品安全专项检查",["赵立新"],"2021-09-03",b,h)

# zn-12 洛阳市栾川县 乡镇动态: byline at end in parentheses as its own paragraph line closing
b = paras("""
连日来，栾川县合峪镇抢抓晴好天气，组织群众开展连翘采摘，漫山遍野的连翘成了群众增收的“金果果”。
在庙湾村的山坡上，村民们三五成群，手持剪刀、背着竹篓，熟练地将一串串青色的连翘果剪下。“今年连翘挂果多，价格也不错，一天能摘五六十斤，收入三百多块钱。”村民刘秀梅一边采摘一边说。
为帮助群众卖上好价钱，镇里组织村干部和电商服务站人员进村入户，收集采摘信息，对接药材收购企业上门收购，并在镇区设立临时收购点，做到随采随收、现场结算，避免群众长途运输。
近年来，合峪镇坚持“林药结合”发展思路，引导群众在荒山荒坡上发展连翘、山茱萸等中药材种植，全镇中药材种植面积达2.1万亩，并引进两家中药材初加工企业，为群众提供技术指导和保底收购服务。今年以来，全镇中药材产业带动3000余户群众户均增收4000余元。（张鹏飞 李亚楠）
""")
h = ('<table width="100%"><tr><td class="banner">栾川县人民政府</td><td>' + search("站内搜索") + '</td></tr></table>' + nav(["网站首页","政务公开","乡镇动态","部门动态","招商引资"]) +
 '<div class="crumb">当前位置：网站首页 &gt;&gt; 乡镇动态</div><div class="main"><h1>合峪镇：连翘喜丰收 群众采摘忙</h1>'
 '<div class="info">发布日期：2025年8月4日　　字体：[<a>大</a> <a>中</a> <a>小</a>]　　浏览：[ 977 ]次</div>' +
 '<div class="art">' + ps(b) + '</div><p>【<a>打印此页</a>】 【<a>关闭窗口</a>】</p></div>' +
 gov_foot("栾川县人民政府办公室","4103240001","豫ICP备09012355号","豫公网安备 41032402000123号"))
page("zn-12","gov 乡镇动态 (county; names closing last paragraph)","zh","合峪镇：连翘喜丰收 群众采摘忙",["张鹏飞","李亚楠"],"2025年8月4日",b,h)

# zn-13 宜昌市 部门动态: headline broken in two lines, 通讯员 alone with middle-dot name
b = paras("""
4月20日，宜昌市文化和旅游局在三峡大坝旅游区举行“引客入宜”入境旅游推介会，来自上海、广州、深圳等地的28家旅行社和在线旅游平台代表参加。
推介会上，市文旅局发布了“长江三峡·世界水电之都”“屈原故里·端午寻根”“清江画廊·土家风情”三条入境旅游精品线路，并推出入境团队奖励、包机补贴等一揽子支持措施。对组织入境游客在宜昌过夜的旅行社，按每人次50元给予奖励。
现场，部分旅行社代表与宜昌本地景区、酒店签订了合作协议，计划在下半年组织来自东南亚、欧洲的旅游团队到宜昌观光。与会代表还实地考察了三峡大坝、三峡人家等景区的外语导览和入境服务设施。
今年一季度，宜昌市共接待入境游客3.6万人次，同比增长71%。市文旅局有关负责人表示，将持续提升外语导览、移动支付、多语种标识等服务水平，让境外游客来得了、玩得好、留得住。
""")
h = (top_modern() + '<div class="banner">宜昌市人民政府</div>' + nav(["首页","宜昌要闻","部门动态","县市区动态","政务公开"]) +
 '<div class="crumb">首页 &gt; 新闻动态 &gt; 部门动态</div><div class="main"><h1 style="width:520px;margin:0 auto">市文旅局举办“引客入宜”入境旅游推介会<br>发布三条入境精品线路</h1>'
 '<div class="info">2021-04-22 16:40:05　来源：市文化和旅游局　通讯员：古丽娜尔·吐尔逊　阅读：</div>' +
 '<div class="art">' + ps(b) + '</div><p>【<a>打印</a>】 【<a>关闭</a>】 <a>收藏</a></p>' + related("热点推荐",["宜昌：“五一”假期文旅市场安全检查全覆盖","三峡游客中心改造完工"]) + '</div>' +
 gov_foot("宜昌市人民政府办公室","4205000037","鄂ICP备05003324号","鄂公网安备 42050202000189号"))
page("zn-13","gov 部门动态 (city; two-line headline; 通讯员 alone, middle-dot name)","zh","市文旅局举办“引客入宜”入境旅游推介会发布三条入境精品线路",["古丽娜尔·吐尔逊"],"2021-04-22 16:40:05",b,h,"two-line headline joined with no space")

# zn-14 大连市甘井子区: headline inside a box with 字号/打印/分享 on the same line; 供稿单位 only
b = paras("""
近日，甘井子区应急管理局联合区消防救援大队，在辽渔集团某冷库开展液氨泄漏事故应急演练。
演练模拟冷库氨制冷机房管道阀门破裂导致液氨泄漏。险情发生后，企业立即启动应急预案，疏散现场作业人员，关闭相关阀门并开启喷淋系统；消防救援人员身着重型防化服进入现场堵漏，环境监测人员在厂区下风向布点检测，医疗救护组对“中毒”人员进行现场急救。整个演练历时40分钟，各环节衔接紧密、处置有序。
演练采取“双盲”方式进行，事先不通知具体时间和险情设置，重点检验企业应急预案的可操作性、应急物资储备情况以及企业与消防、环保、医疗等部门的协同联动能力。
演练结束后，区应急管理局对演练情况进行点评，要求涉氨制冷企业加强设备日常巡检，定期组织员工开展应急培训，切实提高突发事件处置能力。
""")
h = ('<div class="top">大连市人民政府 | 大连市甘井子区人民政府 | <a>无障碍</a> <a>长者模式</a></div><div class="banner">甘井子区人民政府</div>' + nav(["首页","政务公开","走进甘井子","政务服务"]) +
 '<div class="crumb">首页 &gt; 政务公开 &gt; 政务动态</div><div class="main"><div style="border:1px solid #ccc;padding:8px"><span style="font-size:20px;font-weight:bold">区应急管理局开展液氨泄漏事故应急演练</span>'
 ' <span style="font-size:12px">字号：<a>大</a> <a>中</a> <a>小</a> | <a>打印</a> | 分享到：<a>微信</a> <a>微博</a></span></div>'
 '<div class="info">发布时间：2024-11-08 11:02:36供稿单位：区应急管理局浏览次数：208</div>' +
 '<div class="art">' + ps(b) + '</div></div>' + gov_foot("大连市甘井子区人民政府办公室","2102110002","辽ICP备09015321号","辽公网安备 21021102000087号"))
page("zn-14","gov 政务动态 (district; headline in a box with buttons; glued info bar)","zh","区应急管理局开展液氨泄漏事故应急演练",[],"2024-11-08 11:02:36",b,h)

# zn-15 陕西省农业农村厅 通知 (document; 2010s layout; date [..])
b = paras("""
各设区市农业农村局，杨凌示范区农业农村局，韩城市农业农村局：
当前正值“三夏”关键时期，为确保夏粮颗粒归仓，现就做好2019年“三夏”农机跨区作业有关工作通知如下：
一、做好作业组织调度。各地要摸清本辖区联合收割机数量和小麦成熟进度，及时发布农机作业供需信息，引导机手有序流动，避免扎堆拥挤或作业空档。
二、加强作业服务保障。在主要交通干线设立农机跨区作业接待服务站，为机手提供信息咨询、维修配件、加油和休息等服务。协调交通部门落实跨区作业联合收割机免费通行政策。
三、强化安全生产监管。开展农机安全隐患排查，严禁无牌无证、带病作业，加强对机手的安全教育，严防重特大事故发生。
四、及时报送作业进度。5月25日至6月25日，各地每周一、周四12时前将“三夏”机收进度报送省农业农村厅农业机械化管理处。
联系人：王建刚，电话：029-87312345
附件：“三夏”农机作业进度统计表
陕西省农业农村厅
2019年5月20日
""")
h = ('<table width="1000" align="center"><tr><td class="banner">陕西省农业农村厅</td></tr><tr><td>' + " ┊ ".join(["首页","机构概况","政务公开","通知公告","农业资讯","办事服务"]) + '</td></tr>'
 '<tr><td>您现在的位置：首页 → 通知公告 → 正文</td></tr><tr><td align="center"><h2>陕西省农业农村厅关于做好2019年“三夏”农机跨区作业工作的通知</h2>'
 '陕农函〔2019〕112号<br>[2019-05-21]　作者：　来源：农业机械化管理处　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr><tr><td>' + ps(b) +
 '</td></tr><tr><td align="right">【<a>打印</a>】【<a>关闭</a>】</td></tr><tr><td align="center">版权所有：陕西省农业农村厅　陕ICP备05003428号　网站标识码：6100000021</td></tr></table>')
page("zn-15","gov 通知 document (provincial department, 2010s table layout; empty 作者：)","zh","陕西省农业农村厅关于做好2019年“三夏”农机跨区作业工作的通知",[],"[2019-05-21]".strip("[]"),b,h)

# zn-16 English: Ningbo government portal
b = paras("""
Ningbo's Yinzhou district has opened 12 new community canteens for senior residents this year, bringing the total number of such facilities in the district to 86, local authorities said on Monday.
The canteens offer lunch and dinner at subsidized prices. Residents aged 80 and above pay 8 yuan ($1.10) for a set meal with two meat dishes, one vegetable dish and soup, while those aged between 60 and 79 pay 12 yuan.
"I used to cook for myself, but it was hard to make a balanced meal for one person," said Chen Aiying, 83, who lives in Zhonghe subdistrict. "Now I walk five minutes and have a hot meal with my neighbors."
The district civil affairs bureau said it will add delivery services for elderly people with limited mobility by the end of the year and work with local restaurants to set up more meal points in rural villages.
""")
h = ('<div class="top"><a>中文</a> | <a>Accessibility</a> | <a>Sitemap</a></div><div class="banner">Ningbo, China</div>' + '<form><input placeholder="Search"></form>' + nav(["Home","About Ningbo","News","Government","Business","Travel"]) +
 '<div class="crumb">Home &gt; News &gt; Districts</div><div class="main"><h1>Yinzhou opens more community canteens for seniors</h1>'
 '<div class="info">Updated: 2024-03-05 10:21 | By Li Wen | english.ningbo.gov.cn</div>' + '<img alt="Senior residents have lunch at a community canteen" src="c.jpg"><p>Senior residents have lunch at a community canteen in Yinzhou district. [Photo provided to english.ningbo.gov.cn]</p>' +
 '<div class="art">' + ps(b) + '</div><p>Editor: Zhou Lin</p><p>Print | Close</p>' + related("Related stories", ["Ningbo expands elderly care services","Yinzhou named national model district"]) + '</div>' +
 '<div class="foot"><p>Copyright © The People\'s Government of Ningbo Municipality. All rights reserved.</p><p>浙ICP备05003120号</p></div>')
page("zn-16","gov English portal (city)","en","Yinzhou opens more community canteens for seniors",["Li Wen"],"2024-03-05 10:21",b,h)

# zn-17 人民日报 article reprinted on 苏州 government site
b = paras("""
初夏时节，走进苏州工业园区的一家生物医药企业，自动化生产线上，一支支抗体药物正在灌装封口。“从拿到土地到产品上市，我们只用了不到4年时间。”企业负责人说，园区“拿地即开工”“验收即拿证”等改革，为企业节省了大量时间。
近年来，苏州持续优化营商环境，推出企业开办“一日办结”、工程建设项目审批“一网通办”等举措，今年前4个月全市新增经营主体9.8万户，同比增长12.5%。
在昆山，台资企业集聚的电子信息产业正加快向智能制造转型。昆山市有关负责人介绍，当地设立100亿元产业发展基金，支持企业开展智能化改造和数字化转型，目前已建成省级智能工厂和智能制造示范车间150余个。
“营商环境没有最好，只有更好。”苏州市有关负责人表示，将进一步完善惠企政策直达机制，让企业在苏州安心发展、放心投资。
""")
h = (top_modern() + '<div class="banner">苏州市人民政府</div>' + nav(["首页","苏州概况","政务公开","政务服务","互动交流"]) +
 '<div class="crumb">您当前所在位置：首页 &gt; 苏州要闻 &gt; 媒体看苏州</div><div class="main">' +
 '<h1>苏州持续优化营商环境——让企业安心发展放心投资</h1><div class="info">来源：人民日报　发布时间：2025年6月3日 星期二　【<a>字号</a>】【<a>打印</a>】</div>' +
 '<p>本报记者　王伟健　姚雪青</p><div class="art">' + ps(b) + '<p>《 人民日报 》（ 2025年06月03日　 第 02 版）</p></div></div>' +
 gov_foot("苏州市人民政府办公室","3205000014","苏ICP备05000312号","苏公网安备 32050802010567号"))
page("zn-17","gov site reprint of 人民日报 (来源：人民日报, 本报记者 line)","zh","苏州持续优化营商环境——让企业安心发展放心投资",["王伟健","姚雪青"],"2025年6月3日 星期二",b,h)

# zn-18 English: Chengdu government portal
b = paras("""
Chengdu will build 200 kilometers of new greenway trails this year as part of its effort to turn the Tianfu Greenway system into a network that links parks, rivers and residential communities, the city's park city bureau said on Thursday.
The new trails will mainly be located in Pidu, Wenjiang and Shuangliu districts, and will connect with the existing 7,000 km greenway network. About 60 new rest stations with public toilets, drinking water and bicycle repair services will be added along the routes.
Officials said priority will be given to trails near schools and hospitals, so that residents can walk or cycle instead of driving for short trips.
Zhang Yu, a resident of Wenjiang who cycles to work along the Jiangan River greenway, said the network had changed her daily routine. "It is safer than the road and I can see the river every morning," she said.
""")
h = ('<div class="top"><a>简体中文</a> <a>Español</a> <a>Français</a></div><div class="banner">CHENGDU · The People\'s Government of Chengdu Municipality</div>' + nav(["Home","Government","News","Investment","Living","Visiting"]) +
 '<div class="main"><div class="crumb">Home &gt; News &gt; Local News</div><p class="info">Date: 2023.11.16　Source: Chengdu Daily　Author: Zhang Tong　Font size: <a>A+</a> <a>A-</a></p>'
 '<h1>Chengdu to add 200 km of greenway trails this year</h1><div class="art">' + ps(b) + '</div><p>Share: WeChat Weibo</p><p>Print | Close</p></div>' +
 '<div class="foot"><p>Sponsored by: Information Office of Chengdu Municipal People\'s Government</p><p>蜀ICP备05000324号</p></div>')
page("zn-18","gov English portal (city; info line above headline)","en","Chengdu to add 200 km of greenway trails this year",["Zhang Tong"],"2023.11.16",b,h)

# ---------------- media ----------------
def portal_top(name):
    return f'<div class="top"><a>客户端</a> | <a>手机版</a> | <a>登录</a> | <a>注册</a></div><div class="banner">{name}</div>'
# zn-19 新华社 通稿 reprinted on a provincial portal (大众网-like)
b = paras("""
新华社济南6月3日电（记者 张武岳 邵鲁文）记者从山东省农业农村厅获悉，截至6月2日，山东已收获小麦1860万亩，约占全省种植面积的31%，麦收进度快于常年。
今年山东小麦种植面积约6000万亩。为确保夏粮颗粒归仓，山东组织18万台联合收割机投入麦收，并在主要麦区设立农机跨区作业服务站320个，为机手提供加油、维修和食宿等服务。
在菏泽市郓城县，种粮大户王传军的500亩小麦已收获过半。“今年用上了带秸秆切碎装置的新收割机，收完麦子直接就能播玉米，能抢出好几天农时。”他说。
山东省农业农村厅有关负责人介绍，今年全省小麦长势总体较好，病虫害发生程度较轻，预计单产与上年基本持平。各地正抢抓晴好天气开展抢收抢种，力争6月中旬基本结束麦收。
""")
h = (portal_top("大众网 · 山东新闻") + search("请输入搜索内容") + nav(["首页","山东","济南","青岛","时政","财经","视频"]) +
 '<div class="crumb">大众网 &gt; 山东新闻 &gt; 正文</div><div class="main"><div class="side">' + related("24小时热闻",["济南地铁6号线最新进展","山东发布高温橙色预警","青岛啤酒节7月开幕","烟台樱桃大量上市","潍坊风筝节闭幕"]) + '</div>'
 '<h1>山东小麦收获过三成</h1><div class="info">2025-06-03 09:12:44　来源：新华社　编辑：刘昊　<a>评论（12）</a></div><div class="art">' + ps(b) + '</div>'
 '<p>想爆料？请登录《阿拉丁》（https://al.dzwww.com/），或拨打新闻热线 0531-85193202</p>' + related("相关阅读",["山东全力以赴打好“三夏”攻坚战","麦收时节，机手们的一天","今年夏粮有望再获丰收"]) + '</div>' +
 '<div class="foot">大众网版权所有 未经许可不得转载 鲁ICP备09023866号 互联网新闻信息服务许可证 37120170001</div>')
page("zn-19","media portal reprint of 新华社 通稿 (dateline byline in body)","zh","山东小麦收获过三成",["张武岳","邵鲁文"],"2025-06-03 09:12:44",b,h)

# zn-20 头条 with big photo caption above text (city paper site, Hubei)
b = paras("""
极目新闻记者 邓  芳
7月11日晚，随着最后一节钢箱梁精准吊装到位，武汉双柳长江大桥实现主桥合龙，大桥建设进入桥面施工阶段。
双柳长江大桥位于武汉新城，全长约8.2公里，主桥为主跨1430米的单跨钢箱梁悬索桥，设计为双向六车道高速公路。大桥建成后，将进一步加强武汉都市圈东部区域与长江南北两岸的联系。
项目负责人介绍，大桥钢箱梁共有105个节段，最重的节段超过400吨。为保证长江航运安全，施工团队采用缆载吊机分段吊装工艺，并与海事部门联动实施分段通航管制。
施工期间，建设者们还克服了汛期水位上涨、高温天气等不利因素，采取错峰作业、增设防暑降温设施等措施保障施工人员安全。项目部统计，合龙前的两个月里，现场每天有超过800名工人在岗作业。
据悉，大桥目前正进行桥面铺装和附属设施施工，预计明年建成通车。
""")
auth_line = b.pop(0)
h = (portal_top("极目新闻") + nav(["首页","湖北","武汉","财经","视界","评论"]) + '<div class="main"><div class="crumb">首页 &gt; 湖北</div>'
 '<img alt="大桥合龙现场" src="big.jpg" width="1000"><p class="cap">7月11日晚，武汉双柳长江大桥主桥合龙（无人机照片） 记者 何晓刚 摄</p>'
 '<h1>武汉双柳长江大桥主桥合龙</h1><div class="info">2025-07-11 22:16 · 极目新闻 · <a>分享</a> · 阅读 3.2万</div>' +
 f'<p>{auth_line.replace("  ", "&nbsp;&nbsp;")}</p><div class="art">' + ps(b) + '</div><p>（来源：极目新闻）</p><p>更多精彩资讯请在应用市场下载“极目新闻”客户端，未经授权请勿转载，欢迎提供新闻线索，一经采纳即付报酬。</p>'
 + related("推荐阅读",["武汉今年计划新开工城建项目一百个","鄂州花湖机场新增国际货运航线"]) + '</div><div class="foot">湖北日报传媒集团 版权所有 鄂ICP备11012345号</div>')
page("zn-20","media 头条 with big photo caption above text","zh","武汉双柳长江大桥主桥合龙",["邓芳"],"2025-07-11 22:16",b,h)

# zn-21 图集 with captions under each picture (Henan)
b = paras("""
10月8日，国庆假期最后一天，开封万岁山武侠城依旧人气火爆。假期8天，景区累计接待游客超过120万人次。为应对客流高峰，景区延长了夜间开放时间，增设临时停车场和接驳车，并在主要路口安排志愿者引导游客错峰游览。
游客在“宋都”街头观看民俗表演。
游客在景区内观看实景演出《三打祝家庄》。
身着宋代服饰的游客在城楼前拍照留念。
夜幕降临，景区灯光璀璨，游客在“汴河”边游玩。
""")
h = (portal_top("大河网 图片频道") + nav(["首页","河南","图片","视频","专题"]) + '<div class="crumb">大河网 &gt; 图片 &gt; 河南图片</div><div class="main">'
 '<h1>组图｜开封万岁山：假期最后一天依旧人气旺</h1><div class="info">2024年10月08日 18:22 来源：大河网 作者：大河网记者 杜小伟 摄</div>' +
 f'<p>{b[0]}</p>' + "".join(f'<img alt="" src="p{i}.jpg"><p class="cap">{c}</p><p>（{i+1}/{len(b)-1}）</p>' for i, c in enumerate(b[1:])) +
 '<p>责任编辑：张宇</p>' + related("更多图集",["郑州如意湖灯光秀","洛阳牡丹文化节开幕"]) + '</div><div class="foot">大河网 版权所有 豫ICP备11004216号</div>')
page("zn-21","media 图集 (captions under each picture)","zh","组图｜开封万岁山：假期最后一天依旧人气旺",[],"2024年10月08日 18:22",b,h,"图集: lead + per-picture captions are the body; the only named person is the photographer, so authors []")

# zn-22 专题 page with section banner and 原标题 (Sichuan)
b = paras("""
“以前孩子在县城读书，一周才能回家一次，现在镇上的学校条件好了，娃娃每天都能回家吃饭。”在凉山州昭觉县四开乡，村民吉克阿果说。
近年来，四川持续推进义务教育优质均衡发展，2024年全省新建、改扩建农村寄宿制学校和乡镇中心学校校舍120万平方米，为民族地区补充教师5800余名。“一村一幼”计划实施以来，累计惠及学前儿童130余万人。
在成都市武侯区，一所新建的公办小学今年秋季开学迎来首批学生。该校依托集团化办学，与区内一所老牌名校共享课程资源和师资培训，开学首月即开设了机器人、川剧、围棋等20多门课后服务课程。
与此同时，四川持续推进县域普通高中振兴，实施“县中托管帮扶”工程，由省内优质高中对口托管薄弱县中，从管理、教研、师资培训等方面进行全方位帮扶。
省教育厅有关负责人表示，下一步将继续扩大优质教育资源覆盖面，推动城乡学校结对帮扶全覆盖，让每个孩子都能享有公平而有质量的教育。
""")
h = (portal_top("四川在线") + nav(["首页","四川","时政","区县","专题","视频"]) + '<div class="banner" style="background:#1a5aa8">【专题】奋进新征程 建功新时代·四川实践</div>'
 '<div class="crumb">首页 &gt; 专题 &gt; 四川实践 &gt; 民生答卷</div><div class="main"><h1>上好学、就近学 四川教育均衡发展惠及千家万户</h1>'
 '<p>原标题：让每个孩子都能享有公平而有质量的教育</p><div class="info">来源：四川日报　2024-09-28 07:30　作者：川报观察记者 吴  忧　编辑：罗兰</div>' +
 '<div class="art">' + ps(b) + '</div><p>分享到：<a>微信</a> <a>微博</a> <a>QQ</a></p><p>网友评论 （共 0 条）</p>' + related("专题新闻",["四川医疗服务能力提升纪实","我省新增城镇就业人数超额完成目标"]) + '</div>'
 '<div class="foot">四川日报网站版权所有 川ICP备08002456号</div>')
b = [p.replace("吴  忧","吴忧") for p in b]
page("zn-22","media 专题 page with section banner and 原标题","zh","上好学、就近学 四川教育均衡发展惠及千家万户",["吴忧"],"2024-09-28 07:30",b,h)

# zn-23 快讯 live-blog style (Shanghai)
items = [("09:12","上海市气象台6月3日9时发布暴雨黄色预警信号，预计未来3小时内本市中心城区和浦东新区将出现50毫米以上的降水。"),
 ("09:35","受强降雨影响，地铁2号线部分区段列车限速运行，运营方提醒乘客合理安排出行时间。"),
 ("10:02","市防汛指挥部启动防汛防台四级应急响应，各区防汛队伍已进入岗位，对低洼地区和下立交加强巡查。"),
 ("10:18","记者从上海地铁获悉，截至10时，受降雨影响的区段已恢复正常运行，其余线路运营秩序正常。乘客出站时请注意地面湿滑。"),
 ("10:40","记者在南京西路看到，环卫工人正在清理排水口杂物，部分路段积水已基本退去。"),
 ("11:15","截至11时，全市未接到人员伤亡报告。气象部门预计午后降雨强度将逐步减弱。")]
b = [f"{t} {x}" for t, x in items]
h = (portal_top("上观新闻") + nav(["首页","快讯","上海","时政","财经","城事"]) + '<div class="main"><div class="crumb">首页 &gt; 城事 &gt; 快讯</div>'
 '<p style="color:#c00">直播中</p><h1>直击｜上海今晨迎强降雨，最新情况持续更新</h1><div class="info">作者：朱 琳　来源：上观新闻　2025-06-03 11:20　阅读 5.6万</div>' +
 "".join(f'<div class="item"><span class="t">{t}</span> <span>{x}</span></div>' for t, x in items) +
 '<p>—— 已显示全部内容 ——</p><p>题图来源：视觉中国</p><p>编辑：王远　责任编辑：陈鹏</p></div><div class="foot">上海报业集团 版权所有 沪ICP备14020356号</div>')
page("zn-23","media 快讯 live-blog items (city)","zh","直击｜上海今晨迎强降雨，最新情况持续更新",["朱琳"],"2025-06-03 11:20",b,h,"each timed item is one paragraph, time included")

# zn-24 English: Xi'an news portal reprint of Xinhua
b = paras("""
XI'AN, Aug. 5 (Xinhua) -- A new batch of cultural relics unearthed from the mausoleum of Emperor Qinshihuang went on display on Tuesday in Xi'an, capital of northwest China's Shaanxi Province.
The exhibition features more than 120 items, including bronze weapons, pottery figurines and fragments of colored armor, most of which are being shown to the public for the first time.
Archaeologists said a painted kneeling archer figurine found last year still retains traces of green and pink pigment on its face and clothes, providing valuable information for studying the painting techniques of the Qin Dynasty (221-206 BC).
The exhibition will run until the end of November.
""")
h = ('<div class="top"><a>中文</a> | <a>Subscribe</a></div><div class="banner">XIAN NEWS · Shaanxi</div>' + '<form><input placeholder="Enter keywords"></form>' + nav(["Home","News","Culture","Business","Travel","Photos"]) +
 '<div class="crumb">Home &gt; News &gt; Culture</div><div class="main"><h1>New relics from Qinshihuang mausoleum on display in Xi\'an</h1>'
 '<div class="info">Source: Xinhua | Updated: 2025-08-05 17:48 | Editor: Wang Yi</div><div class="art">' + ps(b) + '</div><p>Share to: Facebook Twitter Weibo</p>' +
 related("Related", ["Terracotta Warriors museum welcomes record visitors","Shaanxi unveils new archaeological finds"]) + '</div><div class="foot">Copyright © Xi\'an News Network. All Rights Reserved. 陕ICP备06008234号</div>')
page("zn-24","media English portal reprint of Xinhua (no byline)","en","New relics from Qinshihuang mausoleum on display in Xi'an",[],"2025-08-05 17:48",b,h)

# zn-25 English: China Daily Shandong
b = paras("""
Farmers in Yantai, Shandong province, have started harvesting cherries about a week earlier than last year, thanks to warmer spring weather and new greenhouse techniques.
In Fushan district, orchard owner Sun Lijun said his 30 mu (2 hectares) of greenhouse cherries sold for 60 to 80 yuan a kilogram in the first week of the season. "Buyers from Shanghai and Guangzhou come to the orchard directly, and some fruit is delivered to customers within 24 hours," he said.
Yantai has about 430,000 mu of cherry orchards, producing more than 300,000 metric tons of fruit a year. Local authorities have worked with logistics companies to open cold-chain routes to more than 200 cities.
The city is also promoting picking tours, and expects to receive more than 2 million visitors during the season.
""")
h = ('<div class="top">Global Edition | ASIA | 中文 | 双语 | 漫画 | <a>Sign in</a></div><div class="banner">chinadaily.com.cn · REGIONAL · Shandong</div>' + nav(["HOME","CHINA","WORLD","BUSINESS","LIFESTYLE","CULTURE","REGIONAL"]) +
 '<div class="crumb">Home / Regional / Shandong / Yantai</div><div class="main"><h1>Yantai cherries ripen early, reach distant markets</h1>'
 '<div class="info">By Zhao Ruixue in Jinan | China Daily | Updated: 2025-06-03 09:12</div><img alt="" src="ch.jpg"><p class="cap">A farmer picks cherries in a greenhouse in Fushan district, Yantai, Shandong province. [Photo by Tang Ke/For China Daily]</p>' +
 '<div class="art">' + ps(b) + '</div><p>[Editor: Liu Jing]</p><p>Copyright 1995 - 2025 . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p></div>')
page("zn-25","media English (China Daily regional)","en","Yantai cherries ripen early, reach distant markets",["Zhao Ruixue"],"2025-06-03 09:12",b,h)

# zn-26 English: Shanghai city news
b = paras("""
Shanghai will open 15 new public swimming pools at schools to local children during the summer vacation, the city's sports bureau announced on Monday.
The pools, located in Minhang, Baoshan, Jiading and Songjiang districts, will be open from July 5 to August 31. Children aged 6 to 16 can book a two-hour session for 10 yuan through the "Shanghai Sports" mini-program.
Each pool will have at least two certified lifeguards and a coach, and free beginner classes will be offered on weekday mornings.
Last summer, about 180,000 children used the city's school pools, according to the bureau.
""")
h = ('<div class="top sticky">SHANGHAI CITY NEWS <a>Log in</a> <a>Sign up</a></div>' + nav(["Home","Metro","Nation","World","Biz","Feature","Sport"]) +
 '<div class="main"><p>METRO</p><h1>More school pools to open to kids this summer</h1><p>By Yang Meiping</p><p>16:05 UTC+8, 2023-06-19</p>' +
 '<p><a>0</a> comments</p><div class="art">' + ps(b) + '</div><p>Source: SHINE</p><p>Editor: Zhang Long</p><p>Print | Close</p>' + related("Special Reports",["Summer in Shanghai","Back to school"]) +
 '</div><div class="foot">Copyright © 2023 Shanghai Daily. All rights reserved. 沪ICP证：沪ICP备05050403</div>')
page("zn-26","media English (city paper site)","en","More school pools to open to kids this summer",["Yang Meiping"],"16:05 UTC+8, 2023-06-19",b,h)

# ---------------- self-media ----------------
# zn-27 头条号, person named (文｜…)
b = paras("""
文｜刘小川
上周末，我带着孩子去了一趟青州古城。说实话，去之前我对这座小城没抱太大期待，没想到一待就是两天。
古城不大，从偶园街走到昭德古街，慢慢逛也就两个小时。街两边大多是明清时期的老房子，青砖灰瓦，门楼上的砖雕很精细。和很多商业化严重的古镇不一样，这里不少院子里还住着本地人，早上能看到老人坐在门口择菜、聊天。
古城里还有一座偶园，是清代的私家园林，园子不大但假山堆得很有味道，门票也就二十多块。孩子最喜欢的是城墙，傍晚登上去看夕阳，整座古城的屋顶都被照成了金色。
吃的方面，一定要尝尝青州的隆盛糕点和蜜三刀，另外古城里有家卖炒鸡的小馆子，两个人一只鸡吃得很满足，人均不到五十块。
住宿我选的是古城边上的民宿，一晚两百多，院子里种着石榴树，孩子特别喜欢。
如果你也想找个人少一点、有烟火气的地方过周末，青州值得一去。
""")
h = ('<div class="top">今日头条 <input placeholder="搜索站内资讯、视频或用户"> <a>登录</a></div><div class="main"><div class="side"><p>鲁中慢生活</p><p>1.2万粉丝 · 286获赞</p><a>关注</a>' +
 related("相关推荐",["山东这座小城，物价低、节奏慢","周末去哪儿？潍坊周边游攻略"]) + '</div>'
 '<h1>去了一趟青州古城，我才明白什么叫“慢下来”</h1><div class="info" style="text-align:left">2024-05-13 18:42·鲁中慢生活　山东</div><div class="art">' + ps(b) +
 '<img alt="" src="q.jpg"></div><p>举报/反馈</p><p>评论 23</p><p>发表评论</p><p>查看全部评论</p></div>')
page("zn-27","self-media 头条号 (person named at top 文｜)","zh","去了一趟青州古城，我才明白什么叫“慢下来”",["刘小川"],"2024-05-13 18:42",b[1:],h)

# zn-28 网易号, account only
b = paras("""
6月1日起，浙江多地公交开始推行“老年卡刷脸乘车”，老人不用再带卡，走到车门口刷一下脸就能上车。
据了解，这项服务首批在杭州、湖州、嘉兴的83条公交线路上线。老人需要先在“浙里办”App上完成实名认证和人脸采集，绑定本人的老年优待卡，之后在装有人脸识别设备的公交车上就可以刷脸乘车，优惠标准和刷卡一样。
记者在杭州一辆公交车上看到，一位老人上车时在车门旁的识别设备前停留了一两秒，设备就发出“老年卡”的语音提示，整个过程比刷卡还快。
有网友担心刷脸支付的信息安全问题。对此，杭州公交集团工作人员表示，人脸数据采用加密存储，仅用于乘车身份核验，不会用于其他用途。
截至目前，已有超过2.7万名老人开通了刷脸乘车服务。你觉得这个服务方便吗？欢迎在评论区留言。
""")
h = ('<div class="top">网易首页 &gt; 网易号 &gt; 正文 　<a>申请入驻</a> <a>登录</a></div><div class="main"><h1>浙江多地公交可“刷脸”乘车 老人不用再带卡</h1>'
 '<div class="info" style="text-align:left">2025-06-03 17:26:08　来源: <a>浙里生活圈</a> 浙江</div><div class="art">' + ps(b) + '</div>'
 '<p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p><p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>'
 '<div class="side"><p>浙里生活圈</p><p>1.5万粉丝</p><a>+关注</a></div><p>跟贴 156 参与 2031</p>' + related("相关推荐",["杭州地铁将开通新线路","浙江医保新规7月起实施"]) + '</div>')
page("zn-28","self-media 网易号 (account only)","zh","浙江多地公交可“刷脸”乘车 老人不用再带卡",["浙里生活圈"],"2025-06-03 17:26:08",b,h)

# zn-29 百家号, closing 作者 line names a person
b = paras("""
最近不少朋友问我：现在的存款利率一降再降，手里的钱到底该放哪儿？
先说结论：对大多数普通家庭来说，不要追求高收益，先把“安全垫”留够。一般建议预留3到6个月的生活费，放在随时能取的活期或货币基金里，用来应对失业、生病等突发情况。
其次，有明确用途的钱，比如两三年后要用的孩子学费、购房首付，可以考虑大额存单或国债，利率虽然不高，但本金安全、收益确定。
这里要提醒一句，很多人喜欢把钱全部存成三年、五年的定期，结果急用钱时只能提前支取，利息按活期算，反而吃亏。不妨把钱分成几份，分别存不同期限，每隔一段时间就有一笔到期，既有收益又方便周转。
最后，真正长期不用的闲钱，才适合配置一部分基金或其他理财产品。投资前一定要弄清楚产品的风险等级，不要听信“保本高收益”的宣传。
理财没有标准答案，适合自己的才是最好的。
（作者：王建国，高级经济师，长期关注个人理财与家庭财务规划）
""")
h = ('<div class="top">百度首页 <a>登录</a></div><div class="main"><h1>利率一降再降，普通家庭的钱该放哪儿？</h1><div class="info" style="text-align:left"><a>老王说理财</a> 2024-10-21 07:58 河南 优质财经领域创作者</div>'
 '<div class="art">' + ps(b) + '</div><p>举报/反馈</p>' + related("大家还在搜",["大额存单利率","国债怎么买","货币基金收益"]) + '<p>百度首页 &nbsp;©2024 Baidu 京ICP证030173号</p></div>')
page("zn-29","self-media 百家号 (closing 作者 line names a person)","zh","利率一降再降，普通家庭的钱该放哪儿？",["王建国"],"2024-10-21 07:58",b[:-1],h,"closing （作者：…） line is a credit line, not body")

# zn-30 企鹅号, account only
b = paras("""
近日，在广东潮州的一场婚宴上，新郎新娘没有摆几十桌的大宴，而是请亲友吃了一顿工夫茶配潮汕小吃，这段视频在网上走红。
新郎陈先生说，双方父母一开始并不赞成，觉得太简单会被亲戚说闲话。“后来我们算了一笔账，省下来的十几万元可以给两边老人装修房子，父母也就同意了。”
婚礼当天，新人在老宅的天井里摆上茶桌，亲友们围坐品茶、吃粿品，听长辈讲家族往事。新娘说，这样的婚礼更像一次家庭聚会，大家能坐下来好好说说话，比在酒店里热闹一阵更有意义。
当地民政部门工作人员介绍，近年来潮州持续推进移风易俗，倡导婚事新办、简办，不少村居把“婚宴不超过十桌”写进了村规民约。
网友纷纷点赞：“简单又有仪式感，这才是婚礼该有的样子。”
""")
h = ('<div class="top">腾讯网 | 企鹅号 <a>登录</a></div><div class="main"><div class="side"><p>潮汕视界</p><p>企鹅号 · 文化领域</p><a>关注</a></div><h1>潮州一对新人用工夫茶代替酒席，网友：这才是婚礼该有的样子</h1>'
 '<p>潮汕视界</p><p>2023年4月2日 19:30</p><div class="art">' + ps(b) + '</div><p>本文为企鹅号作者原创，未经授权禁止转载</p><p>免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</p>' +
 related("热门推荐",["潮汕人的早餐有多丰富","广东这个地方的婚礼习俗"]) + '</div>')
page("zn-30","self-media 企鹅号 (account only)","zh","潮州一对新人用工夫茶代替酒席，网友：这才是婚礼该有的样子",["潮汕视界"],"2023年4月2日 19:30",b,h)

# zn-31 微信公众号 with 原创 + person
b = paras("""
今天（6月3日）起，南京市民可以在家门口的社区卫生服务中心预约上级医院专家号了。
首批开通这项服务的有全市98家社区卫生服务中心，可预约南京市第一医院、鼓楼医院、市儿童医院等12家三级医院的专家门诊。居民在社区就诊时，如需转诊到上级医院，家庭医生可以直接通过“健康南京”平台预约，号源优先保障转诊患者。
具体怎么操作？居民先到签约的家庭医生处就诊，由家庭医生评估后提出转诊建议，在平台上选择医院、科室和就诊时间，预约成功后会收到短信提醒，就诊当天凭身份证或医保电子凭证直接到专家诊室报到即可。
市卫健委相关负责人介绍，三级医院每天拿出不少于20%的专家号源投放到基层，并对通过社区转诊的患者开通绿色通道，减少排队等候时间。
小编提醒，预约成功后，如不能按时就诊，请提前24小时在平台取消，以免影响信用记录。
""")
h = ('<div class="main" style="width:680px"><h1>今起，社区医院能约三甲医院专家号了</h1><p><span>原创</span> <span>张晓雨</span> <a>南京发布</a> <em>2025年6月3日 18:30</em> <em>江苏</em></p>'
 '<div class="art">' + ps(b) + '<p>来源：南京发布综合整理</p><p>编辑：陈曦</p></div><p>阅读 2.6万</p><p>南京发布</p><p>向上滑动看下一个</p><p>微信扫一扫<br>关注该公众号</p>'
 '<p>知道了</p><p>微信扫一扫<br>使用小程序</p><p>取消 允许</p><p>分析</p><p>： ， 。 视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看 分享 留言 收藏</p></div>')
page("zn-31","self-media 微信公众号 (原创 + person)","zh","今起，社区医院能约三甲医院专家号了",["张晓雨"],"2025年6月3日 18:30",b,h)

# zn-32 澎湃号 政务, account only
b = paras("""
6月3日上午，成都市郫都区“川菜产业城”新一批项目集中签约，12个项目总投资达48亿元，涵盖调味品生产、预制菜加工、冷链物流等领域。
郫都区是郫县豆瓣的原产地。近年来，当地围绕川菜产业链延链补链，已聚集食品企业400余家，2024年川菜产业城实现营收超过500亿元。
在签约现场，一家调味品企业负责人告诉记者，公司看中的是郫都完整的产业链条：“辣椒、蚕豆等原料在周边就能采购，包装、检测、物流配套也很齐全，企业能把精力集中在产品研发上。”
此次签约的项目中，一家预制菜企业计划建设年产5万吨的智能化生产线，产品将销往全国并出口东南亚。区相关负责人表示，将为签约项目配备“项目服务专员”，全程帮办代办审批手续，推动项目尽快开工建设。
""")
h = ('<div class="top">澎湃新闻 <a>下载客户端</a> <a>登录</a> <input placeholder="搜索"></div><div class="main"><p>澎湃号 &gt; 政务</p><h1>48亿元！郫都川菜产业城一批新项目集中签约</h1>'
 '<div class="info" style="text-align:left"><a>郫都发布</a> 关注 <br>2025-06-03 16:52 来源：澎湃新闻·澎湃号·政务</div><div class="art">' + ps(b) + '</div><p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>'
 + related("查看更多",["郫都区举办第十届川菜文化节","成都预制菜产业加速发展"]) + '<p>扫码下载澎湃新闻客户端</p><p>沪ICP备14003370号</p></div>')
page("zn-32","self-media 澎湃号·政务 (account only)","zh","48亿元！郫都川菜产业城一批新项目集中签约",["郫都发布"],"2025-06-03 16:52",b,h)

# ---------------- e-paper ----------------
def epaper_head(paper, date, ban, banname, editor):
    return (f'<div class="top">{paper} 数字报刊 　<a>往期回顾</a> <a>版面导航</a> <a>标题导航</a></div><div class="banner">{paper}</div>'
            f'<p>{date}</p><p>{ban}：{banname}</p><p><a>上一版</a> <a>下一版</a></p><p>本版责编：{editor}</p><img alt="版面图" src="page.jpg">')
# zn-33 辽宁日报: 引题/主标题/副题, 本报记者 line
b = paras("""
连日来，在盘锦市大洼区的稻田里，一台台无人机来回穿梭，为水稻喷洒叶面肥和防治病虫害药剂。“以前打药得背着药桶下田，一天干不了几亩，现在无人机一天能作业300多亩。”种粮大户孙宝山说。
今年，我省推广水稻全程机械化生产面积达到650万亩，机插秧、无人机植保、智能化灌溉等技术广泛应用。盘锦、沈阳、铁岭等水稻主产区依托农业社会化服务组织，为小农户提供耕种管收“一条龙”托管服务，亩均节本增效150元以上。
在沈阳市辽中区，一家农机专业合作社今年托管服务面积达到2.6万亩。合作社负责人介绍，通过统一购种、统一机插、统一植保，水稻亩产比农户分散种植提高了50多公斤。
省农业农村厅相关负责人介绍，我省还在30个县（市、区）开展水稻绿色高质高效行动，推广侧深施肥、稻蟹共生等技术，在稳产的同时减少化肥农药用量。
""")
h = (epaper_head("辽宁日报", "2024年7月26日 星期五", "第01版", "要闻", "郝  阳") + '<div class="main"><p>加快推进农业现代化</p><h1>智慧农机“唱主角” 千里稻田绿意浓</h1><p>我省水稻全程机械化生产面积达650万亩</p>'
 '<p>本报记者　王  敏　刘立军</p><div class="art">' + ps(b) + '</div><p>上一篇　下一篇</p><p>辽宁日报社版权所有 未经书面授权 不得复制或建立镜像 辽ICP备05009321号</p></div>')
page("zn-33","e-paper (引题/主标题/副题 stack; 本报记者 line)","zh","智慧农机“唱主角” 千里稻田绿意浓",["王敏","刘立军"],"2024年7月26日 星期五",b,h,"title = 主标题 only")

# zn-34 大众日报: 本报讯（记者 … 通讯员 …）
b = paras("""
本报讯（记者 左丰岐 通讯员 崔  冉）4月18日，记者从临沂市商务局获悉，一季度临沂商城实现市场交易额1620亿元，同比增长9.3%；网络零售额达到312亿元，同比增长18.6%。
临沂商城是全国重要的商贸物流中心之一。今年以来，当地加快推动传统批发市场转型升级，引导商户发展直播电商，全市已建成直播基地52个，带动就业超过4万人。同时，临沂新开通至中亚、东盟等地的国际物流线路6条，“临沂商城”品牌产品出口额同比增长21%。
在临沂商城一处直播基地，主播们正通过手机向全国各地的网友推介五金工具、日用百货等商品。基地负责人介绍，基地为入驻商户免费提供直播间、选品和培训服务，一些传统批发商户转型做直播后，销售额翻了一番。
""")
h = (epaper_head("大众日报", "2023年04月19日", "第02版", "综合新闻", "李振") + '<div class="main"><h1>一季度临沂商城交易额1620亿元</h1><div class="art">' + ps(b) + '</div>'
 '<p>分享到：</p><p>大众报业集团版权所有 鲁ICP备09023866号</p></div>')
page("zn-34","e-paper (本报讯（记者 … 通讯员 …）in first paragraph)","zh","一季度临沂商城交易额1620亿元",["左丰岐","崔冉"],"2023年04月19日",b,h)

# zn-35 长江日报: two-line headline, 通讯员 list under title, 长江日报记者
b = paras("""
8月起，武汉市中心城区的中小学将全面推行“弹性离校”服务，家长可根据下班时间，为孩子选择17时30分或18时30分两个离校时段。
市教育局相关负责人介绍，弹性离校时段内，学校将安排教师组织学生开展自主阅读、作业辅导和体育锻炼等活动，不讲新课，不组织集体补课。服务坚持家长自愿原则，费用由财政和学校共同承担，不向家长收取。
为保障服务顺利实施，各学校将提前摸底统计学生需求，合理安排看护教师，并对参与课后服务的教师给予相应补贴。教育部门还将对各校弹性离校服务开展情况进行督导检查。
“以前每天下午四点半就得请假接孩子，现在终于不用再为接娃发愁了。”江岸区一位学生家长说。
""")
h = (epaper_head("长江日报", "2019.07.30", "第05版", "教育", "田  巧") + '<div class="main"><h1>武汉中小学8月起推行“弹性离校”<br>家长可选两个时段接孩子</h1>'
 '<p>长江日报记者汪甜甜 通讯员马莉 陈思雨</p><div class="art">' + ps(b) + '</div><p>【编辑：张  军】</p><p>长江日报报业集团 版权所有</p></div>')
page("zn-35","e-paper (two-line headline; reporter and 通讯员 glued to labels)","zh","武汉中小学8月起推行“弹性离校”家长可选两个时段接孩子",["汪甜甜","马莉","陈思雨"],"2019.07.30",b,h,"two-line headline joined with no space")

# zn-36 南方日报: 引题 + 主标题, authors at end of body in a separate line 撰文 and 文字
b = paras("""
春节前夕，在佛山市顺德区勒流街道的一家家电企业生产车间里，机械臂有节奏地挥舞，一台台空气炸锅从生产线上下线，装箱后直接运往港口。
“今年海外订单排到了3月份，节前我们一直在满负荷生产。”企业负责人介绍，企业去年投入1.2亿元进行数字化改造，生产效率提升了35%，产品不良率下降一半。
记者看到，车间里的物料搬运已全部由自动导引车完成，生产数据实时显示在车间的大屏上。管理人员通过系统就能掌握每条生产线的产量、能耗和设备运行状态，发现异常能第一时间处理。
顺德是全国重要的家电产业基地。去年，顺德家电产业集群产值超过4000亿元，当地通过“工改”腾挪出产业空间3.5万亩，吸引一批智能家电、机器人项目落户。
""")
h = (epaper_head("南方日报", "2026年01月09日 星期五", "A05", "经济", "刘  飞") + '<div class="main"><p>——走进广东制造业当家·顺德篇</p><h1>顺德家电产业：订单排满 数字化改造提效三成</h1>'
 '<div class="art">' + ps(b) + '</div><p>■南方日报记者 黄  颖 通讯员 顺宣</p><p>上一篇 下一篇</p><p>南方报业传媒集团 版权所有</p></div>')
page("zn-36","e-paper (引题 above headline; byline after body with ■)","zh","顺德家电产业：订单排满 数字化改造提效三成",["黄颖","顺宣"],"2026年01月09日 星期五",b,h)

# ---------------- institutional ----------------
# zn-37 university news: 文：… 图：… 审核：…
b = paras("""
10月15日，西北某大学“秦岭生态保护与可持续发展”研究院在长安校区揭牌成立。
研究院将围绕秦岭生物多样性保护、水源涵养、生态产品价值实现等方向开展研究，首批聘任校内外研究人员46名，并与陕西省林业科学院、秦岭国家植物园等单位签订合作协议，共建野外观测站3个。
据介绍，研究院还将设立开放研究基金，面向省内外高校和科研院所发布研究课题，并联合地方政府开展生态保护修复、绿色产业发展等方面的决策咨询研究。
学校党委书记在揭牌仪式上表示，学校将在人才引进、科研平台和经费方面给予重点支持，努力把研究院建设成为服务国家生态安全的高水平智库。
仪式后，研究院召开第一届学术委员会会议，审议了研究院章程和五年发展规划。
""")
h = ('<div class="top">English | 信息门户 | 校友网 | 图书馆</div><div class="banner">新闻网 NEWS</div>' + nav(["首页","学校要闻","综合新闻","学术动态","媒体关注","图说校园"]) +
 '<div class="crumb">当前位置：首页 &gt; 学校要闻</div><div class="main"><h1>秦岭生态保护与可持续发展研究院揭牌成立</h1><div class="info">来源：科学技术处　发布时间：2025-10-16　点击数：1021</div>' +
 '<div class="art">' + ps(b) + '<img alt="揭牌仪式现场" src="u.jpg"></div><p>文：马骁&nbsp;&nbsp;图：宋佳佳&nbsp;&nbsp;审核：高伟</p><p>上一条：我校学子在全国大学生数学建模竞赛中获佳绩</p><p>下一条：学校召开2025年秋季学期教学工作会议</p></div>'
 '<div class="foot">版权所有 ©西北某大学 陕ICP备05001612号</div>')
page("zn-37","institutional university news (文/图/审核 line after body)","zh","秦岭生态保护与可持续发展研究院揭牌成立",["马骁"],"2025-10-16",b,h)

# zn-38 court: 通讯员 under title, 2010s layout
b = paras("""
“没想到在家门口就把纠纷解决了，还不用交诉讼费。”近日，在汝阳县人民法院内埠人民法庭的调解室里，当事人李某拿着调解书说。
李某与王某系同村村民，因宅基地边界问题产生纠纷，双方多次争吵，关系紧张。法庭受理案件后，邀请村委会干部和“乡贤调解员”一同到现场丈量、查看，结合历史资料耐心释法说理，最终促成双方达成调解协议，王某同意拆除越界的围墙，双方握手言和。
法官在调解中发现，双方矛盾的根源在于多年前两家的口头约定没有留下书面凭证。调解结束后，法官又向双方讲解了《民法典》中关于相邻关系的规定，提醒村民今后涉及宅基地、土地流转等事项要签订书面协议。
今年以来，该法庭坚持和发展新时代“枫桥经验”，在辖区12个行政村设立“法官联络点”，通过诉前调解化解矛盾纠纷210件，同比增长35%。
""")
h = ('<table width="1000" align="center"><tr><td class="banner">汝阳县人民法院</td></tr><tr><td>' + " | ".join(["首页","法院动态","审判执行","法院文化","诉讼服务","公告"]) + '</td></tr>'
 '<tr><td>您的位置：首页 &gt; 法院动态</td></tr><tr><td align="center"><h2>内埠法庭：宅基地起纠纷 法官现场调解促和谐</h2>'
 '作者：王晓光 刘  佳　发布时间：2024-12-03 15:20:11　【<a>字体：大 中 小</a>】【<a>打印</a>】【<a>关闭</a>】</td></tr><tr><td>' + ps(b) +
 '</td></tr><tr><td>责任编辑：张伟</td></tr><tr><td align="center">版权所有：汝阳县人民法院 地址：汝阳县城关镇 豫ICP备13004321号</td></tr></table>')
page("zn-38","institutional court (2010s layout; 作者 in info line)","zh","内埠法庭：宅基地起纠纷 法官现场调解促和谐",["王晓光","刘佳"],"2024-12-03 15:20:11",b,h)

# zn-39 hospital news: 通讯员 at body end, 供稿 line
b = paras("""
近日，绵阳市中心医院心血管内科团队成功为一名92岁高龄主动脉瓣重度狭窄患者实施经导管主动脉瓣置换术（TAVR），患者术后第二天即可下床活动。
患者张大爷因反复胸闷、气促入院，检查发现主动脉瓣重度狭窄并伴有心功能不全。考虑到患者年龄大、基础疾病多，传统开胸手术风险极高，心血管内科联合心脏外科、麻醉科、超声科等多学科讨论后，决定为其实施微创介入手术。
手术仅通过大腿根部一个小切口，将人工瓣膜经导管送至心脏并释放，全程用时约1小时。目前，患者恢复良好，已康复出院。
据介绍，该院自开展TAVR技术以来，已累计完成手术80余例，为不能耐受外科手术的高龄患者提供了新的治疗选择。（通讯员 阿依努尔·买买提）
""")
h = ('<div class="top">无障碍 | 预约挂号 | 院长信箱 | 医院邮箱</div><div class="banner">绵阳市中心医院</div>' + search("请输入搜索关键字") + nav(["首页","医院概况","新闻中心","科室导航","专家介绍","就医指南"]) +
 '<div class="crumb">首页 &gt; 新闻中心 &gt; 医院新闻</div><div class="main"><p class="date">2022/8/17</p><h1>92岁老人心脏“换瓣”不开胸 术后次日下床</h1><div class="info">供稿：心血管内科　审核：宣传部　浏览次数：563</div>' +
 '<div class="art">' + ps(b) + '</div><p>分享到：</p><p>医院地址：四川省绵阳市涪城区 急诊电话：0816-2222120</p><p>蜀ICP备12003456号</p></div>')
page("zn-39","institutional hospital (date above headline; 通讯员 closing body)","zh","92岁老人心脏“换瓣”不开胸 术后次日下床",["阿依努尔·买买提"],"2022/8/17",b,h)

# zn-40 English: university news
b = paras("""
A team of researchers from the university's School of Materials Science has developed a new type of sodium-ion battery electrode that retains 92 percent of its capacity after 5,000 charge cycles, according to a paper published in a leading energy journal last week.
Sodium-ion batteries are seen as a cheaper alternative to lithium-ion batteries for large-scale energy storage, but their short lifespan has limited their use. The team solved the problem by coating the electrode particles with an ultra-thin carbon layer, which prevents them from cracking during charging.
"Our next step is to work with companies in Jiangsu to test the material in real energy storage systems," said Professor Xu Hong, who led the study.
""")
h = ('<div class="top"><a>中文</a> | <a>Library</a> | <a>Contact</a></div><div class="banner">Nanjing Tech Institute · NEWS</div>' + nav(["Home","About","Academics","Research","News","Admissions"]) +
 '<div class="crumb">Home &gt; News &gt; Research</div><div class="main"><h1>Researchers develop long-life sodium-ion battery electrode</h1><p>Posted on: Apr 22, 2021 | Views: 388</p>' +
 '<div class="art">' + ps(b) + '</div><p>Written by: Chen Yue</p><p>Photo: Liu Bo</p><p>Edited by: Amy Wang</p><p>Print | Close</p></div><div class="foot">Copyright © Nanjing Tech Institute 苏ICP备05007123号</div>')
page("zn-40","institutional English university news (Written by line after body)","en","Researchers develop long-life sodium-ion battery electrode",["Chen Yue"],"Apr 22, 2021",b,h)

# ---------------- write ----------------
assert len(PAGES) == 40 and len({p["id"] for p in PAGES}) == 40
for p in PAGES:
    open(os.path.join(OUT, "html", p["id"] + ".html"), "w", encoding="utf-8").write(p["html"])
    json.dump(p["gold"], open(os.path.join(OUT, "gold", p["id"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump([{k: p[k] for k in ("id", "kind", "lang", "note")} for p in PAGES], open(os.path.join(OUT, "pages.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(PAGES), "pages")
