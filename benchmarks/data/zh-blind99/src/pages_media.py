"""Media pages wv-13 .. wv-24: central, provincial and city media, portals, TV/radio (2 English)."""
from render import BODY, e, img, links, ul, ul_dated, search

PAGES = []
K = "media"

# ---------------------------------------------------------------- wv-13  central news agency, 江苏 channel
PAGES.append(dict(
    id="wv-13", kind=K, lang="zh", doc_title="江苏沿海“风光渔”融合项目加快建设-新华网江苏频道",
    features="central agency regional channel: dateline '新华社南京4月16日电（记者 孙海燕、蒋\u3000芮）' opens the first paragraph (stays in body); info bar date with seconds + 来源 + 【纠错】; 【责任编辑:许诺】 after body; photo with 新华社记者 X 摄 caption; related '相关新闻' list; footer copyright lines",
    css="""body{margin:0;font:16px/1.9 'Microsoft YaHei'}.top{background:#e6e6e6;font-size:12px;padding:4px 10%}.logo{padding:16px 10%;font-size:26px;color:#b50000}.chn{background:#b50000;padding:0 10%}
.chn a{color:#fff;margin-right:16px;line-height:36px}.main{width:900px;margin:20px auto}.main h1{font-size:30px;line-height:1.3}.info{color:#888;font-size:14px}.info .src{margin-left:20px}
.jc{float:right}.edit{text-align:right;color:#555;font-size:14px}.caption{font-size:14px;color:#333;text-align:center}.foot{border-top:1px solid #ccc;text-align:center;font-size:12px;color:#888;padding:20px}""",
    regions=[
        '<div class="top">' + links(["新华网首页", "新华全媒+", "新华视点", "登录"], " | ") + '</div>',
        '<div class="logo">新华网 <span style="font-size:16px">江苏频道</span></div>',
        '<div class="chn">' + links(["首页", "时政", "经济", "社会", "文旅", "视频", "图片"]) + '</div>',
        '<div class="main"><h1>江苏沿海“风光渔”融合项目加快建设</h1>'
        '<div class="info">2025-04-16 15:28:47<span class="src">来源：新华网</span><span class="jc">字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a>　<a href="#">【纠错】</a></span></div><hr>',
        BODY,
        '<p class="edit">【责任编辑:许\u3000诺】</p><h4>相关新闻</h4>' +
        ul(["江苏海上风电累计装机容量突破1300万千瓦", "盐城：滩涂上的“追光”经济", "南通如东：“海上粮仓”迎来春季开海"]) + '</div>',
        '<div class="foot">Copyright © 2000-2025 XINHUANET.com　All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有 新华网股份有限公司</div>',
    ],
    title="江苏沿海“风光渔”融合项目加快建设", authors=["孙海燕", "蒋芮"], publish_time="2025-04-16 15:28:47",
    body=[
        ("p", "新华社南京4月16日电（记者 孙海燕、蒋\u3000芮）站在江苏盐城大丰区的海堤上远眺，一排排光伏板整齐铺展在养殖池塘上方，不远处的海面上，风机叶片缓缓转动。眼下，江苏沿海多个“风光渔”融合项目正在加快建设。"),
        ("img", "光伏板下的养殖池塘", "4月15日，工人在江苏盐城大丰区一处渔光互补项目现场检修设备。新华社记者 季春鹏 摄"),
        ("p", "所谓“风光渔”融合，就是在同一片海域或滩涂上，上层发电、下层养殖，实现土地和海域资源的立体利用。大丰区某渔光互补项目负责人介绍，项目总装机容量20万千瓦，光伏板下养殖南美白对虾和河蟹，光伏板遮挡部分阳光，夏季水温更稳定，养殖成活率反而有所提高。"),
        ("p", "据江苏省发展改革委介绍，截至今年3月底，江苏沿海地区已建成“风光渔”融合项目37个，总装机容量约480万千瓦，带动周边渔民增收超过2亿元。今年，江苏计划再开工建设同类项目15个。"),
        ("p", "“过去一亩塘只能收一季虾，现在还能‘收’电费。”在东台市弶港镇承包养殖池塘的渔民陈长根说，他把池塘租给项目方后，自己在光伏板下继续养殖，每年除了租金还有养殖收入。"),
        ("p", "业内专家表示，“风光渔”融合项目要统筹好生态保护、渔业生产和能源开发的关系，下一步还需在技术标准、用海审批和收益分配等方面进一步完善。"),
    ],
))

