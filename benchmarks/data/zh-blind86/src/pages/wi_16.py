from lib import links, lis, GIF

PAGE = dict(
    id="wi-16", kind="media", lang="zh",
    region="黑龙江 哈尔滨", site="龙江网（省级新闻门户，2012 年前后的门户样式）",
    title="今冬首趟“龙江冰雪号”旅游专列从广州发车",
    authors=["韩雪", "李想"],
    publish_time="2025-11-21 08:12:06",
    head_title="今冬首趟“龙江冰雪号”旅游专列从广州发车_龙江网_新闻频道",
    features="省级新闻门户转载省报稿：信息栏无标签时间开头“2025-11-21 08:12:06　来源：黑龙江日报　作者：韩雪 李想　编辑：王蕾”，"
             "后接“字号/打印/纠错”；正文首行“原标题：…”（非正文）；文末“[责任编辑：王蕾]”；频道导航两排、"
             "“相关新闻”“图片新闻”、热词、页脚含新闻信息服务许可证与举报邮箱。",
)

BLOCKS = [
    ("x", "原标题：南国游客北上赏冰雪　首趟“龙江冰雪号”专列发车"),
    ("p", "11月20日上午，满载着620名广东游客的今冬首趟“龙江冰雪号”旅游专列从广州站发车，将途经长沙、武汉，于22日抵达哈尔滨，开启为期10天的龙江冰雪之旅。"),
    ("p", "据介绍，该专列由国铁哈尔滨局集团公司联合广州局集团公司、省内多家旅行社共同打造，行程覆盖哈尔滨、亚布力、雪乡、漠河等地，游客可体验冰雪大世界、滑雪、雪地温泉、寻找“最北”等特色项目。"),
    ("p", "“我们一家三口都没见过真正的雪，孩子从上个月就开始数日子了。”来自佛山的游客陈女士说，专列上提供了防寒服租赁和冰雪安全知识讲座，出行很省心。"),
    ("p", "记者从铁路部门了解到，今冬“龙江冰雪号”旅游专列对车厢进行了升级改造，新增了独立卫浴卧铺车厢、餐车特色菜品和车厢娱乐设施，并配备随车导游和医护人员，为游客提供“吃住行游”一站式服务。"),
    ("p", "为迎接南方游客，我省各地提前做好服务准备。哈尔滨市组织涉旅企业开展服务质量提升培训，对重点景区、酒店、餐饮场所价格进行公示；亚布力滑雪旅游度假区新增初级雪道3条，并增配双语滑雪教练80余名。"),
    ("p", "省文化和旅游厅相关负责人介绍，今冬雪季，我省计划开行“龙江冰雪号”等旅游专列60余列，同比增加15列，并推出“冰雪+民俗”“冰雪+美食”等20条精品线路。"),
]

FMT = {"p": "<p>　　{t}</p>", "x": "<p>　　{t}</p>"}

CSS = """
body{margin:0;font:12px/1.6 "宋体";background:#fff}
.w980{width:980px;margin:0 auto}
.tp{background:#f4f4f4;border-bottom:1px solid #ddd;line-height:26px}
.chs{background:#0e5aa7;padding:6px 10px;line-height:24px}
.chs a{color:#fff;margin-right:12px;font-size:13px}
.chs .r2 a{color:#cfe0f5}
.lgo{height:80px}
.dq{border-bottom:1px solid #ccc;line-height:30px;font-size:12px}
.l{float:left;width:660px}
.r{float:right;width:300px}
#title{font:bold 24px/1.5 "微软雅黑";text-align:center;margin:20px 0 8px}
.time{text-align:center;color:#666;border-bottom:1px solid #e5e5e5;padding-bottom:6px}
.time a{color:#666}
#content{font-size:14px;line-height:26px;padding:10px 0}
.zb{text-align:right;color:#666}
.xg{border-top:2px solid #0e5aa7;margin-top:10px}
.xg h3{font-size:14px;color:#0e5aa7;margin:6px 0}
.xg li{line-height:22px}
.rb{border:1px solid #dcdcdc;margin-bottom:10px;padding:6px 10px}
.rb h3{font-size:14px;margin:0 0 6px;color:#0e5aa7}
.rb li{line-height:22px}
.rb ul,.xg ul{margin:0;padding-left:16px}
.foot{clear:both;border-top:2px solid #0e5aa7;margin-top:20px;text-align:center;line-height:22px;padding:10px;color:#555}
"""


def render(P, body):
    return f"""
<div class="tp"><div class="w980">龙江网首页 | 手机版 | 客户端 | 设为首页 | 加入收藏　　<input placeholder="请输入关键词"> <input type="submit" value="搜索"></div></div>
<div class="w980">
<div class="lgo"><img src="{GIF}" alt="龙江网 新闻频道" width="300" height="70"></div>
<div class="chs"><div>{links(["新闻", "时政", "国内", "国际", "社会", "评论", "图片", "视频", "专题"])}</div>
<div class="r2">{links(["哈尔滨", "齐齐哈尔", "牡丹江", "佳木斯", "大庆", "鸡西", "双鸭山", "伊春", "七台河", "鹤岗", "黑河", "绥化", "大兴安岭"])}</div></div>
<div class="dq">您的位置：<a href="#">龙江网</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">龙江要闻</a></div>
<div class="l">
<h1 id="title">{P['title']}</h1>
<div class="time">{P['publish_time']}　来源：黑龙江日报　作者：韩雪 李想　编辑：王蕾　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> | <a href="#">打印</a> | <a href="#">纠错</a></div>
<div id="content">
{body}
</div>
<div class="zb">[责任编辑：王蕾]</div>
<div class="xg"><h3>相关新闻</h3><ul>{lis(["哈尔滨冰雪大世界主塔开始堆筑 预计12月中旬开园 2025-11-19", "亚布力滑雪旅游度假区11月28日开板 2025-11-18", "“跟着专列游龙江”冬季推介会在广州举行 2025-11-15"])}</ul></div>
</div>
<div class="r">
<div class="rb"><h3>图片新闻</h3><img src="{GIF}" alt="松花江畔现雾凇奇观" width="280" height="180"><p>松花江畔现雾凇奇观</p></div>
<div class="rb"><h3>热词</h3><p>冰雪旅游　冬季供暖　黑土地保护　对俄贸易　哈尔滨亚冬会场馆</p></div>
<div class="rb"><h3>排行</h3><ul>{lis(["今冬我省供暖期延长至次年4月5日", "黑龙江发布暴雪蓝色预警", "哈尔滨地铁4号线二期年底试运行"])}</ul></div>
</div>
<div class="foot">
{links(["关于我们", "广告服务", "联系方式", "网站地图", "违法和不良信息举报"], sep=" | ")}<br>
龙江网 版权所有　未经书面授权禁止使用　互联网新闻信息服务许可证：23120170002　黑ICP备05001937号<br>
举报电话：0451-87117201　举报邮箱：jubao@example.cn　黑公网安备 23010302000241号
</div>
</div>
"""
