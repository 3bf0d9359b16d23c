#!/usr/bin/env python3
"""Generate html/ and gold/ for zh-blind223. All sites, people, numbers are invented."""
import html as H
import json
import os
import random

from text import paras, NAMES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "zh-blind223"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
E = H.escape

PROV = {
    "nm": dict(p="内蒙古", city="乌兰察布市", city2="巴彦淖尔市", county="察哈尔右翼后旗", spot="白音查干镇", icp="蒙ICP备", ga="蒙公网安备", gac="15092"),
    "jl": dict(p="吉林", city="四平市", city2="白城市", county="梨树县", spot="榆树台镇", icp="吉ICP备", ga="吉公网安备", gac="22030"),
    "sd": dict(p="山东", city="潍坊市", city2="日照市", county="安丘市", spot="景芝镇", icp="鲁ICP备", ga="鲁公网安备", gac="37078"),
    "hn": dict(p="海南", city="儋州市", city2="万宁市", county="临高县", spot="博厚镇", icp="琼ICP备", ga="琼公网安备", gac="46902"),
}
ORDER = ["nm", "jl", "sd", "hn"]

CSS = [
    "body{font:14px/1.8 SimSun,serif;margin:0;background:#f3f3f3}table{border-collapse:collapse}.w{width:980px;margin:0 auto;background:#fff}td{padding:4px}.t{font-size:22px;font-weight:bold;text-align:center;color:#b00}.info{color:#666;text-align:center;font-size:12px}.foot{background:#8b0000;color:#fff;text-align:center;font-size:12px}",
    "body{font-family:'Microsoft YaHei',sans-serif;margin:0;color:#333}.top{background:#0b4f9c;color:#fff;padding:6px 20px}.nav a{margin:0 10px;color:#fff}.main{max-width:1100px;margin:0 auto;padding:20px}h1{font-size:26px;text-align:center}.meta{color:#888;text-align:center}.crumb{color:#666;font-size:13px}footer{background:#eee;padding:20px;text-align:center;font-size:12px}",
    "*{box-sizing:border-box}body{margin:0;font:16px/1.75 -apple-system,'PingFang SC',sans-serif}.grid{display:grid;grid-template-columns:2fr 1fr;gap:24px;max-width:1200px;margin:auto;padding:16px}h1{font-size:28px;line-height:1.4}.side{border-left:1px solid #ddd;padding-left:16px}.kicker{color:#c00;font-size:15px}.sub{color:#555;font-size:18px}figure{margin:16px 0}figcaption{color:#777;font-size:13px}footer{border-top:3px solid #c00;padding:16px;font-size:12px;color:#666}",
    "body{margin:0;background:#f6f6f6;font:15px/1.7 sans-serif}.app{max-width:640px;margin:0 auto;background:#fff;padding:14px}.acct{display:flex;gap:8px;align-items:center;color:#555}h1{font-size:22px}.bar{color:#999;font-size:13px}.ops{color:#888;border-top:1px solid #eee;padding-top:8px}.qr{text-align:center;color:#999;font-size:12px}",
    "body{margin:0;font:14px/1.7 SimSun,serif;background:#e9e4d8}.paper{display:flex;max-width:1200px;margin:auto}.left{width:360px;background:#fff;padding:10px}.right{flex:1;background:#fffdf6;padding:20px}.yt{color:#444;text-align:center}.zt{font-size:26px;text-align:center;font-weight:bold}.ft{text-align:center;color:#555}.bm a{display:block}",
]

AREAS = {"nm": "各旗县市区人民政府，市直各有关单位：", "jl": "各县（市、区）人民政府，市政府各委办局：",
         "sd": "各县市区人民政府，市属各开发区管委会，市政府各部门：", "hn": "各乡镇人民政府，县政府直属各单位："}


def img(alt, w=600, h=360):
    return f'<img src="{GIF}" alt="{E(alt)}" width="{w}" height="{h}">'


def page(title, css, body, lang="zh-CN"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{E(title)}</title>'
            f'<style>{css}</style></head><body>\n{body}\n</body></html>\n')


def ps(lst, indent=True):
    st = ' style="text-indent:2em"' if indent else ""
    return "\n".join(f"<p{st}>{E(p)}</p>" for p in lst)


def footer_gov(pv, i, site):
    return (f'<div class="foot">主办：{site} 承办：{pv["city"]}政务服务和数据管理局<br>'
            f'网站标识码：{1500000000 + i * 7919} {pv["icp"]}{10000000 + i * 3331}号-{i % 4 + 1} '
            f'{pv["ga"]} {pv["gac"]}{202000000 + i * 17}号<br>联系电话：0{470 + i}-{8100000 + i * 233} '
            f'<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a><br>{img("党政机关标识", 40, 48)} {img("政府网站找错", 80, 30)}</div>')


def gold(id_, lang, kind, title, authors, pt, body):
    return dict(id=id_, set=SET, lang=lang, kind=kind, title=title, authors=authors,
                publish_time=pt, body_paragraphs=body)


