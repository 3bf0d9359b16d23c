"""Government pages xp-01 … xp-12 (湖南, 江西, 贵州, 云南; all content invented)."""
from __future__ import annotations

from kit import BASE_CSS, GIF, Page, body_html, dated_list, doc, esc, img, links, parse, search, select, title_html, ul
from furn import (GOV_CSS, crumbs, font_tools, friend_links, gov_banner, gov_footer, gov_topbar, mega_menu, nav_bar,
                  prevnext, qr, related, share)

KIND = "government"


# --------------------------------------------------------------------------- xp-01
def xp01() -> Page:
    """攸县 county portal, 2012 table layout, 领导活动, paragraphs separated by <br>."""
    title = "县委书记陈国华赴网岭镇调研早稻生产和防汛工作"
    blocks = parse("""
P 6月17日，县委书记陈国华深入网岭镇，实地调研早稻生产和防汛备汛工作。县委常委、县委办主任谢文斌，副县长刘新民陪同调研。
P 在网岭镇罗家坪村早稻集中育秧示范片，陈国华走进田间，仔细察看禾苗长势，详细询问病虫害防治、田间管理和农资供应情况。他指出，粮食生产是“三农”工作的头等大事，各级各部门要把早稻后期管理作为当前农业工作的重中之重，组织农技人员深入田间地头开展技术指导，确保早稻丰产丰收。
P 在洣水河网岭段堤防，陈国华查看了险工险段整治进展和防汛物资储备情况，并与值守人员亲切交谈。他说，今年汛期降雨偏多、偏强，防汛形势不容乐观，要克服麻痹思想和侥幸心理，时刻绷紧防汛这根弦。
P 陈国华强调，当前正值主汛期，全县上下要坚持“宁可十防九空，不可失防万一”，压紧压实防汛责任，加强雨情水情监测预警，落实24小时值班和领导带班制度，确保人员到位、物资到位、措施到位；对山洪地质灾害易发区和病险水库，要提前转移群众，确保人民群众生命财产安全。（刘  洋　谭晓军）
""")
    body = body_html(blocks, mode="br")
    css = BASE_CSS + """
body{background:#e8e8e8;font-size:12px;font-family:SimSun,宋体}
.main{width:980px;margin:0 auto;background:#fff}
.top td{font-size:12px;color:#555}
.nav td{background:#1d5fa8;text-align:center}.nav a{color:#fff;font-size:14px;font-weight:bold}
.tit{font-size:22px;font-weight:bold;color:#c00;text-align:center;padding:20px 0 10px}
.inf{text-align:center;color:#666;border-bottom:1px solid #ccc;padding-bottom:6px}
.brp{font-size:14px;line-height:26px;padding:10px 30px}
.ft td{font-size:12px;color:#444;text-align:center;line-height:22px;background:#f0f0f0}
.side li{line-height:24px;border-bottom:1px dotted #ccc}
"""
    side = ul(["县委书记陈国华主持召开县委常委会议", "县长周敏主持召开县政府常务会议", "全县安全生产工作会议召开",
               "县人大常委会开展农村饮水安全专题调研", "县政协召开十届十四次常委会议", "我县召开2013年防汛工作会议",
               "县领导督导检查高考考点准备工作", "县委理论学习中心组集中学习"], cls="side")
    html = f"""
<table class="main" width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr class="top"><td height="28">&nbsp;今天是：2013年6月18日 星期二</td><td align="right">{links(["设为首页", "加入收藏", "联系我们", "网站地图"], " | ")}&nbsp;</td></tr>
<tr><td colspan="2">{img("攸县人民政府门户网站", 980, 150)}</td></tr>
<tr class="nav"><td colspan="2"><table width="100%"><tr>{"".join(f'<td height="36"><a href="#">{x}</a></td>' for x in ["首 页", "攸县概况", "政务动态", "信息公开", "网上办事", "政民互动", "招商引资", "旅游攸县", "专题专栏"])}</tr></table></td></tr>
<tr><td colspan="2" height="30">&nbsp;{search("站内搜索", "搜 索")}</td></tr>
<tr><td colspan="2">
 <table width="100%" cellpadding="0" cellspacing="0"><tr>
 <td width="230" valign="top" style="border-right:1px solid #ddd;padding:8px">
   <table width="100%"><tr><td style="background:#1d5fa8;color:#fff;font-weight:bold;padding:4px">领导活动</td></tr>
   <tr><td>{side}</td></tr></table>
   <p>{img("县长信箱", 200, 60)}</p><p>{img("12345政务服务便民热线", 200, 60)}</p>
 </td>
 <td valign="top" style="padding:8px 12px">
   <div>您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务动态</a> &gt;&gt; <a href="#">领导活动</a></div>
   <div class="tit">{esc(title)}</div>
   <div class="inf">发布时间：2013-06-18 09:32:11&nbsp;&nbsp;&nbsp;&nbsp;来源：县委办&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：1352&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
   <div class="con">
{body}
   </div>
   <div align="right"><a href="#">【打印】</a>&nbsp;<a href="#">【关闭】</a>&nbsp;<a href="#">【返回顶部】</a></div>
   <table width="100%" style="border-top:1px solid #ccc;margin-top:10px"><tr><td>上一篇：<a href="#">副县长刘新民督查城区防汛排渍工作</a></td></tr>
   <tr><td>下一篇：<a href="#">县委书记陈国华会见客商一行</a></td></tr></table>
 </td></tr></table>
</td></tr>
<tr><td colspan="2" align="center">友情链接：{select("--国家部委网站--", ["中国政府网", "国务院办公厅"])}{select("--省市政府网站--", ["湖南省人民政府", "株洲市人民政府"])}{select("--县直部门网站--", ["县发改局", "县财政局", "县农业局"])}</td></tr>
<tr class="ft"><td colspan="2">版权所有：攸县人民政府办公室&nbsp;&nbsp;技术支持：攸县信息中心<br>地址：湖南省攸县联星街道府前路1号&nbsp;&nbsp;联系电话：0731-24218867&nbsp;&nbsp;邮编：412300<br>湘ICP备05012345号&nbsp;&nbsp;建议使用1024×768分辨率 IE7.0以上版本浏览</td></tr>
</table>
"""
    return Page("xp-01", KIND, title, ["刘洋", "谭晓军"], "2013-06-18 09:32:11", blocks, doc(title + "_攸县人民政府门户网站", css, html), body,
                features="2013 table layout; paragraphs as <br>-separated lines with U+3000 indents in one <p>; closing byline （刘  洋　谭晓军） with a spaced name; 您现在的位置 breadcrumb with >>; sidebar list of leader news; 友情链接 selects",
                site="攸县人民政府门户网站（湖南株洲）")


