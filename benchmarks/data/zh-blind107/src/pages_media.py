# Media pages vd-13 .. vd-24; all content invented.
P = []
G = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

# vd-13: 山西 provincial paper's news site, 本报讯（记者…）, editor line
P.append(dict(
    id="vd-13", kind="media", mode="p",
    title="山西今年将新建改造城市燃气管网1200公里",
    authors=["刘晓燕", "孟宇航"],
    publish_time="2025-05-13 07:15",
    css="""body{margin:0;font:16px/1.9 "Microsoft YaHei"}.tbar{background:#222;color:#aaa;font-size:12px;padding:4px 10%}.logo{padding:16px 10%;border-bottom:4px solid #c00}
.cn a{margin-right:20px}.crumb{padding:8px 10%;font-size:13px}.art{width:860px;margin:0 auto}.art h1{font-size:30px}.info{color:#888;font-size:14px}
.zb{text-align:right;color:#888;font-size:14px}.more li{font-size:14px}.foot{background:#f2f2f2;padding:20px 10%;font-size:12px;color:#777}""",
    tpl=f"""<div class="tbar">山西新闻网 | 山西日报 | 山西晚报 | 山西农民报　<a>登录</a> <a>注册</a></div>
<div class="logo"><img alt="山西新闻网" src="{G}"> <span class="cn"><a>首页</a><a>时政</a><a>经济</a><a>社会</a><a>文旅</a><a>视频</a><a>数字报</a></span></div>
<div class="crumb">首页 &gt; 山西新闻 &gt; 经济</div>
<div class="art"><h1>{{{{TITLE}}}}</h1>
<div class="info">2025-05-13 07:15　　来源：山西日报　　<a>分享</a></div>
{{{{BODY}}}}
<p class="zb">责任编辑：郝建军</p>
<div class="more"><h4>相关新闻</h4><ul><li>太原老旧小区改造今年开工320个</li><li>我省出台城镇燃气安全专项整治方案</li></ul></div></div>
<div class="foot">山西新闻网版权所有，未经书面授权禁止使用　互联网新闻信息服务许可证：14120180001　晋ICP备09002109号　晋公网安备 14010502000422号</div>""",
    body=[
        "本报讯（记者 刘晓燕 孟宇航）5月12日，记者从省住房和城乡建设厅获悉，今年我省将新建改造城市燃气管网1200公里，重点推进使用年限超过20年的老旧管网更新，年底前完成投资约38亿元。",
        "据介绍，本轮改造涉及11个设区市和部分县城，优先对人员密集区域、学校医院周边和穿越河道的管段实施改造。各地将同步安装燃气泄漏报警装置和自动切断阀，推广智能燃气表，实现管网运行“一张图”监测。",
        "省住房和城乡建设厅相关负责人表示，改造期间将实行“一小区一方案”，提前公示施工时间，尽量避开用气高峰，减少对居民生活的影响。市民如遇施工问题，可拨打12345政务服务便民热线反映。",
        "截至4月底，全省已开工燃气管网改造项目146个，完成改造310公里。",
    ]))

