# 网易号 article — 来源 is the account, numbered list items, platform statement
from kit import *

CSS = """
body{margin:0;font:16px/1.8 "Microsoft YaHei",sans-serif;color:#404040}
a{color:#404040;text-decoration:none}
.ne-top{background:#f6f6f6;border-bottom:1px solid #ddd;height:36px;line-height:36px;font-size:12px;padding:0 20px}
.ne-top a{margin-right:12px}
.ne-head{width:1200px;margin:0 auto;height:70px;display:flex;align-items:center;justify-content:space-between}
.ne-head .logo{font-size:26px;color:#d0021b;font-weight:bold}
.wrap{width:1200px;margin:0 auto;display:flex;gap:40px}
.post{flex:1}
.crumb{font-size:13px;color:#888}
.title-box h1{font-size:30px;line-height:1.4;color:#252525;margin:14px 0 10px}
.post_info{font-size:14px;color:#888;margin-bottom:24px}
.post_info a{color:#888}
.article-content p{margin:0 0 24px;text-indent:2em}
.article-content p.pic{text-indent:0;text-align:center}
.statement{background:#f7f7f7;font-size:12px;color:#888;padding:10px 14px}
.side{width:300px}
.side .acct{border:1px solid #eee;padding:14px}
.side h4{border-left:3px solid #d0021b;padding-left:8px}
.ne-foot{border-top:1px solid #ddd;margin-top:30px;text-align:center;font-size:12px;color:#888;padding:20px}
"""

HL = Headline("兰州牛肉面的“一清二白三红四绿五黄”，到底指什么？")

BODY = Body([
    P("来兰州不吃一碗牛肉面，等于白来。可很多外地游客走进面馆，听到老兰州人念叨“一清二白三红四绿五黄”，往往一头雾水。今天就给大家细细说道说道。"),
    IMG("一碗兰州牛肉面"),
    L(["一清，说的是汤。好的牛肉面汤要用牛骨、牛肉加多种香料熬上好几个小时，撇去浮沫后清亮见底，喝一口鲜香醇厚。",
       "二白，说的是萝卜。白萝卜切成薄片在汤里煮透，清甜爽口，还能解腻。",
       "三红，说的是辣椒油。油泼辣子要红亮不焦，香而不燥，浮在汤面上，看着就有食欲。",
       "四绿，说的是香菜和蒜苗。翠绿的香菜末、蒜苗末撒在面上，颜色好看，香味也一下子出来了。",
       "五黄，说的是面条。拉面师傅在和面时加入蓬灰水，面条柔韧筋道，颜色微微发黄。"], tag="p"),
    P("除了“一清二白三红四绿五黄”，面条的粗细也有讲究。毛细、细的、二细、三细、韭叶、宽的、大宽……光是面型就有十来种，点面时报上自己想要的，师傅几秒钟就能拉好下锅。"),
    P("老兰州人吃面讲究“早”，很多人早上七点就坐进了面馆。加个蛋、加份肉，再配一碟凉菜，这一天才算正式开始。你最喜欢哪种面型？欢迎留言分享。"),
], mode="p")

PAGE = dict(
    id="xz-27", kind="self-media", lang="zh", region="甘肃", site="网易号",
    features="网易号；标题含引号、数字词和问号；“2024-10-18 20:31:45　来源: 陇上味道”里的来源就是账号（无具名作者，作者为账号名）；"
             "五条列表每条一段；“特别声明”和举报、相关推荐不是正文；面包屑“网易首页 > 网易号 > 正文”",
    title_tag="兰州牛肉面的“一清二白三红四绿五黄”，到底指什么？|兰州|牛肉面_网易订阅",
    css=CSS,
    meta={"keywords": "兰州,牛肉面,一清二白三红四绿五黄"},
    authors=["陇上味道"],
    publish_time="2024-10-18 20:31:45",
    parts=[
        '<div class="ne-top"><a href="#">网易首页</a><a href="#">应用</a><a href="#">网易新闻</a><a href="#">网易公开课</a><a href="#">网易严选</a><a href="#">登录</a><a href="#">注册免费邮箱</a></div>',
        '<div class="ne-head"><span class="logo">网易号</span>' + search("搜索") + '<a href="#">申请入驻</a></div>',
        '<div class="wrap"><div class="post">',
        crumbs(["网易首页", "网易号", "正文"], label="", sep=" &gt; "),
        HL,
        '<div class="post_info">2024-10-18 20:31:45　来源: <a href="#">陇上味道</a>　<a href="#">举报</a></div>',
        BODY,
        '<div class="statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>',
        '<p>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>',
        "</div>",
        '<div class="side"><div class="acct">' + img("陇上味道") + '<b>陇上味道</b><p>专注甘肃美食与风物</p><a href="#">+ 关注</a></div>'
        '<h4>相关推荐</h4>' + ul(["兰州人一天的早餐，从一碗牛肉面开始", "甘肃的这5种面食，你吃过几种", "天水呱呱到底是什么"]) + "</div>",
        "</div>",
        '<div class="ne-foot"><a href="#">About NetEase</a> | <a href="#">公司简介</a> | <a href="#">联系方法</a> | <a href="#">招聘信息</a><br>网易公司版权所有 ©1997-2024</div>',
    ],
)
