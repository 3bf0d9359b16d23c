# 贵州 毕节市七星关区人民法院 — court news/case, question headline with quotes, spaced author names
from kit import *
import styles

CSS = styles.GOV_DIV_2018.replace("#1565c0", "#8b1a1a").replace("#0d47a1", "#6e1313") + """
.info{background:#f7f2f2;padding:8px}
.article-content blockquote{margin:10px 2em;padding:8px 14px;background:#faf6f0;border-left:4px solid #8b1a1a;font-size:15px}
.emblem{float:left;margin:40px 14px 0 0}
"""

HL = Headline("“租来”的婚房被卖了，租客能住到期吗？")

BODY = Body([
    P("小王和女友准备结婚，2023年3月租下了城区一套三居室作为婚房，与房东签订了为期三年的租赁合同，并一次性支付了一年租金。没想到，入住不到一年，房东就把房子卖给了张某。张某办理过户后，要求小王一家一个月内搬走。"),
    P("小王认为自己的租赁合同还没到期，拒绝搬离。张某遂诉至七星关区人民法院，请求判令小王腾退房屋。"),
    H("法院审理"),
    P("法院经审理认为，小王与原房东签订的房屋租赁合同系双方真实意思表示，合法有效，且小王已实际占有使用该房屋。原房东在租赁期限内将房屋出售给张某，不影响租赁合同的效力。张某作为新的所有权人，应当继续履行原租赁合同。据此，法院判决驳回张某的诉讼请求。"),
    H("法官说法"),
    P("这就是通常所说的“买卖不破租赁”规则。《中华人民共和国民法典》第七百二十五条规定："),
    Q("租赁物在承租人按照租赁合同占有期限内发生所有权变动的，不影响租赁合同的效力。"),
    P("法官提醒，购买房屋前应实地查看房屋使用情况，了解是否存在租赁关系，避免日后产生纠纷；承租人也应妥善保管租赁合同和租金支付凭证，在权益受到侵害时依法维权。"),
], mode="p")

PAGE = dict(
    id="xz-40", kind="institution", lang="zh", region="贵州", site="毕节市七星关区人民法院",
    features="法院网站以案说法；标题以引号词开头、逗号和问号；信息栏“作者：刘  洋 张思远　发布时间：2024-09-26 10:12:35”（空格两字名，日期带秒）；"
             "“法院审理”“法官说法”小标题；法条用<blockquote>；<title>中标题标点改了（去掉问号）",
    title_tag="“租来”的婚房被卖了 租客能住到期吗_以案说法_毕节市七星关区人民法院",
    css=CSS,
    meta={"description": "买卖不破租赁"},
    authors=["刘洋", "张思远"],
    publish_time="2024-09-26 10:12:35",
    parts=[
        '<div class="top"><div class="w1200"><div class="l">毕节市七星关区人民法院欢迎您！</div><div class="r"><a href="#">无障碍</a><a href="#">诉讼服务网</a><a href="#">12368热线</a></div></div></div>',
        '<div class="head"><div class="w1200">' + img("法徽", cls="emblem") + '<div class="logo">毕节市七星关区人民法院</div>' + search("全站搜索") + "</div></div>",
        '<div class="nav">' + ul(["首页", "法院概况", "法院动态", "审判执行", "以案说法", "诉讼服务", "司法公开", "队伍建设"]) + "</div>",
        '<div class="w1200">',
        crumbs(["首页", "以案说法"], label="当前位置：", sep=" &gt; "),
        '<div class="main">',
        HL,
        '<div class="info"><span>作者：刘&nbsp;&nbsp;洋 张思远</span><span>发布时间：2024-09-26 10:12:35</span><span>来源：七星关区法院</span></div>',
        BODY,
        '<div class="share"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>',
        '<div class="related"><h3>以案说法</h3>' + dated_list([
            ("房东卖房，租客能否继续居住？", "2024-09-26"), ("微信聊天记录能否作为借款证据", "2024-09-10"),
            ("高空抛物致人损害，谁来担责", "2024-08-29")]) + "</div>",
        "</div></div>",
        footer(["毕节市七星关区人民法院 版权所有　地址：毕节市七星关区洪山路116号　邮编：551700",
                "黔ICP备13004718号-1　诉讼服务热线：12368"]),
    ],
)
