from chrome import *
PAGES = []
def reg(**kw): PAGES.append(kw)

# ---------- self-media ----------
# yx-25 微博 long post with #话题#; account only
b = ["#大连樱桃季# 大连大樱桃陆续上市啦！",
 "今年受春季气温偏低影响，大连大樱桃比往年晚熟一周左右，但个头大、糖度高，“美早”“砂蜜豆”等品种单果重普遍在10克以上。目前，金普新区、瓦房店等地的采摘园已陆续开园，采摘价格在每斤40元到80元不等。",
 "提醒大家：采摘前最好提前电话预约，避开周末高峰；自驾前往的朋友注意乡间道路安全。",
 "你今年吃到大连樱桃了吗？评论区说说～"]
def r25(p):
    inner = f'''<div class="top"><a href="#">微博</a> {inp("大家都在搜：大连樱桃")} <a href="#">首页</a> <a href="#">视频</a> <a href="#">发现</a> <a href="#">游戏</a> <a href="#">登录/注册</a></div>
<div class="w"><div class="main"><p><img src="av.jpg" alt="头像"> <a href="#">大连吃喝玩乐</a> <span>V</span></p>
<p><a href="#">25-6-10 12:08</a> 来自 iPhone 15 Pro</p>
{body_html(p["body"])}<p><img src="c1.jpg" alt="图片"><img src="c2.jpg" alt="图片"></p>
<p>转发 86　评论 213　赞 1542</p><p>按热度 按时间</p><p>用户7462910：瓦房店的樱桃真的甜！</p><p>海边的风：求推荐采摘园</p></div>
<div class="side"><h3>微博热搜</h3>{links(["大连樱桃","高考倒计时","夏至"])}</div></div>'''
    return page("大连吃喝玩乐的微博 - 微博", inner)
reg(id="yx-25", kind="self-media: 微博 long post (account only)", lang="zh", title=None, authors=["大连吃喝玩乐"], pt="25-6-10 12:08", body=b, render=r25, note="微博 post has no headline: title null")

# yx-26 抖音 caption page; account only
b = ["长白山天池今天开门了！云雾散开的那一刻全车人都喊出来了 #长白山天池 #吉林旅游 #跟着抖音去旅行"]
def r26(p):
    inner = f'''<div class="top"><a href="#">抖音</a> {inp("搜索你感兴趣的内容")} <a href="#">精选</a> <a href="#">推荐</a> <a href="#">关注</a> <a href="#">直播</a> <a href="#">登录</a></div>
<div class="w"><p><img src="v.jpg" alt="视频封面"></p><p>00:00 / 00:47</p><p>倍速 清屏 智能 自动连播</p>
<div class="main"><h1 style="font-size:16px;text-align:left">{p["body"][0]}</h1>
<p>发布时间：2025-06-14 11:26</p><p><a href="#">@吉林老韩带你游</a> 粉丝 12.6万 获赞 98.3万 <a href="#">关注</a></p>
<p>点赞 3.1万　评论 1208　收藏 5873　分享 2604</p><p>全部评论</p><p>小鹿：太美了吧！几点上山的？</p></div>
<div class="side"><h3>相关推荐</h3>{links(["长白山北坡攻略","延吉网红墙"])}</div></div>'''
    return page("抖音", inner)
reg(id="yx-26", kind="self-media: 抖音 caption page (account only)", lang="zh", title=b[0], authors=["吉林老韩带你游"], pt="2025-06-14 11:26", body=b, render=r26, note="caption is both title and body (the page prints it once as h1)")

# yx-27 微信公众号, person named
b = [("credit","编者按　入夏以来，长春南湖公园的“荷花季”吸引了大批市民。本期，我们跟随公园园艺师，看看这片荷塘背后的故事。"),
 "清晨五点半，南湖公园的园艺师马春燕已经在荷塘边忙碌。她要检查水位、清理落叶，还要给新栽的睡莲补肥。",
 "“荷花最怕水深忽高忽低，我们每天都要测两次水位。”今年是马春燕在南湖工作的第十九年。她说，这几年公园陆续引进了“千瓣莲”“红台莲”等46个品种，花期可以从6月中旬一直持续到9月初。",
 "每到傍晚，荷塘边的栈道上总是挤满了拍照的市民。“看到大家喜欢，累点也值。”马春燕笑着说。"]
