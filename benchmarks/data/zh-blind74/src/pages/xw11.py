# 霍山县人民政府 -- 政府信息公开 / 县政府办文件 (实施意见), 2020 Anhui-platform look, collapsible 公开要素 list
from lib import *

META = dict(
    id="xw-11", kind="government", lang="zh",
    title="霍山县人民政府办公室关于加快推进茶产业高质量发展的实施意见",
    authors=[],
    publish_time="2025-04-25 10:02",
)

BODY = [
    X('<p class="hs-no">霍政办〔2025〕9号</p>'),
    P("各乡镇人民政府，县政府各部门、各直属机构：", fmt='<p class="hs-first">{}</p>'),
    P("为做大做强霍山黄芽等茶叶品牌，推动全县茶产业高质量发展，经县政府同意，现提出如下实施意见。"),
    H("一、总体目标"),
    P("到2027年，全县茶园面积稳定在15万亩以上，其中标准化生态茶园达到8万亩；茶叶综合产值突破60亿元；培育年销售收入超亿元的茶企5家以上，省级以上农业产业化龙头企业达到12家。"),
    H("二、重点任务"),
    P("（一）提升茶园基础。实施低产茶园改造提升工程，每年改造低产茶园5000亩以上。推广病虫害绿色防控和有机肥替代化肥技术，茶园化肥使用量年均减少3%。"),
    P("（二）培育经营主体。支持龙头企业通过“企业+合作社+农户”模式建设原料基地，对新建清洁化、自动化加工生产线的企业，按设备投资额的20%给予补助，单个企业最高补助100万元。"),
    P("（三）强化品牌建设。统一使用“霍山黄芽”区域公用品牌标识，严格授权管理。每年组织企业参加国内外重点茶事展会不少于5次，在长三角重点城市设立品牌体验店。"),
    P("（四）推进融合发展。依托大别山主峰景区和茶文化资源，打造茶旅精品线路3条，建设茶文化主题民宿集聚区，推动茶产业与文化、旅游、康养深度融合。"),
    P("（五）强化科技支撑。加强与省内外高校和科研院所合作，建设茶树良种繁育基地和茶叶加工技术研发中心，每年选派科技特派员不少于20名，开展茶园管理、加工技术等培训2000人次以上。"),
    H("三、保障措施"),
    P("县财政每年统筹安排茶产业发展专项资金不低于3000万元。县农业农村局牵头建立工作推进机制，各乡镇、各有关部门按照职责分工抓好落实，确保各项任务落地见效。县财政局、县市场监管局、县文化旅游体育局等部门要在资金保障、质量监管、品牌推广等方面加强协作，形成工作合力。"),
    P("各乡镇要结合实际制定具体工作方案，明确目标任务和责任分工，于每年12月底前将工作推进情况报县农业农村局。县政府将把茶产业发展工作纳入乡镇年度目标管理考核。"),
    P("本意见自印发之日起施行，有效期至2027年12月31日。"),
    P("霍山县人民政府办公室", fmt='<p class="hs-sign">{}</p>'),
    P("2025年4月18日", fmt='<p class="hs-sign">{}</p>'),
]

STYLE = dict(p='<p class="hs-p">{}</p>', h='<p class="hs-p hs-hei">{}</p>')

CSS = """
body{margin:0;background:#edf1f5;font-family:"Microsoft YaHei";color:#333}
.hs-top{background:#fff;height:36px;line-height:36px;font-size:12px;border-bottom:1px solid #ddd}
.hs-top .c,.hs-logo .c,.hs-nav .c,.hs-con{width:1180px;margin:0 auto}
.hs-top .rt{float:right}
.hs-top a{margin-left:10px;color:#666}
.hs-logo{background:#1b8a5a;height:130px}
.hs-nav{background:#146b45}
.hs-nav a{color:#fff;line-height:48px;padding:0 28px;display:inline-block}
.hs-con{background:#fff;margin-top:14px;padding:20px 40px}
.hs-loc{font-size:13px;color:#888;border-bottom:1px solid #e6e6e6;padding-bottom:10px}
.hs-band{font-size:13px;color:#666;background:#f5f9f7;padding:8px 12px;margin:14px 0}
.hs-gkys{font-size:13px;border:1px dashed #9cc;padding:6px 12px}
.hs-gkys li{display:inline-block;width:48%;line-height:26px}
.hs-title{font-size:24px;text-align:center;font-weight:bold;margin:28px 30px 12px;line-height:1.6}
.hs-no{text-align:center;font-family:仿宋;font-size:17px}
.hs-first{font-family:仿宋;font-size:18px}
.hs-p{font-family:仿宋;font-size:18px;line-height:1.9;text-indent:2em;margin:0}
.hs-hei{font-family:黑体}
.hs-sign{font-family:仿宋;font-size:18px;text-align:right;margin:0 4em 0 0}
.hs-fj{margin-top:24px;font-size:14px}
.hs-footer{background:#146b45;color:#d2eadf;text-align:center;padding:22px;font-size:13px;line-height:2;margin-top:20px}
"""


def page(body):
    m = META
    return f"""
<div class="hs-top"><div class="c"><span class="rt"><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">简体</a>|<a href="#">繁体</a><a href="#">English</a></span>今天是2025年4月25日</div></div>
<div class="hs-logo"><div class="c">{img("霍山县人民政府 www.ahhuoshan.gov.cn", 520, 90)}</div></div>
<div class="hs-nav"><div class="c"><a href="#">首页</a><a href="#">政务动态</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进霍山</a></div></div>
<div class="hs-con">
<div class="hs-loc">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">县政府办文件</a></div>
<div class="hs-band">发布时间：{m['publish_time']}　来源：县政府办　阅读次数：865　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<ul class="hs-gkys">
<li>索引号：113415250032130817/202504-00021</li>
<li>组配分类：县政府办文件</li>
<li>发布机构：霍山县人民政府办公室</li>
<li>主题分类：农业、林业、水利</li>
<li>文号：霍政办〔2025〕9号</li>
<li>公开方式：主动公开</li>
</ul>
<div class="hs-title">{m['title']}</div>
{body}
<div class="hs-fj"><b>相关解读：</b><a href="#">图解：霍山县加快推进茶产业高质量发展实施意见</a></div>
<p style="font-size:13px;color:#888;text-align:right">扫一扫在手机上查看当前页面 {img("二维码", 80, 80)}</p>
</div>
<div class="hs-footer">
主办：霍山县人民政府办公室　　承办：霍山县数据资源管理局<br>
网站标识码：3415250001　　皖ICP备05013897号　　皖公网安备 34152502000027号<br>
地址：安徽省霍山县衡山镇迎驾大道158号　电话：0564-5022305
</div>
"""
