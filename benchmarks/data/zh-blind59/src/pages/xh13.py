from lib import *

ID = "xh-13"
KIND = "media"
LANG = "zh"
FEATURES = ("provincial news portal (大河网, 河南) 2022 layout; 引题 (kicker) over the headline (not title); info bar "
            "with seconds and 来源 but no writer: authors come from '本报讯（记者 王琳 通讯员 张扬）' inside the first "
            "paragraph (kept in body); bold sub-headings; 【纠错】 and 责任编辑; 24小时热榜 sidebar and 热门推荐 list")
HEAD_TITLE = "河南预制菜产业年产值突破1200亿元-河南-大河网"
TITLE_LINES = ["河南预制菜产业年产值突破1200亿元"]
AUTHORS = ["王琳", "张扬"]
TIME = "2024-05-14 08:02:31"

CSS = """
body{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei";background:#fff;color:#222}
.topline{background:#d7000f;color:#fff;font-size:13px;padding:4px calc(50% - 600px)}
.topline a{color:#fff;margin-right:14px}
.mast{display:flex;align-items:center;padding:14px calc(50% - 600px);border-bottom:1px solid #eee}
.mast .logo{font-size:34px;font-weight:900;color:#d7000f}
.mast .chan{margin-left:20px;font-size:22px;color:#333}
.mast input{margin-left:auto;width:230px;height:32px}
.grid{width:1200px;margin:20px auto;display:flex;gap:40px}
.main{flex:1}
.crumb{font-size:14px;color:#999}
.yt{font-size:18px;color:#555;margin:24px 0 4px}
h1{font-size:32px;line-height:1.4;margin:0 0 14px}
.info{font-size:14px;color:#999;border-bottom:1px solid #eee;padding-bottom:14px}
.info span{margin-right:20px}
.article p{margin:18px 0;text-indent:2em}
.article p.sub{text-indent:0;font-weight:bold;color:#d7000f}
.jc{color:#999;font-size:13px;display:flex;justify-content:space-between}
.side{width:300px}.side h3{border-bottom:2px solid #d7000f;font-size:18px}
.side ol{padding-left:20px;font-size:14px}
.rec li{margin:8px 0}
.ft{background:#f5f5f5;text-align:center;font-size:12px;color:#888;padding:20px}
"""

BODY = [
    P("本报讯（记者 王琳 通讯员 张扬）5月13日，记者从省商务厅获悉，2023年全省预制菜产业规模以上企业实现营业收入1236亿元，同比增长18.7%，产值首次突破1200亿元，规模居全国前列。"),
    P("从速冻汤圆、水饺到酸菜鱼、小酥肉，河南预制菜正加速走上全国餐桌。目前，全省规模以上预制菜企业达到416家，形成了以郑州、漯河、新乡为核心的产业集聚区，冷链物流、包装印刷、调味品等配套产业同步壮大。"),
    P("龙头企业引领产业升级", cls="sub"),
    P("在漯河市一家食品企业的智能化车间里，一条条自动化生产线有序运转，从原料清洗、切配、烹制到速冻包装全程不超过40分钟。企业负责人介绍，公司去年新上线的12款中式预制菜单品销售额超过3亿元，“一年到头都在扩产”。"),
    P("省商务厅相关负责人表示，我省已培育年营业收入超10亿元的预制菜企业21家，其中超百亿元企业3家，“河南造”速冻食品占全国市场份额超过60%。"),
    P("标准体系护航品质安全", cls="sub"),
    P("针对预制菜标准不统一、品质参差不齐等问题，我省去年发布了酸菜鱼、胡辣汤等9项预制菜团体标准，并建立省级预制菜质量安全追溯平台，已有186家企业接入。"),
    P("“下一步，我们将围绕‘中华美食名吃’打造一批区域公用品牌，支持企业拓展社区团购、直播电商等新渠道，推动预制菜‘出豫出海’。”这位负责人说。"),
]


def page():
    return f"""<body>
<div class="topline"><a href="#">大河网首页</a><a href="#">大河报</a><a href="#">河南日报</a><a href="#">顶端新闻</a><a href="#">无障碍</a></div>
<div class="mast"><span class="logo">{gif("大河网")}大河网</span><span class="chan">河南频道</span><input type="text" placeholder="搜索"></div>
<div class="grid">
<div class="main">
<div class="crumb"><a href="#">大河网</a> &gt; <a href="#">河南</a> &gt; <a href="#">经济</a></div>
<p class="yt">从“田间”到“舌尖”</p>
<h1>{TITLE_LINES[0]}</h1>
<div class="info"><span>{TIME}</span><span>来源：河南日报</span><span>字号：<a href="#">T</a>|<a href="#">T</a></span></div>
<div class="article">
{render(BODY)}
</div>
<div class="jc"><span>【<a href="#">纠错</a>】</span><span>责任编辑：李 想</span></div>
<div class="rec"><h3>热门推荐</h3><ul>{ali(["漯河：“中国食品名城”再上新台阶", "郑州速冻食品出口同比增长三成", "河南发布预制菜产业高质量发展行动方案", "胡辣汤预制菜走红直播间"])}</ul></div>
</div>
<div class="side"><h3>24小时热榜</h3><ol>{ali(["河南多地迎来降雨 “三夏”生产抢抓农时", "郑州地铁10号线二期主体结构完工", "洛阳牡丹文化节累计接待游客超2000万人次", "河南高考报名人数公布", "开封清明上河园推出夜游新项目"])}</ol>
<h3>扫码下载顶端新闻</h3><p>{gif("顶端新闻二维码")}</p></div>
</div>
<div class="ft"><p><a href="#">关于我们</a> | <a href="#">广告服务</a> | <a href="#">联系我们</a> | <a href="#">版权声明</a></p>
<p>大河网络传媒集团有限公司版权所有　互联网新闻信息服务许可证：41120180002</p><p>豫ICP备12024329号-1　豫公网安备 41010502003509号　违法和不良信息举报电话：0371-96211</p></div>
</body>"""
