from lib import *

PAGE = dict(
    id="xv-16", kind="media", lang="zh",
    title="长江索道“五一”假期运送游客14.6万人次",
    authors=["邓雪", "周航"], publish_time="2025-05-06 09:12",
    doc_title="长江索道“五一”假期运送游客14.6万人次 - 巴渝新闻",
    css=MEDIA,
)
CSS = """
body{background:#f7f7f7}
.app{width:760px;margin:0 auto;background:#fff;padding:20px 40px}
.apphead{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #eee;padding-bottom:10px}
.t1{color:#999;font-size:13px;margin:0}
.t2{color:#555;font-size:14px;margin:2px 0 20px}
.dl{background:#ffefe0;padding:10px;text-align:center;margin-top:20px}
.credits p{margin:2px 0;color:#999;font-size:13px}
"""

BODY = """
p 5月5日晚上10点，长江索道渝中站外依然排着长队。据重庆长江索道运营方统计，今年“五一”假期（5月1日至5日），长江索道累计运送游客14.6万人次，日均接待量约2.9万人次，较去年同期增长9.8%。
p 为应对假期大客流，长江索道从4月30日起将运营时间延长至23时，并在两端站点设置了分时段预约通道。游客可通过线上平台预约入站时段，现场排队时间由高峰时的3个多小时缩短至1个半小时左右。
img 长江索道 | 5月3日晚，游客乘坐长江索道观赏两江夜景。
p “我们从西安过来，就是冲着坐索道看夜景来的。”游客王女士说，预约之后按时间到站，排队比想象中快很多，“车厢里看渝中半岛的灯光，真的很震撼。”
p 与此同时，周边的交通和安保也进行了同步加强。渝中区在索道站周边增派了交巡警和志愿者，实行单向通行和人车分流；轨道交通1号线、6号线小什字站在假期晚间加开了列车。
p 据了解，长江索道自2018年恢复运营以来，已成为重庆最受欢迎的旅游打卡地之一。运营方表示，端午节和暑期前还将对站房和排队区进行改造，增设遮阳棚和休息座椅，进一步改善游客体验。
"""


def page(body):
    return f"""
<div class="app">
<div class="apphead">{img("巴渝新闻", 140, 40)}<a href="#">打开APP</a></div>
<h1 class="headline">长江索道“五一”假期运送游客14.6万人次</h1>
<p class="t1">2025-05-06 09:12</p>
<p class="t2">巴渝新闻·重庆晚讯记者 邓雪 通讯员 周航</p>
<div class="text">
{body}
</div>
<div class="credits"><p>编辑：谭川</p><p>责任编辑：胡颖</p><p>审核：杨林</p></div>
<div class="share"><a href="#">微信好友</a><a href="#">朋友圈</a><a href="#">微博</a></div>
<h4>相关阅读</h4>
{dated_list([("洪崖洞五一假期接待游客超百万人次","2025-05-05"),("重庆“五一”假期接待游客量创新高","2025-05-06"),("李子坝轻轨穿楼观景平台扩容","2025-04-28")])}
<div class="dl">下载巴渝新闻APP 阅读更多精彩内容</div>
<div class="footer"><p>重庆巴渝新闻传媒有限公司 版权所有</p><p>渝ICP备15003214号-2　渝公网安备50010302001873号</p></div>
</div>
"""
