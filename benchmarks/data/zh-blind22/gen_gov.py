from gen_base import *

def govfoot(host, code, icp, gab, extra=''):
    return f'''<div class="foot"><div class="fl">{inline(['关于我们','网站地图','联系我们','隐私声明','使用帮助'],' | ')}</div>
<p>主办单位：{host}　{extra}</p><p>网站标识码：{code}　{icp}　<img alt="公安备案图标" src="ga.png">{gab}</p>
<p><img alt="政府网站找错" src="jiucuo.png"> <img alt="党政机关" src="dzjg.png"></p></div>'''

TOPBAR = '<div class="top"><span>欢迎访问！今天是2025年6月3日 星期二</span><span class="r">{}</span></div>'

# ---------- zw-01 北京朝阳 政务动态, 2020s portal, 长者模式, spaced author in info bar
b = ["6月2日上午，朝阳区2025年“服务包”企业座谈会在望京街道小望京会议中心召开，区发展改革委、区商务局、区科委等14个部门负责人与38家重点企业代表面对面交流，现场梳理企业诉求27项。",
     "座谈会上，来自人工智能、生物医药和商务服务领域的企业代表先后发言，集中反映了办公用房租金补贴兑现周期较长、人才公寓房源不足、跨境数据流动合规指引不够清晰等问题。区发展改革委相关负责人逐一记录，并对其中可以当场答复的11项问题作了说明。",
     "据介绍，今年以来朝阳区已为全区1260家“服务包”企业配备“服务管家”，建立“一企一档”台账，截至5月底累计解决企业诉求1893项，诉求办结率达到96.4%。对涉及多个部门的复杂诉求，区里实行“首接负责、联合会商、限时办结”机制，原则上在15个工作日内给予书面答复。",
     "会议要求，各相关部门要把企业反映的问题当作“自己的事”来办，对能立即解决的问题马上办，对需要协调解决的问题限期办，对受政策限制暂时无法解决的问题做好解释说明，持续擦亮“朝阳服务”品牌。",
     "下一步，区发展改革委将会同各部门对本次座谈会收集的诉求实行清单化管理，每两周通报一次办理进度，并在7月底前组织“回头看”。"]
page = doc("朝阳区召开2025年“服务包”企业座谈会_北京市朝阳区人民政府", '''
.top{background:#f2f2f2;padding:4px 40px;font-size:12px}.top .r{float:right}
.head{background:#b5121b;color:#fff;padding:18px 40px;font-size:28px}.head input{float:right;width:260px}
.nav{background:#8e0c14;padding:6px 40px}.nav a{color:#fff;margin-right:26px}
.wrap{width:1000px;margin:0 auto}.crumb{padding:10px 0;color:#666}
h1{text-align:center;font-size:26px;color:#b5121b}.info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px}
.art p{text-indent:2em}.foot{background:#eee;text-align:center;padding:14px;margin-top:30px;font-size:12px}
.sticky{position:fixed;right:0;top:300px;width:60px;background:#b5121b;color:#fff}''',
TOPBAR.format(inline(['无障碍','长者模式','繁體','English','登录','注册'],' | ')) + f'''
<div class="head"><img alt="北京市朝阳区人民政府" src="logo.png"> 北京市朝阳区人民政府 <input placeholder="请输入关键词搜索"><button>搜索</button></div>
<div class="nav">{inline(['首页','要闻动态','政务公开','政务服务','互动交流','走进朝阳','专题专栏'])}</div>
<div class="sticky">{inline(['长者模式','智能问答','返回顶部'],'<br>')}</div>
<div class="wrap"><div class="crumb">您当前所在位置：<a href="#">首页</a> &gt; <a href="#">要闻动态</a> &gt; <a href="#">政务动态</a></div>
<h1>朝阳区召开2025年“服务包”企业座谈会</h1>
<div class="info">发布时间：2025-06-03 09:12　来源：朝阳区发展改革委　作者：刘  畅　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="#">打印</a></div>
<div class="art">{bhtml(b)}</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="pn"><p>上一篇：<a href="#">朝阳区启动2025年夏季防汛应急演练</a></p><p>下一篇：<a href="#">奥运村街道开展“社区邻里节”系列活动</a></p></div>
<div class="rel"><h4>相关阅读</h4>{ul(['朝阳区优化营商环境十条措施政策问答','2025年朝阳区重点项目集中开工','“服务管家”走进CBD楼宇'])}</div>
<div class="qr"><img alt="二维码" src="qr.png"><p>扫一扫在手机打开当前页</p></div></div>
''' + govfoot('北京市朝阳区人民政府办公室','1101050001','京ICP备05070621号','京公网安备 11010502030221号'))
add('zw-01','gov: district portal 政务动态 (北京朝阳)',"朝阳区召开2025年“服务包”企业座谈会",["刘畅"],"2025-06-03 09:12",b,page)

# ---------- zw-02 天津河西 街道动态, 2010s table layout, 撰稿 at end, 供稿单位
b = ["为进一步提升辖区老旧小区居住环境，近日，越秀路街道联合区住房建设委、区城市管理委在友谊南里社区开展“小区环境大家管”专项整治行动，集中清理楼道堆物、规范非机动车停放、修补破损路面。",
     "此次行动共出动工作人员及志愿者120余人次，清理楼道杂物46车，拆除违规搭建的车棚2处，新增电动自行车集中充电桩48个，修补小区道路约360平方米。针对居民反映强烈的飞线充电问题，街道逐户上门宣传安全常识，发放《致居民的一封信》800余份。",
     "“以前楼道里堆满了纸箱子和旧家具，晚上走路都得小心。现在敞亮了，心里也踏实。”家住友谊南里12号楼的王大爷说。",
     "越秀路街道相关负责人表示，街道将以此次整治为契机，建立“网格员+楼门长+物业”三方巡查机制，每周对重点点位进行复查，防止问题反弹，让整治成果长期保持。"]
