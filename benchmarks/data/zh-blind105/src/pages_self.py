"""Self-media pages vb-25 .. vb-30."""
from lib import render, page, GIF

KIND = "self-media"


def vb25():
    title = "张家口崇礼雪季收官：230万人次来滑雪，民宿老板说明年还要扩"
    blocks = [
        ("p", "3月的崇礼，雪场陆续进入闭园倒计时。这个雪季，崇礼各大雪场累计接待滑雪者约230万人次，比上个雪季多了两成多。"),
        ("p", "在太子城附近开民宿的老郑，今年一整个雪季几乎天天满房。他给我们算了一笔账：12间房，平日每晚三四百元，周末和春节能到八百多，一个雪季下来，毛收入六十多万。"),
        ("p", "“前几年还担心冬奥会之后没人来，现在看是多虑了。”老郑说，来住的大多是北京、天津的年轻人，高铁一个小时就到，周五晚上来，周日下午走。"),
        ("p", "不过，也有业内人士提醒，雪季短、淡旺季差距大，仍然是崇礼旅游绕不开的难题。不少雪场这两年开始在夏季做山地自行车、徒步和音乐节，想把“一季游”变成“四季游”。"),
        ("p", "你今年去崇礼滑雪了吗？欢迎在评论区聊聊你的体验。"),
    ]
    body = render(blocks, img="")
    css = """
body{margin:0;background:#f8f8f8;font-family:"PingFang SC","Microsoft YaHei"}
.tt-top{background:#fff;height:56px;display:flex;align-items:center;padding:0 30px;gap:24px;border-bottom:1px solid #e8e8e8}
.tt-top .lg{color:#f04142;font-weight:bold;font-size:22px}
.tt-top input{width:280px}
.tt-main{display:flex;justify-content:center;gap:20px;padding:20px}
.tt-side{width:60px;text-align:center;font-size:13px;color:#666}
.tt-art{width:680px;background:#fff;padding:30px 40px}
.tt-art h1{font-size:28px;line-height:1.4}
.tt-meta{font-size:14px;color:#999}
.tt-meta .nm{color:#222;margin-right:10px}
.tt-art p{font-size:18px;line-height:1.8}
.tt-card{width:300px;background:#fff;padding:20px;align-self:flex-start}
.tt-decl{font-size:12px;color:#bbb}
"""
    html = page(title, css, f"""
<div class="tt-top"><span class="lg">今日头条</span><span>首页</span><span>下载头条APP</span><input placeholder="搜索站内资讯、视频或用户"><span>登录</span></div>
<div class="tt-main">
<div class="tt-side"><p>👍 1256</p><p>💬 218</p><p>⭐ 收藏</p><p>↗ 转发</p></div>
<div class="tt-art">
<h1>{title}</h1>
<div class="tt-meta"><span>2025-03-16 18:47</span>·<span class="nm">燕山雪野</span><span>河北</span></div>
{body}
<p class="tt-decl">举报/反馈</p>
<p class="tt-decl">本文为燕山雪野原创，未经授权禁止转载。</p>
</div>
<div class="tt-card"><p><img alt="" src="{GIF}"> <b>燕山雪野</b></p><p>河北冰雪旅游领域创作者</p><p>1.2万粉丝 · 346篇文章</p><p><a href="#">+ 关注</a></p><p><b>相关推荐</b></p><p>崇礼夏天去哪玩？这份攻略请收好</p><p>新手第一次滑雪需要准备什么</p></div>
</div>""")
    return dict(id="vb-25", kind=KIND, title=title, authors=["燕山雪野"], publish_time="2025-03-16 18:47", blocks=blocks, html=html,
                site="河北 头条号“燕山雪野”（今日头条PC文章页）",
                features="头条号：无署名人，作者取账号名；信息栏“日期·账号名 IP属地”；左侧点赞评论数；右侧作者卡片与相关推荐；原创声明不是正文")


