#!/usr/bin/env python3
"""Generate html/ and gold/ for set zh-blind4 (see README.md)."""
import json, os, html as H
D = os.path.dirname(os.path.abspath(__file__))
def e(x):
    # double spaces inside names (李  明) survive a browser copy only as no-break spaces
    return H.escape(x).replace('  ', '&nbsp;&nbsp;')
CSS = """body{font:14px/1.7 "Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333}
.top{background:#f2f2f2;font-size:12px;padding:4px 20px}.top a{margin-right:12px}
.banner{background:#b70000;color:#fff;padding:18px 20px;font-size:26px}
.nav a{display:inline-block;padding:8px 14px;color:#fff;background:#c00;margin:0}
.w{width:1000px;margin:0 auto}.main{float:left;width:700px}.side{float:right;width:270px}
.crumb{font-size:12px;color:#666;margin:10px 0}.info{font-size:12px;color:#888;text-align:center}
h1{font-size:24px;text-align:center}.foot{clear:both;background:#eee;font-size:12px;padding:14px;text-align:center}
p{text-indent:2em}.share span{margin-right:8px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 8px}
"""
def page(title_tag, body):
    body = body.replace('  ', '&nbsp;&nbsp;')
    return f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{e(title_tag)}</title><style>{CSS}</style></head><body>{body}</body></html>\n'
def ps(paras): return "".join(f"<p>{e(p)}</p>" for p in paras)
def lis(items): return "<ul>" + "".join(f"<li><a href='#'>{e(i)}</a></li>" for i in items) + "</ul>"
def gfoot(host, code, icp, ga):
    return (f"<div class='foot'><p>主办单位：{e(host)}　承办：{e(host)}办公室</p><p>网站标识码：{code}　{icp}　"
            f"<img alt='公安备案图标'> {ga}</p><p>建议使用1366×768分辨率浏览</p></div>")

PAGES = []
def add(pid, kind, lang, html_text, title, authors, pt, body):
    PAGES.append((pid, kind, lang, html_text, title, authors, pt, body))

# ---------- government news ----------
def gov_news(pid, site, bil, crumb, title, info_html, body, related, host, code, icp, ga, title_first=True, extra_top="", two_line=None, editor=None, photo=None):
    top = ("<div class='top'><a>无障碍</a><a>长者模式</a><a>繁體</a><a>English</a><a>登录</a><a>注册</a>"
           f"{extra_top}<span>今天是2025年</span></div>")
    ban = f"<div class='banner'>{e(site)}" + (f"<div style='font-size:14px'>{e(bil)}</div>" if bil else "") + "</div>"
    nav = "<div class='nav'>" + "".join(f"<a>{x}</a>" for x in ["首页","政务公开","政务服务","互动交流","走进"+site[:2],"专题专栏"]) + "</div>"
    srch = "<div><input placeholder='请输入关键字搜索'> <button>搜索</button></div>"
    h = f"<h1>{e(title)}</h1>" if not two_line else f"<h1>{e(two_line[0])}<br>{e(two_line[1])}</h1>"
    info = f"<div class='info'>{info_html}</div>"
    img = f"<div style='text-align:center'><img alt='{e(photo)}' width=400 height=200><div>{e(photo)}</div></div>" if photo else ""
    art = (h + info) if title_first else (info + h)
    ed = f"<div style='text-align:right'>（责任编辑：{e(editor)}）</div>" if editor else ""
    tools = "<div class='share'>分享到：<span>微信</span><span>微博</span><span>QQ空间</span>【<a>打印本页</a>】【<a>关闭窗口</a>】</div>"
    qr = "<div><img alt='二维码' width=80 height=80><div>扫一扫在手机打开当前页</div></div>"
    pn = f"<div>上一篇：{e(related[0])}</div><div>下一篇：{e(related[1])}</div>"
    rel = "<div><h3>相关文章</h3>" + lis(related[2:]) + "</div>"
    b = (top + ban + srch + nav + f"<div class='w'><div class='crumb'>您当前所在位置：{e(crumb)}</div><div class='main'>"
         + art + img + "<div class='content'>" + ps(body) + "</div>" + ed + tools + pn + "</div><div class='side'>" + qr + rel + "</div></div>"
         + gfoot(host, code, icp, ga))
    return page(title + "_" + site, b)

