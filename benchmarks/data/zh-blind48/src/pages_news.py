"""News pages yw-13 .. yw-24."""
from furniture import *

P = []


def add(**k):
    P.append(k)


def newshead(site, nav, ph="搜索新闻", extra=""):
    return (f'<div class="hd"><b>{E(site)}</b>　{links(nav)}{extra}</div>'
            f'<div style="padding:6px 30px">{search(ph)}</div>')


def newsfoot(lines):
    return '<div class="ft">' + "".join(f"<p>{E(x)}</p>" for x in lines) + "</div>"


def side(title, items):
    return f'<div class="r"><h3>{E(title)}</h3>' + ul(items) + "</div>"


# yw-13 English, By NAME in CITY
add(id="yw-13", kind="news: English (By NAME in CITY)", style="news", lang="en",
    tab="Ningxia wine growers bet on cooler slopes - Chinadaily.com.cn",
    pre=newshead("CHINA DAILY", ["Home", "China", "World", "Business", "Lifestyle", "Culture", "Travel", "Opinion"], "Search") +
        '<div style="padding:4px 30px">Home / China / Regional</div><div class="wrap"><div class="l">',
    title="Ningxia wine growers bet on cooler slopes",
    title_html='<h1>Ningxia wine growers bet on cooler slopes</h1>',
    meta_html='<p class="src"><span>By Ma Jingwen in Yinchuan</span><span>| chinadaily.com.cn |</span><span>Updated: 2025-10-09 15:42</span></p>'
              '<p class="src">Share - <a href="#">WeChat</a> <a href="#">Weibo</a></p>',
    meta_first=False, ptime="2025-10-09 15:42", authors=["Ma Jingwen"],
    body=[("img", "Workers harvest Cabernet Sauvignon grapes at a vineyard in Yongning county.", "Workers harvest Cabernet Sauvignon grapes at a vineyard in Yongning county, Ningxia Hui autonomous region, on Sept 28. [Photo/Xinhua]"),
          "Wine producers at the eastern foot of Helan Mountain in the Ningxia Hui autonomous region are moving new vineyards higher up the slopes, hoping cooler nights will help their grapes cope with hotter summers.",
          "\"Ten years ago we planted at around 1,100 meters. Now our new plots are above 1,250 meters,\" said Zhang Lixin, vineyard manager at a winery in Xixia district. \"The grapes ripen more slowly and keep their acidity.\"",
          "The region had about 40,000 hectares of wine grapes by the end of last year, and its 260 wineries produced some 140 million bottles, according to the regional bureau in charge of the industry.",
          "Local authorities have offered subsidies for drip irrigation and windbreaks on the new plots, while researchers at Ningxia University are testing cold-hardy varieties that need less winter burial.",
          "Zhang said the harvest this year was smaller but better. \"Buyers care about quality, not volume. That is where our future is.\""],
    post='</div>' + side("Most Viewed", ["Tibet opens new high-altitude airport", "Inner Mongolia sets wind power record", "Xinjiang cotton harvest goes fully mechanized"]) + '</div>'
         + newsfoot(["Copyright 1994 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).", "License for publishing multimedia online 0108263", "Registration Number: 130349"]))

# yw-14 English, dateline in capitals opening the first paragraph
add(id="yw-14", kind="news: English (CAPS dateline)", style="news", lang="en",
    tab="Xinjiang's Kashgar adds direct freight train to Central Asia-Xinhua",
    pre=newshead("Xinhua", ["Home", "China", "World", "Business", "Sci-Tech", "Photos", "Video"], "Search") + '<div class="wrap"><div class="l">',
    title="Xinjiang's Kashgar adds direct freight train to Central Asia",
    title_html='<h1>Xinjiang\'s Kashgar adds direct freight train to Central Asia</h1>',
    meta_html='<p class="src"><span>Source: Xinhua</span><span>Editor: Liu Ruoyi</span><span>2025-04-17 20:31:05</span></p>',
    meta_first=False, ptime="2025-04-17 20:31:05", authors=[],
    body=["URUMQI, April 17 (Xinhua) -- A freight train loaded with 50 containers of household appliances and auto parts left Kashgar in northwest China's Xinjiang Uygur Autonomous Region on Thursday for Tashkent, Uzbekistan, marking the launch of a new regular route.",
          "The train will cross the border at the Irkeshtam port and is expected to reach its destination in about eight days, roughly half the time needed by road and sea, according to the local railway authorities.",
          "Kashgar has become an important logistics hub linking China with Central Asia and South Asia. In the first quarter of this year, the city's foreign trade grew by 21.4 percent year on year.",
          "The new service will run twice a week, officials said, and more routes to Kyrgyzstan and Kazakhstan are being planned."],
    post='</div>' + side("Related", ["China-Europe freight trains make 4,000 trips in Q1", "Xinjiang's Horgos port busy with trade"]) + '</div>'
         + newsfoot(["Copyright © 2000 - 2025 XINHUANET.com All Rights Reserved."]))

