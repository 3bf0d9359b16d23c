from lib import *

PAGE = dict(
    id="xj-34", kind="e-paper", lang="zh",
    title="鄂尔多斯：沙海里“种”出光伏蓝",
    authors=["巴依斯古楞", "王雅琪"],
    publish_time="2024-08-29 星期四",
    doc_title="内蒙古日报数字报 鄂尔多斯：沙海里“种”出光伏蓝",
    pfmt="indent", hfmt="strongindent",
    features="e-paper with 副题; byline with □ mark: □本报记者 … 见习记者 … (both authors; line not body); photos with captions and "
             "本报记者 … 摄 credits between paragraphs (not body); sub-headings; 版面导航 and 本版标题; date with weekday (2024-08-29 星期四) in the header.",
    css="""
body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#f1f1f1}
.w{width:1180px;margin:0 auto;background:#fff}
.hd{background:#1565c0;color:#fff;padding:12px 20px;display:flex;justify-content:space-between}
.hd b{font-size:28px}
.bd{display:flex}
.l{width:260px;padding:12px;background:#f7f9fc}
.l a{display:block;line-height:2}
.c{flex:1;padding:20px 40px}
.c h1{text-align:center;font-size:28px;margin:0}
.c h2{text-align:center;font-size:17px;font-weight:normal;color:#555}
.au{text-align:center;color:#444}
.pic,.pic-note{text-align:center;text-indent:0 !important}
.pic-note{font-size:14px;color:#1565c0}
.ft{text-align:center;font-size:12px;color:#777;padding:10px}
""",
)

HTML = """
<div class="w">
<div class="hd"><b>内蒙古日报</b><span>2024-08-29 星期四　第06版：生态</span></div>
<div class="bd">
<div class="l"><b>版面导航</b><a href="#">01：要闻</a><a href="#">02：要闻</a><a href="#">03：综合</a><a href="#">04：经济</a><a href="#">05：盟市</a><a href="#">06：生态</a><a href="#">07：北疆文化</a><a href="#">08：副刊</a>
<p><b>本版标题</b></p><a href="#">鄂尔多斯：沙海里“种”出光伏蓝</a><a href="#">阿拉善：梭梭林下接种肉苁蓉20万亩</a><a href="#">通辽科尔沁沙地治理见成效</a></div>
<div class="c">
<h1>鄂尔多斯：沙海里“种”出光伏蓝</h1>
<h2>——库布其沙漠“板上发电、板下种植”见闻</h2>
<p class="au">□本报记者&nbsp;&nbsp;巴依斯古楞&nbsp;&nbsp;见习记者&nbsp;&nbsp;王雅琪</p>
{{BODY}}
<p><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回本版</a></p>
</div></div>
<div class="ft">内蒙古日报社 版权所有　蒙ICP备05001362号</div>
</div>
"""

BODY = [
    P("盛夏时节，站在库布其沙漠腹地的观景台上远眺，一排排蓝色光伏板整齐排列，一直延伸到天边。光伏板下，成片的甘草、沙柳长势正旺，昔日的黄沙变成了“绿海”和“蓝海”。"),
    IMG("库布其沙漠光伏治沙项目"),
    CAP("库布其沙漠光伏治沙项目全景。本报记者 巴依斯古楞 摄"),
    H("一块板子三份收益"),
    P("“光伏板能发电，还能给沙地遮阴、减少水分蒸发，板下种上甘草、黄芪，板间再种沙柳固沙，一块板子有三份收益。”项目负责人张建军介绍，这个光伏治沙项目装机规模200万千瓦，已治理沙化土地10万亩，年发电量约40亿千瓦时。"),
    P("当地牧民也从中受益。达拉特旗牧民乌日根在项目上从事光伏板清洗和林草管护工作，每月收入5000多元。“过去风沙大，草场不好，现在在家门口就能上班。”"),
    IMG("工人在光伏板下种植甘草"),
    CAP("工人在光伏板下种植甘草。见习记者 王雅琪 摄"),
    H("治沙与发展相得益彰"),
    P("近年来，鄂尔多斯把新能源开发与沙漠治理结合起来，探索形成了“光伏＋生态修复＋特色种植”的治沙模式。截至目前，全市在沙漠、沙地建成新能源项目装机超过1000万千瓦，带动治理沙化土地60余万亩。"),
]
