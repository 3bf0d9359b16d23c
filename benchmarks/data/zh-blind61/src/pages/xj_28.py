from lib import *

PAGE = dict(
    id="xj-28", kind="self-media", lang="zh",
    title="阿尔山的秋天有多美？这份自驾攻略请收好",
    authors=["草原那些事儿"],
    publish_time="2023-10-19 14:28",
    doc_title="阿尔山的秋天有多美？这份自驾攻略请收好_路线_天池_景区",
    pfmt="p", hfmt="strong",
    features="搜狐号 article: account name only; 原标题 line at the top of the text (not body); bold numbered route headings; "
             "返回搜狐，查看更多 and 责任编辑 (not body); 平台声明 line; 发布于：内蒙古 glued to the date.",
    css="""
body{margin:0;font:16px/1.8 "PingFang SC","Microsoft YaHei";color:#191919}
.hd{background:#fff;border-bottom:1px solid #e5e5e5;padding:12px 0}
.w{width:1080px;margin:0 auto}
.hd b{color:#ffb400;font-size:22px}
.hd a{margin-left:18px;color:#333}
.left{float:left;width:160px;padding-top:40px;color:#333}
.art{margin-left:200px;width:700px;padding:26px 0}
.text-title h1{font-size:28px;line-height:1.4}
.article-info{color:#999;font-size:14px}
.article p{margin:0 0 20px}
.pic{text-align:center}
.statement{color:#999;font-size:13px}
.back{color:#1e4d9e}
""",
)

HTML = """
<div class="hd"><div class="w"><b>搜狐</b><a href="#">首页</a><a href="#">新闻</a><a href="#">体育</a><a href="#">汽车</a><a href="#">旅游</a><a href="#">母婴</a><a href="#">更多</a></div></div>
<div class="w">
<div class="left"><p><b>草原那些事儿</b></p><p>文章 516　总阅读 302万</p><p><a href="#">查看TA的文章&gt;</a></p></div>
<div class="art">
<div class="text-title"><h1>阿尔山的秋天有多美？这份自驾攻略请收好</h1></div>
<div class="article-info"><span>2023-10-19 14:28</span>发布于：内蒙古</div>
<div class="article">
<p>原标题：阿尔山秋色正浓！最全自驾路线+住宿+美食攻略来了</p>
{{BODY}}
<p><a class="back" href="#">返回搜狐，查看更多</a></p>
</div>
<p class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>
<p>责任编辑：</p>
<p>阅读 (3126)　<a href="#">推荐阅读</a></p>
</div>
</div>
"""

BODY = [
    P("每年九月下旬到十月上旬，是阿尔山最美的时候。白桦林一片金黄，落叶松由绿转黄，火山湖倒映着层林，随手一拍都是壁纸。趁着秋色正浓，给大家整理了一份自驾攻略。"),
    IMG("阿尔山秋色"),
    G("路线一：阿尔山市区—天池—杜鹃湖—石塘林", "<p><strong>路线一：阿尔山市区—天池—杜鹃湖—石塘林</strong></p>"),
    P("这是国家森林公园的经典线路，全程约90公里。天池需要爬五百多级台阶，上去之后能看到一汪碧蓝的火山口湖；杜鹃湖秋天倒影最好看，建议上午去；石塘林是火山熔岩地貌，岩石缝里长着苔藓和灌木，很特别。"),
    G("路线二：阿尔山—白狼镇—林俗村", "<p><strong>路线二：阿尔山—白狼镇—林俗村</strong></p>"),
    P("白狼镇是个安静的林区小镇，镇上的林俗村保留着很多木刻楞房子，可以体验林区人家的生活。附近的白狼峰景区秋天层林尽染，天气好的时候能看到云海。"),
    G("住宿和美食", "<p><strong>住宿和美食</strong></p>"),
    P("市区住宿选择多，国庆期间价格会翻倍，建议提前预订。美食推荐林区的蘑菇炖小鸡、手把肉和烤冷水鱼，市区夜市里的烤串也很地道。"),
    P("最后提醒一句：阿尔山昼夜温差大，十月初早晚已经接近零度，一定要带上厚衣服。山区道路弯多，开车注意安全。"),
]
