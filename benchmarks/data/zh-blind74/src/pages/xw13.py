# 中华新闻网·福建频道 (a central-media provincial channel) -- wire story with 新华社 dateline in the first paragraph
from lib import *

META = dict(
    id="xw-13", kind="media", lang="zh",
    title="闽江口海上风电运维基地在连江投入使用",
    authors=["郑逸飞", "许婧"],
    publish_time="2025-04-22 16:08:31",
)

BODY = [
    P("新华社福州4月22日电（记者郑逸飞、许婧）4月22日，位于福州市连江县的闽江口海上风电运维基地正式投入使用。这是福建省首个集运维船舶停靠、备品备件仓储、人员培训和远程集控于一体的海上风电综合运维基地，可为周边海域约300万千瓦海上风电装机提供运维保障。"),
    P("记者在现场看到，基地码头已建成3个运维船泊位，两艘双体运维船正在进行出海前的例行检查。集控中心大屏上，各风电场的实时风速、机组出力、设备温度等数据不断刷新。"),
    P("“过去风机出现故障，运维人员要从外地调配配件，往返一次至少两三天。现在备件就在码头边上，遇到好的海况当天就能出海处置。”基地运营方负责人林海生介绍，基地投用后，风电机组平均故障处理时间有望缩短40%以上。"),
    P("福建海域风能资源丰富，是我国海上风电开发的重点区域之一。近年来，福建加快推进海上风电规模化开发，同步布局装备制造、施工安装和运维服务产业链。截至今年3月底，全省海上风电累计并网装机容量达到约450万千瓦。"),
    P("记者了解到，基地还引入了数字化运维平台，通过对风机运行数据的实时监测和智能分析，可以提前发现潜在故障，变“事后维修”为“事前预防”。目前平台已接入周边4个海上风电场的200余台风机。"),
    P("据悉，基地二期将建设海上风电运维人员实训中心和无人机巡检基地，预计2026年建成。"),
]

STYLE = dict(p='<p>{}</p>')

CSS = """
body{margin:0;font-family:"Microsoft YaHei",SimSun;background:#fff;color:#000}
#zhTop{background:#f2f2f2;border-bottom:1px solid #ddd;font-size:12px;line-height:30px}
#zhTop .w,#zhHead .w,#zhNav .w,#zhMain{width:1000px;margin:0 auto}
#zhTop a{margin-right:10px;color:#333}
#zhHead{height:90px}
#zhNav{background:#c8161d}
#zhNav a{color:#fff;font-size:15px;padding:0 13px;line-height:38px}
#zhMain{display:flex;gap:24px}
#zhLeft{width:680px}
#zhRight{width:296px;border-left:1px solid #eee;padding-left:12px}
.zh-cur{font-size:12px;color:#666;padding:12px 0}
.zh-h1{font-size:28px;font-weight:bold;line-height:1.4;margin:14px 0 10px}
.zh-info{font-size:13px;color:#888;border-bottom:1px solid #ccc;padding-bottom:10px}
.zh-info .src{margin-left:18px}
.zh-info .r{float:right}
#zhContent p{font-size:16px;line-height:30px;text-indent:2em;margin:18px 0}
.zh-edit{text-align:right;color:#666;font-size:13px}
.zh-rank h3{font-size:16px;border-bottom:2px solid #c8161d}
.zh-rank li{font-size:13px;line-height:26px}
#zhFoot{border-top:2px solid #c8161d;margin-top:30px;text-align:center;font-size:12px;color:#666;line-height:24px;padding:12px 0}
"""


def page(body):
    m = META
    return f"""
<div id="zhTop"><div class="w"><a href="#">中华新闻网首页</a><a href="#">时政</a><a href="#">财经</a><a href="#">国际</a><a href="#">地方</a><a href="#">视频</a><a href="#">客户端</a></div></div>
<div id="zhHead"><div class="w">{img("中华新闻网 福建频道", 360, 70)}</div></div>
<div id="zhNav"><div class="w"><a href="#">首页</a><a href="#">时政</a><a href="#">八闽</a><a href="#">财经</a><a href="#">社会</a><a href="#">文旅</a><a href="#">两岸</a><a href="#">图片</a><a href="#">视频</a></div></div>
<div id="zhMain">
<div id="zhLeft">
<div class="zh-cur"><a href="#">福建频道</a> &gt; <a href="#">八闽</a> &gt; 正文</div>
<div class="zh-h1">{m['title']}</div>
<div class="zh-info"><span>{m['publish_time']}</span><span class="src">来源：新华社</span><span class="r"><a href="#">【字体：大 中 小】</a></span></div>
<div id="zhContent">
{body}
</div>
<div class="zh-edit">【纠错】 【责任编辑：王蓓】</div>
<div class="zh-rank"><h3>相关新闻</h3><ul>
<li><a href="#">福建海上风电累计并网装机突破400万千瓦</a></li>
<li><a href="#">连江：“海上牧场”迎来春季投苗高峰</a></li>
<li><a href="#">闽江口海上风电运维基地主体工程完工</a></li>
</ul></div>
</div>
<div id="zhRight">
<div class="zh-rank"><h3>24小时排行</h3><ol>
<li><a href="#">福州地铁4号线二期工程全面开工</a></li>
<li><a href="#">厦门“五一”假期热门景区实行预约游览</a></li>
<li><a href="#">福建今年将新增城镇就业40万人以上</a></li>
<li><a href="#">泉州古城夜游线路上新</a></li>
</ol></div>
<p>{img("中华新闻客户端下载", 280, 120)}</p>
</div>
</div>
<div id="zhFoot">
<p><a href="#">关于我们</a> | <a href="#">版权声明</a> | <a href="#">联系我们</a> | <a href="#">违法和不良信息举报</a></p>
<p>Copyright © 2000 - 2025 中华新闻网福建频道 All Rights Reserved.</p>
<p>互联网新闻信息服务许可证编号：35120170026　闽ICP备08102463号</p>
</div>
"""
