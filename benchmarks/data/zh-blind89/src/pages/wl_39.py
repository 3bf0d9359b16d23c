# 机构 · 福建 行业协会官网（2013 layout: '时间：2025-10-14 来源：本会 作者：admin', '文/黄婷　图/协会秘书处' closing）
from lib import *

PAGE = dict(
    id="wl-39", kind="institution", lang="zh", site="福建省冷链物流协会",
    title="协会举办冷链物流团体标准宣贯培训会",
    authors=["黄婷"],
    publish_time="2025-10-14",
    features=["trade association site (2013)", "CMS info line '时间：2025-10-14 来源：本会 作者：admin 阅读：' (admin is not an author)",
              "closing '文/黄婷　图/协会秘书处' (author 黄婷; 图 credit not)", "list of training topics", "photo with caption",
              "会员单位 logos (alt text), 友情链接 select, footer"],
)

BLOCKS = [
    ("p", "10月13日，福建省冷链物流协会在福州举办《冷链物流企业服务规范》团体标准宣贯培训会，来自全省各地的会员单位代表、企业质量管理人员共120余人参加培训。"),
    ("img", "培训会现场", "培训会现场"),
    ("p", "培训会上，标准起草组专家对标准的编制背景、适用范围和主要技术要求进行了详细解读。培训内容主要包括："),
    ("li", "一、冷库温湿度监测与记录要求；"),
    ("li", "二、冷藏车辆运输过程中的温度控制与交接规范；"),
    ("li", "三、生鲜农产品、医药产品等不同品类的储运管理要点；"),
    ("li", "四、服务质量评价与客户投诉处理机制。"),
    ("p", "协会秘书长陈国强在培训会上表示，团体标准的发布实施，有助于规范全省冷链物流企业的服务行为，提升行业整体服务水平。协会将组织开展标准实施情况跟踪评价，并推动优秀企业申报标准化示范单位。"),
    ("p", "参会企业代表纷纷表示，培训内容实用性强，将结合企业实际抓好标准落地，进一步提升冷链服务质量。"),
    ("x", '<p class="wt">文/黄婷　图/协会秘书处</p>'),
]

R = dict(p="<p>　　{}</p>", li="<p>　　{}</p>",
         img=lambda alt, cap: f'<p style="text-align:center">{img(alt, w=480, h=300)}<br>{cap}</p>')

CSS = """
body{margin:0;font-size:13px;font-family:宋体;background:#eaf2f8}#wrap{width:980px;margin:0 auto;background:#fff}
#top{height:110px;background:#2b7bb9;color:#fff;font-size:28px;line-height:110px;padding-left:20px}#nav{background:#1a5a8c;height:34px}
#nav a{float:left;color:#fff;padding:0 18px;line-height:34px}#main{overflow:hidden;padding:10px}#left{float:left;width:220px}
#right{float:right;width:720px}.ti{font-size:20px;font-weight:bold;text-align:center;color:#1a5a8c}.inf{text-align:center;color:#999;border-bottom:1px solid #ddd}
.nr{font-size:14px;line-height:26px}.wt{text-align:right}.hy img{margin:4px}#foot{background:#1a5a8c;color:#fff;text-align:center;line-height:24px;padding:8px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div id="wrap">
<div id="top">福建省冷链物流协会</div>
<div id="nav">{links(["网站首页","协会概况","协会动态","行业资讯","政策法规","标准规范","会员风采","入会指南","联系我们"])}</div>
<div id="main">
<div id="left"><h4>协会动态</h4><ul>{lis(["协会新闻","通知公告","会员动态"])}</ul><h4>会员单位</h4><p class="hy">{img("会员单位一")}{img("会员单位二")}{img("会员单位三")}</p></div>
<div id="right">
<p>当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">协会动态</a> &gt;&gt; 协会新闻</p>
<div class="ti">{P['title_html']}</div>
<div class="inf">时间：{P['publish_time']} 来源：本会 作者：admin 阅读：211次</div>
<div class="nr">
{body}
</div>
<p>上一篇：<a href="#">协会第三届理事会第五次会议召开</a><br>下一篇：<a href="#">关于征集2025年度冷链物流优秀案例的通知</a></p>
</div>
</div>
<div id="foot">友情链接：<select><option>—请选择—</option><option>中国物流与采购联合会</option></select><br>版权所有：福建省冷链物流协会　电话：0591-87651234　闽ICP备13009815号</div>
</div>
""")