# --------------------------------------------------------------------------- xp-02
def xp02() -> Page:
    """章贡区 2025 design: a large mega menu and a large footer around a three-paragraph item."""
    title = "章贡区召开2025年一季度重点项目调度会"
    blocks = parse("""
P 3月13日下午，章贡区召开2025年一季度重点项目调度会，听取各项目责任单位工作进展汇报，研究解决项目推进中的困难问题，部署下一阶段工作。区委副书记、区长黄立新出席会议并讲话。
P 会议通报了一季度全区68个省市区重点项目推进情况。截至3月上旬，已开工项目51个，完成投资42.6亿元，占年度计划的21.3%；沙石智能装备产业园、水东片区城市更新二期等9个项目进度滞后，相关单位逐一作了说明。
P 黄立新强调，要锚定全年目标任务，坚持“一个项目、一名领导、一套班子、一抓到底”，对滞后项目挂图作战、销号管理；要强化要素保障，自然资源、住建、生态环境等部门要主动靠前服务，压缩审批时限；要守牢安全底线，严防工地安全事故和拖欠农民工工资问题，确保一季度实现“开门红”。
""")
    body = body_html(blocks, mode="p")
    menu = {
        "政务公开": {"政府信息公开": ["信息公开指南", "信息公开制度", "法定主动公开内容", "信息公开年报", "依申请公开"],
                 "重点领域": ["财政预决算", "重大建设项目", "公共资源配置", "社会救助", "乡村振兴", "生态环境", "安全生产", "食品药品"],
                 "政策文件": ["区政府文件", "区政府办文件", "规范性文件", "政策解读", "政策问答库"]},
        "政务服务": {"办事服务": ["个人办事", "法人办事", "部门服务", "一件事一次办", "好差评"],
                 "便民服务": ["社保查询", "公积金查询", "教育入学", "医疗卫生", "交通出行", "水电气服务"]},
        "互动交流": {"互动平台": ["区长信箱", "12345热线", "在线访谈", "征集调查", "常见问题", "留言选登"]},
        "走进章贡": {"章贡概况": ["区情简介", "历史沿革", "行政区划", "人口民族", "自然地理"],
                 "魅力章贡": ["古城文化", "客家风情", "红色记忆", "特色美食", "旅游景点"]},
    }
    depts = ["区发改委", "区教育局", "区科技局", "区工信局", "区公安分局", "区民政局", "区司法局", "区财政局", "区人社局",
             "区自然资源分局", "区生态环境分局", "区住建局", "区城管局", "区交通运输局", "区水利局", "区农业农村局",
             "区商务局", "区文广新旅局", "区卫健委", "区退役军人事务局", "区应急管理局", "区审计局", "区市场监管局",
             "区统计局", "区医保局", "区林业局", "区行政审批局", "区信访局", "区城市社区工作局", "沙石镇", "水西镇",
             "水南镇", "解放街道", "南外街道", "东外街道", "赣江街道", "水东镇", "蟠龙镇", "沙河镇"]
    css = BASE_CSS + GOV_CSS + """
.banner{background:linear-gradient(#0b4ea2,#1769c9);height:140px}.mainnav{background:#0b3f83}
.mega{background:#f5f8fc;border-bottom:1px solid #d6e0ee;padding:10px 0;font-size:13px}
.article h1{color:#0b3f83}.info{display:flex;justify-content:center;gap:18px}
.sites{background:#123a6b;color:#cfd8e6;padding:16px 0;font-size:12px}.sites a{color:#cfd8e6;display:inline-block;width:130px;line-height:26px}
.sites h4{color:#fff;margin:0 0 6px}
.footer{border-top:0}.fcols{display:flex;justify-content:space-between;text-align:left}
"""
    html = f"""
{gov_topbar("欢迎访问赣州市章贡区人民政府网站！", ("无障碍", "长者模式", "繁體", "English", "移动版", "登录", "注册"))}
{gov_banner("国徽", "章贡区人民政府", "ZHANGGONG DISTRICT PEOPLE'S GOVERNMENT", "搜索本站内容")}
{nav_bar(["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "走进章贡", "专题专栏"])}
{mega_menu(menu)}
{crumbs(["首页", "要闻动态", "章贡要闻", "正文"])}
<div class="article">
 {title_html(title)}
 <div class="info"><span>发布时间：2025-03-14 17:26</span><span>来源：章贡区融媒体中心</span><span>作者：钟  雯</span><span>浏览次数：</span>{font_tools(0)}</div>
 <div class="content">
{body}
 </div>
 <p class="note">责任编辑：刘慧敏</p>
 {share("gov2")}
 {prevnext("章贡区开展2025年春季森林防火专项督查", "区人大常委会调研优化营商环境工作")}
</div>
<div class="sites"><div class="w"><h4>部门及乡镇（街道）网站</h4>{links(depts, "")}</div></div>
<div class="footer"><div class="w">
 <div class="fcols">
  <div>{img("党政机关", 60, 70)}{img("政府网站找错", 110, 55)}{img("适老化无障碍服务", 110, 55)}</div>
  <div><p>{links(["网站地图", "联系我们", "网站声明", "隐私保护", "使用帮助", "网站纠错"], " | ")}</p>
  <p>主办：赣州市章贡区人民政府办公室　承办：章贡区大数据发展中心</p>
  <p>地址：江西省赣州市章贡区长征大道18号　邮编：341000　联系电话：0797-8126540</p>
  <p>网站标识码：3607020019　赣ICP备12003418号-1　赣公网安备 36070202000146号</p>
  <p>建议使用1920×1080分辨率及以上浏览器访问本站</p></div>
  <div>{qr(["章贡发布微信", "章贡区人民政府网移动端", "赣服通章贡分厅"])}</div>
 </div>
</div></div>
"""
    return Page("xp-02", KIND, title, ["钟雯"], "2025-03-14 17:26", blocks, doc(title + "-章贡区人民政府", css, html), body,
                features="2025 design; article of only three paragraphs between a four-column mega menu (≈60 links) and a footer with 39 department/township links, three QR captions, 主办/承办/网站标识码/ICP/公网安备; 无障碍/长者模式/繁體; info bar in flex spans incl. empty 浏览次数：; 责任编辑 line",
                site="章贡区人民政府（江西赣州）")


