# media pages ta-13 .. ta-24: central, provincial, city media, portals, TV/radio; ta-21, ta-22 English
from build import e, img

def T13(p, b):  # 安徽 provincial news portal, 2019 design, info bar above title
    return f'''<div class="top"><a>中安在线首页</a> <a>新闻</a> <a>财经</a> <a>文旅</a> <a>教育</a> <a>健康</a> <a>视频</a> <a>English</a></div>
<div class="lg">{img("中安在线")}<span>安徽重点新闻网站</span></div>
<div class="cur">您当前的位置 ：<a>中安在线</a> &gt; <a>新闻频道</a> &gt; <a>安徽新闻</a></div>
<div class="mb"><div class="sj">2024-06-18 08:12:47 来源：安徽日报 作者：记者 汪 国 梁 通讯员 朱慧</div>
<h1>{e(p["title"])}</h1>
<div class="tx">{b}</div>
<div class="zb">[责任编辑：陈丽]</div>
<div class="xg"><h3>相关新闻</h3><p>· 合肥新桥国际机场新开5条国际航线</p><p>· 安徽外贸前5月进出口增长6.3%</p></div></div>
<div class="end">中安在线版权所有　未经授权禁止转载　皖ICP备09004xxx号<br>互联网新闻信息服务许可证编号：3412006xxx　违法和不良信息举报电话：0551-6262xxxx</div>'''

P13 = dict(id="ta-13", kind="media", tpl=T13, title="我省“中欧班列+跨境电商”新通道开通",
  authors=["汪国梁", "朱慧"], date="2024-06-18 08:12:47", pmode="p", indent=True,
  css=".top a{margin:0 6px} h1{font-size:26px;text-align:center} .sj{color:#888;text-align:center} .end{background:#ddd;font-size:12px}",
  body=[("p", "本报讯 6月17日上午，满载跨境电商货物的X8157次中欧班列从合肥北站驶出，经霍尔果斯口岸出境，约15天后抵达波兰马拉舍维奇。这标志着我省“中欧班列+跨境电商”新通道正式开通。"),
        ("p", "此次班列共装载50个标准集装箱，货物主要为服装、小家电、汽车配件和户外用品等跨境电商商品，货值约2800万元。与传统海运相比，运输时间缩短一半以上，物流成本比空运低约七成。"),
        ("p", "“以前我们的货发往欧洲，走海运要40多天，旺季还经常订不到舱位。现在有了专列，时效更有保障，客户的复购率明显提高。”合肥一家跨境电商企业负责人说。"),
        ("p", "据合肥海关介绍，为保障新通道顺畅运行，海关部门推行“提前申报、抵港直装”等便利措施，跨境电商货物实现“即到即查、即查即放”。今年以来，合肥中欧班列已累计开行420列，同比增长11.7%。")])

def T14(p, b):  # 宁夏 provincial TV site, 2022, video page with text, date like 2022年11月08日 19:35
    return f'''<div class="tvtop">{img("宁夏广播电视台")}<span class="ch">宁夏卫视 | 公共频道 | 经济频道 | 交通广播</span><a>登录</a></div>
<div class="tvnav">首页 新闻 直播 点播 栏目 宁夏新闻联播 看宁夏</div>
<div class="player">{img("视频播放器")}<div class="ctl">00:00 / 02:35 <span>高清</span> <span>全屏</span></div></div>
<div class="v"><h1>{e(p["title"])}</h1><div class="vi">宁夏新闻联播　2022年11月08日 19:35　播放量 1.2万</div>
<div class="desc">{b}</div><p class="jz">记者：马  骏　丁  宁　摄像：王  强</p><p class="jz">责编：冯媛</p></div>
<div class="more"><h4>更多节目</h4><ul><li>【宁夏新闻联播】2022年11月07日</li><li>【直通县区】同心县：冬季枸杞管护正当时</li></ul></div>
<div class="tvft">宁夏广播电视台 版权所有　信息网络传播视听节目许可证：16400xx　宁ICP备05000xxx号</div>'''

