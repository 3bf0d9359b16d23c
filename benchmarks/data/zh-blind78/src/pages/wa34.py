ID = "wa-34"
KIND = "e-paper"
LANG = "zh"
TITLE = "我市为企业减负降本1.3亿元"
AUTHORS = ["陈东", "刘慧敏"]
DATE = "2025年4月19日 星期六"
NOTES = "City daily 电子版 (2011 table layout): date with weekday in the header, 第03版：综合新闻, 引题 above the 主题 in one table, no byline line — the reporters appear only as a closing （陈东 刘慧敏） at the end of the last paragraph (stays in that paragraph; they are the authors), a bulleted list of measures, 上一篇/下一篇/返回目录, 版面导航 at the bottom, footer."

CSS = r'''
body{margin:0;font-size:12px;background:#efefef}
.lx-top{background:#2c4f7c;height:80px;color:#fff}
.lx-nav td{background:#c9d5e4;height:26px}
.lx-yt{font-size:16px;text-align:center;color:#333;padding-top:16px}
.lx-zt{font-size:26px;font-weight:bold;text-align:center;font-family:"黑体";padding:6px 0 18px}
.lx-zw{font-size:14px;line-height:26px;padding:0 30px}
.lx-zw p{text-indent:2em;margin:4px 0}
.lx-zw ul{margin:4px 0 4px 3em}
.lx-bm td{line-height:22px}
.lx-ft{text-align:center;color:#555;line-height:22px}
'''

TEMPLATE = r'''<html>
<head>
<meta charset="utf-8">
<title>鹿乡日报电子版</title>
<style>
{{CSS}}
</style>
</head>
<body>
<table width="960" align="center" cellspacing="0" cellpadding="0" bgcolor="#ffffff">
<tr><td class="lx-top">
<table width="100%"><tr><td style="font-size:32px;color:#fff;font-family:'黑体'">&nbsp;鹿乡日报</td><td align="right" style="color:#fff">2025年4月19日 星期六&nbsp;&nbsp;</td></tr></table>
</td></tr>
<tr><td>
<table width="100%" class="lx-nav" cellspacing="0"><tr><td>&nbsp;第03版：综合新闻</td><td align="right"><a href="#">上一版</a> | <a href="#">下一版</a> | <a href="#">往期回顾</a>&nbsp;</td></tr></table>
</td></tr>
<tr><td>
<table width="100%" cellspacing="0" cellpadding="0">
<tr><td class="lx-yt">落实惠企政策 助力经营主体发展</td></tr>
<tr><td class="lx-zt">{{TITLE}}</td></tr>
<tr><td class="lx-zw">
{{BODY}}
</td></tr>
<tr><td align="center" style="padding:14px"><a href="#">上一篇</a>　<a href="#">下一篇</a>　<a href="#">返回目录</a></td></tr>
</table>
</td></tr>
<tr><td>
<table width="100%" class="lx-bm"><tr><td><b>版面导航</b>　<a href="#">01：要闻</a>　<a href="#">02：要闻</a>　<a href="#">03：综合新闻</a>　<a href="#">04：县区</a>　<a href="#">05：专刊</a>　<a href="#">06：副刊</a></td></tr></table>
</td></tr>
<tr><td class="lx-ft">鹿乡日报社版权所有　吉ICP备09001256号</td></tr>
</table>
</body>
</html>
'''

FMT = {}

BLOCKS = r'''
p: 今年以来，市税务局、市发展改革委等部门持续抓好各项惠企政策落实，推动政策红利直达快享。一季度，全市累计为各类经营主体减负降本1.3亿元，惠及企业和个体工商户1.2万余户。
p: 在税费优惠方面，我市全面落实小微企业和个体工商户所得税优惠、增值税小规模纳税人减免等政策，一季度新增减税降费及退税缓费8600万元。税务部门通过“政策找人”系统，精准推送优惠政策信息4.3万条，确保符合条件的纳税人“应享尽享”。
p: 在降低要素成本方面，主要采取了以下措施：
li: 落实阶段性降低失业保险、工伤保险费率政策，为企业减少社保缴费1900万元；
li: 推行工业用电“一户一策”服务，帮助企业降低用电成本1100万元；
li: 开展涉企收费专项检查，清退违规收费86万元。
p: 在金融支持方面，我市组织开展“政银企”对接活动6场，一季度新增普惠小微贷款9.8亿元，平均贷款利率同比下降0.42个百分点。
p: 市发展改革委相关负责人表示，下一步，我市将继续加强惠企政策宣传解读，推行“免申即享”“即申即享”，进一步打通政策落地“最后一公里”，让经营主体有更多获得感。（陈东 刘慧敏）
'''
