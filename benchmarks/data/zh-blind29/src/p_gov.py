from gen import *

# ---------- yd-01 若干措施 (official document), 西安市雁塔区, 2020s portal with 长者模式 ----------
items = [
 "各街道办事处，区政府各工作部门、各直属机构：",
 "《雁塔区促进夜间经济高质量发展若干措施》已经区政府第38次常务会议研究同意，现印发给你们，请结合实际认真贯彻执行。",
 "附件：雁塔区促进夜间经济高质量发展若干措施",
 "西安市雁塔区人民政府办公室",
 "2025年3月14日",
 "（此件公开发布）",
 ('h', "雁塔区促进夜间经济高质量发展若干措施"),
 "为进一步激发消费活力，打造“夜游雁塔”城市名片，结合我区实际，制定以下措施。",
 "1. 优化夜间经营时间。支持大雁塔、曲江池、小寨商圈等重点区域商户将经营时间延长至24时，对经营时间延长2小时以上且连续经营满6个月的，给予每户最高2万元的一次性补贴。",
 "2. 打造夜间消费街区。每年评选3个区级夜间消费示范街区，每个给予50万元奖励，用于照明提升、外摆设施和公共服务设施建设。",
 "3. 丰富夜间文旅供给。鼓励景区、剧场、博物馆推出夜间演出和延时开放项目，对年度夜场演出超过100场的文艺团体给予最高30万元扶持。",
 "4. 完善夜间交通保障。会同公交、地铁运营单位在重点街区周边增开夜间线路，新增夜间临时停车泊位不少于2000个，21时后实行限时免费停车。",
 "5. 强化安全与服务。建立夜间经济街区“街长制”，由所在街道分管负责同志担任街长，统筹城管、市场监管、公安等力量开展联合巡查。",
 "6. 本措施自2025年4月1日起施行，有效期3年，由区商务局负责解释。",
]
bh, bg = B(items)
html = doc("雁塔区人民政府办公室关于印发雁塔区促进夜间经济高质量发展若干措施的通知_西安市雁塔区人民政府", ".top{background:#f2f2f2;font-size:12px;padding:4px 0}.top span{margin-right:14px}.banner{background:#b8281f;color:#fff;padding:22px 0;font-size:30px}.nav a{color:#fff;margin-right:26px}.nav{background:#8e1a13;padding:8px 0}.art{border:1px solid #ddd;padding:30px 60px;margin:12px auto}h1{text-align:center;font-size:24px}.wh{text-align:center;color:#555}.info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}.foot{background:#333;color:#ccc;font-size:12px;padding:18px 0;text-align:center}", f"""
<div class="top"><div class="w"><span>欢迎访问西安市雁塔区人民政府网站</span><span>今天是：2025年3月18日</span><span style="float:right">无障碍浏览 | 长者模式 | 繁體 | 个人登录 | 法人登录</span></div></div>
<div class="banner"><div class="w">西安市雁塔区人民政府<form style="float:right"><input type="text" placeholder="请输入关键词搜索"><button>搜索</button></form></div></div>
<div class="nav"><div class="w"><a>首页</a><a>走进雁塔</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>专题专栏</a></div></div>
<div class="w" style="padding:8px 0">当前位置：首页 / 政务公开 / 政策文件 / 区政府办文件</div>
<div class="w art">
<h1>雁塔区人民政府办公室关于印发雁塔区促进<br>夜间经济高质量发展若干措施的通知</h1>
<p class="wh">雁政办发〔2025〕7号</p>
<div class="info">发布时间：2025-03-18 16:40　　来源：区政府办　　浏览次数：1862　　【字体：大 中 小】</div>
{bh}
<p style="text-align:right">【打印本页】　【关闭窗口】</p>
<p>上一篇：雁塔区2025年春季农民工返岗复工服务活动方案<br>下一篇：雁塔区人民政府关于调整区政府领导同志工作分工的通知</p>
</div>
<div class="foot">主办单位：西安市雁塔区人民政府办公室　承办：雁塔区大数据服务中心<br>网站标识码：6101130001　陕ICP备05004312号-1　<img alt="公安备案图标">陕公网安备 61011302000187号<br>扫一扫在手机打开当前页</div>
""")
add('yd-01', '政府', '官方文件·若干措施（1. 2. 3.）', 'zh', "雁塔区人民政府办公室关于印发雁塔区促进夜间经济高质量发展若干措施的通知", [], "2025-03-18 16:40", bg, html)

