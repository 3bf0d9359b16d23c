from lib import *

META = dict(
    id="xu-17", kind="media", lang="zh",
    title="新棉上市在即 全疆千余家轧花厂检修忙",
    authors=["王静", "努尔买买提·吐尔洪"],
    publish_time="2025-09-12 10:26:17",
)
FEATURES = ("新疆 provincial portal (invented 亚心新闻网, 2019 template): top links incl. 维吾尔文/哈萨克文 versions, "
            "headline, info bar with seconds/来源/字号, 原标题 line at the top of the text (not body), closing byline "
            "（记者 王静 通讯员 努尔买买提·吐尔洪）at the end of the last paragraph (stays body; authors), 责任编辑, "
            "图片新闻 alt texts, 网友评论 box with textarea, footer.")

BODY = [
    P("眼下，新疆棉花陆续进入吐絮期，预计9月下旬南北疆棉区将大面积开始采收。连日来，全疆各地棉花加工企业抓紧检修设备、清理场地、调试生产线，为新棉收购加工做好准备。"),
    P("9月11日，在沙雅县一家棉花加工企业，20多名工人正在对轧花机、清花机、打包机进行逐台检修。企业负责人介绍，今年厂里新上了一条智能化籽棉清理线，加工能力比去年提高三分之一，“每天能加工籽棉600吨左右，棉农交售排队时间会大大缩短”。"),
    P("记者从自治区相关部门了解到，目前全疆具备加工资格的棉花加工企业有1000余家，已有九成完成设备检修。各地还组织公证检验机构提前进驻加工企业，推动棉花质量检验“即收即检”，让棉农明明白白卖棉。"),
    P("随着植棉全程机械化水平不断提高，机采棉已成为新疆棉花的主要采收方式。记者在尉犁县看到，当地合作社的采棉机已完成保养，驾驶员正在参加操作培训。据了解，目前新疆棉花机采率已超过八成，北疆部分地区接近百分之百，机采棉的清理加工对轧花厂的设备提出了更高要求。"),
    P("与此同时，各地持续推进棉花“采、运、储、加”全链条安全管理，对加工企业消防设施、电气线路开展专项检查，督促企业落实防火责任。有关部门提醒，棉花采收交售期间，棉农要注意保存好交售凭证，合理安排交售时间，避免集中扎堆。（记者 王静 通讯员 努尔买买提·吐尔洪）"),
]

CSS = """
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333;background:#f9f9f9}
.yx-links{background:#e8e8e8;font-size:12px;padding:3px 12%}
.yx-links a{margin-right:12px;color:#555}
.yx-logo{background:#fff;padding:16px 12%;font-size:30px;font-weight:bold;color:#00796b}
.yx-logo small{font-size:14px;color:#999;font-weight:normal;margin-left:14px}
.yx-menu{background:#00796b;padding:0 12%}
.yx-menu a{color:#fff;display:inline-block;padding:9px 14px}
.yx-body{width:76%;margin:16px auto;background:#fff;padding:20px 40px}
.yx-crumbs{font-size:12px;color:#999}
.yx-body h2{font-size:26px;text-align:center;margin:18px 0 6px;color:#1b1b1b}
.yx-info{font-size:12px;color:#999;text-align:center;margin-bottom:14px}
.yx-yuan{color:#777;font-size:14px;text-indent:2em}
.yx-text p{text-indent:2em;font-size:16px}
.yx-zb{text-align:right;font-size:13px;color:#777}
.yx-pic{border-top:1px solid #eee;margin-top:16px}
.yx-pic span{display:inline-block;width:180px;text-align:center;font-size:13px}
.yx-cmt textarea{width:100%;height:60px}
.yx-foot{text-align:center;font-size:12px;color:#888;padding:20px;line-height:2}
"""


def html():
    body = render(BODY)
    t = META["title"]
    return doc(t + "-亚心新闻网", CSS, f"""
<div class="yx-links"><a href="#">维吾尔文</a><a href="#">哈萨克文</a><a href="#">English</a><a href="#">移动版</a><a href="#">客户端</a></div>
<div class="yx-logo">亚心新闻网<small>新疆重点新闻网站</small></div>
<div class="yx-menu"><a href="#">首页</a><a href="#">新疆</a><a href="#">国内</a><a href="#">国际</a><a href="#">兵团</a><a href="#">丝路</a><a href="#">文旅</a><a href="#">图片</a><a href="#">评论</a></div>
<div class="yx-body">
 <div class="yx-crumbs">亚心新闻网 &gt; 新疆 &gt; 经济</div>
 <h2>{e(t)}</h2>
 <div class="yx-info">2025-09-12 10:26:17　来源：新疆日报　【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
 <p class="yx-yuan">原标题：新疆棉花加工企业检修设备迎新棉</p>
 <div class="yx-text">
{body}
 </div>
 <p class="yx-zb">责任编辑：米娜瓦尔</p>
 <div class="yx-pic"><h4>图片新闻</h4>
  <span><img alt="赛里木湖迎来最美秋色" src="{GIF}"><br>赛里木湖迎来最美秋色</span>
  <span><img alt="喀什古城夜市人气旺" src="{GIF}"><br>喀什古城夜市人气旺</span>
  <span><img alt="阿勒泰牧民开始秋季转场" src="{GIF}"><br>阿勒泰牧民开始秋季转场</span>
 </div>
 <div class="yx-cmt"><h4>网友评论</h4><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button></div>
</div>
<div class="yx-foot">亚心新闻网版权所有 未经许可不得转载<br>新ICP备06002873号　新公网安备 65010402000311号　互联网新闻信息服务许可证：65120170001<br>
<a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | <a href="#">网站地图</a></div>
""")
