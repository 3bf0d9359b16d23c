# 机构 · 陕西 国有企业集团官网（2015 design: '作者：韩  冬　来源：北山煤业公司　发布时间：…　点击数：' glued above body, 审核/编辑）
from lib import *

PAGE = dict(
    id="wl-38", kind="institution", lang="zh", site="陕西秦岭能源集团有限责任公司",
    title="北山煤业智能化综采工作面通过验收",
    authors=["韩冬"],
    publish_time="2025-10-16",
    features=["state-enterprise group site (2015)", "info bar above the body '作者：韩&nbsp;&nbsp;冬　来源：北山煤业公司　发布时间：2025-10-16　点击数：'",
              "来源 = a subsidiary (not an author)", "list of acceptance items", "closing '审核：刘涛　编辑：孙悦' (not authors)", "企业文化/子公司 link lists, footer"],
)

BLOCKS = [
    ("p", "近日，北山煤业公司1205智能化综采工作面顺利通过集团公司组织的智能化建设验收，标志着该公司智能化开采迈出了新的步伐。"),
    ("p", "验收组通过现场查看、听取汇报、查阅资料等方式，重点对以下内容进行了检查："),
    ("li", "（一）液压支架电液控制和自动跟机移架系统运行情况；"),
    ("li", "（二）采煤机记忆截割和远程干预功能；"),
    ("li", "（三）工作面视频监控、语音通讯和集控中心“一键启停”功能；"),
    ("li", "（四）智能化系统配套的安全管理制度和人员培训情况。"),
    ("p", "验收组认为，该工作面智能化系统运行稳定，各项指标达到集团公司智能化工作面建设标准要求。工作面投用以来，单班作业人员由原来的14人减少到7人，生产效率提高约20%，现场作业环境和安全保障水平明显改善。"),
    ("p", "北山煤业公司负责人表示，下一步将总结1205工作面建设经验，加快推进掘进工作面和辅助运输系统智能化改造，推动矿井减人、增安、提效。"),
]

R = dict(p="<p>　　{}</p>", li="<p>　　{}</p>")

CSS = """
body{margin:0;font:14px/2 "微软雅黑";color:#333;background:#eef0f3}.w{width:1100px;margin:0 auto;background:#fff}
.bn{height:130px;background:#1c3f6e;color:#fff;font-size:30px;line-height:130px;padding-left:30px}.dh{background:#d71a21}
.dh a{color:#fff;display:inline-block;padding:0 20px;line-height:40px}.ct{display:flex}.lf{width:230px;background:#f5f6f8;padding:10px}
.rt{flex:1;padding:20px 40px}.rt h2{text-align:center;font-size:22px}.xx{text-align:center;color:#888;font-size:12px;background:#f5f6f8}
.sh{text-align:right;color:#888}.ft{background:#1c3f6e;color:#b8c6da;text-align:center;font-size:12px;padding:16px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="w">
<div class="bn">陕西秦岭能源集团有限责任公司</div>
<div class="dh">{links(["首页","集团概况","新闻中心","党建工作","安全生产","企业文化","人力资源","信息公开"])}</div>
<div class="ct">
<div class="lf"><h4>新闻中心</h4><ul>{lis(["集团要闻","基层动态","媒体聚焦","图片新闻","视频新闻"])}</ul>
<h4>子公司</h4><ul>{lis(["北山煤业公司","秦岭电力公司","秦岭化工公司","物资供应公司"])}</ul></div>
<div class="rt">
<p>您的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">基层动态</a></p>
<h2>{P['title_html']}</h2>
<p class="xx">作者：韩&nbsp;&nbsp;冬　来源：北山煤业公司　发布时间：{P['publish_time']}　点击数：</p>
{body}
<p class="sh">审核：刘涛　编辑：孙悦</p>
<p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>
</div>
</div>
<div class="ft">版权所有：陕西秦岭能源集团有限责任公司　地址：西安市雁塔区某某路88号<br>陕ICP备11003856号-1</div>
</div>
""")
