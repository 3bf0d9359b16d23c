from blocks import *
from furniture import *

ID, KIND, LANG = "xn-38", "institution", "zh"
SITE = "粤西港务集团有限公司（国有企业官网，公司新闻）"
DOC_TITLE = "集团湛江港区30万吨级散货码头吞吐量创新高 - 粤西港务集团有限公司"
TITLE = "集团湛江港区30万吨级散货码头吞吐量创新高"
AUTHORS = ["李思源"]
PUBLISH_TIME = "2024/10/29"
FEATURES = ("state enterprise site; date with slashes after 发布日期：; 文/ 李思源　图/ 陈卓 line (writer only); "
            "paragraphs as <div>s indented with two U+3000 and no blank line between them; a 【】 bracketed "
            "sub-heading; 扫码关注 QR; 企业 footer with 备案号; 相关新闻 list.")

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#222}
.hdr{display:flex;justify-content:space-between;align-items:center;padding:14px 8vw;background:#0d2f57;color:#fff}
.hdr b{font-size:24px}
.hdr a{color:#fff;margin-left:18px}
.banner{height:160px;background:#1b4c84;color:#fff;font-size:30px;padding:50px 8vw;box-sizing:border-box}
.container{width:1100px;margin:20px auto}
h3.t{font-size:24px;text-align:center}
.d{text-align:center;color:#999;font-size:13px}
.txt div{margin:0}
.q{display:flex;gap:20px;font-size:12px}
.ft{background:#0d2f57;color:#9fb3cc;font-size:12px;padding:18px 8vw}
"""

BODY = [
    X('<p class="d">文/ 李思源　图/ 陈卓</p>'),
    DIVS([
        "10月28日，随着满载17.6万吨铁矿石的“海洋之星”轮在集团湛江港区30万吨级散货码头靠泊卸货，该码头今年累计吞吐量突破4200万吨，提前两个月超过去年全年水平，创建成投产以来新高。",
        "【智慧码头提质增效】",
        "今年以来，集团加快推进散货码头智能化改造，投用了自动化卸船机、智能堆取料机和无人值守装车系统。改造后，单船平均卸船效率提升18%，大型船舶平均在港时间缩短约10小时。",
        "“以前卸一条大船要三四天，现在两天多就能完成，船东很满意。”码头操作部经理黄振宇说。",
        "【拓展腹地稳定货源】",
        "集团主动对接西南地区钢铁、电力企业，开通“港口+铁路”多式联运班列，铁矿石、煤炭等大宗货物经湛江港中转后直达广西、贵州、云南等地。今年前三季度，多式联运业务量同比增长26%。",
        "集团相关负责人表示，下一步将继续加大港口基础设施和数字化建设投入，提升综合服务能力，助力湛江打造现代化沿海港口城市。",
    ], cls="txtd"),
]


def page(body):
    return f"""<body>
<div class="hdr"><b><img alt="粤西港务"> 粤西港务集团有限公司</b><nav><a href="#">首页</a><a href="#">走进集团</a><a href="#">新闻中心</a><a href="#">业务板块</a><a href="#">党建园地</a><a href="#">社会责任</a><a href="#">联系我们</a></nav></div>
<div class="banner">新闻中心<br><small>NEWS CENTER</small></div>
<div class="container">
<div class="loc">首页 &gt; 新闻中心 &gt; 公司新闻</div>
<h3 class="t">{TITLE}</h3>
<p class="d">发布日期：{PUBLISH_TIME}　　浏览次数：1532</p>
<div class="txt">
{body}
</div>
<p><a href="#">返回列表</a></p>
{related("相关新闻", [("集团召开四季度安全生产工作会议","2024/10/21"),("湛江港区集装箱航线再添新线","2024/10/15")])}
</div>
<div class="ft"><div class="q"><div><img src="{QR_GIF}" alt="微信公众号"><br>扫码关注官方微信</div><div><img src="{QR_GIF}" alt="视频号"><br>官方视频号</div></div>
<p>Copyright © 粤西港务集团有限公司 版权所有　地址：广东省湛江市霞山区友谊路1号　电话：0759-2258000</p>
<p>粤ICP备08126551号　粤公网安备44080302000175号</p></div>
</body>"""