def r27(p):
    inner = f'''<div class="w" style="width:680px"><h1 style="text-align:left">{p["title"]}</h1>
<p><span>原创</span> <span>李想</span> <a href="#">长春发布</a> <em>2025年06月24日 18:30</em> <em>吉林</em></p>
<p>文丨李想　图丨张宇航</p>
{body_html(p["body"])}<p>来源：长春发布</p><p>编辑：王琪　审核：陈刚</p>
<p>预览时标签不可点</p><p>微信扫一扫<br>关注该公众号</p><p>继续滑动看下一个</p><p>轻触阅读原文</p><p>长春发布</p><p>向上滑动看下一个</p><p>微信扫一扫可打开此内容，使用完整服务</p><p>：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过</p></div>'''
    return page(p["title"], inner)
reg(id="yx-27", kind="self-media: 微信公众号 (person named)", lang="zh", title="南湖荷塘的守护者", authors=["李想"], pt="2025年06月24日 18:30", body=b, render=r27)

# yx-28 头条号, account only
b = ["很多人以为黑龙江的夏天只有避暑，其实伊春的森林小火车才是隐藏玩法。",
 "这趟小火车从伊春市区出发，穿过红松原始林，全程约一个半小时。车厢是上世纪六十年代的木质车厢改造的，窗户可以打开，一路能闻到松树的香味。",
 "票价成人68元，儿童半价，建议提前一天在“伊春文旅”小程序购票。沿途在五营站可以下车，徒步到红松林栈道，路线平缓，老人孩子都能走。",
 "最后提醒一句：林区蚊虫多，记得带驱蚊水和长袖。"]
def r28(p):
    inner = f'''<div class="top"><a href="#">今日头条</a> {inp("搜索站内资讯、视频或用户")} <a href="#">下载头条APP</a> <a href="#">登录</a></div>
<div class="w"><div class="main"><h1 style="text-align:left">{p["title"]}</h1>
<p><span>2025-06-26 20:15</span>·<a href="#">龙江旅行笔记</a>　<span>黑龙江</span></p>
{body_html(p["body"][:2])}<p><img src="t.jpg" alt=""></p>{body_html(p["body"][2:])}
<p>举报/反馈</p><p>发表评论</p><p>相关推荐</p></div>
<div class="side"><p><a href="#">龙江旅行笔记</a> 2.3万粉丝 <a href="#">关注</a></p><h3>头条热榜</h3>{links(["暑期出游提醒","东北避暑城市榜"])}</div></div>'''
    return page(p["title"], inner)
reg(id="yx-28", kind="self-media: 头条号 (account only)", lang="zh", title="去伊春，一定要坐一次森林小火车", authors=["龙江旅行笔记"], pt="2025-06-26 20:15", body=b, render=r28)

# yx-29 百家号, person named at end
b = ["6月25日，济南市历城区唐冶街道组织辖区12家物业企业开展电动自行车消防安全演练。",
 "演练现场模拟了楼道内电动自行车电池起火的场景。消防救援人员现场讲解了初起火灾的扑救方法，并提醒居民不要将电动自行车推入楼道、不要私拉电线“飞线充电”。",
 "唐冶街道应急办负责人介绍，今年以来，街道已新建集中充电车棚36处，可同时满足2000余辆电动自行车充电需求。",
 ("credit","（文/鲁网记者 于　洋）")]
def r29(p):
    inner = f'''<div class="top"><a href="#">百度首页</a> <a href="#">百家号</a> {inp("百度一下")} <a href="#">登录</a></div>
<div class="w"><div class="main"><h1 style="text-align:left">{p["title"]}</h1>
<p><img src="lw.png" alt=""> <a href="#">鲁网</a> 2025-06-25 17:42 山东 鲁网官方账号 <a href="#">+关注</a></p>
{body_html(p["body"])}<p>举报</p><p>评论</p><p>相关推荐</p></div><div class="side"><h3>百度热搜</h3>{links(["高考志愿填报","济南高温"])}</div></div>
<div class="foot">©2025 Baidu 使用百度前必读 京ICP证030173号</div>'''
    return page(p["title"], inner)
