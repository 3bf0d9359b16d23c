from lib import links, lis, GIF

PAGE = dict(
    id="wi-01", kind="government", lang="zh",
    region="江苏 常州", site="常州市新北区人民政府（区政府门户，2025 版）",
    title="新北区部署今冬明春安全生产重点工作",
    authors=[],
    publish_time="2025-11-18 16:42",
    head_title="新北区部署今冬明春安全生产重点工作_部门动态_常州市新北区人民政府",
    features="2025 政府门户：顶栏 无障碍/长者模式/繁體，搜索框占位文字，主导航，面包屑以“正文”结尾；"
             "标题下信息栏 发布时间/来源/作者（作者栏为空）/浏览次数/【字体：大 中 小】；正文含一、二、三小标题与项目列表；"
             "【打印本页】【关闭窗口】、分享、扫一扫、上一篇/下一篇、相关阅读、页脚主办/承办/ICP/公网安备/网站标识码。",
)

BLOCKS = [
    ("p", "11月18日下午，新北区召开今冬明春安全生产重点工作部署会，通报前三季度全区安全生产形势，分析冬季风险特点，部署下阶段重点任务。副区长吴海峰出席会议并讲话。"),
    ("h", "一、前三季度形势总体平稳"),
    ("p", "会议指出，今年以来，全区各板块、各部门扎实推进安全生产治本攻坚三年行动，累计排查整改各类隐患4127项，生产安全事故起数和死亡人数实现“双下降”。同时也要清醒看到，部分企业主体责任落实不到位，小微企业和“九小场所”消防隐患依然突出，岁末年初各类风险交织叠加，丝毫不能松懈。"),
    ("h", "二、紧盯冬季重点领域"),
    ("p", "会议要求，要聚焦燃气、危化品、建筑施工、交通运输、人员密集场所等重点领域，深入开展为期一百天的集中整治："),
    ("li", [
        "燃气领域：年底前完成全区餐饮场所燃气泄漏报警装置安装“回头看”，对瓶装液化气违规储存、使用行为露头就打；",
        "建筑施工：严格落实冬季施工方案，加强高处作业、起重机械、有限空间作业管控，遇大风、雨雪天气及时停工；",
        "人员密集场所：对商场、宾馆、养老机构等开展消防安全全覆盖检查，确保疏散通道畅通；",
        "道路交通：加强“两客一危”车辆动态监控，做好雨雪冰冻天气应急保通准备。",
    ]),
    ("p", "会议还通报了近期省内发生的几起典型事故案例，要求各单位举一反三、引以为戒。区应急管理局将牵头组建5个综合督查组，自11月下旬起对各板块和重点行业领域开展“四不两直”明查暗访，对发现的重大隐患实行挂牌督办、闭环销号，对整改不力的单位予以通报。"),
    ("h", "三、压紧压实各方责任"),
    ("p", "吴海峰强调，各板块要切实履行属地管理责任，行业部门要按照“三管三必须”要求抓好本行业领域安全监管，企业要落实全员安全生产责任制。要加强应急值守，严格执行领导带班和24小时值班制度，确保突发情况第一时间响应、第一时间处置。"),
    ("p", "会上，区住建局、区市场监管局、孟河镇作交流发言。各镇（街道）、区各相关部门分管负责同志参加会议。"),
]

FMT = {
    "p": '<p style="text-indent:2em;">{t}</p>',
    "h": '<p style="text-indent:2em;"><strong>{t}</strong></p>',
    "li_wrap": '<div class="items">{t}</div>',
    "li": '<p style="text-indent:2em;">{t}</p>',
}

