# 微博 头条文章 of a traffic-police account: "津门交警 发布于 2024-01-15 11:20" meta, 阅读数, 转发/评论/赞 counts,
# #话题# tags; numbered tips; no person named, so the account is the author.
from lib import *

TITLE = ["春节返乡出行，这份天津高速路况提示请收好"]

blocks = [
    ("p", "#春运出行# 春节将至，返乡、探亲、旅游车流将明显增加。根据往年数据和今年出行预测，"
          "津门交警为大家梳理了春节期间天津高速公路的易拥堵路段和出行建议，请提前规划路线，错峰出行。"),
    ("h", "一、易拥堵时段"),
    ("p", "节前2月7日至9日的14时至20时，节后2月16日至17日的12时至22时，为高速公路出京、返京方向车流高峰，"
          "预计最高日通行量将达到平日的1.4倍。"),
    ("h", "二、易拥堵路段"),
    ("ol", ["1.京沪高速泗村店至大王古庄段；", "2.京津塘高速杨村至宜兴埠段；", "3.荣乌高速天津港收费站附近；", "4.津晋高速与唐津高速互通立交。"]),
    ("h", "三、温馨提示"),
    ("p", "出行前请检查车辆轮胎、灯光、制动等情况，遇雨雪天气减速慢行、保持车距。车辆发生故障或轻微事故时，"
          "请立即开启危险报警闪光灯，在车后方150米外设置警告标志，人员迅速转移到护栏外，并拨打122报警。"),
    ("p", "春节期间7座以下（含7座）小型客车免费通行高速公路，免费时段以车辆驶离出口收费车道的时间为准。"),
]
body = Body(blocks, dict(container="p", indent="none", heading="strong"))

css = CSS_BASE + """
body{background:#f0f2f5}
.WB_global_nav{background:#fff;height:50px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 60px}
.article{width:760px;margin:20px auto;background:#fff;padding:30px 60px}
.article h1{font-size:26px}
.W_face_radius{display:inline-block}
.meta{color:#808080;font-size:13px;margin:10px 0 24px}
.meta span{margin-right:10px}
.article-content{font-size:16px;line-height:28px}
.article-content p{margin:0 0 16px}
.WB_handle{border-top:1px solid #eee;display:flex;justify-content:space-around;padding:12px 0;color:#808080}
"""

html = doc(TITLE[0], css, "".join([
    div(esc("微博") + search("大家都在搜：春运", "搜索") + links(["首页", "视频", "发现", "游戏", "注册", "登录"], sep=" ", tag="div"),
        "WB_global_nav"),
    div("".join([
        title_html(TITLE, "h1", None),
        div(img("津门交警", cls="W_face_radius") + span("津门交警") + span("发布于 2024-01-15 11:20") + span("阅读数：8.6万"),
            "meta"),
        body.html,
        div(span("#春运出行#") + span("#天津交警提示#"), "topics"),
        div(span("转发 312") + span("评论 145") + span("赞 987"), "WB_handle"),
        div(esc("同时转发到我的微博") + t("input", type="text", placeholder="发布你的评论") + t("button", "评论"), "comment"),
    ]), "article"),
    div(esc("微博客服　意见反馈　舞弊举报　开放平台　微博招聘　新浪网导航　京ICP证100294号"), "foot"),
]))

PAGE = dict(
    id="xk-30", kind="self-media", lang="zh", title=TITLE,
    authors=["津门交警"], publish_time="2024-01-15 11:20",
    body=body, html=html,
    features="微博 头条文章; meta with avatar alt, account, “发布于 date”, 阅读数; #话题# tag opening the first paragraph; "
             "numbered ordered list; topic tags, 转发/评论/赞 counts and comment box after the body; account as author.",
)
