# media pages vp-13 .. vp-24
K = "media"
G = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PAGES = [
dict(id="vp-13", kind=K, doctitle="浙江首批“未来乡村”数字账本试点启动_新华网浙江频道",
 title="浙江首批“未来乡村”数字账本试点启动", authors=["孙琳", "郑毅"], publish_time="2024-12-04 19:36:21",
 css="""body{margin:0;font:16px/1.8 sans-serif}.xh-top{background:#c00;color:#fff;padding:8px 5%}.xh-nav span{margin-right:16px}.xh-main{width:860px;margin:0 auto}
h1{font-size:30px}.header-cont .info{color:#999;font-size:14px}.editor{text-align:right;color:#999}.xh-foot{text-align:center;font-size:12px;color:#999;padding:20px}""",
 html="""<div class="xh-top">新华网 浙江频道 <span class="xh-nav"><span>首页</span><span>时政</span><span>经济</span><span>社会</span><span>县域</span><span>图片</span><span>视频</span></span></div>
<div class="xh-main"><div>浙江频道 &gt; 正文</div><div class="header-cont"><h1>浙江首批“未来乡村”数字账本试点启动</h1>
<div class="info">2024-12-04 19:36:21　来源：新华网</div><div>字体：<a>小</a> <a>中</a> <a>大</a>　分享到：</div></div>
<div id="detail">{BODY}</div>
<div class="editor">【纠错】　责任编辑：周  舟</div>
<div class="rel"><b>相关新闻</b><p>浙江：山区县特色产业培育见成效</p><p>湖州安吉：一片叶子富一方百姓</p></div></div>
<div class="xh-foot">Copyright © 2000-2024 XINHUANET.com All rights reserved.<br>制作单位：新华网浙江分公司　版权所有：新华网股份有限公司</div>""",
 body="""
新华社杭州12月4日电（记者孙琳、郑毅）记者从浙江省农业农村厅获悉，浙江首批“未来乡村”数字账本试点4日正式启动，湖州、衢州、丽水等地的28个行政村将把村集体资产、资金、资源和村民参与公共事务的情况全部“上链入账”。
据介绍，数字账本以村为单位建立，村集体每一笔收支、每一项工程、每一次村民议事都将留痕可查。村民通过手机即可查看本村账目，并可对存疑事项在线提出询问，村务监督委员会须在5个工作日内答复。
“过去村账一年公开几次，贴在公告栏里，年轻人在外打工看不到，老人看不懂。”衢州市江山市某村党支部书记说，数字账本上线后，外出务工的村民也能随时“看家底”。
浙江省农业农村厅有关负责人表示，试点将探索数字账本与村级财务管理、集体经济收益分配等制度的衔接，2025年底前形成可复制推广的经验。
"""),

dict(id="vp-14", kind=K, doctitle="China's Qinghai Lake sees record number of migratory birds - English",
 title="China's Qinghai Lake sees record number of migratory birds", authors=[], publish_time="2024-05-21 16:08:12", lang="en",
 css="""body{margin:0;font:17px/1.6 Georgia,serif}.bar{background:#0a2a5e;color:#fff;padding:10px 6%}.bar a{color:#fff;margin-right:14px}.wrap{max-width:780px;margin:20px auto}
h1{font:700 34px/1.2 Arial}.dateline{color:#777;font:13px Arial}.caption{font:13px Arial;color:#666}.ft{background:#eee;font:12px Arial;padding:20px 6%}""",
 html="""<div class="bar"><b>ENGLISH</b> <a>Home</a><a>China</a><a>World</a><a>Business</a><a>Culture</a><a>Sci-Tech</a><a>Photos</a> | <a>中文</a></div>
<div class="wrap"><p class="dateline">Home &gt; China</p>
<h1>China's Qinghai Lake sees record number of migratory birds</h1>
<p class="dateline">Source: Xinhua | 2024-05-21 16:08:12 | Editor: Li Yan</p>
<p><a>Share</a> <a>Facebook</a> <a>X</a> <a>Email</a></p>
{BODY}
<div><b>Related</b><p>Tibetan antelope population rebounds in Hoh Xil</p><p>Qinghai steps up wetland protection</p></div></div>
<div class="ft">Copyright © 2000-2024 XINHUANET.com. All rights reserved.</div>""",
 body="""
XINING, May 21 (Xinhua) -- The number of migratory birds spotted at Qinghai Lake, China's largest inland saltwater lake, reached a record high this spring, according to local authorities.
! Bar-headed geese at Qinghai Lake | Bar-headed geese rest on the shore of Qinghai Lake in northwest China's Qinghai Province, May 18, 2024. (Xinhua/Zhang Long)
A survey conducted in mid-May counted more than 73,000 waterbirds of 52 species around the lake, up about 9 percent from the same period last year, said the administration of the Qinghai Lake national nature reserve.
Bar-headed geese, brown-headed gulls and great cormorants are among the most numerous species. For the first time, staff also recorded a small group of black-necked cranes breeding on the northern shore.
"Improved water levels and stricter protection of the breeding grounds have made the lake more attractive to birds," said a reserve official, adding that grazing has been limited in core areas during the nesting season.
Qinghai Lake is a key stopover on the Central Asian flyway. The province has expanded its monitoring network to 21 stations, using cameras and drones to track the birds without disturbing them.
"""),

dict(id="vp-15", kind=K, doctitle="武汉地铁12号线江南段试运行 环线将实现“跨江成环”-长江网",
 title="武汉地铁12号线江南段试运行 环线将实现“跨江成环”", authors=["杨扬", "龚德仁"], publish_time="2024年12月20日 07:05",
 css="""body{margin:0;font-size:14px}.cj-head{background:#0e5caa;color:#fff;padding:12px 40px}.cj-nav{background:#084a8c;padding:6px 40px}.cj-nav a{color:#fff;margin-right:18px}
.cj-wrap{display:flex;width:1100px;margin:20px auto;gap:30px}.cj-art{flex:1}.cj-art h1{font-size:28px}.cj-meta{color:#666}.cj-side{width:300px}.cj-foot{text-align:center;color:#888;font-size:12px}""",
 html="""<div class="cj-head">长江网 cjn.cn　武汉城市留言板 | 长江日报 | 武汉晚报 <input placeholder="搜索"></div>
<div class="cj-nav"><a>首页</a><a>武汉</a><a>湖北</a><a>评论</a><a>民生</a><a>留言板</a><a>视频</a></div>
<div class="cj-wrap"><div class="cj-art"><div>首页 &gt; 武汉 &gt; 城建交通</div>
<h1>武汉地铁12号线江南段试运行 环线将实现“跨江成环”</h1>
<div class="cj-meta">2024年12月20日 07:05　来源：长江日报</div>
<div class="cj-body">{BODY}</div>
<p class="nb">【编辑：许  诺】</p>
<p>更多精彩内容，请在各大应用市场下载“长江新闻”客户端</p></div>
<div class="cj-side"><h4>热门排行</h4><ol><li>武汉今冬首场降雪何时来？</li><li>汉口火车站改造最新进展</li><li>光谷又一座大桥合龙</li></ol></div></div>
<div class="cj-foot">长江网版权所有 未经授权禁止复制或建立镜像　鄂ICP备09009307号<br>互联网新闻信息服务许可证：42120170002　鄂公网安备 42010302000218号</div>""",
 body="""
~ 长江日报记者杨扬　通讯员龚德仁
12月19日，武汉地铁12号线江南段开始空载试运行。这标志着这条全长59.9公里的环线地铁距离全线开通又近了一步。
12号线是武汉首条地铁环线，串联汉口、武昌、汉阳三镇，两次穿越长江、一次穿越汉江，共设车站37座，其中换乘站达到20座。江南段试运行期间，列车将按照开通后的运行图空载运行，检验信号、供电、通信等系统的可靠性。
“试运行至少需要三个月时间，各项指标达标后才能开展初期运营前安全评估。”武汉地铁集团相关负责人介绍。
## 换乘更方便
12号线全线通车后，市民可在站内与2号线、4号线、7号线等多条线路换乘。以从汉阳王家湾到武昌徐家棚为例，出行时间将比现在缩短约20分钟。
据了解，12号线汉口段和汉阳段此前已完成轨道铺设，目前正在进行设备安装调试，全线计划明年分段开通运营。
"""),

dict(id="vp-16", kind=K, doctitle="【聚焦】南昌：老城区“微改造”让街巷焕新颜 - 大江网",
 title="南昌：老城区“微改造”让街巷焕新颜", authors=["邓娟", "胡晓峰"], publish_time="2025-04-02 08:31",
 css="""body{margin:0;background:#f4f4f4;font-size:15px}.top{background:#fff;border-bottom:2px solid #d40000;padding:10px 3%}.channel{background:#d40000;color:#fff;padding:6px 3%}
.box{background:#fff;width:1000px;margin:14px auto;padding:24px}.title{font-size:28px}.intro{background:#f7f7f7;border-left:4px solid #d40000;padding:8px;color:#555}.ft{text-align:center;font-size:12px;color:#999}""",
 html="""<div class="top">大江网 · 中国江西网 jxnews.com.cn　<a>登录</a> <a>手机版</a></div>
<div class="channel">江西新闻 | 南昌 | 赣州 | 九江 | 上饶 | 吉安 | 宜春 | 抚州 | 萍乡 | 新余 | 鹰潭 | 景德镇</div>
<div class="box"><p>您当前的位置 ：江西新闻 &gt;&gt; 南昌新闻</p>
<h1 class="title">【聚焦】南昌：老城区“微改造”让街巷焕新颜</h1>
<p>2025-04-02 08:31　来源：江西日报　作者：邓  娟 胡晓峰　编辑：万  琪</p>
<p class="intro">编者按：城市更新不是大拆大建，而是“绣花功夫”。</p>
{BODY}
<p>分享到：</p><p>稿件来源：江西日报　编辑：万  琪</p></div>
<div class="ft">中国江西网版权所有　互联网新闻信息服务许可证：36120170001　赣ICP证B2-20050036　赣公网安备36010802000111号</div>""",
 body="""
春日的南昌东湖区，雨后的青石板路泛着光。在刚刚完成“微改造”的某巷，斑驳的老墙被修补一新，墙根下多了几处花坛和休息座椅，居民们在巷口晒太阳、聊家常。
“以前这里电线像蜘蛛网，路面坑坑洼洼，下雨天都不愿出门。”今年72岁的居民彭阿姨说，现在巷子干净了，孩子们回来也说变样了。
去年以来，南昌市在老城区推行“微改造”，不搞大拆大建，而是针对街巷的具体问题“对症下药”：架空线缆入地、破损路面修复、沿街立面整治、补齐公共厕所和充电设施。截至3月底，已完成改造街巷86条，惠及居民约3.4万户。
## 居民“点单” 政府“接单”
改造方案怎么定？各街道在改造前都会召开“院坝会”，把方案贴在巷口征求意见。某巷的居民提出保留一棵老樟树，设计方案就专门为它调整了路线。
东湖区住建局负责人表示，今年还将完成60条街巷改造，并探索引入社会资本参与老街区运营。
"""),

dict(id="vp-17", kind=K, doctitle="青海：高原夏菜丰收 “西菜东运”订单火热 - 青海新闻网",
 title="高原夏菜丰收 “西菜东运”订单火热", authors=["祁晓梅"], publish_time="2024-08-09",
 css="""body{font:12px 宋体;margin:0}table.main{width:1000px;margin:0 auto;border:1px solid #ccc}.logo{background:#036;color:#fff;font-size:22px}.tt{font-size:20px;font-weight:bold;text-align:center}
.xx{text-align:center;color:#555}.zw p{font-size:14px;line-height:24px}.bq{text-align:center;color:#555}""",
 html="""<table class="main"><tr><td class="logo" colspan="3">青海新闻网 www.qhnews.com　| 青海日报 | 西海都市报 | 青海法制报</td></tr>
<tr><td colspan="3">首页 - 青海要闻 - 经济 - 三农 - 社会 - 图片 - 专题</td></tr>
<tr><td colspan="3">当前位置: <a>首页</a> » <a>三农</a> » 正文</td></tr>
<tr><td width="15"></td><td>
<table width="100%"><tr><td class="tt">青海：高原夏菜丰收 “西菜东运”订单火热</td></tr>
<tr><td class="xx">2024-08-09 &nbsp; 来源：青海日报 &nbsp; 作者：祁晓梅 &nbsp; 【<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td class="zw">{BODY}</td></tr>
<tr><td>【责任编辑：才让卓玛】</td></tr></table></td><td width="15"></td></tr>
<tr><td colspan="3" class="bq">青海新闻网版权所有 Copyright © 2003-2024<br>青ICP备09000117号　互联网新闻信息服务许可证编号：63120170001</td></tr></table>""",
 body="""
8月上旬，正是高原夏菜的收获季。在海东市乐都区的蔬菜基地，工人们正在采收娃娃菜，一车车新鲜蔬菜经过预冷处理后，将在24小时内运抵广州、深圳等地的批发市场。
“我们今年种了1500亩娃娃菜和西兰花，七成以上都是订单。”基地负责人说，高原昼夜温差大，蔬菜生长期长，口感脆甜，在南方市场很受欢迎。
据省农业农村厅统计，今年全省种植高原夏菜约42万亩，预计总产量超过130万吨，其中外销比例达到45%。为了让蔬菜卖得出、运得快，全省新建和改造产地冷链设施63处，新增冷藏能力8.7万吨。
## 从“种得好”到“卖得好”
近年来，青海推动蔬菜生产向规模化、标准化发展，培育了一批冷链物流企业和农产品经纪人。乐都、平安、湟中等地还与东部沿海城市的批发市场签订了长期供货协议，打通了“西菜东运”通道。
"""),

dict(id="vp-18", kind=K, doctitle="宜昌：三峡库区首个“零碳码头”投用_湖北广播电视台",
 title="三峡库区首个“零碳码头”投用", authors=["覃雪", "何振东"], publish_time="2024-10-22 20:14",
 css="""body{margin:0;background:#101820;color:#ddd;font-size:15px}.tv-h{padding:14px 5%;display:flex;gap:24px}.tv-h b{color:#4fc3f7}.tv-player{background:#000;height:120px;color:#666;text-align:center;line-height:120px}
.tv-c{max-width:900px;margin:auto}.tv-c h1{color:#fff}.tv-i span{margin-right:12px;color:#999}.tv-f{font-size:12px;color:#777;padding:20px 5%}""",
 html="""<div class="tv-h"><b>长江云 · 湖北广播电视台</b><span>直播</span><span>点播</span><span>新闻</span><span>湖北卫视</span><span>垄上频道</span><span>湖北之声</span><span>下载APP</span></div>
<div class="tv-c"><div class="tv-player">视频加载中…　00:00 / 02:46</div>
<h1>宜昌：三峡库区首个“零碳码头”投用</h1>
<div class="tv-i"><span>湖北新闻</span><span>2024-10-22 20:14</span><span>播放量 1.2万</span></div>
<div class="tv-b">{BODY}</div>
<p>记者：覃  雪　何振东　编辑：刘佳</p>
<div><b>更多视频</b><p>湖北新闻 20241022 完整版</p><p>秋收进行时：襄阳早稻收割过半</p></div></div>
<div class="tv-f">湖北广播电视台版权所有　信息网络传播视听节目许可证：1706158　鄂ICP备11001578号-1</div>""",
 body="""
【导语】今天，三峡库区首个“零碳码头”在宜昌秭归投入使用。码头的用电全部来自光伏和储能，靠港船舶也可以使用岸电，不再烧油发电。
【正文】走进秭归某港区，码头仓库的屋顶上铺满了蓝色的光伏板。据介绍，码头光伏装机容量2.1兆瓦，配套储能设施4兆瓦时，年发电量约230万千瓦时，能够满足码头装卸、照明和岸电全部用电需求。
在岸边，一艘货船刚刚靠港，船员接上岸电插头，船上的柴油发电机随即停了下来。
> 【同期】船长 李国平：以前靠港要开发电机，噪音大，油烟也大。现在接岸电，一晚上能省两百多块钱油钱。
据测算，码头投用后每年可减少二氧化碳排放约1800吨。宜昌市交通运输局表示，到2026年，全市将建成5个以上绿色低碳港口示范项目。
"""),

dict(id="vp-19", kind=K, doctitle="Zhejiang's county-level 'common prosperity' pilots draw foreign researchers",
 title="Zhejiang's county-level 'common prosperity' pilots draw foreign researchers", authors=["Ma Jingjing", "Xu Wen"], publish_time="Updated: 2024-11-14 09:12", lang="en",
 css="""body{margin:0;font:16px/1.65 Helvetica,Arial}.mast{border-bottom:4px solid #003b7b;padding:12px 8%;font-size:24px}.sect{padding:6px 8%;font-size:13px;background:#f1f4f8}
.art{max-width:720px;margin:24px auto}.art h1{font-size:32px;line-height:1.2}.by{font-size:14px;color:#555}.up{font-size:13px;color:#888}.foot{font-size:12px;color:#888;padding:20px 8%;border-top:1px solid #ddd}""",
 html="""<div class="mast">CHINA DAILY 中国日报 <small>Global Edition | 中文 | Subscribe</small></div>
<div class="sect">Home | China | World | Business | Lifestyle | Culture | Travel | Opinion | Regional | Zhejiang</div>
<div class="art"><p class="up">China / Regional</p>
<h1>Zhejiang's county-level 'common prosperity' pilots draw foreign researchers</h1>
<p class="by">By Ma Jingjing in Hangzhou and Xu Wen in Lishui | China Daily | </p><p class="up">Updated: 2024-11-14 09:12</p>
<p class="up">Share - WeChat</p>
{BODY}
<p class="up">[Photo/IC]</p></div>
<div class="foot">Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</div>""",
 body="""
A group of economists from universities in Europe and Southeast Asia spent last week in rural counties of Zhejiang province, studying how local governments there try to narrow the income gap between cities and villages.
The visit was organized around several pilot counties, including Qingtian and Songyang in Lishui, where village collectives have set up joint companies to run homestays, tea processing and tourist services.
"What interests me is the way villages pool their assets instead of competing with each other," said a development economist from a Dutch university. "It is a practical experiment that deserves careful measurement."
According to the provincial statistics bureau, the ratio of urban to rural per capita disposable income in Zhejiang fell to 1.86 last year, one of the lowest among Chinese provinces.
Local officials acknowledged that challenges remain, including an aging rural population and limited jobs for young people. Several researchers said they plan to return next year to collect household survey data.
"""),

dict(id="vp-20", kind=K, doctitle="钱江晚报·小时新闻｜杭州一小区业主自治修好了“漏水十年”的地下车库",
 title="杭州一小区业主自治修好了“漏水十年”的地下车库", authors=["俞晓芸"], publish_time="2025-05-08 21:47:33",
 css="""body{margin:0;background:#fff;font-size:17px;line-height:1.8}.app-bar{position:sticky;top:0;background:#fff;border-bottom:1px solid #eee;padding:10px;display:flex;justify-content:space-between}
.a{padding:0 16px}.a h1{font-size:24px}.src{display:flex;gap:8px;color:#999;font-size:13px}.open{background:#ff5a00;color:#fff;text-align:center;padding:12px;border-radius:20px}.cm{font-size:13px;color:#666}""",
 html="""<div class="app-bar"><span>小时新闻</span><span>打开APP</span></div>
<div class="a"><h1>杭州一小区业主自治修好了“漏水十年”的地下车库</h1>
<div class="src"><span>潮新闻客户端</span><span>记者 俞晓芸</span><span>2025-05-08 21:47:33</span></div>
{BODY}
<p class="cm">本文为潮新闻客户端原创，未经授权不得转载</p>
<div class="open">打开潮新闻，阅读体验更佳</div>
<p class="cm">评论 (37)　点赞 214　分享</p>
<p class="cm">相关推荐：杭州这个老小区加装电梯全覆盖了 ｜ 业主大会怎么开？律师来支招</p></div>""",
 body="""
~ 潮新闻客户端 记者 俞晓芸
“下雨天开车进车库，就像开进了‘水帘洞’。”杭州拱墅区某小区业主老周说，小区地下车库漏水已经十年，业主们投诉过、维修过，始终没能根治。
今年年初，小区业主委员会换届。新一届业委会没有急着找施工队，而是先请来第三方检测机构，用红外热成像把漏水点一个个找出来，一共标出了132处。
## 钱怎么出、工程怎么管
维修费用预算约86万元，计划动用专项维修资金。业委会把检测报告、施工方案和三家报价全部公示，并组织业主线上投票，最终以超过三分之二的同意率通过。
施工期间，业委会还请了几位懂工程的业主轮流到现场“监工”。“我们每天拍照发群里，哪里做了、用的什么材料，大家都看得见。”业委会主任说。
4月底，工程完工。经过几场大雨检验，车库再没有出现明显渗漏。不少业主在群里感慨：十年的老大难，终于解决了。
"""),

dict(id="vp-21", kind=K, doctitle="西宁：“15分钟健身圈”覆盖全部城区 - 西宁晚报数字报 - 西宁新闻网",
 title="西宁：“15分钟健身圈”覆盖全部城区", authors=["韩梅"], publish_time="2024年09月12日 10:26",
 css="""body{margin:0;font:14px/1.9 "Microsoft YaHei"}.head{display:flex;align-items:center;padding:10px 6%;background:#00695c;color:#fff}.head nav{margin-left:30px}
.c{width:960px;margin:0 auto}.c .h{font-size:26px;text-align:center;margin-top:24px}.c .x{text-align:center;color:#888;font-size:12px}.f{background:#004d40;color:#cfe;padding:16px;text-align:center;font-size:12px}""",
 html="""<div class="head">西宁新闻网<nav>首页 · 西宁 · 民生 · 体育 · 文旅 · 视听</nav></div>
<div class="c"><p>首页 &gt; 体育</p>
<p class="x">发布时间：2024年09月12日 10:26　|　来源：西宁晚报　|　作者：韩  梅　|　编辑：赵雪莹</p>
<div class="h">西宁：“15分钟健身圈”覆盖全部城区</div>
{BODY}
<p class="x">打印本页 | 关闭窗口</p></div>
<div class="f">西宁新闻网 版权所有　青ICP备10000478号　互联网新闻信息服务许可证：63120180002</div>""",
 body="""
记者从市体育局获悉，截至8月底，西宁市已在城区建成社区健身中心31个、多功能运动场68个、健身步道210公里，“15分钟健身圈”实现全部城区覆盖。
“以前打篮球要跑到几公里外，现在小区旁边就有球场，晚上灯光也亮。”家住城西区的市民小何说，他每周都会和同事来打两三次球。
今年，西宁市把全民健身设施建设列入民生实事，利用城市边角地、桥下空间和闲置厂房建设健身场地。在城北区，一处废弃的停车场被改造成了包括笼式足球场、乒乓球台和儿童游乐区的综合运动公园。
- 新建社区健身中心8个；
- 新建和改造多功能运动场17个；
- 新增健身步道35公里。
市体育局负责人表示，下一步将推动学校体育场地在节假日向社会开放，并在已建场地中推广扫码预约，提高场地使用效率。
"""),

dict(id="vp-22", kind=K, doctitle="赣州发布｜赣南脐橙开摘 今年预计产量150万吨 - 客家新闻网",
 title="赣南脐橙开摘 今年预计产量150万吨", authors=["钟华", "刘静", "曾晓东"], publish_time="2024-10-28",
 css="""body{margin:0;font-size:15px}.hd{height:70px;background:#ef6c00;color:#fff;font-size:26px;padding:10px 40px}.nv{background:#fff3e0;padding:8px 40px}
.mid{display:grid;grid-template-columns:680px 280px;gap:30px;width:990px;margin:20px auto}.tit{font-size:26px}.bl{color:#999;font-size:13px}.ft{text-align:center;background:#eee;font-size:12px;padding:14px}""",
 html="""<div class="hd">客家新闻网 <small>赣州日报社主办</small></div>
<div class="nv">首页 | 赣州新闻 | 县区 | 赣南脐橙 | 客家文化 | 红色故都 | 视频</div>
<div class="mid"><div><p class="bl">当前位置：首页 &gt; 赣州新闻</p>
<p class="bl">赣州发布｜</p><h1 class="tit">赣南脐橙开摘 今年预计产量150万吨</h1>
<p class="bl">来源：赣南日报　2024-10-28　浏览：5,210</p>
{BODY}
<p class="bl">编辑：黄雨婷　校对：李  欣　审核：廖志明</p></div>
<div><h4>24小时热点</h4><p>赣州“三南”口岸通关量创新高</p><p>于都：长征源合唱团走进校园</p><h4>扫码下载 赣南日报客户端</h4></div></div>
<div class="ft">客家新闻网版权所有　赣ICP备06006913号　赣公网安备36070202000098号</div>""",
 body="""
本报讯（全媒体记者钟华、刘静 通讯员曾晓东）10月26日，赣南脐橙2024年采摘季在信丰县正式开启。据市果业发展中心预计，今年全市脐橙产量约150万吨，与去年基本持平，优质果率进一步提高。
在信丰县某果园，果农们头戴草帽、手持果剪，小心地把一个个橙红色的脐橙剪下放进果筐。“今年雨水均匀，糖度比去年高一些，果子个头也整齐。”种植户陈大哥说。
据了解，今年赣州继续推行脐橙“错峰上市”和“分级销售”，严禁采摘、销售未成熟果。全市已建成标准化选果线460条，冷库储藏能力超过60万吨。
在销售方面，今年赣南脐橙线上销售比例预计超过三成。各地还组织开展“直播带货”培训，培育本地电商主播1200余名。
市果业发展中心提醒，消费者购买时要认准“赣南脐橙”地理标志专用标志，谨防假冒。
"""),

dict(id="vp-23", kind=K, doctitle="时评｜让“村BA”的热闹持续下去 - 浙江在线",
 title="让“村BA”的热闹持续下去", authors=["沈默"], publish_time="2024-09-03 06:58",
 css="""body{margin:0;font:17px/1.9 serif;color:#222}.zj{border-bottom:1px solid #ccc;padding:12px 10%;font-family:sans-serif}.col{max-width:700px;margin:30px auto}
.kicker{color:#b00;font-family:sans-serif}.col h1{font-size:32px;margin:4px 0}.by{font:14px sans-serif;color:#666}.end{font:13px sans-serif;color:#888}.ft{font:12px sans-serif;color:#999;text-align:center;padding:20px}""",
 html="""<div class="zj">浙江在线 zjol.com.cn　新闻 · 评论 · 浙商 · 文化 · 教育 · 健康 · 城市　<a>无障碍</a></div>
<div class="col"><p class="kicker">浙江在线 &gt; 评论 &gt; 浙江时评</p>
<p class="kicker">时评｜</p><h1>让“村BA”的热闹持续下去</h1>
<p class="by">作者：沈  默　　2024-09-03 06:58　　来源：浙江日报</p>
{BODY}
<p class="end">（作者系浙江省社会科学院研究人员）</p>
<p class="end">责任编辑：孙佳楠</p>
<p class="end">上一篇：社区食堂要算好“民生账”　下一篇：文物活化利用需要更多巧思</p></div>
<div class="ft">浙江在线版权所有　浙ICP备10003366号　互联网新闻信息服务许可证：33120170002</div>""",
 body="""
这个夏天，不少浙江乡村的篮球场格外热闹。村与村之间的篮球赛吸引了成千上万的观众，有的比赛还在网上直播，观看人次上百万。
“村BA”之所以火，是因为它“土”得真实。球员是种田的、开小店的、在外打工回来的年轻人，裁判是村里的体育老师，奖品是一头猪、几袋大米。这样的比赛，没有距离感，看的是乡情，比的是精气神。
热闹之后，更要想一想如何让这份热闹持续下去。一些地方的赛事一开始办得红红火火，但后续缺乏组织和经费，很快就冷了下来。也有地方急于“做大做强”，请来职业球员、搞商业包装，反倒让村民成了看客。
让“村BA”长久，关键还是要让村民唱主角。场地设施要跟上，赛事组织要规范，但不能脱离乡村的土壤。政府可以搭台，但戏要让村民自己唱。
体育的热闹，说到底是人心的热闹。一场球赛能把外出的年轻人叫回来，把邻村的老乡聚起来，这本身就是乡村振兴最生动的样子。
"""),

dict(id="vp-24", kind=K, doctitle="湖北日报网｜武汉光谷发布首批“人工智能+”应用场景清单 - 荆楚网",
 title="武汉光谷发布首批“人工智能+”应用场景清单", authors=["张冬", "陈晨"], publish_time="2025-03-26 14:02:51",
 css="""body{margin:0;background:#f0f2f5;font-size:15px}.jc-h{background:#00447c;color:#fff;padding:10px 4%}.jc-n{background:#fff;padding:8px 4%;border-bottom:1px solid #ddd}
.jc-c{max-width:960px;background:#fff;margin:16px auto;padding:24px 40px}.jc-c h1{font-size:26px}.jc-s{font-size:13px;color:#999;display:flex;gap:14px}.dt{border-collapse:collapse}.jc-f{text-align:center;font-size:12px;color:#888;padding:20px}""",
 html="""<div class="jc-h">荆楚网 cnhubei.com　湖北日报网 | 长江云 | 鄂汇办 <input placeholder="请输入搜索内容"></div>
<div class="jc-n">新闻 湖北 评论 财经 科技 文旅 教育 健康 房产</div>
<div class="jc-c"><div class="jc-s"><span>荆楚网首页</span><span>&gt; 科技</span><span>&gt; 正文</span></div>
<h1>武汉光谷发布首批“人工智能+”应用场景清单</h1>
<div class="jc-s"><span>2025-03-26 14:02:51</span><span>来源：湖北日报网</span><span>字号：A+ A-</span></div>
{BODY}
<p class="jc-s">责编：吴倩倩</p>
<p>相关阅读：光谷科创大走廊新增三家国家级创新平台 | 湖北发布算力基础设施三年行动方案</p></div>
<div class="jc-f">荆楚网（湖北日报网）版权所有　鄂ICP备13003931号　互联网新闻信息服务许可证：42120170001</div>""",
 body="""
湖北日报讯（记者张冬、通讯员陈晨）3月25日，东湖高新区发布首批“人工智能+”应用场景清单，涵盖智能制造、医疗健康、城市治理等领域的32个场景，面向全国企业“揭榜挂帅”。
据介绍，这批场景均来自区内企业和机构的真实需求。例如，某光纤企业希望用视觉识别替代人工检测光纤缺陷，某三甲医院希望建设影像辅助诊断系统，区城管部门则希望实现占道经营的智能识别。
| 领域 | 场景数 | 代表场景
| 智能制造 | 13 | 光纤缺陷视觉检测
| 医疗健康 | 8 | 肺结节影像辅助诊断
| 城市治理 | 7 | 占道经营智能识别
| 教育文旅 | 4 | 博物馆智能导览
东湖高新区科技创新局负责人表示，揭榜企业方案通过评审后，可获得最高500万元的场景建设补贴，优先在区内首试首用。今年内还将陆续发布第二批、第三批场景清单。
"""),
]
