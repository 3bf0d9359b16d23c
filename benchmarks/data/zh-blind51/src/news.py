"""yz-13 .. yz-24: central / provincial / city media pages."""
from common import *

PAGES = []
def reg(**kw):
    PAGES.append(kw)

# ---------- yz-13: English provincial site, Source: ... | Author: ... ----------
def b13():
    title = 'Yunnan coffee growers turn to specialty beans as prices climb'
    body = [
        'PU\'ER, Yunnan -- On a hillside farm outside Pu\'er, Li Zhengming spreads freshly washed coffee cherries across raised drying beds, turning them by hand every two hours.',
        '"Five years ago we sold everything as commodity beans to traders," said Li, 46, who farms 12 hectares in Simao district. "Now about a third of our harvest goes to roasters in Shanghai and Chengdu who pay almost twice as much."',
        'Yunnan grows more than 98 percent of China\'s coffee. According to the provincial agriculture department, the share of specialty-grade beans in the province\'s output rose from 8 percent in 2020 to 27 percent in 2024, as local governments funded processing stations, cupping labs and training for growers.',
        'Pu\'er alone has set up 46 primary processing centers since 2022, allowing small farmers to ferment and dry beans under controlled conditions instead of on roadsides.',
        'Analysts say the shift has cushioned farmers against swings in international prices, though challenges remain, including labor shortages during the picking season and the cost of certification.',
    ]
    bh, gold = render_body(body)
    html = doc(title + ' - Yunnan Gateway', 'news', f'''
<div class="hd">{links(['Home','News','Business','Culture','Travel','Photos','Video','中文'])}</div>
{search('Search')}
<div class="w"><div class="crumb">Home &gt; Business</div>
<h1>{esc(title)}</h1>
<div class="meta">Source: Yunnan Daily | Author: Zhao Yuting | Updated: 2025-03-05 10:21</div>
<div class="share">Share: {links(['Facebook','X','LinkedIn','WeChat'])}</div>
<div class="art">{bh}</div>
<p class="ed">Editor: Wang Lu</p>
{ul('Related stories',['Kunming flower auction sets new daily record','Yunnan tea exports rise 12% in first quarter',"Pu'er opens coffee expo to overseas buyers"])}
</div>
<div class="ft">Copyright © Yunnan Gateway. All rights reserved. 滇ICP备12001234号</div>''')
    reg(id='yz-13', lang='en', kind='news', sub='English provincial site, Source: | Author: line', html=html, title=title, authors=['Zhao Yuting'], pt='2025-03-05 10:21', body=gold)
b13()

# ---------- yz-14: English, question headline ----------
def b14():
    title = 'Can Tibet\'s highland barley become the next superfood?'
    body = [
        'LHASA -- For centuries, roasted highland barley flour, or tsampa, has been the staple food of Tibetan households. Now entrepreneurs in the Xizang autonomous region are betting it can win over health-conscious consumers far beyond the plateau.',
        'At a factory in Lhasa\'s economic and technological development zone, production lines turn barley into noodles, breakfast cereal, biscuits and even beer. Manager Tenzin Norbu said sales of the company\'s barley products reached 180 million yuan ($25 million) last year, with online orders from eastern provinces making up nearly half.',
        'Researchers point to the grain\'s high content of beta-glucan, a soluble fiber linked to lower cholesterol. "The science is promising, but marketing claims should stay within what the evidence supports," said Dawa Tsering, a researcher at the Xizang Academy of Agriculture and Animal Husbandry Sciences.',
        'The region planted about 140,000 hectares of highland barley in 2024. Officials say higher-value processing could raise the income of farmers who supply the raw grain.',
    ]
    bh, gold = render_body(body)
    html = doc(title + ' | China Tibet Online', 'news', f'''
<div class="hd">{links(['HOME','NEWS','CULTURE','TRAVEL','ECONOMY','ENVIRONMENT','PHOTOS'])}</div>
<div class="w">
<p>By <a href="#">Liu Xin</a> and <a href="#">Pasang Dolma</a> | chinadaily.com.cn | Updated: 2024-11-22 16:08</p>
<h1>{esc(title)}</h1>
<p>{links(['Print','Mail','Large','Medium','Small'])}</p>
@@
<div class="art">{bh}</div>
{ul('Most Popular',['Lhasa welcomes first snow of the season','Nyingchi peach blossom festival opens','Photos: Shoton Festival in Lhasa'])}
</div>
<div class="ft">Copyright 1995 - 2024. All rights reserved.</div>'''.replace('@@', '<p><img alt="A worker checks barley noodles at a factory in Lhasa." src="x.jpg"></p><p class="cap">A worker checks barley noodles at a factory in Lhasa. [Photo by Tsering Wangdu/For chinadaily.com.cn]</p>'))
    reg(id='yz-14', lang='en', kind='news', sub='English, question headline, byline above headline, photo credit', html=html, title=title, authors=['Liu Xin', 'Pasang Dolma'], pt='2024-11-22 16:08', body=gold)
