from lib import *

META = dict(
    id="xu-28", kind="self-media", lang="zh",
    title="黑龙江大豆今年长势咋样？走访了三个县，农户这样说",
    authors=["黑土地三农观察"],
    publish_time="2025-09-10 07:45:12",
)
FEATURES = ("网易号 article (2021 layout): 网易首页 > 网易号 > 正文 breadcrumb, title, date with seconds + 来源: account + "
            "IP 属地 line, 举报 and comment counter, place-name sub-headings, quoted farmers, photo captions, 特别声明 "
            "platform notice (not body), 相关推荐 and 热点新闻 lists, 跟贴 box; only the account is named.")

BODY = [
    P("九月初，黑龙江的大豆进入鼓粒期，再有二十来天就要陆续收获了。今年大豆长得怎么样？价格能不能稳住？这几天我们走访了嫩江、北安和海伦三个县市，听听农户们怎么说。"),
    H("嫩江：豆荚多，就怕早霜"),
    P("在嫩江市科洛镇，种了600多亩大豆的老刘带我们进了地。他随手拔起一株，数了数豆荚，“一棵四十多个荚，三粒荚不少，比去年强”。老刘说，今年雨水调和，除了七月中旬有一段时间偏旱，整体长势不错，“就盼着别来早霜，再给二十天好天儿就稳了”。"),
    IMG("嫩江市科洛镇的大豆田", "嫩江市科洛镇的大豆田，豆荚已经开始鼓粒"),
    H("北安：合作社种植成本降了"),
    P("北安市一家农机合作社流转了3000多亩地，全部种植高蛋白大豆。合作社负责人算了一笔账：今年统一采购种子化肥，加上无人机飞防，每亩成本比散户低五六十元。“大豆的利润薄，成本控制住了才有钱赚。”"),
    P("合作社还和当地一家豆制品企业签了订单，按高于市场价每斤一毛钱的价格收购。负责人说，有了订单心里就不慌，“今年打算再扩500亩，明年争取把烘干塔也建起来”。"),
    H("海伦：最关心的还是价格"),
    P("在海伦市，几位农户聊得最多的是价格。去年秋收后新豆价格一度走低，不少人把豆子囤在家里。今年国家继续实施大豆生产者补贴，部分地区还有大豆收入保险，农户心里踏实了一些。“补贴加保险，保底的钱有了，再看市场行情。”一位种了200亩地的农户说。"),
    P("总的来看，今年黑龙江大豆长势好于去年，单产有望提高。接下来能不能丰产丰收，关键要看九月下旬的天气。你家今年种的啥？长势咋样？欢迎评论区交流。"),
]

CSS = """
body{margin:0;background:#fff;font:14px/1.8 "Microsoft YaHei",Arial;color:#404040}
.ne_top{background:#f6f6f6;border-bottom:1px solid #e5e5e5;font-size:12px;padding:6px 8%}
.ne_top a{margin-right:14px;color:#666}
.ne_head{padding:14px 8%;border-bottom:2px solid #d8282c}
.ne_head b{font-size:24px;color:#d8282c}
.ne_head span{margin-left:16px;color:#888}
.ne_wrap{width:1100px;margin:0 auto;display:flex;gap:40px}
.post_main{flex:1}
.post_crumb{font-size:12px;color:#888;margin:16px 0}
.post_title{font-size:30px;line-height:1.4;margin:0 0 10px;color:#252525}
.post_info{font-size:13px;color:#888;border-bottom:1px solid #eee;padding-bottom:10px}
.post_info .jb{float:right}
.post_body{font-size:18px;line-height:2;color:#404040}
.post_body p{margin:26px 0}
.post_body h3{font-size:18px;color:#252525;margin:28px 0 0}
.post_body .f_center{text-align:center;margin:16px 0 4px}
.post_body .f_cap{font-size:14px;color:#999;text-align:center;margin:0}
.post_statement{font-size:12px;color:#999;background:#f8f8f8;padding:10px;margin:20px 0}
.post_tie{border:1px solid #e5e5e5;padding:12px;font-size:13px;color:#888}
.post_side{width:300px}
.post_side h4{border-left:3px solid #d8282c;padding-left:8px}
.post_side li{list-style:none;margin-bottom:10px}
.ne_foot{text-align:center;font-size:12px;color:#999;padding:24px;line-height:2}
"""


def html():
    body = render(BODY, img='<p class="f_center"><img alt="{alt}"{src}></p>', cap='<p class="f_cap">{}</p>')
    t = META["title"]
    return doc(t + "|大豆|黑龙江_网易订阅", CSS, f"""
<div class="ne_top"><a href="#">网易首页</a><a href="#">应用</a><a href="#">网易新闻</a><a href="#">网易公开课</a><a href="#">网易严选</a><a href="#">登录</a><a href="#">注册免费邮箱</a></div>
<div class="ne_head"><b>网易号</b><span>各有态度</span>　<a href="#">申请入驻</a></div>
<div class="ne_wrap">
 <div class="post_main">
  <div class="post_crumb"><a href="#">网易首页</a> &gt; <a href="#">网易号</a> &gt; 正文</div>
  <h1 class="post_title">{e(t)}</h1>
  <div class="post_info"><a class="jb" href="#">举报</a>2025-09-10 07:45:12　来源: <a href="#">黑土地三农观察</a>　黑龙江　<a href="#">0</a>跟贴</div>
  <div class="post_body">
{body}
  </div>
  <div class="post_statement">特别声明：本文为网易号作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。</div>
  <div class="post_tie">跟贴 0 参与 0<br><textarea placeholder="文明上网，登录发贴"></textarea><br>网友评论仅供其表达个人看法，并不表明网易立场。</div>
 </div>
 <div class="post_side"><h4>相关推荐</h4><ul>
  <li><a href="#">东北黑土地保护性耕作面积再扩大</a></li>
  <li><a href="#">今年玉米价格会涨吗？粮贩子说了实话</a></li>
  <li><a href="#">种地补贴什么时候发？这几项要注意</a></li>
 </ul><h4>热点新闻</h4><ul>
  <li><a href="#">多地启动秋粮收购 这些政策要知道</a></li>
  <li><a href="#">东北今年初霜期或偏晚</a></li>
 </ul></div>
</div>
<div class="ne_foot"><a href="#">关于网易</a> - <a href="#">About NetEase</a> - <a href="#">公司版权</a> - <a href="#">联系我们</a> - <a href="#">帮助中心</a><br>网易公司版权所有 ©1997-2025</div>
""")
