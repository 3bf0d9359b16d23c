from lib import *
NEWS_CSS = """
body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;color:#222;font-size:14px}
a{color:#222;text-decoration:none} ul{list-style:none;margin:0;padding:0}
.top{background:#f7f7f7;border-bottom:1px solid #e5e5e5;font-size:12px;padding:6px 30px}
.top a{margin-right:12px}
.hd{padding:14px 30px;border-bottom:2px solid #0b59a8}
.logo{font-size:28px;font-weight:bold;color:#0b59a8;display:inline-block}
.chan{display:inline-block;margin-left:20px;font-size:18px;color:#0b59a8}
.hd input{float:right;width:220px}
.nav li{display:inline-block;margin:8px 10px}
.main{width:1000px;margin:0 auto;overflow:hidden}
.left{float:left;width:680px}
.right{float:right;width:290px;font-size:13px}
h1{font-size:30px;line-height:1.4;margin:18px 0 10px}
.meta{color:#777;font-size:13px;margin-bottom:16px}
.meta span{margin-right:12px}
.art p{font-size:17px;line-height:1.9;margin:0 0 18px}
.art .pic{text-align:center;color:#666;font-size:14px}
.art img{width:600px;height:340px;background:#eee}
.box h3{font-size:16px;border-bottom:1px solid #ddd;padding-bottom:6px}
.box li{padding:3px 0;border-bottom:1px dotted #eee}
.box .n{color:#e33;margin-right:6px}
.cmt{background:#fafafa;border:1px solid #eee;padding:10px;margin:18px 0}
.ft{clear:both;background:#f2f2f2;color:#777;font-size:12px;text-align:center;padding:20px;line-height:2}
.ed{text-align:right;color:#888}
"""

def hotlist(title, items):
    return f'<div class="box"><h3>{title}</h3><ul>' + "".join(f'<li><span class="n">{i+1}</span><a href="#">{esc(t)}</a></li>' for i,t in enumerate(items)) + "</ul></div>"

# ---------- zb-15 人民网 地方频道-like: 人民网XX电 (记者 …) in first paragraph; 来源 + 原标题? no
title = "云南普洱：咖啡鲜果采摘季 山间小果实串起增收链"
body = [
 "人民网昆明1月8日电（记者 杨文明 通讯员 李晓燕）冬日的普洱市思茅区南屏镇，漫山的咖啡树挂满红色果实。一大早，整碗村的咖啡种植户李国华就带着6名采摘工上山，“今年雨水好，果子又大又红，每亩能采鲜果1.2吨左右。”",
 "普洱是我国咖啡种植面积最大、产量最高的地区之一。近年来，当地推动咖啡产业从“卖原料”向“卖产品”转变，引导农户只采红果、精细化处理，精品咖啡比例从2019年的不足5%提高到目前的约22%。",
 "在位于思茅区的一家咖啡庄园，庄园负责人张雯正在给前来研学的学生讲解水洗、日晒、蜜处理等不同工艺。“精品豆的收购价是普通豆的2到3倍，我们和周边300多户农户签订了收购协议。”张雯说。",
 "据普洱市咖啡产业发展中心介绍，全市现有咖啡种植面积约70万亩，2024年咖啡综合产值达到102亿元，带动10万余户农户增收。下一步，当地将继续推进咖啡品种改良、初加工设施升级和品牌打造，让小小的咖啡豆成为群众增收致富的“金豆豆”。",
]
h = f"""
<div class="top"><a href="#">人民网首页</a><a href="#">人民日报</a><a href="#">人民网+</a><a href="#">手机版</a><a href="#">登录</a><a href="#">注册</a></div>
<div class="hd"><span class="logo">人民网</span><span class="chan">云南频道</span><input type="text" placeholder="搜索"></div>
{nav(["首页","时政","社会","经济","文旅","县域","图片","视频","专题"])}
<div class="main"><div class="left">
<div style="font-size:13px;color:#666;margin-top:10px">人民网 &gt;&gt; 云南频道 &gt;&gt; 经济</div>
<h1>{esc(title)}</h1>
<div class="meta"><span>2025年01月08日09:12</span><span>来源：人民网-云南频道</span><span><a href="#">分享到：</a></span></div>
<div class="art">
<p>　　{esc(body[0])}</p>
<div class="pic"><img alt="普洱咖啡农户正在采摘咖啡鲜果。人民网 杨文明摄"><br>普洱咖啡农户正在采摘咖啡鲜果。人民网 杨文明摄</div>
{ps(body[1:], indent="　　")}
</div>
<div class="ed">(责编：李明远、王晓红)</div>
<div class="cmt">关注公众号：人民网云南频道 <img alt="二维码" width="80" height="80"></div>
<div class="box"><h3>相关新闻</h3>{ul(["普洱咖啡进入采摘加工旺季","云南咖啡产业迈向精品化","2024年云南咖啡出口量同比增长超三成"])}</div>
</div>
<div class="right">{hotlist("热点推荐",["昆明长水机场春运航班计划出炉","大理：洱海流域生态修复见成效","西双版纳热带雨林国家公园创建取得新进展","丽江古城推出冬季文旅消费季","云南出台支持民营经济发展二十条措施"])}
{hotlist("图片新闻",["红嘴鸥如约而至","哈尼梯田云海美景"])}</div></div>
<div class="ft">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站律师 | 信息保护 | 联系我们<br>人民日报社 版权所有，未经书面授权禁止使用<br>Copyright © 1997-2025 by www.people.com.cn. all rights reserved</div>
"""
add("zb-15","portal","national news site regional channel (People's-Daily-like), 人民网…电（记者 … 通讯员 …）",doc(title+"--云南频道--人民网",NEWS_CSS,h),
    title, ["杨文明","李晓燕"], "2025年01月08日09:12", body, note="photo credit line not body")

