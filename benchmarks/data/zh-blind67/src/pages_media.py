"""Media pages xp-13 … xp-24: provincial/city papers' sites, portals, TV/radio, central media
channels and two English-language pages (all outlets' articles invented)."""
from __future__ import annotations

from kit import BASE_CSS, Page, body_html, comments, dated_list, doc, esc, img, links, parse, search, select, title_html, ul
from furn import crumbs, prevnext, qr, related, share

KIND = "media"

MEDIA_CSS = """
.w{width:1200px;margin:0 auto;overflow:hidden}
.hd{border-bottom:3px solid #c40000;padding:14px 0}.hd .logo{float:left}.hd .search{float:right;margin-top:16px}
.chan{background:#c40000}.chan a{color:#fff;display:inline-block;padding:0 14px;line-height:40px;font-size:15px}
.crumb{font-size:13px;color:#666;margin:12px 0}
.main{float:left;width:820px}.aside{float:right;width:340px}
.main h1{font-size:30px;line-height:1.4;margin:10px 0}
.meta{color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:10px}.meta span{margin-right:16px}
.art p{font-size:17px;line-height:1.9;margin:0 0 18px;text-indent:2em}
.art .pic,.art .pic-cap{text-indent:0}
.box{margin-bottom:20px}.box h3{font-size:17px;border-left:4px solid #c40000;padding-left:8px}
.box li{line-height:30px;border-bottom:1px dashed #eee}
.rank li{counter-increment:r}.ft{background:#222;color:#aaa;font-size:12px;text-align:center;line-height:24px;padding:20px 0;clear:both}
.ft a{color:#aaa}.ft p{margin:0}
.editor{text-align:right;color:#999;font-size:14px}
.cmt li{border-bottom:1px solid #eee;padding:10px 0}.cmt .nick{color:#36c;margin-left:6px}.cmt .ct{margin:6px 0}.cmt .cm{color:#999;font-size:12px}
.cmt .cm a{margin-left:12px;color:#999}
"""


def media_footer(lines) -> str:
    return '<div class="ft">' + "".join(f"<p>{x}</p>" for x in lines) + "</div>"


# --------------------------------------------------------------------------- xp-13
def xp13() -> Page:
    title = "湘江新区首批“人工智能+”应用场景清单发布"
    blocks = parse("""
X 湘楚日报全媒体记者 谭  亮 通讯员 何晓芳
P 6月11日，湘江新区在长沙举行“人工智能+”产业生态大会，发布首批30个“人工智能+”应用场景清单，面向全国征集解决方案，揭榜企业最高可获得500万元资金支持。
H 场景覆盖制造、交通、医疗等八大领域
P 此次发布的场景清单涵盖智能制造、智慧交通、智慧医疗、智慧政务、智慧文旅等八大领域。其中，工程机械远程运维、智能网联公交调度、基层医疗影像辅助诊断等场景，均由区内龙头企业和公共服务机构“出题”。
P “我们每天有近3000台设备在全国各地作业，靠人工排查故障效率太低。”一家工程机械企业数字化负责人说，希望借助大模型和设备数据，实现故障提前预警。
H “揭榜挂帅”让企业唱主角
P 据介绍，湘江新区将采取“揭榜挂帅”方式，由场景提出方与解决方案提供方联合攻关，经评审确定的揭榜项目，按项目投入的30%给予补助。新区还将开放公共数据资源，建设算力调度平台，为企业降低算力使用成本。
P 会上，12家企业与新区签订合作协议，总投资约46亿元。湘江新区有关负责人表示，到2026年，新区将打造100个以上示范应用场景，人工智能核心产业规模突破300亿元。
""")
    body = body_html(blocks)
    css = BASE_CSS + MEDIA_CSS
    html = f"""
<div class="topnav"><div class="w">{links(["湘楚网首页", "湘楚日报", "湘楚客户端", "数字报", "登录"], " | ")}</div></div>
<div class="hd"><div class="w"><div class="logo">{img("湘楚网", 220, 60)}</div>{search("搜索新闻")}</div></div>
<div class="chan"><div class="w">{links(["首页", "时政", "湖南", "经济", "社会", "文化", "教育", "健康", "评论", "视频", "专题", "市州"])}</div></div>
<div class="w">
{crumbs(["湘楚网", "湖南", "经济"], lead="当前位置：", sep=" > ")}
<div class="main">
 {title_html(title)}
 <div class="meta"><span>来源：湘楚日报</span>
  <span>2024-06-12 07:05:33</span>
  <span>编辑：曾  静</span>{links(["A+", "A-"], " ")}</div>
 <div class="art">
{body}
 </div>
 <p class="editor">[责任编辑：曾  静]</p>
 {share("media")}
 {related("相关新闻", [("长沙发布人工智能产业发展三年行动计划", "2024-05-28"), ("湖南新增5家国家级智能制造示范工厂", "2024-05-20"), ("湘江新区：算力中心二期投入运营", "2024-04-30")], cls="box")}
</div>
<div class="aside">
 <div class="box"><h3>24小时热点</h3>{ul(["湖南高考成绩6月25日可查", "长沙地铁7号线一期进入空载试运行", "湘江新区首批“人工智能+”应用场景清单发布", "常德：200余名志愿者守护“母亲河”", "岳阳楼景区端午假期推出夜游", "湖南今年计划新建改造农村公路5000公里"], cls="rank")}</div>
 <div class="box"><h3>图片新闻</h3>{img("洞庭湖畔荷花盛开", 320, 180)}<p>洞庭湖畔荷花盛开</p></div>
 <div class="box">{qr(["扫一扫 下载湘楚客户端", "湘楚网官方微信"])}</div>
</div>
</div>
{media_footer([links(["关于我们", "广告服务", "联系我们", "网站地图", "版权声明"], " | "),
               "湘楚网版权所有，未经书面授权禁止使用　Copyright © 2024 XCRB.cn All Rights Reserved",
               "互联网新闻信息服务许可证：43120210015　湘ICP备11008725号-1　湘公网安备 43010502001121号",
               "违法和不良信息举报电话：0731-84326119　举报邮箱：jubao@xcrb.example"])}
"""
    return Page("xp-13", KIND, title, ["谭亮", "何晓芳"], "2024-06-12 07:05:33", blocks, doc(title + "_湘楚网", css, html), body,
                features="provincial paper's site: byline line 湘楚日报全媒体记者 谭  亮 通讯员 何晓芳 above the body; spaced editor name 编辑：曾  静 in the info bar and [责任编辑：…] after the body (not authors); two sub-headings; quoted speech; hot list and QR captions",
                site="湘楚网（湖南，省级党报网站，虚构）")


