# 北京市房山区人民政府 portal (2016 design): 常务会议纪要 with the 纪要's own 版头 (期号, 印发机关 and date) above
# the text; 出席/列席/请假 lines with personal names are body; 分送/印发 版记 is not.
from lib import *

TITLE = ["房山区人民政府第五十八次常务会议纪要"]

blocks = [
    ("nb", "第8期", "wenhao"),
    ("nb", "房山区人民政府办公室　　　　　　　　2024年7月10日", "wenhao"),
    ("p", "2024年7月9日，区长李永春主持召开区政府第五十八次常务会议，研究部署主汛期防汛、老旧小区综合整治、"
          "重点项目建设等工作。现纪要如下："),
    ("h", "一、关于主汛期防汛工作"),
    ("p", "会议听取了区水务局关于主汛期防汛准备情况的汇报。会议指出，“七下八上”是防汛关键期，"
          "各单位要克服麻痹思想，严格落实24小时值班和领导带班制度。会议要求，区应急局牵头做好山洪、泥石流易发区人员转移预案，"
          "区水务局、各乡镇（街道）要在7月15日前完成河道、桥涵清淤疏浚，确保人民群众生命财产安全。"),
    ("h", "二、关于审议《房山区2024年老旧小区综合整治工作方案》"),
    ("p", "会议原则同意该方案。会议要求，区住房城乡建设委根据会议意见修改完善后以区政府办公室名义印发实施；"
          "整治项目要充分征求居民意见，做到“一小区一方案”，年内完成18个小区、96栋楼的整治任务。"),
    ("h", "三、关于上半年重点项目建设情况"),
    ("p", "会议听取了区发展改革委的汇报。上半年全区72个重点项目完成投资131.6亿元，完成年度计划的54.3%。"
          "会议要求，对进度滞后的项目逐一分析原因，由主责单位“一对一”盯办，确保三季度末完成年度计划的80%以上。"),
    ("p", "出席：李永春　王　琦　陈立新　高雪峰　杨宏斌"),
    ("p", "列席：区政府办公室、区发展改革委、区财政局、区水务局、区应急局、区住房城乡建设委主要负责同志"),
    ("p", "请假：刘　洋（参加市里会议）"),
    ("banji", ["分送：区委办公室，区人大常委会办公室，区政协办公室。", "房山区人民政府办公室　　　　　　2024年7月11日印发"]),
]
body = Body(blocks, dict(container="p", indent="css", heading="strong"))

html = doc(TITLE[0] + "-北京市房山区人民政府", CSS_GOV_2018 + """
.header{background:#b71c1c}.nav{background:#9a1515}.footer{background:#333}
.wenhao{color:#c00;text-indent:0}
""", "".join([
    div(div(div("北京市房山区人民政府", "logo") +
            div(links(["无障碍", "长者模式", "网站支持IPv6"], sep="  ", tag=None)) +
            search("请输入关键字", "搜索"), "top"), "header"),
    div(ul(["首页", "房山要闻", "政务公开", "政务服务", "政民互动", "魅力房山"]), "nav"),
    div("".join([
        crumb(["首页", "政务公开", "会议纪要"], prefix="您当前所在位置：", sep=" > ", last_plain=False),
        title_html(TITLE),
        div(esc("发布时间：2024-07-12　　来源：区政府办公室　　浏览量：312"), "info"),
        body.html,
        div(esc("上一篇：") + a("房山区人民政府第五十七次常务会议纪要") + t("br") + esc("下一篇：") + a("房山区人民政府第五十九次常务会议纪要"),
            "prevnext"),
        div(links(["打印本页", "关闭窗口"], sep=" ", tag=None), "tools"),
    ]), "main"),
    div("".join([
        t("p", esc("主办：北京市房山区人民政府办公室　承办：北京市房山区政务服务和数据管理局")),
        t("p", esc("网站标识码：1101110022　京ICP备05083317号　京公网安备 11011102000523号")),
        qr([("房山发布", "房山发布微信"), ("北京房山", "北京房山客户端")]),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-07", kind="government", lang="zh", title=TITLE,
    authors=[], publish_time="2024-07-12",
    body=body, html=html,
    features="会议纪要: 版头 lines (期号; 印发机关 + date) above the text are not body; numbered bold 议题 headings; "
             "出席/列席/请假 lines full of names (spaced two-character names) are body, not authors; 分送/印发 版记 "
             "not body; three dates on the page (会议, 版头, 发布).",
)
