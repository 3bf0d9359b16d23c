from lib import *

# zc-15 新华社 national report reposted on a national portal, 原标题 + 责编
@page('zc-15')
def p15():
    title = '我国首条跨海高铁隧道实现全线贯通'
    items = [
        '新华社宁波12月26日电（记者 俞菀 岳德亮）记者从中国国家铁路集团有限公司获悉，26日上午，随着最后一方混凝土浇筑完成，甬舟铁路金塘海底隧道实现全线贯通，标志着我国首条跨海高铁隧道建设取得决定性进展。',
        '甬舟铁路起自浙江宁波东站，经北仑区跨越金塘水道、西堠门水道至舟山本岛，线路全长76.4公里，设计时速250公里。其中，金塘海底隧道全长16.18公里，最大埋深78米，是目前世界上最长的海底高铁隧道。',
        '“隧道穿越的地层软硬不均，海水压力大，施工难度极高。”中铁十四局甬舟铁路项目负责人王向东介绍，建设团队采用两台超大直径盾构机相向掘进，攻克了高水压下带压换刀、海底对接等多项技术难题，对接误差控制在10毫米以内。',
        '据了解，甬舟铁路建成后，舟山将结束不通火车的历史，宁波至舟山的铁路旅行时间将缩短至30分钟左右，对推动长三角一体化发展、服务海洋强国建设具有重要意义。',
    ]
    bh, bg = render(items, indent=True)
    css = BASE_CSS + '''.chan{font-size:13px} .orig{color:#666} .art{width:800px;float:left} .rt{width:280px;float:right}
h1{text-align:left;font-size:28px} .src span{margin-right:16px;color:#888}'''
    body = f'''<div class="topbar"><div class="w">{links(['光明网','光明日报','时政','国际','军事','财经','科技','教育','文化'],' | ')}<span style="float:right"><a href="#">登录</a> <a href="#">注册</a></span></div></div>
<div class="w" style="padding:10px 0"><span style="font-size:30px;color:#b5121b">光明网</span> <span>时政频道</span>
<form style="float:right"><input placeholder="输入关键词"><button>搜索</button></form></div>
<div class="w crumb">首页 &gt; 时政 &gt; 正文</div>
<div class="w"><div class="art">
<h1>{e(title)}</h1>
<div class="src"><span>2025-12-27 05:31</span><span>来源：新华网</span></div>
<p class="orig">原标题：甬舟铁路金塘海底隧道全线贯通</p>
{bh}
<p style="text-align:right">[责编：孙宗鹤]</p>
<div>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a></div>
<div class="related"><h4>相关新闻</h4>{ul(['甬舟铁路西堠门公铁两用大桥主塔封顶','长三角铁路今年新开通线路里程创新高','“海底长龙”背后的中国盾构','舟山跨海大桥车流量创新高','一图看懂甬舟铁路'])}</div>
</div>
<div class="rt side"><h4>热点推荐</h4>{ul(['中央经济工作会议在北京举行','冬至将至：北方多地迎来降雪','全国铁路元旦运输方案公布','2026年研考今日开考'])}
<h4>光明图片</h4>{ul(['冰雪季启幕','钢铁巨龙穿海而过'])}</div>
<div style="clear:both"></div></div>
<div class="foot">光明网版权所有　京ICP备11011534号　京公网安备11000002000009号<br>互联网新闻信息服务许可证10120170004　违法和不良信息举报电话：010-67078123</div>'''
    return doc(title + '_光明网', css, body), gold('zc-15', title, ['俞菀', '岳德亮'], '2025-12-27 05:31', bg)