# vd-14: 浙江 provincial news app/portal (2023 design), 记者/通讯员 line under title
P.append(dict(
    id="vd-14", kind="media", mode="p", hmode="h3", imgmode="figure",
    title="湖州安吉：一片白茶叶“串”起三产融合新链条",
    authors=["沈雨晴", "潘一鸣", "章锦华"],
    publish_time="2025-05-14 19:02:11",
    css="""body{margin:0;font:17px/1.85 "PingFang SC",sans-serif;color:#262626}.hd{display:flex;justify-content:space-between;padding:14px 6%;border-bottom:1px solid #eee}
.ch a{margin:0 12px;color:#333}.ct{max-width:760px;margin:30px auto}.ct h1{font-size:32px;line-height:1.35}.by{color:#1769c6;font-size:15px}
.ti{color:#999;font-size:14px}figcaption{font-size:14px;color:#777;text-align:center}.tools{display:flex;gap:14px;color:#999}.ft{background:#f7f7f7;padding:24px 6%;font-size:12px;color:#999}""",
    tpl=f"""<div class="hd"><img alt="潮新闻" src="{G}"><div class="ch"><a>首页</a><a>浙江</a><a>要闻</a><a>财经</a><a>文化</a><a>视频</a><a>潮客</a></div><a>下载客户端</a></div>
<div class="ct"><div class="path">潮新闻 &gt; 浙江 &gt; 湖州</div>
<h1>{{{{TITLE}}}}</h1>
<p class="by">潮新闻客户端 记者 沈雨晴 潘一鸣 通讯员 章锦华</p>
<p class="ti">2025-05-14 19:02:11　<span>浏览量 3.2万</span></p>
{{{{BODY}}}}
<div class="tools"><span>点赞 126</span><span>收藏</span><span>分享</span></div>
<p class="ed">编辑：吴佳妮　审核：陆斌</p>
<p>版权声明：本文为潮新闻原创，未经授权不得转载。</p></div>
<div class="ft">浙江日报报业集团主办　互联网新闻信息服务许可证：33120170004　浙ICP备05007286号-1　浙公网安备 33010602000136号</div>""",
    body=[
        "5月的安吉溪龙乡，满山茶垄翠绿如织。在黄杜村的白茶交易市场里，茶商们正忙着打包发货；不远处的茶园民宿，周末房间已被预订一空。",
        ("img", "溪龙乡茶园", "游客在黄杜村茶园体验采茶。通讯员 章锦华 摄"),
        ("h", "从“卖茶叶”到“卖风景”"),
        "“以前我们只卖干茶，一斤卖多少钱就是多少钱。”茶农宋建林说，如今他家把茶园改成了研学基地，游客来采茶、炒茶、喝茶，每年能多收入十几万元。",
        "数据显示，今年春茶季，安吉白茶产量约2200吨，产值超过32亿元；全县茶旅融合接待游客达到186万人次，同比增长14%。",
        ("h", "从“一片叶”到“一条链”"),
        "安吉还依托白茶产业延伸出茶食品、茶饮料、茶化妆品等深加工产品60余种。在当地一家茶科技企业的生产车间，白茶中提取的茶多酚被制成护肤原料，销往长三角多地。",
        "“我们要让一片叶子在一二三产业之间不断增值。”安吉县农业农村局负责人说，下一步将推动白茶全产业链产值突破百亿元。",
    ]))

# vd-15: 广西 news portal, 2010s, glued info bar "时间 来源 作者", 责任编辑 at bottom
P.append(dict(
    id="vd-15", kind="media", mode="pi",
    title="南宁至崇左城际铁路首批动车组完成静态调试",
    authors=["黄蕾", "李  静".replace("  ", "")],
    publish_time="2025-05-15 08:52",
    css="""body{margin:0;font:14px/1.8 宋体}.top{background:#0f55a0;color:#fff;padding:6px 8%}.lg{padding:10px 8%}.nav{background:#0f55a0;padding:6px 8%}.nav a{color:#fff;margin-right:14px}
.c{width:960px;margin:10px auto}.bt{font:bold 24px 黑体;text-align:center}.sj{text-align:center;color:#777;font-size:12px;background:#f1f1f1}
.zr{text-align:right}.ft{border-top:2px solid #0f55a0;text-align:center;font-size:12px;padding:10px}""",
    tpl=f"""<div class="top">广西新闻网 | 广西日报 | 南国早报 | 当代生活报　　<a>手机版</a></div>
<div class="lg"><img alt="广西新闻网" src="{G}"> <input type="text" value="" placeholder="站内搜索"></div>
<div class="nav"><a>首页</a><a>广西</a><a>时政</a><a>财经</a><a>东盟</a><a>图片</a><a>视频</a><a>评论</a></div>
<div class="c"><p>您当前的位置 ：广西新闻网 &gt;&gt; 广西新闻 &gt;&gt; 正文</p>
<div class="bt">{{{{TITLE}}}}</div>
<div class="sj">2025-05-15 08:52　来源：广西日报　作者：黄蕾　李\u00a0\u00a0静</div>
{{{{BODY}}}}
<p class="zr">【责任编辑：覃晓敏】</p>
<p>分享到：<a>QQ空间</a> <a>新浪微博</a> <a>微信</a></p>
<p><b>相关阅读</b><br>· 南崇城际铁路全线铺轨贯通<br>· 广西今年计划完成交通投资1800亿元</p></div>
<div class="ft">广西新闻网版权所有 Copyright © 2005-2025 Gxnews.com.cn All Rights Reserved<br>桂ICP备05003513号　互联网新闻信息服务许可证编号：45120170001</div>""",
    body=[
        "5月14日，记者从广西沿海铁路公司获悉，南宁至崇左城际铁路首批8组“复兴号”动车组已完成静态调试，为下一步开展联调联试创造了条件。",
        "南崇城际铁路北起南宁东站，经扶绥至崇左南站，全长约119公里，设计时速250公里。开通运营后，南宁至崇左最快约40分钟可达，将进一步加强首府与中越边境地区的联系。",
        "据了解，首批动车组采用8辆编组，设座位576个，车厢内配备无线充电、智能照明等设施，并根据沿线壮乡文化设计了“铜鼓纹”内饰。",
        "广西沿海铁路公司相关负责人介绍，静态调试主要对动车组的牵引、制动、网络控制、车门、空调等系统进行逐项检查，共完成检测项目1300余项。下一步，动车组将在线路上开展动态试验，逐级提速至设计时速。",
        "目前，南崇城际铁路站房装修、四电工程正在收尾，计划于今年下半年开通运营。",
    ]))

