from lib import *

ID = "xh-16"
KIND = "media"
LANG = "zh"
FEATURES = ("provincial news site (南海网, 海南) 2021 layout; headline ending in a quotation (colon + “…”); info bar "
            "with spaced name 符  倩 (author) and 编辑 (not author); '南海网、南海网客户端11月2日消息（记者 符倩）' "
            "in the first paragraph; photo caption with photographer credit (not author); quoted residents; "
            "推荐阅读 and app QR")
HEAD_TITLE = "海口老城区改造居民点赞：“住得舒心，留得住乡愁”_海南新闻_南海网"
TITLE_LINES = ["海口老城区改造居民点赞：“住得舒心，留得住乡愁”"]
AUTHORS = ["符倩"]
TIME = "2024-11-02 10:18"

CSS = """
body{margin:0;font:16px/1.8 "Microsoft YaHei";color:#222;background:#fff}
.hn-nav{background:#0a5aa3;color:#fff;padding:0 calc(50% - 600px);display:flex;height:56px;align-items:center}
.hn-nav b{font-size:26px;margin-right:40px}.hn-nav a{color:#fff;margin-right:22px}
.hn-wrap{width:1200px;margin:0 auto;display:flex;gap:36px;padding-top:20px}
.hn-art{flex:1}
.hn-art .pos{font-size:13px;color:#888}
.hn-art h1{font-size:30px;line-height:1.45;margin:18px 0}
.hn-art .info{display:flex;gap:18px;font-size:14px;color:#888;border-bottom:1px solid #eee;padding-bottom:10px}
.hn-art .txt p{margin:16px 0;text-indent:2em}
.hn-art .txt .pic{text-align:center}.hn-art .txt .pic-cap{text-align:center;font-size:14px;color:#555;text-indent:0}
.hn-art .edt{font-size:13px;color:#999}
.hn-side{width:300px}
.hn-side h4{border-left:4px solid #0a5aa3;padding-left:8px}
.hn-foot{background:#222;color:#aaa;font-size:12px;text-align:center;padding:20px;margin-top:30px}
"""

BODY = [
    P("南海网、南海网客户端11月2日消息（记者 符倩）青石板路重新铺过，骑楼外立面修旧如旧，家门口多了口袋公园和社区食堂……11月1日，记者走进海口市美兰区博爱街道的几条老街巷，看到城市更新给老城区带来的新变化。"),
    P("今年以来，海口在骑楼老街周边启动老旧街区改造提升工程，涉及9条街巷、32栋老旧住宅楼，改造内容包括雨污分流、线缆“上改下”、外立面修缮和公共空间提升等。"),
    IMG("改造后的老街巷", "改造后的博爱街道老街巷干净整洁。南海网记者 陈大伟 摄"),
    P("“以前一下雨巷子里就积水，电线像蜘蛛网一样乱。现在路平了，灯亮了，晚上出来散步都安心。”在这里住了40多年的居民吴阿婆说。"),
    P("改造过程中，海口坚持“微改造、精提升”，对有历史价值的老门楼、老水井等进行原样保护，并邀请居民参与方案讨论。“我们开了十几次‘街坊议事会’，哪棵树要留、哪面墙要保，大家说了算。”博爱街道相关负责人介绍。"),
    P("老街换新颜，也带来了新人气。不少年轻人在老宅里开起了咖啡馆、文创店，周末游客络绎不绝。居民陈先生感慨：“住得舒心，留得住乡愁，这样的改造我们点赞！”"),
    P("据悉，海口计划到2025年底完成中心城区58个老旧小区和街区改造，惠及居民约2.3万户。"),
]


def page():
    return f"""<body>
<div class="hn-nav"><b>{gif("南海网")}南海网</b><a href="#">首页</a><a href="#">海南新闻</a><a href="#">自贸港</a><a href="#">旅游</a><a href="#">视频</a><a href="#">问政</a><a href="#">English</a></div>
<div class="hn-wrap">
<div class="hn-art">
<div class="pos">当前位置：<a href="#">南海网</a> &gt; <a href="#">海南新闻</a> &gt; <a href="#">海口</a></div>
<h1>{TITLE_LINES[0]}</h1>
<div class="info"><span>南海网</span><span>{TIME}</span><span>作者：符&nbsp;&nbsp;倩</span><span>编辑：王小雨</span></div>
<div class="txt">
{render(BODY)}
</div>
<p class="edt">【责任编辑：王小雨】</p>
<p>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></p>
</div>
<div class="hn-side"><h4>推荐阅读</h4><ul>{ali(["海口骑楼老街入选国家级旅游休闲街区", "海南自贸港封关运作准备工作扎实推进", "“候鸟”老人扎堆海口过冬 社区服务跟上", "三亚至海口城际列车加密开行"])}</ul>
<h4>南海网客户端</h4><p>{gif("南海网客户端下载二维码")}</p><p>扫码下载南海网客户端</p></div>
</div>
<div class="hn-foot">南海网版权所有 未经授权禁止转载或镜像　琼ICP备05001421号　琼公网安备 46010802000143号<br>互联网新闻信息服务许可证：46120170001　举报电话：0898-66810807</div>
</body>"""
