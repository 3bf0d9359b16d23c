from lib import *
K = "media"

def uu13():
    b = [("p","新华社南昌3月24日电（记者 邬慧敏　黄泽宇）记者从江西省林业局获悉，截至2024年底，江西森林覆盖率稳定在63.35%，全省累计建成国家森林城市11个，数量居全国前列。"),
         ("p","数据显示，2024年江西完成人工造林和退化林修复面积182万亩，新增省级森林乡村460个，城市建成区绿化覆盖率达到45.8%。"),
         ("p","近年来，江西深入推进林长制，建立省、市、县、乡、村五级林长体系，设立各级林长4.2万余名。全省持续开展低产低效林改造，2024年完成改造提升面积210万亩。"),
         ("p","与此同时，江西积极探索生态产品价值实现路径。资溪、婺源等地推出林业碳汇交易、“林权贷”等创新举措，全省林权抵押贷款余额超过300亿元，带动林农增收。"),
         ("p","江西省林业局有关负责人表示，下一步将加快建设国家生态文明试验区，推动林下经济、森林康养等产业发展，让绿水青山持续释放生态红利。")]
    body = f'''<div class="xh-top"><a href="#">新华网</a><a href="#">新华社客户端</a><a href="#">English</a><a href="#">登录</a></div>
{nav(["首页","时政","国际","财经","地方","科技","健康"],"channel")}
<div class="head"><div class="pos"><a href="#">新华网</a> &gt; <a href="#">地方</a> &gt; 正文</div>
<h1><span class="title">江西森林覆盖率稳定在63.35%</span></h1>
<div class="header-time"><span class="time">2025-03-24 16:38:52</span></div>
<div class="source">来源：新华网</div></div>
<div id="detail">{render_body(b)}</div>
<div class="editor">【责任编辑:曹  阳】</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="more"><h4>推荐阅读</h4>{ul(["江西：油茶产业助力乡村振兴","庐山西海：湿地候鸟迎来“北归潮”","鄱阳湖水位回升 生态补水效果显现"])}</div>
<div class="foot">Copyright © 2000-2025 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有　新华网股份有限公司</div>'''
    css = ".header-time span{margin-right:6px}#detail{width:700px}.foot{text-align:center;color:#999}"
    page("uu-13",K,"zh","江西森林覆盖率稳定在63.35%",["邬慧敏","黄泽宇"],"2025-03-24 16:38:52",b,"江西森林覆盖率稳定在63.35%-新华网",css,body)

def uu14():
    b = [("p","CHENGDU, Sept. 12 -- Sichuan province will build 1,000 new charging stations along its expressways by the end of 2026, the provincial development and reform commission said on Thursday."),
         ("p","The plan targets mountainous routes in western Sichuan, where drivers of electric vehicles have long complained about \"range anxiety\" on long trips to Garze and Aba prefectures."),
         ("p","\"Every service area on the main expressway network will have fast chargers within two years,\" said Liu Changjiang, an official with the commission."),
         ("p","By the end of August, Sichuan had about 1.32 million new energy vehicles, up 38 percent year-on-year. The province, rich in hydropower, has also encouraged battery makers to set up factories in Yibin and Suining."),
         ("p","Analysts said the expansion would help tourism in the province's western highlands, which received 41 million visits last year.")]
    body = f'''<div class="masthead"><b>ChinaDaily.com.cn</b> <a href="#">中文</a> <a href="#">Global Edition</a> <a href="#">Subscribe</a></div>
{nav(["HOME","CHINA","WORLD","BUSINESS","LIFESTYLE","CULTURE","TRAVEL","SPORTS","OPINION","REGIONAL"])}
<div class="crumb"><a href="#">Home</a> / <a href="#">China</a> / <a href="#">Society</a></div>
<h1>Sichuan to add 1,000 expressway charging stations</h1>
<div class="info"><span class="info_l">By HUANG ZHILING in Chengdu | chinadaily.com.cn | Updated: 2024-09-12 17:05</span></div>
<div class="share"><a href="#">Share</a> <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Mail</a></div>
<figure><img alt="" src="{GIF}" width="1" height="1"><figcaption>An electric car charges at a service area in Ya'an, Sichuan province, on Aug 30. [Photo by Wang Xi/For China Daily]</figcaption></figure>
<div id="Content">{render_body(b)}</div>
<div class="rel"><h3>Related Stories</h3>{ul(["Chengdu's night economy lights up summer","Pandas return to Wolong after upgrade","Sichuan hydropower output hits record"])}</div>
<div class="ft"><p>Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</p><p>京ICP备13028878号-6</p></div>'''
    css = "h1{font-family:serif}.info_l{color:#999}#Content{width:680px}"
    page("uu-14",K,"en","Sichuan to add 1,000 expressway charging stations",["HUANG ZHILING"],"2024-09-12 17:05",b,"Sichuan to add 1,000 expressway charging stations - Chinadaily.com.cn",css,body)

