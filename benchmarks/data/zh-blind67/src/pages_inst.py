"""Institution pages xp-36 … xp-40 (university, state enterprise, school, hospital, court; all invented)."""
from __future__ import annotations

from kit import BASE_CSS, Page, body_html, dated_list, doc, esc, img, links, parse, search, select, title_html, ul
from furn import GOV_CSS, crumbs, mega_menu, prevnext, qr, related, share

KIND = "institution"


# --------------------------------------------------------------------------- xp-36
def xp36() -> Page:
    title = "我校学子在第十届全国大学生化学实验创新设计竞赛中获佳绩"
    blocks = parse("""
P 7月25日至27日，第十届全国大学生化学实验创新设计竞赛全国总决赛在浙江杭州举行。我校化学与材料工程学院选送的3件作品在来自全国212所高校的参赛作品中脱颖而出，获一等奖1项、二等奖2项，获奖数量和等级均创历史最好成绩。
P 本届竞赛以“创新、绿色、安全”为主题，分为实验设计、现场答辩和实验操作展示三个环节，重点考查参赛学生的创新思维、实验设计能力和科学表达能力。我校获奖情况如下：
TH 作品名称 | 参赛学生 | 指导教师 | 奖项
T 基于废弃茶渣的重金属吸附材料制备与性能研究 | 谢雨萱、胡家豪、邓思琪 | 彭立新、曹丽 | 一等奖
T 湘莲莲子皮中多酚的绿色提取与抗氧化评价 | 罗子涵、易可欣、陈宇 | 尹志强 | 二等奖
T 可视化检测食品中亚硝酸盐的便携试纸设计 | 汤梓琳、刘思远、蒋欣怡 | 王  霞 | 二等奖
P 据了解，为备战此次竞赛，学院从去年10月起组建指导团队，开放实验室供参赛学生开展研究，指导教师利用课余和假期时间对学生进行多轮集训和模拟答辩。
P 学院负责人表示，学院将以此次竞赛为契机，进一步深化“以赛促学、以赛促教”改革，把竞赛成果转化为实验教学资源，持续提升学生的创新实践能力。
""")
    body = body_html(blocks, table_attrs='class="tbl" width="100%"')
    css = BASE_CSS + GOV_CSS + """
.banner{background:#003f88}.mainnav{background:#002b5c}.article h1{color:#003f88;font-size:24px}
.info span{margin:0 6px}.tbl td{text-align:left;font-size:14px}
"""
    html = f"""
<div class="topbar"><div class="w"><span class="tl">{links(["学校首页", "信息门户", "图书馆", "邮件系统", "English"], " | ")}</span><span class="tr">{search("新闻搜索")}</span></div></div>
<div class="banner"><div class="w"><div class="logo">{img("潇湘理工学院", 80, 80)}<div class="sitename">潇湘理工学院新闻网</div></div></div></div>
{crumbs(["首页", "学院动态"], lead="当前位置：", sep=" >> ")}
<div class="article">
 {title_html(title)}
 <div class="info"><span>作者：刘  畅</span><span>来源：化学与材料工程学院</span><span>摄影：周  明</span><span>编辑：李  佳</span><span>审核：王建国</span><span>发布时间：2024-07-29</span><span>点击数：</span></div>
 <div class="content">
  <p class="pic" style="text-align:center">{img("获奖学生与指导教师合影", 700, 400)}</p>
  <p class="pic-cap">获奖学生与指导教师合影</p>
{body}
 </div>
 {prevnext("学校召开2024年暑期安全稳定工作会议", "土木工程学院开展“三下乡”社会实践活动")}
</div>
<div class="footer"><div class="w"><p>{links(["校长信箱", "网站地图", "联系我们"], " | ")}</p><p>版权所有：潇湘理工学院党委宣传部　地址：湖南省衡阳市珠晖区东风南路168号　邮编：421008</p><p>湘ICP备05007713号　湘公网安备 43040502000214号</p></div></div>
"""
    return Page("xp-36", KIND, title, ["刘畅"], "2024-07-29", blocks, doc(title + "-潇湘理工学院新闻网", css, html), body,
                features="university news: info bar with 作者/来源/摄影/编辑/审核 (only 作者 is author), glued spans, lead photo with caption before the body, award table whose cells hold student and teacher names incl. a spaced one",
                site="潇湘理工学院新闻网（湖南衡阳，虚构）")


