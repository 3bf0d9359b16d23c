from lib import *

PAGE = dict(
    id="xj-12", kind="government", lang="zh",
    title="锡林郭勒盟行政公署关于推进牧区现代化建设的实施意见",
    authors=[],
    publish_time="2024-04-19",
    doc_title="锡林郭勒盟行政公署关于推进牧区现代化建设的实施意见_盟行署文件_锡林郭勒盟行政公署",
    pfmt="p", hfmt="h4",
    features="盟 portal (2022 design), an 意见: 文号 (not body), 主送, numbered parts 一、（一）, 附件 list with two items, 署名 and date in the body; "
             "附件下载 links and 政策解读 link after the document (not body); footer opening with a sentence; info bar in a grey box above the headline.",
    css="""
body{margin:0;font:15px/1.8 "Microsoft YaHei";color:#333;background:#fff}
.w{width:1180px;margin:0 auto}
.t1{background:#f3f3f3;font-size:12px;color:#666;padding:4px 0}
.t1 a{margin-right:10px}
.hd{background:#1f5faa;color:#fff;padding:22px 0}
.hd b{font-size:32px;letter-spacing:3px}
.nv a{display:inline-block;padding:12px 26px;color:#1f5faa;font-weight:bold}
.cr{padding:8px 0;border-top:1px solid #ddd;color:#777}
.gb{background:#f5f5f5;color:#888;font-size:13px;padding:6px 12px;margin-top:14px}
h1{font-size:25px;text-align:center;color:#222;margin:18px 0 4px}
.wh{text-align:center;color:#555}
.zw{font-size:17px;line-height:2}
.zw p{text-indent:2em;margin:0 0 6px}
.zw h4{text-indent:2em;font-size:17px;margin:8px 0}
.zw .rt{text-align:right}
.fj{border:1px dashed #1f5faa;padding:8px 16px;margin:16px 0}
.ft{background:#1f5faa;color:#eaf1fb;text-align:center;font-size:13px;padding:18px 0}
""",
)

HTML = """
<div class="t1"><div class="w"><a href="#">无障碍阅读</a><a href="#">长者模式</a><a href="#">蒙古文</a><a href="#">繁体</a><a href="#">登录</a><a href="#">注册</a></div></div>
<div class="hd"><div class="w"><b>锡林郭勒盟行政公署</b> <input placeholder="请输入关键词"></div></div>
<div class="w nv"><a href="#">首页</a><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进锡盟</a></div>
<div class="w cr">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">盟行署文件</a> &gt; 正文</div>
<div class="w">
<div class="gb">发布日期：2024-04-19 | 来源：锡林郭勒盟行政公署办公室 | 浏览次数：1548 | 字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<h1>锡林郭勒盟行政公署关于推进牧区现代化建设的实施意见</h1>
<p class="wh">锡署发〔2024〕15号</p>
<div class="zw">
{{BODY}}
</div>
<div class="fj">附件下载：<a href="#">附件1.docx</a>　<a href="#">附件2.docx</a><br>相关解读：<a href="#">《关于推进牧区现代化建设的实施意见》政策解读</a></div>
<p>扫一扫在手机上查看当前页面</p>
</div>
<div class="ft">如有疑问，请拨打12345政务服务便民热线或在“互动交流”栏目留言，我们将及时答复。<br>
主办：锡林郭勒盟行政公署办公室　网站标识码：1525000001　蒙ICP备05003061号　蒙公网安备 15250202000104号</div>
"""

BODY = [
    P("各旗县市（区）人民政府，盟行政公署各部门，各直属单位："),
    P("为加快推进牧区现代化建设，促进牧业增效、牧民增收、牧区繁荣，结合我盟实际，提出如下实施意见。"),
    H("一、总体要求"),
    P("坚持生态优先、绿色发展，以草原畜牧业转型升级为主线，到2027年，全盟牲畜良种化率达到95%以上，肉羊、肉牛规模化养殖比重分别达到60%、55%，牧民人均可支配收入年均增长7%以上。"),
    H("二、重点任务"),
    P("（一）提升草原生态保护水平。严格落实草原禁牧和草畜平衡制度，每年完成退化草原修复治理100万亩以上，建立健全草原管护员队伍，做到每个嘎查至少配备1名专职管护员。"),
    P("（二）推进畜牧业提质增效。实施肉羊、肉牛良种繁育工程，建设标准化家庭牧场1000个，培育盟级以上畜牧业龙头企业20家，推动“锡林郭勒羊”区域公用品牌提档升级。"),
    P("（三）完善牧区基础设施。加快推进嘎查通硬化路、通动力电、通宽带网络，到2026年底实现移动网络嘎查全覆盖，牧区饮水安全保障率达到100%。"),
    P("（四）健全社会化服务体系。支持苏木镇建设综合服务站，推广牲畜托管、代牧、订单收购等服务模式，鼓励金融机构开发“活畜抵押”等信贷产品。"),
    P("（五）促进牧民稳定增收。鼓励牧民以草场、牲畜入股合作社和家庭牧场，探索“龙头企业＋合作社＋牧户”利益联结机制，对带动牧户50户以上的经营主体给予奖补。加强牧民职业技能培训，每年培训高素质牧民3000人次。"),
    H("三、保障措施"),
    P("各旗县市（区）要建立主要领导负责的工作推进机制，将牧区现代化建设纳入年度目标考核。盟农牧局要会同有关部门加强统筹协调和督促检查，重大问题及时报告盟行政公署。"),
    P("附件：1.锡林郭勒盟牧区现代化建设重点任务分工"),
    P("2.锡林郭勒盟牧区现代化建设主要指标"),
    G("锡林郭勒盟行政公署", '<p class="rt">锡林郭勒盟行政公署</p>'),
    G("2024年4月16日", '<p class="rt">2024年4月16日</p>'),
]
