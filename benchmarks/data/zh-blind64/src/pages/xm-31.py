# 三秦日报 数字报 (陕西 provincial paper e-paper): left column with the page
# image, 版次 navigation and the 本版标题 list (which repeats this headline) comes
# first; then 引题 / 主题 / 副题; byline on its own line.  Date of the issue
# with weekday in the header bar.
from kit import *

META = dict(
    id="xm-31", kind="e-paper", lang="zh",
    title="关中平原城市群协同发展迈出新步伐",
    authors=["张伟"],
    publish_time="2025年05月19日 星期一",
)
HTML_TITLE = "三秦日报数字报-关中平原城市群协同发展迈出新步伐"
CSS = BASE_CSS + """
body{background:#e9e4d8;font-size:13px}
.hd{width:1200px;margin:0 auto;background:#8b1a1a;color:#fff;height:70px;display:flex;align-items:center;padding:0 20px;box-sizing:border-box}
.hd b{font-size:30px;font-family:STKaiti,KaiTi;margin-right:20px}
.hd .d{font-size:14px}
.hd .r{margin-left:auto}
.hd .r a{color:#fff;margin-left:12px}
.main{width:1200px;margin:0 auto;background:#fff;display:flex}
.left{width:420px;border-right:1px solid #ddd;padding:10px}
.pageimg{height:560px;background:#f4f1ea;text-align:center}
.bc{margin:8px 0;font-weight:bold;color:#8b1a1a}
.pn a{margin:0 6px}
.ban li{padding:2px 0}
.ban li.cur{color:#8b1a1a;font-weight:bold}
.tl h4{background:#f4efe3;margin:10px 0 4px;padding:4px 6px}
.tl li{padding:3px 6px;border-bottom:1px dotted #ddd}
.right{flex:1;padding:20px 40px}
.yt{font-size:16px;text-align:center;color:#333;margin:0}
h1{font-size:30px;text-align:center;margin:8px 0;color:#000;font-family:"SimHei","Microsoft YaHei"}
.ft{font-size:16px;text-align:center;color:#444;margin:0 0 16px}
.author{text-align:center;font-size:14px;color:#555;margin-bottom:16px}
.content{font-size:16px;line-height:2}
.content p{margin:0 0 6px}
.nav2{border-top:1px solid #ddd;margin-top:20px;padding-top:8px;display:flex;justify-content:space-between}
.footer{width:1200px;margin:0 auto;background:#8b1a1a;color:#f1d9d9;text-align:center;padding:10px 0;font-size:12px}
.footer p{margin:2px 0}
"""
BANS = ["第01版：要闻", "第02版：要闻", "第03版：综合", "第04版：政经", "第05版：市县", "第06版：民生",
        "第07版：文化", "第08版：专版"]
TITLES = ["关中平原城市群协同发展迈出新步伐", "省政府召开常务会议", "全省一季度外贸进出口增长8.6%",
          "汉中至巴中至南充铁路陕西段全线贯通", "图片新闻"]
TEMPLATE = f"""
<div class="hd"><b>三秦日报</b><span class="d">@@DATE@@</span><span class="r"><a href="#">往期回顾</a><a href="#">PDF下载</a><a href="#">三秦网</a></span></div>
<div class="main">
<div class="left">
<div class="pageimg">{img("第01版：要闻", 400, 560)}</div>
<div class="bc">第01版：要闻</div>
<div class="pn"><a href="#">上一版</a><a href="#">下一版</a></div>
<div class="tl"><h4>版面导航</h4><ul class="ban">{"".join(f'<li class="cur">{b}</li>' if i == 0 else f'<li><a href="#">{b}</a></li>' for i, b in enumerate(BANS))}</ul>
<h4>本版标题</h4>{ul(TITLES)}</div>
</div>
<div class="right">
<p class="yt">西咸一体化重点项目今年开工21个</p>
<h1>@@TITLE@@</h1>
<p class="ft">交通、产业、公共服务三大领域同步发力</p>
<p class="author">本报记者&nbsp;&nbsp;张&nbsp;&nbsp;伟</p>
<div class="content">
@@BODY@@
</div>
<div class="nav2"><span><a href="#">上一篇</a>　<a href="#">下一篇</a></span><span><a href="#">返回目录</a>　<a href="#">放大</a>　<a href="#">缩小</a>　<a href="#">全文复制</a></span></div>
</div>
</div>
{footer(["三秦日报社版权所有　未经书面授权不得复制或建立镜像", "陕ICP备05003321号　地址：西安市雁塔区　邮编：710061"])}
"""
OPTS = dict(pstyle="indent", hstyle="strong")
BODY = """
p 5月18日，记者从省发展改革委获悉，今年西安、咸阳两市共谋划实施西咸一体化重点项目56个，总投资约1280亿元，截至目前已开工21个，关中平原城市群协同发展迈出新步伐。
p 交通互联是协同发展的基础。今年，西咸两市将重点推进西安地铁16号线二期、咸阳机场至法门寺城际铁路西段等项目建设，新开通跨市公交线路5条，实现两市主城区之间公交“一卡通行、优惠换乘”。
p 产业协作是协同发展的关键。两市围绕新能源汽车、电子信息、生物医药等产业链，共同建立重点产业链“链长制”协作机制，推动研发在西安、制造在咸阳的“飞地”合作模式。今年一季度，咸阳市承接西安产业转移项目34个，到位资金86亿元。
h 公共服务加快共建共享
p 两市已实现医保异地就医直接结算、社保关系无障碍转移接续，190项政务服务事项实现“跨市通办”。今年两市还将推动三级医院在对方城市设立分院或医联体，推进优质中小学跨市结对办学。
p 省发展改革委相关负责人表示，将以西咸一体化为突破口，进一步完善关中平原城市群协同发展机制，推动宝鸡、铜川、渭南、杨凌等地与西安在规划、交通、产业和生态环保等方面加强协作，增强城市群整体竞争力。
"""