# ---------------------------------------------------------------- wv-14  黑龙江 provincial news portal
PAGES.append(dict(
    id="wv-14", kind=K, lang="zh", doc_title="黑龙江首趟“银发旅游专列”从哈尔滨始发 - 东北网",
    features="provincial portal (2015 look): info bar with date-time, 来源, 作者 and 责任编辑 in one line separated by spaces; '东北网4月15日讯（记者 韩雪松）' opening the body; sub-headings in bold; picture with alt only; '相关阅读' list; 二维码 captions for 客户端 and 微信; 违法和不良信息举报电话",
    css="""body{margin:0;font:14px/1.8 SimSun,'Microsoft YaHei'}.hd{background:#1a3f8b;color:#fff;padding:12px 8%}.hd b{font-size:26px}.nv{background:#f0f3f8;padding:6px 8%}.nv a{margin-right:14px}
.lay{width:1000px;margin:0 auto;display:flex}.l{width:700px}.r{width:280px;margin-left:20px;font-size:12px}.l h1{font:bold 24px 'Microsoft YaHei'}.xx{color:#999;font-size:12px}.l p{text-indent:2em;font-size:16px}
.ft{background:#1a3f8b;color:#cdd7ea;font-size:12px;text-align:center;padding:16px}""",
    regions=[
        '<div class="hd"><b>东北网</b> 黑龙江重点新闻网站 ' + search("搜索新闻") + '</div>',
        '<div class="nv">' + links(["首页", "黑龙江", "哈尔滨", "国内", "国际", "旅游", "冰雪", "视频", "图片"]) + '</div>',
        '<div class="lay"><div class="l"><p style="text-indent:0">东北网 &gt; 黑龙江 &gt; 社会</p><h1>黑龙江首趟“银发旅游专列”从哈尔滨始发</h1>'
        '<div class="xx">2025-04-15 11:03:36　来源：东北网　作者：韩雪松　责任编辑：吕\u3000清</div>',
        BODY,
        '<h4>相关阅读</h4>' + ul(["“冰城”春游季 哈尔滨推出20条踏青线路", "铁路部门增开省内旅游列车", "我省老年旅游市场持续升温"]) + '</div>'
        '<div class="r"><p>' + img("东北网客户端", gif=True) + '<br>东北网客户端</p><p>' + img("东北网微信", gif=True) + '<br>东北网微信</p><h4>热门排行</h4>' +
        ul(["1 松花江开江时间确定", "2 黑龙江发布春季防火令", "3 哈尔滨至漠河航线加密"]) + '</div></div>',
        '<div class="ft">东北网版权所有　黑ICP备05002113号　互联网新闻信息服务许可证：23120170001<br>违法和不良信息举报电话：0451-87654329</div>',
    ],
    title="黑龙江首趟“银发旅游专列”从哈尔滨始发", authors=["韩雪松"], publish_time="2025-04-15 11:03:36",
    body=[
        ("p", "东北网4月15日讯（记者 韩雪松）15日上午9时10分，随着一声汽笛长鸣，载有460余名老年游客的黑龙江首趟“银发旅游专列”从哈尔滨站缓缓驶出，开启为期8天的省内环线之旅。"),
        ("img", "银发旅游专列", None),
        ("h", "软卧改造 车厢里有“医务室”"),
        ("p", "据介绍，这趟专列全部由软卧车厢组成，每节车厢都加装了扶手和防滑地垫，餐车提供低盐低糖的老年餐。列车上还专门设置了医务室，配备2名随车医生和常用药品，为老年游客提供健康保障。"),
        ("h", "8天串起6座城市"),
        ("p", "专列途经牡丹江、鸡西、佳木斯、伊春、黑河、齐齐哈尔等地，游客可以游览镜泊湖、兴凯湖、汤旺河林海奇石等景区，体验赫哲族鱼皮画制作和达斡尔族传统歌舞。行程采用“夜行日游”模式，老人们在列车上休息，白天下车游览。"),
        ("p", "“年轻时在林场工作过，一直想回伊春看看，这次终于圆梦了。”72岁的哈尔滨市民张桂芬和老伴一起报了名。"),
        ("p", "铁路部门相关负责人表示，今年将根据市场需求陆续开行“银发旅游专列”10列以上，并推出“旅游+康养”等特色产品。"),
    ],
))

# ---------------------------------------------------------------- wv-15  宁夏 TV station news video page
PAGES.append(dict(
    id="wv-15", kind=K, lang="zh", doc_title="吴忠：早茶产业带火“烟火经济”_宁夏新闻联播_宁视网",
    features="TV station video page: programme label '宁夏新闻联播' printed above the headline (not title); video player text (播放/时长) and alt; date with seconds + 来源 in info bar; credits line '记者：马　晓 李文斌　摄像：海\u3000涛　编辑：…' below the transcript (reporters are authors, camera and editor are not); 'more videos' grid; 宁夏广播电视台 footer with 信息网络传播视听节目许可证",
    css="""body{margin:0;background:#111;color:#ddd;font:15px/1.8 'Microsoft YaHei'}a{color:#ddd}.th{background:#000;padding:12px 6%;display:flex;justify-content:space-between}.th b{color:#f5a623;font-size:22px}
.pl{width:960px;margin:20px auto}.vid{background:#222;height:300px;text-align:center;padding-top:120px;box-sizing:border-box}.lab{color:#f5a623}.pl h1{color:#fff;font-size:26px;margin:6px 0}
.mt{color:#999;font-size:13px}.cr{color:#aaa;font-size:14px}.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}.ft{background:#000;color:#777;text-align:center;font-size:12px;padding:20px}""",
    regions=[
        '<div class="th"><b>宁视网</b><span>' + links(["首页", "直播", "点播", "节目单", "黄河云"], "　") + '</span></div>',
        '<div class="pl"><div class="vid">' + img("视频播放器", gif=True) + '<br>▶ 播放　00:00 / 02:16</div>'
        '<div class="lab">宁夏新闻联播</div><h1>吴忠：早茶产业带火“烟火经济”</h1>'
        '<div class="mt">2025年04月17日 20:41:06　来源：宁夏广播电视台</div>',
        BODY,
        '<p class="cr">记者：马\u3000晓 李文斌　摄像：海\u3000涛　编辑：苏\u3000婷</p>'
        '<h3>更多视频</h3><div class="grid"><a href="#">银川：西夏陵迎来游览高峰</a><a href="#">固原：马铃薯种薯进入春播</a><a href="#">中卫：沙坡头景区推出夜游项目</a></div></div>',
        '<div class="ft">宁夏广播电视台 版权所有　信息网络传播视听节目许可证：1804072号<br>宁ICP备15000873号-1　宁公网安备 64010602000112号</div>',
    ],
    title="吴忠：早茶产业带火“烟火经济”", authors=["马晓", "李文斌"], publish_time="2025年04月17日 20:41:06",
    body=[
        ("p", "清晨六点半，吴忠市利通区的早茶街已经热闹起来。蒸笼里冒着热气，羊肉臊子面、烩小吃、油香、八宝茶依次摆上餐桌，不少外地游客专程赶来，只为品尝一口地道的吴忠早茶。"),
        ("p", "近年来，吴忠市把早茶作为城市文化名片来打造，建成早茶特色街区3个，全市早茶门店发展到1200余家，带动就业1.5万人。今年一季度，全市早茶产业营业收入同比增长18.6%。"),
        ("p", "在一家经营了二十多年的早茶店里，店主马金花正忙着招呼客人。她说：“今年来的外地客人特别多，周末一天要卖出两千多笼蒸饺。我们又招了6个服务员，还准备开第二家分店。”"),
        ("p", "为了让早茶“走出去”，吴忠还推出早茶预制菜和伴手礼，通过电商平台销往全国各地。当地有关部门同时加强食品安全监管，推行“明厨亮灶”，统一制定早茶服务标准，守护好“吴忠早茶”这块招牌。"),
        ("p", "吴忠市商务局负责人表示，下一步将把早茶与文旅、夜市、民俗活动深度融合，延长消费链条，让“烟火气”变成“好福气”。"),
    ],
))