page = doc("越秀路街道开展老旧小区环境专项整治行动", '''
table.frame{width:980px;margin:0 auto}.bar{background:#1d5aa8;color:#fff}.bar a{color:#fff;padding:0 12px}
.tit{font-size:22px;font-weight:bold;text-align:center;color:#1d5aa8;padding:16px}.meta{text-align:center;font-size:12px;border-bottom:1px solid #1d5aa8}
.foot{text-align:center;font-size:12px;border-top:3px solid #1d5aa8;margin-top:20px}''',
f'''<table class="frame"><tr><td><img alt="天津市河西区人民政府" src="banner.jpg"></td><td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">无障碍浏览</a></td></tr>
<tr class="bar"><td colspan="2">{inline(['网站首页','河西概况','政务公开','办事服务','政民互动','街道动态'])}</td></tr>
<tr><td colspan="2">当前位置：<a href="#">首页</a>&gt;&gt;<a href="#">街道动态</a>&gt;&gt;<a href="#">越秀路街道</a></td></tr>
<tr><td colspan="2"><div class="tit">越秀路街道开展老旧小区环境专项整治行动</div>
<div class="meta">2021年6月3日　　供稿单位：越秀路街道办事处　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】　【<a href="#">关闭</a>】</div>
{bhtml(b, indent=True)}
<p>撰稿：孙晓梅</p>
<p align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p></td></tr></table>
<div class="foot"><p>版权所有：天津市河西区人民政府　主办：天津市河西区人民政府办公室</p><p>津ICP备06003247号　网站标识码：1201030002　津公网安备 12010302000187号</p><p>建议使用1024×768分辨率 IE8.0以上浏览器</p></div>''')
add('zw-02','gov: 街道动态, 2010s table layout (天津河西)',"越秀路街道开展老旧小区环境专项整治行动",["孙晓梅"],"2021年6月3日",b,page)

# ---------- zw-03 上海浦东 official doc: 决定 with numbered parts; disclosure table with colons
b = ["各镇人民政府，各街道办事处，区政府各委、办、局：",
     "2023年，全区广大干部群众在区委、区政府的坚强领导下，奋力推进高水平改革开放，在优化营商环境、推进城市更新、保障改善民生等方面涌现出一批先进集体和先进个人。为表彰先进、树立典型，区政府决定：",
     "一、授予区城市运行管理中心等20个单位“浦东新区2023年度优化营商环境工作先进集体”称号。",
     "二、授予陈嘉伟等45名同志“浦东新区2023年度优化营商环境工作先进个人”称号。",
     "三、对在城市更新和旧区改造工作中作出突出贡献的花木街道等8个单位予以通报表扬。",
     "四、希望受到表彰的集体和个人珍惜荣誉、再接再厉，在新的起点上取得新的更大成绩。全区各单位要以先进为榜样，对标最高标准、最好水平，为加快建设社会主义现代化建设引领区作出新的贡献。",
     "附件：1.浦东新区2023年度优化营商环境工作先进集体名单",
     "2.浦东新区2023年度优化营商环境工作先进个人名单",
     ('r',"上海市浦东新区人民政府"), ('r',"2024年3月18日")]
page = doc("上海市浦东新区人民政府关于表彰2023年度优化营商环境工作先进集体和先进个人的决定", '''
.hd{background:linear-gradient(#0b4ea2,#063a7d);color:#fff;padding:20px 60px;font-size:26px}.tb{font-size:12px;text-align:right;padding:4px 60px;background:#e9eef6}
.main{width:1100px;margin:0 auto}.xxgk{width:100%;border:1px solid #c9d6ea;background:#f6f9fd;font-size:13px}.xxgk td{padding:4px 8px}
h1{font-size:22px;text-align:center}.wh{text-align:center}.foot{background:#063a7d;color:#dde;text-align:center;padding:16px;font-size:12px}''',
f'''<div class="tb">{inline(['长者模式','无障碍','简','繁','移动版','English'],'　')}</div>
<div class="hd">上海浦东 <small>浦东新区人民政府门户网站</small> <input placeholder="搜索站内信息"></div>
<div class="nav">{inline(['首页','浦东要闻','政务公开','政务服务','互动','数据开放'])}</div>
<div class="main"><p>当前位置：首页 &gt; 政务公开 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 区政府文件</p>
<table class="xxgk"><tr><td>索引号：</td><td>11310115MB2F0231X8/2024-00041</td><td>发布机构：</td><td>上海市浦东新区人民政府</td></tr>
<tr><td>文号：</td><td>浦府〔2024〕26号</td><td>成文日期：</td><td>2024-03-18</td></tr>
<tr><td>发布日期：</td><td>2024-03-22</td><td>有效性：</td><td>有效</td></tr>
<tr><td>名称：</td><td colspan="3">上海市浦东新区人民政府关于表彰2023年度优化营商环境工作先进集体和先进个人的决定</td></tr></table>
<h1>上海市浦东新区人民政府关于表彰2023年度优化营商环境工作先进集体和先进个人的决定</h1>
<p class="wh">浦府〔2024〕26号</p>
{bhtml(b)}
<p>（此件公开发布）</p>
<p>附件下载：<a href="#">附件1.doc</a>　<a href="#">附件2.doc</a></p>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
<div class="rel">相关文件：{ul(['浦东新区进一步优化营商环境若干措施','关于2022年度先进集体表彰的决定'])}</div></div>
''' + '<div class="foot">'+govfoot('上海市浦东新区人民政府办公室','3101150001','沪ICP备2021016578号','沪公网安备31011502008811号')+'</div>')
add('zw-03','gov: official doc 决定 with numbered parts (上海浦东)',"上海市浦东新区人民政府关于表彰2023年度优化营商环境工作先进集体和先进个人的决定",[],"2024-03-22",b,page,
    note='publish_time = 发布日期 of record table; 成文日期 2024-03-18 is body')

