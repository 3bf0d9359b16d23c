# 头条号 article: meta "原创 2024-06-03 07:45·津城百事通" glued with a middle dot; 关注 button; the body quotes
# a 通告 with its items; 举报/反馈, comment box and 相关推荐. No person named, so the account is the author.
from lib import *

TITLE = ["6月15日起，天津这些电动自行车不能再上路了"]

blocks = [
    ("p", "近日，天津市公安局交通管理局发布《关于加强电动自行车通行管理的通告》，明确6月15日起对电动自行车通行实施多项管理措施。"
          "身边骑电动车的朋友一定要注意了！"),
    ("p", "通告中最受关注的有以下几条："),
    ("p", "一是未上牌的电动自行车不得上道路行驶。目前仍在使用临时号牌的，应当在6月14日前到指定地点换领正式号牌，逾期临时号牌作废。"),
    ("p", "二是不符合新国标的超标电动自行车，过渡期已于去年底结束，一律不得上道路行驶。"),
    ("p", "三是驾驶电动自行车应当佩戴安全头盔，搭载12周岁以下未成年人的，应当使用固定座椅，未成年人也要戴头盔。"),
    ("p", "四是禁止加装遮阳棚、挡风被等影响安全驾驶的装置。"),
    ("p", "对于违反规定的，交警部门将依法予以处罚，情节严重的可暂扣车辆。"),
    ("p", "小编提醒，换领正式号牌不收取任何费用，市民可以通过“天津交警”微信公众号提前预约，避免排队。"
          "家里有超标车的，还可以参加“以旧换新”活动，最高可获得500元补贴。"),
    ("p", "你身边还有人骑超标车吗？欢迎在评论区留言。"),
]
body = Body(blocks, dict(container="p", indent="none"))

css = CSS_BASE + """
.tt-header{height:60px;border-bottom:1px solid #eee;display:flex;align-items:center;justify-content:space-between;padding:0 20px}
.tt-logo{color:#f04142;font-size:24px;font-weight:bold}
.article-main{width:660px;margin:20px auto}
.article-main h1{font-size:28px;line-height:1.4}
.article-meta{color:#999;font-size:14px;margin:12px 0 24px}
.article-meta span{margin-right:8px}
.follow{background:#f04142;color:#fff;border:0;padding:4px 12px}
.article-content{font-size:18px;line-height:1.8}
.article-content p{margin:0 0 20px}
.side-user{position:absolute;right:40px;top:80px;width:260px}
.tt-foot{color:#999;font-size:12px;text-align:center;margin:40px 0}
"""

html = doc(TITLE[0] + " - 今日头条", css, "".join([
    div(div(esc("今日头条"), "tt-logo") + div(links(["首页", "下载头条", "登录"], sep=" ", tag=None)), "tt-header"),
    div("".join([
        title_html(TITLE, "h1", None),
        div(span("原创") + span("2024-06-03 07:45·津城百事通") + t("button", "+ 关注", "follow"), "article-meta"),
        body.html,
        div(links(["举报/反馈"], tag=None), "report"),
        div(esc("评论 28") + t("input", type="text", placeholder="写下你的评论...") + t("button", "评论"), "comment"),
        listbox("相关推荐", ["天津电动自行车换牌点一览，收藏备用", "骑电动车不戴头盔？交警：罚！", "以旧换新补贴怎么领？看这篇就够了"],
                more=None),
    ]), "article-main"),
    div(div(esc("津城百事通")) + div(esc("天津本地生活资讯，每天为你推送实用信息")) + div(esc("128篇文章 · 3.6万粉丝")), "side-user"),
    div(esc("© 2024 今日头条 jinritoutiao.com　京ICP备12031458号-3　网络文化经营许可证"), "tt-foot"),
]))

PAGE = dict(
    id="xk-26", kind="self-media", lang="zh", title=TITLE,
    authors=["津城百事通"], publish_time="2024-06-03 07:45",
    body=body, html=html,
    features="头条号 article; meta “原创 date·account” glued with a middle dot and a + 关注 button; no person named, "
             "so the account name is the author; quoted 通告 items as paragraphs; comment box placeholder; "
             "account card after the article.",
)
