#!/usr/bin/env python3
"""Generate html/ and gold/ for zh-blind225 (all content invented)."""
import html as H
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from content import *  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
E = H.escape

# id: (kind, region, layout, variant, printed time)
SPEC = {
    1: ("government", "gz", "table", "notice", "2025-03-18"),
    2: ("government", "xz", "portal", "jiedu", "2025年04月02日 10:15"),
    3: ("government", "xj", "portal", "news_infobar", "2025-05-06 14:32:08"),
    4: ("government", "gd", "grid", "pifu", "2025/09/15"),
    5: ("government", "gz", "portal", "speech", "2025.04.28"),
    6: ("government", "xj", "table", "gonggao", "2025-3-8 9:05"),
    7: ("government", "gd", "portal", "news_table", "2025年6月3日"),
    8: ("government", "xz", "table", "han", "2025-07-21 16:00"),
    9: ("government", "gz", "grid", "gongshi", "2025-08-12"),
    10: ("government", "xj", "grid", "jiedu", "2025-10-09 11:20:45"),
    11: ("government", "gd", "table", "news_infobar", "2025年11月05日"),
    12: ("government", "xz", "portal", "notice", "2025-12-01 08:30"),
    13: ("media", "gz", "grid", "benbao", "2025-03-20 07:45"),
    14: ("media", "xz", "portal", "standalone", "2025年04月15日 09:02"),
    15: ("media", "xj", "table", "closing_paren", "2025-05-18"),
    16: ("media", "gd", "grid", "infobar_spaced", "2025-06-22 20:18:33"),
    17: ("media", "xj", "portal", "minority", "2025.07.04 15:30"),
    18: ("media", "gd", "grid", "wire", "2025-08-09 10:00"),
    19: ("media", "gd", "grid", "en", "March 18, 2025"),
    20: ("media", "xz", "portal", "en", "Updated: 2025-04-28 16:40"),
    21: ("media", "gz", "table", "wentu", "2025/09/02"),
    22: ("media", "xz", "grid", "twoline", "2025年10月8日 18:06"),
    23: ("media", "xj", "grid", "photos", "2025-11-11 09:15"),
    24: ("media", "gd", "portal", "closing_line", "2025-12-16"),
    25: ("self-media", "gz", "app", "头条号", "03-18 10:22"),
    26: ("self-media", "gd", "app", "网易号", "2025-04-06 12:08:41"),
    27: ("self-media", "xj", "app", "百家号", "2025-05-02 19:30"),
    28: ("self-media", "xz", "wechat", "微信公众号", "2025年06月19日 21:47"),
    29: ("self-media", "gd", "app", "小红书", "07-25"),
    30: ("self-media", "gz", "app", "澎湃号", "2025-08-30 08:00"),
    31: ("e-paper", "gz", "epaper", "a", "2025年03月19日"),
    32: ("e-paper", "xz", "epaper", "b", "2025-05-13"),
    33: ("e-paper", "xj", "epaper", "a", "2025年07月22日 星期二"),
    34: ("e-paper", "gd", "epaper", "b", "2025-09-26"),
    35: ("e-paper", "gd", "epaper", "a", "2025年11月18日"),
    36: ("institution", "gz", "portal", "university", "2025-03-27"),
    37: ("institution", "xz", "grid", "hospital", "2025年05月09日"),
    38: ("institution", "xj", "table", "museum", "2025-06-30 17:12"),
    39: ("institution", "gd", "grid", "association", "2025/10/21"),
    40: ("institution", "gd", "portal", "company", "2025.12.05"),
}

WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def ctx_for(reg, rng, topic):
    R = REGIONS[reg]
    return dict(R, topic=topic, place=R["county"], site=SITES[reg], work=WORKS[reg], scene=SCENES[reg],
                role=rng.choice(["合作社负责人", "企业负责人", "种植大户", "村党支部书记"]),
                quote="订单早早就排满了，价格也比去年稳，大家干劲都很足。",
                year=2026, office="人民政府办公室", org="", event="", venue="", lead="", date_cn="")


def img(alt):
    return f'<img src="{GIF}" alt="{E(alt)}" width="1" height="1">'