# ---------- yd-02 通报 naming units, 兰州市城关区, 2010s table layout ----------
items = [
 "各街道办事处，区政府各部门，各直属单位：",
 "按照《甘肃省政府网站与政务新媒体检查指标》要求，区政务公开办于2024年12月对全区政府网站和政务新媒体开展了第四季度检查，现将有关情况通报如下。",
 ('h', "一、总体情况"),
 "本次共检查区政府门户网站栏目58个、部门子站9个、政务新媒体账号43个，总体合格率为95.3%，较第三季度提高2.1个百分点。",
 ('h', "二、表现较好的单位"),
 "区教育局、区卫生健康局、皋兰路街道、雁南街道政务新媒体更新及时、内容规范，互动回应平均时长不超过2个工作日，予以通报表扬。",
 ('h', "三、存在问题的单位"),
 "区文体旅游局微信公众号连续3周未更新；伏龙坪街道政务微博存在错别字2处；区农业农村局子站“政策解读”栏目有1条外链失效。",
 ('h', "四、工作要求"),
 "各相关单位要于2025年1月15日前完成整改，并将整改报告报送区政务公开办（联系人：杨秀兰，电话：0931-8456271）。",
 "兰州市城关区人民政府办公室",
 "2024年12月30日",
]
bh, bg = B(items, hs='p class="b"')
html = doc("城关区人民政府办公室关于2024年第四季度政府网站和政务新媒体检查情况的通报", "table.lay{width:980px;margin:0 auto;border-collapse:collapse}.hd{background:#1f5fa8;color:#fff;font-size:26px;height:90px}.menu td{background:#e8eef7;text-align:center;padding:6px}.tt{font-size:20px;color:#c00;text-align:center;font-weight:bold;padding:16px}.b{font-weight:bold}.ft{background:#e8eef7;text-align:center;font-size:12px;padding:10px}", f"""
<table class="lay"><tr><td class="hd" colspan="7">　兰州市城关区人民政府　<span style="font-size:13px">www.lzcgq.gov.cn</span></td></tr>
<tr class="menu"><td>网站首页</td><td>政务公开</td><td>城关概况</td><td>网上办事</td><td>公众参与</td><td>区长信箱</td><td>设为首页 加入收藏</td></tr></table>
<table class="lay"><tr><td>您现在的位置：&gt;&gt; 首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告</td></tr>
<tr><td class="tt">城关区人民政府办公室关于2024年第四季度政府网站和政务新媒体检查情况的通报</td></tr>
<tr><td style="text-align:center;background:#f6f6f6">作者：区政务公开办　　发布时间：2025-1-2　　点击数：417　　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td style="padding:10px 40px">{bh}</td></tr>
<tr><td style="text-align:center">【<a>打印</a>】【<a>关闭</a>】【<a>返回顶部</a>】</td></tr></table>
<table class="lay"><tr><td class="ft">版权所有：兰州市城关区人民政府　技术支持：城关区信息中心<br>甘ICP备11000219号　网站标识码：6201020002　建议使用1024×768分辨率浏览</td></tr></table>
""")
add('yd-02', '政府', '官方文件·通报（点名单位），2010s表格布局', 'zh', "城关区人民政府办公室关于2024年第四季度政府网站和政务新媒体检查情况的通报", [], "2025-1-2", bg, html)

# ---------- yd-03 函 to one office, 银川市金凤区住建局 ----------
items = [
 "金凤区丰登镇人民政府：",
 "根据《银川市2025年城镇老旧小区改造计划》，我局拟于6月中旬对贵镇辖区内润丰苑、丰安小区两个小区开展改造前入户调查，内容包括房屋现状、管网情况和居民改造意愿等。",
 "为确保调查工作顺利开展，现商请贵镇协助以下事项：一是指定一名联络员，协调社区居委会做好入户前宣传；二是提供两个小区的楼栋长名单及联系方式；三是在调查期间安排社区网格员陪同入户。",
 "调查工作由我局委托的宁夏恒信工程咨询有限公司具体实施，预计用时10个工作日。",
 "调查结果将作为编制改造实施方案的重要依据，涉及的居民个人信息将严格保密，仅用于本次改造工作。",
 "盼复为感。",
 "联系人：马文军，联系电话：0951-5097312。",
 "银川市金凤区住房和城乡建设局",
 "2025年6月3日",
]
bh, bg = B(items, p='p style="text-indent:2em;line-height:2"')
html = doc("关于商请协助开展老旧小区改造入户调查的函-银川市金凤区人民政府", ".hd{height:110px;background:linear-gradient(#e9f3fb,#fff);font-size:28px;color:#0b5394;padding:20px}.sticky{position:sticky;top:0;background:#0b5394;color:#fff;padding:6px}.sticky a{color:#fff;margin:0 14px}.crumb{font-size:13px;color:#666;margin:10px 0}.t{text-align:center;font-size:22px;margin:18px 0 4px}.m{text-align:center;font-size:13px;color:#999}", f"""
<div class="hd"><div class="w">银川市金凤区人民政府<br><span style="font-size:14px">Jinfeng District People's Government of Yinchuan</span></div></div>
<div class="sticky"><div class="w"><a>首页</a><a>金凤概况</a><a>新闻中心</a><a>信息公开</a><a>政务服务</a><a>政民互动</a><span style="float:right">长者模式　无障碍</span></div></div>
<div class="w"><div class="crumb">首页>信息公开>法定主动公开内容>部门文件</div>
<div class="t">关于商请协助开展老旧小区改造入户调查的函</div>
<div class="m">金住建函〔2025〕41号</div>
<div class="m">[2025-06-05]　　来源：区住房和城乡建设局　　阅读次数：[阅读：123]</div>
{bh}
<div style="margin-top:30px;border-top:1px solid #ddd;padding-top:8px">相关文件：<ul><li>· 金凤区2025年城镇老旧小区改造项目清单公示</li><li>· 关于做好老旧小区改造居民意见征集工作的通知</li></ul></div></div>
<div class="sticky"><div class="w"><a>首页</a><a>金凤概况</a><a>新闻中心</a><a>信息公开</a><a>政务服务</a><a>政民互动</a></div></div>
<div class="w" style="font-size:12px;text-align:center;padding:12px">主办：银川市金凤区人民政府办公室　网站标识码：6401060003　宁ICP备13001524号　宁公网安备64010602000163号</div>
""")
add('yd-03', '政府', '官方文件·函（致一个单位）', 'zh', "关于商请协助开展老旧小区改造入户调查的函", [], "2025-06-05", bg, html)

