from lib import *

NOTES = "City daily e-paper (Guangdong), 2020 design: date bar with weekday, 版次 navigation (上一版/下一版, version list A01–A08), page image with alt, 引题/主题/副题 stack (only 主题 is the title), own-line 本报记者 … 通讯员 … byline, sub-headings, 本版标题 list that repeats the headline, 往期回顾, footer."

META = dict(id="xy-31", kind="e-paper", lang="zh",
            title="东江两岸新增5家国家级专精特新“小巨人”企业",
            authors=["邝雪琪", "叶俊"],
            publish_time="2025年06月12日 星期四")

HEAD_TITLE = "东江日报数字报-东江两岸新增5家国家级专精特新“小巨人”企业"

CSS = """
body{margin:0;background:#e9e4da;font-family:"Microsoft YaHei";color:#222}
.ep-top{background:#7a0e12;color:#f3e2c7}
.ep-top .in{width:1200px;margin:auto;display:flex;justify-content:space-between;align-items:center;height:70px}
.ep-top .in b{font-size:30px;font-family:"STKaiti","KaiTi"}
.ep-top .in span a{color:#f3e2c7;margin-left:10px;font-size:13px}
.ep-bar{background:#fff;border-bottom:1px solid #cdbfa8}
.ep-bar .in{width:1200px;margin:auto;display:flex;justify-content:space-between;padding:8px 0;font-size:14px}
.ep-bar .ver a{margin-left:6px}
.ep-wrap{width:1200px;margin:14px auto;display:flex;gap:16px}
.ep-page{width:380px;background:#fff;padding:10px;font-size:13px}
.ep-page .pg{height:520px;background:#f4efe6;text-align:center;color:#999}
.ep-read{flex:1;background:#fff;padding:24px 50px}
.ep-read .yt{font-size:17px;text-align:center;color:#444}
.ep-read .zt{font-size:28px;font-weight:bold;text-align:center;margin:8px 0;line-height:1.4}
.ep-read .ft{font-size:17px;text-align:center;color:#444;margin-bottom:16px}
.ep-read .zz{font-size:15px;color:#555;margin:0 0 12px}
.ep-read .article p{font-size:16px;line-height:2;text-indent:2em;margin:0 0 8px}
.ep-read .article p.xbt{font-weight:bold;text-indent:0;font-family:"SimHei"}
.ep-list{width:260px;background:#fff;padding:12px;font-size:14px}
.ep-list h4{margin:0 0 8px;color:#7a0e12}
.ep-list li{line-height:1.9}
.ep-list ul{padding-left:16px;margin:0 0 14px}
.ep-foot{text-align:center;font-size:12px;color:#666;padding:14px 0;line-height:2}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f'<p class="xbt">{t}</p>',
}

BLOCKS = [
    X('<p class="zz">本报记者 邝雪琪 通讯员 叶俊</p>'),
    P("记者昨日从市工业和信息化局获悉，在工业和信息化部最新公布的第七批专精特新“小巨人”企业名单中，我市共有5家企业入选，全市国家级专精特新“小巨人”企业累计达到47家，数量居全省地级市前列。"),
    P("此次入选的5家企业分别来自新材料、智能装备、电子信息等领域，均在细分市场深耕多年。其中，一家位于东江高新区的精密模具企业，自主研发的汽车轻量化模具技术打破国外垄断，产品配套国内多家新能源车企；另一家电子元器件企业生产的微型电感，年出货量超过20亿只。"),
    H("梯度培育体系逐步完善"),
    P("近年来，我市建立了“创新型中小企业—省级专精特新中小企业—国家级专精特新‘小巨人’企业”梯度培育体系，对入库企业实行“一企一策”服务，在技术改造、融资担保、人才引进等方面给予支持。目前，全市已培育省级专精特新中小企业486家，创新型中小企业1300余家。"),
    P("市工业和信息化局相关负责人介绍，对新认定的国家级专精特新“小巨人”企业，市级财政给予一次性奖励100万元；同时设立规模为10亿元的产业投资基金，重点投向专精特新企业。"),
    H("规上工业增加值同比增长6.8%"),
    P("专精特新企业的快速成长，为全市工业经济稳定增长提供了有力支撑。今年1至5月，全市规模以上工业增加值同比增长6.8%，其中高技术制造业增加值增长12.4%，占规上工业比重提高到31.2%。"),
    P("下一步，我市将继续实施“专精特新”企业倍增行动，力争到2027年，国家级专精特新“小巨人”企业达到70家以上，省级专精特新中小企业突破800家。"),
]

ITEMS = ["东江两岸新增5家国家级专精特新“小巨人”企业", "我市启动2025年“技能提升月”活动", "市区新增3条微循环公交线路", "图片新闻"]


def frame(M, body):
    lst = "".join(f'<li><a href="#">{t}</a></li>' for t in ITEMS)
    return f"""<body>
<div class="ep-top"><div class="in"><b>东江日报</b><span><a href="#">东江网</a><a href="#">往期回顾</a><a href="#">PDF下载</a></span></div></div>
<div class="ep-bar"><div class="in">
<span>{M["publish_time"]}　第A03版：要闻</span>
<span class="ver"><a href="#">上一版</a> <a href="#">下一版</a>　版面导航：<a href="#">A01 头版</a><a href="#">A02 要闻</a><a href="#">A03 要闻</a><a href="#">A04 综合</a><a href="#">A05 区域</a><a href="#">A06 民生</a><a href="#">A07 文体</a><a href="#">A08 广告</a></span>
</div></div>
<div class="ep-wrap">
<div class="ep-page"><div class="pg">{img("A03版 要闻 版面图", w=360, h=500)}</div><p><a href="#">PDF下载本版</a></p></div>
<div class="ep-read">
<div class="yt">聚焦制造业高质量发展</div>
<div class="zt">{M["title"]}</div>
<div class="ft">全市累计达到47家，数量居全省地级市前列</div>
<div class="article">
{body}
</div>
</div>
<div class="ep-list"><h4>本版标题</h4><ul>{lst}</ul>
<h4>往期回顾</h4><p><input type="text" placeholder="2025-06-12"> <button type="button">查看</button></p></div>
</div>
<div class="ep-foot">东江日报社版权所有　未经书面授权，不得转载或镜像<br>粤ICP备05027493号-1　地址：东江大道中段东江传媒大厦　电话：0752-2831000</div>
</body>"""
