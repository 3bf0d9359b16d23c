# Newspaper e-paper pages ug-31 .. ug-35 (all invented)
PAGES = []
def add(**k): PAGES.append(k)

def banci(items):
    return "<div class=\"bc\">" + " ".join(f"<a>{x}</a>" for x in items) + "</div>"

# ug-31: 河北 city daily 数字报, table layout, 引题/主题/副题 stack, 本版标题 list
add(id="ug-31", kind="e-paper", title="沧州港年吞吐量首破四亿吨",
authors=["杜宏伟", "韩  雪".replace("  ","")], publish_time="2024年12月30日",
css=".yt,.ft2{font-size:16px;text-align:center} .zt{font-size:26px;font-weight:bold;text-align:center}",
top="""<table width="1000"><tr><td><img src="" alt="沧州日报"> 数字报</td><td>2024年12月30日 星期一 <a>往期回顾</a> <a>PDF下载</a></td></tr>
<tr><td colspan="2">""" + banci(["第01版：要闻", "第02版：综合", "第03版：经济", "第04版：运河"]) + """</td></tr></table>
<div class="bbt"><b>本版标题</b><ul><li>沧州港年吞吐量首破四亿吨</li><li>市政府召开常务会议</li><li>今日导读</li></ul></div>""",
head="""<div class="art"><p class="yt">向海发展 港城融合</p><p class="zt">沧州港年吞吐量首破四亿吨</p><p class="ft2">——集装箱航线增至48条 通达国内外主要港口</p>
<p class="rq">2024年12月30日　第01版：要闻</p></div>""",
pstyle="sp",
body="""
本报讯（记者杜宏伟 通讯员韩雪）12月29日，随着一艘满载煤炭的货轮驶离黄骅港煤炭港区，沧州港2024年货物吞吐量突破4亿吨，成为我省第二个年吞吐量超4亿吨的港口。
今年以来，沧州港坚持散货、集装箱“双轮驱动”，新开通集装箱航线7条，航线总数达到48条，通达国内沿海主要港口以及日本、韩国、东南亚等地区。全年完成集装箱吞吐量预计达到125万标准箱，同比增长16%。
与此同时，港口智慧化水平不断提升。综合港区自动化集装箱码头投入运营，岸桥远程操控、无人集卡运输等技术广泛应用，作业效率提高约20%。
港口的发展带动了临港产业集聚。目前，渤海新区已落地石化、装备制造、新材料等重点项目百余个，港城融合发展的格局加快形成。
""",
after="""<div class="pgn"><a>上一篇</a> <a>下一篇</a> <a>返回版面</a></div>""",
bottom="""<div class="ft">沧州日报社 版权所有　冀ICP备05010024号</div>""")

