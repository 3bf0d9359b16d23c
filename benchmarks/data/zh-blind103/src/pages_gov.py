from lib import page, doc, nav, ul, img, GIF

G = "government"

# wz-01 广西 柳州市鱼峰区 portal, 2023 design, info bar under headline, spaced author name
T = "鱼峰区党政主要负责同志调研重点项目建设和安全生产工作"
page("wz-01", G, T, ["覃莉"], "2025-04-15 10:23", [
    "4月14日，区委书记韦正明，区委副书记、区长蒙晓东率队深入部分重点项目建设现场和企业，实地调研项目推进及安全生产工作。区领导梁建伟、陆海平参加调研。",
    ("img", "调研现场", "调研组在柳东片区综合管廊项目现场了解施工进度。"),
    "在柳东片区综合管廊项目现场，调研组详细了解项目总体规划、施工进度和资金保障情况。韦正明指出，要倒排工期、挂图作战，在确保安全和质量的前提下加快施工进度，争取早日建成投用。",
    "在广西某汽车零部件企业生产车间，调研组察看生产线运行情况，询问企业订单、用工和安全管理情况。蒙晓东要求，企业要压紧压实安全生产主体责任，常态化开展隐患排查整治，相关部门要主动靠前服务，帮助企业解决用地、融资、用工等方面的实际困难。",
    "调研组强调，当前正值二季度项目建设黄金期，各级各部门要坚持“项目为王”，聚焦“开门红”“双过半”目标，以项目建设的加速度推动全区经济高质量发展。",
], lambda b: doc(T + "_鱼峰区人民政府门户网站", """
body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}
.top{background:#f2f2f2;font-size:12px;padding:4px 40px}.top a{margin-right:12px}
.banner{background:#b5171c;color:#fff;padding:26px 40px;font-size:30px}
.nav a{display:inline-block;color:#fff;background:#8e0f13;padding:8px 22px}
.wrap{width:1100px;margin:0 auto}.crumb{padding:10px 0;border-bottom:1px solid #ddd}
h1{text-align:center;font-size:26px;color:#b5171c}.info{text-align:center;color:#888;font-size:13px}
.info span{margin:0 10px}.pic{text-align:center}.cap{text-align:center;font-size:13px;color:#666}
.foot{background:#333;color:#bbb;text-align:center;padding:20px;font-size:12px}""", f"""
<div class="top"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">智能问答</a><a href="#">English</a><span>2025年4月15日 星期二</span></div>
<div class="banner">柳州市鱼峰区人民政府门户网站<div style="font-size:14px">www.yufeng.gov.cn</div>
<form><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
{nav(["首页","走进鱼峰","政务公开","政务服务","互动交流","专题专栏","数据开放"])}
<div class="wrap">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">鱼峰要闻</a> &gt; 正文</div>
<h1>{T}</h1>
<div class="info"><span>发布时间：2025-04-15 10:23</span><span>来源：鱼峰区融媒体中心</span><span>作者：覃&nbsp;&nbsp;莉</span><span>浏览次数：312</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content">{b}</div>
<p style="text-align:right">责任编辑：龙晓彤</p>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="pn"><p>上一篇：<a href="#">鱼峰区召开2025年第一季度经济运行分析会</a></p><p>下一篇：<a href="#">区人大常委会开展“两法”执法检查</a></p></div>
{ul(["鱼峰区启动2025年城乡环境综合整治百日攻坚行动","白沙镇举办春季农民工专场招聘会","区领导督导检查清明祭扫安全工作"], head="相关阅读")}
</div>
<div class="foot"><p>主办：柳州市鱼峰区人民政府办公室　承办：鱼峰区大数据发展服务中心</p>
<p>网站标识码：4502030021　<a href="#">桂ICP备05004218号-3</a>　<img alt="" src="{GIF}">桂公网安备 45020302000317号</p>
<p>联系电话：0772-2861203　<a href="#">网站地图</a>　<a href="#">联系我们</a></p></div>"""), features="responsive portal; spaced author name in info bar (覃  莉); caption; 责任编辑 line; accessibility links", site="广西 柳州市鱼峰区人民政府")

