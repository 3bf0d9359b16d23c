"""24 pages: 8 news, 6 self-media, 5 e-paper, 5 institutional."""
from build import e, render_body
from furn import *

PAGES = []


def add(**p):
    PAGES.append(p)


def portal_top(name, navs, ph='搜索'):
    return ('<div class="tb"><a>客户端</a> <a>微博</a> <a>微信</a><span style="float:right"><a>登录</a> | <a>注册</a></span></div>' +
            banner(name, '', ph) + nav(navs))


def hot(items, head='热门排行'):
    return ('<div class="side"><h4>' + e(head) + '</h4><ol>' + ''.join(f'<li><a>{e(x)}</a></li>' for x in items) + '</ol></div>')


# ---------------- news (yg-17 .. yg-24) ----------------

# yg-17 English-language Chinese news (provincial channel)
def L17(p):
    return ('<div class="tb"><a>Home</a> | <a>中文</a> | <a>Subscribe</a><span style="float:right"><a>Sign in</a></span></div>' +
            banner('SHANDONG NEWS', 'Your window on Shandong', 'Search') +
            nav(['Home', 'News', 'Business', 'Culture', 'Travel', 'Cities', 'Photos']) +
            '<div class="w">' + crumbs(['Home', 'News', 'Cities'], lead='', sep=' / ') +
            '<div class="main">'
            f'<h1 style="font-size:28px">{e(p["title"])}</h1>'
            '<div style="font-size:13px;color:#777">By Zhao Ruoxi and Liu Cheng | chinadaily.com.cn | Updated: 2025-06-03 09:12</div>'
            '<div style="margin:6px 0;font-size:12px"><a>Share</a> <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>WeChat</a></div>' +
            content(p) + '</div>' +
            hot(['Qingdao beer festival draws record crowds', 'Jinan opens new metro line', 'Weifang kites fly to 60 countries'], 'Most Viewed') +
            '<div class="cl"></div></div>' + footer(['Copyright 1995 - 2025. All rights reserved.', 'License for publishing multimedia online 0108263  Registration Number: 130349']))


add(id='yg-17', kind='news-en', lang='en', layout=L17,
    title="Rizhao fishermen turn to deep-sea farming as coastal catches decline",
    authors=['Zhao Ruoxi', 'Liu Cheng'], publish_time='2025-06-03 09:12',
    body=['Fishermen in Rizhao, a coastal city in East China\'s Shandong province, are swapping small wooden boats for steel cages anchored 30 kilometers offshore, as the local government pushes deep-sea aquaculture to replace shrinking wild catches.',
          ('img', 'A deep-sea fish farming platform off the coast of Rizhao. [Photo provided to chinadaily.com.cn]', 'A deep-sea fish farming platform off the coast of Rizhao. [Photo provided to chinadaily.com.cn]'),
          '"Ten years ago we could fill the hold in a night. Now we are lucky to cover the fuel," said Xu Guangming, 52, who has fished the waters off Lanshan district since he was a teenager. Last year he joined a cooperative that raises yellow croaker in a semi-submersible platform.',
          'The city now operates 11 large offshore platforms and more than 600 deep-water net cages, producing about 18,000 metric tons of fish a year, according to the municipal bureau of ocean development. Officials said the cages are monitored by underwater cameras and sensors that track water temperature and oxygen levels in real time.',
          'Local authorities offer training and subsidized loans to fishermen who switch to farming. Wang Lihua, deputy director of the bureau, said the goal is to double offshore output by 2027 while reducing pressure on wild stocks.',
          'Not everyone is convinced. Some older fishermen worry about the upfront cost and typhoon risk, and researchers at the Ocean University of China have called for stricter limits on stocking density to protect water quality.'])


# yg-18 county 融媒体中心 news page, 本台讯 style, 记者 + 通讯员 in info bar
def L18(p):
    return ('<div class="tb">鹿邑县融媒体中心 主办<span style="float:right"><a>鹿邑云</a> <a>老家鹿邑</a> <a>投稿</a></span></div>' +
            banner('鹿邑网', '鹿邑县融媒体中心', '请输入搜索内容') +
            nav(['首页', '本地新闻', '视频', '乡镇', '部门', '民生', '专题']) +
            '<div class="w">' + crumbs(['首页', '本地新闻'], lead='当前位置：') +
            '<div class="main">'
            f'<h1 style="font-size:24px">{e(p["title"])}</h1>'
            '<div style="font-size:13px;color:#999">2025-05-30 18:46:07　来源：鹿邑县融媒体中心　记者：朱  琳　通讯员：高亚飞　编辑：谢楠</div>' +
            content(p) + '<div>责任编辑：谢楠　审核：邵长青</div></div>' +
            hot(['鹿邑：老子文化节开幕', '鹿邑县举办2025年春季招聘会', '鹿邑尾毛产业走向世界']) +
            '<div class="cl"></div></div>' + footer(['鹿邑县融媒体中心版权所有  未经授权禁止复制', '豫ICP备18030219号-1  互联网新闻信息服务许可证41120190018']))


add(id='yg-18', kind='news-county', lang='zh', layout=L18,
    title='鹿邑县首批“共享农机”服务点投入使用',
    authors=['朱琳', '高亚飞'], publish_time='2025-05-30 18:46:07',
    body=['5月29日，鹿邑县首批6个“共享农机”服务点在太清宫镇、玄武镇等乡镇正式投入使用，农户通过手机扫码即可预约收割机、旋耕机等农机具。',
          '在太清宫镇服务点，十余台崭新的农机整齐排列。服务点负责人介绍，农户在小程序上选择机型、作业时间和地块位置，平台自动匹配附近机手，作业完成后按亩数结算，价格比往年自行联系低约10%。',
          '“以前到麦收时到处打电话找机子，现在手机上一点就行，省心多了。”玄武镇种植户李红军说。',
          '县农业农村局相关负责人介绍，“共享农机”服务点由县供销社牵头建设，整合了全县200余台社会化服务农机，下一步将在全县所有乡镇推广，力争年底前实现服务全覆盖。',
          '据了解，今年全县小麦种植面积约110万亩，预计6月上旬进入集中收获期。'])


# yg-19 county 融媒体中心, 本台讯（记者 …）inside the first paragraph, headline above date bar
def L19(p):
    return ('<div class="tb"><span>今日沭阳</span><span style="float:right"><a>长者模式</a> <a>APP下载</a></span></div>' +
            '<div class="w" style="padding:12px 0"><b style="font-size:26px;color:#0a55a5">沭阳新闻网</b> <input placeholder="搜新闻"></div>' +
            nav(['首页', '时政', '民生', '镇街', '视听', '图片', '专题']) +
            '<div class="w">' +
            f'<div style="font-size:24px;font-weight:bold;margin-top:14px">{e(p["title"])}</div>'
            '<div style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:12px;color:#888;padding:4px 0">[2025-04-18]　　来源：沭阳县融媒体中心　　编辑：孟雪　　<a>评论(12)</a></div>' +
            content(p) + prevnext('沭阳花木节开幕 百万盆花扮靓县城', '沭阳：夜市经济点亮城市烟火气') + '</div>' +
            footer(['沭阳县融媒体中心  主办', '苏ICP备12033917号-2  苏公网安备32132202000305号']))