# ---------- zw-04 重庆渝中 通知 with table
b = ["各街道办事处，区政府各部门，有关单位：",
     "为切实做好2025年主汛期防汛抗旱工作，确保人民群众生命财产安全，经区政府同意，现将主汛期区级防汛值班安排有关事项通知如下：",
     ('h',"一、值班时间"),
     "2025年6月1日至8月31日，实行24小时领导带班和专人值班制度。遇橙色以上预警时，各单位主要负责同志须在岗带班。",
     ('h',"二、值班安排"),
     ('t',[["时段","带班领导","值班单位","值班电话"],["6月1日—6月30日","周启明","区水利局","63891120"],["7月1日—7月31日","邓晓川","区应急局","63891135"],["8月1日—8月31日","冉  静","区住房城乡建委","63891148"]]),
     ('h',"三、工作要求"),
     "（一）各值班人员要保持通讯畅通，不得擅离岗位，严格执行信息报送制度，险情灾情发生后30分钟内电话报告、1小时内书面报告。",
     "（二）各街道要加强对临崖临坎、老旧房屋、地下车库等重点部位的巡查，发现隐患立即处置。",
     "附件：渝中区2025年主汛期防汛值班人员通讯录",
     ('r',"重庆市渝中区人民政府办公室"), ('r',"2025年5月27日"),
     ('x','<p>（此件公开发布）</p>')]
page = doc("重庆市渝中区人民政府办公室关于做好2025年主汛期防汛值班工作的通知", '''
.g{width:1000px;margin:0 auto}.hd{height:110px;background:#fff url(bg.png);border-bottom:4px solid #c8161d;font-size:30px;color:#c8161d;padding:20px}
.bar{display:flex;justify-content:space-between;font-size:12px}.xx{border-collapse:collapse;width:100%}.xx td{border:1px solid #ddd;padding:5px}
.title{font-size:24px;text-align:center;margin:20px 0 0}.fh{text-align:center;color:#555}.foot{border-top:1px solid #ccc;text-align:center;font-size:12px;margin-top:30px}''',
f'''<div class="g"><div class="bar"><span>{inline(['重庆市人民政府','渝中区委'],' ')}</span><span>{inline(['无障碍','关怀版','用户登录'],' | ')}</span></div>
<div class="hd">重庆市渝中区人民政府<div><input placeholder="请输入您要搜索的内容"><button>搜 索</button></div></div>
<div class="nav">{inline(['首页','政务公开','政务服务','政民互动','走进渝中'])}</div>
<div>当前位置： <a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">区政府办文件</a></div>
<table class="xx"><tr><td>索 引 号</td><td>11500103009253887P/2025-00133</td><td>主题分类</td><td>应急管理</td></tr>
<tr><td>发布机构</td><td>渝中区政府办公室</td><td>成文日期</td><td>2025-05-27</td></tr>
<tr><td>标　　题</td><td colspan="3">重庆市渝中区人民政府办公室关于做好2025年主汛期防汛值班工作的通知</td></tr>
<tr><td>发文字号</td><td>渝中府办发〔2025〕19号</td><td>发布日期</td><td>2025-05-29</td></tr></table>
<div class="title">重庆市渝中区人民政府办公室<br>关于做好2025年主汛期防汛值班工作的通知</div>
<p class="fh">渝中府办发〔2025〕19号</p>
{bhtml(b, hstyle='h3')}
<p><a href="#">相关解读：图解《关于做好2025年主汛期防汛值班工作的通知》</a></p>
<p>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】<a href="#">打印本页</a> <a href="#">关闭窗口</a></p>
<div class="foot">主办：重庆市渝中区人民政府办公室　承办：渝中区大数据应用发展管理局<br>网站标识码：5001030001　渝ICP备2022011476号-1　<img alt="" src="ga.png">渝公网安备 50010302001002号<br>扫一扫在手机打开当前页 <img alt="二维码" src="qr.png"></div></div>''')
add('zw-04','gov: official doc 通知 with table, headline in two lines (重庆渝中)',"重庆市渝中区人民政府办公室关于做好2025年主汛期防汛值班工作的通知",[],"2025-05-29",b,page,
    note='title printed in two lines → joined without space; table cell `冉  静` spaced')