# ug-32: 江西 provincial daily 电子版, 2018 div design; 副题 below; author glued 记者 line above body
add(id="ug-32", kind="e-paper", title="鄱阳湖区候鸟数量创近十年新高",
authors=["邹  慧".replace("  ",""), "朱文杰"], publish_time="2025-01-06",
css=".epaper{display:flex} .left{width:40%} .right{width:60%} .main-t{font-size:28px} .sub-t{color:#555}",
top="""<div class="epaper-top"><a>江西日报</a> 电子版 <span>2025年01月06日</span> <a>上一期</a> <a>下一期</a> <a>版面导航</a> <a>标题导航</a></div>
<div class="epaper"><div class="left"><div class="banmian">[img 版面图]</div>
<ul><li>第A01版 要闻</li><li>第A02版 要闻</li><li>第A03版 综合</li><li>第A04版 生态</li></ul>
<div class="bmlist"><h4>本版新闻</h4><ul><li>鄱阳湖区候鸟数量创近十年新高</li><li>我省启动湿地保护专项行动</li><li>图片新闻</li></ul></div></div><div class="right">""",
head="""<h1 class="main-t">鄱阳湖区候鸟数量创近十年新高</h1>
<h2 class="sub-t">越冬候鸟达78万余只，白鹤占全球种群98%以上</h2>
<div class="date">发布日期：2025-01-06　版次：A04</div>
<div class="au">本报记者　邹　慧　朱文杰</div>""",
body="""
1月5日，记者从省林业局获悉，2024年至2025年越冬季鄱阳湖区水鸟同步调查结果显示，鄱阳湖区共记录越冬水鸟78.3万余只，为近十年来最多。
此次调查共设置调查区域40个，组织调查人员200余人，采用实地观测与无人机航拍相结合的方式开展。调查共记录水鸟71种，其中国家一级保护鸟类有白鹤、东方白鹳、黑鹳等11种。
白鹤是此次调查的一大亮点。调查共记录白鹤5600余只，占全球种群数量的98%以上。“鄱阳湖已成为白鹤最重要的越冬地。”省野生动植物保护中心有关负责人表示。
近年来，我省持续推进鄱阳湖生态保护，实施禁捕退捕，恢复湿地植被，建设“人工投食区”，为越冬候鸟提供了良好的栖息环境。
据悉，下一步我省将继续加强候鸟栖息地巡护监测，严厉打击破坏野生动物资源违法行为。
""",
after="""</div></div><div class="ft">江西日报社主办 版权所有</div>""",
bottom="")

# ug-33: 四川 city evening paper 数字报 (new responsive), 引题 above, 记者 at end in parentheses, multiple 本版 list
add(id="ug-33", kind="e-paper", title="泸州老街“夜经济”点亮消费新场景",
authors=["冯  瑶".replace("  ","")], publish_time="2024-06-14",
css=".np-h .kicker{color:#c00} .np-h h1{font-size:30px}",
top="""<div class="np-bar">泸州晚报·数字报　<span>2024年06月14日</span>　<a>第03版：城事</a>　<a>版面选择</a>　<a>日期选择</a></div>
<nav class="np-bc">01 头版 / 02 要闻 / 03 城事 / 04 区县 / 05 文化 / 06 广告</nav>""",
head="""<div class="np-h"><p class="kicker">业态丰富 人气火爆</p><h1>泸州老街“夜经济”点亮消费新场景</h1><p class="date">2024-06-14</p></div>""",
body="""
夜幕降临，江阳区的老街华灯初上，烤串香、酒香扑面而来。街头艺人弹着吉他唱着民谣，各色小吃摊前排起了长队，整条街热闹非凡。
今年以来，江阳区对老街进行“微改造”，在保留传统街巷肌理的基础上，引入特色餐饮、文创零售、酒吧小剧场等业态，打造集吃、游、购、娱于一体的夜间消费街区。
“我们每天晚上营业到凌晨一点，周末的营业额能有平时的两倍。”一家烧烤店老板说。
数据显示，老街夜间客流量日均达到2.5万人次，“五一”以来累计带动消费超过6000万元。
为了让市民游客玩得安心，当地还增设了夜间停车场、公共卫生间和治安岗亭，环卫工人实行“夜间保洁”，确保街区干净整洁。
业内人士认为，老街“夜经济”的走红，关键在于留住了城市记忆和烟火气，让夜间消费有了文化内涵。（本报记者 冯瑶）
""",
after="""<div class="np-list"><h4>本版其他文章</h4><ul><li>市区新增公交线路3条</li><li>端午节前粽子抽检全部合格</li></ul></div>""",
bottom="""<div class="ft">泸州日报社 蜀ICP备05021134号</div>""")