add(id='yg-19', kind='news-county', lang='zh', layout=L19,
    title='沭阳花木电商“直播村”年销售额突破10亿元',
    authors=['吴超', '陆欣然'], publish_time='2025-04-18',
    body=['本台讯（记者 吴  超 通讯员 陆欣然）清晨六点，新河镇周圈村的直播间已经亮起了灯。主播们对着手机镜头，熟练地介绍着多肉、月季和绿萝。',
          '周圈村是沭阳县有名的花木电商“直播村”，全村1200多户村民中有800多户从事花木电商，直播间数量超过600个。2024年，全村花木线上销售额突破10亿元。',
          '“以前靠拉着花木跑市场，现在一部手机就能卖到全国。”返乡创业青年周婷婷说，她的直播间每天能卖出3000多单，旺季时要雇十几个村民帮忙打包。',
          '为支持直播电商发展，新河镇建成了电商物流园和直播培训基地，引进快递企业12家，开展主播培训班30余期。县里还设立了花木质量追溯平台，消费者扫码就能查到花苗的产地和养护信息。',
          '沭阳县相关负责人表示，下一步将推动花木电商规范化、品牌化发展，培育更多本土电商品牌，让“指尖经济”成为群众增收的新引擎。'])


# yg-20 评论 with the writer at the end
def L20(p):
    return (portal_top('大众网·评论', ['首页', '山东', '评论', '财经', '文旅', '视频']) +
            '<div class="w">' + crumbs(['大众网', '评论', '大众时评'], lead='', sep=' &gt; ') +
            f'<h1 style="font-size:26px;text-align:center">{e(p["title"])}</h1>'
            '<div class="info">2025年6月3日 星期二　来源：大众网　<a>参与评论 36</a></div>' +
            content(p) + '<div style="color:#999">（作者系山东师范大学副教授）</div>'
            '<div>编辑：孙晓  责任编辑：宋芸</div>' +
            related(['别让“形式主义”消耗基层干部精力', '农村养老，既要“养得起”更要“养得好”', '让“一刻钟便民生活圈”更便民']) +
            '</div>' + footer(['大众报业集团主办  大众网版权所有', '鲁ICP备09012531号  新闻热线：0531-85193700']))


add(id='yg-20', kind='news-comment', lang='zh', layout=L20,
    title='乡村“村晚”火起来，靠的是群众当主角',
    authors=['邢晓雯'], publish_time='2025年6月3日 星期二',
    body=['今年以来，山东多地乡村“村晚”持续走红。台上表演的是村里的大爷大妈，台下观看的是左邻右舍，节目有快板、吕剧、广场舞，也有自编自演的小品，一场场接地气的演出吸引了大量网友线上围观。',
          '“村晚”为什么火？关键在于群众当主角。过去，一些地方的送文化下乡活动，演什么、怎么演由上面定，群众只是“观众”，热闹一阵就散了。而如今的“村晚”，节目从群众中来，讲的是身边事、唱的是家乡情，群众既是参与者也是受益者，自然愿意看、乐意演。',
          '当然，让“村晚”长久火下去，还需要在“常态化”上下功夫。一方面，要加强基层文化阵地建设，为群众提供排练场地和基本设备；另一方面，要培养本土文化能人，发挥文化志愿者作用，让乡村文化活动“天天有、月月新”。',
          '乡村振兴，既要塑形，也要铸魂。让群众在家门口唱起来、跳起来、乐起来，乡村才会更有活力、更有温度。',
          ('x', '邢晓雯')])


# yg-21 快讯 with the source in 【】 at the start
def L21(p):
    return (portal_top('安徽网', ['首页', '要闻', '安徽', '社会', '财经', '快讯']) +
            '<div class="w">' + crumbs(['首页', '快讯'], lead='') +
            f'<h1 style="font-size:22px">{e(p["title"])}</h1>'
            '<div style="font-size:12px;color:#999">2025-06-03 09:12　安徽网　阅读 1.2万</div>' +
            content(p) + '<div>编辑：胡晓</div>' +
            related(['合肥今年将新开工5条城市快速路', '安徽高考报名人数公布', '黄山风景区6月起实行预约游览'], '相关阅读') +
            '</div>' + footer(['安徽网 版权所有 皖ICP备09006869号', '皖公网安备 34010302000612号']))


add(id='yg-21', kind='news-flash', lang='zh', layout=L21,
    title='阜阳至蚌埠城际铁路开通运营 两地最快52分钟通达',
    authors=[], publish_time='2025-06-03 09:12',
    body=['【阜阳日报】6月3日上午9时，首趟从阜阳西站开出的C5602次列车驶往蚌埠南站，标志着阜阳至蚌埠城际铁路正式开通运营。',
          '阜蚌城际铁路全长约170公里，设计时速250公里，沿线设阜阳西、颍上北、凤台南、淮南西、蚌埠南等站。开通初期，每日安排开行动车组列车18对，两地间最快旅行时间为52分钟。',
          '线路开通后，皖北地区城市间联系将更加紧密，对促进沿淮城市群协同发展、服务群众便捷出行具有重要意义。',
          '阜阳市民张先生一早就赶到阜阳西站，成为首批乘客之一。“以前去蚌埠坐大巴要两个多小时，现在不到一个小时就到了，出差、走亲戚都方便多了。”',
          '铁路部门提醒，旅客可通过铁路12306网站和手机客户端购票，并合理安排出行时间。'])


# yg-22 新华社通稿 reprinted on a portal
def L22(p):
    return (portal_top('齐鲁网', ['首页', '新闻', '国内', '国际', '山东', '视频', '闪电']) +
            '<div class="w"><div class="main">'
            f'<h1 style="font-size:26px">{e(p["title"])}</h1>'
            '<div style="font-size:13px;color:#888">2025-05-26 20:31:48　来源：新华社　<a>0</a>条评论　字号：<a>T</a>|<a>T</a></div>' +
            content(p) + '<div style="text-align:right">责任编辑：李文涛</div>' +
            related(['国务院常务会议部署推进农业机械化', '多部门联合开展夏粮收购监管', '全国夏粮收获进度过三成', '农业农村部：确保夏粮颗粒归仓'], '相关新闻') +
            '</div>' + hot(['高考首日天气预报', '端午假期出行指南', '多地发布高温预警']) + '<div class="cl"></div></div>' +
            footer(['山东广播电视台主办  齐鲁网版权所有', '鲁ICP备06015524号  信息网络传播视听节目许可证1503012']))