b14()

# ---------- yz-15: 人物通讯 with quoted 小标题 ----------
def b15():
    title = '“背篓医生”赵德芬：在大山里走了二十六年'
    body = [
        '清晨6点，乌蒙山区的雾还没散，赵德芬已经背起那只磨得发亮的竹背篓出了门。背篓里装着血压计、听诊器和一沓手写的健康档案。',
        ('h', '“路再远，也要走到”'),
        '赵德芬是毕节市赫章县河镇乡海雀村的乡村医生。1999年，她从卫校毕业后回到村里。全村分散在11个山头，最远的农户离卫生室要走两个多小时山路。',
        '“老人病了走不出来，我就走进去。”26年来，她走坏了40多双解放鞋，为村民出诊超过3万人次。',
        ('h', '“一本账记着全村人”'),
        '在赵德芬的卫生室里，整整齐齐摆着12本厚厚的笔记本，上面记着全村1300多人的病史、用药和过敏情况。“谁家老人血压高，谁家孩子该打疫苗，我心里都有数。”',
        ('h', '“想带出更多接班人”'),
        '如今，赵德芬最大的心愿是培养年轻的乡村医生。她主动带教了3名本村年轻人，其中2人已经考取乡村全科执业助理医师资格。',
        '“山里的人需要医生，总得有人留下来。”她说。',
    ]
    bh, gold = render_body(body)
    html = doc(title + '_多彩贵州网', 'news', f'''
<div class="hd">{links(['多彩贵州网','首页','新闻','时政','社会','文旅','视频','专题','客户端'])}</div>
{search('请输入关键词')}
<div class="w">{crumb('', ['多彩贵州网','新闻中心','人物'], ' > ')}
<h1>{esc(title)}</h1>
<div class="meta"><span>2025-05-12 07:30:15</span><span>来源：多彩贵州网</span><span>作者：龙  婷 杨文华</span><span>评论（12）</span></div>
{render_body([('img','赵德芬背着背篓出诊','赵德芬背着背篓出诊。（图片由受访者提供）')])[0]}
<div class="art">{bh}</div>
<p>编辑：田小兰　二审：陈露　三审：王刚</p>
{ul('相关新闻',['贵州新增乡村医生1200名','毕节市全面推行乡村医生“乡聘村用”','赫章县：健康帮扶守护山区群众'])}
{ul('热门排行',['贵州今年将新建改建农村公路5000公里','黄果树景区推出夜游项目','贵阳地铁3号线二期开工'])}
</div>
<div class="ft">多彩贵州网版权所有　黔ICP备09005678号　互联网新闻信息服务许可证：52120170001</div>'''.replace('作者：龙  婷', '作者：龙&nbsp;&nbsp;婷'))
    reg(id='yz-15', kind='news', sub='人物通讯, 小标题 in quotation marks, spaced name + second author', html=html, title=title, authors=['龙婷', '杨文华'], pt='2025-05-12 07:30:15', body=gold)
b15()

