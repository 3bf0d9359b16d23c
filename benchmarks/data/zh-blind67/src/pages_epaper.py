"""Newspaper e-paper pages xp-31 … xp-35 (数字报; papers and articles invented)."""
from __future__ import annotations

from kit import BASE_CSS, Page, body_html, doc, esc, img, links, parse, select, ul

KIND = "e-paper"

EP_CSS = """
.ep-top{background:#7a0000;color:#fff;height:70px;padding:0 20px;line-height:70px}.ep-top .name{font-size:30px;font-weight:bold;margin-right:20px}
.ep-bar{background:#eee;border-bottom:1px solid #ccc;padding:6px 20px;font-size:13px}.ep-bar a{margin-right:10px}
.ep{width:1260px;margin:10px auto;overflow:hidden}.ep-left{float:left;width:420px}.ep-mid{float:left;width:560px;margin-left:16px}
.ep-right{float:right;width:250px}.ep-left .pagemap{width:400px;height:560px}
.bm li{line-height:26px;border-bottom:1px dotted #ccc}.ep h4{background:#f3e6e6;margin:6px 0;padding:4px 8px;font-size:14px}
.yt,.ft2{font-size:16px;text-align:center;color:#333;margin:4px 0}.zt{font-size:26px;text-align:center;color:#000;margin:6px 0;font-weight:bold}
.art p{font-size:15px;line-height:1.9}.au{text-align:center;color:#555}
.ep-foot{clear:both;text-align:center;font-size:12px;color:#666;line-height:22px;border-top:1px solid #ccc;padding:12px}
"""


def editions(items):
    return '<ul class="bm">' + "".join(f'<li><a href="#">{esc(x)}</a>　<a href="#">PDF</a></li>' for x in items) + "</ul>"


# --------------------------------------------------------------------------- xp-31
def xp31() -> Page:
    kicker = "全市首批“零碳”示范村创建名单出炉"
    title = ["涟源白马村：", "屋顶光伏“晒”出集体收入"]
    sub = "年发电量约45万千瓦时，村集体年增收12万元"
    blocks = parse("""
P 本报讯（记者 周  娜 通讯员 龙小凤）5月20日，市发展改革委公布全市首批“零碳”示范村创建名单，涟源市白马村等8个村入选。走进白马村，一排排农房屋顶上铺满了蓝色光伏板，在阳光下熠熠生辉。
P 白马村党支部书记曾宪军介绍，村里2022年引进企业，采取“企业投资建设、农户出租屋顶、村集体参与分红”的模式，在126户农房和村部、学校屋顶安装光伏板，总装机容量约400千瓦，年发电量约45万千瓦时。
P “屋顶租出去，每年有600块钱租金，夏天房子里还凉快了不少。”村民李桂英笑着说。
P 光伏发电除满足村里公共照明、污水处理站等用电外，余电全部上网，村集体每年增收约12万元。这笔钱被用于修缮村道、补贴村民医保和奖励考上大学的学生。
P 据悉，全市将用三年时间创建30个“零碳”示范村，推广农房屋顶光伏、生物质能利用、电动农机等低碳技术，力争示范村碳排放较2020年下降50%以上。
""")
    body = body_html(blocks)
    css = BASE_CSS + EP_CSS
    eds = ["第A01版：头版", "第A02版：要闻", "第A03版：要闻", "第A04版：民生", "第A05版：县市区", "第A06版：财经",
           "第A07版：文体", "第A08版：副刊"]
    titles = ["涟源白马村：屋顶光伏“晒”出集体收入", "娄底经开区新签约项目11个", "市人大常委会视察农村饮水工程",
              "冷水江：锑矿区变身生态公园", "全市中小学开展防溺水安全教育", "图片新闻"]
    html = f"""
<div class="ep-top"><span class="name">湘中晚报</span><span>2024年05月21日 星期二</span></div>
<div class="ep-bar">{links(["首页", "上一期", "下一期", "往期回顾"], "")}{select("选择日期", ["2024-05-20", "2024-05-19"])}　{links(["上一版", "下一版"], " ")}　湘中晚报社主办</div>
<div class="ep">
 <div class="ep-left"><p>第A03版：要闻</p>{img("版面图", 400, 560, cls="pagemap")}<p>{links(["PDF下载", "放大版面"], " ")}</p></div>
 <div class="ep-mid">
  <div class="yt">{esc(kicker)}</div>
  <div class="zt">{"<br>".join(esc(x) for x in title)}</div>
  <div class="ft2">{esc(sub)}</div>
  <div class="art">
{body}
  </div>
  <p>{links(["上一篇", "下一篇", "返回版面", "打印"], " ")}</p>
 </div>
 <div class="ep-right"><h4>版面导航</h4>{editions(eds)}<h4>本版标题</h4>{ul(titles)}</div>
</div>
<div class="ep-foot">湘中晚报社 版权所有　未经书面授权不得转载<br>湘ICP备07003319号　地址：湖南省娄底市娄星区长青中街9号　新闻热线：0738-8312110</div>
"""
    return Page("xp-31", KIND, title, ["周娜", "龙小凤"], "2024年05月21日 星期二", blocks, doc("湘中晚报数字报-涟源白马村：屋顶光伏“晒”出集体收入", css, html), body,
                features="e-paper 引题/主题/副题 stack with the 主题 printed on two lines (joined without space); 本报讯（记者 周  娜 通讯员 龙小凤） inside the first paragraph; paper date with weekday in the masthead; 版面导航 with PDF links and 本版标题 list; page-map image",
                site="湘中晚报数字报（湖南娄底，虚构）")


