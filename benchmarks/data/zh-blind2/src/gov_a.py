from lib import *

# zc-01 modern district portal (Lanzhou Chengguan), sticky bar, 长者模式, street news
@page('zc-01')
def p01():
    title = '渭源路街道：老旧小区“微改造”让居民住得更舒心'
    items = [
        '入春以来，城关区渭源路街道把老旧小区改造作为为民办实事的重点内容，围绕“水、电、路、气、暖”等居民反映集中的问题，对辖区内建成于上世纪九十年代的8个小区实施“微改造”，惠及居民1460余户。',
        '“以前楼道里电线像蜘蛛网一样，下雨天院子里积水能没过脚脖子，现在全都变样了。”家住金塔巷小区的退休职工马秀兰指着新铺的透水砖路面说。',
        '为确保改造项目合民意、接地气，街道采取“居民点单、社区派单、部门接单”的工作模式，先后召开楼栋议事会27场，逐户征求意见建议300余条，将加装扶手、增设充电桩、修缮屋面等需求纳入改造清单。改造过程中，社区党委牵头成立由居民代表、物业企业和施工单位组成的监督小组，每周开展一次质量巡查，做到问题早发现、早整改。',
        ('img', '改造后的金塔巷小区', '改造后的金塔巷小区（渭源路街道供图）'),
        '截至目前，已完成雨污管网改造2.3公里，更换老化供水管道1.1公里，新增停车位146个、电动自行车充电桩32组，粉刷楼道外墙2.6万平方米。',
        '下一步，渭源路街道将持续推动改造后长效管理，引导小区成立业主自管委员会，探索“红色物业”服务模式，让老旧小区既有“面子”更有“里子”。',
    ]
    bh, bg = render(items, indent=True)
    css = BASE_CSS + '''.sticky{position:sticky;top:0;background:#fff;box-shadow:0 2px 4px #ddd}
.banner{height:110px;background:#c8161d;color:#fff} .banner .name{font-size:30px;padding-top:28px}
.search input{width:240px;height:28px} .article{width:900px;margin:0 auto}
.tools span{margin:0 6px;cursor:pointer}'''
    body = f'''<div class="topbar"><div class="w">
<span>欢迎访问兰州市城关区人民政府网站！</span>
<span style="float:right"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a> | <a href="#">登录</a> | <a href="#">注册</a></span>
</div></div>
<div class="banner"><div class="w"><div class="name">兰州市城关区人民政府</div>
<div class="search" style="float:right"><input type="text" placeholder="请输入您要搜索的内容"><button>搜索</button></div></div></div>
<div class="sticky nav"><div class="w">{links(['首页','走进城关','政务公开','政务服务','互动交流','专题专栏','数据开放'])}</div></div>
<div class="w crumb">您当前所在位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">街道动态</a></div>
<div class="article">
<h1>{e(title)}</h1>
<div class="info">发布时间：2025-04-17 09:32　　来源：渭源路街道　　<span class="tools">字号：<span>大</span><span>中</span><span>小</span></span>　　浏览次数：1,203</div>
<div class="content">
{bh}
</div>
<div class="tools" style="text-align:right;margin-top:16px">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】【<a href="#">收藏</a>】</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="prenext"><p>上一篇：<a href="#">城关区召开2025年第一季度安全生产形势分析会</a></p>
<p>下一篇：<a href="#">嘉峪关路街道开展“法律明白人”培训活动</a></p></div>
<div class="related"><h4>相关阅读</h4>{ul(['伏龙坪街道：小区“微更新”提升居民幸福感','城关区2025年老旧小区改造计划公布','雁南街道开展燃气安全入户排查'])}</div>
</div>
<div class="foot">
<p>{links(['网站地图','联系我们','使用帮助','隐私声明'],' | ')}</p>
<p>主办单位：兰州市城关区人民政府办公室　承办：城关区数据局</p>
<p>网站标识码：6201020001　陇ICP备05003381号-1　<img src="data:," alt="公安备案图标" width="12" height="12">甘公网安备 62010202000123号</p>
<p>地址：兰州市城关区东岗西路　电话：0931-8861234　建议使用1920×1080分辨率浏览</p>
<p><img src="data:," alt="党政机关" width="40" height="40">　<img src="data:," alt="政府网站找错" width="40" height="40"></p>
</div>'''
    return doc(title + '_兰州市城关区人民政府', css, body), gold('zc-01', title, [], '2025-04-17 09:32', bg)

