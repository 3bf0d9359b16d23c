from lib import *


def zg15():
    p = Page("zg-15", "media: 中央媒体网站 (人民网 style), 原标题, 电头 byline in body", color="#b30000")
    p.title = "黄河流域生态保护治理取得新成效"
    p.authors = ["孙  立".replace(" ", "")]
    p.time = "2025年06月03日08:21"
    p.doctitle = p.title + "--时政--人民网"
    p.add('<div class="top w"><a href="#">人民网首页</a><a href="#">频道</a><a href="#">登录</a><a href="#">注册</a><a href="#">人民日报客户端</a></div>')
    p.add(links(["时政", "国际", "财经", "台湾", "军事", "观点", "领导", "人事", "理论", "法治", "社会", "产经", "教育", "科普", "体育", "文化", "书画", "健康", "生态", "旅游"], "nav2", ""))
    p.add('<div class="crumb w">人民网&gt;&gt;时政</div>')
    p.add("<h1>%s</h1>" % e(p.title))
    p.add('<div class="info" style="text-align:left">2025年06月03日08:21 | 来源：<a href="#">人民网－人民日报</a>　小字号</div>')
    p.add('<div class="share w"><a href="#">点击播报本文，约</a></div>')
    p.art([
        "本报郑州6月2日电（记者孙立）记者从黄河水利委员会获悉：2024年黄河流域水土保持率提高到68.9%，干流水质连续三年保持Ⅱ类，黄河三角洲湿地鸟类增加到373种。",
        "近年来，沿黄9省区统筹推进山水林田湖草沙一体化保护和系统治理，累计治理水土流失面积约2.3万平方公里，建成淤地坝5.8万座。黄河下游“地上悬河”防洪工程体系进一步完善，滩区居民迁建任务全面完成。",
        "在甘肃、宁夏等地，一批沙化土地综合治理项目陆续实施，昔日的荒坡沙丘披上了绿装。内蒙古库布其沙漠周边推行“光伏+治沙”模式，板上发电、板下种草、板间养殖，实现了生态效益和经济效益双赢。",
        "在水资源节约集约利用方面，流域内严格落实“四水四定”，万元国内生产总值用水量较2020年下降约14%。黄委有关负责人表示，下一步将加快推进古贤水利枢纽等重大工程建设，持续提升流域防洪减灾和水资源保障能力。",
        ("ng", "《 人民日报 》（ 2025年06月03日 02 版）"),
    ])
    p.add('<div class="w"><p>(责编：杨  光、李  楠)</p><p><a href="#">分享让更多人看到</a></p></div>')
    p.add(ul("推荐阅读", ["多地出台举措支持夏粮收购", "今年以来我国新能源汽车出口保持增长", "国家防总启动防汛四级应急响应"]))
    p.add(ul("热点排行", ["“三夏”麦收进度过半", "高校毕业生就业服务季启动", "端午假期出游人次创新高", "全国铁路暑运方案公布"], "hot"))
    p.add('<div class="foot">人 民 网 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用<br>Copyright © 1997-2025 by www.people.com.cn. all rights reserved</div>')
    return p


def zg16():
    p = Page("zg-16", "media: 通讯社网站 (新华网 style), 电头 with two reporters", color="#c00")
    p.title = "我国首座深远海漂浮式风电与养殖融合平台投用"
    p.authors = ["何  宇".replace(" ", ""), "陈梦婷"]
    p.time = "2025-05-27 16:40:12"
    p.doctitle = p.title + "-新华网"
    p.add('<div class="top w"><a href="#">新华网</a> <a href="#">客户端</a> <a href="#">English</a> <a href="#">Français</a> <a href="#">日本語</a></div>')
    p.add(links(["高层", "时政", "国际", "财经", "科技", "地方", "网评", "视频", "图片"], "nav"))
    p.add('<div class="crumb w">新华网 &gt; 科技 &gt; 正文</div>')
    p.add('<div class="w"><span class="meta">2025-05-27 16:40:12</span> <span class="meta">来源：新华网</span></div>')
    p.add("<h1>%s</h1>" % e(p.title))
    p.add('<div class="share w">字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a>　分享到：<a href="#">微信</a><a href="#">微博</a></div>')
    p.art([
        "新华社广州5月27日电（记者何宇、陈梦婷）27日，我国首座深远海漂浮式风电与海洋牧场融合平台在广东阳江海域正式投入使用。该平台可年发电约2200万千瓦时，同时年产优质海鱼约150吨。",
        "平台距岸约60公里，由一座单机容量16兆瓦的漂浮式风机和半潜式养殖网箱组成，养殖水体达1万立方米。项目技术负责人介绍，平台利用风机基础结构搭建养殖空间，实现了“水上发电、水下养鱼”的立体化海洋空间利用。",
        "为应对台风等极端天气，平台配备了智能化监测系统，可实时监测风机运行状态、网箱水质和鱼群生长情况，在台风来临前可将网箱下潜至安全水深。首批投放的石斑鱼、黄鳍鲷鱼苗成活率超过95%。",
        ("img", "融合平台海上作业现场", "5月27日拍摄的深远海漂浮式风电与养殖融合平台（无人机照片）。新华社记者 邓  华 摄"),
        "专家认为，该平台的投用为深远海可再生能源开发与海洋渔业协同发展探索了新路径。",
    ])
    p.add('<div class="w"><p>【纠错】　【责任编辑：吴  迪】</p></div>')
    p.add(ul("相关稿件", ["海上风电装机容量突破4000万千瓦", "广东海洋牧场建设提速", "“国信1号”养殖工船完成第三次收鱼"]))
    p.add('<div class="foot">Copyright © 2000-2025 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司</div>')
    return p


