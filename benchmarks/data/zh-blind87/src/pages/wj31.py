# 北京郊区日报数字报（虚构“京畿日报”），2020 年版：引题/主题/副题三行，版次导航、本版标题列表
from blocks import P, H, NOTE, IMG, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-31", "kind": "e-paper", "lang": "zh",
    "title": "老厂房变身“科创客厅”",
    "authors": ["邵峰"],
    "publish_time": "2025年11月11日 星期二",
    "body": [
        P("走进房山区良乡镇的“拱辰科创客厅”，红砖墙、锯齿形屋顶和老式行车被完整保留下来，车间里隔出了一间间明亮的办公室和实验室，年轻的研发人员正在调试一台新材料检测设备。很难想象，这里在三年前还是一座闲置多年的老农机厂。"),
        P("这座建于上世纪七十年代的厂房占地约2.6万平方米，企业外迁后一度成了堆放杂物的仓库。去年以来，房山区采取“国企收储+社会资本运营”的方式对其进行改造，在保留工业遗存风貌的基础上，植入了研发办公、中试车间、人才公寓和共享会议中心等功能。"),
        H("“拎包入驻”降低创业门槛"),
        P("“我们是做新型建筑材料研发的，最需要的就是有层高的中试场地，市区很难找到，成本也高。”北京一家新材料科技公司负责人告诉记者，客厅提供的中试车间层高9米，配套电力、给排水和危废暂存设施一应俱全，企业“拎包”就能入驻，租金比城区同类空间低四成。"),
        P("目前，“拱辰科创客厅”已入驻企业31家，主要集中在新材料、智能制造和医药健康领域，其中国家高新技术企业9家。项目运营方还引入了知识产权、投融资和检验检测等服务机构，为入驻企业提供“一站式”服务。"),
        P("从闲置厂房到科创空间，变化的不只是建筑。客厅运营方负责人介绍，为了吸引年轻人才，园区利用厂房之间的空地建起了篮球场、咖啡馆和共享食堂，还与周边的人才公寓打通了通勤班车。“很多年轻人来参观的时候，第一句话就是‘没想到房山有这么酷的地方’。”"),
        IMG("改造后的老厂房", "改造后的老厂房保留了锯齿形屋顶。　本报记者　邵峰摄"),
        H("盘活存量空间为产业腾挪“留白”"),
        P("房山区有大量上世纪建设的老旧厂房和低效工业用地。区经济和信息化局相关负责人介绍，近年来房山区对全区低效产业空间逐一建档，按照“一厂一策”推进更新改造，今年计划再盘活老旧厂房10处、面积约20万平方米。"),
        P("“老厂房更新不是简单的刷墙换瓦，关键是找准产业定位，把空间和产业、人才结合起来。”这位负责人表示，下一步将加强与中关村房山园等产业园区的联动，让更多科技成果在房山转化落地。"),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;background:#e6e2d8;font-family:"Songti SC","SimSun",serif;color:#222}
a{color:inherit;text-decoration:none}
.paperhead{background:#fff;border-bottom:3px solid #9b1c1c}.paperhead .in{max-width:1280px;margin:0 auto;display:flex;align-items:flex-end;justify-content:space-between;padding:14px 20px}
.paperhead img{width:260px;height:60px}.paperhead .date{font-family:"Microsoft YaHei",sans-serif;font-size:15px}
.paperhead .tools a{margin-left:14px;font-family:"Microsoft YaHei",sans-serif;font-size:14px;color:#9b1c1c}
.main{max-width:1280px;margin:16px auto;display:grid;grid-template-columns:420px 1fr;gap:20px;padding:0 20px}
.pagebox{background:#fff;padding:14px;font-family:"Microsoft YaHei",sans-serif;font-size:14px}
.pagebox .cur{font-weight:bold;color:#9b1c1c;margin-bottom:8px}
.pagebox .pic img{width:100%;height:520px;background:#f3f0e8;border:1px solid #ddd}
.pager{display:flex;justify-content:space-between;margin:10px 0}
.bmnav{display:grid;grid-template-columns:1fr 1fr;gap:4px 10px;font-size:13px}
.titles h4{margin:14px 0 6px;color:#9b1c1c}.titles ol{padding-left:20px;margin:0;line-height:1.9}
.artbox{background:#fff;padding:30px 50px}
.intro{text-align:center;font-size:17px;color:#555;margin:0}
.artbox h1{text-align:center;font-size:32px;line-height:1.35;margin:8px 0;font-family:"SimHei","Microsoft YaHei",sans-serif}
.subtitle{text-align:center;font-size:18px;color:#444;margin:0 0 14px}
.author{text-align:center;font-size:15px;font-family:"KaiTi",serif;margin-bottom:20px;border-bottom:1px solid #eee;padding-bottom:14px}
.content{font-size:18px;line-height:2}.content p{text-indent:2em;margin:0 0 .8em}.content h3{font-size:18px;font-family:"SimHei",sans-serif;margin:.6em 0;text-align:center}
.content .pic{text-align:center;text-indent:0}.content .pic img{width:560px;height:360px;background:#eee}.content .cap{text-indent:0;text-align:center;font-size:14px;font-family:"KaiTi",serif}
.copy{text-align:center;font:12px/2 "Microsoft YaHei",sans-serif;color:#666;padding:20px}
"""


def render(p):
    body = rb(p["body"], img='<p class="pic"><img src="{gif}" alt="{alt}"></p>{cap}', cap='<p class="cap">{}</p>')
    pages = ["第01版：要闻", "第02版：要闻", "第03版：区域", "第04版：区域", "第05版：经济", "第06版：民生", "第07版：文化", "第08版：副刊"]
    return doc("京畿日报数字报-老厂房变身“科创客厅”", CSS, f"""
<div class="paperhead"><div class="in">{img("京畿日报")}<div class="date">{p["publish_time"]}　农历乙巳年九月廿二</div>
<div class="tools"><a href="#">往期回顾</a><a href="#">PDF下载</a><a href="#">返回首页</a></div></div></div>
<div class="main">
<div class="pagebox">
<div class="cur">第03版：区域</div>
<div class="pic">{img("第03版版面图")}</div>
<div class="pager"><a href="#">&lt;&lt; 上一版</a><a href="#">下一版 &gt;&gt;</a></div>
<div class="bmnav">{links(pages, '<a href="#">{}</a>', '')}</div>
<div class="titles"><h4>本版标题</h4><ol>{links(["老厂房变身“科创客厅”", "良乡大学城新增两条公交微循环线路", "青龙湖畔骑行绿道全线贯通", "长阳镇“家门口”就业服务站挂牌", "琉璃河遗址考古成果展开幕"], '<li><a href="#">{}</a></li>')}</ol></div>
</div>
<div class="artbox">
<p class="intro">腾笼换鸟　盘活存量</p>
<h1>{esc(p["title"])}</h1>
<p class="subtitle">房山区首个工业遗存更新项目投用，已入驻企业31家</p>
<div class="author">本报记者　邵峰</div>
<div class="content">
{body}
</div>
</div></div>
<div class="copy">京畿日报社版权所有　未经许可不得转载　京ICP备11042806号<br>地址：北京市西城区北礼士路甲36号　邮编：100037</div>
""")