# ---------------------------------------------------------------- government
GOV = [
    # (kind of page, title, subj, date printed, extra)
    ("notice", "关于做好2025年春季农田水利设施维修养护工作的通知", "农田水利设施维修养护", "2025-03-18", "政办发〔2025〕9号"),
    ("jiedu", "《关于进一步优化营商环境降低市场主体制度性交易成本的若干措施》政策解读", "优化营商环境", "2025年04月02日 10:15", None),
    ("speech", "在全市安全生产工作会议上的讲话", "安全生产", "2025/04/09", None),
    ("gongshi", "关于2025年第一批市级农业产业化重点龙头企业拟认定名单的公示", "农业产业化", "2025.04.28", None),
    ("news", "市政务服务中心推出“周末不打烊”服务", "政务服务", "2025-4-7 09:03:21", None),
    ("pifu", "关于同意设立临港物流园区的批复", "物流园区建设", "2025年5月6日", "政函〔2025〕21号"),
    ("han", "关于商请协助开展第三次全国土壤普查外业采样工作的函", "土壤普查", "2025-05-12", "农函〔2025〕6号"),
    ("tonggao", "关于城区部分路段实施临时交通管制的通告", "道路施工", "2025年05月20日", None),
    ("jiedu", "一图读懂《城乡居民基本医疗保险门诊慢特病待遇保障办法》", "门诊慢特病保障", "2025-06-03 16:40:05", None),
    ("news", "市委理论学习中心组开展2025年第五次集体学习", "理论学习", "2025年6月9日 星期一", None),
    ("notice", "关于开展2025年度“双随机、一公开”联合抽查工作的通知", "双随机一公开", "发布日期：2025-06-16", "市监发〔2025〕33号"),
    ("news", "全市冬春季森林草原防灭火工作现场会召开", "森林草原防灭火", "06-23", None),
]


