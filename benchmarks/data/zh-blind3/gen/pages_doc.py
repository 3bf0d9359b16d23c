from lib import *
from pages_gov import GOVFOOT

PAGES = []


def reg(f):
    PAGES.append(f)
    return f


def meta_table(rows):
    s = '<table class="meta" border="1" style="border-collapse:collapse;width:100%;font-size:13px">'
    for r in rows:
        s += "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
    return s + "</table>\n"


@reg
def zd13():
    title = "曲靖市人民政府办公室关于做好2024年秋冬季森林草原防灭火工作的通知"
    wh = "曲政办发〔2024〕41号"
    time = "2024-10-21"
    body = [
        ("c", wh),
        "各县（市、区）人民政府，市直各委、办、局：",
        "当前，我市已进入秋冬季森林草原防火期，气温偏高、降水偏少，森林草原火险等级持续偏高。为切实做好2024年秋冬季森林草原防灭火工作，经市人民政府同意，现将有关事项通知如下：",
        ("h", "一、压紧压实防灭火责任"),
        "各县（市、区）要严格落实地方行政首长负责制，层层签订防火责任书，把防灭火责任落实到山头地块、落实到具体责任人。林长制各级林长要切实履行巡林护林职责。",
        ("h", "二、严格管控野外火源"),
        "防火期内，全市森林草原防火区一律禁止野外用火。各地要在林区主要路口、景区入口设置检查站点，对进山入林人员和车辆开展火源检查登记，严防火种上山。",
        ("h", "三、加强应急准备和值班值守"),
        "各地要充实专业扑火队伍，备足扑火装备和物资，严格执行24小时值班和领导带班制度，发现火情第一时间报告、第一时间处置，确保“打早、打小、打了”。",
        "附件：1.曲靖市2024年秋冬季森林草原防灭火重点区域名单",
        "2.森林草原火情报告表",
        ("r", "曲靖市人民政府办公室"),
        ("r", "2024年10月18日"),
        "（此件公开发布）",
    ]
    inner = topbar(["云南省人民政府门户网站"], ["无障碍", "长者模式", "繁体", "登录"]) + \
        banner("曲靖市人民政府", "", search("请输入标题或文号")) + \
        nav(["首页", "政务公开", "政务服务", "互动交流", "走进曲靖"]) + \
        crumbs("当前位置：首页 > 政务公开 > 政府文件 > 市政府办公室文件") + \
        '<div class="main"><div class="content">' + meta_table([
            ["索引号：", "11530300MB0H12345X/2024-01562", "主题分类：", "综合政务"],
            ["发布机构：", "曲靖市人民政府办公室", "成文日期：", "2024年10月18日"],
            ["标　　题：", title, "", ""],
            ["文　　号：", wh, "发布日期：", time]]) + \
        f"""<h1>{title}</h1>
<div class="info">发布时间：{time}　　来源：市政府办公室　　字体：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="article">{render_body(body)}</div>
<p>附件下载：<a href="#">附件1.曲靖市2024年秋冬季森林草原防灭火重点区域名单.docx</a></p>
<p><a href="#">附件2.森林草原火情报告表.xlsx</a></p>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
{qr()}</div></div>
""" + GOVFOOT("曲靖市人民政府办公室", "5303000002", "滇ICP备05003962号", "滇公网安备 53030202000118号")
    return dict(id="zd-13", kind="official document 通知 (Yunnan, 索引号 table, 附件, 署名/成文日期)", title=title,
                authors=[], time=time, body=gold_body(body), html=page(title, inner))


