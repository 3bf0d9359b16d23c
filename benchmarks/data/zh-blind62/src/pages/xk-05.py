# 山东省财政厅 department site (2019 design): joint 印发 notice of three departments; the document is shown
# twice (a 内容摘要 box, then 全文); 署名 of three offices on three lines; attached 办法 with 条; 版记 with
# 抄送 and 印发 lines (not body); record grid; info bar with slashed date.
from lib import *

TITLE = ["关于印发《山东省职业院校学生实习补助资金管理办法》的通知"]

blocks = [
    ("wenhao", "鲁财教〔2024〕18号"),
    ("zhusong", ["各市财政局、教育局、人力资源社会保障局，省属各职业院校："]),
    ("p", "为规范职业院校学生实习补助资金管理，提高资金使用效益，我们制定了《山东省职业院校学生实习补助资金管理办法》，"
          "现印发给你们，请遵照执行。"),
    ("sign", ["山东省财政厅", "山东省教育厅", "山东省人力资源和社会保障厅"]),
    ("date", "2024年6月5日"),
    ("note", "（此件主动公开）"),
    ("pc", "山东省职业院校学生实习补助资金管理办法"),
    ("p", "第一条　为支持职业院校深化产教融合，保障学生实习期间合法权益，根据有关规定，制定本办法。"),
    ("p", "第二条　本办法所称实习补助资金，是指省级财政安排的，用于补助中等职业学校和高等职业学校学生"
          "到企业等单位开展岗位实习的资金。"),
    ("p", "第三条　补助对象为具有正式学籍、按照人才培养方案参加连续3个月以上岗位实习的在校学生。"
          "补助标准为每生每月300元，每生累计补助不超过6个月。"),
    ("p", "第四条　补助资金采取“因素法”分配，分配因素包括实习学生人数、实习岗位对口率和实习保险参保率，权重分别为60%、25%、15%。"),
    ("p", "第五条　职业院校应于每年3月底前将上年度实习学生名册报主管部门审核，审核结果在校内公示不少于5个工作日。"),
    ("p", "第六条　补助资金实行专账核算，由学校直接发放至学生本人银行卡，不得以实物或其他形式代替，不得截留、挤占、挪用。"),
    ("p", "第七条　财政、教育、人力资源社会保障部门按职责对资金使用情况进行监督检查，"
          "对虚报冒领的，依法追回资金并追究相关人员责任。"),
    ("p", "第八条　本办法自2024年7月1日起施行，有效期至2029年6月30日。"),
    ("banji", ["抄送：财政部山东监管局，省审计厅。", "山东省财政厅办公室　　　　　　2024年6月7日印发"]),
]
body = Body(blocks, dict(container="p", indent="css", heading="strong"))

summary = div(t("h3", "内容摘要") + t("p", esc(
    "《办法》明确，省级财政对参加连续3个月以上岗位实习的职业院校学生给予每生每月300元补助，"
    "每生累计补助不超过6个月，资金按实习学生人数、岗位对口率和参保率分配，由学校直接发放至学生本人。"
    "《办法》自2024年7月1日起施行。")), "summary")

rec = record([("索引号", "11370000004187735E/2024-00318"), ("发布机构", "山东省财政厅"),
              ("成文日期", "2024-06-05"), ("公开方式", "主动公开"),
              ("文号", "鲁财教〔2024〕18号"), ("公开范围", "面向社会")], "grid", cols=3)

html = doc("关于印发《山东省职业院校学生实习补助资金管理办法》的通知 - 山东省财政厅", CSS_GOV_2018 + """
.header{background:#005a9c}.summary{background:#fff8e6;border:1px solid #f1d79a;padding:10px 20px;margin:10px 0}
.summary h3{margin:0;color:#b26b00;font-size:16px}
.fulltext{font-size:16px;font-weight:bold;border-bottom:2px solid #005a9c;margin:20px 0 10px}
.wenhao{text-indent:0}
""", "".join([
    div(div(div("山东省财政厅", "logo") + div(links(["长者模式", "无障碍", "繁体"], sep=" ", tag=None)) +
            search("站内搜索", "搜索"), "top"), "header"),
    div(ul(["网站首页", "财政要闻", "政务公开", "政策法规", "财政数据", "办事服务", "互动交流"]), "nav"),
    div("".join([
        crumb(["首页", "政务公开", "政策法规", "规范性文件"], prefix="您所在的位置：", sep=" > ", last_plain=False),
        rec,
        title_html(TITLE),
        div(esc("发布时间：2024/06/12　　浏览次数：2874　　【字号：") + links(["大", "中", "小"], sep=" ", tag=None) + esc("】"), "info"),
        summary,
        div(esc("全文"), "fulltext"),
        body.html,
        div(esc("附件：") + a("鲁财教〔2024〕18号.pdf"), "down"),
        div(esc("上一篇：") + a("关于下达2024年中等职业教育国家助学金预算的通知") + t("br") +
            esc("下一篇：") + a("关于做好2024年省级教育专项资金绩效自评工作的通知"), "prevnext"),
    ]), "main"),
    div("".join([
        t("p", esc("山东省财政厅主办　地址：济南市市中区经四路179号　邮编：250001")),
        t("p", esc("鲁ICP备10027754号-1　网站标识码：3700000142　鲁公网安备 37010302000875号")),
        qr([("微信公众号", "山东财政微信公众号")]),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-05", kind="government", lang="zh", title=TITLE,
    authors=[], publish_time="2024/06/12",
    body=body, html=html,
    features="department 规范性文件; document shown twice: a 内容摘要 box (not body) then 全文; 文号 below the headline "
             "inside the text; 署名 of three departments on three lines; 成文日期 differs from 发布时间 (slashed); "
             "attached 办法 as 第X条 paragraphs; 版记 with 抄送 and 印发 lines (not body); record grid 3 pairs per row.",
)
