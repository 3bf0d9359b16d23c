from lib import *
from gov1 import S_NEW, new_frame
S_M = "body{margin:0;font:15px 'PingFang SC',sans-serif}.top{background:#222;color:#ccc;padding:6px 20px}.top a{color:#ccc;margin-right:12px}.hd{padding:14px 20px;border-bottom:3px solid #c00}.hd b{font-size:26px;color:#c00}.nav a{margin:0 10px}.c{width:1100px;margin:0 auto;overflow:hidden}.l{float:left;width:740px}.r{float:right;width:320px}h1{font-size:30px}.src{color:#888}.src span{margin-right:14px}.txt p{line-height:1.9;margin:1em 0}.cmt{border-top:1px solid #ddd}.ft{clear:both;background:#f5f5f5;padding:20px;text-align:center;color:#999}"
def mframe(site, nav, crumb, left, right, foot, top='<a href="#">登录</a><a href="#">注册</a><a href="#">客户端</a><a href="#">手机版</a>'):
    return f'''<div class="top">{top}</div><div class="hd"><b>{site}</b> <form style="display:inline"><input placeholder="搜索新闻"><button>搜索</button></form></div>
<div class="nav">{''.join(f'<a href="#">{n}</a>' for n in nav)}</div>
<div class="c"><div class="crumb">{crumb}</div><div class="l">{left}</div><div class="r">{right}</div></div><div class="ft">{foot}</div>'''

# ---------- zj-19 人民日报 reprinted on 上饶市广丰区 government site
b = ["初夏时节，江西上饶市广丰区铜钹山镇的白花岩村，茶园连片，民宿错落。村口的“共享厨房”里，几位村民正忙着为游客准备农家菜。",
"“过去村里年轻人都往外跑，这几年搞起了茶旅融合，不少人回来了。”村党支部书记吴建新说，全村现有民宿37家，去年接待游客12万人次，村集体经济收入突破80万元。",
"今年42岁的村民周文华，几年前从浙江义乌回到村里，把自家老房改造成民宿，又流转了20亩茶园。“游客白天采茶、晚上住民宿，一年下来收入比在外打工还多。”",
"近年来，广丰区把生态优势转化为发展优势，累计投入4.6亿元实施铜钹山片区生态保护修复，整合闲置农房发展精品民宿，培育红芽芋、马家柚等特色产业，带动1.3万户农户增收。",
"“保护好绿水青山，才能端稳‘金饭碗’。”广丰区有关负责人表示，下一步将探索生态产品价值实现机制，让更多群众共享生态红利。",
"《 人民日报 》（ 2025年05月19日 11 版）"]
main = f'''<h1>江西上饶广丰区推进茶旅融合——<br>生态美了　村民富了</h1>
<div class="info"><span>发布时间：2025-05-19 08:30</span><span>来源：人民日报</span><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="article"><p>本报记者　朱　磊　王　丹</p>{body_html(b[:-1])}<p>《 人民日报 》（ 2025年05月19日 11 版）</p></div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div><div class="qr">扫一扫在手机打开当前页</div>'''
h = new_frame('上饶市广丰区人民政府', ['首页','广丰要闻','媒体聚焦','政务公开','政务服务','互动交流'],
  '当前位置：首页 &gt; 新闻中心 &gt; 媒体聚焦', main, '', '主办：上饶市广丰区人民政府办公室　赣ICP备06002468号　网站标识码：3611030011')
page('zj-19', '江西上饶广丰区推进茶旅融合——生态美了　村民富了', ['朱磊', '王丹'], '2025-05-19 08:30', b[:-1], doc('【人民日报】江西上饶广丰区推进茶旅融合', S_NEW, h), kind='media: 人民日报 reprint on gov site (two-line headline, spaced 本报记者)')

