from engine import ul, links, img, div
P = []
def M(**k): P.append(k)

M(id="vv-13", kind="media", doctitle="拉萨至日喀则城际动车组明年起加密开行_中国西藏网",
 title="拉萨至日喀则城际动车组明年起加密开行", authors=["尼玛顿珠"], time="2026-11-26 09:14",
 css=".tibet-head{background:#0a4}.c{width:1000px;margin:auto}",
 html=f'''<div class="tibet-head">中国西藏网 | <a href="#">藏文</a> <a href="#">English</a> <a href="#">手机版</a></div>
<div class="c">{links(["首页","时政","经济","社会","文化","旅游","图片","视频"])}
<p>您的位置：<a href="#">首页</a> &gt; <a href="#">经济</a> &gt; 正文</p>
<h1>拉萨至日喀则城际动车组明年起加密开行</h1>
<p class="info">来源：中国西藏网 | 作者：尼玛顿珠 | 发布时间：2026-11-26 09:14 | 责任编辑：李想</p>
{{{{BODY}}}}
<div>[<a href="#">责任编辑：李想</a>]</div>
<div>{img("")} 分享到： <a href="#">微信</a> <a href="#">微博</a></div>
<h4>相关新闻</h4>{ul(["拉林铁路开行第一万趟列车","西藏冬游季旅客发送量同比增长"])}
<p>关于我们 | 联系我们 | 版权声明<br>京ICP备12000917号　违法和不良信息举报电话：010-00000000</p></div>''',
 body=["中国西藏网讯（记者 尼玛顿珠）记者从中国铁路青藏集团公司获悉，自2027年1月10日起，拉萨至日喀则间将由每日开行4对动车组增加至6对，两地最快旅行时间保持在1小时58分。",
  "新增的两对列车分别安排在早晚出行高峰时段，主要方便两地通勤和就医的旅客。铁路部门同时推出计次票，旅客购买后可在30日内乘车20次，折合票价低于单次购买。",
  "据介绍，拉日铁路动车组运营以来，客流量逐年增长，今年1—10月累计发送旅客76.3万人次，同比增长12.4%。",
  "铁路部门提醒，冬季高原气候多变，旅客出行前请关注天气情况，并通过铁路12306客户端购票。"])

M(id="vv-14", kind="media", doctitle="合肥：“科里科气”的冬日夜经济 - 安徽日报",
 title="“科里科气”的冬日夜经济", authors=["汪 婷".replace(" ",""), "许子安"], time="2026-11-25 07:30",
 css=".ah{display:flex}.yt{color:#888}",
 html=f'''<div class="ah">{img("安徽日报")} <span>安徽日报　数字报　安徽网　客户端下载</span></div>
<ul class="n">{"".join(f"<li>{x}</li>" for x in ["要闻","合肥","区域","经济","文旅","评论"])}</ul>
<p>当前位置：首页 › 合肥 › 正文</p>
<p class="yt">合肥加速打造“夜间消费集聚区”——</p>
<h1>“科里科气”的冬日夜经济</h1>
<p>2026-11-25 07:30　安徽日报　<a href="#">手机看</a></p>
{{{{BODY}}}}
<p>编辑：周瑾</p>
<p>原文链接：<a href="#">https://example.invalid/a/1125</a></p>
<p><b>推荐阅读</b></p>{ul(["安徽今年已建成夜间经济集聚区42个","淮南：牛肉汤里的“暖经济”"])}
<p>皖ICP备10202020号　皖新网备2026-003</p>''',
 body=["~本报记者　汪　婷　通讯员　许子安",
  "晚上八点，合肥罍街的灯光秀准时亮起。机器人咖啡师、无人机表演、AR打卡点……这条老街在冬夜里依旧人头攒动。",
  "“夜经济不只是吃吃喝喝，还得有科技感。”街区运营方负责人说。今年以来，街区引入科技类体验项目17个，晚间客流同比增长近三成。",
  "## 消费场景“上新”",
  "在合肥滨湖新区，一座由旧厂房改造的“夜光市集”11月刚开业。每逢周末，市集推出非遗手作、露天电影和小型演出，吸引不少年轻人。",
  "## 服务保障“跟上”",
  "为了让市民夜里“出得来、回得去”，合肥公交集团延长了12条线路的末班车时间，部分轨道交通站点周五、周六延时运营30分钟。",
  "合肥市商务局数据显示，1—10月全市夜间消费额占全天消费比重达到36.2%。"])