add(id='yg-22', kind='news-xinhua', lang='zh', layout=L22,
    title='全国已收获小麦超过一成',
    authors=['于文静'], publish_time='2025-05-26 20:31:48',
    body=['新华社北京5月26日电（记者 于文静）记者26日从农业农村部获悉，截至当日，全国已收获冬小麦3600多万亩，进度超过一成，麦收正由南向北梯次推进。',
          '农业农村部农业机械化管理司负责人介绍，今年“三夏”期间预计投入联合收割机65万台以上，其中跨区作业机具约16万台。各地提前开展机具检修和机手培训，开通农机跨区作业绿色通道，保障机收顺畅。',
          '据了解，农业农村部已派出工作组赴河南、山东、河北、安徽、江苏等主产省，督促指导各地落实抢收抢烘措施，防范“烂场雨”等不利天气影响，确保夏粮颗粒归仓。',
          '该负责人表示，下一步将加强农机作业调度，及时发布收获进度和天气信息，引导机具有序流动，同时抓好夏播夏管，为全年粮食丰收打牢基础。'])


# yg-23 人民日报 article reprinted on a government site (来源：人民日报, paper's 记者 names in body start)
def L23(p):
    return (topbar_new('宿州市人民政府') + banner('宿州市人民政府', '') +
            nav(['首页', '走进宿州', '新闻中心', '政务公开', '政务服务', '政民互动']) +
            '<div class="w">' + crumbs(['首页', '新闻中心', '媒体看宿州']) +
            f'<h2 style="text-align:center">{e(p["title"])}</h2>'
            '<div class="info">发布时间：2025-05-08 08:47  来源：人民日报  阅读次数：1543  字体：【<a>大</a>】【<a>中</a>】【<a>小</a>】</div>' +
            content(p) + share_new() + '</div>' +
            gov_footer('宿州市人民政府办公室', '3413000002', '皖ICP备05018851号', '皖公网安备 34130202000124号'))


add(id='yg-23', kind='news-rmrb', lang='zh', layout=L23,
    title='安徽宿州：小小砀山梨 做成大产业',
    authors=['游仪', '徐靖'], publish_time='2025-05-08 08:47',
    body=[('x', '本报记者  游  仪  徐  靖'),
          '五月的砀山，梨园里的青果已有拇指大小。在良梨镇的一处数字果园里，物联网设备实时监测着土壤墒情和气温湿度，果农孙长春打开手机就能看到自家梨树的“体检报告”。',
          '砀山是全国闻名的酥梨之乡，果园面积近百万亩。过去，当地梨果主要以鲜果销售为主，价格受市场波动影响大。近年来，砀山县延伸产业链条，发展梨膏、梨汁、果脯等深加工产品，培育果品加工企业150余家。',
          '电商成为砀山梨走向全国的“快车道”。全县电商企业和网店超过5万家，带动就业10万多人。“去年我们卖出了200多万单，不少客户是回头客。”当地一家电商企业负责人说。',
          '“我们正在推进老果园改造，引进新品种，提升标准化生产水平。”砀山县有关负责人表示，要让梨农在产业链的每个环节都能增收。',
          ('x', '《 人民日报 》（ 2025年05月08日 10 版）')])


# yg-24 city news site with 原标题 and comments count, author under title
def L24(p):
    return (portal_top('保定新闻网', ['首页', '保定新闻', '县域', '民生', '文旅', '视频'], '站内搜索') +
            '<div class="w"><div class="main">' + crumbs(['首页', '县域'], lead='') +
            f'<h1 style="font-size:24px">{e(p["title"])}</h1>'
            '<div style="font-size:13px;color:#555">作者：宋立强  冯  佳</div>'
            '<div style="font-size:12px;color:#999">2025-05-12 10:05  来源：保定日报  <a>评论 8</a>  <a>收藏</a></div>'
            '<div style="color:#666;font-size:13px">原标题：从“小作坊”到“大产业” 白沟箱包闯出新天地</div>' +
            content(p) + '<div>编辑：田甜  审核：刘磊</div>' +
            related(['高碑店市举办2025年国际箱包交易会', '白沟新城：新业态激发市场活力']) + '</div>' +
            hot(['保定至雄安轨道交通最新进展', '直隶总督署夜游开放', '保定今年新增城市绿地']) + '<div class="cl"></div></div>' +
            footer(['保定日报社主办  保定新闻网版权所有', '冀ICP备05019013号  新闻热线：0312-3080000']))


add(id='yg-24', kind='news-city', lang='zh', layout=L24,
    title='白沟箱包：从“小作坊”到跨境“大产业”',
    authors=['宋立强', '冯佳'], publish_time='2025-05-12 10:05',
    body=['走进白沟和道国际箱包交易中心，一排排商铺琳琅满目，来自俄罗斯、哈萨克斯坦等国的采购商正和店主讨价还价，不少店铺里还摆着手机支架，主播们正在直播带货。',
          '白沟箱包产业起步于上世纪七十年代末，从家庭小作坊起步，如今已发展成为拥有4000余家生产企业、年产箱包7亿只的产业集群，产品销往100多个国家和地区。',
          '面对市场变化，白沟箱包企业加快转型升级。一家箱包企业负责人介绍，企业近三年投入2000多万元引进智能裁剪设备和设计团队，自主品牌产品占比已超过六成，“过去是给别人贴牌，现在是打自己的牌子”。',
          '跨境电商为白沟箱包打开了新空间。当地建成跨境电商产业园，引进物流、支付、培训等服务机构60余家。2024年，白沟箱包跨境电商交易额同比增长超过30%。',
          '“下一步，我们将加强原创设计和品牌培育，推动白沟箱包向中高端迈进。”白沟新城管委会有关负责人说。'])


# ---------------- self-media (yg-25 .. yg-30) ----------------

# yg-25 头条号, account only
def L25(p):
    return ('<div class="tb"><b>今日头条</b> <input placeholder="搜索站内资讯、视频或用户"><span style="float:right"><a>下载头条APP</a> <a>登录</a></span></div>'
            '<div class="w"><div class="main">'
            f'<h1 style="font-size:28px">{e(p["title"])}</h1>'
            '<div style="font-size:13px;color:#999"><span>2025-06-02 21:15</span>·<span>菏泽身边事</span><span>山东</span></div>' +
            content(p) + '<div style="color:#999;font-size:12px">举报/反馈</div>'
            '<div><b>菏泽身边事</b> 1.8万粉丝 · 关注</div>'
            '<div>评论 46 · <a>写评论</a></div></div>' +
            hot(['单县羊肉汤申遗进展', '牡丹区新建三所学校', '菏泽高铁站新增车次'], '头条热榜') + '<div class="cl"></div></div>')