def gov_page(n, pv, spec):
    kind, title, subj, date, wenhao = spec
    id_ = f"rp-{n:02d}"
    rng = random.Random(n)
    level = pv["city"] if n % 3 else pv["county"]
    site = f"{level}人民政府"
    ctx = dict(place=level, org="", subj=subj, spot=pv["spot"], d="4月上旬")
    if kind in ("news", "speech"):
        ctx["org"] = "有关部门"
    np_ = 5 + rng.randint(0, 5)
    body = paras(n * 31, ctx, np_)
    authors, label_author = [], None
    sign = f"{site}办公室"
    doc = kind in ("notice", "gongshi", "pifu", "han", "tonggao")
    pt = date.replace("发布日期：", "")
    gold_title = title
    top_lines = []
    bottom = []
    if kind == "notice":
        items = ["一、提高思想认识。各地各部门要充分认识做好" + subj + "工作的重要性，主要负责同志亲自部署、亲自过问，分管负责同志具体抓，确保工作不断档、不走样。",
                 "二、突出工作重点。要围绕" + subj + "中的薄弱环节，逐项排查、建立台账，对排查出的问题明确整改责任人和整改时限，实行销号管理。",
                 "三、强化督促落实。市政府办公室将会同有关部门适时开展督导检查，检查结果纳入年度目标考核。各单位请于6月30日前将工作开展情况报市政府办公室。",
                 "联系人：" + rng.choice(NAMES) + "，联系电话：0" + str(470 + n) + "-" + str(8200000 + n * 77) + "。"]
        body = [AREAS[ORDER[n % 4]], body[0].replace("召开", "部署").split("。")[0] + "。现就有关事项通知如下："] + items + [sign, "2025年3月18日" if n == 1 else "2025年6月13日"]
        sign_date = body[-1]
    elif kind == "gongshi":
        body = [f"根据《{level}农业产业化重点龙头企业认定和运行监测管理办法》，经企业申报、县级推荐、专家评审，拟认定以下企业为2025年第一批市级农业产业化重点龙头企业，现予以公示。",
                "序号 企业名称 所在地 主营产品",
                f"1 {level}北沙农牧科技有限公司 {pv['county']} 肉羊养殖加工",
                f"2 {pv['city2']}金穗粮油有限责任公司 {pv['spot']} 小麦粉、食用油",
                "3 青禾果蔬专业合作社联合社 城关镇 设施蔬菜",
                "公示期为2025年4月28日至5月7日，共7个工作日。公示期内，如对公示企业有异议，请以书面形式向市农业农村局反映，并提供必要的证明材料。单位反映的须加盖公章，个人反映的须署真实姓名和联系方式。",
                f"受理电话：0{470 + n}-{8300000 + n * 91}，电子邮箱：nyc{n}@example.cn，通信地址：{level}政务大厦B座412室。",
                f"{level}农业农村局", "2025年4月28日"]
    elif kind == "pifu":
        body = [f"{pv['county']}人民政府：",
                f"你县《关于设立临港物流园区的请示》（{pv['county'][:2]}政呈〔2025〕14号）收悉。经研究，现批复如下：",
                "一、同意设立临港物流园区，园区规划面积约3.6平方公里，四至范围以国土空间规划为准。",
                "二、园区要坚持规划引领、集约节约，重点发展冷链物流、大宗商品仓储和跨境电商配套服务，严禁变相从事房地产开发。",
                "三、你县要切实履行主体责任，健全园区管理机构，完善水电路讯等基础设施，依法依规做好用地、环评、安评等前期工作，确保园区规范有序运行。",
                "四、市直有关部门要按照职责分工，在项目审批、要素保障等方面给予支持。市发展改革委、市商务局要加强对园区建设运营的指导，定期开展评估，评估结果作为政策支持的重要依据。",
                "此复。", site, "2025年5月6日"]
    elif kind == "han":
        body = [f"{pv['city2']}自然资源局：",
                f"根据第三次全国土壤普查工作安排，我局承担的外业采样任务涉及与你市交界区域样点{rng.randint(40, 90)}个。为确保采样工作按期完成，现商请你局协助做好以下工作：",
                "一、提供交界区域最新土地利用现状图件及权属资料，便于采样人员准确定位样点。",
                "二、协调所在乡镇、村组做好入户沟通，为采样人员进出田块提供便利。",
                "三、指定一名联络员，负责日常对接和问题协调。采样过程中如遇样点无法到达或地类发生变化等情况，请及时告知，以便双方共同研究确定替代样点，确保样点代表性和数据质量。",
                "外业采样工作计划于5月下旬开始，6月底前结束。感谢你局一贯的支持！",
                f"联系人：{rng.choice(NAMES)}，电话：0{470 + n}-{8400000 + n * 13}。",
                f"{level}农业农村局", "2025年5月12日"]
    elif kind == "tonggao":
        body = ["因城区雨污分流改造工程施工需要，为保障施工安全和道路交通有序，根据《中华人民共和国道路交通安全法》有关规定，决定对城区部分路段实施临时交通管制。现将有关事项通告如下：",
                "一、管制时间：2025年5月22日0时至2025年7月31日24时。",
                "二、管制路段：新华大街（团结路至建设路段）双向封闭；胜利街（文化路至人民路段）由东向西单向通行。",
                "三、管制期间，除施工车辆和执行任务的警车、消防车、救护车、工程救险车外，其他车辆请按现场指示绕行。",
                "四、请广大交通参与者自觉遵守本通告，服从交通警察和现场工作人员的指挥。对违反本通告的，公安机关交通管理部门将依法处理。",
                "特此通告。",
                f"{level}公安局交通警察支队", f"{level}住房和城乡建设局", "2025年5月20日"]
    elif kind == "speech":
        speaker = rng.choice(NAMES)
        authors = [speaker]
        body = ["同志们：", "今天召开全市安全生产工作会议，主要任务是深入分析当前安全生产形势，安排部署下一阶段重点工作。刚才，应急管理局通报了一季度安全生产情况，几个县区和部门作了交流发言，讲得都很好，我都同意。下面，我再讲三点意见。",
                "一、清醒认识当前安全生产面临的严峻形势",
                "今年以来，全市安全生产形势总体平稳，但事故起数和死亡人数同比仍有反弹，暴露出部分企业主体责任落实不到位、部分行业监管存在盲区等问题。我们必须保持清醒头脑，绝不能有丝毫松懈麻痹。",
                "二、突出抓好重点行业领域专项整治",
                "要聚焦矿山、危险化学品、道路交通、建筑施工、燃气等重点行业领域，深入开展隐患排查整治，建立问题隐患和制度措施“两个清单”，对重大隐患实行挂牌督办，做到整改责任、措施、资金、时限和预案“五落实”。",
                "三、层层压实安全生产责任",
                "各级党委政府要认真落实“党政同责、一岗双责、齐抓共管、失职追责”要求，行业主管部门要按照“三个必须”落实监管责任，企业要切实履行主体责任，形成一级抓一级、层层抓落实的工作格局。",
                "同志们，安全生产责任重于泰山。让我们以更加坚决的态度、更加有力的措施，全力以赴防风险、除隐患、遏事故，为全市经济社会高质量发展创造良好的安全环境！"]
        title_speech = f"{speaker}"
    elif kind == "jiedu":
        body = ["一、出台背景", body[0], "二、主要内容", body[1], body[2], "三、适用对象", body[3] if len(body) > 3 else body[1], "四、解读机关及联系方式", f"{level}发展和改革委员会，联系电话：0{470 + n}-{8500000 + n * 7}。"]
    elif kind == "news" and n == 10:
        body[0] = f"6月6日，{level}委理论学习中心组开展2025年第五次集体学习，围绕{subj}进行交流研讨。" + body[0].split("。", 1)[1]
    # ---- authors placement
    byline_info = ""
    if kind == "news":
        if n == 5:
            a = [rng.choice(NAMES)]
            authors = a
            byline_info = f"作者：{a[0]}"
        elif n == 10:
            authors = ["许可", "阿依努尔·买买提"]
            body[-1] = body[-1] + "（记者 许　可 通讯员 阿依努尔·买买提）"
        else:
            authors = []
            byline_info = ""
    # ---- html variants
    crumbs = f'<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">{"通知公告" if doc else "政策解读" if kind == "jiedu" else "政务要闻"}</a></div>'
    tools = '<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 【<a href="#">打印</a>】 【<a href="#">关闭</a>】</div>'
    source = f"来源：{level}{'人民政府办公室' if doc else '融媒体中心' if kind == 'news' else '发展和改革委员会'}"
    views = f"浏览次数：{rng.randint(80, 5000)}"
    idx = ""
    if kind in ("jiedu", "notice", "pifu", "han") or n in (4, 8):
        idx = ('<table class="idx" border="1" width="100%"><tr><td>索引号：</td><td>' + f"{11150000 + n * 37}X/2025-{n:05d}" +
               '</td><td>主题分类：</td><td>综合政务\\通知</td></tr><tr><td>发布机构：</td><td>' + site +
               '</td><td>成文日期：</td><td>' + ("2025年03月17日" if n != 9 else "2025年05月28日") + '</td></tr><tr><td>标题：</td><td colspan="3">' + E(title) +
               '</td></tr><tr><td>文号：</td><td>' + (pv["city"][:2] + wenhao if wenhao else "") + '</td><td>发布日期：</td><td>' + E(pt) + '</td></tr></table>')
    wh = f'<p style="text-align:center">{E(pv["city"][:2] + wenhao)}</p>' if wenhao else ""
    if kind == "speech":
        head_title = f'<h1>{E(title)}</h1><p class="meta">——{rng.choice(["市长", "副市长", "常务副市长"])} {E(authors[0])}</p>'
    elif n == 9:
        head_title = f'<h1>{E(title)}</h1>'
    else:
        head_title = f'<h1>{E(title)}</h1>'
    body_html = []
    for p in body:
        if kind == "gongshi" and (p[:2] in ("1 ", "2 ", "3 ") or p.startswith("序号")):
            continue
        al = ' style="text-align:right"' if (p == sign or p.endswith("日") and len(p) < 14 or p.endswith("局") or p.endswith("政府") or p.endswith("支队")) and p not in (body[0],) else ' style="text-indent:2em"'
        tag = "h3" if (kind in ("speech", "jiedu") and p[:2] in ("一、", "二、", "三、", "四、") and len(p) < 30) else "p"
        body_html.append(f"<{tag}{al}>{E(p)}</{tag}>")
    if kind == "gongshi":
        rows = [p for p in body if p[:2] in ("1 ", "2 ", "3 ") or p.startswith("序号")]
        t = "<table border=\"1\" class=\"list\">" + "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r.split(" ")) + "</tr>" for r in rows) + "</table>"
        body_html.insert(1, t)
    if n == 9:
        body_html.insert(1, f'<p style="text-align:center">{img("一图读懂门诊慢特病待遇保障办法（长图）", 600, 900)}</p>')
    if n in (5, 12):
        body_html.insert(2, f'<p style="text-align:center">{img("工作人员在窗口为群众办理业务")}</p><p class="cap" style="text-align:center">图为工作人员在窗口为群众办理业务。</p>')
    extra_foot = ""
    if n == 12:
        authors = []
        extra_foot = '<p style="text-align:right">（来源：' + pv["city"] + '应急管理局）</p>'
    related = '<div class="rel"><h4>相关链接</h4><ul>' + "".join(f'<li><a href="#">{pv["city"]}{x}</a></li>' for x in ["2024年政府工作报告", "政务服务事项清单（2025年版）", "政府信息公开工作年度报告"]) + "</ul></div>"
    prevnext = f'<div>上一篇：<a href="#">关于公布{pv["city"]}第二批市级非物质文化遗产代表性项目名录的通知</a><br>下一篇：<a href="#">{pv["city"]}2025年重点项目清单</a></div>'
    edit = f'<p class="ed">【责任编辑：{rng.choice(NAMES)}】</p>' if n % 2 else f'<p class="ed">编辑：{rng.choice(NAMES)} 审核：{rng.choice(NAMES)}</p>'
    topbar = '<div class="top"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a> | <a href="#">登录</a> | <a href="#">注册</a> <input placeholder="请输入关键字"> <button>搜索</button></div>'
    navs = "".join(f'<a href="#">{x}</a>' for x in ["首页", "政务公开", "政务服务", "互动交流", "走进" + level[:2]])
    info = f'<div class="meta">发布时间：{E(pt)} {E(source)} {E(byline_info)} {views} {tools}</div>' if "发布日期" not in date else f'<div class="meta">{E(date)} {E(source)} {views}</div>{tools}'
    if n == 12:
        info = f'<div class="meta">{E(pt)} | {views}</div>'
    main = crumbs + idx + head_title + info + wh + "\n".join(body_html) + extra_foot + edit + prevnext + related
    if n % 2 == 1:  # 2010s table layout
        bodyh = (f'<table class="w" width="980" align="center"><tr><td colspan="2" style="background:#8b0000;color:#fff;font-size:26px">{E(site)}<br><small>www.{ORDER[n % 4]}{n}gov.example.cn</small></td></tr>'
                 f'<tr><td colspan="2">{topbar}{navs}</td></tr><tr><td width="200" valign="top">{"".join(f"<p><a href=#>{x}</a></p>" for x in ["通知公告", "政策文件", "政策解读", "人事信息", "财政信息"])}</td>'
                 f'<td valign="top">{main}</td></tr><tr><td colspan="2">{footer_gov(pv, n, site)}</td></tr></table>')
        css = CSS[0]
    else:
        bodyh = f'<header class="top">{topbar}<h2>{E(site)}</h2><nav class="nav">{navs}</nav></header><div class="main">{main}<div class="qr">{img("扫一扫在手机打开当前页", 100, 100)} 扫一扫在手机打开当前页</div></div><footer>{footer_gov(pv, n, site)}</footer>'
        css = CSS[1]
    return page(f"{title}_{site}", css, bodyh), gold(id_, "zh", "government", gold_title, authors, pt, body)


