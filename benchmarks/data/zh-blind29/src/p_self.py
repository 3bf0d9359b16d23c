from gen import *

# ---------- yd-25 百家号 author card, 粉丝 count, account only ----------
items = [
 "说起甘肃的面食，很多人第一反应是兰州牛肉面。但在陇东的庆阳，当地人更离不开的是一碗“臊子面”。",
 "庆阳臊子面讲究“薄、筋、光、煎、稀、汪、酸、辣、香”九个字。面要擀得薄如纸，切得细如线；臊子用猪肉丁加醋、辣椒面慢火炒制，汤里再放上黄花菜、木耳、豆腐和鸡蛋饼，红黄绿白黑五色齐全。",
 "在庆阳，臊子面不光是家常饭，更是红白喜事上的“硬菜”。过去村里办事，一顿要吃几百碗，专门有人负责“浇汤”，一碗面只挑一筷子，吃完马上续上，讲究的是“汤回锅、面不剩”。",
 "做臊子面最见功夫的是擀面。老一辈庆阳媳妇擀面，一张面能擀得像桌面那么大，薄得能透光，切出来的面条下锅不断、出锅不糊。",
 "如今，庆阳的臊子面馆已经开到了西安、银川，不少在外打工的庆阳人说，吃上一碗酸辣的臊子面，就像回了一趟家。",
 "你吃过庆阳臊子面吗？欢迎在评论区聊聊你家乡的面。",
]
bh, bg = B(items)
html = doc("庆阳人的一碗臊子面，九个字讲究全在里面", ".bh{border-bottom:1px solid #eee;padding:10px 0;font-size:14px}.card{float:right;width:260px;border:1px solid #eee;padding:12px;text-align:center}.t{font-size:26px;font-weight:bold;margin:18px 0 10px}.ai{color:#999;font-size:13px}", f"""
<div class="bh"><div class="w"><b style="color:#2932e1">百度</b> 首页　<span style="float:right">登录　注册</span></div></div>
<div class="w"><div class="card"><img alt="头像" width="60" height="60"><p><b>陇上风物志</b></p><p>优质美食领域创作者</p><p>1.8万粉丝 · 326获赞</p><p>关注</p><p>作者最新文章<br>平凉的红牛肉，你吃过吗？<br>天水呱呱：一碗凉粉里的陇南风味</p></div>
<div class="t">庆阳人的一碗臊子面，九个字讲究全在里面</div>
<div class="ai"><b>陇上风物志</b>　2025-05-09 18:32　甘肃　优质美食领域创作者</div>
<p style="color:#999">关注</p>
{bh}
{B([('img','庆阳臊子面',None)])[0]}
<p style="color:#999">举报/反馈</p>
<h4>相关推荐</h4><ul><li>兰州牛肉面的“一清二白三红四绿”到底指什么</li><li>陕北人过年必吃的十样菜</li></ul></div>
""")
add('yd-25', '自媒体', '百家号（作者卡片、粉丝数，只有账号）', 'zh', "庆阳人的一碗臊子面，九个字讲究全在里面", ["陇上风物志"], "2025-05-09 18:32", bg, html)

