from blocks import *
from furniture import *

ID, KIND, LANG = "xn-05", "government", "zh"
SITE = "桂林市临桂区人民政府门户网站（领导活动栏目）"
DOC_TITLE = "区委书记蒋国栋到六塘镇调研乡村振兴重点项目 - 领导活动 - 桂林市临桂区人民政府门户网站"
TITLE = "区委书记蒋国栋到六塘镇调研乡村振兴重点项目"
AUTHORS = ["莫振宇", "唐晓燕"]
PUBLISH_TIME = "2021-03-26 17:48"
FEATURES = ("领导活动; the whole article is ONE <p> of Word-paste lines broken with <br> every 30–40 characters, "
            "paragraphs only marked by a U+3000 indent; byline line 临桂区融媒体中心记者 … 通讯员 … above the text "
            "and a glued 作者： field in the info bar; photo with caption; 审核/编辑 lines; 长者模式.")

CSS = """
body{margin:0;font:14px/2 "Microsoft YaHei";background:#fff}
.hd{background:#0c5c9e;color:#fff;padding:18px 50px;font-size:26px}
.hd .r{float:right;font-size:12px}.hd a{color:#fff}
.nav a{display:inline-block;padding:9px 20px;background:#e9f1f9}
.con{width:980px;margin:0 auto}
.title{font-size:24px;font-weight:bold;text-align:center;margin:20px 0 6px}
.xx{text-align:center;color:#999;font-size:12px}
.zw p{margin:0 0 10px}
.pic{text-align:center}.caption{text-align:center;font-family:KaiTi;color:#555}
.foot{background:#f0f0f0;text-align:center;font-size:12px;padding:14px}
"""

BODY = [
    X('<p class="by">临桂区融媒体中心记者 莫振宇 通讯员 唐晓燕</p>'),
    IMG("调研现场", "3月25日，蒋国栋（左二）在六塘镇察看设施农业项目建设情况。"),
    BRP([
        "3月25日，区委书记蒋国栋到六塘镇调研乡村振兴重点项目建设情况。区委常委、区委办主任秦文杰，副区长周丽萍参加调研。",
        "蒋国栋一行先后来到六塘镇小太平村设施农业产业园、清泰村农产品冷链物流中心和六塘圩镇污水处理厂提标改造项目现场，详细了解项目投资、建设进度和带动群众增收等情况。",
        "在设施农业产业园，蒋国栋走进大棚，察看沃柑、百香果种苗长势，与种植大户、合作社负责人交流。他说：“产业是乡村振兴的根本，要把‘小散弱’变成‘大特强’，让更多群众在家门口就业增收。”",
        "调研中，蒋国栋强调，全区各级各部门要以项目建设为抓手，坚持“一个项目、一名领导、一个专班、一抓到底”，倒排工期、挂图作战，确保重点项目早开工、早投产、早见效。要加强农村基础设施和公共服务建设，补齐污水处理、道路交通等短板，持续改善农村人居环境。要健全防止返贫动态监测和帮扶机制，守住不发生规模性返贫的底线。",
        "六塘镇、区发展改革局、区农业农村局、区水利局等单位主要负责人参加调研。",
    ], lo=30, hi=38),
]


def page(body):
    return f"""<body>
<div class="hd"><span class="r"><a href="#">长者模式</a> ｜ <a href="#">无障碍浏览</a> ｜ <a href="#">简/繁</a> ｜ <a href="#">登录</a></span>
<img alt="桂林市临桂区人民政府门户网站"> 桂林市临桂区人民政府门户网站</div>
<div class="nav"><a href="#">首页</a><a href="#">临桂概况</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">魅力临桂</a>{search("请输入关键字")}</div>
<div class="con">
{crumb(["首页","政务公开","政务动态","领导活动"], label="当前位置：", sep=" &gt; ")}
<div class="title">{TITLE}</div>
<div class="xx">发布时间：{PUBLISH_TIME}　来源：临桂区融媒体中心　作者：莫振宇 唐晓燕　浏览量：<span>597</span>　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】</div>
<div class="zw">
{body}
</div>
<p>审核：秦文杰　　编辑：黄诗雨</p>
<div class="pn">上一篇：<a href="#">区长何建华主持召开区政府第51次常务会议</a><br>下一篇：<a href="#">我区召开2021年一季度重大项目推进会</a></div>
{related("相关新闻", [("临桂区召开乡村振兴工作领导小组会议","2021-03-19"),("蒋国栋调研两江国际机场周边规划建设","2021-03-12")])}
</div>
<div class="foot">
<p>主办：桂林市临桂区人民政府办公室　承办：临桂区大数据发展和政务服务局</p>
<p>桂ICP备05007841号-1　<img alt="">桂公网安备45031202000106号　网站标识码：4503120012</p>
<p>建议使用1366×768分辨率浏览本站</p>
<p><img alt="党政机关"> <img alt="政府网站找错"></p>
</div>
</body>"""