# vd-16: 宁夏 news site relaying Xinhua copy, 新华社…电（记者…）
P.append(dict(
    id="vd-16", kind="media", mode="p",
    title="宁夏贺兰山东麓葡萄酒产区今年新增酿酒葡萄基地2万亩",
    authors=["何晨阳", "邹欣媛"],
    publish_time="2025年05月14日 15:36",
    css="""body{margin:0;font:16px/1.9 "Microsoft YaHei"}.nhead{background:#a3121c;padding:10px 9%;color:#fff}.nbar a{margin-right:16px}
.pg{display:flex;gap:30px;width:1140px;margin:20px auto}.pg main{flex:1}.pg aside{width:280px;font-size:14px}.h{font-size:28px}
.ly span{margin-right:18px;color:#888;font-size:14px}.zbj{color:#888}.ft{background:#333;color:#bbb;font-size:12px;padding:18px 9%}""",
    tpl=f"""<div class="nhead"><img alt="宁夏新闻网" src="{G}"> <span class="nbar"><a>首页</a><a>宁夏要闻</a><a>区内新闻</a><a>国内国际</a><a>评论</a><a>图片</a><a>专题</a></span></div>
<div class="pg"><main><p>首页 &gt; 区内新闻</p>
<h1 class="h">{{{{TITLE}}}}</h1>
<div class="ly"><span>2025年05月14日 15:36</span><span>来源：新华网</span></div>
{{{{BODY}}}}
<p class="zbj">【编辑：白雪】</p></main>
<aside><h4>排行榜</h4><ol><li>银川地铁规划获批？官方回应</li><li>固原六盘山景区5月起免门票</li><li>石嘴山举办沙湖旅游节</li></ol></aside></div>
<div class="ft">宁夏新闻网 版权所有　宁ICP备05001322号　宁公网安备 64010402000068号　举报电话：0951-5013388</div>""",
    body=[
        "新华社银川5月14日电（记者 何晨阳 邹欣媛）记者从宁夏回族自治区林业和草原局获悉，今年贺兰山东麓葡萄酒产区计划新增酿酒葡萄基地2万亩，产区酿酒葡萄种植面积将达到62万亩。",
        "贺兰山东麓地处北纬38度左右，日照充足、昼夜温差大，被认为是世界上适合种植酿酒葡萄的地区之一。目前，产区已建成酒庄和种植企业260余家，年产葡萄酒约1.4亿瓶。",
        "宁夏贺兰山东麓葡萄酒产业园区管委会有关负责人介绍，新增基地将重点推广抗寒品种和节水滴灌技术，推动葡萄种植向标准化、规模化发展，同时支持酒庄发展葡萄酒旅游。",
        "今年4月，产区举办了第四届国际葡萄酒博览会，来自全球30多个国家和地区的酒商、专家参会，现场签约金额超过20亿元。当地还与多所高校合作，培养酿酒师、品酒师等专业人才。",
        "2024年，产区综合产值突破400亿元，带动当地农民就业约13万人次。",
    ]))

