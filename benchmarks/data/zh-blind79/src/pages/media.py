"""Media pages wb-13 … wb-24 (city/provincial/central media, portals, TV sites, 2 English). Invented."""
from kit import ul, links, crumb, related, img, search
from pages.common import share_gov, qr, prevnext

PAGES = []


def cmts(items):
    """comment list: (user, text, time, place)"""
    out = []
    for u, t, tm, pl in items:
        plh = f'<span class="pl">{pl}</span>' if pl else ""
        out.append(f'<div class="cmt"><span class="u">{u}</span> {plh}'
                   f'<p>{t}</p><span class="tm">{tm}</span> <a href="#">回复</a> <a href="#">赞</a></div>')
    return "".join(out)


# ---------------------------------------------------------------- wb-13 浙江 温州 城市新闻网
PAGES.append(dict(
    id="wb-13", kind="media", lang="zh", region="浙江", site="温州新闻网",
    features="市级新闻网；信息栏一行内：时间（带秒）/来源报纸/记者+通讯员三人/编辑；通讯员两字名“潘正”；图片说明含“记者 X 摄”；网友评论中有其他人名；24小时热榜",
    css="media",
    title=["瓯江口新区首批人才公寓交付　320套房源可拎包入住"],
    authors=["林晓东", "黄梦洁", "潘正"],
    publish_time="2024-08-15 07:48:26",
    mode="p",
    body=[
        ("p", "昨天上午，位于瓯江口新区的首批人才公寓正式交付，首批320套房源面向新区企业引进的高校毕业生、技术骨干开放申请，公寓全部精装修并配齐家具家电，入住人员可“拎包入住”。"),
        ("p", "人才公寓项目总建筑面积约4.6万平方米，由两幢高层住宅和一处配套商业组成，户型以一室一厅、两室一厅为主，面积在45至90平方米之间。公寓内配有共享厨房、健身房、自习室和24小时便利店，距离园区主要企业车程均在10分钟以内。"),
        ("img", "人才公寓样板间", "人才公寓样板间内景。记者 林晓东 摄"),
        ("p", "根据申请办法，在新区企业工作、本人及配偶在温州市区无自有住房的全日制本科及以上学历人才，以及具有中级以上职称或高级工以上职业资格的技能人才均可申请。租金按市场价的六折执行，博士、正高级职称人才入住前三年免租金。"),
        ("p", "“以前住在市区，每天通勤要一个多小时，现在走路就能上班。”在一家新能源企业工作的硕士毕业生吴亦凡是首批拿到钥匙的住户之一，他说，公寓环境比想象中好，周末还能约同事一起在楼下的运动场打球。"),
        ("p", "记者在现场看到，公寓一楼设有智能门禁和快递柜，每层楼配有公共洗衣房。两室一厅的户型可供两名单身人才合租，每人有独立卧室和卫生间。一些企业还为新入职员工统一申请了房源，员工报到当天就能入住。"),
        ("p", "“过去招人，最怕的就是对方问住哪儿。”一家生物医药企业的人事负责人告诉记者，今年公司计划引进研发人员40多名，人才公寓解决了大家的后顾之忧，“这是我们招人时最有说服力的条件之一。”"),
        ("p", "新区人才办有关负责人介绍，今年底前还将交付第二批人才公寓约500套，并同步建设人才服务驿站，为人才提供政策咨询、子女入学、医疗保障等“一站式”服务。"),
    ],
    html="""
<div class="top"><div class="w"><span class="fl">温州新闻网 | 温州日报报业集团主办</span><span class="fr"><a href="#">登录</a> <a href="#">注册</a> <a href="#">手机版</a> <a href="#">数字报</a></span></div></div>
<div class="masthead"><div class="w"><span class="logo">温州新闻网</span> """ + search("请输入关键字") + """</div></div>
<div class="w channel">""" + links(["首页", "温州", "时政", "县域", "民生", "财经", "教育", "文体", "视频", "图片", "评论"], sep=" ") + """</div>
<div class="w">
""" + crumb(["温州新闻网", "温州", "正文"], label="", sep=" &gt; ") + """
<div class="main">
<h1 class="t">{{TITLE}}</h1>
<div class="infobar"><span>{{TIME}}</span><span>来源：温州日报</span><span>记者 林晓东 通讯员 黄梦洁 潘正</span><span>编辑：陈宇</span></div>
<div class="text">
{{BODY}}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="box"><h4>网友评论</h4>
""" + cmts([("瓯江边的风", "希望第二批早点交付，市区的房租太贵了。", "2024-08-15 09:12", "浙江温州"),
             ("陈建国", "配套不错，就是公交线路还要多开几条。", "2024-08-15 10:40", "浙江温州"),
             ("小麦穗", "博士免租三年，力度很大！", "2024-08-15 12:03", "")]) + """
<p><a href="#">查看更多评论</a></p></div>
<div class="box"><h4>相关新闻</h4>""" + ul(["瓯江口新区今年新引进高层次人才186名", "温州出台青年人才安居新政", "瓯江口新区产业园二期开工"], "rel") + """</div>
</div>
<div class="side">
<div class="box"><h4>24小时热榜</h4><ol><li>温州地铁S2线最新进展</li><li>市区这些路段今起限行</li><li>高温持续！温州发布橙色预警</li><li>今年温州中考分数线公布</li></ol></div>
<div class="box"><h4>扫码关注</h4>""" + img("温州新闻网微信公众号二维码", 120, 120) + """<p>温州新闻网微信公众号</p></div>
</div>
</div>
<div class="copyright">
<p><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | <a href="#">版权声明</a></p>
<p>温州新闻网版权所有，未经书面授权禁止使用</p>
<p>浙ICP备05016732号-1　浙公网安备 33030202000418号　互联网新闻信息服务许可证：33120170009</p>
<p>违法和不良信息举报电话：0577-88963215</p>
</div>
""",
))

