from lib import *

PAGES = []


def reg(f):
    PAGES.append(f)
    return f


@reg
def zd25():
    # toutiao account only
    acct = "黔西南文旅观察"
    title = "兴义万峰林油菜花开了，这份赏花攻略请收好"
    time = "2024-02-29 18:12"
    body = [
        "这几天，兴义万峰林景区的油菜花陆续进入盛花期，金黄的花海与喀斯特峰林相映成趣，吸引了不少游客前来打卡。",
        "据景区工作人员介绍，今年万峰林纳灰村、上纳灰村一带种植油菜花约3000亩，预计最佳观赏期将持续到3月中旬。",
        ("h", "最佳观赏点"),
        "推荐徒步或骑行观光车沿峰林大道游览，纳灰河两岸、观峰台附近视野最开阔。想拍大片的朋友，建议早上8点前或傍晚5点后前往，光线柔和，人也相对较少。",
        ("h", "交通指南"),
        "自驾可导航至“万峰林景区东门游客中心”；乘坐公共交通的游客可在兴义市区乘坐2路公交车直达景区。",
        "温馨提示：赏花时请勿踩踏、采摘油菜花，注意保管好随身物品。周末人流较大，建议错峰出行。",
        "另外，景区门票为免费，但观光车需另行购票，成人单程30元。景区周边农家乐较多，酸汤鱼、羊肉粉都值得一试。",
        "你去过万峰林吗？欢迎在评论区晒出你拍的照片！",
    ]
    inner = topbar(["首页", "下载头条", "发布作品"], ["登录"]) + \
        f"""<div class="main"><div class="content">
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left"><span>{time}</span><span>·</span><span><a href="#">{acct}</a></span><span>贵州</span></div>
<div class="article">{render_body([*body[:2], ("img", "", ""), *body[2:]])}</div>
<p class="small">举报/反馈</p>
<div class="side"><img src="a.jpg" alt=""><a href="#">{acct}</a><p>1.2万粉丝 · 优质旅游领域创作者</p><button>关注</button></div>
<div class="cmts"><p>评论 28</p><input placeholder="写下你的评论..."></div>
{linklist("相关推荐", ["贵州这个小城，春天美得像油画", "三月赏花去哪儿？贵州十大赏花地推荐", "黄果树瀑布景区最新游览须知"])}
</div></div>
"""
    return dict(id="zd-25", kind="self-media, toutiao-like (account only)", title=title, authors=[acct], time=time,
                body=gold_body(body), html=page(title + " - 今日头条", inner))


@reg
def zd26():
    # netease 网易号 with person named at end
    title = "一位县城中学老师的24年：把学生送出大山，自己留下"
    time = "2023-09-10 08:05:41"
    acct = "湘西人文"
    body = [
        "今天是第39个教师节。在湖南湘西保靖县的一所乡镇中学，52岁的数学老师彭建华像往常一样，早上6点40分就站在了教室门口。",
        "1999年，从吉首大学毕业的彭建华回到家乡任教。24年里，他送走了14届毕业生，其中有200多人考上了大学，有的成了医生、工程师，也有的回到县里当了老师。",
        "“那时候班上一半的孩子是留守儿童，周末没地方去，我就把他们带到家里补课、吃饭。”彭建华说，妻子总笑他“家里像个食堂”。",
        "这些年，县城学校多次想调他过去，他都婉拒了。“山里的孩子更需要人陪。”他说。",
        "采访结束时，几个学生跑来递给他一张自制贺卡，上面写着：“彭老师，教师节快乐！”",
        "彭建华把贺卡小心地夹进了教案本里。他说，等到退休那天，他想把这些年收到的贺卡都拿出来，一张一张再看一遍。",
        "（文/向晓晴）",
    ]
    inner = topbar(["网易首页", "新闻", "体育", "娱乐", "财经", "汽车", "科技"], ["登录", "注册免费邮箱"]) + \
        f"""<div class="main"><div class="content">
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left">{time}　来源: <a href="#">{acct}</a></div>
<div class="small">举报</div>
<div class="article">{render_body(body)}</div>
<p class="small">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<p class="small">Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>
<div class="side"><a href="#">{acct}</a><p>关注湘西的人与事</p><button>+ 关注</button></div>
{linklist("相关推荐", ["乡村教师的坚守", "湘西十八洞村的变迁", "教师节，这些老师让人泪目"], "side hot")}
<div class="cmts">跟贴 <span>15</span> 参与 <span>203</span></div>
</div></div>
""" + footer(["网易公司版权所有 ©1997-2023"])
    return dict(id="zd-26", kind="self-media, netease-hao-like (person named at end 文/…)", title=title,
                authors=["向晓晴"], time=time, body=gold_body(body), html=page(title + "|网易", inner))


