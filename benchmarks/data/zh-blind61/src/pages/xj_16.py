from lib import *

PAGE = dict(
    id="xj-16", kind="media", lang="zh",
    title="中央大街“冰雪早市”开张 游客凌晨排队尝冻梨",
    authors=["林晓", "赵鹏"],
    publish_time="2025-01-04 08:31:06",
    doc_title="中央大街“冰雪早市”开张 游客凌晨排队尝冻梨 - 极光新闻",
    pfmt="p", hfmt="strong",
    features="provincial TV station's news app web page (2025); video placeholder text; 记者/通讯员 on one line glued with the date; "
             "编辑/校对/审核 line; after the article a comment section whose comments read like prose paragraphs (not body); 打开APP prompts.",
    css="""
body{margin:0;background:#f5f6f8;font:16px/1.8 -apple-system,"PingFang SC","Microsoft YaHei";color:#1a1a1a}
.app{max-width:760px;margin:0 auto;background:#fff;padding:0 24px 30px}
.bar{display:flex;justify-content:space-between;align-items:center;padding:12px 0;border-bottom:1px solid #eee}
.bar b{color:#0b6cf0;font-size:20px}
.open{background:#0b6cf0;color:#fff;border-radius:16px;padding:4px 14px;font-size:14px}
h1{font-size:24px;line-height:1.45;margin:20px 0 10px}
.src{font-size:13px;color:#8a8a8a}
.video{background:#000;color:#aaa;text-align:center;height:200px;line-height:200px;margin:16px 0}
.article p{margin:0 0 18px;text-align:justify}
.ed{font-size:13px;color:#999;margin-top:20px}
.cmt{border-top:8px solid #f5f6f8;margin-top:20px;padding-top:10px}
.cmt h3{font-size:17px}
.c{border-bottom:1px solid #f0f0f0;padding:10px 0}
.c .u{color:#5b7fa6;font-size:14px}
.c .t{color:#999;font-size:12px}
.c .x{margin:4px 0}
.more{text-align:center;color:#0b6cf0}
.ft{text-align:center;color:#aaa;font-size:12px;margin-top:20px}
""",
)

HTML = """
<div class="app">
<div class="bar"><b>极光新闻</b><span class="open">打开APP</span></div>
<h1>中央大街“冰雪早市”开张 游客凌晨排队尝冻梨</h1>
<div class="src">2025-01-04 08:31:06 记者：林&nbsp;&nbsp;晓 通讯员：赵&nbsp;&nbsp;鹏 来源：极光新闻</div>
<div class="video">视频加载中…</div>
<div class="article">
{{BODY}}
</div>
<div class="ed">编辑：王&nbsp;&nbsp;蕊　校对：陈&nbsp;&nbsp;曦　审核：张立伟</div>
<p>本文为极光新闻原创，未经授权不得转载。<a href="#">举报</a></p>
<div class="cmt"><h3>评论（36）</h3>
<div class="c"><span class="u">冰城老李</span> <span class="t">01-04 09:12 黑龙江</span>
<p class="x">我家就住在道里，小时候过年才舍得买一兜冻梨，泡在凉水盆里等着化冰，外面结一层冰壳，咬一口又凉又甜。现在早市把这些老物件摆出来给南方游客看，挺好的，说明咱这儿的日子有人稀罕。</p><span class="t">赞 128</span></div>
<div class="c"><span class="u">广州来的小土豆</span> <span class="t">01-04 09:40 广东</span>
<p class="x">今天早上五点半就去排队了，零下二十八度，睫毛上全是霜。摊主大姐给我们每人塞了一块热乎的黏豆包，说怕我们冻着。冻梨确实好吃，但更难忘的是这里的人，热情得让人没法不喜欢这座城市。</p><span class="t">赞 96</span></div>
<div class="c"><span class="u">雪乡过客</span> <span class="t">01-04 10:05 吉林</span>
<p class="x">建议早市再多设几个暖棚和公厕，排队的人太多了，老人孩子站久了受不了。另外价格一定要明码标价，别让一两个商户把口碑砸了。</p><span class="t">赞 57</span></div>
<p class="more">查看更多评论 &gt;</p></div>
<div class="ft">黑龙江广播电视台 版权所有　黑ICP备10201526号-3</div>
</div>
"""

BODY = [
    P("1月4日凌晨5时，哈尔滨中央大街北端的防洪纪念塔广场已经亮起了灯。由40余个木屋摊位组成的“冰雪早市”当天正式开张，冻梨、冻柿子、黏豆包、现烤红肠等东北特色美食吸引了大批游客，不少人从凌晨4点多就开始排队。"),
    P("“在网上看了好多视频，一定要来尝尝正宗的冻梨。”来自广州的游客陈女士裹着厚厚的羽绒服，手里捧着一盘切好的冻梨，“冰冰凉凉，汁特别多，比想象中还好吃。”"),
    P("早市运营方负责人介绍，早市每天5时至9时营业，摊位全部面向本地商户和非遗传承人招募，实行统一着装、统一标价、统一垃圾清运。为了给游客取暖，早市沿街设置了6处暖心驿站，免费提供热水、姜茶和充电服务。"),
    P("哈尔滨市道里区相关部门表示，今年冰雪季以来，中央大街日均客流超过30万人次，早市的开设既延长了游客的游览时间，也为周边商户带来了新的客源。早市将持续营业至2月底。"),
]
