from lib import *

# ---------- zb-01 district portal, 政务动态, title above info bar, source only, no author
body = [
 "3月4日上午，区长周建明带队前往簇桥街道、金花桥街道，实地调研老旧小区改造和城市更新项目推进情况。区政府办、区住建局、区城管局等部门负责人参加调研。",
 "在簇桥街道锦城花园小区，周建明一行察看了外立面整治、雨污分流管网铺设和电梯加装施工现场，详细询问工程进度、资金保障和居民意见收集情况。据了解，该小区建成于1998年，共有住户612户，此次改造涉及楼栋14栋，计划于今年6月底前完工。",
 "在金花桥街道片区城市更新项目现场，周建明听取了项目规划设计和征收安置工作汇报。他强调，城市更新是提升群众生活品质的民生工程，各部门要坚持“先民生后发展、先地下后地上”的原则，统筹推进基础设施补短板和公共服务配套建设。",
 "周建明要求，要坚持问需于民，把居民“点单”贯穿改造全过程，做到改什么、怎么改由群众说了算；要压实安全生产责任，加强施工现场管理，最大限度减少施工对居民出行和休息的影响；要建立长效管理机制，推动物业服务进小区，确保改造成果长期发挥效益。",
]
h = f"""
<div class="topbar"><span>欢迎访问成都市武侯区人民政府门户网站！</span><span class="r"><a href="#">无障碍</a>|<a href="#">长者模式</a>|<a href="#">繁體</a>|<a href="#">English</a>|<a href="#">登录</a>|<a href="#">注册</a></span></div>
<div class="banner">成都市武侯区人民政府<small>www.cdwh.gov.cn</small></div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
{nav(["首页","走进武侯","政务公开","政务服务","互动交流","专题专栏","数据开放"])}
<div class="wrap">
<div class="crumb">您当前所在位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政务动态</a></div>
<h1>周建明调研老旧小区改造和城市更新工作</h1>
<div class="info"><span>发布时间：2024-03-05 10:21</span><span>来源：区政府办</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span><span>浏览次数：1386</span></div>
<div class="content">
{ps(body, style="text-indent:2em")}
</div>
<div class="tools"><span class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></span><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
<div class="prevnext"><p>上一篇：<a href="#">武侯区召开2024年一季度重点项目推进会</a></p><p>下一篇：<a href="#">区政府党组召开理论学习中心组学习会议</a></p></div>
<div class="related"><h3>相关文章</h3>{ul_dated([("我区召开城市更新工作专题会","2024-02-27"),("浆洗街街道老旧小区改造惠及居民2100余户","2024-02-19"),("武侯区2024年城镇老旧小区改造计划公示","2024-01-30")])}</div>
</div>
{gov_footer("成都市武侯区人民政府办公室","5101070001","蜀ICP备05012345号-1","川公网安备 51010702000432号")}
"""
add("zb-01","gov","district portal 政务动态 (Chengdu-like)",doc("周建明调研老旧小区改造和城市更新工作_成都市武侯区人民政府",GOV_CSS,h),
    "周建明调研老旧小区改造和城市更新工作", [], "2024-03-05 10:21", body)