M(id="vv-15", kind="media", doctitle="Heilongjiang's ice-snow tourism season opens in Harbin - China Daily style",
 lang="en", title="Harbin kicks off ice-snow tourism season with new attractions", authors=["Zhang Yu", "Wang Lei"], time="2026-11-28 16:05",
 css="body{font-family:Arial}.story{width:800px}",
 html=f'''<div class="topbar">{links(["Global Edition","China Edition","ASIA","中文"]," | ")} <input placeholder="Search"></div>
<div class="nav">{links(["HOME","CHINA","WORLD","BUSINESS","LIFESTYLE","CULTURE","TRAVEL","SPORTS","OPINION"])}</div>
<div class="story"><p>Home / China / Regional</p>
<h1>Harbin kicks off ice-snow tourism season with new attractions</h1>
<p class="by">By Zhang Yu and Wang Lei in Harbin | chinadaily-like.invalid | Updated: 2026-11-28 16:05</p>
<p>{links(["Share","Facebook","X","LinkedIn"]," ")}</p>
{{{{BODY}}}}
<p><b>Related Stories</b></p>{ul(["Ski resorts in Northeast China see early bookings","Harbin opens new ice rink for public"])}
<p>Copyright 1995 - 2026. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to the publisher.</p>
<p>License for publishing multimedia online 0108263　Registration Number: 130349</p></div>''',
 body=["!Tourists at an ice sculpture park in Harbin|Tourists visit an ice sculpture park in Harbin, Heilongjiang province, on Thursday. [Photo by Liu Ming/For China Daily]",
  "Harbin, capital of Heilongjiang province, officially opened its ice-snow tourism season on Friday, with more than 40 new attractions and a plan to extend the opening hours of its best-known parks.",
  "The city expects to receive more than 90 million visits during the season, which runs until early March, local officials said at a news conference.",
  "\"We have prepared for this season since the summer,\" said Li Hong, deputy director of the city's culture and tourism bureau. \"Visitors from the south will find warmer waiting halls, more shuttle buses and simpler ticketing.\"",
  "New this year are a night skiing area on the outskirts of the city, an ice library on the Songhua River and a series of concerts held in a heated dome.",
  "Hotels in the city center reported occupancy rates of more than 80 percent for the New Year holiday, according to an online travel platform."])