# ---------- yz-16: headline with number range 3—5年 ----------
def b16():
    title = '重庆将用3—5年时间建成100个未来社区'
    body = [
        '本报讯（记者 陈国栋 实习生 邹一帆）6月5日，记者从市住房城乡建委获悉，重庆将用3—5年时间，在中心城区和区县城建成100个未来社区，打造集居住、养老、托育、就业服务于一体的“15分钟品质生活圈”。',
        '根据日前印发的《重庆市未来社区建设导则（试行）》，未来社区将围绕邻里、教育、健康、创业、建筑、交通、低碳、服务、治理九大场景建设，每个社区至少配建一处社区食堂、一处嵌入式托育点和一处综合服务站。',
        '市住房城乡建委相关负责人介绍，今年首批将在渝中、江北、沙坪坝、九龙坡、南岸等区启动20个试点，优先选择老旧小区集中连片区域，通过“微更新”方式改造，避免大拆大建。',
        '资金方面，将采取“政府引导、市场参与、居民共建”的模式，鼓励社会资本参与社区商业、养老等设施的投资运营。',
    ]
    bh, gold = render_body(body)
    html = doc(title + '_重庆日报网', 'news', f'''
<div class="hd">{links(['重庆日报网','首页','时政','经济','社会','区县','评论','数字报'])}</div>
<div class="w">{crumb('当前位置：', ['首页','城市'], ' > ')}
<h1>{esc(title)}</h1>
<div class="meta">2025-06-06 06:45 来源：重庆日报</div>
<div class="art">{bh}</div>
<p>责任编辑：周  洁</p>
{ul_dated('相关阅读',[('重庆推进城市更新提升行动','2025-05-30'),('渝中区完成首批老旧小区“微更新”','2025-05-21')])}
</div>
<div class="ft">重庆日报报业集团版权所有 渝ICP备10008765号-1</div>''')
    reg(id='yz-16', kind='news', sub='headline with number range 3—5年; byline at start of body 本报讯（记者 … 实习生 …）', html=html, title=title, authors=['陈国栋'], pt='2025-06-06 06:45', body=gold)
b16()

# ---------- yz-17: 连线 interview ----------
def b17():
    title = '连线｜林芝桃花季客流创新高 当地如何应对？'
    body = [
        '3月以来，林芝桃花文化旅游节吸引大批游客。截至3月30日，林芝市累计接待游客86.4万人次，同比增长21%。客流高峰如何疏导？民宿价格是否上涨？记者连线了林芝市文化和旅游局副局长次仁卓玛。',
        ('h', '记者：今年桃花季客流有哪些新特点？'),
        '次仁卓玛：一是自驾游客明显增多，占比超过六成；二是年轻游客多，不少人是看到短视频后专程过来的；三是停留时间变长，很多人会在嘎拉村、索松村住上两三晚。',
        ('h', '记者：景区和道路拥堵怎么解决？'),
        '次仁卓玛：我们在巴宜区、米林市设置了6个临时停车场和接驳点，游客可以换乘景区摆渡车。交警部门在拉林高速出口等重点路段增派警力，实行高峰时段分流。',
        ('h', '记者：游客反映的住宿价格问题如何监管？'),
        '次仁卓玛：市场监管部门要求民宿、酒店明码标价，节日期间价格涨幅不得超过平时的50%。游客遇到价格问题可拨打12315投诉，我们承诺24小时内回复。',
    ]
    bh, gold = render_body(body)
    html = doc(title + '-中国西藏网', 'news', f'''
<div class="hd">{links(['中国西藏网','首页','时政','经济','文化','旅游','视频','藏文','English'])}</div>
{search('站内搜索')}
<div class="w"><h1>{esc(title)}</h1>
<div class="meta"><span>发布时间：2025-03-31 14:02:00</span><span>来源：中国西藏网</span><span>记者：旦增  曲珍</span></div>
<div class="share">{links(['分享到微信','分享到微博'])}</div>
<div class="art">{bh}</div>
<p>[责任编辑：格桑]</p>
{ul('西藏新闻',['拉萨至林芝铁路旅客发送量突破千万','日喀则珠峰景区启用新观景台','山南市开展文物安全大检查'])}
</div>
<div class="ft">版权所有：中国西藏网　京ICP备10012345号　京公网安备 11010202001234号</div>'''.replace('旦增  曲珍','旦增&nbsp;&nbsp;曲珍'))
    reg(id='yz-17', kind='news', sub='连线 interview Q/A; two Tibetan-name reporters spaced in meta', html=html, title=title, authors=['旦增', '曲珍'], pt='2025-03-31 14:02:00', body=gold)
b17()