# ---------------------------------------------------------------- wb-14 上海 东方网 式门户
PAGES.append(dict(
    id="wb-14", kind="media", lang="zh", region="上海", site="东方网",
    features="上海门户；作者只在首段“东方网记者包晓琳5月12日报道：”；信息栏有选稿（编辑，不是作者）；带秒时间；相关作者为零；右栏热点",
    css="media",
    extra_css=".masthead{border-color:#0050a0}.masthead .logo{color:#0050a0}",
    title=["徐汇滨江新增3公里亲水步道　周末起全线开放"],
    authors=["包晓琳"],
    publish_time="2024-05-12 14:21:07",
    mode="p",
    body=[
        ("p", "东方网记者包晓琳5月12日报道：记者今天从徐汇区获悉，徐汇滨江龙华港至关港段新建的3公里亲水步道已完成建设，将于本周六起全线对市民开放。至此，徐汇滨江公共开放空间总长度达到11.4公里。"),
        ("p", "新开放的步道紧贴黄浦江岸线，最近处离水面仅1.2米。步道沿线保留了原有的码头缆桩、轨道等工业遗存，并新设观景平台4处、休憩驿站2座。驿站内提供饮用水、充电、医疗急救箱等便民服务，并设置了母婴室。"),
        ("p", "为方便市民夜间游览，步道全段安装了景观照明，开放时间为每天6:00至22:00。在关港附近，还新建了一处约6000平方米的滨江草坪，可供市民露营野餐。徐汇区有关负责人表示，露营区将实行“无痕露营”管理，不设固定帐篷位，请市民自觉带走垃圾。"),
        ("p", "据悉，下一步徐汇滨江将继续向南延伸，与闵行区滨江岸线贯通，预计明年底前形成连续的滨江慢行系统。"),
    ],
    html="""
<div class="top"><div class="w"><span class="fl">东方网 首页 新闻 评论 财经 体育 文化</span><span class="fr"><a href="#">登录</a> <a href="#">东方新闻APP</a></span></div></div>
<div class="masthead"><div class="w"><span class="logo">东方网 · 上海</span> """ + search("搜索") + """</div></div>
<div class="w channel">""" + links(["首页", "上海", "国内", "国际", "评论", "财经", "文化", "视频", "专题"], sep=" ") + """</div>
<div class="w">
""" + crumb(["东方网", "新闻", "上海新闻"], label="", sep=" &gt;&gt; ") + """
<div class="main">
<h1 class="t">{{TITLE}}</h1>
<div class="infobar"><span>{{TIME}}</span><span>来源：东方网</span><span>选稿：张一凡</span><span class="share">字号：<a href="#">大</a> <a href="#">小</a></span></div>
<div class="text">
{{BODY}}
</div>
<div class="share">分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
<div class="box"><h4>相关新闻</h4>""" + ul(["上海今年将新增滨水公共空间20公里", "杨浦滨江南段再添两座跨河桥", "周末去哪儿？这份滨江漫步地图请收好"], "rel") + """</div>
</div>
<div class="side">
<div class="box"><h4>热点推荐</h4><ol><li>申城今夏首个高温日来了？</li><li>地铁19号线最新进展</li><li>五一假期上海接待游客超千万人次</li></ol></div>
</div>
</div>
<div class="copyright">
<p>东方网版权所有　沪ICP证：沪B2-20110017　沪公网安备31010602000012号</p>
<p>互联网新闻信息服务许可证：31120180003　违法和不良信息举报电话：021-60850000</p>
</div>
""",
))

