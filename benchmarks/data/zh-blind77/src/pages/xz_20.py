# central media regional channel (新华网-like 贵州频道) — wire byline in first paragraph
from kit import *
import styles

CSS = styles.MEDIA_PORTAL.replace("#c00", "#1b4fa0") + """
.header-time{font-size:14px;color:#666}
.info{display:flex;justify-content:space-between}
.p-jc{text-align:right;color:#888;font-size:13px}
"""

HL = Headline("“桥旅融合”让峡谷变景区")

BODY = Body([
    P("新华社贵阳3月5日电（记者 李黔 周宣妮）站在贵州省黔西南州一座高架大桥的观景平台上，峡谷两岸的悬崖峭壁、谷底蜿蜒的河流尽收眼底。游客们在玻璃栈道上驻足拍照，不时有人体验桥上的蹦极、高空秋千项目，引来阵阵惊呼。"),
    P("“以前只知道贵州桥多，没想到桥本身就是景点。”来自江苏的游客王丽说，她专门在网上预约了桥梁观光和峡谷徒步的套餐。"),
    P("贵州山高谷深，被称为“桥梁博物馆”。近年来，当地依托一批特大桥梁，配套建设观景平台、游客中心、极限运动项目和桥梁科普馆，推动桥梁从交通设施向旅游产品延伸。"),
    P("据介绍，今年春节假期，这座大桥所在景区接待游客18.6万人次，同比增长约40%，带动周边民宿、餐饮和农特产品销售收入超过3000万元。不少村民在景区当上了讲解员、安全员，或开起了农家乐。"),
    P("“过去峡谷阻隔了出行，如今桥把游客引了进来。”当地一名乡镇干部说，下一步将完善峡谷步道和露营地等设施，把“过境流量”变成“留量”。"),
], mode="p")

PAGE = dict(
    id="xz-20", kind="media", lang="zh", region="贵州", site="新华网贵州频道式的中央媒体地方频道",
    features="中央媒体地方频道；短标题（11字，含引号）；首段“新华社贵阳3月5日电（记者 李黔 周宣妮）”（留在正文，作者两人）；"
             "日期带秒、信息栏左右分列；【纠错】【责任编辑：王菲】不是作者；相关稿件中标题加上了地名；HTML中隐藏的分享标题另有写法",
    title_tag="“桥旅融合”让峡谷变景区-新华网贵州频道",
    css=CSS,
    meta={"description": "贵州依托特大桥梁推动桥旅融合发展。"},
    authors=["李黔", "周宣妮"],
    publish_time="2025-03-05 14:22:17",
    parts=[
        '<div class="top-links"><div class="w"><a href="#">新华网</a><a href="#">首页</a><a href="#">时政</a><a href="#">地方</a><a href="#">贵州频道</a><a href="#">English</a><a href="#">客户端</a></div></div>',
        '<div class="w"><div class="masthead"><div class="logo">新华网 · 贵州频道</div><div class="header-time">2025年03月05日 星期三</div></div></div>',
        '<div class="channel"><div class="w"><a href="#">贵州要闻</a><a href="#">高层动态</a><a href="#">市州</a><a href="#">经济</a><a href="#">文旅</a><a href="#">图片</a><a href="#">视频</a></div></div>',
        '<div class="w">',
        crumbs(["新华网贵州频道", "正文"], label="", sep=" &gt; "),
        '<div class="col-l">',
        HL,
        '<div class="info"><span>2025-03-05 14:22:17　来源：新华网</span><span>字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a>　分享到：<a href="#">微信</a> <a href="#">微博</a></span></div>',
        BODY,
        '<div hidden id="share-title">新华网｜“桥旅融合”让贵州峡谷变景区</div>',
        '<p class="p-jc">【<a href="#">纠错</a>】 【责任编辑：王菲】</p>',
        '<div class="box"><h3>相关稿件</h3>' + ul(["贵州：“桥旅融合”让峡谷变景区", "贵州“桥梁博物馆”迎来春节客流高峰",
                                                   "黔西南：峡谷旅游带火乡村民宿"]) + "</div>",
        "</div>",
        '<div class="col-r"><div class="box"><h3>贵州要闻</h3>' + ul(["贵州春耕备耕有序推进", "贵阳开通两条跨区定制公交",
                                                                      "遵义：茶园开采迎“开门红”"]) + "</div></div>",
        "</div>",
        footer(["Copyright © 2000-2025 XINHUANET.com　All Rights Reserved.", "制作单位：新华网贵州分公司　版权所有：新华网"]),
    ],
)
