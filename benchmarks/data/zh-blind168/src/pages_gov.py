# Government pages tm-01 .. tm-12 (invented content; sites of 天津, 山东, 贵州, 新疆)
K = 'government'
PAGES = []

# tm-01: 天津 district portal, 2010s table layout, info bar spaced below title
PAGES.append(dict(
 id='tm-01', kind=K, lang='zh', pstyle='indent',
 css='body{font:12px SimSun;margin:0}table.frame{width:1000px;margin:0 auto}.tt{text-align:center;font-size:22px;color:#b00}.info{text-align:center;color:#666}.dt td,.dt th{padding:3px 6px}',
 head='''<table class="frame"><tr><td><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a></td><td align="right">2026年11月24日 星期二 <input placeholder="请输入关键字"><button>搜索</button></td></tr>
<tr><td colspan="2"><img alt="天津市西湖区人民政府"></td></tr>
<tr><td colspan="2"><a href="#">首页</a>　<a href="#">走进西湖</a>　<a href="#">政务公开</a>　<a href="#">政务服务</a>　<a href="#">互动交流</a>　<a href="#">专题专栏</a></td></tr></table>
<table class="frame"><tr><td>当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">区内要闻</a> &gt; 正文</td></tr></table>''',
 wrap='<table class="frame"><tr><td>%s</td></tr></table>',
 title='西湖区召开冬季安全生产暨燃气安全专项整治推进会',
 info='<p class="info">发布时间：2026-11-24 10:32　　来源：区应急管理局　　浏览次数：1286　　【字体：<a>大</a> <a>中</a> <a>小</a>】</p>',
 authors=[], publish_time='2026-11-24 10:32',
 body=[
  ('p','11月23日下午，西湖区召开冬季安全生产暨燃气安全专项整治推进会，通报前一阶段全区安全生产检查情况，部署入冬以来重点行业领域隐患排查整治工作。副区长刘铁军出席会议并讲话。'),
  ('p','会议指出，今年以来全区共检查生产经营单位2317家次，发现并整改一般隐患4126项，燃气用户安全检查覆盖率达到98.6%。但也要清醒看到，老旧小区燃气管线老化、餐饮场所违规使用瓶装液化气等问题仍然存在，冬季供暖期各类风险叠加。'),
  ('p','会议要求，各街道、各部门要紧盯餐饮、供热、建筑施工、危险化学品等重点领域，坚持“四不两直”暗查暗访，对发现的问题建立台账、限期销号；要加强值班值守和应急物资储备，确保一旦发生险情能够第一时间处置。'),
  ('p','区安委会各成员单位、各街道分管负责同志参加会议。'),
 ],
 below='',
 tail='''<table class="frame"><tr><td>【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a>西湖区开展“119”消防宣传月集中宣传活动</a><br>下一篇：<a>区政协召开十一届二十次主席会议</a></td></tr></table>''',
 foot='''<table class="frame" bgcolor="#eee"><tr><td align="center"><a>网站地图</a> | <a>联系我们</a> | <a>隐私声明</a><br>主办：天津市西湖区人民政府办公室　承办：天津市西湖区政务服务办公室<br>津ICP备05011234号-1　<img alt="">津公网安备 12010302001188号　网站标识码：1201030027<br>技术支持：天津信通网络科技有限公司　联系电话：022-27811234</td></tr></table>''',
))

