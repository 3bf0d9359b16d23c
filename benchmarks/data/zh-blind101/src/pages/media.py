# Media pages wx-13 … wx-24: central/provincial/city media, portals, TV/radio sites, 2 English pages.
from build import img

K = "media"
PAGES = []

# wx-13 central news portal, 新华社 wire with byline inside first paragraph
PAGES.append(dict(
    id="wx-13", kind=K, lang="zh",
    title="贵州“桥旅融合”带火冬季游多座大桥景区游客量同比翻番",
    doc_title="贵州“桥旅融合”带火冬季游 多座大桥景区游客量同比翻番_华夏新闻网",
    authors=["王晓", "李洁"],
    publish_time="2025-02-16 18:22:15",
    css="""
body{margin:0;font-family:"Microsoft YaHei"}
.topbar{background:#f4f4f4;font-size:12px;padding:5px 12%}.topbar a{margin-right:14px}
.logo{padding:16px 12%;font-size:30px;color:#d00;font-weight:bold}
.channel{background:#b00;padding:0 12%}.channel a{color:#fff;display:inline-block;padding:9px 12px}
.main{width:1000px;margin:0 auto;display:flex;gap:30px}.left{flex:1}.right{width:280px}
h1{font-size:28px;line-height:1.4}.header-info{color:#777;font-size:14px}.header-info span{margin-right:14px}
#detail p{font-size:17px;line-height:1.9;text-indent:2em}.pic-cap{text-align:center;font-size:14px;color:#444}
.editor{text-align:right;color:#666}.share{margin:10px 0}
.foot{background:#222;color:#999;font-size:12px;padding:20px 12%}
""",
    layout="""
<div class="topbar"><a>新闻</a><a>视频</a><a>图片</a><a>客户端</a><a>登录</a><a>English</a></div>
<div class="logo">华夏新闻网</div>
<div class="channel"><a>首页</a><a>时政</a><a>国际</a><a>财经</a><a>地方</a><a>文旅</a><a>科技</a><a>体育</a></div>
<div class="main"><div class="left">
<div class="crumb"><a>华夏新闻网</a> &gt; <a>地方</a> &gt; 正文</div>
<h1>贵州“桥旅融合”带火冬季游<br>多座大桥景区游客量同比翻番</h1>
<div class="header-info"><span>2025-02-16 18:22:15</span><span>来源：新华社</span><span>【<a>纠错</a>】</span><span>【字号 <a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="share">分享到：</div>
<div id="detail">
{BODY}
</div>
<p class="editor">【责任编辑:邓 娟】</p>
<div>上一篇：江西赣州：脐橙产业链年产值突破200亿元</div>
</div>
<div class="right"><h3>热点排行</h3><ol><li>春节假期国内出游人次创新高</li><li>多地推出冰雪旅游惠民措施</li><li>“村超”球场迎来新赛季</li><li>高铁客流持续高位运行</li></ol>
<h3>图片新闻</h3>""" + img("花江峡谷大桥夜景") + """<p>花江峡谷大桥夜景</p></div></div>
<div class="foot">关于我们 | 版权声明 | 招聘信息 | 联系我们<br>Copyright © 2000-2025 华夏新闻网 All Rights Reserved. 京ICP证0100XX号 京公网安备 11010502000XXX号<br>互联网新闻信息服务许可证10120170XXX</div>
""",
    style="p",
    blocks=[
        ("p", "新华社贵阳2月16日电（记者 王晓 李 洁）冬日的北盘江大峡谷云雾缭绕，一座座大桥横跨两岸。春节以来，贵州多座“网红大桥”所在景区游客量明显增长，坝陵河、平塘特大桥等景区游客接待量同比翻了一番。"),
        ("img", "游客在坝陵河大桥桥旅融合景区体验高空项目", "2月14日，游客在坝陵河大桥桥旅融合景区体验高空项目。新华社记者 刘 峰 摄"),
        ("p", "贵州素有“世界桥梁博物馆”之称，全省已建成和在建公路桥梁超过3万座。近年来，当地依托桥梁资源开发观光、科普、极限运动等业态，推出桥梁博物馆、桥上观景台、峡谷蹦极等项目。"),
        ("p", "“以前大家开车路过桥就走了，现在专门停下来玩一天。”坝陵河大桥景区运营负责人介绍，景区今年新增了夜间灯光秀和桥梁科普研学线路，春节假期日均接待游客超过8000人次。"),
        ("p", "贵州省文化和旅游厅数据显示，今年春节假期，全省重点桥旅融合景区共接待游客68.4万人次，实现旅游收入4.1亿元。当地正在规划串联多座大桥的自驾旅游线路，进一步延长游客停留时间。"),
    ],
))

