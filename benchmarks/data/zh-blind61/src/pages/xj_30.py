from lib import *

PAGE = dict(
    id="xj-30", kind="self-media", lang="zh",
    title="在哈尔滨过了一个冬天，我想说的几件事",
    authors=["冰城手记"],
    publish_time="2025-02-10 21:16",
    doc_title="在哈尔滨过了一个冬天，我想说的几件事 - 微博",
    pfmt="p", hfmt="strong",
    features="微博 头条文章: account name is the author; 发布于 date with 来自 client; 阅读数; numbered points as paragraphs; "
             "转发/评论/赞 bar and hot comments that read like prose (not body); 微博 footer with licence numbers.",
    css="""
body{margin:0;background:#f2f2f5;font:16px/1.8 "PingFang SC","Microsoft YaHei";color:#333}
.top{background:#fff;height:48px;border-bottom:1px solid #e6e6e6;display:flex;align-items:center;padding:0 30px}
.top b{color:#e6162d;font-size:20px;margin-right:20px}
.card{width:760px;margin:16px auto;background:#fff;padding:30px 50px;border-radius:4px}
.title{font-size:26px;font-weight:bold;line-height:1.4}
.auth{display:flex;align-items:center;gap:8px;margin:16px 0;font-size:14px;color:#939393}
.auth .n{color:#eb7350;font-size:15px}
.WB_editor_iframe p{margin:0 0 18px}
.bar{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:10px;color:#808080;font-size:14px}
.cm{width:760px;margin:0 auto 16px;background:#fff;padding:16px 50px}
.cm .u{color:#eb7350;font-size:14px}
.cm .t{font-size:15px}
.cm .d{color:#999;font-size:12px}
.ft{text-align:center;font-size:12px;color:#999;padding-bottom:20px}
""",
)

HTML = """
<div class="top"><b>微博</b><input placeholder="搜索微博"><span style="margin-left:auto">首页　视频　发现　游戏　登录</span></div>
<div class="card">
<div class="title">在哈尔滨过了一个冬天，我想说的几件事</div>
<div class="auth"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt=""><span class="n">冰城手记</span><span>发布于 2025-02-10 21:16</span><span>来自 微博网页版</span><span>阅读 15.6万</span></div>
<div class="WB_editor_iframe">
{{BODY}}
</div>
<div class="bar"><span>转发 1204</span><span>评论 897</span><span>赞 6521</span></div>
</div>
<div class="cm"><p><b>热门评论</b></p>
<p><span class="u">南下的雪</span>：<span class="t">第四条太真实了。我在哈尔滨上了四年大学，毕业回了南方，每年冬天最想念的就是屋里的暖气和楼下烤冷面的阿姨。那种从零下三十度的街上推门进屋、眼镜瞬间起雾的感觉，别的地方给不了。</span></p>
<p class="d">2-10 21:40 来自黑龙江　回复　赞 1320</p>
<p><span class="u">松北小王</span>：<span class="t">作为本地人谢谢博主的好话。说实话以前我们自己都没觉得冬天有啥好的，这两年外地游客多了，反而让我们重新认识了自己的城市。</span></p>
<p class="d">2-10 22:03 来自黑龙江　回复　赞 846</p>
</div>
<div class="ft">帮助中心　合作&amp;服务　自助服务　微博客服<br>京ICP证110392号　京网文〔2024〕1187-052号</div>
"""

BODY = [
    P("来哈尔滨整整四个月了。去年十月为了工作从杭州搬过来，朋友们都说我疯了：“你一个南方人，能扛得住东北的冬天？”现在冬天快过完了，想把这段时间的感受记下来。"),
    P("第一，冷是真的冷，但屋里是真的暖。最冷的那几天室外零下三十四度，出门五分钟睫毛就结霜。可一进屋，暖气烧得二十五六度，穿短袖都行。在杭州的冬天我反而天天裹着被子，湿冷往骨头里钻。"),
    P("第二，冰雪是这里的日常，不只是景点。冰雪大世界、雪博会当然要去，但我更喜欢的是下班路上松花江上的冰面，周末有人在江上抽冰猴、滑冰车，大人孩子玩成一片。"),
    P("第三，人是真的热情。刚来的时候不会在雪地里走路，摔了一跤，一位大爷把我扶起来，还教我“走路要像企鹅一样，重心往前”。后来才知道，这是每个东北人都会的“生存技能”。"),
    P("第四，吃的太治愈了。锅包肉、铁锅炖、烤冷面、马迭尔冰棍，零下二十度在街上吃冰棍，居然不会化，这是南方人想象不到的快乐。"),
    P("最后想说，一座城市的魅力，不在于它有多少网红景点，而在于生活在这里的人，愿不愿意把日子过得热气腾腾。哈尔滨做到了。"),
]