P14 = dict(id="ta-14", kind="media", tpl=T14, title="贺兰山东麓葡萄酒产区迎来冬季埋土期",
  authors=["马骏", "丁宁"], date="2022年11月08日 19:35", pmode="div",
  css=".tvtop{background:#000;color:#fff} .player{background:#111;height:300px;color:#ddd} .vi{color:#999}",
  body=[("p", "【导语】立冬过后，贺兰山东麓葡萄酒产区的酒庄和种植基地进入葡萄藤冬季埋土期，各地抢抓晴好天气，组织人员和机械开展作业，确保葡萄藤安全越冬。"),
        ("p", "在永宁县闽宁镇的一处葡萄园里，十几台埋土机正沿着葡萄行来回作业，工人们把修剪好的葡萄枝条压倒在地，再用机械覆上厚厚的土层。种植户告诉记者，贺兰山东麓冬季寒冷干燥，如果不埋土，葡萄藤很容易冻伤抽干，影响来年产量。"),
        ("p", "近年来，产区大力推广机械化埋土和出土技术，一台埋土机一天能作业四五十亩，相当于30个人的工作量，大大节省了人工成本。"),
        ("p", "【同期】永宁县一葡萄酒庄种植部经理 李文：今年我们全部采用机械埋土，比往年提前了一周完成，埋土深度也更加均匀。"),
        ("p", "据了解，目前贺兰山东麓葡萄酒产区酿酒葡萄种植面积达58万亩，预计11月底前全部完成埋土工作。")])

def T15(p, b):  # 云南 city daily's new-media site, 2024 responsive, "记者 X 文/图" byline line of its own
    return f'''<header><div class="brand">{img("春城晚报")}<span>春城晚报·开屏新闻</span></div><nav><a>推荐</a><a>昆明</a><a>云南</a><a>社会</a><a>文旅</a><a>视频</a><a>下载APP</a></nav></header>
<article><h1 class="h1">{e(p["title"])}</h1>
<div class="by"><span class="src">开屏新闻</span><time>2024-03-22 21:08</time></div>
<p class="lead">开屏新闻记者 吕  艳 文/图</p>
<div class="rich">{b}</div>
<p class="ed">一审：吕艳　二审：罗云　三审：张华</p>
<div class="zan"><span>点赞 238</span><span>分享</span><span>收藏</span></div></article>
<aside class="hot"><h4>24小时热榜</h4><ol><li>昆明发布今年首个森林火险红色预警</li><li>昆明地铁5号线延长运营时间</li></ol></aside>
<footer>云南日报报业集团主管　春城晚报社主办　滇ICP备12000xxx号-2</footer>'''

P15 = dict(id="ta-15", kind="media", tpl=T15, title="昆明海晏村：古渔村里的“慢生活”",
  authors=["吕艳"], date="2024-03-22 21:08", pmode="p",
  css="nav a{margin:0 8px} .h1{font-size:28px} .by time{margin-left:12px;color:#999}",
  body=[("p", "沿着滇池东岸一路向南，海晏村就静静地卧在湖边。青石板路、土坯老屋、斑驳的码头，这个有着数百年历史的古渔村，如今成了不少昆明人周末放松的好去处。"),
        ("img", "海晏村码头", "游客在海晏村码头拍照。"),
        ("h", "老房子有了新用途"),
        ("p", "村里的老宅经过修缮后，变身为咖啡馆、民宿和手作工坊。在一家由老粮仓改造的咖啡馆里，店主小周告诉记者，她是土生土长的海晏村人，大学毕业后在外地工作了几年，去年回到村里开了这家店，“周末的时候座位基本都是满的。”"),
        ("h", "渔村文化留住乡愁"),
        ("p", "海晏村保留了传统的渔村风貌，村口的渔船、晾晒的渔网随处可见。村里还建起了渔村记忆馆，展示老渔具、老照片，讲述渔民与滇池相依相存的故事。"),
        ("p", "“我们在开发中坚持保护优先，不大拆大建，尽量保留村子原来的样子。”海晏村所在社区负责人介绍，今年以来，村里已接待游客超过60万人次。")])

