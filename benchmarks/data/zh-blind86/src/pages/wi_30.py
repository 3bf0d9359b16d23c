from lib import links, lis, GIF

PAGE = dict(
    id="wi-30", kind="self-media", lang="zh",
    region="湖南 湘西", site="微博头条文章（账号“湘西文旅君”）",
    title="初冬的凤凰古城，安静得刚刚好",
    authors=["向文娟"],
    publish_time="2025-11-23 10:15",
    head_title="初冬的凤凰古城，安静得刚刚好",
    features="微博头条文章页：顶部微博导航与搜索框；作者区账号名“湘西文旅君”+认证说明，时间“2025-11-23 10:15 发布于 湖南”，阅读数；"
             "正文首行“文｜向文娟　图｜田野”（作者是向文娟，摄影与账号都不是；该行非正文）；三个小标题、带 · 的小贴士列表；"
             "文末“版权声明”、转发/评论/赞计数、评论框占位、页脚“微博 ©2025”。",
)

BLOCKS = [
    ("x", "文｜向文娟　图｜田野"),
    ("p", "十一月下旬，游客少了，凤凰古城慢了下来。"),
    ("p", "清晨七点，沱江上的雾还没散，吊脚楼在水汽里若隐若现。早起的阿婆在江边洗衣，木槌敲在青石板上，声音传得很远。撑船的师傅把船靠在岸边，等着第一批客人。"),
    ("img", "沱江晨雾", None),
    ("p", "这是我第三次来凤凰。前两次都是暑假，古城里人挤人，拍照要排队。这一次，才算真正看清了它的样子。"),
    ("h", "走走沱江边"),
    ("p", "从虹桥往下游走，沿江的步道铺着石板，两侧是挂着红灯笼的老房子。跳岩是必须要走的，一块块方石横在江面上，踩上去有点晃，江水就在脚下流过。"),
    ("p", "如果时间充裕，可以坐一段乌篷船，三十分钟左右，船夫会用湘西话给你讲沈从文、讲翠翠，讲这座城几百年的故事。"),
    ("h", "吃点热乎的"),
    ("p", "初冬的凤凰，最适合吃一碗血粑鸭、一份姜糖。老街上的姜糖铺子现熬现拉，甜里带辣，吃完浑身暖和。晚上找一家江边的小馆子，点一锅酸汤鱼，就着一壶米酒，看对岸灯火一盏盏亮起来。"),
    ("img", "姜糖铺子", None),
    ("h", "小贴士"),
    ("li", [
        "· 淡季古城内客栈价格比旺季低三到五成，可提前在线预订；",
        "· 早晚温差大，建议带一件厚外套；",
        "· 古城内石板路较滑，请穿防滑鞋。",
    ]),
    ("p", "凤凰的美，不需要热闹来证明。在这个初冬，去那里走一走，慢下来，听听沱江的水声吧。"),
]

FMT = {
    "p": "<p>{t}</p>",
    "h": "<h2>{t}</h2>",
    "li_wrap": "<div>{t}</div>",
    "li": "<p>{t}</p>",
    "img": '<figure class="WB_img"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="560" height="373"></figure>',
    "x": '<p class="by">{t}</p>',
}

CSS = """
body{margin:0;background:#f2f2f5;font-family:"PingFang SC","Microsoft YaHei",Arial;color:#333}
.gn_header{background:#fff;height:56px;display:flex;align-items:center;gap:24px;padding:0 60px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.gn_header .logo{color:#e6162d;font-size:22px;font-weight:bold}
.gn_header input{width:260px;border-radius:16px;border:1px solid #ddd;padding:4px 12px}
.gn_header .nv{margin-left:auto;display:flex;gap:22px;font-size:14px}
.WB_artical{width:760px;margin:20px auto;background:#fff;padding:40px 60px}
.main_title{font-size:30px;line-height:1.4;margin:0 0 18px}
.W_author{display:flex;align-items:center;gap:10px;font-size:14px;color:#808080;border-bottom:1px solid #eee;padding-bottom:16px}
.W_author .nm{color:#eb7350;font-weight:bold}
.W_author .v{color:#f90}
.WB_editor_iframe p{font-size:17px;line-height:1.85;margin:18px 0}
.WB_editor_iframe h2{font-size:20px;margin:28px 0 0}
.WB_editor_iframe p.by{color:#999;font-size:15px}
.WB_img{margin:0;text-align:center}
.copyright{font-size:13px;color:#999;margin-top:30px}
.WB_handle{display:flex;justify-content:space-around;border-top:1px solid #eee;margin-top:20px;padding-top:12px;font-size:14px;color:#808080}
.repeat textarea{width:100%;height:60px;margin-top:16px}
.WB_footer{text-align:center;font-size:12px;color:#999;padding:30px}
"""


def render(P, body):
    return f"""
<div class="gn_header"><span class="logo">微博</span><input type="text" placeholder="搜索微博"><div class="nv"><span>首页</span><span>视频</span><span>发现</span><span>游戏</span><span>注册</span><span>登录</span></div></div>
<div class="WB_artical">
<div class="main_title">{P['title']}</div>
<div class="W_author"><img src="{GIF}" alt="" width="40" height="40"><span class="nm">湘西文旅君</span><span class="v">湘西土家族苗族自治州文旅资讯博主</span><span>{P['publish_time']} 发布于 湖南</span><span>阅读 2.3万</span></div>
<div class="WB_editor_iframe">
{body}
</div>
<div class="copyright">版权声明：本文版权归作者所有，未经授权不得转载。</div>
<div class="WB_handle"><span>转发 86</span><span>评论 41</span><span>赞 512</span></div>
<div class="repeat"><textarea placeholder="发布你的评论"></textarea></div>
</div>
<div class="WB_footer">{links(["帮助中心", "合作&amp;服务", "微博认证&amp;企业服务", "举报处理"], sep="　")}<br>微博 ©2025 新浪　京ICP证100780号　互联网新闻信息服务许可证：11220180001</div>
"""
