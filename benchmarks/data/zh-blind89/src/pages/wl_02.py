# 重庆 · 街道办事处 · 通知（2012 table layout: 文号 line, 主送, 署名, 成文日期）
from lib import *

PAGE = dict(
    id="wl-02", kind="government", lang="zh", site="重庆市璧山区璧城街道办事处",
    title="关于开展2025年秋冬季消防安全隐患大排查大整治的通知",
    authors=[],
    publish_time="2025-10-13",
    features=["2012-style nested tables", "通知 with 文号 line (not body), 主送 line, numbered items, 署名 and 成文日期 (body)",
              "info line '发布日期：… 点击数：…' in a table cell above the headline", "附件 link (not body)",
              "【打印此页】【关闭窗口】", "footer with 渝ICP and 公网安备"],
)

BLOCKS = [
    ("x", '<p class="wh">璧城街发〔2025〕41号</p>'),
    ("to", "各社区居委会、街道各科室、辖区各单位："),
    ("p", "为深刻吸取近期各地火灾事故教训，切实做好今冬明春火灾防控工作，确保辖区消防安全形势持续平稳，街道决定自即日起至2026年2月底，在全街道范围内开展秋冬季消防安全隐患大排查大整治。现将有关事项通知如下："),
    ("h", "一、排查重点"),
    ("li", "（一）老旧小区、城中村和出租房屋，重点检查电动自行车违规停放充电、私拉乱接电线、堵塞消防通道等问题；"),
    ("li", "（二）“九小场所”和沿街门面，重点检查“三合一”住人、燃气使用、灭火器配备等情况；"),
    ("li", "（三）在建工地、仓储物流和小微企业，重点检查动火作业审批、易燃可燃材料堆放等情况。"),
    ("h", "二、工作要求"),
    ("p", "各社区要按照“网格化”管理要求，组织网格员、楼栋长逐户逐店开展排查，建立隐患台账，能当场整改的督促当场整改，不能当场整改的明确整改时限和责任人，实行销号管理。街道应急办要会同派出所、市场监管所组织联合检查，每周不少于两次。"),
    ("p", "各单位要于每月25日前将排查整治情况报送街道应急办（联系人：何晓东，联系电话：023-41427365）。对排查工作不到位、隐患整改不及时的，街道将予以通报。"),
    ("x", '<p class="fj">附件：<a href="#">秋冬季消防安全隐患排查登记表.docx</a></p>'),
    ("sig", "重庆市璧山区人民政府璧城街道办事处"),
    ("sig", "2025年10月11日"),
]

R = dict(p="<p>　　{}</p>", li="<p>　　{}</p>", h="<p>　　{}</p>", to="<p>{}</p>",
         sig='<p align="right">{}　　</p>')

CSS = """
body{margin:0;font-size:12px;font-family:宋体;background:#e9eef2}
table{border-collapse:collapse}.main{background:#fff}.menu td{background:#b51d1d;color:#fff;text-align:center;height:32px}
.menu a{color:#fff}.bt{font-size:20px;font-weight:bold;color:#c00;text-align:center;padding:15px}
.xx{text-align:center;color:#666;border-bottom:1px dotted #999}.nr{font-size:14px;line-height:2em;padding:10px 30px}
.wh{text-align:center}.fj{color:#00c}.foot td{text-align:center;color:#555;line-height:22px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<table width="980" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td>{img("璧城街道办事处", w=980, h=120)}</td></tr>
<tr><td><table width="100%" class="menu"><tr>
<td><a href="#">网站首页</a></td><td><a href="#">街道概况</a></td><td><a href="#">政务公开</a></td><td><a href="#">通知公告</a></td><td><a href="#">社区动态</a></td><td><a href="#">办事指南</a></td><td><a href="#">党建园地</a></td><td><a href="#">公众参与</a></td>
</tr></table></td></tr>
<tr><td height="28">　您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">通知公告</a> &gt;&gt; 正文</td></tr>
<tr><td>
<table width="100%"><tr>
<td width="220" valign="top" style="background:#f5f5f5">
<table width="100%"><tr><td><b>通知公告</b></td></tr>
<tr><td><a href="#">· 街道开展重阳敬老系列活动</a></td></tr>
<tr><td><a href="#">· 关于做好2025年度城乡居民医保集中参保缴费的通知</a></td></tr>
<tr><td><a href="#">· 璧城街道第三季度安全生产工作通报</a></td></tr>
<tr><td>站内搜索：<input type="text" size="12"> <input type="button" value="搜索"></td></tr>
</table></td>
<td valign="top">
<table width="100%">
<tr><td class="xx">发布日期：{P['publish_time']}　　信息来源：街道应急办　　点击数：387</td></tr>
<tr><td class="bt">{P['title_html']}</td></tr>
<tr><td class="nr">
{body}
</td></tr>
<tr><td align="right">【<a href="#">打印此页</a>】　【<a href="#">关闭窗口</a>】</td></tr>
</table>
</td></tr></table>
</td></tr>
<tr><td><table width="100%" class="foot">
<tr><td><hr>版权所有：重庆市璧山区人民政府璧城街道办事处　地址：璧山区璧城街道东林大道88号　电话：023-41427300</td></tr>
<tr><td>渝ICP备13004726号-2　渝公网安备 50022702000358号　技术支持：重庆某某网络科技有限公司</td></tr>
</table></td></tr>
</table>
""")