# vd-17: 杭州 city portal photo news, many captions, 首席记者 + 摄影
P.append(dict(
    id="vd-17", kind="media", mode="p", imgmode="div",
    title="西湖边的“城市书房”上新了 市民可以凭证借阅古籍影印本",
    authors=["郑芸", "俞佳敏"],
    publish_time="2025-05-16 10:21",
    css="""body{margin:0;font:16px/1.9 "Microsoft YaHei"}.hzhd{background:#005bac;color:#fff;padding:12px 8%}.hzhd a{color:#fff;margin-right:14px}
.cnt{width:900px;margin:20px auto}.ttl{font-size:28px;font-weight:bold}.src{color:#999;font-size:14px;border-bottom:1px solid #eee;padding-bottom:6px}
.imgbox{text-align:center;margin:12px 0}.imgtxt{color:#666;font-size:14px}.zz{color:#888;font-size:14px}.ftr{background:#eef;text-align:center;font-size:12px;padding:14px}""",
    tpl=f"""<div class="hzhd"><img alt="杭州网" src="{G}"> <a>首页</a><a>新闻</a><a>杭州</a><a>区县</a><a>图片</a><a>直播</a><a>杭州日报</a><a>都市快报</a></div>
<div class="cnt"><div class="crumb">杭州网 &gt; 新闻中心 &gt; 杭州新闻 &gt; 正文</div>
<div class="ttl">{{{{TITLE}}}}</div>
<div class="src">2025-05-16 10:21　　来源：杭州日报　　<span>杭报记者 郑芸　通讯员 俞佳敏　摄影 楼海燕</span></div>
{{{{BODY}}}}
<p class="zz">编辑：孙晓　　审核：许凯</p>
<div class="share">分享至：<a>微信</a> <a>微博</a> <a>复制链接</a></div>
<div class="rel">相关阅读：<a>杭州“15分钟品质文化生活圈”建设提速</a>　<a>浙江图书馆推出夜间开放季</a></div></div>
<div class="ftr">杭州网版权所有 · 杭州日报报业集团主办　浙ICP备05008706号　浙公网安备 33010302003157号<br>违法和不良信息举报电话：0571-85166911</div>""",
    body=[
        "西湖边又多了一处读书好去处。5月15日，位于北山街的“湖畔书房”正式开放，这也是杭州第42家主题城市书房。",
        ("img", "湖畔书房外景", "“湖畔书房”外景。"),
        "书房由一幢民国时期的老宅改造而成，建筑面积约420平方米，藏书1.6万余册，其中以杭州地方文献、西湖文化类图书为特色。与其他城市书房不同，这里专门辟出了一间古籍阅览室，陈列着《西湖志》《武林旧事》等古籍影印本300余种。",
        ("img", "读者阅读", "市民在书房内阅读。"),
        "“古籍影印本不外借，但市民凭读者证可以在阅览室预约借阅，每次最多两小时。”书房工作人员介绍，阅览室还配备了放大镜、手套和专业书架，每周六下午会邀请文史专家开展“西湖读书会”。",
        "家住附近的退休教师沈女士是第一批读者。“以前想查点地方史料要跑到图书馆总馆，现在散步就能过来，太方便了。”",
        "据了解，“湖畔书房”开放时间为每天9:00至21:00，实行扫码预约入馆，单时段限流60人。",
    ]))

# vd-18: 广西 柳州 TV station site, video news, 记者 + 摄像 (cameraman not author)
P.append(dict(
    id="vd-18", kind="media", mode="p",
    title="柳州螺蛳粉产业园迎来出口订单旺季 日均发往海外超20万包",
    authors=["蒙晓雪"],
    publish_time="2025-05-15 21:47",
    css="""body{margin:0;background:#111;color:#ddd;font:15px/1.9 "Microsoft YaHei"}.tvh{display:flex;justify-content:space-between;padding:12px 5%;background:#000}
.tvh a{color:#ddd;margin:0 10px}.player{width:960px;height:300px;margin:20px auto;background:#333;text-align:center;color:#999}
.wp{width:960px;margin:0 auto}.wp h1{color:#fff;font-size:26px}.mt{color:#888;font-size:13px}.credits{color:#999;font-size:14px}.ft{padding:20px 5%;color:#666;font-size:12px}""",
    tpl=f"""<div class="tvh"><img alt="柳州广播电视台" src="{G}"><div><a>首页</a><a>柳州新闻</a><a>直播</a><a>点播</a><a>广播</a><a>专题</a><a>融媒</a></div></div>
<div class="wp"><p>首页 &gt; 柳州新闻 &gt; 视频新闻</p></div>
<div class="player">视频播放器 00:00 / 02:16 <button>播放</button></div>
<div class="wp"><h1>{{{{TITLE}}}}</h1>
<p class="mt">发布时间：2025-05-15 21:47　栏目：《柳州新闻》　播放：5621</p>
{{{{BODY}}}}
<p class="credits">记者：蒙晓雪　摄像：梁宇峰　剪辑：陈航</p>
<p class="credits">责编：覃雅</p>
<p>更多视频：<a>柳东新区新能源汽车下线</a> | <a>柳江区早稻插秧进入尾声</a></p></div>
<div class="ft">柳州广播电视台版权所有　信息网络传播视听节目许可证：2005103　桂ICP备06003810号-1　桂公网安备 45020402000189号</div>""",
    body=[
        "【导语】进入5月，柳州螺蛳粉迎来出口订单旺季。记者在柳州螺蛳粉产业园看到，多家企业的生产线满负荷运转，日均发往海外的螺蛳粉超过20万包。",
        "【正文】在园区一家螺蛳粉生产企业的包装车间，工人们正在将一包包螺蛳粉装箱、贴上英文标签。这批货物将从钦州港出海，发往新加坡、马来西亚和美国。",
        "企业负责人告诉记者，今年以来企业出口订单同比增长35%，为满足海外消费者口味，还专门开发了低辣、免煮等新产品。",
        "【同期】“现在海外订单排到了7月份，我们新增了一条生产线，每天两班倒。”",
        "【正文】记者了解到，柳州螺蛳粉产业园目前已入驻生产企业40余家，配套有米粉生产、酸笋加工、包装印刷、冷链物流等上下游企业，形成了较为完整的产业链条。今年园区还上线了跨境电商服务平台，帮助中小企业对接海外买家。",
        "据柳州海关统计，今年1至4月，柳州螺蛳粉出口货值达1.1亿元，同比增长29.6%，产品出口到30多个国家和地区。",
    ]))