M(id="vv-16", kind="media", doctitle="新疆：棉花收购加工进入尾声 - 天山网",
 title="新疆棉花收购加工进入尾声", authors=["李晓娟", "帕尔哈提·艾力"], time="2026-11-27 11:08:33",
 css=".tsw-main{width:1180px}.tsw-info span{padding:0 8px}",
 html=f'''<div class="tsw-top">天山网 | <a href="#">维吾尔文</a> <a href="#">哈萨克文</a> <a href="#">English</a> | <a href="#">登录</a></div>
<div class="tsw-nav">{links(["首页","新疆新闻","国内","国际","兵团","财经","图片","视频","网评"])}</div>
<div class="tsw-main"><div>天山网 &gt; 新疆新闻 &gt; 正文</div>
<h1>新疆棉花收购加工进入尾声</h1>
<div class="tsw-info"><span>2026-11-27 11:08:33</span><span>来源：天山网-新疆日报</span><span>作者：李晓娟　帕尔哈提·艾力</span><span>编辑：吴霞</span></div>
<div><a href="#">字号</a> <a href="#">打印</a> <a href="#">分享</a></div>
{{{{BODY}}}}
<div>{img("二维码")}<p>扫码下载石榴云客户端</p></div>
<div><b>相关新闻</b>{ul(["阿克苏地区机采棉比例再创新高","兵团第七师棉花加工企业开足马力"])}</div></div>
<div class="tsw-foot">新疆日报社主办　新ICP备06000110号　互联网新闻信息服务许可证：65120170001</div>''',
 body=["天山网-新疆日报讯（记者 李晓娟 帕尔哈提·艾力 报道）连日来，在阿克苏、喀什、昌吉等地的棉花加工厂，一包包皮棉下线、装车，发往内地纺织企业。全区2026年度棉花收购加工已进入尾声。",
  "自治区发展改革委数据显示，截至11月25日，全区累计收购籽棉1490万吨，累计加工皮棉560万吨，加工进度超过九成。",
  "| 地区 | 收购籽棉（万吨） | 加工进度",
  "| 阿克苏地区 | 412 | 94%",
  "| 喀什地区 | 268 | 91%",
  "| 昌吉州 | 185 | 96%",
  "在沙雅县一家轧花厂，负责人说：“今年棉花品质好，衣分高，我们每天加工皮棉300吨左右。”",
  "自治区有关部门提醒，棉花加工企业要做好冬季消防安全工作，确保生产安全。"])

M(id="vv-17", kind="media", doctitle="【视频】牡丹江：雪乡迎来首批游客 - 牡丹江新闻网",
 title="雪乡迎来首批游客", authors=["张立新", "谷雨"], time="2026年11月24日 20:12",
 css=".tv-player{background:#000;color:#fff;height:300px}",
 html=f'''<div class="tv">牡丹江广播电视台 · 牡丹江新闻网　<a href="#">直播</a> <a href="#">点播</a> <a href="#">栏目</a> <a href="#">主持人</a></div>
<div>{links(["首页","新闻","牡丹江新闻","网络直播","专题","便民"])}</div>
<div>首页 &gt; 牡丹江新闻 &gt; 正文</div>
<div class="tv-player">{img("视频播放器")} 00:00 / 02:36</div>
<h2>雪乡迎来首批游客</h2>
<div>2026年11月24日 20:12　来源：牡丹江新闻联播　记者：张立新 谷雨</div>
{{{{BODY}}}}
<div>责编：韩冰　监制：刘东</div>
<div><b>最新节目</b>{ul(["《牡丹江新闻联播》2026年11月24日","《今日视点》冬季供热面面观"])}</div>
<div>牡丹江广播电视台版权所有　黑ICP备10001207号　信息网络传播视听节目许可证：0804000</div>''',
 body=["【导语】随着气温持续走低，雪乡景区近日迎来今冬首批游客。今年景区新增了雪地温泉和民俗体验项目，吸引不少外地游客前来打卡。",
  "【正文】走进雪乡，一座座木屋被厚厚的积雪覆盖，宛如童话世界。来自广东的游客陈女士一家是第一次来东北：“孩子第一次见到这么大的雪，特别兴奋。”",
  "今年，景区对游客服务中心进行了升级改造，增加了暖房候车区和母婴室，并对民宿价格实行明码标价、备案管理。",
  "【同期】雪乡景区管委会工作人员 孙海波：我们今年对全部142家民宿进行了安全检查，价格都在网上公示，欢迎游客监督。",
  "据了解，雪乡景区预计今冬接待游客超过60万人次。"])