# ---------------------------------------------------------------- wb-15 江西 省级媒体 网站
PAGES.append(dict(
    id="wb-15", kind="media", lang="zh", region="江西", site="中国江西网",
    features="省级媒体网站转载党报稿；首段“本报南昌讯（记者 邹　婷 通讯员 熊文杰、余　丹）”（全角空格名）留在正文；信息栏只有时间/来源/责任编辑；文末【责任编辑：】；小标题",
    css="media",
    extra_css=".masthead{border-color:#b5121b}",
    title=["南昌地铁4号线开通运营一周年　日均客流突破28万人次"],
    authors=["邹婷", "熊文杰", "余丹"],
    publish_time="2024-09-03 06:58",
    mode="u3000",
    body=[
        ("p", "本报南昌讯（记者 邹　婷 通讯员 熊文杰、余　丹）9月1日，南昌地铁4号线迎来开通运营一周年。记者从南昌轨道交通集团获悉，一年来4号线累计运送乘客超过1亿人次，日均客流突破28万人次，最高单日客流达到46.3万人次。"),
        ("h", "串起城市东西两岸"),
        ("p", "4号线全长39.6公里，设站29座，串联起红谷滩、九龙湖、青山湖、高新区等重要片区。开通后，从九龙湖到高新区的公共交通出行时间由原来的近两个小时缩短到1小时左右。"),
        ("p", "“以前上班要转两趟公交，现在坐地铁一趟就到，每天能多睡半小时。”家住九龙湖、在高新区上班的市民万先生说。"),
        ("h", "服务持续升级"),
        ("p", "运营一年来，4号线不断优化服务：早晚高峰最小行车间隔压缩至5分钟；在客流较大的站点增设自助售票机和进出闸机；全线车站实现“一码通行”，乘客可使用多种移动支付方式乘车。此外，各站还设置了“爱心预约”服务，为老年人、残障人士等提供接送站帮助。"),
        ("h", "沿线片区加快发展"),
        ("p", "地铁带来的不只是出行便利。记者走访发现，4号线沿线多个站点周边商业配套明显增加，新开业的商场、社区超市和餐饮门店不断涌现。九龙湖片区一位商户说，地铁开通后店里客流增加了三成左右，周末尤其明显。"),
        ("p", "南昌轨道交通集团有关负责人表示，下一步将继续根据客流变化调整运行图，并推进4号线与公交线路的接驳优化，让市民出行更加便捷。"),
    ],
    html="""
<div class="top"><div class="w"><span class="fl">江西日报社主管主办</span><span class="fr"><a href="#">江西日报</a> | <a href="#">江南都市报</a> | <a href="#">江西手机报</a></span></div></div>
<div class="masthead"><div class="w"><span class="logo">中国江西网</span> """ + search("搜索新闻") + """</div></div>
<div class="w channel">""" + links(["首页", "江西新闻", "南昌", "时政", "民生", "经济", "文旅", "图片", "视频", "网评"], sep=" ") + """</div>
<div class="w">
""" + crumb(["首页", "江西新闻", "正文"], label="当前位置：", sep=" &gt; ") + """
<div class="main">
<h1 class="t">{{TITLE}}</h1>
<div class="infobar"><span>{{TIME}}</span><span>来源：江西日报</span><span>责任编辑：万晓</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="text">
{{BODY}}
</div>
<p class="editor">【责任编辑：万晓】</p>
<div class="share">分享到：<a href="#">微信</a> <a href="#">QQ空间</a> <a href="#">新浪微博</a></div>
<div class="box"><h4>推荐阅读</h4>""" + ul(["南昌新增3条公交接驳线", "赣州至深圳高铁客流持续增长", "九江长江大桥夜景灯光秀开演"], "rel") + """</div>
</div>
<div class="side"><div class="box"><h4>图片新闻</h4>""" + img("滕王阁秋色", 280, 160) + """<p>滕王阁秋色</p></div></div>
</div>
<div class="copyright">
<p>中国江西网版权所有 · 未经授权禁止复制或建立镜像</p>
<p>赣ICP备05003621号　赣公网安备 36010902000131号　互联网新闻信息服务许可证：36120170001</p>
</div>
""",
))

# ---------------------------------------------------------------- wb-16 内蒙古 广播电视台 视频新闻
PAGES.append(dict(
    id="wb-16", kind="media", lang="zh", region="内蒙古", site="内蒙古广播电视台",
    features="广电网站视频新闻；栏目名+日期行在标题上方；视频播放器文字；文稿后署名块：记者（两位蒙古族名）/摄像/编辑/责编/审核，作者只算记者；相关视频带时长",
    css="media_modern",
    extra_css=".player{height:380px;background:#111;color:#ccc;text-align:center;line-height:380px;margin:16px 0}.prog{color:#888;font-size:14px}",
    title=["锡林郭勒盟：冬储饲草料储备超过需求量的一成"],
    authors=["巴特尔", "苏日娜"],
    publish_time="2024-10-21 20:15",
    mode="p",
    body=[
        ("p", "【导语】眼下，锡林郭勒草原进入冬储饲草料关键时期。记者从盟农牧局了解到，截至目前，全盟已储备各类饲草料超过52亿斤，超过冬春季需求量的一成，为牲畜安全越冬提供了保障。"),
        ("p", "【正文】在西乌珠穆沁旗巴拉嘎尔高勒镇的一处打草场，几台打捆机来回作业，一捆捆牧草整齐地码放在草场上。牧民孟克吉日嘎拉告诉记者，今年雨水好，打草量比去年多了三成，家里300多头牛的草料已经备足了。"),
        ("p", "为确保饲草料储备充足，锡林郭勒盟提前组织各旗县市区开展饲草料需求摸底，建立盟、旗、苏木三级饲草料储备库，并在交通便利的地方设立应急饲草料储备点56个。同时，积极引导牧民开展全株青贮、秸秆转化等，拓宽饲草料来源。"),
        ("p", "【同期】锡林郭勒盟农牧局畜牧科科长：“我们现在还在组织调运，确保每个苏木镇都有应急储备，一旦出现雪灾，24小时之内就能把草料送到牧户手里。”"),
        ("p", "据了解，锡林郭勒盟还将加强天气监测预警，做好暖棚、棚圈维修等准备工作，全力确保牲畜安全越冬。"),
    ],
    html="""
<div class="hd"><span class="logo">奔腾融媒 · 内蒙古广播电视台</span>""" + links(["首页", "新闻", "直播", "点播", "节目", "专题", "蒙古语"], sep=" ") + search("搜索节目") + """</div>
<div class="col">
""" + crumb(["首页", "新闻", "内蒙古新闻联播"], label="", sep=" / ") + """
<p class="prog">《内蒙古新闻联播》　{{TIME}}</p>
<h1 class="t">{{TITLE}}</h1>
<div class="player">视频加载中……　00:00 / 02:36　▶ 播放　全屏</div>
<div class="by"><span>播放量 3.2万</span><span>点赞 418</span></div>
<div class="text">
{{BODY}}
</div>
<div class="credits" style="color:#666;font-size:14px;line-height:26px">记者：巴特尔　苏日娜<br>摄像：王志刚<br>编辑：赵璐　责编：娜仁　审核：韩东升</div>
<div class="authorbox"><h4>相关视频</h4>""" + ul(["呼伦贝尔：秋收进入尾声 02:14", "阿拉善：骆驼那达慕热闹开赛 03:05", "赤峰：特色农产品走俏市场 01:58"], "rel") + """</div>
</div>
<div class="ft">
<p>内蒙古广播电视台版权所有　蒙ICP备05001276号-2　蒙公网安备 15010502000218号</p>
<p>信息网络传播视听节目许可证：1502002　广播电视节目制作经营许可证：（蒙）字第00017号</p>
</div>
""",
))

