from lib import *

PAGE = dict(
    id="xj-32", kind="e-paper", lang="zh",
    title="通化医药高新区一年引进项目27个",
    authors=["孙斌", "姜涛"],
    publish_time="2016-09-22",
    doc_title="吉林日报-通化医药高新区一年引进项目27个",
    pfmt="emsp", hfmt="emspb",
    features="2010s e-paper in nested tables: 版次 list as table rows, 引题 above the 主题 (not title), byline 本报记者 … 通讯员 … "
             "with spaced names on its own line (authors, not body); body paragraphs with U+3000 indents; 本版其它文章 list; "
             "上一期/下一期, PDF link.",
    css="""
body{margin:0;font:12px/1.6 宋体;background:#fff}
table{border-collapse:collapse}
.top td{background:#0b3c7d;color:#fff;padding:6px}
.bm td{border-bottom:1px dotted #999;padding:2px 6px}
.yt{font:16px 黑体;text-align:center;color:#333}
.zt{font:bold 24px 黑体;text-align:center;color:#000;padding:4px 0}
.zz{text-align:center;font:14px 楷体,KaiTi}
.content{font-size:14px;line-height:1.9;padding:8px 16px}
.ft td{text-align:center;color:#666;padding:8px;border-top:1px solid #999}
""",
)

HTML = """
<table width="1000" align="center"><tbody>
<tr class="top"><td><b style="font-size:22px">吉林日报</b> 数字报</td><td align="right">2016-09-22　第05版：经济　<a href="#" style="color:#fff">上一期</a> <a href="#" style="color:#fff">下一期</a></td></tr>
<tr><td valign="top" width="280">
<table class="bm" width="100%"><tbody>
<tr><td><a href="#">第01版：要闻</a></td></tr><tr><td><a href="#">第02版：要闻</a></td></tr><tr><td><a href="#">第03版：要闻</a></td></tr>
<tr><td><a href="#">第04版：经济</a></td></tr><tr><td><a href="#">第05版：经济</a></td></tr><tr><td><a href="#">第06版：县域</a></td></tr>
<tr><td><a href="#">第07版：社会</a></td></tr><tr><td><a href="#">第08版：广告</a></td></tr></tbody></table>
<p><a href="#">本版PDF</a></p>
<p><b>本版其它文章</b><br><a href="#">长春新区新增市场主体1.2万户</a><br><a href="#">吉林市化纤产业集群加快发展</a><br><a href="#">白山：人参产业产值突破百亿元</a></p>
</td><td valign="top">
<table width="100%"><tbody>
<tr><td class="yt">搭建平台 做强产业链</td></tr>
<tr><td class="zt">通化医药高新区一年引进项目27个</td></tr>
<tr><td class="zz">本报记者&nbsp;&nbsp;孙&nbsp;&nbsp;斌&nbsp;&nbsp;&nbsp;&nbsp;通讯员&nbsp;&nbsp;姜&nbsp;&nbsp;涛</td></tr>
<tr><td class="content">
{{BODY}}
</td></tr></tbody></table>
</td></tr>
<tr class="ft"><td colspan="2">吉林日报社主办　版权所有 未经授权禁止复制或建立镜像<br>吉ICP备05002271号</td></tr>
</tbody></table>
"""

BODY = [
    P("今年以来，通化医药高新区围绕医药健康产业“建链、补链、强链”，新引进项目27个，总投资达到86亿元，其中生物药、现代中药项目占到六成以上。"),
    P("在高新区的一家生物制药企业，年产2000万支的疫苗灌装线正在进行设备调试。企业负责人告诉记者，从签约到开工只用了不到4个月，“园区帮我们协调办理了各项审批手续，厂房也是按照我们的要求代建的。”"),
    P("高新区相关负责人介绍，园区投资建设了医药检验检测中心、中试基地等公共服务平台，企业可以共享使用，大大降低了研发成本。同时，园区组建专班，对落地项目实行“一企一策”全程帮办服务。"),
    P("目前，高新区已聚集医药企业86户，形成了从药材种植、研发、生产到流通的完整产业链条。预计到年底，园区医药工业产值将突破200亿元。"),
]