# ---------- zj-20 新华社通稿 on a portal
b = ["新华社郑州6月8日电（记者 翟文韬 阿依努尔·吐尔逊）记者从河南省农业农村厅获悉，截至8日17时，河南已收获小麦6180万亩，占种植面积的72.6%，麦收进度过七成。",
"河南是全国小麦主产区，今年小麦种植面积8500万亩以上。为确保颗粒归仓，河南统筹调度联合收割机19万台，并组织农机维修服务队2000余支，在主要道路设置跨区作业接待服务站，为机手提供免费加油、休息等服务。",
"针对近期部分地区可能出现的降雨天气，河南各地提前抢收成熟小麦，加强烘干设施调度，全省可用烘干能力每日达到40万吨以上，最大限度减少“烂场雨”造成的损失。",
"据了解，河南今年小麦单产水平总体稳定，部分地区籽粒饱满，容重较高，品质明显好于往年。"]
left = f'''<h1>河南麦收进度过七成</h1>
<div class="src"><span>2025-06-08 19:46:05</span><span>来源：新华社</span><span>参与评论（128）</span></div>
<div class="txt">{body_html(b)}</div><p class="ed">【编辑：申　影】</p>
<div class="rel"><b>相关新闻</b>{ul([("全国麦收进度过半 夏粮丰收在望",""),("安徽小麦机收率超过98%",""),("山东启动“三夏”农机跨区作业","")])}</div>
<div class="cmt">网友评论 <textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button><p>已有128人参与</p></div>'''
right = '<b>热门排行</b>' + ul([("多地高温预警 这些防暑知识要牢记",""),("全国铁路端午假期运输启动",""),("2025年高考今日开考","")])
h = mframe('中华网新闻', ['首页','国内','国际','社会','财经','军事','体育','娱乐'], '中华网 &gt; 新闻 &gt; 国内新闻 &gt; 正文', left, right, 'Copyright © 2025 China.com All Rights Reserved　京ICP证060606号')
page('zj-20', '河南麦收进度过七成', ['翟文韬', '阿依努尔·吐尔逊'], '2025-06-08 19:46:05', b, doc('河南麦收进度过七成_新闻频道_中华网', S_M, h), kind='media: 新华社 通稿 on portal (byline in 电头, middle-dot name)')

# ---------- zj-21 大众网 原标题, 来源, 编辑, comments
b = ["大众网·海报新闻记者 邵  明 滨州报道",
"6月2日，位于滨州市沾化区的鲁北海上风电项目首批6台风机完成吊装，标志着该项目进入集中建设阶段。项目总装机容量50万千瓦，计划2026年全容量并网。",
"项目负责人介绍，风电场采用单机容量8.5兆瓦的风电机组，全部投产后年上网电量约15亿千瓦时，每年可节约标准煤约45万吨，减少二氧化碳排放约120万吨。",
"为减少对海洋生态的影响，项目在施工中采用低噪声打桩工艺，并在风机基础周边投放人工鱼礁，探索“海上风电+海洋牧场”融合发展模式。目前，项目已累计完成投资28.7亿元，海上升压站主体结构也已完工。",
"近年来，滨州加快构建新型能源体系，新能源和可再生能源装机占比已达到46%。"]
left = f'''<div class="yuan">原标题：风机“长”在海上　绿电送往千家——鲁北海上风电项目首批风机吊装完成</div>
<h1>鲁北海上风电项目首批6台风机完成吊装</h1>
<div class="src"><span>2025-06-03 07:55:21</span><span>来源: 大众网</span><span>作者: 邵明</span><span>编辑: 孙静怡</span><span><a href="#">评论（32）</a></span></div>
<div class="txt">{body_html(b)}</div><p>责任编辑：孙静怡</p>
<div class="rel"><b>推荐阅读</b>{ul([("滨州港新增两条集装箱航线",""),("沾化冬枣进入坐果关键期",""),("山东海上风电累计装机突破500万千瓦","")])}</div>'''
h = mframe('大众网', ['首页','山东','滨州','海报新闻','财经','教育','健康'], '当前位置：<a href="#">大众网</a> &gt; <a href="#">滨州频道</a> &gt; <a href="#">滨州新闻</a>', left, '<b>24小时热点</b>'+ul([("滨州启动夏季治安打击整治行动",""),("黄河三角洲湿地迎来观鸟季","")]), '大众报业集团主办　鲁ICP备09012531号')
page('zj-21', '鲁北海上风电项目首批6台风机完成吊装', ['邵明'], '2025-06-03 07:55:21', b[1:], doc('鲁北海上风电项目首批6台风机完成吊装 - 滨州 - 大众网', S_M, h), kind='media: provincial portal (原标题, 作者, 编辑, comments)')

