# ub-13 .. ub-24: central/provincial/city media, portals, TV/radio sites
PAGES = []
A = PAGES.append
F = '<div class="ft">{}</div>'

A(dict(id="ub-13", kind="media", lang="zh", title="南京地铁5号线南段开通初期运营",
 authors=["孙  琳".replace(" ",""), "许晓东"], publish_time="2025-01-18 07:32",
 css=".h1{font-size:28px}.tag{color:#b00}",
 pre="""<div><a href="#">南报网</a> <a href="#">新闻</a> <a href="#">政务</a> <a href="#">视频</a> <a href="#">数字报</a> <input placeholder="搜索新闻"></div>
<p>南报网 &gt; 南京 &gt; 城建</p><h1 class="h1">南京地铁5号线南段开通初期运营</h1>
<p>2025-01-18 07:32　来源：南京日报　<span class="tag">原创</span></p>""",
 body=[("p","本报讯（记者 孙  琳 许晓东）1月17日上午10时，南京地铁5号线南段正式开通初期运营。至此，5号线实现全线贯通，南京地铁运营里程达到约500公里。"),
  ("p","5号线南段从吉印大道站至文鼎广场站，全长约11.3公里，设车站8座。线路串联起江宁区多个居住片区和产业园区，开通后从秣陵街道到新街口的通勤时间缩短约20分钟。"),
  ("p","“以前上班要换乘两次公交，现在家门口就能坐地铁，太方便了。”家住吉印大道附近的市民王先生说。"),
  ("p","南京地铁运营公司相关负责人介绍，开通初期，5号线工作日高峰最小行车间隔为5分钟，首末班车时间为6:00和23:00，各站均设置无障碍电梯和母婴室。")],
 post="""<p>编辑：朱彤</p><div>相关阅读：<a href="#">南京地铁新线建设最新进展</a> <a href="#">春运南京地铁延长运营</a></div>
<div class="ft">南京日报社 版权所有 苏ICP备0500XXXX号 互联网新闻信息服务许可证：3212006XXX</div>"""))

A(dict(id="ub-14", kind="media", lang="zh", title="滇池水质连续三年保持Ⅳ类",
 authors=["杨  燕".replace(" ","")], publish_time="2024年12月30日 10:05",
 css=".yn{max-width:900px}",
 pre="""<div class="yn"><div>云南网 | <a href="#">首页</a> <a href="#">云南</a> <a href="#">昆明</a> <a href="#">国内</a> <a href="#">财经</a> <a href="#">图片</a></div>
<div>云南网首页 &gt; 昆明频道 &gt; 正文</div>
<h1>滇池水质连续三年保持Ⅳ类</h1>
<div>2024年12月30日 10:05　来源：云南日报　作者：杨  燕　<a href="#">手机看新闻</a></div>""",
 body=[("p","12月29日，记者从昆明市滇池管理局获悉，2024年滇池外海水质类别为Ⅳ类，草海水质类别为Ⅳ类，全湖水质连续三年保持Ⅳ类，为1988年有监测记录以来最好水平。"),
  ("p","今年以来，昆明持续推进入湖河道综合整治，完成35条主要入湖河道“一河一策”治理，新建截污管网86公里，实施滇池湖滨生态带修复1200亩。"),
  ("h","水鸟种类明显增多"),
  ("p","随着水质改善，滇池周边鸟类种类由2020年的138种增加到目前的160余种，红嘴鸥、骨顶鸡、紫水鸡等在湖滨栖息觅食，吸引大量市民前来观赏。"),
  ("img","海埂大坝边的红嘴鸥","海埂大坝边的红嘴鸥。 云南日报记者 李秋明 摄")],
 post="""<p>[责任编辑：陈彦]</p><div>【<a href="#">打印</a>】【<a href="#">关闭</a>】</div><div>版权所有 云南网 滇ICP备0800XXXX号</div></div>"""))