add(id='yg-25', kind='selfmedia-toutiao', lang='zh', layout=L25,
    title='郓城一村民家门口种出“网红”西瓜，一天发货3000斤',
    authors=['菏泽身边事'], publish_time='2025-06-02 21:15',
    body=['最近，郓城县黄安镇的一片西瓜地火了。',
          '瓜地的主人叫刘永刚，今年46岁，前些年在外地打工，2021年回村承包了60亩地种西瓜。他种的是一种小个头、薄皮的品种，皮薄到用手一拍就裂，甜度能达到13度以上。',
          ('img', '刘永刚在大棚里采摘西瓜', ''),
          '刚开始瓜卖不出去，他就学着拍短视频，把每天浇水、授粉、摘瓜的过程都拍下来发到网上。没想到粉丝越来越多，很多人专门开车过来买瓜。',
          '“今年最多的一天发了3000多斤快递，村里十几个婶子大娘都来帮忙打包。”刘永刚说，现在他的瓜一斤能卖到五六块钱，比去年涨了一块多。',
          '看到他挣了钱，村里又有七八户人家跟着种起了西瓜。镇里也帮忙联系了冷链物流，准备明年把规模扩大到300亩。',
          '你们那边今年西瓜多少钱一斤？欢迎在评论区聊聊。'])


# yg-26 网易号, person named (文/…) — the person, not the account
def L26(p):
    return ('<div class="tb"><b>网易</b> <a>首页</a> <a>新闻</a> <a>体育</a> <a>娱乐</a> <a>财经</a><span style="float:right"><a>登录</a></span></div>'
            '<div class="w"><div class="main">'
            f'<h1 style="font-size:26px">{e(p["title"])}</h1>'
            '<div style="font-size:13px;color:#888">2025-05-20 14:37:06　来源: <a>淮北文旅观察</a> 安徽</div>'
            '<div style="background:#f6f6f6;font-size:12px;padding:4px">0</div>' +
            content(p) +
            '<div style="font-size:12px;color:#999">特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>'
            '<div>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</div>'
            '</div>' + hot(['相关推荐', '濉溪古城端午活动预告', '相山公园夜景刷屏']) + '<div class="cl"></div></div>')


add(id='yg-26', kind='selfmedia-netease', lang='zh', layout=L26,
    title='在淮北南湖，看一座煤城的“绿色转身”',
    authors=['程思远'], publish_time='2025-05-20 14:37:06',
    body=[('x', '文/程思远'),
          '傍晚的南湖湿地公园，水面泛着金光，白鹭掠过芦苇荡，沿湖步道上散步、骑行的人络绎不绝。很难想象，二十多年前，这里还是一片因采煤塌陷形成的积水洼地。',
          '淮北是一座因煤而建、因煤而兴的城市。长期开采留下了大面积塌陷区，最多时超过30万亩。从本世纪初开始，淮北探索“挖深垫浅、分层剥离”的治理办法，把塌陷区改造成湖泊、湿地和良田。',
          '南湖就是其中的代表。经过多年治理，这里成了国家城市湿地公园，还吸引了东方白鹳、青头潜鸭等珍稀鸟类栖息。周末，不少外地游客专程来拍鸟、露营。',
          '在湖边经营一家小餐馆的李阿姨告诉我，她家祖辈都是矿工，以前这一带“晴天一身灰、雨天一身泥”，现在推开窗就是湖景，节假日店里经常坐满了外地客人。',
          '从“黑色煤城”到“绿金淮北”，城市转型并不容易。但在南湖边走一走，你会感受到，一座老工业城市正在找到新的打开方式。'])


# yg-27 百家号, account only, the account name also used as the source
def L27(p):
    return ('<div class="tb"><b>百度</b> <a>首页</a> <a>百家号</a><span style="float:right"><a>登录</a></span></div>'
            '<div class="w"><div class="main">'
            f'<div style="font-size:26px;font-weight:bold">{e(p["title"])}</div>'
            '<div style="font-size:13px;color:#888"><img src="data:," alt="" width="30" height="30"> <b>沧州融媒</b> 2025-05-15 07:58 河北 <a>+关注</a></div>' +
            content(p) + '<div style="color:#999">来源：沧州融媒</div>'
            '<div style="font-size:12px;color:#999">本文为百家号作者原创，未经授权不得转载</div>'
            '<div><b>沧州融媒</b> 47.3万获赞 10.2万粉丝</div></div>' +
            hot(['泊头铸造文化节开幕', '黄骅港吞吐量创新高', '献县单桥修缮完成'], '百度热搜') + '<div class="cl"></div></div>')


add(id='yg-27', kind='selfmedia-baijiahao', lang='zh', layout=L27,
    title='吴桥杂技大世界迎来旅游旺季，单日接待游客超2万人次',
    authors=['沧州融媒'], publish_time='2025-05-15 07:58',
    body=['“五一”假期过后，吴桥杂技大世界景区依然人气火爆。5月14日，景区单日接待游客超过2万人次，其中外省游客占比超过四成。',
          '在江湖文化城，晃梯、顶碗、蹬技等传统杂技节目轮番上演，游客们不时发出阵阵惊叹。“孩子在书上看过吴桥杂技，这次专门带他来现场看，比电视上还精彩。”来自天津的游客王女士说。',
          '今年，景区新推出了夜游项目和沉浸式杂技剧场，延长开放时间至晚上9点。同时，景区与周边民宿、农家乐联动，推出“杂技+研学”“杂技+乡村游”等线路。',
          '为应对客流高峰，景区增加了售检票窗口和安保、保洁人员，并开通了县城至景区的旅游专线公交，游客可以在县城高铁站直接换乘。',
          '吴桥县文化广电和旅游局相关负责人介绍，今年1至4月，全县累计接待游客156万人次，同比增长18%。'])


# yg-28 企鹅号, account only
def L28(p):
    return ('<div class="tb"><b>腾讯网</b> <a>新闻</a> <a>视频</a> <a>图片</a><span style="float:right"><a>登录</a></span></div>'
            '<div class="w"><div class="main">'
            f'<h1 style="font-size:26px">{e(p["title"])}</h1>'
            '<div style="font-size:13px;color:#888"><a>济宁生活圈</a> 2025-05-28 12:03 发布于山东 · 企鹅号</div>' +
            content(p) + '<div style="font-size:12px;color:#999">本文来自腾讯新闻客户端创作者，不代表腾讯新闻的观点和立场。</div>'
            '<div>举报 · 投诉</div><div>全部评论 (23)</div></div>' +
            hot(['曲阜三孔夜游新玩法', '微山湖荷花节时间公布']) + '<div class="cl"></div></div>')


