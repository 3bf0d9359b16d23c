"""Government pages vb-01 .. vb-12 (河北, 广东, 四川, 黑龙江)."""
from lib import render, page, GIF

KIND = "government"


def vb01():
    title = "关于做好2025年春季农田水利设施维修养护工作的通知"
    blocks = [
        ("q", "各乡镇人民政府，县直有关部门："),
        ("p", "　　为切实做好今年春季农田水利设施维修养护工作，保障春灌用水和汛期安全，经县政府同意，现将有关事项通知如下。"),
        ("h", "　　一、明确工作范围"),
        ("p", "　　维修养护对象为全县范围内的小型灌区渠系、机井、扬水站、塘坝及田间排水沟。各乡镇要在3月25日前完成摸底排查，逐项建立问题台账，做到底数清、情况明。"),
        ("h", "　　二、突出工作重点"),
        ("p", "　　（一）对损毁渠道进行清淤衬砌，确保输水通畅；（二）对老旧机井更换水泵和配电设施；（三）对病险塘坝落实除险加固措施，汛前不能完成的必须降低水位运行。"),
        ("h", "　　三、强化保障措施"),
        ("p", "　　县水务局要会同县财政局统筹安排维修养护资金，实行以奖代补。各乡镇主要负责同志为第一责任人，要落实管护人员，5月31日前将工作总结报县水务局农水股。"),
        ("p", "　　联系人：郝建新，联系电话：0310-7731562。"),
        ("q", "滦西县人民政府办公室"),
        ("q", "2025年3月14日"),
    ]
    body = render(blocks, p="<p>{}</p>", h="<p><b>{}</b></p>", q='<p style="text-align:right">{}</p>')
    body = body.replace('<p style="text-align:right">各乡镇人民政府，县直有关部门：</p>', "<p>各乡镇人民政府，县直有关部门：</p>")
    css = """
body{margin:0;font:12px/1.8 宋体,SimSun;background:#e9eef3}
table.wrap{width:980px;margin:0 auto;background:#fff}
.top td{background:#1d5fa8;color:#fff;height:90px;font-size:30px;font-weight:bold}
.nav td{background:#0f4a8a;color:#fff;text-align:center}
.nav a{color:#fff;text-decoration:none}
.pos{border-bottom:1px dashed #ccc}
h1{font-size:20px;text-align:center;color:#b00}
.info{text-align:center;border-bottom:1px solid #ddd;color:#666}
.wh{text-align:center}
.foot td{background:#dde5ee;text-align:center;color:#555}
"""
    html = page(title, css, f"""
<table class="wrap" cellpadding="0" cellspacing="0">
<tr class="top"><td colspan="2">滦西县人民政府<br><span style="font-size:12px">www.luanxi.gov.cn</span></td></tr>
<tr><td colspan="2" style="text-align:right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">繁體</a> | <a href="#">无障碍浏览</a></td></tr>
<tr class="nav"><td colspan="2"><table width="100%"><tr><td><a href="#">首 页</a></td><td><a href="#">走进滦西</a></td><td><a href="#">政务公开</a></td><td><a href="#">政务服务</a></td><td><a href="#">互动交流</a></td><td><a href="#">专题专栏</a></td></tr></table></td></tr>
<tr><td class="pos" colspan="2">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">通知公告</a></td></tr>
<tr><td width="200" valign="top">
<table width="100%"><tr><td><b>政务公开</b></td></tr><tr><td><a href="#">政策文件</a></td></tr><tr><td><a href="#">通知公告</a></td></tr><tr><td><a href="#">人事信息</a></td></tr><tr><td><a href="#">财政预决算</a></td></tr></table>
</td><td valign="top">
<table width="100%" border="0">
<tr><td><h1>{title}</h1></td></tr>
<tr><td class="info">发布日期：2025-03-14 &nbsp;&nbsp; 来源：县政府办 &nbsp;&nbsp; 点击数：1268 &nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="wh">滦西政办字〔2025〕9号</td></tr>
<tr><td>{body}</td></tr>
<tr><td style="text-align:right">【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</td></tr>
</table>
</td></tr>
<tr class="foot"><td colspan="2">主办：滦西县人民政府办公室 &nbsp; 承办：滦西县数据和政务服务局<br>冀ICP备05017734号-1 &nbsp; 冀公网安备 13052602000118号 &nbsp; 网站标识码：1305260017<br>建议使用1024×768分辨率浏览</td></tr>
</table>""")
    return dict(id="vb-01", kind=KIND, title=title, authors=[], publish_time="2025-03-14", blocks=blocks, html=html,
                site="河北 滦西县人民政府（县政府门户，2010年前后的表格布局）",
                features="通知：文号行在正文前（不属正文）、主送/署名/成文日期为正文；信息栏含点击数与【字体：大 中 小】；左侧栏目表；无作者")