# ---------------------------------------------------------------- wv-16  海南 city newspaper portal
PAGES.append(dict(
    id="wv-16", kind=K, lang="zh", doc_title="三亚中央商务区一季度新增注册企业1100余家 - 三亚新闻网",
    features="city paper portal (2018 look): info bar 来源/发布时间 ABOVE the headline; '本报讯（记者 林\u3000琳 通讯员 符传雄）' opens the body; sub-heading; figures in a list; '编辑：' and '审核：' lines; hidden-by-CSS mobile menu (display:none) that must not appear; footer",
    css="""body{margin:0;font:16px/1.8 'Microsoft YaHei';color:#333}.m-menu{display:none}.hd{border-top:4px solid #ff6a00;padding:14px 8%;font-size:24px;color:#ff6a00}.nav{background:#222;padding:0 8%}.nav a{color:#eee;margin-right:18px;line-height:40px}
.wrap{width:880px;margin:16px auto}.meta{font-size:13px;color:#999}h1{font-size:28px;margin:8px 0 18px}.blist{list-style:none;padding-left:2em}.ed{font-size:13px;color:#999}.ft{background:#f2f2f2;text-align:center;font-size:12px;padding:18px;color:#666}""",
    regions=[
        '<div class="m-menu">' + links(["菜单", "返回首页"]) + '</div>',
        '<div class="hd">三亚新闻网 <small style="font-size:12px;color:#666">三亚日报社主办</small></div>',
        '<div class="nav">' + links(["首页", "时政", "自贸港", "旅游", "社会", "评论", "数字报"]) + '</div>',
        '<div class="wrap"><div class="meta">来源：三亚日报　　发布时间：2025年04月15日 08:30</div><h1>三亚中央商务区一季度新增注册企业1100余家</h1>',
        BODY,
        '<p class="ed">编辑：邢玉霞</p><p class="ed">审核：黄\u3000健</p><p>' + links(["上一篇：三亚开展“五一”假期旅游市场秩序整治", "下一篇：崖州湾科技城新引进种业企业23家"], "<br>") + '</p></div>',
        '<div class="ft">三亚日报社版权所有，未经授权不得转载　琼ICP备12001583号-1<br>互联网新闻信息服务许可证编号：46120170002</div>',
    ],
    title="三亚中央商务区一季度新增注册企业1100余家", authors=["林琳", "符传雄"], publish_time="2025年04月15日 08:30",
    body=[
        ("p", "本报讯（记者 林\u3000琳 通讯员 符传雄）记者从三亚中央商务区管理局获悉，今年一季度，三亚中央商务区新增注册企业1137家，同比增长21.4%，其中外资企业46家，区内重点企业实现营业收入412亿元。"),
        ("h", "总部经济加速集聚"),
        ("p", "一季度，中央商务区新引进总部企业8家，涉及航运、跨境贸易、数字服务等领域。截至3月底，园区累计注册企业超过1.6万家，其中世界500强及其投资企业67家。"),
        ("p", "一季度主要指标如下："),
        ("li", ["——新增注册企业1137家，同比增长21.4%；", "——实际使用外资2.3亿美元，同比增长9.8%；", "——实现税收收入28.6亿元，同比增长12.1%。"]),
        ("p", "“我们看中的是自贸港的政策优势和三亚的区位优势。”某跨境电商企业负责人表示，公司今年2月在中央商务区设立区域总部，目前已有员工60余人。"),
        ("p", "三亚中央商务区管理局相关负责人介绍，下一步将围绕总部经济、现代金融和跨境服务，持续优化“一站式”企业服务体系，加快推进凤凰海岸单元、东岸单元等片区建设，为企业落户发展提供更好的空间载体。"),
    ],
))