M(id="vv-18", kind="media", doctitle="安徽新闻 - 凤凰网安徽 - 芜湖长江三桥夜间限行将调整",
 title="芜湖长江三桥夜间限行时段将调整", authors=[], time="2026年11月26日 14:22",
 css=".ifh{border-bottom:3px solid #c00}",
 html=f'''<div class="ifh">凤凰网安徽 | <a href="#">凤凰网首页</a> <a href="#">资讯</a> <a href="#">财经</a> <a href="#">娱乐</a> <a href="#">汽车</a> <a href="#">房产</a></div>
<div>安徽 &gt; 民生 &gt; 正文</div>
<h1>芜湖长江三桥夜间限行时段将调整</h1>
<div>2026年11月26日 14:22　来源：<a href="#">芜湖日报</a>　<a href="#">0</a>人参与 <a href="#">0</a>评论</div>
{{{{BODY}}}}
<p>[责任编辑：孙雯 PN073]</p>
<p>责任编辑：孙雯 PN073</p>
<div>{img("")} 凤凰新闻 客户端 打开APP</div>
<div><b>24小时热门</b>{ul(["合肥地铁8号线二期最新进展","黄山风景区冬季门票优惠政策发布","安庆：老旧小区加装电梯提速"])}</div>
<div>Copyright © 2026 Phoenix New Media Limited All Rights Reserved.</div>''',
 body=["芜湖市公安局交警支队11月25日发布通告，自12月1日起，芜湖长江三桥夜间货车限行时段由22时至次日5时调整为23时至次日5时。",
  "通告明确，限行期间，核定载质量10吨以上货车禁止通行；危险化学品运输车辆全天禁止通行；城市公交、应急救援车辆不受限制。",
  "交警部门表示，此次调整主要是考虑到近期物流运输需求增加，在保障桥梁安全的前提下适当缩短限行时间。",
  "~芜湖日报"])

M(id="vv-19", kind="media", doctitle="自治区党委召开常委会会议 - 西藏日报客户端",
 title="自治区党委常委会召开会议 研究冬季安全生产等工作", authors=[], time="2026-11-27 07:05",
 css=".app-bar{position:sticky;top:0;background:#c8161d;color:#fff}.m-wrap{max-width:640px;margin:auto}",
 html=f'''<div class="app-bar">西藏日报 <a href="#">打开</a></div>
<div class="m-wrap"><h1>自治区党委常委会召开会议 研究冬季安全生产等工作</h1>
<p><span>西藏日报</span> <span>2026-11-27 07:05</span></p>
{{{{BODY}}}}
<p>责任编辑：拉巴卓玛</p>
<p>来源：西藏日报</p>
<p>{img("")} 打开西藏日报客户端，查看更多精彩内容</p>
<p>推荐阅读</p>{ul(["西藏全力做好冬季能源保供","拉萨市新增公共停车位3000个"])}
<p>本文为西藏日报原创，转载请注明出处</p></div>''',
 body=["本报拉萨11月26日讯 11月26日，自治区党委召开常委会会议，传达学习有关会议精神，研究冬季安全生产、能源保供等工作。",
  "会议指出，当前我区已全面进入冬季，高海拔地区气温低、路况复杂，安全生产和能源保供任务繁重。各地各部门要坚持人民至上、生命至上，压紧压实各方责任。",
  "会议要求，要加强道路交通、消防、燃气等重点领域隐患排查，做好雨雪冰冻天气应对准备；要统筹电力、燃料调度，确保群众温暖过冬。",
  "会议还研究了其他事项。"])

M(id="vv-20", kind="media", doctitle="Xinjiang's Kashgar old city draws winter visitors - CGTN-style",
 lang="en", title="Kashgar's old city draws winter visitors with night markets and crafts", authors=[], time="2026-11-25 21:47 GMT+8",
 css=".hero{font-size:30px}.meta{color:#777}",
 html=f'''<header><span>{img("logo")}</span>{links(["China","World","Business","Tech","Travel","Video","Live"])} <a href="#">Search</a> <a href="#">Sign in</a></header>
<main><p class="cat">Travel</p>
<h1 class="hero">Kashgar's old city draws winter visitors with night markets and crafts</h1>
<p class="meta">Xinhua | Updated 2026-11-25 21:47 GMT+8</p>
<p>{links(["Share","Copy link"]," ")}</p>
{{{{BODY}}}}
<p>Source(s): Xinhua</p>
<h3>More from Travel</h3>{ul(["Hainan's duty-free sales rise in October","Snow tourism heats up across northern China"])}</main>
<footer>{links(["About Us","Contact Us","Privacy Policy","Terms of Use"]," ")}<br>Copyright © 2026</footer>''',
 body=["The old city of Kashgar in northwest China's Xinjiang Uygur Autonomous Region is attracting growing numbers of visitors this winter, as local authorities promote night markets, handicraft workshops and music performances.",
  "More than 1.2 million tourist visits were recorded in the old city from January to October, up 18 percent year on year, according to the local culture and tourism bureau.",
  "In a workshop near the main square, craftsman Ablimit Tohti shapes copper into teapots as visitors film with their phones. \"More young people come now, and they buy online after they go home,\" he said.",
  "Local hotels have introduced winter discounts, and the city has added direct flights from several eastern cities."])

