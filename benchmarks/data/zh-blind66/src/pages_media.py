"""xo-13 … xo-24: provincial and city media, county 融媒体中心, TV sites, wire copy, 2 English pages."""
from lib import img, links, ul, dated_list
from layouts_media import portal_new, portal_old, rongmei, english

PAGES = []

# ------------------------------------------------------------------ xo-13
PAGES.append(dict(
    id="xo-13", layout=portal_new, kind="media", lang="zh", site_name="皖江新闻网",
    kicker="外贸稳中有进",
    title_lines=["芜湖港一季度集装箱吞吐量同比增长18%"],
    subtitle="——新开3条近洋航线，“铁水联运”箱量翻番",
    authors=["张弛", "黄文静"], publish_time="2024-04-15 07:38",
    bar_l='<a href="#">皖江新闻网首页</a><a href="#">客户端</a><a href="#">数字报</a>', bar_r='<a href="#">登录</a><a href="#">注册</a>',
    logo_alt="皖江新闻网", logo_text="皖江新闻网",
    channels=["首页", "时政", "芜湖", "经济", "民生", "文旅", "视频", "评论", "专题"],
    crumbs='<a href="#">皖江新闻网</a> &gt; <a href="#">经济</a> &gt; 正文',
    info='<span>2024-04-15 07:38</span><span>来源：皖江新闻网</span><span>阅读：2.1万</span>',
    blocks=[
        ("p", "皖江新闻网讯（记者 张弛 通讯员 黄文静）4月14日，记者从芜湖港口运营部门获悉，今年一季度，芜湖港完成集装箱吞吐量31.6万标箱，同比增长18%，增速位居长江沿线主要港口前列。"),
        ("p", "今年以来，芜湖港加快拓展航线网络，先后开通至日本、韩国和越南的3条近洋直航航线，外贸货物无需再到上海中转，运输时间平均缩短3至5天。“以前出口一批汽车零部件到大阪，光中转就要等一周，现在从家门口装船，十天左右就能到港。”一家汽车零部件企业物流主管说。"),
        ("img", "芜湖港集装箱码头", "芜湖港集装箱码头一派繁忙景象。"),
        ("h", "“铁水联运”跑出加速度"),
        ("p", "一季度，芜湖港“铁水联运”完成集装箱作业2.4万标箱，较去年同期翻了一番。港口与铁路部门联合推出“一次委托、一单到底”的全程服务，来自皖南、赣北的货物通过铁路运抵码头后可直接装船，减少了短驳环节和装卸次数。"),
        ("p", "港口相关负责人介绍，下一步将推进码头三期工程建设，新增2个万吨级泊位，并加密近洋航线班期，力争全年集装箱吞吐量突破130万标箱。"),
    ],
    post_body='<p class="editor">责任编辑：许诺</p>',
    after=('<h3>相关阅读</h3>' + ul(["芜湖港开通首条至越南胡志明港直航航线", "一季度全省外贸进出口情况发布"])),
    side=[("24小时热读", ["芜湖轨道交通3号线最新进展", "清明假期芜湖接待游客超百万人次", "市区这些路段将实施交通管制"]),
          ("视频", ["航拍：春到长江边", "芜湖方特新项目开园"])],
    footer=('<p>皖江新闻网版权所有　未经授权禁止转载、摘编、复制或建立镜像</p>'
            '<p>互联网新闻信息服务许可证：34120230007　<a href="#">皖ICP备10211347号-3</a>　皖公网安备 34020202000317号</p>'
            '<p>违法和不良信息举报电话：0553-3839021　举报邮箱：jubao@wjxw.cn</p>'),
))

