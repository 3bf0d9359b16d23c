PAGE = dict(
    id="wg-02", kind="government", lang="zh",
    site="吉安市人民政府 · 政府信息公开 · 市政府办公室文件（2012 年前后表格布局）",
    features="XHTML+整页表格布局，导航为表格单元格（制表符）；信息公开元数据表（索引号/发布机构/成文日期/文号/发布日期），两个日期；"
             "标题下单独的文号行（非正文）；Word 粘贴式正文（仿宋/黑体 span）；主送行、署名、成文日期为正文；打印/关闭；页脚版权/ICP/公网安备/标识码",
    title="吉安市人民政府办公室关于做好2025年春季森林防火工作的通知",
    authors=[],
    publish_time="2025-03-17",
    head_title="吉安市人民政府办公室关于做好2025年春季森林防火工作的通知",
    DOCTYPE='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    META=['<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7">',
          '<meta name="keywords" content="森林防火,通知">'],
    CSS="""
body{margin:0;font-size:12px;font-family:宋体;background:#e9eef2}
table{border-collapse:collapse}
.top td{height:26px;color:#666}
.top a{color:#666;text-decoration:none}
.banner td{height:120px;background:#9c1a1a;color:#fff;font-size:32px;font-family:黑体;padding-left:30px}
.nav td{background:#c62a2a;height:36px;text-align:center}
.nav a{color:#fff;font-size:14px;font-weight:bold;text-decoration:none}
.pos{height:32px;background:#fff;border-bottom:1px solid #ddd;padding-left:10px}
.meta{margin:14px auto;border:1px solid #c9d7e4;background:#f5f9fc}
.meta td{border:1px solid #c9d7e4;padding:5px 8px;font-size:12px}
.meta .k{background:#e3edf6;width:80px;text-align:right;font-weight:bold}
.tit{font-size:22px;font-family:黑体;color:#b00;text-align:center;padding:16px 0 6px}
.wh{text-align:center;font-size:14px;font-family:仿宋_GB2312}
.zw{padding:10px 50px;background:#fff}
.btns{text-align:right;padding:10px 40px;background:#fff}
.foot td{background:#5a5a5a;color:#eee;text-align:center;line-height:24px;padding:10px}
""",
    STYLE={
        "p": '<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>',
        "h": '<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:黑体;font-size:16pt">{t}</span></p>',
        "to": '<p class="MsoNormal" style="line-height:28pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>',
        "sig": '<p class="MsoNormal" align="right" style="text-align:right;line-height:28pt;margin-right:48pt"><span style="font-family:仿宋_GB2312;font-size:16pt">{t}</span></p>',
        "sep": "\r\n",
    },
    TEMPLATE="""
<table width="1000" align="center" class="top" cellpadding="0" cellspacing="0"><tr>
<td align="left">欢迎访问吉安市人民政府门户网站！</td>
<td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍</a> | <a href="#">长者版</a> | <a href="#">手机版</a></td>
</tr></table>
<table width="1000" align="center" class="banner" cellpadding="0" cellspacing="0"><tr><td><img alt="吉安市人民政府" src="%GIF%" width="1" height="1" /> 吉安市人民政府</td></tr></table>
<table width="1000" align="center" class="nav" cellpadding="0" cellspacing="0"><tr>
<td><a href="#">首　页</a></td><td><a href="#">政务公开</a></td><td><a href="#">政务服务</a></td><td><a href="#">互动交流</a></td><td><a href="#">走进吉安</a></td><td><a href="#">专题专栏</a></td>
</tr></table>
<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td class="pos">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政府信息公开</a> &gt;&gt; <a href="#">法定主动公开内容</a> &gt;&gt; <a href="#">政策文件</a> &gt;&gt; <a href="#">市政府办公室文件</a></td></tr></table>
<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td>
<table width="920" class="meta" align="center">
<tr><td class="k">索 引 号：</td><td>014512638/2025-00213</td><td class="k">分　　类：</td><td>应急管理；通知</td></tr>
<tr><td class="k">发布机构：</td><td>吉安市人民政府办公室</td><td class="k">成文日期：</td><td>2025-03-14</td></tr>
<tr><td class="k">标　　题：</td><td colspan="3">吉安市人民政府办公室关于做好2025年春季森林防火工作的通知</td></tr>
<tr><td class="k">文　　号：</td><td>吉府办字〔2025〕9号</td><td class="k">发布日期：</td><td>2025-03-17</td></tr>
<tr><td class="k">主 题 词：</td><td colspan="3"></td></tr>
</table>
<div class="tit">吉安市人民政府办公室关于做好2025年春季森林防火工作的通知</div>
<div class="wh">吉府办字〔2025〕9号</div>
<div class="zw">
{{BODY}}
</div>
<div class="btns">【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</div>
</td></tr></table>
<table width="1000" align="center" class="foot" cellpadding="0" cellspacing="0"><tr><td>
<a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a><br />
版权所有：吉安市人民政府办公室　承办：吉安市大数据中心　联系电话：0796-8226010<br />
ICP备案号：赣ICP备09004512号　<img alt="" src="%GIF%" />赣公网安备 36080202000213号　网站标识码：3608000012<br />
建议使用1024×768分辨率，IE8.0以上版本浏览器浏览本站<br />
<img alt="党政机关" src="%GIF%" />　<img alt="我为政府网站找错" src="%GIF%" />
</td></tr></table>
""",
    BODY="""
to: 各县（市、区）人民政府，井冈山经济技术开发区、庐陵新区管委会，市政府有关部门：
p: 当前正值春季森林防火关键期，清明祭扫、春耕备耕用火增多，加之近期我市降水偏少、气温回升较快，森林火险等级持续偏高，防控形势严峻。为切实做好今年春季森林防火工作，经市政府同意，现就有关事项通知如下：
h: 一、压紧压实防火责任
p: 各地要严格落实森林防火行政首长负责制，层层签订责任书，把防火责任落实到山头地块、落实到具体人员。各级林长要加强林区巡查，重点时段、重点区域实行领导包片、干部包山、护林员包林班。
h: 二、严格管控野外用火
p: 3月15日至4月30日为全市森林防火紧要期。紧要期内，林区及距离林地边缘50米范围内严禁烧荒烧炭、焚烧秸秆、燃放烟花爆竹等野外用火行为。各地要在进山路口、坟山集中区域设立检查卡点，落实“一人一卡一登记”制度，引导群众文明祭扫、绿色祭扫。
h: 三、加强火情监测和应急值守
p: 各地要充分发挥视频监控、瞭望塔和护林员“人防+技防”作用，做到火情早发现、早报告、早处置。严格执行24小时值班和领导带班制度，发生火情须在30分钟内报告市森林防灭火指挥部办公室，不得迟报、漏报、瞒报。
h: 四、做好扑救力量和物资准备
p: 各县（市、区）专业扑火队伍要集中食宿、靠前驻防，乡镇半专业扑火队伍要保持不少于20人的在岗力量。市应急管理局、市林业局要会同有关部门开展物资清查，及时补充风力灭火机、灭火水枪、防护服等装备。
p: 市森林防灭火指挥部办公室联系电话：0796-8226519。
sig: 吉安市人民政府办公室
sig: 2025年3月14日
""",
)
