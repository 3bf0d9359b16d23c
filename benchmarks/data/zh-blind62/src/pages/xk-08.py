# 天津市西青区人民政府 portal, 建议提案办理 column: 区教育局 答复函; horizontal record grid (labels row,
# values row); 签发人 line and 文号 above the text; contact line as 附注 (body); 抄送 版记 (not body).
from lib import *

TITLE = ["天津市西青区教育局关于区政协十七届三次会议第0127号提案的答复"]

blocks = [
    ("nb", "A类　　　　　　　　　　　　　　　　　　　　签发人：李志华", "qianfa"),
    ("wenhao", "西青教函〔2024〕21号"),
    ("zhusong", ["孙晓梅委员："]),
    ("p", "您提出的《关于加强农村学校体育设施建设的提案》（第0127号）收悉。经认真研究，现答复如下："),
    ("h", "一、基本情况"),
    ("p", "近年来，我局持续加大农村学校体育设施投入，2021年以来累计投入资金4860万元，新建、改造塑胶运动场18块，"
          "为32所农村中小学配齐体育器材。目前，全区农村学校体育场地达标率为91.4%，较2020年提高12个百分点。"),
    ("h", "二、存在的问题"),
    ("p", "您在提案中指出的部分学校室内运动场馆不足、器材更新不及时、专职体育教师短缺等问题确实存在，"
          "特别是辛口镇、王稳庄镇部分小规模学校，受用地和资金限制，尚不具备建设风雨操场的条件。"),
    ("h", "三、下一步工作"),
    ("lead", "（一）实施场馆提升工程。", "2024年至2025年，计划投资1500万元为6所农村学校建设风雨操场，优先保障寄宿制学校。"),
    ("lead", "（二）建立器材更新机制。", "将体育器材更新经费纳入生均公用经费保障范围，按每生每年不低于30元的标准安排。"),
    ("lead", "（三）充实体育师资队伍。", "通过公开招聘、城乡交流等方式，三年内为农村学校补充专职体育教师40名。"),
    ("p", "感谢您对我区教育工作的关心和支持，欢迎继续提出宝贵意见和建议。"),
    ("sign", ["天津市西青区教育局"]),
    ("date", "2024年6月20日"),
    ("note", "（联系人：赵　磊；联系电话：022-27391056）"),
    ("banji", ["抄送：区政府办公室，区政协提案委员会。"]),
]
body = Body(blocks, dict(container="p", indent="css", heading="strong"))

labels = ["索引号", "发布机构", "发文日期", "文号", "公开方式"]
values = ["11120111MB1C40215Q/2024-00063", "天津市西青区教育局", "2024-06-20", "西青教函〔2024〕21号", "主动公开"]
rec = t("table", t("tr", "".join(t("th", esc(x)) for x in labels)) + t("tr", "".join(t("td", esc(x)) for x in values)),
        "record", cellspacing="0")

html = doc(TITLE[0] + "_天津市西青区人民政府", CSS_GOV_2018 + """
.header{background:#2366b8}.qianfa{text-indent:0;color:#c00}.record th{text-align:center}
""", "".join([
    div(div(div("天津市西青区人民政府", "logo") + div(links(["无障碍阅读", "关怀版"], sep=" | ", tag=None)) +
            search("输入关键词搜索", "搜索"), "top"), "header"),
    div(ul(["首页", "西青要闻", "政务公开", "政务服务", "互动交流", "走进西青"]), "nav"),
    div("".join([
        crumb(["首页", "政务公开", "建议提案办理", "政协提案答复"], prefix="您现在的位置：", sep=" > ", last_plain=False),
        rec,
        title_html(TITLE),
        div(esc("发布日期：2024.06.26　　来源：区教育局　　【") + a("打印") + esc("】【") + a("关闭") + esc("】"), "info"),
        body.html,
        listbox("相关答复", [("天津市西青区教育局关于区人大十八届三次会议第35号建议的答复", "2024-06-26"),
                          ("天津市西青区体育局关于区政协十七届三次会议第0098号提案的答复", "2024-06-21")], more=None),
    ]), "main"),
    div("".join([
        t("p", esc("主办单位：天津市西青区人民政府办公室　技术支持：西青区融媒体中心")),
        t("p", esc("津ICP备05002711号　津公网安备 12011102000334号　网站标识码：1201110006")),
        t("p", esc("地址：天津市西青区杨柳青镇柳口路64号　邮编：300380")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-08", kind="government", lang="zh", title=TITLE,
    authors=[], publish_time="2024.06.26",
    body=body, html=html,
    features="函 (提案答复): record as a horizontal grid (labels row, values row); 签发人 line with a name and the 文号 "
             "above the text, neither body nor author; 主送 a person (委员); bold leads; contact person line in the 附注 "
             "is body; 抄送 版记 not body; dotted date.",
)
