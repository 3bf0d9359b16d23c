from lib import *

PAGES = []


def reg(f):
    PAGES.append(f)
    return f


@reg
def zd17():
    # people.com.cn-like: 引题 + headline + 副题, time | 来源, (责编：...)
    yin = "持续深化“放管服”改革"
    title = "黑龙江：企业开办“一日办结”覆盖全省"
    fu = "今年以来全省新设经营主体同比增长11.2%"
    time = "2024年05月21日08:35"
    body = [
        "本报哈尔滨5月20日电（记者 刘梦溪）记者从黑龙江省市场监督管理局获悉：截至目前，黑龙江省13个市（地）已全部实现企业开办“一日办结”，申请人通过“企业开办一网通办”平台一次提交材料，即可同步办理营业执照、公章刻制、发票申领、社保登记和住房公积金缴存登记等事项。",
        "今年1至4月，黑龙江省新设经营主体14.6万户，同比增长11.2%，其中新设企业3.1万户，同比增长9.4%。",
        "“以前开个公司要跑好几个部门，现在在手机上就能填报，第二天就拿到了执照和印章。”哈尔滨市道里区一家餐饮公司负责人王佳琪说。",
        "黑龙江省市场监管局有关负责人介绍，下一步将推动经营主体登记“全程电子化”向县域延伸，进一步压减办理环节，并探索个体工商户转型为企业“一件事”集成办理。",
        "《人民日报》（2024年05月21日 第11版）",
    ]
    inner = topbar(["人民网>>", "人民日报", "人民网"], ["登录", "注册", "手机看新闻", "人民日报客户端"]) + \
        nav(["首页", "时政", "国际", "观点", "地方", "财经", "社会", "健康", "科技", "教育", "文旅"]) + \
        crumbs("<a href='#'>人民网</a>&gt;&gt;<a href='#'>地方</a>") + \
        f"""<div class="main"><div class="content">
<h3 class="pre" style="text-align:center;font-weight:normal">{yin}</h3>
<h1>{title}</h1>
<h4 style="text-align:center;font-weight:normal">{fu}</h4>
<div class="info"><span>{time}  |  来源：<a href="#">人民网－人民日报</a></span><span class="small">小字号</span></div>
{share("", ("微信", "微博", "手机看"))}
<div class="article">{render_body(body)}</div>
<div class="edit">(责编：孙钰、陈羽)</div>
<div class="tools">分享让更多人看到</div>
{linklist("推荐阅读", ["国务院常务会议研究部署进一步优化营商环境", "多地推出“高效办成一件事”新举措", "一季度全国新设经营主体同比增长", "东北三省一区营商环境联合行动方案发布", "专家解读：如何更好激发经营主体活力"], "side hot")}
</div><div class="sidebar">{linklist("热点排行", ["2024年高考报名人数公布", "我国成功发射一颗新型遥感卫星", "全国铁路今日起实行新运行图"])}</div></div>
""" + footer(["人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用", "Copyright © 1997-2024 by www.people.com.cn. all rights reserved", "<a href='#'>关于人民网</a> | <a href='#'>报社概况</a> | <a href='#'>网站声明</a> | <a href='#'>联系我们</a>"])
    return dict(id="zd-17", kind="national media, people.com.cn-like (引题/主题/副题 stack, 记者 in body, 责编)",
                title=title, authors=["刘梦溪"], time=time, body=gold_body(body[:-1]), html=page(title + "--地方--人民网", inner),
                note="last line 《人民日报》（…第11版） is a print-source credit, not body")