# ---------------------------------------------------------------- wv-17  江苏 city media, 2025 responsive
PAGES.append(dict(
    id="wv-17", kind=K, lang="zh", doc_title="常州老城厢“串街”步道贯通 串起12处历史文化节点｜常州新闻",
    features="2025 responsive city media page: pill-shaped channel label, headline on two lines joined in gold, date + outlet line, byline block '记者 | 徐\u3000蕾　通讯员 | 陈立群' on its own line (not body), table of route sections, end-of-article '点赞/收藏/分享' buttons, 推荐阅读 cards, app download strip",
    css="""*{box-sizing:border-box}body{margin:0;font:17px/1.8 -apple-system,'PingFang SC';color:#1d1d1f;background:#fff}.nav{position:sticky;top:0;background:#fff;border-bottom:1px solid #eee;padding:10px 6%;display:flex;gap:20px}
.pill{display:inline-block;background:#e8f0ff;color:#1a56db;border-radius:12px;padding:0 10px;font-size:13px}article{max-width:720px;margin:30px auto;padding:0 16px}h1{font-size:30px;line-height:1.35}
.by{color:#6b7280;font-size:14px}.btable{border-collapse:collapse;width:100%;font-size:15px}.btable td,.btable th{border:1px solid #e5e7eb}.act a{display:inline-block;border:1px solid #ddd;border-radius:16px;padding:2px 14px;margin-right:8px}
.cards a{display:block;padding:10px 0;border-bottom:1px solid #f0f0f0}.app{background:#1a56db;color:#fff;text-align:center;padding:14px}footer{font-size:12px;color:#888;text-align:center;padding:20px}""",
    regions=[
        '<div class="nav"><b>常州新闻</b>' + links(["推荐", "本地", "民生", "文旅", "视频", "问政"], " ") + '</div>',
        '<article><span class="pill">城建</span><h1>常州老城厢“串街”步道贯通<br>串起12处历史文化节点</h1>'
        '<div class="by">2025-04-19 07:45　常州日报</div><div class="by">记者 | 徐\u3000蕾　通讯员 | 陈立群</div>',
        BODY,
        '<div class="act"><a href="#">👍 点赞 326</a><a href="#">☆ 收藏</a><a href="#">分享</a></div>'
        '<h3>推荐阅读</h3><div class="cards"><a href="#">青果巷二期开街 百年老宅变身文创空间</a><a href="#">常州运河五号创意街区推出春季市集</a><a href="#">前后北岸历史文化街区保护规划公示</a></div></article>',
        '<div class="app">下载常州新闻APP，阅读更多本地资讯</div>',
        '<footer>常州报业传媒集团主办　苏ICP备09027421号　苏公网安备 32040202000376号<br>本网站所刊登的各种新闻、信息和各种专题专栏资料，均为常州新闻版权所有</footer>',
    ],
    title="常州老城厢“串街”步道贯通串起12处历史文化节点", authors=["徐蕾", "陈立群"], publish_time="2025-04-19 07:45",
    body=[
        ("p", "4月18日，常州老城厢“串街”慢行步道全线贯通。这条全长6.8公里的步道，把青果巷、前后北岸、南大街、篦箕巷等12处历史文化节点串联起来，市民游客步行或骑行即可“一线游”老城。"),
        ("p", "步道分为四段，沿线设置了统一风格的导览标识和休憩座椅："),
        ("table", [["路段", "长度", "主要节点"],
                   ["青果巷段", "1.6公里", "青果巷、古运河码头"],
                   ["南大街段", "1.9公里", "南大街、文亨桥"],
                   ["前后北岸段", "1.5公里", "前后北岸、东坡公园"],
                   ["篦箕巷段", "1.8公里", "篦箕巷、西瀛里城墙"]]),
        ("p", "项目负责人介绍，步道建设坚持“微改造、轻介入”，尽量保留原有的石板路和老树，只对破损路面、断头路和无障碍设施进行修补完善。沿线还新增了8处口袋公园和2座公共卫生间。"),
        ("p", "“以前从青果巷走到篦箕巷，要绕好几段大马路，现在沿着步道走，一路都是老街老巷，很有味道。”市民王女士说，她周末常带孩子来走一走，“边走边讲常州的故事”。"),
        ("p", "据悉，常州还将在步道沿线推出非遗展示、街头演艺等活动，让老城厢既留得住历史，又有新的活力。"),
    ],
))

# ---------------------------------------------------------------- wv-18  黑龙江 city TV/radio station news
PAGES.append(dict(
    id="wv-18", kind=K, lang="zh", doc_title="松花江哈尔滨段开江 江面现“跑冰排”景观 - 哈尔滨新闻网",
    features="city broadcaster news page (2019 design): programme credit line '哈尔滨新闻综合频道《哈尔滨新闻》' under the headline (not author); info line '哈尔滨新闻网 2025-04-14 18:20:16 编辑：赵雪' (editor, not author); closing credit line '记者：李昊天 王\u3000楠 摄像：刘\u3000洋' (reporters are authors); radio live player alt text; '广播频率' sidebar list",
    css="""body{margin:0;font:15px/1.8 'Microsoft YaHei';background:#eef3f9}.t{background:#0a3d91;color:#fff;padding:14px 5%;font-size:24px}.t small{font-size:12px;margin-left:20px}.n{background:#fff;padding:6px 5%}.n a{margin-right:16px;color:#0a3d91}
.c{width:1100px;margin:16px auto;display:flex;gap:20px}.a{flex:1;background:#fff;padding:24px}.s{width:260px;background:#fff;padding:14px;font-size:13px}.a h1{font-size:26px}.pg{color:#0a3d91;font-size:14px}.i{color:#999;font-size:13px}
.cred{color:#555}.f{text-align:center;font-size:12px;color:#777;padding:20px}""",
    regions=[
        '<div class="t">哈尔滨新闻网<small>哈尔滨广播电视台主办</small></div>',
        '<div class="n">' + links(["首页", "新闻", "电视", "广播", "冰城+", "专题"]) + '</div>',
        '<div class="c"><div class="a"><h1>松花江哈尔滨段开江 江面现“跑冰排”景观</h1><div class="pg">哈尔滨新闻综合频道《哈尔滨新闻》</div>'
        '<div class="i">哈尔滨新闻网　2025-04-14 18:20:16　编辑：赵雪</div>',
        BODY,
        '<p class="cred">记者：李昊天 王\u3000楠　摄像：刘\u3000洋</p></div>'
        '<div class="s"><h4>正在直播</h4>' + img("FM92.5 哈尔滨新闻广播 直播中", gif=True) + '<h4>广播频率</h4>' +
        ul(["新闻广播 FM92.5", "交通广播 FM95.5", "音乐广播 FM98.6", "文艺广播 FM102.9"]) + '<h4>电视频道</h4>' + ul(["新闻综合频道", "影视频道", "娱乐频道"]) + '</div></div>',
        '<div class="f">哈尔滨广播电视台版权所有　黑ICP备10203124号-1　信息网络传播视听节目许可证：0805093号</div>',
    ],
    title="松花江哈尔滨段开江 江面现“跑冰排”景观", authors=["李昊天", "王楠"], publish_time="2025-04-14 18:20:16",
    body=[
        ("p", "14日上午，经水文部门监测确认，松花江哈尔滨段正式开江，开江日期较常年偏早两天。记者在江畔看到，大大小小的冰排顺流而下，相互碰撞挤压，发出阵阵声响，吸引不少市民驻足观看。"),
        ("p", "据哈尔滨水文站工作人员介绍，今年松花江哈尔滨段开江形式为“文开江”，冰排融化相对平稳，没有出现明显的冰坝和卡冰现象。目前，江道流量约每秒1500立方米，水位平稳。"),
        ("p", "“每年都来看开江，看着冰排一块块往下漂，就知道春天真的来了。”在中央大街江边晨练的市民刘大爷说。"),
        ("p", "开江期间，冰面脆弱，冰排随时可能发生移动。哈尔滨市有关部门提醒广大市民，不要到江边冰面上行走、垂钓或拍照，带孩子观看开江时要远离岸边护栏，确保安全。"),
        ("p", "据悉，随着开江，松花江哈尔滨段的水上客运将在做好码头检修、船舶检验等准备工作后，于5月初陆续恢复运营。"),
    ],
))

