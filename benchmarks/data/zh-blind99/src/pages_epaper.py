"""Newspaper e-paper pages wv-31 .. wv-35 (引题/主题/副题 stacks, 版次 navigation, 本版标题 lists)."""
from render import BODY, e, img, links, ul, ul_dated, search

PAGES = []
K = "e-paper"


def stack(pre, main_lines, sub, cls=("yt", "zt", "ft")):
    out = []
    if pre:
        out.append(f'<p class="{cls[0]}">{e(pre)}</p>')
    out.append(f'<h1 class="{cls[1]}">' + "<br>".join(e(x) for x in main_lines) + "</h1>")
    if sub:
        out.append(f'<p class="{cls[2]}">{e(sub)}</p>')
    return "".join(out)


# ---------------------------------------------------------------- wv-31  江苏 provincial daily, 2012 table e-paper
PAGES.append(dict(
    id="wv-31", kind=K, lang="zh", doc_title="新华日报数字报-江苏进出口总值同比增长7.2%",
    features="2012 table e-paper: masthead row with date '2025年04月17日 星期四' and 版次 '第01版：要闻' + 上一版/下一版; left cell 版面导航 list and 本版标题 list (contains the headline again); 引题 / 主题 / 副题 stack (gold title = 主题 only); byline line '本报记者 顾\u3000敏' (own line, not body); data table; 往期回顾 links",
    css="""body{margin:0;font:12px 宋体;background:#f3efe6}.mh td{background:#9b0000;color:#fff;padding:6px}.mh .t{font:bold 26px 黑体}.nav td{background:#efe2c8;padding:4px}.lst{width:260px;vertical-align:top;background:#fff;border:1px solid #d8c9a8}
.lst ul{padding-left:16px}.con{vertical-align:top;background:#fff;padding:16px 30px;font-size:14px;line-height:26px}.yt,.ft{text-align:center;font:16px 楷体,KaiTi;margin:2px}.zt{text-align:center;font:bold 26px 黑体;margin:6px}
.by{text-align:center;color:#555}.btable{margin:0 auto}""",
    regions=[
        '<table width="1100" align="center" class="mh"><tr><td class="t">新华日报</td><td>2025年04月17日 星期四</td><td align="right">' + links(["首页", "往期回顾", "PDF下载"], " | ") + '</td></tr></table>',
        '<table width="1100" align="center" class="nav"><tr><td>第01版：要闻</td><td><a href="#">上一版</a>　<a href="#">下一版</a></td><td>' + search("", "检索") + '</td></tr></table>',
        '<table width="1100" align="center" cellspacing="6"><tr><td class="lst"><b>版面导航</b>' +
        ul(["第01版：要闻", "第02版：要闻", "第03版：经济", "第04版：时政", "第05版：区域", "第06版：民生"]) + '<b>本版标题</b>' +
        ul(["江苏进出口总值同比增长7.2%", "全省春季农业生产有序推进", "省政府召开常务会议", "图片新闻"]) + '</td><td class="con">' +
        stack("全省一季度外贸数据发布", ["江苏进出口总值同比增长7.2%"], "其中对共建“一带一路”国家进出口增长11.5%") + '<p class="by">本报记者 顾\u3000敏</p>',
        BODY,
        '</td></tr></table>',
        '<table width="1100" align="center"><tr><td align="center" style="padding:10px">新华日报社版权所有　未经书面授权不得转载<br>苏ICP备05000171号</td></tr></table>',
    ],
    bodystyle="indent",
    title="江苏进出口总值同比增长7.2%", authors=["顾敏"], publish_time="2025年04月17日 星期四",
    body=[
        ("p", "4月16日，记者从南京海关获悉，今年一季度，江苏省货物贸易进出口总值1.34万亿元，同比增长7.2%，增速高于全国平均水平。其中，出口8612亿元，增长8.9%；进口4788亿元，增长4.3%。"),
        ("p", "从贸易伙伴看，江苏对共建“一带一路”国家进出口5902亿元，增长11.5%，占全省外贸总值的44%；对东盟、欧盟、美国进出口分别增长10.2%、5.1%和2.4%。"),
        ("table", [["主要商品", "出口额（亿元）", "同比增长"],
                   ["机电产品", "5731", "9.6%"],
                   ["劳动密集型产品", "1032", "3.8%"],
                   ["“新三样”产品", "688", "16.7%"]]),
        ("p", "从经营主体看，民营企业进出口6820亿元，增长10.4%，占比首次超过一半。有进出口实绩的外贸企业数量达到5.8万家，同比增加2100多家。"),
        ("p", "南京海关相关负责人表示，海关将继续深化通关便利化改革，支持企业拓展多元化市场，推动江苏外贸稳规模、优结构。"),
    ],
))

