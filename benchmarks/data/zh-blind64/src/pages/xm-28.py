# 澎湃号·政务 (The Paper, government account page): the account block and
# "date 来源：澎湃新闻·澎湃号·政务" under the headline; the original outlet line
# at the end names the reporter (author) next to 编辑 (not an author); 特别声明.
from kit import *

META = dict(
    id="xm-28", kind="self-media", lang="zh",
    title="崆峒区：春季植树造林1.2万亩 荒山披上“绿衣裳”",
    authors=["李文博"],
    publish_time="2025-05-18 17:05",
)
HTML_TITLE = "崆峒区：春季植树造林1.2万亩 荒山披上“绿衣裳”_澎湃号·政务_澎湃新闻-The Paper"
CSS = BASE_CSS + """
body{font-family:"PingFang SC","Microsoft YaHei",sans-serif}
.top{height:60px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 calc(50% - 580px);gap:30px}
.top b{font-size:26px;color:#00a5eb}
.top .nav a{margin-right:18px;font-size:15px}
.box{width:1160px;margin:24px auto;display:flex;gap:50px}
.art{flex:1}
.crumb{font-size:14px;color:#999;margin-bottom:10px}
h1{font-size:30px;line-height:1.4;margin:0 0 18px}
.acc{display:flex;align-items:center;gap:10px;font-size:15px}
.acc .fo{border:1px solid #00a5eb;color:#00a5eb;border-radius:3px;padding:0 10px;font-size:13px}
.ainfo{font-size:13px;color:#999;margin:10px 0 24px;display:flex;gap:16px}
.content{font-size:18px;line-height:1.85}
.content p{margin:0 0 22px}
.content .pic-cap{font-size:14px;color:#888;text-align:center}
.orig{font-size:14px;color:#888}
.decl{background:#f6f6f6;padding:12px;font-size:13px;color:#888;margin:20px 0}
.side{width:300px}
.side h4{border-left:3px solid #00a5eb;padding-left:8px}
.side li{padding:8px 0;border-bottom:1px solid #f0f0f0;font-size:14px}
.footer{text-align:center;font-size:12px;color:#999;padding:20px 0;border-top:1px solid #eee}
.footer p{margin:2px 0}
"""
TEMPLATE = f"""
<div class="top"><b>澎湃</b><div class="nav">{links(["要闻", "深度", "视频", "湃客", "澎湃号", "问吧", "订阅"])}</div>{search("搜索", "")}</div>
<div class="box">
<div class="art">
<div class="crumb">澎湃号 &gt; 政务 &gt; 崆峒发布</div>
<h1>@@TITLE@@</h1>
<div class="acc">{img("", 36, 36)}<span>崆峒发布</span><span class="fo">+ 关注</span></div>
<div class="ainfo"><span>@@DATE@@</span><span>来源：澎湃新闻·澎湃号·政务</span><span>字号</span></div>
<div class="content">
@@BODY@@
</div>
<p class="orig">来源：崆峒区融媒体中心　记者：李文博　编辑：张瑜</p>
<div class="decl">特别声明：本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://www.example.cn。</div>
</div>
<div class="side"><h4>澎湃号·政务推荐</h4>{ul(["平凉市：“三夏”生产准备工作全面启动", "庄浪梯田入选全国农业文化遗产候选名单", "静宁苹果花期防冻技术指导进村入户", "崆峒山景区五一接待游客12万人次"])}
{qr("下载澎湃新闻客户端")}</div>
</div>
{footer(["© 2014-2025 上海东方报业有限公司", "互联网新闻信息服务许可证：31120170006　沪ICP备14003370号"])}
"""
OPTS = dict(pstyle="p", capstyle="p")
BODY = """
p 连日来，在平凉市崆峒区安国镇、草峰镇的荒山荒坡上，一排排新栽的侧柏、油松、山杏苗迎风挺立，植树造林现场一片繁忙景象。
p 今年春季，崆峒区坚持“适地适树、乔灌结合”的原则，统筹推进国土绿化、退化林修复和城乡绿化美化工作，累计完成植树造林1.2万亩，栽植各类苗木186万株，超额完成年度春季造林任务。
img 安国镇荒山造林现场
cap 安国镇荒山造林现场
p 在安国镇油坊村造林点，40多名村民正在挖坑、栽苗、培土、浇水。村民王桂兰说：“在家门口干活，一天能挣120元，还能让荒山变绿，一举两得。”据了解，今年崆峒区春季造林共吸纳当地群众1800余人务工，带动群众增收近200万元。
p 为提高造林成活率，崆峒区林业和草原局组织技术人员分片包点，全程开展技术指导，严把苗木质量、整地规格和栽植质量关，推广使用保水剂、地膜覆盖和抗旱造林等技术措施，并落实专人管护，确保“栽一片、活一片、绿一片”。
p 下一步，崆峒区将持续加强新造林地抚育管护，同步做好秋季造林整地准备工作，不断巩固和扩大生态建设成果。
"""
