from blocks import *
from furniture import *

ID, KIND, LANG = "xn-13", "media", "zh"
SITE = "岭南日报·粤闻网（省级媒体网站，2025年式）"
DOC_TITLE = "广州门诊共济新政实施一周年 职工个人账户“家庭共用”超百万人次_粤闻网"
TITLE = "广州门诊共济新政实施一周年 职工个人账户“家庭共用”超百万人次"
AUTHORS = ["何嘉琪", "邝伟杰"]
PUBLISH_TIME = "2025-03-04 07:30"
FEATURES = ("provincial paper site; headline with an inner space (kept); 本报讯（记者 … 通讯员 …） inside the first "
            "paragraph (stays body, both names are authors); info bar 作者：何嘉琪 邝伟杰 beside 来源 and a time; "
            "<h3> sub-headings; quoted speech; a photo with caption and 摄 credit; 编辑/校对/审核 lines; 推荐阅读.")

CSS = """
body{margin:0;font:17px/1.9 "PingFang SC","Noto Sans SC",sans-serif;color:#222}
.gh{display:flex;justify-content:space-between;padding:12px 6vw;border-bottom:1px solid #eee}
.brand{font-size:24px;color:#d4001f;font-weight:bold}
.channels a{margin-right:18px;color:#333;font-size:15px}
.container{max-width:760px;margin:0 auto;padding:20px 0}
.tag{color:#d4001f;font-size:14px}
h1{font-size:30px;line-height:1.4;margin:8px 0}
.meta{font-size:14px;color:#999;display:flex;gap:16px}
.content p{margin:0 0 1.1em}
.content h3{font-size:18px;border-left:4px solid #d4001f;padding-left:8px}
.pic{margin:0;text-align:center}.caption{font-size:14px;color:#666;text-align:center}
.credits{font-size:13px;color:#888}
.rec li{list-style:none;border-bottom:1px dashed #eee;padding:6px 0}
footer{background:#f4f4f4;color:#888;font-size:13px;padding:20px 6vw}
"""

BODY = [
    P("本报讯（记者 何嘉琪 通讯员 邝伟杰）职工医保个人账户可以给父母、配偶、子女用了！记者3月3日从广州市医疗保障局获悉，门诊共济保障机制改革实施一年来，全市已有46.8万名参保职工绑定家庭成员，个人账户“家庭共用”累计结算超过112万人次，金额达2.37亿元。"),
    H("绑定家属后“一卡多用”"),
    P("按照新政，职工医保参保人可在“穗好办”APP或医保窗口办理共济绑定，个人账户资金可用于支付配偶、父母、子女在定点医药机构就医购药产生的个人负担费用，也可用于缴纳其参加城乡居民医保的个人缴费。"),
    P("家住海珠区的市民梁女士去年给母亲办理了绑定。“以前账户里的钱攒了不少，自己用不完，老人看病反而要自掏腰包。现在带妈妈去社区医院拿药，直接刷我的医保码就行。”"),
    IMG("市民在医保服务窗口办理共济绑定", "市民在天河区医保服务中心办理家庭共济绑定业务。何嘉琪 摄"),
    H("门诊报销比例同步提高"),
    P("与个人账户改革同步推进的，是普通门诊统筹待遇的提升。目前，在职职工在基层医疗机构就医的门诊统筹报销比例为70%，退休人员为80%，年度最高支付限额分别为4000元和5000元。"),
    P("市医保局待遇保障处负责人表示，下一步将扩大共济使用范围，探索将近亲属在异地就医的费用纳入共济支付，并加强对个人账户使用的监管，严防“套刷”“盗刷”等违规行为。"),
    X('<p class="credits">编辑：刘思颖　校对：陈岚　审核：黄文彬</p>'),
]


def page(body):
    return f"""<body>
<div class="gh"><div class="brand"><img alt="岭南日报"> 粤闻网</div>
<div class="channels"><a href="#">首页</a><a href="#">时政</a><a href="#">民生</a><a href="#">财经</a><a href="#">湾区</a><a href="#">文体</a><a href="#">视频</a><a href="#">读报</a></div>
{search("搜索新闻")}<a href="#">登录</a></div>
<div class="container">
<div class="crumb"><a href="#">粤闻网</a> &gt; <a href="#">民生</a> &gt; 正文</div>
<div class="tag">民生 · 医保</div>
<h1>{TITLE}</h1>
<div class="meta"><span>来源：岭南日报</span><span>作者：何嘉琪 邝伟杰</span><span>{PUBLISH_TIME}</span></div>
{share("", ("微信","微博","复制链接"), cls="share")}
<div class="content">
{body}
</div>
<div class="rec"><h4>推荐阅读</h4><ul>
<li><a href="#">广东2025年城乡居民医保缴费标准公布</a></li>
<li><a href="#">异地就医直接结算再扩围：门诊慢特病增至10种</a></li>
<li><a href="#">广州新增12家“长护险”定点机构</a></li></ul></div>
<div class="appdl"><img alt="岭南日报客户端"><p>下载岭南日报客户端 看更多精彩内容</p></div>
</div>
<footer><p>岭南日报社主办　版权所有 未经授权禁止转载</p>
<p>互联网新闻信息服务许可证：44120180009　粤ICP备10201472号　粤公网安备44010402000871号</p>
<p>违法和不良信息举报电话：020-87378112</p></footer>
</body>"""
