from blocks import *
from furniture import *

ID, KIND, LANG = "xn-40", "institution", "zh"
SITE = "福州市仓山区人民法院（法院网站，审判动态）"
DOC_TITLE = "仓山法院审结一起直播带货虚假宣传纠纷案 - 审判动态 - 福州市仓山区人民法院"
TITLE = "仓山法院审结一起直播带货虚假宣传纠纷案"
AUTHORS = ["林婷婷"]
PUBLISH_TIME = "2023-09-07 16:30:12"
FEATURES = ("court news: info bar 发布时间：2023-09-07 16:30:12　来源：民二庭 (a department, not an author); "
            "【案情】【裁判】【法官说法】 sub-headings; a table of case figures pasted as text: ASCII spaces in a "
            "white-space:pre <div> (gold cells joined by one space); closing byline （民二庭 林婷婷） on its own "
            "line; 字号 and 打印/关闭; court footer with 诉讼服务热线 12368.")

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#222;background:#f4f0ea}
.hd{background:#8b1a1a;color:#ffd700;padding:16px 60px;font-size:28px;font-family:STKaiti}
.nav{background:#6e1414;padding:6px 60px}.nav a{color:#fff;margin-right:20px}
.main{width:1000px;margin:16px auto;background:#fff;padding:24px 50px}
.main h1{font-size:24px;text-align:center;color:#8b1a1a}
.meta{text-align:center;font-size:13px;color:#888}
.text p{margin:0 0 10px}
.sp{white-space:pre;font-family:SimSun,monospace;font-size:14px;margin:0 0 12px}
.r{text-align:right}
.ft{background:#6e1414;color:#e8cfcf;text-align:center;font-size:12px;padding:14px}
"""

BODY = [
    P("近日，仓山区人民法院审结一起因直播带货虚假宣传引发的网络购物合同纠纷案，判决主播所在公司退还货款并支付三倍赔偿。", indent=IND),
    P("<b>【案情】</b>", indent=IND),
    P("2022年11月，消费者张某在某直播间购买了一款标称“纯羊毛”的大衣，价格1980元。收到货后，张某发现衣服起球严重，遂委托检测机构检测，结果显示羊毛含量仅为18%。张某与商家协商退货未果，诉至法院。", indent=IND),
    P("<b>【裁判】</b>", indent=IND),
    P("法院经审理认为，被告在直播中多次宣称商品为“百分百纯羊毛”，与实际成分严重不符，足以误导消费者，构成欺诈。依照《中华人民共和国消费者权益保护法》第五十五条规定，判决被告退还货款1980元，并支付三倍赔偿5940元。", indent=IND),
    P("<b>【法官说法】</b>", indent=IND),
    P("承办法官表示，近年来涉直播带货纠纷呈上升趋势。该院近三年受理此类案件情况如下：", indent=IND),
    TEXTTABLE([
        ["年份", "收案数", "其中虚假宣传"],
        ["2021年", "46件", "12件"],
        ["2022年", "83件", "27件"],
        ["2023年1-8月", "71件", "25件"],
    ], tag="div", cls="sp", pad=" ", br="\n"),
    P("法官提醒，主播和商家应如实介绍商品信息；消费者在直播间购物时，应注意保存录屏、聊天记录和付款凭证，发生纠纷时积极维权。", indent=IND),
    X('<p class="r">（民二庭 林婷婷）</p>'),
]


def page(body):
    return f"""<body>
<div class="hd"><img alt="法徽"> 福州市仓山区人民法院</div>
<div class="nav"><a href="#">首页</a><a href="#">法院概况</a><a href="#">审判动态</a><a href="#">司法公开</a><a href="#">诉讼服务</a><a href="#">法治宣传</a><a href="#">队伍建设</a>{search("请输入关键字")}</div>
<div class="main">
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">审判动态</a></div>
<h1>{TITLE}</h1>
<div class="meta">发布时间：{PUBLISH_TIME}　来源：民二庭　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="#">打印</a>　<a href="#">关闭</a></div>
<div class="text">
{body}
</div>
{related("相关新闻", [("仓山法院发布消费者权益保护典型案例","2023-03-15"),("我院召开网络消费纠纷审判工作座谈会","2023-06-20")])}
</div>
<div class="ft">福州市仓山区人民法院 版权所有　地址：福州市仓山区则徐大道66号　诉讼服务热线：12368<br>闽ICP备13008725号　闽公网安备35010402350188号</div>
</body>"""