# ---------------------------------------------------------------- wv-32  黑龙江 provincial daily, 2020 e-paper
PAGES.append(dict(
    id="wv-32", kind=K, lang="zh", doc_title="黑龙江日报 - 第03版：经济 - 我省大豆种植保险实现“应保尽保”",
    features="2020 e-paper: top bar with date '2025-04-15' and 版次 pager (上一版/下一版/第03版：经济); page-image alt text and 版面 thumbnails list; 主题 + 副题 (no 引题); byline '本报记者 韩\u3000丹 通讯员 刘振宇' on its own line (both authors); sub-headings; 本版标题 list on the right with the headline again; 往期 calendar labels",
    css="""body{margin:0;font:15px/1.8 'Microsoft YaHei';background:#e8e4dc}.bar{background:#1d1d1d;color:#eee;padding:8px 4%;display:flex;justify-content:space-between}.bar a{color:#eee;margin-left:10px}
.g{display:grid;grid-template-columns:320px 1fr 260px;gap:14px;width:1280px;margin:14px auto}.pane{background:#fff;padding:14px}.zt{font-size:26px;text-align:center;margin:8px 0}.ft{text-align:center;color:#555;font-size:16px}
.by{text-align:center;font-size:14px;color:#777}.cal span{display:inline-block;width:26px;text-align:center}""",
    regions=[
        '<div class="bar"><span>黑龙江日报 · 2025-04-15</span><span>' + links(["上一版", "下一版", "第03版：经济", "往期", "PDF"]) + '</span></div>',
        '<div class="g"><div class="pane">' + img("第03版：经济 版面图", gif=True) + '<h4>版面</h4>' +
        ul(["01 要闻", "02 要闻", "03 经济", "04 综合", "05 龙江振兴", "06 文化"]) +
        '<div class="cal"><b>2025年04月</b><br>' + "".join(f"<span>{d}</span>" for d in range(1, 16)) + '</div></div><div class="pane">' +
        stack(None, ["我省大豆种植保险实现“应保尽保”"], "今年首次将完全成本保险覆盖全省大豆主产县") + '<p class="by">本报记者 韩\u3000丹 通讯员 刘振宇</p>',
        BODY,
        '</div><div class="pane"><h4>本版标题</h4>' + ul(["我省大豆种植保险实现“应保尽保”", "一季度全省规上工业增加值增长5.8%", "哈尔滨新区数字经济产业园开园", "龙江黑土地保护利用观察"]) + '</div></div>',
        '<div style="text-align:center;font-size:12px;color:#666;padding:14px">黑龙江日报报业集团　版权所有　黑ICP备05002431号</div>',
    ],
    title="我省大豆种植保险实现“应保尽保”", authors=["韩丹", "刘振宇"], publish_time="2025-04-15",
    body=[
        ("p", "记者从省财政厅、省农业农村厅获悉，今年我省将大豆完全成本保险和种植收入保险覆盖范围扩大至全省所有大豆主产县，实现有意愿的种植主体“应保尽保”。"),
        ("h", "保障水平明显提高"),
        ("p", "与传统的物化成本保险相比，完全成本保险的保险金额覆盖了物化成本、土地成本和人工成本，每亩保额由原来的320元提高到650元，农户每亩自缴保费约为9.75元，其余部分由各级财政补贴。"),
        ("h", "理赔服务更加便捷"),
        ("p", "各承保机构将利用卫星遥感、无人机查勘等技术，对受灾地块快速定损，做到“应赔尽赔、快赔早赔”。对于小额案件，承保机构承诺在确认损失后10个工作日内完成赔付。"),
        ("p", "“去年夏天赶上内涝，我家200多亩大豆减产，保险公司赔了4万多元，心里踏实多了。”北安市种植户李振国说，今年他又早早签了保单。"),
        ("p", "省农业农村厅有关负责人表示，农业保险是稳定种粮收益的重要手段，各地要加强政策宣传，防止出现“不知道、不会保”的情况，切实让农户吃下“定心丸”。"),
    ],
))