# ---------------------------------------------------------------- wb-17 新华网 内蒙古频道
PAGES.append(dict(
    id="wb-17", kind="media", lang="zh", region="内蒙古", site="新华网",
    features="中央媒体地方频道；电头“新华社呼和浩特10月8日电（记者乌兰图雅、贺秋实）”在首段；图片说明“新华社记者 X 摄”（摄影师非作者）；【纠错】责任编辑；带秒时间与来源同行；热帖列表带日期",
    css="media",
    extra_css=".masthead{border-color:#d0111b}",
    title=["内蒙古首条零碳物流走廊试运行"],
    authors=["乌兰图雅", "贺秋实"],
    publish_time="2024-10-08 19:42:06",
    mode="u3000",
    body=[
        ("p", "新华社呼和浩特10月8日电（记者乌兰图雅、贺秋实）8日，连接鄂尔多斯市和包头市的零碳物流走廊开始试运行。首批20辆氢燃料电池重卡从鄂尔多斯一处煤化工园区出发，满载化工产品驶向包头的铁路物流基地。"),
        ("p", "这条物流走廊全长约160公里，沿线布设加氢站4座、换电站6座，主要服务园区之间的大宗物资短途运输。据测算，走廊全面运营后，每年可减少二氧化碳排放约12万吨。"),
        ("img", "氢燃料电池重卡驶出园区", "10月8日，氢燃料电池重卡驶出鄂尔多斯一处化工园区。新华社记者 田　野 摄"),
        ("p", "“一辆氢能重卡加满氢气约需15分钟，可以跑400公里左右，完全能满足往返需求。”运营企业负责人说，车辆使用的氢气来自当地风光制氢项目，实现了从制氢到用氢的全链条绿色化。"),
        ("p", "记者在位于包头的铁路物流基地看到，完成卸货的氢能重卡正排队驶入附近的加氢站。司机王海军说，氢能重卡噪音小、动力足，驾驶起来比柴油车更舒服。"),
        ("p", "近年来，内蒙古依托丰富的风能、太阳能资源，加快发展风光制氢产业。目前，全区已建成和在建的风光制氢项目超过30个，氢燃料电池汽车推广应用数量超过1000辆。"),
    ],
    html="""
<div class="top"><div class="w">新华网 | 内蒙古频道　　<a href="#">客户端</a> <a href="#">新华社</a> <a href="#">新华网首页</a></div></div>
<div class="masthead"><div class="w"><span class="logo">新华网 内蒙古频道</span></div></div>
<div class="w channel">""" + links(["首页", "时政", "经济", "社会", "文旅", "生态", "图片"], sep=" ") + """</div>
<div class="w">
<div class="main">
<p style="color:#999">新华网 &gt; 内蒙古 &gt; 正文</p>
<h1 class="t">{{TITLE}}</h1>
<div class="infobar"><span>{{TIME}}</span><span>来源： 新华网</span></div>
<div class="share">关注新华网　<a href="#">微信</a> <a href="#">微博</a> <a href="#">Qzone</a></div>
<div class="text">
{{BODY}}
</div>
<div class="editor">【纠错】 责任编辑： 李　默</div>
<div class="box"><h4>热帖</h4>
<ul><li><a href="#">草原深处的“牧民夜校”</a><span class="d">2024-10-07 16:20:13</span></li><li><a href="#">黄河几字弯上的新能源基地</a><span class="d">2024-10-06 10:05:42</span></li></ul></div>
</div>
</div>
<div class="copyright"><p>Copyright © 2000-2024 XINHUANET.com All Rights Reserved.</p><p>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</p></div>
""",
))

# ---------------------------------------------------------------- wb-18 English, Zhejiang
PAGES.append(dict(
    id="wb-18", kind="media", lang="en", region="浙江", site="China Daily Zhejiang",
    features="English page of a Chinese outlet's regional channel; byline line 'By A in Hangzhou and B' with outlet and 'Updated:' time; photo credit '[Photo by …/For …]' (not an author); related stories",
    css="en",
    title=["Zhejiang villages turn bamboo waste into income"],
    authors=["Fang Yiwen", "Zhou Jie"],
    publish_time="2024-11-26 16:05",
    mode="p",
    body=[
        ("p", "Bamboo offcuts that used to be burned or left to rot are becoming a source of income for villagers in Anji county, Zhejiang province."),
        ("img", "Workers sort bamboo offcuts", "Workers sort bamboo offcuts at a processing plant in Anji county. [Photo by Lin Hao/For chinadaily.com.cn]"),
        ("p", "At a plant in Tianhuangping town, the offcuts are pressed into boards and pellets. Manager Xu Liang said the plant buys about 30,000 metric tons a year from local farmers."),
        ("p", "\"Families used to pay to get rid of it. Now they earn around 400 yuan ($55) a ton,\" Xu said."),
        ("h", "More jobs nearby"),
        ("p", "The county has set up 18 collection points since last year, and about 1,200 residents now work in sorting and transport."),
        ("p", "Officials said they hope to double processing capacity by 2026."),
    ],
    html="""
<div class="w">
<div class="masthead">CHINA DAILY <span style="font-size:16px">Zhejiang</span></div>
<div class="sections">""" + links(["Home", "Zhejiang News", "Business", "Culture", "Travel", "Photos", "Video"], sep=" ") + """</div>
<p style="font-family:Arial;font-size:12px;color:#888">Home / Zhejiang News</p>
<h1>{{TITLE}}</h1>
<p class="byline">By Fang Yiwen in Hangzhou and Zhou Jie | chinadaily.com.cn | Updated: {{TIME}}</p>
<div class="share" style="font-family:Arial;font-size:12px">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
<div class="story">
{{BODY}}
</div>
""" + related("Related stories", ["Anji's white tea growers tap livestream sales", "Hangzhou expands trash-sorting rewards", "Zhejiang rolls out rural e-commerce training"]) + """
</div>
<div class="foot"><p>Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p>京ICP备13028878号-6</p></div>
""",
))