# ------------------------------------------------------------------ xo-14
PAGES.append(dict(
    id="xo-14", layout=portal_new, kind="media", lang="zh", site_name="齐鲁都市网",
    title_lines=["大明湖景区夜游项目开放首月 接待游客超40万人次"],
    authors=["王静", "孟凡超"], publish_time="2023-08-22 07:45:10",
    bar_l='<a href="#">齐鲁都市网</a><a href="#">泉城晚报电子版</a>', bar_r='<a href="#">投稿</a><a href="#">APP下载</a>',
    logo_alt="齐鲁都市网", logo_text="齐鲁都市网",
    channels=["首页", "济南", "山东", "社会", "财经", "文旅", "健康", "教育", "房产"],
    crumbs='当前位置：<a href="#">首页</a> &gt; <a href="#">济南</a> &gt; 正文',
    info='<span>2023-08-22 07:45:10</span><span>来源：泉城晚报</span><span>作者：记者 王&nbsp;&nbsp;静 通讯员 孟凡超</span>',
    pre_body=('<div class="related-top"><b>相关新闻：</b><ul>'
              '<li><a href="#">大明湖夜游项目7月20日起试运营</a></li>'
              '<li><a href="#">暑期来济南，这份夜游攻略请收好</a></li>'
              '<li><a href="#">济南明府城入选国家级夜间文化和旅游消费集聚区</a></li></ul></div>'),
    blocks=[
        ("p", "8月21日，记者从大明湖景区管理部门获悉，景区夜游项目自7月20日开放以来，首月累计接待游客42.3万人次，其中外地游客占比超过六成，“夜游大明湖”成为今夏济南文旅市场的新热点。"),
        ("p", "夜幕降临，湖面上灯影摇曳。游客可以乘坐画舫沿湖游览，观看以“四面荷花三面柳”为主题的水上光影秀，也可以在超然楼下欣赏非遗曲艺表演。来自河南洛阳的游客张女士说：“白天太热不敢出门，晚上来湖边吹吹风、看看演出，特别舒服。”"),
        ("img", "游客在大明湖畔乘船夜游", "游客在大明湖畔乘船夜游。记者 宋&nbsp;&nbsp;涛 摄"),
        ("h", "带火周边消费"),
        ("p", "夜游人气的提升也带动了周边消费。据景区周边商户统计，8月以来，曲水亭街、百花洲一带餐饮、文创店铺的晚间营业额同比增长约35%。一家经营济南特色小吃的店主告诉记者，店里的营业时间从晚上9点延长到了11点，“晚上比白天还忙”。"),
        ("p", "为应对夜间客流高峰，景区实行游船分时预约，并在主要出入口增派安保和志愿者，引导游客有序游览。景区还开通了夜间接驳公交，方便游客游览结束后返回市区。"),
        ("p", "景区相关负责人表示，下一步将根据游客反馈优化夜游线路和演出内容，增加导览标识和休憩设施，并联合周边街区推出夜游联票，让游客“留下来、住下来”。"),
    ],
    post_body='<p class="editor">编辑：赵一凡</p>',
    side=[("热门排行", ["济南地铁4号线最新消息", "8月下旬济南天气趋势", "济南这些学校今年秋季招生有变化", "趵突泉水位持续高位运行"])],
    footer=('<p>Copyright © 2012-2023 齐鲁都市网 All Rights Reserved</p>'
            '<p><a href="#">鲁ICP备13020871号-2</a>　鲁公网安备 37010202002045号　互联网新闻信息服务许可证：37120190012</p>'
            '<p>新闻热线：0531-85196789</p>'),
))

# ------------------------------------------------------------------ xo-15
PAGES.append(dict(
    id="xo-15", layout=rongmei, kind="media", lang="zh", site_name="涟水县融媒体中心",
    title_lines=["万亩稻田开镰 机收“抢”出好收成"],
    authors=["周航", "孙洁"], publish_time="2023-10-19 17:42",
    logo_alt="涟水发布", logo_text="涟水县融媒体中心",
    hd_r='<a href="#">客户端下载</a><a href="#">电视直播</a><a href="#">广播直播</a><a href="#">爆料</a>',
    channels=["首页", "时政", "乡镇", "民生", "视频", "直播", "专题", "公告"],
    crumbs='当前位置：<a href="#">首页</a> &gt; <a href="#">视频</a> &gt; 正文',
    above_title='<span class="tagline">视频</span>',
    info='<span>发布时间：2023-10-19 17:42</span><span>来源：涟水县融媒体中心</span><span>浏览量：3,408</span>',
    video="视频封面：万亩稻田开镰", duration="02:41",
    pst="indent",
    blocks=[
        ("p", "金秋十月，涟水县3.2万亩水稻陆续进入收获期。在高沟镇的高标准农田示范区，一台台收割机在金黄的稻田里来回穿梭，收割、脱粒、装车一气呵成，田间地头一派繁忙景象。"),
        ("p", "“今年雨水调匀，加上用了新品种，亩产能达到1300斤左右，比去年多了100来斤。”种粮大户刘海东站在田埂上，看着刚卸下的稻谷，脸上满是笑容。他流转的800多亩水稻预计10天内全部收完。"),
        ("p", "为确保颗粒归仓，县农业农村部门提前调度收割机、烘干机等农机具1200余台套，组织农技人员深入田间开展机收减损指导，并协调粮食收储企业延长收购时间，方便农户就近售粮。"),
        
        ("p", "在涟城街道的粮食烘干中心，刚收下的湿稻谷经过烘干、除杂后直接进仓。“以前收下来的稻子要摊在路边晒，遇上阴雨天就发愁，现在送到烘干中心，当天就能变成干粮。”烘干中心负责人说，中心日烘干能力达到600吨。"),("p", "据了解，全县秋粮收获工作预计11月上旬基本结束，随后将全面转入秸秆还田和小麦播种。"),
    ],
    credit='<p>记者：周&nbsp;&nbsp;航 孙&nbsp;&nbsp;洁</p><p>编辑：陈露　审核：张明远</p>',
    after='<h4>更多视频</h4>' + ul(["【短视频】航拍涟水秋色", "涟水：“四季村晚”唱响丰收季", "县领导督查秋收秋种工作"]),
    footer=('<p>涟水县融媒体中心 版权所有　地址：涟水县安东北路88号　新闻热线：0517-82342110</p>'
            '<p><a href="#">苏ICP备19046381号-1</a>　苏公网安备 32082602000214号</p>'),
))