# wz-02 安徽 霍邱县 通知 with 信息公开 metadata table
T = "霍邱县人民政府办公室关于做好2025年春季农业生产工作的通知"
page("wz-02", G, T, [], "2025-04-16", [
    "各乡镇人民政府，县政府各部门、各直属机构：",
    "为切实抓好今年春季农业生产，确保粮食安全和重要农产品稳定供给，经县政府同意，现就有关事项通知如下：",
    ("h", "一、稳定粮食播种面积"),
    "各乡镇要将粮食生产目标任务分解到村、落实到户、明确到田块，全年粮食播种面积稳定在210万亩以上。严格落实耕地利用优先序，坚决遏制耕地“非农化”、防止“非粮化”。",
    ("h", "二、抓好农资供应和价格监管"),
    "县农业农村局、县市场监管局要加强种子、化肥、农药等农资市场监管，开展春季农资打假专项行动，严厉打击制售假冒伪劣农资行为，保障农民群众合法权益。",
    ("h", "三、强化技术指导服务"),
    "组织农技人员深入田间地头，开展小麦赤霉病、条锈病等重大病虫害统防统治，推广测土配方施肥、病虫害绿色防控等技术，提高农业生产科技水平。",
    ("h", "四、加强组织保障"),
    "各乡镇、各有关部门要高度重视春季农业生产工作，主要负责同志要亲自部署、亲自调度。工作中遇到的重大问题请及时报告县政府。",
    ("right", "霍邱县人民政府办公室"),
    ("right", "2025年4月14日"),
], lambda b: doc(T, """
body{font-family:SimSun;font-size:14px;margin:0}.head{height:120px;background:#1d5fa8;color:#fff;font-size:28px;padding:30px}
.gk{border-collapse:collapse;width:960px;margin:10px auto}.gk td{border:1px solid #c6d6ea;padding:6px;font-size:13px}
.doc{width:900px;margin:0 auto}h1{text-align:center;color:#c00;font-size:24px}.wh{text-align:center}
.tools{text-align:right}.foot{border-top:3px solid #1d5fa8;text-align:center;font-size:12px;padding:14px}""", f"""
<div class="head">霍邱县人民政府<span style="font-size:14px">信息公开</span></div>
{nav(["首页","信息公开指南","信息公开制度","法定主动公开内容","信息公开年报","依申请公开"], sep=" | ")}
<div>您的位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">县政府办公室</a> &gt; <a href="#">通知公告</a></div>
<table class="gk">
<tr><td>索引号：</td><td>11341522003210487X/202504-00021</td><td>组配分类：</td><td>政府办文件</td></tr>
<tr><td>发布机构：</td><td>霍邱县人民政府办公室</td><td>主题分类：</td><td>农业、林业、水利</td></tr>
<tr><td>名称：</td><td>{T}</td><td>文号：</td><td>霍政办秘〔2025〕18号</td></tr>
<tr><td>成文日期：</td><td>2025-04-14</td><td>发布日期：</td><td>2025-04-16</td></tr>
<tr><td>有效性：</td><td>有效</td><td>生效日期：</td><td>2025-04-14</td></tr>
</table>
<div class="doc">
<h1>{T}</h1>
<p class="wh">霍政办秘〔2025〕18号</p>
{b}
<div class="tools">【<a href="#">我要纠错</a>】【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<p>相关附件：<a href="#">2025年春季农业生产重点任务分解表.docx</a></p>
{ul(["霍邱县2025年粮食生产工作方案解读","县政府召开春季农业生产暨森林防火工作会议"], head="相关文件")}
</div>
<div class="foot">主办：霍邱县人民政府办公室　承办：霍邱县数据资源管理局<br>网站标识码：3415220007　皖ICP备05021893号　皖公网安备 34152202000112号<br>地址：霍邱县城关镇光明大道188号　电话：0564-6021356</div>"""),
    features="信息公开 metadata table (成文日期 vs 发布日期, 文号); 文号 line under headline (not body); 主送 line, 署名, 成文日期 as body; numbered sub-headings", site="安徽 霍邱县人民政府")

# wz-03 陕西 凤翔区 柳林镇, old table layout, 文/图 own line
T = "柳林镇召开春季森林防火工作推进会"
page("wz-03", G, T, ["杨帆"], "2025年4月15日", [
    "为切实做好春季森林防火工作，确保全镇森林资源和人民群众生命财产安全，4月14日下午，柳林镇召开春季森林防火工作推进会。镇党委书记、镇长，各村（社区）党支部书记、护林员共计60余人参加会议。",
    "会议传达学习了区森林防火指挥部近期会议精神，通报了前期森林防火检查中发现的问题。会议要求，各村要进一步压实责任，严格落实“包村、包组、包山头、包地块”网格化管理措施，做到山有人管、林有人护、火有人防、责有人担。",
    "会议强调，清明节后仍是森林火灾易发高发期，各村要加大巡山护林频次，严禁野外用火，坚决杜绝上坟烧纸、焚烧秸秆等行为；要加强宣传教育，利用广播、微信群、入户走访等多种形式宣传森林防火知识；要严格值班值守，确保一旦发生火情能够迅速处置。",
    "会后，镇包村干部分赴各村开展森林防火督导检查。",
    ("x", '<p align="right">文/图：杨帆</p>'),
], lambda b: doc(T + "-柳林镇人民政府", """
body{margin:0;font-size:12px;font-family:宋体}table{border-collapse:collapse}.t1{background:#e9f3e1}
.title{font-size:20px;font-weight:bold;color:#1a5c00;text-align:center;padding:14px}.c{line-height:24px;font-size:14px;padding:10px 30px}""", f"""
<table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td height="110" bgcolor="#2f7a12"><font color="#ffffff" size="6">凤翔区柳林镇人民政府</font></td></tr>
<tr><td class="t1"><a href="#">网站首页</a> | <a href="#">镇情概况</a> | <a href="#">政务动态</a> | <a href="#">通知公告</a> | <a href="#">党建工作</a> | <a href="#">乡村振兴</a> | <a href="#">便民服务</a></td></tr>
</table>
<table width="980" align="center"><tr>
<td width="220" valign="top">{ul(["镇情简介","领导分工","机构设置","联系方式"], head="镇情概况")}{ul(["柳林镇开展“学雷锋”志愿服务活动","柳林镇召开2025年经济工作会议"], head="最新动态")}</td>
<td valign="top">
<table width="100%"><tr><td>您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务动态</a> &gt;&gt; 正文</td></tr></table>
<table width="100%"><tr><td class="title">{T}</td></tr>
<tr><td align="center">作者：柳林镇　来源：本站原创　点击数：87　更新时间：2025年4月15日</td></tr>
<tr><td class="c">{b}</td></tr>
<tr><td>【<a href="#">发表评论</a>】【<a href="#">告诉好友</a>】【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="#">柳林镇开展安全生产大检查</a><br>下一篇：<a href="#">柳林镇组织收看全区干部大会</a></td></tr>
</table></td></tr></table>
<table width="980" align="center"><tr><td align="center" bgcolor="#2f7a12"><font color="#fff">版权所有：宝鸡市凤翔区柳林镇人民政府　技术支持：凤翔区信息中心<br>陕ICP备10007732号　网站标识码：6103220019</font></td></tr></table>"""),
    features="2010s table layout; info bar '作者：柳林镇' names the unit not a writer; real writer in closing '文/图：杨帆' line; 点击数", site="陕西 宝鸡市凤翔区柳林镇")