# yw-15 headline with 5G, 草原云-style provincial media client page
add(id="yw-15", kind="news: 省级媒体 (5G 标题)", style="news",
    tab="5G信号覆盖锡林郭勒盟全部苏木乡镇 - 内蒙古新闻网",
    pre=newshead("内蒙古新闻网", ["首页", "时政", "盟市", "经济", "社会", "文化", "草原云"], "请输入关键词") + '<div class="wrap"><div class="l"><p>当前位置：<a href="#">首页</a> &gt; <a href="#">盟市</a> &gt; <a href="#">锡林郭勒</a></p>',
    title="5G信号覆盖锡林郭勒盟全部苏木乡镇",
    title_html='<h1>5G信号覆盖锡林郭勒盟全部苏木乡镇</h1>',
    meta_html='<p class="src"><span>2025-11-04 08:57:13</span><span>来源：内蒙古日报</span><span>记者：巴依斯古楞</span><span>评论(3)</span></p>',
    meta_first=False, ptime="2025-11-04 08:57:13", authors=["巴依斯古楞"],
    body=["记者从锡林郭勒盟工业和信息化局获悉，随着阿巴嘎旗那仁宝拉格苏木最后一批基站开通，锡林郭勒盟已实现5G信号覆盖全部苏木乡镇，嘎查村5G覆盖率达到91%。",
          "今年以来，锡林郭勒盟累计新建5G基站1680个，重点解决边远牧区网络信号弱的问题。在牧区，5G网络正被用于草场监测、牲畜定位和远程兽医诊疗。",
          "“过去找一匹走失的马要骑摩托转两天，现在手机上一看定位就知道在哪儿。”那仁宝拉格苏木牧民朝鲁说。",
          "据介绍，明年锡林郭勒盟将推动5G网络向边境线和主要旅游景区延伸。"],
    post='<p>【责任编辑：萨仁】</p><p>相关阅读</p>' + ul(["内蒙古5G基站总数突破9万个", "呼伦贝尔牧区用上“智慧牧场”", "乌兰察布数据中心集群算力再升级"]) + '</div>'
         + side("热点排行", ["呼和浩特地铁3号线最新进展", "内蒙古今冬供暖时间确定", "阿尔山迎来今冬首场降雪", "包头稀土产业链新项目签约"]) + '</div>'
         + newsfoot(["内蒙古新闻网版权所有　蒙ICP备05003462号", "互联网新闻信息服务许可证编号：15120170001", "违法和不良信息举报电话：0471-6659118"]))

