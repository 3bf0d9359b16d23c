# tv-13 .. tv-24: central, provincial and city media, portals, TV/radio (2 English)
M = "media"
PAGES = [
dict(id="tv-13", kind=M, lang="zh", tpl="grid",
 site=dict(top='<a>东北网首页</a> <a>黑龙江网络广播电视台</a> <a>手机版</a>', bname="东北网", logo="东北网 NORTHEAST NET",
  nav=["首页","黑龙江","国内","国际","财经","文旅","视频"], crumb="东北网 &gt; 黑龙江新闻 &gt; 地市",
  side='<h4>热点排行</h4><ol><li>哈尔滨冰雪大世界开园时间公布</li><li>黑龙江今冬首场寒潮来袭</li><li>佳木斯抚远迎来第一缕阳光</li></ol>',
  after='<p>分享到：</p><div class="rel"><h4>相关新闻</h4><p><a>齐齐哈尔：大豆收获进度过半</a></p><p><a>黑河口岸进出口货运量增长</a></p></div>',
  foot=["关于我们 | 广告服务 | 联系方式 | 法律声明","东北网版权所有 黑ICP备06002118号 互联网新闻信息服务许可证：23120170001","违法和不良信息举报电话：0451-82615199"]),
 title="佳木斯：寒地黑土上的“智慧农场”", authors=["周晓光","刘畅"], time="2024-10-15 07:38:21",
 info='<span>2024-10-15 07:38:21</span>　<span>来源：东北网</span>　<span>作者：周晓光 刘畅</span>',
 body="""
东北网10月15日讯 金秋时节，在佳木斯市桦川县星火乡的万亩水稻示范区，几台无人驾驶收割机正在田间来回穿梭，金黄的稻谷被源源不断地卸进运粮车。
“这台收割机装了北斗导航，一天能收300亩，比人工驾驶还直。”合作社理事长孟繁荣介绍，今年合作社种植水稻1.2万亩，从育秧、插秧到植保、收获，全程实现机械化，其中近一半环节用上了智能装备。
!无人驾驶收割机在桦川县星火乡收获水稻 周晓光 摄
近年来，佳木斯市大力推进数字农业建设，建成智慧农场示范点37个，农业物联网覆盖面积超过200万亩。农户通过手机就能查看苗情、墒情和虫情。
## 从“看天吃饭”到“知天而作”
“以前看天吃饭，现在是知天而作。”孟繁荣说。气象站、虫情测报灯和土壤传感器采集的数据，每隔半小时就会传到农场的管理平台上，系统根据数据自动给出施肥、灌溉建议。
据了解，今年佳木斯市粮食作物播种面积稳定在3100万亩以上，预计总产量再创新高。
@责任编辑：孙妍
"""),
dict(id="tv-14", kind=M, lang="zh", tpl="modern",
 site=dict(top='<a>登录</a> <a>客户端</a> <input placeholder="搜索">', bname="南海网", logo="南海网",
  nav=["首页","海南","自贸港","时政","社会","旅游","房产","视频"], crumb="<a>南海网</a> &gt; <a>自贸港</a> &gt; 正文",
  side='<h4>24小时热文</h4><p>海口新海港春运客流创新高</p><p>三亚凤凰机场新增5条国际航线</p>',
  after='<div class="share"><span>分享：</span><a>微信</a><a>微博</a><a>复制链接</a></div><div class="pn"><p>上一篇：<a>洋浦港集装箱吞吐量增长</a></p></div>',
  foot=["南海网版权所有 未经书面授权不得复制或建立镜像","琼ICP备09005003号 琼公网安备 46010802000185号","互联网新闻信息服务许可证编号：46120180002"]),
 title="海南自贸港“零关税”进口原辅料清单扩容", authors=["黄晓云"], time="2025年02月18日 11:22",
 info='<div class="meta">2025年02月18日 11:22 来源：南海网 <span>南海网、南海网客户端记者 黄晓云</span></div>',
 body="""
南海网、南海网客户端海口2月18日消息（记者 黄晓云）记者18日从省财政厅获悉，经国家有关部门同意，海南自由贸易港“零关税”原辅料清单新增22个八位税目商品，主要涉及食品加工、医药制造和新材料等领域。
此次扩容后，清单内商品总数达到191项。岛内企业进口用于生产自用或以“两头在外”模式进行生产加工活动所消耗的原辅料，免征进口关税、进口环节增值税和消费税。
“清单扩容后，我们进口椰子原料每年可节省税款约600万元。”海口一家椰子食品企业负责人说。
省财政厅有关负责人介绍，截至今年1月底，“零关税”原辅料政策累计进口货值突破200亿元，减免税款超过25亿元。下一步，海南将继续根据企业需求，动态调整清单，推动政策红利充分释放。
@【编辑：陈丽】
"""),
dict(id="tv-15", kind=M, lang="zh", tpl="table",
 site=dict(top="<a>设为首页</a> <a>收藏本站</a>", bname="西部网·陕西新闻网", nav=["首页","陕西","国内","社会","视频","图片","论坛"], navsep=" | ",
  crumb="您的位置：西部网 &gt; 陕西新闻 &gt; 正文",
  side='<b>图片新闻</b><br><img alt="秦岭深处的朱鹮" src=""><br>秦岭深处的朱鹮',
  after='<p>编辑：王 洁</p><p>【<a>我要纠错</a>】</p><p>相关新闻：</p><ul><li><a>陕西今年将新建改造农村公路3000公里</a></li></ul>',
  foot=["Copyright © 西部网 All Rights Reserved","陕ICP备05001437号 新闻许可证61120190001","联系电话：029-87323131"]),
 title="延安宝塔区：山地苹果“触网”卖全国", authors=["马宁","王小川"], time="2023-11-22 16:05:47",
 info='<table><tr><td>2023-11-22 16:05:47</td><td>来源：西部网</td><td>作者：马宁 王小川</td></tr></table>',
 body="""
西部网讯（记者 马宁 王小川）初冬的延安宝塔区，苹果分拣中心里一派繁忙。一颗颗红彤彤的苹果经过光电分选线，按大小、糖度、色泽自动分级，随后被装箱发往全国各地。
“今年我们在网上已经卖出了40多万斤，订单排到了下个月。”宝塔区一家电商企业负责人高亮说，直播带货让山里的苹果走得更远、卖得更好。
近年来，宝塔区建成县级电商公共服务中心1个、镇村服务站点96个，培养农村电商带头人500余名。2023年前三季度，全区农产品网络零售额达到3.6亿元，同比增长21%。
“苹果卖得好，关键还是品质好。”区果业中心主任刘志刚介绍，全区推广有机肥替代化肥、果园生草等技术，苹果平均糖度达到15度以上。
下一步，宝塔区将继续完善冷链物流体系，让延安苹果“鲜”到全国。
"""),
dict(id="tv-16", kind=M, lang="en", tpl="modern",
 site=dict(top='<a>中文</a> <a>Subscribe</a> <input placeholder="Search">', bname="HUBEI DAILY ENGLISH",
  nav=["Home","Hubei","Business","Culture","Travel","Photos"], crumb="Home / Business",
  side='<h4>Most Read</h4><p>Wuhan metro Line 19 opens</p><p>Cherry blossoms draw crowds to Wuhan University</p>',
  after='<div class="share">Share: <a>Facebook</a> <a>X</a> <a>WeChat</a></div><div class="rel"><h4>Related Stories</h4><p>Hubei foreign trade up 9% in Q1</p></div>',
  foot=["Copyright © Hubei Daily Media Group. All rights reserved.","鄂ICP备11004527号"]),
 title="Optical valley firms bet on next-generation lasers", authors=["Liu Yiran","Zhang Wen"], time="2024-09-03 14:20",
 info='<p class="byline">By Liu Yiran and Zhang Wen</p><p>Updated: 2024-09-03 14:20</p>',
 body="""
WUHAN - Companies in the Optics Valley of China are investing heavily in ultrafast and high-power lasers as demand grows from battery makers and shipyards.
At a workshop of one laser maker in the East Lake High-tech Development Zone, engineers were testing a 60-kilowatt fiber laser that can cut steel plates 100 millimeters thick.
"Five years ago we had to import the key components. Now more than 90 percent are made here," said Chen Lu, the company's deputy general manager.
The zone is home to more than 200 laser companies, with output exceeding 100 billion yuan ($14 billion) last year, according to the local government.
## Talent from campuses
Local universities provide a steady flow of engineers. Huazhong University of Science and Technology alone trains about 600 graduate students in optics each year.
Analysts said price competition remained fierce, and firms would need to move into high-end markets to stay profitable.
"""),
dict(id="tv-17", kind=M, lang="zh", tpl="app",
 site=dict(top='<div>龙头新闻</div><a>打开APP 阅读更多</a>',
  after='<div class="hot"><h4>热门推荐</h4><p>哈尔滨松花江冰面开始“封江”</p><p>黑龙江发布暴雪蓝色预警</p></div><p>下载龙头新闻APP</p>',
  foot=["黑龙江日报报业集团主办","黑ICP备18003125号"]),
 title="齐齐哈尔扎龙湿地迎来丹顶鹤南迁高峰", authors=["韩雪","刘亚楠"], time="2024-10-28",
 info='<span>龙头新闻</span> <span>2024-10-28</span> <span>阅读 1.2万</span>',
 body="""
龙头新闻讯（黑龙江日报记者韩雪 通讯员刘亚楠）记者从扎龙国家级自然保护区了解到，近日，随着气温下降，丹顶鹤进入南迁高峰期，每天有数百只丹顶鹤在保护区内停歇、觅食。
!在扎龙湿地停歇的丹顶鹤群（资料图）
保护区工作人员介绍，今年秋季监测到的丹顶鹤数量比去年同期增加约一成。为保障鹤群安全，保护区加强了巡护力度，在主要栖息地增设了12处视频监控点。
今年以来，保护区还组织开展了“护鹤行动”，联合公安、林草等部门清理非法捕猎工具，劝阻游客进入核心区，并在周边村屯招募了60余名护鸟志愿者。
“丹顶鹤对环境要求很高，它们愿意来，说明湿地生态越来越好。”保护区科研人员张宏伟说。
近年来，齐齐哈尔市持续开展扎龙湿地补水工作，累计补水超过20亿立方米，湿地核心区水面面积稳定在百平方公里以上。
@来源：黑龙江日报
@编辑：杨柳　审核：于洋
"""),
dict(id="tv-18", kind=M, lang="zh", tpl="grid",
 site=dict(top='<a>湖北广播电视台</a> | <a>长江云</a> | <a>垄上</a>', bname="长江云·湖北卫视", logo="湖北网络广播电视台",
  nav=["首页","直播","新闻","综艺","纪录","专题"], crumb="首页 / 新闻 / 湖北新闻",
  side='<h4>精彩视频</h4><p>【湖北新闻】全省春播进度过半</p><p>【长江新闻号】武汉新港集装箱吞吐创新高</p>',
  after='<div class="vid"><img alt="视频：湖北新闻联播截图" src=""><p>▶ 点击播放</p></div><p>编辑：熊芳 | 责编：吴涛</p>',
  foot=["湖北广播电视台 版权所有","信息网络传播视听节目许可证：1706131","鄂ICP备12002375号"]),
 title="十堰：汽车零部件企业订单排到年底", authors=["邢宇","李思琪","郑浩"], time="2024年06月04日 19:32",
 info='<p>发布时间：2024年06月04日 19:32　来源：湖北新闻</p>',
 body="""
（湖北台记者 邢宇 李思琪 十堰台记者 郑浩）在十堰经济技术开发区，一家汽车零部件企业的生产车间里，机械臂上下翻飞，一个个变速箱壳体在自动化生产线上成型。
企业负责人告诉记者，今年以来，企业新增新能源汽车配套订单3.2亿元，生产线满负荷运转，订单已经排到了年底。
## 产业链加速转型
十堰是我国重要的商用车生产基地，拥有汽车零部件企业800余家。近年来，当地推动零部件企业向新能源、智能网联方向转型，一批企业进入了国内头部新能源车企的供应链。
“我们每年拿出营收的5%用于研发，去年新申请专利46项。”企业技术总监说。
今年1至5月，十堰市汽车零部件产业产值同比增长14.3%，其中新能源汽车零部件产值增长超过30%。
"""),
dict(id="tv-19", kind=M, lang="zh", tpl="modern",
 site=dict(top='<a>新闻</a> <a>财经</a> <a>汽车</a> <a>房产</a> <a>登录</a>', bname="华商网",
  nav=["首页","西安","陕西","社会","财经","教育","健康"], navsep=" ", crumb="华商网 &gt; 西安 &gt; 正文",
  side='<h4>推荐阅读</h4><p>西安地铁8号线全线贯通</p><p>大唐不夜城夜游升级</p>',
  after='<p>【来源：华商报】</p><p>声明：本文版权归原作者所有</p><div class="rel"><h4>猜你喜欢</h4><p>西安多家博物馆延长开放时间</p></div>',
  foot=["华商网 版权所有 陕ICP备08004203号","新闻热线：029-88880000"]),
 title="西安推出“一码通”让老年人就医少跑腿", authors=["任婷","王晓"], time="2025-01-08 06:50",
 info='<span class="t">2025-01-08 06:50</span><span class="s">华商报</span>',
 kicker="民生·关注", 
 body="""
@文/图 华商报记者 任婷 王晓
“以前挂号、缴费、取药要排三四次队，现在用一张码就能办完。”1月7日，在西安市一家三甲医院门诊大厅，72岁的刘阿姨拿着老年卡告诉记者。
去年以来，西安市推进医疗服务“一码通”改革，居民使用电子健康卡或社保卡即可完成挂号、就诊、缴费、检查、取药全流程。截至去年底，全市已有178家医疗机构接入。
## 老年人专属服务
针对老年人不会使用智能手机的问题，各医院保留了人工窗口，并设置“老年人优先通道”。部分医院还配备了志愿者，帮助老人操作自助机。
“我们每天要帮助两三百位老人。”医院门诊部护士长说。
## 检查结果互认
市卫健委相关负责人介绍，全市二级以上医院已实现56项检查检验结果互认，今年还将扩大互认范围，减少重复检查。
"""),
dict(id="tv-20", kind=M, lang="en", tpl="grid",
 site=dict(top='<a>HOME</a> | <a>中文版</a>', bname="HAINAN INTERNATIONAL MEDIA CENTER", logo="HIMC",
  nav=["News","Free Trade Port","Travel","Culture","Video"], crumb="Home &gt; News",
  side='<h4>Latest</h4><p>Sanya hosts international yacht show</p><p>Hainan eases visa rules for more countries</p>',
  after='<p>Editor: Wang Lin</p><p>Share to: WeChat | Weibo</p>',
  foot=["Copyright © Hainan International Media Center. All Rights Reserved.","琼ICP备19002874号"]),
 title="Haikou opens new cruise route to Southeast Asia", authors=[], time="2024-12-02 17:46",
 info='<p>Source: Xinhua | 2024-12-02 17:46</p>',
 body="""
HAIKOU, Dec. 2 (Xinhua) -- A cruise ship carrying more than 1,200 passengers departed from Haikou on Monday for Vietnam and Thailand, marking the launch of a new international cruise route from the capital of south China's Hainan Province.
The six-day voyage will call at Ha Long Bay and Bangkok, according to the port operator.
Hainan has been working to develop cruise tourism as part of its free trade port construction. The province resumed international cruise services last year after a pause of several years.
Local authorities said they expected the route to run twice a month during the winter season, and more routes to Singapore and Malaysia were under discussion.
"The cruise market in Hainan has huge potential," said an official with the provincial department of tourism, adding that streamlined entry procedures had made trips easier for both Chinese and foreign travelers.
"""),
dict(id="tv-21", kind=M, lang="zh", tpl="table",
 site=dict(top="", bname="荆州新闻网", nav=["首页","荆州要闻","县市区","社会","民生","图片","专题"], navsep="┊",
  crumb="当前位置： 首页 &gt; 荆州要闻",
  side='<b>一周排行</b><br>1.荆州古城景区夜游开放<br>2.沙市机场新开航线<br>3.荆州中心城区新增停车位',
  after='<p>责任编辑：黎明</p><p>【<a>收藏</a>】【<a>打印</a>】【<a>关闭</a>】</p>',
  foot=["荆州日报社主办 版权所有 未经授权禁止转载","鄂ICP备06017138号-1","地址：荆州市沙市区北京中路328号"]),
 title="洪湖：“虾稻共作”亩均增收两千元", authors=["吴丹","周颖"], time="2024-05-20 09:12",
 info='<div>时间：2024-05-20 09:12　　作者：吴　丹　周　颖　　来源：荆州日报</div>',
 body="""
　　荆州日报讯（记者 吴丹 通讯员 周颖）5月18日，洪湖市螺山镇的虾稻田里，养殖户正忙着起笼捕虾。一笼笼鲜活的小龙虾被倒进筐里，经过分拣后运往各地市场。
　　“今年虾价不错，一亩田光虾就能卖四千多元，再加上稻谷，比单种水稻多收两千多元。”养殖户徐春林说。
　　洪湖市是全国小龙虾主产区之一。全市“虾稻共作”面积已达62万亩，带动5万余户农户增收。
　　“我们合作社统一供苗、统一技术、统一收购，社员基本不用为销路发愁。”螺山镇一家合作社负责人说，今年合作社带动周边农户200余户，户均增收1.5万元。
　　为了提高品质，当地推广“早苗、稀放、大规格”养殖模式，并建设了4个小龙虾交易中心和12座冷链仓库。目前，洪湖小龙虾已销往全国20多个省份，并出口到欧洲市场。
"""),
dict(id="tv-22", kind=M, lang="zh", tpl="modern",
 site=dict(top='<a>人民网</a> <a>地方领导留言板</a> <a>English</a>', bname="人民网·海南频道", logo="人民网",
  nav=["首页","时政","社会","经济","文旅","教育","专题"], crumb="人民网&gt;&gt;海南频道&gt;&gt;滚动新闻",
  side='<h4>推荐</h4><p>三亚崖州湾科技城引进种业企业</p>',
  after='<p>(责编：林丽、王文)</p><p>分享让更多人看到</p><div class="rel"><h4>相关新闻</h4><p>海南打造国际旅游消费中心</p></div>',
  foot=["人民日报社概况 | 关于人民网 | 招聘英才","人民网版权所有，未经书面授权禁止使用","Copyright © 1997-2025 by www.people.com.cn. all rights reserved"]),
 title="五指山市：茶园里的“生态经”", authors=["孙飞"], time="2025年04月11日09:33",
 info='<div class="col-1-1">2025年04月11日09:33 | 来源：<a>人民网－海南频道</a></div>',
 body="""
人民网海口4月11日电 （孙飞）雾气缭绕的五指山水满乡，一垄垄茶树沿着山势铺展。茶农们背着竹篓穿行其间，忙着采摘春茶。
“五指山的茶生长在雨林边上，不打农药，只施有机肥，口感特别清甜。”水满乡一家茶叶合作社负责人王世茂说，今年春茶每斤鲜叶收购价比去年高出两成。
近年来，五指山市把茶产业作为乡村振兴的重要抓手，全市茶园面积达1.8万亩，年产干茶约300吨。当地还将茶园与雨林旅游结合，开发了采茶体验、茶艺研学等项目。
为了稳定茶叶品质，当地组织茶农开展标准化采摘和加工培训，建成茶叶初制加工厂6家，并引导合作社统一品牌、统一包装，五指山红茶已进入省内外多家商超。
“去年来茶园体验的游客有8万多人次。”五指山市旅文局负责人说，下一步将建设茶旅融合示范带，让茶产业“接二连三”。
"""),
dict(id="tv-23", kind=M, lang="zh", tpl="app",
 site=dict(top='<a>陕西头条</a> <button>打开</button>',
  after='<p>本文来自陕西头条客户端，转载请注明出处</p><div class="cm">全部评论（3）<p>西安网友：点赞！</p></div>',
  foot=["陕西日报社主办","陕ICP备12007380号"]),
 title="汉中：朱鹮种群数量突破万只", authors=["杨乐"], time="2024-09-19 15:08:44",
 info='<p>陕西头条记者 杨乐</p><p>2024-09-19 15:08:44</p>',
 body="""
记者9月18日从汉中市林业局获悉，经过四十余年的保护，汉中朱鹮种群数量已突破1万只，栖息地面积从最初的不足5平方公里扩大到1.6万平方公里。
1981年，科研人员在洋县姚家沟发现了仅存的7只野生朱鹮。此后，当地建立保护站，开展野外救护、人工繁育和栖息地保护工作。
为了给朱鹮留出觅食空间，当地在稻田周边保留了大量冬水田和湿地，并对高压线、化学农药等可能威胁朱鹮安全的因素进行专项治理。
“为了保护朱鹮，洋县农民很早就不用化肥农药，种出的有机稻米反倒卖上了好价钱。”洋县朱鹮保护站站长说。
如今，朱鹮已在陕西、河南、浙江等地建立野外种群，并被送往日本、韩国开展合作繁育。
汉中市林业局表示，下一步将继续加强湿地保护和恢复，推进朱鹮栖息地生态廊道建设。
"""),
dict(id="tv-24", kind=M, lang="zh", tpl="grid",
 site=dict(top='<a>黑龙江广播电视台</a> <a>极光新闻</a> <a>龙江听</a>', bname="黑龙江交通广播 FM99.8",
  nav=["首页","路况","节目","主播","活动","听众互动"], crumb="首页 » 资讯 » 交通资讯",
  side='<h4>节目单</h4><p>07:00 早高峰直播室</p><p>12:00 驾车正午</p>',
  after='<p>原标题：冬季行车注意啦</p><p>编辑：于淼</p>',
  foot=["黑龙江广播电视台 版权所有","黑ICP备14003011号-4"]),
 title="入冬后首场降雪 哈尔滨交警发布出行提示", authors=["张迪","李昊然"], time="2024/11/06 08:45",
 info='<span>发布时间：2024/11/06 08:45</span> | <span>作者：张迪 李昊然</span> | <span>来源：黑龙江交通广播</span>',
 body="""
11月5日夜间，哈尔滨迎来入冬后首场降雪，部分路段出现积雪和暗冰。哈尔滨市公安局交通警察支队提醒广大驾驶人，雪天路滑，出行务必减速慢行。
## 交警提示
- 出行前检查轮胎、刹车和灯光，有条件的车辆及时更换雪地胎；
- 保持安全车距，避免急刹车、急转弯；
- 桥梁、坡道和背阴路段容易结冰，通过时要提前减速；
- 遇到大雾或降雪能见度低时，开启雾灯和示廓灯。
交警部门表示，6日早高峰期间，全市将投入警力1200余人，在主要路口、桥梁和易拥堵路段加强疏导，确保道路安全畅通。
此外，交警部门还将与城管、环卫部门联动，优先清理公交线路、学校和医院周边道路积雪，必要时对部分坡道采取临时交通管制措施。
据气象部门预报，未来三天哈尔滨仍有小到中雪，最低气温将降至零下12摄氏度。
"""),
]