# ---------- yd-26 微信公众号, author is a pen name ----------
items = [
 "凌晨四点半，西吉县将台堡镇的天还没亮，马老汉已经把羊圈的门打开了。",
 "这是我第三次来西吉。第一次是十年前，那时候村里的土坯房还没拆完，路是土路，下了雨车根本进不去。这一次，水泥路修到了家门口，马老汉家盖起了砖瓦房，院子里停着一辆三轮车。",
 "“以前放羊靠天，现在养羊靠棚。”马老汉带我看他的暖棚，里面六十多只滩羊挤在一起，槽里是青贮玉米。他说，去年卖羊收入有七万多，儿子在银川开网约车，孙子在县城上学。",
 "我问他还有什么愿望，他想了想说：“希望老天爷下点雨，地里的洋芋长得好些。”",
 "西海固的人说话不多，但每一句都实实在在。离开的时候，马老汉硬要塞给我一袋自家炒的胡麻，说是“路上吃”。",
 "那一刻我忽然明白，这片土地上最珍贵的，从来不是风景，而是人。",
]
bh, bg = B(items, p='p style="font-size:16px;line-height:1.8;letter-spacing:1px"')
html = doc("西海固，凌晨四点半", ".rm{max-width:680px;margin:0 auto;padding:20px}.rm h1{font-size:22px}.meta{color:#888;font-size:15px}.meta a{color:#576b95}.qr{border-top:1px solid #eee;margin-top:30px;text-align:center;color:#999}", f"""
<div class="rm">
<h1>西海固，凌晨四点半</h1>
<div class="meta"><span style="background:#eee;padding:1px 4px">原创</span> 石头记 <a>宁夏文旅观察</a> 2025年05月17日 21:06 宁夏</div>
{bh}
{B([('img','图片',None)])[0]}
<p style="color:#999;font-size:13px">作者：石头记　编辑：小禾　图片：受访者提供</p>
<p style="font-size:13px;color:#aaa">点击“阅读原文”查看更多</p>
<p style="color:#576b95">阅读原文</p>
<p style="color:#999">阅读 3427　赞 96　在看 41</p>
<div class="qr"><img alt="" width="120" height="120"><br>微信扫一扫<br>关注该公众号</div>
<p style="color:#999">继续滑动看下一个</p><p>宁夏文旅观察</p><p>向上滑动看下一个</p>
</div>
""")
add('yd-26', '自媒体', '微信公众号，作者为笔名', 'zh', "西海固，凌晨四点半", ["石头记"], "2025年05月17日 21:06", bg, html)

# ---------- yd-27 企鹅号 (腾讯新闻), person named ----------
items = [
 "5月的最后一个周末，我带着孩子去了趟天津西青区的杨柳青古镇。",
 "说实话，出发前我对古镇不抱太大期待，总觉得全国的古镇都差不多。但到了才发现，杨柳青的味道不太一样——它的底色是年画。",
 "在玉成号画庄，我们看到了年画的完整工序：勾、刻、印、绘、裱。老师傅说，一张手绘的“连年有余”，从刻版到完成要一个多月。孩子在体验区拓印了一张小门神，回来一路上都举着。",
 "中午在古镇里吃了一顿“八大碗”，熘鱼片和烧肘子都很地道，三个人花了一百六十多元。下午去了石家大院，院子一进套一进，光是看砖雕就能看一个小时。",
 "几点小建议：一是周末人多，最好上午十点前到；二是年画体验需要在公众号提前预约；三是古镇停车场不大，可以坐地铁6号线加公交过去。",
]
bh, bg = B(items)
html = doc("带娃逛杨柳青古镇：比想象中有意思_腾讯新闻", ".hd{border-bottom:1px solid #e5e5e5;padding:10px 0}.ttl{font-size:28px;font-weight:bold;margin:20px 0 10px}.ac{display:flex;gap:10px;color:#666;font-size:14px}", f"""
<div class="hd"><div class="w"><b style="color:#1479d7">腾讯新闻</b>　首页　要闻　财经　科技　娱乐　体育　更多 <span style="float:right">下载客户端　登录</span></div></div>
<div class="w">
<div class="ttl">带娃逛杨柳青古镇：比想象中有意思</div>
<div class="ac"><img alt="津门遛娃日记" width="36" height="36"><span>津门遛娃日记</span><span>2025-06-01 19:47</span><span>发布于天津</span><span>+关注</span></div>
<p style="font-size:13px;color:#999">腾讯新闻企鹅号作者　文｜周晓蕾</p>
{bh}
<p style="color:#999">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</p>
<p>举报　｜　写评论</p>
<h4>猜你喜欢</h4><ul><li>天津这5个公园夏天去正合适</li><li>五大道骑行攻略来了</li><li>津门老字号早点地图</li></ul></div>
""")
add('yd-27', '自媒体', '企鹅号（账号+文｜真名）', 'zh', "带娃逛杨柳青古镇：比想象中有意思", ["周晓蕾"], "2025-06-01 19:47", bg, html)

