from common import *
# zh-23 CCTV-like, editor only at top; reporters at end of body in parentheses
b = ["央视网消息：眼下正是“三夏”大忙时节，河南、山东、安徽等小麦主产区抢抓晴好天气，加快推进麦收进度。农业农村部农机化司最新调度显示，截至6月2日17时，全国已收获冬小麦1.42亿亩，进度过半。",
"在河南省周口市商水县，一望无际的麦田里，十余台联合收割机来回穿梭，金黄的麦穗被卷入机仓，经过脱粒、分离后，饱满的麦粒直接装入运粮车。当地农机合作社负责人介绍，今年合作社投入收割机26台，每天可收获小麦4000多亩。",
"为保障麦收顺利进行，各地提前组织跨区作业机具检修，开通农机跨区作业绿色通道，设立农机服务站点，为机手提供加油、维修、食宿等服务。同时，气象部门加密天气预报频次，帮助农民科学安排收获和晾晒。（总台记者 唐  楠 刘一鸣）"]
page('zh-23', '全国麦收进度过半_新闻频道_央视网(cctv.com)',
 '<div class="top"><div class="w"><b>央视网</b> <a href="#">首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">综艺</a><a href="#">央视频</a><a href="#">登录</a></div></div>'
 + crumb(['央视网','新闻频道','国内新闻'], '', ' &gt; ') + '<div class="art w"><h1>全国麦收进度过半</h1><div class="info">来源：央视新闻客户端 | 2025年06月03日 08:12:46</div>'
 + P(b) + '<p>编辑：王宇航 责任编辑：刘亮</p>' + share() + '</div>'
 + rel(['多地农机跨区作业全面展开','气象部门：未来三天北方麦区天气晴好利于收获'], None, '热点推荐')
 + '<div class="foot">Copyright©1996-2025 China Central Television. All Rights Reserved<br>京ICP证060535号 京公网安备 11010202000001号</div>',
 G('全国麦收进度过半', ['唐楠','刘一鸣'], '2025年06月03日 08:12:46', b, 'media 央视网'))

# zh-24 English China Daily-like
b = ["China's new energy vehicle exports rose 38.6 percent year-on-year in the first five months of 2025, as domestic automakers continued to expand in Europe, Southeast Asia and Latin America, industry data showed on Tuesday.",
"A total of 1.06 million NEVs were shipped overseas from January to May, according to the China Association of Automobile Manufacturers. Plug-in hybrid models accounted for a growing share of the total, rising to 31 percent from 19 percent a year earlier.",
"\"Chinese brands are no longer competing only on price,\" said Cui Dongshu, secretary-general of the China Passenger Car Association. \"Their advantages in battery technology, smart cabins and supply chain efficiency are being recognized by consumers abroad.\"",
"Several carmakers have accelerated the construction of overseas plants to cope with trade barriers. BYD's factory in Thailand began production last July, while plants in Hungary, Brazil and Turkey are expected to start operating by 2026.",
"Analysts said exports would remain a key growth driver for the industry this year, though rising tariffs in some markets may slow the pace in the second half."]
page('zh-24', "China's NEV exports surge 38.6% in first five months - Chinadaily.com.cn",
 '<div class="top"><div class="w"><a href="#">Global Edition</a> <a href="#">China</a> <a href="#">US</a> <a href="#">Europe</a> <a href="#">Asia</a> <a href="#">中文</a> <a href="#">Sign in</a></div></div>'
 + search('Search', 'Go') + nav(['HOME','CHINA','WORLD','BUSINESS','LIFESTYLE','CULTURE','TRAVEL','SPORTS','OPINION']) + '<div class="crumb w"><a href="#">Home</a> / <a href="#">Business</a> / <a href="#">Companies</a></div>'
 + '<div class="art w"><h1>China\'s NEV exports surge 38.6% in first five months</h1><div class="info">By LI JIAYI | chinadaily.com.cn | Updated: 2025-06-10 16:42</div>'
 + share().replace('分享到：','Share - ').replace('微信','WeChat').replace('微博','Weibo').replace('QQ空间','Facebook')
 + imgh('Cars waiting to be loaded onto a ship at a port in Yantai, Shandong province.', 'Cars wait to be loaded onto a roll-on/roll-off ship at a port in Yantai, Shandong province, on June 5, 2025. [Photo/Xinhua]')
 + P(b) + '</div>' + rel(['Auto sales hit record high in May','BYD opens first European R&D center','EV battery makers step up overseas expansion'], None, 'Related Stories')
 + '<div class="foot">Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>License for publishing multimedia online 0108263 Registration Number: 130349</div>',
 G("China's NEV exports surge 38.6% in first five months", ['LI JIAYI'], '2025-06-10 16:42', b, 'media English'), lang='en')