# --------------------------------------------------------------------------- xp-03
def xp03() -> Page:
    """湄潭县永兴镇 township page: a photo story, captions between short paragraphs."""
    title = "永兴镇：万亩茶园春管忙"
    blocks = parse("""
X 文/图：杨  帆
P 惊蛰过后，湄潭县永兴镇万亩茶海渐次返青。连日来，全镇各茶叶专业合作社抢抓晴好天气，组织茶农开展修剪、施肥、除草和病虫害绿色防控，为春茶开采打好基础。
IMG 茶农在茶园里修剪茶树
CAP 3月6日，永兴镇茶香村茶农在茶园里修剪茶树。
IMG 技术员讲解施肥
CAP 镇农业服务中心技术员在田间讲解有机肥施用要点。
P 今年，永兴镇推广“有机肥+生物防控”模式，发放有机肥320吨、粘虫板4.5万张、杀虫灯60盏，覆盖茶园面积2.1万亩。镇农业服务中心组建5支技术服务小分队，分片包村开展巡回指导，帮助茶农解决修剪高度、施肥时机等技术难题。
IMG 无人机飞防
CAP 合作社使用植保无人机开展病虫害统防统治。
IMG 茶青收购点
CAP 茶青收购点负责人检修设备，准备迎接春茶开采。
P “去年我家8亩茶园卖茶青收入5万多元，今年提前做好春管，茶芽发得齐，预计3月中旬就能开采。”茶香村村民冉启明一边修剪茶枝一边说。
P 据了解，永兴镇现有茶园3.6万亩，投产茶园3.1万亩，2024年茶叶综合产值达6.8亿元，茶产业已成为群众增收致富的主导产业。
XR 审核：王天明　　编辑：罗  倩
""")
    body = body_html(blocks, mode="ideo")
    css = BASE_CSS + GOV_CSS + """
.banner{background:#2e7d32;height:110px}.mainnav{background:#1b5e20}
.article h1{color:#1b5e20}.pic img{background:#cde}
.layout{width:1200px;margin:0 auto;overflow:hidden}.left{float:left;width:860px}.right{float:right;width:320px}
.article{width:auto;margin:0}
.right .box{border:1px solid #ddd;margin-bottom:14px;padding:8px}.right h3{margin:0 0 6px;font-size:15px}
"""
    html = f"""
{gov_topbar("今天是2025年3月7日 星期五", ("无障碍浏览", "长者模式", "繁体版", "湄潭县人民政府"))}
{gov_banner("永兴镇人民政府", "湄潭县永兴镇人民政府", "", "请输入关键字")}
{nav_bar(["首页", "走进永兴", "政务动态", "乡镇动态", "信息公开", "村务公开", "办事服务", "互动交流"])}
{crumbs(["首页", "政务动态", "乡镇动态", "正文"], lead="当前位置：")}
<div class="layout"><div class="left"><div class="article">
 {title_html(title)}
 <div class="info"><span>信息来源：永兴镇党政办</span><span>发布时间：2025-03-07 10:48</span><span>阅读：</span><span>【<a href="#">大</a><a href="#">中</a><a href="#">小</a>】</span></div>
 <div class="content">
{body}
 </div>
 <div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div></div>
<div class="right">
 <div class="box"><h3>乡镇动态</h3>{ul(["永兴镇召开2025年安全生产工作会议", "永兴镇开展春季森林防火宣传", "永兴镇举办茶叶加工技能培训班", "永兴镇推进人居环境整治", "永兴镇开展“学雷锋”志愿服务活动"])}</div>
 <div class="box"><h3>村务公开</h3>{ul(["茶香村2025年2月村务公开", "回龙村2025年2月财务公开", "永兴社区2025年2月党务公开"])}</div>
 <div class="box">{img("我为政府网站找错", 300, 70)}</div>
</div></div>
{gov_footer(["主办：湄潭县永兴镇人民政府　　承办：永兴镇党政办公室", "地址：贵州省遵义市湄潭县永兴镇永兴大道66号　　电话：0851-24611205",
             "黔ICP备17006231号-3　　黔公网安备 52032802000318号　　网站标识码：5203280021"], links_row=["网站地图", "联系我们", "使用帮助"])}
"""
    return Page("xp-03", KIND, title, ["杨帆"], "2025-03-07 10:48", blocks, doc(title + "_湄潭县永兴镇人民政府", css, html), body,
                features="township photo story: four pictures with short dated captions between five short paragraphs; byline line 文/图：杨  帆 above the body; 审核/编辑 line set right; U+3000 indents; sidebar lists",
                site="湄潭县永兴镇人民政府（贵州遵义）")


# --------------------------------------------------------------------------- xp-04
def xp04() -> Page:
    """宜良县教育体育局 通知 on an information-disclosure page with a metadata table."""
    title = "宜良县教育体育局关于做好2024年秋季学期开学工作的通知"
    blocks = parse("""
P 各中小学、幼儿园，局属各单位：
P 为确保2024年秋季学期开学工作平稳有序，切实保障师生生命安全和正常教育教学秩序，现就有关事项通知如下。
H 一、时间安排
L 1．教职工于8月29日（星期四）到岗，开展开学前准备和安全隐患排查。
L 2．学生于8月31日（星期六）报到注册，9月2日（星期一）正式上课。
L 3．寄宿制学校学生于9月1日（星期日）下午返校，由班主任逐一清点人数。
H 二、重点工作
P （一）全面开展安全隐患排查。各校要对校舍、食堂、宿舍、消防设施、体育器材和周边环境进行全面排查，建立问题清单，8月30日前完成整改；不能按期整改的，要落实管控措施并书面报告县教育体育局。
P （二）落实食品安全主体责任。严格执行校长陪餐和食材索证索票制度，做好开学前食堂清洁消毒、从业人员健康证明查验等工作。
P （三）做好资助和控辍保学工作。各校要逐一摸排家庭经济困难学生和适龄残疾儿童少年就学情况，确保不让一个学生因家庭经济困难而失学辍学。
H 三、工作要求
P 各校要成立由校长任组长的开学工作领导小组，于9月3日17时前将开学工作情况报告（含检查表）报送县教育体育局安全稳定股，联系人：杨丽芬，联系电话：0871-67521136。
R 宜良县教育体育局
R 2024年8月26日
""")
    body = body_html(blocks, mode="indent")
    meta = [("索引号", "11530125MB1H45872Q/2024-00158", "发布机构", "宜良县教育体育局"),
            ("公开目录", "通知公告", "发文日期", "2024-08-26"),
            ("文号", "宜教体发〔2024〕58号", "公开方式", "主动公开")]
    meta_html = "<table class=\"meta\">" + "".join(
        f"<tr><th>{a}：</th><td>{b}</td><th>{c}：</th><td>{d}</td></tr>" for a, b, c, d in meta) + \
        f"<tr><th>标题：</th><td colspan=\"3\">{esc(title)}</td></tr></table>"
    css = BASE_CSS + GOV_CSS + """
.banner{background:#1565c0}.mainnav{background:#0d47a1}
.meta{width:100%;margin-bottom:20px;font-size:13px}.meta th{background:#f2f6fb;text-align:right;width:110px;border:1px solid #dde;padding:6px}
.meta td{border:1px solid #dde;padding:6px}
.docno{text-align:center;font-size:16px;margin:8px 0 20px}
.sub{font-size:16px;font-family:黑体;margin:10px 0}
.attach{border-top:1px solid #eee;margin-top:20px;padding-top:10px}
"""
    html = f"""
{gov_topbar("宜良县人民政府 | 宜良县教育体育局", ("无障碍", "长者版", "繁體", "个人中心"))}
{gov_banner("国徽", "宜良县教育体育局", "", "搜索")}
{nav_bar(["首页", "机构概况", "教育动态", "信息公开", "招生考试", "办事指南", "互动交流"])}
{crumbs(["首页", "信息公开", "法定主动公开内容", "通知公告"], lead="您所在的位置：", sep=" » ")}
<div class="article">
 {meta_html}
 {title_html(title)}
 <div class="docno">宜教体发〔2024〕58号</div>
 <div class="info"><span>发布时间：2024-08-27</span><span>来源：宜良县教育体育局</span><span>浏览次数：687</span>{font_tools(2)}</div>
 <div class="content">
{body}
 </div>
 <div class="attach">相关附件：<a href="#">附件：2024年秋季学期开学工作检查表.docx</a></div>
 {share("gov2")}
 {prevnext("宜良县2024年义务教育阶段学校招生工作实施方案", "宜良县教育体育局关于2024年教师资格认定有关事项的公告")}
</div>
{gov_footer(["主办：宜良县教育体育局　　技术支持：宜良县融媒体中心", "地址：云南省昆明市宜良县匡远街道文化路23号　　邮编：652100",
             "网站标识码：5301250031　　滇ICP备14005523号-2　　滇公网安备 53012502000187号"], links_row=["关于我们", "网站地图", "联系方式"])}
"""
    return Page("xp-04", KIND, title, [], "2024-08-27", blocks, doc(title, css, html), body,
                features="通知 on a 信息公开 page: metadata table (索引号/发布机构/文号/标题) above the headline, 文号 line under it (not body), 主送 line, numbered list lines, （一）（二） paragraphs, 署名 and 成文日期 set right (body), 附件 link after the document",
                site="宜良县教育体育局（云南昆明）")


