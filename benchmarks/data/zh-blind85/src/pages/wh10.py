# 安徽 · 区政府 · 实施意见（2025 design, 解读 chips next to the title, collapsible metadata card, 文号, 署名/日期）
from lib import *

PAGE = dict(
    id="wh-10", kind="government", lang="zh",
    title="江屿区人民政府关于加快发展银发经济增进老年人福祉的实施意见",
    authors=[],
    publish_time="2025-11-21",
    features="2025 district portal (安徽) with a metadata card (索引号/发布机构/文号/成文日期/公开日期) above the "
             "headline, 一图读懂/文字解读/视频解读 chips right under the headline; 文号 line (not body); 意见 with "
             "主送, 一、二、三 headings and （一）（二） lead-ins, 署名 and date; 相关解读 box; font-size and "
             "print tools; 政务新媒体 and footer with 适老化 badge.",
    blocks=[
        NB("江政〔2025〕19号", fmt='<p class="fwzh">{t}</p>'),
        P("各乡镇人民政府、街道办事处，区政府各部门、各直属机构："),
        P("为积极应对人口老龄化，发展银发经济，更好满足老年人多样化、多层次需求，结合我区实际，现提出如下实施意见。"),
        H("一、发展民生事业，解决急难愁盼"),
        P("（一）扩大老年助餐服务。到2026年底，城市社区老年助餐服务覆盖率达到90%以上，农村地区因地制宜发展邻里互助、志愿服务等助餐模式。对80周岁以上老年人和低保、特困老年人就餐给予每餐2元至5元补贴。"),
        P("（二）拓展居家助老服务。推进家庭养老床位建设，每年新增家庭养老床位200张。支持养老机构、物业服务企业开展助浴、助洁、助急、助医等上门服务。"),
        P("（三）优化老年健康服务。发挥区人民医院老年医学科龙头作用，每个乡镇卫生院至少设立1个老年友善门诊，为65岁以上老年人每年提供一次免费健康体检。"),
        H("二、培育潜力产业，扩大有效供给"),
        P("（四）发展康复辅助器具产业。依托江屿经济开发区，引进培育康复辅具、智能护理设备生产企业，开展康复辅助器具社区租赁服务试点。"),
        P("（五）发展旅居养老产业。整合江岸、湖区旅游资源，打造3条适老化旅游线路，推动有条件的景区、酒店开展适老化改造。"),
        H("三、强化要素保障，营造良好环境"),
        P("（六）加强用地保障。新建居住区按照每百户不少于20平方米的标准配建养老服务设施，与住宅同步规划、同步建设、同步验收、同步交付。"),
        P("（七）加强人才支撑。鼓励区内职业院校开设老年服务与管理相关专业，对在养老机构连续从业满3年的护理人员给予一次性岗位补贴。"),
        P("各乡镇（街道）、各有关部门要把发展银发经济作为重要民生工程，细化工作举措，抓好贯彻落实。本意见自印发之日起施行，有效期至2028年12月31日。"),
        SIGN("江屿区人民政府"),
        SIGN("2025年11月18日"),
    ],
)

