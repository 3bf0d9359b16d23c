from lib import *

PAGE = dict(
    id="xv-08", kind="government", lang="zh",
    title="永丰村2016年第三季度村级财务收支情况公开",
    authors=[], publish_time="2016.09.21",
    doc_title="永丰村2016年第三季度村级财务收支情况公开--眉山市东坡区崇礼镇人民政府",
    css=GOV_OLD,
)
CSS = """
.banner{background:#2f6b2f}
.nav{background:#245224}
.tit{color:#245224}
table.dt{width:90%}
table.dt td{text-align:center}
.lfl td{border-bottom:1px dotted #bbb;height:22px}
"""

BODY = """
p 根据《四川省村务公开条例》和镇党委、政府关于村务公开工作的有关要求，现将永丰村2016年第三季度（截至9月20日）村级财务收支情况公开如下，接受全体村民监督。
th 项目 | 金额（元） | 备注
tr 一、上期结余 | 48632.50 | 截至2016年6月30日
tr 二、本期收入 | 126400.00 | 转移支付、村集体资产租赁收入等
tr 三、本期支出 | 97218.30 | 见下列明细
tr 其中：村组干部报酬 | 36000.00 | 按镇核定标准发放
tr 　　　办公及水电费 | 4826.30 | 含报刊订阅
tr 　　　道路维修 | 41392.00 | 三组、六组机耕道维修
tr 　　　环境卫生 | 15000.00 | 保洁员工资及垃圾清运
tr 四、本期结余 | 77814.20 | 
p 以上各项收支均经村务监督委员会审核，相关票据存放于村便民服务室，村民可在工作日到村委会查阅。如对公开内容有疑问，请于公开之日起10日内向村务监督委员会或镇农村经营管理站反映。
p 村务监督委员会联系人：杨志华，电话：138xxxx6620；镇农经站监督电话：028-3831xx07。
sign 崇礼镇永丰村民委员会
sign 崇礼镇永丰村村务监督委员会
date 2016年9月21日
"""


def page(body):
    lf = "".join(f'<tr><td>·<a href="#">{t}</a></td></tr>' for t in [
        "永丰村2016年第二季度村级财务收支情况公开", "永丰村2016年低保评议结果公示", "永丰村村规民约（修订）",
        "永丰村2016年一事一议项目公示", "永丰村“两委”班子成员分工"])
    return f"""
<table class="top" width="100%" cellspacing="0" cellpadding="0"><tr><td>&nbsp;今天是：2016年9月23日</td>
<td align="right"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">联系我们</a>&nbsp;</td></tr></table>
<table class="banner" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">{img("眉山市东坡区崇礼镇人民政府", 640, 90)}</td></tr></table>
<table class="nav" width="100%"><tr><td align="center"><a href="#">网站首页</a><a href="#">崇礼概况</a><a href="#">政务动态</a><a href="#">政务公开</a><a href="#">村务公开</a><a href="#">便民服务</a><a href="#">招商引资</a></td></tr></table>
<table class="main" width="980" align="center" cellspacing="0" cellpadding="0"><tr>
<td width="220" valign="top"><table class="lfl" width="100%"><tr><td><b>村务公开</b></td></tr>{lf}</table>
<p>镇政府值班电话：028-3831xx00</p></td>
<td width="20"></td>
<td valign="top">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">村务公开</a> &gt; <a href="#">永丰村</a></div>
<div class="tit">永丰村2016年第三季度村级财务收支情况公开</div>
<div class="info">时间：2016.09.21　　作者：　　来源：永丰村　　阅读：<span>217</span>次</div>
<div class="content">
{body}
</div>
<p align="right"><a href="#">[打印本页]</a> <a href="#">[关闭窗口]</a></p>
</td></tr></table>
<div class="foot">
<p>崇礼镇人民政府 版权所有　　地址：眉山市东坡区崇礼镇xx街56号　　电话：028-3831xx00</p>
<p>蜀ICP备12018845号　　技术支持：眉山某某网络科技有限公司</p>
</div>
"""
