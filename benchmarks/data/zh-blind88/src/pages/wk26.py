"""wk-26: 百家号 article: account header, 发布时间 + region, 文/ byline line naming a person, photo captions."""
from lib import *

PAGE = dict(id="wk-26", kind="self-media", lang="zh",
            title="在右玉，一位护林员和他的三十年",
            authors=["高建军"], publish_time="2025-11-11 08:15")

BLOCKS = [
    BY("文/高建军", f=lambda t, b: f'<p class="by">{t}</p>'),
    P("早上七点，右玉县的气温已经降到零下十度。61岁的护林员刘福田裹紧棉大衣，背上干粮和水壶，沿着熟悉的山路往林子里走。这条路，他走了整整三十年。"),
    P("1995年，刘福田从村里的民兵连长转为护林员，负责看护老虎坪一带两千多亩林地。那时候，山上的树还没长起来，一刮风就是漫天黄沙。“种下去的树苗，头一年冬天能活一半就算好的。”他回忆说。"),
    IMG("", "刘福田在林区巡护"),
    P("三十年里，他和村民们年年补植，小树苗慢慢连成了片。如今，老虎坪的樟子松、油松已经长到碗口粗，林子里能见到狍子、野兔和山鸡。刘福田的巡护记录本攒了整整一箱子，每一本都记着当天的天气、巡护路线和发现的问题。"),
    P("冬季是防火的关键期，也是他最忙的时候。每天，他要在林子里走二十多公里，查看有没有火种，劝离进山的游客。遇到大雪封山，他就在林子边的看护房里住下。老伴心疼他，他却总说：“林子就跟自己的娃一样，离不开。”"),
    P("护林的日子清苦，也有惊险。2009年春天，山下有人烧荒引燃了林边的枯草，刘福田发现后一边打电话报警，一边拿着树枝往火线上扑。等扑救队伍赶到时，他的棉袄烧出了好几个窟窿，眉毛也燎没了。那一次，火势被控制在了二十多亩的范围内。“那会儿啥也顾不上想，就想着不能让火烧进林子。”"),
    IMG("", "如今的老虎坪林木葱郁"),
    P("右玉县的森林覆盖率，从新中国成立之初的不足0.3%，提高到了现在的57%左右。这背后，是一代代右玉人接力植树、看树的坚持。刘福田说，等明年干不动了，儿子会接过他的班，“树是一辈一辈栽的，林子也得一辈一辈守。”"),
]

CSS = """
body{margin:0;background:#fff;font-family:Arial,"PingFang SC","Microsoft YaHei";color:#333}
.bjh-top{height:50px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 30px;gap:20px;font-size:13px}
.bjh-top .home{color:#333}.bjh-top .r{margin-left:auto}.bjh-top .r a{color:#333;margin-left:14px}
.bjh-wrap{width:1100px;margin:0 auto;display:flex;gap:40px;padding-top:30px}
.bjh-main{flex:1}
.bjh-main h1{font-size:28px;line-height:1.45;margin:0 0 20px;font-weight:600}
.acc{display:flex;align-items:center;gap:12px;margin-bottom:26px}
.acc .av{width:40px;height:40px;border-radius:50%;background:#dde}
.acc .nm{font-size:15px;color:#333}.acc .tm{font-size:13px;color:#999}.acc .tm span{margin-right:8px}
.acc .v{font-size:12px;color:#999}.acc button{margin-left:auto;background:#4e6ef2;color:#fff;border:0;border-radius:14px;padding:4px 16px}
.bjh-article{font-size:18px;line-height:1.9}.bjh-article p{margin:0 0 22px}
.bjh-article .by{color:#666;font-size:16px}
.bjh-article img{width:100%;height:400px;background:#e5e5e5}.bjh-article .pic-cap{font-size:14px;color:#999;text-align:center}
.rep{font-size:13px;color:#999;margin:20px 0}
.bjh-side{width:300px}.bjh-side h3{font-size:16px}.bjh-side li{list-style:none;font-size:14px;margin-bottom:14px}.bjh-side ul{padding:0}
.bjh-side .it span{display:block;font-size:12px;color:#999}
"""


def render():
    bh, gold = body(BLOCKS, p="p", img_f=lambda b: f'<div>{img(b["alt"])}</div><p class="pic-cap">{b["cap"]}</p>')
    html = f"""
<div class="bjh-top"><a class="home" href="#">百度首页</a><span class="r"><a href="#">登录</a><a href="#">设置</a></span></div>
<div class="bjh-wrap">
<div class="bjh-main">
<h1>{PAGE["title"]}</h1>
<div class="acc"><span class="av"></span><div><div class="nm">朔州城事</div><div class="tm"><span>发布时间：2025-11-11 08:15</span><span>山西</span></div></div><span class="v">朔州地区优质创作者</span><button>+关注</button></div>
<div class="bjh-article">
{bh}
</div>
<div class="rep">举报/反馈</div>
</div>
<div class="bjh-side"><h3>作者最新文章</h3><ul>
<li class="it"><a href="#">朔州老城的羊杂割，一碗暖一冬</a><span>11-09 19:20</span></li>
<li class="it"><a href="#">怀仁陶瓷走进“一带一路”展会</a><span>11-07 08:40</span></li>
<li class="it"><a href="#">应县木塔附近新开了一家书店</a><span>11-03 21:05</span></li></ul>
<h3>相关文章</h3><ul>{links(["右玉精神：从不毛之地到塞上绿洲","山西今冬森林防火进入紧要期"], wrap="li")}</ul></div>
</div>
"""
    return doc(PAGE["title"], CSS, html), gold
