"""Media pages rs-13 … rs-24 (rs-19, rs-20 English)."""
from common import *

def portal(site, nav, head, inner, after, foot, color="#c00", lang="zh-CN"):
    css = f"""body{{margin:0;font:15px/1.9 "PingFang SC",sans-serif}}.top{{border-bottom:3px solid {color};padding:10px 6%;display:flex;justify-content:space-between}}
.logo{{font-size:26px;color:{color};font-weight:bold}}.nav a{{margin-right:14px;color:#333}}.art{{width:760px;margin:20px auto}}
h1{{font-size:28px;line-height:1.4}}.sub,.yin{{color:#555;font-size:17px}}.bar{{color:#999;font-size:13px;border-bottom:1px solid #eee}}
.art p{{text-indent:2em}}.cap{{text-align:center;color:#666;font-size:13px}}.rel{{border-top:1px solid #ddd;margin-top:20px}}
.ft{{background:#222;color:#aaa;padding:16px 6%;font-size:12px}} table.d{{border-collapse:collapse}} table.d td{{border:1px solid #aaa;padding:3px 8px}}"""
    body = f"""<div class="top"><span class="logo">{site}</span><span class="nav">{nav}</span></div>
<div class="art">{head}{inner}{after}</div><div class="ft">{foot}</div>"""
    return doc(site, css, body, lang=lang)

# rs-13 北京 media, 本报讯（记者 … 通讯员 …）, 引题 + 副题
body = [
 "本报讯（记者 许　可 通讯员 曹一鸣）6月8日，位于京东新城的北京市民健身中心正式对外开放。这座由废弃仓储厂房改造而成的综合性场馆，总建筑面积3.6万平方米，设有游泳馆、篮球馆、羽毛球馆和攀岩墙等12类运动空间。",
 "场馆运营方介绍，开馆首日就接待市民约5200人次。游泳馆设置了儿童戏水区和深水区，羽毛球馆的28块场地在上午9点便已全部订满。",
 "改造过程中，设计团队保留了厂房原有的钢结构桁架和红砖外立面，屋顶铺设了1.2万平方米光伏板，年发电量可满足场馆约三成的用电需求。",
 "为方便周边居民，场馆每天早上6点至8点对60岁以上老人免费开放健走步道，工作日中午时段羽毛球场地半价预约。市民可通过“京健身”小程序预约场地，扫码入场。",
 "据悉，今年本市还将新建和改造各类全民健身场地设施500处，进一步扩大“15分钟健身圈”覆盖范围。",
]
t = "北京市民健身中心开馆"
head = f"<p class='yin'>老厂房变身运动综合体</p><h1>{t}</h1><p class='sub'>——首日接待市民5200人次，羽毛球场上午即约满</p><div class='bar'>2025-06-09 07:05 来源：京华晨报 【字号 大 中 小】 分享：微信 微博 QQ空间</div>"
inner = ps(body[:2]) + "<p class='cap'>" + img("游泳馆内景") + "<br>市民在游泳馆内游泳。本报记者 伍迪 摄</p>" + ps(body[2:])
after = "<p>责任编辑：吕静 审核：韩磊</p><div class='rel'><h4>相关新闻</h4><ul><li>本市将新建改造全民健身场地500处</li><li>体育公园夜场开放时间延长</li></ul></div>"
foot = "京华晨报社 版权所有 未经授权禁止转载 | 京ICP证0504XXXX号 | 京公网安备11010502000XXX号 | 互联网新闻信息服务许可证1112XXXX"
save("rs-13", "media", t, ["许可", "曹一鸣"], "2025-06-09 07:05", body,
     portal("京华晨报网", "<a>首页</a><a>北京</a><a>国内</a><a>体育</a><a>登录</a>", head, inner, after, foot))