# zc-16 人民网 local channel style: 人民网-陕西频道, 原标题 above body? after body; 责编 at bottom with (责编：X、Y)
@page('zc-16')
def p16():
    title = '陕西延安：苹果“上云”出山 果农订单不愁'
    items = [
        '人民网延安10月15日电（记者 张艳艳）金秋十月，延安市洛川县的苹果进入采摘季。在凤栖街道谷咀村的智慧果园里，果农刘建军拿起手机，查看田间传感器传回的土壤湿度和温度数据。“以前看天吃饭，现在看数据管园子，今年亩产比去年高出了将近一成。”',
        '近年来，延安市持续推进苹果产业数字化转型，建成数字果园示范基地46个，安装气象监测站、虫情测报灯等物联网设备1.2万余台，实现从种植、管护到采摘、销售的全流程数据化管理。',
        '在洛川苹果产业园的分拣中心，一条智能分选线正高速运转，每个苹果经过光电检测后，按照大小、糖度、果面光洁度自动分级。“一个小时能分选20吨，分级后的苹果价格每斤能高出五毛到一块。”分拣中心负责人介绍。',
        '销售端同样发生着变化。延安市与多家电商平台合作，开设苹果官方旗舰店，培育本地带货主播600余人。截至9月底，今年全市苹果线上销售额已达38.5亿元，同比增长21%。',
    ]
    bh, bg = render(items)
    css = BASE_CSS + 'h1{font-size:24px;text-align:left} .box01 .fl{color:#888;font-size:13px}'
    body = f'''<div class="topbar"><div class="w"><a href="#">人民网</a> &gt;&gt; <a href="#">陕西频道</a><span style="float:right"><a href="#">人民网首页</a> <a href="#">手机看新闻</a> <a href="#">登录</a></span></div></div>
<div class="w" style="padding:10px 0"><span style="font-size:28px;color:#c00">人民网 陕西频道</span> <span>people.com.cn</span></div>
<div class="w">{links(['首页','时政','社会','经济','文旅','健康','领导留言板','图片'],' | ')}</div>
<div class="w crumb"><a href="#">人民网</a>&gt;&gt;<a href="#">陕西频道</a>&gt;&gt;<a href="#">延安</a></div>
<div class="w">
<h1>{e(title)}</h1>
<div class="box01"><div class="fl">2024年10月15日14:22 | 来源：<a href="#">人民网－陕西频道</a></div><div style="float:right">小字号 <a href="#">分享到：</a></div><div style="clear:both"></div></div>
{bh}
<p style="text-align:center"><img src="data:," alt="" width="600" height="10"></p>
<p style="text-align:center">洛川县果农在采摘苹果。人民网记者 张艳艳摄</p>
<div style="text-align:right;color:#666">(责编：王莹、高星)</div>
<p>分享让更多人看到</p>
<div><h4>推荐阅读</h4>{ul(['陕西今年秋粮收获进度过半','西安地铁10号线二期开工','榆林：治沙造林绘就“绿色答卷”','宝鸡千阳：苹果矮化密植促增收'])}</div>
<div><h4>热门排行</h4>{ul(['1 陕西发布寒潮蓝色预警','2 汉中油菜花节明年3月开幕','3 陕西高考综合改革方案出台'])}</div>
<div>评论（<span>12</span>）　<a href="#">我要留言</a></div>
</div>
<div class="foot">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站律师 | 信息保护 | 联系我们<br>人民网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</div>'''
    return doc(title + '--陕西频道--人民网', css, body), gold('zc-16', title, ['张艳艳'], '2024年10月15日14:22', bg)

# zc-17 provincial news site (红网-style, Hunan), headline above info bar "来源：红网 作者：X Y 编辑：Z", dense lists, comment count
@page('zc-17')
def p17():
    title = '株洲醴陵：千年瓷都的“窑火”新故事'
    items = [
        '走进醴陵经济开发区的华联瓷业智能化生产车间，机械臂有序抓取坯体，自动施釉线上一件件瓷器“穿”上釉衣，再被送入百米长的隧道窑。“过去一条线要40多名工人，现在只需要12个人。”车间主任谭志勇说。',
        '醴陵是中国釉下五彩瓷的发源地，陶瓷烧制历史已有两千多年。近年来，醴陵坚持传统工艺与现代制造“两条腿”走路，一边推动日用瓷、电瓷、工业陶瓷企业智能化改造，一边加强釉下五彩瓷非遗技艺的保护传承。',
        '在釉下五彩瓷省级非遗传承人熊聪勇的工作室，十几名年轻学徒正在埋头勾线、分水。“我们的作品一半卖给收藏者，一半做成文创产品，年轻人很喜欢。”熊聪勇说，去年工作室的文创产品在线上卖出了3万多件。',
        '数据显示，2023年醴陵陶瓷产业实现总产值845亿元，同比增长9.2%，陶瓷企业达到680余家，带动就业超过20万人。醴陵陶瓷产品远销全球160多个国家和地区。',
        '“我们将以建设世界级陶瓷产业集群为目标，推动陶瓷产业向高端化、智能化、绿色化发展。”醴陵市相关负责人表示。',
    ]
    bh, bg = render(items, indent=True)
    css = BASE_CSS + 'h1{font-size:30px} .info span{margin:0 8px} .lists{display:flex} .lists div{flex:1}'
    body = f'''<div class="topbar"><div class="w">{links(['红网首页','湖南','时刻新闻','论坛','百姓呼声','问政湖南','湘问·投诉直通车'],' ')}<span style="float:right">客户端下载 | 登录</span></div></div>
<div class="w" style="padding:12px 0;font-size:28px;color:#d00">红网 <span style="font-size:14px">株洲站</span> <input style="float:right" placeholder="搜索红网新闻"></div>
<div class="nav"><div class="w">{links(['株洲首页','时政','县区','民生','产经','文旅','视频'])}</div></div>
<div class="w crumb">您的位置：红网 / 株洲站 / 县区 / 醴陵</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="info"><span>来源：红网</span><span>作者：潘雁 周小龙</span><span>编辑：刘嘉欣</span><span>2024-04-09 08:47:16</span><span>时刻新闻</span></div>
<div style="text-align:right;font-size:12px">字体：<a href="#">小</a> <a href="#">中</a> <a href="#">大</a>　<a href="#">分享到：</a></div>
{bh}
<p style="text-align:center"><img src="data:," alt="醴陵瓷器" width="600" height="10"></p>
<p style="text-align:center">釉下五彩瓷作品。（资料图）</p>
<p>来源：红网</p>
<p>作者：潘雁 周小龙</p>
<p>编辑：刘嘉欣</p>
<p>本文为株洲站原创文章，转载请附上原文出处链接和本声明。</p>
<p>本文链接：https://zz.rednet.cn/content/2024/04/09/13612345.html</p>
<div class="lists"><div><h4>相关阅读</h4>{ul(['醴陵：陶瓷产业链上的“专精特新”','株洲今年将建10个智能制造示范车间','醴陵瓷谷：打造陶瓷文化新地标','湖南日用陶瓷出口额增长12%','炎陵黄桃进入全国商超'])}</div>
<div><h4>24小时热门</h4>{ul(['株洲清水塘生态文化带开园','株洲至长沙城际列车加密','攸县：油菜花海引客来','茶陵：民宿集群带火乡村游'])}</div></div>
<div>网友评论（<span>3</span>）　<a href="#">查看更多评论</a></div>
</div>
<div class="foot">红网 版权所有　湘ICP备11006999号-1　湘公网安备43010502000055号<br>互联网新闻信息服务许可证：43120170001　举报电话：0731-84327777</div>'''
    return doc(title + '_株洲站_红网', css, body), gold('zc-17', title, ['潘雁', '周小龙'], '2024-04-09 08:47:16', bg)