# ---------------------------------------------------------------- wv-19  宁夏 news portal, 2013 table layout, ASP.NET date
PAGES.append(dict(
    id="wv-19", kind=K, lang="zh", doc_title="宁夏枸杞春季修剪进入高峰期-宁夏新闻网",
    features="2013 table-layout provincial portal reprinting the provincial daily: info row as table cells '来源：宁夏日报 | 作者：本报记者 杨\u3000洁 | 发布时间：2025/4/15 9:17:00' (ASP.NET date); '本报讯' opener without a name; text-indent by &nbsp;; 相关新闻 and 图片新闻 side table; 【返回顶部】; old footer",
    css="""body{margin:0;font:12px 宋体;background:#fff}.bn{background:#c00;color:#fff;font:bold 30px 黑体;padding:16px}.dh td{background:#eee;border-right:1px solid #ccc;padding:4px 10px}.zw{font-size:14px;line-height:26px}
.bt{font:bold 20px 黑体;text-align:center;padding:10px}.xx td{color:#666;font-size:12px;text-align:center}.fr{border:1px solid #ddd;background:#fafafa}.db{text-align:center;color:#666;border-top:2px solid #c00;padding:8px}""",
    regions=[
        '<table width="960" align="center" cellspacing="0"><tr><td class="bn">宁夏新闻网</td><td class="bn" style="font:12px 宋体;text-align:right">' + links(["宁夏日报", "新消息报", "数字报"], " | ") + '</td></tr></table>',
        '<table width="960" align="center" class="dh"><tr>' + "".join(f'<td><a href="#">{x}</a></td>' for x in ["首页", "宁夏新闻", "图片", "评论", "专题", "视频", "理论"]) + '</tr></table>',
        '<table width="960" align="center"><tr><td width="660" valign="top" class="zw"><div>当前位置：宁夏新闻网 &gt; 宁夏新闻 &gt; 经济</div>'
        '<div class="bt">宁夏枸杞春季修剪进入高峰期</div><table width="100%" class="xx"><tr><td>来源：宁夏日报</td><td>作者：本报记者 杨\u3000洁</td><td>发布时间：2025/4/15 9:17:00</td></tr></table>',
        BODY,
        '<p align="right"><a href="#">【返回顶部】</a></p></td><td width="20"></td><td width="280" valign="top" class="fr"><b>相关新闻</b>' +
        ul(["中宁枸杞种植面积稳定在20万亩", "宁夏枸杞产业标准体系进一步完善", "枸杞“鲜果热”带动冷链物流"]) + '<b>图片新闻</b><br>' + img("贺兰山东麓葡萄园春耕", gif=True) + '<br>贺兰山东麓葡萄园春耕</td></tr></table>',
        '<table width="960" align="center"><tr><td class="db">宁夏日报报业集团主办 宁夏新闻网版权所有<br>宁ICP备05001123号　互联网新闻信息服务许可证：64120170001</td></tr></table>',
    ],
    bodystyle="nbsp",
    title="宁夏枸杞春季修剪进入高峰期", authors=["杨洁"], publish_time="2025/4/15 9:17:00",
    body=[
        ("p", "本报讯 连日来，在中宁县舟塔乡的枸杞基地里，种植户们手持剪刀穿梭在枸杞树间，剪枝、清园，一派繁忙景象。眼下，宁夏枸杞春季修剪进入高峰期。"),
        ("p", "“春季修剪是一年管理的关键，剪得好不好，直接影响夏果的产量和品质。”中宁县枸杞产业发展服务中心技术员李志强一边示范一边讲解，修剪时要去除病虫枝、徒长枝和交叉枝，保留健壮的结果枝，做到“树冠通风透光”。"),
        ("p", "今年，宁夏组织200余名技术人员深入枸杞主产区，开展春季修剪、病虫害绿色防控等技术培训和现场指导，目前已培训种植户1.2万人次。各地还推广使用电动修剪工具，一名工人每天可修剪枸杞树400余株，效率比传统手工修剪提高近一倍。"),
        ("p", "据了解，宁夏现有枸杞种植面积约32.5万亩，2024年枸杞鲜果产量超过30万吨，全产业链综合产值达到290亿元。今年，宁夏将继续推进枸杞标准化基地建设，新建有机枸杞示范基地2万亩，推动枸杞产业高质量发展。"),
    ],
))

