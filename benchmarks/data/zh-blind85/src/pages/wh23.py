# 宁夏 · 党报网站 · 评论（2022 opinion page, □ author marker under the headline, 作者系… note at the end）
from lib import *

PAGE = dict(
    id="wh-23", kind="media", lang="zh",
    title="治理高额彩礼，既要“堵”更要“疏”",
    authors=["马立新"],
    publish_time="2025-11-21 06:30",
    features="2022 regional party-paper site (宁夏) 评论 column; column logo 塞上评论 and an author line with the "
             "□ marker (□ 马立新) under the headline; date + 来源 row; pull-quote box repeating a sentence (not "
             "body); closing （作者系…） note (not body); 责编 line; 往期评论 list; footer with licence numbers.",
    blocks=[
        P("临近年底，又到了农村婚嫁的高峰期。近日，我区多个县区出台移风易俗村规民约，对婚嫁彩礼、宴席规模作出约束性规定，引导群众抵制高额彩礼。这一做法值得肯定。"),
        P("高额彩礼之所以屡禁不止，原因是多方面的。有的家庭把彩礼当作“面子”，相互攀比；有的家庭把彩礼当作女儿出嫁后的“保障”；还有的地方婚龄人口性别比例失衡，客观上推高了彩礼。如果只靠一纸规定“限高”，而不解决背后的问题，很容易出现“明面上降了、私底下照给”的情况。"),
        P("治理高额彩礼，“堵”是必要的。村规民约要把彩礼标准、宴席桌数等写清楚，红白理事会要真正发挥作用，党员干部要带头执行，对借婚姻索取财物的行为依法处理。"),
        P("但更重要的是“疏”。一方面，要在经济上“疏”，加快发展农村产业，让年轻人在家门口有稳定收入，减轻“一场婚事掏空一个家庭”的压力；另一方面，要在观念上“疏”，通过评选“最美家庭”、举办集体婚礼等方式，让“婚事新办、简约适度”成为新风尚，让不要彩礼、少要彩礼的家庭受尊重、得实惠。"),
        P("移风易俗不是一朝一夕的事。只要“堵”“疏”结合、久久为功，就一定能让婚姻回归感情本身，让农村家庭卸下“甜蜜的负担”。"),
    ],
)

CSS = """
body{margin:0;background:#fff;font-family:"Noto Serif SC","Songti SC",serif;color:#222}
a{color:inherit;text-decoration:none}
.nav{font-family:"Microsoft YaHei";background:#8b0000;color:#fff}
.nav .in{width:1080px;margin:0 auto;display:flex;align-items:center;height:64px;gap:26px}
.nav b{font-size:26px}
.nav a{font-size:15px}
.col{width:760px;margin:30px auto 0;display:flex;align-items:center;gap:12px;font-family:"Microsoft YaHei"}
.col .lg{background:#8b0000;color:#fff;padding:4px 12px;font-size:18px}
.col .ln{flex:1;border-top:1px solid #8b0000}
article{width:760px;margin:0 auto}
h1{font-size:34px;line-height:1.4;margin:20px 0 10px;text-align:center}
.au{text-align:center;font-size:18px;margin-bottom:6px}
.dt{text-align:center;font-family:"Microsoft YaHei";color:#999;font-size:13px;margin-bottom:24px}
.txt{font-size:19px;line-height:2.1}
.txt p{text-indent:2em;margin:0 0 .9em}
.pull{border-left:6px solid #8b0000;background:#faf3f3;font-size:20px;padding:12px 18px;margin:20px 0;font-family:KaiTi}
.note{font-size:16px;color:#555;font-family:KaiTi;text-indent:2em}
.ze{font-family:"Microsoft YaHei";color:#999;font-size:13px;text-align:right}
.past{width:760px;margin:30px auto;font-family:"Microsoft YaHei"}
.past h3{border-bottom:1px solid #8b0000;color:#8b0000;font-size:16px}
.past li{line-height:2}
.foot{background:#f2f2f2;color:#888;font-family:"Microsoft YaHei";text-align:center;font-size:12px;padding:20px 0;line-height:2}
"""


def render(p):
    blocks = p["blocks"][:2] + [RAW('<div class="pull">如果只靠一纸规定“限高”，而不解决背后的问题，很容易出现“明面上降了、私底下照给”的情况。</div>')] + p["blocks"][2:]
    body = render_body(blocks)
    html_body = f"""
<div class="nav"><div class="in"><b>塞上日报网</b>{links(["首页", "要闻", "评论", "经济", "民生", "县区", "图片", "视频", "数字报"])}</div></div>
<div class="col"><span class="lg">塞上评论</span><span class="ln"></span></div>
<article>
<h1>{esc(p["title"])}</h1>
<div class="au">□ 马立新</div>
<div class="dt">{p["publish_time"]}　来源：塞上日报</div>
<div class="txt">
{body}
</div>
<p class="note">（作者系宁夏社会科学研究中心副研究员）</p>
<p class="ze">责编：丁　雪</p>
</article>
<div class="past"><h3>往期评论</h3><ul>
<li><a href="#">让“银发族”共享数字生活便利</a></li>
<li><a href="#">以更实举措稳住农民增收势头</a></li>
<li><a href="#">守护好黄河宁夏段的一河清水</a></li></ul></div>
<div class="foot">塞上日报社主办　塞上日报网版权所有<br>宁ICP备05002196号　互联网新闻信息服务许可证：64120170002　举报电话：0951-5079013</div>
"""
    return doc("治理高额彩礼，既要“堵”更要“疏”_塞上评论_塞上日报网", CSS, html_body)