def vb02():
    title = "石湾岭街道开展“春风送岗”专场招聘会 46家企业提供岗位1300余个"
    blocks = [
        ("p", "3月8日上午，石湾岭街道在社区党群服务中心广场举办“春风送岗”专场招聘会，辖区46家制造、物流和商贸企业现场设摊，提供岗位1300余个，吸引求职者800多人次到场咨询。"),
        ("img", "招聘会现场"),
        ("cap", "▲求职者在招聘会现场咨询岗位信息"),
        ("p", "今年的招聘会首次设置“家门口就业”专区，重点面向辖区脱产在家的妇女和大龄劳动者，推出包装、质检、社区服务等灵活岗位。家住石湾岭社区的何女士在一家陶瓷企业的展位前填写了登记表，她说：“离家走路十分钟，能接送孩子，工资也合适，我想先试试。”"),
        ("p", "街道还在现场设置了政策咨询台，工作人员为企业讲解一次性扩岗补助、社保补贴等政策，为求职者办理失业登记和技能培训报名。据统计，当天初步达成就业意向312人。"),
        ("p", "下一步，街道将依托“15分钟就业服务圈”，每月至少举办一场小型招聘活动，并建立求职者跟踪回访机制，帮助更多居民实现就近就业。"),
        ("x", "文/ 通讯员 梁嘉欣　图/ 区宣"),
        ("x", "编辑：冯子谦　审核：黄志豪"),
    ]
    body = render(blocks, cap='<p class="cap">{}</p>', x='<p class="x">{}</p>', img='<figure><img alt="{}" src="' + GIF + '"></figure>')
    css = """
:root{--c:#c8161d}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;color:#222}
.topbar{display:flex;justify-content:space-between;padding:6px 40px;background:#f6f6f6;font-size:13px}
.brand{padding:22px 40px;background:linear-gradient(90deg,#c8161d,#e8552b);color:#fff;font-size:28px}
nav ul{display:flex;list-style:none;margin:0;padding:0 40px;background:#a30f15}
nav li{padding:12px 18px;color:#fff}
.crumb{max-width:1100px;margin:16px auto;color:#888;font-size:14px}
article{max-width:860px;margin:0 auto}
h1{font-size:28px;line-height:1.4}
.meta{display:flex;gap:24px;color:#999;font-size:14px;border-bottom:1px solid #eee;padding-bottom:10px}
.content p{font-size:17px;line-height:2;text-indent:2em}
.content p.cap,.content p.x{text-indent:0;color:#666;font-size:14px;text-align:center}
.content p.x{text-align:right}
.share{margin:20px 0;color:#666}
footer{margin-top:40px;background:#2b2b2b;color:#bbb;padding:24px 40px;font-size:13px}
"""
    html = page(title, css, f"""
<div class="topbar"><span>您好，欢迎访问佛山市南庄区人民政府网站！</span><span><a href="#">长者模式</a> <a href="#">无障碍</a> <a href="#">简</a>/<a href="#">繁</a> <a href="#">English</a></span></div>
<div class="brand">佛山市南庄区人民政府</div>
<nav><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进南庄</li><li>镇街动态</li></ul></nav>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">镇街动态</a> &gt; <a href="#">石湾岭街道</a> &gt; 正文</div>
<article>
<h1>{title}</h1>
<div class="meta"><span>来源：石湾岭街道办事处</span><span>发布时间：2025-03-10 16:42</span><span>【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div><p>上一篇：<a href="#">石湾岭街道召开2025年安全生产工作部署会</a></p><p>下一篇：<a href="#">街道妇联开展“三八”节关爱活动</a></p></div>
</article>
<footer>
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办单位：佛山市南庄区人民政府办公室　承办单位：南庄区政务服务数据管理局</p>
<p>网站标识码：4406050021　粤ICP备11063819号　粤公网安备 44060502000377号</p>
<p><img alt="政府网站找错" src="{GIF}"> <img alt="党政机关" src="{GIF}"></p>
</footer>""")
    return dict(id="vb-02", kind=KIND, title=title, authors=["梁嘉欣"], publish_time="2025-03-10 16:42", blocks=blocks, html=html,
                site="广东 佛山市南庄区政府·街道动态（2025响应式）",
                features="街道新闻；结尾独立署名行“文/ 通讯员 … 图/ 区宣”（通讯员为作者，图片来源不是）；编辑/审核行；图片alt与▲图注；长者模式/无障碍/简繁链接；上一篇/下一篇")


def vb03():
    title = "《嘉陵市高标准农田建设项目管理办法》政策解读"
    blocks = [
        ("h", "一、制定背景"),
        ("p", "近年来，我市累计建成高标准农田186万亩，但部分项目存在重建设、轻管护，设计与群众需求衔接不够等问题。为进一步规范项目全过程管理，市农业农村局会同市财政局研究制定了《嘉陵市高标准农田建设项目管理办法》（以下简称《办法》）。"),
        ("h", "二、主要内容"),
        ("p", "《办法》共七章三十二条，主要包括总则、项目申报与审批、项目实施、竣工验收、建后管护、监督检查和附则等内容。"),
        ("li", "1. 明确项目区选址原则，优先安排粮食生产功能区和撂荒地整治区域；"),
        ("li", "2. 推行村民代表全程参与设计和监督，设计方案须在村务公开栏公示不少于7天；"),
        ("li", "3. 建立“县包乡、乡包村、村包田块”的管护责任体系，管护经费按每亩每年不低于15元的标准安排；"),
        ("li", "4. 对验收不合格的项目，限期整改，整改期间暂停拨付尾款。"),
        ("h", "三、适用范围"),
        ("p", "《办法》适用于使用中央、省、市、县各级财政资金在本市行政区域内实施的高标准农田新建和改造提升项目。社会资本投入建设的项目参照执行。"),
        ("h", "四、施行时间"),
        ("p", "《办法》自2025年4月1日起施行，有效期5年。"),
        ("p", "如对《办法》有疑问，可咨询市农业农村局农田建设管理科，联系电话：0817-2265318。"),
    ]
    body = render(blocks, h="<p class=\"sub\">{}</p>", ul_open="<div class=\"items\">", ul_close="</div>", li="<p>{}</p>")
    css = """
body{margin:0;background:#f1f4f0;font:15px/1.9 "Microsoft YaHei"}
.hd{background:#2e7d32;color:#fff;padding:18px 60px;font-size:24px}
.hd small{display:block;font-size:12px;opacity:.8}
.menu{background:#fff;padding:10px 60px;border-bottom:3px solid #2e7d32}
.menu span{margin-right:26px}
.main{width:1000px;margin:20px auto;background:#fff;padding:30px 50px}
.loc{font-size:13px;color:#777;margin-bottom:20px}
.tit{font-size:24px;font-weight:bold;text-align:center;color:#1b5e20}
.ly{font-size:13px;color:#888;text-align:center;margin:12px 0 20px}
.sub{font-weight:bold}
.rel{border-top:1px solid #ddd;margin-top:30px}
.ft{background:#2e7d32;color:#e0eee0;text-align:center;padding:20px;font-size:12px}
"""
    html = page(title, css, f"""
<div class="hd">嘉陵市农业农村局<small>JIALING MUNICIPAL BUREAU OF AGRICULTURE AND RURAL AFFAIRS</small></div>
<div class="menu"><span>首页</span><span>机构概况</span><span>政务公开</span><span>政策解读</span><span>农业资讯</span><span>办事服务</span><span>互动交流</span> <input type="text" placeholder="请输入关键字"> 搜索</div>
<div class="main">
<div class="loc">当前位置：首页 &gt; 政务公开 &gt; 政策解读 &gt; 正文</div>
<div class="tit">{title}</div>
<div class="ly">信息来源：市农业农村局　　发布时间：2025年03月20日　　阅读次数：<span>417</span>　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="text">
{body}
</div>
<div class="rel"><p><b>相关链接</b></p><p><a href="#">嘉陵市人民政府办公室关于印发《嘉陵市高标准农田建设项目管理办法》的通知</a></p><p><a href="#">【图解】一图读懂高标准农田建设项目管理</a></p></div>
</div>
<div class="ft">版权所有：嘉陵市农业农村局　地址：嘉陵市顺庆路118号　邮编：637000<br>蜀ICP备09021736号　川公网安备 51130202000412号　网站标识码：5113000034<br>扫一扫在手机打开当前页</div>""")
    return dict(id="vb-03", kind=KIND, title=title, authors=[], publish_time="2025年03月20日", blocks=blocks, html=html,
                site="四川 嘉陵市农业农村局（部门网站，2010年代中期）",
                features="政策解读：编号列表、一二三四小标题；文末咨询电话句为正文；无作者；搜索框占位文字；相关链接；扫一扫")


