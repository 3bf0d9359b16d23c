"""wk-01: 吉林 地级市政府门户 2025 design, 政务要闻 (领导活动), info bar under the headline."""
from lib import *

PAGE = dict(id="wk-01", kind="government", lang="zh",
            title="周立新在调研冬季供热保障工作时强调 全力以赴确保群众温暖过冬",
            authors=[], publish_time="2025-11-10 17:26")

BLOCKS = [
    P("11月10日，市长周立新深入部分供热企业、换热站和居民小区，实地调研冬季供热保障工作。他强调，要始终把群众冷暖放在心上，压实各方责任，强化运行调度，全力以赴确保全市群众安全温暖过冬。"),
    IMG("", "周立新在市热力集团调度中心了解供热运行情况。"),
    P("在市热力集团调度中心，周立新详细了解全市供热管网运行、煤炭储备和热源调配情况。截至目前，全市储煤已达42.6万吨，可满足整个采暖期75%以上用煤需求；今年新改造老旧供热管网38.2公里，更新换热站设备27座。周立新指出，当前已进入正式供暖期，气温波动大，要密切关注天气变化，科学调整供热参数，做到“按需供热、精准调控”。"),
    P("在铁西区北门社区，周立新走进居民家中，用测温仪测量室内温度，与居民拉家常、问冷暖。居民王桂英告诉他：“今年暖气热得早，屋里能到22度，住着舒心。”周立新叮嘱随行的区和企业负责人，对低保户、独居老人等特殊群体要逐户走访，发现问题立即解决。"),
    IMG("", "周立新在北门社区居民家中测量室温。"),
    P("随后，周立新来到市供热服务热线受理中心，查看诉求受理、派单和回访流程。他强调，要畅通12345和供热服务热线，坚持“接诉即办”，对群众反映的不热、漏水等问题，做到2小时内到场、24小时内办结，确保件件有回音、事事有着落。"),
    P("周立新要求，各有关部门要加强对供热企业的监管，落实安全生产责任，开展管网、锅炉等设施隐患排查，制定完善应急预案，储备抢修队伍和物资，确保一旦发生故障能够快速处置。"),
    P("副市长陈宝军，市政府秘书长刘晓峰参加调研。"),
]

CSS = """
body{margin:0;font:14px/1.6 "Microsoft YaHei",sans-serif;color:#333;background:#f3f5f8}
.topbar{background:#0b4f9c;color:#dfe9f7;font-size:12px}
.topbar .w{width:1200px;margin:0 auto;display:flex;justify-content:space-between;padding:6px 0}
.topbar a{color:#dfe9f7;margin-left:14px;text-decoration:none}
.banner{height:150px;background:#1565c0;color:#fff}
.banner .w{width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:150px}
.logo b{font-size:36px;letter-spacing:4px;display:block}.logo i{font-style:normal;font-size:12px;letter-spacing:2px}
.so input{width:260px;height:34px;border:0;padding:0 10px}.so button{height:36px;border:0;background:#ffb300;color:#fff}
.nav{background:#fff;border-bottom:3px solid #0b4f9c}
.nav ul{width:1200px;margin:0 auto;padding:0;display:flex;list-style:none}
.nav li{flex:1;text-align:center;line-height:52px;font-size:17px}.nav a{color:#0b4f9c;text-decoration:none}
.main{width:1200px;margin:18px auto;background:#fff;padding:20px 60px 40px;box-sizing:border-box}
.crumb{font-size:13px;color:#666;border-bottom:1px dashed #ccc;padding-bottom:8px}.crumb a{color:#666}
h1{font-size:28px;text-align:center;color:#0b3c78;margin:34px 0 16px;line-height:1.4}
.info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #e5e5e5;padding-bottom:14px}
.info a{color:#888;margin:0 2px}
.content{font-size:17px;line-height:2;margin-top:24px}
.content p{margin:0 0 14px;text-indent:2em}.content .pic-cap{text-indent:0;color:#0b4f9c;font-size:15px}
.content img{width:640px;height:400px;background:#dde3ea}
.editor{text-align:right;color:#666;margin-top:30px}
.tools{display:flex;justify-content:space-between;border-top:1px solid #e5e5e5;margin-top:20px;padding-top:12px;font-size:13px;color:#666}
.pn{margin-top:20px;font-size:14px}.pn p{margin:6px 0}
.rel{margin-top:26px}.rel h3{font-size:16px;color:#0b4f9c;border-bottom:2px solid #0b4f9c;padding-bottom:6px}
.rel ul{padding-left:18px}.rel li{display:flex;justify-content:space-between;line-height:30px}.rel a{color:#333}
.foot{background:#0b4f9c;color:#cfdcef;font-size:12px;padding:20px 0;text-align:center;line-height:2}
.foot a{color:#cfdcef}.foot .b{display:flex;justify-content:center;gap:30px;align-items:center}
"""


def render():
    bh, gold = body(BLOCKS, p="p", img_f=lambda b: f'<p style="text-align:center">{img(b["alt"], gif=True)}</p>'
                    + (f'<p class="pic-cap" style="text-align:center">{b["cap"]}</p>' if b["cap"] else ""))
    html = f"""
<div class="topbar"><div class="w"><span>今天是：2025年11月10日 星期一</span>
<span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁體</a><a href="#">手机版</a><a href="#">智能问答</a><a href="#">个人登录</a><a href="#">法人登录</a></span></div></div>
<div class="banner"><div class="w"><div class="logo"><b>四平市人民政府</b><i>SIPING MUNICIPAL PEOPLE'S GOVERNMENT</i></div>
<div class="so"><input type="text" placeholder="请输入您要搜索的内容"><button>搜 索</button></div></div></div>
<div class="nav"><ul>{links(["首页","走进四平","政务公开","政务服务","互动交流","专题专栏","数据开放"], wrap="li")}</ul></div>
<div class="main">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政务要闻</a> &gt; 正文</div>
<h1>{PAGE["title"]}</h1>
<div class="info">发布时间：2025-11-10 17:26　　来源：四平市政府办公室　　浏览量：1,382　　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="#">打印</a>】　【<a href="#">关闭</a>】</div>
<div class="content">
{bh}
</div>
<div class="editor">【责任编辑：孙宇】</div>
<div class="tools"><span>分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></span><span><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></span></div>
<div class="pn"><p>上一篇：<a href="#">全市今冬明春森林草原防灭火工作会议召开</a></p><p>下一篇：<a href="#">我市召开2025年秋粮收购工作推进会</a></p></div>
<div class="rel"><h3>相关阅读</h3>
{ul_links(["市政府召开常务会议 研究部署冬季安全生产等工作","我市启动2025—2026年度采暖期供热监管工作","铁西区：“暖心工程”让老旧小区居民温暖过冬","四平市供热服务热线正式开通运行"], dates=["2025-11-07","2025-11-03","2025-10-30","2025-10-20"])}
</div>
</div>
<div class="foot">
<div class="b"><span>{img("党政机关", gif=True)}</span><span>{img("政府网站找错", gif=True)}</span><span>{img("适老化无障碍服务", gif=True)}</span></div>
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a> | <a href="#">使用帮助</a></p>
<p>主办：四平市人民政府办公室　承办：四平市政务服务和数字化建设管理局　联系电话：0434-3266015</p>
<p>网站标识码：2203000021　<a href="#">吉ICP备05003172号-1</a>　<a href="#">吉公网安备 22030202000147号</a></p>
<p>建议使用1920×1080分辨率及以上浏览器浏览本站</p>
</div>
"""
    return doc(PAGE["title"] + "_四平市人民政府", CSS, html), gold
