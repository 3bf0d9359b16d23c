# 北京城市媒体网站（虚构“首都时讯网”），2023 年响应式：本报讯导语带记者、通讯员（少数民族名含间隔号）
from blocks import P, IMG, NOTE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-13", "kind": "media", "lang": "zh",
    "title": "朝阳区首批12个“社区食堂+老年助餐点”投入运营",
    "authors": ["迪丽娜·艾尔肯", "张帆"],
    "publish_time": "2025-11-11 06:58",
    "body": [
        P("本报讯（记者 迪丽娜·艾尔肯 通讯员 张帆）11月10日，朝阳区首批12个“社区食堂+老年助餐点”同时投入运营。记者在潘家园街道华威西里社区食堂看到，中午11点刚过，前来就餐的老人已经排起了队，荤素搭配的两菜一汤套餐售价15元，80岁以上老人还可以再享受每餐3元的补贴。"),
        P("据了解，这12个助餐点均由街道提供场地、引入专业餐饮企业运营，每天供应早、午、晚三餐，菜品根据季节每周更新。为方便行动不便的老人，助餐点还与社区养老服务驿站合作，提供送餐上门服务，配送范围覆盖周边一公里内的小区。"),
        IMG("老人在社区食堂就餐", "老人在社区食堂就餐。记者 王川 摄"),
        P("“以前一个人在家做饭，经常是早上做一锅吃一天，现在下楼走五分钟就能吃上热乎饭。”家住华威西里的76岁居民孙大爷说。"),
        P("朝阳区民政局相关负责人介绍，今年全区计划新建和提升老年助餐点50个，重点向老旧小区和老年人口密集的社区倾斜。助餐点实行“政府补一点、企业让一点、个人出一点”的运营模式，区里对达到服务标准的运营企业按照就餐人次给予补贴，同时建立食品安全“明厨亮灶”和第三方评价机制，老人可以通过扫码对菜品和服务打分。"),
        P("记者在现场看到，华威西里社区食堂的菜单上，除了家常菜以外，还专门标注了“低盐”“低糖”“软烂”等标签，方便患有慢性病和牙口不好的老人选择。食堂负责人介绍，他们还和社区卫生服务站的家庭医生一起，根据老人的体检情况，每月推出一次“营养套餐”。"),
        P("助餐点也向社区里的年轻上班族和周边快递员、外卖骑手开放，按市场价就餐，不享受补贴。“中午能吃上一份热乎的家常菜，价格也实惠，比点外卖强。”在附近写字楼上班的小李说。"),
        P("下一步，朝阳区还将探索把助餐服务与社区卫生服务站、老年大学等资源联动，在吃饭之外为老人提供健康监测、文化娱乐等更多服务。"),
        NOTE("责任编辑：孙晓", '<p class="editor">{}</p>'),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#fff}
a{color:inherit;text-decoration:none}
.masthead{border-bottom:1px solid #e8e8e8}.mw{max-width:1180px;margin:0 auto;padding:0 20px}
.masthead .mw{display:flex;align-items:center;justify-content:space-between;height:76px}.masthead img{width:220px;height:44px}
.chan{display:flex;gap:22px;font-size:16px}.chan a.on{color:#d0021b;border-bottom:2px solid #d0021b;padding-bottom:4px}
.right{font-size:13px;display:flex;gap:12px;color:#666}.right input{border:1px solid #ddd;border-radius:16px;padding:4px 12px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:40px;padding-top:26px}
.crumb{font-size:13px;color:#999}
h1{font-size:32px;line-height:1.4;margin:12px 0}
.meta{font-size:14px;color:#888;display:flex;gap:16px;align-items:center}.meta .app{margin-left:auto;color:#d0021b}
.content{font-size:18px;line-height:1.9;margin-top:24px}.content p{margin:0 0 1.2em}
.content .fig{text-align:center;margin:0}.content .fig img{width:100%;height:420px;background:#eee}.content .figcap{font-size:14px;color:#777;text-align:center}
.content .editor{font-size:14px;color:#999;text-align:right}
.actions{user-select:none;display:flex;gap:14px;border-top:1px solid #eee;padding-top:14px;color:#999;font-size:14px}
aside h3{font-size:18px;border-left:4px solid #d0021b;padding-left:10px}aside ol{padding-left:20px;line-height:1.9;font-size:15px}
.dl{background:#fafafa;text-align:center;padding:16px;font-size:13px;color:#666}.dl img{width:110px;height:110px}
.rec{margin-top:30px}.rec h3{font-size:20px}.rec ul{list-style:none;padding:0}.rec li{border-bottom:1px solid #f0f0f0;padding:12px 0;font-size:17px}
footer{background:#1a1a1a;color:#9a9a9a;font-size:12px;line-height:2;text-align:center;padding:30px 0;margin-top:50px}
"""


def render(p):
    body = rb(p["body"], img='<p class="fig"><img src="{gif}" alt="{alt}"></p>{cap}', cap='<p class="figcap">{}</p>')
    return doc(p["title"] + " - 首都时讯网", CSS, f"""
<div class="masthead"><div class="mw">{img("首都时讯网")}
<div class="chan">{links(["首页", "时政", "民生", "区域", "文化", "视频", "评论", "数字报"], '<a href="#">{}</a>', '')}</div>
<div class="right"><input type="text" placeholder="搜索"><a href="#">登录</a><a href="#">客户端</a></div></div></div>
<div class="mw layout">
<main>
<div class="crumb"><a href="#">首页</a> &gt; <a href="#">民生</a> &gt; 正文</div>
<h1>{esc(p["title"])}</h1>
<div class="meta"><span>{p["publish_time"]}</span><span>来源：首都时讯</span><span class="app">打开客户端阅读</span></div>
<div class="content">
{body}
</div>
<div class="actions"><span>分享至</span><span>微信</span><span>微博</span><span>复制链接</span><span>字号</span></div>
<div class="rec"><h3>相关新闻</h3><ul>{links(["海淀区“长者食堂”覆盖全部街镇", "北京将为独居老人安装燃气报警器", "石景山试点老年助餐“一卡通”", "东城区养老驿站推出冬季助浴服务"], '<li><a href="#">{}</a></li>')}</ul></div>
</main>
<aside>
<h3>热门排行</h3><ol>{links(["北京今冬供暖季正式开始", "地铁19号线北延最新进展", "本周末北京有降温降雪", "市区两级新增普惠托育位", "中关村论坛成果转化项目落地", "京津冀通勤定制快巴再加线路"], '<li><a href="#">{}</a></li>')}</ol>
<div class="dl">{img("首都时讯客户端下载二维码")}<br>扫码下载首都时讯客户端</div>
</aside></div>
<footer>首都时讯网 版权所有 未经书面授权禁止转载<br>
互联网新闻信息服务许可证：11120250008　京ICP证150736号　京公网安备 11010102003917号<br>
违法和不良信息举报电话：010-85203317　举报邮箱：jubao@example.cn</footer>
""")
