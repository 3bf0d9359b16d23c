# 兰州市城关区人民政府 (甘肃, 区): 领导活动.  A big date bar (today's date and
# the lunar date, 2025年6月3日 星期二 农历五月初八) stands right over the headline;
# the article's own date (info bar) is the day before.
from kit import *

META = dict(
    id="xm-06", kind="government", lang="zh",
    title="张立军调研基层社会治理和民生实事项目推进情况",
    authors=["孙玥", "王子涵"],
    publish_time="2025-06-02 18:40",
)
HTML_TITLE = "张立军调研基层社会治理和民生实事项目推进情况_领导活动_兰州市城关区人民政府"
CSS = BASE_CSS + """
.top{background:#b71c1c;color:#fff;font-size:13px}
.top .in{width:1100px;margin:0 auto;display:flex;justify-content:space-between;padding:6px 0}
.top a{color:#fff;margin-left:12px}
.brand{width:1100px;margin:0 auto;height:120px;display:flex;align-items:center;justify-content:space-between}
.brand .nm{font-size:34px;color:#b71c1c;font-weight:bold}
.nav{background:#d32f2f}
.nav ul{width:1100px;margin:0 auto;display:flex}
.nav li{flex:1;text-align:center}
.nav a{display:block;color:#fff;padding:12px 0;font-size:16px}
.wrap{width:1100px;margin:0 auto;padding:10px 0 30px}
.crumb{font-size:13px;color:#777;padding:10px 0;border-bottom:1px solid #eee}
.datebar{font-size:22px;color:#b71c1c;font-weight:bold;text-align:center;background:#fff5f5;border:1px solid #f3caca;margin:20px 0 0;padding:14px 0;letter-spacing:2px}
h1{font-size:28px;text-align:center;margin:24px 0 12px}
.info{text-align:center;font-size:14px;color:#999;border-bottom:1px solid #eee;padding-bottom:14px}
.info span{margin:0 8px}
.content{font-size:17px;line-height:2;padding:20px 30px}
.content p{text-indent:2em;margin:0 0 14px}
.content .pic-cap{text-indent:0;color:#666;font-size:14px}
.share{text-align:right;padding:0 30px;color:#888}
.share a{margin-left:8px}
.side{margin-top:20px;border-top:3px solid #d32f2f}
.side li{padding:6px 0;border-bottom:1px dotted #ddd}
.side .d{float:right;color:#aaa}
.footer{background:#f5f5f5;border-top:3px solid #d32f2f;text-align:center;font-size:13px;color:#666;padding:20px 0}
.footer p{margin:4px 0}
"""
TEMPLATE = f"""
<div class="top"><div class="in"><span>欢迎访问兰州市城关区人民政府门户网站</span><span><a href="#">无障碍</a><a href="#">长者模式</a><a href="#">繁体</a><a href="#">移动版</a><a href="#">智能问答</a></span></div></div>
<div class="brand"><div class="nm">{img("城关区", 80, 80)}兰州市城关区人民政府</div>{search("请输入您要搜索的内容", "搜索")}</div>
<div class="nav">{nav(["首页", "城关概况", "新闻中心", "政务公开", "政务服务", "互动交流", "数据发布"], cls="navul")}</div>
<div class="wrap">
{crumb(["首页", "新闻中心", "领导活动"], prefix="当前位置：")}
<div class="datebar">2025年6月3日　星期二　农历五月初八</div>
<h1>@@TITLE@@</h1>
<div class="info"><span>发布时间：@@DATE@@</span><span>来源：城关区融媒体中心</span><span>作者：记者 孙&nbsp;&nbsp;玥 王子涵</span><span>阅读：1,204</span></div>
<div class="content">
@@BODY@@
</div>
{share("分享：", ("微信", "微博", "复制链接"))}
<div class="side"><b>领导活动</b>
{ul([("城关区召开2025年第十次区政府常务会议", "2025-05-30"), ("区长调研老旧小区改造和背街小巷提升工作", "2025-05-28"), ("城关区召开防汛减灾工作部署会", "2025-05-26"), ("区领导督导检查安全生产工作", "2025-05-21")])}
</div>
</div>
{footer(["主办：中共兰州市城关区委办公室　兰州市城关区人民政府办公室",
         "地址：甘肃省兰州市城关区临夏路　联系电话：0931-8451234",
         "陇ICP备06003152号-2　甘公网安备 62010202000318号　网站标识码：6201020003",
         "本站由城关区大数据服务中心负责运行维护"])}
"""
OPTS = dict(pstyle="p", capstyle="p")
BODY = """
p 6月2日，区委书记张立军深入酒泉路街道、靖远路街道和雁滩片区，调研基层社会治理和2025年民生实事项目推进情况。他强调，要坚持以人民为中心的发展思想，把群众“急难愁盼”作为工作的出发点和落脚点，推动各项民生实事早见效、见实效。
p 在酒泉路街道综治中心，张立军详细了解网格化服务管理、矛盾纠纷多元化解和“接诉即办”工作开展情况，并与网格员、调解员亲切交流。他指出，基层是社会治理的“最后一公里”，要进一步整合力量、下沉资源，做实做细网格服务，努力把矛盾纠纷化解在萌芽状态。
img 张立军在酒泉路街道综治中心调研
cap 张立军在酒泉路街道综治中心了解网格化服务管理情况
p 在靖远路街道一处正在改造的老旧小区，张立军察看了管网更新、加装电梯和停车位改造进度，向居民询问施工对生活的影响。“改造前下水道经常堵，现在管子全换了，电梯也在装，大家都盼着早点完工。”居民李秀兰说。张立军叮嘱施工单位，要在确保质量和安全的前提下倒排工期，尽量减少对群众出行的影响。
p 在雁滩片区社区嵌入式服务设施建设现场，张立军了解了社区食堂、托育点和日间照料中心的建设运营计划。他强调，要聚焦“一老一小”等重点群体需求，统筹用好社区闲置用房，完善服务功能，让居民在家门口享受到便捷优质的公共服务。
p 调研中，张立军要求，各街道和相关部门要对照年度民生实事清单，逐项明确责任人和完成时限，定期调度通报，确保年底前全面完成。区领导王海燕、刘振华参加调研。
"""
