from lib import links, lis, GIF

PAGE = dict(
    id="wi-18", kind="media", lang="en",
    region="广西 南宁", site="GX Window（广西外宣英文网站，2015 年前后样式）",
    title="Guangxi's Qinzhou port handles record number of sea-rail container trains",
    authors=[],
    publish_time="2025-11-20 09:41",
    head_title="Guangxi's Qinzhou port handles record number of sea-rail container trains",
    features="地方外宣英文站转发新华社英文通稿：信息栏“Source: Xinhua | 2025-11-20 09:41 | Editor: Huang Mei”（无作者，编辑非作者）；"
             "首段以电头“NANNING, Nov. 20 (Xinhua) --”开头（留在正文）；字体 A+/A- 与 Print/E-mail 工具；左栏栏目；"
             "“Related News”；页脚中英混排版权与桂ICP备。",
)

BLOCKS = [
    ("p", "NANNING, Nov. 20 (Xinhua) -- Qinzhou port in south China's Guangxi Zhuang Autonomous Region handled more than 9,200 sea-rail intermodal container trains in the first ten months of this year, surpassing its total for the whole of 2024, local authorities said Wednesday."),
    ("p", "The trains, which link the port with 18 provincial-level regions across China, carried about 470,000 twenty-foot equivalent units (TEUs) of cargo, up 11 percent year on year, according to the port's operator."),
    ("p", "Goods shipped through the route include auto parts from Chongqing, ceramics from Jiangxi, and fruit and seafood imported from ASEAN countries."),
    ("p", "The port has expanded its rail yard and shortened the average transfer time between ships and trains to under 20 hours, officials said."),
]

FMT = {"p": '<p class="MsoNormal">{t}</p>'}

CSS = """
body{margin:0;background:#dfe6ea;font:13px Verdana,Arial,sans-serif}
#page{width:960px;margin:0 auto;background:#fff}
#top{height:90px;background:#0a7a3e;color:#fff;padding:0 20px}
#top .logo{font:bold 30px/90px Arial}
#top .srch{float:right;margin-top:30px}
#nav{background:#075a2e;padding:0 10px}
#nav a{color:#fff;font-weight:bold;line-height:32px;padding:0 12px}
#left{float:left;width:180px;background:#f3f7f4;padding:10px}
#left a{display:block;line-height:26px;color:#075a2e}
#main{float:right;width:730px;padding:16px 20px}
.where{font-size:11px;color:#888}
h2.ttl{font:bold 22px Arial;color:#0a3d20;margin:14px 0 6px}
.src{font-size:11px;color:#777;border-bottom:1px dotted #aaa;padding-bottom:6px}
.tl{text-align:right;font-size:11px}
#text p{font-size:14px;line-height:1.7}
.rn{border-top:1px solid #ccc;margin-top:16px}
.rn li{line-height:20px}
#foot{clear:both;background:#075a2e;color:#cfe6d7;text-align:center;font-size:11px;padding:12px;line-height:18px}
"""


def render(P, body):
    return f"""
<div id="page">
<div id="top"><span class="srch"><input type="text" placeholder="Search"> <input type="submit" value="Go"></span><span class="logo">GX Window</span></div>
<div id="nav">{links(["Home", "News", "Business", "ASEAN", "Travel", "Culture", "Photos", "中文"], sep=" ")}</div>
<div id="left">
<b>NEWS</b>
{links(["Guangxi News", "China-ASEAN", "Business", "Beibu Gulf", "Photo News"], sep="")}
<br><img src="{GIF}" alt="China-ASEAN Expo" width="160" height="80">
</div>
<div id="main">
<div class="where">You are here: Home &gt;&gt; News &gt;&gt; Business</div>
<h2 class="ttl">{P['title']}</h2>
<div class="src">Source: Xinhua | {P['publish_time']} | Editor: Huang Mei</div>
<div class="tl"><a href="#">A+</a> <a href="#">A-</a> | <a href="#">Print</a> | <a href="#">E-mail</a></div>
<div id="text">
{body}
</div>
<div class="rn"><b>Related News:</b><ul>{lis(["New sea-rail route links Qinzhou with Kunming", "Beibu Gulf ports see container throughput rise", "Guangxi exports to ASEAN up 9 pct in first three quarters"])}</ul></div>
</div>
<div id="foot">
{links(["About Us", "Contact Us", "Site Map"], sep=" | ")}<br>
Copyright © GX Window. All Rights Reserved. 版权所有 未经许可不得转载<br>
桂ICP备13005624号-2
</div>
</div>
"""
