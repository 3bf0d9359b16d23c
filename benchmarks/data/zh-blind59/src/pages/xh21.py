from lib import *

ID = "xh-21"
KIND = "media"
LANG = "zh"
FEATURES = ("city media app-style page (正观新闻, 郑州报业) 2025 design; 引题 over the headline; top byline "
            "'正观新闻记者 杨晓宇/文 赵  冰/图' (writer is the author, photographer is not); info line "
            "'正观新闻 2025-01-08 19:32 河南' with IP 属地; numbered facts in bold; '打开正观新闻APP' overlay text; "
            "点赞/评论 counters")
HEAD_TITLE = "郑州—布达佩斯全货机航线加密至每周12班 | 正观新闻"
TITLE_LINES = ["郑州—布达佩斯全货机航线加密至每周12班"]
AUTHORS = ["杨晓宇"]
TIME = "2025-01-08 19:32"

CSS = """
body{margin:0;background:#fff;font:17px/1.8 -apple-system,"PingFang SC",sans-serif;color:#1a1a1a}
.appbar{position:sticky;top:0;background:#fff;display:flex;align-items:center;padding:10px 20px;border-bottom:1px solid #eee}
.appbar b{color:#1f4fd1;font-size:20px}.appbar .open{margin-left:auto;background:#1f4fd1;color:#fff;border-radius:16px;padding:2px 14px;font-size:14px}
.art{max-width:720px;margin:0 auto;padding:20px}
.art .yt{color:#1f4fd1;font-size:16px;margin:10px 0 0}
.art h1{font-size:26px;line-height:1.4;margin:6px 0 10px}
.art .src{display:flex;gap:10px;font-size:13px;color:#999}
.art .by{font-size:15px;color:#555;margin:16px 0 0}
.art .cnt p{margin:16px 0}
.art .cnt .pic{text-align:center}.art .cnt .pic-cap{font-size:14px;color:#888;text-align:center}
.acts{display:flex;justify-content:space-around;border-top:1px solid #eee;margin-top:20px;padding:12px 0;color:#666}
.more{background:#f5f7fb;padding:16px 20px}
.foot{font-size:12px;color:#aaa;text-align:center;padding:20px}
"""

BODY = [
    P("1月8日，记者从郑州航空港区获悉，自本月起，郑州至匈牙利布达佩斯全货机航线由每周8班加密至每周12班，成为郑州机场通往欧洲班次最密的货运航线之一。"),
    P("这条航线于2021年开通，主要承运跨境电商包裹、精密仪器、汽车零部件和生鲜产品。去年，航线累计运输货物4.3万吨，同比增长36%，其中跨境电商货物占比接近一半。"),
    IMG("货机在郑州机场装载货物", "1月8日，工作人员在郑州机场货运区为全货机装载货物。"),
    P("<strong>1.运力更足：</strong>加密后，航线每周运力提升至约1200吨，可满足春节前后跨境电商“备货潮”的需求。"),
    P("<strong>2.通关更快：</strong>郑州机场海关推行“提前申报、货到验放”，出口货物平均通关时间压缩至2小时以内。"),
    P("<strong>3.辐射更广：</strong>货物抵达布达佩斯后，可通过卡车航班在48小时内分拨至德国、奥地利、捷克等十余个欧洲国家。"),
    P("“航班密了，我们的货就不用在仓库里排队等舱位了。”郑州一家跨境电商企业负责人说，公司今年计划把欧洲市场的销售额再提高三成。"),
    P("郑州航空港区相关负责人表示，今年将继续拓展“空中丝绸之路”航线网络，力争郑州机场货邮吞吐量保持在全国前列。"),
]


def page():
    return f"""<body>
<div class="appbar"><b>{gif("正观新闻")}正观新闻</b><span class="open">打开正观新闻APP</span></div>
<div class="art">
<p class="yt">郑州航空港“空中丝路”再扩容</p>
<h1>{TITLE_LINES[0]}</h1>
<div class="src"><span>正观新闻</span><span>{TIME}</span><span>河南</span></div>
<p class="by">正观新闻记者 杨晓宇/文 赵&nbsp;&nbsp;冰/图</p>
<div class="cnt">
{render(BODY)}
</div>
<p style="color:#999;font-size:13px">编辑：王  璐　审核：张东升</p>
<div class="acts"><span>点赞 268</span><span>评论 31</span><span>分享</span><span>收藏</span></div>
<div class="more"><b>打开正观新闻APP，查看更多精彩内容</b><ul>{ali(["郑州机场2024年货邮吞吐量创历史新高", "航空港区跨境电商进出口额突破百亿元", "郑州至列日航线新增冷链专线"])}</ul></div>
</div>
<div class="foot">郑州报业集团主办　豫ICP备10016931号　互联网新闻信息服务许可证：41120190006</div>
</body>"""
