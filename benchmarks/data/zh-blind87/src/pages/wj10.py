# 天津市南开区人民政府，2025 年新版：政策文件库里的实施意见（属性卡片+长者模式）
from blocks import P, H, WH, SIGN, DATE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-10", "kind": "government", "lang": "zh",
    "title": "天津市南开区人民政府关于进一步加强社区嵌入式服务设施建设的实施意见",
    "authors": [],
    "publish_time": "2025年11月12日",
    "body": [
        WH("南开政发〔2025〕9号"),
        P("各街道办事处，区政府各委、局，各直属单位：", '<p class="nt">{}</p>'),
        P("为补齐社区服务设施短板，更好满足居民就近便捷享有养老托育、健康管理、文化体育等服务的需求，结合我区实际，现就进一步加强社区嵌入式服务设施建设提出如下意见。"),
        H("一、总体目标"),
        P("到2027年底，全区12个街道实现社区嵌入式服务设施全覆盖，建成“一刻钟便民生活圈”示范社区不少于40个，社区养老服务驿站、婴幼儿照护服务点和社区卫生服务站点布局更加均衡。"),
        H("二、重点任务"),
        P("（一）盘活存量空间。对社区闲置用房、腾退的底商、老旧厂房等存量资源进行全面摸底，建立可用空间清单。新建住宅小区按照每百户不少于30平方米的标准配建社区综合服务用房。"),
        P("（二）丰富服务功能。按照“一站多用、错时共享”的原则，在社区服务设施中统筹设置助餐、日间照料、托育、儿童托管、健康小屋、文体活动等功能空间。"),
        P("（三）引入专业力量。通过公建民营、委托运营等方式，引入具有专业资质的社会组织和企业参与运营，对提供普惠服务的机构给予场地租金减免和运营补贴。"),
        P("（四）推进数字赋能。依托区“一网统管”平台，建立社区嵌入式服务设施信息库，实现服务设施分布、服务项目、预约使用等信息“一网可查”，推动线上预约、线下服务有机结合。"),
        H("三、保障措施"),
        P("区发展改革委、区民政局、区卫生健康委等部门要按照职责分工，加强政策衔接和资金保障；各街道要落实属地责任，逐个社区制定建设计划，每年向区政府报告工作进展。"),
        P("各部门、各街道要将社区嵌入式服务设施建设纳入年度重点工作，区政府督查室定期开展督查，对工作推进不力的单位进行通报。"),
        P("本意见自印发之日起施行。"),
        SIGN("天津市南开区人民政府"),
        DATE("2025年11月5日"),
    ],
}

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:"HarmonyOS Sans SC","PingFang SC",sans-serif;background:#f5f7fa;color:#1f2329}
a{color:inherit;text-decoration:none}
.topnav{background:#fff;border-bottom:1px solid #e5e6eb}.wrap{max-width:1240px;margin:0 auto;padding:0 24px}
.topnav .wrap{display:flex;align-items:center;justify-content:space-between;height:72px}
.topnav img{width:300px;height:44px}.menu{display:flex;gap:28px;font-size:16px}.menu a.cur{color:#c4161c;font-weight:600}
.acts{display:flex;gap:10px;font-size:13px}.acts a{border:1px solid #e5e6eb;border-radius:14px;padding:2px 10px}
.crumbs{font-size:14px;color:#86909c;padding:16px 0}
.card{background:#fff;border-radius:8px;padding:20px 28px;margin-bottom:20px}
.props{display:grid;grid-template-columns:repeat(3,1fr);gap:10px 24px;font-size:14px}.props div span{color:#86909c}
.doc{background:#fff;border-radius:8px;padding:40px 100px}
.doc h1{font-size:26px;text-align:center;color:#c4161c;line-height:1.5;margin:0 0 30px}
.doc .fw{font-family:"FangSong",serif;font-size:18px;line-height:2}.doc p{text-indent:2em;margin:0}.doc p.nt{text-indent:0}
.doc h3{font-size:18px;font-family:"SimHei",sans-serif;text-indent:2em;margin:0;font-weight:normal}
.jd{display:flex;gap:12px;margin-top:30px}.jd a{background:#fff1f0;color:#c4161c;padding:8px 16px;border-radius:4px;font-size:14px}
.fbar{display:flex;justify-content:space-between;color:#86909c;font-size:14px;margin-top:24px}
footer{background:#23272e;color:#a9aeb8;font-size:13px;padding:36px 0;margin-top:40px;line-height:2}
footer .wrap{display:flex;justify-content:space-between}footer img{width:90px;height:90px}
"""


def render(p):
    body = rb(p["body"], sign='<p style="text-align:right;padding-right:4em">{}</p>',
              date='<p style="text-align:right;padding-right:4em">{}</p>', wh='<p style="text-align:center;text-indent:0">{}</p>')
    return doc(p["title"] + "_南开区人民政府", CSS, f"""
<div class="topnav"><div class="wrap">{img("天津市南开区人民政府")}
<div class="menu">{links(["首页", "政务公开", "政务服务", "互动交流", "走进南开"], '<a href="#">{}</a>', '')}</div>
<div class="acts"><a href="#">长者模式</a><a href="#">无障碍</a><a href="#">搜索</a><a href="#">登录</a></div></div></div>
<div class="wrap">
<div class="crumbs">首页 / 政务公开 / 政策文件 / 区政府文件</div>
<div class="card"><div class="props">
<div><span>索引号：</span>11120104MB1A63302P/2025-00094</div><div><span>主题分类：</span>民政、扶贫、救灾</div><div><span>发文机关：</span>南开区人民政府</div>
<div><span>成文日期：</span>2025年11月05日</div><div><span>发文字号：</span>南开政发〔2025〕9号</div><div><span>发布日期：</span>{p["publish_time"]}</div>
<div><span>有效性：</span>有效</div></div></div>
<div class="doc">
<h1>{esc(p["title"])}</h1>
<div class="fw">
{body}
</div>
<div class="jd"><a href="#">【图解】一图读懂社区嵌入式服务设施建设</a><a href="#">【文字解读】</a><a href="#">【下载PDF】</a></div>
<div class="fbar"><span>扫码查看 {img("二维码")}</span><span><a href="#">打印</a>　<a href="#">关闭</a></span></div>
</div></div>
<footer><div class="wrap"><div>
<a href="#">网站地图</a> · <a href="#">联系我们</a> · <a href="#">隐私声明</a><br>
主办单位：天津市南开区人民政府办公室<br>
津ICP备05004508号-1　津公网安备12010402000537号　网站标识码：1201040009<br>
地址：天津市南开区红旗路218号　电话：022-27386600</div>
<div>{img("南开发布")}<br>南开发布</div></div></footer>
""")
