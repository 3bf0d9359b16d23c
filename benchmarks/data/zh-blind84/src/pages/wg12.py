PAGE = dict(
    id="wg-12", kind="government", lang="zh",
    site="乌鲁木齐市沙依巴克区人民政府 · 政策文件（2025 年新版，暗色页头、卡片正文）",
    features="标题上方“政策文件”标签与文号行；信息栏“日期/来源”在标题下；意见全文：主送行、一级小标题“一、”、二级“（一）”，署名与成文日期；"
             "“政策解读”“下载”按钮；阅读进度条（user-select:none）；页脚主办/ICP/公网安备/标识码",
    title="沙依巴克区人民政府关于加快发展社区嵌入式养老服务的实施意见",
    authors=[],
    publish_time="2025年03月18日",
    head_title="沙依巴克区人民政府关于加快发展社区嵌入式养老服务的实施意见",
    CSS="""
body{margin:0;background:#f0f2f5;font:15px/1.8 -apple-system,"PingFang SC","Microsoft YaHei";color:#262626}
.progress{user-select:none;height:3px;background:#1677ff;width:40%}
.hd{background:#10243e;color:#fff}
.hd .in{max-width:1180px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:84px}
.hd .nm{font-size:24px}
.hd nav a{color:#c9d6e8;margin-left:24px}
.hd .tools a{color:#8fa3bf;font-size:12px;margin-left:10px}
.crumb{max-width:1180px;margin:18px auto;font-size:13px;color:#8c8c8c}
.card{max-width:1180px;margin:0 auto;background:#fff;border-radius:8px;padding:40px 100px;box-sizing:border-box;box-shadow:0 1px 3px rgba(0,0,0,.06)}
.badge{color:#1677ff;font-size:13px}
.num{font-size:14px;color:#595959}
.card h1{font-size:27px;line-height:1.5;margin:8px 0 12px}
.info{font-size:13px;color:#8c8c8c;margin-bottom:28px}
.info span{margin-right:26px}
.article h2{font-size:17px;margin:22px 0 6px}
.article h3{font-size:16px;margin:12px 0 4px;font-weight:600}
.btns{margin-top:30px;display:flex;gap:12px}
.btns a{border:1px solid #1677ff;color:#1677ff;padding:4px 16px;border-radius:4px}
.ft{margin-top:40px;background:#10243e;color:#8fa3bf;font-size:12px;text-align:center;padding:24px;line-height:2}
""",
    STYLE={
        "p": '<p style="text-indent:2em">{t}</p>',
        "h": "<h2>{t}</h2>",
        "q": "<h3>{t}</h3>",
        "to": "<p>{t}</p>",
        "sig": '<p style="text-align:right">{t}</p>',
    },
    TEMPLATE="""
<div class="progress">阅读进度</div>
<header class="hd"><div class="in"><div class="nm">乌鲁木齐市沙依巴克区人民政府</div>
<nav><a href="#">首页</a><a href="#">走进沙区</a><a href="#">政务公开</a><a href="#">办事服务</a><a href="#">互动交流</a></nav>
<div class="tools"><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">搜索</a></div></div></header>
<div class="crumb">首页 / 政务公开 / 政策文件 / 区政府文件</div>
<div class="card">
<div class="badge">政策文件</div>
<div class="num">沙区政发〔2025〕3号</div>
<h1>沙依巴克区人民政府关于加快发展社区嵌入式养老服务的实施意见</h1>
<div class="info"><span>日期：2025年03月18日</span><span>来源：沙依巴克区人民政府办公室</span><span>字号：<a href="#">A+</a> <a href="#">A-</a></span></div>
<div class="article">
{{BODY}}
</div>
<div class="btns"><a href="#">政策解读</a><a href="#">下载PDF</a><a href="#">打印</a></div>
</div>
<footer class="ft">主办：乌鲁木齐市沙依巴克区人民政府办公室　承办：沙依巴克区融媒体中心<br>
网站标识码：6501030005　新ICP备09000437号　新公网安备 65010302000244号<br>
地址：乌鲁木齐市沙依巴克区友好北路286号</footer>
""",
    BODY="""
to: 各街道办事处、乡人民政府，区属各部门：
p: 为积极应对人口老龄化，满足老年人就近就便养老服务需求，结合我区实际，现就加快发展社区嵌入式养老服务提出如下实施意见。
h: 一、总体目标
p: 到2025年底，全区建成社区嵌入式养老服务中心12个、社区老年助餐点40个，街道综合养老服务中心覆盖率达到100%；到2027年，基本形成“15分钟养老服务圈”，社区养老服务设施覆盖所有城市社区。
h: 二、重点任务
q: （一）补齐设施短板
p: 新建住宅小区按照每百户不少于20平方米的标准配建养老服务用房，老旧小区通过购置、置换、租赁等方式补齐。鼓励利用闲置的社区用房、国有厂房改建养老服务设施。
q: （二）丰富服务内容
p: 依托社区嵌入式养老服务中心，为老年人提供助餐、助浴、助洁、助医、日间照料和短期托养等服务。对高龄、失能、独居老年人开展定期探访，建立“一人一档”服务台账。
q: （三）推进医养结合
p: 推动社区卫生服务中心与养老服务机构签约合作，为老年人提供健康管理、康复护理和家庭医生签约服务，签约率不低于80%。
q: （四）培育服务主体
p: 支持品牌化、连锁化养老服务机构运营社区嵌入式养老服务设施，鼓励物业服务企业、家政企业拓展居家养老服务。对运营情况良好、群众满意度高的机构，按规定给予运营补贴和星级评定奖励。
h: 三、保障措施
p: （一）加强组织领导。区民政局牵头建立工作推进机制，定期研究解决重大问题。各街道（乡）要明确专人负责，每季度报送工作进展情况。
p: （二）强化资金保障。区财政局将社区养老服务设施建设运营补贴纳入年度预算，统筹用好福利彩票公益金，引导社会资本参与。
p: （三）加强人才培养。开展养老护理员职业技能培训，每年培训不少于300人次，落实养老护理员入职补贴政策。
p: 本意见自印发之日起施行。
sig: 沙依巴克区人民政府
sig: 2025年3月7日
""",
)