# zc-18 regional TV station: video + 文字稿, reporters at end of body
@page('zc-18')
def p18():
    title = '【湖北新闻】十堰：汉江边上的“护鱼队”'
    items = [
        ('raw', '<p style="color:#999">（文字稿）</p>'),
        '入冬以后，汉江十堰段水位回落，江面上雾气弥漫。清晨六点，郧阳区柳陂镇的护鱼队员黄大兵已经驾着小船开始巡江。',
        '黄大兵今年58岁，在江上打了三十多年鱼。2020年长江流域重点水域实行十年禁渔后，他交回了渔船和渔网，成为一名护鱼队员。“以前是靠江吃江，现在是守江护江。”他说。',
        '十堰市目前共组建护鱼队伍23支，队员186人，大多是像黄大兵这样的退捕渔民。他们熟悉水情、熟悉鱼情，每天在各自负责的江段巡护，劝阻和制止非法垂钓、电鱼等行为。',
        '据监测，禁渔以来汉江十堰段鱼类资源明显恢复，已监测到鱼类由禁渔前的73种增加到92种，多年不见的鳡鱼、长吻鮠重新出现。',
        '“现在江里的鱼多了，江豚也回来了。”黄大兵说，去年冬天他在巡江时，两次看到江豚在江面上翻腾跃起，这是他多年没见过的景象。',
        ('raw', '<p>（湖北广播电视台记者 卢伟 宋佳 十堰台报道）</p>'),
    ]
    bh, bg = render(items)
    css = BASE_CSS + '.video{width:800px;height:450px;background:#000;color:#fff;margin:10px auto;text-align:center;line-height:450px}'
    body = f'''<div class="topbar"><div class="w">长江云 | 湖北广播电视台<span style="float:right"><a href="#">下载长江云APP</a> <a href="#">登录</a></span></div></div>
<div class="w" style="padding:12px 0;font-size:28px;color:#0066cc">湖北网络广播电视台 <span style="font-size:14px">HBTV</span></div>
<div class="nav" style="background:#0066cc"><div class="w">{links(['首页','直播','点播','新闻','综艺','湖北卫视','垄上频道','经视'])}</div></div>
<div class="w crumb">首页 › 点播 › 湖北新闻</div>
<div class="w">
<h1>{e(title)}</h1>
<div class="info">2023-12-18 19:46　来源：湖北新闻　播放次数：12.3万　<a href="#">收藏</a> <a href="#">分享</a></div>
<div class="video">▶ 视频加载中…　00:00 / 02:36　<span>高清</span> <span>全屏</span></div>
<p>相关视频：{links(['湖北：长江禁渔三年成效显著','宜昌：中华鲟放流活动举行'],'　')}</p>
{bh}
<p>编辑：郑子怡</p>
<div><h4>猜你喜欢</h4>{ul(['【湖北新闻】丹江口水库水质持续保持Ⅱ类以上','【垄上行】房县黑木耳丰收','【经视直播】武汉今冬首场雪要来了'])}</div>
</div>
<div class="foot">湖北广播电视台 版权所有　鄂ICP备12011111号-1　信息网络传播视听节目许可证：1707123<br>违法和不良信息举报电话：027-86779999</div>'''
    return doc(title, css, body), gold('zc-18', title, ['卢伟', '宋佳'], '2023-12-18 19:46', bg)