# ------------------------------------------------------------------ xo-16
PAGES.append(dict(
    id="xo-16", layout=rongmei, kind="media", lang="zh", site_name="鹿邑县融媒体中心",
    title_lines=["小尾毛撑起大产业 鹿邑化妆刷出口额同比增长三成"],
    authors=["韩雪梅", "赵凯"], publish_time="2024-03-26 18:05",
    logo_alt="鹿邑融媒", logo_text="鹿邑县融媒体中心",
    hd_r='<a href="#">鹿邑融媒APP</a><a href="#">投稿爆料</a><a href="#">联系我们</a>',
    channels=["首页", "鹿邑要闻", "乡镇动态", "部门动态", "融媒视频", "老家鹿邑", "专题专栏"],
    crumbs='您的位置：<a href="#">首页</a> &gt;&gt; <a href="#">鹿邑要闻</a>',
    info='<span>2024-03-26 18:05</span><span>来源：鹿邑县融媒体中心</span><span>阅读：</span>',
    pst="indent", hst="strong",
    blocks=[
        ("raw", '<p style="color:#666">鹿邑融媒记者 韩雪梅 通讯员 赵&nbsp;&nbsp;凯</p>'),
        ("p", "3月25日，在鹿邑县产业集聚区的一家化妆刷生产企业里，工人们正忙着分拣、装毛、胶合，一批发往欧洲的订单即将装箱。今年一季度，鹿邑县化妆刷产品出口额同比增长三成以上，企业订单已经排到了6月份。"),
        ("p", "鹿邑县是传统的尾毛加工基地，从上世纪八十年代起，当地群众就开始收购、加工羊毛、狼毛等尾毛原料。近年来，县里引导企业由原料加工向化妆刷成品制造延伸，形成了从原料分拣到成品包装的完整产业链。"),
        ("h", "产业规模持续扩大"),
        ("table", [["年份", "化妆刷企业（家）", "出口额（亿元）"],
                   ["2021年", "186", "12.4"],
                   ["2022年", "215", "15.1"],
                   ["2023年", "243", "18.7"]]),
        ("p", "“我们现在80%的产品出口，客户主要在欧美和东南亚。”企业负责人介绍，去年企业投入300多万元购置自动化设备，生产效率提高了近一倍。"),
        ("p", "目前，鹿邑县正在建设化妆刷产业园二期和跨境电商服务中心，为企业提供设计研发、检验检测、物流报关等一站式服务，推动“鹿邑制造”走向更广阔的国际市场。"),
    ],
    credit='<p>编辑：李娜</p><p>审核：张国强</p><p>签发：刘洋</p>',
    after='<h4>相关新闻</h4>' + ul(["鹿邑县召开2024年外贸企业座谈会", "鹿邑：“云端”直播卖化妆刷"]),
    footer=('<p>主办：鹿邑县融媒体中心　<a href="#">豫ICP备19012783号-1</a>　豫公网安备 41162802000037号</p>'
            '<p>本网站所刊登的信息和各种专栏资料，未经协议授权，不得使用或转载</p>'),
))

