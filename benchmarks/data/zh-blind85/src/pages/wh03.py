# 海南 · 市直部门 · 政策解读（mid-2010s portal, info bar ABOVE the headline, Q&A sub-headings, table）
from lib import *

PAGE = dict(
    id="wh-03", kind="government", lang="zh",
    title="《儋州市老旧小区改造居民出资指引（试行）》政策解读",
    authors=[],
    publish_time="2025年11月19日 10:05",
    features="mid-2010s city department portal (海南); info bar with 来源/发布日期/点击数 printed ABOVE the headline "
             "and separated by vertical bars; 解读类型 tag; question-style sub-headings; table of shares (header "
             "row + rows); 解读机构/联系电话 lines and 原文链接 after the body (not body); related 解读 list; "
             "footer with 网站标识码/ICP/公网安备.",
    blocks=[
        H("一、为什么要出台《指引》？"),
        P("近年来，我市累计改造老旧小区96个，惠及居民1.3万户。在改造过程中，部分小区存在居民参与不足、改造后维护资金缺乏等问题。为落实“谁受益、谁出资”原则，引导居民合理分担改造费用，市住房和城乡建设局会同市财政局等部门研究制定了《指引》。"),
        H("二、哪些改造内容需要居民出资？"),
        P("《指引》将改造内容分为基础类、完善类、提升类三类。基础类改造主要由财政资金保障，居民原则上不出资；完善类和提升类改造，由居民按照“一小区一方案”协商确定出资比例。"),
        T([["改造类别", "主要内容", "居民出资比例"],
           ["基础类", "供排水、供电、道路、消防等", "原则上不出资"],
           ["完善类", "加装电梯、停车设施、充电桩等", "不低于30%"],
           ["提升类", "社区养老、托育、便民商业等", "协商确定"]]),
        H("三、居民可以通过哪些方式出资？"),
        P("居民可以直接出资，也可以使用住宅专项维修资金、让渡小区公共收益、捐资捐物、投工投劳等方式参与改造。使用住宅专项维修资金的，应当依法经业主共同决定。"),
        H("四、出资方案如何确定？"),
        P("改造方案由街道（乡镇）组织社区居委会、业主委员会、物业服务企业共同拟定，经专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决业主双过半同意后实施。方案应在小区显著位置公示不少于7日。"),
        H("五、《指引》什么时候开始施行？"),
        P("《指引》自2025年12月1日起施行，有效期2年。施行前已经开工的项目，按原方案执行。"),
        NB("解读机构：儋州市住房和城乡建设局城市更新科", fmt='<p class="jd">{t}</p>'),
        NB("联系电话：0898-23358716", fmt='<p class="jd">{t}</p>'),
        NB("原文链接：儋州市住房和城乡建设局关于印发《儋州市老旧小区改造居民出资指引（试行）》的通知", fmt='<p class="jd">{t}</p>'),
    ],
)

CSS = """
body{margin:0;font:14px/1.7 "微软雅黑",Arial;color:#222}
a{color:#222;text-decoration:none}
.hd{background:#e6f2f7;border-bottom:4px solid #0a8a8a}
.hd .in{width:1100px;margin:0 auto;height:110px;position:relative}
.hd h2{font-size:30px;color:#066;margin:0;padding-top:28px}
.hd .tl{position:absolute;right:0;top:10px;font-size:12px}
.hd .sch{position:absolute;right:0;bottom:18px}
.nav{width:1100px;margin:0 auto;background:#0a8a8a}
.nav a{display:inline-block;color:#fff;padding:0 22px;line-height:42px;font-size:16px}
.box{width:1100px;margin:16px auto;border:1px solid #d9e6ea}
.loc{background:#f5fafb;padding:8px 14px;font-size:13px;border-bottom:1px solid #d9e6ea}
.art{padding:20px 50px}
.art .info{font-size:12px;color:#777;text-align:center;margin-bottom:6px}
.art .tag{display:inline-block;background:#0a8a8a;color:#fff;font-size:12px;padding:0 6px;margin-right:8px}
.art h1{font-size:24px;text-align:center;margin:10px 0 24px;color:#033}
.txt p{text-indent:2em;margin:0 0 12px}
.txt h3{font-size:16px;margin:18px 0 8px;color:#066}
.txt table{margin:10px auto;width:90%}
.txt td,.txt th{border:1px solid #9cc;padding:6px;text-align:center}
.txt p.jd{text-indent:0;color:#555;margin:0}
.relate{border-top:1px dotted #aaa;margin:24px 50px 0;padding:10px 0}
.relate li{line-height:26px}
.ft{background:#066;color:#cfe;text-align:center;font-size:12px;padding:18px 0;line-height:24px}
"""


def render(p):
    body = render_body(p["blocks"], {"td": '<td>{t}</td>', "th": '<th>{t}</th>',
                                      "table": '<table cellspacing="0">{rows}</table>'})
    html_body = f"""
<div class="hd"><div class="in"><h2>儋州市住房和城乡建设局</h2>
<div class="tl"><a href="#">网站首页</a> | <a href="#">长者模式</a> | <a href="#">无障碍</a> | <a href="#">简体版</a> | <a href="#">繁體版</a></div>
<div class="sch"><input type="text" value="" placeholder="站内搜索"><input type="submit" value="搜 索"></div></div></div>
<div class="nav">{links(["首页", "机构概况", "政务公开", "政策文件", "政策解读", "办事服务", "互动交流", "专题专栏"])}</div>
<div class="box">
<div class="loc">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a></div>
<div class="art">
<div class="info">来源：儋州市住房和城乡建设局&nbsp;|&nbsp;发布日期：{p["publish_time"]}&nbsp;|&nbsp;点击数：643&nbsp;|&nbsp;<a href="#">【打印】</a></div>
<h1><span class="tag">文字解读</span>{esc(p["title"])}</h1>
<div class="txt">
{body}
</div>
</div>
<div class="relate"><b>相关解读</b><ul>
<li><a href="#">图解：2025年儋州市城镇老旧小区改造计划</a></li>
<li><a href="#">一图读懂住宅专项维修资金使用流程</a></li>
<li><a href="#">《儋州市物业管理服务规范》政策解读</a></li></ul></div>
</div>
<div class="ft"><a href="#" style="color:#cfe">网站地图</a> | <a href="#" style="color:#cfe">联系我们</a><br>
主办：儋州市住房和城乡建设局　地址：儋州市那大镇中兴大街<br>
网站标识码：4604000031　琼ICP备16002987号　琼公网安备 46900302000457号</div>
"""
    return doc("《儋州市老旧小区改造居民出资指引（试行）》政策解读", CSS, html_body)