# vd-19: English page of a Zhejiang outlet, By-line with two names
P.append(dict(
    id="vd-19", kind="media", lang="en", mode="p", hmode="h3", imgmode="figure",
    title="Ningbo-Zhoushan Port handles record container volume in April",
    authors=["Chen Yiwen", "Lucas Morgan"],
    publish_time="May 14, 2025 16:05",
    css="""body{margin:0;font:18px/1.7 Georgia,serif;color:#222}.mast{border-bottom:1px solid #ddd;padding:14px 8%;display:flex;justify-content:space-between;font-family:Arial}
.secs a{margin-right:18px;font:14px Arial;text-transform:uppercase}.story{max-width:720px;margin:30px auto}.kick{color:#c8102e;font:bold 13px Arial}
h1{font-size:36px;line-height:1.2}.byl{font:14px Arial;color:#555}figcaption{font:13px Arial;color:#666}.tags{font:13px Arial}.foot{background:#0b2239;color:#aab;padding:24px 8%;font:12px Arial}""",
    tpl=f"""<div class="mast"><img alt="Zhejiang Daily English" src="{G}"><span>中文 | <a>Sign in</a></span></div>
<div class="secs" style="padding:8px 8%"><a>Home</a><a>Zhejiang</a><a>Business</a><a>Culture</a><a>Travel</a><a>Video</a></div>
<div class="story"><div class="kick">BUSINESS</div>
<h1>{{{{TITLE}}}}</h1>
<p class="byl">By Chen Yiwen and Lucas Morgan | Zhejiang Daily English</p>
<p class="byl">Updated: May 14, 2025 16:05</p>
<p class="share">Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>WeChat</a></p>
{{{{BODY}}}}
<p class="tags">Tags: port, trade, Ningbo</p>
<p class="ed">Editor: Zhang Jingyi</p>
<p><b>Related</b><br>Zhejiang exports rise 7.8% in first quarter<br>Yiwu traders look to Central Asia</p></div>
<div class="foot">Copyright © Zhejiang Daily Press Group. All rights reserved. 浙ICP备05007286号</div>""",
    body=[
        "Ningbo-Zhoushan Port handled 3.48 million twenty-foot equivalent units of containers in April, a record for a single month, the port operator said on Tuesday.",
        ("img", "Container ships at the port", "Container ships berth at the Chuanshan terminal of Ningbo-Zhoushan Port on May 12. [Photo by Hu Xiaobo]"),
        "The figure was up 9.6 percent year-on-year, driven by new shipping routes to Southeast Asia, the Middle East and South America. The port added eight international container routes in the first four months, bringing the total to more than 300.",
        ("h", "Automation pays off"),
        "At the Meishan terminal, remote-controlled gantry cranes and driverless trucks now handle about 40 percent of loading work. \"One operator can watch three cranes from the control room, and night shifts are much safer,\" said Wang Lijun, a shift manager.",
        "Analysts said the strong April numbers reflected front-loading by exporters ahead of the summer peak season, and cautioned that growth may slow in the second half of the year.",
    ]))