def zg17():
    p = Page("zg-17", "media: 省级党报网站 (浙江在线 style), 记者/通讯员 in info bar, 原标题 line", color="#d32f2f")
    p.title = "浙江今年新建改造农村“共富工坊”1200家"
    p.authors = ["沈  晴".replace(" ", ""), "金佳丽"]
    p.time = "2025-04-21 07:32:18"
    p.doctitle = p.title
    p.add('<div class="top w">浙江在线　<a href="#">登录</a> <a href="#">注册</a> <a href="#">浙江新闻客户端</a></div>')
    p.add(links(["首页", "新闻", "浙江", "国内", "国际", "观点", "财经", "健康", "教育", "视频", "图片", "专题"], "nav", " | "))
    p.add(search("请输入搜索内容"))
    p.add('<div class="crumb w">浙江在线 &gt; 浙江新闻 &gt; 正文</div>')
    p.add("<h1>%s</h1>" % e(p.title))
    p.add('<div class="info">浙江在线 2025-04-21 07:32:18　来源：浙江日报　作者：记者 沈晴　通讯员 金佳丽</div>')
    p.art([
        ("ng", "原标题：小工坊托起大民生 浙江今年新建改造“共富工坊”1200家"),
        "记者从省委组织部获悉，今年我省计划新建改造农村“共富工坊”1200家，重点向山区海岛县倾斜，预计带动农民就近就业4万人以上。",
        "“共富工坊”是我省以党建联建为纽带，引导企业把适合的生产加工环节布局到村里的新型就业平台。在衢州市开化县华埠镇，一家箱包企业在村里开设的工坊吸纳了86名村民，大多是留守妇女和低龄老人，人均月收入超过2800元。",
        "截至去年底，全省已建成“共富工坊”超过1.2万家，累计吸纳农民就业45万余人，人均年增收约1.5万元。",
        "今年，我省将建立工坊星级评定和动态退出机制，推动工坊从来料加工向电商直播、农文旅服务等业态延伸，并支持各地整合闲置校舍、村办公用房等资源提供场地。",
        "省委组织部有关负责人表示，将把“共富工坊”建设成效纳入村党组织书记考核内容，防止“建而不用”“挂牌了事”。",
    ])
    p.add('<div class="w"><p>编辑：郑  超</p><p>浙江在线　版权所有　本网站所刊登的各种新闻……未经协议授权，禁止下载使用。</p></div>')
    p.add(ul("相关新闻", ["山区26县发展实现新突破", "宁波：“共富工坊”里的致富经", "丽水：来料加工让村民家门口增收"]))
    p.add('<div class="foot">浙江在线新闻网站 版权所有<br>增值电信业务经营许可证 浙B2-20080207　浙ICP备12007721号</div>')
    return p


