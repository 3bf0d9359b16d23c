from common import *

# ---------- yc-25 微信公众号: 来源/作者/编辑 stacked under title ----------
b = L('''
6月的宿迁，骆马湖畔荷叶田田。在宿城区三台山国家森林公园东侧，一片占地300余亩的“湖滨花海”近日对市民免费开放，成为不少家庭周末出游的新去处。
花海种植了向日葵、百日草、格桑花等10多个品种，按照花期错峰搭配，从5月下旬到10月都有花可赏。园区还设置了亲子农事体验区，孩子们可以在这里认识农作物、喂养小动物。
“以前这里是一片废弃的采砂场，坑坑洼洼、杂草丛生。”园区工作人员告诉小编，经过两年的生态修复，如今这里已经变成了鸟语花香的公园。
温馨提示：花海开放时间为每天7:00—19:00，园区内停车位有限，建议市民绿色出行，乘坐公交5路、22路在三台山公园站下车。
另外，园区周末晚间还有“星空露营”和草坪音乐会，具体安排请关注后续推送。
''')
def h25(B): return doc('骆马湖畔这片花海免费开放！', '''
body{background:#ededed}.rm{width:677px;margin:auto;background:#fff;padding:20px}.rm h1{font-size:22px}
.mt{color:#888;font-size:15px}.mt a{color:#576b95}.st p{margin:2px 0;color:#888;font-size:14px}.qr{text-align:center;color:#888}''', f'''
<div class="rm"><h1>骆马湖畔这片花海免费开放！</h1>
<div class="mt"><span>原创</span> <a href="#">宿迁发布</a> <em>2025年06月03日 19:05</em> <em>江苏</em></div>
<div class="st"><p>来源：宿城区融媒体中心</p><p>作者：徐静怡</p><p>编辑：张  浩</p></div>
<div class="fig"><img src="data:," alt="图片" width="600" height="1"></div>
{B}
<div class="fig"><img src="data:," alt="图片" width="600" height="1"></div>
<p class="qr">来源｜宿城区融媒体中心</p>
<p class="qr">审核｜王  立　终审｜刘  军</p>
<p class="qr">喜欢此内容的人还喜欢</p>
<p><a href="#">宿迁这些地方，夏天一定要去！</a></p>
<p>阅读 2.1万　赞 168　分享 推荐 95　写留言</p>
<p>微信扫一扫<br>关注该公众号</p></div>''')
page('yc-25','self-media 公众号', '骆马湖畔这片花海免费开放！', ['徐静怡'], '2025年06月03日 19:05', b, h25,
     note='来源/作者/编辑 stacked under the title; person named')

