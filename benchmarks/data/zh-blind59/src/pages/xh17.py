from lib import *

ID = "xh-17"
KIND = "media"
LANG = "zh"
FEATURES = ("central outlet regional channel (新华网湖南频道); breadcrumb whose last item repeats the headline cut short "
            "with …; '新华社长沙9月10日电（记者谭思雨、龙浩然）' dateline in the first paragraph (two authors, no spaces); "
            "info bar time with seconds + 来源：新华网; photo caption with '新华社记者 … 摄' (photographer, not author); "
            "【纠错】【责任编辑：…】; 相关新闻 and a 视频 block; ethnic names in quotes")
HEAD_TITLE = "湘西：古老苗绣“绣”出乡村振兴新图景-新华网"
TITLE_LINES = ["湘西：古老苗绣“绣”出乡村振兴新图景"]
AUTHORS = ["谭思雨", "龙浩然"]
TIME = "2024-09-10 11:20:35"

CSS = """
body{margin:0;font:16px/1.8 "Microsoft YaHei";background:#fff;color:#333}
.xh-top{background:#f5f5f5;font-size:12px;padding:6px calc(50% - 600px)}
.xh-head{padding:14px calc(50% - 600px);border-bottom:2px solid #c00;display:flex;align-items:center}
.xh-head .lg{font-size:28px;color:#c00;font-weight:bold}.xh-head .ch{margin-left:16px;font-size:20px}
.xh-head nav{margin-left:auto}.xh-head nav a{margin-left:16px}
.news{width:1000px;margin:0 auto}
.news .bc{font-size:14px;color:#888;margin:14px 0}
.news h1{font-size:30px;margin:26px 0 12px;text-align:center}
.news .header-cont{display:flex;justify-content:center;gap:20px;font-size:14px;color:#888}
.news #detail p{margin:20px 0;text-indent:2em}
.news #detail .pic{text-align:center}.news #detail .pic-cap{text-align:center;color:#666;text-indent:0;font-size:15px}
.news .jc{color:#999;font-size:14px;text-align:right}
.news .video{background:#000;color:#fff;height:60px;text-align:center;line-height:60px;margin:20px 0}
.xh-foot{border-top:1px solid #ddd;text-align:center;font-size:12px;color:#777;padding:20px;margin-top:30px}
"""

BODY = [
    P("新华社长沙9月10日电（记者谭思雨、龙浩然）初秋时节，走进湖南湘西土家族苗族自治州花垣县的一间苗绣工坊，20多名苗族妇女围坐在绣架前飞针走线，一幅幅色彩艳丽的苗绣作品在她们手中渐渐成形。"),
    P("苗绣是国家级非物质文化遗产，针法多样、图案古朴。过去，苗绣多为自绣自用，很难变成收入。近年来，湘西州通过“非遗+企业+绣娘”模式，把分散在村寨里的绣娘组织起来，由企业统一接单、统一设计、统一销售，让古老技艺走向市场。"),
    IMG("苗族绣娘在工坊内刺绣", "9月9日，在花垣县一家苗绣工坊，绣娘在制作苗绣作品。新华社记者 赵宇航 摄"),
    P("“以前农闲时绣几件给孩子做衣服，现在在家门口就能接订单，一个月能挣三千多元。”52岁的绣娘石玉花说。她绣的一幅《百鸟朝凤》挂屏，前不久以1.2万元的价格被外地客商订走。"),
    P("为让苗绣更贴近现代生活，当地还与高校、设计机构合作，开发了苗绣丝巾、手包、文创书签等200多种产品，通过电商平台和直播间销往全国各地，部分产品还出口到欧洲。"),
    P("据湘西州相关部门统计，全州现有苗绣、土家织锦等传统工艺企业和合作社320余家，带动2.6万余名妇女实现居家就业，年产值超过5亿元。"),
]


def page():
    return f"""<body>
<div class="xh-top">{links(["新华网首页", "时政", "国际", "财经", "体育", "地方"], " | ")}</div>
<div class="xh-head"><span class="lg">{gif("新华网")}新华网</span><span class="ch">湖南频道</span><nav><a href="#">首页</a><a href="#">湖南要闻</a><a href="#">市州</a><a href="#">图片</a><a href="#">视频</a></nav></div>
<div class="news">
<div class="bc"><a href="#">新华网</a> &gt; <a href="#">湖南频道</a> &gt; <a href="#">正文</a> &gt; 湘西：古老苗绣“绣”出乡村振兴新…</div>
<h1>{TITLE_LINES[0]}</h1>
<div class="header-cont"><span>{TIME}</span><span>来源：新华网</span><span>字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a></span><span>分享到：<a href="#">微信</a> <a href="#">微博</a></span></div>
<div id="detail">
{render(BODY)}
</div>
<p class="jc">【<a href="#">纠错</a>】 【责任编辑：刘  洋】</p>
<div class="video">【视频】湘西苗绣：指尖上的传承</div>
<h3>相关新闻</h3><ul>{ali(["湖南：非遗工坊带动群众家门口就业", "十八洞村：从“深度贫困”到“网红村寨”", "湘西州举办第七届苗绣技艺大赛"])}</ul>
</div>
<div class="xh-foot">Copyright © 2000-2024 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</div>
</body>"""
