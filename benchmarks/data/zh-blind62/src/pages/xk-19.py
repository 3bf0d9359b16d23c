# City media app web page (津云-like): 会议 news of the city government; "津云新闻记者 王　帅　摄影 刘　洋" credit
# line under the headline (photographer not an author); info bar "date | 来源"; 编辑/审核 line.
from lib import *

TITLE = ["市政府召开常务会议 研究推动制造业数字化转型等工作"]

blocks = [
    ("p", "11月20日，市长陈德华主持召开市政府常务会议，研究推动制造业数字化转型、冬季供热保障等工作。"),
    ("p", "会议审议通过了《天津市制造业数字化转型三年行动方案（2024—2026年）》。会议指出，数字化转型是制造业高质量发展的必由之路，"
          "要坚持“一业一策、一企一策”，分行业制定转型路线图，推动规上工业企业数字化改造全覆盖。"
          "要加快工业互联网平台建设，培育一批数字化转型服务商，降低中小企业转型门槛。"),
    ("p", "会议研究了冬季供热保障工作。会议强调，供热关系千家万户，要压实供热企业主体责任，加强热源调度和管网巡检，"
          "开通并公布24小时服务热线，对群众反映的问题做到快速响应、限时解决。要做好极端天气应对准备，"
          "确保困难群众温暖过冬。"),
    ("p", "会议还研究了其他事项。"),
    ("img", "会议现场", None, "gif"),
    ("nb", "编辑：张　宁　审核：陆　杨", "editor"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "-津云", CSS_MEDIA + """
.logo{color:#1466b8}.credit{color:#555;margin-bottom:10px}.editor{text-align:right;color:#888}
""", "".join([
    div(links(["津云首页", "天津日报", "今晚报", "天津广播", "天津电视台"], sep=" | ", tag=None), "topnav"),
    div(div("津云", "logo") + search("搜索", "搜索"), "masthead"),
    div(ul(["首页", "时政", "天津", "民生", "区域", "经济", "文化", "健康", "视频", "直播"]), "channel"),
    div(div("".join([
        title_html(TITLE),
        div(esc("津云新闻记者 王　帅　摄影 刘　洋"), "credit"),
        div(esc("2024-11-20 18:40 | 来源：津云"), "info"),
        body.html,
        div(span("分享到：") + links(["微信", "微博", "朋友圈"], sep=" ", tag=None), "share"),
        listbox("相关推荐", [("市政府召开第63次常务会议", "2024-11-06"), ("天津：今冬供热面积达5.8亿平方米", "2024-11-15")],
                more=None),
    ]), "left") + div(qr([("津云客户端", "扫码下载津云客户端")]), "right"), "main"),
    div("".join([
        t("p", esc("津云版权所有　未经许可不得转载")),
        t("p", esc("津ICP备16004522号-1　津公网安备 12010302002736号")),
        t("p", esc("互联网新闻信息服务许可证：12120180002　举报电话：022-2320xxxx")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-19", kind="media", lang="zh", title=TITLE,
    authors=["王帅"], publish_time="2024-11-20 18:40",
    body=body, html=html,
    features="city media 会议 news; headline with an internal space; credit line under the headline with reporter and "
             "photographer (spaced names; photographer excluded); info bar “date | 来源”; editor/审核 line; GIF image.",
)
