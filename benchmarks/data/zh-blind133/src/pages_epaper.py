from build import P, H, UL, OL, TABLE, IMG, X
PAGES = []
def add(**k): PAGES.append(dict(kind="e-paper", lang="zh", **k))

# ud-31 安徽 日报 数字报, table layout, 引题/主题/副题
add(id="ud-31", title="皖北“粮仓”春管正当时", authors=["张萌", "周思远"], publish_time="2025年03月14日 星期五",
css="body{background:#e9e4d8}.paper{width:1200px;margin:auto;background:#fff}.bm td{font-size:12px}.yt,.ft2{font-size:16px;color:#333}.zt{font-size:28px;font-weight:bold}",
page="""<table class="paper"><tr><td>淮风日报 数字报　2025年03月14日 星期五　<a>往期回顾</a> <a>PDF下载</a></td></tr></table>
<table class="paper bm"><tr><td valign="top" width="260">
<p>第01版：要闻</p><p>第02版：综合</p><p>第03版：经济</p><p>第04版：农村</p><p>上一版　下一版</p>
<p>本版标题：</p><ul><li>皖北“粮仓”春管正当时</li><li>全省新增高标准农田180万亩</li><li>“新农人”直播卖土鸡蛋</li><li>图片新闻</li></ul>
<p><img alt="版面缩略图"></p></td><td valign="top">
<p class="yt">抢墒追肥　防病治虫</p>
<p class="zt">皖北“粮仓”春管正当时</p>
<p class="ft2">——全省小麦一、二类苗比例达九成以上</p>
<p>本报记者　张　萌　通讯员　周思远</p>
{BODY}
<p>上一篇　下一篇</p></td></tr></table>
<table class="paper"><tr><td>淮风日报社版权所有 未经授权不得转载 皖ICP备09002813号 地址：合淝市政务区天鹅湖路8号</td></tr></table>""",
body=[P("3月13日，宿泽市埇桥区大店镇的麦田里，几台植保无人机正在低空作业，喷洒小麦“一喷三防”药剂。“今年墒情好、苗情壮，只要后期管理跟得上，丰收有希望。”种粮大户李国平说。", indent=True),
P("眼下正值小麦返青拔节期，皖北各地抢抓有利天气，组织农民开展追肥浇水、化学除草和病虫害防治。据省农业农村厅苗情监测，全省小麦一、二类苗比例达91.6%，高于上年同期。", indent=True),
P("为做好春季田管，省里组织了1.2万名农技人员包村联户，开展“一对一”指导服务。各地还统筹农机、植保服务组织，推行统防统治，全省已完成小麦化学除草2100多万亩。", indent=True),
P("针对可能出现的“倒春寒”和干旱天气，农业农村部门会同气象部门加强会商研判，及时发布预警信息，指导农民提前采取防范措施。", indent=True)])

# ud-32 西藏 日报汉文版 数字报, modern split layout, byline after article
add(id="ud-32", title="牧区孩子有了“暖心宿舍”", authors=["拉巴次仁"], publish_time="2024-11-26 星期二",
css=".ep-top{display:flex;justify-content:space-between;background:#8d1c1c;color:#fff;padding:8px 20px}.ep-wrap{display:grid;grid-template-columns:480px 1fr}.ep-yt{color:#555}.ep-zt{font-size:26px;margin:4px 0}.ep-ft{color:#555}",
page="""<div class="ep-top"><span>高原日报（汉文版）电子版</span><span>2024-11-26 星期二 | 第05版：民生</span></div>
<div class="ep-wrap"><div class="ep-page"><img alt="第05版：民生"><p>01 要闻 | 02 要闻 | 03 综合 | 04 经济 | 05 民生 | 06 文化 | 07 专版 | 08 副刊</p>
<div class="titles"><h4>本版新闻</h4><p>牧区孩子有了“暖心宿舍”</p><p>那曲市城乡居民医保参保率达98%</p><p>冬季送温暖活动启动</p></div></div>
<div class="ep-article"><p class="ep-yt">那曲市色尼区改造提升寄宿制学校生活设施</p>
<h1 class="ep-zt">牧区孩子有了“暖心宿舍”</h1>
{BODY}
<p class="ep-au">本报记者　拉巴次仁</p>
<p>【打印】【返回】</p></div></div>
<div class="ep-bottom">高原日报社 版权所有 藏ICP备05000082号</div>""",
body=[P("初冬的那曲，室外气温已降到零下十几度。走进色尼区第二小学新改造的学生宿舍，暖气片散发着热量，每张床铺都配上了厚实的被褥和储物柜，楼层里还新建了热水淋浴间和洗衣房。", indent=True),
P("“以前宿舍冷，晚上要穿着棉衣睡觉。现在屋里很暖和，还能随时洗上热水澡。”四年级学生次仁拉姆高兴地说。", indent=True),
P("色尼区寄宿制学校学生大多来自牧区，不少孩子从一年级开始就住校。今年，区里投入资金3800万元，对全区14所寄宿制学校的宿舍、食堂、浴室等生活设施进行了改造提升，惠及学生6200余名。", indent=True),
P("除了硬件改善，各学校还配备了生活老师，负责照顾学生的饮食起居，定期与家长沟通孩子的学习生活情况。区教育局负责人表示，将继续加大投入，让牧区孩子在学校学得安心、住得舒心。", indent=True)])