# --------------------------------------------------------------------------- xp-14
def xp14() -> Page:
    title = "南昌地铁4号线二期工程全线洞通"
    blocks = parse("""
P 赣鄱网讯（记者 熊  芳）6月26日上午10时18分，随着盾构机缓缓破土而出，南昌地铁4号线二期工程最后一个区间隧道顺利贯通，标志着该线路土建工程进入收尾阶段。据了解，4号线二期工程全长约7.9公里，设车站5座，计划于2025年底前具备开通运营条件。
""")
    body = body_html(blocks)
    rolling = [("10:42", "江西今年首批“三支一扶”人员开始报到"), ("10:35", "景德镇陶瓷大学毕业设计展开幕"),
               ("10:30", "南昌地铁4号线二期工程全线洞通"), ("10:21", "赣江南昌段水位回落至警戒线以下"),
               ("10:05", "九江：长江干流禁渔执法检查持续开展"), ("09:58", "江西省2024年普通高校招生录取控制分数线公布"),
               ("09:40", "上饶高铁站暑运首日发送旅客4.2万人次"), ("09:26", "吉安井冈蜜柚进入疏果期"),
               ("09:10", "抚州：王安石纪念馆改造提升工程启动"), ("08:55", "宜春明月山景区推出夏季避暑游线路"),
               ("08:40", "赣州脐橙种植户抢抓时机防治病虫害"), ("08:22", "萍乡开展防范电信网络诈骗集中宣传")]
    roll_html = '<ul class="roll">' + "".join(f'<li><span class="t">{t}</span><a href="#">{esc(x)}</a></li>' for t, x in rolling) + "</ul>"
    recs = [("江西：今年将新开工建设高速公路8条", "记者从省交通运输厅获悉，今年我省计划新开工建设高速公路8条，总里程约520公里。"),
            ("南昌首条跨江有轨电车线路规划公示", "规划线路全长约16公里，串联红谷滩与东湖、青山湖两区。"),
            ("赣江新区数字经济产业园二期开园", "首批入驻企业32家，涵盖软件开发、数据服务等领域。"),
            ("鄱阳湖候鸟保护区开展夏季巡护", "巡护人员将对重点湖区开展不间断巡查，严防非法捕捞。")]
    rec_html = "".join(f'<div class="rec">{img(t, 200, 120)}<h4><a href="#">{esc(t)}</a></h4><p>{esc(s)}</p></div>' for t, s in recs)
    css = BASE_CSS + MEDIA_CSS + """
.chan{background:#0a58a8}.hd{border-color:#0a58a8}.box h3{border-color:#0a58a8}
.flash{display:inline-block;background:#e60012;color:#fff;font-size:14px;padding:2px 8px;border-radius:3px}
.roll li{line-height:30px}.roll .t{color:#e60012;margin-right:10px}
.rec{overflow:hidden;margin:14px 0}.rec img{float:left;margin-right:14px}.rec h4{margin:0 0 6px}
"""
    html = f"""
<div class="topnav"><div class="w">{links(["赣鄱网首页", "江西新闻", "赣鄱客户端", "登录", "注册"], " | ")}　今天是2024年6月26日 星期三</div></div>
<div class="hd"><div class="w"><div class="logo">{img("赣鄱网 江西重点新闻网站", 260, 60)}</div>{search("请输入关键词")}</div></div>
<div class="chan"><div class="w">{links(["首页", "要闻", "江西", "南昌", "九江", "赣州", "上饶", "吉安", "宜春", "抚州", "财经", "民生", "文旅", "教育", "视频", "图片", "专题"])}</div></div>
<div class="w">
{crumbs(["赣鄱网", "江西新闻", "南昌"], lead="您的位置：", sep=" >> ")}
<div class="main">
 <span class="flash">快讯</span>
 {title_html(title)}
 <div class="meta"><span>2024-06-26 10:30:17</span><span>来源：赣鄱网</span><span>责任编辑：万  鹏</span></div>
 <div class="art">
{body}
 </div>
 {share("icons")}
 <div class="box"><h3>推荐阅读</h3>{rec_html}</div>
 <div class="box"><h3>相关专题</h3>{ul(["聚焦2024江西重大项目建设", "南昌轨道交通建设进行时", "江西高质量发展调研行"])}</div>
</div>
<div class="aside">
 <div class="box"><h3>滚动新闻</h3>{roll_html}</div>
 <div class="box"><h3>热点排行</h3>{ul(["江西省2024年普通高校招生录取控制分数线公布", "南昌今起进入“烧烤模式”", "江西今年将新开工建设高速公路8条", "景德镇：一条老街的新生", "赣江南昌段水位回落至警戒线以下", "庐山西海景区暑期门票半价"])}</div>
 <div class="box">{img("广告：江西文旅 夏日清凉季", 340, 200)}</div>
 <div class="box">{qr(["赣鄱客户端", "赣鄱网微信公众号", "赣鄱网抖音号"])}</div>
</div>
</div>
{media_footer([links(["网站简介", "联系我们", "招聘信息", "广告服务", "法律顾问", "网站地图"], " | "),
               "赣鄱网 版权所有　未经授权禁止复制或建立镜像",
               "互联网新闻信息服务许可证编号：36120190008　信息网络传播视听节目许可证：1811602",
               "赣ICP备09002318号　赣公网安备 36010802000211号",
               "江西省互联网违法和不良信息举报中心　举报电话：0791-86843315"])}
"""
    return Page("xp-14", KIND, title, ["熊芳"], "2024-06-26 10:30:17", blocks, doc(title + "_赣鄱网", css, html), body,
                features="快讯 of two sentences (one paragraph, under 300 characters by design) with the byline inside it, a 快讯 badge above the headline (not title), and a long page around it: 12-item rolling news with times, recommended items with summaries, hot list, ad alt text, three QR captions, long footer",
                site="赣鄱网（江西，省级新闻网站，虚构）")


