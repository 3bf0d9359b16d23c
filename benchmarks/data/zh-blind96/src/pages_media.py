from fur import *
K = "media"
PAGES = []
A = PAGES.append
def foot(*xs): return lines(list(xs))
def std(name, nav, crumb): return '<div class="top">'+img(name,360,60)+search()+'</div>'+links(nav," | ","nav")+f'<div class="crumb">{crumb}</div>'

A(dict(id="ws-13", authors=["陈曦","李晓东"], time="2025-03-18 07:05", kind=K, pstyle="p",
 css=".title{font-size:28px}.info{color:#999}", head=std("江汉新闻网",["首页","湖北","时政","经济","社会","文旅","视频","评论"],"江汉新闻网 &gt; 湖北 &gt; 正文"),
 title="荆州长江干堤加固工程进入主汛期前冲刺",
 info='<div class="info">2025-03-18 07:05　来源：江汉日报　<a href="#">手机看</a></div>',
 body="""
本报讯（记者 陈曦 通讯员 李晓东）3月17日，在荆州长江干堤公安段加固工地，20余台挖掘机、压路机来回穿梭，施工人员正在抓紧进行堤身填筑。
据了解，该工程全长38.6公里，主要建设内容包括堤身加培、护坡护岸和穿堤建筑物改造。目前，工程已完成总工程量的82%，计划5月底前全面完工。
“我们实行两班倒作业，每天施工时间超过16个小时。”项目负责人介绍。
""",
 post_body='<p class="note">责任编辑：钱进</p>', tail=ul(["武汉新港3月吞吐量创新高","宜昌至兴山高铁全线铺轨"],title="推荐阅读")+foot("江汉新闻网版权所有　鄂ICP备09004321号　互联网新闻信息服务许可证：42120170009")))

A(dict(id="ws-14", authors=["胡蓉","熊涛"], time="2025年3月19日 20:16", kind=K, pstyle="div", info_pos="above",
 css=".player{width:800px;height:450px;background:#000}.title{font-size:22px}",
 head='<div class="top">'+img("常德广电网",300,60)+links(["直播","点播","新闻","常德新闻联播","民生","节目单"]," ")+'</div>',
 pre_title='<div class="player">'+img("视频播放器",800,450)+'</div>',
 info='<p>常德新闻联播　2025年3月19日 20:16</p>',
 title="桃花源景区桃花进入盛花期 游客量同比增长两成",
 body="""
眼下，桃花源景区万亩桃花进入盛花期，吸引大批游客前来踏青赏花。
据景区统计，3月以来累计接待游客23.6万人次，同比增长21%。景区推出汉服巡游、桃花诗会等活动，并增开旅游专线公交。
来自长沙的游客周女士说：“桃花开得正好，人多但秩序很好。”
""",
 post_body='<p>记者：胡蓉 熊涛　摄像：龚鹏　编辑：唐敏</p>', tail=foot("常德广播电视台主办　湘ICP备05012345号　信息网络传播视听节目许可证：1811000")))

A(dict(id="ws-15", authors=["多杰才让"], time="2025-03-18 17:22:09", kind=K, pstyle="indent",
 css=".rm{width:1000px;margin:auto}.title{font-size:24px;text-align:center}",
 head='<div class="rm">'+img("大通县融媒体中心",320,60)+'<a href="#">大通发布</a></div>'+links(["首页","大通新闻","乡镇动态","政务","视频","专题"]," ","nav rm")+'<div class="rm">当前位置：首页 &gt; 乡镇动态</div>',
 title="桥头镇开展“清河行动” 共护湟水河畔绿",
 info='<div class="rm" style="text-align:center">作者：多杰才让　　来源：大通融媒　　发布时间：2025-03-18 17:22:09</div>',
 body="""
3月17日，桥头镇组织干部、志愿者和群众100余人，在湟水河桥头段开展“清河行动”，共清理河道垃圾3.5吨。
活动中，大家分组沿河岸两侧清理塑料袋、建筑垃圾和枯枝杂草，并向周边群众发放河湖保护宣传单。
镇河长办负责人表示，将常态化开展巡河护河，让湟水河畔水清岸绿。
""",
 post_body='<p>编辑：李娟　审核：张海东　终审：马成林</p>', tail='<div class="rm">'+img("大通融媒二维码",90,90)+'扫码关注大通融媒</div>'+foot("大通回族土族自治县融媒体中心　青ICP备19001234号")))

