from lib import links, lis, GIF

PAGE = dict(
    id="wi-24", kind="media", lang="zh",
    region="湖南 长沙", site="湘声网·评论频道（省级新闻网站）",
    title="“一刻钟便民生活圈”要算好群众的时间账",
    authors=["欧阳晓"],
    publish_time="2025-11-23 09:00:18",
    head_title="“一刻钟便民生活圈”要算好群众的时间账_湘声网评论频道",
    features="省级新闻网站评论频道：栏目徽标“湘声时评”；标题上方肩题式栏目标签；署名“文/欧阳晓”单独一行（复姓）；"
             "信息栏“来源：湘声网　时间：…（带秒）　编辑：彭媛”；正文为五段评论；文末“声明：本文仅代表作者观点”；"
             "“往期时评”列表、投稿邮箱、页脚。",
)

BLOCKS = [
    ("p", "近日，湖南多个城市公布了今年“一刻钟便民生活圈”建设进展：新增社区菜市场、早餐网点、家政维修点数以百计，不少居民感叹“下楼就能办事”。这是一件实打实的民生好事，值得点赞。"),
    ("p", "不过，也有居民反映，个别社区的便民网点“建起来了，却没用起来”：有的开门时间与上班族作息错位，早上八点半才营业的早餐店，让赶早班的人只能望“店”兴叹；有的选址偏僻，从小区走过去要绕一大圈，名为“一刻钟”，实则二三十分钟。"),
    ("p", "便民生活圈的“便”，关键在于算准群众的时间账。生活圈建得好不好，不能只看网点数量，更要看居民用得顺不顺手。规划选址时，应多听听居民意见，把网点布在人流动线上；运营管理上，可引导商户错时经营、延时服务，满足不同人群的时间需求。"),
    ("p", "同时也要看到，便民网点大多利润微薄，单靠市场自发难以长期维持。相关部门可在租金减免、水电价格等方面给予适当支持，通过“一店多能”等方式提升经营效益，让便民服务既“开得起来”，也“留得下来”。"),
    ("p", "更重要的是，要建立居民评价反馈机制。便民网点开得好不好、价格实不实惠、服务周不周到，居民最有发言权。不妨定期开展满意度调查，把评价结果作为网点扶持、退出的重要依据，让生活圈在居民的“打分”中不断完善。"),
    ("p", "民生无小事，便民在细节。把群众的时间当回事，把“最后一百米”走通，“一刻钟便民生活圈”才能真正成为群众身边的幸福圈。"),
]

FMT = {"p": '<p style="text-indent:2em">{t}</p>'}

CSS = """
body{margin:0;background:#fff;font-family:"Songti SC","SimSun",serif;color:#222}
.strip{background:#1c1c1c;color:#aaa;font:12px/30px "Microsoft YaHei"}
.strip a{color:#ddd;margin-right:14px}
.box{width:1000px;margin:0 auto}
.chhd{display:flex;align-items:flex-end;border-bottom:3px double #9e1b20;padding:20px 0 10px}
.chhd .nm{font:bold 34px "Microsoft YaHei";color:#9e1b20}
.chhd nav{margin-left:40px;font:15px "Microsoft YaHei"}
.chhd nav a{margin-right:18px}
.cols{display:flex;gap:40px;margin-top:26px}
.main{flex:1}
.lbl{display:inline-block;background:#9e1b20;color:#fff;font:13px "Microsoft YaHei";padding:2px 8px}
.main h1{font-size:30px;line-height:1.4;margin:12px 0}
.author{font:16px "Kaiti SC","KaiTi";margin:0 0 6px}
.meta{font:13px "Microsoft YaHei";color:#888;border-bottom:1px solid #eee;padding-bottom:10px;margin-bottom:10px}
.main p{font-size:18px;line-height:2}
.sm{font:13px "Microsoft YaHei";color:#999;background:#f7f7f7;padding:8px 12px}
.side{width:280px;font-family:"Microsoft YaHei"}
.side h4{border-bottom:1px solid #9e1b20;color:#9e1b20;padding-bottom:4px}
.side li{font-size:14px;margin-bottom:8px}
.foot{border-top:1px solid #ddd;margin-top:40px;padding:20px 0;text-align:center;font:12px/2 "Microsoft YaHei";color:#888}
"""


def render(P, body):
    return f"""
<div class="strip"><div class="box">{links(["湘声网首页", "新闻", "评论", "政务", "文旅", "视听", "湖南日报数字报"], sep="")}</div></div>
<div class="box">
<div class="chhd"><span class="nm">评论</span><nav>{links(["湘声时评", "三湘论坛", "网友来论", "漫画"], sep="")}</nav></div>
<div class="cols">
<div class="main">
<span class="lbl">湘声时评</span>
<h1>{P['title']}</h1>
<p class="author">文/欧阳晓</p>
<div class="meta">来源：湘声网　时间：{P['publish_time']}　编辑：彭媛</div>
{body}
<div class="sm">声明：本文仅代表作者观点，不代表湘声网立场。</div>
</div>
<div class="side">
<h4>往期时评</h4><ul>{lis(["景区“限流”更要“限时”", "让老年人用得上、用得好智能服务", "乡村振兴要留住“人气”", "“网红”县城更需练好内功"])}</ul>
<h4>我要投稿</h4><p style="font-size:14px">投稿邮箱：pinglun@example.cn<br>来稿请注明真实姓名、单位和联系方式。</p>
</div>
</div>
<div class="foot">湘声网 版权所有　互联网新闻信息服务许可证：43120170003　湘ICP备12005711号<br>地址：长沙市开福区芙蓉中路一段442号　违法和不良信息举报电话：0731-84329107</div>
</div>
"""
