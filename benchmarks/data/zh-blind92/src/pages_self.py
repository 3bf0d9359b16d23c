"""Self-media pages wo-25 … wo-30."""
from kit import *

PAGES = []

# wo-25 头条号 — government account, no person named
PAGES.append(dict(
    id="wo-25", kind="self-media", lang="zh", layout="grid", side_pos="right",
    css="body{margin:0;font:18px/1.8 'PingFang SC'}.hdr{display:flex;justify-content:space-between;height:60px}.grid{display:grid;grid-template-columns:660px 300px;gap:40px;justify-content:center}.title{font-size:28px}.article-meta{color:#999;font-size:14px}",
    head=[links(["首页", "下载头条APP", "登录"], "hdr", "  "), search("搜索站内资讯、视频或用户", "")],
    title="包头市稀土新材料产业园新签约项目9个",
    info='<div class="article-meta"><span>2025-03-14 17:35</span>·<span class="name"><a href="#">包头发布</a></span><span>内蒙古</span><span>政务号</span></div>',
    body=[
        ("p", "3月13日，包头市稀土新材料产业园举行2025年第一批项目集中签约仪式，9个项目现场签约，总投资额达86亿元，涵盖稀土永磁电机、抛光材料、储氢合金等领域。"),
        ("img", "", None),
        ("p", "其中，某永磁电机项目计划投资25亿元，建成后可年产高效永磁电机120万台，主要配套新能源汽车和工业节能改造市场。"),
        ("p", "包头是全国重要的稀土产业基地。近年来，当地围绕稀土产业链延链补链，推动稀土从“原材料”向“新材料”“终端应用”转变。2024年，全市稀土产业产值突破千亿元。"),
        ("p", "产业园相关负责人表示，园区将为签约项目提供“一对一”帮办代办服务，推动项目早开工、早投产。"),
        ("p", "据悉，今年包头市将围绕稀土、硅晶、铝铜等产业链开展精准招商，全年计划引进亿元以上项目200个。"),
        ("x", "来源：包头日报", "src"),
    ],
    tail=[line("举报", "report"), links(["点赞 126", "评论 18", "收藏", "分享"], "actions", " ")],
    side=[ul("包头发布", ["包头公交开通3条定制线路", "包头发布2025年重点民生实事"]), ul("相关推荐", ["稀土价格一周观察", "内蒙古今年将新开工重大项目300个"])],
    foot=[lines(["© 2025 今日头条　京ICP证140141号", "用户协议 隐私政策 侵权投诉"])],
    gold=dict(authors=["包头发布"], publish_time="2025-03-14 17:35"),
))

# wo-26 百家号 — person named in 文/ line at top
PAGES.append(dict(
    id="wo-26", kind="self-media", lang="zh", layout="div",
    css="body{font:17px/1.75 Arial}.author-box{display:flex;align-items:center}.title{font-size:26px}.left{width:650px;margin:auto}.time{color:#999}",
    head=[links(["百度首页", "登录"], "top", " "), line("百家号", "brand")],
    title="在青岛开了8年早餐铺，他说生意好坏就看一碗豆浆",
    info='<div class="author-box"><img alt="头像"><p><a href="#">齐鲁生活观察</a></p><p class="time">2025-03-10 07:58山东<span>优质生活领域创作者</span></p><button>关注</button></div>',
    body=[
        ("x", "文/ 刘  畅", "wen"),
        ("p", "早上5点半，青岛市北区一条老街上，老周的早餐铺已经亮起了灯。磨豆浆、炸油条、蒸包子，二十多平方米的小店里热气腾腾。"),
        ("p", "老周今年48岁，原来在一家机械厂上班，8年前厂子搬迁，他干脆拿出积蓄开了这家早餐铺。“刚开始啥也不懂，豆浆煮糊了好几锅。”他笑着说。"),
        ("p", "现在，店里每天要卖出400多碗豆浆。老周坚持用本地黄豆，前一晚泡豆，早上现磨现煮。“豆浆这东西，糊弄不了人，喝一口就知道用没用心。”"),
        ("p", "附近的老顾客很多，有人从小学喝到了大学。去年，小店还被街道评为“放心早餐示范店”。问起以后的打算，老周说想再开一家分店，“把这碗豆浆的味道守住就行”。"),
        ("p", "老周说，开早餐铺最难的是坚持。一年365天，除了春节歇三天，他几乎每天凌晨4点就起床。妻子负责收银，儿子放假回来也会帮忙炸油条。“累是累，可看到老顾客端着碗说一句‘还是那个味’，就觉得值了。”"),
    ],
    tail=[line("举报/反馈", "fb"), ul("作者最新文章", ["济南一家老书店的新生意", "烟台大樱桃开始“控温”了"])],
    foot=[lines(["©2025Baidu 使用百度前必读 百家号协议"])],
    gold=dict(authors=["刘畅"], publish_time="2025-03-10 07:58"),
))