@reg
def zd18():
    # xinhuanet-like: 原标题 absent; 新华社电 dateline; 【纠错】 责任编辑
    title = "青海三江源国家公园藏羚羊种群数量稳步增长"
    time = "2024-09-09 19:42:16"
    body = [
        "新华社西宁9月9日电（记者 李占轶 张子琪）记者从三江源国家公园管理局获悉，最新监测数据显示，三江源国家公园内藏羚羊种群数量已恢复到7万余只，较十年前增长约一倍。",
        "三江源国家公园管理局生态保护处负责人介绍，近年来，公园持续开展野生动物栖息地保护修复，拆除、改造影响野生动物迁徙的围栏近300公里，在可可西里等重点区域设立巡护站点，常态化开展反盗猎巡护。今年藏羚羊迁徙期间，公园共组织巡护人员1400余人次，护送藏羚羊安全通过青藏公路。",
        "“现在每年夏天都能看到成群的藏羚羊在卓乃湖一带产仔，数量一年比一年多。”在可可西里工作了12年的巡山队员尕玛多杰说。",
        "此外，雪豹、藏野驴、白唇鹿等野生动物种群数量也明显增加，公园内已记录到野生脊椎动物270余种。",
    ]
    inner = topbar(["新华网", "新华社客户端"], ["登录", "注册"]) + \
        nav(["首页", "时政", "地方", "国际", "财经", "思客", "体育", "科技", "图片", "视频"]) + \
        crumbs("<a href='#'>新华网</a> &gt; <a href='#'>正文</a>") + \
        f"""<div class="main"><div class="content">
<div class="info" style="text-align:left;border:0"><span class="year">2024</span><span class="day">09/09 19:42:16</span>　来源：新华网</div>
<h1>{title}</h1>
<div class="share">字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a>　分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="article">{render_body([body[0], ("img", "", "7月16日，在青海可可西里国家级自然保护区，藏羚羊在青藏公路附近迁徙。新华社记者 张宏祥 摄"), *body[1:]])}</div>
<p class="edit">【纠错】 【责任编辑:郭丽琴】</p>
{linklist("相关新闻", ["三江源国家公园：生态保护与民生改善协同推进", "可可西里藏羚羊迎来产仔季", "“中华水塔”水源涵养能力持续提升"])}
{linklist("阅读下一篇：", ["我国首个国家公园体制试点十年成效显著"])}
</div></div>
""" + footer(["Copyright © 2000-2024 XINHUANET.com All Rights Reserved.", "制作单位：新华网股份有限公司　　版权所有：新华网股份有限公司"])
    return dict(id="zd-18", kind="national media, xinhuanet-like (split year/day date, 新华社电 byline in first paragraph, photo caption)",
                title=title, authors=["李占轶", "张子琪"], time="2024 09/09 19:42:16", body=gold_body(body),
                html=page(title + "-新华网", inner),
                note="publish_time as printed: year and day/time are two spans, copied as '2024' + '09/09 19:42:16'")