# yw-16 图解 page
add(id="yw-16", kind="news: 图解", style="news",
    tab="图解｜一图读懂2025年宁夏回族自治区政府工作报告",
    pre=newshead("宁夏新闻网", ["首页", "宁夏新闻", "图解", "视频", "专题"], "请输入搜索内容") + '<div class="wrap"><div class="l"><p>首页 &gt; 图解</p>',
    title="图解｜一图读懂2025年宁夏回族自治区政府工作报告",
    title_html='<h1>图解｜一图读懂2025年宁夏回族自治区政府工作报告</h1>',
    meta_html='<p class="src"><span>宁夏新闻网</span><span>2025-01-22 19:30</span><span>编辑：马丽</span></p>',
    meta_first=False, ptime="2025-01-22 19:30", authors=[],
    body=[("img", "图解政府工作报告-1", None),
          ("h", "2024年工作回顾"),
          "地区生产总值增长5.4%左右",
          "城乡居民人均可支配收入分别增长4.6%和6.5%",
          "新增城镇就业7.9万人",
          ("img", "图解政府工作报告-2", None),
          ("h", "2025年主要预期目标"),
          "地区生产总值增长5.5%左右",
          "居民消费价格涨幅2%左右",
          "城镇调查失业率控制在5.5%以内",
          ("img", "图解政府工作报告-3", None),
          ("h", "2025年重点工作"),
          ("li", ["加快建设黄河流域生态保护和高质量发展先行区", "做大做强“六新六特六优+N”产业", "持续深化重点领域改革", "扎实推进铸牢中华民族共同体意识示范区建设"])],
    post='<p>责任编辑：杨慧</p></div>' + side("图解推荐", ["一图看懂银川首套房公积金新政", "图说宁夏冬季旅游线路"]) + '</div>'
         + newsfoot(["宁夏新闻网版权所有　宁ICP备09000278号", "宁公网安备 64010602000030号"]))

# yw-17 专访 in 问/答 form
add(id="yw-17", kind="news: 专访 问答", style="news",
    tab="专访｜青海省文化和旅游厅负责人谈冬春旅游：让“冷资源”热起来_青海新闻网",
    pre=newshead("青海新闻网", ["首页", "青海要闻", "市州", "专访", "旅游", "视频"], "站内搜索") + '<div class="wrap"><div class="l"><p>首页 &gt; 专访</p>',
    title="专访｜青海省文化和旅游厅负责人谈冬春旅游：让“冷资源”热起来",
    title_html='<h1>专访｜青海省文化和旅游厅负责人谈冬春旅游：让“冷资源”热起来</h1>',
    meta_html='<p class="src"><span>来源：青海日报</span><span>2025-12-08 07:45</span><span>记者　张多钧　实习生　马秀兰</span></p>',
    meta_first=False, ptime="2025-12-08 07:45", authors=["张多钧", "马秀兰"],
    body=["冬春季节是青海旅游传统淡季。如何把冰雪、温泉、民俗等“冷资源”变成“热经济”？记者专访了青海省文化和旅游厅有关负责人。",
          "问：今年冬春旅游有哪些新产品？",
          "答：我们推出了“冰雪青海”“年味河湟”“温泉康养”等8条精品线路，青海湖冬季观鸟、互助土族民俗年会、贵德温泉等产品都做了升级。",
          "问：淡季游客少，景区和民宿怎么坚持下去？",
          "答：我们出台了冬春旅游奖补政策，对冬季持续营业的A级景区和星级民宿给予补助，同时联合航空公司在西宁至主要客源城市航线上推出优惠票价。",
          "问：对游客有什么提醒？",
          "答：高原冬季气温低、昼夜温差大，游客要注意防寒保暖，自驾出行前关注道路结冰预警，合理安排行程。"],
    post='<p>编辑：韩萍　审核：李学军</p></div>' + side("热门专访", ["专访｜西宁市市长谈城市更新", "对话青海湖保护站站长"]) + '</div>'
         + newsfoot(["青海新闻网版权所有　青ICP备05000143号　互联网新闻信息服务许可证63120170001"]))

