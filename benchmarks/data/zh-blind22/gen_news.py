from gen_base import *

# ---------- zw-15 English, China Daily style
b = ["Chongqing's cross-border rail freight service to Southeast Asia handled a record 1,243 trains in the first five months of this year, up 38 percent year-on-year, according to the municipal port and logistics office.",
     "The service, which links the southwestern municipality with Vietnam, Laos and Thailand through the New International Land-Sea Trade Corridor, now carries more than 600 types of goods, ranging from auto parts and laptops to durian and rubber.",
     "\"Shipping time from Chongqing to Vientiane has been cut to about 30 hours, which has changed the way we plan inventory,\" said Tan Jialin, logistics manager at a motorcycle maker in the city's Banan district.",
     "Customs officers in Chongqing have introduced a one-stop inspection model that allows cargo to be declared once and cleared at the border without further checks, saving exporters an average of two days per shipment.",
     "Analysts said the corridor is becoming an important alternative to sea routes for high-value and time-sensitive goods. \"It gives inland manufacturers a direct door to ASEAN markets,\" said Zhou Ming, a researcher at the Chongqing Academy of Social Sciences.",
     "The city plans to open three new routes to Malaysia and Cambodia by the end of the year."]
page = doc("Chongqing rail freight to ASEAN hits record - Chinadaily.com.cn", '''
.top{background:#004e9e;color:#fff;font-size:12px;padding:4px 40px}.top a{color:#fff;margin-right:14px}.logo{padding:14px 40px;font-size:28px;font-weight:bold}
.main{width:960px;margin:0 auto}h1{font-family:Georgia,serif;font-size:30px}.info{color:#888;font-size:13px;border-bottom:1px solid #ddd}''',
f'''<div class="top">{inline(['Global Edition','China Edition','ASIA','中文','Subscribe','Sign in'])}</div>
<div class="logo">CHINA DAILY <small>Chinadaily.com.cn</small> <input placeholder="Search"></div>
<div>{inline(['HOME','CHINA','WORLD','BUSINESS','LIFESTYLE','CULTURE','TRAVEL','SPORTS','OPINION','REGIONAL'],' | ')}</div>
<div class="main"><p>Home / China / Society</p>
<h1>Chongqing rail freight to ASEAN hits record</h1>
<p class="info">By Luo Wenyi in Chongqing and He Qinglan in Beijing | China Daily | Updated: 2025-06-04 07:18</p>
<div>{inline(['Share','Facebook','Twitter','LinkedIn'],' ')} <span>A A A</span></div>
<figure><img alt="A freight train loaded with containers departs from Chongqing" src="1.jpg"><figcaption>A freight train bound for Vientiane, Laos, leaves the Chongqing International Logistics Hub on Tuesday. [Photo by Luo Guojia/For China Daily]</figcaption></figure>
{bhtml(b)}
<div><h4>Related Stories</h4>{ul(['Land-sea corridor boosts western trade','Laos durians reach Chongqing in 30 hours','Chongqing customs streamlines border checks'])}</div>
<div><h4>Most Viewed in 24 Hours</h4>{ul(['Top 10 summer destinations','Chinese scientists build new quantum chip','Dragon boat races draw crowds'])}</div>
<p>Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p>
<p>京ICP备13028878号-6</p></div>''')
add('zw-15','news: English, China Daily style, "By X in A and Y in B | outlet | Updated:"',"Chongqing rail freight to ASEAN hits record",["Luo Wenyi","He Qinglan"],"2025-06-04 07:18",b,page,lang='en')

# ---------- zw-16 English, Shanghai Daily style Author: line; second writer at end
b = ["Shanghai will add 1,000 more public charging piles for electric bicycles in residential compounds this year, as part of a citywide campaign to curb fires caused by indoor charging, the city's emergency management bureau said on Tuesday.",
     "Most of the new piles will be installed in old neighborhoods in Hongkou, Yangpu and Putuo districts, where corridors are narrow and residents often bring batteries home to charge.",
     "Since the campaign started last spring, the city has built 48,000 charging points and reduced e-bike fires by 27 percent, officials said.",
     "Property managers who fail to stop \"flying-line\" charging, in which cables are dangled from upper floors, can be fined up to 10,000 yuan under rules that took effect in March.",
     "Residents welcomed the move. \"I used to carry the battery up to the sixth floor every night,\" said Liu Guifang, a retiree in Yangpu. \"Now I can charge it downstairs for less than one yuan.\""]