add(id='yg-28', kind='selfmedia-qie', lang='zh', layout=L28,
    title='济宁这条老街“上新”了！周末去逛逛',
    authors=['济宁生活圈'], publish_time='2025-05-28 12:03',
    body=['最近，位于任城区的竹竿巷经过改造后重新开街，吸引了不少市民前去打卡。',
          '竹竿巷是济宁有名的老街，因过去经营竹器而得名。这次改造保留了老街原有的青砖灰瓦和石板路，修缮了沿街老建筑40余处，还引进了非遗手作、特色小吃、文创书店等商户。',
          ('img', '竹竿巷街景', '改造后的竹竿巷'),
          '小编周末去逛了一圈，老街里人气很旺。甏肉干饭、糁汤、玉堂酱菜这些济宁老味道都能吃到，竹编、木版年画的手艺人还在现场演示，可以亲手体验。',
          '除了吃和逛，老街上还有不少适合拍照的地方。巷子中段保留了一座老门楼，傍晚灯笼亮起来的时候特别出片，不少年轻人穿着汉服专门来这里拍照。',
          '交通提示：可乘坐公交2路、12路到太白楼站下车，步行约5分钟。周末人多，建议错峰出行。',
          '据了解，竹竿巷开街后，周边还将陆续开放古运河游船和夜市，今年夏天晚上来逛会更有意思。',
          '你去过竹竿巷吗？'])


# yg-29 微信公众号, person named (作者 line + 文 | at top of the body)
def L29(p):
    return ('<div class="w" style="width:680px"><div style="padding:20px 0">'
            f'<h1 style="font-size:22px">{e(p["title"])}</h1>'
            '<div style="font-size:14px;color:#888"><span>原创</span> <span>徐梦琪</span> <a style="color:#576b95">宿迁发布</a> <span>2025年05月23日 18:30</span> <span>江苏</span></div></div>' +
            '<div class="ct">' + render_body(p['body'], ptag='section') + '</div>'
            '<div style="color:#888;font-size:13px">来源：宿迁发布<br>编辑：丁一<br>审核：王磊</div>'
            '<div><img src="data:," alt="" width="200" height="200"><br>长按识别二维码关注我们</div>'
            '<div style="font-size:13px">阅读 1.0万　<a>分享</a>　<a>收藏</a>　<a>点赞</a> 86　<a>推荐</a> 42</div>'
            '<div>写留言</div></div>')


add(id='yg-29', kind='selfmedia-wechat', lang='zh', layout=L29,
    title='骆马湖畔的夏天，藏着这些好去处',
    authors=['徐梦琪'], publish_time='2025年05月23日 18:30',
    body=[('x', '文 | 徐梦琪'),
          '初夏的骆马湖，湖水清澈，风里带着淡淡的荷叶香。如果你还没想好周末去哪儿，不妨跟着小编去湖边走一走。',
          ('h', '湖滨公园：看一场湖上日落'),
          '傍晚时分，沿着湖滨公园的木栈道一路向西，落日会慢慢沉入湖面，把整片天空染成橘红色。这里的观景台是拍照的好地方，记得早点去占位置。',
          ('h', '三台山森林公园：赏花避暑'),
          '三台山森林公园的衲田花海已经进入观赏期，大片的花田在阳光下色彩斑斓。园内树木茂密，即使是午后也很凉爽，适合带孩子和老人一起游玩。',
          ('h', '湖鲜美食：不能错过'),
          '来骆马湖，一定要尝尝这里的湖鲜。银鱼炒蛋、红烧鳊鱼、小龙虾……湖边的农家饭店大多是现捞现做，味道鲜美，价格也实惠。',
          '另外提醒大家，湖边紫外线较强，出门记得做好防晒；环湖步道较长，建议穿舒适的鞋子，也可以租一辆自行车慢慢骑。',
          '这个夏天，就在骆马湖畔，把日子过成诗吧。'])


# yg-30 澎湃号 (政务), account only
def L30(p):
    return ('<div class="tb"><b>澎湃新闻</b> <a>要闻</a> <a>深度</a> <a>视频</a> <a>澎湃号</a><span style="float:right"><a>下载客户端</a> <a>登录</a></span></div>'
            '<div class="w"><div class="main">'
            f'<h1 style="font-size:26px">{e(p["title"])}</h1>'
            '<div style="font-size:13px;color:#888"><a>滕州发布</a><br>2025-05-09 16:22  来源：澎湃新闻·澎湃号·政务</div>' +
            content(p) + '<div style="color:#999;font-size:12px">本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</div>'
            '</div>' + hot(['滕州马铃薯丰收', '微山湖湿地游']) + '<div class="cl"></div>'
            '<div class="ft">沪ICP备14003370号  沪公网安备31010602000299号  互联网新闻信息服务许可证：31120170006</div></div>')


add(id='yg-30', kind='selfmedia-thepaper', lang='zh', layout=L30,
    title='滕州：马铃薯喜获丰收，“金蛋蛋”走俏市场',
    authors=['滕州发布'], publish_time='2025-05-09 16:22',
    body=['眼下，滕州市15万亩春季马铃薯陆续进入收获期。在界河镇的马铃薯种植基地，收获机来回穿梭，翻起一个个圆润饱满的马铃薯，村民们忙着分拣、装袋，现场一派繁忙景象。',
          '“今年雨水调和，亩产能达到5000斤左右，地头价每斤1块2，收购商都是直接开车到地头来拉。”种植户张立柱高兴地说。',
          '滕州是全国知名的马铃薯生产基地，种植历史已有六十余年。近年来，当地推广脱毒种薯、水肥一体化、全程机械化等技术，建成马铃薯交易市场8处，产品销往全国20多个省份，并出口日本、韩国和东南亚等地。',
          '为帮助农户卖个好价钱，滕州还依托电商平台开展“马铃薯直播节”，组织网红主播走进田间地头直播带货，鲜薯从地头到餐桌最快只需两天。',
          '目前，全市马铃薯产业带动从业人员10万余人，年产值超过30亿元，小土豆已成为农民增收致富的“金蛋蛋”。'])


# ---------------- e-paper (yg-31 .. yg-35) ----------------

def epaper_shell(paper, date, ban, inner, prev='上一版', nxt='下一版'):
    return ('<div class="tb">' + e(paper) + '数字报　<a>往期回顾</a>　<a>PDF下载</a><span style="float:right">' + e(date) + '</span></div>'
            '<table width="1000" align="center"><tr><td width="300" valign="top" style="background:#f5f1e8">'
            f'<div>{e(ban)}</div><div><a>{prev}</a>　<a>{nxt}</a></div>'
            '<img src="data:," alt="版面缩略图" width="280" height="400"><div>本版标题导航</div><ul><li><a>本版其他文章一</a></li></ul></td>'
            '<td valign="top">' + inner + '</td></tr></table>' +
            footer([f'{paper}社版权所有　未经书面授权不得复制或建立镜像']))


