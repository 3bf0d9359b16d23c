from lib import *

NOTES = "Provincial department (Guangdong), 2022 card design, 政策解读 of an 意见: 原文链接 line before the body (not body), numbered sub-headings with 一、/（一）, info bar 发布时间 with seconds, 来源 本网, 字号 buttons, 分享, 相关解读 list, footer with 主办/网站标识码/ICP/公网安备 and 政务新媒体 QR captions."

META = dict(id="xy-05", kind="government", lang="zh",
            title="《关于加快推进城镇老旧小区改造提质的实施意见》政策解读",
            authors=[],
            publish_time="2025-06-12 10:15:06")

HEAD_TITLE = "《关于加快推进城镇老旧小区改造提质的实施意见》政策解读 - 广东省住房和城乡建设厅"

CSS = """
body{margin:0;background:#eef1f5;font:15px/1.75 "Microsoft YaHei";color:#2b2b2b}
.jst-head{background:#fff;border-bottom:3px solid #0a6ebd}
.jst-head .in{width:1200px;margin:auto;display:flex;justify-content:space-between;align-items:center;height:96px}
.jst-links a{font-size:13px;color:#555;margin-left:12px}
.jst-menu{background:#0a6ebd}
.jst-menu .in{width:1200px;margin:auto}
.jst-menu a{color:#fff;padding:10px 20px;display:inline-block;text-decoration:none}
.jst-card{width:1100px;margin:20px auto;background:#fff;border-radius:4px;padding:30px 80px 40px}
.jst-bread{font-size:13px;color:#888}
.jst-bread a{color:#888}
.jst-title{font-size:28px;text-align:center;font-weight:600;margin:24px 0 12px}
.jst-attr{display:flex;justify-content:center;gap:24px;font-size:13px;color:#8a8a8a;border-bottom:1px solid #eee;padding-bottom:14px}
.jst-link{background:#f6f9fc;border-left:3px solid #0a6ebd;padding:8px 14px;margin:18px 0;font-size:14px}
.jst-content p{text-indent:2em;margin:0 0 12px;font-size:16px}
.jst-content h3{font-size:17px;margin:18px 0 8px;color:#0a4f8a}
.jst-share{text-align:right;color:#888;font-size:13px;border-top:1px solid #eee;margin-top:26px;padding-top:10px}
.jst-related{width:1100px;margin:0 auto 20px;background:#fff;padding:20px 80px}
.jst-related h4{margin:0 0 8px}
.jst-foot{background:#233447;color:#aeb9c6;font-size:13px}
.jst-foot .in{width:1200px;margin:auto;padding:22px 0;display:flex;justify-content:space-between}
.jst-foot .qr{text-align:center;font-size:12px}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f"<h3>{t}</h3>",
}

BLOCKS = [
    X('<div class="jst-link">原文链接：<a href="#">广东省住房和城乡建设厅等八部门关于加快推进城镇老旧小区改造提质的实施意见</a></div>'),
    H("一、起草背景"),
    P("近年来，我省累计改造城镇老旧小区8900余个，惠及居民约120万户，但部分已改造小区仍存在改造内容偏“面子”、后续管理跟不上、居民参与不足等问题。为推动老旧小区改造从“有没有”向“好不好”转变，省住房城乡建设厅会同省发展改革委、省财政厅等部门起草了《实施意见》。"),
    H("二、主要内容"),
    P("《实施意见》共五个部分十八条，主要包括以下内容："),
    P("（一）明确改造重点。优先改造2000年底前建成、失养失修失管的住宅小区，将加装电梯、雨污分流、消防设施、适老化和无障碍设施作为基础类改造的必改内容。"),
    P("（二）推动片区统筹。鼓励以街道或社区为单元，将相邻小区及周边地区联动改造，统筹建设养老托育、社区食堂、停车充电等公共服务设施，打造“完整社区”。"),
    P("（三）拓宽资金渠道。建立政府与居民合理共担机制，支持居民通过提取住房公积金、使用住宅专项维修资金等方式出资，引导专业经营单位和社会资本参与改造和运营。"),
    P("（四）建立长效管理。改造完成后同步明确管理主体，因地制宜引入物业服务企业或推行街道社区托管，确保“改造一个、管好一个”。"),
    P("（五）强化群众参与。改造项目要坚持“居民提需求、社区搭平台、专业团队出方案”，改造方案须经小区居民充分协商，改造内容、资金分担和后续管理方式等事项经专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决业主的过半数同意后方可实施。"),
    H("三、主要创新点"),
    P("与以往政策相比，《实施意见》主要有三个方面的变化：一是由单个小区改造向片区统筹改造转变；二是由重建设向建管并重转变，首次明确改造后管理主体的确定时限；三是由政府主导向多元共建转变，提出对引入社会资本参与改造运营的项目给予贷款贴息支持。"),
    H("四、适用范围和实施时间"),
    P("《实施意见》适用于全省城镇老旧小区改造工作，自2025年7月1日起施行，有效期5年。各地级以上市可结合实际制定具体实施办法。"),
]


def frame(M, body):
    return f"""<body>
<div class="jst-head"><div class="in">
<div>{img("广东省住房和城乡建设厅", data=True, w=380, h=64)}</div>
<div class="jst-links"><a href="#">无障碍</a><a href="#">长者版</a><a href="#">繁体</a><a href="#">English</a><input type="text" placeholder="全站搜索"></div>
</div></div>
<div class="jst-menu"><div class="in"><a href="#">首页</a><a href="#">机构概况</a><a href="#">新闻中心</a><a href="#">政务公开</a><a href="#">政策解读</a><a href="#">政务服务</a><a href="#">互动交流</a></div></div>
<div class="jst-card">
<div class="jst-bread">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a> &gt; 正文</div>
<div class="jst-title">{M["title"]}</div>
<div class="jst-attr"><span>发布时间：{M["publish_time"]}</span><span>来源：本网</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="jst-content">
{body}
</div>
<div class="jst-share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　【<a href="#">打印</a>】</div>
</div>
<div class="jst-related"><h4>相关解读</h4>
<p><a href="#">一图读懂｜城镇老旧小区改造提质，这些变化与你有关</a>　2025-06-12</p>
<p><a href="#">《广东省住宅专项维修资金管理办法》修订说明</a>　2025-04-30</p>
</div>
<div class="jst-foot"><div class="in">
<div>
<p>主办单位：广东省住房和城乡建设厅　地址：广州市越秀区东风中路483号</p>
<p>网站标识码：4400000072　粤ICP备05060831号　粤公网安备 44010402001157号</p>
<p>本站支持IPv6访问</p>
</div>
<div class="qr">{img("微信公众号二维码", data=True, w=80, h=80)}<br>微信公众号</div>
<div class="qr">{img("政务微博二维码", data=True, w=80, h=80)}<br>政务微博</div>
</div></div>
</body>"""
