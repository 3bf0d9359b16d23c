# 北京市密云区人民政府门户网站，2023 年改版的响应式页面：部门动态（新闻稿，无署名）
from blocks import P, H, IMG, NOTE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-01", "kind": "government", "lang": "zh",
    "title": "密云区部署2025—2026年度冬春森林防灭火工作",
    "authors": [],
    "publish_time": "2025-11-10 17:42",
    "body": [
        P("11月10日，密云区召开2025—2026年度冬春森林防灭火工作部署会，总结今年春季以来全区森林防灭火工作，分析当前火险形势，部署下一阶段重点任务。副区长周立军出席会议并讲话，区应急管理局、区园林绿化局、区公安分局等单位及各镇街主管领导参加会议。"),
        P("会议指出，我区山区面积占全区总面积的近八成，林木覆盖率高，入冬后降水偏少、风力加大，林下可燃物大量积累，防火形势依然严峻。今年春季防火期全区未发生森林火灾，但野外违规用火行为仍时有发生，各单位务必克服麻痹思想。"),
        IMG("会议现场", "会议现场"),
        H("一、压紧压实责任链条"),
        P("严格落实党政同责、一岗双责，区级领导分片包镇、镇级领导包村、村干部包山头地块，护林员、网格员包到具体点位，做到每一片山林都有人看、有人管。"),
        H("二、紧盯重点时段重点部位"),
        P("围绕元旦、春节、元宵节、清明节等重要节点，加强对墓地坟头、景区景点、林区道路及农事用火区域的巡查管控。全区128个防火检查站实行24小时值守，对进山人员和车辆逐一登记、收缴火种。"),
        H("三、提升早期处置能力"),
        P("各镇要完善“一镇一案”，专业扑火队伍集中驻防，物资储备库补足风力灭火机、水泵、二号工具等装备，确保“打早、打小、打了”。同时用好全区已建成的视频监控和热成像预警系统，发现火情第一时间报告、第一时间处置。"),
        P("会议要求，各单位要持续开展防火宣传进村入户，利用大喇叭、宣传车、短信平台等多种方式提醒群众文明祭扫、不带火种进山，形成群防群治的良好氛围。"),
        NOTE("【责任编辑：刘欣】", '<p class="ed">{}</p>'),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;font:16px/1.8 "Microsoft YaHei",sans-serif;color:#333;background:#f4f6f9}
a{color:#333;text-decoration:none}.w{max-width:1200px;margin:0 auto}
.topbar{background:#1d4f91;color:#dfe8f5;font-size:13px}.topbar .w{display:flex;justify-content:space-between;padding:4px 0}
.topbar a{color:#dfe8f5;margin-left:14px}
.head{background:#2363b8;padding:22px 0}.head .w{display:flex;align-items:center;justify-content:space-between}
.logo img{width:420px;height:60px}.sch input{width:260px;height:34px;border:0;padding:0 10px}.sch button{height:34px;border:0;background:#f5a623;color:#fff}
.hot{font-size:12px;color:#cfe0f7}.hot a{color:#fff;margin-right:8px}
.nav{background:#fff;border-bottom:3px solid #2363b8}.nav ul{display:flex;list-style:none;margin:0 auto;padding:0;max-width:1200px}
.nav li{flex:1;text-align:center;line-height:52px;font-size:18px}
.crumb{font-size:14px;color:#666;padding:14px 0}.crumb a{color:#666}
.main{background:#fff;padding:30px 60px 40px}
h1{font-size:28px;text-align:center;color:#1d4f91;line-height:1.5;margin:10px 0 14px}
.info{display:flex;justify-content:space-between;border-bottom:1px dashed #ccc;font-size:14px;color:#888;padding-bottom:10px}
.info .tools a{margin-left:6px;color:#888}
.article{padding-top:20px}.article p{text-indent:2em;margin:0 0 14px}.article h3{font-size:17px;margin:8px 0;text-indent:2em}
.article p.pic{text-indent:0;text-align:center}.article p.cap{text-indent:0;text-align:center;font-size:14px;color:#666}
.article p.ed{text-align:right;color:#999;font-size:14px}
.foottools{text-align:right;font-size:14px;margin:10px 0}.share{user-select:none;font-size:14px;color:#999}
.prevnext{border-top:1px solid #eee;margin-top:20px;padding-top:12px;font-size:15px}
.rel h4{border-left:4px solid #2363b8;padding-left:8px}.rel ul{columns:2;font-size:15px}
.qr{float:right;text-align:center;font-size:12px;color:#999}.qr img{width:90px;height:90px}
.foot{background:#1d4f91;color:#dce6f3;font-size:13px;margin-top:30px;padding:24px 0;text-align:center}.foot a{color:#fff}
.foot .badges img{width:110px;height:55px;margin:0 10px}
"""


def render(p):
    body = rb(p["body"], img='<p class="pic"><img src="{gif}" alt="{alt}"></p>{cap}',
                  cap='<p class="cap">{}</p>')
    return doc(p["title"] + "_北京市密云区人民政府", CSS, f"""
<div class="topbar"><div class="w"><span>今天是：2025年11月10日 星期一</span>
<span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">English</a><a href="#">政务微博</a><a href="#">政务微信</a></span></div></div>
<div class="head"><div class="w"><div class="logo">{img("北京市密云区人民政府")}</div>
<div><form class="sch"><input type="text" placeholder="请输入您要搜索的内容"><button type="button">搜索</button></form>
<div class="hot">热搜：<a href="#">冬季供暖</a><a href="#">灵活就业社保</a><a href="#">义务教育入学</a><a href="#">公租房</a></div></div></div></div>
<div class="nav"><ul>{links(["首页", "走进密云", "政务公开", "政务服务", "互动交流", "专题专栏"], '<li><a href="#">{}</a></li>', '')}</ul></div>
<div class="w">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政务动态</a> &gt; <a href="#">部门动态</a> &gt; 正文</div>
<div class="main">
<h1>{esc(p["title"])}</h1>
<div class="info"><span>发布时间：{p["publish_time"]}<span>来源：密云区应急管理局</span></span>
<span class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】<a href="#">【打印】</a><a href="#">【关闭】</a></span></div>
<div class="article">
{body}
</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="foottools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div class="prevnext"><div>上一篇：<a href="#">密云区召开第三季度安全生产形势分析会</a></div><div>下一篇：<a href="#">区应急管理局开展危化品企业冬季专项检查</a></div></div>
<div class="rel"><div class="qr">{img("二维码")}<br>扫一扫在手机打开当前页</div><h4>相关文章</h4><ul>
{links(["密云区召开2025年春季森林防灭火工作会", "石城镇开展森林火灾扑救实战演练", "区园林绿化局完成防火隔离带清理", "不老屯镇组织护林员业务培训", "北京市发布冬春森林防火期禁火令", "密云区应急物资储备库完成补库"], '<li><a href="#">{}</a></li>')}
</ul></div>
</div></div>
<div class="foot"><div class="w">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a></p>
<p>主办：北京市密云区人民政府办公室　承办：北京市密云区政务服务和数据管理局</p>
<p>京ICP备06051872号-1　京公网安备 11022802004417号　网站标识码：1101280017</p>
<p>地址：北京市密云区鼓楼东大街3号　邮编：101500　联系电话：010-69041207</p>
<p class="badges">{img("党政机关")}{img("政府网站找错")}</p>
</div></div>
""")
