# 山东 · 市直部门 · 公示（c. 2020 design, left sidebar, table of names, 署名/日期, 附件下载）
from lib import *

PAGE = dict(
    id="wh-05", kind="government", lang="zh",
    title="关于2025年度潍坊市技能大师工作室拟认定名单的公示",
    authors=[],
    publish_time="2025-11-21 09:00",
    features="c. 2020 city department site (山东) with a left sidebar of columns; info line with 发布日期/信息来源/"
             "字号[大][中][小] glued; 公示 with an intro, a five-column table (header row + 6 rows), 公示期 and "
             "contact paragraphs, 署名 and date; 附件 download link; 分享到 buttons hidden from copy "
             "(user-select:none); 【打印】【关闭】; footer.",
    blocks=[
        P("根据《潍坊市技能大师工作室建设管理办法》，经单位申报、县市区推荐、专家评审，拟认定以下6个工作室为2025年度潍坊市技能大师工作室，现予以公示。"),
        T([["序号", "工作室名称", "领办人", "所在单位", "职业（工种）"],
           ["1", "宋德胜数控加工技能大师工作室", "宋德胜", "潍坊鸿达精密机械有限公司", "数控车工"],
           ["2", "郝丽娟中式面点技能大师工作室", "郝丽娟", "潍坊市技师学院", "中式面点师"],
           ["3", "王建波电力线路技能大师工作室", "王建波", "潍坊昌乐供电服务有限公司", "送配电线路工"],
           ["4", "崔志远农机修理技能大师工作室", "崔志远", "寿光市农业机械化服务中心", "农机修理工"],
           ["5", "刘倩倩养老护理技能大师工作室", "刘倩倩", "潍坊康颐养老服务有限公司", "养老护理员"],
           ["6", "高振华焊接技能大师工作室", "高振华", "潍坊北辰重工股份有限公司", "焊工"]]),
        P("公示期为2025年11月21日至11月27日（5个工作日）。公示期间，任何单位和个人对公示对象有异议的，可通过电话、信函或当面反映等方式向市人力资源和社会保障局职业能力建设科反映。反映情况应当实事求是，提倡实名反映，以便核实。"),
        P("联系电话：0536-8096152"),
        P("通讯地址：潍坊市奎文区东风东街6199号市人力资源和社会保障局职业能力建设科（邮编261061）"),
        SIGN("潍坊市人力资源和社会保障局"),
        SIGN("2025年11月21日"),
    ],
)

CSS = """
body{margin:0;font-family:"PingFang SC","Microsoft YaHei";background:#fff;color:#333;font-size:15px}
a{color:inherit;text-decoration:none}
.header{height:150px;background:#b71c1c;color:#fff;position:relative}
.header .name{position:absolute;left:120px;top:42px;font-size:34px;font-weight:bold;letter-spacing:3px}
.header .r{position:absolute;right:120px;top:16px;font-size:13px}
.header .r a{margin-left:10px}
.menu{background:#8e1212;text-align:center}
.menu a{display:inline-block;color:#fff;line-height:48px;padding:0 28px;font-size:16px}
.wrap{width:1160px;margin:20px auto;display:flex;gap:20px}
.side{width:240px}
.side h4{background:#b71c1c;color:#fff;margin:0;line-height:46px;text-align:center;font-size:18px}
.side a{display:block;border-bottom:1px solid #eee;line-height:42px;padding-left:24px}
.side a.on{color:#b71c1c;font-weight:bold}
.cont{flex:1}
.cont .pos{border-bottom:2px solid #b71c1c;line-height:40px;font-size:14px}
.cont h1{text-align:center;font-size:24px;margin:28px 0 10px}
.cont .msg{text-align:center;color:#888;font-size:13px;background:#f7f7f7;line-height:36px}
.zoom{line-height:2;margin-top:20px}
.zoom p{text-indent:2em;margin:0 0 10px}
.zoom table{border-collapse:collapse;width:100%;font-size:14px;margin:10px 0}
.zoom td,.zoom th{border:1px solid #999;padding:5px;text-align:center}
.fj{margin-top:20px;font-size:14px}
.share{user-select:none;-webkit-user-select:none;color:#999;margin-top:18px}
.opt{text-align:right;font-size:14px}
.foot{background:#f0f0f0;border-top:3px solid #b71c1c;text-align:center;font-size:13px;line-height:26px;padding:20px}
"""


def render(p):
    body = render_body(p["blocks"], {"sign": '<p style="text-align:right;text-indent:0">{t}</p>'})
    html_body = f"""
<div class="header"><div class="name">潍坊市人力资源和社会保障局</div>
<div class="r"><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">移动版</a><a href="#">English</a></div></div>
<div class="menu">{links(["首页", "机构职能", "政务公开", "就业创业", "社会保障", "人才人事", "劳动关系", "政务服务", "互动交流"])}</div>
<div class="wrap">
<div class="side"><h4>通知公告</h4><a href="#" class="on">公示公告</a><a href="#">通知</a><a href="#">招考信息</a><a href="#">人事任免</a></div>
<div class="cont">
<div class="pos">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">通知公告</a> &gt; <a href="#">公示公告</a></div>
<h1>{esc(p["title"])}</h1>
<div class="msg">发布日期：{p["publish_time"]}信息来源：职业能力建设科字号：[<a href="#">大</a>][<a href="#">中</a>][<a href="#">小</a>]</div>
<div class="zoom">
{body}
</div>
<div class="fj">附件：<a href="#">2025年度潍坊市技能大师工作室拟认定名单.xlsx</a></div>
<div class="share">分享到：微信 微博 QQ</div>
<div class="opt"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div></div>
<div class="foot">
<a href="#">网站地图</a>&nbsp;|&nbsp;<a href="#">联系我们</a>&nbsp;|&nbsp;<a href="#">网站声明</a><br>
主办单位：潍坊市人力资源和社会保障局　联系电话：0536-12333<br>
网站标识码：3707000039　鲁ICP备12008264号-1　{img("公安备案图标", 18, 18)}鲁公网安备 37070202000318号
</div>
"""
    return doc("关于2025年度潍坊市技能大师工作室拟认定名单的公示 - 潍坊市人力资源和社会保障局", CSS, html_body)