# zc-02 old table-layout county site (Guizhou), 【字体：大 中 小】, long title on two lines, 乡镇动态
@page('zc-02')
def p02():
    t1 = '榕江县忠诚镇：“村超”带动农文旅融合'
    t2 = '群众家门口吃上“旅游饭”'
    title = t1 + t2
    items = [
        '今年以来，榕江县忠诚镇依托“村超”热度，积极推动农文旅融合发展，引导群众发展特色餐饮、民宿和手工艺品销售，带动群众在家门口就业增收。',
        '在忠诚镇高排村，一排排吊脚楼经过改造后成为特色民宿，每逢周末，前来观赛的游客络绎不绝。民宿经营户杨老妹告诉笔者：“去年我们家把老房子改成了民宿，有6个房间，旺季的时候每天都住满，一个月收入能有1万多元。”',
        '为进一步提升接待能力，忠诚镇组织开展民宿服务、侗族刺绣、厨艺等技能培训12期，培训群众560余人次；同时整合资金180万元，完善村内停车场、公厕、游步道等基础设施，打造“看球赛、住民宿、品侗味”的旅游线路。',
        '据统计，今年1至5月，忠诚镇累计接待游客8.6万人次，实现旅游综合收入2100余万元，带动300余名群众就近就业。',
        '下一步，该镇将继续做好“体育+旅游”文章，深入挖掘侗族大歌、侗族刺绣等民族文化资源，让更多群众吃上“旅游饭”，走上致富路。',
    ]
    bh, bg = render(items, indent='ideo')
    css = '''body{margin:0;font-size:12px;font-family:SimSun;background:#e9eef3} table{border-collapse:collapse}
.main{width:980px;margin:0 auto;background:#fff} .tt{font-size:20px;font-weight:bold;color:#c00;text-align:center;line-height:32px}
.bar td{font-size:12px;color:#555} .cont{font-size:14px;line-height:26px} .menu td{background:#1b5fa8;color:#fff;text-align:center;height:30px}'''
    body = f'''<table class="main" width="980" cellspacing="0" cellpadding="0"><tr><td>
<table width="100%"><tr><td height="24" style="font-size:12px">今天是：2019年06月12日　星期三</td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">手机版</a></td></tr></table>
<table width="100%"><tr><td height="120" style="background:#2a6db5;color:#fff;font-size:32px;padding-left:30px">榕江县人民政府网</td></tr></table>
<table width="100%" class="menu"><tr><td>网站首页</td><td>榕江概况</td><td>政务公开</td><td>乡镇动态</td><td>部门动态</td><td>办事服务</td><td>公众参与</td><td>专题专栏</td></tr></table>
<table width="100%"><tr><td height="28">当前位置：<a href="#">首页</a>&gt;&gt;<a href="#">新闻中心</a>&gt;&gt;<a href="#">乡镇动态</a></td>
<td align="right">站内搜索：<input type="text" size="16" value="" placeholder="关键字"> <input type="button" value="搜 索"></td></tr></table>
<table width="96%" align="center"><tr><td class="tt">{e(t1)}<br>{e(t2)}</td></tr>
<tr><td height="30" align="center" class="bar">作者：吴光明　　来源：忠诚镇人民政府　　发布时间：2019-06-12　　点击数：467　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td><hr size="1" color="#cccccc"></td></tr>
<tr><td class="cont">
{bh}
</td></tr>
<tr><td align="right" height="40">【<a href="#">打印此页</a>】 【<a href="#">关闭窗口</a>】 【<a href="#">返回顶部</a>】</td></tr>
<tr><td>上一条：<a href="#">平永镇召开防汛工作部署会</a><br>下一条：<a href="#">乐里镇开展春季森林防火宣传活动</a></td></tr>
</table>
<table width="100%" style="margin-top:10px;background:#ddd"><tr><td align="center" height="80">版权所有：榕江县人民政府　主办：榕江县人民政府办公室<br>
地址：贵州省黔东南州榕江县古州镇　邮编：557200　电话：0855-6621234<br>黔ICP备12003456号　网站标识码：5226320001<br>技术支持：黔东南州信息中心</td></tr></table>
</td></tr></table>'''
    return doc(title, css, body), gold('zc-02', title, ['吴光明'], '2019-06-12', bg)

