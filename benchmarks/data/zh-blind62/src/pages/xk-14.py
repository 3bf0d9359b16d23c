# Central media local channel (人民网 地方频道-like): glued date and time "2024年06月11日08:55 | 来源：…";
# 人民网…电（记者 …） in the first paragraph; 小标题; (责编：…) after the body; 分享让更多人看到.
from lib import *

TITLE = ["河北出台20条措施支持民营经济发展壮大"]

blocks = [
    ("p", "人民网石家庄6月11日电（记者 杨　帆）近日，河北省人民政府办公厅印发《关于支持民营经济发展壮大的若干措施》"
          "（以下简称《措施》），从市场准入、要素保障、融资支持、权益保护等方面提出20条具体举措。"),
    ("h", "破除准入壁垒"),
    ("p", "《措施》提出，全面落实市场准入负面清单制度，清单之外的行业、领域、业务，各类经营主体皆可依法平等进入。"
          "在政府采购中，对预算金额200万元以下的货物和服务采购项目、400万元以下的工程采购项目，"
          "适宜由中小企业提供的，采购人应当专门面向中小企业采购。"),
    ("h", "强化要素保障"),
    ("p", "在用地方面，民营企业投资的省重点项目与国有企业同等享受用地计划指标保障；在用能方面，"
          "对符合条件的民营企业新上项目优先保障能耗指标。《措施》还明确，每年遴选不少于100个民间投资项目向社会集中推介。"),
    ("h", "加大融资支持"),
    ("p", "河北将扩大省级政府性融资担保体系覆盖面，对单户担保金额1000万元以下的小微企业业务，担保费率降至1%以下；"
          "鼓励银行机构开展“首贷”“信用贷”专项行动，力争全年民营企业贷款增速不低于各项贷款平均增速。"),
    ("p", "河北省发展改革委有关负责人表示，《措施》的出台将进一步稳定民营企业发展预期，激发民间投资活力。"),
]
body = Body(blocks, dict(container="p", indent="css", heading="strong"))

html = doc(TITLE[0] + "--河北频道--人民网", CSS_MEDIA + """
.logo{color:#c00}.edit{text-align:right;color:#666}
.box_con p{text-indent:2em}
""", "".join([
    div(links(["人民网", "人民日报", "人民日报海外版", "客户端", "地方领导留言板"], sep=" | ", tag=None) +
        span(" 注册 | 登录"), "topnav"),
    div(div("人民网 河北频道", "logo") + search("", "搜索"), "masthead"),
    div(ul(["首页", "时政", "燕赵要闻", "市县", "经济", "社会", "文旅", "图片", "视频", "专题"]), "channel"),
    div(div("".join([
        crumb(["人民网", "河北频道", "燕赵要闻"], prefix="", sep=">>", last_plain=False),
        title_html(TITLE),
        div(esc("2024年06月11日08:55 | 来源：") + a("人民网－河北频道"), "info"),
        div(esc("小字号"), "fs"),
        body.html,
        div(esc("(责编：李　娜、高　雪)"), "edit"),
        div(esc("分享让更多人看到"), "share"),
        listbox("推荐阅读", [("河北：今年将新建改造农村公路5000公里", "2024-06-10"),
                          ("石家庄出台措施稳定和扩大就业", "2024-06-07")], more=None),
    ]), "left") + div(listbox("热点排行", ["1 河北高考生注意！志愿填报时间确定", "2 雄安新区新开通4条公交线路",
                                          "3 河北发布高温黄色预警"], more=None), "right"), "main"),
    div("".join([
        t("p", links(["人民日报社概况", "关于人民网", "报社招聘", "招聘英才", "广告服务", "合作加盟", "供稿服务", "网站声明"], sep=" | ", tag=None)),
        t("p", esc("人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用")),
        t("p", esc("Copyright © 1997-2024 by www.people.com.cn. all rights reserved")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-14", kind="media", lang="zh", title=TITLE,
    authors=["杨帆"], publish_time="2024年06月11日08:55",
    body=body, html=html,
    features="central media local channel; date and time glued, pipe before 来源; 人民网…电（记者 杨　帆） in the first "
             "paragraph; short sub-headings; (责编：…) line; 小字号 / 分享让更多人看到 chrome; document named in 书名号.",
)
