from lib import *

NOTES = "County 融媒体中心 site (Guangxi), 2019 design: info bar 作者/编辑/来源/time in one line with pipes (editor not an author), body opening with the 田东融媒讯 tag, quoted speech, photo with caption credit 记者 … 摄, 阅读 count, 上一篇/下一篇, 推荐阅读, footer with 广播电视节目制作经营许可证."

META = dict(id="xy-16", kind="media", lang="zh",
            title="田东芒果进入采收期 今年预计产量增长一成",
            authors=["黄美玲", "韦宗宇"],
            publish_time="2025-06-12 10:08")

HEAD_TITLE = "田东芒果进入采收期 今年预计产量增长一成-田东县融媒体中心"

CSS = """
body{margin:0;background:#fff7ec;font-family:"Microsoft YaHei";color:#3b2f25}
.td-top{background:#e67e22;color:#fff}
.td-top .in{width:1100px;margin:auto;display:flex;justify-content:space-between;align-items:center;height:86px}
.td-top .in strong{font-size:30px}
.td-top .in span a{color:#fff;font-size:13px;margin-left:10px}
.td-menu{background:#c0601a}
.td-menu .in{width:1100px;margin:auto}
.td-menu a{color:#fff;display:inline-block;padding:10px 20px;text-decoration:none}
.td-article{width:1100px;margin:20px auto;background:#fff;padding:26px 70px;border-radius:4px}
.td-article .nav-path{font-size:13px;color:#a08060}
.td-article .title{font-size:27px;font-weight:bold;text-align:center;margin:20px 0 12px}
.td-article .info{text-align:center;font-size:13px;color:#999;padding-bottom:14px;border-bottom:1px solid #f0e0cc}
.td-article .content p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 12px}
.td-article .content p.img{text-align:center;text-indent:0}
.td-article .content p.imgtxt{text-align:center;text-indent:0;font-size:14px;color:#888}
.td-article .readnum{font-size:13px;color:#999;margin-top:16px}
.td-article .prevnext{margin-top:16px;font-size:14px;border-top:1px dashed #e5d3bd;padding-top:10px}
.td-rec{width:1100px;margin:0 auto 20px;background:#fff;padding:16px 70px}
.td-bottom{background:#3b2f25;color:#d8c7b3;font-size:12px;text-align:center;padding:16px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "IMG": lambda a, kw: f'<p class="img">{img(a, w=640, h=420)}</p>\n<p class="imgtxt">{kw["cap"]}</p>',
}

BLOCKS = [
    P("田东融媒讯 6月上旬，田东县10万多亩芒果陆续进入采收期，在林逢镇、祥周镇等主产区的果园里，果农们忙着采摘、分拣、装箱，处处是丰收的景象。"),
    P("在林逢镇东养村的一处芒果园里，一串串金黄的芒果挂满枝头。种植户黄大哥告诉记者，他家种了60亩桂七芒，今年开花期天气好，坐果率高，估计每亩能比去年多收500斤左右。“现在收购商直接到地头来收，价格也不错，每斤在3元到4元之间。”"),
    IMG("芒果采收", cap="果农在林逢镇东养村果园采摘芒果。记者 黄美玲 摄"),
    P("据田东县农业农村局统计，今年全县芒果种植面积约10.8万亩，预计总产量可达13.5万吨，比去年增长一成左右。为了让芒果卖得好，县里在主产区设置了8个集中交易点，引进冷链物流企业设立预冷库，延长芒果保鲜期；同时依托电商服务中心组织直播带货，拓宽线上销售渠道。"),
    P("县农业农村局有关负责人提醒果农，采收期要注意按照成熟度适时采摘，不要为了抢早上市而采摘未成熟果，以免影响田东芒果的品质和口碑。"),
]


def frame(M, body):
    return f"""<body>
<div class="td-top"><div class="in"><strong>田东县融媒体中心</strong><span><a href="#">首页</a><a href="#">客户端下载</a><a href="#">投稿</a><input type="text" placeholder="搜索"></span></div></div>
<div class="td-menu"><div class="in"><a href="#">首页</a><a href="#">田东要闻</a><a href="#">乡镇动态</a><a href="#">视听田东</a><a href="#">乡村振兴</a><a href="#">专题</a><a href="#">便民服务</a></div></div>
<div class="td-article">
<div class="nav-path">首页 &gt; 田东要闻</div>
<div class="title">{M["title"]}</div>
<div class="info">作者：黄美玲 韦宗宇 | 编辑：陆一帆 | 来源：田东县融媒体中心 | {M["publish_time"]}</div>
<div class="content">
{body}
</div>
<div class="readnum">阅读：1563</div>
<div class="prevnext"><p>上一篇：<a href="#">田东县召开2025年防汛工作调度会</a></p><p>下一篇：<a href="#">祥周镇：稻田养鱼助农增收</a></p></div>
</div>
<div class="td-rec"><b>推荐阅读</b>
<p><a href="#">田东芒果搭上“冷链快车” 48小时直达长三角</a></p>
<p><a href="#">义圩镇：“订单农业”让香葱种植户吃下定心丸</a></p>
</div>
<div class="td-bottom">
田东县融媒体中心主办　地址：田东县平马镇东宁路18号　新闻热线：0776-5223116<br>
广播电视节目制作经营许可证：（桂）字第01187号　桂ICP备18006142号-1
</div>
</body>"""
