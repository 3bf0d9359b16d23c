# self-media pages ta-25 .. ta-30
from build import e, img

def T25(p, b):  # 头条号-like article page (invented platform layout)
    return f'''<div class="tt-nav">{img("")}<a>首页</a><a>推荐</a><a>热榜</a><a>视频</a><input placeholder="搜索站内资讯、视频或用户"><a>登录</a></div>
<div class="tt-main"><h1>{e(p["title"])}</h1>
<div class="tt-meta"><span>2024-09-03 18:41</span>·<span class="nm">皖南老街说</span>·<span>安徽</span></div>
<div class="tt-body">{b}</div>
<div class="tt-tip">举报/反馈</div>
<div class="tt-author">{img("皖南老街说")}<b>皖南老街说</b><span>1.8万粉丝 · 专注徽州文化与老街故事</span><button>关注</button></div>
<div class="tt-cmt"><h4>评论 56</h4><textarea placeholder="写下你的评论..."></textarea></div></div>
<div class="tt-side"><h4>相关推荐</h4><p>屯溪老街的百年老字号，你吃过几家？</p><p>黄山脚下的古村落，秋天美成一幅画</p></div>'''

P25 = dict(id="ta-25", kind="self-media", tpl=T25, title="徽州人的一碗臭鳜鱼，藏着几百年的山水与时间",
  authors=["皖南老街说"], date="2024-09-03 18:41", pmode="p",
  css=".tt-nav a{margin:0 12px} h1{font-size:28px} .tt-meta span{margin:0 6px;color:#999}",
  body=[("p", "在徽州，很多人第一次吃臭鳜鱼，都是皱着眉头夹起第一筷子，然后就再也停不下来。"),
        ("p", "臭鳜鱼的来历有好几个版本。流传最广的说法是，早年间沿江的鱼贩子挑着鳜鱼翻山越岭进徽州，路上要走七八天，为了防止鱼变质，就在鱼身上抹一层淡盐水，一路上翻动，到了徽州，鱼已经散发出一股特别的气味，没想到烧出来格外鲜美。"),
        ("img", "臭鳜鱼", "一盘刚出锅的臭鳜鱼"),
        ("p", "真正的臭鳜鱼，讲究的是“闻着臭、吃着香”。鱼肉要呈蒜瓣状，一块一块地剥落，入口紧实而有弹性。腌制的时间、温度、压鱼的石头，每一样都有讲究，老师傅说，差一天都不是那个味。"),
        ("p", "这些年，臭鳜鱼从徽州人家的饭桌走向了全国，黄山一地就有上百家加工企业，每年卖出去的臭鳜鱼有好几万吨。可在老徽州人心里，最好吃的，永远是外婆在老屋灶台上烧的那一盘。"),
        ("p", "你第一次吃臭鳜鱼是在哪里？欢迎在评论区聊聊。")])

def T26(p, b):  # 微信公众号-like page; person named as 作者 under title
    return f'''<div class="rich_media"><h1 class="rich_media_title">{e(p["title"])}</h1>
<div class="rich_media_meta_list"><span class="meta_original">原创</span> <span class="meta_text">马  芸</span> <a class="meta_nick">银川本地宝</a> <em class="meta_time">2023年07月28日 20:15</em> <em>宁夏</em></div>
<div class="rich_media_content">{b}</div>
<p class="mpx">{img("")}</p><p class="wz">文字 | 马芸　图片 | 网络</p><p class="wz">编辑 | 小燕子</p>
<div class="like">阅读 3.6万　在看 128　分享　点赞</div>
<div class="qr">{img("二维码")}长按识别二维码关注我们</div></div>'''

P26 = dict(id="ta-26", kind="self-media", tpl=T26, title="银川这几条夜市街，今年夏天又火了！",
  authors=["马芸"], date="2023年07月28日 20:15", pmode="div",
  css=".rich_media{max-width:677px;margin:auto} .meta_nick{color:#576b95} .meta_time{color:#999}",
  body=[("p", "天一黑，银川的烟火气就从各个夜市里冒出来了。"),
        ("p", "今年夏天，银川多个夜市人气爆棚，不少外地游客专门打卡。小编给大家整理了几个值得一去的地方，收藏起来慢慢逛！"),
        ("h", "01 怀远夜市"),
        ("p", "老银川人心里的“夜市天花板”，羊肉串、手抓羊肉、烩小吃、酿皮子一应俱全，晚上九点以后人最多，建议早点去。"),
        ("h", "02 鼓楼步行街"),
        ("p", "这里更适合边走边吃，炒凉粉、糖油糕、冰镇八宝茶都很受欢迎，吃完还可以去旁边的玉皇阁拍夜景。"),
        ("h", "03 西夏区文昌路夜市"),
        ("p", "靠近几所高校，价格实惠，学生党的最爱。除了小吃，还有不少文创摊位和街头乐队演出。"),
        ("img", "夜市", "图片来源于网络"),
        ("p", "温馨提示：夏季夜市人流量大，请大家注意保管好随身财物，文明用餐，垃圾分类投放。你最爱银川哪个夜市？还有哪些宝藏小摊没被我们写进来？留言告诉我们吧！")])