class Page:
    def __init__(self, n):
        self.n = n
        self.id = f"rr-{n:02d}"
        self.kind, self.reg, self.layout, self.var, self.time = SPEC[n]
        self.rng = random.Random(225 * 1000 + n)
        self.R = REGIONS[self.reg]
        self.topic = self.rng.choice(TOPICS[self.reg] if self.kind in ("government", "institution") else IND[self.reg])
        self.ctx = ctx_for(self.reg, self.rng, self.topic)
        self.lang = "en" if self.var == "en" else "zh"
        self.blocks = []      # (type, text or rows, in_gold)
        self.authors = []
        self.title_lines = []
        self.yin = self.fu = ""
        self.before = []      # html fragments between headline and body
        self.after = []       # html after body
        self.infobar = ""
        self.source = ""
        self.gold_time = self.time.replace("Updated: ", "").replace(" 星期二", "")

    # ----- body helpers
    def P(self, t, gold=True):
        self.blocks.append(("p", t, gold))

    def Hd(self, t):
        self.blocks.append(("h", t, True))

    def LI(self, t):
        self.blocks.append(("li", t, True))

    def TB(self, rows):
        self.blocks.append(("table", rows, True))

    def gold_body(self):
        out = []
        for typ, v, g in self.blocks:
            if not g:
                continue
            if typ == "table":
                out += [" ".join(r) for r in v]
            else:
                out.append(v)
        return out

    def body_html(self):
        h, lis = [], []
        for typ, v, g in self.blocks:
            if typ != "li" and lis:
                h.append("<ul class=list>" + "".join(f"<li>{E(x)}</li>" for x in lis) + "</ul>")
                lis = []
            if typ == "p":
                h.append(f"<p>{E(v)}</p>")
            elif typ == "h":
                h.append(f'<p class="sub"><strong>{E(v)}</strong></p>' if self.n % 2 else f"<h3>{E(v)}</h3>")
            elif typ == "li":
                lis.append(v)
            elif typ == "table":
                rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in v)
                h.append(f'<table class="data" border="1" cellspacing="0">{rows}</table>')
            elif typ == "img":
                h.append(f'<p class="pic">{img(v[0])}</p><p class="cap">{E(v[1])}</p>')
        if lis:
            h.append("<ul class=list>" + "".join(f"<li>{E(x)}</li>" for x in lis) + "</ul>")
        return "\n".join(h)

    def photo(self, alt, cap):
        self.blocks.append(("img", (alt, cap), False))


def names(rng, k):
    s = set()
    while len(s) < k:
        s.add(name(rng))
    return list(s)


