PAGE = dict(
    id="wg-07", kind="government", lang="zh",
    site="通山县人民政府网 · 乡镇频道 · 洪港镇 · 村务公开（2020 年绿色模板）",
    features="县政府网乡镇频道：乡镇名横幅+乡镇子导航；村务公示，信息栏用“日期/信息来源/阅读次数”；五列表格（含合计行）；"
             "公示时间、联系电话为正文；村委会署名与日期；附件提示；页脚",
    title="江源村2025年村级公益事业一事一议财政奖补项目公示",
    authors=[],
    publish_time="2025-03-17",
    head_title="江源村2025年村级公益事业一事一议财政奖补项目公示 - 洪港镇 - 通山县人民政府",
    CSS="""
body{margin:0;font:14px/1.8 "Microsoft YaHei";color:#333;background:#f6faf6}
.gtop{background:#1b7a44;color:#fff;font-size:13px}
.gtop .c{width:1200px;margin:0 auto;display:flex;justify-content:space-between;line-height:36px}
.gtop a{color:#fff;margin-left:14px}
.xz{width:1200px;margin:0 auto;height:120px;background:#e1f2e6;position:relative}
.xz b{position:absolute;left:40px;top:30px;font-size:34px;color:#1b7a44}
.xz i{position:absolute;left:44px;top:80px;font-style:normal;color:#4a8}
.xnav{width:1200px;margin:0 auto;background:#2a9457;display:flex}
.xnav a{color:#fff;padding:0 22px;line-height:44px}
.crumb{width:1200px;margin:12px auto;font-size:13px}
.detail{width:1200px;margin:0 auto;background:#fff;padding:30px 80px;box-sizing:border-box;border-top:3px solid #2a9457}
.detail .h{font-size:24px;font-weight:bold;text-align:center}
.detail .d{display:flex;justify-content:center;gap:30px;color:#999;font-size:13px;margin:12px 0 20px;border-bottom:1px solid #eee;padding-bottom:10px}
.detail .d a{color:#999}
.body table{border-collapse:collapse;margin:0 auto}
.body td{border:1px solid #333;padding:4px 6px;font-size:14px}
.fjts{color:#c60;margin-top:12px}
.bot{background:#333;color:#bbb;font-size:12px;text-align:center;padding:20px 0;margin-top:30px}
""",
    STYLE={
        "p": '<p style="text-indent:2em;margin:6px 0;">{t}</p>',
        "table_open": '<table width="90%"><tbody>',
        "table_close": "</tbody></table>",
        "th": '<td style="text-align:center;font-weight:bold;background:#f0f0f0;">{t}</td>',
        "td": '<td style="text-align:center;">{t}</td>',
        "sig": '<p style="text-align:right;margin:4px 0;">{t}</p>',
    },
    TEMPLATE="""
<div class="gtop"><div class="c"><span>通山县人民政府 | 洪港镇</span><span><a href="#">返回县政府首页</a><a href="#">无障碍</a><a href="#">关怀版</a><a href="#">智能问答</a></span></div></div>
<div class="xz"><b>洪港镇</b><i>山水洪港 · 生态家园</i></div>
<div class="xnav"><a href="#">乡镇首页</a><a href="#">乡镇概况</a><a href="#">工作动态</a><a href="#">通知公告</a><a href="#">村务公开</a><a href="#">财务公开</a><a href="#">办事指南</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> / <a href="#">乡镇频道</a> / <a href="#">洪港镇</a> / <a href="#">村务公开</a></div>
<div class="detail">
<div class="h">江源村2025年村级公益事业一事一议财政奖补项目公示</div>
<div class="d"><span>日期：2025-03-17</span><span>信息来源：洪港镇江源村村民委员会</span><span>阅读次数：</span><span><a href="#">打印</a></span></div>
<div class="body">
{{BODY}}
</div>
<div class="fjts">附件：<a href="#">江源村一事一议项目村民代表大会决议（扫描件）.pdf</a></div>
</div>
<div class="bot">
<p>主办：通山县人民政府办公室　承办：洪港镇人民政府　技术支持：通山县融媒体中心</p>
<p>鄂ICP备09010372号-1　鄂公网安备 42122402000035号　政府网站标识码：4212240012</p>
</div>
""",
    BODY="""
p: 根据《通山县村级公益事业建设一事一议财政奖补项目管理办法》，经江源村村民代表大会讨论通过，现将我村2025年一事一议财政奖补项目有关情况公示如下：
tr: 项目名称 | 建设内容 | 总投资（万元） | 申请奖补（万元） | 村民自筹（万元）
tr: 三组至五组通组公路硬化 | 硬化道路1.2公里，宽3.5米 | 42.6 | 30.0 | 12.6
tr: 中心塘堰清淤护砌 | 清淤2800立方米，护砌180米 | 18.4 | 12.0 | 6.4
tr: 合计 | — | 61.0 | 42.0 | 19.0
p: 村民自筹部分按每人每年不超过20元的标准筹集，不足部分由村集体经济收入和社会捐资解决，投工投劳由各村民小组统筹安排。项目建成后由村委会负责日常管护。
p: 公示时间：2025年3月17日至3月23日。
p: 公示期间，村民对项目建设内容、筹资筹劳方案等有异议的，可向村务监督委员会或洪港镇农村经营管理站反映。
p: 洪港镇农村经营管理站电话：0715-2361108
sig: 通山县洪港镇江源村村民委员会
sig: 2025年3月17日
""",
)