# tm-02: 山东 city bureau notice (official document with 文号, 主送, 署名, 成文日期), responsive 2020s design
PAGES.append(dict(
 id='tm-02', kind=K, lang='zh', pstyle='p',
 css='body{font-family:sans-serif;margin:0}.top{background:#1a5fb4;color:#fff;padding:8px}.wrap{max-width:1100px;margin:auto}.meta-table td{border:1px solid #ccc;padding:4px}.tt{font-size:24px;text-align:center}.sign{text-align:right}',
 head='''<div class="top"><div class="wrap"><span>欢迎访问潍河市人力资源和社会保障局网站</span> <a>长者模式</a> <a>无障碍阅读</a> <a>登录</a> <a>注册</a></div></div>
<header class="wrap"><img alt="潍河市人力资源和社会保障局"><form><input placeholder="搜索本站内容"><button>搜 索</button></form>
<nav><a>首页</a><a>机构概况</a><a>政策文件</a><a>通知公告</a><a>就业创业</a><a>社会保障</a><a>人才人事</a><a>劳动关系</a><a>办事服务</a></nav></header>
<div class="wrap crumb">您所在的位置：<a>首页</a> » <a>政府信息公开</a> » <a>通知公告</a></div>''',
 wrap='<main class="wrap">%s</main>',
 above='''<table class="meta-table"><tr><td>索引号：</td><td>11370700MB28561X2K/2026-01187</td><td>发布机构：</td><td>潍河市人力资源和社会保障局</td></tr>
<tr><td>成文日期：</td><td>2026-11-20</td><td>发布日期：</td><td>2026-11-25</td></tr>
<tr><td>文号：</td><td>潍人社字〔2026〕88号</td><td>主题分类：</td><td>劳动、人事、监察</td></tr></table>''',
 title='潍河市人力资源和社会保障局关于做好2026年度冬季农民工工资支付专项检查的通知',
 title_html='<h1 class="tt">潍河市人力资源和社会保障局<br>关于做好2026年度冬季农民工工资支付专项检查的通知</h1>',
 info='<div class="info">发布日期：2026-11-25 16:08:41　　<span>【字号 大 中 小】</span>　<span>分享到：微信 微博 QQ空间</span></div>',
 authors=[], publish_time='2026-11-25 16:08:41',
 body=[
  ('x','潍人社字〔2026〕88号','docno'),
  ('p','各区县（市）人力资源和社会保障局，市属各开发区人力资源部门：'),
  ('p','为切实保障农民工劳动报酬权益，确保农民工工资在春节前足额支付，根据省人力资源和社会保障厅统一部署，市里决定自2026年12月1日起至2027年2月10日，在全市开展冬季农民工工资支付专项检查。现将有关事项通知如下：'),
  ('h','一、检查范围'),
  ('p','重点检查工程建设领域以及加工制造、餐饮服务等劳动密集型行业的用人单位，特别是政府投资项目和以往发生过欠薪问题的企业。'),
  ('h','二、工作要求'),
  ('ol','全面落实农民工实名制管理、工资专用账户、工资保证金等制度；'),
  ('ol','对查实的欠薪案件一律限期清偿，拒不支付的依法移送公安机关；'),
  ('ol','各单位于每月5日前报送上月检查进展，联系人：孙晓萌，电话：0536-8897123。'),
  ('p','特此通知。'),
  ('sign','潍河市人力资源和社会保障局'),
  ('sign','2026年11月20日'),
  ('x','（此件主动公开）'),
 ],
 tail='''<div class="wrap"><p>附件：<a>1.专项检查情况统计表.xlsx</a></p><p><a>【打印】</a> <a>【关闭】</a></p>
<div class="qr"><img alt=""><span>扫一扫在手机打开当前页</span></div></div>''',
 foot='''<footer><div class="wrap"><p>政府网站标识码：3707000031　鲁ICP备12045678号-2　鲁公网安备 37070202000451号</p><p>主办单位：潍河市人力资源和社会保障局　地址：潍河市奎文路2199号　邮编：261061</p><p><img alt="党政机关"> <img alt="政府网站找错"></p></div></footer>''',
))