# vd-20: English page of a Guangxi outlet relaying wire copy, source only -> no author
P.append(dict(
    id="vd-20", kind="media", lang="en", mode="div",
    title="China-ASEAN Expo to add new pavilion for green energy",
    authors=[],
    publish_time="2025-05-15 09:30:00",
    css="""body{margin:0;font:15px/1.6 Arial;background:#f5f5f5}.hdr{background:#006241;color:#fff;padding:10px 10%}.hdr a{color:#fff;margin-right:12px}
.box{width:900px;margin:14px auto;background:#fff;padding:24px}.hl{font-size:26px;font-weight:bold}.line{font-size:12px;color:#777}
.para{margin-bottom:14px}.bottom{text-align:center;font-size:12px;color:#888;padding:14px}""",
    tpl=f"""<div class="hdr"><img alt="Guangxi News English" src="{G}"> <a>Home</a><a>Guangxi</a><a>ASEAN</a><a>Business</a><a>Culture</a><a>Photos</a> <input placeholder="Search"></div>
<div class="box"><div>Home &gt; ASEAN &gt; Content</div>
<div class="hl">{{{{TITLE}}}}</div>
<div class="line">Source: Xinhua　|　2025-05-15 09:30:00　|　Editor: Liang Wei</div>
{{{{BODY}}}}
<div class="line">[Print] [Close]</div></div>
<div class="bottom">Copyright © Guangxi News Network. All Rights Reserved. 桂ICP备05003513号</div>""",
    body=[
        "NANNING, May 14 (Xinhua) -- The 22nd China-ASEAN Expo, scheduled for September in Nanning, capital of south China's Guangxi Zhuang Autonomous Region, will feature a new pavilion dedicated to green energy, organizers said Wednesday.",
        "The pavilion, covering about 12,000 square meters, will showcase photovoltaic products, energy storage systems, new energy vehicles and hydrogen technologies from China and ASEAN countries.",
        "\"Energy transition is a shared priority in the region, and the expo wants to be a platform for matching projects and investors,\" said an official with the expo secretariat.",
        "More than 1,800 companies have registered for this year's event so far, according to the secretariat.",
    ]))

# vd-21: 太原 city media app share page (mobile), author block with avatar
P.append(dict(
    id="vd-21", kind="media", mode="p", imgmode="center",
    title="太原晋阳湖畔新添5公里滨水步道",
    authors=["任佳琪"],
    publish_time="05-16 18:20",
    css="""body{margin:0;max-width:640px;margin:0 auto;font:17px/1.8 -apple-system,"PingFang SC"}.openapp{position:sticky;top:0;background:#fff;display:flex;justify-content:space-between;padding:10px;border-bottom:1px solid #eee}
.tl{font-size:23px;font-weight:bold;padding:0 16px}.au{display:flex;gap:10px;padding:0 16px;color:#666;font-size:14px}.txt{padding:0 16px}
.pic-cap{font-size:14px;color:#999}.dl{background:#e60012;color:#fff;text-align:center;padding:12px;margin:16px}.cmt{padding:0 16px;color:#999;font-size:14px}""",
    tpl=f"""<div class="openapp"><span><img alt="锦观新闻" src="{G}">锦观新闻</span><span>打开APP</span></div>
<div class="tl">{{{{TITLE}}}}</div>
<div class="au"><img alt="头像" src="{G}"><div><div>锦观新闻记者 任佳琪</div><div>05-16 18:20　太原</div></div><span>+关注</span></div>
<div class="txt">{{{{BODY}}}}</div>
<div class="cmt">声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系。</div>
<div class="cmt">阅读 1.8万　　<span>👍 214</span></div>
<div class="dl">打开锦观新闻APP，阅读体验更佳</div>
<div class="cmt">热门评论<br>晋源老王：周末带娃去走走！<br>小鱼儿：希望多放几个垃圾桶</div>""",
    body=[
        "记者5月16日从太原市园林局获悉，晋阳湖公园东岸滨水步道近日建成开放，新增步道约5公里，串联起湿地观鸟区、亲水平台和儿童游乐场。",
        ("img", "滨水步道", "新建成的滨水步道。"),
        "新步道采用透水混凝土铺设，沿线栽植垂柳、海棠、月季等苗木1.2万余株，每隔500米设置一处休息驿站，配有直饮水、充电座椅和公共卫生间。",
        "记者在现场看到，步道临水一侧安装了不锈钢护栏和夜间照明灯带，部分路段还设置了木栈道，延伸至芦苇荡深处。不少市民带着孩子在亲水平台观赏水鸟，湖面上不时有白鹭掠过。",
        "“以前东岸只能远远看湖，现在可以沿着湖边一直走到南门。”正在散步的市民郭先生说。",
        "市园林局相关负责人表示，今年还将实施晋阳湖西岸绿道连通工程，年底前实现环湖步道全线贯通，总长度达到21公里。",
    ]))