page = doc("Shanghai to add 1,000 e-bike charging piles | Shanghai Daily", '''
.bar{background:#111;color:#eee;padding:6px 30px;font-size:13px}.bar a{color:#eee;margin-right:16px}.c{width:900px;margin:0 auto}h1{font-size:32px}.au{font-size:13px;color:#555}''',
f'''<div class="bar">SHINE {inline(['News','Biz','Metro','Sport','Opinion','Feature','Video'])} <input placeholder="Search SHINE"> Sign In</div>
<div class="c"><p><a href="#">Metro</a></p>
<h1>Shanghai to add 1,000 e-bike charging piles</h1>
<p style="font-size:18px;color:#444">Most new piles will go to older residential compounds where indoor charging remains common.</p>
<div class="au"><p>Author: Xu Linnan</p><p>00:21 UTC+8, 2025-06-04</p></div>
<div>{inline(['Facebook','X','Weibo','WeChat','Copy link'],' ')}</div>
<img alt="Shanghai e-bike charging" src="a.jpg"><p>Ti Gong</p><p>Residents use a new charging station in Yangpu District.</p>
{bhtml(b)}
<p>Source: SHINE　Editor: Wang Yue</p>
<div><h4>Special Reports</h4>{ul(['Shanghai Fashion Week','Your Guide to the Metro','Shanghai Marathon'])}</div>
<p>沪公网安备 31010602000204号 Copyright © 2025 Shanghai Daily. All rights reserved.</p></div>''')
add('zw-16','news: English, Shanghai Daily/SHINE style, Author: line, standfirst, contributor line',"Shanghai to add 1,000 e-bike charging piles",["Xu Linnan"],"00:21 UTC+8, 2025-06-04",b,page,lang='en',
    note='standfirst (deck) under headline is not body; photo credit Ti Gong not author')

# ---------- zw-17 评论员文章 on 南方网
b = ["民营经济是推进中国式现代化的生力军。日前召开的全省民营经济发展大会，释放出广东坚定不移支持民营经济发展壮大的强烈信号。",
     "广东是民营经济大省，民营经济贡献了全省一半以上的地区生产总值、六成以上的税收和八成以上的城镇就业。可以说，民营经济兴则广东兴，民营企业强则广东强。",
     "支持民营经济发展，关键在于营造公平竞争的市场环境。要持续破除市场准入壁垒，推动各类经营主体依法平等使用生产要素、公平参与市场竞争、同等受到法律保护。对政府拖欠企业账款问题，要建立长效机制，决不能让企业“流汗又流泪”。",
     "支持民营经济发展，还要构建亲清政商关系。各级领导干部要真心实意同企业家交朋友，既“亲”而有度，又“清”而有为，在企业遇到困难时出手帮一把，在企业发展顺利时不打扰、不折腾。",
     "潮平两岸阔，风正一帆悬。只要我们坚持“两个毫不动摇”，把各项政策落到实处，广东民营经济必将在新征程上展现更大作为。"]
page = doc("南方日报评论员：让民营经济在南粤大地竞相发展_南方网", '''
.hd{background:#0049a0;color:#fff;padding:10px 30px}.hd a{color:#fff;margin-right:12px}.w{width:1000px;margin:0 auto}h1{font-size:28px}.m{color:#999;font-size:13px}''',
f'''<div class="hd">南方网 {inline(['首页','新闻','时政','经济','评论','视频','南方+'])} <input placeholder="搜索"></div>
<div class="w"><p>南方网 &gt; 评论频道 &gt; 南方时评</p>
<h1>让民营经济在南粤大地竞相发展</h1>
<p class="m">2025-02-11 07:32　来源：南方日报　<span>南方日报评论员</span>　评论：<a href="#">128</a></p>
{bhtml(b)}
<p>【编辑：吴思琪】</p>
<div><h4>热门评论</h4>{ul(['以“百千万工程”为牵引推动城乡区域协调发展','为新质生产力发展注入强劲动能'])}</div>
<p>本网站所刊载信息，不代表南方网观点。刊用本网站稿件，务经书面授权。</p><p>粤ICP备05070829号 互联网新闻信息服务许可证编号：44120170001</p></div>''')
add('zw-17','news: 评论员文章 (南方网), commentator byline, no person',"让民营经济在南粤大地竞相发展",[],"2025-02-11 07:32",b,page,
    note='本报/南方日报评论员 is not a person → authors []; the <title> carries a 南方日报评论员： prefix but the headline does not')

