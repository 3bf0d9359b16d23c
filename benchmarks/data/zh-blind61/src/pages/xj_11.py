from lib import *

PAGE = dict(
    id="xj-11", kind="government", lang="zh",
    title="胜利社区开展“邻里守望·情暖端午”包粽子活动",
    authors=["刘洋"],
    publish_time="2015-06-18 10:12:44",
    doc_title="胜利社区开展“邻里守望·情暖端午”包粽子活动 - 鞍山市铁东区胜利街道",
    pfmt="brbr", hfmt="strong",
    features="2012-style 街道 site in nested tables; paragraphs separated by <br><br> with U+3000 indents; "
             "info bar with 作者：admin (a CMS account, not an author); closing byline （通讯员 刘  洋） kept inside the last paragraph; "
             "photo alt texts; 相关文章 list.",
    css="""
body{margin:0;font:12px/1.6 宋体;background:#f2e6d0}
table{border-collapse:collapse}
.main{width:960px;background:#fff}
.logo{background:#c0392b;color:#ffe;font:bold 26px 黑体;padding:20px}
.menu td{background:#e67e22;text-align:center;height:30px}
.menu a{color:#fff;font-size:14px;font-weight:bold}
.left{width:200px;vertical-align:top;background:#fdf3e3;padding:8px}
.right{vertical-align:top;padding:10px 20px}
.title{font:bold 20px 黑体;text-align:center;color:#c0392b;padding:14px}
.info{text-align:center;color:#999;background:#f7f7f7;line-height:24px}
.brtext{font-size:14px;line-height:2;padding:10px 0}
.foot{width:960px;background:#c0392b;color:#fff;text-align:center;line-height:22px;padding:8px}
""",
)

HTML = """
<table class="main" align="center"><tbody>
<tr><td class="logo" colspan="2">铁东区胜利街道办事处 <span style="font-size:14px">欢迎您！</span></td></tr>
<tr class="menu"><td colspan="2"><table width="100%"><tbody><tr>
<td><a href="#">首页</a></td><td><a href="#">街道概况</a></td><td><a href="#">工作动态</a></td><td><a href="#">社区风采</a></td><td><a href="#">党建园地</a></td><td><a href="#">便民服务</a></td><td><a href="#">留言板</a></td>
</tr></tbody></table></td></tr>
<tr><td class="left">
<p><b>社区风采</b></p><p><a href="#">胜利社区</a></p><p><a href="#">园林社区</a></p><p><a href="#">东光社区</a></p><p><a href="#">山南社区</a></p>
<p><b>站内搜索</b></p><p><input type="text" size="16"><input type="button" value="搜"></p>
</td><td class="right">
<p>您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">社区风采</a> &gt;&gt; 正文</p>
<div class="title">胜利社区开展“邻里守望·情暖端午”包粽子活动</div>
<div class="info">作者：admin　发布时间：2015-06-18 10:12:44　点击：127次</div>
{{BODY}}
<p>【<a href="#">发表评论</a>】【<a href="#">加入收藏</a>】【<a href="#">告诉好友</a>】【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</p>
<p><b>相关文章：</b><br><a href="#">园林社区举办“粽香飘邻里”主题活动</a> 06-17<br><a href="#">东光社区开展端午节慰问空巢老人活动</a> 06-16</p>
</td></tr>
</tbody></table>
<table class="foot" align="center"><tbody><tr><td>版权所有：鞍山市铁东区胜利街道办事处　地址：鞍山市铁东区胜利南路112号　电话：0412-5528306<br>辽ICP备12003847号</td></tr></tbody></table>
"""

BODY = [
    P("为弘扬中华优秀传统文化，增进邻里感情，6月17日上午，胜利社区在社区活动室开展了“邻里守望·情暖端午”包粽子活动，社区党员、志愿者和40余名居民参加。"),
    IMG("包粽子活动现场"),
    P("活动现场，社区工作人员提前准备好了糯米、红枣、粽叶等材料。居民们围坐在一起，一边包粽子，一边拉家常。几位包粽子的“老手”耐心地给年轻人示范，从折叶、装米到捆扎，手把手地教。不一会儿，一个个棱角分明的粽子就摆满了桌子。"),
    P("粽子煮好后，社区志愿者将热气腾腾的粽子送到辖区15户空巢老人和困难家庭手中。住在胜利小区的张大娘高兴地说：“过节能吃上邻居们亲手包的粽子，心里热乎乎的。”"),
    IMG("志愿者为空巢老人送粽子"),
    P("社区党委书记王秀英表示，今后社区将继续以传统节日为契机，开展形式多样的邻里活动，让居民在家门口感受到温暖，共同营造和谐融洽的社区氛围。（通讯员 刘  洋）"),
]