# --------------------------------------------------------------------------- xp-37
def xp37() -> Page:
    title = "德兴矿区开展2024年防汛应急综合演练"
    blocks = parse("""
P 6月4日，赣鑫铜业集团德兴矿区在尾矿库开展2024年防汛应急综合演练，检验极端天气条件下应急预案的可操作性和各救援队伍的协同作战能力。矿区、选矿厂、动力车间等单位的120余名人员参加演练。
IMG 演练现场
CAP 演练现场，抢险队员转运防汛物资。
P 演练模拟矿区遭遇连续强降雨，尾矿库水位快速上涨、排洪设施局部堵塞。接到险情报告后，矿区应急指挥部立即启动Ⅱ级应急响应，抢险队员迅速抵达现场，开展疏通排洪设施、加固坝体、转移下游人员等处置工作。
IMG 无人机巡查
CAP 技术人员操控无人机巡查尾矿库坝体。
IMG 医疗救护
CAP 医疗救护组对“受伤人员”进行现场救治。
P 整个演练历时90分钟，各环节衔接紧密、处置有序。演练结束后，矿区安全环保部对演练情况进行了点评，指出了通讯联络、物资调配等方面存在的不足，并提出改进要求。
P 矿区主要负责人要求，各单位要认真吸取演练经验，进一步完善应急预案，加强24小时值班值守，确保矿区安全度汛。
XR 通讯员 邱  峰 文/图
""")
    body = body_html(blocks)
    css = BASE_CSS + """
.hd{height:90px;background:#fff;border-bottom:4px solid #b5651d;padding:0 60px}.hd .logo{float:left;margin-top:14px}
.nav{background:#b5651d;padding:0 60px}.nav a{color:#fff;display:inline-block;padding:0 22px;line-height:44px;font-size:15px}
.layout{width:1200px;margin:20px auto;overflow:hidden}.side{float:left;width:240px;background:#faf3ec}.side h3{background:#b5651d;color:#fff;margin:0;padding:10px}
.side li a{display:block;padding:10px;border-bottom:1px solid #eadbc8}.main{float:right;width:920px}
.main h1{text-align:center;font-size:26px}.info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:10px}
.content p{font-size:16px;line-height:2;text-indent:2em}.content .pic,.content .pic-cap{text-indent:0}
.foot{background:#3a2a1a;color:#d8c6b0;text-align:center;font-size:13px;line-height:24px;padding:20px}
"""
    html = f"""
<div class="hd"><div class="logo">{img("赣鑫铜业集团有限公司", 320, 60)}</div><div style="float:right;margin-top:30px">{links(["OA办公", "邮箱", "English"], " | ")}</div></div>
<div class="nav">{links(["首页", "走进赣鑫", "新闻中心", "党建工作", "产品中心", "安全环保", "科技创新", "人才招聘", "信息公开"])}</div>
<div class="layout">
<div class="side"><h3>新闻中心</h3>{ul(["集团要闻", "基层动态", "媒体聚焦", "图片新闻", "视频新闻", "通知公告"])}</div>
<div class="main">
 {crumbs(["首页", "新闻中心", "基层动态"], lead="您当前的位置：", sep=" > ")}
 {title_html(title)}
 <div class="info">发布日期：2024-06-05　来源：德兴矿区　浏览量：</div>
 <div class="content">
{body}
 </div>
 <p class="note" style="text-align:right">责任编辑：程晓燕</p>
 {prevnext("集团公司召开2024年安全生产月启动会", "永平矿区选矿厂技改项目通过验收")}
</div>
</div>
<div class="foot">版权所有 © 赣鑫铜业集团有限公司　地址：江西省上饶市德兴市银城街道铜都大道1号<br>赣ICP备05011378号-1　赣公网安备 36118102000032号</div>
"""
    return Page("xp-37", KIND, title, ["邱峰"], "2024-06-05", blocks, doc(title + "-赣鑫铜业集团有限公司", css, html), body,
                features="state-enterprise photo story: three pictures with captions between four paragraphs, closing 通讯员 邱  峰 文/图 line set right (not body), 责任编辑 line, left section menu",
                site="赣鑫铜业集团有限公司（江西上饶，虚构）")


