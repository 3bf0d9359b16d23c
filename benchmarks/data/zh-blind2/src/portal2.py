from lib import *

# zc-19 财经 page with stock tickers (证券时报网-style)
@page('zc-19')
def p19():
    title = '储能电池出货量大增 三家龙头公司三季度净利同比翻番'
    items = [
        '证券时报网讯（记者 郭博昊）10月下旬以来，储能产业链上市公司密集披露三季报。受益于海外大储订单放量，储能电池出货量大幅增长，多家龙头企业业绩表现亮眼。',
        '从已披露数据看，海辰储能、鹏辉能源、南都电源三家公司前三季度储能业务收入合计超过320亿元，其中三季度单季净利润均实现同比翻番。鹏辉能源三季报显示，公司第三季度实现营业收入28.76亿元，同比增长41.3%；归属于上市公司股东的净利润2.05亿元，同比增长132.6%。',
        '“今年以来，中东、欧洲和澳洲的大型储能项目集中招标，国内企业凭借成本和交付优势拿下了大量订单。”一位券商电新行业分析师对记者表示，叠加碳酸锂价格企稳，电芯厂商的毛利率已经从去年低点明显修复。',
        '不过，也有业内人士提醒，储能行业产能扩张仍然较快，部分二三线厂商开工率不足五成，价格竞争依然激烈。“明年行业或将进入洗牌期，具备技术和海外渠道优势的企业有望进一步提升市场份额。”',
        '二级市场上，储能板块近一个月累计上涨14.8%，跑赢同期沪深300指数约11个百分点。',
    ]
    bh, bg = render(items)
    css = BASE_CSS + '''.ticker{background:#0b2a4a;color:#fff;font-size:12px;line-height:28px} .ticker span{margin-right:18px}
.up{color:#f44} .down{color:#3c3} h1{text-align:left} .stk{border:1px solid #ddd;padding:8px;font-size:13px}'''
    ticks = [('上证指数', '3312.45', '+0.56%'), ('深证成指', '10586.21', '+0.92%'), ('创业板指', '2147.88', '+1.35%'), ('恒生指数', '20831.50', '-0.21%')]
    tk = ''.join('<span>%s %s <em class="%s">%s</em></span>' % (a, b, 'up' if c[0] == '+' else 'down', c) for a, b, c in ticks)
    body = f'''<div class="ticker"><div class="w">{tk}</div></div>
<div class="topbar"><div class="w">证券时报网 | e公司 | 数据宝<span style="float:right"><a href="#">登录</a> <a href="#">注册</a> <a href="#">APP下载</a></span></div></div>
<div class="w" style="padding:12px 0;font-size:28px;color:#0b2a4a">证券时报网 <input style="float:right" placeholder="代码/名称/拼音"></div>
<div class="nav" style="background:#0b2a4a"><div class="w">{links(['首页','要闻','公司','市场','基金','数据','专题','快讯'])}</div></div>
<div class="w crumb">首页 > 公司 > 公司新闻</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="info" style="text-align:left">来源：证券时报网　作者：郭博昊　2025-10-30 20:14</div>
<div class="stk">相关个股：鹏辉能源 300438 <span class="up">35.62 +4.18%</span>　南都电源 300068 <span class="up">18.07 +2.61%</span>　海辰储能 <span>未上市</span></div>
{bh}
<p>校对：祝甜婷</p>
<p>责任编辑：杨舒欣</p>
<p style="font-size:12px;color:#999">声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担</p>
<p>下载“证券时报”官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。</p>
<div><h4>相关阅读</h4>{ul(['储能出海：订单排到明年二季度','碳酸锂期货主力合约收涨3%','宁德时代：钠离子电池明年量产'])}</div>
<div><h4>网友评论</h4><p>登录后才可以发言　<textarea placeholder="文明上网，理性发言"></textarea></p><p>已有 8 条评论</p></div>
</div>
<div class="foot">证券时报社 版权所有　粤ICP备09102545号　网络传播视听节目许可证<br>违法和不良信息举报：0755-83501234</div>'''
    return doc(title, css, body), gold('zc-19', title, ['郭博昊'], '2025-10-30 20:14', bg)