# ---------- yc-26 头条号 account only ----------
b = L('''
说起济南的老街巷，很多人第一个想到的是曲水亭街。但在大明湖东南角，还有一条不到300米长的小巷——鞭指巷，知道的人并不多。
鞭指巷是南北走向，北接西公界街，南通县西巷。相传清朝乾隆皇帝南巡经过这里，用马鞭一指问路，巷子因此得名。这个说法是真是假已经无从考证，但巷子里的老宅子却是实打实的。
巷子中段有一处保存完好的四合院，青砖灰瓦，门楼上的砖雕还清晰可见。老街坊王大爷今年78岁，从小就住在这里。他说，以前巷子里有好几口泉井，夏天大家把西瓜吊在井里镇着，比冰箱还凉。
这几年老城区改造，鞭指巷修缮了路面和排水，一些老院子开起了茶社和民宿。周末来逛的年轻人越来越多，但巷子里仍然住着不少老住户，大家晾衣服、下象棋，烟火气一点没少。
如果你也喜欢老济南的味道，不妨找个不太热的傍晚，来鞭指巷走一走。
''')
def h26(B): return doc('济南这条小巷不到300米，乾隆用马鞭一指，巷名流传至今 - 今日头条', '''
.t{height:40px;background:#fff;border-bottom:1px solid #eee;padding:6px 24px}.w{width:680px;margin:auto}.w h1{font-size:28px}
.m{color:#999;font-size:13px}.side{font-size:13px}''', f'''
<div class="t"><a href="#">首页</a> <a href="#">下载头条</a> <a href="#">发布</a>　<input placeholder="搜索站内资讯、视频或用户"> <a href="#">登录</a></div>
<div class="w"><h1>济南这条小巷不到300米，乾隆用马鞭一指，巷名流传至今</h1>
<p class="m"><span>原创</span>　<span>2025-03-18 08:46</span>　·　<a href="#">泉城老街坊</a></p>
<p class="m">发布于：山东省</p>
{B}
<div class="fig"><img src="data:," alt="" width="600" height="1"></div>
<p class="m">举报/反馈</p>
<div class="side"><p><a href="#">泉城老街坊</a> <span>粉丝 3.6万</span> <button>关注</button></p><p>头条号作者：专注济南老城故事</p></div>
<p>评论 23　<a href="#">写评论...</a></p>
<h4>相关推荐</h4>{ul(["济南曲水亭街：家家泉水，户户垂杨","大明湖畔的老字号，你吃过几家？"])}</div>''')
page('yc-26','self-media 头条号', '济南这条小巷不到300米，乾隆用马鞭一指，巷名流传至今', ['泉城老街坊'], '2025-03-18 08:46', b, h26,
     note='account only → account name')

# ---------- yc-27 网易号 作者：NAME inside the first paragraph-block ----------
b = L('''
今年一季度，长三角三省一市外贸进出口合计3.8万亿元，占全国比重接近36%。在外部需求波动加剧的背景下，这份“成绩单”来之不易。
细看结构，有两个变化值得关注。一是中间品贸易占比上升。以汽车零部件、集成电路为代表的中间品出口增长明显，说明长三角制造业正深度嵌入全球产业链。二是民营企业“挑大梁”。民营企业进出口占比超过六成，比去年同期提高了2个百分点。
不过，外贸企业普遍反映，订单“短、小、急”的特点更加突出，海运费用和汇率波动也在挤压利润空间。一些中小企业负责人表示，以前一张订单能做三个月，现在往往只够一个月。
专家认为，长三角应加快推进跨境贸易便利化一体化，在通关、物流、金融等方面形成合力，同时支持企业开拓东盟、中东、拉美等新兴市场，分散出口风险。
''')
def h27(B): return doc('一季度长三角外贸“成绩单”里的两个新变化|外贸|长三角_网易订阅', '''
.t{background:#fff;border-bottom:1px solid #ddd;padding:6px 24px}.w{width:700px;margin:auto}.w h1{font-size:27px}
.m{color:#888;font-size:13px}.lead{color:#888}.foot{font-size:12px;color:#999;text-align:center}''', f'''
<div class="t"><a href="#">网易首页</a> &gt; <a href="#">网易号</a> &gt; 正文　<a href="#">申请入驻</a>　<a href="#">登录</a></div>
<div class="w"><h1>一季度长三角外贸“成绩单”里的两个新变化</h1>
<p class="m">2025-04-21 18:09:37　来源: <a href="#">长三角经济观察</a>　江苏</p>
<p class="m">举报</p>
<div class="ct"><p class="lead">作者：陈默　编辑：周舟　来源：长三角经济观察</p>
{B}
</div>
<p class="m">特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</p>
<p>打开网易新闻 查看精彩图片</p>
<h4>相关推荐</h4>{ul(["4月份长三角制造业PMI回升","上海港集装箱吞吐量保持增长"])}
<p>热点新闻</p></div>
<div class="foot">©1997-2025 网易公司版权所有</div>''')
page('yc-27','self-media 网易号', '一季度长三角外贸“成绩单”里的两个新变化', ['陈默'], '2025-04-21 18:09:37', b, h27,
     note='作者/编辑/来源 line as first p inside the article container: not body')

