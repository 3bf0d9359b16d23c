# 安徽 · 省级新闻门户（2012 portal, glued info line with 作者 and 编辑, （图为…） captions, 评论 box, 24小时排行）
from lib import *

PAGE = dict(
    id="wh-20", kind="media", lang="zh",
    title="黄山景区启用“预约＋分时”入园 冬季旅游迎来开门红",
    authors=["吴昊"],
    publish_time="2025-11-19 08:45:12",
    features="2012 provincial news portal (安徽); info line date-with-seconds 来源 作者 编辑 separated by U+3000 "
             "spaces with a spaced-out author name (吴　昊); photo captions in the form （图为…） and 摄影 credit; "
             "sub-headings in bold; 【我要纠错】【打印】【关闭】 row; 24小时排行 and 图片新闻 boxes; comment box "
             "with 网友评论 placeholder; long footer.",
    blocks=[
        P("11月18日，黄山风景区正式启用“预约＋分时”入园管理系统。游客通过官方小程序预约时，可选择上午、中午、下午三个入园时段，到达景区后刷身份证即可快速通行。当天，景区共接待游客1.1万人次，各入口未出现明显排队。"),
        IMG("游客在黄山景区入口刷身份证入园"),
        CAP("（图为游客在黄山风景区南大门刷身份证入园。摄影：汪小军）"),
        H("**分时段预约 高峰时段不再“扎堆”**"),
        P("“以前冬天来看雪景，早上七八点钟排队要排一个多小时。”来自上海的游客徐女士说，这次她预约了上午10点至11点的时段，到了以后几分钟就进了山门。"),
        P("黄山风景区管委会有关负责人介绍，分时预约系统会根据各时段预约情况和景区内实时客流，动态调整各时段的放票数量。同时，景区在玉屏楼、光明顶等重点区域增设客流监测点，一旦客流接近警戒值，将及时采取分流措施。"),
        H("**冬季旅游产品扩容 “赏雪＋温泉”受青睐**"),
        P("进入冬季，黄山推出“冬游黄山”系列产品，包括雪景摄影线路、温泉康养套餐和徽州民俗体验等。据统计，11月以来，黄山市接待游客同比增长14.3%，其中“赏雪＋温泉”组合产品预订量同比增长近三成。"),
        P("黄山市文化和旅游部门表示，冬季期间将继续落实景区门票优惠政策，对持有效证件的60周岁以上老年人、全日制在校学生等群体实行半价或免票优惠，并加强冰雪天气下的安全管理和应急保障。"),
    ],
)

CSS = """
body{margin:0;font:12px/1.6 宋体,Arial;background:#fff;color:#000}
a{color:#000;text-decoration:none}
.w{width:960px;margin:0 auto}
.topnav{background:#f3f3f3;border-bottom:1px solid #ddd;line-height:26px}
.topnav a{margin-right:8px}
.logo{height:76px;position:relative}
.logo .n{font-size:34px;font-weight:bold;color:#e60012;position:absolute;top:16px;font-family:黑体}
.logo .s{position:absolute;top:30px;right:0}
.chnl{background:#e60012;line-height:30px}
.chnl a{color:#fff;font-size:14px;font-weight:bold;margin:0 9px}
.sub{background:#fde8e8;line-height:26px;padding-left:10px}
.sub a{margin-right:10px;color:#900}
.posi{line-height:30px;color:#666}
.lft{float:left;width:630px}
.rgt{float:right;width:300px}
.clear{clear:both}
h1{font-size:24px;font-family:黑体;text-align:center;line-height:36px;margin:10px 0 4px}
.xx{text-align:center;color:#666;border-bottom:1px solid #ccc;padding-bottom:6px}
.zw{font-size:14px;line-height:26px;padding:12px 8px}
.zw p{margin:0 0 12px;text-indent:2em}
.zw p.cap{text-align:center;text-indent:0;color:#333;font-family:楷体}
.tool{text-align:right;color:#666}
.pl{border:1px solid #ddd;margin-top:12px;padding:8px}
.pl textarea{width:600px;height:50px}
.rbox h3{background:#e60012;color:#fff;font-size:13px;padding:3px 8px;margin:8px 0 4px}
.rbox li{line-height:22px}
.foot{border-top:3px solid #e60012;margin-top:20px;text-align:center;line-height:22px;padding-top:8px;color:#444}
"""


def render(p):
    body = render_body(p["blocks"], {"h": "<p>{t}</p>"})
    html_body = f"""
<div class="topnav"><div class="w">{links(["皖网首页", "新闻", "财经", "娱乐", "体育", "汽车", "房产", "旅游", "论坛", "博客"])}<span style="float:right"><a href="#">登录</a>|<a href="#">注册</a></span></div></div>
<div class="w logo"><span class="n">皖网 · 新闻中心</span><span class="s"><input type="text" placeholder="请输入关键字"><input type="button" value="搜索"></span></div>
<div class="chnl"><div class="w">{links(["首页", "安徽要闻", "市县新闻", "社会", "国内", "国际", "评论", "专题", "图片", "视频"])}</div></div>
<div class="sub"><div class="w">{links(["合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州", "六安", "亳州", "池州", "宣城"])}</div></div>
<div class="w">
<div class="posi">您当前的位置：<a href="#">皖网</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">市县新闻</a> &gt; <a href="#">黄山</a></div>
<div class="lft">
<h1>{esc(p["title"])}</h1>
<div class="xx">{p["publish_time"]}　来源：徽山日报　作者：吴　昊　编辑：许　晴</div>
<div class="zw">
{body}
</div>
<div class="tool">【<a href="#">我要纠错</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>
<div class="pl"><b>网友评论</b><br><textarea placeholder="请文明上网，理性发言"></textarea><br><input type="button" value="发表评论"> 匿名 <input type="checkbox"></div>
</div>
<div class="rgt">
<div class="rbox"><h3>24小时排行</h3><ol><li><a href="#">合肥地铁新线试运行</a></li><li><a href="#">安徽今冬气候趋势预测出炉</a></li><li><a href="#">芜湖长江大桥夜景</a></li><li><a href="#">皖南川藏线冬季通行提示</a></li></ol></div>
<div class="rbox"><h3>图片新闻</h3><p>{img("黄山雾凇", 290, 180)}<br>黄山出现今冬首次雾凇景观</p></div>
</div>
<div class="clear"></div>
<div class="foot"><a href="#">关于我们</a> - <a href="#">广告服务</a> - <a href="#">联系方式</a> - <a href="#">网站地图</a><br>
皖网版权所有 Copyright © 2004-2025 All Rights Reserved.<br>
皖ICP备06007625号　互联网新闻信息服务许可证编号：34120170005　皖公网安备 34010402700318号</div>
</div>
"""
    return doc("黄山景区启用“预约＋分时”入园 冬季旅游迎来开门红_皖网新闻中心", CSS, html_body)
