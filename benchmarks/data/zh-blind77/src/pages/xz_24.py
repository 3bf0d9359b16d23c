# 湖南 益阳广电网 — short headline, video page, 记者 | credits
from kit import *
import styles

CSS = styles.TV_SITE.replace("#ff5722", "#e53935") + """
.credits span{display:inline-block}
"""

HL = Headline("安化黑茶“出海”记")

BODY = Body([
    P("11月4日，在安化县一家黑茶企业的生产车间里，工人们正在对一批茯砖茶进行压制、包装，这批货将通过中欧班列发往哈萨克斯坦。"),
    P("“今年我们的出口订单比去年多了三成，主要销往中亚、俄罗斯和东南亚。”企业负责人告诉记者，为了适应海外市场，企业专门开发了小袋装、冷泡型黑茶产品，包装上印有英文和俄文说明。"),
    P("安化是黑茶的重要产地，历史上就是“万里茶道”的源头之一。近年来，当地加强茶叶质量安全管理，推动茶园有机认证和出口基地备案，先后有40多家企业获得出口资质。今年前10个月，安化黑茶出口额达到1.2亿元，同比增长35%。"),
    P("在海外推广上，当地还借助跨境电商和海外展会拓展渠道。今年9月，安化黑茶在一场国际茶叶博览会上签下意向订单2000多万元。“越来越多外国朋友开始喜欢喝黑茶，我们要让安化黑茶香飘更远。”县茶产业服务中心负责人说。"),
], mode="p")

PAGE = dict(
    id="xz-24", kind="media", lang="zh", region="湖南", site="益阳广电网（市级广播电视台网站）",
    features="电视台视频页；短标题（8字，含引号）；文末署名“记者 | 谭  鑫  罗芳　剪辑 | 周杰　责编 | 刘敏”（“|”式，只有记者是作者）；"
             "日期带秒；<title>前加【视频】；推荐列表中标题加地名",
    title_tag="【视频】安化黑茶“出海”记_益阳新闻_益阳广电网",
    css=CSS,
    meta={"description": "安化黑茶出口额同比增长35%。"},
    authors=["谭鑫", "罗芳"],
    publish_time="2024-11-05 21:03:12",
    parts=[
        '<div class="w"><div class="hd"><div class="logo">益阳广电网</div><nav><a href="#">首页</a><a href="#">益阳新闻</a><a href="#">直播</a>'
        '<a href="#">栏目</a><a href="#">区县</a><a href="#">专题</a><a href="#">爆料</a></nav>' + search("搜索") + "</div>",
        crumbs(["首页", "益阳新闻"], label="当前位置：", sep=" &gt; "),
        '<div class="player"><div class="ctl">▶　00:00 / 01:58　标清　全屏</div></div>',
        HL,
        '<div class="info"><span>2024-11-05 21:03:12</span><span>来源：益阳新闻联播</span><span>浏览：6312</span></div>',
        BODY,
        '<div class="credits"><span>记者 | 谭&nbsp;&nbsp;鑫&nbsp;&nbsp;罗芳</span>　<span>剪辑 | 周杰</span>　<span>责编 | 刘敏</span></div>',
        '<div class="rec"><h3>相关推荐</h3>' + ul(["安化：黑茶搭上中欧班列走出国门", "益阳举办第五届黑茶文化节", "桃江竹产业转型升级见闻", "南县稻虾米走俏市场"]) + "</div>",
        footer(["益阳广播电视台 版权所有", "湘ICP备09018432号-1　湘公网安备 43090202000087号", "信息网络传播视听节目许可证：1811623"]),
        "</div>",
    ],
)
