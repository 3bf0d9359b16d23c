from kit import *

T = "理塘县人民政府关于加快推进高原特色畜牧业高质量发展的实施意见"
PAGE = Page(
    id="xi-12", kind="government", site="理塘县人民政府", title=T,
    authors=[], publish_time="2025-04-02 10:17:45",
    features="甘孜 county site in a 2010s table layout: left column menu in a table cell, info cell with 发布时间/来源/点击数, "
             "意见 with 文号 (not body), 主送, （一）（二） items under 一、二、三, paragraphs separated by <br> inside one div, "
             "署名 and 成文日期; no writer.",
    css=CSS_OLD + "td.menu{width:180px;background:#f5efe6;vertical-align:top;line-height:30px}td.menu a{display:block;padding-left:12px}"
                  "h1{font-size:20px;text-align:center;color:#8a2a0a}.info{text-align:center;color:#777;background:#f6f6f6}",
    html_title=T,
    head=[
        '<table class="frame" cellspacing="0" cellpadding="0">\n',
        '<tr><td colspan="2"><img src="' + GIF + '" width="980" height="100" alt="理塘县人民政府"></td></tr>\n',
        '<tr><td class="nav" colspan="2"><a href="#">首页</a> <a href="#">理塘概况</a> <a href="#">政务动态</a> <a href="#">信息公开</a>'
        ' <a href="#">政策文件</a> <a href="#">办事服务</a> <a href="#">文化旅游</a> <a href="#">无障碍</a> <a href="#">长者模式</a></td></tr>\n',
        '<tr><td class="menu">' + "".join(f'<a href="#">{x}</a>' for x in ["县政府文件", "县政府办文件", "部门文件", "规范性文件", "政策解读"]) +
        '</td><td style="vertical-align:top;padding:10px 20px">\n',
        '<div>您的位置：<a href="#">首页</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">县政府文件</a></div>\n',
        f"<h1>{T}</h1>\n",
        '<div class="info">发布时间：2025-04-02 10:17:45&nbsp;&nbsp;&nbsp;来源：县政府办&nbsp;&nbsp;&nbsp;点击数：517&nbsp;&nbsp;&nbsp;'
        '【<a href="#">打印此页</a>】【<a href="#">关闭</a>】</div>\n',
    ],
    body=[
        X('<p style="text-align:center">理府发〔2025〕9号</p>'),
        P("各乡（镇）人民政府，县级各部门："),
        BR(["为深入推进农业供给侧结构性改革，加快传统畜牧业向现代畜牧业转变，促进农牧民持续增收，结合我县实际，现就加快推进高原特色畜牧业高质量发展提出如下实施意见。",
            "一、总体要求",
            "坚持生态优先、草畜平衡，以牦牛、藏系绵羊为主导，以良种繁育、饲草保障、精深加工和品牌建设为重点，到2027年，全县各类牲畜存栏稳定在45万头（只）左右，畜牧业产值突破12亿元。",
            "二、重点任务",
            "（一）推进良种繁育。建设县级牦牛良种繁育场1个、乡级扩繁点8个，每年推广优良种公牛500头以上，逐步提高牦牛个体生产性能。",
            "（二）强化饲草保障。实施人工种草和天然草原改良，每年新增人工饲草地1万亩，建设标准化暖棚和储草棚，提高抗灾保畜能力。",
            "（三）发展精深加工。支持县内龙头企业开发牦牛肉干、酸奶、曲拉等特色产品，推进牛羊屠宰和冷链物流设施建设。",
            "（四）打造区域品牌。加强“理塘牦牛”地理标志保护，组织企业参加各类展销活动，拓宽线上线下销售渠道。",
            "（五）完善利益联结。推广“龙头企业+合作社+牧户”模式，鼓励牧户以牲畜、草场入股合作社，通过保底分红、务工就业等方式分享产业增值收益。",
            "（六）加强疫病防控。健全县、乡、村三级动物防疫体系，落实强制免疫和监测净化措施，确保不发生区域性重大动物疫情。",
            "三、保障措施",
            "县农牧农村和科技局要牵头做好统筹协调，各乡（镇）要明确专人负责。县财政每年安排畜牧业发展专项资金不少于800万元，各相关部门要按照职责分工，抓好任务落实。"],
           sep="<br>\n", indent="　　"),
        R("理塘县人民政府"),
        R("2025年3月28日"),
    ],
    tail=[
        '<p>相关附件：<a href="#">无</a></p>\n',
        "</td></tr>\n",
        '<tr><td colspan="2" class="footer">版权所有：理塘县人民政府　主办：理塘县人民政府办公室<br>'
        '地址：四川省甘孜州理塘县高城镇团结路8号　电话：0836-5322316<br>'
        '蜀ICP备12013407号　川公网安备 51333402000021号　网站标识码：5133340001　建议分辨率1024×768</td></tr>\n',
        "</table>\n",
    ],
)
