# 济南市住房和城乡建设局 site (2021 design): 政策解读 that names the document; 文字/图片/视频解读 tabs;
# related document link; 解读机构 line (not an author); info bar with 信息来源 and 阅读次数.
from lib import *

TITLE = ["《济南市既有住宅加装电梯管理办法》政策解读"]

blocks = [
    ("h", "一、出台背景"),
    ("p", "截至2023年底，我市2000年以前建成的多层住宅小区有1800余个，涉及居民约46万户，老年人上下楼难问题日益突出。"
          "2019年以来，我市累计完成既有住宅加装电梯1237部，但在实践中也暴露出审批环节多、资金筹集难、后期维保责任不清等问题。"
          "为此，市住房城乡建设局起草了《济南市既有住宅加装电梯管理办法》（以下简称《办法》），经市政府同意印发实施。"),
    ("h", "二、主要内容"),
    ("p", "《办法》共六章三十二条，主要包括以下内容："),
    ("lead", "（一）明确实施主体。", "加装电梯以单元为单位申请，由本单元业主推选的代表或者委托的物业服务企业作为实施主体，"
             "负责意见征询、设计施工和后期管理。"),
    ("lead", "（二）简化审批程序。", "将规划、施工许可等事项整合为一次联合审查，审查时限由原来的20个工作日压缩至10个工作日。"),
    ("lead", "（三）规范资金筹集。", "加装费用由业主按楼层等因素协商分摊，可申请使用住宅专项维修资金和住房公积金，"
             "市、区两级财政对每部电梯给予最高15万元补贴。"),
    ("lead", "（四）落实运行维护。", "电梯投入使用前，实施主体应当明确使用管理单位，签订维护保养合同，并投保电梯安全责任保险。"),
    ("h", "三、适用范围"),
    ("p", "《办法》适用于本市行政区域内已建成投入使用、具有合法权属证明、未设电梯的四层以上（含四层）住宅。"
          "已列入征收计划或者房屋安全鉴定为C级、D级的住宅不适用。"),
    ("h", "四、施行时间"),
    ("p", "《办法》自2024年9月1日起施行，有效期5年。"),
]
body = Body(blocks, dict(container="p", indent="css", heading="strong"))

html = doc(TITLE[0] + "-济南市住房和城乡建设局", CSS_GOV_MODERN.replace("#a9151b", "#1a5fb4") + """
.tabs span{display:inline-block;padding:6px 18px;border:1px solid #1a5fb4;margin-right:6px}
.tabs .on{background:#1a5fb4;color:#fff}
.jd{color:#666;text-align:right}
""", "".join([
    div(div(span("济南市住房和城乡建设局欢迎您！") + div(links(["无障碍", "长者模式", "繁体版"], sep=" ", tag=None)), "in"), "toolbar"),
    div(div(div("济南市住房和城乡建设局", "site-name") + search("请输入关键词", "搜索"), "in"), "head"),
    div(ul(["首页", "新闻动态", "政务公开", "政策文件", "政策解读", "办事服务", "互动交流"]), "nav"),
    div("".join([
        crumb(["首页", "政务公开", "政策解读"], prefix="您的位置：", sep=" > ", last_plain=False),
        div(span("文字解读", "on") + span("图片解读") + span("视频解读"), "tabs"),
        title_html(TITLE),
        div(span("发布日期：2024-08-05") + span("信息来源：市住房城乡建设局") + span("阅读次数：1524") +
            span("【大 中 小】"), "info"),
        body.html,
        div(esc("解读机构：济南市住房和城乡建设局"), "jd"),
        div(esc("相关文件：") + a("济南市人民政府办公厅关于印发济南市既有住宅加装电梯管理办法的通知"), "relfile"),
        listbox("相关解读", [("图解：既有住宅加装电梯，这些变化要知道", "2024-08-06"),
                          ("《济南市城镇老旧小区改造资金管理办法》政策解读", "2024-06-17")], more="更多", cls="related"),
        qr([("二维码", "扫一扫 分享本页")]),
    ]), "container"),
    div("".join([
        t("p", esc("主办单位：济南市住房和城乡建设局　联系电话：0531-12345")),
        t("p", esc("鲁ICP备12019462号-1　鲁公网安备 37010302000967号　网站标识码：3701000055")),
        t("p", links(["网站地图", "隐私声明", "联系我们"], sep=" | ", tag=None)),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-09", kind="government", lang="zh", title=TITLE,
    authors=[], publish_time="2024-08-05",
    body=body, html=html,
    features="政策解读 naming the document in 书名号; 文字/图片/视频解读 tabs above the headline; bold-lead items; "
             "解读机构 line and 相关文件 link with the full document title after the body (not body, not author); "
             "info bar of spans glued by flex; 相关解读 list.",
)
