from lib import *

META = dict(
    id="xu-11", kind="government", lang="zh",
    title="格尔木市人民政府关于同意命名昆仑大道北延段等5条道路的批复",
    authors=[],
    publish_time="2025-09-10 17:36:41",
)
FEATURES = ("格尔木 city portal 政府文件 page (2022 design): breadcrumb, headline, info bar in 【】 with seconds, then the "
            "文号 line (not body) and a 批复: 主送 line, numbered items, 此复, 署名 and 成文日期 (body); 扫码 caption and "
            "相关文件 list, footer with 党政机关 mark alt text.")

BODY = [
    P("市民政局："),
    P("你局《关于格尔木市部分道路命名的请示》（格民呈〔2025〕12号）收悉。经研究，现批复如下："),
    P("一、同意对我市新建、延伸的5条道路进行命名："),
    L([
        "（一）昆仑大道北延段（柴达木路至察尔汗路段）并入昆仑大道，统一命名为“昆仑大道”；",
        "（二）东城区规划一号路命名为“盐湖路”；",
        "（三）东城区规划二号路命名为“金峰路”；",
        "（四）物流园区纵一路命名为“通达街”；",
        "（五）物流园区横二路命名为“驼铃路”。",
    ]),
    P("二、请你局会同市自然资源局、市公安局等部门，按照有关规定做好标准地名登记、公告和地名标志设置等工作，及时将命名信息录入国家地名信息库，方便群众出行和社会使用。地名标志设置工作应于2025年11月30日前完成，所需经费按现行财政体制分级负担。"),
    P("此复。"),
    P("格尔木市人民政府"),
    P("2025年9月9日"),
]

CSS = """
:root{--c:#8c1c13}
body{margin:0;font:16px/1.9 "PingFang SC","Hiragino Sans GB","Microsoft YaHei";background:#faf8f5;color:#1f1f1f}
.top-strip{font-size:12px;background:#f0ebe4;padding:4px 12%;color:#7a6a55}
.top-strip a{margin-left:12px;color:#7a6a55}
.masthead{padding:26px 12%;background:#fff;border-bottom:1px solid #e2d8c8}
.masthead strong{font-size:30px;color:var(--c)}
.masthead small{display:block;color:#9a8a75;letter-spacing:3px}
.channel{background:var(--c);padding:0 12%}
.channel a{color:#fff;display:inline-block;padding:12px 16px;font-size:15px}
.doc-wrap{max-width:960px;margin:26px auto;background:#fff;padding:36px 70px;border:1px solid #eee4d6}
.doc-path{font-size:13px;color:#a08c70}
.doc-h{font-size:24px;text-align:center;margin:22px 0 8px;line-height:1.5}
.doc-m{text-align:center;font-size:13px;color:#999}
.doc-no{text-align:center;margin:24px 0 10px;font-family:FangSong}
.doc-b p{margin:0;text-indent:2em;font-family:FangSong,serif;font-size:17px}
.doc-b ul{list-style:none;margin:0;padding:0}
.doc-b li{text-indent:2em;font-family:FangSong,serif;font-size:17px}
.doc-b p:first-child{text-indent:0}
.doc-qr{float:right;font-size:12px;text-align:center;color:#777}
.doc-rel{margin-top:30px;border-top:1px dashed #ccc;font-size:14px}
.foot{background:#2b1d18;color:#c9b8a6;font-size:12px;padding:24px 12%;line-height:2}
"""


def html():
    body = render(BODY)
    t = META["title"]
    return doc(t + "--格尔木市人民政府", CSS, f"""
<div class="top-strip">今天是：<span>　</span><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">繁体</a><a href="#">English</a></div>
<div class="masthead"><strong>格尔木市人民政府</strong><small>GOLMUD MUNICIPAL GOVERNMENT</small></div>
<div class="channel"><a href="#">首页</a><a href="#">新闻中心</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进格尔木</a></div>
<div class="doc-wrap">
 <div class="doc-path">首页 / 政府信息公开 / 政府文件 / 格政函</div>
 <div class="doc-qr"><img alt="" src="{GIF}"><br>扫码在手机上查看</div>
 <h1 class="doc-h">{e(t)}</h1>
 <div class="doc-m">【发布日期：2025-09-10 17:36:41】【信息来源：格尔木市人民政府办公室】【<a href="#">打印</a>】</div>
 <div class="doc-no">格政函〔2025〕36号</div>
 <div class="doc-b">
{body}
 </div>
 <div class="doc-rel"><p>相关文件：</p>
  <p><a href="#">格尔木市人民政府关于同意设立河西街道昆北社区的批复</a></p>
  <p><a href="#">格尔木市人民政府关于印发格尔木市地名管理办法的通知</a></p></div>
</div>
<div class="foot">主办：格尔木市人民政府办公室　　承办：格尔木市政务服务监督管理局<br>
网站标识码：6328010001　　<a href="#" style="color:#c9b8a6">青ICP备12000729号-1</a>　　青公网安备 63280102000043号<br>
<img alt="党政机关" src="{GIF}">　<img alt="我为政府网站找错" src="{GIF}"></div>
""")
