from lib import links, lis, GIF

PAGE = dict(
    id="wi-28", kind="self-media", lang="zh",
    region="黑龙江 黑河", site="澎湃号·政务“北安公安”（澎湃新闻平台文章页）",
    title="零下20℃雪夜，民警徒步三公里寻回走失老人",
    authors=["郭雪晴"],
    publish_time="2025-11-22 16:30",
    head_title="零下20℃雪夜，民警徒步三公里寻回走失老人_澎湃号·政务_澎湃新闻-The Paper",
    features="澎湃号·政务文章页：面包屑“澎湃号·政务 > 北安公安”；账号名 + 关注、时间、“来源：澎湃新闻·澎湃号·政务”分行；"
             "正文末单独一行“（通讯员 郭雪晴）”（作者为该通讯员，非账号；该行非正文）；“警方提示”小标题；"
             "平台声明、“关注 北安公安”卡片、“+1”“收藏”、推荐阅读。",
)

BLOCKS = [
    ("p", "11月20日晚，北安市气温骤降至零下20摄氏度，城郊派出所接到群众报警：家住某小区的八旬老人张某傍晚外出后一直未归，家人四处寻找无果，心急如焚。"),
    ("p", "接警后，派出所立即启动应急预案，一边调取沿途监控，一边组织警力和社区网格员分组搜寻。监控显示，老人最后出现在城区西侧一条通往农田的乡路上。"),
    ("p", "当时，雪越下越大，道路被积雪覆盖，警车无法通行。民警刘洪涛、辅警孙宇当即决定徒步进入，顶着寒风沿乡路一路呼喊寻找。"),
    ("p", "“雪没过脚踝，走一步滑一步，手电光只能照出去十几米。”刘洪涛回忆说。在徒步搜寻约3公里后，民警在一处废弃看护房旁发现了蜷缩在地的老人。此时，老人意识模糊，手脚已经冻得发僵。"),
    ("img", "民警背老人上车", None),
    ("p", "民警迅速脱下棉大衣裹住老人，轮流将其背到路边等候的车辆上，送往医院救治。经检查，老人身体无大碍。"),
    ("p", "原来，张某患有阿尔茨海默病，当天想去“看看老家的地”，结果迷失了方向。看到老人平安，家属紧紧握住民警的手连声道谢。"),
    ("h", "警方提示"),
    ("p", "冬季天寒路滑，家中有老人特别是患有阿尔茨海默病的老人，家属要加强看护，可为老人佩戴写有联系方式的卡片或定位手环。一旦发现老人走失，请第一时间拨打110报警。"),
    ("x", "（通讯员 郭雪晴）"),
]

FMT = {
    "p": "{t}<br><br>",
    "h": "<strong>{t}</strong><br><br>",
    "img": '<div class="contheight"></div><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="600" height="400"><br><br>',
    "x": '<p style="text-align:right">{t}</p>',
    "join": "",
}

CSS = """
body{margin:0;background:#fff;font-family:"Microsoft YaHei","PingFang SC";color:#000}
.head{height:64px;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;padding:0 50px;gap:30px;font-size:16px}
.head .logo{font-size:24px;font-weight:bold;color:#00a5eb}
.container{width:1100px;margin:0 auto;display:flex;gap:50px;padding-top:20px}
.newscontent{flex:1}
.crumb{font-size:14px;color:#00a5eb;margin-bottom:16px}
.news_title{font-size:30px;font-weight:bold;line-height:1.4;margin-bottom:20px}
.news_about{font-size:14px;color:#666;margin-bottom:26px}
.news_about p{margin:4px 0}
.news_about .nm{font-size:16px;color:#000;font-weight:bold;margin-right:12px}
.news_about .gz{border:1px solid #00a5eb;color:#00a5eb;padding:0 10px;border-radius:12px;font-size:12px}
.news_txt{font-size:17px;line-height:2;text-align:justify}
.contheight{height:6px}
.sm{font-size:13px;color:#999;border-top:1px solid #eee;padding-top:14px;margin-top:30px}
.act{display:flex;gap:20px;margin:20px 0;font-size:14px;color:#666}
.side{width:300px}
.card{border:1px solid #eee;padding:16px;text-align:center;margin-bottom:20px}
.side h4{font-size:16px;border-left:3px solid #00a5eb;padding-left:8px}
.side li{list-style:none;font-size:14px;line-height:1.8;margin-bottom:10px}.side ul{padding:0}
"""


def render(P, body):
    return f"""
<div class="head"><span class="logo">澎湃新闻</span>{links(["要闻", "深度", "直播", "视频", "澎湃号", "问吧"], sep="")}<span style="margin-left:auto">下载客户端 | 登录</span></div>
<div class="container">
<div class="newscontent">
<div class="crumb"><a href="#">澎湃号·政务</a> &gt; <a href="#">北安公安</a></div>
<h1 class="news_title">{P['title']}</h1>
<div class="news_about"><p><span class="nm">北安公安</span><span class="gz">+ 关注</span></p><p>{P['publish_time']}</p><p>来源：澎湃新闻·澎湃号·政务</p><p>字号</p></div>
<div class="news_txt">
{body}
</div>
<div class="sm">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问澎湃新闻网站。</div>
<div class="act"><span>+1 收藏</span><span>我要举报</span><span>查看更多澎湃号评论</span></div>
</div>
<div class="side">
<div class="card"><img src="{GIF}" alt="" width="64" height="64"><p><b>北安公安</b><br>北安市公安局官方澎湃号</p><p>关注</p></div>
<h4>推荐阅读</h4><ul>{lis(["冬季防范电信诈骗，这几点要牢记", "黑河公安：冰雪路面安全驾驶提示", "“雪夜暖心”交警护送送考车辆", "北安：破获一起盗窃农机配件案"])}</ul>
</div>
</div>
"""