A(dict(id="ub-15", kind="media", lang="zh", title="银川至昆明高铁宁夏段建设全面提速",
 authors=["马  骏".replace(" ",""), "李锦"], publish_time="2024-08-14 18:22:41",
 css=".pg{width:1200px}",
 pre="""<div class="pg"><div><img src="" alt="宁夏新闻网"> <a href="#">宁夏日报</a> <a href="#">新消息报</a> <a href="#">宁夏法治报</a></div>
<div><a href="#">首页</a> <a href="#">时政</a> <a href="#">经济</a> <a href="#">社会</a> <a href="#">评论</a></div>
<div>首页 &gt;&gt; 经济 &gt;&gt; 正文</div><h1>银川至昆明高铁宁夏段建设全面提速</h1>
<div>宁夏新闻网　2024-08-14 18:22:41　<a href="#">我要评论</a></div>""",
 ptag="u3000",
 body=[("p","宁夏新闻网讯（记者 马  骏 李锦）8月13日，记者在银昆高铁宁夏段施工现场看到，各标段正加紧推进路基、桥梁和隧道施工，工地上机械轰鸣、一派繁忙。"),
  ("p","银昆高铁宁夏段全长约212公里，设计时速250公里。目前已完成全线桥梁桩基施工的93%，六盘山隧道进洞施工累计掘进4.6公里。"),
  ("p","“我们实行24小时三班倒作业，力争年底前完成主体工程的70%。”中铁某局项目负责人说。"),
  ("p","项目建成后，银川至西安、成都、昆明等方向的出行时间将大幅缩短，对推动宁夏融入全国高铁网具有重要意义。")],
 post="""<p>编辑：丁佳　校对：吴倩</p><div>相关新闻</div><div>宁夏日报报业集团 主办 宁ICP备0600XXXX号</div></div>"""))

A(dict(id="ub-16", kind="media", lang="zh", title="山城步道串起老重庆的烟火气",
 authors=["张  晨".replace(" ","")], publish_time="2025.04.02",
 css=".app{max-width:640px;margin:auto}.au{color:#777}",
 pre="""<div class="app"><div><img src="" alt="上游新闻"> <a href="#">打开APP</a></div>
<h1>山城步道串起老重庆的烟火气</h1><div class="au">上游新闻·重庆晨报记者 张  晨</div><div class="au">2025.04.02</div>""",
 body=[("p","从十八梯到白象街，从山城巷到金刚坡，一条条依山而建的步道，正在成为市民和游客感受老重庆的新去处。"),
  ("p","重庆主城现已建成山城步道120余条、总长约600公里。今年清明假期前后，多条步道迎来游览高峰，山城巷步道日均接待游客超过2万人次。"),
  ("p","“走在步道上，一边是老房子，一边是江景，很有重庆味道。”来自成都的游客刘女士说。"),
  ("p","市住房城乡建委相关负责人表示，今年将新建和提升山城步道30条，并完善沿线公厕、休憩座椅和导视标识。")],
 post="""<div>打开上游新闻APP，阅读体验更佳</div><div>热门推荐 <a href="#">重庆这些地方樱花开了</a></div><div>重庆日报报业集团 版权所有</div></div>"""))

A(dict(id="ub-17", kind="media", lang="en", title="Jiangsu factories ramp up output as export orders rebound",
 authors=["Wang Yiming"], publish_time="2025-03-21 09:14",
 css="body{font-family:Georgia}.byl{font-size:13px}",
 pre="""<div><a href="#">HOME</a> <a href="#">CHINA</a> <a href="#">WORLD</a> <a href="#">BUSINESS</a> <a href="#">CULTURE</a> <a href="#">中文</a></div>
<p>Home / Business / Economy</p><h1>Jiangsu factories ramp up output as export orders rebound</h1>
<p class="byl">By Wang Yiming in Suzhou | chinadaily.com.cn | Updated: 2025-03-21 09:14</p>""",
 body=[("p","Manufacturers in East China's Jiangsu province are running production lines at full capacity as overseas orders rebound in the first quarter, local officials and business owners said."),
  ("p","Exports from the province rose 8.6 percent year-on-year in the first two months, according to Nanjing Customs. Electronics, new energy vehicles and lithium batteries led the growth."),
  ("p","\"Our order books are full until June,\" said Chen Hao, general manager of a Suzhou-based maker of industrial robots. \"Customers from Southeast Asia and the Middle East are placing larger orders than last year.\""),
  ("p","Analysts said the rebound reflects both stronger demand and efforts by local firms to diversify markets. The province plans to hold more than 50 overseas trade fairs this year.")],
 post="""<div>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div><div>Related: <a href="#">Suzhou industrial park attracts new investment</a></div><div>Copyright 1995 - 2025. All rights reserved.</div>"""))

