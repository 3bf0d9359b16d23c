"""wk-16: 内蒙古 city TV station site (2023 dark video design): transcript, 记者 line with a dotted minority name."""
from lib import *

PAGE = dict(id="wk-16", kind="media", lang="zh",
            title="稀土永磁电机项目投产 年产能达20万台",
            authors=["苏日娜", "额尔敦·毕力格"], publish_time="2025-11-12 19:45")

BLOCKS = [
    P("11月12日，位于包头稀土高新区的一家稀土永磁电机项目正式投产。项目总投资12.6亿元，建成后可年产高效稀土永磁电机20万台，主要供应风电、新能源汽车和工业节能改造等领域。"),
    P("在项目生产车间，一条条自动化生产线正在有序运转，机械臂精准完成定子嵌线、转子装配等工序。企业负责人介绍，与传统电机相比，稀土永磁电机效率可提高3到5个百分点，按年产20万台计算，每年可为用户节约用电约4亿千瓦时。"),
    Q("【同期声】企业总经理 韩立军：我们选择落户包头，最看重的就是这里完整的稀土产业链，原材料从上游企业直接运进车间，物流成本降低了不少，产品从研发到投产只用了14个月。",
      f=lambda t, b: f'<p class="tq">{t}</p>'),
    P("近年来，包头市围绕稀土新材料及应用产业链，持续开展延链补链强链招商，今年以来已引进稀土应用项目31个，总投资超过180亿元，稀土永磁材料产能已占全国的三分之一以上。"),
    Q("【同期声】稀土高新区招商部门负责人 白玉梅：下一步，我们将围绕电机、储能、机器人等终端应用领域，精准引进一批龙头项目，推动稀土产业从“材料”向“终端”延伸。",
      f=lambda t, b: f'<p class="tq">{t}</p>'),
    BY("记者：苏日娜　额尔敦·毕力格", f=lambda t, b: f'<p class="cr">{t}</p>'),
    NOTE("编辑：刘佳　责任编辑：高峰", f=lambda t, b: f'<p class="cr">{t}</p>'),
]

CSS = """
body{margin:0;background:#0f1116;color:#d8dbe2;font-family:"PingFang SC","Microsoft YaHei"}
a{color:#d8dbe2;text-decoration:none}
.nav{display:flex;align-items:center;gap:26px;height:64px;padding:0 40px;background:#171a21;border-bottom:1px solid #262a33}
.nav .lg{font-size:22px;font-weight:700;color:#3fa9f5;margin-right:30px}.nav .r{margin-left:auto;font-size:13px;color:#8b919c}
.stage{max-width:1100px;margin:24px auto}
.player{height:560px;background:#000;display:flex;align-items:center;justify-content:center;color:#666;border-radius:6px}
.head{margin-top:18px}.head h1{font-size:26px;margin:0 0 8px;color:#fff}
.head .m{font-size:13px;color:#8b919c}.head .m span{margin-right:18px}
.tools{display:flex;gap:14px;margin:14px 0;font-size:13px}.tools span{background:#232733;border-radius:14px;padding:4px 14px}
.desc{background:#171a21;border-radius:6px;padding:20px 26px;font-size:16px;line-height:1.9}
.desc p{margin:0 0 14px}.desc .tq{color:#b9d7f0}.desc .cr{color:#8b919c;font-size:14px;margin:4px 0}
.rec{max-width:1100px;margin:30px auto}.rec h3{font-size:18px}.rec ul{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;list-style:none;padding:0}
.rec li{background:#171a21;border-radius:6px;padding:10px;font-size:14px}
.ft{text-align:center;font-size:12px;color:#666;line-height:2;padding:30px 0}
"""


def render():
    bh, gold = body(BLOCKS, p="p")
    html = f"""
<div class="nav"><span class="lg">鹿城视界</span>{links(["首页","包头新闻","直播","点播","栏目","广播","专题"])}<span class="r">包头广播电视台 · <a href="#">登录</a></span></div>
<div class="stage">
<div class="player">{img("视频封面", gif=True)} 点击播放　00:00 / 02:38</div>
<div class="head"><h1>{PAGE["title"]}</h1>
<div class="m"><span>包头新闻</span><span>2025-11-12 19:45</span><span>播放 3.6万</span></div></div>
<div class="tools"><span>点赞 286</span><span>收藏</span><span>分享</span><span>下载APP</span></div>
<div class="desc">
{bh}
</div>
</div>
<div class="rec"><h3>相关推荐</h3><ul>{links(["包头今冬首场寒潮来袭 最低气温零下18度","昆都仑区老旧小区改造全部完工","包头至银川高铁进入联调联试","九原区冬季蔬菜大棚喜获丰收"], wrap="li")}</ul></div>
<div class="ft">包头广播电视台主办　版权所有<br>信息网络传播视听节目许可证：1505005　蒙ICP备10002658号-3　蒙公网安备 15020302000172号</div>
"""
    return doc(PAGE["title"] + " - 鹿城视界", CSS, html), gold