# --------------------------------------------------------------------------- xp-15
def xp15() -> Page:
    title = ["Kunming flower auction hits record daily volume", "ahead of Valentine's Day"]
    blocks = parse("""
P KUNMING, Feb 8 -- The Kunming International Flower Auction Trading Center traded a record 6.2 million fresh-cut flowers on Tuesday, as growers and buyers rushed to meet Valentine's Day demand, the center said.
P Red roses accounted for nearly half of the volume, with the average price rising to 2.3 yuan ($0.32) per stem, about 40 percent higher than a month earlier.
P "Orders started to pick up in mid-January, and this week our cold-chain trucks are running around the clock," said Yang Haibo, a grower from Jinning district whose cooperative supplies buyers in Shanghai and Guangzhou.
H Faster routes to market
P Yunnan produces more than half of the country's fresh-cut flowers. A direct air cargo route from Kunming to Singapore, opened last year, now carries about 30 tons of flowers a week to Southeast Asia.
P Local officials said the province aims to raise the flower industry's total output to 150 billion yuan by 2025.
""")
    body = body_html(blocks, h_tag="h2")
    css = BASE_CSS + """
body{font-family:Georgia,"Times New Roman",serif;color:#222}
.w{width:1140px;margin:0 auto;overflow:hidden}.masthead{border-bottom:1px solid #ccc;padding:16px 0}
.masthead .search{float:right}.sections a{display:inline-block;margin-right:18px;line-height:40px;font-family:Arial,sans-serif;font-size:14px;font-weight:bold}
.main{float:left;width:760px}.aside{float:right;width:330px;font-family:Arial,sans-serif}
h1{font-size:34px;line-height:1.25}.byline{font-family:Arial,sans-serif;font-size:13px;color:#555;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:8px 0}
.byline span{margin-right:14px}.art p{font-size:18px;line-height:1.7}.art h2{font-size:22px}
.aside h3{border-top:3px solid #003a70;padding-top:6px}.aside li{line-height:1.5;margin-bottom:10px}
.foot{background:#003a70;color:#cfe0f2;font-family:Arial,sans-serif;font-size:12px;padding:20px 0;clear:both;text-align:center}
.foot a{color:#cfe0f2;margin:0 6px}
"""
    html = f"""
<div class="masthead"><div class="w">{img("Yunnan Daily English", 300, 50)}{search("Search", "Go")}</div></div>
<div class="sections"><div class="w">{links(["Home", "Yunnan", "China", "Business", "Culture", "Travel", "Photos", "Video", "Opinion", "Across ASEAN"])}</div></div>
<div class="w">
<p class="crumb"><a href="#">Home</a> / <a href="#">Business</a></p>
<div class="main">
 {title_html(title)}
 <div class="byline"><span>By Li Wen and Zhao Qing</span>
  <span>Yunnan Daily</span>
  <span>Updated: 2024-02-08 16:42</span></div>
 <div class="art">
{body}
 </div>
 <p class="note">Editor: Duan Xiaolin</p>
 <div class="share">Share: {links(["Facebook", "X", "LinkedIn", "WeChat"], " | ")}</div>
 <div class="related"><h3>Related stories</h3>{ul(["Dounan flower market gears up for Spring Festival sales", "Yunnan coffee growers tap cross-border e-commerce", "Kunming-Singapore air cargo route carries first orchids"])}</div>
</div>
<div class="aside"><h3>Most Read</h3>{ul(["Elephants return to Xishuangbanna reserve after long trek", "China-Laos Railway sends record number of travelers", "Dali's old town draws crowds for Spring Festival", "Kunming flower auction hits record daily volume ahead of Valentine's Day", "Pu'er tea prices steady as spring harvest nears"])}</div>
</div>
<div class="foot">{links(["About Us", "Contact Us", "Terms of Use", "Privacy"], "")}<br>Copyright © Yunnan Daily English. All rights reserved.<br>滇ICP备08002913号-6　互联网新闻信息服务许可证：53120170006</div>
"""
    return Page("xp-15", KIND, title, ["Li Wen", "Zhao Qing"], "2024-02-08 16:42", blocks, doc(" ".join(title) + " - Yunnan Daily English", css, html, lang="en"), body,
                lang="en",
                features="English page of a Chinese provincial outlet: headline printed on two lines (joined with a space), By … and … byline, Updated: timestamp, dateline, one sub-heading, quoted grower (not author), Editor: line",
                site="Yunnan Daily English（云南，虚构）")


# --------------------------------------------------------------------------- xp-16
def xp16() -> Page:
    title = "黔东南苗寨“吃新节”热闹开场"
    blocks = parse("""
X 文/龙  艳　图/杨  涛
P 7月20日，农历六月十五，雷山县西江镇各苗寨迎来一年一度的“吃新节”。苗族同胞身着盛装，吹芦笙、踩铜鼓、品新米，庆祝稻谷抽穗、祈愿五谷丰登。
IMG 苗族姑娘身着盛装走出寨门
CAP 苗族姑娘身着盛装走出寨门，准备参加芦笙会。（杨  涛 摄）
IMG 芦笙队在铜鼓场演奏
CAP 芦笙队在铜鼓场演奏。（杨  涛 摄）
P “吃新节”是苗族传统节日，每年稻谷抽穗时举行。当天一早，寨子里的老人会到田里摘回几株稻穗，和新米一起供奉祖先，随后全寨人围坐长桌，共享新米饭、酸汤鱼和腌肉。
IMG 长桌宴
CAP 游客与村民共享长桌宴。（杨  涛 摄）
IMG 斗牛比赛
CAP 斗牛比赛吸引众多游客观看。（杨  涛 摄）
P 今年的“吃新节”还设置了斗牛、斗鸟、苗族银饰展示、苗歌对唱等活动，不少游客换上苗族服饰参与其中。“我们从长沙自驾过来，正好赶上过节，第一次看到这么热闹的场面。”游客刘女士说。
P 据统计，节日期间西江千户苗寨日均接待游客超过3.5万人次，周边农家乐、民宿预订率达95%以上，苗族银饰、刺绣等文创产品销售额同比增长三成。
""")
    body = body_html(blocks)
    css = BASE_CSS + MEDIA_CSS + """
.chan{background:#006a4e}.hd{border-color:#006a4e}.box h3{border-color:#006a4e}.pic img{width:800px;height:500px}
.pic-cap{font-family:楷体,KaiTi;font-size:15px}.tag{display:inline-block;background:#006a4e;color:#fff;padding:0 6px;font-size:13px}
"""
    html = f"""
<div class="hd"><div class="w"><div class="logo">{img("黔山网", 200, 60)}</div>{search("搜索")}</div></div>
<div class="chan"><div class="w">{links(["首页", "贵州要闻", "市州", "黔视频", "图片", "文旅", "乡村振兴", "大数据", "评论", "专题"])}</div></div>
<div class="w">
{crumbs(["首页", "图片", "贵州图片"], lead="当前位置：", sep=" > ")}
<div class="main">
 <span class="tag">组图</span>
 {title_html(title)}
 <div class="meta"><span>发布时间：2024年07月21日 08:16</span><span>来源：黔山网</span></div>
 <div class="art">
{body}
 </div>
 <p class="editor">编辑：吴  琼　　二审：罗  兰　　三审：陈  浩</p>
 {share("media")}
 {related("更多图片", ["组图：荔波小七孔迎来暑期游高峰", "组图：赤水丹霞“飞瀑”壮观", "组图：威宁高原夏季草场风光"], cls="box")}
</div>
<div class="aside">
 <div class="box"><h3>图片排行</h3>{ul(["组图：黄果树瀑布进入丰水期", "组图：肇兴侗寨萨玛节", "组图：梵净山云海", "组图：黔东南苗寨“吃新节”热闹开场"])}</div>
 <div class="box">{qr(["黔山新闻客户端"])}</div>
</div>
</div>
{media_footer(["黔山网 版权所有　Copyright © 2024", "黔ICP备14001236号-2　互联网新闻信息服务许可证：52120200011　黔公网安备 52010302000412号", "贵州省互联网违法和不良信息举报电话：0851-85523108"])}
"""
    return Page("xp-16", KIND, title, ["龙艳"], "2024年07月21日 08:16", blocks, doc(title + "_黔山网", css, html), body,
                features="photo story (组图): four pictures with credited captions （杨  涛 摄） between four paragraphs; 文/ 图/ byline line (photographer not author); 编辑/二审/三审 line; 组图 badge above the headline (not title)",
                site="黔山网（贵州，虚构）")


