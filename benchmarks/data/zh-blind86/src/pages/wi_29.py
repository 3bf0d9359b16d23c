from lib import links, lis, GIF

PAGE = dict(
    id="wi-29", kind="self-media", lang="zh",
    region="江苏 常州", site="网易号“江南食堂志”（网易新闻文章页）",
    title="天目湖边的砂锅鱼头，为什么冬天最好吃？",
    authors=["韩晓"],
    publish_time="2025-11-18 07:45:12",
    head_title="天目湖边的砂锅鱼头，为什么冬天最好吃？|鱼头|天目湖_网易订阅",
    features="网易号文章页：信息栏“2025-11-18 07:45:12　来源: 江南食堂志”后换行 IP 属地“江苏”，再“举报”；"
             "正文首行“作者 | 韩晓　图 | 江南食堂志”（作者是韩晓，账号不是；该行非正文）；三个小标题、图片 alt；"
             "文末中英双语“特别声明/Notice”、相关推荐、热点排行、“打开网易新闻 查看精彩图片”。",
)

BLOCKS = [
    ("x", "作者 | 韩晓　图 | 江南食堂志"),
    ("p", "入冬以后，溧阳人的餐桌上总少不了一锅砂锅鱼头。"),
    ("p", "汤色奶白，鱼肉细嫩，喝一口下去，从喉咙暖到胃里。对很多溧阳人来说，这口鲜味是冬天最踏实的慰藉。"),
    ("img", "砂锅鱼头", None),
    ("h", "一条好鱼，是一锅好汤的开始"),
    ("p", "砂锅鱼头讲究用天目湖的鳙鱼，当地人叫“胖头鱼”。湖水清、水温低，鱼长得慢，肉质紧实，没有土腥味。冬天湖水更冷，鱼为了过冬储存了更多脂肪，鱼头格外肥美——这也是“冬天最好吃”的原因。"),
    ("p", "一位在湖边做了二十多年鱼头的师傅告诉我，挑鱼头要看“三样”：鱼鳃鲜红、鱼眼饱满、鱼皮有光泽。“鱼头要三斤以上的才够味，太小了熬不出胶质。”"),
    ("p", "据说，砂锅鱼头的做法始于上世纪七十年代，最初只是湖边渔家的家常菜。后来，当地厨师对做法不断改良，砂锅鱼头名气越来越大，逐渐成为溧阳乃至常州的一张美食名片。如今在天目湖周边，以鱼头为招牌的饭店有上百家。"),
    ("h", "火候，是最难学的手艺"),
    ("p", "做法看上去并不复杂：鱼头对半劈开，用猪油煎至两面金黄，冲入滚水，放姜片、葱结，转入砂锅用大火猛炖。"),
    ("p", "但真正的关键在火候。大火让汤翻滚，鱼头里的胶质和脂肪才能充分乳化，汤色才会变得奶白；之后转小火慢炖一个多小时，让鲜味一点点渗出来。整个过程不加一滴水，也不放味精。"),
    ("p", "出锅前撒一把葱花，再配上几块嫩豆腐、一把冬笋片，一锅汤就完成了。"),
    ("p", "值得一提的是，鱼头汤里的豆腐也大有讲究。当地人多选用本地的卤水嫩豆腐，豆腐在鱼汤中久煮之后，吸饱了鲜味，入口滑嫩，不少人觉得比鱼肉还好吃。"),
    ("img", "奶白的鱼汤", None),
    ("h", "吃鱼头，也有讲究"),
    ("p", "老溧阳人吃鱼头，第一口一定是喝汤。然后吃鱼脸上的那块“蒜瓣肉”，最嫩；再吃鱼唇、鱼眼周围的胶质，糯糯的，入口即化。最后剩下的汤，泡一碗米饭，是很多人心中的“灵魂吃法”。"),
    ("p", "如果你这个冬天去天目湖，不妨找一家湖边的小馆子，点一锅砂锅鱼头，看看湖、喝碗汤，感受一下江南冬天的温度。"),
]

FMT = {
    "p": "<p>{t}</p>",
    "h": "<p><strong>{t}</strong></p>",
    "img": '<p class="f_center"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="600" height="400"></p>',
    "x": '<p style="color:#888">{t}</p>',
}

CSS = """
body{margin:0;background:#fff;font-family:"Microsoft YaHei",Arial;color:#404040}
.N-nav{background:#f8f8f8;border-bottom:1px solid #ddd;height:40px;line-height:40px;font-size:13px;padding:0 40px}
.N-nav a{margin-right:16px;color:#252525}
.post_area{width:1200px;margin:0 auto;display:flex;gap:40px;padding-top:20px}
.post_main{width:780px}
.post_title{font-size:30px;line-height:1.4;color:#252525;margin:0 0 14px}
.post_info{font-size:14px;color:#888;margin-bottom:20px}
.post_info a{color:#888}
.post_body p{font-size:18px;line-height:1.9;margin:0 0 24px;text-indent:0}
.post_body strong{color:#c4282f}
.f_center{text-align:center}
.post_statement{font-size:13px;color:#999;background:#f7f7f7;padding:12px 16px;margin-top:30px;line-height:1.7}
.openapp{display:block;text-align:center;margin:20px auto;background:#e40b0b;color:#fff;width:260px;border-radius:20px;padding:8px}
.post_side{width:360px}
.post_side h3{font-size:18px;border-bottom:2px solid #e40b0b;padding-bottom:6px}
.post_side li{list-style:none;font-size:14px;line-height:2.2}.post_side ul{padding:0}
"""


def render(P, body):
    return f"""
<div class="N-nav">{links(["网易首页", "新闻", "体育", "娱乐", "财经", "汽车", "科技", "房产", "旅游", "教育"], sep="")}<span style="float:right">登录　注册免费邮箱</span></div>
<div class="post_area">
<div class="post_main">
<h1 class="post_title">{P['title']}</h1>
<div class="post_info">{P['publish_time']}　来源: <a href="#">江南食堂志</a><br>江苏<br><a href="#">举报</a></div>
<div class="post_body">
{body}
</div>
<div class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。<br>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</div>
<a class="openapp" href="#">打开网易新闻 查看精彩图片</a>
</div>
<div class="post_side">
<h3>相关推荐</h3><ul>{lis(["常州人冬天必吃的五道菜，你吃过几样？", "阳澄湖大闸蟹季尾，现在还值得买吗", "江南冬日限定：腌笃鲜的正确打开方式"])}</ul>
<h3>热点排行</h3><ul>{lis(["1 寒潮南下 江苏多地气温将创新低", "2 南京地铁新线开通时间公布", "3 苏州博物馆西馆推出冬季夜场"])}</ul>
</div>
</div>
"""