def vb26():
    title = "在东莞做了十年模具，我为什么又回到车间"
    blocks = [
        ("x", "文/ 钟国梁"),
        ("p", "2015年，我从湖南老家来到东莞长安镇，进了一家做手机外壳模具的小厂。那时候车间里最吃香的是钳工师傅，谁手上功夫好，谁说话就有分量。"),
        ("p", "十年间，我从学徒做到组长，又跳槽去了一家上市公司做项目经理，每天开会、做表格、跟客户打电话，工资翻了一倍，可总觉得心里空落落的。"),
        ("h", "01 车间变了"),
        ("p", "去年春天，老东家的厂长打电话给我，说厂里上了五轴加工中心和自动化检测线，想请我回去带一个精密模具团队。我回去看了一眼，几乎认不出来：以前满地铁屑、机油味呛人的车间，现在干净得像实验室，年轻人盯着屏幕编程序，机器昼夜不停地跑。"),
        ("h", "02 手艺没过时"),
        ("p", "有人说，机器越来越聪明，老师傅早晚要被淘汰。我的体会恰恰相反：机器能把零件做得很准，但模具哪里容易出问题、怎么改最省钱，还得靠经验判断。我们组里的年轻人编程比我快，可遇到顶针卡滞、产品缩水这些老毛病，还是会跑来问我。"),
        ("h", "03 回去是对的"),
        ("p", "回到车间这一年，我带出了6个能独立试模的徒弟，我们组做的一套汽车灯罩模具，还拿了公司年度质量奖。收入比做项目经理时少了一点，但每天下班的时候，我知道自己做成了什么。"),
    ]
    body = render(blocks, h="<h2>{}</h2>")
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.bjh-h{height:60px;border-bottom:1px solid #eee;display:flex;align-items:center;padding:0 40px;gap:20px}
.bjh-h .lg{color:#2932e1;font-size:20px;font-weight:bold}
.bjh-w{width:1000px;margin:0 auto;display:flex;gap:40px}
.bjh-a{flex:1;padding-top:30px}
.bjh-a h1{font-size:28px}
.au{display:flex;gap:10px;align-items:center;color:#999;font-size:13px}
.au .n{color:#333;font-size:15px}
.bjh-a p{font-size:17px;line-height:1.9}
.bjh-a h2{font-size:19px}
.bjh-r{width:280px;padding-top:30px}
.bjh-decl{color:#aaa;font-size:13px;border-top:1px solid #eee;padding-top:10px}
"""
    html = page(title, css, f"""
<div class="bjh-h"><span class="lg">百度 | 百家号</span><a href="#">首页</a><a href="#">百度首页</a><a href="#">登录</a></div>
<div class="bjh-w">
<div class="bjh-a">
<h1>{title}</h1>
<div class="au"><img alt="" src="{GIF}"><span class="n">珠三角打工人手记</span><span>2025-03-08 21:13</span><span>广东</span><span>职场领域创作者</span></div>
{body}
<p class="bjh-decl">本文来源于百家号作者，不代表平台立场。<a href="#">举报</a></p>
<p><b>为你推荐</b></p><p><a href="#">制造业招工难？这家工厂用一个办法留住了年轻人</a></p><p><a href="#">东莞：技能人才可享人才入户政策</a></p>
</div>
<div class="bjh-r"><p><b>珠三角打工人手记</b></p><p>6.4万粉丝 · 获赞21万</p><p><a href="#">关注</a></p><p><b>作者最新文章</b></p><p>工厂食堂的一碗猪脚饭</p><p>我在深圳城中村租房的五年</p></div>
</div>""")
    return dict(id="vb-26", kind=KIND, title=title, authors=["钟国梁"], publish_time="2025-03-08 21:13", blocks=blocks, html=html,
                site="广东 百家号“珠三角打工人手记”（百家号PC文章页）",
                features="百家号：账号名“珠三角打工人手记”与正文开头独立行“文/ 钟国梁”不同，作者取署名的人；“文/”行不是正文；01/02/03编号小标题；作者卡片与为你推荐")


def vb27():
    title = "春天的蒲江，藏着一整座山的茶香"
    blocks = [
        ("p", "惊蛰过后，蒲江的茶山一天一个样。"),
        ("p", "清晨六点，西来镇的茶园里已经人影绰绰。采茶人背着竹篓，指尖在茶蓬间飞快地上下翻动，只掐一芽一叶。“明前茶金贵，就这几天，晚了就老了。”在茶山上采了三十多年茶的刘嬢嬢说。"),
        ("h", "▍一片叶子的旅程"),
        ("p", "鲜叶下山后，要在当天完成摊晾、杀青、揉捻、烘干。蒲江县茶叶产业协会的数据显示，全县茶园面积已超过18万亩，去年干茶产量1.2万吨，春茶产值占到全年的六成以上。"),
        ("h", "▍喝茶，也可以很年轻"),
        ("p", "这两年，县里不少茶企开始做冷泡茶、茶咖和茶饮原料，还开起了茶园露营地。周末，成都来的年轻人在茶垄间支起帐篷，白天采茶制茶，晚上围炉煮茶。"),
        ("p", "如果你也想来，可以收好这份小贴士："),
        ("li", "· 最佳观赏时间：3月中旬至4月上旬"),
        ("li", "· 推荐线路：西来古镇—成佳茶乡—光明樱桃山"),
        ("li", "· 交通：成都南站乘动车至蒲江站约40分钟"),
    ]
    body = render(blocks, h='<p style="font-weight:bold;color:#3a7d44">{}</p>', ul_open="<section>", ul_close="</section>", li='<p style="font-size:15px">{}</p>')
    css = """
body{margin:0;background:#f2f2f2}
.rich_media{max-width:677px;margin:0 auto;background:#fff;padding:20px 24px;font-family:-apple-system,"PingFang SC"}
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.meta_list{font-size:15px;color:rgba(0,0,0,.4)}
.meta_list a{color:#576b95}
.meta_list span{margin-right:8px}
.rich_media_content p{font-size:17px;line-height:1.75;color:#333;letter-spacing:.5px}
.orig{display:inline-block;background:#f0f0f0;font-size:12px;padding:0 4px}
.tail{font-size:14px;color:#888}
.qr{text-align:center;font-size:13px;color:#888}
.tool{display:flex;justify-content:space-between;color:#576b95;font-size:14px;margin-top:20px}
"""
    html = page(title, css, f"""
<div class="rich_media">
<h1 class="rich_media_title">{title}</h1>
<div class="meta_list"><span class="orig">原创</span><span>作者 | 杨沐晴</span><a href="#">蒲江发布</a> <span>2025年03月17日 07:30</span> <span>四川</span></div>
<div class="rich_media_content">
<p style="text-align:center"><img alt="图片" src="{GIF}"></p>
{body}
<p style="text-align:center"><img alt="图片" src="{GIF}"></p>
<p class="tail">来源 | 蒲江县融媒体中心</p>
<p class="tail">编辑 | 周　瑶　　审核 | 张晓川</p>
<p class="qr">长按识别二维码 关注我们<br><img alt="二维码" src="{GIF}"></p>
</div>
<div class="tool"><span>阅读 5826</span><span>❤ 赞 213</span><span>分享</span><span>推荐 96</span></div>
<p class="tail">喜欢此内容的人还喜欢</p>
<p class="tail">蒲江这个古镇，藏着成都人最爱的慢时光</p>
</div>""")
    return dict(id="vb-27", kind=KIND, title=title, authors=["杨沐晴"], publish_time="2025年03月17日 07:30", blocks=blocks, html=html,
                site="四川 微信公众号“蒲江发布”（政务公众号文章页）",
                features="公众号：“原创 作者 | 杨沐晴 蒲江发布 日期 四川”同一行；▍小标题；·列表；文末来源|编辑|审核行与“长按识别二维码”；图片alt“图片”")


def vb28():
    title = "哈尔滨人春天的第一顿“开江鱼”，今年为啥便宜了？"
    blocks = [
        ("p", "每年松花江开江，哈尔滨人都惦记着一口“开江鱼”。老话讲，“开江鱼，下江水”，冬天在冰层下憋了几个月的鱼，肉紧、味鲜，是东北人眼里春天的头一口鲜。"),
        ("p", "往年开江鱼价格不便宜，野生的鲤鱼、鲫鱼、嘎牙子动辄四五十元一斤。可今年不少市民发现，早市上的开江鱼价格明显降了。我们在道外区一家早市看到，鲫鱼每斤28元，鲤鱼每斤22元，比去年同期便宜了三成左右。"),
        ("p", "鱼贩老赵给出了答案：今年开江早了近一周，上市时间拉长了；再加上周边水库、泡子的冷水鱼养殖规模扩大，“半野生”的鱼多了，供应一多，价格自然就下来了。"),
        ("p", "不过，行家也提醒，市场上有少数商贩把养殖鱼冒充野生开江鱼卖。分辨的办法也简单：野生鱼体型偏瘦长、鳞片亮、颜色偏暗，养殖鱼肚子大、颜色发白。买的时候多看一眼，别花冤枉钱。"),
        ("p", "今年的开江鱼，你吃上了吗？"),
    ]
    body = render(blocks)
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff}
.ne-top{background:#fff;border-bottom:1px solid #ddd;padding:8px 5%;font-size:13px}
.ne-top a{margin-right:12px}
.ne-logo{padding:14px 5%;font-size:24px;color:#c4001a}
.post_main{width:680px;margin:20px auto}
.post_title{font-size:30px;line-height:1.35}
.post_info{color:#888;font-size:14px;margin:10px 0 20px}
.post_body p{font-size:18px;line-height:1.85;text-indent:2em}
.post_statement{color:#999;font-size:12px;border-top:1px dashed #ddd;padding-top:8px}
.post_side{font-size:14px}
"""
    html = page(title, css, f"""
<div class="ne-top"><a href="#">网易首页</a><a href="#">应用</a><a href="#">网易新闻</a><a href="#">网易公开课</a><a href="#">登录</a></div>
<div class="ne-logo">网易 | 北国鲜生活</div>
<div class="post_main">
<h1 class="post_title">{title}</h1>
<div class="post_info">2025-03-19 10:25:16　来源: <a href="#">北国鲜生活</a>　<a href="#">举报</a></div>
<div class="post_body">
<p style="text-indent:0"><img alt="" src="{GIF}"></p>
{body}
</div>
<p class="post_statement">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<div class="post_side"><p><b>北国鲜生活</b></p><p>黑龙江本地生活资讯</p><p><b>相关推荐</b></p><p>哈尔滨早市攻略，本地人私藏的这几家</p><p>东北人春天必吃的五种野菜</p></div>
<p>热点新闻</p><p>· 中国空间站开展新一批科学实验</p><p>· 各地迎来春季招聘高峰</p>
</div>""")
    return dict(id="vb-28", kind=KIND, title=title, authors=["北国鲜生活"], publish_time="2025-03-19 10:25:16", blocks=blocks, html=html,
                site="黑龙江 网易号“北国鲜生活”（网易号文章页）",
                features="网易号：账号名只出现在“来源: 北国鲜生活”位置（无个人署名，作者取账号名）；日期带秒；平台特别声明；热点新闻")


def vb29():
    title = "保定市莲池区：“一刻钟便民生活圈”让居民生活更便利"
    blocks = [
        ("p", "早上7点，莲池区裕华街道的“邻里中心”已经热闹起来：一楼的早餐店排起长队，二楼的社区食堂飘出饭菜香，隔壁的家政服务站、修鞋配钥匙摊位也陆续开门迎客。"),
        ("p", "“买菜、吃饭、理发、修东西，出门走几步就全办了。”家住附近的退休教师孙阿姨说。"),
        ("p", "去年以来，莲池区以街道为单元，按照“补齐基本保障类业态、提升品质类业态”的思路，新建改造便民生活服务网点420个，引进品牌连锁便利店36家，建成社区食堂19个，基本实现居民步行15分钟内满足日常生活需求。"),
        ("p", "为了让“生活圈”更贴心，各街道还建立了“居民点单、社区派单、商户接单”机制，通过线上小程序收集居民需求，今年以来已解决老年助餐、上门维修等需求1800余件。"),
        ("p", "据了解，今年莲池区计划再打造5个示范型便民生活圈，推动更多优质商业资源下沉社区。"),
        ("x", "供稿：莲池区商务局"),
    ]
    body = render(blocks, x='<p class="src">{}</p>')
    css = """
body{margin:0;background:#fff;font-family:"PingFang SC","Microsoft YaHei"}
.pp-head{display:flex;align-items:center;justify-content:space-between;padding:14px 6%;border-bottom:1px solid #eee}
.pp-head b{font-size:26px}
.pp-c{width:700px;margin:30px auto}
.pp-c h1{font-size:30px;line-height:1.35}
.pp-acc{display:flex;gap:10px;align-items:center;margin:16px 0}
.pp-acc .n{font-weight:bold}
.pp-acc .d{color:#999;font-size:13px}
.pp-c p{font-size:18px;line-height:1.9}
.src{color:#888;font-size:14px}
.pp-note{background:#f6f6f6;font-size:13px;color:#999;padding:10px}
.pp-foot{text-align:center;font-size:12px;color:#aaa;padding:20px}
"""
    html = page(title, css, f"""
<div class="pp-head"><b>澎湃新闻</b><span><a href="#">下载客户端</a> <a href="#">登录</a></span></div>
<div class="pp-c">
<p style="font-size:13px;color:#999">澎湃号 &gt; 政务</p>
<h1>{title}</h1>
<div class="pp-acc"><img alt="" src="{GIF}"><span class="n">保定莲池发布</span><span class="d">2025-03-18 17:32 来源：澎湃新闻·澎湃号·政务</span></div>
{body}
<p class="pp-note">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问。</p>
<p><b>相关推荐</b></p><p>保定：老旧小区改造惠及居民12万户</p><p>莲池区召开优化营商环境大会</p>
</div>
<div class="pp-foot">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</div>""")
    return dict(id="vb-29", kind=KIND, title=title, authors=["保定莲池发布"], publish_time="2025-03-18 17:32", blocks=blocks, html=html,
                site="河北 澎湃号·政务“保定莲池发布”（澎湃号文章页）",
                features="澎湃号政务：无个人署名，作者取账号名；“供稿：莲池区商务局”行不是作者也不是正文；日期后粘着“来源：澎湃新闻·澎湃号·政务”；平台声明")


def vb30():
    title = "在清远英德的茶田里住了三天，我终于懂了“英红九号”"
    blocks = [
        ("p", "去英德之前，我对红茶的全部认知，大概就是超市货架上的袋泡茶。"),
        ("p", "三月初，我跟着朋友住进了英德积庆里附近的一户茶农家。主人家姓邓，祖上三代种茶，现在管着八十多亩茶园。第一天早上，邓叔就把我叫起来上山采茶，他说英红九号的叶子大、芽头壮，采的时候要“一芽二叶，轻提不掐”。"),
        ("p", "第二天学做茶。萎凋、揉捻、发酵、干燥，每一步都靠手感和鼻子。发酵那一步最考验人，邓叔隔一会儿就抓起一把闻一闻，“青气没了，透出甜香，就差不多了”。我闻了半天，只闻出一股青草味。"),
        ("p", "第三天，邓婶泡了一壶自家的英红九号。茶汤红亮，入口有股明显的甜香，邓叔说那叫“金毫显、甜香浓”。那一刻我突然明白，为什么这里的人说起这片叶子时，眼里都有光。"),
        ("p", "临走时邓叔说，这几年来茶园住宿、体验制茶的年轻人越来越多，村里还开了好几家茶空间。“茶卖得好，年轻人才愿意回来。”"),
        ("x", "#英德红茶# #清远旅行# #周末去哪儿#"),
    ]
    body = render(blocks)
    css = """
body{margin:0;background:#f2f2f5;font-family:"PingFang SC","Microsoft YaHei"}
.wb-nav{background:#fff;height:54px;display:flex;align-items:center;gap:30px;padding:0 8%;box-shadow:0 1px 3px #ddd}
.wb-nav .lg{color:#ff8200;font-size:22px;font-weight:bold}
.wb-art{width:720px;margin:20px auto;background:#fff;padding:30px 40px;border-radius:6px}
.wb-art h1{font-size:28px}
.wb-u{display:flex;gap:10px;align-items:center;font-size:14px;color:#939393}
.wb-u .nm{color:#333;font-weight:bold}
.wb-art p{font-size:17px;line-height:1.85}
.wb-ops{display:flex;justify-content:space-around;border-top:1px solid #eee;padding-top:10px;color:#808080}
.wb-cmt{font-size:14px;color:#555}
"""
    html = page(title, css, f"""
<div class="wb-nav"><span class="lg">微博</span><input placeholder="大家都在搜：春分"><a href="#">首页</a><a href="#">视频</a><a href="#">发现</a><a href="#">游戏</a><a href="#">登录</a></div>
<div class="wb-art">
<p style="font-size:13px;color:#999">头条文章</p>
<h1>{title}</h1>
<div class="wb-u"><img alt="" src="{GIF}"><span class="nm">阿岚去远方</span><span>旅游博主</span><span>发布于 2025-03-09 22:41</span><span>阅读数 4.6万</span></div>
{body}
<p style="font-size:13px;color:#999">© 本文版权归 阿岚去远方 所有，任何形式转载请联系作者。</p>
<div class="wb-ops"><span>☆ 收藏</span><span>↗ 转发 87</span><span>💬 评论 142</span><span>👍 1063</span></div>
<div class="wb-cmt"><p><b>阿茶不是茶：</b>英红九号真的好喝，推荐配广式点心</p><p><b>Sunny在清远：</b>积庆里春天去太美了</p><p><a href="#">查看更多评论</a></p></div>
</div>""")
    return dict(id="vb-30", kind=KIND, title=title, authors=["阿岚去远方"], publish_time="2025-03-09 22:41", blocks=blocks, html=html,
                site="广东 微博头条文章（博主“阿岚去远方”）",
                features="微博头条文章：作者为博主昵称；“发布于 …”标签；阅读数；文末话题标签行不是正文；版权声明、互动按钮、评论不是正文")


PAGES = [vb25, vb26, vb27, vb28, vb29, vb30]