@reg
def zd19():
    # CCTV-like video page with 文字稿
    title = "［新闻直播间］甘肃临夏：特色产业带动群众增收"
    time = "2023年11月14日 11:26"
    body = [
        "央视网消息：眼下，甘肃临夏回族自治州的牛羊养殖、花椒种植、民族特色食品加工等产业正处在销售旺季，当地依托特色产业带动群众在家门口就业增收。",
        "在积石山县的一家清真食品加工企业，工人们正忙着分拣、包装牛肉干，生产线每天能生产牛肉制品3吨左右，产品通过电商平台销往全国。企业负责人马世荣介绍，今年以来企业新增就业岗位80多个，大部分员工来自周边村子。",
        "在东乡族自治县，当地引导农户发展肉羊养殖，统一提供种羊、饲料和防疫服务，企业按保护价回收。今年全县肉羊饲养量达到290万只。",
        "临夏州农业农村局副局长韩永福表示，全州将继续做强牛羊、花椒、马铃薯等优势产业，完善联农带农机制，让群众更多分享产业增值收益。",
        "记者在临夏县一处花椒种植基地看到，村民们正在晾晒今年最后一茬花椒。合作社负责人说，今年花椒收购价每斤比去年高出8元，户均增收3000多元。",
    ]
    inner = topbar(["央视网", "CCTV节目官网"], ["登录", "下载客户端"]) + \
        nav(["首页", "新闻", "体育", "综艺", "纪录", "熊猫频道", "直播"]) + \
        f"""<div class="main"><div class="content">
<div class="player" style="background:#000;color:#fff;height:380px;text-align:center;line-height:380px">视频播放器　<span>00:00 / 02:36</span></div>
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left">来源：央视网 | {time}</div>
<div class="small">本期节目主要内容：</div>
<div class="article">{render_body(body)}</div>
<p class="edit">编辑：李佳澍　　责任编辑：王莹</p>
{linklist("更多视频", [("［朝闻天下］宁夏：冬季设施农业生产忙", "01:58"), ("［新闻30分］内蒙古：冷链物流助力农产品外销", "02:12"), ("［东方时空］陇东南苹果产业升级", "03:05")])}
</div></div>
""" + footer(["网站简介 | 网站声明 | 网站招聘 | 联系方式", "央视国际网络有限公司 版权所有 © 1996-2023 京ICP证060535号"])
    return dict(id="zd-19", kind="national media, CCTV-like video page with transcript (program bracket in headline)",
                title=title, authors=[], time=time, body=gold_body(body), html=page(title + "_CCTV节目官网", inner))