# --------------------------------------------------------------------------- xp-38
def xp38() -> Page:
    title = "2024—2025学年度校级“三好学生”“优秀学生干部”评选结果公示"
    blocks = parse("""
P 根据《贵阳市云岩区新桥中学学生评优评先办法》，经班级民主推荐、年级组审核、学校学生发展中心复核，现将2024—2025学年度校级“三好学生”“优秀学生干部”拟表彰名单公示如下：
H 一、三好学生（30人）
L 七年级：罗梓萱　杨浩宇　吴欣怡　龙俊熙　张思远　陈雨桐　田可馨　王一诺　潘泽宇　石佳怡
L 八年级：李沐晨　蒙思琪　赵子墨　韦雅婷　刘子豪　黄诗涵　胡梓涵　杨若曦　吴俊杰　安雨萌
L 九年级：周子涵　王嘉怡　陆昊天　何思彤　邓宇轩　冉心怡　谢文博　宋芷若　岑俊豪　聂雨欣
H 二、优秀学生干部（15人）
L 七年级：彭紫涵　杨思睿　吴宇航　金梦瑶　曾子轩
L 八年级：卢可欣　欧阳明轩　田雨泽　蒋一凡　罗佳琪
L 九年级：王子骞　陈思彤　龙文静　余浩然　杨婉清
P 公示时间：2025年1月10日至1月16日。公示期间，如有异议，请以书面或电话形式向学校学生发展中心反映。反映情况要实事求是，并提供具体事实和联系方式。
P 联系人：吴老师　联系电话：0851-86521307
R 贵阳市云岩区新桥中学学生发展中心
R 2025年1月10日
""")
    body = body_html(blocks, mode="p")
    css = BASE_CSS + """
body{background:#eef3f8}.top{background:#2a6bb0;height:100px;color:#fff;padding:20px 40px;box-sizing:border-box;font-size:28px}
.nav{background:#1d528a;text-align:center}.nav a{color:#fff;display:inline-block;padding:0 20px;line-height:42px}
.box{width:1100px;margin:20px auto;background:#fff;padding:30px 50px;box-sizing:border-box}
.box h1{font-size:22px;text-align:center;line-height:1.6}.info{text-align:center;color:#999;font-size:13px;margin-bottom:20px}
.content p,.content li{font-size:16px;line-height:2}.sub{font-size:17px}
.foot{background:#1d528a;color:#dbe7f3;font-size:13px;text-align:center;line-height:24px;padding:16px}
"""
    html = f"""
<div class="top">{img("校徽", 60, 60)} 贵阳市云岩区新桥中学</div>
<div class="nav">{links(["学校首页", "学校概况", "校园新闻", "通知公告", "德育天地", "教学科研", "党建工作", "家校共育", "招生信息"])}</div>
<div class="box">
 <div>位置：<a href="#">首页</a> / <a href="#">通知公告</a></div>
 {title_html(title)}
 <div class="info">发布者：学生发展中心　　发布时间：2025-01-10 08:30　　浏览次数：</div>
 <div class="content">
{body}
 </div>
 {prevnext("关于2025年寒假放假安排的通知", "2024年秋季学期期末考试安排", ("上一条：", "下一条："))}
</div>
<div class="foot">贵阳市云岩区新桥中学 版权所有　地址：贵州省贵阳市云岩区新桥路46号<br>黔ICP备15003926号-1　技术支持：云岩区教育信息中心</div>
"""
    return Page("xp-38", KIND, title, [], "2025-01-10 08:30", blocks, doc(title, css, html), body,
                features="school 公示 list of 45 student names as grade lines (names separated by U+3000), two numbered headings, 公示时间, contact line, 署名 and date set right; 发布者 is a school office (authors [])",
                site="贵阳市云岩区新桥中学（贵州贵阳，虚构）")