def uu15():
    b = [("p","本报讯（记者 刘思远）“以前跑三个窗口、交五份材料，现在手机上十分钟就办完了。”近日，在长春新区政务服务中心，市民张女士通过“吉事办”小程序办理了个体工商户注册。"),
         ("p","记者从长春市政务服务和数字化建设管理局了解到，今年以来，长春市聚焦企业和群众办事高频事项，推出“高效办成一件事”重点事项36个，平均减少办事环节62%、减少申请材料55%。"),
         ("h","“一窗受理”让群众少跑腿"),
         ("p","全市各级政务服务中心全面推行“前台综合受理、后台分类审批、统一窗口出件”模式，综合窗口占比达到85%以上。在朝阳区政务服务中心，不动产登记、水电气过户实现“一窗联办”，最快当天办结。"),
         ("h","“免证办”让数据多跑路"),
         ("p","长春市已归集电子证照1.2亿余条，涉及身份证、营业执照等高频证照127类。群众办事时，工作人员通过共享平台即可调取，1800余个事项实现“免证办”。")]
    body = f'''<div class="cc-top"><a href="#">中国吉林网</a> <a href="#">长春新闻网</a> <a href="#">掌上长春</a></div>
<div class="cc-logo">长春新闻网 <small>www.changchunews.cn</small></div>
{nav(["首页","长春要闻","民生","区县","图片","视频","评论"])}
<div class="now">你的位置：<a href="#">首页</a>-<a href="#">长春要闻</a></div>
<div class="zhuti"><h1>“高效办成一件事”让长春市民办事更省心</h1>
<h3 class="fu">全市推出重点事项36个 平均减少办事环节62%</h3>
<div class="xinxi">2024-08-20 07:12:40&nbsp;&nbsp;来源：长春日报&nbsp;&nbsp;作者：刘思远</div>
{render_body(b)}
<div class="bj">编辑：王琳琳</div>
<div class="share">{qr("扫码关注长春发布")}</div></div>
<div class="hot"><h4>热点推荐</h4>{ul(["长春地铁6号线首列车下线","南湖公园荷花进入最佳观赏期","长春市中小学秋季开学时间确定"])}</div>
<div class="ft">长春新闻网版权所有　未经书面授权禁止转载　吉ICP备12004372号　互联网新闻信息服务许可证：22120170008</div>'''
    css = ".zhuti{width:800px}.fu{color:#555}.xinxi{color:#888;border-bottom:1px solid #ddd}"
    page("uu-15",K,"zh","“高效办成一件事”让长春市民办事更省心",["刘思远"],"2024-08-20 07:12:40",b,"“高效办成一件事”让长春市民办事更省心_长春新闻网",css,body)

