PAGE = dict(
    id="wg-06", kind="government", lang="zh",
    site="于都县人民政府网 · 乡镇动态（老式文章系统，嵌套表格，左栏热门文章）",
    features="嵌套表格布局，左栏“热门文章/推荐文章”在正文前；标题含“禾丰镇：”前缀；信息行“文章来源/作者/点击数/更新时间”（日期不补零）；"
             "小标题内含全角空格；【字体：小 大】【发表评论】【打印此文】【关闭窗口】；上一篇文章/下一篇文章；网友评论提示；页脚",
    title="禾丰镇：“党建+合作社”激活富硒蔬菜产业",
    authors=["刘春华", "钟敏"],
    publish_time="2025-3-18",
    head_title="禾丰镇：“党建+合作社”激活富硒蔬菜产业--于都县人民政府网",
    DOCTYPE='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    CSS="""
body{margin:0;background:#fff;font-size:12px;line-height:150%}
td{font-size:12px}
a{color:#000;text-decoration:none}
.bn{background:#0e5c2f;height:110px;color:#fff;font-size:30px;font-family:隶书;text-align:center}
.mn td{background:#178043;height:30px;text-align:center}
.mn a{color:#fff;font-weight:bold}
.lt{border:1px solid #9c9;background:#f3fbf3}
.lt .tt{background:#bde2bd;font-weight:bold;height:24px;padding-left:8px}
.at{font-size:18px;font-weight:bold;color:#c00;text-align:center;height:40px}
.ai{text-align:center;color:#666;border-bottom:1px dashed #999;height:26px}
.ac{font-size:14px;line-height:200%;padding:10px}
.bt{text-align:right;padding:6px}
.ft{background:#0e5c2f;color:#fff;text-align:center;padding:8px;line-height:22px}
""",
    STYLE={"p": "<p>　　{t}</p>", "h": "<p>　　<b>{t}</b></p>", "sep": "\n"},
    TEMPLATE="""
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="bn">于都县人民政府网</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="1" class="mn"><tr>
<td><a href="#">首页</a></td><td><a href="#">于都概况</a></td><td><a href="#">政务要闻</a></td><td><a href="#">乡镇动态</a></td><td><a href="#">部门动态</a></td><td><a href="#">信息公开</a></td><td><a href="#">网上办事</a></td><td><a href="#">县长信箱</a></td>
</tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="28">&nbsp;当前位置：<a href="#">于都县人民政府网</a> &gt;&gt; <a href="#">新闻中心</a> &gt;&gt; <a href="#">乡镇动态</a> &gt;&gt; 正文</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="220" valign="top">
<table width="210" class="lt" cellpadding="0" cellspacing="0">
<tr><td class="tt">热门文章</td></tr>
<tr><td>・<a href="#">县政府召开第58次常务会议</a><br>・<a href="#">我县全面推进春季植树造林</a><br>・<a href="#">银坑镇开展安全生产大排查</a><br>・<a href="#">于都脐橙春季管护技术要点</a></td></tr>
<tr><td class="tt">推荐文章</td></tr>
<tr><td>・<a href="#">梓山镇：蔬菜大棚里的“春天”</a><br>・<a href="#">岭背镇新建5座村级光伏电站</a></td></tr>
</table>
</td>
<td width="740" valign="top">
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td class="at">禾丰镇：“党建+合作社”激活富硒蔬菜产业</td></tr>
<tr><td class="ai">文章来源：禾丰镇人民政府　　作者：刘春华 钟敏　　点击数：　　更新时间：2025-3-18</td></tr>
<tr><td class="ac">
{{BODY}}
</td></tr>
<tr><td class="bt">【字体：<a href="#">小</a> <a href="#">大</a>】【<a href="#">发表评论</a>】【<a href="#">加入收藏</a>】【<a href="#">打印此文</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td>上一篇文章：<a href="#">禾丰镇召开2025年度安全生产工作会议</a><br>下一篇文章：<a href="#">禾丰镇组织开展春季动物防疫工作</a></td></tr>
<tr><td><b>网友评论：</b>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr>
</table>
</td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="ft">
主办：于都县人民政府办公室　承办：于都县融媒体中心<br>
Copyright &copy; 2012-2025 All Rights Reserved　赣ICP备05011298号　网站标识码：3607310003</td></tr></table>
""",
    BODY="""
p: 初春时节，走进禾丰镇的富硒蔬菜基地，一排排大棚整齐排列，菜农们正忙着采摘、分拣、装箱，一派繁忙景象。
p: 近年来，禾丰镇坚持党建引领，推行“党支部+合作社+基地+农户”模式，由村党支部领办蔬菜专业合作社，统一提供种苗、技术、农资和销售服务，带动群众发展富硒蔬菜产业。目前，全镇蔬菜种植面积达4600亩，其中大棚蔬菜1800亩，年产值超过6000万元。
h: 支部领着干　群众跟着赚
p: 在下坪村，村党支部书记钟德明带领党员干部成立蔬菜合作社，流转土地320亩，建成钢架大棚150个。“过去村民各自种、各自卖，价格上不去。现在合作社统一对接超市和批发市场，辣椒、豆角每斤能多卖三四毛钱。”钟德明说。
h: 技术送到田　销路不用愁
p: 镇里聘请县农业农村局技术人员担任产业指导员，每月开展田间课堂两次，今年以来已培训菜农380余人次。同时，镇里与粤港澳大湾区3家农产品流通企业签订长期供货协议，合作社每天发往深圳、东莞的蔬菜达15吨以上。
p: 据了解，下一步，禾丰镇将继续扩大设施蔬菜种植规模，建设冷链仓储和分拣中心，打造“种植—加工—销售”全链条，让富硒蔬菜真正成为群众增收致富的“金钥匙”。
""",
)