# ---------- zw-18 专访 on 津云 (Tianjin)
b = ["编者按：今年是天津港开港165周年。围绕智慧港口建设和港产城融合发展，记者专访了天津港集团总工程师罗文斌。",
     "记者：天津港北疆港区C段智能化集装箱码头投产已满三年，运行情况怎么样？",
     "罗文斌：总体很好。码头采用“智能水平运输+自动化岸桥”的方案，现在单机作业效率比传统码头提高了约20%，人工成本下降60%以上。更重要的是，它的运营全程使用风电、光伏等绿电，实现了碳排放为零。",
     "记者：智慧港口建设中遇到的最大难点是什么？",
     "罗文斌：是老码头改造。新建码头可以从零设计，但老码头要“边生产边改造”，不能停工。我们用了两年多时间，在不影响作业的前提下完成了设备联网和调度系统升级。",
     "记者：下一步有什么打算？",
     "罗文斌：我们将加快推进智能化改造向全港推广，同时依托港口发展冷链物流、汽车滚装等临港产业，让港口更好地服务京津冀协同发展。"]
page = doc("专访天津港集团总工程师罗文斌：让“智慧港口”跑出加速度 - 津云", '''
.nav{background:#e60012;padding:8px 30px}.nav a{color:#fff;margin-right:14px}.w{width:960px;margin:0 auto}h1{font-size:26px}.by{color:#666}''',
f'''<div class="nav">{inline(['津云','新闻','天津','政务','直播','视频','下载客户端'])}</div>
<div class="w"><p>津云 · 新闻 · 天津</p>
<h1>专访天津港集团总工程师罗文斌：让“智慧港口”跑出加速度</h1>
<p class="by">津云新闻记者  陈  倩  郭佳宁</p>
<p class="by">2024年9月18日 10:05　来源：津云</p>
<img alt="罗文斌接受记者专访" src="1.jpg"><p>罗文斌接受记者专访。津云新闻记者 郭佳宁 摄</p>
{bhtml(b)}
<p>编辑：张博　审核：李一丹</p>
<div>相关新闻 {ul(['天津港集装箱吞吐量创同期新高','北疆港区C段码头获评全球智慧码头标杆'])}</div>
<p>津ICP备2020008519号　网络视听许可证0211651号</p></div>''')
add('zw-18','news: 专访 Q&A (津云), two reporters under headline, one name spaced',"专访天津港集团总工程师罗文斌：让“智慧港口”跑出加速度",["陈倩","郭佳宁"],"2024年9月18日 10:05",b,page,
    note='编者按 paragraph kept as body; Q/A labels stay in paragraphs')

# ---------- zw-19 图解 on 广西新闻网
b = ["2024年，广西农村居民人均可支配收入达到19836元，同比增长6.7%，增速连续多年快于城镇居民。",
     ('x','<img alt="图解：2024年广西农村居民收入情况（一）" src="t1.png">'),
     "从收入结构看，工资性收入7032元，增长7.5%；经营净收入6618元，增长5.2%；财产净收入362元，增长4.8%；转移净收入5824元，增长7.1%。",
     ('x','<img alt="图解：2024年广西农村居民收入情况（二）" src="t2.png">'),
     "分区域看，14个设区市农村居民收入均保持增长，其中防城港、北海、南宁位居前三。"]
page = doc("图解|2024年广西农村居民人均可支配收入增长6.7% - 广西新闻网", '''
.hd{background:#b80000;color:#fff;padding:12px 30px;font-size:22px}.w{width:800px;margin:0 auto}h1{font-size:24px;text-align:center}.cr p{margin:0;color:#666;font-size:13px}''',
f'''<div class="hd">广西新闻网 <small>{inline(['首页','时政','经济','图解','视频','壮语'],' ')}</small></div>
<div class="w"><p>广西新闻网 &gt; 新闻 &gt; 图解新闻</p>
<h1>图解|2024年广西农村居民人均可支配收入增长6.7%</h1>
<p style="text-align:center;color:#888">来源：广西新闻网　2025-01-26 16:40</p>
{bhtml(b)}
<div class="cr"><p>出品：广西云-广西日报</p><p>策划：黄  坤</p><p>监制：覃建业</p><p>文字：韦  丽</p><p>制图：莫一帆</p></div>
<p>责任编辑：杨佳</p>
<div>{ul(['一图读懂广西2025年政府工作报告','数说广西：2024年外贸进出口总值'])}</div>
<p>广西新闻网版权所有　桂ICP备05000337号</p></div>''')
add('zw-19','news: 图解 (广西新闻网), 出品/策划/监制/制图 lines not authors, 文字 is',"图解|2024年广西农村居民人均可支配收入增长6.7%",["韦丽"],"2025-01-26 16:40",b,page,
    note='文字： credit = writer (author); 出品/策划/监制/制图 are not authors; title includes the 图解| prefix as printed')