# ---------- zw-05 南宁青秀区 意见 (third official doc), 2010s-ish, record table without colons
b = ["各镇人民政府、街道办事处，城区各委、办、局，各直属机构：",
     "为深入推进社区嵌入式服务设施建设，补齐“一老一小”服务短板，结合青秀区实际，现提出如下意见。",
     ('h',"一、总体目标"),
     "到2026年底，全城区建成社区嵌入式服务设施28处，实现城市社区养老服务、托育服务、助餐服务全覆盖，群众步行15分钟可达各类基本公共服务。",
     ('h',"二、重点任务"),
     "（一）盘活存量资源。全面排查辖区闲置的国有房产、社区用房和商业用房，优先用于嵌入式服务设施建设，对符合条件的免收或减收租金。",
     "（二）引入专业力量。通过公开招标、委托运营等方式，引入具有资质的养老、托育机构参与运营，建立服务质量评价和退出机制。",
     "（三）强化资金保障。城区财政每年安排专项资金不少于1500万元，对新建设施按每处最高50万元给予一次性建设补助。",
     ('h',"三、保障措施"),
     "各镇（街道）是本辖区嵌入式服务设施建设的责任主体，要明确分管领导和具体工作人员，每季度向城区民政局报送工作进展。城区督查室将本项工作纳入年度绩效考评。",
     "本意见自印发之日起施行，有效期5年。",
     ('r',"南宁市青秀区人民政府"),('r',"2023年11月6日")]
page = doc("南宁市青秀区人民政府关于推进社区嵌入式服务设施建设的意见", '''
.w{width:960px;margin:0 auto;border:1px solid #ddd}.banner{background:#16853d;color:#fff;font-size:26px;padding:24px}
.gk td{border:1px solid #b7d7c0;padding:4px 10px;font-size:12px}.gk{border-collapse:collapse;width:96%;margin:10px auto}
.bt{text-align:center;font-size:20px;font-weight:bold;color:#c00}''',
f'''<div class="w"><div class="banner">南宁市青秀区人民政府门户网站</div>
<div>{inline(['首页','青秀概况','新闻中心','信息公开','网上办事','公众参与'],' | ')}　<input placeholder="站内搜索"></div>
<div>您现在的位置：首页 → 信息公开 → 政策文件 → 区政府文件</div>
<table class="gk"><tr><td>索引号</td><td>000000-2023-01523</td><td>发文机关</td><td>南宁市青秀区人民政府</td></tr>
<tr><td>成文日期</td><td>2023年11月06日</td><td>发布日期</td><td>2023年11月10日</td></tr>
<tr><td>文号</td><td>青政发〔2023〕12号</td><td>主题词</td><td>民政 养老 托育</td></tr></table>
<div class="bt">南宁市青秀区人民政府关于推进社区嵌入式服务设施建设的意见</div>
<p style="text-align:center">青政发〔2023〕12号</p>
{bhtml(b, indent=True)}
<p>【<a href="#">打印本页</a>】　【<a href="#">关闭窗口</a>】</p>
<div>{inline(['广西壮族自治区人民政府','南宁市人民政府','南宁市青秀区人大常委会'],'　')}</div>
<p style="text-align:center;font-size:12px">主办：南宁市青秀区人民政府办公室　网站标识码：4501030003<br>桂ICP备10201456号　桂公网安备 45010302000652号</p></div>''')
add('zw-05','gov: official doc 意见 (南宁青秀), 发布日期 in record table',"南宁市青秀区人民政府关于推进社区嵌入式服务设施建设的意见",[],"2023年11月10日",b,page)

# ---------- zw-06 三亚 干部任前公示 list
b = ["根据《党政领导干部选拔任用工作条例》等有关规定，经市委常委会会议研究，拟提拔任用以下同志，现予以公示：",
     "黄文涛，男，汉族，1983年8月生，海南文昌人，研究生学历，管理学硕士，2006年7月参加工作，2005年6月加入中国共产党，现任三亚市崖州区委常委、组织部部长，拟任三亚市天涯区委副书记。",
     "符秋燕，女，黎族，1986年2月生，海南乐东人，大学学历，2008年8月参加工作，2007年11月加入中国共产党，现任三亚市旅游和文化广电体育局副局长，拟任三亚市育才生态区管委会副主任（正处级）。",
     "吉  亮，男，黎族，1981年10月生，海南三亚人，在职研究生学历，2003年9月参加工作，2002年5月加入中国共产党，现任三亚市海棠区吉阳镇党委书记，拟任三亚市农业农村局局长。",
     "公示时间：2024年7月9日至7月15日（5个工作日）。",
     "公示期间，对公示对象有何情况和问题，可通过来电、来信、来访等方式向市委组织部反映。反映问题要实事求是，以真实姓名反映情况的，我们将对反映人严格保密。",
     "受理电话：0898-88361234（传真） 12380",
     "受理网站：www.example-sy12380.cn",
     "通信地址：三亚市吉阳区新风街市委大院3号楼（邮编：572000）",
     ('r',"中共三亚市委组织部"),('r',"2024年7月8日")]
page = doc("三亚市市管领导干部任前公示", '''
.hd{background:#0a7fb5;color:#fff;padding:16px 30px;font-size:24px}.w{width:1000px;margin:0 auto}
h2{text-align:center}.inf{text-align:center;font-size:12px;color:#777;background:#f3f8fb;padding:4px}.foot{background:#333;color:#aaa;font-size:12px;padding:12px;text-align:center}''',
f'''<div class="hd">三亚市人民政府 <span style="font-size:13px">{inline(['简体','繁体','长者模式','无障碍'],' ')}</span></div>
<div class="w"><p>您当前的位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">人事信息</a></p>
<h2>三亚市市管领导干部任前公示</h2>
<div class="inf">来源：中共三亚市委组织部　发布时间：2024-07-08 17:30:45　浏览次数：2318　字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
{bhtml(b)}
<p>分享：<a href="#">微信</a> <a href="#">微博</a></p><p>上一篇：三亚市2024年公开招聘事业单位工作人员拟聘用人员公示</p><p>下一篇：无</p></div>
<div class="foot">版权所有：三亚市人民政府办公室　主办单位：三亚市人民政府办公室　网站标识码：4602000001　琼ICP备05000327号 琼公网安备 46020002000104号</div>''')
add('zw-06','gov: 人事 公示 list (三亚)',"三亚市市管领导干部任前公示",[],"2024-07-08 17:30:45",b,page)