# rs-14 河北 media, standalone first-line byline, two-line headline
body = [
 "连日来，在衡泽市经济开发区的一家新能源电池材料企业，十余条生产线满负荷运转，一批发往欧洲的正极材料正在装箱。",
 "“今年一季度订单同比增长了47%，工人们分三班倒都忙不过来。”企业生产部部长邢立军说，去年企业投资3.2亿元上马的二期项目今年2月投产，产能一下子翻了一番。",
 "企业的快速扩张，离不开开发区的“拿地即开工”服务。开发区行政审批局工作人员介绍，从企业签约到项目开工仅用了37天，土地、规划、施工许可等手续全部并联办理。",
 "目前，衡泽经济开发区已聚集新能源及新材料企业63家，形成了从锂盐、正极材料到电池回收的较为完整的产业链条。今年一季度，园区规上工业增加值同比增长14.6%。",
 "开发区负责人表示，将围绕产业链短板精准招商，力争年内再引进亿元以上项目15个。",
]
t = "衡泽开发区新能源产业链跑出加速度"
head = "<h1>衡泽开发区<br>新能源产业链跑出加速度</h1><div class='bar'>燕赵在线 2025年04月02日 10:15</div><p style='text-indent:0'>记者 岳宁宁</p>"
after = "<p>来源：河北燕赵日报 | 编辑：段雅楠</p><p>上一篇：沧渠港一季度集装箱吞吐量创新高 下一篇：冀中南快速路全线贯通</p>"
foot = "燕赵在线 版权所有 冀ICP备0700XXXX号 冀公网安备13010802000XXX号 违法和不良信息举报电话：0311-8562XXXX"
save("rs-14", "media", t, ["岳宁宁"], "2025年04月02日 10:15", body,
     portal("燕赵在线", "<a>首页</a><a>河北</a><a>财经</a><a>视频</a><input placeholder='搜索新闻'>", head, ps(body), after, foot, "#0056a6"))

# rs-15 湖北 media, info bar author, table
rows = [["项目", "2024年", "2025年"], ["开通航线", "78条", "96条"], ["旅客吞吐量", "1310万人次", "1587万人次"], ["货邮吞吐量", "12.4万吨", "15.9万吨"]]
body = [
 "记者从江汉国际机场获悉，今年夏秋航季机场国际及地区航线将增至24条，新开通至吉隆坡、大阪、阿拉木图等6条客运航线，国际通航点数量创历史新高。",
 "机场运营部门介绍，今年1至9月，机场旅客吞吐量和货邮吞吐量均保持两位数增长，主要指标对比如下：",
] + [" ".join(r) for r in rows] + [
 "为提升中转效率，机场今年在T2航站楼启用国际转国内“一次安检”流程，旅客最短中转时间由90分钟压缩至60分钟，行李可直挂至最终目的地。",
 "业内人士认为，航线网络的持续加密，将进一步巩固江汉作为中部航空枢纽的地位，也为湖北外贸企业“走出去”提供了更多便利。",
]
tbl = "<table class='d'>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
t = "江汉机场国际航线增至24条"
head = f"<h1>{t}</h1><div class='bar'>2025-10-14 08:47:33 &nbsp; 来源：荆楚都市网 &nbsp; 作者：柯灵犀 &nbsp; 编辑：汪洋</div>"
after = "<p>【打印】【关闭】</p><div class='rel'>" + img("荆楚都市网客户端二维码") + "<p>扫码下载荆楚都市客户端</p></div>"
foot = "荆楚都市网 鄂ICP备0900XXXX号 鄂公网安备42010302000XXX号 联系电话：027-8888XXXX"
save("rs-15", "media", t, ["柯灵犀"], "2025-10-14 08:47:33", body,
     portal("荆楚都市网", "<a>首页</a><a>湖北</a><a>武汉</a><a>民生</a>", head, ps(body[:2]) + tbl + ps(body[6:]), after, foot, "#d43b10"))

def P(pid, t, authors, ptime, body, head, after, site, color, lang="zh", kind="media", inner=None):
    save(pid, kind, t, authors, ptime, body,
         portal(site, "<a>首页</a><a>新闻</a><a>评论</a><a>图片</a><a>登录</a>", head, inner or ps(body), after,
                f"{site} 版权所有 · ICP备案号 2025XXXX号 · 公网安备 XXXX号", color, "en" if lang == "en" else "zh-CN"), lang)