# yg-31 引题 / 主题 / 副题 (standard stack), 本报讯 byline in first paragraph
def L31(p):
    inner = ('<div style="text-align:center">'
             '<div style="font-size:15px">从种得好到卖得好</div>'
             f'<div style="font-size:26px;font-weight:bold">{e(p["title"])}</div>'
             '<div style="font-size:15px">全县高油酸花生种植面积达45万亩，订单收购覆盖率超七成</div></div>' +
             content(p) + '<div>本版责编：史红霞　美编：郭立</div>')
    return epaper_shell('驻马店日报', '2025年06月03日 星期二', '第03版：县域经济', inner)


add(id='yg-31', kind='epaper', lang='zh', layout=L31,
    title='正阳花生“链”出富民大产业',
    authors=['鲁艳', '石磊'], publish_time='2025年06月03日 星期二',
    body=['本报讯（记者 鲁艳 通讯员 石磊）6月2日，在正阳县熊寨镇的花生种植基地，播种机正在田间往返作业，一垄垄花生种子被均匀播进土壤。',
          '正阳县是全国花生种植第一大县。近年来，该县大力推广高油酸花生品种，建设良种繁育基地，推行“龙头企业+合作社+农户”订单模式，让农民种得放心、卖得顺心。',
          '在县产业集聚区的花生加工企业里，花生米经过色选、压榨、灌装，变成一瓶瓶高端食用油。全县现有花生加工企业120余家，开发了花生油、花生酱、花生蛋白等产品50多种，花生壳、花生秧也被加工成饲料和生物质燃料，实现了“吃干榨净”。',
          '“以前花生收下来就卖原料，现在一颗花生能增值好几倍。”县农业农村局负责人介绍，2024年全县花生全产业链产值突破200亿元，带动15万农民增收。'])


# yg-32 主题 first, then 副题, then 引题-like kicker below (unusual order); byline between 主题 and 副题
def L32(p):
    inner = ('<div style="text-align:center">'
             f'<div style="font-size:26px;font-weight:bold">{e(p["title"])}</div>'
             '<div style="font-size:14px">■本报记者 彭  飞</div>'
             '<div style="font-size:15px">——聊城市东昌府区“15分钟健身圈”建设见闻</div></div>' +
             content(p) + '<div>本版责编：任晓燕</div>')
    return epaper_shell('聊城日报', '2025-04-27', '第A2版：民生', inner, '◀上一版', '下一版▶')


add(id='yg-32', kind='epaper', lang='zh', layout=L32,
    title='家门口健身 越练越有劲',
    authors=['彭飞'], publish_time='2025-04-27',
    body=['清晨六点，东昌府区古楼街道的口袋公园里，已经有不少居民在健身器材上锻炼。退休职工刘大爷一边压腿一边说：“以前锻炼要跑到人民广场，现在下楼走两步就到了。”',
          '近年来，东昌府区利用城市边角地、闲置地建设口袋公园和社区健身场地，新建、改造全民健身设施场地300余处，城区“15分钟健身圈”基本实现全覆盖。',
          '在新建的湖西社区智慧健身驿站，智能跑步机、体测一体机等设备一应俱全，居民刷脸就能进场，体测数据自动生成运动建议。驿站还定期请社会体育指导员开设太极拳、健身操课程。',
          '“健身设施就在家门口，我们跳广场舞的姐妹也越来越多了。”家住东关街道的王阿姨说，她们的舞蹈队已经从十几个人发展到四十多人。',
          '东昌府区体育部门负责人表示，下一步将推动学校体育场馆向社会开放，持续举办社区运动会、邻里健身赛等群众性赛事活动，让更多居民动起来。'])


# yg-33 引题 above 主题 in small grey type, no 副题; byline at the end of the article
def L33(p):
    inner = ('<p style="font-size:12px">第5版：乡村振兴　2025年3月18日</p><div>'
             '<div style="font-size:14px;color:#555">蚌埠市怀远县万福镇探索“强村公司”运营模式</div>'
             f'<div style="font-size:28px;font-weight:bold">{e(p["title"])}</div></div>' +
             content(p) + '<div style="font-size:12px">作者：本报通讯员 戴  雪  本报记者 汪国梁　责编：许晨</div>')
    return epaper_shell('安徽日报', '2025年3月18日', '第5版：乡村振兴', inner)


add(id='yg-33', kind='epaper', lang='zh', layout=L33,
    title='村集体有了“生意经”',
    authors=['戴雪', '汪国梁'], publish_time='2025年3月18日',
    body=['春分将至，怀远县万福镇的万亩石榴园里，工人们正在修剪枝条、施用底肥。这片果园由镇里的强村公司统一管理，去年给全镇14个村集体带来分红180多万元。',
          '“过去村集体经济基本是空壳，想给村里办点事都没钱。”万福镇党委负责人说。2022年，镇里整合各村资源，成立了由村集体控股的强村公司，承接土地托管、农产品销售、小型工程等业务。',
          '强村公司成立后，把农户分散的土地流转过来，统一种植石榴、糯稻等特色作物，再通过电商平台和商超渠道统一销售。公司还组建了农机服务队和劳务队，为周边农户提供托管服务，为村民提供家门口就业岗位。',
          '2024年，万福镇村均集体经营性收入达到32万元，所有村集体收入都超过了20万元。今年，镇里计划再成立一家劳务合作社，帮助更多村民稳定就业。'])


# yg-34 引题 + 主题 only, 版次 bar, long headline broken in two lines, closing (记者 …) in last paragraph
def L34(p):
    t = p['title']
    k = t.index('学校')
    a, b = t[:k], t[k:]
    inner = ('<div style="background:#eee;font-size:13px">2025年05月29日　第A05版：城事　<a>上一版</a>　<a>下一版</a>　<a>返回目录</a></div>'
             '<div style="text-align:center"><div style="font-size:15px">市区新增一批“潮汐车道”和“即停即走”车位</div>'
             f'<div style="font-size:24px;font-weight:bold">{e(a)}<br>{e(b)}</div></div>' +
             content(p) + '<div>【本版责编】马丽娜　【校对】黄昆</div>')
    return epaper_shell('扬子晚报', '2025年05月29日', 'A05版', inner)