# ------------------------------------------------------------------ xo-17
PAGES.append(dict(
    id="xo-17", layout=portal_new, kind="media", lang="zh", site_name="华夏网",
    title_lines=["山东寿光：蔬菜大棚里来了“数字农人”"],
    authors=["邵琨", "陈曦"], publish_time="2025-03-05 18:22:07",
    bar_l='<a href="#">华夏网首页</a><a href="#">客户端</a><a href="#">English</a>', bar_r='<a href="#">登录</a>',
    logo_alt="华夏网", logo_text="华夏网",
    channels=["首页", "时政", "地方", "经济", "科技", "社会", "国际", "图片", "视频"],
    crumbs='<a href="#">华夏网</a> &gt; <a href="#">地方</a> &gt; <a href="#">山东</a> &gt; 正文',
    info='<span>2025-03-05 18:22:07</span><span>来源：新华社</span><span><a href="#">【纠错】</a></span>',
    blocks=[
        ("p", "新华社济南3月5日电（记者 邵琨、陈曦）走进山东省寿光市稻田镇的一座智能温室，黄瓜藤蔓顺着吊绳攀援而上，水肥一体化设备正按设定的配方给作物“喂饭”。合作社技术员李晓雨拿出手机点了几下，温室顶部的遮阳网缓缓展开。"),
        ("p", "“温度、湿度、光照、二氧化碳浓度，手机上都能实时看到，哪个指标不对，系统会自动报警。”李晓雨说。今年28岁的她大学毕业后回到家乡，成了村里人口中的“数字农人”。"),
        ("img", "技术员查看大棚环境监测数据", "3月4日，寿光市一家蔬菜合作社的技术员在查看大棚环境监测数据。新华社记者 朱&nbsp;&nbsp;峥 摄"),
        ("p", "寿光是全国闻名的“蔬菜之乡”。近年来，当地推动物联网、大数据等技术在设施蔬菜生产中的应用，全市已有智能化大棚1.2万余个。据测算，与传统大棚相比，智能大棚平均节水30%、节肥20%，亩均效益提高15%以上。"),
        ("p", "技术进步也在改变农民的角色。在寿光，一批懂技术、会经营的年轻人返乡创业，有的当上了农业托管服务员，有的通过直播把蔬菜卖到全国。当地还与多所高校合作开设新型职业农民培训班，去年共培训各类农业人才6000余人次。"),
        ("p", "为了让更多农户用得起智能设备，寿光还探索推行“设备租赁+技术托管”模式，由合作社统一采购设备、统一提供技术服务，农户按年支付服务费。目前，这一模式已覆盖当地3000余户菜农。"),
        ("p", "“以前种大棚靠经验，现在靠数据。”稻田镇一位种了二十多年菜的老菜农说，在年轻人的帮助下，他也学会了用手机管理大棚。"),
    ],
    post_body='<p class="editor">【责任编辑：郝&nbsp;&nbsp;帅】</p>',
    side=[("热点推荐", ["两会受权发布", "春耕备耕一线观察", "各地多措并举稳就业"]),
          ("图片", ["春到黄河口", "鲁西南小麦返青"])],
    footer=('<p>华夏网版权所有 Copyright © 2025 All Rights Reserved</p>'
            '<p>互联网新闻信息服务许可证 10120170081　<a href="#">京ICP备15012345号</a>　京公网安备 11010202007788号</p>'),
))

