# 上海 · 镇政府 · 公示（2019 town site, bracketed info bar 【发布日期：…】, table with masked names, 公示期）
from lib import *

PAGE = dict(
    id="wl-05", kind="government", lang="zh", site="嘉定区外冈镇人民政府",
    title="关于2025年第三批农村村民建房审批情况的公示",
    authors=[],
    publish_time="2025-10-17",
    features=["公示 with a 6-row table (header row + masked names)", "bracketed info bar 【发布日期：…】【来源：…】【字号：大 中 小】",
              "署名 and 日期 right-aligned (body)", "tab strip of 通知公告/政府信息公开/镇情介绍 lists", "footer with 沪ICP and 沪公网安备"],
)

BLOCKS = [
    ("p", "根据《上海市农村村民住房建设管理办法》及嘉定区相关规定，经村民申请、村民会议讨论、村委会公示、镇规划建设和环境保护办公室审核，现将2025年第三批农村村民建房审批情况予以公示："),
    ("table", [["序号", "村名", "户主", "建房地点", "宅基地面积（㎡）", "建房类型"],
               ["1", "泉泾村", "朱**", "泉泾村7组", "150", "翻建"],
               ["2", "泉泾村", "陆**", "泉泾村11组", "150", "翻建"],
               ["3", "葛隆村", "顾**", "葛隆村3组", "180", "异地新建"],
               ["4", "望新村", "沈**", "望新村5组", "150", "翻建"],
               ["5", "外冈村", "王**", "外冈村9组", "120", "翻建"]]),
    ("p", "公示期为2025年10月17日至2025年10月23日（五个工作日）。公示期间，如对上述审批情况有异议，请以书面形式实名向镇规划建设和环境保护办公室反映，并提供必要的证明材料。匿名来信不予受理。"),
    ("p", "联系地址：嘉定区外冈镇恒业路300号镇政府3号楼208室"),
    ("p", "联系电话：021-59947731"),
    ("sig", "上海市嘉定区外冈镇人民政府"),
    ("sig", "2025年10月17日"),
]

R = dict(table=lambda rows: '<table class="gs">' + "".join(
    "<tr>" + "".join((f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
    for i, r in enumerate(rows)) + "</table>",
    p='<p class="zw">{}</p>', sig='<p class="qm">{}</p>')

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333;background:#f2f2f2}.w{width:1000px;margin:0 auto;background:#fff}
.tb{background:#8c1b13;color:#f7d9a8;height:150px;position:relative}.tb .zz{position:absolute;right:20px;top:10px;font-size:12px}
.tb .zz a{color:#f7d9a8}.nav{background:#a52a1f}.nav a{color:#fff;display:inline-block;width:124px;text-align:center;line-height:40px}
.pos{padding:8px 15px;border-bottom:1px solid #eee}.art{padding:15px 40px}.art h2{text-align:center;color:#8c1b13;font-size:22px}
.bar{text-align:center;color:#999;font-size:12px}.zw{text-indent:2em}.qm{text-align:right;padding-right:3em}
.gs{width:100%;border-collapse:collapse}.gs td,.gs th{border:1px solid #ccc;text-align:center;padding:3px}
.tabs{display:flex}.tabs div{flex:1;padding:0 15px}.foot{text-align:center;font-size:12px;color:#666;border-top:4px solid #8c1b13;padding:12px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="w">
<div class="tb">{img("外冈镇人民政府")}<div class="zz">{links(["设为首页","加入收藏","长者模式","无障碍浏览"], sep="　")}</div></div>
<div class="nav">{links(["首 页","外冈概况","政务公开","镇务动态","通知公告","便民服务","村居风采","互动交流"])}</div>
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">通知公告</a> &gt; <a href="#">公示公告</a></div>
<div class="art">
<h2>{P['title_html']}</h2>
<div class="bar">【发布日期：{P['publish_time']}】【来源：镇规划建设和环境保护办公室】【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<hr>
{body}
<p style="text-align:center">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
</div>
<div class="tabs">
<div><h4>通知公告</h4><ul>{lis(["外冈镇2025年秋季征兵体检通知","关于开展第四季度农村宅基地使用情况核查的通告","2025年度外冈镇城乡居民医保参保提醒"])}</ul></div>
<div><h4>政府信息公开</h4><ul>{lis(["外冈镇2025年部门预算","镇政府信息公开指南","依申请公开办理"])}</ul></div>
</div>
<div class="foot">
<p>版权所有：上海市嘉定区外冈镇人民政府　地址：嘉定区外冈镇恒业路300号　邮编：201806</p>
<p>沪ICP备09061528号-4　沪公网安备 31011402004127号　网站标识码：3101140028</p>
</div>
</div>
""")
