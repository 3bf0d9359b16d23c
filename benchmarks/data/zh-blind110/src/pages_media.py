"""Media pages vg-13 ... vg-24: central, provincial and city media, portals, TV/radio sites;
vg-19 and vg-20 are English-language pages. Outlets, articles and names are invented."""
from build import img

M = "media"
PAGES = []

# vg-13 central-media site, wire copy with 电头 byline inside the first paragraph, 2019 design
PAGES.append(dict(
    id="vg-13", kind=M, lang="zh",
    title="北京城市副中心今年将新开工保障性住房1.2万套",
    authors=["郝晓静", "唐嘉"], publish_time="2024-03-21 19:36:08",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.head{border-bottom:3px solid #d00;padding:10px 60px;display:flex;justify-content:space-between}
.logo{font-size:30px;color:#d00;font-weight:bold}.chan a{margin:0 8px;color:#333}
.main{width:1200px;margin:0 auto;display:flex}.left{width:820px;padding-right:30px}.right{width:350px;border-left:1px solid #eee;padding-left:20px}
.h-title{font-size:32px;line-height:1.4;margin:20px 0 10px}.h-info{color:#999;font-size:14px}
.h-info span{margin-right:16px}.detail p{font-size:18px;line-height:1.9;text-indent:2em}
.edit{text-align:right;color:#999}.foot{background:#f5f5f5;text-align:center;padding:20px;font-size:12px;color:#777}
""",
    html="""
<div class="head"><div class="logo">中国时讯网</div><div class="chan"><a href="#">首页</a><a href="#">时政</a><a href="#">国际</a><a href="#">财经</a><a href="#">地方</a><a href="#">评论</a><a href="#">图片</a><a href="#">视频</a></div><div><input type="text" placeholder="搜索"> <a href="#">登录</a></div></div>
<div class="main">
<div class="left">
<div>中国时讯网 &gt; 地方 &gt; 正文</div>
<div class="h-title">北京城市副中心今年将新开工保障性住房1.2万套</div>
<div class="h-info"><span>2024-03-21 19:36:08</span><span>来源：新华社</span><span>【<a href="#">纠错</a>】</span><span>字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a></span></div>
<div class="detail">
@@BODY@@
</div>
<div class="edit">【责任编辑：林  涛】</div>
<div>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
</div>
<div class="right"><h4>热点新闻</h4><ol><li><a href="#">多地出台新政支持刚需购房</a></li><li><a href="#">春季高校毕业生招聘会密集举行</a></li><li><a href="#">京津冀协同发展十年成效显著</a></li></ol>
<h4>图片</h4><p>{img}</p></div>
</div>
<div class="foot">关于我们 | 联系我们 | 广告服务 | 网站声明<br>Copyright © 2024 中国时讯网 版权所有　京ICP证040319号　京公网安备11010202008751号<br>互联网新闻信息服务许可证10120170011</div>
""".replace("{img}", img("春日玉渊潭")),
    pmode="p",
    body=[
        "新华社北京3月21日电（记者郝晓静、唐嘉）记者21日从北京市通州区获悉，北京城市副中心今年计划新开工保障性住房1.2万套，竣工8000套，重点在轨道交通站点周边和产业园区附近布局，满足新市民、青年人的住房需求。",
        "据介绍，今年新开工的保障性住房中，保障性租赁住房约7000套，共有产权住房约3000套，公租房约2000套。项目将同步配建幼儿园、社区卫生服务站、便民商业等配套设施，推动“房子”与“社区”同步交付。",
        "通州区住房和城乡建设委员会有关负责人表示，副中心将坚持职住平衡导向，优先保障在副中心就业的新市民、青年人和城市运行服务保障人员，探索“租购并举”的住房供应方式，并将进一步规范保障性住房分配和运营管理。",
        "!img 北京城市副中心一处保障性住房项目施工现场（3月20日摄）。新华社记者 许明 摄|北京城市副中心一处保障性住房项目施工现场（3月20日摄）。新华社记者 许明 摄",
        "近年来，北京城市副中心加快建设，行政办公、商务服务、文化旅游三大主导功能逐步显现，常住人口持续增加。去年，副中心共筹集建设各类保障性住房1.1万套。",
    ]))

# vg-14 provincial newspaper group site (黑龙江), 本报讯 byline in para, 2014 template with table columns
PAGES.append(dict(
    id="vg-14", kind=M, lang="zh",
    title="我省冰雪旅游季首月接待游客同比增长超三成",
    authors=["孙铭阳"], publish_time="2023年12月05日 08:02",
    css="""
body{margin:0;font-size:14px;font-family:SimSun;background:#e8eef5}
.w{width:990px;margin:0 auto;background:#fff}.top{background:#003a75;color:#fff;padding:6px}
.logo{font-size:34px;color:#003a75;font-weight:bold;padding:14px}
.nav td{background:#0a4f96;color:#fff;text-align:center;padding:6px}
.tt{font-size:26px;font-weight:bold;text-align:center;padding:16px 0 6px;font-family:"Microsoft YaHei"}
.ly{text-align:center;color:#666;border-bottom:1px dotted #999;padding-bottom:6px}
.zw{font-size:16px;line-height:30px;padding:0 30px}.bq{color:#888;text-align:right;padding-right:30px}
.copy{background:#003a75;color:#ccd;text-align:center;padding:12px;line-height:22px}
""",
    html="""
<div class="w">
<div class="top">龙江新闻网 | 手机版 | 数字报 | 无障碍阅读</div>
<div class="logo">龙江新闻网</div>
<table width="100%" class="nav" cellspacing="1"><tr><td>首页</td><td>龙江要闻</td><td>时政</td><td>社会</td><td>经济</td><td>冰雪</td><td>文旅</td><td>视听</td><td>专题</td></tr></table>
<table width="100%"><tr><td valign="top" width="700">
<div>您当前的位置 ：龙江新闻网 &gt; 龙江要闻 &gt; 正文</div>
<div class="tt">我省冰雪旅游季首月接待游客同比增长超三成</div>
<div class="ly">2023年12月05日 08:02　来源：龙江日报　<a href="#">手机看新闻</a></div>
<div class="zw">
@@BODY@@
</div>
<div class="bq">责任编辑：于晓萌</div>
<div>相关新闻：<br><a href="#">哈尔滨冰雪大世界开园</a><br><a href="#">亚布力滑雪场迎来雪季首批游客</a></div>
</td><td valign="top" width="260" style="background:#f4f4f4">
<b>图片新闻</b><br>{img}<br><a href="#">松花江畔雾凇奇观</a><br><br><b>排行榜</b><ol><li><a href="#">冰雪季旅游攻略来了</a></li><li><a href="#">我省发布寒潮蓝色预警</a></li></ol>
</td></tr></table>
<div class="copy">龙江新闻网版权所有，未经书面授权禁止使用<br>黑ICP备11002174号-1　互联网新闻信息服务许可证编号：23120170002<br>违法和不良信息举报电话：0451-84675520</div>
</div>
""".replace("{img}", img("雾凇")),
    pmode="ideo", hmode="ideo-strong",
    body=[
        "本报讯（记者孙铭阳）记者从省文化和旅游厅获悉，2023—2024冰雪旅游季开启首月，全省共接待游客1836万人次，同比增长32.7%；实现旅游收入246亿元，同比增长41.2%。",
        "今年入冬以来，我省各地冰雪旅游项目提早开放。哈尔滨冰雪大世界、太阳岛雪博会等重点景区陆续开园，亚布力、北大湖等滑雪场提前迎客，雪乡、漠河北极村等传统目的地游客量明显增加。来自广东、浙江、上海等南方省份的游客占比超过四成。",
        "## 冰雪＋文化 体验更丰富",
        "各地推出冰雪民俗、冬捕节、冰灯游园会等特色活动200余项，推动冰雪旅游与非遗、美食、演艺融合发展。哈尔滨中央大街、索菲亚教堂周边夜间客流持续走高，带动餐饮、住宿消费快速增长。",
        "## 服务保障 更加精细",
        "省文化和旅游厅联合交通、公安、市场监管等部门，开展冰雪旅游服务质量提升行动，加密旅游专线和航班，设立游客服务站120个，对景区、酒店价格进行常态化监管，让游客玩得舒心、放心。",
    ]))

# vg-15 city evening paper site (贵阳), byline line on its own, 副题-like summary box (导读) not body
PAGES.append(dict(
    id="vg-15", kind=M, lang="zh",
    title="贵阳“一码通乘”上线满月 地铁公交换乘更便捷",
    authors=["龙婷", "陈思远"], publish_time="2024-05-13 07:40",
    css="""
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#f7f7f7}
.bar{background:#ff6a00;color:#fff;padding:10px 8%}.bar b{font-size:24px}
.tabs{background:#fff;padding:10px 8%;border-bottom:1px solid #eee}.tabs a{margin-right:22px;color:#333}
.ct{width:760px;margin:20px auto;background:#fff;padding:30px 40px}
.ct h1{font-size:28px}.src{color:#999;font-size:13px}.dd{background:#fff4ec;border-left:4px solid #ff6a00;padding:10px;color:#555}
.ct p{font-size:17px;line-height:1.85}.rel li{line-height:2}
.bot{text-align:center;color:#999;font-size:12px;padding:20px}
""",
    html="""
<div class="bar"><b>筑城晚报网</b>　<span>贵阳发布 · 全媒体</span></div>
<div class="tabs"><a href="#">首页</a><a href="#">本地</a><a href="#">民生</a><a href="#">交通</a><a href="#">教育</a><a href="#">文旅</a><a href="#">视频</a><a href="#">报料</a></div>
<div class="ct">
<div>首页 &gt; 本地 &gt; 交通</div>
<h1>贵阳“一码通乘”上线满月 地铁公交换乘更便捷</h1>
<div class="src">2024-05-13 07:40 · 筑城晚报</div>
<div class="dd">导读：累计使用超520万人次，换乘优惠自动计算</div>
@@BODY@@
<p style="color:#999">编辑：何欢　　校对：杨敏</p>
<div>点赞 | 分享到微信 | 分享到微博</div>
<h3>相关推荐</h3>
<ul class="rel"><li><a href="#">地铁3号线二期最新进展</a></li><li><a href="#">五一假期贵阳公交客流创新高</a></li><li><a href="#">这些公交线路将调整</a></li></ul>
</div>
<div class="bot">筑城晚报网 版权所有　黔ICP备10202387号-2　黔公网安备52010302000688号<br>新闻热线：0851-85562110　{img} 扫码关注筑城晚报微信公众号</div>
""".replace("{img}", img("公众号二维码", src=False)),
    pmode="p",
    body=[
        '~<p>本报记者　龙婷　陈思远</p>',
        "5月12日，记者从贵阳市交通运输部门获悉，贵阳地铁、公交“一码通乘”功能上线满一个月，累计使用超520万人次，日均使用量突破17万人次。",
        "市民打开手机上的“贵阳出行”小程序，即可生成统一乘车码，在地铁闸机和公交刷卡机上均可使用。地铁与公交之间90分钟内换乘，系统会自动计算换乘优惠，无需乘客另行操作。",
        "“以前坐地铁用一个码，坐公交又换一个码，现在一个码全搞定，还能自动享受换乘优惠。”在地铁1号线贵阳北站，市民吴女士向记者展示手机上的乘车记录。",
        "据介绍，“一码通乘”上线后，贵阳地铁与公交的换乘客流明显增加，上线首月地铁公交换乘人次较上线前增长23%。下一步，相关部门将推进“一码通乘”向市域快铁、城际公交延伸，并上线老年人、学生等优惠群体的线上认证功能。",
    ]))

# vg-16 regional portal (湖北), 原标题 line, 来源 another outlet, author in info bar, 责任编辑
PAGES.append(dict(
    id="vg-16", kind=M, lang="zh",
    title="荆门漳河水库迎来今年首批越冬候鸟",
    authors=["付强"], publish_time="2022-11-18 10:21",
    css="""
body{margin:0;font-family:Arial,"Microsoft YaHei";background:#fff}
.jc-top{background:#222;color:#bbb;font-size:12px;padding:6px 40px}
.jc-logo{padding:16px 40px;font-size:30px;color:#005bac;font-weight:bold;border-bottom:1px solid #ddd}
.jc-nav{padding:8px 40px;background:#005bac}.jc-nav a{color:#fff;margin-right:20px}
.jc-body{width:1000px;margin:20px auto;overflow:hidden}.jc-l{float:left;width:680px}.jc-r{float:right;width:290px}
.jc-l h1{font-size:26px}.jc-src{font-size:13px;color:#888}.jc-src em{font-style:normal;margin-right:12px}
.jc-txt p{font-size:16px;line-height:1.9}.jc-foot{border-top:2px solid #005bac;text-align:center;font-size:12px;color:#666;padding:16px}
""",
    html="""
<div class="jc-top">荆楚在线 · 湖北新闻门户　|　<a href="#">登录</a>　<a href="#">注册</a>　|　<a href="#">网站地图</a></div>
<div class="jc-logo">荆楚在线</div>
<div class="jc-nav"><a href="#">首页</a><a href="#">湖北</a><a href="#">武汉</a><a href="#">市州</a><a href="#">财经</a><a href="#">文旅</a><a href="#">生态</a><a href="#">图片</a></div>
<div class="jc-body">
<div class="jc-l">
<div>荆楚在线 &gt; 市州 &gt; 荆门 &gt; 正文</div>
<h1>荆门漳河水库迎来今年首批越冬候鸟</h1>
<div class="jc-src"><em>2022-11-18 10:21</em><em>来源：荆门日报</em><em>作者：付强</em></div>
<div class="jc-txt">
@@BODY@@
</div>
<p>【责任编辑：黄诗韵】【审核：邹杰】</p>
<p>【<a href="#">纠错</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="jc-r"><h4>24小时排行</h4><ol><li><a href="#">湖北多地迎来初雪</a></li><li><a href="#">武汉新增两条公交快线</a></li><li><a href="#">神农架景区冬季优惠出炉</a></li></ol>
<h4>市州联播</h4><ul><li><a href="#">襄阳：古城墙修缮完工</a></li><li><a href="#">宜昌：长江岸线复绿</a></li></ul></div>
</div>
<div class="jc-foot">荆楚在线 版权所有　鄂ICP备08103126号　鄂公网安备42010302001163号<br>互联网新闻信息服务许可证：42120180005　举报电话：027-87651230</div>
""",
    pmode="indent",
    body=[
        "~<p>原标题：候鸟“如约”而至　漳河再添灵动</p>",
        "11月17日，在荆门漳河水库库区，成群的小天鹅、白琵鹭、豆雁在水面上嬉戏觅食，不时振翅飞起，为初冬的漳河增添了灵动的色彩。",
        "“今年第一批候鸟比去年早到了一周左右，目前观测到的有十多个种类，数量约3000只。”漳河水库管理局生态保护科工作人员介绍，随着气温逐步下降，预计12月中下旬将迎来候鸟数量高峰。",
        "!img 候鸟在漳河水库水面觅食|候鸟在漳河水库水面觅食（付强 摄）",
        "近年来，荆门持续推进漳河水库生态保护和修复，先后完成库区岸线整治、退渔还湖和网箱清理，水质稳定保持在Ⅱ类以上，库区生态环境明显改善，越冬候鸟的种类和数量逐年增加。",
        "漳河水库是鄂中地区重要的候鸟越冬地和迁徙停歇地，每年在此越冬的候鸟有60余种、数万只，其中包括东方白鹳、白枕鹤等国家一级保护野生动物。",
        "为保护越冬候鸟，当地林业、公安等部门加强了库区巡护，严厉打击非法捕猎、投毒等违法行为，并提醒市民观鸟时保持距离，不投喂、不惊扰，文明观鸟。",
    ]))

# vg-17 北京 district TV / 融媒体 video page: video player chrome, "记者：A B 摄像：C" credit line
PAGES.append(dict(
    id="vg-17", kind=M, lang="zh",
    title="房山区首个“村级综合服务站”投入使用",
    authors=["马骁", "杨雪"], publish_time="2023-08-30",
    css="""
body{margin:0;background:#111;color:#ddd;font-family:"Microsoft YaHei"}
.tvh{display:flex;justify-content:space-between;padding:14px 40px;background:#000}
.tvh .lg{font-size:24px;color:#ffcc00}.tvn a{color:#ccc;margin:0 10px}
.player{width:960px;height:300px;margin:20px auto;background:#333;text-align:center;line-height:300px;color:#888}
.vinfo{width:960px;margin:0 auto}.vinfo h1{color:#fff;font-size:24px}
.vmeta{color:#999;font-size:13px}.vtxt p{line-height:1.9;color:#ddd}
.more{width:960px;margin:20px auto}.tvf{background:#000;color:#777;text-align:center;font-size:12px;padding:18px}
""",
    html="""
<div class="tvh"><div class="lg">房山融媒 · 房山电视台</div><div class="tvn"><a href="#">首页</a><a href="#">直播</a><a href="#">新闻</a><a href="#">节目</a><a href="#">房山时讯</a><a href="#">专题</a></div></div>
<div class="player">▶ 00:00 / 02:46　　<span>高清</span> <span>全屏</span></div>
<div class="vinfo">
<div>首页 / 新闻 / 房山新闻</div>
<h1>房山区首个“村级综合服务站”投入使用</h1>
<div class="vmeta">房山新闻　2023-08-30　播放量 3.1万</div>
<div class="vtxt">
@@BODY@@
</div>
<p>记者：马骁　杨雪　　摄像：田野　　编辑：张弛</p>
</div>
<div class="more"><h3>更多视频</h3><p><a href="#">房山时讯 2023-08-29</a>　<a href="#">琉璃河遗址考古新发现</a>　<a href="#">青龙湖骑行赛开赛</a></p></div>
<div class="tvf">北京市房山区融媒体中心　版权所有　京ICP备15024567号-1<br>信息网络传播视听节目许可证：0110512</div>
""",
    pmode="p",
    body=[
        "【导语】为民服务“最后一公里”再提速。近日，房山区首个集党群服务、政务办理、养老助餐、快递收发于一体的“村级综合服务站”在长沟镇三座庵村投入使用，村民在家门口就能办成事。",
        "【正文】走进三座庵村综合服务站，政务服务区、老年餐桌、图书阅览室、快递驿站依次排开。村民王大爷正在窗口办理城乡居民医保缴费，不到五分钟就办好了。",
        "“以前办个事得跑到镇上，来回一趟要半天，现在出门走几步就到了。”王大爷说。",
        "据了解，服务站梳理了社保、医保、民政、残联等领域的42项高频事项，实行“村里受理、镇里办理、村里取件”。老年餐桌每天为60岁以上老人提供午餐，80岁以上老人还能享受送餐上门。",
        "长沟镇相关负责人表示，下一步将在全镇推广这一模式，年底前实现全镇村级综合服务站全覆盖。",
    ]))

# vg-18 黑龙江 radio station site, 2012 layout, closing byline "（黑龙江台记者 … 报道）" as own paragraph? inside last para
PAGES.append(dict(
    id="vg-18", kind=M, lang="zh",
    title="佳木斯：寒地水稻智能育秧工厂开始播种",
    authors=["王冬雪"], publish_time="2021-04-06 14:57:33",
    css="""
body{margin:0;background:#e4e4e4;font:13px Tahoma,SimSun}
#wrap{width:970px;margin:0 auto;background:#fff}
#hd{height:96px;background:#7b1fa2;color:#fff}#hd h1{margin:0;padding:24px;font-size:28px}
#nv{background:#5a137a;padding:6px}#nv a{color:#fff;margin:0 9px}
#ct{padding:16px 30px}.tit{font-size:22px;font-weight:bold;text-align:center;font-family:"Microsoft YaHei"}
.inf{text-align:center;color:#777;margin:6px 0 14px}.txt p{font-size:15px;line-height:28px}
.aud{background:#f2e7f7;padding:8px}#ft{background:#5a137a;color:#ddd;text-align:center;padding:10px;line-height:20px}
""",
    html="""
<div id="wrap">
<div id="hd"><h1>龙广之声 · 黑龙江广播网</h1></div>
<div id="nv"><a href="#">首页</a><a href="#">新闻台</a><a href="#">交通台</a><a href="#">音乐台</a><a href="#">乡村台</a><a href="#">高校台</a><a href="#">听广播</a><a href="#">节目单</a></div>
<div id="ct">
<div>当前位置：<a href="#">首页</a> &gt; <a href="#">乡村台</a> &gt; <a href="#">三农新闻</a></div>
<div class="tit">佳木斯：寒地水稻智能育秧工厂开始播种</div>
<div class="inf">2021-04-06 14:57:33　　来源：黑龙江乡村广播　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="aud">▶ 点击收听音频　01:58</div>
<div class="txt">
@@BODY@@
</div>
<div>编辑：郑凯</div>
<div>上一篇：<a href="#">我省春播用种准备充足</a>　下一篇：<a href="#">绥化春季农资市场供应平稳</a></div>
</div>
<div id="ft">黑龙江广播网 版权所有　黑ICP备09001284号<br>广播电视节目制作经营许可证（黑）字第00073号</div>
</div>
""",
    pmode="ideo",
    body=[
        "清明过后，佳木斯市桦川县星火朝鲜族乡的水稻智能育秧工厂里一派繁忙景象。自动化播种流水线上，育秧盘依次经过铺土、洒水、播种、覆土等工序，一分钟就能完成20多盘的播种作业。",
        "育秧工厂负责人介绍，工厂内采用叠盘暗出苗技术，温度、湿度都由智能系统自动控制，出苗整齐，秧苗素质好。与传统大棚育秧相比，每亩能节约成本30多元，秧苗素质的提高也为秋季增产打下了基础。",
        "“过去育秧全靠人工，一个大棚得七八个人忙活好几天，现在两三个人看着机器就行。”正在查看秧盘的种植户金成哲说，他家今年种了300亩水稻，全部交给育秧工厂统一育秧。",
        "今年，桦川县共建设水稻智能育秧工厂12处，可满足全县20万亩稻田的用秧需求。当地农业技术人员已经分组下到各育秧点，指导农户做好苗期管理。",
        "目前，佳木斯全市水稻育秧已全面展开，预计4月中旬基本结束播种，5月中下旬开始插秧。（黑龙江台记者 王冬雪 报道）",
    ]))

# vg-19 English page of a Hubei outlet, 2020s responsive, By-line with two names
PAGES.append(dict(
    id="vg-19", kind=M, lang="en",
    title="Wuhan opens riverside greenway linking three historic districts",
    authors=["Li Ming", "Zhou Yan"], publish_time="2024-09-14 09:21",
    css="""
body{margin:0;font-family:Georgia,serif;color:#222}
.mast{display:flex;justify-content:space-between;align-items:center;padding:12px 5%;border-bottom:1px solid #ccc}
.mast .brand{font:700 26px Arial;color:#0b3d91}.sec a{font:14px Arial;margin-right:18px;color:#0b3d91}
.story{max-width:720px;margin:30px auto}.story h1{font-size:34px;line-height:1.2}
.kick{font:700 13px Arial;color:#c00;text-transform:uppercase}.by{font:14px Arial;color:#555}
.story p{font-size:18px;line-height:1.7}.foot{background:#0b3d91;color:#dde;padding:24px 5%;font:12px Arial}
""",
    html="""
<div class="mast"><div class="brand">Hubei Today</div><div class="sec"><a href="#">Home</a><a href="#">News</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Travel</a><a href="#">Photos</a></div><div><input type="text" placeholder="Search"> 中文</div></div>
<div class="story">
<div class="kick">Wuhan</div>
<h1>Wuhan opens riverside greenway linking three historic districts</h1>
<div class="by">By Li Ming and Zhou Yan | Hubei Today | Updated: 2024-09-14 09:21</div>
<div>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
@@BODY@@
<p style="font:13px Arial;color:#777">Editor: Wang Jing</p>
<h3>Related stories</h3>
<ul><li><a href="#">Yellow Crane Tower extends night opening hours</a></li><li><a href="#">New metro line cuts commute across Yangtze</a></li></ul>
</div>
<div class="foot">Copyright 2024 Hubei Today. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Hubei Today.<br>鄂ICP备13007815号-5　About Us | Contact Us</div>
""",
    pmode="p", hmode="h3",
    body=[
        "A 21-kilometer greenway along the Yangtze River opened to the public in Wuhan on Friday, connecting the historic districts of Hankou, Wuchang and Hanyang for walkers and cyclists for the first time.",
        "The route runs past century-old warehouses, ferry terminals and the former foreign concession area, and includes two new pedestrian paths attached to existing bridges. Planners said about 60 percent of the route follows flood-control embankments that were previously closed to the public.",
        "!img A cyclist rides along the new riverside greenway in Wuhan, Hubei province. ZHOU YAN / HUBEI TODAY|A cyclist rides along the new riverside greenway in Wuhan, Hubei province. ZHOU YAN / HUBEI TODAY",
        "## Room to breathe",
        "\"We used to drive to the suburbs on weekends to find green space. Now it is 10 minutes from my apartment,\" said Chen Lu, 34, who was cycling with her daughter near the Jianghan Customs House.",
        "The city's natural resources and planning bureau said the project cost about 1.4 billion yuan ($197 million) and added 48 hectares of green space, 12 public restrooms and 30 rest stations with drinking water.",
        "Wuhan plans to extend the network to 300 km of riverside and lakeside trails by 2027, officials said.",
    ]))

# vg-20 English page of a central outlet: wire copy, source only, no author; date with seconds
PAGES.append(dict(
    id="vg-20", kind=M, lang="en",
    title="Guizhou's 'village football' league draws record crowds in new season",
    authors=[], publish_time="2025-02-08 17:45:02",
    css="""
body{margin:0;background:#f3f3f3;font-family:Helvetica,Arial,sans-serif}
.nav{background:#a50000;color:#fff;padding:10px 60px}.nav span{margin-right:20px}
.logo{background:#fff;padding:20px 60px;font-size:30px;font-weight:bold;color:#a50000}
.wrap{width:980px;margin:20px auto;background:#fff;padding:30px}
.wrap h1{font-size:30px}.info{color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}
.wrap p{font-size:16px;line-height:1.7}.ft{text-align:center;font-size:12px;color:#777;padding:20px}
""",
    html="""
<div class="logo">China Focus Online</div>
<div class="nav"><span>HOME</span><span>CHINA</span><span>WORLD</span><span>BUSINESS</span><span>SPORTS</span><span>CULTURE</span><span>OPINION</span></div>
<div class="wrap">
<div>Home &gt;&gt; Sports</div>
<h1>Guizhou's 'village football' league draws record crowds in new season</h1>
<div class="info">Source: Xinhua | 2025-02-08 17:45:02 | Editor: Hu Xiaoyu</div>
@@BODY@@
<p><a href="#">Print</a> <a href="#">E-mail</a> <a href="#">Comment</a></p>
<p>Follow us on WeChat {img}</p>
<h4>Most popular</h4><ul><li><a href="#">Spring Festival travel rush peaks</a></li><li><a href="#">Harbin ice festival hosts winter games fans</a></li></ul>
</div>
<div class="ft">Copyright © China Focus Online. All Rights Reserved<br>京ICP备08100271号</div>
""".replace("{img}", img("QR code")),
    pmode="p",
    body=[
        "RONGJIANG, Guizhou, Feb. 8 (Xinhua) -- More than 50,000 spectators packed the stands and surrounding hillsides on Saturday as the new season of the \"village football\" league opened in Rongjiang county, southwest China's Guizhou Province.",
        "Sixty-four amateur teams made up of farmers, teachers, delivery riders and shop owners from across the county will play 126 matches over the next three months. Teams from Hunan, Guangxi and Yunnan provinces were also invited for friendly games.",
        "The opening ceremony featured Dong and Miao ethnic song and dance performances, and local specialties such as sour soup fish and sticky rice were handed out to fans from other parts of the country.",
        "Since the league went viral online in 2023, Rongjiang has become a popular destination. Local authorities said the county received 7.6 million tourist visits last year, generating tourism revenue of 8.4 billion yuan (about 1.17 billion U.S. dollars).",
        "\"Football has brought people back to the villages,\" said Yang Jinlong, a 26-year-old midfielder who returned from a factory job in Guangdong to open a restaurant near the stadium.",
    ]))

# vg-21 贵州 provincial portal, 2016 template, info bar with 作者 including 实习生, spaced names
PAGES.append(dict(
    id="vg-21", kind=M, lang="zh",
    title="遵义红色旅游线路串起乡村振兴新图景",
    authors=["王磊", "谢娟"], publish_time="2016-08-22 09:13:00",
    css="""
body{margin:0;font:14px/1.6 "Microsoft YaHei";background:#fff}
.dc-top{height:32px;background:#f0f0f0;border-bottom:1px solid #ddd;padding:0 30px;line-height:32px;font-size:12px}
.dc-logo{height:80px;padding:10px 30px;font-size:32px;color:#e4007f}
.dc-menu{background:#e4007f;height:38px;line-height:38px;padding-left:30px}.dc-menu a{color:#fff;margin-right:24px}
.dc-c{width:1000px;margin:0 auto}.dc-t{font-size:28px;text-align:center;margin:22px 0 10px}
.dc-i{text-align:center;font-size:12px;color:#999}.dc-z p{font-size:16px;line-height:30px}
.dc-f{background:#3a3a3a;color:#aaa;text-align:center;padding:18px;font-size:12px}
""",
    html="""
<div class="dc-top">多彩黔网 | 贵州重点新闻网站　<a href="#">设为首页</a> <a href="#">加入收藏</a></div>
<div class="dc-logo">多彩黔网</div>
<div class="dc-menu"><a href="#">首页</a><a href="#">贵州</a><a href="#">时政</a><a href="#">旅游</a><a href="#">扶贫</a><a href="#">大数据</a><a href="#">图说</a><a href="#">论坛</a></div>
<div class="dc-c">
<div>当前位置：多彩黔网 &gt; 贵州 &gt; 旅游</div>
<div class="dc-t">遵义红色旅游线路串起乡村振兴新图景</div>
<div class="dc-i">2016-08-22 09:13:00　　来源：黔中日报　　作者：记者&nbsp;王&nbsp;&nbsp;磊　实习生&nbsp;谢&nbsp;&nbsp;娟　　点击：</div>
<div class="dc-z">
@@BODY@@
</div>
<p style="text-align:right">责任编辑：罗&nbsp;&nbsp;丹</p>
<p>网友评论　<a href="#">查看全部评论</a></p>
<p>相关阅读：<a href="#">红军长征遗址保护利用工程启动</a>　<a href="#">娄山关景区暑期游客大增</a></p>
</div>
<div class="dc-f">多彩黔网版权所有　黔ICP备05002168号　互联网新闻信息服务许可证编号：52120160003<br>违法和不良信息举报电话：0851-86891112</div>
""",
    pmode="ideo",
    body=[
        "暑期以来，遵义红色旅游持续升温。在遵义会议会址、娄山关、四渡赤水纪念馆等景区，前来参观学习的游客络绎不绝。连日来，记者沿着遵义新推出的红色旅游精品线路一路走访，看到一个个因红色旅游而兴的村寨正在焕发新的生机。",
        "在习水县土城镇，红军街两旁的农家乐、客栈家家客满。村民袁大姐的农家乐今年新增了8间客房，仍然供不应求。“暑假来的多是学生和家长，一住就是两三天。”她说，今年以来农家乐收入已超过10万元。",
        "遵义市旅游部门负责人介绍，今年遵义整合全市红色旅游资源，推出“转折之旅”“长征之旅”等5条精品线路，把沿线的革命遗址、传统村落和田园风光串联起来，带动沿线30多个村发展乡村旅游，吸纳当地群众就业4000余人。",
        "1至7月，遵义市接待游客4200余万人次，同比增长22%，其中红色旅游游客占比超过三成。",
    ]))

# vg-22 湖北 city TV site (宜昌), 2020 design, "宜昌台记者 …报道" credit after body + 通讯员
PAGES.append(dict(
    id="vg-22", kind=M, lang="zh",
    title="宜昌长江岸线“复绿”工程完成年度任务",
    authors=["刘洋", "冯琳", "胡德明"], publish_time="2020年12月24日 18:05",
    css="""
body{margin:0;font-family:"Microsoft YaHei";background:#eef3f8}
.sx-hd{background:#004b87;color:#fff;padding:16px 50px;display:flex;gap:40px;align-items:center}
.sx-hd .n{font-size:26px}.sx-hd a{color:#cfe3f7}
.sx-ct{width:900px;margin:24px auto;background:#fff;padding:30px 45px}
.sx-ct h1{font-size:26px;margin-bottom:6px}.sx-src{font-size:13px;color:#888;margin-bottom:14px}
.sx-v{background:#000;color:#aaa;height:220px;text-align:center;line-height:220px}
.sx-ct p{line-height:1.9;font-size:16px}.credit{color:#555;font-size:14px}
.sx-ft{text-align:center;color:#888;font-size:12px;padding:20px}
""",
    html="""
<div class="sx-hd"><div class="n">三峡广电网</div><a href="#">首页</a><a href="#">宜昌新闻</a><a href="#">三峡广电</a><a href="#">直播宜昌</a><a href="#">专题</a><a href="#">爆料</a></div>
<div class="sx-ct">
<div>首页 &gt; 宜昌新闻 &gt; 本地要闻</div>
<h1>宜昌长江岸线“复绿”工程完成年度任务</h1>
<div class="sx-src">2020年12月24日 18:05　　来源：宜昌广播电视台　　浏览量：2,046</div>
<div class="sx-v">视频加载中…</div>
@@BODY@@
<p class="credit">宜昌台记者：刘洋　冯琳　通讯员：胡德明</p>
<p class="credit">责编：秦雪　　监制：黄华</p>
<p>分享：<a href="#">微信</a> <a href="#">朋友圈</a> <a href="#">微博</a></p>
<h4>推荐阅读</h4>
<p><a href="#">宜昌城区新增10处口袋公园</a><br><a href="#">三峡大坝迎来今冬首次通航高峰</a></p>
</div>
<div class="sx-ft">宜昌三峡广电传媒集团　主办　鄂ICP备10014227号-1　鄂公网安备42050202000156号<br>信息网络传播视听节目许可证：1706102</div>
""",
    pmode="p",
    body=[
        "今天上午，记者从宜昌市长江岸线整治指挥部了解到，今年宜昌长江干线岸线“复绿”工程已全面完成，全年累计复绿岸线48.6公里，栽植乔灌木19万株，播撒草籽1.3万公斤。",
        "在夷陵区乐天溪镇莲沱村江边，曾经的砂石堆场已被片片绿地取代，新栽的中山杉、垂柳沿江排列。施工负责人介绍，复绿前，他们先对堆场进行清理和土壤改良，再根据水位变化分层种植耐淹树种和护坡草种，确保汛期过后植被成活率。",
        "宜昌是长江大保护的重要区域，境内长江干线岸线长232公里。近年来，宜昌累计取缔非法码头和砂石堆场200余处，腾退岸线35公里，沿江化工企业“关改搬转”全部完成。",
        "市林业和园林局负责人表示，明年将继续对支流岸线和库区消落带开展生态修复，推动长江岸线“绿起来”“美起来”。",
    ]))

# vg-23 central media commentary (评论), headline with 副题 (——…), author with 系… affiliation
PAGES.append(dict(
    id="vg-23", kind=M, lang="zh",
    title="让“一老一小”服务更有温度",
    authors=["周海涛"], publish_time="2024年10月15日 06:50",
    css="""
body{margin:0;font-family:"Songti SC","SimSun",serif;background:#fcfbf7}
.gm-head{text-align:center;padding:20px;border-bottom:1px solid #333}.gm-head .n{font-size:34px;letter-spacing:6px}
.gm-nav{text-align:center;padding:8px;font-family:sans-serif;font-size:14px}.gm-nav a{margin:0 10px;color:#333}
.gm-art{width:700px;margin:30px auto}.gm-art h1{font-size:30px;text-align:center;margin-bottom:4px}
.gm-sub{text-align:center;font-size:18px;color:#555}.gm-by{text-align:center;font-family:sans-serif;font-size:13px;color:#888;margin:12px 0}
.gm-art p{font-size:18px;line-height:2}.gm-ft{font-family:sans-serif;font-size:12px;text-align:center;color:#999;padding:30px}
""",
    html="""
<div class="gm-head"><div class="n">中国观察网</div><div style="font-family:sans-serif;font-size:12px">评论频道</div></div>
<div class="gm-nav"><a href="#">首页</a><a href="#">时评</a><a href="#">理论</a><a href="#">观点</a><a href="#">文化</a><a href="#">教育</a><a href="#">科技</a></div>
<div class="gm-art">
<div style="font-family:sans-serif;font-size:13px">首页 &gt; 评论 &gt; 时评</div>
<h1>让“一老一小”服务更有温度</h1>
<div class="gm-sub">——从北京社区“一刻钟服务圈”说开去</div>
<div class="gm-by">作者：周海涛（系中国社会科学院社会学研究所副研究员）　　2024年10月15日 06:50　　来源：中国观察报</div>
@@BODY@@
<p style="font-family:sans-serif;font-size:13px;color:#888">《中国观察报》（2024年10月15日 02版）</p>
<p style="font-family:sans-serif;font-size:13px">[ 责编：吕  楠 ]</p>
<p style="font-family:sans-serif;font-size:13px"><a href="#">分享</a> <a href="#">收藏</a> <a href="#">打印</a></p>
</div>
<div class="gm-ft">中国观察网 版权所有　京ICP备10004593号　京公网安备11010502031227号<br>未经授权禁止转载、摘编、复制及建立镜像</div>
""",
    pmode="ideo",
    body=[
        "最近，北京多个社区建成“一刻钟便民生活服务圈”，老人下楼就能吃上可口的午饭，双职工家庭的孩子放学后有地方写作业、上兴趣课。这些看似细小的变化，回应的正是千家万户最现实的牵挂。",
        "“一老一小”问题，一头连着民生福祉，一头连着人口发展。随着老龄化程度加深和生育支持政策不断完善，社区养老托育服务需求快速增长，但一些地方仍存在服务供给不足、价格偏高、质量参差不齐等问题，群众“急难愁盼”依然不少。",
        "让服务更有温度，关键在于精准对接需求。社区是服务落地的“最后一公里”，要通过走访调查摸清老人和孩子的真实需要，做到缺什么补什么；要盘活闲置资源，用好社区用房、学校场地，降低服务成本；要引导社会力量参与，形成政府保基本、市场供多元的格局。",
        "同时也要看到，服务的温度归根到底取决于人。养老护理员、托育人员队伍建设要跟上，待遇保障、职业发展通道要打通，让从业者愿意来、留得住、干得好。",
        "把小事办好、把实事办实，“一老一小”的幸福感就会更足，城市的温度也会更高。",
    ]))

# vg-24 北京 municipal media app share page (2025), "打开APP" chrome, author line "记者 | 孙悦"
PAGES.append(dict(
    id="vg-24", kind=M, lang="zh",
    title="中轴线申遗成功一周年 北京推出30条“漫步中轴”线路",
    authors=["孙悦"], publish_time="2025-07-26 20:15",
    css="""
body{margin:0;font-family:-apple-system,"PingFang SC",sans-serif;background:#fff;max-width:640px;margin:0 auto}
.app-bar{position:sticky;top:0;background:#fff;display:flex;justify-content:space-between;align-items:center;padding:10px 16px;border-bottom:1px solid #f0f0f0}
.app-bar .open{background:#e60012;color:#fff;border-radius:14px;padding:4px 12px}
.a{padding:16px}.a h1{font-size:22px;line-height:1.45}.au{display:flex;gap:10px;color:#999;font-size:13px}
.a p{font-size:17px;line-height:1.8;color:#222}.like{text-align:center;color:#999}
.rec{padding:16px;border-top:8px solid #f5f5f5}.rec div{padding:8px 0;border-bottom:1px solid #f0f0f0}
""",
    html="""
<div class="app-bar"><span>{img} 京城+ 看北京</span><span class="open">打开APP</span></div>
<div class="a">
<h1>中轴线申遗成功一周年 北京推出30条“漫步中轴”线路</h1>
<div class="au"><span>京城+</span><span>2025-07-26 20:15</span><span>北京</span></div>
<p style="color:#666;font-size:14px">记者 | 孙悦</p>
@@BODY@@
<p style="color:#999;font-size:13px">编辑 | 冯一鸣　　审核 | 贾涛</p>
<p style="color:#999;font-size:13px">本文为京城+原创，未经授权不得转载</p>
<div class="like">👍 赞 326　　分享</div>
</div>
<div class="rec"><b>相关推荐</b><div>什刹海夜景灯光提升完工</div><div>先农坛“一亩三分地”开镰收麦</div><div>暑期北京博物馆预约攻略</div><div>打开京城+，阅读更多精彩内容</div></div>
""".replace("{img}", img("京城+")),
    pmode="p",
    body=[
        "北京中轴线申遗成功一周年之际，市文物局联合市文化和旅游局推出30条“漫步中轴”主题线路，串联钟鼓楼、万宁桥、景山、故宫、天安门、正阳门、天坛、先农坛、永定门等遗产点和周边胡同街巷。",
        "线路分为“古建探访”“胡同生活”“美食寻味”“夜游中轴”“亲子研学”五大类，游客可以根据时间和兴趣自由组合。其中，“夜游中轴”线路从钟鼓楼出发，经什刹海、烟袋斜街至万宁桥，全程约3公里，沿途可欣赏夜景灯光和老字号美食。",
        "!img 游客在万宁桥边拍照|游客在万宁桥边拍照。记者 孙悦 摄",
        "市文物局相关负责人介绍，过去一年，北京中轴线遗产点接待游客超过4800万人次。为做好遗产保护和游客服务，中轴线沿线新增文物保护标识和二维码讲解牌210块，游客扫码即可收听讲解。",
        "“我们希望游客不只是打卡拍照，而是慢下来，走进胡同，感受老北京的生活气息。”这位负责人说。",
    ]))