@reg
def zd20():
    # chinanews-like
    title = "辽宁丹东：鸭绿江口湿地迎来候鸟迁徙高峰"
    time = "2025年04月07日 15:18"
    body = [
        "中新网丹东4月7日电 (记者 李晛 通讯员 于洋)近日，位于辽宁丹东的鸭绿江口湿地国家级自然保护区迎来候鸟迁徙高峰，数十万只斑尾塍鹬、大滨鹬等鸻鹬类水鸟在此停歇觅食。",
        "鸭绿江口湿地是东亚—澳大利西亚候鸟迁飞路线上的重要停歇地。每年3月下旬至5月中旬，大批从澳大利亚、新西兰飞往西伯利亚、阿拉斯加繁殖地的鸻鹬类候鸟在此补充能量。",
        "保护区管理局工作人员介绍，今年监测到的鸟类种类和数量较往年有所增加，其中包括勺嘴鹬、黑脸琵鹭等珍稀濒危物种。为减少人为干扰，保护区在核心区设置了观鸟屏障，并安排专人开展全天候巡护。",
        "每逢迁徙季，来自全国各地的鸟类爱好者和摄影爱好者纷纷赶来。来自北京的观鸟爱好者陈思远说：“潮水涨起来的时候，成群的鸟一起起飞，场面非常震撼。”(完)",
    ]
    inner = topbar(["中国新闻网"], ["登录", "注册", "English", "繁體"]) + \
        nav(["首页", "要闻", "滚动", "国际", "财经", "社会", "地方", "视频", "图片", "华人"]) + \
        crumbs("<a href='#'>首页</a> &gt; <a href='#'>社会</a>") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info">{time}　来源：中国新闻网<span><a href="#">参与互动</a></span></div>
{share("", ("微信", "微博", "QQ空间"))}
<div class="article">{render_body([body[0], ("img", "图为候鸟在鸭绿江口湿地觅食。", "图为候鸟在鸭绿江口湿地觅食。 于洋 摄"), *body[1:]])}</div>
<div class="edit">【编辑:付子豪】</div>
{linklist("更多精彩内容请进入", ["社会频道"], "side")}
{linklist("社会新闻精选：", ["多地推出春季赏花专线", "“五一”假期火车票今起开售", "清明假期全国出游人次创新高", "北方多地迎来大风降温天气"])}
</div><div class="sidebar">{linklist("热门排行", ["国台办：坚决反对任何形式的“台独”分裂活动", "外交部回应热点问题", "一季度我国经济运行开局良好"])}</div></div>
""" + footer(["本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。", "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。", "[网上传播视听节目许可证(0106168)] [京ICP证040655号] [京公网安备 11000002003042号]"])
    return dict(id="zd-20", kind="national media, chinanews-like (中新网电 with 记者 + 通讯员, (完))", title=title,
                authors=["李晛", "于洋"], time=time, body=gold_body(body), html=page(title + "-中新网", inner))


@reg
def zd21():
    # gmw-like: 作者：本报记者 X 通讯员 Y ; 来源：光明日报 time
    title = "乡村学校“小而美”的突围之路"
    time = "2024-12-10 04:45"
    body = [
        "清晨7点半，湖南省新化县琅塘镇白溪小学的操场上已经热闹起来。这所只有87名学生的乡村小学，开设了舞龙、竹编、农耕实践等11门特色课程，不少外出务工的家长把孩子从县城接了回来。",
        "“学校小，老师能照顾到每一个孩子。”校长曾宪平告诉记者，前几年学校生源不断流失，最少时全校只剩40多人。学校因地制宜打造“乡土课程”，请来村里的老篾匠、非遗传承人担任校外辅导员，吸引了越来越多学生回流。",
        ("h", "用好乡土资源"),
        "在白溪小学的劳动实践基地，每个班级都认领了一块菜地。四年级学生刘欣怡说：“种辣椒、收红薯，我们还用自己种的菜给食堂加过餐。”",
        ("h", "补齐师资短板"),
        "新化县教育局相关负责人介绍，县里通过“县管校聘”、城乡教师交流轮岗等方式，近三年为乡村学校补充教师320余名，并为乡村教师发放每月最高1000元的生活补助。",
        "专家认为，乡村小规模学校要走出“小而弱”的困境，关键在于找准自身优势，把“小”变成因材施教、个性发展的有利条件。",
    ]
    inner = topbar(["光明网", "光明日报"], ["登录", "客户端"]) + \
        nav(["首页", "时政", "国际", "时评", "理论", "文化", "科技", "教育", "经济", "生活"]) + \
        crumbs("<a href='#'>首页</a> &gt; <a href='#'>教育频道</a> &gt; <a href='#'>要闻</a> &gt; 正文") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info" style="text-align:left">作者：本报记者 龙军 通讯员 邹锦平　　来源：光明日报　　{time}</div>
<div class="article">{render_body(body)}</div>
<p class="small">《光明日报》（2024年12月10日 08版）</p>
<p class="edit">[ 责编：孙宗鹤 ]</p>
{share("", ("阅读剩余全文", "分享到"))}
{linklist("相关稿件", ["乡村教师队伍建设取得新进展", "县域高中振兴的湖南探索"])}
</div></div>
""" + footer(["光明网版权所有", "光明日报社概况 | 关于光明网 | 报网动态 | 联系我们 | 法律声明 | 光明网邮箱 | 网站地图"])
    return dict(id="zd-21", kind="national media, gmw-like (作者：本报记者 + 通讯员 in info bar, subheadings)", title=title,
                authors=["龙军", "邹锦平"], time=time, body=gold_body(body), html=page(title + "_光明网", inner))