# ---------- yd-04 政府信息公开 record table, two columns, 西宁市城西区 ----------
items = [
 "各乡镇人民政府、街道办事处，区政府各部门：",
 "为进一步加强非物质文化遗产保护传承工作，经专家评审、社会公示，区人民政府同意将“城西区河湟刺绣”等8个项目列入第二批区级非物质文化遗产代表性项目名录，现予公布。",
 "各单位要按照“保护为主、抢救第一、合理利用、传承发展”的方针，切实做好名录项目的保护管理工作，支持代表性传承人开展传习活动，推动非物质文化遗产融入社区生活。",
 "附件：城西区第二批区级非物质文化遗产代表性项目名录",
 "西宁市城西区人民政府",
 "2025年5月20日",
 ('t', [["序号", "项目名称", "类别", "申报单位"],
        ["1", "城西区河湟刺绣", "传统美术", "虎台街道"],
        ["2", "青海平弦", "曲艺", "西关大街街道"],
        ["3", "麦仁饭制作技艺", "传统技艺", "彭家寨镇"],
        ["4", "湟水社火", "民俗", "兴海路街道"]]),
]
bh, bg = B(items)
rec = """<table class="rec" cellspacing="0">
<tr><th>索 引 号</th><td>11630100MB1734266X/2025-00412</td><th>主题分类</th><td>文化、广电、新闻出版</td></tr>
<tr><th>发文机关</th><td>西宁市城西区人民政府</td><th>发文字号</th><td>西城政〔2025〕19号</td></tr>
<tr><th>成文日期</th><td>2025年05月20日</td><th>发布日期</th><td>2025年05月26日</td></tr>
<tr><th>名　　称</th><td colspan="3">西宁市城西区人民政府关于公布第二批区级非物质文化遗产代表性项目名录的通知</td></tr></table>"""
html = doc("西宁市城西区人民政府关于公布第二批区级非物质文化遗产代表性项目名录的通知", ".rec{width:100%;border:1px solid #cbd9e6;font-size:13px}.rec th{background:#eef4fa;width:90px;text-align:right;padding:5px}.rec td{padding:5px}.hd{background:#2d7a4b;color:#fff;font-size:26px;padding:26px 0}h2{text-align:center;font-size:21px;color:#1d4f91}.dt{border-collapse:collapse;margin:auto}", f"""
<div style="background:#f5f5f5;font-size:12px"><div class="w">西宁市人民政府 | 青海省人民政府 <span style="float:right">登录　注册　无障碍　关怀版</span></div></div>
<div class="hd"><div class="w">西宁市城西区人民政府 政府信息公开</div></div>
<div class="w"><p>首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 政府文件</p>
{rec}
<h2>西宁市城西区人民政府关于公布第二批区级非物质文化遗产代表性项目名录的通知</h2>
<p style="text-align:center;color:#888">西城政〔2025〕19号</p>
{bh}
<p>【打印】 【关闭】 【收藏】</p>
<div style="float:right;text-align:center;font-size:12px"><img alt="二维码" width="90" height="90"><br>扫一扫在手机打开当前页</div>
<p>分享到：微信 微博 QQ空间</p></div>
<div style="clear:both;background:#2d7a4b;color:#fff;text-align:center;font-size:12px;padding:14px">主办单位：西宁市城西区人民政府办公室　地址：西宁市城西区五四西路18号<br>网站标识码6301040001　青ICP备09000513号-2　青公网安备 63010402000088号</div>
""")
add('yd-04', '政府', '政府信息公开（索引号两栏表）+ 附件表', 'zh', "西宁市城西区人民政府关于公布第二批区级非物质文化遗产代表性项目名录的通知", [], "2025年05月26日", bg, html)

# ---------- yd-05 政策问答 问：/答：, 天津市滨海新区人社局 ----------
items = [
 "为帮助灵活就业人员更好了解参保政策，滨海新区人力资源和社会保障局梳理了群众关心的6个问题，现解答如下。",
 "问：哪些人可以以灵活就业人员身份参加职工基本医疗保险？",
 "答：在本市行政区域内从事个体经营、非全日制工作以及新就业形态的人员，年龄在16周岁以上、未参加职工基本医疗保险的，均可按规定以个人身份参保，不受户籍限制。",
 "问：缴费基数怎样确定？",
 "答：灵活就业人员可在本市上年度职工月平均工资的60%至300%之间自主选择缴费基数，每年可调整一次。",
 "问：在哪里办理参保登记？",
 "答：可通过“津心办”APP、天津市人社局网上办事大厅办理，也可携带身份证到居住地街道（乡镇）社会保障服务中心现场办理。",
 "问：中断缴费后怎么处理？",
 "答：中断缴费3个月以内的，可以补缴，补缴后累计计算缴费年限；超过3个月的，从重新缴费次月起享受待遇，中断期间的费用不予补缴。",
 "问：退休时缴费年限不够怎么办？",
 "答：达到法定退休年龄时，累计缴费年限男满25年、女满20年，且在本市实际缴费满10年的，退休后可享受职工医保待遇；不足的，可一次性补足。",
 "问：遇到问题可以咨询哪里？",
 "答：可拨打12333人社服务热线或滨海新区医保咨询电话022-66893157。",
]
bh, bg = B(items, p='p style="line-height:1.9"')
html = doc("灵活就业人员参加职工医保政策问答-天津市滨海新区人民政府", ".hd{background:#034ea2;height:80px;color:#fff;font-size:26px;padding-top:20px}.col{float:left;width:240px;background:#f0f5fb;min-height:600px}.col li{padding:8px 16px;border-bottom:1px solid #dde}.main{margin-left:260px}.tit{font-size:22px;font-weight:bold;text-align:center;padding:14px}.bar{background:#f7f7f7;padding:6px;text-align:center;font-size:13px}", f"""
<div style="font-size:12px;background:#eee"><div class="w">天津市人民政府 ｜ 滨海新区人民政府 <span style="float:right">简 | 繁 | 无障碍 | 适老化服务 | 登录</span></div></div>
<div class="hd"><div class="w">天津市滨海新区人力资源和社会保障局</div></div>
<div class="w"><div class="col"><ul><li>政策解读</li><li>政策文件</li><li>就业创业</li><li>社会保险</li><li>劳动关系</li><li>人事人才</li></ul></div>
<div class="main"><div>当前位置： 首页 > 政务公开 > 政策解读</div>
<div class="tit">灵活就业人员参加职工医保政策问答</div>
<div class="bar">发布时间：2025/6/3 09:12:30 供稿单位：医疗保险科 审核：刘志强 浏览量：2,317 字号：【大】【中】【小】</div>
{bh}
<p>关联文件：天津市人民政府办公厅关于印发天津市职工基本医疗保险规定的通知</p>
<p>【打印本页】　【关闭窗口】</p></div></div>
<div style="clear:both;border-top:3px solid #034ea2;text-align:center;font-size:12px;padding:14px">主办单位：天津市滨海新区人力资源和社会保障局　联系电话：022-65305000<br>网站标识码：1201160008　津ICP备05004365号-3　津公网安备12011602000571号</div>
""")
add('yd-05', '政府', '政策问答（问：/答：）', 'zh', "灵活就业人员参加职工医保政策问答", [], "2025/6/3 09:12:30", bg, html)

