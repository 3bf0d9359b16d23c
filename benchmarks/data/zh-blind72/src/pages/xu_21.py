from lib import *

META = dict(
    id="xu-21", kind="media", lang="zh",
    title="玛纳斯县：加工番茄采收进入高峰期",
    authors=["巴合提古丽·努尔兰"],
    publish_time="2025年09月09日 12:05",
)
FEATURES = ("玛纳斯 county 融媒体中心 site (2021 template): 公告 ticker line, nav, breadcrumb, headline, one pipe-separated "
            "info bar 来源 | 作者 (Kazakh name with middle dot) | 编辑 | 审核 | date last, lead paragraph in bold, quoted farmer, "
            "photo caption, 热门推荐 list with view counts, footer with 技术支持.")

BODY = [
    P("**连日来，玛纳斯县23万亩加工番茄进入采收高峰期，田间地头一派繁忙景象。**"),
    P("9月8日，在玛纳斯县包家店镇的番茄种植基地，大型番茄采收机在田间来回作业，红彤彤的番茄经过采收、分拣后被直接装入运输车，运往附近的番茄加工企业。"),
    IMG("番茄采收机在田间作业", "番茄采收机在包家店镇种植基地作业。"),
    P("“今年种了320亩番茄，亩产预计能达到8吨多，和加工厂签了订单，价格心里有底。”种植户马建军算起了丰收账。他说，现在从播种、田间管理到采收基本都实现了机械化，一台采收机一天能收100多亩，大大节省了人工成本。"),
    P("在县内一家番茄制品企业，一车车新鲜番茄经过清洗、破碎、浓缩、灌装等工序，被加工成番茄酱。企业负责人介绍，进入采收季以来，企业三条生产线24小时满负荷运转，日处理鲜番茄4000吨，产品主要销往欧洲、中东等地区。"),
    P("据了解，玛纳斯县近年来持续推进番茄产业标准化种植和精深加工，全县番茄种植和加工带动农民人均增收1200元以上。"),
]

CSS = """
body{margin:0;font:15px/1.8 "Microsoft YaHei";background:#fff;color:#333}
.mn-gg{background:#fff7e0;color:#a86b00;font-size:13px;padding:4px 10%}
.mn-top{background:#d7281e;padding:14px 10%;color:#fff}
.mn-top .mn-n{font-size:26px;font-weight:bold}
.mn-top .mn-d{font-size:12px}
.mn-nav{border-bottom:1px solid #ddd;padding:0 10%}
.mn-nav a{display:inline-block;padding:10px 15px;color:#333}
.mn-area{width:80%;margin:0 auto;display:flex;gap:30px}
.mn-l{flex:3}
.mn-r{flex:1;border-left:1px solid #eee;padding-left:20px}
.mn-bc{font-size:13px;color:#999;margin:12px 0}
.mn-l h1{font-size:25px;margin:10px 0}
.mn-i{font-size:13px;color:#999;margin-bottom:14px}
.mn-t p{text-indent:2em}
.mn-t .mp{text-align:center;text-indent:0}
.mn-t .mc{text-align:center;text-indent:0;font-size:14px;color:#666}
.mn-r h4{color:#d7281e;margin:14px 0 8px}
.mn-r li{font-size:14px;margin-bottom:8px;list-style:none}
.mn-r li i{display:block;font-size:12px;color:#aaa;font-style:normal}
.mn-f{background:#f2f2f2;text-align:center;font-size:12px;color:#777;padding:20px;margin-top:20px;line-height:2}
"""


def html():
    body = render(BODY, img='<p class="mp"><img alt="{alt}"{src}></p>', cap='<p class="mc">{}</p>')
    t = META["title"]
    return doc(t + "-玛纳斯县融媒体中心", CSS, f"""
<div class="mn-gg">公告：玛纳斯县融媒体中心2025年秋季通讯员培训班报名开始啦！</div>
<div class="mn-top"><div class="mn-n">玛纳斯县融媒体中心</div><div class="mn-d">玛纳斯发布 · 玛纳斯广播电视台</div></div>
<div class="mn-nav"><a href="#">首页</a><a href="#">本地新闻</a><a href="#">乡镇动态</a><a href="#">视频</a><a href="#">广播</a><a href="#">专题</a><a href="#">文旅玛纳斯</a><a href="#">通讯员园地</a></div>
<div class="mn-area">
 <div class="mn-l">
  <div class="mn-bc">首页 › 本地新闻 › 正文</div>
  <h1>{e(t)}</h1>
  <div class="mn-i">来源：玛纳斯县融媒体中心 | 作者：巴合提古丽·努尔兰 | 编辑：李楠 | 审核：赵志刚 | 2025年09月09日 12:05</div>
  <div class="mn-t">
{body}
  </div>
 </div>
 <div class="mn-r"><h4>热门推荐</h4><ul>
  <li><a href="#">玛纳斯碧玉文化节将于9月下旬举办</a><i>阅读 2315</i></li>
  <li><a href="#">县人民医院开展“金秋助老”义诊</a><i>阅读 1877</i></li>
  <li><a href="#">玛纳斯国家湿地公园迎来观鸟季</a><i>阅读 1406</i></li>
 </ul></div>
</div>
<div class="mn-f">玛纳斯县融媒体中心 版权所有　地址：玛纳斯县凤凰路16号　电话：0994-6623517<br>
<a href="#">新ICP备19003316号</a>　技术支持：新疆云帆数字科技有限公司</div>
""")
