from blocks import *
from furniture import *

ID, KIND, LANG = "xn-29", "self-media", "zh"
SITE = "澎湃号·湃客（澎湃新闻自媒体页）"
DOC_TITLE = "汕头小公园：骑楼下的百年烟火"
TITLE = "汕头小公园：骑楼下的百年烟火"
AUTHORS = ["郑晓光"]
PUBLISH_TIME = "2022-09-11 10:30"
FEATURES = ("澎湃号·湃客: the account is a person (郑晓光) shown above the time, 来源：澎湃新闻·澎湃号·湃客 (not an "
            "author); 字号 control; old-photo captions (图源：作者拍摄); paragraphs in <p>s with &nbsp; indents "
            "that raw/ strips; closing 本文为澎湃号作者或机构在澎湃新闻上传并发布… notice not body.")

CSS = """
body{margin:0;font:18px/1.9 "PingFang SC",sans-serif;color:#000}
.hd{display:flex;gap:20px;padding:10px 8vw;border-bottom:1px solid #eee;font-size:15px}
.news_txt_box{max-width:760px;margin:20px auto}
.news_title{font-size:30px;line-height:1.4;font-weight:bold}
.news_about{font-size:14px;color:#999}
.news_about p{margin:2px 0}
.news_txt p{margin:0 0 24px}
.caption{font-size:14px;color:#999;text-align:center}
.news_editor{font-size:13px;color:#999;border-top:1px solid #eee}
"""

N = "&nbsp;" * 4
BODY = [
    P("在汕头老城区，人们习惯把以“小公园亭”为中心的那片街区叫作“小公园”。上世纪三十年代，这里商铺林立、车水马龙，是粤东最繁华的商业中心。", indent=N),
    P("我第一次去小公园，是在一个夏天的傍晚。夕阳照在骑楼斑驳的墙面上，老人在廊下摇着蒲扇喝工夫茶，孩子们追逐着跑过安平路，空气里飘着牛肉丸和粿条汤的香味。", indent=N),
    IMG("安平路骑楼", "安平路的骑楼建筑。图源：作者拍摄"),
    P("这些骑楼大多建于1920至1940年代，融合了岭南传统建筑与西洋装饰风格。当年，许多从南洋归来的潮汕华侨在这里投资建房、开设商号，把“下南洋”的记忆刻在了一砖一瓦之中。", indent=N),
    P("经过多年的保护修缮，如今的小公园重新热闹起来。老字号“老妈宫粽球”门前排起长队，新开的文创店、咖啡馆藏进了老房子里，潮剧、英歌舞表演不时在街头上演。", indent=N),
    IMG("小公园亭", "修缮后的小公园亭。图源：作者拍摄"),
    P("一位在这里住了六十多年的阿伯告诉我：“以前觉得这里破破旧旧，现在年轻人都来拍照，老街又有人气了。”", indent=N),
    P("我想，一座城市的记忆，就藏在这样的街巷里。只要还有人来，还有烟火，老街就不会老去。", indent=N),
]


def page(body):
    return f"""<body>
<div class="hd"><img alt="澎湃新闻"><a href="#">要闻</a><a href="#">深度</a><a href="#">视频</a><a href="#">澎湃号</a><a href="#">湃客</a><a href="#">下载客户端</a>{search("搜索")}</div>
<div class="news_txt_box">
<div class="news_title">{TITLE}</div>
<div class="news_about"><p>郑晓光</p><p><span>{PUBLISH_TIME}</span>　来源：澎湃新闻·澎湃号·湃客</p><p>字号 <a href="#">A+</a> <a href="#">A-</a></p></div>
<div class="news_txt">
{body}
</div>
<p class="news_editor">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</p>
<p><a href="#">举报</a></p>
{related("相关推荐", ["潮州古城：一座活着的古城", "揭阳榕城：老城里的潮汕味道"], dates=False)}
</div>
</body>"""