# wz-04 吉林 辉南县农业农村局 公示 with table
T = "辉南县2025年高标准农田建设项目拟验收名单公示"
page("wz-04", G, T, [], "2025年04月17日 09:40", [
    "根据《高标准农田建设质量管理办法（试行）》和省农业农村厅有关要求，我局组织对2024年度高标准农田建设项目进行了竣工验收初验，现将拟通过验收的项目名单予以公示。",
    ("tb", [["序号", "项目名称", "建设地点", "建设规模（万亩）"],
            ["1", "辉南县2024年朝阳镇高标准农田建设项目", "朝阳镇", "1.20"],
            ["2", "辉南县2024年样子哨镇高标准农田建设项目", "样子哨镇", "0.86"],
            ["3", "辉南县2024年楼街朝鲜族乡高标准农田建设项目", "楼街朝鲜族乡", "0.54"]]),
    "公示时间：2025年4月17日至2025年4月23日（共5个工作日）。",
    "公示期间，如对公示项目有异议，请以书面形式实名反映，并提供必要的证明材料。以单位名义反映的，须加盖单位公章。",
    "联系电话：0435-8212647",
    "联系地址：辉南县朝阳镇辉发大街1198号县农业农村局农田建设管理科",
    ("right", "辉南县农业农村局"),
    ("right", "2025年4月17日"),
], lambda b: doc(T, """
*{box-sizing:border-box}body{margin:0;background:#f4f7fb;font:15px/1.9 "PingFang SC",sans-serif}
header{background:linear-gradient(#0b4ea2,#1b74d8);color:#fff;padding:20px 8%}.sub{font-size:13px;opacity:.8}
main{max-width:1000px;margin:20px auto;background:#fff;padding:30px 50px}h2{font-size:24px;text-align:center}
.meta{display:flex;justify-content:center;gap:24px;color:#999;font-size:13px}.dt{width:100%}.dt td,.dt th{padding:6px}
footer{text-align:center;color:#777;font-size:12px;padding:20px}""", f"""
<header><div class="sub"><a href="#">长者模式</a> <a href="#">无障碍浏览</a></div><div style="font-size:26px">辉南县农业农村局</div><div class="sub">辉南县人民政府网站群</div></header>
{nav(["首页","机构职能","工作动态","通知公告","政策法规","三农服务"])}
<main>
<div class="crumb">当前位置：首页 &gt; 通知公告 &gt; 正文</div>
<h2>{T}</h2>
<div class="meta"><span>时间：2025年04月17日 09:40</span><span>信息来源：农田建设管理科</span><span>阅读：<b>146</b></span><span>字号：<a href="#">A+</a> <a href="#">A-</a></span></div>
<article>{b}</article>
<div>附件：<a href="#">1.辉南县2024年高标准农田建设项目竣工验收初验报告.pdf</a></div>
<div class="ewm">{img("二维码")}<p>扫一扫在手机打开当前页</p></div>
</main>
<footer>主办单位：辉南县农业农村局　网站标识码：2205230034<br>吉ICP备12003519号-1　吉公网安备22052302000088号<br>建议使用1366×768分辨率浏览本站</footer>"""),
    features="公示 with data table (rows incl. header); 公示时间/联系电话 lines as body; 署名 and date; department of county site; QR caption", site="吉林 辉南县农业农村局")