def uu16():
    b = [("p","北京日报客户端讯（记者 潘  福）昨天，西城区什刹海地区的烟袋斜街完成“微更新”，重新向游客开放。这条不足300米的胡同，改造后新增了口袋公园2处、休憩座椅36个，沿街商户牌匾也统一按照传统风貌进行了调整。"),
         ("p","记者在现场看到，胡同两侧新铺了透水砖，原来凌乱的电线已经入地，几处院墙上绘制了反映老北京生活场景的墙画，吸引不少游客驻足拍照。"),
         ("p","“改造没有大拆大建，而是一店一策、一院一策。”什刹海街道城市管理办公室负责人介绍，此次更新累计拆除违规外摆和空调外机支架140余处，对12处老旧院门进行了修缮。"),
         ("img","烟袋斜街改造后街景","烟袋斜街改造后，游客在胡同中漫步。记者 白继开/摄"),
         ("p","老字号商户也感受到了变化。经营烟具店三十多年的李师傅说：“街面干净了，招牌统一了，来拍照的年轻人明显多了。”"),
         ("p","据悉，什刹海地区今年还将对白米斜街、大金丝胡同等7条胡同开展环境提升，让老街区既留住“老味道”，又焕发新活力。")]
    body = f'''<div class="app-banner"><span>北京日报客户端</span><a href="#">打开APP</a></div>
<div class="article-box"><div class="channel">北京</div>
<h1>烟袋斜街完成“微更新”重新开放</h1>
<div class="meta"><span class="name">北京日报客户端</span><span class="t">2025-06-09 06:55</span></div>
<div class="sub">记者 潘福</div>
<div class="ctn">{render_body(b)}</div>
<div class="zb">编辑：刘  畅　流程编辑：王雪</div>
<div class="fx">{qr("长按识别二维码，下载北京日报客户端")}</div>
<div class="like"><a href="#">点赞 128</a> <a href="#">评论</a> <a href="#">分享</a></div>
<div class="hot"><h4>相关推荐</h4>{ul(["北海公园荷花盛开 最佳观赏期持续至8月","北京中轴线申遗成功一周年：保护与利用并进","鼓楼西大街慢行系统改造完工"])}</div>
<div class="dl">下载北京日报客户端，看更多北京新闻</div></div>'''
    css = "body{max-width:640px;margin:auto}.meta span{margin-right:8px;color:#999}.app-banner{background:#d22;color:#fff}"
    page("uu-16",K,"zh","烟袋斜街完成“微更新”重新开放",["潘福"],"2025-06-09 06:55",b,"烟袋斜街完成“微更新”重新开放",css,body)

def uu17():
    b = [("p","四川观察消息　7月15日晚，受强降雨影响，雅安市宝兴县部分乡镇出现山洪灾害，当地第一时间转移群众1270余人，目前暂无人员伤亡报告。"),
         ("p","记者在穆坪镇临时安置点看到，转移群众被安置在镇中心小学教室内，工作人员正在分发矿泉水、方便面和棉被。镇卫生院医护人员对老人、儿童逐一测量体温血压。"),
         ("p","“半夜两点，村干部挨家挨户敲门，喊我们赶紧往高处走。”陇东镇村民杨秀英说，她家房后的沟渠水位在一个小时内涨了近两米。"),
         ("p","宝兴县防汛抗旱指挥部已启动防汛Ⅲ级应急响应，调派救援力量420人、大型机械31台，全力抢通受损道路。截至16日12时，国道351线宝兴段已恢复单向通行。"),
         ("p","四川省气象台预计，未来三天雅安、乐山等地仍有大到暴雨，请公众注意防范。"),
         ("x","四川观察记者 何  川　邓佳琪　剪辑 周宇","by")]
    body = f'''<div class="tv-top"><b>四川广播电视台</b> <a href="#">四川卫视</a> <a href="#">四川观察</a> <a href="#">熊猫听听</a> <a href="#">直播</a></div>
{nav(["首页","新闻","直播","点播","节目","专题"])}
<div class="video"><img alt="视频加载中" src="{GIF}" width="1" height="1"><p>00:00 / 02:46</p></div>
<h1>宝兴突发山洪 1270余名群众连夜转移</h1>
<div class="vinfo">发布时间：2024-07-16 13:20 | 来源：四川观察 | 播放量：5.2万</div>
<div class="desc">{render_body(b)}</div>
<div class="tags">标签：<a href="#">防汛</a> <a href="#">雅安</a> <a href="#">宝兴</a></div>
<div class="list"><h4>正在热播</h4>{ul(["[四川新闻联播] 全省防汛工作视频调度会召开","乐山大佛景区临时闭园","成都平原今夏首场暴雨来袭"])}</div>
<div class="ft">四川广播电视台 版权所有　川ICP备05003327号-1　信息网络传播视听节目许可证：2308224</div>'''
    css = ".video{background:#000;color:#fff;height:120px}.by{color:#666}"
    page("uu-17",K,"zh","宝兴突发山洪 1270余名群众连夜转移",["何川","邓佳琪"],"2024-07-16 13:20",b,"宝兴突发山洪 1270余名群众连夜转移_四川观察",css,body)