# wx-14 浙江 provincial paper portal, 本报讯 with 通讯员 inside first paragraph; 原标题-free; sub-headings
PAGES.append(dict(
    id="wx-14", kind=K, lang="zh",
    title="绍兴老街区“微更新”：留住烟火气 焕发新活力",
    authors=["周一鸣", "吴婷"],
    publish_time="2025-03-12 06:48",
    css="""
body{margin:0;font-family:"PingFang SC",sans-serif;color:#1a1a1a}
.hdr{display:flex;align-items:center;justify-content:space-between;padding:12px 6%;border-bottom:1px solid #eee}
.hdr .brand{font-size:26px;color:#0057a8;font-weight:bold}.hdr nav a{margin-left:18px}
.wrap{max-width:780px;margin:30px auto}.tag{color:#0057a8;font-size:13px}
h1{font-size:30px;margin:8px 0 12px}.line{display:flex;gap:14px;color:#999;font-size:13px}
.txt p{font-size:18px;line-height:1.8;margin:1em 0}h3.sub{font-size:18px;color:#0057a8;border-left:4px solid #0057a8;padding-left:8px}
.bottom{border-top:1px solid #eee;margin-top:20px;padding-top:10px;color:#999;font-size:13px}
.more li{margin:6px 0}footer{background:#f6f6f6;padding:24px 6%;font-size:12px;color:#888}
""",
    layout="""
<div class="hdr"><span class="brand">之江在线</span><nav><a>首页</a><a>浙江</a><a>时评</a><a>经济</a><a>文化</a><a>视频</a><a>下载客户端</a></nav></div>
<div class="wrap">
<div class="tag">浙江 · 城市</div>
<h1>绍兴老街区“微更新”：留住烟火气 焕发新活力</h1>
<div class="line"><span>浙江日报</span><span>2025-03-12 06:48</span><span>阅读 1.2万</span></div>
<div class="txt">
{BODY}
</div>
<div class="bottom">来源：浙江日报　　编辑：徐梦琪　　审核：沈立<br>版权声明：本文为之江在线原创稿件，未经授权不得转载。</div>
<div class="more"><h4>推荐阅读</h4><ul><li>嘉兴月河街区夜经济升温</li><li>杭州小河直街：运河边的老街新生</li><li>宁波老外滩入选国家级夜间文旅消费集聚区</li></ul></div>
</div>
<footer>之江在线版权所有 · 浙ICP备08XXXX号-2 · 互联网新闻信息服务许可证：3312006XXXX · 违法和不良信息举报电话：0571-8531XXXX</footer>
""",
    style="p",
    blocks=[
        ("p", "本报讯（记者 周一鸣 通讯员 吴 婷）清晨七点，绍兴越城区仓桥直街的早点铺已排起长队，青石板路两侧，修缮后的台门白墙黛瓦。去年以来，绍兴对城区12条老街区实施“微更新”，不搞大拆大建，而是在保留原有街巷肌理的基础上，补短板、增功能。"),
        ("h", "改什么，居民说了算"),
        ("p", "“哪里要修、怎么修，先开居民议事会。”仓桥直街所在社区党委书记陈宏介绍，更新前社区召开了23场议事会，收集意见400多条，最终确定了雨污分流、线路下地、增设公共晾晒区等17项改造内容。"),
        ("p", "今年72岁的居民胡阿姨对新装的扶手和夜间照明很满意：“以前晚上出门心里发慌，现在亮堂多了。”"),
        ("h", "老手艺引来新客流"),
        ("p", "在书圣故里街区，一批锡器、竹编、黄酒酿造等老手艺作坊重新开张。街区运营方引入“前店后坊”模式，游客既能买到手工制品，也能现场体验制作过程。据统计，更新后的街区周末日均客流量较改造前增长近六成。"),
        ("p", "绍兴市住建局相关负责人表示，今年将再启动8条老街区微更新，并探索建立“政府引导、居民参与、市场运营”的长效管护机制。"),
    ],
))

# wx-15 福建 city newspaper site, 记者 on own line, 文/图 credit, photographer; 2016 layout
PAGES.append(dict(
    id="wx-15", kind=K, lang="zh",
    title="泉州古城夜游线路上新 “刺桐夜话”三月底开演",
    authors=["蔡志明"],
    publish_time="2025年03月10日 07:55",
    css="""
body{margin:0;font:14px/1.7 宋体;background:#fafafa}
#top{background:#005bac;color:#fff;padding:4px 100px;font-size:12px}
#logo{padding:16px 100px;background:#fff}#logo b{font-size:34px;color:#005bac}
#nav{background:#e6eef8;padding:6px 100px}#nav a{margin-right:16px}
#cont{width:1000px;margin:0 auto;background:#fff;padding:20px}
.title{font-size:26px;font-family:黑体;text-align:center}.subtitle{text-align:center;color:#777}
.info{border-bottom:1px dotted #ccc;color:#888;font-size:12px;text-align:center;padding-bottom:6px}
.content p{text-indent:2em}.pic-cap{text-align:center;color:#555;font-family:楷体}
#footer{border-top:2px solid #005bac;text-align:center;font-size:12px;color:#666;padding:10px}
""",
    layout="""
<div id="top">泉州网 | 泉州晚报 | 东南早报 | 海丝商报　　<a>登录</a> <a>注册</a></div>
<div id="logo"><b>泉州网</b> 泉州第一门户网站</div>
<div id="nav"><a>首页</a><a>新闻</a><a>泉州</a><a>县域</a><a>台海</a><a>文旅</a><a>数字报</a><a>视频</a></div>
<div id="cont">
<div>您的位置：<a>泉州网</a> &gt; <a>泉州新闻</a> &gt; 正文</div>
<div class="title">泉州古城夜游线路上新 “刺桐夜话”三月底开演</div>
<div class="info">2025年03月10日 07:55　来源：泉州晚报　<a>手机看新闻</a>　字号：<a>T</a>|<a>T</a></div>
<div class="content">
{BODY}
</div>
<p>（编辑：洪 晓 审核：林 伟）</p>
<div>上一篇：<a>晋江：一季度重点项目集中开工</a>　下一篇：<a>石狮服装企业“出海”订单增长</a></div>
<div><b>相关新闻</b><ul><li>西街：古厝里的咖啡香</li><li>泉州入选“2024年度夜间文旅消费集聚区”</li></ul></div>
</div>
<div id="footer">泉州晚报社主办　版权所有 泉州网 未经授权禁止复制或建立镜像<br>闽ICP备05017XXX号 互联网新闻信息服务许可证编号：35120170XXX</div>
""",
    style="p",
    blocks=[
        ("x", '<p style="text-align:center">□记者 蔡志明 文　林小燕 图</p>'),
        ("p", "夜幕降临，沿着中山路一路向北，骑楼下的灯笼次第亮起。记者从鲤城区文旅部门获悉，泉州古城夜游线路今年迎来升级，全新沉浸式演艺项目“刺桐夜话”将于3月底在府文庙广场首演。"),
        ("p", "据介绍，“刺桐夜话”以宋元泉州海上贸易为背景，演出时长约50分钟，观众跟随“番商”“市舶司官员”等角色在广场、街巷间移动观看。演出共有42名演员，其中一半以上是本地南音、高甲戏演员。"),
        ("img", "演员在府文庙广场排练", "演员们正在府文庙广场进行排练。林小燕 摄"),
        ("p", "除新增演艺外，夜游线路还串联了西街、中山路、五店市等街区，推出“夜游公交专线”和“一票通”联票。联票包含4个景点夜场门票及一场演出，价格为128元。"),
        ("p", "“希望游客晚上留得下、住得下。”鲤城区文体旅游局负责人说，今年将继续丰富古城夜间业态，力争夜间消费占文旅消费总额的比重提高到四成以上。"),
    ],
))