CSS = """
:root{--c:#1d4ed8}
*{box-sizing:border-box}
body{margin:0;background:#f3f5f9;font-family:"HarmonyOS Sans SC","Microsoft YaHei",sans-serif;color:#222;font-size:16px}
a{color:inherit;text-decoration:none}
.g-top{background:#fff;border-bottom:1px solid #e5e7eb;font-size:13px;color:#666}
.g-top .in,.g-head .in,.g-nav .in,.g-main,.g-foot .in{width:1200px;margin:0 auto}
.g-top .in{display:flex;justify-content:space-between;line-height:36px}
.g-top a{margin-left:14px}
.g-head{background:var(--c);color:#fff}
.g-head .in{height:110px;display:flex;align-items:center;justify-content:space-between}
.g-head .logo{font-size:34px;font-weight:800;letter-spacing:4px}
.g-head form{display:flex}
.g-head input{width:280px;height:38px;border:0;padding:0 10px}
.g-nav{background:#1e40af}
.g-nav .in{display:flex}
.g-nav a{flex:1;text-align:center;color:#fff;line-height:54px;font-size:17px}
.g-main{background:#fff;margin-top:20px;padding:30px 80px 40px}
.g-bc{font-size:14px;color:#888;margin-bottom:20px}
.g-card{background:#f8fafc;border:1px solid #e2e8f0;border-radius:6px;padding:14px 20px;font-size:14px;display:grid;grid-template-columns:1fr 1fr;gap:4px 30px}
.g-card b{color:#64748b;font-weight:normal}
h1{font-size:28px;text-align:center;margin:30px 0 12px;line-height:1.45}
.g-chips{text-align:center;margin-bottom:20px}
.g-chips a{display:inline-block;border:1px solid var(--c);color:var(--c);border-radius:16px;padding:0 14px;margin:0 6px;font-size:14px}
.g-tools{text-align:right;font-size:14px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px;margin-bottom:20px}
.g-article{font-size:18px;line-height:2;font-family:"FangSong","仿宋"}
.g-article p{text-indent:2em;margin:0}
.g-article p.fwzh{text-align:center;text-indent:0}
.g-article h3{font-family:"SimHei","黑体";font-size:18px;font-weight:normal;margin:0;text-indent:2em}
.g-rel{margin-top:30px;background:#eff6ff;padding:14px 20px;border-radius:6px}
.g-rel h4{margin:0 0 6px}
.g-foot{background:#0f172a;color:#94a3b8;margin-top:30px;font-size:13px;padding:30px 0;line-height:2}
"""


def render(p):
    body = render_body(p["blocks"], {"sign": '<p style="text-align:right;padding-right:3em;text-indent:0">{t}</p>'})
    html_body = f"""
<div class="g-top"><div class="in"><span>安庆市江屿区人民政府门户网站</span><span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体版</a><a href="#">登录</a><a href="#">注册</a></span></div></div>
<div class="g-head"><div class="in"><div class="logo">江屿区人民政府</div><form><input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div></div>
<div class="g-nav"><div class="in">{links(["首页", "政务公开", "政务服务", "互动交流", "数据开放", "走进江屿"])}</div></div>
<div class="g-main">
<div class="g-bc">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">区政府文件</a></div>
<div class="g-card">
<span><b>索引号：</b>11340803MB1F93287X/202511-00023</span><span><b>发布机构：</b>江屿区人民政府</span>
<span><b>文号：</b>江政〔2025〕19号</span><span><b>成文日期：</b>2025-11-18</span>
<span><b>公开日期：</b>2025-11-21</span><span><b>有效性：</b>有效</span></div>
<h1>{esc(p["title"])}</h1>
<div class="g-chips"><a href="#">一图读懂</a><a href="#">文字解读</a><a href="#">视频解读</a></div>
<div class="g-tools">发布时间：{p["publish_time"]}　　浏览量：1934　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　　<a href="#">打印</a>　<a href="#">收藏</a></div>
<div class="g-article">
{body}
</div>
<div class="g-rel"><h4>相关解读</h4>
<p><a href="#">【文字解读】《江屿区人民政府关于加快发展银发经济增进老年人福祉的实施意见》政策解读</a></p>
<p><a href="#">【一图读懂】江屿区发展银发经济7项举措</a></p></div>
</div>
<div class="g-foot"><div class="in">
<p>主办：安庆市江屿区人民政府办公室　承办：江屿区数据资源管理局　联系电话：0556-5578120</p>
<p>网站标识码：3408030006　皖ICP备05015633号　皖公网安备 34080302000211号</p>
<p>{img("党政机关", 40, 50)} {img("政府网站找错", 100, 40)} {img("适老化无障碍服务", 100, 40)}</p></div></div>
"""
    return doc("江屿区人民政府关于加快发展银发经济增进老年人福祉的实施意见_江屿区人民政府", CSS, html_body)