G = [
 dict(pid="ze-01", site="黑河市人民政府", bil=None, crumb="首页 > 政务公开 > 政务动态",
  title="黑河市召开中俄边境旅游工作推进会", pt="2025-03-12 16:40:05",
  info="发布时间：2025-03-12 16:40:05　来源：市文体广电和旅游局　作者：孙维国　字号：<a>大</a> <a>中</a> <a>小</a>　浏览次数：1326",
  authors=["孙维国"], editor="郭丽",
  body=["3月11日，黑河市召开中俄边境旅游工作推进会，总结2024年边境旅游工作，部署2025年重点任务。副市长于海涛出席会议并讲话。",
        "会议指出，2024年全市接待入境俄罗斯游客28.6万人次，同比增长41.3%，黑龙江大桥口岸通关效率明显提升，冬季冰雪旅游、界江观光等产品受到游客欢迎。",
        "会议要求，各相关部门要围绕“一江两岸”旅游品牌建设，完善跨境旅游线路，优化口岸通关服务，加强导游队伍培训，积极推动中俄双向旅游提质扩容。",
        "会上，爱辉区、逊克县、孙吴县作了交流发言。市文体广电和旅游局、黑河海关、市公安局出入境管理支队等部门负责同志参加会议。"],
  related=["市政府召开第42次常务会议","黑河市2025年春耕生产动员会召开","黑河口岸一季度进出口货运量稳步增长","市领导督导检查森林防灭火工作","我市启动“百日千万”招聘专项行动"],
  host="黑河市人民政府办公室", code="2311000001", icp="黑ICP备05001234号", ga="黑公网安备 23110202000123号"),
 dict(pid="ze-02", site="阿拉善盟行政公署", bil="ᠠᠯᠠᠱᠠ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ", crumb="首页 > 新闻中心 > 旗区动态",
  title="额济纳旗胡杨林景区完成冬季生态补水", pt="2024年11月28日",
  info="额济纳旗融媒体中心　2024年11月28日　【字体：<a>大</a> <a>中</a> <a>小</a>】",
  authors=[], editor=None, photo="图为补水后的胡杨林景区（资料图）",
  body=["近日，额济纳旗胡杨林景区冬季生态补水工作顺利完成，本次补水历时23天，累计向景区核心区输水1850万立方米，受益胡杨林面积4.2万亩。",
        "据了解，今年补水工作由旗水务局牵头，通过东河、西河分水闸统一调度，采取“先远后近、先高后低”的方式有序推进，确保补水覆盖率达到95%以上。",
        "“冬季补水能够有效涵养地下水位，为来年胡杨萌发和生长储备水分。”旗林业和草原局生态修复股股长巴图孟和说。",
        "下一步，额济纳旗将持续加强黑河下游水量统一调度，做好补水区域监测和管护，巩固居延海及胡杨林生态保护成效。"],
  related=["阿左旗开展冬季安全生产大检查","阿拉善高新区重点项目建设进展顺利","阿右旗推进牧区供水保障工程","盟行署召开全盟冬春防火工作会议"],
  host="阿拉善盟行政公署办公室", code="1529000004", icp="蒙ICP备12000456号-1", ga="蒙公网安备 15292102000011号"),
 dict(pid="ze-03", site="南宁市青秀区人民政府门户网站", bil=None, crumb="首页>新闻动态>乡镇街道动态",
  title="南湖街道举办“邻里节”活动 共建和美社区", pt="2025/05/20",
  info="日期：2025/05/20　来源：南湖街道办事处　【<a>打印</a>】",
  authors=["韦芳","农俊"], editor="黄  敏", title_first=False,
  body=["5月18日，南湖街道在金湖广场举办第三届“邻里节”活动，辖区12个社区、20余家共建单位参与，吸引居民1500余人次。",
        "活动现场设置了义诊咨询、家电维修、法律咨询、旧物交换等便民服务摊位，社区文艺队表演的壮族山歌、广场舞等节目赢得阵阵掌声。",
        "今年以来，南湖街道以“邻里节”为纽带，推动党建引领基层治理，累计组织志愿服务活动86场，协调解决停车难、加装电梯等群众关切问题43件。（韦  芳  农  俊）"],
  related=["仙葫经济开发区开展防汛应急演练","长塘镇推进高标准农田建设","青秀区召开一季度经济运行分析会","中山街道开展反诈宣传进社区"],
  host="南宁市青秀区人民政府办公室", code="4501030002", icp="桂ICP备13004567号", ga="桂公网安备 45010302000456号"),
 dict(pid="ze-04", site="遵义市人民政府", bil=None, crumb="当前位置：首页 > 政务动态 > 部门动态",
  title="市农业农村局：加快推进辣椒产业高质量发展", pt="2024-08-06",
  info="发布日期：2024-08-06　信息来源：市农业农村局　文章作者：向 东　阅读次数：807　分享：",
  authors=["向东"], editor=None,
  two_line=("市农业农村局：加快推进","辣椒产业高质量发展"),
  body=["8月5日，市农业农村局召开全市辣椒产业发展调度会，通报今年以来辣椒种植、加工和销售情况，研究部署下一阶段重点工作。",
        "今年，全市辣椒种植面积达到205万亩，预计鲜椒产量280万吨。虾子辣椒城交易量同比增长12%，新建标准化烘干线36条，辣椒产业综合产值有望突破300亿元。",
        "会议要求，要抓好病虫害绿色防控和田间管理，强化辣椒育苗、烘干、冷链等关键环节建设，支持龙头企业开发辣椒酱、火锅底料等精深加工产品，进一步擦亮“遵义朝天椒”品牌。"],
  related=["市交通运输局部署汛期安全工作","市人社局举办夏季专场招聘会","遵义市启动农村人居环境整治“回头看”","市市场监管局开展食品安全抽检"],
  host="遵义市人民政府办公室", code="5203000003", icp="黔ICP备05002233号", ga="黔公网安备 52030202000334号"),
 dict(pid="ze-05", site="喀什地区行政公署", bil="قەشقەر ۋىلايەتلىك مەمۇرىي مەھكىمە", crumb="首页 » 政务公开 » 县市动态",
  title="疏附县“订单班”助力800余名青年就业", pt="2025-01-09 11:02:47",
  info="时间：2025-01-09 11:02:47　来源：疏附县人社局　点击：<span>2210</span>　【<a>大</a> <a>中</a> <a>小</a>】",
  authors=["阿依古丽·买买提","王飞"], editor=None,
  body=["本报讯（通讯员 阿依古丽·买买提 王  飞）1月8日，疏附县2024年第四期“订单班”结业仪式在县职业技能培训中心举行，127名学员顺利结业并与用工企业签订劳动合同。",
        "2024年，疏附县紧扣纺织服装、电子装配、电商直播等用工需求，与内地及本地企业合作开设“订单班”9期，累计帮助812名青年实现稳定就业。",
        "学员热依拉·艾海提说：“培训结束就能上岗，每月工资4000多元，家里的日子越来越有盼头了。”"],
  related=["喀什市冬季供暖运行平稳","莎车县巴旦木深加工项目投产","泽普县开展冬季农民夜校","伽师县新梅产业链持续延伸"],
  host="喀什地区行政公署办公室", code="6531000001", icp="新ICP备09003312号", ga="新公网安备 65310102000112号"),
 dict(pid="ze-06", site="浙江省人民政府", bil=None, crumb="首页 > 政务公开 > 政策解读",
  title="一图读懂 | 《浙江省加快发展银发经济若干措施》政策解读", pt="2025-04-02 09:30",
  info="2025-04-02 09:30　来源：省民政厅　<a>打印</a>　<a>分享</a>",
  authors=[], editor="陈晓琳",
  body=["一、出台背景",
        "截至2024年底，全省60周岁及以上户籍老年人口达1330万，占户籍总人口的25.9%。为更好满足老年人多样化需求，培育经济发展新动能，省民政厅会同有关部门研究制定了《措施》。",
        "二、主要内容有哪些？",
        "《措施》共18条，围绕发展民生事业、扩大产品供给、培育潜力产业、强化要素保障四个方面提出具体举措。",
        "三、老年人能享受哪些便利？",
        "到2026年，全省将建成老年食堂和助餐点2万个，实现城乡社区全覆盖；推动1000家以上公共场所完成适老化改造；支持金融机构开发适老化专属产品。",
        "四、《措施》何时施行？",
        "《措施》自2025年5月1日起施行，有效期5年。"],
  related=["《浙江省促进养老服务发展条例》解读","省政府新闻发布会：介绍银发经济发展情况","浙江出台推进老年助餐服务实施方案","关于公布2025年民生实事项目的通知"],
  host="浙江省人民政府办公厅", code="3300000068", icp="浙ICP备05000001号", ga="浙公网安备 33010002000021号"),
]
for g in G:
    add(g["pid"], "gov-news", "zh", gov_news(g["pid"], g["site"], g["bil"], g["crumb"], g["title"], g["info"], g["body"], g["related"],
        g["host"], g["code"], g["icp"], g["ga"], title_first=g.get("title_first", True), two_line=g.get("two_line"), editor=g.get("editor"), photo=g.get("photo")),
        g["title"], g["authors"], g["pt"], g["body"])

# ---------- government: speech, table, 公示, documents ----------
def gov_generic(pid, site, crumb, title, info, inner_html, host, code, icp, ga, extra=""):
    return gov_news(pid, site, None, crumb, title, info, [], ["无", "无", "暂无相关信息"], host, code, icp, ga).replace("<div class='content'></div>", "<div class='content'>" + inner_html + "</div>" + extra)

sp = ["同志们：",
      "今天召开全县安全生产暨防汛工作会议，主要任务是贯彻落实省、市有关会议精神，分析当前形势，部署下一阶段工作。刚才，县应急管理局通报了近期安全生产情况，我都同意。下面，我讲三点意见。",
      "一、清醒认识当前安全生产和防汛形势",
      "今年入汛以来，我县降雨量较常年偏多三成，局部地区出现短时强降雨，山洪地质灾害风险加大。各乡镇、各部门务必克服麻痹思想，把困难估计得更充分一些，把措施考虑得更周密一些。",
      "二、突出抓好重点领域风险排查整治",
      "要聚焦道路交通、建筑施工、危险化学品、自建房等重点领域，开展拉网式排查，建立问题清单、整改清单、责任清单，确保隐患动态清零。",
      "三、压紧压实各方责任",
      "各级党政主要负责同志要亲自研究、亲自部署，乡镇要落实包村包组责任，确保人员转移不漏一户、不落一人。",
      "同志们，安全生产责任重于泰山。让我们以高度的责任感和使命感，坚决守牢安全底线，为全县高质量发展营造安全稳定的环境。"]
add("ze-07", "gov-speech", "zh", gov_generic("ze-07", "湖南省平江县人民政府", "首页 > 政务公开 > 领导讲话",
    "在全县安全生产暨防汛工作会议上的讲话",
    "发布时间：2024年6月14日　信息来源：县政府办　<br>县委副书记、县长　刘建华<br>（2024年6月12日）",
    ps(sp), "平江县人民政府办公室", "4306260001", "湘ICP备06007788号", "湘公网安备 43062602000055号"),
    "在全县安全生产暨防汛工作会议上的讲话", ["刘建华"], "2024年6月14日", sp)

tb_rows = [["指标","单位","1-9月","同比增长(%)"],["地区生产总值","亿元","1286.4","5.6"],["规模以上工业增加值","亿元","402.7","7.1"],
           ["固定资产投资","亿元","—","3.8"],["社会消费品零售总额","亿元","516.2","4.9"],["城镇居民人均可支配收入","元","38215","4.5"]]