reg(id="yx-29", kind="self-media: 百家号 (person named in body)", lang="zh", title="唐冶街道开展电动自行车消防演练", authors=["于洋"], pt="2025-06-25 17:42", body=b, render=r29)

# yx-30 澎湃号·政务, account only
b = ["6月27日，河东区2025年“夏季送清凉”活动启动。区总工会为环卫工人、快递小哥、建筑工人等户外劳动者送去了绿豆、藿香正气水、防晒帽等防暑物资。",
 "今年，全区在37个“职工驿站”设置了饮水点和休息区，户外劳动者可随时进站喝水、歇脚、给手机充电。",
 "区总工会还将在7月至8月组织医疗志愿者，走进建筑工地开展防暑知识讲座和义诊活动。"]
def r30(p):
    inner = f'''<div class="top"><a href="#">澎湃新闻</a> <a href="#">要闻</a> <a href="#">深度</a> <a href="#">澎湃号</a> <a href="#">视频</a> {inp("搜索")}</div>
<div class="w"><div class="main"><h1 style="text-align:left">{p["title"]}</h1>
<p><a href="#">天津河东</a></p><p>2025-06-27 19:03 来源：澎湃新闻·澎湃号·政务</p><p>字号</p>
{body_html(p["body"])}<p>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<p>特别声明</p></div></div>'''
    return page(p["title"], inner)
reg(id="yx-30", kind="self-media: 澎湃号·政务 (account only)", lang="zh", title="河东区“夏季送清凉”活动启动", authors=["天津河东"], pt="2025-06-27 19:03", body=b, render=r30)

# ---------- e-paper ----------
def epaper(paper, date, ban, art, editors):
    return f'''<div class="top">{paper}　{date}　<a href="#">往期回顾</a> <a href="#">PDF下载</a></div>
<table width="100%"><tr><td width="220" valign="top"><img src="page.jpg" alt="版面图"><p>{ban}</p><p><a href="#">上一版</a>　<a href="#">下一版</a></p><h4>本版标题</h4>{links(["本版其他文章一","本版其他文章二","本版其他文章三"])}</td>
<td valign="top">{art}<p>{editors}</p><p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></p></td></tr></table>
<div class="foot">{paper}社版权所有　未经授权不得转载</div>'''

# yx-31 辽宁日报 with 眉题 label
b31 = ["6月下旬，盘锦市大洼区的稻田里，返青后的秧苗长势正旺。田埂边，一块块写着“稻蟹共生”的牌子格外醒目。",
 "“一亩地既收稻子又收螃蟹，亩均增收800多元。”大洼区东风镇种植大户何永生说，他今年种了300亩，全部采用稻蟹混养模式。",
 "盘锦是全国知名的稻蟹综合种养基地。目前，全市稻蟹综合种养面积达到110万亩，“盘锦大米”“盘锦河蟹”两个品牌价值合计超过500亿元。",
 "为了让品牌更“响”，盘锦还建立了从育苗、种养到加工、销售的全链条质量追溯体系，消费者扫码即可查看每一袋大米、每一只河蟹的“身份信息”。"]
def r31(p):
    art = f'''<p style="text-align:center;color:#a00">【高质量发展调研行】</p>
<h1>{p["title"]}</h1><p style="text-align:center">本报记者　王笑梅</p>
{body_html(p["body"])}'''
    return page(p["title"], epaper("辽宁日报", "2025年6月28日 星期六", "第03版：要闻", art, "本版责编：刘　洋　美编：杨晓东"))
reg(id="yx-31", kind="e-paper: 眉题 label", lang="zh", title="一田双收 “稻蟹”共生富农家", authors=["王笑梅"], pt="2025年6月28日 星期六", body=b31, render=r31)