# ---------------------------------------------------------------- wv-20  海南 provincial portal, modern
PAGES.append(dict(
    id="wv-20", kind=K, lang="zh", doc_title="海口江东新区首批“零碳”公交站投用_南海网",
    features="provincial portal (2021 design): author chip in the info bar ('记者：陈\u3000睿') plus dateline opener '南海网、南海网客户端海口4月16日消息（记者 陈\u3000睿 通讯员 邢福铃）' in the first paragraph; 通讯员 is an author too; sub-headings; photo credit '（陈睿 摄）' caption; 责任编辑 and 值班主任 lines; 24小时热榜 sidebar",
    css="""body{margin:0;font:16px/1.85 'Microsoft YaHei';color:#222}.hd{background:#0067b8;color:#fff;padding:10px 10%;display:flex;justify-content:space-between}.sub{background:#f4f8fb;padding:6px 10%;font-size:14px}
.sub a{margin-right:14px}.ct{width:1120px;margin:20px auto;display:grid;grid-template-columns:1fr 300px;gap:30px}.ct h1{font-size:30px;margin:0}.meta{color:#999;font-size:14px;margin:10px 0 20px}
.meta span{margin-right:16px}.caption{text-align:center;color:#666;font-size:14px}.zb{color:#999;font-size:14px}.hot li{margin-bottom:8px}.ft{background:#f4f4f4;text-align:center;font-size:12px;color:#888;padding:20px}""",
    regions=[
        '<div class="hd"><b style="font-size:24px">南海网</b><span>' + links(["客户端", "登录", "注册"], " | ") + '</span></div>',
        '<div class="sub">' + links(["首页", "海南新闻", "自贸港", "时政", "社会", "旅游", "视频", "南海网评"]) + '</div>',
        '<div class="ct"><div><div style="font-size:13px;color:#999">首页 &gt; 海南新闻 &gt; 海口</div><h1>海口江东新区首批“零碳”公交站投用</h1>'
        '<div class="meta"><span>2025-04-16 16:32</span><span>来源：南海网</span><span>记者：陈\u3000睿</span></div>',
        BODY,
        '<p class="zb">责任编辑：吴钰婷　值班主任：王\u3000迪</p></div>'
        '<aside><h4>24小时热榜</h4><ol class="hot"><li><a href="#">海南离岛免税一季度销售额公布</a></li><li><a href="#">博鳌亚洲论坛年会期间交通管制公告</a></li><li><a href="#">海口新增3条夜间公交线路</a></li></ol></aside></div>',
        '<div class="ft">南海网版权所有　琼ICP备05000317号-1　琼公网安备 46010602000149号<br>互联网新闻信息服务许可证编号：46120170001　违法和不良信息举报电话：0898-66810908</div>',
    ],
    title="海口江东新区首批“零碳”公交站投用", authors=["陈睿", "邢福铃"], publish_time="2025-04-16 16:32",
    body=[
        ("p", "南海网、南海网客户端海口4月16日消息（记者 陈\u3000睿 通讯员 邢福铃）4月16日，海口江东新区首批10座“零碳”公交站正式投入使用。这批公交站屋顶铺设了光伏板，产生的电能可满足站台照明、电子站牌和手机充电等用电需求。"),
        ("img", "零碳公交站", "市民在江东新区“零碳”公交站候车。（陈睿 摄）"),
        ("h", "自发自用 余电储能"),
        ("p", "据介绍，每座“零碳”公交站屋顶安装光伏组件约30平方米，年发电量约5000千瓦时。站台配备储能电池，白天多余的电能储存起来，供夜间照明使用，实现“自发自用、余电储能”。"),
        ("h", "智慧站牌实时播报"),
        ("p", "站台上的电子站牌可以实时显示公交车到站时间和车内拥挤程度，还设置了“一键叫车”按钮，方便老年人出行。“以前等车心里没底，现在看一眼站牌就知道车还有几分钟到。”正在候车的市民黄女士说。"),
        ("p", "江东新区相关负责人表示，今年新区将再建设“零碳”公交站30座，并在新区范围内推广光伏停车棚、光储充一体化充电站等项目，打造零碳示范区。"),
    ],
))

# ---------------------------------------------------------------- wv-21  English page of a Jiangsu outlet
PAGES.append(dict(
    id="wv-21", kind=K, lang="en", doc_title="Suzhou's ancient canal towns draw record spring visitors - Jiangsu Now",
    features="English-language page of a Jiangsu outlet: headline printed on two lines (gold joins with one space); kicker 'CULTURE & TRAVEL' above it (not title); 'By Zhang Wei and Li Na | Updated: 2025-04-18 14:22' byline line; photo credit '[Photo by Gu Ming/For Jiangsu Now]' (photographer not author); quote; 'Editor: ...'; share buttons; 'Related stories'; footer with Chinese ICP",
    css="""body{margin:0;font:18px/1.7 Georgia,serif;color:#222}.mast{border-bottom:4px double #222;text-align:center;padding:14px;font:bold 34px Georgia}.sec{text-align:center;font:13px Arial;letter-spacing:1px}
.sec a{margin:0 10px;color:#444}.story{max-width:740px;margin:30px auto}.kick{color:#b00;font:bold 13px Arial;letter-spacing:2px}h1{font-size:36px;line-height:1.2;margin:6px 0}.by{font:14px Arial;color:#666}
.caption{font:14px Arial;color:#555}.share a{font:13px Arial;margin-right:10px}footer{background:#222;color:#aaa;font:12px Arial;text-align:center;padding:20px}""",
    regions=[
        '<div class="mast">Jiangsu Now</div>',
        '<div class="sec">' + links(["HOME", "NEWS", "BUSINESS", "CULTURE & TRAVEL", "PEOPLE", "VIDEO", "中文"]) + '</div>',
        '<div class="story"><div class="kick">CULTURE &amp; TRAVEL</div><h1>Suzhou\'s ancient canal towns<br>draw record spring visitors</h1>'
        '<div class="by">By Zhang Wei and Li Na | Updated: 2025-04-18 14:22</div>'
        '<div class="share">Share: ' + links(["Facebook", "X", "WeChat", "Email"], " ") + '</div>',
        BODY,
        '<p class="by">Editor: Chen Yue</p><h3>Related stories</h3>' + ul(["Nanjing opens new riverside cycling trail", "Yangzhou's morning tea goes global", "Wuxi lantern fair lights up Huishan Old Town"]) + '</div>',
        '<footer>Copyright © Jiangsu Now. All rights reserved.<br>苏ICP备11052094号-3 | 苏公网安备 32010602010233号</footer>',
    ],
    title="Suzhou's ancient canal towns draw record spring visitors", authors=["Zhang Wei", "Li Na"], publish_time="2025-04-18 14:22",
    body=[
        ("p", "Suzhou's water towns welcomed more visitors than ever during the first half of April, as travelers flocked to the city's canals for rapeseed blossoms, tea-picking and boat rides through centuries-old streets."),
        ("img", "Tourists take a boat ride in Tongli", "Tourists take a boat ride in Tongli ancient town, Suzhou, on April 12. [Photo by Gu Ming/For Jiangsu Now]"),
        ("p", "According to the Suzhou culture and tourism bureau, the city's six major ancient towns, including Zhouzhuang, Tongli and Luzhi, received about 3.1 million visits from April 1 to 15, up 17 percent year-on-year. Overseas visitors accounted for nearly 6 percent of the total, helped by China's expanded visa-free transit policy."),
        ("p", "\"We came for the gardens but stayed for the small towns,\" said Emma Hartley, a teacher from Manchester who spent two nights in Tongli. \"Sitting by the canal with a cup of Biluochun tea in the morning is something I will remember for a long time.\""),
        ("p", "Local operators have been adding evening performances, Kunqu Opera shows and hands-on workshops in Suzhou embroidery to keep visitors longer. Several towns have also introduced timed entry and real-time crowd alerts on their official mini-programs to ease congestion at peak hours."),
        ("p", "The bureau said it expects the May Day holiday to bring another surge, and has asked scenic areas to increase boat services and public transport connections."),
    ],
))

