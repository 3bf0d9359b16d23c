from lib import links, lis, GIF

PAGE = dict(
    id="wi-15", kind="media", lang="zh",
    region="广西 柳州", site="融水苗族自治县融媒体中心网站",
    title="融水安太乡举办苗年芦笙踩堂活动 万余群众共庆丰收",
    authors=["贾美玲", "梁锦"],
    publish_time="2025-11-20 17:08:12",
    head_title="融水安太乡举办苗年芦笙踩堂活动 万余群众共庆丰收-融水融媒",
    features="县级融媒体中心网站：信息栏“发布时间/来源/作者/责任编辑”一行（作者两名用空格隔开，责任编辑非作者）；两张图（alt+图说）；"
             "正文中引语；右栏热点排行（带序号）和“扫码关注融水融媒”；上一篇/下一篇；页脚含互联网新闻信息服务许可与举报电话。",
)

BLOCKS = [
    ("p", "11月19日，融水苗族自治县安太乡2025年苗年芦笙踩堂活动在元宝村芦笙坪举行。来自周边村寨的42支芦笙队和上万名群众身着盛装，吹笙踩堂，共庆丰收。"),
    ("img", "芦笙踩堂现场", "芦笙踩堂活动现场。"),
    ("p", "上午10时许，随着三声铁炮响起，活动正式开始。身着节日盛装的苗族姑娘们围成圆圈，随着芦笙的节奏踩起欢快的舞步，银饰叮当作响，场面热闹非凡。"),
    ("p", "“苗年是我们苗族最隆重的节日，每年这个时候，在外打工的年轻人都会回来过节。”元宝村村民梁秀英一边给游客介绍苗族服饰，一边说，今年村里还专门组织了十几名年轻人学吹芦笙，“老手艺不能在我们这一代断了”。"),
    ("p", "活动期间，当地还举办了斗马、百家宴、苗族服饰展示、农特产品展销等系列活动。现场展销的糯米酒、香猪腊肉、紫黑香糯等特色农产品受到游客青睐，不少摊位上午就已售罄。"),
    ("img", "游客品尝百家宴", "游客在百家宴上品尝苗家美食。"),
    ("p", "据了解，近年来，安太乡依托元宝山旅游资源和浓郁的苗族文化，大力发展民族文化旅游，先后打造了元宝村、培秀村等一批民族特色村寨。今年1至10月，全乡共接待游客38.6万人次，实现旅游收入2.1亿元。"),
    ("p", "安太乡相关负责人表示，将以苗年活动为契机，进一步挖掘民族文化内涵，推动文旅融合发展，让更多群众吃上“旅游饭”。"),
]

FMT = {
    "p": '<p style="text-indent:2em;margin-bottom:18px">{t}</p>',
    "img": '<p style="text-align:center"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="680" height="450"></p>',
    "cap": '<p style="text-align:center;font-family:楷体;color:#555">{t}</p>',
}

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#f6f2ea;color:#2b2b2b}
.topnav{background:#8b1a1a}
.w{width:1200px;margin:0 auto}
.topnav a{color:#fff;display:inline-block;padding:0 20px;line-height:50px;font-size:16px}
.brand{height:110px;background:#fff}
.brand .s{float:right;margin-top:40px}
.pos{margin:16px auto;font-size:13px;color:#8a7b6a}
.lcol{float:left;width:850px;background:#fff;padding:30px 40px;box-sizing:border-box}
.rcol{float:right;width:330px}
.lcol h1{font-size:26px;line-height:1.45;margin:0 0 12px}
.info{font-size:13px;color:#8a7b6a;padding-bottom:12px;border-bottom:1px solid #eadfce;margin-bottom:20px}
.info i{font-style:normal;margin-right:14px}
.nr{font-size:17px;line-height:1.95}
.shr{font-size:13px;color:#888;margin-top:10px}
.sx{margin-top:20px;border-top:1px solid #eadfce;padding-top:10px;font-size:14px}
.panel{background:#fff;padding:14px 18px;margin-bottom:16px}
.panel h4{margin:0 0 10px;color:#8b1a1a;font-size:16px}
.panel ol{margin:0;padding-left:20px;font-size:14px;line-height:2}
.qr{text-align:center;font-size:13px}
.clear{clear:both}
.bottom{background:#3a2a1e;color:#bfae9a;font-size:12px;text-align:center;line-height:2;padding:20px;margin-top:30px}
"""


def render(P, body):
    return f"""
<div class="topnav"><div class="w">{links(["首页", "时政", "民生", "乡镇", "视频", "图片", "专题", "苗乡文旅"], sep="")}</div></div>
<div class="brand"><div class="w"><img src="{GIF}" alt="融水融媒" width="300" height="70" style="margin-top:20px"><span class="s"><input placeholder="搜索新闻"> <button>搜索</button></span></div></div>
<div class="w pos">当前位置：首页 &gt; 乡镇</div>
<div class="w">
<div class="lcol">
<h1>{P['title']}</h1>
<div class="info"><i>发布时间：{P['publish_time']}</i>
<i>来源：融水融媒</i>
<i>作者：贾美玲 梁锦</i>
<i>责任编辑：吴小燕</i></div>
<div class="nr">
{body}
</div>
<div class="shr">分享到：微信　朋友圈　微博　QQ</div>
<div class="sx">
<p>上一篇：<a href="#">融水：紫黑香糯喜获丰收 亩产值超4000元</a></p>
<p>下一篇：<a href="#">县人民医院开展冬季义诊进村寨活动</a></p>
</div>
</div>
<div class="rcol">
<div class="panel"><h4>热点排行</h4><ol>{lis(["融水今冬首场雾凇现身元宝山", "县委常委会召开会议 研究部署冬春农田水利建设", "融水至柳州城际公交12月1日起开通", "香粉乡：杉木精深加工项目投产", "融水苗族自治县2025年苗年活动安排出炉"])}</ol></div>
<div class="panel qr"><img src="{GIF}" alt="" width="120" height="120"><br>扫码关注“融水融媒”</div>
</div>
<div class="clear"></div>
</div>
<div class="bottom">
融水苗族自治县融媒体中心 主办　地址：融水镇寿星路1号　新闻热线：0772-5126070　违法和不良信息举报电话：0772-5126071<br>
桂ICP备19003417号-1　桂公网安备 45022502000023号　本网站所刊登的各种新闻、信息和各种专题专栏资料，未经协议授权，禁止下载使用。
</div>
"""