# ---------------------------------------------------------------- wb-19 English, Shanghai, wire copy
PAGES.append(dict(
    id="wb-19", kind="media", lang="en", region="上海", site="SHINE",
    features="English city news site republishing wire copy: 'Source: Xinhua | Editor: …' with time first ('18:30 UTC+8, 2025-01-09'); dateline '(Xinhua) --' in first paragraph; no author; related list prints other writers' bylines",
    css="en",
    extra_css=".masthead{color:#e21c2a;border-color:#e21c2a}",
    title=["Shanghai opens first cross-river ferry for cyclists"],
    authors=[],
    publish_time="18:30 UTC+8, 2025-01-09",
    mode="p",
    body=[
        ("p", "SHANGHAI, Jan. 9 (Xinhua) -- A ferry line for cyclists across the Huangpu River started operating on Thursday in Shanghai."),
        ("p", "The line links the Yangpu and Pudong riversides. Each boat carries up to 60 bicycles and 120 passengers, and the crossing takes about six minutes."),
        ("p", "Boats run every 15 minutes during rush hours. A one-way trip costs 2 yuan (about 0.27 U.S. dollars), with no extra fee for a bicycle."),
        ("p", "The city's ferry operator said the line was opened after riverside residents asked for an easier way to cross the river."),
        ("p", "Shanghai now has 18 ferry lines across the Huangpu River."),
    ],
    html="""
<div class="w">
<div class="masthead">SHINE <span style="font-size:14px;color:#666">Shanghai Daily</span></div>
<div class="sections">""" + links(["Metro", "Nation", "World", "Biz", "Opinion", "Feature", "Sport"], sep=" ") + """ """ + search("Search", "Go") + """</div>
<p style="font-family:Arial;font-size:12px;color:#888">Metro</p>
<h1>{{TITLE}}</h1>
<p class="byline">Source: Xinhua | Editor: Hu Ruyi | {{TIME}}</p>
<div class="story">
{{BODY}}
</div>
<div class="tags" style="font-family:Arial;font-size:13px">Tags: <a href="#">Huangpu River</a> <a href="#">Ferry</a> <a href="#">Cycling</a></div>
<div class="related"><h4>You may also like</h4>
<ul><li><a href="#">Riverside trail gets new night lights</a> <span>By Yang Jian</span></li>
<li><a href="#">Metro Line 21 to begin trial runs</a> <span>By Li Qian</span></li>
<li><a href="#">Bike-share use hits record high</a> <span>By Ke Jiayun</span></li></ul></div>
</div>
<div class="foot"><p>Copyright © 2025 Shanghai Daily. All rights reserved.</p><p>沪ICP证：沪ICP备05050403号-1　互联网新闻信息服务许可证：31120180004</p></div>
""",
))

# ---------------------------------------------------------------- wb-20 浙江 绍兴 广电 网站
PAGES.append(dict(
    id="wb-20", kind="media", lang="zh", region="浙江", site="绍兴网络广播电视台",
    features="城市广电网站；日期时间在标题上方“2024年12月03日 19:32　来源：绍兴新闻联播”；记者在信息栏与摄像同列（摄像非作者）；播放器文字；相关视频时长；无障碍入口",
    css="media",
    extra_css=".masthead{border-color:#0a7d5a}.masthead .logo{color:#0a7d5a}.player{height:300px;background:#000;color:#bbb;text-align:center;line-height:300px}",
    title=["绍兴古城“微改造”让老台门焕新颜"],
    authors=["孙迪"],
    publish_time="2024年12月03日 19:32",
    mode="p",
    body=[
        ("p", "走进越城区书圣故里历史街区，青石板路干净整洁，一座座老台门粉墙黛瓦、修旧如旧。今年以来，绍兴古城以“微改造、精提升”为思路，完成了32处老台门的保护修缮。"),
        ("p", "与大拆大建不同，“微改造”更注重保留原有的空间格局和历史风貌。施工队伍采用传统工艺修补木构件、石门框，尽量使用老材料；对台门内居民关心的漏雨、电线老化、排水不畅等问题，则同步进行改造。"),
        ("p", "住在戒珠寺附近一座台门里的陈阿婆已经八十多岁，她说：“房子还是老样子，可住着舒服多了。以前一下雨就要拿盆接水，现在再也不用了。”"),
        ("p", "在修缮过程中，街道还专门成立了由居民代表、老工匠和规划设计人员组成的议事小组，修缮方案先拿到台门里和居民商量，大家同意了再动工。“改哪里、怎么改，我们自己也能说上话。”居民金师傅说。"),
        ("p", "越城区古城保护利用中心负责人介绍，修缮后的部分台门还引入了非遗工作室、社区书房等业态，既留住了老街坊，也吸引了年轻人。明年，古城将再推进40处台门的保护修缮工作。"),
    ],
    html="""
<div class="top"><div class="w"><span class="fl">绍兴网络广播电视台</span><span class="fr"><a href="#">无障碍</a> <a href="#">直播</a> <a href="#">下载越牛新闻</a></span></div></div>
<div class="masthead"><div class="w"><span class="logo">绍兴广电新闻网</span></div></div>
<div class="w channel">""" + links(["首页", "新闻", "直播", "点播", "专题", "越牛视频"], sep=" ") + """</div>
<div class="w">
<div class="main">
""" + crumb(["首页", "新闻", "本地"], label="当前位置：", sep=" &gt; ") + """
<p class="infobar" style="border:0;padding:0">{{TIME}}　来源：绍兴新闻联播</p>
<h1 class="t">{{TITLE}}</h1>
<div class="player">▶　00:00 / 02:08</div>
<div class="infobar"><span>记者：孙　迪</span><span>摄像：钱程远</span><span>编辑：沈佳</span></div>
<div class="text">
{{BODY}}
</div>
<div class="share">分享至：<a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a></div>
<div class="box"><h4>相关视频</h4>""" + ul(["柯桥：轻纺城迎来外贸旺季 01:45", "上虞：曹娥江畔新添城市书房 02:20", "诸暨：珍珠产业直播带货火热 01:58"], "rel") + """</div>
</div>
</div>
<div class="copyright"><p>绍兴市广播电视总台（绍兴市广播电视集团）版权所有</p><p>浙ICP备09013825号-1　浙公网安备 33060202000327号　信息网络传播视听节目许可证：1105023</p></div>
""",
))

