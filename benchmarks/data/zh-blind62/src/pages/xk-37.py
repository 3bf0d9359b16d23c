# Hospital site (2016 table-ish design): news with a closing byline （刘洋 李丹） at the end of the last paragraph;
# info bar with 来源 a department, empty 浏览 count; 审核 line; 专家 quote; 预约挂号 side box.
from lib import *

TITLE = ["我院成功开展首例经导管主动脉瓣置换术"]

blocks = [
    ("p", "近日，我院心血管内科团队成功为一名82岁重度主动脉瓣狭窄患者实施经导管主动脉瓣置换术（TAVR），"
          "标志着我院心脏瓣膜病介入治疗技术迈上新台阶。"),
    ("p", "患者王大爷因反复胸闷、气短、活动后晕厥入院，心脏彩超提示重度主动脉瓣狭窄。由于患者高龄，合并慢性肾功能不全，"
          "传统开胸手术风险极高。心血管内科联合心脏外科、麻醉科、影像科等多学科会诊后，决定为其实施TAVR手术。"),
    ("p", "手术在杂交手术室进行，团队经股动脉穿刺，将人工瓣膜经导管输送至主动脉瓣位置并精准释放，全程仅用时1小时20分钟。"
          "术后患者症状明显缓解，第二天即可下床活动，目前已康复出院。"),
    ("p", "“与传统外科手术相比，TAVR无需开胸、无需体外循环，创伤小、恢复快，特别适合高龄、合并症多的患者。”"
          "心血管内科主任吴海军介绍，此次手术的成功开展，填补了我院在该领域的技术空白，区域内患者在家门口就能享受到先进的瓣膜病介入治疗。"),
    ("p", "据悉，我院心血管内科为天津市临床重点专科，近年来先后开展了左心耳封堵、冠脉旋磨等多项新技术。（刘洋 李丹）"),
    ("nb", "审核：宣传科", "editor"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "-天津市滨湖医院", CSS_EDU.replace("#003f88", "#0a8a7a").replace("#002e66", "#07695d"), "".join([
    div(div(esc("天津市滨湖医院"), "sname") + div(links(["预约挂号", "就医指南", "联系我们"], sep=" | ", tag=None)), "top"),
    div(ul(["网站首页", "医院概况", "新闻动态", "科室导航", "专家介绍", "就医指南", "健康科普", "党建工作"]), "nav"),
    div("".join([
        div(t("h2", "新闻动态") + ul(["医院新闻", "媒体报道", "通知公告", "院务公开"]) +
            div(t("p", esc("预约挂号电话")) + t("p", esc("022-8836xxxx"))), "sidebar"),
        div("".join([
            crumb(["首页", "新闻动态", "医院新闻"], prefix="当前位置：", sep=" >> ", last_plain=False),
            title_html(TITLE),
            div(esc("发布时间：2024年05月29日 14:22　　来源：心血管内科　　浏览：　次"), "info"),
            body.html,
            div(esc("【") + a("打印本页") + esc("】【") + a("关闭窗口") + esc("】"), "close"),
        ]), "content"),
    ]), "wrap"),
    div("".join([
        t("p", esc("天津市滨湖医院　地址：天津市东丽区湖滨路6号　急救电话：022-8836xxxx")),
        t("p", esc("津ICP备10204618号-1")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-37", kind="institution", lang="zh", title=TITLE,
    authors=["刘洋", "李丹"], publish_time="2024年05月29日 14:22",
    body=body, html=html,
    features="hospital news; 来源 is a department; empty 浏览 count; closing byline （刘洋 李丹） ending the last paragraph "
             "(stays in the paragraph); expert quote; 审核 line; side box with a phone number.",
)