# ---------- zj-22 荆楚网 记者 通讯员 in info bar, 引题 above
b = ["6月9日，宜昌至郑州高铁宜昌段首座跨江特大桥——宜都长江大桥主塔封顶，大桥建设进入上部结构施工阶段。",
"宜都长江大桥全长2.1公里，主跨680米，为双塔双索面钢箱梁斜拉桥。主塔高度238米，相当于80层楼高，是目前湖北在建高铁桥梁中的最高桥塔。",
"自2023年开工以来，建设者克服了长江深水基础施工、汛期高水位等困难，先后完成主墩钢围堰下沉、承台浇筑等关键工序。目前，大桥南北两岸引桥已完成架梁，钢箱梁正在工厂加工制造，预计明年上半年实现合龙。",
"施工方中铁大桥局项目负责人表示，为应对长江汛期和峡谷大风的影响，项目采用智能液压爬模和北斗定位系统，主塔垂直度误差控制在1/10000以内。",
"呼南高铁宜昌至郑州段建成后，宜昌至郑州最快3小时可达，将进一步完善中部地区高速铁路网。"]
left = f'''<p class="yinti">呼南高铁宜郑段建设再提速</p><h1>宜都长江大桥主塔封顶</h1>
<div class="src">荆楚网（湖北日报网）　2025-06-09 18:02　记者 向  阳　通讯员 覃  晓 刘佳慧</div>
<div class="txt">{body_html(b)}</div><p>【编辑：李飞】</p>
<div class="rel"><b>相关阅读</b>{ul([("宜昌建设长江大保护典范城市",""),("湖北高铁运营里程突破3000公里","")])}</div>'''
h = mframe('荆楚网', ['首页','新闻','湖北','时政','经济','民生','文化'], '荆楚网 &gt; 新闻 &gt; 湖北', left, '<b>排行</b>'+ul([("武汉地铁新线开通运营",""),("湖北发布高温预警","")]), '荆楚网版权所有　鄂ICP备13004213号')
page('zj-22', '宜都长江大桥主塔封顶', ['向阳', '覃晓', '刘佳慧'], '2025-06-09 18:02', b, doc('宜都长江大桥主塔封顶_湖北_荆楚网', S_M, h), kind='media: provincial (引题 above, 记者/通讯员 in info bar)')