M(id="vv-21", kind="media", doctitle="东方网-上海与安徽共建产业园区 - 长三角",
 title="沪皖共建产业合作园区再添新成员", authors=["顾晨"], time="2026-11-26 16:55",
 css=".row{display:flex}",
 html=f'''<div>东方网 &gt; 长三角 &gt; 正文　　<a href="#">首页</a> <a href="#">新闻</a> <a href="#">区情</a> <a href="#">视频</a></div>
<div class="row"><div class="main">
<h1>沪皖共建产业合作园区再添新成员</h1>
<p>作者：顾晨　来源：东方网　2026-11-26 16:55</p>
{{{{BODY}}}}
<p>本文来源：东方网　作者：顾晨　编辑：沈佳</p>
<p>{links(["分享到微信","分享到微博"]," ")}</p></div>
<div class="side"><b>排行</b>{ul(["1 长三角一体化示范区发布新政","2 安徽多地迎来降雪","3 沪苏湖高铁客流稳步增长"])}</div></div>
<div>沪ICP证：沪B2-20000000　沪ICP备09000000号</div>''',
 body=["11月26日，上海市某区与安徽省滁州市签署协议，在滁州共建“沪滁智能制造产业合作园”。这是沪皖两地共建的第9个产业合作园区。",
  "根据协议，园区规划面积约12平方公里，重点发展新能源汽车零部件、智能装备等产业，由上海方面负责招商引资和园区运营管理，滁州方面负责土地保障和基础设施建设。",
  "两地还将在人才、科技成果转化等方面加强合作，探索建立“飞地经济”税收分成机制。"])

M(id="vv-22", kind="media", doctitle="黑龙江东北网：哈尔滨新区首家“无人超市”开业",
 title="哈尔滨新区：无人超市里的“冬日采购”", authors=["刘 畅".replace(" ","")], time="2026-11-23 08:49",
 css="td{padding:2px}",
 html=f'''<table width="960"><tr><td>{img("东北网")}</td><td>{links(["首页","黑龙江","哈尔滨","社会","财经","视频","图片"],"|")}</td></tr></table>
<table width="960"><tr><td width="660">
<p>东北网 &gt;&gt; 哈尔滨 &gt;&gt; 经济</p>
<p style="font-size:22px"><b>哈尔滨新区：无人超市里的“冬日采购”</b></p>
<p>2026-11-23 08:49　来源：东北网　作者：刘　畅</p>
{{{{BODY}}}}
<p>（责任编辑：王冬）</p></td>
<td valign="top"><p>热点推荐</p>{ul(["冰城首场大雪后道路清冰雪进展","松花江开江预测"])}</td></tr></table>
<table width="960"><tr><td align="center">黑龙江东北网络台主办　黑ICP备05000014号<br>举报电话：0451-00000000</td></tr></table>''',
 body=["东北网11月23日讯　零下十几度的早晨，哈尔滨新区一家“无人超市”里，居民王先生扫码进门、挑好商品，出门时手机上已自动完成扣款，全程不到三分钟。",
  "这家超市面积约120平方米，经营商品2000余种，以蔬菜、冻品和日用品为主。超市负责人介绍，开业一个月来，日均客流400多人次，夜间23时以后的订单占到两成。",
  "“冬天晚上不想走远，楼下就能买到菜，挺方便。”附近小区居民说。",
  "~（记者 刘畅）"])