# zc-20 portal (网易-style): 来源 via, 原标题 at end, 责任编辑 code, 跟贴
@page('zc-20')
def p20():
    title = '黄山景区试行“预约+分时”错峰登山 游客排队时间缩短一半'
    items = [
        '今年国庆假期，黄山风景区首次在全山范围内试行“预约+分时”入园管理，游客通过官方小程序选择入园时段，每个时段间隔一小时，各入口按时段分批放行。',
        '“往年国庆在索道口要排两三个小时，今年按预约时间来，半个多小时就上山了。”来自江苏常州的游客陈女士说。',
        '不过，也有部分游客反映，预约时段在热门时间段很快约满，临时决定出行的游客只能选择下午入园。对此，景区表示已在节前三天增加了每日预约名额，并开设老年人线下预约窗口。',
        '黄山风景区管委会数据显示，10月1日至7日，景区共接待游客22.4万人次，日均最大承载量控制在5万人以内，主要景点游客平均排队时间较去年同期缩短52%。为缓解山顶住宿压力，景区还联合山下汤口镇、谭家桥镇的民宿推出“山下住、山上游”套餐。',
        '景区相关负责人表示，下一步将根据试行情况优化时段划分，并在冬季冰雪旅游季继续实施分时预约。',
    ]
    bh, bg = render(items)
    css = BASE_CSS + 'h1{text-align:left;font-size:28px} .post_info{color:#888;font-size:14px} .tie{color:#c00}'
    body = f'''<div class="topbar"><div class="w">{links(['网易首页','应用','新闻','体育','娱乐','财经','汽车','科技','时尚','手机','旅游'],' ')}<span style="float:right"><a href="#">登录</a> <a href="#">免费注册</a> <a href="#">网易会员</a></span></div></div>
<div class="w" style="padding:10px 0"><span style="font-size:26px;color:#c00">网易 新闻</span> <input style="float:right" placeholder="请输入关键词"></div>
<div class="w crumb">网易首页 &gt; 新闻中心 &gt; 新闻 &gt; 正文</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="post_info">2024-10-08 16:35:21　来源: <a href="#">中国新闻网</a>　<span class="tie"><a href="#">参与 368 跟贴</a></span>　<a href="#">举报</a></div>
<div>分享 <a href="#">微博</a> <a href="#">微信</a> <a href="#">QQ空间</a></div>
<p style="text-align:center"><img src="data:," alt="游客在黄山迎客松前合影" width="600" height="10"></p>
{bh}
<p>原标题：黄山试行分时预约 国庆游客排队时间缩短超五成</p>
<div class="ep-source" style="text-align:right;color:#999"><span>本文来源：中国新闻网</span> <span>责任编辑：王晓洁_NN7032</span></div>
<div><h4>相关推荐</h4>{ul(['国庆假期全国国内出游7.65亿人次','泰山景区国庆首日迎来客流高峰','多地景区推行分时预约','安徽黄山：秋日云海美如画','“错峰游”成今年黄金周新趋势'])}</div>
<div><h4>热点新闻</h4>{ul(['1 多地迎来入秋以来最强降温','2 2025年国考报名今日开始','3 神舟十九号将于近期择机发射','4 多家银行下调存款利率'])}</div>
<div><a href="#">跟贴 368</a> 参与 1.2万</div>
</div>
<div class="foot">关于网易 | 关于网易新闻 | About NetEase | 侵权投诉 | 不良信息举报<br>©1997-2024 网易公司版权所有</div>'''
    return doc(title + '|黄山_网易新闻', css, body), gold('zc-20', title, [], '2024-10-08 16:35:21', bg)

