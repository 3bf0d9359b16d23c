from blocks import *
from furniture import *

ID, KIND, LANG = "xn-24", "media", "zh"
SITE = "椰城晚报网（海口市级晚报网站，图片新闻）"
DOC_TITLE = "骑楼老街里的“百年南洋风”——海口中山路街区改造提升侧记 - 椰城晚报网"
TITLE = "骑楼老街里的“百年南洋风”"
AUTHORS = ["符美玲"]
PUBLISH_TIME = "2021-04-26 07:58"
FEATURES = ("evening-paper site with a picture story: headline plus a 副题 line ——海口中山路街区改造提升侧记 "
            "(not title); four photos with captions; closing credit line （文/本报记者 符美玲　图/本报记者 陈海鹰） on "
            "its own line: the writer is an author, the photographer is not; date 2021-04-26 07:58 after 时间：.")

CSS = """
body{margin:0;font:15px/1.9 "Microsoft YaHei";color:#333}
.logo{background:#00796b;color:#fff;padding:12px 40px;font-size:26px}
.mn{border-bottom:2px solid #00796b;padding:6px 40px}.mn a{margin-right:18px;color:#00796b}
.body{width:860px;margin:20px auto}
h1{font-size:28px;text-align:center;margin-bottom:0}
.sub{text-align:center;font-size:18px;color:#555;margin-top:4px}
.info{text-align:center;font-size:12px;color:#999}
.pic{text-align:center;margin:10px 0 0}.caption{text-align:center;font-size:13px;color:#666;margin-top:2px}
.credit{text-align:right;font-size:14px}
.ft{background:#004d40;color:#b2dfdb;text-align:center;font-size:12px;padding:16px}
"""

BODY = [
    P("青灰色的廊柱、精美的浮雕、错落的窗楣……走进海口中山路骑楼老街，百年前的南洋风情扑面而来。经过一年多的改造提升，这条始建于上世纪初的老街近日以全新面貌迎接八方游客。", indent=IND),
    IMG("改造后的中山路骑楼街区", "改造后的中山路骑楼街区游人如织。"),
    P("此次改造坚持“修旧如旧”原则，对街区内87栋骑楼建筑的立面进行修缮，清理违规招牌和外挂空调，恢复传统灰塑、彩绘等装饰。同时，改造了地下管网，实现强弱电线路全部入地。", indent=IND),
    IMG("工匠修复骑楼灰塑", "工匠正在修复骑楼立面的灰塑装饰。"),
    P("“这些灰塑很多是百年前的老手艺，我们请了文昌、琼海的老师傅来修，一朵花要做好几天。”参与修缮工作的项目负责人吴德胜说。", indent=IND),
    IMG("老字号店铺重新开张", "街区内的老字号店铺重新开张。"),
    P("街区还引进了非遗工坊、特色书店、南洋咖啡馆等新业态，老字号店铺也纷纷“回归”。经营椰子糖生意四十多年的陈阿婆说：“游客多了，生意比以前好做多了。”", indent=IND),
    IMG("夜幕下的骑楼老街", "夜幕下的骑楼老街灯火璀璨。"),
    P("据了解，五一假期期间，骑楼老街将推出“南洋风情夜市”，举办琼剧表演、椰雕展示等活动。", indent=IND),
    X('<p class="credit">（文/本报记者 符美玲　图/本报记者 陈海鹰）</p>'),
]


def page(body):
    return f"""<body>
<div class="logo">椰城晚报网</div>
<div class="mn"><a href="#">首页</a><a href="#">海口</a><a href="#">海南</a><a href="#">社会</a><a href="#">文旅</a><a href="#">图片</a><a href="#">视频</a><a href="#">数字报</a>{search("搜索")}</div>
<div class="body">
<div class="loc">首页 &gt; 图片 &gt; 正文</div>
<h1>{TITLE}</h1>
<p class="sub">——海口中山路街区改造提升侧记</p>
<div class="info">时间：{PUBLISH_TIME}　来源：椰城晚报　<a href="#">【大 中 小】</a></div>
{body}
<p style="font-size:12px;color:#999">责任编辑：王梓</p>
{share("分享到：", ("微信","微博","QQ"))}
{related("热门图集", ["万绿园木棉花开正红", "南渡江畔油菜花海", "假日海滩人气旺"], dates=False)}
</div>
<div class="ft">椰城晚报社主办　新闻热线：0898-66810606<br>琼ICP备10200811号　互联网新闻信息服务许可证：46120190003</div>
</body>"""