# wo-27 网易号 — account only
PAGES.append(dict(
    id="wo-27", kind="self-media", lang="zh", layout="grid", side_pos="right",
    css="body{margin:0}.ne-top{background:#f5f5f5;font-size:12px}.grid{display:grid;grid-template-columns:680px 300px;gap:30px;justify-content:center}.title{font-size:30px}.post_info{color:#888;font-size:14px}",
    head=[links(["网易首页", "新闻", "体育", "娱乐", "财经", "汽车", "科技", "时尚", "手机", "数码", "房产", "教育"], "ne-top", " "), links(["登录", "注册免费邮箱"], "u", " ")],
    title="南宁这条老街藏着6家卷筒粉老店，本地人最爱第三家",
    info='<div class="post_info">2025-03-09 11:42:06　来源: <a href="#">南宁吃喝玩乐指南</a><br><span>广西</span></div>',
    body=[
        ("p", "说到南宁的早餐，卷筒粉绝对排得上号。薄薄的米皮裹上肉末、木耳和葱花，淋上一勺秘制酱汁，一口下去满嘴鲜香。"),
        ("p", "今天带大家逛的是兴宁区一条不起眼的老街，短短三百米，竟然有6家卷筒粉店。"),
        ("h", "01 老陈卷筒粉"),
        ("p", "开了二十多年的老店，米皮现磨现蒸，酱汁偏甜，适合第一次吃的朋友。推荐：招牌肉末卷筒粉，8元一份。"),
        ("h", "02 阿婆粉档"),
        ("p", "一个小推车摆在巷口，阿婆手法娴熟，一分钟能卷五六条。只做早上，10点前卖完收摊。"),
        ("h", "03 桂花卷筒粉"),
        ("p", "本地人私藏名单第一名！加了香菇和马蹄粒，口感更丰富，搭配一碗骨头汤，满足感拉满。"),
        ("h", "04 老友卷筒粉"),
        ("p", "酸笋爱好者必打卡，酱汁里加了老友粉的酸辣味，越吃越上头。店面小，高峰期要排队十来分钟。"),
        ("p", "温馨提示：老街不好停车，建议坐地铁1号线到朝阳广场站步行前往。"),
    ],
    tail=[line("特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。", "statement"),
          line("Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.", "statement-en")],
    side=[ul("热点新闻", ["柳州螺蛳粉出口量再创新高", "桂林米粉标准化门店达1.2万家"])],
    foot=[lines(["网易公司版权所有 ©1997-2025"])],
    gold=dict(authors=["南宁吃喝玩乐指南"], publish_time="2025-03-09 11:42:06"),
))

# wo-28 搜狐号 — county media account; 作者| line at top, 返回搜狐 and 责任编辑 at end
PAGES.append(dict(
    id="wo-28", kind="self-media", lang="zh", layout="div", side_pos="left",
    css="body{font:16px/1.8 'Microsoft YaHei'}.sohu-top{height:44px;background:#fff;border-bottom:1px solid #eee}.left{width:680px;float:right}.right{width:240px;float:left}.title{font-size:28px}.time{color:#999}",
    head=[links(["搜狐", "首页", "新闻", "体育", "汽车", "房产", "旅游", "教育", "时尚", "科技", "财经", "娱乐", "更多"], "sohu-top", " ")],
    side=[line("吴江发布", "user-name"), line("文章 3125　总阅读 1892万", "stat"), line("查看TA的文章>", "more")],
    title="吴江：丝绸老厂房变身文创街区",
    info='<div class="article-info"><span class="time">2025-03-08 15:20</span> <span>发布于：江苏省</span></div>',
    body=[
        ("x", "作者|沈  洁", "zz"),
        ("p", "走进吴江区盛泽镇原第二丝织厂，锯齿形屋顶、红砖墙面依旧保留着上世纪七十年代的模样，车间里却已是咖啡馆、设计工作室和丝绸体验馆。"),
        ("p", "这处占地约2.3万平方米的老厂房，停产后闲置了近十年。2023年，盛泽镇引入专业运营团队，按照“修旧如旧”的原则进行改造，保留了老织机、行车轨道等工业遗存。"),
        ("p", "“很多年轻人来这里拍照打卡，也有老纺织工带着孙辈来看当年上班的地方。”街区运营负责人说，目前已入驻商户46家，其中丝绸设计类企业占了三分之一。"),
        ("p", "今年，街区还将举办丝绸时装周、非遗手作市集等活动，打造长三角有影响力的丝绸文化地标。"),
        ("p", "不少老盛泽人把这里当成了“记忆博物馆”。72岁的退休挡车工徐阿姨说：“我在这个车间干了二十年，现在机器不响了，可看着这些老织机，就像回到了年轻时候。”"),
        ("x", "来源：吴江日报", "src"),
    ],
    tail=[line("返回搜狐，查看更多", "back"), line("责任编辑：", "ed"), line("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", "decl"),
          ul("推荐阅读", ["盛泽丝绸产业集群入选国家级名单", "吴江区发布文旅消费季活动清单"])],
    foot=[lines(["搜狐 ©2025 Sohu All Rights Reserved"])],
    gold=dict(authors=["沈洁"], publish_time="2025-03-08 15:20"),
))