# ---------- zw-07 深圳南山 政策解读 with 解读人
b = ["近日，南山区印发《南山区促进低空经济高质量发展若干措施》（以下简称《若干措施》）。为便于企业和公众理解，现就有关问题解读如下。",
     ('h',"一、《若干措施》出台的背景是什么？"),
     "南山区集聚了无人机整机、飞控系统、低空通信等领域企业400余家，产业基础扎实。但在应用场景开放、起降设施建设和适航审定服务等方面仍存在短板，需要出台针对性政策予以支持。",
     ('h',"二、《若干措施》的支持对象有哪些？"),
     "支持对象为在南山区依法登记注册、具有独立法人资格，从事低空飞行器研发制造、低空运营服务、低空基础设施建设的企业和机构。",
     ('h',"三、主要支持内容有哪些？"),
     "《若干措施》共十二条，重点包括：对新开通的低空物流航线按每条最高100万元给予运营补贴；对建设公共起降点的单位按建设投入的30%给予补助；对取得型号合格证的整机企业给予最高500万元奖励；支持企业牵头制定国际、国家和行业标准。",
     ('h',"四、企业如何申报？"),
     "区工业和信息化局将每年发布申报指南，企业可通过“南山区企业服务平台”在线申报，申报材料实行“一次提交、部门共享”。",
     ('h',"五、《若干措施》何时施行？"),
     "《若干措施》自2025年7月1日起施行，有效期3年。"]
page = doc("《南山区促进低空经济高质量发展若干措施》政策解读", '''
.tb{background:#0d2c6c;color:#cfd8ea;font-size:12px;padding:4px 50px}.tb a{color:#fff}.hd{padding:20px 50px;font-size:26px;color:#0d2c6c}
.c{width:1080px;margin:0 auto}.t{font-size:24px;text-align:center;font-weight:bold}.jd{text-align:center;color:#0d2c6c}.m{text-align:center;color:#999;font-size:13px}
.foot{background:#0d2c6c;color:#cfd8ea;font-size:12px;text-align:center;padding:16px}''',
f'''<div class="tb">{inline(['深圳政府在线','无障碍','关怀版','登录'],' · ')}</div>
<div class="hd">深圳市南山区人民政府 <input placeholder="搜索政策、服务、资讯"></div>
<div class="c"><p>首页 / 政务公开 / 政策解读 / 部门解读</p>
<div class="m">信息来源：南山区工业和信息化局　　发布日期：2025-06-20　　【字号 大 中 小】　　分享：</div>
<div class="t">《南山区促进低空经济高质量发展若干措施》政策解读</div>
<p class="jd">解读人：南山区工业和信息化局副局长 陈立新</p>
{bhtml(b, hstyle='h3')}
<p>相关文件：<a href="#">南山区促进低空经济高质量发展若干措施</a></p>
<p>附件：<a href="#">《若干措施》一图读懂.jpg</a></p></div>
<div class="foot">主办单位：深圳市南山区人民政府办公室　网站标识码：4403050002　粤ICP备11046541号　粤公网安备 44030502000413号<br>扫一扫在手机打开当前页</div>''')
add('zw-07','gov: 政策解读 with 解读人 line (深圳南山)',"《南山区促进低空经济高质量发展若干措施》政策解读",["陈立新"],"2025-06-20",b,page,
    note='解读人 counted as author')

# ---------- zw-08 重庆江北 领导活动, author at end in own paragraph
b = ["6月11日，区委副书记、区长林海涛率队到观音桥街道、寸滩街道调研城市更新和民生项目推进情况。",
     "在观音桥商圈北城天街片区，林海涛实地察看了街区立面改造、地下管网更新和智慧停车系统建设现场，详细询问工程进度和商户经营情况。他指出，观音桥商圈是全市重要的消费地标，城市更新要坚持“留改拆”并举，在提升颜值的同时更要提升品质，让商户有生意、市民有去处、游客有体验。",
     "在寸滩街道港城社区，林海涛走进社区食堂和老年人日间照料中心，同正在就餐的老人拉家常，了解菜品价格和服务评价。他强调，民生实事要办到群众心坎上，各级各部门要紧盯群众“急难愁盼”，把好事办好、实事办实。",
     "调研中，林海涛要求，各责任单位要倒排工期、挂图作战，确保年度目标任务按期完成；要强化安全生产和文明施工管理，最大限度减少施工对群众生活的影响。",
     "区领导汪洋、杜春梅参加调研。"]