# --------------------------------------------------------------------------- xp-32
def xp32() -> Page:
    title = "别让“网红打卡”踩坏了古村"
    blocks = parse("""
P 近段时间，某县一处明清古村落因一组航拍照片在网上走红，每逢周末，游客蜂拥而至。热闹的背后，问题也随之而来：古巷里挤满了人，祠堂的门槛被踩出了缺口，不少游客为了拍照翻越护栏、攀爬老墙，村民晾晒的腊肉也成了“道具”。
P 古村走红，本是好事。它让更多人看到了客家建筑之美，也给村民带来了增收的机会。但如果只顾“流量”、不顾“容量”，古村就可能在喧嚣中被透支。一些古建筑本就年久失修，经不起成千上万人的踩踏；过度商业化，也会让古村失去原本的宁静和生活气息。
P 保护与利用，并不矛盾。关键在于管理要跟上。一方面，当地可以实行预约限流，合理设置游览线路，对重点古建筑加装防护设施；另一方面，要引导村民参与保护和经营，让他们成为古村的守护者和受益者，而不是旁观者。
P 对游客而言，文明旅游也是应尽之责。古村不是“网红背景板”，每一块青砖、每一道门槛都承载着历史。多一份敬畏，少一些任性，才能让古村的美留得更久。
""")
    body = body_html(blocks, mode="br")
    css = BASE_CSS + """
body{background:#d9d4c7;font-size:12px}.main{width:1000px;margin:0 auto;background:#fff}
.brp{font-size:14px;line-height:25px;padding:0 20px}.t1{font-size:24px;font-weight:bold;text-align:center;padding:14px 0 6px}
.au{text-align:center;font-size:14px}td{vertical-align:top}
"""
    eds = ["第A01版：要闻", "第A02版：评论", "第A03版：本地新闻", "第A04版：社会", "第A05版：体育", "第A06版：副刊"]
    html = f"""
<table class="main" width="1000" cellpadding="0" cellspacing="0">
<tr><td colspan="3" style="background:#1e3a6e;color:#fff;height:80px;font-size:30px;padding-left:20px">赣南晨报 <span style="font-size:14px">数字报刊平台</span></td></tr>
<tr><td colspan="3" style="background:#e8e8e8;height:28px">&nbsp;2019-04-17&nbsp;&nbsp;&nbsp;{links(["首页", "往期回顾", "报纸订阅"], " | ")}&nbsp;&nbsp;第A02版：评论&nbsp;&nbsp;{links(["上一版", "下一版"], " ")}</td></tr>
<tr>
<td width="220" style="border-right:1px solid #ccc;padding:6px"><b>版面导航</b>{ul(eds)}<br>{img("版面缩略图", 200, 280)}</td>
<td width="560">
 <div class="t1">{esc(title)}</div>
 <div class="au">□ 罗  军</div>
 <div>
{body}
 </div>
 <p align="center">{links(["上一篇", "下一篇"], "　")}</p>
</td>
<td width="220" style="border-left:1px solid #ccc;padding:6px"><b>本版新闻</b>{ul(["别让“网红打卡”踩坏了古村", "“最多跑一次”还要再提速", "读者来信：小区充电桩何时能装上", "漫画：占道"])}</td>
</tr>
<tr><td colspan="3" align="center" style="border-top:1px solid #ccc;line-height:22px">赣南晨报社版权所有 本网站所有内容属赣南晨报社所有，未经许可不得转载<br>赣ICP备08004621号</td></tr>
</table>
"""
    return Page("xp-32", KIND, title, ["罗军"], "2019-04-17", blocks, doc("赣南晨报数字报刊-别让“网红打卡”踩坏了古村", css, html), body,
                features="2019 e-paper in a three-column table: 评论 column with a □ 罗  军 byline line, paragraphs as <br>-separated indented lines, paper date only in the edition bar glued to &nbsp; runs",
                site="赣南晨报数字报刊平台（江西赣州，虚构）")