def vb04():
    title = "王立新在兴安市调研冰雪经济和春耕备耕工作"
    blocks = [
        ("p", "本网讯（记者 刘　畅　赵海鹏）3月17日，市长王立新深入阿木尔区、鹤源县调研冰雪经济发展和春耕备耕工作。他强调，要把冰雪资源优势加快转化为产业优势，抓早抓细春耕生产各项准备，为全年经济社会发展开好局、起好步。"),
        ("p", "在北坡冰雪小镇，王立新详细了解雪季游客接待、冰雪装备租赁和民宿经营情况。今年雪季，小镇累计接待游客42.6万人次，同比增长31%。王立新指出，要延长冰雪旅游链条，推动冰雪运动、冰雪文化、冰雪装备融合发展，谋划好“冰雪+避暑”四季旅游产品，让游客来了留得住。"),
        ("p", "在鹤源县丰禾农机专业合作社，王立新察看大型农机检修保养情况，与合作社负责人算收益账。他说，春耕生产时间紧、任务重，要提前做好种子、化肥、农药等农资储备调运，加强农机具检修和机手培训，确保农时不误、播种质量不降。"),
        ("p", "在鹤源县农资超市，王立新了解农资价格和质量监管情况，要求市场监管部门加大抽检力度，严厉打击假冒伪劣农资，切实保护农民利益。"),
        ("p", "副市长孙振宇，市政府秘书长周宏斌参加调研。"),
        ("x", "责任编辑：姜　楠"),
    ]
    body = render(blocks, x='<div class="zb">{}</div>')
    css = """
body{margin:0;background:url() #fafafa;font:14px/26px "微软雅黑"}
.head{height:120px;background:#0b3d91;color:#fff}
.head .logo{float:left;font-size:32px;padding:40px 0 0 80px}
.head .tools{float:right;padding:10px 80px 0 0;font-size:12px}
.nav{clear:both;background:#08306f;height:44px;line-height:44px;text-align:center}
.nav a{color:#fff;margin:0 20px}
.con{width:1100px;margin:0 auto;background:#fff;overflow:hidden}
.left{float:left;width:760px;padding:20px}
.right{float:right;width:280px;padding:20px 10px;background:#f4f7fb}
.bt{font-size:26px;text-align:center;line-height:40px;color:#0b3d91}
.xx{text-align:center;color:#999;border-bottom:1px solid #ddd;margin:10px 0}
.zw p{text-indent:2em;font-size:16px;line-height:32px}
.zb{text-align:right;color:#777}
.foot{clear:both;background:#eee;text-align:center;padding:20px;color:#666;font-size:12px}
"""
    html = page(title, css, f"""
<div class="head"><div class="logo">兴安市人民政府</div><div class="tools"><a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">繁体版</a> | <a href="#">登录</a> <input type="text" placeholder="搜索本站内容"><button>搜索</button></div></div>
<div class="nav"><a href="#">首页</a><a href="#">兴安概况</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div>
<div class="con">
<div class="left">
<div class="wz">当前位置：<a href="#">首页</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">领导活动</a></div>
<div class="bt">{title}</div>
<div class="xx">2025-03-18 08:15:36　来源：兴安日报　浏览量：2,041　<a href="#">【打印】</a><a href="#">【关闭】</a></div>
<div class="zw">
{body}
</div>
<div class="fx">分享：<a href="#">微信</a> <a href="#">微博</a></div>
</div>
<div class="right"><h4>领导活动</h4><ul><li>张德海主持召开市委常委会会议</li><li>王立新主持召开市政府第26次常务会议</li><li>市领导督导检查森林草原防灭火工作</li></ul><h4>政务微信</h4><p><img alt="兴安发布二维码" src="{GIF}"></p><p>扫一扫关注兴安发布</p></div>
</div>
<div class="foot">兴安市人民政府办公室主办　兴安市大数据中心承办<br>黑ICP备06004285号　黑公网安备 23270002000103号　网站标识码：2327000001</div>""")
    return dict(id="vb-04", kind=KIND, title=title, authors=["刘畅", "赵海鹏"], publish_time="2025-03-18 08:15:36", blocks=blocks, html=html,
                site="黑龙江 兴安市人民政府·领导活动（2010年代浮动布局）",
                features="领导活动；“本网讯（记者 刘　畅　赵海鹏）”在首段内（作者取其中两人，去掉全角空格）；信息栏无标签日期带秒；责任编辑行不是作者；右栏领导活动列表与二维码")