def T16(p, b):  # 天津 city daily site (津云-like), 2020, editor & source below; 新华社-style dateline inside
    return f'''<div class="bar"><span>津云</span> <a>首页</a> <a>天津</a> <a>时政</a> <a>财经</a> <a>文体</a> <a>北方网</a> <a>客户端下载</a></div>
<div class="wrap"><div class="crumb"><a>津云</a> &gt; <a>天津</a> &gt; <a>正文</a></div>
<h1>{e(p["title"])}</h1>
<div class="m"><span class="t">2020-09-14 10:26</span>　<span class="s">来源：天津日报</span></div>
<div class="share">分享到：微信 微博 QQ</div>
<div class="main">{b}</div>
<div class="ed">编辑：崔  萌</div>
<div class="rec"><h3>推荐阅读</h3><a>天津港集装箱吞吐量创同期新高</a><br><a>海河沿线夜景提升工程完工</a></div></div>
<div class="ft">津云新媒体集团　津ICP备2000xxxx号　网络文化经营许可证 津网文〔2018〕xxxx-xxx号</div>'''

P16 = dict(id="ta-16", kind="media", tpl=T16, title="天津港保税区企业加快“出海”步伐",
  authors=["王睿", "刘梓溪"], date="2020-09-14 10:26", pmode="p", indent=True,
  css=".bar{background:#0c4a8b;color:#fff} h1{font-size:30px} .m{color:#999}",
  body=[("p", "本报讯（记者 王睿 刘梓溪）记者从天津港保税区获悉，今年前8个月，区内企业新设境外投资项目23个，中方协议投资额同比增长近三成，投资目的地覆盖东南亚、中东、欧洲等14个国家和地区。"),
        ("p", "在位于临港片区的一家海洋装备企业，工人们正在对一套即将发往中东的海水淡化设备进行最后调试。企业负责人介绍，今年公司在海外设立了第一家子公司，负责当地的安装和售后服务，“以前是卖产品，现在是卖服务，海外订单比去年翻了一番。”"),
        ("p", "为帮助企业走出去，保税区搭建了企业“出海”综合服务平台，联合金融机构、律师事务所和会计师事务所，为企业提供境外投资备案、跨境融资、法律咨询等一站式服务，并定期组织海外市场对接活动。"),
        ("p", "保税区商务部门相关负责人表示，下一步将围绕航空航天、生物医药、新能源等主导产业，引导企业稳妥有序开展国际化经营，在更大范围配置资源，提升国际竞争力。")])

def T17(p, b):  # central media (人民网-like, invented), 2017 portal, 原标题 line, dateline byline
    return f'''<div class="hdt"><a>首页</a>|<a>时政</a>|<a>国际</a>|<a>财经</a>|<a>地方</a>|<a>社会</a>|<a>教育</a>|<a>English</a></div>
<div class="ch">{img("华夏在线·地方频道")}华夏在线 &gt;&gt; 地方频道 &gt;&gt; 安徽</div>
<div class="tc"><h1>{e(p["title"])}</h1>
<div class="box01"><div class="fl">2017年08月24日07:52&nbsp;&nbsp;来源：<a>华夏在线-安徽频道</a></div><div class="fr">分享到：<a>微博</a><a>微信</a><a>手机看新闻</a></div></div>
<div class="box_con">{b}</div>
<div class="edit">(责编：金梦、徐涛)</div>
<div class="clb"><a>推荐阅读</a>：<a>安徽“十三五”以来新增高标准农田1600万亩</a></div></div>
<div class="copy">华夏在线版权所有，未经书面授权禁止使用<br>Copyright © 1997-2017 by www.huaxia-zx.example. all rights reserved</div>'''

P17 = dict(id="ta-17", kind="media", tpl=T17, title="安庆：长江岸线复绿 江豚频现江面",
  authors=["程  芳".replace("  ", "")], date="2017年08月24日07:52", pmode="p", indent=True,
  css=".tc h1{text-align:center;font-size:26px} .box01{border-bottom:1px solid #ccc;overflow:hidden} .fl{float:left} .fr{float:right}",
  body=[("x", '<p class="yt">原标题：安庆长江岸线生态修复见成效</p>'),
        ("p", "华夏在线合肥8月24日电 （程芳）盛夏时节，站在安庆市迎江区长江岸边，只见岸线绿意盎然，不时有江豚跃出水面。“现在几乎每周都能看到江豚，以前一年都难得见到几次。”在江边晨练的市民刘大爷说。"),
        ("p", "安庆是长江进入安徽的第一站，岸线长达243公里。过去，沿江分布着大量砂石码头和小散乱企业，岸线生态受到严重破坏。去年以来，安庆市开展长江岸线专项整治，依法取缔非法码头67个，拆除违建设施12万平方米，腾退岸线近20公里。"),
        ("p", "在拆除后的岸线上，当地因地制宜种植芦苇、杞柳等植物，恢复自然湿地，并建设了沿江生态廊道和观景步道。目前已完成复绿面积3200余亩。"),
        ("p", "安庆市还设立了江豚保护巡护队，联合渔政、公安等部门开展常态化巡查，严厉打击非法捕捞行为。监测数据显示，安庆江段江豚种群数量呈稳中有升态势。")])