def build(p):
    rng, R, c, t = p.rng, p.R, p.ctx, p.topic
    city, county = R["city"], R["county"]
    v = p.var
    if p.kind == "government":
        org = f"{city}人民政府" if p.n % 3 else f"{city}{rng.choice(['农业农村局', '应急管理局', '发展和改革委员会', '住房和城乡建设局'])}"
        p.site = org + ("门户网站" if p.n % 2 else "")
        p.source = org
        if v in ("notice", "gonggao", "pifu", "han", "gongshi"):
            label = {"notice": "通知", "gonggao": "通告", "pifu": "批复", "han": "函", "gongshi": "公示"}[v]
            if v == "notice":
                title = f"{city}人民政府办公室关于做好2025年{t}工作的通知"
                zs = "各县（区）人民政府，市政府各部门、各直属机构："
                sig = f"{city}人民政府办公室"
            elif v == "gonggao":
                title = f"关于{county}部分路段实施交通管制的通告"
                zs = ""
                sig = f"{city}公安局交通警察支队"
            elif v == "pifu":
                title = f"{city}人民政府关于同意设立{county}{t}示范区的批复"
                zs = f"{county}人民政府："
                sig = f"{city}人民政府"
            elif v == "han":
                title = f"关于征求《{city}{t}实施方案（征求意见稿）》意见的函"
                zs = "各县（区）人民政府，市直有关单位："
                sig = org
            else:
                title = f"{city}2025年度{t}项目拟支持名单公示"
                zs = ""
                sig = org
            p.title_lines = [title]
            wh = f"{R['hanzi']}{'府办发' if v != 'han' else '农函'}〔2025〕{rng.randint(3, 98)}号"
            if p.n in (1, 4, 8, 12):
                p.before.append(f'<p class="wenhao">{wh}</p>')
            if zs:
                p.P(zs)
            if v == "gonggao":
                p.P(f"因{county}滨河路改造工程施工需要，为保障施工安全和道路交通安全畅通，根据《中华人民共和国道路交通安全法》等有关规定，决定对以下路段实施交通管制。现将有关事项通告如下：")
                p.LI(f"一、管制时间：2025年3月10日0时至2025年5月31日24时。")
                p.LI(f"二、管制路段：滨河路（人民广场路口至柳湾桥路口）全段，禁止各类机动车通行。")
                p.LI("三、绕行线路：过往车辆请提前选择新华路、建设路绕行，行人请按照现场交通标志和民警指挥通行。")
                p.LI("四、执行任务的警车、消防车、救护车、工程救险车不受前款限制。")
                p.P("管制期间，请广大驾驶人和行人自觉遵守交通法规，服从现场交通民警和施工人员指挥。由此给您的出行带来不便，敬请谅解。")
                p.P(f"特此通告。")
            elif v == "gongshi":
                p.P(f"根据《{city}{t}专项资金管理办法》有关规定，经企业申报、县级初审、专家评审和市级复核，拟对以下{5}个项目给予资金支持，现予以公示。")
                rows = [["序号", "项目名称", "申报单位", "拟支持金额（万元）"]]
                for i in range(1, 6):
                    rows.append([str(i), f"{t}提升项目（{i}期）", f"{county}{rng.choice(['宏达', '恒信', '绿源', '远山', '金穗'])}{rng.choice(['农业', '科技', '实业'])}有限公司", str(rng.randint(30, 300))])
                p.TB(rows)
                p.P(f"公示期为2025年8月12日至8月18日（5个工作日）。公示期间，任何单位或个人对公示内容有异议的，可通过书面形式向{org}反映。以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名并提供联系方式。")
                p.P(f"联系电话：0{rng.randint(851, 999)}-{rng.randint(6100000, 6899999)}；地址：{city}行政中心{rng.randint(2, 9)}号楼{rng.randint(201, 912)}室。")
            else:
                if v == "pifu":
                    p.P(f"你县《关于申请设立{county}{t}示范区的请示》（{R['hanzi']}县府呈〔2025〕{rng.randint(5,60)}号）收悉。经研究，现批复如下：")
                    p.P(f"一、同意设立{county}{t}示范区。示范区规划面积{rng.randint(12, 80)}平方公里，范围涉及{R['town']}等{rng.randint(3, 7)}个乡镇（街道）。")
                    p.P("二、你县要严格按照批准的范围和功能定位推进示范区建设，坚持规划先行、集约节约，依法依规做好用地保障和生态环境保护工作。")
                    p.P(f"三、{county}人民政府要切实履行主体责任，抓紧编制示范区建设实施方案，明确建设目标、重点任务和保障措施，建立健全管理运营机制，加快推进基础设施和公共服务配套建设，确保示范区建设取得实效。")
                    p.P("四、示范区建设过程中遇到的重大问题，要及时向市人民政府请示报告。市直有关部门要按照各自职责给予指导和支持。")
                elif v == "han":
                    p.P(f"为进一步推动我市{t}高质量发展，我局起草了《{city}{t}实施方案（征求意见稿）》，现送你们征求意见。请认真研究，于2025年7月31日前将书面意见反馈我局，逾期未反馈的视为无意见。")
                    p.P(f"联系人：{name(rng)}，联系电话：0{rng.randint(851, 999)}-{rng.randint(6100000, 6899999)}，电子邮箱：nyj{rng.randint(100,999)}@example.cn。")
                    p.P(f"此次征求意见重点包括：方案提出的发展目标是否科学合理，重点任务和项目安排是否符合本地实际，各项保障措施是否具有可操作性，以及需要市级层面协调解决的困难和问题。请结合职能职责和工作实际，提出具体修改意见和建议。")
                    p.P("附件：" + f"{city}{t}实施方案（征求意见稿）")
                else:
                    pool = [DOC[0]]
                    for i, hd in enumerate(DOC_HEADS[:3]):
                        p.Hd(hd) if i else None
                        if i == 0:
                            p.P(fill(DOC[0], rng, c))
                            p.Hd(hd)
                            p.P(fill(DOC[1], rng, c))
                        elif i == 1:
                            p.P(fill(DOC[2], rng, c))
                            if p.n not in (1, 12): p.P(fill(DOC[3], rng, c))
                        else:
                            p.P(fill(DOC[4], rng, c)); p.P(fill(DOC[5], rng, c))
            p.P(sig)
            cw = {"notice": "2025年3月14日", "gonggao": "2025年3月5日", "pifu": "2025年9月11日", "han": "2025年7月18日", "gongshi": "2025年8月11日"}[v]
            if p.n == 12:
                cw = "2025年11月27日"
            p.P(cw)
            p.authors = []
        elif v == "jiedu":
            p.title_lines = [f"一图读懂｜《{city}关于加快推进{t}的若干措施》政策解读" if p.n == 10 else f"《{city}{t}三年行动方案（2025—2027年）》政策解读"]
            p.title_lines = [p.title_lines[0].replace("一图读懂｜", "")]
            p.index = [("索引号", f"{rng.randint(10000000, 99999999)}/2025-{rng.randint(100, 999):05d}"), ("发布机构", org), ("主题分类", "政策解读"),
                       ("成文日期", "2025年03月28日" if p.n == 2 else "2025年09月30日"), ("发布日期", p.time), ("文号", "无")]
            p.Hd("一、出台背景")
            p.P(fill(DOC[0], rng, c).replace("现就有关事项通知如下", "市有关部门在深入调研、广泛征求意见的基础上，起草了本方案"))
            p.Hd("二、主要目标")
            p.P(fill(DOC[1], rng, c))
            p.Hd("三、重点任务")
            for x in ["（一）实施基础设施提升工程。", "（二）实施产业培育壮大工程。", "（三）实施公共服务优化工程。"]:
                p.LI(x + rng.choice(["到2027年，新建和改造相关设施100处以上。", "培育市级以上龙头企业20家以上。", "实现县乡村三级服务网络全覆盖。"]))
            p.Hd("四、保障措施")
            p.P(fill(DOC[4], rng, c))
            p.authors = []
        elif v == "speech":
            sp = name(rng)
            p.title_lines = [f"在全市{t}工作推进会上的讲话"]
            p.before.append(f'<p class="speaker">{city}人民政府市长　{E(sp)}</p><p class="speaker">（2025年4月25日）</p>')
            p.authors = [sp]
            p.P("同志们：")
            p.P(f"今天，我们召开全市{t}工作推进会，主要任务是总结前一阶段工作，分析当前形势，安排部署下一步重点任务。刚才，几个县（区）和部门作了很好的发言，我都同意。下面，我讲三点意见。")
            p.Hd("一、充分肯定成绩，进一步坚定做好工作的信心")
            p.P(fill(GOV[1], rng, c))
            p.Hd("二、正视问题不足，进一步增强做好工作的紧迫感")
            p.P("在看到成绩的同时，我们也要清醒地认识到，当前工作中还存在一些不容忽视的问题：有的地方思想认识不到位，工作推进不平衡；有的项目前期工作滞后，资金到位率不高；有的部门协作不够紧密，合力尚未完全形成。对这些问题，必须高度重视，认真加以解决。")
            p.Hd("三、突出工作重点，进一步推动各项任务落地见效")
            p.P(fill(GOV[6], rng, c))
            p.P("同志们，任务艰巨，责任重大。让我们以更加饱满的热情、更加务实的作风，真抓实干、埋头苦干，奋力开创全市各项事业发展新局面！")
        else:
            p.title_lines = [rng.choice([f"{city}召开{t}专题推进会", f"{city}部署推进{t}重点工作", f"{county}多措并举推动{t}提质增效"])]
            for x in paragraphs(GOV, rng, c, *((4, 5) if v == "news_table" else (5, 8))):
                p.P(x)
            if v == "news_table":
                p.P("各县（区）重点任务完成情况如下：")
                rows = [["县（区）", "计划任务", "已完成", "完成率"]]
                for nm in [county, R["town"].replace("镇", "区").replace("乡", "区").replace("街道", "区"), "高新区"]:
                    a = rng.randint(20, 90); b = rng.randint(10, a)
                    rows.append([nm, str(a), str(b), f"{b * 100 // a}%"])
                p.TB(rows)
            if v == "news_infobar" and p.n == 3:
                a = names(rng, 1)
                p.authors = [UYG[2]] + a
            elif v == "news_infobar":
                p.authors = names(rng, 1)
            else:
                p.authors = []
            p.photo("会议现场", "图为会议现场。")
    elif p.kind == "media":
        papers = {"gz": "黔山日报", "xz": "雪隆日报", "xj": "天泉日报", "gd": "珠澜日报"}
        p.site = {"gz": "黔山新闻网", "xz": "雪隆在线", "xj": "天泉网", "gd": "珠澜网"}[p.reg]
        p.source = papers[p.reg]
        if v == "en":
            c2 = dict(city_en={"gd": "Zhulan", "xz": "Xuelong"}[p.reg], prov_en={"gd": "South China's Guangdong province", "xz": "Southwest China's Xizang autonomous region"}[p.reg],
                      topic_en={"gd": "cross-border e-commerce", "xz": "yak farming and highland barley processing"}[p.reg],
                      weekday=rng.choice(WEEK), name_en={"gd": "Liang Haifeng", "xz": "Tsering Wangdu"}[p.reg],
                      role_en={"gd": "shop owner", "xz": "herder"}[p.reg], county_en={"gd": "Nanwan district", "xz": "Lalong county"}[p.reg])
            p.site = {"gd": "Zhulan Daily Online", "xz": "Xuelong Today"}[p.reg]
            p.title_lines = [{"gd": "Zhulan bets on cross-border e-commerce to power growth", "xz": "Highland herders find new markets for yak products"}[p.reg]]
            p.authors = {"gd": ["Chen Yuting"], "xz": ["Dawa Droma", "Li Xiaoming"]}[p.reg]
            for x in paragraphs(EN, rng, c2, 5, 7):
                p.P(x)
            p.photo("Workers at a logistics center", "Workers sort parcels at a logistics center. [Photo provided to Zhulan Daily]" if p.reg == "gd" else "Herders at a cooperative. [Photo by Li Xiaoming]")
            return
        t2 = t
        heads = {
            "benbao": f"{county}：{t}鼓起群众“钱袋子”",
            "standalone": f"{county}冬季草场上的“守护者”",
            "closing_paren": f"{county}{t}持续升温",
            "infobar_spaced": f"{city}出台十条措施支持{t}",
            "minority": f"天泉市{t}跑出“加速度”",
            "wire": f"{R['prov']}多地加快推进{t}",
            "wentu": f"走进{R['town']}：一片茶叶的“新旅程”",
            "twoline": None,
            "photos": f"组图｜{county}{t}一线见闻",
            "closing_line": f"{city}{t}一季度成绩单出炉",
        }
        if v == "twoline":
            p.title_lines = [f"{county}牧民搬进新居", "高原小镇迎来新生活"]
        else:
            p.title_lines = [heads[v].replace("组图｜", "")]
            if v == "photos":
                p.title_lines = [heads[v].replace("组图｜", "")]
                p.label = "【组图】"
        if v in ("benbao", "wentu", "twoline"):
            p.yin = rng.choice(["奋力推进高质量发展·基层一线行", "新春走基层", "高质量发展调研行"])
        if v in ("infobar_spaced", "twoline", "closing_paren"):
            p.fu = f"今年以来已带动{rng.randint(2, 9)}千余户群众增收"
        paras = paragraphs(MEDIA, rng, c, 5, 7 if v == "closing_line" else 8)
        if v == "benbao":
            a = names(rng, 2)
            p.authors = a
            paras[0] = f"本报讯（记者 {a[0]} 通讯员 {a[1]}）" + paras[0]
        elif v == "standalone":
            a = [TIB[1], name(rng)]
            p.authors = a
            p.before.append(f'<p class="byl">记者 {E(a[0])} {E(a[1])}</p>')
        elif v == "closing_paren":
            a = [UYG[0], name(rng)]
            p.authors = a
            paras[-1] += f"（记者 {a[0]} 通讯员 {a[1]}）"
        elif v == "infobar_spaced":
            p.authors = ["许可", "林涛"]
            p.infobar_author = "许　可　林　涛"
        elif v == "minority":
            p.authors = [UYG[1], UYG[4]]
        elif v == "wire":
            p.authors = []
            p.source = "新华社"
            paras[0] = f"新华社广州{rng.randint(3, 9)}月{rng.randint(1, 28)}日电　" + paras[0]
        elif v == "wentu":
            a = name(rng)
            p.authors = [a]
            p.after.append(f'<p class="end">（文/图 {E(a)}）</p>')
        elif v == "twoline":
            a = [TIB[0], TIB[3]]
            p.authors = a
            paras[0] = f"本报记者 {a[0]} {a[1]}　" + paras[0]
        elif v == "photos":
            a = name(rng)
            p.authors = [a]
            p.infobar_author = a
        elif v == "closing_line":
            a = names(rng, 2)
            p.authors = a
            p.after.append(f'<p class="end">记者：{E(a[0])}　通讯员：{E(a[1])}</p>')
        for i, x in enumerate(paras):
            p.P(x)
            if i == 1:
                p.photo(f"{c['site']}", f"{c['site']}内，工作人员正在忙碌。（通讯员 {name(rng)} 摄）")
        if v == "closing_line":
            p.Hd("相关数据")
            p.LI(f"一季度全市{t}相关产值{rng.randint(20, 90)}.{rng.randint(1, 9)}亿元，同比增长{rng.randint(5, 20)}.{rng.randint(1, 9)}%。")
            p.LI(f"新增市场主体{rng.randint(100, 900)}户，其中规模以上企业{rng.randint(5, 30)}家。")
            p.LI(f"带动就业{rng.randint(2000, 9000)}人，人均月收入{rng.randint(3200, 5800)}元。")
    elif p.kind == "self-media":
        p.site = v
        acct = {25: "黔山生活圈", 26: "珠澜城事观察", 27: "天泉旅行笔记", 28: "雪隆文旅", 29: "小林的湾区日常", 30: "乌江新视界"}[p.n]
        p.acct = acct
        p.title_lines = [{25: f"在{county}待了三天，我终于明白{t}为什么能火", 26: f"{city}{t}，这次真的不一样了", 27: f"冬天去{county}？这份攻略请收好",
                          28: f"雪隆这个小众景点，藏着高原最美的秋天", 29: f"住在{city}五年，这些宝藏小店我只告诉你", 30: f"一杯{county}茶的“出山记”"}[p.n]]
        if p.n == 27:
            p.authors = ["阿依古丽·吐尔洪"]
            p.writer_line = "文｜阿依古丽·吐尔洪"
        elif p.n == 28:
            p.authors = [TIB[4]]
            p.writer_line = f"来源：{acct}　作者：{TIB[4]}"
        else:
            p.authors = [acct]
        paras = paragraphs(SELF, rng, c, 5, 8)
        for i, x in enumerate(paras):
            if i == 2 and p.n in (26, 30):
                p.Hd(rng.choice(["01 先说变化", "Part.1 为什么值得去", "一、它到底好在哪"]))
            p.P(x)
            if i == 1:
                p.photo("实拍图", f"（图片由作者拍摄）" if p.n % 2 else "")
    elif p.kind == "e-paper":
        p.site = R["paper"]
        a = names(rng, 2) if p.var == "a" else [name(rng)]
        if p.reg == "xz":
            a = [TIB[5], name(rng)]
        p.authors = a
        p.yin = rng.choice(["坚持生态优先　推动绿色发展", "聚焦民生实事", "一线观察"])
        p.title_lines = [{31: f"{county}{t}驶入“快车道”", 32: f"{county}打好冬春牲畜保暖保畜攻坚战", 33: f"博河县棉农迎来“丰”景", 34: f"{city}跨境电商进出口额同比增长两成", 35: f"{R['town']}老旧小区改造惠及三千余户"}[p.n]]
        p.fu = {31: "今年前三月新增经营主体三百余家", 32: "", 33: "机采率达百分之九十以上", 34: "", 35: "居民“微心愿”变成“幸福清单”"}[p.n]
        paras = paragraphs(MEDIA, rng, c, 5, 7)
        if p.var == "a":
            paras[0] = f"本报讯（记者 {a[0]} 通讯员 {a[1]}）" + paras[0]
        else:
            p.before.append(f'<p class="byl">□本报记者　{E(a[0])}</p>' if len(a) == 1 else f'<p class="byl">□本报记者　{E(a[0])}　{E(a[1])}</p>')
        for x in paras:
            p.P(x)
        if p.n == 33:
            p.photo("棉花采收", f"图为{county}棉农采收棉花。本报记者 {name(rng)} 摄")
    else:
        info = {
            36: ("university", f"黔山师范学院", "第二届乡村教育振兴论坛", "学术报告厅", "校党委书记"),
            37: ("hospital", f"雪隆市人民医院", "高原病防治中心揭牌仪式", "门诊楼一楼大厅", "院长"),
            38: ("museum", f"天泉市博物馆", "“丝路遗珍——天泉出土文物精品展”开幕式", "一号展厅", "馆长"),
            39: ("association", f"珠澜市预制菜产业协会", "2025年度会员大会", "协会会议中心", "会长"),
            40: ("company", f"珠澜澜海智能科技股份有限公司", "新一代智能仓储系统发布会", "公司总部", "董事长"),
        }[p.n]
        org = info[1]
        p.site = org
        lead = info[4] + name(rng)
        c2 = dict(c, org=org, event=info[2], venue=info[3], lead=lead, date_cn=f"{p.gold_time[:4]}年{int(p.gold_time[5:7])}月{rng.randint(1, 5)}日" if p.gold_time[4] != '年' else p.gold_time[:8].replace('年0', '年'), city=city)
        p.title_lines = [{36: "我校成功举办第二届乡村教育振兴论坛", 37: "我院高原病防治中心正式揭牌", 38: "“丝路遗珍——天泉出土文物精品展”开展",
                          39: "市预制菜产业协会召开2025年度会员大会", 40: "澜海智能发布新一代智能仓储系统"}[p.n]]
        paras = paragraphs(INST, rng, c2, 5, 7)
        for x in paras:
            p.P(x)
        if p.n == 36:
            a = names(rng, 2); p.authors = a
            p.after.append(f'<p class="end">撰稿：{E(a[0])}　{E(a[1])}　摄影：{E(name(rng))}　审核：{E(name(rng))}</p>')
        elif p.n == 37:
            p.authors = []
            p.source = "党委办公室"
        elif p.n == 38:
            a = name(rng); p.authors = [a]
            p.writer_line = f"文/图 {a}"
        elif p.n == 39:
            a = UYG[3]; p.authors = [a]
            p.infobar_author = a
        else:
            p.authors = ["澜海智能"]  # company newsroom account, no person named
            p.authors = []
            p.source = "品牌中心"
        p.photo("活动现场", "活动现场")


