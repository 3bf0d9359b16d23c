from blocks import *
from furniture import *

ID, KIND, LANG = "xn-10", "government", "zh"
SITE = "钦州市人民政府门户网站（政府文件：批复）"
DOC_TITLE = "钦州市人民政府关于同意钦南区那丽镇总体规划（2022—2035年）的批复 - 钦州市人民政府门户网站"
TITLE = "钦州市人民政府关于同意钦南区那丽镇总体规划（2022—2035年）的批复"
AUTHORS = []
PUBLISH_TIME = "2023-06-15 10:07"
FEATURES = ("批复 with a 信息公开 <ul> (索引号/发文机关/成文日期/发布日期/文号) above the headline; 文号 line "
            "(not body); body as ONE <div> of lines each indented with two U+3000 and joined by <br> — no blank "
            "line between paragraphs; 主送, 署名, 成文日期 body; （此件公开发布） not body; "
            "publish_time from 发布日期 in the metadata (the only info bar).")

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#222}
.tb{background:#f3f3f3;font-size:12px;padding:4px 80px}
.hd{height:100px;background:#0062b4;color:#fff;font-size:30px;padding:24px 80px;box-sizing:border-box}
.nav{background:#004f91;padding:0 80px}.nav a{display:inline-block;color:#fff;padding:10px 20px}
.main{width:1100px;margin:0 auto}
ul.meta{list-style:none;display:grid;grid-template-columns:1fr 1fr;border:1px solid #cfe0ef;background:#f5f9fd;padding:10px;font-size:13px}
h1{text-align:center;font-size:24px;color:#0062b4}
.wh{text-align:center}
.doc{font-family:FangSong;font-size:17px}
.r{text-align:right;margin:0;font-family:FangSong;font-size:17px}
.footer{background:#e8eef4;text-align:center;font-size:12px;padding:18px}
"""

BODY = [
    X('<p class="wh">钦政函〔2023〕45号</p>'),
    LINES([
        ("", "钦南区人民政府："),
        "你区《关于报请审批〈钦南区那丽镇总体规划（2022—2035年）〉的请示》（钦南政报〔2023〕19号）收悉。经研究，现批复如下：",
        "一、原则同意《钦南区那丽镇总体规划（2022—2035年）》（以下简称《规划》）。《规划》确定的那丽镇城镇性质为：以现代农业和农产品加工为主导、商贸服务为特色的钦南区东部中心镇。",
        "二、同意《规划》确定的规模。到2035年，镇域总人口控制在5.6万人以内，镇区人口3.2万人，镇区建设用地控制在3.4平方公里以内。",
        "三、你区要严格落实耕地保护、生态保护和城镇开发边界管控要求，统筹安排基础设施和公共服务设施，重点完善供水、排水、垃圾处理等设施建设，不断提升镇区综合承载能力。",
        "四、《规划》是那丽镇建设和管理的基本依据，任何单位和个人不得擅自变更。确需修改的，须按法定程序报批。你区要加强对《规划》实施的组织领导和监督检查，定期向市人民政府报告实施情况。",
    ], indent=IND, cls="doc"),
    P("钦州市人民政府", cls="r"),
    P("2023年6月12日", cls="r"),
    X('<p class="doc">（此件公开发布）</p>'),
]


def page(body):
    return f"""<body>
<div class="tb">欢迎访问钦州市人民政府门户网站　<a href="#">无障碍浏览</a>　<a href="#">长者模式</a>　<a href="#">繁體</a>　<a href="#">智能问答</a></div>
<div class="hd"><img alt="钦州市人民政府门户网站"> 钦州市人民政府门户网站</div>
<div class="nav"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进钦州</a>{search("搜索")}</div>
<div class="main">
{crumb(["首页","政务公开","政府文件","钦政函"], label="当前位置：", sep=" &gt; ")}
<ul class="meta">
<li>索引号：11450700007595624Y/2023-01873</li><li>文号：钦政函〔2023〕45号</li>
<li>发文机关：钦州市人民政府</li><li>成文日期：2023年06月12日</li>
<li>发布日期：{PUBLISH_TIME}</li><li>主题分类：城乡建设、环境保护\\城市规划</li>
</ul>
<h1>{TITLE}</h1>
<div class="doct">
{body}
</div>
<div class="tools">【<a href="#">字体：大</a> <a href="#">中</a> <a href="#">小</a>】 【<a href="#">打印</a>】 【<a href="#">关闭</a>】</div>
{related("相关解读", [("图解：那丽镇总体规划（2022—2035年）",""),("钦南区城镇体系规划解读","")], dates=False)}
</div>
<div class="footer">
<p>钦州市人民政府办公室主办　钦州市大数据发展和政务服务局承办</p>
<p>桂ICP备05003697号　桂公网安备45070202000135号　网站标识码：4507000001</p>
<p><img alt="党政机关"><img alt="政府网站找错"></p>
</div>
</body>"""
