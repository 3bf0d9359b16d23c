# 甘肃·天水 city news site (天水在线) — short main title + dash 副题, 本网讯 byline inside paragraph
from kit import *
import styles

CSS = styles.MEDIA_PORTAL.replace("#c00", "#0a5fa8") + """
.title-box{text-align:center}
.title-box h1{font-size:32px}
.info{text-align:center}
"""

HL = Headline("麦积山下“花牛”红", fu="——麦积区花牛苹果产业发展见闻", tags={"fu": ("h2", "futi")})

BODY = Body([
    P("本网讯（记者 马丽娟 通讯员 李文轩）金秋十月，走进麦积区花牛镇，漫山遍野的果园里，一个个色泽鲜艳的花牛苹果挂满枝头，果农们穿梭在果树间采摘、分拣、装箱，处处洋溢着丰收的喜悦。"),
    H("老品种有了新“身价”"),
    P("“今年雨水匀，果子个头大、着色好，一级果在地头就能卖到每斤4块5。”果农王建平一边给苹果套网袋一边算账，他家12亩果园预计收入能超过15万元。"),
    P("近年来，麦积区围绕花牛苹果这一传统优势品种，持续推进老果园改造和矮化密植栽培，推广水肥一体化、生草覆盖、有机肥替代化肥等技术，全区花牛苹果标准化种植面积达到32万亩，优果率提高到75%以上。"),
    H("小苹果串起大产业"),
    P("在区内一家果品冷链物流园，一条条智能分选线正在高速运转，每个苹果经过拍照、测糖、称重后自动分级。企业负责人介绍，园区建有气调库容8万吨，苹果可以错峰上市，“把‘季节果’变成了‘四季果’”。"),
    P("目前，麦积区已培育果品加工、包装、物流等企业120多家，发展电商经营主体近千家，花牛苹果远销东南亚、中东等20多个国家和地区，全产业链产值突破60亿元，成为带动群众增收的“致富果”。"),
], mode="p")

PAGE = dict(
    id="xz-14", kind="media", lang="zh", region="甘肃", site="天水在线（市级新闻网站）",
    features="短标题（8字，含引号）加“——”副题（副题不入标题）；本网讯（记者…通讯员…）在首段内（留在正文，作者两人）；"
             "信息栏“编辑：”不是作者；日期为“2023年10月18日”；正文小标题加粗；侧栏标题改写",
    title_tag="麦积山下“花牛”红——麦积区花牛苹果产业发展见闻-天水在线",
    css=CSS,
    meta={"description": "麦积区花牛苹果产业发展见闻"},
    authors=["马丽娟", "李文轩"],
    publish_time="2023年10月18日",
    parts=[
        '<div class="top-links"><div class="w"><a href="#">天水日报</a><a href="#">天水晚报</a><a href="#">数字报</a><a href="#">天水发布</a><a href="#">网上举报</a></div></div>',
        '<div class="w"><div class="masthead"><div class="logo">天水在线</div>' + search("请输入关键字") + "</div></div>",
        '<div class="channel"><div class="w"><a href="#">首页</a><a href="#">天水新闻</a><a href="#">县区</a><a href="#">经济</a><a href="#">文旅</a><a href="#">伏羲文化</a><a href="#">视频</a></div></div>',
        '<div class="w">',
        crumbs(["首页", "天水新闻", "县区新闻"], label="您的位置：", sep=" &gt; "),
        '<div class="col-l">',
        HL,
        '<div class="info"><span>发布时间：2023年10月18日</span> <span>来源：天水日报</span> <span>编辑：王　芳</span> <span>点击：3056</span></div>',
        BODY,
        '<div class="share">【<a href="#">打印</a>】【<a href="#">关闭</a>】　分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
        "</div>",
        '<div class="col-r"><div class="box"><h3>县区新闻</h3>' + ul([
            "麦积：花牛苹果红了 果农笑了", "秦州区开展秋季农产品质量安全检查", "甘谷辣椒喜获丰收", "武山蔬菜直供粤港澳大湾区"]) + "</div></div>",
        "</div>",
        footer(["天水日报社主办　天水在线版权所有　未经授权禁止转载",
                "互联网新闻信息服务许可证编号：62120180004　陇ICP备07001358号-1",
                "甘公网安备 62050202000026号　举报电话：0938-8214113"]),
    ],
)