# ---------------------------------------------------------------- media
MEDIA = [
    # (outlet, title lines, kicker, subtitle, subj, date)
    ("日报", ["春耕备耕正当时"], None, "全市落实小麦播种面积126万亩", "春耕生产", "2025-03-18 07:32"),
    ("晚报", ["老旧小区改造", "让居民住得更舒心"], None, None, "老旧小区改造", "2025年04月02日 10:15"),
    ("新闻网", ["冷链物流园区一期项目投入运营"], "打通农产品出村进城“最先一公里”", None, "冷链物流", "2025/04/15 18:20:44"),
    ("广播电视台", ["首届乡村文化旅游节开幕"], None, None, "乡村文化旅游", "2025.04.28"),
    ("日报", ["跨境电商综试区进出口额同比增长18.6%"], None, None, "跨境电商", "2025-5-3"),
    ("晚报", ["暴雨过后", "抢修队员连夜恢复供电"], None, None, "电力抢修", "2025年5月21日 23:05"),
    ("新闻网", ["Local farms turn to drones for spring planting"], None, None, "smart farming", "April 8, 2025"),
    ("日报", ["Island county opens new cruise terminal to visitors"], None, None, "tourism", "2025-05-16 09:41"),
    ("日报", ["“家门口”的就业服务站火了"], "稳就业", "今年以来已帮助3200余人实现就业", "就业服务", "2025-06-04"),
    ("新闻网", ["中小学生暑期安全提示发布"], None, None, "暑期安全", "2025年6月10日"),
    ("日报", ["全省首条智慧高速公路试运行"], None, None, "智慧交通", "2025-06-18 08:00:00"),
    ("晚报", ["夜市经济点亮城市烟火气"], None, None, "夜间经济", "6月22日 20:16"),
]