# ---------- yd-06 新闻发布会 transcript, 延安市 ----------
items = [
 "2025年4月22日上午，延安市人民政府新闻办公室召开“延安苹果产业高质量发展”新闻发布会。市农业农村局局长高建平，市果业中心主任薛红梅，宝塔区副区长郝东升出席发布会并回答记者提问。",
 "主持人（市政府新闻办副主任 冯雪）：",
 "各位媒体朋友，上午好！欢迎参加今天的新闻发布会。首先请高建平局长介绍有关情况。",
 "高建平：",
 "各位记者朋友，大家好！2024年，全市苹果种植面积稳定在380万亩，产量达到412万吨，产业综合产值突破500亿元。今年我们将重点实施老果园改造15万亩，新建矮化自根砧果园3万亩，推广水肥一体化和防雹网覆盖，让果农在稳产的基础上增加收入。",
 "陕西日报记者：",
 "今年春季部分县区遭遇晚霜冻，对苹果生产造成多大影响？",
 "薛红梅：",
 "4月上旬，洛川、富县等地出现短时降温，我们提前发布预警，组织果农采取熏烟、喷施防冻剂等措施，受冻面积控制在8万亩左右，目前坐果情况总体正常。",
 "延安日报记者：",
 "宝塔区在苹果销售方面有哪些新举措？",
 "郝东升：",
 "我们在区内建成了3个冷链集配中心，与两家大型电商平台签订直采协议，今年还将培训200名农民主播，让“宝塔山下的苹果”通过直播走向全国。",
 "主持人：",
 "今天的新闻发布会到此结束，谢谢大家！",
]
bh, bg = B(items)
html = doc("“延安苹果产业高质量发展”新闻发布会 - 延安市人民政府", ".hd{background:#a31f24;color:#fde5b5;font-size:28px;padding:24px 0}.nv{background:#7c151a}.nv a{color:#fff;display:inline-block;padding:8px 20px}.video{background:#000;color:#fff;height:200px;text-align:center;line-height:200px}h1{font-size:23px;text-align:center}.meta span{margin-right:20px}", f"""
<div class="hd"><div class="w">延安市人民政府<input style="float:right" placeholder="搜索站内内容"></div></div>
<div class="nv"><div class="w"><a>首页</a><a>要闻动态</a><a>政务公开</a><a>新闻发布</a><a>政务服务</a><a>互动交流</a><a>走进延安</a></div></div>
<div class="w"><p>首页 / 新闻发布 / 发布会实录</p>
<h1>“延安苹果产业高质量发展”新闻发布会</h1>
<p class="meta" style="text-align:center;color:#777"><span>发布时间：2025年04月22日 15:30</span><span>信息来源：市政府新闻办</span><span>访问量：963</span></p>
<div class="video">发布会视频回放</div>
<p><b>发布会时间：</b>2025年4月22日 10:00　<b>地点：</b>市政府新闻发布厅</p>
<h3>【文字实录】</h3>
{bh}
<p>责任编辑：任小龙</p>
<p>上一篇：延安市2025年一季度经济运行情况新闻发布会<br>下一篇：“清明祭扫服务保障”新闻发布会</p></div>
<div style="background:#333;color:#aaa;text-align:center;font-size:12px;padding:16px">延安市人民政府办公室主办　网站标识码：6106000001　陕ICP备05001788号　陕公网安备 61060202000103号</div>
""")
add('yd-06', '政府', '新闻发布会实录（发言人）', 'zh', "“延安苹果产业高质量发展”新闻发布会", [], "2025年04月22日 15:30", bg, html)