add(id='yg-34', kind='epaper', lang='zh', layout=L34,
    title='南京主城区早晚高峰通勤时间平均缩短4分钟学校医院周边拥堵明显缓解',
    authors=['葛大伟'], publish_time='2025年05月29日',
    body=['记者28日从南京市公安局交管局获悉，今年以来，南京在主城区新增设潮汐车道12处、可变车道35处，并在学校、医院周边设置“即停即走”车位860个。监测数据显示，主城区早晚高峰通勤时间平均缩短约4分钟。',
          '在中山北路与湖南路路口，记者看到，电子指示牌根据车流情况实时切换车道方向。交管部门介绍，该路段改造后早高峰通行能力提升了约20%。',
          '针对学校、医院周边接送车辆多、临时停车难的问题，交管部门会同城管、教育等部门，在周边道路施划限时停车泊位，接送家长可停车3分钟。“以前接孩子要绕好几圈，现在停车上车一气呵成。”一位家长说。',
          '交管部门表示，下一步还将在江北新区、河西等区域推广类似做法，并通过大数据分析持续优化信号灯配时。（扬子晚报/紫牛新闻记者 葛大伟）'])


# yg-35 主题 with 副题 first, then 引题 (reversed), plain text-only layout
def L35(p):
    inner = ('<div>当前版：04版　<a>前一版</a>　<a>后一版</a></div><hr>'
             '<div style="text-align:center">'
             '<div>——邢台市信都区着力打造“太行山最美乡村”</div>'
             f'<h2>{e(p["title"])}</h2>'
             '<div>引　山区乡村“颜值”“气质”双提升</div></div>'
             '<div style="text-align:center;font-size:13px">文/图 本报记者 段  军</div>' +
             content(p) + '<div>本版编辑：冉凤</div>')
    return epaper_shell('邢台日报', '2024-11-06', '04版 综合', inner, '前一版', '后一版')


add(id='yg-35', kind='epaper', lang='zh', layout=L35,
    title='太行深处绘新景',
    authors=['段军'], publish_time='2024-11-06',
    body=['深秋时节，信都区路罗镇英谈古寨层林尽染，红石砌成的古屋错落有致，游客三五成群在古寨里拍照留念。',
          ('img', '英谈古寨秋色', '英谈古寨秋色。本报记者 段军 摄'),
          '近年来，信都区依托太行山自然和人文资源，实施山区乡村环境整治提升工程，累计改造农村道路460公里，完成农房风貌提升2600余户，建成美丽乡村精品片区5个。',
          '环境美了，产业也旺了。前南峪村发展板栗、苹果种植和生态旅游，村民人均收入超过3万元；桃树坪村把闲置民居改造成特色民宿，吸引了大批城市游客。',
          '“今年国庆假期，我家民宿天天满房。”桃树坪村民宿经营者王春花说，现在村里年轻人回来的越来越多了。',
          '为留住乡愁，信都区在整治中坚持“修旧如旧”，对古民居、古树、古桥进行挂牌保护，让村庄既有现代生活的便利，又保留太行山区的传统风貌。',
          '信都区有关负责人表示，将继续推进山区乡村全域提升，让太行山区既有“好风景”，也有“好钱景”。'])


# ---------------- institutional (yg-36 .. yg-40) ----------------

# yg-36 乡镇卫生院
def L36(p):
    return ('<div class="w" style="padding:10px 0"><b style="font-size:24px;color:#0a8a6a">巩义市米河镇卫生院</b>　<span>一级甲等 · 健康服务热线 0371-64531120</span></div>' +
            nav(['首页', '医院概况', '科室设置', '新闻动态', '健康教育', '公共卫生', '联系我们']) +
            '<div class="w">' + crumbs(['首页', '新闻动态'], lead='当前位置：', sep=' - ') +
            f'<h2 style="text-align:center">{e(p["title"])}</h2>'
            '<div class="info">供稿单位：公共卫生科　作者：冯  倩　发布时间：2025-04-10　阅读：167</div>' +
            content(p) + prevnext('米河镇卫生院开展世界防治结核病日宣传', '米河镇卫生院召开医疗质量安全管理会议') + '</div>' +
            footer(['巩义市米河镇卫生院  地址：巩义市米河镇米河村', '豫ICP备16027730号']))


add(id='yg-36', kind='inst-hospital', lang='zh', layout=L36,
    title='米河镇卫生院家庭医生团队走进村组开展签约随访',
    authors=['冯倩'], publish_time='2025-04-10',
    body=['为进一步做实家庭医生签约服务，4月8日至9日，米河镇卫生院组织5支家庭医生团队，深入半个店村、小里河村等8个村，开展签约随访和健康体检活动。',
          '在半个店村卫生室，家庭医生团队为前来体检的群众测量血压、血糖，开展心电图和B超检查，并根据检查结果逐一讲解注意事项。对高血压、糖尿病等慢性病患者，医生详细询问用药情况，调整用药方案，叮嘱规律服药、合理饮食。',
          '对行动不便的失能老人，团队成员带着便携式设备上门服务，为老人检查身体、更新健康档案。',
          '活动中，医务人员还向群众发放了慢性病防治、合理膳食等健康宣传资料，现场解答群众关于医保报销、预约就诊等方面的咨询。',
          '今年以来，该院已签约居民1.2万余人，其中重点人群签约率达到78%。下一步，卫生院将继续推进家庭医生签约服务提质增效，让群众在家门口享受到优质便捷的医疗服务。'])


# yg-37 中学 news, 文/图：… 审核：…
def L37(p):
    return ('<div class="tb">滕州市第一中学<span style="float:right"><a>校长信箱</a> <a>OA办公</a> <a>English</a></span></div>'
            '<div class="w" style="padding:10px 0"><b style="font-size:26px;color:#8b0000">山东省滕州市第一中学</b></div>' +
            nav(['学校首页', '学校概况', '校园新闻', '教育教学', '德育天地', '招生信息']) +
            '<div class="w">' + crumbs(['学校首页', '校园新闻'], lead='', sep=' >> ') +
            f'<h2 style="text-align:center">{e(p["title"])}</h2>'
            '<div class="info">发布者：校办公室　时间：2025-05-06 15:20:11　点击：：622</div>' +
            content(p) + '<div style="text-align:right">文/图：倪  帆　李佳怡<br>审核：韩振华</div>' + '</div>' +
            footer(['版权所有：山东省滕州市第一中学', '鲁ICP备08104527号']))


add(id='yg-37', kind='inst-school', lang='zh', layout=L37,
    title='我校举行2025届高三学生成人礼',
    authors=['倪帆', '李佳怡'], publish_time='2025-05-06 15:20:11',
    body=['5月4日上午，我校在田径场隆重举行2025届高三学生十八岁成人仪式。全体高三学生、部分家长代表及学校领导、高三年级教师参加活动。',
          '仪式在庄严的国歌声中拉开序幕。学生代表宣读了成人誓词，誓言铿锵有力，表达了青年学子立志报国、勇担重任的决心。家长代表王女士深情寄语孩子们：“十八岁意味着责任，愿你们在人生的道路上坚定前行。”',
          '校长刘金山在讲话中勉励同学们，要做有理想、有担当、有本领的新时代青年，在高考冲刺阶段保持定力，以最好的状态迎接人生的重要考验。',
          '随后，同学们在家长和老师的陪伴下，走过象征成长的“成人门”，并在签名墙上写下自己的青春誓言。',
          '此次成人礼让同学们深刻感受到了成长的意义与责任，也为高考冲刺注入了满满的动力。'])