page = doc("林海涛调研城市更新和民生项目推进情况-重庆市江北区人民政府", '''
.hd{background:#fff;border-top:6px solid #d40f1b;padding:16px 40px;font-size:28px}.nv{background:#d40f1b}.nv a{color:#fff;margin:0 18px;line-height:40px}
.box{width:1000px;margin:0 auto}h1{font-size:24px}.src span{margin-right:20px;color:#888}''',
f'''<div class="hd">重庆江北 <small>www.cqjb.example.gov.cn</small></div><div class="nv">{inline(['首页','新闻中心','政务公开','政务服务','政民互动','数据发布'])}</div>
<div class="box"><p>当前位置：首页 &gt; 新闻中心 &gt; 领导活动</p>
<h1>林海涛调研城市更新和民生项目推进情况</h1>
<p class="src"><span>日期：2025-06-12</span><span>来源：江北区融媒体中心</span><span>【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></p>
<div><img alt="林海涛在观音桥商圈调研" src="p1.jpg"><p style="text-align:center;color:#666">林海涛在观音桥商圈调研。（江北区融媒体中心供图）</p></div>
{bhtml(b)}
<p>（记者　何晓东　谭  欣）</p>
<p>责任编辑：程雪</p>
<div>上一条：<a href="#">区政府召开第68次常务会议</a><br>下一条：<a href="#">江北区与市属国企座谈交流</a></div></div>
<div style="text-align:center;font-size:12px;margin-top:20px">主办单位：重庆市江北区人民政府办公室 | 网站标识码：5001050001 | 渝ICP备19003257号 | 渝公网安备 50010502000291号</div>''')
add('zw-08','gov: 领导活动, byline own line at end, spaced 2-char name (重庆江北)',"林海涛调研城市更新和民生项目推进情况",["何晓东","谭欣"],"2025-06-12",b,page)

# ---------- zw-09 天津滨海新区 speech
b = ["同志们：",
     "今天召开全区安全生产工作会议，主要任务是深入贯彻落实全市安全生产电视电话会议精神，总结上半年工作，分析当前形势，部署下一阶段任务。刚才，区应急局通报了有关情况，三个单位作了交流发言，讲得都很好，我都赞成。下面，我再讲三点意见。",
     ('h',"一、清醒认识当前安全生产形势"),
     "滨海新区是全国化工企业最集中的区域之一，港口、危化品、燃气、建筑施工等领域风险交织叠加。上半年，全区生产安全事故起数和死亡人数实现“双下降”，但一些企业主体责任落实不到位、隐患整改不彻底的问题依然存在，我们绝不能有丝毫松懈。",
     ('h',"二、扎实抓好重点领域风险防控"),
     "要聚焦港口危险货物储存、城镇燃气、有限空间作业、电动自行车等重点领域，开展拉网式排查。对排查出的重大隐患，一律挂牌督办、限期整改；对整改不到位的，依法依规严肃追责。",
     ('h',"三、层层压实安全生产责任"),
     "各级党政主要负责同志是安全生产第一责任人，要亲自研究、亲自部署、亲自督促。各开发区、各街镇要把安全生产责任落实到每一个岗位、每一名员工，真正做到守土有责、守土担责、守土尽责。",
     "同志们，安全生产责任重于泰山。让我们以更加坚决的态度、更加务实的作风，坚决守牢安全底线，为新区高质量发展创造良好环境。",
     "谢谢大家！"]
page = doc("在全区安全生产工作会议上的讲话", '''
.a{width:980px;margin:0 auto}.hd{font-size:30px;color:#004098;padding:14px 0}.t1{text-align:center;font-size:24px;font-weight:bold;margin-top:16px}
.sp{text-align:center;font-family:KaiTi,serif}.dt{text-align:center;font-family:KaiTi,serif}.bar{background:#f0f4fa;font-size:12px;padding:4px}''',
f'''<div class="a"><div style="font-size:12px;text-align:right">{inline(['无障碍阅读','长辈版','繁體'],' | ')}</div><div class="hd">天津市滨海新区人民政府</div>
<div>{inline(['首页','政务公开','滨海要闻','政务服务','互动交流','投资滨海'],' ')}</div>
<div>位置：<a href="#">首页</a> » <a href="#">政务公开</a> » <a href="#">领导讲话</a></div>
<div class="bar">发布日期：2024年7月16日　来源：区政府办公室　浏览次数：1076</div>
<div class="t1">在全区安全生产工作会议上的讲话</div>
<p class="sp">区长　赵宏伟</p>
<p class="dt">（2024年7月15日）</p>
{bhtml(b, indent=True)}
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
<div>主办单位：天津市滨海新区人民政府办公室　网站标识码：1201160001　津ICP备09009683号-1　津公网安备12011602000107号</div></div>''')
add('zw-09','gov: leader speech (天津滨海新区)',"在全区安全生产工作会议上的讲话",["赵宏伟"],"2024年7月16日",b,page,
    note='speech: authors = speaker; speaker and （2024年7月15日） lines are not body')

# ---------- zw-10 北京海淀 政务公开 record table page (no colons, 2-col layout)
b = ["2024年，海淀区确定为民办实事项目30项，涵盖养老服务、教育托育、城市管理、交通出行、文化体育等领域。截至12月底，30项任务全部完成，现将有关情况公开如下。",
     ('h',"一、养老服务方面"),
     "新建区域养老服务中心6个，新增养老家庭照护床位520张；为全区1.2万户老年人家庭开展适老化改造评估，完成改造1860户。",
     ('h',"二、教育托育方面"),
     "新增中小学学位4200个、普惠托位680个；在34所学校开展课后“一校一品”体育服务，惠及学生2.8万人次。",
     ('h',"三、城市管理和交通方面"),
     "完成老旧小区综合整治21个，治理背街小巷93条；新增公共停车位3100个，建成慢行系统示范道路12公里。",
     ('h',"四、文化体育方面"),
     "建成“城市书房”10处，新建改造全民健身场地56处，举办各类群众性文化活动1100余场。",
     "欢迎社会各界对项目落实情况进行监督，意见建议可拨打12345市民服务热线反映。"]