# ---------- yd-07 week's 工作动态 list page, 北京东城区东华门街道 ----------
items = [
 ('h', "东华门街道召开垃圾分类“桶前值守”推进会"),
 "5月26日，街道召开垃圾分类工作推进会，通报5月份各社区检查排名情况，对王府井社区、韶九社区桶前值守到位率低于90%的问题提出限期整改要求，并部署端午节期间商户垃圾清运工作。",
 ('h', "多福巷社区开展“夏季防溺水”主题宣传"),
 "5月27日，多福巷社区联合东华门派出所走进东城区回民实验小学，通过案例讲解、情景演练等方式，为120余名学生上了一堂防溺水安全课。",
 ('h', "街道举办辖区企业服务“直通车”座谈会"),
 "5月29日，街道邀请辖区18家重点企业代表座谈，区商务局、区税务局有关负责同志现场解答企业在人才落户、房租减免等方面的问题，收集诉求11条，已全部分派至相关科室办理。",
 ('h', "智德社区完成老旧平房电气线路改造"),
 "截至5月30日，智德社区37户平房院落电气线路改造全部完工，更换老化线路2800余米，加装漏电保护装置74个，居民冬季“煤改电”用电安全得到保障。",
]
bh, bg = B(items, hs='h3 class="it"')
html = doc("东华门街道工作动态（2025年第21期）_北京市东城区人民政府", ".top{background:#c7000b;color:#fff;font-size:12px;padding:5px}.logo{font-size:26px;color:#c7000b;padding:18px 0}.it{font-size:16px;color:#c7000b;border-left:4px solid #c7000b;padding-left:8px}.list li{padding:3px 0}", f"""
<div class="top"><div class="w">北京市东城区人民政府　　2025年6月3日 星期二　　<span style="float:right">长者模式 | 无障碍 | English</span></div></div>
<div class="w logo">北京·东城 <span style="font-size:14px;color:#333">东华门街道</span> <input placeholder="请输入您要搜索的内容"><button>搜 索</button></div>
<div class="w"><div style="border-bottom:1px solid #ddd">首页 / 街道动态 / 东华门街道</div>
<h2 style="text-align:center">东华门街道工作动态（2025年第21期）</h2>
<p style="text-align:center;color:#999">2025.06.03　　东华门街道办事处　　【字体：大 中 小】</p>
{bh}
<p style="text-align:right">（东华门街道党群工作办公室供稿）</p>
<h4>往期回顾</h4><ul class="list"><li>东华门街道工作动态（2025年第20期）　2025-05-27</li><li>东华门街道工作动态（2025年第19期）　2025-05-20</li><li>东华门街道工作动态（2025年第18期）　2025-05-13</li></ul></div>
<div style="border-top:2px solid #c7000b;font-size:12px;text-align:center;padding:12px">主办：北京市东城区人民政府办公室　承办：北京市东城区政务服务和数据管理局<br>京ICP备05083398号　京公网安备11010102000047号　网站标识码：1101010001</div>
""")
add('yd-07', '政府', '街道一周工作动态（多条）', 'zh', "东华门街道工作动态（2025年第21期）", [], "2025.06.03", bg, html)

# ---------- yd-08 双语 page, 天津市和平区 ----------
items = [
 "6月1日，和平区“五大道国际友人文化交流日”在民园广场举行。来自德国、韩国、巴西等15个国家的60余名在津外籍人士走进五大道历史文化街区，体验泥人张彩塑、杨柳青年画拓印和天津快板。",
 "活动现场设置了“中国结”编织、剪纸和茶艺3个互动区。来自德国的工程师马库斯在泥人张传承人指导下捏出了一个小小的“相声演员”，他说：“这是我在天津最有意思的一个周末。”",
 "和平区外事办公室负责人介绍，今年以来和平区已举办各类国际交流活动12场，下一步将依托五大道、金街等资源，打造更多面向外籍人士的文化体验项目。",
 "Summary: On June 1, more than 60 expatriates from 15 countries joined the Five Great Avenues International Friends Culture Day in Heping District, Tianjin, trying clay figurine making, Yangliuqing New Year print rubbing and Tianjin kuaiban performance. The district has held 12 international exchange events so far this year.",
]
bh, bg = B(items)
html = doc("和平区举办五大道国际友人文化交流日活动 - 天津市和平区人民政府", ".hd{background:#0d3c78;color:#fff;font-size:24px;padding:20px 0}.nv span{margin-right:22px}h1{font-size:22px;text-align:center;margin-bottom:2px}.en{text-align:center;color:#667;font-style:italic;margin-top:0}", f"""
<div class="hd"><div class="w">天津市和平区人民政府 <span style="font-size:13px">Heping District, Tianjin</span><span style="float:right;font-size:13px">中文 | English | 长者模式</span></div></div>
<div class="w nv" style="padding:8px 0;border-bottom:1px solid #ccc"><span>首页 Home</span><span>走进和平 About</span><span>新闻动态 News</span><span>政务公开</span><span>办事服务</span></div>
<div class="w"><p>您所在的位置：首页 &gt; 新闻动态 &gt; 和平要闻</p>
<h1>和平区举办五大道国际友人文化交流日活动</h1>
<p class="en">Heping District Holds International Friends Culture Day on the Five Great Avenues</p>
<p style="text-align:center;font-size:13px;color:#888">2025-06-02 17:45 | 来源：区外办 | 作者：Lily Zhao | 浏览：[阅读：588]</p>
{bh}
<p>【编辑：孟晓 审核：郑宏伟】</p>
<p>相关新闻：<br>· 和平区金街夜市“开街”迎客<br>· 五大道历史文化街区入选第二批国家级旅游休闲街区</p></div>
<div style="text-align:center;font-size:12px;background:#f1f1f1;padding:14px">天津市和平区人民政府版权所有　网站标识码：1201010001　津ICP备10000624号</div>
""")
add('yd-08', '政府', '双语（中文标题+英文摘要），英文笔名', 'zh', "和平区举办五大道国际友人文化交流日活动", ["Lily Zhao"], "2025-06-02 17:45", bg, html)