CSS = """
body{margin:0;font-family:"Microsoft YaHei",sans-serif;color:#333;background:#f4f6f9}
.topbar{background:#0b4ea2;color:#fff;font-size:13px}
.topbar .w,.w{width:1200px;margin:0 auto}
.topbar a{color:#fff;margin-left:14px}
.topbar .l{float:left}.topbar .r{float:right}.clear{clear:both}
.head{background:#1761c4;height:120px}
.head .logo{float:left;margin-top:30px}
.head .so{float:right;margin-top:40px}
.head input{width:260px;height:30px}
.nav ul{list-style:none;margin:0;padding:0;display:flex;background:#0b4ea2}
.nav li{flex:1;text-align:center;line-height:48px}.nav a{color:#fff}
.crumb{padding:12px 0;font-size:14px}
.art{background:#fff;padding:30px 60px}
.art h1{text-align:center;font-size:28px;color:#0b4ea2}
.info{text-align:center;border-bottom:1px dashed #ccc;padding-bottom:12px;font-size:13px;color:#888}
.info span{margin:0 10px}
.content{font-size:17px;line-height:2}
.tools{text-align:right;margin-top:20px}
.share{float:left}
.qr{text-align:center;font-size:12px}
.pn{border-top:1px solid #eee;margin-top:20px;padding-top:10px}
.rel h4{border-left:4px solid #0b4ea2;padding-left:8px}
.foot{background:#0b4ea2;color:#dfe8f5;font-size:13px;text-align:center;padding:20px 0;margin-top:30px}
.foot a{color:#fff}
"""


def render(P, body):
    nav = lis(["首页", "走进新北", "政务公开", "政务服务", "互动交流", "专题专栏", "数据开放"])
    related = lis([
        "区应急管理局开展危化品企业冬季专项检查（2025-11-14）",
        "罗溪镇召开安全生产工作例会（2025-11-12）",
        "我区举行2025年度消防安全“四个能力”竞赛（2025-11-07）",
        "新北区启动城镇燃气安全专项整治“回头看”（2025-10-30）",
    ])
    return f"""
<div class="topbar"><div class="w">
<div class="l">您好，欢迎访问常州市新北区人民政府网站！今天是2025年11月18日</div>
<div class="r"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">智能问答</a><a href="#">登录</a></div>
<div class="clear"></div></div></div>
<div class="head"><div class="w">
<div class="logo"><img src="{GIF}" alt="常州市新北区人民政府" width="420" height="60"></div>
<div class="so"><form><input type="text" placeholder="请输入关键字"> <button type="button">搜索</button></form></div>
</div></div>
<div class="nav"><div class="w"><ul>{nav}</ul></div></div>
<div class="w">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">工作动态</a> &gt; <a href="#">部门动态</a> &gt; 正文</div>
<div class="art">
<h1>{P['title']}</h1>
<div class="info"><span>发布时间：{P['publish_time']}</span> <span>来源：新北区应急管理局</span> <span>作者：</span> <span>浏览次数：</span> <span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">
{body}
</div>
<div class="tools"><div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a><div class="clear"></div></div>
<div class="qr"><img src="{GIF}" alt="" width="100" height="100"><br>扫一扫在手机打开当前页</div>
<div class="pn">
<p>上一篇：<a href="#">孟河镇开展冬季消防安全疏散演练</a></p>
<p>下一篇：<a href="#">区市场监管局召开电梯安全管理工作会议</a></p>
</div>
<div class="rel"><h4>相关阅读</h4><ul>{related}</ul></div>
</div></div>
<div class="foot">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a> | <a href="#">网站纠错</a></p>
<p>主办单位：常州市新北区人民政府办公室　承办单位：常州市新北区大数据管理中心</p>
<p>网站标识码：3204110047　<a href="#">苏ICP备05087316号-2</a>　<img src="{GIF}" alt="" width="16" height="16">苏公网安备 32041102000853号</p>
<p>联系电话：0519-85127760　建议使用1366×768以上分辨率浏览本站</p>
<p><img src="{GIF}" alt="党政机关" width="40" height="50"> <img src="{GIF}" alt="政府网站找错" width="110" height="50"> <img src="{GIF}" alt="适老化无障碍服务" width="110" height="50"></p>
</div>
"""