# zc-21 English: China Daily-style regional page
@page('zc-21', 'en')
def p21():
    title = "Guizhou's cliffside villages turn to 'sky stays' as tourism booms"
    items = [
        'A narrow path winds up the karst cliff to Yunshe village in Guizhou province, where 28 wooden homes that once stood empty now host travelers willing to pay for a night above the clouds.',
        '"Five years ago, most young people had left for factories in Guangdong," said Luo Xinghua, 42, who returned from Dongguan in 2021 and turned his family house into a six-room guesthouse. "Now my cousins are coming back too."',
        'The village, in Tongren, is part of a provincial program that has converted more than 3,600 vacant rural houses into homestays since 2020. Local authorities have paved access roads, installed fiber-optic broadband and trained residents in hospitality and food safety.',
        'Tourism revenue in Yunshe reached 11.8 million yuan ($1.63 million) last year, nearly four times the 2019 figure, according to the township government. Average annual income per resident rose to 21,400 yuan.',
        'Not everyone is convinced the boom will last. Yang Mei, a researcher at Guizhou University, warned that too many villages are copying the same model. "The ones that survive will be those that keep their own culture and don\'t just sell a view," she said.',
        ('raw', '<p><em>Wu Juan contributed to this story.</em></p>'),
    ]
    bh, bg = render(items)
    css = BASE_CSS + 'body{font-family:Georgia,serif} h1{text-align:left} .info1{color:#666;font-size:13px}'
    body = f'''<div class="topbar"><div class="w">{links(['Global Edition','China Edition','ASIA','Europe','Africa','中文'],' | ')}<span style="float:right"><a href="#">Sign in</a> <a href="#">Subscribe</a></span></div></div>
<div class="w" style="padding:12px 0;font-size:30px;color:#004e9a">CHINA DAILY <input style="float:right" placeholder="Search"></div>
<div class="nav" style="background:#004e9a"><div class="w">{links(['HOME','CHINA','WORLD','BUSINESS','LIFESTYLE','CULTURE','TRAVEL','SPORTS','OPINION','REGIONAL'])}</div></div>
<div class="w crumb">Home / China / Society</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="info1">By YANG JUN in Tongren, Guizhou | China Daily | Updated: 2025-06-03 09:12</div>
<div>Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Linkedin</a> <a href="#">WeChat</a> — Copy link</div>
<p><img src="data:," alt="Guesthouses perch on a cliff in Yunshe village" width="600" height="10"></p>
<p style="color:#666">Guesthouses perch on a cliff in Yunshe village, Tongren, Guizhou province, on May 28. [Photo by Hu Panxue/For China Daily]</p>
{bh}
<p>yangjun@chinadaily.com.cn</p>
<div><h4>Related Stories</h4>{ul(['Rural homestays drive income growth in Southwest China','Guizhou village soccer league draws tourists','Karst landscapes inspire new travel routes'])}</div>
<div><h4>Most Viewed in 24 Hours</h4>{ul(['China unveils plan to boost consumption','High-speed rail network tops 48,000 km','Summer travel bookings surge'])}</div>
</div>
<div class="foot">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>License for publishing multimedia online 0108263　Registration Number: 130349</div>'''
    return doc(title + ' - Chinadaily.com.cn', css, body, 'en'), gold('zc-21', title, ['YANG JUN'], '2025-06-03 09:12', bg, 'en')

# zc-22 English version of a city government site (Nanning)
@page('zc-22', 'en')
def p22():
    title = 'Nanning opens first cross-border e-commerce logistics hub for ASEAN parcels'
    items = [
        'Nanning, capital of the Guangxi Zhuang autonomous region, on Tuesday put into operation its first cross-border e-commerce logistics hub dedicated to parcels bound for ASEAN countries.',
        'Located in the China (Guangxi) Pilot Free Trade Zone Nanning Area, the 86,000-square-meter hub integrates customs clearance, sorting, warehousing and last-mile delivery services. It is designed to handle up to 1.2 million parcels a day.',
        'Goods ordered from Vietnam, Thailand and Malaysia can now reach buyers within 48 hours of clearance, compared with four to five days previously, according to the Nanning Municipal Bureau of Commerce.',
        'In the first half of this year, cross-border e-commerce trade in Nanning reached 21.6 billion yuan, up 35.4 percent year-on-year. The city aims to build itself into a regional hub for China-ASEAN digital trade by 2027.',
    ]
    bh, bg = render(items)
    css = BASE_CSS + 'body{font-family:Arial} h1{text-align:left;font-size:24px}'
    body = f'''<div class="topbar"><div class="w">中文 | English | Tiếng Việt | ภาษาไทย<span style="float:right">Accessibility | Site Map</span></div></div>
<div class="w" style="padding:14px 0;font-size:28px;color:#187a3c">Nanning, China <small style="font-size:14px">Green City · Gateway to ASEAN</small>
<form style="float:right;font-size:14px"><input placeholder="Please enter keywords"><button>Search</button></form></div>
<div class="nav" style="background:#187a3c"><div class="w">{links(['Home','About Nanning','News','Government','Business','Travel','Living','Services'])}</div></div>
<div class="w crumb">Home &gt; News &gt; Latest</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="info" style="text-align:left">Updated: 2024-07-23　Source: english.nanning.gov.cn　Print　Close</div>
{bh}
<p>Editor: Liang Qiaoyu</p>
<div><h4>Related News</h4>{ul(['Nanning-Hanoi freight trains run daily','ASEAN Expo to open in September','Guangxi FTZ releases 20 new reform measures'])}</div>
</div>
<div class="foot">Copyright © Nanning Municipal People's Government. All Rights Reserved.<br>Sponsored by the Information Office of Nanning Municipal People's Government　桂ICP备05001234号</div>'''
    return doc(title, css, body, 'en'), gold('zc-22', title, [], '2024-07-23', bg, 'en')