# ---------- yd-09 tender result table, 宝鸡市陈仓区 ----------
items = [
 "一、项目编号：CCZC-2025-0136",
 "二、项目名称：陈仓区2025年农村公路养护工程（第一标段）",
 "三、中标（成交）信息",
 ('t', [["序号", "中标供应商名称", "中标供应商地址", "中标金额（元）", "工期"],
        ["1", "陕西秦川路桥建设有限公司", "宝鸡市渭滨区经二路116号", "3,286,450.00", "120日历天"]]),
 "四、评审专家名单：王建国、刘芳、赵军利、孙晓燕、李卫东",
 "五、公告期限：自本公告发布之日起1个工作日。",
 "各有关供应商对中标结果有异议的，可以在公告期限届满之日起7个工作日内，以书面形式向采购人或采购代理机构提出质疑，逾期不予受理。",
 "六、凡对本次公告内容提出询问，请按以下方式联系。采购人：宝鸡市陈仓区交通运输局，联系人：张海涛，电话：0917-6212475；采购代理机构：陕西中信招标有限公司，联系人：陈璐，电话：0917-3365108。",
]
bh, bg = B(items)
html = doc("陈仓区2025年农村公路养护工程（第一标段）中标结果公告", ".hd{font-size:24px;padding:16px 0;border-bottom:4px solid #1565c0}.dt{border-collapse:collapse;width:100%}.dt th{background:#e3f0ff}", f"""
<div class="w hd">宝鸡市陈仓区人民政府　<span style="font-size:13px;color:#888">无障碍　长者版　繁体</span></div>
<div class="w"><p>首页 > 政务公开 > 重点领域 > 公共资源配置 > 政府采购</p>
<h2 style="text-align:center">陈仓区2025年农村公路养护工程（第一标段）中标结果公告</h2>
<p style="text-align:center;color:#999">来源：区交通运输局  发布日期：2025-05-16  浏览次数：209</p>
{bh}
<p>附件：<a>中标通知书.pdf</a>　<a>评审报告摘要.pdf</a></p>
<p>【打印本页】【关闭窗口】</p></div>
<div class="w" style="border-top:1px solid #ccc;font-size:12px;text-align:center;padding:10px">宝鸡市陈仓区人民政府办公室主办 陕ICP备12003685号 网站标识码6103040001 陕公网安备61030402000121号</div>
""")
add('yd-09', '政府', '中标结果公告（表格）', 'zh', "陈仓区2025年农村公路养护工程（第一标段）中标结果公告", [], "2025-05-16", bg, html)

# ---------- yd-10 领导活动, 定西市安定区, 2010s table layout ----------
items = [
 "5月20日，区委书记杜永强深入内官营镇、香泉镇，调研马铃薯种薯繁育和高标准农田建设工作。",
 "在内官营镇锦屏村马铃薯原种繁育基地，杜永强走进网棚，详细了解脱毒种薯繁育技术和今年的订单销售情况。他指出，马铃薯是安定区的首位产业，要抓住种薯这个“芯片”，加快新品种引进和推广，稳定订单价格，让农户种得放心、卖得安心。",
 "在香泉镇高标准农田建设项目现场，杜永强查看了土地平整、田间道路和节水灌溉设施建设进度，要求施工单位倒排工期、严把质量，确保6月底前全面完工，不误秋播。",
 "调研中，杜永强强调，各乡镇要统筹抓好抗旱保苗、病虫害防控和农业保险工作，压紧压实责任，全力夺取全年粮食和马铃薯丰收。",
 "区委常委、副区长苏建军陪同调研。",
]
bh, bg = B(items, p='p style="text-indent:2em"')
html = doc("杜永强调研马铃薯种薯繁育和高标准农田建设工作", "table{border-collapse:collapse}.main{width:960px;margin:0 auto}.hd td{background:#c81e1e;color:#ffe600;font-size:28px;height:80px}.nv td{background:#9e1515;color:#fff;text-align:center;padding:5px}", f"""
<table class="main hd"><tr><td>　中国·安定　定西市安定区人民政府门户网站</td></tr></table>
<table class="main nv"><tr><td>首页</td><td>领导之窗</td><td>政务公开</td><td>安定要闻</td><td>乡镇动态</td><td>招商引资</td><td>在线服务</td></tr></table>
<table class="main"><tr><td width="200" valign="top" style="background:#fafafa">领导活动<br>安定要闻<br>部门动态<br>乡镇动态</td>
<td valign="top" style="padding:10px">
<div>当前位置：首页 >> 领导之窗 >> 领导活动</div>
<h2 style="text-align:center;color:#c81e1e">杜永强调研马铃薯种薯繁育和高标准农田建设工作</h2>
<div style="text-align:center;font-size:12px">发布时间：2025年5月21日 来源：区委办 作者：石  磊 文/图：魏&nbsp;&nbsp;娟 【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</div>
{bh}
<p style="text-align:center"><img alt="IMG_20250520_103512" width="480" height="320"></p>
</td></tr></table>
<table class="main"><tr><td style="text-align:center;border-top:2px solid #c81e1e;font-size:12px">Copyright © 2012-2025 定西市安定区人民政府 版权所有　甘ICP备08100286号</td></tr></table>
""")
add('yd-10', '政府', '领导活动，2010s表格布局，作者+文/图', 'zh', "杜永强调研马铃薯种薯繁育和高标准农田建设工作", ["石磊", "魏娟"], "2025年5月21日", bg, html)