tb_intro = ["前三季度，全市经济运行总体平稳、稳中有进，主要指标增速好于全省平均水平。",
            "农业生产形势良好。全市粮食播种面积稳定在320万亩，秋粮丰收在望。",
            "工业生产较快增长。规模以上工业增加值同比增长7.1%，其中装备制造业增长11.2%。"]
tb_after = ["注：地区生产总值按不变价格计算增速。"]
tb_html = ps(tb_intro) + "<p>表1　2024年1-9月主要经济指标</p><table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in tb_rows) + "</table>" + ps(tb_after)
tb_body = tb_intro + ["表1　2024年1-9月主要经济指标"] + [" ".join(r) for r in tb_rows] + tb_after
add("ze-08", "gov-table", "zh", gov_generic("ze-08", "宜宾市统计局", "首页 > 统计数据 > 统计分析",
    "2024年前三季度宜宾市经济运行情况",
    "作者：市统计局综合科　　发布时间：2024.10.25　　来源：宜宾市统计局", tb_html,
    "宜宾市统计局", "5115000010", "蜀ICP备10004455号", "川公网安备 51150202000077号"),
    "2024年前三季度宜宾市经济运行情况", [], "2024.10.25", tb_body)

gs = ["根据《党政领导干部选拔任用工作条例》有关规定，经研究，拟提拔任用以下同志，现予以公示：",
      "赵志强，男，汉族，1983年7月生，大学学历，中共党员，现任县发展和改革局副局长，拟任县发展和改革局局长。",
      "马秀兰，女，回族，1986年2月生，研究生学历，中共党员，现任城关镇党委副书记，拟任城关镇镇长人选。",
      "李  伟，男，汉族，1988年11月生，大学学历，中共党员，现任县财政局预算股股长，拟任县财政局副局长。",
      "公示时间：2025年7月1日至7月7日（5个工作日）。",
      "公示期间，如对公示对象有异议，可通过来信、来电、来访等方式向县委组织部反映。",
      "举报电话：0937-8812380（传真）　12380",
      "中共临泽县委组织部",
      "2025年6月30日"]
add("ze-09", "gov-gongshi", "zh", gov_generic("ze-09", "临泽县人民政府", "首页 > 信息公开 > 人事信息",
    "临泽县拟任职干部任前公示", "【发布时间：2025-06-30】【来源：县委组织部】【浏览：3316】", ps(gs),
    "临泽县人民政府办公室", "6207230005", "陇ICP备08001234号", "甘公网安备 62072302000019号"),
    "临泽县拟任职干部任前公示", [], "2025-06-30", gs)

def doc(pid, site, crumb, meta, title, wenhao, body, pt, host, code):
    metat = "<table class='meta'>" + "".join(f"<tr><td>{k}</td><td>{v}</td><td>{k2}</td><td>{v2}</td></tr>" for k, v, k2, v2 in meta) + "</table>"
    inner = f"<p style='text-align:center'>{e(wenhao)}</p>" + ps(body) + "<div>相关附件：<a>附件1.docx</a> <a>附件2.xlsx</a></div>"
    h = gov_generic(pid, site, crumb, title, metat, inner, host, code, "ICP备2022000123号", "公网安备 00000002000001号")
    add(pid, "gov-doc", "zh", h, title, [], pt, body)

doc("ze-10", "辽宁省教育厅", "首页 > 政务公开 > 通知公告",
    [("索引号","11210000MB0123456X/2024-00871","主题分类","教育"),("发文机关","辽宁省教育厅","成文日期","2024年09月03日"),("标　　题","关于开展2024年全省中小学校园安全隐患排查整治的通知",None,None)][:2] + [("发文字号","辽教通〔2024〕215号","发布日期","2024年09月05日")],
    "关于开展2024年全省中小学校园安全隐患排查整治的通知", "辽教通〔2024〕215号",
    ["各市教育局，沈抚示范区社会事业局：",
     "为切实保障广大师生生命安全，维护校园安全稳定，省教育厅决定于2024年9月至11月在全省开展中小学校园安全隐患排查整治工作。现将有关事项通知如下。",
     "一、排查范围",
     "全省各级各类中小学校、幼儿园及校外培训机构。",
     "二、重点内容",
     "（一）校舍、围墙、消防设施安全状况；（二）校车及接送车辆管理；（三）食堂食品安全和饮用水卫生；（四）学生心理健康和防溺水教育。",
     "三、工作要求",
     "各地要建立隐患台账，明确整改时限，于11月20日前将排查整治情况报送省教育厅安全稳定处。",
     "联系人：周  航，电话：024-86891234。",
     "附件：1.校园安全隐患排查清单",
     "2.排查整治情况汇总表",
     "辽宁省教育厅",
     "2024年9月3日"], "2024年09月05日", "辽宁省教育厅", "2100000031")

doc("ze-11", "吉林市人民政府", "首页 > 政务公开 > 政府文件 > 市政府办文件",
    [("发文机关","吉林市人民政府办公室","成文日期","2025-02-17"),("发文字号","吉市政办发〔2025〕4号","发布日期","2025-02-20")],
    "吉林市人民政府办公室关于印发吉林市冰雪经济高质量发展三年行动方案的通知", "吉市政办发〔2025〕4号",
    ["各县（市）区人民政府，各开发区管委会，市政府各委办局、各直属机构：",
     "《吉林市冰雪经济高质量发展三年行动方案（2025—2027年）》已经市政府同意，现印发给你们，请认真组织实施。",
     "附件：吉林市冰雪经济高质量发展三年行动方案（2025—2027年）",
     "吉林市人民政府办公室",
     "2025年2月17日",
     "（此件公开发布）"], "2025-02-20", "吉林市人民政府办公室", "2202000002")

doc("ze-12", "昆明市公安局交通管理支队", "首页 > 警务公开 > 通告",
    [("发布机构","昆明市公安局","发布日期","2024年12月20日"),("文号","昆公通〔2024〕18号","有效性","有效")],
    "昆明市公安局关于2025年元旦春节期间主城区部分道路交通管制的通告", "昆公通〔2024〕18号",
    ["为保障2025年元旦、春节期间主城区道路交通安全畅通，根据《中华人民共和国道路交通安全法》第三十九条之规定，决定对主城区部分道路采取临时交通管制措施，现通告如下：",
     "一、2024年12月31日20时至2025年1月1日2时，禁止机动车驶入南屏街、正义路、金碧路（东风西路至三市街段）。",
     "二、2025年1月28日18时至1月29日3时，对翠湖周边道路实行单向通行。",
     "三、执行任务的警车、消防车、救护车、工程救险车不受上述限制。",
     "四、违反本通告的，由公安机关交通管理部门依法处理。",
     "特此通告。",
     "昆明市公安局",
     "2024年12月20日"], "2024年12月20日", "昆明市公安局", "5301000044")

doc("ze-13", "银川市人民政府", "首页 > 政务公开 > 政策文件",
    [("索引号","000014348/2023-01295","发文日期","2023年10月11日"),("发文字号","银政规发〔2023〕9号","有效期","5年")],
    "银川市既有住宅加装电梯管理办法", "银政规发〔2023〕9号",
    ["第一章　总则",
     "第一条　为改善既有住宅使用功能，方便居民生活，规范加装电梯工作，根据有关法律法规，结合本市实际，制定本办法。",
     "第二条　本市行政区域内已建成投入使用、未设电梯的四层及以上住宅加装电梯，适用本办法。",
     "第二章　申请与审批",
     "第三条　加装电梯应当经本单元专有部分面积占比三分之二以上且人数占比三分之二以上的业主同意。",
     "第三章　附则",
     "第四条　本办法自2023年11月15日起施行，有效期5年。",
     "银川市人民政府",
     "2023年10月11日"], "2023年10月11日", "银川市人民政府办公室", "6401000001")