CSS = """body{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;color:#333;font-size:14px}
a{color:#333;text-decoration:none}.wrap{width:1000px;margin:0 auto}.top{background:#f2f2f2;font-size:12px;padding:4px 0}
.head{background:#b5161d;color:#fff;padding:18px 0;font-size:26px}.nav a{display:inline-block;padding:8px 14px;color:#fff}
.nav{background:#8e0f15}.crumb{padding:10px 0;font-size:12px;color:#666}.art h1{font-size:26px;text-align:center;line-height:1.5}
.info{text-align:center;color:#888;font-size:12px;border-bottom:1px solid #ddd;padding-bottom:8px}.art p{line-height:2;text-indent:2em}
.yin,.fu{text-align:center;color:#555;font-size:16px}.cap{text-align:center!important;text-indent:0!important;font-size:12px;color:#666}
.foot{background:#eee;color:#666;font-size:12px;text-align:center;padding:16px;margin-top:20px}.side{float:right;width:260px}
.main{float:left;width:720px}.clear{clear:both}.grid{display:grid;grid-template-columns:2fr 1fr;gap:24px;max-width:1200px;margin:auto}
table.data{border-collapse:collapse;margin:10px auto}table.data td{padding:4px 10px}.idx td{border:1px solid #ccc;padding:4px 8px;font-size:12px}
.share span{display:inline-block;margin-right:8px}.wenhao{text-align:center!important;text-indent:0!important}
.app{max-width:640px;margin:auto;padding:12px}.acct{font-weight:bold}.btn{border:1px solid #e33;color:#e33;padding:2px 8px;border-radius:10px}
.ep-left{float:left;width:420px}.ep-right{float:left;width:540px}.ban{border:1px solid #ccc;height:600px;text-align:center}
.sig{text-align:right}
"""


