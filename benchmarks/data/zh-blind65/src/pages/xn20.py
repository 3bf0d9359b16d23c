from blocks import *
from furniture import *

ID, KIND, LANG = "xn-20", "media", "zh"
SITE = "闽海资讯（综合门户新闻频道，转载都市报稿件）"
DOC_TITLE = "漳州一村民在自家菜地挖出明代石碑_闽海资讯"
TITLE = "漳州一村民在自家菜地挖出明代石碑"
AUTHORS = ["林雪", "陈铭"]
PUBLISH_TIME = "2022-06-17 09:15:02"
FEATURES = ("portal reprint: 原标题 line at the top of the text (not body, differs from the headline); byline "
            "line 海西晨报记者 林雪 通讯员 陈铭 (authors; the outlet prefix is not a name); 来源：海西晨报 beside the "
            "time; 责任编辑：王一帆_NF5021 code; 举报/评论 widgets; hot-list sidebar.")

CSS = """
body{margin:0;font:16px/1.8 "Microsoft YaHei";color:#262626}
.nh{display:flex;align-items:center;gap:20px;padding:10px 60px;border-bottom:1px solid #eee}
.nh .logo{font-size:22px;color:#c00;font-weight:bold}
.wrapper{width:1100px;margin:0 auto;display:flex;gap:40px}
.post{flex:1}
h1{font-size:28px;line-height:1.4}
.post_info{font-size:14px;color:#888}
.post_body p{margin:0 0 18px}
.ep{font-size:13px;color:#999;text-align:right}
.side{width:300px}
.ft{background:#f6f6f6;font-size:12px;color:#999;text-align:center;padding:20px}
"""

BODY = [
    X('<p>原标题：菜地里“长”出一块古碑 漳州老农一锄头挖出明代文物</p>'),
    X('<p>海西晨报记者 林雪 通讯员 陈铭</p>'),
    P("6月15日，漳州市龙海区榜山镇一位村民在自家菜地翻土时，挖出一块刻有文字的石碑。经文物部门初步鉴定，该石碑为明代万历年间所立，具有一定的历史研究价值。"),
    P("发现石碑的是63岁的村民蔡德福。“锄头下去‘当’的一声，我以为是块大石头，挖开一看上面有字，就赶紧打电话给村干部。”蔡德福说。"),
    P("石碑高约1.2米、宽0.6米，碑面阴刻楷书200余字，部分字迹已风化模糊。龙海区文物保护中心工作人员赶到现场后，对石碑进行了清理和拓印。"),
    P("“从碑文内容看，这是当地乡绅为修建水利设施所立的功德碑，记载了捐资人姓名和工程概况。”龙海区文物保护中心主任郭少峰介绍，碑文对研究明代九龙江下游的农田水利有参考价值。"),
    P("目前，石碑已被运回区文物保护中心妥善保管。文物部门提醒，群众在生产生活中发现疑似文物，应及时向当地文物部门报告，不得私自挖掘、收藏或买卖。"),
]


def page(body):
    return f"""<body>
<div class="nh"><span class="logo">闽海资讯</span><a href="#">首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">娱乐</a><a href="#">财经</a><a href="#">汽车</a><a href="#">房产</a>{search("搜索")}<a href="#">登录</a></div>
<div class="wrapper"><div class="post">
<div class="crumb"><a href="#">闽海资讯</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">社会</a> &gt; 正文</div>
<h1>{TITLE}</h1>
<div class="post_info">{PUBLISH_TIME}　来源: <a href="#">海西晨报</a>　<a href="#">举报</a></div>
<div class="post_body">
{body}
</div>
<p class="ep">本文来源：海西晨报　责任编辑：王一帆_NF5021</p>
<div class="cmt"><h4>跟贴 128</h4><p>参与 2319</p><p><a href="#">发跟贴</a></p></div>
</div>
<div class="side"><h4>热点新闻</h4><ol><li><a href="#">厦门海沧大桥夜间限行通知</a></li><li><a href="#">福州多地发布暴雨预警</a></li><li><a href="#">漳州高考分数线公布时间确定</a></li></ol></div>
</div>
<div class="ft"><p>闽海资讯 版权所有 ©1998-2022</p><p>增值电信业务经营许可证：闽B2-20070314　闽ICP备07508163号</p></div>
</body>"""