# wx-16 内蒙古 TV station site — video news page, 记者 in a 记者：line above body, editors below
PAGES.append(dict(
    id="wx-16", kind=K, lang="zh",
    title="呼伦贝尔冷极村迎来冰雪旅游旺季",
    authors=["额尔敦", "张慧敏"],
    publish_time="2025-01-18 20:05",
    css="""
body{margin:0;background:#10151f;color:#dfe6ef;font-family:sans-serif}
.nav{background:#0a0e15;padding:12px 5%;display:flex;gap:22px}.nav b{color:#35a6ff;font-size:22px}
.player{width:860px;height:300px;margin:20px auto;background:#000;display:flex;align-items:center;justify-content:center;color:#666}
.vinfo{width:860px;margin:0 auto}.vinfo h1{font-size:24px;color:#fff}
.vinfo .m{color:#8894a4;font-size:13px}.vinfo .m i{font-style:normal;margin-right:14px}
.vinfo p{line-height:1.9}.credit{color:#8894a4;font-size:13px}
.list{width:860px;margin:20px auto}.list li{margin:6px 0}
.ft{text-align:center;color:#667;font-size:12px;padding:20px}
""",
    layout="""
<div class="nav"><b>内蒙古广播电视台</b><a>首页</a><a>直播</a><a>新闻</a><a>点播</a><a>专题</a><a>蒙古语</a><a>下载APP</a></div>
<div class="player">""" + img("视频播放") + """ 00:00 / 02:46</div>
<div class="vinfo">
<h1>呼伦贝尔冷极村迎来冰雪旅游旺季</h1>
<div class="m"><i>栏目：新闻联播（蒙汉双语）</i><i>2025-01-18 20:05</i><i>播放：3.6万</i></div>
<p class="credit">记者：额尔敦　张慧敏</p>
{BODY}
<p class="credit">编辑：萨仁　　责任编辑：刘旭　　监制：高峰</p>
</div>
<div class="list"><b>相关视频</b><ul><li>阿尔山：雾凇奇观引客来 02:13</li><li>满洲里冰雪节开幕 03:05</li><li>牧区接羔保育工作有序开展 01:58</li></ul></div>
<div class="ft">内蒙古广播电视台 版权所有　信息网络传播视听节目许可证：1503XXX　蒙ICP备13000XXX号<br>关于我们 | 广告服务 | 联系我们</div>
""",
    style="p",
    blocks=[
        ("p", "【导语】近日，位于根河市的“中国冷极村”最低气温降至零下46摄氏度，吸引了大批南方游客前来体验极寒风光。"),
        ("p", "清晨，冷极村的木刻楞房屋披上一层白霜，游客们在零下四十多度的户外玩起了“泼水成冰”。来自广州的游客陈女士说，这是她第一次见到这么大的雪，“手机拍两分钟就没电了，但是非常值得。”"),
        ("p", "今年冬季，冷极村新建了冰雪乐园、驯鹿观赏区和冷极地标打卡点，村里27家民宿提前半个月就已被订满。村民孙立新把自家房子改成了民宿，一个雪季能增收七八万元。"),
        ("p", "【同期】根河市文体旅游广电局副局长 王建军：我们今年推出了“冷极+森林+驯鹿”精品线路，元旦以来接待游客同比增长了35%，带动了周边农家乐、特色餐饮等业态发展。"),
        ("p", "据了解，根河市将持续举办冷极节、森林穿越等冰雪活动，延长旅游季，把“冷资源”变成“热经济”。"),
    ],
))