# rs-16 云南 wire copy, source only
b = ["新华视点昆明9月2日电 记者从云南省林业和草原局获悉，经过连续三年的系统监测，滇西北高黎峰国家级自然保护区内新记录到两栖动物3种、鸟类11种，其中一种角蟾为科学界首次描述的新物种。",
 "监测人员在保护区内布设了260台红外相机，累计获取有效照片和视频4.8万余份。监测结果显示，白眉长臂猿、红腹角雉等珍稀物种的活动范围较以往有所扩大。",
 "保护区管护局负责人介绍，近年来保护区开展了退化林地修复和生态廊道建设，周边社区群众参与巡护的积极性明显提高，盗猎和非法采集行为大幅减少。",
 "专家认为，新物种的发现表明滇西北山地仍有大量生物多样性有待揭示，应继续加强本底调查和长期监测。",
 "下一步，保护区将联合高校科研团队建立物种基因库，并编制保护区两栖爬行动物图鉴。"]
P("rs-16", "高黎峰保护区新记录14种野生动物", [], "2025-09-02 15:31", b,
  "<h1>高黎峰保护区新记录14种野生动物</h1><div class='bar'>2025-09-02 15:31 | 来源：新华视点</div>",
  "<p>【纠错】 责任编辑：彭湃</p>", "彩云网", "#1c7c54")

# rs-17 北京, closing byline line
b = ["初秋的周末，位于西山脚下的三家庄村热闹起来。村口的老供销社如今变成了一家书店，木质书架上摆放着3000多册图书，不少游客坐在窗边看书喝茶。",
 "三家庄村党支部书记刘洪昌说，村里前些年空置的老房子有40多处，2023年起村集体与文化企业合作，把老供销社、老磨坊改造成书店、民宿和手作工坊，村民以房屋入股参与分红。",
 "去年，三家庄村接待游客12万人次，村集体经济收入突破200万元，30多名村民在家门口实现了就业。在书店做店员的村民王桂芬说：“每月能挣四千多块，还能照顾家里老人。”",
 "区农业农村局相关负责人表示，将总结三家庄村的经验，在全区推广“闲置农房+文化业态”的发展模式。",
 "眼下，村里正在筹备首届山村读书节，届时将邀请作家走进乡村，与村民和游客面对面交流。"]
P("rs-17", "老供销社变身乡村书店", ["魏泽宇", "黄小满"], "2025年9月14日", b,
  "<p class='yin'>闲置农房激活乡村文化业态</p><h1>老供销社变身乡村书店</h1><div class='bar'>北京郊区日报 2025年9月14日 第3版</div>",
  "<p>编辑：伍佳</p>", "北京郊区日报网", "#8b0000",
  inner=ps(b) + "<p>（本报记者 魏泽宇 实习生 黄小满）</p>")

# rs-18 河北 app share page, short date forms
b = ["石邑讯 3月18日，石邑市第二十七届桃花节在太行山下的岗南村开幕，漫山遍野的桃花吸引了大批游客前来踏青赏花。",
 "本届桃花节持续至4月20日，设置了花海观光、非遗展演、农特产品展销等6大板块活动。开幕当天，井陉拉花、赞皇武术等非遗项目轮番上演，现场观众掌声不断。",
 "为缓解交通压力，景区今年首次实行分时段预约入园，并在山脚开设两个临时停车场，每15分钟发一班免费摆渡车。",
 "岗南村村民马福顺家的农家乐今年扩建了8间客房，“桃花节期间周末的房间早就订满了”。据统计，去年桃花节期间岗南村接待游客超过30万人次，带动村民增收1800余万元。",
 "主办方提醒，赏花期间请游客文明游览，不要攀折花枝，注意山区防火安全，景区内禁止吸烟和使用明火。"]
P("rs-18", "石邑第二十七届桃花节开幕", ["牛晓雨", "郭振"], "03-18 20:41", b,
  "<p>打开燕赵新闻APP，阅读体验更佳</p><h1>石邑第二十七届桃花节开幕</h1><div class='bar'>燕赵新闻 · 03-18 20:41 · 阅读 3.1万</div><p style='text-indent:0'>记者：牛晓雨 郭振</p>",
  "<p>点赞 328 · 评论 46 · 分享</p><p>打开APP查看更多精彩内容</p>", "燕赵新闻", "#e4393c")