# vd-22: 浙江 provincial TV app share page (短视频+文字), 记者 names closing in brackets
P.append(dict(
    id="vd-22", kind="media", mode="sec",
    title="台州椒江：“海上枫桥”调解室化解渔事纠纷",
    authors=["林思远", "王  蕾".replace("  ", "")],
    publish_time="2025-05-13 20:14",
    css="""body{margin:0;font:16px/1.8 "PingFang SC";background:#fff}.appbar{background:#1b1f3b;color:#fff;padding:10px;display:flex;justify-content:space-between}
.v{background:#000;height:200px;color:#888;text-align:center}.h{font-size:21px;font-weight:600;padding:10px 14px}.m{color:#aaa;font-size:13px;padding:0 14px}
section{padding:0 14px;margin:10px 0}.like{padding:14px;color:#999}.recs{padding:14px;font-size:14px}""",
    tpl=f"""<div class="appbar"><span><img alt="中国蓝新闻" src="{G}"> 中国蓝新闻</span><a>立即打开</a></div>
<div class="v">视频 01:48</div>
<div class="h">{{{{TITLE}}}}</div>
<div class="m">中国蓝新闻 · 浙江卫视　2025-05-13 20:14</div>
{{{{BODY}}}}
<div class="like">分享到：微信好友　朋友圈　微博　　<span>赞 89</span></div>
<div class="recs"><b>相关推荐</b><p>温岭石塘：渔船休渔前安全大检查</p><p>舟山普陀：海洋牧场迎来首批放流</p></div>""",
    body=[
        "近日，椒江区大陈镇“海上枫桥”调解室里，两位船老大握手言和。此前，两艘渔船在作业时发生网具缠绕，双方因损失赔偿争执不下。",
        "调解员陈国平是一名有着30多年出海经验的老渔民，他从网具价值、作业海域等方面逐一核算，最终促成双方达成赔偿协议。“都是靠海吃饭的兄弟，有事坐下来说，比打官司强。”陈国平说。",
        "“海上纠纷有它的特殊性，船在海上，人也在海上，很多事情等不到靠岸再处理。”大陈镇司法所所长介绍，遇到紧急情况，调解员可以通过卫星电话和视频连线，在海上就把矛盾化解掉。",
        "据了解，“海上枫桥”调解室由当地司法所、边防派出所和渔业协会共同设立，聘请老渔民、老船长担任调解员，并通过船载终端开展“海上视频调解”。去年以来，调解室共化解各类渔事纠纷146起，调解成功率达到98%。（浙江卫视记者 林思远 王\u00a0\u00a0蕾）",
    ]))

# vd-23: 宁夏 银川 city news site, old table layout, info bar in a table row with spaces
P.append(dict(
    id="vd-23", kind="media", mode="br",
    title="银川市启动2025年“护苗”专项行动",
    authors=["杨  洋".replace("  ", "")],
    publish_time="2025-5-12 11:03:26",
    css="""body{margin:0;font-size:12px;line-height:22px;font-family:宋体}table{border-collapse:collapse}.top td{background:#b30d0d;color:#fff}
.lm a{color:#fff;padding:0 6px}.t{font-size:20px;font-weight:bold;text-align:center;line-height:36px}.inf td{color:#999;text-align:center}
.nr{font-size:14px;line-height:26px;padding:10px 20px}.bot td{background:#eee;text-align:center}""",
    tpl=f"""<table width="960" align="center" class="top"><tr><td><img alt="银川新闻网" src="{G}"></td><td align="right">2025年5月12日　<a>设为首页</a></td></tr>
<tr><td colspan="2" class="lm"><a>首页</a>|<a>银川新闻</a>|<a>宁夏新闻</a>|<a>社会</a>|<a>民生</a>|<a>文化</a>|<a>图片</a>|<a>银川晚报</a></td></tr></table>
<table width="960" align="center"><tr><td width="680" valign="top">
<table width="100%"><tr><td>当前位置：<a>首页</a> -&gt; <a>银川新闻</a> -&gt; 正文</td></tr>
<tr><td class="t">{{{{TITLE}}}}</td></tr>
<tr class="inf"><td>时间：2025-5-12 11:03:26　　来源：银川晚报　　记者：杨\u00a0\u00a0洋　　点击：</td></tr>
<tr><td class="nr">{{{{BODY}}}}</td></tr>
<tr><td align="right">（编辑：马丽）</td></tr></table></td>
<td width="260" valign="top"><table width="100%"><tr><td><b>图片新闻</b></td></tr><tr><td><img alt="沙湖" src="{G}"><br>沙湖迎来观鸟季</td></tr><tr><td><b>热点排行</b></td></tr><tr><td>1.银川公交新开3条线路<br>2.阅海湾夜市开街</td></tr></table></td></tr></table>
<table width="960" align="center" class="bot"><tr><td>银川新闻网 版权所有　宁ICP备08000417号　本站所刊登的各种新闻﹑信息和各种专题专栏资料，均为银川新闻网版权所有</td></tr></table>""",
    body=[
        "5月11日，记者从银川市“扫黄打非”工作领导小组办公室获悉，我市已于近日启动2025年“护苗”专项行动，集中整治校园周边出版物市场和网络环境，为未成年人健康成长营造良好环境。",
        "专项行动将持续至11月底，重点检查中小学周边书店、文具店、报刊亭和网吧，查处含有淫秽色情、暴力恐怖等有害内容的少儿出版物和“口袋书”，同时清理网络游戏、短视频平台上的不良信息。",
        "同时，文化市场综合执法部门将联合公安、市场监管等部门，对寄递物流渠道开展专项检查，严防非法出版物流入校园周边。对检查中发现的违法违规行为，将依法从严查处，并公开曝光一批典型案例。",
        "此外，各县（市）区还将开展“护苗·绿书签”进校园活动，组织“网络安全课”“正版阅读课”等主题活动不少于200场。",
        "市民发现相关违法违规线索，可拨打举报电话0951-6888301进行举报。",
    ]))