# wx-17 贵州 radio station news site — audio page, "记者 X 报道" at top of body as own line, date with weekday
PAGES.append(dict(
    id="wx-17", kind=K, lang="zh",
    title="毕节：春耕备耕物资储备充足 农资价格总体平稳",
    authors=["杨柳"],
    publish_time="2025年03月05日 星期三 12:40",
    css="""
body{margin:0;font-family:sans-serif;background:#fff8f0}
.hd{background:#e85d04;color:#fff;padding:14px 8%;font-size:22px}.hd span{font-size:13px;margin-left:20px}
.fm{background:#faa307;padding:6px 8%}.fm a{margin-right:14px}
.box{width:820px;margin:20px auto}.box h2{font-size:24px}
.audio{background:#fde2c4;border-radius:8px;padding:10px;margin:10px 0}
.time{color:#888;font-size:13px}.box p{line-height:1.8}
.ft{background:#333;color:#ccc;font-size:12px;text-align:center;padding:14px}
""",
    layout="""
<div class="hd">多彩之声<span>FM95.2 贵州新闻广播</span><span>FM91.6 贵州交通广播</span></div>
<div class="fm"><a>首页</a><a>新闻</a><a>节目</a><a>主持人</a><a>直播</a><a>听友互动</a></div>
<div class="box">
<div>首页 &gt; 新闻 &gt; 市州新闻</div>
<h2>毕节：春耕备耕物资储备充足 农资价格总体平稳</h2>
<div class="time">2025年03月05日 星期三 12:40　贵州新闻广播《新闻午报》</div>
<div class="audio">▶ 收听音频 00:00/01:52 <span>下载</span></div>
{BODY}
<p class="time">责编：龙 飞</p>
<p><b>猜你喜欢</b><br>· 遵义：辣椒育苗进入关键期<br>· 安顺：高标准农田建设加快推进</p>
</div>
<div class="ft">贵州广播电视台广播中心 版权所有 未经许可不得转载<br>黔ICP备0700XXXX号　广播电视节目制作经营许可证（贵）字第00XXX号</div>
""",
    style="p",
    blocks=[
        ("x", '<p>多彩之声记者 杨 柳 报道：</p>'),
        ("p", "眼下正值春耕备耕关键时期，记者从毕节市农业农村局了解到，全市已储备化肥28.6万吨、农药860吨、各类农作物种子1.2万吨，能够满足春耕生产需要。"),
        ("p", "在七星关区一家农资超市，前来购买化肥、种子的农户络绎不绝。店主李光明告诉记者，今年复合肥每吨价格比去年同期略有下降，尿素价格基本持平，“货源充足，不用担心买不到。”"),
        ("p", "为保障农资质量，毕节市开展了农资打假专项行动，组织执法人员对农资经营门店开展拉网式检查。截至目前，共检查经营主体1360余家次，抽检种子、化肥、农药样品210个。"),
        ("p", "毕节市农业农村局种植业管理科科长胡燕说：“我们组建了120支农技服务小分队，深入田间地头开展技术指导，帮助农户科学选种、合理施肥。”"),
    ],
))

# wx-18 commercial portal repost — 原标题 line at top, 来源 paper, writer named in body's last line (…)
PAGES.append(dict(
    id="wx-18", kind=K, lang="zh",
    title="宁波一小区加装电梯“一梯难求”？这个“加梯联盟”帮了大忙",
    authors=["王慧娟"],
    publish_time="2025-03-09 10:14:06",
    css="""
body{margin:0;font-family:Arial,"Microsoft YaHei"}
.N-nav{background:#fff;border-bottom:1px solid #ddd;padding:10px 7%}.N-nav a{margin-right:14px;color:#333}
.N-logo{color:#c00;font-size:24px;font-weight:bold;margin-right:30px}
.post_main{width:1100px;margin:0 auto;display:grid;grid-template-columns:1fr 300px;gap:40px}
.post_title{font-size:30px}.post_info{color:#888;font-size:14px}.post_info a{color:#888}
.post_body p{font-size:18px;line-height:1.9}.otitle{color:#888}
.post_side li{font-size:14px;margin:6px 0}.ep-source{color:#888;text-align:right}
.N-foot{background:#f5f5f5;padding:20px 7%;font-size:12px;color:#777}
""",
    layout="""
<div class="N-nav"><span class="N-logo">聚看新闻</span><a>首页</a><a>新闻</a><a>体育</a><a>娱乐</a><a>财经</a><a>汽车</a><a>科技</a><a>房产</a><a>登录</a></div>
<div class="post_main"><div>
<h1 class="post_title">宁波一小区加装电梯“一梯难求”？这个“加梯联盟”帮了大忙</h1>
<div class="post_info">2025-03-09 10:14:06　来源: <a>宁波晚报</a>　<a>举报</a></div>
<div class="post_body">
{BODY}
</div>
<div class="ep-source">本文来源：宁波晚报　作者：王慧娟　责任编辑：刘晓_NN2376</div>
<p>相关推荐：老旧小区改造如何“改到心坎上”｜杭州加装电梯突破万台</p>
</div>
<div class="post_side"><h3>热点新闻</h3><ol><li>多地公积金新政落地</li><li>春季流感高发，专家提醒</li><li>新能源车下乡活动启动</li><li>今年高考报名人数公布</li></ol><p>""" + img("聚看新闻APP下载二维码") + """ 扫码下载聚看新闻APP</p></div>
</div>
<div class="N-foot">About 聚看 ｜ 公司简介 ｜ 联系方法 ｜ 招聘信息 ｜ 客户服务 ｜ 隐私政策 ｜ 不良信息举报 Complaint Center<br>©1997-2025 聚看公司版权所有</div>
""",
    style="p",
    blocks=[
        ("x", '<p class="otitle">（原标题：一个楼道十几户意见难统一，“加梯联盟”上门调解促成加装）</p>'),
        ("p", "“电梯终于装好了，我这条腿总算不用天天爬六楼了。”3月8日，家住宁波海曙区白云街道某小区的施阿伯在新电梯前笑得合不拢嘴。这部电梯从提出意向到正式运行，前后用了不到一年。"),
        ("p", "老小区加装电梯，难在“意见统一”。施阿伯所在的单元共有12户，低楼层住户担心采光和噪音，起初有3户明确反对。就在大家一筹莫展时，街道牵头成立的“加梯联盟”上门了。"),
        ("p", "“加梯联盟”由社区干部、退休工程师、律师和已加装电梯小区的“热心楼长”组成。他们带着同类型楼栋加装后的采光模拟图，一户一户上门讲解，还帮助协商低层住户的补偿方案。"),
        ("p", "据统计，“加梯联盟”成立两年来，已帮助白云街道37个单元完成加装电梯，平均协调周期缩短了4个月。街道表示，接下来将把联盟的调解经验整理成“加梯指南”，向全区推广。"),
        ("x", '<p style="text-align:right">记者　王慧娟</p>'),
    ],
))

