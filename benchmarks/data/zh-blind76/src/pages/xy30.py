from lib import *

NOTES = "澎湃号·政务 article (Yunnan police account): account name above the date, 来源：澎湃新闻·澎湃号·政务 line, 字号, case stories with 案例一/案例二 sub-headings, warning list, closing own-line source note （来源：…） (not body), 澎湃号声明 and 关键词 tags, 相关推荐; the account is the author."

META = dict(id="xy-30", kind="self-media", lang="zh",
            title="警惕！“刷单返利”骗局又换新花样，已有人被骗8万余元",
            authors=["普洱公安网警"],
            publish_time="2025-06-13 19:32")

HEAD_TITLE = "警惕！“刷单返利”骗局又换新花样，已有人被骗8万余元_澎湃号·政务_澎湃新闻"

CSS = """
body{margin:0;background:#fff;font-family:"Microsoft YaHei";color:#000}
.pp-hd{border-bottom:1px solid #ddd;height:64px;display:flex;align-items:center;padding:0 60px;justify-content:space-between}
.pp-hd .lg{font-size:26px;font-weight:bold;color:#00a5eb}
.pp-hd a{color:#333;font-size:15px;margin-left:18px}
.pp-news{width:640px;margin:30px auto}
.pp-news .news_title{font-size:28px;font-weight:bold;line-height:1.45}
.pp-news .news_about{font-size:14px;color:#888;margin:16px 0 24px;line-height:1.8}
.pp-news .news_about .acc{color:#000;font-size:16px}
.pp-news .news_txt p{font-size:17px;line-height:1.95;margin:0 0 20px;text-align:justify}
.pp-news .news_txt p.h{font-weight:bold;color:#00a5eb}
.pp-news .news_txt p.src{color:#999;font-size:15px}
.pp-news .stmt{font-size:13px;color:#999;background:#f7f7f7;padding:10px}
.pp-news .kw{font-size:13px;margin-top:14px}
.pp-news .kw a{border:1px solid #ccc;padding:2px 8px;margin-right:6px;color:#666}
.pp-rec{width:640px;margin:0 auto 30px;border-top:1px solid #eee;font-size:15px}
.pp-foot{background:#f2f2f2;text-align:center;font-size:12px;color:#888;padding:18px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f'<p class="h">{t}</p>',
    "L": lambda items, kw: "\n".join(f"<p>{i}</p>" for i in items),
}

BLOCKS = [
    P("近期，普洱市公安局接到多起“刷单返利”类电信网络诈骗警情。与以往不同，骗子不再直接让受害人“刷单”，而是打着“点赞关注领佣金”“线上做任务兼职”等幌子，先给小甜头，再一步步诱导受害人投入大额资金。"),
    H("案例一"),
    P("6月初，思茅区的李女士在短视频平台看到“关注主播、点赞截图即可领佣金”的兼职信息，添加对方后被拉进一个“任务群”。前几次点赞任务，李女士都顺利领到了几元到几十元不等的佣金。随后，对方以“进阶任务”为由，让她下载一款App并充值“垫付”，承诺完成后连本带利返还。李女士先后充值5次共计8.3万元，当她想提现时却被告知“操作失误、账户冻结”，需要再交钱“解冻”，这才意识到被骗。"),
    H("案例二"),
    P("宁洱县的在校大学生小王想利用暑假赚点零花钱，在社交平台上找到一份“游戏陪玩”兼职。对方称需要先缴纳“入职保证金”和“会员费”，小王转账1200元后，对方便将其拉黑。"),
    H("普洱公安网警提醒"),
    L(["1. 所有刷单、刷信誉、点赞返利都是诈骗，凡是要求先垫付资金的兼职一律不要相信；",
       "2. 不要下载陌生人发来的App，不要点击来路不明的链接；",
       "3. 一旦发现被骗，立即拨打110报警，并保存好聊天记录、转账凭证等证据；",
       "4. 下载安装“国家反诈中心”App，开启来电预警功能。"]),
    X('<p class="src">（来源：普洱市公安局网络安全保卫支队）</p>'),
]


def frame(M, body):
    return f"""<body>
<div class="pp-hd"><span class="lg">澎湃新闻</span><span><a href="#">要闻</a><a href="#">深度</a><a href="#">视频</a><a href="#">澎湃号</a><a href="#">下载客户端</a><a href="#">登录</a></span></div>
<div class="pp-news">
<div class="news_title">{M["title"]}</div>
<div class="news_about"><span class="acc">普洱公安网警</span><br>{M["publish_time"]}　来源：澎湃新闻·澎湃号·政务<br>字号</div>
<div class="news_txt">
{body}
</div>
<div class="stmt">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</div>
<div class="kw">关键词 >> <a href="#">刷单返利</a><a href="#">电信诈骗</a><a href="#">普洱</a></div>
</div>
<div class="pp-rec"><h4>相关推荐</h4>
<p><a href="#">冒充客服退款诈骗高发，这些话术要当心</a></p>
<p><a href="#">普洱警方捣毁一个为境外诈骗团伙洗钱的窝点</a></p>
</div>
<div class="pp-foot">关于澎湃 | 在澎湃工作 | 联系我们 | 广告及合作 | 版权声明<br>沪ICP备14027158号</div>
</body>"""
