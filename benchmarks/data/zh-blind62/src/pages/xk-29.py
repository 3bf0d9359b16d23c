# 澎湃号·政务 article of a district account reprinting its district paper: "澎湃号·政务 > 滨海发布" crumb,
# time + "来源：澎湃新闻·澎湃号·政务"; the reporter is named at the end ("来源：滨海时报　记者：许　明") so the
# person is the author; speech quotes; 字号 control; 特别声明 disclaimer.
from lib import *

TITLE = ["滨海新区召开优化营商环境大会 发布“滨海营商30条”"]

blocks = [
    ("p", "8月6日，滨海新区召开优化营商环境大会，总结近年来营商环境建设成效，发布《滨海新区持续优化营商环境若干措施》"
          "（简称“滨海营商30条”），部署下一阶段重点任务。"),
    ("p", "会上，区政务服务办介绍了“滨海营商30条”的主要内容。措施围绕政务服务、市场准入、要素保障、法治环境等方面，"
          "推出企业开办“一日办结”、工程项目审批“拿地即开工”、涉企检查“综合查一次”等30条举措，"
          "其中22条为今年新增或升级的措施。"),
    ("p", "“营商环境没有最好，只有更好。”区长在讲话中表示，要把企业的“表情包”作为检验工作的“晴雨表”，"
          "对企业反映的问题建立“接诉即办”机制，做到件件有回音、事事有着落。"),
    ("p", "会议为首批20名“营商环境体验官”颁发了聘书。体验官由企业负责人、行业协会代表和律师等组成，"
          "将以“企业视角”体验办事流程，对政务服务提出改进建议。"),
    ("p", "来自中新天津生态城、天津港保税区等功能区的3家企业代表作了交流发言。某跨境电商企业负责人说，"
          "去年企业从注册到拿到第一笔出口退税只用了23天，“这样的效率，让我们在滨海扎根的信心更足了”。"),
    ("nb", "来源：滨海时报　记者：许　明", "src"),
]
body = Body(blocks, dict(container="p", indent="none"))

css = CSS_BASE + """
.pp-head{height:64px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 40px;justify-content:space-between}
.pp-logo{font-size:26px;font-weight:bold}
.newscontent{width:700px;margin:20px auto}
.news_title{font-size:30px;line-height:42px}
.news_about{color:#999;font-size:14px;margin:12px 0}
.news_about p{margin:4px 0}
.article-content{font-size:17px;line-height:30px}
.article-content p{margin:0 0 20px}
.news_editor,.disclaimer{color:#999;font-size:13px}
"""

html = doc(TITLE[0] + "_澎湃号·政务_澎湃新闻-The Paper", css, "".join([
    div(div(esc("澎湃新闻"), "pp-logo") + links(["要闻", "深度", "直播", "视频", "澎湃号", "更多"], sep="　", tag="div") +
        search("", "搜索"), "pp-head"),
    div("".join([
        crumb(["澎湃号·政务", "滨海发布"], prefix="", sep=" > ", last_plain=False),
        title_html(TITLE, "h1", "news_title"),
        div(t("p", esc("滨海发布")) + t("p", esc("2024-08-06 16:20 来源：澎湃新闻·澎湃号·政务")), "news_about"),
        div(esc("字号"), "fs"),
        body.html,
        div(esc("本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
                "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。"), "disclaimer"),
        div(links(["举报"], tag=None), "disclaimer"),
        listbox("滨海发布", ["滨海新区发布2024年民生实事项目", "天津港集装箱航线增至145条"], more="查看更多"),
    ]), "newscontent"),
    div(esc("沪ICP备14017254号-3　沪公网安备31010602000835号　互联网新闻信息服务许可证：31120170011"), "disclaimer"),
]))

PAGE = dict(
    id="xk-29", kind="self-media", lang="zh", title=TITLE,
    authors=["许明"], publish_time="2024-08-06 16:20",
    body=body, html=html,
    features="澎湃号·政务 page; account name on its own line above “time 来源：platform”; headline with an internal space; "
             "quoted speech; closing 来源 + 记者 line (the named reporter is the author, spaced name); platform disclaimer.",
)
