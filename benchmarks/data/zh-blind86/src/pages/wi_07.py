from lib import links, lis, GIF

PAGE = dict(
    id="wi-07", kind="government", lang="zh",
    region="广西 桂林", site="资源县人民政府门户网站·领导讲话",
    title="在全县冬春森林防灭火工作会议上的讲话",
    authors=["莫志刚"],
    publish_time="2025-11-21",
    head_title="在全县冬春森林防灭火工作会议上的讲话_领导讲话_资源县人民政府门户网站",
    features="县政府“领导讲话”：标题下职务+姓名行“县委副书记、县长 莫志刚”与“（2025年11月18日）”讲话日期（非正文），"
             "信息栏在其后、日期与讲话日期不同；正文以“同志们：”开头，一、二、三小标题，“一是…二是…”；作者为讲话人；"
             "信息公开目录式左栏、页脚。",
)

BLOCKS = [
    ("p", "同志们："),
    ("p", "今天召开全县冬春森林防灭火工作会议，主要任务是分析当前形势，部署今冬明春森林防灭火工作。刚才，县林业局通报了今年以来全县森林防灭火工作情况，两个乡镇作了表态发言，我都同意。下面，我再讲四点意见。"),
    ("h", "一、清醒认识当前严峻形势"),
    ("p", "我县森林覆盖率达80.6%，林区面积大、可燃物载量高，是全区森林防灭火重点县之一。今年入秋以来，全县降雨量较常年同期偏少四成以上，林区空气湿度低，加之冬季农事用火、祭祀用火增多，森林火险等级持续偏高。大家务必绷紧思想之弦，决不能有丝毫麻痹大意。"),
    ("p", "从今年情况看，全县共发生野外火情5起，虽然都做到了及时扑灭、未造成人员伤亡，但暴露出一些地方思想麻痹、巡护不到位、处置不够迅速等问题。有的乡镇护林员巡山走过场，有的村对烧田埂、烧秸秆等行为劝阻不力，这些都必须引起高度重视，切实加以整改。"),
    ("h", "二、突出抓好火源管控"),
    ("p", "一是严管野外用火。全面落实野外用火审批制度，高火险天气一律禁止野外用火。二是严守重点部位。在林区主要路口、景区入口设置检查卡点，做好进山人员登记和火种收缴。三是严查违规行为。对违规用火行为发现一起、查处一起，涉嫌犯罪的依法追究刑事责任。"),
    ("p", "特别要提醒的是，每年11月至次年4月是我县森林火灾高发期，春节、元宵、清明前后更是火源管控的关键节点。各乡镇要组织护林员、村干部加强巡山护林，做到重点时段有人守、重点部位有人管、重点人员有人盯，坚决把火源挡在山下、堵在林外。"),
    ("h", "三、全力提升扑救能力"),
    ("p", "各乡镇要对半专业扑火队进行全面检查，确保人员在岗、装备到位。县应急管理局要牵头完善扑救预案，组织开展实战化演练，做到“打早、打小、打了”。发生火情后，要坚持“先人后物”，严禁组织老弱病残和未成年人参与扑火，坚决避免人员伤亡。"),
    ("p", "要加强宣传教育，充分利用广播、微信群、“村村响”等渠道，用群众听得懂的语言讲清野外用火的危害和法律责任。要把森林防火要求写进村规民约，组织中小学校开展“小手拉大手”活动，让森林防火理念家喻户晓、深入人心。"),
    ("p", "县财政要保障森林防灭火必要经费，及时更新风力灭火机、水泵等扑火装备。县气象局要加强火险天气监测预报，每日向各乡镇发布森林火险等级。各有关部门要加强协调配合，形成工作合力。"),
    ("h", "四、层层压实工作责任"),
    ("p", "各乡镇党政主要负责同志是本辖区森林防灭火第一责任人，要亲自研究部署、亲自督促检查。县森林防灭火指挥部办公室要加强督导检查，对责任不落实、措施不到位导致发生森林火灾的，依规依纪严肃追责问责。"),
    ("p", "同志们，森林防灭火责任重于泰山。我们要以更加务实的作风、更加有力的措施，坚决打赢今冬明春森林防灭火攻坚战，为全县经济社会发展创造安全稳定的环境。"),
]

