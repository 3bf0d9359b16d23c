"""wk-22: 山西 provincial portal (2025 design) reprint: 原标题 line and a 记者/通讯员 byline line before the body."""
from lib import *

PAGE = dict(id="wk-22", kind="media", lang="zh",
            title="太原今年已完成老旧小区加装电梯186部",
            authors=["杨晋", "李红梅"], publish_time="2025-11-14 06:58")

BLOCKS = [
    NOTE("原标题：从“爬楼难”到“电梯暖”——太原老旧小区加装电梯见闻", f=lambda t, b: f'<p class="orig">{t}</p>'),
    BY("山西日报记者 杨晋 通讯员 李红梅", f=lambda t, b: f'<p class="orig">{t}</p>'),
    P("“以前下楼买个菜，上楼得歇三回，现在按一下按钮就到家门口了。”11月12日，家住太原市杏花岭区敦化坊小区的76岁居民郝秀英，乘着新装的电梯回到了6楼的家。"),
    P("敦化坊小区建于上世纪90年代，共有12栋楼，60岁以上的老人占了近一半。今年，在社区和物业的推动下，小区8个单元同时完成了加装电梯，每户按楼层分摊费用，一层、二层住户不出钱。"),
    H("政府补贴+居民分摊 破解“钱从哪儿来”"),
    P("记者从太原市住房和城乡建设局了解到，今年以来，全市已完成老旧小区加装电梯186部，另有94部正在施工。按照现行政策，每部电梯可获得最高20万元的财政补贴，居民还可提取住房公积金用于分摊费用。"),
    H("“一楼一策”协商 化解邻里分歧"),
    P("加装电梯难，难在协商。小浩营社区党委书记王丽萍说，社区组建了由党员、楼长和物业人员组成的协调小组，针对低楼层住户担心采光、噪音等问题，请设计单位调整电梯井位置，并承诺后期维保费用由高楼层住户多承担，“前后开了十几次协调会，最后全单元都签了字。”"),
    H("建管并重 电梯装得上更要用得好"),
    P("为解决“重建设、轻管理”问题，太原市推行“加装+维保”一体化模式，由电梯企业负责15年维护保养，并为每部电梯安装远程监测装置，故障信息实时推送至维保人员手机。"),
    P("在迎泽区桃园南路的一处小区，新装电梯运行已经半年。居民们自发成立了电梯管理小组，每月轮流检查电梯卫生、记录使用情况。“电梯是大伙一起凑钱装的，也得大伙一起爱护。”管理小组组长赵建国说，半年来电梯没出过一次故障，楼里几位行动不便的老人下楼的次数明显多了。"),
    P("据介绍，太原市计划到2027年累计完成加装电梯1000部以上，让更多老年人告别“爬楼难”。"),
]

CSS = """
:root{--red:#c41e20}
body{margin:0;font-family:"HarmonyOS Sans SC","PingFang SC","Microsoft YaHei";color:#1d1d1f;background:#fff}
header{position:sticky;top:0;background:rgba(255,255,255,.96);border-bottom:1px solid #eee}
header .in{max-width:1240px;margin:auto;display:flex;align-items:center;height:64px;gap:28px;padding:0 20px}
header .lg{font-size:24px;font-weight:800;color:var(--red)}header nav a{margin-right:22px;color:#333;text-decoration:none}
header .tools{margin-left:auto;font-size:13px;color:#888}header .tools a{color:#888;margin-left:10px}
.page{max-width:1240px;margin:32px auto;display:grid;grid-template-columns:80px 1fr 320px;gap:40px;padding:0 20px}
.rail{font-size:12px;color:#888;text-align:center}.rail div{border:1px solid #eee;border-radius:50%;width:44px;height:44px;line-height:44px;margin:0 auto 12px}
.crumb{font-size:13px;color:#999}.crumb a{color:#999}
h1{font-size:34px;line-height:1.35;margin:12px 0 18px;font-weight:700}
.meta{font-size:14px;color:#888;display:flex;gap:20px;margin-bottom:22px}
.story{font-size:18px;line-height:1.95}.story p{margin:0 0 22px}
.story .orig{color:#888;font-size:15px;margin-bottom:10px}
.story h3{font-size:19px;margin:26px 0 12px;color:var(--red)}
.resp{font-size:13px;color:#999;margin-top:20px}
aside h4{font-size:16px;border-bottom:2px solid var(--red);padding-bottom:6px}
aside ol{padding-left:18px}aside li{font-size:15px;line-height:1.8;margin-bottom:6px}
footer{background:#f5f5f7;color:#777;font-size:12px;text-align:center;line-height:2.2;padding:28px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h3")
    html = f"""
<header><div class="in"><span class="lg">三晋在线</span><nav>{links(["首页","山西","时评","经济","民生","文化","视频","县域"])}</nav>
<span class="tools"><a href="#">无障碍</a><a href="#">App</a><a href="#">登录</a></span></div></header>
<div class="page">
<div class="rail"><div>微信</div><div>微博</div><div>链接</div><div>顶部</div></div>
<main>
<div class="crumb"><a href="#">三晋在线</a> › <a href="#">民生</a></div>
<h1>{PAGE["title"]}</h1>
<div class="meta"><span>2025-11-14 06:58</span><span>来源：山西日报</span></div>
<div class="story">
{bh}
</div>
<div class="resp">责任编辑：侯晓丽　　审核：张志刚</div>
</main>
<aside><h4>民生热点</h4><ol>{links(["山西城乡居民医保集中缴费启动","太原地铁1号线二期进展","运城苹果出口量创新高","大同冬季供暖投诉热线公布","长治启动农村公路“冬季养护”"], wrap="li")}</ol>
<h4>三晋在线客户端</h4><p>{img("下载三晋在线客户端", gif=True)} 扫一扫 下载客户端</p></aside>
</div>
<footer>三晋在线 版权所有 · 山西日报报业集团主办<br>互联网新闻信息服务许可证：14120170001　晋ICP备14001234号-3　晋公网安备 14010502000188号<br>违法和不良信息举报：0351-4281234</footer>
"""
    return doc(PAGE["title"] + "｜三晋在线", CSS, html), gold