# --------------------------------------------------------------------------- xp-17
def xp17() -> Page:
    title = "衡阳：首批“湘江护渔员”持证上岗"
    blocks = parse("""
P 11月1日，衡阳市首批42名“湘江护渔员”在珠晖区东洲岛码头领取证件和装备，正式上岗。他们大多是退捕渔民，将协助渔政部门开展巡江护渔、宣传劝导和水生生物救护等工作。
P 55岁的邓满生在湘江上打了三十多年鱼，2020年退捕上岸后在社区从事保洁工作。“江上哪里有深潭、哪里容易有人偷偷下网，我们最清楚。”邓满生说，能回到熟悉的江面上守护渔业资源，他感到很自豪。
P 据了解，护渔员实行网格化管理，每人负责约3公里江段，每月巡护不少于20天，由市农业农村局统一发放劳务补贴，并购买人身意外保险。
P 衡阳市农业农村局渔政支队负责人表示，禁捕以来，湘江衡阳段水生生物资源逐步恢复，“江豚”“刀鱼”等珍稀鱼类重现踪迹，但非法垂钓、电鱼等行为仍时有发生，护渔员队伍将有效弥补执法力量不足。
""")
    body = body_html(blocks)
    css = BASE_CSS + MEDIA_CSS + """
.chan{background:#1c2e6b}.hd{border-color:#1c2e6b}.box h3{border-color:#1c2e6b}
.player{width:820px;height:460px;background:#000;color:#ccc;text-align:center;line-height:460px;margin-bottom:14px}
.tvlist li{line-height:26px}
"""
    html = f"""
<div class="hd"><div class="w"><div class="logo">{img("衡阳广播电视台 衡阳新闻网", 300, 60)}</div>{search("请输入关键字")}</div></div>
<div class="chan"><div class="w">{links(["首页", "直播", "衡阳新闻联播", "今日视点", "区县新闻", "民生", "广播", "点播", "融媒矩阵"])}</div></div>
<div class="w">
{crumbs(["首页", "衡阳新闻联播", "正文"], lead="当前位置：", sep=" > ")}
<div class="main">
 {title_html(title)}
 <div class="meta"><span>2024-11-02 19:35:47</span>
  <span>来源：衡阳新闻联播</span>
  <span>点击：</span></div>
 <div class="player">视频加载中…… 00:00 / 02:46</div>
 <div class="meta" style="border:0"><span>记者：刘  丹　周  凯</span>
  <span>编辑：肖  宇</span></div>
 <div class="art">
{body}
 </div>
 {share("media")}
 {prevnext("衡南：晚稻收割进入扫尾阶段", "耒阳：新建5所公办幼儿园投入使用", ("上一条：", "下一条："))}
</div>
<div class="aside">
 <div class="box"><h3>节目单</h3><ul class="tvlist"><li>18:30 衡阳新闻联播</li><li>19:00 转播中央台新闻联播</li><li>19:40 今日视点</li><li>20:00 电视剧：山河锦绣（12）</li><li>21:30 衡阳新闻联播（重播）</li></ul></div>
 <div class="box"><h3>最新视频</h3>{ul(["市委常委会召开会议", "南岳：秋冬季森林防火进入关键期", "衡阳：首批“湘江护渔员”持证上岗", "常宁：油茶采摘忙"])}</div>
</div>
</div>
{media_footer(["衡阳广播电视台 版权所有", "信息网络传播视听节目许可证：1810509　湘ICP备12004513号　湘公网安备 43040502000037号", "节目热线：0734-8817106　违法和不良信息举报：0734-8817120"])}
"""
    return Page("xp-17", KIND, title, ["刘丹", "周凯"], "2024-11-02 19:35:47", blocks, doc(title + "-衡阳新闻网", css, html), body,
                features="city TV site: video player placeholder text, 记者：刘  丹　周  凯 and 编辑： under the player, programme schedule in the sidebar, 上一条/下一条",
                site="衡阳广播电视台 衡阳新闻网（湖南，虚构）")