# ---------------------------------------------------------------- wv-33  宁夏 city daily, 2016 e-paper, two-line 主题
PAGES.append(dict(
    id="wv-33", kind=K, lang="zh", doc_title="银川日报 2025年4月18日 第A02版：城事",
    features="2016 e-paper: date and 版次 in a header '2025年4月18日　第A02版：城事'; 引题 + 主题 printed on two lines (gold joins them with no space) + no 副题; byline '■ 本报记者 马晓芳 文/图' on its own line; photo caption; quoted residents; 本版标题 list below the article; 上一篇/下一篇 within the page; 版面导航 select-like list",
    css="""body{margin:0;font:14px/1.8 SimSun;background:#fff}.top{border-bottom:3px solid #c30;padding:10px 40px}.top b{font:bold 28px 黑体;color:#c30}.dt{float:right;color:#555}.bx{width:820px;margin:16px auto}
.yt{text-align:center;color:#333;font-size:15px}.zt{text-align:center;font:bold 25px/1.4 黑体;margin:4px 0}.by{color:#444}.caption{color:#555;font-size:13px}.list{border-top:1px dashed #ccc}""",
    regions=[
        '<div class="top"><b>银川日报</b><span class="dt">2025年4月18日　第A02版：城事　' + links(["上一版", "下一版"], " ") + '</span></div>',
        '<div class="bx"><p>版面导航：' + links(["A01 头版", "A02 城事", "A03 民生", "A04 县区"], "　") + '</p>' +
        stack("家门口的“口袋公园”多了", ["兴庆区今年新建改造", "口袋公园18个"], None) + '<p class="by">■ 本报记者 马晓芳 文/图</p>',
        BODY,
        '<p>' + links(["上一篇：金凤区开展春季道路“洗尘”行动", "下一篇：西夏区新增3处便民停车场"], "　") + '</p>'
        '<div class="list"><b>本版标题</b>' + ul(["兴庆区今年新建改造口袋公园18个", "金凤区开展春季道路“洗尘”行动", "西夏区新增3处便民停车场", "公告"]) + '</div></div>',
        '<div style="text-align:center;font-size:12px;color:#888;padding:10px">银川日报社　版权所有　宁ICP备09000412号-1</div>',
    ],
    pcls="b",
    title="兴庆区今年新建改造口袋公园18个", authors=["马晓芳"], publish_time="2025年4月18日",
    body=[
        ("p", "4月17日清晨，家住兴庆区胜利街的张秀英老人和几位老姐妹在小区旁新建成的口袋公园里打起了太极拳。“这里原来是一块堆杂物的空地，现在种了树、铺了步道，还有健身器材，我们天天来。”"),
        ("img", "市民在口袋公园晨练", "市民在兴庆区胜利街口袋公园晨练。"),
        ("p", "记者从兴庆区住建局了解到，今年兴庆区计划新建改造口袋公园18个，总面积约4.6万平方米，目前已完工5个，其余13个将在9月底前全部建成。"),
        ("p", "这些口袋公园大多利用城市边角地、闲置地和拆违腾退空间建设，面积从几百平方米到几千平方米不等。设计上坚持“一园一特色”，有的突出儿童游乐，有的侧重老年健身，有的结合周边老街区融入回乡文化元素。"),
        ("p", "兴庆区住建局相关负责人介绍，为了让公园建得更贴心，每个项目在设计阶段都会通过社区征求居民意见。“有居民提出想要遮阳的座椅，有的希望增加夜间照明，这些建议我们都尽量采纳。”"),
        ("p", "据了解，到今年年底，兴庆区口袋公园总数将超过60个，基本实现市民出门“300米见绿、500米见园”。"),
    ],
))

# ---------------------------------------------------------------- wv-34  海南 provincial daily, responsive e-paper
PAGES.append(dict(
    id="wv-34", kind=K, lang="zh", doc_title="海南日报 - 2025年04月19日 - A04版：自贸港",
    features="responsive e-paper (2023): breadcrumb-like header '海南日报 > 2025年04月19日 > A04版：自贸港'; 引题 + 主题 + 副题 stack; dateline byline inside the first paragraph '本报海口4月18日讯（记者 符王润 通讯员 李\u3000昌）'; photo caption with '本报记者 张\u3000茂 摄' (photographer, not author); 本版标题 and 往期 date picker text; 上一版/下一版 buttons",
    css="""body{margin:0;font:16px/1.85 'Noto Serif SC',serif;background:#faf8f3}.hd{background:#004b87;color:#fff;padding:12px 5%}.hd a{color:#fff}.pager a{display:inline-block;border:1px solid #ccc;padding:2px 10px;margin-right:6px;font-size:14px}
main{max-width:800px;margin:20px auto;background:#fff;padding:24px 40px}.yt,.ft{text-align:center;color:#444}.zt{text-align:center;font-size:28px;margin:6px 0}.caption{text-align:center;font-size:14px;color:#666}
aside{max-width:800px;margin:0 auto 20px;background:#fff;padding:10px 40px;font-size:14px}""",
    regions=[
        '<div class="hd"><a href="#">海南日报</a> &gt; 2025年04月19日 &gt; A04版：自贸港</div>',
        '<main><div class="pager">' + links(["上一版", "下一版", "版面导航", "往期"]) + '</div>' +
        stack("洋浦保税港区一季度发展势头强劲", ["进出口货值突破300亿元"], "同比增长26.4%，新增市场主体1200余家"),
        BODY,
        '</main><aside><h4>本版标题</h4>' + ul(["进出口货值突破300亿元", "海口综保区跨境电商业务量翻番", "自贸港政策问答"]) + '<p>选择日期：2025年04月 ▾</p></aside>',
        '<div style="text-align:center;font-size:12px;color:#777;padding:16px">海南日报报业集团版权所有　琼ICP备05000311号-2</div>',
    ],
    title="进出口货值突破300亿元", authors=["符王润", "李昌"], publish_time="2025年04月19日",
    body=[
        ("p", "本报海口4月18日讯（记者 符王润 通讯员 李\u3000昌）记者18日从洋浦经济开发区获悉，今年一季度，洋浦保税港区实现进出口货值312.6亿元，同比增长26.4%；新增市场主体1236家，其中外资企业41家。"),
        ("img", "洋浦小铲滩码头", "4月17日，洋浦小铲滩码头，货轮正在装卸集装箱。本报记者 张\u3000茂 摄"),
        ("p", "一季度，洋浦“加工增值超过30%免征进口关税”政策效应持续释放，区内企业享受该政策内销货值18.3亿元，免征关税约1.2亿元。油气化工、新材料、粮油加工等产业链加快延伸，一批项目陆续投产。"),
        ("p", "航运方面，洋浦港一季度完成集装箱吞吐量61万标箱，新开通内外贸航线5条。“中国洋浦港”船籍港登记国际船舶累计达到58艘，总运力突破680万载重吨。"),
        ("p", "洋浦经济开发区有关负责人表示，下一步将围绕全岛封关运作准备，持续优化口岸营商环境，推动更多政策红利转化为发展动能。"),
    ],
))

