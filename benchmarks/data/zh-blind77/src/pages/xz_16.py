# 湖南 provincial news site (湘网) — TEU headline, 湘网时刻…讯（记者…通讯员…）in paragraph
from kit import *
import styles

CSS = styles.MEDIA_PORTAL.replace("#c00", "#d7000f") + """
.info{display:flex;gap:14px;flex-wrap:wrap}
.tags a{display:inline-block;border:1px solid #ddd;border-radius:12px;padding:0 10px;margin-right:6px;font-size:13px}
"""

HL = Headline("岳阳城陵矶港集装箱吞吐量首破100万TEU")

BODY = Body([
    P("湘网时刻6月12日讯（记者 刘浩 通讯员 姚静）6月11日，随着一艘满载外贸集装箱的江海直达船缓缓驶离码头，岳阳城陵矶港今年集装箱吞吐量突破100万标箱（TEU），比去年提前了近3个月，创历史同期最好水平。"),
    P("记者从岳阳市港航部门获悉，今年1至5月，城陵矶港外贸集装箱吞吐量同比增长18.6%，开通至东盟、日韩的近洋直航航线增至6条，江海联运、铁水联运“一单制”业务量同比翻番。"),
    P("“以前货物要先运到上海再中转，现在在家门口就能直接出海，单箱物流成本降低了800元左右。”一家电子信息企业的物流负责人说。"),
    P("吞吐量快速增长的背后，是港口功能的持续完善。今年以来，城陵矶港新增2台岸桥、6台场桥，上线智慧港口管理系统，集装箱平均在港时间压缩至1.8天；海关、海事等部门推行“提前申报”“抵港直装”等便利化措施，通关效率大幅提升。"),
    H("“水铁联运”打通出海新通道"),
    P("在城陵矶港的铁路专用线旁，一列满载电子产品、机械配件的集装箱班列正在装卸。这些货物从长沙、株洲等地通过铁路运抵港口后，直接换装上船，经长江运往上海洋山港出海。港口运营方介绍，铁水联运让企业的综合物流时间缩短了2到3天。"),
    P("今年以来，城陵矶港还新开通了至重庆、武汉的“点对点”快班航线，与长江沿线主要港口形成“天天班”，越来越多的湘北、鄂南和赣西货源选择在这里集结出海。"),
    H("下一步目标：全年突破200万标箱"),
    P("岳阳市有关负责人表示，下一步将加快推进港口扩能改造和临港产业园建设，力争全年集装箱吞吐量突破200万标箱，把城陵矶港建设成为长江中游重要的区域性航运物流中心。"),
], mode="p")

PAGE = dict(
    id="xz-16", kind="media", lang="zh", region="湖南", site="湘网（省级新闻网站）",
    features="标题含数字和英文“TEU”；首段内“湘网时刻6月12日讯（记者 刘浩 通讯员 姚静）”（留在正文；作者两人，信息栏作者只列一人）；"
             "信息栏“来源 作者 编辑”在日期之前；标签行、相关新闻和可见的“微信扫一扫”分享卡片中标题改写（“100万标箱！”）",
    title_tag="岳阳城陵矶港集装箱吞吐量首破100万TEU - 湘网",
    css=CSS,
    meta={"keywords": "城陵矶港,集装箱,吞吐量"},
    authors=["刘浩", "姚静"],
    publish_time="2024-06-12 18:04:33",
    parts=[
        '<div class="top-links"><div class="w"><a href="#">湘网首页</a><a href="#">湘网时刻</a><a href="#">问政湖南</a><a href="#">湖南新闻</a>'
        '<a href="#">评论</a><a href="#">视频</a><a href="#">市州</a><a href="#">下载客户端</a></div></div>',
        '<div class="w"><div class="masthead"><div class="logo">湘网 xiangnet</div>' + search("站内搜索") + "</div></div>",
        '<div class="channel"><div class="w"><a href="#">湖南</a><a href="#">时政</a><a href="#">经济</a><a href="#">市州</a><a href="#">岳阳</a><a href="#">民生</a><a href="#">文旅</a></div></div>',
        '<div class="w">',
        crumbs(["湘网", "湖南", "经济"], label="当前位置：", sep=" &gt; "),
        '<div class="col-l">',
        HL,
        '<div class="info"><span>来源：湘网</span><span>作者：刘浩</span><span>编辑：肖雯</span><span>2024-06-12 18:04:33</span>'
        '<span>[<a href="#">我要纠错</a>]</span></div>',
        BODY,
        '<div class="wx-share">' + img("本文二维码") + '<p>微信扫一扫，分享到朋友圈</p><p>岳阳城陵矶港集装箱吞吐量首破100万标箱！</p></div>',
        '<div class="tags">标签：<a href="#">城陵矶港</a><a href="#">集装箱</a><a href="#">岳阳</a></div>',
        '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>',
        '<div class="box"><h3>相关新闻</h3>' + ul([
            "城陵矶港集装箱吞吐量首破100万标箱", "岳阳新开一条至东盟近洋直航航线", "湖南“港口+”带动外贸增长"]) + "</div>",
        "</div>",
        '<div class="col-r"><div class="box"><h3>热门排行</h3>' + ul([
            "湖南今年高考报名人数公布", "长沙地铁新线路进展", "张家界：旅游旺季提前到来", "株洲轨道交通装备订单饱满"]) + "</div></div>",
        "</div>",
        footer(["湘网 版权所有　互联网新闻信息服务许可证：43120170002",
                "湘ICP备12005168号-1　湘公网安备 43010502000294号　违法和不良信息举报：0731-84326105"]),
    ],
)
