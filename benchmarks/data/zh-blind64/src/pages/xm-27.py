# 微信公众号 article: meta line "原创 <writer> <account> <date> <属地>" in
# separate spans; the writer (a person) is the author, not the account; 图片来源,
# 编辑 | … 审核 | … at the end; 阅读/在看/留言 furniture.
from kit import *

META = dict(
    id="xm-27", kind="self-media", lang="zh",
    title="在可可西里，他们守护藏羚羊迁徙路",
    authors=["韩晓东"],
    publish_time="2025年06月01日 20:30",
)
HTML_TITLE = "在可可西里，他们守护藏羚羊迁徙路"
CSS = BASE_CSS + """
body{background:#fff;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif}
.rich_media{max-width:677px;margin:0 auto;padding:20px 16px}
h1.rich_media_title{font-size:22px;line-height:1.4;margin:0 0 14px;font-weight:400}
.rich_media_meta_list{font-size:15px;color:rgba(0,0,0,.3);margin-bottom:22px}
.rich_media_meta_list span,.rich_media_meta_list a{margin-right:8px}
.orig{background:rgba(0,0,0,.05);padding:0 4px;border-radius:2px;font-size:12px}
.rich_media_meta_list a{color:#576b95}
.rich_media_content{font-size:17px;line-height:1.75;color:#333;letter-spacing:.5px}
.rich_media_content .pic-cap{font-size:13px;color:#888;text-align:center}
.end{font-size:14px;color:#888;margin-top:24px}
.end p{margin:2px 0}
.tool{display:flex;gap:20px;font-size:14px;color:#576b95;margin:24px 0;align-items:center}
.qr_code{border-top:1px solid #eee;margin-top:20px;padding-top:14px;text-align:center;font-size:13px;color:#888}
.cmt{border-top:1px solid #eee;padding-top:10px;font-size:14px;color:#888}
"""
TEMPLATE = f"""
<div class="rich_media">
<h1 class="rich_media_title">@@TITLE@@</h1>
<div class="rich_media_meta_list"><span class="orig">原创</span><span>韩晓东</span><a href="#">高原视点</a><em>@@DATE@@</em> <em>青海</em></div>
<div class="rich_media_content">
@@BODY@@
<section class="end"><p>图片来源：可可西里国家级自然保护区管理局</p><p>编辑 | 马晓丽　　审核 | 李国庆</p></section>
</div>
<div class="tool"><span>阅读 1.2万</span><span>♡ 赞 486</span><span>在看 213</span><span>分享</span></div>
<div class="qr_code">{img("公众号二维码", 120, 120)}<p>微信扫一扫<br>关注该公众号</p></div>
<div class="cmt"><p>留言</p><p><input type="text" placeholder="写留言"></p><p>雪山下的风：致敬守护者！　16赞</p><p>格桑花开：去年在109国道边见过藏羚羊过马路，车都停下来等它们　9赞</p></div>
<p style="font-size:12px;color:#aaa;text-align:center">预览时标签不可点</p>
</div>
"""
OPTS = dict(pstyle="section", hstyle="section", capstyle="p")
BODY = """
p 每年5月到7月，数以万计的雌性藏羚羊从三江源、羌塘等地出发，穿越青藏公路和青藏铁路，前往可可西里腹地的卓乃湖、太阳湖一带产仔。这段长达数百公里的迁徙路，被称为“生命通道”。
p 在这条通道上，有一群人年复一年地守候着。
h 凌晨五点的“护送”
p 5月27日凌晨5点，天还没亮，五道梁保护站的巡护员扎西多杰和同事们已经在青藏公路旁做好了准备。前一天傍晚，他们在距离公路约2公里的草滩上发现了一个200多只的藏羚羊群。
p “藏羚羊一般在清晨和傍晚过公路，车多的时候它们会在路边犹豫很久，甚至掉头回去。”扎西多杰说。为此，保护站与交警部门配合，在藏羚羊集中通过的时段对过往车辆实行临时交通管制。
img 藏羚羊群通过青藏公路
cap 藏羚羊群在巡护员守护下通过青藏公路
p 当天6点10分左右，羊群开始向公路移动。巡护员们举起“藏羚羊通过 请停车等候”的指示牌，拦停了两侧的车辆。十几分钟后，最后一只藏羚羊跃过路基，消失在晨雾中。
h 从“保护”到“共处”
p 上世纪八九十年代，由于盗猎猖獗，可可西里的藏羚羊数量一度锐减到不足2万只。经过三十多年的保护，如今这里的藏羚羊种群数量已恢复到7万只以上，保护级别也由“濒危”调整为“近危”。
p 可可西里国家级自然保护区管理局工作人员介绍，今年保护区在藏羚羊迁徙通道沿线增设了4处临时观测点，并首次使用无人机对迁徙种群进行全程监测。截至5月底，已累计监测到北上迁徙的藏羚羊1.8万余只。
p “我们现在做的，是让人和野生动物找到一种和谐相处的方式。”扎西多杰说，“看着它们平平安安地过去，这一年的辛苦就值了。”
"""