# --------------------------------------------------------------------------- xp-39
def xp39() -> Page:
    title = "国庆节期间专家门诊排班表"
    blocks = parse("""
P 根据国庆节放假安排，为方便患者就医，我院10月1日至7日门诊正常开诊（上午8:00—12:00，下午14:30—17:30），急诊、发热门诊24小时开放。节日期间专家门诊排班如下：
TH 科室 | 10月1日 | 10月2日 | 10月3日 | 10月4日 | 10月5日 | 10月6日 | 10月7日
T 心血管内科 | 张晓明 | 李  红 | 王建华 | 张晓明 | 赵  勇 | 李  红 | 王建华
T 消化内科 | 刘  芳 | 陈志刚 | 刘  芳 | 杨丽琼 | 陈志刚 | 杨丽琼 | 刘  芳
T 呼吸与危重症医学科 | 周文斌 | 段  敏 | 周文斌 | 段  敏 | 孙海燕 | 周文斌 | 孙海燕
T 神经内科 | 马俊峰 | 马俊峰 | 赵丽萍 | 赵丽萍 | 马俊峰 | 赵丽萍 | 何  涛
T 普外科 | 黄伟东 | 罗  斌 | 黄伟东 | 罗  斌 | 黄伟东 | 钱  坤 | 钱  坤
T 骨科 | 朱宏伟 | 许  刚 | 朱宏伟 | 许  刚 | 朱宏伟 | 许  刚 | 朱宏伟
T 妇产科 | 谢丽娟 | 谢丽娟 | 普  琼 | 普  琼 | 谢丽娟 | 普  琼 | 谢丽娟
T 儿科 | 杨春梅 | 施文婷 | 杨春梅 | 施文婷 | 杨春梅 | 施文婷 | 杨春梅
P 患者可通过医院微信公众号、“一部手机办事通”APP或自助机预约挂号，也可拨打预约电话0874-3126520。如遇专家临时停诊，医院将通过短信通知已预约患者。
""")
    body = body_html(blocks, table_attrs='class="tbl" width="100%"')
    css = BASE_CSS + GOV_CSS + """
.banner{background:#0b8a83}.mainnav{background:#07675f}.article h1{color:#07675f}.tbl{font-size:13px}.tbl th{background:#e3f4f2}
.notice{background:#fff7e6;border:1px solid #ffd591;padding:10px;margin-top:14px}
"""
    html = f"""
<div class="topbar"><div class="w"><span class="tl">欢迎访问曲靖市第二人民医院官方网站</span><span class="tr">{links(["无障碍", "关怀版", "职工通道", "院务公开"], " ")}</span></div></div>
<div class="banner"><div class="w"><div class="logo">{img("曲靖市第二人民医院", 80, 80)}<div class="sitename">曲靖市第二人民医院</div></div>{search("搜索科室、医生、疾病")}</div></div>
{'<div class="mainnav"><div class="w">' + ul(["首页", "医院概况", "新闻中心", "就医指南", "科室导航", "专家介绍", "护理园地", "健康科普", "党建文化", "招聘信息"]) + "</div></div>"}
<div class="w" style="margin-top:10px">{links(["预约挂号", "门诊时间", "住院须知", "医保政策", "检验报告查询", "来院路线"], "　")}</div>
{crumbs(["首页", "就医指南", "门诊排班"], lead="当前位置：", sep=" > ")}
<div class="article">
 {title_html(title)}
 <div class="info"><span>发布时间：2024-09-27 16:20</span><span>作者：门诊部</span><span>阅读：3562</span></div>
 <div class="content">
{body}
 </div>
 <div class="notice">温馨提示：就诊时请全程规范佩戴口罩，携带身份证、医保卡或电子医保凭证。</div>
 <p class="note">供稿：门诊部　编辑：钱  蓉　审核：普建明</p>
 {share("gov")}
</div>
<div class="footer"><div class="w"><p>地址：云南省曲靖市麒麟区南宁北路12号　急救电话：0874-3120120　咨询电话：0874-3126500</p><p>滇ICP备09005412号-1　滇公网安备 53030202000178号</p>{qr(["微信公众号", "掌上医院"])}</div></div>
"""
    return Page("xp-39", KIND, title, [], "2024-09-27 16:20", blocks, doc(title + "-曲靖市第二人民医院", css, html), body,
                features="hospital timetable: a one-paragraph lead then an 8-column duty roster table (names, several spaced two-character names) and one paragraph; 作者：门诊部 in the info bar and 供稿/编辑/审核 line (authors []), 温馨提示 box after the body",
                site="曲靖市第二人民医院（云南曲靖，虚构）")