# tm-03: 贵州 county 政策解读, Q&A, 2018 div layout with left info box
PAGES.append(dict(
 id='tm-03', kind=K, lang='zh', pstyle='nbsp',
 css='.hd{height:120px;background:#0a7}.nav li{display:inline;margin:0 10px}.left{float:left;width:240px}.right{margin-left:260px}',
 head='''<div class="hd"><div class="lk"><a>繁体版</a> <a>无障碍</a> <a>手机版</a> <a>智能问答</a></div><h2>黔阳县人民政府</h2><p>www.qianyang.gov.cn</p></div>
<ul class="nav"><li>首页</li><li>政务动态</li><li>信息公开</li><li>政策解读</li><li>政民互动</li><li>走进黔阳</li></ul>
<div class="pos">首页 &gt;&gt; 信息公开 &gt;&gt; 政策解读</div>
<div class="left"><h4>政策解读</h4><ul><li>文字解读</li><li>图片解读</li><li>视频解读</li><li>部门解读</li></ul></div>''',
 wrap='<div class="right">%s</div>',
 title='一图读懂｜《黔阳县2026年农村人居环境整治提升实施方案》解读',
 title_html='<h1 class="tt">一图读懂｜《黔阳县2026年农村人居环境整治提升实施方案》解读</h1>',
 info='<div class="info"><span>信息来源：县乡村振兴局</span><span>发布时间：2026年11月26日</span><span>访问量：<b>342</b></span></div>',
 authors=[], publish_time='2026年11月26日',
 body=[
  ('h','一、出台背景'),
  ('p','近年来，我县持续推进农村厕所革命、生活垃圾和生活污水治理，村容村貌明显改善，但部分偏远村寨设施管护不到位、长效机制不健全的问题依然突出。为巩固整治成果，县里研究制定了《实施方案》。'),
  ('h','二、主要目标'),
  ('p','到2026年底，全县农村卫生厕所普及率达到92%以上，生活垃圾收运处置体系覆盖所有行政村，生活污水治理率提高到45%。'),
  ('table',[['指标','2025年','2026年目标'],['卫生厕所普及率','88.3%','92%以上'],['生活污水治理率','38.1%','45%'],['垃圾收运覆盖行政村','131个','全部']]),
  ('h','三、重点任务'),
  ('li','以群众意愿为前提，分类推进户厕改造；'),
  ('li','建立“村收集、乡转运、县处理”的垃圾收运体系；'),
  ('li','推行“门前三包”和积分制管理，引导村民自觉参与。'),
  ('img','解读图片','图为实施方案主要内容示意图'),
  ('h','四、咨询方式'),
  ('p','联系单位：黔阳县乡村振兴局，联系电话：0851-22741106。'),
 ],
 tail='''<div class="right"><p>相关文件：<a>黔阳县人民政府办公室关于印发《黔阳县2026年农村人居环境整治提升实施方案》的通知</a></p>
<p>分享：<a>微信</a> <a>微博</a> 【<a>打印</a>】【<a>关闭</a>】</p></div>''',
 foot='''<div class="ft" style="clear:both"><p>版权所有：黔阳县人民政府　主办：黔阳县人民政府办公室　运维：黔阳县大数据发展中心</p><p>黔ICP备13004321号　黔公网安备52263002000011号　网站标识码：5226300008</p><p>建议使用1920×1080分辨率浏览本站</p></div>''',
))

# tm-04: 新疆 county portal, 领导活动 with minority names, bilingual banner
PAGES.append(dict(
 id='tm-04', kind=K, lang='zh', pstyle='p',
 css='body{margin:0;font:14px "Microsoft YaHei"}.band{background:#c8102e;color:#fff}.tt{font-size:26px}.info span{margin-right:18px}',
 head='''<div class="band"><span>今天是：2026年11月27日</span> <a>ئۇيغۇرچە</a> <a>汉文</a> <a>无障碍浏览</a> <a>关怀版</a></div>
<div class="logo"><img alt="托克苏县人民政府网"><input placeholder="全站搜索"><a>高级检索</a></div>
<div class="menu"><a>首页</a> <a>要闻动态</a> <a>政府信息公开</a> <a>政务服务</a> <a>政民互动</a> <a>魅力托克苏</a></div>
<div class="loc">位置：<a>首页</a>/<a>要闻动态</a>/<a>领导动态</a></div>''',
 title='阿不都热合曼·吐尔逊到乡镇调研冬季供暖和畜牧业生产工作',
 info='<div class="info"><span>发布日期：2026-11-27</span><span>来源：托克苏县融媒体中心</span><span>作者：古丽米拉·艾买提 陈雪松</span><span>点击：<em>615</em></span></div>',
 authors=['古丽米拉·艾买提','陈雪松'], publish_time='2026-11-27',
 body=[
  ('p','11月25日至26日，县委副书记、县长阿不都热合曼·吐尔逊深入阿克墩乡、铁厂沟镇，实地调研冬季供暖保障和畜牧业生产工作。'),
  ('img','调研现场',''),
  ('p','在阿克墩乡热源厂，阿不都热合曼·吐尔逊详细查看了锅炉运行、燃煤储备和管网巡检情况，要求相关单位严格落实24小时值班制度，确保群众温暖过冬。他说：“供暖是最大的民生，宁可多备一吨煤，也不能让一户群众挨冻。”'),
  ('p','在铁厂沟镇肉牛养殖合作社，他与养殖户拉家常、算收入账，了解饲草料储备、疫病防控和销售渠道等情况。他指出，要加快推进棚圈改造和饲草基地建设，用好畜牧业贷款贴息政策，帮助养殖户扩大规模、稳定增收。'),
  ('p','调研中，阿不都热合曼·吐尔逊还走访了两户困难群众，详细询问取暖用煤、冬衣冬被和就医就学情况，叮嘱乡镇干部要把困难群众的冷暖放在心上，确保各项救助政策及时落实到位。'),
  ('p','县直有关部门和乡镇主要负责同志参加调研。'),
 ],
 tail='''<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div><div class="pn"><p>上一条：县人大常委会召开第三十一次会议</p><p>下一条：我县召开冬春季农田水利建设推进会</p></div>''',
 foot='''<div class="foot"><p>托克苏县人民政府 主办　托克苏县人民政府办公室 承办</p><p>新ICP备16002345号-1　新公网安备 65232502000123号　政府网站标识码：6523250012</p></div>''',
))

