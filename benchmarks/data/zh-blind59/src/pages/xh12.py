from lib import *

ID = "xh-12"
KIND = "government"
LANG = "zh"
FEATURES = ("city department (桂林市文化广电和旅游局) news; headline followed at once by a '摘要：' one-sentence summary "
            "(not body); <title> worded differently from the printed headline; info bar with '|' separators and a "
            "spaced name 莫  燕 (author); bulleted measures list; quoted visitor; 责任编辑 line; 相关阅读")
HEAD_TITLE = "漓江景区分时预约见成效 - 桂林市文化广电和旅游局"
TITLE_LINES = ["桂林漓江景区推出“分时预约+弹性票价” 旺季排队时间缩短一半"]
AUTHORS = ["莫燕"]
TIME = "2024-10-09"

CSS = """
body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#eaf3ef}
.hdr{background:#fff;padding:16px calc(50% - 580px);display:flex;align-items:center}
.hdr b{font-size:28px;color:#1c6b4d}.hdr .s{margin-left:auto}
.hdr .s input{width:240px;height:30px;border:1px solid #1c6b4d}
.yy{background:#1c6b4d;padding:0 calc(50% - 580px)}.yy a{color:#fff;padding:0 20px;line-height:44px;display:inline-block}
.yy .r{float:right}.yy .r a{padding:0 6px;font-size:12px}
.cn{width:1160px;margin:20px auto;background:#fff;padding:30px 90px;box-sizing:border-box}
.cn .pl{font-size:13px;color:#999}
.cn h1{font-size:26px;text-align:center;margin:26px 0 10px;color:#123}
.cn .zy{background:#f4f8f6;border-left:4px solid #1c6b4d;padding:8px 14px;color:#555;font-size:14px;margin:0 0 12px}
.cn .xx{text-align:center;font-size:13px;color:#999;margin-bottom:20px}
.cn .tx p{text-indent:2em;margin:12px 0}
.cn .tx ul{margin:0 0 0 3em}
.cn .bj{text-align:right;color:#888;font-size:13px}
.xgyd{margin-top:20px;border-top:1px solid #eee}
.ft{background:#26332e;color:#aab;text-align:center;font-size:12px;padding:18px}
"""

BODY = [
    P("国庆假期刚过，桂林市文化广电和旅游局发布消息，今年起漓江景区在精华游航线全面推行“分时预约+弹性票价”管理，游客可提前7天通过“一键游桂林”平台预约乘船时段，旺季码头排队时间明显缩短。"),
    P("据介绍，漓江精华游航线每天划分为7个登船时段，每个时段按照码头承载量核定预约名额，游客凭身份证或电子码分时段检票登船。与此同时，景区在淡旺季、工作日和节假日实行差异化票价，引导游客错峰出行。主要措施包括："),
    LI(["旺季实行全网实名预约，现场不再设人工售票窗口；",
        "早班船和午后班次票价下浮，最高优惠80元；",
        "磨盘山、竹江两个码头增设遮阳候船区和母婴室；",
        "开通“漓江游船”实时余票查询和到港提醒服务。"]),
    P("“以前国庆来坐船，光在码头就排了一个多小时，这次按预约时间来，十几分钟就上船了。”来自广东佛山的游客陈女士说。"),
    P("数据显示，国庆假期漓江精华游航线日均接待游客2.1万人次，码头平均等候时间由去年同期的50分钟降至25分钟，游客投诉量同比下降六成。市文化广电和旅游局有关负责人表示，下一步将总结经验，把分时预约推广到银子岩、象鼻山等重点景区。"),
]


def page():
    return f"""<body>
<div class="hdr"><b>{gif("桂林市文化广电和旅游局")}桂林市文化广电和旅游局</b><form class="s"><input type="text" placeholder="请输入关键词"><button type="button">搜索</button></form></div>
<div class="yy"><span class="r"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a></span><a href="#">首页</a><a href="#">机构概况</a><a href="#">新闻动态</a><a href="#">政务公开</a><a href="#">办事服务</a><a href="#">文旅资讯</a></div>
<div class="cn">
<div class="pl">您的位置：<a href="#">首页</a> &gt; <a href="#">新闻动态</a> &gt; <a href="#">工作动态</a></div>
<h1>{TITLE_LINES[0]}</h1>
<p class="zy">摘要：今年国庆假期，漓江精华游航线日均接待游客2.1万人次，码头平均等候时间由去年的50分钟降至25分钟。</p>
<div class="xx">桂林市文化广电和旅游局 | {TIME} | 作者：莫&nbsp;&nbsp;燕 | 阅读：1032</div>
<div class="tx">
{render(BODY)}
<p class="bj">责任编辑：唐  蕾</p>
</div>
<p>分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a>　【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
<div class="xgyd"><h4>相关阅读</h4><ul>{ali(["桂林市2024年国庆假期文化和旅游市场综述", "漓江流域生态保护条例修订草案公开征求意见", "“一键游桂林”平台新增景区分时预约功能"])}</ul></div>
</div>
<div class="ft">主办：桂林市文化广电和旅游局　地址：桂林市临桂区西城中路69号　电话：0773-2825016<br>桂ICP备09007215号-3　桂公网安备 45030502000419号　网站标识码：4503000036</div>
</body>"""
