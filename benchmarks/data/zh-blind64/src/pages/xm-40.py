# 博乐市人民法院 (新疆博州, court): the court's slogan line stands right over
# the headline; the info bar names two authors (one with the middle dot, the
# two separated by one space) between 发布时间 and 来源/浏览; 法官说法
# sub-heading with a quoted article of law.
from kit import *

META = dict(
    id="xm-40", kind="institution", lang="zh",
    title="拖欠农民工工资被起诉 法院调解当天兑付",
    authors=["古丽米热·艾海提", "张鹏"],
    publish_time="2025-04-18 11:06:52",
)
HTML_TITLE = "拖欠农民工工资被起诉 法院调解当天兑付-博乐市人民法院"
CSS = BASE_CSS + """
body{background:#f0f2f5}
.hd{background:#a40000;color:#fff;height:110px}
.hd .in{width:1100px;margin:0 auto;display:flex;align-items:center;height:110px;gap:16px}
.hd b{font-size:32px;letter-spacing:3px}
.hd .r{margin-left:auto;font-size:13px}
.hd .r a{color:#fff;margin-left:12px}
.nav{background:#7e0000}
.nav ul{width:1100px;margin:0 auto;display:flex}
.nav a{display:block;color:#fff;padding:11px 20px;font-size:15px}
.wrap{width:1100px;margin:20px auto;background:#fff;padding:26px 60px;box-sizing:border-box}
.crumb{font-size:13px;color:#888}
.sl{margin-top:20px;text-align:center;font-size:16px;color:#a40000;font-family:STKaiti,KaiTi;letter-spacing:2px}
h1{font-size:27px;text-align:center;margin:10px 0 12px}
.info{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px}
.content{font-size:17px;line-height:2;margin-top:18px}
.content p{text-indent:2em;margin:0 0 12px}
.content blockquote{margin:0 2em 12px;padding:8px 14px;background:#faf4f4;border-left:3px solid #a40000;font-family:KaiTi,STKaiti}
.bot{display:flex;justify-content:space-between;font-size:13px;color:#888;border-top:1px solid #eee;padding-top:10px;margin-top:20px}
.footer{background:#333;color:#aaa;text-align:center;font-size:12px;padding:16px 0}
.footer p{margin:3px 0}
"""
TEMPLATE = f"""
<div class="hd"><div class="in">{img("法徽", 70, 70)}<b>博乐市人民法院</b><span class="r"><a href="#">诉讼服务</a><a href="#">裁判文书</a><a href="#">执行信息</a><a href="#">无障碍</a></span></div></div>
<div class="nav">{nav(["首页", "法院概况", "法院新闻", "审判执行", "以案释法", "诉讼服务", "司法公开", "队伍建设"], cls="navul")}</div>
<div class="wrap">
{crumb(["首页", "法院新闻", "审判执行"], prefix="您当前的位置：", sep=" &gt; ")}
<div class="sl">努力让人民群众在每一个司法案件中感受到公平正义</div>
<h1>@@TITLE@@</h1>
<div class="info">发布时间：@@DATE@@&nbsp;&nbsp;作者：古丽米热·艾海提 张鹏&nbsp;&nbsp;来源：博乐市人民法院&nbsp;&nbsp;浏览：903</div>
<div class="content">
@@BODY@@
</div>
<div class="bot"><span>{share("分享到：", ("微信", "微博"))}</span><span>{printclose(1)}</span></div>
</div>
{footer(["博乐市人民法院版权所有　地址：新疆博尔塔拉蒙古自治州博乐市　诉讼服务热线：12368",
         "新ICP备14001234号-2　新公网安备 65270102000041号"])}
"""
OPTS = dict(pstyle="p", hstyle="strong")
BODY = """
p “钱到账了，这下能安心回家种地了！”4月16日下午，在博乐市人民法院青得里法庭，农民工马某等12人拿到了被拖欠近半年的工资共计18.6万元，连声向法官道谢。
p 2024年7月至10月，马某等12人在博乐市某建筑劳务公司承包的一处住宅楼工地从事木工、钢筋等工作。工程完工后，该公司以工程款尚未结算为由，一直未支付工人工资。多次讨要无果后，马某等人于今年4月向法院提起诉讼。
p 法院受理案件后，承办法官考虑到涉案农民工人数多、诉求急，立即启动涉农民工工资案件“绿色通道”，当天就联系了被告公司负责人和工程总承包单位。经了解，工程总承包单位已向劳务公司支付了大部分工程款，劳务公司因资金周转困难未及时发放工资。
p 承办法官向双方释明相关法律规定，指出拖欠农民工工资可能承担的法律后果，并组织双方面对面调解。最终，劳务公司同意当天一次性支付全部工资，总承包单位也承诺协助督促。当天下午，18.6万元工资全部转入工人账户，案件以调解方式结案。
p <strong>法官说法</strong>
p 《保障农民工工资支付条例》第三十条规定：
q 分包单位对所招用农民工的实名制管理和工资支付负直接责任。施工总承包单位对分包单位劳动用工和工资发放等情况进行监督。分包单位拖欠农民工工资的，由施工总承包单位先行清偿，再依法进行追偿。
p 法官提醒，用人单位应当按时足额支付劳动者工资，农民工在遭遇欠薪时，要注意保存考勤记录、工资欠条、聊天记录等证据，通过劳动监察投诉、申请劳动仲裁或向法院起诉等合法途径维护自身权益。
"""
