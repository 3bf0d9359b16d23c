from lib import *

ID = "xh-04"
KIND = "government"
LANG = "zh"
FEATURES = ("city portal (三亚市人民政府) 政策解读: the interpreted document's name printed under the headline as a "
            "'解读文件：《…》' link line (not title, not body); info bar with 信息来源 and 字号 [大][中][小]; Q&A-style "
            "sections with a measure list; 解读机构/联系电话 closing lines (not body); 相关文件 box; 2022 design with 长者模式")
HEAD_TITLE = "解读：三亚出台十条措施支持海洋旅游消费-政策解读-三亚市人民政府网"
TITLE_LINES = ["解读：三亚出台十条措施支持海洋旅游消费"]
AUTHORS = []
TIME = "2024-03-28 15:40"

CSS = """
body{margin:0;font:15px/1.8 "PingFang SC","Microsoft YaHei";background:#eef6f9;color:#333}
.hd{background:#0a7cb4;color:#fff;padding:0 calc(50% - 600px)}
.hd .r{float:right;font-size:13px}.hd .r a{color:#e8f6ff;margin-left:14px}
.hd h1.site{margin:0;font-size:30px;line-height:96px}
.hd nav a{color:#fff;margin-right:34px;font-size:17px;line-height:48px}
.box{width:1100px;margin:20px auto;background:#fff;padding:26px 60px}
.loc{font-size:13px;color:#888}
h2.tit{font-size:28px;text-align:center;color:#0a4f75;margin:30px 0 6px}
.docname{text-align:center;font-size:15px;margin:0 0 14px}.docname a{color:#0a7cb4}
.meta{display:flex;justify-content:center;gap:26px;font-size:13px;color:#999;border-bottom:1px solid #e5e5e5;padding-bottom:12px}
.zoom a{margin:0 2px}
.article p{text-indent:2em;margin:14px 0}
.article h4{margin:20px 0 6px;color:#0a4f75}
.article ol{list-style:none;padding-left:2em}.article li{margin:6px 0}
.jdjg{color:#666;text-align:right}
.xgwj{border-top:2px solid #0a7cb4;margin-top:30px}
.share{margin-top:20px;font-size:13px}
.ft{background:#0b3d5a;color:#b8cfdc;text-align:center;padding:24px;font-size:13px}
"""

BODY = [
    H("一、起草背景", tag="h4"),
    P("海洋旅游是三亚旅游业的特色和优势所在。近年来，游艇、潜水、帆船等海洋旅游新业态快速发展，但也存在产品同质化、消费场景不足、服务标准不统一等问题。为进一步释放海洋旅游消费潜力，助力国际旅游消费中心建设，市旅游和文化广电体育局会同相关部门起草了《三亚市促进海洋旅游消费若干措施》（以下简称《措施》）。"),
    H("二、主要内容", tag="h4"),
    P("《措施》共十条，围绕“丰富产品、培育主体、优化服务、加强监管”四个方面提出具体举措，主要包括："),
    LI(["（一）支持开发海上夜游、海岛露营、休闲海钓等新产品，对新开通并稳定运营一年以上的海上旅游航线给予一次性奖励；",
        "（二）鼓励游艇租赁企业提档升级，对新购置并在本市登记的公共旅游用途游艇按购置价的一定比例给予补贴；",
        "（三）推动潜水、冲浪、帆船等培训机构标准化建设，对获得国际认证的培训机构给予奖励；",
        "（四）举办海洋旅游消费季活动，统筹发放海洋旅游消费券；",
        "（五）建立海洋旅游项目“红黑榜”制度，严厉打击“零负团费”和强制消费行为。"], ordered=True),
    H("三、适用范围", tag="h4"),
    P("《措施》适用于在三亚市依法登记注册、具有独立法人资格并从事海洋旅游经营活动的企业，受到行政处罚未满一年或被列入严重失信主体名单的企业不享受相关扶持。"),
    H("四、实施时间", tag="h4"),
    P("《措施》自2024年4月1日起施行，有效期至2026年3月31日。具体申报指南由市旅游和文化广电体育局另行发布。"),
]


def page():
    return f"""<body>
<div class="hd"><div class="r"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">English</a><a href="#">个人登录</a><a href="#">法人登录</a></div>
<h1 class="site">{gif("三亚市人民政府")}三亚市人民政府</h1>
<nav><a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">魅力三亚</a></nav></div>
<div class="box">
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">文字解读</a></div>
<h2 class="tit">{TITLE_LINES[0]}</h2>
<p class="docname">解读文件：<a href="#">《三亚市促进海洋旅游消费若干措施》</a></p>
<div class="meta"><span>发布日期：{TIME}</span><span>信息来源：三亚市旅游和文化广电体育局</span><span class="zoom">字号：<a href="#">[大]</a><a href="#">[中]</a><a href="#">[小]</a></span></div>
<div class="article">
{render(BODY)}
<p class="jdjg">解读机构：三亚市旅游和文化广电体育局</p>
<p class="jdjg">联系电话：0898-88659217</p>
</div>
<div class="xgwj"><h4>相关文件</h4><ul>{ali(["三亚市人民政府办公室关于印发《三亚市促进海洋旅游消费若干措施》的通知", "三亚市2024年海洋旅游消费季活动方案"])}</ul></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　　<a href="#">【打印】</a><a href="#">【关闭】</a></div>
</div>
<div class="ft"><p>主办单位：三亚市人民政府办公室　运维单位：三亚市大数据管理局</p>
<p>琼ICP备09004311号　琼公网安备 46020002000104号　网站标识码：4602000007</p>
<p>{gif("党政机关")}　{gif("政府网站找错")}　{gif("适老化无障碍服务")}</p></div>
</body>"""
