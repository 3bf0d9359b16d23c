# 福建 · 县级市政府门户 · 政策解读（2021 design, info bar ABOVE the headline, Q&A sub-headings, 相关链接）
from lib import *

PAGE = dict(
    id="wl-04", kind="government", lang="zh", site="晋江市人民政府",
    title="《晋江市支持民营企业技术改造的若干措施》政策解读",
    authors=[],
    publish_time="2025-10-16 10:05",
    features=["政策解读 with numbered Q&A sub-headings", "info bar above the headline with '|' separators and 字号",
              "文件 meta box (索引号/发文机关/主题分类) before the headline", "list lines", "相关链接 and 解读类型 labels (not body)",
              "扫一扫 QR", "footer 主办/承办/ICP/公网安备/网站标识码"],
)

BLOCKS = [
    ("h", "一、出台背景"),
    ("p", "技术改造是推动制造业高端化、智能化、绿色化发展的重要抓手。为进一步激发民营企业投资活力，引导企业加大设备更新和数字化改造力度，市工信局会同市财政局、市税务局等部门，在深入调研企业需求的基础上，起草了《晋江市支持民营企业技术改造的若干措施》（以下简称《措施》）。"),
    ("h", "二、主要内容"),
    ("p", "《措施》共十条，主要包括以下几个方面："),
    ("li", "1.设备投资补助。对当年完成生产性设备投资500万元以上的技改项目，按设备投资额的8%给予补助，单个项目最高300万元。"),
    ("li", "2.数字化改造奖励。对新认定的市级智能工厂、数字化车间，分别给予50万元、20万元一次性奖励。"),
    ("li", "3.贷款贴息。对企业技改项目银行贷款，按贷款市场报价利率的50%给予贴息，期限不超过两年。"),
    ("li", "4.服务保障。对列入重点技改项目清单的企业，实行专人跟踪服务，审批事项“即来即办”。"),
    ("h", "三、适用对象"),
    ("p", "在晋江市依法登记注册、具有独立法人资格、实行独立核算的民营工业企业。已享受其他同类市级财政补助的项目，按照“从高不重复”原则执行。"),
    ("h", "四、申报方式"),
    ("p", "企业可登录“晋江市惠企政策兑现平台”在线申报，申报时间为每年3月和9月。政策咨询电话：0595-85621375。"),
    ("h", "五、施行时间"),
    ("p", "《措施》自2025年11月1日起施行，有效期三年。"),
]

R = dict(h='<h4 class="q">{}</h4>', p="<p>{}</p>", li='<p class="li">{}</p>')

CSS = """
*{box-sizing:border-box}body{margin:0;font:16px/1.75 "PingFang SC","Microsoft YaHei";color:#222}
.top{display:flex;justify-content:space-between;width:1200px;margin:0 auto;font-size:13px;color:#666}
.hd{background:linear-gradient(#1d63c9,#1452ad);height:130px}.hd .w{width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:130px}
.nav{display:flex;gap:0;width:1200px;margin:0 auto}.nav a{flex:1;text-align:center;padding:12px 0;background:#f0f4fa}
.crumb{width:1200px;margin:18px auto;color:#777;font-size:14px}.box{width:1200px;margin:0 auto;border:1px solid #e3e7ee;padding:30px 60px}
.meta{background:#f7f9fc;border:1px solid #e3e7ee;font-size:14px;display:grid;grid-template-columns:1fr 1fr;padding:10px 20px}
.sub{color:#888;font-size:14px;border-bottom:1px solid #eee;padding:8px 0;display:flex;gap:12px}
h1{font-size:26px;text-align:center;margin:22px 0}.q{color:#1452ad;margin:18px 0 6px}.li{padding-left:2em}
.links{margin-top:24px;background:#f7f9fc;padding:10px 20px}.ft{background:#243245;color:#aeb8c6;margin-top:40px;padding:24px 0;text-align:center;font-size:13px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="top"><span>欢迎访问晋江市人民政府网站！今天是：2025年10月16日 星期四</span><span>{links(["长者模式","无障碍","简","繁","手机版"], sep=" | ")}</span></div>
<div class="hd"><div class="w">{img("晋江市人民政府")}<div><input placeholder="全站搜索"><button>搜 索</button></div></div></div>
<div class="nav">{links(["首页","政务公开","政务服务","互动交流","数据开放","魅力晋江"])}</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; <a href="#">部门解读</a></div>
<div class="box">
<div class="meta"><span>索引号：JJ05012-0400-2025-00037</span><span>发文机关：晋江市工业和信息化局</span><span>主题分类：工业、交通 / 其他</span><span>解读类型：文字解读</span></div>
<div class="sub"><span>来源：晋江市工业和信息化局</span><span>|</span><span>发布时间：{P['publish_time']}</span><span>|</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span><span>|</span><span>浏览量：416</span></div>
<h1>{P['title_html']}</h1>
<div class="con">
{body}
</div>
<div class="links"><p>相关链接：</p><p><a href="#">晋江市人民政府办公室关于印发晋江市支持民营企业技术改造的若干措施的通知</a></p></div>
<p style="text-align:right">【<a href="#">打印</a>】　【<a href="#">关闭</a>】</p>
</div>
<div class="ft">
<p>{img("扫码")} 扫一扫在手机上查看当前页面</p>
<p>主办：晋江市人民政府办公室　承办：晋江市数字晋江建设服务中心</p>
<p>闽ICP备05036219号　闽公网安备 35058202000127号　网站标识码：3505820005</p>
<p>{img("政府网站找错")} {img("党政机关")}</p>
</div>
""")
