from blocks import *
from furniture import *

ID, KIND, LANG = "xn-22", "media", "zh"
SITE = "八桂党建网（自治区级党建门户）"
DOC_TITLE = "百色：“红色物业”让老旧小区焕新颜_八桂党建网"
TITLE = "百色：“红色物业”让老旧小区焕新颜"
AUTHORS = ["黄振宇", "覃梦婷"]
PUBLISH_TIME = "2022-11-08"
FEATURES = ("party-building portal; info bar 作者：黄振宇　覃梦婷　来源：百色市委组织部　发布时间：2022-11-08 "
            "(来源 is a supplying unit, not an author); headline with a place prefix and colon (kept); "
            "numbered bold sub-headings 一是… in their own <p>; closing （责任编辑：韦晓） line; 打印/关闭; "
            "links block of sister sites in the footer.")

CSS = """
body{margin:0;font:14px/1.9 "Microsoft YaHei";background:#fdf6f0}
.top{background:#c00;height:110px;color:#ffde00;font-size:34px;padding:30px 60px;box-sizing:border-box;font-family:STKaiti}
.nav{background:#a00}.nav a{color:#fff;display:inline-block;padding:8px 18px}
.w{width:1000px;margin:0 auto;background:#fff;padding:16px 40px}
.tit{text-align:center;font-size:24px;color:#b00;font-weight:bold}
.inf{text-align:center;color:#777;font-size:12px;border-bottom:1px solid #f0d0d0;padding-bottom:8px}
.con p{text-indent:2em;margin:10px 0}
.yq{background:#f5f5f5;padding:10px;font-size:12px}
.ft{text-align:center;font-size:12px;color:#666;padding:14px}
"""

BODY = [
    P("“以前楼道里堆满杂物，下雨天院子积水，现在有了物业，环境好多了！”家住百色市右江区城东社区七一小区的居民罗阿姨感慨道。"),
    P("今年以来，百色市把推行“红色物业”作为抓党建促基层治理的重要抓手，在老旧小区探索“党组织+业委会+物业服务企业”三方联动机制，推动小区治理从“没人管”向“有人管、管得好”转变。"),
    P("<b>一是建强小区党组织。</b>按照“应建尽建”原则，在符合条件的小区成立党支部或党小组，全市已在186个老旧小区建立党组织，选派社区“两委”成员、在职党员担任小区党组织书记。"),
    P("<b>二是引入专业化物业服务。</b>对没有物业的老旧小区，由街道社区牵头引入国有物业企业兜底服务，前三年物业费实行“低收费、政府补”，目前已有97个老旧小区实现物业服务全覆盖。"),
    P("<b>三是推动党员“双报到”。</b>组织全市2.3万名机关企事业单位党员到居住地小区报到，认领楼栋长、调解员、文明劝导员等岗位，累计解决群众急难愁盼问题4100余件。"),
    P("右江区城东社区党委书记黄丽梅说：“‘红色物业’把党组织、业委会和物业拧成一股绳，居民的事情有人商量、有人办，小区越来越有‘家’的感觉。”"),
    X('<p style="text-align:right">（责任编辑：韦晓）</p>'),
]


def page(body):
    return f"""<body>
<div class="top">八桂党建网 <small style="font-size:14px;color:#fff">中共广西壮族自治区委员会组织部主管</small></div>
<div class="nav"><a href="#">首页</a><a href="#">时政要闻</a><a href="#">党建动态</a><a href="#">基层党建</a><a href="#">干部工作</a><a href="#">人才工作</a><a href="#">先锋人物</a><a href="#">党员教育</a></div>
<div class="w">
<div class="loc">您现在的位置： <a href="#">首页</a> → <a href="#">基层党建</a> → 正文</div>
<div class="tit">{TITLE}</div>
<div class="inf">作者：黄振宇　覃梦婷　　来源：百色市委组织部　　发布时间：{PUBLISH_TIME}　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="con">
{body}
</div>
{related("相关文章", [("南宁：小区党支部“领跑”社区治理","2022-10-27"),("柳州推行“党建+网格”服务模式","2022-09-15")])}
<div class="yq"><b>友情链接：</b><a href="#">共产党员网</a>　<a href="#">广西新闻网</a>　<a href="#">广西人事考试网</a>　<a href="#">八桂先锋</a></div>
</div>
<div class="ft">主办：八桂党建网编辑部　技术支持：广西党员教育信息中心<br>桂ICP备05002917号　桂公网安备45010302000422号</div>
</body>"""
