from blocks import *
from furniture import *

ID, KIND, LANG = "xn-37", "institution", "zh"
SITE = "海南东湖医院（三级医院官网，医院动态）"
DOC_TITLE = "我院成功为一名98岁老人实施髋关节置换手术_医院动态_海南东湖医院"
TITLE = "我院成功为一名98岁老人实施髋关节置换手术"
AUTHORS = ["王静", "符永强"]
PUBLISH_TIME = "2022年08月16日 15:42"
FEATURES = ("hospital site: info line 来源：骨科　作者：通讯员 王&nbsp;&nbsp;静 符永强　发布时间：… (the spaced name "
            "is 王静; 来源 department not an author); Word paste with <br> every 30–40 characters inside "
            "each <p>; bold 专家提醒 sub-heading; numbered tips 1.…4. run on inside one Word-paste paragraph; 预约挂号 box in the "
            "left sidebar; hospital footer with a medical disclaimer.")

CSS = """
body{margin:0;font:14px/1.9 "Microsoft YaHei";color:#333}
.head{background:#fff;border-bottom:4px solid #00897b;padding:12px 50px;display:flex;justify-content:space-between}
.head b{font-size:26px;color:#00897b}
.menu{background:#00897b}.menu a{display:inline-block;color:#fff;padding:9px 20px}
.box{width:1100px;margin:16px auto;display:flex;gap:24px}
.side{width:230px;background:#e0f2f1;padding:10px}
.news{flex:1}
.news h1{font-size:22px;text-align:center}
.news .info{text-align:center;font-size:12px;color:#999}
.news p{margin:0 0 12px}
.ft{background:#004d40;color:#b2dfdb;font-size:12px;padding:16px 50px}
"""

BODY = [
    BRP("近日，我院骨科团队成功为一名98岁高龄的股骨颈骨折患者实施了人工髋关节置换手术。术后第二天，老人在医护人员的帮助下下床站立，目前已康复出院。"),
    BRP("患者陈奶奶家住文昌市，半个月前在家中不慎摔倒，导致左侧股骨颈骨折。由于年事已高，且患有高血压、冠心病、慢性阻塞性肺病等多种基础疾病，家属一度犹豫是否手术。"),
    BRP("“高龄患者髋部骨折后如果长期卧床，容易出现肺部感染、褥疮、下肢静脉血栓等严重并发症，一年内的死亡率很高。”骨科主任吴海峰介绍，经过麻醉科、心内科、呼吸科等多学科会诊，团队为老人制定了个体化手术和麻醉方案，手术仅用时50分钟，出血不到100毫升。"),
    P("<b>专家提醒：老年人如何预防跌倒？</b>"),
    BRP("1.居家环境要保持地面干燥，卫生间安装扶手、铺设防滑垫；2.起床、转身等动作要慢；3.定期检查骨密度，积极防治骨质疏松；4.一旦跌倒后出现髋部疼痛、不能站立，应及时到医院就诊。"),
]


def page(body):
    return f"""<body>
<div class="head"><b><img alt="院徽"> 海南东湖医院</b><span>急救电话：0898-65892120　<a href="#">无障碍</a>　<a href="#">关怀版</a></span></div>
<div class="menu"><a href="#">首页</a><a href="#">医院概况</a><a href="#">新闻中心</a><a href="#">科室导航</a><a href="#">专家介绍</a><a href="#">就医指南</a><a href="#">党建文化</a><a href="#">健康科普</a></div>
<div class="box">
<div class="side"><h4>新闻中心</h4><ul><li><a href="#">医院动态</a></li><li><a href="#">媒体聚焦</a></li><li><a href="#">通知公告</a></li></ul>
<div class="yy"><b>预约挂号</b><p>微信公众号、支付宝生活号均可预约</p><p>咨询电话：0898-65892000</p></div></div>
<div class="news">
<div class="loc">您的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">医院动态</a></div>
<h1>{TITLE}</h1>
<div class="info">来源：骨科　作者：通讯员 王&nbsp;&nbsp;静 符永强　发布时间：{PUBLISH_TIME}　浏览：968</div>
{body}
<p style="text-align:right;color:#999">审核：党委宣传科</p>
{share("分享到：", ("微信","微博"))}
</div></div>
<div class="ft"><p>海南东湖医院　地址：海口市美兰区东湖路32号　邮编：570206</p>
<p>琼ICP备11001853号-1　琼公网安备46010802000261号　本站信息仅供参考，不能作为诊断及医疗的依据</p></div>
</body>"""
