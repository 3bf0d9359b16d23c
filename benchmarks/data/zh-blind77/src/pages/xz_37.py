# 湖南 湘中市中心医院 — hospital news, short headline, 作者 with department prefix
from kit import *
import styles

CSS = styles.GOV_DIV_2018.replace("#1565c0", "#0a8a8a").replace("#0d47a1", "#086d6d") + """
.info{border-bottom:1px solid #0a8a8a}
.hotline{float:right;margin-top:56px;font-size:18px}
"""

HL = Headline("一台“接力”手术")

BODY = Body([
    P("“谢谢你们，是你们给了我第二次生命！”3月28日，63岁的刘先生康复出院，他握着心内科医生的手连声道谢。"),
    P("3月19日凌晨1时许，刘先生因突发胸痛、大汗淋漓被家人送到医院急诊科。急诊医生立即为其做了心电图，提示急性下壁心肌梗死，随即启动胸痛中心绿色通道。"),
    P("心内科介入团队20分钟内全部到位。造影显示，刘先生右冠状动脉完全闭塞。正当团队准备开通血管时，患者突然出现室颤，心跳骤停。“除颤！”“胸外按压！”医生、护士轮番上阵，经过3次电除颤，患者恢复了自主心律。"),
    P("由于刘先生血压持续偏低，心内科紧急联系心血管外科、麻醉科和重症医学科会诊，在主动脉内球囊反搏（IABP）支持下继续手术，成功为其植入支架，开通了闭塞血管。从入院到血管开通，仅用时58分钟。"),
    P("术后，刘先生转入重症监护室，经过多学科团队的精心治疗和护理，病情逐渐稳定，顺利康复出院。"),
    H("医生提醒", tag="b"),
    P("急性心肌梗死发病急、进展快，出现持续胸痛、胸闷、大汗等症状时，应立即拨打120，切勿自行驾车或硬扛，争取在最短时间内到达有胸痛中心的医院救治。"),
], mode="p")

PAGE = dict(
    id="xz-37", kind="institution", lang="zh", region="湖南", site="湘中市中心医院",
    features="医院新闻；短标题（7字，含引号）；信息栏“作者：心内科 彭丽 | 来源：宣传科 | 发布时间：2024/04/02”（作者名前带科室，日期用斜杠）；"
             "正文含英文缩写IABP、“医生提醒”小标题；急救电话、就诊指南侧栏式导航；<title>中标题后加栏目名",
    title_tag="一台“接力”手术-医院新闻-湘中市中心医院",
    css=CSS,
    meta={"description": "多学科接力救治急性心肌梗死患者。"},
    authors=["彭丽"],
    publish_time="2024/04/02",
    parts=[
        '<div class="top"><div class="w1200"><div class="l">欢迎访问湘中市中心医院！</div><div class="r"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">院长信箱</a><a href="#">English</a></div></div></div>',
        '<div class="head"><div class="w1200"><div class="logo">湘中市中心医院</div><div class="hotline">急救电话：0738-8312120</div></div></div>',
        '<div class="nav">' + ul(["首页", "医院概况", "新闻中心", "科室导航", "专家介绍", "就医指南", "健康科普", "党建文化"]) + "</div>",
        '<div class="w1200">',
        crumbs(["首页", "新闻中心", "医院新闻"], label="您的位置：", sep=" &gt; "),
        '<div class="main">',
        HL,
        '<div class="info">作者：心内科 彭丽 | 来源：宣传科 | 发布时间：2024/04/02 | 浏览：<span>652</span></div>',
        BODY,
        '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="#">【打印】</a><a href="#">【关闭】</a></div>',
        '<div class="prevnext"><p>上一篇：<a href="#">我院开展“世界肾脏日”义诊活动</a></p><p>下一篇：<a href="#">我院胸痛中心通过国家标准版再认证</a></p></div>',
        "</div></div>",
        footer(["地址：湘中市新城区长青中街36号　邮编：417000　咨询电话：0738-8312000",
                "湘ICP备08003527号-1　湘公网安备 43130202000075号",
                "本网站所提供的健康信息仅供参考，不能代替医生诊断"]),
    ],
)