# --------------------------------------------------------------------------- xp-33
def xp33() -> Page:
    kicker = "关注2024年秋季招生"
    title = "中心城区义务教育阶段学校划片范围公布"
    sub = "新增公办学位4200个　7月10日起网上报名"
    blocks = parse("""
X 本报记者 王  娟
P 7月2日，市教育体育局公布2024年中心城区义务教育阶段学校招生划片范围。今年，中心城区新建、改扩建学校5所，新增公办学位4200个。以下为部分新建和调整学校的划片范围：
TH 学校 | 学段 | 划片范围
T 新蒲第三小学（新建） | 小学 | 新蒲大道以东、长征大道以北片区
T 汇川区第八中学（新建） | 初中 | 汇川大道以西、上海路以南片区，含原第二中学部分片区
T 红花岗区第十二小学 | 小学 | 原划片范围新增碧云小区、和平花园
T 海龙坝小学（改扩建） | 小学 | 海龙坝片区及高铁新城南区
T 深溪中学 | 初中 | 深溪镇全域及观坝片区
P 今年义务教育招生继续实行网上报名，报名时间为7月10日至7月20日。适龄儿童少年家长可通过“遵义教育”微信公众号进入报名系统，按要求上传户籍、房产或居住证明等材料。
P 市教育体育局提醒，划片范围以各区教育部门最终公布为准，家长可拨打各区招生咨询电话了解详情。
""")
    body = body_html(blocks, table_attrs='class="tbl" width="100%"')
    css = BASE_CSS + EP_CSS + """
.ep-top{background:#004b8d}.tbl td{text-align:left}.ep h4{background:#e3edf7}
"""
    eds = ["第01版：要闻", "第02版：要闻", "第03版：综合", "第04版：县区", "第05版：教育", "第06版：民生", "第07版：文化", "第08版：娄山关"]
    html = f"""
<div class="ep-top"><span class="name">黔北日报</span><span>数字报</span></div>
<div class="ep-bar">2024年07月03日　星期三　{links(["返回首页", "往期浏览", "上一期", "下一期"], " ")}　当前版：第05版：教育</div>
<div class="ep">
 <div class="ep-left">{img("第05版：教育 版面图", 400, 560, cls="pagemap")}<p>{links(["上一版", "下一版", "PDF"], " ")}</p></div>
 <div class="ep-mid">
  <div class="yt">{esc(kicker)}</div>
  <div class="zt">{esc(title)}</div>
  <div class="ft2">{esc(sub)}</div>
  <div class="art">
{body}
  </div>
  <p>黔北日报 2024年07月03日 第05版</p>
 </div>
 <div class="ep-right"><h4>版面目录</h4>{editions(eds)}<h4>本版新闻</h4>{ul(["中心城区义务教育阶段学校划片范围公布", "我市高考成绩复核结果公布", "暑期托管服务7月15日起开放报名", "校园防溺水 安全记心间"])}</div>
</div>
<div class="ep-foot">黔北日报社 版权所有<br>黔ICP备05006217号-1　互联网新闻信息服务许可证：52120170003</div>
"""
    return Page("xp-33", KIND, title, ["王娟"], "2024年07月03日　星期三", blocks, doc("黔北日报数字报", css, html), body,
                features="e-paper page that is mostly a 6-row 划片 table; 引题/主题/副题 stack; 本报记者 byline line; masthead date with a U+3000 before the weekday; paper/date/edition line under the article",
                site="黔北日报数字报（贵州遵义，虚构）")