# yx-32 吉林日报 with 副题 beginning ——
b = ["6月29日，随着最后一段钢箱梁精准吊装到位，吉林市松花江新江湾大桥实现全线合龙。",
 "新江湾大桥全长1.8公里，主桥采用双塔斜拉结构，设计为双向六车道。大桥建成后，将连接吉林市高新区和江北新区，市民过江时间将由目前的20多分钟缩短至5分钟以内。",
 "施工方中交一公局项目负责人介绍，大桥施工期间克服了冬季严寒、江面封冻等不利条件，采用冬季保温养护等新工艺，确保了工程质量。据悉，大桥预计今年10月建成通车。"]
def r32(p):
    art = f'''<h1>{p["title"]}</h1><h3 style="text-align:center">——吉林市新江湾大桥全线合龙</h3>
<p>本报记者　孙春艳　通讯员　刘　畅</p>{body_html(p["body"])}'''
    return page(p["title"], epaper("吉林日报", "2025年06月30日", "第02版：综合新闻", art, "本版责编：赵　阳"))
reg(id="yx-32", kind="e-paper: 副题 beginning ——", lang="zh", title="天堑架通途 过江五分钟", authors=["孙春艳","刘畅"], pt="2025年06月30日", body=b, render=r32)

# yx-33 黑龙江日报 with 总第NNN期 line followed by byline
b = ["连日来，在佳木斯市富锦市万亩水稻示范区，植保无人机往来穿梭，喷洒叶面肥。",
 "“去年用上了无人机，一天能作业800亩，相当于过去30个人干一天的活。”富锦市宏胜农机专业合作社理事长单宝军说。",
 "今年，富锦市农业社会化服务组织已发展到316个，托管服务面积超过300万亩。社会化服务让小农户也能用上大机械、新技术，粮食单产平均提高了5%以上。"]
def r33(p):
    art = f'''<p>总第25871期</p><p>记者　宋晨曦</p><h1>{p["title"]}</h1>
{body_html(p["body"])}'''
    return page(p["title"], epaper("黑龙江日报", "2025.07.01", "第04版 ：三农", art, "责任编辑：孙　岩　版式设计：郑宏"))
reg(id="yx-33", kind="e-paper: byline after 总第NNN期 line", lang="zh", title="富锦：托管服务让种地更省心", authors=["宋晨曦"], pt="2025.07.01", body=b, render=r33)

# yx-34 大众日报 with 引题/主标题/副题 stack
b = ["本报东营7月2日讯　记者　李　明　通讯员　王延军　报道　7月1日，胜利油田首个百万吨级碳捕集、利用与封存（CCUS）项目二期工程投产，至此该项目年封存二氧化碳能力达到150万吨。",
 "该项目将齐鲁石化生产过程中捕集的二氧化碳，通过管道输送至胜利油田，注入地下油藏，既实现碳封存，又提高原油采收率。据测算，二期工程投产后，预计每年可增产原油30万吨。",
 "胜利油田相关负责人表示，下一步将加快建设覆盖鲁北地区的二氧化碳输送管网，为更多工业企业提供碳减排服务。"]
def r34(p):
    art = f'''<h3 style="text-align:center">减碳与增油“双赢”</h3><h1>{p["title"]}</h1><h3 style="text-align:center">年封存能力达150万吨</h3>
{body_html(p["body"])}'''
    return page(p["title"], epaper("大众日报", "2025年07月03日 星期四", "第01版：要闻", art, "本版编辑：马　静"))
reg(id="yx-34", kind="e-paper: 引题/主标题/副题 stack", lang="zh", title="胜利油田百万吨级CCUS项目二期投产", authors=["李明","王延军"], pt="2025年07月03日 星期四", body=b, render=r34)

# yx-35 今晚报 with author at end; long headline in two lines
b = ["7月4日起，天津市民在公园、广场跳广场舞，音响音量不得超过60分贝。这是记者从市公安局和市城市管理委员会联合召开的发布会上获悉的。",
 "根据新规，每天22时至次日6时，禁止在居民区周边公园、广场使用音响器材。公园管理单位将在主要活动区域设置噪声监测显示屏，实时显示音量。",
 "“我们也希望大家自觉调小音量，跳得开心，邻居也睡得安心。”市城市管理委员会相关负责人说。",
 ("credit","作者：本报记者　陈　曦")]
