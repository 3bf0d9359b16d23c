from lib import *

META = dict(
    id="xu-30", kind="self-media", lang="zh",
    title="9月15日起，银川这几条路段施工封闭，出行请绕行",
    authors=["宁夏出行提示"],
    publish_time="2025-09-14 20:03",
)
FEATURES = ("微博头条文章 page (2023 card layout): weibo logo bar, title, account name with 认证 text and follower "
            "count, date + 阅读数 line, road list with 绕行 suggestions, a closure table, 转发/评论/赞 counters, 热门评论 with user names and dates, 相关推荐; account = author.")

BODY = [
    P("据银川市交管部门消息，因城市道路维修和地下管网改造施工需要，自9月15日起，银川市以下路段将实施封闭或半封闭施工。请广大驾驶人提前规划出行路线，注意避让。"),
    H("一、封闭施工路段"),
    T([
        ["路段", "施工方式", "施工时间"],
        ["北京中路（正源街至民族街）", "半封闭，占用北侧两条车道", "9月15日至10月20日"],
        ["解放西街（凤凰街至文化街）", "夜间封闭（22时至次日6时）", "9月15日至9月30日"],
        ["宝湖路（亲水大街至金凤十路）", "全封闭", "9月16日至11月15日"],
    ]),
    H("二、绕行建议"),
    L([
        "前往北京中路的车辆可提前经长城中路、黄河东路绕行；",
        "解放西街夜间施工期间，东西向车辆可经新华街、北京路通行；",
        "宝湖路封闭期间，前往宝湖公园方向的车辆建议经亲水大街、阅海湾大道绕行。",
    ]),
    P("施工期间，涉及路段公交线路将临时调整，具体以公交公司发布的信息为准。交警部门将在施工路段设置提示标志，并安排警力加强疏导。"),
]

CSS = """
body{margin:0;background:#f1f2f5;font:15px/1.8 "PingFang SC","Microsoft YaHei";color:#333}
.wb-nav{background:#fff;height:48px;line-height:48px;padding:0 24px;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.wb-nav .lg{color:#ff8200;font-weight:bold;font-size:20px}
.wb-nav input{margin-left:40px;border-radius:16px;border:1px solid #ddd;padding:2px 12px}
.wb-nav .rt{float:right;font-size:14px}
.wb-card{width:700px;margin:20px auto;background:#fff;border-radius:4px;padding:30px 40px}
.wb-card .title{font-size:26px;font-weight:bold;line-height:1.5;margin-bottom:16px}
.wb-author{display:flex;gap:10px;align-items:center;font-size:14px}
.wb-author .n{color:#eb7350;font-weight:bold}
.wb-author .v{font-size:12px;color:#999}
.wb-time{font-size:13px;color:#999;margin:8px 0 24px}
.WB_editor_iframe p{margin:0 0 16px}
.WB_editor_iframe h2{font-size:17px;margin:20px 0 10px}
.WB_editor_iframe table{border-collapse:collapse;width:100%;font-size:14px;margin-bottom:16px}
.WB_editor_iframe td,.WB_editor_iframe th{border:1px solid #e0e0e0;padding:6px}
.WB_editor_iframe ul{padding-left:1.2em}
.wb-handle{display:flex;justify-content:space-around;border-top:1px solid #eee;margin-top:20px;padding-top:10px;font-size:14px;color:#808080}
.wb-cmt{width:700px;margin:0 auto 20px;background:#fff;padding:20px 40px;box-sizing:border-box;font-size:14px}
.wb-cmt .c{border-bottom:1px solid #f2f2f2;padding:8px 0}
.wb-cmt .c span{color:#eb7350}
.wb-cmt .c i{display:block;font-size:12px;color:#999;font-style:normal}
"""


def html():
    body = render(BODY, h="<h2>{}</h2>")
    t = META["title"]
    return doc(t, CSS, f"""
<div class="wb-nav"><span class="lg">微博</span><input type="text" placeholder="搜索微博"><span class="rt"><a href="#">首页</a>　<a href="#">发现</a>　<a href="#">登录</a> | <a href="#">注册</a></span></div>
<div class="wb-card">
 <div class="title">{e(t)}</div>
 <div class="wb-author"><img alt="" src="{GIF}"><div><span class="n">宁夏出行提示</span><br><span class="v">微博认证：宁夏交通出行资讯博主　粉丝 86.4万</span></div><a href="#">+ 关注</a></div>
 <div class="wb-time">2025-09-14 20:03　阅读 3.2万</div>
 <div class="WB_editor_iframe">
{body}
 </div>
 <div class="wb-handle"><span>转发 412</span><span>评论 156</span><span>赞 903</span></div>
</div>
<div class="wb-cmt"><b>热门评论</b>
 <div class="c"><span>塞上小马哥</span>：宝湖路一封，早高峰又得堵了<i>9-14 20:15 来自宁夏</i></div>
 <div class="c"><span>银川吃货日记</span>：收到，转给家里人<i>9-14 20:31 来自宁夏</i></div>
 <div class="c"><span>阅海边的风</span>：希望施工快一点，按时完工<i>9-14 21:02 来自宁夏</i></div>
</div>
<div class="wb-cmt"><b>相关推荐</b><br><a href="#">银川多条公交线路9月15日起临时调整</a><br><a href="#">宁夏高速国庆假期免费通行时间公布</a></div>
""")
