# 云南地方日报数字报（虚构“彩云日报”），2023 年阅读版：只有引题，文末署名单独一行（纳西族记者）
from blocks import P, NOTE, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-33", "kind": "e-paper", "lang": "zh",
    "title": "丽江古城冬季“慢游”线路上新",
    "authors": ["和丽萍", "木春梅"],
    "publish_time": "2025年11月13日",
    "body": [
        P("冬日暖阳下，丽江古城的石板路上游人三三两两，不少游客放慢脚步，跟着讲解员走进一座座纳西族老院落。近日，丽江古城保护管理部门推出6条冬季“慢游”线路，引导游客避开主街人流，深入古城巷道感受纳西文化。"),
        P("据介绍，6条线路分别以“古城水系”“纳西院落”“东巴文化”“老字号”“茶马古道”“木府往事”为主题，每条线路时长在2小时左右，沿途串联起大石桥、科贡坊、方国瑜故居、白马龙潭寺等30余个点位。游客可以通过扫描路牌上的二维码收听讲解，也可以预约古城公益讲解员带队游览。"),
        IMG("游客在古城巷道中游览"),
        P("在“纳西院落”线路上，游客可以走进几户仍有原住民居住的传统民居，了解“三坊一照壁、四合五天井”的建筑格局。院子的主人和大妈一边晒着太阳，一边给游客讲述老房子的故事。“冬天游客没那么多，大家愿意坐下来听，我也愿意多讲讲。”她说。"),
        P("丽江古城保护管理局相关负责人表示，推出冬季慢游线路，一方面是为了缓解主街区的人流压力，另一方面也是希望游客能更深入地了解古城的历史文化。今冬明春，古城还将在四方街等地举办东巴文化展示、纳西古乐演奏等活动。"),
        NOTE("（记者　和丽萍　通讯员　木春梅）", '<p class="bylineend">{}</p>'),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;background:#f7f4ee;font-family:"Noto Serif SC","Songti SC",serif;color:#2a2a2a}
a{color:inherit;text-decoration:none}
.top{background:#1c5d8c;color:#fff;font-family:"PingFang SC",sans-serif}.top .in{max-width:1160px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:64px;padding:0 20px}
.top img{width:180px;height:40px}.top select{margin-left:8px}
.issue{max-width:1160px;margin:0 auto;display:flex;gap:10px;flex-wrap:wrap;font-family:"PingFang SC",sans-serif;font-size:14px;padding:12px 20px}
.issue a{background:#fff;border:1px solid #d9d2c3;border-radius:3px;padding:4px 10px}.issue a.on{background:#1c5d8c;color:#fff;border-color:#1c5d8c}
.reader{max-width:1160px;margin:0 auto;display:flex;gap:24px;padding:0 20px}
.reader article{flex:1;background:#fff;padding:40px 60px;box-shadow:0 1px 4px rgba(0,0,0,.06)}
.reader .yt{font-size:16px;color:#1c5d8c;text-align:center;margin:0 0 6px}
.reader h1{font-size:30px;text-align:center;margin:0 0 18px;line-height:1.4}
.reader .line{text-align:center;font-family:"PingFang SC",sans-serif;font-size:13px;color:#999;margin-bottom:24px}
.reader .txt{font-size:18px;line-height:2}.reader .txt p{text-indent:2em;margin:0 0 1em}.reader .txt .ph{text-indent:0}.reader .txt .ph img{width:100%;height:400px;background:#eee}
.reader .txt .bylineend{text-align:right;text-indent:0}
.reader aside{width:300px;font-family:"PingFang SC",sans-serif;font-size:14px}
.reader aside .box{background:#fff;padding:16px;margin-bottom:16px}.reader aside h3{font-size:15px;margin:0 0 8px;color:#1c5d8c}
.reader aside li{line-height:1.9}.reader aside .thumb img{width:100%;height:360px;background:#efe9dd}
.ft{text-align:center;font:12px/2 "PingFang SC",sans-serif;color:#888;padding:30px}
"""


def render(p):
    body = rb(p["body"], img='<p class="ph"><img src="{gif}" alt="{alt}"></p>')
    bm = ["01 要闻", "02 要闻", "03 综合", "04 州市", "05 经济", "06 社会", "07 文旅", "08 副刊"]
    return doc("丽江古城冬季“慢游”线路上新 - 彩云日报数字报", CSS, f"""
<div class="top"><div class="in">{img("彩云日报")}<div>{p["publish_time"]}　<select><option>2025年</option></select><select><option>11月</option></select><select><option>13日</option></select>　<a href="#">PDF</a></div></div></div>
<div class="issue">{links(bm[:6], '<a href="#">{}</a>', '')}<a class="on" href="#">07 文旅</a><a href="#">08 副刊</a></div>
<div class="reader">
<article>
<p class="yt">深挖文化内涵　提升游览体验</p>
<h1>{esc(p["title"])}</h1>
<div class="line">彩云日报　第07版：文旅　|　字号 A+ A-</div>
<div class="txt">
{body}
</div>
</article>
<aside>
<div class="box thumb">{img("07版版面缩略图")}<div style="text-align:center;margin-top:6px"><a href="#">上一版</a>　|　<a href="#">下一版</a></div></div>
<div class="box"><h3>本版新闻</h3><ul>{links(["丽江古城冬季“慢游”线路上新", "大理双廊推出环洱海骑行驿站", "元阳梯田迎来冬季摄影季", "昆明“翠湖看鸥”志愿服务启动"], '<li><a href="#">{}</a></li>')}</ul></div>
</aside></div>
<div class="ft">彩云日报社 版权所有　滇ICP备05003317号-1　互联网新闻信息服务许可证：53120170001</div>
""")