# yg-38 农商银行, 通讯员 alone (end-of-body parenthesis)
def L38(p):
    return ('<div class="tb"><a>个人网银</a> | <a>企业网银</a> | <a>手机银行</a><span style="float:right">客服热线：96669</span></div>'
            '<div class="w" style="padding:10px 0"><b style="font-size:24px;color:#006b3c">河北涿州农村商业银行</b></div>' +
            nav(['首页', '关于我们', '个人业务', '公司业务', '新闻动态', '信息披露']) +
            '<div class="w">' + crumbs(['首页', '新闻动态', '基层动态'], lead='您当前的位置：') +
            f'<div style="font-size:22px;font-weight:bold;text-align:center">{e(p["title"])}</div>'
            '<div class="info">2025年5月21日　来源：本行　【<a>打印</a>】【<a>关闭</a>】</div>' +
            content(p) + '</div>' +
            footer(['河北涿州农村商业银行股份有限公司 版权所有', '冀ICP备17021865号  风险提示：理财非存款，投资需谨慎']))


add(id='yg-38', kind='inst-bank', lang='zh', layout=L38,
    title='涿州农商银行“整村授信”助力乡村振兴',
    authors=['宁晓燕'], publish_time='2025年5月21日',
    body=['今年以来，涿州农商银行深入推进“整村授信”工作，组织客户经理走村入户，为农户建立信用档案，累计对辖内156个行政村开展整村授信，授信农户2.3万户，授信金额18.6亿元。',
          '在百尺竿镇，该行与镇政府联合开展信用村评定，通过村干部、村民代表“背靠背”评议，把农户的人品、能力、收入等情况作为授信依据。授信后，农户可通过手机银行随借随还，最快几分钟就能到账。',
          '“今年想扩大蔬菜大棚，手机上点几下就拿到了20万元贷款，利率还挺低。”种植户崔建华说。',
          '为提升服务效率，该行在各乡镇网点设立“整村授信”服务专窗，并在村级便民服务点布设助农取款终端，让农户足不出村就能办理存取款、缴费等业务。',
          '下一步，该行将持续优化信贷产品和服务流程，加大对新型农业经营主体和个体工商户的支持力度，让金融活水更好地滋润乡村。（宁晓燕）'])


# yg-39 供销社
def L39(p):
    return (topbar_old('供销') +
            '<table width="1000" align="center" bgcolor="#1d6e3b"><tr><td style="color:#fff;font-size:24px;padding:14px">邹城市供销合作社联合社</td></tr></table>'
            '<table width="1000" align="center"><tr><td><a>首页</a> | <a>机构概况</a> | <a>工作动态</a> | <a>为农服务</a> | <a>党建工作</a></td></tr></table>'
            '<div class="w">'
            '<table width="100%"><tr><td class="bc">工作动态</td><td align="right">2025-03-12</td></tr></table>'
            f'<h3 style="text-align:center">{e(p["title"])}</h3>' + old_tools() + content(p) +
            '<div>（邹城市供销社 褚  涛）</div></div>' +
            footer(['邹城市供销合作社联合社  版权所有', '鲁ICP备12029974号']))


add(id='yg-39', kind='inst-coop', lang='zh', layout=L39,
    title='邹城市供销社春耕农资保供工作有序开展',
    authors=['褚涛'], publish_time='2025-03-12',
    body=['春耕时节，邹城市供销社积极发挥农资流通主渠道作用，提前组织货源，全力保障春耕农资供应。',
          '截至目前，全市供销系统已储备化肥3.2万吨、农药260吨、种子800余吨、农膜150吨，能够满足全市春耕生产需要。市供销社所属农资公司与生产企业签订长期供货协议，确保农资价格稳定、质量可靠。',
          '在大束镇为农服务中心，前来购买化肥和种子的农户络绎不绝。服务中心工作人员介绍，今年中心推出了测土配方、送货上门、代耕代种等服务，农户打个电话就能把农资送到地头。',
          '为破解农资“最后一公里”难题，市供销社还依托村级综合服务社新建农资配送点35个，实现了农资配送网点行政村全覆盖。',
          '与此同时，市供销社联合市场监管部门开展农资打假专项行动，对基层网点进行拉网式检查，严防假冒伪劣农资流入市场，切实维护农民合法权益。'])


# yg-40 退役军人服务站 (村级), plain modern page, author under the title
def L40(p):
    return (topbar_new('萧县退役军人事务局') + banner('萧县退役军人事务局', '') +
            nav(['首页', '政策法规', '工作动态', '服务站风采', '拥军优属', '办事指南']) +
            '<div class="w">' + crumbs(['首页', '服务站风采']) +
            f'<h1 style="text-align:center;font-size:22px">{e(p["title"])}</h1>'
            '<div style="text-align:center">黄口镇退役军人服务站 李  振</div>'
            '<div class="info">[2025-06-03]　点击：95</div>' +
            content(p) + share_new() + '</div>' +
            footer(['萧县退役军人事务局  主办', '皖ICP备05018207号-6  网站标识码：3413220032']))


add(id='yg-40', kind='inst-veterans', lang='zh', layout=L40,
    title='黄口镇退役军人服务站为老兵送上“暖心套餐”',
    authors=['李振'], publish_time='2025-06-03',
    body=['近日，黄口镇退役军人服务站联合镇卫生院、志愿者服务队，为辖区困难退役军人送上包含健康体检、政策宣讲、家电维修在内的“暖心套餐”。',
          '在老兵张德胜家中，志愿者帮他修好了漏水的水管和不亮的电灯，卫生院医生为他测量了血压，叮嘱他按时服药。“服务站的同志经常来看我，有啥困难一说就给办。”今年78岁的张德胜说。',
          '黄口镇现有退役军人1100余名，镇服务站建立了“一人一档”台账，对困难、高龄、重病退役军人实行定期走访，逢年过节上门慰问。服务站还设立了“老兵调解室”，邀请退役军人参与矛盾纠纷调解。',
          '服务站工作人员介绍，他们还与辖区企业建立了就业对接机制，定期发布适合退役军人的岗位信息，今年已帮助12名退役军人实现就业。',
          '今年以来，服务站共走访退役军人300余人次，帮助解决就业、就医、住房等困难事项27件。'])