# ---------- yz-18: video news, 时长 03:25 over text ----------
def b18():
    title = '视频丨凉山会理：石榴挂满枝 果农采收忙'
    body = [
        '眼下，凉山州会理市40万亩石榴进入成熟采收期。在鹿厂镇铁柳村的石榴园里，一个个石榴挂满枝头，果农们忙着采摘、分拣、装箱。',
        '“今年雨水合适，果子个头大、颜色好，每公斤收购价比去年高两毛钱。”种植户王仕林说，他家种了12亩石榴，预计收入能有15万元。',
        '近年来，会理市推广石榴绿色种植技术，建设冷链仓储设施，拓宽电商销售渠道。今年预计石榴总产量达68万吨，综合产值超过60亿元。',
        '在会理市石榴交易市场，来自全国各地的客商正在挑选、收购。市场负责人介绍，今年石榴上市以来，每天交易量在1500吨左右，产品销往北京、上海、广州等地，还通过中欧班列出口到中亚国家。',
        '为保证品质，会理市统一制定了石榴采收和分级标准，对果径、果面、糖度分级定价，优质优价，果农种好石榴的积极性更高了。',
    ]
    bh, gold = render_body(body)
    html = doc(title + '_四川观察', 'news', f'''
<div class="hd">{links(['四川观察','首页','新闻','视频','直播','专题','下载客户端'])}</div>
<div class="w">
<div class="video"><img alt="视频封面" src="v.jpg"><p>▶ 时长 03:25</p><p>播放 1.2万</p></div>
<h1>{esc(title)}</h1>
<div class="meta"><span>四川观察</span><span>2025-09-16 18:20</span><span>记者 阿牛·木呷 吉克·曲布 凉山台</span></div>
<div class="art">{bh}</div>
<p>编辑：李婷　责编：杨帆</p>
{ul('更多视频',['视频丨攀枝花芒果上市','视频丨雅安茶园秋茶开采','视频丨九寨沟迎来最美季节'])}
</div>
<div class="ft">四川广播电视台 版权所有 蜀ICP备05009876号</div>''')
    reg(id='yz-18', kind='news', sub='视频 news with 时长 over the text; Yi names with middle dot', html=html, title=title, authors=['阿牛·木呷', '吉克·曲布'], pt='2025-09-16 18:20', body=gold)
b18()

# ---------- yz-19: 新华社 通稿 on a portal ----------
def b19():
    title = '西藏今年将新建改建农村公路2000公里'
    body = [
        '新华社拉萨2月18日电（记者 春拉 田金文）记者从西藏自治区交通运输厅获悉，西藏今年计划新建改建农村公路2000公里，实施危桥改造100座，进一步提升农牧区群众出行条件。',
        '据介绍，截至2024年底，西藏公路通车里程达到12.3万公里，全区所有乡镇和具备条件的建制村全部通公路，其中通硬化路的建制村占比超过95%。',
        '2024年，西藏完成农村公路新改建2100公里，实施农村公路安全生命防护工程1200公里，建成农村公路养护站点86个，新增通客车建制村150个，农牧民群众“出门难、行路难”问题进一步缓解。',
        '今年，西藏将重点推进边境地区、高海拔地区农村公路建设，同时加强养护管理，推广“路长制”，确保农村公路“建得好、管得好、护得好、运营好”。',
        '自治区交通运输厅负责人表示，将鼓励有条件的地区开通农村客运公交化线路，推动城乡交通运输一体化发展。',
    ]
    bh, gold = render_body(body)
    html = doc(title + '|新浪新闻', 'news', f'''
<div class="hd">{links(['新浪首页','新闻','体育','财经','娱乐','科技','博客','图片','专栏','更多'])}{links(['登录','注册'])}</div>
{search('请输入关键词','搜新闻')}
<div class="w"><h1>{esc(title)}</h1>
<div class="meta"><span>2025年02月18日 19:36</span><span>新华社</span><span>新浪财经APP</span><span>缩小字体</span><span>放大字体</span><span>收藏</span><span>微博</span><span>微信</span><span>分享</span></div>
<div class="art">{bh}</div>
<p>责任编辑：张玉</p>
<p>新浪声明：所有会员转载此文，请注明来源。</p>
<div>我要反馈 <a href="#">评论</a> 已有<b>27</b>人参与</div>
{ul('热门推荐',['春运返程客流高峰将至','全国多地发布寒潮预警','国务院常务会议部署稳就业工作'])}
</div>
<div class="ft">Copyright © 1996-2025 SINA Corporation, All Rights Reserved</div>''')
    reg(id='yz-19', kind='news', sub='新华社通稿 reprinted on portal; authors from 电头', html=html, title=title, authors=['春拉', '田金文'], pt='2025年02月18日 19:36', body=gold)
