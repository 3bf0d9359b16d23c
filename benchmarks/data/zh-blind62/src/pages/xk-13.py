# Central wire-agency portal (新华网-like): 新华社…电（记者 A、B） inside the first paragraph; info bar with
# seconds; 【纠错】【责任编辑：…】 after the body; 相关新闻 and 热点 lists with dates.
from lib import *

TITLE = ["京津冀三地联合推出高速公路通行服务十项措施"]

blocks = [
    ("p", "新华社天津5月14日电（记者 宋　岩、郭晓辉）记者14日从天津市交通运输委员会获悉，北京、天津、河北三地交通运输部门"
          "当日联合发布京津冀高速公路通行服务十项措施，推动区域高速公路从“物理连通”向“服务融通”转变。"),
    ("p", "根据措施，三地将统一高速公路施工养护作业信息发布标准，涉路施工须提前7天向社会公告并同步推送至导航平台；"
          "在京哈、京沪、京港澳等6条主要通道的省界附近服务区增设新能源汽车充电桩120个；"
          "对跨省鲜活农产品运输车辆实行“预约通行、快速查验”，平均查验时间压缩至5分钟以内。"),
    ("p", "此外，三地还将建立路网运行联合指挥机制，遇恶劣天气、重大活动等情况时统一发布管控和分流信息，"
          "避免出现“一地放行、一地封闭”的情况；ETC客服热线将实现三地互转，车主可“一号通办”。"),
    ("p", "天津市交通运输委员会有关负责人介绍，截至2023年底，京津冀地区高速公路总里程达1.1万公里，"
          "区域内主要城市间基本实现1.5小时通达。今年一季度，三地省界收费站日均通行车辆超过45万辆次，同比增长9.3%。"),
    ("p", "“十项措施中有7项将在6月底前落地，其余3项年内完成。”这位负责人说，下一步三地将定期开展联合评估，"
          "根据公众反馈持续优化服务。"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "-新华网", CSS_MEDIA + """
.logo{color:#d0161b}.info .src{color:#d0161b}.jc{color:#888;font-size:13px}
""", "".join([
    div(links(["新华网首页", "时政", "地方", "财经", "国际", "体育", "新华全媒头条"], sep=" | ", tag=None) +
        span("　2024年05月14日 星期二"), "topnav"),
    div(div("新华网", "logo") + search("请输入关键词", "搜索"), "masthead"),
    div(ul(["首页", "时政", "人事", "地方", "国际", "财经", "思客", "图片", "视频"]), "channel"),
    div(div("".join([
        crumb(["新华网", "地方频道", "正文"], prefix="", sep=" > ", last_plain=True),
        title_html(TITLE),
        div(span("2024-05-14 19:32:08") + span("来源：新华网", "src") + span("字体：小 大") + span("分享到："), "info"),
        body.html,
        div(esc("【纠错】　【责任编辑：孙　恺】"), "jc"),
        listbox("相关新闻", [("京津冀交通一体化十年：“轨道上的京津冀”加速形成", "2024-05-10"),
                          ("三地联合开展高速公路省界服务区提升行动", "2024-04-22")], more=None),
    ]), "left") + div("".join([
        listbox("新华热点", ["大美中国｜初夏时节绿意浓", "“五一”假期全国国内出游2.9亿人次", "新华全媒+｜走进雄安新区建设现场"], more=None),
        qr([("新华网客户端", "新华网客户端")]),
    ]), "right"), "main"),
    div("".join([
        t("p", links(["关于我们", "About us", "联系我们", "广告服务", "供稿服务", "法律声明", "招聘信息", "网站地图"], sep=" | ", tag=None)),
        t("p", esc("新华网版权所有 未经协议授权，禁止下载使用或建立镜像")),
        t("p", esc("Copyright © 2000-2024 XINHUANET.com　All Rights Reserved.")),
        t("p", esc("京ICP证010217号　京公网安备11010502039264号")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-13", kind="media", lang="zh", title=TITLE,
    authors=["宋岩", "郭晓辉"], publish_time="2024-05-14 19:32:08",
    body=body, html=html,
    features="central wire portal; 新华社…电（记者 宋　岩、郭晓辉） opening the first paragraph (byline stays in the paragraph; "
             "spaced name); quoted speech; 【纠错】【责任编辑】 line; date in the top bar and in related lists.",
)
