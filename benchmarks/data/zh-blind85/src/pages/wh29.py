# 澎湃号·政务 · 安徽（2022 article page, account header, 通讯员 named in a closing credit line after 供稿）
from lib import *

PAGE = dict(
    id="wh-29", kind="self-media", lang="zh",
    title="民警一路狂奔拦下转账 保住七旬老人18万元养老钱",
    authors=["孙悦"],
    publish_time="2025-11-21 16:05",
    features="澎湃号·政务 page (安徽 county police account 淝南警方); account header (澎湃号·政务 > 淝南警方) and "
             "字号 tools; date + 来源：澎湃新闻·澎湃号·政务 row; body with quoted dialogue and a 警方提醒 box "
             "whose lines are list items; closing credit 供稿：城关派出所　通讯员：孙　悦 (供稿 unit not an "
             "author, 通讯员 is); platform disclaimer (本文为澎湃号作者…) and 澎湃新闻报料 strip; 相关推荐.",
    blocks=[
        P("“阿姨，先别转！这是诈骗！”11月19日上午，淝南县公安局城关派出所民警在一家银行网点，成功拦下一名正准备转账的七旬老人，为其保住了18万元养老钱。"),
        P("当天9时许，城关派出所接到县反诈中心预警：辖区居民王阿姨（化名）可能正在遭受冒充公检法诈骗，且已前往银行准备转账。接到指令后，民警张磊立即驱车赶往附近银行网点，因路口拥堵，他干脆下车一路跑了过去。"),
        P("在银行柜台前，民警找到了正在填写汇款单的王阿姨。起初，王阿姨情绪激动，坚称自己是在“配合警察办案”：“电话里的警官说我涉嫌洗钱，要把钱转到安全账户接受审查，还不让我告诉任何人。”"),
        P("民警耐心向王阿姨讲解冒充公检法诈骗的常见套路，并当场拨打对方电话核实，对方听到是民警后立即挂断。王阿姨这才如梦初醒：“幸亏你们来得及时，这可是我攒了大半辈子的钱啊！”"),
        H("警方提醒"),
        LI(["公检法机关不会通过电话、微信办案，更不会要求转账到“安全账户”；",
            "凡是要求“保密”“不要告诉家人”的，都是诈骗；",
            "接到可疑电话，请立即挂断并拨打110或96110咨询。"],
           fmt='<div class="tip">{items}</div>', item='<p>◆ {t}</p>'),
        NB("供稿：城关派出所　通讯员：孙　悦", fmt='<p class="gg">{t}</p>'),
    ],
)

CSS = """
body{margin:0;background:#f5f5f5;font:16px/1.8 "PingFang SC","Microsoft YaHei";color:#000}
a{color:#000;text-decoration:none}
.head{background:#fff;height:60px;border-bottom:1px solid #eee}
.head .in{width:1180px;margin:0 auto;display:flex;align-items:center;height:60px;gap:30px}
.head .lg{font-size:24px;font-weight:bold;color:#00a5eb}
.box{width:1180px;margin:16px auto;display:flex;gap:20px}
.newsbox{flex:1;background:#fff;padding:30px 50px}
.acc{display:flex;align-items:center;gap:10px;font-size:14px;color:#666;border-bottom:1px solid #eee;padding-bottom:10px}
.acc b{color:#000}
.news_title{font-size:30px;line-height:1.4;margin:20px 0 10px}
.news_about{font-size:14px;color:#999;display:flex;justify-content:space-between}
.news_txt{margin-top:20px;font-size:17px}
.news_txt p{margin:0 0 20px}
.news_txt h3{font-size:17px;color:#00a5eb;margin:0 0 8px}
.news_txt .tip{background:#eef8fd;padding:12px 16px;margin-bottom:20px}
.news_txt .tip p{margin:0 0 6px}
.news_txt p.gg{color:#666;font-size:15px}
.disc{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:10px}
.bl{background:#00a5eb;color:#fff;text-align:center;line-height:40px;margin-top:16px}
.rt{width:320px;background:#fff;padding:16px}
.rt h4{margin:0 0 8px}
.rt li{font-size:14px;margin-bottom:10px}
.foot{text-align:center;font-size:12px;color:#999;line-height:2;padding:20px 0}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<div class="head"><div class="in"><span class="lg">澎湃新闻</span>{links(["首页", "要闻", "深度", "财经", "科技", "思想", "生活", "澎湃号"])}<input type="text" placeholder="搜索"></div></div>
<div class="box">
<div class="newsbox">
<div class="acc">{img("淝南警方", 36, 36)}<span>澎湃号·政务 &gt; <b>淝南警方</b></span><span style="margin-left:auto">字号 <a href="#">A</a> <a href="#">A</a></span></div>
<h1 class="news_title">{esc(p["title"])}</h1>
<div class="news_about"><span>{p["publish_time"]}　来源：澎湃新闻·澎湃号·政务</span><span>{img("分享", 20, 20)} 分享</span></div>
<div class="news_txt">
{body}
</div>
<div class="disc">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.example。</div>
<div class="bl">澎湃新闻报料：021-96872 或 baoliao@thepaper.example</div>
</div>
<div class="rt"><h4>淝南警方</h4><p style="font-size:13px;color:#888">淝南县公安局官方澎湃号</p>
<h4>相关推荐</h4><ul>
<li><a href="#">“刷单返利”又出新花样，这些套路要当心</a></li>
<li><a href="#">淝南警方开展反诈宣传进社区活动</a></li>
<li><a href="#">冬季安全出行，交警提醒您</a></li></ul></div>
</div>
<div class="foot">沪ICP备14038815号　增值电信业务经营许可证：沪B2-2017143<br>© 2014-2025 上海东方报业有限公司</div>
"""
    return doc("民警一路狂奔拦下转账 保住七旬老人18万元养老钱_澎湃号·政务_澎湃新闻", CSS, html_body)