def T18(p, b):  # 云南 provincial portal (云南网-like invented), 2016 layout, author + 编辑 in one bar, title on two lines
    return f'''<div class="ynlogo">{img("彩云网")}<ul><li>时政</li><li>社会</li><li>财经</li><li>州市</li><li>旅游</li><li>图片</li></ul></div>
<div class="ynpos">彩云网 &gt; 州市 &gt; 红河</div>
<div class="yntitle"><h1>{e("红河：高原特色农业")}<br>{e("跑出“加速度”")}</h1></div>
<div class="ynbar">时间：2016-10-11 09:30:12　作者：白  云　编辑：施敏　来源：彩云网　<a>字号：T|T</a></div>
<div class="ynbd">{b}</div>
<div class="ynrel"><b>相关阅读：</b><a>红河州举办农产品产销对接会</a> <a>建水紫陶文化节开幕</a></div>
<div class="ynft">关于我们 | 广告服务 | 联系我们 | 网站地图<br>滇ICP备09001xxx号　违法和不良信息举报：0871-6416xxxx</div>'''

P18 = dict(id="ta-18", kind="media", tpl=T18, title="红河：高原特色农业跑出“加速度”",
  authors=["白云"], date="2016-10-11 09:30:12", pmode="br", indent=True,
  css=".ynlogo li{display:inline;padding:0 10px} .yntitle h1{text-align:center} .ynbar{font-size:12px;color:#666;text-align:center}",
  body=[("p", "金秋时节，红河州各地高原特色农产品迎来收获季。蒙自的石榴、建水的酸石榴、弥勒的葡萄、屏边的荔枝陆续上市，通过冷链物流销往全国各地。"),
        ("p", "红河州立足热区、山区资源优势，着力打造水果、蔬菜、茶叶、花卉等优势产业，全州高原特色农业种植面积已超过500万亩。今年前三季度，全州农林牧渔业总产值同比增长5.8%。"),
        ("p", "为提升农产品附加值，红河州大力培育龙头企业，发展农产品精深加工，目前全州已有省级以上农业产业化龙头企业56家。同时，加快建设农产品冷链物流体系，在主要产区建成产地预冷库170余座。"),
        ("p", "“从田间到市场，时间越短，果子越新鲜，价钱也越好。”蒙自市一位石榴种植大户说，冷库建在家门口，采摘下来的石榴当天就能预冷打包发车。")])

def T19(p, b):  # 天津 district 融媒体中心 site, 2023, byline "文/X 图/Y" inside article top, editors below
    return f'''<div class="rm-top">{img("滨海新区融媒体中心")} <span>滨海发布</span> <span class="rm-r">网站首页 | 新闻 | 视频 | 专题 | 滨海号</span></div>
<div class="rm-c"><div class="rm-bc">当前位置：首页 &gt; 新闻 &gt; 滨海要闻</div>
<div class="rm-t">{e(p["title"])}</div>
<div class="rm-i">发布时间：2023-05-30　来源：滨海新区融媒体中心</div>
<p class="rm-by">文/记者 宋  扬　图/记者 韩  旭</p>
<div class="rm-b">{b}</div>
<p class="rm-e">编辑：林晓　校对：张冉　审核：郭伟</p></div>
<div class="rm-f">天津市滨海新区融媒体中心 版权所有　津ICP备2021xxxx号-1　津公网安备12011602000xxx号</div>'''