# zc-03 provincial 人大 site (Heilongjiang)
@page('zc-03')
def p03():
    title = '省人大常委会执法检查组赴齐齐哈尔市检查黑土地保护法实施情况'
    items = [
        '6月18日至20日，省人大常委会副主任孙东生带领执法检查组赴齐齐哈尔市，检查《中华人民共和国黑土地保护法》和《黑龙江省黑土地保护利用条例》贯彻实施情况。',
        '检查组一行深入克山县、依安县、讷河市等地，实地查看侵蚀沟治理、秸秆还田、保护性耕作示范基地和高标准农田建设项目，详细了解黑土地保护利用工作推进情况，并召开座谈会听取齐齐哈尔市人民政府及有关部门的工作汇报。',
        '检查组指出，齐齐哈尔市认真贯彻“一法一条例”，在耕地数量、质量、生态“三位一体”保护上取得积极成效，全市累计实施保护性耕作面积达1850万亩，黑土地保护利用工作走在全省前列。',
        '检查组强调，要提高政治站位，把保护好黑土地这个“耕地中的大熊猫”作为重大政治责任，坚持用养结合、综合施策；要压实属地责任，健全监测评价体系，依法严厉打击破坏黑土地资源的违法行为；要加大宣传普及力度，推动法律法规进乡村、进农户，营造全社会共同保护黑土地的良好氛围。',
        '省人大常委会农业农村委员会、省农业农村厅、省自然资源厅负责同志参加检查。',
    ]
    bh, bg = render(items)
    css = BASE_CSS + '''.nav{background:#a4000d} h1{font-size:24px;color:#a4000d} .meta{font-size:12px;color:#999;text-align:center}
.left{float:left;width:760px} .right{float:right;width:300px} .clear{clear:both}'''
    body = f'''<div class="topbar"><div class="w">2024年6月21日 星期五　<span style="float:right"><a href="#">无障碍浏览</a>　<a href="#">关怀版</a>　<a href="#">邮箱登录</a></span></div></div>
<div class="w" style="height:100px;line-height:100px;font-size:30px;color:#a4000d">黑龙江人大网 <small style="font-size:14px">黑龙江省人民代表大会常务委员会</small></div>
<div class="nav"><div class="w">{links(['首页','人大要闻','立法工作','监督工作','代表工作','常委会公报','地方人大','理论研究','机关建设'])}</div></div>
<div class="w"><div class="left">
<div class="crumb">当前位置： <a href="#">首页</a> » <a href="#">监督工作</a> » <a href="#">执法检查</a></div>
<h1>{e(title)}</h1>
<div class="meta">来源：省人大常委会农业农村委员会　　发布时间：2024年6月21日　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】</div>
<div class="content">
{bh}
</div>
<p style="text-align:right;color:#999">（责任编辑：于晓丹）</p>
</div>
<div class="right side"><h4>图片新闻</h4>{ul(['省十四届人大常委会第十二次会议闭幕','省人大代表走进哈尔滨新区开展视察'])}
<h4>最新更新</h4>{ul(['关于省级预算执行审计查出问题整改情况的报告','省人大常委会召开党组会议','省人大常委会专题调研冰雪经济发展'])}</div>
<div class="clear"></div></div>
<div class="foot">版权所有：黑龙江省人大常委会办公厅　地址：哈尔滨市南岗区中山路181号<br>黑ICP备05001234号　黑公网安备 23010302000567号　网站标识码：bm31000001</div>'''
    return doc(title + '-黑龙江人大网', css, body), gold('zc-03', title, [], '2024年6月21日', bg)

# zc-04 city 政协 site (Ganzhou, Jiangxi): 文/图 line at start of body
@page('zc-04')
def p04():
    title = '市政协召开“推动赣南脐橙产业高质量发展”专题协商会'
    items = [
        '9月12日上午，市政协召开“推动赣南脐橙产业高质量发展”专题协商会，围绕品种改良、黄龙病防控、品牌营销等问题协商议政、建言献策。市政协主席曾庆华出席并讲话，副市长邱建明到会听取意见建议。',
        '会上，市政协农业和农村委员会作调研报告，6位政协委员和企业代表先后发言，大家从完善种苗繁育体系、推广数字果园、加强冷链物流建设、打击假冒“赣南脐橙”商标等方面提出了针对性建议。市农业农村局、市果业发展中心、市市场监管局负责同志作了互动交流。',
        '曾庆华指出，赣南脐橙是我市的“金字招牌”，事关数十万果农的切身利益。各级政协组织和广大政协委员要立足职能，持续跟踪协商成果落实情况，做到“协商于决策之前和决策实施之中”，为推动脐橙产业提质增效贡献政协力量。',
        '邱建明表示，市政府将认真梳理、研究吸纳委员们提出的意见建议，加快推进脐橙产业转型升级，努力把资源优势转化为发展优势。',
    ]
    bh, bg = render(items, indent=True)
    css = BASE_CSS + '.nav{background:#0b5394} h1{font-size:22px} .byline{color:#555}'
    body = f'''<div class="topbar"><div class="w"><a href="#">返回首页</a> | <a href="#">适老化</a> | <a href="#">委员登录</a><span style="float:right">今天是2023年9月13日</span></div></div>
<div class="w" style="font-size:28px;color:#0b5394;padding:20px 0">中国人民政治协商会议赣州市委员会
<form style="float:right;font-size:14px"><input type="search" placeholder="站内搜索"><input type="submit" value="搜索"></form></div>
<div class="nav"><div class="w">{links(['首页','政协要闻','协商议政','民主监督','提案工作','委员风采','文史资料','县区政协'])}</div></div>
<div class="w">
<div class="crumb">首页 &gt; 协商议政 &gt; 专题协商</div>
<div class="info" style="border:0">发布日期：2023-09-13　　信息来源：市政协办公室　　阅读：896</div>
<h1>{e(title)}</h1>
<p class="byline" style="text-align:center">文/图：市政协办公室 刘 婷</p>
{bh}
<p style="text-align:center"><img src="data:," alt="协商会现场" width="600" height="10"></p>
<p style="text-align:center">协商会现场</p>
<div style="margin-top:20px">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div><h4>相关新闻</h4>{ul(['市政协开展“助推营商环境优化”民主监督','市政协委员视察信丰县脐橙产业园'])}</div>
</div>
<div class="foot">主办：政协赣州市委员会办公室　赣ICP备09001122号　赣公网安备36070202000231号<br>地址：赣州市章贡区长征大道1号　联系电话：0797-8123456</div>'''
    return doc(title, css, body), gold('zc-04', title, ['刘婷'], '2023-09-13', bg)