# --------------------------------------------------------------------------- xp-34
def xp34() -> Page:
    kicker = "聚焦沿边开放·对话口岸"
    title = "让边境小城成为开放前沿"
    sub = "——访河口瑶族自治县县长李建国"
    blocks = parse("""
X 本报记者 李  静　张  凯
P 河口与越南老街隔河相望，是中越边境线上重要的陆路口岸。今年上半年，河口口岸进出口货运量同比增长18.6%。口岸经济如何高质量发展？记者近日专访了河口瑶族自治县县长李建国。
P 记者：今年上半年河口口岸为何能保持较快增长？
P 李建国：主要得益于通关便利化水平的提升。我们推行“提前申报、货到放行”“两段准入”等措施，进口农产品平均通关时间压缩到6个小时以内。同时，中越红河公路大桥货运专用通道投用，缓解了口岸拥堵。
P 记者：河口在发展边境贸易方面有哪些新举措？
P 李建国：我们大力发展“互市贸易+落地加工”，引导边民互助组与加工企业合作，进口的越南水果、坚果在河口就地分拣、加工后销往全国。目前，全县落地加工企业已有37家，带动就业4000多人。
P 记者：下一步有什么打算？
P 李建国：我们将加快建设跨境物流园和冷链仓储中心，推动跨境电商发展，同时加强与越南老街省在旅游、教育、医疗等领域的合作，努力把河口建设成面向东盟开放的前沿窗口。
""")
    body = body_html(blocks)
    css = BASE_CSS + EP_CSS + """
.ep-top{background:#2f6b2f}.ep h4{background:#e4efe4}.art p{text-indent:2em}
"""
    eds = ["第01版：要闻", "第02版：时政", "第03版：经济", "第04版：县市", "第05版：社会", "第06版：南溪"]
    html = f"""
<div class="ep-top"><span class="name">滇南日报</span></div>
<div class="ep-bar">{links(["数字报首页", "往期回顾", "版面预览"], " ")}　<b>2024年8月14日</b>　{links(["上一版", "下一版"], " ")}</div>
<div class="ep">
 <div class="ep-left"><p>第03版：经济</p>{img("版面", 400, 560, cls="pagemap")}</div>
 <div class="ep-mid">
  <div class="yt">{esc(kicker)}</div>
  <div class="zt">{esc(title)}</div>
  <div class="ft2">{esc(sub)}</div>
  <div class="art">
{body}
  </div>
  <p>{links(["上一篇：个旧锡产业链招商成果丰硕", "下一篇：弥勒葡萄进入采摘期"], "<br>")}</p>
 </div>
 <div class="ep-right"><h4>版面导航</h4>{editions(eds)}<h4>本版标题</h4>{ul(["让边境小城成为开放前沿", "个旧锡产业链招商成果丰硕", "弥勒葡萄进入采摘期", "蒙自石榴电商订单增长三成"])}</div>
</div>
<div class="ep-foot">滇南日报社版权所有　联系电话：0873-3732816<br>滇ICP备11002547号</div>
"""
    return Page("xp-34", KIND, title, ["李静", "张凯"], "2024年8月14日", blocks, doc("滇南日报-让边境小城成为开放前沿", css, html), body,
                features="e-paper interview: 引题, 主题, 副题 ——访…县长 (interviewee not author), two spaced reporter names on a byline line, 记者：/李建国： Q&A turns without bold; date only in the edition bar",
                site="滇南日报数字报（云南红河，虚构）")