# tm-05: 天津 街道 page, simple old template (2012), info bar above title, glued labels
PAGES.append(dict(
 id='tm-05', kind=K, lang='zh', pstyle='br',
 css='body{background:#f3f3f3}.main{width:960px;margin:auto;background:#fff}',
 head='''<div class="main"><img alt="天津市南开区长虹湾街道办事处"><br><a>首页</a> | <a>街道概况</a> | <a>社区风采</a> | <a>党建工作</a> | <a>便民服务</a> | <a>通知公告</a></div>
<div class="main">您现在的位置: 首页 &gt; 社区风采</div>''',
 wrap='<div class="main">%s</div>',
 above='<div class="info">时间:2026-11-23　作者:社区办　阅读:97次</div>',
 title='长虹湾街道举办“邻里节”暨社区志愿服务成果展',
 info='',
 authors=[], publish_time='2026-11-23',
 body=[
  ('p','为进一步营造和谐邻里氛围，11月21日上午，长虹湾街道在文体广场举办“邻里节”暨社区志愿服务成果展，辖区8个社区的300余名居民和志愿者参加活动。'),
  ('p','活动现场设置了义诊、理发、家电维修、法律咨询等12个便民服务摊位。来自街道社区卫生服务中心的医生为老年人测量血压、血糖，讲解冬季心脑血管疾病预防知识；律师志愿者围绕遗产继承、物业纠纷等群众关心的问题现场答疑。'),
  ('p','成果展区以图片和实物形式，展示了今年以来各社区开展“敲门行动”、助老送餐、垃圾分类督导等志愿服务的成效。居民张阿姨说：“住了二十多年，第一次觉得楼上楼下这么亲。”'),
  ('p','据悉，街道今年累计组织志愿服务活动460余场，注册志愿者达到5100人。下一步，街道将继续完善“时间银行”积分兑换机制，让更多居民参与到社区治理中来。'),
  ('x','（长虹湾街道）'),
 ],
 tail='<div class="main"><a>【关闭窗口】</a></div>',
 foot='<div class="main" align="center">版权所有：天津市南开区长虹湾街道办事处　地址：南开区长虹路88号　电话：022-87651234<br>津ICP备10003456号</div>',
))

# tm-06: 山东 乡镇 page on county portal, 2022 card layout, 公示 with table
PAGES.append(dict(
 id='tm-06', kind=K, lang='zh', pstyle='p',
 css='.card{box-shadow:0 0 4px #ccc;padding:20px;max-width:1000px;margin:auto}.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #999}',
 head='''<div class="bar"><a>沂南县人民政府</a> | <a>岸堤镇</a> <span>适老化浏览</span> <span>无障碍</span></div>
<div class="banner"><h2>岸堤镇人民政府</h2><input placeholder="请输入搜索内容"><button>搜索</button></div>
<nav><a>首页</a> <a>镇情概况</a> <a>镇务公开</a> <a>乡村振兴</a> <a>便民服务</a></nav>
<div class="crumb">当前位置：首页 &gt; 镇务公开 &gt; 公示公告 &gt; 正文</div>''',
 wrap='<div class="card">%s</div>',
 title='关于岸堤镇2026年度第二批低保救助对象拟审批名单的公示',
 info='<div class="info">【发布时间：2026年11月24日 09:15】【来源：岸堤镇社会事务办公室】【字体：大 中 小】</div>',
 authors=[], publish_time='2026年11月24日 09:15',
 body=[
  ('p','根据《山东省社会救助办法》和最低生活保障审核确认有关规定，经本人申请、村（居）委会入户调查、民主评议和镇政府审核，拟将以下5户家庭纳入最低生活保障范围，现予以公示。'),
  ('table',[['序号','村（居）','户主','家庭人口','致贫原因'],['1','前河村','王*林','2','重病'],['2','东岭村','李*英','1','残疾'],['3','岸堤社区','赵*','3','缺乏劳动力'],['4','西坡村','孙*华','2','重病'],['5','石门村','刘*','1','残疾']]),
  ('p','公示期为2026年11月24日至11月30日。公示期间，如对公示对象有异议，可通过来电、来信或来访等方式向镇社会事务办公室反映。反映情况须实事求是，提倡署真实姓名。'),
  ('p','公示期满无异议的，将按程序报县民政局审批，自审批次月起发放低保金；有异议的，镇政府将在5个工作日内组织复核，并将复核结果向申请人和相关村（居）反馈。'),
  ('p','监督电话：0539-3451207'),
  ('sign','岸堤镇人民政府'),
  ('sign','2026年11月24日'),
 ],
 tail='<div class="card"><span>扫一扫在手机上查看当前页面</span><img alt="二维码"><p>【<a>打印</a>】 【<a>关闭</a>】</p></div>',
 foot='<footer><p>主办单位：沂南县岸堤镇人民政府　技术支持：沂南县大数据中心</p><p>网站标识码：3713210034　鲁ICP备10002233号-3　鲁公网安备 37132102000321号</p></footer>',
))