P19 = dict(id="ta-19", kind="media", tpl=T19, title="于家堡金融区新添一批“口袋公园”",
  authors=["宋扬"], date="2023-05-30", pmode="p",
  css=".rm-t{font-size:24px;font-weight:bold;text-align:center} .rm-i{text-align:center;color:#999} .rm-f{background:#014;color:#9ab}",
  body=[("p", "初夏时节，走进于家堡金融区，楼宇间一座座小巧精致的“口袋公园”绿意盎然，成为周边上班族午间休憩的好去处。"),
        ("img", "口袋公园", "新建成的口袋公园。"),
        ("p", "今年以来，滨海新区利用金融区内闲置边角地和待建地块，见缝插绿建设了8处口袋公园，总面积约2.4万平方米。公园内设置了休闲座椅、健身步道和儿童游乐设施，还种植了月季、海棠、紫薇等花木，实现了三季有花、四季常绿。"),
        ("p", "“中午吃完饭下来走一走，晒晒太阳，比待在办公室舒服多了。”在附近写字楼上班的李女士说。傍晚时分，不少居民也会带着孩子来公园散步、玩耍。"),
        ("p", "据新区城市管理部门介绍，口袋公园建设坚持“小而美、小而精”，充分征求周边居民和企业员工意见，尽可能满足不同人群的需求。下一步，新区还将在中心城区再建设12处口袋公园，让市民推窗见绿、出门进园。")])

def T20(p, b):  # 安徽 市 radio station site, 2015 table-ish, 来源 + 作者 glued, 点击数
    return f'''<div id="r-top">{img("蚌埠广播电视台")}<b>蚌埠广播电视台</b><span>FM90.8 新闻综合广播</span></div>
<div id="r-nav"><a>首页</a><a>新闻</a><a>广播</a><a>电视</a><a>节目表</a><a>主持人</a><a>在线收听</a></div>
<div id="r-main"><div class="p">您的位置: 首页 - 新闻 - 本地新闻</div>
<div class="h">{e(p["title"])}</div>
<div class="i">作者:陶磊|来源:蚌埠新闻综合广播|发布时间:2015-12-21 11:47:03|点击数:365</div>
<div class="b">{b}</div>
<div class="pn">上一篇：<a>蚌埠今冬首场降雪即将到来</a>　下一篇：<a>龙子湖景区冬季游园活动开幕</a></div></div>
<div id="r-ft">Copyright © 2015 蚌埠广播电视台 版权所有 皖ICP备10203xxx号</div>'''

P20 = dict(id="ta-20", kind="media", tpl=T20, title="蚌埠首个社区“暖心驿站”投入使用",
  authors=["陶磊"], date="2015-12-21 11:47:03", pmode="br",
  css="#r-nav a{padding:4px 10px;background:#900;color:#fff} .h{font-size:20px;font-weight:bold;text-align:center}",
  body=[("p", "12月20日，蚌埠市首个社区“暖心驿站”在龙子湖区东升街道正式投入使用，环卫工人、快递员、交警等户外工作者从此有了歇脚的地方。"),
        ("p", "记者在现场看到，驿站面积约40平方米，配备了空调、饮水机、微波炉、充电插座和医药箱，墙上的书架摆放着报刊书籍。驿站每天早上6点到晚上9点开放，户外工作者可以免费在这里喝水、热饭、休息。"),
        ("p", "“冬天在外面扫马路，手冻得发麻，现在累了冷了能进来坐一坐、喝口热水，心里暖和多了。”环卫工人孙师傅说。"),
        ("p", "东升街道相关负责人介绍，驿站由街道和辖区一家银行网点共同建设，利用网点闲置空间改造而成。下一步，街道将在辖区再布点3至5个驿站，并组织志愿者定期提供理发、义诊等服务，让驿站真正成为户外工作者的“温暖港湾”。")])

def T21(p, b):  # English page of a Chinese provincial outlet (Anhui), 2021
    return f'''<div class="en-top">{img("Anhui Daily English")}<span>ANHUI NOW</span><nav><a>Home</a><a>News</a><a>Business</a><a>Culture</a><a>Travel</a><a>中文</a></nav></div>
<div class="en-bc">Home &gt; News &gt; Local</div>
<h1 class="en-h">{e(p["title"])}</h1>
<div class="en-m">By Zhang Yue and Li Qing | Anhui Now | Updated: 2021-04-09 15:20</div>
<div class="en-b">{b}</div>
<div class="en-ed">Editor: Wu Fan</div>
<div class="en-rel"><h4>Related Stories</h4><ul><li>Huangshan welcomes first international flight since reopening</li><li>Hefei hosts tech expo</li></ul></div>
<div class="en-ft">Copyright © Anhui Now. All rights reserved. 皖ICP备09004xxx号</div>'''

