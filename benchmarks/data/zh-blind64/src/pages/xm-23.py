# 塞上新闻网 (宁夏, provincial news portal / TV): the site's slogan line
# ("塞上江南 神奇宁夏") stands right above the headline; reporter and 实习生 in
# the info bar (both writers); 责任编辑 and 审核 at the end.
from kit import *

META = dict(
    id="xm-23", kind="media", lang="zh",
    title="银川都市圈城际公交新开通3条线路",
    authors=["杨帆", "马文静"],
    publish_time="2025-05-23 19:50:12",
)
HTML_TITLE = "银川都市圈城际公交新开通3条线路 - 塞上新闻网"
CSS = BASE_CSS + """
.hd{background:#fff;border-bottom:3px solid #1d6fb8}
.hd .in{width:1140px;margin:0 auto;height:86px;display:flex;align-items:center}
.hd b{font-size:32px;color:#1d6fb8}
.hd .r{margin-left:auto;font-size:13px}
.hd .r a{margin-left:12px}
.nav{width:1140px;margin:0 auto;display:flex;flex-wrap:wrap;font-size:15px;border-bottom:1px solid #eee}
.nav a{padding:10px 14px}
.body{width:1140px;margin:0 auto;display:flex;gap:30px;padding-top:20px}
.l{flex:1}
.r2{width:300px}
.slogan{background:#1d6fb8;color:#fff;text-align:center;font-size:20px;letter-spacing:8px;padding:8px 0}
h1{font-size:30px;margin:18px 0 10px;text-align:center}
.info{text-align:center;font-size:13px;color:#888}
.info span{margin:0 6px}
.content{font-size:17px;line-height:1.9;margin-top:18px}
.content p{margin:0 0 14px;text-indent:2em}
.content ul{margin:0 0 14px 2em}
.content li{list-style:disc;margin:4px 0}
.ed{text-align:right;font-size:13px;color:#888;margin-top:10px}
.r2 h4{background:#f0f5fb;margin:0;padding:8px;color:#1d6fb8}
.r2 li{padding:6px 8px;border-bottom:1px solid #f0f0f0;font-size:14px}
.footer{background:#222;color:#999;text-align:center;font-size:12px;padding:18px 0;margin-top:30px}
.footer p{margin:3px 0}
"""
TEMPLATE = f"""
<div class="hd"><div class="in"><b>塞上新闻网</b><div class="r"><a href="#">宁夏广播电视台</a><a href="#">客户端</a><a href="#">直播</a><a href="#">登录</a></div></div></div>
<div class="nav">{links(["首页", "宁夏要闻", "市县", "民生", "经济", "文旅", "视频", "直播", "问政", "专题"])}</div>
<div class="body">
<div class="l">
<div class="slogan">塞上江南　神奇宁夏</div>
<h1>@@TITLE@@</h1>
<div class="info"><span>@@DATE@@</span><span>来源：塞上新闻网</span><span>记者：杨&nbsp;&nbsp;帆</span><span>实习生：马文静</span></div>
<div class="content">
@@BODY@@
</div>
<div class="ed">责任编辑：丁瑶　审核：张国华</div>
</div>
<div class="r2"><h4>今日热点</h4>{ul(["宁夏今年将新建改建农村公路1500公里", "贺兰山东麓葡萄酒产区迎来开园季", "中卫沙坡头景区推出夜游项目", "固原市高考考点全部完成标准化改造", "石嘴山市星海湖湿地观鸟季开启"])}
{qr("扫一扫 下载塞上新闻客户端")}</div>
</div>
{footer(["宁夏广播电视台主办　塞上新闻网版权所有", "信息网络传播视听节目许可证：3004321　宁ICP备05001122号-3", "宁公网安备 64010402000345号　违法和不良信息举报：0951-5041234"])}
"""
OPTS = dict(pstyle="p", lstyle="ul")
BODY = """
p 5月23日，记者从银川市交通运输局了解到，银川至永宁、银川至贺兰、银川至灵武宁东3条城际公交线路当天正式开通运营，进一步方便银川都市圈群众通勤出行。
p 此次开通的3条线路分别为：
li 城际1路：银川火车站—永宁县杨和镇，全程28公里，设站14个；
li 城际2路：银川北门广场—贺兰县德胜工业园区，全程22公里，设站11个；
li 城际3路：银川东站—宁东能源化工基地管委会，全程46公里，设站9个。
p 3条线路均采用新能源公交车，首末班时间为6:30至21:30，高峰时段发车间隔15分钟，实行分段计价，票价2元至6元，乘客可使用公交卡、银联闪付和手机扫码乘车，与银川市区公交实行90分钟内换乘优惠。
p “以前从宁东回银川要倒两趟车，现在一趟就到，单程能省40分钟。”在宁东上班的市民李涛说。
p 银川市交通运输局相关负责人表示，下一步将根据客流情况动态优化线路和班次，年内计划再开通至吴忠、石嘴山方向的城际线路，推动都市圈公共交通一体化发展。
"""
