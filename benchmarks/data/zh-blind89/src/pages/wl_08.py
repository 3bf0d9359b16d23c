# 福建 · 乡镇 · 镇村动态（2014 simple layout, '文/图：' byline at the top of the article, photo captions）
from lib import *

PAGE = dict(
    id="wl-08", kind="government", lang="zh", site="霞浦县溪南镇人民政府",
    title="溪南镇开展海上养殖渔排安全生产专项检查",
    authors=["林小燕"],
    publish_time="2025-10-16",
    features=["乡镇 news, 2014-style single column", "byline '文/图：林小燕' on its own line at the top (author, not body)",
              "info line '时间：2025-10-16 来源：溪南镇 浏览：312次' separated by single spaces", "three photos with captions", "closing '（编辑：陈丽君）' line (not author)",
              "footer with 闽ICP"],
)

BLOCKS = [
    ("x", '<p class="wt">文/图：林小燕</p>'),
    ("p", "近日，受冷空气和台风外围环流共同影响，霞浦沿海海面风力逐渐加大。为切实保障海上养殖人员生命财产安全，溪南镇组织安监、海洋渔业、边防派出所等单位工作人员，乘坐执法船对白鹤岛、东安岛周边海域的养殖渔排开展安全生产专项检查。"),
    ("img", "", "检查组登上渔排检查消防器材。"),
    ("p", "检查组逐一登上渔排，重点检查渔排上的救生衣、灭火器等安全设施配备情况，查看电线线路、液化气罐、柴油发电机是否存在安全隐患，并向养殖户发放《海上养殖安全生产告知书》。对检查中发现的渔排住人管理不规范、救生设备不足等问题，检查组当场要求养殖户限期整改。"),
    ("img", "", "工作人员向养殖户发放安全告知书。"),
    ("p", "“大风天气要提前加固渔排，人员不能在渔排上过夜，有情况第一时间联系村里。”检查组工作人员反复叮嘱养殖户。据统计，此次检查共出动执法船4艘次、人员26人次，检查渔排83户，发现并督促整改隐患21处。"),
    ("p", "溪南镇相关负责人表示，下一步，该镇将继续加大海上养殖安全巡查力度，落实“一户一档”管理，确保全镇海上养殖安全形势持续稳定。"),
    ("img", "", "执法船在东安岛附近海域巡查。"),
    ("x", '<p class="bj">（编辑：陈丽君）</p>'),
]

R = dict(p="<p>　　{}</p>",
         img=lambda alt, cap: f'<p align="center">{img(alt, w=500, h=333)}</p><p align="center" class="tz">{cap}</p>')

CSS = """
body{margin:0;background:#dfe9f3;font-size:14px;font-family:宋体,Arial}#all{width:960px;margin:0 auto;background:#fff}
#top{height:160px;background:#1e73be;color:#fff;font-size:30px;font-weight:bold;padding-left:30px;line-height:160px}
#menu{background:#0f4f8a;height:36px}#menu a{float:left;color:#fff;width:120px;text-align:center;line-height:36px}
#wz{padding:8px 20px;border-bottom:1px solid #ccc}#con{padding:20px 50px;line-height:26px}
#con h3{text-align:center;font-size:20px}.sj{text-align:center;color:#888;font-size:12px}.wt{text-align:center;color:#666}
.tz{color:#1e73be}.bj{text-align:right}#foot{background:#0f4f8a;color:#fff;text-align:center;font-size:12px;line-height:24px;padding:10px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div id="all">
<div id="top">溪南镇人民政府</div>
<div id="menu">{links(["首页","溪南概况","政务动态","镇村动态","通知公告","招商引资","海岛旅游","办事服务"])}</div>
<div id="wz">您现在的位置： <a href="#">首页</a> &gt;&gt; <a href="#">镇村动态</a> &gt;&gt; 浏览文章</div>
<div id="con">
<h3>{P['title_html']}</h3>
<div class="sj">时间：{P['publish_time']} 来源：溪南镇 浏览：<span>312</span>次</div>
<hr>
{body}
<p>上一篇：<a href="#">溪南镇召开2025年第三季度安全生产工作会议</a><br>下一篇：<a href="#">溪南镇开展“敬老月”走访慰问活动</a></p>
</div>
<div id="foot">版权所有：霞浦县溪南镇人民政府 地址：霞浦县溪南镇溪南街45号 电话：0593-8491032<br>闽ICP备10017436号 建议使用IE8.0以上浏览器 1024*768分辨率浏览</div>
</div>
""")
