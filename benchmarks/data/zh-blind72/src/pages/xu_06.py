from lib import *

META = dict(
    id="xu-06", kind="government", lang="zh",
    title="周立新调研秋粮收购和冬储菜供应工作",
    authors=["杨帆", "何晓军"],
    publish_time="2025年9月8日 18:05",
)
FEATURES = ("吴忠 district portal, 领导活动 column (2021 design, left-aligned headline): 长者模式/无障碍 links, "
            "date-first info bar with 来源 and 字体, a photo with caption, the closing byline on its own line "
            "（…记者 杨  帆 通讯员 何晓军）(not body; gives the authors), 编辑/审核 line, 分享 row, 上一篇/下一篇, "
            "领导活动 list in a side box, footer.")

BODY = [
    P("9月7日，区委书记周立新深入金积镇、古城镇、扁担沟镇，实地调研秋粮收购和冬储菜供应工作。区领导马文军、杨晓红参加调研。"),
    P("在金积镇一家粮食收储企业，周立新走进烘干车间和储粮仓库，详细了解今年玉米、水稻收购价格、仓容准备和烘干能力等情况。他指出，今年全区粮食生产再获丰收，收购工作事关农民切身利益，要提前做好仓容、资金、设备等各项准备，加强市场价格监测，严格执行国家收购政策，坚决防止出现“卖粮难”和压级压价问题。"),
    IMG("周立新在收储企业调研", "周立新在收储企业了解秋粮收购准备情况"),
    P("在古城镇蔬菜基地和扁担沟镇农产品批发市场，周立新与种植户、经营户亲切交流，询问大白菜、土豆、萝卜等冬储菜的种植面积、预计产量和销售渠道。他要求，相关部门要坚持“保供应、稳价格”，加强产销对接，引导批发市场和大型超市提前储备，确保入冬后全区群众“菜篮子”量足价稳。"),
    P("周立新强调，各乡镇和相关部门要把秋粮收购和冬储菜供应作为当前的重要任务，压实责任、密切配合，加强农机调度和道路运输保障，统筹做好秋收秋种、安全生产等工作，确保颗粒归仓、农民增收。"),
]

CSS = """
body{margin:0;font:16px/1.8 "Source Han Sans CN","Microsoft YaHei";color:#222;background:#fff}
.hdr{display:flex;align-items:center;justify-content:space-between;padding:14px 6%;border-bottom:1px solid #e6e6e6}
.hdr .brand{font-size:24px;font-weight:700;color:#b8201f}
.hdr .tools a{font-size:13px;color:#666;margin-left:12px}
.mainnav{background:#b8201f;padding:0 6%}
.mainnav a{color:#fff;display:inline-block;padding:10px 20px}
.page{display:flex;gap:30px;padding:20px 6%}
.article{flex:1}
.crumbs{font-size:13px;color:#999;margin-bottom:18px}
.article .ttl{font-size:26px;font-weight:700;line-height:1.4;margin:0}
.article .meta{font-size:13px;color:#999;margin:10px 0 18px;padding-bottom:12px;border-bottom:1px solid #eee}
.article .meta em{font-style:normal;margin-right:16px}
.txt p{margin:0 0 14px;text-indent:2em}
.txt figure{margin:10px 0;text-align:center}
.txt figcaption{font-size:14px;color:#555}
.byl{text-align:right;color:#333}
.edt{font-size:13px;color:#888;text-align:right}
.shr{margin:20px 0;font-size:13px}
.nxt{font-size:14px;border-top:1px solid #eee;padding-top:10px}
.side{width:280px}
.side h3{font-size:16px;border-bottom:2px solid #b8201f;padding-bottom:4px}
.side li{font-size:14px;list-style:square}
.ft{background:#333;color:#bbb;text-align:center;font-size:13px;padding:22px 0;line-height:2}
"""


def html():
    body = render(BODY, img='<figure><img alt="{alt}"{src}>', cap='<figcaption>{}</figcaption></figure>')
    t = META["title"]
    return doc(t + " - 吴忠市利通区人民政府", CSS, f"""
<header class="hdr"><div class="brand">吴忠市利通区人民政府</div>
<div class="tools"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">简/繁</a><a href="#">登录</a></div></header>
<nav class="mainnav"><a href="#">首页</a><a href="#">走进利通</a><a href="#">新闻中心</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a></nav>
<div class="page">
 <main class="article">
  <div class="crumbs">首页 &gt; 新闻中心 &gt; 领导活动</div>
  <h1 class="ttl">{e(t)}</h1>
  <div class="meta"><em>2025年9月8日 18:05</em><em>来源：利通区融媒体中心</em><em>字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></em></div>
  <div class="txt">
{body}
  </div>
  <p class="byl">（利通区融媒体中心记者 杨&nbsp;&nbsp;帆 通讯员 何晓军）</p>
  <p class="edt">编辑：丁　宁　　审核：王建平</p>
  <div class="shr">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
  <div class="nxt">上一篇：<a href="#">马文军主持召开区政府常务会议</a><br>下一篇：<a href="#">利通区召开2025年秋冬季农田水利基本建设推进会</a></div>
 </main>
 <aside class="side"><h3>领导活动</h3><ul>
  <li><a href="#">周立新调研秋粮收购和冬储菜供应工作</a></li>
  <li><a href="#">马文军督导检查城市燃气安全工作</a></li>
  <li><a href="#">杨晓红走访慰问一线教师</a></li>
  <li><a href="#">周立新主持召开区委常委会会议</a></li>
 </ul></aside>
</div>
<footer class="ft">主办单位：吴忠市利通区人民政府办公室　承办单位：吴忠市利通区融媒体中心<br>
网站标识码：6403020001　<a href="#">宁ICP备08000326号</a>　宁公网安备 64030202000117号<br>
地址：宁夏吴忠市利通区裕民西街98号　电话：0953-2036712</footer>
""")