# ---------- zw-20 新华社通稿 reprinted on portal with 原标题
b = ["新华社海口6月2日电（记者 周远航、吴晓岚）记者从海南省商务厅获悉，海南自由贸易港全岛封关运作各项准备工作正在有序推进，“一线放开、二线管住”的进出岛管理制度已完成压力测试。",
     "据介绍，海南已建成洋浦港、海口港等8个“二线口岸”，配套查验设施全部投入试运行。今年1至5月，海南货物贸易进出口总值同比增长14.3%，其中享受“零关税”政策进口货物货值增长近三成。",
     "海南省商务厅有关负责人表示，封关运作后，海南将对更多商品实行“零关税”，进一步扩大加工增值免关税政策的适用范围，吸引更多企业落户。",
     "业内人士认为，封关运作是海南自由贸易港建设的标志性节点，将为海南对外开放带来新的增长动能。"]
page = doc("海南自贸港封关准备有序推进 进出岛管理制度完成压力测试_新闻频道_网易新闻", '''
.top{background:#f5f5f5;font-size:12px;padding:4px 30px}.w{width:1000px;margin:0 auto}h1{font-size:28px}.pi{color:#888;font-size:13px}.side{float:right;width:280px}''',
f'''<div class="top">{inline(['网易首页','新闻','体育','娱乐','财经','科技','手机','汽车','房产','登录','注册免费邮箱'],' ')}</div>
<div class="w"><div class="side"><h4>热点新闻</h4>{ul(['多地发布高温预警','今年高考报名人数公布','国产大飞机新航线开通','端午假期出行大数据'])}</div>
<h1>海南自贸港封关准备有序推进 进出岛管理制度完成压力测试</h1>
<div class="pi">2025-06-02 18:46:07　来源: <a href="#">新华社</a>　<a href="#">举报</a>　<span>3</span> 跟贴</div>
<p>（原标题：海南自贸港封关运作准备工作有序推进）</p>
{bhtml(b)}
<p>本文来源：新华社　责任编辑：王晓燕_NN6021</p>
<div>跟贴 3 参与 27 <input placeholder="文明上网，登录发贴"></div>
<p>©1997-2025 网易公司版权所有 About NetEase | 公司简介 | 联系方法 | 招聘信息 | 客户服务 | 隐私政策</p></div>''')
add('zw-20','news: 新华社通稿 reprinted on portal (网易), 原标题, dateline byline in 1st paragraph',"海南自贸港封关准备有序推进 进出岛管理制度完成压力测试",["周远航","吴晓岚"],"2025-06-02 18:46:07",b,page)

# ---------- zw-21 人民日报 reprinted on 天津市政府网
b = ["初夏时节，走进天津市西青区辛口镇的小沙窝村，成片的大棚里，沙窝萝卜进入采收尾声，村民们忙着分拣、装箱，发往全国各地。",
     "“过去萝卜论斤卖，一斤几毛钱；现在搞品牌、做电商，精品萝卜一箱能卖到60多元。”村党支部书记刘振海说。2024年，全村萝卜产业产值突破1.2亿元，村民人均可支配收入超过4.6万元。",
     "小沙窝村的变化，是天津推进乡村全面振兴的一个缩影。近年来，天津实施“一村一品”培育计划，建成特色产业专业村230个，打造了小站稻、沙窝萝卜、茶淀葡萄等一批叫得响的农业品牌。",
     "与此同时，天津持续加大农村基础设施投入，全市行政村实现“村村通公交”“户户通硬化路”，农村生活污水治理率达到83%。",
     "“下一步，我们将以产业振兴为重点，推动农村一二三产业融合发展，让农民腰包更鼓、日子更甜。”天津市农业农村委主要负责同志说。"]