A(dict(id="ub-18", kind="media", lang="en", title="Yunnan opens new cross-border freight route to Laos",
 authors=[], publish_time="March 6, 2025",
 css=".w{max-width:980px}",
 pre="""<div class="w"><div>YUNNAN GATEWAY <a href="#">News</a> <a href="#">Travel</a> <a href="#">Business</a> <a href="#">Culture</a></div>
<h1>Yunnan opens new cross-border freight route to Laos</h1><p>Source: Xinhua | March 6, 2025</p>""",
 body=[("p","KUNMING, March 5 (Xinhua) -- A new freight train service linking Kunming with the Lao capital Vientiane began operation on Wednesday, cutting transport time for fresh produce to about 26 hours."),
  ("p","The refrigerated service will run three times a week and carry fruit, vegetables and flowers, according to China Railway Kunming Group."),
  ("p","Since the China-Laos Railway opened in December 2021, it has handled more than 50 million tonnes of cargo, covering over 3,000 types of goods."),
  ("p","Local authorities said the new service will help farmers in both countries reach wider markets.")],
 post="""<p>Editor: Li Na</p><div>Most read <a href="#">Spring flowers bloom in Luoping</a></div><div>Copyright Yunnan Gateway. All rights reserved.</div></div>"""))

A(dict(id="ub-19", kind="media", lang="zh", title="江苏：今年将新增城镇就业120万人以上",
 authors=["顾敏"], publish_time="2025-02-10 21:03",
 css=".tv{background:#000;color:#fff}",
 pre="""<div class="tv">荔枝网 <a href="#">直播</a> <a href="#">点播</a> <a href="#">江苏卫视</a> <a href="#">新闻频道</a></div>
<h2>江苏：今年将新增城镇就业120万人以上</h2><p>荔枝新闻　2025-02-10 21:03</p><p><img src="" alt="视频封面"> 播放视频</p>""",
 body=[("p","2月10日，江苏省人力资源和社会保障厅召开新闻发布会，介绍2025年就业工作安排。今年全省将确保新增城镇就业120万人以上，城镇调查失业率控制在5.5%以内。"),
  ("p","围绕高校毕业生等重点群体，江苏将开发不少于8万个见习岗位，并开展“百日千万”网络招聘专项行动。对吸纳登记失业人员的小微企业，给予一次性扩岗补助。"),
  ("x","<p>（荔枝新闻记者 顾敏）</p>")],
 post="""<p>编辑：吴晓静</p><div>下载荔枝新闻客户端</div><div>江苏省广播电视总台 版权所有 苏ICP备0502XXXX号 信息网络传播视听节目许可证：1008XXX</div>"""))

A(dict(id="ub-20", kind="media", lang="zh", title="宁夏首条“戈壁光伏+治沙”示范带建成",
 authors=["李  娜".replace(" ",""), "何  苗".replace(" ","")], publish_time="2024-11-26",
 css="td{font-size:14px}",
 pre="""<table width="1000"><tr><td><img src="" alt="宁夏广播电视台"></td><td><a href="#">宁夏卫视</a> <a href="#">公共频道</a> <a href="#">交通广播</a></td></tr></table>
<table width="1000"><tr><td>当前位置：<a href="#">首页</a> &gt; <a href="#">宁夏新闻</a></td></tr>
<tr><td align="center"><h2>宁夏首条“戈壁光伏+治沙”示范带建成</h2></td></tr>
<tr><td align="center">发布时间：2024-11-26　来源：宁夏广播电视台</td></tr></table>""",
 body=[("p","【导语】在中卫市腾格里沙漠边缘，一排排光伏板整齐排列，板下种植的沙蒿、柠条已经长出新绿。全区首条“戈壁光伏+治沙”示范带日前建成。"),
  ("p","【正文】这条示范带长约18公里，装机容量100万千瓦，年发电量约18亿千瓦时。项目采用“板上发电、板下种草、板间养殖”模式，治理沙化土地4.5万亩。"),
  ("p","项目负责人介绍，光伏板能减少地表水分蒸发，为植物生长创造条件，同时为当地群众提供了600多个就业岗位。"),
  ("x","<p>宁夏广播电视台记者 李  娜 何  苗 报道</p>")],
 post="""<p>责任编辑：冯瑞</p><table width="1000"><tr><td>宁夏广播电视台版权所有 宁ICP备0500XXXX号</td></tr></table>"""))