# wx-19 city news app share page (福建) — mobile share page with "打开APP" banners, author/time line
PAGES.append(dict(
    id="wx-19", kind=K, lang="zh",
    title="厦门地铁6号线华侨大学段完成热滑试验",
    authors=["林婧怡", "苏晓东"],
    publish_time="03-11 21:37",
    css="""
body{margin:0 auto;max-width:480px;font-family:-apple-system,sans-serif;background:#fff}
.openapp{position:sticky;top:0;background:#ff4d4f;color:#fff;display:flex;justify-content:space-between;padding:10px 14px;font-size:14px}
.art{padding:16px}.art h1{font-size:22px;line-height:1.4}
.au{display:flex;gap:10px;color:#999;font-size:13px;margin-bottom:14px}
.art p{font-size:17px;line-height:1.75}.pic-cap{font-size:13px;color:#999;text-align:center}
.stat{color:#aaa;font-size:12px}.more{background:#f6f6f6;padding:12px;text-align:center;color:#ff4d4f}
.cmt{padding:16px;border-top:8px solid #f2f2f2;font-size:14px}
""",
    layout="""
<div class="openapp"><span>""" + img("潮鹭新闻") + """ 潮鹭新闻 · 厦门人的新闻客户端</span><span>打开APP</span></div>
<div class="art">
<h1>厦门地铁6号线华侨大学段完成热滑试验</h1>
<div class="au"><span>潮鹭新闻</span><span>记者 林婧怡 通讯员 苏晓东</span><span>03-11 21:37</span></div>
{BODY}
<p class="stat">阅读 4.8万　　点赞 326</p>
</div>
<div class="more">打开潮鹭新闻APP，阅读更多精彩内容 &gt;</div>
<div class="cmt"><b>热门评论（28）</b><p>鹭岛阿杰：期待早日开通，以后去集美方便多了！<br>小叶子：请问什么时候试运营？</p><p>查看全部评论</p></div>
<div class="more">厦门日报社 ·  潮鹭新闻 版权所有</div>
""",
    style="p",
    blocks=[
        ("p", "3月11日下午，一列电客车缓缓驶出华侨大学站，沿高架线路平稳行驶至林埭西站，标志着厦门地铁6号线华侨大学段热滑试验顺利完成，线路由建设阶段全面转入系统联调阶段。"),
        ("p", "热滑试验是指电客车在接触网带电状态下运行，检验接触网、受电弓、供电系统等设备的匹配情况。据厦门地铁集团介绍，此次热滑全程约9.6公里，电客车分别以25公里/小时、40公里/小时的速度往返运行，各项参数均符合设计要求。"),
        ("img", "热滑试验现场", "电客车驶过高架区间（厦门地铁集团供图）"),
        ("p", "6号线华侨大学段连接集美区与同安区，沿线设站8座，建成后将串联华侨大学厦门校区、集美新城等区域。施工期间，建设团队攻克了跨越杏林湾、下穿高速公路等多处技术难点。"),
        ("p", "接下来，6号线将开展为期三个月的联调联试和试运行，力争年内具备初期运营条件。"),
    ],
))