# ---------- yd-11 speech, 青海省生态环境厅 ----------
items = [
 "同志们：",
 "这次会议的主要任务是，总结2024年全省生态环境保护工作，分析当前面临的形势，部署2025年重点任务。刚才，西宁市、果洛州和省环境监测中心站作了交流发言，讲得都很好，请大家认真学习借鉴。下面，我讲三点意见。",
 ('h', "一、充分肯定2024年工作取得的成绩"),
 "过去一年，全省生态环境系统坚持生态保护优先，各项工作取得新进展。全省地级城市空气质量优良天数比例达到95.8%，长江、黄河、澜沧江干流出省断面水质稳定保持Ⅱ类以上，青海湖裸鲤资源蕴藏量恢复到12万吨以上。这些成绩来之不易，是大家共同努力的结果。",
 ('h', "二、清醒认识面临的形势和挑战"),
 "我们也要看到，全省生态环境保护结构性、根源性压力还没有根本缓解。部分地区沙尘天气影响较大，农村生活污水治理率仍然偏低，基层监测执法能力与高原生态保护要求还有差距，这些都需要我们下大力气解决。",
 ('h', "三、扎实做好2025年重点工作"),
 "一是深入打好污染防治攻坚战，持续推进西宁—海东都市圈大气污染联防联控；二是加强三江源、祁连山等重点区域生态监管；三是推进国家公园示范省建设，完善生态环境分区管控体系；四是加强干部队伍建设，锻造生态环境保护铁军。",
 "同志们，保护好青海生态环境，是“国之大者”。让我们以更加昂扬的斗志，奋力谱写美丽青海建设新篇章！",
]
bh, bg = B(items, hs='p style="font-weight:bold"')
html = doc("在2025年全省生态环境保护工作会议上的讲话 青海省生态环境厅", ".hd{background:#0f7a5c;color:#fff;padding:22px 0;font-size:27px}.sub{text-align:center;font-size:15px;color:#444}h1{text-align:center;font-size:22px;line-height:1.5}", f"""
<div style="background:#eef7f3;font-size:12px;padding:4px"><div class="w">青海省人民政府 | 生态环境部 <span style="float:right">长者模式　无障碍　繁體版　English</span></div></div>
<div class="hd"><div class="w">青海省生态环境厅<form style="float:right"><input placeholder="全站搜索"></form></div></div>
<div class="w"><p>首页>政务公开>领导讲话</p>
<h1>坚持生态保护优先 奋力谱写美丽青海建设新篇章</h1>
<p class="sub">——在2025年全省生态环境保护工作会议上的讲话</p>
<p class="sub">青海省生态环境厅党组书记、厅长　索南才让</p>
<p class="sub">（2025年2月18日）</p>
<p style="text-align:center;font-size:12px;color:#999">发布日期：2025-02-20 11:06:31　字号：大 中 小　浏览：1045次</p>
{bh}
<p>责任编辑：张  倩　终审：李国庆</p>
<p>【打印】【关闭】</p></div>
<div style="background:#0f7a5c;color:#e0f0e8;font-size:12px;text-align:center;padding:14px">主办：青海省生态环境厅　网站标识码：6300000040　青ICP备05000612号-1</div>
""")
add('yd-11', '政府', '领导讲话（主题+——副题，讲话人行，同志们：）', 'zh', "坚持生态保护优先 奋力谱写美丽青海建设新篇章", ["索南才让"], "2025-02-20 11:06:31", bg, html)

# ---------- yd-12 部门动态, 北京海淀区市场监管局, glued info bar, middle-dot name ----------
items = [
 "为保障中高考期间考生饮食安全，6月2日至4日，海淀区市场监督管理局对辖区56个考点周边及考生集中住宿宾馆的餐饮单位开展专项检查。",
 "执法人员重点检查了食品原料进货查验记录、从业人员健康证明、餐饮具清洗消毒和留样制度落实情况。对检查中发现的2家餐饮单位冷藏设施温度不达标、1家未按规定留样等问题，当场责令整改。",
 "检查期间，执法人员还向经营者发放《考试期间餐饮服务食品安全提示》300余份，提醒经营者不得加工制作冷荤类、生食类等高风险食品。",
 "据统计，本次专项检查共出动执法人员112人次，检查餐饮单位263家次，其中学校食堂41家、宾馆餐厅19家，未发现重大食品安全隐患。",
 "下一步，区市场监管局将在考试期间安排驻点监督员，实行“一考点一专班”，全力守护考生“舌尖上的安全”。",
]
bh, bg = B(items)
html = doc("海淀区市场监管局开展考点周边餐饮食品安全专项检查-北京市海淀区人民政府网站", ".bar{position:sticky;top:0;background:#fff;border-bottom:2px solid #1b4fa0;padding:8px 0}.bar a{margin-right:18px}.ttl{font-size:24px;font-weight:bold;margin:18px 0 6px}.inf{font-size:13px;color:#888}", f"""
<div class="bar"><div class="w">北京市海淀区人民政府　<a>首页</a><a>政务公开</a><a>政务服务</a><a>政民互动</a><a>数据开放</a> <span style="float:right">无障碍 | 长者模式 | 登录 | 注册</span></div></div>
<div class="w"><p>首页&gt;政务公开&gt;部门动态&gt;区市场监管局</p>
<div class="ttl">海淀区市场监管局开展考点周边餐饮食品安全专项检查</div>
<div class="inf">2025年06月04日 10:21:05作者：阿依古丽·买买提来源：海淀区市场监督管理局字号：大中小</div>
{bh}
{B([('img','执法人员在考点周边餐馆检查冷藏设施','执法人员在考点周边餐馆检查冷藏设施。海淀区市场监管局供图')])[0]}
<p>分享：微信 微博 QQ</p>
<ul><li>海淀区开展2025年“食品安全宣传周”活动　06-01</li><li>区市场监管局召开电动自行车质量安全约谈会　05-28</li></ul></div>
<div class="w" style="border-top:1px solid #ccc;font-size:12px;padding:10px;text-align:center">主办单位：北京市海淀区人民政府办公室 网站标识码：1101080001 京ICP备05034215号 京公网安备11010802020107号</div>
""")
add('yd-12', '政府', '部门动态，信息栏无空格粘连，中间点人名', 'zh', "海淀区市场监管局开展考点周边餐饮食品安全专项检查", ["阿依古丽·买买提"], "2025年06月04日 10:21:05", bg, html)