def media_page(n, pv, spec, idx):
    outlet, lines, kicker, sub, subj, date = spec
    id_ = f"rp-{n:02d}"
    en = n in (19, 20)
    rng = random.Random(n * 7)
    name = (pv["city"][:2] if idx % 2 else pv["p"]) + outlet
    place = pv["city"] if idx % 2 else pv["p"]
    ctx = dict(place=place if not en else {"nm": "Inner Mongolia", "jl": "Jilin", "sd": "Shandong", "hn": "Hainan"}[ORDER[n % 4]],
               org="", subj=subj, spot=pv["spot"] if not en else "the county seat", d="5月20日" if not en else "Tuesday")
    ctx["org"] = "有关部门" if not en else ""
    body = paras(n * 13, ctx, 5 + rng.randint(0, 5) if not en else 6, en=en)
    title = "".join(lines)
    authors = []
    byline_html = ""
    r1, r2 = rng.sample(NAMES, 2)
    src_line = f"来源：{name}"
    if n == 13:
        authors = [r1, r2]
        body[0] = f"本报讯（记者 {r1} 通讯员 {r2}）" + body[0]
    elif n == 14:
        authors = [r1]
        byline_html = f"<p class=\"meta\">文/图 {r1}</p>"
    elif n == 15:
        authors = [r1, "乌兰·其其格"]
        byline_html = f'<p class="meta">记者 {r1} 乌兰·其其格</p>'
    elif n == 16:
        authors = [r1]
        body[-1] = body[-1] + f"（{name}记者 {r1}）"
    elif n == 17:
        authors = []
        src_line = "来源：新华社"
        body[0] = "新华社" + pv["city"][:2] + "5月3日电 " + body[0]
    elif n == 19:
        authors = ["Zhang Haifeng", "Liu Jiayi"]
        byline_html = '<p class="meta">By Zhang Haifeng and Liu Jiayi</p>'
    elif n == 20:
        authors = ["Chen Zhiyuan"]
        body.append("Chen Zhiyuan contributed to this story.") if False else None
        byline_html = '<p class="meta">Writer: Chen Zhiyuan | Editor: Zhou Min</p>'
    elif n == 21:
        authors = ["许可", r2]
        byline_html = f'<p class="lead">本报记者 许　可 通讯员 {r2}</p>'
    elif n == 22:
        authors = [r1]
    elif n == 23:
        authors = [r1, r2]
        body[0] = f"{name}讯（记者 {r1}）" + body[0]
        body.append(f"（通讯员 {r2}）") if False else None
        byline_html = ""
    elif n == 24:
        authors = [r1]
        body.append(f"文/{r1}") if False else None
    # sub-headings
    if not en and n in (13, 18, 22):
        body.insert(2, "聚焦重点 加快推进")
        body.insert(5, "多方协同 形成合力")
    pubtxt = date
    if en:
        meta = f'<div class="meta">By Zhang Haifeng and Liu Jiayi | Source: {ctx["place"]} Daily | Updated: {date}</div>' if n == 19 else f'<div class="meta">Updated: {date} | Source: {ctx["place"]} Daily</div>'
        if n == 19:
            byline_html = ""
    else:
        meta = f'<div class="meta">{src_line} <span>作者：{r1}</span> 编辑：{r2} <span>{date}</span></div>' if n == 22 else f'<div class="meta">{date} {src_line} 阅读量：{rng.randint(1000, 90000)}</div>'
    h = ""
    if kicker:
        h += f'<p class="kicker">{E(kicker)}</p>'
    h += "<h1>" + "<br>".join(E(x) for x in lines) + "</h1>"
    if sub:
        h += f'<p class="sub">——{E(sub)}</p>'
    arts = []
    for i, p in enumerate(body):
        if p in ("聚焦重点 加快推进", "多方协同 形成合力"):
            arts.append(f"<h3>{E(p)}</h3>")
        else:
            arts.append(f"<p>{E(p)}</p>")
        if i == 1:
            cap = "Drones spray seedlings in a field." if en else f"{ctx['spot']}一景。{name}记者 {r2} 摄"
            arts.append(f'<figure>{img(cap)}<figcaption>{E(cap)}</figcaption></figure>')
    if n == 24:
        arts.append(f'<p style="text-align:right">文/{E(r1)}</p>')
        authors = [r1]
    if n == 18:
        arts.append(f'<p class="sm">（摄影：{r2}）</p>')
    edit = f'<p class="ed">责任编辑：{rng.choice(NAMES)}</p>' if not en else '<p class="ed">Editor: Ma Wenbo</p>'
    share = '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>' if not en else '<div class="share">Share: Facebook X LinkedIn</div>'
    rel = '<div class="side"><h4>' + ("热点推荐" if not en else "Most Popular") + '</h4><ul>' + "".join(f"<li><a href=#>{x}</a></li>" for x in (["全市一季度经济运行情况发布", "这些新规5月起施行", "周末天气：气温回升 注意防火"] if not en else ["Spring travel rush sees record trips", "New rail line links coastal cities", "Museum night tours return"])) + "</ul></div>"
    nav = "".join(f"<a href=#>{x}</a> " for x in (["首页", "时政", "经济", "社会", "文旅", "视频", "数字报"] if not en else ["Home", "News", "Business", "Culture", "Travel", "Photos"]))
    login = "登录 | 注册 <input placeholder=\"搜索新闻\">" if not en else "Sign in <input placeholder=\"Search\">"
    foot = (f'<footer>{"关于我们 | 广告服务 | 联系我们 | 版权声明" if not en else "About Us | Contact | Privacy"}<br>{pv["icp"]}{20000000 + n * 101}号 {pv["ga"]} {pv["gac"]}{30000000 + n}号 互联网新闻信息服务许可证：{pv["gac"][:2]}12017{n:03d}<br>'
            f'违法和不良信息举报电话：0{470 + n}-{6600000 + n * 11} Copyright © 2025 {name} All Rights Reserved</footer>')
    crumb = f'<div class="crumb">{"您的位置" if not en else "Home"} &gt; {"新闻" if not en else "News"} &gt; {"本地" if not en else "Local"}</div>'
    main = crumb + h + meta + byline_html + "\n".join(arts) + edit + share + f'<div>{"上一篇" if not en else "Previous"}：<a href=#>{"春季招聘会下周举行" if not en else "Coastal city hosts marathon"}</a></div>'
    bodyh = f'<div class="top">{login}</div><div class="nav">{nav}</div><div class="grid"><article>{main}</article>{rel}</div>{foot}'
    css = CSS[2] if n % 2 else CSS[1] + ".grid{display:flex;gap:20px;max-width:1100px;margin:auto}"
    return page(f"{title}-{name}", css, bodyh, "en" if en else "zh-CN"), gold(id_, "en" if en else "zh", "media", title, authors, pubtxt, body)