# wx-20 浙江 county 融媒体中心 site — 2022, 融媒记者 + 通讯员 in info bar, 首发 label, 扫码 captions
PAGES.append(dict(
    id="wx-20", kind=K, lang="zh",
    title="安吉白茶开采 茶农抢抓晴好天气采摘头茬茶",
    authors=["钟  晴".replace(" ", ""), "赵文杰", "施雨桐"],
    publish_time="2025-03-21",
    css="""
body{margin:0;background:#eef5ec;font-family:"Microsoft YaHei"}
.head{background:#3d8b37;color:#fff;padding:14px 10%;display:flex;justify-content:space-between}
.head b{font-size:26px}.menu{background:#fff;padding:0 10%;border-bottom:1px solid #ddd}.menu a{display:inline-block;padding:12px}
.page{width:1000px;margin:20px auto;display:flex;gap:20px}.content{flex:1;background:#fff;padding:24px}
.content h1{font-size:26px}.attrs{color:#999;font-size:13px;background:#f7f7f7;padding:6px 10px}
.content p{text-indent:2em;line-height:2;font-size:16px}.pic-cap{text-align:center;text-indent:0!important;color:#666;font-size:14px}
.aside{width:260px;background:#fff;padding:14px;font-size:13px}
.foot{text-align:center;color:#666;font-size:12px;padding:20px}
""",
    layout="""
<div class="head"><b>安吉新闻网</b><span>安吉县融媒体中心主办 <a>爱安吉APP</a></span></div>
<div class="menu"><a>首页</a><a>安吉新闻</a><a>乡镇之窗</a><a>图片</a><a>视频</a><a>专题</a><a>安吉发布</a></div>
<div class="page"><div class="content">
<div>当前位置：首页 &gt; 安吉新闻</div>
<h1>安吉白茶开采 茶农抢抓晴好天气采摘头茬茶</h1>
<div class="attrs">首发：爱安吉 　日期：2025-03-21 　融媒记者：钟  晴 赵文杰 　通讯员：施雨桐 　浏览量：6032</div>
{BODY}
<p style="color:#999">编审：陈 佳　值班主任：许晓明</p>
</div>
<div class="aside"><b>扫一扫</b><p>""" + img("爱安吉APP二维码") + """<br>下载爱安吉APP</p><p>""" + img("安吉发布微信公众号") + """<br>关注安吉发布</p><b>热门排行</b><ol><li>县两会胜利闭幕</li><li>竹博园迎来春季赏花季</li><li>安吉至杭州城际公交加密班次</li></ol></div>
</div>
<div class="foot">安吉县融媒体中心 版权所有 　浙ICP备05012XXX号-1　浙公网安备33052302000XXX号<br>互联网新闻信息服务许可证：33120170XXX　联系电话：0572-5XXXXXX</div>
""",
    style="p",
    blocks=[
        ("p", "3月20日，随着溪龙乡黄杜村茶园里第一批嫩芽被采下，2025年安吉白茶正式开采。今年开采时间比去年提前了3天，头茬茶芽叶肥壮、色泽玉白。"),
        ("img", "茶农在茶园采摘", "茶农在溪龙乡黄杜村茶园采摘头茬白茶"),
        ("p", "一大早，黄杜村茶农盛阿林就带着20多名采茶工上山了。“前几天雨水足，这两天又是大晴天，芽头长得特别快，得抓紧采。”盛阿林说，头茬茶鲜叶收购价每斤在300元左右，一亩茶园头几天就能采十多斤。"),
        ("p", "为保障开采期用工，县里开通了“采茶工专列”，从江西、安徽等地接来采茶工1.3万余人，并在各主要产茶乡镇设立采茶工服务驿站，提供体检、住宿登记和法律咨询等服务。"),
        ("p", "县农业农村局预计，今年全县安吉白茶产量约2200吨，产值有望达到34亿元。县里还将通过“茶园码”实现茶叶从茶园到茶杯全程可追溯，进一步擦亮安吉白茶金名片。"),
    ],
))

# wx-21 内蒙古 provincial portal commentary — 评论 column, author with affiliation in parentheses
PAGES.append(dict(
    id="wx-21", kind=K, lang="zh",
    title="让“草原游”从一季游走向四季游",
    authors=["吉日嘎拉"],
    publish_time="2025-02-24 07:30",
    css="""
body{margin:0;font-family:serif;background:#fff}
.top{border-bottom:4px double #1f4e79;padding:18px 8%;font-size:30px;color:#1f4e79}
.top small{font-size:13px;color:#666;margin-left:20px}
.nv{padding:8px 8%;font-size:14px}.nv a{margin-right:14px}
.col{max-width:720px;margin:20px auto}.kick{color:#b22;font-weight:bold}
.col h1{font-size:28px;margin:10px 0}.who{font-size:15px;color:#444}.when{font-size:13px;color:#888}
.col p{font-size:17px;line-height:1.9}.ed{color:#888;font-size:13px}
.f{background:#1f4e79;color:#dde;padding:18px 8%;font-size:12px}
""",
    layout="""
<div class="top">正北方网<small>内蒙古重点新闻网站</small></div>
<div class="nv"><a>首页</a><a>内蒙古</a><a>评论</a><a>要闻</a><a>盟市</a><a>旗县</a><a>文旅</a><a>视频</a><input placeholder="搜索"></div>
<div class="col">
<div>首页 / 评论 / 北疆时评</div>
<div class="kick">【北疆时评】</div>
<h1>让“草原游”从一季游走向四季游</h1>
<div class="who">作者：吉日嘎拉（系内蒙古师范大学旅游学院副教授）</div>
<div class="when">2025-02-24 07:30　来源：正北方网</div>
{BODY}
<p class="ed">责任编辑：赵婷婷　　值班编委：王刚</p>
<p>分享：""" + img("微信") + img("微博") + """</p>
<p><b>更多评论</b><br>北疆时评：用好“冷资源”，做热“冬经济”<br>北疆时评：让群众在家门口看上好戏</p>
</div>
<div class="f">正北方网 版权所有 ｜ 蒙ICP备05000XXX号 ｜ 蒙公网安备15010502000XXX号 ｜ 互联网新闻信息服务许可证编号：15120180XXX ｜ 举报电话：0471-6XXXXXX</div>
""",
    style="p",
    blocks=[
        ("p", "说起内蒙古旅游，不少人的第一反应是“夏天去草原”。每年七八月，草原上游客如织，一到冬季却门可罗雀，“旺季挤破头、淡季门可罗雀”成了不少景区的常态。"),
        ("p", "其实，草原的冬天同样有看头。近两年，呼伦贝尔的冰雪那达慕、锡林郭勒的马文化冬季节、阿尔山的雾凇温泉，都吸引了大批游客。这说明，只要产品对路，“冷季”也能变“热季”。"),
        ("p", "推动草原旅游从一季走向四季，关键在于丰富产品供给。春季可以做好接羔、转场等牧事体验，秋季可以发展摄影、徒步和自驾，冬季则可以围绕冰雪运动和民俗节庆做文章。各地要结合自身资源禀赋，避免同质化竞争。"),
        ("p", "同时，要补齐基础设施短板。冬季道路通行、景区供暖、应急救援等问题，直接影响游客体验。相关部门应提前谋划，加大投入，让游客来得了、留得住、玩得好。"),
        ("p", "草原的美不止一季。把四季的风景都讲好、用好，内蒙古旅游才能走得更稳、更远。"),
    ],
))