def uu18():
    b = [("p","近日，吉林市船营区一居民小区因物业费上涨引发争议。记者调查发现，物业公司虽召开了业主大会，但参与表决的业主人数和所占面积均未达到法定比例。"),
         ("p","记者采访了十余名业主，多数人表示并未收到表决通知。“物业费一平方米从1.2元涨到1.8元，我们连听证会都不知道。”业主孙女士说。"),
         ("p","根据民法典第二百七十八条规定，调整物业费属于业主共同决定事项，应当由专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决业主双过半同意。"),
         ("p","吉林市住建局物业科工作人员表示，已责成物业公司暂停执行新标准，由街道社区指导重新组织表决。"),
         ("p","律师提醒，业主对物业服务不满意时，应通过业主委员会依法协商，不宜以拒交物业费方式维权，以免承担违约责任。"),
         ("x","江城晚报记者 韩  冰 实习生 杜晓萌","by")]
    body = f'''<table width="1000" align="center"><tr><td><b>江城日报社 · 吉林新闻网</b></td><td align="right">2024年10月22日 星期二 | <a href="#">设为首页</a></td></tr></table>
<table width="1000" align="center" bgcolor="#0b4f9c"><tr><td><a href="#">首页</a></td><td><a href="#">时政</a></td><td><a href="#">社会</a></td><td><a href="#">民生热线</a></td><td><a href="#">法治</a></td><td><a href="#">图片</a></td></tr></table>
<table width="1000" align="center"><tr><td width="680" valign="top">
<div class="l">吉林新闻网 &gt;&gt; 民生热线 &gt;&gt; 正文</div>
<h2 align="center">物业费说涨就涨？业主表决须“双过半”</h2>
<p align="center" class="g">2024-10-22 08:31　来源：江城晚报　【<a href="#">字号 大 中 小</a>】</p>
{render_body(b)}
<p>【责任编辑：于静】</p></td>
<td width="300" valign="top"><b>图片新闻</b>{ul(["松花江畔雾凇初现","北山公园红叶正当时"])}<b>排行榜</b>{ul(["吉林市供热时间确定","市区部分路段施工绕行提示","吉林市公交新开3条线路"])}</td></tr></table>
<table width="1000" align="center"><tr><td align="center">关于我们 | 广告服务 | 联系方式<br>吉林新闻网版权所有　吉ICP备06001523号</td></tr></table>'''
    css = "body{font-size:14px}.g{color:#888}"
    page("uu-18",K,"zh","物业费说涨就涨？业主表决须“双过半”",["韩冰","杜晓萌"],"2024-10-22 08:31",b,"物业费说涨就涨？业主表决须“双过半”--吉林新闻网",css,body)

def uu19():
    b = [("p","BEIJING -- Beijing's Daxing International Airport handled 1.86 million passenger trips during the five-day May Day holiday, a record for the period, according to the airport's operator."),
         ("p","International and regional flights accounted for nearly 18 percent of traffic, as visa-free transit policies drew more travelers from Europe and Southeast Asia."),
         ("p","The airport added self-service check-in kiosks with foreign-language menus and extended the opening hours of its currency exchange counters to cope with the rush."),
         ("p","Officials said the airport expects to serve more than 50 million passengers this year, approaching its designed annual capacity of 72 million by 2030."),
         ("p","Source: Xinhua")]
    body = f'''<header><b>CGTN</b> <a href="#">LIVE</a> <a href="#">Search</a></header>
{nav(["Home","China","World","Business","Tech &amp; Sci","Travel","Opinions","Video"])}
<main><div class="cat">China</div><h1>Beijing Daxing airport sees record May Day passenger flow</h1>
<div class="byline"><span>Updated 21:14, 06-May-2025</span> <span>CGTN</span></div>
<figure><img alt="" src="{GIF}" width="1" height="1"><figcaption>Passengers at Beijing Daxing International Airport, May 1, 2025. /CFP</figcaption></figure>
<div class="text">{render_body(b[:-1])}<p class="src">{b[-1][1]}</p></div>
<div class="tags">Beijing · Aviation · Tourism</div>
<aside><h4>Read More</h4>{ul(["China's visa-free policy boosts inbound travel","Chengdu Tianfu airport opens new route to Budapest"])}</aside></main>
<footer>Copyright © 2025 CGTN. All rights reserved. 京ICP备16065708号-1</footer>'''
    css = "main{max-width:760px;margin:auto}.byline span{color:#888}"
    b = b[:-1]
    page("uu-19",K,"en","Beijing Daxing airport sees record May Day passenger flow",[],"21:14, 06-May-2025",b,"Beijing Daxing airport sees record May Day passenger flow - CGTN",css,body)