# --------------------------------------------------------------------------- xp-18
def xp18() -> Page:
    title = "浔阳江头夜市7月1日起调整经营时间"
    blocks = parse("""
X 本网记者 曹  宇
P 记者6月27日从浔阳区城市管理局获悉，为减少噪音和油烟扰民，浔阳江头夜市自7月1日起调整经营时间，由原来的18时至次日凌晨2时调整为18时至24时。
P 据介绍，夜市现有摊位186个，周边有3个居民小区。近期，不少居民通过12345热线反映夜市深夜噪音大、油烟重，影响休息。区城管局联合街道、社区多次征求商户和居民意见后，作出了上述调整。调整方案已在夜市入口和周边小区张贴公示。
P 同时，夜市将统一安装油烟净化设备，增设垃圾分类收集点，并在周边新增临时停车泊位120个，安排专人引导车辆有序停放。区城管局相关负责人表示，调整后将加强巡查，对超时经营、占道经营的商户先劝导、后处理，同时畅通投诉渠道，欢迎市民监督。
""")
    body = body_html(blocks)
    cm = [("老九江人", "九江 · 6-27 21:14", "早该管管了，我家就住旁边，每天两点还在吵，孩子没法睡。", "218"),
          ("江边散步的猫", "九江 · 6-27 21:20", "那商户的生意怎么办？夜市最热闹的就是十一点以后。", "96"),
          ("浔阳小李", "南昌 · 6-27 21:31", "支持调整，油烟确实大，阳台衣服都不敢晾。", "143"),
          ("烧烤摊老板阿强", "九江 · 6-27 21:45", "我们也理解居民，但希望给个过渡期，油烟净化器能不能补贴一点？", "77"),
          ("路人甲", "九江 · 6-27 22:02", "停车位增加是好事，以前晚上路边停得乱七八糟。", "52"),
          ("甘棠湖畔", "九江 · 6-27 22:10", "建议把夜市搬到江边广场那边去，离小区远一些。", "64"),
          ("小九的妈妈", "九江 · 6-27 22:23", "终于等到了！投诉了好几次。", "88"),
          ("夜猫子", "上海 · 6-27 22:40", "十二点收摊太早了，夏天晚上才凉快。", "31"),
          ("浔阳江头客", "九江 · 6-27 23:05", "关键是要执行到位，别又是一阵风。", "120"),
          ("琵琶亭下", "九江 · 6-28 07:12", "周末能不能放宽到一点？平时十二点可以理解。", "45"),
          ("庐山脚下", "九江 · 6-28 07:35", "噪音主要是喝酒划拳的，不是摊主的问题，应该管管食客。", "102"),
          ("老街坊", "九江 · 6-28 08:01", "垃圾分类点要多设几个，每天早上满地竹签。", "39"),
          ("吃货小分队", "武汉 · 6-28 08:17", "上次去九江专门逛了这个夜市，炒粉好吃！", "27"),
          ("热心市民王先生", "九江 · 6-28 08:46", "12345热线办事效率点赞，反映的问题有回音。", "58"),
          ("江州司马", "九江 · 6-28 09:30", "希望城管执法文明一点，有问题先提醒。", "33"),
          ("匿名用户", "九江 · 6-28 10:02", "附近小区的隔音窗也该换换了。", "12"),
          ("柴桑小哥", "九江 · 6-28 10:25", "晚上十点以后应该禁止外放音响，这个比时间更重要。", "71"),
          ("开夜宵店的", "九江 · 6-28 11:40", "我们店在室内，也要按这个时间吗？文件里没说清楚。", "19"),
          ("回复@开夜宵店的", "九江 · 6-28 12:03", "室内门店应该不受影响，调整的是露天摊位。", "22"),
          ("南湖公园晨练", "九江 · 6-28 13:15", "早上去公园还能看到一地垃圾，保洁要跟上。", "16")]
    css = BASE_CSS + MEDIA_CSS + """
.chan{background:#00796b}.hd{border-color:#00796b}.box h3{border-color:#00796b}
.cmt h3{font-size:18px;border-bottom:2px solid #00796b}.cmtbox textarea{width:100%;height:80px}
"""
    html = f"""
<div class="hd"><div class="w"><div class="logo">{img("九江在线", 200, 60)}</div>{search("搜一搜")}</div></div>
<div class="chan"><div class="w">{links(["首页", "九江新闻", "民生", "城事", "房产", "汽车", "教育", "健康", "问政", "社区", "便民"])}</div></div>
<div class="w">
{crumbs(["九江在线", "九江新闻", "城事"], lead="", sep=" > ")}
<div class="main">
 {title_html(title)}
 <div class="meta"><span>2024-06-27 20:58</span><span>来源：九江在线</span><span>阅读：12846</span><span>评论：20</span></div>
 <div class="art">
{body}
 </div>
 <p class="editor">责任编辑：黄小玲</p>
 {share("media")}
 <div class="cmtbox"><textarea placeholder="文明上网，理性发言"></textarea><button type="button">发表评论</button></div>
 {comments(cm, head="网友评论（20）")}
 <p><a href="#">查看更多评论 &gt;&gt;</a></p>
</div>
<div class="aside">
 <div class="box"><h3>问政热帖</h3>{ul(["八里湖新区某小区电梯频繁故障谁来管？", "十里大道晚高峰拥堵能否优化信号灯？", "濂溪区某学校门口能否增设减速带？"])}</div>
 <div class="box"><h3>本周热读</h3>{ul(["九江长江大桥夜景灯光提升工程完工", "浔阳江头夜市7月1日起调整经营时间", "庐山景区暑期推出学生优惠", "九江中考成绩7月8日公布"])}</div>
</div>
</div>
{media_footer(["九江在线 版权所有　本站所刊登的各种新闻、信息和各种专题专栏资料，均为九江在线版权所有", "赣ICP备10004127号-1　赣公网安备 36040202000187号　新闻热线：0792-8580312"])}
"""
    return Page("xp-18", KIND, title, ["曹宇"], "2024-06-27 20:58", blocks, doc(title + "_九江在线", css, html), body,
                features="short three-paragraph article under a long thread of 20 user comments (nicknames, place · time, 回复, 赞 counts), comment box placeholder; 本网记者 line above the body",
                site="九江在线（江西九江，城市门户，虚构）")


# --------------------------------------------------------------------------- xp-19
def xp19() -> Page:
    title = "贵州：“桥旅融合”带火峡谷经济"
    blocks = parse("""
P 新华社贵阳5月20日电（记者王雪、吴长江）站在花江峡谷大桥观景平台上，脚下是600多米深的峡谷，远处群山连绵。“五一”假期以来，这座即将建成的“世界第一高桥”吸引了大批游客前来打卡。
P 贵州被称为“桥梁博物馆”，公路桥梁总数超过3万座，世界高桥前100座中近一半在贵州。近年来，当地依托特色桥梁资源，发展观光、研学、极限运动等业态，探索“桥旅融合”发展路径。
P 在北盘江大桥附近的尼珠河村，村民李春燕开了一家民宿。“以前村里的年轻人都出去打工，现在来看桥、玩蹦极的游客多了，我家8间客房周末基本都订满了。”她说。
P 贵州省文化和旅游厅数据显示，2023年全省桥梁旅游景区接待游客超过1200万人次，带动周边群众就业2万余人。
P 业内人士认为，“桥旅融合”要避免同质化竞争，需结合峡谷生态、民族文化等资源，打造更多特色产品，让游客“来了还想再来”。
""")
    body = body_html(blocks)
    css = BASE_CSS + MEDIA_CSS + """
.chan{background:#a4000f}.main h1{text-align:center}.meta{text-align:center}
.jc{color:#999;font-size:13px;text-align:right}
"""
    html = f"""
<div class="topnav"><div class="w">{links(["中国新闻在线首页", "时政", "国际", "财经", "地方", "English", "Français", "Español"], " | ")}</div></div>
<div class="hd"><div class="w"><div class="logo">{img("中国新闻在线·贵州频道", 320, 60)}</div>{search("请输入检索词")}</div></div>
<div class="chan"><div class="w">{links(["贵州首页", "要闻", "时政", "经济", "社会", "文旅", "生态", "市州", "图片", "视频"])}</div></div>
<div class="w">
<div class="main" style="width:100%">
 {title_html(title)}
 <div class="meta"><span>2024-05-20 18:47:12</span><span>来源：新华社</span>{links(["字体：小", "中", "大"], " ")}</div>
 <div class="art">
{body}
 </div>
 <p class="jc"><a href="#">【纠错】</a>　【责任编辑：刘  明】</p>
 {share("icons")}
 {related("相关稿件", ["贵州花江峡谷大桥主桥合龙", "贵州：桥梁博物馆里的“新地标”", "数说贵州桥梁：从“天堑”到“通途”"], cls="box")}
</div>
</div>
{media_footer([links(["关于我们", "联系我们", "版权声明", "网站地图"], " | "), "Copyright © 2000-2024 中国新闻在线 All Rights Reserved.", "京ICP备05018764号　互联网新闻信息服务许可证：10120170062"])}
"""
    return Page("xp-19", KIND, title, ["王雪", "吴长江"], "2024-05-20 18:47:12", blocks, doc(title + "-中国新闻在线·贵州频道", css, html), body,
                features="central-media provincial channel: 新华社贵阳…电（记者王雪、吴长江） inside the first paragraph, centred meta with 来源：新华社, 【纠错】【责任编辑：刘  明】 line, quoted villager",
                site="中国新闻在线·贵州频道（中央媒体地方频道，虚构）")


