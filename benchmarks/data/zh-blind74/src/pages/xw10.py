# 杭州市临平区人民政府 -- 讲话 (领导讲话 column), 2023 design, speaker + date lines under the title, info bar at the END
from lib import *

META = dict(
    id="xw-10", kind="government", lang="zh",
    title="在全区安全生产和消防工作会议上的讲话",
    authors=["顾文韬"],
    publish_time="2025-04-25",
)

BODY = [
    P("同志们："),
    P("今天召开全区安全生产和消防工作会议，主要任务是深入分析当前安全生产形势，部署二季度重点工作。刚才，区应急管理局通报了一季度安全生产情况，三个街道和两家企业作了表态发言，讲得都很好，我都同意。下面，我再讲三点意见。"),
    H("一、清醒认识当前安全生产形势"),
    P("一季度，全区生产安全事故起数和死亡人数实现“双下降”，总体形势平稳可控。但我们也要看到，部分企业主体责任落实不到位，“三合一”场所、电动自行车、燃气使用等领域隐患依然突出，个别地方还存在“重发展、轻安全”的思想。大家一定要保持清醒头脑，决不能有丝毫松懈。"),
    P("从近期外地发生的几起较大事故看，暴露出的问题在我们这里同样不同程度存在：有的企业安全培训走过场，员工应急处置能力不足；有的出租房屋、小作坊人员密集、通道堵塞，一旦起火后果不堪设想；有的建设工地违规动火作业、高处作业防护缺失。对这些问题，大家要举一反三、引以为戒，绝不能抱有侥幸心理。"),
    H("二、聚焦重点领域抓好风险防范"),
    P("要紧盯危险化学品、建筑施工、道路交通、城镇燃气、消防等重点领域，深化安全生产治本攻坚三年行动，组织开展隐患“大起底”。对排查出的重大隐患，要实行挂牌督办、闭环管理，做到整改责任、资金、措施、时限和预案“五到位”。要加快推进老旧小区消防设施改造和电动自行车集中充电设施建设，年内新增充电端口不少于5000个。"),
    P("消防工作方面，要针对春夏季节特点，重点加强对“九小场所”、大型商业综合体、养老机构和学校的消防安全检查，督促落实消防安全责任人和管理人制度。要结合“全民消防安全宣传教育日”活动，推动消防安全知识进社区、进企业、进农村，提高群众的自防自救能力。"),
    H("三、压紧压实各方责任"),
    P("安全生产是“一把手工程”。各街道、各部门主要负责同志要亲自抓、负总责，严格落实“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求。要强化执法检查，对违法违规行为依法从严查处，典型案例一律公开曝光。要加强应急值守和救援力量建设，确保一旦发生险情，能够第一时间响应、科学有效处置。"),
    P("区安委办要加强统筹协调和督查考核，把安全生产工作纳入年度综合考核的重要内容，对责任不落实、工作不到位导致发生事故的，严肃追责问责。"),
    P("同志们，安全生产责任重于泰山。希望大家以“时时放心不下”的责任感，把各项工作抓实抓细，为全区高质量发展营造安全稳定的环境。"),
    P("谢谢大家！"),
]

STYLE = dict(p='<p class="lp-txt">{}</p>', h='<p class="lp-txt"><b>{}</b></p>')

CSS = """
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";color:#333;background:#fafafa}
.lp-head{background:#fff;border-top:4px solid #d7261e}
.lp-head .box{width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;padding:16px 0}
.lp-head .ops a{margin-left:12px;font-size:13px;color:#666}
.lp-menu{background:#d7261e}
.lp-menu ul{width:1200px;margin:0 auto;list-style:none;padding:0;display:flex}
.lp-menu li{padding:0 30px;line-height:50px}
.lp-menu a{color:#fff}
.lp-wrap{width:1200px;margin:0 auto;background:#fff;padding:24px 90px 40px;box-sizing:border-box}
.lp-path{font-size:13px;color:#999;margin-bottom:26px}
.lp-h{font-size:28px;text-align:center;margin:0 0 14px;color:#222}
.lp-speaker,.lp-when{text-align:center;font-size:17px;font-family:楷体,KaiTi;margin:4px 0}
.lp-txt{font-size:17px;line-height:2;text-indent:2em;margin:10px 0}
.lp-info{margin-top:36px;padding-top:10px;border-top:1px solid #eee;font-size:13px;color:#999;display:flex;gap:24px}
.lp-info .r{margin-left:auto}
.lp-more{margin-top:24px}
.lp-more h5{font-size:15px;border-left:4px solid #d7261e;padding-left:8px}
.lp-foot{background:#2b2b2b;color:#999;font-size:13px;text-align:center;padding:28px 0;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="lp-head"><div class="box">
{img("杭州市临平区人民政府门户网站", 440, 66)}
<div class="ops"><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">繁</a><a href="#">浙里办</a><a href="#">登录</a><br>
<input type="text" placeholder="全站搜索"> <button>搜索</button></div>
</div></div>
<div class="lp-menu"><ul>
<li><a href="#">首页</a></li><li><a href="#">政务动态</a></li><li><a href="#">政府信息公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">走进临平</a></li>
</ul></div>
<div class="lp-wrap">
<div class="lp-path">首页 &gt; 政务动态 &gt; 领导讲话</div>
<h1 class="lp-h">{m['title']}</h1>
<p class="lp-speaker">区长　顾文韬</p>
<p class="lp-when">（2025年4月22日）</p>
{body}
<div class="lp-info"><span>发布日期：{m['publish_time']}</span><span>信息来源：区政府办公室</span><span>浏览次数：736</span><span class="r"><a href="#">打印</a> <a href="#">关闭</a></span></div>
<div class="lp-more"><h5>相关阅读</h5>
<p><a href="#">在全区一季度经济形势分析会上的讲话</a></p>
<p><a href="#">临平区召开2025年防汛防台工作部署会</a></p>
<p><a href="#">区应急管理局：一季度全区安全生产形势总体平稳</a></p>
</div>
</div>
<div class="lp-foot">
主办：杭州市临平区人民政府办公室　承办：杭州市临平区数据资源管理局<br>
网站标识码：3301130058　浙ICP备12031768号-2　浙公网安备 33011302000469号<br>
{img("政府网站找错", 100, 50)} {img("党政机关", 50, 60)}
</div>
"""