# ---------- zj-23 邯郸新闻网 city media, 本报讯 in body, headline among list / title close to channel label
b = ["本报讯（记者 杜  娟 通讯员 郝建军）6月5日，邯郸市第一批“数字工匠”职业技能等级认定考试在邯郸职业技术学院开考，来自全市42家企业的318名职工参加了工业机器人系统运维员、人工智能训练师等5个职业（工种）的认定。",
"据了解，今年邯郸计划培育“数字工匠”1500名，对取得证书的人员按规定给予职业技能提升补贴，最高每人2000元。",
"本次认定采用理论知识与实际操作相结合的方式，全部试题从国家题库中随机抽取，实操考核在学院的实训基地进行，全程视频监控。考试合格的人员将获得由认定机构颁发的职业技能等级证书，证书信息可在人社部门网站查询。",
"市人社局有关负责人表示，将推动更多企业自主开展技能等级认定，让技能人才“有奔头、有甜头”。"]
left = f'''<div class="ch">邯郸新闻</div><h1>我市首批“数字工匠”职业技能等级认定开考</h1>
<div class="src">2025.06.06　来源：邯郸日报　<a href="#">我要评论</a></div>
<div class="txt">{body_html(b)}</div><p>责编：霍  燕</p>'''
h = mframe('邯郸新闻网', ['首页','邯郸新闻','县区','民生','视频','专题'], '邯郸新闻网 &gt;&gt; 邯郸新闻', left, '<b>图片新闻</b><p><img alt="丛台公园荷花盛开" src="h.jpg" width="100" height="10"></p>', '邯郸日报社主办　冀ICP备10203040号')
page('zj-23', '我市首批“数字工匠”职业技能等级认定开考', ['杜娟', '郝建军'], '2025.06.06', b, doc('我市首批“数字工匠”职业技能等级认定开考-邯郸新闻网', S_M, h), kind='media: city news site (本报讯 byline in body)')

# ---------- zj-24 English: China Daily regional
S_E = "body{font:16px Georgia,serif;margin:0}.hdr{background:#003a75;color:#fff;padding:10px 20px}.nav a{margin:0 8px}.main{width:900px;margin:0 auto}.info{color:#777;font-size:13px}.art p{line-height:1.7}.foot{background:#eee;padding:16px;font-size:12px}"
b = ["Hefei, capital of East China's Anhui province, has opened its first fully automated container terminal on the Yangtze River system, local authorities said on Monday.",
"The terminal at Hefei Port's Paihe Harbor can handle 1.2 million twenty-foot equivalent units a year, about 40 percent more than the old facility it replaces. Unmanned rail-mounted gantry cranes and autonomous trucks move boxes between berths and the yard, guided by a 5G network and the BeiDou Navigation Satellite System.",
"\"Loading a 1,000-TEU barge used to take about 10 hours. Now it takes six,\" said Zhou Hai, deputy general manager of the port operator.",
"Anhui's inland ports handled 2.9 million TEUs last year. The province plans to expand sea-river intermodal routes to Shanghai and Ningbo-Zhoushan to support its auto and electronics exporters."]
main = f'''<div class="crumb">Home / China / Regional</div>
<h1>Hefei opens automated inland container terminal</h1>
<div class="info">By ZHU LIXIN in Hefei | chinadaily.com.cn | Updated: 2025-06-09 17:32</div>
<div class="share">Share - <a href="#">WeChat</a></div>
<div class="art">{body_html(b)}<p><img alt="An autonomous truck moves a container at Hefei Port on Monday. [Photo provided to chinadaily.com.cn]" src="e.jpg" width="10" height="10"></p><p class="cap">An autonomous truck moves a container at Hefei Port on Monday. [Photo provided to chinadaily.com.cn]</p></div>
<p>Editor's picks</p>{ul([("Anhui's EV output surges in first quarter",""),("Yangtze shipping hits record high","")])}'''
h = f'''<div class="hdr">CHINA DAILY | 中国日报 <input placeholder="Search"> <a href="#">Global Edition</a> <a href="#">中文</a></div>
<div class="nav"><a href="#">HOME</a><a href="#">CHINA</a><a href="#">WORLD</a><a href="#">BUSINESS</a><a href="#">LIFESTYLE</a><a href="#">CULTURE</a></div>
<div class="main">{main}</div><div class="foot">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>京ICP备13028878号-6</div>'''
page('zj-24', 'Hefei opens automated inland container terminal', ['ZHU LIXIN'], '2025-06-09 17:32', b, doc('Hefei opens automated inland container terminal - Chinadaily.com.cn', S_E, h, lang='en'), lang='en', kind='media: English (China Daily regional)')