# tm-07: 贵州 村 news on a village WeChat-like site / county sub-page, 2019 mobile page
PAGES.append(dict(
 id='tm-07', kind=K, lang='zh', pstyle='indent',
 css='body{max-width:640px;margin:auto;font-size:16px}.hdr{background:#2b7}.tt{font-size:20px}',
 head='<div class="hdr"><a>返回</a> 丹寨县人民政府 <a>菜单</a></div><div class="crumb">首页 &gt; 乡村振兴 &gt; 村务动态</div>',
 title='石桥村：古法造纸作坊里的“冬闲不闲”',
 info='<p class="info">2026-11-22 18:40 丹寨县人民政府网 来源：兴仁镇 作者：潘 文 杨秀梅 字号：<a>A+</a> <a>A-</a></p>',
 authors=['潘文','杨秀梅'], publish_time='2026-11-22 18:40',
 body=[
  ('p','入冬以后，地里的农活少了，石桥村的古法造纸作坊却忙得热火朝天。抄纸、压榨、晒纸，村民们分工协作，一张张带着花草纹样的皮纸在竹帘上成形。'),
  ('p','“现在订单排到了明年春节，光是文创店的花草纸就订了两万张。”作坊负责人王兴富一边检查纸张一边介绍。去年以来，村里引进文创企业，把传统皮纸做成笔记本、灯罩、书签等产品，通过电商平台销往全国。'),
  ('p','据了解，石桥村目前有造纸作坊11家，带动120多名村民就近就业，人均月增收2000元以上。村里还依托造纸技艺开发研学线路，今年接待研学学生和游客3.6万人次。'),
  ('p','为了让产品更有市场，村里还请来高校设计团队，把苗族蜡染纹样和当地花草融入纸张设计，推出了十多个系列的文创产品，部分产品在省级文创大赛中获奖。'),
  ('p','村党支部书记杨光明说，下一步将申请建设非遗工坊，培养更多年轻传承人，让古老技艺在乡村振兴中焕发新活力。'),
  ('img','石桥村村民正在抄纸','石桥村村民正在抄纸。潘 文 摄'),
 ],
 below='',
 tail='<div class="share"><span>分享到：</span><a>朋友圈</a><a>微信好友</a></div><div class="rel"><h4>相关阅读</h4><ul><li>兴仁镇：冬季蔬菜保供有“底气”</li><li>丹寨县举办第二届苗族蜡染技艺大赛</li></ul></div>',
 foot='<div class="ft">主办：丹寨县人民政府办公室　黔ICP备09002211号　网站标识码：5226360003　<a>电脑版</a></div>',
))