b19()

# ---------- yz-20: 人民日报 article on a government site ----------
def b20():
    title = '云南大理：洱海保护治理持续见效'
    body = [
        '春日的洱海，碧波荡漾，成群的红嘴鸥在湖面盘旋。“水越来越清了，海菜花又开回来了。”在洱海边生活了几十年的大理市湾桥镇村民杨丽芬说。',
        '近年来，大理州坚持“退、减、调、治、管”多措并举，累计拆除洱海流域生态廊道内建筑1800余户，建成环湖截污管网和污水处理厂，入湖河道水质全面改善。2024年，洱海全湖水质实现7个月Ⅱ类，水质持续稳定向好。',
        '洱海保护也带动了产业转型。流域内推广绿色生态种植，减少化肥农药使用，发展观光农业和生态旅游，让群众从“靠海吃海”转向“护海养海”。',
        '在大理市古生村，村民们把自家小院改造成民宿和咖啡馆，吸引了不少游客。村党总支书记何利成说，过去村民种大蒜、养奶牛，化肥和粪污直接流进洱海；现在改种生态水稻，发展乡村旅游，收入比以前还高。',
        '大理州生态环境局负责人表示，下一步将持续推进流域系统治理，巩固提升洱海保护治理成效。',
        ('ng', '<p>《 人民日报 》（ 2025年04月07日　 13 版）</p>'),
    ]
    bh, gold = render_body(body)
    html = doc(title + '--大理白族自治州人民政府', 'old', f'''
<table class="w"><tr><td><img alt="大理白族自治州人民政府网" src="t.jpg"></td><td>{links(['无障碍','长者模式','English'],' | ')}</td></tr></table>
<table class="w"><tr><td>{links(['首页','要闻动态','信息公开','政务服务','互动交流','走进大理'],' | ')}</td></tr></table>
<div class="w">首页 &gt; 要闻动态 &gt; 媒体看大理</div>
<table class="w"><tr><td class="t">{esc(title)}</td></tr>
<tr><td class="info">来源：人民日报　　作者：记者 叶传增 杨文明　　发布时间：2025-04-07 09:30　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="c">{bh}</td></tr></table>
<table class="w"><tr><td>{links(['【打印】','【关闭】'])}</td></tr></table>
<div class="ft">主办：大理州人民政府办公室 网站标识码：5329000001<br>滇ICP备06003456号 滇公网安备 53290102000123号</div>''')
    reg(id='yz-20', kind='news', sub='人民日报 article on a government site (来源：人民日报, 记者 names)', html=html, title=title, authors=['叶传增', '杨文明'], pt='2025-04-07 09:30', body=gold)
b20()