# ------------------------------------------------------------------ xo-18
PAGES.append(dict(
    id="xo-18", layout=portal_new, kind="media", lang="zh", site_name="中原在线－河南频道",
    title_lines=["郑州“口袋公园”三年建成800余个 居民出门见绿"],
    authors=["李想"], publish_time="2024年06月03日08:15",
    bar_l='<a href="#">中原在线</a> | <a href="#">河南频道</a>', bar_r='<a href="#">手机看新闻</a>',
    logo_alt="中原在线 河南频道", logo_text="河南频道",
    channels=["首页", "河南要闻", "市县", "经济", "社会", "文旅", "教育", "健康", "图片"],
    crumbs='<a href="#">中原在线</a>&gt;&gt;<a href="#">河南频道</a>&gt;&gt;<a href="#">河南要闻</a>',
    info='2024年06月03日08:15 | 来源：<a href="#">中原在线－河南频道</a>',
    pst="p",
    blocks=[
        ("p", "中原在线郑州6月3日电 （李想）清晨，在郑州市金水区一处由边角地改造而成的口袋公园里，市民有的打太极，有的遛弯，孩子们在塑胶场地上追逐嬉戏。记者从郑州市园林部门获悉，2021年以来，郑州已累计建成口袋公园800余个，市区公园绿地服务半径覆盖率达到90%以上。"),
        ("p", "口袋公园面积不大，大的几千平方米，小的只有几百平方米，多利用街头闲置地、拆违腾退地和老旧小区周边空地建设。“以前这里是个堆放建筑垃圾的地方，现在成了家门口的小花园。”家住附近的市民赵阿姨说。"),
        ("p", "在建设过程中，郑州坚持“一园一策”，通过问卷、议事会等方式征求周边居民意见，在公园里增设健身器材、儿童游乐设施、休闲座椅和公共厕所。部分口袋公园还融入了地方历史文化元素，成为展示城市文化的窗口。"),
        ("p", "郑州市园林部门相关负责人表示，今年将再新建口袋公园100个，并加强已建成公园的日常管护，让市民在家门口享受更多绿色福利。"),
    ],
    post_body='<p class="editor">（责编：王一鸣、刘畅）</p>',
    share='<span>分享到：</span><a href="#">微信</a><a href="#">新浪微博</a><a href="#">QQ空间</a>',
    after=('<h3>相关新闻</h3>' + ul(["郑州今年将新增城市绿地300万平方米", "洛阳：城市书房遍布街头巷尾"]) +
           '<p>中原在线河南频道 版权所有，未经书面授权禁止使用</p>'),
    side=[("频道推荐", ["河南多地开展防汛演练", "2024年河南高考报名人数公布", "豫剧进校园活动启动"])],
    footer=('<p>中原在线河南频道 联系电话：0371-65921234</p>'
            '<p><a href="#">豫ICP备12007896号</a>　豫公网安备 41010502003421号</p>'),
))

# ------------------------------------------------------------------ xo-19
PAGES.append(dict(
    id="xo-19", layout=rongmei, kind="media", lang="zh", site_name="皖视新闻",
    title_lines=["骆岗公园首场冬季市集开市 百余家非遗和文创摊位亮相"],
    authors=["马骏", "吴雨桐"], publish_time="2024-11-08 21:06",
    logo_alt="皖视新闻", logo_text="皖视新闻 · 安徽广播电视台",
    hd_r='<a href="#">电视直播</a><a href="#">广播</a><a href="#">节目单</a><a href="#">下载客户端</a>',
    channels=["首页", "新闻", "直播", "节目", "安徽", "民生", "视频"],
    crumbs='<a href="#">首页</a> &gt; <a href="#">安徽</a> &gt; 正文',
    info='<span>来源：皖视新闻客户端</span><span>2024-11-08 21:06</span>',
    video="视频加载中", duration="01:58",
    pst="p",
    blocks=[
        ("p", "11月8日晚，位于合肥市包河区的骆岗公园迎来今冬首场“冬日暖阳”主题市集。120余家非遗手作、文创设计和特色美食摊位沿着公园中轴线一字排开，吸引了众多市民前来“赶集”。"),
        ("p", "在非遗展区，徽州竹雕、界首彩陶、阜阳剪纸等传统技艺吸引了不少年轻人驻足。剪纸艺人现场创作生肖剪纸，几分钟就剪出一只活灵活现的小蛇，引来阵阵掌声。"),
        ("p", "“既能逛吃，又能看表演，还能带孩子体验手工，很适合周末来玩。”带着女儿来逛市集的市民刘女士说。"),
        ("p", "据主办方介绍，本次市集将持续至12月底，每周五至周日晚间开放，其间还将穿插乐队演出、露天电影和灯光秀等活动。"),
        ("p", "美食区同样人气火爆。淮南牛肉汤、庐江小红头、宣城水阳三宝等各地风味小吃飘香，不少摊位前排起了长队。一位经营烤红薯的摊主告诉记者，开市不到两个小时，备好的两百多个红薯就卖完了。"),
        ("p", "为保障市集秩序，公园增设了临时停车场和接驳车，安保、保洁和志愿服务人员全程在岗。主办方提醒，夜间气温较低，前来游玩的市民要注意保暖，并尽量选择公共交通出行。"),
    ],
    credit='<p>皖视新闻记者 马骏 吴雨桐 合肥台报道</p><p>【编辑：陶然】</p>',
    after='<h4>猜你喜欢</h4>' + ul(["合肥今冬首场寒潮来袭", "安徽多地迎来最美银杏季", "黄山风景区发布冬季旅游线路"]),
    footer=('<p>安徽广播电视台 皖视新闻 版权所有</p>'
            '<p>信息网络传播视听节目许可证：1203126　<a href="#">皖ICP备05001287号</a>　皖公网安备 34010402700145号</p>'
            '<p>违法和不良信息举报电话：0551-62620110</p>'),
))