page = doc("海淀区2024年为民办实事项目完成情况", '''
.wrap{width:1100px;margin:0 auto}.l{float:left;width:220px;background:#f5f5f5}.r{margin-left:240px}.rec{border-collapse:collapse;width:100%;font-size:13px}.rec th{background:#e6eef8;text-align:left;font-weight:normal;width:90px}.rec td,.rec th{border:1px solid #cfdcee;padding:5px}
h2{text-align:center;font-size:22px}''',
f'''<div class="wrap"><div style="background:#0b5ed7;color:#fff;font-size:26px;padding:16px">北京市海淀区人民政府 · 政府信息公开</div>
<p>首页 &gt; 政务公开 &gt; 政府信息公开专栏 &gt; 重点领域信息公开 &gt; 为民办实事</p>
<div class="l">{ul(['政府信息公开指南','政府信息公开制度','法定主动公开内容','政府信息公开年报','依申请公开'])}</div>
<div class="r"><table class="rec"><tr><th>索引号</th><td>000014348/2025-00027</td><th>发文机关</th><td>海淀区人民政府办公室</td></tr>
<tr><th>成文日期</th><td>2025-01-20</td><th>发布日期</th><td>2025-01-22</td></tr>
<tr><th>主题分类</th><td>综合政务</td><th>文号</th><td></td></tr><tr><th>标题</th><td colspan="3">海淀区2024年为民办实事项目完成情况</td></tr></table>
<h2>海淀区2024年为民办实事项目完成情况</h2>
{bhtml(b)}
<p>附件：<a href="#">海淀区2024年为民办实事项目完成情况一览表.xlsx</a></p>
<p><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></p></div>
<div style="clear:both;text-align:center;font-size:12px;border-top:1px solid #ddd">主办：北京市海淀区人民政府办公室 承办：海淀区政务服务和数据管理局 网站标识码：1101080008 京ICP备10008357号 京公网安备 11010802024015号</div></div>''')
add('zw-10','gov: 政务公开 record table without colons (北京海淀)',"海淀区2024年为民办实事项目完成情况",[],"2025-01-22",b,page,
    note='publish_time = 发布日期 cell (table without colons); 附件 link here is furniture (not an official document)')

# ---------- zw-11 上海徐汇 部门动态 info bar glued with no spaces
b = ["为守护夏季餐桌安全，5月下旬以来，徐汇区市场监管局在全区范围内开展夏季餐饮食品安全专项检查，重点检查学校周边餐饮店、网络订餐入网商户和集体用餐配送单位。",
     "检查中，执法人员对照《餐饮服务食品安全操作规范》，重点查看了从业人员健康证明、食品原料进货查验记录、冷藏冷冻设施运行以及餐具清洗消毒等环节，并对凉菜、裱花蛋糕、现榨饮料等高风险食品进行抽样检测。",
     "截至6月2日，累计检查各类餐饮单位862户次，发现并督促整改问题隐患153处，责令停业整顿3户，立案查处违法案件7起，抽检样品210批次，合格率98.1%。",
     "下一步，区市场监管局将持续加大监督检查频次，推动“明厨亮灶”在网络订餐商户中全覆盖，并畅通12315投诉举报渠道，欢迎市民监督。"]
page = doc("徐汇区市场监管局开展夏季餐饮食品安全专项检查", '''
.hd{background:#00337a;color:#fff;padding:18px 40px;font-size:24px}.w{width:1000px;margin:0 auto}h3.tt{font-size:22px;text-align:center}.info{font-size:12px;color:#999;text-align:center}''',
f'''<div class="hd">上海徐汇 <span style="font-size:12px">{inline(['长者模式','无障碍','English'],' | ')}</span></div>
<div class="w"><p>首页&gt;政务公开&gt;部门动态</p>
<h3 class="tt">徐汇区市场监管局开展夏季餐饮食品安全专项检查</h3>
<p class="info">发布日期：2025.06.03来源：徐汇区市场监管局作者：周敏浏览次数：326</p>
{bhtml(b)}
<div>{inline(['微信','微博','复制链接'],' ')}</div><p>上一篇：徐汇区开展“5·20”计量日宣传活动</p><p>下一篇：徐汇区召开电梯安全工作推进会</p></div>
<div style="text-align:center;font-size:12px">网站主办：上海市徐汇区人民政府办公室 网站标识码：3101040001 沪ICP备17043271号-2 沪公网安备31010402001183号</div>''')
add('zw-11','gov: 部门动态, glued info bar 2025.06.03 (上海徐汇)',"徐汇区市场监管局开展夏季餐饮食品安全专项检查",["周敏"],"2025.06.03",b,page)

# ---------- zw-12 佛山顺德 乐从镇 基层动态, 文/图 with unit
b = ["6月1日，乐从镇“家具之都”乡村运动会在葛岸村文体广场开幕，来自全镇17个村（社区）的28支代表队、600余名运动员参加比赛。",
     "本届运动会设置篮球、拔河、趣味接力、龙舟竞渡陆上赛等8个项目，比赛将持续至6月底。开幕式上，葛岸村醒狮队带来精彩的舞狮表演，赢得现场群众阵阵掌声。",
     "“我们村组织了40多人参赛，男女老少都有，大家下班后就练拔河，积极性很高。”沙滘社区代表队队长罗志成说。",
     "近年来，乐从镇持续推进乡村振兴，利用村级闲置用地新建改建文体广场23个，打造“15分钟健身圈”。镇相关负责人表示，将以运动会为纽带，进一步丰富群众精神文化生活，凝聚乡村振兴合力。"]