# --------------------------------------------------------------------------- xp-05
def xp05() -> Page:
    """长沙市发改委 价格监测: mostly a table with a short lead."""
    title = "2024年第18周长沙市主要农副产品价格监测情况"
    rows = [("大米（晚籼米）", "元/500克", "3.05", "3.05", "0.00"), ("面粉（富强粉）", "元/500克", "3.40", "3.40", "0.00"),
            ("菜籽油（压榨）", "元/5升", "92.50", "92.80", "-0.32"), ("鲜猪肉（精瘦肉）", "元/500克", "15.60", "15.20", "2.63"),
            ("鲜猪肉（五花肉）", "元/500克", "14.10", "13.80", "2.17"), ("鲜牛肉", "元/500克", "42.00", "42.50", "-1.18"),
            ("鲜羊肉", "元/500克", "45.50", "45.50", "0.00"), ("白条鸡", "元/500克", "12.80", "12.90", "-0.78"),
            ("鲜鸡蛋", "元/500克", "5.20", "5.35", "-2.80"), ("草鱼", "元/500克", "9.60", "9.40", "2.13"),
            ("大白菜", "元/500克", "1.60", "1.75", "-8.57"), ("黄瓜", "元/500克", "2.90", "3.20", "-9.38"),
            ("西红柿", "元/500克", "3.80", "4.10", "-7.32"), ("辣椒（青椒）", "元/500克", "4.50", "4.80", "-6.25"),
            ("土豆", "元/500克", "2.30", "2.30", "0.00"), ("苹果（富士）", "元/500克", "6.80", "6.80", "0.00"),
            ("香蕉", "元/500克", "3.90", "4.00", "-2.50")]
    table = "\n".join(f"T {a} | {b} | {c} | {d} | {e}" for a, b, c, d, e in rows)
    blocks = parse(f"""
P 第18周（4月29日至5月5日），我市主要农副产品价格总体平稳，呈“粮油稳定、肉价回升、蔬菜下行”态势。监测的17个品种中，价格上涨4个，下降8个，持平5个。
P 受“五一”假期消费拉动影响，猪肉价格小幅上涨，精瘦肉、五花肉环比分别上涨2.63%和2.17%；随着本地蔬菜集中上市，大白菜、黄瓜、西红柿等蔬菜价格明显回落。具体监测数据如下：
TH 品种 | 单位 | 本周均价（元） | 上周均价（元） | 环比（%）
{table}
P 注：以上数据为长沙市区6个农贸市场、4个超市的监测平均价格。
P 预计下周，我市粮油价格将保持稳定，猪肉价格或将高位企稳，蔬菜价格仍有小幅下行空间。市发改委将继续加强重要民生商品价格监测，及时发布价格信息。
""")
    body = body_html(blocks, mode="indent", table_attrs='class="tbl" width="100%" border="1"')
    css = BASE_CSS + GOV_CSS + """
.banner{background:#0e5aa7}.mainnav{background:#084482}.tbl{margin:10px auto 16px;font-size:14px}.tbl th{background:#eaf1fb}
"""
    html = f"""
{gov_topbar("长沙市发展和改革委员会", ("无障碍", "长者模式", "简", "繁", "政务新媒体"))}
{gov_banner("国徽", "长沙市发展和改革委员会", "Changsha Development and Reform Commission", "请输入关键词")}
{nav_bar(["首页", "机构概况", "发改动态", "政务公开", "价格信息", "项目建设", "政务服务", "互动交流"])}
{crumbs(["首页", "价格信息", "价格监测", "正文"])}
<div class="article">
 {title_html(title)}
 <div class="info">发布日期：2024-05-06&nbsp;&nbsp;&nbsp;信息来源：价格监测科&nbsp;&nbsp;&nbsp;{font_tools(2)}&nbsp;<a href="#">【打印本页】</a></div>
 <div class="content">
{body}
 </div>
 {share("gov")}
 {related("相关信息", [("2024年第17周长沙市主要农副产品价格监测情况", "2024-04-29"), ("2024年第16周长沙市主要农副产品价格监测情况", "2024-04-22"), ("2024年4月长沙市成品油价格调整情况", "2024-04-18"), ("长沙市2024年一季度价格运行分析", "2024-04-10")])}
</div>
{gov_footer(["主办单位：长沙市发展和改革委员会　　地址：长沙市岳麓区岳麓大道218号　　邮编：410013", "网站标识码：4301000012　　湘ICP备09021376号　　湘公网安备 43010402000573号",
             "联系电话：0731-88665420（工作日）　　本站支持IPv6访问"], links_row=["网站声明", "网站地图", "联系我们"])}
"""
    return Page("xp-05", KIND, title, [], "2024-05-06", blocks, doc(title, css, html), body,
                features="page that is mostly an 18-row price table after a two-paragraph lead; 注： line and forecast after the table; glued info bar with &nbsp; separators; no author",
                site="长沙市发展和改革委员会（湖南）")


