from lib import *

ID = "xh-39"
KIND = "institution"
LANG = "zh"
FEATURES = ("court website (海南法院网, 海南省高级人民法院) 2018 layout; info bar '作者：林小雨 李  明　发布时间：2024-07-26 "
            "16:40:00' (spaced name); press-conference report with a case-statistics table (header + rows); typical "
            "cases as numbered sub-headings; quoted judge; 打印/关闭; 法院导航 select and 诉讼服务 sidebar")
HEAD_TITLE = "全省法院上半年审结各类案件18.6万件_海南法院网"
TITLE_LINES = ["全省法院上半年审结各类案件18.6万件"]
AUTHORS = ["林小雨", "李明"]
TIME = "2024-07-26 16:40:00"

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f2efe9}
.fy-h{background:#8b0000;color:#fff;padding:18px calc(50% - 500px)}
.fy-h b{font-size:30px;letter-spacing:4px}
.fy-n{background:#6b0000;padding:0 calc(50% - 500px)}.fy-n a{color:#fff;display:inline-block;padding:8px 16px}
.fy-m{width:1000px;margin:16px auto;display:flex;gap:16px}
.fy-s{width:220px;background:#fff}.fy-s h3{background:#8b0000;color:#fff;margin:0;padding:6px 10px;font-size:15px}
.fy-a{flex:1;background:#fff;padding:20px 40px}
.fy-a .dq{font-size:12px;color:#999}
.fy-a h1{text-align:center;font-size:24px;color:#8b0000;margin:20px 0 8px}
.fy-a .zz{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #ddd;padding-bottom:8px}
.fy-a .zw p{font-size:16px;text-indent:2em;margin:10px 0}
.fy-a .zw p.bt{font-weight:bold}
.fy-a .zw table{border-collapse:collapse;margin:0 auto}.fy-a .zw td,.fy-a .zw th{border:1px solid #999;padding:2px 12px;font-size:15px}
.fy-f{text-align:center;font-size:12px;color:#666;padding:16px}
"""

BODY = [
    P("7月26日，海南省高级人民法院召开新闻发布会，通报2024年上半年全省法院审判执行工作情况。今年上半年，全省法院共受理各类案件21.3万件，审结18.6万件，结案率87.3%，同比上升2.1个百分点。"),
    P("据介绍，全省法院坚持能动司法，在服务保障自由贸易港建设、维护社会稳定、促进社会公平正义等方面取得积极成效。上半年各类案件收结情况如下："),
    TABLE([["案件类型", "收案（件）", "结案（件）", "同比变化"],
           ["刑事案件", "1.2万", "1.1万", "下降3.4%"],
           ["民商事案件", "11.6万", "10.2万", "上升6.8%"],
           ["行政案件", "0.6万", "0.5万", "上升2.3%"],
           ["执行案件", "7.9万", "6.8万", "上升4.1%"]]),
    P("发布会还通报了三起典型案例：", cls="bt"),
    P("一是某跨境贸易公司诉某物流公司海上货物运输合同纠纷案。法院依法认定承运人责任，判决赔偿货损及相关费用86万元，为自贸港国际物流规则适用提供了指引。"),
    P("二是某旅游公司虚假宣传引发的消费者集体维权案。法院通过示范诉讼方式，一次性化解纠纷130余件，有效维护了游客合法权益。"),
    P("三是一起涉海洋生态环境保护的公益诉讼案。被告因非法采砂被判令承担生态修复费用并公开赔礼道歉。"),
    P("“下一步，全省法院将继续深化诉源治理，完善涉外商事纠纷多元化解机制，为自由贸易港建设提供更加有力的司法服务和保障。”省高院新闻发言人表示。"),
]


def page():
    return f"""<body>
<div class="fy-h"><b>{gif("法徽")}海南法院网</b></div>
<div class="fy-n"><a href="#">首页</a><a href="#">法院动态</a><a href="#">审判执行</a><a href="#">诉讼服务</a><a href="#">司法公开</a><a href="#">法治宣传</a><a href="#">法院文化</a></div>
<div class="fy-m">
<div class="fy-s"><h3>诉讼服务</h3><ul>{ali(["网上立案", "案件查询", "裁判文书", "执行信息", "庭审直播"])}</ul>
<h3>法院导航</h3><p><select><option>海口市中级人民法院</option><option>三亚市中级人民法院</option></select></p></div>
<div class="fy-a">
<div class="dq">当前位置：<a href="#">首页</a> &gt; <a href="#">法院动态</a> &gt; <a href="#">本院新闻</a></div>
<h1>{TITLE_LINES[0]}</h1>
<div class="zz">作者：林小雨&nbsp;&nbsp;李&nbsp;&nbsp;明　　发布时间：{TIME}　　【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="zw">
{render(BODY)}
</div>
<p style="color:#999;text-align:right">责任编辑：符  洁</p>
</div></div>
<div class="fy-f">海南省高级人民法院主办　琼ICP备05000911号　琼公网安备 46010802000319号<br>地址：海口市美兰区海府路88号　电话：0898-65339001</div>
</body>"""
