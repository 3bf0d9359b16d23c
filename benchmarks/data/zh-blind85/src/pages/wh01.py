# 山东 · 区政府门户 · 领导活动（2025 responsive portal, 无障碍/长者模式, info bar below the title, spaced fields）
from lib import *

PAGE = dict(
    id="wh-01", kind="government", lang="zh",
    title="张德明到企业一线调研重点项目建设和安全生产工作",
    authors=["刘晓峰", "韩雪"],
    publish_time="2025-11-18 16:40",
    features="2025 responsive district portal (山东); top bar with 无障碍/长者模式/繁体; breadcrumb; info bar "
             "below the headline with 发布时间/来源/作者/浏览次数/字体 spaced out; photos with captions between "
             "paragraphs; 责任编辑 and 审核 lines after the body; 扫一扫 QR caption; 上一篇/下一篇; footer with "
             "主办/承办/ICP/公网安备/网站标识码.",
    blocks=[
        P("11月18日上午，区委书记张德明到部分重点企业和在建项目现场，调研项目建设和冬季安全生产工作。区委常委、区委办公室主任王立群，副区长赵海涛参加调研。"),
        IMG("调研现场"),
        CAP("张德明在鲁阳新材料项目施工现场了解工程进度"),
        P("在鲁阳新材料有限公司年产3万吨高性能纤维项目现场，张德明沿着施工便道察看主体厂房和配套设施建设情况，详细询问设备进场、人员调度和资金到位情况。他指出，项目建设要抢抓当前施工窗口期，倒排工期、挂图作战，在确保质量和安全的前提下加快进度，力争一季度具备试生产条件。"),
        P("在青崖精细化工园区，张德明走进应急指挥中心，通过监控平台查看园区企业重点部位运行情况，并随机抽查了两家企业的危险化学品仓库和动火作业审批台账。"),
        IMG("检查现场"),
        CAP("张德明在化工园区应急指挥中心查看监测预警平台"),
        P("张德明强调，冬季是安全事故易发多发期，各级各部门要时刻绷紧安全生产这根弦，做到“三个紧盯”："),
        LI(["紧盯危险化学品、燃气、建筑施工、道路交通等重点行业领域，开展拉网式排查；",
            "紧盯企业主体责任落实，督促企业负责人带头查隐患、抓整改；",
            "紧盯值班值守和应急准备，确保一旦发生险情能够第一时间处置到位。"]),
        P("调研中，张德明还与企业负责人座谈，了解企业在用工、融资、用能等方面遇到的困难，要求相关部门主动上门服务，能现场解决的现场解决，一时难以解决的明确时限、跟踪督办。"),
    ],
)

CSS = """
*{margin:0;padding:0;box-sizing:border-box}
body{font:16px/1.8 "Microsoft YaHei",sans-serif;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}
.topbar{background:#0b4ea2;color:#dfe9f7;font-size:13px}
.topbar .w{display:flex;justify-content:space-between}
.w{width:1200px;margin:0 auto}
.topbar a{color:#dfe9f7;margin-left:14px}
.banner{height:120px;background:#1565c0;color:#fff}
.banner .logo{font-size:30px;padding-top:30px}
.banner .sub{font-size:13px;letter-spacing:2px}
.search{float:right;margin-top:-40px}
.search input{width:240px;height:32px}
.nav{background:#fff;border-bottom:3px solid #1565c0}
.nav ul{display:flex;list-style:none}
.nav li{flex:1;text-align:center;line-height:52px;font-size:17px}
.crumb{font-size:14px;color:#666;padding:14px 0}
.main{background:#fff;padding:40px 60px}
.main h1{font-size:28px;text-align:center;color:#0b4ea2;line-height:1.5}
.meta{display:flex;justify-content:center;gap:22px;font-size:14px;color:#888;border-bottom:1px dashed #ccc;padding:14px 0 10px;margin-bottom:24px}
.article p{text-indent:2em;margin-bottom:16px}
.article p.cap{text-indent:0;text-align:center;color:#0b4ea2;font-size:14px}
.article ul{margin:0 0 16px 4em}
.editor{text-align:right;color:#666;font-size:14px;margin-top:30px}
.tools{display:flex;justify-content:space-between;font-size:14px;border-top:1px solid #eee;margin-top:20px;padding-top:12px}
.qr{text-align:center;font-size:13px;color:#888}
.pn{margin-top:20px;font-size:14px}
.footer{background:#0b4ea2;color:#cdd9ec;font-size:13px;text-align:center;padding:26px 0;margin-top:30px}
.footer a{color:#cdd9ec}
.hide{display:none}
"""

STYLE = {"li_item": "<li>{t}</li>"}


def render(p):
    body = render_body(p["blocks"], STYLE)
    html_body = f"""
<div class="topbar"><div class="w"><span>欢迎访问淄博市青崖区人民政府网站！今天是：2025年11月18日 星期二</span>
<span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">政务新媒体</a><a href="#">登录</a></span></div></div>
<div class="banner"><div class="w"><div class="logo">淄博市青崖区人民政府</div><div class="sub">QINGYA DISTRICT PEOPLE'S GOVERNMENT</div>
<div class="search"><input type="text" placeholder="请输入搜索关键词"><button>搜索</button></div></div></div>
<div class="nav"><ul class="w">{li_links(["首页", "走进青崖", "政务公开", "政务服务", "互动交流", "专题专栏", "数据发布"])}</ul></div>
<div class="w">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政务要闻</a> &gt; 正文</div>
<div class="main">
<h1>{esc(p["title"])}</h1>
<div class="meta"><span>发布时间：{p["publish_time"]}</span><span>来源：青崖区融媒体中心</span><span>作者：刘晓峰&nbsp; 韩雪</span><span>浏览次数：1287</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="article">
{body}
</div>
<div class="editor">责任编辑：孟凡钰&nbsp;&nbsp;&nbsp;&nbsp;审核：周宏伟</div>
<div class="tools"><span>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></span><span><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></span></div>
<div class="qr">{img("二维码", 100, 100)}<br>扫一扫在手机打开当前页</div>
<div class="pn"><p>上一篇：<a href="#">我区召开全区冬季安全生产工作部署会议</a></p><p>下一篇：<a href="#">区政协组织委员视察城乡供暖保障工作</a></p></div>
</div></div>
<div class="footer"><div class="w">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a> | <a href="#">网站纠错</a></p>
<p>主办：淄博市青崖区人民政府办公室&nbsp;&nbsp;承办：淄博市青崖区大数据中心</p>
<p>联系电话：0533-7182630&nbsp;&nbsp;地址：淄博市青崖区崖山路106号</p>
<p>网站标识码：3703980017&nbsp;&nbsp;<a href="#">鲁ICP备05013872号-2</a>&nbsp;&nbsp;{img("公安备案图标", 16, 16)}<a href="#">鲁公网安备 37039802000611号</a></p>
<p>{img("党政机关", 44, 54)} {img("找错", 110, 55)} {img("适老化无障碍服务", 110, 55)}</p>
</div></div>
"""
    return doc("张德明到企业一线调研重点项目建设和安全生产工作_淄博市青崖区人民政府", CSS, html_body)