# zh-25 English, Global Times-like, by two authors, published line
b = ["A giant panda pair born at the Chengdu Research Base of Giant Panda Breeding celebrated their first birthday on Sunday, drawing thousands of visitors who queued from early morning to catch a glimpse of the twins.",
"Keepers prepared a \"birthday cake\" made of ice, bamboo shoots, carrots and apples for the cubs, named He Ping and He Xie. The pair, who now weigh about 30 kilograms each, spent most of the celebration climbing the wooden frame in their enclosure.",
"\"Both cubs are in very good health. They have started to eat bamboo shoots and are becoming more independent from their mother,\" a keeper surnamed Zhang told the Global Times.",
"The base said it has recorded more than 2.1 million visits so far this year. To ease crowding, it has introduced timed entry for the panda nursery and extended opening hours during the summer vacation.",
"China's captive giant panda population reached 757 by the end of 2024, according to the National Forestry and Grassland Administration."]
page('zh-25', 'Panda twins celebrate first birthday in Chengdu - Global Times',
 '<div class="top"><div class="w"><b>GLOBAL TIMES</b> <a href="#">CHINA</a> <a href="#">SOURCE</a> <a href="#">OPINION</a> <a href="#">IN-DEPTH</a> <a href="#">WORLD</a> <a href="#">LIFE</a> <a href="#">SPORT</a> <a href="#">PHOTO</a></div></div>'
 + '<div class="crumb w">CHINA / SOCIETY</div><div class="art w"><h1>Panda twins celebrate first birthday in Chengdu</h1>'
 '<div class="info" style="text-align:left">By Zhao Juecheng and Yin Yeping<br>Published: Jul 13, 2025 09:21 PM</div>' + imgh('Giant panda twins eat a birthday cake', 'Giant panda twins He Ping and He Xie eat their birthday cake on July 13, 2025. Photo: VCG')
 + P(b) + '</div>' + '<div class="rel"><h4>RELATED ARTICLES</h4>' + ul(['<a href="#">Giant panda Fu Bao greets fans in Sichuan</a>','<a href="#">China, Spain sign new panda research agreement</a>']) + '</div>'
 + '<div class="foot">Copyright © 2025 Global Times All Rights Reserved. 京ICP备09051485号 Tel: 010-65363258</div>',
 G('Panda twins celebrate first birthday in Chengdu', ['Zhao Juecheng','Yin Yeping'], 'Jul 13, 2025 09:21 PM', b, 'media English'), lang='en')

# zh-26 The Paper news (not 澎湃号), reporter line above title
b = ["6月2日，上海市住房和城乡建设管理委员会发布消息，今年上海计划完成中心城区零星二级旧里以下房屋改造12万平方米，启动“两旧一村”改造项目50个，受益居民约1.8万户。",
"澎湃新闻记者了解到，今年的改造项目主要分布在黄浦、虹口、杨浦、普陀等区，以拆除重建、原址改建和保护性修缮等多种方式推进。其中，虹口区嘉兴路街道的一批二级旧里已于近日完成征询，签约比例达到99.6%。",
"在杨浦区，今年将对12个老旧小区实施成套改造，把原本的煤卫合用房屋改造为独立成套住宅。居民周阿姨告诉记者，她家在这条弄堂住了40多年，最盼望的就是有独立的厨房和卫生间。",
"市住建委相关负责人表示，上海将加大城市更新政策供给，完善多元主体参与机制，推动旧区改造和城中村改造与公共服务设施建设同步推进。"]
page('zh-26', '上海今年将改造零星旧里12万平方米，受益居民约1.8万户_澎湃新闻-The Paper',
 '<div class="top"><div class="w"><b>澎湃新闻</b> <a href="#">要闻</a><a href="#">深度</a><a href="#">直播</a><a href="#">视频</a><a href="#">澎湃号</a> <a href="#">下载客户端</a> <a href="#">登录</a></div></div>'
 + '<div class="art w"><p style="color:#888">上海新闻 &gt;</p><h1>上海今年将改造零星旧里12万平方米，受益居民约1.8万户</h1>'
 '<div class="info" style="text-align:left">澎湃新闻记者 钟  煜<br>2025-06-02 14:27 来源：澎湃新闻</div>' + P(b) + '<p>责任编辑：宦艳红</p><p>图片编辑：金  洁</p><p>校对：刘  威</p>'
 + '<p>澎湃新闻报料：021-962866</p><p>澎湃新闻，未经授权不得转载</p></div>' + '<div class="hot"><h4>热新闻</h4>' + ul(['<a href="#">上海中考首日</a>','<a href="#">沪上高温将至</a>','<a href="#">浦东新增两条轨交线</a>']) + '</div>'
 + '<div class="foot">沪ICP备14003370号 沪公网安备31010602000299号 互联网新闻信息服务许可证：31120170006 © 2014-2025 上海东方报业有限公司</div>',
 G('上海今年将改造零星旧里12万平方米，受益居民约1.8万户', ['钟煜'], '2025-06-02 14:27', b, 'media 澎湃新闻'))
