from kit import *

T = "2025雪顿节出行指南来了！展佛时间、交通管制、观展提示一文看懂"
PAGE = Page(
    id="xi-30", kind="self-media", site="微博头条文章", title=T,
    authors=["拉萨发布"], publish_time="2025-08-01 12:40",
    features="微博 article: account name with 发布于 date and 阅读 count, no writer so the account is the author, "
             "schedule table, 【】 section heads, list of tips, 来源 line, 转发/评论/赞 buttons and 微博 footer.",
    css=CSS_SELF + ".vip{color:#f60;font-size:12px}",
    html_title=T,
    head=[
        '<div class="hd"><a href="#">微博</a><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><a href="#">注册</a><a href="#">登录</a></div>\n',
        '<div class="wrap">\n',
        f"<h1>{T}</h1>\n",
        '<div class="meta"><a href="#">拉萨发布</a> <span class="vip">V</span>\n<span>发布于 2025-08-01 12:40</span>\n<span>阅读 2.1万</span></div>\n',
    ],
    body=[
        P("一年一度的雪顿节即将到来！今年雪顿节将于8月23日开幕，哲蚌寺展佛、藏戏汇演、群众性文艺活动轮番登场。为方便广大市民和游客出行，小编整理了这份出行指南，快收藏吧。"),
        H("【主要活动安排】"),
        TB([["时间", "活动", "地点"],
            ["8月23日 清晨", "哲蚌寺展佛", "哲蚌寺"],
            ["8月23日至29日", "藏戏汇演", "罗布林卡"],
            ["8月24日至30日", "“过林卡”群众文化活动", "宗角禄康公园等"]]),
        H("【交通管制】"),
        P("8月22日22时至23日12时，哲蚌寺周边道路实行交通管制，社会车辆禁止通行。市区将开通前往哲蚌寺的免费接驳公交，请提前规划出行路线。"),
        H("【观展提示】"),
        L(["展佛当天人流量大，请老人和儿童结伴出行，不要拥挤；", "清晨气温较低，注意保暖，备好雨具；",
           "请尊重宗教习俗，不要触摸佛像、经幡，拍照请勿使用闪光灯；", "保管好随身财物，遇到困难可向现场执勤民警求助。"]),
        P("祝大家度过一个平安、愉快的雪顿节！"),
    ],
    tail=[
        '<p class="bar">（来源：拉萨日报）</p>\n',
        '<div class="bar"><a href="#">转发 386</a><a href="#">评论 127</a><a href="#">赞 1542</a></div>\n',
        '<div class="card">拉萨发布 拉萨市人民政府新闻办公室官方微博 <a href="#">+关注</a></div>\n',
        '</div>\n<div class="foot">微博客服　意见反馈　舞弊举报　京ICP证100780号　互联网新闻信息服务许可证11220180001</div>\n',
    ],
)
