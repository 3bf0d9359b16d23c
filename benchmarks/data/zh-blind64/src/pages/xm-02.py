# 天水市人民政府 (甘肃, 地级市): 政府信息公开 page of a 市政府办 通知.  The headline
# is printed in the record grid (标　　题：) and again over the text; 文号 line
# under the headline (not body); 主送, 署名, 成文日期 and 附注 are body.
from kit import *

META = dict(
    id="xm-02", kind="government", lang="zh",
    title="天水市人民政府办公室关于做好2025年春季森林草原防灭火工作的通知",
    authors=[],
    publish_time="2025-03-14 09:30:21",
)
HTML_TITLE = "天水市人民政府办公室关于做好2025年春季森林草原防灭火工作的通知_市政府办文件_天水市人民政府"
HEAD_EXTRA = """
<meta name="ArticleTitle" content="天水市人民政府办公室关于做好2025年春季森林草原防灭火工作的通知">
<meta name="PubDate" content="2025-03-14 09:30:21">
<meta name="ContentSource" content="天水市人民政府办公室">
"""
CSS = BASE_CSS + """
.tools{background:#f2f2f2;height:32px;line-height:32px;padding:0 calc(50% - 600px);font-size:13px}
.tools span{float:left}
.tools a{float:right;margin-left:16px;color:#555}
.head{height:110px;background:#0b4f9c;color:#fff;padding:0 calc(50% - 600px)}
.head .logo{font-size:32px;font-weight:bold;padding-top:22px}
.head .url{font-size:12px;opacity:.8}
.search{float:right;margin-top:-40px}
.nav{background:#083d7a;text-align:center}
.nav li{display:inline-block}
.nav a{display:block;color:#fff;padding:10px 22px;font-size:16px}
.main{width:1200px;margin:0 auto}
.crumb{padding:12px 0;color:#666;border-bottom:1px solid #e5e5e5}
.grid{width:100%;border-collapse:collapse;margin:16px 0;background:#f7f9fc;font-size:13px}
.grid td{border:1px solid #dbe3ee;padding:6px 10px}
.grid .k{width:90px;color:#0b4f9c;text-align:right;white-space:nowrap}
h1{font-size:26px;text-align:center;color:#222;margin:26px 0 10px;line-height:1.5}
.wh{text-align:center;font-family:仿宋_GB2312,FangSong;font-size:18px;margin:0}
.info{text-align:center;color:#888;font-size:13px;padding:10px 0;border-bottom:1px solid #eee;margin-bottom:16px}
.info span{margin:0 10px}
.content{font-size:18px;line-height:2;padding:0 40px}
.content p{margin:0}
.bot{overflow:hidden;border-top:1px solid #eee;margin-top:20px;padding:10px 0}
.bot .share{float:left}.bot .share a{margin:0 6px;color:#0b4f9c}
.bot .pc{float:right}
.qr{width:120px;text-align:center;font-size:12px;color:#666;margin:10px auto}
.footer{background:#0b4f9c;color:#d5e3f5;text-align:center;font-size:13px;padding:16px 0;margin-top:30px}
.footer p{margin:4px 0}
"""
GRID = """
<table class="grid"><tbody>
<tr><td class="k">索 引 号：</td><td>013920811/2025-00042</td><td class="k">信息分类：</td><td>通知</td></tr>
<tr><td class="k">发布机构：</td><td>天水市人民政府办公室</td><td class="k">成文日期：</td><td>2025年03月12日</td></tr>
<tr><td class="k">标　　题：</td><td colspan="3">天水市人民政府办公室关于做好2025年春季森林草原防灭火工作的通知</td></tr>
<tr><td class="k">文　　号：</td><td>天政办发〔2025〕18号</td><td class="k">发布日期：</td><td>2025年03月14日</td></tr>
<tr><td class="k">主 题 词：</td><td colspan="3"></td></tr>
</tbody></table>
"""
TEMPLATE = f"""
{gov_tools(("长者模式", "无障碍", "繁体版", "English", "政务服务"), lead="欢迎访问天水市人民政府网站！")}
<div class="head"><div class="logo">{img("国徽", 60, 60)} 天水市人民政府</div><div class="url">www.tianshui.gov.cn</div>{search("搜索本站内容")}</div>
{nav(["首页", "走进天水", "新闻中心", "政务公开", "政务服务", "互动交流", "专题专栏"])}
<div class="main">
{crumb(["首页", "政务公开", "政府信息公开", "市政府办文件", "正文"])}
{GRID}
<h1>@@TITLE@@</h1>
<p class="wh">天政办发〔2025〕18号</p>
<div class="info"><span>发布时间：@@DATE@@</span><span>来源：天水市人民政府办公室</span><span>浏览次数：2087</span><span>{fontsize(1)}</span></div>
<div class="content">
@@BODY@@
</div>
<div class="bot">{share("分享到：", ("微信", "微博", "QQ"))}<div class="pc">{printclose(1)}</div></div>
{qr("扫一扫在手机打开当前页")}
</div>
{footer(["<a href='#'>网站地图</a> | <a href='#'>联系我们</a> | <a href='#'>隐私声明</a>",
         "主办：天水市人民政府办公室　承办：天水市大数据中心　联系电话：0938-8211456",
         "陇ICP备05003417号　甘公网安备 62050202000176号　网站标识码：6205000001"])}
"""
OPTS = dict(pstyle="mso", hstyle="hei")
BODY = """
p 各县区人民政府，市政府各部门，市直及驻天水各单位：
p 当前正值春季森林草原防火期，我市气温回升快、降水偏少，清明祭祀、春耕备耕等野外用火增多，森林草原火险等级持续偏高，防灭火形势严峻复杂。为切实做好今年春季森林草原防灭火工作，经市政府同意，现就有关事项通知如下：
h 一、压紧压实防火责任
p 各县区、各有关部门要严格落实地方行政首长负责制和部门监管责任，层层签订防火责任书，把责任落实到山头地块、到岗到人。林区乡镇、村要组织护林员、草管员全面开展巡山护林，重点时段实行“日巡查、日报告”制度。
h 二、严格管控野外火源
p 3月15日至5月31日为全市春季森林草原重点防火期。重点防火期内，严禁在林区及林缘500米范围内烧荒、烧秸秆、燃放烟花爆竹和祭祀用火。清明节前后，各县区要在主要进山路口、陵园墓地设立检查站卡，引导群众文明祭扫。
h 三、全面排查消除隐患
p 各县区要组织开展森林草原火灾隐患排查整治，重点对输配电线路、林区施工作业点、旅游景区和林区居民点进行拉网式排查，建立隐患台账，实行销号管理，确保4月10日前完成整改。
h 四、做好扑救准备工作
p 各级专业、半专业扑火队伍要实行24小时备勤，补充完善扑火机具和物资储备。一旦发生火情，要坚持“打早、打小、打了”，科学组织扑救，严禁动员老弱病残孕和中小学生参与扑火，确保人员安全。
h 五、严格值班值守和信息报送
p 重点防火期内，各县区、各有关部门要严格执行24小时值班和领导带班制度，发现火情第一时间报告市森林草原防灭火指挥部办公室（电话：0938-8210119），不得迟报、漏报、瞒报。
sign 天水市人民政府办公室
sign 2025年3月12日
p （此件公开发布）
"""