def vb05():
    title = "关于2025年度东王庄镇农村低收入人口动态监测帮扶对象新增人员的公示"
    blocks = [
        ("p", "根据《河北省防止返贫动态监测和帮扶工作实施细则》有关规定，经农户申请、村级民主评议、镇级审核，拟将以下5户纳入2025年度防止返贫动态监测帮扶对象，现予以公示。"),
        ("table", [["序号", "村别", "户主姓名", "家庭人口", "监测类型", "主要风险"],
                   ["1", "前屯村", "杨*华", "4", "边缘易致贫户", "因病"],
                   ["2", "后屯村", "李*明", "3", "突发严重困难户", "因灾"],
                   ["3", "高庄村", "王*芬", "2", "边缘易致贫户", "因残"],
                   ["4", "东王庄村", "刘*军", "5", "突发严重困难户", "因学"],
                   ["5", "小河村", "张*亮", "1", "边缘易致贫户", "因病"]]),
        ("p", "公示时间：2025年3月12日至2025年3月18日（5个工作日）。"),
        ("p", "公示期间，如有异议，请以书面或电话形式向东王庄镇乡村振兴办公室反映。反映情况要实事求是，以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名。"),
        ("p", "监督电话：0318-5126733"),
        ("q", "东王庄镇人民政府"),
        ("q", "2025年3月12日"),
    ]
    body = render(blocks, q='<div align="right">{}</div>', table_open='<table class="gs" width="90%" align="center" border="1" cellpadding="4">')
    css = """
body{font-size:14px;font-family:宋体;margin:0}
#banner{background:#ffe9b0;height:80px;font:bold 28px 黑体;padding:20px 0 0 30px;color:#8a2b00}
#menu{background:#c43b00;padding:6px 30px}
#menu a{color:#fff;margin-right:18px}
#box{width:900px;margin:10px auto;border:1px solid #e3c9a0}
.title{text-align:center;font:bold 18px 宋体;padding:16px}
.date{text-align:center;color:#999;font-size:12px}
.gs td,.gs th{text-align:center}
#bottom{text-align:center;font-size:12px;color:#666;border-top:2px solid #c43b00;margin-top:20px;padding:10px}
"""
    html = page(title, css, f"""
<div id="banner">衡水市安平县东王庄镇人民政府</div>
<div id="menu"><a href="#">网站首页</a><a href="#">镇情概况</a><a href="#">政务公开</a><a href="#">党建园地</a><a href="#">乡村振兴</a><a href="#">便民服务</a></div>
<div id="box">
<div>所在位置：<a href="#">网站首页</a> → <a href="#">政务公开</a> → <a href="#">公示公告</a></div>
<div class="title">{title}</div>
<div class="date">作者：东王庄镇乡村振兴办　　时间：2025/3/12　　阅读：386次</div>
<hr>
{body}
<p>附件下载：<a href="#">东王庄镇2025年新增监测对象名单.xls</a></p>
<p align="center">[<a href="#">返回上页</a>] [<a href="#">打印</a>] [<a href="#">关闭</a>]</p>
</div>
<div id="bottom">版权所有 东王庄镇人民政府 Copyright © 2013-2025<br>地址：东王庄镇政府街6号 电话：0318-5126700<br>冀ICP备13008825号</div>""")
    return dict(id="vb-05", kind=KIND, title=title, authors=[], publish_time="2025/3/12", blocks=blocks, html=html,
                site="河北 衡水市某县东王庄镇政府（乡镇站，老式div+宋体）",
                features="公示：带表头的表格（每行一段）；“作者：”栏写的是部门（非作者，gold为[]）；署名与日期右对齐为正文；附件下载不是正文")


def vb06():
    title = "在全区优化营商环境推进大会上的讲话"
    blocks = [
        ("x", "区委副书记、区长　陈伟雄"),
        ("x", "（2025年2月28日）"),
        ("p", "同志们："),
        ("p", "今天召开全区优化营商环境推进大会，主要任务是总结去年工作，部署今年重点任务，动员全区上下以更大力度打造市场化、法治化、国际化一流营商环境。刚才，几位同志作了很好的发言，我都同意。下面，我讲三点意见。"),
        ("h", "一、正视差距，增强优化营商环境的紧迫感"),
        ("p", "去年以来，全区新增市场主体2.3万户，“一网通办”事项覆盖率达到98%，企业开办时间压缩至半个工作日。但也要清醒看到，我们与先进地区相比还有不小差距：部分审批环节仍然存在“体外循环”，个别部门对企业诉求回应不及时，涉企检查多头重复的问题还没有根本解决。"),
        ("h", "二、聚焦重点，推动营商环境实现新突破"),
        ("p", "一要在审批提速上下功夫。全面推行“拿地即开工”“验收即拿证”，工业项目审批时限再压减20%。二要在要素保障上下功夫。盘活低效工业用地3000亩以上，建设一批高标准厂房，让企业“拎包入驻”。三要在服务企业上下功夫。落实区领导挂点联系企业制度，做到有求必应、无事不扰。"),
        ("h", "三、压实责任，确保各项任务落地见效"),
        ("p", "各镇街、各部门主要负责同志要亲自抓、负总责，把优化营商环境作为“一把手”工程。区督查室要加强跟踪问效，对推诿扯皮、损害营商环境的行为，发现一起、查处一起、通报一起。"),
        ("p", "同志们，营商环境没有最好，只有更好。让我们以只争朝夕的劲头，奋力开创全区高质量发展新局面！"),
    ]
    body = render(blocks, x='<p class="spk">{}</p>', h='<p class="h">{}</p>')
    css = """
body{margin:0;font-family:"Source Han Sans SC","Microsoft YaHei";background:#fff}
.g-top{background:#003f7f;color:#fff;padding:8px 5%;font-size:13px;display:flex;justify-content:space-between}
.g-logo{padding:24px 5%;font-size:30px;color:#003f7f;font-weight:700;border-bottom:4px solid #d7a14a}
.g-nav{display:grid;grid-template-columns:repeat(7,1fr);text-align:center;background:#f3f6fa}
.g-nav a{padding:14px 0;color:#003f7f}
.g-bread{padding:12px 5%;font-size:13px;color:#999}
.g-art{width:70%;margin:0 auto}
.g-art h1{text-align:center;font-size:26px}
.spk{text-align:center;font-family:KaiTi,楷体;font-size:18px;margin:4px}
.g-info{font-size:13px;color:#888;background:#f7f7f7;padding:8px;text-align:center;margin:16px 0}
.h{font-family:黑体;font-size:18px;text-indent:2em}
.g-art p{text-indent:2em;font-size:17px;line-height:2}
.g-foot{background:#003f7f;color:#c9d6e6;padding:26px 5%;font-size:13px}
"""
    html = page(title, css, f"""
<div class="g-top"><span>2025年3月3日 星期一</span><span><a href="#">长者模式</a> <a href="#">无障碍浏览</a> <a href="#">繁體</a></span></div>
<div class="g-logo">惠州市江南区人民政府门户网站</div>
<div class="g-nav"><a href="#">首页</a><a href="#">要闻动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">数据开放</a><a href="#">走进江南</a></div>
<div class="g-bread">当前位置：首页 &gt; 信息公开 &gt; 领导讲话 &gt; 正文</div>
<div class="g-art">
<h1>{title}</h1>
<div class="g-info">时间：2025-03-03 10:00:12 | 来源：区政府办公室 | 【<a href="#">打印</a>】 【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
{body}
<p style="text-indent:0">扫一扫在手机打开当前页 <img alt="二维码" src="{GIF}"></p>
</div>
<div class="g-foot"><p><a href="#">网站地图</a> | <a href="#">关于本网</a> | <a href="#">纠错</a></p><p>主办：惠州市江南区人民政府办公室　承办：惠州市江南区政务服务和数据管理局</p><p>网站标识码：4413020009　粤ICP备05107791号　粤公网安备44130202000208号</p></div>""")
    return dict(id="vb-06", kind=KIND, title=title, authors=["陈伟雄"], publish_time="2025-03-03 10:00:12", blocks=blocks, html=html,
                site="广东 惠州市江南区政府（领导讲话栏目，2020年代栅格布局）",
                features="讲话稿：讲话人行“区委副书记、区长　陈伟雄”和日期行位于标题与信息栏之间（不是正文），作者为讲话人；顶栏日期带星期（不是发布时间）；“同志们：”开头")


