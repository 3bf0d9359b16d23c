from blocks import *
from furniture import *

ID, KIND, LANG = "xn-09", "government", "zh"
SITE = "江门市蓬江区人民政府网站（讲话栏目）"
DOC_TITLE = "在全区优化营商环境工作大会上的讲话--江门市蓬江区人民政府网站"
TITLE = "在全区优化营商环境工作大会上的讲话"
AUTHORS = ["何志远"]
PUBLISH_TIME = "2022-02-18 11:20"
FEATURES = ("讲话 page: speaker line (区委副书记、区长　何志远, the author) and a （2022年2月16日） line under the "
            "headline, neither body; 同志们： opening; Word paste with every paragraph a <p> hard-broken by <br> "
            "every 30–40 characters and indented with &nbsp;&nbsp;&nbsp;&nbsp;; 一、二、三、 sub-headings in bold; "
            "info bar 来源：区政府办 | 发布时间：… | 浏览量 BELOW the article, above a share bar.")

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#eef2f6}
.w{width:1140px;margin:0 auto;background:#fff}
.hd{background:#1f4e8c;color:#fff;padding:22px 30px;font-size:28px}
.nav{background:#173d6f}.nav a{display:inline-block;color:#fff;padding:10px 26px}
.pos{padding:8px 30px;color:#666;font-size:13px}
.art{padding:10px 80px 30px}
.art h1{text-align:center;font-size:26px;margin:14px 0 4px}
.spk{text-align:center;font-family:KaiTi;font-size:17px;margin:2px 0}
.mt{text-align:center;color:#999;font-size:12px;margin:10px 0;border-top:1px solid #eee;padding-top:6px}
.MsoNormal{margin:0 0 10px;font-size:16px;font-family:FangSong}
.foot{background:#1f4e8c;color:#dbe4f0;font-size:12px;padding:18px 30px;text-align:center}
"""

B4 = "&nbsp;" * 4
BODY = [
    X('<p class="spk">区委副书记、区长　何志远</p>'),
    X('<p class="spk">（2022年2月16日）</p>'),
    P("同志们：", cls="MsoNormal"),
    BRP("今天召开全区优化营商环境工作大会，主要任务是总结去年工作，分析当前形势，部署今年优化营商环境重点任务。刚才，区发改局、区政务服务数据管理局作了发言，讲得都很好，我都同意。下面，我讲三点意见。", indent=B4, cls="MsoNormal"),
    P("<b>一、正视差距，增强优化营商环境的紧迫感</b>", indent=B4, cls="MsoNormal"),
    BRP("过去一年，全区上下聚焦企业所需，推出了“蓬江营商十条”，企业开办时间压缩至0.5个工作日，工程建设项目审批时间压缩至35个工作日以内，市场主体总数突破12万户。但也要清醒看到，与先进地区相比，我们在政策兑现速度、涉企服务精准度等方面还有不小差距，个别部门仍存在“门好进、脸好看、事难办”的现象。", indent=B4, cls="MsoNormal"),
    P("<b>二、突出重点，推动营商环境持续提档升级</b>", indent=B4, cls="MsoNormal"),
    BRP("要在“快”字上下功夫，推行“免申即享”，今年惠企资金直达比例要达到60%以上；要在“简”字上下功夫，全面推行证明事项告知承诺制，凡是能通过数据共享获取的材料，一律不再要求企业提供；要在“实”字上下功夫，落实区领导挂点联系重点企业制度，每季度至少走访一次，帮助企业解决用地、用工、融资等实际困难。", indent=B4, cls="MsoNormal"),
    P("<b>三、压实责任，确保各项任务落地见效</b>", indent=B4, cls="MsoNormal"),
    BRP("各镇街、各部门主要负责同志是优化营商环境的第一责任人，要亲自部署、亲自推动。区督查室要把营商环境工作纳入年度督查重点，对工作推进不力、企业反映强烈的问题，要通报、要问责。", indent=B4, cls="MsoNormal"),
    BRP("同志们，营商环境没有最好，只有更好。让我们以更大的决心和更实的举措，为蓬江高质量发展营造一流环境！", indent=B4, cls="MsoNormal"),
]


def page(body):
    return f"""<body>
<div class="w">
<div class="hd"><img alt="蓬江区人民政府"> 江门市蓬江区人民政府网站
<span class="tl"><a href="#">无障碍</a> <a href="#">关怀版</a> <a href="#">繁</a></span>{search("请输入关键字搜索")}</div>
<div class="nav"><a href="#">首页</a><a href="#">蓬江概况</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></div>
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">领导之窗</a> &gt; <a href="#">讲话</a> &gt; 正文</div>
<div class="art">
<h1>{TITLE}</h1>
{body}
<div class="mt">来源：区政府办 | 发布时间：{PUBLISH_TIME} | 浏览量：<span>756</span> | 【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
{share("分享到：", ("微信","微博","QQ空间"), icons=False)}
{related("相关链接", [("蓬江区优化营商环境三年行动方案（2021—2023年）","2021-05-10"),("何志远主持召开区政府常务会议","2022-02-11")])}
</div>
<div class="foot"><p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
<p>主办：江门市蓬江区人民政府　承办：江门市蓬江区政务服务数据管理局</p>
<p>粤ICP备15072903号　<img alt="">粤公网安备44070302000217号　网站标识码：4407030002</p>
<p><img alt="党政机关"></p></div>
</div>
</body>"""