# wz-05 广西 玉林市人社局 政策解读, Q&A
T = "《玉林市就业见习管理办法》政策解读"
page("wz-05", G, T, [], "2025-04-17", [
    ("h", "一、制定背景"),
    "为进一步做好高校毕业生等青年就业工作，规范就业见习管理，提升见习质量，根据自治区人力资源和社会保障厅等部门有关文件精神，结合我市实际，市人社局会同市财政局制定了《玉林市就业见习管理办法》（以下简称《办法》）。",
    ("h", "二、见习对象有哪些？"),
    "《办法》明确，见习对象为离校2年内未就业高校毕业生、16—24岁失业青年。其中，脱贫家庭、低保家庭和零就业家庭的见习人员优先安排。",
    ("h", "三、见习补贴标准是多少？"),
    "见习单位可按当地最低工资标准的60%申领见习补贴，见习期限一般为3至12个月。对见习期满留用率达到50%以上的单位，见习补贴标准提高到最低工资标准的70%。",
    ("h", "四、如何申请成为见习基地？"),
    "符合条件的企事业单位、社会组织可向所在县（市、区）人社部门提出申请，经审核认定后，由市人社局统一公布见习基地名单，认定有效期为3年。",
    "《办法》自2025年5月1日起施行，有效期5年。",
], lambda b: doc(T, """
body{margin:0;font:14px/2 "Microsoft YaHei"}.hd{background:#005bac;color:#fff;padding:16px 60px}
.main{width:1000px;margin:auto}.jd{border:1px solid #e5e5e5;padding:20px 40px}
.jdh{font-size:22px;text-align:center;font-weight:bold}.bar{background:#f5f5f5;text-align:center;color:#666;font-size:12px}
h4{color:#005bac}.rel{background:#eef5fc;padding:8px}""", f"""
<div class="hd"><span style="font-size:24px">玉林市人力资源和社会保障局</span>　<a href="#">无障碍</a> <a href="#">关怀版</a> <input placeholder="站内搜索"></div>
{nav(["首页","机构概况","新闻动态","政务公开","政策解读","办事服务","互动交流"])}
<div class="main">
<p>当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策解读</a></p>
<div class="jd">
<div class="jdh">{T}</div>
<div class="bar">发布日期：2025-04-17　　信息来源：就业促进和失业保险科　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　　浏览：<span>208</span>次</div>
<div class="rel">相关文件：<a href="#">玉林市人力资源和社会保障局 玉林市财政局关于印发《玉林市就业见习管理办法》的通知</a></div>
{b}
<p>审核：陈志强　　校对：黄玉婷</p>
</div>
<div class="pn">上一条：<a href="#">一图读懂｜2025年玉林市稳就业政策“十问十答”</a>　下一条：<a href="#">没有了</a></div>
</div>
<div style="text-align:center;font-size:12px;background:#eee;padding:14px">主办单位：玉林市人力资源和社会保障局　桂ICP备13004826号　网站标识码：4509000028　桂公网安备45090202000140号</div>""", ),
    style="indent", h="h4", features="政策解读 with question sub-headings; 相关文件 link above body; 审核/校对 line; U+3000 indents", site="广西 玉林市人力资源和社会保障局")

# wz-06 安徽 合肥市包河区 常青街道, closing (张  晨 刘洋)
T = "常青街道“邻里议事厅”议出小区停车新办法"
page("wz-06", G, T, ["张晨", "刘洋"], "2025/04/16", [
    "“以前一到晚上，小区里车停得乱七八糟，消防通道都被堵了。现在划了车位、错峰停车，大家心里都舒坦了。”4月15日，家住常青街道紫云社区的居民李阿姨说起小区的变化，脸上满是笑容。",
    "紫云社区建成于2008年，小区内车位不足300个，而居民车辆已超过500辆，停车难长期困扰居民。今年以来，社区依托“邻里议事厅”，召集居民代表、物业公司、业委会先后召开4次议事会，广泛征集意见建议。",
    "经过反复协商，议事会形成了“内部挖潜+周边共享”的解决方案：一方面对小区内闲置绿地边角进行改造，新增停车位86个；另一方面与周边两家单位签订共享停车协议，夜间向居民开放车位120个。",
    "“居民的事居民议，居民的事居民办。”紫云社区党委书记表示，下一步将把“邻里议事厅”经验推广到加装电梯、楼道改造等更多民生事项中。（张&nbsp;&nbsp;晨 刘洋）",
], lambda b: doc(T + " - 包河区人民政府", """
body{margin:0;font:15px/1.8 sans-serif;background:#fafafa}.topbar{font-size:12px;background:#222;color:#ccc;padding:4px 30px}
.logo{padding:20px 30px;font-size:28px;color:#0d6a3a}.grid{display:grid;grid-template-columns:3fr 1fr;gap:30px;max-width:1160px;margin:auto}
h1{font-size:24px}.date{color:#999}aside .hd{border-left:4px solid #0d6a3a;padding-left:8px}""", f"""
<div class="topbar"><a href="#">登录</a> <a href="#">注册</a> | <a href="#">无障碍</a> | <a href="#">简</a>/<a href="#">繁</a></div>
<div class="logo">合肥市包河区人民政府<small>　常青街道办事处</small></div>
{nav(["首页","街道概况","工作动态","社区建设","为民服务","党建引领"])}
<div class="grid"><div>
<div class="crumb"><a href="#">首页</a> / <a href="#">工作动态</a> / 正文</div>
<h1>{T}</h1>
<div class="date">2025/04/16　　来源：常青街道　　阅读次数：95</div>
{b}
<div class="edit">【编辑：孙立】</div>
<div class="share">分享：<a href="#">微信</a> <a href="#">微博</a></div>
</div>
<aside>{ul(["常青街道开展春季消防安全宣传进社区","紫云社区举办“我们的节日·清明”主题活动","常青街道召开老旧小区改造推进会"], head="工作动态")}
{img("微信公众号")}<p>扫码关注“包河常青”</p></aside></div>
<div style="text-align:center;color:#999;font-size:12px;padding:20px;border-top:1px solid #ddd">Copyright © 2025 合肥市包河区人民政府 版权所有 皖ICP备08000231号-2 网站标识码：3401110016</div>"""),
    features="街道 news; quote-led opening; closing byline (张  晨 刘洋) with spaced name inside last paragraph; date with slashes; 【编辑】 line", site="安徽 合肥市包河区常青街道")

