from lib import links, GIF

PAGE = dict(
    id="wi-02", kind="government", lang="zh",
    region="湖南 株洲", site="茶陵县人民政府（县政府门户信息公开，2010 年代表格布局）",
    title="茶陵县人民政府办公室关于做好2025—2026年度冬春农田水利基本建设工作的通知",
    authors=[],
    publish_time="2025-11-17 09:30",
    head_title="茶陵县人民政府办公室关于做好2025—2026年度冬春农田水利基本建设工作的通知",
    features="2010 年代表格布局的县政府信息公开页：标题前有“索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期/有效性”元数据表"
             "（标题与日期都出现两次）；文件正文：文号行（非正文）、重复的文件标题（非正文）、主送、一至四条、附件行、署名与成文日期（正文）；"
             "“您是第 N 位访客”计数器、友情链接下拉框、页脚版权/主办/承办/ICP/公网安备/网站标识码。",
)

BLOCKS = [
    ("x", '<span class="wh">茶政办发〔2025〕27号</span>'),
    ("x", '<span class="dt">茶陵县人民政府办公室<br>关于做好2025—2026年度冬春农田水利基本建设工作的通知</span>'),
    ("p", "各乡镇人民政府，县直有关单位："),
    ("p", "为加快补齐农田水利设施短板，夯实粮食安全基础，经县人民政府同意，现就做好2025—2026年度冬春农田水利基本建设（以下简称“冬修水利”）工作通知如下："),
    ("p", "一、明确目标任务。今冬明春，全县计划完成山塘清淤扩容86口、渠道防渗改造52公里、机埠维修更新24处、高标准农田配套水利工程1.8万亩。12月底前所有项目全面开工，2026年4月底前全部完工并发挥效益。"),
    ("p", "二、抓好项目实施。各乡镇要对照任务清单，逐项明确责任人和完工时限。严格落实项目法人责任制、招标投标制、工程监理制和合同管理制，小型项目可按规定采取“民办公助”、以奖代补方式组织群众投工投劳。县水利局要加强技术指导，每月通报工程进度。"),
    ("p", "三、强化资金保障。县财政统筹安排冬修水利专项资金2600万元，按照“先建后补、验收拨付”原则分批下达。任何单位和个人不得截留、挤占、挪用项目资金。"),
    ("p", "四、确保安全质量。各施工点要落实安全生产措施，山塘清淤期间须设置警示标志，严禁在冰冻天气进行混凝土浇筑。县水利局、县农业农村局组成联合督查组适时开展督查，督查结果纳入乡镇年度绩效考核。"),
    ("p", "附件：茶陵县2025—2026年度冬修水利项目任务分解表"),
    ("sign", "茶陵县人民政府办公室"),
    ("sign", "2025年11月14日"),
]

FMT = {
    "p": '<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><font face="仿宋_GB2312" size="4">{t}</font></p>',
    "sign": '<p class="MsoNormal" align="right" style="text-align:right;line-height:28pt;margin-right:40pt"><font face="仿宋_GB2312" size="4">{t}</font></p>',
    "x": '<p class="MsoNormal" align="center" style="text-align:center;line-height:28pt">{t}</p>',
}

CSS = """
body{margin:0;font-size:12px;font-family:宋体,SimSun;background:#e9eef2}
td{font-size:12px}
.nav td{background:#b30000;color:#fff;font-size:14px;font-weight:bold;height:34px}
.nav a{color:#fff}
.pos{height:30px;border-bottom:1px solid #ccc}
.meta{border-collapse:collapse;margin:10px auto;width:96%}
.meta td{border:1px solid #ccd;padding:4px 6px;background:#f7f9fb}
.meta .k{font-weight:bold;width:80px;background:#edf1f5}
.tit{font-size:22px;font-weight:bold;color:#b30000;text-align:center;padding:16px 0 8px}
.inf{text-align:center;color:#666;border-bottom:1px solid #ddd;padding-bottom:6px}
.wh{font-family:仿宋;font-size:16px}
.dt{font-size:22px;font-weight:bold;font-family:方正小标宋简体,宋体}
.bot{text-align:right;padding:10px 20px}
.foot{background:#b30000;color:#fff;text-align:center;line-height:22px;padding:8px}
.foot a{color:#fff}
"""


def render(P, body):
    return f"""
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="{GIF}" alt="茶陵县人民政府" width="1000" height="150"></td></tr>
<tr class="nav"><td colspan="2" align="center">{links(["首  页", "政务公开", "网上办事", "公众参与", "魅力茶陵", "专题专栏", "信箱"], sep=" | ")}</td></tr>
<tr><td class="pos">&nbsp;&nbsp;您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政府信息公开</a> &gt;&gt; <a href="#">政府文件</a> &gt;&gt; <a href="#">县政府办文件</a></td>
<td class="pos" align="right">2025年11月17日 星期一&nbsp;&nbsp;</td></tr>
<tr><td colspan="2" valign="top">
<table class="meta">
<tr><td class="k">索 引 号：</td><td>43022400/2025-01873</td><td class="k">主题分类：</td><td>农业、林业、水利</td></tr>
<tr><td class="k">发文机关：</td><td>茶陵县人民政府办公室</td><td class="k">成文日期：</td><td>2025年11月14日</td></tr>
<tr><td class="k">标　　题：</td><td colspan="3">{P['title']}</td></tr>
<tr><td class="k">发文字号：</td><td>茶政办发〔2025〕27号</td><td class="k">发布日期：</td><td>2025年11月17日</td></tr>
<tr><td class="k">有 效 性：</td><td colspan="3">有效</td></tr>
</table>
<div class="tit">{P['title']}</div>
<div class="inf">发布时间：{P['publish_time']}&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县政府办&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<table width="92%" align="center"><tr><td class="TRS_Editor">
{body}
</td></tr></table>
<div class="bot"><a href="#">【打印此页】</a>&nbsp;<a href="#">【关闭窗口】</a>&nbsp;<a href="#">【收藏本页】</a></div>
</td></tr>
<tr><td colspan="2" align="center" style="padding:8px">友情链接：<select><option>——国家部委网站——</option></select> <select><option>——省市政府网站——</option></select> <select><option>——县直部门网站——</option></select></td></tr>
<tr><td colspan="2" class="foot">
<a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a><br>
版权所有：茶陵县人民政府　主办：茶陵县人民政府办公室　承办：茶陵县政务服务和大数据中心<br>
湘ICP备12004381号　湘公网安备 43022402000136号　网站标识码：4302240003<br>
地址：茶陵县云阳街道迎宾大道88号　电话：0731-25221430　您是第 <b>3918204</b> 位访客<br>
<img src="{GIF}" alt="党政机关" width="40" height="50">&nbsp;<img src="{GIF}" alt="我为政府网站找错" width="110" height="50">
</td></tr>
</table>
"""