page = doc("天津：特色产业鼓起农民腰包_天津市人民政府", '''
.hd{background:#c1121f;color:#fff;padding:18px 40px;font-size:26px}.w{width:1000px;margin:0 auto}.xl{text-align:center;color:#777;font-size:13px}''',
f'''<div style="font-size:12px;text-align:right;padding:2px 40px">{inline(['无障碍','长者模式','English','登录'],' | ')}</div>
<div class="hd">天津市人民政府 <input placeholder="请输入关键词"></div>
<div class="w"><p>首页 &gt; 新闻 &gt; 媒体看天津</p>
<h2 style="text-align:center">天津：特色产业鼓起农民腰包</h2>
<p class="xl">来源：人民日报　发布时间：2025-05-30 08:35　<a href="#">【打印】</a><a href="#">【关闭】</a></p>
{bhtml(b)}
<p>（本报记者 李泽宇 黄  嘉）</p>
<p>《 人民日报 》（ 2025年05月30日 10 版）</p>
<p>上一篇：<a href="#">新华社：天津港集装箱航线再添新线</a>　下一篇：<a href="#">光明日报：天津职业教育走出去</a></p>
<p style="text-align:center;font-size:12px">主办单位：天津市人民政府办公厅　网站标识码：1200000015　津ICP备05004341号　津公网安备12010102000079号</p></div>''')
add('zw-21','news: 人民日报 article reprinted on gov site, 来源：人民日报, reporters at end',"天津：特色产业鼓起农民腰包",["李泽宇","黄嘉"],"2025-05-30 08:35",b,page,
    note='end byline in parentheses on its own line, 2-char name spaced')

# ---------- zw-22 headline printed twice: breadcrumb and above text (东方网 style)
b = ["6月1日起，徐汇滨江新添一处亲水平台——龙华港桥下的“滨江之眼”正式向市民开放，黄浦江两岸的风景从此多了一个观赏角度。",
     "“滨江之眼”由一座废弃的煤码头卸煤平台改造而成，面积约1800平方米。设计团队保留了原有的混凝土框架和锈迹斑斑的吊车轨道，在平台上铺设防腐木栈道，并设置了一处伸向江面约12米的悬挑观景台。",
     "开放首日正值周末，不少市民带着孩子前来打卡。“站在观景台上，脚下就是江水，对岸的前滩和世博园区看得清清楚楚。”家住龙华街道的市民沈佳怡说。",
     "据徐汇区建设管理委介绍，今年徐汇滨江还将完成3处公共空间微更新，增设母婴室、自动售货机和直饮水点，让“一江一河”沿岸公共空间更有温度。"]
page = doc("徐汇滨江新添一处亲水平台“滨江之眼”开放_上海新闻_东方网", '''
.hd{background:#003c8f;color:#fff;padding:10px 30px;font-size:22px}.w{width:1000px;margin:0 auto}h1{font-size:30px}.pi{color:#888;font-size:13px}''',
f'''<div class="hd">东方网 eastday.com <small>{inline(['新闻','上海','国际','财经','评论','图片'],' ')}</small></div>
<div class="w"><p><a href="#">东方网</a> &gt;&gt; <a href="#">上海新闻</a> &gt;&gt; 徐汇滨江新添一处亲水平台“滨江之眼”开放</p>
<h1>徐汇滨江新添一处亲水平台“滨江之眼”开放</h1>
<p class="pi">东方网记者  闵  敏　2025-06-03 14:27　来源：东方网　<a href="#">作者：闵敏</a>　选稿：朱琳</p>
<div>分享到：{inline(['微信','微博','QQ'],' ')}</div>
<img alt="“滨江之眼”观景台" src="1.jpg"><p>图说：“滨江之眼”悬挑观景台伸向江面。东方网记者 闵敏 摄</p>
{bhtml(b)}
<p>相关新闻：{ul(['黄浦江45公里岸线贯通后再升级','徐汇滨江西岸美术馆举办夏季展'])}</p>
<p>东方网版权所有　沪ICP证：沪B2-2017116</p></div>''')
add('zw-22','news: headline printed twice (breadcrumb + h1), 东方网 style',"徐汇滨江新添一处亲水平台“滨江之眼”开放",["闵敏"],"2025-06-03 14:27",b,page)

