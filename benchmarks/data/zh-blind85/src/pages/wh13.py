# 中央级门户（转载新华社）· 安徽（2015 portal, 新华社…电（记者…） dateline inside the first paragraph）
from lib import *

PAGE = dict(
    id="wh-13", kind="media", lang="zh",
    title="安徽：“科创飞地”让县域企业用上城市创新资源",
    authors=["张琪", "刘洋"],
    publish_time="2025-11-20 15:36:08",
    features="c. 2015 national portal article page (安徽 story from a wire): channel bar, 2-line info row "
             "(date with seconds + 来源 left, 字号/打印/纠错 right); dateline 新华社合肥11月20日电（记者 张　琪、刘　洋） "
             "opens the first paragraph (stays in the body, names are the authors); 【纠错】 and 责任编辑 after "
             "the body; share row; 相关新闻 and 热点推荐 lists; comment box with placeholder; long footer.",
    blocks=[
        P("新华社合肥11月20日电（记者 张　琪、刘　洋）在合肥高新区一栋写字楼里，来自皖北某县的一家农机企业租下了300平方米的研发空间。企业负责人说：“在县里招不到的算法工程师，在这里三个月就招齐了。”"),
        P("这是安徽推动“科创飞地”建设的一个缩影。近年来，安徽多个县（市）在合肥、芜湖等创新资源集聚的城市设立“飞地”孵化器，采取“研发在城市、生产在县域”的模式，帮助县域企业就近对接高校、科研院所和高端人才。"),
        P("据安徽省科技部门介绍，目前全省已建成县域“科创飞地”37个，入驻企业和研发团队500余家，累计转化科技成果260余项。部分“飞地”还实行“人才飞地”政策，在“飞地”工作的人才可在派出县享受住房、子女入学等待遇。"),
        P("“飞地”的运营模式也在不断创新。有的由派出县国资公司负责运营，有的引入专业孵化机构，按照孵化成效给予奖励。位于芜湖的一家“飞地”孵化器运营负责人表示，他们不仅提供场地，还为企业提供专利申请、项目申报、投融资对接等服务，今年以来已帮助入驻企业获得融资1.2亿元。"),
        P("受访专家认为，县域是科技创新的“薄弱环节”，“科创飞地”打破了地域限制，让县域企业用较低成本获取城市的人才和技术资源，有利于推动县域产业转型升级。下一步，应进一步完善“飞地”税收分成、统计核算等机制，激发派出地和承接地双方的积极性。"),
    ],
)

CSS = """
body{margin:0;font:14px/1.6 "Microsoft YaHei",SimSun;color:#222;background:#fff}
a{color:#222;text-decoration:none}
.chan{background:#f5f5f5;border-bottom:1px solid #ddd;font-size:12px;line-height:30px}
.chan .in{width:1000px;margin:0 auto}
.chan a{margin-right:12px}
.logo{width:1000px;margin:0 auto;height:80px;display:flex;align-items:center;justify-content:space-between}
.logo b{font-size:30px;color:#c00;font-family:"STXingkai",serif}
.logo .sub{font-size:16px;color:#666;margin-left:10px}
.nav{background:#c00}
.nav .in{width:1000px;margin:0 auto}
.nav a{color:#fff;display:inline-block;padding:0 13px;line-height:38px;font-size:15px}
.bread{width:1000px;margin:10px auto;font-size:12px;color:#666}
.wrap{width:1000px;margin:0 auto;overflow:hidden}
.lft{float:left;width:680px}
.rgt{float:right;width:290px}
h1{font-size:26px;margin:10px 0;line-height:1.4}
.info{overflow:hidden;border-bottom:1px solid #ddd;padding-bottom:6px;font-size:12px;color:#666}
.info .l{float:left}
.info .r{float:right}
#p-detail{font-size:16px;line-height:1.9;margin-top:16px}
#p-detail p{margin:0 0 16px;text-indent:2em}
.jc{text-align:right;font-size:12px}
.bj{text-align:right;color:#666;font-size:13px}
.fx{margin:10px 0;font-size:12px;color:#888}
.xg h3,.rgt h3{border-bottom:2px solid #c00;font-size:16px;margin:18px 0 8px;padding-bottom:4px}
.xg li,.rgt li{line-height:28px}
.pl textarea{width:660px;height:60px}
.foot{border-top:1px solid #ccc;margin-top:20px;text-align:center;font-size:12px;color:#666;line-height:22px;padding:14px 0}
"""


def render(p):
    body = render_body(p["blocks"])
    html_body = f"""
<div class="chan"><div class="in">{links(["首页", "时政", "国际", "财经", "地方", "科技", "教育", "健康", "体育", "图片", "视频"])}<span style="float:right"><a href="#">登录</a> <a href="#">注册</a></span></div></div>
<div class="logo"><span><b>中国时讯网</b><span class="sub">地方频道</span></span><span><input type="text" placeholder="搜索"> <button>搜索</button></span></div>
<div class="nav"><div class="in">{links(["北京", "天津", "河北", "山西", "上海", "江苏", "浙江", "安徽", "福建", "山东", "河南", "湖北", "广东", "海南"])}</div></div>
<div class="bread"><a href="#">中国时讯网</a> &gt; <a href="#">地方</a> &gt; <a href="#">安徽</a> &gt; 正文</div>
<div class="wrap">
<div class="lft">
<h1>{esc(p["title"])}</h1>
<div class="info"><div class="l">{p["publish_time"]}　来源：新华社</div><div class="r">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="#">打印</a>　<a href="#">纠错</a></div></div>
<div id="p-detail">
{body}
</div>
<div class="jc"><a href="#">【纠错】</a></div>
<div class="bj">【责任编辑:王　佳】</div>
<div class="fx">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a> <a href="#">复制链接</a></div>
<div class="xg"><h3>相关新闻</h3><ul>
<li><a href="#">安徽：县域特色产业集群提质扩量</a></li>
<li><a href="#">合肥高新区新增孵化载体面积20万平方米</a></li>
<li><a href="#">“研发在城市、生产在县域”成为新趋势</a></li></ul></div>
<div class="pl"><h3>我要评论</h3><textarea placeholder="文明上网，理性发言"></textarea><br><button>发表评论</button></div>
</div>
<div class="rgt"><h3>热点推荐</h3><ul>
<li><a href="#">全国冬季供暖陆续启动</a></li><li><a href="#">多地出台措施稳定外贸</a></li><li><a href="#">今冬明春流感防控提示</a></li></ul>
<h3>图片</h3><p>{img("初冬黄山云海", 280, 170)}<br>初冬黄山云海</p></div>
</div>
<div class="foot"><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | <a href="#">网站地图</a><br>
Copyright © 2000-2025 中国时讯网 版权所有　京ICP备10217733号　京公网安备 11010502038817号<br>
互联网新闻信息服务许可证：10120170013　违法和不良信息举报电话：010-63078512</div>
"""
    return doc("安徽：“科创飞地”让县域企业用上城市创新资源-中国时讯网", CSS, html_body)