# tm-08: 新疆 prefecture department 通报, grey 2016 portal with left nav, info bar with seconds
PAGES.append(dict(
 id='tm-08', kind=K, lang='zh', pstyle='p',
 css='.w{width:1200px;margin:auto}.l{float:left;width:220px}.r{margin-left:240px}',
 head='''<div class="w top"><span>伊犁河谷州市场监督管理局</span> <a>网站支持IPv6</a> <a>无障碍</a> <a>适老化</a> <a>手机版</a> <form><input placeholder="请输入关键词"><button>检索</button></form></div>
<div class="w nav"><a>网站首页</a> <a>机构职能</a> <a>新闻动态</a> <a>信息公开</a> <a>网上办事</a> <a>专题专栏</a> <a>互动交流</a></div>
<div class="w l"><h3>新闻动态</h3><p>工作动态</p><p>县市动态</p><p>通知公告</p><p>曝光台</p></div>''',
 wrap='<div class="w r"><div class="pos">您当前的位置：<a>首页</a> &gt; <a>新闻动态</a> &gt; <a>曝光台</a></div>%s</div>',
 title='州市场监管局通报2026年第三批食品安全监督抽检不合格情况',
 info='<div class="info">来源：食品安全抽检监测科　发布时间：2026-11-26 11:20:07　浏览量：2031　<a>【打印】</a><a>【关闭】</a></div>',
 authors=[], publish_time='2026-11-26 11:20:07',
 body=[
  ('p','近期，州市场监督管理局组织对粮食加工品、肉制品、乳制品、蔬菜制品、餐饮食品等15大类食品开展监督抽检，共抽检样品612批次，检出不合格样品9批次，合格率为98.5%。现将不合格情况通报如下：'),
  ('table',[['食品名称','被抽样单位','不合格项目'],['干辣椒','某农贸市场经营户','二氧化硫残留量'],['油饼','某餐饮店','铝的残留量'],['芹菜','某生鲜超市','毒死蜱']]),
  ('p','对抽检中发现的不合格食品，相关县市市场监管部门已责令经营者立即下架、封存，查清产品流向，召回不合格产品，并依法立案调查。'),
  ('p','本次抽检发现的主要问题包括：二氧化硫残留量超标，可能是生产经营者违规使用漂白剂所致；铝的残留量超标，可能是加工过程中超量使用含铝膨松剂；农药残留超标，可能是种植环节违规用药或未遵守安全间隔期。'),
  ('p','州市场监管局提醒广大消费者，选购食品时应到正规商场、超市购买，注意查看标签标识，发现问题可拨打12315投诉举报。'),
 ],
 after='<p class="fj">附件：<a>食品监督抽检不合格产品信息.pdf</a></p>',
 tail='<div class="w"><p>上一篇：<a>州市场监管局开展电梯安全专项检查</a></p><p>下一篇：没有了</p></div>',
 foot='<div class="w ft" style="clear:both">Copyright© 伊犁河谷州市场监督管理局 All Rights Reserved<br>地址：伊宁市解放西路188号 联系电话：0999-8021234<br>新ICP备18001234号-1　网站标识码：6540000019</div>',
))

# tm-09: 天津 municipal department, 讲话 (speaker = author), 2024 design
PAGES.append(dict(
 id='tm-09', kind=K, lang='zh', pstyle='p',
 css='header{background:#003a8c;color:#fff}.container{max-width:1180px;margin:auto}.tt{font-size:28px;text-align:center}.sub-t{text-align:center;color:#555}',
 head='''<header><div class="container"><img alt="天津市科学技术局"> <a>长者模式</a> <a>无障碍</a> <a>English</a><input placeholder="搜索"></div>
<nav class="container"><a>首页</a><a>新闻中心</a><a>政务公开</a><a>政务服务</a><a>科技资源</a><a>互动交流</a></nav></header>
<div class="container crumb">首页 / 政务公开 / 领导讲话</div>''',
 wrap='<div class="container">%s</div>',
 title='在全市科技成果转化工作推进会上的讲话',
 below='<p class="sub-t">市科技局党组书记、局长 韩立群</p><p class="sub-t">（2026年11月19日）</p>',
 info='<div class="info"><span>日期：2026-11-25</span> <span>来源：市科技局办公室</span> <span>【<a>大</a> <a>中</a> <a>小</a>】</span></div>',
 authors=['韩立群'], publish_time='2026-11-25',
 body=[
  ('p','同志们：'),
  ('p','今天召开全市科技成果转化工作推进会，主要任务是总结前三季度工作，分析形势，部署下一阶段重点任务。刚才，三家单位作了交流发言，讲得都很好，我都同意。下面，我讲三点意见。'),
  ('h','一、充分肯定成果转化取得的积极进展'),
  ('p','今年以来，全市技术合同成交额达到1126亿元，同比增长14.2%；高校院所向企业转让、许可科技成果1480项，新认定技术转移机构23家。这些成绩来之不易，凝聚着在座各位的心血。'),
  ('h','二、清醒认识存在的差距和不足'),
  ('p','同时也要看到，成果“不想转、不敢转、不会转”的问题还没有根本解决，中试熟化能力不足，专业化技术经理人队伍规模偏小，科技金融支持还不够有力。'),
  ('h','三、扎实抓好下一阶段重点任务'),
  ('p','一要深化职务科技成果赋权改革，二要加快布局概念验证中心和中试基地，三要壮大技术经理人队伍，四要完善“投贷保”联动机制。各区、各部门要拿出硬招实招，确保全年目标任务圆满完成。'),
  ('p','谢谢大家！'),
 ],
 tail='<div class="container"><div class="qr"><img alt="">微信扫一扫分享</div><p>上一篇：关于征集2027年度技术创新需求的通知</p><p>下一篇：市科技局召开党组理论学习中心组学习会</p></div>',
 foot='<footer class="container"><p>主办单位：天津市科学技术局　地址：天津市河西区友谊路18号</p><p>津ICP备05004411号　津公网安备12010302000111号　网站标识码：1200000041</p><p><a>网站地图</a> | <a>联系我们</a> | <a>使用帮助</a></p></footer>',
))