A(dict(id="ws-16", authors=["孙文博"], time="2025-03-18 11:43:27", kind=K, pstyle="p",
 css=".title{font-size:30px;font-weight:bold}", head=std("北国新闻网",["首页","辽宁","沈阳","时评","财经","体育"],"北国新闻网 &gt; 辽宁 &gt; 正文"),
 title="辽宁今年将新开工城市更新项目1200个",
 info='<div>2025-03-18 11:43:27　来源：新华社</div>',
 body="""
新华社沈阳3月18日电（记者 孙文博）记者从辽宁省住房和城乡建设厅获悉，辽宁今年计划新开工城市更新项目1200个，总投资超过900亿元，涉及老旧小区改造、地下管网更新、口袋公园建设等领域。
辽宁将重点推进沈阳、大连等城市更新示范，年内改造城镇老旧小区1500个，更新改造燃气、供水、排水、供热管网3000公里。
""",
 post_body='<p class="note">【责任编辑：周亮】</p>', tail=ul(["沈阳地铁6号线开通初期运营","大连港集装箱航线再添新线"],title="热点推荐")+foot("北国新闻网　辽ICP备08001122号")))

A(dict(id="ws-17", lang="en", authors=["Li Wen","Zhou Hang"], time="2025-03-18 10:24", kind=K, pstyle="p",
 css=".title{font-size:32px;font-family:Georgia}.byline{color:#666}",
 head='<div class="top">'+img("HUBEI TODAY",300,60)+links(["Home","News","Business","Culture","Travel","Photos","中文"]," ")+'</div><div class="crumb">Home / News</div>',
 title="Wuhan lights up cherry blossom season with night tours",
 info='<div class="byline">By Li Wen and Zhou Hang | Updated: 2025-03-18 10:24</div>',
 body="""
Wuhan's East Lake Cherry Blossom Garden opened its night tours on Monday, drawing thousands of visitors to see more than 10,000 cherry trees under soft lights.
!Visitors at East Lake|Visitors enjoy cherry blossoms at East Lake in Wuhan, Hubei province. [Photo provided to Hubei Today]
The garden will stay open until 10 pm until the end of the season, and online reservations are required, according to the park's management office.
"We wanted visitors to see the blossoms in a different light," said Chen Mei, a manager at the garden.
The city has also added extra late-night metro services to ease traffic around the lake.
""",
 tail='<div class="share">Share: Facebook Twitter WeChat</div>'+ul(["Yichang boosts inland shipping","Xiangyang car makers eye overseas market"],title="Related Stories")+foot("Copyright Hubei Today. All rights reserved. 鄂ICP备12003344号")))

A(dict(id="ws-18", lang="en", authors=[], time="2025-03-17 16:08:51", kind=K, pstyle="div", info_pos="above",
 css=".title{font-size:28px}", head='<div>'+img("Qinghai Online English",300,60)+links(["HOME","QINGHAI","CHINA","ECOLOGY","TOURISM"]," | ")+'</div>',
 info='<div>Source: Xinhua | 2025-03-17 16:08:51 | Editor: Ma Lin</div>',
 title="Qinghai's Sanjiangyuan sees rising numbers of Tibetan antelopes",
 body="""
XINING, March 17 (Xinhua) -- The population of Tibetan antelopes in the Sanjiangyuan National Park in Qinghai province has grown to more than 70,000, local authorities said Monday.
The figure is about three times that recorded when the protection zone was set up more than two decades ago, according to the park administration.
Rangers now patrol the area regularly, and more than 17,000 herders have taken ecological ranger jobs.
""",
 tail='<div>[Print] [Close]</div>'+foot("Copyright Qinghai Online. 青ICP备08000999号")))

A(dict(id="ws-19", authors=["彭亮"], time="2025-03-19 06:30", kind=K, pstyle="indent",
 css=".t2{font-size:26px;text-align:center}", head=std("巴陵晚报网",["首页","岳阳新闻","民生","楼市","教育","巴陵论坛"],"当前位置：首页 &gt; 岳阳新闻"),
 title_lines=["岳阳城区新增12处", "“口袋公园”今年开放"], title="岳阳城区新增12处“口袋公园”今年开放", tclass="t2",
 info='<p style="text-align:center">时间：2025-03-19 06:30 | 来源：巴陵晚报 | 作者：彭亮 | 点击：1023</p>',
 body="""
记者从岳阳市城管局了解到，今年城区将利用边角地、闲置地新建12处“口袋公园”，总面积约3.6万平方米，预计10月底前全部开放。
新建公园将配套健身步道、儿童游乐设施和休憩座椅，并种植乡土树种。其中，位于洞庭南路的公园将融入巴陵戏元素。
市城管局相关负责人表示，公园建设方案已在社区公示，广泛征求居民意见。
""",
 tail='<div>上一篇：<a href="#">岳阳至长沙城际公交开通</a> 下一篇：<a href="#">君山区举办油菜花节</a></div>'+foot("巴陵晚报社主办　湘ICP备10002233号-1")))

