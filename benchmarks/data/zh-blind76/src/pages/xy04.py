from lib import *

NOTES = "County portal (Yunnan), 2021 design, 领导活动: info bar 来源→作者→时间→阅读 above a bordered body, author printed with two spaces inside the name (李  娜), 责任编辑/审核 lines at the end that are not authors, photo captions, left column of 领导活动 links."

META = dict(id="xy-04", kind="government", lang="zh",
            title="杨建明到狗街镇调研烤烟生产和防汛工作",
            authors=["李娜"],
            publish_time="2025-06-11 18:05")

HEAD_TITLE = "杨建明到狗街镇调研烤烟生产和防汛工作 - 宜良县人民政府"

CSS = """
body{margin:0;background:#f7f4ee;font-family:"Microsoft YaHei";font-size:14px;color:#333}
#yl-top{background:#8c1c13;color:#f6e7d0;font-size:12px;padding:4px 0}
#yl-top .c{width:1180px;margin:0 auto}
#yl-top a{color:#f6e7d0;margin-right:12px}
#yl-banner{width:1180px;margin:0 auto;height:130px;display:flex;align-items:center;justify-content:space-between}
#yl-banner .nm{font-size:34px;color:#8c1c13;font-weight:bold}
#yl-nav{background:#a52a1f}
#yl-nav .c{width:1180px;margin:0 auto}
#yl-nav a{color:#fff;display:inline-block;padding:11px 22px;font-size:15px;text-decoration:none}
#yl-body{width:1180px;margin:16px auto;display:flex;gap:20px}
#yl-side{width:260px;background:#fff;padding:12px}
#yl-side h4{margin:0 0 8px;color:#8c1c13}
#yl-side li{list-style:none;border-bottom:1px dotted #ccc;padding:5px 0}
#yl-side ul{padding:0;margin:0}
#yl-art{flex:1;background:#fff;padding:20px 40px}
#yl-art .pos{color:#888;font-size:12px;margin-bottom:14px}
#yl-art h2{font-size:24px;text-align:center;margin:10px 0}
#yl-art .xx{text-align:center;font-size:12px;color:#999;background:#f5f5f5;padding:6px}
#yl-art .zw{border-top:2px solid #a52a1f;margin-top:14px;padding-top:10px}
#yl-art .zw p{text-indent:2em;line-height:2;font-size:16px;margin:0 0 10px}
#yl-art .zw .tu{text-align:center;text-indent:0}
#yl-art .zw .tz{text-align:center;text-indent:0;color:#06c;font-size:14px}
#yl-art .bj{text-align:right;color:#666;font-size:13px}
#yl-ft{background:#5b130d;color:#e9d6c5;text-align:center;font-size:12px;line-height:2.2;padding:14px 0}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "IMG": lambda a, kw: f'<p class="tu">{img(a, w=560, h=360)}</p>\n<p class="tz">{kw["cap"]}</p>',
}

BLOCKS = [
    P("6月10日，县委副书记、县长杨建明到狗街镇调研烤烟生产和防汛工作。他强调，要抓住烤烟大田管理关键期，强化技术指导和服务保障，同时绷紧防汛安全这根弦，确保群众生命财产安全和全年烟叶生产目标顺利实现。"),
    P("在狗街镇小哨村烤烟连片种植示范区，杨建明走进烟田，仔细察看烟株长势，详细询问烟农种植面积、田间管理和收购预期等情况。据介绍，今年狗街镇落实烤烟种植面积2.1万亩，通过推广水肥一体化和病虫害绿色防控技术，烟株整体长势良好，预计亩均产值可达4800元以上。"),
    IMG("调研现场", cap="杨建明在小哨村烟田察看烟株长势"),
    P("杨建明指出，烤烟产业是全县农民增收的重要支柱，各级各部门要加强与烟草部门的协调配合，组织技术人员深入田间地头开展“一对一”指导，及早做好烤房检修和燃料储备，为后期采烤打好基础。"),
    P("随后，杨建明来到南盘江狗街段堤防和龙洞水库，实地查看防汛物资储备、水库水位监测和巡查值守情况。他要求，主汛期已经到来，要严格落实防汛责任制，加密对病险水库、河道堤防、地质灾害隐患点的巡查频次，完善应急预案，做到人员、物资、措施“三到位”，一旦发生险情，第一时间转移受威胁群众。"),
    P("县直有关部门和狗街镇主要负责同志参加调研。"),
    X('<p class="bj">责任编辑：张丽萍　审核：王刚</p>'),
]


def frame(M, body):
    return f"""<body>
<div id="yl-top"><div class="c"><a href="#">无障碍阅读</a><a href="#">长者模式</a><a href="#">繁體</a><span>欢迎访问宜良县人民政府门户网站</span></div></div>
<div id="yl-banner"><span class="nm">宜良县人民政府</span><span><input type="text" placeholder="请输入搜索内容"> <button type="button">站内搜索</button></span></div>
<div id="yl-nav"><div class="c"><a href="#">首页</a><a href="#">宜良概况</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">专题专栏</a></div></div>
<div id="yl-body">
<div id="yl-side"><h4>领导活动</h4><ul>
<li><a href="#">县委召开理论学习中心组学习会</a></li>
<li><a href="#">县政府召开第42次常务会议</a></li>
<li><a href="#">县领导开展“安全生产月”督导检查</a></li>
<li><a href="#">县人大常委会调研农村饮水安全工作</a></li>
</ul></div>
<div id="yl-art">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">领导活动</a></div>
<h2>{M["title"]}</h2>
<div class="xx">来源：宜良县融媒体中心　作者：李&nbsp;&nbsp;娜　时间：{M["publish_time"]}　阅读：312</div>
<div class="zw">
{body}
</div>
</div>
</div>
<div id="yl-ft">
版权所有：宜良县人民政府　主办：宜良县人民政府办公室　技术支持：宜良县融媒体中心<br>
滇ICP备05001926号-1　网站标识码：5301250011　{img("警徽")}滇公网安备 53012502000104号
</div>
</body>"""