# --------------------------------------------------------------------------- xp-20
def xp20() -> Page:
    title = "“五一”假期南部汽车客运站加开班次时刻表公布"
    rows = [("昆明—大理", "07:30、08:30、09:30、13:30、15:30", "158", "豪华大巴"),
            ("昆明—丽江", "08:00、10:00、20:30", "210", "20:30为卧铺"),
            ("昆明—建水", "07:40、09:10、11:40、14:10", "98", ""),
            ("昆明—元阳", "08:20、21:00", "136", "21:00为卧铺"),
            ("昆明—普洱", "09:00、19:30", "189", "19:30为卧铺"),
            ("昆明—西双版纳", "10:30、18:00、20:00", "238", "卧铺"),
            ("昆明—玉溪", "每20分钟一班（07:00—19:00）", "42", "流水发班"),
            ("昆明—石林", "每30分钟一班（07:30—18:00）", "35", "流水发班"),
            ("昆明—抚仙湖", "08:00、09:00、10:00", "38", "旅游专线")]
    tbl = "\n".join("T " + " | ".join(r if r[3] else r[:3] + ("—",)) for r in rows)
    blocks = parse(f"""
P “五一”假期即将到来，记者4月26日从昆明南部汽车客运站获悉，4月30日至5月5日，该站将在原有班次基础上，增开至大理、丽江、建水、西双版纳等方向的班次，日均加开班次60余个。
P 客运站提醒，旅客可通过“云南客运”微信小程序或车站售票窗口购票，加班车票将于4月28日起开售。以下为部分线路加开班次时刻表：
TH 线路 | 加开班次发车时间 | 票价（元） | 备注
{tbl}
P 车站还将在假期期间增设临时售票窗口6个，开通老年人、残疾人等重点旅客绿色通道。
""")
    body = body_html(blocks, table_attrs='class="tbl" width="100%"')
    css = BASE_CSS + MEDIA_CSS + """
.chan{background:#e65100}.hd{border-color:#e65100}.box h3{border-color:#e65100}.tbl{font-size:15px;margin-bottom:18px}.tbl th{background:#fff3e0}
.tbl td{text-indent:0}
"""
    html = f"""
<div class="hd"><div class="w"><div class="logo">{img("昆明新闻在线", 240, 60)}</div>{search("站内搜索")}</div></div>
<div class="chan"><div class="w">{links(["首页", "昆明", "民生", "交通", "文旅", "财经", "教育", "健康", "视频", "春城问政"])}</div></div>
<div class="w">
{crumbs(["首页", "民生", "交通"], lead="当前位置：", sep=" > ")}
<div class="main">
 {title_html(title)}
 <div class="meta"><span>2024/04/26 17:52</span>
  <span>来源：昆明新闻在线</span>
  <span>作者：李  敏</span>
  <span>编辑：杨  洋</span></div>
 <div class="art">
{body}
 </div>
 <p class="editor">（本文时刻表以车站当日公告为准）</p>
 {share("media")}
 {related("延伸阅读", [("“五一”假期昆明站加开旅客列车38列", "04-25"), ("长水机场“五一”假期预计保障航班5600架次", "04-24"), ("昆明公交开通4条假日旅游专线", "04-23")], cls="box")}
</div>
<div class="aside">
 <div class="box"><h3>便民服务</h3>{ul(["天气预报", "公交查询", "火车时刻", "航班动态", "违章查询", "水电缴费"])}</div>
 <div class="box"><h3>热门文章</h3>{ul(["昆明今年将新增公办学位1.2万个", "滇池草海观鸥季结束", "“五一”假期南部汽车客运站加开班次时刻表公布"])}</div>
</div>
</div>
{media_footer(["昆明新闻在线 版权所有", "滇ICP备09006152号-1　互联网新闻信息服务许可证：53120180004　滇公网安备 53010202000301号", "新闻热线：0871-63185420"])}
"""
    return Page("xp-20", KIND, title, ["李敏"], "2024/04/26 17:52", blocks, doc(title + "-昆明新闻在线", css, html), body,
                features="timetable: a 10-row bus timetable table between a two-paragraph lead and one closing paragraph; 作者/编辑 both in the info bar with spaced names; disclaimer line after the body (not body)",
                site="昆明新闻在线（云南昆明，虚构）")


# --------------------------------------------------------------------------- xp-21
def xp21() -> Page:
    title = "湘潭大学教授周振华：让湘莲产业“链”起来"
    blocks = parse("""
X 湘潭在线记者 谭  莹
P 湘潭是“中国湘莲之乡”，湘莲种植已有3000多年历史。如何让这朵“致富莲”开得更旺？记者专访了长期从事湘莲产业研究的湘潭大学商学院教授周振华。
P **记者：**湘潭湘莲产业目前发展得怎么样？
P **周振华：**全市湘莲种植面积稳定在10万亩左右，年加工量占全国莲子市场的六成以上，形成了从种植、加工到销售的完整链条。但总体看，产品还是以通心白莲等初级产品为主，精深加工比例不到20%。
P **记者：**制约产业提质的主要问题是什么？
P **周振华：**一是种植端品种退化、机械化程度低，采莲、剥莲还主要靠人工；二是加工端企业小而散，缺少有影响力的龙头品牌；三是市场端标准不统一，“湘莲”被外地莲子冒充的现象时有发生。
P **记者：**您有什么建议？
P **周振华：**我建议在种植环节加快推广良种和采收剥壳机械，在加工环节引导企业开发莲子饮品、莲子蛋白、莲藕休闲食品等高附加值产品，在市场环节严格地理标志保护，建立湘莲溯源体系。
P **记者：**文旅融合能为湘莲产业带来什么？
P **周振华：**花石镇、射埠镇等地都有大片荷塘，每年夏天赏荷的游客很多。把“赏荷、采莲、品莲”串起来，做成乡村旅游线路，既能增加农民收入，也能提升湘莲品牌的知名度。
""")
    body = body_html(blocks)
    css = BASE_CSS + MEDIA_CSS + """
.chan{background:#2b5797}.hd{border-color:#2b5797}.box h3{border-color:#2b5797}
.tag{display:inline-block;border:1px solid #2b5797;color:#2b5797;padding:0 6px;font-size:13px;margin-right:6px}
"""
    html = f"""
<div class="hd"><div class="w"><div class="logo">{img("湘潭在线", 220, 60)}</div>{search("搜索")}</div></div>
<div class="chan"><div class="w">{links(["首页", "湘潭要闻", "县市区", "专访", "民生", "产经", "文化", "红色湘潭", "视频"])}</div></div>
<div class="w">
{crumbs(["首页", "专访"], lead="当前位置：", sep=" > ")}
<div class="main">
 <span class="tag">专访</span>
 {title_html(title)}
 <div class="meta"><span>2024年08月05日 09:30</span>
  <span>来源：湘潭在线</span>
  <span>责任编辑：易  帆</span></div>
 <div class="art">
{body}
 </div>
 {share("media")}
 {related("专访回顾", ["专访｜湘潭市农业农村局局长：今年新建高标准农田12万亩", "专访｜“莲农二代”的电商路", "对话湘乡水府庙水库管理处：守护一库清水"], cls="box")}
</div>
<div class="aside">
 <div class="box"><h3>热点推荐</h3>{ul(["湘潭国际湘莲博览会9月开幕", "韶山冲夏季研学游持续升温", "湘潭大学2024年录取通知书寄出"])}</div>
 <div class="box">{qr(["湘潭在线客户端", "湘潭在线微信"])}</div>
</div>
</div>
{media_footer(["湘潭在线 版权所有", "湘ICP备06011829号　互联网新闻信息服务许可证：43120170007　湘公网安备 43030202000094号"])}
"""
    return Page("xp-21", KIND, title, ["谭莹"], "2024年08月05日 09:30", blocks, doc(title + "_湘潭在线", css, html), body,
                features="interview in Q&A: 记者： / 周振华： bold speaker labels on every turn, 专访 badge above the headline (not title), byline line above the lead, interviewee named in the title (not author)",
                site="湘潭在线（湖南湘潭，虚构）")


