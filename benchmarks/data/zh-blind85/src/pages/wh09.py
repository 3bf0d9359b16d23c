# 山东 · 县政府 · 批复（c. 2015 信息公开 page, bracketed info fields, 文号 line, 此复, 署名/日期）
from lib import *

PAGE = dict(
    id="wh-09", kind="government", lang="zh",
    title="汶阳县人民政府关于同意设立城东街道枣林社区居民委员会的批复",
    authors=[],
    publish_time="2025-11-20",
    features="c. 2015 county 信息公开 page (山东); 信息公开 metadata as a definition list to the right of the title "
             "block; info line in 【】 brackets (【发布日期：…】【来源：…】【浏览次数：…】【字号 大 中 小】); 文号 "
             "line (not body); 批复 with 主送, numbered items, 此复, 署名 and date; （此件公开发布） 附注 after the date (body, part of the document); 下载 "
             "links; footer.",
    blocks=[
        NB("汶政字〔2025〕47号", fmt='<p class="wh">{t}</p>'),
        P("城东街道办事处："),
        P("你办《关于设立枣林社区居民委员会的请示》（汶东办发〔2025〕21号）收悉。经研究，现批复如下："),
        P("一、同意设立城东街道枣林社区居民委员会。社区居民委员会驻地设在枣林路18号枣林花园小区服务中心。"),
        P("二、枣林社区管辖范围为：东至东环路，西至泰兴大街，南至枣林路，北至汶河北堤路，辖枣林花园、锦绣东苑、润和家园3个住宅小区，面积约1.3平方公里，现有居民2860户、8100余人。原属城东村、后店村管辖的上述区域相应划出。"),
        P("三、你办要按照《中华人民共和国城市居民委员会组织法》和省、市有关规定，依法组织居民选举产生社区居民委员会成员，同步建立社区党组织，配齐配强社区工作者，落实办公和服务用房，确保新设社区规范运行。"),
        P("四、县民政局、县财政局、县自然资源和规划局、县公安局等部门要按照职责分工，做好社区设立后的经费保障、地名标志设置、户籍管理等工作。"),
        P("此复。"),
        SIGN("汶阳县人民政府"),
        SIGN("2025年11月17日"),
        P("（此件公开发布）", fmt='<p class="note">{t}</p>'),
    ],
)

CSS = """
body{margin:0;font:14px/1.6 宋体,SimSun;background:#dfe7ef url(data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7)}
a{color:#03c;text-decoration:none}
#wrap{width:1000px;margin:0 auto;background:#fff}
#head{height:140px;background:#2355a0;color:#fff}
#head h2{margin:0;padding:40px 0 0 40px;font-size:34px;font-family:隶书,serif}
#menu{background:#16407e;height:36px;line-height:36px;padding-left:20px}
#menu a{color:#fff;margin:0 14px;font-weight:bold}
#path{padding:8px 20px;border-bottom:1px solid #ccc;color:#444}
#box{padding:20px 30px}
.head-wrap{display:flex;gap:20px;border:1px solid #ccd;background:#f8fafc;padding:12px}
.head-wrap dl{margin:0;width:360px;font-size:12px}
.head-wrap dt{float:left;clear:left;width:76px;color:#666}
.head-wrap dd{margin-left:80px}
.head-wrap .ti{flex:1}
.head-wrap h1{font-size:21px;color:#b00;margin:12px 0;line-height:1.5}
.head-wrap .inf{font-size:12px;color:#555}
#zoom{font-size:16px;line-height:2;padding:20px 40px;font-family:仿宋,FangSong}
#zoom p{margin:0;text-indent:2em}
#zoom p.wh{text-align:center;text-indent:0}
#zoom p.note{text-indent:2em;margin-top:10px}
.dl{padding:0 40px;font-size:12px}
#foot{border-top:3px solid #2355a0;text-align:center;font-size:12px;line-height:22px;padding:10px 0;color:#333}
"""


def render(p):
    body = render_body(p["blocks"], {"sign": '<p style="text-align:right;padding-right:4em">{t}</p>'})
    html_body = f"""
<div id="wrap">
<div id="head"><h2>汶阳县人民政府</h2></div>
<div id="menu">{links(["首页", "汶阳概况", "政务公开", "政务服务", "政民互动", "投资汶阳", "文化旅游"])}</div>
<div id="path">当前位置：<a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">政府文件</a> &gt; <a href="#">县政府文件</a></div>
<div id="box">
<div class="head-wrap">
<div class="ti">
<h1>{esc(p["title"])}</h1>
<div class="inf">【发布日期：{p["publish_time"]}】【来源：县民政局】【浏览次数：153】【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
</div>
<dl><dt>索引号：</dt><dd>11370927004196837K/2025-00316</dd>
<dt>发文机关：</dt><dd>汶阳县人民政府</dd>
<dt>发文字号：</dt><dd>汶政字〔2025〕47号</dd>
<dt>成文日期：</dt><dd>2025-11-17</dd>
<dt>主题分类：</dt><dd>民政、扶贫、救灾</dd></dl>
</div>
<div id="zoom">
{body}
</div>
<div class="dl">文件下载：<a href="#">汶政字〔2025〕47号.pdf</a>　　<a href="#">【打印】</a> <a href="#">【关闭】</a></div>
</div>
<div id="foot"><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a><br>
主办：汶阳县人民政府办公室　承办：汶阳县大数据中心　电话：0538-5276013<br>
网站标识码3709270010　鲁ICP备09020571号　鲁公网安备 37092702000081号</div>
</div>
"""
    return doc("汶阳县人民政府关于同意设立城东街道枣林社区居民委员会的批复", CSS, html_body)
