from lib import *

META = dict(
    id="xu-29", kind="self-media", lang="zh",
    title="在西宁待了一个秋天，这几样小吃我愿意天天吃",
    authors=["高原慢生活"],
    publish_time="2025-09-09 21:06",
)
FEATURES = ("搜狐号 article (2022 layout): left author panel with counts, title, date + 发布于 省份 line, 阅读 count, "
            "numbered food sub-headings with photo alt texts, a tip in bold, 返回搜狐，查看更多 link and 责任编辑 "
            "after the text, 平台声明 paragraph, 推荐阅读; only the account is named.")

BODY = [
    P("来西宁之前，朋友跟我说这里夏天凉快，没想到秋天更舒服。白天二十度出头，晚上凉风一吹，正适合找点热乎的吃。住了一个多月，把大街小巷的小吃吃了个遍，挑几样最喜欢的跟大家分享。"),
    H("1. 酿皮"),
    IMG("西宁酿皮"),
    P("西宁人的早餐和下午茶都少不了酿皮。面筋切块，淋上醋、蒜水、辣油和芥末，酸辣爽口。老城区很多小店一碗只要七八块钱，配一块面筋，一口下去特别过瘾。"),
    H("2. 手抓羊肉"),
    P("青海的羊肉没有膻味，清水煮熟，蘸点椒盐就很好吃。推荐去莫家街附近的老店，肥瘦相间的肋条最香，配一碗羊肉汤，再冷的天也能吃出一身汗。"),
    H("3. 甜醅"),
    P("用青稞发酵做成的甜醅，酒香淡淡、口感微甜，夏天吃冰的，秋天店里也有常温的。很多老人说甜醅能开胃，吃完手抓再来一碗刚好解腻。"),
    H("4. 炕锅羊肉"),
    P("炕锅是把羊肉、土豆、洋葱、青椒放在铁锅里焙熟，边上垫着的土豆片吸满了肉汁，比肉还抢手。几个朋友一起吃最合适。"),
    P("**小贴士：**西宁的很多老店下午三四点就开始排队，想吃的话尽量错开饭点。另外高原上不要一次吃太多太油的东西，慢慢吃，多喝水。"),
    P("你还吃过哪些青海美食？欢迎留言推荐，下次去一定打卡。"),
]

CSS = """
body{margin:0;background:#f5f6f7;font:16px/1.85 "PingFang SC","Hiragino Sans GB","Microsoft YaHei";color:#191919}
.sh-head{background:#fff;padding:12px 60px;border-bottom:1px solid #e6e6e6;font-size:14px}
.sh-head strong{color:#ffc81f;font-size:22px;margin-right:30px}
.sh-head a{margin-right:16px;color:#191919}
.sh-area{width:1080px;margin:20px auto;display:flex;gap:20px}
.sh-user{width:200px;background:#fff;padding:16px;text-align:center;font-size:13px;color:#666;align-self:flex-start}
.sh-user .un{font-size:17px;color:#191919;font-weight:bold}
.sh-user table{width:100%;margin-top:8px}
.sh-text{flex:1;background:#fff;padding:30px 46px}
.sh-text h1{font-size:28px;margin:0 0 10px;line-height:1.4}
.sh-time{font-size:13px;color:#999;margin-bottom:24px}
.sh-art p{margin:0 0 20px}
.sh-art h3{font-size:18px;margin:26px 0 10px}
.sh-art .pic{text-align:center}
.sh-back{color:#1c6ab4;font-size:15px}
.sh-edit{font-size:14px;color:#999}
.sh-stmt{font-size:12px;color:#999;border-top:1px solid #eee;padding-top:10px}
.sh-rec{background:#fff;width:1080px;margin:0 auto 30px;padding:16px 30px;box-sizing:border-box}
.sh-rec div{font-size:15px;padding:6px 0}
"""


def html():
    body = render(BODY, img='<p class="pic"><img alt="{alt}"{src}></p>')
    t = META["title"]
    return doc(t + "_酿皮_羊肉_西宁", CSS, f"""
<div class="sh-head"><strong>搜狐</strong><a href="#">首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">房产</a><a href="#">旅游</a><a href="#">美食</a><a href="#">更多</a></div>
<div class="sh-area">
 <div class="sh-user"><img alt="" src="{GIF}"><p class="un">高原慢生活</p><p>在青海，过慢一点的日子</p>
  <table><tr><td>文章<br>1532</td><td>总阅读<br>286万</td></tr></table><a href="#">查看TA的文章&gt;</a></div>
 <div class="sh-text">
  <h1>{e(t)}</h1>
  <div class="sh-time">2025-09-09 21:06　发布于：青海省　阅读 (1.2万)</div>
  <div class="sh-art">
{body}
  </div>
  <p class="sh-back"><a href="#">返回搜狐，查看更多</a></p>
  <p class="sh-edit">责任编辑：</p>
  <p class="sh-stmt">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
 </div>
</div>
<div class="sh-rec"><b>推荐阅读</b>
 <div><a href="#">青海湖环湖骑行，第一次去要注意这几点</a></div>
 <div><a href="#">塔尔寺的秋天，比想象中还要美</a></div>
 <div><a href="#">茶卡盐湖淡季去值不值？说说我的真实感受</a></div>
</div>
""")