# wz-07 陕西省水利厅 通报, 2018-style portal, glued info bar
T = "关于2025年第一季度水利工程建设质量抽查情况的通报"
page("wz-07", G, T, [], "2025-04-18 16:05:31", [
    "各设区市水利（水务）局，杨凌示范区水务局，韩城市水务局，厅直属有关单位：",
    "2025年3月，我厅组织对全省在建的32个水利工程建设项目开展了质量抽查。现将有关情况通报如下。",
    ("h", "一、总体情况"),
    "从抽查情况看，各项目法人质量管理体系基本健全，参建单位质量责任意识有所增强，实体工程质量总体受控。共发现质量问题147个，其中较重问题19个、一般问题128个，未发现严重质量问题。",
    ("h", "二、存在的主要问题"),
    ("ol", ["部分项目质量检测频次不足，原材料进场检验记录不完整；",
            "个别项目混凝土养护不到位，局部出现表面裂缝；",
            "部分监理单位旁站记录流于形式，未能及时发现和纠正施工问题。"]),
    ("h", "三、有关要求"),
    "各有关单位要对照问题清单，于2025年5月15日前完成整改，并将整改报告报送厅建设与管理处。对整改不力的，我厅将依法依规采取约谈、通报、信用扣分等措施。",
    ("right", "陕西省水利厅"),
    ("right", "2025年4月17日"),
], lambda b: doc("陕西省水利厅-" + T, """
body{margin:0;font:14px/1.75 "微软雅黑";background:url() #e8eef3}.w{width:1200px;margin:auto;background:#fff}
.hd{height:140px;background:#0a5a8c;color:#fff;font-size:32px;padding:40px}.zw h3{font-size:22px;text-align:center;color:#0a5a8c}
.xx{border-bottom:1px dashed #ccc;text-align:center;font-size:12px;color:#666}.xx b{font-weight:normal}""", f"""
<div class="w"><div class="hd">陕西省水利厅 <small>Water Resources Department of Shaanxi Province</small></div>
{nav(["首页","机构设置","水利要闻","政务公开","政策法规","水利业务","网上办事","互动交流"])}
<div>当前位置：<a href="#">首页</a>&gt;<a href="#">政务公开</a>&gt;<a href="#">通知公告</a></div>
<div class="zw"><h3>{T}</h3>
<div class="xx"><b>来源：建设与管理处</b><b>发布时间：2025-04-18 16:05:31</b><b>浏览次数：1093</b></div>
<p style="text-align:center">陕水建函〔2025〕27号</p>
{b}
<p>附件：<a href="#">2025年第一季度水利工程质量抽查问题清单</a></p>
<div>【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</div></div>
<div style="text-align:center;background:#0a5a8c;color:#dde;font-size:12px;padding:16px">陕西省水利厅主办 版权所有　地址：西安市未央区凤城二路18号　邮编：710018<br>陕ICP备05005301号　陕公网安备61010302000651号　网站标识码：6100000032</div></div>"""),
    features="通报 with 主送, ordered list, 文号 line (not body), 署名/成文日期; info bar glued (no separators) with seconds", site="陕西省水利厅")