@reg
def zd22():
    # thepaper-like
    title = "上海一小区加装电梯遇阻，街道“三会制度”促成12户签字"
    time = "2025-02-18 07:30"
    body = [
        "“等了五年，终于能坐电梯下楼了。”2月17日，家住上海市普陀区长风新村街道某小区6楼的75岁居民邵阿姨站在刚启用的电梯口，感慨地说。",
        "这栋建于1990年代的6层住宅楼共12户，老年住户占了一半以上。早在2020年就有居民提出加装电梯，但一楼、二楼住户担心采光、噪声和房屋价值受影响，意见迟迟无法统一。",
        "澎湃新闻记者了解到，转机出现在去年下半年。街道引入“听证会、协调会、评议会”三会制度，邀请规划设计人员现场答疑，并由楼组长逐户上门沟通。设计方案最终将电梯井向外平移了80厘米，减少对低层住户采光的影响；高层住户则自愿承担更高比例的出资。",
        "“大家坐下来把账算清楚，问题就好解决了。”参与协调的居委会书记严丽华说。",
        "截至目前，长风新村街道已累计完成加装电梯97台，另有23台正在施工。",
    ]
    inner = topbar(["澎湃新闻"], ["下载客户端", "登录"]) + \
        nav(["要闻", "深度", "视频", "时事", "国际", "财经", "科技", "生活", "思想", "问政"]) + \
        f"""<div class="main"><div class="content">
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left"><p>澎湃新闻记者 朱奕奕 实习生 顾晨</p><p>{time}　来源：澎湃新闻</p></div>
<div class="small">字号</div>
<div class="article">{render_body(body)}</div>
<p class="edit">责任编辑：宦艳红　　图片编辑：金潔</p>
<p class="edit">校对：张艳</p>
<p class="small">澎湃新闻报料：021-962866</p>
<p class="small">澎湃新闻，未经授权不得转载</p>
<p><span class="small">+1</span> <span>32</span> <a href="#">收藏</a></p>
<div class="cmts"><h3>评论(46)</h3><p>热门评论</p><p>老小区加装电梯，最难的就是统一意见。</p></div>
{linklist("相关推荐", ["老房加梯，上海如何破解“低层不同意”", "上海今年计划完成既有多层住宅加装电梯3000台"])}
</div></div>
""" + footer(["沪ICP备14003370号", "沪公网安备31010602000299号", "互联网新闻信息服务许可证：31120170006", "© 2014-2025 上海东方报业有限公司"])
    return dict(id="zd-22", kind="portal, thepaper-like (reporter + intern line above date, comment count)", title=title,
                authors=["朱奕奕", "顾晨"], time=time, body=gold_body(body), html=page(title + "_澎湃新闻-The Paper", inner))


@reg
def zd23():
    # jiemian-like with stock tickers
    title = "宁德时代一季度净利同比增长三成，储能业务出货量创新高"
    time = "2025/04/15 19:26"
    body = [
        "4月15日晚间，宁德时代（300750.SZ）发布2025年第一季度报告。公司当季实现营业收入847.05亿元，同比增长6.2%；归属于上市公司股东的净利润139.63亿元，同比增长32.9%。",
        "界面新闻注意到，宁德时代一季度毛利率为24.4%，较去年同期提升约2.1个百分点，主要受益于原材料价格回落和产品结构优化。",
        "在业务结构上，储能电池成为增长亮点。公司在业绩交流会上表示，一季度储能电池出货量同比增长超过五成，海外订单占比持续提升。",
        "二级市场上，宁德时代当日收报232.45元/股，涨1.83%，总市值约1.02万亿元。同日，比亚迪（002594.SZ）、亿纬锂能（300014.SZ）等锂电板块个股亦有不同程度上涨。",
        "有券商分析师指出，随着海外工厂陆续投产，宁德时代的全球化布局将在未来两年进一步释放产能，但也需关注欧美贸易政策变化带来的不确定性。",
    ]
    ticker = '<div class="ticker small">上证指数 3267.66 +0.15%　深证成指 9859.30 +0.31%　创业板指 1945.12 +0.62%　恒生指数 21466.27 +0.23%</div>'
    inner = topbar(["界面新闻"], ["App下载", "登录"]) + ticker + \
        nav(["首页", "快讯", "商业", "科技", "地产", "汽车", "证券", "投资", "宏观"]) + \
        f"""<div class="main"><div class="content">
<div class="small">证券</div>
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left"><span><a href="#">界面新闻</a></span><span>{time}</span></div>
<div class="small">毛利率较去年同期提升约2.1个百分点。</div>
<div class="small"><a href="#">#宁德时代</a> <a href="#">#锂电池</a></div>
<p class="small">图片来源：视觉中国</p>
<div class="small">界面新闻记者 | 黄华</div><div class="small">界面新闻编辑 | 宋佳楠</div>
<div class="article">{render_body(body)}</div>
<div class="stock small">宁德时代 300750 232.45 +1.83%　比亚迪 002594 375.10 +0.96%</div>
<p class="small">未经正式授权严禁转载本文，侵权必究。</p>
<div><a href="#">打开界面新闻APP，查看原文</a></div>
{linklist("相关文章", ["比亚迪一季度营收同比增长36%", "锂电池产业链价格企稳", "储能电池出口持续增长"])}
<div class="cmts">评论（<span>12</span>）</div>
</div></div>
""" + footer(["© 2025 界面 JIEMIAN.COM 沪ICP备14034651号", "互联网新闻信息服务许可证31120180004"])
    return dict(id="zd-23", kind="finance portal, jiemian-like (stock tickers, 记者 | name lines, dek)", title=title,
                authors=["黄华"], time=time, body=gold_body(body), html=page(title + "|界面新闻", inner),
                note="the dek line '毛利率较去年同期…' is a summary shown above the article, not body")