FMT = {
    "p": '<p style="text-indent:2em;font-family:仿宋">{t}</p>',
    "h": '<p style="text-indent:2em;font-family:黑体">{t}</p>',
}

CSS = """
body{margin:0;background:#eef3ee;font:16px/1.9 "Microsoft YaHei"}
.wp{width:1180px;margin:0 auto}
header{background:#1d7a46;height:150px;color:#fff}
header .tl{font-size:12px;text-align:right;padding:6px 0}
header .tl a{color:#fff;margin:0 6px}
header .nm{font-size:36px;font-weight:bold;letter-spacing:6px;padding-top:24px}
nav{background:#13603a}
nav a{color:#fff;display:inline-block;padding:12px 22px}
.lf{float:left;width:250px;background:#fff;margin-top:18px}
.lf dt{background:#1d7a46;color:#fff;padding:10px 14px;font-weight:bold}
.lf dd{margin:0;padding:8px 14px;border-bottom:1px solid #eee;font-size:14px}
.rt{float:right;width:910px;background:#fff;margin-top:18px;padding:26px 50px;box-sizing:border-box}
.wz{font-size:13px;color:#888;border-bottom:1px solid #e3e3e3;padding-bottom:8px}
.rt h1{font-size:26px;text-align:center;margin:26px 0 6px}
.spk{text-align:center;font-family:楷体;font-size:18px;margin:0}
.xx{text-align:center;font-size:13px;color:#999;margin:12px 0 18px;border-bottom:1px solid #e3e3e3;padding-bottom:8px}
.xx span{margin:0 8px}
.fx{margin-top:20px;font-size:14px;color:#666}
footer{clear:both;background:#13603a;color:#cde3d6;font-size:13px;text-align:center;padding:20px 0;margin-top:30px}
"""


def render(P, body):
    return f"""
<header><div class="wp">
<div class="tl"><a href="#">无障碍</a>|<a href="#">长者模式</a>|<a href="#">繁體</a>|<a href="#">个人登录</a>|<a href="#">法人登录</a></div>
<div class="nm">资源县人民政府门户网站</div>
</div></header>
<nav><div class="wp">{links(["首页", "政务动态", "政府信息公开", "政务服务", "互动交流", "走进资源"], sep="")}</div></nav>
<div class="wp">
<dl class="lf"><dt>政府信息公开</dt>
{lis(["信息公开指南", "信息公开制度", "法定主动公开内容", "领导讲话", "政策解读", "公开年报"], fmt='<dd><a href="#">{t}</a></dd>')}
</dl>
<div class="rt">
<div class="wz">您当前的位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">领导讲话</a></div>
<h1>{P['title']}</h1>
<p class="spk">县委副书记、县长　莫志刚</p>
<p class="spk">（2025年11月18日）</p>
<div class="xx"><span>发布日期：{P['publish_time']}</span><span>来源：资源县人民政府办公室</span><span>浏览量：</span><span>字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="zw">
{body}
</div>
<div class="fx">分享：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a>　　<a href="#">打印本页</a>　<a href="#">关闭窗口</a></div>
</div>
</div>
<footer>
<p>{links(["网站地图", "联系我们", "隐私声明", "网站纠错"], sep=" | ")}</p>
<p>主办：资源县人民政府办公室　承办：资源县融媒体中心　地址：资源县资源镇城东路21号</p>
<p>桂ICP备17008352号　桂公网安备 45032902000041号　网站标识码：4503290011</p>
<p><img src="{GIF}" alt="党政机关" width="36" height="44"> <img src="{GIF}" alt="政府网站找错" width="100" height="44"></p>
</footer>
"""
