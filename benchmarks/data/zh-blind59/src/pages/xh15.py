from lib import *

ID = "xh-15"
KIND = "media"
LANG = "zh"
FEATURES = ("provincial news portal (广西新闻网) reprinting a city paper: 引题 over the headline; <title> worded "
            "differently; '原标题：…' line at the top of the text (not body); standalone byline line '南国早报记者 "
            "韦丽 黄秀梅' (authors, not body); 来源 南国早报; date with 年月日 and time; data table; 责任编辑 and 值班编辑")
HEAD_TITLE = "南宁—巴马高铁完成联调联试_新闻中心_广西新闻网"
TITLE_LINES = ["南宁至巴马高铁完成联调联试 年底有望开通"]
AUTHORS = ["韦丽", "黄秀梅"]
TIME = "2024年11月26日 07:52"

CSS = """
body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#fff}
.gx-head{border-bottom:3px solid #005bac;padding:10px calc(50% - 590px);display:flex;align-items:flex-end}
.gx-head .lg{font-size:30px;color:#005bac;font-weight:bold}.gx-head nav{margin-left:40px}.gx-head nav a{margin-right:18px}
.gx-tools{padding:4px calc(50% - 590px);font-size:12px;background:#f3f7fb;text-align:right}
.gx-main{width:1180px;margin:0 auto;display:flex;gap:30px}
.left{flex:1}
.path{font-size:13px;color:#777;margin:10px 0}
.kicker{color:#005bac;font-size:17px;text-align:center;margin:24px 0 0}
h1.title{text-align:center;font-size:30px;margin:6px 0 12px}
.source{text-align:center;color:#888;font-size:13px}.source span{margin:0 8px}
.text p{text-indent:2em;margin:14px 0}
.text .otitle{color:#666;text-indent:0}
.text .byl{text-indent:0;color:#333}
.text table{border-collapse:collapse;width:86%;margin:0 auto}.text td,.text th{border:1px solid #9bb;padding:4px 8px}
.editors{color:#888;font-size:13px;text-align:right}
.right{width:300px}.right h3{background:#005bac;color:#fff;padding:4px 10px;font-size:15px}
.gx-foot{background:#eef3f8;text-align:center;font-size:12px;padding:20px;color:#555}
"""

BODY = [
    P("11月25日，南宁至巴马高速铁路（以下简称“南巴高铁”）全线联调联试工作顺利完成，标志着这条连接广西首府与“世界长寿之乡”的高铁进入开通前的最后冲刺阶段，预计年底前具备开通运营条件。"),
    P("南巴高铁北起河池市巴马瑶族自治县，经百色市平果市、田东县，南宁市隆安县、武鸣区，引入南宁东站，线路全长约195公里，设计时速350公里，是国家《中长期铁路网规划》的重要组成部分。"),
    P("联调联试期间，试验列车以不同速度级在全线往返运行，对轨道、接触网、通信信号、防灾监测等系统进行全面检测和调试。中国铁路南宁局集团有限公司相关负责人介绍，各项指标均达到设计要求，全线具备开展运行试验的条件。"),
    P("南巴高铁开通后，南宁至巴马的旅行时间将由目前的约4小时缩短至1小时左右。沿线主要站点设置情况如下："),
    TABLE([["站名", "所在地", "距南宁东站里程（公里）"],
           ["武鸣站", "南宁市武鸣区", "48"],
           ["隆安东站", "南宁市隆安县", "86"],
           ["平果站", "百色市平果市", "121"],
           ["田东北站", "百色市田东县", "148"],
           ["巴马站", "河池市巴马瑶族自治县", "195"]]),
    P("“以后周末带着父母去巴马住两天，当天就能来回。”家住南宁的市民黄先生说。巴马瑶族自治县文化广电和旅游局负责人表示，县里已经筹备开通高铁站至主要景区的旅游专线，迎接“高铁时代”的游客。"),
]


def page():
    return f"""<body>
<div class="gx-tools"><a href="#">无障碍</a> | <a href="#">手机版</a> | <a href="#">登录</a></div>
<div class="gx-head"><span class="lg">{gif("广西新闻网")}广西新闻网</span><nav><a href="#">首页</a><a href="#">新闻</a><a href="#">时政</a><a href="#">社会</a><a href="#">经济</a><a href="#">东盟</a><a href="#">视频</a></nav></div>
<div class="gx-main">
<div class="left">
<div class="path">您所在的位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">广西新闻</a></div>
<p class="kicker">动车开进“长寿之乡”</p>
<h1 class="title">{TITLE_LINES[0]}</h1>
<div class="source"><span>{TIME}</span><span>来源：南国早报</span><span>【<a href="#">字号</a> 大 中 小】</span></div>
<div class="text">
<p class="otitle">原标题：南巴高铁全线联调联试完成</p>
<p class="byl">南国早报记者 韦丽 黄秀梅</p>
{render(BODY)}
</div>
<p class="editors">责任编辑：蒙业勤　值班编辑：苏  越</p>
<p>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></p>
</div>
<div class="right"><h3>热点新闻</h3><ul>{ali(["广西今年新增高速公路通车里程超500公里", "第21届中国—东盟博览会签约项目金额创新高", "南宁地铁5号线二期工程开工", "北部湾港集装箱吞吐量同比增长两成"])}</ul>
<h3>关注我们</h3><p>{gif("广西新闻网微信")}</p><p>广西新闻网官方微信</p></div>
</div>
<div class="gx-foot">广西新闻网版权所有，未经书面授权禁止使用　桂ICP备05011216号　桂公网安备 45010302000025号<br>互联网新闻信息服务许可证编号：45120170001　违法和不良信息举报电话：0771-5592166</div>
</body>"""