# ---------- zw-23 reprint with 原标题 and 来源 (南海网 ← 海南日报)
b = ["海南日报讯（记者 符致远 通讯员 王  丹）6月2日，记者从海口美兰国际机场获悉，端午假期前后，美兰机场新开和加密国际航线6条，国际及地区航线总数达到45条，创历史新高。",
     "新开航线包括海口—大阪、海口—胡志明市、海口—雅加达等，均由国内航空公司执飞，每周2至4班。",
     "美兰机场相关负责人介绍，今年以来，机场国际及地区旅客吞吐量同比增长52.6%，其中入境外籍旅客增长近一倍。机场已在国际到达区增设外币兑换、移动支付开通等服务点，方便境外旅客“落地即用”。",
     "据悉，下半年美兰机场还计划开通至欧洲、中东的远程航线，进一步打造面向太平洋和印度洋的航空区域门户枢纽。"]
page = doc("美兰机场国际及地区航线达45条 创历史新高-南海网", '''
.top{background:#0a6ebd;color:#fff;padding:8px 30px}.w{width:960px;margin:0 auto}h1{font-size:26px}.m{font-size:13px;color:#888}''',
f'''<div class="top">南海网 {inline(['首页','海南新闻','自贸港','生活','视频','登录'],' ')}</div>
<div class="w"><p>您所在的位置：南海网 &gt; 海南新闻 &gt; 交通</p>
<h1>美兰机场国际及地区航线达45条 创历史新高</h1>
<p class="m">2025年06月03日 08:21　来源：海南日报　作者：符致远 王丹　编辑：林美玲</p>
<p>原标题：海口美兰机场新开加密6条国际航线 国际及地区航线总数创新高</p>
{bhtml(b)}
<p>【责任编辑：吴小倩】</p>
<div><h4>热门推荐</h4>{ul(['海口至三亚动车增开夜班车','海南离岛免税购物额增长','博鳌亚洲论坛年会筹备工作启动'])}</div>
<p>南海网版权所有　琼ICP备11000394号</p></div>''')
add('zw-23','news: reprint with 原标题 and 来源 (南海网 ← 海南日报), dateline byline with 通讯员',"美兰机场国际及地区航线达45条 创历史新高",["符致远","王丹"],"2025年06月03日 08:21",b,page)

# ---------- zw-24 city media 华龙网, comment count, byline end line 记者 X 通讯员 Y
b = ["6月3日，记者从重庆市文化和旅游发展委员会获悉，今年端午假期，全市共接待游客1102.5万人次，实现旅游收入62.8亿元，按可比口径分别增长9.1%和11.3%。",
     "假期期间，洪崖洞、解放碑、磁器口等热门景区游客如织，“山城夜景”持续走红。武隆、酉阳、巫山等地推出龙舟赛、非遗展演等特色活动，带动乡村旅游订单增长近两成。",
     "值得一提的是，入境游市场表现亮眼。假期全市接待入境游客5.6万人次，同比增长64%，来自东南亚、韩国的游客数量增长明显。",
     "市文化旅游委相关负责人表示，将持续丰富夏季文旅产品供给，推出“清凉重庆”避暑游系列线路，满足游客多样化需求。",
     "记者 杨  骏 通讯员 谭雨婷"]
page = doc("端午假期重庆接待游客超1100万人次_华龙网", '''
.hd{background:#d9251d;color:#fff;padding:10px 30px;font-size:22px}.w{width:1000px;margin:0 auto}h1{font-size:28px}''',
f'''<div class="hd">华龙网 <small>{inline(['首页','重庆','区县','教育','健康','文旅'],' ')}</small></div>
<div class="w"><p>华龙网首页 &gt; 文旅 &gt; 正文</p>
<h1>端午假期重庆接待游客超1100万人次</h1>
<p style="color:#888;font-size:13px">2025-06-03 16:05:22　来源： 华龙网　<a href="#">评论 23</a>　<a href="#">分享</a></p>
{bhtml(b[:-1])}
<p>{E(b[-1])}</p>
<p>责任编辑：文佳</p>
<div>{ul(['重庆推出30条夏季避暑旅游线路','洪崖洞端午日接待游客超10万人次','巫山龙舟赛吸引市民游客'])}</div>
<div>网友评论 <input placeholder="说两句吧"> 已有23条评论</div>
<p>华龙网版权所有 未经书面授权禁止转载 渝ICP备11005217号-1</p></div>''')
b = b[:-1]
add('zw-24','news: city media (华龙网), comments count, byline line at end of body (记者 X 通讯员 Y)',"端午假期重庆接待游客超1100万人次",["杨骏","谭雨婷"],"2025-06-03 16:05:22",b,page,
    note='closing byline line `记者 杨  骏 通讯员 谭雨婷` is its own line → not body')
