from lib import links, lis, GIF

PAGE = dict(
    id="wi-31", kind="e-paper", lang="zh",
    region="江苏 淮安", site="运河日报数字报（2010 年代框架式电子版）",
    title="淮安经开区前三季度规上工业产值增长14.6%",
    authors=["周敏", "陈鹏"],
    publish_time="2025年11月18日 星期二",
    head_title="运河日报数字报-淮安经开区前三季度规上工业产值增长14.6%",
    features="老式数字报：报头日期“2025年11月18日 星期二”、版次“第A03版：要闻”、上一版/下一版、PDF 下载、往期日期下拉；"
             "左栏版面缩略图（图片热区标题作 alt）和“本版标题”列表（含本文标题）；正文标题为引题/主题/副题三行（金标题只取主题）；"
             "单独的署名行“本报记者 周敏 通讯员 陈鹏”；页底“版权所有 运河日报社”。",
)

BLOCKS = [
    ("p", "今年以来，淮安经济技术开发区坚持项目为王，聚焦新能源汽车零部件、电子信息两大主导产业，推动一批重大项目建成投产。记者日前从该区获悉，前三季度，全区规上工业产值同比增长14.6%，增速位居全市各县区前列。"),
    ("p", "在位于经开区的一家动力电池结构件企业，两条全自动生产线正满负荷运转。“今年二期项目投产后，年产能提升到800万套，订单已经排到明年一季度。”企业负责人介绍，公司前三季度产值同比增长近四成。"),
    ("p", "项目是发展的“压舱石”。今年，经开区实施亿元以上产业项目68个，其中新开工项目31个、竣工投产项目24个。为推动项目早投产、早见效，该区建立“一个项目、一名领导、一个专班”推进机制，对重点项目实行“拿地即开工”“竣工即投产”审批服务。"),
    ("p", "产业链协同效应也在持续显现。目前，经开区已集聚新能源汽车零部件企业120余家，涵盖电池、电机、电控、轻量化车身等环节，本地配套率较去年提高6个百分点。"),
    ("p", "营商环境持续优化为企业发展注入动力。今年，经开区新设立“企业服务专员”岗位，为规上企业提供“一对一”全周期服务，累计帮助企业解决用工、融资、物流等问题210余个。同时，区内新建标准化厂房28万平方米，满足中小企业“拎包入驻”需求。"),
    ("p", "“下一步，我们将围绕产业链关键环节精准招商，力争全年规上工业产值突破1200亿元。”经开区相关负责人表示。"),
]

FMT = {"p": "<P>　　{t}</P>"}

CSS = """
body{margin:0;background:#d6d6d6;font-size:12px;font-family:宋体}
.wrap{width:1000px;margin:0 auto;background:#fff}
.bt{background:#fff;border-bottom:3px solid #a00;height:80px}
.bt .rq{float:right;margin:30px 20px 0 0;font-size:14px}
.bar{background:#f0e6d2;line-height:28px;padding:0 10px}
.bar a{margin-right:10px}
.l{float:left;width:340px;border-right:1px solid #ccc;padding:8px}
.r{float:right;width:620px;padding:10px 10px 30px}
.bmt{border:1px solid #ddd;padding:6px;margin-top:8px}
.bmt li{line-height:22px;font-size:13px}
.yt,.ft{font-size:15px;text-align:center;color:#333;margin:4px 0}
.zt{font-size:26px;font-weight:bold;text-align:center;color:#000;margin:6px 0;font-family:黑体}
.zz{text-align:center;font-size:14px;margin:10px 0;font-family:楷体}
.ct{font-size:15px;line-height:28px}
.cl{clear:both}
.copy{text-align:center;line-height:22px;border-top:1px solid #a00;padding:8px;color:#555}
"""


def render(P, body):
    return f"""
<div class="wrap">
<div class="bt"><img src="{GIF}" alt="运河日报" width="300" height="70"><span class="rq">2025年11月18日 星期二</span></div>
<div class="bar">{links(["首页", "上一期", "下一期", "往期回顾"], sep="")} 日期：<select><option>2025-11-18</option></select>　　<a href="#">第A03版：要闻</a>　<a href="#">&lt;&lt;上一版</a> <a href="#">下一版&gt;&gt;</a>　<a href="#">PDF下载</a></div>
<div class="l">
<img src="{GIF}" alt="第A03版 要闻 版面图" width="320" height="480">
<div class="bmt"><b>本版标题</b><ul>{lis(["经开区前三季度规上工业产值增长14.6%", "市区今冬供热管网改造全面完工", "“淮安美食之都”冬季美食节开幕", "洪泽湖大闸蟹品牌价值再创新高", "图片新闻"])}</ul></div>
<div class="bmt"><b>版面导航</b><br>{links(["A01:一版要闻", "A02:要闻", "A03:要闻", "A04:综合", "A05:县区", "A06:民生", "A07:文体", "A08:广告"], sep="<br>")}</div>
</div>
<div class="r">
<p class="yt">新能源汽车零部件产业集群加速成势</p>
<p class="zt">{P['title']}</p>
<p class="ft">——重大项目投产达效成为主要拉动力</p>
<p class="zz">本报记者　周敏　通讯员　陈鹏</p>
<div class="ct">
{body}
</div>
</div>
<div class="cl"></div>
<div class="copy">版权所有 运河日报社　未经书面授权不得复制或建立镜像<br>地址：淮安市清江浦区健康东路138号　苏ICP备05001826号</div>
</div>
"""