# yw-18 reprint from 新华网 with 原标题 and 编辑, on a portal
add(id="yw-18", kind="news: 新华网转载 (原标题 编辑)", style="news",
    tab="西藏：高原牧区用上“光储直柔”电力系统_新闻频道_中华网",
    pre=newshead("中华网新闻", ["首页", "国内", "国际", "社会", "财经", "军事", "科技", "图片"], "热搜：冬季供暖") + '<div class="wrap"><div class="l"><p>中华网 &gt; 新闻 &gt; 国内新闻 &gt; 正文</p>',
    title="西藏：高原牧区用上“光储直柔”电力系统",
    title_html='<h1>西藏：高原牧区用上“光储直柔”电力系统</h1>',
    meta_html='<p class="src"><span>2025-11-20 10:12:08</span><span>来源：新华网</span><span>0</span><span>我来说两句</span></p>',
    meta_first=False, ptime="2025-11-20 10:12:08", authors=["田金文", "旦增尼玛曲珠"],
    body=[("raw", "<p>原标题：西藏那曲：牧区用上“光储直柔”电力系统</p>"),
          "新华社拉萨11月19日电（记者 田金文、旦增尼玛曲珠）记者从国网西藏电力有限公司获悉，位于那曲市双湖县的牧区“光储直柔”示范工程近日投运，当地120余户牧民用上了稳定可靠的清洁电力。",
          "双湖县平均海拔5000米以上，是全国海拔最高的县之一。由于地广人稀，牧民居住分散，传统电网延伸成本高、运维难度大。",
          "“光储直柔”系统将光伏发电、储能和直流配电结合在一起，可根据用电需求灵活调节。项目负责人介绍，系统在冬季夜间也能保障取暖和照明用电。",
          "“现在冬天能用电暖器了，孩子晚上写作业也亮堂了。”牧民次旦说。"],
    post='<p>编辑：王佳宁</p><p>声明：本文转载自新华网，版权归原作者所有。</p><p>网友评论</p><p>' + search("文明上网，理性发言", "发表评论") + '</p></div>'
         + side("24小时热闻", ["多地迎来今冬首场降雪", "全国铁路迎来出行高峰", "中欧班列开行突破11万列"]) + '</div>'
         + newsfoot(["中华网版权所有　京ICP证B2-20090059"]))

# yw-19 天山网 city news: 记者 + 通讯员 in info bar
add(id="yw-19", kind="news: 地方新闻网 (记者/通讯员)", style="news",
    tab="哈密：“戈壁光伏+沙漠治理”一举两得-天山网",
    pre=newshead("天山网", ["首页", "新疆新闻", "地州", "经济", "民生", "文旅", "视频"], "请输入") + '<div class="wrap"><div class="l"><p>首页 » 地州 » 哈密</p>',
    title="哈密：“戈壁光伏+沙漠治理”一举两得",
    title_html='<h1>哈密：“戈壁光伏+沙漠治理”一举两得</h1>',
    meta_html='<p class="src">2025-08-27 12:03:41来源：天山网-新疆日报记者：刘萍 通讯员：阿不都沙拉木·买买提 编辑：周晓</p>',
    meta_first=False, ptime="2025-08-27 12:03:41", authors=["刘萍", "阿不都沙拉木·买买提"],
    body=["在哈密市伊州区东南部的戈壁滩上，一排排光伏板整齐排列，板间栽种的梭梭、柽柳已长到半人多高。",
          "这里是哈密“光伏+治沙”示范项目所在地。项目总装机容量100万千瓦，同步实施沙化土地治理2.6万亩。光伏板遮挡阳光、减少蒸发，清洗光伏板的水还能浇灌植被。",
          "项目技术负责人介绍，项目投运以来，区域内地表风速下降约40%，植被覆盖度由不足5%提高到18%。",
          "近年来，哈密市统筹新能源开发和荒漠化治理，已建成类似项目7个，累计治理沙化土地11万亩。"],
    post='</div>' + side("地州新闻", ["吐鲁番葡萄干价格走高", "阿勒泰滑雪季提前开板", "巴州棉花机采率超九成"]) + '</div>'
         + newsfoot(["天山网版权所有　新ICP备12000003号", "新疆互联网违法和不良信息举报电话：0991-2390888"]))