P21 = dict(id="ta-21", kind="media", lang="en", htmllang="en", tpl=T21, title="Hefei opens new rail line linking science city to airport",
  authors=["Zhang Yue", "Li Qing"], date="2021-04-09 15:20", pmode="p",
  css=".en-top nav a{margin:0 10px} .en-h{font-family:Georgia;font-size:30px} .en-m{color:#777}",
  body=[("p", "A new metro line connecting Hefei's science city with Xinqiao International Airport opened to passengers on Thursday, cutting travel time between the two areas to about 40 minutes."),
        ("p", "The line, which runs 44 kilometers with 17 stations, links several universities, research institutes and industrial parks in the west of the city, the provincial capital of Anhui."),
        ("img", "Passengers board a train", "Passengers board a train at Xinqiao Airport Station on Thursday. [Photo by Li Qing/Anhui Now]"),
        ("p", "\"I used to drive to the airport and worry about traffic. Now I can take the metro straight from my lab,\" said Chen Hao, a researcher who was among the first passengers."),
        ("p", "Local transport authorities said trains will run every six minutes during rush hours. The city plans to open two more lines by the end of next year, bringing its metro network to more than 300 km.")])

def T22(p, b):  # English page of a Yunnan outlet, 2024, wire copy with only a source -> no authors
    return f'''<header class="y">{img("Yunnan Gateway")}<span class="tag">YUNNAN GATEWAY</span><a>News</a> <a>Economy</a> <a>Culture</a> <a>Photos</a> <a>Subscribe</a></header>
<main><p class="kick">ECONOMY</p><h1>{e(p["title"])}</h1>
<p class="dl">Source: Xinhua | 2024-08-27 10:05:31</p>
<div class="sh">Share: Facebook · X · LinkedIn · WeChat</div>
<div class="copy">{b}</div></main>
<section class="rel2"><h3>Read More</h3><p>Kunming to host South Asia Expo</p><p>Lancang-Mekong trade keeps rising</p></section>
<footer>© Yunnan Gateway 2024 | About Us | Contact | 滇ICP备12000xxx号</footer>'''

P22 = dict(id="ta-22", kind="media", lang="en", htmllang="en", tpl=T22, title="China-Laos Railway freight volume hits new high",
  authors=[], date="2024-08-27 10:05:31", pmode="p",
  css="header a{margin:0 6px} h1{font-size:32px} .dl{color:#666}",
  body=[("p", "KUNMING, Aug. 27 (Xinhua) -- The China-Laos Railway handled a record 4.3 million tonnes of cross-border freight in the first seven months of this year, according to the railway's operator in Yunnan Province."),
        ("p", "The figure represents an increase of 27 percent year on year, with goods ranging from Thai durian and Lao cassava to Chinese machinery, electronics and daily necessities."),
        ("p", "Customs authorities at Mohan port said they have introduced round-the-clock clearance services and smart inspection equipment, reducing the average clearance time for freight trains to less than five hours."),
        ("p", "Since its launch in December 2021, the 1,035-km railway linking Kunming with the Lao capital Vientiane has become a key logistics channel for countries in Southeast Asia, with its freight services now reaching more than a dozen countries.")])

def T23(p, b):  # 宁夏 city daily (石嘴山-like, invented) news site, 2018, date on its own line "2018年5月16日 星期三"
    return f'''<div class="szs">{img("石嘴山新闻网")}<p>石嘴山新闻网 · 石嘴山日报社主办</p></div>
<div class="szsnav">首页｜本地新闻｜区内新闻｜国内国际｜社会民生｜电子报｜专题</div>
<div class="szspos">当前位置：首页 &gt;&gt; 本地新闻</div>
<div class="szsart"><p class="yin">生态立市 绿色发展</p><h1>{e(p["title"])}</h1><p class="fu">——大武口区治理修复矿山废弃地纪实</p>
<p class="when">2018年5月16日 星期三</p><p class="whofrom">来源：石嘴山日报　记者：董  娟</p>
<div class="szsbody">{b}</div><p class="zebian">责任编辑：田  园</p></div>
<div class="szsft">石嘴山日报社版权所有　宁ICP备08000xxx号　新闻热线：0952-2012xxx</div>'''