@reg
def zd24():
    # shobserver-like: 作者 来源 时间 on one line; 原标题 in body top
    title = "嘉定这条老街“变身”文创街区，开街首周客流超10万"
    time = "2024-10-08 21:05"
    body = [
        "国庆假期，嘉定区州桥老街改造后的“练祁文创街区”正式开街。记者从嘉定区文旅局获悉，开街首周接待游客超过10万人次。",
        "这条老街长约600米，沿街保留了明清时期的石板路和20余处历史建筑。改造中，街区引入非遗工坊、独立书店、咖啡馆等业态42家，其中首店和特色店占比超过三成。",
        "“我们希望既保住老街的烟火气，又让年轻人愿意来。”街区运营方负责人蔡一鸣说，街区还将定期举办竹刻、嘉定黄草编织等非遗展示活动。",
        "嘉定区相关负责人表示，下一步将推动州桥老街、法华塔院、孔庙等文旅资源串珠成链，打造“千年古城”文旅品牌。",
        "记者在现场看到，不少年轻游客专程前来打卡拍照。来自杭州的游客许婧说：“这里不像很多网红街千篇一律，老房子、老招牌都留着，很有味道。”据悉，街区夜间将延长营业至22时，并增设临时停车位300余个。",
    ]
    inner = topbar(["上观新闻", "解放日报"], ["登录", "注册", "下载APP"]) + \
        nav(["首页", "要闻", "政情", "区情", "财经", "文化", "天下", "观点"]) + \
        f"""<div class="main"><div class="content">
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left">作者：陈抒怡　来源：<a href="#">上观新闻</a>　时间：{time}</div>
<div class="article"><p class="small">原标题：老街焕新，嘉定州桥迎来“文创时代”</p>{render_body([body[0], ("img", "", "练祁文创街区一角。 嘉定区文旅局供图"), *body[1:]])}</div>
<p class="edit">栏目主编：王海燕　文字编辑：蒋竹云</p>
<p class="small">题图来源：视觉中国　图片编辑：邵竞</p>
<p class="small"><a href="#">点赞</a> 86　<a href="#">评论</a> 5　<a href="#">收藏</a></p>
{linklist("相关阅读", ["嘉定新城“十字轴”建设提速", "上海今年将新增30个特色文旅街区"])}
</div></div>
""" + footer(["上海报业集团出品　沪ICP备05050403号-4", "解放日报社版权所有，未经授权不得转载"])
    return dict(id="zd-24", kind="portal, shobserver-like (作者/来源/时间 one line, 原标题 at body top)", title=title,
                authors=["陈抒怡"], time=time, body=gold_body(body), html=page(title, inner))
