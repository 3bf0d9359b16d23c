from lib import *

PAGE = dict(
    id="xj-37", kind="institution", lang="zh",
    title="我院开设夜间门诊和周末门诊 方便群众错峰就医",
    authors=["王丽"],
    publish_time="2024-04-01 08:30",
    doc_title="我院开设夜间门诊和周末门诊 方便群众错峰就医-兴安盟第二人民医院",
    pfmt="p", hfmt="strong",
    features="hospital site: info bar 作者/来源/发布时间/浏览; a table of clinic hours (rows are body); a 温馨提示 list (body); "
             "就医指南 side menu; footer opening with 如有疑问，请拨打医院咨询电话… (not body); 急救电话 banner.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333}
.w{width:1200px;margin:0 auto}
.hd{display:flex;justify-content:space-between;align-items:center;padding:14px 0}
.hd b{font-size:28px;color:#00897b}
.tel{color:#e53935;font-size:16px}
.nav{background:#00897b}
.nav a{display:inline-block;color:#fff;padding:0 22px;line-height:46px}
.bd{display:flex;gap:30px;margin-top:20px}
.side{width:220px;border:1px solid #cde9e5}
.side h3{background:#00897b;color:#fff;margin:0;padding:6px 12px}
.side a{display:block;padding:6px 12px;border-bottom:1px dashed #ddd}
.mn{flex:1}
.mn h1{font-size:24px;text-align:center}
.inf{text-align:center;color:#999;font-size:13px}
.con p{text-indent:2em;font-size:16px;margin:0 0 12px}
.con table{border-collapse:collapse;margin:0 auto 12px}
.con td,.con th{border:1px solid #aaa;padding:4px 14px}
.con ol{list-style:none;padding-left:2em}
.ft{background:#004d40;color:#d0ece7;text-align:center;font-size:13px;padding:16px 0;margin-top:24px}
""",
)

HTML = """
<div class="w hd"><b>兴安盟第二人民医院</b><span class="tel">急救电话：120　咨询电话：0482-8267730</span></div>
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻动态</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">健康科普</a><a href="#">党建工作</a></div></div>
<div class="w bd">
<div class="side"><h3>新闻动态</h3><a href="#">医院新闻</a><a href="#">通知公告</a><a href="#">媒体报道</a><h3>就医指南</h3><a href="#">门诊时间</a><a href="#">预约挂号</a><a href="#">医保政策</a></div>
<div class="mn">
<p style="color:#888;font-size:13px">当前位置：首页 &gt; 新闻动态 &gt; 医院新闻</p>
<h1>我院开设夜间门诊和周末门诊 方便群众错峰就医</h1>
<p class="inf">作者：王&nbsp;&nbsp;丽　来源：门诊部　发布时间：2024-04-01 08:30　浏览：1893次</p>
<div class="con">
{{BODY}}
</div>
<p>上一篇：<a href="#">我院成功开展首例经皮冠状动脉旋磨术</a>　下一篇：<a href="#">我院开展“世界防治结核病日”宣传活动</a></p>
</div></div>
<div class="ft">如有疑问，请拨打医院咨询电话0482-8267730，或关注医院微信公众号在线咨询。<br>
版权所有：兴安盟第二人民医院　地址：乌兰浩特市兴安北大路37号　蒙ICP备15001473号-1</div>
"""

BODY = [
    P("为解决上班族、学生“看病难、请假难”的问题，自4月1日起，我院正式开设夜间门诊和周末门诊，群众可以错峰就医。"),
    P("夜间门诊和周末门诊开设内科、外科、儿科、妇科、口腔科、眼科等常见病、多发病科室，由主治医师以上职称医生出诊，检验、影像、药房、收费等窗口同步开放。具体时间如下："),
    T([["门诊类别", "开诊时间", "开设科室"],
       ["夜间门诊", "周一至周五 17:30—20:30", "内科、外科、儿科、妇科"],
       ["周末门诊", "周六、周日 8:00—16:30", "内科、外科、儿科、妇科、口腔科、眼科"]]),
    P("门诊部主任赵雅琴介绍，开诊前医院对流程进行了专门优化，患者可通过医院微信公众号提前预约，到院后直接候诊，检查结果当晚即可出具。"),
    P("温馨提示："),
    L(["1.夜间门诊和周末门诊不开设专家号，需要专家诊疗的患者请在工作日就诊；",
       "2.就诊时请携带身份证或医保电子凭证，医保报销政策与平日门诊相同；",
       "3.急危重症患者请直接前往急诊科就诊，或拨打120急救电话；",
       "4.医院停车位有限，建议乘坐公共交通前往。"]),
]
