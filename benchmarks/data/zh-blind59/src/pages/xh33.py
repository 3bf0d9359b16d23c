from lib import *

ID = "xh-33"
KIND = "e-paper"
LANG = "zh"
FEATURES = ("provincial daily e-paper (广西日报数字报) 2019 layout: left 版面 with hot-area list, 引题/主题/副题 where the "
            "副题 begins with —— ; byline line '本报记者 韦  静 通讯员 陆秋' (spaced name); photo caption with "
            "'本报记者 黄卓然 摄' (photographer, not author); date with weekday in the page header '2024年07月22日 星期一' (the only date printed); 版次 "
            "'第005版：经济' tabs; 本版其他文章")
HEAD_TITLE = "广西日报数字报"
TITLE_LINES = ["百色芒果“坐”上冷链专列直达长三角"]
AUTHORS = ["韦静", "陆秋"]
TIME = "2024年07月22日 星期一"

CSS = """
body{margin:0;background:#f0ebe1;font:15px/1.8 "Microsoft YaHei"}
.gxrb-h{background:#fff;border-bottom:2px solid #c00;display:flex;align-items:center;padding:10px 40px}
.gxrb-h .n{font:bold 32px STKaiti,KaiTi;color:#c00}.gxrb-h .d{margin-left:30px;color:#333}
.tabs{display:flex;gap:4px;padding:6px 40px;background:#fff}.tabs a{background:#eee;padding:2px 10px;font-size:13px}
.tabs .on{background:#c00;color:#fff}
.gxrb{display:flex;gap:16px;padding:16px 40px}
.pg{width:380px;background:#fff}.pg .map{height:500px;background:#e5e5e5}
.pg ol{font-size:13px}
.art{flex:1;background:#fff;padding:20px 50px}
.art .yin,.art .fu{text-align:center;color:#555;margin:2px 0}
.art h2{text-align:center;font-size:28px;margin:4px 0;color:#000}
.art .zz{text-align:center;color:#555;margin:12px 0}
.art .zw p{text-indent:2em;margin:10px 0}
.art .zw .pic{text-align:center;text-indent:0}.art .zw .pic-cap{text-indent:0;text-align:center;font-size:14px;color:#444}
.ft{text-align:center;font-size:12px;color:#888;padding:14px}
"""

BODY = [
    P("7月20日晚，满载着120吨百色芒果的冷链班列从田阳南站缓缓驶出，预计48小时后抵达上海。这是今年百色芒果上市以来开行的第15趟冷链专列，累计外运芒果已超过1800吨。"),
    P("“以前芒果运到华东要靠汽车跑三四天，路上损耗大。现在坐上冷链专列，全程恒温，到站时芒果还跟刚摘下来一样新鲜。”百色一家果业合作社负责人说。"),
    IMG("冷链专列装载芒果", "7月20日，工作人员在田阳南站将百色芒果装入冷链集装箱。本报记者 黄卓然 摄"),
    P("百色是全国最大的芒果生产基地之一，今年全市芒果种植面积达到140万亩，预计总产量超过100万吨。为了让芒果“走得快、卖得好”，百色市联合铁路部门开通了芒果冷链专列，并在田阳、田东等主产区建成产地冷库和预冷中心，形成“采摘—预冷—分拣—装箱—发运”一条龙服务。"),
    P("冷链物流的完善，也带动了芒果品质和价格的提升。据百色市农业农村局统计，今年当地优质芒果平均收购价同比提高0.6元/公斤，果农户均增收2000元以上。目前，百色芒果已销往全国300多个大中城市，并出口到东盟、中东等国家和地区。"),
]


def page():
    return f"""<body>
<div class="gxrb-h"><span class="n">{gif("广西日报")}广西日报</span><span class="d">{TIME}</span><span style="margin-left:auto"><a href="#">往期</a> | <a href="#">广西云</a></span></div>
<div class="tabs"><a href="#">第001版：要闻</a><a href="#">第002版：要闻</a><a href="#">第003版：时政</a><a href="#">第004版：综合</a><a class="on" href="#">第005版：经济</a><a href="#">第006版：社会</a></div>
<div class="gxrb">
<div class="pg"><div class="map">{gif("第005版：经济")}</div>
<ol>{ali(["百色芒果“坐”上冷链专列直达长三角", "上半年全区外贸进出口稳中向好", "钦州港新开两条东盟集装箱航线", "横州茉莉花产业综合产值超过160亿元"])}</ol></div>
<div class="art">
<p class="yin">产地预冷、全程恒温，运输时间缩短一半</p>
<h2>{TITLE_LINES[0]}</h2>
<p class="fu">——百色推进农产品冷链物流建设见闻</p>
<p class="zz">本报记者 韦&nbsp;&nbsp;静　通讯员 陆秋</p>
<div class="zw">
{render(BODY)}
</div>
<p style="text-align:right"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回本版</a></p>
</div>
</div>
<div class="ft">广西日报社版权所有　桂ICP备05011216号-5</div>
</body>"""