# ---------- yz-21: provincial news site with 原标题, comments ----------
def b21():
    title = '成渝中线高铁全线铺轨完成 明年具备通车条件'
    body = [
        '11月20日，随着最后一组500米长钢轨在简阳段精准落槽，成渝中线高铁全线铺轨完成，标志着这条设计时速350公里的高铁进入全面联调联试前的关键阶段。',
        '成渝中线高铁西起成都站，东至重庆站，线路全长292公里，设车站8座。建成后，成都至重庆最快列车运行时间将缩短至50分钟左右，两地“一小时交通圈”将进一步提速为“半小时”。',
        '中铁二院项目负责人介绍，线路经过丘陵地带，桥隧比达到71%，建设团队采用智能铺轨机组和无砟轨道精调技术，铺轨精度控制在毫米级。',
        '成渝中线高铁是国家“八纵八横”高速铁路网沿江通道的重要组成部分。项目开工以来，四川、重庆两地协同推进征地拆迁、电力迁改等工作，沿线各市区县累计投入建设资金超过600亿元，为工程顺利推进提供了保障。',
        '按计划，成渝中线高铁将于2026年具备开通运营条件。',
    ]
    bh, gold = render_body(body)
    html = doc(title + ' - 四川在线', 'news', f'''
<div class="hd">{links(['四川在线','首页','四川新闻','区县','财经','文旅','教育','问政四川'])}</div>
<div class="w">{crumb('', ['首页','四川新闻','交通'], ' > ')}
<h1>{esc(title)}</h1>
<div class="meta"><span>2025-11-21 08:13</span><span>来源：四川日报</span><span>编辑：杨  莉</span><span>评论 56</span><span>阅读 3.2万</span></div>
<p style="color:#999">原标题：成渝中线高铁全线铺轨 成渝“半小时”通达更近一步</p>
<div class="art">{bh}</div>
<p>（四川日报全媒体记者 彭  峰）</p>
{ul('相关新闻',['西渝高铁康渝段加快建设','成达万高铁首座隧道贯通','川藏铁路雅林段最新进展'])}
{ul('24小时热榜',['四川今冬首场寒潮来袭','成都地铁新开通三条线路','大熊猫“和花”最新动态'])}
<div class="cm"><p>网友评论</p><input placeholder="说点什么吧……"><p>全部评论（56）</p></div>
</div>
<div class="ft">四川日报报业集团主办　版权所有　蜀ICP备08012345号</div>'''.replace('彭  峰','彭&nbsp;&nbsp;峰').replace('杨  莉','杨&nbsp;&nbsp;莉'))
    reg(id='yz-21', kind='news', sub='provincial site with 原标题, comments count; closing reporter line outside body', html=html, title=title, authors=['彭峰'], pt='2025-11-21 08:13', body=gold)
b21()

# ---------- yz-22: city media, 本报讯（记者 … 通讯员 …） ----------
def b22():
    title = '曲靖市麒麟区首批“共享农机”投入春耕生产'
    body = [
        '本报讯（记者 孙家乐 通讯员 毕梦佳 施文涛）3月10日，麒麟区首批50台“共享农机”在越州镇投入春耕生产。农户通过手机小程序预约，就能用上旋耕机、播种机和植保无人机。',
        '“以前请人翻地一亩要120元，现在用共享农机只要80元，还不用排队。”越州镇潦浒村种植大户朱建华说。',
        '据了解，麒麟区农机服务中心联合3家农机合作社建立共享平台，农机作业实行统一调度、统一收费。今年全区计划投放共享农机200台，服务耕地面积10万亩以上。',
        '记者在越州镇现场看到，一台植保无人机正在麦田上空作业，十多分钟就完成了20亩地的喷洒。农机手王志刚说，无人机作业一天能完成300多亩，效率是人工的几十倍，而且用药量更少、喷洒更均匀。',
        '麒麟区农业农村局相关负责人表示，共享农机模式解决了小农户“买不起、用不上”的难题，也提高了农机的使用效率，下一步将把服务范围扩展到烤烟、蔬菜等产业。',
    ]
    bh, gold = render_body(body)
    html = doc(title + '|曲靖新闻网', 'news', f'''
<div class="hd">{links(['曲靖新闻网','首页','曲靖要闻','县区新闻','珠江源评论','数字报','视听'])}</div>
<div class="w"><p style="color:#1d4c8c;font-weight:bold">县区新闻</p>
<h1>{esc(title)}</h1>
<div class="meta">时间：2025.03.11 来源：曲靖日报 点击：<b>981</b> 字号：T|T</div>
<div class="art">{bh}</div>
<p>审核：李 斌　　编辑：王雅琪</p>
{ul('推荐阅读',['曲靖今年将建设高标准农田30万亩','沾益区春季植树造林全面展开'])}
</div>
<div class="ft">曲靖日报社主办　滇ICP备07000123号</div>''')
    reg(id='yz-22', kind='news', sub='city media; 本报讯（记者 … 通讯员 …） with two 通讯员; section label above headline', html=html, title=title, authors=['孙家乐', '毕梦佳', '施文涛'], pt='2025.03.11', body=gold)
b22()

