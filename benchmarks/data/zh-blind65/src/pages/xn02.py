from blocks import *
from furniture import *

ID, KIND, LANG = "xn-02", "government", "zh"
SITE = "海口市美兰区人民政府（区政府门户，2023年式）"
DOC_TITLE = "《美兰区促进夜间经济发展若干措施》政策解读-政策解读-海口市美兰区人民政府"
TITLE = "《美兰区促进夜间经济发展若干措施》政策解读"
AUTHORS = []
PUBLISH_TIME = "2023-05-17 16:40"
FEATURES = ("政策解读 with a 【解读】 label before the headline (not title); info bar ABOVE the headline, glued with "
            "full-width separators; paragraphs as <div>s indented with two U+3000 and no blank line between them; "
            "一、二、 sub-headings and （一）（二） items; 长者模式/无障碍/繁体 bar; related-document box; 附件 link; no writer: authors [].")

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei",sans-serif;color:#333}
.topbar{background:#f5f5f5;font-size:13px;padding:4px 40px;display:flex;justify-content:space-between}
.head{background:linear-gradient(#0b57a4,#2f7fd1);color:#fff;padding:26px 40px;font-size:30px}
.nav{display:flex;list-style:none;background:#0a4a8c;margin:0;padding:0 40px}.nav li{padding:10px 22px}.nav a{color:#fff}
.wrapper{width:1200px;margin:0 auto}
.meta{color:#888;font-size:13px;border-bottom:1px solid #e3e3e3;padding:6px 0}
.label{display:inline-block;background:#c8161d;color:#fff;padding:0 6px;margin-right:6px;font-size:14px}
h1{display:inline;font-size:26px}
.article div{margin:0}
.relbox{border:1px solid #d6e4f2;padding:8px 16px;margin-top:20px}
.footer{background:#0a3f78;color:#cfd8e3;padding:20px 40px;font-size:13px}
"""

BODY = [
    DIVS([
        "<b>一、起草背景</b>",
        "夜间经济是城市活力的重要体现。近年来，我区白沙门、海甸岛沿江一带夜间消费持续升温，但也存在业态单一、配套不足、管理粗放等问题。为进一步激发消费潜力，助力海南自由贸易港国际旅游消费中心建设，区商务局会同有关部门起草了《美兰区促进夜间经济发展若干措施》（以下简称《措施》）。",
        "<b>二、主要内容</b>",
        "《措施》共五个方面十五条，主要包括：",
        "（一）培育夜间消费集聚区。每年认定不超过3个区级夜间消费集聚区，对认定的集聚区运营主体给予一次性奖励20万元。",
        "（二）丰富夜间消费业态。支持举办夜市、夜游、夜读、夜赛等活动，对年度内连续举办6个月以上的特色夜市给予最高10万元补助。",
        "（三）完善配套设施。在集聚区周边增设临时停车泊位和公共卫生间，延长公交线路运营时间至23时。",
        "（四）优化营商服务。推行“一窗受理”，对临时占道经营实行备案管理，同一活动的审批时限压缩至3个工作日。",
        "（五）加强安全管理。建立公安、城管、市场监管联合巡查机制，夜间时段每晚巡查不少于2次。",
        "<b>三、适用对象</b>",
        "《措施》适用于在美兰区依法登记注册、具有独立法人资格的企业及个体工商户。同一项目同时符合本区其他扶持政策的，按照“从高不重复”原则给予支持。",
        "<b>四、实施时间</b>",
        "《措施》自2023年6月1日起施行，有效期至2025年12月31日。",
    ]),
]


def page(body):
    return f"""<body>
<div class="topbar"><span>您好，欢迎访问海口市美兰区人民政府网站！</span>
<span><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁体</a> | <a href="#">English</a> | <a href="#">移动版</a></span></div>
<div class="head"><img alt="美兰区人民政府"> 海口市美兰区人民政府<br><small>Meilan District People's Government of Haikou</small>
{search("搜索全站内容")}</div>
{navul(["首页","美兰概况","政务公开","政务服务","互动交流","专题专栏"])}
<div class="wrapper">
{crumb(["首页","政务公开","政策文件","政策解读"])}
<div class="meta">来源：美兰区商务局｜发布时间：{PUBLISH_TIME}｜浏览量：2087｜字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="tt"><span class="label">解读</span><h1>{TITLE}</h1></div>
{share("分享：", ("微信","微博"))}
<div class="article">
{body}
</div>
<div class="relbox"><p>相关文件：<a href="#">海口市美兰区人民政府办公室关于印发《美兰区促进夜间经济发展若干措施》的通知</a></p>
<p>附件：<a href="#">美兰区夜间消费集聚区认定申报表.docx</a></p></div>
{tools('【<a href="#">打印</a>】【<a href="#">关闭</a>】')}
{related("相关解读", [("一图读懂《美兰区促进夜间经济发展若干措施》","2023-05-18"),("《美兰区支持楼宇经济发展办法》政策解读","2023-03-02"),("美兰区2023年稳经济促消费有关措施问答","2023-02-14")])}
</div>
<div class="footer">
<p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">隐私声明</a></p>
<p>主办单位：海口市美兰区人民政府办公室　　承办单位：海口市美兰区大数据管理中心</p>
<p>琼ICP备13002176号-2　　<img alt="公安备案图标">琼公网安备46010802000473号　　网站标识码：4601080003</p>
<p><img alt="党政机关"><img alt="我为政府网站找错"><img alt="适老化无障碍服务"></p>
</div>
</body>"""
