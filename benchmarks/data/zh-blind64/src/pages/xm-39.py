# 陕西省秦腔艺术研究会 (invented provincial association): an 通知 with a 文号 line
# (not body), 主送 line, numbered items, 附件 lines, contact lines, 署名 and date
# (body); info bar with 发布人/发布时间 above the headline.
from kit import *

META = dict(
    id="xm-39", kind="institution", lang="zh",
    title="关于举办第五届陕西秦腔青年演员展演活动的通知",
    authors=[],
    publish_time="2025年03月28日",
)
HTML_TITLE = "关于举办第五届陕西秦腔青年演员展演活动的通知"
CSS = BASE_CSS + """
body{background:#f6f1e7;font-size:13px}
.w{width:1000px;margin:0 auto;background:#fff}
.hd{height:120px;background:#7d1d1d;color:#f6e3c6;display:flex;align-items:center;padding:0 30px;gap:20px}
.hd b{font-size:32px;font-family:STKaiti,KaiTi;letter-spacing:4px}
.nav{background:#5e1414;display:flex}
.nav a{color:#f6e3c6;padding:10px 16px;font-size:14px}
.crumb{padding:10px 20px;color:#777;border-bottom:1px solid #eee}
.pre{text-align:center;color:#999;font-size:12px;margin-top:20px}
h1{font-size:22px;text-align:center;margin:8px 40px 6px;line-height:1.5}
.wh{text-align:center;margin:0 0 16px;font-size:15px}
.content{font-size:16px;line-height:2;padding:0 50px 20px}
.content p{margin:0 0 4px}
.dl{padding:10px 50px;border-top:1px dashed #ccc}
.dl a{display:block;color:#7d1d1d}
.footer{background:#5e1414;color:#e6c9a8;text-align:center;font-size:12px;padding:14px 0}
.footer p{margin:2px 0}
"""
TEMPLATE = f"""
<div class="w">
<div class="hd">{img("会徽", 80, 80)}<b>陕西省秦腔艺术研究会</b></div>
<div class="nav">{links(["首页", "研究会概况", "通知公告", "工作动态", "学术研究", "名家风采", "会员之家", "联系我们"])}</div>
{crumb(["首页", "通知公告"], prefix="当前位置：", sep=" &gt; ")}
<p class="pre">发布人：秘书处　　发布时间：@@DATE@@　　阅读次数：645</p>
<h1>@@TITLE@@</h1>
<p class="wh">陕秦研字〔2025〕5号</p>
<div class="content">
@@BODY@@
</div>
<div class="dl">附件下载：<a href="#">附件1：第五届陕西秦腔青年演员展演活动报名表.docx</a><a href="#">附件2：展演剧（节）目信息表.docx</a></div>
{footer(["陕西省秦腔艺术研究会　地址：西安市新城区西一路　电话：029-87451234", "陕ICP备15001234号-1"])}
</div>
"""
OPTS = dict(pstyle="indent")
BODY = """
p 各会员单位、各有关院团：
p 为发现和培养秦腔青年表演人才，推动秦腔艺术传承发展，经研究，我会定于2025年6月在西安举办第五届陕西秦腔青年演员展演活动。现将有关事项通知如下：
p 一、参演对象。全省各级各类秦腔院团、艺术院校及民营剧团在职演员，年龄在18周岁至40周岁之间（1985年1月1日以后出生）。
p 二、展演形式。展演分折子戏和清唱两个类别，每位演员限报一个类别、一个剧（节）目。折子戏演出时长不超过20分钟，清唱不超过8分钟。
p 三、时间安排。4月30日前完成报名；5月中旬组织初评；6月中旬在西安易俗社剧场进行集中展演，具体时间另行通知。
p 四、奖项设置。展演设“优秀青年演员”20名、“青年演员新秀”30名，并颁发证书。
p 五、报名方式。请各单位认真填写报名表和剧（节）目信息表，加盖公章后将扫描件和演出视频发送至研究会秘书处邮箱。
p 联系人：杜晓红　电话：029-87451236
p 附件：1.第五届陕西秦腔青年演员展演活动报名表
p 2.展演剧（节）目信息表
sign 陕西省秦腔艺术研究会
sign 2025年3月25日
"""