A(dict(id="ws-20", authors=["陈静","黄勇"], time="2025.03.18 18:55", kind=K, pstyle="p",
 css=".radio{background:#123;color:#fff}.title{font-size:24px}", head='<div class="radio">'+img("荆楚之声广播网",300,50)+links(["首页","收听直播","新闻","交通","节目","主持人"]," ")+'</div>',
 title="宜昌至神农架旅游公路全线贯通",
 info='<p>荆楚之声　2025.03.18 18:55</p><p>记者 陈静 通讯员 黄勇</p>',
 body="""
3月18日，宜昌至神农架旅游公路最后一座隧道顺利贯通，标志着这条连接两地的旅游公路全线贯通。
该公路全长92公里，沿线串联10余个景区。通车后，宜昌城区至神农架木鱼镇车程将由4小时缩短至2.5小时。
“路修好了，我们的民宿生意会更好做。”兴山县昭君镇民宿经营者刘春梅说。
""",
 post_body='<div>'+img("收听音频",300,40)+'</div><p class="note">编辑：蔡璐</p>', tail=foot("湖北荆楚之声广播网　鄂ICP备06000789号")))

A(dict(id="ws-21", authors=["吴迪","郑欣"], time="2025-3-18", kind=K, pstyle="font",
 css="table.l{width:960px;margin:auto}.title{font-size:20px}",
 head='<table class="l"><tr><td>'+img("滨城新闻网",300,60)+'</td><td>'+links(["首页","大连","民生","财经","旅游","论坛"]," | ")+'</td></tr><tr><td colspan="2">您的位置：滨城新闻网 &gt;&gt; 大连 &gt;&gt; 正文</td></tr></table>',
 wrap='<table class="l"><tr><td width="680" valign="top">{}</td><td width="280" valign="top">'+ul(["大连樱花季将至","金州区开展植树活动"],title="点击排行")+'</td></tr></table>',
 title="大连今春将新增公共停车泊位5000个",
 info='<table class="l"><tr><td>2025-3-18　　滨城新闻网　　【<a href="#">打印</a>】</td></tr></table>',
 body="""
记者昨日从大连市交通运输局获悉，今年春季，市区将新增公共停车泊位5000个，重点缓解医院、学校和老旧小区周边停车难问题。
新增泊位主要通过新建立体停车楼、挖潜道路停车资源和推动机关单位停车场错时开放等方式实现。
目前，中山区、沙河口区已有23家单位签订错时共享协议。（吴迪 郑欣）
""",
 tail=foot("版权所有 滨城新闻网　辽ICP备05005566号")))

A(dict(id="ws-22", authors=["索南措","祁海"], time="2025-03-19 09:12", kind=K, pstyle="p", info_pos="above",
 css=".gy{max-width:1100px;margin:auto}.title{font-size:28px}", head='<div class="gy">'+img("高原视听网",300,60)+links(["首页","青海新闻","视频","藏语频道","直播","专题"]," ")+'</div>',
 info='<div class="gy">青海新闻 · 2025-03-19 09:12</div>',
 title="玉树州虫草采挖季前启动草原生态巡护",
 body="""
近日，玉树州启动2025年虫草采挖季前草原生态巡护工作，组织牧民巡护员4200余名开展草场巡查。
巡护员将重点宣传“采挖一片、回填一片”的生态保护要求，劝阻乱采滥挖和随意丢弃垃圾等行为。
~ 记者：索南措 祁海
~ 编辑：吴雅
""",
 tail=foot("青海广播电视台主办　青ICP备07001234号")))

A(dict(id="ws-23", authors=["肖帆"], time="2025-03-18 15:20:46", kind=K, pstyle="p",
 css=".title{font-size:26px}", head=std("湘江在线",["首页","株洲","长沙","湘潭","政务","问政"],"湘江在线 &gt; 株洲频道 &gt; 正文"),
 title="株洲轨道交通装备产业集群产值突破1700亿元",
 info='<p>来源：株洲日报　　作者：肖帆　　编辑：谭雪　　2025-03-18 15:20:46</p>',
 body="""
~ 原标题：产值突破1700亿元！株洲轨道交通装备产业集群再上新台阶
记者从株洲市工信局获悉，2024年株洲轨道交通装备产业集群实现产值1712亿元，同比增长8.3%。
集群现有规上企业400余家，本地配套率超过80%。今年，株洲将围绕智能运维、新能源轨道车辆等方向继续招商。
""",
 tail='<div>分享到：</div>'+foot("湘江在线　湘ICP备07007788号")))

A(dict(id="ws-24", authors=["向阳"], time="03-19 12:08", kind=K, pstyle="p",
 css=".app{max-width:720px;margin:auto}.title{font-size:24px}", head='<div class="app">'+img("屈乡融媒",200,40)+'<a href="#">打开APP</a></div>',
 wrap='<div class="app">{}</div>',
 title="秭归脐橙春季鲜果销售旺",
 info='<div class="app">屈乡融媒 03-19 12:08</div>',
 body="""
~ 文/向阳
连日来，秭归县各脐橙产区的分拣车间一派繁忙，伦晚脐橙等春季鲜果进入销售旺季。
在郭家坝镇一家果品企业，分拣线上每天发出鲜果80吨，主要销往华东和西南地区。
“今年果子品质好，价格比去年每斤高两毛。”果农王大姐说。
""",
 tail='<div class="app">阅读 3261　'+img("点赞",20,20)+'</div>'+foot("秭归县融媒体中心　鄂ICP备20008888号")))