jd = ["近日，省人社厅、省财政厅联合印发《关于进一步做好灵活就业人员参加企业职工基本养老保险工作的通知》。现就有关问题解读如下。",
      "问：哪些人员可以参保？",
      "答：在我省从事灵活就业、年满16周岁的人员，不受户籍限制，均可在就业地参加企业职工基本养老保险。",
      "问：缴费基数如何选择？",
      "答：参保人员可在全省上年度全口径城镇单位就业人员平均工资的60%至300%之间自主选择缴费基数。",
      "问：在哪里办理？",
      "答：可通过“闽政通”APP、社保服务网厅或就近社保经办窗口办理。"]
add("ze-14", "gov-jiedu", "zh", gov_generic("ze-14", "福建省人力资源和社会保障厅", "您现在的位置：首页 » 政策解读",
    "《关于进一步做好灵活就业人员参加企业职工基本养老保险工作的通知》解读",
    "发布时间：2025-08-18 15:20:33　来源：养老保险处　作者：林  桦　【<a>打印</a>】【<a>关闭</a>】", ps(jd),
    "福建省人力资源和社会保障厅", "3500000025", "闽ICP备05012345号", "闽公网安备 35010202000188号"),
    "《关于进一步做好灵活就业人员参加企业职工基本养老保险工作的通知》解读", ["林桦"], "2025-08-18 15:20:33", jd)

# ---------- portals / national media ----------
def portal(pid, brand, channels, crumb, title, info_html, body, related, hot, foot, pre_title="", post_body="", photo=None, comments=None, lang="zh", sub=None):
    top = f"<div class='top'>{'<a>登录</a><a>注册</a><a>客户端</a><a>手机版</a>' if lang=='zh' else '<a>Sign in</a><a>Subscribe</a><a>中文</a>'}</div>"
    ban = f"<div class='banner'>{e(brand)}</div><div class='nav'>" + "".join(f"<a>{c}</a>" for c in channels) + "</div>"
    srch = f"<div><input placeholder='{'请输入搜索内容' if lang=='zh' else 'Search'}'><button>{'搜索' if lang=='zh' else 'Go'}</button></div>"
    img = f"<figure><img alt='{e(photo)}' width=500 height=280><figcaption>{e(photo)}</figcaption></figure>" if photo else ""
    subh = f"<h2>{e(sub)}</h2>" if sub else ""
    com = f"<div>{e(comments)}</div>" if comments else ""
    b = (top + ban + srch + f"<div class='w'><div class='crumb'>{e(crumb)}</div><div class='main'>{pre_title}<h1>{e(title)}</h1>{subh}<div class='info'>{info_html}</div>"
         + img + ps(body) + post_body + "<div class='share'><span>微信</span><span>微博</span><span>复制链接</span></div>" + com
         + f"<h3>{'相关新闻' if lang=='zh' else 'Related Stories'}</h3>" + lis(related) + "</div><div class='side'>"
         + f"<h3>{'热点排行' if lang=='zh' else 'Most Popular'}</h3>" + "<ol>" + "".join(f"<li>{e(x)}</li>" for x in hot) + "</ol></div></div>"
         + f"<div class='foot'>{foot}</div>")
    return page(title + " - " + brand, b)