# wo-29 微信公众号 — 原创 + author in meta line, 编辑/审核 at end
PAGES.append(dict(
    id="wo-29", kind="self-media", lang="zh", layout="div",
    css="body{max-width:677px;margin:auto;font:17px/1.75 -apple-system}.rich_media_meta{font-size:15px;color:#576b95}.title{font-size:22px}.qr_code_pc{position:absolute;right:-200px}",
    head=[],
    title="这所乡村小学的“草原课堂”火了",
    info=('<div class="rich_media_meta_list"><span class="copyright">原创</span> <span class="rich_media_meta">王晓宇</span> '
          '<a class="rich_media_meta" href="#">鄂尔多斯教育</a> <em>2025年03月11日 18:30</em> <em>内蒙古</em></div>'),
    body=[
        ("p", "“同学们，看看这株草的叶子，和我们昨天看到的有什么不一样？”3月的一个午后，鄂托克旗某苏木小学的操场边，科学老师正带着孩子们蹲在草地上观察。"),
        ("p", "这是学校开设的“草原课堂”。学校周边就是天然草场，老师们把科学、美术、劳动课搬到户外，让孩子们认识牧草、观察节气、记录物候变化。"),
        ("img", "孩子们在草场上观察植物", "孩子们在草场上观察植物"),
        ("p", "学校现有学生86名，多数是牧民子女。校长介绍，“草原课堂”开设两年来，学生们已经制作了200多份植物标本，还编写了一本《我们身边的草原》校本读物。"),
        ("p", "“以前觉得草原就是草，现在知道它有那么多名字。”四年级学生阿拉腾说，他最喜欢的是秋天去牧场看转场。"),
        ("p", "鄂尔多斯市教育局相关负责人表示，将总结推广这类立足本土资源的特色课程，让乡村学校办出特色、办出质量。"),
    ],
    tail=[line("编辑：高  敏　审核：李  强", "ed"), line("预览时标签不可点", "tip"), links(["阅读", "在看", "分享", "留言", "收藏"], "tools", " "),
          qr("微信扫一扫\n关注该公众号", "qr_code_pc")],
    foot=[],
    gold=dict(authors=["王晓宇"], publish_time="2025年03月11日 18:30"),
))

# wo-30 微博头条文章 — account only, 发布于 label
PAGES.append(dict(
    id="wo-30", kind="self-media", lang="zh", layout="grid", side_pos="right",
    css="body{background:#f2f2f5;margin:0}.wbtop{background:#fff;height:50px}.grid{display:grid;grid-template-columns:640px 280px;gap:16px;justify-content:center}.title{font-size:26px}.time{color:#939393;font-size:12px}",
    head=[links(["微博", "首页", "视频", "发现", "游戏"], "wbtop", " "), search("大家都在搜：济宁春季出行", "")],
    title="@济宁交警：春季农忙时节 这些交通安全隐患要当心",
    info='<div class="WB_info"><a href="#">济宁交警</a> <span class="time">发布于 2025-03-08 20:11</span> <span>阅读 2.1万</span></div>',
    body=[
        ("p", "春耕生产陆续展开，农村道路上拖拉机、三轮车、农用货车明显增多，交通安全风险随之上升。济宁交警提醒广大群众注意以下几点："),
        ("li", ["一、拖拉机、三轮汽车不得违法载人，更不能人货混装；", "二、农用车辆上路前要检查灯光、制动，夜间行驶务必开启示廓灯；", "三、驾驶人要持证驾驶，严禁酒后驾驶、疲劳驾驶；", "四、不要在公路上晾晒粮食、堆放秸秆，以免引发事故。"]),
        ("p", "3月以来，全市交警部门已在乡村道路设置劝导站126处，检查农用车辆1.4万余辆次，纠正违法行为2100余起。"),
        ("p", "同时提醒，驾驶拖拉机、三轮车在乡村道路行驶时，要注意减速让行，经过村口、学校、集市等人员密集路段时，更要控制车速，防止发生碰撞事故。"),
        ("p", "平安出行，从每一次规范驾驶开始。转发提醒身边的亲友吧！"),
    ],
    tail=[links(["转发 312", "评论 87", "赞 1046"], "handle", " ")],
    side=[line("济宁交警", "pf-name"), line("济宁市公安局交通警察支队官方微博", "pf-desc"), links(["关注", "私信"], "pf-btn", " "),
          ul("热门微博", ["#济宁春季招聘会#", "#孔子故里踏青#"])],
    foot=[lines(["微博客服 | 意见反馈 | 开放平台", "京ICP证100780号"])],
    gold=dict(authors=["济宁交警"], publish_time="2025-03-08 20:11"),
))