# --------------------------------------------------------------------------- xp-06
def xp06() -> Page:
    """村务公开: a 低保 公示 list of names on a township site (2016 design)."""
    title = "油墩街镇枫林村2024年第二季度城乡低保拟保对象公示"
    people = [("1", "一组", "胡水根", "3", "重点保障", "1240"), ("2", "一组", "胡金莲", "1", "单人户", "620"),
              ("3", "二组", "刘冬生", "4", "一般保障", "1560"), ("4", "二组", "王菊香", "2", "重点保障", "1020"),
              ("5", "三组", "余长发", "1", "单人户", "620"), ("6", "三组", "余细妹", "3", "一般保障", "1170"),
              ("7", "四组", "张火旺", "5", "一般保障", "1950"), ("8", "五组", "程腊梅", "2", "重点保障", "1020"),
              ("9", "五组", "程国庆", "1", "单人户", "620"), ("10", "六组", "吴春花", "3", "一般保障", "1170"),
              ("11", "七组", "徐来福", "2", "一般保障", "780"), ("12", "七组", "徐满英", "1", "单人户", "620")]
    rows = "\n".join("T " + " | ".join(p) for p in people)
    blocks = parse(f"""
P 根据《江西省最低生活保障办法》和县民政局有关规定，经户主申请、村民代表评议、镇人民政府审核，现将我村2024年第二季度城乡低保拟保对象名单公示如下：
TH 序号 | 村民小组 | 户主姓名 | 保障人口 | 保障类别 | 月保障金额（元）
{rows}
P 公示期为2024年6月3日至6月9日，共7天。公示期间，如对公示对象有异议，可向村委会或镇民政所反映，也可拨打监督电话。
P 村委会监督电话：0793-6271045
P 镇民政所监督电话：0793-6270318
R 鄱阳县油墩街镇枫林村民委员会
R 2024年6月3日
""")
    body = body_html(blocks, mode="p", table_attrs='class="tbl" border="1" cellspacing="0" cellpadding="4" align="center"')
    css = BASE_CSS + """
body{background:#f1ede4}.wrap{width:1000px;margin:0 auto;background:#fff}
.head{height:110px;background:#c62828;color:#fff;font-size:30px;font-weight:bold;padding:30px 0 0 30px;box-sizing:border-box}
.nav{background:#a31515}.nav a{color:#fff;display:inline-block;padding:0 18px;line-height:40px}
.pos{padding:8px 20px;border-bottom:1px solid #eee;font-size:12px}
.box{padding:20px 40px}.box h1{font-size:22px;text-align:center}
.attr{text-align:center;font-size:12px;color:#777;background:#f7f7f7;line-height:30px}
.content p{line-height:2;font-size:15px}.tbl{width:90%}
.foot{background:#a31515;color:#fff;text-align:center;font-size:12px;line-height:24px;padding:14px 0}
.foot a{color:#fff}
"""
    html = f"""
<div class="wrap">
<div class="head">油墩街镇人民政府</div>
<div class="nav">{links(["网站首页", "镇情概况", "新闻动态", "政务公开", "村务公开", "党建园地", "乡村振兴", "便民服务", "留言咨询"])}</div>
<div class="pos">当前位置：<a href="#">网站首页</a>&gt;<a href="#">村务公开</a>&gt;<a href="#">枫林村</a>&gt;正文</div>
<div class="box">
 {title_html(title)}
 <div class="attr">作者：枫林村&nbsp;&nbsp;&nbsp;来源：本站原创&nbsp;&nbsp;&nbsp;点击数：236&nbsp;&nbsp;&nbsp;更新时间：2024/6/3&nbsp;&nbsp;&nbsp;【字体：<a href="#">小</a> <a href="#">大</a>】</div>
 <div class="content">
{body}
 </div>
 <p>上一篇：<a href="#">枫林村2024年5月村务财务公开</a><br>下一篇：<a href="#">枫林村2024年度高标准农田建设项目公示</a></p>
 <p><b>相关文章</b></p>
 {ul(["枫林村2024年第一季度城乡低保拟保对象公示", "枫林村2023年度特困供养人员名单公示", "油墩街镇2024年临时救助对象公示"])}
</div>
<div class="foot">版权所有：鄱阳县油墩街镇人民政府　　地址：鄱阳县油墩街镇正街1号<br>赣ICP备16008842号　　技术支持：鄱阳县融媒体中心　　<a href="#">管理登录</a></div>
</div>
"""
    return Page("xp-06", KIND, title, [], "2024/6/3", blocks, doc(title + "-油墩街镇人民政府", css, html), body,
                features="village 公示 list of names (12-row table) with lead, 公示期, two 监督电话 lines, 署名 and date set right; 2016 township CMS info bar whose 作者： is the village (not a person, gold [])",
                site="鄱阳县油墩街镇人民政府（江西上饶）")


# --------------------------------------------------------------------------- xp-07
def xp07() -> Page:
    """凯里市 公安局交警大队 通告: road closures set out as a timetable."""
    title = "关于2024凯里马拉松赛期间实施临时交通管制的通告"
    blocks = parse("""
P 为保障2024凯里马拉松赛顺利进行，根据《中华人民共和国道路交通安全法》第三十九条之规定，凯里市公安局决定于赛事期间对部分道路实施临时交通管制。现将有关事项通告如下：
H 一、管制时间及路段
TH 管制路段 | 管制时间 | 管制方式
T 大十字至金泉湖公园（韶山南路） | 11月17日06:00—09:30 | 全封闭
T 金泉湖公园至开发区管委会（永丰路） | 11月17日06:30—10:30 | 全封闭
T 开发区管委会至清江路口（清江路） | 11月17日07:00—11:30 | 半封闭（占用北侧车道）
T 清江路口至下司古镇（凯下大道） | 11月17日07:00—13:00 | 全封闭
T 下司古镇景区内环路 | 11月17日07:30—13:30 | 全封闭
H 二、管制措施
P （一）管制期间，除持有赛事专用通行证的车辆和执行任务的警车、消防车、救护车、工程救险车外，其他车辆禁止在上述路段通行。
P （二）管制期间，沿线各路口、小区出入口车辆只出不进，请沿线单位和居民合理安排出行时间。
P （三）管制期间，公交2路、5路、K8路临时改道运行，具体以公交公司发布的信息为准。
H 三、其他事项
P 管制路段将根据赛事进程逐段解除。请广大驾驶人和行人服从现场执勤民警指挥，对违反本通告的，公安机关将依法处理。
P 特此通告。
R 凯里市公安局
R 2024年11月12日
""")
    body = body_html(blocks, mode="p", table_attrs='class="tbl" width="96%" border="1"')
    css = BASE_CSS + GOV_CSS + """
.banner{background:#0a3d7a}.mainnav{background:#07305f}
.layout{width:1200px;margin:0 auto;display:flex;gap:20px}.article{width:840px;margin:0}
.side{width:320px}.side .box{border-top:3px solid #0a3d7a;background:#f7f9fc;padding:10px;margin-bottom:14px}
"""
    html = f"""
{gov_topbar("凯里市人民政府 | 黔东南州人民政府", ("无障碍", "长者模式", "繁體", "English"))}
{gov_banner("国徽", "凯里市人民政府", "", "请输入您要搜索的内容")}
{nav_bar(["首页", "政务动态", "信息公开", "政务服务", "政民互动", "走进凯里", "专题专栏"])}
{crumbs(["首页", "信息公开", "通知公告"], lead="当前位置：", sep=" > ")}
<div class="layout"><div class="article">
 <div class="info" style="text-align:left;border:0">来源：凯里市公安局　｜　发布时间：2024-11-12 16:05　｜　{font_tools(0)}</div>
 {title_html(title)}
 <div class="content">
{body}
 </div>
 {share("gov2")}
</div>
<div class="side">
 <div class="box"><h3>通知公告</h3>{ul(["凯里市2024年冬季森林防火戒严期的通告", "关于开展第五次全国经济普查的公告", "凯里市城区供水管网改造停水公告", "凯里市2024年公开招聘社区工作者公告"])}</div>
 <div class="box">{img("凯里马拉松专题", 300, 100)}<p>凯里马拉松专题报道</p></div>
</div></div>
{gov_footer(["主办：凯里市人民政府办公室　承办：凯里市大数据中心", "地址：贵州省黔东南苗族侗族自治州凯里市北京东路31号　电话：0855-8221306",
             "网站标识码：5226010001　黔ICP备10002734号　黔公网安备 52260102000217号"])}
"""
    return Page("xp-07", KIND, title, [], "2024-11-12 16:05", blocks, doc(title, css, html), body,
                features="通告 whose core is a road-closure timetable (table); info bar above the headline with ｜ separators; 特此通告, 署名, date; no 文号",
                site="凯里市人民政府（贵州黔东南）")


