# Media / portal / TV pages vr-13 .. vr-24 (two English pages).
PAGES = [
dict(id="vr-13", kind="media", layout="div", htitle="河南：秋粮收获进度过七成_大河网",
  top=["大河网首页", "河南日报", "大河报", "顶端新闻", "登录", "注册"], banner=["大河网 dahe.cn"], search=["搜索", "搜索"],
  nav=["首页", "时政", "原创", "豫地市", "经济", "社会", "文旅", "视频"],
  crumb="大河网 > 新闻 > 河南新闻",
  title="河南：秋粮收获进度过七成",
  info=["2025-10-13 08:47:12", "来源：河南日报", "作者：记者 谢  磊 通讯员 韩  冰"], isep=" ",
  authors=["谢磊", "韩冰"], time="2025-10-13 08:47:12",
  body="""
p: 本报讯（记者 谢磊 通讯员 韩冰）记者10月12日从省农业农村厅获悉，截至当日，全省秋粮已收获5870万亩，占播种面积的72.4%，其中玉米收获进度达到76%，大豆、花生收获基本结束。
p: 今年秋收期间，我省部分地区出现持续阴雨天气，给机收和晾晒带来一定困难。省农业农村厅及时组织跨区机收调度，全省投入各类收获机械23万台，烘干机4800余台，日烘干能力超过20万吨。
p: 在周口市商水县一处烘干中心，十几辆满载玉米的农用车排队等候。“往年最担心下雨发霉，今年粮食一收就拉过来烘，一斤还能多卖几分钱。”种粮大户刘长海说。
p: 省农业农村厅有关负责人表示，接下来将抢抓晴好天气，加快收获进度，同步推进秋冬种，力争小麦适期播种面积达到95%以上。
ed: 责任编辑：王  超
""",
  after=["分享到：", ("相关新闻", ["河南启动秋粮收购 多家企业入市", "省气象台：未来三天全省以晴好天气为主"]), ("24小时排行", ["郑州地铁新线开通", "河南高校新增专业名单公布", "秋季流感来了？专家提醒"])],
  side=[("大河热点", ["郑州航空港区新动态", "豫剧名家进校园"])],
  footer=["大河网络传媒集团有限公司 版权所有", "互联网新闻信息服务许可证编号：4112017XXXX  豫ICP备05001345号  豫公网安备41010502002345号", "违法和不良信息举报电话：0371-6519XXXX"],
  css=".main{display:flex}.side{width:260px}.info{color:#999}.mainnav li{display:inline;margin-right:10px}"),

dict(id="vr-14", kind="media", layout="div", lang="en", htitle="Xi'an opens 24-hour museum trail for night visitors - Shaanxi Daily English",
  top=["Home", "中文", "About Us", "Contact"], banner=["SHAANXI DAILY | English"], search=["Search", "Go"],
  nav=["News", "Business", "Culture", "Travel", "Photos", "Video"],
  crumb="Home > Culture",
  title="Xi'an opens 24-hour museum trail for night visitors",
  info=["By Liu Yuqing and Chen Hao", "Updated: 2025-07-22 14:05"], isep=" | ",
  authors=["Liu Yuqing", "Chen Hao"], time="2025-07-22 14:05",
  body="""
img: Visitors at the Drum Tower|Visitors take photos near the Drum Tower in Xi'an, Shaanxi province, on July 19. [Photo by Zhao Ming/for Shaanxi Daily]
p: Xi'an, capital of Northwest China's Shaanxi province, has launched a night museum trail that links five venues in the old city, allowing visitors to tour exhibitions until midnight during the summer holiday.
p: The trail connects the Forest of Stone Steles Museum, the Drum Tower, the Bell Tower and two smaller private collections. Shuttle buses run every 15 minutes between 7 pm and 12:30 am, and one ticket costing 60 yuan covers all five venues.
p: "Many tourists spend the day at the Terracotta Warriors and only have the evening left for the city," said Wang Li, an official with the city's culture and tourism bureau. "We wanted to give them a way to see more."
p: According to the bureau, the trail received about 41,000 visitors in its first two weeks, more than half of them from outside the province.
p: Local shop owners say business has picked up. Zhang Rui, who runs a calligraphy shop near the Forest of Stone Steles Museum, said her evening sales had almost doubled.
p: The trail will run until Aug 31, and the city is considering keeping some venues open late on weekends through the autumn.
""",
  after=["Share: Facebook Twitter LinkedIn", ("Related Stories", ["Shaanxi sees tourism boom in first half", "Tang Dynasty theme park draws crowds"])],
  footer=["Copyright 2025 Shaanxi Daily. All rights reserved.", "陕ICP备09002812号"],
  css=".info{color:#777;font-size:13px}.tit{font-family:Georgia,serif;font-size:30px}"),

dict(id="vr-15", kind="media", layout="div", htitle="石家庄地铁4号线全线“洞通” 预计明年底开通运营_河北新闻网",
  top=["河北新闻网", "河北日报", "燕赵都市报", "长城网", "~2025年11月27日 星期四"], banner=["河北新闻网 hebnews.cn"],
  nav=["首页", "河北", "石家庄", "要闻", "评论", "图片", "专题"],
  crumb="您当前的位置 ：河北新闻网 > 石家庄频道 > 城建",
  title="石家庄地铁4号线全线“洞通” 预计明年底开通运营",
  info=["2025-11-27 10:12:45", "来源：燕赵都市报", "记者 郝  帅"], isep="　　", info_pos="below",
  authors=["郝帅"], time="2025-11-27 10:12:45",
  listtag="ul",
  body="""
p: 11月26日上午，随着盾构机刀盘缓缓破土而出，石家庄地铁4号线最后一个区间隧道顺利贯通，标志着该线路实现全线“洞通”。
p: 石家庄地铁4号线全长约22.6公里，均为地下线，设车站17座，线路呈东西走向，串联起鹿泉区、长安区等区域。据介绍，4号线是石家庄轨道交通线网中的一条骨干线路，建成后将与既有的1、2、3号线实现换乘。
h: 四大亮点值得期待
li: 全线设置换乘站5座，与既有线路形成网络。
li: 车站采用“一站一景”设计，融入燕赵文化元素。
li: 列车采用全自动运行系统，最高时速80公里。
li: 站内配置母婴室、无障碍电梯等便民设施。
p: 项目负责人介绍，接下来将全面转入铺轨、机电安装和装修阶段，预计2026年底具备开通运营条件。
img: 盾构机破土而出|11月26日，盾构机刀盘破土而出。 记者 郝帅 摄
""",
  after=["编辑：李  佳", "分享到：", ("热点推荐", ["石家庄新增3条公交线路", "河北今冬首场降雪预报"])],
  footer=["河北新闻网版权所有 本站网络实名：河北新闻网", "冀ICP备09012367号  冀公网安备13010802000123号", "互联网新闻信息服务许可证：1312006XXXX"],
  css=".info{color:#888;font-size:12px}.tit{font-size:28px}"),

dict(id="vr-16", kind="media", layout="mobile", htitle="深圳新闻网",
  top=["深圳新闻网", "打开APP"], title="深圳前海今年新增港资企业超千家",
  info=["读特 2025-08-05 18:30", "关注"], isep=" ",
  authors=["许  文婷".replace("  ", "")], time="2025-08-05 18:30",
  body="""
by: 读特记者 许文婷
p: 8月5日，记者从前海管理局获悉，今年1至7月，前海新增注册港资企业1083家，同比增长21.5%，实际使用港资占全区实际使用外资的九成以上。
p: 在前海深港青年梦工场，来自香港的创业者梁嘉欣正在调试一款智能导览机器人。她告诉记者，从注册公司到拿到第一笔政府扶持资金，只用了不到一个月时间。“这里的很多窗口可以直接用繁体字材料办事，对我们很友好。”
p: 今年以来，前海持续推进深港规则衔接、机制对接，在跨境金融、专业服务、法律服务等领域推出一系列新举措。目前已有近600名港澳专业人士在前海备案执业，覆盖税务、建筑、医疗等20余个行业。
p: 前海管理局相关负责人表示，下半年将继续举办“港企前海行”系列活动，为港资企业提供政策咨询、场地对接等一站式服务。
ed: 审核：陈  晨
ed: 责编：刘  洋
""",
  after=["阅读 3.2万", "打开读特APP，阅读更多精彩内容", ("推荐阅读", ["深圳今夏最强台风来了？", "福田区新增一批学位"]), "全部评论 (16)", "发表评论"],
  footer=["深圳报业集团版权所有", "粤ICP备10092765号"],
  css=".m{max-width:720px;margin:0 auto}.topbar{display:flex;justify-content:space-between;background:#d00;color:#fff}"),

dict(id="vr-17", kind="media", layout="table", htitle="南阳：月季花开满城香--南阳网",
  top=["南阳网", "南阳日报", "南阳晚报", "手机版"], banner=["南阳网 www.nynews.example"],
  nav=["首页", "南阳新闻", "县区", "社会", "图片", "专题"], navli=False,
  crumb="南阳网>>新闻中心>>南阳新闻",
  title="南阳：月季花开满城香",
  info=["时间：2025-04-28 09:03", "来源：南阳日报", "作者：张  璐  文/图", "编辑：王亚楠"], itable=True,
  authors=["张璐"], time="2025-04-28 09:03",
  body="""
img: 游客在月季园赏花|游客在月季园内赏花拍照。
p: 四月底的南阳，街头巷尾、公园广场，到处可见盛开的月季。红的似火、粉的如霞、黄的像金，把整座城市装扮得分外美丽。
p: 在南阳世界月季大观园，各色月季竞相绽放，吸引了大批市民游客前来观赏。来自郑州的游客刘女士说：“早就听说南阳是‘月季之乡’，今天一看，果然名不虚传。”
p: 据了解，南阳月季种植面积已超过15万亩，品种达3000多个，年产各类月季苗木10亿株，占全国市场的八成以上，产品出口到日本、荷兰等多个国家和地区。
p: 近年来，南阳依托月季资源，大力发展赏花经济，月季花会期间推出花卉展览、摄影大赛、文艺演出等系列活动，带动餐饮、住宿、交通等行业同步增长。
""",
  after=["【我要纠错】 【打印】 【关闭】", ("相关文章", ["南阳月季花会开幕", "月季苗木走俏海外"])],
  footer=["南阳日报社主办  南阳网版权所有", "豫ICP备05009812号  互联网新闻信息服务许可证编号：4112017XXXX"],
  css=".info td{font-size:12px;color:#555;text-align:center}.tit{text-align:center;font-size:22px}"),

dict(id="vr-18", kind="media", layout="div", htitle="陕西：今年新建改建农村公路5000公里--陕西传媒网",
  top=["陕西传媒网", "陕西日报", "三秦都市报", "客户端下载"], banner=["群众新闻 陕西传媒网"],
  nav=["首页", "时政", "陕西", "经济", "社会", "文化", "视频"],
  crumb="当前位置：首页>陕西>正文",
  title="陕西：今年新建改建农村公路5000公里",
  info=["陕西日报", "2025年3月7日 07:55"], isep=" ", info_pos="above",
  authors=["王  璐".replace("  ", "")], time="2025年3月7日 07:55",
  body="""
p: 本报讯 （记者 王璐）3月6日，记者从省交通运输厅获悉：今年我省将新建改建农村公路5000公里，实施危旧桥梁改造200座，进一步提升农村群众出行条件。
p: 据介绍，2024年，全省完成农村公路新改建5460公里，新增通三级及以上公路的乡镇21个，具备条件的建制村通客车率保持100%。
p: 今年，省交通运输厅将重点推进三方面工作：一是加快农村公路骨干路网提档升级，推动较大人口规模自然村通硬化路；二是深化“四好农村路”示范创建；三是推进城乡交通运输一体化，发展农村物流。
p: 此外，我省还将继续推广“公路+旅游”“公路+产业”等模式，在秦岭、黄河沿线打造一批美丽农村路精品线路。
""",
  after=["责任编辑：党晓燕", "【打印】 【关闭】", ("相关阅读", ["陕西交通运输工作会议召开", "西安至延安高铁建设提速"])],
  footer=["陕西传媒网 版权所有", "陕ICP备06000798号  陕公网安备61010402000233号"],
  css=".tit{font-size:26px}.info{color:#999}"),

dict(id="vr-19", kind="media", layout="div", htitle="郑州：中欧班列今年开行突破2500列 - 河南广播电视台",
  top=["大象网", "河南广播电视台", "大象新闻客户端"], banner=["大象网 河南广播电视台官方网站"],
  nav=["首页", "新闻", "直播", "点播", "栏目", "主持人"],
  crumb="首页 > 新闻 > 大象新闻",
  title="郑州：中欧班列今年开行突破2500列",
  info=["大象新闻记者 杨明浩 常  颖", "2025-11-16 20:11:05", "来源：大象新闻"], isep="  ",
  authors=["杨明浩", "常颖"], time="2025-11-16 20:11:05",
  body="""
raw: <div class="video">视频加载中...</div>
p: 【导语】11月16日，一列满载电子产品和机械配件的中欧班列从郑州国际陆港鸣笛出发，驶向德国汉堡。至此，中欧班列（郑州）今年开行量突破2500列，提前一个多月超过去年全年水平。
p: 【正文】记者在郑州国际陆港看到，集装箱正源源不断地装车。据介绍，今年以来，中欧班列（郑州）新开通了至匈牙利布达佩斯、土耳其伊斯坦布尔等线路，境外目的站点增加到40多个。
p: 【同期】郑州国际陆港开发建设有限公司运营部负责人 李伟：我们推出了“班列+冷链”“班列+跨境电商”等特色服务，货源结构越来越丰富。
p: 【正文】截至目前，今年中欧班列（郑州）累计运输货值超过430亿元，货重超过150万吨。
""",
  after=["编辑：张  迪", "扫码下载大象新闻客户端", ("猜你喜欢", ["河南首条跨黄河地铁开通", "郑州机场旅客吞吐量创新高"])],
  footer=["河南广播电视台版权所有", "信息网络传播视听节目许可证：1608XXX  豫ICP备12019876号"],
  css=".video{height:200px;background:#000;color:#fff}.info{color:#666}"),

dict(id="vr-20", kind="media", layout="div", htitle="全省乡镇卫生院将全部配备DR和全自动生化分析仪-河北日报",
  top=["长城网", "河北日报客户端", "冀云"], banner=["长城网 河北重点新闻网站"],
  search=["请输入关键字", "搜索"], nav=["首页", "河北新闻", "国内", "国际", "评论", "健康"],
  crumb="长城网 > 河北新闻 > 正文",
  kicker="补齐基层医疗设备短板",
  title="全省乡镇卫生院将全部配备DR和全自动生化分析仪",
  info=["来源：河北日报", "作者：记者 曹  铮", "2025-06-03 06:40"], isep=" | ",
  authors=["曹铮"], time="2025-06-03 06:40",
  body="""
p: 河北日报讯（记者曹铮）记者从省卫生健康委获悉，今年年底前，全省1960所乡镇卫生院将全部配备数字化X线摄影系统（DR）、全自动生化分析仪等基本医疗设备，补齐基层诊疗能力短板。
p: 据悉，省级财政安排专项资金4.2亿元，对设备配置给予支持，重点向山区县、脱贫县倾斜。设备配齐后，常见病检查化验在乡镇卫生院就能完成，群众不必再往县城跑。
p: 省卫生健康委有关负责人表示，设备配置的同时将加强人员培训，依托县域医共体开展远程影像和检验结果互认，做到“基层检查、上级诊断”。
p: 据统计，2024年全省乡镇卫生院门急诊量达到1.02亿人次，同比增长5.3%。
""",
  after=["[责任编辑：郭  帅]", ("相关新闻", ["河北推进紧密型县域医共体建设", "我省基层医生培训计划启动"])],
  footer=["长城网版权所有", "冀ICP备09048672号  冀公网安备13010802000456号"],
  css=".yt{color:#666}.tit{font-size:26px}"),

dict(id="vr-21", kind="media", layout="div", lang="en", htitle="Guangdong factories bet on robots as orders recover | GDToday",
  top=["GDToday", "中文", "Log in"], banner=["GDToday — Your Guide to Guangdong"],
  nav=["Latest", "GBA", "Business", "Lifestyle", "Opinion", "Video"],
  crumb="Home / Business",
  title=["Guangdong factories bet on robots", "as export orders recover"],
  info=["Source: Xinhua", "Edited by: Mia Chen", "2025-09-09 11:26"], isep=" | ",
  authors=[], time="2025-09-09 11:26",
  body="""
p: GUANGZHOU, Sept. 9 (Xinhua) -- Manufacturers in south China's Guangdong province are stepping up investment in industrial robots as export orders recover, local officials said on Tuesday.
p: Guangdong installed more than 58,000 industrial robots in the first seven months of the year, up 14 percent year on year, according to the provincial department of industry and information technology.
p: In Foshan, a major home appliance hub, a maker of air conditioner parts has replaced two welding lines with robotic cells. The company said output per worker had risen by around 30 percent.
p: Officials said the province would continue to offer subsidies for small and medium-sized firms that upgrade equipment, and would build more public testing centers for robotics.
""",
  after=["Share this story:", ("More Stories", ["Shenzhen port handles record containers", "Canton Fair to add new exhibition area"])],
  footer=["Copyright © Guangdong International Communication Center. All Rights Reserved.", "粤ICP备19012345号-3"],
  css=".tit{font-size:30px}"),

dict(id="vr-22", kind="media", layout="div", htitle="西安一小区加装电梯“卡壳” 多方协调终破局 - 华商网",
  top=["华商网", "华商报", "华商数字报", "登录"], banner=["华商网 HSW.CN"], search=["搜新闻", "搜索"],
  nav=["首页", "新闻", "西安", "陕西", "民生", "房产", "汽车"],
  crumb="华商网 > 新闻中心 > 西安",
  title="西安一小区加装电梯“卡壳” 多方协调终破局",
  info=["2025-05-16 07:32", "华商报"], isep=" ",
  authors=["马  婷".replace("  ", "")], time="2025-05-16 07:32",
  body="""
p: 华商报讯（记者 马婷）“盼了两年，电梯终于动工了！”5月15日，家住西安市碑林区某小区5号楼的刘阿姨站在施工围挡外，高兴地说。
p: 这栋楼建于上世纪90年代，共7层，住着不少老人。2023年，楼里住户提出加装电梯，但一楼住户担心采光受影响，一直不同意，项目因此“卡壳”。
p: 社区工作人员多次上门沟通，并请来设计单位调整方案，将电梯井位置外移1.5米，采用玻璃幕墙减少遮挡，同时由楼上住户出资为一楼加装防盗网、修缮地面。
p: “方案改了三次，大家坐下来算清楚账，心结就解开了。”社区书记说。据介绍，该电梯预计今年8月投入使用，每户按楼层分摊费用，二楼最少、七楼最多。
q: 加装电梯是“民心工程”，关键在于充分协商、兼顾各方利益。——碑林区住建局相关负责人
""",
  after=["编辑：胡  鹏", "华商网-华商报 版权所有，未经授权不得转载。", ("热门排行", ["西安地铁8号线最新进展", "西安这些路段施工绕行"])],
  footer=["华商网 版权所有", "陕ICP备06001234号  增值电信业务经营许可证：陕B2-2006XXXX"],
  css=".tit{font-size:24px}blockquote{border-left:3px solid #ccc;padding-left:10px}"),

dict(id="vr-23", kind="media", layout="div", htitle="广州：今年新增公办学位5.2万个_南方网",
  top=["南方网", "南方+", "南方日报", "~2025-08-29"], banner=["南方网 southcn"],
  nav=["首页", "广东", "时政", "经济", "教育", "社会", "图片"],
  crumb="南方网 > 新闻 > 广东 > 广州",
  title="广州：今年新增公办学位5.2万个",
  info=["2025-08-29 10:05", "来源：南方日报", "作者：南方日报记者 梁  爽 实习生 林  溪", "编辑：胡  涛"], isep="  ",
  authors=["梁爽", "林溪"], time="2025-08-29 10:05",
  body="""
p: 新学期即将开始。记者8月28日从广州市教育局获悉，今年广州新增公办中小学、幼儿园学位5.2万个，其中义务教育公办学位3.9万个，新建、改扩建学校41所。
h: 学位供给向人口导入区倾斜
p: 据介绍，新增学位主要集中在白云、黄埔、番禺、增城等人口导入较快的区。其中，黄埔区新开办学校7所，新增学位近8000个。
h: 新学年部分学校试点课后延时服务升级
tr: 区|新开办学校|新增学位
tr: 白云区|9所|10200个
tr: 黄埔区|7所|7900个
tr: 番禺区|6所|6300个
p: 市教育局相关负责人表示，将继续推进“百校扩优”行动，到2027年累计新增公办学位15万个，进一步缓解“入学难”问题。
""",
  after=["南方网、南方+客户端原创稿件，转载请注明出处。", ("相关推荐", ["广州中考录取分数线公布", "广州多所新学校即将开学"])],
  footer=["南方网 版权所有", "粤ICP备05070829号  互联网新闻信息服务许可证：4412006XXXX"],
  css=".info{color:#999}"),

dict(id="vr-24", kind="media", layout="div", htitle="洛阳：隋唐洛阳城国家遗址公园二期开园--洛阳网",
  top=["洛阳网", "洛阳日报", "洛阳晚报", "洛阳手机台"], banner=["洛阳网 LYD.COM.CN"],
  nav=["首页", "洛阳", "县区", "文旅", "评论", "图片"], crumb="您的位置：洛阳网 > 新闻 > 洛阳新闻",
  title="隋唐洛阳城国家遗址公园二期开园",
  sub="新增明堂天堂周边区域和九洲池西岸 免费向市民开放",
  info=["发布时间：2025年9月30日", "稿件来源：洛阳日报", "洛阳日报首席记者 李  岚 通讯员 周宇航"], isep="　",
  authors=["李岚", "周宇航"], time="2025年9月30日",
  body="""
p: 9月29日，隋唐洛阳城国家遗址公园二期正式开园。二期工程新增明堂天堂周边区域和九洲池西岸约26公顷，全部免费向市民开放。
p: 二期工程以“保护为主、展示为辅”为原则，采用植物标识、夯土模拟等方式展示遗址格局，新建了游客服务中心、考古展示棚和3公里步道。
p: “以前这一片是城中村，现在成了家门口的公园。”附近居民孙先生带着孙子在步道上散步。
p: 市文物局有关负责人介绍，隋唐洛阳城遗址是国家大遗址保护重点项目，近年来洛阳坚持遗址保护与城市更新相结合，让文化遗产“活起来”。国庆期间，公园还将推出“唐风市集”等主题活动。
""",
  after=["编辑：贾  楠", ("相关链接", ["洛阳国庆假期文旅活动一览", "应天门遗址博物馆推出夜游"])],
  footer=["洛阳网版权所有", "豫ICP备05002354号  豫公网安备41030202000128号"],
  css=".ft{color:#555}.tit{font-size:26px}"),
]
