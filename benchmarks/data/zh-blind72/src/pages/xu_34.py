from lib import *

META = dict(
    id="xu-34", kind="e-paper", lang="zh",
    title="冬小麦秋播全面展开",
    authors=["古丽米拉·阿不都热依木", "孙建新"],
    publish_time="2025年09月12日",
)
FEATURES = ("塔城 daily e-paper (invented 准噶尔日报, 2014 frameset-style table layout): 第A03版：地区新闻 label, "
            "版面导航 with A/B pages, image-map style area list with titles, 引题/主题/副题 three-line stack, byline line "
            "本报记者 + Uyghur name with middle dot + 通讯员, bold sub-headings, photo with 摄 credit, 本版新闻 list, "
            "选择日期 select, footer.")

BODY = [
    P("眼下正是冬小麦播种的黄金时节。连日来，塔城地区各县市抢抓墒情，组织农机具开展冬小麦播种，田间地头处处是机车轰鸣、忙碌播种的景象。"),
    H("**良种良法配套**"),
    P("在额敏县郊区乡的一块麦田里，两台大马力拖拉机牵引着播种机来回作业，施肥、播种、镇压一次完成。种植户王志强说，今年他种了900亩冬小麦，选用的是抗寒、抗倒伏的新品种，“种子是县里统一供应的，农技员还专门来地里教我们怎么调整播量”。"),
    P("据介绍，今年全地区计划播种冬小麦186万亩，良种覆盖率达到100%。农业部门推广精量播种、种肥同播、适期晚播等技术，组织150余名农技人员分片包干，深入田间开展技术指导。"),
    IMG("额敏县农民驾驶农机播种冬小麦", "9月10日，额敏县郊区乡农民驾驶农机播种冬小麦。　本报记者 古丽米拉·阿不都热依木 摄"),
    H("**农机保障有力**"),
    P("为确保秋播顺利进行，各县市提前组织农机检修，全地区投入拖拉机、播种机等农机具2.1万台（套），机播率达到98%以上。针对部分地块土壤墒情偏差的情况，水利部门合理调度水源，优先保障播前灌溉用水。"),
    P("塔城地区农业农村局有关负责人表示，冬小麦播种工作预计于9月底前全面结束。下一步，将加强冬前苗情监测和病虫害防控，为明年夏粮丰收打下坚实基础。"),
]

CSS = """
body{margin:0;font-size:12px;font-family:SimSun;background:#d9e4ec}
.mainTable{width:1002px;margin:0 auto;background:#fff}
.topTd{height:70px;background:#1e5b8c;color:#fff;font:bold 30px/70px 华文行楷,STXingkai,serif;padding-left:20px}
.barTd{background:#d4e3ef;padding:4px 10px}
.leftTd{width:330px;vertical-align:top;border-right:1px solid #9bb;padding:6px}
.rightTd{vertical-align:top;padding:10px 24px}
.bmdh a{display:block;padding:2px 0}
.areaList a{display:block;color:#1e5b8c}
.yt{font-size:15px;text-align:center;color:#333}
.zt{font:bold 26px 黑体;text-align:center;color:#000;padding:4px 0}
.fb{font-size:15px;text-align:center;color:#333}
.zz{font-size:13px;text-align:center;color:#555;padding:8px 0;border-bottom:1px solid #ddd}
.content{font-size:14px;line-height:26px}
.content p{text-indent:2em;margin:8px 0}
.content .pic{text-align:center;text-indent:0}
.content .picsm{text-align:center;text-indent:0;color:#1e5b8c}
.bbxw{border:1px solid #9bb;margin-top:10px;padding:6px}
.foot{text-align:center;color:#555;padding:8px;border-top:1px solid #1e5b8c}
"""


def html():
    body = render(BODY, h="<p>{}</p>", img='<p class="pic"><img alt="{alt}"{src}></p>', cap='<p class="picsm">{}</p>')
    t = META["title"]
    return doc(t + "--准噶尔日报", CSS, f"""
<table class="mainTable" cellpadding="0" cellspacing="0">
<tr><td class="topTd" colspan="2">准噶尔日报</td></tr>
<tr><td class="barTd" colspan="2">2025年09月12日　第A03版：地区新闻　　<a href="#">上一版</a>　<a href="#">下一版</a>　选择日期：<select><option>2025-09-12</option><option>2025-09-11</option><option>2025-09-10</option></select>　<a href="#">PDF版</a></td></tr>
<tr><td class="leftTd">
 <div class="bmdh"><b>版面导航</b>
  <a href="#">A01：要闻</a><a href="#">A02：要闻</a><a href="#">A03：地区新闻</a><a href="#">A04：县市新闻</a><a href="#">B01：民生</a><a href="#">B02：副刊</a></div>
 <img alt="A03版面图" src="{GIF}" width="310" height="420">
 <div class="areaList"><a href="#">冬小麦秋播全面展开</a><a href="#">沙湾市棉花采收机械全部到位</a><a href="#">裕民县山花蜜销往内地</a><a href="#">托里县开展牧区流动义诊</a></div>
</td>
<td class="rightTd">
 <div class="yt">抢抓农时播希望</div>
 <div class="zt">{e(t)}</div>
 <div class="fb">全地区计划播种冬小麦186万亩</div>
 <div class="zz">本报记者　古丽米拉·阿不都热依木　通讯员　孙建新</div>
 <div class="content">
{body}
 </div>
 <div class="bbxw"><b>本版新闻</b><br>
  · <a href="#">沙湾市棉花采收机械全部到位</a><br>
  · <a href="#">裕民县山花蜜销往内地</a><br>
  · <a href="#">托里县开展牧区流动义诊</a></div>
</td></tr>
<tr><td class="foot" colspan="2">准噶尔日报社 版权所有　Copyright 2014-2025 All Rights Reserved　新ICP备10001522号</td></tr>
</table>
""")
