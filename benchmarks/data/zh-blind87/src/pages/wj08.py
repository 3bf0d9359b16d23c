# 林芝市巴宜区鲁朗镇（政府网站乡镇子站，2014 年式）：村务公开，正文含收支表，藏汉双语导航
from blocks import P, H, TABLE, SIGN, DATE, render as rb
from common import doc, links, img, esc

PAGE = {
    "id": "wj-08", "kind": "government", "lang": "zh",
    "title": "鲁朗镇扎西岗村2025年第三季度村务公开",
    "authors": [],
    "publish_time": "2025年11月10日",
    "body": [
        P("根据《村民委员会组织法》和镇党委关于推进村务公开工作的要求，经村“两委”会议研究、村务监督委员会审核，现将扎西岗村2025年第三季度（7月1日至9月30日）村级财务收支及重点工作情况公开如下，接受全体村民监督。"),
        H("一、财务收支情况"),
        TABLE([
            ["项目", "金额（元）", "说明"],
            ["上季度结余", "186,420.50", "—"],
            ["家庭旅馆集体分成收入", "214,800.00", "全村38户家庭旅馆按比例上缴"],
            ["上级专项补助", "60,000.00", "村内步道维修"],
            ["步道及护栏维修支出", "58,760.00", "已验收"],
            ["村干部误工补贴", "12,600.00", "按镇核定标准发放"],
            ["本季度结余", "389,860.50", "存入镇农村集体资金代管账户"],
        ]),
        H("二、重点工作情况"),
        P("1.完成全村草场防火隔离带清理6.2公里，组织村民开展森林草原防火巡查48人次。"),
        P("2.旅游旺季共接待游客约1.9万人次，家庭旅馆户均增收2.3万元。"),
        P("3.为12户困难群众申请临时救助，发放慰问金和取暖物资。"),
        P("村民对以上公开内容如有疑问，可在公开之日起15日内向村务监督委员会或镇纪委反映，联系电话：0894-5821306。"),
        SIGN("扎西岗村村民委员会"),
        SIGN("扎西岗村村务监督委员会"),
        DATE("2025年11月8日"),
    ],
}

CSS = """
body{margin:0;background:#e8e4da;font:12px/1.6 宋体,SimSun,serif;color:#333}
a{color:#2b3f63;text-decoration:none}
#wrap{width:960px;margin:0 auto;background:#fff}
#top{height:28px;line-height:28px;background:#f5f1e8;border-bottom:1px solid #ddd;padding:0 10px}
#top span{float:right}
#logo{height:130px;background:#3b6b96}
#menu{background:#244a73;height:36px;line-height:36px;padding-left:10px}#menu a{color:#fff;font-size:14px;margin-right:22px}
#menu2{background:#f2efe6;padding:4px 10px;font-size:13px}
.cols{overflow:hidden;padding:10px}
.sidebar{float:left;width:210px}.sidebar dl{border:1px solid #cfc7b3;margin:0 0 10px}.sidebar dt{background:#3b6b96;color:#fff;font-weight:bold;padding:4px 8px}.sidebar dd{margin:0;padding:3px 10px;border-bottom:1px dotted #ddd}
.main{float:right;width:718px;border:1px solid #cfc7b3;min-height:600px}
.where{background:#f5f1e8;padding:5px 10px;border-bottom:1px solid #cfc7b3}
.main h1{font-size:18px;text-align:center;margin:18px 0 6px;color:#244a73}
.info{text-align:center;color:#888;padding-bottom:8px;border-bottom:1px solid #eee}
.article{padding:12px 26px;font-size:14px;line-height:26px}.article p{text-indent:2em;margin:4px 0}.article h4{margin:8px 0;font-size:14px}
.article table{border-collapse:collapse;width:100%;font-size:13px}.article td{border:1px solid #777;padding:3px 6px}
#foot{clear:both;background:#244a73;color:#dfe6ef;text-align:center;padding:10px;line-height:22px}
"""


def render(p):
    body = rb(p["body"], h="<h4>{}</h4>", table=('<table cellpadding="0" cellspacing="0">', "</table>"),
              th="<td><b>{}</b></td>",
              sign='<p align="right" style="padding-right:2em">{}</p>', date='<p align="right" style="padding-right:3em">{}</p>')
    return doc(p["title"], CSS, f"""
<div id="wrap">
<div id="top"><span><a href="#">巴宜区人民政府</a> | <a href="#">林芝市人民政府</a> | <a href="#">无障碍</a></span>今天是：2025年11月10日</div>
<div id="logo">{img("林芝市巴宜区鲁朗镇人民政府")}</div>
<div id="menu">{links(["首 页", "鲁朗概况", "党建工作", "政务公开", "村务公开", "旅游鲁朗", "办事指南", "书记信箱"], '<a href="#">{}</a>', '')}</div>
<div id="menu2">{links(["ཤོག་ངོས་དང་པོ།", "བོད་ཡིག་པར་གཞི།", "汉文版"], '<a href="#">{}</a>', '　')}　　<input type="text" value=""> <input type="button" value="检索"></div>
<div class="cols">
<div class="sidebar">
<dl><dt>村务公开</dt>{links(["扎西岗村", "东巴村", "罗木村", "拉月村", "仲萨村", "米麦村"], '<dd>· <a href="#">{}</a></dd>', '')}</dl>
<dl><dt>联系我们</dt><dd>党政办：0894-5821108</dd><dd>地址：巴宜区鲁朗镇318国道旁</dd></dl>
</div>
<div class="main">
<div class="where">当前位置：<a href="#">首页</a> &raquo; <a href="#">村务公开</a> &raquo; <a href="#">扎西岗村</a></div>
<h1>{esc(p["title"])}</h1>
<div class="info">发布时间：{p["publish_time"]}　　发布单位：鲁朗镇人民政府　　阅读：<b>215</b>次</div>
<div class="article">
{body}
</div>
<p align="center"><a href="#">【打印此页】</a>　<a href="#">【返回顶部】</a>　<a href="#">【关闭窗口】</a></p>
</div></div>
<div id="foot">主办：林芝市巴宜区鲁朗镇人民政府　　承办：巴宜区政务服务和大数据中心<br>
Copyright &copy; 2014-2025　藏ICP备07000274号-5　网站标识码：5404020011</div>
</div>
""")
