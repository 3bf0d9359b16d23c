# 福建 · 街道办 · 街道动态（2025 card design with 长者模式, closing '（作者：陈  鸿　编辑：…　审核：…）'）
from lib import *

PAGE = dict(
    id="wl-12", kind="government", lang="zh", site="福州市仓山区人民政府",
    title="上渡街道老旧小区加装电梯提速 年内再添12部",
    authors=["陈鸿"],
    publish_time="2025-10-18 11:03",
    features=["街道 news in a district portal's 街镇动态", "info bar '来源：… | 2025-10-18 11:03' with no labels on the date",
              "closing credit line '（作者：陈&nbsp;&nbsp;鸿　编辑：郑丽　审核：黄建平）' (author spaced; editor/审核 not authors)",
              "quoted speech from residents", "list of three measures", "photo with caption", "右侧 热门 list, 长者模式 toggle, footer"],
)

BLOCKS = [
    ("p", "10月17日上午，仓山区上渡街道尚藤新村3号楼加装电梯正式投入使用。住在6楼、今年78岁的刘依伯第一次坐着电梯下楼，高兴地说：“以前下楼买菜要歇两三回，现在按一下按钮就到了，心里踏实多了。”"),
    ("img", "居民试乘新电梯", "尚藤新村3号楼居民试乘新投用的电梯。"),
    ("p", "上渡街道辖区内建于上世纪八九十年代的老旧小区较多，老年人口占比超过20%，加装电梯需求迫切。今年以来，街道把加装电梯列入为民办实事项目，截至目前已有19部电梯完工投用，另有12部正在施工，预计年底前全部完成。"),
    ("p", "针对加装电梯中普遍存在的“协调难、审批繁、资金紧”问题，街道主要采取了三项措施："),
    ("li", "一是“楼道议事”促共识。由社区党委牵头，邀请楼栋长、党员和低楼层住户面对面协商，通过补偿、增设遮阳设施等方式化解分歧。"),
    ("li", "二是“一站式”代办审批。街道联合区住建、市场监管等部门开通绿色通道，将审批时间压缩至15个工作日以内。"),
    ("li", "三是多渠道筹措资金。在落实市、区财政补助的基础上，引导居民提取住房公积金用于加装电梯。"),
    ("p", "“加装电梯不光是装一台设备，更是一次邻里关系的重建。”上渡街道相关负责人表示，下一步将探索“加梯+物业”长效管理模式，让电梯建得好、用得好、管得好。"),
    ("x", '<p class="zz">（作者：陈&nbsp;&nbsp;鸿　编辑：郑丽　审核：黄建平）</p>'),
]

R = dict(p="<p>{}</p>", li='<p class="li">{}</p>',
         img=lambda alt, cap: f'<figure>{img(alt)}<figcaption>{cap}</figcaption></figure>')

CSS = """
body{margin:0;font:17px/1.85 -apple-system,"PingFang SC","Microsoft YaHei";background:#f4f6f9;color:#1f2329}
.hd{background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.08)}.hd .in{max-width:1240px;margin:0 auto;display:flex;align-items:center;gap:30px;height:72px}
.hd nav{display:flex;gap:24px;flex:1}.sw{display:flex;gap:8px;font-size:14px}.sw a{border:1px solid #d0d7e2;border-radius:14px;padding:2px 10px}
.wrap{max-width:1240px;margin:20px auto;display:grid;grid-template-columns:1fr 320px;gap:24px}
.card{background:#fff;border-radius:8px;padding:32px 48px}.crumb{font-size:14px;color:#8a919f}h1{font-size:28px;margin:12px 0}
.meta{font-size:14px;color:#8a919f;margin-bottom:20px}.li{padding-left:1em}figure{margin:16px 0;text-align:center}figcaption{font-size:14px;color:#666}
.zz{text-align:right;color:#8a919f;font-size:15px}aside .card{padding:20px}footer{background:#1f2d3d;color:#9aa7b8;font-size:13px;padding:28px 0;text-align:center}
"""


def render(P, body):
    return doc(P, CSS, f"""
<header class="hd"><div class="in">{img("福州市仓山区人民政府")}<nav>{links(["首页","政务公开","政务服务","互动交流","走进仓山"])}</nav>
<div class="sw"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">EN</a></div><input placeholder="搜一搜"></div></header>
<div class="wrap">
<div class="card">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">街镇动态</a></div>
<h1>{P['title_html']}</h1>
<div class="meta">来源：仓山区上渡街道 | {P['publish_time']}　<a href="#">【打印】</a><a href="#">【关闭】</a></div>
{body}
<p style="font-size:14px;color:#8a919f">上一篇：<a href="#">仓山区召开2025年第四季度重点项目推进会</a><br>下一篇：<a href="#">临江街道开展“敬老月”义诊活动</a></p>
</div>
<aside><div class="card"><h3>热门文章</h3><ol>{lis(["仓山区2025年秋季义务教育招生工作顺利完成","福州地铁沿线公交接驳线路调整","仓山区新增3处“口袋公园”","闽江南岸滨江步道全线贯通"])}</ol></div>
<div class="card" style="margin-top:16px;text-align:center">{img("仓山发布")}<p>扫码关注仓山发布</p></div></aside>
</div>
<footer>
<p>主办：福州市仓山区人民政府办公室　承办：福州市仓山区融媒体中心</p>
<p>闽ICP备06022185号-1　闽公网安备 35010402350311号　网站标识码：3501040003</p>
</footer>
""")