HOT = ["多地发布高温预警 注意防暑降温","国务院常务会议部署稳就业举措","全国铁路暑运发送旅客超8亿人次","新一批国家级非遗代表性项目公布","多部门联合开展食品安全专项整治"]
P = [
 dict(pid="ze-15", brand="人民网", channels=["首页","时政","国际","财经","观点","地方"], crumb="人民网 >> 地方 >> 四川",
  title="成都天府国际机场年旅客吞吐量首破5000万人次", pt="2025年12月26日08:14",
  info="2025年12月26日08:14 | 来源：人民网－四川频道　<a>分享到：</a>",
  pre="<div style='font-size:13px'>原标题：天府机场“破五千万”背后的西部枢纽新图景</div>",
  post="<div style='text-align:right'>(责编：王  蕾、罗  阳)</div>", authors=["王明"],
  body=["人民网成都12月26日电 （记者王明）12月25日，随着一架由乌鲁木齐飞来的航班平稳降落，成都天府国际机场2025年旅客吞吐量突破5000万人次，成为我国西部地区首个年旅客吞吐量超5000万人次的新建机场。",
        "今年以来，天府机场新开通至布达佩斯、利雅得等国际及地区航线14条，国际航线总数达到43条。机场持续优化中转流程，国际转国际旅客24小时过境免办边检手续，中转旅客同比增长36%。",
        "“成都‘一市两场’格局日益成熟，航空枢纽能级持续提升。”四川省机场集团相关负责人表示，下一步将加快推进T3航站楼前期工作，进一步拓展洲际航线网络。"],
  related=["四川：今年外贸进出口增长6.2%","成渝地区双城经济圈建设五周年综述","天府新区新增10家“专精特新”企业"], foot="人民日报社概况 | 关于人民网 | 报社招聘 | 联系我们<br>人民网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2025 by www.people.com.cn. all rights reserved"),
 dict(pid="ze-16", brand="新华网", channels=["首页","时政","国际","财经","科技","体育","视频"], crumb="新华网 > 正文",
  title="青藏高原首座百万千瓦级“光伏+储能”电站全容量并网", pt="2024-09-21 17:35:12",
  info="2024-09-21 17:35:12　来源：新华网　<span>字体：<a>小</a> <a>中</a> <a>大</a></span>",
  pre="", post="<div>【纠错】　【责任编辑：马知遥】</div>", authors=["李亚宁","央金"],
  body=["新华社西宁9月21日电（记者李亚宁、央金）位于青海省海南藏族自治州共和县的塔拉滩光伏园区内，一座装机容量100万千瓦、配套储能20万千瓦的“光伏+储能”电站21日实现全容量并网发电。",
        "据介绍，该电站年均发电量约20亿千瓦时，每年可节约标准煤约60万吨，减少二氧化碳排放约160万吨。电站采用“板上发电、板下牧羊”模式，光伏板下牧草长势良好，当地牧民通过放牧“光伏羊”实现增收。",
        "截至目前，青海清洁能源装机占比已超过92%，新能源装机占比超过六成。"],
  related=["青海：清洁能源发电量占比持续提升","西部陆海新通道班列开行量创新高","“绿电”进京 助力首都低碳发展"], foot="Copyright © 2000-2024 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司"),
 dict(pid="ze-17", brand="央视网", channels=["首页","新闻","视频","直播","体育","综艺"], crumb="央视网 > 新闻频道 > 社会",
  title="江西鄱阳湖候鸟越冬季迎来首批白鹤", pt="2025年10月24日 21:06",
  info="来源：<a>央视新闻客户端</a>　2025年10月24日 21:06",
  pre="<div><img alt='视频播放器' width=640 height=360><div>正在播放：江西鄱阳湖迎来首批白鹤 01:42</div></div>",
  post="<div>编辑：张  翔　责任编辑：刘亮</div>", authors=[],
  body=["眼下，江西鄱阳湖迎来今年首批越冬白鹤。记者从江西省林业局了解到，10月22日，在鄱阳湖国家级自然保护区大湖池区域，监测人员观测到11只白鹤，比去年提前了3天。",
        "白鹤是国家一级重点保护野生动物，全球约98%的白鹤种群在鄱阳湖越冬。近年来，当地通过“退田还湖”、建设越冬候鸟栖息地等措施，为候鸟营造良好的越冬环境。",
        "预计11月中旬以后，鄱阳湖越冬候鸟数量将迎来高峰。（央视新闻客户端）"],
  related=["鄱阳湖国家湿地公园开展候鸟保护巡查","大兴安岭：天鹅南迁途经湿地","云南大山包黑颈鹤数量创新高"], foot="央视网 版权所有<br>京ICP证060535号 网上传播视听节目许可证（0102004）"),
 dict(pid="ze-18", brand="中国新闻网", channels=["首页","滚动","时政","国际","财经","港澳","华人"], crumb="首页 > 财经 > 正文",
  title="一季度快递业务量同比增长21.6% 农村快递成新引擎", pt="2024年04月15日 14:22",
  info="2024年04月15日 14:22　来源：中国新闻网　　<a>参与互动</a>",
  pre="", post="<div>(编辑：李  岩)</div><div>【编辑:付子豪】</div>", authors=["陈杭"],
  body=["中新网北京4月15日电 （记者 陈杭）国家邮政局15日发布数据显示，一季度全国快递业务量累计完成390.6亿件，同比增长21.6%；业务收入累计完成3220.4亿元，同比增长14.5%。",
        "从区域看，中西部地区快递业务量占比持续提升。农村地区收投快件量增速高于城市地区，“快递进村”覆盖范围不断扩大。",
        "国家邮政局有关负责人表示，将继续推进农村寄递物流体系建设，支持快递企业与电商、供销、交通等行业合作，畅通农产品上行渠道。"],
  related=["3月份社会物流总额同比增长5.8%","多地推动快递包装绿色转型","跨境电商出口包裹量快速增长"], foot="关于我们 | About us | 联系我们 | 广告服务<br>本网站所刊载信息，不代表中新社和中新网观点。"),
 dict(pid="ze-19", brand="光明网", channels=["首页","时评","理论","文化","教育","科技"], crumb="光明网 > 教育频道",
  title="让乡村少年宫在寒暑假“热”起来", pt="2025-07-16 05:15",
  info="作者：周  勇　　2025-07-16 05:15　　来源：光明日报",
  pre="", post="<div>《光明日报》（2025年07月16日 02版）</div><div>[ 责编：孙宗鹤 ]</div>", authors=["周勇"],
  body=["暑假来临，不少地方的乡村少年宫开门迎客，书法、剪纸、篮球、科普等课程吸引了众多孩子。但也有一些乡村少年宫平日里“铁将军”把门，设施闲置，师资短缺。",
        "乡村少年宫要真正“热”起来，关键在于常态化运营。一方面，可以引入志愿者、返乡大学生和退休教师等力量，补齐师资短板；另一方面，要结合乡村实际设计课程，把非遗传承、农耕体验等特色内容融入其中。",
        "（作者系华中师范大学教育学院副教授）"],
  related=["“双减”后如何用好课后服务时间","让每个孩子都能享有公平而有质量的教育","乡村教师队伍建设观察"], foot="光明网版权所有<br>京ICP备05014264号"),
 dict(pid="ze-20", brand="澎湃新闻", channels=["要闻","深度","时事","财经","思想","生活"], crumb="",
  title="上海一小区引入“共享工具屋” 居民借用电钻梯子不用再求人", pt="2024-11-03 12:40",
  info="<div>澎湃新闻记者 沈  洁 实习生 吴佳怡</div><div>2024-11-03 12:40 来源：澎湃新闻</div><div>字号</div>",
  pre="<div>城市漫步 &gt;</div>", post="<div>责任编辑：李  菁　图片编辑：陈飞燕</div><div>校对：刘威</div><div>澎湃新闻报料：021-962866</div><div>澎湃新闻，未经授权不得转载</div>", authors=["沈洁","吴佳怡"],
  photo="居民在“共享工具屋”登记借用工具。澎湃新闻记者 沈洁 图",
  body=["家里灯泡坏了，想找把梯子；墙上要挂幅画，却没有电钻。在上海市闵行区古美路街道平南三村，这些小烦恼如今有了解决办法。",
        "今年9月，小区在物业用房一角设立了“共享工具屋”，配备电钻、人字梯、管钳、万用表等40余种工具，居民扫码登记即可免费借用，最长借期3天。",
        "“运行两个月，已经借出去300多次。”居委会书记钱慧告诉澎湃新闻，工具大多来自居民捐赠，日常由志愿者团队轮流值守。"],
  comments="评论（27）", related=["上海推进“15分钟社区生活圈”建设","老旧小区加装电梯进入快车道","社区食堂如何做到可持续"], foot="沪ICP备14003370号 | 沪公网安备31010602000299号<br>互联网新闻信息服务许可证：31120170006"),
 dict(pid="ze-21", brand="界面新闻", channels=["首页","商业","财经","科技","地产","汽车"], crumb="界面新闻 · 汽车",
  title="比亚迪11月销量突破50万辆，海外销售占比升至一成", pt="2025/12/01 19:58",
  info="<div><a>界面新闻记者 | 周  姝</a></div><div>界面新闻编辑 | 黄  月</div><div>2025/12/01 19:58</div><div>$比亚迪(002594.SZ) +1.82%</div>",
  pre="<div><img alt='图片来源：视觉中国' width=600 height=300><div>图片来源：视觉中国</div></div>", post="<div>未经正式授权严禁转载本文，侵权必究。</div>", authors=["周姝"],
  body=["12月1日晚间，比亚迪发布产销快报显示，公司11月新能源汽车销量为50.6万辆，同比增长12.4%。其中，海外销量5.2万辆，占总销量的比例首次超过10%。",
        "分车型看，乘用车销量49.1万辆，纯电动车型占比约46%。今年1-11月，比亚迪累计销量达到412.3万辆。",
        "有分析人士指出，随着匈牙利、土耳其等海外工厂陆续投产，比亚迪海外业务有望进一步放量。"],
  comments="0条评论", related=["乘联会：11月新能源乘用车零售渗透率超55%","理想汽车11月交付量环比下降","汽车以旧换新补贴政策延续"], foot="© 2025 界面 JIEMIAN.COM 沪ICP备14018497号"),
 dict(pid="ze-22", brand="上观新闻", channels=["首页","上海","财经","文化","思想汇"], crumb="",
  title="苏州河沿岸又一段滨水步道贯通，“工业锈带”变“生活秀带”", pt="2024-05-30 06:50",
  info="<div>来源：解放日报　作者：陈惟　2024-05-30 06:50</div><div>阅读数：1.2万</div>",
  pre="<div>城事</div>", post="<div>栏目主编：张  骏　文字编辑：王  倩</div><div>题图来源：采访对象供图　图片编辑：邵竞</div>", authors=["陈惟"],
  body=["5月29日，苏州河普陀段长风公园至中山北路桥一段1.6公里滨水步道完成改造并向市民开放。至此，苏州河中心城区42公里岸线基本实现贯通开放。",
        "这段岸线曾是老厂房、仓库集中区域。改造中，设计团队保留了原有的吊车轨道和码头系泊桩，在其间布置了咖啡馆、阅读角和亲水平台。",
        "周边居民张阿姨说：“以前这里围墙挡着，走不过去。现在每天晚饭后都来散步，河边风景好，心情也好。”"],
  comments="评论 8", related=["黄浦江沿岸新增一批“驿站”","上海城市更新新进展","市民游客点赞苏州河新风貌"], foot="上海报业集团版权所有<br>沪ICP备17014875号"),
]
for p in P:
    add(p["pid"], "portal", "zh", portal(p["pid"], p["brand"], p["channels"], p["crumb"], p["title"], p["info"], p["body"], p["related"], HOT, p["foot"],
        pre_title=p.get("pre", ""), post_body=p.get("post", ""), photo=p.get("photo"), comments=p.get("comments")),
        p["title"], p["authors"], p["pt"], p["body"])