@reg
def zd27():
    # baijiahao account only, date form 2024-06-03 10:21 河南 + 领域创作者
    acct = "豫见财经说"
    title = "郑州楼市新政满月：二手房成交回暖，新房仍在观望"
    time = "2024-06-03 10:21"
    body = [
        "5月初，郑州出台新一轮楼市支持政策，包括取消限购、降低首付比例、推出“以旧换新”等措施。政策实施满一个月，市场表现如何？",
        "从二手房看，据郑州市房地产中介协会数据，5月份全市二手住宅网签成交约8900套，环比增长21%，同比增长约15%。不少中介门店反映，带看量明显增加，部分业主也开始调整挂牌价格。",
        "从新房看，回暖则相对温和。5月份全市商品住宅成交约5300套，环比增长不到5%。有开发商销售人员坦言，“到访的人多了，但真正下定的客户还在等一等、看一看。”",
        "业内人士认为，政策效果释放需要一个过程，随着“以旧换新”打通二手房和新房的链条，后续新房市场有望逐步改善。",
        "你觉得现在是买房的好时机吗？欢迎留言讨论。",
    ]
    inner = topbar(["百度首页"], ["登录"]) + \
        f"""<div class="main"><div class="content">
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left"><img src="av.jpg" alt=""><a href="#">{acct}</a>　<span>{time}</span><span>河南</span><span>财经领域创作者</span><button>关注</button></div>
<div class="article">{render_body(body)}</div>
<p class="small">举报/反馈</p>
<div class="small">本文为原创内容，未经授权禁止转载。</div>
{linklist("相关推荐", ["郑州二手房挂牌量连续三个月下降", "河南多地发布购房补贴政策", "5月百城房价数据出炉"])}
</div></div>
"""
    return dict(id="zd-27", kind="self-media, baijiahao-like (account only, date then region + 创作者 tag)", title=title,
                authors=[acct], time=time, body=gold_body(body), html=page(title, inner))


@reg
def zd28():
    # 企鹅号 (QQ news) account only
    acct = "东北振兴观察"
    title = "哈尔滨冰雪大世界开园首日，游客排起长龙"
    time = "2024-12-18 22:47"
    body = [
        "12月18日，第26届哈尔滨冰雪大世界正式开园。虽然当天最低气温低至零下24摄氏度，但园区门口依然排起了长队，不少游客凌晨就从酒店出发。",
        "本届冰雪大世界占地面积100万平方米，总用冰、用雪量约30万立方米，打造了“冰雪之冠”观景塔、超级冰滑梯等景观和项目。其中超级冰滑梯共设16条滑道，最长的一条达到521米。",
        "来自广东的游客梁嘉欣说：“去年就想来，没抢到票，今年提前一个月订好了行程，冷是真冷，但值了。”",
        "园区相关负责人介绍，为应对客流高峰，今年新增了暖房、休息区和免费热饮供应点，并将入园预约分为多个时段，引导游客错峰游览。",
        "据哈尔滨市文旅部门预计，今年冰雪季哈尔滨接待游客量有望再创新高。目前，市区多家酒店元旦期间的预订量已同比增长两成以上。",
    ]
    inner = topbar(["腾讯网", "新闻", "视频", "图片"], ["登录"]) + \
        f"""<div class="main"><div class="content">
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left"><a href="#">{acct}</a>　{time}　发布于黑龙江　<span>来源：腾讯新闻</span></div>
<div class="article">{render_body([*body[:2], ("img", "", "图片来源：网络"), *body[2:]])}</div>
<p class="small">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</p>
<div class="cmts"><a href="#">举报</a>　<span>2条评论</span></div>
{linklist("推荐阅读", ["哈尔滨中央大街迎来冬季客流高峰", "2025亚冬会倒计时50天", "“南方小土豆”再赴尔滨"])}
</div></div>
""" + footer(["Copyright © 1998 - 2024 Tencent. All Rights Reserved"])
    return dict(id="zd-28", kind="self-media, penguin/QQ-news-like (account only)", title=title, authors=[acct], time=time,
                body=gold_body(body), html=page(title + "_腾讯新闻", inner))


