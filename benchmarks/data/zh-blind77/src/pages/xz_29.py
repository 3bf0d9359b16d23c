# 澎湃号·政务 article — place colon headline, account as author, source line at the end
from kit import *

CSS = """
body{margin:0;font:17px/1.9 "PingFang SC","Microsoft YaHei",sans-serif;color:#000;background:#fff}
a{color:#000;text-decoration:none}
.hd{height:64px;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;justify-content:space-between;padding:0 40px}
.hd .logo{font-size:24px;font-weight:bold}
.hd nav a{margin:0 12px;font-size:15px}
.wrap{width:1160px;margin:20px auto;display:flex;gap:40px}
.news_txt_box{flex:1}
.pph{font-size:14px;color:#00a5eb;margin-bottom:8px}
.title-box h1{font-size:30px;line-height:1.4;margin:0 0 14px}
.news_about{font-size:14px;color:#999;margin-bottom:26px}
.news_about p{margin:2px 0}
.news_about .name{color:#000;font-weight:bold}
.article-content p{margin:0 0 26px}
.pic{text-align:center}.pic-note{text-align:center;font-size:14px;color:#666}
.src{color:#999;font-size:14px}
.statement{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:12px}
.side{width:300px;font-size:15px}
.side h3{font-size:17px}
.ft{background:#f2f2f2;text-align:center;font-size:12px;color:#999;padding:20px}
"""

HL = Headline("康县：“一村一品”托起山里人的致富梦")

BODY = Body([
    P("8月的陇南市康县，青山叠翠，云雾缭绕。在岸门口镇的一处木耳种植基地，一排排菌棒上长满了黑亮肥厚的木耳，村民们正忙着采摘、晾晒。"),
    P("“以前守着大山不知道干啥，现在种木耳、养蜜蜂，一年收入五六万元。”村民李建军说，他家去年在村合作社的带动下种了2万袋木耳，还养了40箱中蜂。"),
    IMG("村民采摘木耳", "岸门口镇木耳种植基地，村民正在采摘木耳。"),
    P("近年来，康县立足山区资源禀赋，按照“一村一品、一乡一业”的思路，因地制宜发展木耳、茶叶、中蜂、核桃、土鸡等特色产业，全县已培育特色产业专业村120个，建成规模化种养基地300多个。"),
    P("为打通销售渠道，康县建成县级电商服务中心和镇村电商服务站点，组织村干部和返乡青年开展直播带货。今年上半年，全县农产品网络销售额达到2.8亿元，同比增长15%。"),
    P("“下一步，我们将继续做优做精特色产业，推进农产品加工和品牌建设，让‘一村一品’真正成为群众增收致富的‘金钥匙’。”康县农业农村局负责人表示。"),
    NOTE("作者 | 李　佳<br>来源 | 康县融媒体中心<br>编辑 | 王　芳", cls="src"),
], mode="p")

PAGE = dict(
    id="xz-29", kind="self-media", lang="zh", region="甘肃", site="澎湃新闻·澎湃号·政务",
    features="澎湃号·政务；标题以“地名：”开头并含引号；账号“陇南发布”，但文末署名块“作者 | 李　佳 / 来源 | 康县融媒体中心 / 编辑 | 王　芳”具名，"
             "作者为李佳；账号名后两行分别是日期和“来自 甘肃”；署名块、平台声明、侧栏热榜不是正文",
    title_tag="康县：“一村一品”托起山里人的致富梦_澎湃号·政务_澎湃新闻-The Paper",
    css=CSS,
    meta={"description": "康县因地制宜发展特色产业。"},
    authors=["李佳"],
    publish_time="2024-08-09 17:12",
    parts=[
        '<div class="hd"><span class="logo">澎湃新闻</span><nav><a href="#">要闻</a><a href="#">深度</a><a href="#">澎湃号</a><a href="#">视频</a><a href="#">下载客户端</a></nav>' + search("搜索") + "</div>",
        '<div class="wrap"><div class="news_txt_box">',
        '<div class="pph"><a href="#">澎湃号·政务</a> &gt; <a href="#">陇南发布</a></div>',
        HL,
        '<div class="news_about"><p class="name">陇南发布</p><p>2024-08-09 17:12　来自 甘肃</p><p>字号 <a href="#">A</a> <a href="#">A</a></p></div>',
        BODY,
        '<p class="statement">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>',
        '<p>举报　<a href="#">收藏</a>　<a href="#">分享</a></p>',
        "</div>",
        '<div class="side"><h3>澎湃号热榜</h3>' + ul(["陇南：油橄榄迎来丰收季", "康县：“一村一品”托起致富梦", "成县核桃节开幕", "徽县银杏村迎来旅游热"]) + "</div>",
        "</div>",
        '<div class="ft">澎湃新闻 版权所有　沪ICP备14003218号　沪公网安备 31010602000299号　互联网新闻信息服务许可证：31120170006</div>',
    ],
)
