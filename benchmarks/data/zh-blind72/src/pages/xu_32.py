from lib import *

META = dict(
    id="xu-32", kind="e-paper", lang="zh",
    title="家门口的“共富工坊”",
    authors=["王晓燕"],
    publish_time="2025年9月11日 星期四",
)
FEATURES = ("宁夏 daily e-paper in a 2012 table template (invented 贺兰山日报): 版面 select box, 第03版 label with date, "
            "标题导航 list of the page's articles, 主题 + ——副题 stack, □本报记者 … 文/图 byline line, photo caption, "
            "short 主题 that is easy to miss next to the long 副题, 上一篇/下一篇 and 返回目录, footer.")

BODY = [
    P("走进红寺堡区柳泉乡永新村的“共富工坊”，缝纫机的嗒嗒声此起彼伏。30多名妇女坐在工位前，熟练地缝制着出口欧洲的户外帐篷。"),
    P("“以前在家带孩子、做家务，一分钱收入都没有。现在在村里上班，早上送完孩子过来，下午放学前就能下班，一个月能挣3000多元。”正在赶工的村民马小梅说。"),
    P("马小梅家是2012年从西吉县搬迁过来的。刚搬来时，丈夫常年在外打工，她一个人照顾两个孩子和生病的婆婆，日子过得紧巴巴。三年前村里办起了工坊，她第一批报了名，从最简单的剪线头干起，现在已经是工坊里的技术骨干，去年家里盖起了新房。"),
    IMG("永新村“共富工坊”里，村民在缝制帐篷", "永新村“共富工坊”里，村民在缝制帐篷。"),
    P("红寺堡区是全国最大的易地生态移民集中安置区。搬迁群众多、劳动力多、就业需求大，是当地长期面临的难题。近年来，红寺堡区利用村里闲置的学校、村部等场所，引进服装加工、电子组装、手工编织等劳动密集型企业，建设村级就业帮扶车间，去年统一命名为“共富工坊”。"),
    P("“企业出订单、出技术，村里出场地、出人，政府给培训补贴和场地租金补助。”区人社局相关负责人介绍，目前全区已建成“共富工坊”46个，吸纳2100余名群众就近就业，其中妇女占七成以上。"),
    P("在大河乡的电子组装工坊，记者见到了刚从福建打工回来的90后小伙马军。他去年回乡后在工坊当上了生产组长，负责30多人的生产调度。“在外面一个月挣五六千，除去房租生活费剩不下多少。现在在家门口挣四千多，还能照顾父母，我觉得挺值。”马军说，今年工坊又招了十几个年轻人，大家都愿意留在家乡干。"),
    P("为让工坊“留得住、办得好”，红寺堡区还出台了支持政策：对吸纳搬迁群众就业的工坊，按每人每月200元给予岗位补贴；对新建工坊给予最高10万元的一次性建设补助；人社部门定期组织缝纫、电工等技能培训，培训合格的群众优先推荐到工坊就业。"),
    P("工坊也在不断“升级”。永新村的帐篷加工企业今年新上了自动裁床，订单量比去年翻了一番；大河乡的一个工坊引进了光伏组件接线盒组装业务，工人月均收入达到4000元。"),
    P("“下一步，我们将推动‘共富工坊’与特色产业结合，发展枸杞、黄花菜等农产品初加工，让群众在家门口有更多的就业选择。”这位负责人说。"),
]

CSS = """
body{margin:0;background:#fff;font-size:12px;font-family:宋体}
table{border-collapse:collapse}
.bg1{background:#eef3f8}
.dh{font-size:12px;color:#333;padding:4px}
.mast{font:bold 32px 隶书,LiSu,serif;color:#004c99;padding:8px 16px}
.bmmc{font-size:14px;font-weight:bold;color:#004c99}
.btdh td{padding:3px 6px;border-bottom:1px dotted #ccc}
.zt{font:bold 24px 黑体;text-align:center;padding:16px 0 4px;color:#000}
.ft{font-size:16px;text-align:center;color:#333;font-family:楷体,KaiTi}
.zz{text-align:center;font-size:14px;padding:6px}
.nr{font-size:14px;line-height:24px;padding:6px 20px}
.nr p{text-indent:2em;margin:8px 0}
.nr .tu{text-align:center;text-indent:0}
.nr .tz{text-align:center;text-indent:0;font-family:楷体,KaiTi}
.bot{text-align:center;color:#666;padding:10px;border-top:1px solid #004c99}
"""


def html():
    body = render(BODY, img='<p class="tu"><img alt="{alt}"{src}></p>', cap='<p class="tz">{}</p>')
    t = META["title"]
    return doc(t, CSS, f"""
<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td class="mast" colspan="2">贺兰山日报</td></tr>
<tr class="bg1"><td class="dh">2025年9月11日　星期四　<a href="#">首页</a> | <a href="#">上一期</a> | <a href="#">下一期</a> | <a href="#">往期检索</a></td>
<td class="dh" align="right">版面选择：<select><option>第01版：要闻</option><option>第02版：综合</option><option selected>第03版：经济</option><option>第04版：社会</option></select></td></tr>
<tr><td width="300" valign="top" style="border-right:1px solid #ccc;padding:6px">
 <div class="bmmc">第03版：经济</div>
 <img alt="版面缩略图" src="{GIF}" width="280" height="380">
 <table class="btdh" width="100%"><tr><td><b>标题导航</b></td></tr>
 <tr><td>· <a href="#">家门口的“共富工坊”</a></td></tr>
 <tr><td>· <a href="#">吴忠前8个月外贸进出口增长12.3%</a></td></tr>
 <tr><td>· <a href="#">中卫“硒砂瓜”品牌价值再创新高</a></td></tr>
 <tr><td>· <a href="#">石嘴山老工业区焕发新活力</a></td></tr>
 </table>
</td>
<td valign="top">
 <table width="100%">
 <tr><td class="zt">{e(t)}</td></tr>
 <tr><td class="ft">——红寺堡区发展村级就业帮扶车间见闻</td></tr>
 <tr><td class="zz">□本报记者 王晓燕 文/图</td></tr>
 <tr><td class="nr">
{body}
 </td></tr>
 <tr><td style="padding:10px 20px"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></td></tr>
 </table>
</td></tr>
<tr><td class="bot" colspan="2">贺兰山日报社 版权所有　未经书面授权，不得转载　宁ICP备06000872号<br>地址：银川市金凤区阅海西路18号　新闻热线：0951-5088210</td></tr>
</table>
""")
