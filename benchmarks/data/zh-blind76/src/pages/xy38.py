from lib import *

NOTES = "State-owned enterprise site (Guangdong), 2024 corporate design: date with dots, 阅读量, credit line 文/ … 图/ … under the headline (only the writer is an author), 集团要闻 breadcrumb, sub-headings, a data list, leader's quoted speech, 分享 and 返回列表, 相关新闻, footer with 集团 address and ICP, 廉洁举报 phone."

META = dict(id="xy-38", kind="institution", lang="zh",
            title="东江取水泵站节能改造工程完工 年节电约680万千瓦时",
            authors=["黄子健"],
            publish_time="2025.06.12")

HEAD_TITLE = "东江取水泵站节能改造工程完工 年节电约680万千瓦时-粤港湾水务集团"

CSS = """
body{margin:0;background:#fff;font-family:"HarmonyOS Sans","Microsoft YaHei";color:#1f2937}
.corp-h{position:sticky;top:0;background:#fff;border-bottom:1px solid #e5e7eb}
.corp-h .ct{max-width:1200px;margin:auto;display:flex;align-items:center;justify-content:space-between;height:72px}
.corp-h .ct .b{font-size:22px;font-weight:700;color:#0369a1}
.corp-h .ct nav a{margin-left:26px;color:#1f2937;text-decoration:none;font-size:15px}
.corp-hero{background:#0369a1;color:#fff;padding:40px 0}
.corp-hero .ct{max-width:1200px;margin:auto}
.corp-hero .ct p{margin:0;font-size:14px;color:#bae6fd}
.corp-hero .ct h2{margin:6px 0 0;font-size:28px}
.corp-art{max-width:860px;margin:36px auto}
.corp-art .bc{font-size:13px;color:#6b7280}
.corp-art h1{font-size:30px;line-height:1.4;margin:18px 0 10px}
.corp-art .m{font-size:14px;color:#6b7280;display:flex;gap:20px;border-bottom:1px solid #e5e7eb;padding-bottom:14px}
.corp-art .cr{font-size:15px;color:#374151;margin:14px 0}
.corp-art .rt p{font-size:17px;line-height:1.9;margin:0 0 16px;text-indent:2em}
.corp-art .rt h3{font-size:18px;color:#0369a1;margin:22px 0 10px}
.corp-art .rt ul{margin:0 0 16px}
.corp-art .rt li{font-size:16px;line-height:1.9}
.corp-art .rt figure{margin:0 0 16px;text-align:center}
.corp-art .rt figcaption{font-size:14px;color:#6b7280}
.corp-art .op{display:flex;justify-content:space-between;font-size:14px;color:#6b7280;margin-top:26px}
.corp-rel{max-width:860px;margin:0 auto 40px}
.corp-rel a{display:block;padding:10px 0;border-bottom:1px dashed #e5e7eb;color:#1f2937;text-decoration:none}
.corp-f{background:#0c4a6e;color:#bae6fd;font-size:13px}
.corp-f .ct{max-width:1200px;margin:auto;padding:26px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f"<h3>{t}</h3>",
    "L": lambda items, kw: "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
    "IMG": lambda a, kw: f'<figure>{img(a, data=True, w=800, h=450)}<figcaption>{kw["cap"]}</figcaption></figure>',
}

BLOCKS = [
    P("6月10日，集团所属东江取水公司桥头取水泵站节能改造工程顺利通过竣工验收并投入运行。经测算，改造后泵站单位取水电耗下降约14%，预计每年可节约用电约680万千瓦时，减少二氧化碳排放约3900吨。"),
    H("老泵站换上“新心脏”"),
    P("桥头取水泵站建成于2003年，承担着向下游多座水厂供应原水的任务，日供水能力约120万立方米。随着设备逐年老化，部分水泵效率下降明显，能耗偏高。去年9月，集团启动泵站节能改造工程，在不停止供水的前提下，分批对机组进行更换和改造。"),
    P("改造内容主要包括："),
    L(["更换4台高效节能水泵机组，水泵运行效率由78%提升至88%以上；",
       "新增变频调速装置，根据下游用水需求自动调节出水量；",
       "建设泵站智慧运行管理平台，实现设备状态在线监测和故障预警；",
       "在泵站屋顶建设分布式光伏发电项目，装机容量约420千瓦。"]),
    IMG("改造后的泵站主泵房", cap="改造后的桥头取水泵站主泵房"),
    H("边供水边施工确保“零影响”"),
    P("为了保证改造期间供水安全，项目团队制定了“一机一方案”，每次只停运一台机组，并提前与下游水厂沟通调度，错开用水高峰施工。整个改造过程历时9个月，未发生一起供水中断事件。"),
    P("“取水泵站是供水系统的‘心脏’，这次改造既提高了供水保障能力，也为集团实现节能降碳目标打下了基础。”集团党委委员、副总经理邓志强在验收会上表示，下一步将总结改造经验，在集团其他老旧泵站和水厂推广应用。"),
]


def frame(M, body):
    return f"""<body>
<div class="corp-h"><div class="ct"><span class="b">粤港湾水务集团</span><nav><a href="#">首页</a><a href="#">关于我们</a><a href="#">新闻中心</a><a href="#">业务板块</a><a href="#">党建园地</a><a href="#">社会责任</a><a href="#">人才招聘</a><a href="#">EN</a></nav></div></div>
<div class="corp-hero"><div class="ct"><p>NEWS CENTER</p><h2>新闻中心</h2></div></div>
<div class="corp-art">
<div class="bc">首页 &gt; 新闻中心 &gt; 集团要闻</div>
<h1>{M["title"]}</h1>
<div class="m"><span>发布日期：{M["publish_time"]}</span><span>阅读量：862</span></div>
<p class="cr">文/ 黄子健　图/ 彭锐</p>
<div class="rt">
{body}
</div>
<div class="op"><span>分享：微信 ｜ 微博</span><a href="#">返回列表</a></div>
</div>
<div class="corp-rel"><h4>相关新闻</h4>
<a href="#">集团召开2025年“安全生产月”活动动员会</a>
<a href="#">粤港湾水务集团获评省级节水型企业</a>
<a href="#">集团党委开展主题党日活动</a>
</div>
<div class="corp-f"><div class="ct">
粤港湾水务集团有限公司　地址：广州市天河区珠江新城华夏路26号<br>
廉洁举报电话：020-38561129　粤ICP备11047726号　粤公网安备 44010602003518号
</div></div>
</body>"""