# rs-19 English, Yunnan
b = ["KUNMING, Oct. 9 -- Yunnan province handled 5.42 million tonnes of cargo through its border ports in the first three quarters of this year, up 18.7 percent year-on-year, according to local customs authorities.",
 "Fresh fruit, vegetables and flowers made up a growing share of exports, with durian and dragon fruit imports also rising as cold-chain rail services expanded.",
 "\"The railway has cut our delivery time to Bangkok from five days to about 30 hours,\" said Zhao Mingrui, manager of a logistics company in the border city of Mohan.",
 "Customs officers said that a new smart inspection system allows most fresh produce trucks to clear the port in under two hours.",
 "The province plans to open two additional freight routes to Laos and Vietnam before the end of the year."]
P("rs-19", "Yunnan border ports see cargo volume jump 18.7%", ["Li Wenjing", "Yang Shuo"], "Oct 10, 2025", b,
  "<h1>Yunnan border ports see cargo volume jump 18.7%</h1><div class='bar'>By Li Wenjing and Yang Shuo in Kunming | Yunnan Daily Global | Updated: Oct 10, 2025</div>",
  "<p>Editor: Wang Yue</p><p>Related: Kunming adds night flights to Southeast Asia</p>", "YunnanGlobal", "#004b87", lang="en")

# rs-20 English, Hubei
b = ["WUHAN -- A research team at a Wuhan-based optics laboratory has developed a new type of silicon photonic chip that could sharply reduce the energy consumed by data centers, the team announced on Monday.",
 "The chip transmits data using light rather than electrical signals, and in laboratory tests reached a transfer rate of 1.6 terabits per second while using about 40 percent less power than comparable products.",
 "Professor Chen Haoran, who led the project, said the team spent four years solving problems in packaging and heat dissipation. \"Our next step is to work with manufacturers to bring the chip to mass production,\" he said.",
 "Hubei has listed optoelectronics as one of its key strategic industries. The province is home to more than 16,000 companies in the sector.",
 "Industry analysts said the chip could find early use in artificial intelligence computing clusters, where power bills are a growing concern."]
P("rs-20", "Wuhan lab unveils energy-saving photonic chip", [], "2025-11-17 09:12:40", b,
  "<h1>Wuhan lab unveils energy-saving photonic chip</h1><div class='bar'>2025-11-17 09:12:40 Source: Hubei Today</div><p>Font size: A A A</p>",
  "<p>Share: WeChat Weibo</p>", "Hubei Today English", "#333", lang="en")

# rs-21 湖北 评论, author at top "文｜"
b = ["这个夏天，不少城市的公园开始“拆围墙”“开草坪”，允许市民在草坪上搭帐篷、野餐、遛娃。从“禁止踩踏”到“欢迎入内”，变化背后是城市治理理念的转变。",
 "公园是城市的公共客厅。过去一些公园把草坪当成“观赏品”，围起来只许看不许进，看似保护了绿化，实则降低了公共空间的使用价值。",
 "当然，开放不等于放任。草坪需要轮换养护，垃圾需要及时清运，帐篷的数量和区域需要合理划定。一些城市实行“开放一片、养护一片”的轮休制度，就是值得借鉴的做法。",
 "更重要的是，公共空间的开放需要市民的共同维护。带走垃圾、控制音量、文明遛狗，每个人多一分自觉，开放的草坪才能长久地开放下去。",
 "让公园回归公众，让城市更有温度。期待更多的公共空间能够打开大门，真正成为市民身边的“诗和远方”。"]
P("rs-21", "开放草坪，让公园回归公众", ["江楚"], "2025年07月06日", b,
  "<h1>开放草坪，让公园回归公众</h1><div class='bar'>长江评论 2025年07月06日 星期日</div><p style='text-indent:0'>文｜江楚</p>",
  "<p>（作者系本报评论员）</p><p>责任编辑：詹蓉</p>", "长江评论网", "#005fa3")

