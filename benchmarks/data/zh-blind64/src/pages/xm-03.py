# 彭阳县人民政府 (宁夏固原, 县): a 乡镇动态 news item, 2020 layout.  The last
# breadcrumb step is the headline cut short; info bar with 来源/作者/发布时间,
# a spaced two-character author name; 责任编辑/审核 at the end are not authors.
from kit import *

META = dict(
    id="xm-03", kind="government", lang="zh",
    title="彭阳县古城镇举办2025年“乡村振兴·人才赋能”专场招聘会",
    authors=["马慧"],
    publish_time="2025年05月21日",
)
HTML_TITLE = "彭阳县古城镇举办2025年“乡村振兴·人才赋能”专场招聘会 - 彭阳县人民政府"
CSS = BASE_CSS + """
body{background:#f4f4f4}
.tools{width:1200px;margin:0 auto;text-align:right;font-size:13px;padding:6px 0}
.tools a{margin-left:14px;color:#666}
.head{background:#a61b1b;color:#fff}
.head .in{width:1200px;margin:0 auto;height:130px;position:relative}
.head .name{font-size:36px;font-weight:bold;position:absolute;top:32px;left:80px;letter-spacing:4px}
.head .search{position:absolute;right:0;top:48px}
.nav{width:1200px;margin:0 auto;background:#fff;display:flex;justify-content:space-between;box-shadow:0 2px 4px #ddd}
.nav a{padding:14px 20px;font-size:17px}
.page{width:1200px;margin:16px auto;background:#fff;padding:20px 60px;box-sizing:border-box}
.crumb{font-size:13px;color:#777;padding-bottom:10px;border-bottom:1px solid #eee}
.crumb a{color:#777}
h1{text-align:center;font-size:28px;margin:30px 0 14px;color:#a61b1b}
.info{text-align:center;font-size:13px;color:#999;padding-bottom:14px;border-bottom:1px dashed #ddd}
.content{font-size:17px;line-height:2;margin-top:20px}
.content p{text-indent:2em;margin:0 0 12px}
.content p.pic-cap{text-indent:0;font-size:14px;color:#555}
.art-table{border-collapse:collapse;margin:0 auto 12px;font-size:15px}
.art-table th,.art-table td{border:1px solid #999;padding:4px 10px}
.edit{text-align:right;color:#666;font-size:14px;margin-top:20px}
.prevnext{border-top:1px solid #eee;margin-top:20px;padding-top:10px;font-size:14px}
.prevnext p{margin:4px 0}
.footer{background:#333;color:#bbb;text-align:center;padding:20px 0;font-size:13px}
.footer p{margin:4px 0}
"""
TEMPLATE = f"""
{gov_tools(("无障碍", "长者模式", "简体", "繁體", "登录", "注册"))}
<div class="head"><div class="in"><div class="name">{img("彭阳县人民政府", 60, 60)}彭阳县人民政府</div>{search("请输入关键词", "搜索")}</div></div>
{nav(["首页", "彭阳概况", "新闻中心", "政务公开", "政务服务", "政民互动", "专题专栏"], li=False)}
<div class="page">
{crumb(["首页", "新闻中心", "乡镇动态", "彭阳县古城镇举办2025年“乡村振兴·人才赋..."])}
<h1>@@TITLE@@</h1>
<div class="info">来源：古城镇&nbsp;&nbsp;&nbsp;&nbsp;作者：马&nbsp;&nbsp;慧&nbsp;&nbsp;&nbsp;&nbsp;发布时间：@@DATE@@&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：574&nbsp;&nbsp;&nbsp;&nbsp;{fontsize(3)}</div>
<div class="content">
@@BODY@@
</div>
<div class="edit">责任编辑：杨晓红&nbsp;&nbsp;&nbsp;审核：李明远</div>
{prevnext("白阳镇开展“防范电信诈骗 守护群众钱袋子”宣传活动", "彭阳县2025年“三夏”农业生产工作有序推进")}
</div>
{footer(["主办单位：彭阳县人民政府办公室　承办单位：彭阳县融媒体中心",
         "地址：宁夏固原市彭阳县白阳镇朝阳街　电话：0954-7012345",
         "宁ICP备08001276号-1　宁公网安备 64042502000128号　网站标识码：6404250001",
         "<a href='#'>网站地图</a>　<a href='#'>联系我们</a>　<a href='#'>纠错</a>"])}
"""
OPTS = dict(pstyle="p", hstyle="strong", capstyle="p", tstyle="th")
BODY = """
p 为进一步拓宽群众就业渠道，助力返乡人员和脱贫劳动力就近就业，5月20日，古城镇在镇文化广场举办2025年“乡村振兴·人才赋能”专场招聘会。
p 本次招聘会由古城镇人民政府联合县人力资源和社会保障局共同举办，共吸引区内外32家企业参会，提供保洁、餐饮服务、电子装配、种植养殖技术员、物流配送等各类岗位860余个，月薪从2800元到8000元不等。招聘会现场人头攒动，求职群众手持简历穿梭于各企业展位之间，详细了解岗位要求、薪资待遇和福利保障。
img 招聘会现场
cap 求职群众在招聘会现场咨询岗位信息
p 部分企业提供的岗位如下：
tr 企业名称 | 招聘岗位 | 人数 | 月薪（元）
tr 固原某农业发展有限公司 | 温棚种植技术员 | 15 | 3500-4500
tr 银川某物流有限公司 | 配送员 | 30 | 4500-6000
tr 彭阳县某餐饮管理公司 | 厨师、服务员 | 20 | 2800-4000
tr 宁夏某电子科技有限公司 | 装配工 | 60 | 4000-5500
p “我以前在外地打工，家里老人年纪大了，这次想在县城附近找个活干。今天和一家物流公司谈得不错，下周就能去试岗。”古城镇店洼村村民马俊说。
p 招聘会上，镇劳动保障服务站还设立了政策咨询台，向群众宣传创业担保贷款、职业技能培训补贴等就业创业政策，发放宣传资料1200余份。据统计，当天共有460余人进场求职，初步达成就业意向187人。
p 下一步，古城镇将持续做好就业服务跟踪，建立求职人员和企业用工“两张清单”，定期开展技能培训和岗位推送，让更多群众在家门口实现稳定就业。
"""