# ---------------------------------------------------------------- wb-21 人民网 上海频道
PAGES.append(dict(
    id="wb-21", kind="media", lang="zh", region="上海", site="人民网",
    features="中央媒体地方频道；日期与来源粘连“2025年03月07日17:16 | 来源：人民网－上海频道”；电头“人民网上海3月7日电 （记者严佳蕾）”在首段；文末(责编：…、…)；分享让更多人看到",
    css="media",
    extra_css=".masthead{border-color:#c00}",
    title=["上海发布首批“15分钟就业服务圈”示范点"],
    authors=["严佳蕾"],
    publish_time="2025年03月07日17:16",
    mode="p",
    body=[
        ("p", "人民网上海3月7日电 （记者严佳蕾）记者从上海市人力资源和社会保障局获悉，上海日前发布首批30个“15分钟就业服务圈”示范点，覆盖全市16个区。"),
        ("p", "“15分钟就业服务圈”依托社区党群服务中心、社区事务受理中心等场所，为居民提供岗位推荐、职业指导、技能培训、创业咨询等就近服务。各示范点每周至少发布一次岗位信息，每月至少举办一次小型招聘活动。"),
        ("p", "在长宁区新华路街道的示范点，求职者可以通过自助终端查询岗位、预约面试，还能参加“职场导师”一对一辅导。街道工作人员介绍，示范点自去年试运行以来，已帮助400多名居民实现就业。"),
        ("p", "记者了解到，示范点还针对高校毕业生、长期失业人员、就业困难人员等重点群体，提供“一人一档”跟踪服务。对有创业意愿的居民，示范点可协助办理创业担保贷款和场地补贴申请。"),
        ("p", "上海市人社局相关负责人表示，今年将继续扩大覆盖面，力争到年底建成示范点100个，让群众在家门口就能找到合适的工作。"),
    ],
    html="""
<div class="top"><div class="w"><a href="#">人民网首页</a> | <a href="#">上海频道</a> | <a href="#">人民日报</a> | <a href="#">手机人民网</a></div></div>
<div class="masthead"><div class="w"><span class="logo">人民网 · 上海频道</span></div></div>
<div class="w channel">""" + links(["首页", "要闻", "区县", "经济", "社会", "文化", "教育", "图片"], sep=" ") + """</div>
<div class="w"><div class="main">
<p style="color:#999"><a href="#">人民网</a>&gt;&gt;<a href="#">上海频道</a>&gt;&gt;<a href="#">要闻</a></p>
<h1 class="t">{{TITLE}}</h1>
<div class="infobar">{{TIME}} | 来源：<a href="#">人民网－上海频道</a></div>
<div class="text">
{{BODY}}
</div>
<p class="editor">(责编：许晨、陈丹阳)</p>
<div class="share">分享让更多人看到　<a href="#">微信</a> <a href="#">微博</a></div>
<div class="box"><h4>推荐阅读</h4>""" + ul(["上海发布促进青年就业若干措施", "沪上高校毕业生春招季启动", "这个春天，在上海找工作有哪些新渠道？"], "rel") + """</div>
<p><a href="#">返回顶部</a></p>
</div></div>
<div class="copyright"><p>人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务</p><p>人民网版权所有，未经书面授权禁止使用</p><p>Copyright © 1997-2025 by www.people.com.cn. all rights reserved</p></div>
""",
))