# zc-05 纪委监委 通报 (Liuzhou, Guangxi)
@page('zc-05')
def p05():
    title = '柳州市纪委监委公开通报4起违反中央八项规定精神典型问题'
    items = [
        '近日，柳州市纪委监委对4起违反中央八项规定精神典型问题进行公开通报。具体如下：',
        '1.柳江区某镇原党委委员、副镇长韦某某违规收受礼金问题。2022年至2024年，韦某某多次收受辖区企业负责人所送礼金共计2.6万元。韦某某受到党内严重警告、政务撤职处分，违纪所得已被收缴。',
        '2.市某局原二级调研员覃某某违规接受宴请问题。2023年5月至12月，覃某某先后5次接受管理服务对象安排的宴请，其中2次饮用高档白酒。覃某某受到党内警告处分。',
        '3.鹿寨县某中学原校长黄某违规发放津贴补贴问题。2021年至2023年，黄某以“加班补助”名义违规向学校领导班子成员发放补贴共计4.8万元。黄某受到政务记大过处分，违规发放的资金已全部清退。',
        '4.融安县某村党支部书记、村委会主任潘某某违规操办婚丧喜庆事宜问题。2024年3月，潘某某在为其子操办婚礼期间，违规收受村民、管理服务对象礼金1.3万元。潘某某受到党内警告处分，违规收受的礼金已全部退还。',
        '通报指出，上述问题发生在党的二十大之后，发生在持续深化整治“四风”的背景下，当事人顶风违纪、我行我素，性质恶劣，应当引以为戒。全市各级党组织要切实扛起主体责任，紧盯重要节点，对享乐主义、奢靡之风露头就打、反复敲打；广大党员干部要知敬畏、存戒惧、守底线，自觉抵制“四风”问题。',
    ]
    bh, bg = render(items, indent=True)
    css = BASE_CSS + '.nav{background:#9e0000} .info{text-align:left} .top-red{background:#9e0000;color:#fff;height:90px;font-size:30px;line-height:90px}'
    body = f'''<div class="top-red"><div class="w">清风柳州 <small style="font-size:14px">中共柳州市纪律检查委员会　柳州市监察委员会</small></div></div>
<div class="nav" style="background:#c40000"><div class="w">{links(['首页','工作动态','审查调查','曝光台','纪法学习','廉政文化','巡察工作','我要举报'])}</div></div>
<div class="w">
<div class="crumb">当前位置：首页 &gt;&gt; 审查调查 &gt;&gt; 通报曝光</div>
<h1>{e(title)}</h1>
<div class="info">时间：2024-09-06 16:05:12 来源：柳州市纪委监委 字体：[大][中][小] 打印本页 关闭</div>
{bh}
<p style="color:#888">【责任编辑：蓝凯】</p>
<div>扫一扫在手机打开当前页 <img src="data:," alt="二维码" width="80" height="80"></div>
<div>上一篇：<a href="#">柳北区纪委监委开展“一把手”廉政谈话</a>　下一篇：<a href="#">柳州市召开警示教育大会</a></div>
</div>
<div class="foot">中共柳州市纪律检查委员会　柳州市监察委员会 版权所有<br>桂ICP备19004321号-1　桂公网安备 45020202000088号</div>'''
    return doc(title, css, body), gold('zc-05', title, [], '2024-09-06 16:05:12', bg)
