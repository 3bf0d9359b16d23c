"""Government pages xg-01 .. xg-12 (福建, 浙江, 上海, 江苏)."""
from lib import P, H, Q, UL, OL, TABLE, SIG, IMG, BYLINE, NOTE, WENHAO, HTML
from lib import li_links, links, dated_list, img, search, paras

PAGES = []

# ---------------------------------------------------------------------------
# xg-01  福州市鼓楼区人民政府 · 领导活动 · 2024 design, glued info bar above the headline
PAGES.append(dict(
    id="xg-01", kind="government", lang="zh",
    doc_title="鼓楼区领导开展一季度重点项目“大比拼”现场观摩 - 领导活动 - 福州市鼓楼区人民政府",
    meta=[("SiteName", "福州市鼓楼区人民政府"), ("ColumnName", "领导活动"), ("PubDate", "2024-03-28 17:05")],
    title=["鼓楼区领导开展一季度重点项目“大比拼”现场观摩"],
    authors=[],
    time="2024-03-28 17:05",
    css="""
.top{background:#f2f2f2;height:34px;line-height:34px}.top .l{float:left}.top .r{float:right}
.top .r a{margin-left:12px}
.head{height:120px;background:#0b4ea2;color:#fff}.head .logo{float:left;margin-top:30px}
.head .search{float:right;margin-top:40px}
.nav{background:#083d80}.nav li{float:left;width:16%;text-align:center}.nav li a{color:#fff;line-height:48px}
.nav:after,.top:after,.head:after{content:"";display:block;clear:both}
.crumb{padding:12px 0;border-bottom:1px solid #ddd}
.art-info{color:#888;text-align:center;margin-top:24px}.art-info span{margin:0 12px}
.art-title{font-size:28px;text-align:center;color:#0b4ea2;margin:14px 0 24px}
.art-body p{line-height:2;font-size:17px}
.tools{text-align:right;margin:20px 0}.share span{margin-right:8px}
.qr{float:right;text-align:center;width:120px}
.rel h3{border-left:4px solid #0b4ea2;padding-left:8px}
.foot{background:#0b4ea2;color:#fff;text-align:center;padding:20px 0;margin-top:30px}
.foot .ico{display:inline-block;margin:0 8px}
""",
    layout=f"""
<div class="top"><div class="wrap"><div class="l">您好，欢迎访问福州市鼓楼区人民政府网站！今天是：</div>
<div class="r">{links(["无障碍浏览", "长者模式", "繁體", "智能问答", "登录", "注册"], "")}</div></div></div>
<div class="head"><div class="wrap"><div class="logo">{img("福州市鼓楼区人民政府 FUZHOU GULOU DISTRICT PEOPLE'S GOVERNMENT")}</div>
{search("请输入您要搜索的内容", "搜索")}</div></div>
<div class="nav"><div class="wrap">{li_links(["首页", "走进鼓楼", "政务公开", "政务服务", "互动交流", "专题专栏"])}</div></div>
<div class="wrap">
<div class="crumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">工作动态</a> &gt; <a href="#">领导活动</a></div>
<div class="art">
<div class="art-info"><span>发布时间：@@TIME@@</span><span>来源：鼓楼区人民政府办公室</span><span>浏览次数：</span><span class="fs">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<h1 class="art-title">@@TITLE@@</h1>
<div class="art-body">
@@BODY@@
</div>
<div class="tools"><span class="share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span></span> <a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div class="qr">{img("")}<p>扫一扫在手机打开当前页</p></div>
<div class="pn"><p>上一篇：<a href="#">区政府召开第36次常务会议</a></p><p>下一篇：<a href="#">区领导带队检查节前安全生产工作</a></p></div>
<div class="rel"><h3>相关阅读</h3>{dated_list([("区领导调研“三争”行动推进情况", "2024-03-21"), ("我区召开重点项目推进会", "2024-03-12"), ("区委区政府主要领导走访服务企业", "2024-02-29"), ("鼓楼区2024年第一批重点项目集中开工", "2024-02-20")])}</div>
</div>
</div>
<div class="foot"><div class="wrap">
<p>{links(["网站地图", "联系我们", "隐私声明", "使用帮助"], " | ")}</p>
<p>主办单位：福州市鼓楼区人民政府办公室　承办单位：福州市鼓楼区大数据服务中心</p>
<p>网站标识码：3501020007　<a href="#">闽ICP备05006517号-1</a>　<a href="#">闽公网安备 35010202000531号</a></p>
<p>联系电话：0591-83351206（工作日 8:00-12:00，14:30-17:30）</p>
<span class="ico">{img("党政机关")}</span><span class="ico">{img("政府网站找错")}</span><span class="ico">{img("适老化无障碍服务")}</span>
</div></div>
""",
    ps="p", hs="h4",
    body=[
        P("3月27日，区委书记陈立新，区委副书记、区长周振华带队开展一季度重点项目“大比拼”现场观摩活动，实地察看项目建设进展，协调解决存在问题。区领导黄建国、林秀英、郑宏斌、吴晓东参加活动。"),
        P("观摩团一行先后来到洪山科技园三期、温泉街区有机更新、西湖片区学校扩容等8个项目现场，沿途听取项目业主和施工单位汇报，详细了解投资完成、要素保障和下一步计划。在温泉街区有机更新项目现场，陈立新仔细察看老建筑修缮情况，叮嘱施工方守牢安全底线，做到修旧如旧、留住烟火气。"),
        IMG("观摩现场", "观摩团在洪山科技园三期项目现场听取汇报"),
        P("在随后召开的点评会上，各街道和项目单位逐一汇报一季度工作情况，观摩团成员现场打分。"),
        H("抓项目就是抓发展"),
        P("陈立新指出，今年以来全区上下牢固树立“项目为王”理念，重点项目开工率、投资完成率实现“双提升”，但也要看到，部分项目仍存在前期手续推进慢、征迁收尾难等问题。各责任单位要对照时间节点倒排工期、挂图作战，确保二季度形成更多实物工作量。"),
        P("周振华强调，要强化要素保障，区直有关部门要主动靠前服务，对项目推进中的堵点难点实行“一项目一专班”，能当场解决的当场解决，需要上级协调的及时报告。要统筹好发展和安全，紧盯汛期、高温等关键时段，压实各方安全生产责任。"),
        P("据悉，一季度全区纳入市级考核的重点项目共46个，完成投资38.6亿元，占年度计划的27.3%。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-02  苏州市吴中区 · 区农业农村局 通知 · 信息公开 meta table, 文号, 附件, 联系人
PAGES.append(dict(
    id="xg-02", kind="government", lang="zh",
    doc_title="吴中区农业农村局关于组织申报2023年度区级家庭农场示范场的通知",
    meta=[("ArticleTitle", "吴中区农业农村局关于组织申报2023年度区级家庭农场示范场的通知"), ("PubDate", "2023-07-04")],
    title=["吴中区农业农村局关于组织申报2023年度区级家庭农场示范场的通知"],
    authors=[],
    time="2023-07-04",
    css="""
.hd{background:#1d63b8;height:110px}.hd .logo{padding-top:25px}
.topline{font-size:12px;color:#666;text-align:right;padding:6px 0}
.menu li{display:inline-block;padding:0 22px;line-height:44px;background:#124d94}.menu li a{color:#fff}
.pos{margin:14px 0;color:#666}
.xxgk{width:100%;border-collapse:collapse;background:#f7f9fc;margin-bottom:20px}
.xxgk td{border:1px solid #dce3ed;padding:6px 10px;font-size:13px}
.xxgk .k{width:90px;color:#555}
h1.t{font-size:24px;text-align:center;color:#c00}
.sub{text-align:center;color:#777;border-bottom:1px dashed #ccc;padding-bottom:10px}
.content p{font-size:16px;line-height:30px}
.fj{background:#f5f5f5;padding:10px;margin-top:20px}.fj a{display:block;color:#1d63b8}
.ft{background:#eee;padding:18px 0;text-align:center;color:#555;font-size:12px}
""",
    layout=f"""
<div class="topline wrap">{links(["设为首页", "加入收藏", "无障碍", "关怀版", "简体", "繁體"], "　")}</div>
<div class="hd"><div class="wrap logo">{img("苏州市吴中区人民政府")}</div></div>
<div class="wrap">
{li_links(["首页", "吴中概况", "政务公开", "政务服务", "政民互动", "数据开放"], "menu")}
{search("全站搜索", "搜 索")}
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">部门信息公开</a> &gt; <a href="#">区农业农村局</a> &gt; <a href="#">通知公告</a></div>
<table class="xxgk">
<tr><td class="k">索 引 号：</td><td>014163110/2023-00127</td><td class="k">信息分类：</td><td>农业农村 / 通知公告</td></tr>
<tr><td class="k">发布机构：</td><td>吴中区农业农村局</td><td class="k">文　　号：</td><td>吴农〔2023〕41号</td></tr>
<tr><td class="k">成文日期：</td><td>2023-06-29</td><td class="k">公开方式：</td><td>主动公开</td></tr>
<tr><td class="k">主 题 词：</td><td>家庭农场；示范场；申报</td><td class="k">有 效 性：</td><td>有效</td></tr>
</table>
<h1 class="t">@@TITLE@@</h1>
<div class="sub">发布日期：@@TIME@@&nbsp;&nbsp;&nbsp;&nbsp;来源：区农业农村局&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】&nbsp;&nbsp;&nbsp;&nbsp;<a href="#">【打印】</a></div>
<div class="content">
@@BODY@@
</div>
<div class="fj">附件下载：<a href="#">附件1.吴中区级家庭农场示范场申报表.docx</a><a href="#">附件2.吴中区级家庭农场示范场评定标准.pdf</a></div>
<p>{links(["【我要纠错】", "【关闭窗口】"], " ")}</p>
</div>
<div class="ft">
<p>{links(["关于我们", "网站地图", "联系方式", "使用帮助"], " | ")}</p>
<p>主办：苏州市吴中区人民政府办公室　承办：苏州市吴中区大数据管理中心</p>
<p>苏ICP备12036824号-1　苏公网安备 32050602010417号　网站标识码：3205060003</p>
<p>{img("党政机关")} {img("我为政府网站找错")}</p>
</div>
""",
    ps="indent", hs="strong",
    body=[
        WENHAO("吴农〔2023〕41号"),
        P("各镇（街道）农业服务中心，各有关单位："),
        P("为进一步培育壮大家庭农场，发挥示范引领作用，根据《江苏省家庭农场示范场认定办法》有关要求，经研究，决定组织开展2023年度区级家庭农场示范场申报工作。现将有关事项通知如下："),
        H("一、申报条件"),
        P("（一）在市场监管部门登记注册满两年，已纳入全国家庭农场名录系统，生产经营正常；"),
        P("（二）以家庭成员为主要劳动力，常年雇工人数不超过家庭务农人员数量；"),
        P("（三）种植业经营面积在50亩以上300亩以下，或者养殖业、种养结合类达到相应规模；"),
        P("（四）建立规范的生产记录和财务收支记录，近两年内未发生重大农产品质量安全事故。"),
        H("二、申报程序"),
        P("符合条件的家庭农场自愿申报，填写申报表并附相关证明材料，报所在镇（街道）农业服务中心。各镇（街道）进行初审和实地核查后，于7月20日前将推荐名单和申报材料报送区农业农村局农村合作经济指导科。区农业农村局将组织评审，评审结果在区政府网站公示5个工作日。"),
        H("三、有关要求"),
        P("各镇（街道）要高度重视，认真把关，确保申报材料真实完整。对弄虚作假的，一经查实，取消其三年内申报资格。"),
        P("附件：1.吴中区级家庭农场示范场申报表"),
        P("2.吴中区级家庭农场示范场评定标准"),
        P("联系人：沈晓峰　　联系电话：0512-66258143"),
        P("电子邮箱：wznyhzk@163.com"),
        SIG("苏州市吴中区农业农村局", "2023年6月29日"),
    ],
))

# ---------------------------------------------------------------------------
# xg-03  浙江省文化广电和旅游厅 · 政策解读 · 2020 design, info bar spaced below the headline
PAGES.append(dict(
    id="xg-03", kind="government", lang="zh",
    doc_title="《浙江省非遗工坊认定与管理办法》政策解读_政策解读_浙江省文化广电和旅游厅",
    title=["《浙江省非遗工坊认定与管理办法》政策解读"],
    authors=[],
    time="2022-11-15 10:21:36",
    css="""
.bar{background:#8b1a1a;color:#fff;font-size:12px;padding:6px 0}.bar a{color:#fff;margin-right:14px}
.banner{height:140px;background:#fbeee6}
.mainnav{border-bottom:3px solid #8b1a1a}.mainnav li{float:left;padding:0 26px;line-height:50px;font-size:16px}
.mainnav:after{content:"";display:block;clear:both}
.loc{padding:10px 0;color:#999}
.side{float:left;width:220px}.side h2{background:#8b1a1a;color:#fff;padding:10px}
.side li{border-bottom:1px dotted #ccc;line-height:38px;padding-left:10px}
.main{float:right;width:940px}
.tabs span{display:inline-block;padding:6px 18px;border:1px solid #ddd;margin-right:4px}
.tabs .on{background:#8b1a1a;color:#fff}
.main h1{font-size:26px;text-align:center}
.info{text-align:center;color:#888;font-size:13px;margin-bottom:20px}
.text p{font-size:16px;line-height:2}
.text h3{font-size:17px}
.relfile{border:1px solid #eee;padding:10px;margin-top:16px}
.clear{clear:both}
.footer{margin-top:30px;background:#333;color:#ccc;text-align:center;padding:24px 0;font-size:12px}
""",
    layout=f"""
<div class="bar"><div class="wrap">{links(["English", "繁體版", "无障碍", "长者模式", "个人登录", "法人登录"], "")}</div></div>
<div class="banner"><div class="wrap">{img("浙江省文化广电和旅游厅")} {search("搜索本站内容", "")}</div></div>
<div class="mainnav"><div class="wrap">{li_links(["首页", "机构概况", "政务公开", "政务服务", "互动交流", "诗画浙江"])}</div></div>
<div class="wrap">
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a></div>
<div class="side"><h2>政策文件</h2>{li_links(["规范性文件", "其他文件", "政策解读", "回应关切", "规划计划"])}</div>
<div class="main">
<div class="tabs"><span class="on">文字解读</span><span>图片解读</span><span>视频解读</span></div>
<h1>@@TITLE@@</h1>
<div class="info">发布时间：@@TIME@@&nbsp;&nbsp;&nbsp;信息来源：省非遗保护中心&nbsp;&nbsp;&nbsp;浏览次数：2856</div>
<div class="text">
@@BODY@@
</div>
<div class="relfile">相关文件：<a href="#">浙江省文化广电和旅游厅关于印发《浙江省非遗工坊认定与管理办法》的通知</a></div>
<p>解读机关：浙江省文化广电和旅游厅非物质文化遗产处</p>
<p>{links(["【打印】", "【关闭】"], " ")}</p>
</div>
<div class="clear"></div>
</div>
<div class="footer">
<p>主办单位：浙江省文化广电和旅游厅　地址：杭州市西湖区古翠路　邮编：310012</p>
<p>浙ICP备10020536号-2　浙公网安备 33010602010815号　网站标识码：3300000076</p>
<p>{img("党政机关")} 　{img("政府网站找错")}</p>
</div>
""",
    ps="p", hs="h3",
    body=[
        H("一、起草背景"),
        P("非遗工坊是依托非物质文化遗产代表性项目或传统手工艺，带动当地群众就业增收的经营主体和生产场所。近年来，我省各地在推动非遗保护与乡村振兴融合发展方面进行了积极探索，但也存在认定标准不一、扶持政策分散、动态管理不足等问题。为规范非遗工坊建设管理，我厅在深入调研基础上起草了《浙江省非遗工坊认定与管理办法》（以下简称《办法》）。"),
        H("二、主要内容"),
        P("《办法》共五章二十二条，包括总则、认定条件、认定程序、扶持措施和监督管理。"),
        P("一是明确认定条件。申报主体应当在本省依法登记，以非遗项目为主要生产内容，带动就业人数不少于15人，其中脱贫人口、低收入农户或残疾人比例不低于三分之一。"),
        P("二是规范认定程序。非遗工坊认定实行“自愿申报、县级推荐、市级审核、省级认定”，每两年开展一次，认定结果向社会公示。"),
        P("三是加大扶持力度。对认定的省级非遗工坊，在项目资金、展示展销、人才培训等方面给予支持，鼓励金融机构开发专属信贷产品。"),
        P("四是实行动态管理。省级非遗工坊实行年度报告和三年复核制度，复核不合格的限期整改，整改仍不合格的撤销认定。"),
        H("三、适用范围和施行时间"),
        P("《办法》适用于本省行政区域内非遗工坊的认定与管理，自2022年12月1日起施行，有效期五年。此前已由各设区市认定的市级非遗工坊，可按本办法申报省级非遗工坊。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-04  上海市徐汇区 · 枫林路街道 公示 · glued info bar above the headline, table, 联系人
PAGES.append(dict(
    id="xg-04", kind="government", lang="zh",
    doc_title="枫林路街道2024年度社区睦邻微基金资助项目拟立项名单公示",
    title=["枫林路街道2024年度社区睦邻微基金资助项目拟立项名单公示"],
    authors=[],
    time="2024-04-12 15:30",
    css="""
.gtop{background:#b5121b;color:#fff;height:36px;line-height:36px}.gtop a{color:#fff;margin:0 8px}
.gtop .r{float:right}
.gbanner{height:96px;border-bottom:1px solid #eee}
.street{background:#fff6f0;padding:12px 20px;font-size:20px;color:#b5121b}
.snav li{display:inline-block;padding:0 16px;line-height:40px}
.crumbs{font-size:12px;color:#777;margin:10px 0}
.meta{color:#999;font-size:13px;margin-top:20px}.meta em{font-style:normal;margin-right:18px}
h1{font-size:24px;margin:10px 0 18px;font-weight:bold}
.detail p{font-size:16px;line-height:1.9}
.tb th{background:#f3e6e6}
.fn{margin-top:18px}
.gfoot{background:#f4f4f4;border-top:3px solid #b5121b;padding:20px 0;font-size:12px;text-align:center;color:#666}
""",
    layout=f"""
<div class="gtop"><div class="wrap"><span>上海市徐汇区人民政府</span><span class="r">{links(["无障碍", "长者版", "English", "繁体"], "")}</span></div></div>
<div class="gbanner wrap">{img("上海徐汇")} {search("请输入关键字", "站内搜索")}</div>
<div class="wrap">
<div class="street">枫林路街道</div>
{li_links(["街道首页", "街道概况", "党建引领", "社区服务", "通知公告", "办事指南"], "snav")}
<div class="crumbs">首页 &gt; 街道镇 &gt; 枫林路街道 &gt; 通知公告</div>
<div class="meta"><em>发布日期：@@TIME@@</em><em>信息来源：枫林路街道办事处</em><em>阅读数：392</em></div>
<h1>@@TITLE@@</h1>
<div class="detail">
@@BODY@@
</div>
<div class="fn">{links(["打印本页", "关闭窗口", "返回顶部"], "　")}</div>
</div>
<div class="gfoot">
<p>上海市徐汇区人民政府 版权所有　主办：上海市徐汇区人民政府办公室</p>
<p>沪ICP备10220163号-3　沪公网安备31010402007188号　政府网站标识码：3101040006</p>
<p>{img("党政机关")}{img("政府网站找错")}</p>
</div>
""",
    ps="indent", hs="strong",
    body=[
        P("为激发社区自治活力，鼓励居民参与社区公共事务，街道于2024年3月开展了社区睦邻微基金资助项目征集工作。经居民区推荐、项目路演和专家评审，拟对以下10个项目予以资助，现予以公示。"),
        TABLE([
            ["序号", "项目名称", "申报主体", "资助金额（元）"],
            ["1", "楼道花园认养计划", "东安三村居民区", "8000"],
            ["2", "银发手机课堂", "双峰路居民区", "6000"],
            ["3", "四点半亲子阅读角", "医学院路居民区", "7500"],
            ["4", "垃圾分类“绿色账户”积分兑换", "零陵路居民区", "5000"],
            ["5", "老洋房里的社区记忆口述史", "枫林居民区", "9000"],
            ["6", "社区助浴志愿队", "斜土路居民区", "10000"],
            ["7", "非机动车停放自治公约", "东二居民区", "3000"],
            ["8", "邻里修缮工坊", "宛南五村居民区", "6500"],
            ["9", "楼组微信群规范化运营", "枫一居民区", "2000"],
            ["10", "居民健步走打卡活动", "明园居民区", "3000"],
        ]),
        P("公示期为2024年4月12日至4月18日（5个工作日）。公示期间，如对上述项目有异议，请以书面或电话形式向街道社区自治办反映。反映情况须实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名。"),
        P("附件：枫林路街道2024年度社区睦邻微基金资助项目简介"),
        P("联系人：何晓宁　联系电话：021-64177326"),
        P("地址：徐汇区东安路560号三楼社区自治办"),
        SIG("徐汇区枫林路街道办事处", "2024年4月12日"),
    ],
))

# ---------------------------------------------------------------------------
# xg-05  晋江市安全生产监督管理局 · 通报 · 2012 table layout, MsoNormal paragraphs
PAGES.append(dict(
    id="xg-05", kind="government", lang="zh", doctype="xhtml",
    doc_title="晋江市安全生产监督管理局关于2012年第三季度安全生产执法检查情况的通报",
    title=["晋江市安全生产监督管理局关于2012年第三季度安全生产执法检查情况的通报"],
    authors=[],
    time="2012-10-16",
    css="""
body{background:#e8eef4}
.main-table{width:980px;margin:0 auto;background:#fff}
.top-links td{font-size:12px;color:#555}
.logo-row td{background:#2a5d9f;height:110px}
.nav-row td{background:#1c4a84;color:#fff;text-align:center;height:34px;font-size:14px}
.nav-row a{color:#fff}
.pos td{font-size:12px;padding:6px 10px;border-bottom:1px solid #c9d6e6}
.tit{font-size:22px;font-weight:bold;color:#b00;text-align:center;padding:20px 10px 8px}
.info td{font-size:12px;color:#666;text-align:center;border-bottom:1px dashed #bbb;padding-bottom:6px}
.cont{padding:10px 30px;font-size:14px}
.left-col{width:200px;vertical-align:top;background:#f3f7fb}
.left-col li{line-height:30px;border-bottom:1px solid #dde6f0;padding-left:14px}
.bottom td{background:#2a5d9f;color:#fff;font-size:12px;text-align:center;line-height:22px;padding:10px}
""",
    layout=f"""
<table class="main-table" cellpadding="0" cellspacing="0">
<tr class="top-links"><td colspan="2"><table width="100%"><tr><td>今天是：2012年10月16日 星期二</td><td align="right">{links(["设为首页", "加入收藏", "联系我们"], " | ")}</td></tr></table></td></tr>
<tr class="logo-row"><td colspan="2">{img("晋江市安全生产监督管理局")}</td></tr>
<tr class="nav-row"><td colspan="2">{links(["网站首页", "机构设置", "政务公开", "法律法规", "安全监管", "事故查处", "宣传教育", "网上办事"], "&nbsp;|&nbsp;")}</td></tr>
<tr class="pos"><td colspan="2">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">通知公告</a> &gt;&gt; 正文</td></tr>
<tr>
<td class="left-col"><table width="100%"><tr><td><b>站内搜索</b></td></tr><tr><td><input type="text" size="14"> <input type="button" value="搜索"></td></tr></table>
<p><b>政务公开</b></p>{li_links(["通知公告", "工作动态", "政策法规", "统计信息", "人事信息"])}</td>
<td valign="top">
<table width="100%"><tr><td class="tit">@@TITLE@@</td></tr>
<tr class="info"><td>发布时间：@@TIME@@&nbsp;&nbsp;&nbsp;&nbsp;作者：市安监局&nbsp;&nbsp;&nbsp;&nbsp;来源：晋江市安全生产监督管理局&nbsp;&nbsp;&nbsp;&nbsp;点击数：436&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="cont">
@@BODY@@
</td></tr>
<tr><td align="right">【<a href="#">打印</a>】【<a href="#">关闭</a>】</td></tr>
<tr><td>上一篇：<a href="#">关于做好国庆期间安全生产工作的通知</a><br>下一篇：<a href="#">晋江市2012年“安全生产月”活动总结</a></td></tr>
</table>
</td></tr>
<tr class="bottom"><td colspan="2">版权所有：晋江市安全生产监督管理局　地址：晋江市青阳街道世纪大道<br>电话：0595-85682110　传真：0595-85682117　闽ICP备09028316号<br>建议使用1024×768分辨率 IE7.0以上浏览器</td></tr>
</table>
""",
    ps="span", hs="span",
    body=[
        WENHAO("晋安监〔2012〕87号"),
        P("各镇人民政府、街道办事处，经济开发区管委会，市直有关单位："),
        P("根据年度执法检查计划，今年第三季度，我局组织执法人员对全市16个镇（街道）的生产经营单位开展了安全生产执法检查，现将有关情况通报如下："),
        H("一、检查基本情况"),
        P("本季度共检查生产经营单位428家，发现各类事故隐患1317处，已整改1206处，整改率91.6%；下达责令限期整改指令书203份，立案查处违法行为37起，罚款42.5万元。各镇（街道）检查情况如下："),
        TABLE([
            ["区域", "检查单位数（家）", "发现隐患（处）", "整改率"],
            ["青阳街道", "36", "102", "95.1%"],
            ["陈埭镇", "58", "211", "88.2%"],
            ["池店镇", "41", "137", "93.4%"],
            ["安海镇", "47", "154", "90.9%"],
            ["其他镇（街道）", "246", "713", "91.7%"],
        ]),
        H("二、存在的主要问题"),
        P("一是部分鞋服、陶瓷企业厂房与员工宿舍未有效分隔，“三合一”问题仍有反弹；二是危险化学品储存不规范，少数企业仓库超量存放；三是企业主要负责人安全培训流于形式，从业人员应急处置能力不足。"),
        H("三、下一步工作要求"),
        P("各地各单位要对本次检查发现的问题逐项建档、跟踪督办，未完成整改的隐患务必于11月底前整改到位。第四季度，市安委办将组织“回头看”，对整改不力的单位依法从重处罚并予以通报。"),
        SIG("晋江市安全生产监督管理局", "2012年10月15日"),
    ],
))

# ---------------------------------------------------------------------------
# xg-06  南京市江宁区 · 秣陵街道 动态 · related list between headline and body, spaced author
PAGES.append(dict(
    id="xg-06", kind="government", lang="zh",
    doc_title="秣陵街道：“小巷管家”上岗 老旧小区治理有了新帮手-街道动态-南京市江宁区人民政府",
    title=["秣陵街道：“小巷管家”上岗 老旧小区治理有了新帮手"],
    authors=["许晴"],
    time="2021-09-08 11:20",
    css="""
.jn-top{background:#f5f5f5;font-size:12px;padding:6px 0}.jn-top a{margin-left:10px}
.jn-head{height:130px;background:#0a6d5e}
.jn-nav{background:#075447}.jn-nav li{display:inline-block;padding:0 24px;line-height:46px}.jn-nav a{color:#fff}
.jn-pos{margin:12px 0;font-size:13px}
.article h1{font-size:26px;text-align:center;margin:24px 0 10px}
.article .source{text-align:center;color:#888;font-size:13px}
.article .source span{margin:0 10px}
.xgxw{border:1px solid #e5e5e5;background:#fafafa;margin:16px 40px;padding:8px 16px}
.xgxw b{color:#0a6d5e}.xgxw li{line-height:26px}
.article .con p{text-indent:2em;line-height:2;font-size:16px}
.jn-foot{background:#0a6d5e;color:#e0f0ec;text-align:center;padding:18px;font-size:12px;margin-top:30px}
""",
    layout=f"""
<div class="jn-top"><div class="wrap">欢迎访问南京市江宁区人民政府门户网站 {links(["无障碍", "长者模式", "繁体版", "English", "手机版"], "")}</div></div>
<div class="jn-head"><div class="wrap">{img("南京市江宁区人民政府")}{search("请输入关键词", "搜索")}</div></div>
<div class="jn-nav"><div class="wrap">{li_links(["首页", "走进江宁", "新闻中心", "政务公开", "政务服务", "互动交流"])}</div></div>
<div class="wrap">
<div class="jn-pos">当前位置：首页 &gt; 新闻中心 &gt; 街道动态 &gt; 正文</div>
<div class="article">
<h1>@@TITLE@@</h1>
<div class="source"><span>来源：秣陵街道</span><span>作者：许&nbsp;&nbsp;晴</span><span>发布时间：@@TIME@@</span><span>【字号：大 中 小】</span></div>
<div class="xgxw"><b>相关新闻：</b>{li_links(["秣陵街道召开老旧小区改造推进会", "江宁区“小巷管家”工作经验在全市推广", "秣陵街道开展“邻里节”系列活动"])}</div>
<div class="con">
@@BODY@@
</div>
<p class="share">分享：{links(["微信", "微博", "QQ"], " ")}</p>
<p>{links(["【打印】", "【关闭】"], "")}</p>
</div>
</div>
<div class="jn-foot">
<p>主办：南京市江宁区人民政府办公室　承办：南京市江宁区数据局</p>
<p>苏ICP备05003651号-2　苏公网安备32011502010293号　网站标识码：3201150021</p>
<p>{img("党政机关")} {img("政府网站找错")}</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("9月6日上午，秣陵街道首批42名“小巷管家”正式上岗。他们身穿红马甲、佩戴工作证，每天在责任片区巡查两次，发现问题及时上报，成为老旧小区治理的一支新力量。"),
        P("“小巷管家”从辖区热心居民、退休党员和在职党员中招募，每人认领一条巷子或一个片区，负责巡查环境卫生、公共设施、消防通道、违章搭建等情况，收集居民意见建议，并协助开展政策宣传。"),
        IMG("小巷管家在巡查", "“小巷管家”在秣陵新村巡查消防通道"),
        P("家住秣陵新村的退休教师周建平是第一批报名的。“小区是我们自己的家，看到楼道里堆放杂物、电动车飞线充电，心里总是不踏实。”周建平说，上岗第一天，他就发现了3处楼道堆物，拍照上传到街道网格平台后，当天下午物业就清理完毕。"),
        P("为让“小巷管家”管得了、管得好，街道建立了“发现—上报—派单—处置—反馈”闭环机制，对管家上报的问题实行分级处置，一般问题24小时内响应，复杂问题由街道城管、市场监管、派出所等部门联合处置。街道还为管家们开展了消防安全、矛盾调解等专题培训。"),
        P("秣陵街道相关负责人介绍，下一步将在辖区28个老旧小区全面推行“小巷管家”制度，并探索积分激励办法，让更多居民从“旁观者”变成“参与者”。"),
    ],
))

# ---------------------------------------------------------------------------
# xg-07  淳安县威坪镇 · 茶园坞村 村务公开 · small county-portal subsite, finance table
PAGES.append(dict(
    id="xg-07", kind="government", lang="zh",
    doc_title="茶园坞村2024年第二季度村级财务收支情况公开",
    title=["茶园坞村2024年第二季度村级财务收支情况公开"],
    authors=[],
    time="2024-07-10",
    css="""
.cahead{background:#2f8f46;height:90px;color:#fff;font-size:26px;line-height:90px;padding-left:30px}
.catop{font-size:12px;text-align:right;padding:4px 0}
.canav a{display:inline-block;padding:8px 18px;background:#e9f5ec;margin-right:2px}
.cwrap{width:1000px;margin:0 auto}
.cpos{padding:10px 0;border-bottom:2px solid #2f8f46}
.ctitle{text-align:center;font-size:22px;margin:20px 0 6px}
.cinfo{text-align:center;font-size:12px;color:#888;margin-bottom:16px}
.ccon p{line-height:28px;font-size:15px}
.cfoot{border-top:1px solid #ccc;margin-top:30px;padding:14px 0;text-align:center;font-size:12px;color:#777}
""",
    layout=f"""
<div class="cwrap">
<div class="catop">{links(["淳安县人民政府", "无障碍", "长者模式"], " | ")}</div>
<div class="cahead">威坪镇人民政府</div>
<div class="canav">{links(["镇情概况", "政务动态", "通知公告", "村务公开", "党建工作", "便民服务"], "")}</div>
<div class="cpos">您所在的位置：<a href="#">淳安县人民政府</a> &gt; <a href="#">乡镇（街道）</a> &gt; <a href="#">威坪镇</a> &gt; <a href="#">村务公开</a></div>
<div class="ctitle">@@TITLE@@</div>
<div class="cinfo">信息来源：威坪镇人民政府　　发布日期：@@TIME@@　　浏览次数：　　【<a href="#">打印</a>】</div>
<div class="ccon">
@@BODY@@
</div>
<div class="cfoot">
<p>主办：淳安县威坪镇人民政府　地址：淳安县威坪镇威坪大街1号　电话：0571-65051021</p>
<p>浙ICP备11053428号　浙公网安备 33012702000318号　网站标识码：3301270008</p>
</div>
</div>
""",
    ps="u3000", hs="strong",
    body=[
        P("根据《浙江省村级财务管理办法》和村务公开有关规定，现将茶园坞村2024年第二季度（4月1日至6月30日）村级财务收支情况公开如下，接受全体村民监督。"),
        H("一、收入情况"),
        P("本季度村级收入合计38.62万元，具体如下："),
        TABLE([
            ["收入项目", "金额（万元）", "备注"],
            ["茶园流转租金", "12.40", "312亩，按年分季收取"],
            ["民宿集体用房出租", "9.60", "2幢"],
            ["上级转移支付", "14.82", "含村干部报酬补助"],
            ["其他收入", "1.80", "停车场收费"],
        ]),
        H("二、支出情况"),
        P("本季度村级支出合计29.35万元，主要用于村干部报酬及办公经费9.21万元、村道养护及路灯维修6.48万元、垃圾清运保洁5.30万元、茶叶采摘季安全保障3.16万元、困难群众走访慰问1.20万元，其余为水电费和日常办公支出。"),
        H("三、资产及结余情况"),
        P("截至6月30日，村集体银行存款余额57.43万元，库存现金0元。本季度无新增借款，无新增固定资产。"),
        P("村民对以上公开内容如有疑问，可在公开之日起10日内向村务监督委员会或镇农村经营管理站反映。"),
        P("村务监督委员会主任：方国庆　联系电话：13867421536"),
        P("威坪镇农村经营管理站　监督电话：0571-65051230"),
        SIG("茶园坞村股份经济合作社", "茶园坞村村务监督委员会", "2024年7月8日"),
    ],
))

# ---------------------------------------------------------------------------
# xg-08  福建省商务厅 · 讲话 · speaker line and date line under the headline
PAGES.append(dict(
    id="xg-08", kind="government", lang="zh",
    doc_title="在2024年全省商务工作会议上的讲话 - 领导讲话 - 福建省商务厅",
    title=["在2024年全省商务工作会议上的讲话"],
    authors=["林国平"],
    time="2024-03-01 09:12",
    css="""
.swtop{background:#003f87;color:#fff;font-size:12px;height:30px;line-height:30px}
.swtop a{color:#fff;margin-left:14px}.swtop .r{float:right}
.swhead{height:120px;background:#e6eef8}
.swnav li{float:left;width:12.5%;text-align:center;line-height:46px;background:#0057b7}.swnav a{color:#fff}
.swnav:after{content:"";clear:both;display:block}
.swpos{margin:10px 0;color:#666}
.swart{border:1px solid #e1e1e1;padding:30px 60px}
.swart h1{text-align:center;font-size:26px;color:#003f87}
.speaker{text-align:center;font-family:KaiTi,serif;font-size:17px;margin:4px 0}
.swinfo{background:#f4f6f9;text-align:center;font-size:13px;color:#777;padding:6px;margin:16px 0}
.swbody p{font-size:16px;line-height:2;text-indent:2em}
.swbody h3{font-size:17px;text-indent:2em}
.swfoot{margin-top:24px;background:#003f87;color:#fff;text-align:center;font-size:12px;padding:20px}
""",
    layout=f"""
<div class="swtop"><div class="wrap">福建省商务厅欢迎您！<span class="r">{links(["无障碍", "长者模式", "繁體", "English"], "")}</span></div></div>
<div class="swhead"><div class="wrap">{img("福建省商务厅 Department of Commerce of Fujian Province")}{search("站内搜索", "")}</div></div>
<div class="wrap">
{li_links(["首页", "机构概况", "政务公开", "政务服务", "商务动态", "专题专栏", "互动交流", "数据发布"], "swnav")}
<div class="swpos">您当前所在位置：首页 &gt; 政务公开 &gt; 领导讲话</div>
<div class="swart">
<h1>@@TITLE@@</h1>
<p class="speaker">省商务厅党组书记、厅长&nbsp;&nbsp;林国平</p>
<p class="speaker">（2024年2月22日）</p>
<div class="swinfo">来源：办公室 | 发布时间：@@TIME@@ | 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> | <a href="#">打印</a></div>
<div class="swbody">
@@BODY@@
</div>
<p>分享到：{links(["微信", "微博"], " ")}</p>
</div>
<div class="swpos">{links(["上一篇：省商务厅召开2024年党风廉政建设工作会议", "下一篇：在全省外贸稳规模优结构工作推进会上的讲话"], "<br>")}</div>
</div>
<div class="swfoot">
<p>福建省商务厅 版权所有　地址：福州市鼓楼区湖东路</p>
<p>闽ICP备05024518号　闽公网安备 35010202000417号　网站标识码：3500000013</p>
</div>
""",
    ps="p", hs="h3",
    body=[
        P("同志们："),
        P("这次会议的主要任务是，全面总结2023年全省商务工作，分析当前形势，部署2024年重点任务。刚才，几个设区市和企业作了交流发言，讲得都很好，请大家认真学习借鉴。下面，我讲三点意见。"),
        H("一、2023年全省商务工作取得新成效"),
        P("过去一年，面对复杂严峻的外部环境，全省商务系统迎难而上、奋力拼搏，主要指标稳中有进。全省社会消费品零售总额同比增长5.8%；货物贸易进出口规模保持全国前列，其中民营企业进出口占比提高到67%；实际使用外资结构持续优化，高技术产业利用外资增长较快。这些成绩来之不易，是全系统同志们辛勤付出的结果。"),
        H("二、准确把握当前商务发展面临的形势"),
        P("我们也要清醒看到，外需增长放缓，贸易保护主义抬头，部分劳动密集型产品订单外移压力加大；国内消费恢复仍不均衡，大宗消费和服务消费潜力尚未充分释放。对此，我们既要增强忧患意识，也要坚定发展信心，在危机中育先机、于变局中开新局。"),
        H("三、扎实做好2024年重点工作"),
        P("一要着力扩大内需，深入开展“全闽乐购”系列促消费活动，推动汽车、家电、家居等大宗消费，培育一批省级夜间消费集聚区。二要着力稳外贸促转型，支持企业拓展多元市场，加快跨境电商综试区和海外仓建设。三要着力提升利用外资质量，办好重点投资促进活动，强化外资企业服务保障。四要着力深化闽台经贸合作，推动台胞台企更好融入新发展格局。"),
        P("五要着力优化营商环境，深化商务领域“放管服”改革，推动外贸、外资、流通领域高频事项“一网通办”，持续开展涉企政策直达快享，让企业有更多获得感。"),
        H("四、切实加强系统自身建设"),
        P("做好今年的商务工作，关键在落实。全系统要大兴调查研究之风，多到企业、市场、园区一线走一走，摸清真实情况，帮助解决实际问题。要坚持“一线工作法”，对重点外资项目、重点外贸企业实行挂钩联系，做到服务“有求必应、无事不扰”。要加强商务运行监测分析，及时研判形势变化，提出有针对性的政策建议。要严守纪律规矩，严格落实中央八项规定及其实施细则精神，以过硬作风保障各项任务落地见效。"),
        P("同志们，新的一年任务艰巨、责任重大。让我们坚定信心、真抓实干，奋力谱写全省商务高质量发展新篇章！"),
    ],
))

# ---------------------------------------------------------------------------
# xg-09  宁波市鄞州区人民政府 · 批复 · 信息公开目录 page, 文号 line, 主送, 署名, 成文日期
PAGES.append(dict(
    id="xg-09", kind="government", lang="zh",
    doc_title="宁波市鄞州区人民政府关于同意姜山镇实施陈鉴桥村农村土地综合整治项目的批复",
    title=["宁波市鄞州区人民政府关于同意姜山镇实施陈鉴桥村农村土地综合整治项目的批复"],
    authors=[],
    time="2023-09-11 16:45",
    css="""
.yz-top{height:140px;background:#f8f1e4}
.yz-nav{background:#a4262c}.yz-nav a{color:#fff;display:inline-block;padding:0 20px;line-height:44px}
.yz-pos{margin:12px 0;color:#666;font-size:13px}
.gk-table{width:100%;border:1px solid #d8c9b0;background:#fffdf7;margin-bottom:10px}
.gk-table td{padding:5px 10px;font-size:13px}
.gk-table .lab{font-weight:bold;width:80px}
.yz-h1{font-size:24px;text-align:center;color:#a4262c;line-height:1.5;margin:20px 40px 4px}
.yz-date{text-align:right;font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}
.yz-con{font-family:FangSong,serif;font-size:17px;line-height:2;padding:0 40px}
.yz-foot{background:#a4262c;color:#fff;text-align:center;padding:16px;font-size:12px;margin-top:30px}
""",
    layout=f"""
<div class="yz-top"><div class="wrap">{img("宁波市鄞州区人民政府")} {links(["无障碍", "关怀模式", "繁体"], "　")} {search("搜索", "")}</div></div>
<div class="yz-nav"><div class="wrap">{links(["首页", "走进鄞州", "政务公开", "政务服务", "政民互动", "专题专栏"], "")}</div></div>
<div class="wrap">
<div class="yz-pos">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开目录 &gt; 区政府文件 &gt; 其他文件</div>
<table class="gk-table">
<tr><td class="lab">索引号</td><td>11330212002938472H/2023-00214</td><td class="lab">发布机构</td><td>区政府办公室</td></tr>
<tr><td class="lab">文号</td><td>鄞政发〔2023〕58号</td><td class="lab">成文日期</td><td>2023-09-06</td></tr>
<tr><td class="lab">主题分类</td><td>城乡建设、环境保护/国土资源、能源</td><td class="lab">公开方式</td><td>主动公开</td></tr>
</table>
<div class="yz-h1">@@TITLE@@</div>
<div class="yz-date">发布日期：@@TIME@@　　浏览次数：318</div>
<div class="yz-con">
@@BODY@@
</div>
<p>{links(["【打印本页】", "【关闭窗口】", "【我要纠错】"], " ")}</p>
<p>扫一扫在手机打开当前页 {img("二维码")}</p>
</div>
<div class="yz-foot">
<p>主办：宁波市鄞州区人民政府办公室　承办：宁波市鄞州区大数据发展中心</p>
<p>浙ICP备05003126号-1　浙公网安备33021202000873号　网站标识码：3302120012</p>
</div>
""",
    ps="indent", hs="strong",
    body=[
        WENHAO("鄞政发〔2023〕58号"),
        P("姜山镇人民政府："),
        P("你镇《关于要求实施陈鉴桥村农村土地综合整治项目的请示》（姜政〔2023〕31号）收悉。经研究，现批复如下："),
        P("一、同意你镇实施陈鉴桥村农村土地综合整治项目。项目区位于陈鉴桥村中部及南部，整治规模约1860亩，主要建设内容包括高标准农田建设、农村建设用地复垦、农田水利设施配套及村庄环境整治。"),
        P("二、项目总投资约6820万元，资金由你镇通过土地整治指标收益、上级补助资金和镇级财政统筹解决。"),
        P("三、你镇要严格落实项目主体责任，严格执行耕地保护和永久基本农田保护制度，确保整治后耕地数量有增加、质量有提升、生态有改善。要依法依规做好群众工作，切实维护村民合法权益。"),
        P("四、区自然资源和规划分局、区农业农村局、区财政局等部门要按照各自职责，加强对项目实施的指导、监督和验收。"),
        SIG("宁波市鄞州区人民政府", "2023年9月6日"),
    ],
))

# ---------------------------------------------------------------------------
# xg-10  无锡市人民政府 · 领导活动 · glued info bar above a two-line headline (second line a plain clause)
PAGES.append(dict(
    id="xg-10", kind="government", lang="zh",
    doc_title="市领导调研重点产业链发展时强调 以链式思维推动产业集群提质增效_政务动态_无锡市人民政府",
    title=["市领导调研重点产业链发展时强调", "以链式思维推动产业集群提质增效"],
    authors=["沈佳音"],
    time="2025-05-17 08:40",
    css="""
.wx-top{background:#eef3f9;font-size:12px;height:32px;line-height:32px}.wx-top a{margin-right:16px}
.wx-head{background:#1a5fb4;height:110px}
.wx-menu{display:flex;background:#114a8e}.wx-menu a{flex:1;color:#fff;text-align:center;line-height:48px}
.wx-crumb{color:#888;font-size:13px;margin:14px 0}
.wx-meta span{color:#999;font-size:13px}
.wx-meta span+span{margin-left:20px}
.wx-title{font-size:30px;line-height:1.5;margin:8px 0 20px;font-weight:bold}
.wx-body p{font-size:17px;line-height:2;text-indent:2em}
.wx-edit{text-align:right;color:#999}
.wx-rel{margin-top:30px}.wx-rel h4{border-bottom:2px solid #1a5fb4}
.wx-rel li{line-height:30px}.wx-rel .d{float:right;color:#aaa}
.wx-foot{background:#f1f1f1;text-align:center;font-size:12px;color:#666;padding:20px;margin-top:30px}
""",
    layout=f"""
<div class="wx-top"><div class="wrap">{links(["无障碍", "长者模式", "繁體", "English", "移动版"], "")}</div></div>
<div class="wx-head"><div class="wrap">{img("无锡市人民政府")}{search("请输入搜索内容", "搜索")}</div></div>
<div class="wx-menu">{links(["首页", "走进无锡", "政务公开", "政务服务", "政民互动", "数据开放"], "")}</div>
<div class="wrap">
<div class="wx-crumb">当前位置：首页 &gt; 政务公开 &gt; 政务动态 &gt; 领导活动</div>
<div class="wx-meta"><span>发布时间：@@TIME@@</span><span>来源：无锡日报</span><span>字号：[ 大 中 小 ]</span></div>
<h1 class="wx-title">@@TITLE@@</h1>
<div class="wx-body">
@@BODY@@
</div>
<p class="wx-edit">责任编辑：钱文婷</p>
<p>{links(["打印", "关闭"], " | ")}</p>
<div class="wx-rel"><h4>相关链接</h4>{dated_list([("市政府召开常务会议研究部署重点工作", "2025-05-14"), ("我市举行集成电路产业链专场招商活动", "2025-05-09"), ("市领导走访调研外资企业", "2025-04-28")])}</div>
</div>
<div class="wx-foot">
<p>主办单位：无锡市人民政府办公室　承办单位：无锡市大数据管理局</p>
<p>苏ICP备05001128号　苏公网安备 32020002000124号　网站标识码：3202000003</p>
<p>{img("党政机关")}　{img("政府网站找错")}</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("5月16日，市委副书记、市长王立军，副市长蒋文斌、刘佩芬率队调研重点产业链发展情况，实地走访集成电路、生物医药、高端装备等领域企业，听取产业链“链长制”工作汇报。市政府秘书长许卫东参加调研。"),
        P("在新吴区一家功率半导体企业，王立军走进洁净车间，详细了解产品研发、产能爬坡和上下游配套情况。企业负责人介绍，今年新建的8英寸产线已进入试产阶段，本地配套率从去年的35%提高到48%。王立军勉励企业持续加大研发投入，联合上下游开展协同攻关，把更多关键环节留在无锡。"),
        P("在锡山区一家医疗器械企业，蒋文斌、刘佩芬与企业负责人座谈，了解企业在产品注册、临床试验和市场拓展中遇到的困难，要求相关部门建立服务专班，帮助企业缩短审批周期。"),
        P("调研中，王立军强调，产业链是产业集群发展的“骨架”。要坚持以链式思维谋划产业发展，围绕“链主”企业精准招引配套项目，推动产业链上下游、大中小企业融通发展。要持续优化营商环境，在用地、用能、人才、金融等方面加大要素保障力度，真正让企业安心发展、放心投资。"),
        P("王立军要求，各链长单位要逐链梳理短板弱项，建立问题清单和责任清单，定期会商调度，确保全年产业链工作目标任务圆满完成。（记者 沈佳音）"),
    ],
))

# ---------------------------------------------------------------------------
# xg-11  上海市浦东新区民政局 · 征求意见公告 · related list between headline and body, 附件, 联系人
PAGES.append(dict(
    id="xg-11", kind="government", lang="zh",
    doc_title="关于公开征求《浦东新区促进社区嵌入式服务设施建设的若干意见（征求意见稿）》意见的公告",
    title=["关于公开征求《浦东新区促进社区嵌入式服务设施建设的若干意见（征求意见稿）》意见的公告"],
    authors=[],
    time="2025-01-08",
    css="""
.pd-hd{background:linear-gradient(#0c3c78,#0c3c78);height:100px}
.pd-tools{text-align:right;font-size:12px;padding:4px 0}
.pd-nav li{display:inline-block;width:15%;text-align:center;border-right:1px solid #ddd;line-height:42px}
.pd-bc{font-size:13px;margin:12px 0;color:#666}
.pd-art h1{font-size:22px;line-height:1.6;text-align:center;margin:20px 60px 10px}
.pd-attr{text-align:center;font-size:13px;color:#888}.pd-attr i{font-style:normal;padding:0 12px}
.pd-xg{margin:18px 0;border-top:1px solid #ccd;border-bottom:1px solid #ccd;padding:8px 0}
.pd-xg .h{font-weight:bold;color:#0c3c78}
.pd-xg li{display:list-item;list-style:square inside;line-height:26px}
.pd-text p{text-indent:2em;line-height:1.9;font-size:16px}
.pd-ft{background:#0c3c78;color:#fff;text-align:center;font-size:12px;padding:18px;margin-top:30px}
""",
    layout=f"""
<div class="wrap pd-tools">{links(["无障碍", "长者版", "English", "繁體"], " | ")}</div>
<div class="pd-hd"><div class="wrap">{img("上海市浦东新区人民政府")}</div></div>
<div class="wrap">
{li_links(["首页", "走进浦东", "政务公开", "政务服务", "互动交流", "专题"], "pd-nav")}
{search("搜索", "")}
<div class="pd-bc">首页 &gt; 政务公开 &gt; 征求意见 &gt; 正文</div>
<div class="pd-art">
<h1>@@TITLE@@</h1>
<div class="pd-attr"><i>发布机构：浦东新区民政局</i><i>发布日期：@@TIME@@</i><i>截止日期：2025-02-07</i></div>
<div class="pd-xg"><div class="h">相关阅读</div>{li_links(["《浦东新区促进社区嵌入式服务设施建设的若干意见（征求意见稿）》起草说明", "图解：社区嵌入式服务设施“15分钟”怎么建", "浦东新区社区综合为老服务中心名录（2024年版）"])}</div>
<div class="pd-text">
@@BODY@@
</div>
<p>{links(["我要留言", "打印", "关闭"], "　")}</p>
</div>
</div>
<div class="pd-ft">
<p>上海市浦东新区人民政府办公室主办　上海市浦东新区城市运行综合管理中心承办</p>
<p>沪ICP备2021032611号-1　沪公网安备31011502019017号　网站标识码：3101150005</p>
</div>
""",
    ps="p", hs="strong",
    body=[
        P("为贯彻落实国家和本市关于推进城市社区嵌入式服务设施建设的部署要求，补齐社区服务短板，我局会同有关部门起草了《浦东新区促进社区嵌入式服务设施建设的若干意见（征求意见稿）》。为提高政策制定的科学性和透明度，现向社会公开征求意见。"),
        H("一、征求意见时间"),
        P("2025年1月8日至2025年2月7日。"),
        H("二、意见反馈方式"),
        UL("1. 电子邮件：发送至pdmzzq@pudong.gov.cn，邮件主题请注明“嵌入式服务设施意见建议”；",
           "2. 信函：寄至浦东新区合欢路2号浦东新区民政局基层政权和社区建设科（邮编200135），信封上请注明“征求意见”字样；",
           "3. 网上留言：登录本网站“征求意见”栏目在线提交。"),
        H("三、有关说明"),
        P("请在反馈意见时注明真实姓名和联系方式，以便进一步沟通。我们将认真研究各方意见建议，对合理意见予以吸收采纳。"),
        P("附件：1.浦东新区促进社区嵌入式服务设施建设的若干意见（征求意见稿）"),
        P("2.关于《若干意见（征求意见稿）》的起草说明"),
        P("联系人：邵静怡、陈宇航"),
        P("联系电话：021-68541372，021-68541375（工作日9:00—17:00）"),
        SIG("上海市浦东新区民政局", "2025年1月8日"),
    ],
))

# ---------------------------------------------------------------------------
# xg-12  厦门市思明区 · 嘉莲街道 社区动态 · 2016 layout, two-line headline, closing （张三 李四） byline
PAGES.append(dict(
    id="xg-12", kind="government", lang="zh", doctype="html4",
    doc_title="莲花社区“邻里议事厅”开进小区楼道 居民家门口议事解决停车难题",
    title=["莲花社区“邻里议事厅”开进小区楼道", "居民家门口议事解决停车难题"],
    authors=["林晓", "黄舒婷"],
    time="2016年08月22日",
    css="""
body{background:#f0f0f0}
.sm{width:1000px;margin:0 auto;background:#fff}
.sm-top{font-size:12px;padding:5px 10px;background:#fafafa;border-bottom:1px solid #ddd}
.sm-logo{height:120px;background:#1e7fc1}
.sm-nav td{background:#136aa5;text-align:center;height:38px}.sm-nav a{color:#fff}
.sm-left{width:230px;vertical-align:top;background:#f6fafd;padding:10px}
.sm-left h3{background:#1e7fc1;color:#fff;padding:6px}
.sm-right{vertical-align:top;padding:10px 20px}
.sm-place{font-size:12px;border-bottom:1px solid #1e7fc1;padding-bottom:6px}
.sm-h{font-size:22px;text-align:center;color:#1e7fc1;margin:20px 0 8px;line-height:1.6}
.sm-i{font-size:12px;text-align:center;color:#999}
.sm-c{font-size:14px;line-height:26px}
.sm-bot{background:#136aa5;color:#fff;text-align:center;font-size:12px;line-height:22px;padding:10px}
""",
    layout=f"""
<div class="sm">
<div class="sm-top">今天是2016年8月22日 星期一　{links(["设为首页", "加入收藏", "English"], " | ")}</div>
<div class="sm-logo">{img("厦门市思明区人民政府")}</div>
<table width="100%" cellspacing="0" class="sm-nav"><tr>{''.join(f'<td><a href="#">{x}</a></td>' for x in ["首 页", "思明概况", "政务公开", "网上办事", "公众参与", "街道社区", "专题专栏"])}</tr></table>
<table width="100%"><tr>
<td class="sm-left"><h3>街道社区</h3>{li_links(["中华街道", "滨海街道", "鹭江街道", "开元街道", "梧村街道", "筼筜街道", "莲前街道", "嘉莲街道", "鼓浪屿街道", "华侨城街道"])}
<p><b>站内搜索</b><br><input type="text"> <input type="submit" value="搜索"></p></td>
<td class="sm-right">
<div class="sm-place">您现在的位置： 首页 &gt;&gt; 街道社区 &gt;&gt; 嘉莲街道 &gt;&gt; 社区动态</div>
<div class="sm-h">@@TITLE@@</div>
<div class="sm-i">信息来源：思明区嘉莲街道办事处　　发布时间：@@TIME@@　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="sm-c">
@@BODY@@
</div>
<p align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
<p><b>相关信息</b></p>
<p>· <a href="#">嘉莲街道召开2016年上半年工作总结会</a><br>· <a href="#">莲花社区开展夏季消防安全检查</a><br>· <a href="#">嘉莲街道举办“社区邻里节”</a></p>
</td></tr></table>
<div class="sm-bot">厦门市思明区人民政府主办　思明区信息中心承办　技术支持：厦门融讯信息技术有限公司<br>闽ICP备05013847号　网站标识码：3502030001　建议使用IE8.0以上浏览器，1024×768分辨率</div>
</div>
""",
    ps="br", hs="strong",
    body=[
        P("“车位太少，晚上回来只能绕着小区转圈。”“能不能把楼下那块闲置绿地改成停车位？”8月19日晚，莲花五村23号楼一楼架空层里热闹非凡，20多位居民围坐在一起，你一言我一语地讨论小区停车问题。这是莲花社区“邻里议事厅”首次开进小区楼道。"),
        P("莲花五村建于上世纪八十年代，没有地下停车场，小区内仅有划线车位46个，而居民登记的私家车已超过130辆。乱停乱放不仅影响通行，还多次堵塞消防通道，成为居民反映最集中的问题。"),
        P("为此，社区党委牵头，邀请居民代表、业委会、物业公司和交警中队共同参与议事。经过两个多小时的讨论，大家形成了三条共识：一是将小区东侧约300平方米闲置绿地改造为生态停车位，可新增车位28个；二是与周边两家单位协商，夜间错时开放其停车场；三是由居民志愿者组成“停车劝导队”，规范车辆停放。"),
        P("“以前是社区说了算，现在是大家商量着办。”居民代表陈阿姨说，在自家楼下议事，说的都是身边事，大家参与的积极性特别高。"),
        P("莲花社区党委书记表示，下一步，“邻里议事厅”将定期走进各个小区，让居民的“金点子”变成解决问题的“金钥匙”。（林晓 黄舒婷）"),
    ],
))