# wz-08 吉林 四平市 讲话, speaker is author
T = "在全市优化营商环境工作推进会议上的讲话"
page("wz-08", G, T, ["韩立新"], "2025-04-16 14:30", [
    "同志们：",
    "今天召开这次会议，主要任务是深入贯彻落实全省优化营商环境大会精神，总结去年工作，部署今年任务。刚才，几个部门作了发言，讲得都很好，我完全同意。下面，我再讲三点意见。",
    ("h", "一、提高站位，深刻认识优化营商环境的重要意义"),
    "营商环境就是生产力、竞争力。当前，区域竞争日趋激烈，谁的营商环境好，谁就能吸引更多的项目、资金和人才。我们必须清醒看到，我市营商环境与先进地区相比还有不小差距，企业反映的审批环节多、办事效率低等问题还不同程度存在。",
    ("h", "二、聚焦重点，推动营商环境持续改善"),
    "要深化“放管服”改革，年内实现政务服务事项“一网通办”率达到95%以上；要强化要素保障，着力解决企业融资难、用工难、用地难问题；要加强法治建设，依法平等保护各类市场主体合法权益。",
    ("h", "三、压实责任，确保各项任务落地见效"),
    "各地各部门主要负责同志要当好第一责任人，对重点任务亲自研究、亲自推动。市委督查室、市政府督查室要加强跟踪督办，对工作不力、推诿扯皮的，严肃追责问责。",
    "同志们，优化营商环境只有进行时，没有完成时。让我们以更加务实的作风，为全市高质量发展营造一流环境！",
], lambda b: doc(T, """
body{margin:0;font:16px/2 "FangSong","仿宋",serif}.b{background:#c41f1f;color:#ffe;padding:24px;font-size:30px;text-align:center}
.n{background:#a01010;text-align:center}.n a{color:#fff;padding:0 18px}.c{width:880px;margin:auto}
.t{font-size:24px;text-align:center;font-family:"SimHei"}.who{text-align:center;font-size:17px}
.m{font-size:13px;color:#777;text-align:center;border-top:1px solid #eee}""", f"""
<div class="b">四平市人民政府</div>
<div class="n">{nav(["首页","政府信息公开","领导之窗","政务服务","互动交流","走进四平"], cls="nn")}</div>
<div class="c"><div>首页 &gt; 领导之窗 &gt; 领导讲话</div>
<div class="m">2025-04-16 14:30 　四平市人民政府办公室　【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="#">打印</a>】</div>
<div class="t">{T}</div>
<p class="who">（2025年4月15日）</p>
<p class="who">四平市人民政府市长　韩立新</p>
{b}
<div>【<a href="#">关闭窗口</a>】</div>
{ul(["韩立新在全市春耕生产工作会议上的讲话","在市政府第六次廉政工作会议上的讲话"], head="领导讲话")}</div>
<div style="background:#f0f0f0;text-align:center;font-size:12px">四平市人民政府办公室 主办　四平市政务服务和数字化建设管理局 承办<br>网站标识码：2203000001　吉ICP备05002168号　吉公网安备 22030202000211号</div>""", ),
    style="indent", features="讲话: speaker line under headline (speaker = author), delivery date in brackets differs from publish time; info bar above headline; speech salutation", site="吉林 四平市人民政府")

# wz-09 广西 来宾市 批复, 2012 table layout, 文号 under headline
T = "来宾市人民政府关于兴宾区2025年度第一批次城镇建设用地的批复"
page("wz-09", G, T, [], "2025-04-14", [
    "兴宾区人民政府：",
    "你区《关于兴宾区2025年度第一批次城镇建设用地的请示》（兴政报〔2025〕9号）收悉。经研究，现批复如下：",
    "一、同意将兴宾区凤凰镇、城东街道集体农用地10.2763公顷转为建设用地并征收为国有，同时征收集体建设用地0.4125公顷、未利用地0.0816公顷，共计征收土地10.7704公顷，作为兴宾区2025年度第一批次城镇建设用地。",
    "二、你区要严格按照有关规定，做好征地补偿安置工作，确保被征地农民原有生活水平不降低、长远生计有保障。征地补偿安置费用应足额到位。",
    "三、以上用地要按照国土空间规划确定的用途使用，依法依规办理供地手续，严格执行土地使用标准，节约集约利用土地。",
    "四、本批复自下发之日起有效期两年。",
    "此复。",
    ("right", "来宾市人民政府"),
    ("right", "2025年4月11日"),
    ("x", "<p>（此件公开发布）</p>"),
], lambda b: doc(T, """
body{margin:0;font-size:12px}.c14{font-size:14px;line-height:26px}.tt{font-size:22px;color:#003f88;font-weight:bold}""", f"""
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="130" bgcolor="#1366b5" style="color:#fff;font-size:30px">　来宾市人民政府门户网站</td></tr>
<tr><td bgcolor="#0d4f95"><a href="#">首页</a>　<a href="#">政务公开</a>　<a href="#">政务服务</a>　<a href="#">政民互动</a>　<a href="#">走进来宾</a>　<a href="#">无障碍</a></td></tr></table>
<table width="1002" align="center"><tr><td>当前位置： <a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">市政府文件</a> &gt; <a href="#">批复</a></td></tr></table>
<table width="1002" align="center" class="c14">
<tr><td align="center" class="tt">{T}</td></tr>
<tr><td align="center">来政函〔2025〕31号</td></tr>
<tr><td align="center" bgcolor="#f3f3f3">日期：2025-04-14　　来源：来宾市人民政府办公室　　【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td>{b}</td></tr>
<tr><td align="right"><a href="#">【打印】</a> <a href="#">【关闭】</a></td></tr></table>
<table width="1002" align="center"><tr><td align="center" bgcolor="#e5e5e5">主办：来宾市人民政府办公室　承办：来宾市大数据发展局　桂ICP备05002103号　网站标识码：4513000003<br>桂公网安备 45130202000017号</td></tr></table>"""),
    style="indent", features="批复 in old table layout; 文号 line, 主送, 此复, 署名/成文日期 body; (此件公开发布) not body; numbered items as paragraphs", site="广西 来宾市人民政府")

