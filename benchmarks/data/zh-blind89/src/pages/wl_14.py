# 重庆 · 市级新闻门户（2019 design: dateline byline inside the first paragraph, glued info bar, 编辑/责编 at end）
from lib import *

PAGE = dict(
    id="wl-14", kind="media", lang="zh", site="巴渝网",
    title="九龙坡区秋季招聘会提供岗位8600余个 “技能岗”最抢手",
    authors=["罗静", "何磊"],
    publish_time="2025-10-15 08:42:17",
    features=["city portal, 2019 design", "dateline byline inside the first paragraph '巴渝网-新重庆客户端…讯（记者 罗静 通讯员 何磊）' (stays in body)",
              "info bar glued '2025-10-15 08:42:17来源：巴渝网'", "table of hot jobs", "编辑/责编 line (not authors)",
              "'A-A+' font buttons", "相关阅读, 推荐 lists, footer with 渝ICP and 互联网新闻信息服务许可证"],
)

BLOCKS = [
    ("p", "巴渝网-新重庆客户端10月15日8时42分讯（记者 罗静 通讯员 何磊）10月14日，九龙坡区2025年秋季大型人才招聘会在区人力资源市场举行。记者从现场获悉，本次招聘会共吸引312家企业参会，提供岗位8600余个，当天有6500余人次进场求职，初步达成就业意向2100余人。"),
    ("p", "在招聘会现场，装备制造、汽车零部件、新能源等行业企业的展位前排起了长队。“我们今年新接了两个大订单，急需数控车工、焊工，月薪开到了9000元还是不好招。”一家汽车零部件企业的人事经理说。"),
    ("p", "据区人力社保局统计，此次招聘会中需求量较大的岗位如下："),
    ("table", [["岗位", "需求人数", "月薪范围（元）"], ["数控操作工", "620", "6000—9000"], ["电工/焊工", "410", "6500—10000"], ["仓储物流员", "380", "5000—7000"], ["销售代表", "350", "4500—12000"]]),
    ("p", "记者注意到，“技能岗”成为本次招聘会的“香饽饽”，持有职业技能等级证书的求职者普遍更受青睐。现场还设置了职业指导、技能培训报名、创业担保贷款咨询等服务台，为求职者提供“一站式”服务。"),
    ("p", "九龙坡区人力社保局相关负责人介绍，今年以来，该区已举办各类招聘活动86场，帮助1.2万余人实现就业。接下来，该区还将陆续举办高校毕业生、退役军人等专场招聘会。"),
]

R = dict(p="<p>　　{}</p>",
         table=lambda rows: '<table class="zp" border="1">' + "".join(
             "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")

CSS = """
body{margin:0;font:16px/1.9 "Microsoft YaHei";background:#fff}.w{width:1200px;margin:0 auto}
.hd{height:90px;display:flex;align-items:center;gap:40px}.nav{background:#0c62b0}.nav a{color:#fff;padding:0 14px;line-height:42px;display:inline-block}
.m{display:flex;gap:30px;margin-top:20px}.a{width:820px}.s{flex:1}.t{font-size:30px;font-weight:bold;line-height:1.4}
.if{color:#8c8c8c;font-size:14px;border-bottom:1px solid #e5e5e5;padding:10px 0}.if em{font-style:normal}.fs{float:right}
.zp{border-collapse:collapse;margin:0 auto}.zp td{padding:4px 16px}.ed{text-align:right;color:#888;font-size:14px}
.s h3{border-left:4px solid #0c62b0;padding-left:8px}.ft{background:#f2f2f2;text-align:center;font-size:12px;color:#777;padding:20px;margin-top:30px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="w hd">{img("巴渝网")}<span style="font-size:13px">{links(["新重庆客户端","电子报","纠错"], sep=" | ")}</span><input placeholder="请输入关键词"></div>
<div class="nav"><div class="w">{links(["首页","重庆","区县","时政","经济","民生","文旅","教育","健康","视频","图片"])}</div></div>
<div class="w m">
<div class="a">
<p style="font-size:13px;color:#888">当前位置：<a href="#">巴渝网</a> &gt; <a href="#">区县</a> &gt; 正文</p>
<div class="t">{P['title_html']}</div>
<div class="if"><em>{P['publish_time']}</em>来源：巴渝网<span class="fs"><a href="#">A-</a> <a href="#">A+</a></span></div>
{body}
<p class="ed">编辑：刘芊　责编：唐浩</p>
<h3>相关阅读</h3>
<ul>{lis(["重庆今年城镇新增就业已超60万人","沙坪坝区“家门口就业服务站”覆盖所有社区","高校毕业生就业见习岗位开始申报"])}</ul>
</div>
<div class="s">
<h3>热点推荐</h3><ul>{lis(["重庆长江索道国庆后客流回落","轨道交通15号线二期开通在即","渝中区老街巷改造再添新景","重庆今秋首场寒潮即将来袭"])}</ul>
<h3>视频</h3><p>{img("视频封面")}</p><p>航拍 | 秋日的广阳岛</p>
</div>
</div>
<div class="ft">
<p>巴渝网版权所有，未经书面授权禁止使用</p>
<p>互联网新闻信息服务许可证：50120170003　渝ICP备06008421号　渝公网安备 50010302000147号</p>
</div>
""")