def uu20():
    b = [("p","中国江西网讯 记者刘  璐 通讯员万晓峰报道：5月18日，“景德镇国际陶瓷博览会·春季集市”在陶溪川文创街区开幕，来自全国各地的1200余名青年陶瓷创客带来手作器物、文创产品数万件。"),
         ("p","记者在现场看到，集市分为手作器物区、青年设计区、国际创客区等多个板块，不少摊主现场拉坯、彩绘，游客还可以亲手体验制陶。"),
         ("p","开市首日，街区客流量突破6万人次。在“乐天陶社”摊位前，90后创客陈一鸣的青花小杯刚摆上就被抢购一空。“三年前辞职来景德镇，现在工作室已经有了5名员工。”他说。"),
         ("p","景德镇市文化广电新闻出版旅游局相关负责人介绍，目前在景德镇创业的“景漂”已超过6万人，其中外籍“洋景漂”5000余人。市里出台房租补贴、创业贷款贴息等政策，今年已新建青年创客工坊4处。"),
         ("p","本次春季集市将持续至5月25日，期间还将举办柴窑开窑、陶瓷技艺展演等活动。")]
    body = f'''<div class="jx-top">中国江西网 <a href="#">江西日报</a> <a href="#">江西手机报</a> <a href="#">今视频</a></div>
{nav(["首页","江西新闻","时政","社会","财经","文旅","市县"])}
<div class="loc">首页 &gt; 江西新闻 &gt; 市县</div>
<div class="news"><h1>“景漂”创客扎堆 陶瓷春集首日迎客6万人次</h1>
<div class="ll"><span>2024-05-19 10:25:06</span>　<span>来源：中国江西网</span>　<span>编辑：钟华</span>　<a href="#">作者：刘璐</a></div>
{render_body(b,"indent")}
<div class="zz">【来源：中国江西网】【编辑：钟华】【审核：熊庆】</div>
<div class="pp">上一篇：<a href="#">婺源篁岭晒秋文化节将于9月开幕</a>　下一篇：<a href="#">南昌地铁4号线二期开工</a></div></div>
<div class="ft">主办：江西日报社　中国江西网版权所有　赣ICP备05004397号　增值电信业务经营许可证：赣B2-20050023</div>'''
    css = ".news{width:900px;margin:auto}.ll span{color:#999}"
    page("uu-20",K,"zh","“景漂”创客扎堆 陶瓷春集首日迎客6万人次",["刘璐","万晓峰"],"2024-05-19 10:25:06",b,"“景漂”创客扎堆 陶瓷春集首日迎客6万人次-中国江西网",css,body)