def vb07():
    title = "太平村：小院经济“种”出增收新路子"
    blocks = [
        ("p", "走进邛南县白鹤镇太平村，家家户户的房前屋后都收拾得整整齐齐，一畦畦莴笋、蒜苗长势正旺，几户人家的小院里还搭起了食用菌大棚。"),
        ("p", "“以前院坝里堆的都是柴火和杂物，现在种上菜、养上菌，一年能多挣一两万。”村民周大姐一边采摘平菇一边说。去年，村里结合人居环境整治，引导村民利用闲置小院发展庭院经济，由村集体统一提供菌棒和技术指导，再由合作社保底收购。"),
        ("p", "目前，全村已有73户村民发展庭院种植和食用菌栽培，户均年增收1.2万元。村党支部书记杨国华介绍，村里还计划把特色小院串成线路，发展农事体验和乡村民宿。"),
        ("p", "“小院子也能做成大产业。”杨国华说，今年村里将新建一个冷链分拣点，解决村民菌菇销售难题，让小院经济的路子越走越宽。"),
        ("x", "通讯员　何　静　罗　平"),
    ]
    body = render(blocks, p='<p>　　{}</p>', x='<p align="right">{}</p>')
    css = """
body{background:#f3efe3;font-size:14px;margin:0}
.w{width:800px;margin:0 auto;background:#fff;border:1px solid #d8ccb0}
.logo{background:#6b8e23;color:#fff;font-size:24px;padding:16px}
.m{background:#8fbc3f;padding:5px}
.m a{color:#fff;padding:0 10px}
.t{font-size:20px;font-weight:bold;text-align:center;margin-top:20px}
.s{text-align:center;color:#888;font-size:12px}
.c{padding:0 30px;line-height:2}
.f{background:#eee;font-size:12px;text-align:center;padding:8px}
"""
    html = page(title, css, f"""
<div class="w">
<div class="logo">邛南县白鹤镇太平村村务公开网</div>
<div class="m"><a href="#">首页</a>|<a href="#">村情介绍</a>|<a href="#">村务公开</a>|<a href="#">党务公开</a>|<a href="#">产业发展</a>|<a href="#">留言板</a></div>
<p>&nbsp;当前位置：首页 &gt; 产业发展</p>
<div class="t">{title}</div>
<div class="s">发布人：村委会　发布日期：2025年3月6日　点击：97</div>
<div class="c">
{body}
</div>
<p align="center"><a href="#">上一条</a>：村委会2025年2月财务收支公开　<a href="#">下一条</a>：太平村召开春季防火工作会</p>
<div class="f">太平村村民委员会　联系电话：028-8812****<br>技术支持：邛南县大数据中心</div>
</div>""")
    return dict(id="vb-07", kind=KIND, title=title, authors=["何静", "罗平"], publish_time="2025年3月6日", blocks=blocks, html=html,
                site="四川 邛南县太平村村务公开网（村级小站，窄版固定宽度）",
                features="村级站；“发布人：村委会”不是作者；结尾独立行“通讯员　何　静　罗　平”（间隔书写的两字名）；正文用全角空格缩进")