# ------------------------------------------------------------------ xo-20
PAGES.append(dict(
    id="xo-20", layout=english, kind="media", lang="en", site_name="JSToday",
    title_lines=["Lantern boats return to Nanjing's Qinhuai River for autumn night tours"],
    authors=["Zhang Yuqing", "Chen Mo"], publish_time="2024-09-12 10:21",
    bar_l="Thursday, September 12, 2024", bar_r='<a href="#">中文</a><a href="#">Newsletter</a><a href="#">Subscribe</a>',
    logo_alt="JSToday", logo_text="JSToday",
    channels=["Home", "Jiangsu", "Business", "Culture", "Travel", "Education", "Video", "Photos"],
    crumbs='<a href="#">Home</a> / <a href="#">Culture</a>',
    dek="Refitted boats, new routes and a longer season aim to draw visitors after dark",
    info='By Zhang Yuqing and Chen Mo in Nanjing | JSToday | Updated: 2024-09-12 10:21',
    blocks=[
        ("p", "Painted wooden boats hung with red lanterns are once again gliding past the whitewashed houses along Nanjing's Qinhuai River, as the city restarts its popular night tours after a summer refit."),
        ("img", "Qinhuai River boats", "Tourists take a lantern boat ride on the Qinhuai River in Nanjing, Jiangsu province, on Tuesday. SUN LEI / FOR JSTODAY"),
        ("p", "Twenty-four boats have been fitted with quieter electric engines, and a new 4-kilometer route now links the Confucius Temple area with the old city wall at Dongshuiguan."),
        ("p", "\"Many visitors told us the old trip was too short,\" said Wang Lin, who manages the boat service. \"The new route lets people see more of the river without rushing.\""),
        ("p", "Tickets cost 120 yuan for adults, and tours run every 15 minutes from 6 pm to 10 pm until the end of November."),
        ("p", "Local officials hope the night economy will keep tourists in the city longer. Restaurants and tea houses near the pier have extended their opening hours."),
        ("p", "The river, lined with restored Ming and Qing dynasty buildings, has long been one of the city's best-known attractions. Last year, the Qinhuai scenic area received more than 20 million visits, according to the district culture and tourism bureau."),
        ("p", "\"We came for the lantern show and ended up staying two extra nights,\" said Li Ting, a visitor from Hangzhou, Zhejiang province. \"The river is much more beautiful after dark.\""),
    ],
    after='<p><a href="#">Share</a> · <a href="#">Print</a> · <a href="#">Comment</a></p>',
    side=[("Most Viewed", ["Nanjing metro opens two new stations", "Suzhou gardens extend evening hours", "Jiangsu exports rise in August"])],
    footer=('<p>Copyright 2024 JSToday. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to JSToday.</p>'
            '<p><a href="#">About Us</a> | <a href="#">Contact Us</a> | 苏ICP备12034567号-5</p>'),
))

# ------------------------------------------------------------------ xo-21
PAGES.append(dict(
    id="xo-21", layout=english, kind="media", lang="en", site_name="Anhui Online English",
    title_lines=["Huangshan sees record visitor numbers", "over May Day holiday"],
    authors=[], publish_time="2024-05-08 20:31:45",
    bar_l='<a href="#">Anhui Online</a>', bar_r='<a href="#">中文版</a><a href="#">Mobile</a>',
    logo_alt="Anhui Online", logo_text="ANHUI ONLINE",
    channels=["Home", "News", "Business", "Tourism", "Culture", "Cities", "Photos"],
    crumbs='<a href="#">Home</a> &gt; <a href="#">News</a>',
    info='Source: Xinhua | 2024-05-08 20:31:45 | Editor: Liu Xin',
    blocks=[
        ("p", "HEFEI, May 8 (Xinhua) -- The Huangshan scenic area in east China's Anhui Province received more than 260,000 visitors during the five-day May Day holiday, a record for the period, local authorities said Wednesday."),
        ("p", "To ease congestion, the scenic area introduced time-slot reservations and added shuttle buses and cable car operating hours, according to its management committee."),
        ("p", "Hotels and homestays in nearby towns reported occupancy rates above 90 percent, while sales of local specialties such as tea and ink sticks rose sharply."),
        ("p", "Huangshan, known for its granite peaks, ancient pine trees and seas of clouds, is a UNESCO World Heritage site."),
    ],
    after='<p>Related: <a href="#">Anhui tourism revenue up 20 pct in Q1</a></p>',
    side=[("Latest", ["Hefei hosts international auto expo", "Anhui farmers begin wheat harvest", "New high-speed rail link opens in southern Anhui"])],
    footer='<p>Copyright © Anhui Online. All Rights Reserved. 皖ICP备10001234号</p>',
))