def T27(p, b):  # 百家号-like page (invented), author account + date "07-15 09:12"? use full date printed
    return f'''<div class="bjh-top">{img("")}<a>百家号</a><a>首页</a><a>创作者中心</a></div>
<div class="bjh-art"><div class="bjh-title">{e(p["title"])}</div>
<div class="bjh-author">{img("滇味人生")}<p class="n">滇味人生</p><p class="t">2022-07-15 09:12<span>云南</span>　优质美食领域创作者</p><button>关注</button></div>
<div class="bjh-content">{b}</div>
<p class="bjh-stmt">本文为百家号作者原创，未经授权禁止转载。</p><div class="bjh-rep">举报</div></div>
<div class="bjh-rec"><h3>为你推荐</h3><p>昆明人的早餐，一碗小锅米线就够了</p><p>云南野生菌中毒高发期，这些菌千万别吃</p></div>'''

P27 = dict(id="ta-27", kind="self-media", tpl=T27, title="吃菌子季又到了，云南人教你分辨几种常见食用菌",
  authors=["滇味人生"], date="2022-07-15 09:12", pmode="p",
  css=".bjh-title{font-size:26px;font-weight:bold} .bjh-author .t{color:#999}",
  body=[("p", "每年雨季一来，云南人的餐桌上就少不了菌子。牛肝菌、鸡枞、干巴菌、青头菌……光是听名字就让人流口水。不过，吃菌子一定要小心，每年都有人因为误食毒菌中毒。"),
        ("p", "下面给大家介绍几种菜市场上常见的食用菌，但要提醒的是，野外采的菌子千万不要自己随便吃。"),
        ("li", ["1. 青头菌：菌盖青绿色，表面有斑纹，口感脆嫩，适合炒着吃或做汤。", "2. 鸡枞：菌柄细长，菌盖中间有凸起，味道鲜甜，被称为“菌中之王”。", "3. 干巴菌：长得像一团干枯的树皮，香味浓郁，手撕后和青辣椒一起炒最香。", "4. 见手青：切开后会变成蓝色，一定要炒熟炒透，没熟透的容易让人“见小人”。"]),
        ("p", "最后再啰嗦一句：菌子要吃，但一定要买正规市场的，做的时候炒熟炒透，不要和酒一起吃。一旦出现恶心、呕吐、头晕等症状，要立即就医。")])

def T28(p, b):  # 澎湃号-like (政务号) page with named author "文 | X"
    return f'''<div class="pp-hd"><b>湃客·政务</b> <a>要闻</a> <a>深度</a> <a>视频</a> <a>湃客</a> <a>下载客户端</a></div>
<div class="pp-c"><h1 class="pp-t">{e(p["title"])}</h1>
<div class="pp-src"><a class="pp-acc">天津市场监管</a><span class="pp-time">2021-03-15 16:02</span><span>来源：澎湃新闻·澎湃号·政务</span></div>
<div class="pp-txt">{b}</div>
<p class="pp-ft">（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）</p></div>'''

P28 = dict(id="ta-28", kind="self-media", tpl=T28, title="3·15｜这份预付式消费“避坑指南”请收好",
  authors=["赵  磊".replace("  ", "")], date="2021-03-15 16:02", pmode="p",
  css=".pp-t{font-size:30px} .pp-src span{margin-left:10px;color:#999}",
  body=[("x", '<p class="wzby">文 | 赵  磊</p>'),
        ("p", "健身卡、美容卡、教培课程……预付式消费方便了消费者，也带来了不少“跑路”风险。今年“3·15”国际消费者权益日，天津市市场监管委提醒广大消费者，办卡充值要谨慎，注意以下几点。"),
        ("h", "一、选择信誉好的经营者"),
        ("p", "办卡前可以通过国家企业信用信息公示系统查询经营者的登记信息、经营状况和是否存在经营异常，尽量选择经营时间长、口碑好的商家。"),
        ("h", "二、不要一次充值过多"),
        ("p", "对商家推出的“充得越多、优惠越大”等促销方式要保持理性，根据自身实际需求适量充值，不要被高额折扣冲昏头脑。"),
        ("h", "三、签订书面合同并保存凭证"),
        ("p", "办卡时要与经营者签订书面合同，明确服务内容、期限、退费条件等，保存好发票、收据和聊天记录，一旦发生纠纷，可拨打12315热线投诉举报。")])