def vb08():
    title = "松阳县生态环境局关于2025年2月全县空气质量状况的通报"
    blocks = [
        ("p", "各乡镇人民政府，县直有关单位："),
        ("p", "现将2025年2月全县环境空气质量状况通报如下："),
        ("h", "一、总体情况"),
        ("p", "2月份，全县环境空气质量优良天数为22天，优良天数比例为78.6%，同比下降3.6个百分点；细颗粒物（PM2.5）平均浓度为41微克/立方米，同比上升2.5%。受采暖季燃煤和不利气象条件影响，月内出现重度污染1天。"),
        ("h", "二、各乡镇排名"),
        ("p", "按照细颗粒物平均浓度由低到高排序，2月份各乡镇排名情况如下："),
        ("table", [["排名", "乡镇", "PM2.5（μg/m³）", "同比变化"],
                   ["1", "青山镇", "33", "-5.7%"],
                   ["2", "柳河乡", "36", "-2.7%"],
                   ["3", "新兴镇", "40", "+0.0%"],
                   ["4", "松阳镇", "45", "+4.7%"],
                   ["5", "红旗乡", "49", "+8.9%"]]),
        ("h", "三、工作要求"),
        ("p", "排名后两位的乡镇要认真分析原因，加强散煤燃烧、秸秆露天焚烧和扬尘管控，于3月20日前将整改措施报县生态环境局。"),
        ("q", "松阳县生态环境局"),
        ("q", "2025年3月5日"),
    ]
    body = render(blocks, q='<p class="r">{}</p>', h='<p><strong>{}</strong></p>', table_open='<table class="t1">')
    css = """
body{margin:0;font:14px/1.8 Arial,"Microsoft YaHei";color:#333}
.header{background:#006d4e;padding:20px 10%;color:#fff}
.header b{font-size:26px}
.header em{font-style:normal;float:right;font-size:12px}
.mnav{background:#e7f2ee;padding:8px 10%}
.mnav a{margin-right:22px;color:#006d4e}
.page{width:80%;margin:auto}
.atitle{font-size:22px;text-align:center;margin:24px 0 8px}
.ameta{text-align:center;font-size:12px;color:#777}
.ameta span{margin:0 8px}
.t1{border-collapse:collapse;margin:10px auto}
.t1 td,.t1 th{border:1px solid #999;padding:3px 12px}
.r{text-align:right}
.related li{list-style:square}
.footer{margin-top:30px;background:#333;color:#aaa;text-align:center;font-size:12px;padding:14px}
"""
    html = page(title, css, f"""
<div class="header"><b>松阳县生态环境局</b><em><a href="#">无障碍</a> · <a href="#">长者版</a> · <a href="#">繁体</a></em></div>
<div class="mnav"><a href="#">首页</a><a href="#">机构职能</a><a href="#">环境质量</a><a href="#">执法监管</a><a href="#">通知公告</a><a href="#">政策法规</a></div>
<div class="page">
<p>位置：<a href="#">首页</a>»<a href="#">环境质量</a>»<a href="#">空气质量</a>»正文</p>
<div class="atitle">{title}</div>
<div class="ameta"><span>松环通〔2025〕7号</span><span>发布时间：2025-03-06</span><span>来源：县生态环境局</span><span>访问量：653</span></div>
<div class="art">
{body}
</div>
<div class="related"><p>相关文章</p><ul><li><a href="#">关于2025年1月全县空气质量状况的通报</a></li><li><a href="#">关于2024年12月全县空气质量状况的通报</a></li></ul></div>
</div>
<div class="footer">主办单位：松阳县生态环境局 | 地址：松阳县建设大街77号<br>黑ICP备18002417号-2 | 网站标识码：2312240023 | 黑公网安备 23122402000019号</div>""")
    return dict(id="vb-08", kind=KIND, title=title, authors=[], publish_time="2025-03-06", blocks=blocks, html=html,
                site="黑龙江 松阳县生态环境局（县级部门站）",
                features="通报：文号放在信息栏里与发布时间同行（不是正文）；排名表；成文日期（3月5日）与发布时间（3月6日）不同；相关文章列表")


def vb09():
    title = "河北省人力资源和社会保障厅关于同意设立邢台经济开发区人力资源服务产业园的批复"
    blocks = [
        ("p", "邢台市人力资源和社会保障局："),
        ("p", "你局《关于申请设立邢台经济开发区人力资源服务产业园的请示》（邢人社字〔2025〕11号）收悉。经研究，现批复如下："),
        ("p", "一、同意设立邢台经济开发区人力资源服务产业园，由邢台经济开发区管委会负责建设运营，你局负责业务指导和监督管理。"),
        ("p", "二、产业园要坚持“政府引导、市场运作、企业主体”的原则，重点引进招聘、培训、劳务派遣、人力资源外包和测评等业态，三年内入驻机构不少于40家。"),
        ("p", "三、要建立健全产业园入驻、退出和绩效评估机制，落实各项扶持政策，加强事中事后监管，防止出现“只挂牌、不运营”现象。"),
        ("p", "四、产业园运营情况请于每年1月底前报我厅人力资源流动管理处。"),
        ("p", "此复。"),
        ("q", "河北省人力资源和社会保障厅"),
        ("q", "2025年3月11日"),
        ("p", "（此件主动公开）"),
    ]
    body = render(blocks, q='<p style="text-align:right;padding-right:3em">{}</p>', p='<p style="text-indent:2em">{}</p>')
    body = body.replace('<p style="text-indent:2em">邢台市人力资源和社会保障局：</p>', '<p>邢台市人力资源和社会保障局：</p>')
    css = """
body{margin:0;background:#f4f4f4;font-family:"Microsoft YaHei"}
.hdr{background:#fff;border-bottom:3px solid #1560bd;padding:16px 12%}
.hdr .n{font-size:26px;color:#1560bd;font-weight:bold}
.hdr .u{float:right;font-size:13px}
.nv{background:#1560bd;padding:0 12%}
.nv a{display:inline-block;color:#fff;padding:12px 16px}
.xxgk{width:76%;margin:20px auto;background:#fff;padding:20px 40px}
.xxgk table.idx{width:100%;border:1px solid #cfdcee;background:#f5f9ff;font-size:13px}
.xxgk table.idx td{padding:4px 8px}
.xxgk h2{text-align:center;color:#c00;font-size:22px;margin:26px 0 6px}
.wh{text-align:center;font-size:14px;margin-bottom:18px}
.xxgk p{font-size:16px;line-height:2}
.ftr{background:#1a3a66;color:#c0cde0;text-align:center;padding:20px;font-size:12px}
"""
    html = page(title, css, f"""
<div class="hdr"><span class="u"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></span><span class="n">河北省人力资源和社会保障厅</span></div>
<div class="nv"><a href="#">首页</a><a href="#">机构概况</a><a href="#">新闻动态</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a></div>
<div class="xxgk">
<p>当前位置：首页 &gt; 政府信息公开 &gt; 法定主动公开内容 &gt; 其他文件</p>
<table class="idx"><tr><td>索引号：000014349/2025-00317</td><td>主题分类：劳动、人事、监察</td></tr>
<tr><td>发文机关：河北省人力资源和社会保障厅</td><td>成文日期：2025年03月11日</td></tr>
<tr><td>标　　题：{title}</td><td></td></tr>
<tr><td>发文字号：冀人社函〔2025〕42号</td><td>发布日期：2025年03月13日</td></tr></table>
<h2>{title}</h2>
<div class="wh">冀人社函〔2025〕42号</div>
{body}
<p style="text-align:center">【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="ftr">主办：河北省人力资源和社会保障厅　承办：河北省人力资源和社会保障信息中心<br>冀ICP备10202468号-1　冀公网安备 13010202001811号　网站标识码：1300000058</div>""")
    return dict(id="vb-09", kind=KIND, title=title, authors=[], publish_time="2025年03月13日", blocks=blocks, html=html,
                site="河北 省人社厅政府信息公开页（索引表+正文）",
                features="批复：信息公开索引表重复标题、成文日期与发布日期两个日期（gold取发布日期）；文号在表与标题下各出现一次；主送、署名、成文日期、“（此件主动公开）”为正文")