# ---------- yd-13 乡镇/村 基层动态, 固原市原州区, closing 撰稿 line ----------
items = [
 "连日来，原州区头营镇马园村的冷凉蔬菜基地里一派繁忙，村民们忙着移栽西芹、定植甘蓝，田间地头处处是劳作的身影。",
 "“今年村里流转了1200亩土地种冷凉蔬菜，我在基地打工，一天能挣150元，家门口就把钱挣了。”正在移栽菜苗的村民海秀梅笑着说。",
 "马园村党支部书记杨德明介绍，村里采取“党支部+合作社+农户”模式，统一提供种苗、技术和销售渠道，蔬菜主要销往广州、成都等地。去年全村冷凉蔬菜产值达到960万元，带动230户群众增收。",
 "为解决销路问题，村里还与固原一家农产品公司签订了保底收购协议，甘蓝每公斤收购价不低于0.8元，让种植户吃下“定心丸”。",
 "今年以来，头营镇围绕冷凉蔬菜产业，新建育苗温棚12座，配套建设产地预冷库2座，全镇冷凉蔬菜种植面积达到1.1万亩。",
]
bh, bg = B(items)
html = doc("头营镇马园村：冷凉蔬菜种出“致富经”_固原市原州区人民政府", ".hd{height:70px;background:#b71c1c;color:#fff;font-size:24px;line-height:70px}.tt{font-size:21px;text-align:center;margin:20px 0 8px;font-weight:bold}.st{text-align:center;font-size:13px;color:#777}.hot{border:1px solid #eee;padding:8px;margin-top:20px}", f"""
<div class="hd"><div class="w">原州区人民政府 <span style="font-size:13px">今天是2025年6月3日 星期二</span></div></div>
<div class="w"><p>您当前所在位置：首页 > 新闻资讯 > 乡镇动态</p>
<div class="st">【字体：大 中 小】 【打印】 【关闭】</div>
<div class="tt">头营镇马园村：冷凉蔬菜种出“致富经”</div>
<div class="st">发布时间：2025年6月3日 星期二　信息来源：头营镇人民政府　浏览次数：311</div>
{bh}
<p>撰稿：马&nbsp;&nbsp;静　审核：田卫国</p>
<div class="hot"><b>热点推荐</b><ul><li>原州区2025年“三夏”生产工作推进会召开</li><li>官厅镇：肉牛养殖铺就增收路</li><li>张易镇开展防汛应急演练</li></ul></div></div>
<div style="background:#eee;font-size:12px;text-align:center;padding:12px">原州区人民政府办公室主办　宁ICP备11000331号-1　网站标识码：6404020001</div>
""")
add('yd-13', '政府', '乡镇/村动态，撰稿：结尾行，空格人名，标题在工具栏下', 'zh', "头营镇马园村：冷凉蔬菜种出“致富经”", ["马静"], "2025年6月3日 星期二", bg, html)

# ---------- yd-14 省厅 政务动态, 陕西省农业农村厅 ----------
items = [
 "6月2日，全省“三夏”生产暨农机跨区作业调度会在渭南召开。会议通报了当前小麦生长和收获准备情况，安排部署麦收、夏播、夏管各项工作。",
 "据农情调度，今年全省小麦播种面积1438万亩，总体长势好于上年，关中东部麦区已进入蜡熟期，预计6月5日前后开镰。全省已准备联合收割机2.8万台，其中跨区作业机具6200台，设立农机服务站点426个。",
 "会议要求，各地要组织好机具调度，开通农机跨区作业“绿色通道”，做好机收减损技术指导，力争机收损失率控制在1%以内；要抢抓墒情及时夏播，确保玉米、大豆播种面积稳定；要加强与气象部门会商，防范“烂场雨”等灾害天气影响。",
 "厅党组成员、副厅长李卫平出席会议并讲话。关中各市农业农村局分管负责同志参加会议。",
]
bh, bg = B(items)
html = doc("全省“三夏”生产暨农机跨区作业调度会在渭南召开_陕西省农业农村厅", ".hd{background:#2e7d32;color:#fff;font-size:26px;padding:18px 0}.tt{font-size:22px;font-weight:bold;text-align:center}.in{text-align:center;color:#999;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:8px}", f"""
<div style="font-size:12px;background:#f3f3f3"><div class="w">陕西省人民政府　|　农业农村部　<span style="float:right">登录　注册　无障碍　长者模式</span></div></div>
<div class="hd"><div class="w">陕西省农业农村厅</div></div>
<div class="w"><p>当前位置: 首页 / 新闻中心 / 厅动态</p>
<div class="tt">全省“三夏”生产暨农机跨区作业调度会在渭南召开</div>
<div class="in">来源：农业机械化管理处　发布时间：2025年06月03日 10:21:05　[阅读：123]　【大 中 小】</div>
{bh}
<p style="text-align:right">（农机处 冯&nbsp;&nbsp;博）</p>
<p>上一篇：省农业农村厅召开高标准农田建设质量管理约谈会<br>下一篇：我省启动2025年农作物病虫害“统防统治”百县行动</p></div>
<div style="background:#2e7d32;color:#fff;font-size:12px;text-align:center;padding:12px">陕西省农业农村厅 版权所有　陕ICP备05002351号　陕公网安备61010302000341号　网站标识码：6100000028</div>
""")
add('yd-14', '政府', '省厅政务动态，结尾括号署名单独一行', 'zh', "全省“三夏”生产暨农机跨区作业调度会在渭南召开", ["冯博"], "2025年06月03日 10:21:05", bg, html)