# ---------------------------------------------------------------- wb-22 江西 赣州 城市媒体 网站
PAGES.append(dict(
    id="wb-22", kind="media", lang="zh", region="江西", site="客家新闻网",
    features="城市媒体网站；信息栏“作者：记者 刘佳琪 实习生 温  馨”（两个不换行空格）（实习生算作者）与来源/编辑同行；正文含数据表（表头+行）；图片说明；编辑与审核在文末",
    css="media",
    extra_css=".masthead{border-color:#e07b00}.masthead .logo{color:#e07b00}",
    title=["上半年赣州脐橙线上销售额同比增长两成"],
    authors=["刘佳琪", "温馨"],
    publish_time="2024-07-22 08:36",
    mode="p",
    body=[
        ("p", "记者日前从市商务局获悉，今年上半年，赣州脐橙及其深加工产品实现网络零售额18.7亿元，同比增长21.3%，带动2.6万余名果农和从业人员增收。"),
        ("p", "今年以来，我市持续推进“赣南脐橙”品牌电商化，组织开展直播带货培训46场，培育本土带货主播300余名，并在主要产区建设冷链仓储中心，缩短产品从果园到消费者的时间。"),
        ("table", [["县（市、区）", "网络零售额（亿元）", "同比增长"],
                   ["信丰县", "4.2", "24.6%"],
                   ["安远县", "3.1", "19.8%"],
                   ["寻乌县", "2.9", "22.1%"],
                   ["其他县（市、区）", "8.5", "20.4%"]]),
        ("p", "在信丰县一家电商企业的直播间，主播正向网友介绍脐橙果脯、脐橙酒等深加工产品。企业负责人说：“鲜果有季节性，深加工产品一年四季都能卖，现在占到我们销售额的四成。”"),
        ("img", "直播间里主播推介脐橙深加工产品", "主播在直播间推介脐橙深加工产品。"),
        ("p", "在寻乌县，冷链仓储中心的建成让脐橙销售季延长了两个多月。仓库负责人介绍，经过预冷、分选后的脐橙可以在恒温库中保存到次年五月，错峰上市的脐橙每斤能多卖五毛到一块钱。"),
        ("p", "市商务局有关负责人表示，下半年将重点支持企业拓展海外电商渠道，推动赣南脐橙“出海”。"),
    ],
    html="""
<div class="top"><div class="w"><span class="fl">赣南日报社主办</span><span class="fr"><a href="#">赣南日报数字报</a> <a href="#">赣州晚报</a> <a href="#">登录</a></span></div></div>
<div class="masthead"><div class="w"><span class="logo">客家新闻网</span> """ + search() + """</div></div>
<div class="w channel">""" + links(["首页", "赣州新闻", "县域", "民生", "经济", "文化", "图片", "视频"], sep=" ") + """</div>
<div class="w"><div class="main">
""" + crumb(["首页", "赣州新闻", "经济"], label="您当前的位置 ：", sep=" &gt; ") + """
<h1 class="t">{{TITLE}}</h1>
<div class="infobar"><span>来源：赣南日报</span><span>作者：记者 刘佳琪 实习生 温&nbsp;&nbsp;馨</span><span>发布时间：{{TIME}}</span></div>
<div class="text">
{{BODY}}
</div>
<p class="editor">编辑：朱丽娟　审核：黄东平</p>
<div class="share">分享：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="box"><h4>相关阅读</h4>""" + ul(["赣南脐橙获评全国十佳区域公用品牌", "寻乌建成脐橙冷链物流中心", "安远县举办电商直播大赛"], "rel") + """</div>
</div></div>
<div class="copyright"><p>客家新闻网版权所有　赣ICP备07004528号　赣公网安备 36070202000287号</p><p>互联网新闻信息服务许可证：36120170005　举报电话：0797-8121325</p></div>
""",
))

# ---------------------------------------------------------------- wb-23 内蒙古 正北方网 式门户，无作者
PAGES.append(dict(
    id="wb-23", kind="media", lang="zh", region="内蒙古", site="正北方网",
    features="自治区新闻门户；无作者（“正北方网讯”开头，只有来源与编辑）；评论区列出多位网友昵称与地区；相关新闻；关注二维码",
    css="media",
    extra_css=".masthead{border-color:#1565c0}.masthead .logo{color:#1565c0}",
    title=["内蒙古今年将新建改造农村牧区公路3000公里"],
    authors=[],
    publish_time="2025-02-14 10:12",
    mode="u3000",
    body=[
        ("p", "正北方网讯 近日，记者从自治区交通运输厅获悉，2025年内蒙古计划新建改造农村牧区公路3000公里，重点推进自然村（组）通硬化路、嘎查村通双车道公路和乡村旅游路建设。"),
        ("p", "据介绍，今年的建设任务将向边境地区和偏远牧区倾斜，其中边境旗市安排建设里程约900公里。同时，将实施农村牧区公路危桥改造120座，完善安全生命防护工程2000公里。"),
        ("p", "在管理养护方面，全区将继续深化“路长制”，推动县、乡、村三级路长责任落实，力争年底前农村牧区公路优良中等路率达到85%以上。交通运输部门还将推进客货邮融合发展，在有条件的苏木乡镇建设综合运输服务站，让农牧民寄快递、坐班车更方便。"),
        ("p", "自治区交通运输厅有关负责人表示，农村牧区公路是服务农牧民出行的“毛细血管”，将通过建设、管理、养护、运营协调发展，为乡村振兴提供更好的交通保障。"),
    ],
    html="""
<div class="top"><div class="w"><span class="fl">正北方网 · 内蒙古新闻门户</span><span class="fr"><a href="#">蒙古文版</a> <a href="#">English</a> <a href="#">登录</a></span></div></div>
<div class="masthead"><div class="w"><span class="logo">正北方网</span> """ + search("输入关键词") + """</div></div>
<div class="w channel">""" + links(["首页", "内蒙古新闻", "盟市", "时政", "经济", "社会", "网评", "视频"], sep=" ") + """</div>
<div class="w"><div class="main">
<h1 class="t">{{TITLE}}</h1>
<div class="infobar"><span>{{TIME}}</span><span>来源：正北方网</span><span>编辑：其木格</span></div>
<div class="text">
{{BODY}}
</div>
<div class="box"><h4>网友评论（3）</h4>
""" + cmts([("草原上的小马驹", "我们嘎查的路去年修好了，拉草方便多了！", "02-14 11:02", "内蒙古锡林郭勒"),
             ("赵海军", "希望阿拉善这边也多安排一些。", "02-14 13:25", "内蒙古阿拉善"),
             ("阿拉坦仓", "点赞，通双车道太需要了。", "02-14 15:47", "内蒙古通辽")]) + """
</div>
<div class="box"><h4>相关新闻</h4>""" + ul(["内蒙古农村牧区公路总里程突破17万公里", "包头至银川高铁内蒙古段有新进展", "呼和浩特新机场航站楼封顶"], "rel") + """</div>
</div>
<div class="side"><div class="box"><h4>关注我们</h4>""" + img("正北方网官方微信", 120, 120) + """<p>扫码关注正北方网</p></div></div>
</div>
<div class="copyright"><p>正北方网版权所有　蒙ICP备09002853号　蒙公网安备 15010202000173号</p><p>互联网新闻信息服务许可证：15120170001</p></div>
""",
))