page = doc("乐从镇乡村运动会开幕 28支代表队同场竞技", '''
.top{font-size:12px;background:#f7f7f7;padding:3px 30px}.hd{padding:16px 30px;font-size:26px;color:#c61f24}.main{width:960px;margin:0 auto}
.t{font-size:22px;font-weight:bold;text-align:center}.m{text-align:center;font-size:12px;color:#666}''',
f'''<div class="top">佛山市顺德区乐从镇人民政府　{inline(['无障碍','长者模式'],' ')}</div><div class="hd">乐从镇人民政府 <input placeholder="请输入关键字"></div>
<div class="main"><p>当前位置：首页 &gt; 镇街动态 &gt; 基层动态</p>
<div class="t">乐从镇乡村运动会开幕 28支代表队同场竞技</div>
<p class="m">发布时间：2020/6/2 09:12:30　来源：乐从镇宣传文体办　字体：【大 中 小】</p>
{bhtml(b)}
<div><img alt="乡村运动会开幕式现场" src="1.jpg"><p>▲开幕式现场。</p></div>
<p>文/图：乐从镇宣传文体办 梁嘉欣</p>
<p>扫一扫在手机打开当前页</p></div>
<div style="text-align:center;font-size:12px">主办：佛山市顺德区乐从镇人民政府 网站标识码：4406060017 粤ICP备05019736号 粤公网安备44060602000245号</div>''')
add('zw-12','gov: 镇 基层动态, 文/图 with unit at end (佛山顺德乐从)',"乐从镇乡村运动会开幕 28支代表队同场竞技",["梁嘉欣"],"2020/6/2 09:12:30",b,page)

# ---------- zw-13 桂林 市统计局 data table, date 星期
b = ["今年1—5月，全市经济运行总体平稳、稳中有进，主要指标增速好于预期。",
     "工业生产稳步回升。全市规模以上工业增加值同比增长5.8%，增速比一季度加快0.9个百分点。其中，电子信息、生物医药产业分别增长12.3%和9.6%。",
     "消费市场持续回暖。受旅游旺季带动，社会消费品零售总额同比增长6.2%，住宿和餐饮业营业额增长11.4%。",
     "主要指标情况见下表：",
     ('t',[["指标","单位","1—5月","同比增长（%）"],["规模以上工业增加值","亿元","—","5.8"],["固定资产投资","亿元","—","3.1"],["社会消费品零售总额","亿元","412.6","6.2"],["接待游客","万人次","5630.2","8.9"]]),
     "下阶段，全市将继续抓好稳增长各项政策落实，推动经济持续回升向好。"]
page = doc("桂林市1—5月经济运行情况", '''
.hd{background:#06715e;color:#fff;padding:16px 40px;font-size:24px}.wrap{width:1000px;margin:0 auto}h1{font-size:22px;text-align:center}''',
f'''<div class="hd">桂林市人民政府门户网站 <span style="font-size:12px">{inline(['壮文版','无障碍','长者版'],' ')}</span></div>
<div class="wrap"><p>首页 &gt; 政务动态 &gt; 部门动态</p>
<h1>桂林市1—5月经济运行情况</h1>
<p style="text-align:center;color:#888">2019年6月18日 星期二　来源：桂林市统计局</p>
{bhtml(b)}
<p>（数据来源：桂林市统计局 注：—表示该指标不公布绝对值）</p>
<p>相关链接：<a href="#">桂林市1—4月经济运行情况</a></p></div>
<div style="text-align:center;font-size:12px">主办：桂林市人民政府办公室　网站标识码：4503000012　桂ICP备05003482号　桂公网安备45030202000118号</div>''')
add('zw-13','gov: 部门动态 with data table, date with 星期 (桂林)',"桂林市1—5月经济运行情况",[],"2019年6月18日 星期二",b,page)

# ---------- zw-14 海南省农业农村厅 部门动态, [date], minority name
b = ["为推进热带特色高效农业发展，5月28日至30日，省农业农村厅组织专家组赴白沙、琼中、五指山等市县，开展橡胶、茶叶和南药产业技术服务活动。",
     "在白沙黎族自治县打安镇，专家组深入橡胶园，现场示范气刺短线割胶技术，并为胶农讲解割面规划和病虫害防治要点。“用了新技术，割胶强度降下来了，产量反而稳住了。”胶农符国新说。",
     "在五指山市水满乡，专家组走访大叶种茶种植基地，就茶园生态管理、夏秋茶加工工艺等问题与合作社负责人交流探讨。",
     "此次活动共举办田间课堂9场，培训农户620余人次，发放技术资料1500余份。"]
page = doc("省农业农村厅组织专家赴市县开展热带特色产业技术服务", '''.hd{background:#2e7d32;color:#fff;padding:14px 30px;font-size:22px}.w{width:980px;margin:0 auto}''',
f'''<div class="hd">海南省农业农村厅</div><div class="w"><p>{inline(['首页','机构概况','政务公开','政务服务','互动交流'],' | ')}</p>
<p>当前位置：首页&gt;厅属动态&gt;部门动态</p>
<h2 style="text-align:center">省农业农村厅组织专家赴市县开展热带特色产业技术服务</h2>
<p style="text-align:center;font-size:12px">[2022-06-03]　作者：热依拉·买买提　来源：省农业技术推广中心　【打印】【关闭】</p>
{bhtml(b)}
<p>上一篇：全省夏季农业防灾减灾工作视频会召开</p></div>
<div style="text-align:center;font-size:12px">主办：海南省农业农村厅 网站标识码：4600000034 琼ICP备09003011号 琼公网安备 46010602000212号</div>''')
add('zw-14','gov: 省厅 部门动态, [date], minority name with dot (海南)',"省农业农村厅组织专家赴市县开展热带特色产业技术服务",["热依拉·买买提"],"2022-06-03",b,page,
    note='printed [2022-06-03]; gold drops the brackets')