# ---------------------------------------------------------------- self-media
SELF = [
    ("头条号", "青城生活观察", "这家开了二十年的老字号面馆，藏着一座城市的早餐记忆", "老字号餐饮", "2025-04-03 07:45·内蒙古"),
    ("网易号", "四平文旅小编", "五一去哪儿？这份周边游攻略请收好", "周边旅游", "2025-04-27 12:08:31"),
    ("百家号", "鲁中财经眼", "潍坊风筝产业年产值突破30亿元，背后有哪些门道", "风筝产业", "04-29 18:30"),
    ("微信公众号", "儋州发布", "重要提醒！这些公交线路临时调整", "公交调整", "2025年5月30日 17:55"),
    ("微博", "乌兰察布晚7点", "草原音乐节门票开售", "草原音乐节", "25-6-12 20:00 来自 微博网页版"),
    ("小红书", "阿茶在海南", "万宁冲浪小白第一课｜保姆级攻略", "冲浪旅游", "编辑于 06-21 海南"),
]


def self_page(n, pv, spec):
    plat, acct, title, subj, date = spec
    id_ = f"rp-{n:02d}"
    rng = random.Random(n)
    ctx = dict(place=pv["city"], org="", subj=subj, spot=pv["spot"], d="近日")
    body = paras(n * 17, ctx, 5 + rng.randint(0, 4))
    authors = [acct]
    pt = date
    if n == 26:
        w = rng.choice(NAMES)
        authors = [w]
        body.append(f"（文/{w}）")
        body[-2] = body[-2] + ""
        body = body[:-1]
        tail = f'<p>文/{E(w)}</p>'
    else:
        tail = ""
    if n == 29:  # weibo: short, but still long enough
        body = body[:5]
    if n == 28:
        body.insert(0, "各位市民朋友：")
        body.append("点击下方“阅读原文”查看详细线路图。")
    gold_pt = date
    if n == 29:
        gold_pt = "25-6-12 20:00"
    if n == 30:
        gold_pt = "06-21"
    if n == 25:
        gold_pt = "2025-04-03 07:45"
    arts = "\n".join(f"<p>{E(p)}</p>" for p in body)
    head = f'<div class="acct">{img(acct + "头像", 40, 40)}<b>{E(acct)}</b> <span>{E(plat)}</span> <button>+ 关注</button></div>'
    if plat == "微信公众号":
        head = f'<h1>{E(title)}</h1><div class="bar">原创 <a href=#>{E(acct)}</a> {E(date)}</div>'
        top = ""
    elif plat == "微博":
        head = f'<div class="acct">{img(acct + "头像", 40, 40)}<b>{E(acct)}</b></div><div class="bar">{E(date)}</div><h1>{E(title)}</h1>'
    elif plat == "小红书":
        head = f'{head}<h1>{E(title)}</h1>'
    else:
        head = f'<h1>{E(title)}</h1>{head}<div class="bar">{E(date)}</div>'
    if plat == "小红书":
        after = f'<div class="bar">{E(date)}</div><p>#万宁 #冲浪 #海南旅行</p><div class="ops">赞 {rng.randint(100, 9000)} 收藏 {rng.randint(50, 3000)} 评论 {rng.randint(10, 400)}</div>'
    else:
        after = f'<div class="ops">阅读 {rng.randint(1000, 99999)} 点赞 {rng.randint(10, 999)} 在看 {rng.randint(1, 99)} 分享 收藏</div>'
    bodyh = (f'<div class="app"><div class="topbar">{E(plat)} | 打开APP 下载 | 登录</div>{head}<div class="cont">{arts}{tail}'
             f'{img("文中配图")}</div>{after}<div class="qr">{img("二维码", 90, 90)}<br>长按识别二维码关注我们</div>'
             f'<div class="rel">相关推荐<ul><li>本周末天气预报来了</li><li>这几类人可申领补贴</li></ul></div>'
             f'<p class="bar">本文为{E(plat)}作者或机构上传并发布，仅代表该作者或机构观点，不代表本平台的观点或立场。</p></div>')
    return page(title, CSS[3], bodyh), gold(id_, "zh", "self-media", title, authors, gold_pt, body)