def zg18():
    p = Page("zg-18", "media: 城市晚报客户端网页 (红星新闻 style), 副题, byline under title", color="#e53935")
    p.title = "成都地铁13号线一期全线“洞通”"
    p.authors = ["罗  敏".replace(" ", ""), "付晓东", "邓雨"]
    p.time = "2025-06-03 09:12"
    p.doctitle = p.title
    p.add('<div class="top w">红星新闻　<a href="#">下载APP</a> <a href="#">首页</a> <a href="#">成都</a> <a href="#">财经</a> <a href="#">深度</a> <a href="#">天府观察</a></div>')
    p.add("<h1>%s</h1>" % e(p.title))
    p.add('<p class="sub">预计2026年底开通运营，串联起30座车站</p>')
    p.add('<div class="meta w">红星新闻记者 罗敏 付晓东　实习生 邓  雨</div>')
    p.add('<div class="meta w">2025-06-03 09:12　发自 四川 成都</div>')
    p.art([
        "6月2日上午，随着盾构机“蓉城十三号”破洞而出，成都地铁13号线一期工程全线隧道贯通。",
        "13号线一期西起温江区花土路站，东至龙泉驿区成都东部新区，线路全长约43公里，设车站30座，其中换乘站14座。线路建成后，将串联起温江、青羊、武侯、锦江、成华、龙泉驿等区域。",
        "13号线一期是成都首条采用全自动运行系统的地铁线路之一，列车采用8节编组A型车，最高运行时速100公里。建成后，从温江到东部新区的通勤时间有望缩短一半以上。",
        "据建设方介绍，本次贯通区间下穿既有地铁线路和老旧建筑群，施工团队采用毫米级沉降监测和同步注浆技术，确保了周边建筑安全。下一步，项目将全面转入轨道铺设和机电安装阶段。",
        ("img", "盾构机破洞而出", "盾构机“蓉城十三号”顺利接收 受访者供图"),
        "按计划，成都地铁13号线一期将于2026年底开通运营。",
    ])
    p.add('<div class="w"><p>编辑 张  莉　责编 魏孔明</p><p>红星新闻原创内容，未经授权禁止转载</p></div>')
    p.add(ul("热门推荐", ["成都今夏首个高温预警发布", "天府国际机场新开3条国际航线", "成都大运公园周末夜市开市"], "hot"))
    p.add('<div class="foot">© 2025 成都商报社 红星新闻　川ICP备14007391号</div>')
    return p


def zg19():
    p = Page("zg-19", "media: 省级电视台网站 (长江云/湖北广电 style), 记者 at end of body", color="#0d47a1")
    p.title = "武汉东湖绿道“夜游模式”上线 灯光秀每晚两场"
    p.authors = ["许璐", "黄凯"]
    p.time = "2025年5月30日 星期五"
    p.time = "2025年5月30日"
    p.doctitle = p.title
    p.add('<div class="top w">长江云 | 湖北广播电视台　<a href="#">直播</a> <a href="#">点播</a> <a href="#">栏目</a> <a href="#">下载长江云APP</a></div>')
    p.add(links(["首页", "湖北新闻", "政务", "视听", "直播", "问政", "专题"], "nav"))
    p.add('<div class="crumb w">首页 / 湖北新闻 / 武汉</div>')
    p.add("<h1>%s</h1>" % e(p.title))
    p.add('<div class="info" style="text-align:left">2025年5月30日 星期五　来源：湖北卫视《湖北新闻》　阅读 3.2万</div>')
    p.add('<div class="w"><p>视频加载中...</p><p>00:00 / 01:58</p></div>')
    p.art([
        "从本周起，武汉东湖绿道开启“夜游模式”，磨山、落雁两个景区延长开放至晚上10点，湖面灯光秀每晚7点半和9点各上演一场。",
        "记者在现场看到，沿湖步道新增了3000余盏景观灯，水上栈道的灯带随音乐变换颜色。来自黄石的游客刘女士说：“白天太热，晚上骑行吹着湖风特别舒服。”",
        "夜游开放首周，东湖绿道日均夜间入园游客超过3万人次。周边的餐饮、文创和共享单车订单也随之上涨，“夜间经济”让这片城市绿心更有活力。",
        "据了解，灯光秀以“东湖四季”为主题，利用水幕投影和无人机编队，展现东湖的山水人文。景区提醒，夜间游览请注意水边安全，不要翻越护栏。",
        "东湖风景区管委会介绍，夜游期间景区增设了12处夜间服务点和4条夜间公交接驳线路，游客可通过“智游东湖”小程序查询实时客流和停车位信息。（湖北台记者 许璐 黄凯）",
    ])
    p.add('<div class="w"><p>编辑：周  婷　审核：高  原</p></div>')
    p.add(ul("相关视频", ["【直播回放】2025武汉马拉松", "湖北：早稻进入分蘖期", "《问政湖北》第12期"]))
    p.add('<div class="foot">湖北广播电视台 版权所有　鄂ICP备09018767号　信息网络传播视听节目许可证：1707194</div>')
    return p


