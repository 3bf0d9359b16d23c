from lib import links, lis, GIF

PAGE = dict(
    id="wi-40", kind="institution", lang="zh",
    region="广西 柳州", site="柳州市米粉餐饮行业协会官网（行业协会，2014 年前后的小型 CMS）",
    title="协会召开2025年会员代表大会 审议通过团体标准修订等事项",
    authors=["覃薇"],
    publish_time="2025-11-22",
    head_title="协会召开2025年会员代表大会 审议通过团体标准修订等事项 - 柳州市米粉餐饮行业协会",
    features="行业协会小网站：滚动通知、会员登录框（用户名/密码占位）；信息栏“发布日期/信息来源：协会秘书处/撰稿：覃薇/阅读次数”；"
             "正文含编号审议事项列表（以“会议审议通过以下事项：”小标题引出）、会长与局方讲话转述；"
             "左栏“协会简介/会员风采/联系我们”及电话、“入会申请表下载”、友情链接、页脚含社团登记证号。",
)

BLOCKS = [
    ("p", "11月21日，柳州市米粉餐饮行业协会2025年会员代表大会在柳州召开。来自全市米粉生产企业、餐饮门店、原料供应商等会员单位的代表180余人参加会议。市商务局、市市场监管局有关负责同志应邀出席。"),
    ("p", "会上，协会会长覃永福作2025年度工作报告。报告指出，一年来，协会围绕“规范、品牌、服务”三项重点，组织会员单位参加各类展会14场，开展食品安全和门店经营培训22期，协助37家会员单位完成食品生产许可申请和商标注册，推动行业整体水平稳步提升。"),
    ("h", "会议审议通过以下事项："),
    ("li", [
        "1.《柳州市米粉餐饮行业协会2025年度工作报告》；",
        "2.《2025年度协会财务收支情况报告》；",
        "3.《柳州米粉门店经营服务规范》团体标准（修订稿）；",
        "4.增补理事、吸收新会员单位的议案。",
    ]),
    ("p", "其中，新修订的团体标准对米粉门店的原料采购、汤料熬制、卫生管理、明码标价等作出了更细化的规定，将于2026年1月1日起实施。"),
    ("p", "会议选举增补了3名理事，并吸收23家企业和门店为新会员单位。目前，协会共有会员单位416家，覆盖米粉生产、门店经营、原料种植、包装物流等产业链各环节。"),
    ("p", "市市场监管局相关负责同志在讲话中充分肯定了协会在推动行业自律、服务会员方面所做的工作，希望协会继续发挥桥梁纽带作用，引导会员单位守住食品安全底线，共同维护柳州米粉的品牌声誉。"),
    ("p", "会后，与会代表围绕“预包装米粉出海”“老字号门店传承”等话题开展交流。多家企业负责人表示，将以团体标准修订为契机，进一步提升产品品质和服务水平。"),
]

FMT = {
    "p": '<div style="text-indent:2em;margin-bottom:10px">{t}</div>',
    "h": '<div style="text-indent:2em;margin-bottom:10px;font-weight:bold">{t}</div>',
    "li_wrap": "{t}",
    "li": '<div style="text-indent:2em;margin-bottom:6px">{t}</div>',
}

CSS = """
body{margin:0;background:#fdf6ec;font:14px/1.8 "微软雅黑"}
#container{width:1000px;margin:0 auto;background:#fff;border:1px solid #ead9bd}
#header{height:110px;background:#d35400;color:#fff;padding:0 24px}
#header h1{margin:0;font-size:30px;line-height:80px}
#header p{margin:0;font-size:13px;opacity:.85}
#nav{background:#a04000;line-height:38px;padding-left:10px}
#nav a{color:#fff;padding:0 16px}
#notice{background:#fff3e0;line-height:28px;padding:0 10px;font-size:13px}
#left{float:left;width:230px;padding:10px}
#left .blk{border:1px solid #ead9bd;margin-bottom:10px}
#left h3{margin:0;background:#f5e1c8;color:#a04000;font-size:15px;padding:4px 10px}
#left .blk div{padding:8px 10px;font-size:13px}
#right{float:right;width:730px;padding:10px 16px}
.path{font-size:12px;color:#888;border-bottom:1px solid #ead9bd}
.atitle{font-size:22px;font-weight:bold;text-align:center;margin:18px 0 6px;color:#a04000}
.ainfo{text-align:center;font-size:12px;color:#888;margin-bottom:14px}
.acontent{font-size:15px;line-height:2}
.aend{text-align:center;margin:14px 0}
#links{clear:both;border-top:1px solid #ead9bd;padding:8px 16px;font-size:13px}
#footer{background:#a04000;color:#fbe3c8;text-align:center;font-size:12px;line-height:22px;padding:10px}
"""


def render(P, body):
    return f"""
<div id="container">
<div id="header"><h1>柳州市米粉餐饮行业协会</h1><p>Liuzhou Rice Noodle Catering Industry Association</p></div>
<div id="nav">{links(["首 页", "协会简介", "协会动态", "政策法规", "行业资讯", "会员风采", "标准规范", "联系我们"], sep="")}</div>
<div id="notice"><marquee scrollamount="2">【通知】关于缴纳2026年度会费的通知　【通知】2025年柳州米粉品牌门店评选结果公示</marquee></div>
<div id="left">
<div class="blk"><h3>会员登录</h3><div><input type="text" placeholder="用户名"><br><input type="password" placeholder="密码"><br><button>登录</button> <a href="#">注册</a></div></div>
<div class="blk"><h3>协会动态</h3><div>{links(["协会新闻", "通知公告", "会议活动", "培训信息"], sep="<br>")}</div></div>
<div class="blk"><h3>联系我们</h3><div>地址：柳州市城中区文惠路23号<br>电话：0772-2816305<br>邮箱：lzmf@example.cn<br><a href="#">入会申请表下载</a></div></div>
</div>
<div id="right">
<div class="path">您现在的位置：首页 &gt; 协会动态 &gt; 协会新闻</div>
<div class="atitle">{P['title']}</div>
<div class="ainfo">发布日期：{P['publish_time']}　信息来源：协会秘书处　撰稿：覃薇　阅读次数：</div>
<div class="acontent">
{body}
</div>
<div class="aend"><a href="#">[返回上一页]</a>　<a href="#">[打印本页]</a></div>
</div>
<div id="links">友情链接：{links(["柳州市商务局", "柳州市市场监督管理局", "广西餐饮行业协会", "柳州日报"], sep=" | ")}</div>
<div id="footer">柳州市米粉餐饮行业协会 版权所有　社会团体登记证号：桂柳社证字第0417号<br>桂ICP备14006128号-1</div>
</div>
"""
