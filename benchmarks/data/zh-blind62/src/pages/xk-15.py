# Central news agency site (中新网-like): half-width brackets "中新网天津9月3日电(记者 …)"; photo with
# (资料图) caption and 中新社记者 … 摄 credit; 【编辑:…】; info bar "年月日 时:分 来源：…" glued to 参与互动.
from lib import *

TITLE = ["天津出台措施推动夜间经济发展 打造20个特色夜市街区"]

blocks = [
    ("p", "中新网天津9月3日电(记者 孙玲玲)天津市商务局3日对外发布《关于推动夜间经济高质量发展的若干措施》，"
          "提出到2026年全市打造20个特色夜市街区、培育50个夜间消费打卡地。"),
    ("img", "天津意式风情区夜景", "图为天津意式风情区夜景。(资料图) 中新社记者 佟　晨 摄"),
    ("p", "根据措施，天津将依托海河沿岸、五大道、古文化街等资源，打造“夜游海河”“夜品津味”“夜赏曲艺”等系列品牌，"
          "支持剧场、书店、博物馆等延长开放时间，鼓励商圈内餐饮、零售门店营业至24时。"),
    ("p", "在便利措施方面，天津将在夜市街区周边增设临时停车泊位，优化夜间公交线路，地铁重点站点在周末和节假日适当延长运营时间；"
          "对符合条件的夜市外摆经营实行“备案即可”管理。"),
    ("p", "天津市商务局相关负责人介绍，今年1至7月，全市夜间消费额占全天消费额的比重达到31.5%，"
          "海河夜游接待游客超过120万人次。“夜间经济已成为拉动消费的重要增长点。”该负责人说。"),
    ("p", "记者了解到，天津还将每年安排专项资金，对新评定的市级特色夜市街区给予一次性奖励。(完)"),
]
body = Body(blocks, dict(container="p", indent="css"))

html = doc(TITLE[0] + "-中新网", CSS_MEDIA + """
.logo{color:#1a4f9c}.channel{border-top-color:#1a4f9c}
.left_zw p{text-indent:2em}.editor{color:#666}
""", "".join([
    div(links(["中新网首页", "新闻", "财经", "视频", "图片", "直播"], sep="　", tag=None) + span("　中国新闻网 2024年09月03日"), "topnav"),
    div(div("中国新闻网", "logo") + search("站内搜索", "搜索"), "masthead"),
    div(ul(["滚动", "时政", "国际", "社会", "财经", "地方", "文娱", "体育", "华人"]), "channel"),
    div(div("".join([
        crumb(["首页", "地方", "天津"], prefix="", sep=" > ", last_plain=True),
        title_html(TITLE),
        div(esc("2024年09月03日 15:27　来源：中国新闻网") + a("参与互动"), "info"),
        body.html,
        div(esc("【编辑:刘　欢】"), "editor"),
        div(t("h4", "更多精彩内容") + ul(["天津今年新增城市绿道60公里", "滨海新区推出12条秋季旅游线路"]), "more"),
    ]), "left") + div(listbox("新闻排行", ["夏末秋初，各地景区迎来“错峰游”", "多地出台措施提振消费", "秋季开学季：校园安全这些事"],
                              more=None), "right"), "main"),
    div("".join([
        t("p", links(["关于我们", "About us", "联系我们", "广告服务", "供稿服务", "法律声明", "招聘信息", "网站地图"], sep=" | ", tag=None)),
        t("p", esc("本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。")),
        t("p", esc("未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。")),
        t("p", esc("[京ICP备05019826号-1] 总机：86-10-8731xxxx")),
    ]), "footer"),
]))

PAGE = dict(
    id="xk-15", kind="media", lang="zh", title=TITLE,
    authors=["孙玲玲"], publish_time="2024年09月03日 15:27",
    body=body, html=html,
    features="news-agency site; headline with an internal space; 中新网…电(记者 …) with half-width brackets glued to the text; "
             "photo caption with (资料图) and photographer credit; (完) ending; 【编辑:…】; 来源 glued to 参与互动.",
)