def vb10():
    title = "市应急管理局组织开展危化品企业“开工第一课”专项检查"
    blocks = [
        ("p", "为压实节后复工复产安全生产责任，2月17日至21日，江海市应急管理局组织5个检查组，对全市重点危险化学品生产、储存企业开展“开工第一课”专项检查。"),
        ("img", "检查组在企业储罐区检查"),
        ("cap", "检查组人员在企业储罐区查看液位报警装置"),
        ("p", "检查组深入企业生产车间、储罐区和中控室，重点检查复工前安全条件确认、特殊作业审批、重大危险源包保责任落实以及应急物资储备等情况，并随机抽考企业员工应急处置技能。"),
        ("p", "“节后复工是事故易发期，设备停用后重新启动、人员思想松懈，都可能埋下隐患。”检查组组长、局危化品安全监管科科长李振东说，企业主要负责人必须亲自给员工上好开工第一课，把风险讲透、把规矩立起来。"),
        ("p", "此次检查共抽查企业37家，发现并督促整改隐患126项，对2家企业的违法行为立案查处。对检查中发现的共性问题，市应急管理局将于3月上旬召开专题警示会，并组织“回头看”复查。"),
    ]
    body = render(blocks, img='<div class="ph"><img alt="{}" src="' + GIF + '">', cap='<span>{}</span></div>')
    css = """
*{box-sizing:border-box}
body{margin:0;font-family:-apple-system,"Microsoft YaHei";color:#333;background:#f8f8f8}
header{background:#fff;box-shadow:0 2px 6px #ddd}
.hd-in{max-width:1200px;margin:0 auto;padding:14px 0;display:flex;align-items:center;justify-content:space-between}
.hd-in .logo{font-size:26px;color:#e56600;font-weight:700}
.mn{max-width:1200px;margin:0 auto;display:flex;gap:30px;padding:10px 0;border-top:1px solid #eee}
.box{max-width:1200px;margin:20px auto;display:flex;gap:24px}
.art{flex:3;background:#fff;padding:30px}
.side{flex:1;background:#fff;padding:20px}
.art h1{font-size:26px;margin:0 0 14px}
.tags{color:#999;font-size:13px}
.ph{text-align:center;margin:16px 0}
.ph span{display:block;color:#555;font-size:14px}
.art p{font-size:16px;line-height:1.9;text-indent:2em}
.btm{display:flex;justify-content:space-between;margin-top:20px;font-size:14px}
footer{background:#222;color:#999;padding:20px;text-align:center;font-size:12px}
"""
    html = page(title, css, f"""
<header><div class="hd-in"><span class="logo">江海市应急管理局</span><span><input placeholder="请输入搜索关键词"> <a href="#">搜索</a> <a href="#">无障碍</a> <a href="#">关怀模式</a></span></div>
<div class="mn"><a href="#">首页</a><a href="#">机构概况</a><a href="#">工作动态</a><a href="#">应急救援</a><a href="#">安全监管</a><a href="#">政务公开</a><a href="#">互动交流</a></div></header>
<div class="box">
<div class="art">
<div class="tags">当前位置： 首页 / 工作动态 / 本局动态</div>
<h1>{title}</h1>
<div class="tags">发布时间：2025-02-24来源：江海市应急管理局作者：危化科 浏览次数：<b>932</b></div>
{body}
<div class="btm"><span>【<a href="#">打印</a>】【<a href="#">关闭</a>】</span><span>分享到： <a href="#">微信</a> <a href="#">微博</a></span></div>
<p>上一篇：<a href="#">江海市召开2025年全市安全生产工作会议</a><br>下一篇：<a href="#">市应急管理局开展春季森林防灭火宣传</a></p>
</div>
<div class="side"><h3>热点专题</h3><p><a href="#">安全生产月</a></p><p><a href="#">防灾减灾日</a></p><p><a href="#">三年行动</a></p></div>
</div>
<footer>江海市应急管理局 版权所有　地址：江海市蓬莱路36号　邮编：529000<br>网站标识码：4407000073　粤ICP备14077218号　粤公网安备44070302000921号</footer>""")
    return dict(id="vb-10", kind=KIND, title=title, authors=[], publish_time="2025-02-24", blocks=blocks, html=html,
                site="广东 江海市应急管理局（2020年代flex布局）",
                features="信息栏粘连“发布时间：2025-02-24来源：…作者：危化科”（作者栏是科室，gold为[]）；图片alt+图注；正文引语带职务人名（非作者）；侧栏专题")