M(id="vv-23", kind="media", doctitle="阿勒泰：冬季旅游订单量同比增长 | 新疆广播电视台",
 title="阿勒泰冬季旅游订单量同比增长超四成", authors=["古丽娜尔", "马超"], time="2026-11-27",
 css=".xj-tv{display:grid}",
 html=f'''<div class="xj-tv">新疆广播电视台 · 新疆网络广播电视台　<a href="#">直播</a> <a href="#">新闻</a> <a href="#">节目</a> <a href="#">主持人</a> <a href="#">下载APP</a></div>
<div>当前位置 首页 / 新闻 / 新疆新闻</div>
<h1>阿勒泰冬季旅游订单量同比增长超四成</h1>
<div><span>发布日期：2026-11-27</span> <span>来源：新疆新闻联播</span> <span>记者：古丽娜尔 马超</span></div>
<div>{img("视频")} 播放</div>
{{{{BODY}}}}
<div>编辑：艾克拜尔　校对：周涛</div>
<div>相关视频{ul(["将军山滑雪场开板","喀纳斯冬季景观"])}</div>
<div>新疆广播电视台版权所有　新ICP备11000012号</div>''',
 body=["随着将军山、可可托海等滑雪场陆续开板，阿勒泰地区冬季旅游迎来旺季。记者从在线旅游平台了解到，截至11月26日，阿勒泰冬季旅游订单量同比增长43%。",
  "在将军山国际滑雪度假区，来自全国各地的滑雪爱好者在雪道上尽情驰骋。度假区今年新增雪道6条，雪道总长度超过50公里。",
  "阿勒泰地区文化体育广播电视和旅游局负责人表示，今冬将推出冰雪运动、民俗体验、温泉康养等12条精品线路，并与航空公司合作加密航班。"])

M(id="vv-24", kind="media", doctitle="安徽网_合肥一小区电梯困人 消防员紧急救援",
 title="合肥一小区电梯困人 消防员紧急救援", authors=["张静", "周琪"], time="2026-11-26 22:01:09",
 css=".ahw{font-size:14px}",
 html=f'''<div class="ahw">安徽网 | <a href="#">新安晚报</a> | <a href="#">大皖新闻</a>　　<input placeholder="请输入搜索内容"></div>
<div>{links(["首页","安徽","合肥","社会","教育","健康","房产"])}</div>
<div>首页 &gt; 社会 &gt; 正文</div>
<h1>合肥一小区电梯困人<br>消防员紧急救援</h1>
<div>新安晚报 安徽网 大皖新闻　2026-11-26 22:01:09</div>
{{{{BODY}}}}
<div>编辑：钱芳</div>
<div>新安晚报、安徽网、大皖新闻版权所有，未经授权不得转载</div>
<div>{links(["上一篇：合肥多条公交线路临时调整","下一篇：安徽今冬首场寒潮来袭"],"<br>")}</div>''',
 body=["大皖新闻讯　11月26日晚，合肥市包河区一小区电梯突发故障，一名老人和一名儿童被困。接警后，消防员迅速赶到现场，15分钟后将两人安全救出。",
  "据了解，当晚8时许，该小区一部电梯在运行中突然停在两层之间。被困老人随即按下紧急呼叫按钮，物业人员在无法自行处置的情况下拨打了119。",
  "消防员到场后，先切断电梯电源，再使用专用钥匙打开层门，手动盘车将轿厢移至平层位置，最终打开轿厢门将两人救出。",
  "消防部门提醒，遇到电梯困人时，要保持冷静，不要扒门或试图从轿厢顶部逃生，应通过紧急呼叫按钮或电话求救。",
  "~大皖新闻记者 张静 通讯员 周琪"])
