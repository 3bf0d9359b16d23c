from lib import *

PAGE = dict(
    id="xj-13", kind="media", lang="zh",
    title="吉林梨树：保护性耕作让黑土地“长”出好收成",
    authors=["张楠", "李国栋"],
    publish_time="2025-03-08 16:42:15",
    doc_title="吉林梨树：保护性耕作让黑土地“长”出好收成-新华网吉林频道",
    pfmt="p", hfmt="strong",
    features="central media regional channel; 新华社长春…电（记者 …、…） byline inside the first paragraph (stays in the body); "
             "photo with caption and 新华社记者 … 摄 credit (not author); 【纠错】【责任编辑】; a 相关新闻 box printing a related story's "
             "headline and its whole first paragraph under the article (not body); recommendation list.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#000}
.w{width:1200px;margin:0 auto}
.top{border-bottom:1px solid #ddd;font-size:12px;color:#666;padding:6px 0}
.top a{margin-right:12px;color:#333}
.logo{padding:14px 0;font-size:28px;color:#c00;font-weight:bold}
.logo span{font-size:18px;color:#333;margin-left:10px}
.chnav a{display:inline-block;margin-right:20px;font-size:15px}
.header{border-bottom:2px solid #c00;padding:18px 0}
h1{font-size:32px;line-height:1.4;margin:0 0 12px;font-weight:normal}
.info{font-size:14px;color:#666}
.info span{margin-right:16px}
#detail{font-size:18px;line-height:2;margin-top:20px}
#detail p{margin:0 0 20px}
#detail .pic{text-align:center}
#detail .pic-note{text-align:center;font-size:15px;color:#555}
.editor{text-align:right;color:#888;font-size:14px}
.rel{border-top:1px solid #eee;margin-top:30px;padding-top:10px}
.rel h3{font-size:18px}
.rel .lead{color:#444;font-size:15px}
.rec li{line-height:2.2}
.foot{background:#f5f5f5;color:#666;text-align:center;font-size:12px;padding:20px 0;margin-top:30px}
""",
)

HTML = """
<div class="top"><div class="w"><a href="#">新华网首页</a><a href="#">时政</a><a href="#">财经</a><a href="#">国际</a><a href="#">地方</a><a href="#">图片</a><a href="#">视频</a><a href="#">English</a></div></div>
<div class="w"><div class="logo">新华网<span>吉林频道</span></div>
<div class="chnav"><a href="#">首页</a><a href="#">吉林要闻</a><a href="#">市州新闻</a><a href="#">吉林经济</a><a href="#">乡村振兴</a><a href="#">文旅</a></div></div>
<div class="w header">
<h1>吉林梨树：保护性耕作让黑土地“长”出好收成</h1>
<div class="info"><span>2025-03-08 16:42:15</span><span>来源：新华网</span><span><a href="#">字体：小 中 大</a></span><span>分享到：</span></div>
</div>
<div class="w" id="detail">
{{BODY}}
<p class="editor">【<a href="#">纠错</a>】　【责任编辑：赵&nbsp;&nbsp;琪】</p>
</div>
<div class="w rel"><h3>相关新闻</h3>
<p><a href="#">吉林：春耕备耕物资储备充足 农机检修超九成</a></p>
<p class="lead">新华社长春3月5日电（记者 李国栋）记者从吉林省农业农村厅获悉，截至3月初，吉林省春耕所需种子、化肥储备均已达到需求量的九成以上，全省各类农机具检修率超过92%，为春耕生产打下坚实基础。</p>
<p><a href="#">［详细］</a></p></div>
<div class="w rec"><h3>新华网推荐</h3><ul>
<li><a href="#">长春新区：“冰雪+”产业链加速成型</a></li><li><a href="#">图说吉林｜雾凇岛迎来赏凇季</a></li><li><a href="#">延边：边民互市贸易持续升温</a></li></ul></div>
<div class="foot">Copyright © 2000-2025 XINHUANET.com All Rights Reserved.<br>制作单位：新华网股份有限公司　版权所有：新华网股份有限公司</div>
"""

BODY = [
    P("新华社长春3月8日电（记者 张楠、李国栋）早春时节，吉林省梨树县的田野里积雪尚未化尽。在卢伟农机农民专业合作社的机库里，几台免耕播种机已经检修完毕，整齐地停放着，等待开犁。"),
    P("“秸秆盖在地上，就像给黑土地盖了一层被子。”合作社理事长卢伟说，合作社从2015年开始推广秸秆覆盖免耕播种，如今经营的土地已有5000多亩，“这些年地越种越肥，土壤有机质含量提高了近两成，一亩地能省下七八十元成本。”"),
    IMG("梨树县一家农机合作社的社员在检修免耕播种机", gif=True),
    CAP("3月6日，梨树县一家农机合作社的社员在检修免耕播种机。新华社记者 许  畅 摄"),
    P("保护性耕作是以秸秆覆盖还田、免（少）耕播种为主要内容的耕作技术，能够有效减少土壤风蚀水蚀、提高土壤肥力和抗旱能力。近年来，梨树县与科研院所合作，探索形成了适合东北地区的保护性耕作技术模式。"),
    P("据梨树县农业农村局介绍，2024年全县保护性耕作面积达到305万亩，实现适宜耕地全覆盖，粮食总产量连续多年保持在50亿斤以上。今年，当地将重点推广条带耕作、宽窄行种植等技术，并组织技术人员下沉到村，开展“一对一”指导。"),
    P("吉林省农业农村厅有关负责人表示，2025年吉林省计划实施保护性耕作面积4000万亩以上，同时加大高标准农田建设力度，让黑土地这个“耕地中的大熊猫”持续焕发生机。"),
]
