from lib import *

PAGE = dict(
    id="xj-05", kind="government", lang="zh",
    title="关于2024年吉林省中小学省级骨干教师拟认定人选的公示",
    authors=[],
    publish_time="2024-09-02 16:05:33",
    doc_title="关于2024年吉林省中小学省级骨干教师拟认定人选的公示--吉林省教育厅",
    pfmt="p", hfmt="strong",
    features="province department, 公示 with a table of candidates (header row and rows are body), 公示期, 联系电话 lines inside the body, "
             "署名 and date; footer opening with a sentence (如有疑问…) that is not body; info bar glued with 【打印】【关闭】.",
    css="""
body{margin:0;font:14px/1.7 SimSun,宋体;background:#e9eef4}
.w{width:1000px;margin:0 auto;background:#fff}
.logo{background:#1b4f9c;color:#fff;font:bold 30px 黑体;padding:24px 30px}
.nav{background:#0e3a7a;padding:0 20px}
.nav a{color:#fff;display:inline-block;padding:0 18px;line-height:40px;font-size:15px}
.crumbs{padding:8px 20px;border-bottom:1px solid #dfe5ee}
.artbox{padding:10px 50px 30px}
.artbox h1{text-align:center;font:bold 22px 微软雅黑;color:#1b4f9c;margin:26px 0 10px}
.artinfo{text-align:center;color:#888;font-size:12px;margin-bottom:16px}
.artbody{font-size:16px;line-height:2}
.artbody p{text-indent:2em;margin:0 0 8px}
.artbody table{border-collapse:collapse;margin:10px auto;width:90%}
.artbody td,.artbody th{border:1px solid #666;padding:3px 6px;text-align:center;font-size:14px}
.sign{text-align:right !important}
.foot{width:1000px;margin:0 auto;background:#1b4f9c;color:#fff;text-align:center;padding:12px 0;font-size:12px}
""",
)

HTML = """
<div class="w">
<div class="logo">吉林省教育厅 <small style="font-size:14px">Education Department of Jilin Province</small></div>
<div class="nav"><a href="#">首页</a><a href="#">机构职能</a><a href="#">新闻中心</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">专题专栏</a>
<input type="text" placeholder="输入关键词"><input type="button" value="检索"></div>
<div class="crumbs">当前位置：<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">通知公告</a> &gt; 正文</div>
<div class="artbox">
<h1>关于2024年吉林省中小学省级骨干教师拟认定人选的公示</h1>
<div class="artinfo">发布时间：2024-09-02 16:05:33信息来源：教师工作处浏览次数：3605【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="artbody">
{{BODY}}
</div>
<p>附件：<a href="#">2024年吉林省中小学省级骨干教师拟认定人选名单（完整版）.xls</a></p>
</div>
</div>
<div class="foot">如有疑问，请拨打省教育厅政务服务电话0431-82752190，工作日8:30—16:30。<br>
主办单位：吉林省教育厅　地址：长春市南关区人民大街1829号　邮编：130022<br>
网站标识码：2200000031　吉ICP备05002317号　吉公网安备 22010202000368号</div>
"""

BODY = [
    P("根据《吉林省中小学骨干教师认定管理办法》，经个人申报、学校推荐、市（州）教育局审核、专家评审和省教育厅审定，拟认定王立红等286名教师为2024年吉林省中小学省级骨干教师，现将部分拟认定人选名单予以公示（完整名单见附件）。"),
    T([["序号", "姓名", "工作单位", "任教学科"],
       ["1", "王立红", "长春市第八十七中学", "初中数学"],
       ["2", "赵晓梅", "吉林市船营区第二实验小学", "小学语文"],
       ["3", "金成浩", "延吉市第三中学", "高中英语"],
       ["4", "刘  畅", "四平市铁西区实验小学", "小学科学"],
       ["5", "孙国庆", "通化县第一中学", "高中物理"],
       ["6", "包丽娜", "白城市洮北区第一中学", "初中道德与法治"],
       ["7", "陈晓东", "松原市宁江区实验学校", "初中体育与健康"],
       ["8", "崔美善", "珲春市第一高级中学", "高中化学"]]),
    P("公示时间：2024年9月2日至9月6日（5个工作日）。"),
    P("公示期间，如对拟认定人选有异议，请以书面形式向省教育厅教师工作处反映。以单位名义反映的，须加盖单位公章；以个人名义反映的，须署真实姓名并提供联系方式。对匿名或者超出公示期反映的情况，不予受理。"),
    P("联系电话：0431-82752276"),
    P("电子邮箱：jssgg2024@jledu-mail.cn"),
    G("吉林省教育厅", '<p class="sign">吉林省教育厅</p>'),
    G("2024年9月2日", '<p class="sign">2024年9月2日</p>'),
]
