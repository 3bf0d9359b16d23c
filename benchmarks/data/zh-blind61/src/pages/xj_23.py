from lib import *

PAGE = dict(
    id="xj-23", kind="media", lang="zh",
    title="呼伦贝尔湿地迎来候鸟迁徙高峰 监测到鸟类逾百种",
    authors=["张林", "乌兰"],
    publish_time="2024年09月03日 10:41",
    doc_title="呼伦贝尔湿地迎来候鸟迁徙高峰 监测到鸟类逾百种-中新网",
    pfmt="p", hfmt="strong",
    features="national news agency site; 中新网…电 (记者 … 通讯员 …) byline inside the first paragraph (two authors, half-width parentheses); "
             "photo captions with 中新社记者 … 摄 (photographer, not author); a quoted expert; 【编辑:…】; below the article, "
             "reader comments written as prose (not body) and a 延伸阅读 list.",
    css="""
body{margin:0;font:16px/1.8 "Microsoft YaHei";color:#222}
.w{width:1000px;margin:0 auto}
.nav{background:#2a5da8;padding:10px 0}
.nav a{color:#fff;margin-right:16px}
.logo{font:bold 26px Arial;color:#2a5da8;padding:10px 0}
h1{font-size:28px;text-align:center;margin:20px 0 8px}
.content_left_time{color:#888;font-size:14px;text-align:center}
.left_zw p{text-indent:2em;margin:0 0 16px;font-size:17px}
.left_zw .pic,.left_zw .pic-note{text-indent:0;text-align:center}
.left_zw .pic-note{font-size:14px;color:#555}
.adEditor{color:#888;text-align:right;font-size:14px}
.pl{background:#f7f7f7;padding:10px 16px;margin-top:16px}
.pl .n{color:#2a5da8;font-size:13px}
.pl p{margin:2px 0 10px;font-size:14px}
.ft{text-align:center;font-size:12px;color:#777;border-top:1px solid #ddd;padding:14px 0;margin-top:20px}
""",
)

HTML = """
<div class="nav"><div class="w"><a href="#">首页</a><a href="#">滚动</a><a href="#">时政</a><a href="#">社会</a><a href="#">财经</a><a href="#">国际</a><a href="#">地方</a><a href="#">视频</a><a href="#">图片</a></div></div>
<div class="w"><div class="logo">中新网 <small style="font-size:14px;color:#666">内蒙古</small></div>
<p style="font-size:13px;color:#888">中新网首页 &gt; 地方新闻 &gt; 内蒙古 &gt; 正文</p>
<h1>呼伦贝尔湿地迎来候鸟迁徙高峰 监测到鸟类逾百种</h1>
<div class="content_left_time">2024年09月03日 10:41　来源：中国新闻网　<a href="#">参与互动</a></div>
<div class="left_zw">
{{BODY}}
</div>
<div class="adEditor">【编辑:李太源】</div>
<div class="pl"><b>网友评论</b>
<p class="n">草原上的风　2024-09-03 12:20</p>
<p>前年秋天在额尔古纳湿地看过一次鹤群起飞，几百只一起叫，那个声音到现在还记得。希望保护区继续控制游客数量，别让拍鸟的人太多把鸟吓跑了，能远远看着就已经很幸福了。</p>
<p class="n">hlbe老陈　2024-09-03 13:05</p>
<p>这几年湿地治理确实见效了，小时候家门口那条河一到夏天就发臭，现在水清了，野鸭子、苍鹭都回来了，早上出门还能看见白鹭站在浅滩上。</p></div>
<div><b>延伸阅读：</b><a href="#">内蒙古今年新增国家级湿地公园3处</a>　<a href="#">达赉湖保护区首次记录到白枕鹤繁殖</a></div>
</div>
<div class="ft">本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</div>
"""

BODY = [
    P("中新网呼伦贝尔9月3日电 (记者 张林 通讯员 乌兰)时值初秋，内蒙古呼伦贝尔境内的湿地迎来候鸟南迁高峰。记者3日从当地林草部门获悉，近期在额尔古纳、达赉湖等湿地监测到的鸟类已超过100种，数量达到15万只以上。"),
    IMG("候鸟在额尔古纳湿地上空飞翔"),
    CAP("图为候鸟在额尔古纳湿地上空飞翔。中新社记者 韩  冰 摄"),
    P("呼伦贝尔是东亚—澳大利西亚候鸟迁徙路线上的重要停歇地。每年8月下旬至10月，大批灰鹤、白枕鹤、鸿雁、豆雁等候鸟在这里补充能量，然后继续南飞。"),
    P("“今年湿地水位适中，食物比较充足，候鸟停留的时间比往年更长。”呼伦贝尔市林草局野生动物保护科科长孟克说，监测人员还记录到了东方白鹳、丹顶鹤等国家一级重点保护野生动物。"),
    P("为保护迁徙候鸟，当地在重点湿地增设了巡护站点，组织巡护人员开展24小时巡查，严厉打击非法猎捕行为，并在部分区域限制游客进入，尽量减少人为干扰。"),
    IMG("巡护人员在湿地观测候鸟"),
    CAP("巡护人员在湿地观测候鸟。中新社记者 韩  冰 摄"),
    P("据介绍，近年来呼伦贝尔通过退耕还湿、河湖连通等措施，累计修复湿地面积超过30万亩，湿地生态系统质量明显提升。"),
]