@reg
def zd29():
    # WeChat public account: 原创 person name + account + date province
    acct = "成都发布观察"
    title = "成都这条绿道串起了12个公园，周末骑一圈刚刚好"
    time = "2025年03月22日 20:15"
    body = [
        "春天到了，成都天府绿道又迎来了最美的季节。",
        "这次要推荐的是锦江绿道的一段——从望江楼公园出发，一路向南到江家艺苑，全程约18公里，沿途串起了大大小小12个公园和绿地。",
        ("h", "01 望江楼公园"),
        "起点选在望江楼公园，园里有上百种竹子，是成都最有名的竹文化公园之一。早上来还能看到不少打太极、喝早茶的市民。",
        ("h", "02 锦城湖公园"),
        "骑行约8公里后到达锦城湖公园，这里水面开阔，是拍摄城市天际线的好去处。湖边新开了几家咖啡馆，可以歇歇脚。",
        ("h", "03 江家艺苑"),
        "终点江家艺苑以“川西林盘”为特色，春天的油菜花和桃花连成一片，适合带孩子来放风筝、野餐。",
        "返程时可以选择在地铁站附近还车，乘地铁回到市区，全程下来大约需要半天时间，强度不大，老人孩子都能轻松完成。",
        "Tips：沿途设有多个共享单车停放点和驿站，建议避开周日下午的骑行高峰。",
    ]
    inner = f"""<div class="main"><div class="content" style="width:680px;float:none;margin:0 auto">
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left"><span>原创</span> <span>唐小雨</span> <a href="#">{acct}</a> <em>{time}</em> <span>四川</span></div>
<div class="article">{render_body([body[0], ("img", "图片", ""), *body[1:]])}</div>
<p class="small" style="text-align:center">— END —</p>
<p class="small">文字：唐小雨　图片：王凯　编辑：刘一</p>
<p class="small">点击关注，获取更多成都生活资讯</p>
<div class="small">阅读 3.2万　<a href="#">分享</a>　<a href="#">收藏</a>　<a href="#">点赞</a> 516　<a href="#">在看</a> 88</div>
<div class="small">微信扫一扫<br>关注该公众号</div>
<div class="small">留言</div></div></div>
"""
    return dict(id="zd-29", kind="self-media, WeChat 公众号 (原创 + writer name + account, numbered subheads)", title=title,
                authors=["唐小雨"], time=time, body=gold_body(body), html=page(title, inner))


@reg
def zd30():
    # 澎湃号·湃客 with person named in body start "文丨"
    acct = "镜相工作室"
    title = "在义乌做跨境电商的第八年，她把小商品卖到了中亚"
    time = "2024-08-26 12:00"
    body = [
        "文丨林语彤",
        "编辑丨何已然",
        "早上9点，义乌国际商贸城二区的一家饰品店里，陈佳慧一边打包发往阿拉木图的货物，一边用俄语和客户语音通话。",
        "2016年，她从浙江师范大学俄语专业毕业，没有进外贸公司，而是在商贸城租下了一个8平方米的摊位。“那时候想法很简单，义乌有货，我懂俄语，总能找到客户。”",
        "第一年，她几乎没赚到钱。转机出现在2019年，一位哈萨克斯坦的批发商通过社交软件找到她，第一单就订了2000多件发饰。此后，她的客户逐渐扩展到乌兹别克斯坦、吉尔吉斯斯坦等国。",
        "如今，陈佳慧的店铺年销售额已超过1500万元，团队有11个人，其中5个是会俄语的年轻人。",
        "“中亚市场变化很快，去年流行的款式今年可能就卖不动了。”她说，每个月她都要花一周时间研究当地社交平台上的流行趋势。",
    ]
    inner = topbar(["澎湃新闻", "湃客"], ["登录"]) + \
        f"""<div class="main"><div class="content">
<div class="small">湃客：{acct}</div>
<h1 style="text-align:left">{title}</h1>
<div class="info" style="text-align:left"><span>原创</span> <a href="#">{acct}</a> <span>{time}</span> <span>来源：澎湃新闻·澎湃号·湃客</span></div>
<div class="small">字号</div>
<div class="article">{render_body(body)}</div>
<p class="small">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.cn。</p>
<div class="cmts">评论(7)</div>
</div></div>
""" + footer(["沪ICP备14003370号　© 2014-2024 上海东方报业有限公司"])
    g = gold_body(body)[2:]
    return dict(id="zd-30", kind="self-media, thepaper 澎湃号·湃客 (文丨/编辑丨 lines at body start)", title=title,
                authors=["林语彤"], time=time, body=g, html=page(title + "_澎湃号·湃客_澎湃新闻-The Paper", inner),
                note="文丨/编辑丨 credit lines are not body")