@reg
def zd14():
    title = "汉中市教育局关于组织开展2025年中小学生暑期安全教育工作的通知"
    wh = "汉教函〔2025〕128号"
    time = "发布日期：2025-07-04"
    body = [
        wh,
        "各县区教育局，市直各学校：",
        "暑假即将来临，为切实保障广大中小学生暑期安全，根据省教育厅工作安排，现就做好2025年中小学生暑期安全教育工作通知如下。",
        "一、各学校要在放假前组织开展一次集中安全教育，重点围绕防溺水、交通安全、防范电信网络诈骗、食品安全、防性侵等内容，通过主题班会、安全讲座、应急演练等形式，切实增强学生自护意识和能力。",
        "二、各学校要通过家长会、致家长的一封信、家校群等渠道，提醒家长切实履行监护责任。《致家长的一封信》回执须于7月10日前收齐存档。",
        "三、各县区教育局要配合属地政府和有关部门，对辖区内河流、水库、池塘等重点水域开展隐患排查，督促设置警示标志，落实暑期巡查值守。",
        "四、严格执行暑期值班和信息报送制度。各县区教育局于7月9日前将安全教育开展情况报市教育局安全稳定科（联系人：何静，电话：0916-2627810，邮箱：hzjyaqk@163.com）。",
        "附件：1.2025年暑期致家长的一封信",
        "2.暑期安全教育开展情况统计表",
        "3.中小学生防溺水“六不”安全常识",
        ("r", "汉中市教育局"),
        ("r", "2025年7月3日"),
    ]
    inner = topbar(["汉中市教育局欢迎您！"], ["长者模式", "无障碍"]) + \
        banner("汉中市教育局", "", search("请输入您要查找的内容")) + \
        nav(["首页", "机构设置", "教育动态", "通知公告", "政策法规", "招生考试", "信息公开"]) + \
        crumbs("当前位置：<a href='#'>首页</a> &gt; <a href='#'>通知公告</a>") + \
        f"""<div class="main"><div class="content">
<h1>{title}</h1>
<div class="info"><span>{time}</span><span>作者：安全稳定科</span><span>来源：市教育局</span><span>点击：1593</span></div>
<div class="article">{render_body(body)}</div>
<div class="fj"><p>附件列表：</p><ul><li><a href="#">附件1：2025年暑期致家长的一封信.doc</a></li><li><a href="#">附件2：暑期安全教育开展情况统计表.xls</a></li><li><a href="#">附件3：中小学生防溺水“六不”安全常识.pdf</a></li></ul></div>
{prevnext("关于公布2025年汉中市中小学优秀班主任评选结果的通知", "汉中市2025年中考录取最低控制分数线公布")}
</div></div>
""" + footer(["版权所有：汉中市教育局　地址：汉中市汉台区天汉大道128号　邮编：723000", "陕ICP备12004563号-1　陕公网安备 61070202000085号　网站标识码：6107000014"])
    return dict(id="zd-14", kind="official document 教育局通知 with attachment list (Shaanxi); info-bar 作者 is a 科室",
                title=title, authors=[], time="2025-07-04", body=gold_body(body), html=page(title, inner))


@reg
def zd15():
    # Shanxi Jincheng 通告, old-style site
    title = "晋城市人民政府关于城区禁止燃放烟花爆竹的通告"
    time = "2020-01-08 09:12"
    body = [
        ("c", "晋市政通〔2020〕1号"),
        "为保护大气环境，预防火灾事故，保障公共安全和人身财产安全，根据《中华人民共和国大气污染防治法》《烟花爆竹安全管理条例》《山西省大气污染防治条例》等法律法规规定，结合我市实际，现就城区禁止燃放烟花爆竹有关事项通告如下：",
        "一、禁放区域：城区全部行政区域，以及泽州县金村镇、南村镇的部分区域（具体范围见附件）。",
        "二、禁放时间：自本通告发布之日起，全年全天禁止燃放烟花爆竹。",
        "三、禁放区域内禁止销售、储存烟花爆竹。",
        "四、违反本通告规定燃放烟花爆竹的，由公安机关依法处以罚款；构成违反治安管理行为的，依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。",
        "五、机关、团体、企事业单位、村（居）民委员会应当加强对本单位职工和辖区居民的宣传教育。",
        "本通告自发布之日起施行。",
        "附件：晋城市城区禁止燃放烟花爆竹区域范围",
        ("r", "晋城市人民政府"),
        ("r", "2020年1月6日"),
    ]
    inner = f"""<table class="layout" width="980" align="center"><tr><td style="background:#1e4d8c;color:#fff;height:100px;font-size:28px">　晋城市人民政府门户网站<span style="font-size:12px">　www.jcgov.gov.cn</span></td></tr>
<tr><td><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">网上办事</a> | <a href="#">公众参与</a> | <a href="#">魅力晋城</a>　　<input type="text" placeholder="站内搜索"><button>检索</button></td></tr>
<tr><td class="small">您现在的位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">市政府文件</a></td></tr>
<tr><td><table width="100%" border="1" style="border-collapse:collapse;font-size:12px"><tr><td>索 引 号：</td><td>JC00101-0200-2020-00003</td><td>发文机关：</td><td>晋城市人民政府</td></tr><tr><td>文　　号：</td><td>晋市政通〔2020〕1号</td><td>生成日期：</td><td>2020-01-06</td></tr></table></td></tr>
<tr><td align="center"><h1>{title}</h1></td></tr>
<tr><td align="center" class="small">{time}　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　　<a href="#">【打印】</a></td></tr>
<tr><td class="article">{render_body(body, indent=True)}</td></tr>
<tr><td align="center"><a href="#">【关闭窗口】</a></td></tr>
<tr><td class="footer">晋城市人民政府办公室主办　　晋城市大数据应用局承办<br>晋ICP备05001036号　　晋公网安备 14050202000021号　　网站标识码：1405000001</td></tr></table>
"""
    return dict(id="zd-15", kind="official document 通告 (Shanxi, 2020 table layout)", title=title, authors=[], time=time,
                body=gold_body(body), html=page(title, inner))