# rs-22 云南 photo news, 文/图 top, minority name
b = ["一年一度的“三月街”民族节在大理古城西侧如期开街。来自云南各地的白族、彝族、纳西族等各族群众身着节日盛装，汇聚在苍山脚下赶街、赛马、对歌。",
 "今年的三月街设置了民族服饰、药材、茶叶、手工艺品等9个交易区，入驻商户2600余户。在药材交易区，来自怒江的傈僳族药农带来了重楼、黄精等山货，不到中午就卖出了大半。",
 "赛马场上，来自各地的骑手策马扬鞭，场边观众的欢呼声此起彼伏。今年共有312匹马参加了速度赛和民族马术表演。",
 "夜幕降临，古城南门外的广场上燃起篝火，各族群众手拉手跳起了“打歌”。来自上海的游客刘悦说，这是她第一次参加三月街，“热闹又真诚，一定还会再来”。",
 "据了解，三月街民族节已有千余年历史，被列入国家级非物质文化遗产代表性项目名录。"]
P("rs-22", "苍山脚下赶“三月街”", ["杨·阿鹏", "段美芝"], "2025.04.13", b,
  "<p style='text-indent:0'>文/图 杨·阿鹏 段美芝</p><h1>苍山脚下赶“三月街”</h1><div class='bar'>2025.04.13 春城都市报</div>",
  "<p>编辑：木丽 审核：张帆</p>", "春城都市报", "#b8860b",
  inner=ps(b[:2]) + "<p class='cap'>" + img("三月街赛马") + "<br>三月街赛马场上的骑手。</p>" + ps(b[2:]))

# rs-23 北京 interview, 记者 at end in parentheses on its own? No: last paragraph parentheses
b = ["记者：这次发布的老旧小区综合整治项目清单，有什么新特点？",
 "冯立新：今年全市计划改造老旧小区300个，涉及居民8.6万户。和往年相比，最大的不同是把“加装电梯”和“完整社区建设”放在了同等重要的位置，改造不只是刷墙换管道，还要补齐养老、托育、便民商业等短板。",
 "记者：加装电梯一直是难点，今年有什么办法？",
 "冯立新：我们推行“一楼一策”协商机制，由街道、社区组织居民议事，对低楼层住户的补偿标准给出参考区间，同时简化审批流程，最快两个月就能开工，市区两级财政还会给予每部电梯最高24万元补贴。",
 "记者：居民如何参与改造？",
 "冯立新：每个项目开工前都要公示改造方案，居民可以通过线上平台投票，对改造内容提出意见。改造完成后，还要组织居民代表参与验收。（记者 田甜）"]
P("rs-23", "今年本市改造老旧小区300个", ["田甜"], "2025-3-6 7:30", b,
  "<p class='yin'>——访市住房城乡建设委副主任冯立新</p><h1>今年本市改造老旧小区300个</h1><div class='bar'>首都时讯 2025-3-6 7:30</div>",
  "<p>来源：首都时讯 编辑：柏杨</p>", "首都时讯", "#b22222")

# rs-24 河北 brief wire-like with 来源 only, 本报讯 without names
b = ["本报讯 日前，张垣市首条城市绿道——清水河滨河绿道全线贯通。绿道全长27.5公里，串联起沿线8个公园和5个历史文化街区。",
 "绿道建设坚持“少破坏、多利用”原则，利用原有河堤步道改造提升，新增驿站12处、休闲座椅300余个，并在关键节点设置了雨水花园和生态湿地。",
 "绿道沿途设置了智能健身步道，市民扫描二维码即可查看自己的运动距离和消耗的热量。夜间全线开启景观照明，每天开放至22时，沿线还配备了公共卫生间和应急呼叫点。",
 "张垣市园林部门表示，今年还将启动东山绿道建设，到2026年底建成总长100公里的城市绿道网络，让市民“出门见绿、移步见景”。",
 "清水河滨河绿道开通首周，日均接待游客和健身市民约3.5万人次，成为市民休闲健身、骑行散步的新去处。"]
P("rs-24", "清水河滨河绿道全线贯通", [], "2025-05-20 10:05:18", b,
  "<h1>清水河滨河绿道全线贯通</h1><div class='bar'>时间：2025-05-20 10:05:18 来源：张垣日报</div>",
  "<p>责任编辑：齐悦</p><p>上一篇：张垣市发布防汛预案 下一篇：张垣冰雪产业博览会开幕</p>", "张垣新闻网", "#005a9c")