# ---------------------------------------------------------------- wv-35  江苏 city evening paper, old 数字报 with frames imitated
PAGES.append(dict(
    id="wv-35", kind=K, lang="zh", doc_title="盐城晚报数字报 A05：城事",
    features="old 数字报 (frameset look flattened into tables): '2025-04-20 星期日' and 'A05：城事' in a header table; 本版标题 list BEFORE the article (headline appears first in that list); 主题 + 副题; byline '□ 记者 周\u3000游 通讯员 丁海燕' in the body area as its own line; 'PDF版' and '放大/缩小'; the body quotes a notice in a blockquote",
    css="""body{margin:0;font:12px 宋体}.h td{background:#005b9a;color:#fff;padding:6px}.l{width:240px;vertical-align:top;background:#f0f5fa}.r{vertical-align:top;padding:10px 24px;font-size:14px;line-height:24px}
.zt{font:bold 22px 黑体;text-align:center}.ft{text-align:center;font-size:15px}blockquote{background:#f7f7f7;border-left:3px solid #ccc;padding:4px 10px}""",
    regions=[
        '<table width="100%" class="h"><tr><td><b style="font-size:22px">盐城晚报</b></td><td>2025-04-20 星期日</td><td>A05：城事</td><td>' + links(["PDF版", "放大", "缩小", "往期"], " ") + '</td></tr></table>',
        '<table width="100%"><tr><td class="l"><b>本版标题</b>' + ul(["串场河夜游线路“五一”前开通", "市区新增公共自行车站点40个", "盐渎公园举办春季花展"]) +
        '<b>版面导航</b>' + ul(["A01：头版", "A02：要闻", "A03：关注", "A04：民生", "A05：城事"]) + '</td><td class="r">' +
        stack(None, ["串场河夜游线路“五一”前开通"], "全程约5公里，串起7处滨水景点"),
        BODY,
        '</td></tr></table>',
        '<p style="text-align:center">盐城晚报社版权所有 苏ICP备06031187号</p>',
    ],
    bodystyle="indent",
    title="串场河夜游线路“五一”前开通", authors=["周游", "丁海燕"], publish_time="2025-04-20 星期日",
    body=[
        ("note", "□ 记者 周\u3000游 通讯员 丁海燕"),
        ("p", "本报讯 记者昨日从市文旅部门获悉，串场河夜游线路将于“五一”假期前正式开通。游客可乘坐游船从登瀛桥码头出发，沿串场河一路向南，欣赏两岸灯光夜景。"),
        ("p", "据介绍，夜游线路全程约5公里，沿途经过登瀛桥、串场河湿地公园、海盐历史文化风貌区等7处滨水景点，单程航行时间约50分钟。目前，6艘新能源游船已完成调试，码头候船区、无障碍通道等配套设施也已基本完工。"),
        ("quote", "试运行期间（4月22日至4月28日），每晚19:00至21:30开航，市民可通过“盐城文旅”小程序免费预约体验。"),
        ("p", "“串场河是盐城的母亲河，我们希望通过夜游，让市民和游客换个角度认识这座城市。”项目运营方负责人说，游船上还将安排评书、淮剧等表演，讲述海盐文化和串场河的历史故事。"),
        ("p", "市文旅部门提醒，乘船时请听从工作人员指挥，全程穿好救生衣，儿童须由成人陪同。"),
    ],
))