def r35(p):
    art = f'''<h1>公园广场跳舞<br>音量不得超过60分贝</h1>{body_html(p["body"])}'''
    return page(p["title"], epaper("今晚报", "2025年7月5日", "第06版：社会", art, "本版编辑：高　鹏　校对：李晓"))
reg(id="yx-35", kind="e-paper: headline in two lines, author at end", lang="zh", title="公园广场跳舞音量不得超过60分贝", authors=["陈曦"], pt="2025年7月5日", body=b, render=r35, note="closing 作者 line is not body")

# ---------- institutional ----------
def inst(name, nav, crumb, art, foot):
    return f'''<div class="ban" style="background:#0d3b66"><div class="w"><img src="logo.png" alt="{name}"> {name}</div></div>
<div class="nav" style="background:#134e80"><div class="w">{''.join('<a href="#">%s</a>' % n for n in nav)}</div></div>
<div class="w"><div class="crumb">{crumb}</div>{art}</div><div class="foot">{foot}</div>'''

# yx-36 石化公司 with closing 撰稿： line
b = ["7月8日，抚顺石化公司120万吨/年乙烯装置完成年度检修，一次开车成功，产出合格乙烯产品。",
 "本次检修历时42天，共完成检修项目2860项，其中技术改造项目37项。检修期间，公司组织3000余名施工人员，实行“日碰头、周总结”机制，实现了安全零事故、质量零缺陷。",
 "公司负责人表示，装置开车后将重点优化裂解炉运行参数，力争乙烯收率提高0.5个百分点。",
 ("credit","撰稿：董立伟")]
def r36(p):
    art = f'''<h1>{p["title"]}</h1><div class="info">来源：党委宣传部　发布时间：2025-07-09　浏览：681次</div>
{body_html(p["body"])}<p>审核：高　峰</p>'''
    return page(p["title"], inst("中国石油抚顺石化公司", ["首页","公司概况","新闻中心","党建工作","企业文化"], "首页 > 新闻中心 > 公司要闻", art, "中国石油天然气股份有限公司抚顺石化分公司　辽ICP备05006812号"))
reg(id="yx-36", kind="institutional: 石化公司 (closing 撰稿 line)", lang="zh", title="抚顺石化乙烯装置检修后一次开车成功", authors=["董立伟"], pt="2025-07-09", body=b, render=r36)

# yx-37 海洋大学 文/图：, 审核：
b = ["7月10日，学校“东方红3”科考船搭载我校海洋与大气学院等单位的46名科研人员，从青岛起航，执行2025年黄海冷水团综合调查航次。",
 "本航次为期25天，将在黄海中部海域布设45个站位，开展物理海洋、海洋化学、海洋生物等多学科综合观测，并回收和布放潜标3套。",
 "首席科学家、海洋与大气学院教授王正山介绍，黄海冷水团是我国近海重要的海洋现象，对渔业资源分布和“深远海养殖”有直接影响。此次调查将为“国信1号”等养殖工船的选址和运营提供科学依据。"]
def r37(p):
    art = f'''<h1>{p["title"]}</h1><div class="info">文/图：海洋与大气学院 林晓晴　审核：刘华　2025-07-11　点击：1024</div>
{body_html(p["body"])}<p>编辑：宋嘉</p>'''
    return page(p["title"], inst("中国海洋大学新闻网", ["首页","海大要闻","综合新闻","学术动态","媒体海大","图片新闻"], "首页 » 综合新闻", art, "中国海洋大学党委宣传部　地址：青岛市崂山区松岭路238号　鲁ICP备05004520号"))
reg(id="yx-37", kind="institutional: 海洋大学 (文/图：, 审核：)", lang="zh", title="“东方红3”船起航执行黄海冷水团综合调查航次", authors=["林晓晴"], pt="2025-07-11", body=b, render=r37)