# ---------------------------------------------------------------- wv-22  English page of a Hainan outlet, wire copy
PAGES.append(dict(
    id="wv-22", kind=K, lang="en", doc_title="Hainan FTP adds 14 international shipping routes in Q1 | Hainan International",
    features="English page of a Hainan outlet carrying wire copy: 'Source: Xinhua | Editor: Wang Xiaoli | 2025-04-17 09:05' info line (no By-line, so authors []); dateline 'HAIKOU, April 17 (Xinhua) --' in the first paragraph; fact box list; 'Most read' sidebar; language switch",
    css="""body{margin:0;font:16px/1.65 Helvetica,Arial,sans-serif;background:#f5f7f9}.top{background:#004e7c;color:#fff;padding:12px 8%;display:flex;justify-content:space-between}.top a{color:#cfe7f5;margin-left:12px}
.wrap{width:1040px;margin:20px auto;display:flex;gap:24px}.main{flex:1;background:#fff;padding:28px}h1{font-size:30px;line-height:1.25}.info{color:#777;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}
.side{width:260px;background:#fff;padding:16px;font-size:14px}.blist{background:#eef6fb;padding:10px 30px}footer{text-align:center;font-size:12px;color:#777;padding:20px}""",
    regions=[
        '<div class="top"><b>Hainan International</b><span>' + links(["Home", "Free Trade Port", "Travel", "Business", "中文", "Русский"]) + '</span></div>',
        '<div class="wrap"><div class="main"><div style="font-size:13px">Home &gt; Free Trade Port</div><h1>Hainan FTP adds 14 international shipping routes in Q1</h1>'
        '<div class="info">Source: Xinhua | Editor: Wang Xiaoli | 2025-04-17 09:05</div>',
        BODY,
        '</div><div class="side"><h4>Most read</h4>' + ul(["Boao forum: Asia's growth outlook", "Duty-free shoppers spend big in Sanya", "Haikou airport opens new route to Budapest"]) + '</div></div>',
        '<footer>Copyright © Hainan International Media Center. All rights reserved.<br>琼ICP备18003291号-2</footer>',
    ],
    title="Hainan FTP adds 14 international shipping routes in Q1", authors=[], publish_time="2025-04-17 09:05",
    body=[
        ("p", "HAIKOU, April 17 (Xinhua) -- The Hainan Free Trade Port opened 14 new international and regional container shipping routes in the first quarter of 2025, bringing the total number of such routes to 86, local port authorities said Thursday."),
        ("p", "The new routes connect Yangpu Port and Haikou's Xiuying Port with destinations in Southeast Asia, the Middle East and the west coast of Africa. Container throughput at Yangpu Port reached 610,000 TEUs in the quarter, up 23.5 percent year-on-year."),
        ("h", "Key figures for the first quarter:"),
        ("li", ["- 14 new international and regional container routes", "- 86 routes in total, including 52 to ASEAN countries", "- 610,000 TEUs handled at Yangpu Port, up 23.5 percent"]),
        ("p", "Under the free trade port policy, foreign-flagged ships registered in Yangpu enjoy streamlined inspection procedures and tax incentives, which have attracted more shipping companies to set up operations on the island."),
        ("p", "Authorities said they would further improve port logistics and customs clearance efficiency ahead of the island-wide special customs operation."),
    ],
))