# ---------- yd-28 澎湃号, account only ----------
items = [
 "近日，兰州市安宁区人民法院审结一起因网购二手手机引发的买卖合同纠纷案件，判决卖家退还货款并赔偿买家损失。",
 "2024年10月，李某在某二手交易平台上购买了一部“九成新、无维修”的手机，价格3200元。收货后不久，李某发现手机屏幕为非原装配件，遂要求退货，卖家以“二手商品售出不退”为由拒绝。",
 "法院审理认为，卖家在商品描述中明确承诺“无维修”，但实际交付的手机更换过屏幕，构成欺诈，判决卖家退还货款3200元，并按照消费者权益保护法规定赔偿李某损失。",
 "卖家不服一审判决提起上诉，兰州市中级人民法院二审驳回上诉，维持原判。目前，该案判决已生效，卖家已履行全部赔偿义务。",
 "法官提醒：二手交易并非“法外之地”，卖家应如实描述商品状况；买家收货后应及时验货，发现问题保留聊天记录和检测报告等证据，依法维护自身权益。",
]
bh, bg = B(items)
html = doc("“九成新无维修”的二手手机换过屏，法院：退一赔三_澎湃号·政务_澎湃新闻-The Paper", ".hd{background:#00a5eb;color:#fff;padding:10px 0}.t{font-size:26px;font-weight:bold}.acc{color:#00a5eb}.tm{color:#999;font-size:13px}", f"""
<div class="hd"><div class="w"><b>澎湃新闻</b>　The Paper　要闻 深度 视频 澎湃号 财经 思想 <span style="float:right">下载客户端　登录</span></div></div>
<div class="w"><p>澎湃号·政务 &gt;</p>
<div class="t">“九成新无维修”的二手手机换过屏，法院：退一赔三</div>
<p><span class="acc">兰州安宁法院</span>　<span class="tm">关注</span></p>
<p class="tm">2025-04-08 17:20　来源：澎湃新闻·澎湃号·政务</p>
<p class="tm">字号</p>
{bh}
<p class="tm">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<p>举报　 收藏　 分享到</p>
<h4>相关推荐</h4><ul><li>网购“正品”成仿品，法院判了</li><li>预付卡跑路，消费者如何维权</li></ul></div>
<div class="w" style="font-size:12px;color:#999;text-align:center;padding:10px">沪ICP备14003370号　沪公网安备31010602000299号　互联网新闻信息服务许可证：31120170006</div>
""")
add('yd-28', '自媒体', '澎湃号·政务（只有账号）', 'zh', "“九成新无维修”的二手手机换过屏，法院：退一赔三", ["兰州安宁法院"], "2025-04-08 17:20", bg, html)

