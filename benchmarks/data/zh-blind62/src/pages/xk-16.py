# Provincial newspaper group portal (大众-like): byline line on its own "大众新闻记者 刘　婷　通讯员 周　琳　报道";
# 本报济南…讯 without names; table; 责任编辑 and 审核 lines; app-download box; font-size buttons.
from lib import *

TITLE = ["山东今年将新开工改造城镇老旧小区2100个"]

blocks = [
    ("byline", "大众新闻记者 刘　婷　通讯员 周　琳　报道"),
    ("p", "本报济南10月8日讯　8日，省政府新闻办召开新闻发布会，介绍全省城镇老旧小区改造工作进展。"
          "今年我省计划新开工改造城镇老旧小区2100个、涉及居民28.6万户，截至9月底已开工2046个，开工率97.4%。"),
    ("p", "省住房城乡建设厅副厅长于海涛介绍，今年改造将聚焦“一老一小”和安全隐患，重点实施燃气、供水、排水等管线更新，"
          "同步推进加装电梯、建设充电设施和适老化改造。"),
    ("p", "各市改造任务完成情况如下："),
    ("table", [["城市", "计划开工（个）", "已开工（个）"], ["济南", "352", "352"], ["青岛", "318", "309"],
               ["淄博", "176", "176"], ["烟台", "203", "198"]]),
    ("p", "“改不改、改什么、怎么改，都要让居民说了算。”于海涛说，今年全省推行“居民点单、政府派单、企业接单”模式，"
          "改造方案公示率达到100%，居民满意度调查结果作为项目验收的重要依据。"),
    ("p", "发布会透露，我省还将探索老旧小区改造与片区城市更新相结合，鼓励社会资本参与养老、托育、便民市场等配套设施建设和运营，"
          "形成“改造一片、提升一片”的良性循环。"),
    ("nb", "责任编辑：马一鸣　审核：许　菲", "editor"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "_大众网", CSS_MEDIA + """
.logo{color:#e60012}.article-content .byline{text-indent:0;font-weight:bold}
.app{border:1px solid #eee;padding:10px}.font button{margin-left:4px}
""", "".join([
    div(links(["大众网首页", "大众日报", "大众新闻客户端", "齐鲁晚报", "农村大众"], sep=" | ", tag=None), "topnav"),
    div(div("大众网", "logo") + search("搜索", "搜索"), "masthead"),
    div(ul(["首页", "山东", "时政", "民生", "财经", "理论", "评论", "视频", "十六市"]), "channel"),
    div(div("".join([
        crumb(["大众网", "山东", "民生"], prefix="当前位置：", sep=" > ", last_plain=False),
        title_html(TITLE),
        div(span("2024-10-09 06:58") + span("来源：大众日报") + div(esc("字号：") + t("button", "A+") + t("button", "A-"), "font"),
            "info"),
        body.html,
        div(span("分享：") + links(["微信", "微博", "QQ空间"], sep=" ", tag=None), "share"),
        div(img("大众新闻客户端", gif=True, width=80, height=80) + t("p", esc("下载大众新闻客户端 看更多山东新闻")), "app"),
    ]), "left") + div(listbox("热点推荐", [("山东发布秋季农业生产技术指导意见", "10-08"),
                                           ("济南地铁4号线全线贯通", "10-07"), ("青岛港前三季度货物吞吐量增长5%", "10-07")],
                              more=None), "right"), "main"),
    div("".join([
        t("p", esc("大众网版权所有 违者必究")),
        t("p", esc("鲁ICP备09012531号　互联网新闻信息服务许可证37120170001")),
        t("p", esc("违法和不良信息举报电话：0531-85193xxx")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-16", kind="media", lang="zh", title=TITLE,
    authors=["刘婷", "周琳"], publish_time="2024-10-09 06:58",
    body=body, html=html,
    features="provincial newspaper portal; byline line on its own above the text with spaced names and 通讯员; "
             "本报济南…讯 with an ideographic space and no names; table (header + 4 rows); quoted speech; "
             "责任编辑 + 审核 line; A+/A- buttons in the info bar; app promotion box.",
)