def vb11():
    title = "青衣江区人民政府关于公开征求《青衣江区城区养犬管理办法（征求意见稿）》意见的公告"
    blocks = [
        ("p", "为规范城区养犬行为，保障公民人身安全和身体健康，维护市容环境和社会秩序，区司法局会同区公安分局起草了《青衣江区城区养犬管理办法（征求意见稿）》，现向社会公开征求意见。公众可通过以下途径和方式提出意见建议："),
        ("li", "（一）通过电子邮件将意见建议发送至qyjsfj2025@163.com，邮件主题请注明“养犬管理办法意见”。"),
        ("li", "（二）通过信函方式将意见建议邮寄至青衣江区滨江路二段19号区司法局合法性审查股（邮编：614000），并在信封上注明“养犬管理办法意见”字样。"),
        ("li", "（三）登录区人民政府门户网站“政民互动—意见征集”栏目提出意见建议。"),
        ("p", "意见反馈截止时间为2025年4月18日。"),
        ("p", "附件：青衣江区城区养犬管理办法（征求意见稿）"),
        ("q", "青衣江区人民政府"),
        ("q", "2025年3月19日"),
    ]
    body = render(blocks, ul_open='<div class="way">', ul_close="</div>", li="<p>{}</p>", q='<p class="sign">{}</p>')
    css = """
body{margin:0;font-family:"Microsoft YaHei";background:#eef3f8}
.top{background:url() #0a5cae;color:#fff;padding:0 15%;height:110px;display:flex;align-items:center;font-size:30px;letter-spacing:4px}
.mode{position:absolute;top:8px;right:15%;font-size:12px}
.mode a{color:#fff}
.nav{background:#fff;text-align:center;padding:12px;border-bottom:1px solid #ccd}
.nav a{margin:0 22px;font-size:17px;color:#0a5cae}
.cnt{width:70%;margin:20px auto;background:#fff;padding:30px 60px}
.cnt .t{font-size:24px;font-weight:bold;text-align:center;line-height:1.6}
.cnt .m{margin:20px 0;text-align:center;font-size:14px;color:#999}
.cnt p{font-size:16px;line-height:2;text-indent:2em}
.sign{text-align:right}
.qr{float:right;text-align:center;font-size:12px}
.bt{background:#0a5cae;color:#e6eef7;padding:22px 15%;font-size:13px}
"""
    html = page(title, css, f"""
<div class="top">乐山市青衣江区人民政府</div>
<div class="mode"><a href="#">无障碍</a> <a href="#">适老版</a> <a href="#">繁</a></div>
<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">走进青衣江</a></div>
<div class="cnt">
<div>您当前的位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="qr"><img alt="" src="{GIF}"><br>手机扫码阅读</div>
<div class="t">{title}</div>
<div class="m">发布时间：2025年03月19日 17:06 | 来源：青衣江区司法局 | 浏览：<span>1,102</span> | 字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
{body}
<p style="text-indent:0">附件下载：<a href="#">青衣江区城区养犬管理办法（征求意见稿）.docx</a></p>
<p style="text-indent:0;font-size:13px"><a href="#">【我要纠错】</a> <a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></p>
</div>
<div class="bt">主办：乐山市青衣江区人民政府办公室　运维：青衣江区大数据中心　联系电话：0833-2108866<br>网站标识码：5111020001　蜀ICP备12009833号　川公网安备 51110202000058号</div>""")
    return dict(id="vb-11", kind=KIND, title=title, authors=[], publish_time="2025年03月19日 17:06", blocks=blocks, html=html,
                site="四川 乐山市青衣江区人民政府（通知公告，2020年代居中卡片）",
                features="征求意见公告：（一）（二）（三）列表行；公文内“附件：…”为正文而下载链接不是；署名与日期为正文；空alt二维码与“手机扫码阅读”")


def vb12():
    title = "红旗街道：冰雪运动进社区 老少同乐迎新春"
    blocks = [
        ("p", "2月9日，哈尔滨市道里区红旗街道在滨江社区文化广场举办“冰雪运动进社区”活动，300余名居民参加冰上陀螺、雪地拔河、冰壶体验等趣味项目。"),
        ("p", "活动现场，孩子们在志愿者的指导下第一次尝试推冰壶，老人们则在冰场一角抽起了冰嘎儿。“小时候在松花江上抽冰嘎儿，一抽就是一下午。”72岁的居民孙大爷说，“现在孩子们也喜欢玩，咱们这老手艺算是传下去了。”"),
        ("h", "家门口的冰场 天天有人来"),
        ("p", "今年入冬以来，红旗街道利用社区闲置空地浇筑了3块公益冰场，配备冰鞋、冰车等器材免费借用，还邀请退休体育教师每周末开设冰上课堂。据统计，公益冰场累计接待居民1.6万人次。"),
        ("h", "志愿服务 暖心护航"),
        ("p", "为保障活动安全，街道组织社区医生、网格员和青年志愿者组成服务队，在冰场周边设置热水供应点和医疗救护点。街道党工委书记吴晓光表示，将持续开展群众性冰雪运动，让冰天雪地真正成为居民身边的“金山银山”。"),
        ("x", "撰稿：韩雪梅　摄影：邵　斌　审核：吴晓光"),
    ]
    body = render(blocks, h='<h4>{}</h4>', x='<div class="zg">{}</div>')
    css = """
body{margin:0;background:#dfeaf4;font:15px/1.9 "Microsoft YaHei"}
.ban{background:#4a7fb5;color:#fff;text-align:center;padding:30px;font-size:28px}
.ban small{display:block;font-size:14px}
.nv{background:#2f5f8f;text-align:center}
.nv a{display:inline-block;padding:10px 20px;color:#fff}
.wrap{width:1000px;margin:16px auto;background:#fff;padding:24px 40px}
h1{font-size:24px;text-align:center}
.info{display:flex;justify-content:center;gap:18px;font-size:13px;color:#888}
.zg{margin-top:16px;color:#666;font-size:14px}
.fy{display:flex;justify-content:space-between;border-top:1px dashed #ccc;margin-top:20px;padding-top:10px}
.dz{text-align:center;font-size:12px;color:#557;padding:16px}
"""
    html = page(title, css, f"""
<div class="ban">哈尔滨市道里区红旗街道办事处<small>红旗街道 · 幸福家园</small></div>
<div class="nv"><a href="#">首页</a><a href="#">街道概况</a><a href="#">工作动态</a><a href="#">社区风采</a><a href="#">便民服务</a><a href="#">党建引领</a></div>
<div class="wrap">
<p>首页 &gt; 工作动态 &gt; 正文</p>
<h1>{title}</h1>
<div class="info"><span>日期：2025年02月10日</span><span>来源：红旗街道</span><span>阅读次数：215</span><span><a href="#">打印</a></span></div>
{body}
<div class="fy"><span>上一篇：<a href="#">红旗街道召开2025年工作部署会</a></span><span>下一篇：<a href="#">滨江社区开展元宵节猜灯谜活动</a></span></div>
</div>
<div class="dz">哈尔滨市道里区红旗街道办事处 主办　地址：道里区红旗大街168号<br>黑ICP备15006631号-3</div>""")
    return dict(id="vb-12", kind=KIND, title=title, authors=["韩雪梅"], publish_time="2025年02月10日", blocks=blocks, html=html,
                site="黑龙江 哈尔滨市道里区红旗街道（街道小站）",
                features="街道新闻：两个小标题；文末“撰稿：韩雪梅　摄影：邵　斌　审核：吴晓光”——撰稿人是作者，摄影与审核不是；审核人也在正文中出现")


PAGES = [vb01, vb02, vb03, vb04, vb05, vb06, vb07, vb08, vb09, vb10, vb11, vb12]