# ---------- yd-29 头条号, person named under account ----------
items = [
 "文/老郑说房",
 "最近不少朋友问我：北京通州的二手房，现在还能不能买？今天就结合最近的成交数据，聊聊我的看法。",
 "先看数据。根据链家等机构的统计，今年4月通州区二手住宅网签量约1380套，环比增长9%，但成交均价同比下降了约6%，基本回到了2019年下半年的水平。",
 "再看供给。通州目前挂牌量仍在高位，梨园、九棵树一带的老小区挂牌时间普遍超过半年，买方议价空间比较大；而副中心核心区附近的次新房，业主心态相对坚挺。",
 "还有一个变化值得注意：今年以来，通州区的租金基本稳定，部分次新小区的租售比有所改善，这说明真实的居住需求仍然存在。",
 "我的建议是：刚需自住的，可以重点关注地铁沿线、学区配套成熟的次新小区，不必追求“抄底”；以投资为目的的，现阶段还是要谨慎。",
 "以上只是个人观点，不构成投资建议。你怎么看？欢迎留言讨论。",
 "（作者郑国华，从业十五年的房产经纪人）",
]
bh, bg = B(items)
bg = bg[1:-1]  # 文/ line and closing author-bio line are byline lines, not body
html = doc("通州二手房现在能买吗？聊聊我看到的成交数据 - 今日头条", ".tb{background:#222;color:#fff;padding:8px 0;font-size:13px}.t{font-size:28px;font-weight:bold;line-height:1.4}.m{color:#999;font-size:13px}", f"""
<div class="tb"><div class="w">今日头条　首页　下载头条APP　添加到桌面 <span style="float:right">反馈　侵权投诉　登录</span></div></div>
<div class="w" style="width:720px">
<div class="t">通州二手房现在能买吗？聊聊我看到的成交数据</div>
<div class="m">原创　2025-05-14 08:55·<b>京城楼市观察</b></div>
{bh}
<p class="m">本文仅代表作者观点　举报</p>
<p class="m">赞 412　评论 203　收藏　分享</p>
<h4>相关推荐</h4><ul><li>北京5月新房成交回暖，这几个区最热</li><li>公积金贷款新政落地，能省多少钱？</li></ul></div>
""")
add('yd-29', '自媒体', '头条号（账号+文/笔名+结尾作者简介）', 'zh', "通州二手房现在能买吗？聊聊我看到的成交数据", ["郑国华"], "2025-05-14 08:55", bg, html)

# ---------- yd-30 网易号, person named at end, 出品/监制 non-authors ----------
items = [
 "青海湖东北岸的刚察县沙柳河，每年5月下旬到8月，数以万计的青海湖裸鲤从湖中逆流而上，到淡水河道中产卵繁殖，当地人称之为“湟鱼洄游”。",
 "今年5月下旬以来，沙柳河的湟鱼洄游进入高峰期。在河道中专门为鱼类修建的阶梯式洄游通道前，成群的湟鱼奋力跃起，引来不少游客驻足观看。",
 "青海湖裸鲤是青海湖特有的鱼类，生长极其缓慢，10年左右才长到一斤。上世纪，由于过度捕捞，湟鱼资源一度濒临枯竭。青海自1982年起先后6次对青海湖实施封湖育鱼，目前湟鱼资源蕴藏量已恢复到12万吨以上，是保护初期的近47倍。",
 "为了帮助湟鱼洄游，刚察县在沙柳河、泉吉河等河道上修建了多处阶梯式鱼道，并在洄游期间安排护鱼志愿者24小时巡护，及时把搁浅在浅滩的湟鱼送回河中。",
 "当地提醒游客：观赏湟鱼洄游时请勿投喂、捕捞，共同守护这一高原生态奇观。",
]
bh, bg = B(items)
html = doc("青海湖湟鱼洄游进入高峰期|青海湖|湟鱼|刚察县_网易订阅", ".ne{border-bottom:1px solid #ddd;padding:8px 0}.pt{font-size:13px;color:#888}", f"""
<div class="ne"><div class="w"><b style="color:#c00">网易</b>　首页　新闻　体育　娱乐　财经　汽车　网易号 <span style="float:right">登录　注册免费邮箱</span></div></div>
<div class="w"><p>网易首页 &gt; 网易号 &gt; 正文　申请入驻</p>
<h1 style="font-size:26px">青海湖湟鱼洄游进入高峰期</h1>
<div class="pt">2025-06-02 11:30:18　来源: <a>高原行者Plus</a>　青海　<span>举报</span></div>
{bh}
<p>作者：拉毛卓玛　出品：高原行者Plus工作室　监制：韩&nbsp;&nbsp;斌　新媒体编辑：小米</p>
<p class="pt">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>
<p class="pt">Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p>
<h4>相关推荐</h4><ul><li>茶卡盐湖迎来旅游旺季</li><li>环青海湖自行车赛7月开赛</li></ul></div>
""")
add('yd-30', '自媒体', '网易号（文末作者，出品/监制/新媒体编辑）', 'zh', "青海湖湟鱼洄游进入高峰期", ["拉毛卓玛"], "2025-06-02 11:30:18", bg, html)
