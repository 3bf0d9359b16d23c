# 芜湖市人民政府 -- 政策解读, 2024 design, 关联文件 box, Q&A style headings
from lib import *

META = dict(
    id="xw-07", kind="government", lang="zh",
    title="《芜湖市既有住宅加装电梯实施办法》政策解读",
    authors=[],
    publish_time="2025-04-18 15:30:12",
)

BODY = [
    H("一、为什么要出台《实施办法》？"),
    P("我市2000年以前建成的多层住宅中，有相当一部分没有配套电梯，老年人、残疾人等群体上下楼困难问题较为突出。2019年以来，我市先后在镜湖区、弋江区开展加装电梯试点，累计完成加装418台，积累了一定经验，也暴露出审批环节多、资金筹集难、低层住户意见协调难等问题。为进一步规范和推进此项工作，市住房城乡建设局会同相关部门起草了《实施办法》。"),
    H("二、哪些住宅可以申请加装电梯？"),
    P("本市城市规划区内已建成投入使用、具有合法权属证明、未列入房屋征收计划、四层及以上且未设电梯的住宅，均可申请加装电梯。加装电梯以单元为单位申请，原则上应当经本单元房屋专有部分占建筑物总面积四分之三以上的业主且占总人数四分之三以上的业主同意。"),
    H("三、审批流程有哪些简化？"),
    P("《实施办法》明确实行“一窗受理、联合审查”，由各区住房城乡建设部门统一受理申请，会同自然资源、市场监管等部门在15个工作日内完成联合审查，出具审查意见。加装电梯项目不再单独办理建设用地规划许可。"),
    H("四、资金从哪里来？"),
    P("加装电梯所需资金由业主按照楼层、面积等因素协商分摊。符合条件的，可以提取本人及配偶的住房公积金和住宅专项维修资金。市、区两级财政对每台电梯给予最高15万元的补助，其中市级财政承担50%。"),
    H("五、低层住户的利益如何保障？"),
    P("《实施办法》要求，申请人在编制加装方案时应当充分听取本单元低层业主的意见，尽量减少对其采光、通风和出行的影响。业主之间可以协商对受影响的低层住户给予适当补偿。协商不成的，可以申请街道（乡镇）、社区组织调解，必要时邀请人民调解员参与。"),
    H("六、《实施办法》什么时候开始施行？"),
    P("《实施办法》自2025年5月1日起施行，有效期5年。此前已经取得审查意见但尚未开工的项目，可以按照《实施办法》申请补助。"),
]

STYLE = dict(p='<p class="zcjd-p">{}</p>', h='<h4 class="zcjd-q">{}</h4>')

CSS = """
body{margin:0;background:#f7f8fa;font-family:"HarmonyOS Sans SC","Microsoft YaHei";color:#1f2329}
.g-top{background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.08)}
.g-top .w{width:1200px;margin:0 auto;display:flex;align-items:center;height:100px;justify-content:space-between}
.g-top .links a{font-size:13px;color:#555;margin-left:10px}
.g-menu{background:#004ea2}
.g-menu .w{width:1200px;margin:0 auto}
.g-menu a{color:#fff;display:inline-block;padding:15px 28px;font-size:16px}
.g-body{width:1200px;margin:20px auto;background:#fff;padding:20px 80px 40px}
.g-crumb{font-size:13px;color:#8f959e}
.g-h1{text-align:center;font-size:28px;font-weight:600;margin:30px 0 12px;line-height:1.5}
.g-attrs{display:flex;justify-content:center;gap:30px;font-size:13px;color:#8f959e}
.g-rel{margin:20px 0;padding:12px 16px;background:#eef5ff;border-left:4px solid #004ea2;font-size:14px}
.zcjd-q{font-size:17px;color:#004ea2;margin:20px 0 6px}
.zcjd-p{text-indent:2em;font-size:16px;line-height:1.9;margin:0}
.g-share{margin-top:36px;font-size:13px;color:#8f959e;display:flex;justify-content:space-between}
.g-foot{background:#fff;border-top:4px solid #004ea2;padding:30px 0;text-align:center;font-size:13px;color:#666}
"""


def page(body):
    m = META
    return f"""
<header class="g-top"><div class="w">
{img("芜湖市人民政府", 400, 64)}
<div class="links"><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">English</a><a href="#">用户登录</a>
<form style="margin-top:10px"><input type="text" placeholder="搜索政策、服务、资讯"><button type="button">🔍</button></form></div>
</div></header>
<nav class="g-menu"><div class="w">
<a href="#">首页</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">走进芜湖</a>
</div></nav>
<main class="g-body">
<div class="g-crumb">首页 &gt; 政务公开 &gt; 政策解读 &gt; 部门解读</div>
<h1 class="g-h1">{m['title']}</h1>
<div class="g-attrs"><span>发布时间：{m['publish_time']}</span> <span>来源：市住房城乡建设局</span> <span>阅读次数：2108</span> <span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="g-rel">关联文件：<a href="#">芜湖市人民政府办公室关于印发芜湖市既有住宅加装电梯实施办法的通知</a></div>
<article>
{body}
</article>
<div class="g-rel">解读形式：<a href="#">文字解读</a> | <a href="#">图片解读</a> | <a href="#">视频解读</a></div>
<div class="g-share"><span>分享：<a href="#">微信</a> <a href="#">微博</a></span><span><a href="#">打印</a> | <a href="#">关闭</a></span></div>
</main>
<footer class="g-foot">
<p><a href="#">网站地图</a>　<a href="#">联系我们</a>　<a href="#">网站纠错</a>　<a href="#">免责声明</a></p>
<p>芜湖市人民政府办公室主办　芜湖市数据资源管理局承办</p>
<p>网站标识码：3402000003　皖ICP备05004296号　皖公网安备 34020202000111号</p>
<p>{img("扫一扫在手机打开当前页", 80, 80)}</p>
<p>手机版</p>
</footer>
"""
