# 厦门市市场监督管理局 -- 通报, 2022 design, info bar in a grey strip with "日期：" glued to source
from lib import *

META = dict(
    id="xw-08", kind="government", lang="zh",
    title="厦门市市场监督管理局关于2025年第一季度食品安全监督抽检情况的通报",
    authors=[],
    publish_time="2025-04-24",
)

BODY = [
    P("2025年第一季度，我局按照年度食品安全抽检计划，组织对全市生产、流通、餐饮环节的食品开展监督抽检，共完成抽检2846批次，检验合格2807批次，不合格39批次，总体合格率为98.63%。现将有关情况通报如下："),
    H("一、抽检总体情况"),
    TB([
        ("食品类别", "抽检批次", "不合格批次", "合格率"),
        ("食用农产品", "1235", "21", "98.30%"),
        ("粮食加工品", "318", "2", "99.37%"),
        ("餐饮食品", "402", "9", "97.76%"),
        ("饮料", "186", "1", "99.46%"),
        ("其他类别", "705", "6", "99.15%"),
    ]),
    H("二、不合格项目分析"),
    P("不合格项目主要为农兽药残留超标（22批次）、微生物污染（9批次）、食品添加剂超范围或超限量使用（5批次）及质量指标不达标（3批次）。其中，食用农产品中的芹菜、豇豆和淡水鱼仍是农兽药残留问题的高发品种。"),
    H("三、核查处置情况"),
    P("对抽检发现的不合格食品，我局已责成属地市场监管部门依法开展核查处置，督促相关经营者履行下架、召回等义务，查明不合格原因并落实整改。涉嫌违法的，依法立案查处。具体不合格信息已在“厦门市市场监督管理局”网站“抽检信息公告”栏目公布。"),
    H("四、下一步工作"),
    P("我局将进一步聚焦节令性、高风险食品和“一老一小”重点人群消费食品，加大抽检频次，强化抽检结果运用，督促企业落实主体责任。欢迎广大消费者积极参与食品安全社会监督，发现问题可拨打12315热线投诉举报。"),
]

STYLE = dict(
    p='<div class="xmsj-para">{}</div>',
    h='<div class="xmsj-para xmsj-bold">{}</div>',
    table='<table class="xmsj-grid">{}</table>',
)

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#fff;color:#333}
.xmsj-hd{background:#0a5aa8;height:120px}
.xmsj-hd .inner{width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:120px;color:#fff}
.xmsj-hd a{color:#fff;font-size:13px;margin-left:12px}
.xmsj-nv{border-bottom:3px solid #0a5aa8}
.xmsj-nv .inner{width:1200px;margin:0 auto}
.xmsj-nv a{display:inline-block;padding:14px 24px;font-size:16px;color:#0a5aa8}
.xmsj-wrap{width:1200px;margin:0 auto}
.xmsj-pos{font-size:13px;color:#888;padding:14px 0}
.xmsj-art-title{font-size:26px;text-align:center;font-weight:bold;line-height:1.5;padding:10px 60px}
.xmsj-strip{background:#f3f5f8;text-align:center;font-size:13px;color:#777;padding:8px;margin:10px 0 24px}
.xmsj-para{font-size:16px;line-height:2;text-indent:2em;margin-bottom:8px}
.xmsj-bold{font-weight:bold}
.xmsj-grid{border-collapse:collapse;margin:10px auto;width:80%}
.xmsj-grid td,.xmsj-grid th{border:1px solid #bbb;padding:6px;text-align:center}
.xmsj-end{text-align:right;font-size:13px;color:#777;margin:20px 0}
.xmsj-ft{background:#0a5aa8;color:#e0ecf8;text-align:center;padding:24px 0;font-size:13px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="xmsj-hd"><div class="inner">
<div>{img("厦门市市场监督管理局（厦门市知识产权局）", 500, 70)}</div>
<div><a href="#">无障碍</a><a href="#">适老化</a><a href="#">繁体</a><a href="#">厦门市人民政府</a><br><input type="text" placeholder="请输入关键词"> <input type="button" value="搜索"></div>
</div></div>
<div class="xmsj-nv"><div class="inner"><a href="#">首页</a><a href="#">机构概况</a><a href="#">政务公开</a><a href="#">办事服务</a><a href="#">互动交流</a><a href="#">专题专栏</a></div></div>
<div class="xmsj-wrap">
<div class="xmsj-pos">首页 &gt; 政务公开 &gt; 通知公告 &gt; 正文</div>
<div class="xmsj-art-title">{m['title']}</div>
<div class="xmsj-strip">来源：食品安全抽检监测处　日期：{m['publish_time']}　浏览量：1589　字体：[ <a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ]</div>
{body}
<div class="xmsj-end"><a href="#">【打印】</a> <a href="#">【关闭】</a></div>
<div>
<b>相关信息</b>
<ul>
<li><a href="#">厦门市市场监督管理局关于2024年第四季度食品安全监督抽检情况的通报</a></li>
<li><a href="#">关于39批次食品不合格情况的通告（2025年第3期）</a></li>
<li><a href="#">我市开展春季校园食品安全专项检查</a></li>
</ul>
</div>
</div>
<div class="xmsj-ft">
主办单位：厦门市市场监督管理局　地址：厦门市思明区湖滨北路62号　邮编：361012<br>
网站标识码：3502000044　闽ICP备05031716号　闽公网安备 35020302001188号<br>
投诉举报电话：12315
</div>
"""