# yx-38 港口集团, byline under title
b = ["7月12日，营口港鲅鱼圈港区“中欧班列”开行第1000列，满载汽车零部件、家电等货物的班列从港区驶出，经满洲里口岸出境，开往俄罗斯莫斯科。",
 "营口港自2019年开行中欧班列以来，已开通至俄罗斯、白俄罗斯、哈萨克斯坦等7个国家的线路，形成了“海铁联运+中欧班列”的国际物流通道。",
 "辽港集团营口港区有关负责人表示，今年将进一步加密班列开行频次，力争全年开行班列300列以上。"]
def r38(p):
    art = f'''<h1>{p["title"]}</h1><p style="text-align:center">作者：潘德坤　王　磊</p><div class="info">2025年7月12日 星期六　来源：营口港务公司</div>
{body_html(p["body"])}<p>【<a href="#">关闭</a>】</p>'''
    return page(p["title"], inst("辽港集团", ["首页","关于我们","新闻中心","业务板块","社会责任"], "首页 > 新闻中心 > 集团要闻", art, "辽宁港口集团有限公司　辽ICP备19005630号"))
reg(id="yx-38", kind="institutional: 港口集团 (byline under title)", lang="zh", title="营口港中欧班列开行突破1000列", authors=["潘德坤","王磊"], pt="2025年7月12日 星期六", body=b, render=r38)

# yx-39 林区医院, 通讯员 alone
b = ["近日，大兴安岭地区林业中心医院成功为一名82岁的护林员实施了经导管主动脉瓣置换术（TAVR），这是该院首次独立开展此项手术。",
 "患者老周在林区工作了40多年，近半年来反复出现胸闷、气短，检查发现患有重度主动脉瓣狭窄。考虑到患者年龄大、外科开胸风险高，心内科团队决定采用微创介入治疗。",
 "手术历时约两个小时，仅在患者大腿根部开了一个小切口。术后第二天，老周就能下床活动。“没想到在家门口就能做这么先进的手术。”老周的儿子说。",
 ("credit","通讯员　吕晓丹")]
def r39(p):
    art = f'''<h1>{p["title"]}</h1><div class="info">[2025-07-14]　医务科</div>
{body_html(p["body"])}'''
    return page(p["title"], inst("大兴安岭地区林业中心医院", ["首页","医院概况","科室导航","专家介绍","医院新闻","就医指南"], "当前位置：首页 > 医院新闻", art, "地址：加格达奇区人民路　急救电话：120　黑ICP备10002213号"))
reg(id="yx-39", kind="institutional: 林区医院 (通讯员 alone)", lang="zh", title="我院首例TAVR手术成功开展", authors=["吕晓丹"], pt="2025-07-14", body=b, render=r39)

# yx-40 边检站, minority name with middle dot
b = ["7月15日，大连边检站在大连周水子国际机场口岸开通“外籍旅客入境服务专窗”，为入境外籍旅客提供政策咨询、办证指引等服务。",
 "专窗配备了会英语、俄语、韩语的民警。当天上午，来自哈萨克斯坦的旅客阿斯兰在民警热依拉·买买提的帮助下，仅用3分钟就办完了入境手续。",
 "今年以来，大连机场口岸入境外籍旅客同比增长62%，其中适用240小时过境免签政策的旅客增长明显。（通讯员 努尔兰·别克 杜晓宇）"]
def r40(p):
    art = f'''<h1>{p["title"]}</h1><div class="info">2025-07-15 16:40:02　大连出入境边防检查站　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
{body_html(p["body"])}<p>分享：<a href="#">微信</a> <a href="#">微博</a></p>'''
    return page(p["title"], inst("大连出入境边防检查站", ["首页","边检动态","通知公告","办事指南","互动交流"], "首页 > 边检动态", art, "大连出入境边防检查站　辽ICP备12001856号　辽公网安备21020302000588号"))
reg(id="yx-40", kind="institutional: 边检站 (minority name, end-of-body bylines)", lang="zh", title="大连边检站开通外籍旅客入境服务专窗", authors=["努尔兰·别克","杜晓宇"], pt="2025-07-15 16:40:02", body=b, render=r40)