def footer(p):
    R = p.R
    icp = f"{R['prov'][0]}ICP备{p.rng.randint(10000000, 99999999)}号-{p.rng.randint(1, 5)}"
    ga = f"{R['prov']}公网安备 {p.rng.randint(10000000000000, 99999999999999)}号"
    s = f'<div class="foot"><p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>'
    s += f"<p>主办：{E(p.site)}　承办：{E(R['city'])}大数据发展中心</p>"
    if p.kind == "government":
        s += f"<p>网站标识码：{p.rng.randint(5200000000, 6599999999)}　{icp}　{ga}</p><p>{img('党政机关')}{img('政府网站找错')}</p>"
    else:
        s += f"<p>{icp}　{ga}　互联网新闻信息服务许可证编号：{p.rng.randint(10000000000000, 99999999999999)}</p><p>违法和不良信息举报电话：0{p.rng.randint(851, 999)}-12345{p.rng.randint(100, 999)}</p>"
    s += f"<p>Copyright © 2025 {E(p.site)} All Rights Reserved</p></div>"
    return s


def related(p):
    items = {"zh": ["市领导调研春耕备耕工作", "全市安全生产工作会议召开", "我市新增3个省级示范项目", "一季度经济运行情况发布", "关于开展2025年度专项检查的通知"],
             "en": ["City opens new cargo route", "Local tea exports hit record", "Museum welcomes summer visitors", "New rules to ease business registration"]}[p.lang]
    lab = {"zh": "相关阅读", "en": "Related Stories"}[p.lang]
    return f'<div class="rel"><h4>{lab}</h4><ul>' + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in items[: 3 + p.n % 3]) + "</ul></div>"


