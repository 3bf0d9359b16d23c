from lib import *

META = dict(
    id="xu-05", kind="government", lang="zh",
    title="《齐齐哈尔市促进消费若干措施》政策解读",
    authors=[],
    publish_time="2025-09-11 15:20:06",
)
FEATURES = ("齐齐哈尔 city portal, 政策解读 column (2016 layout with a left column menu): info bar with seconds and 信息来源, "
            "the interpreted document linked above the text (原文链接, not body), 一、…四、 headings (questions and next steps), 解读机关 "
            "and 联系电话 lines after the text (not body), 相关解读 list, footer.")

BODY = [
    H("一、出台背景"),
    P("为贯彻落实国家和省关于提振消费的决策部署，进一步释放城乡居民消费潜力，推动我市消费市场加快恢复和扩容提质，市商务局会同市发展改革委、市财政局等部门，在深入调研、广泛征求意见的基础上，起草了《齐齐哈尔市促进消费若干措施》（以下简称《措施》），经市政府常务会议审议通过，于近日印发实施。"),
    H("二、主要内容"),
    P("《措施》共四个方面16条，主要包括："),
    L([
        "一是扩大汽车和家电消费。对在我市购买新能源乘用车的个人消费者，按车辆价格给予最高3000元的一次性补贴；开展家电以旧换新活动，对购买一级能效家电的给予售价15%的补贴，单件最高2000元。",
        "二是培育冰雪和文旅消费。支持举办冰雪节庆、赛事活动，对引进全国性冰雪赛事的单位给予奖励；发放文旅消费券，推动扎龙、明月岛等景区开展“淡季不淡”营销。",
        "三是提升餐饮和夜间消费。打造3条以上特色美食街区，对烤肉、手把羊肉等本地特色餐饮品牌开设连锁门店的给予补助。",
        "四是优化消费环境。开展放心消费创建，畅通12315投诉渠道，推行“先行赔付”制度。",
    ]),
    P("需要说明的是，汽车和家电补贴资金实行总量控制，用完即止，同一消费者同一类别产品限享受一次补贴；对虚构交易、骗取补贴的商户，将取消其参与资格并依法追究责任。"),
    H("三、政策如何兑现"),
    P("补贴资金由市县两级财政按比例承担，实行“即买即补”或“先买后补”两种方式。消费者可通过“云上齐齐哈尔”APP或指定商户申领，具体申报指南将由各牵头部门另行发布。《措施》自印发之日起施行，有效期至2026年12月31日。"),
    H("四、下一步工作安排"),
    P("市商务局将会同各牵头部门抓紧制定实施细则，加强政策宣传解读，建立政策落实情况月调度机制，及时协调解决政策执行中遇到的问题，确保各项措施尽快落地见效、惠及群众和企业。"),
]

CSS = """
body{margin:0;background:#f0f0f0;font:13px/2 SimSun,"Microsoft YaHei"}
#header{height:130px;background:#a11f1f;color:#fff}
#header .logo{font:bold 32px/130px "Microsoft YaHei";padding-left:50px;float:left}
#header .srh{float:right;margin:50px 50px 0 0}
#menu{background:#7e1313;height:38px;clear:both}
#menu a{float:left;color:#fff;font-size:15px;line-height:38px;padding:0 24px}
#container{width:1000px;margin:10px auto;overflow:hidden;background:#fff}
#left{float:left;width:210px;background:#fbf4ea;min-height:600px}
#left h4{background:#a11f1f;color:#fff;margin:0;padding:6px 12px}
#left a{display:block;padding:4px 16px;border-bottom:1px dotted #ccc}
#right{float:right;width:760px;padding:10px 15px}
.position{border-bottom:2px solid #a11f1f;padding-bottom:4px}
.zw-title{font:bold 22px/1.5 "Microsoft YaHei";text-align:center;margin-top:18px}
.zw-attr{text-align:center;color:#777;background:#f7f7f7;margin:10px 0}
.zw-link{border:1px dashed #d5a0a0;background:#fff8f0;padding:6px 12px}
.zw-con{font-size:15px;line-height:2.1}
.zw-con p{text-indent:2em;margin:6px 0}
.zw-con h4{margin:10px 0 0;text-indent:2em}
.zw-con ol{list-style:none;padding:0;margin:0}
.zw-con ol li{text-indent:2em}
.zw-jd{color:#555;margin-top:14px}
.zw-xg{margin-top:16px}
#footer{background:#a11f1f;color:#f6dede;text-align:center;padding:14px 0;line-height:22px}
"""


def html():
    body = render(BODY, h="<h4>{}</h4>", list="<ol>{}</ol>")
    t = META["title"]
    return doc(t, CSS, f"""
<div id="header"><div class="logo">齐齐哈尔市人民政府</div>
<div class="srh"><a href="#">无障碍阅读</a>&nbsp;|&nbsp;<a href="#">长辈版</a>&nbsp;|&nbsp;<a href="#">繁体版</a>&nbsp;&nbsp;<input type="text" value="" placeholder="请输入检索内容"> <input type="button" value="搜索"></div></div>
<div id="menu"><a href="#">网站首页</a><a href="#">鹤城概况</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">投资鹤城</a><a href="#">文旅鹤城</a></div>
<div id="container">
 <div id="left"><h4>政策文件</h4><a href="#">市政府文件</a><a href="#">市政府办公室文件</a><a href="#">部门文件</a><a href="#" class="on">政策解读</a><a href="#">规范性文件</a></div>
 <div id="right">
  <div class="position">当前位置：<a href="#">首页</a> » <a href="#">政务公开</a> » <a href="#">政策文件</a> » <a href="#">政策解读</a></div>
  <div class="zw-title">{e(t)}</div>
  <div class="zw-attr">发布时间：2025-09-11 15:20:06&nbsp;&nbsp;&nbsp;&nbsp;信息来源：市商务局&nbsp;&nbsp;&nbsp;&nbsp;【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
  <div class="zw-link">原文链接：<a href="#">齐齐哈尔市人民政府办公室关于印发齐齐哈尔市促进消费若干措施的通知</a></div>
  <div class="zw-con">
{body}
  </div>
  <div class="zw-jd">解读机关：齐齐哈尔市商务局<br>联系电话：0452-2417735</div>
  <div class="zw-xg"><b>相关解读：</b><br>
   <a href="#">图解：齐齐哈尔市促进消费若干措施</a><br>
   <a href="#">一图读懂｜新能源汽车购车补贴怎么领？</a><br>
   <a href="#">《齐齐哈尔市冰雪经济高质量发展实施方案》政策解读</a></div>
  <p style="text-align:center"><a href="#">[打印本页]</a>&nbsp;&nbsp;<a href="#">[关闭窗口]</a></p>
 </div>
</div>
<div id="footer">
 齐齐哈尔市人民政府办公室主办　齐齐哈尔市营商环境建设监督局承办<br>
 网站标识码：2302000002　<a href="#">黑ICP备06003375号</a>　黑公网安备 23020202000098号<br>
 联系我们：0452-2415006
</div>
""")
