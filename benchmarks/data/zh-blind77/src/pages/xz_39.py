# 甘肃 省青年书画研究会 — association news, 供稿 line (no author), results table, old 2010s layout
from kit import *
import styles

CSS = styles.GOV_TABLE_2012.replace("#b71c1c", "#5d4037").replace("#c62828", "#6d4c41").replace("color:#b00", "color:#5d4037") + """
.info{font-size:12px}
.article-content table{width:90%;margin:8px auto}
.gaoyuan{text-align:right;color:#666}
"""

HL = Headline("第三届“陇原杯”青少年书法大赛评选结果揭晓")

BODY = Body([
    P("由甘肃省青年书画研究会主办的第三届“陇原杯”青少年书法大赛日前完成评审工作，评选结果正式揭晓。"),
    P("本届大赛自今年4月启动征稿以来，共收到全省14个市州及部分外省青少年投稿作品3260余件，比上届增长近三成。作品涵盖篆书、隶书、楷书、行书、草书等书体，既有临摹经典碑帖的习作，也有不少个性鲜明的创作，整体水平较往届有明显提高。"),
    P("8月上旬，研究会邀请省内外书法家和书法教育专家组成评审委员会，按照初评、复评、终评三个环节，采取分组评审、集中审议、复核公示的方式进行评选。经评审，共评出各组别获奖作品312件，具体如下："),
    T([["组别", "一等奖", "二等奖", "三等奖", "优秀奖"],
       ["少儿组（6—12岁）", "10", "20", "30", "60"],
       ["少年组（13—15岁）", "8", "16", "24", "48"],
       ["青年组（16—18岁）", "6", "12", "18", "60"]]),
    P("评审委员会认为，本届参赛作品“临帖扎实、取法多元”，反映出近年来书法进校园工作的成效。同时，部分作品也存在用笔单薄、章法雷同、落款不规范等问题，需要在今后的教学中加以重视。"),
    P("获奖名单已在研究会官网和微信公众号公示，公示期满无异议后将颁发证书。优秀作品将于10月在兰州举办巡回展览。"),
], mode="br", indent="u3000", wrap=("<div class=\"article-content\">", "</div>"))

PAGE = dict(
    id="xz-39", kind="institution", lang="zh", region="甘肃", site="甘肃省青年书画研究会",
    features="协会网站（旧式表格布局，正文是用两个<br>分隔的文字段，U+3000缩进）；标题含引号和“第三届”；文末“供稿：秘书处　审核：王振东”（不是作者，作者[]）；"
             "获奖数表格（表头+3行，组别含全角括号和数字区间）；信息栏“日期：2024.08.16　阅读：”（点分日期）",
    title_tag="第三届“陇原杯”青少年书法大赛评选结果揭晓",
    css=CSS,
    meta={"description": "第三届“陇原杯”青少年书法大赛评选结果揭晓"},
    authors=[],
    publish_time="2024.08.16",
    parts=[
        '<div class="wrap">',
        '<div class="topbar"><span class="r"><a href="#">会员登录</a> | <a href="#">入会申请</a> | <a href="#">联系我们</a></span>甘肃省青年书画研究会官方网站</div>',
        '<div class="banner">甘肃省青年书画研究会</div>',
        '<table class="nav" width="100%" cellspacing="1"><tr>'
        + "".join(f'<td><a href="#">{x}</a></td>' for x in ["首页", "研究会概况", "新闻动态", "通知公告", "会员风采", "作品欣赏", "书画教育", "联系我们"])
        + "</tr></table>",
        crumbs(["首页", "新闻动态"], label="当前位置：", sep=" &gt; "),
        HL,
        '<div class="info">日期：2024.08.16　　阅读：<span>1540</span>　　【<a href="#">打印</a>】</div>',
        BODY,
        '<p class="gaoyuan" style="padding:0 36px">供稿：秘书处　　审核：王振东</p>',
        '<div class="tools">上一篇：<a href="#">关于举办第三届“陇原杯”青少年书法大赛的通知</a>　下一篇：<a href="#">研究会赴临夏开展送文化下乡活动</a></div>',
        footer(["甘肃省青年书画研究会 版权所有　地址：兰州市城关区庆阳路212号　电话：0931-8465273",
                "陇ICP备16002748号-1"]),
        "</div>",
    ],
)