# ud-33 黑龙江 晚报 数字报, 2010s, 版次 select, multiple authors with 文/图
add(id="ud-33", title="老道外的“百年烟火”又回来了", authors=["刘思琪"], publish_time="2025年02月08日",
css="#head{background:url() #1a1a1a;color:#fff}.list_bm a{display:block}#art_title .yin{color:#999}#art_title .zhu{font-size:30px;font-family:'黑体'}#art_title .fu{font-size:18px}",
page="""<div id="head">冰城晚报 电子版 <span>2025年02月08日</span> <span>第A06版：城事</span> <select><option>第A01版：封面</option><option>第A06版：城事</option></select> <span>上一期 下一期</span></div>
<div id="main"><div class="list_bm"><a>A01 封面</a><a>A02 要闻</a><a>A03 要闻</a><a>A06 城事</a><a>A07 城事</a><a>B01 文体</a></div>
<div id="art_title"><p class="yin">春节假期中华巴洛克历史文化街区游人如织</p><p class="zhu">老道外的“百年烟火”又回来了</p><p class="fu">假期累计接待游客超80万人次</p></div>
<p>文/本报记者 刘思琪　图/本报记者 孟昊</p>
{BODY}
<div class="bbt">本版其他新闻：<br>· 地铁3号线东南环段春节运送乘客62万人次<br>· 冰灯游园会延长开放至2月底</div></div>
<div id="foot">冰城晚报社主办 地址：哈尔滨市道里区地段街1号（示例） 黑ICP备11001372号</div>""",
body=[P("大红灯笼高高挂，老字号门前排长队，街头艺人拉起手风琴……春节假期，冰城中华巴洛克历史文化街区热闹非凡，处处洋溢着浓浓的年味儿。", indent=True),
IMG("游客在街区游览", "春节期间，游客在中华巴洛克历史文化街区游览。本报记者 孟昊 摄"),
P("“小时候跟着父母来老道外买年货，现在带着孩子来，感觉又找回了当年的味道。”市民吕先生说。", indent=True),
P("近年来，道外区对街区内的百余栋历史建筑进行了保护性修缮，引入了老字号餐饮、非遗手作、文创商店等业态，还打造了沉浸式演艺项目。春节期间，街区推出了“老道外过大年”系列活动，包括民俗巡游、冰雕展示、年货大集等。", indent=True),
P("据统计，春节假期街区累计接待游客超过80万人次，同比增长35%。其中，外地游客占比接近六成。街区内一家百年老店负责人介绍，假期每天要卖出上万个冻梨和糖葫芦。", indent=True),
P("道外区文旅部门表示，将继续挖掘街区历史文化资源，丰富消费场景，让老街区焕发新活力。", indent=True)])

