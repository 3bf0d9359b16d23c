# 陇上晚报 (甘肃兰州, city evening paper site), 2016 layout: the headline with a
# 副题 line (——记…) under it (not part of the title); "文/图 记者 …" on its own
# line (an author); quoted speech; 编辑 line.
from kit import *

META = dict(
    id="xm-21", kind="media", lang="zh",
    title="兰州老街巷里的“修表匠”",
    authors=["马小龙"],
    publish_time="2025年05月12日 08:06",
)
HTML_TITLE = "兰州老街巷里的“修表匠”_兰州新闻_陇上晚报网"
CSS = BASE_CSS + """
body{font-size:12px;font-family:宋体,SimSun;background:#fff}
.w{width:1000px;margin:0 auto}
.t1{background:#eee;height:26px;line-height:26px;font-size:12px}
.t1 .r{float:right}
.logo{height:90px;position:relative}
.logo b{position:absolute;left:0;top:18px;font-size:38px;color:#d10000;font-family:"华文行楷",STXingkai,KaiTi}
.logo .date{position:absolute;right:0;top:34px;color:#666}
.nav{background:#d10000;height:34px;line-height:34px}
.nav a{color:#fff;font-size:14px;font-weight:bold;padding:0 11px}
.crumb{height:30px;line-height:30px;border-bottom:1px solid #ddd}
.left{float:left;width:680px}
.right{float:right;width:290px}
.clear{clear:both}
h1{font-size:24px;text-align:center;font-family:"Microsoft YaHei";margin:20px 0 4px}
.subt{text-align:center;font-size:16px;color:#444;margin:0 0 10px;font-family:"Microsoft YaHei"}
.info{text-align:center;color:#999;padding:6px 0;border-top:1px dotted #ccc;border-bottom:1px dotted #ccc}
.content{font-size:15px;line-height:28px;padding:14px 10px}
.content p{margin:0 0 12px}
.content .art-note{text-align:left;color:#333}
.content .pic-cap{text-align:center;color:#666;font-size:13px}
.bq{border:1px solid #ddd;margin:12px 0;padding:6px}
.right .bx{border:1px solid #ddd;margin-top:12px}
.right h3{margin:0;background:#f5f5f5;padding:4px 8px;font-size:14px;border-bottom:2px solid #d10000}
.right li{padding:4px 8px;border-bottom:1px dashed #eee}
.footer{border-top:2px solid #d10000;text-align:center;color:#666;padding:12px 0;margin-top:20px;line-height:22px}
.footer p{margin:0}
"""
TEMPLATE = f"""
<div class="t1"><div class="w"><span>陇上晚报网 — 兰州人的新闻门户</span><span class="r"><a href="#">登录</a> | <a href="#">注册</a> | <a href="#">电子报</a> | <a href="#">手机版</a></span></div></div>
<div class="w">
<div class="logo"><b>陇上晚报</b><span class="date">2025年5月12日　星期一</span></div>
<div class="nav">{links(["首页", "兰州新闻", "甘肃新闻", "国内国际", "社会", "民生", "文化", "体育", "房产", "汽车", "图片", "专题"])}</div>
<div class="crumb">您现在的位置： <a href="#">陇上晚报网</a> &gt;&gt; <a href="#">兰州新闻</a> &gt;&gt; 正文</div>
<div class="left">
<h1>@@TITLE@@</h1>
<p class="subt">——记在张掖路修表四十年的朱师傅</p>
<div class="info">@@DATE@@　来源：陇上晚报　作者：马小龙　编辑：孟婷婷</div>
<div class="content">
@@BODY@@
</div>
<div class="bq">【免责声明】本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实。</div>
{prevnext("安宁区桃花会落幕 接待游客逾百万人次", "黄河兰州段进入汛前检查阶段", "上一篇：", "下一篇：")}
</div>
<div class="right">
<div class="bx"><h3>图片新闻</h3>{ul(["五泉山公园牡丹盛开", "黄河风情线上的晨练人", "甘肃省博物馆推出“铜奔马”文创"])}</div>
<div class="bx"><h3>一周排行</h3>{ul(["兰州今年将改造老旧小区120个", "兰州地铁2号线二期最新进展", "兰州牛肉面涨价？业内人士这样说", "七里河区新开一处口袋公园", "兰州至张掖动车加开班次"])}</div>
</div>
<div class="clear"></div>
</div>
{footer(["陇上晚报社主办　版权所有 未经许可不得转载", "互联网新闻信息服务许可证：62120170012　甘ICP备08000912号", "新闻热线：0931-8888110　广告热线：0931-8888120"])}
"""
OPTS = dict(pstyle="indent", capstyle="p")
BODY = """
x 文/图&nbsp;记者&nbsp;马小龙
p 在兰州张掖路一条老巷子的拐角处，有一间不足六平方米的修表铺。玻璃柜台里摆着几十块等待修理的旧表，墙上的挂钟“滴答”作响。65岁的朱建国戴着寸镜，低头拨弄着一块上世纪七十年代的上海牌手表。这样的场景，已经持续了四十年。
img 朱建国在修表铺里工作
cap 朱建国在他的修表铺里修理一块老式手表。
p 1985年，25岁的朱建国跟着师傅学修表，三年后在张掖路摆起了自己的修表摊。“那时候一条街上有七八个修表摊，手表是家里的‘大件’，坏了舍不得扔，都拿来修。”他回忆说。
p 随着电子表、智能手机的普及，修表的人越来越少，街上的同行陆续改了行，只有朱建国坚持了下来。如今来修表的，多是想修复老物件的中老年人，也有不少专程找来的年轻人。
p “这块表是我爷爷的，停了好多年，朱师傅说能修好，我特别高兴。”前来取表的市民张瑞说，手表对她来说不只是计时工具，更是一份念想。
p 朱建国修表收费不高，换个电池收10元，一般的清洗保养收80元到150元，遇到修不好的，他一分钱不收。他说：“修表靠的是耐心，急不得。人家把东西交给你，就是信任你。”
p 问起还打算干多久，朱建国笑着说：“只要眼睛还看得清、手还不抖，就一直干下去。”
"""