# --------------------------------------------------------------------------- xp-35
def xp35() -> Page:
    title = "柳叶湖畔，候鸟归来"
    sub = "常德加强湿地保护 越冬候鸟数量创近十年新高"
    blocks = parse("""
X ■ 全媒体记者 黄  琳　通讯员 覃  杰
P 立冬过后，柳叶湖、西洞庭湖湿地迎来越冬候鸟的“归巢季”。近日，常德市林业局发布的监测数据显示，今冬全市已监测到越冬水鸟62种、约4.8万只，数量创近十年新高。
H 珍稀鸟类频频“现身”
P 在西洞庭湖国家级自然保护区，监测人员多次观测到国家一级保护野生动物白鹤、青头潜鸭的身影。“去年同期只看到过两三只白鹤，今年已经记录到11只。”保护区工作人员说。
IMG 白鹤在西洞庭湖湿地觅食
CAP 白鹤在西洞庭湖湿地觅食。（全媒体记者 刘  波 摄）
H 退养还湿让出“鸟天堂”
P 候鸟数量增加，得益于湿地生态的持续改善。近年来，常德累计退出湖区养殖面积3.2万亩，拆除矮围网围68处，恢复湿地植被1.5万亩。今年还在柳叶湖划定了3处候鸟临时保护区，禁止垂钓、放风筝等活动。
H 护鸟队伍不断壮大
P 目前，全市共有护鸟志愿者1200余人，他们和保护区工作人员一起巡湖护鸟，发现受伤候鸟及时救助。市林业局提醒，市民观鸟时应与鸟群保持距离，不投喂、不惊扰，共同守护这份来之不易的生态成果。
""")
    body = body_html(blocks, h_tag="h4")
    css = BASE_CSS + EP_CSS + """
.ep-top{background:#0f5e7a}.ep h4{background:#e0eef3}.art h4{background:none;font-size:16px;color:#0f5e7a;padding:0}
.zt{font-size:30px}
"""
    eds = ["A1 头版", "A2 要闻", "A3 要闻", "A4 城事", "A5 城事", "A6 区县", "A7 健康", "A8 广告"]
    html = f"""
<div class="ep-top"><span class="name">武陵晚报</span><span>第A3版：要闻　　2024-11-26</span></div>
<div class="ep-bar">{links(["首页", "往期", "上一版", "下一版"], " ")}　{select("版面选择", eds)}</div>
<div class="ep">
 <div class="ep-left">{img("A3版面图", 400, 560, cls="pagemap")}</div>
 <div class="ep-mid">
  <div class="zt">{esc(title)}</div>
  <div class="ft2">{esc(sub)}</div>
  <div class="art">
{body}
  </div>
  <p>{links(["← 上一篇", "下一篇 →"], "　")}</p>
 </div>
 <div class="ep-right"><h4>版面导航</h4><ul class="bm">{"".join(f'<li><a href="#">{e}</a></li>' for e in eds)}</ul><h4>本版标题</h4>{ul(["柳叶湖畔，候鸟归来", "常德高新区新增规上企业16家", "桃花源机场冬春航季新开3条航线", "图片新闻"])}</div>
</div>
<div class="ep-foot">武陵晚报 版权所有<br>湘ICP备10203218号　湘公网安备 43070202000155号　新闻热线：0736-7788110</div>
"""
    return Page("xp-35", KIND, title, ["黄琳", "覃杰"], "2024-11-26", blocks, doc("武陵晚报-柳叶湖畔，候鸟归来", css, html), body,
                features="e-paper 主题+副题 (no 引题); ■ 全媒体记者 … 通讯员 … byline with spaced names; three sub-headings; photo with caption credited to another reporter (not author); date printed next to the edition label in the masthead",
                site="武陵晚报数字报（湖南常德，虚构）")


PAGES = [xp31, xp32, xp33, xp34, xp35]