# ---------- zb-02 county portal, 乡镇街道动态, info bar: date first, author with spaced name, views
body = [
 "连日来，青山镇抢抓晴好天气，组织农户开展春耕备耕，田间地头处处是忙碌景象。",
 "在青山镇河口村高标准农田示范片，几台旋耕机来回穿梭，翻耕后的土地平整松软。村党支部书记刘国强介绍，今年村里新建的480亩高标准农田已全部完成土地平整和沟渠配套，种粮大户提前签订了种植协议，预计4月中旬开始机插秧。",
 "为保障农资供应，镇农业综合服务中心联合辖区6家农资经营门店开展“农资下乡”活动，将种子、化肥、农药直接送到村组，累计供应优质稻种12.6吨、复合肥380吨。镇农技站组织技术人员组成4个服务小分队，深入田间开展育秧技术指导，发放技术资料1500余份。",
 "“以前育秧靠经验，现在有技术员手把手教，心里更有底了。”河口村种粮大户陈友林说，今年他流转了320亩土地，全部采用集中育秧、机械插秧，每亩能节省成本60元左右。",
 "下一步，青山镇将持续加强农田水利设施维护和病虫害监测预警，确保全年粮食播种面积稳定在3.2万亩以上。",
]
h = f"""
<div class="topbar"><span class="r"><a href="#">无障碍浏览</a> <a href="#">关怀版</a> <a href="#">简</a>/<a href="#">繁</a></span><span>今天是：2023年4月12日 星期三</span></div>
<div class="banner">宁乡县人民政府<small>NINGXIANG COUNTY PEOPLE'S GOVERNMENT</small></div>
<div class="search"><input type="text" placeholder="搜索本站内容"> <a href="#">高级搜索</a></div>
{nav(["网站首页","政务要闻","信息公开","网上办事","政民互动","走进宁乡"])}
<div class="wrap">
<div class="crumb">当前位置：<a href="#">首页</a> » <a href="#">政务要闻</a> » <a href="#">乡镇街道动态</a></div>
<h1>青山镇：抢抓农时备春耕 田间地头农事忙</h1>
<div class="info">2023年4月12日 09:36&nbsp;&nbsp;&nbsp;作者：王&nbsp;&nbsp;磊&nbsp;&nbsp;&nbsp;来源：青山镇&nbsp;&nbsp;&nbsp;浏览次数：2,047&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="content">
<img alt="QQ图片20230412093512.jpg">
<p class="caption">▲技术人员在河口村指导农户育秧</p>
{ps(body, indent="　　")}
</div>
<div class="tools"><a href="#">【打印】</a><a href="#">【收藏】</a><a href="#">【关闭】</a></div>
<div class="prevnext">上一条：<a href="#">城郊街道开展森林防火宣传进村入户活动</a><br>下一条：<a href="#">花明楼镇召开2023年度安全生产工作部署会</a></div>
</div>
{gov_footer("宁乡县人民政府","4301240002","湘ICP备12003456号","湘公网安备 43012402000118号","<p>建议使用1024×768分辨率 IE9.0以上版本浏览器</p>")}
"""
add("zb-02","gov","county portal 乡镇街道动态",doc("青山镇：抢抓农时备春耕 田间地头农事忙-宁乡县人民政府",GOV_CSS,h),
    "青山镇：抢抓农时备春耕 田间地头农事忙", ["王磊"], "2023年4月12日 09:36", body, note="author printed with spaces 王  磊")

# ---------- zb-03 city portal, 部门动态, long title broken over two lines
body = [
 "为进一步规范校园周边食品经营秩序，切实保障广大师生饮食安全，3月以来，市市场监管局在全市范围内开展为期两个月的春季学校食品安全专项检查。",
 "此次检查以中小学校、幼儿园食堂以及校外供餐单位为重点，围绕食品原料进货查验、加工制作过程控制、餐用具清洗消毒、从业人员健康管理、“互联网+明厨亮灶”运行等环节逐项检查，同时对校园周边200米范围内的小超市、小餐饮、流动摊贩进行拉网式排查。",
 "截至3月31日，全市共出动执法人员1260人次，检查学校食堂582家、校外供餐单位27家、校园周边食品经营户1143家，发现并督促整改问题隐患213个，立案查处违法案件9起，下架过期食品56公斤。",
 "市市场监管局食品经营安全监管科负责人表示，下一步将联合教育部门建立学校食品安全问题“清单式”销号管理制度，对检查中发现问题较多的单位开展“回头看”，并通过局官方网站定期公布检查结果，接受社会监督。",
]
h = f"""
<div class="topbar"><span>洛阳市人民政府</span><span class="r"><a href="#">长者模式</a> <a href="#">无障碍</a> <a href="#">手机版</a> <a href="#">微信</a> <a href="#">微博</a></span></div>
<div class="banner">洛阳市人民政府<small>LUOYANG</small></div>
<div class="search"><input type="text" placeholder="请输入您要搜索的内容"><button>站内搜索</button></div>
{nav(["首页","政务公开","政务服务","政民互动","魅力洛阳","专题专栏"])}
<div class="wrap">
<div class="crumb">首页 &gt; 政务公开 &gt; 部门动态</div>
<h1>市市场监管局开展春季学校食品安全专项检查<br>守护师生“舌尖上的安全”</h1>
<div class="info"><span>发布日期：2025/04/02</span><span>信息来源：市市场监管局</span><span>【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span><a href="#">打印</a></span></div>
<div class="content">
{ps(body, indent="　　")}
</div>
<div class="tools"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
<div class="qr"><div class="box"></div>扫一扫在手机打开当前页</div>
<div class="related"><h3>相关链接</h3>{ul(["市市场监管局召开全市食品安全工作会议","我市启动2025年“食品安全宣传周”活动","市场监管部门提醒：春季谨防误食野生菌"])}</div>
<div style="clear:both"></div>
</div>
{gov_footer("洛阳市人民政府办公室","4103000008","豫ICP备05009876号","豫公网安备 41030202000059号")}
"""
add("zb-03","gov","city portal 部门动态, title broken in two lines",doc("市市场监管局开展春季学校食品安全专项检查 守护师生“舌尖上的安全”",GOV_CSS,h),
    "市市场监管局开展春季学校食品安全专项检查 守护师生“舌尖上的安全”", [], "2025/04/02", body,
    note="title printed in two lines (<br>); gold joins the lines with one space")