def zg20():
    p = Page("zg-20", "media: 门户 (网易新闻 style), 跟贴 counts, 本文来源/责任编辑", color="#c4161c")
    p.title = "今年端午假期全国国内出游1.19亿人次"
    p.authors = []
    p.time = "2025-06-03 09:12:07"
    p.doctitle = p.title + "|网易新闻"
    p.add('<div class="top w"><a href="#">网易首页</a> <a href="#">应用</a> <a href="#">网易新闻</a> <a href="#">网易公开课</a> <a href="#">登录</a></div>')
    p.add(links(["首页", "国内", "国际", "数读", "军事", "航空", "政务"], "nav"))
    p.add("<h1>%s</h1>" % e(p.title))
    p.add('<div class="meta w">2025-06-03 09:12:07　来源: <a href="#">中国新闻网</a>　北京</div>')
    p.add('<div class="meta w"><a href="#">举报</a>　<a href="#">0</a>　<a href="#">分享至</a></div>')
    p.art([
        "中新网6月3日电 据文化和旅游部数据中心测算，2025年端午节假期3天，全国国内出游1.19亿人次，同比增长5.7%；国内游客出游总花费427.3亿元，同比增长5.9%。",
        "假期期间，各地围绕端午传统习俗推出龙舟竞渡、包粽子、非遗展演等文旅活动1.8万余场。乡村游、近郊游热度较高，“龙舟+文旅”“非遗+研学”等新场景受到游客欢迎。",
        "据携程、同程等在线旅游平台数据，假期跨省游订单中，广东、四川、湖南、江苏等地是热门目的地；不少游客选择“拼假”出游，将端午与周末连休，带动了中长线游预订增长。",
        "从交通方式看，自驾出游占比超过六成，高速公路车流量明显增长。入境游方面，过境免签政策持续释放红利，外国游客到访城市由传统热门目的地向更多二三线城市延伸。",
    ])
    p.add('<div class="w"><p>本文来源：中国新闻网　作者：</p><p>责任编辑：王晓武_NN5214</p></div>')
    p.add('<div class="w"><p>跟贴 235 参与 1203</p><p><input type="text" placeholder="文明上网，理性发言"> <button>发表跟贴</button></p></div>')
    p.add(ul("热点新闻", ["高考今日开考：1335万名考生走进考场", "多地迎来入夏以来最强降雨", "国产大飞机C919新开两条航线", "“苏超”带火周末游"], "hot"))
    p.add('<div class="foot">©1997-2025 网易公司版权所有　About NetEase | 公司简介 | 联系方法 | 招聘信息 | 客户服务 | 隐私政策</div>')
    return p


def zg21():
    p = Page("zg-21", "media: 门户 (新浪新闻 style), 原标题 + 来源 + 责任编辑", color="#ff8200")
    p.title = "西安碑林博物馆新馆开放首月接待观众超40万人次"
    p.authors = ["李  琛".replace(" ", "")]
    p.time = "2024年12月05日 18:42"
    p.doctitle = p.title + "|碑林_新浪新闻"
    p.add('<div class="top w"><a href="#">新浪首页</a> <a href="#">新闻</a> <a href="#">体育</a> <a href="#">财经</a> <a href="#">娱乐</a> <a href="#">科技</a> <a href="#">博客</a> <a href="#">图片</a> <a href="#">专栏</a> <a href="#">更多</a> <a href="#">登录</a></div>')
    p.add(search("请输入关键词"))
    p.add('<div class="crumb w">新闻中心 &gt; 国内新闻</div>')
    p.add("<h1>%s</h1>" % e(p.title))
    p.add('<div class="meta w">2024年12月05日 18:42 <a href="#">中国新闻网</a></div>')
    p.add('<div class="meta w"><a href="#">新浪新闻客户端</a>　<a href="#">分享</a>　<a href="#">评论</a> <span>128</span></div>')
    p.art([
        ("ng", "原标题：碑林新馆首月观众逾40万人次 “镇馆之宝”前排起长队"),
        "中新网西安12月5日电 (记者 李琛)记者5日从西安碑林博物馆获悉，该馆改扩建后的新馆开放首月，累计接待观众超过40万人次，单日最高接待量突破2万人次。",
        "改扩建后的碑林博物馆总展陈面积增加近一倍，新增的“长安碑刻”“中国书法史”等展览集中展示了馆藏碑刻、墓志和石刻造像1000余件。《开成石经》《颜勤礼碑》等展区前常常排起长队。",
        "不少外地游客专程前来。来自广州的书法爱好者许先生在《颜勤礼碑》前驻足了一个多小时，“以前只在字帖上见过，看到原碑才知道什么叫力透纸背。”",
        "为应对客流高峰，博物馆实行分时段预约，并增加了夜场讲解和青少年书法体验课程。据介绍，新馆还运用数字化技术对部分碑刻进行高清扫描，观众可通过触摸屏放大观看碑文细节。(完)",
    ])
    p.add('<div class="w"><p>责任编辑：刘光博</p></div>')
    p.add(ul("相关阅读", ["陕西历史博物馆秦汉馆开放一周年", "西安城墙国潮灯会开幕"]))
    p.add('<div class="w"><p><img alt="新浪新闻客户端" width="80" height="80"> 扫码下载新浪新闻客户端</p></div>')
    p.add('<div class="foot">新浪简介 | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 产品答疑<br>Copyright © 1996-2024 SINA Corporation, All Rights Reserved</div>')
    return p


