# 微信公众号 article of a district media centre: meta line "原创 张弛 朝阳发布 2024年05月21日 18:06 北京";
# 01/02/03 numbered sub-heads; table; 来源/编辑/审核 lines; WeChat chrome (预览时标签不可点, 微信扫一扫…, 赞/在看).
from lib import *

TITLE = ["事关养老服务补贴！朝阳新政6月1日起实施"]

blocks = [
    ("p", "近日，朝阳区民政局印发《朝阳区居家养老服务补贴实施办法》，进一步扩大补贴范围、提高补贴标准，"
          "新政将于6月1日起实施。哪些人可以申请？补贴多少？怎么申请？一起来看↓↓↓"),
    ("h", "01 谁能申请？"),
    ("p", "具有本区户籍、年满60周岁，经综合评估为失能或部分失能的老年人，以及本区户籍的80周岁以上独居老年人，均可申请居家养老服务补贴。"),
    ("h", "02 补贴多少？"),
    ("p", "补贴按照老年人的失能等级和家庭经济状况分档发放，具体标准如下："),
    ("table", [["对象类别", "月补贴标准"], ["重度失能老年人", "800元"], ["中度失能老年人", "600元"],
               ["轻度失能老年人", "400元"], ["80周岁以上独居老年人", "200元"]]),
    ("p", "其中，低保、特困家庭的老年人在上述标准基础上每月再增加100元。"),
    ("h", "03 怎么申请？"),
    ("p", "老年人本人或其委托人可通过“北京朝阳”App或到户籍所在地街道（地区）社区服务中心提出申请，"
          "街道（地区）在15个工作日内完成审核，审核通过的次月起发放补贴。补贴以服务券形式发放，"
          "可在全区备案的养老服务机构和养老驿站使用。"),
    ("p", "咨询电话：朝阳区民政局养老服务科 010-6509xxxx"),
    ("nb", "来源：朝阳区民政局", "src"),
    ("nb", "编辑：李　丹　审核：王　强", "editor"),
]
body = Body(blocks, dict(container="p", indent="none", heading="strong"))

css = CSS_BASE + """
body{background:#f2f2f2}.rich_media{width:677px;margin:0 auto;background:#fff;padding:20px}
.rich_media_title{font-size:22px;line-height:1.4}
#meta_content span,#meta_content em,#meta_content a{margin-right:8px;font-style:normal;color:#576b95}
.original{background:#eee;color:#999 !important;padding:0 4px}
.rich_media_content{font-size:17px;line-height:1.75;color:#333}
.rich_media_content p{margin:0 0 1em}
.tool{color:#999;font-size:14px;margin-top:20px}
.wx_tips{font-size:14px;color:#666;text-align:center}
"""

html = doc(TITLE[0], css, "".join([
    div("".join([
        title_html(TITLE, "h1", "rich_media_title"),
        div(span("原创", "original") + span("张弛") + a("朝阳发布") + t("em", esc("2024年05月21日 18:06")) + t("em", esc("北京")),
            None, id="meta_content"),
        body.html,
        div(esc("预览时标签不可点"), "tool"),
        div(links(["阅读原文"], tag=None) + span("　阅读 2.1万") + span("　赞 86") + span("　在看 41"), "tool"),
        div(esc("微信扫一扫") + t("br") + esc("关注该公众号"), "wx_tips"),
        div(esc("继续滑动看下一个"), "wx_tips"),
        div(esc("朝阳发布"), "wx_tips"),
        div(esc("向上滑动看下一个"), "wx_tips"),
        div(links(["知道了"], tag=None), "wx_tips"),
        div(esc("微信扫一扫") + t("br") + esc("使用小程序"), "wx_tips"),
        div(links(["取消", "允许"], sep=" ", tag=None), "wx_tips"),
        div(esc("视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏"), "wx_tips"),
    ]), "rich_media"),
]))

PAGE = dict(
    id="xk-25", kind="self-media", lang="zh", title=TITLE,
    authors=["张弛"], publish_time="2024年05月21日 18:06",
    body=body, html=html,
    features="微信公众号 article; meta line with 原创 label, author name, account name, date and location glued; "
             "01/02/03 sub-headings; table (header + 4 rows); contact line in the body; 来源 and 编辑/审核 lines; "
             "WeChat chrome after the body (阅读原文, 赞, 在看, 继续滑动看下一个, 使用小程序).",
)