# ---------- yc-28 百家号 account only ----------
b = L('''
这两天，阜阳颍州区西湖景区的荷花陆续开放了，不少市民一大早就扛着相机赶去拍照。
小编5月11日上午在现场看到，景区内的“十里荷塘”已经冒出一片片新绿，早开的几株荷花在湖面上格外显眼。景区工作人员说，今年气温回升早，荷花比往年提前了半个月左右，预计6月中旬进入盛花期。
景区今年新修了一条1.2公里长的亲水木栈道，从西湖大道入口一直延伸到湖心岛，游客可以近距离观赏荷花。栈道沿线还设置了休息亭和直饮水点，方便游客歇脚。傍晚时分，湖面上的夕阳和荷叶相映成趣，是拍照的好时候。
提醒大家：景区免费开放，周末车辆较多，建议错峰出行；观赏时请勿翻越护栏采摘荷花。
你最近去西湖拍荷花了吗？哪个角度最出片？欢迎在评论区晒出你的照片。
''')
def h28(B): return doc('阜阳西湖荷花提前开了！比往年早半个月', '''
.t{background:#fff;padding:8px 24px;border-bottom:1px solid #eee}.w{width:680px;margin:auto}.w h2{font-size:26px}
.m{color:#999;font-size:13px}''', f'''
<div class="t"><a href="#">百度首页</a> <a href="#">登录</a></div>
<div class="w"><h2>阜阳西湖荷花提前开了！比往年早半个月</h2>
<div class="m"><a href="#">皖北生活圈</a><br>2025-05-12 17:33安徽 <button>+关注</button></div>
{B}
<div class="fig"><img src="data:," alt="" width="600" height="1"></div>
<p class="m">本文来自作者[皖北生活圈]投稿，不代表百家号立场</p>
<p class="m">举报/反馈</p>
<h4>发表评论</h4><p><input placeholder="发表评论"></p>
<p>作者最新文章</p>{ul(["颍州这家老字号牛肉汤开了40年","阜阳西湖景区五一接待游客超30万人次"])}</div>''')
page('yc-28','self-media 百家号', '阜阳西湖荷花提前开了！比往年早半个月', ['皖北生活圈'], '2025-05-12 17:33', b, h28,
     note='account only; date glued to place')

# ---------- yc-29 搜狐号 文/图 line at top ----------
b = L('''
眼下正是大棚西瓜上市的季节。在徐州市睢宁县魏集镇，瓜农们忙着采摘、装箱，一车车西瓜从田间直接发往上海、杭州等地。
魏集镇种植大棚西瓜已有20多年历史，全镇西瓜种植面积达1.6万亩。近年来，当地推广嫁接育苗和蜜蜂授粉技术，西瓜品质明显提升，平均亩产3500公斤左右。
“今年行情不错，地头收购价每斤1块6到1块8，一亩地毛收入能有1万多元。”种植户魏德安一边挑瓜一边说。他家种了15亩，从4月底开始采摘，能一直卖到6月中旬。
为了打开销路，镇里还组织了电商培训，不少年轻人通过短视频平台直播卖瓜。一位返乡青年告诉我，他最多的时候一天能卖出2000多单。
魏集镇相关负责人告诉我，镇里正在筹建西瓜分拣包装中心和冷库，还打算注册“魏集西瓜”区域公用品牌，让好瓜卖出好价钱。
''')
def h29(B): return doc('睢宁魏集：大棚西瓜甜了瓜农日子_搜狐网', '''
.t{background:#f5f5f5;padding:6px 24px;font-size:13px}.w{width:700px;margin:auto}.w h1{font-size:26px}
.m{color:#999;font-size:13px}.side{font-size:13px;color:#555}''', f'''
<div class="t"><a href="#">搜狐</a> <a href="#">首页</a> <a href="#">新闻</a> <a href="#">体育</a> <a href="#">汽车</a> <a href="#">房产</a> <a href="#">旅游</a> <a href="#">教育</a> <a href="#">时尚</a> <a href="#">科技</a> <a href="#">财经</a>　<a href="#">登录</a></div>
<div class="side"><p><a href="#">苏北三农观察</a></p><p>文章 412　总阅读 86万</p><p><a href="#">查看TA的文章&gt;</a></p></div>
<div class="w"><h1>睢宁魏集：大棚西瓜甜了瓜农日子</h1>
<p class="m">2025-05-09 16:20　发布于：江苏省</p>
<div class="ct"><p>文/图：周宁</p>
{B}
<div class="fig"><img src="data:," alt="" width="600" height="1"></div>
</div>
<p><a href="#">返回搜狐，查看更多</a></p>
<p class="m">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p>阅读 (1203)</p>
<h4>推荐阅读</h4>{ul(["苏北这个县的西瓜，卖到了长三角","今年的西瓜为什么这么甜？"])}</div>''')
page('yc-29','self-media 搜狐号', '睢宁魏集：大棚西瓜甜了瓜农日子', ['周宁'], '2025-05-09 16:20', b, h29,
     note='文/图 line at top of body; account differs from person')