# --------------------------------------------------------------------------- xp-22
def xp22() -> Page:
    title = ["Guizhou's big data hub draws", "computing power investment"]
    blocks = parse("""
P GUIYANG, Sept. 12 (Xinhua) -- Gui'an New Area in southwest China's Guizhou province signed 16 projects on computing power and data services worth a combined 21.8 billion yuan (about 3.07 billion U.S. dollars) on Wednesday, local authorities said.
P The projects include intelligent computing centers, data labeling bases and green power supply facilities for data centers, according to the area's administrative committee.
P Guizhou, known for its cool climate and stable power supply, has become one of China's major data center clusters. The province now hosts 45 key data centers, with more than 2.2 million servers installed.
P Under a national plan to channel computing resources from the east to the west, Guizhou is expected to handle more data processing tasks from the country's developed coastal regions.
""")
    body = body_html(blocks)
    css = BASE_CSS + """
body{font-family:Arial,Helvetica,sans-serif}.top{background:#0d2b4e;color:#fff;padding:10px 0}.w{width:1100px;margin:0 auto;overflow:hidden}
.top a{color:#fff;margin-right:16px}.logo{font-size:26px;font-weight:bold;padding:14px 0}
.main{float:left;width:740px}.side{float:right;width:320px}
h1{font-size:30px;line-height:1.3}.info{color:#666;font-size:13px;margin-bottom:14px}.art p{font-size:17px;line-height:1.7}
.side h3{background:#0d2b4e;color:#fff;padding:6px 10px;font-size:15px}.side li{padding:6px 0;border-bottom:1px solid #eee}
.foot{background:#eee;color:#555;text-align:center;font-size:12px;padding:16px 0;clear:both}
"""
    html = f"""
<div class="top"><div class="w">{links(["Home", "News", "Business", "Culture", "Travel", "Photos", "Special Reports"])}<span style="float:right">中文 | <a href="#">Search</a></span></div></div>
<div class="w"><div class="logo">{img("Guizhou Today", 240, 40)}</div>
<div class="main">
 <p><a href="#">Home</a> &gt; <a href="#">Business</a></p>
 {title_html(title)}
 <div class="info">Source: Xinhua | 2024-09-12 10:05:33 | Editor: Wang Lu</div>
 <div class="art">
{body}
 </div>
 <p>{links(["Print", "E-mail", "Share"], " | ")}</p>
 <h3>Related News</h3>{ul(["Guizhou's digital economy grows 11 percent in first half", "China's east-to-west computing project gains pace", "Guiyang hosts China International Big Data Industry Expo"])}
</div>
<div class="side"><h3>Top News</h3>{ul(["Guizhou opens new air route to Bangkok", "Miao embroidery goes global through livestreaming", "Huangguoshuo Waterfall welcomes summer visitors", "Guizhou's big data hub draws computing power investment"])}
<h3>Photos</h3>{img("Terraced fields in Congjiang", 300, 180)}<p>Terraced fields in Congjiang</p></div>
</div>
<div class="foot">Copyright © Guizhou Today. All Rights Reserved.<br>E-mail: webmaster@gztoday.example | 黔ICP备12004519号-3</div>
"""
    return Page("xp-22", KIND, title, [], "2024-09-12 10:05:33", blocks, doc(" ".join(title) + " - Guizhou Today", css, html, lang="en"), body,
                lang="en",
                features="English page of a Chinese provincial outlet carrying wire copy: headline on two lines (joined with a space), Source: Xinhua | time | Editor: in one line, dateline (Xinhua) in the lead, no named writer (authors [])",
                site="Guizhou Today（贵州，虚构）")