# tm-10: 山东 county 批复 (table frame, red header)
PAGES.append(dict(
 id='tm-10', kind=K, lang='zh', pstyle='nbsp',
 css='table.out{width:990px;margin:auto;border:1px solid #ddd}.red{color:#c00;font-size:20px;text-align:center}',
 head='<table class="out"><tr><td>邹平河县人民政府</td><td><a>首页</a> <a>政府文件</a> <a>部门文件</a> <a>政策解读</a></td><td><a>无障碍</a> <a>长者版</a></td></tr><tr><td colspan="3">首页 &gt; 政府信息公开 &gt; 政府文件 &gt; 批复</td></tr></table>',
 wrap='<table class="out"><tr><td>%s</td></tr></table>',
 title='邹平河县人民政府关于同意设立县第二实验中学的批复',
 title_html='<h1 class="red">邹平河县人民政府<br>关于同意设立县第二实验中学的批复</h1>',
 above='<table class="info"><tr><td>发文机关：邹平河县人民政府</td><td>发文字号：邹政字〔2026〕41号</td></tr><tr><td>成文日期：2026年11月18日</td><td>发布日期：2026年11月23日</td></tr></table>',
 info='',
 authors=[], publish_time='2026年11月23日',
 body=[
  ('x','邹政字〔2026〕41号','docno'),
  ('p','县教育和体育局：'),
  ('p','你局《关于设立县第二实验中学的请示》（邹教体发〔2026〕27号）收悉。经研究，现批复如下：'),
  ('p','一、同意设立邹平河县第二实验中学，为县教育和体育局所属公益一类事业单位，办学规模为初中48个教学班。'),
  ('p','二、学校选址位于黛溪街道新城路以北、长山路以东，占地面积96亩，所需建设资金纳入县财政预算统筹安排。'),
  ('p','三、你局要会同有关部门抓紧做好学校建设、教师配备和招生划片等工作，确保2027年9月按期招生。'),
  ('p','四、学校建设要严格执行国家有关标准，统筹做好校舍、运动场地、实验室和信息化设施建设，同步规划建设周边道路、公交站点等配套设施，方便学生上下学。'),
  ('p','五、学校建成后，你局要加强对学校的管理和指导，选优配强学校领导班子，落实教师编制和经费保障，推动学校规范办学、特色发展。'),
  ('p','此复。'),
  ('sign','邹平河县人民政府'),
  ('sign','2026年11月18日'),
 ],
 tail='<table class="out"><tr><td>【<a>我要打印</a>】【<a>关闭</a>】</td></tr></table>',
 foot='<table class="out"><tr><td align="center">邹平河县人民政府办公室主办　网站标识码3716260002　鲁ICP备05001198号<br>鲁公网安备37162602000112号</td></tr></table>',
))

# tm-11: 贵州 市 department, news item with 本网讯 byline, 2021 design, info below title glued
PAGES.append(dict(
 id='tm-11', kind=K, lang='zh', pstyle='p',
 css='.g-top{height:30px}.g-head{background:#174}.g-main{width:1180px;margin:auto}.tit{font-size:26px}',
 head='''<div class="g-top"><span>您好，欢迎访问六盘岭市水务局网站！</span> <a>关怀版</a> <a>无障碍</a></div>
<div class="g-head"><img alt="六盘岭市水务局"><input placeholder="请输入您要搜索的内容"></div>
<div class="g-main"><a>首页</a> <a>水务要闻</a> <a>区县动态</a> <a>政务公开</a> <a>水政执法</a></div>
<div class="g-main">当前位置：首页&gt;水务要闻</div>''',
 wrap='<div class="g-main">%s</div>',
 title='我市冬春水利建设项目集中开工',
 info='<div class="info">发布时间：2026-11-28 15:02:33信息来源：六盘岭市水务局字号：[大][中][小]</div>',
 authors=['钟晓东','罗瑶'], publish_time='2026-11-28 15:02:33',
 body=[
  ('p','本网讯（通讯员 钟晓东 罗瑶）11月27日，全市冬春水利建设项目集中开工仪式在盘江区木岗镇举行。此次集中开工项目共38个，总投资24.7亿元，涵盖中小型水库、灌区续建配套、农村供水保障和水土保持等领域。'),
  ('p','其中，盘江区木岗水库工程总库容1280万立方米，建成后可解决周边4个乡镇8.6万人饮水问题，新增和改善灌溉面积3.2万亩。'),
  ('p','在开工现场，挖掘机、运输车往来穿梭，施工人员正在进行场地平整和导流洞开挖。施工单位负责人说，项目部已组织200余名工人和60余台大型机械进场，冬季将采取保温养护措施，确保混凝土浇筑质量。'),
  ('h','确保项目早见效'),
  ('p','市水务局负责人表示，将实行“一个项目、一名领导、一套班子、一抓到底”的推进机制，倒排工期、挂图作战，在保障质量安全的前提下加快建设进度，力争汛期前完成主体工程。'),
  ('p','今年以来，全市已完成水利投资41.3亿元，占年度计划的103%。'),
  ('x','编辑：罗　瑶　审核：李　涛','ed'),
 ],
 tail='<div class="g-main"><div class="share">分享到：<a>微信</a><a>微博</a></div><p>【打印本页】【关闭窗口】</p></div>',
 foot='<div class="g-main foot"><p>版权所有：六盘岭市水务局　主办：六盘岭市水务局办公室</p><p>黔ICP备18003456号-1　黔公网安备 52020102000022号　网站标识码：5202000015</p></div>',
))