# ---------- zb-04 province portal, 要闻, section label above title, info bar below with 作者 in body end
body = [
 "11月18日，省政府召开第47次常务会议，研究部署今冬明春能源保供、重点项目建设和安全生产等工作。省长主持会议。",
 "会议指出，今年以来全省能源供应总体平稳，但进入采暖季后电力、天然气需求将明显增长，保供压力加大。要提前做好电煤储备，确保统调电厂存煤可用天数保持在20天以上；要加强天然气资源调度，落实城镇燃气企业储气责任，优先保障居民生活和供暖用气。",
 "会议强调，要紧盯年度目标任务，对照重点项目清单逐项盘点，加快推进已开工项目建设进度，对受季节影响较大的项目提前谋划冬季施工方案。要加大要素保障力度，统筹用地、用能、资金等指标，推动一批明年计划开工项目尽早具备开工条件。",
 "会议要求，各地各部门要深刻吸取近期省外发生事故的教训，围绕燃气、消防、道路交通、建筑施工等重点领域开展隐患排查整治，严格落实领导干部带班值班制度，确保人民群众生命财产安全。",
 "会议还研究了其他事项。（记者 孙晓燕）",
]
h = f"""
<div class="topbar"><span class="r"><a href="#">无障碍</a> | <a href="#">长者版</a> | <a href="#">English</a> | <a href="#">个人登录</a> | <a href="#">法人登录</a></span></div>
<div class="banner">山西省人民政府<small>www.shanxi.gov.cn</small></div>
<div class="search"><input type="text" placeholder="全站搜索"><button>搜 索</button></div>
{nav(["首页","要闻动态","政务公开","政务服务","互动交流","走进山西"])}
<div class="wrap">
<div class="crumb">您的位置：<a href="#">首页</a> &gt; <a href="#">要闻动态</a> &gt; <a href="#">省政府要闻</a></div>
<div style="color:#c62828;font-size:15px;font-weight:bold">省政府要闻</div>
<h1>省政府召开第47次常务会议</h1>
<div class="info">时间：2022-11-18 19:40&nbsp;&nbsp;来源：山西日报&nbsp;&nbsp;字号：<a href="#">T</a>|<a href="#">T</a>|<a href="#">T</a>&nbsp;&nbsp;<a href="#">打印</a>&nbsp;&nbsp;<a href="#">关闭</a></div>
<div class="content">
{ps(body, indent="　　")}
</div>
<p class="editor">【责任编辑：郭　娜】</p>
<div class="related"><h3>相关阅读</h3>{ul(["省政府召开第46次常务会议","全省今冬明春能源保供工作视频会议召开","我省出台进一步做好能源保供稳价工作若干措施"])}</div>
</div>
{gov_footer("山西省人民政府办公厅","1400000008","晋ICP备05001267号","晋公网安备 14010602000071号")}
"""
add("zb-04","gov","province portal 要闻, section label above headline, closing （记者 …）",doc("省政府召开第47次常务会议 - 山西省人民政府",GOV_CSS,h),
    "省政府召开第47次常务会议", ["孙晓燕"], "2022-11-18 19:40", body)
