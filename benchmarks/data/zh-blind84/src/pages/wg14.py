PAGE = dict(
    id="wg-14", kind="media", lang="zh",
    site="赣江网 · 江西新闻（省级新闻门户，2018 年三栏模板）",
    features="标题中间有空格；信息栏“时间 来源 作者”，作者名两字间夹不换行空格；多图，图注与 alt 不同；正文末“（责任编辑：…）”括号行；"
             "“我要评论/纠错”；相关阅读与“江西新闻”列表；许可证/ICP 页脚",
    title="婺源油菜花进入盛花期 周末客流同比增长两成",
    authors=["程鹏"],
    publish_time="2025年03月22日 10:28",
    head_title="婺源油菜花进入盛花期 周末客流同比增长两成_江西新闻_赣江网",
    CSS="""
body{margin:0;background:#fafafa;font:15px/1.9 "Microsoft YaHei",SimSun;color:#333}
#top{height:28px;background:#f0f0f0;font-size:12px;line-height:28px;padding-left:calc(50% - 580px)}
#hd{width:1160px;margin:0 auto;height:100px;position:relative}
#hd .l{position:absolute;top:24px;font-size:36px;color:#0a5fa8;font-weight:900}
#hd .ad{position:absolute;right:0;top:20px;width:600px;height:60px;background:#eee;text-align:center;line-height:60px;color:#bbb}
#nav{width:1160px;margin:0 auto;background:#0a5fa8;line-height:40px}
#nav a{color:#fff;margin:0 12px}
#bd{width:1160px;margin:14px auto;display:flex;gap:20px}
#content{flex:1;background:#fff;padding:24px 36px}
#content .crumb{font-size:12px;color:#777}
#content h1{font-size:28px;text-align:center;margin:20px 0 10px}
#content .source{text-align:center;font-size:13px;color:#888}
#content .text p{margin:12px 0}
#content .text .img{text-align:center}
#content .text .note{text-align:center;color:#0a5fa8;font-size:14px;font-family:楷体}
#content .zbbj{color:#999}
#content .cmt{margin-top:10px;font-size:13px}
#right{width:320px}
#right .box{background:#fff;padding:10px 16px;margin-bottom:14px}
#right h4{margin:0;border-bottom:1px solid #0a5fa8;color:#0a5fa8}
#foot{text-align:center;font-size:12px;color:#666;padding:20px;border-top:1px solid #ddd;line-height:2}
""",
    STYLE={
        "p": '<p style="text-indent:2em">{t}</p>',
        "img": '<p class="img"><img alt="{alt}" src="%GIF%" width="640"></p><p class="note">{cap}</p>',
    },
    TEMPLATE="""
<div id="top">赣江网　|　<a href="#">手机版</a>　<a href="#">客户端</a>　<a href="#">登录</a></div>
<div id="hd"><div class="l">赣江网</div><div class="ad">广告</div></div>
<div id="nav"><a href="#">首页</a><a href="#">江西新闻</a><a href="#">国内</a><a href="#">国际</a><a href="#">财经</a><a href="#">文旅</a><a href="#">教育</a><a href="#">视频</a><a href="#">图片</a><a href="#">专题</a></div>
<div id="bd">
<div id="content">
<div class="crumb">赣江网 &gt; 江西新闻 &gt; 正文</div>
<h1>婺源油菜花进入盛花期 周末客流同比增长两成</h1>
<div class="source">2025年03月22日 10:28　来源：江西日报　作者：程\u00a0\u00a0鹏</div>
<div class="text">
{{BODY}}
</div>
<p class="zbbj">（责任编辑：刘婷）</p>
<div class="cmt"><a href="#">我要评论</a>　<a href="#">纠错</a>　<a href="#">打印</a>　<a href="#">收藏</a></div>
<div class="xg"><b>相关阅读：</b><br><a href="#">江西发布春季赏花地图 42条线路串起花海美景</a><br><a href="#">婺源篁岭景区推出“花海夜游”</a></div>
</div>
<div id="right">
<div class="box"><h4>江西新闻</h4><p><a href="#">全省春季造林完成计划的82%</a><br><a href="#">昌九高速扩容工程全面复工</a><br><a href="#">南昌地铁5号线首段完成“电通”</a></p></div>
<div class="box"><h4>图片</h4><p><img alt="鄱阳湖候鸟北迁" src="%GIF%"><br>鄱阳湖候鸟北迁</p></div>
</div>
</div>
<div id="foot">赣江网 版权所有　互联网新闻信息服务许可证编号：36120180007<br>
赣ICP备10002219号-1　赣公网安备 36010202000513号　举报电话：0791-86849032</div>
""",
    BODY="""
p: 连日来，婺源县的油菜花进入盛花期，江岭、篁岭、石城等景区漫山遍野的油菜花与粉墙黛瓦的徽派民居相映成趣，吸引大批游客前来踏青赏花。
img: 婺源篁岭油菜花 | 3月21日，游客在婺源县篁岭景区赏花拍照。　通讯员 汪晓东 摄
p: 记者从婺源县文化广电新闻出版旅游局了解到，今年全县种植油菜约12万亩，受前期气温偏高影响，花期比去年提前一周左右。3月15日至16日周末两天，全县接待游客18.6万人次，同比增长21%。
p: 为应对客流高峰，婺源在主要景区周边新增临时停车位3000余个，开通县城至江岭、篁岭的旅游专线公交，并通过“一部手机游婺源”平台实时发布景区客流和停车信息，引导游客错峰出行。
img: 江岭梯田油菜花 | 航拍江岭景区的梯田花海。　程鹏 摄
p: 花海经济也带火了乡村民宿和农家乐。在江岭村经营民宿的江女士告诉记者，她家的12间客房周末已提前两周订满，“很多客人是从上海、杭州开车过来的，住一晚，第二天一早去拍日出花海。”
p: 据介绍，婺源今年还推出了“油菜花+研学”“油菜花+非遗”等线路，游客可以在赏花之余体验傩舞、徽剧和歙砚制作，延长游客停留时间。
""",
)
