# 天山日报 数字报 (新疆 provincial paper e-paper): a long 引题, the 主题 and a
# 副题; byline with the "□" mark and a middle-dot 通讯员 name; sub-headings in
# the body; 版次 list and 本版标题 around.
from kit import *

META = dict(
    id="xm-35", kind="e-paper", lang="zh",
    title="塔克拉玛干沙漠边缘光伏治沙项目全面开工",
    authors=["刘洋", "买买提江·吐尔逊"],
    publish_time="2025年06月03日 星期二",
)
HTML_TITLE = "天山日报数字报-塔克拉玛干沙漠边缘光伏治沙项目全面开工"
CSS = BASE_CSS + """
body{background:#d8d2c4;font-family:SimSun,宋体}
.w{width:1180px;margin:0 auto;background:#fff}
.hd{display:flex;align-items:center;height:72px;border-bottom:2px solid #7a1f1f;padding:0 16px}
.hd b{font-size:32px;color:#7a1f1f;font-family:"Microsoft YaHei"}
.hd .i{margin-left:24px;font-size:14px}
.hd .r{margin-left:auto;font-size:13px}
.hd .r a{margin-left:10px}
.cols{display:flex}
.c1{width:360px;border-right:1px solid #e0d8c8;padding:10px;font-size:13px}
.c1 .pi{height:480px;background:#f7f3ea}
.c1 li{padding:2px 0}
.c2{flex:1;padding:24px 44px}
.yt{font-size:16px;text-align:center;line-height:1.6;margin:0 40px}
h1{font-size:32px;text-align:center;margin:8px 0;font-family:SimHei,"Microsoft YaHei"}
.ft{text-align:center;font-size:17px;margin:0 0 14px}
.by{text-align:center;font-size:14px;margin-bottom:16px}
.content{font-size:16px;line-height:2}
.content p{margin:0 0 8px}
.content .subtit{font-weight:bold;text-align:center;margin:14px 0 8px;font-family:SimHei}
.tail{border-top:1px solid #ddd;margin-top:16px;padding-top:8px;font-size:13px}
.footer{text-align:center;font-size:12px;color:#666;padding:12px 0;border-top:1px solid #ddd}
.footer p{margin:2px 0}
"""
TEMPLATE = f"""
<div class="w">
<div class="hd"><b>天山日报</b><span class="i">@@DATE@@　第001版：要闻</span><span class="r">{links(["首页", "上一期", "下一期", "往期", "PDF版"], sep=" ")}</span></div>
<div class="cols">
<div class="c1"><div class="pi">{img("001版：要闻", 340, 480)}</div>
<p><b>版面导航</b></p><ul>{"".join(f'<li><a href="#">{b}</a></li>' for b in ["001：要闻", "002：要闻", "003：综合", "004：经济", "005：南疆", "006：北疆", "007：理论", "008：天山副刊"])}</ul>
<p><b>本版标题</b></p>{ul(["塔克拉玛干沙漠边缘光伏治沙项目全面开工", "自治区党委常委会召开会议", "新疆夏粮收获进度过三成", "图片新闻"])}</div>
<div class="c2">
<p class="yt">推动生态治理与新能源开发协同发展　沙漠边缘地区探索“板上发电、板下种植”模式</p>
<h1>@@TITLE@@</h1>
<p class="ft">总装机规模850万千瓦　计划2026年底前全部并网</p>
<p class="by">□本报记者&nbsp;&nbsp;刘&nbsp;&nbsp;洋&nbsp;&nbsp;通讯员&nbsp;&nbsp;买买提江·吐尔逊</p>
<div class="content">
@@BODY@@
</div>
<div class="tail"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回版面</a></div>
</div>
</div>
{footer(["天山日报社版权所有　新ICP备05000456号", "地址：乌鲁木齐市天山区　邮编：830000"])}
</div>
"""
OPTS = dict(pstyle="indent", hstyle="div")
BODY = """
p 6月2日，随着若羌县、且末县两个百万千瓦级光伏项目同时开工，塔克拉玛干沙漠边缘光伏治沙项目全面进入建设阶段。项目分布在和田、喀什、阿克苏、巴音郭楞四地州的沙漠边缘地带，总装机规模850万千瓦，计划2026年底前全部建成并网。
h 一块光伏板的“三重效益”
p 在且末县项目现场，施工人员正在安装光伏支架。项目技术负责人介绍，光伏板能够降低地表风速、减少水分蒸发，板下可以种植梭梭、红柳等耐旱植物，形成“板上发电、板下种植、板间养殖”的立体模式，实现生态效益、经济效益和社会效益的统一。
p 据测算，项目全部建成后每年可发电约140亿千瓦时，可减少二氧化碳排放约1100万吨，同时治理沙化土地约20万亩。
h 锁边治沙与新能源开发协同推进
p 近年来，新疆持续推进塔克拉玛干沙漠边缘阻沙防护带工程建设，已累计完成锁边治沙约2900公里。此次光伏治沙项目与阻沙防护带建设统筹布局，在防护带外侧建设光伏电站，进一步增强防风固沙能力。
p 若羌县一位参与防护带建设的护林员说：“过去这里风沙一来，路都被埋了。现在有了防护林，再加上光伏板，沙子跑不动了。”
h 带动当地群众就业增收
p 项目建设期间预计可提供就业岗位约8000个，建成后运维、种植和管护等岗位将优先吸纳当地群众。自治区发展改革委相关负责人表示，将加快推进配套电网和储能设施建设，确保项目建成一个、并网一个、见效一个。
"""