def headline_html(p):
    s = ""
    if p.yin:
        s += f'<p class="yin">{E(p.yin)}</p>'
    lab = getattr(p, "label", "")
    s += f"<h1>{E(lab)}{'<br>'.join(E(x) for x in p.title_lines)}</h1>"
    if p.fu:
        s += f'<p class="fu">——{E(p.fu)}</p>'
    return s


def info_html(p):
    rng = p.rng
    ed = name(rng)
    if p.lang == "en":
        by = "By " + " and ".join(p.authors)
        return f'<div class="info"><span>{E(by)}</span> | <span>{E(p.site)}</span> | <span>{E(p.time)}</span></div>'
    parts = []
    t = p.time
    if p.kind == "government":
        parts.append(f"发布时间：{t}" if p.n % 2 else f"日期：{t}")
        parts.append(f"来源：{p.source}")
        if p.authors and p.var != "speech":
            parts.append("作者：" + " ".join(p.authors))
        parts.append(f"浏览次数：{rng.randint(100, 9999)}")
        parts.append("【字体：大 中 小】")
    else:
        parts.append(t)
        parts.append(f"来源：{p.source}")
        ia = getattr(p, "infobar_author", None)
        if ia:
            parts.append(f"作者：{ia}")
        elif p.var == "minority":
            parts.append("记者：" + "　".join(p.authors))
        parts.append(f"编辑：{ed}")
    return '<div class="info">' + "　".join(f"<span>{E(x)}</span>" for x in parts) + "</div>"