# ---------------------------------------------------------------- wb-24 浙江 省级客户端网页 2025
PAGES.append(dict(
    id="wb-24", kind="media", lang="zh", region="浙江", site="潮新闻",
    features="2025 省级客户端网页版；正文第一行是单独的署名行“潮新闻客户端 记者 X 共享联盟·淳安 Y”（不入正文）；作者卡片只显示渠道与时间；“记者其他文章”与“推荐作者”框列出他人姓名；评论区昵称",
    css="media_modern",
    title=["千岛湖“渔民转岗”十年：从撒网捕鱼到湖上护水"],
    authors=["林婧", "方晓航"],
    publish_time="2025-03-30 08:52",
    mode="p",
    body=[
        ("x", '<p class="byl" style="color:#666;font-size:15px">潮新闻客户端 记者 林婧 共享联盟·淳安 方晓航</p>'),
        ("p", "清晨六点，千岛湖上薄雾未散，王建华已经驾着保洁船出发了。他的任务是沿着划定的水域巡查，打捞水面漂浮物，记录水质异常情况。“以前在湖上抓鱼，现在在湖上护水，干的还是水上的活，心里却踏实多了。”"),
        ("p", "王建华是淳安县首批转岗的渔民之一。2015年起，淳安县对千岛湖实施更严格的保护措施，逐步清退散户捕捞。如何安置上千名以捕鱼为生的渔民，成为当时的一道难题。"),
        ("h", "“护水员”成了新职业"),
        ("p", "县里的办法是“转岗不转行”：组建水上保洁、巡查、护林等队伍，优先吸纳转岗渔民；对有意愿外出就业或创业的，提供技能培训和创业补贴。十年来，全县累计有1100多名渔民实现转岗就业。"),
        ("p", "“一开始不习惯，总觉得拿着网兜捞垃圾不像回事。”王建华笑着说，现在他每月收入稳定在五千元左右，还有五险一金，“比打鱼时靠天吃饭强。”"),
        ("h", "一湖秀水带来新生计"),
        ("p", "也有不少渔民吃上了“旅游饭”。在界首乡，曾经的渔民余国平开起了民宿，还带着游客体验传统巨网捕鱼表演。“客人最爱听我讲以前打鱼的故事。”他说。"),
        ("p", "还有一些渔民成了“湖上向导”。每到周末，原先的渔船经过改装后载着游客去看日出、听渔歌，一趟下来收入不比打鱼少。县农业农村局的数据显示，转产从事旅游服务的渔民家庭，年均收入比转产前增长了四成以上。"),
        ("h", "留住渔文化的根"),
        ("p", "转岗之后，老渔民们也在想办法把渔文化传下去。淳安县在文渊狮城建起了渔民文化陈列馆，收集了上百件老渔具；几位老渔民还组成了“巨网捕鱼”表演队，每年开湖节都会登台亮相。"),
        ("p", "数据显示，千岛湖出境断面水质连续多年保持Ⅰ类标准。保护一湖秀水，也让湖边的人们找到了新的生计。"),
    ],
    html="""
<div class="hd"><span class="logo">潮新闻</span>""" + links(["首页", "浙江", "潮评", "视频", "天目", "共享联盟"], sep=" ") + """<span style="margin-left:auto">""" + search("搜索") + """</span><a href="#">下载客户端</a></div>
<div class="col">
<h1 class="t">{{TITLE}}</h1>
<div class="by"><span class="name">潮新闻</span><span>{{TIME}}</span><span>浙江</span><a href="#">+关注</a></div>
<div class="text" style="margin-top:20px">
{{BODY}}
</div>
<div class="tags"><a href="#">#千岛湖</a><a href="#">#共同富裕</a><a href="#">#生态保护</a></div>
<div class="authorbox"><h4>记者其他文章</h4>""" + ul(["林婧｜淳安下姜村的“共富账本”", "林婧｜千岛湖鱼头背后的产业链"], "rel") + """</div>
<div class="authorbox"><h4>推荐作者</h4>""" + ul(["记者 周舒涵 · 浙江日报", "记者 蒋欣然 · 浙江在线", "共享联盟·建德 程佳豪"], "rel") + """</div>
<div class="comments"><h4>评论 12</h4>
""" + cmts([("湖畔听风", "我老家就在界首，确实变化很大！", "2025-03-30 09:21", "浙江杭州"),
             ("吴小满", "护水员辛苦了👍", "2025-03-30 10:05", "浙江金华")]) + """
</div>
</div>
<div class="ft"><p>浙报融媒体科技（浙江）有限责任公司版权所有</p><p>浙ICP备15031574号-8　浙公网安备 33010602011203号　互联网新闻信息服务许可证：33120170001</p></div>
""",
))