# ------------------------------------------------------------------ xo-22
PAGES.append(dict(
    id="xo-22", layout=portal_old, kind="media", lang="zh", site_name="相城新闻网",
    title_lines=["迎峰度夏用电高峰来临 市供电公司完成38台配变增容"],
    authors=["李响", "崔晓东"], publish_time="2015-07-14 08:53:21",
    bar_l='<a href="#">相城新闻网</a> | <a href="#">淮北晨刊</a> | <a href="#">淮北日报</a>', bar_r="2015年7月14日 星期二",
    logo_alt="相城新闻网 www.xcxww.com", ad_alt="广告：淮北城市建设投资",
    channels=["首页", "本地新闻", "时政", "社会", "县区", "民生", "专题", "论坛"],
    crumbs='您现在的位置：<a href="#">相城新闻网</a> &gt;&gt; <a href="#">本地新闻</a> &gt;&gt; 正文',
    info='2015-07-14 08:53:21　来源：淮北晨刊　作者：记者 李&nbsp;&nbsp;响 通讯员 崔晓东　点击：',
    blocks=[
        ("p", "连日来，我市持续高温，全市用电负荷屡创新高。记者昨日从市供电公司获悉，为应对迎峰度夏用电高峰，该公司已完成38台配电变压器增容改造，新增配变容量1.6万千伏安，有效缓解了部分老旧小区和城郊结合部的供电压力。"),
        ("p", "据介绍，7月以来，全市最大用电负荷已达168万千瓦，同比增长9.2%。针对部分台区负载率偏高的问题，供电公司提前开展负荷监测分析，对重载、过载台区逐一制定改造方案，并在夜间和凌晨用电低谷时段施工，尽量减少对居民用电的影响。"),
        ("p", "同时，该公司组建了20支抢修队伍，实行24小时值班制度，储备变压器、电缆等抢修物资，确保故障发生后能够快速响应。市民如遇停电，可拨打95598供电服务热线报修。"),
        ("p", "供电部门提醒广大市民，高温天气要合理使用空调，建议温度设置在26摄氏度以上，并注意检查家中线路，避免多个大功率电器同时使用引发跳闸。"),
    ],
    after=('<p>【<a href="#">我要评论</a>】【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>'
           '<p>相关新闻：</p>' + ul(["我市出台高温天气劳动保护措施", "高温下的坚守：电力抢修工人的一天"])),
    side=[("热点新闻", ["市区部分路段今起封闭施工", "我市中考录取分数线公布", "相山公园荷花节开幕"]),
          ("图片新闻", ["南湖湿地公园美景", "濉河两岸夜景"])],
    footer=('<p>主办：淮北日报社　承办：相城新闻网　联系电话：0561-3035627</p>'
            '<p>Copyright © 2008-2015 相城新闻网 版权所有　<a href="#">皖ICP备08102315号</a></p>'),
))

# ------------------------------------------------------------------ xo-23
PAGES.append(dict(
    id="xo-23", layout=portal_old, kind="media", lang="zh", site_name="琅琊新闻网",
    title_lines=["临沂商城国际采购中心", "上半年进出口额突破百亿元"],
    authors=["庞博"], publish_time="2024-07-23 16:18",
    bar_l='<a href="#">琅琊新闻网</a> | <a href="#">临沂手机台</a>', bar_r='<a href="#">登录</a> | <a href="#">注册</a>',
    logo_alt="琅琊新闻网", ad_alt="广告",
    channels=["首页", "临沂", "县区", "商城", "民生", "文旅", "视频", "图片"],
    crumbs='当前位置：<a href="#">首页</a> &gt; <a href="#">商城</a> &gt; 正文',
    info='2024-07-23 16:18　来源：琅琊新闻网　编辑：孔令辉',
    blocks=[
        ("p", "记者从临沂商城国际采购中心获悉，今年上半年，中心完成进出口额103.6亿元，同比增长21.5%，首次在半年时间内突破百亿元大关。"),
        ("p", "临沂商城国际采购中心主要为中小外贸企业提供报关、物流、结汇、退税等一站式服务。今年以来，中心新增备案外贸主体1400余家，其中近一半是首次开展外贸业务的商户。“过去只做国内批发，现在在家门口就能把货卖到国外。”一家五金商户负责人说。"),
        ("p", "从出口市场看，东盟、中亚和非洲成为增长最快的区域，建材、五金、日用百货等商城优势产品出口额占比超过六成。"),
        ("p", "通关效率的提升也为商户节省了成本。今年以来，采购中心推行“通关+物流”一体化服务，出口货物从报关到装车平均用时压缩至4小时以内，一批批货物通过中欧班列、海铁联运发往世界各地。"),
        ("p", "下一步，采购中心将加快建设海外仓和跨境电商直播基地，拓展“市场采购+跨境电商”新模式，推动更多“临沂商城造”走向世界。"),
        ("raw", '<p style="text-align:right">琅琊新闻网记者 庞博 报道</p>'),
    ],
    after='<p>【<a href="#">收藏</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>',
    side=[("临沂热点", ["临沂高铁北站最新进展", "沂河夜游开通", "临沂今年中考分数线公布"]),
          ("商城动态", ["临沂商城发布上半年交易数据", "商城物流园新增线路10条"])],
    footer=('<p>琅琊新闻网 版权所有　未经许可不得复制或镜像</p>'
            '<p><a href="#">鲁ICP备09013576号</a>　鲁公网安备 37130202000123号　新闻热线：0539-8201376</p>'),
))

