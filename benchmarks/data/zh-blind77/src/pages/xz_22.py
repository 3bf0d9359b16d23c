# central media (华夏网 陕西频道) — province+city colon headline, wire byline, 【编辑:】
from kit import *
import styles

CSS = styles.MEDIA_PORTAL.replace("#c00", "#005bac") + """
.info{font-size:14px}
.left-t{float:left}.right-t{float:right}
.adEditor{text-align:right;color:#666}
"""

HL = Headline("陕西柞水：“木耳小镇”上新“木耳宴”")

BODY = Body([
    P("华夏网商洛9月3日电（记者 张一帆）凉拌木耳、木耳炒腊肉、木耳水饺、木耳冰淇淋……9月初，陕西省商洛市柞水县小岭镇的一家农家乐里，一桌以木耳为主角的“木耳宴”吸引了不少游客打卡。"),
    P("“没想到木耳能做出这么多花样，冰淇淋里的木耳口感脆脆的，很特别。”来自西安的游客刘先生一家边吃边拍视频，准备分享到社交平台。"),
    P("柞水地处秦岭南麓，气候湿润，种植木耳历史悠久。近年来，当地建成木耳大数据中心、菌包生产厂和交易市场，木耳产业年产值超过10亿元。今年，小岭镇联合餐饮协会推出“木耳宴”，开发特色菜品26道，在全镇20余家农家乐和民宿推广。"),
    P("“以前木耳主要卖干货，现在做成菜、做成零食，附加值高了不少。”一家木耳深加工企业负责人介绍，企业今年推出的木耳脆片、木耳饮品等新产品已进入多个电商平台。"),
    P("当地文旅部门负责人表示，将把木耳文化融入乡村旅游，打造木耳采摘体验、菌类科普研学等项目，让“小木耳”带动“大文旅”。"),
], mode="p")

PAGE = dict(
    id="xz-22", kind="media", lang="zh", region="陕西", site="华夏网·陕西频道（中央媒体地方频道）",
    features="标题以“省+县：”开头，含两对引号；首段“华夏网商洛9月3日电（记者 张一帆）”留在正文；"
             "信息栏“2024年09月03日 16:28　来源：华夏网”；文末“【编辑:刘欢】”；<title>与推荐列表中标题改写",
    title_tag="陕西柞水：“木耳小镇”上新“木耳宴”-华夏网",
    css=CSS,
    meta={"description": "柞水县小岭镇推出“木耳宴”。"},
    authors=["张一帆"],
    publish_time="2024年09月03日 16:28",
    parts=[
        '<div class="top-links"><div class="w"><a href="#">华夏网首页</a><a href="#">新闻</a><a href="#">财经</a><a href="#">地方</a><a href="#">视频</a><a href="#">图片</a><a href="#">English</a></div></div>',
        '<div class="w"><div class="masthead"><div class="logo">华夏网 陕西</div>' + search("搜索") + "</div></div>",
        '<div class="channel"><div class="w"><a href="#">陕西首页</a><a href="#">要闻</a><a href="#">各地</a><a href="#">经济</a><a href="#">文旅</a><a href="#">秦岭</a></div></div>',
        '<div class="w">',
        crumbs(["华夏网", "陕西", "正文"], label="", sep=" &gt; "),
        '<div class="col-l">',
        HL,
        '<div class="info"><span class="left-t">2024年09月03日 16:28　来源：华夏网</span><span class="right-t">参与互动</span><div style="clear:both"></div></div>',
        BODY,
        '<p class="adEditor">【编辑:刘欢】</p>',
        '<div class="box"><h3>更多精彩推荐</h3>' + ul(["陕西柞水“木耳宴”受热捧", "商洛：秦岭深处的民宿经济", "陕南各地迎来秋季旅游热"]) + "</div>",
        "</div>",
        '<div class="col-r"><div class="box"><h3>图片报道</h3>' + img("秦岭秋色") + "<p>秦岭秋色渐浓</p></div></div>",
        "</div>",
        footer(["本网站所刊载信息，不代表华夏网观点。刊用本网站稿件，务经书面授权。",
                "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。",
                "[<a href=\"#\">网上传播视听节目许可证</a>]　[<a href=\"#\">互联网新闻信息服务许可证</a>]"]),
    ],
)