# ---------------------------------------------------------------- e-paper
EP = [
    ("01", "要闻", "赶在春雨前", "万亩高标准农田全面开工", "总投资4.2亿元，预计9月底前完工", "高标准农田建设", "2025年03月18日"),
    ("03", "经济", "产业链上“链”出新动能", "新能源装备产业集群加速成形", None, "新能源装备", "2025年4月9日 星期三"),
    ("05", "民生", None, "社区食堂“飘香”暖人心", "全市已建成社区老年食堂86家", "社区养老", "2025-05-07"),
    ("02", "综合", "守护碧水蓝天", "入海河流水质持续改善", "12条主要河流优良水体比例达100%", "水环境治理", "2025.05.28"),
    ("07", "文化", None, "非遗工坊带火乡村夜经济", None, "非遗传承", "2025/06/19"),
]


def ep_page(n, pv, spec):
    pg, pname, yt, zt, ft, subj, date = spec
    id_ = f"rp-{n:02d}"
    rng = random.Random(n)
    paper = pv["city"][:2] + "日报"
    ctx = dict(place=pv["city"], org="有关部门", subj=subj, spot=pv["spot"], d="日前")
    body = paras(n * 19, ctx, 5 + rng.randint(0, 5))
    r1, r2 = rng.sample(NAMES, 2)
    if n in (31, 33, 35):
        body[0] = f"本报讯（记者 {r1} 通讯员 {r2}）" + body[0]
        authors = [r1, r2]
    elif n == 32:
        authors = [r1]
    else:
        authors = ["包·额尔敦"] if pv is PROV["nm"] else [r1]
    others = ["我市召开一季度经济形势分析会", "图片新闻", "简讯"]
    titles = [zt] + others
    nav = "".join(f'<a href="#">第{i:02d}版：{x}</a>' for i, x in enumerate(["要闻", "综合", "经济", "评论", "民生", "专版", "文化", "广告"], 1))
    left = (f'<div class="left"><div>{img("版面缩略图", 300, 420)}</div><div class="bm"><b>版面导航</b>{nav}</div>'
            f'<div><b>本版标题</b><ul>{"".join(f"<li><a href=#>{E(t)}</a></li>" for t in titles)}</ul></div>'
            f'<div>往期回顾 <input placeholder="选择日期"> 上一版 下一版 PDF下载</div></div>')
    h = ""
    if yt:
        h += f'<p class="yt">{E(yt)}</p>'
    h += f'<p class="zt">{E(zt)}</p>'
    if ft:
        h += f'<p class="ft">——{E(ft)}</p>'
    by = ""
    if n == 32:
        by = f'<p class="ft">本报记者 {E(r1)}</p>'
    if n in (34,):
        by = f'<p class="ft">□ 记者 {E(authors[0])}</p>'
    arts = "".join(f"<p>{E(p)}</p>" for p in body)
    if n == 31:
        arts = arts.replace("</p>", f'</p><p>{img("施工现场")}</p><p class="cap">施工现场。本报记者 {E(r2)} 摄</p>', 1)
    right = (f'<div class="right"><div>{paper} {E(date)} 第{pg}版：{pname}</div>{h}{by}<div class="txt">{arts}</div>'
             f'<p>责任编辑：{rng.choice(NAMES)} 美术编辑：{rng.choice(NAMES)}</p></div>')
    bodyh = f'<div class="hdr"><h2>{paper}数字报</h2><span>{E(date)}</span> <a href=#>首页</a> <a href=#>登录</a></div><div class="paper">{left}{right}</div><div class="foot">{paper}社版权所有 {pv["icp"]}{4000000 + n}号</div>'
    return page(f"{paper}-{zt}", CSS[4], bodyh), gold(id_, "zh", "e-paper", zt, authors, date, body)


# ---------------------------------------------------------------- institution
INST = [
    ("大学", "学校召开2025年本科教学工作会议", "本科教学", "2025-04-11 15:22", "news"),
    ("人民医院", "我院成功开展首例经导管主动脉瓣置换术", "心血管介入", "2025年05月08日", "news"),
    ("博物馆", "“草原丝路”文物特展开幕", "文物展览", "发布时间：2025.5.18", "news"),
    ("餐饮行业协会", "关于举办第三届地方特色小吃技能大赛的通知", "技能大赛", "2025-06-02", "notice"),
    ("港务集团有限公司", "集团一季度货物吞吐量同比增长12.3%", "港口运营", "2025/6/26", "news"),
]


