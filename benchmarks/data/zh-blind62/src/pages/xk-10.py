# 廊坊市人民政府 portal (2019 design): 领导活动 news; info bar ABOVE the headline with 来源 and 作者 (two names);
# 本报讯（记者 … 通讯员 …） inside the first paragraph; photo with caption and 摄 credit; 责任编辑 line.
from lib import *

TITLE = ["杜明远到固安县调研重点项目建设"]

blocks = [
    ("p", "本报讯（记者 韩冰 通讯员 刘伟）3月27日，市长杜明远到固安县调研重点项目建设和产业发展工作。"
          "他强调，要牢牢扭住项目建设这个“牛鼻子”，以项目建设的加速度推动经济运行持续向好。"),
    ("img", "调研现场", "3月27日，杜明远在固安县新型显示产业园调研。　记者 韩冰 摄"),
    ("p", "在新型显示产业园，杜明远走进企业生产车间，详细了解产品研发、市场订单和项目二期建设进展。"
          "企业负责人介绍，二期项目计划今年6月竣工投产，达产后年产值可达35亿元。杜明远叮嘱有关部门"
          "主动靠前服务，帮助企业解决用工、用电等实际困难。"),
    ("p", "随后，杜明远先后来到牛驼温泉康养小镇、城南片区污水处理厂提标改造工程等项目现场，"
          "实地察看项目建设情况，听取县里工作汇报。"),
    ("p", "“一季度即将收官，各地各部门要对照年度目标任务，倒排工期、挂图作战。”杜明远说，"
          "要健全市级领导包联重点项目机制，对审批手续、要素保障等问题实行清单化管理，确保项目早开工、早投产、早见效。"
          "要坚持招商引资“一把手工程”，围绕新一代信息技术、高端装备制造、生物医药等主导产业开展精准招商。"),
    ("p", "杜明远还就安全生产和森林防火工作提出要求，强调要严格落实企业主体责任，加强施工现场安全管理，坚决防范各类事故发生。"),
    ("p", "副市长周晓峰、市政府秘书长吴建国参加调研。"),
    ("nb", "责任编辑：王静", "editor"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "-廊坊市人民政府", CSS_GOV_2018 + ".editor{text-align:right;color:#999}", "".join([
    div(div(div("廊坊市人民政府", "logo") + div(links(["无障碍", "关怀模式", "手机版", "繁體"], sep=" | ", tag=None)) +
            search("请输入关键词", "站内搜索"), "top"), "header"),
    div(ul(["首页", "廊坊要闻", "政务公开", "政务服务", "政民互动", "走进廊坊"]), "nav"),
    div("".join([
        crumb(["首页", "廊坊要闻", "领导活动"], prefix="当前位置：", sep=" > ", last_plain=False),
        div(esc("来源：廊坊日报　　作者：韩冰　刘伟　　发布时间：2024-03-28 08:40　　【字体：") +
            links(["大", "中", "小"], sep=" ", tag=None) + esc("】"), "info"),
        title_html(TITLE),
        body.html,
        div(esc("分享到：") + links(["微信", "微博", "QQ"], sep=" ", tag=None), "share"),
        div(esc("上一篇：") + a("市政府召开第三十一次常务会议") + t("br") + esc("下一篇：") + a("杜明远主持召开全市优化营商环境工作推进会"), "prevnext"),
        div(t("h4", "相关新闻") + ul([("杜明远调研大运河文化带建设", "2024-03-21"), ("杜明远督导检查森林防火工作", "2024-03-15")]), "side-list"),
    ]), "main"),
    div("".join([
        t("p", esc("主办：廊坊市人民政府办公室　承办：廊坊市数据和政务服务局")),
        t("p", esc("冀ICP备05027836号　冀公网安备 13100202000218号　网站标识码1310000003")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-10", kind="government", lang="zh", title=TITLE,
    authors=["韩冰", "刘伟"], publish_time="2024-03-28 08:40",
    body=body, html=html,
    features="领导活动 news; info bar above the headline (来源 newspaper, 作者 two names, 发布时间); 本报讯（记者 … 通讯员 …） "
             "opening the first paragraph; photo caption with 摄 credit; quoted speech; 责任编辑 line; 上一篇/下一篇; "
             "related list with dates.",
)
