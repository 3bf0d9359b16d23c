# 积石山县 大河家镇 阳洼村 (甘肃临夏州, 村): a village 村务公开 page inside the
# 镇 site.  The headline carries a 【村务公开】 column label (not part of the
# title); the finance table rows are body; 署名 of the two village bodies.
from kit import *

META = dict(
    id="xm-11", kind="government", lang="zh",
    title="大河家镇阳洼村2025年第一季度村务公开",
    authors=[],
    publish_time="2025-04-10",
)
HTML_TITLE = "【村务公开】大河家镇阳洼村2025年第一季度村务公开"
CSS = BASE_CSS + """
body{background:#fafafa;font-size:15px}
.wrap{max-width:900px;margin:0 auto;background:#fff;min-height:100vh}
.top{background:#c0392b;color:#fff;padding:14px 16px}
.top .n1{font-size:20px;font-weight:bold}
.top .n2{font-size:12px;opacity:.9}
.menu{display:flex;flex-wrap:wrap;border-bottom:1px solid #eee}
.menu a{padding:10px 14px;font-size:14px;color:#c0392b}
.crumb{font-size:12px;color:#999;padding:10px 16px}
h1{font-size:21px;padding:0 16px;margin:6px 0 8px;line-height:1.5}
.info{font-size:12px;color:#aaa;padding:0 16px 10px;border-bottom:1px solid #f0f0f0}
.content{padding:10px 16px;line-height:1.9}
.content p{margin:0 0 10px}
.art-table{border-collapse:collapse;width:100%;font-size:13px;margin-bottom:10px}
.art-table td,.art-table th{border:1px solid #bbb;padding:4px 6px}
.jd{margin:16px;padding:10px;background:#fdf2f0;font-size:13px;color:#8a3a2f}
.footer{font-size:12px;color:#999;text-align:center;padding:16px;border-top:1px solid #eee}
.footer p{margin:2px 0}
"""
TEMPLATE = f"""
<div class="wrap">
<div class="top"><div class="n1">积石山县大河家镇人民政府</div><div class="n2">黄河之滨 大河家镇欢迎您</div></div>
<div class="menu">{links(["首页", "镇情简介", "工作动态", "政务公开", "村务公开", "便民服务", "长者模式"])}</div>
{crumb(["首页", "村务公开", "阳洼村"], prefix="位置：", sep=" › ")}
<h1>【村务公开】@@TITLE@@</h1>
<div class="info">发布日期：@@DATE@@ 　来源：阳洼村村民委员会 　阅读 217</div>
<div class="content">
@@BODY@@
</div>
<div class="jd">村务监督委员会监督电话：0930-7721186　镇纪委举报电话：0930-7721022</div>
{footer(["主办：积石山县大河家镇人民政府", "甘ICP备05003391号-3", "技术支持：积石山县融媒体中心"])}
</div>
"""
OPTS = dict(pstyle="p", tstyle="bold")
BODY = """
p 根据《甘肃省村务公开条例》和镇党委关于规范村务公开工作的要求，现将阳洼村2025年第一季度财务收支及重点村务情况公开如下，接受全体村民监督。
h 一、财务收支情况
tr 项目 | 金额（元） | 备注
tr 上季度结余 | 86,420.35 | 
tr 本季度收入合计 | 152,600.00 | 
tr 其中：上级转移支付 | 120,000.00 | 村级组织运转经费
tr 其中：村集体经济收入 | 32,600.00 | 光伏收益、商铺租金
tr 本季度支出合计 | 98,315.60 | 
tr 其中：办公及水电费 | 6,215.60 | 
tr 其中：村干部报酬 | 54,000.00 | 按县定标准发放
tr 其中：道路及水渠维修 | 38,100.00 | 三社渠道清淤、硬化
tr 季度末结余 | 140,704.75 | 
h 二、重点村务
p 1.一季度完成三社、五社农田灌溉渠道清淤2.6公里，硬化渠道0.8公里，经“四议两公开”程序决定，由村集体经济合作社组织村民施工，共支付劳务报酬17,400元。
p 2.全村确定2025年防返贫监测对象4户15人，已落实帮扶措施，监测名单已在各社张榜公示。
p 3.村集体光伏电站一季度发电收益19,800元，按村民代表会议决议，用于公益性岗位补贴和村内道路维护。
p 村民对以上公开内容如有疑问，可在公开之日起15日内向村务监督委员会反映。
sign 阳洼村村民委员会
sign 阳洼村村务监督委员会
sign 2025年4月10日
"""