# ---------- zj-25 English: provincial English site, source/published line, author at end
b = ["Jingdezhen, the city in Jiangxi province known as China's porcelain capital, welcomed more than 2,000 ceramic artists and collectors from 41 countries and regions to its annual international ceramic fair, which opened on Friday.",
"The five-day event features 1,600 exhibitors, including studios from Japan, Italy and the Republic of Korea. Organizers said online sales through livestreaming platforms are expected to exceed 300 million yuan ($41.6 million).",
"Local officials said the city now hosts about 60,000 young \"jingpiao\" - artists and entrepreneurs who have moved to Jingdezhen to work with clay - up from 30,000 five years ago.",
"\"The kilns here never went cold for a thousand years. What changes is who keeps them burning,\" said Li Wenying, a 28-year-old potter from Chengdu who runs a studio in the Taoxichuan creative district.",
"(Reporter: Hu Jing; Intern: Xu Yuqi)"]
main = f'''<h1>Jingdezhen ceramic fair draws artists from 41 countries</h1>
<div class="info">Source: Jiangxi News | Published: 2025/10/17 21:08:41 | Editor: Yang Fan</div>
<div class="art">{body_html(b)}</div><p>Related:</p>{ul([("Millennium porcelain town embraces young makers",""),("Jiangxi tourism revenue up 12% in Q3","")])}'''
h = f'''<div class="hdr">Jiangxi, China | <a href="#">中文版</a> <input placeholder="Enter keywords"></div>
<div class="nav"><a href="#">Home</a><a href="#">News</a><a href="#">Travel</a><a href="#">Business</a><a href="#">Culture</a><a href="#">Photos</a></div>
<div class="main"><div class="crumb">You are here: Home &gt; News</div>{main}</div><div class="foot">Copyright © Jiangxi Daily Press Group. All Rights Reserved. 赣ICP备05004541号</div>'''
page('zj-25', 'Jingdezhen ceramic fair draws artists from 41 countries', ['Hu Jing', 'Xu Yuqi'], '2025/10/17 21:08:41', b[:-1], doc('Jingdezhen ceramic fair draws artists from 41 countries', S_E, h, lang='en'), lang='en', kind='media: English provincial (closing reporter line)')

# ---------- zj-26 太原日报 city media on 太原新闻网: 两行标题? use 引题+副题
b = ["记者从太原市交通运输局获悉，6月16日起，太原市新开通和优化调整公交线路14条，重点覆盖晋源区、小店区南部等新建居住区，着力解决群众“最后一公里”出行难题。",
"其中，新开通的889路由晋阳湖公园至太原南站，全长21.6公里，高峰时段发车间隔8分钟；优化调整的856路延伸至山西大学城，方便师生出行。",
"据介绍，此次线路调整前，市交通运输部门通过问卷调查、社区座谈等方式收集市民意见建议2100余条，对客流数据进行了分析研判。今后还将根据新建小区入住情况和市民出行需求，动态优化公交线网布局。",
"此外，太原还在20个地铁站点周边设置“公交接驳专线”，实现地铁、公交换乘步行距离不超过200米。市民可通过“太原公交”微信小程序查询实时到站信息。"]
left = f'''<p class="yinti">新开和优化调整14条线路</p><h1>太原公交补齐新建小区出行“短板”</h1><p class="futi">地铁公交换乘步行不超过200米</p>
<div class="src">2025-06-13 08:20　　来源：太原日报　　记者：韩  雪　　责任编辑：任伟</div>
<div class="txt">{body_html(b)}</div>'''
h = mframe('太原新闻网', ['首页','太原','三晋','民生','图片','评论'], '当前位置：首页 &gt; 太原', left, '<b>热点</b>'+ul([("太原晋阳湖公园荷花节开幕",""),("太原中考6月26日开考","")]), '太原日报社版权所有　晋ICP备07005011号')
page('zj-26', '太原公交补齐新建小区出行“短板”', ['韩雪'], '2025-06-13 08:20', b, doc('太原公交补齐新建小区出行“短板”_太原新闻网', S_M, h), kind='media: city news site (引题 above + 副题 below)')
