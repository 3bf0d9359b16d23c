from lib import *

PAGE = dict(
    id="xj-17", kind="media", lang="zh",
    title="对话乌兰毛都苏木党委书记巴特尔：让牧民在家门口吃上“旅游饭”",
    authors=["其木格"],
    publish_time="2024年07月22日 09:18",
    doc_title="对话乌兰毛都苏木党委书记巴特尔：让牧民在家门口吃上“旅游饭”-正北方网",
    pfmt="indent", hfmt="strong",
    features="regional news portal; Q&A interview in 记者：/巴特尔： form with bold speaker labels; italic intro (body); "
             "correspondent line 正北方网记者 其木格 under the title (author); 原标题 line (not body); photo caption; 责编/审核 lines.",
    css="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";background:#f3f1ec;color:#333}
.w{width:1100px;margin:0 auto}
.hd{background:#8b1a1a;color:#fff;padding:16px 0}
.hd b{font-size:28px;margin-right:20px}
.hd a{color:#ffe;margin-right:14px}
.wrap{background:#fff;padding:26px 60px}
.crumb{color:#888;font-size:13px}
h1{font-size:27px;line-height:1.5;text-align:center}
.info{text-align:center;color:#888;font-size:13px}
.info i{font-style:normal;margin:0 8px}
.yb{color:#666;font-size:14px;text-align:center}
.body{font-size:16px;line-height:2}
.intro{font-family:楷体,KaiTi;font-size:17px;background:#faf6ef;padding:8px 14px}
.pic-note{text-align:center;color:#555;font-size:14px}
.zb{color:#888;font-size:13px;text-align:right}
.ft{text-align:center;color:#777;font-size:12px;padding:16px 0}
""",
)

HTML = """
<div class="hd"><div class="w"><b>正北方网</b><a href="#">首页</a><a href="#">内蒙古</a><a href="#">盟市</a><a href="#">访谈</a><a href="#">视频</a><a href="#">草原文旅</a></div></div>
<div class="w wrap">
<div class="crumb">您现在的位置：<a href="#">首页</a> &gt; <a href="#">访谈</a> &gt; 正文</div>
<h1>对话乌兰毛都苏木党委书记巴特尔：让牧民在家门口吃上“旅游饭”</h1>
<div class="info">正北方网记者 其木格<i>|</i>2024年07月22日 09:18<i>|</i>来源：正北方网</div>
<p class="yb">原标题：草原上的“旅游饭”怎么吃？听苏木书记怎么说</p>
<div class="body">
{{BODY}}
</div>
<p class="zb">责编：娜仁　审核：赵永胜</p>
<p>【<a href="#">打印本页</a>】 【<a href="#">关闭</a>】</p>
</div>
<div class="ft">正北方网 版权所有 © 2006-2024　蒙ICP备05002651号-1　互联网新闻信息服务许可证 15120170003</div>
"""

BODY = [
    G("乌兰毛都苏木位于科尔沁右翼前旗西北部，境内有草原、湿地和山地景观。近年来，苏木依托自然风光发展牧家乐、马术体验等旅游项目，不少牧民吃上了“旅游饭”。日前，记者就此专访了苏木党委书记巴特尔。",
      '<p class="intro">乌兰毛都苏木位于科尔沁右翼前旗西北部，境内有草原、湿地和山地景观。近年来，苏木依托自然风光发展牧家乐、马术体验等旅游项目，不少牧民吃上了“旅游饭”。日前，记者就此专访了苏木党委书记巴特尔。</p>'),
    G("记者：乌兰毛都的旅游是怎么发展起来的？", '<p style="text-indent:2em;"><b>记者：</b>乌兰毛都的旅游是怎么发展起来的？</p>'),
    G("巴特尔：最早是一些自驾游客自己找过来的，在牧民家里住一晚、吃顿手把肉。我们发现游客喜欢原汁原味的牧区生活，就从2019年开始引导有条件的牧户发展牧家乐，统一培训、统一标准，现在全苏木有牧家乐62家。",
      '<p style="text-indent:2em;"><b>巴特尔：</b>最早是一些自驾游客自己找过来的，在牧民家里住一晚、吃顿手把肉。我们发现游客喜欢原汁原味的牧区生活，就从2019年开始引导有条件的牧户发展牧家乐，统一培训、统一标准，现在全苏木有牧家乐62家。</p>'),
    IMG("乌兰毛都草原上的牧家乐"),
    CAP("乌兰毛都草原上的牧家乐。（资料图）"),
    G("记者：牧民从中得到了哪些实惠？", '<p style="text-indent:2em;"><b>记者：</b>牧民从中得到了哪些实惠？</p>'),
    G("巴特尔：去年旺季，经营牧家乐的户均收入超过8万元，比单纯放牧多了不少。更重要的是，旅游带动了奶食品、民族手工艺品的销售，一些原来外出打工的年轻人也回来了。",
      '<p style="text-indent:2em;"><b>巴特尔：</b>去年旺季，经营牧家乐的户均收入超过8万元，比单纯放牧多了不少。更重要的是，旅游带动了奶食品、民族手工艺品的销售，一些原来外出打工的年轻人也回来了。</p>'),
    G("记者：游客多了，草原生态怎么保护？", '<p style="text-indent:2em;"><b>记者：</b>游客多了，草原生态怎么保护？</p>'),
    G("巴特尔：这是我们最关心的问题。我们划定了旅游活动区和禁入区，严禁车辆随意碾压草场，每个嘎查都有专人巡护。我们的原则是，发展旅游不能以破坏草原为代价。",
      '<p style="text-indent:2em;"><b>巴特尔：</b>这是我们最关心的问题。我们划定了旅游活动区和禁入区，严禁车辆随意碾压草场，每个嘎查都有专人巡护。我们的原则是，发展旅游不能以破坏草原为代价。</p>'),
    G("记者：下一步有什么打算？", '<p style="text-indent:2em;"><b>记者：</b>下一步有什么打算？</p>'),
    G("巴特尔：我们准备把冬季旅游做起来，开发雪地赛马、冬季那达慕等项目，让草原一年四季都有看头，让牧民的钱袋子更鼓。",
      '<p style="text-indent:2em;"><b>巴特尔：</b>我们准备把冬季旅游做起来，开发雪地赛马、冬季那达慕等项目，让草原一年四季都有看头，让牧民的钱袋子更鼓。</p>'),
]
