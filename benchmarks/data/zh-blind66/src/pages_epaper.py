"""xo-31 … xo-35: newspaper e-paper (数字报/电子版) pages: 引题/主题/副题 stacks,
版次 navigation, 本版标题 lists; a 2023 design and a 2012 table design."""
from lib import img, ul, render_body, shell

CSS_NEW = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.8 "Songti SC",SimSun,serif;background:#f3efe6;color:#222}
a{color:inherit;text-decoration:none}
.paper-head{background:#8b0000;color:#fff;font-family:"Microsoft YaHei",sans-serif}
.paper-head .in{width:1240px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:72px}
.paper-head .name{font-size:30px;font-weight:bold;letter-spacing:4px}
.paper-head .date{font-size:15px}
.paper-head select{margin-left:10px}
.wrap{width:1240px;margin:16px auto;display:flex;gap:20px}
.col-l{width:420px;background:#fff;padding:14px;font-family:"Microsoft YaHei",sans-serif;font-size:14px}
.pager{display:flex;justify-content:space-between;margin-bottom:8px}
.pagemap{height:520px;border:1px solid #ddd;text-align:center;padding-top:240px;color:#aaa}
.banci{margin-top:12px}
.banci a{display:block;line-height:2}
.titles h4{margin:12px 0 4px;border-bottom:1px solid #8b0000}
.titles li{list-style:none;line-height:2}
.col-r{flex:1;background:#fff;padding:30px 50px}
.yinti,.futi{text-align:center;font-size:18px;color:#444;margin:4px 0}
.zhuti{text-align:center;font-size:30px;font-weight:bold;line-height:1.45;margin:6px 0;font-family:"Microsoft YaHei",sans-serif}
.author{text-align:center;color:#666;font-size:15px;margin:10px 0 20px}
.zw p{margin:0 0 16px;text-indent:2em}
.zw .pic-note{text-indent:0}
.dt{border-collapse:collapse;margin:10px auto}.dt td,.dt th{border:1px solid #888;padding:4px 10px;font-size:15px}
.nextprev{border-top:1px solid #ddd;margin-top:20px;padding-top:10px;font-family:"Microsoft YaHei",sans-serif;font-size:14px}
.foot{text-align:center;font:13px/2 "Microsoft YaHei",sans-serif;color:#777;padding:16px 0}
"""

CSS_OLD = """
body{margin:0;font:12px/1.6 宋体;background:#fff}
a{color:#000;text-decoration:none}
.top{background:#003d7a;color:#fff}
.banci td{font-size:12px;padding:2px 4px}
.title1{font-size:14px;color:#333;text-align:center}
.title2{font-size:22px;font-weight:bold;text-align:center;line-height:1.6;color:#000}
.title3{font-size:14px;text-align:center;color:#333}
.zw{font-size:14px;line-height:1.9;padding:10px}
.list td{border-bottom:1px dashed #ccc;padding:3px}
.dt{border-collapse:collapse}.dt td,.dt th{border:1px solid #666;padding:2px 6px;font-size:13px}
"""


def epaper_new(pg):
    body, gold = render_body(pg["blocks"], pg.get("pst", "p"), pg.get("hst", "strong"))
    banci = "".join(f'<a href="#">{b}</a>' for b in pg["banci"])
    kicker = "".join(f'<p class="yinti">{k}</p>' for k in pg.get("kickers", []))
    zhuti = "<br>".join(pg["title_lines"])
    futi = "".join(f'<p class="futi">{k}</p>' for k in pg.get("subtitles", []))
    html = f"""<div class="paper-head"><div class="in"><div class="name">{img(pg['paper'], gif=True)}{pg['paper']}</div>
<div class="date">{pg['date_line']}　<a href="#">往期回顾</a><select><option>{pg['date_opt']}</option></select>　<a href="#">返回首页</a></div></div></div>
<div class="wrap">
<div class="col-l">
<div class="pager"><a href="#">上一版</a><span>{pg['current']}</span><a href="#">下一版</a></div>
<div class="pagemap">{img('版面缩略图')}</div>
<div class="pager"><a href="#">PDF下载</a><a href="#">版面导航</a></div>
<div class="banci">{banci}</div>
<div class="titles"><h4>本版标题</h4>{ul(pg['titles'])}</div>
</div>
<div class="col-r">
{kicker}
<h1 class="zhuti">{zhuti}</h1>
{futi}
<div class="author">{pg.get('byline','')}</div>
<div class="zw">{body}</div>
{pg.get('post_body','')}
<div class="nextprev"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a>　<a href="#">放大</a>　<a href="#">缩小</a>　<a href="#">默认</a></div>
</div></div>
<div class="foot">{pg['footer']}</div>"""
    return shell(pg, CSS_NEW, html, head_title=pg["paper"] + "数字报"), gold


def epaper_old(pg):
    body, gold = render_body(pg["blocks"], pg.get("pst", "br"), pg.get("hst", "strong"))
    banci = "".join(f'<tr><td><a href="#">{b}</a></td><td><a href="#">PDF</a></td></tr>' for b in pg["banci"])
    titles = "".join(f'<tr><td>·<a href="#">{t}</a></td></tr>' for t in pg["titles"])
    kicker = "".join(f'<tr><td class="title1">{k}</td></tr>' for k in pg.get("kickers", []))
    futi = "".join(f'<tr><td class="title3">{k}</td></tr>' for k in pg.get("subtitles", []))
    html = f"""<table width="1000" align="center" class="top"><tr><td>{img(pg['paper'] + '电子版')}</td><td align="right">{pg['date_line']}</td></tr></table>
<table width="1000" align="center"><tr><td>{pg['top_links']}</td></tr></table>
<table width="1000" align="center"><tr>
<td width="300" valign="top">
<table width="100%"><tr><td><a href="#">&lt;&lt;上一版</a></td><td>{pg['current']}</td><td><a href="#">下一版&gt;&gt;</a></td></tr></table>
<table width="100%"><tr><td>{img('版面图', gif=True)}</td></tr></table>
<table width="100%" class="banci">{banci}</table>
</td>
<td valign="top">
<table width="100%">{kicker}<tr><td class="title2">{'<br>'.join(pg['title_lines'])}</td></tr>{futi}
<tr><td align="center">{pg.get('byline','')}</td></tr>
<tr><td class="zw">{body}{pg.get('post_body','')}</td></tr></table>
<table width="100%" class="list"><tr><td><b>本版标题导航</b></td></tr>{titles}</table>
</td></tr></table>
<table width="1000" align="center"><tr><td align="center">{pg['footer']}</td></tr></table>"""
    return shell(pg, CSS_OLD, html, head_title=pg["paper"] + "电子版"), gold


PAGES = []

# ------------------------------------------------------------------ xo-31
PAGES.append(dict(
    id="xo-31", layout=epaper_new, kind="e-paper", lang="zh", paper="淮扬日报",
    kickers=["“在一起”——走进基层看发展"],
    title_lines=["古运河畔，老街区唱响“新调子”"],
    subtitles=["扬州东关街片区更新改造观察"],
    authors=["钱程", "顾晓"], publish_time="2024年03月06日 星期三",
    date_line="2024年03月06日 星期三", date_opt="2024-03-06", current="第A03版：要闻·观察",
    banci=["第A01版：要闻", "第A02版：要闻", "第A03版：要闻·观察", "第A04版：综合", "第A05版：民生", "第A06版：文化", "第A07版：副刊", "第A08版：广告"],
    titles=["古运河畔，老街区唱响“新调子”", "小巷“微更新”，居民说了算", "本报评论员：让老街区留住“老味道”", "图片新闻"],
    byline="本报记者　钱　程　顾　晓",
    blocks=[
        ("p", "早春的扬州，古运河水波不兴。东关街上，青石板路两侧的老宅粉墙黛瓦，茶社、书店、手作工坊次第开门，一位老人拎着鸟笼慢悠悠走过，几名年轻游客举着手机寻找拍照角度。"),
        ("p", "这条有着千年历史的老街，三年前还面临着房屋老化、人口外流、业态单一的困境。如今，随着片区更新改造的推进，老街区正在悄然变化。"),
        ("h", "“修旧如旧”留住烟火气"),
        ("p", "“改造不是推倒重来，而是‘绣花’功夫。”东关街道相关负责人介绍，片区更新坚持“小规模、渐进式”原则，对112处老宅逐一建档、分类施策，能修缮的不拆除，能保留的不改变，同时对水电管网、消防设施进行全面升级。"),
        ("p", "在剪刀巷，75岁的居民周桂芳家的老房子刚刚完成修缮。“屋顶不漏了，厨房和卫生间也改好了，还是原来的样子，住着舒心。”她说，街坊邻居大多没有搬走，每天早上还能在巷口的老茶社碰面聊天。"),
        ("img", "东关街一角", "游客在东关街游览。本报记者　孟　远摄"),
        ("h", "新业态激活老街区"),
        ("p", "老街区的空置房屋，通过统一收储、公开招商，引进了非遗工坊、独立书店、民宿等新业态。去年，东关街片区接待游客超过800万人次，新增就业岗位1200余个。"),
        ("p", "新业态的引进并非“来者不拒”。片区制定了业态准入负面清单，限制同质化的小商品店铺，优先引进体现扬州地方文化特色的项目。目前，老街上的非遗工坊已有20余家，扬州漆器、剪纸、通草花等传统技艺都能在这里看到。"),
        ("p", "年轻创业者李然在老街上开了一家漆器工作室，“这里的氛围和历史感，是商场里给不了的。”她的工作室每周末都会开设体验课，吸引了不少外地游客。"),
        ("h", "居民参与“共商共治”"),
        ("p", "更新改造中，街道建立了“居民议事会”，大到业态引进，小到一盏路灯的位置，都拿出来与居民商量。去年以来，议事会共召开会议40余次，收集居民意见300多条，其中八成已经落实。"),
        ("p", "“过去是政府定了我们执行，现在是大家一起商量着办。”东关街社区居民代表陈永华说，巷子里新装的休闲座椅、晾衣架，都是居民们在议事会上提出来的。"),
        ("p", "记者了解到，扬州今年将把东关街的经验推广到更多老街区，让古城在保护中发展、在发展中焕发新活力。"),
    ],
    post_body='<p style="text-align:right;color:#888;font-size:14px">责任编辑：邵　阳</p>',
    footer="淮扬日报社版权所有　未经书面授权不得转载<br>苏ICP备05068521号　地址：扬州市文昌中路398号　电话：0514-87863210",
))

# ------------------------------------------------------------------ xo-32
PAGES.append(dict(
    id="xo-32", layout=epaper_old, kind="e-paper", lang="zh", paper="符离日报",
    kickers=["托市收购价每斤1.18元　全市设收购网点86个"],
    title_lines=["我市夏粮收购工作全面启动"],
    authors=["程亮", "许静"], publish_time="2013年05月21日 星期二",
    date_line="2013年05月21日 星期二", current="第A1版：要闻",
    top_links='<a href="#">符离日报</a> | <a href="#">符离晚报</a> | <a href="#">往期回顾</a> | <a href="#">报纸检索</a>',
    banci=["第A1版：要闻", "第A2版：综合新闻", "第A3版：县区新闻", "第A4版：专版"],
    titles=["我市夏粮收购工作全面启动", "市政府召开常务会议", "我市开展“安全生产月”活动", "泗县：小麦长势良好丰收在望"],
    pst="br",
    blocks=[
        ("p", "本报讯（记者 程&nbsp;&nbsp;亮 通讯员 许&nbsp;&nbsp;静）5月20日，记者从市粮食局获悉，我市2013年夏粮收购工作已全面启动。今年国家继续在我省实行小麦最低收购价政策，三等小麦收购价为每斤1.18元，比去年提高0.16元。"),
        ("p", "为确保夏粮收购顺利进行，我市共设立收购网点86个，落实有效仓容62万吨，并提前对仓库进行了清洁消毒和设备检修。市农发行准备收购资金12亿元，确保不打“白条”。"),
        ("p", "市粮食局有关负责人介绍，今年全市小麦种植面积460万亩，预计总产量在190万吨左右。各收购网点将在醒目位置张贴收购价格、质量标准和咨询电话，做到“五要五不准”，切实保护种粮农民利益。"),
        ("p", "同时，我市还组织粮食质量检测人员深入田间地头，开展新麦质量调查，引导农民适时收割、及时晾晒，提高售粮质量。市民对收购工作有意见和建议的，可拨打12345热线反映。"),
    ],
    footer="符离日报社 版权所有<br>皖ICP备06013542号 技术支持：方正电子",
))

# ------------------------------------------------------------------ xo-33
PAGES.append(dict(
    id="xo-33", layout=epaper_new, kind="e-paper", lang="zh", paper="岱宗日报",
    kickers=["扎根山村教坛三十二年"],
    title_lines=["“我愿做孩子们心里的一盏灯”"],
    subtitles=["——记岱岳区山区小学教师赵秀英"],
    authors=["隋欣", "孔涛"], publish_time="2023年09月10日",
    date_line="2023年09月10日", date_opt="2023-09-10", current="第03版：教育",
    banci=["第01版：要闻", "第02版：综合", "第03版：教育", "第04版：泰山周刊"],
    titles=["“我愿做孩子们心里的一盏灯”", "全市教育系统表彰大会召开", "新学期，我市新增中小学学位5600个"],
    byline="",
    blocks=[
        ("p", "清晨6点半，天刚蒙蒙亮，赵秀英已经站在学校门口，迎接第一个走进校园的孩子。这样的场景，在岱岳区这所山区小学里重复了整整三十二年。"),
        ("p", "1991年，19岁的赵秀英从师范学校毕业，被分配到这所离城区四十多公里的山村小学。那时的学校只有三间瓦房，冬天漏风、夏天漏雨，不少同学劝她想办法调走，她却留了下来。“孩子们的眼睛里有光，我舍不得走。”她说。"),
        ("h", "“她比我们的妈妈还操心”"),
        ("p", "学校里留守儿童多，赵秀英便当起了孩子们的“妈妈”。谁的衣服破了，她带回家缝补；谁生病了，她骑着电动车送去卫生院。她的办公桌抽屉里常年放着针线包、感冒药和创可贴。"),
        ("p", "“赵老师比我们的妈妈还操心。”已经考上大学的学生刘佳琪说，上初中后她每次放假回村，第一件事就是去学校看赵老师。"),
        ("h", "“教好书是本分”"),
        ("p", "三十二年来，赵秀英教过语文、数学、音乐、美术，哪门课缺老师她就教哪门。为了上好课，她自学了电子白板，还带着学生开设了“山野课堂”，认植物、观星空、学农活。她带的班级成绩连续多年位居全镇前列。"),
        ("p", "这些年，学校的条件越来越好，新教学楼、塑胶操场、多媒体教室一应俱全，年轻教师也一批批来了。赵秀英主动当起了“师傅”，手把手带出了8名青年教师，其中3人已成为镇上的骨干教师。"),
        ("p", "今年教师节前夕，赵秀英被评为全市“最美乡村教师”。面对荣誉，她说得很朴实：“教好书是本分，我就想一直守在这儿，看着孩子们一个个走出大山。”"),
        ("raw", '<p style="text-align:right;text-indent:0">（记者 隋&nbsp;&nbsp;欣 通讯员 孔&nbsp;&nbsp;涛）</p>'),
    ],
    footer="岱宗日报社 版权所有 © 2023　鲁ICP备07024863号　投稿邮箱：dzrb_tg@163.com",
))

# ------------------------------------------------------------------ xo-34
PAGES.append(dict(
    id="xo-34", layout=epaper_new, kind="e-paper", lang="zh", paper="沙颍河晚报",
    title_lines=["周口港集装箱航线", "通达长三角主要港口"],
    subtitles=["今年前8个月完成货物吞吐量同比增长24%"],
    authors=["张帆", "王蕊"], publish_time="2024年09月12日 星期四",
    date_line="2024年09月12日 星期四", date_opt="2024-09-12", current="第A02版：本地",
    banci=["第A01版：封面", "第A02版：本地", "第A03版：本地", "第A04版：民生", "第A05版：县区", "第A06版：体育"],
    titles=["周口港集装箱航线通达长三角主要港口", "沙颍河岸线综合整治完成八成", "中秋国庆假期我市文旅活动抢先看", "图说周口"],
    byline="□本报记者 张&nbsp;&nbsp;帆 通讯员 王&nbsp;&nbsp;蕊 文/图",
    blocks=[
        ("p", "9月11日，在周口中心港作业区，一艘满载120个标准集装箱的货船缓缓驶离码头，沿沙颍河、淮河一路南下，目的地是太仓港。记者从市港航部门获悉，目前周口港已开通至上海、太仓、南京、连云港等地的集装箱航线12条，基本实现与长三角主要港口“无缝对接”。"),
        ("img", "周口中心港作业区", "周口中心港作业区一派繁忙景象。"),
        ("p", "今年1至8月，周口港完成货物吞吐量3860万吨，同比增长24%；完成集装箱吞吐量9.2万标箱，同比增长31%。从周口港出发的货物以粮食、建材、纺织品为主，回程则多为钢材、化工原料等。"),
        ("p", "“走水路比走公路每吨能省三四十块钱，一年下来能省几百万元。”一家面粉企业物流负责人说，企业今年的产品有近一半通过周口港发往华东地区。"),
        ("p", "据介绍，周口港二期工程正在加快建设，建成后将新增千吨级泊位16个，港口年通过能力将提升到6000万吨以上，进一步巩固周口作为河南“出海口”的地位。"),
    ],
    post_body='<p style="color:#888;font-size:14px">本版编辑：任晓光　美编：陈丽　校对：吴静</p>',
    footer="沙颍河晚报社 版权所有　豫ICP备10028731号-2<br>新闻热线：0394-8290110",
))

# ------------------------------------------------------------------ xo-35
PAGES.append(dict(
    id="xo-35", layout=epaper_old, kind="e-paper", lang="zh", paper="沭河日报",
    title_lines=["我县公布第二批民生实事项目进展"],
    subtitles=["12项工程已完工7项，其余项目年底前全部交付"],
    authors=["韩冬"], publish_time="2024年08月20日",
    date_line="2024年08月20日", current="第01版：要闻",
    top_links='<a href="#">首页</a> | <a href="#">往期回顾</a> | <a href="#">版面导航</a> | <a href="#">标题导航</a>',
    banci=["第01版：要闻", "第02版：综合", "第03版：乡镇", "第04版：沭河文苑"],
    titles=["我县公布第二批民生实事项目进展", "县委理论学习中心组举行集体学习", "全县秋季开学工作准备就绪", "沭河风光带获评省级水利风景区"],
    byline="记者　韩　冬",
    pst="p", hst="strong",
    blocks=[
        ("p", "本报讯　8月19日，县政府新闻办发布今年第二批民生实事项目进展情况。第二批12项民生工程中，已有7项完工并投入使用，其余5项正在加紧建设，计划年底前全部交付。"),
        ("p", "今年第二批民生实事项目聚焦教育、医疗、养老、交通等群众关心的领域，总投资约4.8亿元。部分项目进展情况如下："),
        ("table", [["项目名称", "建设内容", "进展情况"],
                   ["城南小学扩建", "新增教学楼1栋、学位900个", "已完工，9月投入使用"],
                   ["县人民医院急诊楼", "新建急诊医技楼2.1万平方米", "主体完工，正在装修"],
                   ["社区养老服务中心", "新建、改造6处", "已完工4处"],
                   ["农村公路提档升级", "改造农村公路86公里", "完成72公里"]]),
        ("p", "县政府有关负责人表示，民生实事项目从征集到确定都广泛听取了群众意见，下一步将加强项目调度和质量监管，确保每个项目都建成群众满意工程。"),
    ],
    post_body='<p>责任编辑：周　媛</p>',
    footer="沭河日报社版权所有　苏ICP备12051473号<br>建议使用1024×768分辨率浏览",
))