def inst_page(n, pv, spec):
    org, title, subj, date, kind = spec
    id_ = f"rp-{n:02d}"
    rng = random.Random(n)
    name = pv["city"][:2] + org if n != 36 else pv["city"][:2] + "理工" + org
    ctx = dict(place=name, org="", subj=subj, spot=name + "报告厅", d="近日")
    body = paras(n * 23, ctx, 5 + rng.randint(0, 5))
    r1, r2 = rng.sample(NAMES, 2)
    authors = [r1, r2]
    meta = f'<div class="meta">发布时间：{E(date.replace("发布时间：", ""))} 作者：{r1} {r2} 来源：{"党委宣传部" if n == 36 else "办公室"} 点击数：{rng.randint(100, 9999)}</div>'
    tail = ""
    if n == 37:
        authors = [r1]
        meta = f'<div class="meta">{E(date)} 来源：心血管内科 浏览：{rng.randint(100, 999)}次</div>'
        tail = f'<p style="text-align:right">（心血管内科 {E(r1)}）</p>'
        body[-1] = body[-1] + f"（心血管内科 {r1}）"
        tail = ""
    if n == 38:
        authors = [r1]
        meta = f'<div class="meta">{E(date)} 文/{r1} 图/{r2}</div>'
    if n == 39:
        authors = []
        body = ["各会员单位，各有关餐饮企业：", "为传承地方饮食文化，促进餐饮行业技能人才队伍建设，经研究，决定举办第三届地方特色小吃技能大赛。现将有关事项通知如下：",
                "一、大赛时间：2025年7月12日至13日。", f"二、大赛地点：{pv['city']}会展中心2号馆。", "三、参赛对象：本市从事餐饮制作的从业人员，每家单位限报2名选手，年龄18周岁以上。",
                "四、报名方式：请于6月30日前将报名表发送至协会秘书处邮箱，逾期不予受理。报名表可在协会网站“下载中心”栏目下载，填写时请注明参赛作品名称及主要原料。", "五、奖项设置：大赛设金奖5名、银奖10名、铜奖15名，获奖选手由协会颁发证书，并推荐参加省级比赛。",
                f"联系人：{r1}，联系电话：0{470 + n}-{8700000 + n * 3}。", name, "2025年6月2日"]
        meta = f'<div class="meta">{E(date)} 来源：协会秘书处</div>'
    if n == 40:
        authors = [r1]
        tail = f'<p>（党群工作部 {E(r1)}）</p>'
    arts = "".join(f"<p>{E(p)}</p>" for p in body) + tail
    if n == 40:
        arts = arts
    arts = arts.replace("</p>", f'</p><p>{img("活动现场")}</p><p class="cap">活动现场</p>', 1) if n != 39 else arts
    if n == 38:
        arts += '<table border="1"><tr><td>展期</td><td>2025年5月18日—8月31日</td></tr><tr><td>地点</td><td>二层临展厅</td></tr></table>'
        body += ["展期 2025年5月18日—8月31日", "地点 二层临展厅"]
    if n == 40:
        body[-1] = body[-1] + ""
        # closing line with department and name in parentheses as its own line -> not body
    nav = "".join(f"<a href=#>{x}</a> " for x in ["首页", "概况", "新闻中心", "公告通知", "联系我们"])
    bodyh = (f'<div class="top">{E(name)} <input placeholder="站内搜索"> {nav}</div><div class="main"><div class="crumb">首页 &gt; 新闻中心 &gt; {"通知公告" if kind == "notice" else "综合新闻"}</div>'
             f'<h1>{E(title)}</h1>{meta}{arts}<p>【<a href=#>打印本页</a>】 【<a href=#>关闭窗口</a>】</p><p>审核：{rng.choice(NAMES)}</p>'
             f'<p>上一条：<a href=#>关于调整门诊时间的公告</a> 下一条：<a href=#>召开2025年工作会议</a></p></div>'
             f'<footer>地址：{pv["city"]}新华路{n}号 邮编：0{12000 + n} 电话：0{470 + n}-{8800000 + n} {pv["icp"]}{5000000 + n}号-1 {pv["ga"]} {pv["gac"]}{60000000 + n}号</footer>')
    pt = date.replace("发布时间：", "")
    return page(f"{title}-{name}", CSS[1], bodyh), gold(id_, "zh", "institution", title, authors, pt, body)


def main():
    os.makedirs(os.path.join(ROOT, "html"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    out = []
    for i, s in enumerate(GOV):
        n = i + 1
        out.append(gov_page(n, PROV[ORDER[n % 4]], s))
    for i, s in enumerate(MEDIA):
        n = 13 + i
        out.append(media_page(n, PROV[ORDER[n % 4]], s, i))
    for i, s in enumerate(SELF):
        n = 25 + i
        out.append(self_page(n, PROV[ORDER[[0, 1, 2, 3, 0, 3][i]]], s))
    for i, s in enumerate(EP):
        n = 31 + i
        out.append(ep_page(n, PROV[ORDER[i % 4]], s))
    for i, s in enumerate(INST):
        n = 36 + i
        out.append(inst_page(n, PROV[ORDER[(i + 1) % 4]], s))
    for h, g in out:
        with open(os.path.join(ROOT, "html", g["id"] + ".html"), "w", encoding="utf-8") as f:
            f.write(h)
        with open(os.path.join(ROOT, "gold", g["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    print(len(out), "pages")


if __name__ == "__main__":
    main()
