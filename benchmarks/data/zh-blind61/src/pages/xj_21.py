from lib import *

PAGE = dict(
    id="xj-21", kind="media", lang="zh",
    title="人民大街部分路段8月17日起封闭施工 12条公交线路临时调整",
    authors=["郭思远", "于洋"],
    publish_time="2024/08/15 17:20",
    doc_title="人民大街部分路段8月17日起封闭施工 12条公交线路临时调整 - 长春广播电视台",
    pfmt="div", hfmt="div",
    features="city TV/radio station site; paragraphs in bare divs (single line breaks, no blank lines); date in slashes; "
             "byline line 长春广播电视台记者 … 通讯员 … (authors) and 编辑/审核 line; a 温馨提示 list (body); "
             "a table of bus line changes (rows are body); 扫码下载客户端 caption; footer opening with 如有疑问 sentence.",
    css="""
body{margin:0;font:15px/1.9 "Microsoft YaHei";background:#eef2f7;color:#222}
.w{width:1100px;margin:0 auto}
.hd{background:#0a2f6b;color:#fff;padding:14px 0}
.hd b{font-size:24px}
.hd a{color:#cfe0ff;margin-left:14px}
.box{background:#fff;padding:24px 50px}
.crumb{color:#888;font-size:13px}
h1{font-size:26px;margin:10px 0}
.i{color:#888;font-size:13px}
.by{color:#555;font-size:14px;margin:12px 0}
.text{font-size:17px;line-height:2}
.text div{text-indent:2em}
.text ul{list-style:none;padding-left:2em;margin:0}
.text table{border-collapse:collapse;margin:6px 0 6px 2em}
.text td,.text th{border:1px solid #999;padding:2px 8px;font-size:14px}
.qr{float:right;text-align:center;font-size:12px;color:#888}
.ft{text-align:center;color:#666;font-size:12px;padding:16px 0}
""",
)

HTML = """
<div class="hd"><div class="w"><b>长春广播电视台</b><a href="#">首页</a><a href="#">新闻</a><a href="#">直播</a><a href="#">点播</a><a href="#">广播</a><a href="#">问政</a><a href="#">下载客户端</a></div></div>
<div class="w box">
<div class="qr"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt=""><br>扫码下载“长春+”客户端</div>
<div class="crumb">首页 / 新闻 / 长春新闻</div>
<h1>人民大街部分路段8月17日起封闭施工 12条公交线路临时调整</h1>
<div class="i">发布时间：2024/08/15 17:20　来源：长春广播电视台</div>
<div class="by">长春广播电视台记者 郭思远 通讯员 于洋</div>
<div class="text">
{{BODY}}
</div>
<div class="i" style="margin-top:14px">编辑：马&nbsp;&nbsp;丽　审核：周建平</div>
<p>相关阅读：<a href="#">长春地铁9号线一期工程进展顺利</a>　<a href="#">人民大街综合改造工程启动</a></p>
</div>
<div class="ft">如有疑问，请拨打新闻热线0431-88963210或登录“长春+”客户端留言。<br>长春广播电视台版权所有　吉ICP备13002105号-2　信息网络传播视听节目许可证：0705107</div>
"""

BODY = [
    P("记者15日从长春市公安局交通警察支队获悉，因地铁9号线施工需要，自8月17日0时起至11月30日24时止，人民大街自由大路至卫星路路段东侧半幅道路封闭施工，西侧半幅维持双向通行，车道数由双向8车道缩减为双向4车道。"),
    P("施工期间，途经该路段的12条公交线路将临时调整，其中6条线路绕行，6条线路缩短运营区间。主要调整如下："),
    T([["线路", "调整方式", "临时停靠站"],
       ["62路", "绕行东民主大街", "东民主大街卫星路站"],
       ["240路", "绕行同志街", "同志街自由大路站"],
       ["306路", "终点缩短至自由大路", "取消卫星广场站"]]),
    P("其余线路调整情况可通过“长春公交”微信公众号查询。"),
    P("交警部门提醒，施工期间该路段通行能力下降，预计早晚高峰将出现较大拥堵。温馨提示："),
    L(["1. 请广大驾驶人提前规划出行路线，尽量绕行亚泰大街、同志街等平行道路。",
       "2. 途经施工路段时请减速慢行，服从现场交警和施工人员指挥，切勿随意变道、加塞。",
       "3. 市民出行尽量选择地铁、公交等公共交通方式，乘坐公交时请留意站牌调整信息。"]),
    P("施工期间，交警部门将在路段两端和重要路口增派警力，疏导交通。"),
]