def zg22():
    p = Page("zg-22", "media: English page of Chinese paper (China Daily style), By … in …", "en", color="#004b87")
    p.title = "Yunnan coffee growers turn to specialty beans as prices climb"
    p.authors = ["ZHANG YU", "LI HONGMEI"]
    p.time = "2025-05-19 10:42"
    p.doctitle = p.title + " - Chinadaily.com.cn"
    p.add('<div class="top w"><a href="#">Global Edition</a> <a href="#">China Edition</a> <a href="#">ASIA</a> <a href="#">中文</a> <a href="#">Subscribe</a></div>')
    p.add(search("Search", "Go"))
    p.add(links(["HOME", "CHINA", "WORLD", "BUSINESS", "LIFESTYLE", "CULTURE", "TRAVEL", "WATCHTHIS", "SPORTS", "OPINION", "REGIONAL", "FORUM", "NEWSPAPER"], "nav"))
    p.add('<div class="crumb w">Home / China / Society</div>')
    p.add("<h1>%s</h1>" % e(p.title))
    p.add('<div class="info">By ZHANG YU in Kunming and LI HONGMEI | chinadaily.com.cn | Updated: 2025-05-19 10:42</div>')
    p.add('<div class="share w"><a href="#">Share</a> <a href="#">Share on twitter</a> <a href="#">Share on facebook</a> <a href="#">CLOSE</a></div>')
    p.art([
        ("img", "A farmer picks coffee cherries in Pu'er, Yunnan province", "A farmer picks coffee cherries at a plantation in Pu'er, Yunnan province, in January. [Photo by ZHOU XIN/For China Daily]"),
        "Coffee growers in Yunnan province are shifting from bulk commodity beans to specialty grades, as global prices climb and domestic demand for locally grown coffee keeps rising.",
        "In Pu'er, which accounts for nearly half of the province's output, the share of beans scoring above 80 points on the specialty scale reached 30 percent last season, up from 9 percent five years ago, according to the local agriculture bureau.",
        "\"We used to sell everything to traders at whatever price they offered,\" said Yang Wenhua, who runs a 40-hectare farm in Simao district. \"Now roasters from Shanghai and Chengdu come to us before the harvest.\"",
        "Local authorities have set up processing centers and offer training in fermentation and drying techniques. Provincial officials said the goal is to raise the specialty share to 50 percent by 2027.",
    ])
    p.add(ul("Related Stories", ["Pu'er tea towns bet on rural tourism", "Coffee chains race to open stores in smaller cities"]))
    p.add(ul("Most Viewed in 24 Hours", ["Hainan free trade port marks milestone", "High-speed rail links reach more county seats", "Panda cubs make debut in Chengdu"], "hot"))
    p.add('<div class="foot">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>License for publishing multimedia online 0108263　Registration Number: 130349</div>')
    return p


