from blocks import *
from furniture import *

ID, KIND, LANG = "xn-04", "government", "zh"
SITE = "南宁市青秀区人民政府（区政府门户，通知公告栏目）"
DOC_TITLE = "青秀区2024年度“优秀网格员”拟推荐人选公示-通知公告-南宁市青秀区人民政府门户网站"
TITLE = "青秀区2024年度“优秀网格员”拟推荐人选公示"
AUTHORS = []
PUBLISH_TIME = "2024年12月16日"
FEATURES = ("公示 with the list pasted as a text table: rows in one <p> broken by <br>, columns padded with runs of "
            "&nbsp; (gold: one paragraph per row, cells joined by one space); date in 日期：… 来源：… 点击量：… with a "
            "weekday-free Chinese date; 署名 and date at the end (body); 长者模式 and 无障碍 links; 扫一扫 QR.")

CSS = """
body{margin:0;font:14px/1.9 "Microsoft YaHei";color:#222}
.top{border-bottom:3px solid #b2001f;padding:10px 60px}.top span{font-size:28px;color:#b2001f}
.bar{float:right;font-size:12px}
.nav{background:#b2001f;padding:8px 60px}.nav a{color:#fff;margin-right:28px}
.main{width:1000px;margin:20px auto}
h2.tt{text-align:center;font-size:22px}
.attr{text-align:center;font-size:12px;color:#777;background:#f6f6f6}
.txt p{margin:10px 0}
.txtb{font-family:SimSun;font-size:14px}
.right{text-align:right}
.ft{background:#333;color:#aaa;padding:16px 60px;font-size:12px}
"""

BODY = [
    P("根据《青秀区网格化服务管理工作考核办法》，经各街道（镇）推荐、区网格化服务管理中心审核，拟推荐以下10名同志为青秀区2024年度“优秀网格员”人选，现予以公示。", indent=IND),
    TEXTTABLE([
        ["序号", "姓名", "性别", "所在单位", "网格名称"],
        ["1", "韦春燕", "女", "新竹街道", "竹溪社区第3网格"],
        ["2", "黄俊杰", "男", "中山街道", "桃源社区第1网格"],
        ["3", "农秋菊", "女", "建政街道", "古城社区第6网格"],
        ["4", "梁家豪", "男", "津头街道", "金湖社区第2网格"],
        ["5", "蒙小兰", "女", "南湖街道", "茶花园社区第4网格"],
        ["6", "陆海波", "男", "仙葫经济开发区", "莲花社区第5网格"],
        ["7", "覃丽娟", "女", "刘圩镇", "刘圩社区第1网格"],
        ["8", "潘志明", "男", "伶俐镇", "伶俐社区第3网格"],
        ["9", "李文静", "女", "长塘镇", "长塘社区第2网格"],
        ["10", "莫德华", "男", "南阳镇", "南阳社区第7网格"],
    ], cls="txtb"),
    P("公示时间：2024年12月16日至12月20日（5个工作日）。", indent=IND),
    P("公示期间，如对拟推荐人选有异议，可通过来电、来信、来访等方式向区网格化服务管理中心反映。反映情况要实事求是，以单位名义反映的应加盖公章，以个人名义反映的提倡署报真实姓名和联系方式，以便调查核实。", indent=IND),
    P("联系电话：0771-5716238", indent=IND),
    P("通信地址：南宁市青秀区民族大道103号区网格化服务管理中心综合科", indent=IND),
    P("青秀区网格化服务管理中心", cls="right"),
    P("2024年12月16日", cls="right"),
]


def page(body):
    return f"""<body>
<div class="top"><span><img alt="国徽"> 南宁市青秀区人民政府门户网站</span>
<div class="bar"><a href="#">首页</a> | <a href="#">长者模式</a> | <a href="#">无障碍</a> | <a href="#">智能问答</a>{search("请输入您要搜索的内容")}</div></div>
<div class="nav"><a href="#">首页</a><a href="#">走进青秀</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a><a href="#">专题专栏</a></div>
<div class="main">
<div class="crumb">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">通知公告</a></div>
<h2 class="tt">{TITLE}</h2>
<div class="attr">日期：{PUBLISH_TIME}　　来源：青秀区网格化服务管理中心　　点击量：836　　字号：<a href="#">T</a> <a href="#">T</a> <a href="#">T</a></div>
<div class="txt">
{body}
</div>
{share("分享到：", ("微信","微博","QQ"))}
<div class="qrx"><img src="{QR_GIF}" alt=""><p>扫一扫在手机打开当前页</p></div>
<p><a href="#">【打印本页】</a>　<a href="#">【关闭窗口】</a></p>
</div>
<div class="ft">
<p><a href="#">网站地图</a>　<a href="#">联系我们</a>　<a href="#">网站声明</a></p>
<p>主办：南宁市青秀区人民政府办公室　承办：南宁市青秀区大数据发展局　联系电话：0771-5716001</p>
<p>桂ICP备13004512号　桂公网安备45010302000391号　网站标识码：4501030009</p>
</div>
</body>"""