def uu21():
    b = [("p","成都商报-红星新闻记者 林  淼"),
         ]
    b = [("p","“每天早上八点，我们准时在这里等‘流动超市’。”家住成都市郫都区唐昌街道战旗村的黄大爷，指着村口一辆印着蓝色标志的厢式货车说。"),
         ("p","记者跟车采访时看到，车辆刚一停稳，十多位村民就围了上来。工作人员一边称菜、扫码收款，一边帮老人把米面搬到电动三轮车上。"),
         ("p","这辆车是郫都区供销社今年开通的“乡村流动服务车”，每周二、四、六定点停靠12个偏远村社，车上除了米面粮油、日用百货，还能代收快递、代缴水电费。"),
         ("h","一辆车带动一条链"),
         ("p","据郫都区供销社负责人介绍，服务车采用“中心仓+村级服务点”模式，商品价格与城区超市基本持平。开通半年来，累计服务村民4.6万人次，代收快递1.9万件。"),
         ("h","让老人少跑腿"),
         ("p","“年纪大了，进城买东西要转两趟公交，现在方便多了。”78岁的村民周淑珍说。红星新闻记者了解到，下一步郫都区计划再增加3辆服务车，覆盖全区所有涉农社区。")]
    body = f'''<div class="hx-nav"><b>红星新闻</b><a href="#">首页</a><a href="#">天府</a><a href="#">深度</a><a href="#">视频</a><a href="#">下载APP</a></div>
<div class="wrap"><h1>村口来了“流动超市” 郫都12个村社老人不出村就能购物</h1>
<div class="au"><img alt="红星新闻" src="{GIF}" width="1" height="1"><span>红星新闻</span><span>2025-01-08 19:47:12</span><span>四川</span></div>
<div class="lead">红星新闻记者 林  淼 摄影报道</div>
{render_body(b)}
<div class="bj">编辑 张莉 审核 官莉</div>
<div class="state">（下载红星新闻，报料有奖！）</div>
<div class="hot">{ul(["成都地铁19号线二期开通运营","春运首日成都东站发送旅客15万人次"])}</div></div>
<div class="foot">成都商报社　红星新闻版权所有　川ICP备17024826号</div>'''
    css = ".wrap{max-width:720px;margin:auto}.au span{margin-right:10px;color:#888}"
    page("uu-21",K,"zh","村口来了“流动超市” 郫都12个村社老人不出村就能购物",["林淼"],"2025-01-08 19:47:12",b,"村口来了“流动超市” 郫都12个村社老人不出村就能购物-红星新闻",css,body)

def uu22():
    b = [("p","本台消息（记者 王  宁　通讯员 姜海涛）12月8日，随着最后一片钢箱梁精准吊装到位，延吉市布尔哈通河新大桥实现全线贯通，预计明年6月建成通车。"),
         ("p","当天，数十名施工人员在零下十五摄氏度的严寒中坚守岗位。起重机缓缓吊起重达80吨的钢箱梁，经过近两个小时的精确调整，最终顺利就位。"),
         ("p","新大桥全长1.26公里，主桥采用双塔斜拉结构，双向六车道设计。大桥建成后，将串联延吉市河南、河北两大城区，缓解现有桥梁通行压力，市民过河时间预计可缩短15分钟左右。"),
         ("p","项目负责人介绍，延吉冬季施工期短，项目部采取搭设暖棚、蓄热养护等措施，确保混凝土浇筑质量。施工中还采用了智能张拉、BIM建模等技术。"),
         ("p","大桥主塔造型融入朝鲜族传统“长鼓”元素，夜间景观照明系统同步施工，建成后将成为延吉新的城市地标。")]
    body = f'''<div class="ybtv"><b>延边广播电视台</b> <a href="#">조선어</a> <a href="#">汉语</a> <a href="#">直播</a></div>
{nav(["首页","延边新闻","直播延边","视听点播","专题","长白山之声"])}
<div class="pos">当前位置：首页 > 延边新闻 > 本地新闻</div>
<h2>延吉布尔哈通河新大桥全线贯通</h2>
<p class="bq">2024年12月09日 20:05 　延边广播电视台</p>
<div class="v"><img alt="" src="{GIF}" width="1" height="1"> 视频时长 01:58</div>
{render_body(b)}
<p class="bj">责编：崔美兰　监制：朴成浩</p>
<div class="ft">延边广播电视台 主办　吉ICP备10001852号　网络视听许可证0703012</div>'''
    css = "h2{font-size:26px}.bq{color:#999}"
    page("uu-22",K,"zh","延吉布尔哈通河新大桥全线贯通",["王宁","姜海涛"],"2024年12月09日 20:05",b,"延吉布尔哈通河新大桥全线贯通_延边广播电视台",css,body)

