# 宁夏 · 县政府门户 · 部门动态（2019 two-column portal, right sidebar, closing byline in the last paragraph）
from lib import *

PAGE = dict(
    id="wh-12", kind="government", lang="zh",
    title="灵泉县滩羊“订单养殖”让养殖户吃上“定心丸”",
    authors=["杨静", "马文俊"],
    publish_time="2025年11月22日",
    features="2019 two-column county portal (宁夏) 部门动态 column; right sidebar (热点专题, 图片新闻, 政务微信) "
             "interleaved after the article in source order; info bar 时间/来源/字体/打印 with 【】 tools; "
             "sub-headings in bold paragraphs; closing byline （杨  静　马文俊） inside the last paragraph "
             "(stays in the body, names are the authors); 分享到 row; 上一篇/下一篇.",
    blocks=[
        P("初冬时节，走进灵泉县花马池镇惠丰村的滩羊养殖园区，一排排标准化圈舍整齐排列，养殖户马志刚正忙着给羊群添加饲草。“今年跟企业签了订单，出栏价比市场价每公斤高出2元，心里踏实多了。”马志刚说。"),
        H("**企业＋合作社＋农户 让养殖有了“保底价”**"),
        P("今年以来，灵泉县推行滩羊“订单养殖”模式，由县内3家龙头企业与42个养殖合作社、1860户养殖户签订收购协议，约定最低保护价和优质优价收购标准，企业统一提供种羊、防疫和技术指导，合作社负责组织生产，农户按标准养殖。"),
        P("“以前最怕的就是羊养大了价钱不好，现在有了订单，就不用再担心卖不出去。”惠丰村养殖合作社理事长李建国告诉我们，合作社今年已向企业交售滩羊4200只，社员户均增收8000多元。"),
        H("**“羊脸识别”上云 每只羊都有“身份证”**"),
        P("在订单养殖的基础上，县农业农村局联合企业建设滩羊数字化管理平台，为每只订单羊佩戴电子耳标，记录品种、免疫、饲喂、出栏等信息。消费者扫描产品包装上的二维码，就能查看滩羊从出生到餐桌的全过程。"),
        P("截至10月底，全县已有23.6万只滩羊纳入数字化管理，订单羊占全县出栏量的41%。下一步，灵泉县将继续扩大订单覆盖面，力争明年订单养殖比例超过50%，进一步擦亮灵泉滩羊品牌。（杨  静　马文俊）"),
    ],
)

CSS = """
body{margin:0;background:#f2efe6;font:15px/1.8 "微软雅黑";color:#333}
a{color:#333;text-decoration:none}
.w{width:1140px;margin:0 auto}
.tb{background:#fff;border-bottom:1px solid #e0d8c0;font-size:12px;line-height:32px}
.tb .r{float:right}
.tb a{margin-left:10px}
.hd{height:150px;background:#4e7d2c;color:#fff}
.hd .t1{font-size:36px;font-weight:bold;padding-top:36px;letter-spacing:4px}
.hd .t2{font-size:14px}
.nav{background:#355a1a}
.nav a{color:#fff;display:inline-block;width:11%;text-align:center;line-height:46px;font-size:16px}
.main{background:#fff;margin-top:12px;overflow:hidden;padding:20px}
.left{float:left;width:800px}
.right{float:right;width:280px}
.loc{font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:8px}
.left h1{font-size:26px;text-align:center;color:#2c4a13;margin:24px 0 10px}
.left .attr{text-align:center;font-size:13px;color:#888;background:#f8f6ef;line-height:34px}
.left .attr span{margin:0 10px}
.left .text{padding:16px 10px;font-size:16px;line-height:2}
.left .text p{text-indent:2em;margin:0 0 12px}
.left .share{font-size:13px;color:#888}
.left .pre{margin-top:16px;border-top:1px solid #eee;padding-top:10px;font-size:14px}
.right h3{background:#4e7d2c;color:#fff;font-size:15px;margin:0 0 8px;padding-left:10px;line-height:36px}
.right ul{padding-left:18px;margin:0 0 16px;font-size:14px}
.ft{background:#355a1a;color:#dfe8d4;text-align:center;font-size:13px;line-height:26px;padding:20px 0;margin-top:14px}
"""


def render(p):
    body = render_body(p["blocks"], {"h": "<p>{t}</p>"})
    html_body = f"""
<div class="tb"><div class="w"><span>今天是2025年11月22日 星期六</span><span class="r"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">繁体</a><a href="#">收藏本站</a></span></div></div>
<div class="hd"><div class="w"><div class="t1">灵泉县人民政府</div><div class="t2">LINGQUAN COUNTY PEOPLE'S GOVERNMENT</div></div></div>
<div class="nav"><div class="w">{links(["首 页", "走进灵泉", "政务公开", "政务服务", "政民互动", "乡村振兴", "文化旅游", "专题专栏"])}</div></div>
<div class="w main">
<div class="left">
<div class="loc">当前位置：<a href="#">首页</a>&gt;<a href="#">政务公开</a>&gt;<a href="#">部门动态</a>&gt;正文</div>
<h1>{esc(p["title"])}</h1>
<div class="attr"><span>时间：{p["publish_time"]}</span><span>来源：县农业农村局</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span>【<a href="#">打印</a>】</span></div>
<div class="text">
{body}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">QQ空间</a></div>
<div class="pre">上一篇：<a href="#">灵泉县召开2025年冬季农田水利基本建设推进会</a><br>下一篇：<a href="#">县农业农村局开展兽药饲料质量安全专项检查</a></div>
</div>
<div class="right">
<h3>热点专题</h3><ul><li><a href="#">学习贯彻党的二十届四中全会精神</a></li><li><a href="#">优化营商环境</a></li><li><a href="#">乡村振兴</a></li></ul>
<h3>图片新闻</h3><ul><li><a href="#">{img("图片新闻", 240, 150)}</a><br><a href="#">灵泉县开展冬季植树增绿行动</a></li></ul>
<h3>政务微信</h3><p style="text-align:center">{img("灵泉发布二维码", 120, 120)}<br>灵泉发布</p>
</div>
</div>
<div class="ft">主办：灵泉县人民政府办公室　承办：灵泉县信息化中心　地址：灵泉县花马池大街1号<br>
网站标识码：6403230004　宁ICP备10000873号　宁公网安备 64032302000019号</div>
"""
    return doc("灵泉县滩羊“订单养殖”让养殖户吃上“定心丸”_灵泉县人民政府", CSS, html_body)
