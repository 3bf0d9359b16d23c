# 宁夏回族自治区生态环境厅 (省厅): a 通报 on the 政府信息公开 platform.  The
# headline is printed in the record grid (a <dl> with 标　　题) and again over the
# text on two lines; 文号 line (not body); a ranking table; 署名 and date.
from kit import *

META = dict(
    id="xm-08", kind="government", lang="zh",
    title="自治区生态环境厅关于2025年第一季度全区环境空气质量状况的通报",
    authors=[],
    publish_time="2025-04-28",
)
HTML_TITLE = "自治区生态环境厅关于2025年第一季度全区环境空气质量状况的通报"
HEAD_EXTRA = """
<meta name="ArticleTitle" content="自治区生态环境厅关于2025年第一季度全区环境空气质量状况的通报">
<meta name="PubDate" content="2025-04-28">
"""
CSS = BASE_CSS + """
.tools{font-size:12px;background:#f0f5f0;padding:4px calc(50% - 600px);text-align:right}
.tools a{margin-left:12px;color:#2d6a4f}
.head{height:120px;background:#2d6a4f;color:#fff;padding:0 calc(50% - 600px)}
.head b{display:block;font-size:32px;padding-top:30px}
.head span{font-size:13px}
.nav{background:#1b4332;display:flex;justify-content:center}
.nav a{color:#fff;padding:11px 20px;font-size:15px}
.main{width:1200px;margin:0 auto;padding:10px 0 30px}
.crumb{font-size:13px;color:#666;padding:8px 0}
dl.meta{display:grid;grid-template-columns:110px 1fr 110px 1fr;border:1px solid #cfe0d5;background:#f7fbf8;margin:10px 0 20px;font-size:13px}
dl.meta dt{padding:6px;color:#2d6a4f;text-align:right;border-bottom:1px solid #e3eee7}
dl.meta dd{margin:0;padding:6px;border-bottom:1px solid #e3eee7}
dl.meta .wide{grid-column:2 / 5}
h1{font-size:24px;text-align:center;line-height:1.6;margin:20px 0 6px;font-weight:bold}
.wh{text-align:center;margin:0 0 10px;font-size:16px}
.info{text-align:center;font-size:13px;color:#888;margin-bottom:18px}
.content{font-size:17px;line-height:2;padding:0 60px}
.content p{margin:0}
.art-table{border-collapse:collapse;margin:8px auto;font-size:14px}
.art-table td,.art-table th{border:1px solid #666;padding:3px 10px;text-align:center}
.fj{padding:10px 60px;font-size:14px}
.footer{background:#1b4332;color:#cde3d6;text-align:center;font-size:13px;padding:16px 0}
.footer p{margin:4px 0}
"""
TEMPLATE = f"""
{gov_tools(("无障碍", "长者模式", "繁体", "English", "登录"))}
<div class="head"><b>宁夏回族自治区生态环境厅</b><span>Department of Ecology and Environment of Ningxia Hui Autonomous Region</span></div>
{nav(["首页", "机构设置", "新闻动态", "政府信息公开", "政务服务", "环境质量", "互动交流", "专题专栏"], li=False)}
<div class="main">
{crumb(["首页", "政府信息公开", "法定主动公开内容", "通知公告"], prefix="您所在的位置：")}
<dl class="meta">
<dt>索引号：</dt><dd>640000021/2025-00318</dd><dt>主题分类：</dt><dd>环境监测、保护与治理</dd>
<dt>发文机关：</dt><dd>宁夏回族自治区生态环境厅</dd><dt>成文日期：</dt><dd>2025年04月25日</dd>
<dt>标　　题：</dt><dd class="wide">自治区生态环境厅关于2025年第一季度全区环境空气质量状况的通报</dd>
<dt>发文字号：</dt><dd>宁环发〔2025〕21号</dd><dt>发布日期：</dt><dd>2025年04月28日</dd>
<dt>有 效 性：</dt><dd class="wide">有效</dd>
</dl>
<h1>自治区生态环境厅关于2025年第一季度<br>全区环境空气质量状况的通报</h1>
<p class="wh">宁环发〔2025〕21号</p>
<div class="info">发布日期：@@DATE@@　　来源：大气环境处　　浏览量：1633　　{printclose(1)}</div>
<div class="content">
@@BODY@@
</div>
<div class="fj">相关附件：<a href="#">2025年第一季度各县（市、区）环境空气质量排名.pdf</a></div>
</div>
{footer(["主办：宁夏回族自治区生态环境厅　地址：银川市金凤区北京中路　邮编：750002",
         "宁ICP备09000743号-1　宁公网安备 64010602000312号　网站标识码：6400000019",
         "扫一扫在手机打开当前页"])}
"""
OPTS = dict(pstyle="mso", hstyle="hei", tstyle="plain")
BODY = """
p 各市、县（区）人民政府，宁东基地管委会，自治区各有关部门：
p 根据全区环境空气质量自动监测数据，现将2025年第一季度全区环境空气质量状况通报如下：
h 一、总体情况
p 2025年第一季度，全区五个地级市环境空气质量优良天数比例平均为78.4%，同比下降2.1个百分点；细颗粒物（PM2.5）平均浓度为46微克/立方米，同比上升4.5%；可吸入颗粒物（PM10）平均浓度为91微克/立方米，同比上升6.9%。受3月中下旬两次沙尘天气过程影响，全区颗粒物浓度明显升高。
h 二、各市排名情况
tr 排名 | 城市 | 优良天数比例（%） | PM2.5浓度（微克/立方米） | 综合指数
tr 1 | 固原市 | 88.9 | 33 | 3.71
tr 2 | 中卫市 | 81.1 | 41 | 4.35
tr 3 | 吴忠市 | 78.9 | 45 | 4.62
tr 4 | 银川市 | 74.4 | 52 | 4.98
tr 5 | 石嘴山市 | 68.9 | 58 | 5.41
h 三、工作要求
p 各地要对照目标任务，深入分析空气质量变化原因，紧盯扬尘、燃煤、机动车和工业企业等重点领域，强化施工工地和道路扬尘管控，加快推进散煤治理和重点行业超低排放改造。空气质量同比下降的市、县（区）要于5月15日前向自治区生态环境厅报送整改措施。
sign 宁夏回族自治区生态环境厅
sign 2025年4月25日
"""