# ---------- zb-16 portal (Sina-like local news), 原标题 line, comment counts, 责任编辑
title = "老旧小区加装电梯 这个街道一年装了42台"
body = [
 "“以前上下楼要歇三回，现在一按按钮就到家门口了。”家住长沙市雨花区东塘街道雅塘村社区的82岁老人何桂芝说。今年5月，她所在的单元加装电梯正式投入使用。",
 "记者从东塘街道了解到，截至11月底，该街道今年已有42台加装电梯完工运行，另有19台正在施工，数量居全区前列。",
 "加装电梯难，难在协调。东塘街道党工委书记彭亮介绍，街道推行“居民议事会+专业代办”模式，由社区牵头召开楼栋协商会，引入专业代办公司负责设计、报建、施工全流程，居民只需在协商会上“拿主意”。对于低楼层住户担心的采光、噪音问题，设计方案在电梯井道采用玻璃幕墙、静音主机等方式尽量减少影响。",
 "资金方面，除市、区两级每台最高20万元的补贴外，街道还协调辖区银行推出“加梯贷”，并允许符合条件的居民提取住房公积金用于加装电梯。",
 "彭亮表示，明年街道计划再推动加装电梯50台，并探索“电梯管家”模式，解决加装后的维保、运行费用分摊等后续管理问题。",
]
h = f"""
<div class="top"><a href="#">新浪首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">财经</a><a href="#">娱乐</a><a href="#">科技</a><a href="#">博客</a><a href="#">图片</a><a href="#">专栏</a><a href="#">更多</a><span style="float:right"><a href="#">登录</a> <a href="#">注册</a></span></div>
<div class="hd"><span class="logo">新浪湖南</span><input type="text" placeholder="大家正在搜：长沙地铁7号线"></div>
<div class="main"><div class="left">
<h1>{esc(title)}</h1>
<div class="meta"><span>2023年12月04日 07:35</span><span>潇湘晨报</span><span><a href="#">新浪财经APP</a></span><span><a href="#">缩小字体</a> <a href="#">放大字体</a></span><span><a href="#">收藏</a></span><span><a href="#">微博</a> <a href="#">微信</a> <a href="#">分享</a></span><span><a href="#">85</a></span></div>
<div class="art">
<p>　　原标题：一年装42台！东塘街道探索加装电梯“全流程代办”</p>
<p>　　潇湘晨报记者 龙文泱 长沙报道</p>
{ps(body, indent="　　")}
</div>
<p class="ed">责任编辑：张玉</p>
<div class="cmt">新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。</div>
<div class="cmt"><b>我要评论</b> 已有<a href="#">85</a>条评论 <a href="#">1,203</a>人参与<br><textarea placeholder="说点什么吧"></textarea><br><a href="#">发布</a></div>
<div class="box"><h3>相关阅读</h3>{ul(["长沙：今年计划加装电梯1000台","加装电梯可以提取公积金了","老旧小区改造后，停车难怎么解","湖南发布城镇老旧小区改造技术导则"])}</div>
</div>
<div class="right">{hotlist("新浪湖南热榜",["长沙跨年夜交通管制公告","湘江新区发布人才新政","张家界迎来今冬首场雪","岳阳楼景区推出夜游","常德：一只鸟带火一座城","株洲轨道交通规划获批","衡阳南岳庙会12月开幕","湘西非遗进校园"])}</div></div>
<div class="ft">新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 通行证注册 | 产品答疑<br>Copyright © 1996-2023 SINA Corporation, All Rights Reserved<br>新浪公司 版权所有</div>
"""
add("zb-16","portal","portal local channel (Sina-like), 原标题 + reporter line at body start, comment counts",doc(title+"|加装电梯_新浪湖南",NEWS_CSS,h),
    title, ["龙文泱"], "2023年12月04日 07:35", body, note="原标题 line and 'X记者 … 长沙报道' line are not body")