# wx-22 贵州 city paper site — old 2011 table layout, closing "（记者 胡 艳）" in last paragraph
PAGES.append(dict(
    id="wx-22", kind=K, lang="zh",
    title="六盘水市中心城区新增公共停车泊位2100个",
    authors=["胡艳"],
    publish_time="2025-3-7 8:52:10",
    css="""
body{margin:0;font-size:12px;font-family:宋体}
.tb{width:950px;margin:0 auto}.hd td{background:#336699;color:#fff;height:80px;font-size:28px;font-weight:bold}
.mn td{background:#d7e3f0;height:26px;text-align:center}
.ct{font-size:14px;line-height:24px}.tt{font-size:20px;font-weight:bold;color:#036;text-align:center;padding:12px}
.src{text-align:center;color:#666;background:#f3f3f3}
""",
    layout="""
<table class="tb" cellspacing="0" cellpadding="0">
<tr class="hd"><td colspan="9">&nbsp;凉都在线 www.lpsnews-demo.cn</td></tr>
<tr class="mn"><td>首页</td><td>凉都新闻</td><td>县区动态</td><td>社会民生</td><td>图片</td><td>专题</td><td>数字报刊</td><td>论坛</td><td>登录</td></tr>
</table>
<table class="tb" cellspacing="0" cellpadding="4">
<tr><td width="700" valign="top">
<table width="100%"><tr><td>您现在的位置: <a>凉都在线</a> &gt;&gt; <a>凉都新闻</a> &gt;&gt; 正文</td></tr>
<tr><td class="tt">六盘水市中心城区新增公共停车泊位2100个</td></tr>
<tr><td class="src">作者：胡艳&nbsp;&nbsp;&nbsp;&nbsp;文章来源：六盘水日报&nbsp;&nbsp;&nbsp;&nbsp;点击数：<b>1208</b>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2025-3-7 8:52:10</td></tr>
<tr><td class="ct">
{BODY}
</td></tr>
<tr><td>【<a>发表评论</a>】【<a>加入收藏</a>】【<a>告诉好友</a>】【<a>打印此文</a>】【<a>关闭窗口</a>】</td></tr>
<tr><td>上一篇文章：钟山区开展燃气安全专项检查<br>下一篇文章：水城区猕猴桃种植户冬季修剪忙</td></tr>
</table></td>
<td width="250" valign="top" bgcolor="#f7f7f7"><b>最新文章</b><br>· 全市春季植树造林启动<br>· 盘州市召开优化营商环境大会<br>· 六枝特区返乡创业人数增长<br><b>热门文章</b><br>· 凉都消夏文化旅游季筹备启动</td></tr>
</table>
<table class="tb"><tr><td align="center" style="border-top:2px solid #336699">凉都在线 版权所有 Copyright© 2011-2025 黔ICP备11000XXX号<br>地址：六盘水市钟山区示范路XX号 联系电话：0858-8XXXXXX</td></tr></table>
""",
    style="u3000",
    blocks=[
        ("p", "记者从市住建局获悉，今年以来，我市通过挖潜闲置地块、利用边角空地、推进机关企事业单位停车场错时开放等方式，在中心城区新增公共停车泊位2100个，有效缓解了老城区“停车难”问题。"),
        ("p", "在钟山区人民路附近，一块闲置多年的空地经过平整硬化，变成了拥有180个泊位的临时停车场。附近商户王先生说：“以前顾客来买东西，车没地方停，现在方便多了，生意也好了不少。”"),
        ("p", "据介绍，新增泊位中，路外停车场泊位1460个，路内临时泊位420个，错时共享泊位220个。所有泊位均接入“智慧停车”平台，市民可通过手机查询空余车位、在线缴费。"),
        ("p", "市住建局有关负责人表示，下一步将继续推进立体停车库建设，力争年底前中心城区再新增泊位3000个。（记者 胡 艳）"),
    ],
))

