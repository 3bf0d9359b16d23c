# 山东 · 高校新闻网（2021 university news site, long info row 来源/作者/摄影/审核/发布时间, minority name with ·）
from lib import *

PAGE = dict(
    id="wh-36", kind="institution", lang="zh",
    title="我校科研团队在滨海盐碱地生态改良研究中取得新进展",
    authors=["李文博", "热依拉·艾买提"],
    publish_time="2025年11月18日 16:20",
    features="2021 university news site (山东); 校徽 image alt, top links (信息门户/图书馆/English); breadcrumb "
             "首页 > 学术科研 > 正文; one long info row 来源/作者 (two writers, one a minority name with the "
             "middle dot)/摄影/审核/发布时间/浏览 — photographer and reviewer are not authors; paper title in "
             "《》 inside the prose; photo with caption; 编辑 line; 上一条/下一条; footer with 鲁ICP备 and 地址.",
    blocks=[
        P("近日，我校资源与环境学院盐碱地生态修复团队在国际期刊《土壤与耕作研究》上发表研究论文，提出了一种利用微生物菌剂与有机改良剂协同改良滨海重度盐碱地的新方法。学院青年教师张晓雯为论文第一作者，孙立国教授为通讯作者。"),
        P("滨海盐碱地土壤含盐量高、结构差，作物难以生长，是制约沿海地区农业发展的重要因素。团队在黄河三角洲建立了200亩试验基地，连续三年开展田间试验，筛选出4株耐盐促生菌株，并与秸秆生物炭、腐殖酸等有机改良剂配合使用。"),
        IMG("团队成员在试验基地采集土壤样品"),
        CAP("团队成员在黄河三角洲试验基地采集土壤样品"),
        P("试验结果显示，改良后的地块耕层土壤含盐量下降42%，土壤有机质含量提高31%，种植的耐盐小麦亩产达到386公斤，较对照地块增产近一倍。研究还从微生物群落角度揭示了改良剂促进盐分淋洗、改善土壤团聚体结构的作用机制。"),
        P("“盐碱地是重要的后备耕地资源，我们希望把论文写在大地上。”孙立国说，团队下一步将与地方农业部门合作，在更大面积上开展示范推广，并探索适合不同盐碱程度土壤的改良模式。"),
        P("该研究得到国家重点研发计划项目和山东省自然科学基金项目资助。"),
    ],
)

CSS = """
body{margin:0;font:15px/1.8 "Microsoft YaHei";color:#333;background:#fff}
a{color:#333;text-decoration:none}
.toplinks{background:#003f88;color:#cfe0f5;font-size:13px;line-height:32px}
.toplinks .in{width:1200px;margin:0 auto;text-align:right}
.toplinks a{color:#cfe0f5;margin-left:16px}
.head{background:url(data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7) #0057b8;height:120px}
.head .in{width:1200px;margin:0 auto;display:flex;align-items:center;height:120px;gap:16px;color:#fff}
.head .nm{font-size:34px;font-family:"STXingkai",serif}
.head .sub{font-size:20px;border-left:1px solid #fff;padding-left:16px}
.menu{background:#fff;border-bottom:1px solid #ddd}
.menu .in{width:1200px;margin:0 auto;display:flex}
.menu a{flex:1;text-align:center;line-height:54px;font-size:16px}
.cont{width:1200px;margin:0 auto;padding:20px 0 40px}
.cont .crumb{font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}
.cont h1{text-align:center;font-size:26px;color:#003f88;margin:30px 80px 14px;line-height:1.5}
.cont .arti_metas{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:14px}
.cont .arti_metas span{margin:0 6px}
.entry{width:900px;margin:24px auto;font-size:17px;line-height:2}
.entry p{text-indent:2em;margin:0 0 16px}
.entry p.cap{text-indent:0;text-align:center;font-size:14px;color:#666}
.bj{width:900px;margin:0 auto;text-align:right;font-size:14px;color:#888}
.np{width:900px;margin:20px auto;border-top:1px solid #eee;padding-top:10px;font-size:14px}
.foot{background:#002b5c;color:#9fb6d4;font-size:13px;line-height:26px;text-align:center;padding:24px 0}
"""


def render(p):
    body = render_body(p["blocks"], {"img": '<p style="text-align:center;text-indent:0">' + img("{t}", 700, 460) + '</p>'})
    html_body = f"""
<div class="toplinks"><div class="in"><a href="#">信息门户</a><a href="#">图书馆</a><a href="#">校园邮箱</a><a href="#">English</a></div></div>
<div class="head"><div class="in">{img("泰岳大学校徽", 80, 80)}<span class="nm">泰岳大学</span><span class="sub">新闻网</span></div></div>
<div class="menu"><div class="in">{links(["首页", "学校要闻", "综合新闻", "学术科研", "院部动态", "媒体泰大", "校园人物", "图说泰大"])}</div></div>
<div class="cont">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">学术科研</a> &gt; 正文</div>
<h1>{esc(p["title"])}</h1>
<div class="arti_metas"><span>来源：资源与环境学院</span><span>作者：李文博 热依拉·艾买提</span><span>摄影：韩梦琪</span><span>审核：王建华</span><span>发布时间：{p["publish_time"]}</span><span>浏览：1024</span></div>
<div class="entry">
{body}
</div>
<div class="bj">（编辑：刘　芳）</div>
<div class="np">上一条：<a href="#">我校召开2025年冬季学生安全稳定工作会议</a><br>下一条：<a href="#">海洋学院学子在全国大学生海洋知识竞赛中获佳绩</a></div>
</div>
<div class="foot">版权所有 © 泰岳大学　地址：山东省泰安市岱岳区学府路18号　邮编：271000<br>鲁ICP备05007742号-1　鲁公网安备 37091102000233号　党委宣传部（新闻中心）维护</div>
"""
    return doc("我校科研团队在滨海盐碱地生态改良研究中取得新进展-泰岳大学新闻网", CSS, html_body)
