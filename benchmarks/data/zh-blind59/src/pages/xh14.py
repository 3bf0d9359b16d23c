from lib import *

ID = "xh-14"
KIND = "media"
LANG = "zh"
FEATURES = ("provincial news site (红网, 湖南) 2019 layout; headline followed at once by an unlabelled one-sentence "
            "导语 in a box (not body); info bar '来源：红网 作者：孙思远 编辑：吴婷' with time without seconds (编辑 "
            "is not an author); '红网时刻新闻8月21日讯（记者 孙思远）' opening the body; bulleted scenario list; "
            "photo with credit; 时刻新闻 download promo and 相关新闻")
HEAD_TITLE = "湘江新区首批“低空经济”应用场景发布 无人机送外卖进社区_长沙_红网"
TITLE_LINES = ["湘江新区首批“低空经济”应用场景发布 无人机送外卖进社区"]
AUTHORS = ["孙思远"]
TIME = "2024-08-21 17:45"

CSS = """
body{margin:0;font:16px/1.75 "Microsoft YaHei";background:#fafafa}
.rn-top{background:#b5050f;padding:0 calc(50% - 560px);display:flex;align-items:center;height:70px;color:#fff}
.rn-top strong{font-size:30px}.rn-top nav{margin-left:30px}.rn-top nav a{color:#fff;margin-right:16px}
.rn-body{width:1120px;margin:0 auto;background:#fff;padding:20px 40px;box-sizing:border-box}
.loc{font-size:13px;color:#999}
h1{font-size:30px;margin:24px 0 8px}
.lead{background:#f6f6f6;color:#666;font-size:15px;padding:10px 16px;margin:0 0 10px}
.meta{font-size:13px;color:#999;margin-bottom:20px}.meta span{margin-right:16px}
.content p{margin:0 0 18px}
.content ul{background:#fff8f0;padding:10px 40px}
.content .pic{text-align:center}.content .pic-cap{text-align:center;color:#666;font-size:14px}
.promo{background:#b5050f;color:#fff;padding:10px 16px;margin:20px 0}
.xgxw li{line-height:2}
.rn-foot{text-align:center;font-size:12px;color:#999;padding:20px;border-top:1px solid #eee}
"""

BODY = [
    P("红网时刻新闻8月21日讯（记者 孙思远）点一份外卖，十几分钟后由无人机送到小区楼下的智能取餐柜。8月21日，湖南湘江新区发布首批18个“低空经济”应用场景，这样的场景将在年内走进更多社区。"),
    P("此次发布的应用场景涵盖物流配送、应急救援、文旅观光、城市治理等领域，具体包括："),
    LI(["即时配送：在梅溪湖、洋湖片区开通6条无人机外卖和快递航线；",
        "应急救援：利用无人机开展山林火情巡查和应急物资投送；",
        "文旅观光：在岳麓山、橘子洲周边试点直升机低空游览；",
        "城市治理：开展河道巡查、违建监测和交通疏导等常态化作业。"]),
    IMG("无人机配送", "8月21日，一架配送无人机降落在湘江新区某小区的智能取餐柜上。红网时刻新闻记者 谢  睿 摄"),
    P("湘江新区是全省低空经济发展的先行区。目前，新区已聚集无人机研发制造、飞行服务、运营保障等相关企业120余家，去年低空经济相关产值超过80亿元。"),
    P("“有了这些场景，企业就有了真实的‘试验田’。”一家无人机物流企业的负责人告诉记者，公司在梅溪湖片区试运行三个月，累计完成配送订单4.6万单，平均配送时长比骑手缩短约40%。"),
    P("湘江新区管委会相关负责人表示，新区将加快建设低空飞行服务站和起降点网络，完善空域协调和安全监管机制，力争到2026年低空经济产业规模突破200亿元。"),
]


def page():
    return f"""<body>
<div class="rn-top"><strong>{gif("红网")}红网</strong><nav><a href="#">首页</a><a href="#">新闻</a><a href="#">长沙</a><a href="#">时刻新闻</a><a href="#">百姓呼声</a><a href="#">视频</a></nav></div>
<div class="rn-body">
<div class="loc">当前位置：<a href="#">红网</a> &gt;&gt; <a href="#">长沙</a> &gt;&gt; <a href="#">新闻</a></div>
<h1>{TITLE_LINES[0]}</h1>
<p class="lead">首批发布的18个应用场景涵盖物流配送、应急救援、文旅观光等领域，预计年内实现常态化运营。</p>
<div class="meta"><span>来源：红网</span><span>作者：孙思远</span><span>编辑：吴婷</span><span>{TIME}</span></div>
<div class="content">
{render(BODY)}
</div>
<p class="promo">下载时刻新闻客户端，读新闻、看视频、报爆料 {gif("时刻新闻")}</p>
<p>来源：红网　作者：孙思远　编辑：吴婷　本文为红网原创文章，转载请附上原文出处链接和本声明。</p>
<p>本文链接：https://hn.rednet.cn/content/646850/96/14021587.html</p>
<div class="xgxw"><h3>相关新闻</h3><ul>{ali(["长沙发布低空经济高质量发展三年行动计划", "湖南成为全国首个全域低空空域管理改革试点省", "岳麓山景区试点无人机巡检"])}</ul></div>
</div>
<div class="rn-foot">湖南红网新媒体集团有限公司版权所有　湘ICP备05003006号-1　湘公网安备 43010502000364号　互联网新闻信息服务许可证：43120170001</div>
</body>"""