# wz-10 安徽 南陵县 实施意见, 2025 design with 政策解读 link, info bar above title
T = "南陵县关于进一步加强农村供水保障工作的实施意见"
page("wz-10", G, T, [], "2025年4月18日", [
    "各镇人民政府，县政府各部门、各直属单位：",
    "为进一步提升农村供水保障水平，让农村群众喝上放心水、安全水，根据省、市有关部署，结合我县实际，提出如下实施意见。",
    ("h", "一、工作目标"),
    "到2026年底，全县农村自来水普及率稳定在99%以上，规模化供水工程覆盖农村人口比例达到92%以上，水质达标率持续提升，城乡供水“同源、同网、同质、同服务”格局基本形成。",
    ("h", "二、重点任务"),
    ("ul", ["（一）推进城乡供水一体化。实施县城水厂扩能改造，延伸供水管网至家发、工山、何湾等镇偏远村组。",
            "（二）加强水源保护。划定农村集中式饮用水水源保护区，设立界标和警示标志。",
            "（三）规范运行管理。推行“县级统管、专业运营”模式，建立24小时供水服务热线。"]),
    ("h", "三、保障措施"),
    "县水利局负责统筹协调和督促指导，县财政局统筹安排运行管护资金，各镇要落实属地管理责任。本意见自印发之日起施行。",
    ("right", "南陵县人民政府"),
    ("right", "2025年4月16日"),
], lambda b: doc(T, """
:root{--c:#1f6f5c}body{margin:0;font:16px/1.9 system-ui,"PingFang SC"}.hdr{display:flex;justify-content:space-between;padding:14px 6%;background:var(--c);color:#fff}
.article{max-width:860px;margin:30px auto}.tags span{border:1px solid #ddd;border-radius:3px;padding:0 8px;margin-right:8px;font-size:13px}
.article h1{font-size:28px;line-height:1.4}.card{background:#f6faf9;padding:10px}""", f"""
<div class="hdr"><b>南陵县人民政府</b><span><a href="#">适老化</a> · <a href="#">无障碍</a> · <a href="#">English</a></span></div>
{nav(["首页","要闻动态","信息公开","政务服务","政民互动","数据发布","走进南陵"])}
<div class="article">
<div class="crumb">首页 › 信息公开 › 政策文件 › 县政府文件</div>
<div class="tags"><span>县政府文件</span><span>南政〔2025〕8号</span><span>2025年4月18日</span><span>有效</span></div>
<h1>{T}</h1>
<div class="card">政策解读：<a href="#">图解《南陵县关于进一步加强农村供水保障工作的实施意见》</a></div>
{b}
<p class="tools"><a href="#">打印</a> | <a href="#">收藏</a> | <a href="#">分享</a></p>
{ul(["南陵县2025年重点民生实事项目安排","关于印发南陵县农村生活污水治理三年行动方案的通知"], head="相关链接")}</div>
<div style="background:#213;color:#aab;padding:20px 6%;font-size:13px">主办：南陵县人民政府办公室 | 网站标识码：3402230006 | 皖ICP备09013377号 | 皖公网安备 34022302000043号 | 电话：0553-6812101</div>""", ),
    features="实施意见 with date in tag row above headline (label-less); 文号 in tag; 政策解读 card; list with （一）（二）", site="安徽 南陵县人民政府")

