from blocks import *
from furniture import *

ID, KIND, LANG = "xn-06", "government", "zh"
SITE = "汕头市龙湖区人民政府网（镇街动态：新溪街道）"
DOC_TITLE = "新溪街道全力做好台风“圆规”防御工作_镇街动态_汕头市龙湖区人民政府网"
TITLE = "新溪街道全力做好台风“圆规”防御工作"
AUTHORS = []
PUBLISH_TIME = "2021-10-12"
FEATURES = ("街道 news on a district portal (2018 design); info bar glued with | and a 作者： field that names the "
            "supplying office (新溪街道党政办: not an author, so authors []); lists mixing （一）（二） headings with "
            "1. 2. items in separate <p>s; closing （供稿：…） line; 上一条/下一条; floating 扫一扫 QR.")

CSS = """
body{margin:0;font:14px/1.8 Arial,"Microsoft YaHei";color:#333}
.header{height:120px;background:#1560a8;color:#fff;position:relative;padding:0 60px}
.header h2{margin:0;line-height:120px;font-size:32px}
.toplinks{position:absolute;right:60px;top:8px;font-size:12px}.toplinks a{color:#fff}
.menu{background:#0d4a85}.menu a{color:#fff;display:inline-block;padding:10px 24px}
.page{width:1100px;margin:0 auto;padding:10px}
.artTitle{font-size:24px;text-align:center;color:#1560a8}
.artInfo{font-size:12px;color:#888;text-align:center;padding-bottom:8px;border-bottom:1px solid #ddd}
.artCon p{text-indent:2em;margin:0 0 12px}
.artCon p.h{text-indent:0;font-weight:bold}
.foot{background:#1560a8;color:#fff;font-size:12px;padding:16px 60px}
"""

BODY = [
    P("今年第17号台风“圆规”于10月13日在海南琼海登陆，受其外围影响，我区出现大风和强降雨天气。为切实做好防御工作，新溪街道提前部署、迅速行动，全力保障辖区群众生命财产安全。"),
    P("（一）提前部署，压实责任", cls="h"),
    P("10月11日下午，街道召开防御台风“圆规”工作部署会，传达区三防指挥部工作要求，明确各社区、各部门职责分工。会议要求：", ),
    P("1.各社区立即启动防风应急预案，落实24小时值班和领导带班制度；"),
    P("2.对辖区危房、低洼易涝点、在建工地、户外广告牌进行全面排查；"),
    P("3.提前转移危险区域群众，做好临时安置点的物资准备。"),
    P("（二）全面排查，消除隐患", cls="h"),
    P("街道组织机关干部、社区工作人员和志愿者共230余人，分成18个工作组深入一线开展拉网式排查，共排查危房及简易建筑46处、在建工地9个、户外广告牌132块，发现隐患21处，已全部落实整改或防范措施。"),
    P("（三）转移群众，妥善安置", cls="h"),
    P("截至12日18时，街道共转移安置群众127人，其中老人和儿童58人。安置点为群众准备了饮用水、方便食品、棉被等生活物资，并安排专人值守，确保转移群众“转得出、安置好、有保障”。"),
    P("下一步，新溪街道将继续密切关注台风动态，加强巡查值守，及时处置突发险情，确保安全度汛。"),
    X('<p style="text-align:right">（供稿：新溪街道党政办）</p>'),
]


def page(body):
    return f"""<body>
<div class="header"><h2><img alt="logo"> 汕头市龙湖区人民政府网</h2>
<div class="toplinks"><a href="#">无障碍</a> · <a href="#">长者模式</a> · <a href="#">繁体版</a> · <a href="#">English</a></div></div>
<div class="menu"><a href="#">首页</a><a href="#">走进龙湖</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">专题专栏</a></div>
<div class="page">
<div class="crumb">您当前位置：<a href="#">首页</a> - <a href="#">政务公开</a> - <a href="#">镇街动态</a></div>
<div class="artTitle">{TITLE}</div>
<div class="artInfo">作者：新溪街道党政办 | 时间：{PUBLISH_TIME} | 点击：<span>1,024</span> | 字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="artCon">
{body}
</div>
<div class="pn"><p>上一条：<a href="#">外砂街道开展“双随机”安全生产执法检查</a></p><p>下一条：<a href="#">珠池街道举办“我们的节日·重阳”敬老活动</a></p></div>
<div class="qr"><img src="{QR_GIF}" alt="手机扫码"><p>扫一扫<br>手机浏览</p></div>
</div>
<div class="foot">
<p>龙湖区人民政府办公室主办　龙湖区政务服务数据管理局承办</p>
<p>地址：广东省汕头市龙湖区长江路16号　电话：0754-88482163</p>
<p>粤ICP备11058726号　粤公网安备44050702000388号　网站标识码：4405070004</p>
</div>
</body>"""