EN = [
 dict(pid="ze-23", brand="China Daily", channels=["HOME","CHINA","WORLD","BUSINESS","CULTURE","OPINION"], crumb="Home / China / Society",
  title="Harbin ice festival draws record crowds as winter tourism heats up", pt="2025-01-08 07:12",
  info="<div>By ZHOU HUIYING in Harbin | chinadaily.com.cn | Updated: 2025-01-08 07:12</div>", authors=["Zhou Huiying"],
  body=["The Harbin Ice and Snow World, the centerpiece of the city's annual winter festival, received more than 1.1 million visits in its first 20 days of operation, organizers said on Tuesday.",
        "This year's park covers 1 million square meters and uses about 300,000 cubic meters of ice and snow harvested from the Songhua River. A 521-meter ice slide, the longest in the park's history, has become its most popular attraction.",
        "\"We waited for almost an hour, but it was worth it,\" said Liu Yan, a tourist from Guangzhou who traveled north with her family. \"The children have never seen so much snow.\"",
        "Heilongjiang province expects winter tourism revenue to exceed 200 billion yuan ($27.3 billion) this season, according to the provincial culture and tourism department."],
  related=["Snow sports gain popularity among southern tourists","Jilin opens new ski resorts ahead of Spring Festival","Northeast China sees surge in rail trips"], foot="Copyright 1995 - 2025. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).<br>京ICP备13028878号-6"),
 dict(pid="ze-24", brand="Shenzhen Government Online", channels=["Home","News","Government","Business","Living","Visiting"], crumb="Home > News > City News",
  title="Shenzhen opens 12 new metro stations on Line 16 extension", pt="March 28, 2024",
  info="<div>Updated: March 28, 2024　Source: Shenzhen Daily　Font size: <a>A+</a> <a>A</a> <a>A-</a></div><div>By Zhang Qian</div>", authors=["Zhang Qian"],
  body=["The extension of Shenzhen Metro Line 16, which adds 12 stations and 9.5 kilometers of track in Longgang District, began passenger service Thursday morning.",
        "The extension connects the Longgang central area with Pingshan District, cutting travel time between the two areas to about 25 minutes, according to Shenzhen Metro Group.",
        "With the opening, the city's metro network now has 17 lines and 547 kilometers in operation."],
  related=["Shenzhen to add 300 new bus routes","Airport Express trial run scheduled","City promotes cross-border payments for visitors"], foot="Sponsored by the Information Office of Shenzhen Municipality<br>Copyright © Shenzhen Government Online. All rights reserved. 粤ICP备05017362号"),
]
for p in EN:
    add(p["pid"], "english", "en", portal(p["pid"], p["brand"], p["channels"], p["crumb"], p["title"], p["info"], p["body"], p["related"],
        ["China's GDP grows 5% in 2024","New visa-free policy expands to 54 countries","High-speed rail network tops 48,000 km"], p["foot"], lang="en"),
        p["title"], p["authors"], p["pt"], p["body"])

# ---------- self-media ----------
def selfm(platform_top, title, head_html, body, tail_html, side_html, foot):
    b = (f"<div class='top'>{platform_top}</div><div class='w'><div class='main'><h1 style='text-align:left'>{e(title)}</h1>{head_html}"
         + ps(body) + tail_html + f"</div><div class='side'>{side_html}</div></div><div class='foot'>{foot}</div>")
    return page(title, b)

S = [
 dict(pid="ze-25", title="在鹤岗买房的第三年，我把老房子改成了工作室", pt="2024-02-19 20:31", authors=["北纬47度的阿凯"],
  top="<a>今日头条</a><a>首页</a><a>下载头条APP</a><a>登录</a><input placeholder='搜索站内资讯、视频或用户'>",
  head="<div><a>北纬47度的阿凯</a>　2024-02-19 20:31 · 黑龙江　<a>关注</a></div>",
  body=["三年前，我用四万八千块在鹤岗买下一套五十平米的老房子。那时候网上都说这里是“躺平之城”，我只想找个安静的地方画画。",
        "第一年冬天最难熬，暖气不太热，我在屋里穿着羽绒服画插画。后来跟楼下的王大爷学着做了保温，又把阳台封起来，屋里终于有了十八九度。",
        "去年开始，我把客厅改成了工作室，接一些绘本和品牌插画的单子，收入虽然不稳定，但足够在这里生活。",
        "有人问我会不会一直留在鹤岗。我也说不准，但至少现在，我很喜欢这种慢下来的日子。"],
  tail="<div>举报/反馈</div><div>发表评论　<input placeholder='写下你的评论...'></div><div>相关推荐</div>",
  side="<div>北纬47度的阿凯</div><div>128篇文章　3.6万粉丝</div><div>头条号作者</div>", foot="© 2024 今日头条 中国互联网举报中心 京ICP证140141号"),
 dict(pid="ze-26", title="县城奶茶店扎堆开业，一年后还剩几家？", pt="2025-06-07 08:15:22", authors=["小城观察局"],
  top="<a>网易首页</a><a>新闻</a><a>体育</a><a>娱乐</a><a>财经</a><a>登录</a>",
  head="<div>2025-06-07 08:15:22　来源: <a>小城观察局</a>　<a>举报</a></div><div><a>0</a>　<a>分享至</a></div><div>（本文为网易号作者原创）</div>",
  body=["去年春天，河南某县城的步行街上，一口气开了十一家奶茶店，从全国连锁到本地小品牌，几乎隔三五家门面就有一家。",
        "一年过去，我们回访发现，其中四家已经关门，两家转让，剩下的五家里，生意好的只有两家连锁品牌。",
        "一位关店的老板算了一笔账：加盟费、装修和设备投入约二十五万元，每月房租八千，旺季一天能卖三百杯，淡季不到八十杯，“根本撑不住”。",
        "业内人士认为，县城消费市场有潜力，但容量有限，盲目跟风开店风险很大。"],
  tail="<div>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div><div>Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</div>",
  side="<div>小城观察局</div><div>关注县域经济与民生</div><div>热门文章</div>", foot="网易公司版权所有 ©1997-2025"),
 dict(pid="ze-27", title="带着爸妈自驾川西：一份给中老年人的高反指南", pt="2024-08-22 15:47", authors=["田野"],
  top="<a>百度首页</a><a>登录</a>",
  head="<div><img alt='头像' width=30 height=30><a>旅行者田野</a></div><div>2024-08-22 15:47 · 四川 · 优质旅游领域创作者</div><p>文/田野</p>",
  body=["今年暑假，我带着六十多岁的爸妈从成都出发，走了一趟川西小环线。出发前最担心的就是高原反应，这里把我们的经验整理出来，供大家参考。",
        "一、循序渐进，不要一天冲到高海拔。我们第一晚住在海拔1300多米的雅安，第二晚住康定，第三天才上新都桥。",
        "二、提前体检，带好常用药。有高血压、心脏病的老人一定要先咨询医生。",
        "三、到了高原少洗澡、不饮酒、多喝水，晚上睡不好可以适当吸氧。"],
  tail="<div>2024年8月22日 15:47</div><div>举报</div><div>作者最新文章</div>",
  side="<div>旅行者田野</div><div>百家号 · 优质旅游领域创作者</div>", foot="©2024 Baidu 使用百度前必读"),
 dict(pid="ze-28", title="实测5款平价扫地机器人，这款性价比最高", pt="2025-03-30", authors=["数码老胡"],
  top="<a>腾讯网</a><a>新闻</a><a>科技</a><a>下载腾讯新闻APP</a>",
  head="<div><a>数码老胡</a>　2025-03-30 发布于广东　科技领域创作者</div>",
  body=["最近不少朋友问，一千元左右的扫地机器人值不值得买？我花了三周时间，把市面上五款热门型号都用了一遍。",
        "测试环境是我家一套90平米的两居室，有木地板也有瓷砖，还有一只掉毛严重的橘猫。",
        "从清扫效果看，五款机器在硬地板上差距不大，差别主要在于地毯清洁、毛发缠绕和避障能力。",
        "综合来看，预算有限的话，我更推荐带自清洁基站的入门款，省心程度提升很明显。"],
  tail="<div>免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。</div><div>举报</div>",
  side="<div>数码老胡</div><div>企鹅号作者</div><div>作者的其他文章</div>", foot="Copyright © 1998 - 2025 Tencent. All Rights Reserved."),
 dict(pid="ze-29", title="开学季｜这份新生报到指南请收好！", pt="2025年08月26日 18:02", authors=["兰州市第三中学"],
  top="", head="<div>原创　<a>兰州市第三中学</a>　<em>2025年08月26日 18:02</em>　<em>甘肃</em></div>",
  body=["亲爱的2025级新同学：",
        "欢迎你加入兰州三中这个大家庭！新学期即将开始，为帮助大家顺利报到，现将有关事项告知如下。",
        "报到时间：8月30日（星期六）上午8:30—11:30。",
        "报到地点：学校东校区体育馆。",
        "需携带材料：录取通知书、户口本复印件、一寸免冠照片4张。",
        "期待与你在三中相遇！"],
  tail="<div>文字：教务处</div><div>审核：马建军</div><div>编辑：李  洁</div><div><img alt='图片' width=200 height=200></div><div>预览时标签不可点</div><div>微信扫一扫<br>关注该公众号</div><div>继续滑动看下一个</div><div>轻触阅读原文</div><div>兰州三中</div><div>向上滑动看下一个</div><div>知道了</div><div>微信扫一扫<br>使用小程序</div><div>赞</div><div>在看</div><div>分享</div><div>留言</div>",
  side="", foot=""),
 dict(pid="ze-30", title="一位退休工程师的“长江日记”", pt="2024-10-12 10:05", authors=["汪晓峰"],
  top="<a>澎湃新闻</a><a>澎湃号</a><a>湃客</a><input placeholder='搜索'>",
  head="<div>原创 汪晓峰　<a>江城笔记</a></div><div>2024-10-12 10:05　来源：澎湃新闻·澎湃号·湃客</div><div>字号</div>",
  body=["退休后的第五年，父亲开始每天去江边写日记。他在武汉长江二桥的建设工地干过八年，对这条江有说不完的话。",
        "他的日记很简单：几点到江边，水位多少，有几艘船经过，看见了几只江豚。十几本笔记本摞起来，有半尺多高。",
        "今年夏天，他第一次在二桥附近看到了三头江豚一起出水。那天晚上，他在日记里写了整整两页。"],
  tail="<div>本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。</div><div>举报</div>",
  side="<div>江城笔记</div><div>关注</div>", foot="沪ICP备14003370号"),
 dict(pid="ze-31", title="社保断缴了怎么办？这三种情况影响最大", pt="2026-01-14", authors=["职场人说社保"],
  top="<a>搜狐</a><a>新闻</a><a>体育</a><a>汽车</a><a>登录</a>",
  head="<div>2026-01-14　<a>职场人说社保</a>　<a>+关注</a></div><div>发布于：山东省</div>",
  body=["很多人换工作期间社保会断缴一两个月，这到底有没有影响？其实要分情况来看。",
        "第一，影响购房购车资格。不少城市要求连续缴纳社保满一定年限才能购房，断缴可能要重新计算。",
        "第二，影响医保待遇。职工医保断缴后，一般从次月起暂停报销，补缴后才能恢复。",
        "第三，影响失业保险金领取期限的计算。",
        "建议大家换工作时尽量做好衔接，确实断缴的，可以咨询当地社保经办机构了解补缴政策。"],
  tail="<div><a>返回搜狐，查看更多</a></div><div>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div><div>阅读 (1386)</div>",
  side="<div>职场人说社保</div><div>文章 213　总阅读 58万</div>", foot="Copyright © 2026 Sohu.com Inc. All Rights Reserved."),
 dict(pid="ze-32", title="我在大理开民宿的这五年", pt="2025-05-03 22:18", authors=["苏禾"],
  top="<a>知乎</a><a>首页</a><a>会员</a><a>发现</a><a>等你来答</a><input placeholder='搜索你感兴趣的内容…'>",
  head="<div><img alt='苏禾' width=30 height=30><a>苏禾</a></div><div>民宿主理人</div><div>46 人赞同了该文章</div>",
  body=["2020年初，我辞掉上海的工作，在大理喜洲租下一个白族老院子。",
        "头两年几乎没赚到钱，装修超支，又碰上客流下滑。最难的时候，院子里一个客人都没有，我就自己刷墙、种花。",
        "转机出现在2023年，喜洲的稻田和扎染火了，周末房间基本订满。我也慢慢摸索出一套经营方法：不打价格战，把早餐和管家服务做好。",
        "五年下来，最大的收获不是钱，而是学会了和不确定性相处。"],
  tail="<div>编辑于 2025-05-03 22:18・IP 属地云南</div><div>赞同 46　​8 条评论　​分享　​喜欢　​收藏</div><div>推荐阅读</div>",
  side="<div>文章被以下专栏收录</div><div>旅居生活</div>", foot="© 2025 知乎 京ICP证110745号"),
]
for s in S:
    add(s["pid"], "self-media", "zh", selfm(s["top"], s["title"], s["head"], s["body"], s["tail"], s["side"], s["foot"]), s["title"], s["authors"], s["pt"], s["body"])