# wz-11 陕西 勉县 新铺镇 某村 村务公开
T = "新铺镇黄沙村2025年第一季度村务公开"
page("wz-11", G, T, [], "2025-04-15", [
    "根据《村民委员会组织法》和村务公开有关规定，现将黄沙村2025年第一季度村级财务收支及重点事项公开如下，接受全体村民监督。",
    ("h", "一、财务收支情况"),
    ("tb", [["项目", "金额（元）", "备注"],
            ["上期结余", "38,215.60", "—"],
            ["本季收入", "52,400.00", "村集体经济合作社分红、转移支付"],
            ["本季支出", "41,836.20", "道路维护、环境卫生、办公经费"],
            ["期末结余", "48,779.40", "—"]]),
    ("h", "二、重点事项"),
    "1.完成村组道路硬化1.2公里，总投资18.6万元，资金来源为衔接推进乡村振兴补助资金。",
    "2.发放耕地地力保护补贴，全村共发放412户，金额合计9.84万元。",
    "3.新增公益性岗位3个，聘用脱贫户家庭成员从事保洁和护林工作。",
    "村民对公开内容如有疑问，可在公开之日起10日内向村务监督委员会反映。监督电话：0916-3215078。",
    ("right", "黄沙村村民委员会"),
    ("right", "黄沙村村务监督委员会"),
    ("right", "2025年4月10日"),
], lambda b: doc(T, """
body{font:13px/1.7 Arial,"宋体";margin:0}#top{background:#ffd;border-bottom:2px solid #c60;padding:10px 20px;font-size:22px;color:#930}
#box{width:960px;margin:10px auto;border:1px solid #cda}.tit{font-size:18px;text-align:center;font-weight:bold;padding:8px}
.dt td,.dt th{padding:3px 10px}""", f"""
<div id="top">勉县新铺镇人民政府 <span style="font-size:12px">乡村振兴·村务公开专栏</span></div>
<div id="box"><div>{nav(["首页","新铺概况","政务公开","村务公开","乡村振兴","便民服务"], sep=" · ")}</div>
<div>当前位置：首页 » 村务公开 » 黄沙村</div>
<div class="tit">{T}</div>
<div style="text-align:center;color:#666">发布日期：2025-04-15 | 发布单位：黄沙村村委会 | 阅读：58</div>
<div style="padding:10px 30px">{b}</div>
{img("村务公开栏照片", "黄沙村村务公开栏实景")}
<div>上一篇：<a href="#">新铺镇黄沙村2024年第四季度村务公开</a></div></div>
<div style="text-align:center;font-size:12px;color:#666">勉县新铺镇人民政府　陕ICP备11003862号-1　网站标识码：6107250052</div>"""),
    features="村务公开: finance table, numbered items as plain paragraphs, two 署名 lines; caption under body (not body)", site="陕西 勉县新铺镇")

# wz-12 吉林 长春市双阳区, byline line 记者/通讯员 own line, 长者模式 2024 design
T = "双阳区鹿业产业园今年将新增12家入驻企业"
page("wz-12", G, T, ["李想", "金雪"], "2025-04-17 08:52", [
    "春日的双阳，鹿乡大地生机勃勃。在双阳区鹿业产业园内，塔吊林立、机器轰鸣，多个在建项目正加紧施工。记者从区发改局获悉，今年产业园计划新增入驻企业12家，预计年底鹿产品精深加工产值突破30亿元。",
    ("h", "延链补链　做强精深加工"),
    "近年来，双阳区围绕梅花鹿全产业链，着力引进鹿茸、鹿血、鹿骨等精深加工项目。目前园区已集聚鹿产品加工企业46家，开发鹿产品8大类、200余个品种。",
    "“园区给我们提供了标准化厂房和一站式审批服务，项目从签约到开工只用了45天。”某生物科技公司负责人王海波说。",
    ("h", "科技赋能　提升品牌价值"),
    "双阳区与省内高校共建梅花鹿产业研究院，推动鹿产品质量标准体系建设。“双阳梅花鹿”区域公用品牌价值已达到百亿元级别。",
], lambda b: doc(T, """
body{margin:0;font:15px/1.85 "Source Han Sans SC",sans-serif}.mast{background:#5b2a86;color:#fff;padding:18px 5%}
.mast small{display:block;font-size:12px}.pg{max-width:1080px;margin:auto}.ttl{font-size:26px;font-weight:700;margin:18px 0 6px}
.line{display:flex;gap:20px;font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}.by{color:#555}""", f"""
<div class="mast">长春市双阳区人民政府<small><a href="#">长者模式</a> | <a href="#">无障碍</a> | <a href="#">政务服务网</a></small></div>
{nav(["首页","政务公开","政务服务","互动交流","走进双阳","专题专栏"])}
<div class="pg"><div>当前位置：<a href="#">首页</a>&gt;<a href="#">新闻动态</a>&gt;<a href="#">双阳要闻</a>&gt;正文</div>
<div class="ttl">{T}</div>
<div class="line"><span>2025-04-17 08:52</span><span>来源：长春日报</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span><a href="#">打印</a></span></div>
<p class="by">长春日报记者　李&nbsp;&nbsp;想　通讯员　金&nbsp;雪</p>
{b}
<p>编辑：周晓宇　　审核：马丽娜</p>
<div>{img("扫一扫")}扫一扫在手机上查看当前页面</div>
{ul([("双阳区召开2025年招商引资工作推进会","04-15"),("奢岭街道开展春季植树活动","04-14")], head="双阳要闻")}</div>
<div style="background:#3b1a59;color:#ccc;text-align:center;font-size:12px;padding:16px">主办：长春市双阳区人民政府办公室　网站标识码：2201120003<br>吉ICP备10001957号　吉公网安备 22011202000045号</div>"""),
    h="h4", features="reprint from city paper on district site; own-line byline 记者/通讯员 with spaced names; bold sub-headings with U+3000; 编辑/审核", site="吉林 长春市双阳区人民政府")