# ------------------------------------------------------------------ xo-24
PAGES.append(dict(
    id="xo-24", layout=portal_new, kind="media", lang="zh", site_name="商都网",
    tag="对话",
    title_lines=["汴绣传承人孙慧敏：一针一线绣出“新国潮”"],
    authors=["杜若"], publish_time="2025-01-16 10:05",
    bar_l='<a href="#">商都网</a><a href="#">商都晚报</a><a href="#">商都+客户端</a>', bar_r='<a href="#">爆料</a><a href="#">登录</a>',
    logo_alt="商都网", logo_text="商都网",
    channels=["首页", "郑州", "河南", "对话", "文化", "消费", "教育", "视频"],
    crumbs='<a href="#">首页</a> &gt; <a href="#">对话</a>',
    info_above=True,
    info='<span>2025-01-16 10:05</span><span>|</span><span>商都网</span>',
    pre_body='<p style="color:#666;font-size:15px">文/图 商都晚报记者 杜&nbsp;&nbsp;若</p>',
    blocks=[
        ("p", "在开封市鼓楼区的一间工作室里，汴绣传承人孙慧敏正带着几名年轻绣娘赶制一批文创订单。绣架上，一幅以《清明上河图》局部为题材的团扇已经完成大半，细如发丝的丝线在她手中上下翻飞。近日，记者与她进行了一次对话。"),
        ("p", "记者：很多人觉得刺绣离年轻人很远，您怎么看？"),
        ("p", "孙慧敏：过去汴绣多是大幅的装饰画，价格高、周期长，年轻人确实觉得有距离。这几年我们做了很多小件，比如书签、手机挂件、帆布包，图案也加入了盲盒、国风插画等元素，年轻人很喜欢。"),
        ("p", "记者：传统技艺和市场化之间怎么平衡？"),
        ("p", "孙慧敏：针法是根，不能丢。我们的文创产品虽然小，但用的是正宗的汴绣针法。做得快可以，做得糙不行。"),
        ("p", "记者：现在有多少年轻人跟您学？"),
        ("p", "孙慧敏：工作室现在有16个学徒，最小的19岁。我们还和当地职业院校合作开了汴绣课，每年有一百多名学生选修。"),
        ("p", "记者：您最近在忙什么新作品？"),
        ("p", "孙慧敏：我们正在和开封的一家博物馆合作，以馆藏的宋代瓷器为原型设计一组刺绣团扇，准备在明年春节前推出。宋韵是开封最宝贵的文化资源，我们想用刺绣的方式把它讲给更多年轻人听。"),
        ("p", "采访结束时，孙慧敏说，她最大的心愿是让更多人“穿上、用上、爱上”汴绣，让这门老手艺在新时代焕发新的光彩。"),
    ],
    post_body='<p class="editor">编辑：吕晓　校对：何川</p>',
    side=[("对话·更多", ["对话郑州“90后”非遗面塑师", "对话豫剧名家：戏曲要走进年轻人", "对话河南博物院文创团队"])],
    footer=('<p>商都网 版权所有 ©2025</p>'
            '<p>互联网新闻信息服务许可证：41120180004　<a href="#">豫ICP备11002345号-1</a>　豫公网安备 41010502001987号</p>'
            '<p>举报电话：0371-67655110</p>'),
))