# --------------------------------------------------------------------------- xp-40
def xp40() -> Page:
    title = "县法院巡回审判进村组 “家门口”化解山林纠纷"
    blocks = parse("""
P 12月4日，湘潭县人民法院花石人民法庭在射埠镇某村文化广场公开开庭审理一起山林确权纠纷案，当地村民、村组干部共80余人旁听了庭审。这是该院今年开展的第62场巡回审判。
P 该案原被告系同村邻居，双方因祖辈留下的一片山林界址不清发生争执，多年来矛盾不断。庭审中，承办法官结合林权证、村组证明和现场勘查情况，组织双方充分举证质证，并邀请村调解委员会成员参与调解。经过耐心释法说理，双方当庭达成调解协议，重新划定了山林界线。
P 今年以来，湘潭县法院坚持和发展新时代“枫桥经验”，深入开展巡回审判，共在村组、社区开庭审理案件62件，调解结案率达71%。该院还在各乡镇设立法官工作站17个，定期派员坐班答疑，让群众在“家门口”感受公平正义。
""")
    body = body_html(blocks, mode="indent")
    menu = {
        "法院概况": {"": ["法院简介", "院领导", "机构设置", "法官名录", "人民陪审员"]},
        "审判动态": {"": ["工作动态", "审判实务", "案例选登", "巡回审判", "法庭风采"]},
        "司法公开": {"": ["审判流程公开", "庭审公开", "裁判文书公开", "执行信息公开", "开庭公告", "送达公告", "悬赏公告", "司法拍卖"]},
        "诉讼服务": {"": ["诉讼指南", "网上立案", "诉讼费计算", "文书样式", "12368热线", "法律援助", "多元解纷"]},
        "执行风采": {"": ["执行动态", "失信被执行人名单", "限制消费令", "执行案款发放"]},
        "法治宣传": {"": ["以案说法", "普法课堂", "法官讲堂", "视频专区"]},
        "队伍建设": {"": ["党建工作", "廉政建设", "先进典型", "文化建设"]},
    }
    css = BASE_CSS + GOV_CSS + """
.banner{background:#8c1c13;height:130px}.mainnav{background:#6b140d}.mega{background:#fdf6f4;font-size:13px;padding:8px 0}
.mega .mcol{width:160px}.article h1{color:#8c1c13}
.friend{margin:0 auto;width:1200px;padding:10px 0}.links-wall{width:1200px;margin:10px auto}.links-wall a{display:inline-block;width:190px;line-height:28px}
"""
    courts = ["最高人民法院", "湖南省高级人民法院", "湘潭市中级人民法院", "中国裁判文书网", "中国执行信息公开网", "中国庭审公开网",
              "人民法院诉讼服务网", "人民法院调解平台", "全国法院失信被执行人名单", "人民法院公告网", "人民法院诉讼资产网",
              "湖南法院网", "湘潭市人民政府", "湘潭县人民政府", "湘潭市人民检察院", "湘潭县人民检察院", "湖南长安网", "中国法院网"]
    html = f"""
<div class="topbar"><div class="w"><span class="tl">湘潭县人民法院欢迎您！今天是：2024年12月5日</span><span class="tr">{links(["无障碍", "长者模式", "繁體", "移动端", "设为首页"], " ")}</span></div></div>
<div class="banner"><div class="w"><div class="logo">{img("法徽", 70, 70)}<div class="sitename">湘潭县人民法院</div></div>{search("请输入关键字")}</div></div>
{'<div class="mainnav"><div class="w">' + ul(["首页"] + list(menu)) + "</div></div>"}
{mega_menu(menu)}
{crumbs(["首页", "审判动态", "巡回审判", "正文"], lead="当前位置：", sep=" > ")}
<div class="article">
 {title_html(title)}
 <div class="info"><span>来源：湘潭县人民法院</span>
  <span>作者：彭  琪</span>
  <span>发布时间：2024-12-05 16:12:08</span>
  {font_sizes()}</div>
 <div class="content">
{body}
 </div>
 {share("gov2")}
 {prevnext("湘潭县法院召开2024年度执行攻坚推进会", "以案说法｜借条上写“今借到”和“今收到”有何区别？")}
 {related("相关阅读", [("县法院开展“送法进校园”活动", "2024-11-28"), ("花石法庭：调解化解一起农村建房纠纷", "2024-11-20"), ("县法院召开人民陪审员年度培训会", "2024-11-12"), ("县法院执行局开展凌晨集中执行行动", "2024-11-05")])}
</div>
<div class="links-wall"><h3>友情链接</h3>{links(courts)}</div>
{gov_footer_court()}
"""
    return Page("xp-40", KIND, title, ["彭琪"], "2024-12-05 16:12:08", blocks, doc(title + "-湘潭县人民法院", css, html), body,
                features="court page whose article is only three paragraphs between a 7-column mega menu (≈40 links) and a large footer (18 friendly links, 12368, addresses, ICP, QR captions); spaced author name in the info bar; headline with an internal space",
                site="湘潭县人民法院（湖南湘潭）")


def font_sizes() -> str:
    return '<span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>'


def gov_footer_court() -> str:
    return f"""<div class="footer"><div class="w">
<p>{links(["关于我们", "网站地图", "使用帮助", "联系我们", "隐私声明"], " | ")}</p>
<p>主办：湘潭县人民法院　地址：湖南省湘潭县易俗河镇天易大道98号　邮编：411228</p>
<p>诉讼服务热线：12368　立案咨询：0731-57862301　举报电话：0731-57862390</p>
<p>湘ICP备13006624号-1　湘公网安备 43032102000124号</p>
<p>本网站所登载的所有信息，未经许可，不得转载</p>
{qr(["湘潭县法院微信公众号", "湘潭县法院微博", "移动微法院"])}
</div></div>"""


PAGES = [xp36, xp37, xp38, xp39, xp40]
