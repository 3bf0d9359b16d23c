# 唐山市人民政府 portal (2017 design): 决定 (表彰) with 附件 list; the attached 名单 follows with personal names
# and posts; record grid 2 pairs a row; info bar with weekday-less 年月日 time; 浏览次数.
from lib import *

TITLE = ["唐山市人民政府关于表彰2023年度全市安全生产工作先进集体和先进个人的决定"]

blocks = [
    ("zhusong", ["各县（市、区）人民政府，市政府各部门："]),
    ("p", "2023年，全市各级各部门深入贯彻安全生产工作部署，压紧压实安全生产责任，扎实开展重大事故隐患专项排查整治行动，"
          "全市生产安全事故起数和死亡人数同比分别下降18.2%和15.6%，安全生产形势保持总体平稳。"
          "工作中涌现出一批成绩突出的先进集体和先进个人。"),
    ("p", "为表彰先进、树立典型，市政府决定，授予市应急管理局危险化学品安全监督管理科等10个单位“2023年度全市安全生产工作先进集体”称号，"
          "授予王建新等12名同志“2023年度全市安全生产工作先进个人”称号。"),
    ("p", "希望受到表彰的先进集体和先进个人珍惜荣誉，再接再厉。全市各级各部门要以先进为榜样，"
          "坚持人民至上、生命至上，从根本上消除事故隐患，为建设经济强市、美丽唐山营造安全稳定环境。"),
    ("attach", ["附件：2023年度全市安全生产工作先进集体和先进个人名单"]),
    ("sign", ["唐山市人民政府"]),
    ("date", "2024年1月30日"),
    ("note", "（此件公开发布）"),
    ("p", "附件"),
    ("pc", "2023年度全市安全生产工作先进集体和先进个人名单"),
    ("h", "一、先进集体（10个）"),
    ("lines", ["市应急管理局危险化学品安全监督管理科", "市住房和城乡建设局建筑市场监管科", "迁安市应急管理局",
               "遵化市交通运输局", "丰南区黄各庄镇人民政府", "曹妃甸区消防救援大队",
               "路北区市场监督管理局特种设备安全监察科", "滦州市古马镇人民政府", "乐亭县应急管理局", "玉田县公安局交通警察大队"]),
    ("h", "二、先进个人（12名）"),
    ("lines", ["王建新　迁西县应急管理局局长", "刘晓东　市交通运输局安全监督科科长", "张丽娜（女）　开平区应急管理局干部",
               "赵国庆　滦南县消防救援大队大队长", "孙　超　古冶区住房和城乡建设局干部", "李文博　丰润区市场监督管理局副局长",
               "周海涛　路南区学院南路街道办事处主任", "吴宏伟　市公安局交通警察支队民警", "郑雅琴（女）　市应急管理局干部",
               "冯立强　曹妃甸区应急管理局副局长", "陈　彬　遵化市堡子店镇人民政府镇长", "马　骁　乐亭县交通运输局干部"]),
]
body = Body(blocks, dict(container="p", indent="css", heading="strong"))

rec = record([("索 引 号：", "000014462/2024-00007"), ("信息分类：", "安全生产"),
              ("发布机构：", "唐山市人民政府"), ("发文日期：", "2024-01-30"),
              ("文　　号：", "唐政字〔2024〕7号"), ("时 效 性：", "有效"),
              ("名　　称：", (TITLE[0], "wide"))], "grid")

html = doc(TITLE[0], CSS_GOV_2018 + ".header{background:#0e6e4f}.nav{background:#0b5a40}.footer{background:#0e6e4f}", "".join([
    div(div(div("唐山市人民政府", "logo") + div(links(["无障碍浏览", "长者模式", "简", "繁"], sep=" | ", tag=None)) +
            search("请输入搜索内容", "站内搜索"), "top"), "header"),
    div(ul(["网站首页", "唐山要闻", "政务公开", "政务服务", "互动交流", "魅力唐山"]), "nav"),
    div("".join([
        crumb(["网站首页", "政务公开", "政府文件", "唐政字"], prefix="您的位置：", sep=" → ", last_plain=False),
        rec,
        title_html(TITLE),
        div(esc("发布时间：2024年02月06日 10:21　　信息来源：市政府办公室　　浏览次数：1967　　") +
            esc("字号：") + links(["T", "T", "T"], sep=" ", tag=None), "info"),
        body.html,
        div(links(["【打印此页】", "【关闭窗口】"], sep="  ", tag=None), "tools"),
        div(t("h4", "相关信息") + ul([("唐山市人民政府关于表彰2022年度全市安全生产工作先进集体和先进个人的决定", "2023-02-10"),
                                     ("全市安全生产工作会议召开", "2024-01-26")]), "related"),
    ]), "main"),
    div("".join([
        t("p", esc("唐山市人民政府办公室主办　唐山市行政审批局承办")),
        t("p", esc("冀ICP备05016622号　冀公网安备13020302000191号　政府网站标识码：1302000002")),
        t("p", esc("联系电话：0315-2811xxx（工作日）")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-06", kind="government", lang="zh", title=TITLE,
    authors=[], publish_time="2024年02月06日 10:21",
    body=body, html=html,
    features="决定 (表彰); 附件 line; attached 名单 follows the 署名 and 成文日期 with a bare “附件” line, sub-headings and "
             "22 list lines of units and people (names with posts, spaced two-character names) that are body, not authors; "
             "record grid with 名称 row; info bar with 年月日 time, 浏览次数 and T T T font links.",
)
