# 陕西 汉水晨报 数字报 — 主题 + 副题 + ■ 记者 文/图 byline, article metadata table
from kit import *
import styles

CSS = styles.EPAPER.replace("#8b0000", "#1d5c3b") + """
.artmeta{width:100%;font-size:13px;color:#555;border-top:1px solid #ccc;border-bottom:1px solid #ccc;margin-bottom:12px}
.byline{text-align:left;font-weight:bold}
"""

HL = Headline("汉江边的“护鸟人”", fu="二十年守护朱鹮栖息地 记录鸟类160余种", yin=None)

BODY = Body([
    NOTE("■ 本报记者　郑&nbsp;&nbsp;毅　文/图", cls="byline"),
    P("12月初的清晨，洋县汉江边的湿地还笼罩在晨雾中，56岁的李守成已经背着望远镜和相机，沿着熟悉的巡护小路走了两公里。"),
    P("“你看，那边树梢上的就是朱鹮，一共7只，是一个家族群。”他压低声音，指着远处的一片杨树林说。"),
    P("李守成是当地保护站的一名巡护员，在这片湿地守护了整整20年。每天清晨和傍晚，他都要沿着江边巡查一遍，记录鸟类数量、观察栖息地变化，及时劝阻捕鱼、放牧等干扰行为。20年来，他记满了60多本巡护日记，累计记录到鸟类160余种。"),
    P("“刚开始那几年，一年也见不到几次朱鹮，现在几乎天天都能看到。”说起这些年的变化，李守成十分感慨。他说，随着周边村庄推广有机稻种植、退耕还湿，湿地里的泥鳅、小鱼多了，来这里越冬的鸟也越来越多。"),
    P("去年，李守成还当起了“老师”，带着附近学校的孩子们开展观鸟活动，给他们讲朱鹮的故事。“保护鸟儿光靠我们几个人不够，得让更多人、特别是娃娃们都喜欢上它们。”"),
], mode="p", indent="u3000")

PAGE = dict(
    id="xz-35", kind="e-paper", lang="zh", region="陕西", site="汉水晨报·数字报",
    features="数字报；短主题（8字，含引号）+ 副题（含数字）；“■ 本报记者　郑  毅　文/图”；文章元数据表（作者/版次/日期）；"
             "报头日期“2024年12月06日 星期五 农历…”，文章信息行另有“2024-12-06”（取文章信息行）；本版标题中标题带副题",
    title_tag="汉江边的“护鸟人”_汉水晨报数字报",
    css=CSS,
    meta={"description": "二十年守护朱鹮栖息地 记录鸟类160余种"},
    authors=["郑毅"],
    publish_time="2024-12-06",
    parts=[
        '<div class="paper">',
        '<div class="phead"><span class="name">汉水晨报</span><span class="date">2024年12月06日 星期五　农历甲辰年十一月初六</span></div>',
        '<div class="bar"><a href="#">首页</a><a href="#">A1 要闻</a><a href="#">A2 时事</a><a href="#">A3 生态</a><a href="#">A4 城事</a>　<a href="#">上一版</a><a href="#">下一版</a>　<a href="#">往期检索</a></div>',
        '<div class="cols"><div class="pagepane">' + img("A3版：生态", cls="banmian"),
        '<h4>本版标题</h4>' + ul(["汉江边的“护鸟人”——二十年守护朱鹮栖息地", "汉中今冬首批候鸟抵达", "留坝：秦岭大熊猫走廊带建设提速"]),
        "</div>",
        '<div class="artpane">',
        '<table class="artmeta"><tr><td>版次：A3版　生态</td><td>作者：郑毅</td><td>2024-12-06</td></tr></table>',
        HL,
        BODY,
        '<div class="tools"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></div>',
        "</div></div>",
        '<div class="pfoot"><p>汉水晨报社 版权所有　陕ICP备10007153号-1</p></div>',
        "</div>",
    ],
)