P23 = dict(id="ta-23", kind="media", tpl=T23, title="昔日煤灰地 今朝百花园",
  authors=["董娟"], date="2018年5月16日 星期三", pmode="p", indent=True,
  css=".yin,.fu{text-align:center} h1{text-align:center;font-size:28px} .when,.whofrom{text-align:center;color:#888}",
  body=[("p", "五月的大武口，贺兰山下的星海湖畔，成片的格桑花、马鞭草竞相开放。很难想象，几年前这里还是堆满煤矸石和煤灰的矿山废弃地。"),
        ("p", "大武口区是一座因煤而兴的老工业区，长期的煤炭开采留下了大量采空区、塌陷区和渣土堆。近年来，大武口区把矿山地质环境治理作为生态建设的重要任务，累计投入资金9.6亿元，治理修复废弃矿区面积3.8万亩。"),
        ("h", "削坡整形 覆土造绿"),
        ("p", "治理中，施工单位对渣土堆进行削坡整形、分层压实，再覆盖30厘米以上的种植土，栽种适宜本地气候的耐旱植物。为了让苗木成活，还专门铺设了滴灌管网。"),
        ("h", "变废为宝 造福群众"),
        ("p", "治理后的土地一部分建成了城市公园和休闲绿地，一部分用于发展光伏和设施农业。附近居民王秀兰说：“以前一刮风满天都是黑灰，窗户都不敢开，现在成了我们散步的好地方。”")])

def T24(p, b):  # central media app share page (客户端分享页), 2025, minimal
    return f'''<div class="app-bar">{img("")}<span>打开中国之声客户端 阅读体验更佳</span><a>打开</a></div>
<div class="app-art"><h1>{e(p["title"])}</h1><div class="app-meta"><span>央广网</span> <span>2025-02-21 07:33</span> <span>天津</span></div>
<div class="app-body">{b}</div><p class="app-ed">本文编辑：孙宁宁</p>
<div class="app-like">{img("")}赞 1024　分享</div><div class="app-more"><h3>相关推荐</h3><p>天津港智慧码头再升级</p><p>京津冀协同发展十年观察</p></div></div>
<div class="app-dl">下载客户端，收听更多精彩内容</div>'''

P24 = dict(id="ta-24", kind="media", tpl=T24, title="天津：老旧小区加装电梯跑出“加速度”",
  authors=["张宇", "孟蕾"], date="2025-02-21 07:33", pmode="p",
  css="body{max-width:480px;margin:auto;font-size:17px} .app-bar{background:#e33;color:#fff} .app-meta span{color:#999}",
  body=[("p", "央广网天津2月21日消息（记者张宇 孟蕾）据中国之声《新闻和报纸摘要》报道，去年以来，天津市加快推进既有住宅加装电梯工作，全年新开工加装电梯1126部，惠及居民3万余户。"),
        ("p", "在河西区友谊路街道的一个老旧小区里，新装的电梯刚刚投入使用。住在6楼的刘奶奶今年82岁，腿脚不便，以前一个月也难得下一次楼。她说：“现在想下楼遛弯，按个按钮就下来了，跟做梦似的。”"),
        ("p", "加装电梯难，难在协调。天津推行“社区吹哨、部门报到”机制，由社区牵头组织居民协商，规划、住建、市场监管等部门简化审批流程，审批时限由原来的40多个工作日压缩到15个工作日以内。"),
        ("p", "在资金方面，天津对加装电梯给予每部最高20万元的财政补贴，居民还可以提取住房公积金用于加装电梯。部分区探索“代建代运营”模式，由企业出资建设，居民按次或按月付费使用，进一步降低了居民一次性出资的压力。")])

PAGES = [P13, P14, P15, P16, P17, P18, P19, P20, P21, P22, P23, P24]