A(dict(id="ub-21", kind="media", lang="zh", title="重庆一季度外贸进出口同比增长9.2%",
 authors=[], publish_time="2025-04-18 15:47:20",
 css=".portal{display:flex}",
 pre="""<div>华龙网 <a href="#">首页</a> <a href="#">新闻</a> <a href="#">区县</a> <a href="#">财经</a> <a href="#">教育</a> <a href="#">健康</a></div>
<div>华龙网 &gt; 新闻 &gt; 财经</div><h1>重庆一季度外贸进出口同比增长9.2%</h1>
<div>2025-04-18 15:47:20 来源：华龙网 <a href="#">分享</a></div>""",
 body=[("p","华龙网4月18日15时47分讯 今日，记者从重庆海关获悉，今年一季度重庆外贸进出口总值1820亿元，同比增长9.2%，增速高于全国平均水平。"),
  ("p","其中，出口1196亿元，增长11.4%；进口624亿元，增长5.3%。笔记本电脑、汽车及零部件出口保持较快增长，对东盟、中亚进出口增势明显。"),
  ("table",[["指标","金额（亿元）","同比"],["进出口","1820","9.2%"],["出口","1196","11.4%"],["进口","624","5.3%"]]),
  ("p","重庆海关相关负责人表示，西部陆海新通道等物流通道持续拓展，为外贸增长提供了有力支撑。")],
 post="""<p>【编辑：周润】</p><div>猜你喜欢 <a href="#">重庆中欧班列开行量创新高</a></div><div>华龙网版权所有 渝ICP备0700XXXX号</div>"""))

A(dict(id="ub-22", kind="media", lang="zh", title="昭通苹果开启线上“丰收季”",
 authors=["普  梅".replace(" ",""), "阿衣·吉子"], publish_time="2024年10月12日",
 css=".a{}",
 pre="""<div>昭通新闻网 <a href="#">昭通日报</a> <a href="#">乌蒙新报</a> <a href="#">昭通电视台</a></div><p>首页 - 本地新闻</p>
<h2>昭通苹果开启线上“丰收季”</h2><p>发布日期：2024年10月12日　信息来源：昭通日报</p><p>记者 普  梅　通讯员 阿衣·吉子</p>""",
 body=[("p","10月11日，昭阳区苏家院镇的苹果园里，主播们架起手机，一边采摘一边直播，向全国网友推介昭通苹果。"),
  ("p","今年昭通苹果种植面积达84万亩，预计产量120万吨。全市培育电商主播300余名，上线苹果店铺1500余家，国庆以来线上销售苹果超过2万吨。"),
  ("p","“直播一场能卖出2000多单，比以前守在路边卖强多了。”果农刘德顺说。")],
 post="""<p>编辑：陈雪　审核：罗华</p><div>版权所有 昭通日报社 滇ICP备1000XXXX号</div>"""))

A(dict(id="ub-23", kind="media", lang="zh", title="苏州工业园区发布人工智能产业新政",
 authors=["姚  远".replace(" ","")], publish_time="2025-05-08 12:00",
 css=".news{width:700px}",
 pre="""<div>看苏州 <a href="#">首页</a> <a href="#">直播</a> <a href="#">苏州台</a></div>
<div class="news"><h1>苏州工业园区发布人工智能产业新政</h1><div><span>看苏州</span> <span>2025-05-08 12:00</span></div>""",
 body=[("p","5月7日，苏州工业园区发布《关于加快人工智能产业创新发展的若干措施》，从算力补贴、场景开放、人才引育等方面推出20条支持举措。"),
  ("p","根据新政，园区将每年发放不超过1亿元的算力券，对企业购买智能算力服务给予最高30%的补贴；对新认定的人工智能领军人才，给予最高500万元项目资助。"),
  ("p","目前，园区集聚人工智能企业1500余家，2024年产业规模突破800亿元。"),
  ("x","<p>苏州市广播电视总台记者　姚  远</p>")],
 post="""<div>责编：施佳</div></div><div>苏州市广播电视总台版权所有</div>"""))

A(dict(id="ub-24", kind="media", lang="zh", title="红河哈尼梯田迎来开秧门",
 authors=["杨丽华"], publish_time="2025-04-06 19:20",
 css=".card{border:1px solid #eee}",
 pre="""<div>七彩云端 <a href="#">下载客户端</a></div><div class="card"><h1>红河哈尼梯田迎来开秧门</h1>
<p>七彩云端 | 2025-04-06 19:20</p><p>作者 | 杨丽华</p>""",
 body=[("p","4月5日，元阳县新街镇箐口村举行2025年哈尼梯田开秧门活动。身着民族服装的哈尼族群众唱起栽秧调，走进梯田插下第一把秧苗。"),
  ("p","开秧门是哈尼族传统农耕节庆，标志着梯田春耕生产全面开始。今年元阳县梯田水稻种植面积约12万亩，推广“稻鱼鸭”综合种养模式4万亩。"),
  ("p","活动吸引了众多游客前来观赏。“第一次看到这么壮观的梯田插秧场面，太震撼了。”来自上海的游客陈女士说。")],
 post="""<p>审核：李明　编辑：张雯</p><div>云南广播电视台 版权所有</div></div>"""))
