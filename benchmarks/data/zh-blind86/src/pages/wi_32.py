from lib import links, lis, GIF

PAGE = dict(
    id="wi-32", kind="e-paper", lang="zh",
    region="湖南 娄底", site="湘中晚报电子版（2020 年代响应式数字报）",
    title="娄底孙水河绿道环线全线贯通",
    authors=["唐宁"],
    publish_time="2025-11-21",
    head_title="湘中晚报电子版 - 娄底孙水河绿道环线全线贯通",
    features="新式电子版：顶栏报名+日期“2025年11月21日 星期五”+版次标签 01–08；左栏本版文章列表；正文标题为引题+主题两行（金标题取主题）；"
             "文章信息行“湘中晚报 | 发布日期：2025-11-21 | 第05版：都市”；作者只在首段“本报讯（记者 唐宁）”里；"
             "图片 alt + 图说（“记者 唐宁 摄”非正文）；“上一篇/下一篇/返回目录”、字号按钮、页脚。",
)

BLOCKS = [
    ("p", "本报讯（记者 唐宁）11月20日，随着最后一段栈道完成铺装，娄底孙水河绿道环线实现全线贯通。这条全长32.6公里的绿道串联起沿河12个公园、5处湿地，市民骑行一圈约需两个半小时。"),
    ("img", "孙水河绿道", "11月20日，市民在孙水河绿道上骑行。记者 唐宁 摄"),
    ("p", "记者当天沿绿道骑行看到，红色的骑行道与灰色的步行道并行延伸，沿线每隔两三公里就设有一处驿站，提供休憩座椅、饮水点、自行车维修工具等设施。部分路段还设置了观鸟平台，不时能看到白鹭在河滩上觅食。"),
    ("p", "“以前沿河有好几段是断头路，走着走着就没路了，现在终于连成一个圈了。”正在绿道上晨跑的市民刘先生说，他几乎每天都会来跑上十公里。"),
    ("p", "据市城市管理和综合执法局介绍，孙水河绿道环线工程于2023年启动建设，累计投资4.2亿元，新建绿道18.4公里、改造提质14.2公里，新增绿化面积26万平方米。建设中坚持“生态优先”，保留了沿线原有的大树和湿地植被。"),
    ("p", "下一步，娄底将推进绿道与城市慢行系统、公交站点的衔接，并计划在沿线增设共享单车停放点和夜间照明设施，让绿道“用起来、火起来”。"),
]

FMT = {
    "p": "<p>{t}</p>",
    "img": '<div class="pic"><img alt="{alt}" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="640" height="420">',
    "cap": '<div class="pic-cap">{t}</div></div>',
}

CSS = """
*{box-sizing:border-box}
body{margin:0;background:#f3efe7;font-family:"Noto Serif SC","Songti SC",serif;color:#2a2a2a}
.topbar{background:#7b1113;color:#fff;display:flex;align-items:center;gap:30px;padding:10px 30px;font-family:"Microsoft YaHei"}
.topbar .nm{font-size:24px;font-weight:bold;letter-spacing:3px}
.topbar .dt{font-size:14px}
.pages{display:flex;gap:6px;margin-left:auto}
.pages a{display:inline-block;background:#a3292b;color:#fff;padding:2px 8px;font-size:13px}
.pages a.cur{background:#fff;color:#7b1113}
.layout{display:grid;grid-template-columns:280px 1fr;gap:24px;max-width:1200px;margin:20px auto}
.toc{background:#fff;padding:16px;font-family:"Microsoft YaHei"}
.toc h3{margin:0 0 10px;font-size:15px;color:#7b1113}
.toc li{font-size:14px;line-height:1.7;margin-bottom:8px;list-style:none}.toc ul{padding:0;margin:0}
.toc li.on a{color:#7b1113;font-weight:bold}
.paper{background:#fff;padding:36px 60px}
.yinti{font-size:17px;color:#555;text-align:center;margin:0}
.zhuti{font-size:32px;text-align:center;margin:8px 0 14px;line-height:1.35}
.info{text-align:center;font:13px "Microsoft YaHei";color:#888;border-bottom:1px solid #eee;padding-bottom:12px}
.fs{float:right;font:13px "Microsoft YaHei"}
.content p{font-size:18px;line-height:2;text-indent:2em}
.pic{text-align:center;margin:10px 0 20px}
.pic-cap{font:14px "Kaiti SC","KaiTi";color:#666;margin-top:6px}
.pn{display:flex;justify-content:space-between;font:14px "Microsoft YaHei";border-top:1px solid #eee;margin-top:24px;padding-top:12px}
.foot{text-align:center;font:12px/2 "Microsoft YaHei";color:#888;padding:24px}
"""


def render(P, body):
    pages = "".join(f'<a href="#"{" class=cur" if n == "05" else ""}>{n}</a>' for n in ["01", "02", "03", "04", "05", "06", "07", "08"])
    toc = lis(["娄底孙水河绿道环线全线贯通", "冷水江：锑都老厂房变身文创园", "市中心医院开通冬季“夜间门诊”", "今冬娄底首场降雪或在下周", "涟源：电动自行车“以旧换新”补贴延至年底"])
    toc = toc.replace("<li><a href=\"#\">娄底孙水河", "<li class=\"on\"><a href=\"#\">娄底孙水河", 1)
    return f"""
<div class="topbar"><span class="nm">湘中晚报</span><span class="dt">2025年11月21日 星期五</span><span class="dt">第05版：都市</span><div class="pages">{pages}</div></div>
<div class="layout">
<div class="toc"><h3>本版文章</h3><ul>{toc}</ul><p style="margin-top:20px"><img src="{GIF}" alt="第05版版面缩略图" width="240" height="340"></p><p><a href="#">PDF版</a>　<a href="#">往期回顾</a></p></div>
<div class="paper">
<span class="fs">字号：<a href="#">A+</a> <a href="#">A-</a></span>
<p class="yinti">串联12个公园、5处湿地</p>
<h1 class="zhuti">{P['title']}</h1>
<div class="info">湘中晚报 | 发布日期：{P['publish_time']} | 第05版：都市</div>
<div class="content">
{body}
</div>
<div class="pn"><a href="#">上一篇：市区4条道路完成“白改黑”</a><a href="#">返回目录</a><a href="#">下一篇：冷水江：锑都老厂房变身文创园</a></div>
</div>
</div>
<div class="foot">湘中晚报社 版权所有　本网所有内容未经授权不得转载　湘ICP备14002571号-2　湘公网安备 43130202000156号</div>
"""
