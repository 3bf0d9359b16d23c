from lib import links, lis, GIF

PAGE = dict(
    id="wi-09", kind="government", lang="zh",
    region="江苏 徐州", site="沛县鹿楼镇人民政府·阳光村务（村务公开栏目）",
    title="杨楼村关于2025年度村集体经营性收益分配方案的公告",
    authors=[],
    publish_time="2025年11月21日",
    head_title="杨楼村关于2025年度村集体经营性收益分配方案的公告",
    features="镇政府网站的“阳光村务”村级公告（2015 年前后的老式页面）：左侧村名列表、标题上方栏目横条、"
             "信息栏“发布者/发布时间/浏览”一行；正文：称呼“全体村民：”、一至四条、三列分配表（含合计行）、联系人电话、署名与日期；"
             "页尾“【打印本页】【关闭窗口】”、附近村公告列表、简易页脚。",
)

BLOCKS = [
    ("p", "全体村民："),
    ("p", "根据《江苏省农村集体经济组织财务管理办法》有关规定，经村“两委”联席会议研究、村务监督委员会审核，并提交2025年11月16日村民代表会议讨论通过，现将我村2025年度村集体经营性收益分配方案公告如下："),
    ("p", "一、收益情况。2025年1月至10月，村集体经营性收入合计186.4万元，主要来源于标准厂房租赁、农贸市场摊位出租和光伏发电收益；扣除管理费用、维修支出等42.7万元，可分配收益143.7万元。"),
    ("p", "二、分配方案。"),
    ("table", [
        ["项目", "金额（万元）", "占比"],
        ["公积公益金", "43.1", "30%"],
        ["村公共服务和基础设施管护", "28.7", "20%"],
        ["集体经济组织成员分红", "71.9", "50%"],
        ["合计", "143.7", "100%"],
    ]),
    ("p", "三、分红标准。全村在册集体经济组织成员2396人，按每人300元标准发放，分红资金于2025年12月底前通过惠民惠农财政补贴资金“一卡通”发放到户。"),
    ("p", "四、公告期限。公告期为2025年11月21日至11月30日。村民如有异议，可在公告期内向村务监督委员会反映。"),
    ("p", "联系人：杨建国　　联系电话：0516-89571206"),
    ("sign", "沛县鹿楼镇杨楼村村民委员会"),
    ("sign", "2025年11月21日"),
]

FMT = {
    "p": "<p>　　{t}</p>",
    "table_wrap": '<table width="90%" border="1" cellspacing="0" cellpadding="3" align="center" style="border-collapse:collapse">{t}</table>',
    "sign": '<p align="right">{t}　　</p>',
}

CSS = """
body{margin:0;background:#d9e7d4 ;font-size:14px;font-family:宋体}
#wrap{width:980px;margin:0 auto;background:#fff}
#banner{height:120px;background:#3b7d2e;color:#fff;font:bold 32px/120px 黑体;padding-left:40px}
#menu{background:#2c6123;height:36px;line-height:36px;padding-left:20px}
#menu a{color:#fff;margin-right:28px}
#left{float:left;width:200px;background:#f1f7ef;min-height:600px}
#left .t{background:#3b7d2e;color:#fff;padding:6px 12px;font-weight:bold}
#left a{display:block;padding:5px 16px;border-bottom:1px dotted #bbb;color:#2c6123}
#right{float:right;width:760px;padding:10px}
.lm{background:url() no-repeat;border-bottom:2px solid #3b7d2e;font-weight:bold;color:#3b7d2e;padding:4px 0}
.bt{font-size:20px;font-weight:bold;text-align:center;padding:18px 0 8px;color:#c00}
.fb{text-align:center;color:#888;font-size:12px;background:#f3f3f3;padding:4px}
.nr{line-height:26px;padding:12px 20px}
.dy{text-align:right;padding:6px 20px}
.more{border-top:1px solid #ccc;padding:8px 20px}
.more li{line-height:24px}
#bottom{clear:both;text-align:center;font-size:12px;background:#3b7d2e;color:#fff;padding:10px;line-height:22px}
"""

CSS = CSS.replace("background:url() no-repeat;", "")


def render(P, body):
    return f"""
<div id="wrap">
<div id="banner">沛县鹿楼镇人民政府</div>
<div id="menu">{links(["网站首页", "鹿楼概况", "政务公开", "阳光村务", "招商引资", "便民服务", "党建之窗"], sep="")}</div>
<div id="left"><div class="t">阳光村务</div>
{links(["鹿楼村", "杨楼村", "朱王庄村", "刘楼村", "郝集村", "王店村", "大屯村", "孟庄村"], sep="")}
</div>
<div id="right">
<div class="lm">阳光村务 &gt;&gt; 杨楼村 &gt;&gt; 村务公开</div>
<div class="bt">{P['title']}</div>
<div class="fb">发布者：杨楼村村民委员会　　发布时间：{P['publish_time']}　　浏览：<b>216</b>次</div>
<div class="nr">
{body}
</div>
<div class="dy"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
<div class="more"><b>相关公告：</b><ul>{lis(["杨楼村2025年10月份财务收支公开", "杨楼村关于2026年度城乡居民医保参保缴费的通知", "朱王庄村2025年度“一事一议”项目公示"])}</ul></div>
</div>
<div id="bottom">
版权所有：沛县鹿楼镇人民政府　地址：沛县鹿楼镇政府路1号　电话：0516-89571001<br>
苏ICP备15042817号-1　技术支持：沛县信息中心
</div>
</div>
"""