# --------------------------------------------------------------------------- xp-23
def xp23() -> Page:
    title = "萍乡：废弃矿区变身“城市绿肺”"
    blocks = parse("""
X 江西之声记者 陈  晨　萍乡台记者 许  可 报道
P 初秋时节，走进萍乡市安源区高坑镇的安源国家矿山公园，湖水清澈、草木葱茏，不少市民在步道上散步、骑行。很难想象，这里曾是一片塌陷坑遍布、煤矸石堆积如山的废弃矿区。
P 萍乡是一座因煤而兴的城市，百余年的开采留下了大量采煤沉陷区。2018年起，当地启动矿山生态修复工程，累计治理沉陷区和废弃矿山1.6万亩，清运煤矸石300多万吨。
P 家住附近的老矿工彭师傅说：“以前一刮风，满天都是煤灰，衣服都不敢晒在外面。现在每天傍晚来公园走走，空气好，心情也好。”
P 除了“复绿”，萍乡还在修复区引入光伏发电、林下种植和工业旅游项目。安源区负责人介绍，矿山公园开园以来已接待游客80多万人次，带动周边新增就业岗位500多个。
P 下一步，萍乡将继续推进采煤沉陷区综合治理，力争到2027年完成全部历史遗留废弃矿山生态修复任务。
""")
    body = body_html(blocks)
    css = BASE_CSS + MEDIA_CSS + """
.chan{background:#5e2b97}.hd{border-color:#5e2b97}.box h3{border-color:#5e2b97}
.audio{background:#f3eefa;border-radius:24px;padding:10px 20px;margin:12px 0;color:#5e2b97}
.audio span{margin-right:20px}
"""
    html = f"""
<div class="hd"><div class="w"><div class="logo">{img("江西之声 江西广播电视台新闻广播", 340, 60)}</div>{search("搜索节目或新闻")}</div></div>
<div class="chan"><div class="w">{links(["首页", "直播FM103.4", "新闻", "节目", "主持人", "融媒产品", "互动", "关于我们"])}</div></div>
<div class="w">
{crumbs(["首页", "新闻", "江西新闻"], lead="当前位置：", sep=" / ")}
<div class="main">
 {title_html(title)}
 <div class="meta"><span>2024年9月6日 星期五</span>
  <span>07:15</span><span>栏目：江西新闻联播</span></div>
 <div class="audio"><span>▶ 收听</span><span>00:00 / 03:12</span><span>倍速 1.0x</span></div>
 <div class="art">
{body}
 </div>
 <p class="editor">主播：欧阳青　　编辑：付  蕾</p>
 {share("media")}
 {related("往期回顾", ["鹰潭：铜产业链延链补链", "赣州：脐橙“触网”卖全国", "景德镇：老厂房里的新文创"], cls="box")}
</div>
<div class="aside">
 <div class="box"><h3>节目时间表</h3>{ul(["06:30 新闻早班车", "07:00 江西新闻联播", "07:30 全国新闻联播", "08:00 今日关注", "12:00 新闻正午", "18:00 江西新闻联播（重播）"], link=False)}</div>
 <div class="box">{qr(["扫码下载“今视频”客户端"])}</div>
</div>
</div>
{media_footer(["江西广播电视台新闻广播 版权所有", "信息网络传播视听节目许可证：1810501　赣ICP备05001234号-8", "节目热线：0791-86350103"])}
"""
    return Page("xp-23", KIND, title, ["陈晨", "许可"], "2024年9月6日 星期五 07:15", blocks, doc(title + "-江西之声", css, html), body,
                features="radio site: audio player text, byline line 江西之声记者 陈  晨　萍乡台记者 许  可 报道 above the script, date with weekday and time in separate spans, 主播/编辑 line (not authors), programme list",
                site="江西之声（江西广播电视台新闻广播，虚构）")


# --------------------------------------------------------------------------- xp-24
def xp24() -> Page:
    title = "昭阳区：万亩苹果园里“种”出致富经"
    kicker = "坚持生态优先 推动绿色发展"
    sub = "——昭阳区苹果产业发展见闻"
    blocks = parse("""
P 初冬时节，走进昭阳区洒渔镇的苹果基地，一排排果树整齐排列，果农们正忙着修枝、施肥，为来年丰产做准备。
P 昭通地处高原，光照充足，昼夜温差大，所产苹果色泽鲜艳、口感脆甜。近年来，昭阳区把苹果产业作为脱贫攻坚的主导产业来抓，全区苹果种植面积发展到38万亩，2016年产量达42万吨，产值超过20亿元。
P “我家种了12亩苹果，今年卖了16万多元。”洒渔镇巡龙村果农陈朝发算起收入账，脸上满是笑容。他告诉记者，这几年跟着技术员学会了矮化密植和套袋技术，苹果品质上去了，价格也比以前高了。
P 为解决“卖果难”问题，昭阳区引进冷链物流企业，建成冷库库容12万吨，并通过电商平台把苹果卖到北京、上海、广州等地。同时，当地还依托苹果园发展乡村旅游，举办苹果采摘节，让果园变成了“景区”。
P 昭阳区农业局负责人表示，下一步将继续推进苹果标准化基地建设，打响“昭通苹果”品牌，让更多果农走上致富路。（杨光 胡兰）
""")
    body = body_html(blocks, mode="nbsp")
    css = BASE_CSS + """
body{font-size:12px;background:#fafafa}.wrap{width:1000px;margin:0 auto;background:#fff;border:1px solid #ddd}
.logo{height:100px;background:#8b0000;color:#fff;font-size:30px;padding:28px;box-sizing:border-box}
.nav td{background:#b22222;text-align:center;height:32px}.nav a{color:#fff;font-size:14px}
.kicker,.subt{text-align:center;font-size:16px;color:#333}.t1{text-align:center;font-size:24px;color:#8b0000;margin:6px 0}
.attr{text-align:center;color:#666;background:#f5f5f5;line-height:28px}.con p{font-size:14px;line-height:26px}
.foot{text-align:center;line-height:22px;border-top:2px solid #8b0000;padding:10px}
"""
    html = f"""
<div class="wrap">
<div class="logo">昭通新闻网 <span style="font-size:14px">www.ztnews.example</span></div>
<table class="nav" width="100%"><tr>{"".join(f'<td><a href="#">{x}</a></td>' for x in ["首页", "昭通要闻", "县区新闻", "部门动态", "社会民生", "图片新闻", "视听昭通", "乌蒙文化", "数字报"])}</tr></table>
<table width="100%" cellpadding="10"><tr><td valign="top">
<div>您现在的位置： <a href="#">昭通新闻网</a> &gt;&gt; <a href="#">县区新闻</a> &gt;&gt; 正文</div>
<div class="kicker">{esc(kicker)}</div>
{title_html(title, tag="div", cls="t1")}
<div class="subt">{esc(sub)}</div>
<div class="attr">作者：杨  光　胡  兰&nbsp;&nbsp;&nbsp;&nbsp;来源：昭通日报&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2016年11月08日&nbsp;&nbsp;&nbsp;&nbsp;点击数：2,318</div>
<div class="con">
{body}
</div>
<p>【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</p>
<p>上一篇：<a href="#">鲁甸县：易地扶贫搬迁群众喜迁新居</a><br>下一篇：<a href="#">镇雄县：冬季农业开发掀热潮</a></p>
</td><td width="240" valign="top" style="border-left:1px solid #eee">
<b>热点新闻</b>{ul(["昭通市召开脱贫攻坚推进会", "大山包黑颈鹤陆续飞抵越冬", "昭通苹果亮相上海农交会", "彝良县小草坝天麻获地理标志认证"])}
<b>图片新闻</b>{img("苹果丰收", 220, 150)}
</td></tr></table>
<div class="foot">昭通新闻网版权所有 未经许可不得转载<br>主办：中共昭通市委宣传部　承办：昭通日报社<br>滇ICP备10008133号　互联网新闻信息服务许可证：5312006002</div>
</div>
"""
    return Page("xp-24", KIND, title, ["杨光", "胡兰"], "2016年11月08日", blocks, doc(title + "_昭通新闻网", css, html), body,
                features="2016 city-paper site in tables: 引题/主题/副题 stack on the web page (gold title = 主题 only), 作者：杨  光　胡  兰 in the info bar and a closing （杨光 胡兰）; &nbsp; indents; 点击数 with a thousands comma",
                site="昭通新闻网（云南昭通，虚构）")


PAGES = [xp13, xp14, xp15, xp16, xp17, xp18, xp19, xp20, xp21, xp22, xp23, xp24]