def zg23():
    p = Page("zg-23", "media: English page (Global Times style), By … Published:", "en", color="#7a0019")
    p.title = "Chinese researchers develop low-cost sodium battery for home storage"
    p.authors = ["Liu Xin", "Wang Qi"]
    p.time = "Mar 12, 2025 09:36 PM"
    p.doctitle = p.title + " - Global Times"
    p.add('<div class="top w"><a href="#">GT</a> <a href="#">Search</a> <a href="#">Sign In</a> <a href="#">Download App</a></div>')
    p.add(links(["CHINA", "SOURCE", "OPINION", "IN-DEPTH", "WORLD", "LIFE", "SPORT", "VIDEO", "PHOTO", "ARTS"], "nav"))
    p.add('<div class="w"><p>SOURCE / ECONOMY</p></div>')
    p.add("<h1>%s</h1>" % e(p.title))
    p.add('<div class="meta w">By Liu Xin and Wang Qi</div><div class="meta w">Published: Mar 12, 2025 09:36 PM</div>')
    p.art([
        ("img", "Sodium-ion battery cells", "Sodium-ion battery cells on a production line in Hefei. Photo: VCG"),
        "A research team from a university in East China's Anhui Province has developed a sodium-ion battery for household energy storage that costs about 30 percent less than comparable lithium iron phosphate products, the team told the Global Times on Wednesday.",
        "The battery keeps more than 85 percent of its capacity after 6,000 charge cycles and works at temperatures as low as minus 30 C, according to the team leader, a professor of materials science.",
        "Industry analysts said sodium is far more abundant than lithium, which could ease supply concerns as rooftop solar spreads in rural areas. Pilot production is expected to start in the second half of the year.",
    ])
    p.add(ul("RELATED ARTICLES", ["China's new energy storage capacity doubles", "Rooftop solar lights up rural homes"]))
    p.add('<div class="foot">Copyright © 2025 Global Times All Rights Reserved<br>京ICP备16060402号-1 互联网新闻信息服务许可证11120180003</div>')
    return p


def zg24():
    p = Page("zg-24", "media: 县级融媒体中心 site, 本台讯 + end byline", color="#2e7d32")
    p.title = "宁乡：早稻机插秧全面铺开"
    p.authors = ["戴  琳".replace(" ", ""), "谭文斌"]
    p.time = "2025-04-16 18:20"
    p.doctitle = p.title
    p.add('<div class="top w">宁乡市融媒体中心　<a href="#">掌上宁乡</a> <a href="#">投稿</a> <a href="#">登录</a></div>')
    p.add('<div class="banner"><div class="w">宁乡新闻网</div></div>')
    p.add(links(["首页", "时政", "乡镇", "民生", "视频", "专题", "融媒矩阵"], "nav"))
    p.add('<div class="crumb w">位置：首页 &gt; 乡镇</div>')
    p.add("<h1>%s</h1>" % e(p.title))
    p.add('<div class="info">来源：宁乡市融媒体中心 | 发布时间：2025-04-16 18:20 | 浏览：<span>967</span></div>')
    p.art([
        "连日来，宁乡市各镇街抢抓晴好天气，全面铺开早稻机插秧作业。在夏铎铺镇龙泉村，十余台高速插秧机在田间来回穿梭，一排排秧苗整齐地栽入水田。",
        "“今年我们采用集中育秧、统一机插，每亩比人工栽插节省成本80多元。”种粮大户易国华介绍，他流转的1600亩耕地预计4月底前全部完成插秧。",
        "在大成桥镇，农技人员正在指导农户调试插秧机的株距和栽插深度。“机插秧最关键的是秧苗素质和田块平整，这两样抓好了，产量就有了保障。”市农技推广中心农艺师周芳说。",
        "据了解，今年宁乡市早稻计划种植面积35万亩，集中育秧率达到75%以上。市农业农村局组织200余名农技人员分片包干，深入田间地头开展技术指导，确保早稻生产“早播、早插、早管”。（融媒体记者 戴琳 通讯员 谭文斌）",
    ])
    p.add('<div class="w"><p>【编辑：李  想】【责任编辑：曹  鹏】</p><p>下载“掌上宁乡”APP，获取更多资讯</p></div>')
    p.add(ul("新闻排行", ["宁乡市召开一季度经济形势分析会", "灰汤温泉小镇入选省级旅游度假区", "花明楼镇开展春季义诊"], "hot"))
    p.add('<div class="foot">主办：中共宁乡市委宣传部　承办：宁乡市融媒体中心<br>湘ICP备16008812号-1　湘公网安备43012402000234号</div>')
    return p


M = [zg15, zg16, zg17, zg18, zg19, zg20, zg21, zg22, zg23, zg24]
