from lib import *

ID = "xh-22"
KIND = "media"
LANG = "zh"
FEATURES = ("city news portal (海口网) 2017 layout; headline followed at once by a '【导读】' summary sentence (not "
            "body); info bar '2025-02-18 08:30:15 来源：海口日报 作者：陈  瑶' with spaced name; body sub-headings "
            "numbered 一二三 inside <strong>; list of new schools; 责任编辑 line; 网友评论 box with login inputs")
HEAD_TITLE = "海口今年将新增公办学位1.2万个_海口网"
TITLE_LINES = ["海口今年将新增公办学位1.2万个"]
AUTHORS = ["陈瑶"]
TIME = "2025-02-18 08:30:15"

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#fff}
#hd{width:1000px;margin:0 auto;border-bottom:4px solid #0078c8;display:flex;align-items:center;height:80px}
#hd .lg{font-size:30px;color:#0078c8;font-weight:bold}#hd .nav{margin-left:30px}#hd .nav a{margin-right:12px}
#bd{width:1000px;margin:0 auto;overflow:hidden}
#bd .l{float:left;width:680px}#bd .r{float:right;width:290px}
.weizhi{color:#888;padding:8px 0}
#bd h1{font-size:26px;text-align:center;margin:16px 0 6px}
.daodu{color:#666;border:1px dashed #0078c8;padding:6px 12px;margin:8px 0}
.laiyuan{text-align:center;color:#999;font-size:12px;border-bottom:1px solid #ddd;padding-bottom:6px}
.zhengwen p{font-size:16px;text-indent:2em;margin:12px 0}
.zhengwen ul{font-size:16px}
.zeren{text-align:right;color:#999}
.pl{border:1px solid #ddd;padding:10px;margin-top:10px}.pl textarea{width:95%;height:60px}
#ft{clear:both;background:#f0f0f0;text-align:center;font-size:12px;color:#666;padding:16px}
"""

BODY = [
    P("2月17日，记者从海口市教育局获悉，今年海口将加快推进中小学和幼儿园建设，计划新建、改扩建学校24所，新增公办学位1.2万个，进一步缓解城区“入学难”问题。"),
    H("一、新建学校集中在人口流入片区", tag="p", inner="strong"),
    P("今年新增的学位主要分布在江东新区、西海岸南片区和长流片区等人口快速增长区域。其中，计划秋季开学前投入使用的学校包括："),
    LI(["海口市江东新区第二小学，新增学位1620个；",
        "海口市长流实验中学，新增学位1500个；",
        "海口市西海岸南片区第五幼儿园，新增学位360个。"]),
    H("二、引进优质教育资源", tag="p", inner="strong"),
    P("海口将继续推进与省外优质学校的合作办学，今年新引进2所合作办学学校，同时推动城区优质学校与乡镇学校组建教育集团，实现师资共享、课程共建。"),
    H("三、同步补充师资力量", tag="p", inner="strong"),
    P("为保障新学校顺利开学，海口今年计划公开招聘中小学、幼儿园教师1100名，并面向全国引进骨干教师和学科带头人。市教育局相关负责人表示，将严格落实“建成一所、开办一所、办好一所”的要求，让更多孩子在家门口上好学。"),
]


def page():
    return f"""<body>
<div id="hd"><span class="lg">{gif("海口网")}海口网</span><span class="nav"><a href="#">首页</a><a href="#">海口新闻</a><a href="#">海南新闻</a><a href="#">民生</a><a href="#">教育</a><a href="#">旅游</a><a href="#">图片</a><a href="#">视频</a></span></div>
<div id="bd"><div class="l">
<div class="weizhi">您现在的位置：<a href="#">海口网</a> &gt;&gt; <a href="#">海口新闻</a> &gt;&gt; 正文</div>
<h1>{TITLE_LINES[0]}</h1>
<p class="daodu">【导读】海口今年计划新建、改扩建学校24所，新增学位主要投放在江东新区、西海岸南片区等人口流入区域。</p>
<div class="laiyuan">{TIME}　来源：海口日报　作者：陈&nbsp;&nbsp;瑶　　【<a href="#">我要评论</a>】【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="zhengwen">
{render(BODY)}
</div>
<p class="zeren">[责任编辑：吴  雯]</p>
<div class="pl"><b>网友评论</b><br>用户名：<input type="text"> 密码：<input type="password"> <input type="checkbox">匿名<br><textarea placeholder="请文明发言"></textarea><br><button type="button">发表评论</button></div>
</div>
<div class="r"><h3>热点排行</h3><ol>{ali(["海口春节假期接待游客超百万人次", "海口新开通4条城市公交线路", "海口湾灯塔公园夜景提升工程完工", "海口2025年为民办实事事项出炉"])}</ol></div>
</div>
<div id="ft">海口网版权所有　主办：海口日报社　琼ICP备05002134号　互联网新闻信息服务许可证：46120170003<br>举报电话：0898-66101200　举报邮箱：jubao@example.cn</div>
</body>"""
