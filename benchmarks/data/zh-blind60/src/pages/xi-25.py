from kit import *

T = "春天去大理古城，避开人潮的5条小巷，本地人都爱去"
PAGE = Page(
    id="xi-25", kind="self-media", site="今日头条（头条号）", title=T,
    authors=["大理文旅观察"], publish_time="2025-03-02 18:44",
    features="头条号 article: 原创 badge, date and account glued with a middle dot (原创2025-03-02 18:44·大理文旅观察), "
             "no person named so the account is the author, numbered sub-headings 01…05, photos with captions, "
             "举报/反馈, account card with 粉丝 count, 相关推荐 with comment counts.",
    css=CSS_SELF + ".orig{border:1px solid #f04142;color:#f04142;font-size:12px;padding:0 3px;margin-right:6px}",
    html_title=T + " - 今日头条",
    head=[
        '<div class="hd"><a href="#">首页</a><a href="#">下载头条</a><a href="#">登录</a>' + search("搜索站内资讯、视频或用户", "搜索") + "</div>\n",
        '<div class="wrap">\n',
        f"<h1>{T}</h1>\n",
        '<div class="meta"><span class="orig">原创</span><span>2025-03-02 18:44</span>·<a href="#">大理文旅观察</a></div>\n',
    ],
    body=[
        P("三月的大理，风花雪月样样俱全。可一到周末，古城的复兴路、人民路就挤满了游客，想安安静静走一走都难。其实古城里还有不少小巷，"
          "人少景美，吃喝也地道，今天就给大家分享5条。"),
        H("01 红龙井", tag="h3"),
        P("一条清澈的溪水穿巷而过，两边是白墙青瓦的民居和小店。早上十点前来，能看到本地老人坐在门口晒太阳、做扎染。"),
        IMG("红龙井", "红龙井的溪水和老宅", cap_tag="p"),
        H("02 洋人街背后的护国路", tag="h3"),
        P("从洋人街拐进去，是一长串卖乳扇、饵丝的小馆子。推荐一碗烧饵块加一杯木瓜水，人均不到20元。"),
        H("03 叶榆路", tag="h3"),
        P("叶榆路沿着古城西侧城墙延伸，能看到苍山积雪。傍晚在城墙下散步，阳光把白族民居的照壁染成金色，特别好拍。"),
        H("04 广武路", tag="h3"),
        P("这里有几家老字号的银器铺和木雕店，手艺人在店里现场打银、雕花，可以停下来看看，不买也不会被催。"),
        H("05 文献路", tag="h3"),
        P("文献路上的杜文秀帅府（大理市博物馆）值得一逛，门票免费，院子里的山茶花这个季节开得正好。"),
        IMG("山茶花", "帅府院内的山茶花"),
        P("最后提醒一句：古城实行机动车限行，建议停好车步行或骑共享单车；三月早晚温差大，记得带件外套。你还知道古城里哪些好逛的小巷？欢迎在评论区分享。"),
    ],
    tail=[
        '<div class="bar"><a href="#">举报/反馈</a></div>\n',
        '<div class="card"><a href="#">大理文旅观察</a><br>分享大理吃喝玩乐、风土人情<br>粉丝 3.2万　获赞 18万<br><a href="#">关注</a></div>\n',
        '<div class="bar">发表评论　<a href="#">写评论...</a>　评论 46</div>\n',
        '<div class="rec"><b>相关推荐</b><ul>' + "".join(f'<li><a href="#">{t}</a> <span>{c}评论</span></li>' for t, c in [
            ("洱海边这家民宿火了，推开窗就是苍山", 128), ("大理三月街民族节时间定了", 57), ("在喜洲吃了一顿破酥粑粑，值了", 33)]) + "</ul></div>\n",
        '</div>\n<div class="foot">© 2025 今日头条 www.toutiao.com　京ICP证140141号　京公网安备 11000002002023号</div>\n',
    ],
)