# vd-24: 山西 长治 radio station site, closing byline with two reporters spaced names
P.append(dict(
    id="vd-24", kind="media", mode="p", hmode="strong",
    title="长治市上党区：夏粮“一喷三防”全面铺开",
    authors=["秦晓峰", "郭芳"],
    publish_time="2025年5月15日 14:50",
    css="""body{margin:0;font:16px/1.9 "Microsoft YaHei"}.h{background:#f26a10;color:#fff;padding:14px 6%}.h a{color:#fff;margin-right:14px}
.rd{background:#fff6ef;padding:8px 6%}.w{width:880px;margin:0 auto}.t{font-size:26px;font-weight:bold;text-align:center}.i{color:#999;font-size:14px;text-align:center}
.f{background:#333;color:#aaa;font-size:12px;padding:16px 6%}""",
    tpl=f"""<div class="h"><img alt="长治广播电视台" src="{G}"> <a>首页</a><a>长治新闻</a><a>广播</a><a>电视</a><a>直播长治</a><a>融媒矩阵</a></div>
<div class="rd">正在直播：长治新闻综合广播 FM96.5 <button>收听</button></div>
<div class="w"><p>当前位置：首页 &gt; 长治新闻 &gt; 县区</p>
<div class="t">{{{{TITLE}}}}</div>
<div class="i">长治广播电视台　2025年5月15日 14:50</div>
<p><img alt="播放音频" src="{G}"> 收听本条新闻 03:12</p>
{{{{BODY}}}}
<p>编审：赵一凡</p>
<p>上一条：<a>潞州区老旧小区加装电梯开工</a>　下一条：<a>屯留区举办农民技能大赛</a></p></div>
<div class="f">长治广播电视台版权所有　晋ICP备11001863号-1　信息网络传播视听节目许可证：1403012</div>""",
    body=[
        "眼下，正值小麦抽穗扬花的关键期，长治市上党区抓住有利天气，全面开展小麦“一喷三防”作业，确保夏粮丰产丰收。",
        ("h", "无人机“飞防”效率高"),
        "在上党区荫城镇的麦田里，5架植保无人机往返穿梭，将杀虫剂、杀菌剂和叶面肥的混合药液均匀喷洒在麦苗上。“一架无人机一天能作业300多亩，比人工快几十倍，用药还省。”植保合作社负责人说。",
        ("h", "技术人员包村指导"),
        "上党区农业农村局组织20名农技人员分包到村，指导农户科学配药、适时喷防。今年全区小麦种植面积8.6万亩，计划“一喷三防”全覆盖，目前已完成作业5.2万亩。",
        "“今年小麦长势总体较好，但前期降雨偏多，赤霉病、条锈病发生风险较高。”上党区植保站站长提醒，农户要密切关注天气变化，抓住晴好天气及时喷防，喷药后6小时内遇雨要及时补喷。",
        ("x", "<p>（记者 秦晓峰 郭\u00a0\u00a0芳）</p>"),
    ]))
