from lib import *

NOTES = "District portal (Hainan), 2019 design: 公示 with a five-column table (one gold paragraph per row incl. header), 公示期 and contact lines, 署名 and date as body, info bar with pipes and 访问量 under the headline, 【打印】【关闭】 buttons, 相关文章, footer with 主办/承办/网站标识码/ICP/公网安备 and a 政府网站找错 badge."

META = dict(id="xy-03", kind="government", lang="zh",
            title="美兰区2025年度“最美家庭”拟推荐名单公示",
            authors=[],
            publish_time="2025年06月12日")

HEAD_TITLE = "美兰区2025年度“最美家庭”拟推荐名单公示_公示公告_海口市美兰区人民政府网"

CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fff;color:#222}
.ml-hd{background:linear-gradient(#1f7fc4,#0f5e9c);height:150px;position:relative}
.ml-hd .ml-logo{position:absolute;left:120px;top:40px;color:#fff;font-size:32px;letter-spacing:2px}
.ml-hd .ml-util{position:absolute;right:120px;top:10px;font-size:12px;color:#e3f0fb}
.ml-hd .ml-util a{color:#e3f0fb;margin-left:10px}
.ml-hd .ml-so{position:absolute;right:120px;top:70px}
.ml-menu{background:#0b4a7d;text-align:center;font-size:0}
.ml-menu a{display:inline-block;font-size:16px;color:#fff;padding:12px 30px;text-decoration:none}
.ml-wrap{width:1100px;margin:0 auto;padding:20px 0}
.ml-loc{font-size:13px;color:#777;margin-bottom:20px}
.ml-box{border:1px solid #dfe6ee;padding:30px 70px}
.ml-tit{font-size:24px;font-weight:bold;text-align:center;line-height:1.6}
.ml-info{text-align:center;font-size:13px;color:#999;margin:12px 0 24px}
.ml-con p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 8px}
.ml-con p.r{text-align:right;text-indent:0}
.ml-con table{width:100%;border-collapse:collapse;margin:10px 0 18px}
.ml-con td{border:1px solid #999;padding:6px;font-size:14px;text-align:center}
.ml-btns{text-align:right;font-size:13px;margin-top:30px}
.ml-rel{margin-top:26px}
.ml-rel .t{font-weight:bold;font-size:15px;border-bottom:2px solid #1f7fc4;padding-bottom:6px}
.ml-ft{background:#eef2f6;padding:24px 0;font-size:13px;color:#555}
.ml-ft .in{width:1100px;margin:0 auto;display:flex;justify-content:space-between;align-items:center}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "SIGN": lambda t, kw: f'<p class="r">{t}</p>',
    "DT": lambda t, kw: f'<p class="r">{t}</p>',
    "T": lambda rows, kw: "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>",
}

BLOCKS = [
    P("根据《关于开展2025年度美兰区“最美家庭”寻访推荐活动的通知》要求，经各街道（镇）推荐、区妇联初审和评审小组评议，拟推荐以下10户家庭为2025年度美兰区“最美家庭”，现予以公示。"),
    T([["序号", "家庭", "所属街道（镇）", "类型"],
       ["1", "符家旺家庭", "海府街道", "孝老爱亲"],
       ["2", "陈美玲家庭", "白龙街道", "绿色环保"],
       ["3", "王开明家庭", "和平南街道", "书香家庭"],
       ["4", "林秀芳家庭", "人民街道", "科学教子"],
       ["5", "吴清和家庭", "博爱街道", "热心公益"],
       ["6", "云海燕家庭", "演丰镇", "勤劳致富"],
       ["7", "邢志强家庭", "三江镇", "孝老爱亲"],
       ["8", "李春梅家庭", "灵山镇", "邻里互助"],
       ["9", "黄德海家庭", "大致坡镇", "廉洁家风"],
       ["10", "冯小兰家庭", "蓝天街道", "热心公益"]]),
    P("公示时间：2025年6月12日至6月18日（5个工作日）。"),
    P("公示期间，如对公示对象有异议，可通过来电、来信、来访等方式向区妇联反映。反映情况应当实事求是，以单位名义反映的应加盖公章，以个人名义反映的应署真实姓名并提供联系方式。"),
    P("联系电话：0898-65328716；地址：海口市美兰区海府路67号区妇联办公室。"),
    SIGN("海口市美兰区妇女联合会"),
    DT("2025年6月12日"),
]


def frame(M, body):
    return f"""<body>
<div class="ml-hd">
<div class="ml-util"><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">简</a>|<a href="#">繁</a><a href="#">English</a><a href="#">登录</a></div>
<div class="ml-logo">{img("国徽", data=True, w=56, h=56)} 海口市美兰区人民政府</div>
<div class="ml-so"><input type="text" placeholder="搜索本站内容"><button type="button">搜 索</button></div>
</div>
<div class="ml-menu"><a href="#">首 页</a><a href="#">走进美兰</a><a href="#">要闻动态</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">自贸港建设</a></div>
<div class="ml-wrap">
<div class="ml-loc">您所在的位置：<a href="#">首页</a> / <a href="#">政务公开</a> / <a href="#">公示公告</a></div>
<div class="ml-box">
<div class="ml-tit">{M["title"]}</div>
<div class="ml-info">信息来源：美兰区妇联 | 发布日期：{M["publish_time"]} | 访问量：527</div>
<div class="ml-con">
{body}
</div>
<div class="ml-btns">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
</div>
<div class="ml-rel"><div class="t">相关文章</div>
<p><a href="#">美兰区2024年度“最美家庭”名单公布</a></p>
<p><a href="#">美兰区妇联开展“家庭教育宣传周”活动</a></p>
</div>
</div>
<div class="ml-ft"><div class="in">
<div>{img("党政机关", data=True, w=60, h=70)}</div>
<div>
<p>主办单位：海口市美兰区人民政府办公室　承办单位：海口市美兰区大数据管理中心</p>
<p>网站标识码：4601080001　琼ICP备09004672号　琼公网安备 46010802000193号</p>
<p>地址：海口市美兰区海甸五西路28号　邮编：570208</p>
</div>
<div>{img("政府网站找错", data=True, w=110, h=55)}</div>
</div></div>
</body>"""
