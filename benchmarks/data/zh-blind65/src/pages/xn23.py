from blocks import *
from furniture import *

ID, KIND, LANG = "xn-23", "media", "zh"
SITE = "鹭江广电（厦门市级广电新闻客户端的网页版）"
DOC_TITLE = "厦门地铁6号线集美至同安段开始空载试运行"
TITLE = "厦门地铁6号线集美至同安段开始空载试运行"
AUTHORS = ["杨舒涵", "黄嘉乐"]
PUBLISH_TIME = "2024-08-20 07:15"
FEATURES = ("mobile-first page of a city TV app: info bar 来源：鹭江广电 | 2024-08-20 07:15 with a read count; "
            "文/记者 杨舒涵 通讯员 黄嘉乐 line (authors) and 图/受访者供图 credit (not body); short paragraphs; a "
            "numbered list in <ol>; 编辑/校对/审核 block; 打开APP banner and 点赞/评论 bar.")

CSS = """
body{margin:0;font:17px/1.75 -apple-system,"PingFang SC",sans-serif;color:#222;max-width:640px;margin:0 auto}
.app{display:flex;justify-content:space-between;background:#0a84ff;color:#fff;padding:8px 14px;font-size:14px}
.art{padding:14px 16px}
h1{font-size:22px;line-height:1.45;margin:4px 0 8px}
.m{font-size:13px;color:#999}
.by{font-size:14px;color:#666}
.cr{font-size:13px;color:#999;text-align:center}
ol{padding-left:1.4em}
.eds{font-size:13px;color:#aaa;border-top:1px solid #eee;padding-top:8px}
.bar{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:8px;font-size:14px;color:#666}
.ft{font-size:12px;color:#bbb;text-align:center;padding:10px}
"""

BODY = [
    X('<p class="by">文/记者 杨舒涵 通讯员 黄嘉乐　图/受访者供图</p>'),
    P("记者从厦门轨道集团获悉，8月19日起，厦门地铁6号线集美至同安段开始空载试运行，这标志着该线路距离开通运营又近了一步。"),
    IMG("6号线列车驶出高架车站", "6号线列车在高架区间进行空载试运行。", cap_tag="p", cap_cls="cr"),
    P("6号线集美至同安段全长约30.8公里，共设车站17座，其中高架站7座、地下站10座，串联起集美新城、同安新城等片区。"),
    P("空载试运行期间，列车将按照开通后的运行图，在不载客的情况下模拟真实运营场景，主要检验以下内容："),
    UL(["列车、信号、供电等系统的稳定性和可靠性；", "行车组织、客运组织和应急处置能力；", "各岗位人员的协同配合水平。"], tag="ol"),
    P("按照国家有关规定，空载试运行时间不少于3个月。试运行结束后，还需通过初期运营前安全评估，方可开通运营。"),
    P("厦门轨道集团相关负责人表示，6号线开通后，同安城区到集美大学城最快只需约35分钟，将有效缓解岛外东西向交通压力。"),
    X('<p class="eds">编辑：蔡雯　校对：许诺　审核：陈志强</p>'),
]


def page(body):
    return f"""<body>
<div class="app"><span><img alt="鹭江广电"> 鹭江广电　看厦门，更便捷</span><a href="#" style="color:#fff">打开APP</a></div>
<div class="art">
<h1>{TITLE}</h1>
<div class="m">来源：鹭江广电 | {PUBLISH_TIME}　　阅读 1.2万</div>
{body}
</div>
<div class="bar"><span>点赞 326</span><span>评论 48</span><span>分享</span><span>收藏</span></div>
{related("相关推荐", ["厦门地铁4号线首通段开通时间公布", "翔安机场快线最新进展来了", "地铁3号线南延段进入铺轨阶段"], dates=False)}
<div class="ft">© 鹭江广播电视传媒中心　闽ICP备14021709号-3<br>信息网络传播视听节目许可证：1309403</div>
</body>"""
