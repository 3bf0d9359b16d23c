# 甘肃 provincial news portal (陇原网) — main title over two lines + 副题, 文/ 图/ credits
from kit import *
import styles

CSS = styles.MEDIA_PORTAL.replace("#c00", "#a0522d") + """
.title-box{width:520px}
.title-box h1{font-size:34px}
.credit{color:#555}
"""

HL = Headline(["戈壁滩上种出", "“数字蔬菜”"], fu="——张掖市甘州区设施农业转型升级见闻",
              tags={"fu": ("h3", "futi")})

BODY = Body([
    NOTE("文/本报记者 杨晓敏　图/本报记者 刘&nbsp;&nbsp;杰", cls="credit"),
    P("5月上旬，走进张掖市甘州区一处戈壁农业产业园，一排排日光温室整齐排列。推开温室大门，番茄、彩椒、黄瓜长势正旺，空气中弥漫着植物的清香。"),
    P("温室里看不到几个人。技术员小周拿出手机轻点几下，卷帘缓缓升起，滴灌管开始精准出水出肥。“温度、湿度、光照和土壤墒情都有传感器实时监测，数据异常手机会自动报警，一个人能管30多座温室。”"),
    IMG("产业园温室内的番茄", "产业园温室内，工人正在采摘番茄。本报记者 刘杰 摄"),
    P("这片产业园所在地原本是砾石遍布的戈壁荒滩。2020年以来，当地采用无土栽培、基质栽培等技术，建成高标准日光温室860座，配套建设育苗中心、分拣包装车间和冷链仓储设施，蔬菜一年可种植三茬，亩均产值达到6万元以上。"),
    P("“戈壁滩光照充足、昼夜温差大，种出来的蔬菜糖度高、口感好。”园区负责人说，产品已进入长三角、珠三角多个城市的大型商超，今年前4个月销售额同比增长26%。"),
    P("园区还与周边村组建立利益联结机制，吸纳当地群众务工300多人。在这里打工的村民张秀兰说：“在家门口上班，一个月能挣4000多元，还学会了用手机种菜。”"),
], mode="p")

PAGE = dict(
    id="xz-23", kind="media", lang="zh", region="甘肃", site="陇原网（省级新闻门户）",
    features="主标题被窄标题框分成两行（<br>，第二行是引号词），下有“——”副题；正文前单独一行“文/本报记者 杨晓敏　图/本报记者 刘  杰”"
             "（摄影者不是作者）；图片说明“本报记者 刘杰 摄”；<title>中主标题与副题连写",
    title_tag="戈壁滩上种出“数字蔬菜”——张掖市甘州区设施农业转型升级见闻 - 陇原网",
    css=CSS,
    meta={"description": "张掖市甘州区设施农业转型升级见闻"},
    authors=["杨晓敏"],
    publish_time="2024-05-14 08:30",
    parts=[
        '<div class="top-links"><div class="w"><a href="#">陇原网首页</a><a href="#">陇原日报</a><a href="#">数字报</a><a href="#">新甘肃客户端</a><a href="#">网络问政</a></div></div>',
        '<div class="w"><div class="masthead"><div class="logo">陇原网</div>' + search("请输入关键词") + "</div></div>",
        '<div class="channel"><div class="w"><a href="#">甘肃要闻</a><a href="#">市州</a><a href="#">经济</a><a href="#">乡村振兴</a><a href="#">文旅</a><a href="#">评论</a><a href="#">图片</a></div></div>',
        '<div class="w">',
        crumbs(["陇原网", "甘肃要闻", "乡村振兴"], label="当前位置：", sep=" &gt; "),
        '<div class="col-l">',
        HL,
        '<div class="info"><span>2024-05-14 08:30</span><span>来源：陇原日报</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>',
        BODY,
        '<p class="editor">责任编辑：马晓燕</p>',
        '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
        '<div class="box"><h3>相关阅读</h3>' + ul(["张掖甘州：戈壁农业“种”出好“钱景”", "甘肃设施农业面积持续扩大", "酒泉：戈壁生态农业产品走俏"]) + "</div>",
        "</div>",
        '<div class="col-r"><div class="box"><h3>热点专题</h3>' + ul(["黄河流域生态保护和高质量发展", "强县域行动", "丝路文化"]) + "</div></div>",
        "</div>",
        footer(["陇原网 版权所有　互联网新闻信息服务许可证：62120170001", "陇ICP备11000624号-1　甘公网安备 62010202000112号"]),
    ],
)
