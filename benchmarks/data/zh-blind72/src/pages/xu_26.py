from lib import *

META = dict(
    id="xu-26", kind="self-media", lang="zh",
    title="枸杞秋果上市，价格为啥比夏果低一截？",
    authors=["马志远"],
    publish_time="2025-09-12 09:17",
)
FEATURES = ("百家号 article (2023 layout): 百度首页/登录 bar, title, account block (name, 优质…创作者 label, date, "
            "IP 属地, 关注), 文｜马志远 line at the top of the text (a named writer, so he is the author, not the account), "
            "bold sub-headings, a price table, 声明 line, 举报, 热门推荐 with view counts.")

BODY = [
    P("九月，宁夏中宁、同心等地的枸杞进入秋果采摘期。不少读者留言问：同样是宁夏枸杞，为什么秋果的收购价普遍比夏果低？今天就来聊聊这个问题。"),
    H("**一、秋果和夏果，差在哪儿**"),
    P("枸杞一年可以采收两季。6月到8月采的是夏果，9月到10月采的是秋果。秋季气温下降、光照时间变短，果实生长慢，颗粒相对小一些，而且秋季降雨偏多，晾晒和烘干难度大，容易出现霉变和色泽不均。从外观上看，夏果颗粒饱满、色泽鲜红，更受市场青睐。"),
    H("**二、今年价格怎么样**"),
    P("根据中宁枸杞交易市场近期的报价，今年干果价格大致如下（每公斤，按等级）："),
    T([
        ["等级", "夏果", "秋果"],
        ["特优（180粒/50克）", "68-75元", "52-58元"],
        ["特级（280粒/50克）", "55-60元", "42-46元"],
        ["甲级（370粒/50克）", "44-48元", "33-36元"],
    ]),
    P("可以看到，同等级的秋果比夏果低了两成左右，这个差距和往年基本一致。"),
    H("**三、秋果就不值得买吗**"),
    P("其实不然。不少老药农认为，秋果生长期长，糖分积累更充分，口感偏甜，泡水、煲汤都很合适，而且价格更实惠。对于普通家庭日常食用来说，选择正规渠道、检测合格的秋果是性价比很高的选择。"),
    P("对种植户来说，秋果的关键在于采后处理。现在不少合作社已经用上了热泵烘干设备，秋果品质明显提升，收购价也比自然晾晒的高出一截。"),
    P("你平时买枸杞会特意区分夏果秋果吗？欢迎留言聊聊。"),
]

CSS = """
body{margin:0;font:17px/1.9 Arial,"PingFang SC";color:#333;background:#fff}
.bj-top{display:flex;justify-content:space-between;padding:10px 30px;font-size:13px;border-bottom:1px solid #eee}
.bj-top a{color:#333;margin-right:12px}
.bj-main{width:660px;margin:30px auto}
.bj-main h2.bj-t{font-size:28px;line-height:1.45;margin:0 0 18px;color:#222}
.bj-au{display:flex;align-items:center;gap:10px;font-size:13px;color:#999;margin-bottom:26px}
.bj-au .nm{font-size:15px;color:#333;font-weight:bold}
.bj-au .gz{margin-left:auto;border:1px solid #4e6ef2;color:#4e6ef2;border-radius:12px;padding:0 12px}
.bj-wen{color:#666;font-size:15px}
.bj-c p{margin:0 0 22px}
.bj-c table{border-collapse:collapse;width:100%;font-size:15px;margin-bottom:22px}
.bj-c td,.bj-c th{border:1px solid #ddd;padding:6px;text-align:center}
.bj-sm{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:10px}
.bj-jb{font-size:13px;text-align:right}
.bj-hot{width:660px;margin:20px auto}
.bj-hot h4{font-size:18px}
.bj-hot li{font-size:15px;list-style:none;margin-bottom:10px}
.bj-hot li i{font-style:normal;color:#999;font-size:12px;margin-left:8px}
.bj-ft{text-align:center;font-size:12px;color:#aaa;padding:20px}
"""


def html():
    body = render(BODY, h="<p>{}</p>")
    t = META["title"]
    return doc(t, CSS, f"""
<div class="bj-top"><span><a href="#">百度首页</a><a href="#">百家号</a></span><span><a href="#">登录</a></span></div>
<div class="bj-main">
 <h2 class="bj-t">{e(t)}</h2>
 <div class="bj-au"><img alt="" src="{GIF}"><div><span class="nm">塞上财经说</span><br>2025-09-12 09:17宁夏　优质财经领域创作者</div><a class="gz" href="#">+关注</a></div>
 <p class="bj-wen">文｜马志远</p>
 <div class="bj-c">
{body}
 </div>
 <p class="bj-sm">本文为作者原创，未经授权禁止转载。数据来源于公开市场报价，仅供参考，不构成投资建议。</p>
 <p class="bj-jb"><a href="#">举报/反馈</a></p>
</div>
<div class="bj-hot"><h4>热门推荐</h4><ul>
 <li><a href="#">宁夏滩羊为什么贵？一只羊的账给你算清楚</a><i>1.2万阅读</i></li>
 <li><a href="#">贺兰山东麓葡萄酒，正在被更多年轻人喝到</a><i>8635阅读</i></li>
 <li><a href="#">银川二手房挂牌量增加，买房人该着急吗</a><i>6120阅读</i></li>
</ul></div>
<div class="bj-ft">©2025 Baidu　<a href="#">使用百度前必读</a>　<a href="#">意见反馈</a></div>
""")
