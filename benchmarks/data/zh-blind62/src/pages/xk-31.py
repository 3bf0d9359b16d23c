# Provincial newspaper e-paper (数字报, 2020s flex layout): 引题/主题/副题 stack, author line 本报记者, 版次 navigation,
# 本版标题 list, page-image alt, article meta "齐鲁日报 | 2024年03月24日 | 第02版：要闻".
from lib import *

TITLE = ["三年改造提升600个乡镇商贸中心"]

blocks = [
    ("p", "本报济南3月23日讯　省政府日前印发《山东省县域商业体系建设三年行动方案（2024—2026年）》，"
          "提出到2026年，全省改造提升乡镇商贸中心600个，县城综合商贸服务中心覆盖率达到95%以上。"),
    ("p", "县域商业是农村消费的主阵地。省商务厅有关负责人介绍，近年来我省县域商业设施不断完善，但仍存在网点布局不均衡、"
          "物流成本偏高、流通主体实力偏弱等问题。方案围绕“补短板、强主体、促融合”，部署了四个方面的重点任务。"),
    ("p", "在网点布局上，支持各县编制县域商业网点规划，引导大型流通企业下沉县城，改造提升县城商业综合体和农贸市场；"
          "在乡镇层面，以中心镇为重点建设集购物、餐饮、休闲、寄递于一体的商贸中心。"),
    ("p", "在物流配送上，推进邮政、快递、供销、电商等资源共享，建设县级共同配送中心，鼓励“客货邮”融合发展。"
          "到2026年，县乡村三级物流配送体系基本建成，具备条件的行政村实现快递服务全覆盖。"),
    ("p", "在主体培育上，每年培育县域龙头流通企业50家左右，村级便民商店连锁化率提高到45%。"),
]
body = Body(blocks, dict(container="p", indent="ideo"))

pages = ["第01版：要闻", "第02版：要闻", "第03版：要闻", "第04版：综合", "第05版：经济", "第06版：民生",
         "第07版：理论", "第08版：文化"]
html = doc("齐鲁日报数字报-三年改造提升600个乡镇商贸中心", CSS_EPAPER, div("".join([
    div(div(esc("齐鲁日报"), "pname") + div(esc("2024年03月24日 星期日"), "pdate") +
        div(links(["往期回顾", "PDF下载", "返回首页"], sep=" | ", tag=None)), "ptop"),
    div("".join([
        div("".join([
            div(esc("第02版：要闻") + span("　") + a("上一版") + span(" ") + a("下一版"), "curpage"),
            div(img("第02版版面图"), "pageimg"),
            div(t("h4", "版面导航") + "".join(div(a(p)) for p in pages), "pagenav"),
        ]), "pagecol"),
        div("".join([
            div(esc("县域商业体系建设三年行动方案出台"), "yinti"),
            title_html(TITLE),
            div(esc("县城综合商贸服务中心覆盖率将达95%以上"), "futi"),
            div(esc("本报记者　李　晖"), "author"),
            body.html,
            div(esc("齐鲁日报 | 2024年03月24日 | 第02版：要闻"), "ameta"),
            div(t("h4", "本版标题") + ul(["三年改造提升600个乡镇商贸中心", "全省春季农业生产全面展开",
                                         "我省新增国家级绿色工厂46家", "一季度重点项目集中开工"]), "titlelist"),
            div(links(["上一篇", "下一篇", "返回目录"], sep="　", tag=None), "nav2"),
        ]), "artcol"),
    ]), "cols"),
    div(esc("齐鲁日报社版权所有 未经授权禁止转载　鲁ICP备09034127号"), "pfoot"),
]), "paper"))

PAGE = dict(
    id="xk-31", kind="e-paper", lang="zh", title=TITLE,
    authors=["李晖"], publish_time="2024年03月24日",
    body=body, html=html,
    features="e-paper; 版次 navigation and page-image alt before the article; 引题/主题/副题 stack (title = 主题 only); "
             "author line 本报记者　李　晖; 本报济南…讯 without names; article meta with paper, date and page; 本版标题 list "
             "repeating the headline; date with weekday in the top bar.",
)