def index_table(p):
    if not hasattr(p, "index"):
        return ""
    cells = p.index
    rows = ""
    for i in range(0, len(cells), 2):
        rows += "<tr>" + "".join(f"<td>{E(k)}：</td><td>{E(v)}</td>" for k, v in cells[i:i + 2]) + "</tr>"
    rows += f'<tr><td>标题：</td><td colspan="3">{E(p.title_lines[0])}</td></tr>'
    return f'<table class="idx" cellspacing="0">{rows}</table>'


def tail(p):
    rng = p.rng
    s = "".join(p.after)
    if p.lang == "en":
        return s + '<p class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></p>'
    if p.kind == "government":
        s += f'<p class="sig">（责任编辑：{E(name(rng))}）</p>' if p.n % 2 else f"<p>审核：{E(name(rng))}　编辑：{E(name(rng))}</p>"
        s += '<p class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>' if p.n % 3 else '<p class="tools">【打印】【关闭】</p>'
        s += f"<p>扫一扫在手机打开当前页{img('二维码')}</p>"
    else:
        s += f'<p class="share">分享到：<span>微信</span><span>微博</span><span>QQ空间</span></p>'
        s += f"<p>责任编辑：{E(name(rng))}</p>"
    s += '<div class="pn"><p>上一篇：<a href="#">市政务服务中心推出“周末不打烊”服务</a></p><p>下一篇：<a href="#">关于2025年第二季度重点工作督查情况的通报</a></p></div>'
    return s


