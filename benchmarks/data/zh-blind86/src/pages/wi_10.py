from lib import links, lis, GIF

PAGE = dict(
    id="wi-10", kind="government", lang="zh",
    region="湖南 岳阳", site="岳阳市自然资源和规划局（部门网站·批复）",
    title="岳阳市自然资源和规划局关于平江县加义镇长田村村庄规划（2025—2035年）的批复",
    authors=[],
    publish_time="2025-11-20 10:12:36",
    head_title="岳阳市自然资源和规划局关于平江县加义镇长田村村庄规划（2025—2035年）的批复",
    features="市级部门网站的批复（2023 版卡片式设计）：信息栏带秒与“点击数”，“字号 T T T”按钮；文号居中在正文顶部（非正文），"
             "主送“平江县人民政府：”，引来文文号、一至四条、署名与成文日期；正文后“附件：规划图则”下载与“相关链接”；"
             "页脚双栏（联系我们 + 主办/ICP/网站标识码/公网安备）。",
)

BLOCKS = [
    ("x", "岳自然资规函〔2025〕118号"),
    ("p", "平江县人民政府："),
    ("p", "你县《关于报请审批加义镇长田村村庄规划（2025—2035年）的请示》（平政〔2025〕46号）收悉。经研究，现批复如下："),
    ("p", "一、原则同意《加义镇长田村村庄规划（2025—2035年）》（以下简称《规划》）。《规划》符合平江县国土空间总体规划，对村域国土空间开发保护作出了统筹安排，可作为长田村国土空间保护、开发、利用、修复和核发乡村建设规划许可的法定依据。"),
    ("p", "二、《规划》确定长田村村域国土面积1236.58公顷。到2035年，耕地保有量不低于182.40公顷，永久基本农田保护面积不低于161.27公顷，生态保护红线面积不低于402.15公顷，村庄建设用地规模控制在38.62公顷以内。"),
    ("p", "三、你县要严格执行《规划》，不得擅自修改。确需修改的，须按法定程序报批。要加强规划实施监督，严格落实耕地和永久基本农田保护责任，依法依规做好宅基地审批管理，防止乱占耕地建房。"),
    ("p", "四、请你县在批复之日起20个工作日内将《规划》成果数据汇交至国土空间规划“一张图”实施监督信息系统，并按规定向社会公开。"),
    ("sign", "岳阳市自然资源和规划局"),
    ("sign", "2025年11月18日"),
]

FMT = {
    "p": '<p class="txt">{t}</p>',
    "x": '<p class="txt" style="text-align:center;text-indent:0">{t}</p>',
    "sign": '<p class="txt" style="text-align:right">{t}</p>',
}

CSS = """
body{margin:0;background:#f3f5f8;font-family:"Microsoft YaHei";color:#1f2d3d}
.container{max-width:1200px;margin:0 auto}
.header{background:#fff}
.header .row{display:flex;justify-content:space-between;align-items:center;height:110px}
.header .links a{font-size:13px;margin-left:12px;color:#556}
.menu{background:#00796b}.menu .container{display:flex}
.menu a{flex:1;text-align:center;color:#fff;line-height:50px}
.bc{padding:14px 0;font-size:14px;color:#7a8599}
.card{background:#fff;border-radius:6px;padding:40px 80px}
.card h2{font-size:26px;line-height:1.5;text-align:center;margin:0 0 16px}
.attr{display:flex;justify-content:center;gap:24px;font-size:13px;color:#8a94a6;border-bottom:1px solid #e6e9ef;padding-bottom:14px}
.fs a{border:1px solid #ccd;padding:0 4px;margin-left:2px}
.txt{text-indent:2em;font-size:17px;line-height:2;margin:10px 0}
.fj{margin-top:24px;background:#f7f9fc;padding:12px 20px;font-size:14px}
.xg{margin-top:20px;font-size:14px}
.xg a{margin-right:20px}
.footer{background:#004d40;color:#b2dfdb;margin-top:40px;padding:30px 0;font-size:13px}
.footer .container{display:flex;justify-content:space-between}
"""


def render(P, body):
    return f"""
<div class="header"><div class="container row">
<img src="{GIF}" alt="岳阳市自然资源和规划局" width="480" height="64">
<div class="links"><a href="#">无障碍</a><a href="#">长者版</a><a href="#">繁体</a><a href="#">登录</a> <input type="text" placeholder="搜索"></div>
</div></div>
<div class="menu"><div class="container">{links(["首页", "机构职能", "新闻动态", "信息公开", "政务服务", "互动交流", "专题专栏"], sep="")}</div></div>
<div class="container">
<div class="bc">首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 规划信息 &gt; 正文</div>
<div class="card">
<h2>{P['title']}</h2>
<div class="attr"><span>发布时间：{P['publish_time']}</span><span>信息来源：国土空间规划科</span><span>点击数：<em>1,062</em></span><span class="fs">字号：<a href="#">T</a><a href="#">T</a><a href="#">T</a></span></div>
<div class="article-content">
{body}
</div>
<div class="fj">附件：<a href="#">1.长田村村庄规划图则.pdf</a>　<a href="#">2.长田村村庄规划文本.pdf</a></div>
<div class="xg">相关链接：<a href="#">平江县加义镇村庄规划批前公示</a><a href="#">岳阳市村庄规划编制技术指南</a></div>
</div>
</div>
<div class="footer"><div class="container">
<div>联系我们<br>地址：岳阳市岳阳楼区金鹗中路68号<br>电话：0730-8880615　邮编：414000</div>
<div>主办：岳阳市自然资源和规划局<br>湘ICP备10201735号-1　网站标识码：4306000064<br>湘公网安备 43060202000417号</div>
<div><img src="{GIF}" alt="党政机关" width="36" height="44"> <img src="{GIF}" alt="政府网站找错" width="100" height="44"></div>
</div></div>
"""
