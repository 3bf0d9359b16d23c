from lib import *

META = dict(
    id="xu-14", kind="media", lang="zh",
    title="贺兰山东麓酿酒葡萄进入采收季",
    authors=["马晓东", "丁秀兰"],
    publish_time="2025-09-11 07:02",
)
FEATURES = ("provincial news portal of 宁夏 (invented 塞上新闻网, 2020 design): logo row with weather text, channel nav, "
            "breadcrumb, headline, info bar 来源：宁夏日报 / date / 编辑 (editor in the info bar, not an author), "
            "本报讯（记者 … 通讯员 …）opening the first paragraph, quoted winemaker, 【纠错】 link, 相关新闻 and 热点排行 lists "
            "with dates, footer with 新闻信息服务许可证 and 举报 lines.")

BODY = [
    P("本报讯（记者 马晓东 通讯员 丁秀兰）9月上旬，贺兰山东麓葡萄酒产区的早熟酿酒葡萄品种陆续成熟，产区各酒庄进入采收季。"),
    P("9月10日清晨，在永宁县闽宁镇一家酒庄的葡萄园里，工人们手持剪刀穿行在葡萄架间，将一串串紫黑色的赤霞珠、美乐葡萄剪下，轻轻放入采摘筐。酒庄技术负责人张宏伟介绍，今年产区光照充足、昼夜温差大，葡萄糖酸比协调，“从目前检测的数据看，今年的原料品质是近几年最好的一年”。"),
    P("据介绍，贺兰山东麓产区今年酿酒葡萄种植面积超过60万亩，预计采收期将持续到10月中旬。为保障采收顺利进行，产区各市县提前组织劳务对接，吸纳周边农村群众和移民村村民到葡萄园务工，日均用工超过2万人次，务工群众日均收入在150元左右。"),
    P("在采收的同时，各酒庄也同步开启了酿造季。部分酒庄引入了自动化分选设备和智能温控发酵罐，葡萄从采摘到入罐的时间被压缩到4小时以内，最大程度保留果实的新鲜度。"),
    P("产区的“智慧”元素也越来越多。在青铜峡市鸽子山一带，不少葡萄园安装了土壤墒情监测仪和小型气象站，技术人员通过手机就能掌握每个地块的糖度、酸度和水分数据，据此确定最佳采收时间。“哪块地先摘、哪块地后摘，现在都有数据说话。”一位酿酒师说。"),
    P("“采收季也是游客体验最好的季节。”银川市文化旅游部门相关负责人表示，今年产区推出了“葡萄采摘+酒庄品鉴+星空露营”等10条主题线路，9月以来接待游客已超过15万人次。"),
]

CSS = """
body{margin:0;background:#fff;font:15px/1.9 "Microsoft YaHei";color:#333}
.sx-head{width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:86px}
.sx-logo{font-size:32px;color:#b5221c;font-weight:bold;font-family:STKaiti,KaiTi}
.sx-weather{font-size:13px;color:#666}
.sx-nav{background:#b5221c}
.sx-nav ul{width:1200px;margin:0 auto;padding:0}
.sx-nav li{display:inline-block;list-style:none}
.sx-nav a{display:block;color:#fff;padding:10px 15px}
.sx-container{width:1200px;margin:0 auto;display:grid;grid-template-columns:820px 340px;gap:40px}
.sx-bread{font-size:13px;color:#777;margin:14px 0}
.sx-article h1{font-size:30px;line-height:1.4;margin:0 0 12px;color:#111}
.sx-source{color:#999;font-size:13px;border-bottom:1px solid #eee;padding-bottom:12px}
.sx-source span{margin-right:24px}
.sx-content p{text-indent:2em;margin:18px 0}
.sx-jc{font-size:13px;text-align:right}
.sx-related h4,.sx-rank h4{border-left:4px solid #b5221c;padding-left:8px;font-size:17px}
.sx-related li,.sx-rank li{font-size:14px}
.sx-foot{background:#f5f5f5;text-align:center;font-size:12px;color:#888;padding:20px 0;margin-top:30px;line-height:2}
"""


def html():
    body = render(BODY)
    t = META["title"]
    return doc(t + "_塞上新闻网", CSS, f"""
<div class="sx-head"><div class="sx-logo">塞上新闻网</div><div class="sx-weather">银川 晴 12℃~26℃　<a href="#">登录</a> | <a href="#">注册</a>　<input type="text" placeholder="搜新闻"></div></div>
<div class="sx-nav"><ul><li><a href="#">首页</a></li><li><a href="#">时政</a></li><li><a href="#">宁夏新闻</a></li><li><a href="#">国内</a></li><li><a href="#">财经</a></li><li><a href="#">文旅</a></li><li><a href="#">葡萄酒</a></li><li><a href="#">枸杞</a></li><li><a href="#">视频</a></li><li><a href="#">数字报</a></li></ul></div>
<div class="sx-container">
 <div class="sx-article">
  <div class="sx-bread">首页 &gt; 宁夏新闻 &gt; 经济</div>
  <h1>{e(t)}</h1>
  <div class="sx-source"><span>来源：宁夏日报</span><span>2025-09-11 07:02</span><span>编辑：苏婷</span></div>
  <div class="sx-content">
{body}
  </div>
  <div class="sx-jc"><a href="#">【纠错】</a></div>
  <div class="sx-related"><h4>相关新闻</h4><ul>
   <li><a href="#">第十四届宁夏贺兰山东麓国际葡萄酒博览会将于10月开幕</a> 09-09</li>
   <li><a href="#">青铜峡市：葡萄酒产业带动群众增收</a> 09-06</li>
   <li><a href="#">宁夏葡萄酒出口目的地增至30个国家和地区</a> 09-02</li>
  </ul></div>
 </div>
 <aside class="sx-rank"><h4>热点排行</h4><ol>
  <li><a href="#">银川至巴彦浩特高铁最新进展</a></li>
  <li><a href="#">宁夏秋季高校毕业生招聘会本周六举行</a></li>
  <li><a href="#">中卫沙坡头迎来旅游旺季</a></li>
  <li><a href="#">固原市城区集中供热提前准备</a></li>
 </ol></aside>
</div>
<div class="sx-foot">塞上新闻网版权所有　未经授权禁止转载<br>
互联网新闻信息服务许可证：64120180003　<a href="#">宁ICP备05004419号</a>　宁公网安备 64010402000210号<br>
违法和不良信息举报电话：0951-5016213　举报邮箱：jubao@saishang-news.cn</div>
""")
