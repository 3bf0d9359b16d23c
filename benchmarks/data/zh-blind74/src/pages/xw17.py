# 沭阳县融媒体中心 (沭阳新闻网) -- 2021 county media CMS, 编辑/审核 lines, several photos with captions
from lib import *

META = dict(
    id="xw-17", kind="media", lang="zh",
    title="沭阳花木电商一季度销售额同比增长18%",
    authors=["张伟"],
    publish_time="2025年04月22日 18:40",
)

BODY = [
    P("春季是花木销售旺季。连日来，在新河镇的花木电商产业园里，打包、装车、发货一派繁忙景象。县商务局最新统计显示，一季度全县花木电商销售额达到62.4亿元，同比增长18%，快递发货量超过5600万件。"),
    IMG("电商从业者在直播间介绍盆栽产品", "电商从业者在直播间介绍盆栽产品"),
    P("“三月份一天最多发了1.2万单，现在每天也稳定在七八千单。”在园区经营一家网店的刘宇航告诉记者，他们今年主推的小型多肉组合盆栽很受年轻消费者欢迎，复购率达到三成以上。为了提高发货效率，他还上线了自动称重贴单设备，打包环节的人工减少了一半。"),
    P("销售额增长的背后，是产业链条的持续完善。近年来，沭阳围绕花木电商建设了3个物流分拨中心，引进8家快递企业区域总部，花木包装、营养土、园艺工具等配套企业达到400多家。县里还联合高校开设直播电商培训班，一季度累计培训新农人1100余人次。"),
    IMG("物流分拨中心分拣花木快件", "物流分拨中心工作人员在分拣花木快件"),
    P("县商务局相关负责人表示，下一步将引导企业加强品牌建设和品质管控，推动花木电商从“卖产品”向“卖品牌”转变，同时规范直播带货行为，维护“沭阳花木”的良好口碑。"),
]

STYLE = dict(
    p='<p class="text-p">{}</p>',
    img='<div class="text-img"><img src="' + GIF + '" alt="{alt}" width="660" height="440"></div>',
    cap='<div class="text-img-title">{}</div>',
)

CSS = """
body{margin:0;font-family:"Microsoft YaHei";color:#333;background:#f0f0f0}
.sy-header{background:#fff}
.sy-header .w{width:1200px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:96px}
.sy-nav{background:#0a8a43}
.sy-nav .w{width:1200px;margin:0 auto;display:flex;flex-wrap:wrap}
.sy-nav a{color:#fff;padding:0 18px;line-height:46px}
.sy-body{width:1200px;margin:16px auto;display:flex;gap:20px}
.sy-article{flex:1;background:#fff;padding:24px 40px}
.sy-side{width:320px;background:#fff;padding:16px}
.sy-crumb{font-size:13px;color:#999}
.sy-article h1{font-size:27px;line-height:1.5;margin:18px 0 10px}
.sy-meta{font-size:13px;color:#999;margin-bottom:24px}
.sy-meta span{margin-right:16px}
.text-p{font-size:17px;line-height:1.9;text-indent:2em;margin:0 0 16px}
.text-img{text-align:center}
.text-img-title{text-align:center;font-size:14px;color:#0a8a43;margin:4px 0 16px}
.sy-editor{font-size:14px;color:#888;margin-top:26px}
.sy-side h3{font-size:16px;border-bottom:2px solid #0a8a43;padding-bottom:6px}
.sy-side li{font-size:14px;line-height:2}
.sy-foot{background:#263238;color:#b0bec5;text-align:center;font-size:13px;padding:24px;line-height:2}
"""


def page(body):
    m = META
    return f"""
<div class="sy-header"><div class="w">{img("沭阳新闻网 沭阳县融媒体中心主办", 420, 66)}<form><input type="text" placeholder="站内搜索"><button type="button">搜 索</button></form></div></div>
<div class="sy-nav"><div class="w"><a href="#">首页</a><a href="#">沭阳新闻</a><a href="#">乡镇动态</a><a href="#">部门动态</a><a href="#">花乡沭阳</a><a href="#">视频沭阳</a><a href="#">专题</a><a href="#">掌上沭阳</a></div></div>
<div class="sy-body">
<div class="sy-article">
<div class="sy-crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">沭阳新闻</a> &gt; 正文</div>
<h1>{m['title']}</h1>
<div class="sy-meta"><span>发布时间：{m['publish_time']}</span><span>作者：张伟</span><span>来源：沭阳县融媒体中心</span><span>浏览：4862</span></div>
{body}
<div class="sy-editor">编辑：王璐　审核：刘同</div>
<p style="font-size:13px;color:#aaa">声明：本网站所有内容，凡注明“来源：沭阳县融媒体中心”的，版权均属沭阳县融媒体中心所有，转载请注明出处。</p>
</div>
<div class="sy-side">
<h3>热门新闻</h3>
<ul>
<li><a href="#">沭阳：小盆栽撬动大产业</a></li>
<li><a href="#">全县一季度重大项目集中签约</a></li>
<li><a href="#">第十六届花木节筹备工作启动</a></li>
<li><a href="#">新河镇获评全国农业产业强镇</a></li>
</ul>
<h3>掌上沭阳</h3>
<p>{img("掌上沭阳APP下载二维码", 120, 120)}</p>
<p>下载“掌上沭阳”APP</p>
</div>
</div>
<div class="sy-foot">
主办：沭阳县融媒体中心　地址：沭阳县沭城街道人民中路68号　新闻热线：0527-83521199<br>
苏ICP备16032874号-1　互联网新闻信息服务许可证：32120170019　苏公网安备 32132202000188号
</div>
"""
