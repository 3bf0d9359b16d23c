from lib import links, lis, GIF

PAGE = dict(
    id="wi-06", kind="government", lang="zh",
    region="湖南 常德", site="常德市人民政府门户网站·领导活动",
    title="刘建明在汉寿县调研冬季农业生产和农田水利建设",
    authors=["杨柳", "周立新"],
    publish_time="2025-11-19 08:35",
    head_title="刘建明在汉寿县调研冬季农业生产和农田水利建设 - 领导活动 - 常德市人民政府门户网站",
    features="市政府门户“领导活动”稿（转自市报）：信息栏用竖线分隔“来源：常德日报 | 时间 | 字号：大 中 小”；"
             "署名行单独在正文前（“常德日报全媒体记者 杨柳 通讯员 周立新”，非正文）；末尾“市领导…参加调研”为正文，责任编辑非作者；"
             "右侧“市长信箱/领导之窗”栏、热点专题、页脚。",
)

BLOCKS = [
    ("x", "常德日报全媒体记者　杨柳　通讯员　周立新"),
    ("p", "11月18日，市长刘建明到汉寿县调研冬季农业生产和农田水利建设工作。他强调，要抢抓冬季农闲有利时机，高质量推进冬修水利和高标准农田建设，为明年粮食丰收打下坚实基础。"),
    ("p", "在岩汪湖镇油菜种植基地，连片的油菜苗长势喜人。刘建明走进田间，详细了解油菜播种面积、品种选择和田间管理情况。据介绍，今年汉寿县冬种油菜面积达62.5万亩，较去年增加1.8万亩。刘建明指出，要加强技术指导服务，落实好清沟排渍、查苗补苗等措施，确保冬油菜壮苗越冬。"),
    ("p", "随后，刘建明来到龙阳街道沧港渠清淤现场，察看工程进度和施工质量。他说，冬修水利事关群众切身利益，要科学安排施工时序，严把工程质量关，确保明年汛前全面完工、发挥效益。"),
    ("p", "在太子庙镇高标准农田建设项目区，刘建明仔细询问项目建设进度和后期管护机制。他强调，要坚持“建管并重”，明确管护主体和责任，让高标准农田长久发挥效益。"),
    ("p", "调研中，刘建明要求，各级各部门要进一步压实责任，统筹抓好冬季农业生产、农田水利建设和农村安全生产等工作，加快推进农业农村现代化。"),
    ("p", "市领导谭晓峰参加调研。"),
]

FMT = {
    "p": '<p style="text-indent:2em">{t}</p>',
    "x": '<p class="zz" style="text-align:center;color:#666">{t}</p>',
}

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#333;background:#f0f0f0}
.w{width:1200px;margin:0 auto}
.gov-head{height:160px;background:#be1e24;position:relative}
.gov-head .tools{position:absolute;right:0;top:10px;font-size:12px}
.gov-head .tools a{color:#fff;margin-left:12px}
.gov-nav{background:#fff;box-shadow:0 2px 4px #ccc}
.gov-nav li{display:inline-block;padding:14px 24px;font-size:17px}
.gov-nav ul{margin:0;padding:0}
.main{float:left;width:840px;background:#fff;padding:30px;margin-top:20px}
.aside{float:right;width:330px;margin-top:20px}
.aside .blk{background:#fff;margin-bottom:16px;padding:10px 16px}
.aside h4{margin:0 0 8px;color:#be1e24;border-bottom:1px solid #eee}
.pos{font-size:13px;color:#999;margin-bottom:14px}
.main h1{font-size:26px;text-align:center;line-height:1.45}
.msg{text-align:center;font-size:13px;color:#999;padding-bottom:10px;border-bottom:1px solid #eee}
.con{font-size:16px}
.bj{text-align:right;color:#999;font-size:13px}
.clr{clear:both}
.foot{background:#be1e24;color:#fff;text-align:center;font-size:13px;padding:20px;margin-top:30px}
"""


def render(P, body):
    return f"""
<div class="gov-head"><div class="w" style="position:relative;height:160px">
<img src="{GIF}" alt="常德市人民政府门户网站" width="540" height="90" style="margin-top:36px">
<div class="tools"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体版</a><a href="#">手机版</a><a href="#">政务微博</a><a href="#">政务微信</a></div>
</div></div>
<div class="gov-nav"><div class="w"><ul>{lis(["首页", "常德概况", "政务要闻", "政府信息公开", "政务服务", "互动交流", "数据发布"], fmt='<li><a href="#">{t}</a></li>')}</ul></div></div>
<div class="w">
<div class="main">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">政务要闻</a> &gt; <a href="#">领导活动</a></div>
<h1>{P['title']}</h1>
<div class="msg">来源：常德日报 | {P['publish_time']} | 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> | <a href="#">打印</a></div>
<div class="con">
{body}
</div>
<div class="bj">责任编辑：陈琳</div>
<div style="margin-top:16px;font-size:14px">【<a href="#">收藏</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
</div>
<div class="aside">
<div class="blk"><h4>领导之窗</h4><p>{links(["市委书记", "市长", "常务副市长", "副市长"], sep=" | ")}</p></div>
<div class="blk"><h4>市长信箱</h4><p>写信须知 · 我要写信 · 信件查询</p></div>
<div class="blk"><h4>热点专题</h4><ul>{lis(["学习贯彻党的二十届四中全会精神", "优化营商环境", "常德市“十五五”规划意见建议征集", "冬春农田水利建设"])}</ul></div>
</div>
<div class="clr"></div>
</div>
<div class="foot">
<p>{links(["网站地图", "联系我们", "网站声明", "纠错留言"], sep=" | ")}</p>
<p>主办单位：常德市人民政府办公室　承办单位：常德市数据局　电话：0736-7251806</p>
<p>湘ICP备05007824号　湘公网安备 43070202000118号　网站标识码：4307000018</p>
<p><img src="{GIF}" alt="党政机关" width="36" height="44"> <img src="{GIF}" alt="政府网站找错" width="100" height="44"></p>
</div>
"""