# ---------- zb-17 Tencent-news-like: author in meta, 图片 caption, dense 相关 lists
title = "全国首条跨海高铁隧道进入盾构掘进关键阶段"
body = [
 "记者4月18日从中国铁建获悉，位于浙江宁波至舟山的甬舟铁路金塘海底隧道盾构机“甬舟号”已累计掘进5120米，进入穿越海底断裂带的关键阶段。",
 "甬舟铁路是我国首条跨海高铁，全长76.4公里，设计时速250公里。其中金塘海底隧道全长16.18公里，盾构段长约11.21公里，最深处位于海平面以下78米，是目前世界上最长的海底高铁隧道。",
 "“海底地质条件复杂，盾构机要连续穿越软土、砂层、硬岩等多种地层，同时承受最高0.84兆帕的水压。”项目总工程师孙维介绍，为此，建设团队为“甬舟号”配置了常压换刀、刀具磨损实时监测等装置，刀具更换作业无需带压进仓，大幅提升了作业安全。",
 "据了解，甬舟铁路建成后，舟山将结束不通铁路的历史，宁波至舟山的通行时间将缩短至30分钟以内，对完善长三角铁路网、促进舟山群岛新区开发具有重要意义。",
]
h = f"""
<div class="top"><a href="#">腾讯网</a><a href="#">新闻</a><a href="#">视频</a><a href="#">图片</a><a href="#">军事</a><a href="#">体育</a><a href="#">NBA</a><a href="#">娱乐</a><a href="#">财经</a><a href="#">科技</a><a href="#">时尚</a><span style="float:right"><a href="#">下载腾讯新闻APP</a> <a href="#">登录</a></span></div>
<div class="main"><div class="left">
<h1>{esc(title)}</h1>
<div class="meta"><span><a href="#">中国新闻网</a></span><span>2026-04-18 15:02</span><span>发布于北京</span><span>中国新闻网官方帐号</span><span><a href="#">+关注</a></span></div>
<div class="art">
<p>中新网北京4月18日电 (记者 吴  涛)</p>
{ps(body)}
<div class="pic"><img alt="图为甬舟铁路金塘海底隧道施工现场。中国铁建供图"><br>图为甬舟铁路金塘海底隧道施工现场。中国铁建 供图</div>
<p>(完)</p>
</div>
<div class="ed">【编辑：刘阳禾】</div>
<div class="cmt">免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。<br><a href="#">举报</a></div>
<div class="cmt">评论 <a href="#">326</a> 条 | <a href="#">写评论</a><br><input type="text" placeholder="文明上网理性发言，请遵守新闻评论服务协议"></div>
<div class="box"><h3>热门推荐</h3>{ul(["沪甬跨海通道最新进展","杭温高铁开通一周年客流超千万","世界最长海底高铁隧道有多难挖？一图看懂","国铁集团：二季度调图方案发布","长三角铁路今年新增运营里程300公里","“深海一号”二期全面投产","港珠澳大桥通关车辆创新高","深中通道开通以来车流量统计"])}</div>
</div>
<div class="right">{hotlist("24小时热榜",["多地发布高温预警","今年一季度GDP数据发布","新能源车下乡活动启动","五一假期火车票明起开售","教育部：严禁学校违规补课","国际油价连续三日上涨","气象台：南方将迎强降雨","多部门部署春季森林防火"])}</div></div>
<div class="ft">Copyright © 1998 - 2026 Tencent. All Rights Reserved<br>腾讯公司 版权所有 | 粤网文[2023]1234-123号 | 粤B2-20090059</div>
"""
add("zb-17","portal","portal (Tencent-news-like) carrying 中新网 wire: byline on its own line before the body",doc(title+"_腾讯新闻",NEWS_CSS,h),
    title, ["吴涛"], "2026-04-18 15:02", body, note="dateline+byline printed as its own paragraph '中新网北京4月18日电 (记者 吴  涛)': not body (credit line); (完) not body")