# ---------- e-paper ----------
def epaper(paper, date_line, ban, yin, title, fu, byline_html, body, tail, toc):
    b = (f"<div class='top'><a>往期回顾</a><a>PDF下载</a><a>版面导航</a><a>标题导航</a><input placeholder='站内检索'></div>"
         f"<div class='banner'>{e(paper)}</div><div>{date_line}</div><div>{ban}　<a>上一版</a>　<a>下一版</a>　<a>上一期</a>　<a>下一期</a></div>"
         "<div class='w'><div class='side' style='float:left;width:260px'><img alt='版面缩略图' width=240 height=360><div>本版标题导航</div>" + lis(toc) + "</div>"
         f"<div class='main' style='float:right'><div class='yin'>{e(yin) if yin else ''}</div><h1>{e(title)}</h1><h2>{e(fu) if fu else ''}</h2>{byline_html}"
         + ps(body) + tail + "</div></div><div class='foot'>版权所有 未经授权禁止转载</div>")
    return page(paper + "-" + title, b)

E = [
 dict(pid="ze-33", paper="大众日报", date="2024年05月13日 星期一", ban="第02版：要闻", yin="我省启动“齐鲁工匠”建设工程", title="三年培育高技能人才20万名",
  fu="", by="<div>本报记者　王  川　　本报通讯员　刘  敏</div>", authors=["王川","刘敏"], pt="2024年05月13日",
  body=["本报济南5月12日讯　记者从省人力资源和社会保障厅获悉，我省日前启动“齐鲁工匠”建设工程，计划到2026年新培育高技能人才20万名，新建省级技能大师工作室100个。",
        "根据工作方案，我省将推行“新八级工”职业技能等级制度，支持企业自主开展技能人才评价，推动技能人才与专业技术人才职业发展贯通。",
        "同时，我省还将加大高技能人才激励力度，对获评“齐鲁大工匠”的给予一次性奖励。"],
  tail="<div>本版责编：赵  磊　　美编：孙  悦</div>", toc=["三年培育高技能人才20万名","全省春季造林任务基本完成","济南新增一批口袋公园"]),
 dict(pid="ze-34", paper="广西日报", date="2025年9月8日", ban="第5版 综合新闻", yin="", title="蔗糖产业加速迈向“甜蜜”新赛道",
  fu="——崇左市推进蔗糖产业全链条发展见闻", by="", authors=["黄彩怡","梁  锐"], pt="2025年9月8日",
  body=["□本报记者 黄彩怡 通讯员 梁  锐",
        "9月初，崇左市江州区的糖料蔗基地里，一台台甘蔗收获机正在进行作业前调试。当地蔗农说，近年来机械化收割比例逐年提高，一亩地能节省人工成本300元左右。",
        "崇左是全国最大的糖料蔗生产基地之一。近年来，当地在稳定种植面积的基础上，推动蔗渣、糖蜜等副产品综合利用，发展生物质发电、酵母和环保餐具等产业。",
        "“一根甘蔗吃干榨尽，每吨甘蔗的综合产值提高了两成多。”崇左市糖业发展局有关负责人说。"],
  tail="<div>责任编辑：韦  静</div>", toc=["蔗糖产业加速迈向“甜蜜”新赛道","北部湾港集装箱吞吐量增长","桂林漓江景区推出夜游产品"]),
 dict(pid="ze-35", paper="青海日报", date="2023年07月04日", ban="A3版：经济", yin="海拔4000米以上的“云端课堂”", title="玉树一所牧区小学的远程教育实践",
  fu="", by="", authors=["罗藏","才让"], pt="2023年07月04日",
  body=["在玉树藏族自治州称多县珍秦镇，海拔4300米的一所寄宿制小学里，五年级学生正在通过大屏幕与西宁一所学校的学生同上一节数学课。",
        "近年来，玉树州依托“三个课堂”建设，为牧区学校配备录播教室和远程教学设备，让优质教育资源“翻山越岭”送到牧区孩子身边。",
        "“孩子们上课更积极了，我们老师也能跟着学习新的教学方法。”学校教师索南说。（本报记者　罗藏　通讯员　才让）"],
  tail="<div>本版编辑：马  青</div>", toc=["玉树一所牧区小学的远程教育实践","柴达木盆地盐湖产业提质增效","青海湖裸鲤资源量持续恢复"]),
 dict(pid="ze-36", paper="包头日报", date="2026年3月17日 星期二", ban="第03版：城事", yin="", title="北梁棚改安置区“家门口”就业有新路",
  fu="", by="<div>■文/图　本报记者　郝  婧</div>", authors=["郝婧"], pt="2026年3月17日",
  body=["3月16日上午，东河区北梁新区南三区的社区就业服务站里，十几名居民正在参加面点师培训。",
        "据介绍，该服务站去年挂牌以来，已组织各类技能培训22期，帮助280多名居民实现就业或灵活就业。",
        "“学会了做面点，我在附近一家餐馆找到了工作，每月能挣3000多元。”居民刘桂花高兴地说。"],
  tail="<div><img alt='居民参加面点师培训。' width=300 height=200><div>居民参加面点师培训。</div></div>", toc=["北梁棚改安置区“家门口”就业有新路","包头冬季供热平稳收官","黄河湿地迎来春季候鸟"]),
]
for x in E:
    body = x["body"]
    gold_body = body[1:] if body[0].startswith("□") else body
    add(x["pid"], "epaper", "zh", epaper(x["paper"], x["date"], x["ban"], x["yin"], x["title"], x["fu"], x["by"], body, x["tail"], x["toc"]),
        x["title"], x["authors"], x["pt"], gold_body)