def T29(p, b):  # 微博 article (头条文章) page, author is account; date printed "2024-1-8 12:30 来自 微博网页版"
    return f'''<div class="wb-top">{img("微博")}<input placeholder="大家都在搜：合肥下雪"><a>首页</a><a>热门</a><a>登录</a></div>
<div class="wb-card"><div class="wb-cover">{img("封面")}</div><h1 class="wb-h">{e(p["title"])}</h1>
<div class="wb-user">{img("")}<a>合肥小李说房</a><span>2024-1-8 12:30</span><span>来自 微博网页版</span><span>阅读数：5.2万</span></div>
<div class="wb-body">{b}</div>
<div class="wb-act"><span>转发 87</span><span>评论 213</span><span>赞 1460</span></div></div>
<div class="wb-foot">微博客服 | 意见反馈 | 帮助中心 | 京ICP证100780号</div>'''

P29 = dict(id="ta-29", kind="self-media", tpl=T29, title="合肥这几个板块，2024年值得关注",
  authors=["合肥小李说房"], date="2024-1-8 12:30", pmode="p",
  css=".wb-card{width:600px;margin:auto} .wb-user span{margin-left:8px;color:#808080}",
  body=[("p", "新年第一篇，聊聊我眼里2024年合肥值得关注的几个板块。纯属个人观点，不构成任何购房建议，大家理性看待。"),
        ("p", "【滨湖】老生常谈了，配套越来越成熟，省府、学校、医院、地铁都在，缺点是新房价格已经不低，二手房挂牌量也在增加，刚需上车要多比较。"),
        ("p", "【高新区】科研院所和企业集中，就业人口多，通勤需求旺盛。随着轨道交通线路陆续开通，西边的几个片区关注度在提升。"),
        ("p", "【新站高新区】产业发展很快，显示面板、新能源相关企业聚集，年轻人多，租赁需求旺。这里的房价相对友好，适合预算有限的首套刚需。"),
        ("p", "【肥西】离主城不远，近几年规划变化大，但配套落地还需要时间，买之前一定要实地去看看，别只看沙盘。"),
        ("p", "最后说一句，买房是大事，量力而行，别加太高的杠杆。大家还想了解哪个板块，评论区告诉我。")])

def T30(p, b):  # 网易号-like page (invented layout), org account with a named author line "作者：X"
    return f'''<div class="ne-top"><a>网易首页</a> &gt; <a>网易号</a> &gt; <a>正文</a><span class="r">申请入驻</span></div>
<div class="ne-w"><h1 class="ne-t">{e(p["title"])}</h1>
<div class="ne-i">2023-11-30 14:56:02　来源: <a>宁夏文旅圈</a><span class="ip">宁夏</span></div>
<div class="ne-b">{b}</div>
<div class="ne-ext"><p class="au">作者：纳  兰</p><p>特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p></div>
<div class="ne-hot"><h3>热搜榜</h3><ol><li>冬季到宁夏看什么</li><li>沙湖冰雪节开幕时间公布</li></ol></div></div>'''

P30 = dict(id="ta-30", kind="self-media", tpl=T30, title="冬游宁夏：去沙坡头看一场沙漠雪",
  authors=["纳兰"], date="2023-11-30 14:56:02", pmode="p",
  css=".ne-t{font-size:32px} .ne-i{color:#888}",
  body=[("p", "很多人以为，沙漠只适合夏天去。其实冬天的沙坡头，有着完全不一样的美。"),
        ("p", "下过雪的腾格里沙漠，金黄色的沙丘上覆盖着一层白雪，黄白相间，线条起伏，像一幅巨大的水墨画。黄河在沙漠边缘静静流淌，河面上结着薄冰，远处的包兰铁路上偶尔驶过一列火车。"),
        ("img", "雪后的沙坡头", "雪后的沙坡头"),
        ("p", "冬季的沙坡头游客少了很多，不用排队就能坐上羊皮筏子、骑上骆驼。景区还推出了沙漠温泉、星空露营等冬季项目，白天看雪沙，晚上泡温泉看星星，别有一番滋味。如果运气好，还能在黄河边看到成群的候鸟。"),
        ("h", "出行小贴士"),
        ("li", ["交通：从银川出发自驾约2.5小时，也可乘动车到中卫站后换乘旅游专线。", "门票：冬季部分项目半价，具体以景区公告为准。", "穿衣：沙漠早晚温差大，羽绒服、帽子、手套一样都不能少，还要备好润唇膏和保温杯。"])])

PAGES = [P25, P26, P27, P28, P29, P30]