@reg
def zd16():
    # Ningxia Wuzhong 实施意见, title above meta, with 主送, long title two lines
    t1 = "吴忠市人民政府关于进一步促进民营经济"
    t2 = "高质量发展的实施意见"
    title = t1 + t2
    time = "2023年09月11日 16:40"
    body = [
        ("c", "吴政发〔2023〕35号"),
        "利通区、红寺堡区、青铜峡市、同心县、盐池县人民政府，太阳山开发区管委会，市政府各部门、各直属机构：",
        "为深入贯彻落实党中央、国务院关于促进民营经济发展壮大的决策部署和自治区有关要求，进一步优化民营经济发展环境，激发民营经济主体活力，结合我市实际，提出如下实施意见。",
        ("h", "一、持续优化营商环境"),
        "（一）深化“放管服”改革。全面推行证明事项告知承诺制，企业开办时间压缩至0.5个工作日以内，工程建设项目审批全流程时间控制在45个工作日以内。",
        "（二）规范涉企检查。推行“综合查一次”，同一部门对同一企业年度内检查原则上不超过1次，无投诉举报、无违法记录的企业不主动检查。",
        ("h", "二、加大要素保障力度"),
        "（三）强化融资支持。设立规模2亿元的民营企业应急转贷资金，单笔转贷期限不超过15天，费率按日万分之一收取。",
        "（四）保障用地需求。对符合条件的民营企业工业项目，土地出让底价可按所在地土地等别相对应的最低价标准执行。",
        ("h", "三、保障措施"),
        "各县（市、区）、各部门要结合实际制定具体落实措施，市发展改革委负责牵头对本意见落实情况进行跟踪评估。",
        "本意见自印发之日起施行，有效期至2026年12月31日。",
        ("r", "吴忠市人民政府"),
        ("r", "2023年9月8日"),
    ]
    inner = topbar(["宁夏回族自治区人民政府"], ["长者模式", "无障碍", "智能问答"]) + \
        banner("吴忠市人民政府", "", search("请输入关键词")) + \
        nav(["首页", "政务公开", "政务服务", "政民互动", "走进吴忠"]) + \
        crumbs("首页 > 政府信息公开 > 法定主动公开内容 > 政府文件") + \
        f"""<div class="main"><div class="content">
<h1>{t1}<br>{t2}</h1>
<div class="info">信息来源：市政府办公室　　发布时间：{time}　　阅读：<span>5172</span>次</div>
""" + meta_table([["发文机关：", "吴忠市人民政府", "文号：", "吴政发〔2023〕35号"], ["成文日期：", "2023-09-08", "有效性：", "有效"]]) + \
        f"""<div class="article">{render_body(body)}</div>
<p>相关解读：<a href="#">《关于进一步促进民营经济高质量发展的实施意见》政策解读</a></p>
{share()}</div></div>
""" + GOVFOOT("吴忠市人民政府办公室", "6403000001", "宁ICP备05001418号", "宁公网安备 64030202000034号")
    return dict(id="zd-16", kind="official document 实施意见 (Ningxia, two-line headline, 主送 line)", title=title,
                authors=[], time=time, body=gold_body(body), html=page(title, inner))