# ---------- yz-23: headline after 专题 banner image alt text ----------
def b23():
    title = '拉萨：雪域古城的千年文脉在这里延续'
    body = [
        '八廓街的清晨，转经的人群沿着石板路缓缓前行。街边的老房子经过修缮，保留了传统的边玛墙和木质窗棂，底层开起了唐卡画室、藏香铺和甜茶馆。',
        '2013年以来，拉萨实施老城区保护工程，对八廓街片区56座古院落进行修缮，改造供水、排水、供电管网，做到“修旧如旧”。',
        '“我们家三代人都住在这里，房子修好了，还是原来的样子，但住着舒服多了。”居民索朗旺姆说。',
        '老城区的保护不仅是修房子，更是留住生活。拉萨市在修缮中保留了原住居民，鼓励他们经营传统手工艺，并开设了非遗传习所，组织老艺人教授唐卡绘画、藏香制作、金银器锻造等技艺。',
        '如今，拉萨老城区已成为游客必到的打卡地，也是市民日常生活的地方。传统与现代在这里交融，千年文脉在烟火气中延续。',
    ]
    bh, gold = render_body(body)
    html = doc(title + '-中国西藏新闻网', 'news', f'''
<div class="hd">{links(['中国西藏新闻网','首页','要闻','区内','文化','专题','图片','视频'])}</div>
<div class="w"><p><img alt="专题：文化润心 同心筑梦——西藏文化保护与传承系列报道" src="zt.jpg"></p>
<h2>{esc(title)}</h2>
<div class="meta">2025-07-15 10:00:01 | 来源：西藏日报 | 作者：王珊 边巴次仁 | 责任编辑：平措</div>
<div class="art">{bh}</div>
{ul('专题报道',['日喀则：扎什伦布寺壁画保护修复完成','山南：藏戏传承后继有人','昌都：锅庄舞跳出新风采'])}
</div>
<div class="ft">中国西藏新闻网版权所有 藏ICP备05000012号</div>''')
    reg(id='yz-23', kind='news', sub='headline right after a 专题 banner image alt text', html=html, title=title, authors=['王珊', '边巴次仁'], pt='2025-07-15 10:00:01', body=gold)
b23()

# ---------- yz-24: portal (网易 style) reprint ----------
def b24():
    title = '贵州“村超”第三季开赛 20支村队角逐冠军'
    body = [
        '5月17日晚，2025年贵州“村超”第三季在黔东南州榕江县城北新区体育场开赛，来自全县的20支村级球队将在未来两个月内角逐冠军。',
        '开幕式上，侗族大歌、苗族芦笙舞等民族文化表演轮番登场，现场观众超过5万人。首场比赛中，忠诚村队以3比1战胜车江一村队。',
        '榕江县文体广电旅游局负责人介绍，今年“村超”新增了外省友谊赛、亲子足球赛等环节，并在赛场周边设置特色农产品市集，带动餐饮、住宿和农特产品销售。',
        '来自广东的游客陈先生第二次来到榕江看“村超”。他说，这里的比赛没有明星球员，但每一个进球都让人热血沸腾，球员下场后还会和观众一起跳舞，这种快乐很纯粹。',
        '自2023年“村超”走红以来，榕江县累计接待游客超过1500万人次，旅游综合收入突破160亿元。',
    ]
    bh, gold = render_body(body)
    html = doc(title + '|网易', 'news', f'''
<div class="hd">{links(['网易首页','应用','新闻','体育','娱乐','财经','汽车','科技','时尚','登录'])}</div>
<div class="w">
<h1>{esc(title)}</h1>
<div class="meta">2025-05-18 09:26:44　来源: <a href="#">贵州日报天眼新闻</a>　<a href="#">举报</a></div>
<div class="art">{bh}</div>
<p>（记者 潘  丽 龙  颖 杨 昌 华）</p>
<p>本文来源：贵州日报天眼新闻　责任编辑：王晓雅_NS1234</p>
<div>跟贴 <b>318</b> 参与 <b>4902</b></div>
{ul('热点新闻',['贵州榕江：一场球赛带火一座城','“村BA”总决赛门票售罄','黔东南多条旅游线路客流火爆'])}
</div>
<div class="ft">©1997-2025 网易公司版权所有</div>'''.replace('潘  丽','潘&nbsp;&nbsp;丽').replace('龙  颖','龙&nbsp;&nbsp;颖'))
    reg(id='yz-24', kind='news', sub='portal reprint; closing parenthesised reporters (spaced, outside body)', html=html, title=title, authors=['潘丽', '龙颖', '杨昌华'], pt='2025-05-18 09:26:44', body=gold)
b24()
