# 搜狐号 article: account name above the text, "2024-07-02 10:35 发布于：山东省"; 返回搜狐，查看更多;
# 平台声明; 责任编辑 (platform editor); 阅读 count. No person named, so the account is the author.
from lib import *

TITLE = ["济南中院发布10起涉民营企业产权保护典型案例"]

blocks = [
    ("p", "7月1日，济南市中级人民法院召开新闻发布会，通报近三年来全市法院依法平等保护民营企业产权工作情况，"
          "并发布10起典型案例。"),
    ("p", "据介绍，2021年以来，全市法院共审结涉民营企业民商事案件4.2万件，涉案标的额达386亿元；"
          "审结涉民营企业知识产权案件3100余件，判赔金额同比增长42%。"),
    ("h", "典型案例涉及哪些领域？"),
    ("p", "此次发布的10起案例，涵盖合同纠纷、知识产权侵权、企业破产重整、涉企刑事案件等多个领域。"
          "其中一起案例中，某科技公司的核心技术人员离职后将技术秘密泄露给竞争对手，法院判决侵权方赔偿经济损失及合理开支共计860万元，"
          "并适用惩罚性赔偿。"),
    ("p", "另一起破产重整案件中，法院通过“预重整”程序，仅用5个月时间即帮助一家陷入困境的食品企业引入战略投资人，"
          "保住了300余个就业岗位。"),
    ("h", "法院将如何护航民营经济？"),
    ("p", "济南中院相关负责人表示，下一步将严格区分经济纠纷与经济犯罪、企业正当融资与非法集资的界限，"
          "慎用查封、扣押、冻结等强制措施，对确需采取措施的，尽量采用“活封”方式，最大限度减少对企业正常经营的影响。"),
]
body = Body(blocks, dict(container="p", indent="none", heading="strong"))

css = CSS_BASE + """
.sohu-head{background:#fff;border-bottom:1px solid #eee;height:50px;display:flex;align-items:center;padding:0 40px}
.left-user{position:absolute;left:60px;top:90px;width:160px;text-align:center}
.text{width:640px;margin:30px auto}
.text h1{font-size:28px;line-height:40px}
.article-info{color:#999;font-size:13px;margin-bottom:20px}
.article-info span{margin-right:12px}
.article-content{font-size:16px;line-height:30px}
.article-content p{margin:0 0 18px}
.statement{color:#999;font-size:12px}
.back{color:#1f61a6}
"""

html = doc(TITLE[0] + "_搜狐网", css, "".join([
    div(esc("搜狐") + links(["新闻", "体育", "汽车", "房产", "旅游", "教育", "时尚", "科技", "财经", "娱乐", "更多"], sep=" ", tag=None),
        "sohu-head"),
    div(img("齐鲁法治观察") + div(esc("齐鲁法治观察")) + div(esc("文章 1326　总阅读 870万")) + t("button", "查看TA的文章"), "left-user"),
    div("".join([
        title_html(TITLE, "h1", None),
        div(span("2024-07-02 10:35") + span("发布于：山东省"), "article-info"),
        body.html,
        div(a("返回搜狐，查看更多", cls="back"), None),
        div(esc("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"), "statement"),
        div(esc("阅读 (1.2万)") + span("　投诉"), "statement"),
        div(esc("责任编辑："), "statement"),
        listbox("推荐阅读", ["最高法发布民营经济保护典型案例", "山东法院护航营商环境“十大行动”"], more=None),
    ]), "text"),
    div(esc("Copyright © 2024 Sohu All Rights Reserved 搜狐公司 版权所有"), "statement"),
]))

PAGE = dict(
    id="xk-28", kind="self-media", lang="zh", title=TITLE,
    authors=["齐鲁法治观察"], publish_time="2024-07-02 10:35",
    body=body, html=html,
    features="搜狐号 article; account card (name, counts) left of the text; “发布于：山东省”; question sub-headings; "
             "返回搜狐，查看更多 and 平台声明; empty 责任编辑 label; no person named, so the account is the author.",
)