# ug-34: 内蒙古 daily 蒙汉 e-paper, old frameset-like table, 引题 + 主题 + 副题 with bylines block incl. photographer
add(id="ug-34", kind="e-paper", title="包头稀土新材料产业链条加速延伸",
authors=["王  磊".replace("  ",""), "阿拉坦其其格"], publish_time="2024年9月12日",
css="td.title1{font-size:14px;color:#036} td.title2{font-size:24px;font-weight:bold} td.title3{font-size:15px}",
top="""<table width="990"><tr><td>包头日报 2024年9月12日　星期四</td><td><a>首页</a> <a>上一版</a> <a>下一版</a></td></tr>
<tr><td>版面导航：<a>01:要闻</a> <a>02:经济</a> <a>03:综合</a> <a>04:视点</a></td></tr></table>""",
head="""<table width="990"><tr><td class="title1">从“稀土原料”到“稀土制品”</td></tr><tr><td class="title2">包头稀土新材料产业链条加速延伸</td></tr><tr><td class="title3">全市稀土产业产值同比增长19.8%</td></tr>
<tr><td>本报记者　王　磊　阿拉坦其其格　摄影　张宏</td></tr></table>""",
body="""
在包头稀土高新区一家磁性材料企业的生产车间里，一块块稀土永磁体经过压制、烧结、加工等工序后被送上包装线，它们将被发往全国各地的新能源汽车和风电企业。
img: 生产车间|工人在生产线上作业。张宏 摄
“今年我们新上了两条生产线，产能提高了三成，订单已经排到年底。”企业负责人说。
近年来，包头市着力推动稀土产业由原材料向高附加值的新材料和终端应用延伸，引进培育稀土永磁、抛光、储氢、催化等领域企业160余家。今年1月至8月，全市稀土产业产值同比增长19.8%，稀土永磁材料产能达到全国的三成以上。
与此同时，包头市持续加大研发投入，建设稀土新材料创新平台，推动一批关键技术取得突破。市有关部门负责人表示，包头将进一步做强稀土产业链，打造世界级稀土新材料产业基地。
""",
after="""<table width="990"><tr><td>本版其他文章：<a>全市秋粮收获有序推进</a>｜<a>高校迎新季</a></td></tr></table>""",
bottom="""<table width="990"><tr><td align="center">包头日报社版权所有　蒙ICP备06002017号</td></tr></table>""")

# ug-35: 四川 县级报/行业报 数字报 with 版次 navigation, 作者 printed as 文/ 通讯员
add(id="ug-35", kind="e-paper", title="青川茶农春茶采摘忙",
authors=["李春燕", "蒲  强".replace("  ","")], publish_time="2025年03月25日",
css=".ep-title{font-size:24px;text-align:center} .ep-sub{text-align:center}",
top="""<div class="ep-head">广元日报 数字报刊　<a>PDF版</a>　<a>返回目录</a></div>
<div class="ep-nav">第1版：要闻　第2版：县区　第3版：民生　第4版：副刊</div>
<div class="ep-date">2025年03月25日　第2版：县区</div>""",
head="""<div class="ep-title">青川茶农春茶采摘忙</div><div class="ep-sub">今年春茶产量预计较去年增长一成</div>
<div class="ep-by">□文/李春燕　通讯员　蒲　强</div>""",
body="""
春分过后，青川县的茶园里一片翠绿，茶农们穿梭在茶垄间，指尖上下翻飞，采摘鲜嫩的春茶芽叶。
“今年气候好，茶芽发得早、发得齐，一个人一天能采三四斤鲜叶。”正在采茶的村民赵大姐说。她家有茶园八亩，春茶季能增收一万多元。
青川县是全国重点产茶县之一，全县茶园面积达到30万亩。近年来，当地推广绿色防控技术，建设标准化生产基地，打造“青川七佛贡茶”区域公共品牌，茶叶品质和价格稳步提升。
在县内一家茶叶加工企业，摊青、杀青、揉捻、烘干等工序在全自动生产线上有序进行。企业负责人介绍，今年春茶鲜叶收购价每斤比去年高出5元左右，带动周边2000余户茶农增收。
据预计，今年全县春茶产量将达到2800吨，较去年增长一成以上。
""",
after="""<div class="ep-other">本版导读：<a>青川：春耕备耕正当时</a> <a>县人民医院开展义诊</a></div>""",
bottom="""<div class="ft">广元日报社主办　蜀ICP备09007412号</div>""")