# wx-23 English page of a 浙江 outlet — modern, By-line with two names, dateline, photo credit
PAGES.append(dict(
    id="wx-23", kind=K, lang="en",
    title="Hangzhou's digital nomad village draws young remote workers to the countryside",
    authors=["Zhang Yiwen", "Li Qi"],
    publish_time="2025-03-06 16:18",
    css="""
body{margin:0;font-family:Georgia,serif;color:#222}
.mast{display:flex;justify-content:space-between;align-items:center;padding:14px 6%;border-bottom:1px solid #ddd}
.mast b{font-size:26px;font-family:Arial}.mast nav a{margin-left:16px;font-family:Arial;font-size:14px}
.story{max-width:740px;margin:30px auto}.sec{font-family:Arial;color:#c8102e;text-transform:uppercase;font-size:13px}
h1{font-size:34px;line-height:1.25}.byline{font-family:Arial;font-size:14px}.date{font-family:Arial;color:#777;font-size:13px}
.story p{font-size:18px;line-height:1.7}.pic-cap{font-size:13px;color:#666;font-family:Arial}
.tags a{border:1px solid #ccc;padding:2px 8px;margin-right:6px;font-size:12px}
footer{background:#111;color:#aaa;padding:24px 6%;font-size:12px;font-family:Arial}
""",
    layout="""
<div class="mast"><b>Zhejiang Today</b><nav><a>Home</a><a>Zhejiang</a><a>Business</a><a>Culture</a><a>Travel</a><a>Video</a><a>中文</a></nav></div>
<div class="story">
<div class="sec">Zhejiang / Society</div>
<h1>Hangzhou's digital nomad village draws young remote workers to the countryside</h1>
<div class="byline">By Zhang Yiwen and Li Qi</div>
<div class="date">Updated: 2025-03-06 16:18 | Source: Zhejiang Today</div>
{BODY}
<p class="tags">Tags: <a>digital nomads</a><a>rural revitalization</a><a>Yuhang</a></p>
<p>Editor: Chen Lu</p>
<div><b>Related stories</b><ul><li>Anji bamboo town turns old factory into co-working hub</li><li>Zhejiang villages bet on coffee and camping</li></ul></div>
</div>
<footer>About Us | Contact Us | Privacy Policy<br>Copyright © Zhejiang Today. All rights reserved. 浙ICP备1800XXXX号</footer>
""",
    style="p",
    blocks=[
        ("p", "In a renovated silk-reeling workshop in Qingshanwu village, Yuhang district, about 40 young people sit at long wooden tables with laptops open. Some are writing code for overseas clients, others are editing videos or designing games."),
        ("p", "The village has branded itself as a \"digital nomad base\" since late 2023, offering rooms from 1,500 yuan ($207) a month, shared offices with fiber-optic internet and a canteen that serves locally grown vegetables."),
        ("img", "Remote workers at a shared office in Qingshanwu village", "Remote workers at a shared office in Qingshanwu village, Hangzhou, on Tuesday. WANG FEI / FOR ZHEJIANG TODAY"),
        ("p", "\"I can finish my work in the morning and go hiking in the bamboo forest in the afternoon,\" said Liu Xiaoran, a 29-year-old illustrator from Chengdu who has lived in the village for eight months. \"The rent is a third of what I paid in Shanghai.\""),
        ("p", "According to the village committee, more than 1,100 remote workers have stayed for at least a month, and 23 have started small businesses locally, from a bakery to a drone-photography studio."),
        ("p", "Local officials say the newcomers have also helped older villagers sell bamboo shoots and tea online. The district plans to open two more such bases this year."),
    ],
))

# wx-24 English page of a national outlet, wire copy with only a source (Xinhua): no authors
PAGES.append(dict(
    id="wx-24", kind=K, lang="en",
    title="Fujian's Pingtan opens new cross-Strait ro-ro shipping route",
    authors=[],
    publish_time="March 9, 2025 11:02 AM",
    css="""
body{margin:0;font-family:Arial,sans-serif}
.top{background:#0d2b52;color:#fff;padding:8px 5%;font-size:12px}.logo{padding:14px 5%;font-size:28px;color:#0d2b52;font-weight:bold}
.menu{background:#e8edf3;padding:8px 5%}.menu a{margin-right:16px}
.wrap{width:960px;margin:20px auto;display:flex;gap:30px}.art{flex:1}.side{width:260px;font-size:13px}
.art h1{font-size:28px}.info{color:#666;font-size:13px;border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px 0}
.art p{font-size:16px;line-height:1.7}.share{color:#999;font-size:13px}
.ft{background:#0d2b52;color:#ccd;font-size:12px;padding:18px 5%}
""",
    layout="""
<div class="top">Chinese | Français | Español | Русский | عربي</div>
<div class="logo">China Daily Digest</div>
<div class="menu"><a>Home</a><a>China</a><a>World</a><a>Business</a><a>Regional</a><a>Opinion</a><a>Photos</a></div>
<div class="wrap"><div class="art">
<div>Home &gt; Regional &gt; Fujian</div>
<h1>Fujian's Pingtan opens new cross-Strait ro-ro shipping route</h1>
<div class="info">Source: Xinhua | March 9, 2025 11:02 AM | <a>Print</a> | <a>Mail</a> | <a>Large</a> <a>Medium</a> <a>Small</a></div>
{BODY}
<p class="share">Share: Facebook Twitter LinkedIn WeChat</p>
<p>Editor: Xu Ning</p>
</div>
<div class="side"><b>Most Popular</b><ol><li>Spring travel rush ends with record trips</li><li>Xiamen hosts international marathon</li><li>New energy vehicle exports climb</li></ol><b>Photos</b><p>""" + img("Fishing boats in Pingtan harbor") + """ Fishing boats in Pingtan harbor</p></div></div>
<div class="ft">Copyright © China Daily Digest. All rights reserved. | About us | Contact us<br>京ICP备0000XXXX号</div>
""",
    style="p",
    blocks=[
        ("p", "FUZHOU, March 9 (Xinhua) -- A new roll-on/roll-off shipping route linking Pingtan in southeast China's Fujian Province with Taichung opened on Saturday, cutting cargo transit time between the two sides of the Taiwan Strait to about four hours."),
        ("p", "The first voyage carried 36 trucks loaded with electronic components, fruit and building materials, according to the Pingtan Comprehensive Experimental Zone administration."),
        ("p", "The route will operate three round trips a week in its initial stage, and trucks can complete customs clearance at the port without unloading, which is expected to cut logistics costs for businesses by about 20 percent."),
        ("p", "Pingtan, the mainland's closest point to Taiwan, has been expanding its cross-Strait transport links in recent years. Its port handled more than 1.2 million tonnes of cross-Strait cargo in 2024, up 15 percent year on year."),
    ],
))