def page_html(p):
    R = p.R
    L = p.layout
    title_txt = "".join(p.title_lines)
    body = p.body_html()
    if L in ("table", "portal", "grid"):
        navs = {"government": ["首页", "政务动态", "信息公开", "政务服务", "互动交流", "走进" + R["city"]],
                "media": ["首页", "时政", "要闻", "区县", "经济", "社会", "文旅", "视频", "评论"],
                "institution": ["首页", "概况", "新闻动态", "通知公告", "服务指南", "联系我们"]}[p.kind]
        if p.lang == "en":
            navs = ["Home", "News", "Business", "Culture", "Travel", "Photos", "Video"]
        top = ('<div class="top">Welcome | <a href="#">中文</a> | <a href="#">Subscribe</a></div>' if p.lang == "en" else
               f'<div class="top"><span>{E(("今天是2025年" + "%d月%d日") % (p.rng.randint(1, 12), p.rng.randint(1, 28)))}</span>　<a href="#">无障碍</a>　<a href="#">长者模式</a>　<a href="#">登录</a>　<a href="#">注册</a>　<a href="#">English</a></div>')
        search = f'<form><input type="text" placeholder="{"Search" if p.lang == "en" else "请输入关键词"}"><button type="button">{"Go" if p.lang == "en" else "搜索"}</button></form>'
        crumb_sep = " > " if p.n % 2 else " » "
        crumb_items = (["Home", "News", "China"] if p.lang == "en" else ["首页", navs[1], navs[2]])
        crumb = f'<div class="crumb">{"您当前的位置：" if p.lang == "zh" else ""}{crumb_sep.join(E(x) for x in crumb_items)}</div>'
        nav = '<div class="nav">' + "".join(f'<a href="#">{E(x)}</a>' for x in navs) + "</div>"
        art = f'<div class="art">{headline_html(p)}{"".join(p.before) if p.var != "speech" else ""}{info_html(p)}{index_table(p)}{"".join(p.before) if p.var == "speech" else ""}'
        if getattr(p, "writer_line", None):
            art += f'<p class="byl">{E(p.writer_line)}</p>'
        art += f'<div class="content">{body}</div>{tail(p)}</div>'
        side = ('<div class="side"><h4>' + ("热点排行" if p.lang == "zh" else "Most Viewed") + "</h4><ol>" + "".join(f"<li><a href='#'>{E(x)}</a></li>" for x in (["全市重点项目集中开工", "高考报名时间公布", "暑期文旅消费季启动", "这些新规下月起施行"] if p.lang == "zh" else ["City sets new green targets", "Festival draws crowds", "Rail link opens"])) + "</ol>" + f"<p>{img('扫码关注' if p.lang == 'zh' else 'QR code')}扫码关注官方微信</p></div>")
        if L == "table":
            main = f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="head">{E(p.site)}</td><td>{search}</td></tr><tr><td colspan="2">{nav}</td></tr><tr><td colspan="2">{crumb}</td></tr><tr><td colspan="2">{art}</td></tr></table>'
        elif L == "portal":
            main = f'<div class="header"><div class="wrap head">{img(p.site + "logo")}<span>{E(p.site)}</span>{search}</div>{nav}</div><div class="wrap">{crumb}<div class="main">{art}</div>{side}<div class="clear"></div>{related(p)}</div>'
        else:
            main = f'<header><div class="head">{E(p.site)}</div>{nav}{search}</header><div class="grid"><main>{crumb}{art}{related(p)}</main><aside>{side}</aside></div>'
        page = top + main + footer(p)
    elif L in ("app", "wechat"):
        if L == "wechat":
            page = f'<div class="app"><h1>{E(title_txt)}</h1><p><span class="acct">{E(p.acct)}</span>　<span>{E(p.time)}</span>　<span>{E(R["prov"])}</span></p>'
            if getattr(p, "writer_line", None):
                page += f"<p>{E(p.writer_line)}</p>"
            page += f'{body}<p>{img("二维码")}</p><p>长按识别二维码，关注{E(p.acct)}</p><p>阅读 {p.rng.randint(1000, 99999)}　　<span>在看</span>　<span>赞</span>　<span>分享</span></p><p>写留言</p></div>'
        else:
            plat = p.var
            acct_line = f'<p>{img("头像")}<span class="acct">{E(p.acct)}</span> <span class="btn">+关注</span></p>'
            meta = f'<p>{E(p.time)}　·　来自{E(R["prov"])}</p>' if p.n % 2 else f'<p>{E(p.acct)}　{E(p.time)}　{E(plat)}</p>'
            top = f'<div class="top"><span>{E(plat)}</span>　<a href="#">打开APP</a>　<a href="#">登录</a></div>'
            page = f'{top}<div class="app"><h1>{E(title_txt)}</h1>{acct_line}{meta}'
            if getattr(p, "writer_line", None):
                page += f"<p>{E(p.writer_line)}</p>"
            page += body
            page += f'<p>本文为{E(plat)}作者原创，未经授权不得转载。</p>' if plat != "小红书" else f'<p>#{E(R["city"])}# #{E(p.topic)}# #周末去哪儿#</p>'
            page += f'<p><span>赞 {p.rng.randint(10, 999)}</span>　<span>评论 {p.rng.randint(1, 99)}</span>　<span>收藏</span>　<span>分享</span></p>'
            page += '<div class="rel"><h4>相关推荐</h4><ul><li>本地人私藏的十家小吃店</li><li>周末短途自驾路线推荐</li><li>这条街改造后变化太大了</li></ul></div>'
            page += '<p>打开APP阅读更多精彩内容</p></div>'
    else:  # epaper
        date = p.time
        pages = ["第01版：要闻", "第02版：要闻", "第03版：综合", "第04版：区县", "第05版：经济", "第06版：社会", "第07版：文化", "第08版：广告"]
        cur = p.n % 4 + 1
        others = ["全市安全生产工作会议召开", "春季植树活动有序开展", "图片新闻", "一季度消费市场稳中有升", "政务服务“一网通办”再提速"]
        titles = others[:2] + ["".join(p.title_lines)] + others[2:4]
        nav = "<ul>" + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in pages) + "</ul>"
        lst = "<ul>" + "".join(f'<li><a href="#">{E(x)}</a></li>' for x in titles) + "</ul>"
        head = f'<div class="top">{E(p.site)}数字报　<span>{E(date)}</span>　<a href="#">往期回顾</a>　<a href="#">上一期</a>　<a href="#">下一期</a>　<a href="#">PDF下载</a></div>'
        left = f'<div class="ep-left"><div class="ban">{img("第" + f"{cur:02d}" + "版版面图")}</div><p>{E(pages[cur - 1])}</p><p><a href="#">上一版</a>　<a href="#">下一版</a></p><h4>版面导航</h4>{nav}<h4>本版标题</h4>{lst}</div>'
        art = f'<div class="ep-right art">{headline_html(p)}{"".join(p.before)}<div class="content">{body}</div><p>{E(p.site)}　{E(date)}　{E(pages[cur - 1])}</p><p>放大　缩小　默认　<a href="#">打印</a>　<a href="#">关闭</a></p></div>'
        page = head + '<div class="wrap">' + left + art + '<div class="clear"></div></div>' + footer(p)
    lang = "en" if p.lang == "en" else "zh-CN"
    return f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{E(title_txt)}_{E(p.site)}</title><style>{CSS}</style></head><body>{page}</body></html>\n'


def main():
    os.makedirs(f"{ROOT}/html", exist_ok=True)
    os.makedirs(f"{ROOT}/gold", exist_ok=True)
    for n in range(1, 41):
        p = Page(n)
        build(p)
        with open(f"{ROOT}/html/{p.id}.html", "w", encoding="utf-8") as f:
            f.write(page_html(p))
        g = dict(id=p.id, set="zh-blind225", lang=p.lang, kind=p.kind, title="".join(p.title_lines),
                 authors=p.authors, publish_time=p.gold_time, body_paragraphs=p.gold_body())
        with open(f"{ROOT}/gold/{p.id}.json", "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
