from lib import *

PAGE = dict(
    id="xj-03", kind="government", lang="zh",
    title="《道里区既有住宅加装电梯实施办法》政策解读",
    authors=[],
    publish_time="2023年06月16日",
    doc_title="《道里区既有住宅加装电梯实施办法》政策解读-哈尔滨市道里区人民政府",
    pfmt="p", hfmt="h4",
    features="district portal (2023 design) 政策解读 in 问/答 form: 问一：… headings (h4) and 答：… paragraphs; info bar spaced with pipes above the headline; "
             "解读文件/解读机关 header box (not body); 一图读懂 link; 相关政策 list; no author.",
    css="""
body{margin:0;font:15px/1.8 "PingFang SC","Microsoft YaHei";color:#333}
.head{background:#0a4d8c;color:#fff;padding:16px 0}
.w{width:1100px;margin:0 auto}
.head .w{display:flex;justify-content:space-between;align-items:center}
.head b{font-size:30px}
.head a{color:#dce9f7;margin-left:12px;font-size:13px}
.menu{background:#fff;border-bottom:3px solid #0a4d8c}
.menu a{display:inline-block;padding:12px 26px;font-size:16px;color:#0a4d8c}
.loc{color:#777;padding:10px 0;font-size:13px}
.infobar{color:#999;font-size:13px;text-align:center}
.infobar span{margin:0 4px}
h1{text-align:center;font-size:24px;color:#0a4d8c}
.jd{background:#f2f7fc;border-left:4px solid #0a4d8c;padding:8px 16px;font-size:14px}
.jd p{margin:2px 0}
.text p{text-indent:2em;margin:0 0 14px}
.text h4{margin:18px 0 8px;color:#0a4d8c;font-size:16px}
.rel{border-top:1px solid #ddd;margin-top:26px}
.rel li{line-height:2}
.foot{background:#f0f0f0;color:#666;font-size:13px;text-align:center;padding:18px 0;margin-top:30px}
""",
)

HTML = """
<div class="head"><div class="w"><b>哈尔滨市道里区人民政府</b>
<span><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">简</a>/<a href="#">繁</a><a href="#">登录</a></span>
<form><input placeholder="请输入您要搜索的内容"><button>搜 索</button></form></div></div>
<div class="menu"><div class="w"><a href="#">首页</a><a href="#">道里要闻</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">魅力道里</a></div></div>
<div class="w">
<div class="loc">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政策解读</a> &gt; 正文</div>
<div class="infobar"><span>信息来源：道里区住房和城乡建设局</span>|<span>发布日期：2023年06月16日</span>|<span>浏览次数：2817</span>|<span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<h1>《道里区既有住宅加装电梯实施办法》政策解读</h1>
<div class="jd"><p>解读文件：<a href="#">哈尔滨市道里区人民政府办公室关于印发道里区既有住宅加装电梯实施办法的通知</a></p>
<p>解读机关：道里区住房和城乡建设局　解读人：区住建局相关负责同志</p>
<p><a href="#">【一图读懂】道里区既有住宅加装电梯实施办法</a></p></div>
<div class="text">
{{BODY}}
</div>
<p style="text-align:right">【<a href="#">打印</a>】【<a href="#">关闭</a>】【<a href="#">收藏</a>】</p>
<div class="rel"><h3>相关政策</h3><ul>
<li><a href="#">哈尔滨市道里区人民政府办公室关于印发道里区既有住宅加装电梯实施办法的通知</a> 2023-06-09</li>
<li><a href="#">哈尔滨市城镇老旧小区改造工作实施方案</a> 2022-04-18</li>
<li><a href="#">道里区2023年城镇老旧小区改造计划公示</a> 2023-03-27</li></ul></div>
</div>
<div class="foot">哈尔滨市道里区人民政府办公室 主办　道里区政务服务中心 承办<br>
网站标识码：2301020011　黑ICP备10201339号-1　黑公网安备 23010202000466号<br>
联系电话：0451-84610233　建议使用IE10以上版本或Chrome浏览器</div>
"""

BODY = [
    H("问一：为什么要制定《实施办法》？"),
    P("答：我区建成于2000年以前的多层住宅约1700栋，其中相当一部分居民为老年人，上下楼难已成为群众反映集中的“急难愁盼”问题。为规范既有住宅加装电梯工作，简化审批流程，明确各方责任，区住建局在广泛征求街道、社区和居民意见的基础上，起草了《实施办法》。"),
    H("问二：哪些住宅可以申请加装电梯？"),
    P("答：本区行政区域内已取得不动产权证书、未列入房屋征收范围和计划、具备独立结构条件的四层及以上多层住宅，均可申请加装电梯。经鉴定属于C级、D级危险房屋的，应当先行解危。"),
    H("问三：加装电梯需要多少业主同意？"),
    P("答：以单元为单位申请。应当经本单元专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。"),
    H("问四：加装电梯的费用如何分担？"),
    P("答：建设资金由申请加装电梯的业主按照所在楼层、面积等因素协商分摊，可以提取住房公积金。对符合条件的项目，区财政按照每部电梯20万元的标准给予补贴，资金在电梯验收合格后一次性拨付。"),
    H("问五：审批流程是怎样的？"),
    P("答：业主确定实施主体后，向所在街道提出申请；街道在5个工作日内组织公示，公示期不少于10日；无异议的，由区住建局会同相关部门实行联合审查，在10个工作日内出具意见。"),
    H("问六：《实施办法》什么时候开始施行？"),
    P("答：《实施办法》自2023年7月1日起施行，有效期三年。施行前已经开工的项目，可以参照执行。"),
]
