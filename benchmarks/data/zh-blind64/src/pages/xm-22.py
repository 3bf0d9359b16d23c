# 陈仓新闻网 (陕西宝鸡, city media): the whole headline is printed inside 【】
# brackets (the title is the text inside); the reporter closes the last paragraph
# in brackets; 来源 and 编辑 are not authors.
from kit import *

META = dict(
    id="xm-22", kind="media", lang="zh",
    title="宝鸡城区今年将新建改建12处口袋公园",
    authors=["李响"],
    publish_time="2025-04-22 10:37",
)
HTML_TITLE = "【宝鸡城区今年将新建改建12处口袋公园】-陈仓新闻网"
CSS = BASE_CSS + """
body{background:#f7f7f7}
.hd{background:#fff;border-bottom:1px solid #e3e3e3}
.hd .in{width:1100px;margin:0 auto;height:80px;display:flex;align-items:center;gap:40px}
.hd b{font-size:30px;color:#0b5ea8}
.hd nav a{margin-right:18px;font-size:15px}
.main{width:1100px;margin:20px auto;background:#fff;padding:30px 60px;box-sizing:border-box}
.crumb{font-size:13px;color:#999}
h1{font-size:30px;color:#0b5ea8;margin:20px 0 12px;line-height:1.4}
.info{font-size:13px;color:#999;padding-bottom:14px;border-bottom:1px solid #eee}
.info em{font-style:normal;margin-right:18px}
.content{font-size:17px;line-height:2;margin-top:16px}
.content p{margin:0 0 14px;text-indent:2em}
.content .pic-cap{text-indent:0;text-align:center;color:#777;font-size:14px}
.ed{color:#999;font-size:13px;text-align:right}
.hot{margin-top:30px;border-top:2px solid #0b5ea8;padding-top:8px}
.hot li{display:inline-block;width:48%;padding:4px 0;font-size:14px}
.footer{text-align:center;font-size:12px;color:#999;padding:20px 0}
.footer p{margin:3px 0}
"""
TEMPLATE = f"""
<div class="hd"><div class="in"><b>陈仓新闻网</b><nav>{links(["首页", "宝鸡要闻", "县区", "民生", "文旅", "视频", "宝鸡日报", "宝鸡广电"])}</nav>{search("搜索", "")}</div></div>
<div class="main">
{crumb(["首页", "宝鸡要闻"], prefix="当前位置：", sep=" > ")}
<h1>【@@TITLE@@】</h1>
<div class="info"><em>@@DATE@@</em><em>来源：宝鸡日报</em><em>编辑：吴丹</em></div>
<div class="content">
@@BODY@@
</div>
<div class="ed">【责任编辑：吴丹】</div>
<div class="hot"><b>热点推荐</b><ul>
<li><a href="#">【宝鸡中心城市“一河两岸”景观提升工程启动】</a></li>
<li><a href="#">【宝鸡今年计划改造城镇老旧小区186个】</a></li>
<li><a href="#">【渭河宝鸡段生态湿地迎来候鸟】</a></li>
<li><a href="#">【宝鸡发布2025年城市更新项目清单】</a></li>
</ul></div>
</div>
{footer(["宝鸡日报社 宝鸡广播电视台 联合主办", "陕ICP备11003456号-1　陕公网安备 61030202000231号", "互联网新闻信息服务许可证：61120180005"])}
"""
OPTS = dict(pstyle="p", capstyle="p")
BODY = """
p 记者从宝鸡市城市管理执法局获悉，今年宝鸡城区计划新建、改建口袋公园12处，总面积约4.6万平方米，目前已有5处开工建设，全部项目将于9月底前建成开放。
p 口袋公园是指面积较小、布局灵活的小型公园绿地，一般见缝插针地建在街角、空地和老旧小区周边。今年的12处口袋公园主要分布在渭滨区、金台区和陈仓区的老城片区，将利用边角地、闲置地和拆违腾退空间进行建设，着力解决老城区群众“出门见绿难”的问题。
img 金台区一处正在施工的口袋公园
cap 金台区一处正在施工的口袋公园
p 在金台区东风路与大庆路交会处，一片原本堆放杂物的空地已被清理平整，工人们正在铺设园路、栽植苗木。施工负责人介绍，这里将设置健身步道、儿童游乐区和休闲座椅，并保留原有的三棵老槐树。
p 据了解，近三年宝鸡城区已累计建成口袋公园36处，基本实现了城区“300米见绿、500米见园”。今年的新项目将更加注重适老化和儿童友好设计，增设无障碍通道、夜间照明和公共卫生间等便民设施。
p 市城市管理执法局相关负责人表示，口袋公园建成后将实行“一园一长”管理，同时邀请周边居民参与日常维护和监督，让小公园真正成为群众身边的“好去处”。（记者 李响）
"""