# yw-20 headline under a row of 分享到 buttons
add(id="yw-20", kind="news: 市级媒体 (分享到在标题上方)", style="news",
    tab="赤峰新闻网",
    pre=newshead("赤峰新闻网", ["首页", "赤峰新闻", "旗县区", "民生", "图片"], "搜索") + '<div class="wrap"><div class="l"><p>分享到：<a href="#">微信</a> <a href="#">QQ空间</a> <a href="#">新浪微博</a> <a href="#">复制链接</a></p>',
    title="翁牛特旗小米喜获丰收 订单种植让农民吃下“定心丸”",
    title_html='<h1>翁牛特旗小米喜获丰收 订单种植让农民吃下“定心丸”</h1>',
    meta_html='<p class="src">时间：2025-10-13 09:30　作者：赵宇航　来源：赤峰日报</p>',
    meta_first=False, ptime="2025-10-13 09:30", authors=["赵宇航"],
    body=["金秋十月，翁牛特旗梧桐花镇的谷子地里，收割机来回穿梭，金黄的谷穗被卷入机仓，一派丰收景象。",
          "今年，梧桐花镇与当地两家米业公司签订谷子订单种植面积3.8万亩，企业统一提供种子、技术指导，并以高于市场价的保护价收购。",
          "“种了十几年谷子，头一回不愁卖。”梧桐花村种植户孙志强算了一笔账，他家种的80亩谷子亩产约400斤，按订单价每斤能多卖两毛钱。",
          "据了解，翁牛特旗今年谷子种植面积达到42万亩，带动1.6万户农民增收。"],
    post='<p>编辑：刘畅</p><p>上一篇：<a href="#">赤峰至京沈高铁联络线开工</a>　下一篇：<a href="#">红山区启动冬季供暖</a></p></div>'
         + side("推荐阅读", ["喀喇沁旗旅游收入创新高", "巴林右旗举办那达慕大会"]) + '</div>' + newsfoot(["赤峰新闻网版权所有　蒙ICP备06001582号"]))

# yw-21 breadcrumb 首页 > 新闻中心 > 正文 on two lines, then headline
add(id="yw-21", kind="news: 市级媒体 (两行面包屑)", style="news",
    tab="包头新闻网",
    pre=newshead("包头新闻网", ["首页", "新闻中心", "鹿城", "理论", "视听"], "请输入关键字") + '<div class="wrap"><div class="l"><p>首页 &gt; 新闻中心<br>&gt; 正文</p>',
    title="包头稀土高新区新增3家国家级专精特新“小巨人”企业",
    title_html='<h1>包头稀土高新区新增3家国家级专精特新“小巨人”企业</h1>',
    meta_html='<p class="src">2025.06.03　包头日报　文/王嘉琪 图/李鑫</p>',
    meta_first=False, ptime="2025.06.03", authors=["王嘉琪"],
    body=["日前，工业和信息化部公布第七批专精特新“小巨人”企业名单，包头稀土高新区3家企业入选，全区国家级“小巨人”企业总数达到14家。",
          ("img", "企业生产车间", "图为包头某稀土永磁企业生产车间。李鑫 摄"),
          "此次入选的企业分别从事高性能钕铁硼永磁材料、稀土抛光粉和稀土催化材料的研发生产，均拥有自主核心技术。",
          "近年来，稀土高新区设立专项资金，对首次获评国家级“小巨人”的企业给予一次性奖励，并在技术攻关、人才引进等方面提供支持。"],
    post='</div>' + side("新闻排行", ["包头机场新航季航线公布", "昆都仑区旧小区改造收官"]) + '</div>' + newsfoot(["包头新闻网　蒙ICP备09003112号"]))

# yw-22 中国西藏新闻网, [date], comments, dense related
add(id="yw-22", kind="news: 省级媒体 (评论数)", style="news",
    tab="林芝巴宜区：茶旅融合让藏东南小村富起来",
    pre=newshead("中国西藏新闻网", ["首页", "西藏新闻", "区内要闻", "地市", "图片", "视频"], "搜索") + '<div class="wrap"><div class="l"><p>您现在的位置：首页 &gt; 地市</p>',
    title="林芝巴宜区：茶旅融合让藏东南小村富起来",
    title_html='<h1>林芝巴宜区：茶旅融合让藏东南小村富起来</h1>',
    meta_html='<p class="src">[2025-06-03]　来源：西藏日报　作者：索朗琼珍　<a href="#">评论(12)</a>　<a href="#">收藏</a></p>',
    meta_first=False, ptime="2025-06-03", authors=["索朗琼珍"],
    body=["初夏的林芝市巴宜区更章门巴民族乡，茶园里一片翠绿，游客们在茶农指导下采摘新茶。",
          "更章乡海拔2900多米，气候湿润，是西藏重要的茶叶产区。近年来，当地依托茶园发展采茶体验、茶艺展示、民宿餐饮等业态，去年接待游客超过8万人次。",
          "村民次仁卓嘎把自家房子改成了民宿，“旺季的时候房间天天住满，一年能收入十几万元。”",
          "巴宜区有关负责人表示，将继续做好“茶+旅游”文章，打造藏东南生态茶旅精品线路。"],
    post='<p>相关新闻</p>' + ul(["林芝桃花节吸引游客30万人次", "墨脱石锅产业带动群众增收", "米林市发展特色林下经济", "波密县冰川旅游持续升温", "察隅县茶叶产业步入快车道"])
         + '<p>网友评论 共12条</p><p>' + search("请输入评论内容", "提交") + '</p></div>'
         + side("排行榜", ["拉萨夜游项目上线", "藏历新年假期安排", "日喀则青稞丰收"]) + '</div>' + newsfoot(["中国西藏新闻网版权所有　藏ICP备06000006号"]))

