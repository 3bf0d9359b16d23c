# Provincial radio/TV client web page (冀时-like): radio news script; closing byline "（河北台记者 郝　磊 刘　畅）"
# at the end of the last paragraph; 收听 audio bar; 编辑/责编/审核 line; labelled 发布时间 and 来源.
from lib import *

TITLE = ["河北：年底前实现县级医院远程医疗服务全覆盖"]

blocks = [
    ("html", div(esc("▶ 收听本条新闻　01:48"), "audio")),
    ("p", "记者从省卫生健康委获悉，今年年底前，我省将实现县级医院远程医疗服务全覆盖，"
          "群众在县域内就能通过远程会诊享受到省市级医院专家的诊疗服务。"),
    ("p", "据介绍，我省将依托省级远程医疗平台，推动三级医院与县级医院建立远程医疗协作关系，"
          "开展远程会诊、远程影像诊断、远程心电诊断和远程病理诊断等服务。目前，全省已有142家县级医院接入省级平台，"
          "今年以来累计开展远程会诊3.6万例。"),
    ("p", "省卫生健康委医政处处长韩立新表示，远程医疗打破了时间和空间限制，让优质医疗资源“多跑路”，"
          "群众“少跑腿”。下一步，我省还将推动远程医疗向乡镇卫生院和村卫生室延伸，"
          "到2025年底，远程医疗服务覆盖80%以上的乡镇卫生院。"),
    ("p", "在医保支付方面，我省已将远程会诊等项目纳入医保支付范围，参保群众在县级医院接受远程会诊，"
          "按县级医院标准报销，进一步减轻群众就医负担。（河北台记者 郝　磊 刘　畅）"),
    ("nb", "编辑：常　乐　责编：宋　婷　审核：杜　鹏", "editor"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "_冀时", CSS_MEDIA + """
.logo{color:#0067b1}.audio{background:#eef5fc;padding:10px;border-radius:4px;margin-bottom:16px}
.editor{color:#999}
""", "".join([
    div(links(["河北广播电视台", "冀时客户端", "河北卫视", "河北新闻广播"], sep=" | ", tag=None), "topnav"),
    div(div("冀时", "logo") + search("搜索", "搜索"), "masthead"),
    div(ul(["首页", "新闻", "河北", "广播", "电视", "直播", "专题"]), "channel"),
    div(div("".join([
        crumb(["首页", "新闻", "河北"], prefix="", sep=" / ", last_plain=False),
        title_html(TITLE),
        div(span("发布时间：2024-12-04 07:10") + span("来源：河北新闻广播《新闻早高峰》"), "info"),
        body.html,
        listbox("推荐", ["河北：冬季取暖安全提示", "雄安新区首个城市公园开园", "石家庄至衡水城际铁路开工"], more=None),
    ]), "left") + div(qr([("冀时客户端", "扫码下载冀时客户端")]), "right"), "main"),
    div("".join([
        t("p", esc("河北广播电视台版权所有　冀ICP备11006541号-2")),
        t("p", esc("信息网络传播视听节目许可证：0304067　冀公网安备 13010802001215号")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-21", kind="media", lang="zh", title=TITLE,
    authors=["郝磊", "刘畅"], publish_time="2024-12-04 07:10",
    body=body, html=html,
    features="radio/TV client page; audio bar; 来源 is a programme; closing byline （河北台记者 郝　磊 刘　畅） at the end of "
             "the last paragraph (stays in the paragraph; authors without spaces); 编辑/责编/审核 line.",
)