# --------------------------------------------------------------------------- xp-08
def xp08() -> Page:
    """大理市人民政府 批复 in a 政府文件 page (2019 layout)."""
    title = "大理市人民政府关于同意《湾桥镇古生村村庄规划（2023—2035年）》的批复"
    blocks = parse("""
P 湾桥镇人民政府：
P 你镇《关于审批〈湾桥镇古生村村庄规划（2023—2035年）〉的请示》（湾政请〔2024〕12号）收悉。经研究，现批复如下：
P 一、原则同意《湾桥镇古生村村庄规划（2023—2035年）》（以下简称《规划》）。《规划》坚持生态优先、保护优先，统筹洱海保护治理和乡村振兴，对村域国土空间开发保护作出了总体安排，符合国土空间总体规划和洱海流域保护的有关要求。
P 二、《规划》确定古生村村域面积为486.3公顷，规划期末常住人口控制在1460人以内，村庄建设用地规模控制在38.62公顷以内。要严格落实耕地和永久基本农田保护任务，严守生态保护红线，不得突破村庄建设边界。
P 三、你镇要严格按照《规划》实施建设管理，强化规划的刚性约束，加强对农村建房的全过程监管，做好传统村落、历史建筑的保护和利用。任何单位和个人不得擅自修改《规划》，确需修改的，须按法定程序报批。
P 四、市自然资源局要加强对《规划》实施的指导和监督，及时将《规划》成果纳入国土空间规划“一张图”实施监督信息系统。
R 大理市人民政府
R 2024年5月28日
P （此件公开发布）
""")
    body = body_html(blocks, mode="indent")
    css = BASE_CSS + GOV_CSS + """
.banner{background:#1a4f8b}.mainnav{background:#133c6a}
.wjtable{width:100%;border:1px solid #cfd9e6;margin-bottom:16px;font-size:13px}.wjtable td{padding:6px 10px;border:1px solid #cfd9e6}
.wjtable .k{background:#eef3f9;width:90px}
.docno{text-align:center;margin-bottom:16px}
"""
    wj = f"""<table class="wjtable"><tr><td class="k">索 引 号：</td><td>015148276/2024-0528-003</td><td class="k">主题分类：</td><td>城乡建设、环境保护</td></tr>
<tr><td class="k">发文机关：</td><td>大理市人民政府</td><td class="k">成文日期：</td><td>2024年05月28日</td></tr>
<tr><td class="k">标　　题：</td><td colspan="3">{esc(title)}</td></tr>
<tr><td class="k">发文字号：</td><td>大市政复〔2024〕37号</td><td class="k">发布日期：</td><td>2024年06月03日</td></tr></table>"""
    html = f"""
{gov_topbar("大理白族自治州大理市人民政府门户网站", ("无障碍", "长者模式", "繁體", "智能问答"))}
{gov_banner("国徽", "大理市人民政府", "", "全站搜索")}
{nav_bar(["首页", "政务要闻", "政府信息公开", "政务服务", "政民互动", "走进大理"])}
{crumbs(["首页", "政府信息公开", "政府文件", "市政府文件"], lead="当前位置：", sep=" > ")}
<div class="article">
 {wj}
 {title_html(title)}
 <div class="docno">大市政复〔2024〕37号</div>
 <div class="content">
{body}
 </div>
 <div class="info" style="border:0;text-align:right">发布日期：2024年06月03日　　<a href="#">【打印】</a><a href="#">【关闭】</a></div>
 {related("相关文件", ["大理市人民政府关于同意《喜洲镇周城村村庄规划（2023—2035年）》的批复", "大理市人民政府关于同意《银桥镇磻溪村村庄规划（2023—2035年）》的批复"])}
</div>
{gov_footer(["大理市人民政府办公室主办　大理市数字经济发展中心承办", "地址：云南省大理白族自治州大理市下关镇泰安路6号　邮编：671000",
             "网站标识码：5329010001　滇ICP备05004617号　滇公网安备 53290102000345号"], links_row=["网站地图", "联系我们", "网站声明"])}
"""
    return Page("xp-08", KIND, title, [], "2024年06月03日", blocks, doc(title, css, html), body,
                features="批复 on a 政府文件 page: metadata table (成文日期 and 发布日期 differ), 文号 line under the headline (not body), 主送, 一、二… items, 署名/成文日期 and （此件公开发布） as body; publish date printed below the document with 【打印】【关闭】",
                site="大理市人民政府（云南大理）")