# ---------- institutional ----------
I = [
 dict(pid="ze-37", site="西北农林科技大学新闻网", crumb="首页 > 校园要闻", title="我校小麦育种团队新品种通过国家审定", pt="2024-10-18",
  info="来源：农学院　　作者：文/图：刘思远　王  婕　　发布时间：2024-10-18　　点击数：1543", authors=["刘思远","王婕"],
  body=["近日，农业农村部发布第二批国家农作物品种审定公告，我校农学院小麦育种团队选育的“西农511”通过国家审定，适宜在黄淮冬麦区南片种植。",
        "该品种在2021—2023年国家区域试验中平均亩产612.3公斤，比对照品种增产6.8%，具有抗倒伏、抗条锈病、品质优良等特点。",
        "团队负责人表示，下一步将加快新品种示范推广，助力国家粮食安全。"],
  tail="<div>审核：李  强</div><div>编辑：张  晗</div>", related=["我校举行2024年秋季运动会","学校召开本科教学工作会议","校领导走访慰问离退休老同志"]),
 dict(pid="ze-38", site="贵阳市中级人民法院", crumb="首页 > 法院动态", title="贵阳中院集中宣判一批涉农民工工资案件", pt="2025年01月16日",
  info="发布时间：2025年01月16日　来源：贵阳市中级人民法院　浏览：892", authors=["杨  帆","潘雨欣"],
  body=["1月15日，贵阳市中级人民法院联合花溪区人民法院开展集中宣判活动，对5起涉农民工工资案件进行公开宣判，为126名农民工追回工资约380万元。",
        "据了解，今年以来，全市法院开辟涉农民工工资案件“绿色通道”，实行快立、快审、快执，平均审理周期缩短至28天。",
        "（通讯员 杨  帆 潘雨欣）"],
  tail="", related=["贵阳中院召开2025年全市法院工作会议","花溪法院开展“法律进乡村”活动","云岩法院成功化解一起物业纠纷"]),
 dict(pid="ze-39", site="郑州大学第一附属医院", crumb="首页 > 新闻中心 > 医院新闻", title="我院成功完成河南首例“全机器人”肝移植手术", pt="2025-04-24 17:03",
  info="2025-04-24 17:03　　文/ 朱  倩　图/ 宋  涛　　来源：党委宣传部", authors=["朱倩"],
  body=["近日，我院肝胆胰外科团队成功为一名52岁终末期肝病患者实施了全机器人辅助肝移植手术。这是河南省首例此类手术。",
        "与传统开腹手术相比，机器人手术切口小、出血少，患者术后恢复更快。目前，患者已顺利出院，各项指标恢复良好。",
        "近年来，我院器官移植数量和质量稳步提升，肝移植年手术量连续多年位居全国前列。"],
  tail="<div><img alt='手术现场' width=300 height=200><div>手术现场</div></div><div>编辑：刘  伟</div>", related=["我院开展“世界防治结核病日”义诊","医院召开2025年护理工作会议","我院新增3个国家级临床重点专科"]),
 dict(pid="ze-40", site="中国石化新闻网", crumb="首页 > 企业新闻 > 基层动态", title="胜利油田海上平台光伏项目并网发电", pt="2024/07/09 10:12",
  info="2024/07/09 10:12　来源：中国石化新闻网　作者：宋昌刚　王  璐", authors=["宋昌刚","王璐"],
  body=["7月8日，胜利油田埕岛油田中心二号平台光伏发电项目成功并网，这是该油田在海上平台建成的首个光伏项目。",
        "项目利用平台闲置空间铺设光伏组件，装机容量680千瓦，年均发电量约85万千瓦时，每年可减少二氧化碳排放约680吨。",
        "近年来，胜利油田加快推进新能源项目建设，累计建成光伏装机超过600兆瓦，绿色低碳转型取得新进展。"],
  tail="<div>【责任编辑：张  迪】</div>", related=["中国石化发布上半年经营业绩","镇海炼化智能工厂建设提速","西北油田超深井钻探创新纪录"]),
]
for x in I:
    h = gov_news(x["pid"], x["site"], None, x["crumb"], x["title"], x["info"], x["body"], ["上一篇文章","下一篇文章"] + x["related"],
                 x["site"], "", "ICP备11003344号", "公网安备 00000002000077号")
    h = h.replace("<div class='share'>", x["tail"] + "<div class='share'>", 1)
    add(x["pid"], "institutional", "zh", h, x["title"], [a.replace(" ", "").replace("\u3000", "") for a in x["authors"]], x["pt"], x["body"])

def NOT_BODY(p):
    # stand-alone byline / author-affiliation paragraphs are printed on the page but are not body
    return p.startswith("（通讯员") or p.startswith("（作者系")

if __name__ == "__main__":
    for pid, kind, lang, h, title, authors, pt, body in PAGES:
        open(os.path.join(D, "html", pid + ".html"), "w", encoding="utf-8").write(h)
        g = {"id": pid, "set": "zh-blind4", "lang": lang, "kind": kind, "title": title,
             "authors": [a.replace(" ", "").replace("\u3000", "") if lang == "zh" else a for a in authors],
             "publish_time": pt, "body_paragraphs": [p for p in body if not NOT_BODY(p)]}
        json.dump(g, open(os.path.join(D, "gold", pid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(PAGES), "pages")