# yw-23 新华社通稿 reprinted on a portal
add(id="yw-23", kind="news: 新华社通稿 门户转载", style="news",
    tab="宁夏启动黄河岸线生态修复工程_网易新闻",
    pre=newshead("网易新闻", ["首页", "国内", "国际", "数读", "军事", "航空"], "搜索网易新闻") + '<div class="wrap"><div class="l">',
    title="宁夏启动黄河岸线生态修复工程",
    title_html='<h1>宁夏启动黄河岸线生态修复工程</h1>',
    meta_html='<p class="src">2025-09-02 18:40:11　来源: <a href="#">新华社</a>　<a href="#">举报</a></p><p class="src">0 <a href="#">分享至</a></p>',
    meta_first=False, ptime="2025-09-02 18:40:11", authors=["靳赫", "马丽娟"],
    body=["新华社银川9月2日电（记者靳赫、马丽娟）宁夏回族自治区2日启动黄河岸线生态修复工程，计划用3年时间完成397公里黄河宁夏段岸线的综合整治。",
          "工程将实施河道疏浚、堤岸加固、滩地湿地恢复和沿岸防护林建设等任务，同步清理整治违规占用河道的建筑物和构筑物。",
          "宁夏水利厅负责人介绍，工程完成后，黄河宁夏段防洪能力将进一步提升，沿岸湿地面积预计增加1.2万亩。"],
    post='<p>本文来源：新华社　责任编辑：张琳_NN1234</p><p>相关推荐</p>' + ul(["黄河流域生态保护规划实施", "甘肃治沙造林新进展", "内蒙古黄河“几字弯”攻坚战"]) + '</div>'
         + side("热点新闻", ["多地发布寒潮预警", "央行最新发布"]) + '</div>' + newsfoot(["©1997-2025 网易公司版权所有"]))

# yw-24 鄂尔多斯 city media, long headline broken in two lines
add(id="yw-24", kind="news: 融媒 (标题两行)", style="news",
    tab="鄂尔多斯新闻网",
    pre=newshead("鄂尔多斯新闻网", ["首页", "本网原创", "旗区", "民生", "视频"], "请输入关键词") + '<div class="wrap"><div class="l"><p>首页 &gt; 本网原创</p>',
    title="鄂托克前旗三段地工作站：“流动党校”开到牧民家门口宣讲政策解难题",
    title_html='<h1>鄂托克前旗三段地工作站：<br>“流动党校”开到牧民家门口宣讲政策解难题</h1>',
    meta_html='<p class="src">2025年12月2日 星期二　鄂尔多斯新闻网　记者 乌日汗</p>',
    meta_first=False, ptime="2025年12月2日 星期二", authors=["乌日汗"],
    body=["冬日的鄂托克前旗三段地工作站，一辆印着“流动党校”字样的面包车驶进巴彦希利嘎查，嘎查党员和牧民早早聚在活动室等候。",
          "“今年草原生态补奖政策有哪些变化？”“冬季牲畜防疫要注意什么？”宣讲员用蒙汉双语一一解答牧民的提问。",
          "据介绍，三段地工作站组建由党员干部、农牧技术员和法律顾问组成的宣讲队，今年以来已开展流动宣讲46场次，帮助牧民解决问题90余件。"],
    post='<p>责任编辑：高娃</p></div>' + side("原创推荐", ["康巴什冰雪节开幕", "准格尔旗煤矿安全专项检查"]) + '</div>' + newsfoot(["鄂尔多斯新闻网　蒙ICP备10001890号"]))