def uu23():
    b = [("p","今年夏天，北京市通州区大运河森林公园迎来客流高峰。记者从通州区园林绿化局获悉，7月以来公园日均接待游客3.2万人次，同比增长21%。"),
         ("p","记者傍晚来到公园看到，漕运码头附近的亲水平台上坐满了乘凉的市民，不少家庭带着帐篷和野餐垫在草坪上休憩，孩子们在步道上骑行嬉戏。"),
         ("p","“晚上下班带孩子来吹吹河风、看看灯光，比在家里吹空调舒服。”家住梨园镇的市民吴先生说。今年，公园延长了夜间开放时间至22时，新增夜游步道4.5公里，并在月岛、银枫秋实等景点设置了夜景照明。"),
         ("p","为保障游客安全，公园增设了临水护栏和救生圈，每晚安排巡逻人员120余名。公园内的6处服务驿站提供免费饮水、充电、急救药品等服务。"),
         ("p","通州区园林绿化局相关负责人表示，将结合大运河文化带建设，推出更多亲水、夜游项目，让市民在家门口就能享受“诗和远方”。"),
         ("x","（本报记者 齐  欣　实习记者 丁可欣）","by")]
    body = f'''<div class="qn-top"><span>千龙网·中国首都网</span><a href="#">登录</a><a href="#">注册</a></div>
{nav(["首页","北京","国内","国际","评论","图片","文化"])}
<div class="g"><a href="#">千龙网首页</a> &gt; <a href="#">北京</a> &gt; 正文</div>
<div class="t-wrap"><p class="yin">夜游步道延长至22时</p><h1>大运河森林公园夏季日均客流超3万人次</h1>
<div class="src">来源：北京晚报 　作者：齐欣　丁可欣 　2024-08-05 14:27</div>
{render_body(b)}
<div class="zr">[责任编辑：葛  竹]</div></div>
<div class="r">{ul(["北京城市副中心剧院开启暑期演出季","通州区新增5处口袋公园"])}</div>
<div class="foot">千龙网版权所有　京ICP证060311号　京公网安备11010102001020号</div>'''
    css = ".yin{color:#666}.src{color:#999}"
    page("uu-23",K,"zh","大运河森林公园夏季日均客流超3万人次",["齐欣","丁可欣"],"2024-08-05 14:27",b,"大运河森林公园夏季日均客流超3万人次-千龙网·中国首都网",css,body)

def uu24():
    b = [("p","央视网消息：据中央广播电视总台中国之声报道，今年以来，四川省绵阳市科技城新区加快建设国家科技创新先行示范区，新增高新技术企业136家，科技型中小企业达到1480家。"),
         ("p","今年前三季度，绵阳市高新技术产业营业收入同比增长12.7%，占规模以上工业比重超过六成，科技创新已成为当地经济增长的主要动力。"),
         ("p","在位于科技城新区的一家激光设备企业，生产线正在满负荷运转。企业负责人介绍，公司研发的超快激光器已实现进口替代，今年订单同比增长近五成。"),
         ("p","绵阳是我国重要的国防科研和电子工业生产基地。近年来，当地推动军民科技协同创新，建成各类创新平台320余个，科技成果就地转化率不断提高。"),
         ("p","记者了解到，绵阳还设立了总规模50亿元的科技创新基金，重点支持电子信息、新材料、先进装备制造等产业。"),
         ("x","（总台央广记者 张雨桐 四川台记者 杨波）","by")]
    body = f'''<div class="cctv"><b>央视网</b> <a href="#">央视频</a> <a href="#">CCTV节目官网</a> <a href="#">央视新闻</a></div>
{nav(["首页","新闻","体育","综艺","熊猫","农业","纪录片"])}
<div class="brd"><a href="#">央视网</a> &gt; <a href="#">新闻频道</a> &gt; <a href="#">中国</a></div>
<h1>四川绵阳：科技城新区今年新增高新技术企业136家</h1>
<div class="info">来源：央视网 | 2024年10月30日 11:02</div>
<div class="cnt">{render_body(b)}</div>
<div class="zebian">编辑：邢立  责任编辑：刘亮</div>
<div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a> <a href="#">复制链接</a></div>
<div class="ft">京ICP证060535号　网上传播视听节目许可证（0102004号）　中央广播电视总台 版权所有</div>'''
    css = ".info{color:#888}.cnt{width:660px}"
    page("uu-24",K,"zh","四川绵阳：科技城新区今年新增高新技术企业136家",["张雨桐","杨波"],"2024年10月30日 11:02",b,"四川绵阳：科技城新区今年新增高新技术企业136家_新闻频道_央视网",css,body)

ALL = [uu13,uu14,uu15,uu16,uu17,uu18,uu19,uu20,uu21,uu22,uu23,uu24]