# --------------------------------------------------------------------------- xp-09
def xp09() -> Page:
    """湘西州医保局 政策解读 in Q&A form."""
    title = "《湘西州城乡居民门诊慢特病保障实施细则》政策解读"
    blocks = parse("""
P 近日，湘西州医疗保障局印发《湘西州城乡居民门诊慢特病保障实施细则》（以下简称《细则》），自2024年5月1日起施行。为便于群众理解，现就有关问题解读如下。
HB 一、为什么要出台《细则》？
P 答：原有门诊慢特病政策病种偏少、各县市认定标准不统一、异地备案手续繁琐，群众反映较多。《细则》按照全省统一部署，统一了病种目录、认定标准和待遇水平，进一步减轻参保群众门诊医疗费用负担。
HB 二、哪些人可以享受门诊慢特病待遇？
P 答：在我州参加城乡居民基本医疗保险且按规定缴费的参保人员，经认定患有《细则》所列门诊慢特病的，均可享受相应待遇。
HB 三、门诊慢特病病种有哪些变化？
P 答：病种由原来的28种增加到40种，新增了阿尔茨海默病、帕金森病、慢性阻塞性肺疾病等12个病种。
HB 四、待遇标准是多少？
P 答：门诊慢特病不设起付线，政策范围内费用报销比例为65%。其中，恶性肿瘤门诊放化疗、尿毒症透析、器官移植术后抗排异治疗等3类重特大疾病按住院待遇报销，其余病种按病种设定年度支付限额。
HB 五、怎样申请认定？
P 答：参保人员可携带身份证、近一年的病历资料和检查报告，到定点医疗机构或县市医保经办窗口申请，也可通过“湘医保”手机APP线上申请。认定结果自认定之日起享受待遇。
HB 六、已认定的病种是否需要重新申请？
P 答：不需要。《细则》施行前已经认定的门诊慢特病人员，其待遇自动延续，医保部门将做好信息转换。
""")
    body = body_html(blocks, mode="p")
    css = BASE_CSS + GOV_CSS + """
.banner{background:#00695c}.mainnav{background:#004d40}.article h1{color:#004d40}
.jd-tag{display:inline-block;background:#00695c;color:#fff;padding:2px 8px;font-size:12px}
.links3{margin-top:16px;background:#f4f8f7;padding:10px}
"""
    html = f"""
{gov_topbar("湘西土家族苗族自治州医疗保障局", ("无障碍阅读", "长者模式", "繁体版", "移动端"))}
{gov_banner("湘西州医疗保障局", "湘西土家族苗族自治州医疗保障局", "", "请输入搜索关键词")}
{nav_bar(["首页", "机构职能", "工作动态", "政策法规", "政策解读", "信息公开", "办事服务", "互动交流"])}
{crumbs(["首页", "政策法规", "政策解读"], lead="当前位置：", sep=" > ")}
<div class="article">
 <span class="jd-tag">文字解读</span>
 {title_html(title)}
 <div class="info"><span>发布时间：2024年04月11日 10:20</span><span>信息来源：待遇保障科</span><span>访问量：2096</span>{font_tools(0)}<a href="#">【打印】</a></div>
 <div class="content">
{body}
 </div>
 <div class="links3">相关文件：<a href="#">湘西州医疗保障局关于印发《湘西州城乡居民门诊慢特病保障实施细则》的通知</a><br>相关解读：<a href="#">一图读懂｜门诊慢特病保障新政来了</a></div>
 {share("gov")}
</div>
{gov_footer(["主办：湘西土家族苗族自治州医疗保障局　　地址：湖南省吉首市乾州世纪大道168号", "医保服务热线：0743-8721509　　网站标识码：4331000046",
             "湘ICP备19004471号-1　　湘公网安备 43310102000089号"])}
"""
    return Page("xp-09", KIND, title, [], "2024年04月11日 10:20", blocks, doc(title, css, html), body,
                features="政策解读 in question/answer form (bold numbered questions, 答： answers); 文字解读 tag above the headline; related 一图读懂 link; no author",
                site="湘西州医疗保障局（湖南）")


# --------------------------------------------------------------------------- xp-10
def xp10() -> Page:
    """九江市 讲话: speech text, speaker line and date line under the headline."""
    title = "在全市安全生产工作会议上的讲话"
    blocks = parse("""
P 同志们：
P 今天召开全市安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。刚才，市应急管理局通报了2023年全市安全生产情况，三个县（市、区）作了表态发言，讲得都很好，我都同意。下面，我讲三点意见。
H 一、清醒认识当前安全生产面临的严峻形势
P 2023年，全市各级各部门认真落实安全生产责任，全市生产安全事故起数和死亡人数实现“双下降”。但我们也要清醒看到，全市安全生产基础仍然薄弱，危化品、道路交通、建筑施工、城镇燃气等领域风险隐患交织叠加，“九小场所”消防安全问题依然突出，一些地方和单位的责任落实还存在“上热中温下冷”的现象。
H 二、聚焦重点领域抓好风险隐患整治
P 要深入开展安全生产治本攻坚三年行动，紧盯危险化学品、城镇燃气、道路交通、建筑施工、消防、水上交通等重点领域，建立问题隐患和制度措施“两个清单”，逐项明确责任单位和完成时限。特别是对沿江化工园区，要严格落实“一园一策”，坚决防范重特大事故发生。
H 三、压紧压实各方安全生产责任
P 各县（市、区）党政主要负责同志要切实履行安全生产第一责任人职责，行业主管部门要按照“三个必须”的要求履行监管责任，企业要落实全员安全生产责任制。对责任不落实、措施不到位导致事故发生的，要严肃追责问责，决不姑息。
P 同志们，安全生产只有起点、没有终点。我们要以时时放心不下的责任感，抓细抓实各项工作，为建设长江经济带重要节点城市营造安全稳定的环境。
""")
    body = body_html(blocks, mode="indent")
    css = BASE_CSS + GOV_CSS + """
.banner{background:#b0281a}.article h1{font-size:24px}.speaker{text-align:center;font-size:17px;margin:6px 0}
.sdate{text-align:center;font-family:楷体,KaiTi;font-size:16px;margin-bottom:16px}
"""
    html = f"""
{gov_topbar("九江市人民政府", ("无障碍", "长者模式", "繁體", "English", "微信", "微博"))}
{gov_banner("国徽", "九江市人民政府", "JIUJIANG MUNICIPAL PEOPLE'S GOVERNMENT", "请输入关键字")}
{nav_bar(["首页", "政务要闻", "政府信息公开", "政务服务", "政民互动", "魅力九江", "数据开放"])}
{crumbs(["首页", "政府信息公开", "领导讲话"], lead="当前位置：", sep=" > ")}
<div class="article">
 <div class="info" style="border:0">来源：市政府办公室　　发布时间：2024-02-26　　{font_tools(1)}</div>
 {title_html(title)}
 <div class="speaker">龚志远</div>
 <div class="sdate">（2024年2月22日）</div>
 <div class="content">
{body}
 </div>
 {share("gov2")}
 {prevnext("在全市优化营商环境大会上的讲话", "在2024年市政府廉政工作会议上的讲话")}
</div>
{gov_footer(["主办：九江市人民政府办公室　　承办：九江市大数据中心", "网站标识码：3604000004　　赣ICP备05003782号　　赣公网安备 36040202000115号",
             "地址：江西省九江市濂溪区长虹西大道366号　　联系电话：0792-8562340"], links_row=["网站地图", "关于本网", "联系我们", "隐私声明"])}
"""
    return Page("xp-10", KIND, title, ["龚志远"], "2024-02-26", blocks, doc(title + "_九江市人民政府", css, html), body,
                features="领导讲话: speaker name and （date） on their own lines under the headline (speaker = author, speech date not the publish date); info bar above the headline; 同志们： salutation as body",
                site="九江市人民政府（江西）")


