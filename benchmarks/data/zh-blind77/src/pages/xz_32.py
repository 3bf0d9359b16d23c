# 甘肃 河西日报 电子版 — 主题 + ——副题, 本报张掖讯 byline in the first paragraph
from kit import *
import styles

CSS = styles.EPAPER.replace("#8b0000", "#00468b") + """
.meta-line{text-align:center;font-size:13px;color:#666;margin-bottom:14px}
"""

HL = Headline("让每一滴水都用在“刀刃”上", fu="——张掖市推进农业高效节水见闻")

BODY = Body([
    P("本报张掖讯（记者 马&nbsp;&nbsp;丽 通讯员 赵一鸣）盛夏的张掖，万亩玉米制种田绿浪翻滚。田间看不到大水漫灌的场景，一根根滴灌带整齐铺设在植株旁，水和肥料一滴滴精准送到作物根部。"),
    P("“以前浇一次水要一天一夜，一亩地用水四五百方，现在手机上点一下就能浇，用水少了三分之一，产量还高了。”甘州区党寨镇种植户陈永福说。"),
    P("张掖地处河西走廊中部，是典型的资源型缺水地区。近年来，张掖市把农业节水作为水资源节约集约利用的关键，大力推广高效节水灌溉技术，全市高效节水灌溉面积达到280万亩，农田灌溉水有效利用系数提高到0.6以上。"),
    P("在临泽县的一处灌区智慧管理中心，大屏幕上实时显示着各条渠道的水位、流量和各个用水户的用水量。“通过‘水权确权到户、计量到户、收费到户’，农户用多少水、交多少费一目了然，节约下来的水权还可以交易。”灌区负责人介绍。"),
    P("此外，张掖还调整优化种植结构，压减高耗水作物面积，扩大制种玉米、蔬菜、中药材等高效节水作物种植，推动农业用水由“粗放”向“精细”转变。"),
], mode="p", indent="u3000")

PAGE = dict(
    id="xz-32", kind="e-paper", lang="zh", region="甘肃", site="河西日报·电子版",
    features="电子版；主题含引号，下有“——”副题；首段“本报张掖讯（记者 马  丽 通讯员 赵一鸣）”在段内（留在正文，作者两人）；"
             "报头日期“2024年07月03日”与版次行；本版标题列表里的标题改写；作者/字数元数据行",
    title_tag="让每一滴水都用在“刀刃”上--河西日报电子版",
    css=CSS,
    meta={"description": "张掖市推进农业高效节水见闻"},
    authors=["马丽", "赵一鸣"],
    publish_time="2024年07月03日",
    parts=[
        '<div class="paper">',
        '<div class="phead"><span class="name">河西日报</span><span class="date">2024年07月03日　第02版：综合新闻</span></div>',
        '<div class="bar"><a href="#">首页</a><a href="#">往期</a>　<a href="#">&lt;&lt;上一版</a> <a href="#">下一版&gt;&gt;</a>　'
        '<a href="#">01 要闻</a> <a href="#">02 综合新闻</a> <a href="#">03 经济</a> <a href="#">04 河西走廊</a></div>',
        '<div class="cols"><div class="pagepane">' + img("版面缩略图", cls="banmian"),
        '<h4>本版新闻</h4>' + ul(["让每一滴水都用在刀刃上", "山丹马场迎来旅游旺季", "民乐：百亩中药材喜获丰收", "图片新闻"]),
        "</div>",
        '<div class="artpane">',
        HL,
        '<div class="meta-line">作者：马丽 赵一鸣　　字数：468</div>',
        BODY,
        '<div class="tools"><a href="#">【打印】</a> <a href="#">【关闭】</a>　<a href="#">上一篇</a> <a href="#">下一篇</a></div>',
        "</div></div>",
        '<div class="pfoot"><p>本网站所有内容属河西日报社所有，未经许可不得转载</p><p>陇ICP备10001876号-1</p></div>',
        "</div>",
    ],
)
