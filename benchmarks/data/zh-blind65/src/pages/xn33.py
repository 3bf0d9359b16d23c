from blocks import *
from furniture import *

ID, KIND, LANG = "xn-33", "e-paper", "zh"
SITE = "汕海日报数字报（汕尾市级日报电子版）"
DOC_TITLE = "汕海日报 - 海丰“油占米”亩产创新高"
TITLE = "海丰“油占米”亩产创新高"
AUTHORS = ["蔡锦鹏", "郭晓琳"]
PUBLISH_TIME = "2023-11-22"
FEATURES = ("e-paper with 主题 and a 副题 starting with —— (not title); byline ■本报记者 蔡锦鹏 通讯员 郭晓琳; "
            "版面 list and 本版其他文章 list; a <table> of yields inside the article; issue date in 日期：2023-11-22 "
            "beside 版次; 【字号 大 中 小】 and 打印本文; photo caption with 摄 credit.")

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#f1f1f1}
.hd{background:#005f73;color:#fff;padding:10px 40px;font-size:24px}
.bar{background:#fff;padding:6px 40px;font-size:13px}
.con{display:flex;width:1200px;margin:10px auto;gap:16px}
.bm{width:220px;background:#fff;padding:10px}
.art{flex:1;background:#fff;padding:20px 40px}
.main-title{text-align:center;font-size:28px;font-weight:bold}
.sub-title{text-align:center;font-size:17px;color:#444}
.author{text-align:center;font-size:14px;color:#666}
table.tb{border-collapse:collapse;margin:0 auto 14px}table.tb td,table.tb th{border:1px solid #888;padding:3px 14px}
.pic,.caption{text-align:center}
"""

BODY = [
    P("11月中旬，在海丰县可塘镇的万亩稻田里，金黄的稻穗随风起伏，收割机来回穿梭。经县农业农村局组织专家现场测产，当地优质稻品种“油占米”示范片平均亩产达到586公斤，比去年提高31公斤，创历史新高。", indent=IND),
    IMG("收割现场", "可塘镇稻农在收割晚稻。蔡锦鹏 摄"),
    P("“今年用了新的育秧技术和测土配方施肥，稻谷又多又饱满。”种粮大户黄德明种了420亩油占米，他算了一笔账，按照今年的收购价，每亩纯收入能比去年多出200多元。", indent=IND),
    P("据了解，海丰县今年晚稻种植面积达28.6万亩，其中“油占米”等优质稻品种占比超过七成。各主要镇的测产结果如下：", indent=IND),
    TABLE([
        ["镇名", "示范面积（亩）", "平均亩产（公斤）"],
        ["可塘镇", "10200", "586"],
        ["公平镇", "8600", "571"],
        ["赤坑镇", "6300", "565"],
    ]),
    P("海丰县农业农村局局长庄少鸿表示，县里将继续加大高标准农田建设力度，推广良种良法，擦亮“海丰油占米”地理标志品牌，让农民种粮更有“奔头”。", indent=IND),
]


def page(body):
    return f"""<body>
<div class="hd">汕海日报 <small>数字报</small></div>
<div class="bar">日期：{PUBLISH_TIME}　版次：第02版　版名：县区新闻　<a href="#">上一版</a> <a href="#">下一版</a> <a href="#">返回目录</a></div>
<div class="con">
<div class="bm"><h4>版面导航</h4><ul><li><a href="#">01 要闻</a></li><li><a href="#">02 县区新闻</a></li><li><a href="#">03 综合</a></li><li><a href="#">04 文化</a></li></ul>
<h4>本版其他文章</h4><ul><li><a href="#">陆丰碣石湾海上风电项目全面并网</a></li><li><a href="#">城区开展冬季消防安全大检查</a></li></ul></div>
<div class="art">
<p class="main-title">{TITLE}</p>
<p class="sub-title">——示范片平均亩产586公斤，比去年增加31公斤</p>
<p class="author">■本报记者 蔡锦鹏 通讯员 郭晓琳</p>
<p class="tl">【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">打印本文</a></p>
{body}
</div></div>
<div style="text-align:center;font-size:12px;color:#666">汕海日报社主办　版权所有 严禁转载　粤ICP备06033172号</div>
</body>"""