# ud-34 河南 日报农村版 数字报, 2020s, 新华社-style not; 本报讯 in paragraph, 副题 after
add(id="ud-34", title="小木耳撑起致富“大伞”", authors=["冯晓阳", "苏文静"], publish_time="2025-04-18",
css=".szb-hd{height:70px;background:#2e7d32;color:#fff}.szb-date{float:right}.art-h .intro{font-size:15px}.art-h h2{font-size:27px}.art-h .sub{font-size:17px;color:#444}.pn{display:flex;gap:10px}",
page="""<div class="szb-hd">中原农民报 数字报刊 <span class="szb-date">2025-04-18 | 总第6832期 | 今日8版</span></div>
<div class="pn"><span>◀上一版</span><span>第3版：乡村产业</span><span>下一版▶</span><span>版面导航</span><span>标题导航</span></div>
<div class="art-h"><p class="intro">卢川县探索“企业+合作社+农户”模式</p><h2>小木耳撑起致富“大伞”</h2><p class="sub">全县食用菌产业年产值突破15亿元</p></div>
<div class="art-c">{BODY}</div>
<div class="art-list"><h4>本版其他文章</h4><ul><li>小木耳撑起致富“大伞”</li><li>春管“科技范”十足</li><li>一村一品看新变</li></ul></div>
<div class="szb-ft">中原农民报社版权所有 豫ICP备10008810号-3 联系电话：0371-65795XXX</div>""",
body=[P("本报讯（记者 冯晓阳 通讯员 苏文静）4月15日，在卢川县双龙镇的食用菌产业园里，一排排大棚整齐排列，棚内挂满菌袋，黑亮的木耳一簇簇长满袋口。工人们正忙着采摘、晾晒、分拣，一派繁忙景象。", indent=True),
P("“我们和龙头企业签了订单，菌袋由企业统一供应，技术有人指导，木耳有人收购，一年下来每棚能挣两万多元。”双龙镇菌农赵新安说。", indent=True),
P("近年来，卢川县依托山区气候和林木资源优势，探索“企业+合作社+农户”发展模式，由龙头企业负责菌种研发、菌袋生产和产品销售，合作社组织农户开展标准化种植，形成了从生产到加工、销售的完整产业链。", indent=True),
TABLE([["指标", "2020年", "2024年"], ["种植规模（万袋）", "9000", "2.1亿"], ["从业人员（万人）", "3.2", "6.5"], ["年产值（亿元）", "6.8", "15.3"]]),
P("目前，全县已建成食用菌专业村42个，带动6.5万名群众在家门口就业增收。县里还建设了食用菌交易市场和冷链仓储中心，产品远销全国20多个省份和日韩、东南亚等地。", indent=True)])

# ud-35 安徽 city paper 数字报 (晚报), responsive 2024, 作者 inside info row, 主题 on two lines
add(id="ud-35", title="巢湖岸线修复后，江豚回来了", authors=["陈一凡"], publish_time="2024年06月05日",
css=".e-head{display:flex;align-items:center;gap:20px;padding:10px 30px;border-bottom:3px double #333}.e-cols{display:flex}.e-nav{width:220px}.e-art{flex:1;padding:0 30px}.e-art h1{font-size:28px;line-height:1.3}.e-info{color:#777;font-size:13px}",
page="""<div class="e-head"><b>湖城晚报</b><span>2024年06月05日</span><span>星期三</span><span>农历五月初十</span><span>往期检索</span></div>
<div class="e-cols"><div class="e-nav"><p>A1 头版</p><p>A2 要闻</p><p>A4 生态·环保</p><p>A5 城事</p><p>B1 文体</p>
<h4>本版导读</h4><p>巢湖岸线修复后，江豚回来了</p><p>世界环境日 志愿者湖滨拾垃圾</p></div>
<div class="e-art"><p class="e-info">A4版：生态·环保</p>
<h1>巢湖岸线修复后，<br>江豚回来了</h1>
<p class="e-info">作者：记者 陈一凡　|　2024年06月05日　|　来源：湖城晚报</p>
{BODY}
<p class="e-info">编辑：周晓 组版：刘红 校对：王丽丽</p></div></div>
<div class="e-foot">湖城晚报社 版权所有 皖ICP备08009211号-1 本报新闻热线：0551-6515XXXX</div>""",
body=[P("6月4日清晨，巢湖渔政执法人员在湖区巡查时，再次拍到了长江江豚在中庙附近水域追逐嬉戏的画面。这是今年以来巢湖第9次监测到江豚活动。"),
P("“以前很难想象能在巢湖看到江豚。”巡查员方海涛说，最多的一次看到了6头，它们时而跃出水面，时而潜入水中，非常活泼。"),
P("江豚对水质和生态环境要求很高，被称为长江生态的“晴雨表”。近年来，巢湖实施了岸线生态修复、入湖河流综合整治和十年禁渔等系列举措，湖区水质持续改善，鱼类资源明显恢复。"),
H("岸线修复让湖滨“活”了起来"),
P("沿巢湖一线，曾经被鱼塘、码头占据的岸线，如今已修复成湿地和生态缓冲带。据介绍，环巢湖已累计修复湿地面积超过10万亩，形成了百余公里的生态岸线。"),
P("专家表示，江豚频繁出现说明巢湖生态系统正在向好，下一步将加强监测研究，为江豚等珍稀水生生物营造更好的栖息环境。")])
