# 陕西 · 县农业农村局 · 工作动态（2016 portal, 作者 with spaced names in the info bar, 审核 line）
from lib import *

PAGE = dict(
    id="wl-03", kind="government", lang="zh", site="眉县农业农村局",
    title="眉县猕猴桃进入集中采收期 今年预计产量53万吨",
    authors=["赵卫东", "刘芳"],
    publish_time="2025年10月15日 09:12",
    features=["department page inside a county portal", "info bar '作者：赵卫东　刘&nbsp;&nbsp;芳' (two authors, one spaced)",
              "sub-headings in bold", "quoted speech", "table of prices", "责任编辑/审核 lines (not authors)",
              "left column of 部门信息 links", "footer with 陕ICP"],
)

BLOCKS = [
    ("p", "时下正值猕猴桃采收季节，走进眉县金渠镇、齐镇、横渠镇的猕猴桃园区，果农们忙着采摘、分拣、装箱，田间地头一派繁忙景象。据县农业农村局统计，全县猕猴桃种植面积稳定在30万亩左右，今年预计总产量53万吨，较去年增长约4%。"),
    ("h", "标准化管理让果子“长得好”"),
    ("p", "今年以来，县农业农村局组织技术人员深入各镇开展疏果、授粉、病虫害绿色防控等技术指导120余场次，推广有机肥替代化肥、果园生草等技术，优质果率明显提高。"),
    ("quote", "“今年按照技术员教的办法控了产，个头匀、糖度高，客商来了直接按等级收。”齐镇强家庄村果农马建军一边过秤一边说，他家8亩果园预计收入能达到10万元。"),
    ("h", "产销对接让果子“卖得好”"),
    ("p", "为避免“抢青早采”，县上统一发布了采收指导时间，要求干物质含量达标后方可采摘。同时，县上组织冷库企业、电商平台与合作社开展产销对接，目前全县已建成冷库1200余座，储藏能力超过35万吨。部分主栽品种收购价格如下："),
    ("table", [["品种", "收购价（元/斤）", "较去年"], ["徐香", "2.8—3.2", "持平"], ["翠香", "3.5—4.0", "上涨0.3元"], ["红阳", "5.0—6.0", "上涨0.5元"]]),
    ("p", "下一步，县农业农村局将继续加强采收期市场监管和技术服务，严厉打击使用膨大剂、催熟剂等违法违规行为，守护好眉县猕猴桃的品牌声誉。"),
]

R = dict(p="<p>　　{}</p>", h="<p>　　<b>{}</b></p>", quote="<p>　　{}</p>",
         table=lambda rows: '<table class="jg" border="1" cellspacing="0">' + "".join(
             "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")

CSS = """
body{margin:0;font:14px/1.9 "微软雅黑";background:#fff}.wrap{width:1100px;margin:0 auto}
.banner{height:110px;background:#2f7d32;color:#fff}.banner h2{margin:0;padding:30px}.menu{background:#1f5e22}
.menu a{color:#fff;display:inline-block;padding:8px 20px}.left{float:left;width:240px;border:1px solid #ddd}
.right{float:right;width:830px}.loc{border-bottom:2px solid #2f7d32;padding:6px 0}.title{font-size:24px;color:#1f5e22;text-align:center;margin:20px 0 10px}
.attr{text-align:center;background:#f4f8f2;color:#777;font-size:13px}.jg{margin:0 auto;border-collapse:collapse}.jg td{padding:4px 14px}
.edit{text-align:right;color:#999}.foot{clear:both;border-top:3px solid #2f7d32;text-align:center;color:#666;font-size:12px;padding:15px}
"""


def render(P, body):
    return doc(P, CSS, f"""
<div class="banner"><div class="wrap"><h2>眉县农业农村局</h2><span>MEIXIAN AGRICULTURE AND RURAL AFFAIRS BUREAU</span></div></div>
<div class="menu"><div class="wrap">{links(["首页","机构概况","工作动态","通知公告","政策法规","农业技术","乡村振兴","信息公开"])}
<span style="float:right">{links(["无障碍浏览","长者模式"], sep=" | ")}</span></div></div>
<div class="wrap">
<div class="left">
<h4>部门信息</h4>
<ul>{lis(["机构职能","领导信息","内设机构","规划计划","财政资金","建议提案办理"])}</ul>
<h4>快速通道</h4>
<ul>{lis(["眉县人民政府","宝鸡市农业农村局","陕西省农业农村厅"])}</ul>
</div>
<div class="right">
<div class="loc">您当前的位置：<a href="#">首页</a> &gt; <a href="#">工作动态</a></div>
<div class="title">{P['title_html']}</div>
<div class="attr">作者：赵卫东　刘&nbsp;&nbsp;芳　　来源：眉县农业农村局　　发布时间：{P['publish_time']}　　阅读次数：2093</div>
<div class="content">
{body}
</div>
<p class="edit">责任编辑：王海涛　审核：李建国</p>
<p>【<a href="#">打印</a>】【<a href="#">关闭</a>】</p>
</div>
<div class="foot">
<p>主办单位：眉县农业农村局　地址：眉县首善街道平阳街128号　邮编：722300</p>
<p>陕ICP备12003581号-3　陕公网安备 61032602000115号　网站标识码：6103260012</p>
</div>
</div>
""")
