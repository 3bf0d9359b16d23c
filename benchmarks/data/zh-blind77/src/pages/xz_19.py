# 甘肃 兰州广播电视台 website (兰州台) — radio item, short headline, glued info bar
from kit import *
import styles

CSS = styles.MEDIA_PORTAL.replace("#c00", "#00695c") + """
.audio{border:1px solid #ccc;border-radius:24px;padding:6px 16px;margin:10px 0 18px;color:#666;font-size:13px}
.audio .ctl{user-select:none}
.title-box h1{font-size:30px}
.article-content p{text-indent:2em}
"""

HL = Headline("黄河岸边看新绿")

BODY = Body([
    P("4月的兰州，春风拂过黄河两岸。从中山桥向东西两侧望去，百里黄河风情线上柳絮轻扬、桃花正艳，市民游客或沿河漫步，或骑行锻炼，尽享春日美好时光。"),
    P("在安宁区黄河北岸的一处滩地，20多名志愿者正在补植柽柳和沙棘。“这片地原来是砂石堆场，去年完成了生态修复，今年我们再补种一批耐旱灌木，让绿色连成片。”现场负责人告诉记者，今年春季全市计划在黄河沿岸新增绿化面积1200亩。"),
    P("近年来，兰州市坚持山水林田湖草沙一体化保护和系统治理，持续推进黄河干流及支流岸线整治、南北两山绿化和湿地保护修复。截至目前，黄河兰州段两岸绿化带总长度达到80多公里，城区建成口袋公园和街头绿地150余处。"),
    P("“小时候河边都是土路，风一吹满脸沙子。现在出门几分钟就能走到河边公园，空气好，心情也好。”家住城关区的退休教师刘文英说，她几乎每天都和老伙伴们来河边散步。"),
    P("兰州市林业部门表示，将继续加大黄河沿岸生态保护力度，科学选择乡土树种，推动“增绿”与“护绿”并重，让母亲河两岸四季常绿、三季有花。"),
], mode="p")

PAGE = dict(
    id="xz-19", kind="media", lang="zh", region="甘肃", site="兰州台（兰州广播电视台网站）",
    features="广播稿页面；短标题（7字）；信息栏挤在一行“2024年04月11日 20:16来源：兰州台记者：王丽娟 张鹏主播：赵晨”（主播不是作者）；"
             "音频播放条user-select:none；节目单侧栏；<title>带栏目名",
    title_tag="黄河岸边看新绿_兰州新闻_兰州台",
    css=CSS,
    meta={"description": "兰州市持续推进黄河沿岸生态保护修复。"},
    authors=["王丽娟", "张鹏"],
    publish_time="2024年04月11日 20:16",
    parts=[
        '<div class="top-links"><div class="w"><a href="#">兰州台首页</a><a href="#">电视直播</a><a href="#">广播直播</a><a href="#">节目单</a><a href="#">看兰州APP</a></div></div>',
        '<div class="w"><div class="masthead"><div class="logo">兰州台</div>' + search("搜索节目、新闻") + "</div></div>",
        '<div class="channel"><div class="w"><a href="#">兰州新闻</a><a href="#">综合频道</a><a href="#">生活经济</a><a href="#">新闻综合广播</a><a href="#">交通音乐广播</a><a href="#">专题</a></div></div>',
        '<div class="w">',
        crumbs(["首页", "广播", "新闻综合广播", "兰州新闻"], label="当前位置：", sep=" &gt; "),
        '<div class="col-l">',
        HL,
        '<div class="info">2024年04月11日 20:16来源：兰州台记者：王丽娟 张鹏主播：赵晨</div>',
        '<div class="audio"><span class="ctl">▶ 00:00 / 03:12 倍速 1.0x</span> 收听本条广播</div>',
        BODY,
        '<p class="editor">编辑：孙　悦　　审核：杨　帆</p>',
        '<div class="share">分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">看兰州</a></div>',
        "</div>",
        '<div class="col-r"><div class="box"><h3>今日节目单</h3>' + ul([
            "07:00 早安兰州", "12:00 新闻午报", "18:30 兰州新闻", "20:00 黄河之声", "22:00 夜话兰州"], a=False) +
        '</div><div class="box"><h3>推荐</h3>' + ul(["黄河岸边看新绿——兰州春季生态修复见闻", "兰州：南北两山春季造林全面展开", "兰州马拉松开始报名"]) + "</div></div>",
        "</div>",
        footer(["兰州广播电视台 版权所有", "信息网络传播视听节目许可证：2708214　陇ICP备05004183号-1　甘公网安备 62010202000438号"]),
    ],
)
