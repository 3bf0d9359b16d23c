"""wk-04: 内蒙古 旗政府 (2023 design, Mongolian script in the banner), 政策解读 with sub-headings and a table."""
from lib import *

PAGE = dict(id="wk-04", kind="government", lang="zh",
            title="《阿荣旗2025年肉牛产业高质量发展扶持办法》政策解读",
            authors=[], publish_time="2025-11-12 10:30")

BLOCKS = [
    H("一、制定背景"),
    P("肉牛产业是我旗农牧民增收的主导产业。截至2025年9月末，全旗肉牛存栏达到21.4万头，但仍存在良种化程度不高、规模养殖比重偏低、精深加工能力不足等问题。为加快推动肉牛产业提质增效，旗农牧局会同旗财政局制定了《阿荣旗2025年肉牛产业高质量发展扶持办法》（以下简称《办法》）。"),
    H("二、主要内容"),
    P("《办法》共五章二十条，明确了扶持对象、扶持标准、申报程序和监督管理等内容。扶持对象为在我旗登记注册、从事肉牛养殖的农牧户、家庭农牧场和农牧民专业合作社。"),
    H("三、扶持标准"),
    T([["扶持项目", "扶持标准", "单户上限"],
       ["购进基础母牛", "每头补贴2000元", "20万元"],
       ["冻精改良", "每头补贴冻精费60元", "不设上限"],
       ["新建标准化棚圈", "每平方米补贴100元", "15万元"],
       ["青贮窖建设", "每立方米补贴50元", "5万元"]], title_f=None),
    H("四、申报流程"),
    P("符合条件的养殖主体向所在嘎查村提出申请，经嘎查村公示无异议后报乡镇审核，旗农牧局组织实地核验，旗财政局按程序拨付资金。申报时间为2025年11月15日至12月15日。"),
    H("五、有关说明"),
    P("同一项目已享受其他财政补贴的，不得重复申报。对弄虚作假套取补贴资金的，一经查实，全额追回补贴资金，三年内取消申报资格。"),
    P("咨询电话：0470-4212638（旗农牧局畜牧科）"),
]

CSS = """
body{margin:0;font-family:"Microsoft YaHei";background:#f6f2ea;color:#2d2d2d}
.ga{background:#fff;font-size:13px}.ga .c{max-width:1200px;margin:auto;display:flex;justify-content:flex-end;gap:18px;padding:6px 0}
.ga a{color:#666;text-decoration:none}
.bn{background:linear-gradient(#1f6fb8,#3a8bd1);height:170px}.bn .c{max-width:1200px;margin:auto;padding-top:34px;color:#fff}
.mg{writing-mode:horizontal-tb;font-size:18px;opacity:.9}.cn{font-size:40px;font-weight:bold;letter-spacing:8px}
.sch{float:right;margin-top:-60px}.sch input{width:280px;height:36px;border-radius:18px;border:0;padding:0 16px}
.nav{background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.06)}.nav ul{max-width:1200px;margin:auto;display:flex;list-style:none;padding:0}
.nav li{padding:0 26px;line-height:56px;font-size:17px}.nav a{color:#1f6fb8;text-decoration:none}
.box{max-width:1200px;margin:20px auto;display:flex;gap:20px}
.side{width:260px;background:#fff}.side h3{margin:0;background:#1f6fb8;color:#fff;padding:12px 18px;font-size:18px}
.side a{display:block;padding:10px 18px;border-bottom:1px solid #eee;color:#444;text-decoration:none}
.side a.on{color:#1f6fb8;font-weight:bold}
.ct{flex:1;background:#fff;padding:24px 40px}
.bread{font-size:13px;color:#888;margin-bottom:20px}.bread a{color:#888}
.ct h1{font-size:26px;text-align:center;color:#1f2d3d;margin:16px 0}
.attr{display:flex;justify-content:center;gap:4px;font-size:13px;color:#999;border-bottom:1px solid #eee;padding-bottom:16px}
.attr em{font-style:normal;color:#ccc}
.article{font-size:16px;line-height:2;padding-top:16px}.article p{text-indent:2em;margin:0 0 12px}
.article h4{font-size:17px;color:#1f6fb8;margin:18px 0 8px}
.article table{width:90%;margin:8px auto 16px;border-collapse:collapse}.article th{background:#e8f1fa}
.article td,.article th{border:1px solid #c6d6e6;padding:6px 10px;text-align:center}
.link{margin-top:24px;background:#f7f9fc;padding:12px 18px;font-size:14px}.link a{color:#1f6fb8}
.ops{margin-top:16px;text-align:right;font-size:13px}.ops a{color:#666;margin-left:14px}
.ft{background:#1a4f85;color:#c9d8e8;text-align:center;font-size:13px;padding:20px 0;line-height:2}
"""


def render():
    bh, gold = body(BLOCKS, p="p", h="h4")
    html = f"""
<div class="ga"><div class="c"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">ᠮᠣᠩᠭᠣᠯ</a><a href="#">English</a><a href="#">登录</a></div></div>
<div class="bn"><div class="c"><div class="mg">ᠠᠷᠤᠩ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ</div><div class="cn">阿荣旗人民政府</div>
<div class="sch"><input type="search" placeholder="搜索本站"></div></div></div>
<div class="nav"><ul>{links(["首页","走进阿荣","政务公开","政务服务","互动交流","乡村振兴"], wrap="li")}</ul></div>
<div class="box">
<div class="side"><h3>政策</h3><a href="#">政策文件</a><a href="#" class="on">政策解读</a><a href="#">规范性文件</a><a href="#">政策问答</a></div>
<div class="ct">
<div class="bread">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策</a> &gt; <a href="#">政策解读</a> &gt; 正文</div>
<h1>{PAGE["title"]}</h1>
<div class="attr"><span>来源：旗农牧局</span><em>|</em><span>发布时间：2025-11-12 10:30</span><em>|</em><span>阅读：356</span><em>|</em><span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
<div class="article">
{bh}
</div>
<div class="link">相关文件：<a href="#">阿荣旗人民政府办公室关于印发《阿荣旗2025年肉牛产业高质量发展扶持办法》的通知</a></div>
<div class="ops"><a href="#">打印本页</a><a href="#">关闭窗口</a><a href="#">返回顶部</a></div>
</div></div>
<div class="ft">主办：阿荣旗人民政府办公室　承办：阿荣旗融媒体中心<br>地址：内蒙古自治区呼伦贝尔市阿荣旗那吉镇　电话：0470-4212001<br>
蒙ICP备05003615号-1　蒙公网安备 15072102000142号　网站标识码：1507210001<br>{img("党政机关", gif=True)}</div>
"""
    return doc(PAGE["title"] + "_阿荣旗人民政府", CSS, html), gold
