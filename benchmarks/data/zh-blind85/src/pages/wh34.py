# 数字报 · 宁夏 · 法治类报纸（2016 e-paper, title on two lines, 引题 only, □本报记者 … 文/图 line, 版面导航 grid）
from lib import *

PAGE = dict(
    id="wh-34", kind="e-paper", lang="zh",
    title="巡回法庭开进葡萄园化解用工纠纷",
    authors=["马瑞", "丁宁"],
    publish_time="2025年11月18日 星期二",
    features="2016 legal-paper 数字报 (宁夏); masthead date with 星期 (publish_time keeps the weekday printed next "
             "to it); 版面导航 as a grid of 8 version links; 引题 above a main title broken over two lines "
             "(joined without space), no 副题; byline □本报记者 马　瑞 通讯员 丁　宁 文/图; photo caption; "
             "法官说法 box whose lines are body; 本版其他标题; 上一期/下一期 and 数字报 footer.",
    blocks=[
        P("“工钱的事说清楚了，大家心里都踏实了！”11月14日，在永宁县一处葡萄酒庄的葡萄园里，一场特殊的庭审刚刚结束，12名季节工与酒庄当场签订调解协议，拖欠的9.6万元劳务费将在一周内全部支付。"),
        P("原来，今年9月至10月，这12名工人在酒庄从事葡萄采摘、剪枝等工作，双方约定按天结算工钱。采摘季结束后，酒庄因资金周转困难，迟迟未支付剩余劳务费。工人们多次讨要无果，向永宁县人民法院提起诉讼。"),
        IMG("巡回法庭在葡萄园内开庭"),
        CAP("永宁县人民法院巡回法庭在葡萄园内开庭审理劳务纠纷。"),
        P("考虑到工人们大多来自周边乡村，往返法院不便，且案件事实清楚、争议不大，承办法官决定将巡回法庭开进葡萄园。庭审中，法官一边核对考勤记录和工资台账，一边向酒庄负责人释法明理，最终促成双方达成分期支付协议。"),
        P("据了解，今年以来，永宁县人民法院围绕葡萄酒、枸杞等特色产业，在产区设立巡回审判点6个，就地审理劳务、买卖、土地流转等纠纷130余件，调解成功率达到72%。"),
        H("法官说法"),
        P("季节性用工在农业产业中十分普遍，建议用工单位与劳动者签订书面协议，明确工作内容、工资标准和支付时间；劳动者要注意保存考勤记录、工资条、聊天记录等证据，遇到欠薪可向劳动监察部门投诉或依法向法院起诉。"),
    ],
)

CSS = """
body{margin:0;background:#e8e2d6;font:14px/1.7 "Microsoft YaHei";color:#222}
a{color:#222;text-decoration:none}
.wrap{width:1080px;margin:0 auto;background:#fff}
.mast{display:flex;align-items:flex-end;justify-content:space-between;padding:14px 24px;border-bottom:4px double #7a1f1f}
.mast .nm{font-size:36px;color:#7a1f1f;font-family:"STLiti","隶书",serif}
.mast .dt{font-size:14px;color:#555}
.grid{display:grid;grid-template-columns:repeat(4,1fr);border-bottom:1px solid #ddd;font-size:13px}
.grid a{padding:6px 12px;border-right:1px solid #eee;border-bottom:1px solid #eee}
.grid a.on{color:#7a1f1f;font-weight:bold}
.body{display:flex}
.left{width:320px;padding:12px;border-right:1px solid #eee;font-size:13px}
.left .lk{text-align:center;margin:8px 0}
.left h4{color:#7a1f1f;margin:12px 0 4px;border-bottom:1px solid #7a1f1f}
.left li{line-height:1.9}
.right{flex:1;padding:20px 40px}
.right .yin{text-align:center;font-size:16px;color:#555}
.right .zhu{text-align:center;font-size:30px;font-weight:bold;line-height:1.3;margin:6px 0 14px;color:#7a1f1f}
.right .by{text-align:center;font-size:14px;color:#666;margin-bottom:16px}
.right .tx{font-size:16px;line-height:2}
.right .tx p{text-indent:2em;margin:0 0 10px}
.right .tx h3{font-size:16px;background:#7a1f1f;color:#fff;display:inline-block;padding:0 10px;margin:6px 0 8px}
.right .tx p.cap{text-indent:0;text-align:center;color:#777;font-size:14px}
.foot{border-top:1px solid #ddd;text-align:center;font-size:12px;color:#888;padding:14px;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<p style="text-align:center;text-indent:0">' + img("{t}", 600, 380) + '</p>'})
    vers = ["第01版：要闻", "第02版：综合", "第03版：政法视点", "第04版：法院", "第05版：检察", "第06版：平安", "第07版：普法", "第08版：文苑"]
    grid = "".join('<a href="#"' + (' class="on"' if v.startswith("第04") else "") + f'>{v}</a>' for v in vers)
    html_body = f"""
<div class="wrap">
<div class="mast"><span class="nm">塞上法治报</span><span class="dt">{p["publish_time"]}　<a href="#">上一期</a> | <a href="#">下一期</a> | <a href="#">往期检索</a></span></div>
<div class="grid">{grid}</div>
<div class="body">
<div class="left">
{img("第04版：法院", 296, 420)}
<div class="lk"><a href="#">上一版</a>　<a href="#">下一版</a>　<a href="#">本版PDF</a></div>
<h4>本版其他标题</h4><ul>
<li><a href="#">全区法院开展执行“冬季攻势”</a></li>
<li><a href="#">“家门口”的诉讼服务站</a></li>
<li><a href="#">典型案例：土地流转合同纠纷</a></li></ul>
</div>
<div class="right">
<div class="yin">12名季节工当场拿到调解协议</div>
<div class="zhu">巡回法庭开进葡萄园<br>化解用工纠纷</div>
<div class="by">□本报记者 马　瑞 通讯员 丁　宁 文/图</div>
<div class="tx">
{body}
</div>
</div>
</div>
<div class="foot">塞上法治报社 版权所有　未经许可不得转载　宁ICP备13001962号-2<br>新闻热线：0951-6012815　投稿邮箱：tougao@ssfzb.example</div>
</div>
"""
    return doc("塞上法治报-巡回法庭开进葡萄园化解用工纠纷", CSS, html_body)