# --------------------------------------------------------------------------- xp-11
def xp11() -> Page:
    """荷城街道 通报 with a score table (街道 site, 2021 design)."""
    title = "荷城街道关于2024年第三季度城乡环境卫生检查情况的通报"
    blocks = parse("""
P 各社区居委会、街道各站所：
P 为巩固全国文明城市创建成果，9月23日至27日，街道城乡环境卫生整治领导小组办公室组织对辖区11个社区开展第三季度环境卫生检查。现将检查情况通报如下：
H 一、检查结果
TH 名次 | 社区 | 得分 | 等次
T 1 | 荷花池社区 | 96.5 | 优秀
T 2 | 凉都社区 | 95.0 | 优秀
T 3 | 人民路社区 | 93.5 | 优秀
T 4 | 水西社区 | 90.0 | 良好
T 5 | 钟山社区 | 88.5 | 良好
T 6 | 明湖社区 | 86.0 | 良好
T 7 | 黄土坡社区 | 83.5 | 合格
T 8 | 大湾社区 | 81.0 | 合格
T 9 | 老鹰山社区 | 78.0 | 合格
T 10 | 杨柳社区 | 72.5 | 较差
T 11 | 双水社区 | 69.0 | 较差
H 二、存在问题
P 部分背街小巷、城乡接合部存在垃圾清运不及时、乱堆乱放问题；个别小区化粪池满溢、楼道堆放杂物；部分农贸市场周边占道经营回潮。
H 三、下步要求
P 得分排名后两位的社区要在10月15日前向街道提交书面整改报告；各社区要建立问题台账，实行销号管理，街道将于第四季度开展“回头看”。
R 荷城街道城乡环境卫生整治领导小组办公室
R 2024年9月30日
""")
    body = body_html(blocks, mode="ideo", table_attrs='class="tbl" width="80%" align="center"')
    css = BASE_CSS + GOV_CSS + """
.banner{background:#1f6f43;height:100px}.mainnav{background:#17573a}.article h1{color:#17573a}
"""
    html = f"""
{gov_topbar("六盘水市钟山区荷城街道办事处", ("无障碍", "长者模式"))}
{gov_banner("荷城街道", "钟山区荷城街道办事处", "", "请输入关键词")}
{nav_bar(["首页", "街道概况", "工作动态", "通知公告", "社区风采", "党建引领", "便民服务"])}
{crumbs(["首页", "通知公告", "正文"], lead="当前位置：")}
<div class="article">
 {title_html(title)}
 <div class="info"><span>时间：2024-09-30 15:40:12</span><span>来源：荷城街道</span><span>阅读：418 次</span>{font_tools(0)}</div>
 <div class="content">
{body}
 </div>
 {share("gov")}
 {prevnext("荷城街道开展国庆节前安全生产大检查", "荷城街道召开第三季度党建工作推进会")}
</div>
{gov_footer(["主办：六盘水市钟山区荷城街道办事处　　地址：贵州省六盘水市钟山区荷城街道人民中路128号", "联系电话：0858-8226710　　黔ICP备18002453号-4　　网站标识码：5202010023"])}
"""
    return Page("xp-11", KIND, title, [], "2024-09-30 15:40:12", blocks, doc(title, css, html), body,
                features="街道 通报: an 11-row score table (名次/社区/得分/等次) between 主送 line and short problem/requirement sections; 署名 and date; seconds in the info bar",
                site="钟山区荷城街道办事处（贵州六盘水）")


# --------------------------------------------------------------------------- xp-12
def xp12() -> Page:
    """香格里拉市 建塘镇 news on a 2018-style city portal; 通讯员 with a minority name."""
    title = "建塘镇开展“民族团结进步宣传月”进社区活动"
    blocks = parse("""
X 通讯员：格桑·卓玛　李  蕾
P 9月10日，建塘镇在北门社区广场举办“民族团结进步宣传月”进社区活动，通过文艺演出、政策宣讲、有奖问答等形式，引导各族群众像石榴籽一样紧紧抱在一起。
P 活动在藏族锅庄舞《吉祥香巴拉》中拉开帷幕。随后，纳西族东巴歌舞、彝族“打跳”、傈僳族弦子舞等节目轮番上演，赢得阵阵掌声。宣讲员用藏汉双语讲解《云南省民族团结进步示范区建设条例》，并结合身边事解读铸牢中华民族共同体意识的内涵。
P “我们社区有藏、汉、纳西、彝等9个民族，大家平时互相帮忙，就像一家人。”北门社区居民阿布说。
P 活动现场还设置了法律咨询、义诊、反诈宣传等服务台，发放宣传资料1200余份，为群众解答问题80余人次。
P 据悉，今年以来，建塘镇以“七进”活动为载体，累计开展民族团结进步宣传活动36场次，覆盖群众1.2万余人次。
""")
    body = body_html(blocks, mode="ideo")
    css = BASE_CSS + """
body{background:#f2efe9}.top{background:#7b1f1f;color:#f6e7c8;height:90px;padding:20px 40px;box-sizing:border-box;font-size:28px}
.nav{background:#5a1414;text-align:center}.nav a{color:#fff;display:inline-block;padding:0 20px;line-height:42px}
.main{width:1100px;margin:16px auto;background:#fff;padding:20px 40px;box-sizing:border-box}
.main h1{text-align:center;font-size:24px}.source{text-align:center;color:#888;font-size:13px}
.content p{line-height:2;font-size:16px}.note{text-align:center}
.hot{margin-top:20px;border-top:2px solid #7b1f1f}.hot li{line-height:28px}
.bottom{background:#333;color:#bbb;text-align:center;font-size:12px;line-height:24px;padding:16px}
"""
    html = f"""
<div class="top">香格里拉市人民政府 <span style="font-size:14px">{links(["无障碍", "长者模式", "繁體", "藏文版"], " ")}</span></div>
<div class="nav">{links(["首页", "政务动态", "乡镇动态", "部门动态", "政府信息公开", "网上办事", "香格里拉旅游"])}</div>
<div class="main">
 <div>当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">乡镇动态</a> &gt; 正文</div>
 {title_html(title)}
 <div class="source">2018-09-12 09:05　来源：建塘镇　浏览次数：　{font_tools(2)}</div>
 <div class="content">
{body}
 </div>
 <p class="note">【责任编辑：和丽华】</p>
 <div class="hot"><h3>热点信息</h3>{dated_list([("香格里拉市召开民族团结进步示范市创建推进会", "2018-09-11"), ("小中甸镇开展秋季森林防火宣传", "2018-09-10"), ("市领导督查松茸交易市场秩序", "2018-09-07"), ("尼西乡举办黑陶制作技艺培训", "2018-09-05")])}</div>
</div>
<div class="bottom">香格里拉市人民政府办公室主办　香格里拉市融媒体中心承办<br>滇ICP备08100452号　滇公网安备 53340102000063号　网站标识码：5334210001<br>地址：云南省迪庆藏族自治州香格里拉市建塘镇团结路2号　电话：0887-8223156</div>
"""
    return Page("xp-12", KIND, title, ["格桑·卓玛", "李蕾"], "2018-09-12 09:05", blocks, doc(title + "-香格里拉市人民政府", css, html), body,
                features="2018 city portal; 通讯员 line on its own with a Tibetan name with middle dot and a spaced two-character name; quoted speech; 【责任编辑：…】 not author; bare date at the start of the info bar",
                site="香格里拉市人民政府（云南迪庆）")


PAGES = [xp01, xp02, xp03, xp04, xp05, xp06, xp07, xp08, xp09, xp10, xp11, xp12]
