from lib import *

NOTES = "Township site (Guangxi), 2012 table layout, 村务公开 column: village finance disclosure with an income/expense table (header row and 合计 row are body), numbered 其他事项 lines, joint 署名 of two village bodies and a date; info bar with seconds and 点击 count; 村务公开 link list and a 2010s footer with 版权所有/ICP."

META = dict(id="xy-07", kind="government", lang="zh",
            title="那满镇新立村2025年5月村级财务收支公开",
            authors=[],
            publish_time="2025-06-13 09:47:32")

DOCTYPE = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
HEAD_TITLE = "那满镇新立村2025年5月村级财务收支公开--田东县那满镇人民政府"

CSS = """
body{margin:0;padding:0;background:#d7e4c9;font-size:12px;font-family:宋体}
a{color:#333;text-decoration:none}
#wrap{width:960px;margin:0 auto;background:#fff}
#head{height:120px;background:#3b7a2a;color:#fff;font-size:28px;font-weight:bold;line-height:120px;padding-left:40px}
#menu{background:#2d5f20;height:32px;line-height:32px}
#menu a{color:#fff;font-size:14px;margin:0 16px}
#date_bar{height:26px;line-height:26px;background:#eef5e6;padding-left:10px;color:#555}
.left_col{width:220px;vertical-align:top;background:#f5f9f0;border-right:1px solid #cfdcc1}
.left_col .lm{background:#3b7a2a;color:#fff;font-weight:bold;padding:6px}
.left_col div.i{padding:5px 10px;border-bottom:1px dashed #cfdcc1}
.cont_td{vertical-align:top;padding:10px 20px}
.lujing{border-bottom:1px solid #3b7a2a;padding:4px 0;color:#555}
.news_tit{font-size:18px;font-weight:bold;text-align:center;padding:16px 0 8px;color:#1d4f12}
.news_info{text-align:center;color:#888;padding-bottom:8px;border-bottom:1px dashed #aaa}
.news_cont{font-size:14px;line-height:26px;padding:10px 0}
.news_cont p{margin:4px 0;text-indent:2em}
.news_cont p.rt{text-align:right;text-indent:0}
.cw{border-collapse:collapse;margin:8px auto;width:90%}
.cw td{border:1px solid #777;padding:3px 6px;font-size:13px}
#foot{background:#3b7a2a;color:#e4f0da;text-align:center;line-height:22px;padding:8px}
"""

R = {
    "P": lambda t, kw: f"<p>{t}</p>",
    "H": lambda t, kw: f"<p><b>{t}</b></p>",
    "L": lambda items, kw: "\n".join(f"<p>{i}</p>" for i in items),
    "T": lambda rows, kw: '<table class="cw">' + "".join("<tr>" + "".join(f'<td align="{"left" if j == 0 else "right"}">{c}</td>' for j, c in enumerate(r)) + "</tr>" for r in rows) + "</table>",
    "SIGN": lambda t, kw: f'<p class="rt">{t}</p>',
    "DT": lambda t, kw: f'<p class="rt">{t}</p>',
}

BLOCKS = [
    P("根据村务公开有关规定，经村务监督委员会审核，现将新立村2025年5月村级财务收支情况公开如下，接受全体村民监督。"),
    H("一、本月收支情况（单位：元）"),
    T([["项目", "本月收入", "本月支出"],
       ["上月结余", "86,412.35", ""],
       ["上级转移支付（村级运转经费）", "25,000.00", ""],
       ["村集体经济收入（芒果基地租金）", "18,600.00", ""],
       ["村干部误工补贴", "", "12,800.00"],
       ["屯级道路维修（那坡屯）", "", "9,450.00"],
       ["村委办公及水电费", "", "1,236.50"],
       ["合计", "130,012.35", "23,486.50"]]),
    P("本月末结余：106,525.85元。"),
    H("二、其他公开事项"),
    L(["1. 那坡屯道路维修工程已于5月20日完工，经村民代表验收合格，施工方为本村村民施工队。",
       "2. 2025年度城乡居民医疗保险参保率为98.6%，未参保人员名单已在各屯公开栏张贴。",
       "3. 芒果基地2025年租金已全部到账，按村民代表会议决议，其中40%用于村内公益事业。"]),
    P("村民如对公开内容有疑问，可在公开之日起10日内向村务监督委员会反映，监督电话：0776-5301287。"),
    SIGN("新立村村民委员会　新立村村务监督委员会"),
    DT("2025年6月12日"),
]


def frame(M, body):
    return f"""<body>
<div id="wrap">
<div id="head">田东县那满镇人民政府</div>
<div id="menu"><a href="#">首页</a><a href="#">镇情概况</a><a href="#">政务动态</a><a href="#">政务公开</a><a href="#">村务公开</a><a href="#">办事指南</a><a href="#">公众留言</a></div>
<div id="date_bar">今天是：2025年6月13日　星期五</div>
<table width="960" cellpadding="0" cellspacing="0" border="0"><tr>
<td class="left_col">
<div class="lm">村务公开</div>
<div class="i"><a href="#">·那满村5月财务收支公开</a></div>
<div class="i"><a href="#">·新立村2025年4月村级财务收支公开</a></div>
<div class="i"><a href="#">·定林村“一事一议”项目公示</a></div>
<div class="i"><a href="#">·渠杰村低保评议结果公示</a></div>
</td>
<td class="cont_td">
<div class="lujing">当前位置：<a href="#">首页</a> → <a href="#">村务公开</a> → 正文</div>
<div class="news_tit">{M["title"]}</div>
<div class="news_info">信息来源：那满镇人民政府　　发布时间：{M["publish_time"]}　　点击：86</div>
<div class="news_cont">
{body}
</div>
<div style="text-align:right">【<a href="#">打印此页</a>】【<a href="#">关闭窗口</a>】</div>
</td></tr></table>
<div id="foot">版权所有：田东县那满镇人民政府　地址：田东县那满镇那满街27号　电话：0776-5301002<br>桂ICP备12003568号-2</div>
</div>
</body>"""