# ---------------------------------------------------------------- wv-23  central paper's 黑龙江 channel, 原标题 line
PAGES.append(dict(
    id="wv-23", kind=K, lang="zh", doc_title="黑龙江今年将新建改造农村公路2000公里--黑龙江频道--人民网",
    features="central paper's provincial channel: date-time glued to source '2025年04月17日16:48 | 来源：人民网－黑龙江频道'; dateline opener '人民网哈尔滨4月17日电 （记者 董\u3000晨）'; '原标题：' line after the body (not body); '(责编：张三、李四)' editors; 分享 row; 小字号/大字号; 相关新闻; long copyright footer",
    css="""body{margin:0;font:14px/1.8 SimSun;background:#fff}.w1000{width:1000px;margin:0 auto}.rmw{border-bottom:2px solid #c00;padding:10px 0;font:bold 26px 'Microsoft YaHei';color:#c00}.pd{float:right;font:14px SimSun;color:#333}
.rm_nav a{margin-right:12px}.col1 h1{font:bold 26px 'Microsoft YaHei';text-align:center;margin:20px 0 10px}.box01{border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:4px;font-size:12px;color:#666}
.rm_txt_con p{text-indent:2em;font-size:16px;line-height:2}.edit{text-align:right;color:#666}.copyright{text-align:center;font-size:12px;color:#777;border-top:1px solid #ccc;padding:10px}""",
    regions=[
        '<div class="w1000"><div class="rmw">人民网 <span class="pd">黑龙江频道　' + links(["人民网首页", "手机看新闻"], " | ") + '</span></div>'
        '<div class="rm_nav">' + links(["首页", "时政", "经济", "社会", "文化", "旅游", "图片", "视频"]) + '</div>'
        '<div>人民网&gt;&gt;黑龙江频道&gt;&gt;经济</div><div class="col1"><h1>黑龙江今年将新建改造农村公路2000公里</h1>'
        '<div class="box01">2025年04月17日16:48 | 来源：人民网－黑龙江频道　<a href="#">小字号</a>　<a href="#">大字号</a></div><div class="rm_txt_con">',
        BODY,
        '<p class="edit">(责编：张丹、王洪宇)</p></div><div>分享让更多人看到　' + links(["微信", "微博", "QQ空间"], " ") + '</div><h4>相关新闻</h4>' +
        ul(["黑龙江加快推进“四好农村路”高质量发展", "我省一季度交通固定资产投资同比增长15%"]) + '</div>',
        '<div class="copyright">人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2025 by www.people.com.cn. all rights reserved</div></div>',
    ],
    title="黑龙江今年将新建改造农村公路2000公里", authors=["董晨"], publish_time="2025年04月17日16:48",
    body=[
        ("p", "人民网哈尔滨4月17日电 （记者 董\u3000晨）记者从17日召开的黑龙江省农村公路建设工作推进会上获悉，今年黑龙江将新建改造农村公路2000公里，实施危桥改造150座，计划总投资约68亿元。"),
        ("p", "据黑龙江省交通运输厅介绍，今年农村公路建设将重点向边境地区、垦区林区和乡村旅游重点村倾斜，推进较大人口规模自然屯通硬化路，加快打通农村公路“断头路”“瓶颈路”。同时，结合产业发展需要，建设一批连接粮食生产基地、物流园区和旅游景区的“产业路”“旅游路”。"),
        ("p", "在养护方面，黑龙江将深化农村公路管理养护体制改革，全面推行“路长制”，力争年内农村公路优良中等路率达到85%以上。各地还将通过设立公益性岗位等方式，吸纳农村群众参与公路养护，带动农民就近就业增收。"),
        ("p", "省交通运输厅相关负责人表示，受气候条件影响，我省农村公路施工期较短，各地要抢抓5月至10月黄金施工期，科学组织、加快推进，确保全年建设任务按期完成。"),
        ("note", "原标题：黑龙江今年将新建改造农村公路2000公里 实施危桥改造150座"),
    ],
))

# ---------------------------------------------------------------- wv-24  江苏 county media app share page
PAGES.append(dict(
    id="wv-24", kind=K, lang="zh", doc_title="沭阳春季花木展销会开幕",
    features="county 融媒体 app share page (mobile layout): '打开APP' download bar at top and bottom; outlet + date line '今日沭阳 2025-04-20 09:12'; reporter line '记者　朱立新　胡\u3000悦' as first line of the article (own line, not body); 阅读 count; 责任编辑 and 审核 lines; '下载今日沭阳APP 查看更多精彩内容' footer; no site navigation at all",
    css="""body{margin:0;max-width:640px;margin:0 auto;font:17px/1.75 -apple-system,'PingFang SC';color:#222}.dl{background:#fff5f0;display:flex;justify-content:space-between;padding:10px 14px;font-size:14px}
.dl b{color:#e4393c}.art{padding:16px}h1{font-size:23px;line-height:1.4}.meta{color:#999;font-size:13px}.rep{color:#555;font-size:15px}.read{color:#aaa;font-size:13px}.ed{color:#999;font-size:13px}
.bot{position:sticky;bottom:0;background:#e4393c;color:#fff;text-align:center;padding:12px}""",
    regions=[
        '<div class="dl"><span>' + img("今日沭阳", gif=True) + ' 今日沭阳 <small>沭阳县融媒体中心</small></span><b>打开APP</b></div>',
        '<div class="art"><h1>沭阳春季花木展销会开幕</h1><div class="meta">今日沭阳　2025-04-20 09:12</div><p class="rep">记者\u3000朱立新\u3000胡\u3000悦</p>',
        BODY,
        '<p class="read">阅读 3.2万</p><p class="ed">责任编辑：程\u3000雪</p><p class="ed">审核：周宏伟</p></div>',
        '<div class="bot">下载今日沭阳APP 查看更多精彩内容</div>',
    ],
    title="沭阳春季花木展销会开幕", authors=["朱立新", "胡悦"], publish_time="2025-04-20 09:12",
    body=[
        ("p", "4月19日，为期一周的沭阳春季花木展销会在新河镇花木大世界开幕。来自全国20多个省份的600余家客商参展，展出苗木、盆景、干花、多肉等各类花木产品5000多个品种。"),
        ("img", "展销会现场", None),
        ("p", "展会现场人头攒动，造型精美的盆景、五颜六色的月季和绣球吸引众多市民驻足。在直播区，主播们架起手机和补光灯，向屏幕前的网友介绍花卉品种和养护知识。一名主播告诉记者，开幕当天上午，她的直播间就卖出了3000多单。"),
        ("p", "本次展销会设置了精品盆景、鲜切花、多肉植物、园林资材等8个展区，还举办了插花艺术比赛和花木电商培训。“我们去年在展会上认识了两家山东的客户，今年又来了，希望能再找几个新渠道。”从云南赶来的参展商李女士说。"),
        ("p", "近年来，沭阳坚持“线上+线下”融合发展，全县花木种植面积超过60万亩，花木电商从业人员达30多万人，2024年花木产业销售额突破320亿元。"),
    ],
))