# tm-12: 新疆 city portal, 意见 (government doc, big article with many lists), 2025 design; info bar tokens spaced by tabs in a table
PAGES.append(dict(
 id='tm-12', kind=K, lang='zh', pstyle='p',
 css='.head{background:linear-gradient(#b22,#e44)}.ct{max-width:1200px;margin:auto}.attr td{padding:0 12px}',
 head='''<div class="head ct"><img alt="克拉玛依河市人民政府"><span>关怀版</span> <span>无障碍</span> <span>ئۇيغۇرچە</span></div>
<div class="ct nav"><a>首页</a><a>市情概况</a><a>政务公开</a><a>政务服务</a><a>互动交流</a><a>数据开放</a></div>
<div class="ct crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策文件</a> &gt; <a>市政府文件</a> &gt; 正文</div>''',
 wrap='<div class="ct">%s</div>',
 title='克拉玛依河市人民政府关于促进夜间经济高质量发展的意见',
 info='<table class="attr"><tr><td>字号：克政发〔2026〕19号</td><td>发布时间：2026年11月26日 10:00</td><td>浏览次数：892</td></tr></table>',
 authors=[], publish_time='2026年11月26日 10:00',
 body=[
  ('x','克政发〔2026〕19号','docno'),
  ('p','各区人民政府，市政府各部门、各直属机构：'),
  ('p','为进一步释放消费潜力，丰富市民夜间生活，打造具有地域特色的夜间消费品牌，结合我市实际，提出如下意见。'),
  ('h','一、优化夜间经济空间布局'),
  ('p','重点建设“一河两岸”夜间消费集聚区，每个区至少培育1条特色夜市街区，支持商业综合体延长营业时间至23时。'),
  ('h','二、丰富夜间消费业态'),
  ('p','（一）发展夜间餐饮。鼓励老字号餐饮企业推出夜宵品牌，规范设置外摆区域。'),
  ('p','（二）繁荣夜间文旅。支持博物馆、图书馆、文化馆在节假日延时开放，推出夜游线路和光影演艺项目。'),
  ('p','（三）拓展夜间体育健身。推动学校体育场馆错时向社会开放，举办夜跑、冰雪嘉年华等群众性活动。'),
  ('h','三、强化服务保障'),
  ('p','优化夜间公交线路，增加夜间临时停车泊位；完善照明、环卫、治安巡逻等配套服务，实行包容审慎监管。'),
  ('p','本意见自印发之日起施行，有效期3年。'),
  ('sign','克拉玛依河市人民政府'),
  ('sign','2026年11月21日'),
  ('x','（此件公开发布）'),
 ],
 tail='<div class="ct"><p>相关解读：<a>图解：我市促进夜间经济高质量发展的意见</a></p><p>扫一扫在手机打开当前页 <img alt=""></p><p>【打印】【收藏】【关闭】</p></div>',
 foot='<div class="ct foot"><p>主办单位：克拉玛依河市人民政府办公室　承办单位：克拉玛依河市政务服务和公共资源交易中心</p><p>新ICP备10004567号　新公网安备 65020302000145号　政府网站标识码：6502000001</p><p>您是本站第 1203456 位访问者</p></div>',
))