# ---------- yc-30 澎湃号·政务 account only ----------
b = L('''
6月3日，嘉定区“15分钟社区生活圈”暑期公益托管班开始报名。今年全区共开设托管班62个，比去年增加11个，可提供托位约4800个，覆盖全区所有街镇。
托管班面向本区小学一至五年级学生，时间为7月7日至8月15日（周一至周五），每天8:30至16:30。课程包括作业辅导、安全教育、非遗体验、体育运动等内容，中午提供午餐。
家长可通过“随申办”APP搜索“爱心暑托班”进行网上报名，报名遵循“就近就便、先到先得”原则，每名学生限报一个班点。符合条件的困难家庭学生优先录取。
区教育局提醒，托管班为公益性质，仅收取少量餐费，请家长警惕以“内部名额”为由收取费用的诈骗行为。
托管班具体班点地址和联系电话，可在“嘉定教育”微信公众号查询。
''')
def h30(B): return doc('嘉定62个暑期托管班今起报名，看看离你家最近的在哪', '''
.t{background:#fff;padding:6px 24px;border-bottom:1px solid #eee}.w{width:700px;margin:auto}.w h1{font-size:26px}
.m{color:#999;font-size:13px}.ed{font-size:13px;color:#666}''', f'''
<div class="t"><b>澎湃</b> <a href="#">要闻</a> <a href="#">深度</a> <a href="#">视频</a> <a href="#">澎湃号</a> <a href="#">湃客</a> <a href="#">政务</a>　<a href="#">下载客户端</a> <a href="#">登录</a></div>
<div class="w"><div class="crumb">澎湃号·政务 &gt; <a href="#">上海嘉定</a></div>
<h1>嘉定62个暑期托管班今起报名，看看离你家最近的在哪</h1>
<p class="m"><a href="#">上海嘉定</a>　<button>+订阅</button></p>
<p class="m">2025-06-03 18:20　来源：澎湃新闻·澎湃号·政务</p>
<p class="m">字号</p>
{B}
<p class="ed">资料：区教育局</p>
<p class="ed">编辑：朱  琳</p>
<p class="m">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</p>
<p>扫码下载澎湃新闻客户端</p>
<h4>相关推荐</h4>{ul(["嘉定这些公园夏季延长开放时间","嘉定新城远香湖畔新添一座城市书房"])}</div>''')
page('yc-30','self-media 澎湃号·政务', '嘉定62个暑期托管班今起报名，看看离你家最近的在哪', ['上海嘉定'], '2025-06-03 18:20', b, h30,
     note='government account only; 资料/编辑 non-authors')
